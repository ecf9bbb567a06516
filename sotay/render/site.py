"""Assemble the whole site: every page, the section indexes and the nav tree.

The result is renderer-neutral (Markdown pages and a tree of titles and source
paths); only hooks/ knows how to hand it to MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import forms
from ..registry import Registry
from ..text import sort_vi, vn_date
from .common import Page, agenda_what, table
from .links import KIND_PAGES, page_src
from .pages import THEMATIC_MEETING, Renderer
from .parts import doc_src
from .sections import SECTIONS


@dataclass
class NavNode:
    title: str
    src: str | None = None
    children: list[NavNode] = field(default_factory=list)


@dataclass
class Site:
    pages: list[Page]
    nav: list[NavNode]
    citations: dict  # document id -> [(page title, page src)]
    counts: dict = field(default_factory=dict)
    forms: list = field(default_factory=list)  # [{"ten": title, "url": page.md#section}] for the home page


def _index(src, title, intro, body) -> Page:
    return Page(src, title, f"# {title}\n\n{intro}\n\n{body}", "index")


def _listing(items, src_of, summary_of) -> str:
    return "\n".join(f"- [{title}]({src_of(item)}) — {summary_of(item)}" for title, item in items)


def build_site(corpus, registry: Registry | None = None, linker=None, actions=None, on_page=None,
               editor_bodies=True) -> Site:
    """Every page, the nav and the counts. `on_page(page)` hears of each page once its body is
    final, in the order of `Site.pages` (a renderer can start on the first while the rest are made).
    With `editor_bodies` false the editors' pages are placed but left empty (see plan_site)."""
    registry = registry or Registry.build(corpus.documents)
    if linker is None:
        from ..refs.annotate import Linker

        linker = Linker(lambda doc_id: doc_src(registry.get(doc_id)))
    citations: dict[str, dict[tuple[str, str], None]] = {}  # an ordered set per document

    def note_citation(doc_id, title, src):
        if not src.startswith("van-ban/"):  # registry pages mention each other; "cited by" lists content pages
            citations.setdefault(doc_id, {})[(title, src)] = None

    annotate = linker.annotator(registry, note_citation)
    # Section indexes link the citations in the summaries they list, but are not "cited by" pages.
    link_only = linker.annotator(registry, lambda *_: None)

    def linked(page: Page) -> Page:
        page.body = link_only(page.body, page.src, page.item)
        return page

    if actions is None:
        from ..export.actions import renderer

        actions = renderer(corpus, registry)
    r = Renderer(corpus, registry, actions=actions)
    types = r.types
    pages: list[Page] = []

    def keep(page: Page) -> Page:
        pages.append(page)
        if on_page is not None:
            on_page(page)
        return page

    def add(page: Page) -> Page:
        for doc_id in getattr(page.item, "references", None) or []:
            note_citation(doc_id, page.title, page.src)
        # One pass per page links every citation in its running text (a registry page's
        # mentions of other documents too, never of itself; they are not "cited by" pages).
        page.body = annotate(page.body, page.src, page.item)
        return keep(page)

    guidance = [add(r.guidance(g)) for g in sort_vi(corpus.guidance.values(), key=lambda g: g.title)]
    agendas = [add(r.agenda(a)) for a in sort_vi(corpus.agendas.values(), key=lambda a: a.title)]
    meetings = [add(r.meeting(m)) for m in sort_vi(corpus.meetings.values(), key=lambda m: m.title)]
    libraries = []
    for lib in sort_vi(corpus.libraries.values(), key=lambda lib: lib.title):
        topics = sort_vi([t for (in_lib, _), t in corpus.topics.items() if in_lib == lib.slug], key=lambda t: t.title)
        index = add(r.library(lib, topics))
        libraries.append((lib, index, [add(r.topic(t)) for t in topics]))
    # Documents last: their "cited by" lists need every other page rendered.
    docs = sorted(corpus.documents.values(), key=lambda d: (types[d.type].label if d.type in types else d.type, -(d.issued_year or 0), d.id))
    doc_pages = [add(r.document(d, list(citations.get(d.id, {})))) for d in docs]

    def summary_in(index_src):
        # A summary's links are written from the site's root ("/chuong-trinh/..."), as in any
        # content: made relative to the index that lists it, as on the item's own page.
        return lambda p: r.text(p.item.summary, index_src, p.item)

    keep(linked(_index("huong-dan/index.md", SECTIONS["huong-dan"],
                       "Các bước chuẩn bị, tiến hành và đánh giá buổi sinh hoạt chi bộ, viết cho bí thư, chi ủy viên và đảng viên.",
                       _listing([(p.title, p) for p in guidance], lambda p: p.src.split("/")[-1], summary_in("huong-dan/index.md")))))
    # The model meetings' agendas are listed here too: a secretary looking for an agenda starts here.
    by_cell = "\n\n## Chương trình của các chi bộ trong Mô hình sinh hoạt\n\n" + _listing(
        [(p.title, p) for p in meetings], lambda p: f"../{p.src}#chuong-trinh-mau",
        lambda p: f"{r.label('meeting_kinds', p.item.agenda.kind)}; chương trình {agenda_what(p.item.agenda.basis)}.")
    keep(linked(_index("chuong-trinh/index.md", SECTIONS["chuong-trinh"],
                       "Chương trình sinh hoạt có thứ tự các bước, thời gian, người thực hiện và nội dung ghi biên bản; tải về để điền tên chi bộ.",
                       _listing([(p.title, p) for p in agendas], lambda p: p.src.split("/")[-1], summary_in("chuong-trinh/index.md")) + by_cell)))
    keep(linked(_index("mo-hinh/index.md", SECTIONS["mo-hinh"],
                       "Cách làm của các chi bộ đã được giới thiệu trên báo chí và cổng thông tin, kèm chương trình mẫu. "
                       "Xem thêm [các chương trình mẫu](../chuong-trinh/index.md).",
                       _listing([(p.title, p) for p in meetings], lambda p: p.src.split("/")[-1], summary_in("mo-hinh/index.md")))))
    forms_list = _forms_list(corpus)
    keep(linked(_topics_index(libraries, r, forms_list)))
    keep(linked(_registry_index(docs, types)))
    for page in _kind_pages(docs, types):
        keep(linked(page))
    for page in _editors_pages(corpus, registry, r, citations, editor_bodies):
        keep(page)

    nav = _nav(guidance, agendas, meetings, libraries, doc_pages, types)
    counts = {"huong_dan": len(guidance), "chuong_trinh": len(agendas), "mo_hinh": len(meetings),
              "thu_vien": len(libraries), "chuyen_de": len(corpus.topics), "van_ban": len(docs)}
    return Site(pages, nav, {k: list(v) for k, v in citations.items()}, counts, forms_list)


def _nav(guidance, agendas, meetings, libraries, doc_pages, types) -> list[NavNode]:
    """The site's nav: each section opens on its index; the sample agendas sit under the model
    meetings, where a secretary looks for an agenda."""
    agenda_section = NavNode(SECTIONS["chuong-trinh"], children=[NavNode(SECTIONS["chuong-trinh"], "chuong-trinh/index.md")]
                             + [NavNode(p.title, p.src) for p in agendas])
    return [
        NavNode("Trang chủ", "index.md"),
        NavNode(SECTIONS["huong-dan"], children=[NavNode(SECTIONS["huong-dan"], "huong-dan/index.md")] + [NavNode(p.title, p.src) for p in guidance]),
        NavNode(SECTIONS["mo-hinh"], children=[NavNode(SECTIONS["mo-hinh"], "mo-hinh/index.md"), agenda_section]
                + [NavNode(p.title, p.src) for p in meetings]),
        NavNode(SECTIONS["chuyen-de"], children=[NavNode(SECTIONS["chuyen-de"], "chuyen-de/index.md")] + [
            NavNode(lib.title, children=[NavNode(lib.title, index.src)] + [NavNode(p.title, p.src) for p in topic_pages])
            for lib, index, topic_pages in libraries]),
        NavNode(SECTIONS["van-ban"], children=[NavNode(SECTIONS["van-ban"], "van-ban/index.md")] + _registry_nav(doc_pages, types)),
    ]


def _topics_index(libraries, r: Renderer, forms_list: list[dict]) -> Page:
    # A cell committee plans its year of thematic meetings here: the yearly plan's form and how a
    # thematic meeting runs were on the home page and down a long guidance page only.
    guide = THEMATIC_MEETING[0]
    leads = [f"[{r.title_of(k)}](../{k}.md)" for k in THEMATIC_MEETING if r.title_of(k) != k]
    leads += [f"[{f['ten']}](../{f['url']})" for f in forms_list if f["url"].split("#")[0] == f"{guide}.md"]
    lines = [f"**Lập kế hoạch và tổ chức buổi chuyên đề:** {'; '.join(leads)}.", ""] if leads else []
    lines += ["## Các thư viện", ""]
    for lib, _, topic_pages in libraries:
        lines.append(f"- [{lib.title}]({lib.slug}/index.md) — {len(topic_pages)} chuyên đề. {r.text(lib.summary, 'chuyen-de/index.md', lib)}")
    lines += ["", "## Chuyên đề theo nhóm chủ đề", ""]
    by_category: dict[str, list] = {}
    for lib, _, topic_pages in libraries:
        for p in topic_pages:
            by_category.setdefault(p.item.category, []).append((p, lib))
    for key in sort_vi(by_category, key=lambda k: r.label("categories", k)):
        lines += [f"### {r.label('categories', key)}", ""]
        for p, lib in sort_vi(by_category[key], key=lambda pair: pair[0].title):
            lines.append(f"- [{p.title}]({lib.slug}/{p.item.slug}.md) ({r.text(lib.owner, 'chuyen-de/index.md', lib)})")
        lines.append("")
    return _index("chuyen-de/index.md", SECTIONS["chuyen-de"],
                  "Đề cương chuyên đề để chi bộ tham khảo, chỉnh sửa cho phù hợp rồi phân công đảng viên chuẩn bị. "
                  "Mỗi đề cương có thể sao chép, tải về dạng Word (DOCX), Markdown hoặc in.", "\n".join(lines))


# The editors' pages stay out of the readers' search, as out of their nav: the guide is the
# longest page of the site and came first for "sinh hoat chuyen de" (linked from the home page).
EDITORS_ONLY = {"search": {"exclude": True}}


def _by_kind(items, types, doc_of=lambda item: item) -> dict[str, list]:
    """Items grouped by their document's kind key, kinds in Vietnamese order of their labels."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(doc_of(item).type, []).append(item)
    return {key: groups[key] for key in sort_vi(groups, key=lambda key: _kind_label(key, types))}


def _kind_label(key, types) -> str:
    return types[key].label if key in types else key


def _kind_src(key) -> str:
    return page_src(f"{KIND_PAGES}/{key}")


# A status no source gives. "Nguồn chưa ghi" was read as "this document has no source" (its
# other facts have theirs), "Chưa rõ" as a doubt about the document: what is missing is a source
# on its force. In the column, on two lines as a replaced document's successor is; the space
# before the break keeps the words apart in the search's text, and a phone's card, which has
# room, drops the break (sotay.css).
UNSOURCED = "Chưa có nguồn về hiệu lực"
COLUMN_BREAK = ' <br class="sotay-column-break">'
_UNSOURCED_CELL = UNSOURCED.replace(" về ", COLUMN_BREAK + "về ")


def _status(d, by_id: dict, to_registry: str) -> str:
    """A document's status cell. A replaced one names its successor, linked, on a line of its own
    (the column fits "Đã được thay thế"), in the words of the document's own page ("thay thế
    bởi"): that alone sent a reader checking what is current to the page and back for each row."""
    new = by_id.get(d.replaced_by) if d.replaced_by else None
    if new is not None:
        # In bold: scanning the column, a replaced document stood out from a current one no more
        # than one whose status no source gives.
        return f"**Đã được thay thế**{COLUMN_BREAK}bởi [{new.code or new.name}]({to_registry}{new.slug}.md)"
    # "Chưa rõ" read as a doubt about the document (the newest directive's status was "Chưa
    # rõ"): what is missing is a source that says it, and the page says so.
    return "Đã được thay thế" if d.replaced_by else ("Hiện hành" if d.status == "hieu-luc" else _UNSOURCED_CELL)


def _forms_list(corpus) -> list[dict]:
    """The forms a page shows, for the home page: each one's title and the form itself on its
    page, its bar with the DOCX; in Vietnamese order."""
    from ..export.actions import form_anchor

    out = []
    for form in corpus.forms.values():
        page = corpus.guidance.get((form.page or "").removeprefix("huong-dan/"))
        if page is None:
            continue  # no page shows it (R105): nowhere to lead
        if any(name == form.slug for _, name in forms.directives(corpus.origin(page).body)):
            out.append({"ten": form.title, "url": f"{form.page}.md#{form_anchor(form.slug)}"})
        else:
            out.append({"ten": form.title, "url": f"{form.page}.md"})
    return sort_vi(out, key=lambda f: f["ten"])


UNNAMED_ISSUER = "Chưa có nguồn ghi cơ quan ban hành"


def _kind_tables(docs, to_registry: str, by_id: dict, level: int = 3) -> str:
    """One kind's documents, a table per issuing body (a heading of its own, so the order shows),
    newest first within it: the three 50-CT/TW stand apart under Ban Bí thư and Bộ Chính trị.
    `by_id` holds every document, a successor of another kind too. The bodies' headings sit a
    level under the kind's: ### in the registry index, ## on the kind's own page."""
    by_body: dict[str, list] = {}
    for d in docs:
        # A province's document no source names the issuer of stands under its province, not beside
        # the central ones (15-QĐi/TU, Quảng Nam's, sat by 24-QĐ/TW under one "no issuer" heading).
        unnamed = f"Văn bản địa phương – {d.province} ({UNNAMED_ISSUER.lower()})" if d.province else ""
        by_body.setdefault(d.issuing_body or unnamed, []).append(d)
    groups = []
    for body in sort_vi([b for b in by_body if b]) + ([""] if "" in by_body else []):
        rows = []
        for d in sorted(by_body[body], key=lambda d: str(d.date or d.year or ""), reverse=True):
            status = _status(d, by_id, to_registry)
            # "Ban hành", not "Ngày": where a source gives only the year, a card read "Ngày: 1999".
            when = vn_date(d.date) or (str(d.year) if d.year else "—")
            link = f"[{d.code or d.name}]({to_registry}{d.slug}.md)"  # the code kept on one line by nowrap_codes
            rows.append([link, when, d.title or "—", status])
        # On a phone each row becomes a card (sotay.css): a wide table left the status off screen.
        groups.append(f"{'#' * level} {body or UNNAMED_ISSUER}\n\n" + '<div class="sotay-registry" markdown>\n\n'
                      + table(["Số hiệu", "Ban hành", "Trích yếu", "Tình trạng"], rows) + "\n\n</div>")
    return "\n\n".join(groups)


def _registry_index(docs, types) -> Page:
    by_id = {d.id: d for d in docs}
    parts = [f"## {_kind_label(key, types)}\n\n" + _kind_tables(kind_docs, "", by_id)
             for key, kind_docs in _by_kind(docs, types).items()]
    intro = ("Sổ văn bản là danh sách các chỉ thị, nghị quyết, kết luận, hướng dẫn và văn bản nhà nước mà Sổ tay này trích dẫn. "
             "Mỗi dữ kiện đều ghi nguồn; điều chưa có nguồn thì để trống (“—”); mục Tình trạng (cột của bảng, hay dòng "
             f"của thẻ trên điện thoại) ghi “{UNSOURCED}” "
             "khi chưa có nguồn nào nói văn bản còn hiệu lực hay đã được thay thế (xem "
             "[Văn bản nào đang áp dụng](../huong-dan/van-ban-hien-hanh.md)). Số hiệu văn bản của Đảng được đánh lại từ đầu "
             "mỗi khóa, nên cùng một số hiệu có thể là nhiều văn bản: hãy xem năm ban hành.")
    return _index("van-ban/index.md", SECTIONS["van-ban"], intro, "\n\n".join(parts))


# A kind's page repeats a part of the registry index: searching a code finds the index and the
# document's own page, not this one too.
KIND_PAGE_META = {"search": {"exclude": True}}


def _kind_pages(docs, types) -> list[Page]:
    """A page per kind of document, the one its section in the nav opens (with pruned sections,
    a section without one opened its first document). Its title says "Các hướng dẫn", where the
    nav's "Hướng dẫn" under Văn bản could be read as the guidance section's name."""
    pages = []
    by_id = {d.id: d for d in docs}
    for key, kind_docs in _by_kind(docs, types).items():
        label = _kind_label(key, types)
        title = f"Các {label[:1].lower()}{label[1:]}"
        intro = (f"{title} mà Sổ tay này trích dẫn, theo cơ quan ban hành, văn bản mới nhất trước. "
                 "Xem [mọi loại văn bản](../../index.md).")
        page = _index(_kind_src(key), title, intro, _kind_tables(kind_docs, "../../", by_id, level=2))
        page.meta = dict(KIND_PAGE_META)
        pages.append(page)
    return pages


def _registry_nav(doc_pages, types) -> list[NavNode]:
    return [NavNode(_kind_label(key, types), children=[NavNode(_kind_label(key, types), _kind_src(key))]
                    + [NavNode(p.title, p.src) for p in kind_pages])
            for key, kind_pages in _by_kind(doc_pages, types, doc_of=lambda p: p.item).items()]


# A generated page made from a file outside content/: where its problems are to be told.
MADE_FROM = {"bien-tap/index.md": "CONTRIBUTING.md"}


def _editors_pages(corpus, registry, r: Renderer, citations: dict, bodies: bool) -> list[Page]:
    """The editors' section: the guide (CONTRIBUTING.md, field reference brought up to date) and content health.

    Linked from the home page, kept out of the reading nav (mkdocs.yml: not_in_nav). Without
    `bodies` only their places and titles: the health report resolves references, which needs
    the extractor's patterns (0.2 s to compile), and a plan needs none of it."""
    pages = []
    guide = corpus.editors_guide_file()
    if guide is not None:
        text = ""
        if bodies:
            from ..fieldref import fill

            text = fill(guide.read_text(encoding="utf-8", errors="replace")) + "\n\nXem thêm: [Nội dung cần rà soát](suc-khoe-noi-dung.md).\n"
        pages.append(Page("bien-tap/index.md", "Hướng dẫn biên tập", text, "editors", EDITORS_ONLY))
    health = ""
    if bodies:
        from ..build import build_day
        from ..health import citations_by_page, report, to_markdown

        # The build has found every citation already: the report reuses them. Its day is the
        # build's (a release's is its commit's), so a rebuild on another day gives the same page.
        health = report(corpus, registry, build_day(), cited=citations_by_page(citations))
        health = r.text(to_markdown(health), "bien-tap/suc-khoe-noi-dung.md", None)
    pages.append(Page("bien-tap/suc-khoe-noi-dung.md", "Nội dung cần rà soát", health, "editors", EDITORS_ONLY))
    return pages


class _NoLinks:
    def annotator(self, registry, note):
        return lambda markdown, src, item: markdown


def plan_site(corpus, registry: Registry) -> Site:
    """The pages' places and titles and the nav, without the costly parts of their bodies (links
    to the registry, download bars): what a renderer needs before it asks for the first page."""
    return build_site(corpus, registry, linker=_NoLinks(), actions=lambda page: "", editor_bodies=False)


_made: list = []  # (corpus, registry, site) of the last site_of() build


def site_of(corpus, registry: Registry, on_page=None) -> Site:
    """build_site for this corpus and registry, made once: the build's worker streams the pages
    and then checks the links against the same pages instead of building them again."""
    if _made and _made[0][0] is corpus and _made[0][1] is registry and on_page is None:
        return _made[0][2]
    site = build_site(corpus, registry, on_page=on_page)
    _made[:] = [(corpus, registry, site)]
    return site


def page_stream(corpus, registry: Registry, emit) -> None:
    """Build the site, handing each page's Markdown to `emit(src, markdown)` as soon as it is final."""
    site_of(corpus, registry, on_page=lambda page: emit(page.src, page.markdown()))
