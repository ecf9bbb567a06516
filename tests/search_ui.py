"""Drive Material's search box in headless Chromium and read the results."""

from __future__ import annotations

import re
import time

INPUT = "input[data-md-component=search-query]"
_STATE = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  const links = [...document.querySelectorAll('.md-search-result__item > .md-search-result__link')];
  return [meta ? meta.textContent : '', links.map(a => a.getAttribute('href'))];
}"""


LINKS_SETTLED_MS = 50

# For each element: its text, how many lines it stands on (its marks and links are more boxes on
# one line, so lines are told by their bottoms), and how many marks it holds.
LINES_OF_EACH = """els => els.map(e => {
    const r = document.createRange(); r.selectNodeContents(e);
    const lines = new Set([...r.getClientRects()].filter(b => b.width).map(b => Math.round(b.bottom))).size;
    return [e.textContent, lines, e.querySelectorAll('mark').length] })"""


def open_search(page):
    # On a phone the header's button opens the search; open already, the search covers it.
    if page.is_visible("label[for=__search]") and not page.is_checked("#__search"):
        page.click("label[for=__search]")
    page.focus(INPUT)


def _wait(page, done, what, timeout_s=15):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = page.evaluate(_STATE)
        if done(state):
            return state
        page.wait_for_timeout(25)
    raise AssertionError(f"search did not {what}: {page.evaluate(_STATE)}")


def wait_for_page_marks(page) -> None:
    """Until the page a result opens has its marks in and in place. Material marks the words of
    ?h= once its search index is in: over http before its worker answers ready (the search box
    then reads "Nhập để…"), from file:// when the index's script has loaded, which holds the
    page's load event. The page's own script tidies the marks as they come and scrolls on a timer
    50 ms after load, so a timer set later for longer fires after it."""
    page.wait_for_function("""() => document.readyState === 'complete' && (location.protocol === 'file:' ||
        (document.querySelector('.md-search-result__meta') || {textContent: ''}).textContent.includes('Nhập để'))""",
        timeout=15000)
    page.evaluate("() => new Promise(done => setTimeout(done, 60))")


def _idle(state) -> bool:
    return "Nhập để" in state[0] or "Đang chuẩn bị" in state[0]


def search(page, query: str, settle_ms: int = 250, pasted: bool = False) -> list[str]:
    """Type a query and return the result pages as site paths ('/huong-dan/x/'), best first.
    `pasted`: the text arrives with no key pressed, as a paste from the mouse or dictation does.
    The whole query goes in at once, so the worker answers it once: over 597 searches of the
    browser tests, the links shown never changed in the 250 ms they were watched after the
    answer. A test that reads only the links may watch `LINKS_SETTLED_MS`; one that then taps a
    result or reads its text watches the full time (a result tapped 50 ms after the answer once
    led nowhere, in one run of three)."""
    open_search(page)
    # Material reads the box on keyup: fill, then a key that types nothing.
    page.fill(INPUT, "")
    page.press(INPUT, "End")
    _wait(page, lambda s: "Nhập để" in s[0], "reset")
    if pasted:
        page.keyboard.insert_text(query)  # an input event, and no key event at all
    else:
        page.fill(INPUT, query)
        page.press(INPUT, "End")
    last = _wait(page, lambda s: s[0] and not _idle(s), "answer")
    stable_since = time.monotonic()
    while (time.monotonic() - stable_since) * 1000 < settle_ms:
        page.wait_for_timeout(25)
        state = page.evaluate(_STATE)
        if state != last:
            last, stable_since = state, time.monotonic()
    root = page.evaluate("__md_scope.href")
    return [_path(h, root) for h in last[1]]


def _path(href: str, root: str) -> str:
    """A result link as a site path, whatever the host, the sub-path or the file:// location."""
    path = href.split("?")[0].split("#")[0]
    if path.startswith(root):
        path = path[len(root):]
    elif "://" in path:
        path = path.split("://", 1)[1].split("/", 1)[1]
    path = path.replace("index.html", "").replace(".html", "/")
    return "/" + path.lstrip("/")


def count(page) -> int:
    """How many pages the search found, as the result header says ("82 trang phù hợp")."""
    m = re.search(r"\d+", page.inner_text(".md-search-result__meta"))
    return int(m.group()) if m else 0


def result_text(page) -> str:
    return page.inner_text(".md-search-result__list")


# The site's search config and index, as the page hands them to Material's worker.
_INDEX = """
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base + "/", location.href);
  const index = await (await fetch(new URL("search/search_index.json", base))).json();
  index.options = {suggest: false};  // what the page adds to the index without the search.suggest feature
"""
_WORKER = """async ([docs, queries, marks]) => {""" + _INDEX + """
  if (docs) index.docs = docs;
  const worker = new Worker(new URL(config.search, base));
  const ask = message => new Promise((resolve, reject) => {
    worker.onmessage = ev => resolve(ev.data);
    worker.onerror = ev => reject(new Error(ev.message));
    worker.postMessage(message);
  });
  try {
    await ask({type: 0, data: index});                  // SETUP -> READY
    const answers = [];
    for (const query of queries) {
      const reply = await ask({type: 2, data: query});  // QUERY -> RESULT
      // With `marks`, each result comes with the words Material highlights in it (title, text, tags).
      answers.push(reply.data.items.map(({0: item}) => marks
        ? [item.location.split("#")[0], [...[item.title, item.text, ...(item.tags || [])].join(" ")
            .matchAll(/<mark>(.*?)<\\/mark>/g)].map(m => m[1])]
        : item.location.split("#")[0]));
    }
    return answers;
  } finally {
    worker.terminate();
  }
}"""


def worker_search(page, queries: list[str], docs: list[dict] | None = None) -> list[list[str]]:
    """Every result location, best first, for each query, from Material's own search worker.

    The worker loads our lunr.vi.min.js as on the site and gets the site's search
    config; `docs` replaces the site's documents with a small index of its own. No
    result list in the page, so no limit of ten and no rendering to wait for. The
    page must show a page of the built site (for the worker's address and config).
    """
    return [["/" + location for location in answer] for answer in page.evaluate(_WORKER, [docs, list(queries), False])]


def worker_marks(page, queries: list[str], docs: list[dict] | None = None) -> list[dict[str, list[str]]]:
    """For each query, every result location (best first) and the words Material highlights in it,
    from the worker as worker_search asks it."""
    return [{"/" + location: marks for location, marks in answer}
            for answer in page.evaluate(_WORKER, [docs, list(queries), True])]


_BUILT_TWICE = """async () => {""" + _INDEX + """
  const material = new URL(config.search, base).href;
  // Material's worker, started from a script of our own that keeps each index it builds and, when
  // asked, puts lunr's own Builder methods back after the worker has loaded our lunr.vi.min.js.
  const source = `
    let own = true, built = null;
    addEventListener("message", ev => { own = ev.data.own; });
    importScripts(${JSON.stringify(material)});
    const lunrs = {...lunr.Builder.prototype}, load = importScripts, post = postMessage;
    self.importScripts = (...files) => {
      load(...files.map(file => new URL(file, ${JSON.stringify(material)}).href));
      if (!own) Object.assign(lunr.Builder.prototype, lunrs);
      const build = lunr.Builder.prototype.build;
      lunr.Builder.prototype.build = function () { return built = build.call(this); };
    };
    self.postMessage = message => post(message.type === 1 ? JSON.stringify(built) : message);`;
  const worker = new Worker(URL.createObjectURL(new Blob([source], {type: "text/javascript"})));
  const setup = own => new Promise((resolve, reject) => {
    worker.onmessage = ev => resolve(ev.data);
    worker.onerror = ev => reject(new Error(ev.message));
    worker.postMessage({type: 0, data: index, own});
  });
  try {
    const lunrs = await setup(false), ours = await setup(true);
    return {same: lunrs === ours, terms: Object.keys(JSON.parse(ours).invertedIndex).length};
  } finally {
    worker.terminate();
  }
}"""


def built_twice(page) -> dict:
    """Material's worker builds the site's index with lunr's own Builder methods and with ours:
    {same: the two serialized indexes are equal, terms: how many terms ours holds}. The worker
    starts from a blob: script, which the site's policy refuses: the page's context must bypass it."""
    return page.evaluate(_BUILT_TWICE)
