"""`python -m sotay refs`: the command line as a user runs it."""

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, run_sotay

KEYS = {"path", "line", "column", "surface", "kind", "number", "issuer", "date", "term", "id", "problems"}


def test_json_lists_every_reference_with_its_position_and_facts(tmp_path):
    text = "Mở đầu.\nTheo Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương và\n  Nghị quyết Trung ương 4 (khóa XII).\n"
    path = tmp_path / "bai.txt"
    path.write_text(text)
    proc = run_sotay("refs", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["surface"] for r in rows] == ["Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương",
                                           "Nghị quyết Trung ương 4 (khóa XII)"]
    first, second = rows
    assert KEYS <= first.keys()
    # In text, the references found all fit: nothing on standard output, and the count says it read them.
    proc = run_sotay("refs", str(path))
    assert proc.returncode == 0 and not proc.stdout and proc.stderr == "2 trích dẫn, 0 lỗi, 0 cảnh báo.\n", proc
    assert (first["line"], first["column"]) == (2, 6)
    assert (second["line"], second["column"]) == (3, 3)
    assert (first["kind"], first["number"], first["issuer"], first["date"], first["id"]) == ("HD", "12", "BTCTW", "2018-07-06", "12-HD/BTCTW-2018")
    assert (second["kind"], second["number"], second["term"], second["id"]) == ("NQ", None, "XII", "04-NQ/TW-2016")
    assert first["problems"] == []


def test_errors_print_path_line_col_code_and_exit_1_warnings_exit_0(tmp_path):
    bad = tmp_path / "sai.md"
    bad.write_text("Dòng một.\nTheo Chỉ thị 10-CT/TW ngày 30/3/2008.\n")
    proc = run_sotay("refs", str(bad))
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"{bad}:2:6: C102 ")
    warn = tmp_path / "mo-ho.md"
    warn.write_text("Thực hiện Chỉ thị 10 của chi bộ.\n")
    proc = run_sotay("refs", str(warn))
    assert proc.returncode == 0
    assert f"{warn}:1:11: C107 " in proc.stdout


def test_standard_input_and_a_bom(tmp_path):
    proc = run_sotay("refs", "-", "--format", "json", input="\ufeffChỉ thị 50-CT/TW của Ban Bí thư khóa XIII")
    rows = json.loads(proc.stdout)
    assert rows[0]["path"] == "-" and rows[0]["column"] == 1 and rows[0]["id"] == "50-CT/TW-2025"


def test_unreadable_input_is_reported_without_a_traceback(tmp_path):
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Chỉ thị".encode("utf-16"))
    proc = run_sotay("refs", str(tmp_path / "khong-co.txt"), str(utf16))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "khong-co.txt: không đọc được tệp (không có tệp này)" in proc.stderr  # in Vietnamese, as the rest
    assert "utf16.txt: tệp đang lưu dạng UTF-16" in proc.stderr  # named, as `check` names it (it was "byte 0xff")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"\xd0\xf4ng ch\xed")  # Windows-1258 bytes, no UTF-8
    assert "latin.txt: byte 0x" in run_sotay("refs", str(latin)).stderr


def test_a_folder_is_read_as_the_text_files_under_it_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "sau.md").write_text("Theo Chỉ thị 10-CT/TW ngày 30/3/2008.\n")
    (tmp_path / "a.yml").write_text("x: Hướng dẫn 12-HD/BTCTW\n")
    (tmp_path / "anh.png").write_bytes(b"\x89PNG " + "Chỉ thị 10-CT/TW".encode())
    for hidden in (".venv/lib", ".cache", "site/tai-ve"):  # a tool's or a build's, not an editor's
        (tmp_path / hidden).mkdir(parents=True)
        (tmp_path / hidden / "x.md").write_text("Chỉ thị 10-CT/TW ngày 1/1/2001.\n")
    proc = run_sotay("refs", str(tmp_path), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    assert [(r["path"], r["surface"]) for r in json.loads(proc.stdout)] == [
        (str(tmp_path / "a.yml"), "Hướng dẫn 12-HD/BTCTW"), (str(tmp_path / "b" / "sau.md"), "Chỉ thị 10-CT/TW ngày 30/3/2008")]
    # A folder with nothing to read is said, and is not a clean pass.
    (tmp_path / "rong").mkdir()
    proc = run_sotay("refs", str(tmp_path / "rong"))
    assert proc.returncode == 2 and "không có tệp" in proc.stderr, proc.stderr


@pytest.mark.parametrize("entry", ["python -m sotay", "console script"])
def test_messages_are_utf8_where_the_locale_is_not(entry):
    """On Windows, output redirected to a file takes the legacy code page, which has no "ỗ": the
    command ended in a traceback instead of its report. The `sotay` console script starts at
    cli.main, not at __main__."""
    text, env = "Theo Chỉ thị 10-CT/TW ngày 30/3/2008.\n", {**os.environ, "PYTHONIOENCODING": "cp1252"}
    if entry == "console script":
        proc = subprocess.run([sys.executable, "-c", "import sys; from sotay.cli import main; sys.exit(main())", "refs", "-"],
                              cwd=ROOT, input=text, capture_output=True, text=True, encoding="utf-8", env=env)
    else:
        proc = run_sotay("refs", "-", input=text, env=env)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout.startswith("-:1:6: C102 ") and "ngày" in proc.stdout


def test_a_content_file_is_read_as_check_reads_it():
    """Its text fields, at their lines: not the front matter's ids and lists (a registry id such as
    05-HD/BTCTU-tien-giang was read as a code), nor a source's record."""
    guide = ROOT / "content" / "huong-dan" / "sinh-hoat-thuong-ky.md"
    proc = run_sotay("refs", str(ROOT / "content"), str(guide), "--format", "json")
    assert proc.returncode == 0, proc.stdout[-2000:]
    rows = json.loads(proc.stdout)
    assert not [r for r in rows if r["problems"] and r["problems"][0]["code"] in ("C101", "C102", "C107")], rows
    assert not [r for r in rows if "/nguon/" in r["path"]]
    lines = guide.read_text(encoding="utf-8").splitlines()
    mine = [r for r in rows if r["path"] == str(guide)]
    assert mine and all(lines[r["line"] - 1][r["column"] - 1:].startswith(r["surface"].split()[0]) for r in mine), mine


def test_a_content_file_s_comments_and_code_are_left_as_check_leaves_them(tmp_path):
    """An editor's note in <!-- --> and a code span show no citation to a reader: `check` passes
    them, and `refs` on the same file told a C102 there (a red team)."""
    import shutil

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    page = content / "huong-dan" / "bi-thu-chu-tri.md"
    note = "<!-- Chỉ thị 10-CT/TW ngày 30/3/2009 -->\n\nViết sai: `Chỉ thị 10-CT/TW ngày 31/3/2009`.\n"
    page.write_text(page.read_text(encoding="utf-8") + "\n" + note, encoding="utf-8")
    proc = run_sotay("refs", str(page), "--content", str(content))
    assert proc.returncode == 0 and "C102" not in proc.stdout, proc.stdout


def test_an_unknown_code_is_named_as_typed_when_its_kind_is_written_qdi():
    """"08-QĐi/TW" was told as "08-QĐ/TW": the editor registered that spelling, and the check then
    said the citation's QĐi was not the registry's QĐ (a red team)."""
    proc = run_sotay("refs", "-", input="Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.\n")
    assert proc.returncode == 1 and proc.stdout.startswith("-:1:1: C101 08-QĐi/TW chưa có trong sổ văn bản"), proc.stdout


def test_a_content_file_s_grounds_are_offered_as_in_check(tmp_path):
    """A bare "Chỉ thị 50" in a page grounded on 50-CT/TW-2025 (and citing it nowhere in full, after
    which a short form is that document) is offered that directive, as `check` offers it; the same
    words from standard input are grounded on nothing. Each citation of an outline is listed once
    (its points are read as fields and in its body)."""
    import shutil

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    page = content / "huong-dan" / "bi-thu-chu-tri.md"
    sentence = "Chi bộ thống nhất cách thực hiện Chỉ thị 50 trong quý tới.\n"
    page.write_text(page.read_text(encoding="utf-8") + "\n" + sentence, encoding="utf-8")
    proc = run_sotay("refs", str(page), "--content", str(content), "--format", "json")
    last = json.loads(proc.stdout)[-1]
    assert (proc.returncode, last["surface"], last["id"]) == (0, "Chỉ thị 50", None), proc.stdout[-800:]
    assert "Trang này ghi 50-CT/TW-2025 trong references" in last["problems"][0]["message"], last
    outline = content / "chuyen-de" / "thu-vien-chung" / "doi-moi-sinh-hoat-theo-chi-thi-50.md"
    rows = json.loads(run_sotay("refs", str(outline), "--content", str(content), "--format", "json").stdout)
    places = [(r["line"], r["column"]) for r in rows]
    assert len(places) == len(set(places)) > 5, places
    alone = json.loads(run_sotay("refs", "-", "--content", str(content), "--format", "json", input=sentence).stdout)
    assert [(r["id"], [p["code"] for p in r["problems"]]) for r in alone] == [(None, ["C107"])]
    assert "references" not in alone[0]["problems"][0]["message"]


def test_a_title_s_grounds_hint_offers_no_link_to_write(tmp_path):
    """`sotay new topic "… theo Chỉ thị 50-CT/TW"` wrote a title the hint told to link, and a link
    in a title is S107's error: there the hint asks for the citation in full only."""
    import shutil

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    outline = content / "chuyen-de" / "thu-vien-chung" / "doi-moi-sinh-hoat-theo-chi-thi-50.md"
    text = outline.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title: "))
    outline.write_text(text.replace(title, "title: Nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị 50-CT/TW", 1), encoding="utf-8")
    for command in (("check", "--content", str(content)), ("refs", str(outline), "--content", str(content))):
        told = [line for line in run_sotay(*command).stdout.splitlines() if ":2:" in line and " C107 " in line]
        assert len(told) == 1 and told[0].endswith("nếu là văn bản ấy, hãy ghi đủ: Chỉ thị số 50-CT/TW ngày 23/7/2025 "
                                                  "của Ban Bí thư (khóa XIII); tiêu đề không chứa liên kết."), (command, told)


def test_a_body_written_after_a_list_is_told_as_the_list_s_not_as_a_word_to_change():
    """"các chỉ thị 05-CT/TW, 10-CT/TW của Ban Tổ chức Trung ương": the body is read as both codes',
    and 05-CT/TW's message said "sửa thành 'Bộ Chính trị'", a word its text does not hold."""
    proc = run_sotay("refs", "-", input="Thực hiện các chỉ thị 05-CT/TW, 10-CT/TW của Ban Tổ chức Trung ương.\n")
    first, second = proc.stdout.splitlines()[:2]
    assert first.startswith("-:1:15: C103 05-CT/TW: cơ quan ban hành ‘Ban Tổ chức Trung ương’ ghi sau danh sách"), first
    assert "ghi riêng ‘của Bộ Chính trị’ ngay sau văn bản này" in first, first
    assert second.startswith("-:1:33: C103 10-CT/TW:") and "sửa thành ‘Ban Bí thư’" in second, second
