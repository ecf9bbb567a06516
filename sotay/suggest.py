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


def one_letter_off(typed: str, known) -> str | None:
    """The one name of `known` a letter away from `typed` (one typed wrong, left out or added):
    "chi-ui" is "chi-uy", though a short name's ratio stays under any cut-off worth having."""
    def near(a: str, b: str) -> bool:
        if len(a) > len(b):
            a, b = b, a
        if len(b) - len(a) > 1:
            return False
        if len(a) == len(b):
            return sum(x != y for x, y in zip(a, b, strict=True)) == 1
        return any(b[:i] + b[i + 1:] == a for i in range(len(b)))

    found = [name for name in known if name and near(typed, name)]
    return found[0] if len(found) == 1 else None


def offer(name: str | None) -> str:
    """The message's hint for a name meant, or nothing."""
    return f" (có phải {name!r}?)" if name else ""
