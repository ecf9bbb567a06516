"""Markdown files with YAML front matter: split, keeping line numbers."""

from __future__ import annotations

from .diagnostics import Diagnostic, diag
from .source import Located, parse_yaml


def split(text: str, rel: str) -> tuple[Located | None, str, int, list[Diagnostic]]:
    """Return (front matter, body, first body line, problems)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, "", 1, [diag(rel, 1, 1, "Y002", "Tệp phải bắt đầu bằng dòng --- rồi đến phần đầu (front matter).")]
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        return None, "", 1, [diag(rel, 1, 1, "Y002", "Không thấy dòng --- đóng phần đầu (front matter).")]
    located, problems = parse_yaml("\n".join(lines[1:end]), rel, line_offset=1)
    body = "\n".join(lines[end + 1:])
    if located is not None and not isinstance(located.data, dict):
        problems.append(diag(rel, 2, 1, "Y006", "Phần đầu phải là các dòng `tên trường: giá trị`."))
        located = None
    return located, body, end + 2, problems
