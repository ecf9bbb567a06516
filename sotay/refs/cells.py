"""A reference in a table's cell, read with the cells beside it.

Editors list the documents a page rests on as a table ("| Văn bản | Ngày ban hành | Cơ quan ban
hành |"). The row's other cells say what a sentence would say after the code, so a reference
alone in its row reads them as it reads "… ngày 23/7/2025 của Ban Bí thư khóa XIII": the date
and issuer choose among the documents of a reused code, and contradict the registry where they
differ. Only a column whose header names the fact is read: a "Ngày thực hiện" column holds the
date of the work, not of the document.
"""

from __future__ import annotations

import re

from ..text import fold
from ..verbatim import TABLE_RULE, cell_spans
from .models import Citation

# Headers, folded, of the columns read: the fact, the word that says it before a cell not opening
# with it, a header that names the document's own fact ("Ngày ban hành"), and a bare one ("Ngày"),
# read only beside a column of documents: under "| Ngày | Nội dung |" a date is the meeting's.
_COLUMNS = (
    ("date", "ngày", re.compile(r"(?:ngay|thoi gian)(?: thang nam)? (?:ban hanh|ky(?: ban hanh)?)|ban hanh ngay|ngay van ban"),
     re.compile(r"ngay(?: thang(?: nam)?)?")),
    ("year", "năm", re.compile(r"nam ban hanh"), re.compile(r"nam")),
    ("body", "của", re.compile(r"(?:co quan|noi|cap|don vi|chu the) ban hanh|ban hanh boi"),
     re.compile(r"co quan|noi|cap|don vi")),
    ("terms", "khóa", re.compile(r"khoa ban hanh"), re.compile(r"khoa")),
)
# What the reference itself may already say of each fact: a date written beside it leaves its
# row's year unread too.
_SAID_BY = {"date": ("date", "bad_date", "year"), "year": ("date", "bad_date", "year"), "body": ("body",), "terms": ("terms",)}
_DOCUMENTS = re.compile(r"\b(?:van ban|so hieu|ky hieu|trich yeu|can cu)\b")
_PUNCT = re.compile(r"[^\w ]+")


def _words(header: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(header.strip("*_ "))).split())


def _column(header: str, beside_documents: bool) -> tuple[str, str] | None:
    """What a column holds (date, year, body, terms) and the word that says so, by its header."""
    words = _words(header)
    for fact, word, named, bare in _COLUMNS:
        if named.fullmatch(words) or beside_documents and bare.fullmatch(words):
            return fact, word
    return None


def _row(t: str, at: int, headers: dict[int, str | None]) -> tuple[int, str, str] | None:
    """The row of a table holding `at`: where its line starts, the line, and the table's header
    line; None outside a table or on the header itself. `headers` keeps each row's header found
    so far, so that the rows of a long table are walked up once."""
    start = t.rfind("\n", 0, at) + 1
    end = t.find("\n", at)
    line = t[start:len(t) if end < 0 else end]
    if "|" not in line or line.startswith(("    ", "\t")):
        return None
    above, walked, header = start, [], None
    while above > 0:  # up through the table's rows to its rule line, the header above that
        if above in headers:
            header = headers[above]
            break
        walked.append(above)
        prev = t.rfind("\n", 0, above - 1) + 1
        upper = t[prev:above - 1]
        if TABLE_RULE.match(upper):
            header = t[t.rfind("\n", 0, prev - 1) + 1:prev - 1] if prev else ""
            header = header if "|" in header else None
            break
        if "|" not in upper or not upper.strip():
            break
        above = prev
    headers.update(dict.fromkeys(walked, header))
    return (start, line, header) if header else None


def read_cells(t: str, found: list[Citation]) -> None:
    """Give each reference alone in its table row the facts its row's other cells state."""
    from .extract import find

    rows: dict[int, list] = {}
    headers: dict[int, str | None] = {}
    for c in found:
        if "|" in t[c.start:c.end]:
            continue
        row = _row(t, c.start, headers)
        if row:
            rows.setdefault(row[0], [row]).append(c)
    for start, (row, *cites) in rows.items():
        if len(cites) != 1:
            continue  # two documents in a row: whose the date is, the row does not say
        c, (_, line, header) = cites[0], row
        border = header.strip().startswith("|")
        spans, heads = cell_spans(line, border), [header[a:b] for a, b in cell_spans(header, border)]
        own = next((k for k, (a, b) in enumerate(spans) if a <= c.start - start < b), None)
        if own is None or own >= len(heads):
            continue
        documents = bool(_DOCUMENTS.search(_words(heads[own])))
        said = []
        for k, ((a, b), head) in enumerate(zip(spans, heads, strict=False)):
            if k == own:
                continue
            column, cell = _column(head, documents), line[a:b].strip().strip("*_ ")
            if column and cell and not any(getattr(c, fact) for fact in _SAID_BY[column[0]]):
                word = column[1]
                said.append(cell if fold(cell).startswith(fold(word) + " ") else f"{word} {cell}")
        if not said:
            continue
        written = t[c.start:c.end]
        read = next((r for r in find(f"{written} {' '.join(said)}") if r.start == 0), None)
        if read is None:
            continue
        for fact in ("date", "bad_date", "year", "body", "province", "terms"):
            if not getattr(c, fact) and getattr(read, fact):
                setattr(c, fact, getattr(read, fact))
