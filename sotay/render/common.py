"""Shared pieces for rendering content objects as Markdown pages."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from .. import forms


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


# Without "[" no link or image, without "{" no attribute list: "(", ")" and "!" are left as they are.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}])")


def plain_text(text: str) -> str:
    """Text shown as written, whatever Markdown it holds: a source's title, author and unit are
    facts, not markup ("![x](...)" in a title put an image in every citing page's sources)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def link_target(url: str) -> str:
    """An address as a Markdown link's target: a ")" or a space in it ends the target, and what
    follows would be read as Markdown."""
    return quote(url, safe=":/?#@!$&*+,;=%~-._")


def escape_cell(text: str) -> str:
    # Backslashes before a pipe doubled too: "\|" in a title became "\\|", a backslash and a real
    # cell separator. Only there: the site's own cells escape brackets ("[\[1\]](#nguon-1)").
    return _PIPE.sub(lambda m: "\\" * (2 * len(m.group(1))) + "\\|", str(text)).replace("\n", " ")


_PIPE = re.compile(r"(\\*)\|")


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(escape_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# Put under the title of a page that prints as a document: on paper, what follows it is hidden but
# the document and what is `printable` (sotay.css). A marker, not `:has()`: Firefox ESR 115, the
# last on Windows 7, has none and printed the whole page.
PRINTS_DOCUMENT = '<div class="sotay-print-doc"></div>'
# The same on a page whose document is a part, printed alone by its "In" (sotay.js).
PRINTS_PART = '<div class="sotay-print-part-doc"></div>'


def printable(markdown: str) -> str:
    """Text that belongs on the printed outline or agenda besides its body (who presents, how
    long, the documents it rests on): printed with it, like the DOCX and the copied text."""
    return f'<div class="sotay-printed" markdown>\n\n{markdown}\n\n</div>' if markdown else ""


def on_paper_only(lines: list[str]) -> str:
    """Lines a cell fills in by hand on its printed copy ("Kỳ sinh hoạt: tháng ...", when and where),
    their blanks as dots, as its DOCX has them: printed with the document, never on the screen,
    which has nothing to write on, and out of the search."""
    body = "\n\n".join(forms.dotted(line) for line in lines)
    return f'<div class="sotay-printed sotay-print-only" markdown data-search-exclude>\n\n{body}\n\n</div>'


def bullet_list(items) -> str:
    return "\n".join(f"- {item}" for item in items)


def agenda_what(basis: str) -> str:
    """The word for where an agenda comes from, in its title ("Chương trình sinh hoạt gợi ý")."""
    return "theo ghi nhận" if basis == "ghi-nhan" else "gợi ý"


def agenda_basis(basis: str, strong: str = "") -> str:
    """Where a model meeting's agenda comes from, said the same way on its page and in its
    downloads: a reconstruction never passes for a record."""
    if basis == "ghi-nhan":
        return "Chương trình này được ghi lại theo nguồn."
    return (f"Đây là chương trình {strong}gợi ý{strong} do Sổ tay này dựng từ cách làm của chi bộ; "
            "nguồn không ghi lại chương trình thật của buổi sinh hoạt.")
