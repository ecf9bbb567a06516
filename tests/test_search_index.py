"""The search index holds one document per page, with every section's words."""

import json
import re

import pytest

from sotay.content import load
from sotay.search import merge_sections

from conftest import CONTENT


def test_sections_fold_into_their_page_in_order():
    index = {"config": {"lang": ["vi"]}, "docs": [
        {"location": "a/", "title": "A", "text": "mở đầu"},
        {"location": "a/#muc-1", "title": "Mục 1", "text": "phê bình"},
        {"location": "b/", "title": "B", "text": ""},
        {"location": "a/#muc-2", "title": "Mục 2", "text": "dân chủ"},
    ]}
    merged = merge_sections(index)
    assert merged["config"] == index["config"]
    assert [d["location"] for d in merged["docs"]] == ["a/", "b/"]
    assert merged["docs"][0]["text"] == "mở đầu Mục 1 phê bình Mục 2 dân chủ"
    assert merged["docs"][0]["title"] == "A"


def test_a_page_gets_its_title_in_search():
    index = {"docs": [{"location": "van-ban/x/", "title": "Hướng dẫn 12-HD/BTCTW", "text": "mở đầu"},
                      {"location": "van-ban/x/#muc", "title": "Mục", "text": "phê bình"},
                      {"location": "b/", "title": "B", "text": ""}]}
    merged = merge_sections(index, {"van-ban/x/": "Hướng dẫn 12-HD/BTCTW: Một số vấn đề"})
    assert [d["title"] for d in merged["docs"]] == ["Hướng dẫn 12-HD/BTCTW: Một số vấn đề", "B"]
    assert merged["docs"][0]["text"] == "mở đầu Mục phê bình"


def test_a_page_may_put_its_sections_before_its_own_lines():
    index = {"docs": [{"location": "c/", "title": "C", "text": "Nhóm chủ đề: X"}, {"location": "c/#muc-dich", "title": "I. Mục đích", "text": "Giúp"},
                      {"location": "d/", "title": "D", "text": "mở đầu"}, {"location": "d/#muc", "title": "Mục", "text": "a"}]}
    merged = merge_sections(index, sections_first={"c/"})
    assert [d["text"] for d in merged["docs"]] == ["I. Mục đích Giúp Nhóm chủ đề: X", "mở đầu Mục a"]


@pytest.mark.slow
def test_an_outlines_result_opens_on_its_purpose(built_site):
    """An outline's category, presenter and duration filled a result's lines: its purpose leads
    the result now, and its other lines are still found."""
    docs = {d["location"]: d["text"] for d in json.loads((built_site / "search/search_index.json").read_text())["docs"]}
    for t in load(CONTENT).topics.values():
        text = docs[f"{t.page_key}/"]
        assert text.startswith("I. Mục đích "), text[:80]
        assert f"Thời lượng dự kiến: {t.duration} phút" in text, text[-300:]


def test_source_numbers_leave_the_result_text():
    index = {"docs": [{"location": "van-ban/x/", "title": "X", "text": "Số hiệu 12-HD/BTCTW [1], [2] Ngày 6/7/2018 [3]"}]}
    assert merge_sections(index)["docs"][0]["text"] == "Số hiệu 12-HD/BTCTW Ngày 6/7/2018"


@pytest.mark.slow
def test_built_index_has_one_document_per_page(built_site):
    docs = json.loads((built_site / "search/search_index.json").read_text())["docs"]
    locations = [d["location"] for d in docs]
    assert len(locations) == len(set(locations)) and not any("#" in loc for loc in locations)
    pages = {p.parent.relative_to(built_site).as_posix() for p in built_site.rglob("index.html")}
    readers = {p for p in pages if not p.startswith(("bien-tap", "van-ban/loai/"))}
    # Every readers' page (the 404 page has no folder); the editors' pages stay out of search, and
    # so do the pages of each kind of document, a part of the registry index each.
    assert {loc.rstrip("/") or "." for loc in locations} == readers


def test_a_line_broken_in_a_table_cell_keeps_its_words_apart_in_the_index(built_site):
    """The registry's status column breaks "Chưa có nguồn / về hiệu lực" and "Đã được thay thế /
    bởi …" over two lines: the search's text read "nguồnvề" and "thếbởi"."""
    index = json.loads((built_site / "search/search_index.json").read_text())["docs"]
    text = next(d["text"] for d in index if d["location"] == "van-ban/")
    assert "Chưa có nguồn về hiệu lực" in text and "Đã được thay thế bởi" in text
    assert not re.search(r"nguồnvề|thếbởi", " ".join(d["text"] for d in index))


@pytest.mark.slow
def test_the_action_bar_stays_out_of_the_index(built_site):
    """"Sao chép, Tải về DOCX, Tải về Markdown, In" on every outline and agenda would match "in",
    "tải về" and "docx" everywhere; the page still shows the bar."""
    docs = json.loads((built_site / "search/search_index.json").read_text())["docs"]
    outlines = [d for d in docs if d["location"].startswith(("chuyen-de/", "chuong-trinh/")) and d["location"].count("/") > 1]
    assert outlines and not [d["location"] for d in outlines if "Tải về DOCX" in d["text"] or "Sao chép" in d["text"]]
    page = (built_site / "chuong-trinh/hop-chi-uy/index.html").read_text()
    assert "Tải về DOCX" in page and "sotay-actions" in page


@pytest.mark.slow
def test_a_registry_pages_table_of_facts_stays_out_of_the_index(built_site):
    """Read as one line, the table filled a result's lines under the document's name ("Dữ kiện Nội
    dung Nguồn Loại văn bản Chỉ thị Số hiệu 50-CT/TW..."); the lead sentence says each fact, which
    the search still finds. The page still shows the table."""
    docs = {d["location"]: d["text"] for d in json.loads((built_site / "search/search_index.json").read_text())["docs"]}
    registry = {loc: text for loc, text in docs.items() if loc.startswith("van-ban/") and loc.count("/") == 2}
    assert len(registry) >= 20 and not [loc for loc, text in registry.items() if "Dữ kiện Nội dung Nguồn" in text]
    lead = registry["van-ban/50-ct-tw-2025/"]
    assert lead.startswith("<p>Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư khóa XIII: Về tiếp tục đổi mới"), lead[:120]
    page = (built_site / "van-ban/50-ct-tw-2025/index.html").read_text()
    assert "<th>Dữ kiện</th>" in page and '<a href="#nguon-1">[1]</a>' in page


@pytest.mark.slow
def test_a_registry_page_has_its_subject_in_its_search_title_only(built_site):
    """A document is looked up by its subject (trích yếu) as by its code: in search, its title
    carries it. The page's own title and heading, and the nav, keep the code's label; an entry
    without a subject keeps its label in search too."""
    docs = {d["location"]: d["title"] for d in json.loads((built_site / "search/search_index.json").read_text())["docs"]}
    subject = load(CONTENT).documents["12-HD/BTCTW-2018"].title  # as the registry gives it
    assert docs["van-ban/12-hd-btctw-2018/"] == f"Hướng dẫn 12-HD/BTCTW ngày 06/7/2018: {subject}"
    assert docs["van-ban/09-hd-btctw-2012/"] == "Hướng dẫn 09-HD/BTCTW ngày 02/3/2012"
    page = (built_site / "van-ban/12-hd-btctw-2018/index.html").read_text()
    assert "<title>Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 - " in page
    assert re.search(r"<h1[^>]*>Hướng dẫn <span[^>]*>12-HD/BTCTW</span> ngày 06/7/2018<a ", page), \
        re.findall(r"<h1.*?</h1>", page)
