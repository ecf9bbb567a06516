"""`python -m sotay export PATH-OR-ID --format docx|md|txt -o FILE`."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from ..paths import add_content_option


def register(sub):
    p = sub.add_parser("export", help="xuất một đề cương, chương trình mẫu, chương trình của một mô hình sinh hoạt (DOCX, "
                       "Markdown hoặc văn bản thuần) hoặc một mẫu văn bản như biên bản (DOCX hoặc văn bản thuần)")
    p.add_argument("target",
                   help="mã trang như chuyen-de/thu-vien-chung/bien-ban-dien-tu (biểu mẫu: mau/bien-ban-sinh-hoat-chi-bo; chương "
                        "trình mẫu: chuong-trinh/sinh-hoat-thuong-ky; chương trình của mô hình: mo-hinh/trung-tam-doi-soat), hoặc "
                        "tệp nội dung: đường dẫn tính từ "
                        "thư mục nội dung (chuyen-de/thu-vien-chung/bien-ban-dien-tu.md), từ thư mục hiện tại, hoặc đường dẫn tuyệt đối")
    p.add_argument("--format", choices=["docx", "md", "txt"], default="docx", help="docx (mặc định), md hoặc txt")
    p.add_argument("-o", "--output", type=Path, required=True, help="tệp kết quả (- để in ra màn hình, trừ docx)")
    add_content_option(p)
    p.set_defaults(fn=run)


def run(args) -> int:
    from ..content import load
    from ..diagnostics import render
    from ..registry import Registry
    from .cache import MAKERS
    from .items import ExportContext, exportables, lookup
    from .plain import to_text

    corpus = load(args.content)
    errors = [d for d in corpus.problems if d.is_error]
    if errors:
        print(render(errors), file=sys.stderr)
        return 1
    try:
        exp = lookup(corpus, args.target)
    except KeyError:
        known = ", ".join(sorted(e.key for e in exportables(corpus))[:5])
        print(f"Không có đề cương, chương trình hay mẫu {args.target!r} (ví dụ: {known}...).", file=sys.stderr)
        return 2
    if args.format == "md" and exp.kind == "form":
        print("Mẫu chỉ xuất ra docx hoặc txt: nội dung của mẫu là tệp YAML trong content/mau.", file=sys.stderr)
        return 2
    ctx = ExportContext(corpus, Registry.build(corpus.documents))
    data = {**MAKERS, "txt": lambda e, c: to_text(e, c).encode("utf-8")}[args.format](exp, ctx)
    if str(args.output) == "-":
        if args.format == "docx":
            print("DOCX là tệp nhị phân: hãy ghi ra tệp với -o TÊN.docx.", file=sys.stderr)
            return 2
        sys.stdout.write(data.decode())
    else:
        try:
            args.output.write_bytes(data)
        except OSError as err:
            why = {errno.ENOENT: "thư mục chứa tệp này không tồn tại", errno.EISDIR: "đó là một thư mục, hãy ghi thêm tên tệp",
                   errno.EACCES: "không có quyền ghi"}.get(err.errno, err.strerror or str(err))
            print(f"Không ghi được tệp {str(args.output)!r}: {why}.", file=sys.stderr)
            return 1
    return 0
