"""Plain text: what "Sao chép" puts on the clipboard, and the text runs of the DOCX."""

from __future__ import annotations

import functools
import html
import re

from .. import forms
from ..render.parts import reference_line, source_parts
from ..render.sections import CLOSING
from ..text import roman
from ..verbatim import LIST_ITEM, TABLE_RULE, table_cells

# A link's text stays; its target may hold one level of brackets ("a_(b)") and a title.
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
# Stars mark emphasis anywhere; underscores only at a word's edges (Markdown leaves "bien_ban_10" alone).
# Stars make emphasis inside a word too ("**Lưu ý:**tiếp", "chữ*nghiêng*giữa", as the page shows
# them); underscores only around one ("a_b_c" is a name).
_EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1|(?<![\w])(__|_)(?=\S)(.+?)(?<=\S)\3(?![\w])")
_CODE = re.compile(r"`([^`]*)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
# Escaped characters and code stand aside (private-use characters) while the syntax around them is read.
# A string with none of these holds no inline syntax.
_PAGE_LINK = r"\[[^\]]*\]\(/(?:[^()\s]|\([^()\s]*\))*\)"
# "xem [A]", "xem thêm [A] và [B]": the run of the handbook's pages after "xem", named once after the last.
_SEE_PAGE = re.compile(r"(\b[Xx]em(?:\s+thêm)?\s+)(" + _PAGE_LINK + r"(?:(?:\s*,\s*|\s+(?:và|hoặc)\s+)" + _PAGE_LINK + r")*)")
_SYNTAX = re.compile(r"[\[`*_<&\\]")
_KEPT = re.compile("[\ue000-\uf8ff]")
LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


HANDBOOK = "Sổ tay sinh hoạt chi bộ"
# The handbook as its pages name it: "Sổ tay này", or "Sổ tay" as a sentence's subject ("Sổ tay chưa
# có nguồn …"), never the members' app ("Sổ tay đảng viên điện tử") nor a member's notebook.
# A line may break inside the words (Markdown keeps the break, and a list item's indent, in the page).
HANDBOOK_WORDS = re.compile(r"Sổ\s+tay\s+này|Sổ\s+tay(?=\s+(?:chưa|có|đã|không|gợi|nêu|đọc|dựng)\b)")


@functools.lru_cache(maxsize=4096)
def inline(markdown: str) -> str:
    """Markdown inline syntax removed: links keep their text, emphasis its words, code its letters,
    an escaped character itself, an entity its character. In a page, "Sổ tay này" is the handbook;
    in a branch's own document it would read as that document, so the handbook is named.

    Most strings are plain words (no step applies): they cost one search. The same strings come
    back for the copy text, the DOCX and the link check: cached."""
    if not _SYNTAX.search(markdown):
        return HANDBOOK_WORDS.sub(HANDBOOK, markdown) if "Sổ" in markdown else markdown
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return chr(0xE000 + len(kept) - 1)

    text = _CODE.sub(lambda m: keep(m.group(1)), markdown) if "`" in markdown else markdown
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: keep(m.group(1)), text)
    # "(xem [chương trình họp chi ủy](/chuong-trinh/hop-chi-uy/))": pasted into a message or a
    # document, the link is gone and "xem chương trình họp chi ủy" points nowhere; the words say where.
    text = _SEE_PAGE.sub(lambda m: m.group(1) + _LINK.sub(r"\1", m.group(2)) + f" trong {HANDBOOK}", text) if "(/" in text else text
    text = _LINK.sub(r"\1", text)
    text = HANDBOOK_WORDS.sub(HANDBOOK, text) if "Sổ" in text else text
    for _ in range(2):
        text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(1) else m.group(4), text)
    if "<" in text:
        text = _TAG.sub("", _BREAK.sub(" ", text))
    if "&" in text:
        text = html.unescape(text)
    if not kept:
        return text
    return _KEPT.sub(lambda m: kept[ord(m.group()) - 0xE000] if ord(m.group()) - 0xE000 < len(kept) else m.group(), text)


_QUOTED = re.compile(r"^\s*(?:>\s?)+")


def prose(markdown: str) -> list[tuple[str, str]]:
    """A paragraph field (an outline's purpose and conclusion) as the page shows it, in lines a
    document writes: ("p", a paragraph), ("bullet", a list's point), ("item", a numbered point,
    numbered from 1 as the page numbers it). A quotation is a paragraph; a table's row a point
    naming each cell by its heading ("Việc: …; Người: …"). Blocks are read as Python-Markdown reads
    them (verbatim.py): joined into one paragraph, "- ý một - ý hai" reached the DOCX."""
    out: list[tuple[str, str]] = []
    for block in (b for b in markdown.split("\n\n") if b.strip()):
        lines = [_QUOTED.sub("", line) for line in block.splitlines()]
        if len(lines) > 1 and "|" in lines[0] and TABLE_RULE.match(lines[1]):
            heads = [inline(c) for c in table_cells(lines[0])]
            for row in lines[2:]:
                cells = [inline(c) for c in table_cells(row)]
                out.append(("bullet", "; ".join(f"{h}: {c}" if h else c for h, c in zip(heads, cells, strict=False) if c)))
            continue
        if not LIST_ITEM.match(lines[0]):
            out.append(("p", " ".join(inline(line).strip() for line in lines)))
            continue
        number = 0
        for line in lines:
            m = LIST_ITEM.match(line)
            if m:
                text = inline(line[m.end():]).strip()
                number = number + 1 if m.group(2) else 0
                out.append(("bullet", text) if m.group(1) else ("item", f"{number}. {text}"))
            elif out:  # a point's wrapped line
                out[-1] = (out[-1][0], f"{out[-1][1]} {inline(line).strip()}")
    return out


def letter(i: int) -> str:
    return LETTERS[i] if i < len(LETTERS) else f"{LETTERS[i % len(LETTERS)]}{i // len(LETTERS)}"


# Where an agenda cited a local document: the cell names its own superior committee's, if any.
LOCAL_DOCUMENTS = "Văn bản của cấp ủy cấp trên (nếu có): [...]"


def references(exp, ctx) -> list[str]:
    """The documents an outline or agenda rests on, written out in full.

    An agenda becomes the cell's own document, signed and sent: another province's guide is no
    basis for it, so a local document gives way to one line where the cell names its own superior
    committee's, and a replaced document to the one in force (the page lists them as cited)."""
    docs = [d for d in map(ctx.registry.get, exp.references) if d]
    if exp.kind != "agenda":
        return [reference_line(d, ctx.types, ctx.registry, ctx.corpus.sources) for d in docs]
    lines = list(dict.fromkeys(reference_line(ctx.registry.current(d), ctx.types, ctx.registry, ctx.corpus.sources)
                               for d in docs if d.scope != "dia-phuong"))
    if any(d.scope == "dia-phuong" for d in docs):
        lines.append(LOCAL_DOCUMENTS)
    return lines


def numbered(lines: list[str], end: str = ".") -> list[str]:
    """A list's lines as the documents write them: "1. …." (a line left to fill in ends with its
    blank)."""
    return [f"{i}. {line}" + ("" if line.endswith("]") else end) for i, line in enumerate(lines, 1)]


def sources(exp, ctx) -> list[str]:
    """An outline's sources, each a sentence with its address written out in full after it (no
    stop after an address, which would be copied with it): the body says "according to the report
    of …", and whoever presents it must be able to say where from. An agenda's steps report
    nobody's facts (its DOCX, which the cell signs as its own, names none), but its notes do
    ("theo LuatVietnam …"): where they go, its sources go too."""
    if exp.kind == "form" or (exp.kind != "topic" and not exp.agenda_notes):
        return []
    found = [ctx.corpus.sources[i] for i in exp.item.sources or [] if i in ctx.corpus.sources]
    return [" — ".join(source_parts(s)) + "." + (f" {s.url}" if s.url else "") for s in found]


def topic_sections(exp, ctx):
    """(heading, [(kind, text)]) in order: the one outline structure every format follows.

    kind is "p" (paragraph), "bullet" (unnumbered point), "item" (numbered or lettered
    point, the label already in the text) or "h" (a numbered sub-heading).
    """
    t = exp.item
    sections = [("Mục đích", prose(t.purpose)),
                ("Yêu cầu", [("bullet", inline(r)) for r in t.requirements]),
                ("Nội dung", [x for i, s in enumerate(t.sections, 1)
                              for x in [("h", f"{i}. {inline(s.heading)}")] +
                              [("item", f"{letter(j)}) {inline(p)}") for j, p in enumerate(s.points)]]),
                ("Câu hỏi thảo luận", [("item", f"{i}. {inline(q)}") for i, q in enumerate(t.questions, 1)]),
                ("Kết luận dự kiến", prose(t.conclusion))]
    for heading, lines in ((CLOSING["van-ban-lam-can-cu"], numbered(references(exp, ctx))), (CLOSING["nguon"], numbered(sources(exp, ctx), end=""))):
        if lines:
            sections.append((heading, [("item", line) for line in lines]))
    return sections


def topic_facts(t) -> list[str]:
    """Who presents, for how long, and where the outline comes from: the lines under an
    outline's title in every format."""
    lines = [f"Người chuẩn bị và trình bày: {_sentence(inline(t.presenter))}", f"Thời lượng dự kiến: {t.duration} phút cho cả buổi sinh hoạt."]
    if t.origin:
        lines.append(f"Xuất xứ: {_sentence(inline(t.origin))}")
    return lines


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def blocks(exp, ctx) -> list[tuple[str, object]]:
    """An outline or agenda as the copied text lays it out, in blocks that the plain text and the
    clipboard's HTML each write their way: ("title", …), ("h", a section heading), ("sub", a
    numbered sub-heading), ("p", a line), ("agenda", the items), ("gap", "") a blank line."""
    out: list[tuple[str, object]] = [("title", inline(exp.title).upper())]
    if exp.kind == "topic":
        out += [("p", line) for line in topic_facts(exp.item)]
        for n, (heading, body) in enumerate(topic_sections(exp, ctx)):
            out.append(("h", f"{roman(n + 1)}. {heading.upper()}"))
            out += [("sub", text) if kind == "h" else ("p", f"- {text}" if kind == "bullet" else text) for kind, text in body]
        return out
    # Which meeting, when and where, as its DOCX and its printout leave them to fill in: pasted onto
    # the cell's letterhead, a thematic agenda said only "sinh hoạt chuyên đề".
    out += [("p", forms.dotted(line)) for line in forms.agenda_fill_ins(exp.agenda_kind)] + [("gap", "")]
    out += [("agenda", exp.agenda_items), ("gap", ""), ("p", f"Tổng thời gian dự kiến: {sum(i.minutes for i in exp.agenda_items)} phút.")]
    for heading, lines in (("LƯU Ý", [f"- {inline(n)}" for n in exp.agenda_notes]), ("VĂN BẢN LÀM CĂN CỨ", numbered(references(exp, ctx))),
                           (CLOSING["nguon"].upper(), numbered(sources(exp, ctx), end=""))):
        if lines:
            out += [("h", heading)] + [("p", line) for line in lines]
    return out


def to_text(exp, ctx) -> str:
    """The outline or agenda as clean text, ready to paste into a document or slides; a form as
    the page's text block shows it."""
    if exp.kind == "form":
        from ..forms import text_block

        return text_block(exp.item) + "\n"
    return text_of(blocks(exp, ctx))


def text_of(parts: list[tuple[str, object]]) -> str:
    """`blocks` as plain text."""
    lines: list[str] = []
    for kind, value in parts:
        if kind == "title":
            lines += [value, ""]
        elif kind == "h":
            lines += ["", value] if lines[-1] else [value]
        elif kind == "agenda":
            for i, it in enumerate(value, 1):
                lines.append(f"{i}. {inline(it.title)} ({it.minutes} phút) – {inline(it.lead)}")
                lines.append(f"   Ghi vào biên bản: {inline(it.record)}")
                if it.notes:
                    lines.append(f"   Lưu ý: {inline(it.notes)}")
        else:
            lines.append(value)
    return "\n".join(lines).rstrip() + "\n"
