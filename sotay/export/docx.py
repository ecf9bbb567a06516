"""DOCX that already looks like a Party document, ready for a chi bộ to fill in.

Layout (source: Hướng dẫn 05-HD/VPTW of 27/5/2026 on the presentation of Party
documents, §I-IV and Phụ lục 2, found only in unofficial copies (the extracted
text in github.com/newstar94/Chuan-Hoa, shared/docs/extracted_text/HD05.txt);
where it is silent, the 2018 Hướng dẫn 36-HD/VPTW as its Phụ lục 3 table is
published at thuvienphapluat.vn (hoi-dap-phap-luat/iframe/40E84-hd-mau-trinh-bay-
the-thuc-van-ban-va-ban-sao-van-ban-cua-dang.html); the project's research notes
gather both. Every value below is also checked against the common-practice ranges):
  A4 portrait; margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (inside
  the common-practice ranges 20-25 / 20-25 / 30-35 / 15-20 mm), the same on every
  page: the guidance's back-page margins (left 15, right 30) are for two-sided
  printing, and Word's mirrored margins would move them on a one-sided print too; Times New Roman;
  body 14 pt justified, first line indented 10 mm, 6 pt after, line spacing
  exactly 18 pt; a two-column header: superior committee and chi bộ (bold) over
  a star on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold, underlined) and the
  italic place-and-date line on the right; then the document type (bold caps),
  its summary line (bold) and five hyphens; sections numbered I., 1., a).
  Page numbers: Arabic, centred, 10 mm below the top edge, 14 pt upright, not shown on
  the first page (05-HD §IV.5 and Phụ lục 2 row 15; the Bình Thuận handbook puts them at
  the same place from page 2 on: research file §0 "Page number" and §2). Done with a PAGE
  field in the section's header (header distance 10 mm) and an empty first-page header.

The text is Vietnamese, so every style and the document defaults carry w:lang vi-VN (with
en-US, Word's spellchecker marks every word); the core properties name the handbook, the
title and the item's review date. Nothing depends on the clock: the same content gives the
same bytes (the exports are cached by content hash and the builds are reproducible).

python-docx builds the template once (styles, page, margins). Each export then
only writes its own word/document.xml body into a copy of that package: about a
millisecond per outline, where building each file with python-docx takes thirty,
which matters on a site with a thousand outlines.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from xml.sax.saxutils import escape

from .. import forms
from ..render.sections import CLOSING
from ..text import roman
from .docx_template import AUTHOR, BODY_STYLE, LANG, NO_DATE, POINT_STYLE, TEXT_TWIPS, template
from .plain import inline, numbered, references, topic_facts, topic_sections


def _run(text: str, bold=False, italic=False, size=None, underline=False, caps=False) -> str:
    props = ""
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if caps:
        props += "<w:caps/>"
    # The schema orders run properties: size before underline (Word repairs files that do not).
    if size:
        props += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    if underline:
        props += '<w:u w:val="single"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    # A code's hyphen is the hyphen typed: Word's non-breaking hyphen kept "42-HD/BTCTW" on one line,
    # but Word's Find for "42-HD" missed it, and copied out of Word it lost the hyphen or became
    # a control character, in the branch's next document or e-mail.
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(runs: str | list[str], style: str | None = None, align: str | None = None, keep_next=False, indent: bool | int = True,
       before: int | None = None, after: int | None = None, leader=False) -> str:
    """A paragraph: `indent` True keeps the style's first-line indent, False none, a number sets it
    (twips); `leader` puts a right tab stop with a dotted leader at the text area's right edge, so
    a tab (_TAB) draws dots to the margin whatever the words before it."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    # The schema orders paragraph properties: tabs, then spacing, then the indent and the alignment.
    if leader:
        ppr += f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_TWIPS}"/></w:tabs>'
    spacing = "".join(f' w:{side}="{pt * 20}"' for side, pt in (("before", before), ("after", after)) if pt is not None)
    if spacing:
        ppr += f"<w:spacing{spacing}/>"
    if indent is False:
        ppr += '<w:ind w:firstLine="0"/>'
    elif indent is not True:
        ppr += f'<w:ind w:firstLine="{indent}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    body = "".join(runs) if isinstance(runs, list) else runs
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>" if ppr else f"<w:p>{body}</w:p>"


_TAB = "<w:r><w:tab/></w:r>"


def _cell(paragraphs_xml: str, width_twips: int) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width_twips}" w:type="dxa"/></w:tcPr>{paragraphs_xml}</w:tc>'


def _table(rows: list[str], widths: list[int], borders: bool) -> str:
    kind = "single" if borders else "nil"
    edges = "".join(f'<w:{e} w:val="{kind}" w:sz="4" w:space="0" w:color="000000"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{edges}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


HEADER_LEFT_TWIPS = 3969  # 7 cm: the issuing body's column; the rest is the Party's name and the date


def header_block(number: str | None = None) -> str:
    """Superior committee and chi bộ on the left over a star (and the number, for a document
    type that has one), the Party's name and the date on the right (research §3.1)."""
    left = (_p(_run(forms.LETTERHEAD_BODY), align="center", indent=False)
            + _p(_run(forms.LETTERHEAD_CELL, bold=True), align="center", indent=False)
            + _p(_run("*"), align="center", indent=False))
    if number:
        left += _p(_run(number), align="center", indent=False)
    right = (_p(_run(forms.PARTY_NAME, bold=True, size=15, underline=True), align="center", indent=False)
             + _p(_run(""), indent=False)
             + _p(_run(forms.PLACE_AND_DATE, italic=True), align="center", indent=False))
    widths = [HEADER_LEFT_TWIPS, TEXT_TWIPS - HEADER_LEFT_TWIPS]
    return _table([f"<w:tr>{_cell(left, widths[0])}{_cell(right, widths[1])}</w:tr>"], widths, borders=False)


def title_block(kind: str, summary: str) -> str:
    return (_p(_run(""), indent=False) + _p(_run(kind.upper()), style="Title")
            # 6 pt under the hyphens, as between paragraphs: an agenda's table sat on them.
            + _p(_run(summary), style="Subtitle") + _p(_run("-----"), align="center", indent=False, after=6))


def summary_line(kind: str, title: str) -> str:
    """The summary under the type name, without repeating it: "CHƯƠNG TRÌNH" over
    "sinh hoạt chi bộ thường kỳ hằng tháng", not over "Chương trình sinh hoạt …"."""
    if title.casefold().startswith(kind.casefold() + " "):
        title = title[len(kind) + 1:]
    return _lower_first(title)


# Names that start with a capital and go on in small letters: "Đảng lãnh đạo …", "Quốc hội khóa
# XV", "Chỉ thị 50-CT/TW …", "Bác với …".
_NAMES_FIRST = ("Đảng", "Bác", "Quốc hội", "Chính phủ", "Nhà nước", "Hiến pháp", "Mặt trận", "Trung ương",
                "Đại hội", "Điều lệ", "Luật", "Chỉ thị", "Nghị quyết", "Nghị định", "Hướng dẫn", "Kết luận", "Quy định",
                "Quyết định", "Thông tư")


_PARTY_NOUNS = {"viên", "bộ", "ủy", "uỷ", "phí"}


def _lower_first(summary: str) -> str:
    """The summary starts in lower case, as the Party's format writes it (research §3.2, 05-HD
    §I.5.2): "ĐỀ CƯƠNG" over "nâng cao chất lượng …". A name stays as written: its next word is
    capitalised too ("Hồ Chí Minh", "Ban Dân vận"), the word is in capitals ("HĐND"), or it is a
    name that goes on in small letters (_NAMES_FIRST)."""
    summary = summary.strip()
    words = summary.split(" ", 2)
    first = words[0]
    named = any(summary == name or summary.startswith(name + " ") for name in _NAMES_FIRST)
    if named and first == "Đảng" and len(words) > 1 and words[1] in _PARTY_NOUNS:
        named = False  # "đảng viên", "đảng bộ": no names
    if not first[:1].isupper() or first[1:2].isupper() or (len(words) > 1 and words[1][:1].isupper()) or named:
        return summary
    return first[:1].lower() + summary[1:]


# Who receives a chi bộ's agenda, to fill in: "Nơi nhận:" underlined at 14 pt, the recipients at
# 12 pt, each ending with ";", the archive line last with "." (research §3.5, 05-HD/VPTW §I.9.2).
# A meeting's agenda goes to the committee above too, which Hướng dẫn 42-HD/BTCTW has told of the
# meeting (LuatVietnam), as the handbook's resolution and plans already send theirs.
RECIPIENTS = {"chi-uy": ["Các đồng chí chi ủy viên", "Lưu chi bộ"],
              None: ["Đảng ủy [cấp trên] (để báo cáo)", "Các đồng chí đảng viên trong chi bộ", "Lưu chi bộ"]}


def recipients(agenda_kind: str) -> list[str]:
    # Its blank as a form's are, in dots: "Đảng ủy .............................. (để báo cáo);".
    return [forms.dotted(line) for line in forms.recipient_lines(RECIPIENTS.get(agenda_kind, RECIPIENTS[None]))]


def recipients_block(lines: list[str]) -> str:
    return (_p(_run("Nơi nhận:", underline=True), align="left", indent=False)
            + "".join(_p(_run(line, size=12), align="left", indent=False) for line in lines))


def signature_block(authority: str, title: str | None, left: str = "") -> str:
    """Bottom right, centred in its column: authority (bold caps), title (caps, upright), room
    to sign, a line for the name (research §3.4); bottom left, the recipients when the document
    has them (§3.5). One table row that never splits, so the block never breaks across pages."""
    right = (_p(_run(authority, bold=True), align="center", indent=False)
             + (_p(_run(title), align="center", indent=False) if title else "") + _signing_room())
    return _signature_table(left or _p(_run(""), indent=False), right, [TEXT_TWIPS - 4535, 4535])  # an 8 cm column on the right


def _signing_room() -> str:
    """Room to sign, then a line for the name."""
    return (_p(_run(""), indent=False) + _p(_run(""), indent=False) + _p(_run(""), indent=False)
            # Bold: the signer's name is typed over the dots, and a Party document prints it bold.
            + _p(_run(forms.NAME_LINE, bold=True), align="center", indent=False))


def _signature_table(left: str, right: str, widths: list[int]) -> str:
    # One table row that never splits, so the block never breaks across pages.
    row = f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{_cell(left, widths[0])}{_cell(right, widths[1])}</w:tr>"
    return _table([row], widths, borders=False)


def minutes_signatures(left: str, right: str) -> str:
    """Minutes are signed by the minute-taker on the left and the chair, the main signer, on the
    right (05-HD/VPTW §I.7.1.4.e and §I.7.2.4: research §3.4, §4.2), each label bold over the hint
    to sign and write one's name, room to sign, and a line for the name; two equal columns."""
    def column(label: str) -> str:
        return (_p(_run(label, bold=True), align="center", indent=False)
                + _p(_run(forms.SIGN_AND_NAME, italic=True), align="center", indent=False) + _signing_room())

    half = TEXT_TWIPS // 2
    return _signature_table(column(left), column(right), [TEXT_TWIPS - half, half])


def _fill_in_line(text: str, style: str = BODY_STYLE) -> str:
    runs, leader = _fill_in(text)
    return _p(runs, style=style, align="left", leader=leader)


def _basis(line: str) -> str:
    """A reference as a legal basis reads: "Chỉ thị 50-CT/TW … của Ban Bí thư khóa XIII về tiếp tục
    …", "Hướng dẫn 12-HD/BTCTW … của Ban Tổ chức Trung ương “Một số vấn đề …”": its title in quotes
    or after its own "về", not after a colon (a blank's label keeps its colon)."""
    head, colon, title = line.partition(": ")
    if not colon or title.startswith("["):
        return _lower_first(line) if line.startswith("Văn bản ") else line
    # The handbook's note after the title ("(đã được thay thế; …)", "(trích yếu theo bài viết …)")
    # stays outside its quotes; a title with quotes of its own goes after "về", not in more.
    aside = re.search(r" \([^()]*(?:đã được thay thế|chưa đối chiếu|theo bài viết)[^()]*\)$", title)
    note = aside.group() if aside else ""
    title = title[:len(title) - len(note)]
    if title[:3].casefold() == "về ":
        return f"{head} về {_lower_first(title[3:])}{note}"
    return f"{head} về {_lower_first(title)}{note}" if "“" in title or '"' in title else f"{head} “{title}”{note}"


def _point(line: str, end: str = "") -> str:
    """A numbered line of a list, then `end` (its ";" or "."); one with a blank (the cell's own
    superior's documents) to fill in, its dots to the margin and `end` after them: a list of legal
    bases ends with a stop, the line to fill in too (research §3.3)."""
    if not line.endswith("]"):
        return _p(_run(line + end), style=POINT_STYLE)
    runs, leader = _fill_in(line)
    return _p(runs + (_run(end) if end else ""), style=POINT_STYLE, align="left", leader=leader)


def _topic_body(exp, ctx) -> list[str]:
    t = exp.item
    out = [_p(_run(line, italic=True), style=BODY_STYLE) for line in topic_facts(t)] + [_fill_in_line(forms.TOPIC_ASSIGNED)]
    for n, (heading, lines) in enumerate(topic_sections(exp, ctx)):
        out.append(_p(_run(f"{roman(n + 1)}. {heading.upper()}"), style="Heading1"))
        if heading == CLOSING["van-ban-lam-can-cu"]:
            # Written as an agenda's bases are, the title after its "về" or in quotes: a cell copies
            # them into its own papers, where "…: Về tiếp tục …" is no document's way.
            lines = [("item", line) for line in numbered([_basis(line) for line in references(exp, ctx)])]
        for kind, text in lines:
            if kind == "h":
                out.append(_p(_run(text), style="Heading2"))
            elif kind == "p":
                out.append(_p(_run(text), style=BODY_STYLE))
            else:
                # A line with an address is set flush left: justified, a long address pushed to the
                # next line spread the words before it across the line.
                out.append(_p(_run(f"- {text}" if kind == "bullet" else text), style=POINT_STYLE,
                              align="left" if "://" in text else None))
    return out


# An agenda's columns: STT, Nội dung, Thời gian, Người thực hiện, Ghi vào biên bản. Each heading,
# bold at 13 pt, and "240 phút" (the schema's most) stay on one line inside the cell's margins,
# Word's 108 twips a side, with about 100 twips to spare (Times New Roman's advance widths: "Thời
# gian" 1,062 twips, "Người thực hiện" 1,763, "Ghi vào biên bản" 1,900; "Thời / gian" broke a word
# in two). The print stylesheet gives its columns the same shares of the width (a test compares them).
AGENDA_WIDTHS_TWIPS = (720, 2900, 1400, 2100, TEXT_TWIPS - 720 - 2900 - 1400 - 2100)


def _agenda_body(exp, ctx) -> list[str]:
    widths = AGENDA_WIDTHS_TWIPS
    head = "".join(_cell(_p(_run(h, bold=True, size=13), align="center", indent=False), w)
                   for h, w in zip(["STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản"], widths, strict=True))
    rows = [f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head}</w:tr>"]
    # The documents it rests on open the body, as a Party document's legal bases do (research §3.3:
    # one a line, "- Căn cứ …;", the last ending in "."); then the cell's own next meeting.
    refs = references(exp, ctx)
    when = [_point(f"- Căn cứ {_basis(line)}", ";" if n < len(refs) else ".") for n, line in enumerate(refs, 1)]
    when += [_fill_in_line(line) for line in forms.agenda_fill_ins(exp.agenda_kind)]
    for i, it in enumerate(exp.agenda_items, 1):
        # The handbook's notes (an item's, the agenda's) stay out: this is the cell's own document, to
        # sign and send, and "Theo LuatVietnam, …" or advice to the chair has no place in it. The web
        # page, the copied text, the print and the Markdown keep them for the secretary.
        cells = [_p(_run(c, size=13), align="center" if j in (0, 2) else "left", indent=False)
                 for j, c in enumerate([str(i), inline(it.title), f"{it.minutes} phút", inline(it.lead), inline(it.record)])]
        # A row stays on one page: an agenda item read across a page break is easy to misread.
        rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(_cell(c, w) for c, w in zip(cells, widths, strict=True)) + "</w:tr>")
    # The total keeps 6 pt from the table's bottom rule, which it otherwise sat on.
    out = when + [_table(rows, widths, borders=True),
           _p(_run(f"Tổng thời gian dự kiến: {sum(i.minutes for i in exp.agenda_items)} phút.", italic=True), style=BODY_STYLE, before=6)]
    # The chi ủy signs the agenda of its own meeting; the chi bộ every other. The last paragraph and
    # the space under it keep with the block: alone on the last page, a signature signs nothing on it.
    out[-1] = _keep_with_next(out[-1])
    out += [_p(_run(""), indent=False, keep_next=True),
            signature_block(f"T/M {'CHI ỦY' if exp.agenda_kind == 'chi-uy' else 'CHI BỘ'}", "BÍ THƯ",
                            recipients_block(recipients(exp.agenda_kind)))]
    return out


SUB_LINE_TWIPS = 1134  # a sub-line's first line sits 20 mm in, under its line's 10 mm


def _fill_in(text: str) -> tuple[str, bool]:
    """A form's line as runs (forms.fill_in), and whether it ends in a dotted leader to the margin."""
    parts, ends = forms.fill_in(text)
    runs = [_run(f"({value}) ", italic=True) if kind == "hint" else _run(value) for kind, value in parts]
    if ends:
        runs.append((_run(" ") if ends == "choice" else "") + _TAB)
    return "".join(runs), ends is not None


def _form_body(exp) -> list[str]:
    """The form's body as forms.layout sets it, each line a point to fill in, a sub-line under it
    starting "+"; then the signatures."""
    form = exp.item
    out = []
    laid = list(forms.layout(form))
    for at, (kind, text, depth) in enumerate(laid):
        if kind == "motion":
            out.append(_p(_run(text, bold=True), style=BODY_STYLE, align="center", indent=False, keep_next=True))
        elif kind == "line":
            out.append(_fill_in_line(text))
        elif kind == "heading":
            runs, leader = _fill_in(text)
            out.append(_p(runs, style="Heading1", leader=leader))
        elif kind == "room":
            out.append(_p(_TAB, style=POINT_STYLE, leader=True))
        else:
            runs, leader = _fill_in(text)
            mark = _run("+ " if depth else "- ")
            # A line to fill in aligned left, not justified: its labels and dots were stretched word by
            # word. A whole sentence justified, as a Party document's body is (research §0, 05-HD §I.6.2.2).
            blank = leader or "[" in text
            # A point keeps with the sub-lines under it: "- Quý I: chuyên đề" ended a page, its "+" lines on the next.
            under = at + 1 < len(laid) and laid[at + 1][0] == kind and laid[at + 1][2] > depth
            out.append(_p(mark + runs, style=POINT_STYLE, align="left" if blank else "both", leader=leader, keep_next=under,
                          indent=SUB_LINE_TWIPS if depth else True))
    # The last lines keep with the signatures, as an agenda's do.
    out[-1] = _keep_with_next(out[-1])
    signers = forms.signer_labels(form)
    if signers["left"]:
        signatures = minutes_signatures(signers["left"], signers["right"])
    else:
        # One signer for the cell, the recipients at the left (research §3.4, §3.5), as an agenda.
        signatures = signature_block(signers["right"], signers["right_title"],
                                     recipients_block([forms.dotted(line) for line in forms.recipients(form)]) if form.recipients else "")
    out += [_p(_run(""), indent=False, keep_next=True), signatures]
    return out


def _keep_with_next(paragraph: str) -> str:
    """A styled paragraph written by _p, kept on the page of the block after it (the schema puts
    keepNext right after pStyle)."""
    style_end = paragraph.index("/>", paragraph.index("<w:pStyle ")) + 2
    return paragraph[:style_end] + "<w:keepNext/>" + paragraph[style_end:]


def stamp(exp) -> dt.date:
    """The file's date, from the content (the item's review date), never from the clock."""
    reviewed = getattr(exp.item, "reviewed", None)
    return max(reviewed, NO_DATE) if isinstance(reviewed, dt.date) else NO_DATE


def core_properties(title: str, subject: str, date: dt.date) -> bytes:
    """docProps/core.xml: the handbook as author, the item's title, its review date; none of
    python-docx's defaults (creator "python-docx", created 2013)."""
    when = f"{date.isoformat()}T00:00:00Z"
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:subject>{escape(subject)}</dc:subject>"
            f"<dc:creator>{escape(AUTHOR)}</dc:creator><cp:lastModifiedBy>{escape(AUTHOR)}</cp:lastModifiedBy>"
            f"<dc:language>{LANG}</dc:language><cp:revision>1</cp:revision>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
            "</cp:coreProperties>").encode()


def to_docx(exp, ctx) -> bytes:
    parts, head, tail = template()
    title = inline(exp.document_title)
    if exp.kind == "form":
        # A biên bản records a meeting and has no number (research §3.1, §4.2); a nghị quyết has one.
        kind = exp.item.type_name
        summary = forms.dotted(exp.item.subject)
        number = forms.number_line(exp.item)
        blocks = [header_block(number), title_block(kind, summary)] + _form_body(exp)
    else:
        kind = "Đề cương sinh hoạt chuyên đề" if exp.kind == "topic" else "Chương trình"
        body = _topic_body(exp, ctx) if exp.kind == "topic" else _agenda_body(exp, ctx)
        # A chương trình is a numbered Party document type (code CTr, a chi bộ's code CB: research §3.1);
        # an outline is a working paper with no number.
        number = None if exp.kind == "topic" else "Số ......-CTr/CB"
        blocks = [header_block(number), title_block(kind, summary_line(kind, title))] + body
    document = (head + "".join(blocks) + tail).encode("utf-8")
    date = stamp(exp)
    own = {"word/document.xml": document, "docProps/core.xml": core_properties(title, kind, date)}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        names = ["[Content_Types].xml", "word/document.xml"] + [n for n in parts if n != "[Content_Types].xml"]
        for name in names:
            # A fixed entry date and host system, not the clock's: identical content, identical bytes.
            info = zipfile.ZipInfo(name, date_time=(date.year, date.month, date.day, 0, 0, 0))
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, own.get(name, parts.get(name)), compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()
