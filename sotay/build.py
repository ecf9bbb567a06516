"""Build the site with MkDocs into a fresh directory, then swap it into place.

A failed build leaves the previous site/ untouched: readers and `make serve`
never see a half-written site.

A build's date is SOURCE_DATE_EPOCH's when it is set (the reproducible-builds
convention: MkDocs takes the sitemap's dates from it, the health page its day),
else the clock's. `make dist` sets it to the commit's time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from .paths import ROOT
from .text import VIETNAM, vn_today


def vn_day(stamp: int) -> dt.date:
    """The day in Vietnam at `stamp` (seconds since 1970)."""
    return dt.datetime.fromtimestamp(stamp, VIETNAM).date()


def build_day() -> dt.date:
    """The day the site being built stands for, in Vietnam: SOURCE_DATE_EPOCH's when set (a
    release: its commit's), else today. Read where the site prints a date the clock would give."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return vn_day(int(epoch)) if epoch else vn_today()


def mkdocs_env(site_url: str | None = None, offline: bool = False, export_cache: Path | None = None,
               release: str | None = None, source_date_epoch: int | None = None) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if source_date_epoch is not None:
        env["SOURCE_DATE_EPOCH"] = str(source_date_epoch)
    if release:
        env["SOTAY_RELEASE"] = release
    if export_cache:
        env["SOTAY_EXPORT_CACHE"] = str(export_cache)
    if site_url:
        env["SOTAY_SITE_URL"] = site_url
    if offline:
        env["SOTAY_OFFLINE"] = "true"
        env["SOTAY_DIRECTORY_URLS"] = "false"
    return env


@contextlib.contextmanager
def ended_by_sigterm_as_by_ctrl_c():
    """A CI job's timeout sends SIGTERM, which ended the process at once: every such run left a
    partly built site in /tmp (a release's) or beside the site (a build's), and MkDocs, in a group
    of its own, ran on. Raised as SystemExit, it ends the build through its `finally`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run_as_group(cmd: list[str], cwd: Path, env: dict) -> int:
    """MkDocs in a process group of its own, ended whole if this process is stopped: the build forks
    a worker for the rule passes (check.start), and a release ended by SIGTERM killed MkDocs alone.
    Its worker, waiting on a pipe it holds both ends of, lived on, holding the caller's output
    open (`make dist` under a CI timeout never ended)."""
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, start_new_session=hasattr(os, "killpg"))
    try:
        with ended_by_sigterm_as_by_ctrl_c():
            return proc.wait()
    except BaseException:
        if hasattr(os, "killpg"):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.wait()
        raise


def build(site_dir: Path | str, site_url: str | None = None, offline: bool = False, config: Path | None = None,
          export_cache: Path | None = None, release: str | None = None, source_date_epoch: int | None = None) -> int:
    """`mkdocs build --strict` into a folder beside `site_dir`, swapped in only when it passes. Never
    with --quiet: MkDocs then drops its warnings before strict mode counts them, and a release
    shipped what `make build` refused (a dead anchor)."""
    site_dir = Path(site_dir).resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the web server (www-data) must read the site
    config = Path(config or ROOT / "mkdocs.yml").resolve()
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config), "--site-dir", str(tmp)]
    try:
        returncode = _run_as_group(cmd, config.parent, mkdocs_env(site_url, offline, export_cache, release, source_date_epoch))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)  # Ctrl+C on `make build`: no half-built folder beside the site
        raise
    if returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        # A release builds into a temporary folder that does not exist yet: nothing to keep there.
        print(f"Dựng trang thất bại; {site_dir} giữ nguyên." if site_dir.exists() else "Dựng trang thất bại.", file=sys.stderr)
        return returncode
    if offline:
        # Opened from its files there is no server to answer a missing address with it, and its
        # links start from the site's root (/assets/...), which from a USB stick is the drive's.
        (tmp / "404.html").unlink(missing_ok=True)
        # Material's offline plugin hands the index to the page as search_index.js; the JSON it
        # was made from is never read from a file, and is the copy's largest file.
        if (tmp / "search" / "search_index.js").is_file():
            (tmp / "search" / "search_index.json").unlink(missing_ok=True)
        # A sitemap lists a site's addresses; the copy has none (no site_url), so MkDocs wrote an
        # empty one, which nothing reads.
        for sitemap in ("sitemap.xml", "sitemap.xml.gz"):
            (tmp / sitemap).unlink(missing_ok=True)
    swap_in(tmp, site_dir)
    return 0


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders' names in one step (Linux's renameat2 with RENAME_EXCHANGE); False where
    the system has no such call."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def swap_in(new: Path, site_dir: Path) -> None:
    """`new` becomes `site_dir`, and the site there before is removed. Exchanged in one step where
    the system can (a reader of the folder finds the old site or the new, never none); else the old
    site moves into a folder of its own, named afresh: a name made from the process id alone was
    taken by a build killed mid-swap (a container's builds share their ids), and the swap then
    failed with the new site left beside it."""
    if site_dir.exists() and _exchange(new, site_dir):
        shutil.rmtree(new, ignore_errors=True)  # the old site, under the new one's former name
        return
    old = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-old-", dir=site_dir.parent))
    if site_dir.exists():
        site_dir.rename(old / site_dir.name)
    new.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
