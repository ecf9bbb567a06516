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
through `scripts/deploy` (which runs this folder), or from the release folder alone as `python3
sotay-deploy.pyz` (a zipapp `make dist` writes with this package and argparse_vi.py inside). Inside
the package, modules import each other relatively and nothing else of sotay: run from the folder or
the zipapp, it is a top-level package named `deploy`.
"""

from .actions import deploy, rollback
from .archive import DEPLOY_APP, NAME, DeployError, sha256
from .cli import main, register, run
from .releases import KEEP, current, prune, switch
from .signature import NAMESPACE, check_signature, signers_line
from .unpack import tree_digest

__all__ = ["DEPLOY_APP", "KEEP", "NAME", "NAMESPACE", "DeployError", "check_signature", "current", "deploy", "main", "prune",
           "register", "rollback", "run", "sha256", "signers_line", "switch", "tree_digest"]
