"""Build the site with MkDocs into a fresh directory, then swap it into place.

A failed build leaves the previous site/ untouched: readers and `make serve`
never see a half-written site.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def mkdocs_env(site_url: str | None = None, offline: bool = False, export_cache: Path | None = None,
               release: str | None = None) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
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


def build(site_dir: Path | str, site_url: str | None = None, offline: bool = False, config: Path | None = None, quiet=False,
          export_cache: Path | None = None, release: str | None = None) -> int:
    site_dir = Path(site_dir).resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the web server (www-data) must read the site
    config = Path(config or ROOT / "mkdocs.yml").resolve()
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config), "--site-dir", str(tmp)]
    if quiet:
        cmd.append("--quiet")
    proc = subprocess.run(cmd, cwd=config.parent, env=mkdocs_env(site_url, offline, export_cache, release))
    if proc.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"Dựng trang thất bại; {site_dir} giữ nguyên.", file=sys.stderr)
        return proc.returncode
    old = None
    if site_dir.exists():
        old = site_dir.with_name(f".{site_dir.name}-old-{os.getpid()}")
        site_dir.rename(old)
    tmp.rename(site_dir)
    if old:
        shutil.rmtree(old, ignore_errors=True)
    return 0
