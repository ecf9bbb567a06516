"""Registrars for the CLI verbs that live beside their modules (refs, export, new, report, dist, deploy)."""

from .bench.cli import register as _bench
from .export.cli import register as _export
from .refs.cli import register as _refs

REGISTRARS = [_refs, _export, _bench]
