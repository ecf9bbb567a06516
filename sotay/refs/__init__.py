"""References to directives and guidelines, in stages as eyecite does:
normalize -> extract (find) -> resolve (against the registry) -> rules -> annotate (links).

Public verbs: `find(text)`, `resolve(citations, registry)`, `check(text, registry)`.
"""

from .extract import find  # noqa: F401
from .resolve import check, resolve  # noqa: F401
