"""Check pass: tables and headings in a guidance body written as Word or GitHub shows them but the
site does not.

Python-Markdown reads a table only after a blank line ("Bảng sau:\n| a | b |" was published as
its raw "|" lines) and knows nothing of a table pasted from Word, whose cells Word separates with
tabs (one run-on paragraph). A line in bold or numbered "I.", "II." alone between blank lines is a
heading to its editor, and a paragraph to the page: out of the page's contents, with no link."""

from __future__ import annotations

import re

from .check import rule_pass
from .diagnostics import diag
from .verbatim import blank_blocks

_ROW = re.compile(r"^ {0,3}\|")
_DELIMITER = re.compile(r"^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_TABBED = re.compile(r"\S\t+\S")
_BOLD_LINE = re.compile(r"^ {0,3}(\*\*|__)(?=\S)([^*_\n]{2,120}?)(?<=\S)\1[ \t]*$")
_ROMAN_LINE = re.compile(r"^ {0,3}(?:[IVX]{1,4}|Phần [IVX\d]{1,4})[.:)][ \t]+\S[^\n]{0,118}$")
_LIST_OR_BLOCK = re.compile(r"^ {0,3}(?:[-*+](?=[ \t])|[>|#]|\d+[.)]|!!!|\?\?\?)")


def layout_problems(body: str) -> list[tuple[int, int, str, str]]:
    """(line index in the body, column, message, rule) for tables and headings the page would
    not show as written; `body` with its code, comments and raw blocks blanked."""
    out = []
    lines = body.split("\n")

    def blank(j: int) -> bool:
        return j < 0 or j >= len(lines) or not lines[j].strip()

    tabbed_block = False
    for i, line in enumerate(lines):
        if _ROW.match(line) and i + 1 < len(lines) and _DELIMITER.match(lines[i + 1]) and not blank(i - 1) \
                and not _ROW.match(lines[i - 1]):
            out.append((i, 1, "Trước bảng cần một dòng trống: liền sau dòng chữ ở trên, trang hiện nguyên các dòng '|' "
                        "thay cho bảng.", "B111"))
        tabbed = bool(_TABBED.search(line)) and not _ROW.match(line)
        if tabbed and not tabbed_block and (_TABBED.search(lines[i + 1]) if i + 1 < len(lines) else False):
            out.append((i, line.index("\t") + 1, "Các cột ngăn bằng phím Tab (bảng dán từ Word) nối thành một đoạn trên "
                        "trang: viết bảng Markdown ('| Cột 1 | Cột 2 |', rồi dòng '|---|---|') hoặc chuyển thành danh sách '- '.",
                        "B111"))
        tabbed_block = tabbed
        if blank(i - 1) and blank(i + 1) and not _LIST_OR_BLOCK.match(line) and (
                _BOLD_LINE.match(line) or (_ROMAN_LINE.match(line) and not line.rstrip().endswith((".", ";", ",")))):
            out.append((i, 1, "Dòng này trông như tên mục nhưng trang hiện nó là một đoạn văn (không có trong mục lục, không "
                        "liên kết tới được): viết '## Tên mục' (mục con '### ').", "B112"))
    return out


@rule_pass
def block_layout_rules(corpus, registry):
    problems = []
    # Outlines and agendas are read section by section (sotay.outline), with rules of their own.
    origins = [corpus.origin(page) for page in corpus.guidance.values()]
    origins += [o for key, o in corpus.unloaded.items() if key.startswith("huong-dan/") and o.body]
    for origin in origins:
        for index, col, message, code in layout_problems(blank_blocks(origin.body)):
            problems.append(diag(origin.rel, origin.body_line + index, col, code, message))
    return problems
