"""Check pass: internal links and their anchors.

Editors link to pages by their public URL (`/huong-dan/chuan-bi/#buoc-1`). The
pages are rendered by the core (without MkDocs), their headings turned into
anchors with the same slug function the site uses, and every link is checked
against them: a missing page is L101, a missing heading L102.
"""

from __future__ import annotations

import re

from .check import rule_pass
from .diagnostics import diag
from .pagekeys import page_key
from .render import links
from .render.site import build_site
from .spans import spans
from .text import toc_slugify

_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_MD_LINK = re.compile(r"\]\(([^)\s]+)\)")
_ATTR = re.compile(r"\{[^}]*\}\s*$")


def anchors_of(markdown: str) -> set[str]:
    return {toc_slugify(_ATTR.sub("", links.LINK.sub("]", m.group(1))).replace("[", "").replace("]", ""))
            for m in _HEADING.finditer(markdown)}


def site_anchors(corpus, registry) -> dict[str, set[str]]:
    """Page key ('huong-dan/x', 'chuyen-de/lib') -> anchors of its headings."""
    out = {}
    for page in build_site(corpus, registry).pages:
        key = page.src[: -len(".md")]
        key = key[: -len("/index")] if key.endswith("/index") else key
        out[key] = anchors_of(page.body)
    return out


@rule_pass
def link_rules(corpus, registry):
    anchors = site_anchors(corpus, registry)
    problems = []
    for item in corpus.items():
        origin = corpus.origin(item)
        own = page_key(item)
        for span in spans(origin):
            for m in _MD_LINK.finditer(span.text):
                target = m.group(1)
                if re.match(r"^(?:https?:|mailto:)", target):
                    continue
                offset = m.start(1)
                if target.startswith("#"):
                    key, anchor = own, target[1:]
                elif target.startswith("/"):
                    path, _, anchor = target.partition("#")
                    key = path.strip("/")
                else:
                    line, col = span.locate(offset)
                    problems.append(diag(origin.rel, line, col, "L101",
                                         f"Liên kết {target!r}: hãy viết đường dẫn trang bắt đầu bằng /, ví dụ /huong-dan/sinh-hoat-thuong-ky/."))
                    continue
                if key not in anchors:
                    line, col = span.locate(offset)
                    problems.append(diag(origin.rel, line, col, "L101", f"Không có trang /{key}/."))
                elif anchor and anchor not in anchors[key]:
                    line, col = span.locate(offset)
                    problems.append(diag(origin.rel, line, col, "L102", f"Trang /{key}/ không có mục #{anchor}."))
    return problems
