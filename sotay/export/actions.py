"""The four actions on every outline and agenda page: copy, DOCX, Markdown, print.

Rendered by the core as Markdown (links stay relative, so they work on any
host, under any sub-path and from file://); the copy text travels in a data
attribute, so copying works offline without fetching anything.
"""

from __future__ import annotations

from html import escape

from ..render.common import rel_link
from .items import ExportContext, exportables
from .plain import to_text


def renderer(corpus, registry):
    """A function page -> Markdown of its action bar ('' for pages without exports)."""
    ctx = ExportContext(corpus, registry)
    by_page = {exp.page_src: exp for exp in exportables(corpus)}

    def actions(page) -> str:
        exp = by_page.get(page.src)
        if exp is None:
            return ""
        copy = escape(to_text(exp, ctx), quote=True).replace("\n", "&#10;")
        links = " ".join(
            f'[{label}]({rel_link(page.src, exp.download_src(fmt))}){{ .md-button download="{exp.filename}.{fmt}" }}'
            for label, fmt in (("Tải về DOCX", "docx"), ("Tải về Markdown", "md")))
        return (f'<div class="sotay-actions" markdown="1" data-sotay-copy="{copy}">\n'
                f'<button type="button" class="md-button sotay-copy">Sao chép</button> {links} '
                f'<button type="button" class="md-button sotay-print">In</button>\n</div>')

    return actions
