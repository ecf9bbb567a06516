"""Properties of the extractor on any input: no crash, honest offsets, bounded work.

Time is not asserted here (machines are shared and noisy; `make bench` measures
it). Linearity is checked structurally instead: every pattern the extractor
runs at a position may read only a bounded number of characters, so the total
work is proportional to the number of positions, i.e. linear in the text.
"""

import re
import re._parser as sre_parse

from hypothesis import given, settings
from hypothesis import strategies as st

from sotay.refs import find
from sotay.refs import patterns as P
from sotay.refs.extract import _short
from sotay.refs.normalize import normalize

FRAGMENTS = ["Chỉ thị số ", "Nghị quyết ", "Trung ương ", "Hướng dẫn ", "Quy định ", "Nghị định ", "số", "10", "3",
             "2025", "-", "–", " - ", "/", "CT", "TW", "BTCTW", "QĐ", "QĐi", "T.Ư", "NĐ-CP", "khóa ", "khoá ", "XII",
             "(", ")", "ngày ", "30/3/2007", "của Ban Bí thư", " ", "\n", "\u00a0", "Ð", "o\u0302\u0301", ",", ".",
             "nay là ", "gọi tắt là ", "Đại hội ", "ĐTN", "a", "Ư", "Chỉ\nthị ", "chỉ thị ", "  ", "\n\n", "số hiệu ",
             "Kết luận ", "Luật ", "của Chính phủ", "lần thứ tư ", "NQ ", "KH ", "x", "“"]

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join) | st.text(max_size=300)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_extractor_never_crashes_and_offsets_point_at_the_surface(text):
    cites = find(text)
    last = -1
    for c in cites:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.surface
        assert c.start <= c.link_end <= c.end or c.link_end == c.end
        assert c.start >= last or c.name  # in order; a split "khóa XI và XII" may share a start
        last = c.start


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=400), st.sampled_from(["Chỉ thị số ", "1", "-", "/", "1-", "1-CT/", "số1-CT/TW ",
                                                                  "Chỉ thị 10 -", "chỉ thị 10 ", "số hiệu 1-CT/TW "]))
def test_repeated_adversarial_runs_are_handled(n, unit):
    text = unit * n
    for c in find(text):
        assert text[c.start:c.end] == c.surface


class _EverySet(set):
    def __contains__(self, item):
        return True


_EVERY_SHORT_FORM = _EverySet()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_the_scanner_proposes_every_short_reference_python_accepts(text):
    """The C scanner's short-form pattern is stricter than the anchored one so near misses cost
    nothing; it must still propose every position where the anchored pattern finds a reference."""
    t = normalize(text).text
    data = t.encode("utf-8")
    for pos in range(len(t)):
        m = P.SHORT_AT.match(t, pos)
        # As if the text had defined every short form: Python then accepts the most.
        if m and _short(t, m, _EVERY_SHORT_FORM) is not None:
            at = len(t[:pos].encode("utf-8"))
            # An abbreviation ("NQ 35") is proposed with the character before it, if any.
            before = len(t[:pos - 1].encode("utf-8")) if pos and m.group("sabbr") else at
            assert P.SCAN.search(data, before).start() == before, t[pos:pos + 30]


class _WrapperOnly:
    """google-re2's public search only, as if its compiled object were not reachable."""

    def __init__(self, scanner):
        self.search = scanner.search


@settings(max_examples=200, deadline=None)
@given(texts)
def test_the_direct_scan_and_the_wrapper_fallback_find_the_same_candidates(text):
    data = normalize(text).text.encode("utf-8")
    fallback = P._scan_function(_WrapperOnly(P.SCAN))
    assert P.scan.__code__ is not fallback.__code__  # the installed google-re2 takes the direct path
    for pos in range(0, len(data) + 1, 3):
        assert P.scan(data, pos) == fallback(data, pos)


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
