"""A Markdown extension: an ordered list starts at the number its editor wrote.

Python-Markdown numbers every ordered list from 1 unless told otherwise (`lazy_ol`, an option
MkDocs does not pass): steps 3 and 4, written after a paragraph that interrupts a procedure,
showed as a second "1." and "2.", and a list pasted from Word starting at "5." as 1, 2. Only the
start changes: the items keep the numbers Markdown gives them in order, as a browser counts.
"""

from __future__ import annotations

from markdown import Extension


class StartNumbersExtension(Extension):
    def extendMarkdown(self, md):
        # The processor reads the class's switch; set on the instance, it holds for this converter only.
        md.parser.blockprocessors["olist"].LAZY_OL = False


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name for an extension's entry point)
    return StartNumbersExtension(**kwargs)
