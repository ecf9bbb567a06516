"""Check pass: internal links and their anchors.

Editors link to pages by their public URL (`/huong-dan/chuan-bi/#buoc-1`). The
pages are rendered by the core (without MkDocs), their headings turned into
anchors with the same slug function the site uses, and every link is checked
against them: a missing page is L101, a missing heading L102.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from .check import site_pass
from .diagnostics import diag
from .markdown_limits import past_markdown_limits
from .model import Form
from .refs.linked import definitions_read
from .render import links
from .render.site import site_of
from .spans import spans
from .suggest import meant
from .text import toc_slugify
from .unmarked import heading_id
from .urls import AUTOLINK, LINK_DEFINITION, LINK_DEST, LINK_SCHEMES, SCHEME, as_read, external_host, label_key, link_definitions, unbracket
from .verbatim import covers, verbatim_ranges

_MD_LINK = re.compile(r"\]\(" + LINK_DEST)
# "](../ghi-bien-ban.md#muc)" in a page's text: its file's name, the page's last segment.
_SHOWN_CONVERTED = re.compile(r"([^\[\]<>\n]{0,12})\]\((?:\.\./)*(?:[a-z0-9-]+/)*([a-z0-9-]+)\.md(?:#[^)\s]*)?\)")
_TAGS = re.compile(r"<[^<>]*>")
_PASTED = re.compile(r"[^\S \t\n]|[\u200b-\u200f\u2060\ufeff\u00ad]")
# A link between pages as the site writes one for the build ("../ghi-bien-ban.md#buoc-1").
_CONVERTED = re.compile(r"^(?:\.\./)*[a-z0-9/-]*\.md(?:#|$)")


class PageAnchors(dict):
    """Page key ('huong-dan/x', 'chuyen-de/lib') -> the anchors its Markdown gives by pattern
    (links.anchors_of: headings, and ids set on blocks). An id the patterns do not read, set on an
    inline element or in a table cell ("*chữ*{: #x }", "| a {: #x } |"), is looked up in the page
    as the site's Markdown renders it, once per page and only on a miss (so is a heading whose
    words Markdown reads otherwise): a check whose anchors are all found renders no page."""

    def __init__(self, bodies: dict[str, str], config, titles: dict[str, str] | None = None):
        super().__init__((key, links.anchors_of(body)) for key, body in bodies.items())
        self._bodies, self._config, self._rendered = bodies, config, {}
        # A page's title as a reader may type it ("Ghi biên bản sinh hoạt chi bộ và lưu trữ số"), for the page a link means.
        self.by_title = {_title_key(title): key for key, title in (titles or {}).items()}

    def titled(self, words: str, own: str | None = None) -> str | None:
        """The page whose title these words are, other than `own`."""
        key = self.by_title.get(_title_key(words))
        return key if key is not None and key != own else None

    def begun(self, words: str, own: str | None = None) -> str | None:
        """The one page, other than `own`, whose title these words begin, or whose address's last
        part begins them ("Ghi biên bản sinh hoạt chi bộ", "ghi-bien-ban" for /huong-dan/ghi-bien-ban/).
        None where two could be, or the words are one word: the example the message gave instead
        sent an editor to an unrelated page, which then passed the check."""
        typed = _title_key(words)
        if len(typed.split()) < 2:
            return None
        hits = {key for title, key in self.by_title.items() if key != own and f"{title} ".startswith(f"{typed} ")}
        for key in self:
            last = key.rsplit("/", 1)[-1].replace("-", " ")
            if key != own and " " in last and f"{typed} ".startswith(f"{last} "):
                hits.add(key)
        return hits.pop() if len(hits) == 1 else None

    def holds(self, key: str, anchor: str) -> bool:
        if anchor in self[key]:
            return True
        if self._config is None:
            return False
        if key not in self._rendered:
            from .rendered import attributes, render

            if past_markdown_limits(self._bodies[key]):
                return True  # a page Markdown cannot read in good time is E005's, its anchors unknown
            page_html = render(self._bodies[key], str(self._config))
            self._rendered[key] = {value for _, name, value in attributes(page_html) if name == "id"}
        return anchor in self._rendered[key]


    def sections(self, key: str) -> list[str]:
        """The anchors of a page's main sections (## headings), in the page's order."""
        found = (heading_id(h) for h in _MAIN_HEADING.findall(self._bodies.get(key, "")))
        return list(dict.fromkeys(a for a in found if a in self[key]))


_MAIN_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t#]*$", re.M)
_SECTIONS_LISTED = 12


def _title_key(words: str) -> str:
    return " ".join(toc_slugify(words.strip(_QUOTES + " ")).split("-"))


def site_anchors(corpus, registry, config=None) -> PageAnchors:
    pages = site_of(corpus, registry).pages
    bodies = {links.page_key_of(page.src): page.body for page in pages}
    # The home page is the site shell's (docs/index.md, beside content/), not the content's.
    home = corpus.root.parent / "docs" / "index.md"
    bodies[""] = home.read_text(encoding="utf-8") if home.is_file() else ""
    return PageAnchors(bodies, config, {links.page_key_of(page.src): page.title for page in pages if page.title})


_IMAGE = re.compile(r"!\[[^\]\n]*\]\(" + LINK_DEST)  # its target starts where _MD_LINK's does
# A reference image as Python-Markdown reads one: its text may hold brackets two deep ("![a [b [c]]][r]"),
# escaped brackets and single line breaks; one space or line break may come before its reference,
# which may run over lines, and a shortcut ("![r]") is its own.
_ALT_CHAR = r"(?:\\.|[^\[\]\\\n]|\n(?![ \t]*\n))"
_ALT = rf"(?:{_ALT_CHAR}|\[(?:{_ALT_CHAR}|\[{_ALT_CHAR}*\])*\])*"
_IMAGE_REF = re.compile(rf"!\[({_ALT})\](?:\s?\[([^\]]*)\])?")
_AUTOLINK = re.compile(AUTOLINK)
# Schemes outside LINK_SCHEMES are H103; javascript: and data: are the safety rules' own H103.
_SAFETY_SCHEMES = {"javascript", "vbscript", "livescript", "data"}


# "[Ghi biên bản] (/huong-dan/ghi-bien-ban/)": with the space Markdown makes no link, and the page
# shows the brackets and the path as they are.
_SPACED_LINK = re.compile(r"\[[^\]\n]+\][ \t]+\((?:/|https?://|#)[^)\s]*\)")
_QUOTES = "\"'“”‘’"
# "[Chỉ thị 10-CT/TW]  [ct10]": Markdown takes one space or line break between a link's two
# brackets, no more. Told where the second is a label the file defines and the first is none
# (placeholders, "[họ tên]  [chức vụ]", and two shortcut links are as meant).
_GAPPED_REFERENCE = re.compile(r"(?<![\\!\]])\[([^\[\]\n]*\S[^\[\]\n]*)\][ \t]{2,}\[([^\[\]\n]+)\](?![(:])")


def _targets(text: str):
    """(offset, target, is_image) for every link and image target in Markdown text."""
    images = {m.start(1) for m in _IMAGE.finditer(text)}
    definitions = {}
    for m in LINK_DEFINITION.finditer(text):
        definitions.setdefault(label_key(m.group(1)), unbracket(m.group(2)))
        yield m.start(2), unbracket(m.group(2)), False
    for m in _MD_LINK.finditer(text):
        yield m.start(1), unbracket(m.group(1)), m.start(1) in images
    for m in _AUTOLINK.finditer(text):
        yield m.start(1), m.group(1), False
    for m in _IMAGE_REF.finditer(text):
        # Markdown matches a reference with its spaces and line breaks run together.
        target = definitions.get(label_key(m.group(2) or m.group(1)))
        if target:
            yield m.start(), target, True


# Markdown's backslash escapes: "\\)" in an address is ")" to the page.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _as_read(target: str) -> str:
    return _ESCAPE.sub(r"\1", html.unescape(target)).strip()


def _where(text: str, address: str, after: int = 0, elsewhere=lambda p: False) -> int:
    """Where an address Markdown read is written, from `after` on (the page's addresses come in its
    order) or else anywhere: as read, or with escapes ("ghi\\-bien"), or its first word; else
    the text's start. Not at an offset `elsewhere` says is another link's with the same address."""
    if not address.strip():  # "[Ghi biên bản]()": where its brackets are
        m = re.compile(r"\]\([ \t]*<?[ \t]*>?[ \t]*\)").search(text, after) or re.search(r"\]\(\s*\)", text)
        return m.start() + 2 if m else 0
    for wanted in (address, address.split()[0] if address.split() else address):
        written = "".join(re.escape(ch) if ch.isalnum() else "\\\\?" + re.escape(ch) for ch in wanted)
        # Where it stands as an address first: the same words may be a link's text before it.
        for pattern in (re.compile(r"(?<=\]\()[ \t]*<?" + written), re.compile(written)):
            at = (m.start() + len(m.group()) - len(m.group().lstrip(" \t<")) for m in pattern.finditer(text))
            places = [p for p in at if not elsewhere(p)]
            if places:
                return next((p for p in places if p >= after), places[0])
    return 0


def _read_targets(text: str, config, own: str | None = None, known=frozenset(), written=frozenset()):
    """(offset, target, is_image, left) for _targets, and for every address the site's Markdown
    makes of the text that they did not read (a title in brackets after the address, "[x](/a/
    (t))", is part of the address to Markdown; a definition Markdown reads where the pattern did
    not), placed where the address is written: the check passed such a link, and the strict build
    refused the page without a line. `left`: True for a link to a page of the handbook that the
    site does not turn into a link between pages (sotay/render/links.py reads the common ways of
    writing one), which the strict build refuses too; or the problem, for one it turns into a link
    that Markdown does not read (_SHOWN)."""
    from .rendered import attributes, render

    # "\\\\maychu\\…" is a shared folder as the editor wrote it, whatever Markdown makes of it.
    read = [(offset, target if target.startswith("\\\\") else _as_read(target), is_image, False)
            for offset, target, is_image in _targets(text)]
    # "[^1]: Báo Nhân Dân.": a footnote meant (B110 tells it), no address to tell as a link's.
    footnotes = {m.start(2) for m in LINK_DEFINITION.finditer(text) if m.group(1).startswith("^")} if "[^" in text else set()
    yield from (r for r in read if r[0] not in footnotes)
    if config is None or not ("[" in text or "<" in text) or past_markdown_limits(text):
        return  # a text Markdown cannot read in good time is E005's
    page_html = render(links.rewrite(text, links.page_src(own or ""), known), str(config))
    found = attributes(page_html)
    yield from _shown_as_text(text, page_html)
    yield from _references_undefined(text, page_html, written)
    if any(tag == "img" for tag, _, _ in found):
        yield from _images_read(text, read, attributes(render(text, str(config))))
    yield from _links_read(text, read, found, known)


def _shown_as_text(text: str, page_html: str):
    """A page link the patterns read and the site converted, which Markdown shows as text
    ("[a]b](/x/)", "\\[x](/x/)"): the page showed "[a]b](x.md)"."""
    at = -1
    for m in _SHOWN_CONVERTED.finditer(_TAGS.sub(" ", page_html) if ".md" in page_html else ""):
        before = html.unescape(m.group(1))
        written = re.compile(re.escape(before) + r"\]\([ \t]*<?[ \t]*/(?:[a-z0-9-]+/)*" + re.escape(m.group(2))
                             + r"/?(?:#[^)\s]*)?[ \t]*>?[ \t]*\)")
        where = written.search(text, at + 1) or written.search(text)
        at = text.index("](", where.start() + len(before)) + 2 if where else 0
        yield at, m.group(), False, _SHOWN


# "[chữ][nhãn]" and "[chữ][]": a link to an address given on a line of its own ("[nhãn]: /…").
_REFERENCE = re.compile(r"(?<![\\!\]])\[([^\[\]\n^][^\[\]\n]*)\]\s?\[([^\[\]\n]*)\]")


def _references_undefined(text: str, page_html: str, written=frozenset()):
    """A reference link whose label no line defines, which the page shows as written; `written`:
    the labels the file defines where the page may not read them."""
    from .rendered import shown_text

    shown = shown_text(page_html) if "][" in page_html else ""
    defined = set(definitions_read(text)) | written if shown else set()
    for m in _REFERENCE.finditer(text if "][" in shown else ""):
        if m.group() in shown and not covers(verbatim_ranges(text), m.start()):
            label = m.group(2) or m.group(1)
            if label_key(label) in defined:
                # Written, but where Markdown does not read it: an outline's section takes its "- "
                # lines only.
                why = (f"có dòng ghi địa chỉ của nhãn [{label}], nhưng dòng ấy nằm ở chỗ trang không đọc (đề cương chỉ nhận "
                       "các ý bắt đầu bằng '- '), nên trang hiện nguyên chữ: viết thẳng [chữ](/huong-dan/ten-trang/) và bỏ "
                       "dòng ghi địa chỉ.")
            else:
                why = (f"không có dòng ghi địa chỉ của nhãn [{label}] nên trang hiện nguyên chữ: thêm một dòng riêng "
                       f"\"[{label}]: /huong-dan/ten-trang/\", hoặc viết thẳng [chữ](/huong-dan/ten-trang/).")
            yield m.start(), m.group(), False, ("L101", f"Liên kết {m.group()!r} {why}")


def _images_read(text: str, read, found):
    """An image Markdown reads (`found`: the text's attributes as rendered) where the patterns read
    a link ("![a [b]](/huong-dan/x/)"): a broken image on the page. Its address as written."""
    images = Counter(target for _, target, is_image, _ in read if is_image)
    at = -1
    for tag, name, value in found:
        if tag == "img" and name == "src":
            opens = text.find("![", at + 1)  # each image opens with "![", in order
            # Or as a tag ("<img src=lịch>"): at its src, not at the first word like its address.
            # Its address as the tag has it: an "&" of a news site's query written "&amp;".
            written = "&(?:amp;)?".join(map(re.escape, value.strip().split("&")))
            tag_src = re.compile(r"<img\b[^<>]*?\bsrc\s*=\s*[\"']?(?=" + written + ")", re.I).search(text, at + 1)
            if tag_src and (opens < 0 or tag_src.start() < opens):
                at = tag_src.end()
            else:
                at = _where(text, value.strip(), opens if opens >= 0 else at + 1)
            if images[value.strip()] > 0:
                images[value.strip()] -= 1  # read as an image already
            else:
                yield at, value.strip(), True, False


def _links_read(text: str, read, found, known):
    """Each link Markdown reads (`found`, after the site converted page links) that the patterns
    did not, and each page link left as written. An anchor to an id in the same text is a
    heading's own permalink or a footnote's; a raw tag is the safety rules' (H101)."""
    seen = {target for _, target, _, _ in read} | {_as_read(target) for _, target, _, _ in read}
    ids = {value for _, name, value in found if name == "id"}
    # Not where another link to the same page is written: one the site converts, or one in code,
    # which the page shows as written.
    rewritten, shown = links.rewritten_at(text, known), verbatim_ranges(text)

    def elsewhere(p: int) -> bool:
        return p in rewritten or covers(shown, p)

    at = -1
    for tag, name, value in found:
        value = value.strip()
        if tag != "a" or name != "href" or (value.startswith("#") and value[1:] in ids):
            continue
        page = value.startswith("/") and value.split()[0].partition("#")[0].strip("/") in known
        if page and value == value.split()[0]:
            at = _where(text, value, at + 1, elsewhere)
            if not _PASTED.search(text, at, text.find(")", at) % (len(text) + 1)):  # a pasted blank, told as E010
                yield at, value, False, True
        elif not value.strip() or (value not in seen and not (_CONVERTED.match(value) and not _written_as_link(text, value))):
            seen.add(value)  # each empty link is one of its own ("[x]()", "[y]()")
            at = _where(text, value, at + 1)
            yield at, value, False, False


def _written_as_link(text: str, value: str) -> bool:
    """Whether the text writes `value` as a link's address: the site's conversion of a page link
    ("ghi-bien-ban.md") is no link of the editor's where the name is only in prose or inside another
    address ("trong tệp ghi-bien-ban.md", "/huong-dan/ghi-bien-ban.md")."""
    return re.search(r"(?:\]\(\s{0,3}<?|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?)" + re.escape(value) + r"(?=[>\s)\"']|$)", text, re.M) is not None


# The editor's own preview (`make serve`), or the handbook as the internal network serves it: a
# page of the handbook, its address copied from the browser.
_PREVIEW_HOSTS = {"localhost", "0.0.0.0", "::1"}
# Share buttons and mail campaigns add these to an article's address: the same article.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|zarsrc\w*|gidzl|_ga)$", re.I)


# "nhandan.vn/…", "www.baonghean.vn/…": an article's address without its scheme.
_BARE_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov|edu|info)(?:\.vn)?(?:[/:?#]|$)", re.I)
_INTRANET_SUFFIXES = (".local", ".lan", ".internal", ".intranet", ".home.arpa")


def _own_address(host: str) -> bool:
    import ipaddress

    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        # "so-tay", "sotay.dangbo.local": an intranet's own names.
        return host in _PREVIEW_HOSTS or "." not in host or host.endswith(_INTRANET_SUFFIXES)
    return address.is_private or address.is_loopback


def _as_cited(url: str, loose: bool = False) -> str:
    """A URL as it is compared with the sources': its scheme, a default port, the fragment, a last
    "/", the order of its parameters and those of share buttons aside (an ASP.NET site's paths in
    any case). The host stays as written, as the build's and the release's checks read it;
    `loose` drops a "www." or "m." too, to point at the source's own spelling."""
    try:
        parts = urlsplit(html.unescape(url.strip()))
    except ValueError:  # "https://[nhandan.vn]/a": no URL to compare but its text
        return url.strip()
    host = parts.netloc.lower().removesuffix(":80").removesuffix(":443")
    if loose:
        host = host.removeprefix("www.").removeprefix("m.")
    query = "&".join(sorted(p for p in parts.query.split("&") if p and not _TRACKING.match(p.partition("=")[0])))
    path = parts.path.rstrip("/")
    return urlunsplit(("", host, path.lower() if ".asp" in path.lower() else path, query, ""))


@dataclass(frozen=True)
class _Cited:
    """The sources' URLs as compared (_as_cited), and loosely (no "www." or "m."), each to the URL as written."""

    strict: dict[str, str]
    loose: dict[str, str]

    @classmethod
    def of(cls, urls) -> _Cited:
        urls = list(urls)
        return cls({_as_cited(u): u for u in urls}, {_as_cited(u, loose=True): u for u in urls})


def _external_problem(target: str, host: str, is_image: bool, cited: _Cited, pages) -> str | None:
    """A link out goes to an article the handbook lists as a source, which the reader also finds
    under the page's Sources; the same site's other pages do not. `pages`: the handbook's page keys."""
    if is_image:
        return f"Ảnh {target!r} lấy từ ngoài trang: mạng nội bộ không tải được; hãy bỏ ảnh này."
    if _own_address(host):
        try:
            parts = urlsplit(target.strip())
        except ValueError:
            parts = urlsplit("")
        # The handbook's page is the path's end that names one: a sub-path the site is served under
        # ("/so-tay/") is no part of it.
        segments = [seg for seg in re.sub(r"(?:^|/)index\.html?$", "", parts.path).split("/") if seg]
        key = next((k for k in ("/".join(segments[i:]) for i in range(len(segments))) if k in pages), None if segments else "")
        if key is None:
            return (f"Liên kết ‘{target}’ là một địa chỉ trong mạng nội bộ, nên người đọc ở nơi khác không mở được: bỏ liên "
                    "kết và mô tả bằng lời; trang của Sổ tay thì viết đường dẫn bắt đầu bằng /, ví dụ /huong-dan/sinh-hoat-thuong-ky/.")
        path = f"/{key}/" if key else "/"
        return (f"Liên kết ‘{target}’ là địa chỉ của Sổ tay trên máy của bạn hay trên mạng nội bộ, nên người đọc ở nơi khác "
                f"không mở được: viết đường dẫn bắt đầu bằng /, tức là: {path}{'#' + parts.fragment if parts.fragment else ''}.")
    if not re.match(r"^https?://", target.strip(), re.I) or _as_cited(target) not in cited.strict:
        same = cited.loose.get(_as_cited(target, loose=True))
        if same:
            return f"Liên kết ra ngoài {target!r}: nguồn đã khai viết địa chỉ bài này là {same}; viết đúng như vậy."
        return (f"Liên kết ra ngoài {target!r}: Sổ tay chỉ liên kết ra ngoài tới bài đã khai làm nguồn. Muốn dẫn bài này, "
                "thêm một tệp trong content/nguon có url là địa chỉ này (viết http:// hoặc https://) và ghi mã tệp ấy vào "
                "sources của trang; không thì bỏ liên kết. Trang trong Sổ tay viết bắt đầu bằng /.")
    return None


def _page_meant(target: str, anchors, own: str | None = None) -> str | None:
    """The page key a wrong link means, if it is plain: a file's name ("/huong-dan/x.md",
    "content/huong-dan/x.md", "/huong-dan/x/index.html"), a path relative to the page
    ("../x/"), capitals, a query, a path cut short, or a near typo."""
    from urllib.parse import urljoin

    written = target.partition("#")[0].partition("?")[0].strip().lower()
    path = re.sub(r"^/?content/", "", written)
    readings = [path]
    if own is not None and path == written and not path.startswith("/"):
        # A file's name is relative to the file's folder ("x.md" beside content/huong-dan/a.md), a
        # page's path to the page's address ("../x/" from /huong-dan/a/); either may also be the
        # site's path without its first "/" ("huong-dan/x/"), read second.
        # A file's name written from the page's address, as MkDocs' own links are ("../x.md" from
        # /huong-dan/a/), is read next.
        folder = own.rpartition("/")[0]
        if re.search(r"\.(?:md|yml)$", path):
            readings[:0] = [urljoin(f"/{folder}/", path), urljoin(f"/{own}/", path)]
        else:
            readings.insert(0, urljoin(f"/{own}/", path))
    readings = [re.sub(r"(?:/index)?\.(?:md|html?|yml)$", "", r.strip("/")).strip("/") for r in readings]
    for path in readings:
        if path in anchors:
            return path
    others = [key for key in anchors if key != own]
    for path in readings:
        # Cut short ("/huong-dan/hop-chi-uy/" for /huong-dan/hop-chi-uy-chuan-bi/): the one page it begins.
        near = meant(path, others, 0.85, cut_short="-")
        if near:
            return near
    return None


def _anchor_meant(anchor: str, known: set[str]) -> str | None:
    """The heading a wrong anchor means: typed with diacritics or capitals ("#Các-bước"), cut
    short ("#chang-2"), or a near typo."""
    slug = toc_slugify(anchor)
    if slug in known:
        return slug
    # Or typed longer than the heading ("#luu-y-quan-trong" for "## Lưu ý"), the words an editor
    # thought it said: the longest heading the anchor begins with.
    longer = [k for k in known if slug.startswith(k + "-")]
    # Or some of its words ("#thang-diem-cua-dia-phuong" for "## Ba thang điểm của địa phương để
    # tham khảo"): the one heading that holds them in that order, from a word's start.
    inside = [k for k in known if f"-{slug}-" in f"-{k}-"] if slug.count("-") >= 2 else []
    return (meant(slug, known, 0.8, cut_short="-") or (max(longer, key=len) if longer else None)
            or (inside[0] if len(inside) == 1 else None))


@site_pass
def link_rules(corpus, registry):
    from .safety import markdown_config

    config = markdown_config(corpus)
    anchors = site_anchors(corpus, registry, config)
    known = set(anchors)
    # A source whose file is being mended still stands for its article (Corpus.unloaded_source_urls).
    cited = _Cited.of([s.url for s in corpus.sources.values() if s.url] + sorted(corpus.unloaded_source_urls))
    problems = []
    pages = [(item.page_key, corpus.origin(item), isinstance(item, Form)) for item in corpus.items()]
    pages += [(key, origin, False) for key, origin in corpus.unloaded.items()]
    if corpus.vocab is not None:
        # Its labels are shown on section indexes and every page that names a category or audience.
        pages.append((None, corpus.origin(corpus.vocab), False))
    for own, origin, is_form in pages:
        written = frozenset(definitions_read(origin.text))  # the file's outside code, wherever the page reads them or not
        for span in spans(origin):
            if is_form:
                problems += [diag(origin.rel, *span.locate(offset), *problem) for offset, problem in _form_links(span.text, anchors, cited)]
                continue
            # Code, comments and raw blocks show a link as written: no page is reached from there,
            # so only the safety rule (H103) reads them.
            shown_as_written = verbatim_ranges(span.text)
            for m in _SPACED_LINK.finditer(span.text):
                if covers(shown_as_written, m.start()):
                    continue
                problems.append(diag(origin.rel, *span.locate(m.start()), "L101",
                                     "Giữa ] và ( có dấu cách nên đây không thành liên kết (trang hiện nguyên chữ và đường dẫn): "
                                     "viết liền, [chữ](/đường-dẫn/)."))
            for m in _GAPPED_REFERENCE.finditer(span.text) if written else ():
                if covers(shown_as_written, m.start()) or label_key(m.group(2)) not in written or label_key(m.group(1)) in written:
                    continue
                problems.append(diag(origin.rel, *span.locate(m.start()), "L101",
                                     f"Giữa ] và [{m.group(2)}] có hơn một dấu cách nên trang không đọc đây là một liên kết "
                                     f"(hiện nguyên dấu ngoặc): viết liền [chữ][{m.group(2)}], hoặc viết thẳng [chữ](/đường-dẫn/)."))
            problems += [diag(origin.rel, *span.locate(at), *problem) for at, problem in _titles_in_brackets(span.text, anchors, own)
                         if not covers(shown_as_written, at)]
            found = {}
            # At one place, the longest address read first ("Ghi biên bản sinh hoạt chi bộ và lưu trữ số" before the "Ghi" Markdown took of it).
            for offset, target, is_image, left in sorted(_read_targets(span.text, config, own, known, written),
                                                         key=lambda t: (t[0], -len(t[1]))):
                problem = (_told(left) or
                           _link_problem(target, is_image, own, anchors, cited, corpus.unloaded, covers(shown_as_written, offset)))
                if problem and offset not in found:  # told once where it is wrong for more than one reason
                    found.setdefault(offset, problem)
                    problems.append(diag(origin.rel, *span.locate(offset), *problem))
            # A link definition's address ("[bb]: https://…") is a link's, told above: not again as words.
            problems += [diag(origin.rel, *span.locate(at), *problem) for at, problem in _bare_addresses(span.text, cited)
                         if not covers(shown_as_written, at) and at not in found]
    return problems + _editors_guide_links(corpus, anchors, cited, config)


# "[Ghi biên bản và lưu trữ số]", "[[…]]": a page's title in brackets, as a wiki links one; not
# followed by an address, a reference or a definition's colon.
_QUOTATION = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")
_BRACKETED = re.compile(r"(?<![\\!\[\]])\[\[?([^\[\]\n]{3,200})\]\]?(?![\[(:]|\s\[)")  # "[…] [nhãn]" is a link too


def _titles_in_brackets(text: str, anchors: PageAnchors, own):
    """A page's title in brackets, which the page shows as typed (no reference defines it). Not a
    section's ("[Văn bản] số [số hiệu]" is a place to fill in, "chọn mục [Văn bản]" an app's menu),
    nor words inside a quotation (an editor's insertion), nor a title of fewer than three words."""
    if "[" not in text:
        return
    defined = set(link_definitions(text))
    quoted = [m.span() for m in _QUOTATION.finditer(text)]
    for m in _BRACKETED.finditer(text):
        key = anchors.titled(m.group(1), own)
        if key is None or "/" not in key or len(m.group(1).split()) < 3 or any(a <= m.start() < b for a, b in quoted):
            continue
        if label_key(m.group(1)) not in defined:
            yield m.start(), ("L101", f"‘{m.group()}’ không thành liên kết (trang hiện nguyên dấu ngoặc): viết "
                                      f"[{m.group(1).strip()}](/{key}/).")


# "Xem thêm tại https://xaydungdang.org.vn/…": an address written in the text, no link's or autolink's.
_BARE_ADDRESS = re.compile(r"(?<![(<\w/\"'=\[\]])https?://[^\s<>()\[\]\"']+")
_AFTER_ADDRESS = ".,;:!?*_”’…»)"  # marks glued to an address's end, which are none of it


def _bare_addresses(text: str, cited: _Cited):
    """An article's address written in the text: the page shows it as words, and the handbook names
    what it draws on in its sources (a source's own address passes)."""
    if "://" not in text:
        return
    for m in _BARE_ADDRESS.finditer(text):
        address = m.group().rstrip(_AFTER_ADDRESS)
        if external_host(address) and _as_cited(address) not in cited.strict:
            yield m.start(), ("L103", f"Địa chỉ ‘{address}’ viết trong bài: Sổ tay ghi bài mình dẫn vào nguồn. Thêm một tệp trong "
                                      "content/nguon có url là địa chỉ này và ghi mã tệp ấy vào sources của trang; trong bài chỉ "
                                      "cần nói tên bài hay tên báo.")


def _form_links(text: str, anchors: PageAnchors, cited: _Cited):
    """A form is shown as written, on its page and in its DOCX, as it is printed: a link there shows
    its brackets and address (and the copy's text held the address the build made of it)."""
    for offset, target, is_image in _targets(text):
        yield offset, (_link_problem(target, is_image, None, anchors, cited, {}, True) or
                       ("L101", f"Mẫu hiện nguyên chữ như khi in, không có liên kết: ‘{target}’ hiện cả dấu ngoặc và đường dẫn. "
                                "Viết tên trang bằng lời, ví dụ: xem trang “Ghi biên bản” của Sổ tay."))


_LEFT = ("L101", "Trang không đọc được liên kết viết thế này thành liên kết giữa các trang: viết cả liên kết trên một dòng, "
                 "không có dấu \\ trong đường dẫn, tiêu đề (nếu có) trong ngoặc kép: [chữ](/huong-dan/ten-trang/ \"tiêu đề\").")


def _told(left):
    """The problem _read_targets found itself, if any (`left`)."""
    return _LEFT if left is True else left or None


_SHOWN = ("L101", "Trang không đọc chỗ này là liên kết (dấu [ ] không khớp nhau, hoặc có dấu \\ trước [) nên hiện nguyên chữ và "
                  "đường dẫn: viết [chữ](/huong-dan/ten-trang/), hoặc bỏ đường dẫn nếu chỉ muốn hiện chữ.")


def _editors_guide_links(corpus, anchors: PageAnchors, cited: _Cited, config) -> list:
    """The editors' guide is published (bien-tap/): its links meet the content's rules, told at its
    own lines; a link to a host no source names passed the check, and the build refused it at
    bien-tap/index.md:1:1. A link made a symbolic link is E008's (sotay/safety.py)."""
    from .content import rel_path
    from .source import line_col

    path = corpus.editors_guide_file()
    if path is None:
        return []
    text = path.read_text(encoding="utf-8", errors="replace")
    rel, shown = rel_path(path, corpus.rel_base), verbatim_ranges(text)
    out = []
    for offset, target, is_image, left in sorted(_read_targets(text, config, "bien-tap", set(anchors))):
        problem = _told(left) or _link_problem(target, is_image, "bien-tap", anchors, cited, corpus.unloaded, covers(shown, offset))
        if problem:
            out.append(diag(rel, *line_col(text, offset), *problem))
    return out


def _link_problem(target: str, is_image: bool, own, anchors: PageAnchors, cited: _Cited, unloaded, as_written: bool) -> tuple[str, str] | None:
    """(code, message) of what is wrong with one link of a page (`own`: the page's key), or None.
    A link shown as written (in code, a comment, a raw block) reaches no page: only its scheme is
    checked, by the safety rule."""
    host = external_host(target)
    scheme = SCHEME.match(as_read(target))
    if scheme and scheme.group(1).lower() not in LINK_SCHEMES:
        if scheme.group(1).lower() in _SAFETY_SCHEMES:
            return None
        drive = re.match(r"(?:file:/*)?([A-Za-z]):", target.strip(), re.I)
        if len(scheme.group(1)) == 1 or scheme.group(1).lower() == "file":  # "C:\Users\...\anh.jpg", "file:///C:/…"
            where = f" (ổ {drive.group(1).upper()}:)" if drive else ""
            return ("H103", f"{'Ảnh' if is_image else 'Liên kết'} ‘{target}’ là một tệp trên máy của bạn{where}, "
                            "nên người đọc không mở được: Sổ tay không đăng ảnh hay tệp; bỏ nó đi và mô tả bằng lời.")
        return ("H103", f"Liên kết {target!r} dùng giao thức {scheme.group(1)}:, có thể mở thư mục chia sẻ hoặc "
                        "chương trình trên máy người đọc; chỉ dùng http://, https://, mailto: hoặc đường dẫn trong Sổ tay.")
    if as_written:
        return None
    if target.strip().startswith("\\\\"):  # "\\maychu\TaiLieu\…": a folder shared on the office's network
        return ("H103", f"Liên kết ‘{target}’ là một thư mục chia sẻ trong mạng của cơ quan, nên người đọc ở nơi khác không "
                        "mở được: Sổ tay không đăng tệp; bỏ liên kết và mô tả bằng lời.")
    if host is not None or scheme:  # another host, or mailto: and tel:
        message = host is not None and _external_problem(target, host, is_image, cited, anchors)
        if message:
            return ("L103", message)
        if not is_image:
            return None
    if is_image:  # an image "mailto:" or "tel:" is none either
        # Content has no place for image files: the reader would see a broken image.
        return ("L101", f"Ảnh {target!r}: sổ tay không chứa tệp ảnh nên ảnh sẽ không hiện; hãy bỏ ảnh này và mô tả bằng lời.")
    if target.startswith("#"):
        key, anchor = own, target[1:]
    elif target.startswith("/"):
        path, _, anchor = target.partition("#")
        key = path.strip("/")
        address = target.split()[0]
        if address != target.strip() and address.partition("#")[0].strip("/") in anchors:
            page, hashed, section = target.strip().partition("#")
            if hashed and section.strip():
                # "#Mẫu biên bản", "/…/ #mau-bien-ban": the section as its anchor is written, joined to the page.
                address = f"{page.strip()}#{toc_slugify(section.strip())}"
                return ("L101", f"Đường dẫn ‘{target}’ có dấu cách, nên trang không mở được mục đó: viết [chữ]({address}) "
                                "(tên mục viết thường, không dấu, nối bằng gạch ngang).")
            return ("L101", f"Đường dẫn ‘{target}’ có dấu cách, nên trang đọc cả phần sau dấu cách là đường dẫn: viết "
                            f"[chữ]({address}), hoặc đặt tiêu đề trong ngoặc kép, [chữ]({address} \"tiêu đề\").")
    elif _BARE_DOMAIN.match(target.strip()):
        return ("L101", f"Liên kết {target!r} thiếu https:// ở đầu: viết https://{target.strip()} (bài phải là một nguồn "
                        "đã khai trong content/nguon); trang trong Sổ tay viết bắt đầu bằng /.")
    elif target[:1] in _QUOTES and target.strip(_QUOTES).startswith(("/", "http")):
        return ("L101", f"Liên kết {target!r}: bỏ dấu ngoặc quanh đường dẫn, viết [chữ]({target.strip(_QUOTES)}).")
    elif not target.strip():
        return ("L101", "Liên kết để trống, [chữ](): viết đường dẫn trang trong ngoặc, bắt đầu bằng /, ví dụ "
                        "[Ghi biên bản](/huong-dan/ghi-bien-ban/).")
    else:
        meant = anchors.titled(target, own) or _page_meant(target, anchors, own) or anchors.begun(target, own)
        if meant:
            return ("L101", f"Liên kết {target!r}: hãy viết đường dẫn trang bắt đầu bằng /, ở đây: /{meant}/.")
        return ("L101", f"Liên kết {target!r}: hãy viết đường dẫn của trang muốn trỏ tới, bắt đầu bằng / (phần sau tên máy "
                        "trên thanh địa chỉ khi mở trang ấy, như /huong-dan/sinh-hoat-thuong-ky/).")
    if key in unloaded or key.rpartition("/")[0] in unloaded:
        return None  # the page exists; its own errors (or its library's) keep it out until they are fixed
    if key not in anchors and target.startswith("#"):
        return None  # the page itself makes none (a file named "index.md": its own S106 says why)
    if key not in anchors:
        meant = _page_meant(target, anchors)
        return ("L101", f"Không có trang {target.partition('#')[0]}." + (f" Có phải /{meant}/?" if meant else ""))
    if anchor and not anchors.holds(key, anchor):
        meant = _anchor_meant(anchor, anchors[key])
        if meant:
            hint = f" Có phải #{meant}?"
        else:  # nothing near: what the page has, for the editor to choose from
            listed = anchors.sections(key)
            hint = (f" Các mục lớn của trang: {', '.join('#' + a for a in listed[:_SECTIONS_LISTED])}"
                    f"{f' và {len(listed) - _SECTIONS_LISTED} mục nữa' if len(listed) > _SECTIONS_LISTED else ''}." if listed else "")
        return ("L102", f"Trang {f'/{key}/' if key else 'chủ (/)'} không có mục #{anchor}.{hint}")
    return None
