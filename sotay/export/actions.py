"""The four actions on every outline and agenda page: copy, DOCX, Markdown, print; and a form's
DOCX where a guidance page shows the form.

Rendered by the core as Markdown (links stay relative, so they work on any
host, under any sub-path and from file://). The copy text (plain, and as HTML
for a word processor) and the Markdown travel in data attributes, so copying
and the Markdown download work offline without fetching anything: Chromium
ignores the `download` attribute on file:// links and would open the .md file
as a page, so sotay.js saves the Markdown from the page itself (a Blob) and the
link is only the no-script fallback.
"""

from __future__ import annotations

from html import escape

from ..model import Meeting
from ..render.common import rel_link
from .clipboard_html import form_html, html_of
from .items import ExportContext, exportables, form_exportables
from .markdown import to_markdown
from .plain import blocks, text_of, to_text


def _attr(text: str) -> str:
    """Text as an HTML attribute value that the page reads back exactly, newlines included, once
    sotay.js unpacks it: its "%" and "&" go in as "%25" and "%26". Python-Markdown writes an
    attribute back leaving a "&" that opens an entity as it is, so the page read "<" where the text
    held "&lt;", and an outline's copied HTML carried the tags an editor put in a code span."""
    packed = text.replace("%", "%25").replace("&", "%26")
    return escape(packed, quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


class ActionBars:
    """page -> Markdown of its action bar ('' for pages without exports); `form(src, form)` -> the
    bar over a form that the page `src` shows."""

    def __init__(self, corpus, registry):
        self.ctx = ExportContext(corpus, registry)
        self.by_page = {exp.page_src: exp for exp in exportables(corpus)}
        self.forms = {exp.item.slug: exp for exp in form_exportables(corpus)}

    def __call__(self, page) -> str:
        exp = self.by_page.get(page.src)
        if exp is None:
            return ""
        parts = blocks(exp, self.ctx)  # once for both kinds of copy
        copy, html, markdown = _attr(text_of(parts)), _attr(html_of(parts)), _attr(to_markdown(exp, self.ctx))
        links = " ".join(_link(page.src, exp, label, fmt) for label, fmt in (("Tải về DOCX", "docx"), ("Tải về Markdown", "md")))
        # Kept out of search: the same four words on every outline would match "in" and "tải về".
        # What the two files are for, in words a phone shows (a tooltip it never does: an older
        # member tapped "Markdown", a word he did not know, and got a .md file).
        # Named by what it acts on, as a form's bar is: "In" on a model meeting prints its agenda alone.
        named = f' role="group" aria-label="{escape(exp.title, quote=True)}"'
        return (f'<div class="sotay-actions"{named} markdown="1" data-search-exclude data-sotay-copy="{copy}"'
                f' data-sotay-html="{html}" data-sotay-md="{markdown}">\n'
                f'<button type="button" class="md-button sotay-copy">Sao chép</button> {links} '
                f'<button type="button" class="md-button sotay-print">In</button>\n\n'
                f'{FILES_HINT}\n{{: .sotay-actions-hint #{FILES_HINT_ID} }}\n</div>')

    def form(self, src: str, form, anchored: bool = True) -> str:
        """"Sao chép" (the form as the text block under the bar shows it, and laid out as it prints
        for a word processor), the DOCX and "In" (the
        form alone: the browser's own print gave the minutes form as eight pages of its guide), as
        an outline's bar has them. The DOCX is a plain link, so it works without script and from
        file:// (the file's own name is the download's)."""
        exp = self.forms.get(form.slug)
        if exp is None:
            return ""
        anchor = f' id="{form_anchor(form.slug)}"' if anchored else ""  # the form's first place on the page
        # Named by its form: a page with two forms read "Sao chép, Tải về DOCX, In" twice to a
        # screen reader, before either form's text.
        named = f' role="group" aria-label="{escape(form.title, quote=True)}"'
        return (f'<div class="sotay-actions sotay-form-actions"{anchor}{named} markdown="1" data-search-exclude'
                f' data-sotay-copy="{_attr(to_text(exp, self.ctx))}" data-sotay-html="{_attr(form_html(form))}">\n'
                f'<button type="button" class="md-button sotay-copy">Sao chép</button> '
                f'{_link(src, exp, "Tải về DOCX", "docx", described=False)} '
                f'<button type="button" class="md-button sotay-print">In</button>\n</div>')


def form_anchor(slug: str) -> str:
    """The id of a form's bar, right above the form: the home page's list of forms leads there (to
    the heading before it, a reader landed on "Bước 2" with the form a screen further down)."""
    return f"bieu-mau-{slug}"


# What each file is for, shown as the button's tooltip: "Markdown" means nothing to a secretary,
# and a phone offers no program to open it.
_FOR = {"docx": "Bản Word để chi bộ sửa thành văn bản của mình và in",
        "md": "Tệp nguồn (Markdown) cho biên tập viên: sửa rồi gửi lại Sổ tay; để sửa trong Word, dùng bản DOCX"}


# A model meeting's agenda is written out as a sample agenda (content/chuong-trinh), not the
# model's own file: sent back, it makes a new sample agenda, and the tooltip says so.
_MODEL_MD = ("Chương trình của mô hình, viết thành tệp nguồn (Markdown) của một chương trình mẫu: biên tập viên sửa rồi gửi "
             "Sổ tay thành chương trình mẫu mới; để sửa trong Word, dùng bản DOCX")


FILES_HINT_ID = "sotay-tai-ve-la-gi"
FILES_HINT = "DOCX: bản Word để chi bộ sửa và in. Markdown: tệp nguồn cho biên tập viên."


def _link(src: str, exp, label: str, fmt: str, described: bool = True) -> str:
    title = _MODEL_MD if fmt == "md" and isinstance(exp.item, Meeting) else _FOR[fmt]
    hint = f' aria-describedby="{FILES_HINT_ID}"' if described else ""
    return (f'[{label}]({rel_link(src, exp.download_src(fmt))})'
            f'{{ .md-button download="{exp.download_name(fmt)}" title="{title}"{hint} }}')


def renderer(corpus, registry) -> ActionBars:
    return ActionBars(corpus, registry)
