"""On paper, "Sổ tay này" (plain.HANDBOOK_WORDS) names the handbook. A printed agenda or outline
is handed out as the cell's own paper: there "gợi ý của Sổ tay này" read as the handout itself, or
as the members' app named a line above ("Sổ tay đảng viên điện tử"). The copied text and the DOCX
name it already (export/plain.py); the screen keeps the page's words. Works on a page's HTML, as
nowrap.py does, in its text only."""

from __future__ import annotations

from ..export.plain import HANDBOOK, HANDBOOK_WORDS
from .nowrap import wrapped


def named_on_paper(html_text: str) -> str:
    # The name in an attribute, printed by sotay.css (::after) in place of the words: as text,
    # hidden on the screen, it was read by the place a search result opens at ("sinh hoat chi bo
    # bao lau" opened at a "Sổ tay này").
    if "Sổ" not in html_text:
        return html_text
    return wrapped(html_text, list(HANDBOOK_WORDS.finditer(html_text)),
                   lambda m: f'<span class="sotay-handbook" data-print="{HANDBOOK}"><span>{m.group()}</span></span>')
