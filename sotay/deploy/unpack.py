"""Unpacking an archive into releases/<version>/ safely, or matching it with the release already
there, and replacing a release rebuilt for another site while `current` stays whole."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import os
import shutil
import signal
import tarfile
from pathlib import Path

from .archive import DAMAGED, DeployError, check_files, damaged, read_manifest, sha256
from .releases import current, going_live, point, recorded_hash, stamp, was_signed, write_record

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


def unpack_archive(archive: Path, root: Path, version: str, digest: str, signed: bool) -> None:
    """Unpack the archive into releases/<version>/, or check that it is the release already there."""
    releases = root / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    releases.chmod(0o755)
    final = releases / version
    recorded = recorded_hash(root, version)
    if final.exists() and recorded == digest:
        if signed and not was_signed(root, version):
            write_record(root, version, digest, archive, signed)
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
        check_files(archive, top)
        if final.exists() and rebuilt_for_another_site(read_manifest(top), final):
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
        write_record(root, version, digest, archive, signed)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def rebuilt_for_another_site(new: dict, old: Path) -> bool:
    """One commit built again for another SITE_URL: the same version, other canonical links and
    sitemap. Refused as "other content", the rebuild that the host warning asks for could never go
    live, nor a move to another sub-path."""
    was, now = read_manifest(old).get("site_url"), new.get("site_url")
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
        stamp(spare, going_live(root))
        point(root, spare.name)
    os.replace(final, old)
    shutil.copytree(spare, final, copy_function=os.link)
    if live:
        point(root, version)
    shutil.rmtree(spare)
    shutil.rmtree(old)
