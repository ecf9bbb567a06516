"""Plain text: what "Sao chép" puts on the clipboard, and the text runs of the DOCX."""

from __future__ import annotations

import re

from ..render.parts import with_date
from ..text import match_key

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_CODE = re.compile(r"`([^`]*)`")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def inline(markdown: str) -> str:
    """Markdown inline syntax removed: links keep their text, emphasis its words."""
    text = _LINK.sub(r"\1", markdown)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    return text


def paragraphs(markdown: str) -> list[str]:
    return [" ".join(inline(line).strip() for line in block.splitlines()) for block in markdown.split("\n\n") if block.strip()]


def letter(i: int) -> str:
    return LETTERS[i] if i < len(LETTERS) else f"{LETTERS[i % len(LETTERS)]}{i // len(LETTERS)}"


# Words that end the naming part of a document's name ("Nghị quyết Đại hội XII của Đảng" -> "Đại hội").
# Compared through match_key, so "khóa" and "khoá" are one word.
_NAME_ENDS = {match_key(w) for w in ("của", "về", "khóa", "lần", "ngày", "năm", "số", "và", "trong", "theo")}
_NUMBER = re.compile(r"^(?:\d+|[IVXLC]+)$")


def _names_body(label: str, body: str, kind: str) -> bool:
    """Does a document's label already name its issuing body?

    Either the body is written out in it, or the words that follow the document kind
    (up to the first number or linking word) are all words of the body: "Nghị quyết Đại hội XII
    của Đảng" names "Đại hội đại biểu toàn quốc lần thứ XII của Đảng"; "Nghị quyết Trung ương 4
    khóa XI" names "Ban Chấp hành Trung ương"."""
    if match_key(body) in match_key(label):
        return True
    rest = label[len(kind):] if kind and match_key(label).startswith(match_key(kind)) else label
    naming = []
    for word in re.findall(r"\w+", rest):
        if _NUMBER.match(word) or match_key(word) in _NAME_ENDS:
            break
        naming.append(match_key(word))
    return bool(naming) and set(naming) <= set(re.findall(r"\w+", match_key(body)))


def reference_line(doc, types: dict) -> str:
    """A registry document written out in full (kind and number, date, issuer and term, title),
    each fact once: a name that already names the issuer gets no "của <issuer>", a term already
    in the name is not repeated, and the province goes in brackets only when nothing else names it."""
    kind = types[doc.type].label if doc.type in types else ""
    text = with_date(f"{kind} {doc.code}".strip() if doc.code else doc.name or doc.id, doc)
    body = doc.issuing_body or ""
    if doc.province and match_key(doc.province) not in match_key(text + " " + body):
        text += f" ({doc.province})"
    if body and not _names_body(text, body, kind):
        text += f" của {body}"
    if doc.term and not re.search(rf"\b{re.escape(match_key(f'khóa {doc.term}'))}\b", match_key(text)):
        text += f" khóa {doc.term}"
    if doc.title:
        text += f": {doc.title}"
    return text


def references(exp, ctx) -> list[str]:
    ids = getattr(exp.item, "references", None) or []
    return [reference_line(ctx.registry.get(i), ctx.types) for i in ids if ctx.registry.get(i)]


def topic_sections(exp, ctx):
    """(heading, [(kind, text)]) in order: the one outline structure every format follows.

    kind is "p" (paragraph), "bullet" (unnumbered point), "item" (numbered or lettered
    point, the label already in the text) or "h" (a numbered sub-heading).
    """
    t = exp.item
    sections = [("Mục đích", [("p", p) for p in paragraphs(t.purpose)]),
                ("Yêu cầu", [("bullet", inline(r)) for r in t.requirements]),
                ("Nội dung", [x for i, s in enumerate(t.sections, 1)
                              for x in [("h", f"{i}. {inline(s.heading)}")] +
                              [("item", f"{letter(j)}) {inline(p)}") for j, p in enumerate(s.points)]]),
                ("Câu hỏi thảo luận", [("item", f"{i}. {inline(q)}") for i, q in enumerate(t.questions, 1)]),
                ("Kết luận dự kiến", [("p", p) for p in paragraphs(t.conclusion)])]
    refs = references(exp, ctx)
    if refs:
        sections.append(("Văn bản làm căn cứ", [("item", f"{i}. {r}.") for i, r in enumerate(refs, 1)]))
    return sections


def to_text(exp, ctx) -> str:
    """The outline or agenda as clean text, ready to paste into a document or slides."""
    lines = [exp.title.upper(), ""]
    if exp.kind == "topic":
        t = exp.item
        lines += [f"Người chuẩn bị và trình bày: {t.presenter}", f"Thời lượng dự kiến: {t.duration} phút", ""]
        for n, (heading, body) in enumerate(topic_sections(exp, ctx)):
            lines.append(f"{ROMAN[n]}. {heading.upper()}")
            for kind, text in body:
                lines.append(f"- {text}" if kind == "bullet" else text)
            lines.append("")
    else:
        for i, it in enumerate(exp.agenda_items, 1):
            lines.append(f"{i}. {inline(it.title)} ({it.minutes} phút) – {inline(it.lead)}")
            lines.append(f"   Ghi biên bản: {inline(it.record)}")
            if it.notes:
                lines.append(f"   Lưu ý: {inline(it.notes)}")
        lines += ["", f"Tổng thời gian dự kiến: {sum(i.minutes for i in exp.agenda_items)} phút."]
    return "\n".join(lines).rstrip() + "\n"
