"""Whether nginx, running as another user, can read the live release."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .releases import current

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
