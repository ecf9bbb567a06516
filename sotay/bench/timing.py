"""Run a child process and report its wall time and peak memory."""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

# Linux copies a parent's resident size into its forked child's peak at exec, so a child of
# this (large) process would report at least our own size. A small launcher process runs the
# command instead and reports the command's own time and peak.
_LAUNCHER = """
import os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss / 1024)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def mkdocs_build(project: Path, site: Path) -> list[str]:
    """The command every benchmark builds a project with (quiet, not strict: a benchmark times
    the build, the tests judge it)."""
    return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)]


def run_child(cmd: list[str], cwd=None, env=None) -> tuple[float, float]:
    """(seconds, peak resident MB) of one run; raises if the command fails."""
    proc = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
    elapsed, peak = proc.stdout.split()
    return float(elapsed), float(peak)


def interleaved(fns, repeat: int) -> list[list[tuple[float, float]]]:
    """(seconds, peak MB) of every run of each fn, run in turns (a, b, a, b, ...) so that a slow
    spell on a shared machine falls on both sides of a ratio, not on one."""
    results = [[] for _ in fns]
    for _ in range(repeat):
        for out, fn in zip(results, fns, strict=True):
            out.append(fn())
    return results


def paired_ratios(base: list[tuple[float, float]], other: list[tuple[float, float]]) -> list[float]:
    """other / base for each turn: the machine's drift between turns cancels out of each ratio."""
    return sorted(o[0] / b[0] for b, o in zip(base, other, strict=True))


def median_time(runs: list[tuple[float, float]]) -> float:
    return statistics.median(t for t, _ in runs)


def peak(runs: list[tuple[float, float]]) -> float:
    return max(mb for _, mb in runs)


def fmt_table(headers, rows) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=True)]
    line = lambda r: "  ".join(str(x).rjust(w) for x, w in zip(r, widths, strict=True))  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])
