"""On paper, "Sổ tay này" (plain.HANDBOOK_WORDS) names the handbook. A printed agenda or outline
is handed out as the cell's own paper: there "gợi ý của Sổ tay này" read as the handout itself, or
as the members' app named a line above ("Sổ tay đảng viên điện tử"). The copied text and the DOCX
name it already (export/plain.py); the screen keeps the page's words. Works on a page's HTML, as
nowrap.py does, in its text only.

A guide's words on its form are put the same way: the screen shows the form as a text block to
copy, "thay phần trong ngoặc vuông"; paper prints the form with dotted lines instead
(render/formpaper.py), and a printed guide told its reader to fill in brackets it did not have."""

from __future__ import annotations

import re

from ..export.plain import HANDBOOK, HANDBOOK_WORDS
from .nowrap import wrapped

# "Chép khung (dưới đây) vào tệp (hoặc sổ), thay phần trong ngoặc vuông": what to do with the
# text block, which does not print. One clause, across the source's line breaks.
FORM_LEAD = re.compile(r"\bChép\s+khung\b[^.,;:<]{0,60},\s+thay\s+phần\s+trong\s+ngoặc\s+vuông")
FORM_LEAD_ON_PAPER = "Điền vào các dòng chấm của mẫu dưới đây"


def _on_paper(m: re.Match) -> str:
    if m.re is FORM_LEAD:
        return f'<span class="sotay-on-paper" data-print="{FORM_LEAD_ON_PAPER}"><span>{m.group()}</span></span>'
    return f'<span class="sotay-handbook" data-print="{HANDBOOK}"><span>{m.group()}</span></span>'


def named_on_paper(html_text: str) -> str:
    # The words in an attribute, printed by sotay.css (::after) in place of the page's: as text,
    # hidden on the screen, they were read by the place a search result opens at ("sinh hoat chi
    # bo bao lau" opened at a "Sổ tay này").
    found = list(HANDBOOK_WORDS.finditer(html_text)) if "Sổ" in html_text else []
    if "ngoặc" in html_text:
        found = sorted(found + list(FORM_LEAD.finditer(html_text)), key=re.Match.start)
    return wrapped(html_text, found, _on_paper) if found else html_text
