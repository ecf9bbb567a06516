"""Export files cached by content hash: an unchanged outline is not exported again."""

from __future__ import annotations

import functools
import hashlib
import os
from importlib import metadata
from pathlib import Path

from .docx import to_docx
from .markdown import to_markdown
from .plain import references, sources

MAKERS = {"docx": to_docx, "md": lambda exp, ctx: to_markdown(exp, ctx).encode("utf-8")}


PACKAGE = Path(__file__).resolve().parent.parent  # sotay/


def cache_dir() -> Path:
    """Where exports are cached: SOTAY_EXPORT_CACHE (`make dist` names a fresh folder, so a release
    is built from a clean state, never from files another build left), else the user's cache
    folder. Never inside the project: a pull request could commit files under its .cache/ (git
    ignores the folder, `git add -f` does not), and the build published them as the downloads
    whose keys they bore, a link to any file on the build machine among them. Keys name the
    content and the code, so projects may share the folder."""
    given = os.environ.get("SOTAY_EXPORT_CACHE")
    if given:
        return Path(given)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    try:
        # A relative XDG_CACHE_HOME is to be ignored (the XDG spec): ".cache" was the project's.
        folder = (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "sotay" / "exports"
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # RuntimeError: no home at all (a user with no passwd entry)
        # A home one cannot write to (a locked-down build account): a fresh folder, nothing reused.
        import tempfile

        return Path(tempfile.mkdtemp(prefix="sotay-exports-"))
    return folder


@functools.cache
def exporter_version(package: Path = PACKAGE) -> str:
    """Changes whenever the code changes, so old cached files are not reused. The whole package
    is hashed (5 ms), not only what the exports import: the exports reach the outline writer,
    the table renderer, the model and the text helpers, and a list of those would drift; any code
    change costs one re-export of the real content, well under a second. python-docx's version
    counts too, since it builds the template."""
    digest = hashlib.sha256()
    try:
        digest.update(metadata.version("python-docx").encode())
    except metadata.PackageNotFoundError:
        pass
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def content_key(exp, ctx) -> str:
    """Everything an export depends on: the item's file, the vocabulary, the registry facts it
    cites, the sources it names, the code. Hashing the file as written is cheaper than rendering
    it (a whitespace edit makes new files, which is harmless)."""
    digest = hashlib.sha256(exporter_version().encode())
    digest.update(exp.key.encode())
    digest.update(ctx.corpus.origin(exp.item).text.encode("utf-8"))
    digest.update(ctx.vocab_fingerprint)
    for line in references(exp, ctx) + sources(exp, ctx):
        digest.update(line.encode("utf-8") + b"\0")
    return digest.hexdigest()[:32]


class ExportCache:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.made = 0  # files written in this run (the rest came from the cache)

    def ensure(self, exp, ctx, fmt: str, key: str | None = None) -> Path:
        path = self.root / f"{key or content_key(exp, ctx)}.{fmt}"
        if path.is_symlink() or not path.is_file():  # a link is no file this cache wrote
            self.root.mkdir(parents=True, exist_ok=True)
            # One temporary name per process: two builds sharing the cache (a test run on two
            # workers, or `make serve` beside `make build`) never write into each other's file.
            tmp = path.with_suffix(f".{fmt}.{os.getpid()}.tmp")
            tmp.write_bytes(MAKERS[fmt](exp, ctx))
            tmp.replace(path)  # atomic: a crash never leaves a half-written cached file
            self.made += 1
        return path


def export_files(corpus, registry, root: Path) -> tuple[list[tuple[str, Path]], ExportCache]:
    """Every download the site offers, as (path in the site, file on disk)."""
    from .items import ExportContext, exportables, form_exportables

    ctx = ExportContext(corpus, registry)
    cache = ExportCache(root)
    files = []
    for exp in exportables(corpus) + form_exportables(corpus):
        key = content_key(exp, ctx)
        for fmt in exp.formats:
            files.append((exp.download_src(fmt), cache.ensure(exp, ctx, fmt, key)))
    return files, cache
