"""Check pass: contributed content must not run code, at build time or in a browser.

Content from pull requests is untrusted. Template syntax ({{ }}, {% %})
could reach Jinja through mkdocs-macros, whose templates are not sandboxed;
raw HTML could carry scripts, event handlers or javascript:/data: URLs (and
attr_list would put `{ onclick=... }` on an element). Every string of every
content file is scanned, identifiers included, with HTML entities decoded
first so `java&#115;cript:` is caught too.
"""

from __future__ import annotations

import html
import re

from .check import rule_pass
from .diagnostics import diag
from .spans import spans

TEMPLATE = re.compile(r"\{\{|\{%")
DANGEROUS_TAG = re.compile(
    r"<\s*/?\s*(script|iframe|frame|frameset|object|embed|applet|style|link|meta|base|form|svg|math|template|portal)\b",
    re.I,
)
EVENT_HANDLER = re.compile(r"(?<![\w-])on[a-z]{3,}\s*=", re.I)
DANGEROUS_URL = re.compile(r"(?:javascript|vbscript|livescript)\s*:|(?:\]\(|<|=\s*[\"']?)\s*data\s*:", re.I)
_INVISIBLE = re.compile(r"[\x00-\x20\u00ad\u200b-\u200f\u2060\ufeff]+")


def _hits(text: str):
    decoded = html.unescape(text)
    for code, pattern, what in (
        ("J101", TEMPLATE, "Cú pháp mẫu {text!r} không được dùng trong nội dung (Jinja sẽ chạy nó khi dựng trang)."),
        ("H101", DANGEROUS_TAG, "Thẻ HTML {text!r} không được phép trong nội dung."),
        ("H102", EVENT_HANDLER, "Thuộc tính sự kiện {text!r} không được phép (chạy mã trong trình duyệt)."),
    ):
        for m in pattern.finditer(decoded):
            yield m.start(), code, what.format(text=m.group().strip())
    # Obfuscated schemes ("java\nscript:", "jav&#x09;ascript:") after removing invisible characters.
    squeezed = _INVISIBLE.sub("", decoded)
    for m in DANGEROUS_URL.finditer(squeezed):
        yield _approx(decoded, squeezed, m.start()), "H103", f"Địa chỉ {m.group().strip()!r} không được phép."


def _approx(original: str, squeezed: str, offset: int) -> int:
    """Offset in `original` of the character at `offset` in `squeezed` (same order, some removed)."""
    j = 0
    for i, ch in enumerate(original):
        if _INVISIBLE.fullmatch(ch):
            continue
        if j == offset:
            return i
        j += 1
    return 0


@rule_pass
def safety_rules(corpus, registry):
    problems = []
    for item in corpus.items():
        origin = corpus.origin(item)
        for span in spans(origin, include_keys=True):
            for offset, code, message in _hits(span.text):
                line, col = span.locate(min(offset, len(span.text) - 1))
                problems.append(diag(origin.rel, line, col, code, message))
        for path, (line, col) in origin.located.key_at.items():
            if path[-1] in MACRO_KEYS:
                problems.append(diag(origin.rel, line, col, "J102", f"Khóa {path[-1]!r} bật mẫu Jinja cho trang; nội dung không được dùng."))
    loaded = {corpus.origin(item).rel for item in corpus.items()}
    for rel, text in corpus.texts.items():
        if rel not in loaded:
            problems += scan_raw(text, rel)
    return problems


MACRO_KEYS = ("render_macros", "ignore_macros")
_MACRO_KEY = re.compile(r"^\s*(render_macros|ignore_macros)\s*:", re.M)


def scan_raw(text: str, rel: str) -> list:
    """The same rules over a whole file's text, for files that failed to load (they are still hostile)."""
    from .source import line_col

    found = [diag(rel, *line_col(text, offset), code, message) for offset, code, message in _hits(text)]
    found += [diag(rel, *line_col(text, m.start(1)), "J102", f"Khóa {m.group(1)!r} bật mẫu Jinja cho trang; nội dung không được dùng.")
              for m in _MACRO_KEY.finditer(text)]
    return found
