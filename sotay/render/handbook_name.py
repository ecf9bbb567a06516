"""On paper, "Sổ tay này" (plain.HANDBOOK_WORDS) names the handbook. A printed agenda or outline is handed out as the
cell's own paper: there "gợi ý của Sổ tay này" read as the handout itself, or as the members' app
named a line above ("Sổ tay đảng viên điện tử"). The copied text and the DOCX name it already
(export/plain.py); the screen keeps the page's words. Works on a page's HTML, as nowrap.py does."""

from __future__ import annotations

import re

from ..export.plain import HANDBOOK, HANDBOOK_WORDS

# The name in an attribute, printed by sotay.css (::after) in place of the words: as text, hidden
# on the screen, it was read by the place a search result opens at ("sinh hoat chi bo bao lau"
# opened at a "Sổ tay này").
SWAPPED = f'<span class="sotay-handbook" data-print="{HANDBOOK}"><span>\\g<0></span></span>'
_TAG = re.compile(r"(<[^>]*>)")
# Raw text, left as written: a code sample showing the phrase shows it.
_RAW = re.compile(r"<(script|style|pre|code|textarea)\b", re.I)


def named_on_paper(html_text: str) -> str:
    if "Sổ" not in html_text:
        return html_text
    parts = _TAG.split(html_text)  # text at even indices, tags at odd ones
    raw = None
    for i, part in enumerate(parts):
        if i % 2:
            if raw is None and (m := _RAW.match(part)):
                raw = m.group(1).lower()
            elif raw is not None and part.lower().startswith(f"</{raw}"):
                raw = None
        elif raw is None and "Sổ" in part:
            parts[i] = HANDBOOK_WORDS.sub(SWAPPED, part)
    return "".join(parts)
