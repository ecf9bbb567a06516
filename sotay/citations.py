"""Check pass: every citation in every content text, and every registry example.

Runs the reference checker (sotay.refs) over the running text of all content
and reports problems at the citation's own line and column.
"""

from __future__ import annotations

import re

from .check import rule_pass
from .content import code_refused
from .diagnostics import ERROR, RULES, diag
from .model import Meeting, SampleAgenda, Topic
from .refs import check as check_text
from .refs import find, resolve
from .refs.models import UNCHECKED_SYSTEMS
from .refs.resolve import grounds
from .registry import Registry
from .spans import joined, spans
from .unmarked import BREAK_TAGS, unmarked
from .verbatim import covers, hidden_or_code


def content_citations(corpus, registry, include_unloaded=False):
    """Yield (item, origin, span, offset in span, citation) for every citation in the content;
    with `include_unloaded`, also in files the schema rejected (item None), for their editor."""
    # Unloaded registry entries are not among text_origins: an entry's own name and notes, read
    # against a registry without it, would cite it as unknown (its examples are checked once it reads).
    origins = corpus.text_origins() if include_unloaded else [(item, corpus.origin(item)) for item in corpus.items()]
    for item, origin in origins:
        text, where = joined(spans(origin, body_once=True))
        # Code and comments show no citation to a reader ("Ví dụ viết sai: `Chỉ thị 10-CT/TW ngày
        # 31/3/2007`", an editor's note in <!-- -->): they link to nothing, as the page renders them.
        hidden = hidden_or_code(text)
        # Read as the page shows it: a date or an issuer in a tag ("ngày <span>13/3/2025</span>")
        # was no context, and a wrong one passed. Links stay, for the rules on where they lead;
        # a code with markup inside is C112's, told alone.
        shown, at = unmarked(text, links=False)
        told = glued_citations(text, hidden) if shown != text else []
        for c in check_text(shown, registry, grounds(item) if item is not None else _written_grounds(origin)):
            start, end = at[c.start], at[max(c.end - 1, c.start)] + 1
            if hidden and covers(hidden, start) or any(start < t_end and t_start < end for t_start, t_end, _ in told):
                continue
            span, offset = where(start)
            yield item, origin, span, offset, c


def _written_grounds(origin) -> tuple:
    """The `references` a file the schema refused writes (another field misspelt): the ids it lists
    still say which document a short citation means, as they do once the file loads (C107's hint).
    Only a list's ids as written; an id no entry has is one no citation matches."""
    data = origin.located.data
    listed = data.get("references") if isinstance(data, dict) and ("references",) not in origin.unknown else None
    return tuple(doc_id for doc_id in listed if isinstance(doc_id, str)) if isinstance(listed, list) else ()


@rule_pass
def citation_rules(corpus, registry):
    problems = []
    for _item, origin, span, offset, c in content_citations(corpus, registry, include_unloaded=True):
        if not c.problems:
            continue
        line, col = span.locate(offset)
        for p in c.problems:
            problems.append(diag(origin.rel, line, col, p.code, p.told_in(span.path)))
    return problems


# Markup glued between two characters of a code ("50\\-CT/TW", "99-<b></b>CT/TW", "55-**KL/TW**",
# "[99](/van-ban/)-CT/TW"): the page shows the code whole, and a citation the check never read went
# out unchecked. Not a space or a dash written as an entity ("42-HD/BTCTW&nbsp;ngày"), nor a tag
# that breaks the line ("339-QĐ/TW<br>Quy định"), which read as the characters the page shows.
# Possessive: a run of two thousand "_" tried every way of cutting it into marks.
_CODE_CHAR = "[0-9A-Za-zĐđƯư/\\-–—]"
_GLUED_MARKUP = re.compile(_CODE_CHAR + r"(?:\\(?=[-/–—])|<!--.*?-->"
                           r"|(?!</?(?:sup|" + "|".join(BREAK_TAGS) + r")\b)</?[A-Za-z][^<>]{0,200}>|\*+|_+"
                           r"|&(?!(?:nbsp|ensp|emsp|thinsp|ndash|mdash|#160|#8211|#8212|#x[aA]0);)#?\w{1,10};"
                           r"|\]\([^()\s]*\)|\]\[[^\[\]]*\]|\{:?[^{}\n]*\})++(?=" + _CODE_CHAR + ")", re.S)
_AROUND = 120  # characters either side read again: a citation's kind word, number and code


def glued_citations(text: str, hidden=None) -> list[tuple[int, int, str]]:
    """(start, end, as shown) of each citation with markup glued inside it (C112's), in `text`
    (`hidden`: its code and comments, hidden_or_code's, where already read)."""
    import bisect

    glued = list(_GLUED_MARKUP.finditer(text))
    if not glued:
        return []
    hidden = hidden_or_code(text) if hidden is None else hidden
    shown, at = unmarked(text)
    found, told = [], set()
    for m in glued:
        if hidden and covers(hidden, m.start()):
            continue
        centre = bisect.bisect_left(at, m.end())
        lo = max(0, centre - _AROUND)
        for c in find(shown[lo:centre + _AROUND]):
            start, end = at[lo + c.start], at[lo + c.end - 1] + 1
            if start <= m.start() + 1 < end and start not in told:
                told.add(start)
                found.append((start, end, " ".join(shown[lo + c.start:lo + c.end].split())))
    return found


@rule_pass
def markup_inside_citations(corpus, registry):
    """C112: a citation with markup inside it, read as the page shows it."""
    problems = []
    for _item, origin in corpus.text_origins():
        text, where = joined(spans(origin, body_once=True))
        for start, end, shown in glued_citations(text):
            span, offset = where(start)
            line, col = span.locate(offset)
            problems.append(diag(origin.rel, line, col, "C112",
                                 f"‘{' '.join(text[start:end].split())}’ có dấu định dạng chen vào giữa (\\, *, _, thẻ HTML, "
                                 f"chú thích hay mã &…;): trang hiện nó thành trích dẫn ‘{shown}’, mà công cụ không đọc được "
                                 "để đối chiếu với sổ văn bản. Viết trích dẫn liền, không định dạng bên trong (in đậm cả "
                                 "trích dẫn thì đặt ** ở hai đầu)."))
    return problems


@rule_pass
def cited_in_references(corpus, registry):
    """C111: a document an outline, an agenda or a model meeting cites is listed in its
    `references`, which give its page's list of grounds and the branch's download: an outline
    citing 12-HD/BTCTW throughout kept the template's one document there, and its DOCX named only
    that. Not a guide's: it tells documents apart ("dễ nhầm với Chỉ thị 50-CT/TW năm 2015") and
    retells their history, none of which is a ground. Nor a replaced document ("03-CT/TW, nay là
    05-CT/TW"): the grounds are the ones in force."""
    problems, told = [], set()
    for item, origin, span, offset, c in content_citations(corpus, registry):
        listed = getattr(item, "references", None)
        doc = registry.get(c.id) if c.id else None
        # A citation with a problem of its own is told that first: one mistake, one message. So is
        # the successor of a replaced document the references list (C105 asks for it there).
        # An entry whose id is itself wrong (G105) is not offered to every page that cites it.
        if not isinstance(item, GROUNDED) or listed is None or doc is None or doc.id_lacks_year or c.problems or c.id in listed \
                or (id(item), c.id) in told or registry.current(doc) is not doc or c.id in _successors(listed, registry) \
                or _HISTORY_BEFORE.search(span.text, max(0, offset - 40), offset):
            continue
        told.add((id(item), c.id))
        line, col = span.locate(offset)
        problems.append(diag(origin.rel, line, col, "C111", f"{c.code or c.name or c.id} được trích dẫn ở đây nhưng chưa có trong "
                             f"trường references của trang: thêm {c.id} vào references để văn bản hiện trong mục “Văn bản "
                             "làm căn cứ” của trang và trong bản tải về."))
    return problems


GROUNDED = (Topic, SampleAgenda, Meeting)  # what a branch downloads, with its grounds listed
# "(trước đây là Hướng dẫn 12-HD/BTCTW …)", "thay cho Chỉ thị 10-CT/TW": the document's history, no ground.
# A link's bracket, emphasis or a quote mark may open around it ("trước đây là [Chỉ thị …](…)").
_HISTORY_BEFORE = re.compile(r"(?:trước\s+đây(?:\s+là)?|thay\s+(?:thế\s+)?cho|thay\s+thế)\s*[:(]?\s*[\[*_“\"]{0,3}$", re.IGNORECASE)


def _successors(listed, registry) -> set:
    docs = [registry.get(doc_id) for doc_id in listed]
    return {registry.current(doc).id for doc in docs if doc is not None}


# The entry's fields a reference's problem says it contradicts: its date or year, its issuer, its term.
_FACT_OF = {"C102": ("date", "year"), "C103": ("issuing_body",), "C104": ("term",)}


@rule_pass
def registry_examples(corpus, registry):
    """G107: each registry example must be found and resolved to its own entry; against the
    registry without the entries being mended (Registry.pending), which the other entries of
    their code are told apart from once they read."""
    problems = []
    registry = Registry.build(registry.documents) if registry.pending else registry
    for doc in corpus.documents.values():
        origin = corpus.origin(doc)
        if code_refused(doc, origin.located):
            continue  # its code refused (S107): no example names it until the code is mended
        for i, example in enumerate(doc.examples):
            cites = resolve(find(example), registry)
            mine = next((c for c in cites if c.id == doc.id), None)
            # An example the check would fail on a page ("ngày 11/3/2022" beside date: 2022-03-10)
            # passed as the entry's own: the entry or the example is wrong, told with the page's words.
            wrong = [p for p in mine.problems if RULES[p.code].severity == ERROR] if mine is not None else []
            if mine is None and doc.code and len(cites) == 1 and not cites[0].id and cites[0].name and not (cites[0].code or cites[0].short):
                # "Nghị quyết Trung ương 4 (khóa XII)" on the entry of 04-NQ/TW: the name is this
                # entry's to give, which C101's "add the document" would have sent the editor past.
                problems.append(origin.diag(("examples", i), "G107", f"Ví dụ {example!r} gọi văn bản bằng tên {cites[0].name!r}, "
                                            "tên chưa có trong aliases của văn bản này: thêm tên ấy vào aliases, kèm nguồn "
                                            "ở sources.aliases, hoặc bỏ ví dụ."))
            elif mine is None and doc.code and len(cites) == 1 and not cites[0].id and cites[0].problems:
                # Why it named no entry, in the words a page would be told.
                problems.append(origin.diag(("examples", i), "G107", f"Ví dụ {example!r} không được nhận là {doc.id}: "
                                                                     f"{cites[0].problems[0].message}"))
            elif mine is None and cites and all(c.system in UNCHECKED_SYSTEMS for c in cites):
                # "44-HD/TWĐTN-BTG": the Youth Union's, which the handbook reads and never checks.
                problems.append(origin.diag(("examples", i), "G107", f"Ví dụ {example!r} là văn bản của Đoàn, một đoàn thể hay "
                                            "của chi bộ: sổ văn bản chỉ ghi văn bản của Đảng và Nhà nước, và trích dẫn văn bản "
                                            "ấy không được kiểm. Bỏ tệp này khỏi content/van-ban."))
            elif mine is None:
                got = ", ".join(f"{c.surface!r} -> {c.id or 'không xác định được văn bản'}" for c in cites) or "không nhận ra trích dẫn nào"
                problems.append(origin.diag(("examples", i), "G107", f"Ví dụ {example!r} không được nhận là {doc.id} ({got})."))
            elif wrong:
                # Which is wrong, the example or the fact, the check cannot know: it names the fact's
                # line too (an editor who mistyped the date was sent to mend the example only).
                field = next((f for f in _FACT_OF.get(wrong[0].code, ()) if getattr(doc, f, None)), None)
                fact = f" ({field} ở dòng {origin.located.pos((field,))[0]})" if field else ""
                problems.append(origin.diag(("examples", i), "G107", f"Ví dụ {example!r} viết khác văn bản trong sổ{fact}: "
                                            f"{wrong[0].message} Sửa ví dụ, hoặc sửa dữ kiện của văn bản nếu ví dụ đúng như nguồn."))
    return problems

