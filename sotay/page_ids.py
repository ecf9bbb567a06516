"""Check pass: an id an editor sets is the only one of its kind on the page.

A page's headings and its own sections ("Nguồn", "Xem thêm") take ids from their words; an
editor's <abbr id="nguon"> took the link to the page's sources, and the build's last look at the
page refuses an id it holds twice. Read in what the site's Markdown makes of the whole page, as
built, for the pages whose file sets an id (few do).
"""

from __future__ import annotations

import re
from collections import Counter

from .check import rule_pass
from .diagnostics import diag

_SETS_ID = re.compile(r"\bid\s*=|\{[^}\n]*#", re.I)


@rule_pass
def repeated_id_rules(corpus, registry):
    from .render.site import site_of
    from .rendered import attributes, render
    from .safety import markdown_config
    from .source import line_col

    config = markdown_config(corpus)
    out = []
    for page in site_of(corpus, registry).pages if config is not None else ():
        origin = corpus.origin(page.item) if page.item is not None else None
        if origin is None or not _SETS_ID.search(origin.text):
            continue
        ids = Counter(value for _, name, value in attributes(render(page.body, str(config))) if name == "id")
        for value in sorted(v for v, n in ids.items() if n > 1):
            # Where the file sets it again, else where it sets it (a heading of the page has it).
            # An attribute's id= or an attribute list's #: a link's "(#nguon)" sets nothing.
            settings = [m.start() for m in re.finditer(r"(?:\bid\s*=\s*[\"']?|\{[^}\n]*#)" + re.escape(value) + r"(?![\w-])",
                                                        origin.text)]
            out.append(diag(origin.rel, *line_col(origin.text, (settings[1:2] or settings[:1] or [0])[0]), "H104",
                            f"Mã định danh (id) {value!r} trùng với một mục khác của trang (một tiêu đề, hay mục Nguồn, "
                            "Xem thêm... của trang): liên kết tới nó chỉ tới một chỗ. Hãy đặt tên khác, hoặc bỏ id."))
    return out
