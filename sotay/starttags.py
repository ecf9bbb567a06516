"""A start tag's attributes, read as a browser's HTML tokenizer reads them.

Python's html.parser, and a pattern with `\\s`, take any Unicode space for a space; a browser takes
only the five ASCII ones (HTML's "ASCII whitespace"). `<span title=\u3000"x id=__config ">` is one
quoted title to the first and an `id` to the second, which is how content once slipped Material's
settings id into a page. Every check of attributes, in the content and in the built pages, reads
them here.
"""

from __future__ import annotations

import re

# Between attributes: ASCII whitespace, and "/" not before ">" (the tokenizer's self-closing state
# goes back to reading attributes). A name runs to whitespace, "/", ">" or "=" and may start with
# "=" or hold quotes; a value is quoted, or runs to whitespace or ">".
_ATTRIBUTE = re.compile(r"""[\t\n\f\r /]*(?:([^\t\n\f\r />][^\t\n\f\r />=]*)"""
                        r"""(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"?|'[^']*'?|[^\t\n\f\r >]*))?)?""")
# Where a tag's name ends (at `pos` the first letter after "<" or "</").
_NAME = re.compile(r"[^\t\n\f\r />]*")


def name_end(text: str, pos: int) -> int:
    return _NAME.match(text, pos).end()


def read_attributes(text: str, pos: int, end: int | None = None) -> tuple[int, list[tuple[str, str | None, int]]]:
    """From just after a tag's name: where the tag ends (after its ">", or where reading stopped)
    and its attributes as (name, value as written or None, offset of the name)."""
    end = len(text) if end is None else end
    out = []
    while True:
        m = _ATTRIBUTE.match(text, pos, end)
        pos = m.end()
        if not m.group(1):
            return (pos + 1 if text.startswith(">", pos) else pos), out
        out.append((m.group(1), m.group(2), m.start(1)))


def unquoted(value: str | None) -> str:
    if value and value[:1] in "'\"":
        return value[1:-1] if len(value) > 1 and value[-1] == value[0] else value[1:]
    return value or ""
