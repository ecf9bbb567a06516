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
    from . import citations, safety, linkcheck  # noqa: F401


def run(content_dir: Path | str, rel_base: Path | str | None = None) -> CheckResult:
    _load_passes()
    corpus = load(content_dir, rel_base)
    registry = Registry.build(corpus.documents)
    problems = list(corpus.problems)
    for fn in PASSES:
        problems.extend(fn(corpus, registry))
    unique = sorted(set(problems), key=Diagnostic.sort_key)
    return CheckResult(corpus, registry, unique)
