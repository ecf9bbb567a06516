"""Site-absolute links written by editors (/huong-dan/x/#y) to relative page links.

Editors link to other pages by their public URL; the renderer turns those into
links between source files so the site works under any sub-path and MkDocs can
check them.
"""

from __future__ import annotations

import re

from .common import rel_link

# [text](/path/) or [text](/path/#anchor); the path part has no spaces or parens.
LINK = re.compile(r"\]\((/[a-z0-9\-/]*)(#[A-Za-z0-9\-_]*)?\)")
# The page of each kind of document, a folder of its own: a kind's slug never meets a document's.
KIND_PAGES = "van-ban/loai"


def page_src(key: str) -> str:
    """'huong-dan/x' -> 'huong-dan/x.md'; a library 'chuyen-de/lib' -> its index."""
    key = key.strip("/")
    if not key:
        return "index.md"
    parts = key.split("/")
    if parts[0] == "chuyen-de" and len(parts) == 2 or len(parts) == 1 or key.startswith(KIND_PAGES + "/"):
        return f"{key}/index.md"
    return f"{key}.md"


def page_key_of(src: str) -> str:
    """The inverse of `page_src`: 'chuyen-de/lib/index.md' -> 'chuyen-de/lib'."""
    stem = src.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("/index")


def rewrite(markdown: str, from_src: str, known: set[str]) -> str:
    def sub(m):
        key = m.group(1).strip("/")
        if key not in known and key.split("/")[0] not in known:
            return m.group(0)  # left for the checker (L101) and MkDocs' own validation
        return f"]({rel_link(from_src, page_src(key))}{m.group(2) or ''})"

    return LINK.sub(sub, markdown)
