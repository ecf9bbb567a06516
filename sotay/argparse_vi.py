"""argparse's own words in Vietnamese: usage, help headings and errors an editor or an operator reads.

argparse looks its messages up through a module-level gettext function at the time it writes them;
this replaces that function with a lookup in the table below. Standard library only (scripts/deploy
runs without the project's virtualenv)."""

from __future__ import annotations

import argparse

VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "đối số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "giá trị %(value)r không hợp lệ (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "the following arguments are required: %s": "thiếu đối số bắt buộc: %s",
    "unrecognized arguments: %s": "đối số không nhận ra: %s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng đối số %s",
}


def install() -> None:
    argparse._ = lambda message: VI.get(message, message)


def date_value(text: str):
    """A date given on the command line: YYYY-MM-DD, or as Vietnamese write it, DD/MM/YYYY."""
    import datetime as dt

    try:
        if "/" in text:
            day, month, year = (int(part) for part in text.split("/"))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày {text!r} không đọc được; viết dạng 2026-12-31 hoặc 31/12/2026") from None


def content_dir(text: str):
    """A content folder given on the command line: it must exist (a typo is told, not a traceback)."""
    from pathlib import Path

    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"không có thư mục nội dung {text!r}")
    return path
