"""Find references in Vietnamese text.

One pass over digit runs (every coded or numbered reference holds a digit),
plus one literal-prefixed pass for congress resolutions, which hold none. At
each digit run, anchored patterns decide whether a code, a state code, a
plenum resolution or a short reference starts there, then the date, issuing
body and term written after it are read. Work per digit run is bounded, so the
whole extraction is linear in the length of the text.
"""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .models import Citation
from .normalize import normalize

_DIGITS = re.compile(r"\d+")
_WINDOW = 48  # characters looked back for a kind word before a number


def _kind_before(t: str, pos: int):
    m = P.KIND_BEFORE.search(t, max(0, pos - _WINDOW), pos)
    return m


def _canonical_issuer(raw: str) -> str:
    issuer = raw.upper().replace("T.Ư", "TW").replace("TƯ", "TW")
    return issuer


def _abbr(raw: str) -> str:
    up = raw.upper()
    if up in ("QĐI",):
        return "QĐi"
    if up in ("QD", "QĐ"):
        return "QĐ"
    if up == "CTR":
        return "CTr"
    if up == "TTR":
        return "TTr"
    return up


def _read_context(t: str, c: Citation, pos: int) -> int:
    """Read date, year, issuing body and term after a reference; return the new end."""
    done = set()
    for _ in range(4):
        progressed = False
        for name, pattern in (("date", P.DATE), ("year", P.YEAR), ("body", P.BODY), ("term", P.TERM)):
            if name in done:
                continue
            m = pattern.match(t, pos)
            if not m:
                continue
            if name == "date":
                d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
                try:
                    c.date = dt.date(int(y), int(mo), int(d))
                except ValueError:
                    c.malformed = c.malformed or f"ngày {d}/{mo}/{y} không có thật"
            elif name == "year":
                c.year = int(m.group("y") or m.group("yp"))
            elif name == "body":
                c.body = re.sub(r"\s+", " ", m.group("body"))
            elif name == "term":
                c.terms = [x.upper() for x in (m.group("t1"), m.group("t2")) if x]
            done.add(name)
            pos = m.end()
            progressed = True
        if not progressed:
            break
    return pos


def _party(t: str, pos: int) -> Citation | None:
    m = P.PARTY_CODE.match(t, pos)
    if not m:
        return None
    issuer_raw = m.group("iss")
    end = m.end()
    if issuer_raw.endswith(".") and issuer_raw.upper() != "T.Ư.":
        issuer_raw = issuer_raw.rstrip(".")
        end = m.start("iss") + len(issuer_raw)
    malformed = None
    if "-" not in m.group("sep"):
        malformed = "thiếu dấu gạch ngang giữa số và loại văn bản"
    issuer = _canonical_issuer(issuer_raw)
    # "12-HD/BTC TW": an issuer split by a space.
    split = re.match(r" {1,2}([A-ZĐ]{1,5})(?![\wÀ-ỹ])", t[end:end + 8])
    if split and issuer not in P.KNOWN_ISSUERS and issuer + split.group(1).upper() in P.KNOWN_ISSUERS:
        issuer = issuer + split.group(1).upper()
        end += split.end()
        malformed = "cơ quan ban hành trong số hiệu bị tách bởi dấu cách"
    abbr = _abbr(m.group("abbr"))
    system = "doan" if P.YOUTH.search(issuer) else "dang"
    code = f"{m.group('num')}-{'QĐ' if abbr == 'QĐi' else abbr}/{issuer}"
    return Citation(pos, end, "", abbr, system, number=m.group("num"), issuer=issuer, code=code,
                    link_end=end, malformed=malformed)


def _state(t: str, pos: int) -> Citation | None:
    m = P.STATE_CODE.match(t, pos)
    if not m:
        return None
    if m.group("qh"):
        abbr, issuer = "Luật", m.group("qh").upper()
        code = f"{m.group('num')}/{m.group('year') + '/' if m.group('year') else ''}{issuer}"
    else:
        abbr = m.group("abbr").upper().replace("ND", "NĐ").replace("QD", "QĐ")
        issuer = m.group("iss")
        code = f"{m.group('num')}/{m.group('year') + '/' if m.group('year') else ''}{abbr}-{issuer}"
    return Citation(pos, m.end(), "", abbr, "nha-nuoc", number=m.group("num"), issuer=issuer, code=code,
                    code_year=int(m.group("year")) if m.group("year") else None, link_end=m.end())


def _plenum(t: str, pos: int, run_end: int) -> list[Citation]:
    m = P.PLENUM_BEFORE.search(t, max(0, pos - _WINDOW), pos)
    if not m:
        return []
    c = Citation(m.start(), run_end, "", "NQ", "dang", number=None, link_end=run_end)
    end = _read_context(t, c, run_end)
    plenum = t[pos:run_end]
    if not c.terms:
        # Plenums are numbered afresh each term: without the term this is a short reference.
        c.name, c.short, c.number = f"Nghị quyết Trung ương {plenum}", True, plenum
        c.end = end
        return [c]
    c.end = c.link_end = end
    cites = []
    for i, term in enumerate(c.terms):
        one = Citation(c.start, end, "", "NQ", "dang", date=c.date, year=c.year, body=c.body, terms=[term],
                       name=f"Nghị quyết Trung ương {plenum} khóa {term}", link_end=end)
        cites.append(one)
    if len(cites) == 2:
        # "khóa XI và XII": the second resolution is linked on its own numeral.
        second = t.rfind(c.terms[1], c.start, end)
        first_end = t.rfind(c.terms[0], c.start, second) + len(c.terms[0])
        cites[1].start, cites[1].link_end = second, second + len(c.terms[1])
        cites[0].link_end = cites[0].end = first_end
    return cites


def _short(t: str, pos: int, run_end: int) -> Citation | None:
    kind = _kind_before(t, pos)
    if not kind or P.CONTINUES_CODE.match(t, run_end):
        return None
    word = kind.group("kind")
    has_so = bool(P.SO_BEFORE.search(t, max(0, pos - 8), pos))
    if not word[0].isupper():
        return None  # "quy định 90 phút" is prose, "Quy định 294" is a reference
    if not has_so and word.lower() in P.PROSE_WORDS and P.SENTENCE_START.search(t, max(0, kind.start() - 4), kind.start()):
        return None  # "Kết luận 3 nội dung..." at the start of a sentence is prose
    abbr = P.KIND_WORDS[word.lower()]
    system = "nha-nuoc" if word.lower() in P.STATE_WORDS else "dang"
    return Citation(kind.start(), run_end, "", abbr, system, number=t[pos:run_end], short=True, link_end=run_end,
                    name=f"{word[0].upper()}{word[1:].lower()} {t[pos:run_end]}")


def _kind_start(t: str, c: Citation) -> None:
    """Extend a coded reference back over 'Chỉ thị số' written before it."""
    kind = _kind_before(t, c.start)
    if kind:
        if c.system == "nha-nuoc" and kind.group("kind").lower() == "luật":
            c.kind = "Luật"
        c.start = kind.start()


def find(text: str) -> list[Citation]:
    """Every reference in `text`, in order, with offsets into `text` itself."""
    norm = normalize(text)
    t = norm.text
    found: list[Citation] = []
    floor = 0
    for m in _DIGITS.finditer(t):
        pos, run_end = m.start(), m.end()
        if pos < floor:
            continue
        glued = pos > 0 and t[pos - 1].isalnum() and not P.SO_BEFORE.search(t, max(0, pos - 4), pos)
        # Digits glued to letters ("QH15", "A4") start nothing, except a plenum ("Nghị quyết TW4").
        c = None if glued else _party(t, pos) or _state(t, pos)
        if c and P.CODE_MENTION_BEFORE.search(t, max(0, pos - 20), pos):
            floor = c.end  # "số hiệu 50-CT/TW" talks about the code, it cites nothing
            continue
        cites = [c] if c else []
        if c:
            _kind_start(t, c)
            c.end = _read_context(t, c, c.end)
        else:
            cites = _plenum(t, pos, run_end)
            if not cites and not glued:
                c = _short(t, pos, run_end)
                if c:
                    c.end = _read_context(t, c, run_end)
                    cites = [c]
        if not cites:
            continue
        last = cites[-1]
        definition = P.SHORT_DEFINITION.match(t, last.end)
        if definition:
            last.end = definition.end()
            last.defines = re.sub(r"\s+", " ", definition.group("short")).lower()
        found.extend(cites)
        floor = max(c.end for c in cites)
    for m in P.CONGRESS.finditer(t):
        c = Citation(m.start(), m.end(), "", "NQ", "dang", name=f"Nghị quyết Đại hội {m.group('term').upper()}",
                     terms=[m.group("term").upper()], link_end=m.end())
        if not any(o.start <= c.start < o.end for o in found):
            found.append(c)
    found.sort(key=lambda c: (c.start, c.end))
    _link_successors(t, found)
    _apply_definitions(found)
    original_length = len(text)
    for c in found:
        c.start = norm.to_original(c.start, original_length)
        c.end = norm.to_original(c.end, original_length)
        c.link_end = norm.to_original(c.link_end, original_length)
        c.surface = text[c.start:c.end]
    return found


def _link_successors(t: str, cites: list[Citation]) -> None:
    for a, b in zip(cites, cites[1:]):
        if b.start >= a.end and b.start - a.end < 40 and P.SUCCESSOR.search(t, a.end, b.start):
            a.successor = b


def _apply_definitions(cites: list[Citation]) -> None:
    """'(gọi tắt là Chỉ thị số 10)': later short references mean the defined document."""
    defined: dict[str, Citation] = {}
    for c in cites:
        key = c.defines
        if key:
            defined[key] = c
            defined[re.sub(r"\s+số\s+", " ", key)] = c
        elif c.short and c.name:
            target = defined.get(c.name.lower()) or defined.get(re.sub(r"\s+số\s+", " ", c.name.lower()))
            if target is not None:
                c.defined_as = target
