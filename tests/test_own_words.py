"""Content is written in our own words: no run of 10+ words shared with a source article.

Exempt: titles (of documents, sources, topics: names, not prose) and marked quotations
(short spans in quotation marks; structured `quotes` entries carry their source).
"""

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from sotay.refs import find
from sotay.text import nfc

from conftest import CONTENT, ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
N = 10
MAX_QUOTE_WORDS = 40
_QUOTED = re.compile(r"“[^”]{1,400}”|\"[^\"\n]{1,400}\"")
# Names and identities, not prose: a document's code, date and issuer are cited as written.
SKIP_KEYS = {"title", "name", "examples", "aliases", "code", "issuing_body", "id", "url", "author", "unit",
             "publication", "origin", "quotes", "owner", "parent"}
def words(text: str) -> list[str]:
    return re.findall(r"\w+", nfc(text).lower())


def shingles(text: str) -> set[tuple]:
    w = words(text)
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}


def strip_exempt(text: str) -> str:
    # A citation (code, date, issuer, term) names a document; write it as the document is named.
    for c in reversed(find(text)):
        text = text[:c.start] + " ¦ " + text[c.end:]
    return _QUOTED.sub(lambda m: " ¦ " if len(words(m.group())) <= MAX_QUOTE_WORDS else m.group(), text)


def _strings(value, key=None):
    if key in SKIP_KEYS:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)


def prose(path: Path):
    """The running text of a content file, field by field, without names and identities."""
    text = path.read_text()
    if path.suffix == ".md":
        _, head, body = text.split("---", 2)
        yield from _strings(yaml.safe_load(head))
        yield body
    else:
        yield from _strings(yaml.safe_load(text))


def content_files():
    return sorted(p for p in CONTENT.rglob("*") if p.suffix in (".md", ".yml"))


SHINGLE_FILE = Path(__file__).parent / "fixtures" / "seed-shingles.txt"


def digest(run: tuple) -> str:
    """A short hash of a 10-word run: the fixture keeps no text of the articles, only these."""
    return hashlib.sha1(" ".join(run).encode("utf-8")).hexdigest()[:12]


def seed_digests_from(seeds: Path) -> set[str]:
    found = set()
    for seed in sorted(seeds.glob("*.txt")):
        found |= {digest(run) for run in shingles(seed.read_text())}
    return found


@pytest.fixture(scope="module")
def seed_shingles():
    """Hashes of every 10-word run in the seed articles (from the articles when present)."""
    if SEEDS.is_dir():
        return seed_digests_from(SEEDS)
    return set(SHINGLE_FILE.read_text().split())


def test_the_fixture_matches_the_seed_articles():
    if not SEEDS.is_dir():
        pytest.skip("the seed articles are not next to this checkout; the committed hashes stand in for them")
    assert set(SHINGLE_FILE.read_text().split()) == seed_digests_from(SEEDS), "regenerate tests/fixtures/seed-shingles.txt"


@pytest.fixture(scope="module")
def exempt_shingles():
    """Titles of registry documents and sources, wherever they are quoted."""
    allowed = set()
    for path in list((CONTENT / "van-ban").glob("*.yml")) + list((CONTENT / "nguon").glob("*.yml")):
        data = yaml.safe_load(path.read_text())
        for key in ("title", "name"):
            if data.get(key):
                allowed |= shingles(data[key])
    return allowed


def test_no_content_file_copies_ten_words_from_a_seed(seed_shingles, exempt_shingles):
    copied = []
    for path in content_files():
        for text in prose(path):
            # Words on either side of an exempt span must not join into a run.
            for part in strip_exempt(text).split("¦"):
                for run in shingles(part) - exempt_shingles:
                    if digest(run) in seed_shingles:
                        copied.append(f"{path.relative_to(ROOT)}: {' '.join(run)}")
    assert not copied, "\n".join(sorted(copied)[:50])


def test_the_check_itself_catches_a_copied_sentence(seed_shingles):
    # A sentence of seed 003 (Chi bộ Thư viện tỉnh Trà Vinh), as a careless copy would bring it in.
    sentence = ("Chi bộ thư viện có 16 đảng viên 12 nữ, 04 nam, 02 dân tộc Khmer. Bộ máy tổ chức ổn định "
                "sắp xếp theo vị trí việc làm")
    assert {digest(run) for run in shingles(sentence)} & seed_shingles
