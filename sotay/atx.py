r"""ATX headings ("## Mục đích", "### Phần một ##"), read in time linear in the line.

A pattern such as `^#{1,6}\s+(.+?)\s*#*\s*$` backtracks over a run of spaces inside a heading in
cubic time: a contributed heading padded with a few thousand spaces held the check and the build
for minutes. The line is matched once, and its end trimmed without backtracking."""

from __future__ import annotations

import re

from markdown.blockprocessors import HashHeaderProcessor

# A heading's marker and text, one line, as the templates read it: a space after the marker, then text.
LINE = re.compile(r"^(#{1,6})[ \t]+(\S[^\n]*)$", re.M)
# A heading as Python-Markdown reads it for the page: any line opening with #, no space needed
# ("##Mục" and "##\u00a0Mục" are headings too), also inside a note ("!!! note", its body indented
# four spaces), a quotation ("> ## Mục") or a list item ("1. ### Mục"); its text, from the first #
# (group 1's start), is `markdown_text`.
MARKDOWN_LINE = re.compile(r"^(?: {4}|(?:> ?)+|[ ]{0,3}(?:[-*+]|\d{1,9}[.)])[ ]+)?(#{1,6})([^\n]*)$", re.M)


def closed(text: str) -> str:
    """The heading's text without its trailing spaces and closing run of #, as the templates read
    it: only a run after a space closes it ("Ngôn ngữ C#" keeps its #). The page's reading is
    `markdown_text`'s."""
    stripped = text.rstrip()
    body = stripped.rstrip("#")
    if body == stripped or body[-1:] not in (" ", "\t"):
        return stripped
    return body.rstrip() or stripped


def markdown_text(line: str) -> str:
    """The text of a MARKDOWN_LINE as the page shows it, read by Python-Markdown's own pattern: a
    closing run of # goes only at the very end of the line, and str.strip() takes a no-break space."""
    return HashHeaderProcessor.RE.match(line).group("header").strip()


def heading(line: str, level: int) -> str | None:
    """The text of `line` if it is a heading of exactly `level` (## is 2), else None."""
    m = LINE.match(line)
    return closed(m.group(2)) if m and len(m.group(1)) == level else None


# What opens a block whose lines, indented four spaces, are its body and not code: a note
# ("!!! note", "??? tip") or a list item.
_OPENS_INDENTED_BODY = re.compile(r"(?:!!!|\?\?\?\+?)[ \t]|(?:[-*+]|\d{1,9}[.)])[ \t]")


def heading_lines(markdown: str):
    """MARKDOWN_LINE's matches that are headings: one indented four spaces only in the body of
    a note or a list item (after a paragraph, Markdown makes it code). One pass over the lines."""
    opener = None  # the last line indented less than four spaces, read as it comes
    line_start = 0
    found = {m.start(): m for m in MARKDOWN_LINE.finditer(markdown)}
    for line in markdown.split("\n"):
        m = found.get(line_start)
        if line.strip() and not line.startswith("    "):
            opener = line.lstrip(" ")
        if m is not None and (not line.startswith("    ") or opener is not None and _OPENS_INDENTED_BODY.match(opener)) \
                and HashHeaderProcessor.RE.match(m.group()[m.start(1) - m.start():]):
            # A line ending in an odd backslash is a paragraph to Python-Markdown ("## Mục cuối \").
            yield m
        line_start += len(line) + 1
