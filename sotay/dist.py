"""`make dist`: one verifiable, versioned, self-contained release.

Writes dist/sotay-<version>.tar.gz (the site, for a server, under the sub-path
given by --site-url), dist/sotay-<version>-offline.zip (opens from file://,
search included), dist/manifest.json (version, commit, build time, every file
with its size and SHA-256), dist/sotay-deploy.pyz (the deploy script as one
file, run by the server's own python3), dist/nginx.conf (deploy/nginx.conf
written for the release's SITE_URL) and dist/SHA256SUMS, so the release
folder alone is all a server needs. Both sites are built fresh in a
temporary folder and scanned for references to other hosts; on any problem
nothing is written to dist/. Every date in them is the commit's, never the
clock's (SOURCE_DATE_EPOCH), so two builds of one commit differ only in
manifest.json's build time.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

from . import __version__, nginx_conf
from .build import build, ended_by_sigterm_as_by_ctrl_c, vn_day
from .content import load
from .deploy import DEPLOY_APP, NAMESPACE, DeployError, check_signature, sha256, signers_line
from .paths import ROOT
from .selfcontained import EXCEPTIONS, citation_hosts, scan
from .text import vn_date

DEFAULT_SITE_URL = "http://localhost/so-tay/"


def _git(*args) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def version() -> str:
    """<package version>-g<commit>; a working tree that differs from the commit (changed, staged,
    deleted or new untracked files) adds -dirty.<hash of the tree's content>, so two builds of
    different sources never share a version (deploy refuses a second archive under one version)."""
    commit = _git("rev-parse", "--short=8", "HEAD")
    if not commit:
        return __version__
    if not changed_files():
        return f"{__version__}-g{commit}"
    return f"{__version__}-g{commit}-dirty.{_worktree_hash()}"


def changed_files() -> list[str]:
    """The files where the working tree differs from its commit (changed, staged, deleted, or new
    and not ignored), as `git status` names them; none outside git."""
    try:
        # Not through _git: its strip() would eat the first entry's leading status column.
        listed = subprocess.run(["git", "status", "--porcelain", "-z", "--untracked-files=all"],
                                cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return []
    names, entries = [], iter(listed.split(b"\0"))
    for entry in entries:
        if entry:
            names.append(os.fsdecode(entry[3:]))
            if entry[:1] in (b"R", b"C"):
                next(entries, None)  # a rename's or copy's source follows its new name
    return names


def _warn_if_dirty(shown: int = 10) -> None:
    """Built anyway (tests and previews build working trees): only the -dirty in the version would
    otherwise show that a release holds files no commit has."""
    changed = changed_files()
    if not changed:
        return
    more = f"\n    … và {len(changed) - shown} tệp khác" if len(changed) > shown else ""
    print(f"Cảnh báo: thư mục làm việc khác commit của nó; bản phát hành này chứa cả thay đổi chưa commit ở "
          f"{len(changed)} tệp (git status):\n    " + "\n    ".join(changed[:shown]) + more + "\n"
          "Bản phát hành cho bạn đọc cần dựng từ một bản checkout sạch (commit các thay đổi, hoặc cất chúng đi "
          "bằng git stash -u, rồi chạy lại make dist).", file=sys.stderr)


def _worktree_hash() -> str:
    """12 hex digits of one hash over every tracked or untracked, not ignored, file: path and content."""
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        listed = b""
    digest = hashlib.sha256()
    for name in sorted(set(listed.split(b"\0")) - {b""}):
        path = os.path.join(os.fsencode(ROOT), name)
        if os.path.islink(path):
            content = b"link " + os.readlink(path)
        elif os.path.isfile(path):
            content = sha256(Path(os.fsdecode(path))).encode()
        else:
            content = b"missing"  # deleted, or a submodule
        digest.update(name + b"\0" + content + b"\0")
    return digest.hexdigest()[:12]


def _files(site: Path) -> list[dict]:
    out = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        out.append({"path": path.relative_to(site).as_posix(), "size": path.stat().st_size, "sha256": sha256(path)})
    return out


def _tar(site: Path, top: str, dest: Path, mtime: int) -> None:
    # The gzip header carries a time and a name too: fixed, so one tree always gives the same bytes.
    with open(dest, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in [site, *sorted(site.rglob("*"))]:
            info = tar.gettarinfo(path, arcname=f"{top}/{path.relative_to(site).as_posix()}".rstrip("/."))
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = mtime
            # Readable by the web server however the build folder was made or the tree checked out.
            info.mode = 0o755 if info.isdir() else 0o644
            if info.isfile():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)


def _zip(site: Path, top: str, dest: Path, mtime: int) -> None:
    """Every file below `site`, inside the folder `top` ("" for none: a zipapp's modules must sit
    at its top level for Python to find them)."""
    stamp = dt.datetime.fromtimestamp(max(mtime, 315532800), dt.UTC).timetuple()[:6]  # zip dates start in 1980
    prefix = f"{top}/" if top else ""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(site.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo(prefix + path.relative_to(site).as_posix(), stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, path.read_bytes())


# The package `deploy` finds argparse_vi beside it when it is not run from the sotay package.
# The deploy runs on the server's own Python: older than 3.9 it stopped in a traceback (3.8: a
# relative import's ValueError; 3.7: gzip.BadGzipFile; 3.6: a syntax error), so it says so first,
# in words any Python reads.
PYTHON_CHECK = ("# -*- coding: utf-8 -*-\nimport sys\n\nif sys.version_info < (3, 9):\n"
                "    sys.stderr.write(\"Cần Python 3.9 trở lên để triển khai; máy này có Python %d.%d. \"\n"
                "                     \"Hãy chạy bằng python3.9 (hoặc mới hơn) nếu máy có.\\n\" % sys.version_info[:2])\n"
                "    sys.exit(2)\n")
DEPLOY_MAIN = PYTHON_CHECK + "\nfrom deploy.cli import main\n\nsys.exit(main())\n"


def _deploy_app(work: Path, dest: Path, mtime: int) -> None:
    """The deploy package and its Vietnamese argparse words as one zipapp: an operator copies the
    release folder, not the repository, to the server."""
    (work / "deploy").mkdir(parents=True)
    here = Path(__file__).parent
    for module in sorted((here / "deploy").glob("*.py")):
        shutil.copyfile(module, work / "deploy" / module.name)
    shutil.copyfile(here / "argparse_vi.py", work / "argparse_vi.py")
    (work / "__main__.py").write_text(DEPLOY_MAIN, encoding="utf-8")
    _zip(work, "", dest, mtime)


SHARED_HOST_CONF = "nginx-locations.conf"
# What a release folder holds, and `dist` may clear: a second `make dist` for a sub-path refused
# the folder for the first one's nginx-locations.conf.
RELEASE_FILES = ("SHA256SUMS", "SHA256SUMS.sig", "manifest.json", "sotay-*.tar.gz", "sotay-*-offline.zip",
                 DEPLOY_APP, "nginx.conf", SHARED_HOST_CONF)


def _clear(out: Path) -> None:
    """Empty the release folder, which holds only what `dist` writes. Anything else in it means
    --out names some other folder (a home, the deploy root): refuse, deleting nothing."""
    if not out.exists():
        return
    other = [p.name for p in out.iterdir() if not (p.is_file() and any(p.match(g) for g in RELEASE_FILES))]
    if other:
        raise SystemExit(f"{out} chứa tệp không phải bản phát hành ({', '.join(sorted(other)[:5])}); "
                         "không xóa. Hãy chọn --out là một thư mục trống hoặc dist/.")
    shutil.rmtree(out)


def release_line(ver: str, stamp: int) -> str:
    """The footer's line: the version, and the date of the commit it was built from (the same
    tree gives the same pages, so two builds of one commit stay byte for byte the same)."""
    return f"Bản phát hành {ver} · ngày {vn_date(vn_day(stamp))}"


def source_date(built: dt.datetime) -> int:
    """The time every date of a release comes from: the commit's, whatever SOURCE_DATE_EPOCH
    says (one version, one content: deploy refuses another content under a version it holds);
    without git, SOURCE_DATE_EPOCH when set, else the build time."""
    commit_time = _git("log", "-1", "--format=%ct")
    if commit_time:
        return int(commit_time)
    return int(os.environ.get("SOURCE_DATE_EPOCH") or built.timestamp())


def site_url_problem(site_url: str) -> str | None:
    """What is wrong with a SITE_URL, in words an operator acts on; None when it is an address
    readers can type: http(s), a host, a path, no query, fragment or space."""
    parts = urlsplit(site_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "cần có http:// (hoặc https://) và tên máy chủ"
    if parts.query or parts.fragment or any(c.isspace() for c in site_url):
        return "không được có dấu cách, ? hay #"
    if parts.username is not None or parts.password is not None:
        # It would be written into the manifest and every page's canonical link.
        return "không ghi tên đăng nhập hay mật khẩu (user:pass@) vào địa chỉ"
    try:
        port = parts.port  # read, it raises for a port that is not a number
    except ValueError:
        return "cổng (sau dấu :) phải là một số, ví dụ :8080"
    if port == 0:
        return "cổng 0 không dùng được; bỏ cổng (80) hoặc ghi cổng thật, ví dụ :8080"
    # Both go into the release's nginx.conf as they are (server_name, locations): nothing nginx
    # would read as syntax, a variable or an encoded character.
    if not re.fullmatch(r"[a-z0-9.-]+|[0-9a-f:.]+", parts.hostname):
        return "tên máy chủ chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang và dấu chấm"
    if not re.fullmatch(r"[A-Za-z0-9._~/-]*", parts.path):
        return "đường dẫn chỉ gồm chữ cái không dấu, chữ số và - _ . ~ /"
    # nginx matches locations on the address it has normalised ("//" to "/", "/a/../b" to "/b"):
    # a location written with either would never match.
    if "//" in parts.path or any(part in (".", "..") for part in parts.path.split("/")):
        return "đường dẫn không có // hay đoạn chỉ gồm dấu chấm (/./, /../)"
    # Copied from the address bar on a page: the site would live under ".../index.html/".
    if re.search(r"\.html?$", parts.path, re.IGNORECASE):
        return f"đây là địa chỉ một trang, không phải thư mục của Sổ tay; bỏ tên trang: {site_url.rsplit('/', 1)[0]}/"
    return None


def _commit_problem() -> str | None:
    """Why the source's commit cannot be read, in git's own words; None when it can. A release
    is named and told apart by its commit: without one every build was "0.1.0", and deploy
    refused the next as a second archive under a version already live."""
    try:
        subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
    except OSError:
        return "máy này không có lệnh git"
    except subprocess.CalledProcessError as err:
        return (err.stderr or "").strip() or f"git rev-parse HEAD kết thúc với mã {err.returncode}"
    return None


def sign(sums: Path, key: Path) -> str | None:
    """Sign SHA256SUMS with an SSH key (SHA256SUMS.sig beside it); a problem in words, or None.

    An SSH signature rather than GnuPG: ssh-keygen is on every server that is reached by SSH, a
    deploy root's `allowed_signers` is one line per key, and the namespace keeps a release key's
    signature from being taken for any other (see deploy.NAMESPACE)."""
    if not key.is_file():
        return f"không có tệp khóa {key}"
    try:
        proc = subprocess.run(["ssh-keygen", "-Y", "sign", "-f", str(key), "-n", NAMESPACE, str(sums)],
                              capture_output=True, text=True)
    except FileNotFoundError:
        return "cần lệnh ssh-keygen (Debian: apt-get install openssh-client)"
    if proc.returncode != 0:
        return f"ssh-keygen không ký được: {proc.stderr.strip() or proc.returncode}"
    return None


def allowed_signers_line(key: Path, sums: Path) -> str | None:
    """The server's allowed_signers line for the key that signed `sums`: its public key from the
    .pub beside it, else derived from the private key (ssh-keygen -y), whichever verifies the
    signature just made (a .pub left from another key would print a line deploy then refuses).
    None when neither verifies."""
    for public in _public_keys(key):
        line = signers_line(public)
        if line is None:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            signers = Path(tmp) / "allowed_signers"
            signers.write_text(line + "\n", encoding="utf-8")
            try:
                check_signature(sums, signers)
            except DeployError:
                continue
        return line
    return None


def _public_keys(key: Path):
    pub = key.with_name(key.name + ".pub")
    if pub.is_file():
        yield pub.read_text(encoding="utf-8", errors="replace").strip()
    # Asks for the passphrase again of a key that has one: only when the .pub did not do.
    derived = subprocess.run(["ssh-keygen", "-y", "-f", str(key)], capture_output=True, text=True)
    if derived.returncode == 0:
        yield derived.stdout.strip()


def _signing_words(line: str | None, key: Path) -> str:
    """What the operator puts on the server for the signature to be checked, and how to check it by hand."""
    if line is None:
        return (f"\nKhông lấy được khóa công khai khớp chữ ký từ {key}.pub hay từ {key} (ssh-keygen -y -f {key}): "
                "hãy tự viết dòng allowed_signers cho máy chủ từ khóa công khai của khóa ký.")
    principal = line.split()[0]
    return ("\nDòng cho tệp allowed_signers trên máy chủ (ví dụ /srv/sotay/allowed_signers; mỗi khóa được phép ký một dòng):\n"
            f"    {line}\n"
            f"Kiểm tra chữ ký bằng tay trước khi chạy {DEPLOY_APP} (nếu chính tệp {DEPLOY_APP} đã bị sửa, nó có thể bỏ qua "
            "bước kiểm tra chữ ký), trong thư mục có SHA256SUMS, với tệp allowed_signers chứa dòng trên (ở chỗ khác thì "
            "sửa đường dẫn sau -f):\n"
            f"    ssh-keygen -Y verify -f /srv/sotay/allowed_signers -I {principal} -n {NAMESPACE} -s SHA256SUMS.sig < SHA256SUMS")


def _nothing_written(out: Path) -> str:
    # _clear removed the folder: a last release left in it would be taken for this one.
    return f"Không tạo bản phát hành: không ghi gì vào {out} (bản cũ trong đó, nếu có, đã được xóa)."


def dist(out: Path, site_url: str | None = None, config: Path | None = None, content: Path | None = None,
         signing_key: Path | None = None) -> int:
    ver = version()
    # From a clean state: a failed run must not leave the last release in dist/ for a pipeline
    # to pick up as if it were this one.
    out = Path(out)
    _clear(out)
    unknown = _commit_problem()
    if unknown:
        print(f"Không đọc được commit của mã nguồn, nên không đặt được phiên bản cho bản phát hành:\n{unknown}\n"
              "Hãy dựng từ một bản sao git (git clone, không phải tệp nén mã nguồn), bằng chính tài khoản sở hữu thư mục "
              "(git báo \"dubious ownership\" thì làm theo lệnh git config ... safe.directory mà git gợi ý).\n"
              + _nothing_written(out), file=sys.stderr)
        return 2
    if site_url is None:
        site_url = DEFAULT_SITE_URL
        print(f"Chưa đặt SITE_URL: bản phát hành này dựng cho địa chỉ mặc định {site_url}, chỉ hợp để xem thử trên "
              "máy này. Bản cho máy chủ: make dist SITE_URL=http://<máy chủ>/<thư mục con>/ (hoặc --site-url), ví dụ\n"
              "    make dist SITE_URL=http://so-tay.intranet/so-tay/", file=sys.stderr)
    problem = site_url_problem(site_url)
    if problem:
        print(f"SITE_URL={site_url} không dùng được: {problem}. Viết địa chỉ bạn đọc gõ, kết thúc bằng /, ví dụ\n"
              "    make dist SITE_URL=http://so-tay.intranet/so-tay/   (hoặc SITE_URL=http://so-tay.intranet/ cho gốc)\n"
              + _nothing_written(out), file=sys.stderr)
        return 2
    if not urlsplit(site_url).path.endswith("/"):
        site_url += "/"  # MkDocs adds it to the pages; the manifest's base_path says the same
    _warn_if_dirty()
    with ended_by_sigterm_as_by_ctrl_c():
        return _build_release(out, ver, site_url, config, content, signing_key)


def _build_release(out: Path, ver: str, site_url: str, config, content, signing_key) -> int:
    base = Path(tempfile.mkdtemp(prefix="sotay-dist-"))
    try:
        site, offline, staging = base / "site", base / "offline", base / "dist"
        exports = base / "exports"  # a clean state: no download comes from an earlier build's cache
        built = dt.datetime.now(dt.UTC).replace(microsecond=0)
        stamp = source_date(built)
        release = release_line(ver, stamp)
        # The builds take their date from SOURCE_DATE_EPOCH, not the clock: the sitemap's
        # <lastmod> and its gzip header (MkDocs), the health page's day and stale list.
        dated = {"export_cache": exports, "release": release, "source_date_epoch": stamp}
        if build(site, site_url=site_url, config=config, **dated) != 0 or build(offline, offline=True, config=config, **dated) != 0:
            print(_nothing_written(out), file=sys.stderr)
            return 1
        cited = citation_hosts(load(content or (Path(config).resolve().parent if config else ROOT) / "content"))
        own = urlsplit(site_url).hostname or ""
        violations = [("site", v) for v in scan(site, {own}, cited)] + [("offline", v) for v in scan(offline, set(), cited)]
        if violations:
            for which, v in violations:
                print(f"{which}/{v.format()}", file=sys.stderr)
            print(f"{len(violations)} tham chiếu tới máy chủ khác; không tạo bản phát hành.", file=sys.stderr)
            return 1
        staging.mkdir()
        name = f"sotay-{ver}"
        manifest = {
            "name": "sotay", "version": ver, "commit": _git("rev-parse", "HEAD"), "built": built.isoformat(),
            "site_url": site_url, "base_path": urlsplit(site_url).path or "/",
            "exceptions": [{"where": w, "host": h, "reason": r} for w, h, r in EXCEPTIONS],
            "files": {"site": _files(site), "offline": _files(offline)},
        }
        manifest_text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
        (site / "manifest.json").write_text(manifest_text, encoding="utf-8")
        (staging / "manifest.json").write_text(manifest_text, encoding="utf-8")
        _tar(site, name, staging / f"{name}.tar.gz", stamp)
        _zip(offline, f"{name}-offline", staging / f"{name}-offline.zip", stamp)
        _deploy_app(base / "deploy-app", staging / DEPLOY_APP, stamp)
        (staging / "nginx.conf").write_text(nginx_conf.for_site_url(site_url), encoding="utf-8")
        shipped = [f"{name}.tar.gz", f"{name}-offline.zip", "manifest.json", DEPLOY_APP, "nginx.conf"]
        if urlsplit(site_url).path.strip("/"):
            # Under a sub-path, the host may serve something else too: its server { } takes these.
            (staging / SHARED_HOST_CONF).write_text(nginx_conf.for_a_shared_host(site_url), encoding="utf-8")
            shipped.append(SHARED_HOST_CONF)
        sums = [f"{sha256(staging / f)}  {f}" for f in shipped]
        (staging / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
        signing = ""
        if signing_key is not None:
            key = Path(signing_key).expanduser()
            problem = sign(staging / "SHA256SUMS", key)
            if problem:
                print(f"SIGNING_KEY={signing_key}: {problem}. {_nothing_written(out)}", file=sys.stderr)
                return 1
            signing = _signing_words(allowed_signers_line(key, staging / "SHA256SUMS"), key)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), str(out))
        for line in sums:
            print(line)
        signed = (f" Đã ký: SHA256SUMS.sig ({DEPLOY_APP} kiểm tra khi thư mục triển khai có allowed_signers)."
                  if signing_key is not None else "")
        # What README has the operator check with the release's maker over a channel they trust.
        digest = sha256(out / "SHA256SUMS")
        print(f"Bản phát hành {ver}, dựng cho {site_url}, ở {out}/. Kiểm tra: cd {out} && sha256sum -c SHA256SUMS.{signed}\n"
              f"sha256 của SHA256SUMS: {digest} (người triển khai đối chiếu mã này với người dựng qua một kênh tin cậy)\n"
              f"Triển khai trên máy chủ (chỉ cần thư mục này): python3 {DEPLOY_APP} {name}.tar.gz --root /srv/sotay{signing}",
              file=sys.stderr)
        return 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


def register(sub):
    p = sub.add_parser("dist", help="tạo bản phát hành trong dist/: site .tar.gz, bản ngoại tuyến .zip, manifest.json, "
                       f"{DEPLOY_APP}, nginx.conf, SHA256SUMS")
    p.add_argument("--out", type=Path, default=ROOT / "dist",
                   help="thư mục kết quả (mặc định: dist/; chỉ nhận thư mục trống hoặc chỉ chứa tệp phát hành)")
    # None when neither is given: dist then says which address it builds for instead.
    p.add_argument("--site-url", default=os.environ.get("SITE_URL") or None,
                   help=f"địa chỉ và thư mục con của trang trên máy chủ (mặc định: biến SITE_URL, không có thì {DEFAULT_SITE_URL})")
    p.add_argument("--config", type=Path, default=None, help="tệp mkdocs.yml (mặc định: của dự án)")
    p.add_argument("--signing-key", type=Path, default=os.environ.get("SIGNING_KEY") or None,
                   help="khóa SSH riêng để ký SHA256SUMS (viết SHA256SUMS.sig); mặc định: biến SIGNING_KEY")
    p.set_defaults(fn=lambda args: dist(args.out, args.site_url, args.config, signing_key=args.signing_key))
