"""The deploy and the rollback, each under the root's lock, with the checks that refuse a release
built for another sub-path and the warnings an operator should read."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from .archive import DeployError, UnrecordedError, archive_manifest, check_beside, listed_hash, read_manifest, release_files, verify
from .releases import (
    KEEP,
    LIVE_LOG,
    check_current_is_a_link,
    current,
    live_log,
    locked,
    make_root,
    prune,
    read_history,
    rollback_target,
    switch,
    write_history,
    write_list,
)
from .signature import check_signature, signers_for
from .unpack import rebuilt_for_another_site, unpack_archive


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
    old = read_manifest(root / "current")
    if new.get("base_path") and old.get("base_path") and new["base_path"] != old["base_path"]:
        fix = (f"Hãy dựng lại trên máy dựng:\n    make dist SITE_URL={old.get('site_url')}\n" if rebuild else "")
        raise DeployError(
            f"{what} được dựng cho {new.get('site_url')} (đường dẫn {new['base_path']}), còn bản đang chạy {live} "
            f"cho {old.get('site_url')} (đường dẫn {old['base_path']}), là đường dẫn nginx đang phục vụ: với bản này trang "
            f"404 và các địa chỉ trong sitemap sẽ sai. {fix}"
            f"Nếu nginx đã được sửa để phục vụ {new['base_path']}, chạy lại lệnh với --site-url-changed.")


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
        check_beside(sums.parent, listed, archive.name)
        make_root(root)
        built_for = archive_manifest(archive, version)
        with locked(root):
            check_current_is_a_link(root)
            if not site_url_changed:
                _check_base_path(archive.name, root, version, built_for)
            warnings = _warnings(archive, root, version, built_for)
            deployed = _deploy(archive, root, version, digest, keep, allowed is not None)
            warnings += _nginx_conf_changed(root, listed, version)
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
    if there.is_dir() and rebuilt_for_another_site(new, there):
        said.append(f"{version} đã có trong {there.parent}, dựng cho {read_manifest(there)['site_url']}: bản dựng lại "
                    f"cho {new['site_url']} thay nó.")
    host = urlsplit(new.get("site_url") or "").hostname or ""
    if host == "localhost" or host.startswith("127.") or host == "::1":
        # Built without SITE_URL: its nginx.conf answers "localhost" only, and readers typing the
        # server's name reached nginx's default site.
        said.append(f"{archive.name} được dựng cho {new['site_url']}, địa chỉ chỉ mở được trên chính máy chủ: nginx.conf của bản "
                    "này chỉ nhận tên ấy, nên bạn đọc gõ tên máy chủ sẽ không vào được Sổ tay. Bản cho bạn đọc cần dựng lại "
                    "trên máy dựng:\n    make dist SITE_URL=http://<máy chủ>/<thư mục con>/")
    live = current(root)
    # The live version rebuilt for another host is told by the warning above, which names both.
    old = read_manifest(root / "current") if live and live != version else {}
    was, now = _origin(old.get("site_url")), _origin(new.get("site_url"))
    if was and now and was != now:
        said.append(f"{archive.name} được dựng cho {new['site_url']}, khác máy chủ của bản đang chạy {live} "
                    f"({old['site_url']}): liên kết canonical và sitemap của bản mới trỏ tới {now}. Nếu bạn đọc vẫn "
                    f"vào {was}, hãy dựng lại trên máy dựng:\n    make dist SITE_URL={old['site_url']}")
    return said


# The hash, in SHA256SUMS, of the nginx.conf beside the release last deployed (a file of the root),
# and after a "+" its nginx-locations.conf's, where it has one (built for a sub-path).
NGINX_CONF_SEEN = "nginx-conf"
SHARED_HOST_CONF = "nginx-locations.conf"  # sotay.dist's name for it: the deploy app carries no sotay.dist
_KEEP_ALIAS_AND_RELOAD = ("sửa lại các dòng alias như bản cũ nếu thư mục triển khai không phải /srv/sotay, rồi chạy\n"
                          "    nginx -t && systemctl reload nginx")


def _nginx_conf_changed(root: Path, listed: bytes, version: str) -> list[str]:
    """The release's nginx.conf against the last deployed release's: the server keeps the copy an
    operator made once, and the file changed between releases (its policy header among them, which
    each page's own must match). Told, and then recorded, after the switch; the first time only
    recorded. Each release's is recorded too, for a rollback to say when it goes back to another."""
    new = listed_hash(listed, "nginx.conf")
    if new is None:
        return []
    shared = listed_hash(listed, SHARED_HOST_CONF)
    new += f"+{shared}" if shared else ""
    seen, built = _nginx_confs(root)
    built[version] = new
    try:
        _record_nginx_confs(root, new, built)
    except OSError:
        return []
    if not seen or seen == new:
        return []
    was, now = seen.split("+"), new.split("+")
    if was[0] == now[0]:
        if len(was) < 2 or len(now) < 2:
            return []  # recorded before the portal's file was: nothing known to have changed
        # Only the portal's locations: a portal operator kept the old ones, told nothing.
        return [f"{SHARED_HOST_CONF} của bản phát hành này khác của bản triển khai trước: máy chủ dùng chung với trang "
                f"khác thì chép {SHARED_HOST_CONF} mới (cạnh SHA256SUMS) đè lên tệp nó được include (ví dụ "
                f"/etc/nginx/snippets/sotay-locations.conf), {_KEEP_ALIAS_AND_RELOAD}"]
    # Overwritten as it stood, the copy lost the alias lines an operator had moved to another root.
    return ["nginx.conf của bản phát hành này khác của bản triển khai trước: chép nginx.conf mới (cạnh SHA256SUMS) đè lên "
            "bản nginx đang dùng (ví dụ /etc/nginx/conf.d/sotay.conf; máy chủ dùng chung với trang khác thì chép "
            f"{SHARED_HOST_CONF} vào tệp nó được include, ví dụ /etc/nginx/snippets/sotay-locations.conf), {_KEEP_ALIAS_AND_RELOAD}"]


def _nginx_confs(root: Path) -> tuple[str | None, dict[str, str]]:
    """The hash of the nginx.conf last installed, and each release's, as recorded."""
    try:
        lines = (root / NGINX_CONF_SEEN).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None, {}
    seen = lines[0].strip() if lines and lines[0].strip() else None
    built = dict(line.split(" ", 1) for line in lines[1:] if line.count(" ") == 1)
    return seen, built


def _record_nginx_confs(root: Path, seen: str, built: dict[str, str]) -> None:
    write_list(root, NGINX_CONF_SEEN, [seen, *(f"{v} {h}" for v, h in built.items())])


def _nginx_conf_back(root: Path, target: str) -> list[str]:
    """A rollback to a release built with another nginx.conf than the one installed: said, since
    nginx keeps serving with the newer one (its policy header may not be the older pages')."""
    seen, built = _nginx_confs(root)
    older = built.get(target)
    if not older or not seen or older == seen:
        return []
    try:
        _record_nginx_confs(root, older, built)
    except OSError:
        return []
    return [f"{target} được dựng với nginx.conf khác bản đang cài: chép nginx.conf trong thư mục đã giữ của bản {target} "
            "(cạnh SHA256SUMS của nó) đè lên bản nginx đang dùng, sửa lại các dòng alias như bản cũ nếu cần, rồi chạy\n"
            "    nginx -t && systemctl reload nginx"]


def _deploy(archive: Path, root: Path, version: str, digest: str, keep: int, signed: bool) -> str:
    unpack_archive(archive, root, version, digest, signed)
    log = live_log(root)
    switch(root, version)
    try:
        if not log or log[-1] != version:
            write_list(root, "live", (log + [version])[-LIVE_LOG:])
        # Each release once, where it was last deployed: going forward again to a kept release listed
        # it twice in --status, and the list grew with every such deploy.
        write_history(root, [v for v in read_history(root) if v != version] + [version])
        prune(root, keep)
    except OSError as err:
        raise UnrecordedError(version, err) from err
    return version


def rollback(root: Path, site_url_changed: bool = False) -> str:
    with locked(root):
        check_current_is_a_link(root)
        return _rollback(root, site_url_changed)


def _rollback(root: Path, site_url_changed: bool = False) -> str:
    """Switch to the release that was live before the live one: rolled back from C to B, then D
    deployed, a rollback goes to B, never again to C. History stays as deployed, so pruning still
    keeps the last five deployed (a rollback does not make the releases after it fair game for the
    next deploy's prune)."""
    target = rollback_target(root)
    if target is None:
        live = current(root)
        # Said as what is, not as "no earlier release": after "Không quay lại" that read as a double negation.
        raise DeployError(f"{live} (bản đang chạy) đã là bản cũ nhất --rollback về được; xem lịch sử bằng --status. "
                          "Muốn chạy một bản khác, hãy triển khai lại tệp phát hành của bản đó."
                          if live else f"chưa triển khai bản nào vào {root}.")
    if not site_url_changed:
        # Rolled back across a change of sub-path, the live release was one nginx no longer serves right.
        _check_base_path(f"Bản {target}", root, target, read_manifest(root / "releases" / target), rebuild=False)
    log = live_log(root)
    while log and log[-1] != target:
        log.pop()
    switch(root, target)
    write_list(root, "live", log)
    for warning in _nginx_conf_back(root, target):
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    return target
