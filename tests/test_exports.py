"""Exports: every DOCX read back, the Markdown round trip, the CLI."""

import io
import re
import shutil

import pytest
from docx import Document
from docx.shared import Mm

from sotay.content import load
from sotay.export import ExportContext, exportables, lookup
from sotay.export.cache import ExportCache, content_key
from sotay.export.docx import MARGINS_MM, to_docx
from sotay.export.markdown import to_markdown
from sotay.export.plain import to_text
from sotay.registry import Registry

from conftest import CONTENT, run_sotay


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
            assert _close(getattr(section, f"{side}_margin"), mm), (exp.key, side)
        normal = doc.styles["Normal"].font
        assert normal.name == "Times New Roman" and normal.size.pt in (13, 14)
        header = doc.tables[0]
        left, right = header.rows[0].cells
        assert left.paragraphs[0].text.startswith("ĐẢNG BỘ") and left.paragraphs[1].text.startswith("CHI BỘ")
        assert right.paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM" and right.paragraphs[0].runs[0].bold
        assert re.fullmatch(r"\.+, ngày \.+ tháng \.+ năm 20\.+", right.paragraphs[2].text)
        assert right.paragraphs[2].runs[0].italic
        styles = [p.style.name for p in doc.paragraphs]
        texts = [p.text for p in doc.paragraphs]
        title_at = styles.index("Title")
        assert texts[title_at + 1] == exp.title.replace("**", "") and styles[title_at + 1] == "Subtitle"
        assert texts[title_at + 2] == "-----"


def test_topic_docx_follows_the_outline_in_order_with_numbered_sections(corpus, ctx):
    for exp in [e for e in exportables(corpus) if e.kind == "topic"]:
        t = exp.item
        doc = Document(io.BytesIO(to_docx(exp, ctx)))
        heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
        assert heads[:5] == ["I. MỤC ĐÍCH", "II. YÊU CẦU", "III. NỘI DUNG", "IV. CÂU HỎI THẢO LUẬN", "V. KẾT LUẬN DỰ KIẾN"]
        assert heads[5:] == ["VI. VĂN BẢN LÀM CĂN CỨ"]
        subs = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
        assert subs == [f"{i}. {s.heading}" for i, s in enumerate(t.sections, 1)]
        points = [p.text for p in doc.paragraphs if p.style.name == "SotayPoint"]
        assert points[0] == f"- {t.requirements[0]}"
        assert f"a) {t.sections[0].points[0]}" in points
        assert [p for p in points if re.match(r"\d+\. ", p)][:len(t.questions)] == [f"{i}. {q}" for i, q in enumerate(t.questions, 1)]
        refs = [p for p in points if re.match(r"\d+\. ", p)][len(t.questions):]
        assert len(refs) == len(t.references)
        for doc_id, line in zip(t.references, refs, strict=True):
            d = ctx.registry.get(doc_id)
            assert (d.code or d.name) in line and (d.issuing_body or "") in line and (d.title or "") in line


def test_agenda_docx_has_the_items_in_a_table(corpus, ctx):
    exp = lookup(corpus, "chuong-trinh/sinh-hoat-thuong-ky")
    doc = Document(io.BytesIO(to_docx(exp, ctx)))
    table = doc.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản"]
    items = exp.item.items
    assert len(table.rows) == len(items) + 1
    for row, item in zip(table.rows[1:], items, strict=True):
        assert row.cells[2].text == f"{item.minutes} phút" and row.cells[3].text == item.lead
    assert any(p.text == "T/M CHI BỘ" for p in doc.paragraphs)


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


def _keys(content):
    corpus = load(content)
    ctx = ExportContext(corpus, Registry.build(corpus.documents))
    return {e.key: content_key(e, ctx) for e in exportables(corpus)}, ctx


def test_cache_reuses_unchanged_exports_and_redoes_changed_ones(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    keys, ctx = _keys(content)
    cache = ExportCache(tmp_path / "cache")
    exps = exportables(ctx.corpus)[:3]
    first = [cache.ensure(e, ctx, "docx") for e in exps]
    assert cache.made == 3 and [p.stem for p in first] == [keys[e.key] for e in exps]
    again = [cache.ensure(e, ctx, "docx") for e in exps]
    assert again == first and cache.made == 3

    # An editor changes one outline: only its exports are made again.
    edited = content / "chuyen-de/thu-vien-chung/bien-ban-dien-tu.md"
    edited.write_text(edited.read_text().replace("title: ", "title: (Sửa) ", 1))
    after, ctx = _keys(content)
    assert [k for k in keys if keys[k] != after[k]] == ["chuyen-de/thu-vien-chung/bien-ban-dien-tu"]
    for exp in exportables(ctx.corpus)[:3]:
        cache.ensure(exp, ctx, "docx")
    assert cache.made == 3 + sum(e.key == "chuyen-de/thu-vien-chung/bien-ban-dien-tu" for e in exps)

    # A registry fact an outline cites changes: the outlines that cite it are made again.
    doc = next(content.glob("van-ban/12-hd-btctw*.yml"))
    doc.write_text(doc.read_text().replace("title:", "title: Sửa", 1))
    changed = [k for k, v in _keys(content)[0].items() if v != after[k]]
    assert changed and all(k.startswith(("chuyen-de/", "chuong-trinh/", "mo-hinh/")) for k in changed)
    assert len(changed) < len(keys)


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
    assert proc.returncode == 0 and proc.stdout.startswith("# ")
    proc = run_sotay("export", "chuyen-de/khong-co", "--format", "md", "-o", str(tmp_path / "x.md"))
    assert proc.returncode == 2 and "Không có" in proc.stderr and not (tmp_path / "x.md").exists()
