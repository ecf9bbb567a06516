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


# What each value is, in the usage lines, the help and the errors ("thiếu đối số bắt buộc: LOẠI,
# TIÊU_ĐỀ"): argparse names a value by its English dest ("--root ROOT", "kind, title").
METAVARS = {"kind": "LOẠI", "title": "TIÊU_ĐỀ", "paths": "ĐƯỜNG_DẪN", "target": "ĐƯỜNG_DẪN_HOẶC_MÃ", "output": "TỆP",
            "content": "THƯ_MỤC", "site_dir": "THƯ_MỤC", "site_url": "ĐỊA_CHỈ", "config": "TỆP", "out": "THƯ_MỤC",
            "signing_key": "TỆP_KHÓA", "today": "NGÀY", "library": "THƯ_VIỆN", "source": "NGUỒN", "sizes": "CÁC_CỠ",
            "archive": "TỆP_PHÁT_HÀNH", "root": "THƯ_MỤC", "sums": "TỆP", "keep": "SỐ", "allowed_signers": "TỆP"}


def name_values(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Each value's name in Vietnamese (METAVARS), in the parser and its commands; a value with
    choices keeps them listed in its help."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                name_values(sub)
        elif action.metavar is None and action.nargs != 0 and action.dest in METAVARS:
            action.metavar = METAVARS[action.dest]
    return parser


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
