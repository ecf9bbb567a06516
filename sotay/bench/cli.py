"""`python -m sotay bench`: run the benchmarks and print their tables."""

from __future__ import annotations

import sys
from importlib import import_module

ALL = ("refs", "build", "search", "export")


def register(sub):
    p = sub.add_parser("bench", help="đo hiệu năng: dựng trang, trích dẫn, tìm kiếm, xuất tệp (so với mốc đo cùng lượt)")
    # No `choices=` here: argparse rejects a list default with choices on nargs="*" (bpo-9625).
    p.add_argument("which", nargs="*", default=list(ALL), metavar="PHÉP_ĐO", help="refs, build, search, export (mặc định: tất cả)")
    p.add_argument("--sizes", default="100,1000,5000", help="số đề cương cho phép đo dựng trang")
    p.set_defaults(fn=run)


def run(args) -> int:
    unknown = [name for name in args.which if name not in ALL]
    if unknown:
        print(f"bench: không có phép đo {', '.join(unknown)}; chọn trong {', '.join(ALL)}", file=sys.stderr)
        return 2
    sizes = tuple(int(x) for x in args.sizes.split(","))
    for name in args.which:
        module = import_module(f"sotay.bench.{name}")
        print(module.run(sizes) if name == "build" else module.run(), flush=True)
        print(flush=True)
    return 0
