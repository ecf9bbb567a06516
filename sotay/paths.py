"""The repository the package sits in, and the `--content` option every verb that reads content
takes (one declaration, one default, one check that the folder exists)."""

from __future__ import annotations

from pathlib import Path

from .argparse_vi import content_dir

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


def add_content_option(parser, help: str = "thư mục nội dung (mặc định: content/)") -> None:
    parser.add_argument("--content", type=content_dir, default=CONTENT, help=help)
