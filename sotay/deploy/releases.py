"""The deploy root's layout: releases/<version>/ with its .sha256 record, the `current` link, the
history and live logs, pruning, and the lock one deploy or rollback holds at a time."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sys
import time
from pathlib import Path

from .archive import DeployError

KEEP = 5


def read_history(root: Path) -> list[str]:
    path = root / "history"
    return [v for v in path.read_text(encoding="utf-8").split() if v] if path.is_file() else []


def write_list(root: Path, name: str, versions: list[str]) -> None:
    tmp = root / f"{name}.tmp"
    try:
        tmp.write_text("\n".join(versions) + "\n", encoding="utf-8")
        tmp.chmod(0o644)  # --status reads it without sudo, whatever the deploy's umask (027 on hardened servers)
        os.replace(tmp, root / name)
    except OSError:
        tmp.unlink(missing_ok=True)  # a disk full left an empty one behind
        raise


def write_history(root: Path, versions: list[str]) -> None:
    write_list(root, "history", versions)


# How many switches the `live` log remembers (what --rollback walks back through).
LIVE_LOG = 100


def live_log(root: Path) -> list[str]:
    """The releases made live, oldest first, the live one last: a deploy adds one, a rollback
    takes the live one off. A root deployed before the log existed: its history up to the live one."""
    path = root / "live"
    if path.is_file():
        return [v for v in path.read_text(encoding="utf-8").split() if v]
    history, live = read_history(root), current(root)
    return history[:history.index(live) + 1] if live in history else history


def rollback_target(root: Path) -> str | None:
    """The release that was live before the live one and is still on disk."""
    live = current(root)
    log = live_log(root)
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
        stamp(target, going_live(root))  # not served yet: nginx sees the new times with the new link
    point(root, version)


def point(root: Path, name: str) -> None:
    tmp = root / f".current-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(Path("releases") / name, tmp)
    os.replace(tmp, root / "current")  # atomic on POSIX: one rename


def _record(root: Path, version: str) -> Path:
    return root / "releases" / f"{version}.sha256"


def recorded_hash(root: Path, version: str) -> str | None:
    path = _record(root, version)
    if not path.is_file():
        return None
    parts = path.read_text(encoding="utf-8").split()
    return parts[0].lower() if parts else None


def write_record(root: Path, version: str, digest: str, archive: Path, signed: bool) -> None:
    path = _record(root, version)
    tmp = path.with_name(f".{path.name}-{os.getpid()}")
    tmp.write_text(f"{digest}  {archive.name}\n" + (f"{SIGNED}\n" if signed else ""), encoding="utf-8")
    tmp.chmod(0o644)  # as the lists: readable to --status
    os.replace(tmp, path)


# The record's second line when the release's SHA256SUMS signature was checked as it was deployed:
# a rollback to a release that never was (deployed before the root took signed releases only) says so.
SIGNED = "# signature checked"


def was_signed(root: Path, version: str) -> bool:
    try:
        return SIGNED in _record(root, version).read_text(encoding="utf-8").splitlines()
    except OSError:
        return False


def going_live(root: Path) -> int:
    """The time a release goes live, to the second as nginx's ETag and Last-Modified have it, and a
    second past the live release's: a rollback within the second of a deploy (a script, or a quick
    operator) still changes both, and a clock set back does not make them go back."""
    try:
        live = int((root / "current" / "index.html").stat().st_mtime)
    except OSError:
        live = 0
    return max(int(time.time()), live + 1)


def stamp(folder: Path, when: int) -> None:
    for base, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            if not os.path.islink(path):
                os.utime(path, (when, when))
        os.utime(base, (when, when))


def prune(root: Path, keep: int = KEEP) -> list[str]:
    """Remove releases beyond the last `keep` deployed; never the live one, nor its rollback target."""
    history = read_history(root)
    live = current(root)
    # The live release and the one --rollback goes to first, then the last deployed: deployed after
    # a rollback with --keep 2, the last good release was older than the two last deployed (one the
    # release rolled away from), and the rollback had nowhere to go.
    kept: list[str] = [v for v in dict.fromkeys((live, rollback_target(root))) if v]
    for version in reversed(history):
        if len(kept) >= keep:
            break
        if version not in kept:
            kept.append(version)
    removed = []
    for path in (root / "releases").iterdir():
        if path.is_dir() and path.name.startswith((".incoming-", ".old-", ".next-")) and path.name != live:
            shutil.rmtree(path, ignore_errors=True)  # left by a deploy that was killed; the lock is ours
            continue
        if path.is_dir() and not path.name.startswith(".") and path.name not in kept and path.name != live:
            shutil.rmtree(path)
            _record(root, path.name).unlink(missing_ok=True)
            removed.append(path.name)
    write_history(root, [v for v in history if v in kept or v == live])
    return removed


@contextlib.contextmanager
def locked(root: Path):
    """One deploy or rollback at a time (the next waits): two at once lost history lines, and one's
    prune removed a folder the other was still using (and it reported "Không triển khai")."""
    with open(root / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"Một lần triển khai hoặc quay lại khác đang chạy trong {root}; chờ nó xong...", file=sys.stderr)
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        yield


def check_current_is_a_link(root: Path) -> None:
    """`current` must be the link this tool switches: a folder there (a site unpacked by hand
    before) cannot be replaced in one step, and the switch failed in the operating system's words."""
    link = root / "current"
    if link.exists() and not link.is_symlink():
        raise DeployError(f"{link} là một thư mục thật (có lẽ trang đã được giải nén bằng tay trước đây), không phải liên kết "
                          f"tới một bản trong {root / 'releases'}. Hãy đổi tên nó và đặt vào chỗ cũ một liên kết tới nó, để nginx "
                          f"vẫn phục vụ trang trong lúc chuyển: mv {link} {root / 'current.cu'} && ln -s current.cu {link}; "
                          "rồi chạy lại lệnh.")


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
