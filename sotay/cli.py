"""Command line: thin verbs over the core. `python -m sotay --help` lists them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .paths import ROOT, add_content_option


def cmd_check(args) -> int:
    from . import check
    from .diagnostics import render

    result = check.run(args.content, args.content.resolve().parent)
    out = render(result.diagnostics, args.format)
    if out:
        print(out)
    errors, warnings = len(result.errors), len(result.diagnostics) - len(result.errors)
    if args.format == "text":
        sys.stdout.flush()  # the count after the problems it counts, where both streams go to one log
        print(f"{errors} lỗi, {warnings} cảnh báo.", file=sys.stderr)
    return 1 if errors else 0


def cmd_build(args) -> int:
    from .build import build

    return build(args.site_dir, site_url=args.site_url, offline=args.offline, config=args.config)


def utf8_out() -> None:
    """Messages are Vietnamese: written as UTF-8 wherever they go. Redirected to a file on Windows
    (or under a legacy locale), Python's default encoding cannot write "lỗi", and the check ended
    in a traceback instead of its report."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def main(argv=None) -> int:
    from .argparse_vi import install, name_values

    utf8_out()  # here, not in __main__: the `sotay` console script starts at main()
    install()
    parser = argparse.ArgumentParser(prog="python -m sotay", description="Sổ tay sinh hoạt chi bộ: công cụ cho nội dung và trang web.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")

    p = sub.add_parser("check", help="kiểm tra toàn bộ nội dung (lược đồ, NFC, sổ văn bản, trích dẫn, liên kết, an toàn)")
    add_content_option(p)
    p.add_argument("--format", choices=["text", "json", "github", "gitlab"], default="text",
                   help="text: từng dòng tệp:dòng:cột: MÃ thông báo (mặc định); json; github: chú thích cho GitHub; "
                        "gitlab: báo cáo Code Quality")
    p.set_defaults(fn=cmd_check)

    p = sub.add_parser("build", help="dựng trang web vào site/ (dựng ở thư mục tạm rồi thay thế)")
    p.add_argument("--site-dir", type=Path, default=ROOT / "site", help="thư mục kết quả (mặc định: site/)")
    p.add_argument("--site-url", default=None, help="địa chỉ gốc của trang, ví dụ http://may-chu/so-tay/")
    p.add_argument("--offline", action="store_true", help="bản mở trực tiếp từ tệp (file://)")
    p.add_argument("--config", type=Path, default=None, help="tệp mkdocs.yml (mặc định: của dự án)")
    p.set_defaults(fn=cmd_build)

    for register in _extensions(sys.argv[1:] if argv is None else argv):
        register(sub)

    args = name_values(parser).parse_args(argv)
    return args.fn(args)


def _extensions(argv: list[str]) -> list:
    """Verbs added by later modules register themselves here."""
    from . import commands

    return commands.registrars(argv)
