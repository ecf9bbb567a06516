"""Search index post-processing (renderer-neutral: works on the index as data).

Material indexes every section of a page as its own document. With a thousand
outlines that is about twelve thousand documents, and a broad Vietnamese query
(folded, so "dang" also finds "đảng") then scores and highlights every one of
them: several hundred milliseconds per keystroke. One document per page keeps
the same words and the same download size at a tenth of the work; a result
opens the page at its top instead of at the section.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

# A page's title in search when it differs from the page's own (its front matter key): a registry
# page's title there is its code's label and its subject (render/pages.py says why).
SEARCH_TITLE = "sotay_search_title"
# A page whose result opens on its sections, not on the lines above them (its front matter key, set
# to true): an outline's category, presenter and duration took a result's every line, and told a
# reader less than the purpose that follows them.
SECTIONS_FIRST = "sotay_search_sections_first"

# "[1], [2]": a registry page's numbered sources. In a result's text they are noise between words.
_SOURCE_MARKS = re.compile(r"\s*\[\d{1,3}\](?:,\s*\[\d{1,3}\])*")


def merge_index_file(path: Path, titles: dict[str, str], sections_first: set[str]) -> None:
    """merge_sections on the index file Material's search plugin wrote, if it wrote one."""
    if path.is_file():
        path.write_text(json.dumps(merge_sections(json.loads(path.read_text(encoding="utf-8")), titles, sections_first),
                                   ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def merge_sections(index: dict, titles: dict[str, str] | None = None, sections_first: set[str] = frozenset()) -> dict:
    """Fold each page's section documents into its article document; `titles` (page URL -> title)
    gives pages their title in search; the pages of `sections_first` (URLs) put their sections'
    text before their own."""
    pages: dict[str, dict] = {}
    docs = []
    own: dict[str, str] = {}  # the text above the first section, of the pages that put it last
    for doc in index.get("docs", []):
        page = doc["location"].split("#", 1)[0]
        article = pages.get(page)
        if article is None:
            article = pages[page] = {**doc, "location": page}
            docs.append(article)
            if page in sections_first:
                own[page], article["text"] = article.get("text", ""), ""
        else:
            article["text"] = " ".join(t for t in (article.get("text", ""), doc.get("title", ""), doc.get("text", "")) if t)
    for page, text in own.items():
        pages[page]["text"] = " ".join(t for t in (pages[page]["text"], text) if t)
    for article in docs:
        if titles and article["location"] in titles:
            article["title"] = titles[article["location"]]
        if "text" in article:
            article["text"] = _SOURCE_MARKS.sub("", article["text"])
    return {**index, "docs": docs}
