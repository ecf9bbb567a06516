"""Forms a cell fills in (content/mau/): where a guidance page shows one, the text block it shows,
and the blanks a DOCX draws with dots.

The form lives in one file; the page's text block and the DOCX are both made from it, so the two
never say different things. A guidance page shows a form where its body holds a block

    ```mau
    bien-ban-sinh-hoat-chi-bo
    ```

(the name of a file in content/mau/), which the renderer replaces by the download bar and the form.
"""

from __future__ import annotations

import re

from .text import fold, roman
from .verbatim import block_ranges, covers

FOLDER = "mau"
# A ```mau block naming one form: the fence on its own lines, the name alone between them.
DIRECTIVE = re.compile(r"^```mau[ \t]*\n[ \t]*([^\n`]*?)[ \t]*\n```[ \t]*$", re.M)
SIGN_HINT = "[ký, họ tên]"
# The signature columns of the text block: the right one starts this many spaces after the wider
# of the left label and its hint. At 20 (as the form was first typed) the lines were 45
# characters, and a 360 px phone, which wraps the block at about 40, showed "NGƯỜI GHI BIÊN BẢN",
# "CHỦ TRÌ" and the two hints one under the other, as if both signed under CHỦ TRÌ. At 6 the
# minutes' hints (36 characters) still broke at 320 px, which holds about 35.
SIGN_GAP = 4
# "[..]", "[...]", "[thường kỳ / chuyên đề]", "[họ tên]": what is to be written in.
PLACEHOLDER = re.compile(r"\[([^\[\]\n]*)\]")


def _placed(body: str) -> tuple[list[re.Match], list[re.Match]]:
    """The ```mau blocks the page shows as forms, and those inside another block it shows as
    written (an example in a longer fence, a raw <details> block), which it does not."""
    if "```mau" not in body:
        return [], []
    around = block_ranges(body)  # merged: a block nested in another is inside it
    shown, nested = [], []
    for m in DIRECTIVE.finditer(body):
        (nested if covers(around, m.start(), strictly=True) else shown).append(m)
    return shown, nested


def directives(body: str) -> list[tuple[int, str]]:
    """(offset in the body, form name) of each ```mau block the page shows as a form."""
    return [(m.start(), m.group(1)) for m in _placed(body)[0]]


# A fence line of any kind, with its indentation (or a quotation's >) and its info string:
# "```mau", "  ~~~ Mẫu", "> ```mau".
_FENCE = re.compile(r"^([ \t>]*)(`{3,}|~{3,})[ \t]*([^\n`]*?)[ \t]*$", re.M)


def near_misses(body: str) -> list[tuple[int, str, str]]:
    """(offset, the fence line as written, the name meant) of each block meant as a ```mau block
    that is not one: "```mẫu", "``` mau", "```Mau", "~~~mau", "```mau bien-ban" (the name on the
    fence's line), "```Mẫu biên bản", a fence indented under a list item or in a quotation, a blank
    line around the name, a block inside another that the page shows as written. The page shows
    such a block as code (or as text), the form nowhere."""
    shown, nested = _placed(body)
    exact = {m.start() for m in shown}
    out = [(m.start(), "```mau", m.group(1)) for m in nested]
    inner = {m.start() for m in nested}
    for m in _FENCE.finditer(body):
        info = fold(m.group(3)).strip("{}.")
        if m.start() in exact or m.start() in inner or not info.replace(" ", "").startswith(FOLDER):
            continue
        rest = m.group(3).strip("{}. ")[len(FOLDER):].strip() if info.startswith(FOLDER + " ") else ""
        after = [line.strip().lstrip("> ") for line in body[m.end():].split("\n")[1:4]]
        name = rest if re.fullmatch(r"[a-z0-9-]+", rest) else next((line for line in after if line), "")
        out.append((m.start(), m.group().rstrip(), "" if name.startswith(("```", "~~~")) else name))
    return sorted(out)


def expand(body: str, block) -> str:
    """The body with each ```mau block replaced by `block(name)` (None leaves it as written: an
    unknown name is the check's to report)."""
    def sub(m):
        made = block(m.group(1))
        return m.group(0) if made is None else made

    shown = {m.start() for m in _placed(body)[0]}
    return DIRECTIVE.sub(lambda m: sub(m) if m.start() in shown else m.group(0), body)


def heading_line(form) -> str:
    """The form's first line: its type and subject in capitals, "BIÊN BẢN SINH HOẠT CHI BỘ …"."""
    return f"{form.type_name} {form.subject}".upper()


def lines(section) -> list[tuple[int, str]]:
    """(depth, text) of a section's lines: a line written "- …" is a sub-line (depth 1) of the one
    above it."""
    out = []
    for line in section.lines or []:
        sub = line.startswith("- ")
        out.append((1 if sub and out else 0, line[2:].strip() if sub else line))
    return out


def recipient_lines(names: list[str]) -> list[str]:
    """Recipients as a Party document writes them: "- " before each, ";" after each but the last
    (the archive), "." after it (research §3.5)."""
    names = [name.rstrip(" ;.") for name in names]
    return [f"- {name}{'.' if n == len(names) else ';'}" for n, name in enumerate(names, 1)]


def recipients(form) -> list[str]:
    return recipient_lines(form.recipients or [])


def signer_labels(form) -> dict:
    """The signers' labels in capitals, as a Party document sets them (research §3.4), however
    the file writes them ("Người đăng ký" is NGƯỜI ĐĂNG KÝ): left, right and right_title."""
    s = form.signers
    return {name: (value.upper() if value else None) for name, value in
            (("left", s.left), ("right", s.right), ("right_title", s.right_title))}


def signature_lines(form) -> list[str]:
    """The lines under the form in the text block. Two signers (the minute-taker, the chair) stand
    side by side, each over the hint to sign, as on paper. One who signs for the cell comes over
    the recipients instead: beside them the lines would pass the 40 or so characters a phone shows,
    and wrap into one another."""
    signers = signer_labels(form)
    right = [signers["right"]] + ([signers["right_title"]] if signers["right_title"] else []) + [SIGN_HINT]
    if not signers["left"]:
        return right + (["", "Nơi nhận:"] + recipients(form) if form.recipients else [])
    left = [signers["left"], SIGN_HINT]
    width = max(map(len, left)) + SIGN_GAP
    return [f"{a:<{width}}{b}".rstrip() for a, b in zip(left + [""] * (len(right) - len(left)), right, strict=True)]


def upper_words(text: str) -> str:
    """A heading's words in capitals, its blanks as written ("NỘI DUNG 1: [tên nội dung]"), as the
    DOCX sets a section heading (a choice, "[thường kỳ / chuyên đề]", is words and goes up too)."""
    out, last = [], 0
    for m in PLACEHOLDER.finditer(text):
        out += [text[last:m.start()].upper(), m.group().upper() if " / " in m.group(1) else m.group()]
        last = m.end()
    return "".join(out) + text[last:].upper()


ROOM = "[...]"  # a line that is a blank alone: room to write on under the line above
_ROOM = re.compile(r"\[\s*(?:\.{3}|…)\s*\]")  # as typed, Word's "…" too

def text_block(form) -> str:
    """The form as the page shows it and "Sao chép" copies it: plain text laid out as the DOCX is
    (its title in capitals, "Số", sections I., II. with their points "- " and sub-points "+ "), with
    its blanks in square brackets, to paste into a document or copy into a notebook. It carried
    Markdown's "#" and "##" once, which a branch pasting into Word had to delete."""
    out = [heading_line(form)]
    if form.number:
        out.append(f"Số [..]-{form.number}")
    if form.preamble:
        out += [""] + form.preamble
    for n, section in enumerate(form.sections, 1):
        out += ["", f"{roman(n)}. {upper_words(section.heading)}"]
        section_lines = lines(section)
        out += [f"{'  ' if _ROOM.fullmatch(text.strip()) else '  + ' if depth else '- '}{text}" for depth, text in section_lines] or [ROOM]
    return "\n".join(out + [""] + signature_lines(form))


def fence(text: str) -> str:
    """A text block around `text`: a fence longer than any run of backticks in it, so no line of a
    form can end the block and be read as Markdown. Material's copy icon is left off (`.no-copy`):
    the form's bar has the handbook's own "Sao chép" button, as an outline's has."""
    longest = max((len(m.group()) for m in re.finditer(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{{ .text .no-copy .sotay-form }}\n{text}\n{ticks}"


HINT_MIN_WORDS = 3  # "[họ tên]", "[ngày]", "[chức vụ]": the line's label says it already


def _says_more(inside: str, before: str) -> bool:
    """Whether a blank's words tell the one filling it in more than the words before it: three
    words or more, and not the name of what was just said ("Chi bộ [tên chi bộ]", "Chuyên đề (nếu
    có): [tên chuyên đề]"). On paper, a
    "[hoặc hướng dẫn của cấp ủy cấp trên đang áp dụng]" turned to bare dots left no one knowing
    what to write there."""
    named = inside.lower().removeprefix("tên ")
    return len(inside.split()) >= HINT_MIN_WORDS and named not in before[-30:].lower()


def _kind(m: re.Match, text: str) -> str:
    """What a placeholder in a line is: "choice", "hint" (its words, then a blank), "short" or "long"."""
    inside = m.group(1).strip()
    words = inside.strip(". /")
    if " / " in inside and words:
        return "choice"
    if words and (m.group() == text.strip() or _says_more(inside, text[:m.start()])):
        return "hint"
    return "short" if inside and set(inside) == {"."} and inside != "..." else "long"


def pieces(text: str) -> list[tuple[str, str]]:
    """A line as ("text", words), ("choice", words), ("hint", words) and ("blank", "short" | "long")
    pieces, for a document where blanks are dots. A choice ("[thường kỳ / chuyên đề]") keeps its
    words, for the secretary to strike the one that does not apply; a line that is nothing but a
    placeholder ("[Kết quả theo tiêu chí …]"), or whose blank says more than its label ("Vắng có
    lý do: [họ tên – lý do]"), keeps its words as a hint before its blank; a number
    ("[..]", "[....]") is a short blank; anything else ("[...]", "[họ tên]") a long one."""
    out: list[tuple[str, str]] = []
    last = 0
    for m in PLACEHOLDER.finditer(text):
        if m.start() > last:
            out.append(("text", text[last:m.start()]))
        kind = _kind(m, text)
        if kind == "choice":
            out.append(("choice", m.group(1).strip()))
        elif kind == "hint":
            out += [("hint", m.group(1).strip()), ("blank", "long")]
        else:
            out.append(("blank", kind))
        last = m.end()
    if last < len(text):
        out.append(("text", text[last:]))
    return out


def blanks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the placeholders of a line that leave room to write: "short" ("[..]"),
    "long" ("[họ tên]") or "hint" (words, then room), as pieces() reads them; not a choice, nor the
    hint to sign under a signer. A printed form shows them as dotted lines to fill in by hand."""
    return [(*m.span(), kind) for m in PLACEHOLDER.finditer(text)
            if m.group() != SIGN_HINT and (kind := _kind(m, text)) != "choice"]


# Lines the cell fills in, in the DOCX and on an agenda's paper (render/pages.py): who the chi ủy
# gave an outline to, and when and where an agenda's meeting is. The outline's presenter and the
# agenda's title say a role and a kind of meeting, not a name or a day.
TOPIC_ASSIGNED = "Ngày sinh hoạt: [..]/[..]/[....]; đồng chí trình bày: [họ tên]"
AGENDA_WHEN = "Thời gian: [giờ, ngày]; địa điểm: [...]"
# And which meeting: a thematic agenda printed without its topic and presenter said only "sinh hoạt
# chuyên đề", and a monthly one never named its month (a secretary's review).
MONTH = "Kỳ sinh hoạt: tháng [..]/[....]"
TOPIC = "Chuyên đề: [tên chuyên đề]; đồng chí trình bày: [họ tên]"
AGENDA_WHICH = {"thuong-ky": [MONTH], "chuyen-de": [TOPIC], "thuong-ky-chuyen-de": [MONTH, TOPIC],
                "chi-uy": ["Chuẩn bị kỳ sinh hoạt chi bộ tháng [..]/[....]"], "mau": [MONTH]}


def agenda_fill_ins(kind: str) -> list[str]:
    """The lines a cell fills in on its copy of an agenda of this kind of meeting."""
    return [*AGENDA_WHICH.get(kind, []), AGENDA_WHEN]


# Dots for a blank inside a line: a number ("[..]") or words ("[họ tên]"); in the DOCX a blank that
# ends a line is a dotted leader to the margin instead.
BLANK_DOTS = {"short": "." * 10, "long": "." * 30}

# What a printed Party document carries around its text (research §3.1, §3.4): the letterhead's
# lines to fill in, the Party's name, the place and date, and the signer's hint and name line. The
# DOCX and a form's paper copy (render/formpaper.py) both write them. Each fits one line of its
# column at 14 pt (7 cm, and the 9.5 cm beside it on A4), measured in DejaVu Serif, wider than the
# Times New Roman of office PCs: longer, "CHI BỘ" stood over its dots and "năm" over "20....." in a
# secretary's print. The browser test measures the paper copy.
LETTERHEAD_BODY = "ĐẢNG BỘ " + "." * 24
LETTERHEAD_CELL = "CHI BỘ " + "." * 22
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
PLACE_AND_DATE = "..........., ngày .... tháng .... năm 20..."
SIGN_AND_NAME = "(Ký, ghi rõ họ tên)"
NAME_LINE = "...................................."


def fill_in(text: str) -> tuple[list[tuple[str, str]], str | None]:
    """A form's line as it prints: ("text" | "hint" | "choice", words) pieces, each blank as its
    dots (never the page's square brackets), and how the line ends open, if it does: on a blank for
    words ("blank", which is then not among the pieces) or on a choice ("choice"); the rest of the
    line is left to write on (dots to the margin). One that ends on a number ends with its dots."""
    parts = pieces(text)
    last = parts[-1] if parts else ("text", "")
    ends = "blank" if last == ("blank", "long") else "choice" if last[0] == "choice" else None
    if ends == "blank":
        parts = parts[:-1]
    return [("text", BLANK_DOTS[value]) if kind == "blank" else (kind, value) for kind, value in parts], ends


def number_line(form) -> str | None:
    """"Số ......-NQ/CB" under the cell's name, for a document type that has a number."""
    return f"Số ......-{form.number}" if form.number else None


def layout(form):
    """A form's body as a Party document sets it, in order, for the DOCX and the paper copy alike,
    as (kind, text, depth): "motion", a preamble line in capitals ("QUYẾT NGHỊ:", on a line of its
    own, centred, bold); "line", another preamble line; "heading", a section's "I. HEADING" (in
    capitals but its blanks, as the text block has it, numbered as a Party document's sections:
    research §3.3); "point", a section's line, depth 1 under the one above it ("+"); "room", a
    line to write on: a section's that has none, or a line that is a blank alone."""
    for text in form.preamble or []:
        yield ("motion" if text.isupper() else "line"), text, 0
    for n, section in enumerate(form.sections, 1):
        yield "heading", f"{roman(n)}. {upper_words(section.heading)}", 0
        section_lines = lines(section)
        if not section_lines:
            yield "room", "", 0
        for depth, text in section_lines:
            # A line that is a blank alone ("[...]") is more room for the line above (a minutes'
            # report, its conclusion), written on without a dash of its own.
            yield ("room", "", depth) if _ROOM.fullmatch(text.strip()) else ("point", text, depth)


def dotted(text: str) -> str:
    """A short line of a form with its blanks as dots, a choice as its words, a hint in brackets
    before its blank: a subject that was only "[tên chuyên đề]" printed as a title reading "tên
    chuyên đề......", in bold, as if it were the topic's name."""
    return "".join(BLANK_DOTS[value] if what == "blank" else f"({value}) " if what == "hint" else value
                   for what, value in pieces(text))
