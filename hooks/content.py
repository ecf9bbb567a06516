"""MkDocs hooks: hand the core's pages and nav to MkDocs. Thin by design.

Every decision (what pages exist, what they say, what is an error) lives in the
sotay package; this adapter only translates it into MkDocs' files and nav.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from sotay import check
from sotay.diagnostics import build_failure, diag, has_errors, merged, render
from sotay.export.cache import cache_dir, export_files
from sotay.markdown_limits import page_past_limits
from sotay.render.folder import nav_entries
from sotay.render.handbook_name import named_on_paper
from sotay.render.nowrap import nowrap_codes
from sotay.render.shell import link_or_copy, meta_description, shell_extra
from sotay.render.site import MADE_FROM, page_stream, plan_site
from sotay.search import SEARCH_TITLE, SECTIONS_FIRST, merge_index_file
from sotay.selfcontained import citation_hosts, drop_source_map_comments, not_shipped, page_problems, source_of

# The project being built: not sotay.paths.ROOT, which a benchmark's copy (its package a link into
# the repository) resolves to the repository's.
ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("mkdocs.plugins.sotay")
# mkdocs-macros traces its set-up at INFO (six lines a build: modules, functions, variables),
# which buried the build's own lines in every `make build` and twice in `make dist`; its
# warnings and errors still show.
logging.getLogger("mkdocs.plugins.mkdocs_macros").setLevel(logging.WARNING)
_site = None
_finish_check = None
_offline = False
_corpus = _registry = None
_cache = None  # the cache folder of this build (sotay/export/cache.py)
_pages = None  # page src -> Markdown, made by the check's worker while MkDocs renders


class _Streamed(File):
    """A page whose Markdown the core's worker makes while MkDocs works through the pages before
    it: reading its content waits for it (or makes it here, if the worker cannot)."""

    @property
    def _content(self):
        if self.__dict__.get("_markdown") is None:
            self.__dict__["_markdown"] = _pages.get(self.src_uri)
        return self.__dict__["_markdown"]

    @_content.setter
    def _content(self, value):
        self.__dict__["_markdown"] = value


class _Download(File):
    """A file readers download as is: a .md download is not a page to render."""

    def is_documentation_page(self) -> bool:
        return False

    def copy_file(self, dirty: bool = False) -> None:
        if dirty and not self.is_modified():
            return
        link_or_copy(self.abs_src_path, self.abs_dest_path)


FIX_AND_SAVE = ("Sửa các lỗi trên rồi lưu tệp. Khi đang chạy make serve, trang tự dựng lại sau khi lưu; "
                "đến lúc đó trình duyệt vẫn hiện bản dựng trước.")


def _fail_on(diagnostics, release: bool = False):
    failure = build_failure(diagnostics, release)
    if failure:
        # Under `mkdocs serve`, MkDocs follows this with "The server will appear stuck", in English.
        raise PluginError(failure + ("\n" + FIX_AND_SAVE if has_errors(diagnostics) else ""))
    for warning in diagnostics:
        log.info(warning.format())


def _forget_logged_errors():
    """MkDocs prints a build error once per process (a DuplicateFilter on its build log): under
    `mkdocs serve`, an editor who made the same mistake again after fixing it saw no message, only
    "The server will appear stuck". Each build reports its own errors."""
    from mkdocs.commands import build

    for found in build.log.filters:
        if isinstance(getattr(found, "msgs", None), set):
            found.msgs.clear()


_command = None
_site_dir = None


def on_startup(command, dirty):
    global _command
    _command = command


@event_priority(100)
def on_config(config):
    global _site, _finish_check, _pages, _items, _hosts
    global _corpus, _registry, _cache, _site_dir
    _site_dir = config.site_dir
    # `mkdocs serve` rebuilds in the same process: let the previous build's frozen content go.
    gc.unfreeze()
    _forget_logged_errors()
    # The worker forked for the rule passes first makes every page (registry links, download
    # bars); this process only plans the pages and the nav, and MkDocs starts at once.
    # Content unchanged since the last build is read back from the cache (sotay/content_cache.py).
    _cache = cache_dir()
    corpus, registry, _finish_check, _pages = check.start(ROOT / "content", ROOT, stream=page_stream, cache=_cache / "content")
    _corpus, _registry = corpus, registry
    if has_errors(corpus.problems):
        _fail_on(_finish_check().diagnostics)  # report every problem at once, not only the loader's
    _site = plan_site(corpus, registry)
    _items = {page.src: page.item for page in _site.pages if id(page.item) in corpus.origins}
    _url_problems.clear()
    _hosts = citation_hosts(corpus)
    # The content and its pages live until the build ends: keep the cyclic garbage collector
    # from walking them again and again while MkDocs renders (it did, quadratically, at 5,000 outlines).
    gc.collect()
    gc.freeze()
    config.nav = nav_entries(_site.nav)
    global _offline
    offline = [p for name, p in config.plugins.items() if name.split("/")[-1] == "offline"]
    _offline = bool(offline and offline[0].config.enabled)
    config.extra.update(shell_extra(_site.counts, _site.forms, offline=_offline))
    if _command == "serve":
        # The dev server injects an inline live-reload script, which the page's own policy
        # would refuse; the policy is for built sites (tested there), not the editor's preview.
        config.extra["content_security_policy"] = ""
    return config


def on_files(files, config):
    for file in [f for f in files if not_shipped(f.src_uri, _offline)]:
        files.remove(file)
    for page in _site.pages:
        streamed = _Streamed.generated(config, page.src, content="")
        streamed._content = None  # asked for when MkDocs reads the page
        files.append(streamed)
    downloads, cache = export_files(_corpus, _registry, _cache)
    for src, path in downloads:
        files.append(_Download.generated(config, src, abs_src_path=str(path)))
    log.info(f"Tệp tải về: {len(downloads)}, tạo mới {cache.made}, lấy từ bộ nhớ đệm {len(downloads) - cache.made}.")
    return files


def on_page_markdown(markdown, page, config, files):
    description = page.meta.get("description")
    if isinstance(description, str):
        page.meta["description"] = meta_description(description)
    if page.meta.get(SEARCH_TITLE):
        _search_titles[page.url] = page.meta[SEARCH_TITLE]
    else:  # an entry whose subject was removed, under `mkdocs serve`
        _search_titles.pop(page.url, None)
    if page.meta.get(SECTIONS_FIRST):
        _sections_first.add(page.url)
    else:
        _sections_first.discard(page.url)
    # A text past the content's limits fails the check (E005), which fails the build when it ends;
    # rendered meanwhile, it held the build for up to minutes.
    item = _items.get(page.file.src_uri)
    src = page.file.src_uri
    skip, problem = page_past_limits(_corpus, item, markdown,
                                     lambda: _corpus.origin(item).rel if item is not None else MADE_FROM.get(src, src), page.url)
    if skip:
        if problem:  # or the page went out as the one line below, the check having passed it
            _url_problems.append(problem)
        log.info(f"Không dựng trang {page.file.src_uri}: vượt giới hạn của nội dung (E005).")
        return "Trang này vượt giới hạn của nội dung (E005): xem lỗi của lệnh kiểm tra."
    return markdown


_url_problems: list = []
_search_titles: dict[str, str] = {}  # page URL -> its title in search, kept across `mkdocs serve` rebuilds
_sections_first: set[str] = set()  # pages whose result opens on their sections (search.SECTIONS_FIRST)


def on_page_content(html_text, page, config, files):
    """Every rendered page, not its Markdown: a URL or attribute the content check missed fails here,
    on an item's page and on every page that shows content (section indexes list summaries and
    labels, the editors' pages render CONTRIBUTING.md)."""
    item = _items.get(page.file.src_uri)
    # What is served is checked: the pass after rendering wrapped a code inside an attribute whose
    # value held a tag ({: title="<i>y</i> 88-AB/CDE </div>" }), and its quotes ended the value.
    html_text = nowrap_codes(html_text)
    problems = page_problems(html_text, _hosts)
    made = MADE_FROM.get(page.file.src_uri) if problems else None  # the editors' guide: told at its own lines
    made_from = (made, (ROOT / made).read_text(encoding="utf-8", errors="replace")) if made else None
    for url, code, message in problems:
        _url_problems.append(diag(*source_of(_corpus, item, url, page.file.src_uri, made_from), code, message))
    if problems:
        # The build fails on them when it ends, but MkDocs writes each page as it goes: `mkdocs
        # build` run by hand left the page's script in its folder, and `mkdocs serve` served it.
        return REFUSED_PAGE
    return named_on_paper(html_text) if item is not None else html_text


REFUSED_PAGE = ("<p>Trang này không được dựng: nội dung của nó có thẻ, thuộc tính hoặc địa chỉ không được phép. "
                "Xem lỗi của lệnh kiểm tra (<code>make check</code>).</p>")


def on_build_error(error):
    """A hook or a page failed: wait for the worker's passes, which ends it. Left alone, it could be
    blocked sending pages that no one would read, and Python's exit waited for it forever (a crash
    in a page hook hung `mkdocs build` instead of failing it).

    A `mkdocs build` that fails leaves no site: its pages were written as it went, and a title's
    tag, refused by the check at the end, stood in the menu of every page (a red team). Emptied as
    MkDocs empties the folder before a build. (`python -m sotay build` builds aside and swaps only
    a passing build in; `mkdocs serve` keeps showing what it has, as FIX_AND_SAVE says.)"""
    if _command == "build" and _site_dir:
        from mkdocs.utils import clean_directory

        clean_directory(_site_dir)
    if _finish_check is not None:
        try:
            found = _finish_check().diagnostics
        except Exception:  # noqa: BLE001 - the build is failing already, with the error that matters
            log.debug("the check's worker ended with an error", exc_info=True)
            return
        # The content's own errors, if any, with their file and line: MkDocs' traceback alone
        # names none, and the content may be what failed the page. (A PluginError is ours, raised
        # with those errors in it already.)
        if has_errors(found) and not isinstance(error, PluginError):
            log.error("Nội dung có lỗi:\n" + render([d for d in found if d.is_error]))


@event_priority(-50)
def on_post_build(config):
    # The rule passes ran on the other core during the build; any error fails it
    # before the site is used (`python -m sotay build` swaps only a passing build in).
    # Only `make dist` sets a release's footer line (mkdocs.yml's extra.release): that is a release.
    _fail_on(merged(_finish_check().diagnostics, _url_problems), release=bool(config.extra.get("release")))
    # After Material's search plugin wrote its index (priority 0), before the offline
    # plugin inlines it (priority -100).
    merge_index_file(Path(config.site_dir) / "search" / "search_index.json", _search_titles, _sections_first)
    drop_source_map_comments(Path(config.site_dir))
