"""Vietnamese text rules: folding, tone placement, slugs and collation."""

import pytest

from sotay.text import clean, fold, match_key, slugify, sort_vi, toc_slugify


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
])
def test_slugify(title, slug):
    assert slugify(title) == slug
    assert toc_slugify(title) == slug


def test_vietnamese_alphabetical_order():
    words = ["đảng", "dân", "bò", "bộ", "ăn", "an", "ân", "ơn", "ô", "o", "ư", "u", "y", "x"]
    assert sort_vi(words) == ["an", "ăn", "ân", "bò", "bộ", "dân", "đảng", "o", "ô", "ơn", "u", "ư", "x", "y"]


def test_order_ignores_case_and_puts_tones_after_letters():
    assert sort_vi(["Hướng dẫn", "hợp", "học", "Hà"]) == ["Hà", "học", "hợp", "Hướng dẫn"]
