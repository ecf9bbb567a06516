"""Text as a reader sees it through inline Markdown and HTML, without rendering it: what a rule
reads in source text, markup glued inside the words could hide from it ("50\\-CT/TW",
"Tổng **Bí thư**", "Ngu&#7891;n" are "50-CT/TW", "Tổng Bí thư", "Nguồn" on the page)."""

from __future__ import annotations

import html
import re

# A backslash escaping punctuation, a comment, an inline tag, emphasis marks, an entity.
_MARKUP = re.compile(r"\\(?=[!-/:-@\[-`{-~])|<!--.*?-->|</?[A-Za-z][^<>\n]{0,200}>|\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)"
                     r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", re.S)


def unmarked(text: str) -> tuple[str, list[int]]:
    """The text with inline markup taken out and entities decoded, and for each of its characters
    the offset in `text` it came from (one past the end maps to len(text))."""
    parts, where, pos = [], [], 0
    for m in _MARKUP.finditer(text):
        parts.append(text[pos:m.start()])
        where.extend(range(pos, m.start()))
        if m.group().startswith("&"):
            shown = html.unescape(m.group())
            parts.append(shown)
            where.extend([m.start()] * len(shown))
        pos = m.end()
    parts.append(text[pos:])
    where.extend(range(pos, len(text) + 1))
    return "".join(parts), where
