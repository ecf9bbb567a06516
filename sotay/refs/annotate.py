"""Turn resolved citations in Markdown into links to their registry pages.

Skips text that must not change: code, existing links and images, raw HTML
tags and headings (a link inside a heading would land in the table of contents).
"""

from __future__ import annotations

import bisect
import re

from ..fences import blank
from ..render.common import rel_link
from ..urls import label_key, link_definitions
from ..verbatim import merged, verbatim_ranges
from .extract import find
from .linked import linked_pages, pages_linked, unshown
from .patterns import QUOTE_PAIRS
from .resolve import resolve

_PROTECTED = re.compile(
    # links and images (text may wrap); a link's text is bounded, so a line of "[" stays linear
    r"!?\[[^\]\n]{0,500}(?:\n[^\]\n]{0,500}){0,3}\]\([^)\n]{0,2000}\)"
    r"|!?\[[^\]\n]{0,500}(?:\n[^\]\n]{0,500}){0,3}\]\s?\[[^\[\]\n]{0,500}\]"  # by reference: "[chữ][nhãn]", "[chữ] [nhãn]", "[chữ][]"
    r"|<[^<>\n]*>"                      # HTML tags and autolinks (to the next "<" at most: linear)
    r"|^#{1,6}[^\n]*$"                  # headings
    r"|^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$",  # a reference's definition, its title a tooltip
    re.M,
)


def protected_ranges(markdown: str) -> list[tuple[int, int]]:
    """What the page shows as written (code, raw HTML blocks, comments: sotay.verbatim), then what
    the pattern protects in the text around it (a code span's backticks had been read by a pattern
    of their own, and `` `` `` spans, spans over a line break and <details> blocks were linked)."""
    found = verbatim_ranges(markdown)
    text = blank(markdown, found)
    found += [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
    defined = link_definitions(text)
    # A shortcut reference ("[Chỉ thị 50]" with a line "[chỉ thị 50]: /van-ban/…") is a link too.
    found += [(m.start(), m.end()) for m in _SHORTCUT.finditer(text if defined else "") if label_key(m.group(1)) in defined]
    return merged(found)  # nested ones made one: the look-up below finds the last start only


# Its label may run over a line, not over a blank one; no "[" or "(" after it, nor ":" (a definition).
_SHORTCUT = re.compile(r"(?<![\]\\])\[((?:[^\[\]\n]|\n(?![ \t]*\n)){1,500})\](?![(:]|\s?\[)")


# Up to the next "<" at most: a line of "< < < …" without ">" read to its end from every "<",
# in time that grew with the line's square (50,000 characters took a quarter of a minute).
_TAG = re.compile(r"<[^<>\n]*>")


# A run of emphasis marks: "_" only at a word's edge, as Python-Markdown reads it ("điểm_a" is a word).
_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")


def _quote_end(text: str) -> int:
    """Where the first quote closing in `text` that it did not open is, or its length (a straight
    quote: where an odd count of them starts)."""
    ends = [text.find(close) for opened, close in QUOTE_PAIRS.items()
            if opened != close and close in text and opened not in text.split(close, 1)[0]]
    if text.count('"') % 2:
        ends.append(text.find('"'))
    return min(ends, default=len(text))


def link_text_end(text: str) -> int:
    """How much of a citation's text a link may take: up to the first emphasis mark it does not
    both open and close ("Nghị quyết Trung ương 4 **khóa XII**", its term in bold; "**Nghị quyết
    Trung ương 4** khóa XII", read from inside the bold): "[… 4 **khóa XII](…)**" showed the marks
    and no bold. A mark followed by a space closes, any other opens. Nor does it take a quote that
    closes on the reference alone ("“Chỉ thị 50-CT/TW” của Ban Bí thư", the quote opened before it),
    nor a bracket it does not close ("Nghị quyết Trung ương 4 (khóa XI, XII)": the first term's link
    underlined "(khóa XI")."""
    text = text[:_quote_end(text)]
    text = text[:_bracket_end(text)].rstrip(" \t")
    if "*" not in text and "_" not in text:
        return len(text)
    opened: list[re.Match] = []
    unmatched: list[int] = []
    for run in _EMPHASIS.finditer(text):
        closes = run.start() > 0 and not text[run.start() - 1].isspace() and (run.end() == len(text) or text[run.end()] in " \t\n,.;:)")
        if closes and opened and opened[-1].group() == run.group():
            opened.pop()
        elif closes:
            unmatched.append(run.start())
        else:
            opened.append(run)
    first = min(unmatched + [r.start() for r in opened], default=None)
    return len(text) if first is None else len(text[:first].rstrip(" \t,"))


def _bracket_end(text: str) -> int:
    """Where the first bracket the text opens and does not close stands (its length if none)."""
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            opened.pop()
    return opened[0] if opened else len(text)


_TERM_WORD = re.compile(r"\bkh(?:óa|oá)\s$", re.I)
_BARE_TERM = re.compile(r"[IVXLC]+|\d{1,2}")


def _without_tags(markdown: str) -> str:
    """The text with every HTML tag blanked (same length): a tag's attributes hold no citations
    worth a link, and the download bar's attributes carry the whole outline twice. A note's mark
    stays ("50-CT/TW<sup>1</sup> ngày …"): the check reads past it to the date, as the page must."""
    if "<" not in markdown:
        return markdown
    return _TAG.sub(lambda m: m.group() if m.group() in ("<sup>", "</sup>") else " " * len(m.group()), markdown)


class Linker:
    """Links citations; reports each resolved citation to `note(doc_id, title, src)`."""

    def __init__(self, doc_src):
        self.doc_src = doc_src  # doc id -> virtual source path of its registry page

    def annotator(self, registry, note):
        def annotate(markdown: str, src: str, item) -> str:
            plain = _without_tags(markdown)
            shown = unshown(plain)  # read as the check reads it (resolve.check)
            cites = [c for c in resolve(linked_pages(find(shown), plain, registry), registry, shown) if c.id]
            title = getattr(item, "title", "")
            for doc_id in pages_linked(plain, registry):
                note(doc_id, title, src)  # a link to its page, in words no citation reads, cites it too
            if not cites:
                return markdown
            blocked = protected_ranges(markdown)
            block_starts = [a for a, _ in blocked]
            out, last = [], 0
            for c in cites:
                note(c.id, title, src)
                end = c.link_end or c.end
                end = c.start + link_text_end(markdown[c.start:end])
                # The protected range that starts last before `end` is the only one that can overlap.
                i = bisect.bisect_left(block_starts, end) - 1
                overlaps = i >= 0 and blocked[i][1] > c.start
                if c.start < last or overlaps or end <= c.start or src == self.doc_src(c.id):
                    continue
                start = c.start
                # "… khóa XI và khóa XII": the second document is found as its term, and "XII" alone
                # was a 19 px link on a phone; the link takes the word "khóa" before it.
                bare = _BARE_TERM.fullmatch(markdown[start:end])
                term = _TERM_WORD.search(markdown, max(last, start - 6), start) if bare else None
                if term:
                    start = term.start()
                before = markdown[last:start]
                # A "!" just before the link made it an image ("!Hướng dẫn 42-HD/BTCTW" showed a
                # broken picture where the name was): the "!" is escaped, and stays a "!".
                if before.endswith("!"):
                    head = before[:-1]
                    if (len(head) - len(head.rstrip("\\"))) % 2 == 0:  # not escaped already ("\\!")
                        before = head + "\\!"
                out.append(before)
                # "khóa XI, XII": no word to take; the link is made a thumb's width (sotay.css).
                short = "{ .sotay-short }" if bare and not term else ""
                out.append(f"[{markdown[start:end]}]({rel_link(src, self.doc_src(c.id))}){short}")
                last = end
            out.append(markdown[last:])
            return "".join(out)

        return annotate
