"""Contributed content cannot run code at build time or in a reader's browser."""

import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from sotay.render.common import Page

from conftest import ROOT, copy_content, run_sotay, unpacked

pytestmark = pytest.mark.slow


def payload(marker):
    return "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}"


def guide(extra_head: str, body: str) -> str:
    return ("---\ntitle: Trang thử tấn công\nsummary: Thử mã độc trong nội dung.\naudience: [bi-thu]\n"
            f"reviewed: 2026-01-01\nsources: [bv-doi-soat-2019]\n{extra_head}---\n\n{body}\n"
            + "Chữ cho đủ dài để qua lược đồ. " * 10 + "\n")


def test_the_macros_payload_runs_where_macros_are_allowed(tmp_path):
    """The reason for the rules: Jinja in mkdocs-macros is not sandboxed. A page of the site shell
    (developer-owned docs/) that opts in runs the payload; content never gets that far."""
    project = copy_content(tmp_path)
    marker = tmp_path / "ran-in-shell"
    (project / "docs" / "thu.md").write_text(f"---\nrender_macros: true\n---\n\n# Thử\n\n{payload(marker)}\n")
    (project / "mkdocs.yml").write_text((project / "mkdocs.yml").read_text().replace("validation:", "not_in_nav: |\n  /thu.md\n\nvalidation:", 1)
                                        if "not_in_nav" not in (project / "mkdocs.yml").read_text()
                                        else (project / "mkdocs.yml").read_text().replace("  /bien-tap/", "  /bien-tap/\n  /thu.md"))
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(tmp_path / "site"))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert marker.exists()


def test_the_payload_in_content_neither_runs_nor_builds(tmp_path):
    project = copy_content(tmp_path)
    marker = tmp_path / "ran-from-content"
    (project / "content/huong-dan/tan-cong.md").write_text(guide("render_macros: true\n", payload(marker)))
    check = run_sotay("check", "--content", str(project / "content"))
    assert check.returncode == 1
    assert re.search(r"content/huong-dan/tan-cong\.md:\d+:\d+: J102 ", check.stdout)
    assert re.search(r"content/huong-dan/tan-cong\.md:\d+:\d+: J101 ", check.stdout)
    site = tmp_path / "site"
    build = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site))
    assert build.returncode != 0
    assert "J101" in build.stderr + build.stdout
    assert not marker.exists()
    assert not site.exists()


def test_a_main_py_at_the_root_is_not_the_macros_module(tmp_path):
    """mkdocs-macros imports main.py from the project root unless told its module: ours is named."""
    project = copy_content(tmp_path)
    marker = tmp_path / "ran-main-py"
    (project / "main.py").write_text(f"open({str(marker)!r}, 'w').write('x')\n\ndef define_env(env):\n    pass\n")
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(tmp_path / "site"))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not marker.exists()


def test_generated_pages_always_switch_macros_off():
    md = Page("huong-dan/x.md", "X", "{{ 1 + 1 }}", "guidance", {"render_macros": True}).markdown()
    head = md.split("---")[1]
    assert "render_macros: false" in head and "render_macros: true" not in head


def test_hostile_html_never_reaches_the_site(tmp_path):
    project = copy_content(tmp_path)
    body = ('<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3)) '
            '[y](/huong-dan/sinh-hoat-thuong-ky/){ onclick="alert(4)" }')
    (project / "content/huong-dan/html-doc.md").write_text(guide("", body))
    # MkDocs run by hand writes each page as it goes, before the build fails at its end: it leaves
    # no site (`mkdocs serve` keeps its pages, each refused page replaced by a line saying so; the
    # hook's own test shows that). A content error the loader finds stops it before any page.
    by_hand = tmp_path / "by-hand"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(by_hand)],
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode != 0 and "H101" in proc.stderr + proc.stdout
    assert not [p for p in by_hand.rglob("*") if p.is_file()], "a failed build left its pages"
    # Where a browser and a pattern disagree: comments that browsers end early, a tag name
    # ended by "/", an attribute set through attr_list.
    tricks = {"comment-bang": "<!-- --!><script>alert(5)</script> -->",
              "comment-abrupt": '<!--><iframe src="https://evil.example/"></iframe>-->',
              "slash-tag": '<iframe/src="https://evil.example/">',
              "attr-list-href": '[z](/huong-dan/sinh-hoat-thuong-ky/){ href="https://evil.example/" }'}
    for name, trick in tricks.items():
        (project / f"content/huong-dan/{name}.md").write_text(guide("", trick))
    # Past what Python-Markdown reads in good time: the build does not render it (it took minutes).
    (project / "content/huong-dan/nhieu-ngoac.md").write_text(guide("", "\n".join(["[" * 190] * 60) + " <b>x</b>"))
    site = tmp_path / "site"
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site))
    assert proc.returncode != 0
    for code in ("H101", "H102", "H103"):
        assert code in proc.stderr + proc.stdout
    assert re.search(r"content/huong-dan/nhieu-ngoac\.md:\d+:\d+: E005 ", proc.stderr + proc.stdout)
    for name, code in (("comment-bang", "H101"), ("comment-abrupt", "H101"), ("slash-tag", "H101"), ("attr-list-href", "H104")):
        assert re.search(rf"content/huong-dan/{name}\.md:\d+:\d+: {code} ", proc.stderr + proc.stdout), name
    assert not site.exists()


def test_the_build_tells_hostile_markup_as_the_check_does(tmp_path):
    """A handler on a tag, refused by the check (H102), came back from the rendered page as H104
    on the same line, and a URL the page decoded ("jav&#x61;script:") as H103 at 1:1: the build
    gave the editor errors the check had not."""
    project = copy_content(tmp_path)
    body = ('Chữ <abbr title="x" onclick="alert(1)">ĐV</abbr> nhé.\n\n'
            'Xem [mục](jav&#x61;script:alert(1)) ở đây.')
    (project / "content/huong-dan/html-doc.md").write_text(guide("", body))
    told = re.compile(r"^(content/huong-dan/html-doc\.md:\d+:\d+: [A-Z]\d{3}) ", re.M)
    check = run_sotay("check", "--content", str(project / "content"))
    build = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(tmp_path / "site"))
    checked = sorted(set(told.findall(check.stdout)))
    built = sorted(set(told.findall(build.stdout + build.stderr)))
    assert check.returncode == 1 and build.returncode != 0 and checked, (check.stdout, build.stderr)
    assert built == checked, (checked, built)


def test_built_site_has_no_script_but_its_own(built_site):
    for html in built_site.rglob("*.html"):
        text = html.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")", text), html
        assert not re.search(r"\son[a-z]+=\"", text), html
        assert not re.search(r"(?:href|src)=\"\s*javascript:", text), html


def test_a_summary_cannot_add_attributes_to_the_page_head(tmp_path):
    """Material writes the summary into <meta name="description"> without escaping it."""
    project = copy_content(tmp_path)
    page = guide("", "Một trang bình thường. ").replace(
        "summary: Thử mã độc trong nội dung.", 'summary: 0;url=http://evil.example/" http-equiv="refresh **đậm**')
    (project / "content/huong-dan/tom-tat.md").write_text(page)
    site = tmp_path / "site"
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site))
    assert proc.returncode == 0, proc.stderr[-2000:]
    head = (site / "huong-dan/tom-tat/index.html").read_text()
    meta = re.search(r'<meta name="description"[^>]*>', head).group()
    # Escaped, and its Markdown read as the words it marks.
    assert meta == '<meta name="description" content="0;url=http://evil.example/&quot; http-equiv=&quot;refresh đậm">'

    class Metas(HTMLParser):
        found: list = []

        def handle_starttag(self, tag, attrs):
            if tag == "meta":
                self.found.append(dict(attrs))

    parser = Metas()
    parser.feed(head)
    # The one http-equiv in the head is the site's own policy, not the summary's refresh.
    assert [m["http-equiv"] for m in parser.found if "http-equiv" in m] == ["Content-Security-Policy"]
    assert {"name": "description", "content": '0;url=http://evil.example/" http-equiv="refresh đậm'} in parser.found


def test_the_published_editors_guide_is_checked_outside_its_code(tmp_path):
    project = copy_content(tmp_path)
    guide_md = project / "CONTRIBUTING.md"
    lines = len(guide_md.read_text().splitlines())
    guide_md.write_text(guide_md.read_text() + '\n`<script>` là ví dụ.\n\n<script>alert(1)</script> [x](javascript:alert(2))\n')
    proc = run_sotay("check", "--content", str(project / "content"))
    assert proc.returncode == 1
    found = [line.split(": ")[0] for line in proc.stdout.splitlines() if line.startswith("CONTRIBUTING.md:")]
    # <script> once (its closing tag is the same problem), then the javascript: link.
    assert found == [f"CONTRIBUTING.md:{lines + 4}:1", f"CONTRIBUTING.md:{lines + 4}:31"], proc.stdout


def test_the_editors_guide_as_a_symbolic_link_is_refused_and_not_published(tmp_path):
    """The site publishes CONTRIBUTING.md: a link to /proc/self/environ put the build's environment
    in the editors' page, and a link to any file would publish that file."""
    from sotay.content import load
    from sotay.render.site import _editors_pages

    project = copy_content(tmp_path)
    secret = tmp_path / "bi-mat.txt"
    secret.write_text("SOTAY_SECRET=zz\n", encoding="utf-8")
    (project / "CONTRIBUTING.md").unlink()
    (project / "CONTRIBUTING.md").symlink_to(secret)
    proc = run_sotay("check", "--content", str(project / "content"))
    assert proc.returncode == 1 and "CONTRIBUTING.md:1:1: E008" in proc.stdout, proc.stdout
    pages = _editors_pages(load(project / "content"), None, None, {}, bodies=False)
    assert [p.src for p in pages] == ["bien-tap/suc-khoe-noi-dung.md"]


def test_the_editors_guides_links_and_rendered_classes_are_checked_at_its_lines(tmp_path):
    """A link to a host no source names and a class of the site's own passed the check in the
    guide; the build refused the one at bien-tap/index.md:1:1 and published the other."""
    project = copy_content(tmp_path)
    guide_md = project / "CONTRIBUTING.md"
    lines = len(guide_md.read_text().splitlines())
    guide_md.write_text(guide_md.read_text() + "\nXem [x](https://evil.example/a) và `[y](https://evil.example/b)`.\n\n"
                        "Một đoạn.\n{: .md-dialog .md-dialog--active }\n")
    proc = run_sotay("check", "--content", str(project / "content"))
    found = [line.split(" ")[:2] for line in proc.stdout.splitlines() if line.startswith("CONTRIBUTING.md:")]
    assert proc.returncode == 1 and found == [[f"CONTRIBUTING.md:{lines + 2}:9:", "L103"], [f"CONTRIBUTING.md:{lines + 5}:5:", "H104"],
                                              [f"CONTRIBUTING.md:{lines + 5}:16:", "H104"]], proc.stdout


def test_a_tick_that_closes_no_code_span_hides_no_markup_in_the_editors_guide(tmp_path):
    """"`<iframe …>…<script>…`` nhé": one tick opens, a run of two closes nothing, so the page
    shows the markup live; a pattern had paired the one tick with the first of the two."""
    project = copy_content(tmp_path)
    guide_md = project / "CONTRIBUTING.md"
    lines = len(guide_md.read_text().splitlines())
    guide_md.write_text(guide_md.read_text() + '\nVí dụ: `<iframe src="../"></iframe><script>alert(1)</script>`` nhé.\n')
    proc = run_sotay("check", "--content", str(project / "content"))
    found = [line.split(" ")[:2] for line in proc.stdout.splitlines() if line.startswith("CONTRIBUTING.md:")]
    assert proc.returncode == 1 and found == [[f"CONTRIBUTING.md:{lines + 2}:9:", "H101"], [f"CONTRIBUTING.md:{lines + 2}:36:", "H101"]], proc.stdout


# Links written every way Markdown allows, to a host no source names and to schemes that open a
# share or a program: the content check finds them in the Markdown, and the build's last check
# finds them again in the rendered page, whatever the check's patterns might miss.
LINK_TRICKS = {
    '[x](https://evil.example/p "t")': "L103",
    "[x]( https://evil.example/p )": "L103",
    "[x](<https://evil.example/a b>)": "L103",
    "[x][r]\n\n[r]:\n    https://evil.example/": "L103",
    '![x](https://evil.example/t.png "t")': "L103",
    "[x](https://evil.example/a_(b_(c)))": "L103",
    '<div markdown="1">[x](https://evil.example/p "t")</div>': "L103",
    "[x](file://evil.example/share)": "H103",
    "[x](smb://evil.example/share)": "H103",
    "<https://evil.example/p>": "L103",
    "[x](ms-msdt:/id%20PCWDiagnostic)": "H103",
    # A link definition is one inside a quotation or a list item too.
    "Xem [mẫu][m].\n\n> [m]: file://10.6.6.6/share/mau.docx": "H103",
    "Xem [mẫu][m].\n\n- [m]: https://evil.example/mau": "L103",
    # Found by a red-team audit: a definition with two titles, a data: target on a quoted line.
    'Xem [mẫu][m].\n\n[m]: https://evil.example/ "a" "b"': "L103",
    "Xem [mẫu][m].\n\n> [m]:\n> data:text/html,hi": "H103",
}


@pytest.fixture(scope="module")
def site_markdown():
    import markdown
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    return lambda text: markdown.markdown(text, extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


@pytest.mark.parametrize("trick, code", LINK_TRICKS.items(), ids=list(range(len(LINK_TRICKS))))
def test_the_rendered_page_is_checked_for_links_too(site_markdown, trick, code):
    from sotay.selfcontained import page_url_problems

    rendered = site_markdown(trick + "\n\n[nguồn](https://baonghean.vn/bai-viet)")
    found = page_url_problems(rendered, {"baonghean.vn"})
    assert [c for _, c, _ in found] == [code], (rendered, found)


@pytest.mark.parametrize("trick, code", LINK_TRICKS.items(), ids=list(range(len(LINK_TRICKS))))
def test_the_content_check_finds_the_same_links(tmp_path, trick, code):
    project = copy_content(tmp_path)
    (project / "content/huong-dan/lien-ket.md").write_text(guide("", trick))
    proc = run_sotay("check", "--content", str(project / "content"))
    assert proc.returncode == 1
    assert re.search(rf"content/huong-dan/lien-ket\.md:\d+:\d+: {code} ", proc.stdout), proc.stdout


def test_a_tab_inside_a_url_hides_no_host(site_markdown):
    """Browsers drop tabs and line breaks from URLs: "/&#9;/evil.example" loads from evil.example."""
    from sotay.selfcontained import page_url_problems

    page = '<table><tr><td background="/&#9;/evil.example/p.png">x</td></tr></table><a href="ht&#9;tp://evil.example/">y</a>'
    assert [code for _, code, _ in page_url_problems(page, set())] == ["L103", "L103"]
    # Nor a scheme: "java&#9;script:" and one after a control character are javascript: to a browser.
    page = '<a href="java&#9;script:alert(1)">a</a><a href="&#1;javascript:alert(1)">b</a><a href="vb&#10;script:x">c</a>'
    assert [code for _, code, _ in page_url_problems(page, set())] == ["H103", "H103", "H103"]


def test_the_rendered_page_check_reads_tags_not_text(site_markdown):
    from sotay.selfcontained import page_url_problems

    # A page may show an attribute as text (in code, escaped); only a tag's attribute is a URL.
    shown = site_markdown("Thuộc tính `src=https://evil.example/x` không được dùng.")
    assert "src=https://evil.example/x" in shown and page_url_problems(shown, set()) == []
    both = '<img alt="x" src="https://evil.example/a.png" srcset="https://evil.example/b.png 2x">'
    assert [code for _, code, _ in page_url_problems(both, set())] == ["L103", "L103"]


def test_each_brace_is_read_once_and_told_once():
    """Every "{" starts a list to read, up to the next "{": each character is read once, and a list
    is one problem however many attributes it sets (a line of braces once took seconds per line)."""
    from sotay.safety import _attr_list_hits

    assert [code for _, code, _ in _attr_list_hits("{ a b c " * 1000)] == ["H104"] * 1000
    # A brace escaped with a backslash is text; the list after it is read all the same.
    hits = list(_attr_list_hits("Xem \\{ [mẫu](/a/){ #__config hidden } nhé"))
    assert [(code, "__config" in message) for _, code, message in hits] == [("H104", True)]
    assert [code for _, code, _ in _attr_list_hits("a \\\\{ hidden }")] == ["H104"]


@pytest.mark.parametrize("text", ["a &amp; b", "&notit; &amp &#x202e;x &#8238 &#0; &bogus; &#xZZ; &&", "no entity", "&lt;script&gt;"])
def test_entities_are_decoded_as_html_does_and_each_hit_is_told_where_the_source_has_it(text):
    """A red team's: a tag after ten "&amp;" was told two lines early."""
    import html

    from sotay.safety import _hits, decoded_with_offsets

    decoded, offsets = decoded_with_offsets(text)
    assert decoded == html.unescape(text)
    assert offsets is None or len(offsets) == len(decoded) + 1 and offsets == sorted(offsets)
    source = text + "\n<iframe>"
    hits = [(pos, code) for pos, code, _ in _hits(source)]
    assert (source.index("<iframe>"), "H101") in hits and all(0 <= pos < len(source) for pos, _ in hits), hits
    # A bidi override, as an entity, is told at its "&".
    assert [pos for pos, code in hits if code == "E006"] == [m.start() for m in re.finditer(r"&#x202e;|&#8238", text)]
    # Inside code the page shows the entity as written; a hidden character's entity is E010.
    assert not [code for _, code, _ in _hits("Viết `&#8238;` là nguy hiểm.")]
    assert [code for _, code, _ in _hits("Chữ&shy;ẩn và&#8203;nữa")] == ["E010", "E010"]


def test_an_address_in_angle_brackets_is_a_link_not_a_tag():
    from sotay.safety import _hits

    def codes(text):
        return [code for _, code, _ in _hits(text)]

    assert codes('Xem [mẫu](</huong-dan/ghi-bien-ban/>), [a]( <huong-dan/> "t").\n\n> [m]: </mo-hinh/x/> (t)') == []
    # Only where Markdown closes the link: a tag after "](<" that no ")" ends is a tag.
    assert codes("[x](<script>alert(1)</script>)") == ["H101"]
    assert codes("[x](<b><script>)") == ["H101"]
    assert codes("[m]: <script> x\n") == ["H101"]
    # Without a whole label before it, "](<" opens no link: Markdown passes the tag through.
    assert codes("Xem x](<script>)alert(1)x](</script>) nhé") == ["H101"]
    assert codes("[a[b]: <script>\n") == ["H101"] and codes("Xem \\](<script>)") == ["H101"]


def test_the_rendered_page_check_reads_attributes_as_a_browser_does(site_markdown):
    """The build's last check reads every attribute of the rendered page: what Markdown made of
    an attribute list the source patterns could not follow still cannot reach a reader."""
    from sotay.selfcontained import page_problems

    tricks = ["*x*{ title=a\tid=__config\tdata-md-component=search\thidden }",
              "[b](/a/){ title=<b title ='\" x=\"<\" id=__config data-md-component=search '> }"]
    for trick in tricks:
        found = page_problems(site_markdown(trick), set())
        assert {code for _, code, _ in found} == {"H104"} and any("__config" in m for _, _, m in found), (trick, found)
    # What the handbook writes itself passes: headings' ids, table alignment, the download bar.
    own = site_markdown("## Ban Bí thư\n\n## Ban Bí thư\n\n| a | b |\n|:--|--:|\n| x | y |\n\n"
                        "| a | b | c |\n|---|---|---|\n| x | y | z |")
    assert 'data-sotay-label="c"' in own
    own += '<div class="sotay-actions" data-search-exclude data-sotay-copy="x" data-sotay-md="y"><a download="a.md" href="a.md">x</a></div>'
    assert page_problems(own, set()) == []


def test_a_tag_in_an_attribute_lists_value_is_refused_and_the_served_page_is_what_is_checked(site_markdown):
    """Markdown puts an attribute list's value on the page as written: a tag in it with a document
    code ({: title="<i>y</i> 88-AB/CDE </div></div>" }) passed the check and the build's last
    check, and the pass after it kept the code on one line with a <span class="...">, whose quotes
    ended the value: the rest of the value closed the page's frame (a red team). The check refuses
    the value; the build checks the page as it is served, after that pass."""
    from sotay.render.nowrap import nowrap_codes
    from sotay.safety import _hits
    from sotay.selfcontained import page_problems

    trick = 'Đoạn hai\n{: title="<i>y</i> 88-AB/CDE </div></div>" }'
    assert [code for _, code, _ in _hits(trick)] == ["H104"]
    # A "<" or ">" that is no tag is escaped by Markdown, and passes.
    for fine in ('Chữ **đậm**{ title="a, b" } tiếp.', 'Chữ **đậm**{ title="điểm > 5, a < b" } tiếp.'):
        assert [code for _, code, _ in _hits(fine)] == [], fine
        assert page_problems(nowrap_codes(site_markdown(fine)), set()) == [], fine
    rendered = site_markdown(trick)
    served = nowrap_codes(rendered)
    assert served != rendered and 'class="sotay-code"' in served
    assert any(code == "H104" and "sotay-code" in message for _, code, message in page_problems(served, set())), page_problems(served, set())


def test_a_sources_facts_and_a_summarys_links_reach_pages_as_written(site_markdown):
    """A source's title, author and unit are text on every page that cites it: "![x](...)" in a
    title put an image in their lists of sources, and a ")" in its address ended the link there.
    A summary's link from the site's root ("/chuong-trinh/...") failed the build on the section's
    index, which listed the summary as written, while the check had passed it."""
    from sotay.content import load
    from sotay.registry import Registry
    from sotay.render.site import build_site

    from conftest import CONTENT

    corpus = load(CONTENT)
    source = next(s for s in corpus.sources.values() if s.url)
    source.title = "Bài ![ẢNH](../assets/images/favicon.svg) [liên kết](../khong-co.md) *đậm* {: #__config }"
    source.url = "https://example.org/bai)![ẢNH2](https://evil.example/p.png"
    guide = next(iter(corpus.guidance.values()))
    guide.summary += " Xem [chương trình mẫu](/chuong-trinh/sinh-hoat-thuong-ky/)."
    pages = {p.src: p for p in build_site(corpus, Registry.build(corpus.documents)).pages}
    citing = [p for p in pages.values() if source.id in (getattr(p.item, "sources", None) or [])]
    assert citing
    for page in citing:
        html = site_markdown(page.body)
        assert "<img" not in html and "ẢNH" in html and "__config" in html and 'href="../khong-co' not in html, page.src
        assert "https://example.org/bai%29" in html and "evil.example" not in html.replace("evil.example/p.png", ""), page.src
    index = site_markdown(pages["huong-dan/index.md"].body)
    assert 'href="../chuong-trinh/sinh-hoat-thuong-ky.md"' in index, index  # a page link MkDocs resolves


def test_a_registry_entrys_examples_reach_its_page_as_written(site_markdown):
    """An example is how a document is cited: "![y](…) [l](https://evil.example/)" in one went to
    the registry page as an image and a link the check had not read (a red team)."""
    from sotay.content import load
    from sotay.registry import Registry
    from sotay.render.site import build_site

    from conftest import CONTENT

    corpus = load(CONTENT)
    doc = next(d for d in corpus.documents.values() if d.examples)
    doc.examples = [*doc.examples, "**Hướng dẫn** ![y](https://nld.com.vn/x.png) [l](https://evil.example/) [m](/huong-dan/khong-co/)"]
    page = next(p for p in build_site(corpus, Registry.build(corpus.documents)).pages if p.item is doc)
    html = site_markdown(page.body)
    assert "<img" not in html and "evil.example/\"" not in html and 'href="https://evil.example' not in html, html
    assert "**Hướng dẫn** ![y](https://nld.com.vn/x.png) [l](https://evil.example/)" in html


def test_an_escaped_backtick_in_the_editors_guide_opens_no_code(tmp_path):
    """"\\`<dialog open ...>\\`" was masked as code in the published guide; Markdown reads a
    backtick after a backslash as a backtick, and the dialog went live."""
    from sotay.safety import _editors_guide

    guide = tmp_path / "CONTRIBUTING.md"
    guide.write_text("Ghi chú: \\`<dialog open>x</dialog>\\` và `<iframe>` trong mã.\n", encoding="utf-8")
    assert [(d.code, d.col) for d in _editors_guide(guide, tmp_path)] == [("H101", 12)]



def test_ticks_inside_a_raw_html_block_open_no_code_in_the_editors_guide(tmp_path):
    """Markdown takes a raw HTML block out before it reads code spans: a "`<script>`" inside a
    <div> runs, as the real Markdown shows; one in a comment or after the block is code."""
    import markdown

    from sotay.safety import _editors_guide

    text = "<div>\n`<script>alert(1)</script>`\n</div>\n\n<!--\n<div>\n-->\n\nVí dụ: `<iframe>` là mã.\n"
    assert "<script>alert(1)" in markdown.markdown(text, extensions=["md_in_html"])
    guide = tmp_path / "CONTRIBUTING.md"
    guide.write_text(text, encoding="utf-8")
    assert [(d.code, d.line, d.col) for d in _editors_guide(guide, tmp_path)] == [("H101", 2, 2)]


def test_a_class_the_editors_guide_sets_is_told_where_it_is_set(tmp_path):
    """Told at its first mention, a class named in a sentence before the list that sets it was told
    at the sentence."""
    from sotay.safety import _editors_guide

    guide = tmp_path / "CONTRIBUTING.md"
    guide.write_text("# Hướng dẫn\n\nSổ tay không vẽ sơ đồ mermaid hay `md-dialog`.\n\nMột đoạn.\n{: .mermaid }\n\n"
                     '!!! md-dialog "Hết hạn"\n    Gọi số này.\n', encoding="utf-8")
    found = [(d.code, d.line, d.col) for d in _editors_guide(guide, tmp_path, ROOT / "mkdocs.yml")]
    assert found == [("H104", 6, 5), ("H104", 8, 5)], found

# Start tags where a reading with Unicode spaces, or with html.parser's, differs from a browser's.
TRICKY_TAGS = ['<span title=\u3000"x id=__config ">t</span>', '<span title="a\u3000b" id=x>t</span>',
               '<span title=a\u00a0id=e>t</span>', '<span/title=a/id=b>t</span>', "<span title = 'q' id=c>t</span>",
               '<span ="x" id=d>t</span>', '<span a b=c d>t</span>', '<span title=">" id=f>t</span>',
               '<span "x>" id=g>t</span>', '<span title=&quot;x id=h>t</span>', '<span\u2003title="y" id=i>t</span>']


@pytest.mark.browser
def test_attributes_are_read_as_chromium_reads_them(page):
    """Every check of attributes (the content's, the build's last one, the release scan) reads
    them as Chromium does: a Unicode space is no space inside a tag."""
    from sotay.rendered import attributes

    for tag in TRICKY_TAGS:
        page.set_content(f"<!doctype html><body>{tag}</body>")
        seen = page.evaluate("() => Array.from(document.body.firstElementChild.attributes).map(a => [a.name, a.value])")
        assert [[name, value] for _, name, value in attributes(tag)] == seen, tag
    assert ["id", "__config"] in [[n, v] for _, n, v in attributes(TRICKY_TAGS[0])]


@pytest.mark.browser
def test_a_tag_inside_another_tags_attributes_is_read_on_its_own(page):
    """Reading stops at a "<" before a letter, which is read as a tag of its own (a page of
    "<b <b <b" was read once for every tag before it): every attribute Chromium gives the
    first tag is still read, as the second's."""
    from sotay.rendered import attributes

    for tag in ['<span <b id=__config>t</span>', '<span title=x<b class=sotay-copy>t</span>', "<span a=1 <i x='y' id=z>t</span>"]:
        page.set_content(f"<!doctype html><body>{tag}</body>")
        seen = page.evaluate("() => Array.from(document.body.firstElementChild.attributes).map(a => [a.name, a.value])")
        read = [[name, value] for _, name, value in attributes(tag)]
        # Every name is read, and an id's or a class's value as the browser has it (a title may
        # end at the "<" here).
        assert all(any(n == name and (v == value or n not in ("id", "class")) for name, value in read)
                   for n, v in seen if not n.startswith("<")), (tag, seen, read)


def test_the_builds_link_check_decodes_a_value_once(site_markdown):
    """An attribute's value comes decoded from the page: decoded again, "&amp;sol;@" read as a
    path on the cited host, where a browser goes to the host after the "@"."""
    from sotay.selfcontained import page_url_problems

    assert [code for _, code, _ in page_url_problems('<a href="http://good.com&amp;sol;@evil.com/">x</a>', {"good.com"})] == ["L103"]
    assert page_url_problems('<a href="http://good.com/a?b=1&amp;c=2">x</a>', {"good.com"}) == []


def test_a_tag_in_a_code_span_reaches_the_copied_html_as_text(tmp_path):
    """An outline's point with tags in code spans (`<img src=…>`) is the words it shows: the copied
    HTML carried a live <img> that a word processor would fetch (from a network share, too),
    because Markdown's writer gave the bar's attribute back one escape short."""
    project = copy_content(tmp_path)
    outline = project / "content/chuyen-de/thu-vien-chung/bien-ban-dien-tu.md"
    text = outline.read_text()
    at = text.index("\n- ", text.index("## Yêu cầu"))
    point = '- Thư ký <`img src="file://10.6.6.6/s/a.png"`> và <`a href="https://evil.example/"`>bấm<`/a`> 100% &amp; xong.'
    outline.write_text(text[:at] + "\n" + point + text[at:])
    site = tmp_path / "site"
    proc = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(site))
    assert proc.returncode == 0, proc.stderr

    class Bar(HTMLParser):
        data = {}

        def handle_starttag(self, tag, attrs):
            if tag == "div" and "sotay-actions" in (dict(attrs).get("class") or ""):
                # As sotay.js reads them: the attribute as the browser gives it, then unpacked.
                Bar.data = {k: unpacked(v or "") for k, v in attrs}

    Bar().feed((site / "chuyen-de/thu-vien-chung/bien-ban-dien-tu/index.html").read_text())
    html, copied = Bar.data["data-sotay-html"], Bar.data["data-sotay-copy"]
    assert "&lt;img src=&quot;file://10.6.6.6/s/a.png&quot;&gt;" in html and "<img" not in html and "<a " not in html, html
    assert '- Thư ký <img src="file://10.6.6.6/s/a.png"> và <a href="https://evil.example/">bấm</a> 100% & xong.' in copied


def test_the_rendered_page_check_refuses_markup_that_runs_loads_or_asks(site_markdown):
    """Whatever the content check lets through, the build's look at each rendered page finds an
    <iframe>, a <form> asking for a password, a <script>: a tick pairing once hid them from the check."""
    from sotay.selfcontained import page_problems

    rendered = site_markdown('Ví dụ: `<iframe src="../"></iframe><form><input type="password"></form><script>alert(1)</script>`` nhé.')
    found = [(value, code) for value, code, _ in page_problems(rendered, set())]
    assert {("<iframe", "H101"), ("<form", "H101"), ("<input", "H101"), ("<script", "H101")} <= set(found), found
    assert page_problems(site_markdown("Ví dụ: `<iframe>` là một thẻ."), set()) == []


def test_the_rendered_page_check_refuses_the_sites_classes_and_a_second_id(site_markdown):
    """A class the site's script and styles act on, but for its own markup's, and an id a page
    holds twice fail the build whatever the check let through: a note posed as a fixed notice in
    the site's style, an editor's id="nguon" took the link to the page's sources."""
    from sotay.selfcontained import page_problems

    rendered = site_markdown('!!! md-dialog md-dialog--active "Hết hạn"\n    Gọi số này.\n\n## Nguồn\n\n<abbr id="nguon">y</abbr>')
    found = {(value, code) for value, code, _ in page_problems(rendered, set())}
    assert found == {("md-dialog", "H104"), ("md-dialog--active", "H104"), ("nguon", "H104")}, found
    own = '<div class="sotay-actions"><a class="md-button sotay-copy">Sao chép</a></div><p class="sotay-cards">x</p>'
    assert page_problems(site_markdown("## Nguồn\n\n## Nguồn") + own, set()) == []
