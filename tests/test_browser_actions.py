"""Copy, download and print on outline and agenda pages, in headless Chromium."""

import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin
from urllib.request import urlopen

import pytest
from docx import Document
from playwright.sync_api import expect

from sotay.content import load
from sotay.export import ExportContext, exportables, lookup
from sotay.export.actions import FILES_HINT, FILES_HINT_ID
from sotay.export.docx import AGENDA_WIDTHS_TWIPS
from sotay.export.markdown import to_markdown
from sotay.export.plain import to_text
from sotay.registry import Registry

from conftest import CONTENT, ROOT, unpacked

pytestmark = pytest.mark.browser
TOPIC = "chuyen-de/thu-vien-chung/bien-ban-dien-tu"


@pytest.fixture(scope="module")
def ctx():
    corpus = load(CONTENT)
    return ExportContext(corpus, Registry.build(corpus.documents))


def clipboard_context(browser, site_url, **options):
    """A context that may read the clipboard, which every context of the browser shares: emptied
    first, so that a test reads what it copied, not what the test before it did."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], **options)
    page = context.new_page()
    page.goto(site_url)
    page.evaluate("navigator.clipboard.writeText('')")
    page.close()
    return context


class _Actions(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bar, self.depth, self.labels, self.links, self.current, self.titles = False, 0, [], {}, None, {}
        self.data = {}  # the bar's data attributes, as sotay.js reads them (unescaped, then unpacked)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and "sotay-actions" in attrs.get("class", ""):
            self.bar, self.depth = True, 0
            self.data = {k: unpacked(v) for k, v in attrs.items() if k.startswith("data-")}
        if self.bar:
            self.depth += tag == "div"
            if tag in ("a", "button"):
                self.current = attrs

    def handle_endtag(self, tag):
        if self.bar and tag == "div":
            self.depth -= 1
            self.bar = self.depth > 0
        if tag in ("a", "button"):
            self.current = None

    def handle_data(self, data):
        if self.bar and self.current is not None and data.strip():
            self.labels.append(data.strip())
            if "href" in self.current:
                self.links[data.strip()] = self.current["href"]
                self.titles[data.strip()] = self.current.get("title", "")


def test_every_outline_and_agenda_page_has_all_four_actions(built_site, ctx):
    pages = exportables(ctx.corpus)
    assert pages
    for exp in pages:
        parser = _Actions()
        parser.feed((built_site / exp.key / "index.html").read_text())
        assert parser.labels == ["Sao chép", "Tải về DOCX", "Tải về Markdown", "In"], exp.key
        page_dir = built_site / exp.key
        for label, suffix in (("Tải về DOCX", ".docx"), ("Tải về Markdown", ".md")):
            target = (page_dir / parser.links[label]).resolve()
            assert target.is_file() and target.suffix == suffix, (exp.key, label)
        # Each says what it is for: "Markdown" means nothing to a secretary, who wants the Word file.
        assert "Word" in parser.titles["Tải về DOCX"] and "biên tập viên" in parser.titles["Tải về Markdown"], parser.titles
        # ... in a line a phone shows too (it shows no tooltip), which describes both links.
        html_text = (built_site / exp.key / "index.html").read_text()
        assert f'id="{FILES_HINT_ID}">{FILES_HINT}</p>' in html_text, exp.key
        assert html_text.count(f'aria-describedby="{FILES_HINT_ID}"') == 2, exp.key
        # A model's agenda is written out as a sample agenda: sent back, it makes a new one.
        assert ("chương trình mẫu mới" in parser.titles["Tải về Markdown"]) == exp.key.startswith("mo-hinh/"), parser.titles
        # What the page itself saves (offline too): the same Markdown as the file, and the copy text.
        markdown = to_markdown(exp, ctx)
        assert parser.data["data-sotay-md"] == markdown == (page_dir / parser.links["Tải về Markdown"]).read_text(), exp.key
        assert parser.data["data-sotay-copy"] == to_text(exp, ctx), exp.key


def test_downloads_are_served_and_are_the_right_files(page, site_url, ctx):
    page.goto(site_url + TOPIC + "/")
    docx_href = page.get_attribute("a.md-button[download$='.docx']", "href")
    md_href = page.get_attribute("a.md-button[download$='.md']", "href")
    with urlopen(urljoin(page.url, docx_href)) as r:
        doc = Document(io.BytesIO(r.read()))
    assert any(p.text == "ĐỀ CƯƠNG SINH HOẠT CHUYÊN ĐỀ" for p in doc.paragraphs)
    with urlopen(urljoin(page.url, md_href)) as r:
        assert r.read().decode().startswith("---\ntitle: Số hóa biên bản")


def _press_copy(page, outcome: str = "Đã sao chép") -> None:
    page.click("button.sotay-copy")
    # A locator's wait, not a string polled by wait_for_function: the page's CSP forbids eval, and
    # Playwright evaluates a bare expression again on each poll (it failed when the first poll
    # came before the button's new label, on a loaded machine).
    expect(page.locator("button.sotay-copy").first).to_have_text(outcome)


def _intranet_page(context, site_url):
    """The outline as an intranet host name serves it: plain http, so not a secure context. The
    name is routed to the local server without touching DNS."""
    port = re.search(r":(\d+)/", site_url).group(1)
    page = context.new_page()
    page.route("http://so-tay.intranet/**", lambda route: route.continue_(url=route.request.url.replace("so-tay.intranet", f"127.0.0.1:{port}")))
    page.goto("http://so-tay.intranet/" + TOPIC + "/")
    return page


def test_copy_button_puts_the_outline_text_on_the_clipboard(browser, site_url, ctx):
    context = clipboard_context(browser, site_url)
    page = context.new_page()
    page.goto(site_url + TOPIC + "/")
    _press_copy(page)
    copied = page.evaluate("navigator.clipboard.readText()")
    # Said to a screen reader too, from a status region inside the main content.
    status = page.eval_on_selector("main [role=status]", "e => e.textContent")
    # The focus stays on the button: the copy's own textarea took it, and the next Tab went to
    # the top of the page.
    focused = page.evaluate("() => document.activeElement.matches('button.sotay-copy')")
    context.close()
    assert status == "Đã sao chép" and focused
    assert copied == to_text(lookup(ctx.corpus, TOPIC), ctx)
    assert copied.startswith("SỐ HÓA BIÊN BẢN") and "III. NỘI DUNG" in copied


def test_copy_works_on_plain_http_intranet_hosts_too(browser, site_url, ctx):
    """Not a secure context: no Clipboard API, and the fallback copies."""
    context = clipboard_context(browser, site_url)
    page = _intranet_page(context, site_url)
    assert page.evaluate("window.isSecureContext") is False
    _press_copy(page)
    reader = context.new_page()
    reader.goto(site_url)
    copied = reader.evaluate("navigator.clipboard.readText()")
    context.close()
    assert copied == to_text(lookup(ctx.corpus, TOPIC), ctx)


@pytest.mark.parametrize("host", ["local", "intranet"])
def test_a_form_has_a_copy_button_that_copies_it_as_shown(browser, site_url, host):
    """The minutes guide says "Chép khung dưới đây" over its template: on a phone, selecting 35
    lines by hand is the hard part. Its bar has "Sao chép", as an outline's has (Material's
    unlabelled icon on the block is left off), and copies the block as shown: plain text laid out
    as the DOCX, no Markdown marks to delete in Word. Over plain http too (no Clipboard API)."""
    context = clipboard_context(browser, site_url, has_touch=True,
                                viewport={"width": 375, "height": 740})
    if host == "local":
        page = context.new_page()
        page.goto(site_url + "huong-dan/ghi-bien-ban/")
    else:
        page = _intranet_page(context, site_url)
        page.goto("http://so-tay.intranet/huong-dan/ghi-bien-ban/")
        assert page.evaluate("window.isSecureContext") is False
    block = page.locator("div.highlight", has_text="BIÊN BẢN SINH HOẠT CHI BỘ")
    button = page.locator(".sotay-form-actions button.sotay-copy")
    box = button.bounding_box()
    icons = block.locator("button").count()
    shown = block.locator("code").inner_text()
    button.tap()
    expect(button).to_have_text("Đã sao chép")
    reader = context.new_page()
    reader.goto(site_url)
    copied = reader.evaluate("navigator.clipboard.readText()")
    page.emulate_media(media="print")
    printed = button.evaluate("b => getComputedStyle(b.closest('.sotay-actions')).display")
    context.close()
    assert printed == "none"  # a printed template carries no button
    assert icons == 0 and box["width"] >= 44 and box["height"] >= 44, (icons, box)
    assert copied.strip() == shown.strip() and copied.startswith("BIÊN BẢN SINH HOẠT CHI BỘ"), copied[:200]
    assert not re.search(r"^#", copied, re.M) and "\nI. THÔNG TIN CHUNG\n" in copied, copied[:200]


def test_an_editors_example_keeps_materials_copy_button_as_a_thumbs_target(browser, site_url):
    """The editors' examples (code) keep Material's copy icon: a 44 px target on a touch screen,
    above the block's first line rather than over its end, and not printed."""
    context = clipboard_context(browser, site_url, has_touch=True,
                                viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(site_url + "bien-tap/")
    block = page.locator("div.highlight", has=page.locator("button.md-code__button[data-md-type=copy]")).first
    button = block.locator("button.md-code__button[data-md-type=copy]")
    block.scroll_into_view_if_needed()
    box, label = button.bounding_box(), button.get_attribute("title")
    first_line = block.locator("code").evaluate("""code => { const r = document.createRange(); r.selectNodeContents(code);
        const rects = [...r.getClientRects()].filter(c => c.width > 0), top = Math.min(...rects.map(c => c.top));
        return rects.filter(c => c.top < top + 2).map(c => [c.top, c.right]); }""")
    shown = block.locator("code").inner_text()
    button.tap()
    copied = page.evaluate("navigator.clipboard.readText()")
    page.emulate_media(media="print")
    printed = button.evaluate("b => getComputedStyle(b.parentElement).display")
    context.close()
    assert label == "Sao chép vào bộ nhớ tạm" and box["width"] >= 44 and box["height"] >= 44, (label, box)
    assert all(top >= box["y"] + box["height"] or right <= box["x"] for top, right in first_line), (first_line, box)
    assert copied.strip() == shown.strip() and printed == "none", (copied[:100], printed)


def test_copy_falls_back_when_the_clipboard_api_is_refused(browser, site_url, ctx):
    """A browser policy or permission may refuse the Clipboard API: the page copies another way."""
    context = clipboard_context(browser, site_url)
    page = context.new_page()
    page.goto(site_url + TOPIC + "/")
    page.evaluate("""() => { navigator.clipboard.writeText = navigator.clipboard.write =
        () => Promise.reject(new DOMException('refused', 'NotAllowedError')); }""")
    _press_copy(page)
    copied = page.evaluate("navigator.clipboard.readText()")
    html = page.evaluate(READ_HTML)
    context.close()
    assert copied == to_text(lookup(ctx.corpus, TOPIC), ctx)
    assert html and "SỐ HÓA BIÊN BẢN" in html  # the other way carries the HTML too


# The clipboard's HTML, as a word processor would get it on paste (null when it holds none).
READ_HTML = """async () => { const [item] = await navigator.clipboard.read();
    return item.types.includes('text/html') ? await (await item.getType('text/html')).text() : null; }"""


@pytest.mark.parametrize("host", ["local", "intranet"])
def test_an_agenda_pastes_into_a_word_processor_as_a_table(browser, site_url, ctx, host):
    """Besides the text, the copy holds HTML: Word and LibreOffice paste an agenda as a table, one
    row per item (the text, one item over two or three lines, was rebuilt as a table by hand), the
    headings bold, in Times New Roman; a plain editor still pastes the text. Over plain http too
    (the copy command's own event carries both)."""
    key = "chuong-trinh/sinh-hoat-thuong-ky"
    context = clipboard_context(browser, site_url)
    if host == "local":
        page = context.new_page()
        page.goto(site_url + key + "/")
    else:
        page = _intranet_page(context, site_url)
        page.goto("http://so-tay.intranet/" + key + "/")
        assert page.evaluate("window.isSecureContext") is False
    # The Clipboard API had Chromium parse the HTML in the page: a CSP violation per style attribute.
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _press_copy(page)
    reader = context.new_page()
    reader.goto(site_url)
    text, html = reader.evaluate("navigator.clipboard.readText()"), reader.evaluate(READ_HTML)
    assert errors == [], errors
    # Read back as a document: rows and cells of the pasted table, and the bold lines.
    rows = reader.evaluate("""html => { const d = new DOMParser().parseFromString(html, 'text/html');
        return [[...d.querySelectorAll('tr')].map(r => [...r.cells].map(c => c.innerText.trim())),
                [...d.querySelectorAll('b')].map(b => b.textContent), d.querySelector('div').getAttribute('style')]; }""", html)
    context.close()
    exp = lookup(ctx.corpus, key)
    assert text == to_text(exp, ctx)
    cells, bold, font = rows  # the attribute: the site's CSP keeps the reader page from applying it
    assert cells[0] == ["STT", "Nội dung", "Thời gian", "Người thực hiện", "Ghi vào biên bản"]
    assert [c[0] for c in cells[1:]] == [str(i) for i in range(1, len(exp.agenda_items) + 1)]
    assert [c[2] for c in cells[1:]] == [f"{it.minutes} phút" for it in exp.agenda_items]
    assert bold[:2] == [exp.title.upper(), "LƯU Ý"] and "VĂN BẢN LÀM CĂN CỨ" in bold, bold
    assert "Times New Roman" in font and "14pt" in font, font


def test_a_form_pastes_into_a_word_processor_as_a_party_document(browser, site_url):
    """A form's copy carried its text alone: pasted into Word it had no letterhead, and its signer
    stood at the left. Its HTML is laid out as it prints: the letterhead's two columns (the Party's
    name at the right), the type centred, the signer at the right of the recipients."""
    context = clipboard_context(browser, site_url)
    page = context.new_page()
    page.goto(site_url + "huong-dan/sinh-hoat-thuong-ky/")
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    button = page.locator(".sotay-form-actions button.sotay-copy").first
    button.click()
    expect(button).to_have_text("Đã sao chép")
    reader = context.new_page()
    reader.goto(site_url)
    text, html = reader.evaluate("navigator.clipboard.readText()"), reader.evaluate(READ_HTML)
    laid = reader.evaluate("""html => { const d = new DOMParser().parseFromString(html, 'text/html');
        const [head, signs] = d.querySelectorAll('table');
        return [[...head.rows[0].cells].map(c => c.querySelector('p').textContent),
                [...signs.rows[0].cells].map(c => c.querySelector('p').textContent),
                [...d.querySelectorAll('p')].find(p => p.textContent === 'THÔNG BÁO').getAttribute('style'),
                d.querySelector('script, [onclick]') === null]; }""", html)
    context.close()
    assert errors == [], errors
    assert text.startswith("THÔNG BÁO VỀ VIỆC SINH HOẠT CHI BỘ"), text[:80]
    assert laid[0] == ["ĐẢNG BỘ ........................", "ĐẢNG CỘNG SẢN VIỆT NAM"], laid
    assert laid[1] == ["Nơi nhận:", "T/M CHI BỘ"] and "text-align:center" in laid[2] and laid[3], laid


@pytest.mark.parametrize("screen", [{"width": 1280, "height": 900}, {"width": 375, "height": 740}])
def test_where_nothing_may_copy_the_text_is_shown_selected(browser, site_url, ctx, screen):
    """No clipboard at all (an http intranet host, the copy command refused): the reader gets the
    text shown and selected under the buttons, and is told how to copy it, instead of a dead end."""
    context = browser.new_context(viewport=screen)
    page = _intranet_page(context, site_url)
    page.evaluate("() => { document.execCommand = () => false; }")
    _press_copy(page, "Chưa chép được")
    offer = page.evaluate("""() => { const box = document.querySelector('.sotay-copy-offer textarea'), r = box.getBoundingClientRect();
        return {value: box.value, focused: document.activeElement === box, start: box.selectionStart, end: box.selectionEnd,
                width: r.width, inside: r.right <= innerWidth, hint: document.getElementById(box.getAttribute('aria-describedby')).textContent,
                status: document.querySelector('main [role=status]').textContent}; }""")
    page.click("button.sotay-copy")  # a second try reuses the same box
    boxes = page.evaluate("document.querySelectorAll('.sotay-copy-offer').length")
    context.close()
    text = to_text(lookup(ctx.corpus, TOPIC), ctx)
    assert offer["value"] == text and offer["focused"] and (offer["start"], offer["end"]) == (0, len(text)), offer
    assert offer["width"] > 300 and offer["inside"], offer
    assert "Ctrl+C" in offer["hint"] and offer["status"] == "Chưa chép được" and boxes == 1


def test_without_script_only_the_downloads_are_offered_and_they_work(browser, site_url):
    """A locked-down browser may run no script: the buttons that need it are not shown, and the
    two downloads are plain links to files the site serves."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + TOPIC + "/")
    shown = page.eval_on_selector_all(".sotay-actions a, .sotay-actions button",
                                      "els => els.filter(e => e.offsetParent !== null).map(e => [e.textContent.trim(), e.getAttribute('href')])")
    # Material hides the search too: the page says what is missing and where documents are found.
    note = page.locator(".sotay-noscript")
    expect(note).to_be_visible()
    assert "Tìm kiếm" in note.inner_text()
    note.get_by_role("link", name="Sổ văn bản").click()
    assert page.url == site_url + "van-ban/"
    context.close()
    assert [label for label, _ in shown] == ["Tải về DOCX", "Tải về Markdown"], shown
    page = browser.new_page()
    page.goto(site_url + TOPIC + "/")
    assert page.locator(".sotay-noscript").count() == 0  # with script, nothing of it
    page.close()
    # On a phone without script the page does not move sideways (the header's hidden title stood out).
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(site_url + TOPIC + "/")
    assert page.evaluate("document.documentElement.scrollWidth") == 360
    context.close()
    for _, href in shown:
        with urlopen(urljoin(site_url + TOPIC + "/", href)) as r:
            assert r.status == 200 and len(r.read()) > 1000


def test_the_actions_stand_where_they_end_before_the_pages_scripts_run(browser, site_url):
    """On a slow phone Material's bundle and sotay.js come last: the buttons that need script were
    shown only then, and the copy button widened once the font was in, moving "Tải về DOCX" under
    a thumb twice (a layout shift of 0.25 on an outline, measured throttled). With both held back,
    the four actions already stand where they end up."""
    def laid_out(hold_back):
        context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
        page = context.new_page()
        if hold_back:
            page.route(re.compile(r".*/(?:bundle\.[0-9a-f]+\.min\.js|sotay\.js)$"), lambda route: route.abort())
        page.goto(site_url + TOPIC + "/")
        page.evaluate("document.fonts.ready")
        boxes = page.eval_on_selector_all(".sotay-actions .md-button", """els => els.map(e => {
            const r = e.getBoundingClientRect(), first = els[0].getBoundingClientRect();
            return [e.textContent.trim(), Math.round(r.left), Math.round(r.top - first.top), Math.round(r.width), Math.round(r.height)] })""")
        context.close()
        return boxes
    early = laid_out(hold_back=True)
    assert [label for label, *_ in early] == ["Sao chép", "Tải về DOCX", "Tải về Markdown", "In"], early
    assert early == laid_out(hold_back=False)


def test_without_script_the_offline_copy_leads_to_the_registry(browser, offline_site):
    """The offline copy has no directory pages: the note's link names the registry's index.html
    (it opened a folder's listing from file://)."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((offline_site / "chuyen-de/thu-vien-chung/bien-ban-dien-tu.html").as_uri())
    page.locator(".sotay-noscript").get_by_role("link", name="Sổ văn bản").click()
    assert page.url == (offline_site / "van-ban/index.html").as_uri()
    assert page.locator("h1").inner_text().strip() != ""
    context.close()


def test_actions_on_a_phone_are_one_size_and_the_title_has_no_hidden_line(browser, site_url):
    """At 375 px the four actions wrap as equal buttons with a gap, each a 44 px target, and a long
    title does not carry its invisible permalink onto an empty extra line. What the copy button
    says after a press ("Đã sao chép", "Chưa chép được") moves no button: "Tải về Markdown" had
    dropped to the next row under a thumb. Each label is centred in its button ("Sao chép", in the
    width kept for its longer words, sat at the left edge)."""
    context = clipboard_context(browser, site_url, viewport={"width": 375, "height": 740}, is_mobile=True,
                                has_touch=True)
    page = context.new_page()
    page.goto(site_url + TOPIC + "/")
    page.evaluate("document.fonts.ready")
    measure = "els => els.map(e => e.getBoundingClientRect().toJSON())"
    boxes = page.eval_on_selector_all(".sotay-actions .md-button", measure)
    off_centre = page.eval_on_selector_all(".sotay-actions .md-button", """els => els.map(e => {
        const r = document.createRange(); r.selectNodeContents(e);
        const t = r.getBoundingClientRect(), b = e.getBoundingClientRect();
        return Math.abs((t.left + t.right) / 2 - (b.left + b.right) / 2) })""")
    title = page.eval_on_selector("h1", """h => { const r = document.createRange(); r.selectNodeContents(h.firstChild);
        return [r.getClientRects().length, Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight))] }""")
    headings = page.evaluate("""() => ['h1', '.md-content h2', '.md-content h3']
        .map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))""")
    _press_copy(page)
    after = [page.eval_on_selector_all(".sotay-actions .md-button", measure)]
    for said in ("Chưa chép được", "Sao chép"):
        page.eval_on_selector(".sotay-copy", "(b, said) => { b.textContent = said; }", said)
        after.append(page.eval_on_selector_all(".sotay-actions .md-button", measure))
    context.close()
    assert len(boxes) == 4
    assert len({round(b["height"]) for b in boxes}) == 1 and boxes[0]["height"] >= 44, boxes
    assert max(off_centre) <= 1, off_centre
    assert all(a == boxes for a in after), (boxes, after)
    rows = sorted({round(b["top"]) for b in boxes})
    assert len(rows) == 2, boxes  # "Sao chép, Tải về DOCX" then "Tải về Markdown, In" at this width
    first_row = sorted((b for b in boxes if round(b["top"]) == rows[0]), key=lambda b: b["left"])
    assert first_row[1]["left"] - first_row[0]["right"] >= 4  # the flex gap, not a collapsed space
    text_lines, box_lines = title
    assert box_lines == text_lines, title
    # The title, a section's heading, a point's: each smaller than the one above it (a section's
    # heading stood over the title).
    assert headings[0] > headings[1] > headings[2], headings


def test_the_browsers_print_on_a_model_meeting_prints_the_case_study_and_in_prints_its_agenda(page, site_url):
    """Ctrl+P on a model meeting's page printed only its sample agenda: a secretary printing the case
    study to study it got one page of a table. Its "In" prints the agenda, also when the browser
    starts the print seconds later; afterwards, Ctrl+P the page, also where no afterprint came."""
    page.goto(site_url + "mo-hinh/trung-tam-doi-soat/")
    shown = """() => [...document.querySelectorAll('.md-content__inner > h2')]
        .filter(e => getComputedStyle(e).display !== 'none').map(e => e.textContent.replace('#', '').trim())"""
    page.emulate_media(media="print")
    whole = page.evaluate(shown)
    assert {"Về chi bộ", "Cách làm", "Kết quả", "Bài học"} <= set(whole) and page.is_hidden(".md-header"), whole
    # "… ở phần cuối trang: sao chép, tải về hoặc in" points at nothing to press on paper.
    assert page.is_visible("text=ở cuối trang") is False and page.is_hidden(".sotay-screen-only")
    page.emulate_media(media="screen")
    assert page.is_visible(".sotay-screen-only")
    page.emulate_media(media="print")
    page.emulate_media(media="screen")
    page.evaluate("() => { window.print = () => { window.__printed = [...document.documentElement.classList]; }; }")
    page.click("button.sotay-print")
    page.emulate_media(media="print")
    assert "Về chi bộ" not in page.evaluate(shown) and "sotay-print-part" in page.evaluate("window.__printed")
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate(shown) == whole
    # A phone's browser starts the print a few seconds after print() returns: the agenda still.
    page.clock.install()
    page.emulate_media(media="screen")
    page.click("button.sotay-print")
    page.clock.run_for(4000)
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert "Về chi bộ" not in page.evaluate(shown)
    # Where no afterprint comes, the next print is the whole page, and so is any print started
    # long after "In" (where print() did nothing).
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert page.evaluate(shown) == whole
    page.emulate_media(media="screen")
    page.click("button.sotay-print")
    page.clock.run_for(11000)
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    assert page.evaluate(shown) == whole
    page.emulate_media(media="screen")


def test_printed_pages_are_numbered_and_forms_print_as_their_docx(page, site_url):
    """A guide's form prints as its DOCX is laid out (it printed as a monospaced draft, slate on
    grey, with no letterhead and its signer at the left): black, the letterhead's two columns, its
    type centred, blanks that end a line as a dotted line to the margin, the signer at the right
    and the recipients at the left; the screen shows the text block to copy and no paper. Its
    keywords, a link list for the screen, do not print; each page but the first carries its
    number, centred at its top, as the DOCX and the Party's format put it."""
    page.goto(site_url + "huong-dan/sinh-hoat-thuong-ky/")
    assert page.is_visible(".sotay-form pre") and page.is_hidden(".sotay-paper")
    page.emulate_media(media="print")
    assert page.is_hidden(".sotay-form pre")
    colors = page.evaluate("""() => [...document.querySelectorAll('.md-content .sotay-paper p, .md-content blockquote')]
        .filter(e => e.offsetParent).map(e => getComputedStyle(e).color)""")
    assert colors and set(colors) == {"rgb(0, 0, 0)"}, set(colors)
    notice = page.evaluate("""() => { const paper = document.querySelector('.sotay-paper');
        const box = e => e.getBoundingClientRect(), at = box(paper);
        const [left, right] = paper.querySelectorAll('.sotay-paper-letterhead td');
        const kind = paper.querySelector('.sotay-paper-kind'), open = paper.querySelector('.sotay-paper-open');
        const [to, signer] = paper.querySelectorAll('.sotay-paper-signatures td');
        return { party: right.textContent.includes('ĐẢNG CỘNG SẢN VIỆT NAM'), columns: box(left).right <= box(right).left,
                 centred: Math.abs((box(kind).left + box(kind).right) / 2 - (at.left + at.right) / 2) < 2 && getComputedStyle(kind).textAlign,
                 dotted: getComputedStyle(open, '::after').borderBottomStyle,
                 rest: open.scrollWidth > open.clientWidth,
                 signer: signer.textContent.includes('T/M CHI BỘ') && box(signer).left >= (at.left + at.right) / 2 - 1,
                 to: to.textContent.startsWith('Nơi nhận:') && box(to).right <= box(signer).left,
                 kept: getComputedStyle(paper.querySelector('.sotay-paper-signatures')).breakBefore,
                 head: getComputedStyle(paper.querySelector('.sotay-paper-letterhead')).breakAfter }; }""")
    # "rest": the dots run on to the margin, where the line cuts them. "kept": the signatures go
    # with the form's last lines (printed to A4, two guides had them alone atop their tenth page);
    # "head": the letterhead with the type under it (a notice's "Số …-TB/CB" ended a page).
    assert notice == {"party": True, "columns": True, "centred": "center", "dotted": "dotted", "rest": True,
                      "signer": True, "to": True, "kept": "avoid", "head": "avoid"}, notice
    # On A4 (the text 165 mm wide) each letterhead line is one line: "CHI BỘ" stood over its dots
    # and "năm" over "20....." (a secretary's print).
    size = page.viewport_size
    width = page.evaluate("() => document.querySelector('.md-typeset').getBoundingClientRect().width")
    page.set_viewport_size({"width": round(size["width"] + 165 / 25.4 * 96 - width), "height": size["height"]})
    lines = page.evaluate("""() => [...document.querySelector('.sotay-paper-letterhead').querySelectorAll('p')].map(p => {
        const range = document.createRange(); range.selectNodeContents(p);
        return [p.textContent, new Set([...range.getClientRects()].map(r => Math.round(r.bottom))).size]; })""")
    # A blank that ends a line keeps 3 cm to write in, or starts the next line: a name had 2 mm
    # after "NGƯỜI TRÌNH BÀY:". (The box's width less what its margin gives back is the room it takes.)
    room = page.evaluate("""() => [...document.querySelectorAll('.sotay-paper p.sotay-paper-open')].map(p => {
        const after = getComputedStyle(p, '::after');
        return parseFloat(after.width) + parseFloat(after.marginRight); })""")
    page.set_viewport_size(size)
    assert len(lines) >= 5 and all(n == 1 for _, n in lines), lines
    assert room and all(abs(r - 3 / 2.54 * 96) < 1 for r in room), room
    assert page.is_hidden(".md-tags") and page.is_hidden(".sotay-keywords")
    numbers = page.evaluate("""() => [...document.styleSheets].flatMap(s => { try { return [...s.cssRules]; } catch (e) { return []; } })
        .filter(r => r instanceof CSSPageRule).flatMap(r => [...r.cssRules].map(m => [r.selectorText, m.name, m.style.content]))""")
    assert ["", "top-center", "counter(page)"] in numbers and [":first", "top-center", "none"] in numbers, numbers
    page.emulate_media(media="screen")


@pytest.mark.parametrize("path", ["huong-dan/sinh-hoat-thuong-ky/", "van-ban/42-hd-btctw-2025/"])
def test_a_guide_s_and_a_registry_page_s_sources_print_their_addresses(page, site_url, path):
    """A 21-page guide handed out printed "LuatVietnam (xem tại luatvietnam.vn, cần Internet)" with
    no way to find the article (a reviewer's print of the offline copy)."""
    page.goto(site_url + path)
    page.emulate_media(media="print")
    addresses = page.evaluate("""() => [...document.querySelectorAll('h2#nguon + :is(ul, ol) a[href^="http"]')]
        .map(a => [a.href, getComputedStyle(a, '::after').content])""")
    page.emulate_media(media="screen")
    assert addresses and all(content == f'": {href}"' for href, content in addresses), addresses


def test_the_meeting_notice_prints_on_one_a4_page(page, site_url):
    """A notice at twice its type's height a line ran onto a second page, the signer alone there
    with its last point (a secretary's print); near the DOCX's pitch it is one page. A point stays
    with the lines under it, and a heading opening a page keeps its marks ("Ẩ") on that page."""
    page.goto(site_url + "huong-dan/sinh-hoat-thuong-ky/")
    page.evaluate("() => { window.print = () => {}; }")
    page.evaluate("""() => [...document.querySelectorAll('div.sotay-form')].find(f => f.textContent.trim().startsWith('THÔNG BÁO'))
        .previousElementSibling.querySelector('button.sotay-print').click()""")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1
    page.emulate_media(media="print")
    kept = page.evaluate("""() => { const p = document.querySelector('.sotay-paper p.sotay-paper-heading');
        return [getComputedStyle(p).paddingTop, getComputedStyle(document.querySelector('.sotay-paper p.sotay-paper-sub')
            ? document.querySelector('.sotay-paper p.sotay-paper-sub').previousElementSibling : p).breakAfter]; }""")
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert float(kept[0].removesuffix("px")) > 0 and kept[1] == "avoid", kept


def test_a_forms_print_button_prints_that_form_alone(page, site_url):
    """The browser's print gave the minutes form as the eight pages of its guide: a form's "In"
    prints the form alone, the next form's "In" that one, and Ctrl+P afterwards the whole guide."""
    page.goto(site_url + "huong-dan/sinh-hoat-thuong-ky/")
    shown = """() => [...document.querySelector('.md-content__inner').children]
        .filter(e => getComputedStyle(e).display !== 'none').map(e => e.textContent.trim().split('\\n')[0])"""
    page.emulate_media(media="print")
    whole = page.evaluate(shown)
    page.emulate_media(media="screen")
    page.evaluate("() => { window.print = () => {}; }")
    printed = []
    # Each bar is named by its form: a screen reader read "Sao chép, Tải về DOCX, In" twice.
    names = [(bar.get_attribute("role"), bar.get_attribute("aria-label")) for bar in page.query_selector_all(".sotay-form-actions")]
    assert [role for role, _ in names] == ["group"] * 3 and all(n.startswith("Mẫu ") for _, n in names), names
    assert len({n for _, n in names}) == 3, names
    for bar in page.query_selector_all(".sotay-form-actions"):
        bar.query_selector("button.sotay-print").click()
        page.emulate_media(media="print")
        printed.append(page.evaluate(shown))
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
        page.emulate_media(media="screen")
    page.emulate_media(media="print")
    after = page.evaluate(shown)
    page.emulate_media(media="screen")
    # Each form's paper copy alone: the letterhead, then its type and subject.
    assert all(len(p) == 1 and p[0].startswith("ĐẢNG BỘ") for p in printed), printed
    kinds = page.evaluate("""() => [...document.querySelectorAll('.sotay-paper')].map(p => p.querySelector('.sotay-paper-kind').textContent
        + ' ' + p.querySelector('.sotay-paper-subject').textContent)""")
    assert kinds == ["THÔNG BÁO về việc sinh hoạt chi bộ thường kỳ / chuyên đề tháng ........../..........",
                     "BÁO CÁO kết quả thực hiện nhiệm vụ tháng ........../.......... và phương hướng, nhiệm vụ tháng "
                     "........../..........",
                     "NGHỊ QUYẾT sinh hoạt chi bộ tháng ........../.........."], kinds
    assert after == whole and len(whole) > 10, (printed, whole)


# The guides that show a form (a ```mau block): on paper, the form with its dotted lines.
FORM_GUIDES = [p.stem for p in sorted((CONTENT / "huong-dan").glob("*.md")) if "```mau\n" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("guide", FORM_GUIDES)
def test_a_guide_s_words_on_its_form_print_as_the_paper_has_it(page, site_url, guide):
    """Ctrl+P on the minutes' guide printed "Chép khung dưới đây vào tệp hoặc sổ, thay phần trong
    ngoặc vuông" over a form printed with dotted lines: the text block with the brackets does not
    print. On paper those words say to fill in the dots; the screen keeps the page's words."""
    source = " ".join((CONTENT / "huong-dan" / f"{guide}.md").read_text(encoding="utf-8").split())
    page.goto(site_url + f"huong-dan/{guide}/")
    text = "() => document.querySelector('.md-content__inner').innerText.split(/\\s+/).join(' ')"
    after = """() => [...document.querySelectorAll('.sotay-on-paper')].filter(e => e.getClientRects().length)
        .map(e => getComputedStyle(e, '::after').content)"""
    screen, on_screen = page.evaluate(text), page.evaluate(after)
    page.emulate_media(media="print")
    printed, on_paper = page.evaluate(text), page.evaluate(after)
    paper = page.is_visible(".sotay-paper") and page.is_hidden(".sotay-form pre")
    page.emulate_media(media="screen")
    assert paper, guide
    told = source.count("thay phần trong ngoặc vuông")
    assert screen.count("thay phần trong ngoặc vuông") == told and set(on_screen) <= {"none"}, (guide, on_screen)
    assert "ngoặc vuông" not in printed, printed[max(0, printed.find("ngoặc vuông") - 200):][:400]
    assert on_paper == ['"Điền vào các dòng chấm của mẫu dưới đây"'] * told, (guide, on_paper)


def test_a_search_s_marks_do_not_print(page, site_url):
    """A page opened from a search marks the words found in yellow; a printed handout came out
    with every "phê bình" on a yellow band."""
    page.goto(site_url + "chuyen-de/thu-vien-chung/tu-phe-binh-va-phe-binh/?h=phe+binh")
    page.wait_for_selector(".md-content mark")
    shown = page.eval_on_selector(".md-content mark", "m => getComputedStyle(m).backgroundColor")
    page.emulate_media(media="print")
    printed = page.eval_on_selector_all(".md-content mark", "ms => [...new Set(ms.map(m => getComputedStyle(m).backgroundColor))]")
    page.emulate_media(media="screen")
    assert shown != "rgba(0, 0, 0, 0)" and printed == ["rgba(0, 0, 0, 0)"], (shown, printed)


def test_only_the_print_button_prints(page, site_url):
    """Clicking the text that is printed with the outline (presenter, documents) reads it; only "In" prints."""
    page.goto(site_url + TOPIC + "/")
    page.evaluate("() => { window.__prints = 0; window.print = () => { window.__prints += 1; }; }")
    page.click(".sotay-printed li")
    page.click("#van-ban-lam-can-cu")
    assert page.evaluate("window.__prints") == 0
    page.click("button.sotay-print")
    assert page.evaluate("window.__prints") == 1


def test_what_print_hides_rests_on_no_has_selector():
    """Firefox ESR 115, the last on Windows 7 (office PCs), has no :has(): it drops a rule using it
    whole, and the page printed with its menus' neighbours, sources and links. The rules that hide
    parts of a page choose them without it (the test below shows them at work)."""
    css = (ROOT / "docs/assets/stylesheets/sotay.css").read_text(encoding="utf-8")
    rules = re.findall(r"([^{}]*)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    hiding = [" ".join(sel.split()) for sel, body in rules if re.search(r"display:\s*none", body)]
    assert any(".sotay-print-doc ~" in sel for sel in hiding), hiding
    assert [sel for sel in hiding if ":has(" in sel] == []


def test_our_scripts_use_no_lookbehind():
    """Safari before 16.4 (older iPhones) refuses a regular expression with a lookbehind: in a
    literal, the whole script; built at run time, the function that builds it (marking a code
    searched). The test of marks in test_search.py shows the patterns at work without it."""
    scripts = sorted((ROOT / "docs/assets/javascripts").glob("*.js"))
    assert scripts
    assert [s.name for s in scripts if re.search(r"\(\?<[=!]", s.read_text(encoding="utf-8"))] == []


@pytest.mark.parametrize("key", [TOPIC, "chuong-trinh/sinh-hoat-thuong-ky", "mo-hinh/trung-tam-doi-soat"])
def test_print_shows_only_the_outline_starting_with_its_title(page, site_url, key):
    page.goto(site_url + key + "/")
    if key.startswith("mo-hinh/"):
        # A model meeting's sample agenda prints alone from its own "In" (Ctrl+P prints the case study).
        page.evaluate("() => { window.print = () => {}; }")
        page.click("button.sotay-print")
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-footer',
        '.md-search', '.sotay-actions', '.sotay-status']
        .map(s => [s, document.querySelector(s) ? getComputedStyle(document.querySelector(s)).display : 'none'])""")
    assert all(display == "none" for _, display in hidden), hidden
    visible = page.evaluate("""() => [...document.querySelector('.md-content__inner').children]
        .filter(e => getComputedStyle(e).display !== 'none').map(e => e.tagName + '.' + e.className)""")
    assert visible[0].startswith("H1") and any("sotay-doc" in v for v in visible)
    assert all(v.startswith("H1") or "sotay-doc" in v or "sotay-printed" in v for v in visible), visible
    # Besides the body, what the DOCX and the copied text carry: who presents and for how long, the
    # documents it rests on, and for a model meeting's agenda, its heading and where it comes from.
    printed = page.evaluate("""() => [...document.querySelector('.md-content__inner').children]
        .filter(e => getComputedStyle(e).display !== 'none').map(e => e.innerText).join('\\n')""")
    expected = {TOPIC: ["Người chuẩn bị và trình bày", "Thời lượng dự kiến", "Văn bản làm căn cứ", "Quy định 339-QĐ/TW",
                        "Thời gian sinh hoạt chi bộ tối thiểu là bao lâu?"],
                "chuong-trinh/sinh-hoat-thuong-ky": ["Lưu ý khi dùng", "Văn bản làm căn cứ", "Kỳ sinh hoạt: tháng ........../.........."],
                "mo-hinh/trung-tam-doi-soat": ["Chương trình mẫu", "gợi ý", "Văn bản nhắc đến"]}[key]
    # An agenda handed out at the meeting: which meeting, when and where, to fill in by hand, as its
    # DOCX has them; an outline, the day and who presents it (a branch's); on the screen, nothing.
    if key != TOPIC:
        expected.append("Thời gian: ..............................; địa điểm: ..............................")
    else:
        expected.append("Ngày sinh hoạt: ")
    assert all(text in printed for text in expected), [t for t in expected if t not in printed]
    # Sources print after the documents, as an outline's DOCX lists them: an outline's body reports
    # what named cells did, an agenda's notes say "theo LuatVietnam", and a secretary handed the
    # printout found nothing to check them against.
    assert re.search(r"^Nguồn$", re.split("Văn bản làm căn cứ|Văn bản nhắc đến", printed)[-1], re.M), printed[-400:]
    # On paper "Sổ tay này" is the handbook named, as in the copied text: beside "ứng dụng Sổ tay
    # đảng viên điện tử", "gợi ý của Sổ tay này" read as the app's.
    named = page.evaluate("""() => [...document.querySelectorAll('.sotay-handbook')].filter(e => e.getClientRects().length)
        .map(e => getComputedStyle(e, '::after').content)""")
    assert "Sổ tay này" not in printed and named and set(named) == {'"Sổ tay sinh hoạt chi bộ"'}, (named, printed)
    # A source prints its whole address, which paper cannot follow from "xem tại luatvietnam.vn".
    addresses = page.evaluate("""() => [...document.querySelectorAll('.sotay-printed a[href^="http"]')]
        .map(a => [a.href, getComputedStyle(a, '::after').content])""")
    assert addresses != [] and all(content == f'": {href}"' for href, content in addresses), addresses
    colors = page.evaluate("""() => ['h1', '.sotay-doc a, .sotay-printed a'].map(s => document.querySelector(s))
        .filter(Boolean).map(e => getComputedStyle(e).color)""")
    assert set(colors) == {"rgb(0, 0, 0)"}, colors  # a document, not a web page
    # The text as black as its links: at Material's 87 % black, a link (a registry document's name)
    # printed darker than the words around it, as if stressed.
    text = page.evaluate("""() => [...document.querySelectorAll('.sotay-doc :is(p, li, td), .sotay-printed :is(p, li)')]
        .map(e => getComputedStyle(e).color)""")
    assert text and set(text) == {"rgb(0, 0, 0)"}, set(text)
    breaks = page.evaluate("""() => {
        const h = document.querySelector('.sotay-doc h2'), row = document.querySelector('.sotay-doc tr');
        return [h ? getComputedStyle(h).breakAfter : 'avoid', row ? getComputedStyle(row).breakInside : 'avoid'];
    }""")
    assert breaks == ["avoid", "avoid"]
    # What is printed with the outline breaks as sensibly: the references' heading stays with
    # its list, and a reference goes on over a page only with two lines at least on each side
    # (kept whole, each point pushed its heading on and left a blank of 4 to 5 cm behind).
    printed_breaks = page.evaluate("""() => [...document.querySelectorAll('.sotay-printed h2, .sotay-printed li')]
        .map(e => { const s = getComputedStyle(e); return e.tagName === 'H2' ? s.breakAfter : s.orphans + ' ' + s.widows; })""")
    assert printed_breaks and set(printed_breaks) <= {"avoid", "2 2"} and "2 2" in printed_breaks, printed_breaks
    # Text as the DOCX sets it (Times New Roman, 14 pt = 18.67 px), headings bold.
    sizes = page.evaluate("""() => [getComputedStyle(document.querySelector('.sotay-doc')).fontSize,
        getComputedStyle(document.querySelector('h1')).fontWeight, getComputedStyle(document.querySelector('.sotay-doc')).fontFamily]""")
    assert abs(float(sizes[0].removesuffix("px")) - 18.67) < 0.1 and int(sizes[1]) >= 700, sizes
    assert sizes[2].startswith('"Sotay Times"'), sizes  # Times New Roman by its own name (sotay.css)
    # One font for a Vietnamese heading: asked by family, Debian gave Liberation Serif 1.x for Times
    # New Roman, and its "ư", "ộ" came from a sans font, letter by letter.
    if shutil.which("fc-list") and subprocess.run(["fc-list", ":family=DejaVu Serif"], capture_output=True, text=True).stdout:
        cdp = page.context.new_cdp_session(page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        node = cdp.send("DOM.querySelector", {"nodeId": cdp.send("DOM.getDocument")["root"]["nodeId"], "selector": "h1"})
        fonts = [f["familyName"] for f in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]]
        assert len(fonts) == 1, fonts
    # A printed note ("Chương trình này lấy từ đâu?") at the text's size: at Material's it was 9.6 pt.
    notes = page.evaluate("""() => [...document.querySelectorAll('.md-content__inner .admonition p')]
        .filter(p => p.getClientRects().length).map(p => getComputedStyle(p).fontSize)""")
    assert set(notes) <= {sizes[0]} and (notes or key != "mo-hinh/trung-tam-doi-soat"), (notes, sizes[0])
    table = page.evaluate("""() => { const t = document.querySelector('.sotay-doc table');
        return t ? t.getBoundingClientRect().width / document.querySelector('.sotay-doc').getBoundingClientRect().width : 1; }""")
    assert table > 0.9, table  # the agenda spans the page, as in the DOCX
    if key == TOPIC:
        # A section's points lettered a), b), as the DOCX letters them.
        markers = page.eval_on_selector_all(".sotay-doc h3 + ul", "us => [...new Set(us.map(u => getComputedStyle(u).listStyleType))]")
        assert markers == ["sotay-letter"], markers
    if key != TOPIC:
        # Laid out as its DOCX: the columns in the DOCX's shares of the width, ruled cells, the
        # heading row repeated on each page.
        layout = page.evaluate("""() => { const t = document.querySelector('.sotay-agenda table'), w = t.getBoundingClientRect().width;
            const td = t.querySelector('tbody td');
            return {shares: [...t.querySelectorAll('thead th')].map(th => th.getBoundingClientRect().width / w),
                    border: getComputedStyle(td).borderLeftStyle + ' ' + getComputedStyle(td).borderLeftColor,
                    head: getComputedStyle(t.querySelector('thead')).display, size: getComputedStyle(td).fontSize}; }""")
        docx_shares = [w / sum(AGENDA_WIDTHS_TWIPS) for w in AGENDA_WIDTHS_TWIPS]
        assert all(abs(a - b) < 0.015 for a, b in zip(layout["shares"], docx_shares, strict=True)), (layout, docx_shares)
        assert layout["border"] == "solid rgb(0, 0, 0)" and layout["head"] == "table-header-group", layout
        assert abs(float(layout["size"].removesuffix("px")) - 13 * 4 / 3) < 0.1, layout  # the DOCX's 13 pt
        # The total leads the table and is kept with it: written under it, a printed page could
        # open with the total alone.
        lead = page.evaluate("""() => { const t = document.querySelector('.sotay-agenda table');
            const p = (t.closest('.md-typeset__scrollwrap') || t).previousElementSibling;
            return [p.innerText, getComputedStyle(p).breakAfter]; }""")
        assert lead[0].startswith("Tổng thời gian dự kiến:") and lead[1] == "avoid", lead
    page.emulate_media(media="screen")
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).display") != "none"
    assert page.locator("div.sotay-print-only").count() == 1 and page.is_hidden("div.sotay-print-only")
    # "Sổ tay này" names the handbook on paper (a handout's "this handbook" is the handout), as in
    # the copied text; the screen keeps the page's words.
    named = page.locator("span.sotay-handbook")
    assert named.count() > 0 and named.first.inner_text() in ("Sổ tay này", "Sổ tay"), named.count()
    assert page.evaluate("getComputedStyle(document.querySelector('.sotay-handbook'), '::after').content") == "none"


# --- "Tải về Markdown" downloads, offline (file://) and over http under the site's policy -------

MD_LINK = "a.md-button[download$='.md']"


def _download(page, selector):
    """Click a download action and return (file name, bytes) of what the browser saved."""
    with page.expect_download(timeout=10000) as info:
        page.click(selector)
    download = info.value
    assert download.failure() is None, download.failure()
    return download.suggested_filename, Path(download.path()).read_bytes()


@pytest.mark.parametrize("key", [TOPIC, "chuong-trinh/sinh-hoat-thuong-ky", "mo-hinh/trung-tam-doi-soat"])
def test_markdown_downloads_from_the_offline_copy(browser, offline_site, ctx, key):
    """Chromium ignores the download attribute between file:// pages and opened the .md as a page."""
    context = browser.new_context(locale="vi-VN", accept_downloads=True)
    page = context.new_page()
    url = (offline_site / f"{key}.html").as_uri()
    page.goto(url)
    name, data = _download(page, MD_LINK)
    assert page.url == url  # still on the outline, not showing the .md file
    assert name == f"{key.rsplit('/', 1)[-1]}.md"
    assert data.decode("utf-8") == to_markdown(lookup(ctx.corpus, key), ctx)
    name, data = _download(page, "a.md-button[download$='.docx']")
    assert name == lookup(ctx.corpus, key).download_name("docx") and Document(io.BytesIO(data)).paragraphs
    context.close()


def test_space_presses_a_download_as_it_presses_the_buttons_beside_it(browser, site_url):
    """"Tải về DOCX" and "Tải về Markdown" are links drawn as buttons: Space scrolled the page."""
    context = browser.new_context(locale="vi-VN", accept_downloads=True)
    page = context.new_page()
    page.goto(site_url + TOPIC + "/")
    for link, ending in ((MD_LINK, ".md"), ("a.md-button[download$='.docx']", ".docx")):
        page.focus(link)
        before = page.evaluate("window.scrollY")
        with page.expect_download(timeout=10000) as info:
            page.keyboard.press("Space")
        assert info.value.suggested_filename.endswith(ending) and page.evaluate("window.scrollY") == before
    context.close()


def _site_policy() -> str:
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    return re.search(r'add_header Content-Security-Policy "([^"]+)"', conf).group(1)


def test_markdown_downloads_over_http_within_the_site_policy(browser, site_url, ctx):
    """Served with deploy/nginx.conf's Content-Security-Policy (no 'unsafe-inline'): nothing refused."""
    policy = _site_policy()
    assert "'unsafe-inline'" not in policy
    context = browser.new_context(locale="vi-VN", accept_downloads=True)
    context.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation', e => "
                            "window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")

    def with_policy(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": policy})

    context.route(site_url + "**", with_policy)
    page = context.new_page()
    console = []
    page.on("console", lambda m: console.append(m.text))
    for key in (TOPIC, "mo-hinh/trung-tam-doi-soat"):
        page.goto(site_url + key + "/")
        name, data = _download(page, MD_LINK)
        assert page.url == site_url + key + "/"
        assert name == f"{key.rsplit('/', 1)[-1]}.md"
        assert data.decode("utf-8") == to_markdown(lookup(ctx.corpus, key), ctx)
        assert page.evaluate("window.__csp") == []
    # The page may still be fetching (search index, worker) through the route; a handler
    # cut off by close() would raise in the next test.
    context.unroute_all(behavior="ignoreErrors")
    context.close()
    assert not [m for m in console if "Content Security Policy" in m or "Refused to" in m], console


# --- the minutes form's DOCX, on the guidance page that shows the form ----------------------------

FORM_PAGE = "huong-dan/ghi-bien-ban"
FORM_LINK = "a.md-button[download='mau-bien-ban-sinh-hoat-chi-bo.docx']"


@pytest.mark.parametrize("where", ["offline", "http", "no-script"])
def test_the_minutes_form_downloads_as_a_docx_offline_over_http_and_without_script(browser, offline_site, site_url, ctx, where):
    """The secretary's click on "Tải về DOCX" over the form saves the form as a Word file, from the
    offline copy (file://, where Chromium saves under the address's name), from the site, and with
    script turned off (a plain link, shown as such)."""
    context = browser.new_context(locale="vi-VN", accept_downloads=True, java_script_enabled=where != "no-script")
    page = context.new_page()
    page.goto((offline_site / f"{FORM_PAGE}.html").as_uri() if where == "offline" else site_url + FORM_PAGE + "/")
    link = page.locator(FORM_LINK)
    assert link.count() == 1 and link.is_visible() and link.inner_text().strip() == "Tải về DOCX"
    # Right under the section's heading and its one-line introduction, over the form itself.
    assert page.evaluate("""() => {
        const link = document.querySelector("a[download='mau-bien-ban-sinh-hoat-chi-bo.docx']");
        const heading = document.getElementById('mau-bien-ban'), code = heading.parentElement.querySelector('pre code');
        return !!(heading.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING)
            && !!(link.compareDocumentPosition(code) & Node.DOCUMENT_POSITION_FOLLOWING)
            && code.textContent.startsWith('BIÊN BẢN SINH HOẠT CHI BỘ [THƯỜNG KỲ / CHUYÊN ĐỀ] THÁNG [..]/[....]\\n\\nI. THÔNG TIN CHUNG\\n');
    }""")
    url = page.url
    name, data = _download(page, FORM_LINK)
    assert page.url == url  # still on the guidance page: the file was saved, not opened
    context.close()
    assert name == "mau-bien-ban-sinh-hoat-chi-bo.docx"
    doc = Document(io.BytesIO(data))
    assert [p.text for p in doc.paragraphs if p.style.name == "Title"] == ["BIÊN BẢN"]
    assert [p.text for p in doc.tables[-1].rows[0].cells[0].paragraphs][0] == "NGƯỜI GHI BIÊN BẢN"


def test_a_second_press_within_the_flash_gives_the_label_back(browser, site_url):
    """Two taps within two seconds read the first flash's "Đã sao chép" as the button's label: it
    said so for good, and a later failure read as a success."""
    context = clipboard_context(browser, site_url)
    page = context.new_page()
    page.goto(site_url + TOPIC + "/")
    _press_copy(page)
    _press_copy(page)
    expect(page.locator("button.sotay-copy").first).to_have_text("Sao chép", timeout=5000)
    context.close()


def test_the_registry_index_prints_its_codes_and_dates_apart(browser, site_url):
    """On A4 (165 mm of text, 624 px) a code that never breaks ("168-KH/VPTW") ran into the date
    beside it ("168-KH/VPTW21/8/2025"), behind the screen's padding."""
    context = browser.new_context(viewport={"width": 624, "height": 900})
    page = context.new_page()
    page.emulate_media(media="print")
    page.goto(site_url + "van-ban/")
    cells = page.evaluate("""() => [...document.querySelectorAll('.sotay-registry td')]
        .map(td => [td.textContent.trim(), td.scrollWidth > td.clientWidth + 1])""")
    context.close()
    assert cells and not [text for text, over in cells if over], [text for text, over in cells if over]


def test_an_outline_s_printed_documents_and_sources_are_numbered_as_in_its_docx(page, site_url):
    """Its DOCX numbers them VI and VII after sections I to V: a presenter who said "mục VI" to
    members holding the printout named nothing there. An agenda's have no numbers in either."""
    seen = {}
    for key in (TOPIC, "chuong-trinh/sinh-hoat-thuong-ky"):
        page.goto(site_url + key + "/")
        page.emulate_media(media="print")
        seen[key] = page.evaluate("""() => [...document.querySelectorAll('.sotay-printed h2')]
            .filter(h => getComputedStyle(h).display !== 'none').map(h => [h.id, getComputedStyle(h, '::before').content])""")
        page.emulate_media(media="screen")
    assert seen[TOPIC] == [["van-ban-lam-can-cu", '"VI. "'], ["nguon", '"VII. "']], seen
    assert all(before == "none" for _, before in seen["chuong-trinh/sinh-hoat-thuong-ky"]), seen
