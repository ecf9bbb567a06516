"""The check's worker makes the pages while the build goes on; the build never depends on it."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sotay import check
from sotay.content import load
from sotay.registry import Registry
from sotay.render.site import build_site, page_stream, plan_site

from conftest import CONTENT

MINIMAL = Path(__file__).parent / "fixtures" / "minimal" / "content"


@pytest.fixture(autouse=True)
def deadline():
    """These tests guard against the worker and the caller waiting on each other: a regression
    fails them after two minutes instead of holding the whole run until CI's timeout."""
    def hung(signum, frame):
        raise TimeoutError("the check's worker and its caller waited on each other")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_pages_made_by_the_worker_are_the_pages_the_core_makes():
    corpus, registry, finish, pages = check.start(CONTENT, CONTENT.parent, stream=page_stream)
    plan = plan_site(corpus, registry)
    fresh = load(CONTENT)
    site = build_site(fresh, Registry.build(fresh.documents))
    assert [p.src for p in plan.pages] == [p.src for p in site.pages]
    for page in site.pages:
        assert pages.get(page.src) == page.markdown()
    assert finish().errors == []


def test_a_worker_that_fails_is_replaced_by_the_caller():
    parent = os.getpid()

    def stream(corpus, registry, emit):
        emit("a", os.getpid())
        if os.getpid() != parent:
            raise RuntimeError("the worker fails after the first item")
        emit("b", os.getpid())

    _, _, finish, streamed = check.start(MINIMAL, MINIMAL.parent, stream=stream)
    assert streamed.get("b") == parent  # made here, once the worker gave up
    assert streamed.get("a") == parent
    finish()


def test_everything_is_read_before_waiting_for_the_passes():
    """A worker blocked on a full pipe would never reach the passes: finish() reads the rest."""

    def stream(corpus, registry, emit):
        for i in range(200):
            emit(i, "x" * 10_000)  # far more than a pipe holds

    _, _, finish, _ = check.start(MINIMAL, MINIMAL.parent, stream=stream)
    assert finish().errors == []


def test_the_build_process_leaves_the_reference_patterns_to_the_worker():
    """Compiling the extractor's patterns takes 0.2 s, a build's fixed cost at 100 outlines: the
    build process loads, plans and renders without them; only the worker resolves references."""
    script = (
        "import sys\n"
        "from sotay import check\n"
        "from sotay.render.site import page_stream, plan_site\n"
        f"corpus, registry, finish, pages = check.start({str(CONTENT)!r}, stream=page_stream)\n"
        "site = plan_site(corpus, registry)\n"
        "pages.get(site.pages[0].src)\n"
        "print(sorted(m for m in sys.modules if m.startswith('sotay.refs')))\n"
        "print(len(finish().errors))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=CONTENT.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n")[:2] == ["[]", "0"]
