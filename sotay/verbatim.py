"""Markdown the page shows as written, not as Markdown: code, raw HTML blocks, HTML comments.

A pass that writes Markdown into content (a citation made a link, a site link made relative) must
leave these alone, or the reader sees the link's Markdown in a code span or a <details> block; a
pass that reads headings must not find one in a comment. Read as the site's Markdown reads them:
fenced code as superfences does (sotay.fences), a code span as an opening run of backticks closed
by the next run of the same length in its paragraph, a raw HTML block from a block-level tag at a
line's start to its closing tag (unless `markdown` in it asks for Markdown inside, md_in_html).
"""

from __future__ import annotations

import bisect
import re

from markdown import Markdown

from .fences import blank, fenced_ranges

_BLOCK_TAGS = "|".join(sorted(Markdown().block_level_elements, key=len, reverse=True))
# To the next "<" at most: a run of "<div" lines without ">" is read once, not once per line.
_HTML_BLOCK = re.compile(rf"^<({_BLOCK_TAGS})(?=[\s/>])([^<>]*)>", re.M | re.I)
_VOID = {"hr"}  # a block-level tag with no closing one: its block is its line
_MARKDOWN_INSIDE = re.compile(r"\bmarkdown\b", re.I)
_TICKS = re.compile(r"(\\*)(`+)")  # a run, and the backslashes before it
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Where Markdown's inline patterns start afresh besides a blank line: before a list item, and
# around a line that is a block of its own (a heading, a table's row, a note's title). Broken
# more often than Markdown breaks, a span is missed and its text checked as text: the safe side.
_OWN_LINE = r"[ \t]*(?:#{1,6}|\||!!!|\?\?\?)[^\n]*"
_BLOCK_EDGE = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]))|^" + _OWN_LINE + "$", re.M)


def code_spans(markdown: str) -> list[tuple[int, int]]:
    """Every code span, as Python-Markdown's pattern finds them in each block's text: a run of
    backticks not escaped (an even number of backslashes before it), closed by the next run as
    long, escaped or not (`D:\\SoTay\\` is code); a run with none after it is text, and the search
    goes on after it."""
    if "`" not in markdown:
        return []
    spans = []
    edges = sorted({0, len(markdown), *(e for m in _BLOCK_EDGE.finditer(markdown) for e in (m.start(), m.end()))})
    for lo, hi in zip(edges, edges[1:], strict=False):
        runs = [(m.start(2), m.end(2), len(m.group(1)) % 2 == 0) for m in _TICKS.finditer(markdown, lo, hi)]
        # For each run, the next run of its length: read right to left once.
        following: list[int | None] = [None] * len(runs)
        last_of_length: dict[int, int] = {}
        for i in range(len(runs) - 1, -1, -1):
            length = runs[i][1] - runs[i][0]
            following[i] = last_of_length.get(length)
            last_of_length[length] = i
        i = 0
        while i < len(runs):
            j = following[i] if runs[i][2] else None
            if j is None:
                i += 1
                continue
            spans.append((runs[i][0], runs[j][1]))
            i = j + 1
    return spans


def comments(markdown: str) -> list[tuple[int, int]]:
    """HTML comments the page hides: one opening a line may run over paragraphs (a raw block);
    inside a line it is inline HTML, hidden only if it closes in its paragraph. One never closed
    is text on the page. Linear: the next closing is looked for once for every opening before it."""
    out: list[tuple[int, int]] = []
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(markdown)] if "\n" in markdown else []
    pos, close = 0, -1
    while (start := markdown.find("<!--", pos)) >= 0:
        if close < start + 4:
            close = markdown.find("-->", start + 4)
            if close < 0:
                break
        end = close + 3
        newline = markdown.rfind("\n", max(0, start - 4), start)  # up to three spaces may open the line
        at_line_start = (newline >= 0 or start < 4) and not markdown[newline + 1:start].strip(" ")
        i = bisect.bisect_left(breaks, start)
        if at_line_start or i == len(breaks) or breaks[i] >= close:
            out.append((start, end))
            pos = end
        else:
            pos = start + 4
    return out


def html_blocks(markdown: str) -> list[tuple[int, int]]:
    """Raw HTML blocks whose inside is not Markdown, from the opening tag to its closing one (to
    the text's end if it never closes)."""
    if "<" not in markdown:
        return []
    blocks = []
    pos = 0
    for m in _HTML_BLOCK.finditer(markdown):
        if m.start() < pos or _MARKDOWN_INSIDE.search(m.group(2)):
            continue
        if m.group(1).lower() in _VOID or m.group(2).rstrip().endswith("/"):
            blocks.append((m.start(), m.end()))
            continue
        tag = re.compile(rf"<(/?){re.escape(m.group(1))}(?=[\s/>])", re.I)
        depth, end = 0, len(markdown)
        for t in tag.finditer(markdown, m.start()):
            depth += -1 if t.group(1) else 1
            if depth == 0:
                close = markdown.find(">", t.end())
                end = len(markdown) if close < 0 else close + 1
                break
        blocks.append((m.start(), end))
        pos = end
    return blocks


def merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges sorted, those that overlap or nest made one: a comment inside a <details> block
    is inside it, and a look-up by the last start before a place must find the block."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def covers(ranges: list[tuple[int, int]], at: int, strictly: bool = False) -> bool:
    """Whether `at` lies inside one of `ranges` (merged: sorted, none overlapping); `strictly`,
    after its start."""
    i = bisect.bisect_right(ranges, (at, float("inf"))) - 1
    return i >= 0 and ranges[i][1] > at and not (strictly and ranges[i][0] == at)


def block_ranges(markdown: str) -> list[tuple[int, int]]:
    """Fenced code, HTML comments and raw HTML blocks: where no line is a heading."""
    found = fenced_ranges(markdown)
    around = blank(markdown, found)
    if "<" in around:
        found += comments(around) if "<!--" in around else []
        found += html_blocks(around)
    return merged(found)


def verbatim_ranges(markdown: str) -> list[tuple[int, int]]:
    """The blocks above, then the code spans in the text around them, sorted by start."""
    if "`" not in markdown and "~" not in markdown and "<" not in markdown:
        return []  # no fence, span, tag or comment: most strings
    found = block_ranges(markdown)
    return merged(found + code_spans(blank(markdown, found)))


def hidden_or_code(markdown: str) -> list[tuple[int, int]]:
    """Code (fenced and spans) and comments: what the page shows as code or not at all. A raw HTML
    block is left out: its text is shown, as written."""
    if "`" not in markdown and "~" not in markdown and "<!--" not in markdown:
        return []
    found = fenced_ranges(markdown)
    found += comments(blank(markdown, found)) if "<!--" in markdown else []
    return merged(found + code_spans(blank(markdown, found)))


def blank_blocks(markdown: str) -> str:
    """The text with every block of `block_ranges` blanked, line breaks kept (a code span stays:
    a heading's own code is part of its anchor)."""
    return blank(markdown, block_ranges(markdown))
