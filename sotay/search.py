"""Search index post-processing (renderer-neutral: works on the index as data).

Material indexes every section of a page as its own document. With a thousand
outlines that is about twelve thousand documents, and a broad Vietnamese query
(folded, so "dang" also finds "đảng") then scores and highlights every one of
them: several hundred milliseconds per keystroke. One document per page keeps
the same words and the same download size at a tenth of the work; a result
opens the page at its top instead of at the section.
"""

from __future__ import annotations

import re

# A page's title in search when it differs from the page's own (its front matter key): a registry
# page's title there is its code's label and its subject (render/pages.py says why).
SEARCH_TITLE = "sotay_search_title"

# "[1], [2]": a registry page's numbered sources. In a result's text they are noise between words.
_SOURCE_MARKS = re.compile(r"\s*\[\d{1,3}\](?:,\s*\[\d{1,3}\])*")


def merge_sections(index: dict, titles: dict[str, str] | None = None) -> dict:
    """Fold each page's section documents into its article document; `titles` (page URL -> title)
    gives pages their title in search."""
    pages: dict[str, dict] = {}
    docs = []
    for doc in index.get("docs", []):
        page = doc["location"].split("#", 1)[0]
        article = pages.get(page)
        if article is None:
            article = pages[page] = {**doc, "location": page}
            docs.append(article)
        else:
            article["text"] = " ".join(t for t in (article.get("text", ""), doc.get("title", ""), doc.get("text", "")) if t)
    for article in docs:
        if titles and article["location"] in titles:
            article["title"] = titles[article["location"]]
        if "text" in article:
            article["text"] = _SOURCE_MARKS.sub("", article["text"])
    return {**index, "docs": docs}
