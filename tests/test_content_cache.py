"""Content read back from the build's cache is the content a load makes; any change loads afresh."""

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from sotay import content_cache
from sotay.content import load

from conftest import CONTENT

MINIMAL = Path(__file__).parent / "fixtures" / "minimal" / "content"
KEPT_FIELDS = ("vocab", "sources", "documents", "guidance", "forms", "agendas", "meetings", "libraries", "topics", "texts",
               "problems", "unloaded", "unloaded_documents", "pending_documents", "unloaded_sources", "unloaded_source_urls")


def _project(tmp_path: Path, content: Path = CONTENT, name: str = "p") -> Path:
    shutil.copytree(content, tmp_path / name / "content")
    return tmp_path / name / "content"


def _same(a, b):
    for name in KEPT_FIELDS:
        assert getattr(a, name) == getattr(b, name), name
    pairs = list(zip(content_cache._loaded(a), content_cache._loaded(b), strict=True))
    assert len(pairs) == len(a.origins) == len(b.origins)
    for x, y in pairs:
        assert x == y and a.origin(x) == b.origin(y)


def test_content_read_back_is_the_content_a_load_makes(tmp_path, monkeypatch):
    content = _project(tmp_path)
    fresh = load(content, content.parent)
    first = content_cache.cached_load(content, content.parent, tmp_path / "cache")
    monkeypatch.setattr(content_cache, "load", lambda *_: pytest.fail("loaded again, not read back"))
    again = content_cache.cached_load(content, content.parent, tmp_path / "cache")
    assert again is not first
    _same(fresh, first)
    _same(fresh, again)


def test_content_with_errors_reads_back_its_errors(tmp_path):
    content = _project(tmp_path, MINIMAL)
    guide = next((content / "huong-dan").glob("*.md"))
    guide.write_text(guide.read_text(encoding="utf-8").replace("---\n", "---\nkhong_co: 1\n", 1), encoding="utf-8")
    fresh = load(content, content.parent)
    assert "S101" in [p.code for p in fresh.problems]
    for _ in range(2):
        _same(fresh, content_cache.cached_load(content, content.parent, tmp_path / "cache"))


def _edit_bytes(content):
    path = next((content / "huong-dan").glob("*.md"))
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n", 1))


def _rename(content):
    path = next((content / "huong-dan").glob("*.md"))
    path.rename(path.with_name("ten-khac.md"))


def _empty_folder(content):
    (content / "chuyen-de" / "thu-vien-rong").mkdir(parents=True)


def _hidden_folder(content):
    (content / "huong-dan" / ".an").mkdir()


def _link(content):
    (content / "huong-dan" / "lien-ket.md").symlink_to(next((content / "huong-dan").glob("*.md")))


@pytest.mark.parametrize("edit", [_edit_bytes, _rename, _empty_folder, _hidden_folder, _link])
def test_any_change_the_loader_would_see_loads_afresh(tmp_path, edit):
    content = _project(tmp_path, MINIMAL)
    before = content_cache.cached_load(content, content.parent, tmp_path / "cache")
    edit(content)
    after = content_cache.cached_load(content, content.parent, tmp_path / "cache")
    _same(load(content, content.parent), after)
    assert (before.problems, list(before.guidance)) != (after.problems, list(after.guidance))


def test_what_is_not_content_keeps_the_key(tmp_path):
    content = _project(tmp_path, MINIMAL)
    key = content_cache.fingerprint(content, content.parent)
    path = next((content / "huong-dan").glob("*.md"))
    os.utime(path, (0, 0))
    (content.parent / "mkdocs.yml").write_text("site_name: x\n")  # the passes read it, not the loader
    assert content_cache.fingerprint(content, content.parent) == key


def test_a_new_day_loads_afresh(tmp_path, monkeypatch):
    """A review date may not lie ahead of today: the same files can check differently tomorrow."""
    content = _project(tmp_path, MINIMAL)
    key = content_cache.fingerprint(content, content.parent)
    monkeypatch.setattr(content_cache, "vn_today", lambda: dt.date(2099, 1, 1))
    assert content_cache.fingerprint(content, content.parent) != key


@pytest.mark.parametrize("slot_bytes", [b"", b"x" * 64 + b"garbage", b"\xff" * 80])
def test_a_broken_or_foreign_cache_file_is_loaded_over(tmp_path, slot_bytes):
    content = _project(tmp_path, MINIMAL)
    cache = tmp_path / "cache"
    content_cache.cached_load(content, content.parent, cache)
    (slot,) = cache.glob("*.pickle")
    slot.write_bytes(slot_bytes)
    _same(load(content, content.parent), content_cache.cached_load(content, content.parent, cache))
    assert slot.read_bytes()[:64].decode() == content_cache.fingerprint(content, content.parent)


def test_the_cache_keeps_the_last_projects_only(tmp_path):
    cache = tmp_path / "cache"
    for n in range(content_cache.KEPT + 2):
        content = _project(tmp_path, MINIMAL, f"p{n}")
        content_cache.cached_load(content, content.parent, cache)
    assert len(list(cache.glob("*.pickle"))) == content_cache.KEPT


def test_a_cache_that_cannot_be_written_costs_a_load_and_leaves_no_file(tmp_path, monkeypatch):
    content = _project(tmp_path, MINIMAL)
    cache = tmp_path / "cache"

    def refuse(*_, **__):
        raise TypeError("cannot pickle this")

    monkeypatch.setattr(content_cache.pickle, "dumps", refuse)
    _same(load(content, content.parent), content_cache.cached_load(content, content.parent, cache))
    assert not cache.exists() or not list(cache.iterdir())
