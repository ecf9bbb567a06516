"""Markdown the page shows as written, not as Markdown: code, raw HTML blocks, HTML comments.

A pass that writes Markdown into content (a citation made a link, a site link made relative) must
leave these alone, or the reader sees the link's Markdown in a code span or a <details> block; a
pass that reads headings must not find one in a comment. Read as the site's Markdown reads them:
fenced code as superfences does (sotay.fences), a code span as Python-Markdown's inline processor
finds it in a block's text (`code_spans`), a comment opening a line as a raw block and one inside a
line as inline HTML, a raw HTML block from a block-level tag at a line's start to its closing tag
(unless `markdown` in it asks for Markdown inside, md_in_html). The link rules skip what is read
here, so a live link read as code would pass the check; the strict build still refuses it.
"""

from __future__ import annotations

import bisect
import re

from markdown import Markdown
from markdown.inlinepatterns import BACKTICK_RE

from .fences import blank, fenced_ranges

_BLOCK_TAGS = "|".join(sorted(Markdown().block_level_elements, key=len, reverse=True))
# To the next "<" at most: a run of "<div" lines without ">" is read once, not once per line.
_HTML_BLOCK = re.compile(rf"^<({_BLOCK_TAGS})(?=[\s/>])([^<>]*)>", re.M | re.I)
_VOID = {"hr"}  # a block-level tag with no closing one: its block is its line
_MARKDOWN_INSIDE = re.compile(r"\bmarkdown\b", re.I)
_RUN = re.compile(r"`+")
# Python-Markdown's BACKTICK_RE: escaped backslashes before a tick, or a tick not escaped.
_MD_TICK = re.compile(BACKTICK_RE)
# A list's item as Python-Markdown reads one: "1)" opens none, "1000." does.
LIST_ITEM = re.compile(r"[ ]{0,3}(?:([-*+])|(\d{1,9})\.)[ \t]")
# Bullets from Word's bullet menus: no line of text opens with one.
# Word's second-level bullet, pasted as the letter "o", before a point's capital ("o bế" is a word).
_WORD_SUB_BULLET = re.compile(r"[ \t]*o[ \t]+(\S)")


def word_sub_bullet(line: str) -> bool:
    m = _WORD_SUB_BULLET.match(line)
    return bool(m) and m.group(1).isupper()


WORD_BULLET = re.compile(r"^ {0,3}(•|·|●|▪|■|○|◦|➢|►|✓|❖|◆|◇|♦|➤|√|✔|★|☐|☑|⁃|‣|−|‐)[ \t]*\S")
# A table's rule line ("|---|:--:|", "--- | ---"): a block whose second line it is, is a table.
TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
def table_cells(row: str, border: bool = True) -> list[str]:
    """A table row's cells as Python-Markdown's tables read them: outer pipes off (an escaped pipe
    ending the last cell stays), split at the pipes neither escaped nor inside a code span, each
    cell stripped and its escaped pipes and backslashes undone. Outer pipes come off only in a
    table whose header has one (`border`): under "Tháng | Nội dung", "| 1 | Học |" is four cells."""
    return [re.sub(r"\\([\\|])", r"\1", row[a:b].strip()) for a, b in cell_spans(row, border)]


def cell_spans(row: str, border: bool = True) -> list[tuple[int, int]]:
    """Where each of a table row's cells stands in `row`, as `table_cells` reads them, unstripped."""
    lo, hi = len(row) - len(row.lstrip()), len(row.rstrip())
    if border:
        lo += row.startswith("|", lo)
        hi -= hi > lo and row.endswith("|", lo, hi) and not row.endswith("\\|", lo, hi)
    spans, start, i, code = [], lo, lo, None
    while i < hi:
        if row[i] == "\\":
            i += 2
            continue
        if row[i] == "`":
            run = _RUN.match(row, i).group()
            code = None if code == run else code or run
            i += len(run)
            continue
        if row[i] == "|" and code is None:
            spans.append((start, i))
            start = i + 1
        i += 1
    spans.append((start, hi))
    return spans


_SETEXT_RULE = re.compile(r"(?:=+|-+)[ \t]*$")


def inline_edges(markdown: str) -> list[int]:
    """Where Python-Markdown's inline patterns (code spans, inline comments) start afresh, each
    block's text being read on its own; its blocks read line by line as its block parser splits
    them: a blank line; a heading (a # at the line's very start, which interrupts a paragraph); a
    quotation's first line, which does too; each item of a list that opened a block; every row of
    a table (a block whose second line is a rule); a note's title, and the end of its indented
    body; a setext heading's underline. A list item or a "|" line inside a paragraph is no edge:
    the paragraph reads on, and a span may pair across it."""
    edges = [0]
    kind = None  # the open block: None after a blank line, "text", "list", "table", "quote", "note"
    first = ""  # the open block's first line
    pos = 0
    for line in markdown.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            kind = "note" if kind == "note" else None
            edges.append(start)
            continue
        if kind == "note":
            if line.startswith("    "):
                continue  # the note's body: its blank lines are the edges read above
            kind = None  # the body ended: a new block
        if line.startswith("#"):
            edges += [start, end]
            kind = None
        elif kind is None:
            edges.append(start)
            first = line
            if LIST_ITEM.match(line):
                kind = "list"
            elif line.lstrip(" ").startswith(">"):
                kind = "quote"
            elif line.startswith(("!!! ", "??? ", "???+ ")):
                edges.append(end)
                kind = "note"
            else:
                kind = "text"
        elif kind == "text" and "|" in first + line and TABLE_RULE.match(line):
            kind = "table"
            edges.append(start)
        elif kind == "table" or kind == "list" and LIST_ITEM.match(line):
            edges.append(start)
        elif kind != "quote" and line.lstrip(" ").startswith(">"):
            edges.append(start)
            kind = "quote"
        elif kind == "text" and _SETEXT_RULE.match(line.strip()):
            edges.append(end)
            kind = None
    edges.append(len(markdown))
    return sorted(set(edges))


def blank_code(markdown: str) -> str:
    """The text with its fenced blocks and code spans blanked, every offset kept: what the page
    shows as written, which rules about text and tags leave alone. The spans are Markdown's own:
    a pattern paired "`" with the first tick of a closing "``", and a <script> after it, which the
    page runs as markup, was read as code. Ticks inside a raw HTML block or a comment open no span
    (Markdown takes the block out before it reads spans): "<div>`<script>…`</div>" runs."""
    text = blank(markdown, fenced_ranges(markdown)) if "```" in markdown or "~~~" in markdown else markdown
    if "`" not in text:
        return text
    rest = blank(text, raw_blocks(text)) if "<" in text else text
    return blank(text, code_spans(rest))


def letter_code(markdown: str) -> str:
    """The text with its code written over in letters, every offset kept: code nests nothing and
    opens no markup, and blanked to spaces, a code span opening a line (`make new KIND=… TITLE="…"`,
    80 characters) read as twenty levels of indentation (the editors' guide failed its build on it)."""
    blanked = blank_code(markdown)
    return _SPACES.sub(lambda m: m.group() if markdown[m.start():m.end()] == m.group() else "x" * len(m.group()), blanked)


_SPACES = re.compile(r" +")


def raw_blocks(text: str) -> list[tuple[int, int]]:
    """Comments opening a line, then raw HTML blocks outside them, in a text whose fences are
    blanked: a "<div>" inside a comment opens no block (one never closed took in the page)."""
    comments = block_comments(text) if "<!--" in text else []
    return comments + html_blocks(blank(text, comments))


def code_spans(markdown: str, edges: list[int] | None = None) -> list[tuple[int, int]]:
    """Every code span, as Python-Markdown (3.11, `BacktickInlineProcessor`) finds them in each
    block's text: a backtick not escaped opens, with the ticks that follow it; the next run as long
    closes; with none, the longest shorter run after it closes on as many of the opening ticks;
    with neither, the search goes on twice the run's length further (Markdown's own step). A run
    closes whatever is before it (`D:\\SoTay\\` is code)."""
    if "`" not in markdown:
        return []
    spans: list[tuple[int, int]] = []
    edges = edges or inline_edges(markdown)
    for lo, hi in zip(edges, edges[1:], strict=False):
        if markdown.find("`", lo, hi) >= 0:
            _spans_in(markdown, lo, hi, spans)
    return spans


def _spans_in(text: str, lo: int, hi: int, out: list[tuple[int, int]]) -> None:
    runs = [(m.start(), m.end()) for m in _RUN.finditer(text, lo, hi)]
    starts = [a for a, _ in runs]
    by_length: dict[int, list[int]] = {}  # a run's length -> the indexes of the runs that long
    for k, (a, b) in enumerate(runs):
        by_length.setdefault(b - a, []).append(k)
    # For each index, the longest run from it on and the first run that long: Markdown's fallback.
    best: list[tuple[int, int]] = [(0, -1)] * (len(runs) + 1)
    for k in range(len(runs) - 1, -1, -1):
        length = runs[k][1] - runs[k][0]
        best[k] = (length, k) if length >= best[k + 1][0] else best[k + 1]
    pos = lo
    while (m := _MD_TICK.search(text, pos, hi)) is not None:
        begin = m.end(1) if m.group(1) else m.start()  # escaped backslashes are text; a tick after them opens
        k = bisect.bisect_right(starts, begin) - 1  # the run the opening ticks are part of
        length = runs[k][1] - begin
        after = k + 1
        same = by_length.get(length, [])
        j = bisect.bisect_left(same, after)
        if j < len(same):
            out.append((begin, runs[same[j]][1]))
            pos = runs[same[j]][1]
            continue
        longest, first = best[after]
        if 0 < longest < length:
            out.append((begin, runs[first][1]))
            pos = runs[first][1]
            continue
        pos = begin + 2 * length


def _at_line_start(markdown: str, at: int) -> bool:
    newline = markdown.rfind("\n", max(0, at - 4), at)  # up to three spaces may open the line
    return (newline >= 0 or at < 4) and not markdown[newline + 1:at].strip(" ")


def _empty_comment(markdown: str, at: int) -> bool:
    """"<!-->" and "<!--->" end where they open, for a browser: they hide nothing."""
    return markdown.startswith("<!-->", at) or markdown.startswith("<!--->", at)


def block_comments(markdown: str) -> list[tuple[int, int]]:
    """HTML comments that open a line: raw blocks, hidden from the reader over as many paragraphs
    as they run; one never closed is text on the page. Linear: the next closing is looked for
    once for every opening before it."""
    out: list[tuple[int, int]] = []
    pos, close = 0, -1
    while (start := markdown.find("<!--", pos)) >= 0:
        if not _at_line_start(markdown, start) or _empty_comment(markdown, start):
            pos = start + 4
            continue
        if close < start + 4:
            close = markdown.find("-->", start + 4)
            if close < 0:
                break
        out.append((start, close + 3))
        pos = close + 3
    return out


def inline_comments(markdown: str, edges: list[int] | None = None) -> list[tuple[int, int]]:
    """Comments inside a block's text, read after its code spans (blanked in `markdown`), as
    Markdown reads them: hidden only when closed in the same block, with no other "<!--" inside.
    `edges`: the text's `inline_edges`, if read already (blanking its spans leaves them as they are)."""
    out: list[tuple[int, int]] = []
    edges = edges or inline_edges(markdown)
    for lo, hi in zip(edges, edges[1:], strict=False):
        pos, close = lo, -1
        while (start := markdown.find("<!--", pos, hi)) >= 0:
            if close < start + 4:  # looked for once for every opening before it: linear
                close = markdown.find("-->", start + 4, hi)
                if close < 0:
                    break
            again = markdown.find("<!--", start + 4, close)
            if _empty_comment(markdown, start) or again >= 0:
                pos = again if again >= 0 else start + 4
                continue
            out.append((start, close + 3))
            pos = close + 3
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
    return merged(found + (raw_blocks(around) if "<" in around else []))


def verbatim_ranges(markdown: str) -> list[tuple[int, int]]:
    """The blocks above, then the code spans and inline comments in the text around them (spans
    first, as Markdown reads them: "`<!--`" opens no comment), sorted by start."""
    if "`" not in markdown and "~" not in markdown and "<" not in markdown:
        return []  # no fence, span, tag or comment: most strings
    return _inline_around(markdown, block_ranges(markdown))


def hidden_or_code(markdown: str) -> list[tuple[int, int]]:
    """Code (fenced and spans) and comments: what the page shows as code or not at all. A raw HTML
    block is left out: its text is shown, as written."""
    if "`" not in markdown and "~" not in markdown and "<!--" not in markdown:
        return []
    found = fenced_ranges(markdown)
    found += block_comments(blank(markdown, found)) if "<!--" in markdown else []
    return _inline_around(markdown, merged(found))


def _inline_around(markdown: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    rest = blank(markdown, blocks)
    edges = inline_edges(rest) if "`" in rest or "<!--" in rest else []
    spans = code_spans(rest, edges)
    inline = inline_comments(blank(rest, spans), edges) if "<!--" in rest else []
    return merged(blocks + spans + inline)


def blank_blocks(markdown: str) -> str:
    """The text with every block of `block_ranges` blanked, line breaks kept (a code span stays:
    a heading's own code is part of its anchor)."""
    return blank(markdown, block_ranges(markdown))
