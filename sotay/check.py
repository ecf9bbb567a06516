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


def rule_pass(fn):
    """Register a function (corpus, registry) -> diagnostics as part of the check."""
    PASSES.append(fn)
    return fn


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
    from . import citations, linkcheck, safety  # noqa: F401


def passes(corpus, registry) -> list[Diagnostic]:
    _load_passes()
    problems = []
    for fn in PASSES:
        problems.extend(fn(corpus, registry))
    return problems


def run(content_dir: Path | str, rel_base: Path | str | None = None) -> CheckResult:
    corpus = load(content_dir, rel_base)
    registry = Registry.build(corpus.documents)
    return CheckResult(corpus, registry, _sorted(corpus.problems + passes(corpus, registry)))


def _sorted(problems) -> list[Diagnostic]:
    return sorted(set(problems), key=Diagnostic.sort_key)


_background: dict = {}


def _passes_of_forked_corpus():
    return passes(_background["corpus"], _background["registry"])


def start(content_dir: Path | str, rel_base: Path | str | None = None):
    """Load now; run the rule passes on the other core while the caller builds.

    Returns (corpus, registry, finish) where finish() -> CheckResult waits for the
    passes. The build uses this so checking costs no wall time on a 2-core machine.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _load_passes()
    corpus = load(content_dir, rel_base)
    registry = Registry.build(corpus.documents)
    _background.update(corpus=corpus, registry=registry)
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        future = pool.submit(_passes_of_forked_corpus)  # the forked worker inherits the loaded corpus
    except (OSError, ValueError):
        pool, future = None, None

    def finish() -> CheckResult:
        try:
            problems = future.result() if future else passes(corpus, registry)
        finally:
            if pool:
                pool.shutdown()
        return CheckResult(corpus, registry, _sorted(corpus.problems + problems))

    return corpus, registry, finish
