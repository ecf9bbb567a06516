"""Fenced code blocks as the site's Markdown (pymdownx.superfences) reads them.

A run of three or more backticks or tildes opens a block, after spaces or a quotation's ">"; the
same run on a line of its own closes it, and a block never closed is no block at all, but text.
Every pass that must leave code alone (links to documents, headings, lists, the safety rules)
asks here, so none of them reads code where the page shows text, or text where it shows code.
"""

from __future__ import annotations

import re

_FENCE_LINE = re.compile(r"^[ \t>]*(`{3,}|~{3,})([^\n]*)$", re.M)


def fenced_ranges(markdown: str) -> list[tuple[int, int]]:
    """(start, end) of every fenced block, its fence lines included; read line by line, once."""
    if "```" not in markdown and "~~~" not in markdown:
        return []
    ranges: list[tuple[int, int]] = []
    opened: re.Match | None = None
    for m in _FENCE_LINE.finditer(markdown):
        if opened is None:
            opened = m
        elif m.group(1) == opened.group(1) and not m.group(2).strip():
            ranges.append((opened.start(), m.end()))
            opened = None
    return ranges


def blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """The text with the characters of `ranges` but their line breaks made spaces: offsets and
    line numbers stay. Ranges may overlap."""
    if not ranges:
        return text
    out, last = [], 0
    for start, end in sorted(ranges):
        start = max(start, last)
        if start >= end:
            continue
        out.append(text[last:start])
        out.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def blank_fenced(markdown: str) -> str:
    """The text with every fenced block blanked (see `blank`)."""
    return blank(markdown, fenced_ranges(markdown))


def fenced_lines(markdown: str) -> set[int]:
    """The indexes (from 0) of the lines inside fenced blocks, fences included."""
    lines: set[int] = set()
    line, at = 0, 0
    for start, end in fenced_ranges(markdown):
        line += markdown.count("\n", at, start)
        last = line + markdown.count("\n", start, end)
        lines.update(range(line, last + 1))
        line, at = last, end
    return lines
