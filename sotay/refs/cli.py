"""`python -m sotay refs PATH...`: list the references in files (or `-` for stdin)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..diagnostics import RULES, diag, render
from ..paths import add_content_option
from ..source import line_cols
from ..verbatim import covers, hidden_or_code


def register(sub):
    p = sub.add_parser("refs", help="tìm và kiểm tra trích dẫn văn bản trong tệp (dùng - cho đầu vào chuẩn)")
    p.add_argument("paths", nargs="+",
                   help="tệp hoặc thư mục cần đọc (mọi tệp .md, .yml, .txt trong đó; tệp nội dung: "
                        "các trường văn bản, như check đọc); - là đầu vào chuẩn")
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help="text: từng dòng tệp:dòng:cột: MÃ thông báo (mặc định); json: mỗi trích dẫn tìm được một đối tượng")
    add_content_option(p, help="thư mục nội dung chứa sổ văn bản (mặc định: content/)")
    p.set_defaults(fn=run)


def run(args) -> int:
    from ..content import load
    from ..registry import Registry
    from .resolve import check, grounds

    corpus = load(args.content)
    registry = Registry.of(corpus)
    held = _content_texts(corpus)
    paths, unreadable = _expanded(args.paths)
    rows, problems = [], []
    for path in paths:
        found = held(path)
        if found is False:
            continue
        text, where, item = found or (_read(path), None, None)
        if text is None:
            unreadable = True
            continue
        locate = line_cols(text)
        # A content file's code and comments, which `check` leaves alone (citations.content_citations).
        hidden = hidden_or_code(text) if where else None
        for c in check(text, registry, grounds(item)):
            if hidden and covers(hidden, c.start):
                continue
            span = None
            if where:
                span, offset = where(c.start)
                line, col = span.locate(offset)
            else:
                line, col = locate(c.start)
            rows.append({"path": path, "line": line, "column": col, **c.to_dict()})
            problems += [diag(path, line, col, p.code, p.told_in(span and span.path)) for p in c.problems]
    errors = sum(RULES[p.code].severity == "error" for p in problems)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        if problems:
            print(render(problems))
        sys.stdout.flush()  # the count after the problems, as `check` writes it: silence read as nothing found
        print(f"{len(rows)} trích dẫn, {errors} lỗi, {len(problems) - errors} cảnh báo.", file=sys.stderr)
    if unreadable:
        return 2
    return 1 if errors else 0


def _content_texts(corpus):
    """For a path: the text fields of the content file it names, as `check` reads them (the front
    matter's ids and lists are no prose: `refs content/` told 35 problems `check` never saw), with
    the way back to their lines and the item they make; False for a source's record or the vocabulary, which hold no text
    of the site's; None for any other file (one the content model does not read too), read whole."""
    from ..content import VOCABULARY_FILE
    from ..spans import joined, spans

    origins = {(corpus.root.parent / origin.rel).resolve(): (item, origin) for item, origin in corpus.text_origins()}
    records = (corpus.root / "nguon").resolve()
    vocabulary = (corpus.root / VOCABULARY_FILE).resolve()

    def held(path: str):
        if path == "-":
            return None
        file = Path(path).resolve()
        if file in origins:
            item, origin = origins[file]
            return (*joined(spans(origin, body_once=True)), item)
        return False if file == vocabulary or file.is_relative_to(records) else None

    return held


# What a folder given to `refs` holds that is read: text an editor writes; not what tools keep in
# hidden folders (.venv, .cache, .git) nor a built site (`refs .` read a thousand such files).
_TEXT_SUFFIXES = (".md", ".markdown", ".yml", ".yaml", ".txt")
_SKIPPED = {"site", "node_modules", "__pycache__"}


def _expanded(paths: list[str]) -> tuple[list[str], bool]:
    """Each path, a folder as the text files under it, in order; and whether a folder held none."""
    out, empty = [], False
    for path in paths:
        if path == "-" or not Path(path).is_dir():
            out.append(path)
            continue
        found = sorted(str(f) for f in Path(path).rglob("*")
                       if f.suffix.lower() in _TEXT_SUFFIXES and f.is_file()
                       and not any(part.startswith(".") or part in _SKIPPED for part in f.relative_to(path).parts[:-1]))
        if not found:
            print(f"{path}: thư mục không có tệp {', '.join(_TEXT_SUFFIXES)} nào.", file=sys.stderr)
            empty = True
        out += found
    return out, empty


# Why a file does not read, in the words of the rest of the message (the system's are English).
_WHY = {FileNotFoundError: "không có tệp này", IsADirectoryError: "đây là thư mục", PermissionError: "không có quyền đọc"}


def _read(path: str) -> str | None:
    """The text of a file or of standard input (a BOM is not text); None, said on stderr, if unreadable."""
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            print(f"{path}: tệp đang lưu dạng UTF-16 (Notepad gọi là 'Unicode'); hãy lưu lại, chọn bảng mã UTF-8.", file=sys.stderr)
            return None
        return raw.decode("utf-8-sig")
    except OSError as err:
        print(f"{path}: không đọc được tệp ({_WHY.get(type(err), err.strerror or err)}).", file=sys.stderr)
    except UnicodeDecodeError as err:
        print(f"{path}: byte 0x{err.object[err.start]:02x} ở vị trí {err.start} không hợp lệ trong UTF-8; hãy lưu tệp dạng UTF-8.",
              file=sys.stderr)
    return None
