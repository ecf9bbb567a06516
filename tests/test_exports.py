"""Exports: every DOCX read back, the Markdown round trip, references, the cache key, the CLI."""

import datetime as dt
import io
import re
import shutil
import unicodedata
import zipfile

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table

from sotay.content import load
from sotay.export import ExportContext, exportables, lookup
from sotay.export.cache import PACKAGE, ExportCache, content_key, exporter_version
from sotay.export.docx import TEXT_TWIPS, recipients, stamp, summary_line, to_docx
from sotay.export.items import Exportable
from sotay.export.markdown import to_markdown
from sotay.export.plain import inline, reference_line, sources, to_text, topic_facts
from sotay.model import Document as RegistryDocument
from sotay.registry import Registry
from sotay.render.common import agenda_basis, agenda_what
from sotay.text import roman, vn_date

from conftest import CONTENT, ROOT, run_sotay

FONT = "Times New Roman"
# The guidance's margins (research/party-document-format.md), written here, not read from the writer:
# a test comparing the page with the writer's own constant passes whatever the constant says.
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
# Every paragraph style an export may use: (size in pt, bold).
STYLES = {"Normal": (14, None), "SotayBody": (14, None), "SotayPoint": (14, None), "Title": (16, True),
          "Subtitle": (14, True), "Heading 1": (14, True), "Heading 2": (14, True)}
# Registry documents whose name already names the issuing body ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XII").
NAME_NAMES_ISSUER = {"NQ-DH-XII", "NQ-DH-XIII", "NQ-TW4-XI"}


@pytest.fixture(scope="module")
def corpus():
    return load(CONTENT)


@pytest.fixture(scope="module")
def ctx(corpus):
    return ExportContext(corpus, Registry.build(corpus.documents))


def _close(length, mm):
    return abs(length - Mm(mm)) < Mm(0.2)


def test_every_docx_reads_back_with_page_fonts_and_layout(corpus, ctx):
    items = exportables(corpus)
    assert len([e for e in items if e.kind == "topic"]) == len(corpus.topics)
    assert len([e for e in items if e.kind == "agenda"]) == len(corpus.agendas) + len(corpus.meetings)
    for exp in items:
        doc = Document(io.BytesIO(to_docx(exp, ctx)))
        section = doc.sections[0]
        assert _close(section.page_width, 210) and _close(section.page_height, 297)
        for side, mm in MARGINS_MM.items():
            # Never under the guidance's millimetres, and within a fifth of one above.
            assert Mm(mm) <= getattr(section, f"{side}_margin") < Mm(mm + 0.2), (exp.key, side)
        normal = doc.styles["Normal"].font
        assert normal.name == "Times New Roman" and normal.size.pt in (13, 14)
        for name in ("SotayBody", "SotayPoint"):  # body text: justified, 10 mm first line, 6 pt after, exactly 18 pt
            fmt = doc.styles[name].paragraph_format
            assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY and _close(fmt.first_line_indent, 10), (exp.key, name)
            assert fmt.space_after == Pt(6) and fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY and fmt.line_spacing == Pt(18), (exp.key, name)
        header = doc.tables[0]
        left, right = header.rows[0].cells
        assert left.paragraphs[0].text.startswith("ĐẢNG BỘ") and left.paragraphs[1].text.startswith("CHI BỘ")
        assert right.paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM" and right.paragraphs[0].runs[0].bold
        assert right.paragraphs[0].runs[0].underline and right.paragraphs[0].runs[0].font.size == Pt(15)
        assert re.fullmatch(r"\.+, ngày \.+ tháng \.+ năm 20\.+", right.paragraphs[2].text)
        assert right.paragraphs[2].runs[0].italic
        styles = [p.style.name for p in doc.paragraphs]
        texts = [p.text for p in doc.paragraphs]
        title_at = styles.index("Title")
        assert texts[title_at + 1] == summary_line(texts[title_at], exp.document_title.replace("**", "")) and styles[title_at + 1] == "Subtitle"
        assert not texts[title_at + 1].casefold().startswith(texts[title_at].casefold()), exp.key
        assert texts[title_at + 2] == "-----"
        # Every table spans at most the text area, so none crosses the right margin.
        text_width = section.page_width - section.left_margin - section.right_margin
        for table in doc.tables:
            grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
            assert sum(int(c.get(qn("w:w"))) for c in grid) * 635 <= text_width, exp.key  # 635 EMU a twip
        _assert_styles(doc, exp)


def test_summary_line_does_not_repeat_the_document_type_and_starts_in_lower_case():
    """Under the type name the summary starts in lower case, as the Party's format writes it
    ("ĐỀ CƯƠNG" over "học tập và làm theo Bác"); a name keeps its capitals."""
    assert summary_line("Chương trình", "Chương trình sinh hoạt chi bộ thường kỳ") == "sinh hoạt chi bộ thường kỳ"
    assert summary_line("Đề cương sinh hoạt chuyên đề", "Học tập và làm theo Bác") == "học tập và làm theo Bác"
    assert summary_line("Chương trình", "Họp chi ủy chuẩn bị") == "họp chi ủy chuẩn bị"
    assert summary_line("Đề cương", "Đảng viên nêu gương") == "đảng viên nêu gương"
    for name in ("Hồ Chí Minh với công tác dân vận", "Ban Dân vận và cơ sở", "HĐND xã và chi bộ", "Đảng lãnh đạo công tác dân vận",
                 "Quốc hội khóa XV", "Chỉ thị 50-CT/TW vào cuộc sống", "Bác với thanh niên"):
        assert summary_line("Đề cương", name) == name
    assert TEXT_TWIPS == 9354  # 165 mm


def _all_paragraphs(doc):
    yield from doc.paragraphs
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _assert_styles(doc, exp):
    """Each style the file uses: Times New Roman for every script (Vietnamese letters such as
    "ệ" are drawn with the hAnsi font), no theme font left to override it, its size and weight."""
    used = {p.style.name for p in _all_paragraphs(doc)}
    assert used <= set(STYLES), (exp.key, used - set(STYLES))
    expected = {"Normal", "Title", "Subtitle", "SotayBody", "SotayPoint"}
    assert expected | ({"Heading 1", "Heading 2"} if exp.kind == "topic" else set()) <= used, (exp.key, used)
    for name in used:
        style = doc.styles[name]
        size, bold = STYLES[name]
        assert style.font.name == FONT and style.font.size.pt == size and style.font.bold == bold, (exp.key, name)
        fonts = style.element.rPr.find(qn("w:rFonts"))
        assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {FONT}, (exp.key, name)
        assert not [a for a in fonts.attrib if a.endswith("Theme")], (exp.key, name)
        assert style.font.color.rgb is None or str(style.font.color.rgb) == "000000", (exp.key, name)
        assert _lang(doc, style) == ("vi-VN", "vi-VN", "ar-SA"), (exp.key, name)
        # A title or heading never ends a page alone: it keeps with the paragraph under it.
        assert style.paragraph_format.keep_with_next is (True if name in {"Title", "Subtitle", "Heading 1", "Heading 2"} else None), (exp.key, name)


def _lang(doc, style):
    """The language a style's text is checked in: its own w:lang, its base style's, or the
    document defaults' (python-docx has no API for w:lang)."""
    while style is not None:
        rpr = style.element.rPr
        lang = rpr.find(qn("w:lang")) if rpr is not None else None
        if lang is not None:
            return tuple(lang.get(qn(f"w:{a}")) for a in ("val", "eastAsia", "bidi"))
        style = style.base_style
    lang = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    return tuple(lang.get(qn(f"w:{a}")) for a in ("val", "eastAsia", "bidi"))


SAMPLES = ["chuyen-de/thu-vien-chung/bien-ban-dien-tu", "chuong-trinh/sinh-hoat-thuong-ky", "mo-hinh/"]


def _sample(corpus, key):
    return next(e for e in exportables(corpus) if e.key.startswith(key))


@pytest.mark.parametrize("key", SAMPLES)
def test_docx_numbers_pages_from_page_two_centred_at_the_top(corpus, ctx, key):
    """05-HD §IV.5 (research file §0 "Page number"): Arabic numerals, centred, 10 mm below the
    top edge, 14 pt upright, none on the first page."""
    doc = Document(io.BytesIO(to_docx(_sample(corpus, key), ctx)))
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert not doc.settings.odd_and_even_pages_header_footer
    assert _close(section.header_distance, 10)
    first = section.first_page_header
    assert not first.is_linked_to_previous
    assert [p.text for p in first.paragraphs] == [""]
    assert first._element.find(f".//{qn('w:fldChar')}") is None and first._element.find(f".//{qn('w:fldSimple')}") is None
    header = section.header
    assert not header.is_linked_to_previous and len(header.paragraphs) == 1
    number = header.paragraphs[0]
    assert number.alignment == WD_ALIGN_PARAGRAPH.CENTER and not number.paragraph_format.first_line_indent
    # A complex PAGE field: begin, instruction, separate, cached result, end.
    r = number._p
    assert [c.get(qn("w:fldCharType")) for c in r.iter(qn("w:fldChar"))] == ["begin", "separate", "end"]
    assert [t.text.strip() for t in r.iter(qn("w:instrText"))] == ["PAGE"]
    assert number.style.name == "Normal" and number.style.font.size.pt == 14 and number.style.font.name == FONT
    assert all(run.font.size is None and not run.bold and not run.italic for run in number.runs)
    assert not number.style.font.bold and not number.style.font.italic
    assert _lang(doc, number.style) == ("vi-VN", "vi-VN", "ar-SA")
    # The page number sits in the header, above the 20 mm top margin: it never pushes the text down.
    assert section.header_distance + Pt(18) < section.top_margin


def test_docx_is_vietnamese_throughout(corpus, ctx):
    """Word checks spelling in each run's language: vi-VN in the defaults and every style kept,
    no run overriding it, no en-US or ja-JP left anywhere."""
    for exp in exportables(corpus):
        data = to_docx(exp, ctx)
        doc = Document(io.BytesIO(data))
        assert _lang(doc, None) == ("vi-VN", "vi-VN", "ar-SA")
        for style in doc.styles:
            if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
                assert _lang(doc, style) == ("vi-VN", "vi-VN", "ar-SA"), (exp.key, style.name)
        assert doc.core_properties.language == "vi-VN"
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                xml = z.read(name).decode("utf-8")
                assert "en-US" not in xml and "ja-JP" not in xml, (exp.key, name)
                if name in ("word/document.xml", "word/header1.xml", "word/header2.xml"):
                    assert "<w:lang" not in xml, (exp.key, name)
            settings = z.read("word/settings.xml").decode("utf-8")
            assert '<w:themeFontLang w:val="vi-VN" w:eastAsia="vi-VN"/>' in settings


def test_docx_properties_name_the_handbook_title_and_review_date(corpus, ctx):
    for exp in exportables(corpus):
        data = to_docx(exp, ctx)
        props = Document(io.BytesIO(data)).core_properties
        assert props.title == inline(exp.document_title) == exp.document_title.replace("**", ""), exp.key
        assert props.subject == ("Đề cương sinh hoạt chuyên đề" if exp.kind == "topic" else "Chương trình")
        assert props.author == props.last_modified_by == "Sổ tay sinh hoạt chi bộ"
        assert props.comments == props.keywords == props.category == ""
        reviewed = dt.datetime.combine(exp.item.reviewed, dt.time(), tzinfo=dt.UTC)
        assert stamp(exp) == exp.item.reviewed
        assert props.created == props.modified == reviewed and props.revision == 1, exp.key
        assert b"python-docx" not in data
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert "python-docx" not in z.read("docProps/core.xml").decode("utf-8")
            assert {i.date_time for i in z.infolist()} == {reviewed.timetuple()[:6]}, exp.key


def test_docx_is_byte_reproducible_across_runs_clocks_and_time_zones(corpus, ctx, tmp_path):
    """Same content, same bytes: the exports are cached by content hash and the builds are
    reproducible. Two processes seven hours apart (so a different local clock) write
    the same file; in one process, so does a second call."""
    exp = lookup(corpus, TOPIC)
    assert to_docx(exp, ctx) == to_docx(exp, ctx)
    files = []
    for tz in ("UTC0", "ICT-7"):  # POSIX zones: no tzdata needed
        out = tmp_path / f"{tz.replace('/', '-')}.docx"
        proc = run_sotay("export", TOPIC, "--format", "docx", "-o", str(out), env={"TZ": tz})
        assert proc.returncode == 0, proc.stderr
        files.append(out.read_bytes())
    assert files[0] == files[1] == to_docx(exp, ctx)
    # A different item's file differs, and so does its date.
    other = _sample(corpus, "chuong-trinh/sinh-hoat-thuong-ky")
    assert to_docx(other, ctx) != files[0]


def _blocks(doc):
    """The body in order: paragraphs as (style, text, paragraph), tables as ("table", table)."""
    return [("table", b) if isinstance(b, Table) else (b.style.name, b.text, b) for b in doc.iter_inner_content()]


def _date_fact(d) -> str | None:
    if d.date:
        return f"ngày {vn_date(d.date)}"
    return f"năm {d.year}" if d.year else None


# What the facts only a cell's report gives say, at the reference's end.
# Its own parenthesis, or the one that names a replaced document's successor.
_REPORTED = re.compile(r"(?: \(|; )(?P<what>[^();]*?)theo (?P<who>bài viết [^()]*); chưa đối chiếu với văn bản gốc\)$")
_REPORTED_FACTS = {"số hiệu": "code", "cơ quan ban hành": "issuing_body", "khóa": "term", "ngày ban hành": "date",
                   "năm ban hành": "year", "trích yếu": "title", "việc thay thế": "status"}


def _assert_reported(line: str, d, sources) -> str:
    """A fact whose every source is a cell's report is said to be the report's word, naming it;
    the other facts are not. Returns the line without it."""
    def report_only(fact):
        found = [sources[s] for s in d.sources.get(fact, [])]
        return bool(found) and all(s.kind == "bai-viet" for s in found)
    m = _REPORTED.search(line)
    shown = [f for f in ("code", "issuing_body", "term", "date", "year", "title") if getattr(d, f)] if d.code else []
    if d.code and d.replaced_by and " (đã được thay thế" in line:
        shown.append("status")
    expected = [f for f in shown if report_only(f)]
    if not m:
        assert not expected, (d.id, expected, line)
        return line
    named = [_REPORTED_FACTS[w] for w in re.split(r", | và ", m["what"].strip()) if w] or shown
    assert named == expected, (d.id, named, expected, line)
    for fact in named:
        for s in d.sources[fact]:
            assert (s_ := sources[s]).author in m["who"] or s_.title in m["who"], (d.id, s, line)
    return line[:m.start()] + ")" * m.group().startswith(";")


def _assert_reference(line: str, d, sources=None):
    """A reference written out in full from the registry: kind and number (or name), date,
    issuer, title; each fact once; a replaced document names what replaced it."""
    if sources is not None:
        line = _assert_reported(line, d, sources)
    line, replaced, successor = line.partition(" (đã được thay thế bởi ")
    assert bool(replaced) == bool(d.replaced_by), (d.id, line)
    if replaced:
        assert d.replaced_by.split("-20")[0] in successor and successor.endswith(")"), (d.id, successor)
    facts, _, title = line.partition(": ")
    assert (d.code or d.name) in facts, (d.id, line)
    if _date_fact(d):
        assert facts.count(_date_fact(d)) == 1, (d.id, line)
    if d.issuing_body:
        # Once, or, where the name names the issuer, only as often as the name holds it.
        named = (d.name or "").count(d.issuing_body) if d.id in NAME_NAMES_ISSUER else 1
        assert facts.count(d.issuing_body) == named, (d.id, line)
    if d.term:
        assert len(re.findall(rf"\bkhóa {d.term}\b", facts)) == 1, (d.id, line)
    if d.province:
        assert facts.count(d.province) == 1, (d.id, line)
    assert facts.count(" của ") <= 1 or (d.name and d.name.count(" của ") == facts.count(" của ")), (d.id, line)
    assert title == (d.title or ""), (d.id, line)


def test_topic_docx_follows_the_outline_in_order_with_numbered_sections(corpus, ctx):
    for exp in [e for e in exportables(corpus) if e.kind == "topic"]:
        t = exp.item
        doc = Document(io.BytesIO(to_docx(exp, ctx)))
        heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
        assert heads[:5] == ["I. MỤC ĐÍCH", "II. YÊU CẦU", "III. NỘI DUNG", "IV. CÂU HỎI THẢO LUẬN", "V. KẾT LUẬN DỰ KIẾN"]
        # The documents it rests on, then the articles its facts come from (every outline has both).
        assert heads[5:] == ["VI. VĂN BẢN LÀM CĂN CỨ", "VII. NGUỒN"], exp.key
        # Under the suggested presenter, a line for the one the chi ủy hands this copy to, and the day.
        body = [p.text for p in doc.paragraphs if p.style.name == "SotayBody"]
        facts = topic_facts(t)
        assert body[:len(facts) + 1] == facts + ["Ngày sinh hoạt: " + "/".join(["." * 10] * 3) + "; đồng chí trình bày: \t"], body[:5]
        subs = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
        # The text as written, Markdown removed and the handbook named (plain.inline).
        assert subs == [f"{i}. {inline(s.heading)}" for i, s in enumerate(t.sections, 1)]
        points = [p.text for p in doc.paragraphs if p.style.name == "SotayPoint"]
        assert points[0] == f"- {inline(t.requirements[0])}"
        assert f"a) {inline(t.sections[0].points[0])}" in points
        assert [p for p in points if re.match(r"\d+\. ", p)][:len(t.questions)] == [f"{i}. {inline(q)}" for i, q in enumerate(t.questions, 1)]
        numbered_points = [p for p in points if re.match(r"\d+\. ", p)]
        refs = numbered_points[len(t.questions):len(t.questions) + len(t.references)]
        assert len(refs) == len(t.references)
        # Each source as its page names it, with its address in full (the page's link says only its
        # host): "Title — author, unit — publication, date." and the address, with no stop after it.
        listed = numbered_points[len(t.questions) + len(t.references):]
        assert len(listed) == len(t.sources), exp.key
        for i, (source_id, line) in enumerate(zip(t.sources, listed, strict=True), 1):
            s = corpus.sources[source_id]
            assert line.startswith(f"{i}. {s.title}"), line
            assert line.endswith(f". {s.url}" if s.url else "."), line
            assert all(part in line for part in (s.author, s.unit, s.publication, s.date and vn_date(s.date)) if part), line
        # A line with an address flush left (justified, the words before a long address spread apart).
        aligned = {p.text: p.alignment for p in doc.paragraphs if p.text in listed}
        assert all(aligned[line] == WD_ALIGN_PARAGRAPH.LEFT for line in listed if "://" in line), (exp.key, aligned)
        for i, (doc_id, line) in enumerate(zip(t.references, refs, strict=True), 1):
            d = ctx.registry.get(doc_id)
            assert line.startswith(f"{i}. ") and line.endswith(".")
            # Written out in full, and as a document's bases are written: the title after "về" or in quotes.
            written = reference_line(d, ctx.types, ctx.registry, corpus.sources)
            _assert_reference(written, d, corpus.sources)
            assert line[len(f"{i}. "):-1] in _as_basis(written, ctx), (exp.key, doc_id, line)
            if _date_fact(d):
                assert _date_fact(d) in line, (exp.key, doc_id, line)


def _agendas(corpus):
    return [e for e in exportables(corpus) if e.kind == "agenda"]


def test_every_agenda_is_exported(corpus):
    keys = {e.key for e in _agendas(corpus)}
    assert keys == {f"chuong-trinh/{s}" for s in corpus.agendas} | {f"mo-hinh/{s}" for s, m in corpus.meetings.items() if m.agenda}
    assert len(keys) >= 8


def test_no_two_downloads_are_saved_under_one_name(corpus):
    """A branch keeps its downloads in one folder: a second "phong-cach-lam-viec-khoa-hoc.docx"
    from another library came in as "(1)" or over the first. The Markdown keeps the slug, the name
    its content file has (two libraries may share a slug, as content/ may)."""
    items = exportables(corpus)
    docx = [e.download_name("docx") for e in items]
    assert len(set(docx)) == len(docx), sorted(n for n in docx if docx.count(n) > 1)
    slugs = [e.key.rsplit("/", 1)[-1] for e in items]
    assert len(set(slugs)) < len(slugs)  # the content has a shared slug, which this test is about
    for e in items:
        assert e.download_name("md") == e.key.rsplit("/", 1)[-1] + ".md"
        assert e.download_name("docx").startswith("chuong-trinh-" if e.kind == "agenda" else e.key.split("/")[1] + "-")


def test_a_model_meetings_agenda_says_what_kind_of_meeting_it_is(corpus, ctx):
    """Printed, "CHƯƠNG TRÌNH / sinh hoạt gợi ý – Chi bộ Thư viện tỉnh Trà Vinh" did not say whether
    the meeting was a thematic or a regular one; the page says it ("Loại buổi"). The DOCX is the
    programme the cell signs for its own meeting: it names the kind of meeting, not the model cell
    (a secretary who missed "– Chi bộ Ban Dân vận Tỉnh ủy Lạng Sơn" sent out another unit's name)."""
    meetings = [e for e in exportables(corpus) if e.key.startswith("mo-hinh/")]
    assert len(meetings) >= 3 and len({e.item.agenda.kind for e in meetings}) >= 2
    for exp in meetings:
        kind = corpus.vocab.meeting_kinds[exp.item.agenda.kind].lower()
        what = f"{kind} ({agenda_what(exp.item.agenda.basis)}) – {exp.item.cell.name}"
        assert exp.title == f"Chương trình {what}", exp.title
        doc = Document(io.BytesIO(to_docx(exp, ctx)))
        assert [p.text for p in doc.paragraphs if p.style.name == "Subtitle"] == [kind], exp.key
        assert doc.core_properties.title == f"Chương trình {kind}"
        everything = "\n".join(p.text for p in doc.paragraphs)
        assert exp.item.cell.name not in everything and agenda_what(exp.item.agenda.basis) not in everything, exp.key
        assert to_text(exp, ctx).startswith(exp.title.upper() + "\n")


@pytest.mark.parametrize("key", [f"chuong-trinh/{p.stem}" for p in sorted((CONTENT / "chuong-trinh").glob("*.yml"))]
                         + [f"mo-hinh/{p.stem}" for p in sorted((CONTENT / "mo-hinh").glob("*.yml"))])
def test_agenda_docx_reads_back_row_by_row_with_references_and_signature_and_no_notes(corpus, ctx, key):
    exp = lookup(corpus, key)
    items = exp.agenda_items
    notes = exp.agenda_notes
    # The steps have no Markdown syntax, so the file must show them exactly as written; a general
    # note may link a page ("xem [chương trình họp chi ủy](/chuong-trinh/hop-chi-uy/)"), its words kept.
    for text in [x for it in items for x in (it.title, it.lead, it.record, it.notes or "")]:
        assert not re.search(r"[*_`]|\]\(", text), (key, text)
    assert not any(re.search(r"[*_`]", n) for n in notes), (key, notes)
    doc = Document(io.BytesIO(to_docx(exp, ctx)))
    blocks = _blocks(doc)
    assert blocks[0][0] == "table" and [b[:2] for b in blocks[1:5]] == [
        ("Normal", ""), ("Title", "CHƯƠNG TRÌNH"), ("Subtitle", summary_line("Chương trình", exp.document_title)), ("Normal", "-----")]
    # A chương trình carries its number under the star, to fill in: "Số …-CTr/CB" (research §3.1).
    assert [p.text for p in blocks[0][1].rows[0].cells[0].paragraphs][2:] == ["*", "Số ......-CTr/CB"]

    # The documents in force it rests on open the body, as a Party document's legal bases do
    # (research §3.3): "- Căn cứ …;" a line, the last ending in "."; a replaced document gives way to
    # its successor, and the local ones (another province's guides) to one line for the cell's own
    # superior's, to fill in.
    basis = exp.references
    if key.startswith("mo-hinh/"):
        # A model meeting's agenda rests on the handbook's agendas of its kind, else on what they all
        # cite: its article's documents (a decree on staff, a congress's resolution) were its basis.
        agendas = [a for a in corpus.agendas.values() if a.references]
        same = [r for a in agendas if a.kind == exp.agenda_kind for r in a.references]
        assert basis == list(dict.fromkeys(same or [r for r in agendas[0].references if all(r in a.references for a in agendas)])), key
        assert basis[:2] == ["50-CT/TW-2025", "42-HD/BTCTW-2025"], key  # the current directive and its guide
    cited = [ctx.registry.get(i) for i in dict.fromkeys(basis)]
    assert all(cited), key
    refs = list({ctx.registry.current(d).id: ctx.registry.current(d) for d in cited if d.scope != "dia-phuong"}.values())
    local = any(d.scope == "dia-phuong" for d in cited)
    bases = [b[:2] for b in blocks[5:5 + len(refs) + local]]
    for i, ((style, line), d) in enumerate(zip(bases[:len(refs)], refs, strict=True), 1):
        assert style == "SotayPoint" and line.startswith("- Căn cứ "), (key, line)
        assert line.endswith("." if i == len(refs) and not local else ";"), (key, line)
        assert "đã được thay thế" not in line, (key, line)
        line = _assert_reported(line[len("- Căn cứ "):-1], d, corpus.sources)
        # Its title in quotes, or after its own "về" ("Chỉ thị 50-CT/TW … về tiếp tục …").
        if d.title:
            end = next((form for form in _basis_forms(d.title) if line.endswith(form)), None)
            assert end, (key, line)
            line = line[:-len(end)] + f": {d.title}"
        _assert_reference(line, d)
    # The list ends with a stop, a line left to fill in too: after its dots to the margin.
    assert not bases or bases[-1][1].endswith("."), (key, bases[-1])
    if local:
        assert bases[-1] == ("SotayPoint", "- Căn cứ văn bản của cấp ủy cấp trên (nếu có): \t."), key
        # The stop stands after the tab whose dotted leader runs to the margin, not in the blank.
        xml = blocks[5 + len(bases) - 1][2]._p.xml
        assert 'w:leader="dot"' in xml and re.search(r"<w:tab/>.*<w:t[^>]*>\.</w:t>", xml, re.S), (key, xml)
        assert not any(d.province and d.province in "".join(line for _, line in bases) for d in cited if d.scope == "dia-phuong")
    del blocks[5:5 + len(bases)]
    # The cell's next meeting, a model's agenda too: a line for its time and place before the
    # table, blanks as dots.
    # Which meeting first: its month, its topic and presenter, as its kind has them.
    month, topic = ("Kỳ sinh hoạt: tháng ..", "/.."), ("Chuyên đề: ..", "; đồng chí trình bày: ")
    which = {"thuong-ky": [month], "mau": [month], "chuyen-de": [topic], "thuong-ky-chuyen-de": [month, topic],
             "chi-uy": [("Chuẩn bị kỳ sinh hoạt chi bộ tháng ..", "/..")]}
    for words in which[exp.agenda_kind]:
        style, line = blocks[5][:2]
        assert style == "SotayBody" and line.startswith(words[0]) and words[1] in line and "[" not in line, (key, line)
        blocks.pop(5)
    assert blocks[5][:2] == ("SotayBody", "Thời gian: " + "." * 30 + "; địa điểm: \t"), blocks[5][:2]
    assert 'w:leader="dot"' in blocks[5][2]._p.xml  # the place is written on a dotted line to the margin
    blocks.pop(5)
    # The table: a header row that repeats on every page, then one row per item, in order.
    assert blocks[5][0] == "table"
    table = blocks[5][1]
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản"]
    # Bold at the rows' 13 pt: at the body's 14 pt, "Thời gian" broke into "Thời / gian".
    assert all(c.paragraphs[0].runs[0].bold and c.paragraphs[0].runs[0].font.size == Pt(13) for c in table.rows[0].cells)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(table.rows) == len(items) + 1
    for i, (row, item) in enumerate(zip(table.rows[1:], items, strict=True), 1):
        assert [c.paragraphs[0].text for c in row.cells] == [str(i), *map(inline, (item.title, f"{item.minutes} phút", item.lead, item.record))], (key, i)
        # The cell's own document: the handbook's note on an item stays on the page, out of the DOCX.
        assert [p.text for p in row.cells[1].paragraphs[1:]] == [], (key, i)
        for j, cell in enumerate(row.cells):
            paragraph = cell.paragraphs[0]
            assert [r.font.size.pt for r in paragraph.runs] == [13], (key, i, j)
            assert paragraph.alignment == (WD_ALIGN_PARAGRAPH.CENTER if j in (0, 2) else WD_ALIGN_PARAGRAPH.LEFT)

    # After the table: the total, the signature block; nothing else (the handbook's notes,
    # "Theo LuatVietnam, …" among them, were a "LƯU Ý" section in a document the cell signs).
    expected = [("SotayBody", f"Tổng thời gian dự kiến: {sum(it.minutes for it in items)} phút.")]
    everything = "\n".join(p.text for p in doc.paragraphs) + "".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert not [n for n in [*notes, *(it.notes for it in items if it.notes)] if inline(n) in everything], key
    rest = [b[:2] for b in blocks[6:]]
    assert rest[:len(expected)] == expected, key
    # Then the signature block: a borderless table whose right column holds, centred over one
    # another, the authority (the chi ủy for its own meeting), the title, room to sign, the name.
    tail = rest[len(expected):]
    assert len(tail) == 2 and tail[0] == ("Normal", "") and tail[1][0] == "table", key
    total = blocks[6][2]
    assert total.runs[0].italic
    signature = blocks[-1][1]
    left, right = signature.rows[0].cells
    authority = "T/M CHI ỦY" if exp.agenda_kind == "chi-uy" else "T/M CHI BỘ"
    assert [p.text for p in right.paragraphs] == [authority, "BÍ THƯ", "", "", "", "." * 36], key
    # Bottom left, who receives it: "Nơi nhận:" underlined at 14 pt, each line at 12 pt, the archive last.
    assert [p.text for p in left.paragraphs] == ["Nơi nhận:"] + recipients(exp.agenda_kind), key
    assert left.paragraphs[0].runs[0].underline and left.paragraphs[-1].text.startswith("- Lưu ")
    assert {r.font.size for p in left.paragraphs[1:] for r in p.runs} == {Pt(12)}
    assert all(p.text.endswith(";") for p in left.paragraphs[1:-1]) and left.paragraphs[-1].text.endswith(".")
    assert right.paragraphs[0].runs[0].bold and not right.paragraphs[1].runs[0].bold
    assert {p.alignment for p in right.paragraphs if p.text} == {WD_ALIGN_PARAGRAPH.CENTER}
    assert signature._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top")).get(qn("w:val")) == "nil"
    # The block stays on one page with its room to sign, and no agenda row splits across pages.
    rows = list(table.rows) + list(signature.rows)
    assert all(r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows), key


def _space(paragraph, side):
    """A paragraph's space before or after: its own, else its style's (python-docx reads only one level)."""
    space, style = getattr(paragraph.paragraph_format, f"space_{side}"), paragraph.style
    while space is None and style is not None:
        space, style = getattr(style.paragraph_format, f"space_{side}"), style.base_style
    return space or Pt(0)


def test_a_ruled_table_does_not_touch_the_lines_above_and_below(corpus, ctx):
    """Opened in an office suite, the agenda's table sat on the five hyphens under the title and
    "Tổng thời gian dự kiến" sat on its bottom rule: at least the 6 pt kept between paragraphs."""
    for exp in _agendas(corpus):
        blocks = _blocks(Document(io.BytesIO(to_docx(exp, ctx))))
        ruled = [i for i, b in enumerate(blocks) if b[0] == "table"
                 and b[1]._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top")).get(qn("w:val")) == "single"]
        assert ruled, exp.key
        for i in ruled:
            assert _space(blocks[i - 1][2], "after") >= Pt(6), (exp.key, blocks[i - 1][1])
            assert _space(blocks[i + 1][2], "before") >= Pt(6), (exp.key, blocks[i + 1][1])


def test_agenda_signature_stays_on_the_page_of_the_last_lines(corpus, ctx):
    """A signature block alone on the last page signs nothing that is on it (two model meetings'
    agendas ended so in LibreOffice): the last paragraph and the space under it keep with it."""
    for exp in _agendas(corpus):
        blocks = _blocks(Document(io.BytesIO(to_docx(exp, ctx))))
        assert blocks[-1][0] == "table" and blocks[-2][:2] == ("Normal", ""), exp.key
        assert blocks[-2][2].paragraph_format.keep_with_next, exp.key
        assert blocks[-3][2].paragraph_format.keep_with_next, (exp.key, blocks[-3][1])


def test_codes_keep_the_hyphen_typed_and_the_signers_name_is_bold(corpus, ctx):
    """Word's non-breaking hyphen in "42-HD/BTCTW" was missed by Word's Find and lost when the text
    was copied out of Word; the signer's name, typed over the dots, came out regular where a Party
    document prints it bold."""
    held = 0
    for exp in _agendas(corpus)[:2] + [e for e in exportables(corpus) if e.kind == "topic"][:3]:
        doc = Document(io.BytesIO(to_docx(exp, ctx)))
        assert not doc.element.body.findall(".//" + qn("w:noBreakHyphen")), exp.key
        for run in (r for p in doc.paragraphs for r in p.runs):
            held += len(re.findall(r"\b\d+-[A-ZĐ]+/[A-ZĐ]+\b", run._r.xml))  # in the text Word searches, as typed
        if exp.kind == "agenda":
            names = [r for t in doc.tables for c in t._cells for p in c.paragraphs for r in p.runs if set(r.text) == {"."}]
            assert names and all(r.bold for r in names), exp.key
    assert held >= 5, held


def test_markdown_download_loads_back_unchanged(corpus, ctx, tmp_path):
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    topics = [e for e in exportables(corpus) if e.kind == "topic"]
    for exp in topics:
        (copy / f"{exp.key}.md").write_text(to_markdown(exp, ctx))
    reloaded = load(copy)
    assert not [d for d in reloaded.problems if d.is_error]
    for exp in topics:
        lib, slug = exp.key.split("/")[1:]
        assert reloaded.topics[(lib, slug)] == exp.item, exp.key


def test_section_headings_keep_years_initials_and_a_closing_hash(corpus, ctx, tmp_path):
    """Only a section's own numbering ("II. ", "2) ") is dropped on load, and only a spaced run of #
    closes a heading: what an editor wrote as the heading reaches the site and the download."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    exp = lookup(corpus, "chuyen-de/thu-vien-chung/bien-ban-dien-tu")
    headings = ["1945. Cách mạng Tháng Tám", "V. I. Lênin, C. Mác và Ph. Ăngghen bàn về đảng", "Ngôn ngữ C#"]
    md = to_markdown(exp, ctx)
    old = [line for line in md.splitlines() if line.startswith("### ")]
    for line, heading in zip(old, headings, strict=False):
        md = md.replace(line, f"### {heading}", 1)
    md = md.replace(old[len(headings)], f"### IV. {old[len(headings)][4:]} ##", 1)
    (copy / f"{exp.key}.md").write_text(md)
    topic = load(copy).topics[tuple(exp.key.split("/")[1:])]
    assert [s.heading for s in topic.sections[:4]] == headings + [old[len(headings)][4:]]
    reloaded = tmp_path / "again"
    shutil.copytree(copy, reloaded)
    (reloaded / f"{exp.key}.md").write_text(to_markdown(lookup(load(copy), exp.key), ctx))
    assert load(reloaded).topics[tuple(exp.key.split("/")[1:])] == topic


def test_a_parts_and_a_points_own_numbering_is_not_doubled(corpus, ctx, tmp_path):
    """"### Phần 1: Sổ tay…" showed as "1. Phần 1: Sổ tay…", and "- a) Đảng viên…" was copied as
    "a) a) Đảng viên…": the site and the DOCX number parts and letter points themselves."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    exp = lookup(corpus, "chuyen-de/thu-vien-chung/bien-ban-dien-tu")
    md = to_markdown(exp, ctx)
    old = [line for line in md.splitlines() if line.startswith("### ")]
    written = ["Phần 1: Sổ tay điện tử", "Phần thứ hai - Ghi biên bản", "Phần thứ ba", "Phần thứ tự - ưu tiên"]
    for line, heading in zip(old, written, strict=False):
        md = md.replace(line, f"### {heading}", 1)
    first_point = next(line for line in md.splitlines()[md.splitlines().index("### Phần 1: Sổ tay điện tử"):] if line.startswith("- "))
    md = md.replace(first_point, "- a) " + first_point[2:], 1).replace("### Phần thứ ba\n\n- ", "### Phần thứ ba\n\n- 1945. Năm ", 1)
    (copy / f"{exp.key}.md").write_text(md)
    topic = load(copy).topics[tuple(exp.key.split("/")[1:])]
    assert [s.heading for s in topic.sections[:4]] == ["Sổ tay điện tử", "Ghi biên bản", "Phần thứ ba", "Phần thứ tự - ưu tiên"]
    assert topic.sections[0].points[0] == first_point[2:]
    assert topic.sections[2].points[0].startswith("1945. Năm ")


def _outline_at_its_purpose(tmp_path):
    """A copy of the content, an outline's key, file and text, and where its purpose's text begins."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    key = "chuyen-de/thu-vien-chung/bien-ban-dien-tu"
    path = copy / f"{key}.md"
    md = path.read_text()
    return copy, key, path, md, md.index("## Mục đích\n\n") + len("## Mục đích\n\n")


def _purpose_exported(copy, key):
    """The outline exported from the copy: its export, context, DOCX paragraphs and where its purpose begins."""
    corpus = load(copy)
    context = ExportContext(corpus, Registry.build(corpus.documents))
    exp = lookup(corpus, key)
    body = [(p.style.name, p.text) for p in Document(io.BytesIO(to_docx(exp, context))).paragraphs]
    return exp, context, body, body.index(("Heading 1", "I. MỤC ĐÍCH")) + 1


def test_lists_quotes_and_tables_in_a_purpose_reach_the_docx_and_the_copy_as_points(corpus, tmp_path):
    """The page shows an outline's purpose and conclusion as Markdown; the DOCX joined each block's
    lines, so a list came out as "- ý một - ý hai", a table as its pipes, a quote with its ">"."""
    copy, key, path, md, purpose = _outline_at_its_purpose(tmp_path)
    added = ("Giúp đảng viên **nắm** được:\n\n- cách ghi biên bản;\n- cách lưu\n  biên bản.\n\n1. Một là đọc.\n2. Hai là ghi.\n\n"
             "> Biên bản là sử của chi bộ.\n\n| Việc | Người |\n|---|---|\n| Ghi | Thư ký |\n\n")
    path.write_text(md[:purpose] + added + md[purpose:].replace("title: ", "title: **Thử** ", 1))
    exp, context, body, start = _purpose_exported(copy, key)
    assert body[start:start + 7] == [
        ("SotayBody", "Giúp đảng viên nắm được:"), ("SotayPoint", "- cách ghi biên bản;"), ("SotayPoint", "- cách lưu biên bản."),
        ("SotayPoint", "1. Một là đọc."), ("SotayPoint", "2. Hai là ghi."), ("SotayBody", "Biên bản là sử của chi bộ."),
        ("SotayPoint", "- Việc: Ghi; Người: Thư ký")], body[start:start + 8]
    text = to_text(exp, context)
    assert "- cách lưu biên bản.\n1. Một là đọc." in text and "- Việc: Ghi; Người: Thư ký" in text, text
    assert not re.search(r"\*\*|^>|\|", text, re.M), text


def test_a_sub_heading_in_a_purpose_is_told_and_its_bold_lead_reaches_every_export(corpus, tmp_path):
    """"### Mục đích cụ thể" under "## Mục đích" was an h3 on the page and a literal "###" in the
    DOCX, the text download and the copied text: told (B103), where the check asks for the words in
    bold at the paragraph's start, which every format shows alike."""
    from conftest import check_here

    copy, key, path, md, purpose = _outline_at_its_purpose(tmp_path)
    line = md[:purpose].count("\n") + 1
    conclusion = md.index("## Kết luận dự kiến\n\n") + len("## Kết luận dự kiến\n\n")
    headed = md[:purpose] + "### Mục đích cụ thể\n\nMỗi năm kết nạp một đảng viên.\n\n" + md[purpose:conclusion] + \
        "###Kết luận chung\nChi bộ thống nhất.\n\n" + md[conclusion:]
    path.write_text(headed)
    proc = check_here(copy)
    told = [row.split(" ", 2) for row in proc.stdout.splitlines() if row.startswith("content/")]
    at = headed[:headed.index("###Kết")].count("\n") + 1
    assert [(where, code) for where, code, _ in told] == [(f"content/{key}.md:{line}:1:", "B103"),
                                                          (f"content/{key}.md:{at}:1:", "B103")], proc.stdout
    assert "‘**Mục đích cụ thể:** …’" in told[0][2] and "“Kết luận dự kiến”" in told[1][2], proc.stdout

    path.write_text(md[:purpose] + "**Mục đích cụ thể:** Mỗi năm kết nạp một đảng viên.\n\n" + md[purpose:])
    assert check_here(copy).returncode == 0
    exp, context, body, start = _purpose_exported(copy, key)
    assert body[start] == ("SotayBody", "Mục đích cụ thể: Mỗi năm kết nạp một đảng viên."), body[start]
    text = to_text(exp, context)
    assert "I. MỤC ĐÍCH\nMục đích cụ thể: Mỗi năm kết nạp một đảng viên.\n" in text and "#" not in text, text


def test_prose_reads_blocks_as_the_page_does():
    """As Python-Markdown reads them: "1)" opens no list (one paragraph on the page), a numbered
    list counts from 1 whatever its first number, a table needs no outer pipes, and a pipe inside
    code or escaped is part of its cell."""
    from sotay.export.plain import prose

    assert prose("1) đọc\n2) ghi") == [("p", "1) đọc 2) ghi")]
    assert prose("3. một\n4. hai") == [("item", "1. một"), ("item", "2. hai")]
    assert prose("Việc | Ghi chú\n---|---\nGhi | `a|b` và a\\|b") == [("bullet", "Việc: Ghi; Ghi chú: a|b và a|b")]


def test_agenda_markdown_downloads_load_back_as_the_same_agendas(corpus, ctx, tmp_path):
    """Every agenda's download, saved as content/chuong-trinh/<slug>.md in place of its YAML (a
    model meeting's as a new sample agenda), loads into the same agenda, field for field."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    agendas = [e for e in exportables(corpus) if e.kind == "agenda"]
    for exp in agendas:
        slug = exp.key.rsplit("/", 1)[1]
        (copy / "chuong-trinh" / f"{slug}.yml").unlink(missing_ok=True)
        (copy / "chuong-trinh" / f"{slug}.md").write_text(to_markdown(exp, ctx))
    reloaded = load(copy)
    assert not [d for d in reloaded.problems if d.is_error], [str(d) for d in reloaded.problems][:5]
    for exp in agendas:
        assert reloaded.agendas[exp.key.rsplit("/", 1)[1]] == exp.sample_agenda, exp.key
    assert {e.key.split("/")[0] for e in agendas} == {"chuong-trinh", "mo-hinh"}
    assert any(it.notes for e in agendas for it in e.agenda_items)  # an item's own note survives too


def test_markdown_download_is_what_an_editor_writes(corpus, ctx):
    exp = lookup(corpus, "chuyen-de/thu-vien-chung/bien-ban-dien-tu")
    md = to_markdown(exp, ctx)
    assert md.startswith("---\ntitle: ")
    assert [line for line in md.splitlines() if line.startswith("## ")] == [
        "## Mục đích", "## Yêu cầu", "## Nội dung", "## Câu hỏi thảo luận", "## Kết luận dự kiến"]


def test_text_copy_has_no_markdown_syntax(corpus, ctx):
    for exp in exportables(corpus):
        text = to_text(exp, ctx)
        assert text.startswith(exp.title.upper()) and "**" not in text and "](" not in text


def test_copy_text_and_docx_carry_what_the_page_shows_besides_the_body_the_docx_no_notes(corpus, ctx):
    """An outline's origin, references and sources and an agenda's references are in the copied
    text and the DOCX as on the page, so a branch that pastes or downloads loses none of them; an
    agenda's notes are the handbook's advice, in the copied text, and not in the DOCX, the cell's
    own document."""
    seen = set()
    for exp in exportables(corpus):
        text = to_text(exp, ctx)
        docx_text = "\n".join(p.text for p in _all_paragraphs(Document(io.BytesIO(to_docx(exp, ctx)))))
        refs = exp.references
        # An agenda, the cell's own document, rests on documents in force and names no other
        # province's (the agenda test checks those lines).
        expected = [reference_line(d, ctx.types, ctx.registry, ctx.corpus.sources) for d in map(ctx.registry.get, refs)
                    if exp.kind == "topic" or (d.scope != "dia-phuong" and not d.replaced_by)]
        if exp.kind == "topic":
            # Its body reports what named cells did ("Theo bài tường thuật…"): where from goes with it.
            expected += [f"{i}. {line}" for i, line in enumerate(sources(exp, ctx), 1)]
            assert len(sources(exp, ctx)) == len(exp.item.sources) > 0, exp.key
        if exp.kind == "topic" and exp.item.origin:
            expected.append(f"Xuất xứ: {inline(exp.item.origin)}")
            seen.add("origin")
        notes = exp.agenda_notes if exp.kind == "agenda" else []
        assert all(inline(n) in text and inline(n) not in docx_text for n in notes), exp.key
        seen |= {"notes"} if notes else set()
        # A model meeting's agenda says it is a suggestion (or a record) in every download.
        if exp.key.startswith("mo-hinh/"):
            assert notes and notes[0] == agenda_basis(exp.item.agenda.basis), exp.key
            seen.add("meeting notes")
        seen |= {f"{exp.kind} references"} if refs else set()
        for line in expected:
            assert line in text and any(form in docx_text for form in _as_basis(line, ctx)), (exp.key, line)
    assert seen == {"origin", "notes", "meeting notes", "topic references", "agenda references"}


def _basis_forms(title: str) -> list[str]:
    """How an agenda's DOCX may write a document's title among its legal bases: in quotes, or after
    "về" (its own, or one added where the title has quotes of its own), its first letter small
    unless a name."""
    rest = title[3:] if title[:3].casefold() == "về " else title
    forms = [f" về {rest[0].lower()}{rest[1:]}", f" về {rest}"]
    return forms if rest is not title or "“" in title or '"' in title else [f" “{title}”"]


def _as_basis(line: str, ctx) -> list[str]:
    """A reference line as a DOCX may write it among its legal bases (_basis_forms), not after a
    colon: every form it may take."""
    title = next((d.title for d in ctx.registry.documents.values() if d.title and f": {d.title}" in line), None)
    if title is None:
        return [line]
    return [line.replace(f": {title}", form) for form in _basis_forms(title)]


def test_documents_name_the_handbook_where_its_pages_say_this_handbook(corpus, ctx):
    """A page says "Sổ tay này"; in a branch's own document that would mean the document."""
    said = 0
    for exp in exportables(corpus):
        docx_text = "\n".join(p.text for p in _all_paragraphs(Document(io.BytesIO(to_docx(exp, ctx)))))
        for text in (to_text(exp, ctx), docx_text):
            assert "Sổ tay này" not in text, exp.key
            said += "Sổ tay sinh hoạt chi bộ" in text
    assert said > 0


@pytest.mark.parametrize("written, copied", [
    ("xem [A](/huong-dan/a/) và [B](/huong-dan/b/).", "xem A và B trong Sổ tay sinh hoạt chi bộ."),
    ("Xem thêm [mô hình của Chi bộ C](/mo-hinh/c/).", "Xem thêm mô hình của Chi bộ C trong Sổ tay sinh hoạt chi bộ."),
])
def test_pages_named_after_xem_are_named_as_the_handbook_s_once_after_the_last(written, copied):
    """"xem [A] và [B]" lost its links in a branch's document: the first was named as the
    handbook's, the second read as the branch's own; "xem thêm" named neither."""
    assert inline(written) == copied


def _keys(content):
    corpus = load(content)
    ctx = ExportContext(corpus, Registry.build(corpus.documents))
    return {e.key: content_key(e, ctx) for e in exportables(corpus)}, ctx


def test_the_cache_lives_outside_the_project_and_takes_no_link_for_a_file(tmp_path, monkeypatch):
    """A pull request can commit files under the project's .cache/ (`git add -f`): the build
    published them as downloads, a link to any file on the build machine among them."""
    from sotay.export.cache import cache_dir
    from sotay.paths import ROOT

    monkeypatch.delenv("SOTAY_EXPORT_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg/sotay/exports" and ROOT not in cache_dir().parents
    # A home one cannot write to: a fresh folder of its own, not an error.
    (tmp_path / "locked").write_text("a file, not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "locked"))
    fallback = cache_dir()
    assert fallback.is_dir() and not any(fallback.iterdir()) and ROOT not in fallback.parents
    fallback.rmdir()
    # A relative XDG_CACHE_HOME is ignored (the XDG spec): ".cache" was the project's own.
    monkeypatch.setenv("XDG_CACHE_HOME", ".cache")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(ROOT)
    assert cache_dir() == tmp_path / "home/.cache/sotay/exports"
    corpus = load(CONTENT)
    ctx = ExportContext(corpus, Registry.build(corpus.documents))
    exp = lookup(corpus, "chuyen-de/thu-vien-chung/bien-ban-dien-tu")
    secret = tmp_path / "bi-mat.txt"
    secret.write_text("SOTAY_SECRET=zz", encoding="utf-8")
    planted = tmp_path / "cache" / f"{content_key(exp, ctx)}.md"
    planted.parent.mkdir()
    planted.symlink_to(secret)
    cache = ExportCache(tmp_path / "cache")
    made = cache.ensure(exp, ctx, "md")
    assert cache.made == 1 and not made.is_symlink() and "SOTAY_SECRET" not in made.read_text(encoding="utf-8")
    assert secret.read_text(encoding="utf-8") == "SOTAY_SECRET=zz"


def test_cache_reuses_unchanged_exports_and_redoes_changed_ones(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    keys, ctx = _keys(content)
    cache = ExportCache(tmp_path / "cache")
    edited_key = "chuyen-de/thu-vien-chung/bien-ban-dien-tu"
    # Three exports, the outline the editor changes below among them.
    exps = [e for e in exportables(ctx.corpus) if e.key != edited_key][:2] + [lookup(ctx.corpus, edited_key)]
    first = [cache.ensure(e, ctx, "docx") for e in exps]
    assert cache.made == 3 and [p.stem for p in first] == [keys[e.key] for e in exps]
    again = [cache.ensure(e, ctx, "docx") for e in exps]
    assert again == first and cache.made == 3

    # An editor changes one outline: only its exports are made again.
    edited = content / "chuyen-de/thu-vien-chung/bien-ban-dien-tu.md"
    edited.write_text(edited.read_text().replace("title: ", "title: (Sửa) ", 1))
    after, ctx = _keys(content)
    assert [k for k in keys if keys[k] != after[k]] == [edited_key]
    remade = [cache.ensure(lookup(ctx.corpus, e.key), ctx, "docx") for e in exps]
    assert cache.made == 4 and remade[:2] == first[:2]
    assert remade[2] != first[2] and remade[2].stem == after[edited_key] and remade[2].is_file()

    # A registry fact an outline cites changes: the outlines that cite it are made again.
    doc = next(content.glob("van-ban/12-hd-btctw*.yml"))
    doc.write_text(doc.read_text().replace("title:", "title: Sửa", 1))
    changed = [k for k, v in _keys(content)[0].items() if v != after[k]]
    assert changed and all(k.startswith(("chuyen-de/", "chuong-trinh/", "mo-hinh/")) for k in changed)
    assert len(changed) < len(keys)

    # A source's title changes: the outlines that list it are made again (their DOCX lists it), and
    # the agendas whose notes cite it (their copied text lists it).
    before = _keys(content)[0]
    source = content / "nguon/bv-go-cong-2023.yml"
    source.write_text(source.read_text().replace("title: ", "title: (Sửa) ", 1))
    after_source, ctx = _keys(content)
    changed = {k for k in before if before[k] != after_source[k]}
    assert changed == {e.key for e in exportables(ctx.corpus) if (e.kind == "topic" or e.kind == "agenda" and e.agenda_notes)
                       and "bv-go-cong-2023" in e.item.sources}
    assert any(k.startswith("chuong-trinh/") for k in changed), changed


@pytest.mark.parametrize("fmt", ["docx", "md", "txt"])
def test_export_command_writes_the_file(tmp_path, fmt):
    out = tmp_path / f"x.{fmt}"
    proc = run_sotay("export", "chuyen-de/thu-vien-chung/bien-ban-dien-tu", "--format", fmt, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    if fmt == "docx":
        assert Document(io.BytesIO(data)).paragraphs
    else:
        assert "Số hóa biên bản" in data.decode() or "SỐ HÓA BIÊN BẢN" in data.decode()


def test_export_command_accepts_a_content_path_and_refuses_unknown_ids(tmp_path):
    proc = run_sotay("export", "content/chuong-trinh/hop-chi-uy.yml", "--format", "md", "-o", "-")
    assert proc.returncode == 0 and proc.stdout.startswith("---\ntitle: ")
    proc = run_sotay("export", "chuyen-de/khong-co", "--format", "md", "-o", str(tmp_path / "x.md"))
    assert proc.returncode == 2 and "Không có" in proc.stderr and not (tmp_path / "x.md").exists()


@pytest.mark.parametrize("output, words", [("khong-co/x.docx", "thư mục chứa tệp này không tồn tại"), (".", "đó là một thư mục")])
def test_export_to_a_place_it_cannot_write_says_why_without_a_traceback(tmp_path, output, words):
    proc = run_sotay("export", "chuyen-de/thu-vien-chung/bien-ban-dien-tu", "-o", str(tmp_path / output))
    assert proc.returncode == 1 and words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


@pytest.mark.parametrize("command", [["check"], ["refs", "-"], ["report"], ["export", "x", "-o", "-"], ["new", "topic", "Tiêu đề"]])
def test_a_content_folder_that_is_not_there_is_told_without_a_traceback(tmp_path, command):
    proc = run_sotay(*command, "--content", str(tmp_path / "khong-co"))
    assert proc.returncode == 2 and "không có thư mục nội dung" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


# --- references written out in full, each fact once ---------------------------------------

# The line's shape for each kind of entry; "{title}" and "{name}" are the entry's own (an editor's
# rewording of a title is no test's failure), the facts before it are the format's.
EXPECTED_LINES = {
    "NQ-DH-XII": "{name}",
    "NQ-DH-XIII": "{name}",
    "NQ-TW4-XI": "{name}: {title}",
    "09-HD/TU-2019-lang-son": "Hướng dẫn 09-HD/TU ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy Lạng Sơn: {title}",
    "13-HD/BTCTU-2018-tra-vinh": "Hướng dẫn 13-HD/BTCTU ngày 12/9/2018 của Ban Tổ chức Tỉnh ủy Trà Vinh: {title}",
    # No source gives its subject (the research marks it unconfirmed): the line stops at the issuer.
    "05-HD/BTCTU-tien-giang": "Hướng dẫn 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy Tiền Giang",
    "10-CT/TW-2007": "Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư khóa X: {title}",
    "50-CT/TW-1999": "Chỉ thị 50-CT/TW năm 1999 của Bộ Chính trị khóa VIII: {title}",
    "ND-111": "{name}",
}


@pytest.mark.parametrize("doc_id", sorted(EXPECTED_LINES))
def test_reference_line_writes_each_fact_once(corpus, ctx, doc_id):
    doc = corpus.documents[doc_id]
    assert reference_line(doc, ctx.types) == EXPECTED_LINES[doc_id].format(title=doc.title, name=doc.name)


def test_every_registry_document_is_written_out_with_each_fact_once(corpus, ctx):
    for d in corpus.documents.values():
        _assert_reference(reference_line(d, ctx.types, ctx.registry), d)
        _assert_reference(reference_line(d, ctx.types, ctx.registry, corpus.sources), d, corpus.sources)


def test_province_stays_in_brackets_when_nothing_else_names_it(ctx):
    doc = RegistryDocument(id="01-HD/BTCHU-2020-ha-giang", type="huong-dan", code="01-HD/BTCHU", issuing_body="Ban Tổ chức Huyện ủy",
                           province="Hà Giang", date=dt.date(2020, 2, 1), title="Về sinh hoạt chi bộ", scope="dia-phuong",
                           examples=["x"], sources={})
    assert reference_line(doc, ctx.types) == "Hướng dẫn 01-HD/BTCHU ngày 01/02/2020 (Hà Giang) của Ban Tổ chức Huyện ủy: Về sinh hoạt chi bộ"


def test_exports_write_names_that_name_their_issuer_once(corpus, ctx):
    """Every place a reference line goes (a topic's copy text, an agenda's Markdown, every DOCX)
    has the short form."""
    seen = set()
    # No agenda of the content cites them today (model meetings' agendas rest on the handbook's): one made to.
    agenda = next(a for a in corpus.agendas.values() if a.kind == "thuong-ky")
    made = Exportable(agenda.page_key, "agenda", agenda, basis=[*agenda.references, *sorted(NAME_NAMES_ISSUER)])
    for exp in [*exportables(corpus), made]:
        cited = [i for i in exp.references if i in NAME_NAMES_ISSUER]
        if not cited:
            continue
        texts = ["\n".join(p.text for p in Document(io.BytesIO(to_docx(exp, ctx))).paragraphs)]
        texts.append(to_text(exp, ctx))
        for doc_id in cited:
            seen.add((doc_id, exp.kind))
            doc = corpus.documents[doc_id]
            line = EXPECTED_LINES[doc_id].format(title=doc.title, name=doc.name)
            for text, basis in zip(texts, (True, False), strict=True):
                shown = "|".join(map(re.escape, _as_basis(line, ctx) if basis else [line]))
                assert re.search(rf"^(?:\d+\. |- (?:Căn cứ )?)(?:{shown})[.;]?$", text, re.M), (exp.key, doc_id)
                assert "của Đảng của" not in text and "khóa XI khóa XI" not in text, exp.key
    assert {kind for _, kind in seen} == {"topic", "agenda"} and {i for i, _ in seen} == NAME_NAMES_ISSUER


# --- the cache key covers the code that makes the files --------------------------------------


def test_cache_key_changes_with_the_outline_writer_table_and_model(tmp_path):
    copy = tmp_path / "sotay"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    version = exporter_version.__wrapped__
    base = version(copy)
    assert base == version(PACKAGE)
    # The writers themselves and what they import (outline writer, table renderer, model, schema).
    for module in ("export/docx.py", "export/markdown.py", "outline.py", "render/common.py", "model.py", "schema.py"):
        path = copy / module
        original = path.read_text()
        path.write_text(original + "\n# edited\n")
        assert version(copy) != base, module
        path.write_text(original)
    assert version(copy) == base


# --- the export command finds an item however it is named -------------------------------

TOPIC = "chuyen-de/thu-vien-chung/bien-ban-dien-tu"
THIS_CHECKOUT = {"PYTHONPATH": str(ROOT)}  # run from another folder, the command is still this checkout's


@pytest.mark.parametrize("target", [
    TOPIC,  # a page key
    f"/{TOPIC}/",  # as in the page's address
    f"{TOPIC}.md",  # relative to the content folder
    f"content/{TOPIC}.md",  # relative to the working directory
    str(CONTENT / f"{TOPIC}.md"),  # absolute
])
def test_lookup_accepts_an_id_or_a_path(corpus, target):
    assert lookup(corpus, target, cwd=ROOT).key == TOPIC


def test_lookup_accepts_a_path_relative_to_another_working_directory(corpus):
    assert lookup(corpus, "thu-vien-chung/bien-ban-dien-tu.md", cwd=CONTENT / "chuyen-de").key == TOPIC
    assert lookup(corpus, "../chuong-trinh/hop-chi-uy.yml", cwd=CONTENT / "mo-hinh").key == "chuong-trinh/hop-chi-uy"
    with pytest.raises(KeyError):
        lookup(corpus, "van-ban/nq-dh-xii.yml", cwd=ROOT)  # a page, but nothing to export
    with pytest.raises(KeyError):
        lookup(corpus, str(ROOT / "README.md"), cwd=ROOT)  # outside the content folder


@pytest.fixture(scope="module")
def other_content(tmp_path_factory):
    """The content in a folder that is not called content."""
    where = tmp_path_factory.mktemp("elsewhere") / "noi-dung"
    shutil.copytree(CONTENT, where)
    return where


@pytest.mark.parametrize("how", ["id", "content-relative", "cwd-relative", "absolute"])
def test_export_command_resolves_paths_against_the_content_folder(corpus, ctx, other_content, tmp_path, how):
    target = {"id": TOPIC, "content-relative": f"{TOPIC}.md", "cwd-relative": f"noi-dung/{TOPIC}.md",
              "absolute": str(other_content / f"{TOPIC}.md")}[how]
    proc = run_sotay("export", target, "--content", str(other_content), "--format", "md", "-o", "-",
                     cwd=other_content.parent, env=THIS_CHECKOUT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == to_markdown(lookup(corpus, TOPIC), ctx)


@pytest.mark.parametrize("target", [f"{TOPIC}.md", str(CONTENT / "chuong-trinh/hop-chi-uy.yml")])
def test_export_command_with_the_default_content_folder_from_anywhere(tmp_path, target):
    proc = run_sotay("export", target, "--format", "md", "-o", "-", cwd=tmp_path, env=THIS_CHECKOUT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("---\ntitle: ")


def test_docx_opens_in_words_own_layout_and_claims_nothing_it_did_not_do(corpus, ctx):
    """Word 2013+ compatibility (not 2010's "Compatibility Mode"), no "spelling checked" flag, and the
    handbook, not Microsoft Word, as the application that wrote it."""
    data = to_docx(lookup(corpus, "chuong-trinh/sinh-hoat-thuong-ky"), ctx)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        settings, app = z.read("word/settings.xml").decode(), z.read("docProps/app.xml").decode()
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    assert "proofState" not in settings
    assert "<Application>Sổ tay sinh hoạt chi bộ</Application>" in app and "Microsoft" not in app



# Markdown an editor may write in a point, and what a branch's document shows for it.
INLINE = [
    ("Lưu **bien_ban_thang_10.docx** vào máy", "Lưu bien_ban_thang_10.docx vào máy"),
    ("5 \\* 3 = 15, không phải *nhấn mạnh*", "5 * 3 = 15, không phải nhấn mạnh"),
    ("Đảng ủy &amp; chi bộ, a &lt; b", "Đảng ủy & chi bộ, a < b"),
    ("[trang hỏi đáp](https://x.vn/a_(b) \"tiêu đề\") về biên bản", "trang hỏi đáp về biên bản"),
    ("gõ `**` để in đậm, _nghiêng_ và __đậm__", "gõ ** để in đậm, nghiêng và đậm"),
    ("Hai dòng<br>một ô, <abbr title=\"Hội đồng nhân dân\">HĐND</abbr>; a < b > c", "Hai dòng một ô, HĐND; a < b > c"),
]


@pytest.mark.parametrize("markdown, text", INLINE)
def test_inline_markdown_reads_as_the_page_shows_it(markdown, text):
    assert inline(markdown) == text


@pytest.mark.parametrize("day, text", [((2007, 3, 30), "30/3/2007"), ((2018, 7, 6), "06/7/2018"),
                                       ((2008, 2, 2), "02/02/2008"), ((2015, 12, 7), "07/12/2015"), ((2025, 1, 21), "21/01/2025")])
def test_dates_are_written_as_party_documents_write_them(day, text):
    assert vn_date(dt.date(*day)) == text


# --- the minutes form (content/mau/), a DOCX laid out as a Party document -------------------------

FORM = "mau/bien-ban-sinh-hoat-chi-bo"


def _form_yaml():
    """The form as its content file says it, read with YAML alone (not through the writer's model)."""
    import yaml

    return yaml.safe_load((CONTENT / f"{FORM}.yml").read_text(encoding="utf-8"))


def _blanks_as_ellipsis(text: str) -> str:
    """What a line says once its blanks are one mark: the page's "[họ tên]" and the DOCX's dots (or
    its tab to a dotted leader) both read "…"; a choice keeps its words."""
    # A line that ends on a choice leaves room to write after it; a blank's words kept as a hint,
    # "(họ tên – lý do) ....", are a blank too (checked on their own).
    text = re.sub(r"\[([^\]]* / [^\]]*)\]$", r"\1 …", text)
    text = re.sub(r"\[([^\]]* / [^\]]*)\]", r"\1", text)
    text = re.sub(r"\([^()]*\) ?(?=[.]{4,}|\t)", "", text)
    text = re.sub(r"\[[^\]]*\]", "…", text)
    text = re.sub(r"[.]{4,}|\t", "…", text)
    text = re.sub(r"\s*…(?:\s*…)*", " …", text)
    return text.strip()


def _form_docx(corpus, ctx):
    return Document(io.BytesIO(to_docx(lookup(corpus, FORM), ctx)))


def test_minutes_form_docx_has_the_party_header_title_and_every_line_in_order(corpus, ctx):
    form, doc = _form_yaml(), _form_docx(corpus, ctx)
    section = doc.sections[0]
    assert _close(section.page_width, 210) and _close(section.page_height, 297)
    for side, mm in MARGINS_MM.items():
        assert Mm(mm) <= getattr(section, f"{side}_margin") < Mm(mm + 0.2), side
    # The header: superior body, chi bộ and star on the left, no number (a biên bản has none);
    # the Party's name and the place-and-date line on the right.
    left, right = doc.tables[0].rows[0].cells
    assert [p.text.split(" .")[0] for p in left.paragraphs] == ["ĐẢNG BỘ", "CHI BỘ", "*"]
    assert not any(p.text.startswith("Số") for p in _all_paragraphs(doc))
    assert right.paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM" and right.paragraphs[0].runs[0].underline
    assert re.fullmatch(r"\.+, ngày \.+ tháng \.+ năm 20\.+", right.paragraphs[2].text) and right.paragraphs[2].runs[0].italic
    blocks = [(p.style.name, p.text) for p in doc.paragraphs]
    title_at = blocks.index(("Title", "BIÊN BẢN"))
    assert blocks[title_at + 1] == ("Subtitle", "sinh hoạt chi bộ thường kỳ / chuyên đề tháng ........../..........")
    assert blocks[title_at + 2] == ("Normal", "-----")
    # Then every section, numbered I., II., in capitals, each with its lines in order: "- " for a
    # line, "+ " for a sub-line (written "- …" in the file), one dotted line under a bare section,
    # and a line that is a blank alone ("[...]": more room for the one above) without a mark.
    expected = []
    for n, sec in enumerate(form["sections"], 1):
        expected.append(("Heading 1", _blanks_as_ellipsis(f"{roman(n)}. {sec['heading']}".upper())))
        lines = sec.get("lines") or []
        expected += [("SotayPoint", "…" if line == "[...]" else _blanks_as_ellipsis(f"+ {line[2:]}" if line.startswith("- ") else f"- {line}"))
                     for line in lines]
        if not lines:
            expected.append(("SotayPoint", "…"))
    assert sum(line == "[...]" for sec in form["sections"] for line in sec.get("lines") or []) >= 4  # room to write the meeting
    body = [(style, _blanks_as_ellipsis(text)) for style, text in blocks[title_at + 3:] if text]
    assert body == expected
    assert [text for _, text in body][:3] == ["I. THÔNG TIN CHUNG", "- Chi bộ: …, trực thuộc: …", "- Thời gian bắt đầu: …; địa điểm: …"]
    assert ("SotayPoint", "+ …: …") in body and ("Heading 1", "V. NỘI DUNG 2: … – NGƯỜI TRÌNH BÀY: …") in body
    # Blanks are dots, never the page's square brackets; a line that ends on a blank for words ends
    # in a tab to a dotted leader at the right margin.
    text = "\n".join(p.text for p in _all_paragraphs(doc))
    assert "[" not in text and "]" not in text
    chairs = next(p for p in doc.paragraphs if p.text.startswith("- Chủ trì:"))
    tab = chairs._p.find(f"{qn('w:pPr')}/{qn('w:tabs')}/{qn('w:tab')}")
    assert chairs.text.endswith("\t") and tab.get(qn("w:leader")) == "dot" and tab.get(qn("w:val")) == "right"
    assert int(tab.get(qn("w:pos"))) * 635 == section.page_width - section.left_margin - section.right_margin
    # "(Kết quả theo tiêu chí …)": a line that is only a placeholder keeps its words, in italics.
    hint = next(p for p in doc.paragraphs if "Kết quả theo tiêu chí" in p.text)
    assert hint.text.startswith("- (Kết quả theo tiêu chí của cấp ủy cấp trên)") and hint.runs[1].italic
    # So does a blank that says more than its label, on paper where the page's brackets are gone;
    # one its label names already ("Chi bộ: [tên chi bộ]") is bare dots.
    absent = next(p for p in doc.paragraphs if p.text.startswith("- Vắng có lý do:"))
    assert [(r.text, r.italic) for r in absent.runs][1:3] == [("Vắng có lý do: ", None), ("(họ tên – lý do) ", True)]
    assert absent.text == "- Vắng có lý do: (họ tên – lý do) \t", absent.text  # its own line, dotted to the margin
    assert next(p for p in doc.paragraphs if p.text.startswith("- Chi bộ:")).text.startswith("- Chi bộ: ....")
    assert unicodedata.is_normalized("NFC", text)


def test_minutes_form_docx_is_signed_by_the_minute_taker_left_and_the_chair_right(corpus, ctx):
    """05-HD/VPTW (research §3.4 last bullet, §4.2 last bullet): minutes carry two signatures, the
    minute-taker's on the left and the chair's, the main one, on the right; each with room to sign
    and a line for the name. The block follows the last line and never splits across pages."""
    doc = _form_docx(corpus, ctx)
    last = list(doc.iter_inner_content())[-1]
    assert isinstance(last, Table)
    row = last.rows[0]
    assert row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    left, right = row.cells
    for cell, label in ((left, "NGƯỜI GHI BIÊN BẢN"), (right, "CHỦ TRÌ")):
        texts = [p.text for p in cell.paragraphs]
        assert texts[0] == label and cell.paragraphs[0].runs[0].bold, texts
        assert cell.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert texts[1] == "(Ký, ghi rõ họ tên)" and cell.paragraphs[1].runs[0].italic
        assert texts[2:-1] == ["", "", ""] and re.fullmatch(r"\.{20,}", texts[-1]), texts
    widths = [int(c.get(qn("w:w"))) for c in last._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert abs(widths[0] - widths[1]) <= 1 and sum(widths) == TEXT_TWIPS
    # The last line of the form keeps with the signatures.
    paragraphs = [b for b in doc.iter_inner_content() if not isinstance(b, Table)]
    assert paragraphs[-2].text.startswith("- Kết thúc lúc:") and paragraphs[-2].paragraph_format.keep_with_next


def test_minutes_form_docx_uses_the_house_styles_properties_and_page_numbers(corpus, ctx):
    exp = lookup(corpus, FORM)
    data = to_docx(exp, ctx)
    doc = Document(io.BytesIO(data))
    used = {p.style.name for p in _all_paragraphs(doc)}
    assert used <= set(STYLES) and {"Title", "Subtitle", "Heading 1", "SotayPoint"} <= used
    for name in used:
        style = doc.styles[name]
        assert style.font.name == FONT and style.font.size.pt == STYLES[name][0], name
        assert _lang(doc, style) == ("vi-VN", "vi-VN", "ar-SA"), name
    section = doc.sections[0]
    assert section.different_first_page_header_footer and [p.text for p in section.first_page_header.paragraphs] == [""]
    assert [t.text.strip() for t in section.header.paragraphs[0]._p.iter(qn("w:instrText"))] == ["PAGE"]
    props = doc.core_properties
    assert (props.title, props.subject, props.author) == ("Mẫu biên bản sinh hoạt chi bộ", "Biên bản", "Sổ tay sinh hoạt chi bộ")
    reviewed = dt.datetime.combine(exp.item.reviewed, dt.time(), tzinfo=dt.UTC)
    assert props.created == props.modified == reviewed and props.language == "vi-VN"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {i.date_time for i in z.infolist()} == {reviewed.timetuple()[:6]}
        assert "<w:lang" not in z.read("word/document.xml").decode("utf-8")


def test_minutes_form_docx_is_the_same_bytes_every_time(corpus, ctx, tmp_path):
    exp = lookup(corpus, FORM)
    assert to_docx(exp, ctx) == to_docx(exp, ctx)
    out = tmp_path / "bien-ban.docx"
    proc = run_sotay("export", f"content/{FORM}.yml", "-o", str(out), env={"TZ": "ICT-7"})
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == to_docx(exp, ctx)


def test_minutes_form_is_one_docx_download_with_its_own_name(corpus, ctx, tmp_path):
    from sotay.export.cache import export_files

    exp = lookup(corpus, FORM)
    assert exp.download_name("docx") == "mau-bien-ban-sinh-hoat-chi-bo.docx"
    files = dict(export_files(corpus, ctx.registry, tmp_path / "cache")[0])
    form_files = sorted(src for src in files if src.startswith("tai-ve/mau/"))
    assert form_files == [f"tai-ve/mau/mau-{slug}.docx" for slug in sorted(corpus.forms)]
    assert files["tai-ve/mau/mau-bien-ban-sinh-hoat-chi-bo.docx"].read_bytes() == to_docx(exp, ctx)
    # Its text, as the page shows it and `export --format txt` writes it, is the page's text block.
    proc = run_sotay("export", FORM, "--format", "txt", "-o", "-")
    assert proc.returncode == 0 and proc.stdout.startswith("BIÊN BẢN SINH HOẠT CHI BỘ [THƯỜNG KỲ / CHUYÊN ĐỀ] THÁNG [..]/[....]\n\nI. THÔNG TIN CHUNG\n")
    assert proc.stdout.rstrip().endswith("NGƯỜI GHI BIÊN BẢN    CHỦ TRÌ\n[ký, họ tên]          [ký, họ tên]")
    proc = run_sotay("export", FORM, "--format", "md", "-o", "-")
    assert proc.returncode == 2 and "docx hoặc txt" in proc.stderr


# --- the resolution form: a numbered Party document, signed for the cell, with its recipients ----

RESOLUTION = "mau/nghi-quyet-sinh-hoat-chi-bo"


def test_resolution_form_docx_is_numbered_opens_with_its_preamble_and_lists_every_line(corpus, ctx):
    """A nghị quyết has a number under the chi bộ's name ("Số ......-NQ/CB": research §4.4), the
    lines before section I unnumbered (grounds, who attended, "QUYẾT NGHỊ:"), then its sections."""
    import yaml

    form = yaml.safe_load((CONTENT / f"{RESOLUTION}.yml").read_text(encoding="utf-8"))
    doc = Document(io.BytesIO(to_docx(lookup(corpus, RESOLUTION), ctx)))
    left = doc.tables[0].rows[0].cells[0]
    assert [p.text for p in left.paragraphs][2:] == ["*", "Số ......-NQ/CB"]
    blocks = [(p.style.name, p.text) for p in doc.paragraphs]
    title_at = blocks.index(("Title", "NGHỊ QUYẾT"))
    assert blocks[title_at + 1] == ("Subtitle", "sinh hoạt chi bộ tháng ........../..........")
    body = [(style, _blanks_as_ellipsis(text)) for style, text in blocks[title_at + 3:] if text]
    preamble = [("SotayBody", _blanks_as_ellipsis(line)) for line in form["preamble"]]
    assert body[:len(preamble)] == preamble and preamble[-1] == ("SotayBody", "QUYẾT NGHỊ:")
    decides = next(p for p in doc.paragraphs if p.text == "QUYẾT NGHỊ:")
    assert decides.alignment == WD_ALIGN_PARAGRAPH.CENTER and decides.runs[0].bold
    headings = [text for style, text in body if style == "Heading 1"]
    assert headings == [_blanks_as_ellipsis(f"{n}. {sec['heading']}".upper()) for n, sec in zip(["I", "II", "III"], form["sections"], strict=True)]
    points = [text for style, text in body if style == "SotayPoint"]
    assert points == [_blanks_as_ellipsis(f"+ {line[2:]}" if line.startswith("- ") else f"- {line}")
                      for sec in form["sections"] for line in sec["lines"]]
    text = "\n".join(p.text for p in _all_paragraphs(doc))
    assert "[" not in text and "]" not in text and unicodedata.is_normalized("NFC", text)


def test_resolution_form_docx_is_signed_for_the_cell_with_the_recipients_at_the_left(corpus, ctx):
    """Signed "T/M CHI BỘ" over "BÍ THƯ" on the right (research §3.4, §4.4), "Nơi nhận:" underlined
    on the left with each recipient ending in ";" and the archive line, last, in "." (§3.5): the
    agenda's block, in one row that never splits."""
    doc = Document(io.BytesIO(to_docx(lookup(corpus, RESOLUTION), ctx)))
    last = list(doc.iter_inner_content())[-1]
    assert isinstance(last, Table)
    assert last.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    left, right = last.rows[0].cells
    texts = [p.text for p in right.paragraphs]
    assert texts[:2] == ["T/M CHI BỘ", "BÍ THƯ"] and right.paragraphs[0].runs[0].bold and not right.paragraphs[1].runs[0].bold
    assert texts[2:-1] == ["", "", ""] and re.fullmatch(r"\.{20,}", texts[-1]), texts
    assert "(Ký, ghi rõ họ tên)" not in texts
    lines = [p.text for p in left.paragraphs]
    assert lines == ["Nơi nhận:", "- Đảng ủy .............................. (để báo cáo);",
                     "- Các đồng chí đảng viên trong chi bộ;", "- Lưu chi bộ."], lines
    assert left.paragraphs[0].runs[0].underline and all(p.runs[0].font.size == Pt(12) for p in left.paragraphs[1:])
    # The text block on the page says the same, in two columns of text.
    proc = run_sotay("export", RESOLUTION, "--format", "txt", "-o", "-")
    assert proc.returncode == 0 and proc.stdout.startswith("NGHỊ QUYẾT SINH HOẠT CHI BỘ THÁNG [..]/[....]\nSố [..]-NQ/CB\n")
    tail = [line.split("  ")[0] for line in proc.stdout.rstrip().splitlines()[-4:]]
    assert tail == ["Nơi nhận:", "- Đảng ủy [cấp trên] (để báo cáo);", "- Các đồng chí đảng viên trong chi bộ;", "- Lưu chi bộ."]


def test_a_forms_signers_show_in_capitals_however_the_file_writes_them(tmp_path):
    """A Party document sets its signers' labels in capitals (research §3.4); an editor who typed
    "T/M chi bộ" and "Bí thư" gets them so, on the page and in the DOCX."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    form = content / f"{RESOLUTION}.yml"
    form.write_text(form.read_text(encoding="utf-8").replace("right: T/M CHI BỘ", "right: T/M chi bộ")
                    .replace("right_title: BÍ THƯ", "right_title: Bí thư"), encoding="utf-8")
    proc = run_sotay("export", RESOLUTION, "--content", str(content), "--format", "txt", "-o", "-")
    assert proc.returncode == 0 and "\nT/M CHI BỘ\nBÍ THƯ\n[ký, họ tên]\n" in proc.stdout, proc.stdout[-400:]
    out = tmp_path / "nq.docx"
    assert run_sotay("export", RESOLUTION, "--content", str(content), "-o", str(out)).returncode == 0
    right = list(Document(str(out)).iter_inner_content())[-1].rows[0].cells[1]
    assert [p.text for p in right.paragraphs][:2] == ["T/M CHI BỘ", "BÍ THƯ"]


def test_printed_pages_have_the_docx_paper_and_margins():
    """Printing from the browser lays the page out as the DOCX does: A4, the same margins."""
    from sotay.export.docx_template import MARGINS_MM as DOCX_MARGINS

    css = (ROOT / "docs/assets/stylesheets/sotay.css").read_text(encoding="utf-8")
    rule = re.search(r"@page\s*\{([^}]*)\}", css).group(1)
    assert re.search(r"size:\s*A4\s*;", rule), rule
    top, right, bottom, left = (int(v) for v in re.search(r"margin:\s*(\d+)mm (\d+)mm (\d+)mm (\d+)mm\s*;", rule).groups())
    assert {"top": top, "right": right, "bottom": bottom, "left": left} == DOCX_MARGINS == MARGINS_MM


def test_clipboard_html_escapes_content_and_holds_only_plain_markup(corpus, ctx):
    """The HTML put on the clipboard beside the text is written from content from pull requests:
    every piece of text is escaped, and the markup is the handful of tags a paste needs."""
    import dataclasses
    from html.parser import HTMLParser

    from sotay.export.clipboard_html import html_of
    from sotay.export.plain import blocks

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags, self.text = set(), []

        def handle_starttag(self, tag, attrs):
            self.tags.add(tag)
            assert {name for name, _ in attrs} <= {"style"}, attrs

        def handle_data(self, data):
            self.text.append(data)

    # Markdown text loses its tags (plain.inline), then turns entities back into characters: the
    # escaped tag comes out of it whole, and only the writer's own escaping keeps it text.
    evil = '<script>alert(1)</script><img src=x onerror=alert(2)> &lt;img src=x onerror=alert(3)&gt; & "q"'
    topic = next(e for e in exportables(corpus) if e.kind == "topic")
    agenda = next(e for e in exportables(corpus) if e.key == "chuong-trinh/sinh-hoat-thuong-ky")
    items = [dataclasses.replace(agenda.item.items[0], title=evil, notes=evil)] + agenda.item.items[1:]
    for exp in (Exportable(topic.key, "topic", dataclasses.replace(topic.item, title=evil, purpose=evil)),
                Exportable(agenda.key, "agenda", dataclasses.replace(agenda.item, items=items))):
        html = html_of(blocks(exp, ctx))
        parser = Tags()
        parser.feed(html)
        assert parser.tags <= {"div", "p", "b", "i", "br", "table", "tr", "th", "td"}, parser.tags
        assert "<script" not in html.lower() and "<img" not in html.lower()
        assert "&lt;script&gt;" not in html.lower()  # the title loses its tags, as in the DOCX (plain.inline)
        assert "&lt;img src=x onerror=alert(3)&gt;" in html, exp.kind
        # The text read back from the HTML is the plain text's, line for line (an agenda's table aside).
        if exp.kind == "topic":
            assert "".join(parser.text) == "".join(line for line in to_text(exp, ctx).splitlines())


@pytest.mark.parametrize("written, kept", [("V. I. Lênin bàn về đảng", "V. I. Lênin bàn về đảng"),
                                           ("I. V. I. Lênin bàn về đảng", "V. I. Lênin bàn về đảng"),
                                           ("V.  I. Lênin", "V.  I. Lênin"), ("a. C. Mác", "C. Mác"),
                                           ("IV. Câu hỏi", "Câu hỏi"), ("C. Mác", "C. Mác")])
def test_a_sections_own_numbering_is_told_from_initials(written, kept):
    """"V. I. Lênin" is a name, "I. V. I. Lênin" a numbered one; a letter "a." numbers before an initial."""
    from sotay.outline import NUMBERING

    assert NUMBERING.sub("", written) == kept


def test_a_see_also_to_a_handbook_page_says_where_it_is_once_the_link_is_gone(corpus, ctx):
    """Pasted into a message, "(xem chương trình họp chi ủy)" pointed nowhere: the copied text
    names the handbook after the words of a link to one of its pages."""
    seen = 0
    for exp in exportables(corpus):
        text = to_text(exp, ctx)
        for words in re.findall(r"\b[Xx]em \[([^\]]*)\]\(/", "\n".join(exp.agenda_notes if exp.kind == "agenda" else [])):
            assert f"{words} trong Sổ tay sinh hoạt chi bộ" in text, (exp.key, words)
            seen += 1
    assert seen


def test_a_reference_names_what_replaced_it_then_the_newest_of_its_chain():
    """A → B → C: A was replaced by B, not by C, which the line named as "the one in force"."""
    from sotay.model import Document as Entry
    from sotay.registry import Registry

    def entry(code, year, successor=None):
        return Entry(id=f"{code}-{year}", type="chi-thi", code=code, year=year, scope="trung-uong", examples=[code], sources={},
                     replaced_by=successor and f"{successor}-{year + 1}", status=successor and "da-thay-the")
    docs = {d.id: d for d in (entry("1-CT/TW", 2001, "2-CT/TW"), entry("2-CT/TW", 2002, "3-CT/TW"), entry("3-CT/TW", 2003))}
    registry, types = Registry.build(docs), load(CONTENT).vocab.document_types
    line = reference_line(docs["1-CT/TW-2001"], types, registry)
    assert line.endswith("(đã được thay thế bởi Chỉ thị 2-CT/TW năm 2002, nay là Chỉ thị 3-CT/TW năm 2003)"), line
    assert reference_line(docs["2-CT/TW-2002"], types, registry).endswith("(đã được thay thế bởi Chỉ thị 3-CT/TW năm 2003)")


def test_a_range_opening_a_heading_or_a_point_is_not_its_numbering(corpus, ctx, tmp_path):
    """"3- 5 năm nay …" lost its "3- " as a point's numbering: the page, the DOCX and the download
    read "5 năm nay", and the round trip kept the loss."""
    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    exp = lookup(corpus, "chuyen-de/thu-vien-chung/bien-ban-dien-tu")
    md = to_markdown(exp, ctx)
    heading = next(line for line in md.splitlines() if line.startswith("### "))
    point = next(line for line in md.splitlines()[md.splitlines().index(heading):] if line.startswith("- "))
    md = md.replace(heading, "### 5- 10 năm qua: thực trạng", 1).replace(point, "- 3- 5 năm nay chi bộ không kết nạp được đảng viên", 1)
    (copy / f"{exp.key}.md").write_text(md)
    topic = load(copy).topics[tuple(exp.key.split("/")[1:])]
    assert topic.sections[0].heading == "5- 10 năm qua: thực trạng"
    assert topic.sections[0].points[0] == "3- 5 năm nay chi bộ không kết nạp được đảng viên"
    # A numbering with a dash before words is still the editor's own, dropped.
    (copy / f"{exp.key}.md").write_text(md.replace("### 5- 10 năm qua", "### 2- Mười năm qua", 1))
    assert load(copy).topics[tuple(exp.key.split("/")[1:])].sections[0].heading == "Mười năm qua: thực trạng"


def test_a_form_s_subject_that_is_a_hint_prints_as_one(corpus, ctx):
    """"[tên chuyên đề]" as a form's whole subject printed "tên chuyên đề......" in bold under its
    type, a title that named no topic: the hint is in brackets before its dots, as in the body."""
    doc = Document(io.BytesIO(to_docx(lookup(corpus, "mau/du-thao-chuyen-de"), ctx)))
    lines = [p.text for p in doc.paragraphs]
    assert "(tên chuyên đề) .............................." in lines, lines[:8]
    assert not any(line.startswith("tên chuyên đề") for line in lines), lines[:8]


@pytest.mark.parametrize("markdown, text", [
    ("**Lưu ý:**tiếp theo và **a**b", "Lưu ý:tiếp theo và ab"),  # the copy read "*Lưu ý:tiếp theo và **a*b"
    ("chữ*nghiêng*giữa", "chữnghiênggiữa"),
    ("a_b_c và _nghiêng_", "a_b_c và nghiêng"),  # underscores make emphasis only around a word
    ("3 * 2 = 6", "3 * 2 = 6"),
])
def test_the_copy_and_the_docx_read_emphasis_as_the_page_does(markdown, text):
    assert inline(markdown) == text


def test_a_form_s_whole_sentences_are_justified_and_a_point_keeps_with_its_sub_lines(corpus, ctx):
    """A Party document's body is justified (research §0): a form's whole sentences were aligned
    left as its lines to fill in are; and "- Quý I: chuyên đề" could end a page, its "+" lines on
    the next (the print kept them together, the DOCX did not)."""
    doc = Document(io.BytesIO(to_docx(lookup(corpus, "mau/ke-hoach-sinh-hoat-chuyen-de"), ctx)))
    points = [p for p in doc.paragraphs if p.text.startswith(("- ", "+ "))]
    sentence = next(p for p in points if p.text.startswith("- Sau mỗi buổi, người chuẩn bị"))
    assert sentence.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert all(p.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.LEFT for p in points if "....." in p.text)
    quarters = [i for i, p in enumerate(points) if p.text.startswith("- Quý ")]
    assert len(quarters) == 4 and all(points[i].paragraph_format.keep_with_next for i in quarters)
    assert all(points[i + 1].text.startswith("+ ") for i in quarters)
