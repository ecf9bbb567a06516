"""The page's script (sotay.js) names the site's sections and the headings that close a page as
the core writes them: a section renamed in one place and not the other labelled no search result,
or listed a page's sources in its contents."""

from __future__ import annotations

import json
import re

from sotay.render.sections import CLOSING, SECTIONS
from sotay.text import toc_slugify

from conftest import ROOT

SCRIPT = (ROOT / "docs/assets/javascripts/sotay.js").read_text(encoding="utf-8")


def _script_value(name: str):
    found = re.search(rf"\bvar {name} = (\{{.*?\}}|\[.*?\]);", SCRIPT, re.S)
    assert found, f"sotay.js no longer declares {name}"
    return json.loads(found.group(1))


def test_search_results_are_labelled_with_the_sections_names():
    assert _script_value("KINDS") == SECTIONS


def test_the_contents_list_leaves_out_the_headings_that_close_a_page():
    assert sorted(_script_value("FOOT")) == sorted(CLOSING)
    assert {toc_slugify(heading) for heading in CLOSING.values()} == set(CLOSING)
