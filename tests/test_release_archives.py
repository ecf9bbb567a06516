"""Release archives are reproducible: the same tree gives the same bytes, whenever it is packed;
and `dist` empties only its own folder."""

import os
import tarfile
import zipfile

import pytest

from sotay.dist import _clear, _tar, _zip


def _tree(root, touched):
    (root / "huong-dan").mkdir(parents=True)
    (root / "index.html").write_text("<h1>Sổ tay</h1>", encoding="utf-8")
    (root / "huong-dan" / "index.html").write_text("<h1>Hướng dẫn</h1>", encoding="utf-8")
    for path in root.rglob("*"):
        os.utime(path, (touched, touched))
    return root


def test_same_tree_same_bytes(tmp_path):
    a, b = _tree(tmp_path / "a", 1_700_000_000), _tree(tmp_path / "b", 1_800_000_000)
    _tar(a, "sotay-1", tmp_path / "a.tar.gz", 1_750_000_000)
    _tar(b, "sotay-1", tmp_path / "b.tar.gz", 1_750_000_000)
    assert (tmp_path / "a.tar.gz").read_bytes() == (tmp_path / "b.tar.gz").read_bytes()
    _zip(a, "sotay-1-offline", tmp_path / "a.zip", 1_750_000_000)
    _zip(b, "sotay-1-offline", tmp_path / "b.zip", 1_750_000_000)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with tarfile.open(tmp_path / "a.tar.gz") as tar:
        assert tar.extractfile("sotay-1/huong-dan/index.html").read().decode() == "<h1>Hướng dẫn</h1>"
        assert {m.mtime for m in tar.getmembers()} == {1_750_000_000}
    with zipfile.ZipFile(tmp_path / "a.zip") as z:
        assert z.read("sotay-1-offline/index.html").decode() == "<h1>Sổ tay</h1>"


def test_dist_empties_its_own_folder_and_refuses_any_other(tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "sotay-0.0.9.tar.gz").write_bytes(b"last release")
    (out / "SHA256SUMS").write_text("")
    _clear(out)
    assert not out.exists()
    home = tmp_path / "home"  # `--out ~` or the deploy root: nothing in it is deleted
    (home / "notes").mkdir(parents=True)
    (home / "SHA256SUMS").write_text("kept")
    with pytest.raises(SystemExit, match="không xoá"):
        _clear(home)
    assert (home / "notes").is_dir() and (home / "SHA256SUMS").read_text() == "kept"
