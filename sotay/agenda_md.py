"""Sample agendas in Markdown: front matter, a `## Chương trình` table, a `## Lưu ý` list.

`to_markdown` writes a SampleAgenda in this form (the "Tải về Markdown" of an agenda) and
`parse_body` reads the body back with line numbers, so a branch can adapt a downloaded agenda
and send it back as content/chuong-trinh/<slug>.md: it loads into the same agenda, field for field.
Editors may write agendas this way or in YAML (content/chuong-trinh/<slug>.yml).
"""

from __future__ import annotations

import re

from . import atx
from .diagnostics import diag
from .model import AGENDA_NOTE_MARK, AGENDA_NOTE_SPLIT, SampleAgenda
from .outline import front_value
from .schema import TOLD, yaml_fields
from .verbatim import cell_spans, table_cells

AGENDA_SECTIONS = {"Chương trình": "items", "Lưu ý": "notes"}
COLUMNS = ["STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản"]
# What editors type for it: the em dash, the en dash, or one or two hyphens a keyboard has.
_NOTE_SPLIT = re.compile(AGENDA_NOTE_SPLIT)
_ITEM = re.compile(r"^[-*+]\s+(.*\S)\s*$")
_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_MINUTES = re.compile(r"^(\d{1,3})\s*phút$")
_SHORT_MINUTES = re.compile(r"^(\d{1,3})\s*(?:p|ph|'|’|′)\.?$", re.I)
_HOURS = re.compile(r"^(\d{1,2})\s*(?:giờ|tiếng|h)$", re.I)
# A total row under the steps, as a table in Word ends: "Tổng", "Tổng cộng", "Cộng", "Tổng thời
# gian (dự kiến)", bold or not, in the STT or the Nội dung cell, its minutes there or not.
_TOTAL = re.compile(r"(?:tổng(?:\s+cộng)?(?:\s+(?:số\s+)?(?:thời\s+gian|phút))?(?:\s+dự\s+kiến)?|cộng)"
                    r"\s*:?(?:\s*\d{1,3}\s*phút)?", re.I)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def to_markdown(agenda: SampleAgenda) -> str:
    """The canonical Markdown form of a sample agenda."""
    lines = ["---"]
    for f, _spec in yaml_fields(SampleAgenda):
        value = getattr(agenda, f.name)
        if f.name in AGENDA_SECTIONS.values() or value in (None, [], ""):
            continue
        lines.append(f"{f.name}: {front_value(value)}")
    lines += ["---", "", "## Chương trình", "", "| " + " | ".join(COLUMNS) + " |", "|---|---|---|---|---|"]
    for i, item in enumerate(agenda.items, 1):
        what = item.title + (AGENDA_NOTE_MARK + item.notes if item.notes else "")
        lines.append(f"| {i} | {_cell(what)} | {item.minutes} phút | {_cell(item.lead)} | {_cell(item.record)} |")
    if agenda.notes:
        lines += ["", "## Lưu ý", ""] + [f"- {n}" for n in agenda.notes]
    return "\n".join(lines) + "\n"


def is_total(title: str) -> bool:
    """A step's words that add up the steps' times ("Tổng cộng", "Cộng: 90 phút"): no step."""
    return bool(_TOTAL.fullmatch(title.strip().strip("*_").strip()))


TOTAL_TOLD = ("Dòng tổng cộng không phải một bước của chương trình: xóa dòng này; trang và bản tải về tự cộng "
              "thời gian các bước (‘Tổng thời gian dự kiến: … phút.’).")


# A step's title opening with a number or a bullet pasted from Word ("1. Khai mạc", "2) Điểm tin",
# "a) …", "II. …", "• Kết luận"): the table numbers the steps (its STT column), so the page, the
# Markdown download and the DOCX showed "1 | 1. Khai mạc". A number that is the title's own ("5 phút
# điểm tin", "12 điều đảng viên không được làm", "3 tính") has no mark after it.
# After any space the value opens with (a no-break or an em space the schema strips, the page then
# showing the mark); a Roman-looking letter before an initial is a name's ("V. I. Lê-nin").
_STEP_NUMBER = re.compile(r"^\s*(?:(\d{1,2}(?:\.\d{1,2})*[.)/]|\(\d{1,2}\)|[a-zđ][.)]|[A-ZĐ]\)"
                          r"|(?:I{1,3}|IV|VI{0,3}|IX|X)[.)](?![ \t]+[A-ZĐ][.-])"
                          r"|[-–+*])[ \t]+|([•·●▪■○◦➢►✓❖◆◇♦➤√✔★⁃‣−‐])[ \t]*)(?=\S)")


def step_numbering(title: str) -> tuple[int, str] | None:
    """(offset of the mark, message) for a step's title opening with a number or a bullet of its
    own, or None."""
    mark = _STEP_NUMBER.match(title)
    if not mark:
        return None
    typed = mark.group(1) or mark.group(2)
    if typed[0].isalnum() or typed[0] == "(":
        what, shown = "số thứ tự", "hiện hai số trước mỗi bước (‘1 | 1. Khai mạc’)"
    else:
        what, shown = "dấu đầu dòng", f"hiện thêm dấu ‘{typed}’ sau số của bước (‘3 | {typed} Kết luận’)"
    return mark.start(1 if mark.group(1) else 2), (f"Nội dung bước bắt đầu bằng {what} ‘{typed}’: bảng chương trình đã đánh số các bước ở cột STT, "
                          f"nên trang, bản Markdown và bản DOCX {shown}. Xóa ‘{typed}’ ở đầu nội dung bước.")


def _total_row(cells: list[str]) -> bool:
    """A row that adds up the steps' times: a total, not a step, whatever its STT (numbered as the
    next step, which B105 asked of it, it passed and was published as a step, the total doubled)."""
    return any(is_total(cell) for cell in cells[:2])


def _row(cells: list[str], line_no: int, rel: str, number: int):
    """One table row as an agenda item's fields, or the problems with it."""
    if len(cells) != len(COLUMNS):
        # More cells than columns: most often a | written in a cell's text, which ends the cell there.
        # Not "write it \|": a | in the step's title is refused next (S107), as its cards and its DOCX show it.
        pipe = (" Nếu chữ trong một ô có dấu |, thay dấu | bằng dấu phẩy hoặc chữ ‘và’: dấu | là ranh giới giữa hai ô."
                if len(cells) > len(COLUMNS) else "")
        return None, [diag(rel, line_no, 1, "B105", f"Dòng chương trình cần {len(COLUMNS)} cột ({' | '.join(COLUMNS)}), "
                                                    f"dòng này có {len(cells)}.{pipe}")]
    problems = []
    if cells[0] != str(number):
        problems.append(diag(rel, line_no, 1, "B105", f"Cột STT phải là {number} (các bước đánh số 1, 2, 3... theo thứ tự)."))
    minutes = _MINUTES.match(cells[2])
    if not minutes:
        hours = _HOURS.match(cells[2])
        short = _SHORT_MINUTES.match(cells[2])  # "10p", "10'", "10’", "10 ph"
        meant = (f"{int(hours.group(1)) * 60} phút" if hours and hours.group(1).isdigit()
                 else f"{cells[2]} phút" if cells[2].isdigit() else f"{short.group(1)} phút" if short else "")
        problems.append(diag(rel, line_no, 1, "B105", f"Cột Thời gian viết dạng '10 phút', gặp {cells[2]!r}"
                                                    + (f": viết '{meant}'." if meant else ".")))
    title, notes = (_NOTE_SPLIT.split(cells[1], maxsplit=1) + [""])[:2]
    item = {"title": title.strip(), "minutes": int(minutes.group(1)) if minutes else cells[2],
            "lead": cells[3], "record": cells[4]}
    if notes.strip():
        item["notes"] = notes.strip()
    return item, problems


def _column_order(cells: list[str]) -> list[int] | None:
    """Where each of COLUMNS stands in a heading row that holds them all in another order, or None."""
    names = [c.strip().strip("*_").strip().casefold() for c in cells]
    wanted = [c.casefold() for c in COLUMNS]
    if names == wanted or sorted(names) != sorted(wanted):
        return None
    return [names.index(name) for name in wanted]


def parse_body(body: str, first_line: int, rel: str):
    """Return (values, positions, problems) for the agenda's items and notes."""
    values: dict = {}
    at: dict = {}
    problems = []
    current = None
    seen: dict[str, int] = {}
    rows = 0  # table rows read, good or bad: the number the next one must carry
    order = None  # where each column stands, when the heading row put them in another order
    lines = body.split("\n")
    for i, raw in enumerate(lines):
        line_no = first_line + i
        line = raw.strip()
        h2 = atx.heading(line, 2)
        if h2 is not None:
            name = AGENDA_SECTIONS.get(h2)
            # "## Chương trình sinh hoạt": the section, named longer; read as it, or its table was
            # told missing too (B101).
            meant = next((title for title in AGENDA_SECTIONS if name is None and h2.casefold().startswith(title.casefold())), None)
            if meant is not None and AGENDA_SECTIONS[meant] not in seen:
                problems.append(diag(rel, line_no, 1, "B102", f"Tên mục viết đúng như khuôn mẫu: '## {meant}'."))
                name = AGENDA_SECTIONS[meant]
            if name is None:
                problems.append(diag(rel, line_no, 1, "B102", f"Mục {h2!r} không thuộc khuôn mẫu chương trình; "
                                                            f"các mục là: {', '.join(AGENDA_SECTIONS)}."))
            elif name in seen:
                problems.append(diag(rel, line_no, 1, "B104", f"Mục {h2!r} đã có ở dòng {seen[name]}."))
                name = None
            else:
                seen[name] = line_no
                values[name] = []
                at[(name,)] = (line_no, 1)  # the section as a whole is told at its heading
            current = name or "_unknown"
            continue
        if not line or current == "_unknown":
            continue
        if line.startswith("#"):
            problems.append(diag(rel, line_no, 1, "B102", "Tiêu đề mục viết bằng hai dấu #: '## Chương trình', '## Lưu ý'."))
            current = "_unknown"
            continue
        if current is None:
            problems.append(diag(rel, line_no, 1, "B103", "Nội dung phải nằm dưới tiêu đề '## Chương trình' hoặc '## Lưu ý'."))
            current = "_unknown"
        elif current == "items":
            if not line.startswith("|"):
                problems.append(diag(rel, line_no, 1, "B105", "Mục Chương trình là một bảng: mỗi bước một dòng bắt đầu bằng '|'."))
                continue
            cells = table_cells(line)
            after = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if _RULE.match(line):
                continue
            if _RULE.match(after) or [c.casefold() for c in cells] == [c.casefold() for c in COLUMNS]:
                # The heading row, whatever its words; but the five columns in another order made the
                # page's "who leads" what to record, untold: told once, and the rows read by it.
                order = _column_order(cells)
                if order is not None:
                    problems.append(diag(rel, line_no, 1, "B105", f"Các cột của bảng chương trình theo thứ tự {' | '.join(COLUMNS)}; "
                                                                f"ở đây: {' | '.join(cells)}. Đổi chỗ các cột (ở mọi dòng) cho đúng thứ tự."))
                continue
            if order is not None and len(cells) == len(COLUMNS):
                cells = [cells[k] for k in order]
            if _total_row(cells):
                problems.append(diag(rel, line_no, 1, "B105", TOTAL_TOLD))
                continue  # not a step: the rows after it keep their numbers
            rows += 1
            item, row_problems = _row(cells, line_no, rel, rows)
            problems += row_problems
            numbered = step_numbering(item["title"]) if item is not None else None
            if numbered:
                # Told at the mark, in the Nội dung cell as written (its "\|" escapes undone in the
                # title, so the title's own text is not looked for); the step is one all the same.
                a, b = cell_spans(line)[order[1] if order is not None else 1]
                col = a + len(line[a:b]) - len(line[a:b].lstrip()) + numbered[0] + 1
                problems.append(diag(rel, line_no, col, "B107", numbered[1]))
            # A row with a problem is reported once, here, not again by the schema.
            if item is not None and not row_problems:
                index = len(values["items"])
                at[("items", index)] = (line_no, 1)
                for key in item:
                    at[("items", index, key)] = (line_no, 1)
                values["items"].append(item)
            else:
                values["items"].append(TOLD)  # a step all the same: the table is not too short
        else:
            item = _ITEM.match(line)
            if item:
                at[("notes", len(values["notes"]))] = (line_no, 3)
                values["notes"].append(item.group(1))
            else:
                problems.append(diag(rel, line_no, 1, "B103", "Ở mục Lưu ý mỗi ý là một dòng bắt đầu bằng '- '."))
    if "items" not in seen:
        # Told where it goes, as an outline's missing section is: above the notes, else at the body's
        # first line of text (GitHub shows the message at that line).
        text_at = next((first_line + i for i, raw in enumerate(lines) if raw.strip()), first_line)
        where = seen.get("notes", text_at)
        problems.append(diag(rel, where, 1, "B101", f"Thiếu mục '## Chương trình': thêm mục này (tiêu đề và bảng các bước) "
                                                    f"ngay trên dòng {where}."))
    return values, at, problems
