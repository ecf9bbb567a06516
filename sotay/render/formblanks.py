"""A form's blanks marked in a rendered page, for print: a form printed to fill in by hand (the
minutes at the meeting) showed "[..]" and "[họ tên]" where a dotted line should leave room to
write. Works on the page's HTML, after any renderer has made it; the screen shows the brackets."""

from __future__ import annotations

import html
import re

from ..forms import blanks

# A form's block as Python-Markdown's highlighter writes it (forms.fence): its text, escaped.
_FORM = re.compile(r'(<div class="[^"<>]*\bsotay-form\b[^"<>]*"><pre>(?:<span></span>)?<code>)(.*?)(</code></pre>)', re.S)


def _line(escaped: str) -> str:
    if "[" not in escaped:
        return escaped
    text = html.unescape(escaped)
    out, last = [], 0
    for start, end in blanks(text):
        out += [html.escape(text[last:start], quote=False), f'<span class="sotay-blank">{html.escape(text[start:end], quote=False)}</span>']
        last = end
    return "".join(out) + html.escape(text[last:], quote=False) if out else escaped


def form_blanks(html_text: str) -> str:
    """Each blank of each form (not a choice, not a hint) in a <span class="sotay-blank">."""
    if "sotay-form" not in html_text:
        return html_text
    return _FORM.sub(lambda m: m[1] + "\n".join(_line(line) for line in m[2].split("\n")) + m[3], html_text)
