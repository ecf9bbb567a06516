"""Check pass: contributed content must not run code, at build time or in a browser.

Content from pull requests is untrusted. Template syntax ({{ }}, {% %})
could reach Jinja through mkdocs-macros, whose templates are not sandboxed;
raw HTML could carry scripts, event handlers, javascript:/data: URLs, styles
the site's Content-Security-Policy refuses, or tags that swallow the rest of
the page (<xmp>, <plaintext>); attr_list would put `{ onclick=... }` on an
element. So raw HTML is an allow-list: a few harmless tags and attributes in
Markdown bodies, none at all in YAML fields (titles and summaries reach the
theme's templates, which do not escape them). Every string of every content
file is scanned, identifiers included, with HTML entities decoded first so
`java&#115;cript:` is caught too. The editors' guide (CONTRIBUTING.md), which
the site publishes, is scanned the same way outside its code.
"""

from __future__ import annotations

import html
import re
import secrets
from pathlib import Path

from markdown.extensions.attr_list import get_attrs_and_remainder

from .browser_html import left_open, read_attributes
from .check import rule_pass
from .content import rel_path
from .diagnostics import diag
from .markdown_limits import (
    MAX_BACKTICKS_PER_LINE,
    MAX_BLOCK_MARKS,
    MAX_BRACKETS,
    MAX_DEPTH,
    MAX_EMPHASIS,
    MAX_TAGS,
    crowded_blocks,
    crowded_emphasis,
    past_markdown_limits,
    too_deep,
)
from .model import SampleAgenda, Topic
from .paths import ROOT
from .spans import spans
from .urls import BRACKETED_DEST
from .verbatim import blank_code, letter_code

TEMPLATE = re.compile(r"\{\{|\{%")
# Tags and attributes a Markdown body may use: text-level markup and layout, nothing that loads,
# links (Markdown's own links and images go through the link rules), styles or takes input.
ALLOWED_TAGS = {"abbr", "b", "blockquote", "br", "code", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption",
                "figure", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong",
                "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul"}
# Names a browser knows as tags (HTML's elements, old ones too): "<script ẽ>", "<section>" are
# told as tags; "<ngay>", "<tên chi bộ>" as places to fill in.
_TAG_NAMES = ALLOWED_TAGS | set(
    "a address applet area article aside audio base basefont bdi bdo bgsound big blink body button canvas caption center "
    "cite col colgroup data datalist dfn dialog dir embed fieldset font footer form frame frameset h1 h2 h3 h4 h5 h6 "
    "head header hgroup html iframe image img input isindex keygen label legend link listing main map marquee math menu "
    "meta meter nav nobr noembed noframes noscript object optgroup option output param picture plaintext portal progress "
    "rb rp rt rtc ruby samp script search section select slot source spacer strike style svg template textarea tfoot "
    "time title track tt var video wbr xmp".split())
ALLOWED_ATTRIBUTES = {"class", "id", "lang", "title", "markdown", "open", "colspan", "rowspan", "scope"}
# A tag name ends at a space, "/" or ">" ("<iframe/src=...>" is an iframe to a browser).
# "<v:imagedata src=...>" is a tag (its name holds a colon); "<https://...>", "<mailto:a@b>" are
# autolinks, whose scheme runs to the ">" with no space. The "/" takes the spaces after it:
# "<\s*(/?)\s*", two stars over one run of spaces, read it in time that grew with its square.
_TAG = re.compile(r"<(/)?([A-Za-z][A-Za-z0-9-]*(?::[A-Za-z][A-Za-z0-9-]*)?)(?![A-Za-z0-9-]*:[^\s>]*>)(?=[\s/>]|$)")
# Where no markup belongs (a YAML field: titles and tags reach the theme's templates and the search
# index as they are), a "<" before a letter is a tag to the browser, whatever follows: an
# autolink's shape ("<x:a:a/class=...>") too.
_RAW_TAG = re.compile(r"<(/)?([A-Za-z][^\s/>]*)")
_BRACKETED_DEST = re.compile(BRACKETED_DEST, re.M)
# A tag's attributes are read as a browser reads them (sotay/browser_html.py): `title=">" background=...`
# hides nothing, nor does a Unicode space before a quote. Every tag start is read on its own (a tag
# inside another's quotes still counts), each at most this far: with at most MAX_TAGS tags a text
# (E005 past it), a text is read in bounded time.
_ATTRIBUTES_MAX = 1000
# An id is the page's own anchor: lower-case letters, digits and dashes. Material keeps its
# settings and controls under ids like "__config" and "__search"; a page must not take them.
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
EVENT_HANDLER = re.compile(r"(?<![\w-])on[a-z]{3,}\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"(?<![\w-])style\s*=", re.I)  # also through attr_list: { style="..." }
# A link definition's target may follow on a quoted line ("> [r]:\n> data:..."): the quote marks count as space.
DANGEROUS_URL = re.compile(r"(?:javascript|vbscript|livescript)\s*:|(?:\]\(\s*|\][ \t]*:[\s>]*|<\s*|=[\s\"']*)data\s*:", re.I)
_INVISIBLE = re.compile(r"[\x00-\x20\u00ad\u200b-\u200f\u2060\ufeff]+")
# Comments hide nothing from the tag rules: browsers end a comment where a pattern may not
# ("--!>", "<!-->"), so a tag inside one counts. A comment must close the way browsers expect,
# or it hides the rest of the page; in a YAML field, where no markup belongs, none is allowed.
_COMMENT_START = re.compile(r"<!--")
_WELL_FORMED_COMMENT = re.compile(r"<!--(?!-?>)(?:(?!--!?>|<!--).)*?-->", re.S)
# attr_list sets any attribute on the element before it: "[x](/a){ href=... }", and a bare word is
# an attribute too ("{ hidden }"). Where it applies depends on the element (after an inline element,
# ending a heading, a block, a table cell, a list item...), and a stray "{" earlier on the line must
# not hide the real list after it: so every "{" is read as the start of a list, with attr_list's own
# parser, which stops at the first "}". Prose seldom holds braces; what it holds is told, not run.
# ("{{" and "{%" are templates, J101's.)
# A brace escaped with a backslash ("\\{") is text to Markdown; after an escaped backslash ("\\\\{") it is not.
_BRACE = re.compile(r"(?<![{\\])(?:\\\\)*\{(?![{%])")
_ATTR_LIST_MAX = 1000  # read no further from each "{"
_BLOCK_STOP = re.compile(r"[{\n]")


# Where a string that takes no markup stands, as the messages name it: a YAML field, or the points,
# paragraphs and table cells an outline's or an agenda's Markdown body holds (fields to the schema).
IN_FIELD = "trong trường này; chỉ viết chữ"


# "<?" and "<!" but a comment's "<!--": a processing instruction or a declaration to Markdown and
# to the browser, which take in everything up to the next ">" ("Ghi biên bản <? và lưu trữ số" in a
# title swallowed the page's anchors and failed the build with errors about them).
# So does "</" before what is no letter ("Trang </1 mới"): the browser reads a comment up to the next ">".
_DECLARATION = re.compile(r"<[?!](?!--)|</(?![A-Za-z>])")


def _comment_hits(decoded: str, markup_allowed: bool, where: str = IN_FIELD):
    # In a body Markdown writes a lone "<!" or "<?" as text; in a field the page puts it as it is.
    for m in _DECLARATION.finditer(decoded) if not markup_allowed else ():
        yield m.start(), "H101", (f"Trình duyệt đọc {m.group()!r} là chỗ mở đầu một khai báo HTML, nuốt mất phần sau tới dấu '>': "
                                  "viết dấu < cách ký tự sau nó một dấu cách, hoặc bỏ đi.")
    for m in _COMMENT_START.finditer(decoded):
        if not markup_allowed:
            yield m.start(), "H101", f"Chú thích HTML (<!--) không được dùng {where}."
        elif not _WELL_FORMED_COMMENT.match(decoded, m.start()):
            yield m.start(), "H101", "Chú thích HTML phải đóng bằng --> và không chứa '--!>' hay '<!--'; nếu không, nó che mất phần sau của trang."


def id_problem(value: str, as_written: bool = True) -> str | None:
    """A message for an id that is no slug, or None. `as_written`: a value from a source, whose
    quotes and surrounding spaces are not the id's."""
    if as_written:
        value = value.strip().strip("\"'")
    if _ID.fullmatch(value):
        return None
    if not value:
        # "{#" in prose: attr_list reads a list that sets an empty id.
        return ("Dấu '{#' mở một danh sách thuộc tính đặt id (mã định danh) cho dòng này, mà id để trống: trong câu chữ, "
                "viết '\\{' thay cho '{', hoặc dùng dấu ngoặc khác.")
    return f"Mã định danh (id) {value!r} không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang."


_TAG_IN_VALUE = re.compile(r"<[A-Za-z/!?]")


def _attr_list_hits(decoded: str):
    for brace in _BRACE.finditer(decoded):
        start = brace.end()
        # Up to the next "{" at most: what follows it is that brace's to read, so each character is
        # read once, however many braces a line holds.
        stop = _BLOCK_STOP.search(decoded, start, start + _ATTR_LIST_MAX)
        body = decoded[start:stop.start() if stop else start + _ATTR_LIST_MAX]
        lead = len(body) - len(body.lstrip(": "))
        attrs, _ = get_attrs_and_remainder(body[lead:])
        for key, value in attrs:  # the first problem of each list: one is enough to refuse it
            attr = key.lower()
            if attr == "id":
                problem = id_problem(value or "")
                if problem:
                    yield start, "H104", problem
                    break
            elif attr not in ALLOWED_ATTRIBUTES and attr not in (".", ":") and not attr.startswith("on") and attr != "style":
                yield (start, "H104", f"Thuộc tính {key!r} đặt bằng {{ ... }} không được phép (dấu {{ mở một danh sách "
                                      "thuộc tính; trong câu chữ, hãy dùng dấu ngoặc khác).")
                break
            elif value and _TAG_IN_VALUE.search(value):
                # Markdown puts a tag in the value back on the page as written ({: title="<i>y</i>
                # 88-AB/CDE </div>" }), and its ">" hid the value from the pass that keeps codes on
                # one line, whose quotes then ended it and closed the page's frame. A "<" or ">"
                # that is no tag ("điểm > 5") is escaped, and stays.
                yield start, "H104", f"Giá trị thuộc tính {key!r} đặt bằng {{ ... }} có thẻ HTML: hãy viết bằng lời."
                break


def _field_brace_hits(decoded: str, where: str):
    """A field that takes no markup takes no attribute list either, of any attribute: the page sets
    a title or a point as a heading, a row's text in a table cell, where "{: .sotay-copy
    data-sotay-copy=... }" applies (rendered alone, as a paragraph, it did not), and put an
    invisible copy button of its own over the page's."""
    for brace in _BRACE.finditer(decoded):
        yield brace.start(), "H104", (f"Dấu {{ mở một danh sách thuộc tính, không dùng {where}. Hãy dùng dấu ngoặc khác: "
                                      "( ) hoặc [ ].")


def _tag_hits(decoded: str, markup_allowed: bool, where: str = IN_FIELD):
    opened = set()  # tags reported where they open: their closing tags are the same problem
    addresses = None  # where a link's address opens with "<", read once a body has a tag's shape
    for m in (_TAG if markup_allowed else _RAW_TAG).finditer(decoded):
        name = m.group(2).lower()
        if m.group(1) and name in opened:
            continue
        if markup_allowed:
            if addresses is None:
                addresses = {a.start(1) if a.group(1) else a.start(2) for a in _BRACKETED_DEST.finditer(decoded)}
            if m.start() in addresses:
                continue
        opened.add(name)
        if not markup_allowed:
            yield m.start(), "H101", f"Thẻ HTML <{m.group(1) or ''}{name}> không được dùng {where}."
        elif name not in ALLOWED_TAGS:
            # Told inside code too (a reading of code that differs from Markdown's would let one through):
            # the editor is told how to name the tag instead.
            yield m.start(), "H101", (f"Thẻ HTML <{name}> không nằm trong danh sách được phép, kể cả trong mã; muốn nhắc tới "
                                      f"nó thì viết tên không kèm dấu < >, ví dụ: thẻ {name}.")
        else:
            start = m.end()
            stop, attributes, _ = read_attributes(decoded, start, start + _ATTRIBUTES_MAX)
            if stop - start >= _ATTRIBUTES_MAX:
                # Read no further (linear time): a tag this long is not a text-level tag's.
                yield m.start(), "H104", f"Thẻ <{name}> dài quá {_ATTRIBUTES_MAX} ký tự; hãy viết ngắn lại."
                continue
            for attr, value, at in attributes:
                attr = attr.lower()
                if attr not in ALLOWED_ATTRIBUTES and not attr.startswith("on") and attr != "style":
                    yield at, "H104", f"Thuộc tính {attr!r} của thẻ <{name}> không được phép."
                elif attr == "id" and (problem := id_problem(value or "")):
                    yield at, "H104", problem
                elif value and ("<" in value or ">" in value):
                    # Later steps that read the page's text (codes kept on one line) take a ">"
                    # there for the tag's end.
                    yield at, "H104", f"Giá trị thuộc tính {attr!r} của thẻ <{name}> có dấu < hoặc >: hãy viết bằng lời."




# Python-Markdown reads a line of many "[" in time that grows with its square (a line of 20,000
# took the build two minutes): no real line holds this many.
MAX_BRACKETS_PER_LINE = 200


# "<tên chi bộ>", "<Ten chi bo>": a place to fill in, written in angle brackets as forms often are.
# A browser reads a tag wherever "<" comes before an ASCII letter, and the editor was told of tags,
# attributes and elements left open, none of which they meant. A name HTML knows is a tag's; any
# other, with no attribute's "=" or quotes, is a place to fill in, told once with what to write
# instead. Shown as written in code, and an address ("<https://…>", a link's "<C:\…>", the mail
# address Markdown links, "<ban@x.vn>") is none.
_PLACEHOLDER = re.compile(r"<([A-Za-z][^<>\n=\"']{0,80})>")
_TAG_NAME_OF = re.compile(r"[\s/]")  # a tag's name ends at a space or "/" ("<script/>")
_ADDRESS = re.compile(r"://|^[A-Za-z]:[\\/]|^(?:mailto|tel):|^[^<> !]+@[^@<> ]+$", re.I)


def _placeholders(text: str) -> list[tuple[int, int]]:
    if "<" not in text:
        return []
    shown = blank_code(text)
    found = [m for m in _PLACEHOLDER.finditer(shown)
             if not _ADDRESS.search(m.group(1)) and _TAG_NAME_OF.split(m.group(1), 1)[0].lower() not in _TAG_NAMES]
    if found:  # a link's address in angle brackets ("[a](<huong-dan/>)") is none either
        addresses = {a.start(1) if a.group(1) else a.start(2) for a in _BRACKETED_DEST.finditer(shown)}
        found = [m for m in found if m.start() not in addresses]
    return [m.span() for m in found]


def _outside(hits, holes: list[tuple[int, int]]):
    return (hit for hit in hits if not any(start <= hit[0] < end for start, end in holes))


def _crowded_lines(text: str):
    start = 0
    for line in text.split("\n"):
        if line.count("[") > MAX_BRACKETS_PER_LINE:
            yield start, "E005", f"Một dòng có hơn {MAX_BRACKETS_PER_LINE} dấu '[': hãy xuống dòng hoặc viết ngắn lại."
        start += len(line) + 1


def _hits(text: str, markup_allowed: bool = True, attr_lists: bool = True, where: str = IN_FIELD):
    if text.count("[") > MAX_BRACKETS_PER_LINE:
        yield from _crowded_lines(text)
    if text.count("<") > MAX_TAGS:
        yield _nth(text, "<", MAX_TAGS + 1), "E005", f"Có hơn {MAX_TAGS} dấu '<' (thẻ HTML): hãy viết bằng Markdown hoặc chia trang."
    if text.count("[") > MAX_BRACKETS:
        yield _nth(text, "[", MAX_BRACKETS + 1), "E005", f"Có hơn {MAX_BRACKETS} dấu '[' (liên kết): hãy chia trang."
    if (deep := too_deep(text)) is not None:
        yield deep, "E005", f"Trích dẫn (>), danh sách, khung ghi chú hoặc thẻ HTML lồng nhau quá {MAX_DEPTH} tầng: hãy viết phẳng hơn."
    if (blocks := crowded_blocks(text)) is not None:
        yield blocks[0], "E005", (f"Có hơn {MAX_BLOCK_MARKS} dòng mở tiêu đề, khung ghi chú hoặc khối mã: hãy chia trang."
                                  if blocks[1] == "blocks" else
                                  f"Một dòng có hơn {MAX_BACKTICKS_PER_LINE} dấu '`': hãy xuống dòng hoặc viết ngắn lại.")
    if (crowded := crowded_emphasis(text)) is not None:
        yield crowded, "E005", (f"Chữ đậm, chữ nghiêng (dấu '*', '_') mở lồng nhau quá {MAX_EMPHASIS} lớp trong một đoạn: "
                                "hãy đóng mỗi chỗ đậm, nghiêng ngay sau chữ của nó.")
    decoded, offsets = decoded_with_offsets(text)
    # Hits in the decoded text are told where the source has them: after "&amp;" ten times a tag
    # was told two lines early.
    at = offsets.__getitem__ if offsets else None
    # Read in the text as written ("&lt;tên chi bộ&gt;" is text on the page, and no problem).
    holes = _placeholders(text) if text.count("<") <= MAX_TAGS else []
    for start, end in holes:
        yield start, "H101", (f"{text[start:end]!r} bị đọc như một thẻ HTML (dấu < đứng trước chữ cái). Chỗ cần điền "
                              f"hãy viết trong ngoặc vuông: [{text[start + 1:end - 1].replace(chr(92), '')}]; nếu là dấu 'nhỏ hơn', để một "
                              "dấu cách sau nó hoặc viết 'dưới'.")
    yield from _mapped(_decoded_hits(text, decoded, holes, markup_allowed, attr_lists, where), at)
    if offsets:
        # Outside code, which the page shows as written ("`&#8238;`" names the entity, harmlessly).
        shown, shown_at = decoded_with_offsets(blank_code(text)) if markup_allowed else (decoded, offsets)
        for m in _CONTROL_DECODED.finditer(shown):
            hidden = m.group() in "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
            yield (shown_at[m.start()] if shown_at else m.start()), "E010" if hidden else "E006", (
                f"Ký tự {'vô hình' if hidden else 'điều khiển'} U+{ord(m.group()):04X} viết dạng thực thể HTML (&…;): ký tự này "
                f"{'ẩn trên trang' if hidden else 'đảo chiều hoặc ẩn chữ trên trang'}. Hãy bỏ nó.")


def _mapped(hits, at):
    return hits if at is None else ((at(pos), code, message) for pos, code, message in hits)


# An entity html.unescape reads: the pattern of Python's own (html._charref), each match decoded alone.
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def decoded_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """html.unescape(text), and where in `text` each of its characters (and its end) comes from;
    None where no entity changed anything."""
    if "&" not in text:
        return text, None
    parts, offsets, last = [], [], 0
    for m in _CHARREF.finditer(text):
        written = m.group()
        decoded = html.unescape(written)
        parts += [text[last:m.start()], decoded]
        offsets += range(last, m.start())
        # What the decoding leaves as written keeps its place: all of "&word" that names no entity,
        # the "it;" of "&notit;" (read as "¬it;"). The rest is where its "&" is.
        kept = 0
        while kept < min(len(decoded), len(written)) and decoded[-1 - kept] == written[-1 - kept] \
                and (decoded == written or kept < len(decoded) - 1):
            kept += 1
        offsets += [m.start()] * (len(decoded) - kept) + list(range(m.end() - kept, m.end()))
        last = m.end()
    parts.append(text[last:])
    offsets += range(last, len(text) + 1)
    return "".join(parts), offsets


# What E006 and E010 refuse in a file, written as an entity ("&#8238;" turned "gnp.exe" into
# "exe.png"; "&shy;", "&#8203;", "&zwj;" hide as their characters do).
_CONTROL_DECODED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff"
                              r"\u00ad\u200b-\u200f\u2060\ufeff]")


def _decoded_hits(text: str, decoded: str, holes: list, markup_allowed: bool, attr_lists: bool, where: str):
    for m in TEMPLATE.finditer(decoded):
        yield m.start(), "J101", (f"Không viết {m.group()!r} trong nội dung: công cụ dựng trang đọc ‘{{{{’ và ‘{{%’ là lệnh. "
                                  "Muốn chừa chỗ để điền thì viết [..] hoặc ……; muốn giữ dấu ngoặc nhọn thì viết cách ra: "
                                  "‘{ {’, ‘{ %’.")
    yield from _comment_hits(decoded, markup_allowed, where)
    if text.count("<") <= MAX_TAGS:  # past it, told as E005 above: each tag is read up to _ATTRIBUTES_MAX
        # Other rules' hits inside a place to fill in are left out only where the text has no entity:
        # decoded, a tag and its entities may shrink into a place's shape ("<script/ &amp;…>") and hide.
        yield from _outside(_tag_hits(decoded, markup_allowed, where), holes if text == decoded else [])
    if attr_lists:  # not over YAML syntax, whose flow mappings look like them
        yield from (_attr_list_hits(decoded) if markup_allowed else _field_brace_hits(decoded, where))
    for m in EVENT_HANDLER.finditer(decoded):
        yield m.start(), "H102", f"Thuộc tính sự kiện {m.group().strip()!r} không được phép (chạy mã trong trình duyệt)."
    for m in STYLE_ATTRIBUTE.finditer(decoded):
        yield m.start(), "H104", "Thuộc tính style không được phép (chính sách bảo mật của trang chặn nó); dùng định dạng Markdown."
    # Obfuscated schemes ("java\nscript:", "jav&#x09;ascript:") after removing invisible characters.
    # Mapped back only once a string has a hit: every string has spaces, few have a hit.
    squeezed, kept = _INVISIBLE.sub("", decoded), None
    for m in DANGEROUS_URL.finditer(squeezed):
        if kept is None:
            kept = [i for i, ch in enumerate(decoded) if not _INVISIBLE.fullmatch(ch)]
        scheme = re.search(r"[a-z]+\s*:$", m.group(), re.I)  # "](data:" is reported at "data:"
        yield (kept[m.start() + scheme.start()], "H103",
               f"Địa chỉ bắt đầu bằng {scheme.group().replace(' ', '')!r} không được phép (chạy mã hoặc nhúng tệp vào trang).")


# A note's first line names its classes ("!!! note"): "!!! md-dialog md-dialog--active" put a
# fixed "copied" notice of the site's own over the page. Markdown reads one with no space after
# the marks, in a list's item, in a quotation: any "!!!" or "???" may open one.
_NOTE_MARK = re.compile(r"!!!|\?\?\?")


def _rendered_hits(text: str, rendered: str):
    """What the site's Markdown makes of a string that may set attributes or hold a tag ("{", "<"),
    read as a browser reads HTML: the source patterns above cannot follow every turn Markdown
    takes (tabs, escapes, an entity that is a quote to them and none to the browser, inline HTML
    inside an attribute value, a list longer than they read). Reported where the value first
    stands after the string's first "{" or "<", else there."""
    from .rendered import content_problems

    note = _NOTE_MARK.search(text)
    seen, first = set(), min(i for i in (text.find("{"), text.find("<"), note.start() if note else -1) if i >= 0)
    for value, code, message in content_problems(rendered):
        if message not in seen:
            seen.add(message)
            at = text.find(value, first) if value else -1
            yield (at if at >= 0 else first), code, message


# The page's own sections follow a body (its sources, what cites it): rendered after a body, this
# heading must still come out as a heading, with nothing of the body left open around it.
_AFTER_BODY = "SOTAYAFTERBODY"


def _body_end_hits(text: str, rendered: str, marker: str):
    """A body that leaves something open (a tag without its ">", a comment, a <details>, a raw
    block Markdown reads on into what follows) takes in the page's own sections after it: its
    sources shown closed, as raw text, or not at all. Read in what the site's Markdown makes of it,
    as a browser reads HTML (sotay/browser_html.py)."""
    heading = re.search(rf"<h2\b[^>]*>{marker}", rendered)
    opened = left_open(rendered, heading.start()) if heading else None
    if heading and not opened:
        return
    kind, name = opened or ("raw", "")
    what = {"comment": "Chú thích HTML <!-- không có --> đóng",
            "tag": f"Thẻ {name} không có dấu > đóng (hay một dấu nháy trong thẻ chưa đóng)",
            "element": f"Thẻ <{name}> không có thẻ </{name}> đóng",
            "stray": f"Thẻ đóng </{name}> không có thẻ mở tương ứng (nó đóng phần khung của trang quanh nội dung)",
            "raw": "Một khối HTML chưa đóng (thẻ đóng, hay một dòng trống sau khối)"}[kind]
    where = text.lower().rfind({"element": "<", "stray": "</"}.get(kind, "") + name) if name else -1
    yield (where if where >= 0 else max(text.find("<"), 0)), "H105", f"{what}: phần sau của trang (mục Nguồn...) bị nuốt vào nó."


def _nth(text: str, char: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = text.find(char, at + 1)
    return at


def _span_problems(origin, span, config: Path | None = None, where: str = IN_FIELD):
    """Diagnostics of one string, located in increasing order (the locator walks forward)."""
    text = span.text
    markup_allowed = span.path == ("body",)
    found = set(_hits(text, markup_allowed, where=where))
    # What the site's Markdown makes of it, unless it is past what Markdown reads in good time.
    if (config is not None and ("{" in text or "<" in text or "!!!" in text or "???" in text)
            and not any(code == "E005" for _, code, _ in found)):
        from .rendered import render

        # Rendered once, a body with a heading after it, as its page's own sections follow it; the
        # heading's words are new each time, so that a body cannot write them first.
        after = markup_allowed and "<" in text
        marker = f"{_AFTER_BODY}{secrets.token_hex(6).upper()}"
        rendered = render(f"{text}\n\n## {marker}\n" if after else text, str(config))
        # Told from the source already, a tag or attribute is not told again as the page has it.
        if not any(code in ("H101", "H102", "H104") for _, code, _ in found):
            found |= set(_rendered_hits(text, rendered))
        if after:
            found |= set(_outside(_body_end_hits(text, rendered, marker), _placeholders(text)))
    found = sorted(found)
    out = []
    for offset, code, message in found:
        line, col = span.locate(min(offset, len(span.text) - 1))
        out.append(diag(origin.rel, line, col, code, message))
    return out


def markdown_config(corpus) -> Path | None:
    """The site's Markdown as mkdocs.yml declares it: the project's beside its content folder."""
    return next((p for p in (corpus.root.parent / "mkdocs.yml", ROOT / "mkdocs.yml") if p.is_file()), None)


@rule_pass
def safety_rules(corpus, registry):
    problems = []
    config = markdown_config(corpus)
    # Sources and the vocabulary are shown in pages too (titles, labels): each of their strings is
    # checked as a page's are.
    scanned = [*corpus.items(), *corpus.sources.values(), *([corpus.vocab] if corpus.vocab is not None else [])]
    for item in scanned:
        origin = corpus.origin(item)
        # An outline's or an agenda's Markdown body is read into fields (points, paragraphs, table
        # cells), which take no markup, and is scanned whole too (for what no field holds): a tag in
        # a point is told once, as the field's, in the words of what the editor wrote.
        body_fields = type(item) in BODY_FIELDS and origin.body_line
        told = set()
        for span in spans(origin, include_keys=True):
            in_body = body_fields and span.path != ("body",) and origin.located.pos(span.path)[0] >= origin.body_line
            found = _span_problems(origin, span, config, BODY_FIELDS[type(item)] if in_body else IN_FIELD)
            if body_fields and span.path == ("body",):
                found = [d for d in found if (d.line, d.col, d.code) not in told]
            told |= {(d.line, d.col, d.code) for d in found}
            problems += found
        for path, (line, col) in origin.located.key_at.items():
            if path[-1] in MACRO_KEYS:
                problems.append(diag(origin.rel, line, col, "J102", f"Trường {path[-1]!r} bật mẫu Jinja cho trang; nội dung không được dùng."))
    # Files that did not load: their whole text, and a Markdown file's as the site renders it (a
    # reserved class in a tag was told only once the file's schema error was mended).
    loaded = {corpus.origin(item).rel for item in scanned}
    for rel, text in corpus.texts.items():
        if rel not in loaded:
            problems += _rendered_too(text, rel, scan_raw(text, rel), config) if rel.endswith(".md") else scan_raw(text, rel)
    problems += _editors_guide(corpus.editors_guide, corpus.rel_base, config)
    return problems


BODY_FIELDS = {Topic: "trong đề cương chuyên đề: các ý và đoạn văn chỉ viết chữ",
               SampleAgenda: "trong chương trình mẫu: các ô của bảng và các lưu ý chỉ viết chữ"}



_SETS_CLASSES = re.compile(r"\{|!!!|\?\?\?|<(?!!--)")


def _editors_guide(path: Path, rel_base, config: Path | None = None) -> list:
    """The guide is published in the site: the same rules outside its code, where examples are shown,
    not run; and what the site's Markdown makes of it, read as a browser reads it (a note or an
    attribute list giving Material's "md-dialog md-dialog--active" passed the check)."""
    from .source import read_text

    rel = rel_path(path, rel_base)
    if path.is_symlink():
        # Published as it reads: a link to /proc/self/environ put the build's environment in the site.
        return [diag(rel, 1, 1, "E008", "Liên kết tượng trưng (symlink): hướng dẫn biên tập phải là tệp thật.")]
    if not path.is_file():
        return []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Saved in another encoding: told as content is (its other rules would read its examples).
        return read_text(raw, rel)[1]
    # Written over, not removed: every line keeps its number (in letters, not spaces, so that code
    # opening a line is no indentation).
    shown = letter_code(text)
    return _rendered_too(text, rel, scan_raw(shown, rel), config, shown)


def _rendered_too(text: str, rel: str, found: list, config: Path | None, shown: str | None = None) -> list:
    """`found`, and what the site's Markdown makes of `text`, read as a browser reads it, where
    markup sets classes (a tag, an attribute list, a note: a comment sets none)."""
    shown = text if shown is None else shown
    if config is None or any(d.code in ("H101", "H104") for d in found) or not _SETS_CLASSES.search(shown) \
            or past_markdown_limits(text):  # nested past what Markdown reads (E005): not rendered
        return found
    from .rendered import content_problems, render
    from .source import line_col

    for value, code, message in content_problems(render(text, str(config))):
        found.append(diag(rel, *line_col(text, _set_at(shown, value)), code, message))
    return found


def _set_at(shown: str, value: str) -> int:
    """Where a value the rendered guide holds (a class) is set in it: the whole word, outside code,
    first on a line that sets attributes (an attribute list, a tag, a note), else first anywhere
    ("mermaid" in a sentence before the "{: .mermaid }" that sets it)."""
    places = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(value) + r"(?![\w-])", shown)]
    setting = [at for at in places if _SETS_CLASSES.search(shown[shown.rfind("\n", 0, at) + 1:at])]
    return (setting or places or [0])[0]


MACRO_KEYS = ("render_macros", "ignore_macros")
_MACRO_KEY = re.compile(r"^\s*(render_macros|ignore_macros)\s*:", re.M)


def scan_raw(text: str, rel: str) -> list:
    """The same rules over a whole file's text: files that failed to load (they are still hostile),
    the editors' guide. A YAML file holds no markup at all; a Markdown file may in its body."""
    from .source import line_col

    markup_allowed = rel.endswith(".md")
    found = [diag(rel, *line_col(text, offset), code, message)
             for offset, code, message in sorted(_hits(text, markup_allowed, attr_lists=markup_allowed))]
    found += [diag(rel, *line_col(text, m.start(1)), "J102", f"Trường {m.group(1)!r} bật mẫu Jinja cho trang; nội dung không được dùng.")
              for m in _MACRO_KEY.finditer(text)]
    return found
