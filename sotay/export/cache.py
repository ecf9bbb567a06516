"""Export files cached by content hash: an unchanged outline is not exported again."""

from __future__ import annotations

import ast
import functools
import hashlib
from importlib import metadata
from pathlib import Path

from .docx import to_docx
from .markdown import to_markdown
from .plain import references

MAKERS = {"docx": to_docx, "md": lambda exp, ctx: to_markdown(exp, ctx).encode("utf-8")}


PACKAGE = Path(__file__).resolve().parent.parent  # sotay/
# The modules that make the cached files; everything they import from sotay is found from them.
MAKER_MODULES = ("export/cache.py", "export/docx.py", "export/markdown.py", "export/plain.py", "export/items.py")


def _sotay_imports(path: Path, package: Path) -> set[Path]:
    """The sotay modules a module imports, at the top or inside functions, as files
    (a package's __init__.py too, since importing from it runs it)."""
    here = list(path.relative_to(package).parent.parts)  # the module's package inside sotay
    targets = []  # module paths inside sotay, as lists of names
    for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
        if isinstance(node, ast.ImportFrom):
            names = node.module.split(".") if node.module else []
            if node.level:
                base = here[: len(here) - node.level + 1] + names
            elif names[:1] == [package.name]:
                base = names[1:]
            else:
                continue
            targets += [base] + [base + [alias.name] for alias in node.names]  # `from . import x` names a module
        elif isinstance(node, ast.Import):
            targets += [alias.name.split(".")[1:] for alias in node.names if alias.name.split(".")[0] == package.name]
    found = set()
    for parts in targets:
        for i in range(len(parts) + 1):  # every package on the way runs its __init__
            for candidate in (package.joinpath(*parts[:i], "__init__.py"), package.joinpath(*parts[:i]).with_suffix(".py") if i else None):
                if candidate is not None and candidate.is_file():
                    found.add(candidate)
    return found


def exporter_modules(package: Path = PACKAGE) -> list[Path]:
    """Every sotay module the exports depend on: the makers and, transitively, what they import
    (the outline writer, the table renderer, the model and schema, the text helpers...)."""
    todo = [package / name for name in MAKER_MODULES]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo += _sotay_imports(path, package) - seen
    return sorted(seen)


@functools.cache
def exporter_version(package: Path = PACKAGE) -> str:
    """Changes whenever the export code changes (any module the exports import, or the
    python-docx that builds the template), so old cached files are not reused."""
    digest = hashlib.sha256()
    try:
        digest.update(metadata.version("python-docx").encode())
    except metadata.PackageNotFoundError:
        pass
    for path in exporter_modules(package):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def content_key(exp, ctx) -> str:
    """Everything an export depends on: the item's file, the vocabulary, the registry facts it
    cites, the code. Hashing the file as written is cheaper than rendering it (a whitespace
    edit makes new files, which is harmless)."""
    digest = hashlib.sha256(exporter_version().encode())
    digest.update(exp.key.encode())
    digest.update(ctx.corpus.origin(exp.item).text.encode("utf-8"))
    digest.update(ctx.vocab_fingerprint)
    for ref in references(exp, ctx):
        digest.update(ref.encode("utf-8"))
    return digest.hexdigest()[:32]


class ExportCache:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.made = 0  # files written in this run (the rest came from the cache)

    def ensure(self, exp, ctx, fmt: str, key: str | None = None) -> Path:
        path = self.root / f"{key or content_key(exp, ctx)}.{fmt}"
        if not path.is_file():
            self.root.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{fmt}.tmp")
            tmp.write_bytes(MAKERS[fmt](exp, ctx))
            tmp.replace(path)  # atomic: a crash never leaves a half-written cached file
            self.made += 1
        return path


def export_files(corpus, registry, root: Path) -> tuple[list[tuple[str, Path]], ExportCache]:
    """Every download the site offers, as (path in the site, file on disk)."""
    from .items import ExportContext, exportables

    ctx = ExportContext(corpus, registry)
    cache = ExportCache(root)
    files = []
    for exp in exportables(corpus):
        key = content_key(exp, ctx)
        for fmt in MAKERS:
            files.append((exp.download_src(fmt), cache.ensure(exp, ctx, fmt, key)))
    return files, cache
