"""Build benchmark: our pipeline against a bare Material build of the same pages and nav."""

from __future__ import annotations

import compileall
import shutil
import statistics
import tempfile
from functools import partial
from pathlib import Path

import yaml

from ..build import mkdocs_env
from ..site_config import read
from .synthetic import ROOT, make_project
from .timing import fmt_table, interleaved, median_time, mkdocs_build, paired_ratios, peak, run_child


def _bare_project(project: Path, dest: Path) -> Path:
    """The Markdown our core renders, written out as plain files, with the same nav."""
    from ..content import load
    from ..registry import Registry
    from ..render.site import build_site

    corpus = load(project / "content")
    site = build_site(corpus, Registry.build(corpus.documents))
    docs = dest / "docs"
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(project / "docs", docs)
    for page in site.pages:
        path = docs / page.src
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.markdown())

    def nav(nodes):
        return [{n.title: nav(n.children)} if n.children else {n.title: n.src} for n in nodes]

    config = read(ROOT / "mkdocs.yml", named=str)
    bare = {
        "site_name": config["site_name"], "docs_dir": "docs", "theme": {**config["theme"], "custom_dir": None},
        "extra_css": config["extra_css"], "extra_javascript": config["extra_javascript"],
        "markdown_extensions": _same_extensions(config["markdown_extensions"]),
        "plugins": [{"search": {"lang": "vi", "separator": r"[\s\-/]+"}}], "nav": nav(site.nav),
    }
    bare["theme"].pop("custom_dir")
    (dest / "mkdocs.yml").write_text(yaml.safe_dump(bare, allow_unicode=True, sort_keys=False))
    (docs / "index.md").write_text((docs / "index.md").read_text().replace("{{", "").replace("}}", ""))
    return dest


def _same_extensions(extensions: list) -> list:
    """Our Markdown extensions, so both sides render the same HTML; only the TOC keeps
    Python-Markdown's own slugify (ours is a Python object a plain config cannot name)."""
    out = []
    for ext in extensions:
        if isinstance(ext, dict) and "toc" in ext:
            ext = {"toc": {k: v for k, v in ext["toc"].items() if k != "slugify"}}
        out.append(ext)
    return out


def _warm_caches(project: Path) -> None:
    """Steady state: downloads and the loaded content already cached (the cold cost of downloads
    is `bench export`'s subject). The folder the builds will use: the user's, as the builds run
    with this process's environment (warming the project's .cache/, which no build has read since
    the cache left the project, left the first build of each size to export everything)."""
    from ..content_cache import cached_load
    from ..export.cache import cache_dir, export_files
    from ..registry import Registry

    folder = cache_dir()
    corpus = cached_load(project / "content", project, folder / "content")
    export_files(corpus, Registry.build(corpus.documents), folder)


def _compiled(project: Path) -> None:
    """Steady state too: our modules' bytecode written, as an installed package has it (the
    environment may forbid Python to write it on import, PYTHONDONTWRITEBYTECODE: then each of
    our builds compiled some fifty modules, which the bare build, importing none, never does)."""
    for folder in (project / "sotay", project / "hooks"):
        compileall.compile_dir(str(folder), quiet=1)


def _mkdocs_build(project: Path, site_dir: Path, env: dict) -> tuple[float, float]:
    return run_child(mkdocs_build(project, site_dir), cwd=project, env=env)


def run(sizes=(100, 1000, 5000), repeat=None) -> str:
    tmp = Path(tempfile.mkdtemp(prefix="sotay-bench-"))
    env = mkdocs_env()
    rows, times, bare_times = [], {}, {}
    try:
        for n in sizes:
            project = make_project(tmp / f"ours-{n}", n)
            bare = _bare_project(project, tmp / f"bare-{n}")
            _warm_caches(project)
            _compiled(project)
            # A 100-outline build takes seconds and the machine's noise is as large as the
            # difference measured: more turns there steady the median.
            reps = repeat or (9 if n <= 100 else 3 if n <= 1000 else 1)

            ours = partial(_mkdocs_build, project, tmp / "site-ours", env)
            base = partial(_mkdocs_build, bare, tmp / "site-bare", env)
            bare_runs, our_runs = interleaved([base, ours], reps)
            t_base, t_ours = median_time(bare_runs), median_time(our_runs)
            ratios = paired_ratios(bare_runs, our_runs)
            times[n], bare_times[n] = t_ours, t_base
            rows.append([n, reps, f"{t_base:.2f}", f"{t_ours:.2f}", f"{statistics.median(ratios):.3f}",
                         f"{ratios[0]:.2f}-{ratios[-1]:.2f}", f"{peak(bare_runs):.0f}", f"{peak(our_runs):.0f}"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = ["Build: synthetic outlines in libraries of 50 (downloads cached); median seconds; ratio: median of"
           " ours / bare over the turns, and its range; peak resident MB",
           fmt_table(["outlines", "turns", "bare s", "ours s", "ratio", "range", "bare MB", "ours MB"], rows)]
    if 1000 in times and 5000 in times:
        out.append(f"t(5000)/t(1000) = {times[5000] / times[1000]:.2f}  (goal <= 5.5; bare Material: "
                   f"{bare_times[5000] / bare_times[1000]:.2f})")
    out.append("goal: ratio <= 1.15")
    return "\n".join(out)
