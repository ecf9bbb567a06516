"""scripts/zensical_preview.py, the Zensical adapter, without Zensical: the config it writes and its
one fix to Zensical's output. (Building with Zensical is a manual step: README, "Moving to Zensical".)"""

import importlib.util
import tomllib

from sotay.text import toc_slugify

from conftest import ROOT

spec = importlib.util.spec_from_file_location("zensical_preview", ROOT / "scripts" / "zensical_preview.py")
zp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(zp)


def test_the_config_is_mkdocs_yml_in_zensicals_toml_with_the_cores_nav_and_counts(tmp_path):
    manifest = {"nav": [{"Trang chủ": "index.md"}, {"Hướng dẫn": [{"Hướng dẫn": "huong-dan/index.md"}]}],
                "counts": {"huong_dan": 13}, "forms": [{"ten": "Mẫu biên bản", "url": "huong-dan/ghi-bien-ban.md#mau-bien-ban"}]}
    mkdocs = zp.read_mkdocs_yml(ROOT / "mkdocs.yml")
    config = tomllib.loads(zp.zensical_toml(mkdocs, manifest, tmp_path))["project"]
    assert config["nav"] == manifest["nav"]
    assert config["extra"]["so_lieu"] == {"huong_dan": 13}
    # The home page lists the forms from config.extra.mau: Zensical stopped at an undefined "mau".
    assert config["extra"]["mau"] == manifest["forms"]
    assert (config["site_name"], config["theme"]["language"], config["theme"]["font"]) == ("Sổ tay sinh hoạt chi bộ", "vi", False)
    assert config["extra_javascript"] == mkdocs["extra_javascript"]
    assert config["extra"]["content_security_policy"] == mkdocs["extra"]["content_security_policy"]
    assert "hooks" not in config
    # Zensical calls {object, kwds} to get the slugify function: it must be the site's own.
    slugify = config["markdown_extensions"]["toc"]["slugify"]
    assert getattr(zp, slugify["object"].rsplit(".", 1)[1])(**slugify["kwds"]) is toc_slugify
    # The macros plugin's named, empty module beside the config, never a main.py.
    assert config["plugins"]["macros"]["module_name"] == "hooks/macros_module"
    assert [p.name for p in (tmp_path / "hooks").iterdir()] == ["macros_module.py"]


def test_links_to_markdown_downloads_point_at_the_files_again(tmp_path):
    page = tmp_path / "chuong-trinh" / "hop-chi-uy" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text('<a href="../../tai-ve/chuong-trinh/hop-chi-uy/">md</a> <a href="../../tai-ve/chuong-trinh/x.docx">docx</a>'
                    ' <a href="../../huong-dan/ghi-bien-ban/">page</a> <a href="../../tai-ve/chuong-trinh/hop-chi-uy.html">offline</a>',
                    encoding="utf-8")
    assert zp.markdown_links(tmp_path, ["tai-ve/chuong-trinh/hop-chi-uy.md", "tai-ve/chuong-trinh/x.docx"]) == 2
    assert page.read_text(encoding="utf-8") == ('<a href="../../tai-ve/chuong-trinh/hop-chi-uy.md">md</a> '
                                                '<a href="../../tai-ve/chuong-trinh/x.docx">docx</a> <a href="../../huong-dan/ghi-bien-ban/">page</a> '
                                                '<a href="../../tai-ve/chuong-trinh/hop-chi-uy.md">offline</a>')


def test_a_summary_reaches_zensical_escaped_for_its_attribute(tmp_path):
    src, dst = tmp_path / "a.md", tmp_path / "b.md"
    src.write_text('---\ntitle: "Tiêu đề"\ndescription: "từ \\"có\\" http-equiv=\\"refresh\\""\n---\n\ndescription: "thân bài"\n', encoding="utf-8")
    zp.escaped_description(str(src), str(dst))
    assert dst.read_text(encoding="utf-8") == ('---\ntitle: "Tiêu đề"\ndescription: "từ &quot;có&quot; http-equiv=&quot;refresh&quot;"\n---\n\n'
                                               'description: "thân bài"\n')


def _page(site, rel, article, nav='<nav class="md-nav"><a href="../van-ban/12-hd-btctw-2018/">12-HD/BTCTW</a></nav>'):
    page = site / rel
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(f'<html><body>{nav}<article class="md-content__inner md-typeset">\n  <a id="__skip" tabindex="-1"></a>\n'
                    f'{article}</article></body></html>', encoding="utf-8")
    return page


FORM = '<div class="sotay-form"><pre><code>Chi bộ: [..]\n- Chủ trì: [họ tên]</code></pre></div>'


def test_each_article_is_finished_as_the_hook_finishes_a_pages_content_and_nothing_around_it(tmp_path):
    from sotay.render.nowrap import nowrap_codes

    article = f"<p>Theo Hướng dẫn 12-HD/BTCTW.</p>{FORM}"
    page = _page(tmp_path, "huong-dan/ghi-bien-ban/index.html", article)
    before = page.read_text(encoding="utf-8")
    assert zp.finish_articles(tmp_path, set()) == []
    after = page.read_text(encoding="utf-8")
    finished = nowrap_codes(article)
    assert finished != article and "sotay-code" in finished
    assert after == before.replace(article, finished)
    # The nav around the article is the theme's: its code stays as it was.
    assert '<a href="../van-ban/12-hd-btctw-2018/">12-HD/BTCTW</a></nav>' in after


def test_a_page_whose_article_the_last_check_refuses_fails_the_preview_and_no_page_is_changed(tmp_path):
    good = _page(tmp_path, "a/index.html", f"<p>12-HD/BTCTW</p>{FORM}")
    bad = _page(tmp_path, "b/index.html", '<p><a href="https://example.org/x">xem</a> <span onclick="x()">y</span></p>')
    # The 404 page is the theme's template alone, as under MkDocs: not checked, not changed.
    not_found = _page(tmp_path, "404.html", '<label for="__search">Tìm</label>')
    pages = {p: p.read_text(encoding="utf-8") for p in (good, bad, not_found)}
    problems = zp.finish_articles(tmp_path, {"baonghean.vn"})
    assert [line.split(" ")[:2] for line in problems] == [["b/index.html:", "L103"], ["b/index.html:", "H104"]]
    assert {p: p.read_text(encoding="utf-8") for p in pages} == pages
    # A page whose article is not where Material's template puts it is told, not passed over.
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "index.html").write_text("<html><body><main>12-HD/BTCTW</main></body></html>", encoding="utf-8")
    assert any(line.startswith("c/index.html: ") for line in zp.finish_articles(tmp_path, {"baonghean.vn"}))
    (tmp_path / "c" / "index.html").unlink()
    # A cited source's host is a link a page may hold.
    bad.write_text(pages[bad].replace("example.org", "baonghean.vn").replace(' onclick="x()"', ""), encoding="utf-8")
    assert zp.finish_articles(tmp_path, {"baonghean.vn"}) == []


def test_zensical_gets_the_overrides_but_tags_under_an_article_an_inline_palette_script_and_materials_faster_nav(tmp_path):
    mine = zp.theme_overrides(ROOT / "overrides", tmp_path)
    assert (mine / "partials" / "tags.html").read_text(encoding="utf-8") == ""
    assert (mine / "partials" / "javascripts" / "palette.html").read_text(encoding="utf-8") == ""
    assert not (mine / "partials" / "nav-item.html").exists()
    assert sorted(p.relative_to(ROOT / "overrides") for p in (ROOT / "overrides").rglob("*") if p.name != "nav-item.html") == sorted(
        p.relative_to(mine) for p in mine.rglob("*") if p.name not in ("tags.html", "palette.html"))
