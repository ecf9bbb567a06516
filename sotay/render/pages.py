"""One Markdown page per content item."""

from __future__ import annotations

import re
import textwrap

from .. import atx, forms
from ..model import Document, Form, Guidance, Library, Meeting, SampleAgenda, Topic
from ..search import SEARCH_TITLE, SECTIONS_FIRST
from ..text import match_key, sort_vi, vn_date
from ..unmarked import heading_id
from . import links
from .common import PRINTS_DOCUMENT, PRINTS_PART, Page, agenda_basis, bullet_list, on_paper_only, plain_text, printable, rel_link, table
from .formpaper import form_paper
from .parts import agenda_table, doc_label, doc_src, quotes_block, reference_parts, references_section, search_names, source_anchor, sources_section
from .sections import CLOSING, SECTIONS

# A "·" between facts keeps to the fact before it (a no-break space): on a phone one opened a line.
DOT = "\u00a0· "

# The guidance and the sample agenda every topic outline points to.
THEMATIC_MEETING = ("huong-dan/sinh-hoat-chuyen-de", "chuong-trinh/sinh-hoat-chuyen-de")
# The lessons are the handbook's reading of a cell's practice, not the article's words: the page
# says so once, so no lesson needs its own "Theo Sổ tay này".
LESSONS_ARE_OURS = "*Những bài học dưới đây là nhận xét của Sổ tay này từ cách làm của chi bộ, không phải lời của bài viết.*"
# A cell's results are what its article reports of itself: the page says whose word they are.
RESULTS_ARE_REPORTED = "*Những kết quả dưới đây do bài viết về chi bộ nêu (xem mục Nguồn); Sổ tay chưa đối chiếu với nguồn khác.*"
# Over a document's points: what they are, and what they are not (the document's own words).
POINTS_SAY = ("*Những điểm dưới đây là lời tóm tắt của Sổ tay theo các nguồn ghi bên cạnh từng điểm, "
              "không phải nguyên văn văn bản.*")

_SCOPES = {"trung-uong": "Văn bản của Trung ương", "dia-phuong": "Văn bản địa phương", "nha-nuoc": "Văn bản nhà nước"}


# "Trà Vinh (tên tại thời điểm bài viết)": a name, then a note on it.
_NOTE_AFTER = re.compile(r"\s*\(.*\)\s*$")


def keywords(item) -> dict:
    """An editor's keywords (`tags`) as the page's search tags, weighed as the registry's codes are:
    "thư ký" finds the page on minutes, which lists it, before pages that mention it in passing."""
    return {"tags": list(item.tags)} if item.tags else {}


def _scope_label(doc: Document) -> str:
    label = _SCOPES[doc.scope]
    return f"{label} ({doc.province})" if doc.scope == "dia-phuong" and doc.province else label


# "Được trích dẫn tại" on a registry page: the citing pages by section, in reading order.
CITED_KINDS = {folder: SECTIONS[folder] for folder in ("huong-dan", "chuong-trinh", "mo-hinh", "chuyen-de")}


def _section_naming(body: str, doc: Document) -> str:
    """'#<id>' of the section of a guide's body where the document is first named, or '' where
    it is named above the first section."""
    names = [n for n in (doc.code, doc.name) if n]
    at = min((i for i in (body.find(n) for n in names) if i >= 0), default=-1)
    # atx's reading of a heading: a pattern of its own backtracked on a heading padded with spaces.
    headings = [m for m in atx.LINE.finditer(body, 0, at) if len(m.group(1)) in (2, 3)] if at >= 0 else []
    return f"#{heading_id(atx.closed(headings[-1].group(2)))}" if headings else ""


def _replacement_sources(doc: Document) -> list[str]:
    """The sources that say a document was replaced (its status's and its successor's)."""
    return list(dict.fromkeys(doc.sources.get("status", []) + doc.sources.get("replaced_by", [])))


class Renderer:
    """Renders content items; `annotate` links citations in running text."""

    def __init__(self, corpus, registry, actions=None):
        self.corpus = corpus
        self.registry = registry
        self.types = corpus.vocab.document_types if corpus.vocab else {}
        self.vocab = corpus.vocab
        # "" is the home page: "[Trang chủ](/)" is a link between pages too, so that it works under a sub-path.
        self.known = corpus.page_keys() | {"", "huong-dan", "mo-hinh", "chuyen-de", "van-ban", "chuong-trinh", "bien-tap"}
        self._actions = actions or (lambda page: "")
        # A form's own bar (its DOCX), where a guidance page shows it: the export side's, when it has one.
        self._form_actions = getattr(actions, "form", None) or (lambda src, form, anchored=True: "")

    def text(self, markdown: str, src: str, item) -> str:
        """Editor-written Markdown: site-absolute links become relative page links."""
        return links.rewrite(markdown, src, self.known)

    def label(self, vocab_name: str, key: str) -> str:
        return getattr(self.vocab, vocab_name).get(key, key) if self.vocab else key

    def audience(self, keys) -> str:
        """The audiences as a phrase: "Bí thư, phó bí thư chi bộ, chi ủy viên, đảng viên" (the labels
        start with a capital to stand alone, as in the editors' field reference)."""
        labels = [self.label("audiences", k) for k in keys]
        return ", ".join(labels[:1] + [x[:1].lower() + x[1:] for x in labels[1:]])

    def footer(self, item, src, references_heading=CLOSING["van-ban-lam-can-cu"], printed=False, sources_printed=False) -> str:
        references = references_section(getattr(item, "references", []) or [], self.registry, self.types, src, references_heading,
                                        self.corpus.sources)
        sources = sources_section(getattr(item, "sources", []) or [], self.corpus.sources)
        parts = [printable(references) if printed else references, printable(sources) if sources_printed else sources]
        return "\n\n".join(p for p in parts if p)

    def related(self, item, src) -> str:
        return self.see_also(getattr(item, "related", None) or [], src)

    def see_also(self, keys, src) -> str:
        if not keys:
            return ""
        lines = []
        for key in keys:
            target = links.page_src(key)
            lines.append(f"- [{self.title_of(key)}]({rel_link(src, target)})")
        return f"## {CLOSING['xem-them']}\n\n" + "\n".join(lines)

    def title_of(self, key: str) -> str:
        parts = key.strip("/").split("/")
        c = self.corpus
        if parts[0] == "huong-dan" and parts[1:] and parts[1] in c.guidance:
            return c.guidance[parts[1]].title
        if parts[0] == "chuong-trinh" and parts[1:] and parts[1] in c.agendas:
            return c.agendas[parts[1]].title
        if parts[0] == "mo-hinh" and parts[1:] and parts[1] in c.meetings:
            return c.meetings[parts[1]].title
        if parts[0] == "chuyen-de" and len(parts) == 3 and (parts[1], parts[2]) in c.topics:
            return c.topics[(parts[1], parts[2])].title
        if parts[0] == "chuyen-de" and len(parts) == 2 and parts[1] in c.libraries:
            return c.libraries[parts[1]].title
        if parts[0] == "van-ban":
            doc = next((d for d in self.registry.documents.values() if d.page_key == key.strip("/")), None)
            if doc is not None:
                return doc_label(doc, self.types)
        return key

    # -- page kinds -------------------------------------------------------

    def guidance(self, g: Guidance) -> Page:
        src = links.page_src(g.page_key)
        audience = self.audience(g.audience)
        head = [f"# {g.title}", "", '!!! abstract "Tóm tắt"', f"    {self.text(g.summary, src, g)}", "",
                # Not searched: every guide is for a secretary, so "cho bí thư" stood side by side on
                # each, and a result's lines showed this line, not why the page matched.
                f"**Dành cho:** {audience}{DOT}**Rà soát lần cuối:** {vn_date(g.reviewed)}\n{{: data-search-exclude }}", ""]
        shown: set[str] = set()  # a form shown twice has its anchor once: an id twice fails the build

        def form(name):
            made = self.form_block(name, src, anchored=name not in shown)
            shown.add(name)
            return made

        parts = ["\n".join(head), self.text(forms.expand(g.body, form), src, g)]
        if g.quotes:
            parts.append(f"## {CLOSING['trich-dan']}\n\n" + self.text(quotes_block(g.quotes, self.corpus.sources), src, g))
        if g.tags:
            # At the foot, with the pages to see next: under the summary, on a phone's first screen,
            # a list of keywords read as words for a search engine, not for the reader.
            # Not a place a search result opens at (sotay.js): its words are there to be found by.
            parts.append(self.text(f"**Từ khóa:** {', '.join(g.tags)}\n{{: .sotay-keywords }}", src, g))
        parts += [self.related(g, src), self.footer(g, src)]
        return Page(src, g.title, "\n\n".join(p for p in parts if p), "guidance", {"description": g.summary, **keywords(g)}, g)

    def form_block(self, name: str, src: str, anchored: bool = True) -> str | None:
        """A ```mau block of a guidance body: the form's download bar over the form as a text block
        (None for a name the check reports); `anchored`, the bar has the form's anchor."""
        form: Form | None = self.corpus.forms.get(name)
        if form is None:
            return None
        bar = self._form_actions(src, form, anchored)
        return (f"{bar}\n\n" if bar else "") + forms.fence(forms.text_block(form)) + "\n\n" + form_paper(form)

    def agenda(self, a: SampleAgenda) -> Page:
        src = links.page_src(a.page_key)
        # "sinh hoạt ghép": the combined meeting's everyday name, which its title, read as a signed
        # document's, leaves out.
        page = Page(src, a.title, "", "agenda", {"description": a.summary, **keywords(a)}, a)
        audience = self.audience(a.audience)
        # Its guidance, the first it lists, one tap from the top: at the foot of the page, under
        # "Xem thêm", it was three phone screens down.
        guide = next((k for k in a.related or [] if k.startswith("huong-dan/")), None)
        parts = [f"# {a.title}", PRINTS_DOCUMENT, self.text(a.summary, src, a),
                 f"**Chương trình mẫu**{DOT}**Loại buổi:** {self.label('meeting_kinds', a.kind)}{DOT}**Dành cho:** {audience}"
                 # Not searched, as a guide's is not: the agendas' four cards showed this line.
                 f"{DOT}**Rà soát lần cuối:** {vn_date(a.reviewed)}\n{{: data-search-exclude }}",
                 f"**Cách làm từng bước:** [{self.title_of(guide)}]({rel_link(src, links.page_src(guide))})" if guide else "",
                 self._actions(page), on_paper_only(forms.agenda_fill_ins(a.kind)),
                 '<div class="sotay-doc sotay-agenda" markdown>\n\n## Chương trình\n\n' + self.text(agenda_table(a.items), src, a) + "\n\n</div>"]
        if a.notes:
            parts.append(printable("## Lưu ý khi dùng\n\n" + self.text(bullet_list(a.notes), src, a)))
        # Its notes print, and say "theo LuatVietnam": their sources print with them.
        parts += [self.related(a, src), self.footer(a, src, printed=True, sources_printed=bool(a.notes))]
        page.body = "\n\n".join(p for p in parts if p)
        return page

    def meeting(self, m: Meeting) -> Page:
        src = links.page_src(m.page_key)
        cell = m.cell
        # Its province as a keyword, as a registry page has its issuer: "chi bo lang son" put first
        # the province's guide, tagged "Ban Thường vụ Tỉnh ủy Lạng Sơn", and the cell second.
        place = {"tags": [_NOTE_AFTER.sub("", cell.province)]} if cell.province else {}
        page = Page(src, m.title, "", "meeting", {"description": m.summary, **place}, m)
        # A labelled list, not a two-column table: it reads on a phone and in search results.
        facts = [f"**Chi bộ:** {cell.name}", f"**Cấp ủy cấp trên:** {cell.parent}"]
        if cell.province:
            facts.append(f"**Tỉnh, thành phố:** {cell.province}")
        if cell.members:
            facts.append(f"**Số đảng viên:** {cell.members}" + (f" (số liệu năm {cell.year})" if cell.year else ""))
        if cell.facts:
            facts.append("**Số liệu khác:**\n\n" + "\n".join(f"    - {f}" for f in cell.facts))
        basis = agenda_basis(m.agenda.basis, strong="**")
        # The agenda is what a secretary came for, four phone screens down: say so at the top, by
        # the name of the section it leads to ("Chương trình sinh hoạt của chi bộ" read as the
        # cell's own record, where the section says the handbook drew it up).
        # On paper it points at nothing to press: printed only on a screen.
        to_agenda = "[Chương trình mẫu](#chuong-trinh-mau) ở phần cuối trang: sao chép, tải về hoặc in.\n{: .sotay-screen-only }"
        parts = [f"# {m.title}", PRINTS_PART, self.text(m.summary, src, m), to_agenda, "## Về chi bộ", self.text(bullet_list(facts), src, m),
                 "## Cách làm", "\n\n".join(f"### {p.title}\n\n{self.text(p.text, src, m)}" for p in m.practices),
                 "## Kết quả", RESULTS_ARE_REPORTED, self.text(bullet_list(m.results), src, m),
                 "## Bài học", LESSONS_ARE_OURS, self.text(bullet_list(m.lessons), src, m)]
        if m.quotes:
            parts += [f"## {CLOSING['trich-dan']}", self.text(quotes_block(m.quotes, self.corpus.sources), src, m)]
        parts += [printable(f'## Chương trình mẫu\n\n!!! note "Chương trình này lấy từ đâu?"\n    {basis} {self.text(m.agenda.note, src, m)}'
                            f"\n\n**Loại buổi:** {self.label('meeting_kinds', m.agenda.kind)}"), self._actions(page),
                  on_paper_only(forms.agenda_fill_ins(m.agenda.kind)),
                  # A part of the page: "In" prints it, Ctrl+P the whole case study (sotay.css).
                  '<div class="sotay-doc sotay-agenda sotay-part" markdown>\n\n' + self.text(agenda_table(m.agenda.items), src, m) + "\n\n</div>",
                  self.related(m, src), self.footer(m, src, CLOSING['van-ban-nhac-den'], printed=True, sources_printed=True)]
        page.body = "\n\n".join(p for p in parts if p)
        return page

    def topic(self, t: Topic) -> Page:
        src = links.page_src(t.page_key)
        # "facebook", "zalo": what members call a topic whose title says "mạng xã hội"; printed, an
        # outline carries none of its keywords.
        page = Page(src, t.title, "", "topic", {"description": t.purpose.split("\n")[0][:300], SECTIONS_FIRST: True, **keywords(t)}, t)
        library = self.corpus.libraries.get(t.library)
        info = [f"**Nhóm chủ đề:** {self.label('categories', t.category)}",
                f"**Người chuẩn bị và trình bày:** {t.presenter}", f"**Thời lượng dự kiến:** {t.duration} phút cho cả buổi sinh hoạt"]
        if library:
            # What the page is, as its DOCX heads it: "đề cương chuyên đề" and a subject found the
            # libraries' lists, whose titles say "chuyên đề", and not the outline, which said neither.
            info.append(f"**Đề cương thuộc thư viện:** [{library.title}](index.md)")
        if t.origin:
            info.append(f"**Xuất xứ:** {self.text(t.origin, src, t)}")
        body = [f"## I. Mục đích\n\n{self.text(t.purpose, src, t)}",
                "## II. Yêu cầu\n\n" + self.text(bullet_list(t.requirements), src, t),
                "## III. Nội dung"]
        for i, section in enumerate(t.sections, 1):
            body.append(self.text(f"### {i}. {section.heading}\n\n" + bullet_list(section.points), src, t))
        body.append("## IV. Câu hỏi thảo luận\n\n" + self.text("\n".join(f"{i}. {q}" for i, q in enumerate(t.questions, 1)), src, t))
        body.append(f"## V. Kết luận dự kiến\n\n{self.text(t.conclusion, src, t)}")
        # An outline is often opened from a search by the member who presents it: how a thematic
        # meeting runs and its agenda were not one link away, as they are from the guidance pages.
        meeting = [k for k in THEMATIC_MEETING if self.title_of(k) != k]
        # A tight list (no paragraph in each item): spaced as paragraphs, it put the outline's first
        # line below a phone's first screen on most outlines.
        # The DOCX's line for the date and the member presenting, on the printed copy too (a branch
        # printing the outline for its presenter had nowhere to write either).
        parts = [f"# {t.title}", PRINTS_DOCUMENT, printable(self.text("\n".join(f"- {x}" for x in info), src, t)),
                 on_paper_only([forms.TOPIC_ASSIGNED]), self._actions(page),
                 '<div class="sotay-doc" markdown>\n\n' + "\n\n".join(body) + "\n\n</div>",
                 # An outline's body reports what named cells did: its sources print with it, as in
                 # its DOCX and copied text, so whoever presents it can say where each fact is from.
                 self.see_also(meeting, src), self.footer(t, src, printed=True, sources_printed=True)]
        page.body = "\n\n".join(p for p in parts if p)
        return page

    def library(self, lib: Library, topics: list[Topic]) -> Page:
        src = links.page_src(lib.page_key)
        rows = [[f"[{t.title}]({t.slug}.md)", self.label("categories", t.category), f"{t.duration} phút"] for t in topics]
        # Its owner made the list of topics; the outlines may be the handbook's (its notes say which).
        facts = f"**Danh mục chuyên đề của:** {lib.owner}{DOT}**Số chuyên đề:** {len(topics)}"
        parts = [f"# {lib.title}", self.text(lib.summary, src, lib), self.text(facts, src, lib)]
        if lib.notes:
            parts.append(self.text(bullet_list(lib.notes), src, lib))
        # On a phone each row becomes a card (sotay.css): three columns wrapped a title over five lines.
        listing = '<div class="sotay-library" markdown>\n\n' + table(["Chuyên đề", "Nhóm chủ đề", "Thời lượng dự kiến"], rows) + "\n\n</div>"
        parts += ["## Các chuyên đề", listing, self.footer(lib, src)]
        return Page(src, lib.title, "\n\n".join(p for p in parts if p), "library", {"description": lib.summary}, lib)

    def document(self, doc: Document, cited_by: list[tuple[str, str]]) -> Page:
        src = doc_src(doc)
        t = self.types
        label = doc_label(doc, t)
        sources = self.corpus.sources
        # Sources numbered in order of first use and listed once under "Nguồn": the table cites
        # them by number, so a phone shows the facts, not the same two names in every row.
        points = doc.points or []
        used = list(dict.fromkeys([s for ids in doc.sources.values() for s in ids if s in sources]
                                  + [s for p in points for s in p.sources if s in sources]
                                  + [s for old in self._predecessors(doc) for s in _replacement_sources(old) if s in sources]))
        number = {s: i for i, s in enumerate(used, 1)}

        def cite(ids):
            # A link: on a phone the numbered list is some forty links further down.
            return ", ".join(f"[\\[{number[s]}\\]](#{source_anchor(number[s])})" for s in ids if s in number)

        rows = []
        named = "code" if doc.code else "name"  # its kind is what its code, or its name, says
        fact_rows = [("Loại văn bản", t[doc.type].label if doc.type in t else doc.type, named),
                     ("Số hiệu", doc.code, "code"), ("Tên gọi", doc.name, "name"),
                     ("Cơ quan ban hành", doc.issuing_body, "issuing_body"), ("Khóa", doc.term, "term"),
                     ("Ngày ban hành", vn_date(doc.date), "date"), ("Năm ban hành", str(doc.year or ""), "year"),
                     ("Trích yếu", doc.title, "title"),
                     # Central or local, and which province: what its issuer (or its code) says.
                     ("Phạm vi", _scope_label(doc), "issuing_body" if doc.issuing_body else named)]
        for name, value, fact in fact_rows:
            if value:
                rows.append([name, value, cite(doc.sources.get(fact, []))])
        status = self.status_block(doc, src, cited_by, cite)
        # One sentence a member reads (and the first lines a search result shows) before the table of facts.
        # Each fact once, as a reference written out in full ("Nghị quyết Đại hội XII của Đảng", not
        # "… của Đảng của Đại hội XII của Đảng").
        written, rest = reference_parts(doc, t)
        lead = f"{written}{rest}." if rest or doc.issuing_body else ""
        # The facts are left out of the search: the lead says each of them, and the table, read as
        # one line ("Dữ kiện Nội dung Nguồn Loại văn bản Chỉ thị Số hiệu 50-CT/TW..."), filled the
        # lines a search result shows under the document's name.
        facts = '<div class="sotay-facts" data-search-exclude markdown>\n\n' + table(["Dữ kiện", "Nội dung", "Nguồn"], rows) + "\n\n</div>"
        # A replaced document says so first: on a phone a search result shows its title and three
        # lines, which the lead took, and a member opened or cited the replaced directive as current.
        # Two stops for the keyboard, before the table's source marks (31 on 12-HD/BTCTW): what a
        # member asks of a document's page, which pages cite it, was 35 Tab presses away.
        jump = (f"[Trang nào trích dẫn văn bản này](#duoc-trich-dan-tai){DOT}[Nguồn của các dữ kiện](#nguon)"
                "\n{: .sotay-screen-only data-search-exclude }")
        parts = [f"# {label}", status, lead, jump, facts] if doc.replaced_by else [f"# {label}", lead, status, jump, facts]
        if points:
            # What a member looks the document up for, before its aliases and notes: each point
            # with the sources that report it.
            parts.append("## Những điểm chính văn bản yêu cầu\n\n" + POINTS_SAY + "\n\n"
                         + bullet_list(f"{self.text(p.text, src, doc)} {cite(p.sources)}" for p in points))
        # An alias may repeat the name (the extractor needs it), which the page has just said.
        others = [a for a in doc.aliases or [] if match_key(a) not in (match_key(label), match_key(doc.name or ""))]
        if others:
            parts.append(self.text("**Tên gọi khác:** " + ", ".join(others), src, doc))
        if doc.note:
            # Read by members too: the handbook's voice ("Sổ tay này"), not its editors' desk.
            note = f'{doc.note} {cite(doc.sources.get("note", []))}'.rstrip()
            parts.append('!!! info "Ghi chú của Sổ tay"\n' + textwrap.indent(self.text(note, src, doc), "    "))
        if doc.examples:
            # As written: they are how a document is cited, not markup ("[l](https://…)" in one went
            # to the page as a link the check had not read).
            parts.append(self.text("**Cách viết thường gặp:** " + "; ".join(f"“{plain_text(e)}”" for e in doc.examples), src, doc))
        # Up to thirty pages cite a document: grouped by what they are, a member finds the guidance
        # or the outline they want, not a list where "Nâng cao chất lượng các hoạt động thư viện" says nothing.
        groups: dict[str, list[str]] = {}
        for title, target in cited_by:
            kind = CITED_KINDS.get(target.split("/", 1)[0], "Trang khác")
            if kind != CITED_KINDS["chuyen-de"]:
                groups.setdefault(kind, []).append(f"- [{title}]({rel_link(src, target)})")
        cited = [f"**{kind}** ({len(items)})\n\n" + "\n".join(items) for kind, items in groups.items()]
        outlines = self.cited_outlines(cited_by, src)
        if outlines:
            cited.append(outlines)
        cited = "\n\n".join(cited) or "Chưa có trang nào của Sổ tay trích dẫn văn bản này."
        parts.append(f"## {CLOSING['duoc-trich-dan-tai']}\n\n" + cited)
        parts.append(sources_section(used, sources, numbered=True))
        meta = {"description": f"{label}: {doc.title}" if doc.title else label}
        if doc.title:
            # Members look a document up by its subject as often as by its code, and the subject
            # says what the document is about: in search its title carries it (the page and the nav
            # keep the code's label). As text only, "nang cao chat luong sinh hoat chi bo" ranked
            # Hướng dẫn 12-HD/BTCTW 48th, below every page titled "Nâng cao chất lượng…".
            meta[SEARCH_TITLE] = meta["description"]
        # Material indexes page tags with a large boost: a search for a code
        # ("12-HD/BTCTW", "btctw") or a name ("Hướng dẫn 42", "Nghị quyết Trung ương 4
        # khóa XII") puts the document's own page before pages that list the name as a keyword.
        # A document without a code has its names: "nghi quyet dai hoi 13" put first the outline
        # titled "…Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", then the document.
        tags = [doc.code, *search_names(doc, self.types)] if doc.code else search_names(doc, self.types)
        # Its issuer too: "ban to chuc trung uong" put an outline first and no guide of that body
        # among the first eight.
        tags += [doc.issuing_body] if doc.issuing_body else []
        if tags:
            meta["tags"] = list(dict.fromkeys(tags))
        if doc.status == "da-thay-the" or self.issued_later(doc):
            # "dieu le dang" put Quy định 24-QĐ/TW (2021) first and the rule of 2025 second: among
            # pages the query fits alike, a replaced one, or one of a title issued again later, after.
            meta["search"] = {"boost": 0.5}
        return Page(src, label, "\n\n".join(p for p in parts if p), "document", meta, doc)

    def issued_later(self, doc: Document) -> bool:
        """Whether another entry of the same title was issued after it ("Thi hành Điều lệ Đảng")."""
        key = match_key(doc.title or "")
        return bool(key) and any(d is not doc and match_key(d.title or "") == key and (d.issued_year or 0) > (doc.issued_year or 0)
                                 for d in self.corpus.documents.values())

    def cited_outlines(self, cited_by, src: str) -> str:
        """The outlines among the citing pages, under their library, each library's in Vietnamese
        order: one list of fifteen ran from one library's "Tăng…" to the other's "Đảng…", with the
        library's own page between them as if it were an outline."""
        by_library: dict[str, list] = {}
        for title, target in cited_by:
            parts = target.split("/")
            if parts[0] == "chuyen-de" and len(parts) == 3:
                by_library.setdefault(parts[1], []).append((title, target))
        count = sum(1 for pages in by_library.values() for _, target in pages if not target.endswith("/index.md"))
        lines = []
        for slug in sort_vi(by_library, key=lambda slug: self.title_of(f"chuyen-de/{slug}")):
            lines.append(f"- [{self.title_of(f'chuyen-de/{slug}')}]({rel_link(src, f'chuyen-de/{slug}/index.md')})")
            outlines = [(t, target) for t, target in by_library[slug] if not target.endswith("/index.md")]
            lines += [f"    - [{t}]({rel_link(src, target)})" for t, target in sort_vi(outlines, key=lambda pair: pair[0])]
        return f"**{CITED_KINDS['chuyen-de']}** ({count})\n\n" + "\n".join(lines) if lines else ""

    def status_block(self, doc: Document, src: str, cited_by: list[tuple[str, str]], cite) -> str:
        """The document's status in a note, with the sources that state it (`cite`: their marks),
        as every fact in the table has its own: the note said "đã được thay thế" with no source."""
        lines = []
        said = cite(_replacement_sources(doc))
        said = f" {said}" if said else ""
        if doc.replaced_by and self.registry.get(doc.replaced_by):
            new = self.registry.get(doc.replaced_by)
            lines.append(f'!!! warning "Đã được thay thế"\n    Văn bản này đã được thay thế bởi '
                         f'[{doc_label(new, self.types)}]({rel_link(src, doc_src(new))}).{said}')
        elif doc.status == "hieu-luc":
            # A status holds as of its newest source, which the reader is told: "in force" alone
            # reads as a fact of today, however old the news that said it.
            dates = [self.corpus.sources[s].date for s in doc.sources.get("status", []) if s in self.corpus.sources]
            newest = max((d for d in dates if d), default=None)
            as_of = f" (nguồn mới nhất đăng ngày {vn_date(newest)})" if newest else ""
            lines.append(f'!!! success "Văn bản hiện hành"\n    Nguồn ghi nhận văn bản này đang được thực hiện{as_of}.{said}')
        else:
            # The guide to the documents in force for chi bộ meetings, where it speaks of this one: a
            # 1999 directive on study promotion sent there found nothing about itself.
            guide = "huong-dan/van-ban-hien-hanh.md"
            guide = guide if any(target == guide for _, target in cited_by) else ""
            # At the section that speaks of it: the guide's top is about the 2025 directive and guideline.
            held = self.corpus.guidance.get("van-ban-hien-hanh")
            section = _section_naming(held.body, doc) if guide and held else ""
            more = f" Xem [Văn bản nào đang áp dụng cho sinh hoạt chi bộ]({rel_link(src, guide)}{section})." if guide else ""
            lines.append('!!! info "Tình trạng"\n    Chưa có nguồn nói rõ văn bản này còn hiệu lực hay đã được thay thế.' + more)
        for old in self._predecessors(doc):
            # With the sources the replaced one's page gives for it: 05-CT/TW's page said so bare.
            marks = cite(_replacement_sources(old))
            lines.append(f"Văn bản này thay thế [{doc_label(old, self.types)}]({rel_link(src, doc_src(old))})."
                         + (f" {marks}" if marks else ""))
        return "\n\n".join(lines)

    def _predecessors(self, doc: Document) -> list[Document]:
        return [self.registry.get(old_id) for old_id in self.registry.successors.get(doc.id, [])]
