"""SSH signatures of a release's SHA256SUMS (`ssh-keygen -Y`), checked against the deploy root's
allowed_signers."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from .archive import DeployError

# What a release's signature says it signs: `ssh-keygen -Y` refuses a signature made for another
# namespace, so a key that also signs commits or files cannot have its signatures passed off as a
# release's.
NAMESPACE = "sotay-release"


# In the deploy root: once there, every deploy to that root must be signed by a key it lists.
SIGNERS = "allowed_signers"


# What an OpenSSH older than 8.2 answers "-Y find-principals" with (8.0 and before know no -Y): it
# was told as a signature no allowed key had made, and the operator went looking for a key.
_TOO_OLD = re.compile(rb"illegal option|unknown option|invalid option|unsupported operation|usage:", re.IGNORECASE)


def _ssh_keygen(*args: str, data: bytes | None = None) -> subprocess.CompletedProcess:
    try:
        done = subprocess.run(["ssh-keygen", "-Y", *args], input=data, capture_output=True)
    except FileNotFoundError:
        raise DeployError("cần lệnh ssh-keygen để kiểm tra chữ ký (Debian: apt-get install openssh-client).") from None
    if done.returncode != 0 and _TOO_OLD.search(done.stderr or b""):
        raise DeployError("ssh-keygen trên máy này quá cũ để kiểm tra chữ ký: cần OpenSSH 8.2 trở lên (Debian 11, Ubuntu 20.04 "
                          "hoặc mới hơn; xem bằng lệnh ssh -V). ssh-keygen báo: "
                          + (done.stderr or b"").decode("utf-8", "replace").strip().splitlines()[0])
    return done


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
    if b"\r" in data or data.startswith(b"\xef\xbb\xbf"):
        # Saved by a Windows editor: `sha256sum -c` still passes it, the signature does not.
        raise DeployError(f"Chữ ký {sig.name} không khớp {sums.name}: tệp có kiểu xuống dòng của Windows hoặc dấu BOM ở đầu, "
                          "tức đã được mở rồi lưu lại trong một trình soạn thảo sau khi ký. Hãy chép lại nguyên thư mục dist/ "
                          "từ máy dựng, không mở SHA256SUMS để sửa.")
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
