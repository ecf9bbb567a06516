"""mkdocs.yml read as MkDocs reads it: by the check's own Markdown, the Zensical preview and the
build benchmark, each naming what a `!!python/name:` becomes for it."""
from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path


def python_object(name: str):
    """What MkDocs makes of `!!python/name:X`: the object X itself (the toc's slugify)."""
    module, attr = name.rsplit(".", 1)
    return getattr(importlib.import_module(module), attr)


def read(path: Path | str, named: Callable[[str], object] = python_object) -> dict:
    """The config, `!ENV [NAME, default]` from the environment as MkDocs takes it."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def env(loader, node):
        names = [loader.construct_scalar(node)] if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)
        default = names.pop() if len(names) > 1 else None
        for name in names:
            if name in os.environ:
                return yaml.safe_load(os.environ[name])
        return default

    Loader.add_constructor("!ENV", env)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: named(suffix))
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=Loader) or {}  # noqa: S506 - SafeLoader with two tags


def named_list(items) -> dict:
    """A list of extensions or plugins ([name] or [{name: settings}]) as one mapping, in order."""
    out = {}
    for item in items or []:
        name, settings = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        out[name] = settings or {}
    return out
