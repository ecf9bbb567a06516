"""The loaded content kept between builds of the same project: a rebuild of content that did not
change (`mkdocs serve` after an edit outside content/, a benchmark's steady state, a second
`make build`) reads it back instead of parsing and checking every file again.

The key is everything loading reads or depends on: every entry under the content folder (its
name, its kind, a file's bytes as far as the loader reads them, a link's target), where the
folder is, the code, the libraries that parse, and the day (a review date may not lie ahead of
today). Any change loads afresh. The cache lives in the user's cache folder, never in the
project: a pull request could commit files there, and unpickling runs code.
"""

from __future__ import annotations

import copy
import hashlib
import os
import pickle
import sys
from pathlib import Path

from .content import Corpus, load
from .source import MAX_BYTES
from .text import vn_today

KEPT = 16  # projects whose last load is kept (a test run builds many copies of the content)


def _entries(folder: str, digest) -> None:
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda e: e.name)
    for entry in entries:
        digest.update(b"\0" + os.fsencode(entry.name) + b"\0")
        if entry.is_symlink():
            digest.update(b"L" + os.fsencode(os.readlink(entry.path)))
        elif entry.is_dir(follow_symlinks=False):
            digest.update(b"D")
            _entries(entry.path, digest)
            digest.update(b"U")
        elif entry.is_file(follow_symlinks=False):
            with open(entry.path, "rb") as f:
                data = f.read(MAX_BYTES + 1)  # as far as the loader reads a file
            digest.update(b"F" + len(data).to_bytes(8, "big") + data)
        else:
            digest.update(b"O")  # a device or a pipe: the loader reports it; never read here


def fingerprint(root: Path, base: Path) -> str:
    """What a load of `root` depends on; raises OSError where an entry cannot be read."""
    import markdown
    import yaml

    from .export.cache import exporter_version

    digest = hashlib.sha256()
    for part in (exporter_version(), yaml.__version__, markdown.__version__, sys.version, vn_today().isoformat(),
                 str(root.resolve()), str(Path(base).resolve())):
        digest.update(part.encode() + b"\0")
    _entries(str(root), digest)
    return digest.hexdigest()


def cached_load(root: Path | str, rel_base: Path | str | None, folder: Path) -> Corpus:
    """load(root, rel_base), read back from `folder` when nothing it depends on changed."""
    root = Path(root)
    base = Path(rel_base) if rel_base else root.resolve().parent
    if root.is_symlink() or not root.is_dir():
        return load(root, rel_base)  # told by the loader, uncached
    try:
        key = fingerprint(root, base)
    except OSError:
        return load(root, rel_base)  # an unreadable entry: the loader tells it
    slot = folder / (hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:24] + ".pickle")
    try:
        with open(slot, "rb") as f:
            if f.read(64).decode() == key:
                corpus, pairs = pickle.load(f)
                corpus.origins = {id(item): origin for item, origin in pairs}
                return corpus
    except Exception:  # noqa: BLE001 - none, another load's, or unreadable (unpickling raises many kinds): load afresh
        pass
    corpus = load(root, rel_base)
    _keep(folder, slot, key, corpus)
    return corpus


def _keep(folder: Path, slot: Path, key: str, corpus: Corpus) -> None:
    # Origins are found by their item's id, which a read-back item does not keep: kept as pairs.
    pairs = [(item, corpus.origins[id(item)]) for item in _loaded(corpus)]
    if len(pairs) != len(corpus.origins):
        return  # an item loaded but not kept (a second file of one id): not worth a cache
    state = copy.copy(corpus)
    state.origins = {}
    tmp = slot.with_suffix(f".{os.getpid()}.tmp")
    try:
        data = pickle.dumps((state, pairs), protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(key.encode() + data)
        tmp.replace(slot)  # atomic: a reader sees the old load or the new one, never half of one
        slots = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in slots[KEPT:]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a cache that cannot be written costs the next build a load, nothing more
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def _loaded(corpus: Corpus) -> list:
    """Every item the loader kept, each once."""
    items = {id(item): item for item in [corpus.vocab, *corpus.sources.values(), *corpus.items()] if id(item) in corpus.origins}
    return list(items.values())
