"""Check pass: a guidance body that opens its own top-level heading ("# Ghi biên bản"), or makes a
heading of a line by the dashes or equals signs under it.

The page title comes from the front matter and is the page's only level-one heading: a second one
breaks the outline that screen readers, the table of contents and search read. Sections are ##.
A line of "---" meant as a rule, written right under a one-line paragraph, makes that paragraph a
heading (Markdown's other way of writing one), which the editor did not mean."""

from __future__ import annotations

import re

from . import atx, outline
from .check import rule_pass
from .diagnostics import diag
from .verbatim import blank_blocks, block_ranges, covers

# A block whose first line is underlined (Python-Markdown reads only a block's first line so); a
# block starts the text, follows a blank line, or follows a heading's line ("## A\nChữ\n---").
_SETEXT = re.compile(r"(?:\A(?:[ \t]*\n)*|\n[ \t]*\n|^#{1,6}[^\n]*\n)[ \t]*\S[^\n]*\n([=-]+)[ ]*(?=\n|\Z)", re.M)


@rule_pass
def heading_rules(corpus, registry):
    problems = []
    for form in corpus.forms.values():
        # "heading: I. Nội dung kết luận": the page and the DOCX number a form's parts themselves
        # (it printed "I. I. NỘI DUNG KẾT LUẬN"), as an outline's parts are.
        for i, section in enumerate(form.sections):
            numbered = outline.NUMBERING.match(section.heading)
            if numbered:
                problems.append(corpus.origin(form).diag(("sections", i, "heading"), "B103", "Tên phần không ghi số thứ tự: "
                                                         f"trang và bản DOCX tự đánh I., II.…; bỏ ‘{numbered.group().strip()}’ ở đầu."))
    # A guidance page the schema refused (a field missing from its front matter) is read too: its
    # editor sees the body's headings told in the same run, as its lists are (sotay.lists).
    origins = [corpus.origin(page) for page in corpus.guidance.values()]
    origins += [o for key, o in corpus.unloaded.items() if key.startswith("huong-dan/") and o.body]
    for origin in origins:
        # A level skipped ("##" then "####") is a page outline with a hole in it, for screen
        # readers and the contents alike; the page itself shows it. A note's or a list's headings
        # are the page's too.
        level = 1
        for m in atx.heading_lines(blank_blocks(origin.body)):
            found, line = len(m.group(1)), origin.line_at(m.start())
            col = m.start(1) - m.start() + 1
            if found == 1 and m.group(2)[:1] not in ("", " ", "\t"):
                # "#vungcao #thonban", "#1 trong tỉnh": a hashtag or a rank, which the page makes a heading.
                problems.append(diag(origin.rel, line, col, "B106",
                                     "Dòng bắt đầu bằng ‘#’ liền chữ thành tiêu đề lớn trên trang: nếu là hashtag hay số thứ "
                                     "hạng (‘#1’), bỏ dấu # ở đầu dòng (hoặc viết ‘\\#’); nếu là tiêu đề mục, viết '## '."))
            elif found == 1:
                problems.append(diag(origin.rel, line, col, "B106",
                                     "Tiêu đề một dấu # dành cho tên trang (lấy từ trường title); "
                                     "trong bài, mục lớn viết '## ', mục nhỏ '### '."))
            elif found > level + 1:
                want, under = "#" * (level + 1), "tên trang" if level == 1 else f"một mục ‘{'#' * level}’"
                problems.append(diag(origin.rel, line, col, "B114",
                                     f"Tiêu đề ‘{m.group(1)}’ bỏ qua cấp ‘{want}’: mục ngay dưới {under} phải viết ‘{want} "
                                     "Tên mục’ (trình đọc màn hình và mục lục của trang dựa vào thứ tự các cấp)."))
            level = found
        # Read on the text as written (a fence's closing line is no blank line before the next),
        # leaving out underlines inside code, comments and raw blocks.
        blocks = block_ranges(origin.body)
        for m in (m for m in _SETEXT.finditer(origin.body) if not covers(blocks, m.start(1))):
            line = origin.line_at(m.start(1))
            problems.append(diag(origin.rel, line, 1, "B109",
                                 f"Dòng '{m.group(1)}' ngay dưới một dòng chữ biến dòng chữ ấy thành tiêu đề: muốn kẻ một "
                                 "đường ngang thì để một dòng trống phía trên; muốn đặt tiêu đề thì viết '## ' ở đầu dòng chữ."))
    return problems
