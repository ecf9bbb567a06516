"""Release archives are reproducible: the same tree gives the same bytes, whenever it is packed,
and one commit gives the same release whatever day it is built; `dist` empties only its own folder."""

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from sotay import dist
from sotay.build import build_day
from sotay.deploy import deploy
from sotay.dist import _clear, _tar, _zip
from sotay.nginx_conf import for_site_url
from sotay.text import vn_date

from conftest import RELEASE_URL, ROOT, commit_day, copy_content, git_repo


def _tree(root, touched):
    (root / "huong-dan").mkdir(parents=True)
    (root / "index.html").write_text("<h1>Sổ tay</h1>", encoding="utf-8")
    (root / "huong-dan" / "index.html").write_text("<h1>Hướng dẫn</h1>", encoding="utf-8")
    for path in root.rglob("*"):
        os.utime(path, (touched, touched))
    return root


def test_same_tree_same_bytes(tmp_path):
    a, b = _tree(tmp_path / "a", 1_700_000_000), _tree(tmp_path / "b", 1_800_000_000)
    _tar(a, "sotay-1", tmp_path / "a.tar.gz", 1_750_000_000)
    _tar(b, "sotay-1", tmp_path / "b.tar.gz", 1_750_000_000)
    assert (tmp_path / "a.tar.gz").read_bytes() == (tmp_path / "b.tar.gz").read_bytes()
    _zip(a, "sotay-1-offline", tmp_path / "a.zip", 1_750_000_000)
    _zip(b, "sotay-1-offline", tmp_path / "b.zip", 1_750_000_000)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with tarfile.open(tmp_path / "a.tar.gz") as tar:
        assert tar.extractfile("sotay-1/huong-dan/index.html").read().decode() == "<h1>Hướng dẫn</h1>"
        assert {m.mtime for m in tar.getmembers()} == {1_750_000_000}
    with zipfile.ZipFile(tmp_path / "a.zip") as z:
        assert z.read("sotay-1-offline/index.html").decode() == "<h1>Sổ tay</h1>"
    _zip(a, "", tmp_path / "app.zip", 1_750_000_000)  # a zipapp: its modules at the top
    with zipfile.ZipFile(tmp_path / "app.zip") as z:
        assert z.namelist() == ["huong-dan/index.html", "index.html"]


def test_dist_empties_its_own_folder_and_refuses_any_other(tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    for name in ("sotay-0.0.9.tar.gz", "sotay-0.0.9-offline.zip", "sotay-deploy.pyz", "nginx.conf", "manifest.json"):
        (out / name).write_bytes(b"last release")
    (out / "SHA256SUMS").write_text("")
    _clear(out)
    assert not out.exists()
    home = tmp_path / "home"  # `--out ~` or the deploy root: nothing in it is deleted
    (home / "notes").mkdir(parents=True)
    (home / "SHA256SUMS").write_text("kept")
    with pytest.raises(SystemExit, match="không xóa"):
        _clear(home)
    assert (home / "notes").is_dir() and (home / "SHA256SUMS").read_text() == "kept"


def test_a_release_dates_from_its_commit_whatever_the_environment_says(monkeypatch):
    commit = int(subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    built = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")
    assert dist.source_date(built) == commit
    monkeypatch.setattr(dist, "_git", lambda *args: "")  # no git: a tarball of the sources
    assert dist.source_date(built) == 1_000_000_000
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert dist.source_date(built) == int(built.timestamp())


def test_a_build_takes_its_day_from_source_date_epoch_in_vietnam(monkeypatch):
    vietnam = dt.timezone(dt.timedelta(hours=7))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 3, 1, 17, 30, tzinfo=dt.UTC).timestamp())))
    assert build_day() == dt.date(2026, 3, 2)  # 00:30 in Vietnam
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    before = dt.datetime.now(vietnam).date()
    assert build_day() in {before, dt.datetime.now(vietnam).date()}


def _members(archive):
    with tarfile.open(archive) as tar:
        return {m.name: (m.mode, m.mtime, tar.extractfile(m).read() if m.isfile() else None) for m in tar.getmembers()}


@pytest.mark.slow
def test_one_commit_built_on_another_day_is_the_same_release(release, release_key, tmp_path):
    """`make dist` again with the clock 400 days ahead: faketime moves the clock of every process
    the build starts (git, Python, C code), so whatever reads it shows here. The sitemap's
    <lastmod> and the health page's day used to be the build day's, and deploy refused the rebuild."""
    if not shutil.which("faketime"):
        pytest.fail("Debian's faketime is missing: run `make system-deps` (make test does it).")
    later = tmp_path / "dist"
    proc = subprocess.run(["faketime", "-f", "+400d", sys.executable, "-m", "sotay", "dist", "--out", str(later), "--site-url", RELEASE_URL],
                          cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SIGNING_KEY": str(release_key[0])})
    assert proc.returncode == 0, proc.stderr[-3000:]
    first, second = (json.loads((d / "manifest.json").read_text()) for d in (release, later))
    built = [dt.datetime.fromisoformat(m["built"]) for m in (first, second)]
    assert built[1] - built[0] > dt.timedelta(days=399), built  # the second build did run on another day
    differ = {site: sorted(f["path"] for f in first["files"][site] if f not in second["files"][site]) for site in ("site", "offline")}
    assert differ == {"site": [], "offline": []}
    assert {**first, "built": None} == {**second, "built": None}
    names = sorted(p.name for p in release.iterdir())
    assert names == sorted(p.name for p in later.iterdir())
    offline = next(n for n in names if n.endswith("-offline.zip"))
    for same in (offline, "sotay-deploy.pyz", "nginx.conf"):
        assert (release / same).read_bytes() == (later / same).read_bytes(), same
    # The repository's template, written for the release's SITE_URL (the template's own, here).
    assert (later / "nginx.conf").read_text() == for_site_url(RELEASE_URL)
    assert for_site_url(RELEASE_URL).partition("\n\n")[2] == (ROOT / "deploy/nginx.conf").read_text().partition("\n\n")[2]
    archive = next(n for n in names if n.endswith(".tar.gz"))
    manifest = f"sotay-{first['version']}/manifest.json"
    a, b = _members(release / archive), _members(later / archive)
    assert a.keys() == b.keys() and manifest in a
    assert [n for n in a if a[n] != b[n]] == [manifest]
    health = b[f"sotay-{first['version']}/bien-tap/suc-khoe-noi-dung/index.html"][2].decode()
    assert f"tính đến ngày {vn_date(commit_day())}" in health  # the commit's day, not the clock's
    # What the operator sees: the rebuild deploys over the first as the same version.
    root = tmp_path / "srv"
    assert deploy(release / archive, root) == deploy(later / archive, root) == first["version"]


@pytest.mark.parametrize("url, problem", [
    ("http://so-tay.intranet/so-tay/", None), ("http://so-tay.intranet/", None), ("https://10.0.0.5:8080/so-tay/", None),
    ("so-tay.intranet/so-tay/", "http://"), ("http:/so-tay/", "http://"), ("ftp://so-tay.intranet/", "http://"),
    ("http://so-tay.intranet/so tay/", "dấu cách"), ("http://so-tay.intranet/?a=1", "?"),
    # Written into the release's nginx.conf as they are.
    ("http://so-tay.intranet:80a/", "cổng"), ("http://so;tay/", "tên máy chủ"), ("http://so-tay.intranet/sổ-tay/", "đường dẫn"),
    ("http://so-tay.intranet/a$b/", "đường dẫn"), ("http://so-tay.intranet/s%E1%BB%95/", "đường dẫn"),
    # nginx never matches a location written with them; the manifest would carry a password.
    ("http://so-tay.intranet/so-tay//", "//"), ("http://so-tay.intranet/a/../b/", "/../"), ("http://so-tay.intranet/./a/", "/./"),
    ("http://u:pw@so-tay.intranet/so-tay/", "mật khẩu"), ("http://so-tay.intranet:0/so-tay/", "cổng 0"),
    # Copied from the address bar on a page: built under ".../index.html/".
    ("http://so-tay.intranet/so-tay/index.html", "bỏ tên trang: http://so-tay.intranet/so-tay/"),
])
def test_a_site_url_readers_cannot_type_is_refused_before_the_build(url, problem):
    told = dist.site_url_problem(url)
    assert (told is None) if problem is None else (problem in told), told


def test_dist_from_a_source_git_cannot_read_is_refused_with_git_s_words(tmp_path):
    """Copied as an archive of the source (or owned by another account, which git refuses), every
    release was version 0.1.0 with no commit, and deploy refused the next as the same version."""
    source = tmp_path / "source"
    source.mkdir()
    archived = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(source)], input=archived, check=True)
    for module in (ROOT / "sotay").rglob("*.py"):  # the working tree's code, as this test runs it
        (source / module.relative_to(ROOT)).write_bytes(module.read_bytes())
    out = tmp_path / "dist"
    proc = subprocess.run([sys.executable, "-m", "sotay", "dist", "--out", str(out)], cwd=source, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(source), "GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert "Không đọc được commit của mã nguồn" in proc.stderr and "not a git repository" in proc.stderr, proc.stderr
    assert "Không tạo bản phát hành" in proc.stderr and not out.exists()


def test_make_dist_tells_a_site_url_without_its_scheme_in_words_and_builds_nothing(tmp_path):
    """`SITE_URL=so-tay.intranet/so-tay/ make dist` printed MkDocs' English config error, then that a
    temporary folder, already deleted, was "giữ nguyên"."""
    out = tmp_path / "dist"
    proc = subprocess.run([sys.executable, "-m", "sotay", "dist", "--out", str(out), "--site-url", "so-tay.intranet/so-tay/"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert "SITE_URL=so-tay.intranet/so-tay/ không dùng được" in proc.stderr and "make dist SITE_URL=http://" in proc.stderr
    assert "giữ nguyên" not in proc.stderr and not out.exists()
    assert "Không tạo bản phát hành: không ghi gì vào" in proc.stderr, proc.stderr  # and a last release there is gone


def test_a_site_url_without_its_final_slash_is_built_as_the_folder_it_names(tmp_path, monkeypatch):
    # MkDocs adds the slash to the pages; the manifest's base_path ("/so-tay") did not.
    seen = []
    monkeypatch.setattr(dist, "build", lambda site, site_url=None, **kw: seen.append(site_url) or 1)
    assert dist.dist(tmp_path / "dist", "http://so-tay.intranet/so-tay") == 1
    assert seen == ["http://so-tay.intranet/so-tay/"]


def test_a_release_of_a_changed_working_tree_is_built_with_a_warning_naming_the_files(tmp_path, monkeypatch, capsys):
    """Only "-dirty" in the version showed that a release held files no commit has. Warned, not
    refused (tests and previews build working trees): the build still runs, after the warning."""
    repo = git_repo(tmp_path / "repo", {"trang chủ.md": "một\n", "cu.md": "cũ\n"})
    monkeypatch.setattr(dist, "ROOT", repo)
    events = []
    monkeypatch.setattr(dist, "build", lambda site, **kw: events.append(("build", capsys.readouterr().err)) or 1)
    url = "http://so-tay.intranet/so-tay/"
    assert dist.dist(tmp_path / "dist", url) == 1
    assert events == [("build", "")]  # a clean tree: nothing to say
    capsys.readouterr()
    (repo / "trang chủ.md").write_text("hai\n")
    subprocess.run(["git", "mv", "cu.md", "moi-ten.md"], cwd=repo, check=True)
    for i in range(1, 12):
        (repo / f"moi-{i:02}.md").write_text("chưa commit\n")
    events.clear()
    assert dist.dist(tmp_path / "dist", url) == 1
    [(step, warning)] = events
    assert step == "build" and warning.startswith("Cảnh báo: thư mục làm việc khác commit"), warning
    assert "chứa cả thay đổi chưa commit ở 13 tệp" in warning and "checkout sạch" in warning
    named = [line.strip() for line in warning.splitlines() if line.startswith("    ")]
    assert named == ["moi-ten.md", "trang chủ.md", *(f"moi-{i:02}.md" for i in range(1, 9)), "… và 3 tệp khác"], named
    # What the failed build then says: the release folder was emptied, not left "để trống".
    told = capsys.readouterr().err
    assert f"Không tạo bản phát hành: không ghi gì vào {tmp_path / 'dist'}" in told and "để trống" not in told, told


def test_a_warning_of_mkdocs_strict_mode_fails_a_release_as_it_fails_make_build(tmp_path):
    """dist built with --quiet, which drops MkDocs' warnings before strict mode counts them: a
    release shipped a page linking to nothing, which `make build` refused."""
    project = copy_content(tmp_path)
    (project / "docs/thu.md").write_text("# Thử\n\nXem [trang không có](khong-co.md).\n")
    out = tmp_path / "dist"
    assert dist.dist(out, "http://so-tay.intranet/so-tay/", config=project / "mkdocs.yml") == 1
    assert not out.exists() or not any(out.iterdir())


def test_a_release_build_ended_by_sigterm_leaves_nothing_in_the_temporary_folder(tmp_path):
    """A CI job's timeout ends `make dist` with SIGTERM: each such run left a partly built site in /tmp."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "TMPDIR": str(temporary), "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "sotay", "dist", "--out", str(tmp_path / "dist")], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    # Stopped while MkDocs writes the offline copy, when its forked worker for the rule passes lives:
    # SIGTERM killed MkDocs alone, and the worker, waiting on a pipe, held this test's stderr open.
    while not list(temporary.glob("sotay-dist-*/.offline-*/*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the build ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in err, err[-2000:]
    assert not list(temporary.glob("sotay-dist-*")) and not (tmp_path / "dist").exists()
    left = [p for p in Path("/proc").glob("[0-9]*/cmdline") if str(temporary).encode() in _read_or_empty(p)]
    assert not left, left


def _read_or_empty(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # the process ended while the list was read
        return b""



@pytest.mark.parametrize("source", ["zipapp", "folder"])
def test_the_deploy_on_a_python_older_than_3_9_says_so_and_stops(source):
    """On Python 3.8 the deploy stopped in a relative import's ValueError, on 3.7 in gzip's missing
    BadGzipFile: the server's Python is told first. (Run here with the version made older.)"""
    main = dist.DEPLOY_MAIN if source == "zipapp" else (ROOT / "sotay/deploy/__main__.py").read_text(encoding="utf-8")
    older = f"import sys\nsys.version_info = (3, 8, 18)\nexec(compile({main!r}, '__main__', 'exec'))"
    proc = subprocess.run([sys.executable, "-c", older], capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stdout == "", proc.stderr
    assert proc.stderr == "Cần Python 3.9 trở lên để triển khai; máy này có Python 3.8. Hãy chạy bằng python3.9 (hoặc mới hơn) nếu máy có.\n"
