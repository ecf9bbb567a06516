"""The copied outline, agenda or form as HTML, put on the clipboard beside the plain text: pasted
into Word or LibreOffice it comes in Times New Roman 14 with bold headings, an agenda as a table
(the plain text's agenda, one item over three lines, had to be rebuilt as a table by hand), and a
form as a Party document (its letterhead in two columns, the signer at the right: the text alone
pasted with neither).

Written from the same blocks as the plain text (`plain.blocks`), every piece of text escaped: it
is content from pull requests, and a paste must not carry markup an editor wrote."""

from __future__ import annotations

import re
from html import escape

from ..render.formpaper import form_paper
from .docx import AGENDA_WIDTHS_TWIPS, TEXT_TWIPS
from .plain import inline

FONT = "font-family:'Times New Roman',serif;font-size:14pt"
CELL = "border:1px solid #000;padding:2pt 4pt;vertical-align:top"
AGENDA_HEAD = ("STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản")


def _agenda(items) -> str:
    # The DOCX's shares of the width (AGENDA_WIDTHS_TWIPS): left to the word processor, "STT" broke.
    shares = [round(100 * w / TEXT_TWIPS, 1) for w in AGENDA_WIDTHS_TWIPS]
    head = "".join(f'<th style="{CELL};width:{share}%">{h}</th>' for h, share in zip(AGENDA_HEAD, shares, strict=True))
    rows = []
    for i, it in enumerate(items, 1):
        what = escape(inline(it.title)) + (f"<br><i>Lưu ý: {escape(inline(it.notes))}</i>" if it.notes else "")
        cells = [str(i), what, f"{it.minutes} phút", escape(inline(it.lead)), escape(inline(it.record))]
        rows.append("<tr>" + "".join(f'<td style="{CELL}{";text-align:center" if j in (0, 2) else ""}">{c}</td>'
                                     for j, c in enumerate(cells)) + "</tr>")
    return f'<table style="border-collapse:collapse;width:100%;{FONT}"><tr>{head}</tr>{"".join(rows)}</table>'


def html_of(parts: list[tuple[str, object]]) -> str:
    """An outline's or an agenda's `plain.blocks` as HTML (a form is copied as its text block only)."""
    out = []
    for kind, value in parts:
        if kind == "title":
            out.append(f'<p style="text-align:center"><b>{escape(value)}</b></p>')
        elif kind in ("h", "sub"):
            out.append(f"<p><b>{escape(value)}</b></p>")
        elif kind == "agenda":
            out.append(_agenda(value))
        elif kind == "p":
            out.append(f"<p>{escape(value)}</p>")
    return f'<div style="{FONT}">{"".join(out)}</div>'


# The form's paper copy (render/formpaper.py, the print's) with its classes as inline styles, which
# a word processor keeps from a paste (a style sheet it drops); a line left open ends in dots, as the
# DOCX's leader does.
_PAPER_STYLES = {
    "sotay-paper-letterhead": "width:100%;border-collapse:collapse", "sotay-paper-signatures": "width:100%;border-collapse:collapse",
    "sotay-paper-party": "text-decoration:underline", "sotay-paper-kind": "margin:12pt 0 0;text-align:center;font-weight:bold",
    "sotay-paper-subject": "margin:0;text-align:center;font-weight:bold", "sotay-paper-rule": "margin:0 0 6pt;text-align:center",
    "sotay-paper-heading": "margin:6pt 0 0;font-weight:bold", "sotay-paper-line": "margin:0 0 6pt;text-align:justify",
    "sotay-paper-point": "margin:0 0 6pt;text-align:justify", "sotay-paper-sub": "margin:0 0 6pt 10mm;text-align:justify",
    "sotay-paper-to": "margin:0;text-align:left;font-weight:bold;text-decoration:underline",
    "sotay-paper-recipient": "margin:0;text-align:left;font-size:12pt", "sotay-paper-name": "margin:36pt 0 0;font-weight:bold",
}
_TAG = re.compile(r'<(div|td|p|strong|table)(?: class="([^"]*)")?( data-search-exclude)?>')
_OPEN_LINE = re.compile(r'(<p class="[^"]*sotay-paper-open[^"]*">)(.*?)</p>')
DOTS = "." * 30


def _styled(m: re.Match) -> str:
    tag, classes = m.group(1), (m.group(2) or "").split()
    if tag == "div":
        return f'<div style="{FONT}">'
    if tag == "td":
        return '<td style="width:50%;vertical-align:top;text-align:center">'
    style = ";".join(_PAPER_STYLES[c] for c in classes if c in _PAPER_STYLES) or ("margin:0" if tag == "p" else "")
    return f'<{tag} style="{style}">' if style else f"<{tag}>"


def form_html(form) -> str:
    """A form's copy for a word processor, laid out as it prints."""
    paper = _OPEN_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)}{' ' if m.group(2) else ''}{DOTS}</p>", form_paper(form))
    return _TAG.sub(_styled, paper)
