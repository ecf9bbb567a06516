"""Export benchmark: what DOCX and Markdown downloads add to a full build of the
1,000-outline synthetic site, cold and with the content-hash cache warm."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from ..build import mkdocs_env
from .synthetic import make_project
from .timing import fmt_table, mkdocs_build, run_child


def run(n: int = 1000) -> str:
    from ..content import load
    from ..export.cache import export_files
    from ..registry import Registry

    tmp = Path(tempfile.mkdtemp(prefix="sotay-bench-export-"))
    env = mkdocs_env()
    try:
        project = make_project(tmp / "project", n)
        cmd = mkdocs_build(project, tmp / "site")
        build_cold, _ = run_child(cmd, cwd=project, env=env)  # the project's export cache starts empty
        build_warm, _ = run_child(cmd, cwd=project, env=env)
        corpus = load(project / "content")
        registry = Registry.build(corpus.documents)
        start = time.perf_counter()
        files, cache = export_files(corpus, registry, tmp / "cache")
        cold = time.perf_counter() - start
        start = time.perf_counter()
        _, again = export_files(corpus, registry, tmp / "cache")
        warm = time.perf_counter() - start
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = [["cold (empty cache)", f"{build_cold:.2f}", f"{cold:.2f}", f"{cold / (build_cold - cold):.3f}", cache.made],
            ["warm (nothing changed)", f"{build_warm:.2f}", f"{warm:.2f}", f"{warm / (build_warm - warm):.3f}", again.made]]
    return "\n".join([
        f"Exports on the {n}-outline synthetic site ({len(files)} files: DOCX and Markdown per outline and agenda)",
        fmt_table(["build", "full build s", "exports s", "exports / rest", "files written"], rows),
        "goal: exports add <= 25% to the full build; unchanged outlines are not exported again",
    ])
