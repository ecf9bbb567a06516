"""Check pass: footnotes written as Word and GitHub write them ("[^1]" and "[^1]: ...").

The site's Markdown has no footnotes extension, on purpose: a page names what it draws on in its
`sources` (shown under the page, each with its address), and the DOCX and Markdown downloads carry
no footnotes either. Written anyway, "[^1]" shows on the page as typed and the note at its foot
as a paragraph of its own, so the editor is told where to put the source instead."""

from __future__ import annotations

import re

from .check import rule_pass
from .diagnostics import diag
from .spans import spans
from .verbatim import covers, hidden_or_code

# Python-Markdown's footnotes extension reads a label as any run up to "]" (FOOTNOTE_RE); bounded,
# so a line of "[^a[^a…" is read in linear time. "[^1](/x)" is a link (its text "^1"), left to the link rules.
_FOOTNOTE = re.compile(r"\[\^([^\]\[\n]{1,100})\](?!\()")


@rule_pass
def footnote_rules(corpus, registry):
    problems = []
    for _, origin in corpus.text_origins():
        for span in spans(origin):
            # In code or a comment it is not shown, or shown as code; in a raw HTML block it is shown as typed.
            code = hidden_or_code(span.text) if "[^" in span.text else []
            for m in _FOOTNOTE.finditer(span.text):
                if covers(code, m.start()):
                    continue
                line, col = span.locate(m.start())
                problems.append(diag(origin.rel, line, col, "B110",
                                     f"Trang không có chú thích cuối trang: '{m.group()}' hiện nguyên văn. Ghi tài liệu "
                                     "vào trường sources (nguồn hiện dưới trang), hoặc nói rõ ngay trong câu, trong ngoặc đơn."))
    return problems
