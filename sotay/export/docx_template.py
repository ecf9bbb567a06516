"""The DOCX package every export writes its body into: page, margins, styles, language and page
numbers, built once with python-docx (layout and sources: sotay/export/docx.py)."""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import re
import zipfile

from .plain import HANDBOOK

PAGE_MM = (210, 297)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
# Word keeps a margin in whole twips (1/1440 inch): 15 mm to the nearest is 850, which reads back
# as 14.99 mm, under the guidance's 15. Each margin is rounded up instead.
MARGINS_TWIPS = {side: math.ceil(mm / 25.4 * 1440) for side, mm in MARGINS_MM.items()}
# Tables span exactly the text area: wider, they cross the right margin.
TEXT_TWIPS = round(PAGE_MM[0] / 25.4 * 1440) - MARGINS_TWIPS["left"] - MARGINS_TWIPS["right"]
FONT = "Times New Roman"
BODY_PT = 14
BODY_STYLE = "SotayBody"
POINT_STYLE = "SotayPoint"
MARKER = "SOTAY-BODY-MARKER"
LANG = "vi-VN"
# Vietnamese is written in Latin script, so w:val is what Word checks; eastAsia (CJK text, none
# here) is vi-VN too rather than python-docx's ja-JP, and bidi keeps Word's usual ar-SA.
LANG_ATTRS = {"w:val": LANG, "w:eastAsia": LANG, "w:bidi": "ar-SA"}
AUTHOR = HANDBOOK
# Used only when an item has no review date (every content type requires one); ZIP cannot
# store an earlier date.
NO_DATE = dt.date(1980, 1, 1)
KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Title", "Subtitle",
               "Heading1", "Heading2", "TableGrid", BODY_STYLE, POINT_STYLE}


@functools.cache
def template() -> tuple[dict[str, bytes], str, str]:
    """The template package: every part, and document.xml split around the body."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor, Twips

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    for side, twips in MARGINS_TWIPS.items():
        setattr(section, f"{side}_margin", Twips(twips))
    section.header_distance = section.footer_distance = Mm(10)

    def font(style, size=BODY_PT, bold=None):
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.color.rgb = RGBColor(0, 0, 0)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attr), None)

    def spacing(style, after=6, exact=18, indent=None, align=None):
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(0), Pt(after)
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(exact)
        fmt.first_line_indent = indent
        if align is not None:
            fmt.alignment = align

    normal = doc.styles["Normal"]
    font(normal)
    spacing(normal, after=0, exact=18)
    body = doc.styles.add_style(BODY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    font(body)
    spacing(body, indent=Mm(10), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    point = doc.styles.add_style(POINT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    point.base_style = normal
    font(point)
    spacing(point, indent=Mm(10), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for name, size, align in (("Title", 16, WD_ALIGN_PARAGRAPH.CENTER), ("Subtitle", 14, WD_ALIGN_PARAGRAPH.CENTER),
                              ("Heading 1", 14, None), ("Heading 2", 14, None)):
        style = doc.styles[name]
        font(style, size, bold=True)
        style.font.italic = False
        spacing(style, after=6, exact=20, align=align)
        style.paragraph_format.keep_with_next = True
        # Word's Title and Subtitle carry a border, letter spacing and a theme colour;
        # a Party document's title has none of them.
        for parent, tag in ((style.element.get_or_add_pPr(), "w:pBdr"), (style.element.get_or_add_rPr(), "w:spacing"),
                            (style.element.get_or_add_rPr(), "w:kern")):
            found = parent.find(qn(tag))
            if found is not None:
                parent.remove(found)
    _language(doc)
    _page_numbers(doc)
    doc.add_paragraph(MARKER)
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    _slim(parts, keep_styles=KEEP_STYLES)
    xml = parts.pop("word/document.xml").decode("utf-8")
    start = xml.index("<w:body>") + len("<w:body>")
    marker = xml.index(MARKER)
    # Everything between <w:body> and the end of the marker paragraph is replaced by each export.
    para_end = xml.index("</w:p>", marker) + len("</w:p>")
    return parts, xml[:start], xml[para_end:]


def _set_lang(rpr) -> None:
    """w:lang vi-VN in a run-properties element, where the schema puts it."""
    from docx.oxml.ns import qn

    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        after = [c for c in rpr if c.tag in {qn("w:eastAsianLayout"), qn("w:specVanish"), qn("w:oMath")}]
        if after:
            after[0].addprevious(lang)
        else:
            rpr.append(lang)
    for attr, value in LANG_ATTRS.items():
        lang.set(qn(attr), value)


def _language(doc) -> None:
    """Vietnamese for the document defaults and every paragraph and character style kept, so no
    style falls back to another language; the theme's font language too."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = defaults.makeelement(qn("w:rPrDefault"), {})
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = rpr_default.makeelement(qn("w:rPr"), {})
        rpr_default.append(rpr)
    _set_lang(rpr)
    for style in doc.styles:
        if style.style_id in KEEP_STYLES and style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _set_lang(style.element.get_or_add_rPr())
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANG)
        theme_lang.set(qn("w:eastAsia"), LANG)


def _page_numbers(doc) -> None:
    """A PAGE field centred in the header from page 2 on; the first page's header is empty
    (05-HD §IV.5, see the docstring of sotay/export/docx.py). The header sits 10 mm below the top edge."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    # python-docx's header paragraphs use a "Header" style this template does not keep.
    first.paragraphs[0].style = doc.styles["Normal"]
    paragraph = section.header.paragraphs[0]
    paragraph.style = doc.styles["Normal"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = 0

    def run(tag, text=None, **attrs):
        r = paragraph.add_run()._r
        child = r.makeelement(qn(tag), {qn(f"w:{k}"): v for k, v in attrs.items()})
        if text is not None:
            child.text = text
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(child)

    run("w:fldChar", fldCharType="begin")
    run("w:instrText", " PAGE ")
    run("w:fldChar", fldCharType="separate")
    run("w:t", "2")  # the cached result: the numbered header first shows on page 2
    run("w:fldChar", fldCharType="end")


_DROP = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml",
         "customXml/_rels/item1.xml.rels", "customXml/itemProps1.xml")


def _slim(parts: dict[str, bytes], keep_styles: set[str]) -> None:
    """Drop what python-docx's default template carries and no chi bộ document needs
    (800 KB of styles, a thumbnail, custom XML), so each file stays small and fast to write."""

    for name in _DROP:
        if parts.pop(name, None) is None:
            continue
        base = name.rsplit("/", 1)[-1]
        for rels in [n for n in parts if n.endswith(".rels")] + ["[Content_Types].xml"]:
            text = parts[rels].decode("utf-8")
            text = re.sub(r'<Relationship [^>]*Target="[^"]*' + re.escape(base) + r'"[^>]*/>', "", text)
            text = re.sub(r'<Override PartName="/' + re.escape(name) + r'"[^>]*/>', "", text)
            parts[rels] = text.encode("utf-8")
    styles = parts["word/styles.xml"].decode("utf-8")
    styles = re.sub(r"<w:latentStyles.*?</w:latentStyles>", "", styles, flags=re.S)
    styles = re.sub(r'<w:style [^>]*w:styleId="([^"]+)".*?</w:style>',
                    lambda m: m.group(0) if m.group(1) in keep_styles else "", styles, flags=re.S)
    parts["word/styles.xml"] = styles.encode("utf-8")
    # Word 2013+ layout (python-docx's template asks for Word 2010's compatibility mode, which Word
    # announces in the title bar), spelling not claimed as checked, and no claim to be Word itself.
    settings = parts["word/settings.xml"].decode("utf-8")
    settings = re.sub(r'(w:name="compatibilityMode"[^>]*w:val=")\d+"', r'\g<1>15"', settings)
    settings = re.sub(r"<w:proofState [^>]*/>", "", settings)
    parts["word/settings.xml"] = settings.encode("utf-8")
    app = parts["docProps/app.xml"].decode("utf-8")
    parts["docProps/app.xml"] = re.sub(r"<Application>[^<]*</Application>", f"<Application>{AUTHOR}</Application>", app).encode("utf-8")
