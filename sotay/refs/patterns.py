"""Regular expressions for Vietnamese document references.

Every pattern is anchored at a known position (`match` at an offset, or a
`search` bounded to a few dozen characters), and no pattern nests quantifiers
that can backtrack, so extraction stays linear in the length of the text.
"""

from __future__ import annotations

import re

IGNORECASE = re.IGNORECASE

# Document kinds: the words, and the abbreviation each takes in a code.
KIND_WORDS = {
    "chỉ thị": "CT", "nghị quyết": "NQ", "kết luận": "KL", "hướng dẫn": "HD", "quy định": "QĐ",
    "quyết định": "QĐ", "kế hoạch": "KH", "thông báo": "TB", "quy chế": "QC", "thông tri": "TT",
    "đề án": "ĐA", "công văn": "CV", "nghị định": "NĐ", "thông tư": "TT", "luật": "Luật",
}
STATE_WORDS = {"nghị định", "thông tư", "luật"}
# Kind words that are also everyday nouns and verbs ("Kết luận 3 nội dung...").
PROSE_WORDS = {"kết luận", "hướng dẫn", "quy định", "thông báo", "kế hoạch", "quyết định", "đề án", "công văn"}
_KINDS_ALT = "|".join(sorted((re.escape(k) for k in KIND_WORDS), key=len, reverse=True))

_ABBR_ALT = "CTr|TTr|QĐi|QĐI|QĐ|QD|CT|NQ|KL|HD|KH|TB|QC|TT|CV|ĐA|BC"

# Issuers as they appear after the slash; used to spot "BTC TW" written apart.
KNOWN_ISSUERS = {"TW", "BTCTW", "BTGTW", "BDVTW", "BTGDVTW", "VPTW", "UBKTTW", "BCĐTW", "TU", "BTCTU", "BTGTU",
                 "BDVTU", "BTGDVTU", "VPTU", "UBKTTU", "HU", "ĐU", "QU", "TƯ", "T.Ư", "BCSĐ", "ĐĐ", "CB", "ĐUK",
                 "ĐUKCCQ", "BTCĐU", "TWĐTN"}
YOUTH = re.compile(r"ĐTN|TWĐ|HSV|HLHTN|ĐOÀN", IGNORECASE)

# 10-CT/TW, 12-HD/BTCTW, 100 - KL/TW, số31-QĐ/TW, 05-ct/tw, 12 HD/BTCTW (malformed), 01-HD/TWĐTN-BTC
_PARTY = (r"(?P<num>\d{1,4}[a-zA-Z]?)(?P<sep>\s{0,3}-\s{0,3}|\s{1,2})(?P<abbr>" + _ABBR_ALT + r")\s{0,2}/\s{0,2}"
          r"(?P<iss>[A-ZĐƯ][A-ZĐƯ.]{0,11}(?:-[A-ZĐ]{1,10})?)(?![\wÀ-ỹ])")
# 111/2022/NĐ-CP, 16/CT-TTg, 10/2022/QH15
_STATE = (r"(?P<snum>\d{1,5})/(?:(?P<year>(?:19|20)\d{2})/)?(?:(?P<sabbr>NĐ|ND|TT|QĐ|QD|CT|NQ|TTLT|NQLT)-"
          r"(?P<siss>[A-ZĐ][A-Za-zĐđ0-9]{0,15}(?:-[A-ZĐ][A-Za-zĐđ0-9]{0,10})?)|(?P<qh>QH\d{1,2}))(?![\wÀ-ỹ])")
_KIND_PREFIX = r"(?:(?P<kw>" + _KINDS_ALT + r")\s{1,3})?(?P<so>số\s{0,3})?"
# "Nghị quyết Trung ương 4", "Nghị quyết Hội nghị Trung ương lần thứ 4", "Nghị quyết TW4"
_PLENUM = (r"Nghị quyết\s{1,3}(?:Hội nghị\s{1,3})?(?:lần thứ\s{1,3})?(?:Trung ương|TW|T\.Ư|TƯ)\s{0,3}"
           r"(?:lần thứ\s{1,3})?(?P<plenum>\d{1,2})(?!\d)")
_CONGRESS = (r"Nghị quyết\s{1,3}Đại hội\s{1,3}(?:đại biểu\s{1,3})?(?:Đảng\s{1,3})?(?:toàn quốc\s{1,3})?(?:lần thứ\s{1,3})?"
             r"(?P<congress>[IVXL]{1,6})(?![\wÀ-ỹ])(?:\s{1,3}của Đảng)?")
_SHORT = r"(?P<skind>" + _KINDS_ALT + r")\s{1,3}(?P<sso>số\s{0,3})?(?P<short>\d{1,4})(?![\d\w])"
# Anchored at a candidate's start (Python re, bounded: O(1) per candidate).
PARTY_AT = re.compile(_KIND_PREFIX + _PARTY, IGNORECASE)
STATE_AT = re.compile(_KIND_PREFIX + _STATE, IGNORECASE)
PLENUM_AT = re.compile(_PLENUM, IGNORECASE)
CONGRESS_AT = re.compile(_CONGRESS, IGNORECASE)
SHORT_AT = re.compile(_SHORT, IGNORECASE)


def _for_re2(fragment: str) -> str:
    """The same fragment for RE2: unnamed groups, no lookaheads (the anchored re patterns check those)."""
    fragment = re.sub(r"\(\?!(?:\[[^\]]*\]|\\d)\)", "", fragment)
    return re.sub(r"\(\?P<\w+>", "(?:", fragment)


def _scanner():
    import re2

    options = re2.Options()
    options.case_sensitive = False
    parts = [_KIND_PREFIX + _PARTY, _KIND_PREFIX + _STATE, _PLENUM, _CONGRESS, _SHORT]
    return re2.compile("|".join("(?:" + _for_re2(p) + ")" for p in parts), options)


# One scan over the text finds every candidate. RE2 runs in time linear in the
# input whatever it is fed (it never backtracks), so runs of "Chỉ thị số",
# digits, dashes or slashes cost no more than ordinary text.
SCAN = _scanner()

# Context written after a code, each part tried once at a known offset.
DATE = re.compile(
    r"\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?ngày\s{1,3}(?:(?P<d>\d{1,2})\s{0,2}(?P<s>[/.\-])\s{0,2}(?P<m>\d{1,2})\s{0,2}(?P=s)\s{0,2}(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s{1,3}tháng\s{1,3}(?P<m2>\d{1,2})\s{1,3}năm\s{1,3}(?P<y2>\d{4}))",
    IGNORECASE,
)
YEAR = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:năm\s{1,3}(?P<y>(?:19|20)\d{2})|\(\s{0,2}(?P<yp>(?:19|20)\d{2})\s{0,2}\))(?!\d)", IGNORECASE)
# Issuing bodies written after "của". Central bodies stand alone; local ones may name the province.
_CENTRAL_BODIES = [
    "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư Trung ương Đảng",
    "Ban Bí thư", "Ban Tổ chức Trung ương", "Ban Tuyên giáo Trung ương", "Ban Dân vận Trung ương",
    "Ban Tuyên giáo và Dân vận Trung ương", "Văn phòng Trung ương Đảng", "Ủy ban Kiểm tra Trung ương",
    "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Ban Bí thư Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn",
    "Trung ương Đoàn",
]
_LOCAL_BODIES = [
    "Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh uỷ", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh uỷ",
    "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Huyện ủy", "Đảng ủy",
]


def _names(names):
    # Longest first, and any run of spaces or a line break between words.
    return "|".join(re.escape(n).replace(r"\ ", r"\s{1,3}") for n in sorted(names, key=len, reverse=True))


BODY = re.compile(
    r"\s{0,3},?\s{0,3}của\s{1,3}(?P<body>(?:" + _names(_CENTRAL_BODIES) + r")(?![\wÀ-ỹ])|(?:" + _names(_LOCAL_BODIES) + r")"
    # A province after a local body ("Ban Tổ chức Tỉnh ủy Trà Vinh"): capitalised words only.
    r"(?:\s{1,2}(?:tỉnh\s{1,2}|thành phố\s{1,2})?(?-i:[A-ZĐ][a-zà-ỹđ]{0,8}(?:\s[A-ZĐ][a-zà-ỹđ]{0,8}){0,2}))?)",
    IGNORECASE,
)
TERM = re.compile(
    r"\s{0,3},?\s{0,3}(?P<open>\(\s{0,2})?kh(?:óa|oá|oa)\s{1,3}(?P<t1>[IVXL]{1,6})(?:\s{0,3}(?:và|,)\s{0,3}(?P<t2>[IVXL]{1,6}))?(?![\wÀ-ỹ])(?(open)\s{0,2}\))",
    IGNORECASE,
)
# What every one of DATE, YEAR, BODY and TERM starts with: most references are followed by
# none of them, and one failed match here saves trying all four.
CONTEXT_START = re.compile(r"\s{0,3},?\s{0,3}(?:ban hành|ngày|năm|\(|của|kh)", IGNORECASE)
# "12-HD/BTC TW": the rest of an issuer written apart.
SPLIT_ISSUER = re.compile(r" {1,2}([A-ZĐ]{1,5})(?![\wÀ-ỹ])")
SHORT_DEFINITION = re.compile(
    r"\s{0,3}\(\s{0,2}(?:sau đây\s{1,3})?gọi tắt là\s{1,3}[“\"]?(?P<short>(?:" + _KINDS_ALT + r")\s{1,3}(?:số\s{1,3})?\d{1,4})[”\"]?\s{0,2}\)",
    IGNORECASE,
)
SUCCESSOR = re.compile(r"\s{0,3},?\s{0,3}(?:nay là|được thay thế bằng|thay thế bằng)\s{1,3}$", IGNORECASE)
# "số hiệu 50-CT/TW": the code itself is the subject, not a document.
CODE_MENTION_BEFORE = re.compile(r"(?:số hiệu|mã số|ký hiệu)\s{1,3}(?:là\s{1,3})?$", IGNORECASE)
CONTINUES_CODE = re.compile(r"\s{0,3}[-–/]")
SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s{0,3})$")
