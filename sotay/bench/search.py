"""Search benchmark: what a reader downloads before the first result, and the time
from the last keystroke to results shown, for our search and Material's default,
on the same 1,000-outline synthetic site, in one run."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import shutil
import statistics
import subprocess
import tempfile
import threading
from pathlib import Path

from ..build import mkdocs_env
from .synthetic import make_project
from .timing import fmt_table, mkdocs_build

QUERIES = ["sinh hoat chuyen de", "phê bình", "dang vien", "12-HD/BTCTW", "chuong trinh thuong ky",
           "khoá", "bien ban", "đảng ủy", "ct/tw", "van hoa doc"]
SEARCH_BOX = "input[data-md-component=search-query]"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]

_OBSERVE = """() => {
  window.__sotay = {changed: 0, shown: []};
  const input = document.querySelector('""" + SEARCH_BOX + """');
  // From the text's last change: the search starts on it (sotay.js). Not from keydown: a character
  // typed as inserted text (Playwright types "á" so) fires `input` with no keydown. Captured at the
  // window, so this runs before any listener of the page's own.
  window.addEventListener('input', event => {
    if (event.target === input) { window.__sotay.changed = performance.now(); window.__sotay.shown = []; }
  }, true);
  new MutationObserver(() => window.__sotay.shown.push(performance.now()))
    .observe(document.querySelector('.md-search-result'), {childList: true, subtree: true, characterData: true});
}"""


def _default_variant(project: Path) -> Path:
    """The same project with Material's own Vietnamese search: its lunr.vi, its separator, its index."""
    dest = project.with_name(project.name + "-default")
    shutil.copytree(project, dest, symlinks=True)
    shutil.rmtree(dest / "docs/assets/javascripts/lunr")
    hooks = dest / "hooks/content.py"  # and Material's own index: one document per section
    merge = '    merge_index_file(Path(config.site_dir) / "search" / "search_index.json", _search_titles, _sections_first)\n'
    if merge not in hooks.read_text():
        raise RuntimeError("hooks/content.py no longer merges the index where the benchmark expects it: update _default_variant")
    hooks.write_text(hooks.read_text().replace(merge, "    pass\n"))
    config = dest / "mkdocs.yml"
    config.write_text("\n".join(line for line in config.read_text().splitlines()
                                if "separator:" not in line and "Codes split into" not in line) + "\n")
    return dest


def _build(project: Path, site: Path) -> None:
    subprocess.run(mkdocs_build(project, site), cwd=project, check=True, capture_output=True, env=mkdocs_env())


def _download_size(site: Path) -> tuple[int, int]:
    files = [site / "search/search_index.json", *site.glob("assets/javascripts/workers/search.*.min.js"),
             site / "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
             site / "assets/javascripts/lunr/min/lunr.vi.min.js"]
    raw = sum(f.stat().st_size for f in files)
    zipped = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    return raw, zipped


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def _served(site: Path):
    """The site's address on a local server, for as long as the block runs."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _wait_ready(page) -> None:
    page.focus(SEARCH_BOX)
    page.wait_for_function("() => !document.querySelector('.md-search-result__meta').textContent.includes('Đang chuẩn bị')",
                           timeout=120_000, polling=10)


def _ready(browser, url: str, loads: int = 5) -> list[float]:
    """Milliseconds from a page's start to its search ready (the worker builds its index at
    every page load), over several loads."""
    page = browser.new_page()
    samples = []
    try:
        for _ in range(loads):
            page.goto(url)
            _wait_ready(page)
            samples.append(page.evaluate("() => performance.now()"))
    finally:
        page.close()
    return samples


def latencies(browser, url: str, rounds: int = 3, queries: list[str] = QUERIES) -> list[float]:
    """Milliseconds from each query's last character entering the box to its results shown."""
    page = browser.new_page()
    samples = []
    try:
        page.goto(url)
        _wait_ready(page)
        page.evaluate(_OBSERVE)
        for _ in range(rounds):
            for query in queries:
                page.fill(SEARCH_BOX, query[:-1])
                page.press(SEARCH_BOX, "End")
                # The query without its last character is answered first: its results shown after
                # the last character went in would stop the clock early (Material's default can take
                # longer than the pause below to answer one).
                page.wait_for_function("() => window.__sotay.shown.length > 0", timeout=30_000)
                page.wait_for_timeout(300)
                page.keyboard.type(query[-1])
                page.wait_for_function("() => window.__sotay.shown.length > 0", timeout=30_000)
                page.wait_for_timeout(100)
                samples.append(page.evaluate("() => window.__sotay.shown[0] - window.__sotay.changed"))
    finally:
        page.close()
    return samples


def run(n: int = 1000) -> str:
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="sotay-bench-search-"))
    try:
        ours_project = make_project(tmp / "ours", n)
        default_project = _default_variant(ours_project)
        sites = {"ours": tmp / "site-ours", "Material default": tmp / "site-default"}
        _build(ours_project, sites["ours"])
        _build(default_project, sites["Material default"])
        rows = {}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for name, site in sites.items():
                raw, zipped = _download_size(site)
                with _served(site) as url:
                    samples = latencies(browser, url)
                    ready = _ready(browser, url)
                rows[name] = (raw, zipped, statistics.median(samples), max(samples), statistics.median(ready))
            browser.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    base = rows["Material default"]
    table = [[name, f"{raw / 1e6:.2f}", f"{z / 1e6:.2f}", f"{z / base[1]:.2f}", f"{med:.0f}", f"{med / base[2]:.2f}", f"{mx:.0f}",
              f"{ready:.0f}", f"{ready / base[4]:.2f}"]
             for name, (raw, z, med, mx, ready) in rows.items()]
    return "\n".join([
        f"Search on the {n}-outline synthetic site: data before the first result; last keystroke -> results shown;",
        "page start -> search ready (the worker's index built), median of 5 loads",
        fmt_table(["search", "MB raw", "MB gzip", "x default", "median ms", "x default", "max ms", "ready ms", "x default"], table),
        "goal: <= 1.5 MB gzipped, <= 150 ms median",
    ])
