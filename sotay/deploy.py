"""Deploy a release on the intranet server: verify, unpack, switch, keep five, roll back.

    python -m sotay deploy dist/sotay-0.1.0-gabc1234.tar.gz --root /srv/sotay
    python -m sotay deploy --rollback --root /srv/sotay
    python -m sotay deploy --status --root /srv/sotay

Layout under --root: releases/<version>/ (one unpacked site each), current -> releases/<version>
(nginx serves current/), and history (deployed versions, oldest first). The archive must match
its line in SHA256SUMS (next to it, or --sums); otherwise nothing is touched. The switch replaces
the `current` link with one rename, so readers see the old site or the new one, never a mix.

Standard library only, so `scripts/deploy` can run it on a server without the project's virtualenv.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import sys
import tarfile
from pathlib import Path

KEEP = 5
NAME = re.compile(r"^sotay-(?P<version>[0-9A-Za-z.+_-]+)\.tar\.gz$")


class DeployError(Exception):
    pass


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(archive: Path, sums: Path) -> str:
    """The archive's version, once its hash matches its line in SHA256SUMS."""
    m = NAME.match(archive.name)
    if not m:
        raise DeployError(f"{archive.name}: không phải tệp phát hành sotay-<phiên bản>.tar.gz.")
    if not sums.is_file():
        raise DeployError(f"Thiếu {sums}: không kiểm tra được tệp phát hành.")
    expected = None
    for line in sums.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("*") == archive.name:
            expected = parts[0].lower()
    if expected is None:
        raise DeployError(f"{sums.name} không có dòng cho {archive.name}.")
    actual = sha256(archive)
    if actual != expected:
        raise DeployError(f"{archive.name}: mã băm {actual} khác {expected} trong {sums.name}; tệp đã bị hỏng hoặc bị sửa.")
    return m.group("version")


def _history(root: Path) -> list[str]:
    path = root / "history"
    return [v for v in path.read_text(encoding="utf-8").split() if v] if path.is_file() else []


def _write_history(root: Path, versions: list[str]) -> None:
    tmp = root / "history.tmp"
    tmp.write_text("\n".join(versions) + "\n", encoding="utf-8")
    os.replace(tmp, root / "history")


def current(root: Path) -> str | None:
    link = root / "current"
    return Path(os.readlink(link)).name if link.is_symlink() else None


def switch(root: Path, version: str) -> None:
    target = root / "releases" / version
    if not (target / "index.html").is_file():
        raise DeployError(f"Không có bản phát hành {version} trong {root / 'releases'}.")
    tmp = root / f".current-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(Path("releases") / version, tmp)
    os.replace(tmp, root / "current")  # atomic on POSIX: one rename


def _unpack(archive: Path, root: Path, version: str) -> None:
    releases = root / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    final = releases / version
    if final.exists():
        return
    staging = releases / f".incoming-{version}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(staging, filter="data")  # no absolute paths, no .., no links out
        top = staging / f"sotay-{version}"
        if not (top / "index.html").is_file():
            raise DeployError(f"{archive.name} không chứa thư mục sotay-{version}/ với index.html.")
        os.replace(top, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
        if path.is_dir() and not path.name.startswith(".") and path.name not in kept and path.name != live:
            shutil.rmtree(path)
            removed.append(path.name)
    _write_history(root, [v for v in history if v in kept or v == live])
    return removed


def deploy(archive: Path, root: Path, sums: Path | None = None, keep: int = KEEP) -> str:
    version = verify(archive, sums or archive.parent / "SHA256SUMS")
    root.mkdir(parents=True, exist_ok=True)
    _unpack(archive, root, version)
    switch(root, version)
    history = _history(root)
    if not history or history[-1] != version:
        history.append(version)
    _write_history(root, history)
    prune(root, keep)
    return version


def rollback(root: Path) -> str:
    history = _history(root)
    live = current(root)
    while history and history[-1] == live:
        history.pop()
    if not history:
        raise DeployError("Không có bản phát hành trước đó để quay lại.")
    switch(root, history[-1])
    _write_history(root, history)
    return history[-1]


def register(sub):
    p = sub.add_parser("deploy", help="triển khai bản phát hành lên máy chủ: kiểm tra mã băm, giải nén, chuyển, quay lại")
    _arguments(p)
    p.set_defaults(fn=run)


def _arguments(p):
    p.add_argument("archive", nargs="?", type=Path, help="dist/sotay-<phiên bản>.tar.gz")
    p.add_argument("--root", type=Path, required=True, help="thư mục triển khai, ví dụ /srv/sotay")
    p.add_argument("--sums", type=Path, default=None, help="tệp SHA256SUMS (mặc định: cạnh tệp phát hành)")
    p.add_argument("--keep", type=int, default=KEEP, help="số bản phát hành giữ lại (mặc định 5)")
    p.add_argument("--rollback", action="store_true", help="quay lại bản phát hành trước")
    p.add_argument("--status", action="store_true", help="in bản đang chạy và lịch sử")


def run(args) -> int:
    try:
        if args.status:
            print(f"Đang chạy: {current(args.root) or '(chưa có)'}")
            print("Lịch sử: " + ", ".join(_history(args.root)))
            return 0
        if args.rollback:
            print(f"Đã quay lại {rollback(args.root)}.")
            return 0
        if args.archive is None:
            print("Cần tệp phát hành, hoặc --rollback / --status.", file=sys.stderr)
            return 2
        print(f"Đã triển khai {deploy(args.archive, args.root, args.sums, args.keep)}.")
        return 0
    except (DeployError, OSError, tarfile.TarError) as err:
        print(f"Không triển khai: {err}", file=sys.stderr)
        return 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="deploy", description=__doc__.splitlines()[0])
    _arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
