"""Tables and headings in a guidance body written as Word or GitHub shows them but the
site does not.

Python-Markdown reads a table only after a blank line ("Bảng sau:\n| a | b |" was published as
its raw "|" lines) and knows nothing of a table pasted from Word, whose cells Word separates with
tabs (one run-on paragraph). A line in bold or numbered "I.", "II." alone between blank lines is a
heading to its editor, and a paragraph to the page: out of the page's contents, with no link."""

from __future__ import annotations

import re

from .verbatim import TABLE_RULE, table_cells

HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
# A list item's marker (Markdown's, or one of Word's) may be followed by a tab: Markdown reads it
# as a space, and the item as an item.
_ITEM_START = re.compile(r"^[ \t]*(?:[-*+•–—o]|\d+[.)]|[a-zđ][.)])[ \t]")
_TABBED = re.compile(r"\S\t+\S")
_BOLD_LINE = re.compile(r"^(\*\*\*?|___?)(?=\S)([^*_\n]{2,120}?)(?<=\S)\1[ \t]*$")  # bold, or bold italic
# "1. CÁC BƯỚC CHUẨN BỊ": Word's numbered heading, which Markdown reads as a list's first item.
_CAPITALS_ITEM = re.compile(r"^\d{1,2}[.)][ \t]+(\S[^\n]{2,118})$")
# "I. …", "IV – …", "I/ …", "Phần 2: …", "A. PHẦN MỞ ĐẦU" (a capital letter only before capitals:
# "V. I. Lênin" is a name).
_NUMBERED_LINE = re.compile(r"^(?:[IVX]{1,4}[ \t]*[.)/–-]|Phần [IVX\d]{1,4}[ \t]*[.:)/–-])[ \t]+(?![A-Z]\.)\S[^\n]{0,118}$")
_LETTERED_LINE = re.compile(r"^[A-ZĐ]\.[ \t]+(\S[^\n]{1,119})$")
_LIST_OR_BLOCK = re.compile(r"^(?:[-*+](?=[ \t])|[>|#]|\d+[.)]|!!!|\?\?\?)")
_CAPTION = re.compile(r"^(?:\*\*|__)?(?:Bảng|Hình|Biểu|Sơ đồ)\b")
_PIPED_ROW = re.compile(r"^ {0,3}\|.*\|[ \t]*$")  # a row as a table is typed: "| a | b |"


def _table_row(line: str, below: str) -> bool:
    """A table's header: a line with a "|" over a delimiter row with one (not a rule, "---").
    Indented four spaces it is code, or a note's table, which the note's own pass reads."""
    return "|" in line and "|" in below and bool(TABLE_RULE.match(below)) and not line.startswith(("    ", "\t"))


def _heading_like(line: str) -> bool:
    """A line standing as a heading: bold or numbered, not a sentence, caption or list."""
    text = line.rstrip()
    if line[:1] in (" ", "\t") or _LIST_OR_BLOCK.match(line) or _CAPTION.match(text) \
            or text.strip("*_").endswith((".", ";", ",", ":", "?", "!")):
        return False
    lettered = _LETTERED_LINE.match(text)
    return bool(_BOLD_LINE.match(text) or _NUMBERED_LINE.match(text) or (lettered and lettered.group(1).isupper()))


def layout_problems(body: str, headings: bool = True) -> list[tuple[int, int, str, str]]:
    """(line index in the body, column, message, rule) for tables and headings the page would
    not show as written; `body` with its code, comments and raw blocks blanked. `headings`: the
    text may hold headings (an outline's purpose may not, B103: a heading-like line is told to
    join the paragraph under it)."""
    out = []
    lines = body.split("\n")

    def blank(j: int) -> bool:
        return j < 0 or j >= len(lines) or not lines[j].strip()

    def tabbed(j: int) -> bool:
        return 0 <= j < len(lines) and bool(_TABBED.search(lines[j])) and not _ITEM_START.match(lines[j]) \
            and "|" not in lines[j]

    table_end = 0  # a table's rows are its own: a row of dashes in it is not another table's rule
    for i, line in enumerate(lines):
        if i >= table_end and i + 1 < len(lines) and _table_row(line, lines[i + 1]):
            table_end, shape = _table_shape(lines, i)
            out += shape
        elif i >= table_end and _unruled(lines, i):
            out.append((i + 1, 1, "Bảng thiếu dòng kẻ dưới dòng tiêu đề: trang hiện nguyên các dòng ‘|’ thành một đoạn. "
                        f"Viết ngay dưới dòng tiêu đề: ‘{'|---' * len(table_cells(line))}|’.", "B111"))
            while table_end < len(lines) and (table_end <= i or _PIPED_ROW.match(lines[table_end])):
                table_end += 1
        if i + 1 < len(lines) and _table_row(line, lines[i + 1]) and not blank(i - 1) \
                and "|" not in lines[i - 1] and not HEADING.match(lines[i - 1]):
            out.append((i, 1, "Trước bảng cần một dòng trống: liền sau dòng chữ ở trên, trang hiện nguyên các dòng '|' "
                        "thay cho bảng.", "B111"))
        # Rows under rows, or a blank line between each (Word's table copied with its paragraphs' spacing).
        if tabbed(i) and (tabbed(i + 1) or (blank(i + 1) and tabbed(i + 2))) and not tabbed(i - 1) \
                and not (blank(i - 1) and tabbed(i - 2)):
            out.append((i, line.index("\t") + 1, "Các cột ngăn bằng phím Tab (bảng dán từ Word) nối thành một đoạn trên "
                        "trang: viết bảng theo mẫu ‘| Cột 1 | Cột 2 |’, rồi dòng ‘|---|---|’, hoặc chuyển thành danh sách ‘- ’.",
                        "B111"))
        caps = _CAPITALS_ITEM.match(line.rstrip())
        if blank(i - 1) and blank(i + 1) and caps and caps.group(1).isupper() and len(caps.group(1).split()) > 1:
            out.append((i, 1, "Dòng chữ in hoa đánh số này là một tiêu đề, nhưng trang đọc nó là một mục của danh sách đánh "
                        "số (các bước bên dưới lùi xuống một số). Nếu là tiêu đề: viết ‘## Tên mục’, bỏ số thứ tự.", "B112"))
        elif blank(i - 1) and blank(i + 1) and line.strip() and _heading_like(line) and not headings:
            out.append((i, 1, "Dòng này đứng riêng như một tiêu đề, nhưng mục này chỉ gồm đoạn văn: viết nó liền ở đầu đoạn "
                        "dưới, in đậm, ví dụ ‘**Tên ý:** …’, bỏ số thứ tự.", "B112"))
        elif blank(i - 1) and blank(i + 1) and line.strip() and _heading_like(line):
            out.append((i, 1, "Dòng này đứng riêng như một tiêu đề, nhưng trang hiện thành đoạn văn thường (không có trong mục "
                        "lục, không thể đặt liên kết tới). Nếu là tiêu đề: viết ‘## Tên mục’ (mục con: ‘### Tên mục con’), bỏ số "
                        "thứ tự (I., A., Phần 2:) và dấu ** in đậm. Nếu chỉ là lời dẫn in đậm: viết liền với đoạn dưới.", "B112"))
    return out


def _table_shape(lines: list[str], i: int) -> tuple[int, list[tuple[int, int, str, str]]]:
    """Python-Markdown reads a table only where its delimiter row has as many cells as its header
    (else every "|" line shows as typed), and drops a row's cells past the header's: a "|" typed
    inside a cell ("1|2 gói") lost the words after it without a word to the editor. Returns the
    line after the table and what is wrong with it."""
    header = lines[i].strip()
    border = header.startswith("|") or (header.endswith("|") and not header.endswith("\\|"))
    columns = len(table_cells(lines[i], border))
    ruled = len(table_cells(lines[i + 1], border))
    end = i + 2
    while end < len(lines) and lines[end].strip():
        end += 1
    if ruled != columns:
        return end, [(i + 1, 1, f"Dòng kẻ dưới tiêu đề bảng có {ruled} cột, dòng tiêu đề có {columns} cột: trang hiện nguyên văn các "
                 f"dòng có dấu ‘|’ thay cho bảng. Viết dòng kẻ đủ {columns} ô: ‘{'|---' * columns}|’.", "B113")]
    out = []
    for j in range(i + 2, end):
        # A row may leave out its outer pipes; a line after a row cut short of its closing one is
        # the rest of that row's cell.
        broken = header.startswith("|") and not lines[j - 1].rstrip().endswith("|") and not lines[j].lstrip().startswith("|")
        if "|" not in lines[j] or broken:
            # A sentence right under the table, or the rest of a cell that Word broke onto a line.
            out.append((j, 1, "Dòng này liền dưới bảng nên trang đọc nó là một hàng của bảng. Nếu là đoạn văn: để một dòng "
                       "trống giữa bảng và nó. Nếu là phần tiếp của một ô: nối nó vào ô ấy ở dòng trên (mỗi hàng một dòng).", "B111"))
            continue
        cells = len(table_cells(lines[j], border))
        if cells > columns:
            out.append((j, 1, f"Dòng này có {cells} ô, bảng có {columns} cột: {cells - columns} ô cuối không hiện trên trang. "
                       "Bớt ô thừa, hoặc thêm cột ở dòng tiêu đề và dòng kẻ; nếu trong ô có dấu ‘|’ thì viết ‘\\|’.", "B113"))
    # Rows after a blank line (Word's spacing between rows): the table ends at the blank line.
    after = end + 1
    if after < len(lines) and _PIPED_ROW.match(lines[after]) and not (after + 1 < len(lines) and _table_row(lines[after], lines[after + 1])) \
            and len(table_cells(lines[after], border)) == columns:
        out.append((after, 1, "Dòng trống ở trên cắt bảng: từ dòng này, trang hiện nguyên các dòng ‘|’ thay cho các hàng của "
                    "bảng. Xóa dòng trống giữa các hàng.", "B111"))
        end = after
        while end < len(lines) and lines[end].strip():
            end += 1
    return end, out


def _unruled(lines: list[str], i: int) -> bool:
    """Rows typed as a table's ("| a | b |" under "| c | d |"), with no delimiter row under the first."""
    return bool(_PIPED_ROW.match(lines[i]) and i + 1 < len(lines) and _PIPED_ROW.match(lines[i + 1])
                and not TABLE_RULE.match(lines[i + 1]) and not (i and _PIPED_ROW.match(lines[i - 1]))
                and len(table_cells(lines[i])) > 1)
