"""What Python-Markdown reads in good time: the limits the content check holds bodies to (E005),
and the build's guard against rendering a page past them."""

from __future__ import annotations

import re

# Python-Markdown reads raw HTML in time that grows with the square of its tags (4,000 "<b " took
# a second, 18,000 twenty), a paragraph with the square of its "[" (8 KB took 15 s, a body of them
# spread over short lines twelve minutes) and nested quotes and lists by recursion (a line of 600
# "- " overflowed Python's stack): no page of the handbook comes near these.
MAX_TAGS = 1000
MAX_BRACKETS = 1000
MAX_DEPTH = 20
NESTING = re.compile(rf"^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{{1,9}}[.)](?=[ \t]))){{{MAX_DEPTH + 1}}}", re.M)
# Lists and notes nest by indentation too, a level a tab or four spaces: 250 lines each a tab
# deeper than the last, or 330 notes inside notes, overflowed the stack as a line of "- " did.
INDENTED = re.compile(rf"^(?:\t| {{0,3}}\t| {{4}}){{{MAX_DEPTH + 1}}}(?=[ \t]*\S)", re.M)
# And HTML blocks whose Markdown is read (<div markdown>) by recursion, a level a tag.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def deep_tag(markdown: str) -> int | None:
    """Where the tags open more than MAX_DEPTH deep, or None."""
    depth = 0
    for m in _TAG.finditer(markdown) if "<" in markdown else ():
        if m.group(1):
            depth = max(0, depth - 1)
        elif not m.group(3) and m.group(2).lower() not in _VOID:
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
    return None


def too_deep(markdown: str) -> int | None:
    """Where quotes, lists, notes or tags nest past MAX_DEPTH, or None."""
    found = [m.start() for m in (NESTING.search(markdown), INDENTED.search(markdown)) if m is not None]
    tag = deep_tag(markdown)
    return min(found + ([] if tag is None else [tag]), default=None)


def past_markdown_limits(markdown: str, factor: int = 1) -> bool:
    """Whether Markdown is past what Python-Markdown reads in good time (`factor` times the
    content's limits, for a whole generated page: a registry page lists every page citing it)."""
    return (markdown.count("<") > MAX_TAGS * factor or markdown.count("[") > MAX_BRACKETS * factor
            or too_deep(markdown) is not None)


def item_past_limits(corpus, item) -> bool:
    """Whether any text of a content item is past the limits (the check's E005 for it): its page
    is not worth rendering, as the build fails when the check ends."""
    origin = corpus.origin(item)
    if not past_markdown_limits(origin.text):  # no text of a file within the limits is past them
        return False
    from .spans import spans

    return any(past_markdown_limits(span.text) for span in spans(origin, include_keys=True))
