"""What the site's Markdown makes of contributed text, read as a browser reads it.

The content check reads Markdown source; Python-Markdown reads it differently in places a
pattern cannot follow (tabs turned to spaces, escapes and entities set aside, inline HTML pasted
back into an attr_list value). So the attributes a page finally carries are checked in the HTML
itself: in every rendered page during the build, and, in the check, in what the site's Markdown
makes of each string that could set attributes (one holding "{").
"""

from __future__ import annotations

import functools
import html
import re

from .browser_html import read_attributes, unquoted
from .render.cardtables import ALIGN_CLASSES
from .safety import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, id_problem

# What the site's Markdown makes of content's own text besides what content may write: links and
# images, list numbering and a table cell's label on a phone (sotay/render/cardtables.py, which also
# turns a column's alignment into a class: no style is the site's Markdown's own).
CONTENT_ATTRIBUTES = ALLOWED_ATTRIBUTES | {"href", "src", "alt", "start", "data-sotay-label"}
# What the handbook's own pages carry besides: the download bar (sotay/export/actions.py), whose
# download names and copied text content must never set (an attribute list once renamed a
# download "chuong-trinh.bat" and put a copy bar of its own on a page).
RENDERED_ATTRIBUTES = CONTENT_ATTRIBUTES | {"type", "download", "data-sotay-copy", "data-sotay-html", "data-sotay-md",
                                            "data-search-exclude", "role", "aria-label", "aria-describedby"}
# The tags content's Markdown makes, besides the raw tags it may write: links, images, headings.
CONTENT_TAGS = ALLOWED_TAGS | {"a", "img", "h1", "h2", "h3", "h4", "h5", "h6"}
# Classes the site's script and styles act on ("sotay-actions", "sotay-copy", Material's "md-..."):
# content may not take them, but for the one its own tables get on a phone. "mermaid" on a <pre>
# makes Material's bundle fetch Mermaid from unpkg.com (blocked by the policy on the intranet, but
# not under `mkdocs serve`, an editor's preview).
RESERVED_CLASS = re.compile(r"(?:sotay|md)-[\w-]*|mermaid")
_MARKDOWN_CLASSES = {"sotay-cards"}
# The reserved classes the handbook's own markup puts in a page's content: its action bars, print
# marks, registry tables and cards. Any other in a built page ("md-dialog md-dialog--active", a
# fixed notice in the site's own style) came from content by a path the check missed.
OWN_CLASSES = {"md-button", "sotay-actions", "sotay-actions-hint", "sotay-agenda", "sotay-agenda-note", "sotay-cards", "sotay-code",
               "sotay-column-break", "sotay-copy", "sotay-doc", "sotay-facts", "sotay-form", "sotay-form-actions",
               "sotay-keywords", "sotay-library", "sotay-paper", "sotay-paper-heading", "sotay-paper-kind", "sotay-paper-letterhead", "sotay-paper-line",
               "sotay-paper-name", "sotay-paper-open", "sotay-paper-party", "sotay-paper-point", "sotay-paper-recipient",
               "sotay-paper-rule", "sotay-paper-signatures", "sotay-paper-sub", "sotay-paper-subject", "sotay-paper-to",
               "sotay-part", "sotay-print", "sotay-print-doc", "sotay-print-only", "sotay-print-part-doc", "sotay-printed",
               "sotay-registry", "sotay-screen-only", "sotay-search-link", "sotay-short", *ALIGN_CLASSES}
# Ids of headings and anchors: lower-case, digits, "-" and "_" (the table of contents numbers a
# repeated heading "ban-bi-thu_1"); never Material's own ("__config", "__search").
_RENDERED_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")


# A start tag, then its attributes as a browser reads them (quotes respected, so a ">" or a "<"
# inside a value neither ends the tag nor hides what follows), without reading the text between
# tags.
_TAG_START = re.compile(r"<([a-zA-Z][^\t\n\r\f />\x00]*)")


def attributes(page_html: str) -> list[tuple[str, str, str]]:
    """(tag, attribute, value) for every attribute of every start tag, values decoded. Each tag is
    read once, as a browser reads it, and the reading goes on after it; a value that holds a "<"
    before a letter is read for tags too (more than a browser reads, never less), so a page is
    read in time linear in its length (reading on from every "<" read a page of `"<b "` values
    once for every tag before it: a minute and 5 GB)."""
    out: list[tuple[str, str, str]] = []
    _read_tags(page_html, out)
    return out


def _read_tags(text: str, out: list) -> None:
    pos = 0
    while (m := _TAG_START.search(text, pos)) is not None:
        if text.startswith(">", m.end()):  # most tags have no attribute: "<p>", "<li>"
            pos = m.end() + 1
            continue
        tag = m.group(1).lower()
        pos, found, _ = read_attributes(text, m.end())
        for name, value, _ in found:
            value = unquoted(value)
            out.append((tag, name.lower(), html.unescape(value)))
            if "<" in value:
                _read_tags(value, out)
        pos = max(pos, m.end())


def tags(page_html: str) -> set[str]:
    return {m.group(1).lower() for m in _TAG_START.finditer(page_html)}


def content_problems(rendered: str) -> list[tuple[str, str, str]]:
    """(value, code, message) for what content's own text, rendered by the site's Markdown, may
    not make: a tag or an attribute only the site's markup has, a class its script acts on."""
    found = attributes(rendered)
    out = [("<" + tag, "H101", f"Thẻ HTML <{tag}> không nằm trong danh sách được phép.") for tag in sorted(tags(rendered) - CONTENT_TAGS)]
    out += attribute_problems(found, CONTENT_ATTRIBUTES)
    for _, name, value in found:
        if name == "class":
            out += [(c, "H104", f"Lớp {c!r} dành cho giao diện của Sổ tay (nút sao chép, tải về...): nội dung không được dùng.")
                    for c in value.split() if RESERVED_CLASS.fullmatch(c) and c not in _MARKDOWN_CLASSES]
    return out


def page_markup_problems(found) -> list[tuple[str, str, str]]:
    """(value, code, message) for a built page's classes and ids: no class the site's script and
    styles act on but its own markup's, and no id twice (an editor's id="nguon" took the link to
    the page's sources)."""
    out, ids = [], set()
    for tag, name, value in found:
        if name == "class":
            out += [(c, "H104", f"Trang có lớp {c!r} trên thẻ <{tag}>: lớp này dành cho giao diện của Sổ tay.")
                    for c in value.split() if RESERVED_CLASS.fullmatch(c) and c not in OWN_CLASSES]
        elif name == "id":
            if value in ids:
                out.append((value, "H104", f"Trang có hai phần tử cùng mã định danh (id) {value!r}: liên kết tới nó chỉ tới một."))
            ids.add(value)
    return out


def attribute_problems(found, allowed=RENDERED_ATTRIBUTES) -> list[tuple[str, str, str]]:
    """(value, code, message) for every attribute a rendered page may not carry."""
    out = []
    for tag, name, value in found:
        if name not in allowed:
            out.append((value or name, "H104", f"Trang có thuộc tính {name!r} trên thẻ <{tag}> (đặt bằng {{ ... }} hoặc HTML): "
                                                "không được phép."))
        elif name == "id" and not _RENDERED_ID.fullmatch(value):
            # As rendered: the quotes and spaces a source may put around an id are part of this one
            # (" x" read as "x" was no problem, and a message of None crashed the build).
            out.append((value, "H104", id_problem(value, as_written=False)))
    return out


@functools.lru_cache(maxsize=1)
def site_markdown(config_path: str):
    """A Markdown converter with the extensions of the site's mkdocs.yml (its one declaration)."""
    import markdown

    from .site_config import named_list, read

    extensions = named_list(read(config_path).get("markdown_extensions"))
    return markdown.Markdown(extensions=list(extensions), extension_configs=extensions)


def render(text: str, config_path: str) -> str:
    return site_markdown(config_path).reset().convert(text)


_TAGS = re.compile(r"<[^<>]*>")


def shown_text(page_html: str) -> str:
    """What a reader sees of rendered HTML: its text, tags out and entities decoded (what the
    page shows as typed, "[a][b]" or "3*2", can be looked for in it)."""
    return html.unescape(_TAGS.sub("", page_html))
