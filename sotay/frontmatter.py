"""Markdown files with YAML front matter: split, keeping line numbers."""

from __future__ import annotations

import re

from .diagnostics import Diagnostic, diag
from .source import Located, parse_yaml

# Lines a front matter is made of: a field, a list item or a value's indented continuation, a comment.
_FIELD = re.compile(r"^[A-Za-z_][\w-]*\s*:(?:\s|$)")
_PART_OF_FIELD = re.compile(r"^(?:\s+\S|-\s|#)")


def split(text: str, rel: str, recover: bool = False) -> tuple[Located | None, str, int, list[Diagnostic]]:
    """Return (front matter, body, first body line, problems); `recover` as parse_yaml's."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        if lines and lines[0].strip() in _DASHES:
            return None, "", 1, [diag(rel, 1, 1, "Y002", f"Dòng 1 là dấu gạch dài '{lines[0].strip()}' mà Word tự đổi từ '---': viết "
                                                          "lại ba dấu gạch ngang '---' để mở phần đầu (front matter).")]
        return None, "", 1, [diag(rel, 1, 1, "Y002", "Tệp phải bắt đầu bằng dòng --- rồi đến phần đầu (front matter).")]
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        return None, "", 1, [_unclosed(lines, rel)]
    located, problems = parse_yaml("\n".join(lines[1:end]), rel, line_offset=1, recover=recover)
    body = "\n".join(lines[end + 1:])
    if located is not None and not isinstance(located.data, dict):
        problems.append(diag(rel, 2, 1, "Y006", "Phần đầu phải là các dòng `tên trường: giá trị`."))
        located = None
    return located, body, end + 2, problems


_DASHES = ("—", "–", "——", "—-", "–-", "-–", "−−−", "―")


def _unclosed(lines: list[str], rel: str) -> Diagnostic:
    """A front matter whose closing --- is missing, told on its last field's line: the fields run
    from the opening --- to the first blank line or line of body text."""
    last = None
    for i, line in enumerate(lines[1:], 1):
        if _FIELD.match(line):
            last = i
        elif not line.strip() or not _PART_OF_FIELD.match(line):
            break
        elif not line.startswith("#") and last is not None:
            last = i  # the field's value goes on: its list items, its wrapped lines
    # Word's AutoCorrect turns a typed "---" into a dash ("—", "–"): told as what it is, where it is.
    dash = last + 1 if last is not None and last + 1 < len(lines) and lines[last + 1].strip() in _DASHES else None
    if dash is not None:
        return diag(rel, dash + 1, 1, "Y002", f"Dòng {dash + 1} là dấu gạch dài {lines[dash].strip()!r} mà Word tự đổi từ '---': "
                                              "viết lại ba dấu gạch ngang '---' để đóng phần đầu (front matter).")
    if last is None:
        return diag(rel, 1, 1, "Y002", "Không thấy dòng --- đóng phần đầu (front matter): sau dòng --- đầu tệp, viết các dòng "
                                       "`tên trường: giá trị`, rồi một dòng --- để đóng phần đầu, trước nội dung trang.")
    return diag(rel, last + 1, 1, "Y002", f"Không thấy dòng --- đóng phần đầu (front matter): thêm một dòng --- ngay sau dòng "
                                         f"{last + 1} ({lines[last].strip()[:60]!r}), dòng cuối của phần đầu.")
