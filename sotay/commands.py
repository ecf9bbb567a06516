"""Registrars for the CLI verbs that live beside their modules."""

from .bench.cli import register as _bench
from .deploy import register as _deploy
from .dist import register as _dist
from .export.cli import register as _export
from .fieldref import register as _docs
from .health import register as _report
from .refs.cli import register as _refs
from .render.folder import register as _pages
from .scaffold import register as _new

REGISTRARS = [_refs, _new, _export, _report, _docs, _dist, _deploy, _bench, _pages]
