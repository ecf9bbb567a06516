"""Markdown downloads: an outline or an agenda exactly as an editor writes it, so it loads back
through the content model unchanged (saved under content/, it is the same item)."""

from __future__ import annotations

from ..agenda_md import to_markdown as agenda_markdown
from ..outline import to_markdown as outline_markdown


def to_markdown(exp, ctx) -> str:
    if exp.kind == "topic":
        return outline_markdown(exp.item)
    return agenda_markdown(exp.sample_agenda)
