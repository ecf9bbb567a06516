"""Regular expressions for Vietnamese document references.

Every pattern is anchored at a known position (`match` at an offset, or a
`search` bounded to a few dozen characters), and no pattern nests quantifiers
that can backtrack, so extraction stays linear in the length of the text.
"""

from __future__ import annotations

import re

IGNORECASE = re.IGNORECASE


# A wrapped line may be indented this far: a list item's continuation, a nested list.
INDENT = 8


def _around_break(hi: int) -> tuple[int, int]:
    r"""Spaces allowed before and after the one line break that may stand for \s{lo,hi}."""
    before = max(hi - 1, 0)
    return before, max(before, INDENT)


def _ws(lo: int, hi: int) -> str:
    """lo..hi spaces, or one line break with spaces around it: a reference may wrap onto the
    next line (indented as Markdown indents it), but never runs on across a blank line into the
    next paragraph."""
    before, after = _around_break(hi)
    return rf"(?:[ \t]{{{lo},{hi}}}|[ \t]{{0,{before}}}\n[ \t]{{0,{after}}})"


_SPACES = re.compile(r"\\s\{(\d),(\d)\}")


def _lines(pattern: str) -> str:
    """Every \\s{lo,hi} in a pattern becomes _ws(lo, hi)."""
    return _SPACES.sub(lambda m: _ws(int(m.group(1)), int(m.group(2))), pattern)


def phrase(text: str) -> str:
    """A fixed phrase whose words may be split by spaces or a line break."""
    return re.escape(text).replace(r"\ ", r"\s{1,3}")


def _compile(pattern: str, flags=IGNORECASE) -> re.Pattern:
    return re.compile(_lines(pattern), flags)


def capitalised(words, upper: bool = True) -> str:
    """Any of `words` with a capital first letter (or, not `upper`, a small one), the rest in any case."""
    def first(w):
        return w[0].upper() if upper else w[0].lower()
    return "|".join(f"(?-i:{re.escape(first(w))}){phrase(w[1:])}" for w in sorted(words, key=len, reverse=True))


def widened(pattern: str) -> str:
    """Every \\s{lo,hi} as a plain run long enough to hold _ws(lo, hi): for prefilters (the scanner,
    CONTEXT_START), which may admit more than the exact patterns but must never admit less, and
    run much faster on a plain class than on _ws's alternation."""
    def run(m):
        hi = int(m.group(2))
        return rf"\s{{{m.group(1)},{max(hi, sum(_around_break(hi)) + 1)}}}"

    return _SPACES.sub(run, pattern)

# Document kinds: the words, and the abbreviation each takes in a code.
KIND_WORDS = {
    "chỉ thị": "CT", "nghị quyết": "NQ", "kết luận": "KL", "hướng dẫn": "HD", "quy định": "QĐ",
    "quyết định": "QĐ", "kế hoạch": "KH", "thông báo": "TB", "quy chế": "QC", "thông tri": "TT",
    "đề án": "ĐA", "công văn": "CV", "chương trình": "CTr", "báo cáo": "BC", "tờ trình": "TTr",
    "nghị định": "NĐ", "thông tư": "TT", "luật": "Luật",
    # Names that say more than the kind: the code's abbreviation is the kind's.
    "thông báo kết luận": "TB", "chương trình hành động": "CTr", "quy chế phối hợp": "QC",
    "kế hoạch thực hiện": "KH", "nghị quyết chuyên đề": "NQ", "thông tư liên tịch": "TTLT",
    "hướng dẫn liên tịch": "HD", "kế hoạch liên tịch": "KH", "nghị quyết liên tịch": "NQ",
}
STATE_WORDS = {"nghị định", "thông tư", "luật", "thông tư liên tịch"}
# Kind words that are also everyday nouns and verbs ("Kết luận 3 nội dung...").
PROSE_WORDS = {"kết luận", "hướng dẫn", "quy định", "thông báo", "kế hoạch", "quyết định", "đề án", "công văn",
               "chương trình", "báo cáo", "tờ trình"}
_KINDS_ALT = "|".join(phrase(k) for k in sorted(KIND_WORDS, key=len, reverse=True))
KINDS_ALT = _KINDS_ALT

_ABBR_ALT = "CTr|TTr|QĐi|QĐI|QDi|QDI|QĐ|QD|CT|NQ|KL|HD|KH|TB|QC|TT|CV|ĐA|BC"
# A Hướng dẫn's code says HD; "HĐ" is how many type it ("12-HĐ/BTCTW"), read so it is checked and
# reported (C106). Party codes only: in a state code "HĐ" is a contract's ("15/HĐ-UBND").
_PARTY_ABBR_ALT = "HĐ|HDLT|KHLT|NQLT|QCPH|" + _ABBR_ALT  # registry.JOINT_KINDS first: "HDLT" is no "HD"

# Issuers as they appear after the slash; used to spot "BTC TW" written apart.
KNOWN_ISSUERS = {"TW", "BTCTW", "BTGTW", "BDVTW", "BTGDVTW", "VPTW", "UBKTTW", "BCĐTW", "TU", "BTCTU", "BTGTU",
                 "BDVTU", "BTGDVTU", "VPTU", "UBKTTU", "HU", "ĐU", "QU", "TƯ", "T.Ư", "BCSĐ", "ĐĐ", "CB", "ĐUK",
                 "ĐUKCCQ", "BTCĐU", "TWĐTN"}
# Also typed without Đ ("TWDTN").
YOUTH = re.compile(r"[ĐD]TN|TW[ĐD]|H[ĐD][ĐD]|HSV|HLHTN|[ĐD]O[ÀA]N", IGNORECASE)
# The other mass organisations' codes look like the Party's too: Tổng Liên đoàn Lao động (TLĐ, LĐLĐ),
# Hội Liên hiệp Phụ nữ (HLHPN, HPN), Hội Nông dân (HND), Mặt trận Tổ quốc (MTTQ, MTTW), Hội Cựu chiến binh
# (CCB), a union (CĐ, CĐCS, CĐN, CĐVC; not the "CĐ" inside BCĐTW, a steering committee), the Red Cross (HCTĐ, CTĐ),
# the Study Promotion Association (HKH), the Elderly's (NCT), a presidium (ĐCT, the Women's Union's
# or the Front's).
MASS_ORGANISATIONS = re.compile(r"T?L[ĐD]L?[ĐD]?(?:$|-)|^L[ĐD]L[ĐD]|LHPN|^HPN|HND|MTT|CCB|^C[ĐD]"
                                r"|^H?CT[ĐD](?:$|-)|^HKH|^H?NCT(?:$|-)|^[ĐD]CT(?:$|-)", IGNORECASE)
# A term or congress numeral: I to XXXIX, written properly ("khóa XXXX" is not a term).
_ROMAN = r"(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)"

_KNOWN_ISSUERS_ALT = "|".join(re.escape(i) for i in sorted(KNOWN_ISSUERS, key=len, reverse=True))
# What must follow a kind glued to its issuer: the whole of an issuer's letters (the scanner, which
# has no lookahead, leaves it out; the anchored pattern reads the candidate again).
GLUED_ISSUER_AHEAD = r"(?=(?:" + _KNOWN_ISSUERS_ALT + r")(?![^\W_]))"
# 10-CT/TW, 12-HD/BTCTW, 100 - KL/TW, số31-QĐ/TW, 05-ct/tw, 12 HD/BTCTW and 10CT/TW (malformed), 01-HD/TWĐTN-BTC
# Also with the separators swapped or doubled, which is miswritten: 10-CT-TW, 10/CT/TW; or the
# slash left out (50-CTTW, 12-HDBTCTW), in capitals and only before an issuer the Party writes.
# A code ends before anything but a letter or digit: "_" closes emphasis ("_Chỉ thị 10-CT/TW_").
PARTY = (r"(?P<num>\d{1,4}[a-zA-Z]?)(?:(?P<sep>\s{0,3}-\s{0,3}|\s{0,2})(?P<abbr>" + _PARTY_ABBR_ALT + r")\s{0,2}/"
         r"|-(?P<abbr2>" + _PARTY_ABBR_ALT + r")-|/(?P<abbr3>" + _PARTY_ABBR_ALT + r")/"
         r"|-(?-i:(?P<abbr4>" + _PARTY_ABBR_ALT + r")" + GLUED_ISSUER_AHEAD + r"))\s{0,2}"
         r"(?P<iss>[A-ZĐƯ][A-ZĐƯ.]{0,11}(?:-[A-ZĐ]{1,10})?)(?![^\W_])")
# 111/2022/NĐ-CP, 16/CT-TTg, 10/2022/QH15, 76/2025/UBTVQH15; with a dash for a slash around its year, miswritten: 111-2013-NĐ-CP.
STATE = (r"(?P<snum>\d{1,5})(?:/(?:(?P<year>(?:19|20)\d{2})/)?|[-/](?P<dashed_year>(?:19|20)\d{2})[-/])(?:(?P<sabbr>NĐ|ND|TTLT|NQLT|" + _ABBR_ALT + r")-"
         r"(?P<siss>[A-ZĐ][A-Za-zĐđ0-9]{0,15}(?:-[A-ZĐ][A-Za-zĐđ0-9]{0,10})?)|(?P<qh>(?:UBTV)?QH\d{1,2}))(?![^\W_])")
# "Nghị định 111/2022", "Thông tư số 03/2018": a state document by its number and year, the rest of
# its code left out, read as "Nghị định 111 năm 2022" is. A kind word is needed: "5/2022" alone is
# a month. (Not Luật: "Luật 10/2022" stands for "10/2022/QH15" seldom.) "NĐ 111/2022" as a decree.
STATE_YEAR = (r"(?P<ykw>" + "|".join(phrase(k) for k in ("thông tư liên tịch", "nghị định", "thông tư")) + r"|(?-i:NĐ))\s{1,3}"
              r"(?:số\s{0,3})?(?P<ynum>\d{1,5})/(?P<yyear>(?:19|20)\d{2})(?![\w/\-–])")
# Abbreviations typed glued to their number ("CT50", "NQ35", "HD42"); not KH, TB, QC, QĐ, which glued
# are as often a label or another word's ("TB1": trung bình).
GLUED_ABBREVIATIONS = ("CT", "NQ", "KL", "HD", "QĐi", "QĐI")
# The number and issuer, in capitals ("kế hoạch 12/tu" is no code); alone, more numbers of that kind
# and form after the first: "Chỉ thị 05/TW và 10/TW", "CT 05/TW, 10/TW".
KIND_FIRST_MORE_TAIL = (r"(?P<fnum>\d{1,4})\s{0,2}/\s{0,2}(?-i:(?P<fiss>" + _KNOWN_ISSUERS_ALT + r"))(?![^\W_])(?![-/])")
# "HD 12/BTCTW", "Chỉ thị 03/TW", "CT50/TW": the kind written before the number, and missing from
# the code (C106). Party kinds only, before an issuer the Party writes in its codes, which nothing
# follows but the end of the code ("16/TU-..." is another's).
KIND_FIRST = (r"(?:(?P<fkind>" + "|".join(phrase(k) for k in sorted(set(KIND_WORDS) - STATE_WORDS, key=len, reverse=True))
              + r")\s{0,3}|(?-i:(?P<fabbr>" + _PARTY_ABBR_ALT + r"))\s{1,3}|(?-i:(?P<gabbr>HĐ|" + "|".join(GLUED_ABBREVIATIONS) + r")))"
              r"(?P<fso>số\s{0,3}(?::\s{0,3})?)?" + KIND_FIRST_MORE_TAIL)
# The kind word typed onto the number ("Chỉ thị05-CT/TW") is read, and told (C109): without it,
# the code would be lost, as digits glued to a letter start nothing.
# A kind word is a word of its own ("_" opens emphasis: "_Chỉ thị 10-CT/TW_").
KIND_PREFIX = r"(?:(?<![^\W_])(?P<kw>" + _KINDS_ALT + r")\s{0,3})?(?P<so>số\s{0,3}(?::\s{0,3})?)?"
# Plenums written as ordinals: "Hội nghị lần thứ tư Ban Chấp hành Trung ương".
ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
            "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15}
_ORDINALS_ALT = "|".join(phrase(w) for w in sorted(ORDINALS, key=len, reverse=True))
# A plenum's number is 1 to 20 ("4 và 35 khóa XII" is no list of plenums), at times with a zero ("04").
_PLENUM_NUMBER = r"(?:1\d|20|0?[1-9])(?![^\W_])"  # "_" closes emphasis: "_4_ khóa XII"
_LIST_SEP = r"(?:\s{0,2},\s{0,2}(?:và\s{1,3})?|\s{1,3}và\s{1,3})"
LIST_SEP = _LIST_SEP
# The Central Committee as a plenum's name writes it ("tư", a word, is not TƯ).
_CENTRAL = r"(?:Trung\s{1,3}ương|TW|T\.Ư|(?-i:TƯ))"
_ORDINAL_WORD = r"(?:" + _ORDINALS_ALT + r")(?![\wÀ-ỹ])"
_ORDINAL = r"thứ\s{1,3}(?:" + _PLENUM_NUMBER + "|" + _ORDINAL_WORD + ")"
# One plenum of a list after the first, written bare or named again: "5", "lần thứ 5", "Trung ương
# 5", "Hội nghị Trung ương lần thứ năm", "Nghị quyết Trung ương 5"; "thứ năm" alone only after a
# first written as an ordinal ("lần thứ tư, thứ năm"): after "Trung ương 4 và" it is a Thursday.
# An item ends with its number (PLENUM_ITEM_NUMBER).
_PLENUM_ITEM = (r"(?:(?:Nghị\s{1,3}quyết\s{1,3})?(?:Hội\s{1,3}nghị\s{1,3})?" + _CENTRAL + r"\s{0,3}"
                r"(?:(?:lần\s{1,3})?" + _ORDINAL + "|" + _PLENUM_NUMBER + r")"
                r"|lần\s{1,3}" + _ORDINAL + "|" + _PLENUM_NUMBER + ")")
_PLENUM_ITEM_AFTER_ORDINAL = r"(?:" + _PLENUM_ITEM + "|" + _ORDINAL + ")"
# Between "Hội nghị lần thứ tư" and "Ban Chấp hành Trung ương", where nothing else can stand: "thứ
# năm", "lần thứ năm", "Hội nghị lần thứ năm", "5", "năm".
_BODY_ITEM = r"(?:Hội\s{1,3}nghị\s{1,3})?(?:lần\s{1,3})?(?:thứ\s{1,3})?(?:" + _PLENUM_NUMBER + "|" + _ORDINAL_WORD + ")"
# What names a plenum, after "Nghị quyết": "Trung ương 4", "Hội nghị Trung ương lần thứ 4", "TW4",
# "TƯ 4", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng"
_PLENUM_NAME = (r"(?:(?:Hội\s{1,3}nghị\s{1,3})?(?:lần\s{1,3}thứ\s{1,3})?" + _CENTRAL + r"\s{0,3}"
                r"(?:lần\s{1,3}thứ\s{1,3}(?:(?P<plenum>\d{1,2})(?!\d)|(?P<ordinal2>" + _ORDINALS_ALT + r")(?![\wÀ-ỹ]))"
                r"|(?P<plenum2>\d{1,2})(?!\d))"
                r"|Hội\s{1,3}nghị\s{1,3}lần\s{1,3}thứ\s{1,3}(?P<ordinal>\d{1,2}|" + _ORDINALS_ALT + r")"
                # "… lần thứ tư, thứ năm Ban Chấp hành Trung ương": plenums listed before their body.
                r"(?P<olist>(?:" + _LIST_SEP + _BODY_ITEM + r"){1,19})?\s{1,3}"
                r"(?:Ban\s{1,3}Chấp\s{1,3}hành\s{1,3}Trung\s{1,3}ương|(?-i:BCH)\s{0,2}(?:(?-i:TW)|Trung\s{1,3}ương))"
                r"(?:\s{1,3}Đảng)?(?![\wÀ-ỹ]))")
# "Nghị quyết Trung ương 4", "NQ TƯ 4", "NQTW4", "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành …" (or "BCH TW")
PLENUM = r"(?:Nghị\s{1,3}quyết\s{1,3}|(?-i:NQ)\s{0,3})" + _PLENUM_NAME
CONGRESS = (r"(?:Nghị\s{1,3}quyết\s{1,3}|(?-i:NQ)\s{0,3})Đại\s{1,3}hội\s{1,3}(?:đại\s{1,3}biểu\s{1,3})?(?:Đảng\s{1,3})?(?:toàn\s{1,3}quốc\s{1,3})?"
            r"(?:lần\s{1,3}thứ\s{1,3})?(?:(?P<congress>" + _ROMAN + r")|(?P<congress_n>[1-3]\d|[1-9]))(?![\wÀ-ỹ])")
# "… của Đảng" after a congress: the Party's (but "của Đảng bộ xã" is a local one's).
OF_THE_PARTY = _compile(r"\s{1,3}của\s{1,3}Đảng(?![\wÀ-ỹ]|\s{1,3}bộ(?![\wÀ-ỹ]))")
# "Nghị quyết Đại hội XIII Đảng bộ huyện", "… lần thứ V của Chi bộ", "… XV, nhiệm kỳ 2020 - 2025
# của Đảng bộ xã", "Đại hội XIII Công đoàn Việt Nam": a local committee's or a mass organisation's
# congress, not the Party's.
# A Youth Union body after a code ("35-KH/HĐ … của Ban Thường vụ Huyện đoàn", "12-KH/ĐTr của Đoàn
# trường"): the union's own letters (HĐ, TĐ, ĐTr) look like the Party's, the body says whose.
YOUTH_BODY_AFTER = _compile(r"\s{0,3},?\s{0,3}(?:của|do)\s{1,3}(?:Ban\s{1,3}(?:Thường\s{1,3}vụ|Chấp\s{1,3}hành)\s{1,3})?"
                            r"(?-i:(?:Thành|Tỉnh|Huyện|Quận|Thị)\s{1,3}đoàn|Đoàn\s{1,3}(?:TNCS|Thanh\s{1,3}niên|trường|khối|xã|phường|cơ\s{1,3}sở))"
                            r"(?![\wÀ-ỹ])")
# A mass organisation by its name (not "Hội nghị", "Hội đồng", "đoàn kết"), also a local unit's
# ("Thành đoàn", "Đoàn trường", "Liên đoàn Lao động"): its congresses and plenums are numbered as the Party's.
MASS_ORGANISATION = (r"(?-i:Công\s{1,3}đoàn|Đoàn\s{1,3}(?:TNCS|Thanh\s{1,3}niên|trường)"
                     r"|(?:Thành|Tỉnh|Huyện|Quận|Thị)\s{1,3}đoàn|(?:Tổng\s{1,3})?Liên\s{1,3}đoàn\s{1,3}Lao\s{1,3}động|Hội\s{1,3}(?:Liên\s{1,3}hiệp"
                     r"|LHPN|Phụ\s{1,3}nữ|Nông\s{1,3}dân|Cựu\s{1,3}chiến\s{1,3}binh|Khuyến\s{1,3}học|Chữ\s{1,3}thập\s{1,3}đỏ"
                     r"|Người\s{1,3}cao\s{1,3}tuổi|Cựu\s{1,3}giáo\s{1,3}chức|Luật\s{1,3}gia|Sinh\s{1,3}viên)"
                     r"|Mặt\s{1,3}trận\s{1,3}Tổ\s{1,3}quốc|MTTQ|Phụ\s{1,3}nữ\s{1,3}(?:Việt\s{1,3}Nam|toàn\s{1,3}quốc))(?![\wÀ-ỹ])")
# Its short name after "của", as its own members' reports write it ("Nghị quyết Đại hội XII của
# Đoàn", "… của Hội", "… của Mặt trận"); not a meeting, a council, a delegation or a member ("của
# Hội nghị Trung ương", "của Đoàn công tác").
MASS_SHORT_OF = (r"của\s{1,3}(?-i:Đoàn|Hội|Mặt\s{1,3}trận)(?![\wÀ-ỹ])"
                 r"(?!\s{1,3}(?:nghị|đồng|viên|công\s{1,3}tác|kết)(?![\wÀ-ỹ]))")
LOCAL_CONGRESS = _compile(r"(?:\s{0,3},?\s{0,3}\(?\s{0,2}nhiệm\s{1,3}kỳ\s{1,3}\d{4}\s{0,3}[-–]\s{0,3}\d{4}\s{0,2}\)?)?(?:\s{0,3},?\s{0,3}(?:của\s{1,3})?"
                          r"(?:Đảng\s{1,3}bộ|Chi\s{1,3}bộ)(?![\wÀ-ỹ])"
                          r"|\s{1,3}(?:của\s{1,3})?(?:(?-i:Đảng\s{1,3}(?:ủy|uỷ))(?![\wÀ-ỹ])|" + MASS_ORGANISATION + ")"
                          r"|\s{0,3},?\s{0,3}" + MASS_SHORT_OF + ")")
# After a plenum's term: a mass organisation's, written with "của" or, after its central
# committee's words, with none ("… khóa XIII của Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ").
# Not after a comma, where it opens the next clause ("…khóa XII, Công đoàn cơ sở phát động …").
UNION_PLENUM_AFTER = _compile(r"\s{0,3},?\s{0,3}của\s{1,3}(?:Ban\s{1,3}Chấp\s{1,3}hành\s{1,3}Trung\s{1,3}ương\s{1,3})?" + MASS_ORGANISATION
                              + r"|\s{1,3}" + MASS_ORGANISATION + r"|\s{0,3},?\s{0,3}" + MASS_SHORT_OF)
# "… lần thứ I, nhiệm kỳ 2025 - 2030", "(nhiệm kỳ 2020 - 2025)": a congress's term, whose first year tells the Party's
# congresses (XIII: 2021 - 2026) from the local ones held in between.
CONGRESS_TERM = _compile(r"\s{0,3},?\s{0,3}\(?\s{0,2}nhiệm\s{1,3}kỳ\s{1,3}(?P<first>\d{4})(?![\wÀ-ỹ])")
# A kind written as its code's abbreviation, in capitals, before a number: "NQ 35", "CT số 50", and
# the one state kind reports shorten so, "NĐ 111" (a decree). (Not TT, BC, CV: a Thông tư or Thông
# tri, a report, a letter; nor lower case, which is prose.)
SHORT_ABBREVIATIONS = {"CT": "Chỉ thị", "NQ": "Nghị quyết", "KL": "Kết luận", "HD": "Hướng dẫn", "QĐi": "Quy định",
                       "QĐI": "Quy định", "QĐ": None, "KH": "Kế hoạch", "TB": "Thông báo", "QC": "Quy chế", "NĐ": "Nghị định"}
SHORT_ABBR_ALT = "|".join(sorted(SHORT_ABBREVIATIONS, key=len, reverse=True))
# The Party's kind words: in lower case, only these may be a reference (a state document is cited
# by its code), and only with its date, year, issuer or term after the number.
PARTY_KIND_WORDS = frozenset(w for w, abbr in KIND_WORDS.items() if abbr in SHORT_ABBREVIATIONS and w not in STATE_WORDS)
# Of these, the kinds seldom written as common nouns: with "số" ("theo chỉ thị số 50") a document
# even in lower case ("kế hoạch số 3 của chi bộ", "hướng dẫn số 1 của tổ" are a cell's own papers).
NUMBERED_LOWER_KINDS = frozenset({"chỉ thị", "nghị quyết"})
# After an abbreviation, a number that reads as a year ("KH 2025": a year's plan) only with "số".
ABBR_NUMBER = r"(?:\d{1,3}|[03-9]\d{3}|1[0-8]\d\d|2[1-9]\d\d)(?!\d)"
GLUED_AFTER = "|".join(f"(?<=(?-i:{a}))" for a in GLUED_ABBREVIATIONS)
# A short form is a word of its own: never glued to a letter or digit before it.
# A kind word typed onto its number or "số" ("Chỉ thị50", "Chỉ thịsố 50") is read, and told (C109).
_SHORT = (r"(?:(?<![\wÀ-ỹ])(?P<skind>" + _KINDS_ALT + r")(?:\s{1,3}|(?=số|\d))(?P<sso>số\s{0,3})?"
          r"|(?<![\wÀ-ỹ])(?P<sabbr>(?-i:" + SHORT_ABBR_ALT + r"))(?:\s{1,3}|" + GLUED_AFTER + r")(?:số\s{0,3}(?=\d)|(?=" + ABBR_NUMBER + r")))"
          r"(?P<short>\d{1,4})(?![\d\w])")
# Anchored at a candidate's start (Python re, bounded: O(1) per candidate).
PARTY_AT = _compile(KIND_PREFIX + PARTY)
KIND_FIRST_AT = _compile(r"(?<![^\W_])" + KIND_FIRST)  # "_" opens emphasis: "_Hướng dẫn 12/BTCTW_"
KIND_FIRST_MORE = _compile(_LIST_SEP + KIND_FIRST_MORE_TAIL)
STATE_AT = _compile(KIND_PREFIX + STATE)
STATE_YEAR_AT = _compile(r"(?<![^\W_])" + STATE_YEAR)
PLENUM_AT = _compile(PLENUM)
# The plenum an entry's name says issued it ("Nghị quyết Trung ương 4 khóa XI": 4).
PLENUM_OF_NAME = re.compile(r"Trung ương (\d{1,2})(?!\d)")
CONGRESS_AT = _compile(CONGRESS)
# "Nghị quyết Đại hội XII, XIII của Đảng", "… XII và XIII": congresses listed, each a resolution of its own.
CONGRESS_LIST = _compile(r"(?:(?:\s{0,2},\s{0,2}(?:và\s{1,3})?|\s{1,3}và\s{1,3})(?-i:" + _ROMAN + r")(?![\wÀ-ỹ])"
                         r"(?!\.\s?[A-ZĐ]\.)){1,9}")  # not an initial: "Đại hội XIII, V.I. Lênin"
SHORT_AT = _compile(_SHORT)


# Context written after a code, each part tried once at a known offset.
# "ngày 30/3/2007", "(ngày 23/7/2025)", "ngày 6 tháng 7 năm 2018", "(30/3/2007)", "được ban hành ngày 30/3/2007",
# "ký ngày 23/7/2025", "do … ký ngày 23/7/2025", "đề ngày 30/3/2007", "ra đời ngày 30/3/2007". A date it was
# "phát hành" (sent out) may be a day or more after it was signed: it is read apart (Citation.date_released).
# "ngày15/5/2016", the word typed onto the day as text copied from a PDF has it, is read too.
# What sets a date or an issuer off from the code before it: a comma, or a dash of an aside
# ("10-CT/TW – ngày 30/3/2007 – của Ban Bí thư").
_SET_OFF = r"(?:,|(?<=[^\s][ \t])(?:[–—]|-(?=[ \t])))?"  # not a list's "- " opening the next line
SET_OFF_MARK = re.compile(r",|[–—]|[ \t]-[ \t]")  # one of them, where a date or a year was read after it
# "do Tổng Bí thư … ký ban hành ngày …", "do đồng chí … ký ngày …": the signer, up to eight
# words between "do" and "ký", is read past to the day it was signed.
_SIGNER = r"do\s{1,3}(?:[^\s,.;:()\[\]]{1,30}\s{1,3}){1,8}?(?:đã\s{1,3})?(?=ký\s)"
DATE = _compile(
    r"\s{0,3}" + _SET_OFF + r"\s{0,3}(?:(?P<dopen>\(\s{0,2})?(?:(?P<issued>(?:được\s{1,3}|" + _SIGNER + r")?"
    r"(?:ký\s{1,3}(?:ban\s{1,3}hành\s{1,3})?|ban\s{1,3}hành\s{1,3}|đề\s{1,3}|ra\s{1,3}đời\s{1,3})(?:vào\s{1,3})?)"
    r"|(?P<released>(?:được\s{1,3})?phát\s{1,3}hành\s{1,3}))?ngày(?:\s{1,3}|(?=\d))(?P<em>[*_]{1,3}(?=\d))?"
    r"(?:(?P<d>\d{1,2})\s{0,2}(?P<s>[/.\-])\s{0,2}(?P<m>\d{1,2})\s{0,2}(?P=s)\s{0,2}(?P<y>\d{2,5})(?!\d)"
    r"|(?P<d2>\d{1,2})\s{1,3}tháng\s{1,3}(?P<m2>\d{1,2})\s{1,3}năm\s{1,3}(?P<y2>\d{4})(?!\d)"
    # A form's date to fill in: "ngày …/…/2025", "ngày ... tháng ... năm 2025". Read past, as no date.
    r"|(?P<blank>(?:…|\.{2,6}|_{2,8})\s{0,2}(?:/|tháng)\s{0,2}(?:…|\.{2,6}|_{2,8})\s{0,2}(?:/|năm)\s{0,2}"
    r"(?:(?:19|20)(?:\d{2}|…|\.{2,6})|…|\.{2,6}|_{2,8})))(?(em)[*_]{1,3})(?(dopen)(?:\s{0,2}\))?)"
    # "(30/3/2007)"; "(30/3/2007, Ban Bí thư)", the issuer after it in the bracket (BODY's `bcomma`).
    r"|\(\s{0,2}(?P<d3>\d{1,2})(?P<s3>[/.\-])(?P<m3>\d{1,2})(?P=s3)(?P<y3>\d{4})\s{0,2}(?:\)|(?=,)))"
    # "(Ban Bí thư, 30/3/2007)": the date after the issuer, where the bracket closes on it.
    r"|,\s{0,3}(?P<d4>\d{1,2})(?P<s4>[/.\-])(?P<m4>\d{1,2})(?P=s4)(?P<y4>\d{4})(?=\s{0,2}\))"
)
# A date set off by a comma is surely the document's only where what follows it goes on citing:
# "…, ngày 12/9/2018 của Ban Tổ chức…", "…, ngày 06/7/2018." Before anything else ("Chỉ thị
# 50-CT/TW, ngày 15/8/2025 chi bộ đã họp…", "…, ngày 23/7/2025 nâng cao chất lượng…") it may be the
# date of what the sentence tells: it may then choose among documents, never contradict one. A
# second comma may close the date ("…, ngày 30/3/2007, của Ban Bí thư").
DATE_GOES_ON = _compile(r"\s{0,3}(?:$|[.;:)\]]|\(|(?:của|về|và|nay|được|khóa|khoá|khoa|ban\s{1,3}hành)(?![\wÀ-ỹ])"
                        r"|(?P<bare>(?-i:Ban|Bộ|Văn\s{1,3}phòng|Ủy|Uỷ|BCH|BBT|BCT|Thủ\s{1,3}tướng|Chính\s{1,3}phủ|Quốc\s{1,3}hội)(?![\wÀ-ỹ]))"
                        r"|Hội\s{1,3}nghị\s{1,3}(?:lần|Trung|TW|BCH|Ban)(?![\wÀ-ỹ])"
                        # After a second comma, only the issuer's "của" or the term (accented: "khoa" is
                        # a department): "và", "được", "(thứ Tư)" or a body's name open the next clause.
                        r"|(?:,|[–—]|-(?=[ \t]))\s{0,3}(?:của|khóa|khoá)(?![\wÀ-ỹ]))")  # or an aside's closing dash
# Words before a reference that make what follows it the work done under it: "Kế hoạch thực hiện
# Chỉ thị 05-CT/TW năm 2025 của Đảng ủy phường" (the year and the body are the plan's). "Theo" that
# opens a sentence cites ("Theo Chỉ thị 10-CT/TW năm 2007, …"): the year is the document's.
WORK_BEFORE = _compile(r"(?:thực\s{1,3}hiện|triển\s{1,3}khai|quán\s{1,3}triệt|học\s{1,3}tập|sơ\s{1,3}kết|tổng\s{1,3}kết"
                       r"|kỷ\s{1,3}niệm|làm\s{1,3}theo|(?-i:theo)|đánh\s{1,3}giá"
                       # "Học tập chuyên đề Chỉ thị 05-CT/TW năm 2024", "Kết quả Chỉ thị … năm 2024": the topic's, the result's
                       r"|chuyên\s{1,3}đề|kết\s{1,3}quả"
                       # "Lớp tập huấn Hướng dẫn 42-HD/BTCTW ngày 15/11/2025 do …": the course's day
                       r"|tập\s{1,3}huấn|bồi\s{1,3}dưỡng)"
                       # "Sơ kết 5 năm Chỉ thị …", "Kỷ niệm 10 năm thực hiện Chỉ thị …": the years the work counts
                       r"(?:\s{1,3}(?P<years>\d{1,2})\s{1,3}năm(?:\s{1,3}thực\s{1,3}hiện)?)?"
                       r"\s{1,3}[\[*_“\"«]{0,3}$")  # a link's, emphasis' or a quote's opening mark between
# A document made to carry out the reference ("Hướng dẫn thực hiện Quy định 294-QĐ/TW", "Kế hoạch
# của Tỉnh ủy triển khai Chỉ thị …"): what says it was issued after the reference ("được Ban Tổ chức
# Trung ương ban hành ngày …", ", ban hành năm 2008") is that document's.
OUTER_DOCUMENT = _compile(r"(?<![\wÀ-ỹ])(?-i:" + capitalised(KIND_WORDS) + r"|" + capitalised(KIND_WORDS, upper=False) + r")"
                          r"[^.;:!?\n]{0,60}?\s(?:thực\s{1,3}hiện|triển\s{1,3}khai|quán\s{1,3}triệt|học\s{1,3}tập)\s{1,3}[\[*_]{0,3}$")
OUTER_DOCUMENT_AHEAD = 90
# "Theo" opening a sentence, before a central code and a local body ("Theo Chỉ thị 05-CT/TW năm
# 2025 của Đảng ủy phường"): a ward issues no /TW code, so the body and the year are the work's.
THEO_BEFORE = _compile(r"(?-i:Theo)\s{1,3}$")
WORK_BEFORE_AHEAD = 44
# "năm 2025", "(2025)", "(năm 2025)", "(ban hành năm 1999)": in brackets, the document's own year.
# "(2015 - 2025)": the years of the work under it, the first of them most often its year.
# "tháng 5/2016", "tháng 5 năm 2016", "(tháng 5/2016)": a month and its year.
_MONTH = r"tháng\s{1,3}(?P<%s>\d{1,2})\s{0,2}(?:/|-|\s{1,3}năm\s{1,3})\s{0,2}"
YEAR = _compile(r"\s{0,3}(?:,\s{0,3})?(?:(?:(?:được\s{1,3})?ban\s{1,3}hành\s{1,3}|ra\s{1,3}đời\s{1,3})?"
                r"(?:năm\s{1,3}|" + _MONTH % "ym" + r")(?P<y>(?:19|20)\d{2})"
                r"|\(\s{0,2}(?:(?:ban\s{1,3}hành\s{1,3})?(?:năm\s{1,3}|" + _MONTH % "pm" + r"))?(?P<yp>(?:19|20)\d{2})"
                r"(?:\s{0,2}[-–]\s{0,2}(?P<yend>(?:19|20)\d{2}))?\s{0,2}\))(?!\d)")
# Issuing bodies written after "của". Central bodies stand alone; local ones may name the province.
# The state's issuers besides the government's and the assembly's, as cells write them: "Chỉ thị 05
# của Thủ tướng", "Nghị quyết 35 của HĐND tỉnh" are no Party documents (a Party one was offered).
STATE_BODIES = ["Thủ tướng", "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Chủ tịch Ủy ban nhân dân", "Chủ tịch UBND",
                "Hội đồng nhân dân", "HĐND", "Bộ Nội vụ",
                "Bộ trưởng Bộ Nội vụ"]
# A state body's letters in a code ("1234/QĐ-UBND", "15/QĐ-TTg"), which no Party code has.
STATE_ISSUER_CODES = {"UBND", "HĐND", "HDND", "TTG", "CP", "VPCP", "BNV"}
CENTRAL_BODIES = [
    "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư Trung ương Đảng",
    "Ban Bí thư", "Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương",
    "Ban Tuyên giáo và Dân vận Trung ương", "Văn phòng Trung ương Đảng", "Văn phòng Trung ương", "Ủy ban Kiểm tra Trung ương",
    "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", *STATE_BODIES, "Ban Bí thư Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn",
    "Trung ương Đoàn", "Ban Bí thư Trung ương",
    "Trung ương",  # "của Trung ương (Đảng)", as reports say any central body's (resolve._bodies_match)
]
# Issuers as reports abbreviate them, read as the body they name.
BODY_ABBREVIATIONS = {"bct": "Bộ Chính trị", "bbt": "Ban Bí thư", "bchtw": "Ban Chấp hành Trung ương",
                      "bch tw": "Ban Chấp hành Trung ương", "bch trung ương": "Ban Chấp hành Trung ương",
                      "btctw": "Ban Tổ chức Trung ương", "btc tw": "Ban Tổ chức Trung ương",
                      "btc trung ương đảng": "Ban Tổ chức Trung ương", "btc trung ương": "Ban Tổ chức Trung ương",
                      # As cell reports write them: "BCH TƯ", "Ban TCTW", "UBKT Trung ương" (a red team's).
                      "bchtư": "Ban Chấp hành Trung ương", "ban chtw": "Ban Chấp hành Trung ương",
                      "ban ch trung ương": "Ban Chấp hành Trung ương", "btctư": "Ban Tổ chức Trung ương",
                      "ban tctw": "Ban Tổ chức Trung ương", "ban tc trung ương": "Ban Tổ chức Trung ương",
                      "ubkt trung ương": "Ủy ban Kiểm tra Trung ương", "ubkttw": "Ủy ban Kiểm tra Trung ương",
                      "ban chtư": "Ban Chấp hành Trung ương", "ban tctư": "Ban Tổ chức Trung ương",
                      "ubkttư": "Ủy ban Kiểm tra Trung ương"}
# "của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII", "của Hội nghị Trung ương 6 khóa X":
# the Central Committee's resolutions and conclusions, issued at a plenum.
_PLENUM_BODY = (r"Hội\s{1,3}nghị\s{1,3}(?:lần\s{1,3}thứ\s{1,3}(?P<pnth>\d{1,2}|" + _ORDINALS_ALT + r")\s{1,3}"
                r"(?:Ban\s{1,3}Chấp\s{1,3}hành\s{1,3}Trung\s{1,3}ương|BCH\s{0,2}(?:TW|Trung\s{1,3}ương))"
                r"|(?:Trung\s{1,3}ương|TW)\s{1,3}(?:lần\s{1,3}thứ\s{1,3}(?P<pnth2>\d{1,2}|" + _ORDINALS_ALT + r")|(?P<pnum>\d{1,2})))"
                r"(?:\s{1,3}Đảng)?(?![\wÀ-ỹ])")
# A short reference issued by one of these is a state or Youth Union document, whatever its kind word.
BODY_SYSTEMS = {"thủ tướng chính phủ": "nha-nuoc", "chính phủ": "nha-nuoc", "quốc hội": "nha-nuoc",
                **{body.lower(): "nha-nuoc" for body in STATE_BODIES},
                "ban bí thư trung ương đoàn": "doan", "ban chấp hành trung ương đoàn": "doan", "trung ương đoàn": "doan"}
# A province's or a city's committee, and its boards (written out or by their letters: "BTC Tỉnh ủy"):
# a body the list did not hold was not read, and another province's 13-HD/BTCTU linked untold.
_LOCAL_COMMITTEES = ["Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ"]
BOARD_LETTERS = {"BTC": "Ban Tổ chức", "BTV": "Ban Thường vụ", "UBKT": "Ủy ban Kiểm tra"}
_LOCAL_BOARDS = ["Ban Tổ chức", "Ban Thường vụ", "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ủy ban Kiểm tra",
                 "Uỷ ban Kiểm tra", "Văn phòng", *BOARD_LETTERS]
# A province's boards with "Tỉnh ủy" as its code writes it ("BTVTU Cao Bằng", "Ban Thường vụ TU"):
# unread, another province's 09-HD/TU was linked as Lạng Sơn's.
LOCAL_ABBREVIATIONS = {f"{short}{gap}TU": f"{board} Tỉnh ủy" for short, board in [
    ("BTV", "Ban Thường vụ"), ("Ban Thường vụ", "Ban Thường vụ"), ("BTC", "Ban Tổ chức"), ("Ban Tổ chức", "Ban Tổ chức"),
    ("Ban TC", "Ban Tổ chức"), ("UBKT", "Ủy ban Kiểm tra")]
    for gap in ([" ", ""] if short.replace("Ban ", "").isupper() else [" "])}
LOCAL_BODIES = [f"{board} {committee}" for board in _LOCAL_BOARDS for committee in _LOCAL_COMMITTEES] + [
    *_LOCAL_COMMITTEES, "Huyện ủy", "Huyện uỷ", "Đảng ủy", "Đảng uỷ", *LOCAL_ABBREVIATIONS,
]
# The words of a body's name in lower case ("Ban Tổ chức", "Bộ Chính trị"); the others are capitalised.
BODY_NAME_WORDS = {w.lower() for name in CENTRAL_BODIES + LOCAL_BODIES for w in name.split() if w[0].islower()}


# Provinces and centrally run cities by name (the 63 before the 2025 merger, whose 34 kept names
# among them, and Huế), in any case ("TỈNH ỦY TRÀ VINH", "Trà vinh"): where a body's province is
# one of these, what follows it ("... Tỉnh ủy Lạng Sơn Hướng dẫn ...") is not read into it.
PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh", "Huế", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
    "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
    "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên - Huế", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]
# A province as reports shorten it ("Thành ủy TP.HCM", "Tỉnh ủy BR-VT"), with its name (extract.body_name).
PROVINCE_SHORT = {"HCM": "Hồ Chí Minh", "BR - VT": "Bà Rịa - Vũng Tàu", "TT - Huế": "Thừa Thiên - Huế"}
# Both placements of a tone mark ("Hòa", "Hoà"), and a dash or none between a name's two halves.
_TONE_PLACEMENTS = re.compile("([òóỏõọ])a|o([àáảãạ])|([ùúủũụ])y|u([ỳýỷỹỵ])")
_MARKED = {"o": "òóỏõọ", "a": "àáảãạ", "u": "ùúủũụ", "y": "ỳýỷỹỵ"}


def _other_placement(pair: str) -> str:
    """"òa" -> "oà", "uỷ" -> "ủy"."""
    first, second = pair
    for plain, other in (("o", "a"), ("u", "y")):
        if first in _MARKED[plain]:
            return plain + _MARKED[other][_MARKED[plain].index(first)]
        if second in _MARKED[other]:
            return _MARKED[plain][_MARKED[other].index(second)] + other
    return pair


def _province_name(name: str) -> str:
    def both(m):
        return f"(?:{m.group()}|{_other_placement(m.group())})"

    pattern = phrase(name).replace(r"\s{1,3}\-\s{1,3}", r"\s{0,3}-?\s{0,3}")
    return _TONE_PLACEMENTS.sub(both, pattern)


_PROVINCE_NAMES = "|".join(_province_name(n) for n in sorted(PROVINCES + list(PROVINCE_SHORT), key=len, reverse=True))
# What a province's name follows: "tỉnh", "thành phố", or "TP." as it is shortened ("TP.HCM", "TP Đà Nẵng").
_PLACE_WORD = r"(?:tỉnh\s{1,2}|thành phố\s{1,2}|(?-i:TP|Tp)\.?\s{0,2})"
# Any other place (a district's, a commune's) as capitalised words, short of a word that starts
# something else: a term's "Khóa", "Về", a kind of document, another body.
# The words a document's title opens with, capitalised after the issuer: "… Tỉnh ủy Một số vấn đề …".
_TITLE_OPENERS = (r"Một\s{1,3}số|Tăng\s{1,3}cường|Nâng\s{1,3}cao|Đổi\s{1,3}mới|Tiếp\s{1,3}tục|Đẩy\s{1,3}mạnh|Xây\s{1,3}dựng"
                  r"|Phát\s{1,3}huy|Triển\s{1,3}khai|Quán\s{1,3}triệt|Học\s{1,3}tập|Sinh\s{1,3}hoạt|Công\s{1,3}tác|Lãnh\s{1,3}đạo")
_NOT_A_PLACE = (r"(?:Kh(?:óa|oá|oa)|Về|Ban|Chi\s{1,3}(?:bộ|ủy|uỷ)|Đảng|(?:Năm|Ngày)\s{1,3}\d|Theo|Tại|Thực\s{1,3}hiện|Căn\s{1,3}cứ|Trong|Sau|Và|"
                + _TITLE_OPENERS + "|"
                # A kind of document by its whole name: its first word alone may start a place ("Quy Nhơn", "Công Hòa").
                + capitalised(KIND_WORDS)
                + r")(?![\wÀ-ỹ])")
_PROVINCE_WORD = r"(?!" + _NOT_A_PLACE + r")(?-i:[A-ZĐ][a-zà-ỹđ]{0,8})(?![\wÀ-ỹ])"  # not the "L" of "LS"


# "Ban Tuyên giáo TW", "Ban Tổ chức T.Ư": a central body's "Trung ương" as notes shorten it
# (extract.body_name writes it out).
_CENTRAL_SHORT = r"(?:Trung\s{1,3}ương|(?-i:T\.?\s?[WƯ])(?![\wÀ-ỹ]))"  # in capitals: "tư nhân" is no body


def _names(names):
    return "|".join(_TU_ENDS.sub(r"(?-i:TU)(?![\\wÀ-ỹ])", re.sub(r"[Tt]rung\\s\{1,3\}ương", lambda _: _CENTRAL_SHORT, phrase(n)))
                    for n in sorted(names, key=len, reverse=True))


# A name ending in the committee's letters ("BTV TU"): those letters only, in capitals, as a word
# ("Ban Thường vụ Tuyên Quang" is no "Ban Thường vụ TU").
_TU_ENDS = re.compile(r"TU$")


# "do Ban Bí thư ban hành", "do Bộ Chính trị khóa XII ký": the issuer, where a verb of issuing
# follows (read as the date's "ban hành" or the term after the body). "do Ban Tuyên giáo Trung
# ương biên soạn" (or "phát hành", as a material is published) names who made the material on a
# document, not who issued it.
_ISSUED_AHEAD = (r"(?=(?:\s{0,3},?\s{0,3}\(?\s{0,2}" + r"kh(?:óa|oá|oa)\s{1,3}[IVXL\d]{1,6}\)?)?\s{1,3}"
                 r"(?:ban\s{1,3}hành|ký)(?![\wÀ-ỹ]))")
BODY = _compile(
    # The body in emphasis of its own ("của **Bộ Chính trị**"), closed as it opened.
    # "(Ban Bí thư khóa XIII)": in brackets, the issuer alone, its term after it, or its date
    # ("(Ban Bí thư, 30/3/2007)"); after a date opening the bracket, past a comma (`bcomma`:
    # "(30/3/2007, Ban Bí thư)", which extract.py reads only inside a bracket still open).
    r"\s{0,3}" + _SET_OFF + r"\s{0,3}(?:(?P<of>của)\s{1,3}|do\s{1,3}|được\s{1,3}|(?P<bopen>\(\s{0,2}|(?P<bcomma>(?<=\d),\s{0,3})))(?P<bem>\*{1,3}|_{1,3})?"
    r"(?P<body>(?P<plenum_body>" + _PLENUM_BODY + r")|(?:" + _names(CENTRAL_BODIES + list(BODY_ABBREVIATIONS))
    # "Ban Tổ chức Trung ương Đảng", "BBT Trung ương Đảng", "Ban Bí thư TW": the same body, named longer.
    + r")(?:\s{1,3}(?:Trung\s{1,3}ương|TW|TƯ))?(?:\s{1,3}Đảng(?!\s{1,3}(?:ủy|uỷ|bộ|viên)))?(?![^\W_])"
    # Not a mass organisation's own central body ("của Trung ương Hội Cựu chiến binh").
    r"(?!\s{1,3}(?-i:Hội|Mặt\s{1,3}trận|MTTQ|Công\s{1,3}đoàn|Liên\s{1,3}(?:hiệp|đoàn)|Đoàn))|(?:" + _names(LOCAL_BODIES) + r")"
    # A province after a local body ("Ban Tổ chức Tỉnh ủy Trà Vinh", "Tỉnh ủy Bà Rịa - Vũng Tàu"):
    # capitalised words only, and not the "Khóa" of a term written after it. Its words may wrap
    # onto an indented line (a list item's), not onto a line of its own, which starts something new.
    r"(?:\s{1,2}" + _PLACE_WORD + r"?(?P<province>(?:" + _PROVINCE_NAMES + r")(?![\wÀ-ỹ])|" + _PROVINCE_WORD
    + r"(?:(?: | - | ?\n[ \t]{1,8})" + _PROVINCE_WORD + r"){0,3}))?)"
    r"(?(bem)(?P=bem))"
    r"(?(of)|(?(bopen)(?=\s{0,3}(?:\)|,?\s{0,3}kh(?:óa|oá|oa)\s|,\s{0,3}(?:ngày\s{1,3})?\d{1,2}[/.\-]"
    # "(Ban Bí thư, năm 2025)", "(Ban Bí thư, tháng 7/2025)": its year or month, read as YEAR reads it.
    r"|,\s{0,3}(?:năm|tháng)\s{1,3}\d))|" + _ISSUED_AHEAD + "))"
)
# "Chỉ thị 10-CT/TW của Ban Tuyên giáo Trung ương gửi về", "… của Văn phòng Trung ương Đảng phát
# hành": the body did something else with the document (sent, compiled, published it, held a
# meeting on it), and is not its issuer. Verbs a document's own words take ("quy định", "yêu cầu",
# "hướng dẫn") are not among them.
OTHER_ACT = _compile(r"(?:\s{0,3},?\s{0,3}\(?\s{0,2}kh(?:óa|oá|oa)\s{1,3}[IVXL\d]{1,6}\)?)?\s{1,3}"
                     r"(?:(?:vừa\s{1,3}mới|mới\s{1,3}đây\s{1,3}đã|đã|vừa|mới)\s{1,3})?"
                     r"(?:gửi|biên\s{1,3}soạn|soạn\s{1,3}thảo|phát\s{1,3}hành|tổ\s{1,3}chức|sao\s{1,3}(?:gửi|lục|y)"
                     r"|chuyển\s{1,3}(?:về|đến|tới|xuống)|in\s{1,3}(?:ấn|thành|và)|đăng\s{1,3}tải|cung\s{1,3}cấp|giới\s{1,3}thiệu)"
                     r"(?![\wÀ-ỹ])")
# Another central body after the one read, listed: "10-CT/TW, 05-CT/TW của Ban Bí thư, Bộ Chính
# trị" gives each code its body in turn, so the nearest is not the last code's.
ANOTHER_BODY = _compile(r"\s{0,3}(?:,|và|hoặc)\s{1,3}(?:của\s{1,3})?(?:" + _names(CENTRAL_BODIES + list(BODY_ABBREVIATIONS))
                        # … and ends the list: "…, Ban Tổ chức Trung ương đã ban hành …" starts a clause.
                        + r")(?![\wÀ-ỹ])(?=\s{0,3}(?:[.;:)\n]|$|(?:về|khóa|khoá)(?![\wÀ-ỹ])))")
# A kind of document listed before the one a code follows: "Chỉ thị và Hướng dẫn số 10-CT/TW,
# 12-HD/BTCTW" names both kinds of the codes that follow.
KIND_LISTED_BEFORE = _compile(r"(?P<kind>" + _KINDS_ALT + r")\s{0,3}(?:,|và|hoặc)\s{1,3}$")
# The plenum that issued a resolution, written without "của" as formal texts write it: "Nghị quyết
# số 04-NQ/TW ngày 30/10/2016 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII".
PLENUM_BODY = _compile(r"\s{0,3}(?P<body>" + _PLENUM_BODY + r")")  # not after a comma: "…, Hội nghị Trung ương 4 khóa XII" is another
# A local body: after a central code and words of work ("thực hiện"), the work's, not the issuer.
LOCAL_BODY = _compile(_names(LOCAL_BODIES))
# A district's or a ward's committee, whose own codes (/HU, /ĐU) no one takes for a /TW one: after a
# central code it names whom the sentence tells of, never an issuer mistaken for another.
# Not a central one: "Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Chính phủ" (a capital after it, or
# "Trung ương" in its name).
BELOW_PROVINCE = _compile(r"(?:Huyện|Quận|Thị)\s{1,3}(?:ủy|uỷ)(?![\wÀ-ỹ])|Đảng\s{1,3}(?:ủy|uỷ)(?![\wÀ-ỹ])"
                          r"(?!\s{1,3}(?-i:[A-ZĐÀ-Ỹ]))(?![^.,;()\n]{0,60}Trung\s{1,3}ương)")
# A central body named before the reference, without "của": "Ban Bí thư ban hành Chỉ thị ...".
LEADING_BODY = _compile(r"(?<![\wÀ-ỹ])(?P<body>" + _names(CENTRAL_BODIES) + r")(?![\wÀ-ỹ])")
# A body that issues the reference next, a province's too ("Ban Tổ chức Tỉnh ủy Trà Vinh ban hành …").
LEADING_ISSUER = _compile(r"(?<![\wÀ-ỹ])(?:(?P<central>" + _names(CENTRAL_BODIES) + r")|(?P<local>(?:" + _names(LOCAL_BODIES) + r")"
                          r"(?:\s{1,2}" + _PLACE_WORD + r"?(?P<province>(?:" + _PROVINCE_NAMES + r")(?![\wÀ-ỹ])|"
                          + _PROVINCE_WORD + r"(?:(?: | - )" + _PROVINCE_WORD + r"){0,3}))?))(?![\wÀ-ỹ])")
# Where the sentence that holds a reference begins: after a full stop, a blank line, a list item, a heading.
# A table's cell is a unit of its own too: the row's columns are read by their headers (cells.py),
# and a row above is another document's ("| Chỉ thị 10-CT/TW | Ban Bí thư |" chose the next row's
# 50-CT/TW).
SENTENCE_BOUNDARY = re.compile(r"[.!?;:]\s|\n[ \t]{0,8}\n|\n[ \t]{0,8}(?:[-*+]|\d{1,2}[.)]|#{1,6})\s|\|")
# "khóa X", "(khoá XII)", "khóa XI và XII", "khóa XI và khóa XII", "các khóa XI, XII", "của khóa XII"
_KHOA = r"kh(?:óa|oá|oa)\s{1,3}"
# A term may be written in digits ("khóa 12"): 1 to 39, read as its numeral.
_TERM = r"(?:" + _ROMAN + r"|[1-3]\d|[1-9])"
# A second term in bare digits ("khóa XI và 12") is a term only where the clause ends or goes on
# after it, and (extract.py) only as the next term: "khóa XII, 15 đảng viên …", "khóa XII và 13
# tiêu chí", "khóa XI, 12 khóa XII" (plenum 12) count or number something else.
# "_" is no letter here: it closes emphasis ("_khóa XII_").
_BARE_TERM_ENDS = r"(?=\s{0,3}(?:[.,;:)\]*_]|\(|$|(?:về|của|và|ngày|năm)(?![\wÀ-ỹ])))"
# The terms after the first ("khóa X, XI, XII, XIII", "khóa XI, XII và khóa XIII"), in numerals or
# with their "khóa": TERM's `more` holds them all, TERM_ITEM reads them one by one, and extract.py
# keeps each only as a later term than the one before ("khóa XII, V. Tổ chức thực hiện" names a
# section). A second term in bare digits follows _NEXT_TERM, on the conditions above.
_NEXT_TERM = r"\s{0,3}(?:và|,)\s{0,3}"
TERM_ITEM = _compile(_LIST_SEP + r"(?:" + _KHOA + r"(?P<term>" + _TERM + r")|(?P<roman>" + _ROMAN + r"))(?![^\W_])")
TERM = _compile(
    r"\s{0,3},?\s{0,3}(?P<open>\(\s{0,2})?(?:của\s{1,3})?(?:các\s{1,3})?" + _KHOA + r"(?P<t1>" + _TERM + r")"
    r"(?:(?P<more>(?:" + _LIST_SEP + r"(?:" + _KHOA + _TERM + "|" + _ROMAN + r")(?![^\W_])){1,8})"
    r"|" + _NEXT_TERM + r"(?P<t2digits>[1-3]?\d)(?![^\W_])" + _BARE_TERM_ENDS + r")?(?![^\W_])(?(open)\s{0,2}\))"
)
# What follows a central body that issues the reference next: "Ban Bí thư (khóa X) đã ban hành
# Chỉ thị …". With no "của" after it, the clause before is the only place its facts are told.
ISSUES_NEXT = _compile(r"(?:\s{1,3}(?:Trung\s{1,3}ương|TW))?(?:\s{1,3}Đảng)?(?:\s{0,3},?\s{0,3}\(?\s{0,2}" + _KHOA + _TERM + r"\s{0,2}\)?)?"
                       r"\s{0,3},?(?:\s{1,3}(?:đã|vừa|mới))?\s{1,3}(?:(?:ký\s{1,3})?ban\s{1,3}hành|ra)\s{1,3}[\[*_]{0,3}")
# What every one of DATE, YEAR, BODY and TERM starts with: most references are followed by
# none of them, and one failed match here saves trying all four.
# The group its first word falls in (`lastgroup`) names the parts that may follow (CONTEXT_PARTS).
CONTEXT_START = re.compile(widened(r"\s{0,3}" + _SET_OFF + r"\s{0,3}"
                                   r"(?:(?P<date>ban|ngày|được|ký|phát|đề\s|ra\s{1,3}đời|\d{1,2}[/.\-])|(?P<year>năm|tháng)|(?P<body>của|do(?![\wÀ-ỹ])|(?<=\d),)|(?P<term>kh|các)"
                                   r"|(?P<plenum>hội)|(?P<paren>\())"), IGNORECASE)
CONTEXT_PARTS = {"date": ("date", "year", "body"), "year": ("year",), "body": ("body", "term", "date"), "term": ("term",), "plenum": ("plenum",),
                 "paren": ("date", "year", "term", "body")}
# Markdown that closes around a reference before its context: "**Chỉ thị 05-CT/TW** ngày ...",
# "[Chỉ thị 10-CT/TW](/van-ban/...) ngày ...".
# So do a highlight and a footnote's mark ("50-CT/TW[^1] ngày …", "50-CT/TW<sup>1</sup> ngày …").
# Not a closing quote: it mostly ends a title or words quoted that end on the code ("Kết luận
# 18-KL/TW “Về … Chỉ thị số 10-CT/TW” của Ban Bí thư khóa XII"), and what follows is the outer
# document's or the speaker's.
# A link of any form closes so: inline (its address, "<…>" and title blanked by linked.unshown), by
# label ("][ct50]") or a shortcut ("[Chỉ thị 50-CT/TW] ngày …", its label the definition's).
# Quote marks, each opening one with the one that closes it (straight quotes close themselves).
QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "«": "»"}
MARKUP_CLOSE = re.compile(r"\*{1,3}|_{1,3}|\]\([^()\n]{0,400}\)|\](?:[ \t]?\[[^\[\]\n]{0,100}\])?|==|\[\^[^\]\s]{1,20}\]|<sup>[^<>\n]{1,8}</sup>")
# Markup opening around the context alone: "Nghị quyết Trung ương 4 *khóa XII*", "… 50-CT/TW, *ngày 23/7/2025*",
# "… 50-CT/TW (*khóa XIII*)".
MARKUP_OPEN = re.compile(r"[ \t]{0,2},?(?:[ \t]{1,2}\(?|\()[ \t]{0,2}(?:\*{1,3}|_{1,3})(?=[^\s*_])")
# A short form followed by one of these is a count, not a document: "Báo cáo 12 tháng", "Công văn
# 10 ngày" (but "Quy định 08 ngày 21/10/2017" is dated: UNIT_AFTER reads "ngày" on its own).
# "có" and "không" too ("Báo cáo 2 có …", "Quy chế 5 không", a slogan's count), but not after a
# directive's or a resolution's number ("Chỉ thị 10 không còn phù hợp" cites it; the scanner, which
# may propose more, skips them after no kind that is not prose).
VERB_COUNTS = ["không", "có"]
VERB_KINDS = {"chỉ thị", "nghị quyết", "nghị quyết chuyên đề", "nghị định", "thông tư"}
FIRM_COUNT_WORDS = ["phút", "giờ", "tháng", "lần", "người", "buổi", "cuộc", "trang", "tỷ", "triệu", "nghìn", "ngàn",
                    "trăm", "đồng", "bước", "điểm", "việc", "điều", "nhóm"]
COUNT_WORDS = FIRM_COUNT_WORDS + VERB_COUNTS
# "Chỉ thị 10 năm qua", "Nghị định 1 năm nữa", "Thông tư 3 chương": years counted, a law's chapters
# ("năm" alone may open the document's year: "Chỉ thị 10 năm 2007").
# "Hướng dẫn 5 chi bộ trực thuộc", "Kết luận 2 tổ đảng", "Báo cáo 4 quý": a numbered item's
# prose ("1. Hướng dẫn 5 chi bộ …"), things counted.
COUNT_PHRASES = ["đồng chí", "đảng viên", "nội dung", "vấn đề", "năm qua", "năm liền", "năm nữa", "năm gần đây", "chương",
                 "chi bộ", "tổ đảng", "quý"]


def _unit_after(words: list[str]) -> re.Pattern:
    return _compile(r"(?:\s{1,3}(?:" + "|".join(phrase(w) for w in sorted(words + COUNT_PHRASES, key=len, reverse=True))
                    + r"|ngày(?!\s{1,3}\d)"
                    # "Kết luận 1 số vấn đề": "một số", some, not a number's "số".
                    + r"|số(?!\s{0,3}\d))(?![\wÀ-ỹ])|\s{0,2}%"
                    # "Thông báo số 0912 345 678": a phone number, not a document.
                    r"|[ \t.]\d)")


UNIT_AFTER = _unit_after(COUNT_WORDS)
# A plan's span after its kind and a small number: "Kế hoạch 5 năm để …", "Chương trình 3 năm 2026 -
# 2028"; not "năm 2025", "năm ngoái" (the document's year), nor "năm học", "năm thứ ba" (a
# directive carried out in a school year, or its third).
PLAN_KINDS = {"kế hoạch", "chương trình", "đề án", "chiến lược"}
YEARS_COUNTED = _compile(r"\s{1,3}năm(?=\s{1,3}\d{4}\s{0,3}[-–]\s{0,3}\d{4})"
                         r"|\s{1,3}năm(?![\wÀ-ỹ])(?!\s{1,3}(?:\d|ngoái|nay|trước|ấy|đó|này|học|thứ|đầu|cuối)(?![\wÀ-ỹ]))")
FIRM_UNIT_AFTER = _unit_after(FIRM_COUNT_WORDS)
# A cell's own document, which no registry holds: "nghị quyết số 3 của chi bộ", "Kế hoạch 2 của
# chi ủy"; "chi bộ đã ra nghị quyết số 3", "chi ủy thông qua nghị quyết số 5" (in lower case only). Of the
# kinds a cell issues only: a cell issues no directive, so "thực hiện Chỉ thị 10 của chi bộ" is the
# cell's work under a directive, which the text should name in full. Its year or date may come
# between ("Kế hoạch số 2 năm 2025 của chi bộ").
CELL_KINDS = frozenset({"nghị quyết", "kế hoạch", "thông báo", "báo cáo", "chương trình"})
OWN_CELL_AFTER = _compile(r"(?:\s{1,3}(?:năm\s{1,3}(?:19|20)\d\d|ngày\s{1,3}\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}\s{0,2}[/.-]\s{0,2}(?:19|20)\d\d))?"
                          r"\s{0,3},?\s{0,3}của\s{1,3}(?:chi\s{1,3}(?:bộ|ủy|uỷ)|tổ\s{1,3}đảng|đảng\s{1,3}bộ\s{1,3}bộ\s{1,3}phận"
                          r"|(?:cấp|đảng)\s{1,3}(?:ủy|uỷ)\s{1,3}cơ\s{1,3}sở)(?![\wÀ-ỹ])")
# The cell as the subject: "Bộ Chính trị ra nghị quyết số 35 về …" is the Politburo's.
ISSUED_BEFORE = _compile(r"(?<![\wÀ-ỹ])(?:chi\s{1,3}(?:bộ|ủy|uỷ)|tổ\s{1,3}đảng)(?:\s{1,3}(?:đã|sẽ|vừa|đang|cũng))?"
                         r"\s{1,3}(?:ra|thông\s{1,3}qua)\s{1,3}$")
ISSUED_BEFORE_AHEAD = 40
# "12-HD/BTC TW", "12-HD/BTC TƯ": the rest of an issuer written apart.
SPLIT_ISSUER = re.compile(r" {1,2}((?:T\.?Ư|[A-ZĐ]{1,5})(?![\wÀ-ỹ]))")
_DEFINES = (r"(?:(?:sau\s{1,3}đây\s{1,3})?(?:gọi\s{1,3}tắt|gọi|viết\s{1,3}tắt)\s{0,3}(?:là|:))\s{1,3}[“\"]?"
            # The kind as a word or as its code's capitals ("CT 05"), or a plenum's resolution by name.
            r"(?P<short>(?:(?P<dkind>" + _KINDS_ALT + r")\s{1,3}|(?-i:(?P<dabbr>" + SHORT_ABBR_ALT + r"))(?:\s{1,3}|" + GLUED_AFTER + r"))"
            r"(?:số\s{1,3})?(?P<dnum>\d{1,4})"
            r"|(?:Nghị\s{1,3}quyết\s{1,3}|(?-i:NQ)\s{0,3})(?:Trung\s{1,3}ương|TW|TƯ)\s{0,3}(?P<dplenum>\d{1,2}))[”\"]?")
SHORT_DEFINITION = _compile(r"\s{0,3}(?:(?P<open>\()\s{0,2}|,\s{0,3})" + _DEFINES + r"(?(open)\s{0,2}\)|(?![\wÀ-ỹ]))")
# The same after the document's subject: "Chỉ thị 10-CT/TW … về nâng cao chất lượng sinh hoạt chi bộ
# (gọi tắt là Chỉ thị 10)", within one sentence (no full stop, semicolon or blank line between).
DEFINITION_AHEAD = 240
DEFINITION_AT = _compile(r"\(\s{0,2}" + _DEFINES + r"\s{0,2}\)")
# What a definition's bracket opens with; most brackets after a reference open with something else.
DEFINITION_HINT = re.compile(r"\(\s{0,2}(?:sau|gọi|viết)", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.;)\n]")
# "nay là", "(nay đã được thay bằng", "thay thế bởi": what the reference after it replaced it with.
SUCCESSOR = _compile(r"\s{0,3},?\s{0,3}(?:nay\s{1,3}là|thay(?:\s{1,3}thế)?\s{1,3}(?:bằng|bởi))\s{1,3}$")
# "Nghị quyết số 18, 19-NQ/TW", "Kết luận 21, 22 và 23-KL/TW": numbers before the one whose code they share.
# "Nghị quyết Trung ương 4, 5, 6 khóa XII", "… 4 và Trung ương 5 khóa XII", "… lần thứ tư, lần thứ
# năm khóa XII": plenums listed before their term.
# An item may be in emphasis of its own: "… 4 và **Trung ương 5** khóa XII", "**… 4**, **5** khóa XII".
_EMPHASIS = r"(?:\*{1,3}|_{1,3})?"
PLENUM_LIST = _compile(r"(?:" + _EMPHASIS + _LIST_SEP + _EMPHASIS + _PLENUM_ITEM + r"){1,19}")
PLENUM_LIST_AFTER_ORDINAL = _compile(r"(?:" + _EMPHASIS + _LIST_SEP + _EMPHASIS + _PLENUM_ITEM_AFTER_ORDINAL + r"){1,19}")
# Each plenum of such a list (or of one before "Ban Chấp hành Trung ương"), and its number, last.
PLENUM_ITEM = _compile(r"(?<![^\W_])(?:" + _PLENUM_ITEM_AFTER_ORDINAL + ")")  # "_" opens emphasis: "_4_"
BODY_ITEM = _compile(r"(?<![^\W_])" + _BODY_ITEM)
PLENUM_ITEM_NUMBER = _compile(r"(?:(?P<digits>\d{1,2})|(?P<word>" + _ORDINALS_ALT + r"))$")
# "Nghị quyết Trung ương 4 khóa XII và Trung ương 6 khóa XII", "… và Hội nghị lần thứ năm Ban Chấp
# hành Trung ương Đảng khóa XII": the next resolution, named by its plenum (after a comma, "…, Hội
# nghị Trung ương 6 khóa XII" is the meeting: extract.py reads the separator).
PLENUM_NEXT = _compile(_EMPHASIS + _LIST_SEP + _EMPHASIS + r"(?P<item>" + _PLENUM_NAME + ")")  # in bold each: "**…** và **…**"
LIST_TAIL = _compile(r"(?:\s{0,2},\s{0,2}\d{1,4}(?![\d\w])){0,8}(?:\s{0,2},\s{0,2}|\s{1,3}và\s{1,3})(?=\d)")
# "số hiệu 50-CT/TW": the code itself is the subject, not a document.
CODE_MENTION_BEFORE = _compile(r"(?:số\s{1,3}hiệu|mã\s{1,3}số|ký\s{1,3}hiệu)\s{1,3}(?:là\s{1,3})?$")
# A word found in every mention: where it is absent, the slower search above is skipped. Spelt
# with the letters IGNORECASE would match (İ and ı are i to it), not with the flag: under it
# Python's re has no first letter to skip to and tries every position, and this runs before
# every code.
CODE_MENTION_HINT = re.compile("[hHmM](?:[iIİı][ệỆ][uU]|[ãÃ])")
# A code broken after its number ("Chỉ thị 10 -", "10 - CT", "Nghị định 111/2022"), not a spaced dash
# that goes on with the sentence in lower case ("Chỉ thị 10 - văn bản về sinh hoạt chi bộ"). The
# scanner reads the same dash (scanner._DASH_GOES_ON).
# A list item's marker on the next line ("- Chỉ thị 50⏎- Hướng dẫn 42", nested four spaces in)
# opens an item, it goes on with nothing (the scanner's _NEXT_ITEM reads the same).
CONTINUES_CODE = _compile(r"(?![ \t]{0,3}\n[ \t]{0,12}[-–][ \t])\s{0,3}[-–/]")
# The spaced dash, before the word whose case says which (`str.islower`: "- Ủy ban" is a name).
SPACED_DASH = _compile(r"\s{1,3}[-–][ \t]{1,3}")
# "Quy định 08 về trách nhiệm nêu gương": a document's subject follows its number; "Quy định 294
# yêu cầu …", "Hướng dẫn 42 nêu rõ …": what a document does (a sentence opening so cites it).
# (`scanner._NAMED_AFTER` reads the same words: change both together.)
DOCUMENT_VERBS = ["yêu cầu", "nêu rõ", "nêu", "quy định", "hướng dẫn", "xác định", "nhấn mạnh", "đề ra", "chỉ rõ"]
ABOUT = _compile(r"\s{1,3}(?:về|" + "|".join(phrase(v) for v in DOCUMENT_VERBS) + r")\s{1,3}[\wÀ-ỹ]")
# After a body named bare after a date ("…, ngày 30/3/2007 Ban Bí thư ban hành", "… Ban Bí thư về
# …"), what keeps the date the document's: the citation ends or goes on (its subject, its term,
# the document's own verbs), or its issuing follows ("đã" or "chính thức" before it; "ra chỉ thị
# này"). Another verb ("…, ngày 15/3/2024 Ban Bí thư làm việc với …", "… Bộ Chính trị đã sơ kết")
# or the issuing of another document ("…, năm 2017 Ban Bí thư ban hành Kết luận 18-KL/TW") opens a
# clause of its own, whose date the sentence tells. After words of work ("Thực hiện Chỉ thị
# 10-CT/TW, ngày 15/3/2024 Ban Bí thư yêu cầu …") the document's verbs are the work's clause too.
_BARE_ADVERBS = r"\s{0,3}(?:(?:đã|vừa|mới)\s{1,3})?(?:chính\s{1,3}thức\s{1,3})?"
_BARE_GOES_ON = r"$|[.,;:)\]([“\"'–—-]|(?:kh(?:óa|oá)|nhiệm\s{1,3}kỳ|về|và)(?![\wÀ-ỹ])"
# Issuing, and what it issues: a kind and a number (or a code) is another document.
BARE_BODY_ISSUES = _compile(_BARE_ADVERBS + r"(?:ban\s{1,3}hành|ký|ra)(?![\wÀ-ỹ])(?P<another>\s{1,3}(?:" + _KINDS_ALT
                            + r")\s{1,3}(?:số\s{0,3})?\d)?")
BARE_BODY_ENDS = _compile(_BARE_ADVERBS + r"(?:" + _BARE_GOES_ON + "|(?:" + "|".join(phrase(v) for v in DOCUMENT_VERBS) + r")(?![\wÀ-ỹ]))")
BARE_BODY_ENDS_AFTER_WORK = _compile(_BARE_ADVERBS + r"(?:" + _BARE_GOES_ON + ")")
# A label's colon after a prose kind's number opening a line ("## Hướng dẫn 1: chuẩn bị", "- **Kế
# hoạch 2:** …"): the text numbers its own parts, it cites nothing. Within a sentence it cites
# ("Thực hiện Kết luận 18: chi bộ đã …").
LABEL_AFTER = _compile(r"(?:\*{1,3}|_{1,3})?[ \t]{0,2}:")
LINE_OPENS = _compile(r"(?:^|\n)[ \t]{0,3}(?:#{1,6}[ \t]{1,3}|[-*+][ \t]{1,3}|\d{1,2}[.)][ \t]{1,3})?(?:\*{1,3}|_{1,3})?$")
LINE_OPENS_AHEAD = 16
# A sentence starts right here (searched in the few characters before a short form).
# (`scanner.NOT_SENTENCE_START` is its complement: change both together.)
SENTENCE_START = _compile(r"(?:^|[.!?:\n]\s{0,3})$")
# A numbered list's marker opening the line ("1. Kết luận 18", "1.2. …", "II. …", "a) …"): its full
# stop ends no sentence, as a bullet's dash does not.
ITEM_NUMBER_BEFORE = _compile(r"(?:^|\n)[ \t]{0,12}(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}|[a-zđ])[.)][ \t]{1,3}$")
ITEM_NUMBER_AHEAD = 24  # how far before a short form ITEM_NUMBER_BEFORE is searched


# A prose kind word, capitalised: after a number and a space, the scanner's match read the number
# as what comes before a short form ("Bước 3 Kết luận 5"), not as a code's ("12 HD/BTCTW").
PROSE_AT = _compile(capitalised(PROSE_WORDS))
