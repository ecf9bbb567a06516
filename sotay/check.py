"""The one check: load content, then run every rule pass over it.

Each pass takes the loaded corpus and registry and returns diagnostics; the
build runs the same passes, so the checker and the site never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import registry as registry_rules
from .content import Corpus, load
from .diagnostics import Diagnostic
from .registry import Registry

PASSES = []
# The passes that read the site as built (its pages' anchors, the links Markdown reads): the
# costliest, run on the other core beside the rest where `run` can fork.
SITE_PASSES = []


def rule_pass(fn):
    """Register a function (corpus, registry) -> diagnostics as part of the check."""
    PASSES.append(fn)
    return fn


def site_pass(fn):
    """A rule pass that builds the site's pages to read them."""
    SITE_PASSES.append(fn)
    return rule_pass(fn)


@rule_pass
def _registry(corpus, registry):
    return registry_rules.validate(corpus)


@dataclass
class CheckResult:
    corpus: Corpus
    registry: Registry
    diagnostics: list[Diagnostic]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]


def _load_passes():
    # Imported for their @rule_pass registrations.
    from . import citations, diacritics, emphasis, footnotes, headings, linkcheck, lists, meeting_rules, page_ids, quotes, safety, scaffold  # noqa: F401


def passes(corpus, registry, which=None) -> list[Diagnostic]:
    """The problems the rule passes find; `which`, a predicate on a pass, runs some of them."""
    _load_passes()
    problems = []
    for fn in PASSES:
        if which is None or which(fn):
            problems.extend(fn(corpus, registry))
    return problems


def _site_passes_of_forked_corpus():
    return passes(_background["corpus"], _background["registry"], lambda fn: fn in SITE_PASSES)


def run(content_dir: Path | str, rel_base: Path | str | None = None) -> CheckResult:
    """Load, then run every pass: those that build the site in a forked worker while this process
    runs the others (on the real content 0.7 s of 1.2), or all here where no worker can start."""
    corpus = load(content_dir, rel_base)
    registry = Registry.of(corpus)
    _load_passes()  # once, before the fork: both processes use the reference extractor
    _background.update(corpus=corpus, registry=registry)
    pool, future = _forked(_site_passes_of_forked_corpus)
    try:
        problems = passes(corpus, registry, (lambda fn: fn not in SITE_PASSES) if future else None)
        if future:
            problems += future.result()
    finally:
        if pool:
            pool.shutdown()
    return CheckResult(corpus, registry, _sorted(corpus.problems + problems))


def _sorted(problems) -> list[Diagnostic]:
    return sorted(set(problems), key=Diagnostic.sort_key)


_background: dict = {}
_END = None  # what the worker sends after the last streamed item (or when streaming failed)


def _passes_of_forked_corpus():
    corpus, registry = _background["corpus"], _background["registry"]
    stream, send = _background.get("stream"), _background.get("send")
    if stream is not None:
        try:
            stream(corpus, registry, lambda key, value: send.send((key, value)))
        except Exception:  # noqa: BLE001 - the caller computes the stream itself and meets the error there
            pass
        finally:
            send.send(_END)
            send.close()
    return passes(corpus, registry)


class Streamed:
    """(key, value) pairs a forked worker sends while the caller goes on; `get` waits for a key.

    If the worker cannot deliver (no fork, a crash, an error in the stream), the caller runs the
    stream itself once, so a result never depends on the worker."""

    def __init__(self, conn, local):
        self.conn, self.local, self.items, self.done = conn, local, {}, conn is None

    def _receive(self) -> None:
        try:
            item = self.conn.recv()
        except (EOFError, OSError):
            item = _END
        if item is _END:
            self.done = True
            self.conn.close()
        else:
            self.items[item[0]] = item[1]

    def get(self, key):
        while key not in self.items and not self.done:
            self._receive()
        if key not in self.items:
            self.items = {}
            self.local(self.items.__setitem__)
        return self.items[key]

    def drain(self) -> None:
        """Read what is left, so a worker blocked on a full pipe can go on to the passes."""
        while not self.done:
            self._receive()


def _forked(fn):
    """(pool, future) of `fn` run in a forked worker, which inherits the loaded corpus through
    `_background`; (None, None) where no worker can start (no fork), and the caller runs it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        return pool, pool.submit(fn)
    except (OSError, ValueError):
        return None, None


def start(content_dir: Path | str, rel_base: Path | str | None = None, stream=None, cache: Path | None = None):
    """Load now; run the rule passes on the other core while the caller builds.

    Returns (corpus, registry, finish, streamed) where finish() -> CheckResult waits for the
    passes. The build uses this so checking costs no wall time on a 2-core machine. `stream`,
    a function (corpus, registry, emit) that calls emit(key, value), runs in the worker before
    the passes; `streamed.get(key)` hands its values to the caller as they arrive (the build
    renders its pages that way, off the main process). `cache`, a folder, keeps the loaded content
    between runs (sotay/content_cache.py).
    """
    import multiprocessing

    # The rule passes are imported in the worker (passes() imports them): they bring the reference
    # extractor, whose patterns take 0.2 s to compile, and the build process needs none of it.
    if cache is not None:
        from .content_cache import cached_load

        corpus = cached_load(content_dir, rel_base, cache)
    else:
        corpus = load(content_dir, rel_base)
    registry = Registry.of(corpus)
    receive = send = None
    if stream is not None:
        receive, send = multiprocessing.Pipe(duplex=False)
    _background.update(corpus=corpus, registry=registry, stream=stream, send=send)
    pool, future = _forked(_passes_of_forked_corpus)
    if future is None and receive is not None:
        receive.close()
        receive = None
    if send is not None:
        send.close()  # the worker holds its own copy: when it ends, the caller sees the end
    streamed = Streamed(receive, lambda emit: stream(corpus, registry, emit) if stream else None)

    def finish() -> CheckResult:
        try:
            streamed.drain()
            problems = future.result() if future else passes(corpus, registry)
        finally:
            if pool:
                pool.shutdown()
        return CheckResult(corpus, registry, _sorted(corpus.problems + problems))

    return corpus, registry, finish, streamed
