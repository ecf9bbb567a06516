"""Check pass: a title or summary typed without Vietnamese diacritics ("Ghi bien ban va luu tru so").

Readers see it in the menu, on cards and in search results; the search folds accents for them,
but the page still reads badly. A warning: a name or a code alone may have no marks."""

from __future__ import annotations

import re

from .check import rule_pass
from .diagnostics import diag

_WORD = re.compile(r"[A-Za-z]{2,}")
MIN_WORDS = 3


@rule_pass
def diacritics_rules(corpus, registry):
    problems = []
    for item in corpus.items():
        if type(item).__name__ in ("Document", "Source"):
            continue  # written as their sources write them
        origin = corpus.origin(item)
        for name in ("title", "summary"):
            text = getattr(item, name, None)
            if text and text.isascii() and len(_WORD.findall(text)) >= MIN_WORDS:
                problems.append(diag(origin.rel, *origin.located.pos((name,)), "S109",
                                     f"{'Tiêu đề' if name == 'title' else 'Phần tóm tắt'} {text[:60]!r} chưa có dấu tiếng Việt; "
                                     "hãy gõ lại bằng bộ gõ tiếng Việt (Unikey, EVKey) ở bảng mã Unicode."))
    return problems
