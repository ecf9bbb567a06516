"""Vietnamese text rules: folding, tone placement, slugs and collation."""

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sotay.content import load
from sotay.diacritics import needs_marks
from sotay.text import _WORD, _ranks, clean, first_non_nfc, fold, is_nfc, match_key, roman, slugify, sort_key, sort_vi, toc_slugify, vn_date

from conftest import CONTENT


@pytest.mark.parametrize("text, folded", [
    ("Đảng viên", "dang vien"),
    ("sinh hoạt chuyên đề", "sinh hoat chuyen de"),
    ("Phê bình và tự phê bình", "phe binh va tu phe binh"),
    ("ĐẢNG ỦY", "dang uy"),
    ("Ðảng", "dang"),  # U+00D0 typed for Đ
    ("Nghị quyết", "nghi quyet"),
])
def test_fold_strips_marks_and_maps_d(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("a, b", [("khóa", "khoá"), ("hóa", "hoá"), ("thủy", "thuỷ"), ("Hòa", "Hoà"), ("khỏe", "khoẻ")])
def test_both_tone_placements_match(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("a, b", [("hoàn", "hoán"), ("bộ", "bò"), ("khoa", "khóa")])
def test_different_words_stay_different(a, b):
    assert match_key(a) != match_key(b)


def test_clean_normalises_nfd_nbsp_and_eth():
    assert clean("Chi\u00a0bo\u0302\u0323 \u00d0a\u0309ng") == "Chi bộ Đảng"


@pytest.mark.parametrize("title, slug", [
    ("Sinh hoạt chuyên đề", "sinh-hoat-chuyen-de"),
    ("Đảng viên: học tập & làm theo!", "dang-vien-hoc-tap-lam-theo"),
    ("  Chỉ thị 10-CT/TW  ", "chi-thi-10-ct-tw"),
    # Full-width letters, as some input methods type them: the slug was "o".
    ("Ｆｕｌｌｗｉｄｔｈ ｃｈｉ ｂộ", "fullwidth-chi-bo"),
])
def test_slugify(title, slug):
    assert slugify(title) == slug
    assert toc_slugify(title) == slug


def test_vietnamese_alphabetical_order():
    words = ["đảng", "dân", "bò", "bộ", "ăn", "an", "ân", "ơn", "ô", "o", "ư", "u", "y", "x"]
    assert sort_vi(words) == ["an", "ăn", "ân", "bò", "bộ", "dân", "đảng", "o", "ô", "ơn", "u", "ư", "x", "y"]


def test_order_ignores_case_and_puts_tones_after_letters():
    assert sort_vi(["Hướng dẫn", "hợp", "học", "Hà"]) == ["Hà", "học", "hợp", "Hướng dẫn"]


def test_a_breve_letter_is_its_own_letter_after_a():
    # ă, â, ê, ô, ơ, ư each sort after every word of their base letter, whatever follows.
    assert sort_vi(["ăn", "ân", "ao", "az", "ên", "eo", "ôm", "on", "ơi", "ôn", "ưa", "uy"]) == [
        "ao", "az", "ăn", "ân", "eo", "ên", "on", "ôm", "ôn", "ơi", "uy", "ưa"]


def test_tones_break_ties_in_dictionary_order():
    # Unmarked, huyền, hỏi, ngã, sắc, nặng: the order of Vietnamese dictionaries.
    assert sort_vi(["mạ", "má", "mã", "mả", "mà", "ma"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]


@pytest.mark.parametrize("text, offset", [("Chi bộ", None), ("Chi bo\u0302\u0323 họp", 5), ("Đa\u0309ng", 1),
                                          ("\u0301 dấu rời", None), ("", None)])
def test_the_first_character_not_in_nfc_is_found(text, offset):
    assert first_non_nfc(text) == offset
    assert is_nfc(text) == (offset is None)


@pytest.mark.parametrize("n, numeral", [(1, "I"), (3, "III"), (4, "IV"), (5, "V"), (8, "VIII"), (9, "IX"), (12, "XII"),
                                        (14, "XIV"), (19, "XIX")])
def test_section_and_term_numerals(n, numeral):
    assert roman(n) == numeral


def test_an_undated_fact_is_written_as_nothing():
    # A registry entry known only by its year, a source without a date: the page writes no date.
    assert vn_date(None) == ""


# Vietnamese letters, both cases, tone and vowel marks as combining characters, Ð, digits, spaces.
_VI_CHARS = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐƠƯÐ 19-") + ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u031b"])


@given(st.lists(_VI_CHARS, max_size=30).map("".join))
def test_order_key_ranks_characters_as_the_decomposed_text_does(text):
    """sort_key ranks NFC characters one by one (with a cache); that must equal grouping
    every base letter with its marks in the decomposed text, word by word."""
    expected = tuple(((-1, int(w)), ()) if w.isdigit() else tuple(map(tuple, _ranks(unicodedata.normalize("NFD", w))))
                     for w in _WORD.findall(clean(text).lower()))
    assert sort_key(text)[0] == expected


def test_titles_are_ordered_word_by_word_and_numbers_by_value():
    """A dictionary orders word by word: a word that begins a longer one comes first, and every
    spelling of a word (its tones) before the next word."""
    titles = ["Chia sẻ", "Chỉ thị", "Chi tiết", "Chi bộ", "Đảng viên trẻ", "Đa dạng hóa", "Bước 10", "Bước 2", "Hàng Bài", "Hà Nội"]
    assert sort_vi(["Bước ²", "Bước ①", "Bước 3"])[0] == "Bước 3"  # digits to str.isdigit, no int: no crash
    assert sort_vi(titles) == ["Bước 2", "Bước 10", "Chi bộ", "Chi tiết", "Chỉ thị", "Chia sẻ", "Đa dạng hóa", "Đảng viên trẻ",
                               "Hà Nội", "Hàng Bài"]


@pytest.mark.parametrize("dash", ["—", "–", "-", "--"])
def test_an_agenda_rows_note_is_read_after_any_dash_an_editor_types(dash):
    from sotay.agenda_md import parse_body

    body = ("## Chương trình\n\n| TT | Việc | Phút | Ai | Ghi gì |\n|---|---|---|---|---|\n"
            f"| 1 | Giới thiệu đảng viên mới {dash} Lưu ý: mời tự giới thiệu | 5 phút | Bí thư | Tên người mới. |\n")
    values, _, problems = parse_body(body, 1, "content/chuong-trinh/thu.md")
    assert problems == []  # a header row in other words is still the header row
    assert values["items"] == [{"title": "Giới thiệu đảng viên mới", "minutes": 5, "lead": "Bí thư",
                                "record": "Tên người mới.", "notes": "mời tự giới thiệu"}]


NOWRAP = [
    ("<p>Theo Hướng dẫn 12-HD/BTCTW.</p>", '<p>Theo Hướng dẫn <span class="sotay-code">12-HD/BTCTW</span>.</p>'),
    ("<p>Nghị định 111/2022/NĐ-CP, Chỉ thị 16/CT-TTg</p>",
     '<p>Nghị định <span class="sotay-code">111/2022/NĐ-CP</span>, Chỉ thị <span class="sotay-code">16/CT-TTg</span></p>'),
    ("<p>01-QĐi/TW; 10-CT/T.Ư x</p>", '<p><span class="sotay-code">01-QĐi/TW</span>; <span class="sotay-code">10-CT/T.Ư</span> x</p>'),
    ('<p title="12-HD/BTCTW">x</p>', '<p title="12-HD/BTCTW">x</p>'),  # an attribute's value
    ("<pre><code>12-HD/BTCTW</code></pre><script>a='05-CT/TW'</script>", "<pre><code>12-HD/BTCTW</code></pre><script>a='05-CT/TW'</script>"),
    ('<a href="x">50-CT/TW</a>', '<a href="x"><span class="sotay-code">50-CT/TW</span></a>'),
    ("<p>ngày 2026-12-01, mã x1-CT/TW, md-nav__link</p>", "<p>ngày 2026-12-01, mã x1-CT/TW, md-nav__link</p>"),
    # A registry id with its year and province, as the editors' health page names documents.
    ("<li>03-CT/TW-2011, 13-HD/BTCTU-2018-tra-vinh; 12-HD/BTCTW-20189</li>",
     '<li><span class="sotay-code">03-CT/TW-2011</span>, <span class="sotay-code">13-HD/BTCTU-2018-tra-vinh</span>; '
     '<span class="sotay-code">12-HD/BTCTW</span>-20189</li>'),
]


@pytest.mark.parametrize("html, expected", NOWRAP)
def test_codes_in_page_text_are_kept_on_one_line(html, expected):
    from sotay.render.nowrap import nowrap_codes

    assert nowrap_codes(html) == expected


def _paper_text(paper: str) -> str:
    import html as html_lib

    return html_lib.unescape(re.sub(r"<[^>]+>", "", paper))


def test_every_forms_paper_copy_says_what_its_docx_says_in_its_order():
    """A form prints as its DOCX reads (render/formpaper.py): the letterhead, its type in capitals
    and subject, its sections I., II. with each line's words, blanks as dots and no square bracket
    left, then its signers and recipients; every word of the form's own escaped."""
    import dataclasses

    from sotay import forms
    from sotay.render.formpaper import form_paper

    corpus = load(CONTENT)
    assert corpus.forms
    for form in corpus.forms.values():
        paper = form_paper(form)
        text = _paper_text(paper)
        assert paper.startswith('<div class="sotay-paper sotay-print-only" data-search-exclude>') and "\n\n" not in paper, form.title
        assert "[" not in text and "]" not in text, form.title
        signers = forms.signer_labels(form)
        said = [forms.PARTY_NAME, form.type_name.upper(), forms.dotted(form.subject)]
        for n, section in enumerate(form.sections, 1):
            said.append(f"{roman(n)}. {forms.upper_words(section.heading).split('[')[0].strip()}")
            said += ["".join(value if kind != "hint" else f"({value}) " for kind, value in forms.fill_in(line)[0]).strip()
                     for _, line in forms.lines(section)]
        # The left column (the minute-taker, or the recipients), then the signer at the right.
        said += [signers["left"]] if signers["left"] else [forms.dotted(line) for line in forms.recipients(form)]
        said += [label for label in (signers["right"], signers["right_title"]) if label]
        at = 0
        for words in said:
            found = text.find(words, at)
            assert found >= 0, (form.title, words)
            at = found + len(words)
    # As written, a few lines of the notice and the resolution: not read back through the reading
    # that made them.
    notice, resolution = form_paper(corpus.forms["thong-bao-sinh-hoat-chi-bo"]), form_paper(corpus.forms["nghi-quyet-sinh-hoat-chi-bo"])
    for line in ('<p>Số ......-TB/CB</p>', '<p class="sotay-paper-heading">I. THỜI GIAN, ĐỊA ĐIỂM</p>',
                 '<p class="sotay-paper-point">- Thời gian: từ .............................. đến khoảng ..............................,'
                 ' ngày ........../........../..........</p>',
                 '<p class="sotay-paper-point sotay-paper-open">- Địa điểm:</p>',
                 '<p class="sotay-paper-point sotay-paper-open">- <em>(Các nội dung chính; vấn đề trọng tâm đã chọn để chi bộ '
                 'thảo luận, biểu quyết)</em></p>'):
        assert line in notice, line
    assert '<p class="sotay-paper-kind">QUYẾT NGHỊ:</p>' in resolution
    hostile = dataclasses.replace(next(iter(corpus.forms.values())), type_name='Thông báo <script>x</script>', subject='về <b onclick="x">&')
    paper = form_paper(hostile)
    assert "<script>" not in paper.lower() and "<b " not in paper and "&lt;SCRIPT&gt;" in paper and "&amp;" in paper


@pytest.mark.parametrize("word", ["hoat", "Viet", "tap", "sach", "quoc", "giet", "chuyen", "vien", "Nguoi", "luu", "huu", "yeu"])
def test_a_syllable_that_vietnamese_never_writes_without_marks_needs_them(word):
    assert needs_marks(word)


@pytest.mark.parametrize("word", [
    "phe", "binh", "dang", "chi", "ban", "tu", "gia", "quy", "hoa",  # Vietnamese as typed: never guessed at
    "chat", "hot",  # loanwords
    "video", "online", "Internet", "email", "slide", "Marx", "Zalo", "Word",  # no Vietnamese syllable
    "CT", "DOCX", "XII",  # codes, capitals
])
def test_a_word_that_may_be_written_without_marks_does_not(word):
    assert not needs_marks(word)


def test_a_name_meant_is_one_name_cut_short_or_the_closest_above_the_rules_cutoff():
    from sotay.suggest import meant, offer
    pages = ["huong-dan/hop-chi-uy-chuan-bi", "huong-dan/hop-chi-uy-mo-rong", "huong-dan/ghi-bien-ban"]
    assert meant("huong-dan/ghi-bien", pages, 0.85, cut_short="-") == "huong-dan/ghi-bien-ban"
    assert meant("huong-dan/hop-chi-uy", pages, 0.99, cut_short="-") is None  # two pages go on from it
    assert meant("huong-dan/ghi-bien-bna", pages, 0.85) == "huong-dan/ghi-bien-ban"
    assert meant("huong-dan/ghi-bien-bna", pages, 0.99) is None
    # With `unique`, two names as close are no guess: "thu-ky" is as near to one as to the other.
    assert meant("thu-ky", ["thu-ki", "thu-kyy"], 0.8, unique=True) is None
    assert meant("thu-ky", ["thu-ki", "thu-kyy"], 0.8) in ("thu-ki", "thu-kyy")
    assert offer("a") == " (có phải 'a'?)" and offer(None) == ""


_OPENINGS = st.text(alphabet=list(" \t>-*+.)1234567890²١x"), max_size=60)


@given(st.lists(_OPENINGS, max_size=6))
@example(["- ý", "\t" * 21])
@example(["> " * 21, "- " * 25])
@example(["1. " * 21])
@example(["١. " * 25, " " * 84])
@example(["    " * 20 + "- "])
def test_the_deep_line_search_finds_what_walking_every_line_finds(lines):
    """The limits' one search of a text for a deep line (sotay/markdown_limits.py) passes no line
    that walking each line's opening counts deeper than the limit."""
    from sotay import markdown_limits as limits

    text = "\n".join(line + " chữ" for line in lines)
    walked, start = None, 0
    for line in text.split("\n"):
        if walked is None and line[:1] in " \t>-*+0123456789" and limits._level(line) > limits.MAX_DEPTH:
            walked = start
        start += len(line) + 1
    assert limits._deep_line(text) == walked


def test_code_opening_a_line_or_indented_in_a_fence_nests_nothing():
    from sotay import markdown_limits as limits

    span = "Ví dụ:\n`make new KIND=document TITLE=\"" + "Chỉ thị " * 12 + "\" SOURCE=ma-nguon`.\n"
    fence = "```yaml\n" + " " * 90 + "khóa: XIII\n```\n"
    assert limits._deep_line(span) is None and limits._deep_line(fence) is None
    # Outside the code, a line that deep is still found.
    assert limits._deep_line(span + "> " * 21 + "chữ") == len(span)


@given(st.lists(st.sampled_from(["<div markdown>", "<div markdown=\"1\">", "</div>", "<!-- <div markdown> -->",
                                 "`<div markdown>`", "chữ", "\n\n"]), max_size=60))
@example(["<div markdown>"] * 21)
@example(["<div markdown>", "</div>"] * 21)
def test_the_deep_tag_count_passes_no_text_the_tag_walk_finds_deep(parts):
    from sotay import markdown_limits as limits

    text = "".join(parts)
    walked = limits.deep_tag(text + " markdown" * 30)  # past the count: the walk itself
    assert limits.deep_tag(text) == walked
