"""Every piece of running text in a content item, with a way back to file positions.

Rules that read text (citations, unsafe HTML, template syntax, links) get each
string with a `locate(offset) -> (line, col)` that points into the original
file, for Markdown bodies exactly and for YAML strings by walking the raw file
from the value's start (folded and quoted scalars differ from the raw text
only in whitespace and quotes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

# Fields that hold identifiers or references, not running text.
NOT_PROSE = {"id", "code", "number", "url", "sources", "references", "related", "examples", "aliases", "type", "scope",
             "status", "replaced_by", "category", "audience", "kind", "basis", "source", "slug", "library", "body"}


@dataclass
class Span:
    text: str
    path: tuple
    locate: Callable[[int], tuple[int, int]]


def _line_starts(raw: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", raw)]


def _offset(starts, line, col) -> int:
    return starts[min(line, len(starts)) - 1] + col - 1


def _position(starts, offset) -> tuple[int, int]:
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


def spans(origin, include_keys=False, body_once=False) -> list[Span]:
    """Strings of one item; `include_keys` adds identifier fields too (for safety rules);
    `body_once` leaves out the fields read out of the Markdown body (an outline's points), which
    the body's own span holds: a rule that reads the text once (citations) need not read them twice.

    Values under a key no field has are left out, as identifiers are: they are no content, and their
    key is told already (S101). The safety rules still read them: a script is told wherever it is.
    Positions are computed only when asked for: most strings never need one.
    """
    raw = origin.text
    located = origin.located
    unknown = frozenset() if include_keys else origin.unknown
    out: list[Span] = []

    @cache
    def starts():
        return _line_starts(raw)

    def walker(value, path, skip):
        if path in unknown:
            return
        if isinstance(value, str):
            if not skip and not (body_once and origin.body_line and located.pos(path)[0] >= origin.body_line):
                out.append(Span(value, path, _locator(raw, starts, located.pos(path), value)))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walker(item, path + (i,), skip)
        elif isinstance(value, dict):
            for k, v in value.items():
                walker(v, path + (k,), skip or (k in NOT_PROSE and not include_keys))

    walker(located.data, (), False)
    if origin.body_line:
        body_line = origin.body_line

        def locate_body(offset):
            return _position(starts(), _offset(starts(), body_line, 1) + offset)

        out.append(Span(origin.body, ("body",), locate_body))
    return out


_INDENT = re.compile(r"[ \t]*")


def _locator(raw, starts, line_col, value):
    # Walk the raw file alongside the value, matching non-space characters. The walk resumes
    # where the last call stopped when offsets come in increasing order (rules sort their hits),
    # so locating every hit in a string costs one walk, not one per hit.
    state = {"done": -1, "j": None, "pos": None}

    def locate(offset):
        # A place at a space (an indented line's start, B108's) is told at the word after it: walked
        # by its non-space characters, it was told at the end of the line above.
        if offset < len(value) and (offset == 0 or value[offset - 1] == "\n"):
            word = _INDENT.match(value, offset).end()
            offset = word if word < len(value) else offset
        begin = _offset(starts(), *line_col)
        if state["j"] is None or offset < state["done"]:
            state.update(done=-1, j=begin, pos=begin)
        j, pos = state["j"], state["pos"]
        for ch in value[state["done"] + 1:offset + 1]:
            if ch.isspace():
                continue
            k = raw.find(ch, j, j + 400)
            if k < 0:
                state["j"] = None
                return _position(starts(), begin)
            pos, j = k, k + 1
        state.update(done=offset, j=j, pos=pos)
        return _position(starts(), pos)

    return locate


def joined(span_list: list[Span], separator: str = "\n\n\x00\n\n"):
    """All spans as one text (one pass of a rule instead of one per string), with a way back."""
    import bisect

    starts, parts, offset = [], [], 0
    for span in span_list:
        starts.append(offset)
        parts.append(span.text)
        offset += len(span.text) + len(separator)

    def where(offset: int) -> tuple[Span, int]:
        i = bisect.bisect_right(starts, offset) - 1
        return span_list[i], offset - starts[i]

    return separator.join(parts), where
