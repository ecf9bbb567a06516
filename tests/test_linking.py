"""Every resolved citation in a page's running text becomes a link to its registry page."""

import bisect
import re

from sotay.content import load
from sotay.refs import check
from sotay.refs.annotate import protected_ranges
from sotay.registry import Registry
from sotay.render.site import build_site

from conftest import CONTENT


def test_no_resolved_citation_is_left_unlinked_in_any_page():
    corpus = load(CONTENT)
    registry = Registry.build(corpus.documents)
    site = build_site(corpus, registry)
    unlinked, linked_to_other_documents = [], 0
    for page in site.pages:
        if page.src.startswith("bien-tap/"):
            continue  # editors' pages quote codes as examples of how to write them
        # A registry page names its own document (its lead, its examples) without a link to itself.
        own = page.item.id if page.kind == "document" else None
        blocked = protected_ranges(page.body)
        starts = [a for a, _ in blocked]
        for c in check(page.body, registry):
            i = bisect.bisect_right(starts, c.start) - 1
            inside = i >= 0 and blocked[i][1] > c.start  # in a link (now), a heading or code
            if c.id and c.id != own and not inside:
                unlinked.append(f"{page.src}: {c.surface!r}")
            linked_to_other_documents += bool(own and c.id and c.id != own and inside)
    assert not unlinked, unlinked
    # Registry pages link the documents their notes and titles name (42-HD/BTCTW names Chỉ thị 50).
    assert linked_to_other_documents >= 5
    assert len(site.pages) > 50


def test_section_indexes_link_citations_but_are_not_listed_as_citing_pages():
    corpus = load(CONTENT)
    site = build_site(corpus, Registry.build(corpus.documents))
    guidance_index = next(p for p in site.pages if p.src == "huong-dan/index.md")
    assert "](../van-ban/" in guidance_index.body
    section_indexes = {"huong-dan/index.md", "chuong-trinh/index.md", "mo-hinh/index.md", "chuyen-de/index.md"}
    citing = {src for pages in site.citations.values() for _, src in pages}
    assert not citing & section_indexes, citing & section_indexes
    assert any(src.startswith("huong-dan/") for src in citing)  # the pages they list do cite


def test_a_short_reference_the_editor_linked_to_a_documents_page_is_that_document():
    """"[Chỉ thị 50](/van-ban/50-ct-tw-2025/)": the words alone could be three directives (C107), but
    the link says which; the check takes it, and the document's page lists the page as citing it."""
    corpus = load(CONTENT)
    registry = Registry.build(corpus.documents)
    text = "Theo [Chỉ thị 50](/van-ban/50-ct-tw-2025/), chi bộ họp; [Chỉ thị 50](/van-ban/khong-co/) thì chưa rõ."
    linked, unknown = check(text, registry)
    assert (linked.id, linked.problems) == ("50-CT/TW-2025", []) and unknown.id is None
    assert [p.code for p in unknown.problems] == ["C107"]
    before = {src for _, src in build_site(corpus, registry).citations["50-CT/TW-2025"]}
    guide = next(g for g in corpus.guidance.values() if f"huong-dan/{g.slug}.md" not in before)
    guide.body += "\n\nXem thêm [Chỉ thị 50](/van-ban/50-ct-tw-2025/) về sinh hoạt chi bộ.\n"
    after = {src for _, src in build_site(corpus, registry).citations["50-CT/TW-2025"]}
    assert after - before == {f"huong-dan/{guide.slug}.md"}


def test_heading_anchors_are_the_ids_markdown_gives_the_headings():
    """The check's anchors (links.anchors_of) against the ids Python-Markdown's toc and attr_list
    write, for headings closed by #s, padded, with attribute lists, links, entities and repeats,
    and lines Markdown takes for headings that the templates would not."""
    import re

    import markdown

    from sotay.render import links
    from sotay.text import toc_slugify

    headings = ["Lưu ý ##", "Lưu ý", "Ngôn ngữ C#", "A {#rieng}", "B {: #khac .lop}", "Sát{#sat}", "Hai  { #hai }  ", "Tab\t{#tab}",
                "[Liên kết](/huong-dan/) thêm", "X &amp; Y", "Nhiều" + " " * 300 + "khoảng   #   ", "Rieng",
                "Cuối {#rieng}",
                # Tags, other links, code with an entity in it, an image: as the page shows the words.
                "Mục <sup>2</sup>", "Dùng `&amp;` trong mã", "Xem [mục trên](#x) nhé", "Xem [trang][gb] nhé",
                "Xem [ngoài](https://a.vn/b) nhé", "A <br> B", "Dùng ``a`b`` đây", "Ảnh ![a](x.png) đây",
                # An address shown as its own link: its words are the address.
                "Xem <https://baonghean.vn/a-b.html> nhé", "Thư <ban@x.vn> nhé"]
    # Whole lines: Python-Markdown needs no space after the marker, strips a no-break space, closes
    # with # only at the line's very end, and leaves an attribute list it cannot read whole as text.
    lines = ["##Liền", "##\u00a0Cách", "####### Bảy", "## A {x} {#b}", "## A {#a} {#b}", "## B {#b}  ##  ",
             "## C\\##", "##", "## A {#a #c}", "## ???", "## ...",
             # A block of HTML with Markdown inside is an element: its id is taken before the headings'.
             '<div class="x" markdown="1" id="bieu-mau">\n\nTrong khối.\n\n</div>', "## Biểu mẫu", "<!--\n## Đã bỏ\n-->", "<div>\n## Trong khối HTML\n</div>",
             "## Dùng `x` trong mã", "!!! note \"Ghi chú\"\n\n    ## Lưu ý", "> ## Trong trích", "1. ### Trong danh sách\n\n    ## Tiếp ý",
             "Đoạn.\n\n    ## Mã thụt", "<hr>\n## Sau đường kẻ", "<!--\n## Sau chú thích chưa đóng",
             # An id given to a paragraph is taken before the headings are slugged ("Ghi nhớ" is ghi-nho_1);
             # under a heading's line, or on the paragraph's own line, the list is text.
             "Đoạn có mã.\n{: #ghi-nho }", "## Ghi nhớ", "## Trên\n{: #duoi }", "## Dưới", "Cùng dòng {: #cung-dong }", "## Cùng dòng"]
    md = "[gb]: /huong-dan/\n\n" + "".join(f"## {h}\n\nĐoạn.\n\n" for h in headings) + "".join(f"{line}\n\nĐoạn.\n\n" for line in lines)
    html = markdown.markdown(md, extensions=["toc", "attr_list", "admonition", "md_in_html"], extension_configs={"toc": {"slugify": toc_slugify}})
    assert [anchor for _, anchor in links._anchors(md)[0]] == re.findall(r'<h[1-6][^>]* id="([^"]*)"', html)
    # The page's anchors are every id it holds: a link may go to the paragraph too.
    assert links.anchors_of(md) == set(re.findall(r' id="([^"]*)"', html))


def test_citations_in_fenced_code_stay_as_written():
    """A form is a fenced block: a citation in it was linked, and the page showed the link's Markdown
    (an inline code's backticks matched the fence's first two). A fence never closed is text."""
    from sotay.refs.annotate import Linker

    corpus = load(CONTENT)
    registry = Registry.build(corpus.documents)
    cite = "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương"
    markdown = f"```text\n{cite}\n```\n\n> ~~~~\n> {cite}\n> ~~~~\n\n`x` {cite}\n\n```\n{cite}\n"
    annotate = Linker(lambda doc_id: f"van-ban/{doc_id}.md").annotator(registry, lambda *args: None)
    out = annotate(markdown, "huong-dan/thu.md", None)
    assert out.count("](") == 2, out  # the paragraph after the inline code, and the unclosed fence's text
    assert out.startswith(f"```text\n{cite}\n```\n\n> ~~~~\n> {cite}\n> ~~~~\n"), out
    # Nor in a code span of two backticks or over a line break, a raw HTML block, a definition's
    # title; a block that asks for Markdown inside is linked.
    shown_as_written = [f"``{cite}``", f"`Căn cứ\n{cite[7:]}`", f"<details>\n<summary>Xem</summary>\n\n{cite}.\n\n</details>",
                        f'[st]: /huong-dan/ "{cite}"']
    for text in shown_as_written:
        assert annotate(text + "\n", "huong-dan/thu.md", None) == text + "\n", text
    assert "](" in annotate(f"<div markdown>\n\n{cite}.\n\n</div>\n", "huong-dan/thu.md", None)
    # A comment inside the block is inside it too; after a <hr>, whose block is its line, text is text.
    nested = f"<details>\n<summary>Xem</summary>\n<!-- ghi chú -->\n\n{cite}.\n\n</details>\n"
    assert annotate(nested, "huong-dan/thu.md", None) == nested
    assert "](" in annotate(f"<hr>\n\n{cite}.\n", "huong-dan/thu.md", None)


def test_a_citation_whose_term_is_in_italics_is_linked_on_its_name_and_keeps_the_italics():
    """The link ends before emphasis it would open and not close: "[… 4 *khóa XII](…)*" showed
    both asterisks and no italics. Python-Markdown renders the result, so what it shows is checked."""
    import markdown

    from sotay.refs.annotate import Linker

    corpus = load(CONTENT)
    registry = Registry.build(corpus.documents)
    annotate = Linker(lambda doc_id: f"van-ban/{doc_id}.md").annotator(registry, lambda *args: None)
    out = annotate("Theo Nghị quyết Trung ương 4 *khóa XII* về xây dựng Đảng.\n", "huong-dan/thu.md", None)
    assert out == "Theo [Nghị quyết Trung ương 4](../van-ban/04-NQ/TW-2016.md) *khóa XII* về xây dựng Đảng.\n", out
    assert "<em>khóa XII</em>" in markdown.markdown(out) and "*" not in markdown.markdown(out)
    # Emphasis the citation opens and closes, or none, leaves the link whole.
    whole = annotate("*Nghị quyết Trung ương 4 khóa XII*.\n", "huong-dan/thu.md", None)
    assert whole == "*[Nghị quyết Trung ương 4 khóa XII](../van-ban/04-NQ/TW-2016.md)*.\n", whole
    # Bold (an even count of marks, opened and not closed), emphasis read from inside, marks side
    # by side: every page shows its words and its emphasis, and no mark as typed.
    for text in ("Nghị quyết Trung ương 4 **khóa XII** về …", "**Nghị quyết Trung ương 4** khóa XII",
                 "**Nghị quyết Trung ương 4** *khóa XII*", "*Nghị quyết Trung ương 4* *khóa XII*", "__Nghị quyết Trung ương 4__ khóa XII",
                 "- Nghị quyết Trung ương 4 **khóa XI và XII** nhé", "***Chỉ thị 50-CT/TW*** *ngày 23/7/2025*",
                 "**Nghị quyết Trung ương 4**, **5** khóa XII", "Nghị quyết Trung ương 4 *khóa XI, XII, XIII*"):
        out = annotate(text + "\n", "huong-dan/thu.md", None)
        shown = re.sub(r"<[^>]+>", "", markdown.markdown(out))
        assert "](" in out and not re.search(r"[*_]|\]\(", shown), (out, shown)
    # Quotes around the reference alone stay around its link, the context after them read.
    for text in ("Theo “Chỉ thị 50-CT/TW” của Ban Bí thư khóa XIII.", 'Theo "**Chỉ thị 50-CT/TW**" khóa XIII.'):
        out = annotate(text + "\n", "huong-dan/thu.md", None)
        assert re.search(r"[“\"]\**\[Chỉ thị 50-CT/TW\]\(\.\./van-ban/50-CT/TW-2025\.md\)\**[”\"]", out), out


def test_a_link_by_reference_names_its_document_as_an_inline_one_does():
    """"[Chỉ thị 50][ct50]", "[…][]" and a shortcut "[Chỉ thị 50]" link through a definition line
    ("[ct50]: /van-ban/…"): the check takes the document the definition names (it read C107, the
    definition's own label a second citation), and the page is not linked again inside the link
    (nested <a>) nor its "[…][]" broken; a link in words no citation reads still cites."""
    import markdown

    from sotay.refs.annotate import Linker

    corpus = load(CONTENT)
    registry = Registry.build(corpus.documents)
    text = ("Theo [Chỉ thị 50][ct50], [Hướng dẫn 42-HD/BTCTW][] và [Chỉ thị 50], rồi [Chỉ thị 10][ct50].\n\n"
            "[ct50]: /van-ban/50-ct-tw-2025/\n[hướng dẫn 42-HD/BTCTW]: </van-ban/42-hd-btctw-2025/> \"Chỉ thị 10\"\n"
            "[Chỉ thị 50]: /van-ban/50-ct-tw-1999/\n")
    found = [(c.surface, c.id, [p.code for p in c.problems]) for c in check(text, registry)]
    assert found == [("Chỉ thị 50", "50-CT/TW-2025", []), ("Hướng dẫn 42-HD/BTCTW", "42-HD/BTCTW-2025", []),
                     ("Chỉ thị 50", "50-CT/TW-1999", []), ("Chỉ thị 10", None, ["C107", "C110"])], found
    noted = []
    annotate = Linker(lambda doc_id: f"van-ban/{doc_id}.md").annotator(registry, lambda *args: noted.append(args[0]))
    shown = markdown.markdown(annotate(text.replace("rồi [Chỉ thị 10][ct50]", "rồi [bản năm 1999][]") + "[bản năm 1999]: /van-ban/50-ct-tw-1999/\n",
                                       "huong-dan/thu.md", None))
    assert "<a" not in re.sub(r"<a [^>]*>[^<]*(?:<span[^>]*>[^<]*</span>)?</a>", "", shown) and "[" not in shown, shown
    assert shown.count("<a ") == 4 and set(noted) == {"50-CT/TW-2025", "42-HD/BTCTW-2025", "50-CT/TW-1999"}, (shown, noted)


def test_links_by_reference_as_markdown_reads_them_are_linked_once():
    """A space between a label and its reference ("[…] [hd42]") and a shortcut label over two lines
    are links to Markdown: the citation inside was linked again (a link in a link, the brackets
    shown); a definition shown in a code block is none, and one whose address is on the next line
    is read, its address no code written wrong (C106)."""
    import markdown

    from sotay.refs.annotate import Linker

    registry = Registry.build(load(CONTENT).documents)
    annotate = Linker(lambda doc_id: f"van-ban/{doc_id}.md").annotator(registry, lambda *args: None)
    for text in ("Chi bộ học [văn bản Hướng dẫn 42-HD/BTCTW] [hd42] trong tháng.\n\n[hd42]: /van-ban/42-hd-btctw-2025/\n",
                 "Chi bộ học [Chỉ thị 10-CT/TW\nngày 30/3/2007] trong tháng.\n\n[chỉ thị 10-ct/tw ngày 30/3/2007]: /van-ban/10-ct-tw-2007/\n"):
        shown = markdown.markdown(annotate(text, "huong-dan/thu.md", None))
        assert shown.count("<a ") == 1 and "[" not in shown, shown
    fenced = "[Chỉ thị 50-CT/TW ngày 23/7/2025][ct50]\n\n```\n[ct50]: /van-ban/50-ct-tw-2015/\n```\n\n[ct50]: /van-ban/50-ct-tw-2025/\n"
    assert [(c.id, c.problems) for c in check(fenced, registry)] == [("50-CT/TW-2025", [])]
    next_line = "Theo [Chỉ thị 50][ct50].\n\n[ct50]:\n  /van-ban/50-ct-tw-2025/\n"
    assert [(c.id, c.problems) for c in check(next_line, registry)] == [("50-CT/TW-2025", [])]



def test_a_citation_with_a_note_s_mark_is_linked_as_the_check_reads_it():
    """"Chỉ thị 50<sup>2</sup> ngày 23/7/2025": the check read past the mark to the date, the page
    did not, and left it unlinked."""
    from sotay.refs.annotate import Linker

    registry = Registry.build(load(CONTENT).documents)
    noted = []
    annotate = Linker(lambda doc_id: f"van-ban/{doc_id}.md").annotator(registry, lambda *args: noted.append(args[0]))
    out = annotate("Theo Chỉ thị 50<sup>2</sup> ngày 23/7/2025, chi bộ họp.\n", "huong-dan/thu.md", None)
    assert out.startswith("Theo [Chỉ thị 50](../van-ban/50-CT/TW-2025.md)<sup>2</sup>") and noted == ["50-CT/TW-2025"], out


def test_a_citation_after_an_exclamation_mark_is_a_link_not_an_image():
    """"Xem thêm !Hướng dẫn 42-HD/BTCTW …" became ![…](…): a broken image where the name was (a red
    team). The "!" is escaped and still shows; one escaped already stays as it is."""
    import markdown

    from sotay.refs.annotate import Linker

    registry = Registry.build(load(CONTENT).documents)
    annotate = Linker(lambda doc_id: f"van-ban/{doc_id}.md").annotator(registry, lambda *args: None)
    for text in ("Xem thêm !Hướng dẫn 42-HD/BTCTW ngày 28/10/2025.", "Xem thêm \\!Hướng dẫn 42-HD/BTCTW ngày 28/10/2025.",
                 "Xem thêm \\\\!Hướng dẫn 42-HD/BTCTW ngày 28/10/2025."):
        shown = markdown.markdown(annotate(text + "\n", "huong-dan/thu.md", None))
        assert "<img" not in shown and re.search(r"!<a href=[^>]+>Hướng dẫn 42-HD/BTCTW", shown), (text, shown)


def test_a_term_linked_alone_takes_the_word_khoa_before_it():
    """"… Trung ương 4 khóa XI và khóa XII": the second document is read from its term, and "XII"
    alone was a link 19 px wide on a phone."""
    from sotay.refs.annotate import Linker

    corpus = load(CONTENT)
    annotate = Linker(lambda doc_id: f"van-ban/{doc_id}.md").annotator(Registry.build(corpus.documents), lambda *args: None)
    out = annotate("Dựa trên Nghị quyết Trung ương 4 khóa XI và khóa XII.\n", "huong-dan/thu.md", None)
    assert "và [khóa XII](../van-ban/04-NQ/TW-2016.md)." in out, out
    # In a list of terms there is no word to take: the link gets a class that makes it 24 px wide.
    listed = annotate("Theo Nghị quyết Trung ương 4 khóa XI, XII.\n", "huong-dan/thu.md", None)
    assert ", [XII](../van-ban/04-NQ/TW-2016.md){ .sotay-short }." in listed, listed
    # A term the link already holds is left as it is.
    assert annotate("Nghị quyết Trung ương 4 khóa XII.\n", "huong-dan/thu.md", None).startswith("[Nghị quyết Trung ương 4 khóa XII](")


def test_code_and_comments_are_read_where_markdown_makes_them():
    """What the check takes for code or a comment (and so leaves unchecked) against what Python-
    Markdown makes of it: a stray backtick in one list item, heading, table row or note title
    paired with one further on and hid a live link between them from the link rules; a backtick
    after a backslash closes a span (`D:\\SoTay\\`); a comment inside a line hides only within
    its paragraph."""
    import markdown

    from sotay.verbatim import covers, verbatim_ranges

    link = "[trang](/huong-dan/khong-co/)"
    cases = [f"Lưu vào `D:\\SoTay\\` rồi mở {link}, gõ `enter`.", f"- Gõ phím ` để mở.\n- Xem {link} và `mã`.",
             f"1. Gõ phím ` để mở.\n2. Xem {link} và `mã`.", f"## Phím `\nXem {link} và `mã`.",
             f'!!! note "Phím `"\n    Xem {link} và `mã`.', f"| a` | b |\n|---|---|\n| {link} | `x` |",
             f"Gõ \\\\`a` rồi {link} và `b`.", f"Ghi chú <!-- nháp\n\nXem {link}\n\n--> hết.", f"Dùng \\`{link}` đây.",
             # Markdown 3.11's own reading of backticks: a shorter run closes when none as long does, a run
             # with no closing skips twice its length, a tick after an escaped one opens; code is read
             # before an inline comment; a list item inside a paragraph is no edge; "<!-->" hides nothing;
             # an inline comment holding another "<!--" is none.
             f"``a`{link}` x", f"``a```{link}```", f"\\``x`{link}` y", f"Mở `<!--`, xem {link}, đóng `-->`.",
             f"`\n* `{link}` z", f"a<!-->{link}-->", f"a <!--{link}<!-- b -->",
             # Hidden, as Markdown hides them:
             f"Một `mã\nqua dòng {link}` đây.", f"<!-- ẩn\n\n{link}\n\n-->", f"Chữ <!-- ẩn {link} --> hết.", f"``a ` {link}``", f"``a`{link}`"]
    for text in cases:
        html = markdown.markdown(text, extensions=["admonition", "attr_list", "md_in_html", "tables", "pymdownx.superfences"])
        shown = re.sub(r"<!---?>|<!--.*?-->", "", html, flags=re.S)  # as a browser reads comments: "<!-->" is one
        live = 'href="/huong-dan/khong-co/"' in shown
        assert covers(verbatim_ranges(text), text.index(link)) is not live, (text, html)


def test_site_links_in_code_stay_as_written():
    from sotay.render.links import rewrite

    markdown = "`[sổ tay](/huong-dan/so-tay/)` và [sổ tay](/huong-dan/so-tay/)\n"
    assert rewrite(markdown, "huong-dan/a.md", {"huong-dan/so-tay"}) == "`[sổ tay](/huong-dan/so-tay/)` và [sổ tay](so-tay.md)\n"
    # A definition in code stays, though the links before it changed the text's length.
    markdown = "Xem [sổ tay](/huong-dan/so-tay/).\n\n```text\n[gb]: /huong-dan/so-tay/\n```\n\n[st]: /huong-dan/so-tay/\n"
    assert rewrite(markdown, "huong-dan/a.md", {"huong-dan/so-tay"}) == (
        "Xem [sổ tay](so-tay.md).\n\n```text\n[gb]: /huong-dan/so-tay/\n```\n\n[st]: so-tay.md\n")


def test_fenced_blocks_are_the_ones_superfences_makes():
    """sotay.fences against superfences itself: a block it makes is one, text it leaves is text."""
    import markdown

    from sotay.fences import fenced_ranges

    snippets = ["```text\nmã\n```\n", "```Ghi chú mẫu\nx\n```\n", "```text title=x\nx\n```\n",
                "```` ```mau ```` là khối mẫu.\n\n```\ncode\n```\n", "```text\nmã\n   ```\n\n## Sau\n",
                "- a\n\n    ```\n    x\n    ```\n", "> ```\n> x\n> ```\n", "~~~~\n```\n~~~~\n", "```{.text}\nx\n```\n",
                '```python title="a.py"\nx\n```\n', "```\nchưa đóng\n", "````\n```\n````\n", "```text plain\nx\n```\n",
                "```mau bienban\nx\n```\n", "```python linenums=\"1\"\nx\n```\n"]
    for text in snippets:
        html = markdown.markdown(text, extensions=["pymdownx.superfences", "attr_list", "md_in_html"])
        assert len(fenced_ranges(text)) == html.count('<div class="highlight">'), (text, html)


def test_the_checks_markdown_is_the_sites_own_heading_ids_included():
    """The check renders content with mkdocs.yml's extensions, read as MkDocs reads them: its toc
    made heading ids with Python-Markdown's slugify, not the site's (`!!python/name:` was read as
    nothing), so an id the check saw was not the one the page has."""
    from sotay.rendered import render
    from sotay.text import toc_slugify

    html = render("## Mục đích và yêu cầu\n", str(CONTENT.parent / "mkdocs.yml"))
    assert f'id="{toc_slugify("Mục đích và yêu cầu")}"' in html, html
    assert toc_slugify("Mục đích và yêu cầu") != "muc-ich-va-yeu-cau"  # what Python-Markdown's own gives



def test_a_link_in_any_field_the_check_passes_is_a_link_between_pages_in_the_build(tmp_path):
    """A link in a cell's facts, a registry note, a keyword, a presenter, a library's owner or an
    outline's section heading passed the check (which reads every field's links) and reached the
    page as written: the strict build refused it, naming the page but not the file."""
    import shutil

    from sotay.check import run
    from sotay.rendered import attributes, render

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    link = "[biên bản](/huong-dan/ghi-bien-ban/)"
    edits = {"mo-hinh/trung-tam-doi-soat.yml": ("    - 10 đảng viên", f"    - Xem {link}.\n    - 10 đảng viên"),
             "van-ban/03-ct-tw-2011.yml": ("note: ", f"note: Xem {link}. "),
             "huong-dan/ghi-bien-ban.md": ("tags: [biên bản,", f"tags: ['{link}', biên bản,"),
             "chuyen-de/thu-vien-chung/bien-ban-dien-tu.md": ("presenter: Đảng viên", f"presenter: Đảng viên ({link})"),
             "chuyen-de/thu-vien-chung/_thu-vien.yml": ("owner: Ban biên tập", f"owner: Ban biên tập ({link})")}
    for rel, (old, new) in edits.items():
        path = content / rel
        assert old in path.read_text(), rel
        path.write_text(path.read_text().replace(old, new, 1))
    heading = content / "chuyen-de/thu-vien-chung/bien-ban-dien-tu.md"
    heading.write_text(heading.read_text().replace("### Kinh nghiệm số hóa biên bản", f"### Kinh nghiệm số hóa {link}"))
    result = run(content)
    assert not [d for d in result.diagnostics if d.code.startswith("L")], result.diagnostics
    site = build_site(result.corpus, result.registry)
    absolute = [(page.src, value) for page in site.pages for tag, name, value in attributes(render(page.body, "mkdocs.yml"))
                if name == "href" and value.startswith("/huong-dan/")]
    assert not absolute, absolute
    converted = [page.src for page in site.pages if "ghi-bien-ban.md)" in page.body and "biên bản](" in page.body]
    assert {"mo-hinh/trung-tam-doi-soat.md", "van-ban/03-ct-tw-2011.md", "huong-dan/ghi-bien-ban.md",
            "chuyen-de/thu-vien-chung/bien-ban-dien-tu.md", "chuyen-de/thu-vien-chung/index.md"} <= set(converted), converted


def test_a_bare_code_in_a_page_grounded_on_one_of_its_documents_is_offered_that_one_and_linked_once_the_editor_says_so(tmp_path):
    """"Chỉ thị 50" in a page whose `references` list 50-CT/TW-2025 is told (C107) how to say it
    is that one, not linked to it by the list; written as told, a link on the same words, the check
    passes it and the page links it there."""
    import shutil

    from sotay.check import run

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    # A page that cites it nowhere in full: after a citation in full, the short form is that document.
    grounded = content / "huong-dan/bi-thu-chu-tri.md"
    assert "50-CT/TW-2025" in grounded.read_text().split("---")[1] and "50-CT/TW" not in grounded.read_text().split("---", 2)[2]
    before = grounded.read_text()
    grounded.write_text(before + "\n\nCuối buổi, chi bộ thống nhất cách thực hiện Chỉ thị 50 trong quý tới.\n")
    (told,) = run(content).diagnostics
    fix = "[Chỉ thị 50](/van-ban/50-ct-tw-2025/)"
    assert (told.code, told.message.endswith(f"liên kết chữ đã viết tới trang của nó: {fix}.")) == ("C107", True), told
    grounded.write_text(before + f"\n\nCuối buổi, chi bộ thống nhất cách thực hiện {fix} trong quý tới.\n")
    result = run(content)
    assert not result.diagnostics, result.diagnostics
    site = build_site(result.corpus, result.registry)
    body = next(p.body for p in site.pages if p.src == "huong-dan/bi-thu-chu-tri.md")
    assert re.search(r"\[Chỉ thị 50\]\([./]*van-ban/50-ct-tw-2025(?:/|\.md)\) trong quý tới", body), body[-400:]


def test_a_link_never_takes_a_bracket_it_does_not_close():
    """"Nghị quyết Trung ương 4 (khóa XI, XII)": the first term's link underlined "(khóa XI" (a reviewer's)."""
    from sotay.refs.annotate import Linker

    registry = Registry.build(load(CONTENT).documents)
    annotate = Linker(lambda doc_id: f"van-ban/{doc_id}.md").annotator(registry, lambda *args: None)
    out = annotate("Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng.\n", "huong-dan/thu.md", None)
    assert out.startswith("[Nghị quyết Trung ương 4](../van-ban/NQ-TW4-XI.md) (khóa XI, [XII](../van-ban/04-NQ/TW-2016.md)"), out
    # A bracket it opens and closes stays in it.
    out = annotate("Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.\n", "huong-dan/thu.md", None)
    assert out.startswith("[Nghị quyết Trung ương 4 (khóa XII)](../van-ban/04-NQ/TW-2016.md) về"), out
