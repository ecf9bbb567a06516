"""Does the built site reference any host but its own?

The internal network has no internet, so a built page must load nothing from
outside. HTML, CSS, JS, web manifests and the sitemap are scanned; every URL
with a host that is not the site's own is a violation, unless it is one of the
deliberate exceptions below, each with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase
from html.parser import HTMLParser
from pathlib import Path

from .source import line_col
from .urls import LINK_SCHEMES, SCHEME, as_read, external_host, hosts_of

MATERIAL_BUNDLE = "assets/javascripts/bundle.*.js"
RUN_TIME_HOST = "${...}"
# Deliberate exceptions: (where, host, reason). None of them is ever requested by the site as built.
EXCEPTIONS = [
    ("a[href]", "hosts of content/nguon URLs",
     "Links to the public articles the handbook cites as sources: followed only if a reader clicks; the page requests nothing."),
    (MATERIAL_BUNDLE, "api.github.com",
     "Material's repository facts; fetched only when repo_url is set, and it is not."),
    (MATERIAL_BUNDLE, RUN_TIME_HOST,
     "Material's GitLab repository facts, the host built from repo_url at run time; fetched only when repo_url is set, and it is not."),
    (MATERIAL_BUNDLE, "unpkg.com",
     "Material's fallbacks: a ResizeObserver polyfill (every supported browser has ResizeObserver) and Mermaid (no diagrams in this site)."),
    ("*", "www.w3.org", "XML namespace names (SVG, XHTML): identifiers, never fetched."),
    ("sitemap.xml", "www.sitemaps.org", "The sitemap's XML namespace name, never fetched."),
]
NAMESPACE_HOSTS = {"www.w3.org", "www.sitemaps.org"}
SKIP = ("search/search_index.json", "search/search_index.js")  # page text as data, never fetched

_RESOURCE_ATTRS = {"src", "href", "data", "action", "poster", "srcset", "formaction", "background", "manifest", "content",
                   "ping", "cite", "longdesc", "icon", "codebase", "archive", "usemap", "xlink:href"}
# With a scheme, any host: on an intranet the other hosts are IP addresses and single names
# (http://10.0.0.5/, http://fileserver/); without one (//host), a dotted name, as in prose.
_URL = re.compile(r"(?:https?:[/\\]{2}[A-Za-z0-9\[]|//[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})[^\s\"'<>)]*", re.I)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]+)|@import\s+['\"]([^'\"]+)")
_JS_STRING_URL = re.compile(r"[\"'`]((?:https?:[/\\]{2}[A-Za-z0-9\[$]|//[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})[^\"'`\s]*)", re.I)


@dataclass(frozen=True)
class Violation:
    path: str
    url: str
    where: str

    def format(self) -> str:
        return f"{self.path}: {self.where} {self.url}"


def _attribute_urls(tag: str, name: str, value: str | None) -> list[tuple[str, str, str]]:
    """(tag, attribute, url) for each URL an attribute's decoded value may load."""
    if not value or name.startswith("xmlns"):
        return []
    if name == "style":
        return [(tag, "style", m.group(1) or m.group(2)) for m in _CSS_URL.finditer(value)]
    if name in _RESOURCE_ATTRS:
        return [(tag, name, url) for url in (_URL.findall(value) if name in ("srcset", "content", "ping") else [value.strip()])]
    return []


# html.parser reads the text inside <style> and <script>; its attributes it reads with Unicode
# spaces for spaces, so each page's attributes are read again as a browser reads them.
class _HTML(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []  # (tag, attr, url)
        self._style = False
        self._script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            self.found += _attribute_urls(tag, name, value)
        self._style = tag == "style"
        self._script = tag == "script"

    def handle_data(self, data):
        if self._style:
            for m in _CSS_URL.finditer(_CSS_COMMENT.sub("", data)):
                self.found.append(("style", "css", m.group(1) or m.group(2)))
        if self._script:  # inline scripts and JSON (Material's __config, JSON-LD)
            for m in _JS_STRING_URL.finditer(data):
                self.found.append(("script", "js", m.group(1)))

    def handle_endtag(self, tag):
        self._style = self._script = False


def _excepted(rel: str, host: str) -> bool:
    """Whether a script's URL is one of EXCEPTIONS, in the file the exception names: Material's
    bundle may name GitHub, unpkg and a host built at run time; no other script may."""
    if host.startswith("${"):
        host = RUN_TIME_HOST
    return any(h == host and w != "a[href]" and fnmatchcase(rel, w) for w, h, _ in EXCEPTIONS)


def scan(site: Path, own_hosts: set[str], citation_hosts: set[str]) -> list[Violation]:
    out: list[Violation] = []
    own = {h.lower() for h in own_hosts if h}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if not path.is_file() or rel in SKIP:
            continue
        suffix = path.suffix.lower()
        if suffix not in (".html", ".svg", ".css", ".js", ".mjs", ".webmanifest", ".xml") and not rel.endswith("manifest.json"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if suffix in (".html", ".svg"):
            from .rendered import attributes

            parser = _HTML()
            parser.feed(text)
            found = dict.fromkeys(parser.found)
            for tag, name, value in attributes(text):
                found.update(dict.fromkeys(_attribute_urls(tag, name, value)))
            for tag, attr, url in found:
                host = external_host(url, decoded=True)
                if host is None or host in own:
                    continue
                if tag == "a" and attr == "href" and host in citation_hosts:
                    continue
                out.append(Violation(rel, url, f"<{tag} {attr}>"))
        elif suffix == ".css":
            css = _CSS_COMMENT.sub("", text)
            urls = {m.group(1) or m.group(2): "css url()" for m in _CSS_URL.finditer(css)}
            # Quoted URLs elsewhere (image-set("https://..." 1x)); inside a data: SVG, an xmlns.
            for m in _JS_STRING_URL.finditer(css):
                if external_host(m.group(1)) not in NAMESPACE_HOSTS:
                    urls.setdefault(m.group(1), "css string")
            for url, where in urls.items():
                host = external_host(url)
                if host is not None and host not in own:
                    out.append(Violation(rel, url, where))
        elif suffix in (".js", ".mjs"):
            for m in _JS_STRING_URL.finditer(text):
                host = external_host(m.group(1))
                if host and host not in own and not _excepted(rel, host):
                    out.append(Violation(rel, m.group(1), "js string"))
        else:  # sitemap, web manifest
            for url in _URL.findall(text):
                host = external_host(url)
                if host and host not in own and host not in NAMESPACE_HOSTS:
                    out.append(Violation(rel, url, "url"))
    return out


# The last line of defence for content: the content check reads Markdown, which a browser never
# sees; this reads a page's rendered HTML, so a link the check's patterns missed still cannot
# leave the site for a host no source names, or use a scheme that opens a share or a program.
# Attributes inside tags only, read as a browser reads them (quotes, entities): text that shows
# `src=https://...` (escaped, in code) is no URL.
_PAGE_URL_ATTRS = {"href", "src", "srcset", "action", "formaction", "background", "poster", "data", "ping", "cite", "xlink:href"}


def page_url_problems(page_html: str, link_hosts: set[str], found=None) -> list[tuple[str, str, str]]:
    """(url, code, message) for every URL in a content page's HTML that it may not hold."""
    from .rendered import attributes

    out = []
    for _tag, attr, value in (attributes(page_html) if found is None else found):
        if attr not in _PAGE_URL_ATTRS:
            continue
        url = value.strip()
        scheme = SCHEME.match(as_read(url))  # "java&#9;script:" is javascript: to a browser
        if scheme and scheme.group(1).lower() not in LINK_SCHEMES:
            out.append((url, "H103", f"Địa chỉ {url!r} dùng giao thức {scheme.group(1)}: không được phép."))
            continue
        host = external_host(url, decoded=True)
        if host is None:
            continue
        if attr != "href":
            out.append((url, "L103", f"Tài nguyên {url!r} lấy từ ngoài trang: mạng nội bộ không tải được."))
        elif host not in link_hosts:
            out.append((url, "L103", f"Liên kết ra ngoài {url!r}: chỉ được liên kết tới trang nguồn đã khai trong content/nguon."))
    return out


# What no page's content holds, whatever the content check let through: markup that runs, loads,
# asks for input or restyles the page (a tick pairing that hid an <iframe> and a password <form>
# from the check reached the editors' page).
NEVER_RENDERED = {"applet", "audio", "base", "dialog", "embed", "form", "frame", "frameset", "iframe", "input", "link",
                  "marquee", "math", "meta", "noembed", "noscript", "object", "plaintext", "portal", "script", "select",
                  "style", "svg", "template", "textarea", "video", "xmp"}


def page_problems(page_html: str, link_hosts: set[str]) -> list[tuple[str, str, str]]:
    """Every URL, attribute and tag of a rendered page that it may not hold, from one reading."""
    from .rendered import attribute_problems, attributes, page_markup_problems, tags

    found = attributes(page_html)
    shown = [("<" + tag, "H101", f"Trang có thẻ <{tag}>: nội dung không được tạo thẻ này.")
             for tag in sorted(tags(page_html) & NEVER_RENDERED)] if "<" in page_html else []
    return page_url_problems(page_html, link_hosts, found) + attribute_problems(found) + page_markup_problems(found) + shown


def citation_hosts(corpus) -> set[str]:
    """The hosts of the sources the content cites: a page may link to them (never load from them)."""
    return hosts_of(s.url for s in corpus.sources.values() if s.url)


_LUNR_KEEP = {"lunr.stemmer.support.min.js", "lunr.vi.min.js", "lunr.multi.min.js"}


_OFFLINE_ONLY = re.compile(r"assets/javascripts/vendor/[^/]*iframe-worker[^/]*")
_SOURCE_MAP_COMMENT = re.compile(rb"\n(?://# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^\n]*?\*/)\s*\Z")


def not_shipped(src_uri: str, offline: bool = False) -> bool:
    """Theme files the site never loads: other languages' stemmers, segmenters, source maps, and
    outside the offline copy the shim that stands in for its search worker.

    Leaving them out keeps the release small and free of the URLs in their comments."""
    if src_uri.endswith(".map"):
        return True
    if _OFFLINE_ONLY.fullmatch(src_uri):
        return not offline
    if src_uri.startswith("assets/javascripts/lunr/"):
        name = src_uri.rsplit("/", 1)[-1]
        return name not in _LUNR_KEEP
    return False


def drop_source_map_comments(site_dir: Path) -> int:
    """The theme's scripts and stylesheets end by naming their source map, which the site leaves
    out: a browser's developer tools then asked the server for a file it does not have. Returns
    how many files were rewritten."""
    rewritten = 0
    for path in sorted((site_dir / "assets").rglob("*")):
        if path.suffix not in (".js", ".css") or not path.is_file():
            continue
        data = path.read_bytes()
        stripped = _SOURCE_MAP_COMMENT.sub(b"\n", data)
        if stripped != data:
            path.unlink()  # a new file, never written through a link into the theme's own copy
            path.write_bytes(stripped)
            rewritten += 1
    return rewritten


def source_of(corpus, item, url: str, page_src: str, made_from: tuple[str, str] | None = None) -> tuple[str, int, int]:
    """The file, line and column a URL or an attribute's value in a rendered page came from: the
    item's own file (or `made_from`, the file and text a generated page renders), else the first
    content file that holds it, else the generated page. Where the value stands after "=" or "("
    (an attribute, a link's target), that place first: a short value ("x" of `data=x`) was told
    at its first appearance in the file, the title's."""
    texts = [(corpus.origin(item).rel, corpus.origin(item).text)] if item is not None else [made_from] if made_from else []
    candidates = texts + list(corpus.texts.items())
    if url:
        as_value = re.compile(r"[=(]\s*[\"'<]?" + re.escape(url))
        for rel, text in candidates:
            m = as_value.search(text)
            if m:
                return (rel, *line_col(text, m.end() - len(url)))
    for rel, text in candidates:
        at = text.find(url)
        if at >= 0:
            return (rel, *line_col(text, at))
    return (texts[0][0] if texts else page_src, 1, 1)
