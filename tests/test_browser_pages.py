"""Headless Chromium opens the main page kinds from the built site; every request stays local."""

from urllib.parse import urlparse

import pytest

from sotay.content import load

from conftest import CONTENT

pytestmark = pytest.mark.browser


def _visit(page, url):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    assert response.ok
    return requests


def test_home_guidance_meeting_and_topic_render_with_local_requests_only(page, site_url):
    corpus = load(CONTENT)
    guide = corpus.guidance["van-ban-hien-hanh"]
    meeting = corpus.meetings["trung-tam-doi-soat"]
    topic = next(iter(corpus.topics.values()))
    cases = [
        ("", "Sổ tay sinh hoạt chi bộ", "Thư viện chuyên đề"),
        (f"huong-dan/{guide.slug}/", guide.title, "Chỉ thị số 50-CT/TW"),
        (f"mo-hinh/{meeting.slug}/", meeting.title, "Chương trình mẫu"),
        (f"chuyen-de/{topic.library}/{topic.slug}/", topic.title, "Câu hỏi thảo luận"),
    ]
    host = urlparse(site_url).netloc
    for path, title, key_text in cases:
        requests = _visit(page, site_url + path)
        assert page.locator("h1").first.inner_text().rstrip("#¶").strip() == title
        assert key_text in page.locator("article").inner_text()
        offsite = [u for u in requests if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != host]
        assert not offsite, offsite
        assert page.title().endswith("Sổ tay sinh hoạt chi bộ")


def test_self_hosted_font_is_used_for_vietnamese_text(page, site_url):
    _visit(page, site_url + "huong-dan/van-ban-hien-hanh/")
    assert page.evaluate("document.fonts.check('16px Roboto', 'Đảng viên')")
    family = page.evaluate("getComputedStyle(document.querySelector('article')).fontFamily")
    assert family.startswith('Roboto') or family.startswith('"Roboto"')
