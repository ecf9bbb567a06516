"""Markdown downloads: a topic outline exactly as an editor writes it (it loads back
through the content model unchanged); an agenda as a readable table."""

from __future__ import annotations

from ..outline import to_markdown as outline_markdown
from ..render.common import table
from .plain import inline, references


def to_markdown(exp, ctx) -> str:
    if exp.kind == "topic":
        return outline_markdown(exp.item)
    kind = ctx.corpus.vocab.meeting_kinds.get(exp.agenda_kind, exp.agenda_kind) if ctx.corpus.vocab else exp.agenda_kind
    rows = [[str(i), inline(it.title) + (f" ({inline(it.notes)})" if it.notes else ""), f"{it.minutes} phút", inline(it.lead), inline(it.record)]
            for i, it in enumerate(exp.agenda_items, 1)]
    lines = [f"# {exp.title}", "", f"**Loại buổi:** {kind}", "",
             table(["STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản"], rows), "",
             f"**Tổng thời gian dự kiến:** {sum(i.minutes for i in exp.agenda_items)} phút.", ""]
    notes = getattr(exp.item, "notes", None) or []
    if notes:
        lines += ["## Lưu ý", ""] + [f"- {inline(n)}" for n in notes] + [""]
    refs = references(exp, ctx)
    if refs:
        lines += ["## Văn bản làm căn cứ", ""] + [f"- {r}" for r in refs] + [""]
    return "\n".join(lines)
