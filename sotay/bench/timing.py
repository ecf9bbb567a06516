"""Run a child process and report its wall time and peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import time


def run_child(cmd: list[str], cwd=None, env=None) -> tuple[float, float]:
    """(seconds, peak resident MB) of one run; raises if the command fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{err[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024


def medians_interleaved(fns, repeat: int) -> list[tuple[float, float]]:
    """(median seconds, peak MB) of each fn, run in turns (a, b, a, b, ...) so that a slow
    spell on a shared machine falls on both sides of a ratio, not on one."""
    results = [[] for _ in fns]
    for _ in range(repeat):
        for out, fn in zip(results, fns):
            out.append(fn())
    return [(statistics.median(r[0] for r in rs), max(r[1] for r in rs)) for rs in results]


def fmt_table(headers, rows) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda r: "  ".join(str(x).rjust(w) for x, w in zip(r, widths))  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])
