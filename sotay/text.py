"""Vietnamese text helpers: normalisation, folding, slugs and collation.

Everything that compares or sorts Vietnamese text goes through here, so the
checker, the build, the search index and the tests agree on one definition.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

# Tone marks as combining characters (after NFD): huyền, sắc, ngã, hỏi, nặng.
TONES = "\u0300\u0301\u0303\u0309\u0323"
_TONE_ORDER = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Ð (U+00D0, Icelandic eth) is often typed for Đ (U+0110) on some keyboards.
LOOKALIKE_LETTERS = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
_LOOKALIKES = str.maketrans(LOOKALIKE_LETTERS)

# Old-style tone placement ("khoá", "hoà", "thuỷ") and new-style ("khóa",
# "hòa", "thủy") are both in use. We move the tone of an open "oa", "oe",
# "uy" syllable to the second vowel so both spellings compare equal.
_OPEN_GLIDE = re.compile(
    "([oOuU])([" + TONES + "])([aAeEyY])(?![^\\W\\d_]|[\u0300-\u036f])"
)

# The Vietnamese alphabet, with the Latin letters it lacks (f, j, w, z) where Latin puts them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Titles are ordered word by word ("Chi bộ" before "Chia sẻ", "Đa dạng" before "Đảng viên"): a
# word is letters with their marks, or a number, which ranks before words, by its value ("Bước 2"
# before "Bước 10"); spaces and punctuation only part them.
_WORD = re.compile(r"[0-9]+|(?:[^\W\d_]|[\u0300-\u036f])+")
_NUMBER = -1

# Dates are Vietnam's (UTC+7), whatever the machine's time zone.
VIETNAM = dt.timezone(dt.timedelta(hours=7))

# A whole value inside one pair of curly quote marks, which (unlike YAML's straight ones) stay in it.
WRAPPED_IN_CURLY_QUOTES = re.compile(r"^(?:“[^“”]*”|‘[^‘’]*’)$")


def vn_today() -> dt.date:
    """Today in Vietnam, where editors date their reviews: by the machine's clock (UTC on CI), a
    review dated today was "in the future" for seven hours of every Vietnamese morning."""
    return dt.datetime.now(VIETNAM).date()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def clean(text: str) -> str:
    """NFC, with Ð typed for Đ and non-breaking spaces made ordinary."""
    return nfc(text.translate(_LOOKALIKES)).replace("\u00a0", " ").replace("\u202f", " ")


def normalize_tone_placement(text: str) -> str:
    """Put the tone of open oa/oe/uy syllables on the second vowel (NFC out)."""
    decomposed = unicodedata.normalize("NFD", text)
    return nfc(_OPEN_GLIDE.sub(r"\1\3\2", decomposed))


def fold(text: str) -> str:
    """Lower case, strip every diacritic and map đ to d: 'Đảng viên' -> 'dang vien'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LOOKALIKES).lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def match_key(text: str) -> str:
    """Key for exact-but-tolerant matching: NFC, lower case, one tone placement."""
    return normalize_tone_placement(clean(text).lower())


def slugify(text: str) -> str:
    """ASCII slug without diacritics: 'Sinh hoạt chuyên đề' -> 'sinh-hoat-chuyen-de'. Compatibility
    forms are read as their letters first: a title typed in full-width letters gave the slug 'o'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(unicodedata.normalize("NFKC", text))).strip("-")


def _letter_rank(base: str, marks: str) -> int:
    if base == "a" and "\u0306" in marks:
        return _RANK["ă"]
    if base in "aeo" and "\u0302" in marks:
        return _RANK[{"a": "â", "e": "ê", "o": "ô"}[base]]
    if base in "ou" and "\u031b" in marks:
        return _RANK[{"o": "ơ", "u": "ư"}[base]]
    return _RANK.get(base, len(_ALPHABET) + ord(base))


def _ranks(decomposed: str) -> tuple[list[int], list[int]]:
    letters: list[int] = []
    tones: list[int] = []
    i = 0
    while i < len(decomposed):
        base = decomposed[i]
        i += 1
        marks = ""
        while i < len(decomposed) and unicodedata.combining(decomposed[i]):
            marks += decomposed[i]
            i += 1
        letters.append(_RANK["đ"] if base == "đ" else _letter_rank(base, marks))
        tone = next((m for m in marks if m in TONES), "")
        tones.append(_TONE_ORDER[tone])
    return letters, tones


@functools.lru_cache(maxsize=4096)
def _char_ranks(ch: str) -> tuple[list[int], list[int]] | None:
    """Ranks of one NFC character, or None when it does not start a letter of its own."""
    decomposed = unicodedata.normalize("NFD", ch)
    return None if unicodedata.combining(decomposed[0]) else _ranks(decomposed)


def _word_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    letters: list[int] = []
    tones: list[int] = []
    # Sorting the nav ranks every title: ranking each character once is several times faster
    # than decomposing every title.
    for ch in word:
        ranks = _char_ranks(ch)
        if ranks is None:  # a mark NFC could not compose: group it with its base as NFD does
            letters, tones = _ranks(unicodedata.normalize("NFD", word))
            break
        letters += ranks[0]
        tones += ranks[1]
    return tuple(letters), tuple(tones)


def sort_key(text: str) -> tuple:
    """Vietnamese dictionary order, word by word: a ă â b c d đ e ê ..., a word's tones as the
    tie-break between its spellings (every "chi ..." before every "chỉ ...", "chỉ" before "chia"),
    and numbers by their value, before words."""
    words = []
    for m in _WORD.finditer(clean(text).lower()):
        word = m.group()
        # ASCII digits only: "²" and "①" are digits to str.isdigit, and no int.
        words.append(((_NUMBER, int(word)), ()) if word.isascii() and word.isdigit() else _word_key(word))
    return (tuple(words), text)


def sort_vi(items, key=lambda item: item):
    return sorted(items, key=lambda item: sort_key(key(item)))


def first_non_nfc(text: str) -> int | None:
    """Offset of the first character whose NFC form differs, or None."""
    if is_nfc(text):
        return None
    for i, ch in enumerate(text):
        if not unicodedata.is_normalized("NFC", text[i:i + 2]) or unicodedata.combining(ch):
            return i
    return 0


@functools.lru_cache(maxsize=4096)
def toc_slugify(value: str, separator: str = "-") -> str:
    """Heading anchors for Markdown's toc extension: ASCII, đ -> d, like page slugs. A heading
    with no letter or digit ("## ???") is "muc" (a section): Markdown numbered its empty id "_1",
    which the build's last check refuses, so a check that passed was followed by a failed build."""
    return slugify(value).replace("-", separator) or "muc"


_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """1 -> "I", 12 -> "XII": section numbers and the terms of the Party's congresses."""
    out = ""
    for value, numeral in _ROMAN_DIGITS:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def vn_date(value) -> str:
    """30/3/2007, 06/7/2018, 02/02/2008: how Party documents write a date, a day below 10 and a
    month below 3 with a leading zero (Hướng dẫn 05-HD/VPTW §I.4.2; research §3.1)."""
    if not value:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value.month < 3 else f"{value.day:02d}/{value.month}/{value.year}"


# Dashes and slashes read as a code's own that a reader cannot tell from them (C109, R102 say so).
_OTHER_SLASHES = "\uff0f\u2215\u2044\\"
_OTHER_DASHES = "\u2013\u2014\u2011\u2010\u2212\uff0d" + _OTHER_SLASHES
# Characters that show as nothing: a soft hyphen, zero-width spaces and joiners, a byte order mark.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# What a document's code is written with, but for lower case: a character that shows as nothing
# between two of them is inside a code ("50-C\u00adT/TW"), elsewhere between words.
CODE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZĐ/-")


def changed_mark(written: str) -> str | None:
    """Why a code or an id typed with another dash or slash than the registry's is not it: the
    first such mark, by its place and its name (Word changes "-" into "–" as one types)."""
    other = next(((i, ch) for i, ch in enumerate(written) if ch in _OTHER_DASHES or ch in INVISIBLE), None)
    if other is None:
        return None
    if other[1] in INVISIBLE:
        return (f"ký tự thứ {other[0] + 1} là một ký tự ẩn (U+{ord(other[1]):04X}), thường dán từ Word hoặc PDF; "
                "xóa ký tự ấy.")
    if other[1] == "\\":
        return f"ký tự thứ {other[0] + 1} là dấu gạch chéo ngược ‘\\’, phải là ‘/’."
    meant = "/" if other[1] in _OTHER_SLASHES else "-"
    return (f"ký tự thứ {other[0] + 1} là dấu ‘{other[1]}’ (U+{ord(other[1]):04X}) do Word tự đổi hoặc dán từ nơi "
            f"khác, không phải dấu ‘{meant}’; xóa và gõ lại ký tự ấy.")


# A field's name as editors write one, or translate one ("ngày rà soát lại", "người trình bày
# chuyên đề": each syllable a word): no sentence's punctuation, a few words. Anything else before
# a colon is a sentence YAML read as a name.
_SHORT_NAME = re.compile(r"^[^\s.,;!?]+(?: [^\s.,;!?]+){0,5}$")


def sentence_as_name(name: str) -> bool:
    return not _SHORT_NAME.match(name.strip())
