"""`python -m sotay new KIND "Tiêu đề"`: a valid, filled-in file in the right place.

The file passes `make check` as written; the editor replaces the placeholder
text, the source and the references with real ones. Until then a marker line
(a YAML comment) keeps the check warning (T101) that the file is still a
template: its sources and references are real ids next to placeholder text.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import sys
from pathlib import Path, PurePosixPath

from .check import rule_pass
from .diagnostics import diag
from .paths import add_content_option
from .suggest import meant
from .text import clean, slugify, vn_today

KINDS = ("guidance", "meeting", "agenda", "library", "topic")
MARK = "# MẪU CHƯA SỬA:"
# Kept by T101 until the editor deletes it: the template's ids are real ones and would pass.
SOURCE_REMINDER = "# Thay bằng mã nguồn thật trong content/nguon"
MARK_LINE = f"{MARK} thay chữ mẫu, nguồn (sources) và văn bản (references) bằng nội dung thật, rồi xóa dòng này.\n"
MARK_LINE_NO_REFERENCES = f"{MARK} thay chữ mẫu và nguồn (sources) bằng nội dung thật, rồi xóa dòng này.\n"


# The template's text an editor must replace, as `_p` registers it while the templates render: T101
# finds it in a file as a whole line (its list marker, heading marks, key and quotes aside), and a
# sentence of six words or more anywhere.
_PLACEHOLDERS: dict[str, bool] = {}
# A short placeholder is looked for only in files of its template's kind, where `make new` puts them
# ("mo-hinh/*.yml"): the agenda's "Nội dung chính" is a guide's fair heading, its "Người được phân
# công" a meeting model's fair step. The place of the one being rendered, while `placeholders` runs.
_PLACES: dict[str, set[str]] = {}
_rendering: list[str] = []


def _p(text: str, anywhere: bool = False) -> str:
    _PLACEHOLDERS[text] = anywhere or len(text.split()) >= 6
    if _rendering:
        _PLACES.setdefault(text, set()).add(_rendering[-1])
    return text


@functools.cache
def placeholders() -> dict[str, bool]:
    """Every placeholder of every template: text -> whether it is found inside a line too."""
    for kind, make in TEMPLATES.items():  # all of them, whichever one a caller rendered before
        _rendering.append(target(Path(), kind, "*", "*").as_posix())
        try:
            make("", "", "", "")
        finally:
            _rendering.pop()
    for title in TEMPLATE_TITLE.values():  # the files' titles, which `make new` takes from the editor
        _p(title)
    return dict(_PLACEHOLDERS)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _guidance(title, today, source, reference):
    return f"""---
{MARK_LINE}title: {_q(title)}
summary: {_p("Một hai câu cho người đọc biết trang này giúp họ làm việc gì.")}
audience: [bi-thu, chi-uy]
tags: []
reviewed: {today}
{SOURCE_REMINDER} (mỗi dữ kiện trong trang phải có nguồn).
sources: [{source}]
references: [{reference}]
related: []
---

## Vì sao cần làm

{_p("Viết bằng lời của mình vì sao chi bộ cần làm việc này, dựa vào nguồn đã ghi ở trên.")}
{_p("Không chép nguyên văn bài viết; nếu cần trích thì đưa câu trích vào trường quotes kèm mã nguồn.")}

## Các bước

1. {_p("Bước thứ nhất: ai làm, làm khi nào.")}
2. {_p("Bước thứ hai.")}
3. {_p("Bước thứ ba.")}

## Lưu ý

- {_p("Điều hay bị làm sai và cách tránh.")}
"""


def _meeting(title, today, source, reference):
    return f"""# Mô hình sinh hoạt: cách làm thật của một chi bộ và chương trình mẫu. Các trường: CONTRIBUTING.md, mục Mô hình sinh hoạt.
{MARK_LINE}title: {_q(title)}
summary: {_p("Một hai câu về điều đáng học ở chi bộ này.")}
cell:
  name: {_p("Chi bộ ...")}
  parent: {_p("Đảng ủy ...")}
  # members, year, province: chỉ ghi khi nguồn có.
practices:
  - title: {_p("Cách làm thứ nhất")}
    text: {_p("Mô tả cách làm bằng lời của mình, theo bài viết ghi ở sources.")}
  - title: {_p("Cách làm thứ hai")}
    text: {_p("Mô tả cách làm bằng lời của mình.")}
results:
  - {_p("Kết quả như nguồn ghi.")}
lessons:
  - {_p("Bài học rút ra.")}
agenda:
  kind: thuong-ky
  basis: goi-y
  note: Các bước dựng từ những cách làm bài viết nêu {_p("(kể ra ở đây)", anywhere=True)}; thứ tự và thời lượng là gợi ý.
  items:
    - title: Khai mạc, điểm danh, thông qua chương trình
      minutes: 5
      lead: Bí thư chi bộ
      record: Số đảng viên có mặt, vắng mặt có lý do, không lý do.
    - title: Thảo luận
      minutes: 60
      lead: Bí thư chi bộ điều hành
      record: Ý kiến của từng đảng viên.
    - title: Kết luận, biểu quyết
      minutes: 25
      lead: Bí thư chi bộ
      record: Nội dung kết luận và kết quả biểu quyết.
{SOURCE_REMINDER}.
sources: [{source}]
references: [{reference}]
reviewed: {today}
"""


def _agenda(title, today, source, reference):
    return f"""# Chương trình mẫu để chi bộ sao chép. Các trường: CONTRIBUTING.md, mục Chương trình mẫu.
{MARK_LINE}title: {_q(title)}
summary: {_p("Một hai câu cho biết chương trình dùng cho buổi nào, kéo dài bao lâu.")}
kind: thuong-ky
audience: [bi-thu, chi-uy]
items:
  - title: Khai mạc, điểm danh, thông qua chương trình
    minutes: 5
    lead: Bí thư chi bộ
    record: Số đảng viên có mặt, vắng mặt có lý do, không lý do.
  - title: {_p("Nội dung chính")}
    minutes: 70
    lead: {_p("Người được phân công")}
    record: {_p("Ý kiến phát biểu.")}
  - title: Kết luận, bế mạc
    minutes: 15
    lead: Bí thư chi bộ
    record: Kết luận và kết quả biểu quyết.
notes: []
related: []
{SOURCE_REMINDER}.
sources: [{source}]
references: [{reference}]
reviewed: {today}
"""


def _library(title, today, source, reference):
    return f"""# Thư viện chuyên đề: mỗi thư viện một thư mục, mỗi đề cương một tệp .md. Các trường: CONTRIBUTING.md, mục Thư viện chuyên đề.
{MARK_LINE_NO_REFERENCES}title: {_q(title)}
owner: {_p("Chi bộ ...")}
summary: {_p("Thư viện này gồm những chuyên đề nào, do ai xây dựng.")}
notes: []
{SOURCE_REMINDER}.
sources: [{source}]
reviewed: {today}
"""


def _topic(title, today, source, reference):
    return f"""---
{MARK_LINE}title: {_q(title)}
category: xay-dung-dang
presenter: Đảng viên được phân công chuẩn bị
duration: 90
references: [{reference}]
{SOURCE_REMINDER}.
sources: [{source}]
tags: []
reviewed: {today}
---

## Mục đích

{_p("Chuyên đề giúp chi bộ hiểu điều gì và làm được việc gì sau buổi sinh hoạt.")}

## Yêu cầu

- {_p("Yêu cầu thứ nhất.")}
- {_p("Yêu cầu thứ hai.")}

## Nội dung

### {_p("Phần thứ nhất")}

- {_p("Ý thứ nhất.")}
- {_p("Ý thứ hai.")}

### {_p("Phần thứ hai")}

- {_p("Ý thứ nhất.")}

### {_p("Phần thứ ba")}

- {_p("Ý thứ nhất.")}

### {_p("Phần thứ tư")}

- {_p("Ý thứ nhất.")}

## Câu hỏi thảo luận

1. {_p("Câu hỏi thứ nhất?")}
2. {_p("Câu hỏi thứ hai?")}
3. {_p("Câu hỏi thứ ba?")}

## Kết luận dự kiến

{_p("Chi bộ thống nhất những việc cần làm, người thực hiện và thời hạn.")}
"""


# What a line holds before its text: indentation, a list marker or number, heading marks, a key.
_LINE_MARKUP = re.compile(r"^\s*(?:[-*]\s+|\d+\.\s+|#{1,6}\s+)?(?:[A-Za-z_]+:\s+)?")


@rule_pass
def template_rules(corpus, registry):
    """T101: a file that still carries the template's marker line, or its placeholder text."""
    from .source import line_col

    found = []
    for rel, text in corpus.texts.items():
        at = text.find(MARK)
        if at >= 0:
            found.append(diag(rel, *line_col(text, at), "T101",
                              "Tệp vẫn là mẫu (của `make new` hay thư mục mau-moi/): thay chữ mẫu, nguồn và văn bản "
                              "bằng nội dung thật, rồi xóa dòng này."))
            continue
        found.extend(diag(rel, line, col, "T101", f"Còn chữ mẫu ({phrase!r}): thay bằng nội dung thật.")
                     for line, col, phrase in _placeholders_in(text, rel))
        # The template's sources and references are real ids (so that it checks), and pass for the
        # editor's own once the text is rewritten: its reminder line stays until they were looked at.
        at = text.find(SOURCE_REMINDER)
        if at >= 0:
            found.append(diag(rel, *line_col(text, at), "T101",
                              "Còn dòng nhắc của mẫu: mã nguồn (sources) và văn bản (references, nếu có) mẫu có thể chưa được thay; "
                              "ghi nguồn, văn bản thật của trang rồi xóa dòng này."))
    return found


def _placeholders_in(text: str, rel: str):
    """(line, column, placeholder) for each line of the text (of the file at `rel`) that holds one."""
    known = placeholders()
    path = PurePosixPath(rel)
    anywhere = [phrase for phrase, inside in known.items() if inside]
    for number, line in enumerate(text.split("\n"), 1):
        markup = _LINE_MARKUP.match(line).end()
        value = line[markup:].strip().strip("\"'")
        if value in known and any(path.match(place) for place in _PLACES.get(value, {"*"})):
            yield number, markup + 1, value
            continue
        for phrase in anywhere:
            at = line.find(phrase)
            if at >= 0:
                yield number, at + 1, phrase
                break


TEMPLATES = {"guidance": _guidance, "meeting": _meeting, "agenda": _agenda, "library": _library, "topic": _topic}

# The templates as files (mau-moi/), for an editor who works in GitHub's or GitLab's web editor
# and has no `make new`: copied into content/ as they are, they pass the check but for T101.
# Written by `sotay docs` with the same source and document `make new` would name.
TEMPLATE_FILES = {"guidance": "huong-dan.md", "meeting": "mo-hinh.yml", "agenda": "chuong-trinh.yml",
                  "library": "_thu-vien.yml", "topic": "de-cuong.md"}
TEMPLATE_TITLE = {"guidance": "Tiêu đề trang hướng dẫn", "meeting": "Chi bộ ... (tên chi bộ và đơn vị)",
                  "agenda": "Chương trình ...", "library": "Thư viện chuyên đề ...", "topic": "Tên chuyên đề"}
TEMPLATE_DAY = dt.date(2026, 1, 1)  # the file's review date, to replace with the day of the review
# The files name one source whatever sources an editor adds: by sort order, a new source named
# "ba-…" would make the files stale, and an editor's pull request fail a test it cannot mend.
TEMPLATE_SOURCE = "web-luatvietnam-hd42"


def template_files(content: Path) -> dict[str, str]:
    """File name in mau-moi/ -> its text."""
    source, reference = _template_ids(content)
    if (content / "nguon" / f"{TEMPLATE_SOURCE}.yml").is_file():
        source = TEMPLATE_SOURCE
    return {TEMPLATE_FILES[kind]: make(TEMPLATE_TITLE[kind], TEMPLATE_DAY.isoformat(), source, reference)
            for kind, make in TEMPLATES.items()}


def _template_ids(content: Path) -> tuple[str, str]:
    """A real source and document for a template to name (T101 keeps them told until replaced)."""
    sources = sorted(p.stem for p in (content / "nguon").glob("*.yml"))
    documents = sorted(p for p in (content / "van-ban").glob("*.yml"))
    reference = "50-CT/TW-2025"
    if documents and not (content / "van-ban" / "50-ct-tw-2025.yml").is_file():
        import yaml

        for path in documents:
            # A registry file half written (a list, bad YAML, not UTF-8) is the check's to tell.
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                continue
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                reference = data["id"]
                break
    return (sources[0] if sources else "ma-nguon"), reference


def _title_problem(kind: str, title: str) -> str | None:
    """What the check would find wrong in the title as the template writes it (too long, a tab,
    HTML or template syntax), so that the new file passes the check, as the guide says it does."""
    from .model import Guidance, Library, Meeting, SampleAgenda, Topic

    cls = {"guidance": Guidance, "meeting": Meeting, "agenda": SampleAgenda, "library": Library, "topic": Topic}[kind]
    return field_problems(cls, {"title": title})


def field_problems(cls, values: dict) -> str | None:
    """What the check would find wrong in the fields a new file writes from the editor's words, by
    the schema of `cls` and the safety rules, or None."""
    from .safety import _hits
    from .schema import Context, specs
    from .source import Located

    spec_of = dict((f.name, s) for f, s in specs(cls))
    ctx = Context("", Located(values))
    for name, value in values.items():
        spec_of[name].type.check(value, (name,), ctx)
    found = [d.message for d in ctx.problems if d.is_error]
    texts = [text for value in values.values() for text in (value if isinstance(value, list) else [value])]
    found += [message for text in texts for _, code, message in sorted(_hits(text, markup_allowed=False, attr_lists=False))]
    return " ".join(dict.fromkeys(found)) or None


def _title_citations(corpus, title: str) -> str | None:
    """What the reference check would refuse in the title ("Nghị quyết 35 NQ/TW": C106), or None:
    a new file that failed the check the guide says it passes."""
    from .diagnostics import ERROR, RULES
    from .refs import check
    from .registry import Registry

    found = [f"{p.code} {p.message}" for c in check(title, Registry.of(corpus)) for p in c.problems
             if RULES[p.code].severity == ERROR]
    return " ".join(found) or None


def _same_title(corpus, content: Path, kind: str, title: str, library: str | None) -> str | None:
    """The file of a page in the list the new one joins that has its title, as the check compares
    titles (D101), or None: a new file with another page's title would not pass the check."""
    from .content import duplicate_title_key, title_lists

    # A library's own title is one of the libraries'; an outline's, one of its library's.
    folder = "chuyen-de" if kind == "library" else target(content, kind, "x", library).parent.relative_to(content).as_posix()
    key = duplicate_title_key(title)
    for item in title_lists(corpus).get(folder, []):
        if duplicate_title_key(item.title) == key:
            return corpus.origin(item).rel
    return None


def target(content: Path, kind: str, slug: str, library: str | None) -> Path:
    return {
        "guidance": content / "huong-dan" / f"{slug}.md",
        "meeting": content / "mo-hinh" / f"{slug}.yml",
        "agenda": content / "chuong-trinh" / f"{slug}.yml",
        "library": content / "chuyen-de" / slug / "_thu-vien.yml",
        "topic": content / "chuyen-de" / (library or "") / f"{slug}.md",
    }[kind]


def new(content: Path, kind: str, title: str, library: str | None = None, today: dt.date | None = None) -> Path:
    title = re.sub(r"[ \t]+", " ", clean(title)).strip()  # a tab pasted with the title is a space
    try:
        title.encode("utf-8")
    except UnicodeEncodeError:
        # A byte that is not UTF-8 in the command line arrives as a lone surrogate.
        raise ValueError("Tiêu đề có ký tự không đọc được (không phải UTF-8); hãy gõ lại tiêu đề "
                         "trong cửa sổ lệnh dùng bảng mã UTF-8.") from None
    from .content import MAX_SLUG

    problem = _title_problem(kind, title)
    if problem:
        raise ValueError(f"Tiêu đề chưa dùng được: {problem}")
    slug = slugify(title)
    if len(slug) > MAX_SLUG:
        # The check allows MAX_SLUG characters: cut at the last whole word that fits.
        slug = slug[:MAX_SLUG + 1].rsplit("-", 1)[0] if "-" in slug[:MAX_SLUG + 1] else slug[:MAX_SLUG]
    if not slug:
        raise ValueError("Tiêu đề cần có chữ hoặc số.")
    if slug == "index":
        raise ValueError("Tiêu đề không được tạo đường dẫn 'index' (tên dành cho trang mục lục); chọn tiêu đề khác.")
    # A library is a folder's own name ("thu-vien-chung"), never a path through others ("a/../b").
    known = library and "/" not in library and "\\" not in library and library not in (".", "..")
    if kind == "topic" and not (known and (content / "chuyen-de" / library / "_thu-vien.yml").is_file()):
        have = sorted(f.parent.name for f in (content / "chuyen-de").glob("*/_thu-vien.yml"))
        # A library named wrong is not one left out: the editor who typed one is told the one meant.
        # Also a library's name as the nav shows it ("Thư viện chung") or its path ("chuyen-de/thu-vien-chung").
        near = library and meant(slugify(re.split(r"[/\\]", library.strip("/\\"))[-1]), have, 0.8, cut_short="-")
        if near:
            raise ValueError(f"Không có thư viện {library!r}; có phải {near!r}?")
        raise ValueError((f"Không có thư viện {library!r}. " if library else "")
                         + "Đề cương cần --library (LIBRARY= với make new) là một thư viện đã có trong content/chuyen-de: "
                         + (", ".join(have) if have else "chưa có thư viện nào, hãy tạo thư viện trước") + ".")
    path = target(content, kind, slug, library)
    # An agenda is one path in .yml or .md: either one already there takes the path.
    for taken in (path, path.with_suffix(".md")) if kind == "agenda" else (path,):
        if taken.exists():
            raise FileExistsError(f"{taken} đã có; chọn tiêu đề khác.")
    from .content import load

    corpus = load(content)  # once, for the references in the title and the titles already there
    cited = _title_citations(corpus, title)
    if cited:
        raise ValueError(f"Tiêu đề chưa dùng được: {cited}")
    same = _same_title(corpus, content, kind, title, library)
    if same:
        raise ValueError(f"Tiêu đề này đã có ở {same}: hai trang cùng tiêu đề trong một mục làm người đọc nhầm "
                         "(make check báo D101); chọn tiêu đề khác.")
    source, reference = _template_ids(content)
    text = TEMPLATES[kind](title, (today or vn_today()).isoformat(), source, reference)
    _write_new(path, text.encode("utf-8"))
    return path


def _write_new(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a temporary file beside it, renamed once complete. On any
    failure the temporary file and the folders made for it are removed."""
    made = []
    folder = path.parent
    while not folder.exists():
        made.append(folder)
        folder = folder.parent
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        name = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask decides, as for any new file
        tmp = name
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
    except BaseException:
        if tmp:
            tmp.unlink(missing_ok=True)
        for folder in made:  # innermost first
            try:
                folder.rmdir()
            except OSError:
                break
        raise


def register(sub):
    p = sub.add_parser("new", help="tạo tệp nội dung mới theo mẫu: guidance, meeting, agenda, library, topic, document")
    p.add_argument("kind", choices=(*KINDS, "document"), type=lambda kind: kind.strip().lower(),  # KIND=Topic is topic
                   help="guidance: trang hướng dẫn; meeting: mô hình sinh hoạt; agenda: chương trình mẫu; "
                        "library: thư viện chuyên đề; topic: đề cương (cần --library); "
                        "document: văn bản trong sổ văn bản (cần --source)")
    p.add_argument("title", help="tiêu đề tiếng Việt (đường dẫn được tạo từ tiêu đề, bỏ dấu); với document: "
                                 "trích dẫn văn bản như nguồn ghi, ví dụ \"Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư\"")
    p.add_argument("--library", help="thư viện của đề cương (tên thư mục trong content/chuyen-de)")
    p.add_argument("--source", help="với document: mã nguồn trong content/nguon ghi văn bản (nguồn của mọi dữ kiện)")
    add_content_option(p)
    p.set_defaults(fn=_run)


def _run(args) -> int:

    try:
        if args.kind == "document":
            from .scaffold_document import new_document

            path = new_document(args.content, args.title, args.source)
        else:
            path = new(args.content, args.kind, args.title, args.library)
    except (ValueError, FileExistsError) as err:
        print(err, file=sys.stderr)
        return 1
    except OSError as err:
        print(f"Không ghi được tệp mới: {err}", file=sys.stderr)
        return 1
    # As the editor would type it from where they are (content/huong-dan/…), not from the disk's root.
    print(os.path.relpath(path) if Path(path).resolve().is_relative_to(Path.cwd()) else path)
    return 0
