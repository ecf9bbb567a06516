"""Every figure about a model cell (members, counts, years, results) is in the article it cites.

The numbers of each seed article are kept in tests/fixtures/seed-numbers.json (numbers only, no
text), checked against the articles themselves when they sit next to this checkout.
"""

import json
import re
from pathlib import Path

import pytest

from sotay.content import load

from conftest import CONTENT, ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
NUMBERS = Path(__file__).parent / "fixtures" / "seed-numbers.json"
SEED_OF = {"bv-doi-soat-2019": "000_", "bv-go-cong-2023": "001_", "bv-nghe-an-to-chuc": "002_",
           "bv-thu-vien-tra-vinh-2023": "003_", "bv-dan-van-lang-son-2021": "004_"}


def numbers(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"(?<![\w-])\d+(?![\w-])", text)}


def seed_numbers_from(seeds: Path) -> dict[str, list[int]]:
    return {source: sorted(numbers(next(seeds.glob(prefix + "*.txt")).read_text())) for source, prefix in SEED_OF.items()}


def test_fixture_matches_the_seed_articles():
    if not SEEDS.is_dir():
        pytest.skip("the seed articles are not next to this checkout; the committed numbers stand in for them")
    assert json.loads(NUMBERS.read_text()) == seed_numbers_from(SEEDS)


def test_figures_about_each_cell_come_from_its_article():
    known = {k: set(v) for k, v in json.loads(NUMBERS.read_text()).items()}
    corpus = load(CONTENT)
    checked = 0
    for meeting in corpus.meetings.values():
        allowed = set().union(*(known[s] for s in meeting.sources if s in known))
        assert allowed, f"{meeting.slug} cites no seed article"
        cell = meeting.cell
        texts = [*cell.facts, *meeting.results, str(cell.members or ""), str(cell.year or "")]
        for text in texts:
            for n in numbers(text):
                checked += 1
                assert n in allowed, f"{meeting.slug}: {n} in {text!r} is not in its sources"
    assert checked >= 20
