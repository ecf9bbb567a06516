"""HTML read as a browser's tokenizer reads it: a start tag's attributes, and what a fragment
leaves open.

Python's html.parser, and a pattern with `\\s`, take any Unicode space for a space; a browser takes
only the five ASCII ones (HTML's "ASCII whitespace"). `<span title=\u3000"x id=__config ">` is one
quoted title to the first and an `id` to the second, which is how content once slipped Material's
settings id into a page. Every check of attributes, in the content and in the built pages, reads
them here.
"""

from __future__ import annotations

import re

# Between attributes: ASCII whitespace, and "/" not before ">" (the tokenizer's self-closing state
# goes back to reading attributes). A name runs to whitespace, "/", ">" or "=" and may start with
# "=" or hold quotes; a value is quoted, or runs to whitespace or ">".
_ATTRIBUTE = re.compile(r"""[\t\n\f\r /]*(?:([^\t\n\f\r />][^\t\n\f\r />=]*)"""
                        r"""(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"?|'[^']*'?|[^\t\n\f\r >]*))?)?""")
# Where a tag's name ends (at `pos` the first letter after "<" or "</").
_NAME = re.compile(r"[^\t\n\f\r />]*")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def read_attributes(text: str, pos: int, end: int | None = None) -> tuple[int, list[tuple[str, str | None, int]], bool]:
    """From just after a tag's name: where the tag ends (after its ">", or where reading stopped),
    its attributes as (name, value as written or None, offset of the name), and whether a ">"
    ended it."""
    end = len(text) if end is None else end
    out = []
    while True:
        m = _ATTRIBUTE.match(text, pos, end)
        pos = m.end()
        if not m.group(1):
            closed = pos < end and text.startswith(">", pos)
            return (pos + 1 if closed else pos), out, closed
        out.append((m.group(1), m.group(2), m.start(1)))


def unquoted(value: str | None) -> str:
    if value and value[:1] in "'\"":
        return value[1:-1] if len(value) > 1 and value[-1] == value[0] else value[1:]
    return value or ""


# Elements that take no end tag. Every other element a body opens it must close, in order: a
# browser carries an open <i> or <small> into every block after it, nests an unclosed <dd> or
# <figcaption> in the next, and ignores a </details> or an admonition's </div> while a <table> of
# the body's is open; each took in the page's own sections after the body (a red team's finding).
# Markdown closes everything it makes, so only a body's own HTML can leave an element open.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_COMMENT_END = re.compile(r"--!?>")


def left_open(fragment: str, upto: int | None = None) -> tuple[str, str] | None:
    """What a fragment of HTML leaves open at `upto` (its end by default), as a browser's tokenizer
    reads it: ("comment", "<!--"), ("tag", "<name") for a tag without its ">", ("element", name)
    for an element not closed (before the end, or before an end tag of an element opened before
    it), ("stray", name) for an end tag of an element not open; None when nothing is."""
    upto = len(fragment) if upto is None else upto
    stack: list[str] = []
    i = 0
    while (j := fragment.find("<", i, upto)) >= 0:
        if fragment.startswith("<!--", j):
            if fragment.startswith(("<!-->", "<!--->"), j):
                i = fragment.index(">", j) + 1
                continue
            m = _COMMENT_END.search(fragment, j + 4, upto)
            if not m:
                return "comment", "<!--"
            i = m.end()
            continue
        closing = fragment.startswith("</", j)
        at = j + 2 if closing else j + 1
        if at < upto and fragment[at] in _ASCII_LETTERS:
            name_end = _NAME.match(fragment, at, upto).end()
            name = fragment[at:name_end].lower()
            i, _, closed = read_attributes(fragment, name_end, upto)
            if not closed:
                return "tag", "<" + ("/" if closing else "") + name
            if name in _VOID:
                continue
            if not closing:
                stack.append(name)
            elif stack and stack[-1] == name:
                stack.pop()
            else:
                # Closing an element opened before the last one leaves the last one open; an end
                # tag with none open closes the page's own wrappers around the body.
                return ("element", stack[-1]) if name in stack else ("stray", name)
            continue
        if closing or fragment.startswith(("<!", "<?"), j):
            # "</ x>", "<!x>", "<?x>": a bogus comment, to the next ">".
            k = fragment.find(">", at, upto)
            if k < 0:
                return "tag", fragment[j:j + 2]
            i = k + 1
            continue
        i = j + 1
    return ("element", stack[-1]) if stack else None
