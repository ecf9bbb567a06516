"""Check pass: a guidance body that opens its own top-level heading ("# Ghi biên bản").

The page title comes from the front matter and is the page's only level-one heading: a second one
breaks the outline that screen readers, the table of contents and search read. Sections are ##."""

from __future__ import annotations

import re

from .check import rule_pass
from .diagnostics import diag
from .fences import blank_fenced

# A level-one ATX heading (read outside fenced code, so a shell comment stays code). Python-Markdown
# needs no space after the marker: "#Ghi biên bản" is a level-one heading too.
_H1 = re.compile(r"^ {0,3}(#)(?!#)", re.M)


@rule_pass
def heading_rules(corpus, registry):
    problems = []
    for page in corpus.guidance.values():
        origin = corpus.origin(page)
        for m in _H1.finditer(blank_fenced(origin.body)):
            line = origin.body_line + origin.body.count("\n", 0, m.start())
            problems.append(diag(origin.rel, line, m.start(1) - m.start() + 1, "B106",
                                 "Tiêu đề một dấu # dành cho tên trang (lấy từ trường title); "
                                 "trong bài, mục lớn viết '## ', mục nhỏ '### '."))
    return problems
