"""Find references in Vietnamese text.

One compiled scanner (`scanner.SCAN`; `SCAN_UNDEFINED`, which also skips counts
such as "Báo cáo 12 tháng" and prose such as ". Kết luận 3 ý", until the text
defines a short form) finds every candidate in a single pass run by the C regex
engine: coded Party documents, state documents, plenum and congress resolutions,
and short references. Python looks only at candidates: it reads the date,
issuing body and term written after each (anchored, bounded patterns) and skips
past them. Work outside candidates is the scanner's, so the whole extraction is
linear in the length of the text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from itertools import pairwise

from ..registry import base_kind, kind_key
from ..text import INVISIBLE, fold, roman
from . import patterns as P
from . import scanner
from .cells import read_cells
from .models import Citation
from .normalize import normalize

_WS = re.compile(r"\s+")


_CONTEXT = {"date": P.DATE, "year": P.YEAR, "body": P.BODY, "term": P.TERM, "plenum": P.PLENUM_BODY}


def date_parts(m: re.Match) -> tuple[str, str, str]:
    """Day, month and year of a DATE match, whichever way it was written."""
    for n in ("", "2", "3"):
        if m.group("d" + n):
            return m.group("d" + n, "m" + n, "y" + n)
    return m.group("d4", "m4", "y4")


def terms_of(m: re.Match) -> list[str]:
    """The terms of a TERM match: "XII", "xii" and "12" are all khóa XII."""
    return _terms_read(m)[0]


def _terms_read(m: re.Match) -> tuple[list[str], int]:
    """The terms of a TERM match and where they end. A term after the first is one only as a later
    term than the one before it: "khóa XII, V. Tổ chức thực hiện" names a section; and a second
    term in bare digits only as the next ("khóa XI và 12", not "khóa XII, 15 đảng viên")."""
    terms, end, last = [_terms(m.group("t1"))[0]], m.end(), m.end("t1")
    if m.group("t2digits"):
        if _TERM_NUMBERS.get(terms[0], 0) + 1 == int(m.group("t2digits")):
            terms.append(_terms(m.group("t2digits"))[0])
        else:
            end = last
    elif m.group("more"):
        for item in P.TERM_ITEM.finditer(m.string, m.start("more"), m.end("more")):
            term = _terms(item.group("term") or item.group("roman"))[0]
            if _TERM_NUMBERS.get(term, 0) <= _TERM_NUMBERS.get(terms[-1], 0):
                end = last
                break
            terms.append(term)
            last = item.end()
    return terms, m.end() if m.group("open") else end


def _read_context(t: str, c: Citation, pos: int) -> int:
    """Read date, year, issuing body and term after a reference; return the new end."""
    done = set()
    stop = _paragraph_end(t, pos)
    read_at = []  # (part, where its match starts): what a bracket set aside held (_set_aside)
    aside = None  # where a bracket opens that names a material's maker, not the issuer
    for _ in range(4):
        start, at = P.CONTEXT_START.match(t, pos, stop), pos
        if start and start.lastgroup == "paren" and t[start.end():start.end() + 3].lstrip(" \t")[:1] in ("*", "_"):
            start = None  # "(*khóa XIII*)": the bracket opens emphasis, read as markup below
        if not start:
            # Markup closing before the context opens with *, _ or ], which few references are
            # followed by: a look at one character spares most of them a match. The reference
            # takes the markup in only with the context after it ("**Chỉ thị 05-CT/TW** ngày …");
            # so does emphasis opening on the context alone ("Nghị quyết Trung ương 4 *khóa XII*").
            for _ in range(2):  # one closing on the reference, then one opening on its context
                mark = (t[at:at + 1] in _MARKUP_CLOSE_FIRST and P.MARKUP_CLOSE.match(t, at, stop)
                        or t[at:at + 1] in (" ", ",", "(") and P.MARKUP_OPEN.match(t, at, stop)
                        or t[at:at + 1] in _QUOTE_ENDS and _opens_quote(t, c.start, t[at]) and _QUOTE_CLOSE.match(t, at, stop))
                if not mark:
                    break
                at = mark.end()
                start = P.CONTEXT_START.match(t, at, stop)
                if start and t[mark.start()] in _QUOTE_ENDS and start.lastgroup == "year":
                    # "Cuộc thi viết “Kết luận 01-KL/TW” năm 2023 của Tỉnh ủy": after a name quoted, a
                    # year is the contest's, the leaflet's; a date, an issuer or a term is the document's.
                    start = None
                if start:
                    break
            if not start:
                break
        for name in P.CONTEXT_PARTS[start.lastgroup]:
            # A plenum issues resolutions and conclusions, and is read as the issuer once only.
            if name in done or name == "plenum" and ("body" in done or c.kind not in ("NQ", "KL")):
                continue
            if name == "plenum" and "," in t[pos:at]:
                continue  # "*…khóa XII*, *Hội nghị Trung ương 6 …*": after a comma, another plenum (P.PLENUM_BODY)
            m = _CONTEXT[name].match(t, at, stop)
            if m and name == "body" and m.group("bcomma") and not _bracket_open(t, c, m.start()):
                m = None  # "… ngày 30/3/2008, Bộ Chính trị khóa X đã …": the next clause's subject
            if m:
                break
        else:
            break
        if name == "date" and m.group("blank"):
            pass  # a form's date to fill in says nothing, and what follows it is still read
        elif name == "date" and m.group("issued") and _outer(t, c):
            # "Hướng dẫn thực hiện Quy định 294-QĐ/TW, ban hành ngày 9/6/2025": the guide's day.
            c.date, c.date_tentative = calendar_date(*date_parts(m))[0], True
            break
        elif name == "date" and not (m.group("dopen") or m.group("d3") or m.group("issued")) \
                and (_event_day(t, c) or _HELD_AT.match(t, m.end(), stop)) and not _date_names_document(t, c, m.end(), stop):
            # The event's day: it chooses (and cannot come before the document), never contradicts;
            # what follows ("tại Hội trường", "của Tỉnh ủy") is the event's too.
            c.date, c.date_tentative = calendar_date(*date_parts(m))[0], True
            break
        elif name == "date" and (m.group("dopen") or m.group("d3")) and not m.group().rstrip().endswith(")") \
                and not _date_goes_on(t, m.end(), stop, _work_before(t, c)) and not _issuer_in_bracket(t, c, m.end(), stop):
            # "Chỉ thị 10-CT/TW (ngày 30/3/2008 chi bộ họp lần đầu)": a bracket that goes on to a
            # clause tells of something done that day; it chooses, never contradicts.
            c.date, c.date_tentative = calendar_date(*date_parts(m))[0], True
            break
        elif name == "date":
            # "…, ban hành ngày 30/3/2008, yêu cầu …": the words say it is the document's date.
            bracketed = m.group("dopen") or m.group("d3") or m.group("d4") or m.group("issued")
            if not bracketed and P.SET_OFF_MARK.search(t, pos, m.start() + 8) and not _date_goes_on(t, m.end(), stop, _work_before(t, c)):
                c.date, c.date_tentative = calendar_date(*date_parts(m))[0], True
                break  # nor is it in the reference's surface, nor is what follows read as its context
            c.date, c.bad_date = calendar_date(*date_parts(m))
            # A day that cannot be (31/2) is told (C106) and was sent out on no day.
            c.date_tentative = c.date_released = bool(m.group("released")) and c.date is not None
        elif name == "year":
            # "năm 2021", also in brackets ("(năm 2021)"), after a work's words may be the work's
            # year; "(2021)" and "(ban hành năm 2021)" are the document's.
            issued = "hành" in m.group() or "đời" in m.group()
            year, month = int(m.group("y") or m.group("yp")), int(m.group("ym") or m.group("pm") or 0)
            c.month = month if 1 <= month <= 12 else None
            if m.group("yend"):
                # "Tổng kết 10 năm thực hiện Chỉ thị 50-CT/TW (2015 - 2025) của Bộ Chính trị": the
                # years of the work; the first chooses, never contradicts, and the body after is read.
                c.year, c.year_tentative = year, True
            elif issued and _outer(t, c) or not (issued or m.group("yp")) and P.SET_OFF_MARK.search(t, pos, m.start("y")) \
                    and not _date_goes_on(t, m.end(), stop, _work_before(t, c)):
                # "Bám sát Chỉ thị 10-CT/TW, năm 2024 chi bộ …": as a date set off by a comma, the
                # year of what the sentence tells may be; it chooses, never contradicts (but for a
                # year before the document's, resolve._mismatches). So is the year a plan carrying
                # out the reference was issued ("Kế hoạch thực hiện Chỉ thị 10-CT/TW, ban hành năm 2008").
                c.year, c.year_tentative = year, True
                break
            worded = not issued and (bool(m.group("y")) or "năm" in m.group() or "tháng" in m.group())
            work = worded and P.WORK_BEFORE.search(t, max(0, c.start - P.WORK_BEFORE_AHEAD), c.start)
            if work and work.group("years"):
                # "Tổng kết 10 năm Chỉ thị 50-CT/TW năm 2025": held in 2025, on the directive of some
                # ten years before, or the directive of that year ("Sơ kết 5 năm thực hiện Chỉ thị
                # 50-CT/TW năm 2015"): either chooses (resolve._support), neither contradicts.
                c.year, c.year_tentative, c.years_counted = year, True, int(work.group("years"))
            elif work and done & {"body", "term"} and _REPORT_BEFORE.search(t, max(0, c.start - 60), c.start):
                # "Báo cáo kết quả thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị năm 2024": a report's,
                # a plan's own year after the issuer, as they name themselves; it chooses, never
                # contradicts (but for a year before the document's). After other words of work
                # ("Chi bộ thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị năm 2017") it is the issue's.
                c.year, c.year_tentative, c.year_of_work = year, True, True
            else:
                c.year, c.year_of_work = year, bool(work)
        elif name == "body" and not (m.group("of") or m.group("bopen") or m.group("bcomma")) and _outer(t, c):
            # "Hướng dẫn thực hiện Quy định 294-QĐ/TW được Ban Tổ chức Trung ương ban hành": the guide's
            # issuer. A bracket right after the reference is its own, as its date alone there is
            # ("Kết luận 01-KL/TW … thực hiện Chỉ thị 05-CT/TW (Bộ Chính trị, 15/5/2015)"); one naming
            # a body that issues no such code is set aside below.
            break
        elif name == "body":
            work = _work_before(t, c) or P.THEO_BEFORE.search(t, max(0, c.start - 8), c.start)
            if (c.issuer or "").endswith("TW") and (work and P.LOCAL_BODY.match(m.group("body"))
                                                    or P.BELOW_PROVINCE.match(t, m.start("body"), stop)):
                # A local body issues no /TW code. After the words of a work done under the document,
                # the body and the year are the work's ("… thực hiện Chỉ thị 05-CT/TW năm 2025 của Đảng
                # ủy phường": the plan's); a district's or a ward's is whom the sentence tells of
                # anywhere ("Chỉ thị 10-CT/TW của Đảng ủy xã chuyển về"). A province's may be an issuer
                # mistaken for its own code's (12-HD/BTCTW "của Ban Tổ chức Tỉnh ủy", for 13-HD/BTCTU).
                c.year_of_work = bool(work) and c.year is not None
                break
            body, province = body_name(*m.group("body", "plenum_body", "province"))
            if m.group("of") and body not in _LEADERSHIP and P.OTHER_ACT.match(t, m.end(), stop):
                # Who sent, compiled or published it, or held a meeting on it: not its issuer, nor
                # is what follows read as its context. The Party's leading bodies issue what they
                # send ("Chỉ thị … của Bộ Chính trị gửi các tỉnh ủy"): read as the issuer, as before.
                c.sender = body
                break
            material = _material_before(t, c)
            if m.group("of") and material and not _may_issue(c, body, m.group("plenum_body")):
                # "Tài liệu học tập Chỉ thị 05-CT/TW của Ban Tuyên giáo Trung ương": the material's maker.
                c.sender = body
                break
            if (m.group("bopen") or m.group("bcomma")) and (material or not _may_issue(c, body, m.group("plenum_body"))):
                # "Đề cương tuyên truyền Chỉ thị 50-CT/TW (Ban Tuyên giáo và Dân vận Trung ương,
                # 15/8/2025)": the bracket tells who made the material and when, or names a body
                # whose codes are not this one's. It chooses, never contradicts (_set_aside).
                c.sender, aside = body, t.rfind("(", c.end, m.start("body"))
                done.add(name)
                pos = m.end()
                continue
            if P.ANOTHER_BODY.match(t, m.end(), stop) and _LISTED_AFTER.search(t, max(0, c.start - 60), c.start):
                break  # the bodies of a list of codes, in turn: none is this code's alone
            c.body, c.province = body, province
        elif name == "plenum":
            c.body, name = "Ban Chấp hành Trung ương", "body"  # one issuer, however it was written
        if name == "body" and (m.group("pnum") or m.group("pnth") or m.group("pnth2")):
            # "của Hội nghị lần thứ năm Ban Chấp hành Trung ương", "… Trung ương lần thứ năm"
            c.plenum = int(_plenum_number(m.group("pnum"), m.group("pnth") or m.group("pnth2")))
        done.add(name)
        read_at.append((name, m.start()))
        if name == "term":
            c.terms, pos = _terms_read(m)
        else:
            pos = m.end()
    if aside is not None and aside >= c.end:
        return _set_aside(t, c, aside, read_at)
    # "(ngày 30/3/2007 của Ban Bí thư)": a bracket opened in the context closes after all of it.
    if pos > c.end and t.count("(", c.end, pos) > t.count(")", c.end, pos):
        close = _CLOSE.match(t, pos)
        if close:
            pos = close.end()
    return pos


def _set_aside(t: str, c: Citation, opened: int, read_at: list) -> int:
    """What a bracket about a material (or naming a body that issues no such code) holds only
    chooses among a code's entries: its date and year are the material's, so they choose and may
    not come before the document (resolve._mismatches), its term is the maker's and is dropped.
    The bracket is no part of the reference, which ends before it."""
    before = len(t[:opened].rstrip())
    for name, at in read_at:
        if at < before:
            continue  # "Chỉ thị 50-CT/TW ngày 23/7/2025 (Ban Tuyên giáo …)": the date before is the document's
        if name == "date":
            c.date_tentative, c.date_released = c.date is not None, False
        elif name == "year":
            c.year_tentative, c.month = True, None
        elif name == "term":
            c.terms = []
    return max(before, c.end)


# A material made on the document, named before it: "Đề cương tuyên truyền Chỉ thị …", "Tài liệu
# sinh hoạt chuyên đề về Chỉ thị …", "Bài giảng …", "Sách …". An issuer and a date beside the
# reference there are most often the material's (who compiled it, when): they choose, never
# contradict. ("chính sách" is no book; neither a sentence's nor a bracket's end may lie between.)
_MATERIAL_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:đề\s{1,3}cương|tài\s{1,3}liệu|(?:tập\s{1,3})?bài\s{1,3}giảng|giáo\s{1,3}trình"
                              r"|(?-i:Sách)|(?:cuốn|bộ)\s{1,3}sách|tờ\s{1,3}(?:gấp|rơi)|sổ\s{1,3}tay|ấn\s{1,3}phẩm)"
                              r"(?![\wÀ-ỹ])[^.;:!?()\n]{0,60}$", re.IGNORECASE)
_MATERIAL_AHEAD = 90


def _material_before(t: str, c: Citation) -> bool:
    return bool(_MATERIAL_BEFORE.search(t, max(0, c.start - _MATERIAL_AHEAD), c.start))


_CLOSE = re.compile(r"[ \t]{0,2}\)")
# A report, a plan or a review naming itself before the document it carries out.
_REPORT_BEFORE = re.compile(r"(?:báo\s+cáo|kế\s+hoạch|chương\s+trình|tổng\s+kết|sơ\s+kết|đánh\s+giá|kiểm\s+điểm)"
                            r"[^.;:!?\n]{0,45}$", re.IGNORECASE)
_MARKUP_CLOSE_FIRST = frozenset("*_]=[<")  # what each of patterns.MARKUP_CLOSE's marks opens with
# Quotes around the reference alone ("“Chỉ thị 50-CT/TW” của Ban Bí thư"): what follows is its
# context. A closing quote after a code that opened elsewhere ends a title (patterns.MARKUP_CLOSE).
_QUOTE_ENDS = frozenset(P.QUOTE_PAIRS.values())
_QUOTE_CLOSE = re.compile("[" + "".join(_QUOTE_ENDS) + "]")  # the marks MARKUP_CLOSE's loop takes as a match


def _opens_quote(t: str, start: int, close: str) -> bool:
    """Whether the quote closing with `close` opens right before `start`, past emphasis ("“**Chỉ thị …")."""
    while start and t[start - 1] in "*_":
        start -= 1
    return P.QUOTE_PAIRS.get(t[start - 1:start]) == close
# A code right before, in the same list: "10-CT/TW, " before "05-CT/TW"; or numbers after a kind
# sharing the code: "Kết luận số 01, " before "18-KL/TW" (not "Tại mục 2, ").
_LISTED_AFTER = re.compile(r"(?:\d{1,4}\s{0,2}-\s{0,2}[^\W\d_]{2,4}\s{0,2}/\s{0,2}[^\W\d_]{2,8}"
                           r"|(?:" + P.KINDS_ALT + r")\s{1,3}(?:số\s{0,3})?\d{1,4}(?:\s{0,2},\s{0,2}\d{1,4}){0,8})"
                           r"\s{0,2}(?:,|và)\s{1,3}$", re.IGNORECASE)
_BLANK = re.compile(r"\n[ \t]*\n")
# How far a paragraph's end is looked for: past what the context's patterns may reach (a term's
# list, the longest, is some 550 characters), so a long paragraph costs no search to its end.
_CONTEXT_REACH = 800


def _paragraph_end(t: str, pos: int) -> int:
    r"""Where what follows a reference may be read to: its paragraph's end. Each gap in the patterns
    may hold one line break, so two gaps in a row ("\s{0,3},?\s{0,3}") crossed a blank line: the
    next paragraph's "Ngày 15/8/2025" was read as the reference's date, its "Nhiệm kỳ 2025 - 2030"
    made the Party's congress a commune's."""
    blank = _BLANK.search(t, pos, pos + _CONTEXT_REACH)
    return blank.start() if blank else len(t)


def _outer(t: str, c: Citation) -> bool:
    """A document made to carry out the reference written just before it ("Hướng dẫn thực hiện …")."""
    return bool(P.OUTER_DOCUMENT.search(t, max(0, c.start - P.OUTER_DOCUMENT_AHEAD), c.start))


def _work_before(t: str, c: Citation) -> bool:
    """Words of work just before the reference ("thực hiện Chỉ thị …"): a later year and a local
    body after it are the work's."""
    return bool(P.WORK_BEFORE.search(t, max(0, c.start - P.WORK_BEFORE_AHEAD), c.start))


def _event_day(t: str, c: Citation) -> bool:
    """An event held on the reference, just before it ("Hội nghị quán triệt Quy định 294-QĐ/TW ngày
    12/6/2025", "Lễ kỷ niệm 10 năm Chỉ thị 05-CT/TW ngày 15/5/2026"): the day after it is the event's."""
    work = P.WORK_BEFORE.search(t, max(0, c.start - P.WORK_BEFORE_AHEAD), c.start)
    return bool(work) and bool(work.group("years") or _EVENT_BEFORE.search(t, max(0, work.start() - 60), work.start()))


# What says a date after a reference is the document's, even where an event is held on it: its
# issuer, its term or its subject after it ("… 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về …").
_DATE_NAMES_DOCUMENT = re.compile(r"\s{0,3},?\s{0,3}\(?\s{0,2}(?:(?P<by>của|do)\s{1,3}|(?:khóa|khoá|về|ban\s+hành)(?![\wÀ-ỹ]))", re.IGNORECASE)


def _date_names_document(t: str, c: Citation, at: int, stop: int) -> bool:
    """Whether what follows an event's day says it is the document's date. A body after "của" or
    "do" does where it could have issued the code: a central one a /TW code, a local one a local
    code; "… Chỉ thị số 50-CT/TW ngày 11/8/2025 do Đảng ủy phường tổ chức" is the conference's
    (a red team's: C102 against the directive's own date)."""
    m = _DATE_NAMES_DOCUMENT.match(t, at, stop)
    if not m or not m.group("by") or not c.issuer:
        return bool(m)
    body = P.LEADING_ISSUER.match(t, m.end(), stop)
    if body and _HOLDS_EVENT.match(t, body.end(), stop):
        return False  # "… do Ban Tổ chức Trung ương tổ chức": the body holds the event, whatever it issues
    return bool(body) and bool(body.group("central")) == c.issuer.endswith("TW")


_HOLDS_EVENT = re.compile(r"\s{1,3}(?:tổ\s{1,3}chức|chủ\s{1,3}trì|triển\s{1,3}khai|phối\s{1,3}hợp)(?![\wÀ-ỹ])", re.IGNORECASE)
# A day followed by a place is a meeting's ("… quán triệt Chỉ thị 50-CT/TW ngày 10/8/2025 tại Hội
# trường Đảng ủy"): a document is dated, not held somewhere.
_HELD_AT = re.compile(r"\s{1,3}tại(?![\wÀ-ỹ])", re.IGNORECASE)
_EVENT_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:hội\s+nghị|lễ|hội\s+thảo|t[oọ][aạ]\s+đàm|buổi|lớp)(?![\wÀ-ỹ])[^.;:!?\n]*$", re.IGNORECASE)


# What the context says is cached by how it is written: a text repeats the same few dates,
# bodies and terms, and reading them was half the time of a reference.
@functools.lru_cache(maxsize=1024)
def calendar_date(d: str, mo: str, y: str) -> tuple[dt.date | None, str | None]:
    """The date, or why it is none ("ngày 31/2/2020 không có thật", "ngày 30/3/07": a year of two digits,
    "ngày 15/5/216": of three)."""
    if len(y) == 2:
        return None, f"ngày {d}/{mo}/{y} ghi năm bằng hai chữ số; văn bản ghi năm đủ bốn chữ số (như 20{y})"
    if len(y) != 4:
        return None, f"ngày {d}/{mo}/{y} ghi năm bằng {len(y)} chữ số; văn bản ghi năm đủ bốn chữ số"  # "15/5/216": a digit lost
    try:
        return dt.date(int(y), int(mo), int(d)), None
    except ValueError:
        pass
    try:
        # "7/23/2025", as an English date writes it: said the other way round, as Vietnamese writes it.
        dt.date(int(y), int(d), int(mo))
        return None, f"ngày {d}/{mo}/{y} không có thật; có phải ngày {mo}/{d}/{y}? (ngày viết trước tháng)"
    except ValueError:
        return None, f"ngày {d}/{mo}/{y} không có thật"


# The bodies that issue the Party's /TW documents: after them a verb of sending is the issuer's.
_LEADERSHIP = frozenset({"Bộ Chính trị", "Ban Bí thư", "Ban Bí thư Trung ương", "Ban Bí thư Trung ương Đảng",
                         "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"})


# The bodies whose codes end in each central issuer's letters: a bracket naming another central
# body after such a code ("Chỉ thị 50-CT/TW (Ban Tuyên giáo Trung ương, …)") names no issuer of it.
_ISSUERS_OF = {issuer: frozenset(body.lower() for body in bodies) for issuer, bodies in {
    "TW": _LEADERSHIP | {"Trung ương"}, "BTCTW": {"Ban Tổ chức Trung ương"}, "BTGTW": {"Ban Tuyên giáo Trung ương"},
    "BDVTW": {"Ban Dân vận Trung ương"}, "BTGDVTW": {"Ban Tuyên giáo và Dân vận Trung ương"},
    "VPTW": {"Văn phòng Trung ương Đảng", "Văn phòng Trung ương"}, "UBKTTW": {"Ủy ban Kiểm tra Trung ương", "Uỷ ban Kiểm tra Trung ương"},
}.items()}


def _may_issue(c: Citation, body: str, plenum: str | None) -> bool:
    """Whether a body may have issued the code: a central code's issuer letters say whose it is (a
    plenum is the Central Committee's); where they do not (a short form, a local code), it may."""
    issuers = _ISSUERS_OF.get(c.issuer or "") if c.system == "dang" else None
    return issuers is None or bool(plenum) or body.lower() in issuers


@functools.lru_cache(maxsize=1024)
def body_name(raw: str, plenum: str | None, province: str | None) -> tuple[str, str | None]:
    """The issuing body as the registry names it, and the province it names."""
    body = "Ban Chấp hành Trung ương" if plenum else _CENTRAL_SHORT.sub("Trung ương", " ".join(raw.split()))
    if body.lower() not in P.BODY_ABBREVIATIONS and body not in P.CENTRAL_BODIES:
        # Named longer than its name ("BBT Trung ương Đảng", "Ban Tổ chức Trung ương Đảng"): the name.
        for shorter in (body.removesuffix(" Đảng"), _LONGER.sub("", body)):
            if shorter.lower() in P.BODY_ABBREVIATIONS or shorter in P.CENTRAL_BODIES:
                body = shorter
                break
    board, _, committee = body.partition(" ")
    if board.upper() in P.BOARD_LETTERS and committee.lower().startswith(("tỉnh", "thành")):
        body = f"{P.BOARD_LETTERS[board.upper()]} {committee}"  # "BTC Tỉnh ủy": the board by its name, as the registry writes it
    for short, name in P.LOCAL_ABBREVIATIONS.items():
        if body.lower() == short.lower() or body.lower().startswith(short.lower() + " "):
            # "BTVTU Cao Bằng": the board and committee by their names; a centrally run city's
            # committee is its Thành ủy ("BTVTU Hà Nội"), whose codes are /TU too.
            city = province and fold(_province(province)) in _CITY_KEYS
            body = (name.replace("Tỉnh ủy", "Thành ủy") if city else name) + body[len(short):]
            break
    return P.BODY_ABBREVIATIONS.get(body.lower(), body), province and _province(province)


# "TP.HCM", "BR-VT": a province shortened, by its name.
_SHORT_PROVINCES = {re.sub(r"[\s-]", "", fold(short)): name for short, name in P.PROVINCE_SHORT.items()}


def _province(written: str) -> str:
    return _SHORT_PROVINCES.get(re.sub(r"[\s-]", "", fold(written)), " ".join(written.split()))


# The centrally run cities (since 2025: these six), whose committee is a Thành ủy.
_CITY_KEYS = {fold(city) for city in ("Hà Nội", "Hồ Chí Minh", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")}
_CENTRAL_SHORT = re.compile(r"(?<![\wÀ-ỹ])T\.?\s?[WƯ](?![\wÀ-ỹ])")  # in capitals: "tư nhân" is no body
_LONGER = re.compile(r" (?:Trung ương|TW|TƯ)?(?: Đảng)?$")


@functools.lru_cache(maxsize=256)
def _terms(*written: str | None) -> tuple[str, ...]:
    return tuple(roman(int(x)) if x.isdigit() else x.upper() for x in written if x)


# The few spellings in codes are cached: a text cites the same ones over and over.
_ABBR_SPELLING = {"QĐI": "QĐi", "QDI": "QĐi", "QD": "QĐ", "CTR": "CTr", "TTR": "TTr", "HĐ": "HD"}
# Spellings that are mistakes, not variants: the code is read, and the writer told.
_ABBR_MISTAKES = {"HĐ": "ký hiệu của Hướng dẫn là HD, không có chữ Đ"}


@functools.lru_cache(maxsize=256)
def _abbr(raw: str) -> str:
    up = raw.upper()
    return _ABBR_SPELLING.get(up, up)


@functools.lru_cache(maxsize=1024)
def _issuer(raw: str) -> str:
    return raw.upper().replace("T.Ư", "TW").replace("TƯ", "TW")


@functools.lru_cache(maxsize=1024)
def _system(issuer: str) -> str:
    """Party ("dang"), Youth Union ("doan"), another mass organisation ("doan-the"), or a cell's
    own paper ("chi-bo": "05-NQ/CB", "02-KH/CB", "04-KH/CBTH" of a school's cell, which no registry
    holds and a form's number line writes)."""
    if issuer.startswith("CB"):
        return "chi-bo"
    if P.YOUTH.search(issuer):
        return "doan"
    return "doan-the" if P.MASS_ORGANISATIONS.search(issuer) else "dang"


def _code_abbr(m: re.Match) -> str:
    """The kind written in a Party code, whichever separators it was written with."""
    return m.group("abbr") or m.group("abbr2") or m.group("abbr3") or m.group("abbr4")


_ISSUER_REST = re.compile(r"/([A-ZĐ]{1,5})(?![\wÀ-ỹ])")


_NEXT_WORD = re.compile(r"\s{1,3}([^\s.,;:()\[\]]+)")


def _bracket_open(t: str, c: Citation, at: int) -> bool:
    """Whether a bracket opened after the reference is still open at `at`."""
    return t.count("(", c.end, at) > t.count(")", c.end, at)


def _issuer_in_bracket(t: str, c: Citation, at: int, stop: int) -> bool:
    """Whether an issuer follows a date in the bracket it opens, and the bracket closes on it
    ("(30/3/2007, Ban Bí thư)", "(ngày 30/3/2007, Ban Bí thư khóa X)"): the date is the document's."""
    m = P.BODY.match(t, at, stop)
    return bool(m) and bool(m.group("bcomma")) and _bracket_open(t, c, at)


def _date_goes_on(t: str, at: int, stop: int, work: bool = False) -> bool:
    """Whether what follows a date (or a year) set off by a comma goes on citing (P.DATE_GOES_ON).
    A body named bare after it does only where the citation goes on after the body's name, or the
    body issues it (P.BARE_BODY_ENDS, P.BARE_BODY_ISSUES): read a word of the name at a time.
    After words of `work`, the document's own verbs there are the work's clause."""
    m = P.DATE_GOES_ON.match(t, at, stop)
    if not m or not m.group("bare"):
        return bool(m)
    ends = P.BARE_BODY_ENDS_AFTER_WORK if work else P.BARE_BODY_ENDS
    pos = m.end("bare")
    for _ in range(12):
        issues = P.BARE_BODY_ISSUES.match(t, pos, stop)
        if issues:
            return not issues.group("another")  # "ban hành" is no word of the body's name ("Ban Chấp hành")
        if ends.match(t, pos, stop):
            return True
        word = _NEXT_WORD.match(t, pos, stop)
        if not word or not (word.group(1)[0].isupper() or word.group(1).lower() in P.BODY_NAME_WORDS):
            return False
        pos = word.end()
    return False


def _party(t: str, m: re.Match) -> Citation:
    num, sep, issuer_raw, word, dashed, slashed = m.group("num", "sep", "iss", "kw", "abbr2", "abbr3")
    abbr_raw = _code_abbr(m)
    end = m.end()
    if issuer_raw[-1] == ".":
        # A dot after the issuer ends the sentence, even after "T.Ư".
        issuer_raw = issuer_raw.rstrip(".")
        end = m.start("iss") + len(issuer_raw)
    if dashed or slashed:
        malformed = "số hiệu viết là số-loại/cơ quan, với một dấu gạch ngang và một dấu gạch chéo"
    elif m.group("abbr4"):
        malformed = "thiếu dấu gạch chéo giữa loại văn bản và cơ quan ban hành"
    else:
        malformed = None if "-" in sep else "thiếu dấu gạch ngang giữa số và loại văn bản"
    issuer = _issuer(issuer_raw)
    # Most codes are followed by a space and a lower-case word: no split issuer to look for.
    split = (issuer not in P.KNOWN_ISSUERS or t[end + 1:end + 2].isupper()) and P.SPLIT_ISSUER.match(t, end, end + 8)
    if split and (issuer not in P.KNOWN_ISSUERS or _system(split.group(1)) != "dang"):
        # "12-HD/BTC TW", "12-HD/TW ĐTN": an issuer split by a space.
        joined = issuer + _issuer(split.group(1))
        if joined in P.KNOWN_ISSUERS or _system(joined) != "dang":
            issuer, end = joined, split.end()
            malformed = "cơ quan ban hành trong số hiệu bị tách bởi dấu cách"
    squeezed = issuer.replace("-", "").replace(".", "") if issuer not in P.KNOWN_ISSUERS else issuer
    if squeezed != issuer and squeezed in P.KNOWN_ISSUERS:
        # "42-HD/BTC-TW", "42-HD/BTC.TW": one issuer, split by a mark (it was told as unknown, C101).
        issuer, malformed = squeezed, "cơ quan ban hành trong số hiệu bị tách bởi dấu gạch ngang hoặc dấu chấm"
    rest = issuer not in P.KNOWN_ISSUERS and _ISSUER_REST.match(t, end)
    if rest and issuer + rest.group(1) in P.KNOWN_ISSUERS:
        # "42-HD/BTC/TW": one issuer split by a second slash (read as BTC, it was told as unknown, C101).
        issuer, end = issuer + rest.group(1), rest.end()
        malformed = "cơ quan ban hành trong số hiệu bị tách bởi dấu gạch chéo"
    abbr = _abbr(abbr_raw)
    if issuer.split("-")[0] in P.STATE_ISSUER_CODES:
        return _state_in_party_marks(t, m, num, abbr_raw, issuer, end)
    malformed = malformed or _ABBR_MISTAKES.get(abbr_raw.upper())
    if word:
        word = word.lower()
        if word not in P.KIND_WORDS:
            word = _WS.sub(" ", word)  # "Chỉ\nthị": a kind word broken across a line
        if P.KIND_WORDS[word] != base_kind(abbr) and not _kind_listed_before(t, m.start("kw"), base_kind(abbr)):
            malformed = malformed or f"‘{word}’ không khớp ký hiệu loại văn bản {abbr} trong số hiệu"
    system = _system(issuer)
    code = f"{num}-{kind_key(abbr)}/{issuer}"
    written = t[m.start("num"):end]
    # "50-CT/TW/2025": the year of issue typed onto the code, as a registry id carries it.
    year = t[end:end + 1] in ("/", "-") and _GLUED_YEAR.match(t, end)
    if year:
        end = year.end()
    elif t[end:end + 1] == "/" and t[end + 1:end + 2] in (" ", "\u00a0"):
        # "50-CT/TW/ ngày 23/7/2024": a slash left after the code hid the date and issuer after it
        # (read as none, the wrong year was never told).
        end, malformed = end + 1, malformed or "dấu gạch chéo thừa sau số hiệu"
    return Citation(m.start(), end, "", abbr, system, number=num, issuer=issuer, code=code,
                    year=int(year.group(1)) if year else None, link_end=end, malformed=malformed, written=written,
                    kind_word=word or None)


def _state_in_party_marks(t: str, m: re.Match, num: str, abbr_raw: str, issuer: str, end: int) -> Citation:
    """"1234-QĐ/UBND", "15-QĐ/TTg": a state body's document written with a Party code's marks (it
    was told as a Party document missing from the registry, C101), offered in the state's letters:
    "HĐ" a contract's (not a Hướng dẫn's), "HĐND", "TTg", a công văn's code without kind letters
    ("123/UBND-VP", as Nghị định 30/2020/NĐ-CP has it), "QĐ" for the Party's "QĐi"."""
    head, _, rest = issuer.partition("-")
    issuer = _STATE_ISSUER_SPELLING.get(head, head).replace("HDND", "HĐND") + (f"-{rest}" if rest else "")
    typed = abbr_raw.upper()
    abbr = "HĐ" if typed == "HĐ" else "QĐ" if typed in ("QĐI", "QDI") else _abbr(abbr_raw)
    code = f"{num}/{issuer}" if abbr == "CV" else f"{num}/{abbr}-{issuer}"
    return Citation(m.start(), end, "", abbr, "nha-nuoc", number=num, issuer=issuer, code=code, link_end=end,
                    malformed="số hiệu văn bản nhà nước viết theo kiểu văn bản của Đảng", written=t[m.start("num"):end])


def _kind_first(m: re.Match, abbr: str | None = None) -> Citation:
    """"HD 12/BTCTW": a Party code with its kind written before the number instead of in it (or,
    `abbr` given, one more number of a list after it: "… và 10/TW")."""
    start = m.start("fnum") if abbr else m.start()
    if abbr is None:
        word = m.group("fkind")
        abbr = P.KIND_WORDS[_WS.sub(" ", word.lower())] if word else _abbr(m.group("fabbr") or m.group("gabbr"))
    issuer, number = _issuer(m.group("fiss")), m.group("fnum")
    return Citation(start, m.end(), "", abbr, _system(issuer), number=number, issuer=issuer,
                    code=f"{number}-{kind_key(abbr)}/{issuer}", link_end=m.end(),
                    malformed="ký hiệu loại văn bản viết trước số, không viết trong số hiệu")


def _kind_listed_before(t: str, at: int, kind: str) -> bool:
    listed = P.KIND_LISTED_BEFORE.search(t, max(0, at - 30), at)
    return bool(listed) and P.KIND_WORDS.get(_WS.sub(" ", listed.group("kind").lower())) == kind


_NO_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
_GLUED_YEAR = re.compile(r"[/-]((?:19|20)\d\d)(?![\w/])")  # "50-CT/TW/2025"; "50-CT/TW-2025", a registry id pasted


# State issuers whose code is not all capitals.
_STATE_ISSUER_SPELLING = {"TTG": "TTg"}


def _state(t: str, m: re.Match) -> Citation:
    year = m.group("year") or m.group("dashed_year")
    malformed = "số, năm và tên loại của văn bản nhà nước cách nhau bằng dấu /" if m.group("dashed_year") else None
    if m.group("qh"):
        # The National Assembly's laws and resolutions, its Standing Committee's resolutions and
        # ordinances share a code's form: the kind word tells them apart, else the commonest.
        issuer = m.group("qh").upper()
        named = P.KIND_WORDS.get(_WS.sub(" ", (m.group("kw") or "").lower()))
        abbr = named if named in ("NQ", "Luật") else "Luật" if issuer.startswith("QH") else "NQ"
        code = f"{m.group('snum')}/{year + '/' if year else ''}{issuer}"
    else:
        abbr = m.group("sabbr").upper().replace("ND", "NĐ").replace("QD", "QĐ")
        issuer = m.group("siss")
        if issuer.islower():  # "nđ-cp", "ct-ttg": typed in lower case
            issuer = _STATE_ISSUER_SPELLING.get(issuer.upper(), issuer.upper())
        party_issuer = _issuer(issuer)
        abbr = _abbr(abbr)
        if abbr not in ("NĐ", "TTLT", "NQLT") and party_issuer in P.KNOWN_ISSUERS:
            # "10/CT-TW", "42/HD-BTCTW", "05/2016/CT-TW": a Party code written the way state codes are
            # (its year, if written, chooses among the documents of that code); say how to write it.
            code = f"{m.group('snum')}-{kind_key(abbr)}/{party_issuer}"
            c = Citation(m.start(), m.end(), "", abbr, _system(party_issuer), number=m.group("snum"), issuer=party_issuer,
                         code=code, link_end=m.end(), malformed="số hiệu văn bản của Đảng viết theo kiểu văn bản nhà nước")
            c.year = int(year) if year else None
            return c
        if _system(party_issuer) != "dang":
            # "03/HD-TLĐ": a mass organisation's document, whichever way its code is written.
            code = f"{m.group('snum')}/{abbr}-{issuer}"
            return Citation(m.start(), m.end(), "", abbr, _system(party_issuer), number=m.group("snum"), issuer=issuer,
                            code=code, link_end=m.end())
        code = f"{m.group('snum')}/{year + '/' if year else ''}{abbr}-{issuer}"
    word = _WS.sub(" ", (m.group("kw") or "").lower())
    if word == "luật":
        abbr = "Luật"
    elif word == "thông tư liên tịch":
        abbr = "TTLT"
    return Citation(m.start(), m.end(), "", abbr, "nha-nuoc", number=m.group("snum"), issuer=issuer, code=code,
                    code_year=int(year) if year else None, link_end=m.end(), malformed=malformed)


def _state_year(m: re.Match) -> Citation:
    """"Nghị định 111/2022": the short form with its year, as "Nghị định 111 năm 2022" reads."""
    word = _WS.sub(" ", m.group("ykw")).lower()
    word = P.SHORT_ABBREVIATIONS.get(word.upper(), word).lower()  # "NĐ 111/2022"
    number = m.group("ynum")
    return Citation(m.start(), m.end(), "", P.KIND_WORDS[word], "nha-nuoc", number=number, short=True,
                    link_end=m.end(), name=f"{word[0].upper()}{word[1:]} {number}", kind_word=word,
                    year=int(m.group("yyear")), code_year=int(m.group("yyear")))


def _plenum(t: str, m: re.Match) -> list[Citation]:
    """A plenum's resolution, or several: listed before their term ("Trung ương 4, 5 khóa XII"), of
    two terms ("khóa XI và XII"), and named after one with its term ("… khóa XII và Trung ương 6
    khóa XII"), each linked on its own words."""
    cites = _plenum_at(t, m, m.start())
    # A chain stops at 40 resolutions; each step reads one bounded match, so a run stays linear.
    while cites and not cites[-1].short and len(cites) < 40:
        n = P.PLENUM_NEXT.match(t, cites[-1].end)
        if not n or _the_meeting(t[n.start():n.start("item")], n.group("item")):
            break
        more = _plenum_at(t, n, n.start("item"))
        if not more or more[0].short:
            break
        cites += more
    return cites


def _plenum_at(t: str, m: re.Match, start: int) -> list[Citation]:
    if _NOT_PARTY_AFTER.match(t, m.end()):
        return []  # "… Ban Chấp hành Trung ương Đoàn khóa XII": the Youth Union's plenum, not the Party's
    ordinal = m.group("ordinal") or m.group("ordinal2")
    digits = m.group("plenum") or m.group("plenum2")
    plenum = _plenum_number(digits, ordinal)
    first_end = m.end()
    if m.group("olist"):  # "Hội nghị lần thứ tư, thứ năm Ban Chấp hành Trung ương": one name, ending with its body
        first_end, after = m.end("ordinal"), m.end()
        items = [(i.start(), i.end(), _item_number(t, i)) for i in P.BODY_ITEM.finditer(t, m.start("olist"), m.end("olist"))]
    else:
        # "thứ năm" alone goes on a list of ordinals only ("lần thứ tư, thứ năm"), not after a number.
        listed = (P.PLENUM_LIST_AFTER_ORDINAL if ordinal else P.PLENUM_LIST).match(t, m.end())
        items = _list_items(t, m.end(), listed.end()) if listed else []
        after = items[-1][1] if items else m.end()
    if items:
        c = Citation(start, after, "", "NQ", "dang", link_end=first_end)
        end = _read_context(t, c, after)
        if _union_s(t, c, end):
            return []
        if len(c.terms) > 1:
            # "4, 5 khóa XI và XII": which plenum of which term is not said.
            return [_short_plenum(start, first_end, plenum, first_end)]
        if len(c.terms) == 1:
            # Each plenum of the list is a resolution of that term, linked on its own number; a
            # date or year after the list is the last one's ("4, 7 khóa XII ngày 19/5/2018").
            cites = [Citation(begin, stop, "", "NQ", "dang", body=c.body, terms=c.terms, link_end=stop,
                              name=f"Nghị quyết Trung ương {n} khóa {c.terms[0]}")
                     for begin, stop, n in [(start, first_end, plenum), *items]]
            last = cites[-1]
            last.end, last.date, last.date_tentative, last.bad_date = end, c.date, c.date_tentative, c.bad_date
            last.year, last.year_of_work = c.year, c.year_of_work
            return cites
        # No term after the list: the first plenum alone, read as below (a short reference).
    c = Citation(start, m.end(), "", "NQ", "dang", link_end=m.end())
    end = _read_context(t, c, m.end())
    if _union_s(t, c, end):
        return []
    if not c.terms and P.FIRM_UNIT_AFTER.match(t, m.end()):
        return []  # "NQ TW 10 lần": a count ("Nghị quyết Trung ương 4 không chỉ …" cites it)
    if not c.terms:
        # Plenums are numbered afresh each term: without the term this is a short reference.
        return [_short_plenum(start, m.end(), plenum, end)]
    cites = [Citation(c.start, end, "", "NQ", "dang", body=c.body, terms=[term],
                      name=f"Nghị quyết Trung ương {plenum} khóa {term}", link_end=end) for term in c.terms]
    # A date or year after the terms is the last one's, as after a list of plenums.
    cites[-1].date, cites[-1].year, cites[-1].year_of_work = c.date, c.year, c.year_of_work
    # "khóa XI và XII", "khóa XI, XII, XIII": each resolution after the first is linked on its own numeral.
    numerals, hi = [], end
    for term in reversed(c.terms):
        found = _last_numeral(t, term, c.start, hi)
        if found is None:
            return cites
        numerals.insert(0, found)
        hi = found
    for cite, numeral in zip(cites[1:], numerals[1:], strict=True):
        cite.start, cite.link_end = numeral.start(), numeral.end()
        if cite is not cites[-1]:
            cite.end = numeral.end()
    if len(cites) > 1:
        cites[0].link_end = cites[0].end = numerals[0].end()
    return cites


# The Youth Union's central bodies, which a plenum's issuer may name ("… khóa XII của Ban Chấp hành
# Trung ương Đoàn"): its plenums are numbered and termed as the Party's are.
_UNION_BODIES = {"Ban Chấp hành Trung ương Đoàn", "Ban Bí thư Trung ương Đoàn", "Trung ương Đoàn"}


def _union_s(t: str, c: Citation, end: int) -> bool:
    """A mass organisation's plenum ("Nghị quyết Trung ương 4 khóa XII của Đoàn"): not the Party's."""
    return c.body in _UNION_BODIES or bool(P.UNION_PLENUM_AFTER.match(t, end))


def _the_meeting(separator: str, item: str) -> bool:
    """After a comma, "Hội nghị Trung ương 6 khóa XII" is the meeting; after "và", the resolution
    ("Nghị quyết Trung ương 4 và Hội nghị Trung ương 5 khóa XII")."""
    return item[:3].lower() == "hội" and "và" not in separator


def _list_items(t: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The plenums a list after the first names, up to a meeting named after a comma."""
    items, prev = [], lo
    for i in P.PLENUM_ITEM.finditer(t, lo, hi):
        if _the_meeting(t[prev:i.start()], i.group()):
            break
        items.append((i.start(), i.end(), _item_number(t, i)))
        prev = i.end()
    return items


def _short_plenum(start: int, link_end: int, plenum: str, end: int) -> Citation:
    return Citation(start, end, "", "NQ", "dang", link_end=link_end, name=f"Nghị quyết Trung ương {plenum}",
                    short=True, number=plenum)


# "… Ban Chấp hành Trung ương Đoàn", "… Hội Liên hiệp Phụ nữ": a mass organisation's plenum.
_NOT_PARTY_AFTER = re.compile(r"\s{1,3}(?:Đoàn|Hội|Công\s{1,3}đoàn|Mặt\s{1,3}trận)(?![\wÀ-ỹ])")


def _item_number(t: str, item: re.Match) -> str:
    """The number a list's item ends with ("Trung ương 5", "lần thứ năm")."""
    n = P.PLENUM_ITEM_NUMBER.search(t, item.start(), item.end())
    return _plenum_number(n.group("digits"), n.group("word"))


# A term's numeral and its number: "khóa XI và 12" writes XII as 12.
_TERM_NUMBERS = {roman(n): n for n in range(1, 40)}


def _plenum_number(digits: str | None, ordinal: str | None) -> str:
    if not digits and ordinal.isdigit():
        digits = ordinal  # "Hội nghị lần thứ 04": a number, written with a zero
    return str(int(digits)) if digits else str(P.ORDINALS.get(_WS.sub(" ", ordinal).lower(), ordinal))


def _last_numeral(t: str, numeral: str, lo: int, hi) -> re.Match | None:
    """The last place a term's numeral is written in t[lo:hi], as a word, in any case ("khóa xi và xii"),
    or in digits."""
    hi = hi.start() if isinstance(hi, re.Match) else hi
    found = list(re.compile(rf"(?<!\w)(?:{numeral}|{_TERM_NUMBERS.get(numeral, numeral)})(?!\w)", re.IGNORECASE).finditer(t, lo, hi))
    return found[-1] if found else None


_FILE_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,3}(?![^\W_])")  # .txt, .docx, .mp4


# A place or a unit named by a label of letters and digits: "tòa CT3 ngày 5/9/2025" had a date after it.
_LABEL_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:t[oò]a|toà|nhà|khu|lô|dãy|block|phòng|tổ|lớp|đội|khối|xóm|ấp|chi\s+bộ)\s{1,3}$",
                           re.IGNORECASE)
# `_short`'s answer for an abbreviation glued to its number: it stands only if the text names its
# date, issuer or term, and not its year alone.
GLUED = "glued"


def _short(t: str, m: re.Match, defined: set[str]) -> tuple[Citation, bool | str] | None:
    """A short reference, and whether it stands only if the text names its date, year, issuer or
    term (GLUED: not its year alone)."""
    capitals = m.group("sabbr")  # "NQ 35", "CT số 50"
    word = capitals or _WS.sub(" ", m.group("skind"))
    dash = P.SPACED_DASH.match(t, m.end())
    if not (dash and t[dash.end():dash.end() + 1].islower()) and P.CONTINUES_CODE.match(t, m.end()):
        return None  # "Chỉ thị 10 -" is a broken code, not a short form
    if not word[0].isupper() and word.lower() not in P.PARTY_KIND_WORDS:
        return None  # in lower case, only a Party kind may be a reference (a state one has its code)
    glued = bool(capitals) and not t[m.end("sabbr")].isspace()  # "CT50", not "CT 50"
    if glued and (_FILE_EXTENSION.match(t, m.end()) or _LABEL_BEFORE.search(t, max(0, m.start() - 12), m.start())):
        return None  # "HD05.txt": a file's name; "tòa CT3", "Chi bộ NQ1": a building's, a unit's label
    start = m.start()
    number = m.group("short")
    if capitals == "HD" and number in ("720", "1080") and not m.group("sso"):
        return None  # "video HD 1080": a picture's lines
    kind_name = P.SHORT_ABBREVIATIONS[capitals] if capitals else f"{word[0].upper()}{word[1:].lower()}"
    # QĐ names no kind (Quy định or Quyết định): "QĐ 294" is its own name, for a definition to explain.
    name = f"{kind_name or capitals} {number}"
    is_defined = bool(name) and _short_key(name) in defined
    counts = P.FIRM_UNIT_AFTER if word[0].isupper() and word.lower() in P.VERB_KINDS else P.UNIT_AFTER
    if not is_defined and counts.match(t, m.end()):
        return None  # "Báo cáo 12 tháng", "Quyết định số 1 tỷ đồng": a count, not a document
    if not is_defined and (kind_name or "").lower() in P.PLAN_KINDS and int(number) <= 20 and P.YEARS_COUNTED.match(t, m.end()):
        return None  # "Kế hoạch 5 năm 2026 - 2030": a plan's span
    # "chi bộ ra nghị quyết số 3" is the cell's; "Bộ Chính trị ra nghị quyết số 35 ngày …" is not.
    if not is_defined and (kind_name or "").lower() in P.CELL_KINDS and (
            P.OWN_CELL_AFTER.match(t, m.end())
            or not word[0].isupper() and not P.CONTEXT_START.match(t, m.end())
            and P.ISSUED_BEFORE.search(t, max(0, start - P.ISSUED_BEFORE_AHEAD), start)):
        return None  # the cell's own resolution or plan: no registry's to name
    glued_word = not capitals and _glued_word(t, m, "skind", "sso")  # "Chỉ thị50", "Chỉ thị số50": C109
    if capitals:
        # Glued, a document only with what names it after ("CT50 ngày 23/7/2025") or defined: "tòa
        # CT1", "video HD1080" are labels.
        system = "nha-nuoc" if (kind_name or "").lower() in P.STATE_WORDS else "dang"
        return Citation(start, m.end(), "", _abbr(capitals), system, number=number,
                        short=True, link_end=m.end(), name=name), GLUED if glued and not is_defined else False
    # "Kết luận 3 ý…" opening a sentence is prose, unless the text defined the short form
    # ("(gọi tắt là Quy định 294). Quy định 294 yêu cầu...") or names what the document is
    # ("Kết luận 18 của Ban Bí thư", "Quy định 08 về …").
    tentative = (not m.group("sso") and word.lower() in P.PROSE_WORDS and not is_defined
                 and (bool(P.SENTENCE_START.search(t, max(0, start - 4), start))
                      and not P.ITEM_NUMBER_BEFORE.search(t, max(0, start - P.ITEM_NUMBER_AHEAD), start)
                      and not P.ABOUT.match(t, m.end())
                      or bool(P.LABEL_AFTER.match(t, m.end()))
                      and bool(P.LINE_OPENS.search(t, max(0, start - P.LINE_OPENS_AHEAD), start))))
    # In lower case a kind word is prose ("quy định 90 phút", "kế hoạch số 3 của chi bộ") unless
    # the document's date, year, issuer or term follows ("chỉ thị 10 ngày 30/3/2007"), or it is a
    # directive's or a resolution's with "số" ("chỉ thị số 50").
    tentative = tentative or (not word[0].isupper() and not (m.group("sso") and word.lower() in P.NUMBERED_LOWER_KINDS))
    abbr = P.KIND_WORDS[word.lower()]
    system = "nha-nuoc" if word.lower() in P.STATE_WORDS else "dang"
    if glued_word and not m.group("sso") and not is_defined:
        # "Chỉ thị50" only with what names it after, as "CT50": "| Kết luận3 |", "Biểu mẫu Nghị
        # quyết2" are labels of a table's cell or a form.
        tentative = GLUED
    return Citation(start, m.end(), "", abbr, system, number=number, short=True, link_end=m.end(), name=name,
                    glued=glued_word, kind_word=word.lower()), tentative


_DIGITS = re.compile(r"\d{1,4}")
_NEXT_KIND = re.compile(P.LIST_SEP + r"(?:" + P.KINDS_ALT + r")\s{1,3}(?:số\s{0,3})?\d", re.IGNORECASE)
# "Quy định 232 và 294", "các Chỉ thị 10, 50": more numbers of the same kind, bare.
_SHORT_LIST = re.compile(r"(?:" + P.LIST_SEP + r"\d{1,4}(?![\w/-]))+")


def _short_list(t: str, first: Citation) -> list[Citation] | None:
    """A short form followed by more numbers of its kind: one reference each, the issuer read
    after the last being all of theirs (a date or a term, the last one's only). None where none
    follow, where one is a count or a year ("Quy định 5, 6 tháng", "Hướng dẫn 42, 2025 là …"),
    or where no issuer, subject or verb follows the last (numbers listed are counts as often as
    documents)."""
    listed = _SHORT_LIST.match(t, first.end)
    numbers = list(_DIGITS.finditer(t, first.end, listed.end())) if listed else []
    if not numbers or any(len(n.group()) > 3 or P.UNIT_AFTER.match(t, n.end()) for n in numbers):
        return None
    cites, kind_name = [first], first.name.rsplit(" ", 1)[0]
    for number in numbers:
        cites.append(Citation(number.start(), number.end(), "", first.kind, first.system, number=number.group(), short=True,
                              link_end=number.end(), name=f"{kind_name} {number.group()}"))
    last = cites[-1]
    last.end = _read_context(t, last, last.end)
    # Documents too where the issuers follow in turn ("Chỉ thị 05 và 10 của Bộ Chính trị, Ban Bí
    # thư": each its own, so neither is read) or another kind's document ("Chỉ thị số 05, 10 và Hướng dẫn 12").
    # Or their subject, or what they do ("các Quy định 232, 294 về thi hành Điều lệ Đảng").
    if not last.body and not (P.BODY.match(t, last.end) or _NEXT_KIND.match(t, last.end) or P.ABOUT.match(t, last.end)):
        return None
    system = P.BODY_SYSTEMS.get((last.body or "").lower(), first.system)
    for c in cites:
        c.system = system
        if c is not last:
            c.body, c.province = last.body, last.province  # the term, the last one's: terms differ
    return cites


def _listed(t: str, m: re.Match) -> list[Citation] | None:
    """"Nghị quyết số 18, 19-NQ/TW": the numbers before the last share its code. Each is a coded
    reference of its own; the last is read next, as any code is."""
    tail = P.LIST_TAIL.match(t, m.end())
    last = tail and P.PARTY_AT.match(t, tail.end())
    if not last or last.group("kw") or last.group("so"):
        return None
    abbr = _abbr(_code_abbr(last))
    listed_kind = kind_key(_abbr(m.group("sabbr"))) if m.group("sabbr") else P.KIND_WORDS.get(_WS.sub(" ", m.group("skind")).lower())
    if kind_key(abbr) != listed_kind:
        return None
    issuer = _issuer(last.group("iss").rstrip("."))
    numbers = [(m.start(), m.end(), m.group("short"))]
    numbers += [(x.start(), x.end(), x.group()) for x in _DIGITS.finditer(t, m.end(), tail.end())]
    return [Citation(begin, end, "", abbr, _system(issuer), number=num, issuer=issuer, link_end=end,
                     code=f"{num}-{kind_key(abbr)}/{issuer}") for begin, end, num in numbers]


def _congress(t: str, m: re.Match) -> list[Citation]:
    """A congress's resolution, or several listed in Roman numerals ("Đại hội XII, XIII của Đảng"),
    each linked on its own numeral."""
    stop = _paragraph_end(t, m.end())
    listed = m.group("congress") and P.CONGRESS_LIST.match(t, m.end(), stop)
    after = listed.end() if listed else m.end()
    if P.LOCAL_CONGRESS.match(t, after, stop):
        return []  # a Party committee's own congress ("… Đảng bộ huyện"): not a document we hold
    first = m.group("congress").upper() if m.group("congress") else roman(int(m.group("congress_n")))
    if not _the_party_s(first, P.CONGRESS_TERM.match(t, after, stop)):
        return []
    party = P.OF_THE_PARTY.match(t, after, stop)
    end = party.end() if party else after
    numerals = [(m.start(), m.end(), first)]
    if listed:
        numerals += [(x.start(), x.end(), x.group().upper()) for x in _ROMAN_WORD.finditer(t, m.end(), listed.end())]
    cites = [Citation(begin, stop, "", "NQ", "dang", name=f"Nghị quyết Đại hội {term}", terms=[term], link_end=stop)
             for begin, stop, term in numerals]
    cites[-1].end = cites[-1].link_end = end
    return cites


# The Party's congresses have met every five years since the VIth, of 1986 (the terms written
# "nhiệm kỳ …" are these); the XIVth, of 2026, is the last held: the XVth (2031) is added here.
CONGRESS_YEARS = {roman(n): 1986 + 5 * (n - 6) for n in range(6, 15)}
_CONGRESSES_HELD = {roman(n) for n in range(1, 15)}


def _the_party_s(numeral: str, term: re.Match | None) -> bool:
    """Whether a congress so numbered, with that term, can be the Party's: a commune's first
    congress ("Đại hội lần thứ I, nhiệm kỳ 2025 - 2030"), the XXth of a province, are local."""
    if numeral not in _CONGRESSES_HELD:
        return False
    if term is None:
        return True
    first, held = int(term.group("first")), CONGRESS_YEARS.get(numeral)
    return first == held if held else first < CONGRESS_YEARS["VI"]  # the Ist to the Vth met before 1986


_ROMAN_WORD = re.compile(r"(?<![\wÀ-ỹ])[IVX]+(?![\wÀ-ỹ])")


def _prose_word(t: str, m: re.Match) -> bool:
    """Whether the kind word before a Party code of another kind is a word of the sentence: "luật"
    of "kỷ luật", "pháp luật" ("thi hành kỷ luật số 24-QĐ/TW", a Party code being no law), or a
    kind word that is a verb in lower case ("các văn bản hướng dẫn 294-QĐ/TW"). Otherwise it is the
    code's kind written wrong ("chỉ thị 12-HD/BTCTW", "Hướng dẫn 294-QĐ/TW": C106)."""
    word = _WS.sub(" ", m.group("kw"))
    if P.KIND_WORDS.get(word.lower()) == base_kind(_abbr(_code_abbr(m))) or not t[m.end("kw"):m.end("kw") + 1].isspace():
        return False  # typed onto the number ("kết luận99-CT/TW"), it is the code's kind word
    if word.lower() == "luật":
        return bool(_LAW_COMPOUND.search(t, max(0, m.start("kw") - 8), m.start("kw")))
    # With "số" it names the document's kind: "thực hiện kết luận số 05-CT/TW" is a mistake.
    return word.islower() and word in _PROSE_KIND_WORDS and not m.group("so")


_LAW_COMPOUND = re.compile(r"(?:kỷ|kỉ|pháp|quy)\s{1,3}$", re.IGNORECASE)
# Verbs that take a document as their object ("hướng dẫn", "thông báo"); a noun ("kết luận 05-CT/TW")
# is the kind written wrong.
_PROSE_KIND_WORDS = {"hướng dẫn", "thông báo"}


# "10-CT-TW.docx", "/van-ban/50-ct-tw-2025/": a file's or a page's name, which cites nothing.
_FILE_TYPE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|od[tsp]|rtf|txt|md|html?|jpe?g|png|zip|rar)(?![^\W_])", re.IGNORECASE)
_SLUG_GOES_ON = re.compile(r"-\d|/[\w-]")
_WORD_END = re.compile(r"\s|[,;)\]](?:\s|$)|$")
_NAME_MAX = 200


def _a_name(t: str, m: re.Match) -> bool:
    """A Party code that is part of a file's name or of a page's address: after a "/", with a
    file's type, or without a kind word, in lower case and going on as a slug does ("50-ct-tw-2025")."""
    number = m.start("num")
    end = m.end()
    # The file's type may end the word the code is part of ("05-ct-tw_2016.pdf", "…-ban-sao.docx").
    # Looked for within a file name's length: a line with no space had every code read to its end.
    word_end = _WORD_END.search(t, end, end + _NAME_MAX)
    if number and t[number - 1] == "/" or _FILE_TYPE.search(t, number, word_end.start() if word_end else len(t)):
        return True
    written = t[number:end]
    # A slug writes its code with dashes only ("50-ct-tw-2025"): "99-ct/tw/2007" is a code miswritten.
    return not m.group("kw") and written == written.lower() and "/" not in written and bool(_SLUG_GOES_ON.match(t, end))


# A kind's letters as a word's start, right before a number: "CT" of "CT50-CT/TW" (not "KCT50").
_KIND_LETTERS = re.compile(r"(?<![^\W\d_])(?-i:" + P.SHORT_ABBR_ALT + r")$")


def _glued(t: str, start: int) -> bool:
    """Digits stuck to a letter ("QH15", "A4-CT/") start nothing unless 'số' precedes."""
    return start > 0 and t[start - 1].isalnum() and t[start].isdigit()


def _glued_word(t: str, m: re.Match, *groups: str) -> bool:
    """Whether a match's kind word, or "số", is typed onto what follows it, the number or "số"
    ("Chỉ thị05-CT/TW", "số05-CT/TW", "Chỉ thịsố 05"; not "Số:294-QĐ/TW", as a document's header
    writes it). The groups may hold the spaces after their word ("số ")."""
    return any((word := m.group(group)) and word[-1].isalpha() and t[m.end(group):m.end(group) + 1].isalnum() for group in groups)


def _mentions_code(t: str, at: int) -> bool:
    """Whether the words just before `at` make what follows the code itself ("số hiệu …")."""
    before = max(0, at - 20)
    return bool(P.CODE_MENTION_HINT.search(t, before, at) and P.CODE_MENTION_BEFORE.search(t, before, at))


def _candidate(t: str, start: int, defined: set[str]) -> list[Citation] | None:
    """The references that start at a candidate, or None if it is not one."""
    coded = None
    m = P.PARTY_AT.match(t, start)
    if m and m.group("kw") and _prose_word(t, m):
        m = P.PARTY_AT.match(t, m.start("so") if m.group("so") else m.start("num"))
    if m and m.group("abbr4") and not (m.group("kw") or m.group("so")):
        # "50-CTTW" is read as a code after its kind or "số" only: "Lô hàng 2024-KLTW", "máy in
        # 1020-BCTW" are no documents.
        m = None
    glued_kind = None
    if m and not m.group("kw") and not m.group("so") and _glued(t, m.start("num")):
        # "CT50-CT/TW", "QĐ294-QĐ/TW": the kind's letters typed onto a full code, read and told
        # (C109) as "Chỉ thị50-CT/TW" is; its wrong date or issuer passed untold.
        glued_kind = _KIND_LETTERS.search(t, max(0, m.start("num") - 4), m.start("num"))
        if glued_kind and base_kind(kind_key(_abbr(glued_kind.group()))) != base_kind(kind_key(_abbr(_code_abbr(m)))):
            glued_kind = None  # "TB3-CT/TW", "NQ05-CT/TW": another kind's letters, a label's, no kind of this code
    if m and (glued_kind or not _glued(t, m.start("num") if not m.group("kw") and not m.group("so") else -1)):
        if _a_name(t, m):
            return []
        coded, number_at = _party, m.start("num")
    else:
        m = P.STATE_AT.match(t, start)
        if m and not _glued(t, m.start("snum") if not m.group("kw") and not m.group("so") else -1):
            coded, number_at = _state, m.start("snum")
    if coded is not None:
        # Checked before building the citation: text listing codes should cost little. Read up
        # to the number, since the reference may have taken the "số" of "mã số" as its own.
        if _mentions_code(t, number_at):
            return []  # "số hiệu 50-CT/TW" talks about the code, it cites nothing
        c = coded(t, m)
        c.glued = _glued_word(t, m, "kw", "so")
        if glued_kind:
            c.start, c.glued = glued_kind.start(), True
        c.end = _read_context(t, c, c.end)
        if c.system == "dang" and not c.body and c.issuer not in P.KNOWN_ISSUERS and P.YOUTH_BODY_AFTER.match(t, c.end):
            c.system = "doan"
        return [c]
    m = P.KIND_FIRST_AT.match(t, start)
    if m:
        if _mentions_code(t, start):
            return []  # "số hiệu HD 12/BTCTW" talks about the code, as "số hiệu 12-HD/BTCTW" does
        cites = [_kind_first(m)]
        cites[0].glued = _glued_word(t, m, "fkind", "fso")
        while more := P.KIND_FIRST_MORE.match(t, cites[-1].end):
            cites.append(_kind_first(more, cites[0].kind))
        for c in cites:
            c.end = _read_context(t, c, c.end)
        return cites
    m = P.PLENUM_AT.match(t, start)
    if m:
        if t.startswith("NQ", start) and start and t[start - 1].isalnum():
            return None  # "CNQTW4": letters of a word, not the abbreviation
        return _plenum(t, m)
    m = P.CONGRESS_AT.match(t, start)
    if m:
        return _congress(t, m)
    m = P.STATE_YEAR_AT.match(t, start)
    if m:
        c = _state_year(m)
        c.end = _read_context(t, c, c.end)
        return [c]
    m = P.SHORT_AT.match(t, start)
    if m:
        listed = _listed(t, m)
        if listed:
            return listed
        found = _short(t, m, defined)
        if found is not None:
            c, tentative = found
            more = _short_list(t, c)
            if more:
                return more
            c.end = _read_context(t, c, c.end)
            # Glued, a year alone names no document: "tòa CT3 năm 2020" is a building.
            if tentative and not (c.date or c.year and tentative != GLUED or c.body or c.terms):
                return None
            # "Chỉ thị 10 của Thủ tướng Chính phủ" is not the Party's Chỉ thị 10.
            c.system = P.BODY_SYSTEMS.get((c.body or "").lower(), c.system)
            return [c]
    return None


def find(text: str) -> list[Citation]:
    """Every reference in `text`, in order, with offsets into `text` itself."""
    norm = normalize(text, utf8=True)
    t = norm.text
    data = t.encode("utf-8") if norm.utf8 is None else norm.utf8
    offsets = scanner.Offsets(t, data)
    found: list[Citation] = []
    defined: set[str] = set()  # short forms the text has defined so far
    pos, read_before = 0, True
    while True:
        # Until the text defines a short form, `_short` rejects every count and prose opening a
        # sentence: the scan skips them.
        hit = scanner.next_candidate(scanner.scan if defined else scanner.scan_undefined, offsets, pos, read_before)
        if hit is None:
            break
        start, end_byte = hit
        cites = _candidate(t, start, defined)
        if cites is None:
            # Not a reference here: look again one character on. The character passed is the
            # first of a candidate, which no short form takes as what comes before it.
            pos, read_before = start + 1, False
            continue
        read_before = True
        if not cites:  # only a mention of a code
            pos = offsets.char_at(end_byte)
            continue
        last = cites[-1]
        found.extend(cites)
        # A definition right after the reference opens with "(" or "," past at most a line break
        # and its indent: a look at those few characters spares most references the match.
        ahead = t[last.end:last.end + 12].lstrip(" \t\n")[:1]
        definition = ahead in ("(", ",") and P.SHORT_DEFINITION.match(t, last.end)
        if definition:
            last.end = definition.end()
        else:
            definition = _definition_later(t, last.end)
        if definition:
            _define(found, definition, defined)
        # The last reference ends furthest ("khóa XI và XII"); a definition further on is read.
        pos = max(last.end, definition.end() if definition else 0)
    _link_successors(t, found)
    _carry_issuer(t, found)  # before the kind words are: a code with its own kind word is its own
    _carry_kind_words(t, found)
    _apply_definitions(found)
    for c in found:
        if c.written:
            # A code as typed, before its dashes were read as "-": Word's "50–CT/TW" is published
            # so, and no search for 50-CT/TW finds it (C109 tells it).
            at = t.find(c.written, c.start, c.end)
            if at >= 0:
                typed = unicodedata.normalize("NFC", text[norm.to_original(at, len(text)):norm.to_original(at + len(c.written), len(text))])
                typed = typed.strip(INVISIBLE)  # one after the code is the next word's
                seen = typed if typed == c.written else typed.translate(_NO_INVISIBLE)  # what shows: the text took them out
                if len(seen) == len(c.written) and all(a == b or b in "-/" for a, b in zip(seen, c.written, strict=True)):
                    # A dash or a slash for another, a character that shows as nothing (a letter
                    # that only looks Latin is C106's).
                    c.written = typed
    if norm.origin is not None:  # text already in NFC keeps its offsets
        original_length = len(text)
        for c in found:
            c.start = norm.to_original(c.start, original_length)
            c.end = norm.to_original(c.end, original_length)
            c.link_end = norm.to_original(c.link_end, original_length)
    for c in found:
        c.surface = text[c.start:c.end]
    if "|" in text:
        read_cells(text, found)  # as written: an escaped pipe (normalize reads "\\" as "/") splits no cell
    return found


def _link_successors(t: str, cites: list[Citation]) -> None:
    for a, b in pairwise(cites):
        if b.start >= a.end and b.start - a.end < 40:
            # SUCCESSOR is tried at every character of the gap; each of its wordings ("nay là",
            # "thay thế bằng") holds a y, which most gaps (", " in a list) do not.
            between = t[a.end:b.start]
            if ("y" in between or "Y" in between) and P.SUCCESSOR.search(t, a.end, b.start):
                a.successor = b


# Only a list's separator between two codes: "Quyết định số 294-QĐ/TW, 232-QĐ/TW".
_NEXT_IN_LIST = re.compile(r"\s{0,3}(?:[,;]|và|hoặc)\s{1,3}(?:số\s{1,2})?")


def _carry_kind_words(t: str, cites: list[Citation]) -> None:
    """The kind word before a list is every listed code's: each is told if the registry names
    another kind (C106), not only the first."""
    for a, b in pairwise(cites):
        if (a.kind_word and not b.kind_word and b.code and a.kind == b.kind
                and _NEXT_IN_LIST.fullmatch(t, a.end, b.start)):
            b.kind_word = a.kind_word


def _carry_issuer(t: str, cites: list[Citation]) -> None:
    """The issuer after a list of codes of one kind is every listed code's ("Quy định số 232-QĐ/TW
    và 294-QĐ/TW của Bộ Chính trị"), as a list of short forms' is: each is told where the registry
    names another (a red team's; only the last was). A code with its own date, term or issuer, of
    another kind ("Quy định 24-QĐ/TW và Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Trung ương"), of
    another issuing level (232-QĐ/TW beside 08-QĐ/TU "của Ban Thường vụ Tỉnh ủy"), or the last
    named with its own kind word ("Quy định số 294-QĐ/TW và Quy định số 339-QĐ/TW của Ban Bí thư",
    read as the last one's, as short forms so written are) is its own."""
    for a, b in reversed(list(pairwise(cites))):
        if (b.body and not a.body and a.code and b.code and a.kind == b.kind and a.system == b.system
                and a.issuer == b.issuer and not b.kind_word
                and not (a.date or a.year or a.terms or a.sender) and _NEXT_IN_LIST.fullmatch(t, a.end, b.start)):
            a.body, a.province, a.body_carried = b.body, b.province, True


def _definition_later(t: str, end: int) -> re.Match | None:
    """'(gọi tắt là …)' after the document's subject, in the same sentence, before any other reference."""
    paren = t.find("(", end, end + P.DEFINITION_AHEAD)
    if paren < 0 or not P.DEFINITION_HINT.match(t, paren) or P.SENTENCE_BREAK.search(t, end, paren):
        return None
    definition = P.DEFINITION_AT.match(t, paren)
    if definition is None or scanner.SCAN.search(t[end:paren].encode("utf-8")):
        return None  # no definition, or another reference comes first: the definition is its
    return definition


def _define(found: list[Citation], definition: re.Match, defined: set[str]) -> None:
    """The short form a text defines names the latest reference of its kind ("Chỉ thị 05-CT/TW và
    Kết luận 01-KL/TW (gọi tắt là Chỉ thị 05)" defines the directive), and of its number among
    several ("Nghị quyết Trung ương 4, 5 khóa XII (gọi tắt là Nghị quyết Trung ương 4)")."""
    if definition.group("dplenum"):
        kind, short = "NQ", f"nghị quyết trung ương {definition.group('dplenum')}"
    elif definition.group("dabbr"):
        # "CT 05" is read later as "Chỉ thị 05" (`_short`); "QĐ 294", which names no kind (Quy định
        # or Quyết định), as itself.
        abbr = definition.group("dabbr")
        name = P.SHORT_ABBREVIATIONS[abbr] or abbr
        kind, short = kind_key(_abbr(abbr)), f"{name} {definition.group('dnum')}".lower()
    else:
        kind, short = P.KIND_WORDS[_WS.sub(" ", definition.group("dkind")).lower()], _WS.sub(" ", definition.group("short")).lower()
    same_kind = [c for c in reversed(found[-4:]) if kind_key(c.kind) == kind]
    number = short.rpartition(" ")[2].lstrip("0")
    numbered = [c for c in same_kind if (c.number or "").lstrip("0") == number
                or (c.name or "").lower().startswith(f"nghị quyết trung ương {number} ")]
    for c in (numbered or same_kind)[:1]:
        c.defines = short
        defined.add(_short_key(c.defines))


_SO = re.compile(r"\s+số\s+")


@functools.lru_cache(maxsize=1024)
def _short_key(name: str) -> str:
    """"Chỉ thị số 10" and "chỉ thị 10" name the same short form."""
    return _SO.sub(" ", name.lower())


def _apply_definitions(cites: list[Citation]) -> None:
    """'(gọi tắt là Chỉ thị số 10)': later short references mean the defined document."""
    defined: dict[str, Citation] = {}
    for c in cites:
        if c.defines:
            defined[_short_key(c.defines)] = c
        elif c.short and c.name and _short_key(c.name) in defined:
            c.defined_as = defined[_short_key(c.name)]
