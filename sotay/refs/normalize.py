"""Normalise text for matching while keeping every offset in the original text.

Text arrives in NFD from some keyboards, with non-breaking spaces, with Ð
(U+00D0) typed for Đ, and with references broken across lines. Matching runs
on a cleaned copy; `origin[i]` maps a cleaned offset back to the original.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from ..text import CODE_CHARS, LOOKALIKE_LETTERS, roman

# Cyrillic and Greek letters that look like the Latin ones of Party codes (В С Н К Т, Β Η Κ Τ Ν, с):
# pasted from elsewhere, "10-СT/TW" reads as 10-CT/TW to a person and to no search. Read as Latin,
# so the reference is found and checked, and reported as miswritten (C106).
CONFUSABLE = "\u0412\u0421\u041d\u041a\u0422\u0392\u0397\u039a\u03a4\u039d\u0441"
# Spaces of other widths (a PDF's justified lines: en, em, thin, ideographic) are spaces to the patterns.
_ONE_TO_ONE = {"\u00a0": " ", "\u202f": " ", **dict.fromkeys("\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000", " "),
               **LOOKALIKE_LETTERS,
               "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-", "\uff0d": "-", "\uff0f": "/",
               "\u2215": "/", "\u2044": "/", "\\": "/", "\r": " ", "\t": " ",
               "\ufeff": " ",
               # A note's mark typed onto a code ("42-HD/BTCTW¹") is no letter of it.
               **dict.fromkeys("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079", " "),
               **{look: latin for look, latin in zip(CONFUSABLE, "BCHKTBHKTNc", strict=True)}}
# Blockquote markers at the start of a line ("> Theo Chỉ thị ... ngày\n> 30/3/2007"): spaces to
# the patterns, so a reference wrapped inside a quotation reads on.
# (A pattern that starts with the line break is searched for fast; the text's start is one more match.)
_QUOTE_MARKS = re.compile(r"\n[ \t]*>[ \t>]*")
_FIRST_QUOTE_MARKS = re.compile(r"[ \t]*>[ \t>]*")
_CLUSTER = re.compile(r"\S[\u0300-\u036f]+")
# Characters that show as nothing, pasted from Word or a PDF (a soft hyphen, zero-width spaces and
# joiners): inside a code taken out, so "5\u00ad0-CT/TW" is 50-CT/TW (told as C109 by its typed form).
_HIDDEN = "\u00ad\u200b\u200c\u200d\u2060"
_HIDDEN_RUN = re.compile(f"[{_HIDDEN}]+")
# Between words one stands where a space goes ("10-CT/TW\u200bngày", a Vietnamese syllable's soft
# hyphen): taken out only between two of a code's characters ("50-CT/\u200bTW", "5\u00ad0").
def _inside_code(text: str, start: int, end: int) -> bool:
    # A capital that opens a word after it ("10-CT/TW\u200bVề nâng cao", "…\u200bĐảng ủy") is a word's.
    word = text[end:end + 1].isupper() and text[end + 1:end + 2].islower()
    return 0 < start and end < len(text) and text[start - 1] in CODE_CHARS and text[end] in CODE_CHARS and not word
# An editor who cannot type a no-break space writes its entity, which Markdown passes to the page
# as one; so do a dash's. An entity is read as the character it stands for (then as the lookalikes
# above), so "10-CT/TW&nbsp;ngày 30/3/2007" keeps its date; a name HTML does not know stays text.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CLUSTER_OR_ENTITY = re.compile(_CLUSTER.pattern + "|" + _ENTITY.pattern)


def _entity(written: str) -> str:
    text = html.unescape(written)
    return "".join(_ONE_TO_ONE.get(c, c) for c in text) if text != written else written


# "khóa Xll": a term's numeral typed with small l's for capital I's, alike in many fonts, is the
# numeral to the patterns (told as C106 by its typed form). Only after "khóa", where a numeral stands.
TERM_WITH_L = re.compile(r"(?<![^\W\d_])kh(?:óa|oá)[ \t]{1,3}(?-i:([XVIl]{1,5}))(?![^\W\d_])", re.IGNORECASE)
_NUMERALS = frozenset(roman(n) for n in range(1, 40))


def term_typed_with_l(numeral: str) -> str | None:
    """"Xll" -> "XII"; None for a numeral with no small l, or one that is no numeral with them read as I."""
    read = numeral.replace("l", "I")
    return read if "l" in numeral and read in _NUMERALS else None


def _terms_with_l(text: str) -> str:
    # Every numeral of a term since the fourth (1976) holds one of these; none of them is Vietnamese.
    if "Xl" not in text and "Vl" not in text and "lX" not in text and "lV" not in text:
        return text  # no numeral typed so: the text is looked through for four pairs of letters, not by a pattern
    def read(m):
        fixed = term_typed_with_l(m.group(1))
        return m.group()[:m.start(1) - m.start()] + fixed if fixed else m.group()
    return TERM_WITH_L.sub(read, text)


@dataclass
class Normalized:
    text: str
    origin: list[int] | None  # None: offsets are unchanged
    utf8: bytes | None = None  # the text in UTF-8, if it was encoded here (the scanner reads it)

    def to_original(self, offset: int, original_length: int) -> int:
        if self.origin is None:
            return offset
        if offset >= len(self.origin):
            return original_length
        return self.origin[offset]


# Looking for a character is a memchr over the text, and a long text is read from memory once for
# each of the 29 looked for (34 ms for 10 MB); a block of this many characters stays in the
# processor's cache from one character to the next (13 ms).
_BLOCK = 1 << 18


def _present(text: str, chars) -> list[str]:
    """The characters of `chars` that occur in `text`, in their order."""
    if len(text) <= _BLOCK:
        return [c for c in chars if c in text]  # `in` costs less than a bounded find
    found: set[str] = set()
    for block in range(0, len(text), _BLOCK):
        found.update(c for c in chars if c not in found and text.find(c, block, block + _BLOCK) >= 0)
    return [c for c in chars if c in found]


def normalize(text: str, utf8: bool = False) -> Normalized:
    """Same-length replacements first, then NFC composition with an offset map; with `utf8`, the
    result also holds the text in UTF-8."""
    # One str.replace per character that occurs: each is a C scan, several times faster
    # than a regex substitution calling back into Python (and than str.translate).
    for char in _present(text, _ONE_TO_ONE):
        text = text.replace(char, _ONE_TO_ONE[char])
    if ">" in text:
        def blank(m):
            return m.group().replace(">", " ")
        first = _FIRST_QUOTE_MARKS.match(text)
        if first:
            text = blank(first) + text[first.end():]
        text = _QUOTE_MARKS.sub(blank, text)
    # Composing changes only clusters with a combining mark (U+0300-U+036F, whose UTF-8 starts
    # with byte 0xCC or 0xCD): in text with neither byte, most text, it would change nothing.
    # Where the UTF-8 is wanted anyway (the scanner reads it), looking for two bytes costs far
    # less than `is_normalized` reading every character.
    data = text.encode("utf-8") if utf8 else None
    entities = "&" in text and _ENTITY.search(text) is not None
    hidden = bool(_present(text, _HIDDEN))
    if not entities and not hidden and ((data is not None and b"\xcc" not in data and b"\xcd" not in data)
                                        or unicodedata.is_normalized("NFC", text)):
        read = _terms_with_l(text)
        return Normalized(read, None, data if data is None or read == text else read.encode("utf-8"))
    out: list[str] = []
    origin: list[int] = []
    last = 0
    pattern = _CLUSTER_OR_ENTITY if entities else _CLUSTER
    if hidden:
        pattern = re.compile(f"{pattern.pattern}|{_HIDDEN_RUN.pattern}")
    for m in pattern.finditer(text):
        chunk = text[last:m.start()]
        out.append(chunk)
        origin.extend(range(last, m.start()))
        found = m.group()
        if found[0] in _HIDDEN:
            composed = "" if _inside_code(text, m.start(), m.end()) else " "
        else:
            composed = _entity(found) if found[-1] == ";" else unicodedata.normalize("NFC", found)
        out.append(composed)
        # Every composed character maps to the start of its cluster.
        origin.extend([m.start()] * len(composed))
        last = m.end()
    out.append(text[last:])
    origin.extend(range(last, len(text)))
    return Normalized(_terms_with_l("".join(out)), origin)
