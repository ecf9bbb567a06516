"""Content is written in our own words: no run of 10+ words shared with a source article.

Exempt, and nothing else:
- titles of documents, sources and topics (names, not prose): a registry entry's title, name,
  examples and aliases; a source entry's title; the title of a topic outline that carries an
  `origin` (the topic name as the cell's article gives it). Wherever these are quoted, their runs
  are exempt too. Page titles, agenda items, practices and outline headings are our own words.
- names of units, people and places: a cell's name, parent committee and province, a library's
  owner unit, a source's author, unit and publication, a document's issuing body;
- marked quotations: a span in quotation marks of at most MAX_QUOTE_WORDS words, attributed in
  its own sentence (who said or wrote it, or what it names); a structured `quotes` entry of at
  most MAX_QUOTE_WORDS words whose source the page cites and, when the articles are at hand,
  whose text is in that article word for word.
A reference to a document (code, date, issuer, term) is cited as written.
"""

import hashlib
import re
from pathlib import Path

import pytest
import yaml

from sotay.quotes import MAX_QUOTE_WORDS
from sotay.refs import find
from sotay.text import nfc

from conftest import CONTENT, ROOT, SEED_OF, SEEDS, seed_article

N = 10
_QUOTED = re.compile(r"“[^”]{1,400}”|\"[^\"\n]{1,400}\"")
# What a sentence says about a quotation it carries: whose words they are ...
_ATTRIBUTION = re.compile(r"\b(?:viết|ghi|nêu|nói|dạy|liệt kê|trích|nguyên văn|bài viết|bài báo)\b", re.IGNORECASE)
# ... or what the quoted words name: a name is short ("Chi bộ có mô hình “…”" before a sentence of
# fifteen words copied from an article passed as a name).
_NAMING = re.compile(r"\b(?:gọi|phương châm|khẩu hiệu|mô hình|chủ đề|danh sách|tên)\b", re.IGNORECASE)
MAX_NAME_WORDS = 12
_NAMED = re.compile(r"\b(?:[Tt]heo|[Cc]ủa)\s+(\w)|\bBác\b")  # "theo Báo Phú Thọ", "của Ban Bí thư", "Bác"
_SENTENCE_END = re.compile(r"[.!?\n]\s")

# Names and identities, not prose, by kind of file (a key anywhere in the file).
NAME_KEYS = {
    "van-ban": {"id", "code", "title", "name", "examples", "aliases", "issuing_body", "province"},
    "nguon": {"title", "author", "unit", "publication", "url"},
    "mo-hinh": {"name", "parent", "province"},
    "thu-vien": {"owner"},
}
NOT_TEXT = {"sources", "references", "related", "source", "url", "id", "slug"}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", nfc(text).lower())


def shingles(text: str) -> set[tuple]:
    w = words(text)
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}


def attributed(text: str, start: int, length: int = 0) -> bool:
    """Does the sentence that holds the quotation at `start` say whose words they are, or (a
    quotation of at most MAX_NAME_WORDS words) what they name?"""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    named = any(not m.group(1) or m.group(1).isupper() for m in _NAMED.finditer(text, begin, start))
    return bool(named or _ATTRIBUTION.search(text, begin, start) or find(text[begin:start])
                or length <= MAX_NAME_WORDS and _NAMING.search(text, begin, start))


# One word that stands for any quotation, in the articles and in the content: the words around
# an exempt quotation must not copy the article's words around it ("lồng ghép mô hình “...”
# được 04 cuộc, có 32 lượt đảng viên" is the article's sentence with its quotation).
QUOTE_TOKEN = "trichdan"


def collapse_quotes(text: str) -> str:
    return _QUOTED.sub(f" {QUOTE_TOKEN} ", text)


def strip_exempt(text: str, quote_mark: str = " ¦ ", titles: frozenset = frozenset()) -> str:
    # A citation (code, date, issuer, term) names a document; write it as the document is named.
    for c in reversed(find(text)):
        text = text[:c.start] + " ¦ " + text[c.end:]

    def quotation(m):
        length = len(words(m.group()))
        if tuple(words(m.group())) in titles:  # a document's whole title, quoted: a name, however long
            return " ¦ "
        return quote_mark if length <= MAX_QUOTE_WORDS and attributed(m.string, m.start(), length) else m.group()

    return _QUOTED.sub(quotation, text)


def kind_of(path: Path) -> str:
    rel = path.relative_to(CONTENT).parts
    if path.name == "_thu-vien.yml":
        return "thu-vien"
    return rel[0] if len(rel) > 1 else path.stem


def _strings(value, skip: set, key=None):
    if key in skip or key in NOT_TEXT:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, skip)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, skip, k)


def front_and_body(path: Path) -> tuple[dict, str]:
    text = path.read_text()
    if path.suffix == ".md":
        _, head, body = text.split("---", 2)
        return yaml.safe_load(head) or {}, body
    return yaml.safe_load(text) or {}, ""


def seed_topic(data: dict) -> bool:
    """A topic outline named by a cell's article: its title is the topic name as written there."""
    return bool(data.get("origin"))


def prose(path: Path):
    """The running text of a content file, field by field, without names, titles and quotes."""
    data, body = front_and_body(path)
    skip = NAME_KEYS.get(kind_of(path), set()) | {"quotes"}
    if kind_of(path) == "chuyen-de" and seed_topic(data):
        skip = skip | {"title"}
    yield from _strings(data, skip)
    if body:
        yield body
    for quote in data.get("quotes") or []:
        if not quote_is_exempt(quote, data):
            yield quote.get("text", "")


def quote_is_exempt(quote: dict, data: dict) -> bool:
    """Short, with a source the page cites (the check of its wording is a test of its own)."""
    return (len(words(quote.get("text", ""))) <= MAX_QUOTE_WORDS
            and quote.get("source") in (data.get("sources") or []))


def content_files():
    return sorted(p for p in CONTENT.rglob("*") if p.suffix in (".md", ".yml"))


SHINGLE_FILE = Path(__file__).parent / "fixtures" / "seed-shingles.txt"


def digest(run: tuple) -> str:
    """A short hash of a 10-word run: the fixture keeps no text of the articles, only these."""
    return hashlib.sha1(" ".join(run).encode("utf-8")).hexdigest()[:12]


def seed_digests_from(seeds: Path) -> set[str]:
    found = set()
    for seed in sorted(seeds.glob("*.txt")):
        text = seed.read_text()
        found |= {digest(run) for run in shingles(text)}
        found |= {digest(run) for run in shingles(collapse_quotes(text)) if QUOTE_TOKEN in run}
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


def exempt_titles() -> list[str]:
    """Titles of registry documents, sources and the cells' topics."""
    found = []
    paths = [*(CONTENT / "van-ban").glob("*.yml"), *(CONTENT / "nguon").glob("*.yml"), *(CONTENT / "chuyen-de").glob("*/*.md")]
    for path in paths:
        data, _ = front_and_body(path)
        if path.parent.parent.name == "chuyen-de" and not seed_topic(data):
            continue
        found += [data[key] for key in ("title", "name") if data.get(key)]
    return found


@pytest.fixture(scope="module")
def exempt_shingles():
    """The titles' runs, wherever they are quoted."""
    return set().union(*map(shingles, exempt_titles()))


@pytest.fixture(scope="module")
def quoted_titles():
    return frozenset(tuple(words(t)) for t in exempt_titles())


def test_no_content_file_copies_ten_words_from_a_seed(seed_shingles, exempt_shingles, quoted_titles):
    copied = []
    for path in content_files():
        for text in prose(path):
            # Words on either side of an exempt span must not join into a run.
            for part in strip_exempt(text, titles=quoted_titles).split("¦"):
                for run in shingles(part) - exempt_shingles:
                    if digest(run) in seed_shingles:
                        copied.append(f"{path.relative_to(ROOT)}: {' '.join(run)}")
            # Nor copy, with the quotation between them, the article's words around a quotation.
            for part in strip_exempt(text, quote_mark=f" {QUOTE_TOKEN} ", titles=quoted_titles).split("¦"):
                for run in shingles(part):
                    if QUOTE_TOKEN in run and digest(run) in seed_shingles:
                        copied.append(f"{path.relative_to(ROOT)}: {' '.join(run)}")
    assert not copied, "\n".join(sorted(copied)[:50])


def test_structured_quotes_are_word_for_word_in_their_source(seed_shingles):
    """Their length and that the page lists their source are the check's (Q101, Q102). Without
    the articles beside the checkout, a quote of ten words or more is held to the committed hashes:
    each of its ten-word runs in an article, so the whole of it, word for word, in one."""
    problems, checked = [], 0
    for path in content_files():
        data, _ = front_and_body(path)
        for i, quote in enumerate(data.get("quotes") or []):
            if quote.get("source") not in SEED_OF:
                continue
            if SEEDS.is_dir():
                found = " ".join(words(quote["text"])) in " ".join(words(seed_article(quote["source"]).read_text()))
            elif len(words(quote["text"])) >= N:
                found = all(digest(run) in seed_shingles for run in shingles(quote["text"]))
            else:
                continue
            checked += 1
            if not found:
                problems.append(f"{path.relative_to(ROOT)}: quotes[{i}] is not word for word in {quote['source']}")
    assert checked and not problems, "\n".join(problems)


def test_the_check_itself_catches_a_copied_sentence(seed_shingles):
    # A sentence of seed 003 (Chi bộ Thư viện tỉnh Trà Vinh), as a careless copy would bring it in.
    sentence = ("Chi bộ thư viện có 16 đảng viên 12 nữ, 04 nam, 02 dân tộc Khmer. Bộ máy tổ chức ổn định "
                "sắp xếp theo vị trí việc làm")
    assert {digest(run) for run in shingles(sentence)} & seed_shingles
    # The same article's sentence around a quotation: the quotation is exempt, the copy is not.
    around = ("Bài viết ghi chi bộ đã lồng ghép mô hình “Trên làm gương mẫu mực, dưới tích cực làm theo” "
              "được 04 cuộc, có 32 lượt đảng viên")
    bridged = strip_exempt(around, quote_mark=f" {QUOTE_TOKEN} ")
    assert {digest(run) for run in shingles(bridged) if QUOTE_TOKEN in run} & seed_shingles


@pytest.mark.parametrize("text, exempt", [
    ("Chi bộ có phương châm “đoàn kết trong tư tưởng”.", True),
    ("Bài viết ghi: “Chi bộ thư viện có 16 đảng viên”.", True),
    ("Họp xong. “Chi bộ thư viện có 16 đảng viên 12 nữ, 04 nam”", False),
    ("Chi bộ theo dõi “Chi bộ thư viện có 16 đảng viên”", False),
    ("Theo Báo Phú Thọ, “Chi bộ thư viện có 16 đảng viên”", True),
    ("Theo bài viết: “" + " ".join(["từ"] * 26) + "”", False),
    # What a name stands before exempts a name, not a sentence of an article.
    ("Chi bộ có mô hình “Trên làm gương mẫu mực, dưới tích cực làm theo”.", True),
    ("Chi bộ có mô hình “" + " ".join(["từ"] * 15) + "”.", False),
])
def test_a_quotation_is_exempt_only_when_short_and_attributed(text, exempt):
    assert ("¦" in strip_exempt(text)) == exempt


def test_a_quoted_title_is_a_name_however_long_and_only_a_whole_title_is(quoted_titles):
    title = "Tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, " \
        "lối sống, những biểu hiện ‘tự diễn biến’, ‘tự chuyển hóa’ trong nội bộ"
    assert tuple(words(title)) in quoted_titles  # 04-NQ/TW's, as the registry holds it
    assert len(words(title)) > MAX_QUOTE_WORDS
    assert "¦" in strip_exempt(f"Nghị quyết này về “{title}”.", titles=quoted_titles)
    cut = title.split(";")[1]
    assert "¦" not in strip_exempt(f"Nghị quyết này về “{cut} và hơn thế nữa trong mọi việc”.", titles=quoted_titles)
