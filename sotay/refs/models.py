"""Citation: one reference found in text, with offsets into the original text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Recognised as documents, never checked against the registry: the Youth Union's, other mass
# organisations', a cell's own papers.
UNCHECKED_SYSTEMS = ("doan", "doan-the", "chi-bo")


@dataclass
class Problem:
    code: str  # a rule code from sotay.diagnostics (C101...)
    message: str
    # The message for a field that holds no link (a title), where `message` offers one to write.
    unlinked: str | None = None

    def told_in(self, path: tuple | None) -> str:
        """The message for a citation in the field at `path` (None: running text)."""
        return self.unlinked if self.unlinked and path and path[-1] == "title" else self.message


@dataclass(slots=True)
class Citation:
    start: int  # offsets into the original text; surface = text[start:end]
    end: int
    surface: str
    kind: str  # abbreviation as used in codes: CT, NQ, KL, HD, QĐ, QĐi, ...; NĐ, TT, Luật for state documents
    # "dang", "nha-nuoc", "doan" (Youth Union), "doan-the" (other mass organisations) or "chi-bo"
    # (a cell's own): the last three recognised, never checked (UNCHECKED_SYSTEMS).
    system: str
    number: str | None = None
    issuer: str | None = None  # as in the code: TW, BTCTW, TU, CP, TTg ...
    code: str | None = None  # canonical code, e.g. 10-CT/TW or 111/2022/NĐ-CP
    code_year: int | None = None  # year inside a state code (111/2022/NĐ-CP)
    date: dt.date | None = None  # the date written beside the reference
    # The date was set off by a comma before words that do not go on citing ("…, ngày 15/8/2025 chi
    # bộ đã họp"): it may be the date of what the sentence tells, so it chooses, never contradicts.
    date_tentative: bool = False
    # "phát hành ngày …": the day it was sent out, on or some days after the day it was signed. It
    # chooses the document signed in the weeks before it, and contradicts one signed after it or
    # long before (see resolve.RELEASED_WITHIN).
    date_released: bool = False
    year: int | None = None  # a year written beside it ("năm 2025", "(2025)")
    # The year came as "năm 2025" after words of work ("Kế hoạch thực hiện Chỉ thị 05-CT/TW năm
    # 2025"): it may be the year of the work done under the document, not of its issue, unless the
    # issuer or the term is written beside it.
    year_of_work: bool = False
    month: int | None = None  # the month written with the year ("tháng 5/2016")
    years_counted: int = 0  # "Tổng kết 10 năm Chỉ thị … năm 2025": the years the work counts (10)
    # From a table's bare "Năm" column, or set off by a comma ("…, năm 2024 chi bộ"): it chooses, never contradicts.
    year_tentative: bool = False
    terms: list[str] = field(default_factory=list)  # khóa written beside it
    body: str | None = None  # issuing body written beside it ("của Ban Bí thư")
    province: str | None = None  # the province a local issuing body names ("của Tỉnh ủy Trà Vinh")
    body_carried: bool = False  # its body is the one written after the list it is in (_carry_issuer)
    plenum: int | None = None  # the plenum written as its issuer ("của Hội nghị lần thứ tư Ban Chấp hành Trung ương")
    # A body that did something else with the document ("của Ban Bí thư gửi về"): it may be its
    # issuer too, so it chooses among the entries of a reused code, never contradicts.
    sender: str | None = None
    name: str | None = None  # for references by name: canonical name ("Nghị quyết Trung ương 4 khóa XII")
    short: bool = False  # "Chỉ thị 10": kind and number only
    kind_word: str | None = None  # the kind word typed, in lower case ("quyết định"), if one was
    link_end: int = 0  # end of the part that becomes a link (kind + code), original offsets
    successor: Citation | None = None  # "X, nay là Y": Y
    malformed: str | None = None  # how the code was written wrongly, if it was
    written: str | None = None  # a Party code as typed ("339-QD/TW", "05-ct/tw"), when it is one
    bad_date: str | None = None  # a date written beside it that is not a calendar date
    glued: bool = False  # its kind word or "số" typed onto the number ("Chỉ thị05-CT/TW", "số05-CT/TW")
    defines: str | None = None  # "(gọi tắt là Chỉ thị số 10)": the short form this reference defines
    defined_as: Citation | None = None  # a short reference that a definition in the text explains
    linked_to: str | None = None  # "[Chỉ thị 10](/van-ban/10-ct-tw-2007/)": the registry id its link names
    in_label: bool = False  # all it says beside its code is inside that link's label (linked.linked_pages)
    # What the columns of its table row state where its own words state it too ("Chỉ thị 10-CT/TW
    # ngày 30/3/2007 | 30/3/2008"): the words choose, the row is checked against the entry chosen.
    row: Citation | None = None
    id: str | None = None  # registry id once resolved
    problems: list[Problem] = field(default_factory=list)

    @property
    def term(self) -> str | None:
        return self.terms[0] if self.terms else None

    def to_dict(self) -> dict:
        return {
            "surface": self.surface, "kind": self.kind, "system": self.system, "number": self.number,
            # The code as its kind writes it: "15-QĐi/TU", where `code` keys a Quy định as QĐ.
            "issuer": self.issuer, "code": self.code.replace("-QĐ/", "-QĐi/", 1) if self.code and self.kind == "QĐi" else self.code,
            "date": self.date.isoformat() if self.date and not self.date_tentative else None,
            "term": self.term, "id": self.id,
            "problems": [{"code": p.code, "message": p.message} for p in self.problems],
        }
