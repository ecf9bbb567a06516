"""Check pass: an id an editor sets is the only one of its kind on the page.

A page's headings and its own sections ("Nguồn", "Xem thêm") take ids from their words; an
editor's <abbr id="nguon"> took the link to the page's sources, and the build's last look at the
page refuses an id it holds twice. Read in what the site's Markdown makes of the whole page, as
built, for the pages whose file sets an id (few do).
"""

from __future__ import annotations

import re
from collections import Counter

from .check import site_pass
from .diagnostics import diag
from .render.sections import CLOSING
from .unmarked import heading_id

_SETS_ID = re.compile(r"\bid\s*=|\{[^}\n]*#", re.I)
# The sections the site adds to a page, whose anchors its citation marks and links point at. An
# editor's id or heading that takes one ("{: #nguon }", "## Nguồn") leaves the section "nguon_1"
# (Markdown's toc numbers a second heading of one name), and every "[1]" leads to the wrong place.
# (Not "Trích dẫn": no mark or link points at a page's quotations.)
SITE_SECTIONS = {anchor: heading for anchor, heading in CLOSING.items() if anchor != "trich-dan"}
# A heading's words, ATX or underlined: the id its words make is what counts ("## Nguồn:", "## **Nguồn**"
# and "## nguon" take "nguon" as "## Nguồn" does).
# In a list item too ("- ## Nguồn" is a heading inside it, its id the page's).
_HEADING = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+[ \t>]*)*#{1,6}[ \t]+(.+?)[ \t#]*$|^[ \t>]*(\S.*)\n[ \t>]*(?:=+|-+)[ \t]*$", re.M)


def _takes_a_section(text: str) -> bool:
    return any(heading_id(m.group(1) or m.group(2)) in SITE_SECTIONS for m in _HEADING.finditer(text))


@site_pass
def repeated_id_rules(corpus, registry):
    from .render.site import site_of
    from .rendered import attributes, render
    from .safety import markdown_config
    from .source import line_col

    config = markdown_config(corpus)
    out = []
    for page in site_of(corpus, registry).pages if config is not None else ():
        origin = corpus.origin(page.item) if page.item is not None else None
        if origin is None or not (_SETS_ID.search(origin.text) or _takes_a_section(origin.text)):
            continue
        ids = Counter(value for _, name, value in attributes(render(page.body, str(config))) if name == "id")
        taken = [v for v in SITE_SECTIONS if v in ids and f"{v}_1" in ids]
        for value in taken:
            at = _settings(origin.text, value) or [m.start() for m in _HEADING.finditer(origin.text)
                                                   if heading_id(m.group(1) or m.group(2)) == value]
            out.append(diag(origin.rel, *line_col(origin.text, (at or [0])[0]), "H104",
                            f"Mục {SITE_SECTIONS[value]!r} (id {value!r}) là mục trang tự thêm vào cuối, các dấu [1], [2]... và "
                            "liên kết trỏ tới nó: id hay tiêu đề này lấy mất chỗ của nó. Hãy đặt tên khác."))
        for value in sorted(v for v, n in ids.items() if n > 1):
            # Where the file sets it again, else where it sets it (a heading of the page has it).
            # An attribute's id= or an attribute list's #: a link's "(#nguon)" sets nothing.
            settings = _settings(origin.text, value)
            out.append(diag(origin.rel, *line_col(origin.text, (settings[1:2] or settings[:1] or [0])[0]), "H104",
                            f"Mã định danh (id) {value!r} trùng với một mục khác của trang (một tiêu đề, hay mục Nguồn, "
                            "Xem thêm... của trang): liên kết tới nó chỉ tới một chỗ. Hãy đặt tên khác, hoặc bỏ id."))
    return out


def _settings(text: str, value: str) -> list[int]:
    """Where the file sets the id: an attribute's id= or an attribute list's # (a link's "(#nguon)" sets nothing)."""
    return [m.start() for m in re.finditer(r"(?:\bid\s*=\s*[\"']?|\{[^}\n]*#)" + re.escape(value) + r"(?![\w-])", text)]
