"""Check pass: a star the page reads as emphasis where the editor wrote a figure or a mark.

Python-Markdown makes any two single stars on a line emphasis, spaces around them or not: "3*2
ha; chăn nuôi 5*4 con" showed "32 ha; chăn nuôi 54 con" with the words between in italics, and
"Chi bộ thôn Đông (*) và thôn Tây (*)" showed "()" twice. Only a star beside a figure, between
spaces or marked "(*)" is read, and only where the site's Markdown took it: a star it shows is
no problem."""

from __future__ import annotations

import bisect
import re

from .check import rule_pass
from .diagnostics import diag
from .model import Form
from .spans import spans
from .verbatim import covers, hidden_or_code

# A star between a figure and a letter or figure ("3*2", "5*4ha"), a note mark "(*)", a star between
# spaces: not a star that opens or closes emphasis on a word ("*Hướng dẫn số 42*,", "*2*."), "**"
# (bold) or "* * *" (a rule).
_STRAY = re.compile(r"(?<=\w)\*(?=\d)|(?<=\d)\*(?=\w)|\(\*\)|(?<=[^\s*]) \* (?=[^\s*])")
_PARAGRAPH_BREAK = re.compile(r"(?=\n\n)")  # every "\n\n", overlapping ones too, as str.find sees them
_QUOTED_MAX = 30  # a "word" of 20,000 stars and figures is quoted by its start


@rule_pass
def emphasis_rules(corpus, registry):
    from .rendered import render, shown_text
    from .safety import markdown_config

    config = markdown_config(corpus)
    problems = []
    for item, origin in corpus.text_origins():
        if isinstance(item, Form) or config is None:
            continue  # a form is shown as written, stars and all
        for span in spans(origin):
            if "**" in span.text or "__" in span.text:
                problems += _unclosed_bold(origin.rel, span, config)
            if "*" not in span.text or not _STRAY.search(span.text):
                continue
            code = hidden_or_code(span.text)
            hits = [m for m in _STRAY.finditer(span.text) if not covers(code, m.start())]
            # Emphasis stays inside a paragraph: each is read alone, so a star shown as typed in
            # another paragraph does not pass for this one.
            # The paragraphs' bounds found once, and each word's count once a paragraph: looked
            # for again at each star, 60,000 of them on a line took 19 s.
            breaks = [b.start() for b in _PARAGRAPH_BREAK.finditer(span.text)]
            shown, counts, told = {}, {}, set()
            for m in hits:
                star = m.start() + m.group().index("*")
                line, col = span.locate(star)
                if line in told:
                    continue  # once a line: the editor sees the line's stars at once
                before = bisect.bisect_right(breaks, m.start() - 2) - 1
                after = bisect.bisect_left(breaks, m.end())
                start = breaks[before] + 1 if before >= 0 else 0
                end = breaks[after] if after < len(breaks) else len(span.text)
                if start not in shown:
                    shown[start] = shown_text(render(span.text[start:end], str(config)))
                key = (start, m.group())
                if key not in counts:
                    counts[key] = shown[start].count(m.group()) >= span.text[start:end].count(m.group())
                if counts[key]:
                    continue  # shown as typed
                told.add(line)
                left = max(span.text.rfind(" ", 0, star), span.text.rfind("\n", 0, star)) + 1
                typed = span.text[left:star + 1] + re.match(r"\S*", span.text[star + 1:]).group()
                typed = typed.strip(".,;:")[:_QUOTED_MAX]  # the word the star is typed in: "3*2", "(*)"
                problems.append(diag(origin.rel, line, col, "B115",
                                     f"Trang đọc dấu * trong ‘{typed}’ là dấu làm nghiêng chữ: hai dấu * trên một dòng "
                                     "biến mất và chữ giữa chúng nghiêng (‘3*2 ha’ hiện thành ‘32 ha’). Dấu nhân viết ×, "
                                     "dấu chú thích viết (\\*), hoặc viết bằng lời."))
    return problems


# A block of its own for bold: a paragraph, and each list item, table cell or heading (bold opened
# in one list item and closed in the next shows both halves).
_BLOCK_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t]|\||#{1,6}[ \t])")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
# "**" or "***"; "__" opening (no letter before it) or closing (none after): "snake__case" is neither.
_BOLD = re.compile(r"(?<![*\\])\*{2,3}(?!\*)|(?<![\w_\\])__(?!_)|(?<!_)__(?![\w_])")
_CODE_ELEMENT = re.compile(r"<code[^>]*>.*?</code>", re.S)


def _blocks(text: str):
    """(start, block) of each block of `text` that bold cannot cross."""
    start, lines = 0, []
    for line in text.splitlines(keepends=True):
        if lines and (not line.strip() or _BLOCK_LINE.match(line)):
            yield from _cells(start, "".join(lines))
            start, lines = start + len("".join(lines)), []
        if not line.strip():
            start += len(line)
            continue
        lines.append(line)
    if lines:
        yield from _cells(start, "".join(lines))


def _cells(start: int, block: str):
    """A table row's cells, each a block ("| **Tổ | trưởng** |" showed the four stars), or the block."""
    if not block.lstrip().startswith("|"):
        yield start, block
        return
    at = 0
    for border in _CELL_BORDER.finditer(block):
        yield start + at, block[at:border.start()]
        at = border.end()
    yield start + at, block[at:]


def _unclosed_bold(rel: str, span, config) -> list:
    """A block whose "**" (or "__") the page shows as typed: bold opened and never closed ("đã làm
    **tốt trong năm qua.") showed both stars on the page, in the copied text and in the DOCX.
    Counted first: a block of pairs, as nearly all are, is not rendered."""
    from .rendered import render, shown_text

    code = hidden_or_code(span.text)
    found = []
    for start, block in _blocks(span.text):
        marks = [m for m in _BOLD.finditer(block) if not covers(code, m.start() + start)]
        stars = [m for m in marks if m.group()[0] == "*"]
        if len(stars) % 2 == 0 and (len(marks) - len(stars)) % 2 == 0:
            continue
        shown = shown_text(_CODE_ELEMENT.sub("", render(block, str(config))))
        if "**" in shown or "__" in shown:
            line, col = span.locate(start + marks[-1].start())
            found.append(diag(rel, line, col, "B122", "Dấu ** (hay __) mở chữ đậm mà không đóng: trang, bản sao chép và bản DOCX "
                                                      "hiện nguyên các dấu ấy. Thêm dấu đóng sau chữ muốn in đậm, hoặc xóa dấu này."))
    return found
