"""The copied outline or agenda as HTML, put on the clipboard beside the plain text: pasted into
Word or LibreOffice it comes in Times New Roman 14 with bold headings, and an agenda as a table
(the plain text's agenda, one item over three lines, had to be rebuilt as a table by hand).

Written from the same blocks as the plain text (`plain.blocks`), every piece of text escaped: it
is content from pull requests, and a paste must not carry markup an editor wrote."""

from __future__ import annotations

from html import escape

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
