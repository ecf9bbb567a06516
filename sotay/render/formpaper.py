"""A form as it prints: laid out as its DOCX is, a Party document (the letterhead with its lines to
fill in, the type and subject, sections I., II. with their points, the signatures at the right and
the recipients at the left), its blanks as dots. The page shows the form as a text block to copy;
printed, that block was a monospaced draft with no letterhead and its signer at the left, and a
notice took two pages (a secretary's walk-through).

Every piece of text is the form's own (content from pull requests), escaped; the markup is ours."""

from __future__ import annotations

from html import escape

from .. import forms


def _line(text: str, cls: str, mark: str = "") -> str:
    """One line as forms.fill_in reads it: a hint in brackets, in italics; a line that ends open
    is dotted from its last word to the margin (CSS: .sotay-paper-open), as the DOCX's leader."""
    parts, ends = forms.fill_in(text)
    words = escape(mark) + "".join(f"<em>({escape(value)})</em> " if kind == "hint" else escape(value) for kind, value in parts)
    return f'<p class="{cls}{" sotay-paper-open" if ends else ""}">{words.rstrip()}</p>'


def _cell(lines: list[str], last: str = "") -> str:
    return "<td>" + "".join(f"<p>{line}</p>" for line in lines) + last + "</td>"


def _letterhead(number: str | None) -> str:
    left = [escape(forms.LETTERHEAD_BODY), f"<strong>{escape(forms.LETTERHEAD_CELL)}</strong>", "*"]
    left += [escape(number)] if number else []
    right = [f'<strong class="sotay-paper-party">{escape(forms.PARTY_NAME)}</strong>', f"<em>{escape(forms.PLACE_AND_DATE)}</em>"]
    return f'<table class="sotay-paper-letterhead"><tr>{_cell(left)}{_cell(right)}</tr></table>'


def _signer(label: str, title: str | None = None, hint: bool = False) -> str:
    """Label (bold), title, the hint to sign, then room to sign over a line for the name."""
    lines = [f"<strong>{escape(label)}</strong>"] + ([escape(title)] if title else []) + ([f"<em>{escape(forms.SIGN_AND_NAME)}</em>"] if hint else [])
    return _cell(lines, f'<p class="sotay-paper-name">{escape(forms.NAME_LINE)}</p>')


def _signatures(form) -> str:
    signers = forms.signer_labels(form)
    if signers["left"]:
        # Minutes: the minute-taker at the left, the chair at the right, each over the hint to sign.
        cells = _signer(signers["left"], hint=True) + _signer(signers["right"], hint=True)
    else:
        received = ""
        if form.recipients:
            received = '<p class="sotay-paper-to">Nơi nhận:</p>' + "".join(
                f'<p class="sotay-paper-recipient">{escape(forms.dotted(line))}</p>' for line in forms.recipients(form))
        cells = f"<td>{received}</td>" + _signer(signers["right"], signers["right_title"])
    return f'<table class="sotay-paper-signatures"><tr>{cells}</tr></table>'


def form_paper(form) -> str:
    """The form's paper copy, for print only (a block of HTML, no blank line in it, so Markdown
    passes it whole), kept out of the search."""
    out = [_letterhead(forms.number_line(form)), f'<p class="sotay-paper-kind">{escape(form.type_name.upper())}</p>',
           f'<p class="sotay-paper-subject">{escape(forms.dotted(form.subject))}</p>', '<p class="sotay-paper-rule">-----</p>']
    for kind, text, depth in forms.layout(form):
        if kind == "motion":
            out.append(f'<p class="sotay-paper-kind">{escape(text)}</p>')
        elif kind == "room":
            out.append('<p class="sotay-paper-point sotay-paper-open"></p>')
        elif kind == "point":
            out.append(_line(text, "sotay-paper-sub" if depth else "sotay-paper-point", "+ " if depth else "- "))
        else:
            out.append(_line(text, "sotay-paper-heading" if kind == "heading" else "sotay-paper-line"))
    out.append(_signatures(form))
    return '<div class="sotay-paper sotay-print-only" data-search-exclude>' + "".join(out) + "</div>"
