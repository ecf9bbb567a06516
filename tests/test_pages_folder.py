"""`python -m sotay pages`: the rendered site as plain files, for another renderer (no MkDocs inside)."""

import json
from pathlib import Path

import pytest

from sotay import check
from sotay.render.folder import nav_entries
from sotay.render.site import page_stream, plan_site
from sotay.selfcontained import citation_hosts

from conftest import CONTENT, ROOT, run_sotay

pytestmark = pytest.mark.slow  # compares with the MkDocs build (shared with the other build tests)

KNOWN_BAD = Path(__file__).parent / "fixtures" / "known-bad" / "content"


def test_the_folder_holds_every_page_and_download_of_the_mkdocs_build_with_the_same_markdown(built_site, tmp_path):
    out = tmp_path / "rendered"
    proc = run_sotay("pages", str(out))
    assert proc.returncode == 0, proc.stderr[-2000:]
    manifest = json.loads((out / "site.json").read_text(encoding="utf-8"))

    # The same Markdown the hook hands MkDocs (it streams page_stream's pages), byte for byte.
    result = check.run(CONTENT, ROOT)
    streamed = {}
    page_stream(result.corpus, result.registry, streamed.__setitem__)
    written = {p.relative_to(out / "pages").as_posix(): p.read_text(encoding="utf-8") for p in (out / "pages").rglob("*.md")}
    assert written == streamed
    assert manifest["pages"] == list(streamed)
    assert manifest["nav"] == nav_entries(plan_site(result.corpus, result.registry).nav)
    assert manifest["counts"]["chuyen_de"] == len(result.corpus.topics)
    assert manifest["forms"] == plan_site(result.corpus, result.registry).forms and len(manifest["forms"]) == len(result.corpus.forms)
    # The hosts a page may link to, for the adapter's last check of each page (the sources' hosts).
    assert manifest["link_hosts"] == sorted(citation_hosts(result.corpus)) and "baonghean.vn" in manifest["link_hosts"]

    # Every page of the MkDocs build is a written page or one of the site shell's own (docs/).
    def url(src: str) -> str:
        stem = src.removesuffix(".md")
        return "index.html" if stem == "index" else stem.removesuffix("/index") + "/index.html"

    shell = {url(p.relative_to(ROOT / "docs").as_posix()) for p in (ROOT / "docs").rglob("*.md")} | {"404.html"}
    built = {p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")}
    assert built == {url(src) for src in written} | shell

    # Every download, under files/, as the build ships it (the Markdown ones never under pages/).
    downloads = {p.relative_to(built_site).as_posix() for p in (built_site / "tai-ve").rglob("*") if p.is_file()}
    assert set(manifest["files"]) == downloads
    assert all((out / "files" / src).read_bytes() == (built_site / src).read_bytes() for src in downloads)
    assert not (out / "pages" / "tai-ve").exists()


def test_it_writes_nothing_into_a_folder_with_files_or_from_content_with_errors(tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "ghi-chu.txt").write_text("giữ nguyên", encoding="utf-8")
    proc = run_sotay("pages", str(taken))
    assert (proc.returncode, proc.stdout) == (2, "")
    assert "đã có tệp" in proc.stderr
    assert [p.name for p in taken.iterdir()] == ["ghi-chu.txt"]

    out = tmp_path / "rendered"
    proc = run_sotay("pages", str(out), "--content", str(KNOWN_BAD))
    assert proc.returncode == 1
    assert "chưa ghi trang nào" in proc.stderr
    assert not out.exists()
