"""Properties of the extractor on any input: no crash, honest offsets, bounded work.

Time is not asserted here (machines are shared and noisy; `make bench` measures
it). Linearity is checked twice instead: structurally, every pattern the extractor
runs at a position may read only a bounded number of characters; and by counting
the work done (function calls, and bytes the RE2 scanner reads), which must grow
no faster than the text on adversarial input ten times as long.
"""

import functools
import gc
import re
import re._parser as sre_parse
import sys
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from sotay.refs import check, find
from sotay.refs import patterns as P
from sotay.refs import scanner as S
from sotay.refs.extract import _candidate
from sotay.refs.normalize import normalize

FRAGMENTS = ["Chỉ thị số ", "Nghị quyết ", "Trung ương ", "Hướng dẫn ", "Quy định ", "Nghị định ", "số", "10", "3",
             "2025", "-", "–", " - ", "/", "CT", "TW", "BTCTW", "QĐ", "QĐi", "T.Ư", "NĐ-CP", "khóa ", "khoá ", "XII",
             "(", ")", "ngày ", "30/3/2007", "của Ban Bí thư", " ", "\n", "\u00a0", "Ð", "o\u0302\u0301", ",", ".",
             "nay là ", "gọi tắt là ", "Đại hội ", "ĐTN", "a", "Ư", "Chỉ\nthị ", "chỉ thị ", "  ", "\n\n", "số hiệu ",
             "Kết luận ", "Luật ", "của Chính phủ", "lần thứ tư ", "NQ ", "KH ", "x", "“", " / ", "HD ", "NQ", "TB"]

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join) | st.text(max_size=300)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_extractor_never_crashes_and_offsets_point_at_the_surface(text):
    cites = find(text)
    last = -1
    for c in cites:
        assert 0 <= c.start < c.end <= len(text)
        # The surface is cut from [start, end) (so comparing the two proves nothing): what can fail
        # is where the offsets fall, never on the spaces around a reference.
        assert c.surface == text[c.start:c.end].strip(), (text, c.surface)
        assert c.start <= c.link_end <= c.end or c.link_end == c.end
        assert c.start >= last or c.name  # in order; a split "khóa XI và XII" may share a start
        last = c.start


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.sampled_from(["Chỉ thị số ", "1", "-", "/", "1-", "1-CT/", "số1-CT/TW ",
                                                                  "Chỉ thị 10 -", "chỉ thị 10 ", "số hiệu 1-CT/TW "]))
def test_repeated_adversarial_runs_are_handled(n, unit):
    text = unit * n
    for c in find(text):
        assert 0 <= c.start < c.end <= len(text) and c.surface == c.surface.strip(), c


_ADVERSARIAL_UNITS = ["Chỉ thị số ", "1", "1-", "-", "-/", "/", "1-CT/", "số 1", "khóa X ", "Chỉ thị 10 -", "chỉ thị 10 ",
                      "Chỉ\nthị số ", "KCT 5 ", ". Kết luận 3 ", "Báo cáo 12 tháng ", "số1-CT/TW ", "số hiệu 1-CT/TW ",
                      "Quy định 1 ", "Nghị quyết Trung ương 4 ", ". Kết luận 3 của Ban ", "(gọi tắt là Chỉ thị 10) ",
                      "Chỉ thị 03-CT/TW ", "ngày 30/3/2007 ", "50-CT/TW "]


@functools.cache
def _registry():
    from sotay.content import load
    from sotay.registry import Registry

    from conftest import CONTENT

    return Registry.build(load(CONTENT).documents)


def _work(text: str, registry) -> tuple[int, int]:
    """(function calls, Python's and C's, bytes the RE2 scanner read) to check `text`: counted, not timed."""
    calls = read = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += event in ("call", "c_call")

    def reading(scan):
        def scan_counted(data, pos):
            nonlocal read
            span = scan(data, pos)
            read += (len(data) if span is None else span[1]) - pos
            return span
        return scan_counted

    saved = S.scan, S.scan_undefined
    S.scan, S.scan_undefined = reading(saved[0]), reading(saved[1])
    # No garbage collection while counting: hypothesis times each collection with a callback, whose
    # calls follow where the collector happens to run (a few more collections in the longest text
    # failed "50-CT/TW 50-CT/TW ..." by 12 calls in 42,720, with the code of main as with this).
    collecting = gc.isenabled()
    gc.disable()
    sys.setprofile(count)
    try:
        check(text, registry)
    finally:
        sys.setprofile(None)
        if collecting:
            gc.enable()
        S.scan, S.scan_undefined = saved
    return calls, read


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_ADVERSARIAL_UNITS), min_size=1, max_size=6).map("".join))
def test_work_grows_no_faster_than_adversarial_text(piece):
    """Runs of "Chỉ thị số", digits, dashes and slashes, near misses and dense references: ten
    more stretches of text cost ten times what one more costs (were a step quadratic, the ten
    would cost some forty times the one)."""
    registry = _registry()
    stretch = piece * (400 // len(piece) + 1)
    check(stretch * 11, registry)  # caches warm: the counts are the work per text, not per first sight
    # Each count is the least of two runs: work done once per process (a cache's first entry for a
    # spelling seen first now) showed in one run as 19 calls too many; a quadratic step shows in both.
    one, two, eleven = (tuple(map(min, _work(stretch * n, registry), _work(stretch * n, registry))) for n in (1, 2, 11))
    for measure, slack in (("calls", 10), ("bytes read", 10 * len(piece.encode()))):
        i = 0 if measure == "calls" else 1
        one_more, ten_more = two[i] - one[i], eleven[i] - one[i]
        assert ten_more <= 10 * one_more + slack, (measure, piece, one_more, ten_more)


class _EverySet(set):
    def __contains__(self, item):
        return True


_EVERY_SHORT_FORM = _EverySet()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_the_scanner_proposes_every_short_reference_python_accepts(text):
    """The C scanner's short-form pattern (and the kind before a code, "HD 12/BTCTW") is stricter than the anchored one so near misses cost
    nothing; it must still propose every position where the anchored pattern finds a reference."""
    t = normalize(text).text
    for pos in range(len(t)):
        # "Chỉ thị 10/TW" too: a short form's opening, and a code after it.
        m = P.SHORT_AT.match(t, pos) or P.KIND_FIRST_AT.match(t, pos)
        # As if the text had defined every short form: Python then accepts the most.
        if m and _candidate(t, pos, _EVERY_SHORT_FORM):
            assert _proposed(S.scan, t, pos), t[pos:pos + 30]


def _proposed(scan, t: str, pos: int) -> bool:
    """Whether a scan as `find` runs it, from the end of the word before `pos` (where the last
    reference may end), proposes a candidate at `pos`. The scanner reads what comes before a
    short form: "KCT 5" is none, nor is ". Kết luận 3 ý"."""
    found = S.next_candidate(scan, S.Offsets(t, t.encode("utf-8")), len(t[:pos].rstrip(" \n")))
    return found is not None and found[0] == pos


# A short form and what follows its number: counts, near counts, and what makes it a reference.
_FOLLOWERS = (P.COUNT_WORDS + P.COUNT_PHRASES + [w.upper() for w in P.COUNT_WORDS[:5]] + [w + "x" for w in P.COUNT_WORDS[:5]]
              + [w + "đ" for w in P.COUNT_WORDS[5:10]] + [w[:-1] for w in P.COUNT_WORDS if len(w) > 2]
              + ["ngày", "ngày 3/2/2020", "ngày 21 tháng 10 năm 2017", "của Ban Bí thư", "năm 2019", "khóa X", "về việc",
                 "(khóa XII)", "%", "345 678", "-CT/TW", "ý", "Tháng", "và 13-NQ/TW", ", 14-KL/TW", "",
                 "** của Ban Bí thư", "](/van-ban/x/) ngày 3/2/2020", ", ban hành ngày 3/2/2020", "các khóa XI, XII",
                 "của Bộ Chính trị", "của Tỉnh ủy Trà Vinh", "của BCT", "của Hội nghị Trung ương 6", "của Ban", "(30/3/2007)",
                 "(2019)", "khóa xii", "của Thủ tướng Chính phủ", "về", "về việc", "__ ngày 1/1/2020", "ngày 3/2",
                 "năm 19", "(30/3", "của Hội nghị lần thứ tư Ban Chấp hành Trung ương", "của Hội nghị x",
                 "của Ban Tổ chức Tỉnh ủy Nghệ An", "của btc tw", "ngày 6 tháng 7 năm 2018", "(ngày 23/7/2025)", "/TW", "/ BTCTW", "/T.Ư-"])
# What may come before a short form: a sentence's end (with up to four spaces, or a line break),
# a word, a bracket, the text's start.
_before_short = ["", ". ", ".\n", "\n", "theo ", "(", "x", ":  ", "?   ", ".    ", "! \n ", " ", "   ", "a\t", "a \n"]
_short_forms = st.tuples(st.sampled_from(_before_short),
                         st.sampled_from(["Chỉ thị ", "Báo cáo ", "Kết luận ", "Nghị quyết số ", "NQ ", "KL số ", "chỉ thị ",
                                          "quy định số ", "kết luận ", "nghị định ",
                                          "Công văn ", "Kế hoạch thực hiện ", "Quy định số ", "KẾT LUẬN ", "Hướng dẫn ", "HD ", "CT", "KH"]),
                         st.sampled_from(["12", "3", "2025", "0912"]),
                         st.sampled_from([" ", "  ", "\n", " \n ", "\t", "", ".", ","]),
                         st.sampled_from(_FOLLOWERS),
                         st.sampled_from(["", " ", " x.", "\n\n"])).map("".join)
_short_form_texts = st.lists(_short_forms | st.sampled_from(FRAGMENTS + ["(gọi tắt là Chỉ thị 12)", "(gọi tắt là NQ 3) "]),
                        min_size=1, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_short_form_texts)
def test_the_scanner_for_text_without_definitions_proposes_every_short_reference_python_accepts(text):
    """Before a text defines a short form, the scanner skips counts ("Báo cáo 12 tháng") and prose
    opening a sentence with nothing after it that names a document (". Kết luận 3 ý"): Python
    rejects them then, and only then."""
    t = normalize(text).text
    for pos in range(len(t)):
        m = P.SHORT_AT.match(t, pos) or P.KIND_FIRST_AT.match(t, pos)
        if m and _candidate(t, pos, set()):
            assert _proposed(S.scan_undefined, t, pos), t[pos:pos + 30]


@settings(max_examples=400, deadline=None)
@given(_short_form_texts)
def test_skipping_what_python_rejects_in_the_scan_changes_no_reference_found(text):
    full_scan = _found(text, S.scan)
    assert _found(text, S.scan_undefined) == full_scan


def _found(text, scan_undefined):
    saved, S.scan_undefined = S.scan_undefined, scan_undefined
    try:
        return [(c.start, c.end, c.surface, c.kind, c.number, c.code, c.name) for c in find(text)]
    finally:
        S.scan_undefined = saved


def test_a_count_word_followed_by_a_letter_goes_on_as_python_reads_it():
    """The scanner's letters-of-a-word class holds every character Python's [\\wÀ-ỹ] does."""
    import re2

    python_word = re.compile(r"[\wÀ-ỹ]")
    goes_on = re2.compile(S.WORD_GOES_ON)
    word = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and python_word.match(chr(c))]
    assert len(word) > 100_000 and all(goes_on.fullmatch(ch) for ch in word)
    ascii_kept = {chr(c) for c in range(128) if goes_on.fullmatch(chr(c))}
    assert ascii_kept == {chr(c) for c in range(128) if python_word.match(chr(c))}


class _WrapperOnly:
    """google-re2's public search only, as if its compiled object were not reachable."""

    def __init__(self, scanner):
        self.search = scanner.search


@settings(max_examples=200, deadline=None)
@given(texts)
def test_the_direct_scan_and_the_wrapper_fallback_find_the_same_candidates(text):
    data = normalize(text).text.encode("utf-8")
    fallback = S._scan_function(_WrapperOnly(S.SCAN))
    assert S.scan.__code__ is not fallback.__code__  # the installed google-re2 takes the direct path
    for pos in range(0, len(data) + 1, 3):
        assert S.scan(data, pos) == fallback(data, pos)


def _unbounded_repeats(tree, path=""):
    for op, arg in tree:
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            lo, hi, sub = arg
            if hi == sre_parse.MAXREPEAT:
                yield path
            yield from _unbounded_repeats(sub, path + "/repeat")
        elif op in (sre_parse.SUBPATTERN,):
            yield from _unbounded_repeats(arg[-1], path)
        elif op == sre_parse.BRANCH:
            for branch in arg[1]:
                yield from _unbounded_repeats(branch, path)
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            yield from _unbounded_repeats(arg[1], path)
        elif op == sre_parse.GROUPREF_EXISTS:
            for branch in arg[1:]:
                if branch:
                    yield from _unbounded_repeats(branch, path)


def test_every_extraction_pattern_reads_a_bounded_window():
    compiled = {name: value for name, value in vars(P).items() if isinstance(value, re.Pattern)}
    assert len(compiled) >= 10
    for name, pattern in compiled.items():
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        assert not list(_unbounded_repeats(tree)), f"{name} has an unbounded repeat"


_ADDRESS_FRAGMENTS = ["](", "]:", "<", ">", "(", ")", "[", "]", ":", "//", "://", "http", "HTTPS", "ftp", "ſ", "h", "s",
                      "p", "mailto:", "<http://a b>", "](ftp://x", "]( /van-ban/a/ \"t\")", " ", "\n", "\t", "a", "-",
                      "Chỉ thị 10-CT/TW", "(x)", "é", "[ct10]: ", "x [1]: ", "[^1]: ", "> ", "- "]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_FRAGMENTS), max_size=30).map("".join) | st.text(max_size=60))
def test_addresses_are_blanked_as_one_substitution_over_the_whole_text_blanks_them(text):
    """`without_addresses` tries its pattern only where a hint says an address may start; the
    result must be what trying it at every character gives."""
    from sotay.refs.linked import address_at, without_addresses

    parts, last, at = [], 0, 0
    while at <= len(text):
        m = address_at(text, at)
        if m is None or m.end() == at:
            at += 1
            continue
        inside = text[at - 2:at] == "](" and not m.group().lstrip().startswith("<")
        parts += [text[last:at], ("~" if inside else " ") * (m.end() - at)]
        last = at = m.end()
    assert without_addresses(text) == "".join([*parts, text[last:]])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab\u00a0\u2011\u0441Ð\t\r ", max_size=40), st.integers(min_value=1, max_value=8))
def test_the_characters_normalize_replaces_are_found_block_by_block(text, block):
    from sotay.refs import normalize as N

    saved, N._BLOCK = N._BLOCK, block
    try:
        assert N._present(text, N._ONE_TO_ONE) == [c for c in N._ONE_TO_ONE if c in text]
    finally:
        N._BLOCK = saved


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS + ["\n \n", "\r\n\r\n", "\n\t\n", "\n\n\n", "Chỉ thị 03-CT/TW "]), max_size=60).map("".join))
def test_citations_share_a_paragraph_as_the_blank_lines_of_the_whole_text_say(text):
    """C105 numbers paragraphs by searching the gaps between citations; the blank lines found
    over the whole text must part them the same way."""
    import bisect

    from sotay.refs.resolve import _BLANK_LINE, _paragraphs

    cites = find(text)
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
    whole = [bisect.bisect(breaks, c.start) for c in cites]
    gaps = _paragraphs(text, cites)
    assert [a == b for a, b in pairwise(whole)] == [a == b for a, b in pairwise(gaps)]
