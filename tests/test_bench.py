"""The benchmark tool itself: its command line and what it measures (timings are never asserted)."""

import sys

import pytest

from sotay.bench.search import _OBSERVE, QUERIES, SEARCH_BOX, _wait_ready, latencies
from sotay.bench.timing import interleaved, median_time, paired_ratios, peak, run_child

from conftest import run_sotay


def test_bench_refuses_an_unknown_benchmark_before_running_any():
    proc = run_sotay("bench", "refs", "nope")
    assert proc.returncode == 2
    assert "nope" in proc.stderr and "refs, build, search, export" in proc.stderr
    assert proc.stdout == ""  # refs did not run first


def test_bench_reports_the_childs_own_peak_memory_not_the_benchmark_process():
    ballast = bytearray(400 * 2**20)  # the benchmark process holds content and pages; so do we
    ballast[:: 4096] = b"\1" * len(ballast[:: 4096])
    seconds, small = run_child([sys.executable, "-c", "pass"])
    _, large = run_child([sys.executable, "-c", "x = bytearray(200 * 2**20); x[::4096] = b'1' * len(x[::4096])"])
    assert seconds > 0
    assert small < 100, small  # a bare interpreter, not our 400 MB
    assert 200 < large < 400, large
    with pytest.raises(RuntimeError, match="boom"):
        run_child([sys.executable, "-c", "raise SystemExit('boom')"])
    del ballast


def test_turns_alternate_and_ratios_pair_each_turn():
    calls = []
    clock = iter(range(1, 100))

    def run(name):
        calls.append(name)
        return float(next(clock)), 10.0 * len(calls)

    base, ours = interleaved([lambda: run("bare"), lambda: run("ours")], 3)
    assert calls == ["bare", "ours"] * 3
    assert base == [(1.0, 10.0), (3.0, 30.0), (5.0, 50.0)] and ours == [(2.0, 20.0), (4.0, 40.0), (6.0, 60.0)]
    assert paired_ratios(base, ours) == [6 / 5, 4 / 3, 2 / 1]
    assert median_time(ours) == 4.0 and peak(ours) == 60.0


@pytest.mark.browser
def test_search_latency_is_measured_from_the_last_key_to_results_shown(browser, site_url):
    """The search benchmark's probe still sees every query answered as the site searches now
    (it once waited for a key release that the search no longer waits for)."""
    samples = latencies(browser, site_url, rounds=1, queries=QUERIES[:3])
    assert len(samples) == 3 and all(s > 0 for s in samples), samples


@pytest.mark.browser
def test_search_latency_clock_starts_on_a_character_typed_with_no_key(browser, site_url):
    """Playwright types "á" as inserted text, with no keydown: the clock still starts on it,
    not at an earlier key (it once started at the End key before the pause, ~300 ms early)."""
    page = browser.new_page()
    try:
        page.goto(site_url)
        _wait_ready(page)
        page.evaluate(_OBSERVE)
        page.fill(SEARCH_BOX, "kho")
        page.press(SEARCH_BOX, "End")
        page.wait_for_function("() => window.__sotay.shown.length > 0", timeout=30_000)
        before = page.evaluate("() => performance.now()")
        page.keyboard.type("á")
        assert page.evaluate("() => window.__sotay.changed") >= before
        page.wait_for_function("() => window.__sotay.shown.length > 0", timeout=30_000)
    finally:
        page.close()


def test_the_synthetic_project_is_content_the_check_passes(tmp_path):
    """The build benchmark's project: the real content, every folder of it, and the synthetic
    outlines on top. A content folder left out (the forms') made every benchmark build fail."""
    from sotay.bench.synthetic import make_project

    project = make_project(tmp_path / "p", 60, per_library=30)
    proc = run_sotay("check", "--content", str(project / "content"))
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert len(list((project / "content/chuyen-de").glob("thu-vien-0*/chuyen-de-*.md"))) == 60
    # The search benchmark's yardstick: the same project with Material's own index and separator.
    from sotay.bench.search import _default_variant

    default = _default_variant(project)
    hooks, config = (default / "hooks/content.py").read_text(), (default / "mkdocs.yml").read_text()
    assert "merge_index_file(" not in hooks and "merge_index_file(" in (project / "hooks/content.py").read_text()
    assert "separator:" not in config and not (default / "docs/assets/javascripts/lunr").exists()
