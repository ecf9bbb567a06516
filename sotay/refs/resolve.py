"""Resolve citations against the registry and apply the citation rules.

Policy (error vs warning): a citation that is wrong is an error: an unknown
Party document (C101), a date, issuer or term that contradicts the registry
(C102-C104), a replaced document cited without its successor nearby (C105), a
malformed code (C106). A citation that is incomplete but not wrong is a
warning: an ambiguous short reference the text does not pin down (C107), a
state document the registry does not hold (C108). Youth Union documents look
like Party documents but are recognised and left alone.

A code shared by several entries (50-CT/TW of 1999, 2015 and 2025) resolves to the entry that
every fact written beside it fits; when none fits all of them, to the entry they point at most
strongly (an exact date, then the year or the term, then the issuer), with the contradiction
reported; when none stands out, to nothing, with the contradiction (C102-C104) or the ambiguity.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import replace

from ..registry import Registry, base_kind, code_key, kind_key, number_key, split_code, system_of
from ..text import INVISIBLE, changed_mark, fold, match_key, nfc, vn_date
from . import patterns as P
from .extract import CONGRESS_YEARS, body_name, calendar_date, date_parts, find, terms_of
from .linked import linked_pages, unshown
from .models import UNCHECKED_SYSTEMS, Citation, Problem
from .normalize import CONFUSABLE, TERM_WITH_L, normalize, term_typed_with_l
from .patterns import BODY_SYSTEMS

_LOOK_ALIKE = re.compile(f"[{CONFUSABLE}]")



@functools.lru_cache(maxsize=1024)
def _bodies_match(written: str, registered: str) -> bool:
    """"Ban Bí thư" matches "Ban Bí thư Trung ương Đảng"; it does not match "Ban Bí thư Trung ương
    Đoàn", which names the Youth Union's secretariat."""
    def system(body):
        return BODY_SYSTEMS.get(body.lower(), "dang")

    a, b = (_PROVINCE_PREFIX.sub(r"\1", fold(x)) for x in (written, registered))
    if a == "trung uong":
        # "của Trung ương": any of the Party's central bodies, as reports say it loosely.
        return system(registered) == "dang" and any(b.startswith(fold(body)) for body in P.CENTRAL_BODIES if body != "Trung ương")
    return (a in b or b in a) and system(written) == system(registered)


# "Tỉnh ủy tỉnh Trà Vinh" is "Tỉnh ủy Trà Vinh".
_PROVINCE_PREFIX = re.compile(r"\b(uy )(?:tinh|thanh pho) ")


def _same_province(doc, c: Citation) -> bool:
    """A local code (09-HD/TU) is reused by every province: one the text places in another
    province is another document, and so is a city's (its Thành ủy is no province's Tỉnh ủy)."""
    committees = {_committee(doc.issuing_body), _committee(c.body)} - {None}
    return (not (doc.province and c.province) or fold(doc.province) == fold(c.province)) and len(committees) < 2


@functools.lru_cache(maxsize=256)  # asked of every candidate of a coded citation; bodies repeat
def _committee(body: str | None) -> str | None:
    folded = fold(body or "")
    return next((word for word in ("tinh uy", "thanh uy") if word in folded), None)


# Names come from a small set (plenums of each term, congresses): their keys repeat.
_name_key = functools.lru_cache(maxsize=1024)(match_key)


# How long after it was signed a document may be sent out ("phát hành"): days as a rule; a month
# leaves room for a late copy, and a year later is another document or a wrong date.
RELEASED_WITHIN = dt.timedelta(days=31)


def _sent_out_by(doc, released: dt.date) -> bool | None:
    """Whether a document could have been sent out on that day: signed in the month before it (or,
    where the registry holds its year only, in that year or the one before); None, nothing to tell."""
    if doc.date:
        return doc.date <= released <= doc.date + RELEASED_WITHIN
    return released.year in (doc.issued_year, doc.issued_year + 1) if doc.issued_year else None


# The two kinds whose Party code is QĐ, as their kind words are typed.
_QD_KINDS = {"quy-dinh": "quy định", "quyet-dinh": "quyết định"}
_QD_EITHER = {"QĐ": "Quy định (hoặc Quyết định)"}


def _mismatches(doc, c: Citation) -> list[tuple[str, str]]:
    """What a citation writes that the registry contradicts, each with what to write instead."""
    bad = []
    written_year = None if c.year_tentative else c.year if c.date_tentative else c.date.year if c.date else c.year
    month = c.month if written_year and written_year == c.year and not (c.date and not c.date_tentative) else None
    # The month a topic was studied in the document's own year or later is the work's ("Học tập
    # chuyên đề Chỉ thị 05-CT/TW tháng 9/2016"); no work was done on it before it was issued
    # ("Tháng 5/2015, chi bộ học tập Chỉ thị 50-CT/TW" is not the directive of 7/12/2015).
    wrong_month = bool(month and doc.date and (written_year, month) != (doc.date.year, doc.date.month)
                       and not (c.year_of_work and (written_year, month) > (doc.date.year, doc.date.month)))
    # A year that only chooses (set off by a comma, a table's bare column) still cannot come before
    # the document: no cell carried it out in 2006 when it was issued in 2007.
    if c.year_tentative and not c.years_counted and c.year and doc.issued_year and c.year < doc.issued_year and not c.date:
        written_year = c.year
    # So a date that only chooses, but for one a document was sent out on (checked below).
    early = c.date_tentative and not c.date_released and doc.date and c.date < doc.date
    if c.date and (not c.date_tentative or early) and doc.date and c.date != doc.date:
        bad.append(("C102", f"ngày {vn_date(c.date)} khác ngày ban hành {vn_date(doc.date)} trong sổ; sửa thành ngày {vn_date(doc.date)}"))
    elif c.date_released and _sent_out_by(doc, c.date) is False:
        signed = f"ngày {vn_date(doc.date)}" if doc.date else f"năm {doc.issued_year}"
        bad.append(("C102", f"ngày phát hành {vn_date(c.date)} không thể là của văn bản ban hành {signed} trong sổ "
                            f"(phát hành trong vòng {RELEASED_WITHIN.days} ngày sau khi ký); sửa ngày, hoặc ghi {signed}"))
    elif written_year and doc.issued_year and (written_year != doc.issued_year or wrong_month) and not (
            # "Chỉ thị 05-CT/TW năm 2025": a later year, in words, is the year of the work done
            # (beside the issuer or the term, "năm 2008 của Ban Bí thư", it is the issue's).
            c.year_of_work and not (c.date or c.body or c.terms) and written_year > doc.issued_year):
        if wrong_month:
            issued = f"{doc.date.month}/{doc.date.year}"
            bad.append(("C102", f"tháng {month}/{written_year} khác tháng ban hành {issued} trong sổ; sửa thành tháng {issued}"))
        else:
            bad.append(("C102", f"năm {written_year} khác năm ban hành {doc.issued_year} trong sổ; sửa thành năm {doc.issued_year}"))
    plenums = {int(n) for name in [*doc.aliases, doc.name or ""] for n in P.PLENUM_OF_NAME.findall(name)} if c.plenum else set()
    if plenums and c.plenum not in plenums:
        held = min(plenums)
        bad.append(("C103", f"Hội nghị Trung ương {c.plenum} khác Hội nghị Trung ương {held} trong sổ; sửa thành "
                            f"Hội nghị Trung ương {held}"))
    term = _term_of(doc)
    if c.terms and term and term not in c.terms:
        terms = ", ".join(c.terms[:-1]) + " và " + c.terms[-1] if c.terms[1:] else c.terms[0]
        if doc.term:
            bad.append(("C104", f"khóa {terms} khác khóa {doc.term} trong sổ; sửa thành khóa {doc.term}"))
        else:
            issued = f"ngày {vn_date(doc.date)}" if doc.date else f"năm {doc.issued_year}"
            bad.append(("C104", f"ghi khóa {terms}, nhưng văn bản này ban hành {issued} (theo sổ), tức thuộc khóa {term}; sửa thành khóa {term}"))
    if c.body and doc.issuing_body and not _bodies_match(c.body, doc.issuing_body):
        if c.body_carried:
            # The body is written once, after the list: the fix is this code's own body, not another word there.
            bad.append(("C103", f"cơ quan ban hành ‘{c.body}’ ghi sau danh sách được hiểu là của cả văn bản này, khác "
                                f"‘{doc.issuing_body}’ trong sổ; ghi riêng ‘của {doc.issuing_body}’ ngay sau văn bản này"))
        else:
            bad.append(("C103", f"cơ quan ban hành ‘{c.body}’ khác ‘{doc.issuing_body}’ trong sổ; sửa thành ‘{doc.issuing_body}’"))
    if bad and doc.province and not c.province:
        # Every province numbers its own 09-HD/TU: the text named none, and the registry's one
        # province is no more likely the meant one than another (told, as "sổ chỉ có" says elsewhere).
        bad = [(code, f"{told} (sổ chỉ có văn bản số hiệu này của {doc.province}, câu văn không ghi tỉnh)") for code, told in bad]
    return bad


def _term_of(doc) -> str | None:
    """The entry's term, or, where the registry gives none, the one its date lies in: a central
    document is issued under the Central Committee of its day, whose term the date tells as surely
    as a source would (a province's committee counts terms of its own). A date in a congress's own
    weeks may be either term's and tells none (the bounds of _another_terms)."""
    if doc.term or doc.scope != "trung-uong" or not (doc.date or doc.issued_year):
        return doc.term
    month = (doc.date.year, doc.date.month) if doc.date else None
    for term, first in CONGRESS_YEARS.items():
        if (first, 3) <= month < (first + 5, 1) if month else first < doc.issued_year < first + 5:
            return term
    return None


def _another_terms(doc, c: Citation) -> bool:
    """Whether a coded citation names another term's document of the entry's number: its term
    differs, and so does its date (or year), which lies in that term (a date in the entry's own
    term, or the entry's day and month, is a slip in the term: told, not another document)."""
    said = {code for code, _ in _mismatches(doc, c)}
    if not {"C102", "C104"} <= said or len(c.terms) != 1 or c.terms[0] not in CONGRESS_YEARS:
        return False
    year = c.date.year if c.date else c.year
    first = CONGRESS_YEARS[c.terms[0]]
    if not year or c.date and c.date > dt.date.today():
        return False  # a day to come is a slip, not a document
    same_day = c.date and doc.date and (c.date.day, c.date.month) == (doc.date.day, doc.date.month)
    # The congresses meet in January or February: a term holds March of its first year to January
    # of the next congress's (a year alone, the years between), and a date in a congress's own
    # weeks may be either term's.
    within = (first, 3) <= (year, c.date.month) < (first + 5, 1) if c.date else first < year < first + 5
    return within and not same_day


def _page_name(doc) -> str:
    """A registry page as its title names it: "42-HD/BTCTW năm 2025"."""
    name = doc.code or doc.name or doc.id
    return f"{name} năm {doc.issued_year}" if doc.issued_year and str(doc.issued_year) not in name else name


def _year_mistyped(c: Citation, docs: list, chosen=None):
    """The one entry of the code, other than `chosen` (the entry of the date's year), that the
    citation fits but for its date's year ("50-CT/TW ngày 23/7/2015 của Ban Bí thư": the 2025
    directive, its year mistyped), if there is one."""
    if not c.date or chosen is not None and c.date.year != chosen.issued_year:
        return None
    fits = [d for d in docs if d is not chosen and d.date and (d.date.day, d.date.month) == (c.date.day, c.date.month)
            and all(code == "C102" for code, _ in _mismatches(d, c))]
    return fits[0] if len(fits) == 1 else None


def _kind_problem(doc, c: Citation) -> Problem | None:
    """QĐ is the code of both kinds: only the registry tells "Quyết định số 294-QĐ/TW" is a Quy
    định (C106). Told apart from the facts, which choose among entries: the kind word does not."""
    named = _QD_KINDS.get(doc.type)
    if not (named and c.kind_word in _QD_KINDS.values() and c.kind_word != named):
        return None
    return Problem("C106", f"{c.code or _typed_short(c) or c.surface}: sổ ghi văn bản này là {named.capitalize()}, không phải "
                           f"{c.kind_word.capitalize()}; sửa thành {named.capitalize()}.")


def _kind_name(doc, abbr: str) -> str | None:
    """The kind word of a Party entry, "Quy định" or "Quyết định" for a QĐ code by its type."""
    named = _QD_KINDS.get(doc.type)
    return named.capitalize() if named else P.SHORT_ABBREVIATIONS.get(abbr)


def _facts(doc, c: Citation) -> str:
    """A registry entry as a citation of it is written: "Chỉ thị số 50-CT/TW ngày 01/12/1999 của
    Bộ Chính trị (khóa VIII)", which an editor can copy (the entry's id is the registry's word)."""
    kind = _kind_name(doc, c.kind) if doc.code else None
    text = f"{kind} số {doc.code}" if kind else doc.code or doc.name or doc.id
    if doc.date:
        text += f" ngày {vn_date(doc.date)}"
    elif doc.year and str(doc.year) not in text:
        text += f" năm {doc.year}"
    if doc.issuing_body:
        text += f" của {doc.issuing_body}"
    if doc.term and f"khóa {doc.term}" not in text:
        text += f" (khóa {doc.term})"
    return text


def _maybe(label: str, docs: list, c: Citation) -> str:
    """C107's message: the documents a reference may mean, each as a citation of it is written."""
    if len(docs) == 1 and docs[0].province and c.short and not c.province:
        # "Quy định 08 về trách nhiệm nêu gương …" is the Party's; the registry's one of that number
        # is a province's, offered as the reading it was taken for a national page.
        return (f"‘{label}’ không đủ để xác định văn bản; sổ chỉ có {_facts(docs[0], c)}, một văn bản của địa phương: nếu "
                "định trích văn bản ấy, hãy viết đủ như vậy; nếu là văn bản khác, ghi đủ số hiệu và ngày ban hành.")
    if len(docs) == 1:
        return f"‘{label}’ chưa đủ rõ: nếu là {_facts(docs[0], c)}, hãy viết đủ như vậy (ít nhất số hiệu và ngày ban hành)."
    more = "ngày ban hành" if c.code else "số hiệu và ngày ban hành"  # "'50-CT/TW' …: viết thêm số hiệu" asked for what is there
    # Provinces' documents are told apart by the body that issued them, not a term they have none of.
    other = "hoặc cơ quan ban hành (có tên tỉnh)" if any(d.province for d in docs) else "hoặc khóa"
    # Each with its subject: "50-CT/TW năm 1999" and "… 2015" alone did not tell an editor which
    # one is on khuyến học and which on corruption (a red team's).
    return (f"‘{label}’ có thể là {len(docs)} văn bản: {'; '.join(_facts(d, c) + _subject(d) for d in docs)}. "
            f"Hãy viết thêm {more}, {other}, của văn bản định trích.")


def _subject(doc, words: int = 25) -> str:
    """", về …": an entry's title as a list of candidates names it, at most `words` words."""
    if not doc.title or doc.name == doc.title:
        return ""
    title = doc.title.split()
    text = " ".join(title[:words]) + ("…" if len(title) > words else "")
    text = text[0].lower() + text[1:] if text[:2] != text[:2].upper() else text
    return f", {text}" if text.startswith("về ") else f", về {text}"


def _support(doc, c: Citation) -> int:
    """How strongly the facts written beside a citation point at a document: an exact date most,
    then the year or the term, then the issuing body."""
    score = 0
    written_year = c.date.year if c.date else c.year
    if c.date and doc.date == c.date:
        score += 3
    elif c.date_released:
        score += 2 if _sent_out_by(doc, c.date) else 0
    elif written_year and doc.issued_year == written_year:
        score += 2
    elif written_year and c.years_counted and doc.issued_year == written_year - c.years_counted:
        score += 2  # "Tổng kết 10 năm Chỉ thị 50-CT/TW năm 2025": the 2015 directive
    if c.terms and _term_of(doc) in c.terms:
        score += 2
    if c.body and doc.issuing_body and _bodies_match(c.body, doc.issuing_body):
        score += 1
    return score


def _best_supported(docs: list, c: Citation):
    """The one document the written facts support most, if one stands out."""
    scored = sorted(((_support(d, c), d) for d in docs), key=lambda x: x[0], reverse=True)
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


def _candidates(c: Citation, registry: Registry) -> tuple[list, bool]:
    """Registry entries the citation may mean, and whether the registry names it exactly."""
    if c.code:
        docs = [d for d in registry.by_code.get(code_key(c.code), []) if _same_province(d, c)]
        if not docs and c.system == "nha-nuoc":
            # State numbers start again each year: a year in the code, or beside it ("111/NĐ-CP năm
            # 2022"), must be the entry's.
            year = c.code_year or (c.date.year if c.date else c.year)
            docs = [d for d in registry.by_number.get(number_key(c.system, c.kind, c.number), [])
                    if not year or d.issued_year == year]
        return docs, False
    if c.name:
        doc = registry.by_alias.get(_name_key(c.name))
        if doc is not None and not _another_year(doc, c):
            return [doc], True
    if c.short and c.name and c.name.startswith("Nghị quyết Trung ương"):
        return _plenum_entries(registry, c.name), False
    if c.short:
        # "Quy định 08 của Ban Chấp hành Trung ương" is no province's Quy định 08, and "Hướng dẫn 09 của
        # Tỉnh ủy Tuyên Quang" no other province's: told as the one the registry holds (C103), a
        # correct sentence failed the build. Left unresolved, it is the warning a short form gets.
        return [d for d in registry.by_number.get(number_key(c.system, c.kind, c.number), [])
                if _same_province(d, c) and _same_level(d, c) and not _another_year(d, c)], False
    return [], False


def _another_year(doc, c: Citation) -> bool:
    """A state number starts again each year: "Nghị định 111 năm 2022" is no entry of another year,
    nor one whose year the registry does not know (C108, as "111/2022/NĐ-CP" is)."""
    year = c.code_year or (c.date.year if c.date else c.year)
    return c.system == "nha-nuoc" and bool(c.short and year) and doc.issued_year != year


def _plenums_numbered(c: Citation, registry: Registry) -> list:
    """The plenums' resolutions a resolution's short form may mean as members say it ("NQ4 khóa
    XI": the fourth plenum's of term XI), of its terms or, none written, of any: not read as
    them, since a province's committee numbers its terms and resolutions too, but offered (C107)."""
    if c.kind != "NQ" or not c.short or not c.number or not 1 <= int(c.number) <= 20:
        return []
    return _plenum_entries(registry, f"Nghị quyết Trung ương {int(c.number)}", c.terms)


def _plenum_entries(registry: Registry, name: str, terms=()) -> list:
    """The entries named "<name> khóa <term>", of the terms given or of any."""
    prefix = _name_key(name + " khóa ")
    return [d for key, d in registry.by_alias.items() if key.startswith(prefix)
            and (not terms or any(key == prefix + _name_key(term) for term in terms))]


def _pending(c: Citation, registry: Registry) -> bool:
    """Whether a citation names, by its code or its name, an entry whose file does not read."""
    return bool(c.code and code_key(c.code) in registry.pending or c.name and _name_key(c.name) in registry.pending)


def _same_level(doc, c: Citation) -> bool:
    """A central body issues no local document, and a local one no central document."""
    if not c.body or c.system != "dang":
        return True
    return doc.scope != ("dia-phuong" if central_body(c.body) else "trung-uong")


def central_body(body: str) -> bool:
    """Whether an issuing body as read is a central one ("Ban Bí Thư", "ban bí thư": the same)."""
    return fold(body).lower() in _CENTRAL


_CENTRAL = {fold(body).lower() for body in P.CENTRAL_BODIES}


def _yearless_namesake(c: Citation, registry: Registry) -> str:
    """Why a state code with a year did not resolve to the registry's entry of the same number."""
    if not (c.code_year or c.year or c.date):
        return ""
    same = [d for d in registry.by_number.get(number_key(c.system, c.kind, c.number), []) if not d.issued_year]
    return (f" (sổ có {same[0].code or same[0].name} nhưng không ghi năm ban hành, nên chưa biết có phải văn bản này;"
            " nếu đúng, hãy thêm số hiệu và năm vào sổ, kèm nguồn)") if same else ""


# A Quy định's code as typed ("08-QĐI/TW", "08-QDi/TW"): named with its "QĐi" when the registry lacks it.
_RULE_CODE = re.compile(r"-\s*Q[ĐD][iI]\s*/")


def _not_held(label: str, c: Citation, registry: Registry) -> str:
    """C101's message; a local code the registry holds for other provinces only says so, since
    "not in the registry" alone reads as a typo in the code."""
    held = [d for d in registry.by_code.get(code_key(c.code), []) if d.province and not _same_province(d, c)] if c.code else []
    if held:
        # Each as the registry writes its code: "15-QĐi/TU của Quảng Nam", not the code read ("15-QĐ/TU").
        others = ", ".join(sorted({f"{d.code or c.code} của {d.province}" for d in held}))
        return (f"{label} của {c.body} chưa có trong sổ văn bản (sổ chỉ có {others}): nếu đúng là "
                "văn bản của nơi này, hãy thêm vào content/van-ban với nguồn.")
    # "Chỉ thị số 01-CT/TW … khóa XIV": the registry may hold that kind and number by name only,
    # its code not yet confirmed by a source; "not in the registry" alone sent the editor to add it twice.
    codeless = [d for d in registry.by_number.get(number_key(c.system, c.kind, c.number), [])
                if not d.code and not _mismatches(d, c)] if c.code else []
    # So may a plenum's resolution, named by its plenum and term ("Nghị quyết số 12-NQ/TW … Hội nghị
    # lần thứ tư … khóa XI": the registry's Nghị quyết Trung ương 4 khóa XI).
    codeless = codeless or ([d for d in registry.documents.values() if not d.code and d.term in c.terms and d.name
                             and c.plenum in {int(n) for n in P.PLENUM_OF_NAME.findall(d.name)}] if c.code and c.plenum else [])
    if codeless:
        return (f"{label} chưa có trong sổ văn bản (sổ có {codeless[0].name}, chưa ghi số hiệu): nếu đúng là văn bản "
                "này, hãy thêm số hiệu vào văn bản đó trong content/van-ban, kèm nguồn.")
    if unnamed := plenum_namesakes(c, registry):
        listed = ", ".join(d.id for d in unnamed)
        return (f"{label} chưa có trong sổ văn bản dưới tên này (sổ có {listed} của Ban Chấp hành Trung ương khóa {unnamed[0].term}, "
                f"chưa ghi tên gọi theo hội nghị): nếu là văn bản ấy, hãy thêm {c.name!r} vào aliases của nó, kèm nguồn; "
                "nếu không, hãy thêm văn bản với nguồn.")
    # "Hướng dẫn số 24-HD/BTCTW ngày 28/10/2025": 42-HD/BTCTW, issued that day, its number's
    # digits swapped, more likely than a document missing.
    meant = _typed_for(c, registry)
    if meant is not None:
        return (f"{label} chưa có trong sổ văn bản, nhưng sổ có {_facts(meant, c)}, cùng ngày: có phải số hiệu gõ nhầm? Nếu vậy, "
                f"sửa thành {meant.code}; nếu không, hãy thêm văn bản vào content/van-ban với nguồn.")
    command = _add_command(c, registry)
    if command is None:
        return (f"{label} chưa có trong sổ văn bản; thêm văn bản với nguồn: make new KIND=document TITLE=\"<trích dẫn đủ "
                "loại, số hiệu, ngày và cơ quan ban hành>\" SOURCE=<mã-nguồn> (xem CONTRIBUTING.md, mục “Văn bản trong sổ văn bản”).")
    return f"{label} chưa có trong sổ văn bản; thêm bằng lệnh: {command}"


def _add_command(c: Citation, registry: Registry) -> str | None:
    """The command that writes the registry's entry for `c` from its own words (CONTRIBUTING's
    `make new KIND=document`), where it would: `new document` reads the citation's identity (its
    year, a local one's province), and the registry keeps documents of its kind. A command that
    fails as copied (a date or a province the citation's words leave out, a "Công văn") sent the
    editor on to a second error."""
    from ..scaffold_document import identity_read

    title = re.sub(r"\s+", " ", c.surface).strip().replace('"', "'")
    kinds = {(system, kind) for system, kind, _ in registry.by_number}
    if (c.system, base_kind(c.kind)) not in kinds or not identity_read(title):
        return None
    return f'make new KIND=document TITLE="{title}" SOURCE=<mã-nguồn>'


def plenum_namesakes(c: Citation, registry: Registry) -> list:
    """"Nghị quyết Trung ương 6 khóa X" is a plenum's resolution, which the registry may hold by its
    code alone (22-NQ/TW-2008): the coded entries of that kind, term and body that no plenum's name
    is given to yet, which the name may be another name of."""
    if c.code or not c.name or not P.PLENUM_OF_NAME.search(c.name):
        return []
    return sorted((d for d in registry.documents.values()
                   if d.code and d.term in c.terms and fold(d.issuing_body or "").lower() == "ban chap hanh trung uong"
                   and base_kind(code_key((split_code(d.code) or {}).get("abbr", ""))) == base_kind(c.kind)
                   and not any(P.PLENUM_OF_NAME.search(alias) for alias in d.aliases)), key=lambda d: d.id)


def _named_successor(c: Citation, predecessors: dict, registry: Registry):
    """"Chỉ thị 03-CT/TW, nay là Chỉ thị 05": the short form names the document the registry says
    replaced the one before it."""
    before = predecessors.get(id(c))
    if before is None or not c.short:
        return None
    numbered = registry.by_number.get(number_key(c.system, c.kind, c.number or ""), [])
    later = [d for d in registry.chain(before)[1:] if d in numbered]
    return later[0] if len(later) == 1 else None


# How far back a sentence may set the scene for a reference ("Ngày 23/7/2025, Ban Bí thư ban hành ...").
LEADING_WINDOW = 240


def _leading(text: str, c: Citation, after: int) -> Citation | None:
    """The date, year, term and central body the same sentence writes before a reference, after
    any earlier reference (each the one nearest it): facts that may choose among documents sharing
    a code, never contradict."""
    window, cut = _sentence_before(text, c, after)
    if not cut and after and max(after, c.start - LEADING_WINDOW) == after:
        # A bracket right after an earlier reference is that one's: "Chỉ thị 50 (năm 1999) và Chỉ
        # thị 50 mới" named the 1999 directive twice. (Not all before a joining word: "Sau Kết luận
        # 18-KL/TW, Ban Bí thư … ngày 23/7/2025 đã ban hành và … Chỉ thị 50-CT/TW" lost its date.)
        own = _OWN_BRACKET.match(window)
        if own is not None:
            window = window[own.end():]
    probe = Citation(0, 0, "", c.kind, c.system)
    date = _last(P.DATE, window)
    if date is not None and not _life_event(window, date) and not _bound(window, date):
        probe.date = calendar_date(*date_parts(date))[0]
    year = _last(P.YEAR, window)
    if year and probe.date is None and not _life_event(window, year) and not _bound(window, year):
        probe.year, probe.year_of_work = int(year.group("y") or year.group("yp")), bool(year.group("y"))
        probe.month = _month(year)
    term = _last(P.TERM, window)
    if term and not _OWN_TERM.search(window, max(0, term.start() - 40), term.start()):
        probe.terms = terms_of(term)
    body = _last(P.LEADING_BODY, window)
    if body and _PERSON_TITLE.search(window, max(0, body.start() - 20), body.start()):
        behalf = _signed_for(window, body.start())
        body = (P.LEADING_BODY.match(window, behalf.end()) if behalf else None) or body  # whom the signer signs for
    if body:
        probe.body = " ".join(body.group("body").split())
    return probe if (probe.date or probe.year or probe.terms or probe.body) else None


# A day or year of someone's life or of a cell's ("sinh năm 1999", "kết nạp năm 2015", "Năm 1999, đồng
# chí A vào Đảng", "Ngày 7/12/2015 là ngày thành lập chi bộ"): no document's, it chooses none.
_LIFE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:sinh|thành\s+lập|kết\s+nạp(?:\s+vào\s+Đảng)?|vào\s+Đảng|nhập\s+ngũ|tốt\s+nghiệp"
                          r"|nghỉ\s+hưu)(?:\s+(?:vào|từ))?\s*$", re.IGNORECASE)
_LIFE_AFTER = re.compile(r"[^.;:\n]{0,40}?(?<![\wÀ-ỹ])(?:vào\s+Đảng|được\s+kết\s+nạp|là\s+ngày\s+thành\s+lập|được\s+thành\s+lập)(?![\wÀ-ỹ])",
                         re.IGNORECASE)


def _life_event(window: str, m: re.Match) -> bool:
    return bool(_LIFE_BEFORE.search(window, max(0, m.start() - 30), m.start()) or _LIFE_AFTER.match(window, m.end()))


# A bound, not a day: "Trước tháng 8/2018, Ban Tổ chức Trung ương đã ban hành …", "Sau năm 2017, …",
# "Từ/Đến/Khoảng tháng …" say the document came before, after or about then, which no entry's
# date contradicts (a C102 on a true sentence). Neither told nor used to choose. "Cuối/Đầu/Trong
# tháng 7/2018" are that month itself, and are checked as "Tháng 7/2018, …" is.
_BOUND_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:sau|trước|từ|kể\s+từ|đến|tới|cho\s+(?:đến|tới)|khoảng|chừng|gần|muộn\s+nhất|chậm\s+nhất)"
                           r"(?:\s+(?:khi|cả|(?:vào\s+)?(?:ngày|năm)|vào))?[\s,]*$", re.IGNORECASE)


def _bound(window: str, m: re.Match) -> bool:
    return bool(_BOUND_BEFORE.search(window, max(0, m.start() - 30), m.start()))


def _sentence_before(text: str, c: Citation, after: int) -> tuple[str, bool]:
    """What the sentence writes before a reference, after any earlier reference (normalized), and
    whether the sentence opens within the window looked at."""
    window = normalize(text[max(after, c.start - LEADING_WINDOW):c.start]).text
    cut = _last(P.SENTENCE_BOUNDARY, window)
    return (window[cut.end():], True) if cut is not None else (window, False)


def _issued_before(text: str, c: Citation, after: int) -> None:
    """"Ngày 30/3/2007, Ban Bí thư (khóa X) ban hành Chỉ thị 10-CT/TW": a clause whose subject issues
    the reference says its date, issuer and term as "của …" after it would: they are the
    document's own, and are checked, not only chosen among documents with (_leading)."""
    window, _ = _sentence_before(text, c, after)
    lead = _last(P.LEADING_ISSUER, window)
    if lead is None or not P.ISSUES_NEXT.fullmatch(window, lead.end()):
        return
    opened = lead.start()
    if _PERSON_TITLE.search(window, max(0, lead.start() - 20), lead.start()):
        # "…, Thường trực Ban Bí thư đã ký ban hành": a person signs, and "thay mặt Bộ Chính trị"
        # before names the body they sign for, the issuer; without it, no issuer is told (the
        # body the signer belongs to only chooses: _leading).
        behalf = _signed_for(window, lead.start())
        lead = P.LEADING_ISSUER.match(window, behalf.end()) if behalf else None
        if lead is None or (c.issuer or "").endswith("TW") and not lead.group("central"):
            return
        opened = behalf.start()
    joint = _JOINT.search(window, 0, lead.start())
    if joint and (other := _last(P.LEADING_ISSUER, window[:joint.start()])) and other.end() == joint.start():
        return  # "Bộ Chính trị, Ban Bí thư đã ban hành …": bodies that issued several documents together
    # What the text writes after the reference is its own too, and stays ("Bộ Chính trị ban hành
    # Chỉ thị 10-CT/TW ngày 30/3/2007": the date after, the issuer before).
    if not c.body and lead.group("central"):
        c.body = " ".join(lead.group("central").split())
    elif not c.body:
        c.body, c.province = body_name(lead.group("local"), None, lead.group("province"))
    term = P.TERM.search(window, lead.end())
    if term and not c.terms:
        c.terms = terms_of(term)
    # Only a date right before the issuer ("Ngày …, Ban Bí thư ban hành"): "Năm 2026, sau khi Ban
    # Bí thư ban hành …" tells when something else was done.
    before = window[:opened].rstrip(" \t,")
    date = _last(P.DATE, before)
    year = _last(P.YEAR, before)
    if date is not None and date.end() == len(before) and not (c.date or c.year):
        if not _bound(before, date):
            c.date = calendar_date(*date_parts(date))[0]
    elif year is not None and year.end() == len(before) and not (c.date or c.year) and not _bound(before, year):
        c.year = int(year.group("y") or year.group("yp"))  # "Năm 2015, Ban Bí thư ra Chỉ thị 50-CT/TW"
        c.month = _month(year)  # "Tháng 3/2018, Ban Tổ chức Trung ương ban hành …"


def _month(year: re.Match) -> int | None:
    """The month a YEAR match writes ("tháng 5/2015"), if any."""
    month = int(year.group("ym") or year.group("pm") or 0)
    return month if 1 <= month <= 12 else None


# The verb of a clause that issues the reference next: "… ban hành", "… ra" ("Ban Bí thư khóa XII ra Kết luận …").
_ISSUING_WORD = re.compile(r"hành|(?<![\wÀ-ỹ])ra(?![\wÀ-ỹ])")
_JOINT = re.compile(r"[ \t]*(?:,|và|cùng)[ \t]*$")
# A person's title right before a body's name ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư", "Chánh
# Văn phòng Trung ương Đảng"): the signer, who signs "thay mặt" the issuing body.
_PERSON_TITLE = re.compile(r"(?:thường\s+trực|[uủ]y\s+viên|uỷ\s+viên|chánh|trưởng|phó)\s+$", re.IGNORECASE)
_ON_BEHALF = re.compile(r"(?<![\wÀ-ỹ])thay\s+mặt\s+", re.IGNORECASE)
# Words of someone speaking: "thay mặt Ban Thường vụ, đồng chí Bí thư cho biết … đã ký ban hành" is
# who spoke, not for whom the document was signed.
_SPOKEN = re.compile(r"(?<![\wÀ-ỹ])(?:cho\s+biết|cho\s+hay|nhấn\s+mạnh|phát\s+biểu|khẳng\s+định|nói|thông\s+tin|đề\s+nghị|yêu\s+cầu)(?![\wÀ-ỹ])",
                     re.IGNORECASE)


def _signed_for(window: str, signer: int):
    """The "thay mặt …" that names whom the signer before `signer` signs for: in the same telling,
    not before words of someone speaking (nor after "phát biểu": a speaker's)."""
    behalf = _last(_ON_BEHALF, window[:signer])
    if behalf is None or _SPOKEN.search(window, max(0, behalf.start() - 12), signer):
        return None
    return behalf
_OWN_BRACKET = re.compile(r"[ \t]{0,3}\([^()\n]{0,200}\)")
# "Đảng bộ xã khóa XI triển khai Chỉ thị 50-CT/TW", "Huyện ủy khóa XI …": a local committee's or a
# council's own term, which says nothing of the Party's terms.
_OWN_TERM = re.compile(r"(?:(?:Đảng|Chi)\s+bộ|(?:Đảng|Chi|Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ)|Ban\s+Thường\s+vụ|Hội\s+đồng"
                       r"|Công\s+đoàn|Đoàn)[^.;\n]{0,30}$", re.IGNORECASE)


def _last(pattern: re.Pattern, text: str):
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - the last match is the one wanted
        pass
    return last


def _chosen_by_leading(docs: list, c: Citation, text: str | None, after: int):
    probe = _leading(text, c, after) if text else None
    if probe is None:
        return None
    fits = [d for d in docs if not _mismatches(d, probe) and _support(d, probe) > 0]
    return fits[0] if len(fits) == 1 else _best_supported(fits, probe) if fits else None


# A day and month after a reference, without a year ("… 50-CT/TW ngày 23/7 của Ban Bí thư"), then
# the clause's end or an issuer ("của …", up to the clause's end).
_DAY_MONTH = re.compile(r"[ \t]{0,3},?[ \t]{0,3}ngày[ \t]{1,3}(\d{1,2})[ \t]{0,2}[/.-][ \t]{0,2}(\d{1,2})(?![ \t]{0,2}[/.-]?[ \t]{0,2}\d)"
                        r"[ \t]{0,3}(?:[.,;:)]|$|và[ \t]|\(?[ \t]{0,2}của[ \t]{1,3}(?P<body>[^.,;:()\n]{2,80}))")


def _chosen_by_day(docs: list, c: Citation, text: str | None):
    """The one entry of a reused code issued on the day and month written after it, where nothing
    but an issuer of its own follows them in the clause. Such a day only chooses, never contradicts:
    an event's day is written so too ("hội nghị về Chỉ thị 05-CT/TW ngày 19/5 tại …"), which is why
    what follows it is not read as the citation's context."""
    m = _DAY_MONTH.match(text, c.end) if text else None
    if m is None:
        return None
    day = (int(m.group(1)), int(m.group(2)))
    fits = [d for d in docs if d.date and (d.date.day, d.date.month) == day
            and (not m.group("body") or d.issuing_body and fold(m.group("body")).startswith(fold(d.issuing_body)))]
    return fits[0] if len(fits) == 1 else None


# "Chỉ thị 50-CT/TW (của Ban Bí thư khóa XIII)": an issuer, and its term, in brackets after a code.
_BRACKET_OF = re.compile(r"[ \t]{0,3}\([ \t]{0,2}(?=của[ \t])", re.IGNORECASE)
_BRACKET_CLOSED = re.compile(r"[ \t]{0,2}\)")


def _chosen_by_bracket(docs: list, c: Citation, text: str | None):
    """The one entry of a reused code whose issuer (and term) a bracket right after it names, and
    nothing else: "(của Văn phòng Tỉnh ủy gửi các huyện)" names a sender. Such a bracket only
    chooses, never contradicts (the extractor does not read it as the citation's issuer)."""
    opened = _BRACKET_OF.match(text, c.end) if text else None
    body = P.BODY.match(text, opened.end()) if opened else None
    if body is None or not body.group("of"):
        return None
    term = P.TERM.match(text, body.end())
    closed = _BRACKET_CLOSED.match(text, term.end() if term else body.end())
    # A date or a year after the bracket is the citation's own, which the bracket must not overrule.
    if closed is None or P.DATE.match(text, closed.end()) or P.YEAR.match(text, closed.end()):
        return None
    probe = Citation(0, 0, "", c.kind, c.system)
    probe.body = body_name(*body.group("body", "plenum_body", "province"))[0]  # "BBT": Ban Bí thư
    if term:
        probe.terms = terms_of(term)
    fits = [d for d in docs if not _mismatches(d, probe) and _support(d, probe) > 0]
    return fits[0] if len(fits) == 1 else None


# "Chỉ thị 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ": the words of its title, after the
# code (and its facts), up to where the sentence ends. Read to fifteen words at most.
_ABOUT = re.compile(r"\s{0,3},?\s{0,3}[“\"*_]{0,3}\s{0,2}về\s+([^.;:!?()\n]{1,160})", re.I)


def _title_pairs(text: str, limit: int | None = None) -> set[tuple[str, str]]:
    """A title's words two by two, as they stand side by side ("sinh hoạt", "chi bộ")."""
    words = re.findall(r"[^\W\d_]+", match_key(text))[:limit]
    return set(zip(words, words[1:], strict=False))


def _chosen_by_title(docs: list, c: Citation, text: str | None, after: int = 0):
    """The one entry of a reused code whose title the words after it name ("… về nâng cao chất
    lượng sinh hoạt chi bộ": the 2025 directive, not the 1999 one on khuyến học). Words count two
    by two, as they stand side by side in that entry's title and in no other candidate's, two
    pairs at least, and no other candidate may have one of its own: one syllable alone ("việc",
    "hiện") is in every other title. Such words choose, never contradict (a title is often
    shortened when cited), and never an entry issued after a year the sentence gives before the
    reference ("Năm 2016, chi bộ thực hiện Chỉ thị 50-CT/TW về sinh hoạt chi bộ"). Not for a short
    form ("Chỉ thị 50 về …"), which may be another body's directive of that number."""
    about = _ABOUT.match(text, c.end) if text and not c.short else None  # a short form needs its facts
    titled = [d for d in docs if d.title]
    if about is None or len(titled) < 2:
        return None
    written = _title_pairs(about.group(1), 15)
    own = {d.id: _title_pairs(d.title) for d in titled}
    scores = sorted(((len(written & own[d.id].difference(*(own[o.id] for o in titled if o is not d))), d) for d in titled),
                    key=lambda x: x[0], reverse=True)
    if scores[0][0] < 2 or scores[1][0] > 0:
        return None
    lead = _leading(text, c, after)
    before = lead.date.year if lead and lead.date else lead.year if lead else None
    return scores[0][1] if not (before and (scores[0][1].issued_year or 0) > before) else None


def _chosen_by_sender(docs: list, c: Citation):
    """The one entry of a reused code issued by the body that the text says sent or published it
    ("Chỉ thị 50-CT/TW của Ban Bí thư gửi về"): an issuer sends its own documents too."""
    fits = [d for d in docs if c.sender and d.issuing_body and _bodies_match(c.sender, d.issuing_body)]
    return fits[0] if len(fits) == 1 else None


def _surface_problems(c: Citation) -> list[Problem]:
    """What is wrong with how a citation is typed, whatever document it names."""
    problems = []
    if c.malformed:
        problems.append(_malformed(c, c.code))
    if c.bad_date:
        problems.append(Problem("C106", f"Trích dẫn viết sai: {c.bad_date}."))
    glued = _glued_problem(c, c.code)
    if glued:
        problems.append(glued)
    with_l = TERM_WITH_L.search(nfc(c.surface)) if "l" in c.surface else None
    if with_l and term_typed_with_l(with_l.group(1)):
        problems.append(Problem("C106", f"Khóa viết bằng chữ l thường thay cho chữ I hoa (‘{with_l.group()}’); "
                                        f"viết đúng: khóa {term_typed_with_l(with_l.group(1))}."))
    if c.system == "nha-nuoc" and c.code_year and c.date and not c.date_tentative and c.date.year != c.code_year:
        # "Nghị định 30/2020/NĐ-CP ngày 05/3/2021": a state code carries its year; one of the two is wrong.
        problems.append(Problem("C102", f"Số hiệu {c.code} ghi năm {c.code_year}, còn ngày ban hành ghi năm {c.date.year}: "
                                        "sửa cho khớp như văn bản gốc."))
    look_alike = sorted(set(_LOOK_ALIKE.findall(c.surface)))
    if look_alike:
        problems.append(Problem("C106", f"Trích dẫn có chữ Kirin hoặc Hy Lạp trông như chữ Latinh ({', '.join(look_alike)}): "
                                        "hãy gõ lại số hiệu bằng bàn phím tiếng Việt."))
    return problems


def _glued_problem(c: Citation, code: str | None) -> Problem | None:
    """C109 for a kind word or "số" typed onto the number, quoted as in the file (to be found
    there), the fix written whole: its words spaced once, the code as `code` writes it ("Hướng
    dẫn12/BTCTW": "Hướng dẫn 12-HD/BTCTW", not "Hướng dẫn 12/BTCTW", itself C106)."""
    typed = c.surface[:c.link_end - c.start]
    fixed = _spaced(c, code)
    return Problem("C109", f"‘{typed}’ thiếu dấu cách trước số; viết ‘{fixed}’.") if fixed else None


_NO_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
_GLUED_SO = re.compile(r"(?<=[^\W\d_])(số:?)$", re.IGNORECASE)


def _spaced(c: Citation, code: str | None = None) -> str | None:
    """A glued citation as it should be typed: its words spaced once, then `code` or the number
    and code as typed; None if it is not glued."""
    if not c.glued:
        return None
    typed = c.surface[:c.link_end - c.start].translate(_NO_INVISIBLE)  # the fix holds none
    digit = next((i for i, ch in enumerate(typed) if ch.isdigit()), None)
    if digit is None:
        return None
    words = _GLUED_SO.sub(r" \1", " ".join(typed[:digit].split()))  # "Chỉ thịsố": "Chỉ thị số"
    return f"{words} {code or typed[digit:]}"


def _typed_short(c: Citation) -> str | None:
    """A short form as typed ("CT 50", "HD 42"), which the editor can look for in the file; not a
    list's later number ("Chỉ thị 10, 50": its "50" is told as "Chỉ thị 50")."""
    typed = c.surface[:c.link_end - c.start].strip() if c.short else ""
    return typed if typed and not typed[0].isdigit() else None


def _malformed(c: Citation, code: str | None, doc=None) -> Problem:
    # QĐ is the code of two kinds: the entry tells which, or both are named.
    kind = _kind_name(doc, c.kind) if doc else P.SHORT_ABBREVIATIONS.get(c.kind) or _QD_EITHER.get(c.kind)
    if code and kind and c.kind_word and c.malformed.startswith(f"‘{c.kind_word}’"):
        # "Nghị quyết số 18-KL/TW": the code is written right, the kind word is not.
        return Problem("C106", f"Loại văn bản viết sai ({c.malformed}); viết đúng: {kind} số {code}.")
    return Problem("C106", f"Số hiệu viết sai ({c.malformed}); viết đúng: {code}." if code else f"Trích dẫn viết sai: {c.malformed}.")


def _none_held(c: Citation, registry: Registry, label: str) -> Problem:
    if c.system == "nha-nuoc":
        year = c.code_year or (c.date.year if c.date else c.year)
        if c.short and year and str(year) not in label:
            label = f"{label} năm {year}"  # "Nghị định 111 năm 2022", beside the registry's yearless one
        namesake = _yearless_namesake(c, registry)
        # A warning: say what it asks, or nothing (an editor could not tell whether to act).
        return Problem("C108", f"{label} chưa có trong sổ văn bản{namesake}." + ("" if namesake else
                       " Trang vẫn dựng được; muốn trích dẫn thành liên kết tới trang văn bản thì thêm văn bản vào "
                       "content/van-ban, kèm nguồn cho từng dữ kiện."))
    if c.short:
        if c.number and not registry.by_number.get(number_key(c.system, c.kind, c.number)):
            # "Quy định 213": written in full it met C101 next; say at once that no entry has the number.
            kind = (c.name or "").rpartition(" ")[0] or "văn bản"
            other = _other_kind(c, registry)
            if other is not None:
                # "Chỉ thị 18 của Ban Bí thư khóa XII": the entry its facts fit is a Kết luận.
                return Problem("C107", f"‘{label}’: sổ văn bản chưa có {kind} nào số {c.number}, nhưng có {other} khớp "
                                       "với ngày, cơ quan hoặc khóa đã viết: nếu là văn bản ấy, sửa loại văn bản và ghi "
                                       "đủ số hiệu.")
            return Problem("C107", f"‘{label}’ không đủ để xác định văn bản, và sổ văn bản chưa có {kind} nào số "
                                   f"{c.number}: hãy ghi đủ số hiệu và ngày ban hành, rồi thêm văn bản vào sổ văn bản "
                                   "(content/van-ban) với nguồn.")
        return Problem("C107", f"‘{label}’ không đủ để xác định văn bản; hãy ghi đủ số hiệu và ngày ban hành.")
    plenum = [int(n) for n in P.PLENUM_OF_NAME.findall(c.name or "")] if not c.code else []
    if plenum and not 1 <= plenum[0] <= MOST_PLENUMS:
        # "Nghị quyết Trung ương 40": no term holds forty plenums; adding it to the registry was told.
        return Problem("C106", f"‘{label}’: số hội nghị {plenum[0]} có vẻ viết sai (Hội nghị Trung ương của một khóa đánh số "
                               f"từ 1, và sổ tay coi số trên {MOST_PLENUMS} là gõ nhầm); hãy sửa theo văn bản định trích.")
    return Problem("C101", _not_held(label, c, registry))


MOST_PLENUMS = 20  # the checker's bound, not a fact of any term; the extractor reads one or two digits


def _other_kind(c: Citation, registry: Registry) -> str | None:
    """The one entry of another kind with the number a short form names, that the facts written
    beside it (some are) fit, as a citation of it is written. A body alone is no fit: "Chỉ thị 35 của
    Bộ Chính trị" (on the congresses, cited by every cell in 2025) was offered Nghị quyết 35-NQ/TW."""
    if not (c.date or c.year or c.terms):
        return None
    fits = []
    for (system, kind, number), docs in registry.by_number.items():
        if system == c.system and number == (c.number.lstrip("0") or "0") and kind != kind_key(c.kind):
            fits += [(d, kind) for d in docs if not _mismatches(d, c) and _support(d, c) > 0]
    if len(fits) != 1:
        return None
    doc, kind = fits[0]
    return _facts(doc, replace(c, kind=kind))


def _unlike_the_one(label: str, doc, c: Citation) -> str:
    """C107's message for a short form whose facts contradict the one entry of its kind and number:
    what differs, and how to cite that entry. "… không khớp văn bản nào (Hướng dẫn số 42-HD/BTCTW
    ngày 28/10/2025 …)" left the editor to find the wrong fact."""
    told = [message.partition("; ") for _, message in _mismatches(doc, c)]
    differs = "; ".join(differ for differ, _, _ in told)
    fixes = ", ".join(fix for _, _, fix in told if fix)
    return (f"‘{label}’ không khớp văn bản nào trong sổ: sổ chỉ có {_facts(doc, c)}, mà {differs}. Nếu định trích "
            f"văn bản ấy, {fixes + ' và ' if fixes else 'sửa như vậy và '}ghi đủ số hiệu {doc.code or ''}".rstrip()
            + "; nếu là văn bản khác, ghi đủ số hiệu và ngày ban hành.")


def _choose(c: Citation, docs: list, exact: bool, label: str, text: str | None, after: int):
    """(the document a citation names among its candidates, None, whether the text said which: its
    title or an issuing clause before it) or (None, why none is, False)."""
    # "Quy định 08 của Ban Thường vụ Tỉnh ủy": every province's committee issues a Quy định 08, and
    # a body with no province's name picks none of them.
    local_only = c.short and not c.province and all(d.province for d in docs)
    context = bool(c.date or c.year or c.terms or c.body and not local_only)
    if c.short and not exact and context and all(_mismatches(d, c) for d in docs):
        # "Chỉ thị 05 của Ban Bí thư": a short form whose facts fit no entry may be another term's
        # document of that number; it is told so, as a short form is, not corrected into an entry.
        if len(docs) == 1:
            return None, Problem("C107", _unlike_the_one(label, docs[0], c)), False
        return None, Problem("C107", f"‘{label}’ không khớp văn bản nào trong sổ ({'; '.join(_facts(d, c) for d in docs)}): "
                                     "nếu định trích văn bản ấy, hãy viết đúng như vậy; nếu là văn bản khác, ghi đủ số hiệu và "
                                     "ngày ban hành."), False
    if len(docs) == 1 and (exact or not c.short or context):
        return docs[0], None, False
    fits = [d for d in docs if not _mismatches(d, c)]
    if len(fits) == 1 and (context or not c.short):
        return fits[0], None, False
    if fits or not context:
        # "Chỉ thị 50-CT/TW năm 2025": a year of the work done contradicts no earlier
        # directive of that code, and the one issued that year is the one it names.
        # The title's own words before what the sentence says ahead of it: "Năm 2025, chi bộ thực hiện
        # Chỉ thị 50-CT/TW về … tham nhũng" is the 2015 directive, the year the cell's work.
        supported = _best_supported(fits, c) if fits and context else None
        said = None if supported else _chosen_by_title(fits or docs, c, text, after) or _chosen_by_leading(fits, c, text, after)
        chosen = (supported or said or _chosen_by_day(fits or docs, c, text)
                  or _chosen_by_bracket(fits or docs, c, text) or _chosen_by_sender(fits or docs, c))
        if chosen is None and fits and context and (titled := _chosen_by_title(docs, c, text, after)) not in (None, *fits):
            # "Chỉ thị 50-CT/TW của Bộ Chính trị về đổi mới … sinh hoạt chi bộ": the subject names the
            # 2025 directive, the issuer is wrong (C103), not the 1999 or 2015 one the issuer fits.
            return titled, None, True
        if chosen is None and c.year and not c.date and fits and len(fits) < len(docs) \
                and not any(d.issued_year == c.year for d in docs):
            # "Chỉ thị số 50-CT/TW năm 2024": the year may be the work's, or the issue's mistyped; the
            # list left out the 2025 directive, the one meant. Every entry, and that none is of that year.
            return None, Problem("C107", f"{_maybe(label, docs, c)} Sổ không có văn bản số hiệu này ban hành năm {c.year}."), False
        if chosen is None:
            # The entries the written facts rule out, which a mistaken fact hides ("50-CT/TW của Bộ
            # Chính trị, ngày 3 hằng tháng …" is most likely the 2025 directive, the issuer wrong).
            others = [d for d in docs if fits and d not in fits]
            also = (f" Nếu ngày, khóa hay cơ quan ban hành ghi trong câu bị nhầm, cũng có thể là: "
                    f"{'; '.join(_facts(d, c) + _subject(d) for d in others)}.") if others else ""
            return None, Problem("C107", _maybe(label, fits or docs, c) + also), False
        return chosen, None, said is not None and len(docs) > 1
    # "Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị": the 2025 directive, wrong issuer.
    chosen = _best_supported(docs, c)
    if chosen is not None:
        return chosen, None, False
    told = [{code for code, _ in _mismatches(d, c)} for d in docs]
    codes = set().union(*told)
    # The fact no entry fits: "… của Bộ Chính trị khóa XII" fits two issuers and no term (C104).
    everywhere = set.intersection(*told)
    code = next((k for k in ("C102", "C104", "C103") if k in everywhere), "C102" if "C102" in codes else sorted(codes)[0])
    return None, Problem(code, f"{label}: không văn bản nào trong sổ khớp; ghi ngày, cơ quan ban hành và khóa "
                               f"đúng như văn bản định trích: {'; '.join(_facts(d, c) for d in docs)}."), False


def _grounds_hint(c: Citation, docs: list, listed) -> tuple[str, str] | None:
    """For C107 in a page that lists one of the documents as its grounds: how to say it is that one.
    The list does not choose by itself: a red team found sentences that name another document in
    words the check does not read ("Chỉ thị 50 (khuyến học)", "Chỉ thị 50 cũ", a heading above), and
    the page then linked the listed one without a word."""
    grounds = [d for d in docs if d.id in listed and not _mismatches(d, c)]
    if len(grounds) != 1:
        return None
    doc = grounds[0]
    said = f" Trang này ghi {doc.id} trong references: nếu là văn bản ấy, hãy ghi đủ: {_facts(doc, c)}"
    typed = _spaced(c) or " ".join(c.surface[:c.link_end - c.start].split())  # on one line
    digit = next((i for i, ch in enumerate(typed) if ch.isdigit()), None)
    if doc.code and digit is not None and (c.malformed or c.written and c.written != doc.code):
        typed = typed[:digit] + doc.code  # "Chỉ thị 50/CT-TW" was offered as typed, beside its C106
    # The second, for a title: a link there is S107's error, and the title shows in full anyway.
    return (f"{said}; hoặc liên kết chữ đã viết tới trang của nó: [{typed}](/van-ban/{doc.slug}/).",
            f"{said}; tiêu đề không chứa liên kết.")


def _written_problem(c: Citation, chosen) -> Problem | None:
    """A code read and linked as the document's, but published as typed ("339-QD/TW", "05-ct/tw")."""
    if not (c.written and chosen.code and c.written != chosen.code and not c.malformed):
        return None
    broken = re.search(r"\s*\n\s*", c.written)
    if broken:  # "12-HD/" at a line's end, "BTCTW" on the next: one line, as the code is one word
        why = "số hiệu bị ngắt xuống dòng; nối hai dòng để số hiệu viết liền trên một dòng."
    else:
        why = changed_mark(c.written) or "hãy viết đúng như vậy."
        if why != "hãy viết đúng như vậy." and re.search(r"\s", c.written):
            # "42 – HD/BTCTW": both at once, or the editor retyped the dash and met C109 again.
            why = f"{why.rstrip('.')}, rồi bỏ các dấu cách trong số hiệu: viết {chosen.code}."
    written = " ".join(c.written.split()) if broken else c.written
    return Problem("C109", f"Số hiệu viết là ‘{written}’, sổ văn bản viết {chosen.code}: {why}")


class _Units:
    """Where a text's sentences end and its list items and table rows start, found once (the first
    time asked: most texts cite no code twice) for every question of one `resolve`."""

    def __init__(self, text: str):
        self.text, self.ends, self.items = text, None, None

    def apart(self, first: Citation, later: Citation, reused: bool = True) -> bool:
        """Whether a code cited in full (`first`) and repeated bare (`later`) are in different
        sentences or items, and not items of a list or table of documents: repeated in its own
        sentence ("Chỉ thị 50-CT/TW năm 1999 khác Chỉ thị 50-CT/TW hiện nay") or in another row of
        a list of documents ("- … năm 1999;\n- Chỉ thị 50-CT/TW …") it is another; in the tasks
        listed after it ("… ngày 23/7/2025, yêu cầu:\n1. Quán triệt Chỉ thị 50-CT/TW"), the same.
        A code the registry holds once (not `reused`) is the same in any later item: "- Hướng dẫn
        số 12-HD/BTCTW ngày 06/7/2018 … đưa …" then "- … theo Hướng dẫn 12" is no other guide."""
        if self.ends is None:
            # Each pattern opens with its one fixed character, which re finds in C ("\n" before
            # the text: its first line starts as every other does); one pattern of them all, tried
            # at every character, doubled the time of checking the real content.
            lined = "\n" + self.text
            self.ends = sorted([m.end() - 2 for p in _LINE_ENDS for m in p.finditer(lined)]
                               + [m.end() - 1 for m in _SENTENCE_MARK.finditer(self.text)])
            self.items = [m.start() for m in _ITEM_START.finditer(lined)]  # the "\n" before the item
        item_between = _any_in(self.items, first.end, later.start)
        if not (item_between or _any_in(self.ends, first.end, later.start)):
            return False
        line = self.text.rfind("\n", 0, first.start) + 1
        return not (reused and item_between and _ITEM_START.match("\n" + self.text[line:line + 20]))


# "Hướng dẫn số 42-HD/BTCTW ngày 28-10-2025 (Hướng dẫn 42) …": the name the text gives it next.
_OPENS_BRACKET = re.compile(r"[ \t]{0,3}\([ \t]{0,2}")


def _named_in_brackets(text: str | None, full: Citation, later: Citation) -> bool:
    """Whether the bare form is in brackets of its own right after the citation in full."""
    return bool(text) and bool(_OPENS_BRACKET.fullmatch(text, full.end, later.start)) and bool(_BRACKET_CLOSED.match(text, later.end))


def _any_in(offsets: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


# A sentence's end: ".", "!", "?" or "…", with any closing quote or bracket, before white space
# (not after an abbreviation: "TP. Hà Nội", "v.v. khác", "tr. 15"); a blank line; a heading's line.
_SENTENCE_MARK = re.compile(r"[.!?…](?<!\bTP\.)(?<!\bTX\.)(?<!\bTT\.)(?<!\btr\.)(?<!\bv\.v\.)(?<!\bTS\.)(?<!\bThS\.)"
                            r"(?<!\bGS\.)(?<!\bNxb\.)[\"”’)\]]*(?=\s)")
_LINE_ENDS = (re.compile(r"\n[ \t\r]*\n"), re.compile(r"\n#{1,6}[ \t][^\n]*\n"))
# A list item's or a table row's start, the line break before it included.
_ITEM_START = re.compile(r"\n(?:[ \t]{0,8}(?:[-*+]|\d{1,2}[.)])[ \t]|[ \t]{0,3}\|)")
# Words after a bare code that set it against the one cited in full: "Chỉ thị 50-CT/TW mới".
_ANOTHER_AFTER = re.compile(r"[*_\]]{0,3}\s{0,3}(?:\([^()\n]{0,80}\)\s{0,3})?(?:mới|hiện\s+hành|hiện\s+nay|cũ|trước\s+đây|trước\s+kia|sau\s+này)\b",
                            re.IGNORECASE)


def resolve(cites: list[Citation], registry: Registry, text: str | None = None, listed=()) -> list[Citation]:
    """Give each citation its registry id and problems. With the text they were found in, a
    sentence's facts written before an ambiguous code may also choose among its documents; the ids
    `listed` as the page's grounds (its `references`) are offered where none is chosen."""
    predecessors: dict[int, object] = {}  # id(successor citation) -> the document it replaces
    # A reused code cited in full once (its date, year, issuer or term beside it): the bare code
    # in a later sentence of the same text is that document, as a reader takes it ("Chỉ thị
    # 50-CT/TW ngày 23/7/2025 …" then "thực hiện Chỉ thị 50-CT/TW"), not three directives to
    # choose among; in the same sentence or a list of documents it is another (_Units.apart).
    cited_in_full: dict[str, tuple] = {}  # code -> (its document, or None for two, its last citation)
    state_years: dict[str, int] = {}  # a state kind and number -> the year first cited with it
    units = _Units(text or "")
    for i, c in enumerate(cites):
        if c.system in UNCHECKED_SYSTEMS:
            continue
        c.problems += _surface_problems(c)
        successor_of = _named_successor(c, predecessors, registry)
        if successor_of is not None:
            c.id = successor_of.id
            continue
        if c.defined_as is not None and not (c.date or c.year or c.terms or c.body):
            # What the text says beside it wins over the short form it defined earlier.
            c.id = c.defined_as.id
            continue
        if registry.pending and _pending(c, registry):
            continue  # its entry's file is being mended: checked once it reads
        if c.system == "nha-nuoc" and c.number:
            # "111/2022/NĐ-CP … Nghị định 111": the short form is the decree of the year cited before
            # (told there if the registry lacks it), not the registry's yearless or other one.
            key, year = number_key(c.system, c.kind, c.number), c.code_year or (c.date.year if c.date else c.year)
            if year:
                state_years.setdefault(key, year)
            elif c.short and key in state_years:
                same = [d for d in registry.by_number.get(key, []) if d.issued_year == state_years[key]]
                if len(same) == 1:
                    c.id = same[0].id
                continue
        if text and c.system == "dang" and not (c.terms and c.body) and _ISSUING_WORD.search(text, max(0, c.start - 16), c.start):
            _issued_before(text, c, cites[i - 1].end if i else 0)
        docs, exact = _candidates(c, registry)
        linked = registry.get(c.linked_to) if c.linked_to else None
        if linked in docs:
            # The editor's own link says which of them it is, unless the words say another: where the
            # link's page contradicts the date, issuer or term written, and one other entry of the code
            # fits them all, the link is what is wrong (C110 below), not the facts.
            # A year alone says too little against a link, and after words of a work done under the
            # document ("Tổng kết [Chỉ thị 50-CT/TW](…1999…) năm 2015 của Bộ Chính trị") what follows
            # may be the work's: the link stands, and the words are told against it. Inside the
            # label they are the document's ("Thực hiện [Chỉ thị 50-CT/TW ngày 23/7/2025](…)"), and
            # a year there ("[Chỉ thị 50-CT/TW năm 2015](…2025…)") chooses the one entry of that year.
            work = text and P.WORK_BEFORE.search(text, max(0, c.start - P.WORK_BEFORE_AHEAD), c.start)
            said = ((c.date and (c.date_released or not c.date_tentative)) or c.body or c.terms) \
                and (c.in_label or not (c.year_of_work or work))
            fitting = [d for d in docs if d is not linked and not _mismatches(d, c)] if said and _mismatches(linked, c) else []
            if not said and c.in_label and c.year and linked.issued_year != c.year:
                fitting = [d for d in docs if d is not linked and d.issued_year == c.year and not _mismatches(d, c)]
            docs, exact = (fitting if len(fitting) == 1 else [linked]), True
        label = c.code or _typed_short(c) or c.name or c.surface
        if c.code and c.written and _RULE_CODE.search(c.written):
            # A Quy định's "QĐi" (typed QĐI, QDi): "08-QĐ/TW" sent the editor to register the wrong spelling.
            label = c.code.replace("-QĐ/", "-QĐi/", 1)
        if not docs:
            c.problems.append(_none_held(c, registry, label))
            continue
        # Chosen among a code's documents by its title or an issuing clause before it ("Ngày 23/7/2025,
        # thay mặt Ban Bí thư, đồng chí … ký ban hành Chỉ thị số 50-CT/TW"): the text has said which it
        # is, as a date beside it does; not by the day of an event or whom it was sent to.
        chosen, problem, told_which = _choose(c, docs, exact, label, text, cites[i - 1].end if i else 0)
        if chosen is None and c.defined_as is not None and c.defined_as.id and (defined := registry.get(c.defined_as.id)) in docs:
            # "(gọi tắt là Chỉ thị 50) … Chỉ thị 50 ngày 23/7/2024": the text said which document
            # it is; a fact beside it that contradicts it is told against it (C102), not as a
            # short form no entry fits (a warning listing every 50-CT/TW).
            chosen = defined
        in_full = c.date or c.year or c.terms or c.body
        full = cited_in_full.get(code_key(c.code)) if c.code and not in_full else None
        if c.short and not c.code and not in_full and not exact:
            # "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị. Chi bộ quán triệt NQ 35 …":
            # a short form after its document cited in full is that document, as the bare code is.
            fulls = [f for d in docs if d.code and (f := cited_in_full.get(code_key(d.code))) and f[0] is d]
            full = fulls[0] if len(fulls) == 1 else None
        if chosen is None and full is not None and full[0] in docs \
                and (units.apart(full[1], c, len(registry.by_code.get(code_key(full[0].code), ())) > 1) or _named_in_brackets(text, full[1], c)) \
                and not (text and _ANOTHER_AFTER.match(text, c.end)):
            chosen = full[0]
        if chosen is None and c.code:
            # "50-CT/TW ngày 23/7/2015 khóa XIII": no entry has that date, one fits it but for its
            # year (told as C102, "sửa thành ngày 23/7/2025"). Not a short form, which a wrong fact
            # leaves a warning (C107): it may be another term's document of that number.
            chosen = _year_mistyped(c, docs)
        if chosen is None and listed and problem.code == "C107" and (hint := _grounds_hint(c, docs, listed)):
            problem = Problem("C107", problem.message + hint[0], problem.message + hint[1])
        if chosen is None and (named := " hoặc ".join(dict.fromkeys(
                f"Nghị quyết Trung ương {int(c.number)} khóa {d.term}" for d in _plenums_numbered(c, registry) if d not in docs and d.term))):
            problem = Problem(problem.code, f"{problem.message} Nếu là {named}, hãy viết đúng tên như vậy.")
        if chosen is None:
            c.problems.append(problem)
            if linked is not None and linked not in docs:
                # "[Chỉ thị 50-CT/TW](/van-ban/10-ct-tw-2007/)": whichever 50-CT/TW it is, not that page.
                c.problems.append(Problem("C110", f"{label} không phải {_page_name(linked)}, nhưng liên kết dẫn tới trang của "
                                                  f"{_page_name(linked)}: sửa liên kết, hoặc sửa trích dẫn."))
            continue
        kind = _kind_problem(chosen, c)
        if kind and linked is not chosen and c.date and chosen.date and (c.date.day, c.date.month) != (chosen.date.day, chosen.date.month):
            # "Quyết định số 339-QĐ/TW ngày 5/12/2016": another kind on another day is another
            # document (QĐ codes both kinds), not the registry's Quy định written wrong twice.
            c.problems.append(Problem("C101", f"{label} ngày {vn_date(c.date)} chưa có trong sổ văn bản: sổ chỉ có "
                                              f"{_facts(chosen, c)}. Nếu định trích văn bản ấy, hãy viết đúng như vậy; "
                                              "nếu là văn bản khác, hãy thêm vào content/van-ban với nguồn."))
            continue
        if linked is not chosen and _another_terms(chosen, c) and _typed_for(c, registry, chosen) is None \
                and _year_mistyped(c, docs, chosen) is None:
            # "Kết luận số 18-KL/TW ngày 02/4/2026 của Ban Chấp hành Trung ương khóa XIV": another
            # term's document of that number (codes are numbered afresh each term), not the
            # registry's one written wrong three times over. (A link to the entry's page says which
            # document is meant: each wrong fact is told.)
            c.problems.append(Problem("C101", f"{label} khóa {' và '.join(c.terms)} chưa có trong sổ văn bản: sổ chỉ có "
                                              f"{_facts(chosen, c)}. Nếu định trích văn bản ấy, hãy viết đúng như vậy; "
                                              "nếu là văn bản khác, hãy thêm vào content/van-ban với nguồn."))
            continue
        if kind:
            c.problems.append(kind)
        typo = _year_mistyped(c, docs, chosen)
        if typo is not None and any(code != "C102" for code, _ in _mismatches(chosen, c)):
            # "50-CT/TW ngày 23/7/2015 của Ban Bí thư": the 2025 directive, its year mistyped, not
            # the 2015 one with its day, month and issuer all wrong.
            chosen = typo
        # A code the registry holds once names its document alone ("Nghị quyết số 35-NQ/TW (Nghị quyết
        # 35) …"): the short form after it is that document too.
        named = in_full or told_which or (c.code and not c.short and len(registry.by_code.get(code_key(c.code), ())) == 1)
        if (c.code or c.short and chosen.code) and named and not _mismatches(chosen, c):
            # Two of a code's documents cited in full ("Chỉ thị 50-CT/TW ngày 23/7/2025 thay thế
            # Chỉ thị 50-CT/TW năm 1999"): the bare code after them may be either. A short form
            # with what names it ("Chỉ thị 50 của Ban Bí thư") is its code cited in full too.
            key = code_key(c.code or chosen.code)
            before = cited_in_full.get(key)
            cited_in_full[key] = (chosen if before is None or before[0] is chosen else None, c)
        c.id = chosen.id
        if c.malformed and c.code and chosen.code and (chosen.code != c.code or not P.SHORT_ABBREVIATIONS.get(c.kind)):
            # The fix is the entry's code as the registry writes it ("15-QĐi/TU", "04-NQ/TW"): the
            # code read from the text ("Quy định 15/TU" as 15-QĐ/TU) met C109 once typed; and a QĐ
            # code's kind word is the entry's ("Hướng dẫn số 294-QĐ/TW": a Quy định).
            told = _malformed(c, c.code)
            c.problems = [_malformed(c, chosen.code, chosen) if p == told else p for p in c.problems]
        if c.glued and c.code and chosen.code and chosen.code != c.code:
            told = _glued_problem(c, c.code)
            c.problems = [_glued_problem(c, chosen.code) if p == told else p for p in c.problems]
        written = _written_problem(c, chosen)
        if written:
            c.problems.append(written)
        if c.successor is not None:
            predecessors[id(c.successor)] = chosen
        mismatches = _mismatches(chosen, c)
        if any(code == "C102" for code, _ in mismatches) and (meant := _typed_for(c, registry, chosen)) is not None:
            # "Chỉ thị số 05-CT/TW ngày 23/7/2025 của Ban Bí thư khóa XIII": every fact but the
            # number is 50-CT/TW's; "sửa thành ngày 15/5/2016" led the editor to cite the wrong one.
            said = {code for code, _ in mismatches}
            names = [name for code, name in _FACT_NAMES.items() if code in said]
            facts = f"{', '.join(names[:-1])} và {names[-1]}" if len(names) > 1 else names[0]
            c.problems.append(Problem("C102", f"{label}: {facts} viết ở đây không khớp {label} trong sổ ({_facts(chosen, c)}) nhưng "
                                              f"khớp {_facts(meant, c)}. Có phải số hiệu gõ nhầm? Nếu vậy, sửa số hiệu thành "
                                              f"{meant.code}; nếu đúng là {label}, sửa {facts} theo sổ."))
            mismatches = []
        year_typo = _year_mistyped(c, docs, chosen) if mismatches else None
        for code, message in mismatches:
            # A code is numbered afresh each term: another year, issuer or term may be another
            # document, which the registry does not hold yet (a 2022 "12-HD/BTCTW" is not the 2018
            # one mistyped; "22-NQ/TW của Bộ Chính trị" may be the 2013 resolution, not the 2008 one).
            # Named without a code ("Nghị quyết Trung ương 4 khóa XII năm 2017"), it shares the name.
            other = (f", hoặc, nếu định trích một văn bản khác cùng {'số hiệu' if c.code else 'tên'}, "
                     "thêm văn bản ấy vào sổ văn bản (content/van-ban)")
            if year_typo and code == "C102":
                other = (f". Nếu định trích {_facts(year_typo, c)}, chỉ cần sửa năm thành {year_typo.date.year}"
                         f"{other.replace(', hoặc, nếu', '. Nếu')}")
            c.problems.append(Problem(code, f"{label}: {message}{other}."))
        for code, message in _mismatches(chosen, c.row) if c.row else ():
            c.problems.append(Problem(code, f"{label}, ở cột khác của dòng bảng: {message}."))
        if linked is not None and linked is not chosen:
            c.problems.append(Problem("C110", f"{label} là {_facts(chosen, c)}, nhưng liên kết dẫn tới trang của {_page_name(linked)}: "
                                              f"sửa liên kết thành /van-ban/{chosen.slug}/, hoặc sửa trích dẫn."))
    return cites


_FACT_NAMES = {"C102": "ngày ban hành", "C103": "cơ quan ban hành", "C104": "khóa"}


def _typed_for(c: Citation, registry: Registry, besides=None):
    """The one entry a code's number may be a slip of the fingers for: of its kind and issuer, its
    number's digits the same in another order (05 and 50, 24 and 42), issued on the day written,
    every other fact written fitting it, and of the province written if it is a province's. Two
    numbers apart are no slip: a plenum issues 35- and 36-NQ/TW on one day."""
    if not (c.code and c.date and not c.date_tentative and c.number and c.number.isdigit()):
        return None
    typed = sorted(c.number.zfill(2))
    fitting = []
    for d in registry.documents.values():
        number, _, rest = code_key(d.code).partition("-") if d.code else ("", "", "")
        if (d is besides or not d.code or rest != code_key(c.code).partition("-")[2] or d.date != c.date
                or not number.isdigit() or int(number) == int(c.number) or sorted(number.zfill(2)) != typed):
            continue
        if (d.province and not (c.province and _same_province(d, c))) or _mismatches(d, c):
            continue
        fitting.append(d)
    return fitting[0] if len(fitting) == 1 else None


# A blank line, also in text with Windows line endings.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _paragraphs(text: str, cites: list[Citation]) -> list[int]:
    """The paragraph of each citation, counted from the first: a blank line between two starts a
    new one. Citations come in order and start with a word or a number, so a blank line between
    two lies wholly between their starts. Searching each gap reads the text once, as finding every
    blank line did, without a match object and a list entry for each of them."""
    numbers, n, before = [], 0, None
    for c in cites:
        if before is not None and _BLANK_LINE.search(text, before, c.start):
            n += 1
        numbers.append(n)
        before = c.start
    return numbers


# Words that say a document was replaced, between it and its successor's short form.
_REPLACED = re.compile(r"thay\s+thế|nay\s+là|hết\s+hiệu\s+lực|bãi\s+bỏ|thay\s+bằng", re.IGNORECASE)


def _replaced_by_short(text: str, c: Citation, cites: list[Citation], first: int, successors: list) -> bool:
    """"Chỉ thị 03-CT/TW hết hiệu lực kể từ ngày ban hành Chỉ thị 05": a successor named in short
    form, with no facts of its own, after words saying the cited one was replaced (a short form
    alone, "… và Chỉ thị 05 của Tỉnh ủy", may be any 05)."""
    keys = {number_key(system_of(d), code["abbr"], code["number"]) for d in successors if (code := split_code(d.code or ""))}
    for k in range(first, len(cites)):  # islice stepped through the first `first` on every call
        later = cites[k]
        if later.start - c.end > 200:
            break
        if (later.short and later.number and not (later.body or later.terms or later.date or later.year)
                and number_key(later.system, later.kind, later.number) in keys and _REPLACED.search(text, c.end, later.start)):
            return True
    return False


def grounds(item) -> tuple:
    """The ids a content item lists as its page's grounds (`references`), for `resolve`."""
    return tuple(getattr(item, "references", None) or ())


def check(text: str, registry: Registry, listed=()) -> list[Citation]:
    """Find, resolve and apply every citation rule, including C105 (needs the paragraph); `listed`
    are the ids of the page's grounds, as `resolve` takes them."""
    original, text = text, unshown(text)
    cites = resolve(linked_pages(find(text), original, registry), registry, text, listed)
    if text is not original:
        for c in cites:
            c.surface = original[c.start:c.end]  # as written, link address included
    docs = [registry.get(c.id) if c.id else None for c in cites]
    if not any(doc is not None and doc.replaced_by for doc in docs):
        return cites  # no replaced document cited: no paragraph to read
    paragraphs = _paragraphs(text, cites)
    cited_in: dict[int, set] = {}
    for c, p in zip(cites, paragraphs, strict=True):
        if c.id:
            cited_in.setdefault(p, set()).add(c.id)
    for k, (c, doc, p) in enumerate(zip(cites, docs, paragraphs, strict=True)):
        if doc is None or not doc.replaced_by:
            continue
        chain = registry.chain(doc)
        if len(chain) == 1:
            continue  # its successor's entry does not read (G101, or being mended): no successor to name
        later = {d.id for d in chain[1:]}
        near = bool(later & cited_in.get(p, set())) or _replaced_by_short(text, c, cites, k + 1, chain[1:])
        if not (c.successor is not None and c.successor.id in later) and not near:
            # Named as a text would cite it, not by its registry id, which an editor copied into the prose.
            new = chain[-1]
            named = " ".join(filter(None, [new.code or new.name, new.date and f"ngày {vn_date(new.date)}",
                                           new.issuing_body and f"của {new.issuing_body}"]))
            c.problems.append(Problem("C105", f"{c.code or c.name} đã được thay thế bởi {named}; hãy nêu văn bản thay thế trong cùng đoạn."))
    return cites
