"""The CLI verbs that live beside their modules, by verb, in the order `--help` lists them."""

from __future__ import annotations

from importlib import import_module

VERBS = {
    "refs": "sotay.refs.cli",
    "new": "sotay.scaffold",
    "export": "sotay.export.cli",
    "report": "sotay.health",
    "docs": "sotay.fieldref",
    "dist": "sotay.dist",
    "deploy": "sotay.deploy",
    "bench": "sotay.bench.cli",
    "pages": "sotay.render.folder",
}


def registrars(argv: list[str]) -> list:
    """The `register` of the verb asked for, or of every verb when none is (help, a mistyped
    verb): `check` and `build` need none of the release, deploy, bench and export code."""
    # Only a verb in first place is read so: "-h check" asks for the whole help.
    verb = argv[0] if argv else None
    modules = [VERBS[verb]] if verb in VERBS else [] if verb in ("check", "build") else list(VERBS.values())
    return [import_module(name).register for name in modules]
