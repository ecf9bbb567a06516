"""Topic outlines as editors write them: fixed `##` sections in Markdown.

`parse_body` turns the body into field values with line numbers; `to_markdown`
writes a Topic back in exactly that form. The Markdown download of a topic is
`to_markdown`, so a branch can edit it and send it back through the same loader.
"""

from __future__ import annotations

import re

from markdown.blockprocessors import HashHeaderProcessor

from . import atx
from .diagnostics import diag
from .model import TOPIC_SECTIONS, Topic
from .schema import TOLD, yaml_fields
from .suggest import meant
from .text import fold
from .verbatim import WORD_BULLET, word_sub_bullet

_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+(.*\S)\s*$")
_HASHES = re.compile(r"(#{1,6})(?:[ \t]|$)")  # a point that opens as an ATX heading does
_DASH_TYPED = re.compile(r"^ {0,3}([–—])[ \t]")  # Word's en or em dash for a typed "- "
# Folded, the names of what the page lists itself (not "Nguồn lực", "Tài liệu phát cho đảng viên").
_LISTED_BY_THE_PAGE = re.compile(r"(?:nguon(?: tham khao)?|tai lieu tham khao|(?:van ban )?(?:lam )?can cu|van ban)[\s:.*_]*")
_DASH_GLUED = re.compile(r"^ {0,3}-(?=[^\W\d_]|[*_“\"'(\[])")  # "-Mỗi", "-**Thư ký**": a dash glued to its first word
_LETTERED = re.compile(r"^ {0,3}([a-zđ][.)])\s")  # "b) Chi bộ …": numbered as a document numbers sub-points
_LETTERS = "abcdđeghiklmnopqrstuvxy"  # the order Vietnamese documents letter points in
_NESTED = re.compile(r"(?:[-*+]|\d{1,2}[.)])\s")
_EMPTY_ITEM = re.compile(r"[-*+•]|\d{1,2}[.)]")
# A section's own numbering ("II. ", "2) ", "b. "), which the site and the DOCX number afresh; not a
# year ("1945. Cách mạng Tháng Tám") nor an initial ("C. Mác"; "V. I. Lênin", one before another
# and a name, where "I. V. I. Lênin" is numbered).
# "3- 5 năm nay …" is a range, not a point numbered 3: a dash before a number is not numbering.
NUMBERING = re.compile(r"^(?:(?=[IVX]{2}|\d)(?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2}|\d{1,2})(?:[.)]\s+|-\s+(?!\d))"
                        r"|[a-zđ][.)\-]\s+|[IVX][.)\-]\s++(?![A-ZĐ]\.\s+[A-ZĐ][^\s.]))")
# "Phần 1: ", "Phần thứ hai - ", "Phần II. " before a part's title: the site numbers parts itself
# ("1. Phần 1: Sổ tay đảng viên" otherwise). The bare placeholder "Phần thứ nhất" stays.
# "Phần thứ tự - ưu tiên" is a title: "thứ" before an ordinal only.
_PART_NUMBERING = re.compile(r"^Phần\s+(?:thứ\s+(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)|\d{1,2}|[IVX]{1,4})"
                             r"\s*[:.\-–]\s+(?=\S)", re.I)
_LIST_FIELDS = {"requirements", "questions"}
# "##Câu hỏi thảo luận": Markdown reads no heading without the space.
_NO_SPACE = re.compile(r"^#{2,3}(?=[^\s#])")


def _table_row(raw: str) -> bool:
    """A table's row: Markdown's, or Word's cells apart by tabs (not a Word bullet or a lettered
    point with a tab after its mark, nor an indented line, which goes on with the point above)."""
    line = raw.lstrip()
    if line.startswith("|"):
        return True
    if "\t" not in line.strip() or raw[:1].isspace() or WORD_BULLET.match(raw) or _DASH_TYPED.match(raw) or _LETTERED.match(raw):
        return False
    # One cell before one tab that is a point's own mark, as Word numbers or bullets a line ("o\tÝ
    # con", "(1)\t…", "II.\t…", "Bước 1:\t…"): no table. Two tabs, or a word first ("STT\t…"), are.
    return line.strip().count("\t") > 1 or not _MARK_BEFORE_TAB.fullmatch(line.split("\t", 1)[0].strip())


_MARK_BEFORE_TAB = re.compile(r"[^\w\s]{1,2}|o|\(\w{1,3}\)|\w{1,2}[.)]|[IVXLC]{1,5}[.):]|Bước\s+\d{1,2}[.:]?", re.IGNORECASE)



def _bare_title(line: str) -> str:
    """A line that is only a section's title, bold or not, with a colon or not ("**Mục đích**",
    "Yêu cầu:"), as that title; "" otherwise. String steps, not a pattern: a pattern of optional
    runs of spaces backtracked for seconds on a line padded with spaces."""
    text = line.strip()
    if len(text) > 80 or text[:1] in "#-" or not text:
        return ""
    for _ in range(2):
        text = text.rstrip(":").strip().removeprefix("**").removesuffix("**").removeprefix("__").removesuffix("__").strip()
    return "" if not text or "*" in text or "_" in text else text


def running_text(body: str) -> str:
    """An outline's body with only the lines of its running-text sections (Mục đích, Kết luận dự
    kiến) kept, every other line blank: what the page renders as Markdown paragraphs, for the
    rules that read a guidance body (lists pasted from Word, tables, indented code)."""
    keep, out = False, []
    for line in body.split("\n"):
        h2 = atx.heading(line, 2)
        if h2 is not None:
            keep = TOPIC_SECTIONS.get(_section_key(h2)) in ("purpose", "conclusion")
        out.append(line if keep and h2 is None else "")
    return "\n".join(out)


def _section_key(title: str) -> str:
    """A section title as the template spells it, if the editor's differs only in case, a closing
    colon or its own numbering ("IV. CÂU HỎI THẢO LUẬN:")."""
    bare = NUMBERING.sub("", title.strip()).rstrip(":").strip()
    for known in TOPIC_SECTIONS:
        if bare.casefold() == known.casefold():
            return known
    return title


_JOINED = re.compile(r"\s*(?:,|;|&|\bvà\b)\s*|\s+[-–]\s+", re.IGNORECASE)


def _joined_sections(title: str) -> list[str]:
    """The template's sections a heading joins ("I. MỤC ĐÍCH, YÊU CẦU", as Party documents head
    their first part), or []."""
    parts = [_section_key(part) for part in _JOINED.split(NUMBERING.sub("", title.strip()).rstrip(":")) if part.strip()]
    return parts if len(parts) > 1 and all(part in TOPIC_SECTIONS for part in parts) else []


def _closest_section(title: str) -> str | None:
    """The template's section a near miss means ("Câu hỏi thảo luân", "Kết luận"), or None."""
    folded = {fold(t).casefold(): t for t in TOPIC_SECTIONS}
    typed = fold(title).casefold()
    near = meant(typed, folded, 0.75) or next((k for k in folded if k.startswith(typed)), None)
    return folded[near] if near else None


class _Reader:
    """An outline's body read line by line: the values by field, where each stands, the problems."""

    def __init__(self, rel: str, first_line: int):
        self.rel, self.first_line = rel, first_line
        self.values: dict = {}
        self.at: dict = {}
        self.problems: list = []
        self.current = None  # field name of the open ## section
        self.seen: dict[str, int] = {}
        self.suggested: set[str] = set()
        self.paragraph: list[str] = []
        self.last_item = None  # (container list, index) for continuation lines

    def tell(self, line_no: int, code: str, message: str):
        self.problems.append(diag(self.rel, line_no, 1, code, message))

    def close_paragraph(self):
        if self.current in ("purpose", "conclusion") and self.paragraph:
            text = "\n".join(self.paragraph).strip()
            self.values[self.current] = (self.values.get(self.current, "") + "\n\n" + text).strip()
        self.paragraph.clear()

    def as_meant(self, line: str, line_no: int) -> str:
        """The line as the editor meant it, each slip told: a heading glued to its #, a section's
        heading with one # too many or too few, a section's title without any."""
        if line.startswith("#"):
            line = re.sub(r"^(#+)\u00a0", r"\1 ", line)  # a no-break space after the marker, as the page reads it
        glued = _NO_SPACE.match(line)
        if glued:
            line = f"{glued.group()} {line[glued.end():]}"  # read as meant, so nothing else is lost
            self.tell(line_no, "B102", f"Sau dấu # của tiêu đề cần một dấu cách: '{line}'.")
        # Read by atx in linear time ("(.+?)(?:\s+#+)?\s*$" took 25 s on a 40,000-character heading).
        misleveled = atx.LINE.match(line)
        title = _section_key(atx.closed(misleveled.group(2))) if misleveled and len(misleveled.group(1)) != 2 else ""
        if TOPIC_SECTIONS.get(title) not in (None, *self.seen):
            # "### Câu hỏi thảo luận": one # too many made the questions a fifth part of Nội dung;
            # "# Câu hỏi thảo luận" was told to be written '### Tên phần', then as missing.
            self.tell(line_no, "B102", f"Tiêu đề mục viết bằng hai dấu #: '## {title}'.")
            line = f"## {title}"
        bare = not _ITEM.match(line) and _bare_title(line)
        title = _section_key(bare) if bare else ""
        if TOPIC_SECTIONS.get(title) not in (None, *self.seen):
            # "**Mục đích**" on a line of its own, written as a word processor writes a heading:
            # told here, and read as the heading it means, not as a section missing at the file's end.
            self.tell(line_no, "B102", f"Dòng này là tên mục nhưng chưa phải tiêu đề: viết '## {title}' "
                                       "(hai dấu # và một dấu cách ở đầu dòng).")
            line = f"## {title}"
        return line

    def open_section(self, title: str, line_no: int):
        self.close_paragraph()
        name = TOPIC_SECTIONS.get(title)
        joined = _joined_sections(title) if name is None else []
        if joined:
            self.suggested.update(TOPIC_SECTIONS[part] for part in joined)  # told here; not again as missing (B101)
            shapes = {"purpose": "một đoạn văn", "conclusion": "một đoạn văn", "requirements": "mỗi ý một dòng '- '",
                      "questions": "mỗi câu một dòng '1. '", "sections": "các phần '### '"}
            split = " rồi ".join(f"'## {part}' ({shapes[TOPIC_SECTIONS[part]]})" for part in joined)
            self.tell(line_no, "B102", f"Mục {title!r} gộp {len(joined)} mục của khuôn mẫu: tách thành {split}.")
            self.current = "_unknown"
            return
        if name is None:
            meant = _closest_section(title)
            hint = f" Có phải '## {meant}'?" if meant else ""
            if not meant and _LISTED_BY_THE_PAGE.fullmatch(fold(title).strip("*_ ")):
                # "## Nguồn", "## Tài liệu tham khảo": where they go, which the list of sections did not say.
                hint = (" Nguồn ghi mã vào `sources:` ở phần đầu, văn bản vào `references:`; trang tự thêm các mục "
                        "Nguồn và Văn bản làm căn cứ từ đó.")
            if meant:
                self.suggested.add(TOPIC_SECTIONS[meant])  # told here; not again as missing (B101)
            self.tell(line_no, "B102", f"Mục {title!r} không thuộc khuôn mẫu; các mục là: {', '.join(TOPIC_SECTIONS)}.{hint}")
            self.current = "_unknown"
            return
        if name in self.seen:
            self.tell(line_no, "B104", f"Mục {title!r} đã có ở dòng {self.seen[name]}.")
            self.current = "_unknown"
            return
        self.seen[name] = line_no
        self.current = name
        # The section as a whole (too few items, nothing under it) is told at its heading; a
        # paragraph's own start is set at its first line below.
        self.at[(name,)] = (line_no, 1)
        if name in _LIST_FIELDS or name == "sections":
            self.values[name] = []
        self.last_item = None

    def read(self, rows: list[str], i: int):
        line_no = self.first_line + i
        line = self.as_meant(rows[i].rstrip(), line_no)
        h2 = atx.heading(line, 2)
        if h2 is not None:
            self.open_section(_section_key(h2), line_no)
        elif not line.strip():
            if self.paragraph:
                self.paragraph.append("")
        elif self.current is None:
            h1 = atx.heading(line, 1)
            if h1 is not None and _section_key(h1) not in TOPIC_SECTIONS:
                # "# Tên chuyên đề" above "## Mục đích", as a Word document opens: told it is the title's place.
                self.tell(line_no, "B106", "Tiêu đề một dấu # dành cho tên trang, mà trang lấy từ trường title: xóa dòng này.")
            else:
                self.tell(line_no, "B103", "Nội dung phải nằm dưới một tiêu đề ## của khuôn mẫu.")
            self.current = "_unknown"
        elif self.current in ("purpose", "conclusion"):
            if not self.paragraph and self.current not in self.values:
                self.at[(self.current,)] = (line_no, 1)
            if HashHeaderProcessor.RE.match(line):
                line = self.sub_heading(line, line_no)
            run = self.paragraph[len(self.paragraph) - self.paragraph[::-1].index(""):] if "" in self.paragraph else self.paragraph
            if _ITEM.match(line) and run and not any(_ITEM.match(row) for row in run):
                # "Chi bộ thống nhất:\n- mẫu biên bản;": the page runs the list into the sentence.
                self.tell(line_no, "B107", "Trước danh sách cần một dòng trống: liền sau dòng chữ ở trên, trang nối cả "
                                           "danh sách vào đoạn văn đó.")
            self.paragraph.append(line)
        elif self.current != "_unknown":
            if line.startswith("#") and atx.heading(line, 3) is None:
                where = ("tên phần trong mục Nội dung viết bằng ba dấu: '### Tên phần'" if self.current == "sections"
                         else "tiêu đề mục viết bằng hai dấu: '## Mục đích'")
                self.tell(line_no, "B102", f"Số dấu # của tiêu đề không đúng khuôn mẫu: {where}.")
                if self.current != "sections":
                    return
                following = next((row for row in rows[i + 1:] if row.strip()), "")
                if not _ITEM.match(following) and self.values.get("sections"):
                    return  # a sub-heading with no points of its own ("#### Tiểu mục"): no part that lacks them (S108)
                line = "### " + line.lstrip("#").strip()  # read as the section it means: its points are not lost too
            self.point(rows, i, line, line_no)

    def sub_heading(self, line: str, line_no: int) -> str:
        """A heading ("### Mục đích cụ thể") under a section of paragraphs: an h3 on the page, but
        the DOCX, the text download and the copied text carry paragraphs only, and printed its
        marks. Told (in place of a missing space after its #, told first), and read as its words."""
        text = atx.markdown_text(line)
        title = next(t for t, name in TOPIC_SECTIONS.items() if name == self.current)
        self.problems = [p for p in self.problems if p.line != line_no]
        self.tell(line_no, "B103", f"Mục “{title}” chỉ gồm đoạn văn, không có tiêu đề con (bản DOCX và chữ sao chép hiện "
                                   f"nguyên các dấu #): bỏ dấu # ở đầu dòng; muốn nêu tên ý thì viết in đậm ở đầu đoạn "
                                   f"dưới nó, ví dụ ‘**{text.strip('*_ ').rstrip(':') or 'Tên ý'}:** …’.")
        return text

    def point(self, rows: list[str], i: int, line: str, line_no: int):
        """A line under a section of points: a part's heading, a point, or the rest of one."""
        raw, values = rows[i], self.values
        parts = values.get("sections") if self.current == "sections" else None
        if parts is not None and (not parts or parts[-1]["points"]) and line.strip().startswith(("**", "__")) \
                and (part := _bare_title(line)):
            # "**Kinh nghiệm số hóa biên bản**" on a line of its own: a part, written as a word processor
            # writes a heading (it was told as a point missing its dash, and as one part too few). Under
            # a part's heading, before its points, a bold line is that part's own label, told as before.
            self.tell(line_no, "B103", f"Dòng này là tên một phần của mục “Nội dung” nhưng chưa phải tiêu đề: viết '### {part}' "
                                       "(ba dấu # và một dấu cách ở đầu dòng).")
            line = f"### {part}"
        if self.current == "sections":
            h3 = atx.heading(line, 3)
            if h3 is not None:
                heading = _PART_NUMBERING.sub("", NUMBERING.sub("", h3))
                index = len(values["sections"])
                values["sections"].append({"heading": heading, "points": []})
                self.at[("sections", index)] = self.at[("sections", index, "heading")] = (line_no, 5)
                self.at[("sections", index, "points")] = (line_no, 1)
                self.last_item = None
                return
            if not values["sections"]:
                self.tell(line_no, "B103", "Ý của đề cương phải nằm dưới một tiêu đề ### (tên phần).")
                return
            target = values["sections"][-1]["points"]
            path = ("sections", len(values["sections"]) - 1, "points")
        else:
            target = values[self.current]
            path = (self.current,)
        item = _ITEM.match(line)
        if item and (hashes := _HASHES.match(item.group(1))):
            # "- # Chi bộ …": the page showed the point as a heading, a second page title, its words
            # in the table of contents.
            self.tell(line_no, "B106", f"Ý bắt đầu bằng '{hashes.group(1)}' thành một tiêu đề trong danh sách trên trang: "
                                       "xóa dấu # ở đầu ý.")
        if item:
            self.at[path + (len(target),)] = (line_no, 3)
            # A point's own "a) " would be doubled where the site and the DOCX letter points.
            target.append(NUMBERING.sub("", item.group(1)) if self.current == "sections" else item.group(1))
            self.last_item = (target, len(target) - 1)
        elif _table_row(raw):
            # A table pasted into a list of points, in Markdown or as Word's cells apart by tabs:
            # told once, at its first row, not once a row.
            tabbed = not raw.lstrip().startswith("|")
            if not (i and _table_row(rows[i - 1])):
                pasted = " (các ô cách nhau bằng Tab: một bảng dán từ Word)" if tabbed else ""
                self.tell(line_no, "B103", f"Đề cương không dùng bảng ở mục này{pasted}: viết mỗi hàng của bảng thành "
                                           "một ý, một dòng bắt đầu bằng '- ' (các ô của hàng nối bằng dấu phẩy hay dấu hai chấm).")
                target.append(TOLD)
            self.last_item = None
        elif _EMPTY_ITEM.fullmatch(line.strip()):
            # "- " alone: an item begun and left empty, not a line that lacks its dash.
            self.tell(line_no, "B103", "Ý trống (dòng chỉ có dấu đầu dòng): xóa dòng này, hoặc viết nội dung của ý sau dấu.")
            self.last_item = None
        elif raw.startswith(("  ", "\t")) and self.last_item is not None and (_NESTED.match(line.strip()) or word_sub_bullet(line)):
            # Markdown would show a sub-list; the outline has no level below a point, and joining it
            # into the point above would lose the editor's structure without a word.
            self.tell(line_no, "B103", "Ý con (dòng thụt vào bắt đầu bằng '- ', hay 'o' của Word) chưa dùng được: mỗi ý là một dòng "
                                       "'- ' không thụt vào; viết ý con thành một ý riêng hoặc nối vào câu của ý trên.")
        elif raw.startswith(("  ", "\t")) and self.last_item is not None:
            container, index = self.last_item
            container[index] += " " + line.strip()
        elif raw[:1] in (" ", "\t") and _ITEM.match(line.strip()):
            # "\t- Ý một" as a section's first point: it does begin with "- ", after the indent.
            self.tell(line_no, "B103", "Dòng ý này bị thụt vào (dấu cách hoặc Tab trước '- '): xóa phần thụt "
                                       "để dòng bắt đầu ngay bằng '- ' (hoặc '1. ').")
            target.append(TOLD)
            self.last_item = None
        elif lettered := _LETTERED.match(line):
            # "b) Chi bộ …", numbered as a document numbers sub-points: a point meant, not the rest
            # of the one above (and not one point too few).
            letter = lettered.group(1)
            place = _LETTERS.find(letter[0]) + 1
            number = ("'- '" if self.current != "questions" else f"số: '{place}. '" if place else "số: '1. ', '2. '…")
            self.tell(line_no, "B103", f"{self.shape()}; dòng này đánh số bằng chữ {letter!r}: thay bằng {number}.")
            target.append(TOLD)
            self.last_item = None
        elif (mark := WORD_BULLET.match(line) or _DASH_TYPED.match(line)) and not raw[:1].isspace():
            # Word's bullet ("•", "–") named: the editor sees one, and was told only that a dash was
            # wanted (or, under a point, to join the line to it).
            self.tell(line_no, "B107", f"{self.shape()}; dòng này bắt đầu bằng dấu đầu dòng của Word {mark.group(1)!r}: thay bằng '- '.")
            target.append(TOLD)  # told here: not again as a section with too few points
            self.last_item = None
        elif _DASH_GLUED.match(line) and not raw[:1].isspace():
            # "-Mỗi đảng viên…": told to add "- " at the start, the editor wrote "- -Mỗi…".
            self.tell(line_no, "B103", f"{self.shape()}; dòng này có dấu gạch liền chữ: thêm một dấu cách sau dấu gạch "
                                       f"(‘- {' '.join(line.lstrip()[1:].split()[:4])}…’).")
            target.append(TOLD)
            self.last_item = None
        elif self.last_item is not None and word_sub_bullet(line):
            # Word's second-level bullet under a point, not indented: told to add "- ", the editor
            # wrote "- o Lập kế hoạch …", which passed and printed the stray "o".
            self.tell(line_no, "B103", "Dòng bắt đầu bằng ‘o’ (dấu ý con của Word): bỏ chữ ‘o’, rồi viết thành một ý riêng "
                                       "bắt đầu bằng '- ', hoặc nối vào câu của ý trên.")
            self.last_item = None
        elif self.last_item is not None and rows[i - 1].strip():
            # A long point wrapped by the editor's own hand: the line under it, not indented, was told
            # "mỗi ý là một dòng bắt đầu bằng '- '" as if a point were missing its dash.
            self.tell(line_no, "B103", "Dòng này không bắt đầu bằng '- ' nên không phải một ý: nếu nó là phần "
                                       "tiếp của ý ở dòng trên, nối nó vào cuối dòng trên (mỗi ý viết trên một dòng); nếu là một ý "
                                       "mới, thêm '- ' ở đầu dòng.")
            self.last_item = None
        else:
            self.tell(line_no, "B103", f"{self.shape()}.")
            target.append(TOLD)  # told here: not again as a section with too few points
            self.last_item = None

    def shape(self) -> str:
        """How a line of the current section of points is written."""
        if self.current == "questions":
            return "Ở mục Câu hỏi thảo luận mỗi câu hỏi là một dòng đánh số '1. ', '2. ' (hoặc bắt đầu bằng '- ')"
        return "Ở mục này mỗi ý là một dòng bắt đầu bằng '- ' (hoặc '1. ')"

    def tell_missing(self, end_line: int):
        order = list(TOPIC_SECTIONS.items())
        for i, (title, name) in enumerate(order):
            if name not in self.seen and name not in self.suggested:
                # Where it goes: before the next section there is, else after the one before it.
                after = next(((t, self.seen[n]) for t, n in order[i + 1:] if n in self.seen), None)
                before = next(((t, self.seen[n]) for t, n in reversed(order[:i]) if n in self.seen), None)
                where = (f": thêm mục này ngay trên dòng {after[1]} ('## {after[0]}')" if after else
                         f": thêm mục này sau mục '## {before[0]}' (dòng {before[1]}), ở cuối tệp" if before else "")
                # Told where it goes (before the next section's heading; at the file's end after the
                # last one), as GitHub's annotation lands: not at the end of a file where it is not.
                self.tell(after[1] if after else end_line, "B101", f"Thiếu mục '## {title}'{where}.")


def parse_body(body: str, first_line: int, rel: str):
    """Return (values, positions, problems) for the body fields of a Topic."""
    reader = _Reader(rel, first_line)
    rows = body.split("\n")
    for i in range(len(rows)):
        reader.read(rows, i)
    reader.close_paragraph()
    # On the body's last line, not the empty one a final newline opens.
    reader.tell_missing(first_line + body.rstrip("\n").count("\n"))
    return reader.values, reader.at, reader.problems


def front_value(value) -> str:
    import yaml

    # libyaml's emitter: the pure-Python one cost about a millisecond per outline on every build.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    dumped = yaml.dump(value, Dumper=dumper, allow_unicode=True, default_flow_style=True, width=10_000).strip()
    return dumped.removesuffix("\n...").strip()


def to_markdown(topic: Topic) -> str:
    """The canonical Markdown form of a topic outline (what editors write)."""
    lines = ["---"]
    for f, _spec in yaml_fields(Topic):
        value = getattr(topic, f.name)
        if value in (None, [], ""):
            continue
        lines.append(f"{f.name}: {front_value(value)}")
    lines += ["---", "", "## Mục đích", "", topic.purpose, "", "## Yêu cầu", ""]
    lines += [f"- {r}" for r in topic.requirements]
    lines += ["", "## Nội dung", ""]
    for section in topic.sections:
        lines += [f"### {section.heading}", ""]
        lines += [f"- {p}" for p in section.points]
        lines.append("")
    lines += ["## Câu hỏi thảo luận", ""]
    lines += [f"{i}. {q}" for i, q in enumerate(topic.questions, 1)]
    lines += ["", "## Kết luận dự kiến", "", topic.conclusion, ""]
    return "\n".join(lines)
