"""Check pass: every structured quotation is short and names a source the page lists.

A quotation is the one place the handbook repeats a source word for word, so it must stay
short and point at the article it comes from; a quote whose source the page does not list
would show the reader a citation they cannot follow.
"""

from __future__ import annotations

import re

from .check import rule_pass

MAX_QUOTE_WORDS = 25
_WORD = re.compile(r"\w+")


@rule_pass
def quote_rules(corpus, registry):
    problems = []
    for item in corpus.items():
        quotes = getattr(item, "quotes", None) or []
        if not quotes:
            continue
        origin = corpus.origin(item)
        listed = set(getattr(item, "sources", None) or [])
        for i, quote in enumerate(quotes):
            words = len(_WORD.findall(quote.text))
            if words > MAX_QUOTE_WORDS:
                problems.append(origin.diag(("quotes", i, "text"), "Q101",
                                     f"Câu trích dài {words} chữ; trích ngắn, tối đa {MAX_QUOTE_WORDS} chữ, phần còn lại viết bằng lời của mình."))
            if quote.source not in listed:
                problems.append(origin.diag(("quotes", i, "source"), "Q102",
                                     f"Câu trích ghi nguồn {quote.source!r} nhưng trang chưa ghi nguồn này trong sources."))
    return problems
