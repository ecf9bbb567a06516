"""A Markdown extension: content tables a phone cannot show side by side become labelled cards.

A table of three or more columns written in a page's Markdown (a tracking sheet, a rota, who
does what) overflowed 375 px and scrolled sideways. Each such table is wrapped in
`<div class="sotay-cards">` and each cell carries its column's heading in `data-sotay-label`;
the site's stylesheet shows the rows as cards below 720 px, each cell after its label, and the
table as it is on a wider screen and on paper. Tables the handbook lays out itself (an agenda,
the registry index, a library, a document's facts) have a layout of their own and are left alone;
a table an editor writes inside any other block of the handbook's (an outline's body is in
`sotay-doc`, its printed notes in `sotay-printed`) is the editor's and gets cards.

Python-Markdown runs it, so the build and the check's rendering (sotay/rendered.py reads the
extensions from mkdocs.yml) see the same HTML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

MIN_COLUMNS = 3
# The blocks whose tables the handbook lays out (sotay/render/parts.py's agenda_table, site.py's
# registry index, pages.py's library and document facts), with their own cards or columns.
OWN_LAYOUTS = frozenset({"sotay-agenda", "sotay-registry", "sotay-library", "sotay-facts"})
WRAPPER_CLASS = "sotay-cards"
LABEL = "data-sotay-label"


def _text(element: ET.Element) -> str:
    # Raw HTML in a heading is still a placeholder here: it is left out of the label.
    return " ".join(HTML_PLACEHOLDER_RE.sub(" ", "".join(element.itertext())).split())


def _laid_out_by_the_handbook(element: ET.Element) -> bool:
    return not OWN_LAYOUTS.isdisjoint(element.get("class", "").split())


# A column aligned in Markdown (":---:") gets a style on each cell, which the site's policy
# (style-src 'self') refuses: every column showed at the left, and the console logged each cell.
# The same alignment as a class of the stylesheet's.
ALIGN_STYLE = re.compile(r"text-align:\s*(left|right|center);?")
ALIGN_CLASSES = {f"sotay-align-{side}" for side in ("left", "right", "center")}


def _align_by_class(root: ET.Element) -> None:
    for cell in root.iter():
        if cell.tag in ("th", "td") and (style := ALIGN_STYLE.fullmatch((cell.get("style") or "").strip())):
            del cell.attrib["style"]
            cell.set("class", " ".join(filter(None, [cell.get("class"), f"sotay-align-{style.group(1)}"])))


class _CardTables(Treeprocessor):
    def run(self, root: ET.Element) -> None:
        _align_by_class(root)
        self._walk(root, inside_own_block=False)

    def _walk(self, parent: ET.Element, inside_own_block: bool) -> None:
        inside_own_block = inside_own_block or _laid_out_by_the_handbook(parent)
        for index, child in enumerate(list(parent)):
            if child.tag != "table":
                self._walk(child, inside_own_block)
            elif not inside_own_block and self._label(child):
                wrapper = ET.Element("div", {"class": WRAPPER_CLASS})
                wrapper.tail, child.tail = child.tail, None
                parent.remove(child)
                wrapper.append(child)
                parent.insert(index, wrapper)

    @staticmethod
    def _label(table: ET.Element) -> bool:
        """Label every body cell with its column's heading; False where the table stays a table."""
        headings = [_text(th) for th in table.iterfind("./thead/tr/th")]
        if len(headings) < MIN_COLUMNS:
            return False
        for row in table.iterfind("./tbody/tr"):
            for heading, cell in zip(headings, row, strict=False):
                if heading:
                    cell.set(LABEL, heading)
        return True


class CardTablesExtension(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's name)
        # Last, once inline Markdown and escapes in the headings are text (a label is plain text).
        md.treeprocessors.register(_CardTables(md), "sotay_card_tables", -10)


def makeExtension(**kwargs) -> CardTablesExtension:  # noqa: N802 (Python-Markdown's entry point)
    return CardTablesExtension(**kwargs)
