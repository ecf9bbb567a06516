"""Check pass: every quotation is short and names a source the page lists.

A quotation is the one place the handbook repeats a source word for word, so it must stay
short and point at the article it comes from; a quote whose source the page does not list
would show the reader a citation they cannot follow. In running text, words put in a leader's
mouth ("Tổng Bí thư nhấn mạnh: “…”", "“…” – Chủ tịch Hồ Chí Minh") are told unless their
paragraph names one of the page's sources: the check cannot tell a quotation from an invented
one, but it can make its editor say where it comes from.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .check import rule_pass
from .diagnostics import diag
from .spans import spans

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


# Who a quotation is put in the mouth of, in the titles and names the handbook's pages use.
# "Bác" and "Người" only as Bác Hồ is spoken of ("Bác dạy"): "Người chủ trì nói" is the chair.
# Hồ Chí Minh is no person in a city's, the Youth Union's or an academy's name. A cell's own
# members ("đồng chí Lan, chi ủy viên, nói") are no leaders: their words are the cell's record.
_LEADER = (r"(?:Tổng Bí thư|Chủ tịch Hồ Chí Minh|(?<!phố )(?<!TP\. )(?<!TP )(?<!sản )(?<!gia )(?<!Đoàn )Hồ Chí Minh|Bác Hồ|"
           r"(?:Bác|Người)(?=\s+(?:dạy|căn dặn|dặn|nói|viết|khuyên))|Chủ tịch nước|Chủ tịch Quốc hội|"
           r"Thủ tướng(?: Chính phủ)?|Thường trực Ban Bí thư|Bí thư Trung ương Đảng|Ủy viên Bộ Chính trị|"
           r"Bí thư (?:Tỉnh|Thành) ủy|(?:Phó )?Trưởng [Bb]an|V\. ?I\. ?Lênin|Lênin|C\. ?Mác|Các Mác)")
_SAYS = (r"(?:nói|dạy|căn dặn|dặn dò|dặn|nhấn mạnh|chỉ rõ|chỉ ra|chỉ đạo|khẳng định|yêu cầu|đề nghị|phát biểu|viết|nêu rõ|"
         r"nhắc nhở|nhắc|kêu gọi|lưu ý|khuyên|cho rằng|cho biết|chia sẻ|đánh giá|nhận định|trả lời|tâm sự)")
# A quotation in curly quotes or straight ones (not an attribute's value, after "="), wrapped over lines.
_Q = r"(?<!=)[“\"](?P<q>[^”\"]{1,600})[”\"]"
# "Who … says …: “…”" in one sentence (no full stop between), the colon or "rằng" optional.
_SAID_BEFORE = re.compile(rf"\b{_LEADER}\b[^.!?;“”\"]{{0,160}}?\b{_SAYS}\b[^.!?;“”\"]{{0,120}}?(?::|\brằng)?\s*{_Q}")
# "“…” – Chủ tịch Hồ Chí Minh", "“…” (Hồ Chí Minh)", and the press's "“…”, Tổng Bí thư nhấn mạnh."
_SAID_AFTER = re.compile(rf"{_Q}[\s>]*(?:(?:[-–—]\s*|\(\s*){_LEADER}\b|,\s*{_LEADER}\b[^.!?;“”\"]{{0,80}}?\b{_SAYS}\b)")
# A name in quotes, not words said: "Chỉ thị … về “…”", "phong trào “…”", "phương châm “…”".
_NAMED = re.compile(r"(?:\bvề|phong trào|chủ đề|phương châm|tác phẩm|cuộc vận động|khẩu hiệu|chương trình|đề án|mô hình|"
                    r"danh hiệu|cụm từ|câu)\s*$", re.I)
MIN_QUOTED_WORDS = 6  # fewer is a phrase or a slogan's name, said in the handbook's own sentence
_SPOKEN_WORD = re.compile(r"\w*[a-zà-ỹđ]\w*")  # a word with a small letter: codes and numbers are no speech
_PREFIX = re.compile(r"^(?:Báo|Tạp chí|Trang thông tin(?: điện tử)?(?: của)?|Cổng thông tin(?: điện tử)?(?: của)?)\s+", re.I)
_SUFFIX = re.compile(r"\s+(?:điện tử|online)$", re.I)


def _names(source) -> set[str]:
    """How a paragraph may name a source: its publication (with or without "Báo", "điện tử"),
    author, unit, title, or its site ("nhandan.vn", or a link to it)."""
    out = set()
    for value in (source.publication, source.author, source.unit, source.title):
        if value:
            for form in (value, _PREFIX.sub("", value)):
                out |= {form.lower(), _SUFFIX.sub("", form).lower()}
    if source.url:
        out.add(urlsplit(source.url).netloc.lower().removeprefix("www."))
    return {name for name in out if len(name) >= 4}


def _unsourced_quotes(text: str, names: set[str]):
    """Offsets of quotations put in a leader's mouth whose paragraph names none of `names`. A
    paragraph ends at a blank line; a quote's lines (">") are one paragraph, its attribution too."""
    start = 0
    for paragraph in re.split(r"(\n[ \t]*\n)", text):
        lowered = paragraph.lower()
        if ("“" in paragraph or '"' in paragraph) and not any(name in lowered for name in names):
            for pattern in (_SAID_BEFORE, _SAID_AFTER):
                for m in pattern.finditer(paragraph):
                    quoted = m.group("q")
                    if len(_SPOKEN_WORD.findall(quoted)) >= MIN_QUOTED_WORDS and not _NAMED.search(paragraph, 0, m.start("q") - 1):
                        yield start + m.start("q") - 1
        start += len(paragraph)


@rule_pass
def attributed_quote_rules(corpus, registry):
    problems = []
    for item in corpus.items():
        listed = getattr(item, "sources", None)
        if listed is None:  # sources and registry entries: their notes say whose words they hold
            continue
        sources = [corpus.sources[s] for s in listed if s in corpus.sources]
        names = set().union(*(_names(source) for source in sources))
        shown = ", ".join(dict.fromkeys(source.publication or source.title for source in sources)) or "chưa có"
        origin = corpus.origin(item)
        for span in spans(origin):
            for offset in sorted(set(_unsourced_quotes(span.text, names))):
                line, col = span.locate(offset)
                problems.append(diag(origin.rel, line, col, "Q103",
                                     "Câu trích gán cho một đồng chí lãnh đạo cần ghi nguồn ngay trong đoạn văn, viết tên "
                                     f"nguồn như trong sources (nguồn của trang này: {shown}), ví dụ “Theo Báo Nhân Dân, …”; "
                                     "nguồn chưa có trong sources thì thêm vào; không có nguồn thì bỏ câu trích."))
    return problems
