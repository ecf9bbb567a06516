"""Check pass: how a title or summary is typed.

Without Vietnamese diacritics ("Ghi bien ban va luu tru so"): readers see it in the menu, on cards
and in search results; the search folds accents for them, but the page still reads badly. A
warning: a name or a code alone may have no marks. With a pictograph (emoji): neither the site's
font nor Times New Roman in the DOCX has one, and an administrative text uses none."""

from __future__ import annotations

import re

from .check import rule_pass
from .diagnostics import diag

_WORD = re.compile(r"[A-Za-z]{2,}")
# Emoji and pictographs, their variation selector and joiner; not arrows, dashes or the section sign.
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")
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
            label = "Tiêu đề" if name == "title" else "Phần tóm tắt"
            if text and text.isascii() and len(_WORD.findall(text)) >= MIN_WORDS:
                problems.append(diag(origin.rel, *origin.located.pos((name,)), "S109",
                                     f"{label} {text[:60]!r} chưa có dấu tiếng Việt; "
                                     "hãy gõ lại bằng bộ gõ tiếng Việt (Unikey, EVKey) ở bảng mã Unicode."))
            picture = _PICTOGRAPH.search(text or "")
            if picture:
                problems.append(diag(origin.rel, *origin.located.pos((name,)), "S110",
                                     f"{label} có biểu tượng "
                                     f"(U+{ord(picture.group()):04X}) mà phông chữ của Sổ tay và bản DOCX không có; hãy bỏ nó."))
    return problems
