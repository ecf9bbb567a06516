"""The site's own Markdown extensions: content tables of three columns or more carry what a phone
needs to show them as cards; an ordered list starts where its editor numbered it; a note box
without a title gets a Vietnamese one."""

import xml.etree.ElementTree as ET

import markdown
import pytest
from mkdocs.config import load_config

from conftest import ROOT


@pytest.fixture(scope="module")
def render():
    # The site's own configuration, so the test fails if mkdocs.yml stops loading the extension.
    config = load_config(str(ROOT / "mkdocs.yml"))
    return lambda text: markdown.markdown(text, extensions=config.markdown_extensions,
                                          extension_configs=config.mdx_configs)


def _tables(html):
    root = ET.fromstring(f"<root>{html}</root>")
    parents = {child: parent for parent in root.iter() for child in parent}
    return [(parents[t].get("class"), [[td.get("data-sotay-label") for td in tr] for tr in t.iterfind("tbody/tr")])
            for t in root.iter("table")]


def test_a_table_of_three_columns_is_wrapped_and_each_cell_labelled_with_its_heading(render):
    html = render("Trước\n\n| Việc | **Ai** làm | Hạn `ngày` |\n|---|---|---|\n| a | b | c |\n| d | | f |\n\nSau")
    assert _tables(html) == [("sotay-cards", [["Việc", "Ai làm", "Hạn ngày"]] * 2)]
    assert html.index("<p>Trước</p>") < html.index("sotay-cards") < html.index("<p>Sau</p>")


def test_an_empty_heading_labels_nothing_and_a_short_row_is_labelled_as_padded(render):
    html = render("| | Buổi | Đảng viên |\n|---|---|---|\n| Khi nào | Cuối buổi | Cuối tháng |\n| Căn cứ |")
    assert _tables(html) == [("sotay-cards", [[None, "Buổi", "Đảng viên"], [None, "Buổi", "Đảng viên"]])]


def test_two_columns_stay_a_table_and_the_handbooks_own_tables_keep_their_layout(render):
    two = render("| a | b |\n|---|---|\n| x | y |")
    agenda = render('<div class="sotay-agenda" markdown>\n\n| a | b | c |\n|---|---|---|\n| x | y | z |\n\n</div>')
    assert _tables(two) == [(None, [[None, None]])]
    assert _tables(agenda) == [("sotay-agenda", [[None, None, None]])]


def test_an_editors_table_inside_an_outlines_body_gets_cards_too(render):
    # An outline's body and its printed notes are the handbook's blocks, their tables the editor's.
    for block in ("sotay-doc", "sotay-printed"):
        html = render(f'<div class="{block}" markdown>\n\n| a | b | c |\n|---|---|---|\n| x | y | z |\n\n</div>')
        assert _tables(html) == [("sotay-cards", [["a", "b", "c"]])], block
    facts = render('<div class="sotay-facts" markdown>\n\n| a | b | c |\n|---|---|---|\n| x | y | z |\n\n</div>')
    assert _tables(facts) == [("sotay-facts", [[None, None, None]])]


def test_a_table_inside_a_list_or_a_note_is_labelled_where_it_stands(render):
    html = render('!!! note "Ghi chú"\n\n    | a | b | c |\n    |---|---|---|\n    | x | y | z |\n')
    assert _tables(html) == [("sotay-cards", [["a", "b", "c"]])]
    assert html.index('class="admonition note"') < html.index("sotay-cards")


def test_an_ordered_list_starts_at_the_number_its_editor_wrote(render):
    """Steps 3 and 4 after a paragraph that interrupts a procedure showed as a second "1." and "2."
    (sotay/render/listnumbers.py); a list from 1 keeps no start, and Python-Markdown's own default
    is left as it was for any other converter."""
    html = render("1. Một\n2. Hai\n\nSau khi chi ủy họp xong:\n\n3. Ba\n4. Bốn\n")
    assert [ol.get("start") for ol in ET.fromstring(f"<root>{html}</root>").iter("ol")] == [None, "3"]
    assert "start" not in markdown.markdown("3. Ba")


def _notes(html):
    root = ET.fromstring(f"<root>{html}</root>")
    return [(div.get("class"), [p.text for p in div.iterfind("p[@class='admonition-title']")]) for div in root.iter("div")]


@pytest.mark.parametrize("text, classes, titles", [
    # The form the editors' guide names showed the English "Note"; other types their English name.
    ("!!! note\n    Chữ.", "admonition note", ["Lưu ý"]),
    ("!!! warning\n    Chữ.", "admonition warning", ["Chú ý"]),
    ("!!! bug\n    Chữ.", "admonition bug", ["Lưu ý"]),
    # A title typed as the type showed "Lưu" in a box of classes "lưu" and "ý".
    ("!!! Lưu ý\n    Chữ.", "admonition note", ["Lưu ý"]),
    ("!!! tip Mẹo hay\n    Chữ.", "admonition tip", ["Mẹo hay"]),
    # A title whose first word needs no marks: "!!! Ghi chú" showed "chú" (the session's own red team).
    ("!!! Ghi chú\n    Chữ.", "admonition note", ["Ghi chú"]),
    ("!!! note Chi bộ cần nhớ\n    Chữ.", "admonition note", ["Chi bộ cần nhớ"]),
    # A title written, or none asked for, is kept; a class is not taken away.
    ('!!! note "Ghi nhớ"\n    Chữ.', "admonition note", ["Ghi nhớ"]),
    ('!!! note ""\n    Chữ.', "admonition note", []),
    ("!!! md-dialog md-dialog--active\n    Chữ.", "admonition md-dialog md-dialog--active", ["Lưu ý"]),
])
def test_a_note_without_a_title_gets_a_vietnamese_one(render, text, classes, titles):
    assert _notes(render(text)) == [(classes, titles)]
    assert _notes(render(f"- Ý.\n\n    {text.replace(chr(10), chr(10) + '    ')}")) == [(classes, titles)]


def test_a_columns_alignment_is_a_class_the_policy_lets_show():
    """":---:" gave each cell a style, which the page's policy (style-src 'self') refuses: every
    column showed at the left. The same alignment is a class of the stylesheet's."""
    html = markdown.markdown("| Việc | Số | Ghi chú |\n|---|:---:|---:|\n| Họp | 12 | đủ |\n",
                             extensions=["tables", "sotay.render.cardtables"])
    assert "style=" not in html, html
    assert html.count('class="sotay-align-center"') == 2 and html.count('class="sotay-align-right"') == 2, html
    css = (ROOT / "docs/assets/stylesheets/sotay.css").read_text(encoding="utf-8")
    assert all(f".md-typeset .sotay-align-{side} {{\n  text-align: {side};" in css for side in ("left", "center", "right"))
