"""What a mistyped name most likely means: the "có phải …?" of a rule's message."""
from __future__ import annotations

import difflib


def meant(typed: str, known, cutoff: float, *, cut_short: str | None = None, unique: bool = False) -> str | None:
    """The name of `known` that `typed` most likely means, or None.

    With `cut_short` (a separator), a name typed short is the one name that goes on from it
    ("hop-chi-uy" for "hop-chi-uy-chuan-bi"). Else the closest name at least `cutoff` alike by
    difflib's ratio; each rule sets its own cut-off, since a wrong guess costs more in some
    messages than in others. With `unique`, two names that close is no guess at all."""
    names = sorted(name for name in known if name)
    if cut_short is not None and typed:
        longer = [name for name in names if name.startswith(typed + cut_short)]
        if len(longer) == 1:
            return longer[0]
    near = difflib.get_close_matches(typed, names, n=2 if unique else 1, cutoff=cutoff)
    return near[0] if len(near) == 1 or near and not unique else None


def offer(name: str | None) -> str:
    """The message's hint for a name meant, or nothing."""
    return f" (có phải {name!r}?)" if name else ""
