"""Shared fixtures: a real MkDocs build of the real content, a local HTTP server, headless Chromium."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
# The five articles the content was written from (outside the repository: tests that need them skip).
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_OF = {"bv-doi-soat-2019": "000_", "bv-go-cong-2023": "001_", "bv-nghe-an-to-chuc": "002_",
           "bv-thu-vien-tra-vinh-2023": "003_", "bv-dan-van-lang-son-2021": "004_"}


def seed_article(source_id: str, seeds: Path = SEEDS) -> Path:
    """The seed article a source entry stands for."""
    return next(seeds.glob(SEED_OF[source_id] + "*.txt"))
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def run_sotay(*args, cwd=ROOT, input=None, env=None, timeout=None):
    """Run the CLI as a user would: a subprocess, text in and out."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "sotay", *args], cwd=cwd, input=input,
                          capture_output=True, text=True, env=full_env, timeout=timeout)


def check_here(content: Path) -> subprocess.CompletedProcess:
    """`sotay check --content CONTENT` through the same entry point, in this process. A process of
    its own spends 0.3 s importing before it checks anything; the bad input table runs the check
    as a user does, and the hundreds of cases that only ask what a mistake is told run it here. A
    traceback here fails the test that met it, as one in the process's output would."""
    return sotay_here("check", "--content", str(content))


def sotay_here(*args: str) -> subprocess.CompletedProcess:
    """`python -m sotay ARGS` through its entry point in this process (see check_here)."""
    from contextlib import redirect_stderr, redirect_stdout
    from io import StringIO

    from sotay.cli import main

    out, err = StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(["sotay", *args], code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real content built once with the real MkDocs + Material (strict)."""
    site = tmp_path_factory.mktemp("site") / "site"
    proc = run_sotay("build", "--site-dir", str(site))
    assert proc.returncode == 0, proc.stderr[-4000:]
    return site


# Where the release fixture's site is served: its host and sub-path are in every page.
RELEASE_URL = "http://so-tay.intranet/so-tay/"


def ssh_key(folder: Path, principal: str) -> tuple[Path, Path]:
    """An Ed25519 key made with ssh-keygen, and an allowed_signers file that trusts it for releases."""
    if not shutil.which("ssh-keygen"):
        pytest.fail("ssh-keygen is missing: run `make system-deps` (make test does it).")
    folder.mkdir(parents=True, exist_ok=True)
    key = folder / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", principal, "-f", str(key)], check=True)
    signers = folder / "allowed_signers"
    signers.write_text(f'{principal} namespaces="sotay-release" {key.with_suffix(".pub").read_text()}', encoding="utf-8")
    return key, signers


@pytest.fixture(scope="session")
def release_key(tmp_path_factory) -> tuple[Path, Path]:
    return ssh_key(tmp_path_factory.mktemp("release-key"), "ban-bien-tap@so-tay")


@pytest.fixture(scope="session")
def release(tmp_path_factory, release_key) -> Path:
    """`make dist SIGNING_KEY=...` once: the folder with the archive, the offline zip, manifest.json,
    SHA256SUMS and its signature; what it told the operator in dist.stderr beside it."""
    out = tmp_path_factory.mktemp("release") / "dist"
    proc = run_sotay("dist", "--out", str(out), "--site-url", RELEASE_URL, env={"SIGNING_KEY": str(release_key[0])})
    assert proc.returncode == 0, proc.stderr[-3000:]
    (out.parent / "dist.stderr").write_text(proc.stderr, encoding="utf-8")
    return out


def commit_day() -> dt.date:
    """The day of the checked-out commit in Vietnam (UTC+7, written the POSIX way, so no time zone
    database is needed): a release's date."""
    day = subprocess.run(["git", "log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%d"], cwd=ROOT, text=True,
                         capture_output=True, check=True, env={**os.environ, "TZ": "<+07>-7"}).stdout.strip()
    return dt.date.fromisoformat(day)


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The offline copy as `make dist` builds it: opened from file://, no directory URLs, unpacked
    where a branch's office PC puts it (a folder named in Vietnamese, with spaces)."""
    site = tmp_path_factory.mktemp("offline") / "Tài liệu chi bộ" / "Sổ tay sinh hoạt"
    proc = run_sotay("build", "--offline", "--site-dir", str(site))
    assert proc.returncode == 0, proc.stderr[-4000:]
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that closes a page mid-download (a context closed by its test) is no error of
        # the site's: its traceback was printed into the test run's output.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def serve():
    """Serve a directory on 127.0.0.1 and return its base URL."""
    servers = []

    def start(directory: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(directory))
        server = _QuietServer(("127.0.0.1", free_port()), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site, serve) -> str:
    return serve(built_site)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make system-deps` (make test does it).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN")
    pg = context.new_page()
    yield pg
    context.close()


def copy_content(tmp_path: Path) -> Path:
    """A writable copy of the project (content, docs, config, hooks) for builds that break things."""
    dest = tmp_path / "project"
    for name in ("content", "docs", "overrides", "hooks"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copy(ROOT / "CONTRIBUTING.md", dest / "CONTRIBUTING.md")
    (dest / "sotay").symlink_to(ROOT / "sotay")
    return dest


def git_repo(repo: Path, files: dict[str, str]) -> Path:
    """A fresh git repository at `repo` holding `files` (name -> text), committed once."""
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    for name, text in files.items():
        (repo / name).write_text(text)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "x"], cwd=repo, check=True)
    return repo


def unpacked(value: str | None) -> str | None:
    """An action bar's data attribute as sotay.js reads it: "%25" and "%26" back to "%" and "&"
    (sotay/export/actions.py packs them so Markdown's writer cannot turn text into markup)."""
    return value if not value else re.sub("%2[56]", lambda m: "%" if m.group() == "%25" else "&", value)
