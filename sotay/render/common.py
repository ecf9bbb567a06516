"""Shared pieces for rendering content objects as Markdown pages."""

from __future__ import annotations

import json
import re
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


def agenda_basis(basis: str, strong: str = "") -> str:
    """Where a model meeting's agenda comes from, said the same way on its page and in its
    downloads: a reconstruction never passes for a record."""
    if basis == "ghi-nhan":
        return "Chương trình dưới đây được ghi lại theo nguồn."
    return (f"Đây là chương trình {strong}gợi ý{strong} do Sổ tay này dựng từ cách làm của chi bộ; "
            "nguồn không ghi lại chương trình thật của buổi sinh hoạt.")


# A document code in running text ("Hướng dẫn 12-HD/BTCTW", "Nghị định 111/2022/NĐ-CP"): a phone
# broke it at its hyphen, "12-" at the end of one line and "HD/BTCTW" on the next.
_CODE = re.compile(r"(?<![\w/.-])(?:\d{1,4}-[A-ZĐ][A-ZĐa-z]{0,5}/[A-ZĐƯ](?:[A-ZĐƯ]|\.(?=[A-ZĐƯ])){0,9}"  # 12-HD/BTCTW
                   r"|\d{1,5}/(?:\d{4}/)?[A-ZĐ]{1,6}-[A-ZĐ][A-ZĐa-z]{0,7})(?![\w/])")  # 111/2022/NĐ-CP
_TAG = re.compile(r"(<[^>]*>)")
_RAW = ("script", "style", "pre", "code", "textarea")


def nowrap_codes(html_text: str) -> str:
    """Wrap every document code in the text of a rendered page in <span class="sotay-code">
    (white-space: nowrap). Tags and attributes are left as they are, and so is raw text and text
    already in a sotay-code element (a registry link)."""
    out, skip = [], None  # skip: the element whose text is left alone
    for piece in _TAG.split(html_text):
        if piece.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", piece)
            name = name.group(1).lower() if name else ""
            opening = not piece.startswith("</") and not piece.endswith("/>")
            if skip is None and opening and (name in _RAW or "sotay-code" in piece):
                skip = name
            elif skip == name and piece.startswith("</"):
                skip = None
            out.append(piece)
        elif skip is None and "-" in piece:
            out.append(_CODE.sub(r'<span class="sotay-code">\g<0></span>', piece))
        else:
            out.append(piece)
    return "".join(out)
