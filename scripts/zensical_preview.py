"""Build the handbook with Zensical instead of MkDocs: the renderer spike, kept as a preview.

    .venv/bin/python scripts/zensical_preview.py --zensical /tmp/zenvenv/bin/zensical [--site-dir DIR]

Zensical is not a dependency of the project: install it in a virtualenv of its own
(`python3.11 -m venv /tmp/zenvenv && /tmp/zenvenv/bin/pip install zensical`) and name its command.
The adapter is the whole of what would replace hooks/content.py:

1. `python -m sotay pages` writes the core's pages, nav and downloads to plain files;
2. the site shell (docs/) and those pages make one docs folder;
3. zensical.toml is mkdocs.yml's settings in Zensical's own format, with the nav and the home
   page's counts from the core (what the hook puts in config.nav and config.extra);
4. `zensical build`, then the downloads are copied in (Zensical would render a .md download as a page).

5. each page's article goes through what the MkDocs hook does with a page's content: codes kept on
   one line, then the last check of its HTML (a problem fails the preview, leaving no site).

The search (one document per page, our folding and ranking) has no counterpart here: see "Moving to
Zensical" in README.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Zensical runs in its own virtualenv and imports this module by name (see python_name), so the
# top level imports nothing outside the standard library.
NOT_IN_TOML = {"hooks", "watch", "theme", "extra", "markdown_extensions", "plugins", "nav"}


def python_name(name: str):
    """`!!python/name:X` in mkdocs.yml. zensical.toml names a factory instead ({object, kwds}),
    which Zensical calls: this one returns X (e.g. the toc's slugify, sotay.text.toc_slugify)."""
    module, attr = name.rsplit(".", 1)
    return getattr(importlib.import_module(module), attr)


class _Named(str):
    """A `!!python/name:` value read from mkdocs.yml."""


def read_mkdocs_yml(path: Path) -> dict:
    """mkdocs.yml as MkDocs reads it, a `!!python/name:` kept as its name."""
    from sotay.site_config import read

    return read(path, named=_Named)


def _value(v) -> str:
    """One TOML value (inline: Zensical's tables of settings are small)."""
    if isinstance(v, _Named):
        return _value({"object": "zensical_preview.python_name", "kwds": {"name": str(v)}})
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(f"no TOML for {v!r}")


def _table(name: str, values: dict) -> list[str]:
    return [f"[{name}]"] + [f"{json.dumps(str(k), ensure_ascii=False)} = {_value(v)}" for k, v in values.items() if v is not None] + [""]


def _named_list(items) -> dict:
    from sotay.site_config import named_list

    return named_list(items)


def zensical_toml(mkdocs: dict, manifest: dict, project: Path) -> str:
    """mkdocs.yml's settings for Zensical, with the nav and counts the hook would have set."""
    top = {k: v for k, v in mkdocs.items() if k not in NOT_IN_TOML}
    # Zensical takes every link to a .md for a page: the Markdown downloads, which are not pages,
    # would fail the strict build. `python -m sotay check` has checked every link already.
    top.update(docs_dir="docs", site_dir="site", nav=manifest["nav"], validation={"invalid_links": False, "invalid_link_anchors": True})
    theme = dict(mkdocs["theme"], custom_dir=str(theme_overrides(ROOT / mkdocs["theme"]["custom_dir"], project)),
                 variant="classic")  # Material's look; Zensical's default is its own "modern"
    from sotay.render.shell import shell_extra

    offline = bool(_named_list(mkdocs.get("plugins")).get("offline", {}).get("enabled"))
    extra = dict(mkdocs.get("extra") or {}, **shell_extra(manifest["counts"], manifest["forms"], offline))
    lines = _table("project", top) + _table("project.theme", theme) + _table("project.extra", extra)
    for name, settings in _named_list(mkdocs.get("markdown_extensions")).items():
        lines += _table(f"project.markdown_extensions.{json.dumps(name)}", settings)
    for name, settings in _named_list(mkdocs.get("plugins")).items():
        if name == "macros":  # the named, empty module, copied beside the config (Zensical looks there)
            shutil.copytree(ROOT / "hooks", project / "hooks", ignore=lambda d, names: [n for n in names if n != "macros_module.py"])
        lines += _table(f"project.plugins.{json.dumps(name)}", settings)
    return "\n".join(lines)


def theme_overrides(overrides: Path, project: Path) -> Path:
    """The site's theme overrides as Zensical needs them. It shows a page's tags under its article,
    where Material (no tags plugin) shows none (the tags are the search's keywords): an empty
    tags.html. Our nav-item.html is Material's, made faster, and finds the page shown by comparing
    `item == page`, which Zensical's nav items never are (the phone menu lost the page's contents,
    its link read "././"): left out, Zensical's own partial writes the same nav, only slower.
    Zensical makes the one palette a list, so it writes the script that restores a palette the
    reader chose, inline, which the site's Content-Security-Policy refuses on every page; with one
    palette there is nothing to choose or restore: an empty javascripts/palette.html."""
    mine = project / "overrides"
    shutil.copytree(overrides, mine, ignore=lambda folder, names: ["nav-item.html"] if Path(folder).name == "partials" else [])
    for empty in ("partials/tags.html", "partials/javascripts/palette.html"):
        (mine / empty).parent.mkdir(parents=True, exist_ok=True)
        (mine / empty).write_text("", encoding="utf-8")
    return mine


def escaped_description(src: str, dst: str) -> None:
    """Copy a page with its summary escaped for an attribute, as hooks/content.py does for MkDocs:
    Zensical, like Material, writes it into <meta name="description" content="..."> unescaped,
    and a quote in a summary would end the attribute."""
    from sotay.render.shell import meta_description

    text = Path(src).read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    lines = [f"description: {json.dumps(meta_description(json.loads(line[13:])), ensure_ascii=False)}"
             if line.startswith("description: ") else line for line in head.split("\n")]
    Path(dst).write_text("\n".join(lines) + sep + body, encoding="utf-8")


def markdown_links(site: Path, downloads: list[str]) -> int:
    """Zensical writes a link to `tai-ve/x.md` as `tai-ve/x/` (`x.html` offline), a page that does not exist: point
    the links to the Markdown downloads back at the files. Returns how many it changed."""
    stems = {src.removesuffix(".md") for src in downloads if src.endswith(".md")}
    link = re.compile(r'href="((?:\.\./)*)(tai-ve/[^"]+?)(?:/|\.html)"')
    changed = 0
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        new, n = link.subn(lambda m: f'href="{m[1]}{m[2]}.md"' if m[2] in stems else m[0], text)
        if new != text:
            page.write_text(new, encoding="utf-8")
            changed += n
    return changed


# Material's article, which Zensical's templates keep: the page's content, without the nav and
# header, after the skip link's target, which Zensical puts in it.
_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">\s*(?:<a id="__skip" tabindex="-1"></a>)?')


def finish_articles(site: Path, link_hosts: set[str]) -> list[str]:
    """Each page's article as hooks/content.py finishes a page's content (codes kept on one line),
    then checked; returns the problems of the pages' HTML, as `page: CODE message`, and changes no
    page if any."""
    from sotay.render.nowrap import nowrap_codes
    from sotay.selfcontained import page_problems

    problems, finished = [], {}
    # 404.html is the theme's template alone (overrides/404.html), as under MkDocs: no content.
    for page in sorted(p for p in site.rglob("*.html") if p.relative_to(site).as_posix() != "404.html"):
        text = page.read_text(encoding="utf-8")
        opens, end = _ARTICLE.search(text), text.rfind("</article>")
        if not opens or end < opens.end():
            # A page whose article is not found is neither finished nor checked: said, not passed
            # over (a template of a later Zensical may write the article otherwise).
            problems.append(f"{page.relative_to(site)}: không tìm thấy phần <article> của trang, nên trang chưa được kiểm tra.")
            continue
        start = opens.end()
        article = nowrap_codes(text[start:end])  # then checked, as served
        problems += [f"{page.relative_to(site)}: {code} {message} ({url})" for url, code, message in page_problems(article, link_hosts)]
        finished[page] = text[:start] + article + text[end:]
    if not problems:
        for page, text in finished.items():
            page.write_text(text, encoding="utf-8")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Dựng sổ tay bằng Zensical (bản xem thử; không thay cho `make build`).")
    parser.add_argument("--zensical", default=os.environ.get("ZENSICAL", "zensical"),
                        help="lệnh zensical, trong môi trường ảo riêng của nó (mặc định: $ZENSICAL hoặc zensical)")
    parser.add_argument("--site-dir", type=Path, default=None, help="thư mục đích (mặc định: một thư mục tạm)")
    args = parser.parse_args(argv)
    if args.site_dir and args.site_dir.exists():
        print(f"{args.site_dir} đã có: hãy chọn một thư mục chưa có.", file=sys.stderr)
        return 2
    if shutil.which(args.zensical) is None:
        print(f"Không tìm thấy lệnh {args.zensical!r}: cài zensical vào một môi trường ảo riêng rồi chỉ ra bằng --zensical.",
              file=sys.stderr)
        return 2

    project = Path(tempfile.mkdtemp(prefix="sotay-zensical-"))
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "sotay", "pages", str(project / "rendered")], cwd=ROOT)
    if proc.returncode != 0:
        return proc.returncode
    manifest = json.loads((project / "rendered" / "site.json").read_text(encoding="utf-8"))
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(project / "rendered" / "pages", project / "docs", dirs_exist_ok=True, copy_function=escaped_description)
    config = project / "zensical.toml"
    config.write_text(zensical_toml(read_mkdocs_yml(ROOT / "mkdocs.yml"), manifest, project), encoding="utf-8")
    rendered = time.perf_counter()

    # The config names sotay.text.toc_slugify through python_name: both modules on Zensical's path.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "scripts")])}
    proc = subprocess.run([args.zensical, "build", "--clean", "--config-file", str(config)], cwd=project, env=env)
    if proc.returncode != 0:
        print(f"Zensical không dựng được; cấu hình và trang ở {project}.", file=sys.stderr)
        return proc.returncode
    shutil.copytree(project / "rendered" / "files", project / "site", dirs_exist_ok=True)
    markdown_links(project / "site", manifest["files"])
    problems = finish_articles(project / "site", set(manifest["link_hosts"]))
    if problems:
        print("\n".join(problems) + f"\nTrang có nội dung không được phép: không ghi trang web; bản dựng dở ở {project}.", file=sys.stderr)
        return 1
    built = time.perf_counter()
    site = project / "site"
    if args.site_dir:
        shutil.move(project / "site", args.site_dir)
        site = args.site_dir
    print(f"Trang và cấu hình: {rendered - started:.1f} s; Zensical và tệp tải về: {built - rendered:.1f} s. "
          f"Trang web ở {site}; cấu hình ở {config}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
