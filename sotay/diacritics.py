"""Check pass: how a title, a summary and running text are typed.

Without Vietnamese diacritics ("Ghi bien ban va luu tru so"): readers see it in the menu, on cards
and in search results; the search folds accents for them, but the page still reads badly. A
warning: a name or a code alone may have no marks. With a pictograph (emoji): neither the site's
font nor Times New Roman in the DOCX has one, and an administrative text uses none.

Words typed without their marks inside otherwise Vietnamese text ("Sinh hoat chuyên đề", a
paragraph typed on a keyboard whose input method was off) are found by spelling: a Vietnamese
syllable ending in p, t, c or ch always carries a tone (hoạt, việc, tập), and the vowels iê, yê,
uô/ươ and ưu always carry their hat or horn (chuyên, viên, người, lưu). An ASCII word that reads as
such a syllable cannot be Vietnamese as typed; one that could ("phe binh", "dang") is never
guessed at. Loanwords spelt that way are few and listed.

A tone placed the other way (hoà, khoẻ, thuỷ, as Word files from a province often have it, and as
Unikey types with “Đặt dấu oà, uý” checked) is told with the handbook's spelling (hòa, khỏe, thủy):
in an open syllable whose rhyme is oa, oe or uy the handbook puts the tone on the first vowel. With a final consonant (hoàn, khoảng, thuyết)
both styles put it on the second, and after q the u is the consonant's (quý, quả): never told."""

from __future__ import annotations

import re
import unicodedata

from .check import rule_pass
from .diagnostics import diag
from .model import Document, Form, Meeting, SampleAgenda, Source, Topic
from .spans import spans
from .text import fold
from .verbatim import code_spans, covers, merged

_WORD = re.compile(r"[A-Za-z]{2,}")
# Emoji and pictographs, their variation selector and joiner; not arrows, dashes or the section sign.
# Emoji and pictographs; not a form's boxes and ticks (☐ ☑ ☒, ✓ ✔ ✕ ✖ ✗), which forms print.
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2600-\u260F\u2613-\u2712\u2718-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")
MIN_WORDS = 3

_ONSET = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?")
_RHYME = re.compile(r"([aeiouy]{1,3})(ch|ng|nh|[cmnpt])?")
_MARKED_VOWELS = re.compile(r"ie|ye|uo|uu")
# A word standing alone in prose: not part of a code, a path, an address, an identifier or code.
# A tag's name ("m<sup>2</sup>") neither.
_PROSE_WORD = re.compile(r"(?<![\w/.\-@:`&#=_%+<])[A-Za-z]{2,7}(?![\w/\-@`_=(>])")
LOANWORDS = frozenset({"chat", "hot", "top", "bit", "net", "set", "cut", "pop", "tip", "hit", "chip", "mic", "tet"})
# A capital word after one that opens a name inside a sentence ("họp qua Google Meet", "thôn Kon
# Chot") is the name's own, written as its maker or its place writes it. A word opening a sentence
# opens no name ("Sinh Hoat chuyên đề" is still told), unless it is no Vietnamese word at all
# ("Google Meet giúp …"). A sentence opens at the text's start, after a blank line, a full stop
# or a list's, a heading's or a quotation's mark; a line wrapped in a paragraph goes on with it.
_OPENS_SENTENCE = re.compile(r"(?:\A\s*|[.!?…][”\"’)\]*_]*\s+|\n[ \t]*\n|(?:\A|\n)\s*(?:[-*+>]|#{1,6}|\d{1,3}[.)])[ \t]+)"
                             r"[ \t*_(\[“\"‘']*\Z")
MAX_WORDS_TOLD = 5
# A word standing alone in prose, as _PROSE_WORD, of any letters: a syllable with its marks.
_PROSE_SYLLABLE = re.compile(r"(?<![\w/.\-@:`&#=_%+<])[^\W\d_]{2,7}(?![\w/\-@`_=(>])")
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng as combining marks
# Onsets before oa, oe, uy; not q, whose u is the consonant's (quý, quả are right in both styles).
_TONE_ONSET = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|[bcdđghklmnprstvx])?")
# o or u then a, e or y with a tone: where such a word must be (most text has none).
_OA_UY_PAIR = re.compile("[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]")
OA_UY_HINT = ("Sổ tay đặt dấu thanh trên o, u của vần oa, oe, uy không có phụ âm cuối (hòa, khỏe, thủy); "
              "trong Unikey hay EVKey, bỏ chọn “Đặt dấu oà, uý (thay vì òa, úy)” để gõ như vậy.")
RETYPE = "hãy gõ lại bằng bộ gõ tiếng Việt (Unikey, EVKey) ở bảng mã Unicode."


def needs_marks(word: str) -> bool:
    """True when an ASCII word reads as a Vietnamese syllable that is never written without marks."""
    w = word.lower()
    if word.isupper() or w in LOANWORDS or any(c in w for c in "fjwz"):
        return False
    rhyme = _rhyme(w)
    if not rhyme:
        return False  # not a Vietnamese syllable at all: a name or a word of another language
    return rhyme.group(2) in ("p", "t", "c", "ch") or bool(_MARKED_VOWELS.search(rhyme.group(1)))


def handbook_tone_placement(word: str) -> str | None:
    """The handbook's spelling of `word` when its tone is placed the other way ('hoà' -> 'hòa',
    'THUỶ' -> 'THỦY'), else None. `word` is NFC, as content is."""
    split = [_untoned(ch) for ch in word]
    tones = [tone for _, tone in split if tone]
    bare = "".join(base for base, _ in split).lower()
    if len(tones) != 1 or bare.startswith("q"):
        return None
    second = _TONE_ONSET.match(bare).end() + 1
    if bare[second - 1:] not in ("oa", "oe", "uy") or not split[second][1]:
        return None  # a closed syllable (hoàn, quyết), another rhyme, or the tone already on o, u
    out = [base for base, _ in split]
    out[second - 1] = unicodedata.normalize("NFC", out[second - 1] + tones[0])
    return "".join(out)


def _untoned(ch: str) -> tuple[str, str]:
    """A letter without its tone mark (keeping its hat, breve or horn), and the mark, or ''."""
    parts = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in parts if c in _TONES)
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)), tone


def _rhyme(w: str):
    """The rhyme of the lower-case ASCII word `w` read as a Vietnamese syllable, or None."""
    return _RHYME.fullmatch(w, _ONSET.match(w).end())


def _in_a_name(text: str, at: int) -> bool:
    """Whether the word at `at` is a capital word of a name, after the word that opens it."""
    if not text[at].isupper():
        return False
    end = len(text[:at].rstrip())
    if end == at or text.count("\n", end, at) > 1:
        return False  # not the same paragraph's
    start = end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    head = text[start:end]
    if not head[:1].isupper():
        return False
    foreign = head.isascii() and not (head.isalpha() and _rhyme(head.lower()))
    if not foreign and sum(needs_marks(w) for w in _capital_run(text, at)) >= 2:
        return False  # two words of it without their marks: "Ban Chap Hanh Trung Uong" is no name
    return foreign or not _OPENS_SENTENCE.search(text, max(0, start - 40), start)


def _capital_run(text: str, at: int) -> list[str]:
    """The capital words, one space apart, that the word at `at` is one of."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at) % (len(text) + 1)
    run: list[str] = []
    last = None
    for m in _WORD.finditer(text, line_start, line_end):
        joined = last is not None and text[last:m.start()] in (" ", "\t") and run
        if not m.group()[0].isupper():
            if m.start() > at:
                break
            run = []
        elif joined:
            run.append(m.group())
        elif m.start() > at:
            break
        else:
            run = [m.group()]
        last = m.end()
    return run


_WORD = re.compile(r"\w+")


@rule_pass
def diacritics_rules(corpus, registry):
    problems = []
    told = set()  # (item, field) already told as typed without marks at all
    for item in corpus.items():
        if isinstance(item, (Document, Source)):
            continue  # written as their sources write them
        origin = corpus.origin(item)
        for name in ("title", "summary"):
            text = getattr(item, name, None)
            label = "Tiêu đề" if name == "title" else "Phần tóm tắt"
            if text and text.isascii() and len(_WORD.findall(text)) >= MIN_WORDS:
                told.add((id(item), name))
                problems.append(origin.diag((name,), "S109",
                                     f"{label} {text[:60]!r} chưa có dấu tiếng Việt; {RETYPE}"))
            picture = _PICTOGRAPH.search(text or "")
            if picture:
                problems.append(origin.diag((name,), "S110",
                                     f"{label} có biểu tượng ‘{picture.group()}’ "
                                     f"(U+{ord(picture.group()):04X}) mà phông chữ của Sổ tay và bản DOCX không có; hãy bỏ nó."))
        if isinstance(item, (Topic, SampleAgenda, Meeting, Form)):
            problems += _pictographs_exported(origin)
    return problems + _words_without_marks(corpus, told) + _oa_uy_tone_placement(corpus)


def _pictographs_exported(origin) -> list:
    """An emoji in what a branch downloads as DOCX (an outline, an agenda, a form): Times New Roman
    has none, and Word showed a box (a new editor's "… 😊." in an outline's conclusion)."""
    found = []
    for span in spans(origin, body_once=True):
        if span.path[:1] in (("title",), ("summary",)):
            continue  # told above
        told = set()
        for picture in _PICTOGRAPH.finditer(span.text):
            line, col = span.locate(picture.start())
            if line in told:
                continue  # once a line: the editor sees the rest in it
            told.add(line)
            found.append(diag(origin.rel, line, col, "S110",
                              f"Nội dung tải về DOCX có biểu tượng ‘{picture.group()}’ (U+{ord(picture.group()):04X}) "
                              "mà phông chữ Times New Roman của bản DOCX không có; hãy bỏ nó hoặc viết bằng lời."))
    return found


def _words_without_marks(corpus, told) -> list:
    problems = []
    spelled = None  # folded word -> its spellings in the content, most used first; made on first use
    # Also in a file the schema refused (a bad date in its front matter): its editor sees every
    # problem of the file in one run, not one layer per CI run.
    origins = [(None if item is None else id(item), o) for item, o in corpus.text_origins()]
    for key, origin in origins:
        for span in spans(origin):
            if len(span.path) == 1 and (key, span.path[0]) in told:
                continue
            by_line: dict[int, list] = {}
            for m in _PROSE_WORD.finditer(span.text):
                if needs_marks(m.group()) and not _in_a_name(span.text, m.start()):
                    line, col = span.locate(m.start())
                    by_line.setdefault(line, []).append((col, m.group()))
            for line, words in by_line.items():
                spelled = spelled or _spellings(corpus)
                named = ", ".join(_with_guess(w, spelled) for _, w in words[:MAX_WORDS_TOLD])
                more = f" và {len(words) - MAX_WORDS_TOLD} chữ khác" if len(words) > MAX_WORDS_TOLD else ""
                problems.append(diag(origin.rel, line, words[0][0], "S111",
                                     f"Chữ gõ thiếu dấu tiếng Việt: {named}{more}; {RETYPE}"))
    return problems


def _oa_uy_tone_placement(corpus) -> list:
    """Words with the tone placed the other way (hoà, thuỷ), once a line, at the first of them,
    with the handbook's spelling: pasted from a province's Word file, they were published as typed
    beside the handbook's hòa and thủy. The same text as S111's: every page's, a document's in the
    registry too (its title is published in the handbook's spelling, as a copied article's title
    is); not a source's, listed as its publisher writes it."""
    problems = []
    for _, origin in corpus.text_origins():
        for span in spans(origin):
            if not _OA_UY_PAIR.search(span.text):
                continue
            by_line: dict[int, dict[str, tuple[int, str]]] = {}
            code = merged(code_spans(span.text))
            for m in _PROSE_SYLLABLE.finditer(span.text):
                if covers(code, m.start()):
                    continue  # written as typed on purpose: Unikey's own option, `Đặt dấu oà, uý`
                if m.group()[:1].isupper() and not m.group().isupper() and _in_a_name(span.text, m.start()):
                    continue  # a person's or a place's name, as its owner writes it (Nguyễn Thị Thuý)
                spelling = _OA_UY_PAIR.search(m.group()) and handbook_tone_placement(m.group())
                if spelling:
                    line, col = span.locate(m.start())
                    by_line.setdefault(line, {}).setdefault(m.group(), (col, spelling))
            for line, words in by_line.items():
                told = list(words.items())
                first = ", ".join(f"{word!r} (Sổ tay viết {spelling!r})" for word, (_, spelling) in told[:1])
                rest = "".join(f", {word!r} (viết {spelling!r})" for word, (_, spelling) in told[1:MAX_WORDS_TOLD])
                more = f" và {len(told) - MAX_WORDS_TOLD} chữ khác" if len(told) > MAX_WORDS_TOLD else ""
                problems.append(diag(origin.rel, line, told[0][1][0], "S113",
                                     f"Dấu thanh đặt khác Sổ tay: {first}{rest}{more}; {OA_UY_HINT}"))
    return problems


def _with_guess(word, spelled) -> str:
    guesses = spelled.get(word.lower(), ())[:3]
    if not guesses:
        return repr(word)
    either = guesses[0] if len(guesses) == 1 else f"{', '.join(guesses[:-1])} hoặc {guesses[-1]}"
    return f"{word!r} (có lẽ là {either})"


def _spellings(corpus) -> dict[str, list[str]]:
    """Every marked word of the content under its folded form, most used first: what a word typed
    without marks most likely meant."""
    counts: dict[str, dict[str, int]] = {}
    for item in corpus.items():
        for span in spans(corpus.origin(item)):
            for word in re.findall(r"\w+", span.text.lower()):
                if not word.isascii():
                    forms = counts.setdefault(fold(word), {})
                    forms[word] = forms.get(word, 0) + 1
    return {key: sorted(forms, key=lambda f: -forms[f]) for key, forms in counts.items()}
