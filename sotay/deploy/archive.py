"""What the operator copied: the release archive by its name, its line in SHA256SUMS, the files
listed beside it, and the manifest.json that lists the release's own files."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import tarfile
import zlib
from pathlib import Path

# A version starts with a letter or digit (never "." or ".."), and never ends in ".sha256" (the
# name of a release's record beside its folder). At most 200 characters: the spare names a deploy
# gives its folder (".incoming-…-<pid>") outgrew a file name's 255 ("File name too long").
NAME = re.compile(r"^sotay-(?P<version>[0-9A-Za-z][0-9A-Za-z.+_-]{0,199})(?<!\.sha256)\.tar\.gz$")


# The readers' copy from the same `make dist`, the file next to the archive most easily taken for it.
OFFLINE = re.compile(r"^sotay-(?P<version>.+)-offline\.zip$")


# What a damaged archive raises while it is read: a cut gzip stream, bad compressed data, a bad
# gzip header, a bad tar header.
DAMAGED = (EOFError, zlib.error, gzip.BadGzipFile, tarfile.TarError)


class DeployError(Exception):
    pass


class UnrecordedError(DeployError):
    """The new release is live, and what records it (the logs, the prune) failed after the switch:
    told as done, not as "bản đang chạy không đổi", which an operator took for the old one live."""

    def __init__(self, version: str, err: OSError):
        super().__init__(f"{err.strerror or err}: {err.filename or ''}".rstrip(": "))
        self.version, self.err = version, err


# The deploy script as `make dist` writes it beside the archive (dist.py).
DEPLOY_APP = "sotay-deploy.pyz"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# A line as `sha256sum` writes it ("<hash>  name", "<hash> *name"; one space or a tab after a
# message's trip) or with --tag ("SHA256 (name) = <hash>"), the name perhaps as "./name":
# `sha256sum -c` reads them all, and so does the deploy.
_SUM_LINE = re.compile(r"^(?:(?P<hash>[0-9A-Fa-f]{64})[ \t]+\*?(?:\./)?(?P<name>.+)|SHA256 \((?:\./)?(?P<tname>.+)\) = (?P<thash>[0-9A-Fa-f]{64}))$")


def _sum_lines(sums: bytes) -> list[tuple[str, str]]:
    """(name, SHA-256) of each line of SHA256SUMS."""
    out = []
    for line in sums.decode("utf-8-sig", "replace").splitlines():  # a BOM a Windows editor added: its first line too
        m = _SUM_LINE.match(line.rstrip("\r"))
        if m:
            out.append((m.group("name") or m.group("tname"), (m.group("hash") or m.group("thash")).lower()))
    return out


def listed_hash(sums: bytes, name: str) -> str | None:
    """The SHA-256 SHA256SUMS gives for a file, or None. Two different ones are refused: `sha256sum
    -c` fails the file where the deploy took the last, and the two disagreed."""
    given = {digest for listed, digest in _sum_lines(sums) if listed == name}
    if len(given) > 1:
        raise DeployError(f"SHA256SUMS ghi {name} hai lần với hai mã băm khác nhau: tệp đã bị sửa. Hãy chép lại "
                          "SHA256SUMS từ dist/ của máy dựng.")
    return given.pop() if given else None


def verify(archive: Path, sums: Path, listed: bytes | None = None) -> tuple[str, str]:
    """The archive's version and SHA-256, once the hash matches its line in SHA256SUMS (`listed`:
    the file's bytes as the deploy read them)."""
    m = release_files(archive, sums)
    listed = sums.read_bytes() if listed is None else listed
    expected = listed_hash(listed, archive.name)
    if expected is None:
        _case_renamed(archive, listed)
        raise DeployError(f"{sums} không có dòng cho {archive.name}: tệp phát hành và SHA256SUMS không cùng một lần "
                          "make dist. Hãy chép cả hai từ cùng một thư mục dist/.")
    actual = sha256(archive)
    if actual != expected:
        raise DeployError(f"{archive.name}: mã băm {actual} khác {expected} trong {sums.name}; tệp đã bị hỏng hoặc bị sửa. "
                          "Hãy chép lại tệp phát hành và SHA256SUMS từ dist/ của máy dựng (rồi kiểm tra: sha256sum -c SHA256SUMS).")
    return m.group("version"), actual


def _case_renamed(archive: Path, listed: bytes, fallback: str | None = None) -> None:
    """Refuse an archive whose name a copy put in other case ("SOTAY-6.0.0.TAR.GZ", a FAT stick or a
    copy tool), with the name SHA256SUMS lists for it (its version may hold capitals: "RC1"), which
    the check and the release's folder go by."""
    meant = next((name for name, _ in _sum_lines(listed) if name.lower() == archive.name.lower()), fallback)
    if meant and meant != archive.name:
        # Named alone: the deploy reads a copy of the archive, in a folder of its own.
        raise DeployError(f"{archive.name}: tên tệp đã bị đổi chữ hoa chữ thường khi chép; SHA256SUMS ghi {meant}. "
                          f"Đổi lại tên rồi chạy lại (trong thư mục của tệp): mv '{archive.name}' '{meant}'")


def check_beside(folder: Path, listed: bytes, archive: str) -> None:
    """The other files SHA256SUMS lists that lie beside it (the manifest.json an operator reads the
    release's address in, the nginx.conf they install): one changed after the build is a dist/
    folder someone edited, refused as the archive would be. A file not copied is not checked."""
    names = {name for name, _ in _sum_lines(listed)}
    changed = [name for name in sorted(names - {archive}) if "/" not in name and (folder / name).is_file()
               and sha256(folder / name) != listed_hash(listed, name)]
    if changed:
        raise DeployError(f"{', '.join(changed)} trong {folder.resolve()} khác bản trong SHA256SUMS: tệp của một lần dựng trước còn "
                          "để lại, hoặc đã bị sửa sau khi dựng (sha256sum -c SHA256SUMS chỉ ra tệp nào). Hãy chép lại cả thư "
                          "mục dist/ của lần dựng này từ máy dựng, vào một thư mục trống (nginx.conf thì sửa ở bản chép "
                          "trong /etc/nginx/conf.d/, không sửa trong dist/).")


def release_files(archive: Path, sums: Path) -> re.Match:
    """The archive's name read as a release's, once it and SHA256SUMS are there: the readers' zip,
    a renamed copy or a missing file is told before anything is read."""
    m = NAME.match(archive.name)
    offline = OFFLINE.match(archive.name)
    if offline:
        raise DeployError(f"{archive.name} là bản ngoại tuyến cho bạn đọc (giải nén rồi mở index.html), không dùng trên "
                          f"máy chủ. Máy chủ nhận tệp sotay-{offline.group('version')}.tar.gz của cùng thư mục dist/.")
    if not m and re.match(r"^sotay-[0-9A-Za-z][0-9A-Za-z.+_-]{200,}\.tar\.gz$", archive.name):
        raise DeployError(f"{archive.name[:40]}…: phiên bản dài hơn 200 ký tự, không đặt được tên thư mục cho nó; "
                          "make dist đặt tên phiên bản ngắn: hãy dùng tệp của make dist, giữ nguyên tên.")
    if not m and NAME.match(archive.name.lower()):
        _case_renamed(archive, sums.read_bytes() if sums.is_file() else b"", archive.name.lower())
    if not m:
        raise DeployError(f"{archive.name}: không phải tệp phát hành sotay-<phiên bản>.tar.gz (giữ đúng tên tệp "
                          "như trong SHA256SUMS, ví dụ không thêm \" (1)\").")
    if not archive.is_file():
        raise DeployError(f"Không có tệp {archive}: kiểm tra lại đường dẫn (ls {archive.parent}).")
    renamed = [p for p in sums.parent.iterdir() if p.name.upper() == sums.name.upper() and p.is_file()] if (
        not sums.is_file() and sums.parent.is_dir()) else []
    if renamed:
        raise DeployError(f"Thiếu {sums}: cạnh tệp phát hành có {renamed[0].name}, tên đã bị đổi chữ hoa chữ thường khi chép. "
                          f"Đổi lại tên rồi chạy lại: mv '{renamed[0]}' '{sums}'")
    if not sums.is_file():
        raise DeployError(f"Thiếu {sums}: không kiểm tra được tệp phát hành. Hãy chép SHA256SUMS của cùng lần "
                          f"make dist vào {archive.parent}/ cạnh tệp phát hành, hoặc chỉ ra nó bằng --sums.")
    return m


def damaged(archive: Path) -> str:
    # The library's words (a CRC, an end-of-stream marker) tell an operator nothing to do.
    return (f"{archive.name} bị hỏng hoặc không trọn vẹn (có thể bị cắt giữa chừng khi chép), không giải nén được. "
            "Hãy chép lại tệp phát hành và SHA256SUMS từ dist/ của máy dựng, rồi kiểm tra: sha256sum -c SHA256SUMS.")


def check_files(archive: Path, top: Path) -> None:
    """The unpacked site is the one its manifest.json lists, file for file: a release changed after
    the build whose manifest was left as built (a page edited, a file added, one lost) is refused.
    Not a proof of who made it (whoever edits a page can edit the manifest too; the signature is
    that proof), but the release's own account of itself, checked. A release without a manifest
    (not made by `make dist`), or one whose manifest lists no files, is taken as SHA256SUMS vouches
    for it; a list that is there must be one."""
    manifest = read_manifest(top)
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


def read_manifest(folder: Path) -> dict:
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


def archive_manifest(archive: Path, version: str) -> dict:
    try:
        with tarfile.open(archive, "r:gz") as tar:
            member = tar.extractfile(f"sotay-{version}/manifest.json")
            found = json.loads(member.read(MANIFEST_MAX).decode("utf-8")) if member else {}
            return found if isinstance(found, dict) else {}
    except (KeyError, ValueError, OSError, *DAMAGED):
        return {}  # a damaged archive is told by the unpacking
