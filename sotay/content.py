"""Load and validate everything under content/ into a Corpus.

One pass reads every file, reports every problem (never stopping at the first),
and builds the objects that validated. Cross references are checked once all
files are in. The build, the checker and the tests all call `load`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import agenda_md, forms, frontmatter, outline
from .diagnostics import diag, quoted
from .model import TOPIC_SECTIONS, Document, Form, Guidance, Library, Meeting, SampleAgenda, Source, Topic, Vocabulary, code_mended
from .registry import miswritten_code, pending_keys
from .schema import Context, build, dropped, specs
from .source import MAX_BYTES, Located, parse_yaml, read_text
from .suggest import meant, offer
from .text import changed_mark, fold, match_key, slugify

LIBRARY_FILE = "_thu-vien.yml"
MAX_SLUG = 80  # a page's folder and its downloads' names stay well inside a file system's 255 bytes
VOCABULARY_FILE = "tu-vung.yml"


@dataclass
class Origin:
    """Where an item came from, so later stages can point back into the file."""

    rel: str
    text: str
    located: Located
    body_line: int = 0
    body: str = ""
    # Paths of keys no field has (told as S101): their values are no content, so the rules that read
    # text skip them ("reference: [50-CT/TW-2025]" was also told as an ambiguous citation).
    unknown: frozenset = frozenset()
    # The content class of a file the schema refused (an item has its own type): the rules that
    # read its fields as read know which are Markdown, which a list's items (sotay.lists).
    cls: type | None = None

    def line_at(self, offset: int) -> int:
        """The file's line of a place in the body (an offset into `body`)."""
        return self.body_line + self.body.count("\n", 0, offset)

    def diag(self, path: tuple, code: str, message: str, key: bool = False):
        """A problem at a field of this file (`key`: at its key, not its value)."""
        return diag(self.rel, *(self.located.key_pos(path) if key else self.located.pos(path)), code, message)


@dataclass
class Corpus:
    root: Path
    rel_base: Path | None = None  # diagnostics name files relative to this
    vocab: Vocabulary | None = None
    sources: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    guidance: dict = field(default_factory=dict)
    agendas: dict = field(default_factory=dict)
    meetings: dict = field(default_factory=dict)
    libraries: dict = field(default_factory=dict)
    topics: dict = field(default_factory=dict)  # (library, slug) -> Topic
    forms: dict = field(default_factory=dict)  # slug -> Form (content/mau/), shown on a guidance page
    origins: dict = field(default_factory=dict)  # id(item) -> Origin
    texts: dict = field(default_factory=dict)  # rel path -> decoded text of every file read
    problems: list = field(default_factory=list)
    # Files that were read but whose item the schema rejected: page key -> Origin. Their own errors
    # are reported; links to them are not (the page exists, it is being fixed), and the rules that
    # read text still read theirs, so an editor sees every problem of the file at once.
    unloaded: dict = field(default_factory=dict)
    unloaded_documents: set = field(default_factory=set)  # registry ids of such files
    pending_documents: set = field(default_factory=set)  # their codes' and names' keys (Registry.pending)
    unloaded_sources: set = field(default_factory=set)  # ids (file stems) of sources that failed to load
    unloaded_source_urls: set = field(default_factory=set)  # and their articles' addresses, as far as they read

    def origin(self, item) -> Origin:
        return self.origins[id(item)]

    def mending(self, doc_id: str) -> bool:
        """Whether a registry entry's file is there but does not load (its id read, or, where a
        syntax error took the id, its file named after it): pages naming it are not wrong."""
        return doc_id in self.unloaded_documents or f"van-ban/{slugify(doc_id)}" in self.unloaded

    @property
    def editors_guide(self) -> Path:
        """CONTRIBUTING.md beside the content folder: the site publishes it as its editors' page."""
        return self.root.parent / "CONTRIBUTING.md"

    def editors_guide_file(self) -> Path | None:
        """The guide when it is a real file: a symbolic link (E008) would publish what it points to."""
        guide = self.editors_guide
        return guide if guide.is_file() and not guide.is_symlink() else None

    def text_origins(self) -> list[tuple[object | None, Origin]]:
        """(item, origin) of every item whose text the site shows, then (None, origin) of each file
        the schema refused, registry entries aside (written as their sources write them): the rules
        that read text read those too, so an editor sees every problem of the file in one run."""
        out: list[tuple[object | None, Origin]] = [(item, self.origin(item)) for item in self.items()]
        out += [(None, o) for key, o in self.unloaded.items() if not key.startswith("van-ban/")]
        return out

    def page_keys(self) -> set[str]:
        """Every page an editor may link to, as 'section/slug'."""
        # A form has no page of its own: its key is the guidance page that shows it.
        return {item.page_key for item in self.items() if not isinstance(item, Form)}

    def items(self):
        """Every item whose text the site shows, with the origin it came from: the page-making ones,
        and the forms a guidance page shows (their text is checked as a page's is)."""
        for group in (self.guidance, self.forms, self.agendas, self.meetings, self.libraries, self.topics, self.documents):
            yield from group.values()


# A body field as an editor names it in a message: by the heading it is written under.
_BODY_NAMES = {cls: {name: f"Mục '## {heading}'" for heading, name in sections.items()}
               for cls, sections in ((Topic, TOPIC_SECTIONS), (SampleAgenda, agenda_md.AGENDA_SECTIONS))}
_BODY_NAMES[Topic].update({"sections.points": "Phần '###' này", "sections.heading": "Tên phần '###' này"})  # told on its heading line
# An agenda's step is a table row: its fields are the columns the editor sees.
_BODY_NAMES[SampleAgenda].update({f"items.{name}": f"Cột '{column}'" for name, column in (
    ("title", "Nội dung"), ("minutes", "Thời gian"), ("lead", "Người thực hiện"), ("record", "Ghi vào biên bản"))})
_BODY_NAMES[SampleAgenda]["items.notes"] = "Phần 'Lưu ý:' của cột 'Nội dung'"


def _vocab_labels(vocab: Vocabulary | None) -> dict:
    if vocab is None:
        return {}
    # key -> the label readers see (a document type's own label), which an editor may type instead
    return {f.name: {k: str(getattr(v, "label", v)) for k, v in getattr(vocab, f.name).items()} for f, _ in specs(Vocabulary)}


def title_lists(corpus: Corpus) -> dict[str, list]:
    """The lists in which no two pages may share a title, by their folder: a section, or a library."""
    lists = {"huong-dan": list(corpus.guidance.values()), "chuong-trinh": list(corpus.agendas.values()),
             "mo-hinh": list(corpus.meetings.values()), "chuyen-de": list(corpus.libraries.values())}
    for lib in corpus.libraries:
        lists[f"chuyen-de/{lib}"] = [t for (in_lib, _), t in corpus.topics.items() if in_lib == lib]
    return lists


def duplicate_title_key(title: str) -> str:
    """What two titles share when a reader would take them for one: "Ghi biên bản." and "Ghi biên bản"."""
    # Spaces, and what NFKC makes of fullwidth letters: "Vai trò  của" (two spaces) and "Ｖai trò"
    # read as the same title in the menu and the search.
    return " ".join(match_key(unicodedata.normalize("NFKC", title)).split()).strip(" .,:;!?…")


def rel_path(path: Path, base: Path) -> str:
    """The path diagnostics name: relative to the project when it lies inside it."""
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


# Content types that make a page of their own in a section folder (for links to files that fail).
PAGE_TYPES = (Guidance, SampleAgenda, Meeting)


def _misfiled(path: Path, folder: str, suffixes: tuple[str, ...]) -> str:
    """The one change that makes a file of the wrong type one of the folder's: ".yaml" is YAML to
    every editor but this check, ".MD" a Markdown file, "x.md.txt" Notepad's addition; a folder
    inside a content type's folder holds no page."""
    if path.is_dir():
        return f" Chuyển các tệp trong {path.name}/ ra thẳng {folder}/ rồi xóa thư mục {path.name}/."
    name = path.name
    for wrong, right in ((".yaml", ".yml"), (".YAML", ".yml"), (".YML", ".yml"), (".MD", ".md"), (".Md", ".md"), (".txt", "")):
        fixed = name[:-len(wrong)] + right
        if name.endswith(wrong) and Path(fixed).suffix in suffixes:
            return f" Đổi tên tệp thành {fixed}."
    return ""


class _Loader:
    def __init__(self, root: Path, rel_base: Path):
        self.root = root
        self.rel_base = rel_base
        self.corpus = Corpus(root, rel_base)
        self.refs: list = []
        self._labels: tuple = (None, {})  # (the vocabulary, its labels), made once, not per file

    def rel(self, path: Path) -> str:
        return rel_path(path, self.rel_base)

    def report(self, problems):
        self.corpus.problems.extend(problems)

    def read(self, path: Path):
        # Read no more than the size limit: an oversized file is reported, not loaded into memory.
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_BYTES + 1)
        except OSError as e:
            self.report([diag(self.rel(path), 1, 1, "E008", f"Không đọc được tệp: {e.strerror or e}.")])
            return None
        text, problems = read_text(data, self.rel(path))
        self.report(problems)
        if text is not None:
            self.corpus.texts[self.rel(path)] = text
        return text

    def context(self, rel, located) -> Context:
        vocab = self.corpus.vocab
        if self._labels[0] is not vocab:
            self._labels = (vocab, _vocab_labels(vocab))
        return Context(rel, located, self._labels[1])

    def finish(self, ctx: Context):
        if ctx.located.partial:
            # What a syntax error blanked is not missing: a missing field (S102) or item (S108) is
            # told once the file reads. The rest of the file is told now; its values' own rules too.
            ctx.problems = [p for p in ctx.problems if p.code not in ("S102", "S108") or ctx.body_line and p.line >= ctx.body_line]
        self.report(ctx.problems)
        self.refs.extend(ctx.refs)

    def named(self, rel, path: Path, what="Tên tệp") -> str:
        """The slug a file or folder is read under: its name, or, a name to mend (told, S106), the
        one the message offers, so that the links and ids written for it meet no error but that
        (read under its own name, every link to it was offered "diem tin thoi su" as the fix)."""
        stem = path.name if path.is_dir() else path.stem
        return stem if self.check_slug(rel, path, what) else _slug_for(stem) or stem

    def check_slug(self, rel, path: Path, what="Tên tệp"):
        stem = path.name if path.is_dir() else path.stem
        if slugify(stem) == stem and stem != "index" and len(stem) <= MAX_SLUG:
            return True
        if stem == "index":
            message = (f"{what} 'index' là của trang mục lục mà sổ tay tự tạo: đặt tên theo tiêu đề, "
                       "chữ thường không dấu nối bằng gạch ngang.")
        else:
            hint = _slug_for(stem) or "ten-tep"
            # The hint is often the name of the page this file was copied from.
            taken = path.with_name(hint if path.is_dir() else hint + path.suffix)
            message = (f"{what} {stem!r} phải là chữ thường không dấu nối bằng gạch ngang, tối đa {MAX_SLUG} ký tự "
                       + (f"(đã có {taken.name}: chọn một tên khác theo tiêu đề)." if taken.exists()
                          else f"(gợi ý: {hint})."))
        self.report([diag(rel, 1, 1, "S106", message)])
        return False

    def entries(self, base: Path):
        """The entries of a content folder, in order, without hidden ones. Content is plain files
        and folders: a symbolic link (git carries them) could read files outside the repository
        or a device, so each is reported and skipped."""
        if base.is_symlink():
            return  # reported where its own folder is listed
        for path in sorted(base.iterdir()):
            if path.name.startswith("."):
                # An editor's own files stay unread (.DS_Store, .gitkeep, a swap file, an editor's
                # lock, which is a link); a page or a folder named with a dot was dropped unsaid.
                if not path.is_symlink() and (path.is_dir() or path.suffix in (".md", ".yml") or path.name in (".md", ".yml")):
                    self.report([diag(self.rel(path), 1, 1, "E007", "Tên bắt đầu bằng dấu chấm là tệp ẩn: trang web bỏ qua nó. "
                                      "Bỏ dấu chấm ở đầu tên.")])
                continue
            if path.is_symlink():
                self.report([diag(self.rel(path), 1, 1, "E008", "Liên kết tượng trưng (symlink): nội dung phải là tệp thật trong content/.")])
                continue
            yield path

    def keep_unloaded(self, page_key, rel, text, located, body_line=0, body="", unknown=frozenset(), cls=None):
        if page_key:
            self.corpus.unloaded[page_key] = Origin(rel, text, located, body_line, body, unknown, cls)

    def load_yaml(self, path: Path, cls, extra=None, page_key=None):
        rel = self.rel(path)
        text = self.read(path)
        if text is None:
            # Unreadable (not UTF-8...): the page is there all the same, links to it are not wrong.
            self.keep_unloaded(page_key, rel, "", Located({}))
            return None
        located, problems = parse_yaml(text, rel, recover=True)
        self.report(problems)
        if located is None:
            self.keep_unloaded(page_key, rel, text, Located({}))
            return None
        ctx = self.context(rel, located)
        item = build(cls, located.data, (), ctx, extra)
        self.finish(ctx)
        if dropped(item) or located.partial:
            self.keep_unloaded(page_key, rel, text, located, unknown=frozenset(ctx.unknown), cls=cls)
            if cls is Source and isinstance(located.data, dict) and isinstance(located.data.get("url"), str):
                self.corpus.unloaded_source_urls.add(located.data["url"])
            if cls is Document and isinstance(located.data, dict):
                if isinstance(located.data.get("id"), str):
                    self.corpus.unloaded_documents.add(located.data["id"])
                self.corpus.pending_documents |= pending_keys(located.data, path.stem)
            return None
        origin = Origin(rel, text, located, unknown=frozenset(ctx.unknown))
        meant = miswritten_code(item.code) if cls is Document and item.code else None
        if meant:
            # "24-QD/TW", "24-qđ/tw": the pattern takes them, and the entry then stood under a code
            # no citation writes: each page citing it was told to add it (C101) or to write the
            # code wrong (C109), and its id to start with the typo (G105). Told once, at the code.
            self.report([origin.diag(("code",), "S107", code_mended(item.code))])
            item.code = None
        if cls is Document and (meant or code_refused(item, located)):
            # The code refused (S107, "13–HD/BTCTU"): the pages citing it wait for it, as for an
            # entry whose file does not read, not each told to add a document the registry holds.
            raw = located.data["code"]
            self.corpus.pending_documents |= pending_keys({"code": meant or miswritten_code(raw) or raw}, path.stem)
        self.corpus.origins[id(item)] = origin
        return item

    def load_markdown(self, path: Path, cls, extra, page_key=None):
        rel = self.rel(path)
        text = self.read(path)
        if text is None:
            self.keep_unloaded(page_key, rel, "", Located({}))
            return None
        located, body, body_line, problems = frontmatter.split(text, rel, recover=True)
        self.report(problems)
        if located is None:
            # The body's links and citations are still checked; the broken front matter is reported.
            self.keep_unloaded(page_key, rel, text, Located({}), body_line, body)
            return None
        data = dict(located.data)
        body_fields = {f.name for f, s in specs(cls) if s.source == "body"}
        if cls is SampleAgenda:
            body_fields = set(agenda_md.AGENDA_SECTIONS.values())  # in the .md form, the body holds them
        for key in list(data):
            if key in body_fields:
                line, col = located.key_pos((key,))
                self.report([diag(rel, line, col, "S101", f"Trường {key!r} phải viết thành một mục trong thân bài, không ở phần đầu.")])
                del data[key]
        if cls in (Topic, SampleAgenda):
            parse = outline.parse_body if cls is Topic else agenda_md.parse_body
            values, at, body_problems = parse(body, body_line, rel)
            self.report(body_problems)
            data.update(values)
            located = replace(located, data=data, at={**located.at, **at})
        else:
            data["body"] = body.strip("\n")
            located = replace(located, data=data, at={**located.at, ("body",): (body_line, 1)})
        ctx = self.context(rel, located)
        ctx.in_body = frozenset(body_fields)  # missing, they are the body parser's to report (B101)
        ctx.body_line = body_line
        ctx.body_names = _BODY_NAMES.get(cls, {})
        item = build(cls, data, (), ctx, extra)
        self.finish(ctx)
        if dropped(item) or located.partial:
            self.keep_unloaded(page_key, rel, text, located, body_line, body, frozenset(ctx.unknown), cls)
            return None
        self.corpus.origins[id(item)] = Origin(rel, text, located, body_line, body, frozenset(ctx.unknown))
        return item

    def load_dir(self, folder: str, suffixes: tuple[str, ...], cls, target: dict, key: str):
        base = self.root / folder
        if not base.is_dir():
            return
        stems: dict[str, str] = {}
        for path in self.entries(base):
            rel = self.rel(path)
            if path.is_dir() or path.suffix not in suffixes:
                self.report([diag(rel, 1, 1, "E007", f"Thư mục {folder}/ chỉ chứa tệp {' hoặc '.join(suffixes)}."
                                                      f"{_misfiled(path, folder, suffixes)}")])
                continue
            # A name to mend is told, and the file is still checked: every problem at once.
            stem = self.named(rel, path)
            if stem in stems:
                # content/chuong-trinh/x.yml and x.md: one page, two files.
                self.report([diag(rel, 1, 1, "D101", f"Trùng đường dẫn với {stems[stem]}: giữ một trong hai tệp.")])
                continue
            stems[stem] = rel
            extra = {key: stem}
            loader = self.load_markdown if path.suffix == ".md" else self.load_yaml
            item = loader(path, cls, extra, page_key=f"{folder}/{stem}" if cls in PAGE_TYPES else None)
            if item is None:
                if cls is Source:
                    # The file is there and its own errors are reported: pages citing it are not wrong.
                    self.corpus.unloaded_sources.add(stem)
                continue
            target[getattr(item, key)] = item

    def load_documents(self):
        base = self.root / "van-ban"
        if not base.is_dir():
            return
        seen: dict[str, list[tuple]] = {}
        for path in self.entries(base):
            rel = self.rel(path)
            if path.suffix != ".yml" or path.is_dir():
                self.report([diag(rel, 1, 1, "E007", "Thư mục van-ban/ chỉ chứa tệp .yml.")])
                continue
            doc = self.load_yaml(path, Document, page_key=f"van-ban/{path.stem}")
            if doc is None or doc.slug == path.stem:
                self.check_slug(rel, path)
            if doc is None:
                continue
            line, col = self.corpus.origin(doc).located.pos(("id",))
            if doc.slug != path.stem:  # the name to give is the id's, however the file was named
                # An id without its own year is the one to mend (G105 says so), not the file's name.
                # So is one without its province (G108 says so too).
                lacks = (f"năm ban hành {doc.issued_year} (G105)" if doc.id_lacks_year else
                         f"tên tỉnh -{slugify(doc.province)} (G108)" if doc.id_lacks_province else "")
                self.report([diag(rel, line, col, "S106",
                                  f"Tên tệp {path.name} không khớp với mã {doc.id!r}, mà mã thiếu {lacks}: sửa mã, rồi đặt tên "
                                  "tệp theo mã đã sửa." if lacks else
                                  f"Tên tệp phải là {doc.slug}.yml để khớp với mã {doc.id!r}.")])
            seen.setdefault(doc.slug, []).append((rel, line, col, doc.id))
            if len(seen[doc.slug]) == 1:
                self.corpus.documents[doc.id] = doc
        # Told in each file, naming the others, as a duplicate title is: which one is the copy, the
        # check cannot know, and the editor must see it in the file they added.
        for same in seen.values():
            for rel, line, col, doc_id in same if len(same) > 1 else ():
                others = ", ".join(o[0] for o in same if o[0] != rel)
                self.report([diag(rel, line, col, "D101", f"Mã {doc_id!r} trùng với {others}. "
                                  "Mỗi văn bản chỉ có một tệp: nếu là bản sao, xóa một tệp; nếu là văn bản khác, sửa mã "
                                  "(mã dùng lại thì kèm năm, như 50-CT/TW-2025) và tên tệp theo mã.")])

    def load_libraries(self):
        base = self.root / "chuyen-de"
        if not base.is_dir():
            return
        for folder in self.entries(base):
            rel = self.rel(folder)
            if not folder.is_dir():
                libraries = ", ".join(f"chuyen-de/{f.name}/" for f in self.entries(base) if f.is_dir())
                self.report([diag(rel, 1, 1, "E007", "Trong chuyen-de/ chỉ có các thư mục thư viện: đề cương đặt trong thư mục "
                                                     f"của thư viện ({libraries})." if libraries else
                                                     "Trong chuyen-de/ chỉ có các thư mục thư viện.")])
                continue
            library_slug = self.named(rel, folder, "Tên thư mục")
            library_file = folder / LIBRARY_FILE
            if library_file.is_symlink():
                # Its folder's entries are not read without it: told here, or the library and its
                # outlines were dropped without a word.
                self.report([diag(self.rel(library_file), 1, 1, "E008", "Liên kết tượng trưng (symlink): nội dung phải là tệp thật "
                                  "trong content/.")])
                continue
            if not library_file.is_file():
                # "_thu_vien.yml", "thu-vien.yml", "_Thu-vien.yaml": the file is there, misnamed; its
                # outlines are read once it is (their links, meanwhile, told as to a missing page).
                misnamed = [f.name for f in self.entries(folder) if f.suffix.lower() in (".yml", ".yaml")
                            and slugify(f.stem).strip("-") == LIBRARY_FILE.removeprefix("_").removesuffix(".yml")]
                fix = (f" Đổi tên tệp {misnamed[0]} thành {LIBRARY_FILE} (có gạch dưới ở đầu, gạch ngang ở giữa, đuôi .yml); "
                       "các đề cương trong thư viện được kiểm tra khi tệp ấy đọc được." if misnamed else
                       f" Tạo tệp {LIBRARY_FILE} (chép mau-moi/{LIBRARY_FILE}, hoặc chạy python -m sotay new library).")
                self.report([diag(rel, 1, 1, "E007", f"Thư viện thiếu tệp {LIBRARY_FILE}.{fix}")])
                continue
            library = self.load_yaml(library_file, Library, {"slug": library_slug}, page_key=f"chuyen-de/{library_slug}")
            if library is not None:
                self.corpus.libraries[library_slug] = library
            for path in self.entries(folder):
                if path.name == LIBRARY_FILE:
                    continue
                prel = self.rel(path)
                if path.suffix != ".md" or path.is_dir():
                    self.report([diag(prel, 1, 1, "E007", "Thư viện chỉ chứa _thu-vien.yml và các tệp đề cương .md.")])
                    continue
                slug = self.named(prel, path)
                topic = self.load_markdown(path, Topic, {"library": library_slug, "slug": slug},
                                           page_key=f"chuyen-de/{library_slug}/{slug}")
                if topic is not None:
                    self.corpus.topics[(library_slug, slug)] = topic

    def check_unknown_entries(self):
        known = {VOCABULARY_FILE, "nguon", "van-ban", "huong-dan", "chuong-trinh", "mo-hinh", "chuyen-de", forms.FOLDER, "README.md"}
        for path in self.entries(self.root):
            if path.name not in known:
                self.report([diag(self.rel(path), 1, 1, "E007", "Tệp hoặc thư mục này không thuộc loại nội dung nào: mỗi tệp "
                                                                    f"đặt trong thư mục của loại nó: {_CONTENT_FOLDERS}.")])

    def check_refs(self):
        c = self.corpus
        pages = c.page_keys() | set(c.unloaded)
        for kind, value, rel, line, col in self.refs:
            if kind == "source" and value not in c.sources and value not in c.unloaded_sources:
                hint = (_source_at(value, c.sources) or _joined_items(value, c.sources)
                        or offer(meant(value, c.sources, 0.6)) or _source_named(value, c.sources))
                self.report([diag(rel, line, col, "R101", f"Không có nguồn {quoted(value)} trong content/nguon{hint}.")])
            elif kind == "document" and value not in c.documents and not c.mending(value):
                # An entry whose own id lacks its year is offered to no page: its id is the typo, and a
                # page that cites it by its file's name is told where to mend it.
                mistyped = [c.origin(d).rel for d in c.documents.values() if d.id_lacks_year and slugify(value) == Path(c.origin(d).rel).stem]
                hint = (f" (tệp {mistyped[0]} có mã ghi sai năm ban hành: sửa mã ở đó, G105)" if mistyped else
                        _joined_items(value, c.documents)
                        or _closest_document(value, {k: d for k, d in c.documents.items() if not d.id_lacks_year}))
                # "99–HD/…": offered the id it looks the same as, the editor saw no difference.
                mark = changed_mark(value)
                if mark:
                    hint += f"; {mark.rstrip('.')}"
                self.report([diag(rel, line, col, "R102", f"Không có văn bản {quoted(value)} trong sổ văn bản{hint}.")])
            elif kind == "page" and value.strip("/") not in pages:
                hint = _joined_items(value, pages) or offer(self.page_meant(value, pages))
                self.report([diag(rel, line, col, "R103", f"Không có trang {quoted(value)}{hint}.")])

    def check_related(self):
        """A page listed twice in `related`, or the page itself: its "Xem thêm" listed it twice, or
        linked the reader back to where they are."""
        for item in self.corpus.items():
            seen = set()
            for i, key in enumerate(getattr(item, "related", None) or []):
                key = key.strip("/")
                why = ("đã có ở trên" if key in seen else
                       "là chính trang này" if key == getattr(item, "page_key", None) else None)
                seen.add(key)
                if why:
                    self.report([self.corpus.origin(item).diag(("related", i), "R103",
                                                                f"Trang {key!r} {why}: bỏ dòng này khỏi related.")])

    def page_meant(self, value: str, pages: set[str]) -> str | None:
        """The page a `related` entry means: its file's name, its address on the site (the
        handbook's own host too), its slug alone, its title, or a near typo."""
        typed = _SITE_ADDRESS.sub("", value.strip()).strip("/").lower()
        typed = typed.removeprefix("content/").removesuffix(".md").removesuffix(".yml").removesuffix("/index.html")
        if typed in pages:
            return typed
        by_slug = [key for key in pages if key.rpartition("/")[2] == typed]
        if by_slug:
            return by_slug[0] if len(by_slug) == 1 else None  # two pages of that slug: which one, only the editor knows
        # "huong-dan/tu-phe-binh": a page's address cut short, as its first words.
        begun = [key for key in pages if key.startswith(typed + "-")]
        if begun:
            return begun[0] if len(begun) == 1 else None  # "van-ban/50-ct-tw": 1999, 2015 or 2025, the editor knows
        titled = {slugify(item.title): item.page_key for item in self.corpus.items() if getattr(item, "title", None)}
        return titled.get(slugify(value)) or meant(typed, pages, 0.8)

    def check_forms(self):
        """Each ```mau block of a guidance page names a form of content/mau/; the form learns the
        page that shows it (the health report lists a stale form under that page)."""
        c = self.corpus
        # A page the schema rejected is read too: its editor sees every problem of the file at once.
        pages = [(page.page_key, c.origin(page)) for page in c.guidance.values()]
        pages += [(key, origin) for key, origin in c.unloaded.items() if key.startswith("huong-dan/")]
        offered = set()  # forms a page means to show but names wrongly: told there, not again as shown nowhere (R105)
        known = ", ".join(sorted(c.forms)) or "chưa có mẫu nào"
        for key, origin in pages:
            for offset, name in forms.directives(origin.body):
                form = c.forms.get(name)
                if form is not None:
                    form.page = form.page or key
                # A form's file that failed tells its own errors. A name is a file's name, never a path:
                # "../../mkdocs" named the project's mkdocs.yml, and the page showed code, untold.
                elif not (re.fullmatch(r"[a-z0-9][a-z0-9-]*", name) and (self.root / forms.FOLDER / f"{name}.yml").is_file()):
                    line = origin.line_at(offset) + 1  # the name, on the line under the fence
                    typed = name.strip().strip("/").removeprefix("content/").removeprefix(f"{forms.FOLDER}/").removesuffix(".yml")
                    if typed in c.forms:
                        offered.add(typed)
                        hint = f" (viết {typed}, không có đường dẫn hay đuôi .yml)."
                    else:
                        hint = f" (các mẫu: {known}); dòng giữa ```mau và ``` ghi tên tệp mẫu, không có đuôi .yml."
                    self.report([diag(origin.rel, line, 1, "R104", f"Không có mẫu {name!r} trong content/{forms.FOLDER}{hint}")])
            for offset, written, name in forms.near_misses(origin.body):
                # Shown as a block of code: the page would show the form's name, and no form. Told at the
                # fence, where the mistake is (an unknown name is told at the name, the line under it).
                line = origin.line_at(offset)
                typed = name.removesuffix(".yml")
                offered.update({typed} & set(c.forms))
                self.report([diag(origin.rel, line, 1, "R104", f"Dòng {written!r} không mở được khối mẫu, nên trang hiện nó như "
                                  "một khối mã, không hiện mẫu: khối mẫu là ba dòng sát nhau, không thụt lề: ```mau (chữ thường, "
                                  f"không dấu, liền sau ba dấu `), tên tệp mẫu ({typed or 'ví dụ bien-ban-sinh-hoat-chi-bo'}), "
                                  "rồi ```.")])
        for name, form in sorted(c.forms.items()):
            if form.recipients and form.signers.left:
                # The left of the signatures holds one or the other (05-HD/VPTW: research §3.4, §3.5).
                self.report([c.origin(form).diag(("signers", "left"), "S107", "Mẫu có nơi nhận (recipients) thì bên trái chữ ký là "
                                  "Nơi nhận: bỏ dòng left, hoặc bỏ recipients nếu văn bản có hai người ký như biên bản.")])
            if form.page is None and name not in offered:
                # Its DOCX is still made, but no page links to it: a reader would never find the form.
                self.report([c.origin(form).diag(("title",), "R105", "Chưa trang hướng dẫn nào đưa mẫu này vào, nên người đọc "
                                  f"không tìm thấy nó: thêm vào trang hướng dẫn hợp với mẫu một khối ```mau, dòng giữa ghi {name}.")])

    def check_duplicate_titles(self):
        """Two pages with one title in the same list confuse readers and search."""
        c = self.corpus
        for name, items in title_lists(c).items():
            seen: dict[str, list] = {}
            for item in items:
                seen.setdefault(duplicate_title_key(item.title), []).append(c.origin(item))
            for same in seen.values():
                # Told in each file, naming the others: which one is new, the check cannot know, and
                # the editor must see it in the file they added.
                for origin in same if len(same) > 1 else ():
                    others = ", ".join(o.rel for o in same if o is not origin)
                    self.report([origin.diag(("title",), "D101", f"Tiêu đề trùng với {others} trong mục {name}: trang nào "
                                                                         "mới thêm thì đặt cho trang ấy một tiêu đề khác, nói điều riêng của nó.")])
        # One outline copied into another library: the same title and the same sections, two pages
        # a search lists side by side with nothing to tell them apart.
        copies: dict[tuple, list] = {}
        for topic in c.topics.values():
            key = (duplicate_title_key(topic.title), tuple((s.heading, tuple(s.points)) for s in topic.sections))
            copies.setdefault(key, []).append(topic)
        for same in copies.values():
            for topic in same if len({t.library for t in same}) > 1 else ():
                others = ", ".join(c.origin(t).rel for t in same if t.library != topic.library)
                self.report([c.origin(topic).diag(("title",), "D101", f"Đề cương trùng nguyên với {others} (cùng tiêu đề, cùng các phần nội dung): "
                                                  "người tìm kiếm gặp hai trang như một. Giữ một bản; thư viện nào cần chuyên đề ấy "
                                                  "theo cách riêng thì sửa bản của mình thành đề cương riêng.")])

    def run(self) -> Corpus:
        vocab_path = self.root / VOCABULARY_FILE
        if vocab_path.is_symlink():
            pass  # reported with the folder's other entries (E008)
        elif vocab_path.is_file():
            self.corpus.vocab = self.load_yaml(vocab_path, Vocabulary)
        else:
            self.report([diag(self.rel(vocab_path), 1, 1, "E007", "Thiếu tệp từ vựng.")])
        self.check_unknown_entries()
        self.load_dir("nguon", (".yml",), Source, self.corpus.sources, "id")
        self.load_documents()
        self.load_dir("huong-dan", (".md",), Guidance, self.corpus.guidance, "slug")
        self.load_dir(forms.FOLDER, (".yml",), Form, self.corpus.forms, "slug")
        # An agenda is written in YAML, or in Markdown as its download has it (sotay/agenda_md.py).
        self.load_dir("chuong-trinh", (".yml", ".md"), SampleAgenda, self.corpus.agendas, "slug")
        self.load_dir("mo-hinh", (".yml",), Meeting, self.corpus.meetings, "slug")
        self.load_libraries()
        self.check_duplicate_titles()
        self.check_refs()
        self.check_related()
        self.check_forms()
        return self.corpus


_CONTENT_FOLDERS = ("huong-dan/ (hướng dẫn), mo-hinh/ (mô hình sinh hoạt), chuong-trinh/ (chương trình mẫu), "
                    f"chuyen-de/<thư viện>/ (đề cương), van-ban/ (sổ văn bản), nguon/ (nguồn), {forms.FOLDER}/ (mẫu văn bản)")


def _slug_for(name: str) -> str:
    """The slug a misnamed file or folder is told to take (S106), and is read under meanwhile; a
    type typed twice ("ban-sao.md.md", Windows hiding the first) is no part of it."""
    return slugify(re.sub(r"(?:\.(?:md|yml|yaml))+$", "", name, flags=re.IGNORECASE))[:MAX_SLUG].strip("-")


_SITE_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://[^/\s]*", re.IGNORECASE)


def _joined_items(value: str, known) -> str:
    """Ids of a list joined by a space: the "- " of the next item typed over with spaces, and YAML
    read it as the line above's continuation. Say so rather than offer a near id."""
    parts = value.split()
    if len(parts) < 2 or not all(part in known for part in parts):
        return ""
    listed = ", ".join(repr(part) for part in parts)
    return (f": đây là {len(parts)} mục ({listed}) bị đọc liền làm một: trong [a, b], thêm dấu phẩy giữa chúng; "
            "nếu mỗi mục một dòng, mỗi dòng bắt đầu bằng '- ', các dấu '- ' thẳng cột với nhau")


_LEADING_NUMBER = re.compile(r"\d+")


def _closest_document(value: str, known) -> str:
    """A registry id written as its bare code ("50-CT/TW") names every entry of that code, since
    a code is reused from term to term; otherwise only a close typo is offered (at 0.6 "12-CT/TW-2030"
    was offered "10-CT/TW-2007", another directive)."""
    # The file's name ("10-ct-tw-2007"), the id in lower case, or the id after the document's
    # kind ("Chỉ thị 10-CT/TW-2007"): the same id however it is spelt.
    by_slug = {slugify(k): k for k in known}
    code = re.search(r"\d[\w/.-]*$", value.strip())
    for typed in dict.fromkeys([value, code.group() if code else value]):
        if slugify(typed) in by_slug:
            return f" (có phải {by_slug[slugify(typed)]!r}? ghi mã đúng như trường id của văn bản)"
        same_code = sorted(k for k in known if k.casefold().startswith(typed.casefold() + "-"))
        if same_code:
            return f" (các mã có số hiệu này: {', '.join(same_code)}; hãy ghi đủ mã, kèm năm)"
    cited = _cited_as(value, known)
    if cited:
        return f" (có phải {cited!r}? ghi mã đúng như trường id của văn bản)"
    # A number is the document: "213-QĐ/TW-2020" was offered "232-QĐ/TW-2025", another regulation.
    if code:
        number = _LEADING_NUMBER.match(code.group()).group()
        known = [k for k in known if (n := _LEADING_NUMBER.match(k)) and int(n.group()) == int(number)]
    return offer(meant(value, known, 0.85)) or (
        ": ghi mã (trường id) của một văn bản trong content/van-ban, ví dụ 50-CT/TW-2025; văn bản chưa có thì thêm vào sổ văn bản")


def _cited_as(value: str, known) -> str | None:
    """The one entry a citation typed where an id goes names ("HD 42/BTCTW", "NQ TW4 khóa XII")."""
    from .refs import check as cite
    from .registry import Registry

    ids = {c.id for c in cite(value, Registry.build(dict(known))) if c.id}
    return ids.pop() if len(ids) == 1 else None


def load(root: Path | str, rel_base: Path | str | None = None) -> Corpus:
    """Load content/ and run the schema and cross-reference rules."""
    given = Path(root)
    # A link is not resolved: the passes read mkdocs.yml and CONTRIBUTING.md beside the folder as
    # given, not beside the link's target.
    root = given.absolute() if given.is_symlink() else given.resolve()
    base = Path(rel_base).resolve() if rel_base else root.parent
    loader = _Loader(root, base)
    if given.is_symlink():
        # Its files are another folder's (another checkout on a shared runner, or /etc, whose
        # entries each rule would list in the CI log): nothing in it is read.
        loader.report([diag(given.name, 1, 1, "E008", "Thư mục nội dung là liên kết tượng trưng (symlink): "
                                                         "nội dung phải là thư mục thật trong kho.")])
        return loader.corpus
    return loader.run()


def _source_at(value: str, sources: dict) -> str:
    """An address typed where a source's name goes: the name of the source at it, or how to make one."""
    if not re.match(r"https?://", value):
        return ""
    at = [key for key, source in sources.items() if _address(source.url) == _address(value)]
    if at:
        return f": sources ghi mã nguồn (tên tệp trong content/nguon), không ghi địa chỉ; nguồn có địa chỉ này là {at[0]!r}"
    return (": sources ghi mã nguồn (tên tệp trong content/nguon), không ghi địa chỉ; tạo một tệp nguồn có url này "
            "trong content/nguon (xem CONTRIBUTING.md, mục Nguồn), rồi ghi tên tệp ấy")


def _source_named(value: str, sources: dict) -> str:
    """A paper's or a site's name typed where a source's code goes ("LuatVietnam", "Báo Yên Bái"):
    the codes of the sources it published, or how to make one. The body text names sources so."""
    typed = fold(value).strip()
    if not typed or "-" in value or (value.isascii() and value == value.lower() and " " not in value):
        return ""  # a code mistyped, not a name
    by = sorted(key for key, source in sources.items() if source.publication and typed in fold(source.publication))
    told = ": sources ghi mã nguồn (tên tệp trong content/nguon, bỏ .yml), không ghi tên báo"
    if by:
        return f"{told}; nguồn của {value} đã có: {', '.join(by[:6])}" + (", …" if len(by) > 6 else "")
    return f"{told}; nếu chưa có, tạo một tệp nguồn cho bài ấy (xem CONTRIBUTING.md, mục Nguồn) rồi ghi tên tệp"


def _address(url: str | None) -> str:
    return re.sub(r"^https?://(?:www\.)?|/+$", "", url or "").lower()


def code_refused(doc: Document, located: Located) -> bool:
    """Whether a registry entry's file gives a code the schema refused ("13–HD/BTCTU", S107)."""
    return isinstance(located.data.get("code"), str) and not doc.code
