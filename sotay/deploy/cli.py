"""`python -m sotay deploy`, `scripts/deploy` and `python3 sotay-deploy.pyz`: arguments, status,
and every refusal told in Vietnamese with what to do."""

from __future__ import annotations

import argparse
import errno
import os
import shutil
import signal
import sys
import tarfile
import tempfile
import threading
from pathlib import Path

from .actions import deploy, rollback
from .archive import DeployError, UnrecordedError, damaged, read_manifest
from .nginx_access import unreadable_by_nginx
from .releases import KEEP, current, read_history, rollback_target, was_signed
from .signature import SIGNERS, signers_for


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


def _free(path) -> float:
    """Free bytes on the disk of `path`, or of the nearest folder above it that exists."""
    for folder in (Path(path), *Path(path).parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return float("inf")


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
        # The archive is checked in a private copy in the temporary folder: a full /tmp (a tmpfs on
        # Debian 13) was blamed on the deploy root's disk, which had room.
        tmp = tempfile.gettempdir()
        if _free(tmp) < _free(root):
            return (f"hết chỗ trong thư mục tạm {tmp} (df -h {tmp}), nơi bản sao tệp phát hành được kiểm tra; bản đang "
                    f"chạy không đổi. Hãy giải phóng chỗ ở đó, hoặc chạy lệnh với TMPDIR là một thư mục trên ổ còn chỗ.")
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
    link = root / "current"
    if live is None and link.exists():
        # A site unpacked by hand: served, but no release of this tool's ("(chưa có)" said nothing ran).
        print(f"Đang chạy: {link} là một thư mục thật, không phải liên kết tới một bản trong {root / 'releases'} "
              "(lần triển khai tới sẽ nói cách chuyển nó).", file=sys.stderr)
        return 1
    if live is not None and not (link / "index.html").is_file():
        # The live release's folder deleted by hand: nginx answers 404 for every page.
        print(f"Đang chạy: {live}, nhưng {link} không dẫn tới bản nào có index.html (thư mục bản đã bị xóa?): trang "
              "đang báo lỗi 404. Hãy triển khai lại bản phát hành, hoặc quay về bản trước (--rollback).", file=sys.stderr)
        return 1
    built_for = read_manifest(root / "current").get("site_url") if live else None
    print(f"Đang chạy: {live or '(chưa có)'}" + (f" (dựng cho {built_for})" if built_for else "")
          + (UNCHECKED if _unsigned(root, live) else ""))
    print("Lịch sử (cũ trước, mới sau): " + ", ".join(f"{v} (đang chạy)" if v == live else v for v in read_history(root)))
    target = rollback_target(root)
    back_for = read_manifest(root / "releases" / target).get("site_url") if target else None
    print(f"--rollback sẽ quay về: {target or '(không có)'}" + (f" (dựng cho {back_for})" if back_for and back_for != built_for else "")
          + (UNCHECKED if _unsigned(root, target) else ""))
    own = signers_for(root, None)
    print(f"Chữ ký: bắt buộc, theo {own}" if own else
          f"Chữ ký: không kiểm tra (đặt tệp {SIGNERS} vào {root} để chỉ nhận bản phát hành có chữ ký)")
    _warn_unreadable(root)
    return 0


def _unsigned(root: Path, version: str | None) -> bool:
    """A release on disk whose signature was never checked, in a root that takes signed releases only."""
    return bool(version) and signers_for(root, None) is not None and not was_signed(root, version)


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
    except UnrecordedError as err:
        # The cure follows the cause: a full disk, or a file the operator may not write (EPERM, EACCES).
        cure = (f"giải phóng chỗ trên đĩa (df -h {root})" if err.err.errno in (errno.ENOSPC, errno.EDQUOT) else
                f"cho phép ghi vào {err.err.filename or root} (xem ls -l và lsattr; chạy bằng sudo nếu cần)"
                if err.err.errno in (errno.EPERM, errno.EACCES) else "sửa lỗi trên")
        print(f"Đã triển khai {err.version} ({root / 'current'}): bạn đọc đang thấy bản này, nhưng chưa ghi được lịch sử "
              f"triển khai ({err}). Hãy {cure} rồi chạy lại đúng lệnh này để ghi lịch sử; "
              "--rollback vẫn quay về bản chạy trước đó.", file=sys.stderr)
    except DeployError as err:
        print(f"{action}: {err}", file=sys.stderr)
    except BrokenPipeError:
        raise  # not a refusal: see run()
    except OSError as err:
        print(f"{action}: {_explain(err, root)}", file=sys.stderr)
    except tarfile.TarError:
        print(f"{action}: {damaged(args.archive)}", file=sys.stderr)
    return 1


def main(argv=None, prog=None) -> int:
    try:
        from ..argparse_vi import install, name_values  # within sotay
    except ImportError:
        try:  # the top-level package `deploy` (see __main__.py), argparse_vi beside it
            from argparse_vi import install, name_values
        except ImportError:  # the folder copied to the server without it: argparse's words stay English
            install = name_values = None
    if install:
        install()
    # As the operator typed it: "python3 sotay-deploy.pyz" on a server, "scripts/deploy" in the
    # repository.
    name = os.path.basename(sys.argv[0])
    prog = prog or (f"python3 {name}" if name.endswith(".pyz") else "scripts/deploy")
    parser = argparse.ArgumentParser(prog=prog, description="Triển khai bản phát hành lên máy chủ nội bộ: kiểm tra mã băm, "
                                     "giải nén, chuyển bản đang chạy, giữ năm bản gần nhất, quay lại.")
    _arguments(parser)
    if name_values:
        name_values(parser)
    return run(parser.parse_args(argv))
