"""MkDocs hooks: hand the core's pages and nav to MkDocs. Thin by design.

Every decision (what pages exist, what they say, what is an error) lives in the
sotay package; this adapter only translates it into MkDocs' files and nav.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from sotay import check
from sotay.diagnostics import render
from sotay.render.site import NavNode, build_site

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("mkdocs.plugins.sotay")
OFFLINE_SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"
_site = None


def _nav(nodes: list[NavNode]) -> list:
    out = []
    for node in nodes:
        if node.children:
            out.append({node.title: _nav(node.children)})
        else:
            out.append({node.title: node.src})
    return out


@event_priority(100)
def on_config(config):
    global _site
    result = check.run(ROOT / "content", ROOT)
    if result.errors:
        raise PluginError("Nội dung có lỗi:\n" + render(result.diagnostics))
    for warning in result.diagnostics:
        log.info(warning.format())
    _site = build_site(result.corpus, result.registry)
    config.nav = _nav(_site.nav)
    # mkdocs-macros exposes config.extra to the site shell's opted-in pages.
    config.extra["so_lieu"] = _site.counts
    if "offline" in config.plugins and config.plugins["offline"].config.enabled:
        # Served from the site itself: the offline plugin's default is a CDN copy.
        config.extra["polyfills"] = [OFFLINE_SHIM]
    return config


def on_files(files, config):
    for page in _site.pages:
        files.append(File.generated(config, page.src, content=page.markdown()))
    return files
