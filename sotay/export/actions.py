"""The four actions on every outline and agenda page: copy, DOCX, Markdown, print.

Rendered by the core as Markdown (links stay relative, so they work on any
host, under any sub-path and from file://). The copy text and the Markdown
travel in data attributes, so copying and the Markdown download work offline
without fetching anything: Chromium ignores the `download` attribute on file://
links and would open the .md file as a page, so sotay.js saves the Markdown from
the page itself (a Blob) and the link is only the no-script fallback.
"""

from __future__ import annotations

from html import escape

from ..render.common import rel_link
from .items import ExportContext, exportables
from .markdown import to_markdown
from .plain import to_text


def _attr(text: str) -> str:
    """Text as an HTML attribute value that the browser reads back exactly, newlines included."""
    return escape(text, quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def renderer(corpus, registry):
    """A function page -> Markdown of its action bar ('' for pages without exports)."""
    ctx = ExportContext(corpus, registry)
    by_page = {exp.page_src: exp for exp in exportables(corpus)}

    def actions(page) -> str:
        exp = by_page.get(page.src)
        if exp is None:
            return ""
        copy, markdown = _attr(to_text(exp, ctx)), _attr(to_markdown(exp, ctx))
        links = " ".join(
            f'[{label}]({rel_link(page.src, exp.download_src(fmt))}){{ .md-button download="{exp.download_name(fmt)}" }}'
            for label, fmt in (("Tải về DOCX", "docx"), ("Tải về Markdown", "md")))
        # Kept out of search: the same four words on every outline would match "in" and "tải về".
        return (f'<div class="sotay-actions" markdown="1" data-search-exclude data-sotay-copy="{copy}" data-sotay-md="{markdown}">\n'
                f'<button type="button" class="md-button sotay-copy">Sao chép</button> {links} '
                f'<button type="button" class="md-button sotay-print">In</button>\n</div>')

    return actions
