"""Deploy a release on the intranet server: verify, unpack, switch, keep five, roll back.

    python -m sotay deploy dist/sotay-0.1.0-gabc1234.tar.gz --root /srv/sotay
    python -m sotay deploy --rollback --root /srv/sotay
    python -m sotay deploy --status --root /srv/sotay

Layout under --root: releases/<version>/ (one unpacked site each), releases/<version>.sha256 (the
SHA-256 of the archive it came from, in `sha256sum` format), current -> releases/<version> (nginx
serves current/), history (deployed versions, oldest first: the last five are kept) and live (the
releases made live, oldest first: --rollback walks back through it). The archive must match its line
in SHA256SUMS (next to it, or --sums) and unpack completely; otherwise nothing is touched. Where the
root holds an `allowed_signers` file (or --allowed-signers names one), SHA256SUMS must also carry a
valid SSH signature, SHA256SUMS.sig, by a key listed there (`make dist SIGNING_KEY=...` writes it). The
switch replaces the `current` link with one rename, so readers see the old site or the new one,
never a mix.

A version names one build. Deploying an archive whose version is already in releases/ switches to
that release when it is the same archive or has the same files; an archive with other files under
a version already deployed is refused (the live release stays): build a new version instead.

A release's files get the time it goes live as their modification time, on a deploy and on a
rollback or a switch back to a release still in releases/ alike, and always a whole second later
than the live release's: nginx's ETag and Last-Modified (derived from it, to the second) change
with every switch and only grow, so a reader's browser never revalidates a file of another release
as current, whether nginx compares If-Modified-Since exactly (its default) or as "before".

Standard library only, so it runs on a server without the project's virtualenv: from the repository
through `scripts/deploy`, or from the release folder alone as `python3 sotay-deploy.pyz` (a zipapp
`make dist` writes with this module and argparse_vi.py inside).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import fcntl
import gzip
import hashlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import zlib
from pathlib import Path
from urllib.parse import urlsplit

KEEP = 5
# A version starts with a letter or digit (never "." or ".."), and never ends in ".sha256" (the
# name of a release's record beside its folder).
NAME = re.compile(r"^sotay-(?P<version>[0-9A-Za-z][0-9A-Za-z.+_-]*)(?<!\.sha256)\.tar\.gz$")
# The readers' copy from the same `make dist`, the file next to the archive most easily taken for it.
OFFLINE = re.compile(r"^sotay-(?P<version>.+)-offline\.zip$")
# What a damaged archive raises while it is read: a cut gzip stream, bad compressed data, a bad
# gzip header, a bad tar header.
DAMAGED = (EOFError, zlib.error, gzip.BadGzipFile, tarfile.TarError)


class DeployError(Exception):
    pass


# What a release's signature says it signs: `ssh-keygen -Y` refuses a signature made for another
# namespace, so a key that also signs commits or files cannot have its signatures passed off as a
# release's.
NAMESPACE = "sotay-release"
# In the deploy root: once there, every deploy to that root must be signed by a key it lists.
SIGNERS = "allowed_signers"
# The deploy script as `make dist` writes it beside the archive (dist.py).
DEPLOY_APP = "sotay-deploy.pyz"


def _ssh_keygen(*args: str, data: bytes | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["ssh-keygen", "-Y", *args], input=data, capture_output=True)
    except FileNotFoundError:
        raise DeployError("cần lệnh ssh-keygen để kiểm tra chữ ký (Debian: apt-get install openssh-client).") from None


def check_signature(sums: Path, signers: Path, data: bytes | None = None) -> str:
    """The principal whose key in `signers` signed SHA256SUMS (its .sig beside it). `data` is
    SHA256SUMS as the deploy read it, once: the bytes checked are the bytes the hashes come from,
    whatever the file holds a moment later."""
    sig = sums.with_name(sums.name + ".sig")
    if not signers.is_file():
        raise DeployError(f"Không có tệp khóa được phép ký {signers} (kiểm tra lại --allowed-signers).")
    if not sig.is_file():
        raise DeployError(f"Thiếu chữ ký {sig}: {signers} chỉ nhận bản phát hành có chữ ký. Hãy chép SHA256SUMS.sig "
                          "của cùng lần make dist (dựng với SIGNING_KEY=...) vào cạnh SHA256SUMS.")
    found = _ssh_keygen("find-principals", "-s", str(sig), "-f", str(signers))
    principals = found.stdout.decode("utf-8", "replace").split()
    if found.returncode != 0 or not principals:
        bare = bare_keys(signers)
        if bare:
            raise DeployError(f"{sig.name} không khớp khóa nào ssh-keygen đọc được trong {signers}.\n" + "\n".join(bare))
        raise DeployError(f"{sig.name} không do khóa nào trong {signers} ký (hoặc không phải chữ ký SSH). "
                          "Hãy lấy bản phát hành từ người giữ khóa ký, hoặc thêm khóa công khai của họ vào "
                          f"{signers} nếu đó là người được phép.")
    data = sums.read_bytes() if data is None else data
    for principal in principals:
        if _ssh_keygen("verify", "-f", str(signers), "-I", principal, "-n", NAMESPACE, "-s", str(sig),
                       data=data).returncode == 0:
            return principal
    raise DeployError(f"Chữ ký {sig.name} không khớp {sums.name}: tệp đã bị sửa sau khi ký, hoặc chữ ký của lần "
                      "make dist khác. Hãy chép lại cả thư mục dist/ từ máy dựng.")


# The first field of a public key line (`ssh-ed25519 AAAA... comment`, as in a .pub file).
KEY_TYPE = re.compile(r"(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-\S+|sk-\S+)")
# The name README's example line gives the release key.
PRINCIPAL = "ban-bien-tap@so-tay"


def signers_line(public: str) -> str | None:
    """The allowed_signers line for a public key as a .pub file holds it (`ssh-ed25519 AAAA...
    comment`): who (the comment when it is one plain name, else PRINCIPAL), for release signatures
    only, and the key. None for a line that is no public key."""
    fields = public.split()
    if len(fields) < 2 or not KEY_TYPE.fullmatch(fields[0]):
        return None
    # A principal is a pattern list: a comma, a wildcard or a quote would name someone else.
    name = fields[2] if len(fields) > 2 and re.fullmatch(r'[^,*?!"]+', fields[2]) else PRINCIPAL
    return f'{name} namespaces="{NAMESPACE}" {fields[0]} {fields[1]}'


def bare_keys(signers: Path) -> list[str]:
    """Lines of `signers` that are a public key as a .pub file holds it, with no principal in front:
    ssh-keygen skips them ("invalid key"), so the signature looked like another key's. Each in
    words, with the line it should be."""
    told = []
    for number, line in enumerate(signers.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        fixed = signers_line(line)
        if fixed:
            told.append(f"{signers}:{number}: dòng này là khóa công khai ({line.split()[0]} …) nhưng thiếu tên người ký "
                        f"(principal) và namespaces=\"{NAMESPACE}\" ở trước, nên ssh-keygen bỏ qua nó. Hãy sửa thành, ví dụ:\n"
                        f"    {fixed}")
    return told


def signers_for(root: Path, given: Path | None) -> Path | None:
    """The allowed signers a deploy to `root` checks: the root's own, else the ones given. A root
    that takes signed releases only is not talked out of it: another file given for it (any key
    could be in it) is refused."""
    own = root / SIGNERS
    if own.is_file():
        if given is not None and os.path.realpath(given) != os.path.realpath(own):
            raise DeployError(f"Thư mục triển khai {root} đã có tệp {SIGNERS}: chữ ký của bản phát hành chỉ được kiểm tra "
                              f"theo tệp này, không theo {given}. Hãy bỏ tùy chọn --allowed-signers; nếu người ký được phép, "
                              f"hãy thêm khóa công khai của họ vào {own}.")
        return own
    return given


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _listed(sums: bytes, name: str) -> str | None:
    """The SHA-256 SHA256SUMS gives for a file, or None."""
    expected = None
    for line in sums.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("*") == name:
            expected = parts[0].lower()
    return expected


def verify(archive: Path, sums: Path, listed: bytes | None = None) -> tuple[str, str]:
    """The archive's version and SHA-256, once the hash matches its line in SHA256SUMS (`listed`:
    the file's bytes as the deploy read them)."""
    m = release_files(archive, sums)
    expected = _listed(sums.read_bytes() if listed is None else listed, archive.name)
    if expected is None:
        raise DeployError(f"{sums} không có dòng cho {archive.name}: tệp phát hành và SHA256SUMS không cùng một lần "
                          "make dist. Hãy chép cả hai từ cùng một thư mục dist/.")
    actual = sha256(archive)
    if actual != expected:
        raise DeployError(f"{archive.name}: mã băm {actual} khác {expected} trong {sums.name}; tệp đã bị hỏng hoặc bị sửa. "
                          "Hãy chép lại tệp phát hành và SHA256SUMS từ dist/ của máy dựng (rồi kiểm tra: sha256sum -c SHA256SUMS).")
    return m.group("version"), actual


def _check_beside(folder: Path, listed: bytes, archive: str) -> None:
    """The other files SHA256SUMS lists that lie beside it (the manifest.json an operator reads the
    release's address in, the nginx.conf they install): one changed after the build is a dist/
    folder someone edited, refused as the archive would be. A file not copied is not checked."""
    names = {line.split()[1].lstrip("*") for line in listed.decode("utf-8", "replace").splitlines() if len(line.split()) == 2}
    changed = [name for name in sorted(names - {archive}) if "/" not in name and (folder / name).is_file()
               and sha256(folder / name) != _listed(listed, name)]
    if changed:
        raise DeployError(f"{', '.join(changed)} trong {folder} khác bản trong SHA256SUMS: tệp của một lần dựng trước còn "
                          "để lại, hoặc đã bị sửa sau khi dựng (sha256sum -c SHA256SUMS chỉ ra tệp nào). Hãy chép lại cả thư "
                          "mục dist/ của lần dựng này từ máy dựng, vào một thư mục trống.")


def release_files(archive: Path, sums: Path) -> re.Match:
    """The archive's name read as a release's, once it and SHA256SUMS are there: the readers' zip,
    a renamed copy or a missing file is told before anything is read."""
    m = NAME.match(archive.name)
    offline = OFFLINE.match(archive.name)
    if offline:
        raise DeployError(f"{archive.name} là bản ngoại tuyến cho bạn đọc (giải nén rồi mở index.html), không dùng trên "
                          f"máy chủ. Máy chủ nhận tệp sotay-{offline.group('version')}.tar.gz của cùng thư mục dist/.")
    if not m:
        raise DeployError(f"{archive.name}: không phải tệp phát hành sotay-<phiên bản>.tar.gz (giữ đúng tên tệp "
                          "như trong SHA256SUMS, ví dụ không thêm \" (1)\").")
    if not archive.is_file():
        raise DeployError(f"Không có tệp {archive}: kiểm tra lại đường dẫn (ls {archive.parent}).")
    if not sums.is_file():
        raise DeployError(f"Thiếu {sums}: không kiểm tra được tệp phát hành. Hãy chép SHA256SUMS của cùng lần "
                          f"make dist vào {archive.parent}/ cạnh tệp phát hành, hoặc chỉ ra nó bằng --sums.")
    return m


def _history(root: Path) -> list[str]:
    path = root / "history"
    return [v for v in path.read_text(encoding="utf-8").split() if v] if path.is_file() else []


def _write_list(root: Path, name: str, versions: list[str]) -> None:
    tmp = root / f"{name}.tmp"
    tmp.write_text("\n".join(versions) + "\n", encoding="utf-8")
    os.replace(tmp, root / name)


def _write_history(root: Path, versions: list[str]) -> None:
    _write_list(root, "history", versions)


# How many switches the `live` log remembers (what --rollback walks back through).
LIVE_LOG = 100


def _live_log(root: Path) -> list[str]:
    """The releases made live, oldest first, the live one last: a deploy adds one, a rollback
    takes the live one off. A root deployed before the log existed: its history up to the live one."""
    path = root / "live"
    if path.is_file():
        return [v for v in path.read_text(encoding="utf-8").split() if v]
    history, live = _history(root), current(root)
    return history[:history.index(live) + 1] if live in history else history


def _rollback_target(root: Path) -> str | None:
    """The release that was live before the live one and is still on disk."""
    live = current(root)
    log = _live_log(root)
    while log and (log[-1] == live or not (root / "releases" / log[-1]).is_dir()):
        log.pop()
    return log[-1] if log else None


def current(root: Path) -> str | None:
    link = root / "current"
    return Path(os.readlink(link)).name if link.is_symlink() else None


def switch(root: Path, version: str) -> None:
    target = root / "releases" / version
    if not (target / "index.html").is_file():
        raise DeployError(f"Không có bản phát hành {version} trong {root / 'releases'}.")
    if current(root) != version:
        _stamp(target, _going_live(root))  # not served yet: nginx sees the new times with the new link
    _point(root, version)


def _point(root: Path, name: str) -> None:
    tmp = root / f".current-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(Path("releases") / name, tmp)
    os.replace(tmp, root / "current")  # atomic on POSIX: one rename


def _record(root: Path, version: str) -> Path:
    return root / "releases" / f"{version}.sha256"


def _recorded_hash(root: Path, version: str) -> str | None:
    path = _record(root, version)
    if not path.is_file():
        return None
    parts = path.read_text(encoding="utf-8").split()
    return parts[0].lower() if parts else None


def _write_record(root: Path, version: str, digest: str, archive: Path, signed: bool) -> None:
    path = _record(root, version)
    tmp = path.with_name(f".{path.name}-{os.getpid()}")
    tmp.write_text(f"{digest}  {archive.name}\n" + (f"{SIGNED}\n" if signed else ""), encoding="utf-8")
    os.replace(tmp, path)


# The record's second line when the release's SHA256SUMS signature was checked as it was deployed:
# a rollback to a release that never was (deployed before the root took signed releases only) says so.
SIGNED = "# signature checked"


def _was_signed(root: Path, version: str) -> bool:
    try:
        return SIGNED in _record(root, version).read_text(encoding="utf-8").splitlines()
    except OSError:
        return False


# Written by `make dist` with the build time: two builds of one commit and one SITE_URL differ
# only there, and are the same build.
METADATA = {"manifest.json"}


def tree_digest(folder: Path) -> str:
    """One hash over every path below `folder` and its content (modification times and the
    release's own manifest.json left out)."""
    digest = hashlib.sha256()
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        rel = Path(base).relative_to(folder).as_posix()
        digest.update(f"d {rel}\0".encode("utf-8", "surrogateescape"))
        if rel == ".":
            files = [f for f in files if f not in METADATA]
        for name in sorted(files + [d for d in dirs if os.path.islink(os.path.join(base, d))]):
            path = Path(base) / name
            key = f"{rel}/{name}".encode("utf-8", "surrogateescape")
            if path.is_symlink():
                digest.update(b"l " + key + b"\0" + os.fsencode(os.readlink(path)) + b"\0")
            else:
                digest.update(b"f " + key + b"\0" + sha256(path).encode() + b"\0")
    return digest.hexdigest()


def _readable(folder: Path) -> None:
    """Modes nginx's www-data can read (0755 folders, 0644 files): tarfile's data filter makes
    folders with the umask (0750 under umask 027) and keeps a file's 0600, so the release would be
    served as 403 Forbidden."""
    for base, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            if not os.path.islink(path):
                os.chmod(path, 0o644)
        os.chmod(base, 0o755)


def _going_live(root: Path) -> int:
    """The time a release goes live, to the second as nginx's ETag and Last-Modified have it, and a
    second past the live release's: a rollback within the second of a deploy (a script, or a quick
    operator) still changes both, and a clock set back does not make them go back."""
    try:
        live = int((root / "current" / "index.html").stat().st_mtime)
    except OSError:
        live = 0
    return max(int(time.time()), live + 1)


def _stamp(folder: Path, when: int) -> None:
    for base, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            if not os.path.islink(path):
                os.utime(path, (when, when))
        os.utime(base, (when, when))


class UnsafeMember(Exception):
    pass


def _unsafe_errors() -> tuple:
    """What an unsafe archive raises: this module's own check, or tarfile's data filter where
    Python has it (3.11.4 on; naming tarfile.FilterError on Debian 12's 3.11.2 would itself fail)."""
    filter_error = getattr(tarfile, "FilterError", None)
    return (UnsafeMember, filter_error) if filter_error else (UnsafeMember,)


def _release_members(tar: tarfile.TarFile):
    """The data filter's guarantees for Pythons without it (before 3.11.4; Debian 12 ships 3.11.2),
    stricter because a release holds nothing else: plain files and folders, inside the archive's
    own folder, readable by the web server, owned by whoever deploys."""
    members = tar.getmembers()
    for member in members:
        parts = member.name.split("/")
        if not (member.isfile() or member.isdir()) or member.name.startswith("/") or ".." in parts or "\\" in member.name:
            raise UnsafeMember(f"{member.name!r} không phải tệp hay thư mục nằm trong bản phát hành")
        member.mode = 0o755 if member.isdir() else 0o644
        member.uid, member.gid, member.uname, member.gname = os.getuid(), os.getgid(), "", ""
    return members


def damaged(archive: Path) -> str:
    # The library's words (a CRC, an end-of-stream marker) tell an operator nothing to do.
    return (f"{archive.name} bị hỏng hoặc không trọn vẹn (có thể bị cắt giữa chừng khi chép), không giải nén được. "
            "Hãy chép lại tệp phát hành và SHA256SUMS từ dist/ của máy dựng, rồi kiểm tra: sha256sum -c SHA256SUMS.")


def _unpack(archive: Path, root: Path, version: str, digest: str, signed: bool) -> None:
    """Unpack the archive into releases/<version>/, or check that it is the release already there."""
    releases = root / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    releases.chmod(0o755)
    final = releases / version
    recorded = _recorded_hash(root, version)
    if final.exists() and recorded == digest:
        if signed and not _was_signed(root, version):
            _write_record(root, version, digest, archive, signed)
        return  # this very archive was deployed before
    staging = releases / f".incoming-{version}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        try:
            with gzip.open(archive) as stream:  # the whole stream first: its end carries a CRC and a length
                while stream.read(1 << 20):
                    pass
            with tarfile.open(archive, "r:gz") as tar:
                # Files and folders only, inside the release, on every Python; the data filter
                # as well where Python has it.
                members = _release_members(tar)
                if hasattr(tarfile, "data_filter"):
                    tar.extractall(staging, members=members, filter="data")
                else:
                    tar.extractall(staging, members=members)
        except _unsafe_errors() as err:
            # tarfile's own refusal is English; the member it names is what the operator needs.
            what = err if isinstance(err, UnsafeMember) else f"{err.tarinfo.name!r} bị bộ lọc của tarfile từ chối"
            raise DeployError(f"{archive.name} chứa đường dẫn không an toàn, không giải nén ({what}).") from None
        except DAMAGED:
            raise DeployError(damaged(archive)) from None
        top = staging / f"sotay-{version}"
        if not (top / "index.html").is_file():
            raise DeployError(f"{archive.name} không chứa thư mục sotay-{version}/ với index.html.")
        _check_files(archive, top)
        if final.exists() and _rebuilt_for_another_site(_manifest(top), final):
            _readable(top)
            _replace(root, version, top)
        elif final.exists():
            if tree_digest(top) != tree_digest(final):
                was = f", bản đã có từ tệp mã băm {recorded[:12]}…" if recorded else ""
                raise DeployError(
                    f"Phiên bản {version} đã được triển khai với nội dung khác {archive.name} "
                    f"(mã băm {digest[:12]}…{was}); không ghi đè một bản đã triển khai. Nếu hai bản được dựng "
                    "với SITE_URL khác nhau, hãy dựng lại với SITE_URL của máy chủ này; nếu nội dung đã đổi, "
                    "hãy tạo bản phát hành có phiên bản mới (commit thay đổi rồi chạy lại make dist).")
        else:
            _readable(top)
            os.replace(top, final)
        _write_record(root, version, digest, archive, signed)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _rebuilt_for_another_site(new: dict, old: Path) -> bool:
    """One commit built again for another SITE_URL: the same version, other canonical links and
    sitemap. Refused as "other content", the rebuild that the host warning asks for could never go
    live, nor a move to another sub-path."""
    was, now = _manifest(old).get("site_url"), new.get("site_url")
    return isinstance(was, str) and isinstance(now, str) and was != now


@contextlib.contextmanager
def _whole():
    """SIGTERM held until the block is done: a deploy stopped halfway through _replace left
    `current` on a spare name and a partial release under the version's (retried, refused as other
    content). Delivered after it, the stop ends the deploy through its clean-up as usual."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _replace(root: Path, version: str, top: Path) -> None:
    """releases/<version> becomes `top`, with `current` always pointing at a whole release: when the
    old build is live, `current` points at the new one under a spare name while the folder named for
    the version is rebuilt from it (hard links, no copy of the data), then back."""
    with _whole():
        _replace_now(root, version, top)


def _replace_now(root: Path, version: str, top: Path) -> None:
    releases = root / "releases"
    final, spare = releases / version, releases / f".next-{version}-{os.getpid()}"
    old = releases / f".old-{version}-{os.getpid()}"
    os.replace(top, spare)
    live = current(root) == version
    if live:
        _stamp(spare, _going_live(root))
        _point(root, spare.name)
    os.replace(final, old)
    shutil.copytree(spare, final, copy_function=os.link)
    if live:
        _point(root, version)
    shutil.rmtree(spare)
    shutil.rmtree(old)


def _check_files(archive: Path, top: Path) -> None:
    """The unpacked site is the one its manifest.json lists, file for file: a release changed after
    the build whose manifest was left as built (a page edited, a file added, one lost) is refused.
    Not a proof of who made it (whoever edits a page can edit the manifest too; the signature is
    that proof), but the release's own account of itself, checked. A release without a manifest
    (not made by `make dist`), or one whose manifest lists no files, is taken as SHA256SUMS vouches
    for it; a list that is there must be one."""
    manifest = _manifest(top)
    if not (top / "manifest.json").is_file() or (manifest and "files" not in manifest):
        return
    listed = manifest.get("files")
    site = listed.get("site") if isinstance(listed, dict) else None
    if not isinstance(site, list) or not all(isinstance(f, dict) and isinstance(f.get("path"), str)
                                             and isinstance(f.get("sha256"), str) for f in site):
        raise DeployError(f"{archive.name}: manifest.json của bản phát hành có danh sách tệp sai dạng (files.site: mỗi tệp "
                          "cần có path và sha256), nên không đối chiếu được các tệp. Hãy chép lại thư mục dist/ từ máy dựng.")
    want = {f["path"]: f["sha256"].lower() for f in site}
    have = {p.relative_to(top).as_posix(): p for p in top.rglob("*") if p.is_file() and p != top / "manifest.json"}
    changed = sorted(path for path in have.keys() & want.keys() if sha256(have[path]) != want[path])
    extra, missing = sorted(have.keys() - want.keys()), sorted(want.keys() - have.keys())
    if changed or extra or missing:
        told = [f"{n} tệp {what} (ví dụ {names[0]})" for n, what, names in
                ((len(changed), "khác nội dung", changed), (len(extra), "thừa", extra), (len(missing), "thiếu", missing)) if n]
        raise DeployError(f"{archive.name}: so với danh sách trong manifest.json của bản phát hành, có {', '.join(told)}; "
                          "bản phát hành đã bị sửa hoặc hỏng sau khi dựng nên không được triển khai. Hãy chép lại thư mục "
                          "dist/ từ máy dựng.")


def prune(root: Path, keep: int = KEEP) -> list[str]:
    """Remove releases beyond the last `keep` deployed; never the live one."""
    history = _history(root)
    kept: list[str] = []
    for version in reversed(history):
        if version not in kept:
            kept.append(version)
        if len(kept) == keep:
            break
    live = current(root)
    removed = []
    for path in (root / "releases").iterdir():
        if path.is_dir() and path.name.startswith((".incoming-", ".old-", ".next-")) and path.name != live:
            shutil.rmtree(path, ignore_errors=True)  # left by a deploy that was killed; the lock is ours
            continue
        if path.is_dir() and not path.name.startswith(".") and path.name not in kept and path.name != live:
            shutil.rmtree(path)
            _record(root, path.name).unlink(missing_ok=True)
            removed.append(path.name)
    _write_history(root, [v for v in history if v in kept or v == live])
    return removed


@contextlib.contextmanager
def _locked(root: Path):
    """One deploy or rollback at a time (the next waits): two at once lost history lines, and one's
    prune removed a folder the other was still using (and it reported "Không triển khai")."""
    with open(root / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"Một lần triển khai hoặc quay lại khác đang chạy trong {root}; chờ nó xong...", file=sys.stderr)
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        yield


def _manifest(folder: Path) -> dict:
    """A deployed release's manifest.json (what `make dist` built it for), or {} for none."""
    try:
        path = folder / "manifest.json"
        if path.stat().st_size > MANIFEST_MAX:
            return {}
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


# A manifest lists a few hundred files in some 50 kB; one padded to hundreds of MB is no release's.
MANIFEST_MAX = 16 << 20


def _archive_manifest(archive: Path, version: str) -> dict:
    try:
        with tarfile.open(archive, "r:gz") as tar:
            member = tar.extractfile(f"sotay-{version}/manifest.json")
            found = json.loads(member.read(MANIFEST_MAX).decode("utf-8")) if member else {}
            return found if isinstance(found, dict) else {}
    except (KeyError, ValueError, OSError, *DAMAGED):
        return {}  # a damaged archive is told by the unpacking


def _check_base_path(what: str, root: Path, version: str, new: dict, rebuild: bool = True) -> None:
    """Refuse a release built for another sub-path than the live one's, which is what nginx serves:
    its pages' relative links work, so it looks deployed, but its 404 page loads no style or script
    and its canonical links and sitemap point elsewhere. `what` names it: an archive, or a release
    a rollback would bring back (which is not rebuilt, only refused or let through)."""
    live = current(root)
    if live is None:
        return
    # The live version rebuilt for another sub-path is checked too: it replaces the live release
    # (one commit's root and sub-path builds share a version), and the rollback then found no build
    # of the path nginx serves.
    old = _manifest(root / "current")
    if new.get("base_path") and old.get("base_path") and new["base_path"] != old["base_path"]:
        fix = (f"Hãy dựng lại trên máy dựng:\n    make dist SITE_URL={old.get('site_url')}\n" if rebuild else "")
        raise DeployError(
            f"{what} được dựng cho {new.get('site_url')} (đường dẫn {new['base_path']}), còn bản đang chạy {live} "
            f"cho {old.get('site_url')} (đường dẫn {old['base_path']}), là đường dẫn nginx đang phục vụ: với bản này trang "
            f"404 và các địa chỉ trong sitemap sẽ sai. {fix}"
            f"Nếu nginx đã được sửa để phục vụ {new['base_path']}, chạy lại lệnh với --site-url-changed.")


def _check_current_is_a_link(root: Path) -> None:
    """`current` must be the link this tool switches: a folder there (a site unpacked by hand
    before) cannot be replaced in one step, and the switch failed in the operating system's words."""
    link = root / "current"
    if link.exists() and not link.is_symlink():
        raise DeployError(f"{link} là một thư mục thật (có lẽ trang đã được giải nén bằng tay trước đây), không phải liên kết "
                          f"tới một bản trong {root / 'releases'}. Hãy đổi tên nó (ví dụ: mv {link} {root / 'current.cu'}) rồi "
                          "chạy lại lệnh; nginx vẫn phục vụ đường dẫn current như cũ.")


def make_root(root: Path) -> None:
    """The deploy root, and any missing folder above it, made 0755 whatever the umask: nginx reads
    current/ as another user, and a root made 0750 under umask 027 served every page as 403 while
    the deploy said it was done. A folder that exists keeps the modes its operator gave it."""
    missing = []
    for folder in (root, *root.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        folder.mkdir(exist_ok=True)  # a file in the way raises FileExistsError: told as "không phải là thư mục"
        folder.chmod(0o755)


# The account Debian's nginx workers run as: it reads the release as a user other than the deploy's.
NGINX_USER = "www-data"


def _nginx_ids() -> tuple[int | None, set[int]]:
    """NGINX_USER's uid and groups, (None, set()) on a machine without it."""
    try:
        import grp
        import pwd

        user = pwd.getpwnam(NGINX_USER)
        return user.pw_uid, {user.pw_gid} | {g.gr_gid for g in grp.getgrall() if NGINX_USER in g.gr_mem}
    except (ImportError, KeyError):
        return None, set()


def unreadable_by_nginx(root: Path) -> str | None:
    """Why nginx, running as another user, cannot read the live release's pages (a folder on the
    way it cannot enter, or the home page it cannot read), as a warning; None when it can.

    By the mode bits, as the kernel checks them for NGINX_USER: the owner's, the group's or the
    others' (a root shared with www-data's group, 0750, is a fine setup). ACLs are not read: they
    are rare on a web root, and a wrong warning costs less than a silent 403."""
    live = current(root)
    if live is None:
        return None
    page = root / "releases" / live / "index.html"
    uid, gids = _nginx_ids()
    ways = list(dict.fromkeys([*reversed(page.absolute().parents), *reversed(Path(os.path.realpath(page)).parents)]))
    checks = [(folder, "x", stat.S_IXUSR, stat.S_IXGRP, stat.S_IXOTH) for folder in ways]
    checks.append((page, "r", stat.S_IRUSR, stat.S_IRGRP, stat.S_IROTH))
    blocked = []  # every one at once: told one a run, an operator chmod-ed and ran again three times
    for path, need, owner, group, other in checks:
        try:
            st = path.stat()
        except OSError:
            break  # told by what fails next, not guessed at here
        # The kernel reads one class of bits: the owner's for the owner, the group's for a member,
        # the others' for the rest (an owner without the bit is refused whatever the others have).
        who, bits = ("u", owner) if st.st_uid == uid else ("g", group) if st.st_gid in gids else ("o", other)
        if not st.st_mode & bits:
            blocked.append((path, need, who, stat.filemode(st.st_mode)))
    if not blocked:
        return None
    folders = ", ".join(f"{path} ({mode})" for path, need, _, mode in blocked if need == "x")
    files = ", ".join(f"{path} ({mode})" for path, need, _, mode in blocked if need == "r")
    what = " và không ".join(p for p in (folders and f"vào được thư mục {folders}", files and f"đọc được tệp {files}") if p)
    fix = " && ".join(f"chmod {who}+{need} {path}" for path, need, who, _ in blocked)
    return (f"nginx chạy bằng tài khoản khác ({NGINX_USER}) không {what}: bạn đọc sẽ nhận lỗi 403 ở mọi trang. "
            f"Hãy cấp quyền bằng lệnh: {fix}")


def deploy(archive: Path, root: Path, sums: Path | None = None, keep: int = KEEP, site_url_changed: bool = False,
           signers: Path | None = None) -> str:
    sums = sums or archive.parent / "SHA256SUMS"
    allowed = signers_for(root, signers)
    release_files(archive, sums)  # the offline zip, a renamed copy, a missing file: told before anything is read
    # What is checked is what is used: SHA256SUMS read once, and the archive copied where only this
    # account writes before it is hashed; a dist/ folder changed during the deploy changes nothing.
    listed = sums.read_bytes()
    if allowed is not None:
        check_signature(sums, allowed, listed)
    with tempfile.TemporaryDirectory(prefix="sotay-deploy-") as private:
        archive = Path(shutil.copy(archive, Path(private) / archive.name))
        version, digest = verify(archive, sums, listed)
        _check_beside(sums.parent, listed, archive.name)
        make_root(root)
        built_for = _archive_manifest(archive, version)
        with _locked(root):
            _check_current_is_a_link(root)
            if not site_url_changed:
                _check_base_path(archive.name, root, version, built_for)
            warnings = _warnings(archive, root, version, built_for)
            deployed = _deploy(archive, root, version, digest, keep, allowed is not None)
    for warning in warnings:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    return deployed


# What dist.version() adds for a working tree that differs from its commit.
DIRTY = "-dirty."


def _origin(site_url) -> str | None:
    if not isinstance(site_url, str):
        return None
    parts = urlsplit(site_url)
    return f"{parts.scheme}://{parts.netloc.lower()}" if parts.scheme and parts.netloc else None


def _warnings(archive: Path, root: Path, version: str, new: dict) -> list[str]:
    """What the operator should know about a release that is deployed all the same (the switch is
    theirs to undo with --rollback): one built from uncommitted changes, or for another host than
    the live one's (the sub-path is checked, and refused, by _check_base_path)."""
    said = []
    if DIRTY in version:
        said.append(f"{archive.name} được dựng từ thư mục làm việc có thay đổi chưa commit (phiên bản có \"-dirty.\"), "
                    "nên không ứng với commit nào. Bản phát hành cho bạn đọc cần dựng từ một bản checkout sạch "
                    "(commit các thay đổi, hoặc cất chúng đi bằng git stash -u, rồi chạy lại make dist).")
    there = root / "releases" / version
    if there.is_dir() and _rebuilt_for_another_site(new, there):
        said.append(f"{version} đã có trong {there.parent}, dựng cho {_manifest(there)['site_url']}: bản dựng lại "
                    f"cho {new['site_url']} thay nó.")
    live = current(root)
    # The live version rebuilt for another host is told by the warning above, which names both.
    old = _manifest(root / "current") if live and live != version else {}
    was, now = _origin(old.get("site_url")), _origin(new.get("site_url"))
    if was and now and was != now:
        said.append(f"{archive.name} được dựng cho {new['site_url']}, khác máy chủ của bản đang chạy {live} "
                    f"({old['site_url']}): liên kết canonical và sitemap của bản mới trỏ tới {now}. Nếu bạn đọc vẫn "
                    f"vào {was}, hãy dựng lại trên máy dựng:\n    make dist SITE_URL={old['site_url']}")
    return said


def _deploy(archive: Path, root: Path, version: str, digest: str, keep: int, signed: bool) -> str:
    _unpack(archive, root, version, digest, signed)
    log = _live_log(root)
    switch(root, version)
    if not log or log[-1] != version:
        _write_list(root, "live", (log + [version])[-LIVE_LOG:])
    # Each release once, where it was last deployed: going forward again to a kept release listed
    # it twice in --status, and the list grew with every such deploy.
    _write_history(root, [v for v in _history(root) if v != version] + [version])
    prune(root, keep)
    return version


def rollback(root: Path, site_url_changed: bool = False) -> str:
    with _locked(root):
        _check_current_is_a_link(root)
        return _rollback(root, site_url_changed)


def _rollback(root: Path, site_url_changed: bool = False) -> str:
    """Switch to the release that was live before the live one: rolled back from C to B, then D
    deployed, a rollback goes to B, never again to C. History stays as deployed, so pruning still
    keeps the last five deployed (a rollback does not make the releases after it fair game for the
    next deploy's prune)."""
    target = _rollback_target(root)
    if target is None:
        live = current(root)
        # Said as what is, not as "no earlier release": after "Không quay lại" that read as a double negation.
        raise DeployError(f"{live} (bản đang chạy) đã là bản cũ nhất --rollback về được; xem lịch sử bằng --status. "
                          "Muốn chạy một bản khác, hãy triển khai lại tệp phát hành của bản đó."
                          if live else f"chưa triển khai bản nào vào {root}.")
    if not site_url_changed:
        # Rolled back across a change of sub-path, the live release was one nginx no longer serves right.
        _check_base_path(f"Bản {target}", root, target, _manifest(root / "releases" / target), rebuild=False)
    log = _live_log(root)
    while log and log[-1] != target:
        log.pop()
    switch(root, target)
    _write_list(root, "live", log)
    return target


def register(sub):
    p = sub.add_parser("deploy", help="triển khai bản phát hành lên máy chủ: kiểm tra mã băm, giải nén, chuyển, quay lại")
    _arguments(p)
    p.set_defaults(fn=run)


def _arguments(p):
    p.add_argument("archive", nargs="?", type=Path, help="dist/sotay-<phiên bản>.tar.gz")
    p.add_argument("--root", type=Path, required=True, help="thư mục triển khai, ví dụ /srv/sotay")
    p.add_argument("--sums", type=Path, default=None, help="tệp SHA256SUMS (mặc định: cạnh tệp phát hành)")
    p.add_argument("--keep", type=_keep, default=KEEP, help="số bản phát hành giữ lại, ít nhất 2 (mặc định 5)")
    p.add_argument("--rollback", action="store_true", help="quay lại bản phát hành trước")
    p.add_argument("--status", action="store_true", help="in bản đang chạy và lịch sử")
    p.add_argument("--allowed-signers", type=Path, default=None,
                   help=("tệp khóa được phép ký (định dạng allowed_signers của ssh-keygen); chỉ dùng khi thư mục triển khai "
                         f"(--root) chưa có tệp {SIGNERS} riêng"))
    p.add_argument("--site-url-changed", action="store_true",
                   help="nhận bản dựng cho đường dẫn khác bản đang chạy, khi triển khai hay quay lại (sau khi đã sửa nginx theo đường dẫn mới)")


def _keep(text: str) -> int:
    # Fewer than two kept leaves a rollback nothing to go back to, which an operator learns only
    # when the live release is the one that fails.
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"cần một số nguyên, không phải {text!r}") from None
    if n < 2:
        raise argparse.ArgumentTypeError(f"cần ít nhất 2 (bản đang chạy và một bản để quay lại), không phải {n}")
    return n


def _explain(err: OSError, root: Path) -> str:
    """An operating system's refusal as what the operator does about it (not Python's errno text)."""
    where = err.filename or root
    if isinstance(err, PermissionError):
        # A file this account may not read (an allowed_signers of mode 0640) is no folder to write.
        if os.path.isfile(where) and not os.access(where, os.R_OK):
            return (f"không có quyền đọc {where}. Hãy cấp quyền đọc tệp này (ví dụ: sudo chmod 0644 {where}) "
                    "hoặc chạy lệnh bằng tài khoản sở hữu tệp.")
        return (f"không có quyền ghi vào {where}. Hãy chạy bằng tài khoản sở hữu {root} (ví dụ thêm sudo "
                "trước lệnh), hoặc chọn --root là thư mục tài khoản này ghi được.")
    if isinstance(err, (FileExistsError, NotADirectoryError)) and not root.is_dir():
        return f"--root {root} không phải là thư mục. Hãy chỉ ra thư mục triển khai, ví dụ --root /srv/sotay."
    if err.errno == errno.ENOSPC:
        return f"hết chỗ trên đĩa chứa {root} (df -h {root}); bản đang chạy không đổi."
    if err.errno == errno.EROFS:
        return (f"ổ đĩa chứa {where} đang ở chế độ chỉ đọc (xem: findmnt -T {root}); bản đang chạy không đổi. Hãy gắn lại "
                "ổ ở chế độ ghi được (hoặc chọn --root trên ổ khác) rồi chạy lại lệnh.")
    return f"{err.strerror or err}: {where}."


UNCHECKED = ", chữ ký chưa kiểm tra"


def _status(root: Path) -> int:
    if not root.is_dir():
        print(f"Không có thư mục triển khai {root}: chưa triển khai bản nào ở đây (kiểm tra lại --root).", file=sys.stderr)
        return 1
    live = current(root)
    built_for = _manifest(root / "current").get("site_url") if live else None
    print(f"Đang chạy: {live or '(chưa có)'}" + (f" (dựng cho {built_for})" if built_for else "")
          + (UNCHECKED if _unsigned(root, live) else ""))
    print("Lịch sử (cũ trước, mới sau): " + ", ".join(f"{v} (đang chạy)" if v == live else v for v in _history(root)))
    target = _rollback_target(root)
    back_for = _manifest(root / "releases" / target).get("site_url") if target else None
    print(f"--rollback sẽ quay về: {target or '(không có)'}" + (f" (dựng cho {back_for})" if back_for and back_for != built_for else "")
          + (UNCHECKED if _unsigned(root, target) else ""))
    own = signers_for(root, None)
    print(f"Chữ ký: bắt buộc, theo {own}" if own else
          f"Chữ ký: không kiểm tra (đặt tệp {SIGNERS} vào {root} để chỉ nhận bản phát hành có chữ ký)")
    _warn_unreadable(root)
    return 0


def _unsigned(root: Path, version: str | None) -> bool:
    """A release on disk whose signature was never checked, in a root that takes signed releases only."""
    return bool(version) and signers_for(root, None) is not None and not _was_signed(root, version)


def _warn_unsigned(root: Path, version: str) -> None:
    # Not refused: a rollback is the way back from a broken release, and this one was live before.
    if _unsigned(root, version):
        print(f"Cảnh báo: chữ ký của {version} chưa từng được kiểm tra (bản này được triển khai trước khi "
              f"{root / SIGNERS} được đặt vào). Hãy triển khai lại tệp phát hành có chữ ký của bản này, "
              "hoặc một bản mới có chữ ký, ngay khi có thể.", file=sys.stderr)


def _warn_unreadable(root: Path) -> None:
    problem = unreadable_by_nginx(root)
    if problem:
        print(f"Cảnh báo: {problem}", file=sys.stderr)


def _stop(signum, _frame):
    # A deploy stopped by SIGTERM (a CI timeout, systemd) ends through its `finally` and `with`
    # blocks, as one stopped by Ctrl+C does: the archive's copy in /tmp and the unpacked staging
    # folder stayed behind. (kill -9 can only be cleaned up after: the next deploy does releases/.)
    raise SystemExit(128 + signum)


def run(args) -> int:
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop) if main else None
    try:
        return _run_piped(args)
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _run_piped(args) -> int:
    try:
        code = _run(args)
        sys.stdout.flush()  # here, not at exit: a closed pipe is then ours to handle
        return code
    except BrokenPipeError:
        # `--status | head -1`: the reader closed the pipe once it had what it wanted, and whatever
        # the command did is done. Quiet, as any Unix tool is; stdout to /dev/null so Python's own
        # flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(args) -> int:
    modes = [m for m, on in (("tệp phát hành", args.archive is not None), ("--rollback", args.rollback),
                             ("--status", args.status)) if on]
    if len(modes) != 1:
        print("Cần đúng một trong: tệp phát hành, --rollback, --status"
              + (f" (đã cho {', '.join(modes)})." if modes else "."), file=sys.stderr)
        return 2
    root = args.root.absolute()
    action = "Không quay lại" if args.rollback else "Không đọc được trạng thái" if args.status else "Không triển khai"
    try:
        if args.status:
            return _status(root)
        if args.rollback:
            if not root.is_dir():
                raise DeployError(f"không có thư mục triển khai {root} (kiểm tra lại --root).")
            target = rollback(root, args.site_url_changed)
            print(f"Đã quay lại {target} ({root / 'current'}).")
            _warn_unsigned(root, target)
            return 0
        version = deploy(args.archive, root, args.sums, args.keep, args.site_url_changed, args.allowed_signers)
        signed = signers_for(root, args.allowed_signers)
        # Unsigned, said every time: only --status said so, and a tampered release with its own
        # SHA256SUMS went live with the same words as a checked one.
        print(f"Đã triển khai {version} ({root / 'current'})"
              + (f"; chữ ký đã kiểm tra theo {signed}." if signed else
                 f"; chữ ký chưa được kiểm tra (chưa có {root / SIGNERS}), mới chỉ đối chiếu mã băm với SHA256SUMS."))
        _warn_unreadable(root)
        return 0
    except DeployError as err:
        print(f"{action}: {err}", file=sys.stderr)
    except BrokenPipeError:
        raise  # not a refusal: see run()
    except OSError as err:
        print(f"{action}: {_explain(err, root)}", file=sys.stderr)
    except tarfile.TarError:
        print(f"{action}: {damaged(args.archive)}", file=sys.stderr)
    return 1


def main(argv=None) -> int:
    try:
        if __package__:
            from .argparse_vi import install
        else:  # run as a file by scripts/deploy, whose folder is then on the path
            from argparse_vi import install
        install()
    except ImportError:  # deploy.py copied to the server without it: argparse's words stay English
        pass
    # As the operator typed it: "python3 sotay-deploy.pyz" on a server, "scripts/deploy" in the
    # repository (which runs this file as deploy.py).
    name = os.path.basename(sys.argv[0])
    prog = f"python3 {name}" if name.endswith(".pyz") else "scripts/deploy"
    parser = argparse.ArgumentParser(prog=prog, description="Triển khai bản phát hành lên máy chủ nội bộ: kiểm tra mã băm, "
                                     "giải nén, chuyển bản đang chạy, giữ năm bản gần nhất, quay lại.")
    _arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
