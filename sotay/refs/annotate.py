"""Turn resolved citations in Markdown into links to their registry pages.

Skips text that must not change: code, existing links and images, raw HTML
tags and headings (a link inside a heading would land in the table of contents).
"""

from __future__ import annotations

import re

from ..render.common import rel_link
from .resolve import check

_PROTECTED = re.compile(
    r"`[^`\n]*`"                        # inline code
    r"|!?\[[^\]\n]*\]\([^)\n]*\)"       # links and images
    r"|<[^>\n]*>"                       # HTML tags and autolinks
    r"|^#{1,6}[^\n]*$"                  # headings
    r"|^```.*?^```",                     # fenced code
    re.M | re.S,
)


def protected_ranges(markdown: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PROTECTED.finditer(markdown)]


class Linker:
    """Links citations; reports each resolved citation to `note(doc_id, title, src)`."""

    def __init__(self, doc_src):
        self.doc_src = doc_src  # doc id -> virtual source path of its registry page

    def annotator(self, registry, note):
        def annotate(markdown: str, src: str, item) -> str:
            cites = [c for c in check(markdown, registry) if c.id]
            if not cites:
                return markdown
            title = getattr(item, "title", "")
            blocked = protected_ranges(markdown)
            out, last = [], 0
            for c in cites:
                note(c.id, title, src)
                end = c.link_end or c.end
                if c.start < last or any(a < end and c.start < b for a, b in blocked) or src == self.doc_src(c.id):
                    continue
                out.append(markdown[last:c.start])
                out.append(f"[{markdown[c.start:end]}]({rel_link(src, self.doc_src(c.id))})")
                last = end
            out.append(markdown[last:])
            return "".join(out)

        return annotate
