"""Shared pieces for rendering content objects as Markdown pages."""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass
class Page:
    """A Markdown page produced by the core; the renderer adapter turns it into HTML."""

    src: str  # virtual source path, e.g. "huong-dan/chuan-bi.md"
    title: str
    body: str  # Markdown without front matter
    kind: str
    meta: dict = field(default_factory=dict)
    item: object = None

    @property
    def url(self) -> str:
        """Directory URL of the page relative to the site root."""
        stem = self.src[:-3]
        if stem == "index":
            return ""
        return (stem[:-6] if stem.endswith("/index") else stem) + "/"

    def markdown(self) -> str:
        # render_macros: false is the macros plugin's own precaution switch:
        # generated pages never go through Jinja, whatever their text says.
        meta = {"title": self.title, "sotay_kind": self.kind, **self.meta, "render_macros": False}
        # JSON values are valid YAML flow scalars, and far cheaper to write than yaml.safe_dump.
        head = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
        return f"---\n{head}---\n\n{self.body.rstrip()}\n"


def rel_link(from_src: str, to_src: str) -> str:
    """Relative Markdown link between two virtual source files (both relative to the docs root)."""
    here = from_src.split("/")[:-1]
    there = to_src.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def escape_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(escape_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def printable(markdown: str) -> str:
    """Text that belongs on the printed outline or agenda besides its body (who presents, how
    long, the documents it rests on): printed with it, like the DOCX and the copied text."""
    return f'<div class="sotay-printed" markdown>\n\n{markdown}\n\n</div>' if markdown else ""


def bullet_list(items) -> str:
    return "\n".join(f"- {item}" for item in items)
