"""The release scan finds every URL that would leave the site, however it is spelled."""

import pytest

from sotay.selfcontained import drop_source_map_comments, not_shipped, page_url_problems, scan
from sotay.urls import external_host


@pytest.mark.parametrize("url, host", [
    ("https://a.example/x", "a.example"), ("HTTPS://a.example/x", "a.example"), ("Http://a.example", "a.example"),
    ("//a.example/x", "a.example"), ("/\\a.example/x", "a.example"), ("http:\\\\a.example", "a.example"),
    ("https:a.example", "a.example"), ("https://u:p@A.Example:8080/x", "a.example"),
    # A name with Vietnamese letters, as a source writes it and as the page percent-encodes it: one host.
    ("https://ví-dụ.vn/bai", "ví-dụ.vn"), ("https://v%C3%AD-d%E1%BB%A5.vn/bai", "ví-dụ.vn"), ("https://xn--v-d-rma6749a.vn/", "ví-dụ.vn"),
    ("/huong-dan/x/", None), ("../van-ban/", None), ("#muc", None), ("mailto:a@b.vn", None), ("javascript:void(0)", None),
])
def test_external_host(url, host):
    assert external_host(url) == host


def test_scan_reports_urls_in_every_spelling_and_attribute(tmp_path):
    (tmp_path / "index.html").write_text(
        '<img alt="" src="HTTPS://evil.example/a.png"> <img alt="" src="/\\evil.example/b.png">'
        '<a href="https://nguon.example/bai" ping="https://evil.example/p">bài</a>'
        '<span style="background:url(HTTPS://evil.example/c.png)">x</span>'
        '<a href="https://nguon.example/khac">nguồn</a> <a href="/so-tay/huong-dan/">trong</a>'
        '<a href="javascript:void(0)">tìm</a>', encoding="utf-8")
    (tmp_path / "a.css").write_text("body { background: url('//evil.example/d.png') }", encoding="utf-8")
    found = {(v.where, v.url) for v in scan(tmp_path, {"so-tay.intranet"}, {"nguon.example"})}
    assert found == {
        ("<img src>", "HTTPS://evil.example/a.png"), ("<img src>", "/\\evil.example/b.png"),
        ("<a ping>", "https://evil.example/p"), ("<span style>", "HTTPS://evil.example/c.png"),
        ("css url()", "//evil.example/d.png"),
    }


@pytest.mark.parametrize("text", ['fetch("http://10.0.0.5/api")', 'fetch("http://fileserver/x")',
                                  'fetch("http://localhost:8080/")', "u = 'https://[fd00::1]/x'"])
def test_the_release_scan_finds_intranet_hosts_in_scripts(tmp_path, text):
    # On an intranet the other hosts are addresses and single names, not dotted domains.
    (tmp_path / "a.js").write_text(text)
    (tmp_path / "b.mjs").write_text(text)
    assert {v.path for v in scan(tmp_path, {"so-tay.intranet"}, set())} == {"a.js", "b.mjs"}


def test_the_release_scan_reads_inline_scripts_and_quoted_css(tmp_path):
    (tmp_path / "index.html").write_text('<script>fetch("http://10.0.0.5/api")</script>'
                                         '<script type="application/ld+json">{"url": "http://fileserver/"}</script>'
                                         "<style>/* url(https://comment.example/) */ body { background: url(//css.example/s.png) }</style>"
                                         # Text a page shows is no request: an address written in prose.
                                         "<p>Xem 'https://prose.example/' và url(https://prose.example/x)</p>")
    (tmp_path / "a.css").write_text('.x { background: image-set("https://cdn.example.org/a.png" 1x); }'
                                    ".y { background: url(\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>\"); }")
    found = {(v.path, v.url) for v in scan(tmp_path, {"so-tay.intranet"}, set())}
    assert found == {("index.html", "http://10.0.0.5/api"), ("index.html", "http://fileserver/"), ("index.html", "//css.example/s.png"),
                     ("a.css", "https://cdn.example.org/a.png")}


def test_files_no_browser_reads_for_addresses_are_not_scanned(tmp_path):
    """A font carries its licence's URL and an image its metadata's; the browser requests neither,
    and the search index holds page text, not requests."""
    (tmp_path / "assets" / "fonts").mkdir(parents=True)
    (tmp_path / "assets" / "fonts" / "a.woff2").write_bytes(b"\x00wOF2 http://scripts.sil.org/OFL \xff")
    (tmp_path / "a.png").write_bytes(b"\x89PNG http://ns.adobe.com/xap/1.0/")
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text('{"docs": [{"text": "https://nguon.example/bai"}]}')
    (tmp_path / "search" / "search_index.js").write_text('var __index = {"docs": [{"text": "https://nguon.example/bai"}]}')  # offline copy
    (tmp_path / "sitemap.xml").write_text("<loc>https://other.example/so-tay/</loc>")
    assert [(v.path, v.url) for v in scan(tmp_path, {"so-tay.intranet"}, set())] == [("sitemap.xml", "https://other.example/so-tay/")]


def test_the_hosts_excepted_in_materials_bundle_are_refused_in_any_other_script(tmp_path):
    # The exceptions name the file they stand in: the same URLs in the site's own script leave the host.
    urls = ['"https://unpkg.com/evil@1/x.js"', '"https://api.github.com/repos/x"', "`https://${location.hostname}.evil/`",
            '"http://www.w3.org/2000/svg"']
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    for name in ("bundle.f13b1293.min.js", "sotay.js"):
        (scripts / name).write_text("\n".join(f"x = {u};" for u in urls))
    found = {(v.path, v.url) for v in scan(tmp_path, {"so-tay.intranet"}, set())}
    assert found == {("assets/javascripts/sotay.js", u.strip('"`')) for u in urls[:3]}


@pytest.mark.parametrize("src, left_out", [
    ("assets/javascripts/bundle.f13b1293.min.js.map", True), ("assets/javascripts/lunr/min/lunr.de.min.js", True),
    ("assets/javascripts/lunr/tinyseg.js", True), ("assets/javascripts/lunr/wordcut.js", True),
    ("assets/javascripts/lunr/min/lunr.vi.min.js", False), ("assets/javascripts/lunr/min/lunr.stemmer.support.min.js", False),
    ("assets/javascripts/lunr/min/lunr.multi.min.js", False), ("assets/javascripts/bundle.f13b1293.min.js", False),
    ("assets/stylesheets/main.css", False),
])
def test_theme_files_the_site_never_loads_are_left_out(src, left_out):
    # Other languages' stemmers and segmenters, source maps: the search needs Vietnamese and the multi-language glue.
    assert not_shipped(src) is left_out
    assert not_shipped(src, offline=True) is left_out


@pytest.mark.parametrize("src", ["assets/javascripts/vendor/iframe-worker-shim.js", "assets/javascripts/vendor/iframe-worker-init.js",
                                 "assets/javascripts/vendor/LICENSE-iframe-worker.txt"])
def test_the_offline_search_shim_ships_only_in_the_offline_copy(src):
    assert not_shipped(src) and not not_shipped(src, offline=True)


def test_source_map_comments_are_dropped_and_nothing_else(tmp_path):
    scripts = tmp_path / "assets" / "javascripts"
    scripts.mkdir(parents=True)
    (scripts / "bundle.min.js").write_bytes(b"a();\n//# sourceMappingURL=bundle.min.js.map")
    (scripts / "main.css").write_bytes(b"a{}\n/*# sourceMappingURL=main.css.map*/\n")
    kept = b"x = '//# sourceMappingURL=in a string';\ny();\n"
    (scripts / "sotay.js").write_bytes(kept)
    assert drop_source_map_comments(tmp_path) == 2
    assert (scripts / "bundle.min.js").read_bytes() == b"a();\n"
    assert (scripts / "main.css").read_bytes() == b"a{}\n"
    assert (scripts / "sotay.js").read_bytes() == kept


def test_a_page_may_link_to_a_source_but_load_nothing_from_it():
    """A source's host is a link a reader may follow; an image from it is a request every reader's
    browser makes, which the intranet cannot answer."""
    page = ('<img alt="" src="https://baonghean.vn/a.png"><a href="https://baonghean.vn/bai">bài</a>'
            '<a href="https://evil.example/">x</a><a href="smb://baonghean.vn/s">y</a>')
    assert [(url, code) for url, code, _ in page_url_problems(page, {"baonghean.vn"})] == [
        ("https://baonghean.vn/a.png", "L103"), ("https://evil.example/", "L103"), ("smb://baonghean.vn/s", "H103")]


def test_the_release_scan_reads_attributes_as_a_browser_does(tmp_path):
    """html.parser takes an ideographic space for a space (a quoted title, to it) and its values
    come decoded: decoded again, "&amp;sol;@" was a path on the cited host. A browser goes to
    the hosts after the space and after the "@"."""
    (tmp_path / "a.html").write_text('<a title=\u3000"x href=http://evil.example/ ">x</a>'
                                     '<a href="http://good.example&amp;sol;@evil2.example/">y</a>', encoding="utf-8")
    found = {v.url for v in scan(tmp_path, {"site.local"}, {"good.example"})}
    assert found == {"http://evil.example/", "http://good.example&sol;@evil2.example/"}, found
