"""Text as a reader sees it through inline Markdown and HTML, without rendering it: what a rule
reads in source text, markup glued inside the words could hide from it ("50\\-CT/TW",
"Tổng **Bí thư**", "Ngu&#7891;n" are "50-CT/TW", "Tổng Bí thư", "Nguồn" on the page)."""

from __future__ import annotations

import html
import re

from .text import toc_slugify

# A tag that breaks the line or ends a block ("<br>", "</td>"): a paragraph's end, never a join
# ("339-QĐ/TW<br>Quy định" is no "339-QĐ/TWQuy"; "…<br>Ngày 15/8/2025: …" is no date of the code
# above it). And a note's mark in superscript ("339-QĐ/TW<sup>2</sup> ngày …"), gone whole.
BREAK_TAGS = ("br", "p", "li", "ul", "ol", "td", "th", "tr", "table", "thead", "tbody", "dt", "dd", "dl", "div",
              "blockquote", r"h[1-6]", "hr", "details", "summary")
_BREAK = r"</?(?:" + "|".join(BREAK_TAGS) + r")\b[^<>]{0,200}>"
_NOTE_MARK = r"<sup\b[^<>]{0,200}>[^<>]{0,12}</sup>"
# A backslash escaping punctuation, a comment, an inline tag (over lines too, as Markdown reads
# one), emphasis marks, an entity.
_INLINE = (r"\\(?=[!-/:-@\[-`{-~])|<!--.*?-->|</?[A-Za-z][^<>]{0,200}>|\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)"
           r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A link's brackets and target, its label kept ("[99](/van-ban/)-CT/TW"), a reference's label, an
# attribute list ("*99*{: lang=vi }").
_LINKS = r"\]\([^()\s]*(?:\s+\"[^\"]*\")?\)|\]\[[^\[\]]*\]|\[(?=[^\[\]]*\](?:\(|\[))|\{:?[ \t]*[.#\w][^{}\n]*\}"
_MARKUP = re.compile(f"(?P<br>{_BREAK})|{_NOTE_MARK}|{_INLINE}", re.S)
_MARKUP_AND_LINKS = re.compile(f"(?P<br>{_BREAK})|{_NOTE_MARK}|{_LINKS}|{_INLINE}", re.S)


def unmarked(text: str, links: bool = True) -> tuple[str, list[int]]:
    """The text with inline markup taken out (with `links`, a link's syntax too, its label kept),
    entities decoded and breaking tags as spaces, and for each of its characters the offset in
    `text` it came from (one past the end maps to len(text))."""
    parts, where, pos = [], [], 0
    for m in (_MARKUP_AND_LINKS if links else _MARKUP).finditer(text):
        parts.append(text[pos:m.start()])
        where.extend(range(pos, m.start()))
        shown = "\n\n" if m.group("br") else html.unescape(m.group()) if m.group().startswith("&") else ""
        parts.append(shown)
        where.extend([m.start()] * len(shown))
        pos = m.end()
    parts.append(text[pos:])
    where.extend(range(pos, len(text) + 1))
    return "".join(parts), where


# A heading's link target or reference label, which its id is not made of ("## [Nguồn](/…)").
_LINK_PARTS = re.compile(r"\]\([^)]*\)|\]\[[^\]]*\]")


def heading_id(heading: str) -> str:
    """The id the site gives a heading, from its words as the page shows them ("Ngu<span>ồn</span>",
    "Ngu**ồn**", "Ngu&#7891;n", "Nguồn { lang=vi }" are all "nguon")."""
    return toc_slugify(unmarked(_LINK_PARTS.sub(" ", heading))[0])
