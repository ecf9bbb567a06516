"""Site-absolute links written by editors (/huong-dan/x/#y) to relative page links.

Editors link to other pages by their public URL; the renderer turns those into
links between source files so the site works under any sub-path and MkDocs can
check them.
"""

from __future__ import annotations

import html
import re

from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder
from markdown.extensions.toc import unique

from .. import atx
from ..text import toc_slugify
from ..urls import AUTOLINK
from ..verbatim import blank_blocks, code_spans, covers, merged, verbatim_ranges
from .common import rel_link

# [text](/path/), [text](/path/#anchor), [text](/path/ "title"), [text](</path/>), [text](< /path/ >);
# the path part has no spaces or parens. Markdown reads spaces around the address, and so the check,
# and a title on the next line. Other ways Markdown reads (sotay/linkcheck.py tells them) stay as written.
LINK = re.compile(r"\]\([ \t]*(<[ \t]*)?(/[a-z0-9\-/]*)(#[A-Za-z0-9\-_]*)?(?(1)[ \t]*>)"
                  r"((?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:\"[^\"\n]*\"|'[^'\n]*'))?)[ \t]*\)")
# A reference's definition, "[gb]: /huong-dan/ghi-bien-ban/": the check passed it and MkDocs, in
# strict mode, refused the page for a link from the site's root. Also inside a quotation or under
# a list item or an admonition, which Markdown reads as a block of its own ("> [gb]: …", "    [gb]:
# …"); not indented as code under them (eight spaces), which the page shows as written.
DEFINITION = re.compile(r"^((?:[ \t]{0,3}>[ \t]?)*(?: {0,7}|\t)\[[^\]\n]+\]:[ \t]*)(<[ \t]*)?"
                        r"(/[a-z0-9\-/]*)(#[A-Za-z0-9\-_]*)?(?(2)[ \t]*>)"
                        r"(?=[ \t]|$)", re.M)
# The page of each kind of document, a folder of its own: a kind's slug never meets a document's.
KIND_PAGES = "van-ban/loai"
# What opens a heading's attribute list in attr_list's eyes: a space, "{", its first character
# (Markdown has made a tab spaces before attr_list reads it).
_ATTR_OPEN = re.compile(r"[ \t]\{(:?[ \t]*)[^}\n \t]")


def _attr_list(text: str) -> tuple[int, list[tuple[str, str | None]]] | None:
    r"""Where the attribute list ("{#id}") that ends a heading starts, and its attributes, as
    attr_list finds and reads them: the first " {" whose list opens with a character before the
    closing "}" ("Sát{#sat}" has none), parsed by attr_list itself; a list it cannot read whole
    ("{x} {#b}") stays text. Scanned once: `\{[^}]*\}\s*$` was quadratic on "{{{{…"."""
    end = len(text.rstrip(" \t")) - 1
    if end < 0 or text[end] != "}":
        return None
    for m in _ATTR_OPEN.finditer(text, 0, end):
        attrs, rest = get_attrs_and_remainder(text[m.end(1):end])
        return None if rest else (m.start() + 1, attrs)
    return None


def _own_id(text: str) -> str | None:
    found = _attr_list(text)
    ids = [value for key, value in found[1] if key == "id"] if found else []
    return ids[-1] if ids else None  # attr_list sets each in turn: the last stays


# A link or image in a heading, of any kind ("[mục trên](#x)", "[trang][gb]"): a link's words stay.
_ANY_LINK = re.compile(r"!?\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")  # to the next bracket at most: linear
_TAG_OR_COMMENT = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>\n]*>")
# "<https://…>", "<ban@x.vn>": links whose words are the address, which the heading shows and its
# anchor spells ("xem-https-baonghean-vn-…"); read as tags, they left "#xem" to a missing anchor.
_AUTOLINK_TEXT = re.compile(AUTOLINK + r"|<([^\s<>@]+@[^\s<>@]+\.[A-Za-z]{2,})>")


def _slug(text: str) -> str:
    """A heading's anchor from its text as the page shows it, slugged as Markdown's toc extension
    slugs it: links' words without their addresses, tags dropped ("Mục <sup>2</sup>"), entities
    read ("X &amp; Y" is "X & Y"), but a code span's text as written ("`&amp;`" shows "&amp;")."""
    text = _ANY_LINK.sub(lambda m: "" if m.group().startswith("!") else m.group(1), text)  # an image's words are not shown
    text = _AUTOLINK_TEXT.sub(lambda m: m.group(1) or m.group(2), text)
    found = _attr_list(text)
    text = text if found is None else text[:found[0]]
    words, last = [], 0
    for start, end in code_spans(text):
        words += [html.unescape(_TAG_OR_COMMENT.sub("", text[last:start])), text[start:end].strip("`")]
        last = end
    words.append(html.unescape(_TAG_OR_COMMENT.sub("", text[last:])))
    return toc_slugify(" ".join(words).replace("[", "").replace("]", ""))


_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")


_MARKDOWN_BLOCK_TAG = re.compile(r"^[ ]{0,3}<[A-Za-z][\w-]*(\s[^<>]*\bmarkdown\b[^<>]*)>", re.M)
_TAG_ID = re.compile(r"""\sid\s*=\s*["']?([^"'\s>]+)""")


def _block_ids(text: str) -> set[str]:
    """Ids that attribute lists give blocks other than headings: a paragraph's last line "{: #luu-y }",
    as attr_list reads it (its own pattern, on the block's text after its first line)."""
    ids = set()
    # A block of HTML with Markdown inside (md_in_html: a form's bar) is an element of the page
    # before its headings are slugged: its id is taken as an attribute list's is.
    for tag in _MARKDOWN_BLOCK_TAG.finditer(text) if "markdown" in text else ():
        own = _TAG_ID.search(tag.group(1))
        if own:
            ids.add(own.group(1))
    for block in _BLOCK_BREAK.split(text) if "{" in text else ():
        m = AttrListTreeprocessor.BLOCK_RE.search(block.rstrip("\n"))
        # The line above must be the block's own text: under a heading's line it is a paragraph of its own.
        if m and not atx.MARKDOWN_LINE.match(block[:m.start()].rpartition("\n")[2]):
            ids.update(value for key, value in get_attrs_and_remainder(m.group(1))[0] if key == "id")
    return ids


def _anchors(markdown: str) -> tuple[list[tuple[int, str]], set[str]]:
    """(offset, anchor) of every heading, as Markdown's toc gives them, and the ids of other blocks:
    ids set in attribute lists are kept as written, even twice, and taken before a heading's text
    is slugged; a repeated slug is made unique ("luu-y", then "luu-y_1")."""
    shown = blank_blocks(markdown)
    headings = [(m.start(), atx.markdown_text(m.group()[m.start(1) - m.start():])) for m in atx.heading_lines(shown)]
    own = [_own_id(text) for _, text in headings]
    others = _block_ids(shown)
    used = {i for i in own if i} | others
    counters: dict[str, int] = {}
    return [(at, i or unique(_slug(text), used, counters)) for (at, text), i in zip(headings, own, strict=True)], others


def anchors_of(markdown: str) -> set[str]:
    """Every anchor of the page: its headings', and the ids other blocks are given."""
    headings, others = _anchors(markdown)
    return {anchor for _, anchor in headings} | others


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


_START_TAG = re.compile(r"<[A-Za-z][^<>]*>")


def _is_known(path: str, known: set[str]) -> bool:
    key = path.strip("/")
    return key in known or key.split("/")[0] in known


def _kept(text: str) -> list:
    """Code, a raw HTML block and tags, where the page shows a link as written (a form's copy
    text in its bar's attribute)."""
    return merged(verbatim_ranges(text) + [m.span() for m in _START_TAG.finditer(text)]) if "<" in text else verbatim_ranges(text)


def rewritten_at(markdown: str, known: set[str]) -> set[int]:
    """Where `rewrite` turns an address into a link between pages (the address's offset): the
    same address written elsewhere in a way it leaves is another link (L101's place)."""
    kept = _kept(markdown)
    return {m.start(group) for pattern, group in ((LINK, 2), (DEFINITION, 3)) for m in pattern.finditer(markdown)
            if not (kept and covers(kept, m.start())) and _is_known(m.group(group), known)}


def rewrite(markdown: str, from_src: str, known: set[str]) -> str:
    def target(path, anchor):
        if not _is_known(path, known):
            return None  # left for the checker (L101) and MkDocs' own validation
        return rel_link(from_src, page_src(path.strip("/"))) + (anchor or "")

    def link(m):
        to = target(m.group(2), m.group(3))
        return m.group(0) if to is None else f"]({to}{m.group(4)})"

    def definition(m):
        to = target(m.group(3), m.group(4))
        return m.group(0) if to is None else m.group(1) + to

    # Not where the page shows the link as written (_kept); read again for the definitions, after
    # the links above changed the text's length.
    def outside(text, replace):
        kept = _kept(text)
        return lambda m: m.group(0) if kept and covers(kept, m.start()) else replace(m)

    markdown = LINK.sub(outside(markdown, link), markdown)
    return DEFINITION.sub(outside(markdown, definition), markdown) if "]:" in markdown else markdown
