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
# Lists and notes nest by indentation too, a level a tab or four spaces, after quote marks as well:
# 250 lines each a tab deeper than the last, or 330 notes inside notes, overflowed the stack as a
# line of "- " did. A line's level: its quote marks, list markers and indentation, counted.
# And HTML blocks whose Markdown is read (<div markdown>) by recursion, a level a tag (outside
# code and comments: an editors' guide shows tags in code, which nest nothing).
_MARKDOWN_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b([^<>]*)>")
_MARKDOWN_ATTRIBUTE = re.compile(r"\smarkdown\b")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


def _level(line: str) -> int:
    """A line's nesting: its quote marks, list markers and indentation (a tab or four spaces) before
    its first word, counted in one walk (a pattern over runs of spaces took a second for one line
    of "- " and 5,000 spaces, and grew with their square)."""
    level = spaces = i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if c in ">\t" or (c in "-*+" and line[i + 1:i + 2] in (" ", "\t")):
            level, spaces, i = level + 1, 0, i + 1
        elif c == " ":
            spaces, i = spaces + 1, i + 1
            if spaces == 4:
                level, spaces = level + 1, 0
        elif c.isdecimal():  # what Markdown's \d reads as a list number ("²." is none)
            j = i
            while j < n and c.isdecimal() and j - i < 9:
                j += 1
                c = line[j] if j < n else ""
            if line[j:j + 1] not in (".", ")") or line[j + 1:j + 2] not in (" ", "\t"):
                break
            level, spaces, i = level + 1, 0, j + 1
        else:
            break
    return level if line[i:].strip() else 0


# A level takes at least one character of a line's opening run of these, so a line deeper than
# MAX_DEPTH opens with more than MAX_DEPTH of them: one search of the text passes nearly every
# page (walking each line's opening took a build 0.1 s on 200 pages).
_DEEP_OPENING = re.compile(rf"^[ \t>*+\-.)\d]{{{MAX_DEPTH + 1}}}", re.M)


def _deep_line(markdown: str, code_read: bool = False) -> int | None:
    if not _DEEP_OPENING.search(markdown):
        return None
    start = 0
    for line in markdown.split("\n"):
        if len(line) > MAX_DEPTH and line[:1] in " \t>-*+0123456789" and _level(line) > MAX_DEPTH:
            if code_read or ("`" not in markdown and "~" not in markdown):
                return start
            # A line of code indented that far (a YAML example in a fence) nests nothing.
            from .verbatim import letter_code

            return _deep_line(letter_code(markdown), code_read=True)
        start += len(line) + 1
    return None


# Emphasis nests by recursion too: "*a *a … b a* a*", a thousand deep in a 7 KB line, overflowed
# the stack where the table of contents walks the page, as did a run of 2,000 "_" each side of a
# word. How deep a paragraph's emphasis opens (a run of "*" and "_" that opens emphasis, as
# CommonMark reads it, opens as deep as it is long; one that closes it, closes as much) is held to
# this: a page's deepest is three ("***…***"). A long list of bold labels, a form's "______" blanks
# open nothing (a count of every "*" and "_" refused them).
MAX_EMPHASIS = 2 * MAX_DEPTH
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")
_DELIMITERS = re.compile(r"[*_]+")


def _emphasis_depth(paragraph: str) -> tuple[int, int]:
    """The deepest a paragraph's emphasis opens, and where it first passes MAX_EMPHASIS (or -1)."""
    depth = deepest = 0
    for m in _DELIMITERS.finditer(paragraph):
        before = paragraph[m.start() - 1] if m.start() else " "
        after = paragraph[m.end()] if m.end() < len(paragraph) else " "
        opens = not after.isspace() and (after.isalnum() or not before.isalnum())
        closes = not before.isspace() and (before.isalnum() or not after.isalnum())
        if opens and not closes:
            depth += len(m.group())
            if depth > deepest:
                deepest = depth
                if deepest > MAX_EMPHASIS:
                    return deepest, m.start()
        elif closes and not opens:
            depth = max(0, depth - len(m.group()))
    return deepest, -1


def crowded_emphasis(markdown: str, code_read: bool = False) -> int | None:
    """Where a paragraph's emphasis opens deeper than MAX_EMPHASIS (the start of its line), or None."""
    if markdown.count("*") + markdown.count("_") <= MAX_EMPHASIS:
        return None
    start = 0
    for blank in [*_BLANK_LINE.finditer(markdown), None]:
        end = blank.start() if blank else len(markdown)
        _, at = _emphasis_depth(markdown[start:end])
        if at >= 0:
            if not code_read and ("`" in markdown or "~" in markdown):
                from .verbatim import blank_code

                return crowded_emphasis(blank_code(markdown), code_read=True)  # code nests nothing
            return markdown.rfind("\n", 0, start + at) + 1
        start = blank.end() if blank else end
    return None


def deep_tag(markdown: str) -> int | None:
    """Where tags whose Markdown is read open more than MAX_DEPTH deep, or None."""
    if markdown.count("markdown") <= MAX_DEPTH:  # each tag counted holds the word
        return None
    from .verbatim import blank_code

    text = blank_code(_COMMENT.sub(lambda m: " " * len(m.group()), markdown))
    depth, names = 0, []
    for m in _MARKDOWN_TAG.finditer(text):
        if m.group(1):
            if names and names[-1] == m.group(2).lower():
                names.pop()
                depth -= 1
        elif _MARKDOWN_ATTRIBUTE.search(m.group(3)):
            names.append(m.group(2).lower())
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
    return None


def too_deep(markdown: str) -> int | None:
    """Where quotes, lists, notes or Markdown-reading tags nest past MAX_DEPTH, or None."""
    found = [at for at in (_deep_line(markdown), deep_tag(markdown)) if at is not None]
    return min(found, default=None)


# Blocks Python-Markdown reads in time that grows with the square of their number in one run of
# lines: 9,500 headings (setext or "#") took 24 s, 9,900 notes 14 s; and 15,000 empty fences took
# 5 s a page (a highlighter each). No page of the handbook has fifty. And backticks on a table's
# row, which it pairs over and over: 30,000 took 16 s. A line of the handbook has sixteen at most.
MAX_BLOCK_MARKS = 500
MAX_BACKTICKS_PER_LINE = 500
_BLOCK_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|!!!|\?\?\?|`{3,}|~{3,})", re.M)


def crowded_blocks(markdown: str, factor: int = 1) -> tuple[int, str] | None:
    """(where, what) for the first line past MAX_BLOCK_MARKS headings, notes and fences, or for a
    line of more than MAX_BACKTICKS_PER_LINE backticks (`factor` times each); None within them."""
    if markdown.count("\n") >= MAX_BLOCK_MARKS * factor:
        for n, m in enumerate(_BLOCK_MARK.finditer(markdown), 1):
            if n > MAX_BLOCK_MARKS * factor:
                return m.start(), "blocks"
    if markdown.count("`") > MAX_BACKTICKS_PER_LINE * factor:
        start = 0
        for line in markdown.split("\n"):
            if line.count("`") > MAX_BACKTICKS_PER_LINE * factor:
                return start, "backticks"
            start += len(line) + 1
    return None


def past_markdown_limits(markdown: str, factor: int = 1) -> bool:
    """Whether Markdown is past what Python-Markdown reads in good time (`factor` times the
    content's limits, for a whole generated page: a registry page lists every page citing it)."""
    return (markdown.count("<") > MAX_TAGS * factor or markdown.count("[") > MAX_BRACKETS * factor
            or too_deep(markdown) is not None or crowded_emphasis(markdown) is not None
            or crowded_blocks(markdown, factor) is not None)


def item_past_limits(corpus, item) -> bool:
    """Whether any text of a content item is past the limits (the check's E005 for it): its page
    is not worth rendering, as the build fails when the check ends."""
    origin = corpus.origin(item)
    if not past_markdown_limits(origin.text):  # no text of a file within the limits is past them
        return False
    from .spans import spans

    return any(past_markdown_limits(span.text) for span in spans(origin, include_keys=True))


def page_past_limits(corpus, item, markdown: str, rel_of, url: str):
    """Whether a page is not worth rendering (False: render it), and the E005 the build must add
    when the check could not have told it: each text within the limits, the page they make past
    them ("- - …" twenty deep in a note that the page lists under "- "). A generated page (a
    registry entry's lists every page citing it) is held to ten times the content's limits.
    `rel_of()`: the file the page is made from, named in the diagnostic (asked for only then)."""
    from .diagnostics import diag

    if item is not None and item_past_limits(corpus, item):
        return True, None  # told by the check
    if not past_markdown_limits(markdown, factor=10):
        return False, None
    return True, diag(rel_of(), 1, 1, "E005", f"Trang /{url} dựng từ tệp này vượt giới hạn của nội dung (lồng nhau quá sâu, "
                      "quá nhiều thẻ HTML, dấu '[', tiêu đề hay khung): hãy viết phẳng hơn, ngắn hơn.")
