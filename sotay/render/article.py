"""What a page's rendered article goes through after any renderer has made it: document codes
kept on one line (nowrap). The MkDocs hook runs it on each page's content; another renderer's
adapter on the article of each page it wrote."""

from __future__ import annotations

from .nowrap import nowrap_codes


def finish_article(html_text: str) -> str:
    return nowrap_codes(html_text)
