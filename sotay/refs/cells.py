"""A reference in a table's cell, read with the cells beside it.

Editors list the documents a page rests on as a table ("| Văn bản | Ngày ban hành | Cơ quan ban
hành |"). The row's other cells say what a sentence would say after the code, so the row's
document reads them as it reads "… ngày 23/7/2025 của Ban Bí thư khóa XIII": they choose among
the documents of a reused code, and contradict the registry where they differ.

The row's document is the reference opening the cell of its column of documents (a header
naming documents: "Văn bản", "Số hiệu", "Căn cứ"…, the code's column after a column of names;
without one, the first cell a reference opens): a reference further on in a cell ("Kế hoạch
thực hiện Chỉ thị 50-CT/TW") or in another column ("Ghi chú", "Thay bằng") is not what the row
dates. A column whose header names the document's fact ("Ngày ban hành", "Cơ quan ban hành",
"Khóa"), before or after it, states the fact; a bare "Ngày", "Năm" or "Cơ quan" may be the
work's (a schedule's day, a report's year), so it only chooses, unless a second bare column
states a fact too ("| Văn bản | Ngày | Cơ quan |"), or it is a register's "Ngày, tháng, năm" right
after its "Số, ký hiệu", in a table with no column of the cell's own work (_WORK). Where the reference's own words state a
fact, they choose, and the row's facts are kept in `Citation.row`, told against that entry.
"""

from __future__ import annotations

import bisect
import functools
import re

from ..text import fold
from ..verbatim import TABLE_RULE, cell_spans
from .models import Citation

# Headers, folded, of the columns read: the fact, the word that says it before a cell not opening
# with it, a header that names the document's own fact, and a bare one.
_COLUMNS = (
    ("date", "ngày", re.compile(r"(?:ngay|thoi gian)(?: thang(?: nam)?)? (?:ban hanh|ky(?: ban hanh)?)(?: van ban)?"
                                r"|ban hanh ngay|ngay(?: thang(?: nam)?)? van ban"),
     re.compile(r"ngay(?: thang(?: nam)?)?")),
    ("year", "năm", re.compile(r"nam ban hanh(?: van ban)?"), re.compile(r"nam")),
    ("body", "của", re.compile(r"(?:co quan|noi|cap|don vi|chu the) ban hanh(?: van ban)?|ban hanh boi"),
     re.compile(r"co quan|noi|tac gia")),
    ("terms", "khóa", re.compile(r"khoa(?: ban hanh)?"), re.compile(r"khoa")),  # only an issuer has a term
)
# A register of documents, as the state's form for one heads its columns ("Số, ký hiệu văn bản",
# "Ngày, tháng, năm văn bản"): right after its "Số, ký hiệu", a "Ngày, tháng, năm" is the documents'
# own date, as no schedule or report heads its code's column so. Elsewhere (before the code, after
# the "Trích yếu"), or in a table with a column of the cell's own work ("Hình thức quán triệt",
# "Nội dung chi bộ thực hiện", "Kết quả"), it is a log's: the day the cell studied or carried the
# document out, which only chooses (a red team's C102 on a log of meetings).
_REGISTER = re.compile(r"so ky hieu\b")
_REGISTER_DATE = "ngay thang nam"
_WORK = re.compile(r"\b(?:hinh thuc|quan triet|thuc hien|trien khai|hoc tap|ket qua|tien do|to chuc|sinh hoat)\b")
_DOCUMENTS = re.compile(r"\b(?:van ban|so hieu|ky hieu|trich yeu|can cu|chi thi|nghi quyet|huong dan|quy dinh|ket luan)\b")
_PUNCT = re.compile(r"[\W_]+")
_TAG = re.compile(r"<[^<>\n]{0,80}>")
_ASIDE = re.compile(r"\([^()]{0,40}\)[\W_]*$")  # "Ngày ban hành (nếu có)"
# Before the row's document in its cell: markup, a bullet, a symbol, a list's number or letter,
# the kind's letters before a bare code ("CT 50-CT/TW").
_OPENING = re.compile(r"(?:[\W_]|\(?\d{1,3}[.)]|[a-zđ]\)|(?:CT|HD|NQ|KL|QĐi?|QC|KH|TB)(?![\w]))*", re.I)
# What opens a line before a table's pipes: indentation and quotation marks.
_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*")
_SLASH = re.compile(r"(?<!\d)\s*/\s*|\s*/\s*(?!\d)")  # not between a date's digits
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OWN_TERM = re.compile(r"[\s,]*\(?\s*kh(?:óa|oá|oa)\s+[IVXL]+\s*\)?[*_]*$", re.I)
# A name's terms listed ("Nghị quyết Trung ương 4 (khóa XI, XII)") name two documents, and a Khóa
# column beside them says which of them the row means: their own terms stay.
_MORE_TERMS = re.compile(r"\s*(?:,|và\s)")


def _words(header: str) -> str:
    """A header's words, folded, without markup, tags or a note in brackets at its end."""
    return " ".join(_PUNCT.sub(" ", fold(_ASIDE.sub("", _TAG.sub(" ", header)))).split())


@functools.lru_cache(maxsize=256)  # a table's header is read again for each of its rows
def _documents(header: str) -> bool:
    """A column of documents: its header names them, and no fact of one ("Ngày ban hành văn bản")."""
    return bool(_DOCUMENTS.search(_words(header))) and _column(header) is None


@functools.lru_cache(maxsize=256)
def _column(header: str) -> tuple[str, str, bool] | None:
    """What a column holds (date, year, body, terms), the word that says so, and whether its
    header names the document's fact (not a bare one)."""
    words = _words(header)
    for fact, word, named, bare in _COLUMNS:
        if named.fullmatch(words) or bare.fullmatch(words):
            return fact, word, bool(named.fullmatch(words))
    return None


def _table_rows(text: str) -> dict[int, tuple[int, str, list[str], bool]]:
    """Each table row under a header, by its line's start: where its cells' text starts (past a
    quotation's marks and indentation), that text, the header's cells, and whether the header
    has outer pipes. Only the lines holding a pipe are looked at, each once."""
    rows = {}
    pipe = text.find("|")
    while pipe >= 0:
        start = text.rfind("\n", 0, pipe) + 1
        rule = _line(text, start)
        end = start + len(rule)
        pipe = text.find("|", end)
        if not start or "-" not in rule or not TABLE_RULE.match(rule[len(_PREFIX.match(rule).group()):]):
            continue
        header = _line(text, text.rfind("\n", 0, start - 1) + 1)
        prefix = _PREFIX.match(header).group()
        if not rule.startswith(prefix.rstrip(" \t")) or "|" not in header[len(prefix):]:
            continue
        quote, indent = _marks(prefix), len(prefix) - len(prefix.lstrip(" \t"))
        head = header[len(prefix):]
        border = head.lstrip().startswith("|")
        heads = [head[a:b] for a, b in cell_spans(head, border)]
        at = text.find("\n", end) + 1
        while 0 < at < len(text):
            row = _line(text, at)
            own = _PREFIX.match(row).group()
            body = row[len(own):]
            # A line at the margin after a note's indented table ends the note, and the table.
            if _marks(own) != quote or len(own) - len(own.lstrip(" \t")) < indent or "|" not in body or not body.strip():
                break
            rows[at] = (at + len(own), body, heads, border)
            at = text.find("\n", at) + 1
        pipe = text.find("|", at) if at > 0 else -1
    return rows


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    line = text[start:len(text) if end < 0 else end]
    return line[:-1] if line.endswith("\r") else line


def _marks(prefix: str) -> str:
    return prefix.replace(" ", "").replace("\t", "")


def read_cells(text: str, found: list[Citation]) -> None:
    """Give the document of each table row the facts its row's other cells state."""
    tables = _table_rows(text)
    if not tables:
        return
    line_starts = sorted(tables)
    by_row: dict[int, list[Citation]] = {}
    for c in found:
        k = bisect.bisect_right(line_starts, c.start) - 1
        if k >= 0 and c.start < tables[line_starts[k]][0] + len(tables[line_starts[k]][1]):
            by_row.setdefault(line_starts[k], []).append(c)
    for line_start, cites in by_row.items():
        at, body, heads, border = tables[line_start]
        spans = [(at + a, at + b) for a, b in cell_spans(body, border)][:len(heads)]
        cells = [a for a, _ in spans]
        columns = [(c, bisect.bisect_right(cells, c.start) - 1) for c in cites]
        c, column = _document_of(text, spans, heads, columns)
        if c is None:
            continue
        documents = _documents(heads[column])
        register = documents and _REGISTER.match(_words(heads[column])) and not any(_WORK.search(_words(h)) for h in heads)
        # A cell citing another document stands between: "| 50-CT/TW | Thay bằng 10-CT/TW | Ngày |"
        # may date either.
        others = {k for o, k in columns if o is not c}
        said = {}
        for k, ((a, b), head) in enumerate(zip(spans, heads, strict=False)):
            if k == column or any(min(k, column) < o < max(k, column) for o in others):
                continue
            for kind, cell in _facts_in(head, text[a:b].strip().strip("*_ ")):
                if kind and register and k == column + 1 and _words(head) == _REGISTER_DATE:
                    kind = (*kind[:2], True)
                if kind and cell and (kind[2] or documents) and kind[0] not in said:
                    said[kind[0]] = (cell, kind[1], kind[2])
        if said:
            # The kind and code alone: the row's facts are read as its own, not after the reference's.
            written = text[c.start:c.link_end if c.link_end > c.start else c.end]
            if c.name and "terms" in said and not _MORE_TERMS.match(text, c.end):
                # A name's own term ("Nghị quyết Trung ương 4 (khóa XII)") would hide the column's.
                written = _OWN_TERM.sub("", written)
            _apply(c, written, said)


def _facts_in(head: str, cell: str) -> list:
    """The facts a column states, each with its part of the cell: a header joining two with "/"
    ("Cơ quan ban hành/Khóa") splits its cell so ("Ban Bí thư/khóa XI"), a date's own slashes kept."""
    kinds = [_column(part) for part in head.split("/")] if "/" in head else []
    parts = _SLASH.split(cell)
    if len(kinds) > 1 and all(kinds) and len(parts) == len(kinds):
        return [(kind, part.strip()) for kind, part in zip(kinds, parts, strict=True)]
    return [(_column(head), cell)]


def _document_of(text: str, spans, heads, columns) -> tuple[Citation | None, int]:
    """The row's document, and its column: the reference opening the cell of the first column of
    documents that has one, a later one only where no column of facts stands between ("| Tên văn
    bản | Số hiệu | Ngày ban hành |": the code; "| Văn bản của chi bộ | Ngày ban hành | Căn cứ |":
    none); with no column of documents, the first cell a reference opens."""
    named = [k for k, head in enumerate(heads) if _documents(head)]
    facts = [k for k, head in enumerate(heads) if _column(head)]
    named = named[:1] + [k for k in named[1:] if not any(named[0] < f < k for f in facts)]
    for c, k in sorted(columns, key=lambda ck: ck[0].start):
        if k < 0 or k >= len(spans) or named and k not in named:
            continue
        before = _TAG.sub("", text[spans[k][0]:c.start])
        if len(before) <= 40 and _OPENING.fullmatch(before) and c.end <= spans[k][1]:
            return c, k
    return None, -1


def _apply(c: Citation, written: str, said: dict[str, tuple[str, str, bool]]) -> None:
    """Read the cells as the words after the reference, each column alone where the row's phrase
    loses it (a cell of "…" stops the reading of the cells after it)."""
    from .extract import find

    def read(facts) -> Citation | None:
        phrase = " ".join(cell if fold(cell).startswith(fold(word) + " ") else f"{word} {cell}"
                          for cell, word, _ in (said[f] for f in facts))
        return next((r for r in find(f"{written} {phrase}") if r.start == 0), None)

    got = {}
    whole = read(list(said))
    for fact in list(said):
        one = whole if whole and _has(whole, fact) else read([fact])
        if one is None or not _has(one, fact):
            year = _YEAR.findall(said[fact][0]) if fact == "date" else []
            if len(year) != 1:
                continue
            one, fact = Citation(0, 0, "", "", "", year=int(year[0])), "year"
            said.setdefault("year", said["date"])
        got[fact] = one
    # A bare column may be the work's (a meeting's day, a report's year, the unit in charge), even
    # beside one named for a document's fact ("| Văn bản | Cơ quan ban hành | Ngày |" is a study
    # schedule as often as a list of documents); with a second bare one stating another of the
    # document's facts, the row lists documents' facts. A bare date or year that only chooses still
    # cannot come before the document (resolve._mismatches).
    stated = {f for f in got if said[f][2]}
    bare = set(got) - stated
    if len({"date" if f == "year" else f for f in bare}) >= 2:
        stated |= bare
    # The reference's own words choose: the row's facts are then checked against their entry.
    own = bool(c.date or c.bad_date or c.year or c.body or c.terms)
    for fact, one in got.items():
        if fact in stated:
            _state(c, one, fact, own)
        elif own:
            continue
        elif fact == "date":
            c.date, c.date_tentative = one.date, True
        elif fact == "year":
            c.year, c.year_tentative = one.year, True
        elif fact == "body" and not c.sender:
            c.sender = one.body


def _has(c: Citation, fact: str) -> bool:
    return bool(c.date or c.bad_date) if fact == "date" else bool(getattr(c, fact))


_FACTS = {"date": ("date", "bad_date", "year"), "year": ("date", "bad_date", "year"), "body": ("body", "province"), "terms": ("terms",)}


def _state(c: Citation, read: Citation, fact: str, own: bool) -> None:
    """The column's fact as the reference's. Where its own words say any fact, or another column
    already gave this one ("Ngày ban hành" and "Năm ban hành"), kept aside in `c.row` unless the
    same, to be checked against the entry the words choose."""
    keys = _FACTS[fact]
    # A date column gives the day, a year column the year, however the row's phrase read them.
    value = [read.date, read.bad_date, None] if fact == "date" else [None, None, read.year] if fact == "year" \
        else [getattr(read, k) for k in keys]
    if value == [getattr(c, k) for k in keys]:
        return
    target = c.row or Citation(c.start, c.end, c.surface, c.kind, c.system) if own or any(getattr(c, k) for k in keys) else c
    if any(getattr(target, k) for k in keys):
        return
    for k, v in zip(keys, value, strict=True):
        setattr(target, k, v)
    if fact == "body" and not target.terms:
        target.terms = [t for t in read.terms if t not in c.terms]  # "Ban Bí thư khóa XIII" in one cell
    if target is not c:
        c.row = target
