"""Page fragments shared by several page kinds: sources, references, agendas."""

from __future__ import annotations

import re

from ..model import AgendaItem, Document, Source
from ..text import match_key, vn_date
from ..urls import external_host
from .common import link_target, plain_text, rel_link, table
from .links import page_src
from .sections import CLOSING


def doc_src(doc: Document) -> str:
    return page_src(doc.page_key)


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


def search_names(doc: Document, types: dict) -> list[str]:
    """How members name a document when they search: its kind and number ("Hướng dẫn 42"), and
    the names it is known by ("Nghị quyết Trung ương 4 khóa XII")."""
    names = list(doc.aliases or [])
    number = doc.code.split("-", 1)[0].split("/", 1)[0] if doc.code else ""
    if not number and doc.name and doc.type in types:
        # Known by its number alone, its code unknown ("Chỉ thị số 01 (khóa XIV)"): "Chỉ thị 01", as
        # members type it, found the Kết luận 01-KL/TW first.
        known = re.match(rf"{re.escape(types[doc.type].label)} số (\d+)\b", doc.name)
        number = known.group(1) if known else ""
    if number and doc.type in types:
        names.insert(0, f"{types[doc.type].label} {number}")
    return names


# Words that end the naming part of a document's name ("Nghị quyết Đại hội XII của Đảng" -> "Đại hội").
# Compared through match_key, so "khóa" and "khoá" are one word.
_NAME_ENDS = {match_key(w) for w in ("của", "về", "khóa", "lần", "ngày", "năm", "số", "và", "trong", "theo")}
_NUMBER = re.compile(r"^(?:\d+|[IVXLC]+)$")


def _names_body(label: str, body: str, kind: str) -> bool:
    """Does a document's label already name its issuing body?

    Either the body is written out in it, or the words that follow the document kind
    (up to the first number or linking word) are all words of the body: "Nghị quyết Đại hội
    Đảng toàn quốc lần thứ XIII" names "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng";
    "Nghị quyết Trung ương 4 khóa XI" names "Ban Chấp hành Trung ương"."""
    if match_key(body) in match_key(label):
        return True
    rest = label[len(kind):] if kind and match_key(label).startswith(match_key(kind)) else label
    naming = []
    for word in re.findall(r"\w+", rest):
        if _NUMBER.match(word) or match_key(word) in _NAME_ENDS:
            break
        naming.append(match_key(word))
    return bool(naming) and set(naming) <= set(re.findall(r"\w+", match_key(body)))


def reference_parts(doc, types: dict) -> tuple[str, str]:
    """A registry document written out in full (kind and number, date, issuer and term, title),
    each fact once: a name that already names the issuer gets no "của <issuer>", a term already
    in the name is not repeated, and the province goes in brackets only when nothing else names it.

    Split in two: the label a page links to its registry page, and the rest."""
    kind = types[doc.type].label if doc.type in types else ""
    label = with_date(f"{kind} {doc.code}".strip() if doc.code else doc.name or doc.id, doc)
    body = doc.issuing_body or ""
    if doc.province and match_key(doc.province) not in match_key(label + " " + body):
        label += f" ({doc.province})"
    rest = ""
    if body and not _names_body(label, body, kind):
        rest += f" của {body}"
    if doc.term and not re.search(rf"\b{re.escape(match_key(f'khóa {doc.term}'))}\b", match_key(label + rest)):
        rest += f" khóa {doc.term}"
    if doc.title:
        rest += f": {doc.title}"
    return label, rest


def reference_line(doc, types: dict, registry=None, sources: dict | None = None) -> str:
    """reference_parts as one line; with the registry, a replaced document names its successor;
    with the sources, the facts a cell's report alone gives say so (reported_note)."""
    label, rest = reference_parts(doc, types)
    chain = registry.chain(doc) if registry is not None else [doc]
    names = [reference_parts(d, types)[0] for d in chain[1:]]
    return label + rest + _aside(names, reported_note(doc, sources or {}, bool(names)))


def _aside(successors: list[str], reported: str) -> str:
    """One parenthesis after a reference, not two side by side: "(đã được thay thế bởi …, nay là
    …; việc thay thế theo bài viết …; chưa đối chiếu với văn bản gốc)". The document that replaced
    it, then the newest of its chain, as the sources say "03-CT/TW, nay là 05-CT/TW": named as what
    replaced it, not as in force, which no source may say."""
    replaced = f"đã được thay thế bởi {successors[0]}" + (f", nay là {successors[-1]}" if successors[1:] else "") \
        if successors else ""
    parts = [replaced, reported]
    return f" ({'; '.join(p for p in parts if p)})" if any(parts) else ""


# A report by a Party cell (content/tu-vung.yml, source_kinds) tells what its cell cited, as it
# cited it: a fact no other source gives is the report's word, not the document's.
CELL_REPORT = "bai-viet"
_FACT_NAMES = {"code": "số hiệu", "issuing_body": "cơ quan ban hành", "term": "khóa",
               "date": "ngày ban hành", "year": "năm ban hành", "title": "trích yếu", "status": "việc thay thế"}


def _report_name(src: Source) -> str:
    """"bài viết ngày 15/5/2023 của Lâm Văn Tuyên" (the day first: "Lâm Văn Tuyên ngày …" read as
    the author's own date); a report signed with initials ("VP") by its title."""
    who = f"của {src.author}" if src.author and " " in src.author.strip() else f"“{src.title}”"
    return "bài viết" + (f" ngày {vn_date(src.date)}" if src.date else "") + f" {who}"


def reported_note(doc, sources: dict, replaced: bool = False) -> str:
    """"trích yếu theo bài viết ngày 15/5/2023 của Lâm Văn Tuyên; chưa đối chiếu với văn bản gốc": what a
    reference written out in full (a page's list, a branch's DOCX, the copied text) says of a
    document with facts only a cell's report gives. A page links the document's own page, where
    each fact shows its source; a branch's document has no link, so the words say it."""
    if not doc.code:
        return ""  # a document named, not numbered ("Nghị quyết Đại hội XII"): a name claims no text
    shown = [f for f in ("code", "issuing_body", "term", "date", "year", "title") if getattr(doc, f, None)]
    if replaced:
        shown.append("status")
    reported, reports = [], []
    for fact in shown:
        found = [sources.get(s) for s in (doc.sources or {}).get(fact, [])]
        if found and all(s is not None and s.kind == CELL_REPORT for s in found):
            reported.append(fact)
            reports += [s for s in found if s not in reports]
    if not reported:
        return ""
    names = [_FACT_NAMES[f] for f in reported]
    what = "" if len(reported) == len(shown) else ", ".join(names[:-1]) + " và " * (len(names) > 1) + names[-1] + " "
    who = ", ".join(_report_name(s) for s in reports)
    return f"{what}theo {who}; chưa đối chiếu với văn bản gốc"


def source_parts(src: Source) -> list[str]:
    """A source's title, who wrote it, where and when: what a page and a downloaded outline say of it."""
    author = src.author
    if author and author.isupper() and " " not in author.strip():
        author = f"tác giả ký tắt {author.strip()}"  # "— VP" alone read as a unit's or a place's name
    who = ", ".join(p for p in (author, src.unit) if p)
    where = ", ".join(p for p in (src.publication, vn_date(src.date)) if p)
    return [p for p in (src.title, who, where) if p]


def source_line(src: Source) -> str:
    title, *rest = (plain_text(p) for p in source_parts(src))
    # A title in English (a newspaper's English edition): marked so, or a screen reader's Vietnamese
    # voice reads it with Vietnamese sounds. Vietnamese titles carry marks; four bare words are English.
    english = title.isascii() and len(title.split()) >= 4
    line = " — ".join([f'<em lang="en">{title}</em>' if english else f"*{title}*", *rest])
    if src.url:
        # The handbook is read on networks without Internet: say where the link goes and that it needs it.
        host = (external_host(src.url) or "").removeprefix("www.")
        line += f" ([xem tại {plain_text(host)}]({link_target(src.url)}), cần Internet)"
    return line


def sources_section(ids, sources: dict, numbered=False) -> str:
    items = [sources[i] for i in ids if i in sources]
    if not items:
        return ""
    # Numbered, each item is the target of the "[n]" that cites it (source_anchor).
    lines = [f"## {CLOSING['nguon']}", ""] + [f'{n}. <span id="{source_anchor(n)}"></span>{source_line(s)}' if numbered
                                else f"- {source_line(s)}" for n, s in enumerate(items, 1)]
    return "\n".join(lines)


def source_anchor(number: int) -> str:
    return f"nguon-{number}"


def references_section(ids, registry, types: dict, page_src: str, heading=CLOSING["van-ban-lam-can-cu"], sources: dict | None = None) -> str:
    lines = []
    for doc_id in ids:
        doc = registry.get(doc_id)
        if doc is None:
            continue
        label, rest = reference_parts(doc, types)
        line = f"- [{label}]({rel_link(page_src, doc_src(doc))}){rest}"
        names = [f"[{reference_parts(d, types)[0]}]({rel_link(page_src, doc_src(d))})" for d in registry.chain(doc)[1:]]
        line += _aside(names, reported_note(doc, sources or {}, bool(names)))
        lines.append(line)
    if not lines:
        return ""
    return "\n".join([f"## {heading}", ""] + lines)


def agenda_table(items: list[AgendaItem]) -> str:
    # A step's note goes on a line of its own under its title, as in the DOCX: on a phone the
    # title is a card's bold heading, and a note run on after it read as part of the title.
    rows = [[str(i), item.title + (f' <br><span class="sotay-agenda-note">Lưu ý: {item.notes}</span>' if item.notes else ""),
             f"{item.minutes} phút", item.lead, item.record]
            for i, item in enumerate(items, 1)]
    total = sum(item.minutes for item in items)
    # The total leads the table: under it, a printed page could end with the table and the next
    # open with the total alone (Chromium keeps no paragraph with the table above it; it keeps one
    # with the table below).
    return f"**Tổng thời gian dự kiến:** {total} phút.\n\n" + \
        table(["STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản"], rows)


def quotes_block(quotes, sources: dict) -> str:
    out = []
    for q in quotes:
        src = sources.get(q.source)
        who = f"{q.speaker}, " if q.speaker else ""
        out.append(f"> “{q.text}”\n>\n> — {who}theo *{src.title if src else q.source}*")
    return "\n\n".join(out)
