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
