"""Site-absolute links written by editors (/huong-dan/x/#y) to relative page links.

Editors link to other pages by their public URL; the renderer turns those into
links between source files so the site works under any sub-path and MkDocs can
check them.
"""

from __future__ import annotations

import html
import re

from markdown.extensions.toc import unique

from ..text import toc_slugify
from .common import rel_link

# [text](/path/), [text](/path/#anchor), [text](/path/ "title"), [text](</path/>); the path part has no
# spaces or parens.
LINK = re.compile(r"\]\((<)?(/[a-z0-9\-/]*)(#[A-Za-z0-9\-_]*)?(?(1)>)((?:[ \t]+\"[^\"\n]*\")?)\)")
# A reference's definition, "[gb]: /huong-dan/ghi-bien-ban/": the check passed it and MkDocs, in
# strict mode, refused the page for a link from the site's root.
DEFINITION = re.compile(r"^([ \t]{0,3}\[[^\]\n]+\]:[ \t]*)(<)?(/[a-z0-9\-/]*)(#[A-Za-z0-9\-_]*)?(?(2)>)(?=[ \t]|$)", re.M)
# The page of each kind of document, a folder of its own: a kind's slug never meets a document's.
KIND_PAGES = "van-ban/loai"
# An ATX heading, and the attribute list ("{#id}") that may end it.
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_ATTR = re.compile(r"\{[^}]*\}\s*$")
# A "## line" inside a fenced block is code, no heading: its anchor passed the check, and the build
# found none. Blanked, not removed, so every offset stays.
_FENCED = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[ \t]*$", re.M | re.S)


def _without_code(markdown: str) -> str:
    if "```" not in markdown and "~~~" not in markdown:
        return markdown
    return _FENCED.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), markdown)


# An id the heading's attribute list gives it ("## Bảng phân công {#phan-cong}"): the page's anchor.
_OWN_ID = re.compile(r"\{:?[^}]*?(?<![^\s{:])#([^\s}]+)")


def heading_anchor(text: str) -> str:
    """The anchor the site gives a heading's text: the id its attribute list sets, or its text,
    links and attribute list dropped, slugged as Markdown's toc extension slugs it."""
    attrs = _ATTR.search(text)
    own = attrs and _OWN_ID.match(attrs.group())
    if own:
        return own.group(1)
    # Markdown's toc slugs the heading as the page shows it: "X &amp; Y" is "X & Y" there.
    return toc_slugify(html.unescape(_ATTR.sub("", LINK.sub("]", text)).replace("[", "").replace("]", "")))


def anchors_of(markdown: str) -> set[str]:
    """Every heading's anchor, as the page has them: a repeated heading's is made unique as
    Markdown's toc does ("luu-y", then "luu-y_1")."""
    anchors: set[str] = set()
    for m in HEADING.finditer(_without_code(markdown)):
        unique(heading_anchor(m.group(1)), anchors)
    return anchors


def anchor_before(markdown: str, offset: int) -> str | None:
    """The anchor of the last heading before `offset` (the section a block stands in), or None."""
    headings = HEADING.findall(_without_code(markdown), 0, offset)
    return heading_anchor(headings[-1]) if headings else None


def page_src(key: str) -> str:
    """'huong-dan/x' -> 'huong-dan/x.md'; a library 'chuyen-de/lib' -> its index."""
    key = key.strip("/")
    if not key:
        return "index.md"
    parts = key.split("/")
    if parts[0] == "chuyen-de" and len(parts) == 2 or len(parts) == 1 or key.startswith(KIND_PAGES + "/"):
        return f"{key}/index.md"
    return f"{key}.md"


def page_key_of(src: str) -> str:
    """The inverse of `page_src`: 'chuyen-de/lib/index.md' -> 'chuyen-de/lib'."""
    stem = src.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index")


def rewrite(markdown: str, from_src: str, known: set[str]) -> str:
    def target(path, anchor):
        key = path.strip("/")
        if key not in known and key.split("/")[0] not in known:
            return None  # left for the checker (L101) and MkDocs' own validation
        return rel_link(from_src, page_src(key)) + (anchor or "")

    def link(m):
        to = target(m.group(2), m.group(3))
        return m.group(0) if to is None else f"]({to}{m.group(4)})"

    def definition(m):
        to = target(m.group(3), m.group(4))
        return m.group(0) if to is None else m.group(1) + to

    markdown = LINK.sub(link, markdown)
    return DEFINITION.sub(definition, markdown) if "]:" in markdown else markdown
