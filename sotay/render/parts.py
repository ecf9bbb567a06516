"""Page fragments shared by several page kinds: sources, references, agendas."""

from __future__ import annotations

from ..model import AgendaItem, Document, Source
from ..text import vn_date
from .common import rel_link, table


def doc_src(doc: Document) -> str:
    return f"van-ban/{doc.slug}.md"


def with_date(text: str, doc: Document) -> str:
    """'… ngày 30/3/2007', or '… năm 2025' when only the year is known (and not already written)."""
    if doc.date:
        return f"{text} ngày {vn_date(doc.date)}"
    if doc.year and str(doc.year) not in text:
        return f"{text} năm {doc.year}"
    return text


def doc_label(doc: Document, types: dict) -> str:
    """'Chỉ thị 10-CT/TW ngày 30/3/2007' or the name for documents without a code."""
    if not doc.code:
        return doc.name or doc.id
    kind = types[doc.type].label if doc.type in types else ""
    label = with_date(f"{kind} {doc.code}".strip(), doc)
    if doc.province:
        label += f" ({doc.province})"
    return label


def source_line(src: Source, page_src: str) -> str:
    parts = [f"*{src.title}*"]
    who = ", ".join(p for p in (src.author, src.unit) if p)
    if who:
        parts.append(who)
    where = ", ".join(p for p in (src.publication, vn_date(src.date)) if p)
    if where:
        parts.append(where)
    line = " — ".join(parts)
    if src.url:
        line += f" ([xem nguồn]({src.url}))"
    return line


def sources_section(ids, sources: dict, page_src: str, numbered=False) -> str:
    items = [sources[i] for i in ids if i in sources]
    if not items:
        return ""
    lines = ["## Nguồn", ""] + [f"{f'{n}.' if numbered else '-'} {source_line(s, page_src)}" for n, s in enumerate(items, 1)]
    return "\n".join(lines)


def references_section(ids, registry, types: dict, page_src: str, heading="Văn bản làm căn cứ") -> str:
    lines = []
    for doc_id in ids:
        doc = registry.get(doc_id)
        if doc is None:
            continue
        line = f"- [{doc_label(doc, types)}]({rel_link(page_src, doc_src(doc))})"
        if doc.title:
            line += f": {doc.title}"
        chain = registry.chain(doc)
        if len(chain) > 1:
            newest = chain[-1]
            line += f" (đã được thay thế; văn bản hiện hành: [{doc_label(newest, types)}]({rel_link(page_src, doc_src(newest))}))"
        lines.append(line)
    if not lines:
        return ""
    return "\n".join([f"## {heading}", ""] + lines)


def agenda_table(items: list[AgendaItem]) -> str:
    rows = [[str(i), item.title + (f" — {item.notes}" if item.notes else ""), f"{item.minutes} phút", item.lead, item.record]
            for i, item in enumerate(items, 1)]
    total = sum(item.minutes for item in items)
    return table(["STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản"], rows) + \
        f"\n\n**Tổng thời gian dự kiến:** {total} phút."


def quotes_block(quotes, sources: dict) -> str:
    out = []
    for q in quotes:
        src = sources.get(q.source)
        who = f"{q.speaker}, " if q.speaker else ""
        out.append(f"> “{q.text}”\n>\n> — {who}theo *{src.title if src else q.source}*")
    return "\n\n".join(out)
