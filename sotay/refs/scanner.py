"""The one pass over a text that finds every candidate reference.

One RE2 pattern, built from the anchored patterns in `patterns`, runs in time
linear in the input whatever it is fed (RE2 never backtracks), so runs of "Chỉ
thị số", digits, dashes or slashes cost no more than ordinary text. It may admit
more than Python accepts (Python reads every candidate again), never less; what
Python rejects at once it should not admit, so that text dense with near misses
costs the C scan only. RE2 has neither lookahead nor lookbehind: what must not
follow a number is spelled out, and what must not come before a short form is
read as part of the match (`candidate_start` steps over it).
"""

from __future__ import annotations

import re

from . import patterns as P


def _for_re2(fragment: str) -> str:
    """The same fragment for RE2: unnamed groups, no lookarounds (the anchored re patterns check those)."""
    fragment = fragment.replace(P.GLUED_ISSUER_AHEAD, "")
    fragment = re.sub(r"\(\?<?!(?:\[[^\]]*\]|\\d)\)", "", fragment)
    return re.sub(r"\(\?P<\w+>", "(?:", fragment)


# After a count word, what may be more of the same word (Python: [\wÀ-ỹ]): an ASCII letter, digit
# or underscore, or any other character at all. Unicode classes (\p{L}...) are exact but grew the
# scanner past RE2's DFA memory; admitting more is safe, since Python reads every candidate again.
WORD_GOES_ON = r"[0-9A-Za-z_\x{80}-\x{10FFFF}]"


def _not_a_count(words: list[str]) -> str:
    """RE2 for the text after "<number> " when it does not open with one of `words` as a whole word,
    nor with a digit or "%" (a phone number, a share), nor with a dash or slash (a broken code).
    RE2 has no lookahead, so the words are spelled out as a trie of what may follow instead."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def after(node: dict, root: bool) -> str:
        letters = sorted(k for k in node if k)
        if "" in node:
            assert not letters, "a count word is the start of another"
            return WORD_GOES_ON
        others = "".join(re.escape(k) for k in letters) + (r"\-–/0-9%" if root else "")
        return "(?:" + "|".join([re.escape(k) + after(node[k], False) for k in letters] + ["$", f"[^{others}]"]) + ")"

    return after(trie, True)


# The short form: a capital first letter, and after the number neither a digit, a letter nor a
# dash or slash (one space or line break allowed). An abbreviation must not follow a letter or a
# digit ("KCT 5" is no reference): the character before it is part of the match.
# (_for_re2 drops the number's own lookahead; the tail read after the number replaces it.)
_ABBR = (r"(?:^|[^\p{L}\p{N}_])(?:(?-i:" + P.SHORT_ABBR_ALT + r")\s{1,3}|(?-i:" + "|".join(P.GLUED_ABBREVIATIONS) + r"))"
         r"(?:số\s{0,3}\d{1,4}|" + P.ABBR_NUMBER + ")")
_KIND = r"\s{0,3}(?:số\s{0,3})?\d{1,4}"  # "Chỉ thị50" too: extract reads it, and tells it
# After the number: the end, a character that ends it, or one space, tab or line break before
# anything but a dash or slash.
_NUMBER_ENDS = r"$|[^\d\w \t\n\-–/]"
# A spaced dash before a word in lower case goes on with the sentence ("Chỉ thị 10 - văn bản …"):
# no broken code (patterns.SPACED_DASH and CONTINUES_CODE; Python reads the case with
# `str.islower`, narrower than \p{Ll} under the scan's case folding: the scan may propose more).
_DASH_GOES_ON = r"[\-–][ \t]{1,3}\p{Ll}"
# A list item's marker on the next line: an item of its own, no broken code (patterns.CONTINUES_CODE).
_NEXT_ITEM = r"[ \t]{0,3}\n[ \t]{0,12}[\-–][ \t]"
_AFTER_NUMBER = rf"(?:{_NUMBER_ENDS}|{_NEXT_ITEM}|[ \t\n](?:$|[^\-–/]|{_DASH_GOES_ON}))"
# The same, and not a count after one space: Python rejects counts until the text defines a short
# form ("(gọi tắt là Chỉ thị 10)" makes "Chỉ thị 10 không ..." a reference again).
def _after_number_no_count(words: list[str]) -> str:
    return rf"(?:{_NUMBER_ENDS}|{_NEXT_ITEM}|[\t\n](?:$|[^\-–/]|{_DASH_GOES_ON})| {_not_a_count(words)}| {_DASH_GOES_ON})"


_AFTER_NUMBER_NO_COUNT = _after_number_no_count(P.COUNT_WORDS)
_AFTER_NUMBER_NO_FIRM_COUNT = _after_number_no_count(P.FIRM_COUNT_WORDS)  # a directive's: "Chỉ thị 10 không …"

# Until the text defines a short form, a prose word opening a sentence (". Kết luận 3 ý") is a
# reference only if what follows names the document (`extract._short`'s tentative case). The
# scanner takes it where a sentence does not start, or where what follows the number opens as
# the context `extract._read_context` reads does (a date, a year, an issuing body, a term, after
# markup or not), or as ABOUT or LIST_TAIL do.
# Where a sentence does not start, as SENTENCE_START reads the four characters before: after a
# character other than [.!?:], white space, a letter or a digit, within three spaces; after a
# letter or digit and one to three spaces (a short form is never glued to a word: SHORT_AT); after
# four spaces; after one to three at the text's start; and after a full stop, which Python takes
# where it ends a numbered list's marker (patterns.ITEM_NUMBER_BEFORE): the scan may start past the
# marker's digits. (Text is normalised: no tabs.)
NOT_SENTENCE_START = r"(?:^ {1,3}|[^.!?:\n \p{L}\p{N}_] {0,3}|[\p{L}\p{N}_] {1,3}| {4}|\. {1,3})"
# An issuing body by its first word: its whole name, as BODY reads it, grew the scanner past RE2's
# DFA memory (RE2 then falls back to a far slower engine, and says so on standard error).
_BODIES = "|".join(sorted({re.escape(name.split()[0]) for name in [*P.CENTRAL_BODIES, *P.BODY_ABBREVIATIONS, *P.LOCAL_BODIES]}))
# The opening of each context part, up to the word or digits that tell it from prose.
_CONTEXT = (r"\s{0,3},?\s{0,3}(?:\(?\s{0,2}(?:ban\s{1,3}hành\s{1,3})?ngày\s{0,3}\d{1,2}\s{0,2}(?:[/.\-]|tháng)"
            r"|\(\s{0,2}(?:\d{1,2}[/.\-]|(?:19|20)\d\d|(?:ban\s{1,3}hành\s{1,3})?năm\s{1,3}(?:19|20)\d\d)|năm\s{1,3}(?:19|20)\d\d"
            r"|(?:của|do)\s{1,3}(?:" + _BODIES + r"|Hội\s{1,3}nghị\s{1,3}(?:lần|Trung|TW))"
            r"|\(?\s{0,2}(?:các\s{1,3})?kh(?:óa|oá|oa)\s{1,3}[0-9ivx])")
_CONTEXT_AFTER = r"(?:\*{1,3}|_{1,3}|\]\([^()\s]*\))?" + _CONTEXT
_NAMED_AFTER = (r"(?:" + _CONTEXT_AFTER + r"|\s{1,3}(?:về|" + "|".join(P.phrase(v) for v in P.DOCUMENT_VERBS) + r")\s{1,3}[^\s]"
                r"|(?:\s{0,2},\s{0,2}|\s{1,3}và\s{1,3})\d)")
# A kind word in lower case is prose ("quy định 90 phút") unless a date, a year, an issuing body or
# a term follows its number ("chỉ thị 10 ngày 30/3/2007"): `extract._short` holds it to that.
# Only the Party's kinds: a state document is cited by its full code. (The scanner admits what
# _NAMED_AFTER reads, a little more than the context: Python reads the candidate again.)
_LOWER_CASE = P.capitalised(P.PARTY_KIND_WORDS, upper=False)


_LOWER_NUMBERED = P.capitalised(P.NUMBERED_LOWER_KINDS, upper=False)


def _lower_case(after_number: str) -> str:
    """A lower-case Party kind; "chỉ thị" and "nghị quyết" with "số" ("theo chỉ thị số 50") name a
    document all the same."""
    return ("(?:(?:" + _LOWER_NUMBERED + r")\s{1,3}số\s{0,3}\d{1,4}" + after_number
            + "|(?:" + _LOWER_CASE + ")" + _KIND + _NAMED_AFTER + ")")


def _short(after_number: str) -> str:
    return ("(?:(?:" + P.capitalised(P.KIND_WORDS) + ")" + _KIND + "|" + _ABBR + ")" + after_number
            + "|" + _lower_case(after_number))


def _short_undefined() -> str:
    prose = "(?:" + P.capitalised(P.PROSE_WORDS) + ")"
    others = "(?:" + P.capitalised(set(P.KIND_WORDS) - P.PROSE_WORDS) + ")"
    return ("(?:" + others + _KIND + _AFTER_NUMBER_NO_FIRM_COUNT
            + "|(?:" + prose + r"\s{1,3}số\s{0,3}\d{1,4}|" + _ABBR
            + "|" + NOT_SENTENCE_START + prose + r"\s{0,3}\d{1,4})" + _AFTER_NUMBER_NO_COUNT
            + "|" + prose + _KIND + _NAMED_AFTER + "|" + _lower_case(_AFTER_NUMBER) + ")")


MAX_MEM = 32 << 20


def _compiled(short: str):
    import re2

    options = re2.Options()
    options.case_sensitive = False
    # The DFA's states are built as a text visits them, within this budget (RE2's default is
    # 8 MiB); past it RE2 falls back to a far slower engine. Lower-case kinds with "số" took the
    # scan of the real content past the default.
    options.max_mem = MAX_MEM
    parts = [P.KIND_PREFIX + P.PARTY, P.KIND_PREFIX + P.STATE, P.STATE_YEAR, P.KIND_FIRST, P.PLENUM, P.CONGRESS, short]
    return re2.compile("|".join("(?:" + _for_re2(P.widened(p)) + ")" for p in parts), options)


SCAN = _compiled(_short(_AFTER_NUMBER))
# Until the text defines a short form, Python rejects counts and prose opening a sentence: the scan
# need not stop at them, so text dense with "Báo cáo 12 tháng" or ". Kết luận 3 ý" costs the C
# scan only.
SCAN_UNDEFINED = _compiled(_short_undefined())


def _scan_function(scanner):
    """`scan(data, pos)` -> (start, end) in bytes of the next match, or None.

    The candidate loop calls this once per reference; google-re2's Python wrapper
    costs about 3 µs a call on top of the 2 µs search (a generator and a match
    object each time), so the call goes to the compiled object when it is there.
    (A capturing group to say where the candidate starts would cost as much again:
    RE2 finds groups with a slower engine than the one that finds the match.)"""
    import re2

    compiled, anchor = getattr(scanner, "_regexp", None), getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
    if compiled is None or anchor is None or not hasattr(compiled, "Match"):
        def scan(data: bytes, pos: int):
            m = scanner.search(data, pos)
            return None if m is None else m.span()
        return scan

    def scan(data: bytes, pos: int):
        span = compiled.Match(anchor, data, pos, len(data))[0]
        return None if span[0] < 0 else span
    return scan


scan = _scan_function(SCAN)
scan_undefined = _scan_function(SCAN_UNDEFINED)


# UTF-8 continuation bytes: a character is every byte but these.
_CONTINUATION = bytes(range(0x80, 0xC0))


class Offsets:
    """Byte <-> character offsets of one text, moved forward, or one character back (linear overall)."""

    def __init__(self, text: str, data: bytes):
        self.text, self.data = text, data
        self.char, self.byte = 0, 0

    def char_at(self, byte: int) -> int:
        # Counting characters costs less than decoding them (no str is built).
        self.char += len(self.data[self.byte:byte].translate(None, _CONTINUATION))
        self.byte = byte
        return self.char

    def byte_at(self, char: int) -> int:
        self.byte += len(self.text[self.char:char].encode("utf-8"))
        self.char = char
        return self.byte

    def at(self, char: int) -> int:
        """byte_at, also for the one character back that `next_candidate` steps."""
        if char == self.char - 1:
            self.char = char
            self.byte -= len(self.text[char].encode("utf-8"))
            return self.byte
        return self.byte_at(char)


def next_candidate(scan, offsets: Offsets, pos: int, read_before: bool = True) -> tuple[int, int] | None:
    """(start in characters, end of the scanner's match in bytes) of the next candidate in
    `offsets.text` at or after character `pos`, or None.

    The scan starts a character early (`read_before`): the scanner reads what comes before a
    short form as part of its match, and the text before where a scan starts is gone for it. A
    candidate that starts at that early character is one already read: the scan then starts at
    `pos`."""
    t = offsets.text
    early = offsets.at(max(pos - 1, 0)) if read_before else offsets.byte_at(pos)
    span = scan(offsets.data, early)
    if span is None:
        return None
    start = candidate_start(t, offsets.char_at(span[0]))
    if start < pos:
        span = scan(offsets.data, offsets.byte_at(pos))
        if span is None:
            return None
        start = candidate_start(t, offsets.char_at(span[0]))
    return start, span[1]


def candidate_start(t: str, at: int) -> int:
    """Where the candidate in a scanner's match starting at `at` starts: past what the scanner
    read before a short form (an abbreviation's, NOT_SENTENCE_START), which is spaces, or a
    character other than a letter or digit, or a letter or digit and spaces. No candidate starts
    with a space, nor with a letter and a space; one starts with a number and a space only where
    a code follows ("12 HD/BTCTW"), not a prose word ("Bước 3 Kết luận 5")."""
    first = t[at]
    if first == " ":
        skip = at
    elif not (first.isalnum() or first == "_"):
        skip = at + 1
    elif at + 1 < len(t) and t[at + 1] == " ":
        skip = at + 1
    else:
        return at
    while skip < len(t) and t[skip] == " ":
        skip += 1
    if first.isdigit() and not P.PROSE_AT.match(t, skip):
        return at
    return skip
