"""Publishing: the release, the offline copy, Debian's nginx with deploy/nginx.conf, deploy and rollback."""

import contextlib
import email.utils
import errno
import functools
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sotay.deploy import NAME, DeployError, check_signature, current, deploy, rollback
from sotay.deploy.cli import _explain
from sotay.dist import _tar, allowed_signers_line, sign
from sotay.nginx_conf import for_a_shared_host, for_site_url
from sotay.scaffold import new
from sotay.text import vn_date

from conftest import RELEASE_URL, ROOT, commit_day, copy_content, free_port, git_repo, run_sotay, ssh_key
from search_ui import search

pytestmark = pytest.mark.nginx
SUB = "/so-tay/"


@pytest.fixture(scope="module")
def root_release(tmp_path_factory) -> Path:
    """A release built for the root of its host (SITE_URL=http://so-tay.intranet/)."""
    out = tmp_path_factory.mktemp("release-root") / "dist"
    proc = run_sotay("dist", "--out", str(out), "--site-url", "http://so-tay.intranet/")
    assert proc.returncode == 0, proc.stderr[-3000:]
    (out.parent / "dist.stderr").write_text(proc.stderr, encoding="utf-8")
    return out


def _archive(dist: Path, suffix: str) -> Path:
    return next(p for p in dist.iterdir() if p.name.endswith(suffix) and (suffix != ".tar.gz" or "offline" not in p.name))


def test_release_has_archive_offline_zip_sums_manifest_deploy_script_and_nginx_conf(release):
    manifest = json.loads((release / "manifest.json").read_text())
    tar, zipped = _archive(release, ".tar.gz"), _archive(release, "-offline.zip")
    assert re.fullmatch(r"sotay-[\w.+-]+\.tar\.gz", tar.name)
    # Everything a server needs, so the operator copies dist/ and nothing from the repository.
    served = [tar, zipped, release / "manifest.json", release / "sotay-deploy.pyz", release / "nginx.conf",
              release / "nginx-locations.conf"]
    assert sorted(p.name for p in release.iterdir()) == sorted([p.name for p in served] + ["SHA256SUMS", "SHA256SUMS.sig"])
    # The next `make dist` clears every one of them: it refused the folder for nginx-locations.conf.
    from sotay.dist import RELEASE_FILES
    assert all(any(p.match(g) for g in RELEASE_FILES) for p in release.iterdir()), sorted(p.name for p in release.iterdir())
    sums = dict(reversed(line.split()) for line in (release / "SHA256SUMS").read_text().splitlines())
    assert sums == {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in served}
    with zipfile.ZipFile(release / "sotay-deploy.pyz") as z:
        package = sorted(f"deploy/{p.name}" for p in (ROOT / "sotay/deploy").glob("*.py"))
        assert z.namelist() == ["__main__.py", "argparse_vi.py", *package]
        assert all(z.read(name) == (ROOT / "sotay" / name).read_bytes() for name in package)
        assert {i.external_attr >> 16 for i in z.infolist()} == {0o644}
    assert manifest["version"] in tar.name and re.fullmatch(r"[0-9a-f]{40}", manifest["commit"])
    assert manifest["built"] and manifest["base_path"] == SUB and manifest["exceptions"]
    with tarfile.open(tar) as t:
        members = {m.name: m for m in t.getmembers() if m.isfile()}
        top = f"sotay-{manifest['version']}/"
        listed = {f["path"]: f for f in manifest["files"]["site"]}
        assert set(listed) == {name[len(top):] for name in members} - {"manifest.json"}
        # Every file as the manifest lists it: an operator checks a copied file against its line.
        for path, entry in listed.items():
            data = t.extractfile(members[top + path]).read()
            assert (entry["size"], entry["sha256"]) == (len(data), hashlib.sha256(data).hexdigest()), path
        assert top + "404.html" in members
    # The offline copy: one folder, whose index.html a reader opens; no 404 page, whose links
    # start from the root of the drive it is opened from.
    with zipfile.ZipFile(zipped) as z:
        names = z.namelist()
    assert {n.split("/")[0] for n in names} == {f"sotay-{manifest['version']}-offline"}
    assert f"sotay-{manifest['version']}-offline/index.html" in names and not [n for n in names if n.endswith("404.html")]
    with tarfile.open(tar) as t:
        # Unpacked by hand (tar xzf, as root), nginx's www-data must still read every folder and file.
        assert all(m.mode == (0o755 if m.isdir() else 0o644) for m in t.getmembers()), \
            {m.name: oct(m.mode) for m in t.getmembers() if m.mode not in (0o755, 0o644)}


def test_every_page_of_a_release_names_its_version_and_date(release):
    """A copy on a server or a USB stick says which release it is, in the footer of every page."""
    manifest = json.loads((release / "manifest.json").read_text())
    line = f"Bản phát hành {manifest['version']} · ngày {vn_date(commit_day())}"
    with tarfile.open(_archive(release, ".tar.gz")) as t:
        pages = {m.name: t.extractfile(m).read().decode() for m in t.getmembers() if m.name.endswith(".html")}
    with zipfile.ZipFile(_archive(release, "-offline.zip")) as z:
        pages |= {n: z.read(n).decode() for n in z.namelist() if n.endswith(".html")}
    assert len(pages) > 100
    missing = [name for name, html in pages.items() if f'<div class="sotay-release">{line}</div>' not in html]
    assert not missing, (line, missing[:5])


def test_release_site_lives_under_its_sub_path(release, tmp_path):
    with tarfile.open(_archive(release, ".tar.gz")) as t:
        t.extractall(tmp_path, filter="data")
    site = next(tmp_path.iterdir())
    page_404 = (site / "404.html").read_text()
    assert 'href="/so-tay/assets/' in page_404, "the 404 page is served at any depth: absolute, with the sub-path"
    for html in [site / "index.html", *site.glob("chuyen-de/*/*/index.html")]:
        for url in re.findall(r'(?:href|src)="([^"#]+)"', html.read_text()):
            assert not url.startswith("/") or url.startswith(SUB), (html, url)


def test_dist_refuses_a_site_that_references_another_host(tmp_path):
    project = copy_content(tmp_path)
    css = project / "docs/assets/stylesheets/sotay.css"
    css.write_text('@import url("https://fonts.googleapis.com/css?family=Roboto");\n' + css.read_text())
    out = tmp_path / "dist"
    (out / "sotay-0.0.9.tar.gz").parent.mkdir()
    (out / "sotay-0.0.9.tar.gz").write_bytes(b"the last release")  # a run before this one
    proc = run_sotay("dist", "--config", str(project / "mkdocs.yml"), "--out", str(out), env={"SITE_URL": ""})
    assert proc.returncode == 1
    assert "fonts.googleapis.com" in proc.stderr
    # No SITE_URL: built for the default, and said so before the build rather than silently.
    assert "Chưa đặt SITE_URL: bản phát hành này dựng cho địa chỉ mặc định http://localhost/so-tay/" in proc.stderr
    assert "make dist SITE_URL=http://so-tay.intranet/so-tay/" in proc.stderr, proc.stderr
    assert not out.exists()  # nothing a pipeline could mistake for this build's release


def test_an_unfilled_template_builds_for_review_but_is_never_released(tmp_path):
    project = copy_content(tmp_path)
    made = new(project / "content", "meeting", "Chi bộ Khu phố 3")
    rel = made.relative_to(project).as_posix()
    check = run_sotay("check", "--content", str(project / "content"))
    assert check.returncode == 0 and f"{rel}:2:1: T101" in check.stdout, (check.stdout, check.stderr)
    preview = run_sotay("build", "--config", str(project / "mkdocs.yml"), "--site-dir", str(tmp_path / "site"))
    assert preview.returncode == 0, preview.stderr[-3000:]
    assert (tmp_path / "site" / "mo-hinh" / made.stem / "index.html").is_file()
    out = tmp_path / "dist"
    proc = run_sotay("dist", "--config", str(project / "mkdocs.yml"), "--out", str(out), "--site-url", RELEASE_URL)
    assert proc.returncode == 1 and f"{rel}:2:1: T101" in proc.stderr, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr and not out.exists()
    # Said as it is: there is no folder left to be "empty".
    assert f"Không tạo bản phát hành: không ghi gì vào {out}" in proc.stderr and "để trống" not in proc.stderr
    assert "Chưa đặt SITE_URL" not in proc.stderr


# --- nginx -------------------------------------------------------------------------


@contextlib.contextmanager
def _deployed_and_served(release: Path, base: Path, site_conf: str, signers: Path | None = None):
    """The release deployed with scripts/deploy into base/srv, served by nginx with site_conf; with
    signers, into a root that takes signed releases only."""
    if not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists():
        pytest.fail("Debian's nginx is missing: run `make system-deps` (make test does it).")
    srv = base / "srv"
    if signers:
        srv.mkdir(parents=True)
        shutil.copy(signers, srv / "allowed_signers")
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(_archive(release, ".tar.gz")), "--root", str(srv)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert ("chữ ký đã kiểm tra" in proc.stdout) == bool(signers), proc.stdout
    with _nginx(base, srv, site_conf) as url:
        yield url, srv


@pytest.fixture(scope="module")
def served(release, release_key, tmp_path_factory):
    """The release served with its own nginx.conf, as the operator installs it."""
    conf = (release / "nginx.conf").read_text()
    with _deployed_and_served(release, tmp_path_factory.mktemp("nginx"), conf, release_key[1]) as url_and_srv:
        yield url_and_srv


@pytest.fixture(scope="module")
def served_at_root(root_release, tmp_path_factory):
    """The release built for the root, served at / with the nginx.conf `make dist` wrote for it."""
    conf = (root_release / "nginx.conf").read_text()
    with _deployed_and_served(root_release, tmp_path_factory.mktemp("nginx-root"), conf) as url_and_srv:
        yield url_and_srv


@contextlib.contextmanager
def _nginx(base: Path, srv: Path, site_conf: str, user: str = "root"):
    """nginx serving site_conf on a free port of 127.0.0.1, its alias pointing into srv; its workers
    run as `user` when the tests run as root (nginx's own user there sees what www-data would)."""
    base.mkdir(parents=True, exist_ok=True)
    temp = {name: base / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    main = f"""
{f"user {user};" if os.geteuid() == 0 else ""}
worker_processes 1;
daemon off;
pid {base}/nginx.pid;
error_log {base}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {temp['body']};
    proxy_temp_path {temp['proxy']};
    fastcgi_temp_path {temp['fastcgi']};
    uwsgi_temp_path {temp['uwsgi']};
    scgi_temp_path {temp['scgi']};
    include {base}/sotay.conf;
}}
"""
    (base / "nginx.conf").write_text(main)
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    # A port found free may be taken by another test worker before nginx binds it: nginx then
    # exits, and the test tries another port rather than running against nothing.
    for _ in range(3):
        port = free_port()
        # Only the port and the alias root change: the rest is the config as the release ships it.
        (base / "sotay.conf").write_text(re.sub(r"(?m)^    listen [^;]+;$", f"    listen 127.0.0.1:{port};", site_conf)
                                         .replace("/srv/sotay/", f"{srv}/"))
        test = subprocess.run([nginx, "-t", "-c", str(base / "nginx.conf"), "-p", str(base)], capture_output=True, text=True)
        assert test.returncode == 0, test.stderr
        server = subprocess.Popen([nginx, "-c", str(base / "nginx.conf"), "-p", str(base)], stderr=subprocess.DEVNULL)
        deadline, up = time.monotonic() + 10, False
        while not up and server.poll() is None and time.monotonic() < deadline:
            with socket.socket() as s:
                up = s.connect_ex(("127.0.0.1", port)) == 0
            time.sleep(0 if up else 0.05)
        if up:
            break
        server.kill()
        server.wait(10)
    else:
        log = base / "error.log"
        pytest.fail("nginx did not start: " + (log.read_text()[-2000:] if log.is_file() else "no error log"))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(10)


def test_a_release_built_for_the_root_ships_an_nginx_conf_that_serves_it_at_the_root(root_release, served_at_root):
    # The root's changes made by hand once turned "location = /" into "return 302 /": a loop.
    conf = (root_release / "nginx.conf").read_text()
    assert conf.startswith("# Written by `make dist` for SITE_URL=http://so-tay.intranet/\n"), conf[:200]
    server = conf.split("server {", 1)[1]
    assert "sub-path only" not in server and "/so-tay" not in server and "location = /so-tay" not in server
    assert json.loads((root_release / "manifest.json").read_text())["base_path"] == "/"
    base, _ = served_at_root
    status, headers = _no_redirect(base + "/")
    assert status == 200, (status, headers)
    status, headers, body = _get(base + "/")
    assert status == 200 and "Sổ tay sinh hoạt chi bộ" in body.decode() and "/so-tay/" not in body.decode()
    assert "unsafe-inline" not in headers["Content-Security-Policy"] and headers["Cache-Control"] == "no-cache"
    bundle = re.search(r'src="([^"]*assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js)"', body.decode()).group(1)
    status, headers, _ = _get(base + "/" + bundle.removeprefix("/"))
    assert status == 200 and headers["Cache-Control"] == "public, max-age=31536000, immutable", headers
    status, headers, _ = _get(base + "/assets/stylesheets/sotay.css")
    assert status == 200 and headers["Cache-Control"] == "no-cache"
    # The 404 page, at any depth, in Vietnamese, its way back and its assets at the root.
    status, headers, body = _get(base + "/khong-co/trang-nay/")
    assert status == 404 and "Không tìm thấy trang này" in body.decode() and "Content-Security-Policy" in headers
    assert 'href="/"' in body.decode() and 'href="/huong-dan/"' in body.decode() and 'href="/assets/' in body.decode()
    status, headers = _no_redirect(base + "/huong-dan")
    assert status == 301 and headers["Location"] == "/huong-dan/", (status, headers)
    status, _, body = _get(base + "/assets/")
    assert status == 404 and "Không tìm thấy trang này" in body.decode()
    status, _, body = _get(base + "/manifest.json")
    assert status == 404 and b'"commit"' not in body


@pytest.mark.parametrize("site_url", ["http://so-tay.intranet:8080/khac/", "https://may-chu.intranet/ban.v2/"])
def test_the_nginx_conf_of_a_release_serves_the_sub_path_host_and_port_it_was_built_for(tmp_path, site_url):
    """`make dist SITE_URL=http://host:8080/khac/` shipped deploy/nginx.conf as it is: /so-tay/ served,
    /khac/ not, on port 80, for so-tay.intranet."""
    parts = urlsplit(site_url)
    sub = parts.path
    conf = for_site_url(site_url)
    assert conf.startswith(f"# Written by `make dist` for SITE_URL={site_url}\n"), conf[:200]
    server = conf.split("server {", 1)[1]
    assert "/so-tay" not in server and f"\n    server_name {parts.hostname};\n" in server
    if parts.scheme == "https":  # the TLS lines are the operator's to fill in with the internal CA's files
        assert "\n    listen 80;\n" in server and "\n    #     listen 443 ssl;\n" in server
        assert "#     ssl_certificate     /etc/ssl/certs/may-chu.intranet.pem;" in server and "\n    ssl_" not in server
    else:
        assert "\n    listen 8080;\n" in server and "listen 80;" not in server
    # The sub-path's dot escaped in both regexes (the map's key, the downloads' location).
    assert sub != "/ban.v2/" or ('"~^/ban\\.v2/assets/' in conf and "location ~ ^/ban\\.v2/(tai-ve/" in conf)
    bundle, download = "assets/javascripts/bundle.0123abcd.min.js", "tai-ve/mau.md"
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    deploy(_fake_release(dist, "9.1.0", {"index.html": "<h1>Sổ tay sinh hoạt chi bộ</h1>", bundle: "x=1", download: "# Mẫu",
                                         "404.html": "<h1>Không tìm thấy trang này</h1>", "manifest.json": '{"commit": "x"}'}), root)
    with _nginx(tmp_path / "nginx", root, conf) as base:  # `nginx -t` first
        status, headers, body = _get(base + sub)
        assert status == 200 and "Sổ tay sinh hoạt chi bộ" in body.decode() and headers["Cache-Control"] == "no-cache"
        status, headers, _ = _get(base + sub + bundle)
        assert status == 200 and headers["Cache-Control"] == "public, max-age=31536000, immutable", headers
        assert _no_redirect(base + sub.rstrip("/") + "?q=a")[1]["Location"] == sub + "?q=a"
        assert _no_redirect(base + "/")[1]["Location"] == sub
        status, headers, _ = _get(base + sub + download)
        assert status == 200 and headers["Content-Type"] == "text/markdown; charset=utf-8", headers
        status, _, body = _get(base + sub + "manifest.json")
        assert status == 404 and b"commit" not in body
        # Elsewhere, nothing: the template's /so-tay/, and an address only an unescaped dot would
        # take for the sub-path.
        for other in ["/so-tay/", "/so-tay/" + bundle] + ([sub.replace(".", "x") + download] if "." in sub else []):
            status, headers, body = _get(base + other)
            assert status == 404 and "Không tìm thấy trang này" in body.decode(), other
            assert headers["Cache-Control"] == "no-cache", (other, headers["Cache-Control"])


def test_the_locations_for_a_shared_host_serve_the_handbook_beside_the_host_s_own_site(tmp_path):
    """An operator's (2026-12-07): nginx.conf, a server { } of its own, took over a host that
    served an office portal (its pages answered the handbook's 404 page), and its locations moved
    by hand into the portal's server { } lost the policy, the cache headers, gzip and the 404 page.
    nginx-locations.conf, included there, serves the handbook under its sub-path with all of them."""
    site_url = "http://cong-thong-tin.intranet/so-tay/"
    bundle, page = "assets/javascripts/bundle.0123abcd.min.js", "huong-dan/index.html"
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    ours = {"assets/javascripts/sotay.js": "y=2;", "search/search_index.json": "{}", "tai-ve/huong-dan/a.md": "# A"}
    deploy(_fake_release(dist, "9.2.0", {"index.html": "<h1>Sổ tay sinh hoạt chi bộ</h1>", bundle: "x=1;" * 400,
                                         page: "<p>Hướng dẫn</p>", "404.html": "<h1>Không tìm thấy trang này</h1>",
                                         "manifest.json": '{"commit": "x"}', **ours}), root)
    # The portal's own regex location, for its scripts and data, before the include and after it: a
    # portal's "location ~* \.(css|js)$ { expires 30d; }" answered the handbook's sotay.js from its root.
    greedy = '    location ~* \\.(?:css|js|json|md)$ {\n        return 418;\n    }\n'
    portal = ("server {\n    listen 80;\n    server_name cong-thong-tin.intranet;\n" + greedy
              + for_a_shared_host(site_url).split("\n\n", 1)[1]
              + '    location / {\n        default_type text/plain;\n        return 200 "cong thong tin";\n    }\n'
              + greedy + '}\n')
    with _nginx(tmp_path / "nginx", root, portal) as base:
        status, _, body = _get(base + "/van-ban-den/")
        assert status == 200 and body == b"cong thong tin"
        status, headers, body = _get(base + "/so-tay/")
        assert status == 200 and "Sổ tay" in body.decode() and headers["Cache-Control"] == "no-cache"
        assert headers["Content-Security-Policy"].startswith("default-src 'self'") and headers["X-Frame-Options"] == "DENY"
        status, headers, _ = _get(base + "/so-tay/" + bundle, **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers["Cache-Control"] == "public, max-age=31536000, immutable", headers
        assert headers["Content-Encoding"] == "gzip" and headers["Content-Security-Policy"], headers
        for path, text in ours.items():
            status, headers, body = _get(base + "/so-tay/" + path)
            assert status == 200 and body.decode() == text and headers["Cache-Control"] == "no-cache", (path, status, headers)
        assert _get(base + "/so-tay/tai-ve/huong-dan/a.md")[1]["Content-Type"] == "text/markdown; charset=utf-8"
        assert _get(base + "/portal.js")[0] == 418  # the portal's own, as it was
        assert _no_redirect(base + "/so-tay/huong-dan")[1]["Location"] == "/so-tay/huong-dan/"
        for missing in ("/so-tay/khong-co/", "/so-tay/manifest.json", "/so-tay/assets/"):
            status, headers, body = _get(base + missing)
            assert status == 404 and "Không tìm thấy trang này" in body.decode(), missing
            assert headers["Content-Security-Policy"] and headers["Cache-Control"] == "no-cache", (missing, headers)
    with pytest.raises(ValueError):
        for_a_shared_host("http://cong-thong-tin.intranet/")  # at the root, the handbook is the host


def test_two_sites_configs_loaded_together_keep_their_own_cache_headers(tmp_path):
    """nginx's maps are global to http { }: two handbooks' configs (staging and live) both set
    $sotay_cache_control, and the one loaded last gave the other's bundles "no-cache"."""
    names = []
    # Addresses whose names spelled from their words are alike ("/a-b/" and "/a/b/", a port and a
    # path), and one whose name so spelled outgrew nginx's variables hash.
    urls = ("http://127.0.0.1:18510/so-tay/", "http://127.0.0.1:18512/", "http://so-tay.intranet/so-tay/",
            "http://so-tay.intranet/so/tay/", "http://so-tay.intranet:8080/", "http://so-tay.intranet/8080/",
            "http://so-tay-sinh-hoat-chi-bo.dang-uy-khoi-co-quan.intranet:8443/so-tay-sinh-hoat/ban-thu-nghiem/")
    confs = []
    for url in urls:
        conf = for_site_url(url)
        variables = set(re.findall(r"\$sotay_cache_control\w*", conf))
        assert len(variables) == 1, variables  # the map and the add_header name the same one
        names += variables
        confs.append(conf)
    assert len(set(names)) == len(urls), names
    # And nginx takes them all in one http { }, each served: one handbook per host name and port
    # (deploy/README.md), the second of two for the same one ignored with only a warning.
    hosts = {}
    for conf, url in zip(confs, urls, strict=True):
        hosts.setdefault(url.split("/")[2], conf)
    confs = list(hosts.values())
    assert len(confs) == 5
    (tmp_path / "sites.conf").write_text("\n".join(confs))
    temp = "".join(f"{name}_temp_path {tmp_path}/{name};\n" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (tmp_path / "nginx.conf").write_text(f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
                                         f"http {{\n{temp}include /etc/nginx/mime.types;\ninclude {tmp_path}/sites.conf;\n}}\n")
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    test = subprocess.run([nginx, "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)], capture_output=True, text=True)
    assert test.returncode == 0 and "conflicting server name" not in test.stderr, test.stderr


def _get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_nginx_serves_the_site_with_headers_gzip_and_caching(served):
    base, _ = served
    status, headers, body = _get(base + SUB)
    assert status == 200 and "Sổ tay sinh hoạt chi bộ" in body.decode()
    assert "default-src 'self'" in headers["Content-Security-Policy"] and "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Cache-Control"] == "no-cache"
    assert headers["Content-Type"].startswith("text/html") and "utf-8" in headers["Content-Type"].lower()
    css = re.search(r'href="([^"]*assets/stylesheets/main\.[0-9a-f]{8}\.min\.css)"', body.decode()).group(1)
    status, headers, data = _get(base + SUB + css, **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("Content-Encoding") == "gzip" and gzip.decompress(data)
    assert "immutable" in headers["Cache-Control"] and "31536000" in headers["Cache-Control"]
    status, headers, _ = _get(base + SUB + "assets/stylesheets/sotay.css")
    assert status == 200 and headers["Cache-Control"] == "no-cache"
    # Its Vietnamese words ("Bước ") read as UTF-8 whatever the browser would guess.
    assert headers["Content-Type"] == "text/css; charset=utf-8", headers
    status, headers, body = _get(base + SUB + "khong-co-trang-nay/")
    assert status == 404 and "Sổ tay sinh hoạt chi bộ" in body.decode() and "Content-Security-Policy" in headers
    # In Vietnamese, with the way back under the sub-path, whatever the depth of the missing address.
    assert "Không tìm thấy trang này" in body.decode() and "Not found" not in body.decode()
    assert f'href="{SUB}"' in body.decode() and f'href="{SUB}huong-dan/"' in body.decode()
    status, headers = _no_redirect(base + "/")
    assert status == 302 and headers["Location"].endswith(SUB), (status, headers)


def _no_redirect(url):
    opener = urllib.request.build_opener(type("NoRedirect", (urllib.request.HTTPRedirectHandler,), {"redirect_request": lambda *a: None}))
    try:
        with opener.open(url) as r:
            return r.status, dict(r.headers)
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers)


def test_the_sub_path_without_its_slash_redirects(served):
    base, srv = served
    status, headers = _no_redirect(base + SUB.rstrip("/"))
    assert status == 301 and headers["Location"].endswith(SUB), (status, headers)
    status, headers = _no_redirect(base + SUB.rstrip("/") + "?q=phe+binh")
    assert status == 301 and headers["Location"].endswith(SUB + "?q=phe+binh")
    # A folder named without its slash: the redirect keeps the host and port the reader used (a
    # proxy or a mapped port in front of nginx), so it is a path, not nginx's own address.
    status, headers = _no_redirect(base + SUB + "huong-dan")
    assert status == 301 and headers["Location"] == SUB + "huong-dan/", (status, headers)
    # A folder without a page (assets/) is "not found" in Vietnamese, not nginx's English 403 page,
    # and no response names nginx's version.
    status, headers, body = _get(base + SUB + "assets/")
    assert status == 404 and "Không tìm thấy trang này" in body.decode() and "nginx/" not in body.decode()
    assert headers.get("Server") == "nginx", headers.get("Server")
    # Outside the sub-path nothing is served, not even nginx's default root (srv's parent is nginx's
    # prefix here, whose html/ stands for Debian's /usr/share/nginx/html and its welcome page).
    welcome = srv.parent / "html"
    welcome.mkdir(exist_ok=True)
    (welcome / "index.html").write_text("Welcome to nginx!")
    for path in ("/index.html", "/robots.txt", SUB + "huong-dan/%2e%2e/%2e%2e/index.html"):
        status, _, body = _get(base + path)
        assert status == 404 and "Không tìm thấy trang này" in body.decode() and "Welcome" not in body.decode(), path


def test_only_hashed_bundles_are_cached_for_long_everything_else_revalidates(served):
    base, _ = served
    _, _, body = _get(base + SUB)
    bundle = re.search(r'src="([^"]*assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js)"', body.decode()).group(1)
    status, headers, _ = _get(base + SUB + bundle)
    assert status == 200 and headers["Cache-Control"] == "public, max-age=31536000, immutable"
    # Same names in every release: the browser must ask again (and gets a 304 while unchanged).
    for path in ("assets/javascripts/sotay.js", "assets/stylesheets/sotay.css", "assets/stylesheets/fonts.css",
                 "search/search_index.json", "chuyen-de/thu-vien-chung/bien-ban-dien-tu/", "", "sitemap.xml"):
        status, headers, _ = _get(base + SUB + path)
        assert status == 200 and headers["Cache-Control"] == "no-cache", (path, headers.get("Cache-Control"))
        assert headers.get("ETag") and headers.get("Last-Modified"), path
        again, headers, body = _get(base + SUB + path, **{"If-None-Match": headers["ETag"]})
        assert again == 304 and not body, path


def test_the_release_manifest_is_not_served(served):
    base, srv = served
    assert (srv / "current/manifest.json").is_file(), "the release carries its manifest for the operator"
    status, headers, body = _get(base + SUB + "manifest.json")
    assert status == 404 and b'"commit"' not in body and "Sổ tay sinh hoạt chi bộ" in body.decode()


def _browse_within_the_policy(browser, base: str, prefix: str) -> None:
    """In headless Chromium, at base + prefix: the home page, a topic, a registry page, then a search
    whose first result is followed, and a missing address two folders deep. No request fails (nor is
    answered with an error status, but for the missing page itself), none leaves the host, and the
    Content-Security-Policy refuses nothing."""
    context = browser.new_context(locale="vi-VN")
    context.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation', e => "
                            "window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
    page = context.new_page()
    requests, failed, console = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: failed.append((r.url, r.failure)))
    page.on("response", lambda r: r.status >= 400 and failed.append((r.url, r.status)))
    page.on("console", lambda m: console.append(m.text))
    host = urlsplit(base).netloc
    for path, title in [("", "Sổ tay sinh hoạt chi bộ"), ("chuyen-de/thu-vien-chung/bien-ban-dien-tu/", "Số hóa biên bản"),
                        ("van-ban/50-ct-tw-2025/", "Chỉ thị 50-CT/TW")]:
        response = page.goto(base + prefix + path)
        page.wait_for_load_state("networkidle")
        assert response.status == 200 and title in page.locator("h1").first.inner_text()
        assert page.evaluate("window.__csp") == [], page.evaluate("window.__csp")
    results = search(page, "phe binh")
    assert results and any("phe-binh" in r for r in results[:3]), results
    assert page.evaluate("window.__csp") == []
    with page.expect_navigation() as followed:
        page.locator(".md-search-result__item > .md-search-result__link").first.click()
    page.wait_for_load_state("networkidle")
    assert followed.value.status == 200 and urlsplit(page.url).path == prefix + results[0].lstrip("/"), page.url
    assert page.locator("h1").first.inner_text().strip() and page.evaluate("window.__csp") == []
    # Pages link their assets relatively, but the 404 page is served at any depth: its links are
    # absolute, and hold only for the base path the release was built for.
    missing = base + prefix + "khong-co/trang-nay/"
    response = page.goto(missing)
    page.wait_for_load_state("networkidle")
    assert response.status == 404 and "Không tìm thấy trang này" in page.locator("h1").first.inner_text()
    assert page.evaluate("window.__csp") == []
    context.close()
    failed.remove((missing, 404))
    assert not failed, failed
    assert all(urlsplit(u).netloc == host for u in requests if u.startswith("http")), [u for u in requests if host not in u]
    assert not [m for m in console if "Content Security Policy" in m or "Refused to" in m], console


def test_browsing_under_the_sub_path_stays_on_the_host_and_within_the_policy(browser, served):
    _browse_within_the_policy(browser, served[0], SUB)


def test_browsing_at_the_root_stays_on_the_host_and_within_the_policy(browser, served_at_root):
    _browse_within_the_policy(browser, served_at_root[0], "/")


def test_offline_zip_opens_from_file_and_searches(release, browser, tmp_path):
    with zipfile.ZipFile(_archive(release, "-offline.zip")) as z:
        z.extractall(tmp_path)
    index = next(tmp_path.glob("*/index.html"))
    # No server sends a policy here: the page's own <meta> policy is the only guard, and the
    # search (a worker run in an iframe on file://) works within it.
    assert '<meta http-equiv="Content-Security-Policy"' in index.read_text()
    context = browser.new_context()
    context.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation', e => "
                            "window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
    page = context.new_page()
    requests, console = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: console.append(m.text))
    page.goto(index.as_uri())
    results = search(page, "sinh hoat chuyen de")
    violations = page.evaluate("window.__csp")
    context.close()
    assert "/huong-dan/sinh-hoat-chuyen-de/" in results[:3]
    assert all(u.startswith("file://") or u.startswith("data:") or u == "about:blank" for u in requests)
    assert violations == [] and not [m for m in console if "Content Security Policy" in m], (violations, console)


def test_every_page_carries_the_policy_nginx_sends(release, tmp_path):
    """One policy: the <meta> in every page (config.extra) is nginx's header less frame-ancestors,
    which a <meta> cannot carry."""
    conf = (release / "nginx.conf").read_text()
    header = re.search(r'add_header Content-Security-Policy "([^"]+)"', conf).group(1)
    directives = lambda policy: {d.strip() for d in policy.split(";") if d.strip()}  # noqa: E731
    with tarfile.open(_archive(release, ".tar.gz")) as tar:
        pages = [m for m in tar.getmembers() if m.name.endswith(".html")]
        assert len(pages) > 50
        for member in pages:
            meta = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">',
                              tar.extractfile(member).read().decode())
            assert len(meta) == 1, member.name
            assert directives(meta[0]) == directives(header) - {"frame-ancestors 'none'"}, member.name


# --- deploy, switch, rollback ------------------------------------------------------------


def _fake_release(dist: Path, version: str, site_files: dict) -> Path:
    site = dist / f"site-{version}"
    for name, text in site_files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text)
    archive = dist / f"sotay-{version}.tar.gz"
    _tar(site, f"sotay-{version}", archive, 0)
    # A rebuild under the same name writes its line anew, as `make dist` writes SHA256SUMS (two
    # lines for one name with two hashes are refused, as `sha256sum -c` fails them).
    sums = dist / "SHA256SUMS"
    kept = [line for line in (sums.read_text().splitlines() if sums.exists() else []) if not line.endswith(f"  {archive.name}")]
    sums.write_text("".join(f"{line}\n" for line in kept) + f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n")
    return archive


def test_deploy_switches_keeps_five_and_rolls_back(tmp_path):
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    archives = [_fake_release(dist, f"1.0.{i}", {"index.html": f"bản {i}"}) for i in range(7)]
    for archive in archives:
        deploy(archive, root)
        assert (root / "current" / "index.html").read_text() == f"bản {archive.name[10:-7].split('.')[-1]}"
    assert current(root) == "1.0.6"
    assert sorted(p.name for p in (root / "releases").iterdir() if p.is_dir()) == [f"1.0.{i}" for i in range(2, 7)]
    assert sorted(p.name for p in (root / "releases").glob("*.sha256")) == [f"1.0.{i}.sha256" for i in range(2, 7)]
    assert rollback(root) == "1.0.5" and (root / "current/index.html").read_text() == "bản 5"
    assert rollback(root) == "1.0.4"
    deploy(archives[6], root)
    assert current(root) == "1.0.6" and (root / "current").is_symlink()
    # Back to what was live before 1.0.6 went live again: 1.0.4 (1.0.5 was rolled away from).
    assert rollback(root) == "1.0.4"
    # A rollback does not shrink what is kept: the next deploy keeps the five deployed last.
    deploy(_fake_release(dist, "1.0.7", {"index.html": "bản 7"}), root)
    assert sorted(p.name for p in (root / "releases").iterdir() if p.is_dir()) == [f"1.0.{i}" for i in range(3, 8)]
    assert rollback(root) == "1.0.4"
    assert rollback(root) == "1.0.3"


def test_a_rollback_never_brings_back_a_release_rolled_away_from(tmp_path):
    """Rolled back from a bad 1.0.2 to 1.0.1, then 1.0.3 deployed and rolled back: the reader gets
    1.0.1 again. A rollback used to go to the release deployed before the live one, 1.0.2, the very
    release the operator had taken down."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    for i in (1, 2):
        deploy(_fake_release(dist, f"1.0.{i}", {"index.html": f"bản {i}"}), root)
    assert rollback(root) == "1.0.1"
    deploy(_fake_release(dist, "1.0.3", {"index.html": "bản 3"}), root)
    proc = subprocess.run([str(ROOT / "scripts/deploy"), "--status", "--root", str(root)], capture_output=True, text=True)
    assert "--rollback sẽ quay về: 1.0.1" in proc.stdout, proc.stdout
    assert rollback(root) == "1.0.1" and (root / "current/index.html").read_text() == "bản 1"
    with pytest.raises(DeployError, match="1.0.1 .bản đang chạy. đã là bản cũ nhất --rollback về được"):
        rollback(root)
    # A root deployed before the log of live releases existed goes back as it did.
    (root / "live").unlink()
    deploy(_fake_release(dist, "1.0.4", {"index.html": "bản 4"}), root)
    (root / "live").unlink()
    assert rollback(root) == "1.0.3"


def test_a_rollback_skips_a_release_no_longer_on_disk(tmp_path):
    """The log of live releases outlives the releases pruned or removed by hand: a rollback goes to
    the newest earlier one still on disk, and says so plainly when there is none."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    for i in (1, 2, 3):
        deploy(_fake_release(dist, f"1.0.{i}", {"index.html": f"bản {i}"}), root)
    shutil.rmtree(root / "releases" / "1.0.2")  # an operator freeing space
    assert rollback(root) == "1.0.1" and (root / "current/index.html").read_text() == "bản 1"
    # Two kept: back to 1.0.4, then 1.0.6 deployed keeps 1.0.4, where a rollback goes, and prunes
    # 1.0.5, rolled away from (it kept the two deployed last, and the rollback had nowhere to go).
    other = tmp_path / "srv2"
    for i in (4, 5):
        deploy(_fake_release(dist, f"1.0.{i}", {"index.html": f"bản {i}"}), other, keep=2)
    assert rollback(other) == "1.0.4"
    deploy(_fake_release(dist, "1.0.6", {"index.html": "bản 6"}), other, keep=2)
    assert sorted(p.name for p in (other / "releases").iterdir() if p.is_dir()) == ["1.0.4", "1.0.6"]
    assert rollback(other) == "1.0.4"
    # Said as what is: "Không quay lại: Không có bản phát hành trước đó…" read as a double negation.
    proc = _run_deploy("--rollback", "--root", other)
    assert proc.returncode == 1 and proc.stderr == (
        "Không quay lại: 1.0.4 (bản đang chạy) đã là bản cũ nhất --rollback về được; xem lịch sử bằng --status. "
        "Muốn chạy một bản khác, hãy triển khai lại tệp phát hành của bản đó.\n"), proc.stderr
    assert current(other) == "1.0.4"
    (tmp_path / "empty").mkdir()
    proc = _run_deploy("--rollback", "--root", tmp_path / "empty")
    assert proc.returncode == 1 and proc.stderr == f"Không quay lại: chưa triển khai bản nào vào {tmp_path / 'empty'}.\n"


def test_a_disk_that_fills_after_the_switch_is_told_as_deployed(tmp_path, monkeypatch):
    """The history written after the switch failed on a full disk, and the deploy said "bản đang
    chạy không đổi" with the new release live; an empty live.tmp stayed behind."""
    from sotay.deploy import actions, cli, releases

    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    deploy(_fake_release(dist, "1.0.1", {"index.html": "bản 1"}), root)
    archive = _fake_release(dist, "1.0.2", {"index.html": "bản 2"})
    written = releases.write_list

    def full(where, name, versions):
        raise OSError(errno.ENOSPC, "No space left on device", str(where / f"{name}.tmp"))

    monkeypatch.setattr(actions, "write_list", full)
    told = io.StringIO()
    monkeypatch.setattr(sys, "stderr", told)
    assert cli.main([str(archive), "--root", str(root)]) == 1
    monkeypatch.setattr(actions, "write_list", written)
    assert current(root) == "1.0.2"
    assert told.getvalue().startswith(f"Đã triển khai 1.0.2 ({root / 'current'}): bạn đọc đang thấy bản này, nhưng chưa ghi "
                                      "được lịch sử triển khai"), told.getvalue()
    assert "không đổi" not in told.getvalue() and "giải phóng chỗ trên đĩa" in told.getvalue()
    # A history file the operator made read-only: not a full disk, and not told as one.
    def locked(where, name, versions):
        raise OSError(errno.EPERM, "Operation not permitted", str(where / f"{name}.tmp"))

    monkeypatch.setattr(actions, "write_list", locked)
    told.truncate(0)
    assert cli.main([str(archive), "--root", str(root)]) == 1
    monkeypatch.setattr(actions, "write_list", written)
    assert "cho phép ghi vào" in told.getvalue() and "giải phóng chỗ" not in told.getvalue(), told.getvalue()
    assert rollback(root) == "1.0.1"
    # A list that cannot be written leaves no empty one behind.
    monkeypatch.setattr(releases.os, "replace", lambda *_: full(root, "live", []))
    with pytest.raises(OSError):
        releases.write_list(root, "live", ["1.0.1"])
    assert not (root / "live.tmp").exists()


def test_an_archive_without_its_home_page_is_refused(tmp_path):
    """Hashes match, the folder is there, but no index.html: nginx would serve a 403 at the site's address."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    deploy(_fake_release(dist, "1.0.1", {"index.html": "bản 1"}), root)
    with pytest.raises(DeployError, match="không chứa thư mục sotay-1.0.2/ với index.html"):
        deploy(_fake_release(dist, "1.0.2", {"huong-dan/index.html": "bản 2"}), root)
    assert current(root) == "1.0.1" and not (root / "releases" / "1.0.2").exists()


def test_a_release_deployed_under_a_strict_umask_is_readable_by_the_web_server(tmp_path):
    # Hardened servers use umask 027; nginx's workers (www-data) must still read the release.
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    old = os.umask(0o027)
    try:
        deploy(_fake_release(dist, "1.0.0", {"index.html": "x", "assets/a.css": "y"}), root)
    finally:
        os.umask(old)
    # So must --status, run without sudo as deploy/README.md says: the logs and the hash record too.
    for path in (root / "releases", root / "releases/1.0.0", root / "releases/1.0.0/assets", root / "current/assets/a.css",
                 root / "history", root / "live", root / "releases/1.0.0.sha256"):
        assert path.stat().st_mode & 0o004 == 0o004, (path, oct(path.stat().st_mode))


@pytest.fixture
def reachable() -> Path:
    """A folder outside pytest's own (0700, so deploy rightly warns that nginx's user cannot reach
    a root below it), for the tests that read every word a deploy says."""
    top = Path(tempfile.mkdtemp(prefix="sotay-srv-", dir="/tmp"))
    top.chmod(0o755)
    yield top
    shutil.rmtree(top)


def test_a_first_deploy_under_a_strict_umask_is_served_to_nginx_s_own_user(tmp_path):
    """`(umask 027; python3 sotay-deploy.pyz X.tar.gz --root /tmp/r/sotay)` made the root and its
    missing parents drwxr-x---: nginx's www-data got 403 on every page, and deploy said it was done."""
    dist = tmp_path / "dist"
    dist.mkdir()
    pages = {"index.html": "<h1>Sổ tay sinh hoạt chi bộ</h1>", "404.html": "Không tìm thấy trang này"}
    # Outside pytest's own folder (0700, root's): www-data must be able to walk down to the release.
    top = Path(tempfile.mkdtemp(prefix="sotay-umask-", dir="/tmp"))
    try:
        top.chmod(0o755)
        root = top / "r" / "sotay"

        def strict(*args) -> subprocess.CompletedProcess:
            proc = subprocess.run(["sh", "-c", 'umask 027 && exec "$0" "$@"', str(ROOT / "scripts/deploy"), *map(str, args)],
                                  capture_output=True, text=True)
            assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
            return proc

        proc = strict(_fake_release(dist, "9.0.0", pages), "--root", root)
        assert proc.stderr == "", proc.stderr
        for folder in (top / "r", root, root / "releases", root / "current"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o755, (folder, oct(folder.stat().st_mode))
        assert strict("--status", "--root", root).stderr == ""
        www = _nginx_user()
        if www:
            with _nginx(tmp_path / "nginx", root, (ROOT / "deploy/nginx.conf").read_text(), user=www) as base:
                status, _, body = _get(base + SUB)
                assert status == 200 and "Sổ tay sinh hoạt chi bộ" in body.decode(), status
                root.chmod(0o750)  # what the fix must not do, and what --status now warns about
                status, _, body = _get(base + SUB)
                assert status != 200 and "Sổ tay" not in body.decode(), status
        root.chmod(0o750)
        # An existing root is the operator's: left as it is, and the deploy and --status say what nginx will meet.
        told = [strict(_fake_release(dist, "9.0.1", pages), "--root", root).stderr, strict("--status", "--root", root).stderr]
        assert stat.S_IMODE(root.stat().st_mode) == 0o750
        for stderr in told:
            assert stderr.startswith("Cảnh báo: nginx chạy bằng tài khoản khác (www-data) không vào được thư mục "
                                     f"{root} (drwxr-x---)") and f"chmod o+x {root}\n" in stderr, stderr
        root.chmod(0o755)
        (root / "current/index.html").chmod(0o600)
        told = strict("--status", "--root", root).stderr
        assert f"không đọc được tệp {root / 'releases/9.0.1/index.html'} (-rw-------)" in told, told
        # Every folder and file in the way at once: told one a run, an operator ran it three times.
        (top / "r").chmod(0o750)
        told = strict("--status", "--root", root).stderr
        assert f"vào được thư mục {top / 'r'} (drwxr-x---) và không đọc được tệp {root / 'releases/9.0.1/index.html'}" in told, told
        assert f"chmod o+x {top / 'r'} && chmod o+r {root / 'releases/9.0.1/index.html'}\n" in told, told
        (top / "r").chmod(0o755)
        if www:
            # The kernel reads the owner's bits for the owner: www-data owning the root without x
            # is refused, whatever the others' bits allow (they were read first, and it passed).
            (root / "current/index.html").chmod(0o644)
            shutil.chown(root, user=www)
            root.chmod(0o605)
            told = strict("--status", "--root", root).stderr
            assert f"không vào được thư mục {root} (drw----r-x)" in told and f"chmod u+x {root}\n" in told, told
    finally:
        shutil.rmtree(top)


def _nginx_user() -> str | None:
    """The user nginx's workers run as on Debian, when the tests can switch to it (as root)."""
    import pwd

    try:
        return pwd.getpwnam("www-data").pw_name if os.geteuid() == 0 else None
    except KeyError:
        return None


def test_a_rebuild_of_one_commit_is_the_same_build(tmp_path):
    # `make dist` twice: the same files, but manifest.json records each build's time.
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    deploy(_fake_release(dist, "1.0.0", {"index.html": "x", "manifest.json": '{"built": "10:00"}'}), root)
    shutil.rmtree(dist)
    dist.mkdir()
    assert deploy(_fake_release(dist, "1.0.0", {"index.html": "x", "manifest.json": '{"built": "10:05"}'}), root) == "1.0.0"
    shutil.rmtree(dist)
    dist.mkdir()
    with pytest.raises(DeployError, match="nội dung khác"):
        deploy(_fake_release(dist, "1.0.0", {"index.html": "y", "manifest.json": '{"built": "10:10"}'}), root)


def test_a_killed_deploy_leaves_nothing_behind_after_the_next(tmp_path):
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    deploy(_fake_release(dist, "1.0.0", {"index.html": "x"}), root)
    (root / "releases/.incoming-1.0.1-4242").mkdir()  # what a deploy killed while unpacking leaves
    deploy(_fake_release(dist, "1.0.1", {"index.html": "y"}), root)
    assert sorted(p.name for p in (root / "releases").iterdir() if p.is_dir()) == ["1.0.0", "1.0.1"]


def test_a_tampered_or_unlisted_archive_is_refused_and_the_live_site_stays(tmp_path):
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    good = _fake_release(dist, "2.0.0", {"index.html": "tốt"})
    deploy(good, root)
    bad = _fake_release(dist, "2.0.1", {"index.html": "mới"})
    data = bytearray(bad.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    with pytest.raises(DeployError, match="mã băm"):
        deploy(bad, root)
    stray = dist / "sotay-2.0.2.tar.gz"
    shutil.copy(good, stray)
    with pytest.raises(DeployError, match="không có dòng"):
        deploy(stray, root)
    assert current(root) == "2.0.0" and (root / "current/index.html").read_text() == "tốt"
    assert not (root / "releases/2.0.1").exists()
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(bad), "--root", str(root)], capture_output=True, text=True)
    assert proc.returncode == 1 and "Không triển khai" in proc.stderr and "Traceback" not in proc.stderr


def test_sha256sums_is_read_as_sha256sum_reads_it(tmp_path):
    """A line written with --tag or "./name" passes `sha256sum -c` and was refused as "not the same
    make dist"; the archive listed twice with two hashes fails `sha256sum -c` and was deployed."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    archive = _fake_release(dist, "2.2.0", {"index.html": "tốt"})
    sums = dist / "SHA256SUMS"
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    sums.write_text(f"SHA256 ({archive.name}) = {digest}\n")
    assert deploy(archive, root) == "2.2.0"
    sums.write_text(f"{digest}  ./{archive.name}\n")
    assert deploy(archive, root) == "2.2.0"
    sums.write_text(f"{'0' * 64}  {archive.name}\n{digest}  {archive.name}\n")
    with pytest.raises(DeployError, match="hai mã băm khác nhau"):
        deploy(archive, root)


def test_a_version_too_long_for_a_folder_s_name_is_told_before_anything_is_written(tmp_path):
    """A 242-character version, a legal file name, failed with "File name too long" from the OS."""
    dist = tmp_path / "dist"
    dist.mkdir()
    archive = _fake_release(dist, "2.0.0", {"index.html": "tốt"})
    long = archive.rename(dist / f"sotay-{'b' * 242}.tar.gz")
    with pytest.raises(DeployError, match="dài hơn 200 ký tự"):
        deploy(long, tmp_path / "srv")
    assert not (tmp_path / "srv" / "releases").exists()


def test_a_listed_file_changed_beside_the_archive_is_refused(tmp_path):
    """The manifest the README has the operator read site_url in, edited after the build, was
    deployed with "chữ ký đã kiểm tra": only the archive's line of SHA256SUMS was checked."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    archive = _fake_release(dist, "2.1.0", {"index.html": "tốt"})
    manifest = dist / "manifest.json"
    manifest.write_text('{"site_url": "http://so-tay.intranet/so-tay/"}')
    with open(dist / "SHA256SUMS", "a") as sums:
        sums.write(f"{hashlib.sha256(manifest.read_bytes()).hexdigest()}  manifest.json\n")
    assert deploy(archive, root) == "2.1.0"  # as built
    manifest.write_text('{"site_url": "http://may-khac/"}')
    # Run in the folder, as the checklist has it: the folder is named in full, not as ".".
    proc = subprocess.run([str(ROOT / "scripts/deploy"), archive.name, "--root", str(root)], cwd=dist, capture_output=True, text=True)
    assert proc.returncode == 1 and f"manifest.json trong {dist.resolve()} " in proc.stderr and "sha256sum -c" in proc.stderr, proc.stderr
    manifest.unlink()  # a file not copied beside the archive is not asked for
    assert deploy(archive, root) == "2.1.0"


def test_a_stop_during_the_switch_waits_for_it_and_a_read_only_disk_is_told_in_words(tmp_path):
    """Stopped halfway through replacing a live release, `current` stayed on a spare name; SIGTERM
    is held until the switch is whole, then ends the deploy as before (exit 143)."""
    code = ("import os, signal\nfrom sotay.deploy import cli, unpack\nsignal.signal(signal.SIGTERM, cli._stop)\ndone = []\n"
            "try:\n    with unpack._whole():\n        os.kill(os.getpid(), signal.SIGTERM)\n        done.append('whole')\n"
            "except SystemExit as stop:\n    print(done, stop.code)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.stdout == "['whole'] 143\n", (proc.stdout, proc.stderr)
    told = _explain(OSError(errno.EROFS, "Read-only file system", str(tmp_path / ".lock")), tmp_path)
    assert "chỉ đọc" in told and "findmnt" in told and "Read-only" not in told, told



def test_a_full_temporary_folder_is_told_as_it_not_as_the_deploy_root(tmp_path, monkeypatch):
    """The archive is checked in a copy in TMPDIR: a full /tmp was told as the deploy root's disk."""
    from sotay.deploy import cli

    monkeypatch.setattr(cli.tempfile, "gettempdir", lambda: "/tmp/nho")
    monkeypatch.setattr(cli, "_free", lambda path: 10 if str(path) == "/tmp/nho" else 10**11)
    told = _explain(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    assert told.startswith("hết chỗ trong thư mục tạm /tmp/nho (df -h /tmp/nho)") and "TMPDIR" in told, told
    monkeypatch.setattr(cli, "_free", lambda path: 10**11 if str(path) == "/tmp/nho" else 10)
    assert _explain(OSError(errno.ENOSPC, "No space left on device"), tmp_path).startswith(f"hết chỗ trên đĩa chứa {tmp_path}")


def test_the_deploy_script_speaks_vietnamese_and_runs_from_its_script_and_package(tmp_path):
    # The runbook copies scripts/deploy and sotay/deploy/ alone: there argparse's words stay English.
    copied = tmp_path / "copy"
    (copied / "scripts").mkdir(parents=True)
    (copied / "sotay").mkdir()
    shutil.copy(ROOT / "scripts/deploy", copied / "scripts/deploy")
    shutil.copytree(ROOT / "sotay/deploy", copied / "sotay/deploy", ignore=shutil.ignore_patterns("__pycache__"))
    for script, words in ((ROOT / "scripts/deploy", "thiếu đối số bắt buộc: --root"),
                          (copied / "scripts/deploy", "the following arguments are required: --root")):
        proc = subprocess.run([str(script)], capture_output=True, text=True)
        assert proc.returncode == 2 and words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    status = subprocess.run([str(copied / "scripts/deploy"), "--status", "--root", str(tmp_path / "srv")],
                            capture_output=True, text=True)
    assert "Traceback" not in status.stderr, status.stderr


def test_a_root_with_allowed_signers_takes_only_releases_its_keys_signed(tmp_path):
    # SHA256SUMS alone proves nothing against someone who can replace both files on the way: the
    # signature does, once the operator has put the release key's line in the root.
    key, signers = ssh_key(tmp_path / "ours", "ban-bien-tap@so-tay")
    other, _ = ssh_key(tmp_path / "theirs", "ke-la@mang-ngoai")
    root = tmp_path / "srv"
    root.mkdir()
    shutil.copy(signers, root / "allowed_signers")

    def release(version: str, text: str, signed_with: Path | None) -> Path:
        dist = tmp_path / f"dist-{version}"
        dist.mkdir()
        archive = _fake_release(dist, version, {"index.html": text})
        if signed_with:
            assert sign(dist / "SHA256SUMS", signed_with) is None
        return archive

    def run(archive: Path, *extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(ROOT / "scripts/deploy"), str(archive), "--root", str(root), *extra],
                              capture_output=True, text=True)

    good = run(release("4.0.0", "thật", key))
    assert good.returncode == 0 and "chữ ký đã kiểm tra" in good.stdout, good.stderr
    assert check_signature(tmp_path / "dist-4.0.0/SHA256SUMS", signers) == "ban-bien-tap@so-tay"
    forged = release("4.0.1", "giả", None)
    refusals = {"Thiếu chữ ký": forged}
    refusals["không do khóa nào"] = release("4.0.2", "giả", other)
    # Signed, then the archive swapped and its line in SHA256SUMS changed to match.
    swapped = release("4.0.3", "thật", key)
    sums = swapped.parent / "SHA256SUMS"
    _tar(tmp_path / "dist-4.0.1/site-4.0.1", "sotay-4.0.3", swapped, 0)
    sums.write_text(f"{hashlib.sha256(swapped.read_bytes()).hexdigest()}  {swapped.name}\n")
    refusals["không khớp"] = swapped
    # Signed, then opened and saved on Windows: `sha256sum -c` still passes it; told as such.
    windows = release("4.0.4", "thật", key)
    crlf = windows.parent / "SHA256SUMS"
    crlf.write_bytes(crlf.read_bytes().replace(b"\n", b"\r\n"))
    refusals["kiểu xuống dòng của Windows"] = windows
    for words, archive in refusals.items():
        proc = run(archive)
        assert proc.returncode == 1 and words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert current(root) == "4.0.0" and (root / "current/index.html").read_text() == "thật"
        assert not (root / "releases" / archive.name[6:-7]).exists()
    status = subprocess.run([str(ROOT / "scripts/deploy"), "--status", "--root", str(root)], capture_output=True, text=True)
    assert "Chữ ký: bắt buộc" in status.stdout, status.stdout
    # --allowed-signers names the file for a root that has none; without either, no signature is asked.
    bare = tmp_path / "bare"
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(forged), "--root", str(bare), "--allowed-signers", str(signers)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "Thiếu chữ ký" in proc.stderr, proc.stderr
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(forged), "--root", str(bare)], capture_output=True, text=True)
    assert proc.returncode == 0 and f"chữ ký chưa được kiểm tra (chưa có {bare / 'allowed_signers'})" in proc.stdout, proc.stdout


def test_a_rollback_to_a_release_whose_signature_was_never_checked_says_so(tmp_path, reachable):
    """Deployed before the root took signed releases only, a release went live again by --rollback
    with the words of a checked one, and --status did not tell it apart."""
    key, signers = ssh_key(tmp_path / "ours", "ban-bien-tap@so-tay")
    root, dist = reachable / "srv", tmp_path / "dist"
    dist.mkdir()
    old = _fake_release(dist, "5.0.0", {"index.html": "cũ"})
    assert _run_deploy(old, "--root", root).returncode == 0
    shutil.copy(signers, root / "allowed_signers")
    dist = tmp_path / "dist-2"
    dist.mkdir()
    new = _fake_release(dist, "5.0.1", {"index.html": "mới"})
    assert sign(dist / "SHA256SUMS", key) is None
    assert "chữ ký đã kiểm tra" in _run_deploy(new, "--root", root).stdout
    status = _run_deploy("--status", "--root", root).stdout
    assert "--rollback sẽ quay về: 5.0.0, chữ ký chưa kiểm tra" in status and "5.0.1, chữ ký" not in status, status
    proc = _run_deploy("--rollback", "--root", root)
    assert proc.returncode == 0 and current(root) == "5.0.0", proc.stderr
    assert proc.stderr.startswith("Cảnh báo: chữ ký của 5.0.0 chưa từng được kiểm tra"), proc.stderr
    assert "Đang chạy: 5.0.0, chữ ký chưa kiểm tra" in _run_deploy("--status", "--root", root).stdout
    # Forward again to the signed one: nothing to say of it.
    proc = _run_deploy(new, "--root", root)
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert "Đang chạy: 5.0.1\n" in _run_deploy("--status", "--root", root).stdout


def test_a_release_built_for_this_machine_alone_is_deployed_with_a_warning(tmp_path, reachable):
    """Built without SITE_URL, its nginx.conf answers "localhost" alone: it went live on a new
    server without a word, and readers typing the server's name reached nginx's default site."""
    dist, root = tmp_path / "dist", reachable / "srv"
    dist.mkdir()
    for version, url in (("7.3.0", "http://localhost/so-tay/"), ("7.3.1", "http://127.0.0.1:8080/so-tay/")):
        proc = _run_deploy(_built_for(dist, version, url), "--root", root)
        assert proc.returncode == 0 and current(root) == version, proc.stderr
        assert proc.stderr.startswith(f"Cảnh báo: sotay-{version}.tar.gz được dựng cho {url}, địa chỉ chỉ mở được trên chính máy "
                                      "chủ") and "\n    make dist SITE_URL=http://<máy chủ>/<thư mục con>/\n" in proc.stderr, proc.stderr


def test_a_commit_rebuilt_for_another_site_replaces_its_release_live_or_not(tmp_path, reachable):
    """The rebuild the host warning asks for (one commit, so one version, built for the right
    SITE_URL) was refused as other content, and the wrong host's build stayed live for good."""
    dist, root = tmp_path / "dist", reachable / "srv"
    dist.mkdir()
    wrong, right = "http://localhost/so-tay/", "http://so-tay.intranet/so-tay/"
    assert _run_deploy(_built_for(dist, "7.2.0", wrong), "--root", root).returncode == 0
    proc = _run_deploy(_built_for(dist, "7.2.0", right), "--root", root)
    assert proc.returncode == 0 and current(root) == "7.2.0", proc.stderr
    assert proc.stderr == (f"Cảnh báo: 7.2.0 đã có trong {root / 'releases'}, dựng cho {wrong}: bản dựng lại cho "
                           f"{right} thay nó.\n"), proc.stderr
    assert (root / "current/index.html").read_text() == right
    # Not live: replaced all the same, and live once deployed.
    assert _run_deploy(_built_for(dist, "7.2.1", right), "--root", root).returncode == 0
    assert _run_deploy(_built_for(dist, "7.2.0", wrong), "--root", root).returncode == 0
    assert current(root) == "7.2.0" and (root / "current/index.html").read_text() == wrong
    assert sorted(p.name for p in (root / "releases").iterdir()) == ["7.2.0", "7.2.0.sha256", "7.2.1", "7.2.1.sha256"]
    # Built for the same address with other files: still refused.
    proc = _run_deploy(_fake_release(dist, "7.2.0", {"index.html": "khác", "manifest.json": json.dumps(
        {"version": "7.2.0", "site_url": wrong, "base_path": "/so-tay/"})}), "--root", root)
    assert proc.returncode == 1 and "đã được triển khai với nội dung khác" in proc.stderr, proc.stderr
    assert (root / "current/index.html").read_text() == wrong


def test_make_dist_tells_the_hash_of_sha256sums_and_the_allowed_signers_line_that_deploys_it(release, root_release,
                                                                                             release_key, tmp_path):
    """README has the operator check SHA256SUMS's hash with the release's maker, which make dist did
    not print; and put the release key's line in allowed_signers, which it did not say either."""
    for dist in (release, root_release):
        told = (dist.parent / "dist.stderr").read_text()
        digest = hashlib.sha256((dist / "SHA256SUMS").read_bytes()).hexdigest()
        assert f"\nsha256 của SHA256SUMS: {digest} (người triển khai đối chiếu" in told, told
    assert "allowed_signers" not in (root_release.parent / "dist.stderr").read_text()  # not signed
    told = (release.parent / "dist.stderr").read_text()
    key_type, key = release_key[0].with_name("id_ed25519.pub").read_text().split()[:2]
    line = f'ban-bien-tap@so-tay namespaces="sotay-release" {key_type} {key}'
    check = "ssh-keygen -Y verify -f /srv/sotay/allowed_signers -I ban-bien-tap@so-tay -n sotay-release -s SHA256SUMS.sig < SHA256SUMS"
    assert f"\n    {line}\n" in told and told.endswith(f"\n    {check}\n"), told
    # The operator's checklist gives the same command.
    assert check.replace("ban-bien-tap@so-tay", "<name>") in (ROOT / "deploy" / "README.md").read_text()
    assert "trước khi chạy sotay-deploy.pyz" in told, told  # the script checks itself no better than it is
    # As the operator does it: the line alone in the root's allowed_signers (here a temporary root
    # for /srv/sotay), the command by hand in a copy of dist/. It named a file beside SHA256SUMS,
    # which the operator does not have there (an operator's walk-through).
    copy = tmp_path / "dist"
    shutil.copytree(release, copy)
    root = tmp_path / "srv"
    root.mkdir()
    (root / "allowed_signers").write_text(line + "\n")
    by_hand = subprocess.run(["sh", "-c", check.replace("/srv/sotay/", f"{root}/")], cwd=copy, capture_output=True, text=True)
    assert by_hand.returncode == 0 and 'Good "sotay-release" signature for ban-bien-tap@so-tay' in by_hand.stdout, by_hand
    proc = _run_deploy(_archive(copy, ".tar.gz"), "--root", root)
    assert proc.returncode == 0 and "chữ ký đã kiểm tra" in proc.stdout, proc.stderr


def test_the_allowed_signers_line_is_the_key_that_signed_whatever_pub_lies_beside_it(tmp_path):
    key, _ = ssh_key(tmp_path / "ours", "bien-tap@so-tay")
    other, _ = ssh_key(tmp_path / "theirs", "ai-khac@may-khac")
    sums = tmp_path / "SHA256SUMS"
    sums.write_text(f"{'0' * 64}  sotay-1.tar.gz\n")
    assert sign(sums, key) is None
    ours = allowed_signers_line(key, sums)
    assert ours.startswith('bien-tap@so-tay namespaces="sotay-release" ssh-ed25519 AAAA'), ours
    pub = key.with_name("id_ed25519.pub")
    shutil.copy(other.with_name("id_ed25519.pub"), pub)  # another key's .pub beside it: derived with ssh-keygen -y
    assert allowed_signers_line(key, sums) == ours
    pub.unlink()
    assert allowed_signers_line(key, sums) == ours
    assert allowed_signers_line(other, sums) is None


def test_a_public_key_line_without_its_principal_is_told_by_file_line_and_the_line_to_write(tmp_path):
    """The .pub line copied into allowed_signers as it is: ssh-keygen skips it, and deploy said the
    signature was by no key listed there, which sent the operator after the release instead."""
    key, _ = ssh_key(tmp_path / "key", "ban-bien-tap@so-tay")
    pub = key.with_name("id_ed25519.pub").read_text().strip()
    root, dist = tmp_path / "srv", tmp_path / "dist"
    root.mkdir()
    dist.mkdir()
    (root / "allowed_signers").write_text(f"# khóa ký bản phát hành\n{pub}\n")
    archive = _fake_release(dist, "4.1.0", {"index.html": "thật"})
    assert sign(dist / "SHA256SUMS", key) is None
    proc = _run_deploy(archive, "--root", root)
    key_type, blob, comment = pub.split()
    fixed = f'{comment} namespaces="sotay-release" {key_type} {blob}'
    assert proc.returncode == 1 and proc.stderr == (
        f"Không triển khai: SHA256SUMS.sig không khớp khóa nào ssh-keygen đọc được trong {root / 'allowed_signers'}.\n"
        f"{root / 'allowed_signers'}:2: dòng này là khóa công khai (ssh-ed25519 …) nhưng thiếu tên người ký (principal) "
        f'và namespaces="sotay-release" ở trước, nên ssh-keygen bỏ qua nó. Hãy sửa thành, ví dụ:\n    {fixed}\n'), proc.stderr
    assert not root.joinpath("current").exists()
    (root / "allowed_signers").write_text(f"# khóa ký bản phát hành\n{fixed}\n")  # as told
    proc = _run_deploy(archive, "--root", root)
    assert proc.returncode == 0 and "chữ ký đã kiểm tra" in proc.stdout, proc.stderr


def test_signing_needs_a_key_that_exists(tmp_path):
    (tmp_path / "SHA256SUMS").write_text("0  sotay-1.tar.gz\n")
    assert "không có tệp khóa" in sign(tmp_path / "SHA256SUMS", tmp_path / "missing")
    assert not (tmp_path / "SHA256SUMS.sig").exists()


def test_deploy_refuses_to_keep_too_few_releases_for_a_rollback(tmp_path):
    # --keep 1 pruned every release but the live one, so the first rollback found nothing.
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    archive = _fake_release(dist, "3.0.0", {"index.html": "x"})
    for keep, words in (("1", "cần ít nhất 2"), ("0", "cần ít nhất 2"), ("năm", "cần một số nguyên")):
        proc = subprocess.run([str(ROOT / "scripts/deploy"), str(archive), "--root", str(root), "--keep", keep],
                              capture_output=True, text=True)
        assert proc.returncode == 2 and words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert not root.exists()
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(archive), "--root", str(root), "--keep", "2"],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and current(root) == "3.0.0", proc.stderr


def _hostile_release(dist: Path, version: str, member: tarfile.TarInfo, data: bytes = b"") -> Path:
    archive = dist / f"sotay-{version}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        index = tarfile.TarInfo(f"sotay-{version}/index.html")
        index.size = 3
        tar.addfile(index, io.BytesIO(b"xin"))
        member.size = len(data)
        tar.addfile(member, io.BytesIO(data))
    with open(dist / "SHA256SUMS", "a") as sums:
        sums.write(f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n")
    return archive


@pytest.mark.parametrize("python", ["with the data filter", "before 3.11.4 (Debian 12)"])
def test_deploy_unpacks_safely_with_or_without_the_data_filter(tmp_path, monkeypatch, python):
    # Debian 12's own python3 is 3.11.2, without tarfile's data filter: deploy must still work
    # there, and still refuse what the filter refuses.
    if python.startswith("before"):
        monkeypatch.delattr(tarfile, "data_filter", raising=False)
        monkeypatch.delattr(tarfile, "FilterError", raising=False)
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    deploy(_fake_release(dist, "5.0.0", {"index.html": "đang chạy", "a/b.css": "x"}), root)
    live = root / "current"
    assert (live / "index.html").read_text() == "đang chạy"
    assert (live / "a").stat().st_mode & 0o555 == 0o555 and (live / "a/b.css").stat().st_mode & 0o444 == 0o444
    escape = tarfile.TarInfo("sotay-5.0.1/../../thoat.txt")
    link = tarfile.TarInfo("sotay-5.0.2/passwd")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    for version, member in (("5.0.1", escape), ("5.0.2", link)):
        with pytest.raises(DeployError, match="không an toàn"):
            deploy(_hostile_release(dist, version, member, b"ra ngoai" if member.isfile() else b""), root)
    assert current(root) == "5.0.0" and not (tmp_path / "thoat.txt").exists()
    assert sorted(p.name for p in (root / "releases").iterdir()) == ["5.0.0", "5.0.0.sha256"]


def test_a_second_build_under_a_deployed_version_is_refused_and_the_first_stays(tmp_path):
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    first = _fake_release(dist, "0.1.0-gaaaa-dirty", {"index.html": "bản thứ nhất"})
    deploy(first, root)
    kept = first.with_name("first.tar.gz")
    shutil.copy(first, kept)
    # Same version name, other content, a valid SHA256SUMS line (the last line for a name counts).
    second = _fake_release(dist, "0.1.0-gaaaa-dirty", {"index.html": "bản thứ hai"})
    with pytest.raises(DeployError, match="phiên bản mới"):
        deploy(second, root)
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(second), "--root", str(root)], capture_output=True, text=True)
    assert proc.returncode == 1 and "Đã triển khai" not in proc.stdout and "Traceback" not in proc.stderr
    assert "đã được triển khai với nội dung khác" in proc.stderr and "phiên bản mới" in proc.stderr
    assert (root / "current/index.html").read_text() == "bản thứ nhất"
    assert [p.name for p in (root / "releases").iterdir() if p.name.startswith(".")] == []
    # The same build again (the same archive, or the same files in a new archive): accepted, nothing changes.
    shutil.copy(kept, first)
    (dist / "SHA256SUMS").write_text(f"{hashlib.sha256(first.read_bytes()).hexdigest()}  {first.name}\n")
    assert deploy(first, root) == "0.1.0-gaaaa-dirty"
    again = _fake_release(dist, "0.1.0-gaaaa-dirty", {"index.html": "bản thứ nhất"})
    with open(again, "r+b") as f:  # other archive bytes (gzip's header time), same files
        f.seek(4)
        f.write(b"\x01\x02\x03\x04")
    (dist / "SHA256SUMS").write_text(f"{hashlib.sha256(again.read_bytes()).hexdigest()}  {again.name}\n")
    assert deploy(again, root) == "0.1.0-gaaaa-dirty"
    assert (root / "current/index.html").read_text() == "bản thứ nhất"
    record = (root / "releases/0.1.0-gaaaa-dirty.sha256").read_text().split()
    assert record[1] == "sotay-0.1.0-gaaaa-dirty.tar.gz" and re.fullmatch(r"[0-9a-f]{64}", record[0])


def test_a_release_deployed_before_the_record_existed_is_compared_by_its_files(tmp_path):
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    deploy(_fake_release(dist, "3.0.0", {"index.html": "cũ"}), root)
    (root / "releases/3.0.0.sha256").unlink()
    with pytest.raises(DeployError, match="nội dung khác"):
        deploy(_fake_release(dist, "3.0.0", {"index.html": "mới"}), root)
    assert (root / "current/index.html").read_text() == "cũ"


def _damage(kind: str, data: bytes) -> bytes:
    if kind == "truncated":
        return data[: len(data) // 2]
    if kind == "no-end":
        return data[:-8]  # the gzip trailer (CRC, size) is missing
    if kind == "header-only":
        return data[:12]
    if kind == "flipped":
        body = bytearray(data)
        for i in range(len(body) // 3, len(body) // 3 + 64):
            body[i] ^= 0x5A
        return bytes(body)
    if kind == "not-gzip":
        return b"PK\x03\x04" + data[4:]
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["truncated", "no-end", "header-only", "flipped", "not-gzip"])
def test_a_damaged_archive_with_a_matching_sums_line_is_refused_without_a_traceback(tmp_path, kind):
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    deploy(_fake_release(dist, "4.0.0", {"index.html": "đang chạy"}), root)
    big = {"index.html": "mới", **{f"trang-{i}/index.html": os.urandom(3000).hex() for i in range(20)}}
    archive = _fake_release(dist, "4.0.1", big)
    archive.write_bytes(_damage(kind, archive.read_bytes()))
    (dist / "SHA256SUMS").write_text(f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n")
    with pytest.raises(DeployError, match="bị hỏng hoặc không trọn vẹn"):
        deploy(archive, root)
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(archive), "--root", str(root)], capture_output=True, text=True)
    assert proc.returncode == 1, proc
    # What to do, in Vietnamese, without zlib's or gzip's English ("CRC check failed 0x…").
    assert proc.stderr == (
        f"Không triển khai: {archive.name} bị hỏng hoặc không trọn vẹn (có thể bị cắt giữa chừng khi chép), không giải "
        "nén được. Hãy chép lại tệp phát hành và SHA256SUMS từ dist/ của máy dựng, rồi kiểm tra: sha256sum -c SHA256SUMS.\n"
    ), proc.stderr
    assert current(root) == "4.0.0" and (root / "current/index.html").read_text() == "đang chạy"
    assert sorted(p.name for p in (root / "releases").iterdir()) == ["4.0.0", "4.0.0.sha256"]


def test_unpacked_files_carry_the_deploy_time_so_etags_change_with_each_release(tmp_path):
    # The archive stamps every file with the commit time; two releases of one commit would give
    # nginx the same ETag (mtime-size) for a same-size file with other content.
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    start = time.time()
    deploy(_fake_release(dist, "5.0.0", {"index.html": "aaaa", "assets/sotay.js": "x=1"}), root)
    for path in (root / "releases/5.0.0").rglob("*"):
        assert path.stat().st_mtime >= int(start), path


def test_etag_and_last_modified_change_with_every_switch_a_rollback_too(tmp_path):
    """A rollback switched back to the older release's files, stamped when it was first deployed:
    nginx's Last-Modified went back in time (a 304 from an `if_modified_since before` cache), and
    within the second of the deploy the same ETag named two contents of one size."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    archives = {v: _fake_release(dist, v, {"index.html": f"bản {v}", "assets/sotay.css": f"a{{x:{v[-1]}}}"}) for v in ("5.1.1", "5.1.2")}
    seen = []  # (step, path, ETag, Last-Modified)
    with _nginx(tmp_path / "nginx", root, for_site_url(RELEASE_URL)) as base:
        for step in ("5.1.1", "5.1.2", "rollback", "5.1.2", "5.1.2"):
            if step == "rollback":
                assert rollback(root) == "5.1.1"
                # The ETag 5.1.1 had before is not taken for its files as they now are.
                assert _get(base + SUB, **{"If-None-Match": seen[0][2]})[0] == 200
            else:
                deploy(archives[step], root)
            for path in ("", "assets/sotay.css"):
                status, headers, body = _get(base + SUB + path)
                assert status == 200 and (path or f"bản {current(root)}" == body.decode()), (step, body)
                seen.append((step, path, headers["ETag"], email.utils.parsedate_to_datetime(headers["Last-Modified"])))
                assert _get(base + SUB + path, **{"If-None-Match": headers["ETag"]})[0] == 304
    for path in ("", "assets/sotay.css"):
        got = [s for s in seen if s[1] == path]
        # Every switch: a new ETag and a later Last-Modified; deploying the live release again is no switch.
        assert len({etag for _, _, etag, _ in got}) == 4 and got[3][2:] == got[4][2:], got
        assert [b[3] > a[3] for a, b in zip(got, got[1:], strict=False)] == [True, True, True, False], got


def test_a_version_names_the_sources_it_was_built_from(tmp_path, monkeypatch):
    import sotay.dist

    repo = git_repo(tmp_path / "repo", {".gitignore": "dist/\n", "trang.md": "một\n"})
    monkeypatch.setattr(sotay.dist, "ROOT", repo)
    commit = subprocess.run(["git", "rev-parse", "--short=8", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip()
    clean = sotay.dist.version()
    assert clean.endswith(f"-g{commit}")
    (repo / "dist").mkdir()
    (repo / "dist/sotay.tar.gz").write_text("ignored files do not count")
    assert sotay.dist.version() == clean
    seen = {clean}
    (repo / "moi.md").write_text("trang mới chưa commit\n")  # untracked
    seen.add(sotay.dist.version())
    (repo / "moi.md").write_text("trang mới, sửa lại\n")
    seen.add(sotay.dist.version())
    (repo / "moi.md").unlink()
    (repo / "trang.md").write_text("hai\n")  # tracked, changed
    seen.add(sotay.dist.version())
    assert len(seen) == 4 and all(v.startswith(f"{clean}-dirty.") for v in seen - {clean}), seen
    assert all(NAME.match(f"sotay-{v}.tar.gz") for v in seen)
    (repo / "trang.md").write_text("một\n")
    assert sotay.dist.version() == clean


def _run_deploy(*args, cwd=None):
    proc = subprocess.run([str(ROOT / "scripts/deploy"), *map(str, args)], capture_output=True, text=True, cwd=cwd)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_an_operator_s_slips_are_told_with_what_to_do_and_touch_nothing(tmp_path):
    """From a walk through the runbook: each slip was told as Python's errno text, or as another slip
    (a mistyped archive path was "Thiếu SHA256SUMS"), or not at all (--status on a mistyped root)."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    archive = _fake_release(dist, "6.0.0", {"index.html": "đang chạy"})
    assert _run_deploy(archive, "--root", root).returncode == 0
    # The archive path mistyped, beside its SHA256SUMS or not: the archive is what is missing.
    for missing in (dist / "sotay-6.0.1.tar.gz", tmp_path / "nowhere/sotay-6.0.1.tar.gz"):
        proc = _run_deploy(missing, "--root", root)
        assert proc.returncode == 1 and f"Không có tệp {missing}" in proc.stderr and "SHA256SUMS" not in proc.stderr, proc.stderr
    # SHA256SUMS left behind: where to put it, or --sums.
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(archive, alone)
    proc = _run_deploy(alone / archive.name, "--root", root)
    assert proc.returncode == 1 and "Thiếu" in proc.stderr and "--sums" in proc.stderr, proc.stderr
    # Both renamed by a copy that changed their case: the names to give them back.
    shutil.copy(dist / "SHA256SUMS", alone / "sha256sums")
    proc = _run_deploy(alone / archive.name, "--root", root)
    assert proc.returncode == 1 and f"mv '{alone / 'sha256sums'}' '{alone / 'SHA256SUMS'}'" in proc.stderr, proc.stderr
    (alone / "sha256sums").rename(alone / "SHA256SUMS")
    (alone / archive.name).rename(alone / archive.name.upper())
    proc = _run_deploy(alone / archive.name.upper(), "--root", root)
    assert proc.returncode == 1 and f"mv '{archive.name.upper()}' '{archive.name}'" in proc.stderr, proc.stderr
    (alone / archive.name.upper()).rename(alone / archive.name)
    # The name SHA256SUMS lists, whose version may hold capitals.
    candidate = _fake_release(dist, "6.1.0-RC1", {"index.html": "bản thử"})
    shutil.copy(candidate, alone / candidate.name.lower())
    shutil.copy(dist / "SHA256SUMS", alone / "SHA256SUMS")
    proc = _run_deploy(alone / candidate.name.lower(), "--root", root)
    assert proc.returncode == 1 and f"mv '{candidate.name.lower()}' '{candidate.name}'" in proc.stderr and "RC1" in candidate.name, proc.stderr
    # A hash that does not match says what to do, not only what happened.
    (alone / "SHA256SUMS").write_text(f"{'0' * 64}  {archive.name}\n")
    proc = _run_deploy(alone / archive.name, "--root", root)
    assert proc.returncode == 1 and "Hãy chép lại" in proc.stderr and "sha256sum -c" in proc.stderr, proc.stderr
    # --root naming a file, or a folder that does not exist (a typo): told, and nothing is created.
    afile = tmp_path / "a-file"
    afile.write_text("")
    proc = _run_deploy(archive, "--root", afile)
    assert proc.returncode == 1 and "không phải là thư mục" in proc.stderr and "Errno" not in proc.stderr, proc.stderr
    typo = tmp_path / "srv-typo"
    for flag, words in (("--status", "Không có thư mục triển khai"), ("--rollback", "Không quay lại")):
        proc = _run_deploy(flag, "--root", typo)
        assert proc.returncode == 1 and words in proc.stderr and "kiểm tra lại --root" in proc.stderr, proc.stderr
        assert "Errno" not in proc.stderr and not typo.exists()
    # An archive and --rollback together: which one was meant is not guessed.
    proc = _run_deploy(archive, "--rollback", "--root", root)
    assert proc.returncode == 2 and "Cần đúng một" in proc.stderr
    assert current(root) == "6.0.0"
    # Deployed, it says where: a typo in --root shows at once.
    proc = _run_deploy(archive, "--root", root)
    assert proc.returncode == 0 and str(root / "current") in proc.stdout


def _server_python() -> list[str]:
    # The server's own python3, outside the virtualenv and isolated from the environment (-I: no
    # PYTHONPATH, no user site): the zipapp must need nothing the project installs.
    return ["/usr/bin/python3", "-I"] if Path("/usr/bin/python3").exists() else [sys.executable, "-I"]


def test_the_release_folder_alone_deploys_with_its_zipapp_and_the_server_s_python(release, release_key, tmp_path):
    """The operator had to copy scripts/deploy, sotay/deploy.py, sotay/argparse_vi.py and
    deploy/nginx.conf from the repository; dist/ now holds sotay-deploy.pyz and nginx.conf."""
    version = json.loads((release / "manifest.json").read_text())["version"]
    root = tmp_path / "srv"

    def pyz(*args) -> subprocess.CompletedProcess:
        proc = subprocess.run([*_server_python(), str(release / "sotay-deploy.pyz"), *map(str, args)], cwd=tmp_path,
                              env={"PATH": os.environ["PATH"], "LANG": "C.UTF-8"}, capture_output=True, text=True)
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    usage = pyz()  # argparse's words in Vietnamese: argparse_vi.py is found inside the zip
    assert usage.returncode == 2 and "thiếu đối số bắt buộc: --root" in usage.stderr, usage.stderr
    # Its usage line is the command the operator types.
    assert usage.stderr.startswith("cách dùng: python3 sotay-deploy.pyz [-h] --root THƯ_MỤC"), usage.stderr
    # Its line found among the other files' in SHA256SUMS, and the signature over all of them checked.
    proc = pyz(_archive(release, ".tar.gz"), "--root", root, "--allowed-signers", release_key[1])
    assert proc.returncode == 0 and f"Đã triển khai {version}" in proc.stdout, proc.stderr
    assert "chữ ký đã kiểm tra" in proc.stdout and (root / "current/index.html").is_file()
    status = pyz("--status", "--root", root)
    assert status.returncode == 0 and status.stdout.splitlines()[0] == f"Đang chạy: {version} (dựng cho {RELEASE_URL})"
    # The readers' zip beside it, passed by mistake: which file the server takes instead.
    offline = pyz(_archive(release, "-offline.zip"), "--root", root)
    assert offline.returncode == 1 and "bản ngoại tuyến cho bạn đọc" in offline.stderr, offline.stderr
    assert f"Máy chủ nhận tệp sotay-{version}.tar.gz" in offline.stderr and '" (1)"' not in offline.stderr


@pytest.mark.parametrize("buffered", [True, False])
def test_output_into_a_closed_pipe_ends_quietly(tmp_path, reachable, buffered):
    """`deploy --status | head -1` printed "Không đọc được trạng thái: Broken pipe" (Python's
    stdout unbuffered), or Python's own BrokenPipeError at exit (buffered, as a pipe is)."""
    dist, root = tmp_path / "dist", reachable / "srv"
    dist.mkdir()
    archive = _fake_release(dist, "8.0.0", {"index.html": "x"})
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | ({} if buffered else {"PYTHONUNBUFFERED": "1"})
    for args in ((archive, "--root", root), ("--status", "--root", root)):
        proc = subprocess.Popen([str(ROOT / "scripts/deploy"), *map(str, args)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        proc.stdout.close()  # long before Python has started and written anything
        told = proc.stderr.read().decode()
        proc.stderr.close()
        assert (proc.wait(), told) == (0, ""), args
    assert current(root) == "8.0.0"  # the deploy was done; only its report went unread


def test_a_root_the_operator_cannot_write_is_told_with_what_to_do(tmp_path):
    from sotay.deploy.cli import _explain

    root = Path("/srv/sotay")
    told = _explain(PermissionError(13, "Permission denied", "/srv/sotay/.lock"), root)
    assert "không có quyền ghi vào /srv/sotay/.lock" in told and "sudo" in told and "Errno" not in told
    dist, locked = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    locked.mkdir(mode=0o555)
    # Root writes anywhere: as root, the deploy runs without the capability that lets it.
    as_operator = [] if os.geteuid() != 0 else ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    proc = subprocess.run([*as_operator, str(ROOT / "scripts/deploy"), str(_fake_release(dist, "6.1.0", {"index.html": "x"})),
                           "--root", str(locked)], capture_output=True, text=True)
    assert proc.returncode == 1 and "không có quyền ghi" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert list(locked.iterdir()) == []


def test_a_release_built_for_another_sub_path_than_the_live_one_is_refused(tmp_path):
    """A release built for the root, deployed where nginx serves /so-tay/, looked deployed (its
    pages' links are relative) while its 404 page loaded nothing and its sitemap pointed elsewhere."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    built_for = functools.partial(_built_for, dist)
    deploy(built_for("7.0.0", "http://so-tay.intranet/so-tay/"), root)
    at_root = built_for("7.0.1", "http://so-tay.intranet/")
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(at_root), "--root", str(root)], capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "make dist SITE_URL=http://so-tay.intranet/so-tay/" in proc.stderr and "--site-url-changed" in proc.stderr
    assert current(root) == "7.0.0" and not (root / "releases/7.0.1").exists()
    assert deploy(built_for("7.0.2", "http://so-tay.intranet/so-tay/"), root) == "7.0.2"  # the same sub-path
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(at_root), "--root", str(root), "--site-url-changed"],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and current(root) == "7.0.1", proc.stderr
    status = subprocess.run([str(ROOT / "scripts/deploy"), "--status", "--root", str(root)], capture_output=True, text=True)
    assert "Đang chạy: 7.0.1 (dựng cho http://so-tay.intranet/)" in status.stdout, status.stdout
    assert "--rollback sẽ quay về: 7.0.2 (dựng cho http://so-tay.intranet/so-tay/)" in status.stdout, status.stdout
    # Back across the change of sub-path, a rollback went through without a word: refused the same way.
    back = [str(ROOT / "scripts/deploy"), "--rollback", "--root", str(root)]
    proc = subprocess.run(back, capture_output=True, text=True)
    assert proc.returncode == 1 and "Bản 7.0.2 được dựng cho http://so-tay.intranet/so-tay/" in proc.stderr, proc.stderr
    assert "--site-url-changed" in proc.stderr and "make dist" not in proc.stderr and current(root) == "7.0.1"
    proc = subprocess.run(back + ["--site-url-changed"], capture_output=True, text=True)
    assert proc.returncode == 0 and current(root) == "7.0.2", proc.stderr
    # The live version itself rebuilt for the root (one commit's two builds share a version): it
    # replaced the live release, and the build of the path nginx serves was gone.
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(built_for("7.0.2", "http://so-tay.intranet/")), "--root", str(root)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "--site-url-changed" in proc.stderr, proc.stderr
    assert (root / "current/index.html").read_text() == "http://so-tay.intranet/so-tay/"


def test_a_folder_where_the_current_link_goes_is_refused_before_anything_is_unpacked(tmp_path):
    """A site unpacked by hand into current/: the switch failed as "Is a directory", in English, and
    left an unpacked release and a stray link behind."""
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    (root / "current").mkdir(parents=True)
    (root / "current/index.html").write_text("bản cũ")
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(_fake_release(dist, "1.0.0", {"index.html": "bản mới"})),
                           "--root", str(root)], capture_output=True, text=True)
    assert proc.returncode == 1 and "là một thư mục thật" in proc.stderr and "mv " in proc.stderr, proc.stderr
    assert (root / "current/index.html").read_text() == "bản cũ"
    assert not list(root.glob(".current-*")) and not list((root / "releases").glob("1.0.0*"))
    status = subprocess.run([str(ROOT / "scripts/deploy"), "--status", "--root", str(root)], capture_output=True, text=True)
    assert status.returncode == 1 and "là một thư mục thật" in status.stderr, status.stdout + status.stderr
    # The advice, followed as written: the site is served all along, and the deploy then goes through.
    advice = re.search(r"(mv \S+ \S+ && ln -s \S+ \S+);", proc.stderr).group(1)
    subprocess.run(advice, shell=True, check=True)
    assert (root / "current/index.html").read_text() == "bản cũ"
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(dist / "sotay-1.0.0.tar.gz"), "--root", str(root)], capture_output=True, text=True)
    assert proc.returncode == 0 and (root / "current/index.html").read_text() == "bản mới", proc.stderr


def test_the_history_lists_each_release_once_where_it_was_last_deployed(tmp_path):
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    a, b = (_fake_release(dist, v, {"index.html": v}) for v in ("1.0.0", "1.0.1"))
    for archive in (a, b, a, b, a):
        deploy(archive, root)
    status = subprocess.run([str(ROOT / "scripts/deploy"), "--status", "--root", str(root)], capture_output=True, text=True)
    assert "Lịch sử (cũ trước, mới sau): 1.0.1, 1.0.0 (đang chạy)\n" in status.stdout, status.stdout


def _built_for(dist: Path, version: str, url: str) -> Path:
    """A release whose manifest says it was built for `url`."""
    manifest = json.dumps({"version": version, "site_url": url, "base_path": urlsplit(url).path})
    return _fake_release(dist, version, {"index.html": url, "manifest.json": manifest})


def test_a_release_of_uncommitted_changes_or_for_another_host_is_deployed_with_a_warning(tmp_path, reachable):
    """Both went live without a word: a release built from a working tree that differed from its
    commit (-dirty. in its version), and one built for another host than the live one's."""
    dist, root = tmp_path / "dist", reachable / "srv"
    dist.mkdir()
    live = "http://so-tay.intranet/so-tay/"
    assert _run_deploy(_built_for(dist, "7.1.0", live), "--root", root).stderr == ""
    dirty = "7.1.1-gabcd1234-dirty.0123456789ab"
    proc = _run_deploy(_built_for(dist, dirty, live), "--root", root)
    assert proc.returncode == 0 and current(root) == dirty, proc.stderr
    assert proc.stderr == (
        f"Cảnh báo: sotay-{dirty}.tar.gz được dựng từ thư mục làm việc có thay đổi chưa commit (phiên bản có "
        '"-dirty."), nên không ứng với commit nào. Bản phát hành cho bạn đọc cần dựng từ một bản checkout sạch '
        "(commit các thay đổi, hoặc cất chúng đi bằng git stash -u, rồi chạy lại make dist).\n"), proc.stderr
    proc = _run_deploy(_built_for(dist, "7.1.2", "http://may-moi.intranet/so-tay/"), "--root", root)
    assert proc.returncode == 0 and current(root) == "7.1.2", proc.stderr
    assert proc.stderr.startswith(f"Cảnh báo: sotay-7.1.2.tar.gz được dựng cho http://may-moi.intranet/so-tay/, khác máy "
                                  f"chủ của bản đang chạy {dirty} ({live})"), proc.stderr
    assert proc.stderr.endswith(f"\n    make dist SITE_URL={live}\n") and "-dirty" not in proc.stderr.replace(dirty, "")
    # The same host (its name in other capitals), or the same release again: nothing to say.
    for version in ("7.1.3", "7.1.3"):
        assert _run_deploy(_built_for(dist, version, "http://MAY-MOI.intranet/so-tay/"), "--root", root).stderr == ""


def _downloads(base: str, prefix: str) -> None:
    _, _, body = _get(base + prefix + "chuyen-de/thu-vien-chung/bien-ban-dien-tu/")
    links = dict(re.findall(r'href="([^"]+\.(md|docx))"', body.decode()))
    md = next(h for h, ext in links.items() if ext == "md")
    docx = next(h for h, ext in links.items() if ext == "docx")
    page = base + prefix + "chuyen-de/thu-vien-chung/bien-ban-dien-tu/"
    status, headers, data = _get(urllib.parse.urljoin(page, md), **{"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Type"] == "text/markdown; charset=utf-8", headers
    assert headers.get("Content-Encoding") == "gzip" and gzip.decompress(data).decode().startswith("---\ntitle:")
    assert headers["Cache-Control"] == "no-cache" and "default-src 'self'" in headers["Content-Security-Policy"]
    status, headers, data = _get(urllib.parse.urljoin(page, docx))
    assert status == 200 and headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert data[:2] == b"PK" and headers["Cache-Control"] == "no-cache"
    status, _, body = _get(base + prefix + "tai-ve/khong-co.md")
    assert status == 404 and "Không tìm thấy trang này" in body.decode()


def test_downloads_are_served_as_markdown_in_utf8_and_as_word_documents(served, served_at_root):
    """mime.types has no .md: the Markdown went out as application/octet-stream, with no charset
    and not compressed."""
    _downloads(served[0], SUB)
    _downloads(served_at_root[0], "/")


def test_deploy_tells_when_the_release_s_nginx_conf_differs_from_the_last_deployed_one_s(tmp_path, reachable):
    """The runbook said to copy nginx.conf once; it changed fifteen times in two weeks of releases
    (its policy header among them), and a server kept the first copy without a word."""
    dist, root = tmp_path / "dist", reachable / "srv"
    dist.mkdir()

    def release(version: str, conf: str, locations: str | None = None) -> Path:
        archive = _fake_release(dist, version, {"index.html": version})
        confs = {"nginx.conf": conf, **({"nginx-locations.conf": locations} if locations else {})}
        sums = dist / "SHA256SUMS"
        kept = [line for line in sums.read_text().splitlines() if not line.endswith(("  nginx.conf", "  nginx-locations.conf"))]
        for name, text in confs.items():
            (dist / name).write_text(text)
            kept.append(f"{hashlib.sha256(text.encode()).hexdigest()}  {name}")
        sums.write_text("".join(f"{line}\n" for line in kept))
        return archive

    # The first deploy: the runbook has the operator copy it.
    assert _run_deploy(release("8.0.0", "server { listen 80; }\n"), "--root", root).stderr == ""
    assert _run_deploy(release("8.0.1", "server { listen 80; }\n"), "--root", root).stderr == ""
    proc = _run_deploy(release("8.0.2", "server { listen 8080; }\n"), "--root", root)
    assert proc.returncode == 0 and current(root) == "8.0.2", proc.stderr
    assert proc.stderr.startswith("Cảnh báo: nginx.conf của bản phát hành này khác của bản triển khai trước") \
        and proc.stderr.endswith("\n    nginx -t && systemctl reload nginx\n"), proc.stderr
    assert _run_deploy(release("8.0.3", "server { listen 8080; }\n"), "--root", root).stderr == ""
    # An operator's: a rollback to a release built with the older file said nothing, and the
    # server went on with the newer one's policy.
    assert _run_deploy("--rollback", "--root", root).stderr == ""  # 8.0.2: the file installed
    proc = _run_deploy("--rollback", "--root", root)
    assert proc.returncode == 0 and current(root) == "8.0.1", proc.stderr
    assert proc.stderr.startswith("Cảnh báo: 8.0.1 được dựng với nginx.conf khác bản đang cài"), proc.stderr
    # A portal's operator: only nginx-locations.conf changed (the portal's regex locations took the
    # handbook's scripts), and the deploy said nothing. Its first record is no change.
    assert _run_deploy(release("8.1.0", "server { listen 80; }\n", "location /so-tay/ { }\n"), "--root", root).stderr == ""
    proc = _run_deploy(release("8.1.1", "server { listen 80; }\n", "location ^~ /so-tay/ { }\n"), "--root", root)
    assert proc.returncode == 0 and proc.stderr.startswith("Cảnh báo: nginx-locations.conf của bản phát hành này khác của bản "
                                                           "triển khai trước"), proc.stderr


def test_an_openssh_too_old_for_signatures_is_told_as_such_not_as_a_wrong_key(release, release_key, tmp_path):
    """OpenSSH before 8.2 has no "-Y find-principals" (Debian 10, RHEL 8): the deploy said no allowed
    key had signed the release, and the operator went looking for a key."""
    root = tmp_path / "srv"
    old = tmp_path / "bin"
    old.mkdir()
    (old / "ssh-keygen").write_text("#!/bin/sh\necho 'ssh-keygen: illegal option -- Y' >&2\necho 'usage: ssh-keygen [-q] [-a rounds]' >&2\nexit 1\n")
    (old / "ssh-keygen").chmod(0o755)
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(_archive(release, ".tar.gz")), "--root", str(root),
                           "--allowed-signers", str(release_key[1])],
                          capture_output=True, text=True, env={**os.environ, "PATH": f"{old}:{os.environ['PATH']}"})
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "ssh-keygen trên máy này quá cũ để kiểm tra chữ ký: cần OpenSSH 8.2 trở lên" in proc.stderr, proc.stderr
    assert "illegal option -- Y" in proc.stderr and not (root / "current").exists()


def test_the_deploy_script_runs_through_a_link(tmp_path):
    # An operator links it into /usr/local/bin: it looked for ../sotay/deploy.py beside the link.
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin/sotay-deploy").symlink_to(ROOT / "scripts/deploy")
    proc = subprocess.run([str(tmp_path / "bin/sotay-deploy"), "--status", "--root", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 0 and "Đang chạy: (chưa có)" in proc.stdout, proc.stderr
    # The package's folder itself, run through a link of another name, and copied under one.
    (tmp_path / "dep").symlink_to(ROOT / "sotay/deploy")
    shutil.copytree(ROOT / "sotay/deploy", tmp_path / "copy/trien-khai", ignore=shutil.ignore_patterns("__pycache__"))
    for folder in (tmp_path / "dep", tmp_path / "copy/trien-khai"):
        proc = subprocess.run(["python3", "-I", str(folder), "--status", "--root", str(tmp_path)], capture_output=True, text=True)
        assert proc.returncode == 0 and "Đang chạy: (chưa có)" in proc.stdout, proc.stderr


def test_a_page_changed_after_the_build_is_refused_even_with_sha256sums_written_again(release, tmp_path):
    """An operator's tamper test: a script put into index.html, the archive packed again and its
    line in SHA256SUMS written anew (no signature required) went live; the release's own
    manifest.json lists every file's hash, and the unpacked site is now held to it."""
    version = json.loads((release / "manifest.json").read_text())["version"]
    dist, root, site = tmp_path / "dist", tmp_path / "srv", tmp_path / "site"
    dist.mkdir()
    with tarfile.open(_archive(release, ".tar.gz")) as tar:
        tar.extractall(site, filter="data")
    top = site / f"sotay-{version}"
    index = top / "index.html"
    index.write_text(index.read_text().replace("</head>", '<script src="http://evil.example/x.js"></script></head>', 1))
    archive = dist / f"sotay-{version}.tar.gz"
    _tar(top, f"sotay-{version}", archive, 0)
    (dist / "SHA256SUMS").write_text(f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n")
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(archive), "--root", str(root)], capture_output=True, text=True)
    assert proc.returncode == 1 and "manifest.json của bản phát hành, có 1 tệp khác nội dung (ví dụ index.html)" in proc.stderr, proc.stderr
    assert current(root) is None and not list((root / "releases").iterdir())


def test_a_root_that_takes_signed_releases_only_is_not_talked_out_of_it(tmp_path, release_key):
    """--allowed-signers named another file for a root with its own, and any key in that file
    passed: the root's own file always applies."""
    root = tmp_path / "srv"
    root.mkdir()
    shutil.copy(release_key[1], root / "allowed_signers")
    other = tmp_path / "other_signers"
    other.write_text('ke-la namespaces="sotay-release" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q\n')
    dist = tmp_path / "dist"
    dist.mkdir()
    archive = _fake_release(dist, "5.0.0", {"index.html": "x"})
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(archive), "--root", str(root), "--allowed-signers", str(other)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "đã có tệp allowed_signers" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert current(root) is None


@pytest.mark.parametrize("manifest, told", [
    ('["not", "a", "dict"]', "có danh sách tệp sai dạng"),
    ('{"files": []}', "có danh sách tệp sai dạng"),
    ('{"files": {"site": [{"path": ["a"], "sha256": "x"}]}}', "có danh sách tệp sai dạng"),
    ('{"files": {"site": [{"path": "index.html", "sha256": "HASH"}]}}', "1 tệp thừa (ví dụ .htaccess)"),
])
def test_a_manifest_that_does_not_list_the_site_is_told_not_a_traceback(tmp_path, manifest, told):
    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    manifest = manifest.replace("HASH", hashlib.sha256(b"x").hexdigest().upper())  # upper case: the same hash
    archive = _fake_release(dist, "6.0.0", {"index.html": "x", ".htaccess": "Options +Indexes", "manifest.json": manifest})
    proc = subprocess.run([str(ROOT / "scripts/deploy"), str(archive), "--root", str(root)], capture_output=True, text=True)
    assert proc.returncode == 1 and told in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert current(root) is None


def test_what_the_deploy_checked_is_what_it_unpacks_whatever_dist_becomes_meanwhile(tmp_path, monkeypatch):
    """The archive was hashed, then unpacked from its path again: one swapped in between (a shared
    dist/ folder) went live as checked. The deploy now unpacks the copy it hashed."""
    import sotay.deploy.actions as deploy_module

    dist, root = tmp_path / "dist", tmp_path / "srv"
    dist.mkdir()
    archive = _fake_release(dist, "7.7.0", {"index.html": "thật"})
    evil = tmp_path / "evil"
    evil.mkdir()
    swapped = _fake_release(evil, "7.7.0", {"index.html": "giả"})
    read = deploy_module.archive_manifest

    def swap_then_read(path, version):
        shutil.copy(swapped, archive)  # dist/ changes once the deploy has started
        return read(path, version)

    monkeypatch.setattr(deploy_module, "archive_manifest", swap_then_read)
    assert deploy(archive, root) == "7.7.0"
    assert (root / "current/index.html").read_text() == "thật"


def test_a_release_for_an_ipv6_address_listens_on_ipv6():
    """"http://[::1]:8904/so-tay/" was accepted and written `listen 8904;`, IPv4's: the release
    answered nowhere. A host name stays on IPv4 (nginx will not start on [::] where IPv6 is off)."""
    assert re.findall(r"(?m)^\s*listen .*;$", for_site_url("http://[::1]:8904/so-tay/")) == ["    listen [::]:8904;"]
    assert re.findall(r"(?m)^\s*listen .*;$", for_site_url("http://so-tay.intranet:8904/so-tay/")) == ["    listen 8904;"]


def test_sha256sums_lines_with_one_space_or_a_tab_are_read():
    """A line whose two spaces a message collapsed to one, or a tab: `sha256sum -c` reads both."""
    from sotay.deploy.archive import listed_hash

    digest = "ab" * 32
    for line in (f"{digest} sotay-1.tar.gz\n", f"{digest}\tsotay-1.tar.gz\n"):
        assert listed_hash(line.encode(), "sotay-1.tar.gz") == digest, line
    # Saved by a Windows editor: CRLF, a BOM before the first line (its line was lost: "no line for").
    assert listed_hash(f"\ufeff{digest}  sotay-1.tar.gz\r\n".encode(), "sotay-1.tar.gz") == digest


@pytest.mark.parametrize("command, named", [((sys.executable, "-m", "sotay.deploy"), "python -m sotay.deploy"),
                                             ((str(ROOT / "scripts/deploy"),), "scripts/deploy")])
def test_the_deploy_command_s_usage_line_is_the_command_as_it_was_typed(command, named):
    usage = subprocess.run([*command, "--help"], cwd=ROOT, capture_output=True, text=True)
    assert usage.returncode == 0 and usage.stdout.startswith(f"cách dùng: {named} [-h] --root"), usage.stdout + usage.stderr
