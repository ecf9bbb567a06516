"""Vietnamese search in headless Chromium, over http and from file:// (the offline copy).

Each case types a query into Material's search box on the real built site and
checks the top results. Pairs with and without diacritics must find the same
pages; document codes must put the registry page of that document first.
"""

from pathlib import Path

import pytest

from sotay.text import fold

from conftest import run_sotay
from search_ui import count, result_text, search

pytestmark = pytest.mark.browser

# query -> (expected page among the top n results, n)
TOP = [
    ("sinh hoat chuyen de", "/huong-dan/sinh-hoat-chuyen-de/", 1),
    ("sinh hoạt chuyên đề", "/huong-dan/sinh-hoat-chuyen-de/", 1),
    ("phe binh", "/huong-dan/tu-phe-binh-va-phe-binh/", 2),
    ("phê bình", "/huong-dan/tu-phe-binh-va-phe-binh/", 2),
    ("dang vien", "/huong-dan/so-tay-dang-vien/", 3),
    ("đảng viên", "/huong-dan/so-tay-dang-vien/", 3),
    ("12-HD/BTCTW", "/van-ban/12-hd-btctw-2018/", 1),
    ("12-hd/btctw", "/van-ban/12-hd-btctw-2018/", 1),
    ("05-CT/TW", "/van-ban/05-ct-tw-2016/", 1),
    ("42-HD/BTCTW", "/van-ban/42-hd-btctw-2025/", 1),
    ("294-QĐ/TW", "/van-ban/294-qd-tw-2025/", 1),
    ("35-NQ/TW", "/van-ban/35-nq-tw-2018/", 1),
    ("chuong trinh sinh hoat thuong ky", "/chuong-trinh/sinh-hoat-thuong-ky/", 3),
    ("chương trình sinh hoạt thường kỳ", "/chuong-trinh/sinh-hoat-thuong-ky/", 3),
    ("diem tin thoi su", "/huong-dan/diem-tin-thoi-su/", 1),
    ("ghi bien ban", "/huong-dan/ghi-bien-ban/", 3),
    ("van hoa doc", "/chuyen-de/thu-vien-tra-vinh/lien-ket-chia-se-phat-trien-van-hoa-doc/", 3),
    ("tra vinh", "/mo-hinh/thu-vien-tinh-tra-vinh/", 3),
    ("go cong", "/mo-hinh/truong-trung-cap-go-cong/", 2),
    ("doi soat", "/mo-hinh/trung-tam-doi-soat/", 2),
    ("dan van lang son", "/mo-hinh/ban-dan-van-lang-son/", 3),
    ("sinh hoat chi bo mau", "/huong-dan/sinh-hoat-chi-bo-mau/", 2),
    ("hop chi uy", "/huong-dan/hop-chi-uy-chuan-bi/", 3),
]
# Codes without a single document: the first result is a registry page of that kind.
CODE_PREFIX = [("btctw", "/van-ban/"), ("ct/tw", "/van-ban/"), ("50-CT/TW", "/van-ban/50-ct-tw-")]
# With and without diacritics, and both tone placements: the same pages.
SAME = [("đảng ủy", "dang uy"), ("hướng dẫn", "huong dan"), ("khóa", "khoá"), ("hóa", "hoá"),
        ("sinh hoạt chuyên đề", "sinh hoat chuyen de"), ("phê bình", "phe binh"), ("dân chủ", "dan chu")]


@pytest.fixture(scope="module")
def offline_url(tmp_path_factory) -> str:
    site = tmp_path_factory.mktemp("offline") / "site-offline"
    proc = run_sotay("build", "--offline", "--site-dir", str(site))
    assert proc.returncode == 0, proc.stderr[-3000:]
    return (site / "index.html").as_uri()


@pytest.fixture(scope="module", params=["http", "file"])
def search_page(request, browser, site_url, offline_url):
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.goto(site_url if request.param == "http" else offline_url)
    yield page
    context.close()


def test_table_has_at_least_25_queries():
    assert len(TOP) + len(CODE_PREFIX) + 2 * len(SAME) >= 25


@pytest.mark.parametrize("query, expected, n", TOP, ids=[q for q, _, _ in TOP])
def test_expected_page_is_among_the_top_results(search_page, query, expected, n):
    results = search(search_page, query)
    assert expected in results[:n], results[:5]


@pytest.mark.parametrize("query, prefix", CODE_PREFIX)
def test_code_fragments_put_a_registry_page_first(search_page, query, prefix):
    results = search(search_page, query)
    assert results and results[0].startswith(prefix), results[:5]


@pytest.mark.parametrize("a, b", SAME)
def test_spellings_find_the_same_pages(search_page, a, b):
    top_a = search(search_page, a)
    n_a = count(search_page)
    top_b = search(search_page, b)
    assert n_a == count(search_page) > 0
    assert top_a[0] in top_b[:5] and top_b[0] in top_a[:5]


def test_query_with_diacritics_ranks_the_exact_word_first(search_page):
    # "dạng" (as in "đa dạng") folds to "dang", like "đảng": the exact word comes first.
    results = search(search_page, "dạng")
    titles = search_page.eval_on_selector_all(
        ".md-search-result__item > .md-search-result__link h1", "els => els.map(e => e.textContent)")
    assert "dạng" in titles[0].lower(), titles[:3]
    assert any("đảng" in t.lower() for t in titles), "the folded word still matches, ranked lower"
    assert len(results) == len(titles)


def test_results_show_readable_vietnamese_not_folded_text(search_page):
    search(search_page, "phe binh")
    text = result_text(search_page)
    assert "phê bình" in text.lower()
    assert "phe binh" not in fold(text) or "phe binh" not in text.lower()
    assert "tu phe binh" not in text.lower()


def test_cited_pages_follow_the_registry_page(search_page):
    results = search(search_page, "12-HD/BTCTW")
    assert results[0] == "/van-ban/12-hd-btctw-2018/"
    assert any(not r.startswith("/van-ban/") for r in results[1:8]), "pages that cite it come next"


def test_offline_copy_loads_nothing_from_outside(browser, offline_url):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(offline_url)
    search(page, "dang vien")
    context.close()
    assert requests and all(u.startswith("file://") or u.startswith("data:") or u == "about:blank" for u in requests), \
        [u for u in requests if not u.startswith("file://")]


def test_offline_copy_has_the_index_inlined(offline_url):
    site = Path(offline_url.replace("file://", "")).parent
    assert (site / "search" / "search_index.js").read_text().startswith("var __index = ")
    assert "unpkg.com" not in (site / "index.html").read_text()
