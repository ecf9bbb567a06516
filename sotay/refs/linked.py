"""Links and addresses in a text, for the reference checker: an address is no citation (its
registry page's slug read as a code written wrong), and a link to a document's page says which
document the words in its label mean."""

from __future__ import annotations

import re

from ..fences import blank
from ..registry import Registry
from ..urls import AUTOLINK, LINK_DEFINITION, LINK_DEST, label_key, link_definitions
from ..verbatim import verbatim_ranges
from . import patterns as P
from .models import Citation

# Where a text holds an address, not words: a link's destination ("](/van-ban/10-ct-tw-2007/)"), a
# link definition's (also on the line after its label), an autolink, a bare web address.
# "10-ct-tw-2007" there is a registry page's address, not a code written wrong (C106), and
# rewriting it as the code would break the link.
_ADDRESS = re.compile(r"(?<=\]\()" + LINK_DEST + r"|(?<=\]:)[ \t]*(?:\n[ \t>]*(?=[/<.#]|[a-z][a-z0-9+.-]{1,31}:))?\S+|"
                      + AUTOLINK + r"|\b(?:https?|ftp)://[^\s<>()\]]+", re.I)
# The same but for a definition's: after a "]:" that closes no definition's label.
_ADDRESS_BUT_DEFINED = re.compile(r"(?<=\]\()" + LINK_DEST + r"|" + AUTOLINK + r"|\b(?:https?|ftp)://[^\s<>()\]]+", re.I)


# Searching _ADDRESS itself tries its four branches, two of them lookbehinds, at every character
# of the text (70 ns a character: more than half the time of checking the real content). It can
# only match where one of these is, and each opens with one fixed character, which a search finds
# in C: "](" or "]:" (the match starts two on), an autolink's "<" and scheme, and the ":" of
# "http://", "https://" or "ftp://" (the match starts three to five back).
_AFTER_BRACKET = re.compile(r"\][(:]")
_AUTOLINK_OPEN = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:", re.I)
_SCHEME_COLON = re.compile(r":(?<=[ps]:)//", re.I)


# What a link definition's line holds before its "]:", as urls.LINK_DEFINITION reads it: quote
# marks or list marks, spaces, and the label, not a footnote's ("[^1]:"). A "[1]:" or "[II]:"
# mid-line is words ("Văn bản căn cứ [1]: Chỉ thị số 10 …"), and the word after it no address.
_DEFINITION_OPENS = re.compile(r"(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*\[(?!\^)[^\]\n]+")


def _defines(text: str, colon: int) -> bool:
    """Whether the "]:" ending at `colon` closes a link definition's label: one opening its line,
    whose line Markdown reads as a definition (urls.LINK_DEFINITION: a destination, then at most a
    title, to the line's end). "[3]: Nghị quyết Trung ương 4 khóa XII." is a paragraph, and its
    first word no address (a citation lost its kind word, another its C106)."""
    line = text.rfind("\n", 0, colon) + 1
    if not _DEFINITION_OPENS.fullmatch(text, line, colon - 2):
        return False
    m = LINK_DEFINITION.match(text, line)
    return m is not None and m.end(1) == colon - 2


def address_at(text: str, start: int) -> re.Match | None:
    """The address that starts at `start`, if one does: a link's destination, a definition's, an
    autolink, a bare web address."""
    defined = text[start - 2:start] != "]:" or start >= 2 and _defines(text, start)
    return (_ADDRESS if defined else _ADDRESS_BUT_DEFINED).match(text, start)


def _address_starts(text: str) -> list[int]:
    """Every offset at which _ADDRESS may match, in order."""
    starts = [m.start() + 2 for m in _AFTER_BRACKET.finditer(text)]
    starts += [m.start() for m in _AUTOLINK_OPEN.finditer(text)]
    for m in _SCHEME_COLON.finditer(text):
        starts += range(m.start() - 5, m.start() - 2)
    return sorted(starts)


def without_addresses(text: str) -> str:
    """The text with every link address blanked, at the same length (offsets do not move). A link's
    destination keeps a filler the patterns read as markup, so "[Chỉ thị 10-CT/TW](...) ngày ..."
    still reads on to its date (patterns.MARKUP_CLOSE).

    What trying `address_at` at every character would give: each match the first at or after the
    end of the one before."""
    parts, last = [], 0
    for start in _address_starts(text):
        m = address_at(text, start) if start >= last else None
        if m:
            inside = text[start - 2:start] == "](" and not m.group().lstrip().startswith("<")
            parts += [text[last:start], ("~" if inside else " ") * (m.end() - start)]
            last = m.end()
    return "".join([*parts, text[last:]]) if parts else text


# A link's title, after its destination: a tooltip ("[Chỉ thị 50](/van-ban/… "Chỉ thị 50-CT/TW")").
# Tried after each "](" with a quote mark before the next ")" (a lookbehind tried at every character
# took 7 ms a megabyte; trying it after every "](", 1.5).
_QUOTED = re.compile(r"[^)\n]*?[\"']")
_LINK_TITLE = re.compile(LINK_DEST + r"[ \t]*\n?[ \t]*(\"[^\"\n]*\"|'[^'\n]*')[ \t]*\n?[ \t]*\)")


def unshown(text: str) -> str:
    """The text with what the page never shows as text blanked, at the same length: addresses
    (`without_addresses`), a link's title (a tooltip) and a link definition's label and title
    ("[Chỉ thị 50]: /van-ban/…", a name for the address): no citation to read there."""
    blanked = without_addresses(text)
    spans, defined = [], False
    for b in _AFTER_BRACKET.finditer(text):  # "](" and "]:" in one pass over the text
        if text[b.end() - 1] == ":":
            defined = True
        elif _QUOTED.match(text, b.end(), b.end() + 400) and (m := _LINK_TITLE.match(text, b.end())):
            spans.append(m.span(2))
    for m in LINK_DEFINITION.finditer(text) if defined else ():
        spans += [m.span(1), (m.end(2), m.end())]
    if not spans:
        return blanked
    chars = list(blanked)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# A link to a document's page after a reference in its label: "[Chỉ thị 10](/van-ban/10-ct-tw-2007/)",
# "[Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2025/)" (a code three directives bear).
# As an editor writes it, or as the renderer has made it relative ("../../van-ban/10-ct-tw-2007.md").
# One run of spaces per place (`\s*<?\s*` split a long run every way: quadratic).
_LINKED_PAGE = re.compile(r"\]\(\s*+(?:<\s*+)?(?:/|(?:\.\./)*)van-ban/([a-z0-9-]+)(?:/|\.md|/index\.html)?(?:#[^\s)>]*)?"
                          r"(?:\s*+>)?(?:\s++(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*+\)")


def _label(text: str, c: Citation) -> tuple[int, int] | None:
    """The link label that holds the reference, as (its "[", its "]"), or None outside a label:
    "[**Chỉ thị 10**](…)", "[Chỉ thị 50-CT/TW về …](…)", "[Chỉ thị 10][ct10]"."""
    # "[Chỉ thị 50-CT/TW](…) của Ban Bí thư": the label ends before the context, and may end before
    # words the name counts as its own ("[Nghị quyết Trung ương 4](…) khóa XII").
    end = c.link_end or c.end
    close = text.find("]", c.start, end + 300)
    opening = text.rfind("[", max(0, c.start - 300), c.start)
    if close < 0 or opening < 0 or opening and text[opening - 1] in "]\\!":
        return None  # no label, a full reference's second part ("[chữ][Chỉ thị 10]"), escaped, an image
    label = text[opening + 1:close]
    return None if "[" in label or "]" in label or "\n\n" in label else (opening, close)


# A reference link's second part, "[ct10]" or "[]" (the label itself names it).
_REFERENCE = re.compile(r"\]\s?\[([^\[\]\n]*)\]")  # Markdown allows one space or line break between
# The page of a document, as a link definition gives it ("[ct10]: /van-ban/10-ct-tw-2007/").
_DEFINED_PAGE = re.compile(r"(?:/|(?:\.\./)*)van-ban/([a-z0-9-]+)(?:/|\.md|/index\.html)?(?:#\S*)?")


def _page_linked(text: str, opening: int, close: int, definitions: dict[str, str]) -> str | None:
    """The slug of the document's page a label at (opening, close) links to, if it does: inline
    ("[…](/van-ban/…/)"), by reference ("[…][ct10]", "[…][]") or a shortcut ("[Chỉ thị 10]"), the
    last two through a definition in the text."""
    m = _LINKED_PAGE.match(text, close)
    if m:
        return m.group(1)
    if text.startswith("](", close) or not definitions:
        return None
    reference = _REFERENCE.match(text, close)
    target = definitions.get(label_key(reference.group(1) if reference and reference.group(1) else text[opening + 1:close]))
    page = _DEFINED_PAGE.fullmatch(target) if target else None
    return page.group(1) if page else None


def definitions_read(text: str) -> dict[str, str]:
    """The link definitions Markdown reads: not one a code block shows as written."""
    found = link_definitions(text) if "]:" in text else {}
    shown = verbatim_ranges(text) if found else []  # looked for only where a definition is
    return link_definitions(blank(text, shown)) if shown else found


def linked_pages(cites: list[Citation], text: str, registry: Registry) -> list[Citation]:
    """Each reference within a link's label, the link going to a document's page, is that document
    when it may be: the editor's link names it where the words alone do not ("Chỉ thị 10")."""
    definitions = definitions_read(text)
    for i, c in enumerate(cites):
        label = _label(text, c)
        if label is None:
            continue
        opening, close = label
        if i and cites[i - 1].end > opening or i + 1 < len(cites) and cites[i + 1].start < close:
            # "[Hướng dẫn 12-HD/BTCTW về … Chỉ thị 10-CT/TW](…)", "[Chỉ thị 03-CT/TW, nay là Chỉ thị
            # 05-CT/TW](…)": the label names two documents, and the link says which of them nowhere.
            continue
        slug = _page_linked(text, opening, close, definitions)
        if slug:
            doc = registry.by_slug.get(slug)
            if doc is not None:
                c.linked_to = doc.id
                # "Thực hiện [Chỉ thị 50-CT/TW ngày 23/7/2025](…2015…)": what a label that is the
                # citation alone says beside the code is the document's, not the work's the words
                # before the label name; not where the label names a work itself ("[Tổng kết Chỉ
                # thị 50-CT/TW năm 2015](…)") or goes on ("[Chỉ thị 50, năm 2025 tiếp tục …](…)").
                c.in_label = (c.end <= close and not text[c.end:close].strip(" \t*_")
                              and not P.WORK_BEFORE.search(text, opening, c.start))
    return cites


def pages_linked(text: str, registry: Registry) -> list[str]:
    """The ids of the documents whose pages the text links to, whatever the words of the link
    ("[hướng dẫn năm 2012 của Ban Tổ chức Trung ương](/van-ban/09-hd-btctw-2012/)"), inline or
    through a definition; once each, in order."""
    slugs = [m.group(1) for m in _LINKED_PAGE.finditer(text)] if "](" in text else []
    slugs += [page.group(1) for target in definitions_read(text).values() if (page := _DEFINED_PAGE.fullmatch(target))]
    return list(dict.fromkeys(doc.id for slug in slugs if (doc := registry.by_slug.get(slug)) is not None))
