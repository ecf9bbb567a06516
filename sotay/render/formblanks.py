"""A form's blanks marked in a rendered page, for print: a form printed to fill in by hand (the
minutes at the meeting) showed "[..]" and "[họ tên]" where a dotted line should leave room to
write. Works on the page's HTML, after any renderer has made it; the screen shows the brackets."""

from __future__ import annotations

import html
import re

from ..forms import blanks

# A form's block as Python-Markdown's highlighter writes it (forms.fence): its text, escaped.
_FORM = re.compile(r'(<div class="[^"<>]*\bsotay-form\b[^"<>]*"><pre>(?:<span></span>)?<code>)(.*?)(</code></pre>)', re.S)
# What the text block puts before a section's line ("- ", "  + "): a line's kinds are read after
# it, as the DOCX reads them ("- [họ tên]" is a hint, words then room, not a bare blank).
_POINT = re.compile(r"(?:- |  \+ )?")
_CLASS = {"short": "sotay-blank", "long": "sotay-blank sotay-blank-long", "hint": "sotay-hint"}


def _line(escaped: str) -> str:
    # A tag in the block (a line anchor, should the highlighter add one) is left as it is.
    if "[" not in escaped or "<" in escaped:
        return escaped
    text = html.unescape(escaped)
    start = _POINT.match(text).end()
    out, last = [], 0
    for a, b, kind in blanks(text[start:]):
        a, b = a + start, b + start
        out += [html.escape(text[last:a], quote=False), f'<span class="{_CLASS[kind]}">{html.escape(text[a:b], quote=False)}</span>']
        last = b
    return "".join(out) + html.escape(text[last:], quote=False) if out else escaped


def form_blanks(html_text: str) -> str:
    """Each blank and hint of each form (not a choice, not the hint to sign) in a <span>."""
    if "sotay-form" not in html_text:
        return html_text
    return _FORM.sub(lambda m: m[1] + "\n".join(_line(line) for line in m[2].split("\n")) + m[3], html_text)
