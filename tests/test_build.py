"""A real strict MkDocs build of the real content: URLs, nav, language, failure modes."""

import errno
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest

from sotay.content import load
from sotay.text import slugify, sort_vi

from conftest import CONTENT, ROOT, copy_content, run_sotay

pytestmark = pytest.mark.slow


def test_every_content_item_has_its_stable_url(built_site: Path):
    corpus = load(CONTENT)
    expected = ["index.html", "huong-dan/index.html", "mo-hinh/index.html", "chuong-trinh/index.html",
                "chuyen-de/index.html", "van-ban/index.html"]
    expected += [f"huong-dan/{s}/index.html" for s in corpus.guidance]
    expected += [f"mo-hinh/{s}/index.html" for s in corpus.meetings]
    expected += [f"chuong-trinh/{s}/index.html" for s in corpus.agendas]
    expected += [f"chuyen-de/{lib}/index.html" for lib in corpus.libraries]
    expected += [f"chuyen-de/{lib}/{slug}/index.html" for lib, slug in corpus.topics]
    expected += [f"van-ban/{d.slug}/index.html" for d in corpus.documents.values()]
    missing = [p for p in expected if not (built_site / p).is_file()]
    assert not missing
    assert all(re.fullmatch(r"[a-z0-9\-/.]+", p) for p in expected), "URLs are ASCII slugs"


def test_registry_urls_are_slugs_of_the_id(built_site: Path):
    assert (built_site / "van-ban/10-ct-tw-2007/index.html").is_file()
    assert (built_site / "van-ban/50-ct-tw-2025/index.html").is_file()


def test_top_level_nav_is_in_the_agreed_order(built_site: Path):
    html = (built_site / "index.html").read_text()
    nav = html[html.index('md-nav--primary'):]
    labels = re.findall(r'md-nav__link[^>]*>\s*(?:<span class="md-ellipsis">)?\s*([^<\n]+?)\s*<', nav)
    order = [label for label in labels if label in ("Trang chủ", "Hướng dẫn", "Mô hình sinh hoạt", "Thư viện chuyên đề", "Văn bản")]
    firsts = list(dict.fromkeys(order))
    assert firsts == ["Trang chủ", "Hướng dẫn", "Mô hình sinh hoạt", "Thư viện chuyên đề", "Văn bản"]


class _Article(HTMLParser):
    """The links and the h2/h3 headings of a page's article (not its nav), in document order."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.items: list[tuple[str, str | None, str]] = []  # (tag, href, text)
        self._open: list | None = None
        self._headerlink = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.inside = True
        elif not self.inside:
            return
        elif tag == "a" and "headerlink" in (a.get("class") or ""):
            self._headerlink = True
        elif tag == "a" and self._open is None and a.get("href"):
            self._open = ["a", a["href"], ""]
        elif tag in ("h2", "h3"):
            self._open = [tag, None, ""]

    def handle_data(self, data):
        if self._open is not None and not self._headerlink:
            self._open[2] += data

    def handle_endtag(self, tag):
        if tag == "article":
            self.inside = False
        elif tag == "a" and self._headerlink:
            self._headerlink = False
        elif self._open is not None and tag == self._open[0]:
            self.items.append((self._open[0], self._open[1], self._open[2].strip()))
            self._open = None


def article_items(built_site: Path, index: str) -> list[tuple[str, str | None, str]]:
    """An index page's links (href resolved to a site path, "/huong-dan/x/") and headings, in order."""
    parser = _Article()
    parser.feed((built_site / index).read_text())
    base = "/" + index.removesuffix("index.html")
    return [(tag, urljoin(base, href) if href else None, text) for tag, href, text in parser.items]


def listed(items, titles_by_url: dict[str, str]) -> list[str]:
    """Titles of the listed items, in the order the page first links to them."""
    seen = [url for tag, url, _ in items if tag == "a" and url in titles_by_url]
    return [titles_by_url[url] for url in dict.fromkeys(seen)]


def test_section_indexes_list_pages_in_vietnamese_order(built_site: Path):
    # Every section index and every library index, read from the built HTML. The registry index
    # (/van-ban/) is not here: it lists documents by kind, issuer and date.
    corpus = load(CONTENT)
    sections = {
        "huong-dan": {f"/huong-dan/{s}/": g.title for s, g in corpus.guidance.items()},
        "chuong-trinh": {f"/chuong-trinh/{s}/": a.title for s, a in corpus.agendas.items()},
        "mo-hinh": {f"/mo-hinh/{s}/": m.title for s, m in corpus.meetings.items()},
    }
    for lib in corpus.libraries:
        sections[f"chuyen-de/{lib}"] = {f"/chuyen-de/{lib}/{slug}/": t.title
                                        for (in_lib, slug), t in corpus.topics.items() if in_lib == lib}
    for section, titles_by_url in sections.items():
        assert len(titles_by_url) >= 3, section
        order = listed(article_items(built_site, f"{section}/index.html"), titles_by_url)
        assert order == sort_vi(titles_by_url.values()), f"/{section}/ lists its pages out of Vietnamese order"


def test_each_kind_of_document_has_a_page_its_nav_section_opens(built_site: Path):
    corpus = load(CONTENT)
    kinds: dict[str, set] = {}
    for doc in corpus.documents.values():
        kinds.setdefault(doc.type, set()).add(f"/van-ban/{doc.slug}/")
    assert len(kinds) >= 5
    registry_nav = (built_site / "van-ban/index.html").read_text()
    for kind, documents in kinds.items():
        items = article_items(built_site, f"van-ban/loai/{kind}/index.html")
        assert {url for tag, url, _ in items if tag == "a" and url in documents} == documents, kind
        # With pruned sections a section without its own page opened its first document.
        assert f'href="loai/{kind}/"' in registry_nav, kind


def test_a_local_document_without_a_named_issuer_stands_under_its_province(built_site: Path):
    """15-QĐi/TU (Quảng Nam's) sat beside 24-QĐ/TW under one "no issuer" heading, nothing saying it
    is a province's (a reviewer's)."""
    corpus = load(CONTENT)
    local = [d for d in corpus.documents.values() if d.province and not d.issuing_body]
    assert local
    for doc in local:
        page = (built_site / f"van-ban/loai/{doc.type}/index.html").read_text()
        heading = f"Văn bản địa phương – {doc.province} (chưa có nguồn ghi cơ quan ban hành)"
        at = re.search(r'<h2 id="[^"]*">' + re.escape(heading), page).end()
        after = page.find("<h2", at)
        assert f'href="../../{doc.slug}/"' in page[at:after if after > 0 else None], doc.id


def test_topic_library_index_lists_libraries_categories_and_topics_in_vietnamese_order(built_site: Path):
    corpus = load(CONTENT)
    items = article_items(built_site, "chuyen-de/index.html")
    libraries = {f"/chuyen-de/{slug}/": lib.title for slug, lib in corpus.libraries.items()}
    assert listed(items, libraries) == sort_vi(libraries.values())
    topics = {f"/chuyen-de/{lib}/{slug}/": t.title for (lib, slug), t in corpus.topics.items()}
    # Each h3 is a category; the topics under it follow until the next heading.
    groups: dict[str, list] = {}
    current = None
    for tag, url, text in items:
        if tag in ("h2", "h3"):
            current = text if tag == "h3" else None
            if current:
                groups[current] = []
        elif current and url in topics:
            groups[current].append((url, text))
    assert list(groups) == sort_vi({corpus.vocab.categories[t.category] for t in corpus.topics.values()})
    for label, group in groups.items():
        titles = [topics[url] for url, _ in group]
        assert titles == sort_vi(titles), f"/chuyen-de/: topics under {label!r} are out of Vietnamese order"
    assert sorted(url for group in groups.values() for url, _ in group) == sorted(topics)


def test_site_is_vietnamese_and_loads_no_google_fonts(built_site: Path):
    for html_file in [built_site / "index.html", *built_site.glob("huong-dan/*/index.html")]:
        html = html_file.read_text()
        assert '<html lang="vi"' in html
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
        # No English left in the interface: Material's strings are translated, the heading links too.
        for english in ("Permanent link", "Back to top", "Not found", "Copy to clipboard", "Search"):
            assert english not in html, (html_file, english)
    css = (built_site / "assets/stylesheets/fonts.css").read_text()
    assert "vietnamese" in css and (built_site / "assets/fonts/roboto-vietnamese-400-normal.woff2").is_file()


def test_generated_pages_are_not_committed():
    tracked = subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    generated = [p for p in tracked if re.match(r"docs/(huong-dan|mo-hinh|chuyen-de|van-ban|chuong-trinh)/", p)]
    assert not generated


def test_invalid_content_fails_the_build_with_positions_and_keeps_the_old_site(tmp_path):
    project = copy_content(tmp_path)
    guide = next((project / "content/huong-dan").glob("*.md"))
    text = guide.read_text().replace("audience: [", "audience: [khong-co, ", 1)
    guide.write_text(text)
    site = tmp_path / "site"
    site.mkdir()
    (site / "marker.txt").write_text("old site")
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site))
    assert proc.returncode != 0
    assert re.search(rf"content/huong-dan/{guide.name}:\d+:\d+: S105 ", proc.stderr + proc.stdout)
    assert [p.name for p in site.iterdir()] == ["marker.txt"]
    assert not list(tmp_path.glob(".site-*")), "the temporary build directory is removed"


REBUILD_TWICE = """
import logging, sys
from mkdocs import utils
from mkdocs.commands import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

build.log.addFilter(utils.DuplicateFilter())  # as `mkdocs serve` sets it up (mkdocs/__main__.py)
said = []
handler = logging.Handler()
handler.emit = lambda record: said.append(record.getMessage())
logging.getLogger("mkdocs").addHandler(handler)
for _ in range(2):
    try:
        build.build(load_config(config_file=sys.argv[1], site_dir=sys.argv[2]))
    except Abort:
        pass
print(sum("S105" in m for m in said))
"""


def test_the_same_mistake_made_again_is_reported_again_in_one_serve_session(tmp_path):
    """`mkdocs serve` rebuilds in one process, and MkDocs printed a build error once per process:
    the editor who made the same mistake twice saw no message the second time."""
    project = copy_content(tmp_path)
    guide = next((project / "content/huong-dan").glob("*.md"))
    guide.write_text(guide.read_text().replace("audience: [", "audience: [khong-co, ", 1))
    proc = subprocess.run([sys.executable, "-c", REBUILD_TWICE, str(project / "mkdocs.yml"), str(tmp_path / "site")],
                          capture_output=True, text=True, cwd=project, timeout=300)
    assert proc.stdout.strip() == "2", (proc.stdout, proc.stderr[-2000:])


def test_build_swaps_a_complete_site_into_place(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "stale.html").write_text("old")
    proc = run_sotay("build", "--site-dir", str(site))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (site / "index.html").is_file() and not (site / "stale.html").exists()


def test_a_citation_error_fails_the_strict_build(tmp_path):
    project = copy_content(tmp_path)
    page = project / "content/huong-dan/van-ban-hien-hanh.md"
    page.write_text(page.read_text() + "\nTheo Chỉ thị 10-CT/TW ngày 30/3/2009.\n")
    site = tmp_path / "site"
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site))
    assert proc.returncode != 0
    assert re.search(r"content/huong-dan/van-ban-hien-hanh\.md:\d+:\d+: C102 ", proc.stderr)
    assert not site.exists()


def test_a_live_link_the_check_reads_as_code_still_fails_the_build(tmp_path):
    """The link rules skip what the check reads as code (sotay/verbatim.py), and a few nests read
    otherwise by Markdown (a list in a quotation with an unclosed span here) keep a live link the
    check never saw: the strict build refuses it (MkDocs' absolute_links), so it is never published."""
    project = copy_content(tmp_path)
    page = project / "content/huong-dan/van-ban-hien-hanh.md"
    page.write_text(page.read_text() + "\n>- ``a` \n[m](/huong-dan/khong-co/)\n> # bộ ``\\``\n")
    site = tmp_path / "site"
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site))
    assert proc.returncode != 0 and "/huong-dan/khong-co/" in proc.stderr, proc.stderr[-2000:]
    assert not site.exists()


def test_a_crash_in_a_page_hook_fails_the_build_rather_than_hanging_it(tmp_path):
    """The check's worker sends pages to the build over a pipe: when a page hook raised, the worker
    waited to send pages no one read, and Python's exit waited for the worker, for ever."""
    project = copy_content(tmp_path)
    (project / "hooks/boom.py").write_text("def on_page_content(html, page, config, files):\n"
                                           "    if page.file.src_uri == 'huong-dan/ghi-bien-ban.md':\n"
                                           "        raise RuntimeError('boom')\n    return html\n")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - hooks/content.py\n", "  - hooks/content.py\n  - hooks/boom.py\n"))
    # The content's own error, found by the worker's passes, is told too, with its file and line:
    # the traceback alone names neither.
    guide = project / "content/huong-dan/sinh-hoat-thuong-ky.md"
    guide.write_text(guide.read_text() + "\nTheo Chỉ thị 10-CT/TW ngày 30/3/2008 của Ban Bí thư.\n")
    site = tmp_path / "site"
    # A hang is the failure: the limit is far above a build's time (a few seconds).
    proc = run_sotay("build", "--config", str(config), "--site-dir", str(site), timeout=300)
    assert proc.returncode != 0 and "boom" in proc.stderr, proc.stderr[-2000:]
    assert re.search(r"content/huong-dan/sinh-hoat-thuong-ky\.md:\d+:\d+: C102 ", proc.stderr), proc.stderr[-2000:]
    assert not site.exists()


def test_links_to_the_home_page_and_to_a_kind_of_document_work_under_a_sub_path(tmp_path):
    project = copy_content(tmp_path)
    page = project / "content/huong-dan/ghi-bien-ban.md"
    # A link with a title and a reference's definition, from the site's root too: the check passed
    # them and MkDocs refused the page. Addresses in angle brackets: the check told them as tags.
    page.write_text(page.read_text() + "\nVề [trang chủ](/), [bắt đầu](/#bat-dau-tu-day) hoặc xem [các chỉ thị](/van-ban/loai/chi-thi/).\n"
                    "\nXem [hướng dẫn](/huong-dan/ \"Các hướng dẫn\") và [mô hình][mh].\n\n[mh]: /mo-hinh/\n"
                    "\nHoặc [các nghị quyết](</van-ban/loai/nghi-quyet/>) và [mục lục][ml].\n\n[ml]: </#bat-dau-tu-day>\n"
                    # Spaces around the address and a title in single quotes: Markdown reads them.
                    "\nCòn [các văn bản]( < /van-ban/loai/chi-thi/ > 'Chỉ thị' ) và [sổ][s].\n\n[s]: < /van-ban/ >\n")
    assert run_sotay("check", "--content", str(project / "content")).returncode == 0
    site = tmp_path / "site"
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site),
                     "--site-url", "http://localhost/so-tay/")
    assert proc.returncode == 0, proc.stderr[-2000:]
    html = (site / "huong-dan/ghi-bien-ban/index.html").read_text()
    hrefs = re.findall(r'<a href="([^"]*)">(?:trang chủ|bắt đầu|các chỉ thị|các nghị quyết|mục lục|các văn bản|sổ)</a>', html)
    # Relative, so they hold under /so-tay/, and each opens a page the build wrote.
    assert hrefs == ["../../", "../../#bat-dau-tu-day", "../../van-ban/loai/chi-thi/", "../../van-ban/loai/nghi-quyet/",
                     "../../#bat-dau-tu-day", "../../van-ban/"], hrefs
    assert '<a href="../../van-ban/loai/chi-thi/" title="Chỉ thị">các văn bản</a>' in html
    for href in hrefs:
        target = (site / "huong-dan/ghi-bien-ban" / href.partition("#")[0]).resolve()
        assert (target / "index.html").is_file(), href


def test_a_status_no_source_gives_is_named_as_the_guide_names_it(built_site):
    """The registry's status cell for a status no source gives, as the guide on current documents
    quotes it ("Nguồn chưa ghi" read as "no source" for the whole document), and the index explains it."""
    from sotay.render.site import UNSOURCED
    row = re.search(r'<a href="10-ct-tw-2007/">.*?</tr>', (built_site / "van-ban/index.html").read_text(), re.S)
    cell = r'<td>([^<]*) <br class="sotay-column-break">([^<]*)</td>\s*</tr>'
    assert row and re.search(cell, row.group()), row and row.group()
    assert " ".join(re.search(cell, row.group()).groups()) == UNSOURCED
    assert f"“{UNSOURCED}”" in (built_site / "van-ban/index.html").read_text()
    assert f"“{UNSOURCED}”" in (CONTENT / "huong-dan/van-ban-hien-hanh.md").read_text()


def test_a_status_in_force_says_the_date_of_its_newest_source(built_site):
    """"Đang được thực hiện" holds as of the news that said it: the box names that news's date,
    the newest of the status's sources (Chỉ thị 50-CT/TW has two: 03/8/2025 and 01/12/2025)."""
    from sotay.content import load
    from sotay.text import vn_date
    corpus = load(CONTENT)
    for slug, doc_id in (("50-ct-tw-2025", "50-CT/TW-2025"), ("42-hd-btctw-2025", "42-HD/BTCTW-2025")):
        doc = corpus.documents[doc_id]
        dates = [corpus.sources[s].date for s in doc.sources["status"] if corpus.sources[s].date]
        assert len(dates) >= 1
        box = re.search(r"Văn bản hiện hành</p>\s*<p>(.*?)</p>", (built_site / f"van-ban/{slug}/index.html").read_text(), re.S)
        said, marks = re.sub(r"<[^>]+>", "", box.group(1)).split(" [", 1) if box else ("", "")
        assert said == f"Nguồn ghi nhận văn bản này đang được thực hiện (nguồn mới nhất đăng ngày {vn_date(max(dates))}).", box
        # With the sources that say so, as every fact in the table has its own.
        assert len(re.findall(r"\d+\]", marks)) == len(set(doc.sources["status"])), marks


def test_references_in_pages_link_to_the_registry_and_registry_pages_list_citing_pages(built_site):
    html = (built_site / "huong-dan/van-ban-hien-hanh/index.html").read_text()
    # The code inside the link keeps to one line on a phone (a nowrap span around it).
    assert re.search(r'<a href="\.\./\.\./van-ban/50-ct-tw-2025/">Chỉ thị số <span class="sotay-code">50-CT/TW</span></a>', html)
    registry = (built_site / "van-ban/50-ct-tw-2025/index.html").read_text()
    cited = registry[registry.index("Được trích dẫn tại"):]
    assert "huong-dan/van-ban-hien-hanh/" in cited
    replaced = (built_site / "van-ban/03-ct-tw-2011/index.html").read_text()
    assert "Đã được thay thế" in replaced and "05-ct-tw-2016/" in replaced
    box = re.search(r'Đã được thay thế</p>\s*<p>(.*?)</p>', replaced, re.S)
    assert box and re.search(r'<a href="#nguon-\d+">\[\d+\]</a>$', box.group(1).strip()), box  # the replacement's source
    # Two links lead past the facts' source marks to what cites it and to its sources, out of the
    # search and of print (35 Tab presses reached "Được trích dẫn tại" on 12-HD/BTCTW).
    for page in (registry, replaced):
        jump = re.search(r'<p class="sotay-screen-only" data-search-exclude>(.*?)</p>', page, re.S)
        assert jump and re.findall(r'href="#([\w-]+)"', jump.group(1)) == ["duoc-trich-dan-tai", "nguon"], jump
        assert 'id="duoc-trich-dan-tai"' in page and 'id="nguon"' in page
    # Said before the sentence on what it is: a search result on a phone shows three lines.
    assert replaced.index("Đã được thay thế") < replaced.index('<p>Chỉ thị <span class="sotay-code">03-CT/TW</span> ngày 14/5/2011 của')
    index = (built_site / "van-ban/index.html").read_text()
    for heading in ("Chỉ thị", "Hướng dẫn", "Nghị quyết", "Kết luận", "Quy định", "Nghị định"):
        assert re.search(rf'<h2 id="{slugify(heading)}">{heading}', index), heading


def test_a_registry_page_lists_the_outlines_citing_it_under_their_library(built_site):
    """Fourteen outlines of two libraries ran as one list, one library's "Tăng…" before the other's
    "Đảng…", with a library's own page among them as if it were an outline."""
    html = (built_site / "van-ban/12-hd-btctw-2018/index.html").read_text(encoding="utf-8")
    section = html.split('id="duoc-trich-dan-tai"', 1)[1].split("<h2", 1)[0]
    count, outlines = re.search(r"<strong>Thư viện chuyên đề</strong> \((\d+)\)</p>\s*<ul>(.*)", section, re.S).groups()
    libraries = re.findall(r'<li><a href="\.\./\.\./chuyen-de/([^/"]+)/">([^<]+)</a><ul>(.*?)</ul>', outlines, re.S)
    assert len(libraries) >= 2 and [t for _, t, _ in libraries] == sort_vi([t for _, t, _ in libraries]), libraries
    listed = 0
    for slug, _, items in libraries:
        pages = re.findall(r'<a href="\.\./\.\./chuyen-de/([^/"]+)/[^/"]+/">(.*?)</a>', items)
        titles = [re.sub(r"<[^>]+>", "", title) for _, title in pages]
        assert pages and {lib for lib, _ in pages} == {slug} and titles == sort_vi(titles), (slug, titles)
        listed += len(pages)
    assert int(count) == listed


def test_the_registry_index_names_and_links_what_replaced_a_document(built_site):
    """Someone checking which documents are current read "Đã được thay thế" and had to open the
    document's page to learn by what; the row names its successor and links it, on the index and
    on its kind's page, the status in bold (it stood out no more than an unknown one)."""
    corpus = load(CONTENT)
    replaced = [d for d in corpus.documents.values() if d.replaced_by]
    assert replaced
    for doc in replaced:
        new = corpus.documents[doc.replaced_by]
        for page, up in (("van-ban/index.html", ""), (f"van-ban/loai/{doc.type}/index.html", "../../")):
            html = (built_site / page).read_text(encoding="utf-8")
            row = re.search(rf'<tr>\s*<td><a href="{up}{doc.slug}/">.*?</tr>', html, re.S)
            assert row, (page, doc.id)
            status = re.findall(r"<td>(.*?)</td>", row.group(0), re.S)[-1]
            assert status == (f'<strong>Đã được thay thế</strong> <br class="sotay-column-break">bởi <a href="{up}{new.slug}/">'
                              f'<span class="sotay-code">{new.code}</span></a>'), (page, status)


def test_every_topic_outline_points_to_how_a_thematic_meeting_runs_and_its_agenda(built_site):
    # The member who presents an outline often opens it from a search: its page linked only to its
    # library, its documents and its sources. (Printed, the outline leaves them out:
    # test_browser_actions.test_print_shows_only_the_outline_starting_with_its_title.)
    corpus = load(CONTENT)
    guide, agenda = corpus.guidance["sinh-hoat-chuyen-de"], corpus.agendas["sinh-hoat-chuyen-de"]
    for lib, slug in corpus.topics:
        html = (built_site / "chuyen-de" / lib / slug / "index.html").read_text(encoding="utf-8")
        see = re.search(r'<h2 id="xem-them">Xem thêm.*?</ul>', html, re.S)
        assert see, (lib, slug)
        assert f'<a href="../../../huong-dan/sinh-hoat-chuyen-de/">{guide.title}</a>' in see.group(0)
        assert f'<a href="../../../chuong-trinh/sinh-hoat-chuyen-de/">{agenda.title}</a>' in see.group(0)


def test_the_topic_libraries_lead_to_the_yearly_plan_and_how_a_thematic_meeting_runs(built_site):
    """A cell committee plans its year of thematic meetings from the libraries: the plan's form
    was on the home page and 2,000 px down the thematic meeting's guidance only."""
    corpus = load(CONTENT)
    html = (built_site / "chuyen-de/index.html").read_text(encoding="utf-8")
    lead = html.split("Lập kế hoạch và tổ chức buổi chuyên đề:", 1)[1].split("</p>", 1)[0]
    plan = corpus.forms["ke-hoach-sinh-hoat-chuyen-de"]
    assert f'<a href="../huong-dan/sinh-hoat-chuyen-de/#bieu-mau-{plan.slug}">{plan.title}</a>' in lead
    assert f'<a href="../huong-dan/sinh-hoat-chuyen-de/">{corpus.guidance["sinh-hoat-chuyen-de"].title}</a>' in lead
    assert f'<a href="../chuong-trinh/sinh-hoat-chuyen-de/">{corpus.agendas["sinh-hoat-chuyen-de"].title}</a>' in lead
    assert 'id="mau-ke-hoach-sinh-hoat-chuyen-de-nam"' in (built_site / "huong-dan/sinh-hoat-chuyen-de/index.html").read_text(encoding="utf-8")


def test_a_sample_agenda_leads_to_its_guidance_before_the_agenda_itself(built_site):
    """From the agenda a secretary reads the steps it stands for: that link was under "Xem thêm",
    three phone screens down."""
    corpus = load(CONTENT)
    for slug, agenda in corpus.agendas.items():
        guide = next(k for k in agenda.related if k.startswith("huong-dan/"))
        html = (built_site / f"chuong-trinh/{slug}/index.html").read_text(encoding="utf-8")
        link = f'<strong>Cách làm từng bước:</strong> <a href="../../{guide}/">{corpus.guidance[guide.split("/")[1]].title}</a>'
        assert link in html and html.index(link) < html.index('<h2 id="chuong-trinh">'), slug


def test_an_agendas_notes_link_the_agendas_they_point_to(built_site):
    # "(xem chương trình họp chi ủy)" was words a phone user tapped in vain; the copied text keeps the words
    # and says where they are.
    html = (built_site / "chuong-trinh/sinh-hoat-thuong-ky/index.html").read_text(encoding="utf-8")
    notes = html.split('id="luu-y-khi-dung"', 1)[1].split("</ul>", 1)[0]
    assert '(xem <a href="../hop-chi-uy/">chương trình họp chi ủy</a>)' in notes
    assert '(xem <a href="../sinh-hoat-thuong-ky-va-chuyen-de/">chương trình cho buổi ghép</a>)' in notes
    copied = html.split('data-sotay-copy="', 1)[1].split('"', 1)[0]
    assert "(xem chương trình họp chi ủy trong Sổ tay sinh hoạt chi bộ)" in copied and "](" not in copied


def test_nav_override_renders_exactly_what_materials_own_template_renders(built_site, tmp_path):
    # overrides/partials/nav-item.html only makes Material's nav cheaper to render (no per-page
    # scan of every section's children, which was quadratic; fewer macro calls per link).
    project = copy_content(tmp_path)
    (project / "overrides/partials/nav-item.html").unlink()
    stock = tmp_path / "stock"
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(stock))
    assert proc.returncode == 0, proc.stderr[-2000:]
    pages = sorted(p.relative_to(built_site) for p in built_site.rglob("*.html"))
    assert pages == sorted(p.relative_to(stock) for p in stock.rglob("*.html"))
    assert len(pages) > 80
    # The override writes plain links on one line: only whitespace between tags may differ.
    squeeze = lambda path: "".join(path.read_text().split())  # noqa: E731
    assert [p for p in pages if squeeze(built_site / p) != squeeze(stock / p)] == []


def test_a_reconstructed_agenda_never_passes_for_a_record(built_site, tmp_path):
    """Every model meeting says how its agenda was made, on the page and in the downloads; an
    agenda without that field does not load."""
    from sotay.export.items import exportables

    corpus = load(CONTENT)
    suggested = [m for m in corpus.meetings.values() if m.agenda.basis == "goi-y"]
    assert suggested, "the seeds give no real agenda: every model meeting's agenda is a suggestion"
    for m in corpus.meetings.values():
        page = (built_site / "mo-hinh" / m.slug / "index.html").read_text()
        if m.agenda.basis == "goi-y":
            assert "chương trình <strong>gợi ý</strong>" in page and "nguồn không ghi lại chương trình thật" in page, m.slug
        else:
            assert "được ghi lại theo nguồn" in page, m.slug
    titles = {e.key: e.title for e in exportables(corpus) if e.key.startswith("mo-hinh/")}
    assert titles and all("gợi ý" in titles[f"mo-hinh/{m.slug}"] for m in suggested)
    project = copy_content(tmp_path)
    meeting = next((project / "content/mo-hinh").glob("*.yml"))
    meeting.write_text(meeting.read_text().replace("  basis: goi-y\n", ""))
    check = run_sotay("check", "--content", str(project / "content"))
    assert check.returncode == 1
    assert re.search(rf"content/mo-hinh/{meeting.name}:\d+:\d+: S102 .*basis", check.stdout), check.stdout


def test_registry_pages_cite_each_fact_by_the_number_of_its_source(built_site):
    """Each fact's sources are numbers in the table, each number one line under "Nguồn", and the
    lines are exactly the sources the registry gives that fact. A number is a link to its line
    (on a phone the list is some forty links further down)."""
    corpus = load(CONTENT)
    checked = 0
    for doc in corpus.documents.values():
        html = (built_site / "van-ban" / doc.slug / "index.html").read_text(encoding="utf-8")
        table = html.split("<table>", 1)[1].split("</table>", 1)[0]
        listed = html.split('id="nguon"', 1)[1].split("<ol>", 1)[1].split("</ol>", 1)[0]
        titles = [re.sub(r"<[^>]+>", "", item).split(" — ")[0].strip() for item in listed.split("<li>")[1:]]
        anchors = [re.match(r'<span id="([^"]+)"></span>', item).group(1) for item in listed.split("<li>")[1:]]
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]:
            cells = re.findall(r"<td>(.*?)</td>", row, re.S)
            name, _value, cited = [re.sub(r"<[^>]+>", "", c).strip() for c in cells]
            links = re.findall(r'<a href="#([^"]+)">\[(\d+)\]</a>', cells[2])
            assert [(anchor, int(n)) for anchor, n in links] == [(anchors[int(n) - 1], int(n)) for _, n in links] != [] or not cited, row
            # The kind and the scope follow from other facts: the code (or the name), the issuer.
            named = "code" if doc.code else "name"
            fact = {"Loại văn bản": named, "Số hiệu": "code", "Tên gọi": "name", "Cơ quan ban hành": "issuing_body",
                    "Khóa": "term", "Ngày ban hành": "date", "Năm ban hành": "year", "Trích yếu": "title",
                    "Phạm vi": "issuing_body" if doc.issuing_body else named}.get(name)
            if fact is None:
                continue
            numbers = [int(n) for n in re.findall(r"\[(\d+)\]", cited)]
            assert [titles[n - 1] for n in numbers] == [corpus.sources[s].title for s in doc.sources.get(fact, [])], (doc.id, name)
            checked += 1
    assert checked > 50


def test_a_registry_page_says_what_the_document_asks_each_point_with_its_sources(built_site):
    """A member looks Hướng dẫn 42-HD/BTCTW up for what it asks (90 minutes, documents a day ahead):
    its points, marked as the handbook's summary, each cited by the numbers of its sources."""
    corpus = load(CONTENT)
    doc = corpus.documents["42-HD/BTCTW-2025"]
    assert len(doc.points) >= 5
    html = (built_site / "van-ban" / doc.slug / "index.html").read_text(encoding="utf-8")
    section = html.split('id="nhung-diem-chinh-van-ban-yeu-cau"', 1)[1].split("<h2", 1)[0]
    listed = html.split('id="nguon"', 1)[1].split("<ol>", 1)[1].split("</ol>", 1)[0]
    titles = [re.sub(r"<[^>]+>", "", item).split(" — ")[0].strip() for item in listed.split("<li>")[1:]]
    items = re.findall(r"<li>(.*?)</li>", section, re.S)
    assert "tóm tắt của Sổ tay" in section and len(items) == len(doc.points)
    for item, point in zip(items, doc.points, strict=True):
        numbers = [int(n) for n in re.findall(r'<a href="#nguon-\d+">\[(\d+)\]</a>', item)]
        assert [titles[n - 1] for n in numbers] == [corpus.sources[s].title for s in point.sources], item
    assert "ít nhất 90 phút" in section


def test_a_registry_note_cites_the_sources_of_what_it_reports(built_site):
    """Quy định 294-QĐ/TW's note reports that the Central Committee means to amend the rule in
    2026: the note ends with the number of that source, which is listed under "Nguồn"."""
    corpus = load(CONTENT)
    noted = [d for d in corpus.documents.values() if d.sources.get("note")]
    assert "294-QĐ/TW-2025" in {d.id for d in noted}
    for doc in noted:
        html = (built_site / "van-ban" / doc.slug / "index.html").read_text(encoding="utf-8")
        note = html.split("Ghi chú của Sổ tay", 1)[1].split("</div>", 1)[0]
        listed = html.split('id="nguon"', 1)[1].split("<ol>", 1)[1].split("</ol>", 1)[0]
        titles = [re.sub(r"<[^>]+>", "", item).split(" — ")[0].strip() for item in listed.split("<li>")[1:]]
        numbers = [int(n) for n in re.findall(r'<a href="#nguon-\d+">\[(\d+)\]</a>', note)]
        assert [titles[n - 1] for n in numbers] == [corpus.sources[s].title for s in doc.sources["note"]], doc.id


def test_audiences_read_as_one_phrase(built_site):
    # The vocabulary's labels start with a capital to stand alone; in a page's line they are a list.
    corpus = load(CONTENT)
    pages = {"huong-dan/ghi-bien-ban": corpus.guidance["ghi-bien-ban"].audience,
             "chuong-trinh/sinh-hoat-thuong-ky": corpus.agendas["sinh-hoat-thuong-ky"].audience}
    for page, keys in pages.items():
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        line = re.search(r"Dành cho:</strong> ([^·<]+)", html).group(1).strip()
        labels = [corpus.vocab.audiences[k] for k in keys]
        assert len(labels) >= 3 and line.lower() == ", ".join(labels).lower(), line
        assert line[0].isupper() and all(x[0].islower() for x in line.split(", ")[1:]), line


def test_registry_pages_open_with_each_fact_once(built_site):
    # The sentence under a registry page's title names the document in full; a name that already
    # holds the issuer or the term ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XII") does not get them again.
    corpus = load(CONTENT)
    seen = 0
    for doc in corpus.documents.values():
        page = built_site / "van-ban" / slugify(doc.id) / "index.html"
        html = page.read_text(encoding="utf-8")
        # After the note that it was replaced, where it was (a search result shows that first).
        lead = re.search(r"</h1>\s*(?:<div class=\"admonition warning\">.*?</div>\s*)?<p>(.*?)</p>", html, re.S)
        if not doc.issuing_body:
            continue
        text = re.sub(r"<[^>]+>", "", lead.group(1))
        named = text[: len(text) - len(f": {doc.title}.")] if doc.title else text  # the title may name others
        seen += 1
        assert not doc.title or text.endswith(f": {doc.title}."), text
        assert named.count(doc.issuing_body) <= 1 and named.count(f"khóa {doc.term}") <= 1 and named.count(" của ") <= 1, text
        # "Tên gọi khác" lists other names only, not the one the heading has just given.
        other = re.search(r"<strong>Tên gọi khác:</strong>(.*?)</p>", html, re.S)
        if doc.name and other:
            assert doc.name not in [n.strip() for n in re.sub(r"<[^>]+>", "", other.group(1)).split(",")], other.group(1)
    assert seen >= 20
    assert any(doc.name in (doc.aliases or []) for doc in corpus.documents.values())  # the case above


def test_a_rebuild_replaces_changed_downloads_and_leaves_the_cached_ones_alone(tmp_path):
    """Downloads are hard links to the export cache: a build that keeps the last build's files
    (`mkdocs build --dirty`, `mkdocs serve --dirty`) must replace them, never write into them, or
    the cached file of the old version would change with them."""
    project = copy_content(tmp_path)
    topic = project / "content/chuyen-de/thu-vien-chung/bien-ban-dien-tu.md"
    site = tmp_path / "site"
    download = site / "tai-ve/chuyen-de/thu-vien-chung/bien-ban-dien-tu.md"
    cache = tmp_path / "cache"

    def build(*options):
        proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site), *options], cwd=project,
                              capture_output=True, text=True,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOTAY_EXPORT_CACHE": str(cache)})
        assert proc.returncode == 0, proc.stderr[-2000:]

    build()
    before = download.read_text(encoding="utf-8")
    # The exports (the loaded content's folder beside them, content/, changes with the content).
    cached = {p: p.read_bytes() for p in cache.iterdir() if p.is_file()}
    assert cached and (cache / "content").is_dir()
    topic.write_text(topic.read_text(encoding="utf-8").replace("title: ", "title: Bản sửa - ", 1), encoding="utf-8")
    build("--dirty")
    after = download.read_text(encoding="utf-8")
    assert after != before and "Bản sửa - " in after
    assert {p: p.read_bytes() for p in cached} == cached, "a cached file was written through the site"


def test_a_download_is_copied_where_a_hard_link_cannot_be_made(tmp_path, monkeypatch):
    """The site on another file system than the cache (a mounted share, a tmpfs): a copy, not an error."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("sotay_hooks_content", ROOT / "hooks" / "content.py")
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    cached = tmp_path / "cache" / "x.docx"
    cached.parent.mkdir()
    cached.write_bytes(b"docx")
    download = hooks._Download("tai-ve/x.docx", src_dir=None, dest_dir=str(tmp_path / "site"), use_directory_urls=True)
    download.abs_src_path = str(cached)

    def cross_device(*args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", cross_device)
    download.copy_file()
    written = tmp_path / "site" / "tai-ve" / "x.docx"
    assert written.read_bytes() == b"docx" and written.stat().st_ino != cached.stat().st_ino


def test_the_hook_checks_a_page_as_it_is_served(tmp_path, monkeypatch):
    """The pass after rendering (codes kept on one line) ran after the last check: a value holding
    a tag and a code ended at the code's new quotes and closed the page's frame, and the check had
    seen the page before. The hook checks what it serves, and serves no page it refuses."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("sotay_hooks_content_served", ROOT / "hooks" / "content.py")
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    monkeypatch.setattr(hooks, "_items", {}, raising=False)
    monkeypatch.setattr(hooks, "_hosts", set(), raising=False)
    monkeypatch.setattr(hooks, "_corpus", SimpleNamespace(texts={}, origin=None), raising=False)
    monkeypatch.setattr(hooks, "_url_problems", [])
    page = SimpleNamespace(file=SimpleNamespace(src_uri="huong-dan/x.md"))
    broken = '<p title="<i>y</i> 88-AB/CDE </div></div>">Đoạn</p>'
    assert hooks.on_page_content(broken, page, None, None) == hooks.REFUSED_PAGE
    assert [d.code for d in hooks._url_problems] == ["H104"] and "sotay-code" in hooks._url_problems[0].message
    fine = "<p>Theo Hướng dẫn 12-HD/BTCTW.</p>"
    assert hooks.on_page_content(fine, page, None, None) == '<p>Theo Hướng dẫn <span class="sotay-code">12-HD/BTCTW</span>.</p>'


def _form_section(html: str, anchor: str) -> str:
    """The section of a guidance page that shows a form, up to the next heading."""
    return html.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]


# Each form, the page that shows it and the section there, its title in the DOCX, and the opening
# and closing lines of its text block as the page shows them.
FORMS_ON_PAGES = {
    "bien-ban-sinh-hoat-chi-bo": ("ghi-bien-ban", "mau-bien-ban", "BIÊN BẢN",
                                  "BIÊN BẢN SINH HOẠT CHI BỘ [THƯỜNG KỲ / CHUYÊN ĐỀ] THÁNG [..]/[....]\n\nI. THÔNG TIN CHUNG\n",
                                  "NGƯỜI GHI BIÊN BẢN    CHỦ TRÌ\n[ký, họ tên]          [ký, họ tên]"),
    "nghi-quyet-sinh-hoat-chi-bo": ("sinh-hoat-thuong-ky", "mau-nghi-quyet", "NGHỊ QUYẾT",
                                    "NGHỊ QUYẾT SINH HOẠT CHI BỘ THÁNG [..]/[....]\nSố [..]-NQ/CB\n\n- Căn cứ ",
                                    "T/M CHI BỘ\nBÍ THƯ\n[ký, họ tên]\n\nNơi nhận:\n- Đảng ủy [cấp trên] (để báo cáo);\n"
                                    "- Các đồng chí đảng viên trong chi bộ;\n- Lưu chi bộ."),
    "bao-cao-ket-qua-thang": ("sinh-hoat-thuong-ky", "mau-bao-cao-ket-qua-thang", "BÁO CÁO",
                              "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG [..]/[....] VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG [..]/[....]\n"
                              "Số [..]-BC/CB\n\nThực hiện nghị quyết ",
                              "- Các đồng chí đảng viên trong chi bộ;\n- Lưu chi bộ."),
    "ke-hoach-sinh-hoat-chuyen-de": ("sinh-hoat-chuyen-de", "mau-ke-hoach-sinh-hoat-chuyen-de-nam", "KẾ HOẠCH",
                                     "KẾ HOẠCH SINH HOẠT CHUYÊN ĐỀ NĂM [....]\nSố [..]-KH/CB\n\n- Căn cứ ",
                                     "- Lưu chi bộ."),
    "ban-dang-ky-lam-theo-bac": ("gan-voi-chuyen-mon-va-hoc-tap-bac", "ban-dang-ky-lam-theo", "BẢN ĐĂNG KÝ",
                                 "BẢN ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM [....]\n\n"
                                 "Họ và tên: ",
                                 "NGƯỜI NHẬN XÉT    NGƯỜI ĐĂNG KÝ\n[ký, họ tên]      [ký, họ tên]"),
}


@pytest.mark.parametrize("name", sorted(FORMS_ON_PAGES))
def test_a_guidance_page_offers_its_form_as_a_docx_over_its_text_block(built_site, offline_site, name):
    """A form is in content/mau/, once: the page shows it as a text block, and "Tải về DOCX" over
    it is a plain link (no script needed) to the file the site ships, which is the form as a Word
    document; the offline copy has it too, linked from its own page."""
    import html as html_lib
    import io

    from docx import Document

    from sotay.export import ExportContext, lookup
    from sotay.export.docx import to_docx
    from sotay.forms import text_block
    from sotay.registry import Registry

    slug, anchor, title, opening, closing = FORMS_ON_PAGES[name]
    corpus = load(CONTENT)
    form = corpus.forms[name]
    assert form.page == f"huong-dan/{slug}"
    exp = lookup(corpus, f"mau/{name}")
    to_docx_bytes = to_docx(exp, ExportContext(corpus, Registry.build(corpus.documents)))
    for site, page in ((built_site, f"huong-dan/{slug}/index.html"), (offline_site, f"huong-dan/{slug}.html")):
        section = _form_section((site / page).read_text(encoding="utf-8"), anchor)
        links = re.findall(r'<a class="md-button" download="([^"]+)" href="([^"]+)" title="Bản Word[^"]*">Tải về DOCX</a>', section)
        assert links == [(f"mau-{name}.docx", links[0][1])], section[:500]
        target = ((site / page).parent / links[0][1]).resolve()
        # The file's own name is the download's: from file:// Chromium saves under the address.
        assert target == (site / f"tai-ve/mau/mau-{name}.docx").resolve() and target.is_file()
        assert target.read_bytes() == to_docx_bytes
        doc = Document(io.BytesIO(target.read_bytes()))
        assert [p.text for p in doc.paragraphs if p.style.name == "Title"] == [title]
        # The bar comes before the text block, which is the form line for line.
        assert section.index("Tải về DOCX") < section.index("<code>")
        code = html_lib.unescape(re.sub(r"<[^>]+>", "", section.split("<code>", 1)[1].split("</code>", 1)[0]))
        assert code.rstrip("\n") == text_block(form)
        assert code.startswith(opening) and code.rstrip("\n").endswith(closing), code


def test_a_page_naming_a_form_that_is_not_there_fails_the_check(tmp_path):
    project = copy_content(tmp_path)
    page = project / "content/huong-dan/ghi-bien-ban.md"
    page.write_text(page.read_text(encoding="utf-8").replace("bien-ban-sinh-hoat-chi-bo\n```", "bien-ban-khac\n```"), encoding="utf-8")
    check = run_sotay("check", "--content", str(project / "content"))
    assert check.returncode == 1
    assert re.search(r"content/huong-dan/ghi-bien-ban\.md:\d+:1: R104 Không có mẫu 'bien-ban-khac'", check.stdout), check.stdout


def test_a_form_no_page_shows_is_told_to_its_editor(tmp_path):
    project = copy_content(tmp_path)
    page = project / "content/huong-dan/ghi-bien-ban.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"```mau\n[^\n]*\n```\n", "", text), encoding="utf-8")
    form = project / "content/mau/bien-ban-sinh-hoat-chi-bo.yml"
    title_line = next(n for n, line in enumerate(form.read_text(encoding="utf-8").splitlines(), 1) if line.startswith("title:"))
    check = run_sotay("check", "--content", str(project / "content"))
    # A warning: the form is whole, only out of the readers' way.
    assert check.returncode == 0, check.stdout
    assert re.search(rf"^content/mau/bien-ban-sinh-hoat-chi-bo\.yml:{title_line}:8: R105 .*bien-ban-sinh-hoat-chi-bo\.$",
                     check.stdout, re.M), check.stdout


def test_a_form_with_recipients_and_a_left_signer_fails_the_check(tmp_path):
    """The left of a Party document's signatures holds the recipients or a second signer, not both."""
    project = copy_content(tmp_path)
    form = project / "content/mau/nghi-quyet-sinh-hoat-chi-bo.yml"
    form.write_text(form.read_text(encoding="utf-8").replace("  right: T/M CHI BỘ\n", "  left: THƯ KÝ\n  right: T/M CHI BỘ\n"),
                    encoding="utf-8")
    line = form.read_text(encoding="utf-8").splitlines().index("  left: THƯ KÝ") + 1
    check = run_sotay("check", "--content", str(project / "content"))
    assert check.returncode == 1
    assert re.search(rf"^content/mau/nghi-quyet-sinh-hoat-chi-bo\.yml:{line}:9: S107 .*Nơi nhận", check.stdout, re.M), check.stdout


def test_the_home_page_leads_to_every_form_itself(built_site):
    """Each form a page shows is listed on the home page, its link landing on the form's own bar
    with its DOCX (under its section's heading, a reader landed a screen above it): a new form is
    listed without anyone editing the home page."""
    corpus = load(CONTENT)
    home = (built_site / "index.html").read_text(encoding="utf-8")
    item = home.split("Mẫu văn bản để điền", 1)[1].split("</li>", 1)[0]
    links = re.findall(r'<a href="([^"#]+)#([^"]+)">([^<]+)</a>', item)
    assert sorted(title for _, _, title in links) == sorted(f.title for f in corpus.forms.values()), item
    for href, anchor, title in links:
        form = next(f for f in corpus.forms.values() if f.title == title)
        assert href == f"{form.page}/"
        assert anchor == f"bieu-mau-{form.slug}"
        bar = (built_site / href / "index.html").read_text(encoding="utf-8").split(f'id="{anchor}"', 1)[1].split("</div>", 1)[0]
        assert f'download="mau-{form.slug}.docx"' in bar, (title, anchor)



def test_a_form_shown_twice_has_its_anchor_once_and_a_heading_named_like_it_is_numbered(tmp_path):
    """Every form bar took the form's anchor: a guide showing a form twice held an id twice, and
    the build refused it after the check had passed it. A heading whose words give that anchor
    is numbered after it, as the check's anchors say."""
    from sotay.registry import Registry
    from sotay.render.site import site_of
    from sotay.rendered import render

    project = copy_content(tmp_path)
    guide = project / "content/huong-dan/ghi-bien-ban.md"
    text = guide.read_text(encoding="utf-8")
    block = re.search(r"```mau\nbien-ban-sinh-hoat-chi-bo\n```\n", text).group()
    guide.write_text(text + "\n## Biểu mẫu biên bản sinh hoạt chi bộ\n\nMột lần nữa:\n\n" + block +
                     "\nXem [mục này](#bieu-mau-bien-ban-sinh-hoat-chi-bo_1).\n", encoding="utf-8")
    check = run_sotay("check", "--content", str(project / "content"))
    assert check.returncode == 0, check.stdout
    corpus = load(project / "content")
    page = next(p for p in site_of(corpus, Registry.build(corpus.documents)).pages if p.src == "huong-dan/ghi-bien-ban.md")
    ids = re.findall(r' id="([^"]+)"', render(page.body, str(ROOT / "mkdocs.yml")))
    assert ids.count("bieu-mau-bien-ban-sinh-hoat-chi-bo") == 1 and "bieu-mau-bien-ban-sinh-hoat-chi-bo_1" in ids, ids
    assert len(ids) == len(set(ids)), ids


def test_a_page_says_which_facts_of_a_cited_document_only_a_cells_report_gives(built_site):
    """The research found no source for Trà Vinh's 13-HD/BTCTU but the library's report: a page
    that cites it says so beside the reference, as the branch's DOCX does; 12-HD/BTCTW, which
    other sites report too, is written out plain."""
    corpus = load(CONTENT)
    topic = next(t for t in [*corpus.topics.values(), *corpus.guidance.values()]
                 if {"13-HD/BTCTU-2018-tra-vinh", "12-HD/BTCTW-2018"} <= set(t.references or []))
    text = re.sub(r"<[^>]+>", "", (built_site / topic.page_key / "index.html").read_text())
    cited = text[text.rindex("Văn bản làm căn cứ"):].splitlines()  # the section, not a guide's words before it
    local = next(x for x in cited if x.lstrip().startswith("Hướng dẫn 13-HD/BTCTU"))
    central = next(x for x in cited if x.lstrip().startswith("Hướng dẫn 12-HD/BTCTW"))
    assert local.endswith("(theo bài viết ngày 15/5/2023 của Lâm Văn Tuyên; chưa đối chiếu với văn bản gốc)"), local
    assert "chưa đối chiếu" not in central and central.endswith("Một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ"), central


@pytest.mark.parametrize("exchange", [True, False])
def test_the_swap_leaves_one_site_and_nothing_beside_it(tmp_path, monkeypatch, exchange):
    """A stale folder of a build killed mid-swap (named from a pid a container reuses) made the
    swap fail; where the system exchanges two folders in one step, a reader never finds no site."""
    import threading

    from sotay import build as build_module

    if not exchange:
        monkeypatch.setattr(build_module, "_exchange", lambda a, b: False)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("0")
    (tmp_path / f".site-old-{os.getpid()}").mkdir()  # left by a build killed mid-swap
    missing, done = [], threading.Event()

    def read():
        while not done.is_set():
            if not (site / "index.html").exists():
                missing.append(1)

    reader = threading.Thread(target=read)
    reader.start()
    for turn in range(1, 30):
        new = tmp_path / f".site-new-{turn}"
        new.mkdir()
        (new / "index.html").write_text(str(turn))
        build_module.swap_in(new, site)
    done.set()
    reader.join()
    assert (site / "index.html").read_text() == "29"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".site-old-{os.getpid()}", "site"]
    probe = [tmp_path / "probe-a", tmp_path / "probe-b"]
    for folder in probe:
        folder.mkdir()
    if exchange and build_module._exchange(*probe):  # this system exchanges in one step
        assert not missing


def test_a_status_box_points_to_the_guide_on_current_documents_only_where_the_guide_cites_it(built_site):
    """"Xem Văn bản nào đang áp dụng cho sinh hoạt chi bộ" under a 1999 directive on study
    promotion sent its reader to a page that says nothing of it."""
    def box(slug):
        html = (built_site / f"van-ban/{slug}/index.html").read_text()
        return re.search(r'Tình trạng</p>\s*<p>(.*?)</p>', html, re.S).group(1)
    assert "huong-dan/van-ban-hien-hanh/" in box("10-ct-tw-2007")
    assert box("50-ct-tw-1999") == "Chưa có nguồn nói rõ văn bản này còn hiệu lực hay đã được thay thế."
    # At the section naming it: the guide's top speaks of the 2025 directive and guideline.
    guide = (built_site / "huong-dan/van-ban-hien-hanh/index.html").read_text()
    for slug, code in (("10-ct-tw-2007", "10-CT/TW"), ("36-hd-vptw-2018", "36-HD/VPTW")):
        anchor = re.search(r'van-ban-hien-hanh/#([\w-]+)"', box(slug)).group(1)
        section = guide.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]
        assert code in section, (slug, anchor)


def test_a_page_past_the_limits_its_texts_are_within_fails_the_build_naming_its_file(tmp_path):
    """A note of twenty "> " passes the check, and the agenda page that lists it under "- " nests
    twenty-one deep: the page went out as one line saying it was past the limits, the build
    logging it only as information."""
    project = copy_content(tmp_path)
    agenda = project / "content/chuong-trinh/hop-chi-uy.yml"
    agenda.write_text(agenda.read_text().replace("notes:\n", "notes:\n  - \"" + "> " * 20 + "Lưu ý.\"\n", 1))
    assert run_sotay("check", "--content", str(project / "content")).returncode == 0
    site = tmp_path / "site"
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site))
    assert proc.returncode != 0 and not site.exists()
    assert "content/chuong-trinh/hop-chi-uy.yml:1:1: E005 Trang /chuong-trinh/hop-chi-uy/" in proc.stderr + proc.stdout, proc.stderr[-800:]



def test_every_fact_on_a_registry_page_names_its_source(built_site):
    """Each row of a document's facts cites a source, its scope too (what its issuer or its code
    says): the 'Phạm vi' row had an empty source cell, and the checker took no source for it."""
    pages = sorted((built_site / "van-ban").glob("*/index.html"))
    assert len(pages) > 30
    for page in pages:
        facts = re.search(r'<div class="sotay-facts"[^>]*>(.*?)</div>', page.read_text(), re.S)
        rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>.*?</td>\s*<td>(.*?)</td>\s*</tr>", facts.group(1), re.S)
        assert rows and all(re.search(r'href="#nguon-\d+"', cell) for _, cell in rows), (page, [r for r in rows if "#nguon-" not in r[1]])


def test_a_source_titled_in_english_is_marked_english(built_site: Path):
    """A Vietnamese screen-reader voice read the English edition's title with Vietnamese sounds."""
    page = (built_site / "huong-dan/danh-gia-chat-luong/index.html").read_text(encoding="utf-8")
    assert '<em lang="en">Quality of party cell activities' in page
    assert not re.search(r'<em lang="en">[^<]*[À-ỹ]', page)  # a Vietnamese title keeps the page's language


def test_a_successor_says_what_it_replaced_with_the_sources_that_say_so(built_site: Path):
    """05-CT/TW's page said it replaced 03-CT/TW with no source, where 03's page cites one."""
    corpus = load(CONTENT)
    olds = [d for d in corpus.documents.values() if d.replaced_by]
    assert olds
    for old in olds:
        new = corpus.documents[old.replaced_by]
        page = (built_site / f"van-ban/{new.slug}/index.html").read_text()
        line = re.search(r"Văn bản này thay thế <a href=\"../" + re.escape(old.slug) + r"/\">.*?</p>", page).group()
        marks = re.findall(r'href="#(nguon-\d+)"', line)
        assert marks and all(f'id="{m}"' in page for m in marks), line


def test_a_name_inside_a_clause_put_on_paper_is_wrapped_once():
    from sotay.render.handbook_name import named_on_paper

    html = "<p>Chép khung của Sổ tay này vào sổ, thay phần trong ngoặc vuông; Sổ tay này gợi ý.</p>"
    out = named_on_paper(html)
    # The clause once (the name inside it no second copy), the later name on its own.
    assert out.count("Chép khung của Sổ tay này vào sổ") == 1 and out.count("sotay-on-paper") == 1
    assert out.count('class="sotay-handbook"') == 1 and out.endswith("gợi ý.</p>"), out


def test_an_outlines_and_a_model_meetings_bar_is_named_by_what_it_acts_on(built_site):
    # As a form's bar is: a screen reader heard "Sao chép, nút" and "In, nút" and not what they copy or print.
    for path, named in (("chuyen-de/thu-vien-chung/tu-phe-binh-va-phe-binh/", "Tự phê bình và phê bình thường xuyên"),
                        ("mo-hinh/thu-vien-tinh-tra-vinh/", "Chương trình sinh hoạt chuyên đề (gợi ý) – Chi bộ Thư viện tỉnh Trà Vinh")):
        html = (built_site / path / "index.html").read_text()
        bar = re.search(r'<div[^>]*class="sotay-actions"[^>]*>', html).group()
        assert 'role="group"' in bar and re.search(r'aria-label="' + re.escape(named), bar), (path, bar[:300])
