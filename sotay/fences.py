"""Fenced code blocks as the site's Markdown (pymdownx.superfences) reads them.

A run of three or more backticks or tildes opens a block, after spaces or a quotation's ">", when
superfences takes what follows it on the line (a language, attributes, quoted options; not "```Ghi
chú mẫu" nor "```` ```mau ````", which stay text); the same run, after the same indent, on a line
of its own closes it; a line indented less ends it as no block, and a block never closed is no
block at all, but text. Every pass that must leave code alone (links to documents, headings,
lists, the safety rules) asks here, so none of them reads code where the page shows text, or text
where it shows code.
"""

from __future__ import annotations

import re

from pymdownx.superfences import RE_NESTED_FENCE_START, RE_OPTIONS

_LINE = re.compile(r"^([ \t>]*)([^\n]*)$", re.M)


# The options pymdownx.highlight takes after a fence's language ("title=\"a.py\""); with any
# other ("```text plain", "```mau bienban"), superfences makes no block.
_HIGHLIGHT_OPTIONS = {"title", "linenums", "hl_lines"}


def _known_options(options: str | None) -> bool:
    return not options or all(m.group("key") in _HIGHLIGHT_OPTIONS for m in RE_OPTIONS.finditer(options))


def fenced_ranges(markdown: str) -> list[tuple[int, int]]:
    """(start, end) of every fenced block, its fence lines included; read line by line, once."""
    if "```" not in markdown and "~~~" not in markdown:
        return []
    ranges: list[tuple[int, int]] = []
    opened = None  # (offset, indent, fence) of the open block's first line
    for m in _LINE.finditer(markdown):
        indent, content = m.group(1), m.group(2)
        if opened is None:
            if content.startswith(("```", "~~~")):
                fence = RE_NESTED_FENCE_START.match(content)
                if fence and not fence.group("unrecognized") and _known_options(fence.group("options")):
                    opened = (m.start(), len(indent), fence.group("fence"))
            continue
        start, width, fence = opened
        line = m.group()
        if not line.strip(" \t>"):
            continue
        if len(indent) < width:
            opened = None  # indented less than its fence: superfences drops the block
            continue
        rest = line[width:]
        if rest.startswith(fence) and not rest[len(fence):].strip(" \t"):
            ranges.append((start, m.end()))
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
