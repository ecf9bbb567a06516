"""Every piece of running text in a content item, with a way back to file positions.

Rules that read text (citations, unsafe HTML, template syntax, links) get each
string with a `locate(offset) -> (line, col)` that points into the original
file, for Markdown bodies exactly and for YAML strings by walking the raw file
from the value's start (folded and quoted scalars differ from the raw text
only in whitespace and quotes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

# Fields that hold identifiers or references, not running text.
NOT_PROSE = {"id", "code", "url", "sources", "references", "related", "examples", "aliases", "type", "scope",
             "status", "replaced_by", "category", "audience", "kind", "basis", "source", "slug", "library", "body"}


@dataclass
class Span:
    text: str
    path: tuple
    locate: Callable[[int], tuple[int, int]]


def _line_starts(raw: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(raw):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _offset(starts, line, col) -> int:
    return starts[min(line, len(starts)) - 1] + col - 1


def _position(starts, offset) -> tuple[int, int]:
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


def spans(origin, include_keys=False) -> list[Span]:
    """Strings of one item; `include_keys` adds identifier fields too (for safety rules)."""
    raw = origin.text
    starts = _line_starts(raw)
    out: list[Span] = []
    located = origin.located

    def walker(value, path):
        key = next((p for p in reversed(path) if isinstance(p, str)), None)
        if key in NOT_PROSE and not include_keys:
            return
        if isinstance(value, str):
            line, col = located.pos(path)
            begin = _offset(starts, line, col)

            def locate(offset, begin=begin, value=value):
                # Walk the raw file alongside the value, matching non-space characters.
                j, pos = begin, begin
                for ch in value[:offset + 1]:
                    if ch.isspace():
                        continue
                    k = raw.find(ch, j, j + 400)
                    if k < 0:
                        return _position(starts, begin)
                    pos, j = k, k + 1
                return _position(starts, pos)

            out.append(Span(value, path, locate))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walker(item, path + (i,))
        elif isinstance(value, dict):
            for k, v in value.items():
                walker(v, path + (k,))

    walker(located.data, ())
    if origin.body_line:
        body_start = _offset(starts, origin.body_line, 1)
        out.append(Span(origin.body, ("body",), lambda offset: _position(starts, body_start + offset)))
    return out
