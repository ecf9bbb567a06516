"""The editors' field reference and rule list, generated from the schemas and the rule table.

CONTRIBUTING.md holds a copy between markers (`python -m sotay docs` rewrites it,
a test fails when it is stale); the editors' page in the site is built from the
same functions, so neither can drift from the content model. The GitHub problem
matcher, which sorts the check's lines into errors and warnings, is written from
the same rule table by the same command.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .diagnostics import RULES, WARNING
from .model import (
    Document,
    Form,
    Guidance,
    Library,
    Meeting,
    SampleAgenda,
    Source,
    Topic,
    Vocabulary,
)
from .schema import Int, ListOf, MapOf, Obj, Ref, Roman, Str, Text, specs

# Where each type's files live, as Markdown for the guide.
TYPES = [
    ("Trang hướng dẫn", "`content/huong-dan/<đường-dẫn>.md`", Guidance),
    ("Mô hình sinh hoạt", "`content/mo-hinh/<đường-dẫn>.yml`", Meeting),
    ("Chương trình mẫu", "`content/chuong-trinh/<đường-dẫn>.yml` (hoặc `.md`, như tệp tải về)", SampleAgenda),
    ("Thư viện chuyên đề", "`content/chuyen-de/<thư-viện>/_thu-vien.yml`", Library),
    ("Đề cương chuyên đề", "`content/chuyen-de/<thư-viện>/<đường-dẫn>.md`", Topic),
    ("Văn bản trong sổ văn bản", "`content/van-ban/<mã viết thường, không dấu, \"/\" thành \"-\">.yml`", Document),
    ("Mẫu văn bản để điền (biên bản, nghị quyết, kế hoạch)", "`content/mau/<đường-dẫn>.yml`", Form),
    ("Nguồn", "`content/nguon/<mã>.yml`", Source),
    ("Từ vựng", "`content/tu-vung.yml`", Vocabulary),
]


def _nested(types) -> list[type]:
    """The blocks nested in these types' fields, in the order the guide meets them: read from the
    schemas, so a new block is documented the day it is declared."""
    found: list[type] = []

    def visit(t):
        if isinstance(t, Obj):
            if t.cls not in found:
                found.append(t.cls)
                for _f, s in specs(t.cls):
                    visit(s.type)
        elif isinstance(t, ListOf):
            visit(t.item)
        elif isinstance(t, MapOf):
            visit(t.key)
            visit(t.value)

    for cls in types:
        for _f, s in specs(cls):
            visit(s.type)
    return found


PARTS = _nested(cls for _label, _where, cls in TYPES)
BEGIN, END = "<!-- BẮT ĐẦU: tự sinh từ lược đồ, đừng sửa tay -->", "<!-- KẾT THÚC: tự sinh -->"


def _limits(t) -> str:
    """The bounds the checker enforces (S107), said the way the message will say them."""
    if isinstance(t, Int) and t.lo is not None and t.hi is not None:
        return f", từ {t.lo} đến {t.hi}"
    if isinstance(t, Text):
        return f", ít nhất {t.min_len} ký tự" if t.min_len > 1 else ""
    # A reference or a Roman numeral is bounded by its form; a length would only confuse.
    if isinstance(t, Str) and not isinstance(t, (Ref, Roman)) and t.max_len:
        return f", tối đa {t.max_len} ký tự"
    return ""


def _type_label(t) -> str:
    if isinstance(t, Obj):
        return f"khối `{t.cls.__name__}`"
    if isinstance(t, ListOf) and isinstance(t.item, Obj):
        return f"danh sách khối `{t.item.cls.__name__}`" + (f" (ít nhất {t.min_items})" if t.min_items else "")
    if isinstance(t, ListOf):
        each = _limits(t.item).removeprefix(", ")
        return t.label + (f" (ít nhất {t.min_items})" if t.min_items else "") + (f", mỗi mục {each}" if each else "")
    if isinstance(t, MapOf):
        return t.label
    return t.label + _limits(t)


def _cell(text: str) -> str:
    """A table cell's text: a "|" in it (B113's ‘|---|’) ended the cell, and the row lost the rest."""
    return text.replace("|", "\\|")


def _table(cls) -> str:
    rows = ["| Trường | Bắt buộc | Kiểu | Ý nghĩa |", "|---|---|---|---|"]
    for f, s in specs(cls):
        if s.source == "path":
            continue
        where = ""
        if s.source == "body":
            # A guidance page's body is all the Markdown after the front matter; a topic's fields are its ## sections.
            where = " (toàn bộ phần sau dòng `---` đóng phần đầu)" if f.name == "body" else " (mục `##` trong thân bài)"
        rows.append(f"| `{f.name}` | {'có' if s.required else ''} | {_type_label(s.type)}{where} | {_cell(s.doc)} |")
    return "\n".join(rows)


def field_reference() -> str:
    parts = []
    for label, where, cls in TYPES:
        derived = [f"`{f.name}`" for f, s in specs(cls) if s.source == "path"]
        note = f" Lấy từ tên tệp/thư mục: {', '.join(derived)}." if derived else ""
        parts.append(f"### {label}\n\nTệp {where}.{note}\n\n{_table(cls)}")
    parts.append("### Các khối lồng bên trong\n")
    for cls in PARTS:
        parts.append(f"#### `{cls.__name__}`\n\n{_table(cls)}")
    return "\n\n".join(parts)


def rules_reference() -> str:
    rows = ["| Mã | Mức | Ý nghĩa |", "|---|---|---|"]
    rows += [f"| `{r.code}` | {'lỗi' if r.severity == 'error' else 'cảnh báo'} | {_cell(r.summary)} |" for r in RULES.values()]
    return "\n".join(rows)


def generated_block() -> str:
    return (f"{BEGIN}\n\n## Tham chiếu các trường\n\n{field_reference()}\n\n"
            f"## Mã lỗi của `make check`\n\n{rules_reference()}\n\n{END}")


def fill(text: str) -> str:
    """CONTRIBUTING.md text with its generated block brought up to date."""
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        return text.rstrip() + "\n\n" + generated_block() + "\n"
    return pattern.sub(lambda m: generated_block(), text)


def problem_matcher() -> str:
    """.github/sotay-problem-matcher.json: one pattern for the warning codes, one for the rest."""
    warnings = "|".join(sorted(code for code, rule in RULES.items() if rule.severity == WARNING))
    def matcher(owner, severity, code):
        return {"owner": owner, "severity": severity,
                "pattern": [{"regexp": rf"^([^:\s][^:]*):(\d+):(\d+): {code} (.*)$",
                             "file": 1, "line": 2, "column": 3, "code": 4, "message": 5}]}
    matchers = [matcher("sotay-check-warning", "warning", f"({warnings})"),
                matcher("sotay-check", "error", rf"((?!{warnings})[A-Z]\d{{3}})")]
    return json.dumps({"problemMatcher": matchers}, ensure_ascii=False, indent=2) + "\n"


def register(sub):
    p = sub.add_parser("docs", help="viết lại từ lược đồ phần tham chiếu trường và mã lỗi trong CONTRIBUTING.md, các khuôn "
                       "trong mau-moi/ và bộ nhận dạng lỗi cho GitHub")
    p.add_argument("--check", action="store_true", help="chỉ kiểm tra, báo lỗi nếu một trong các tệp ấy đã cũ")
    p.set_defaults(fn=_run)


def _run(args) -> int:
    from .paths import ROOT
    from .scaffold import template_files

    outputs = {Path(ROOT) / "CONTRIBUTING.md": fill, Path(ROOT) / ".github" / "sotay-problem-matcher.json": lambda _: problem_matcher()}
    outputs |= {Path(ROOT) / "mau-moi" / name: (lambda _, text=text: text) for name, text in template_files(Path(ROOT) / "content").items()}
    stale = []
    for path, make in outputs.items():
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        updated = make(current)
        if updated == current:
            continue
        stale.append(path.name)
        if not args.check:
            path.parent.mkdir(exist_ok=True)
            path.write_text(updated, encoding="utf-8")
    if args.check and stale:
        print(f"{', '.join(stale)} chưa cập nhật theo lược đồ, bảng mã lỗi và các mẫu: chạy python -m sotay docs.")
        return 1
    return 0
