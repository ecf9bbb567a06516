"""One deliberately broken file per content type; the full ordered list of errors is asserted."""

from pathlib import Path

from conftest import run_sotay

FIXTURE = Path(__file__).parent / "fixtures" / "known-bad"


def test_check_reports_every_error_in_order_with_file_line_and_rule():
    proc = run_sotay("check", "--content", str(FIXTURE / "content"))
    assert proc.returncode == 1
    expected = (FIXTURE / "expected.txt").read_text().splitlines()
    assert proc.stdout.splitlines() == expected
    assert "Traceback" not in proc.stderr


def test_every_content_type_has_a_broken_file_in_the_fixture():
    expected = (FIXTURE / "expected.txt").read_text()
    for prefix in ("content/tu-vung.yml", "content/nguon/", "content/van-ban/", "content/huong-dan/",
                   "content/chuong-trinh/", "content/mo-hinh/", "content/chuyen-de/thu-vien-x/_thu-vien.yml",
                   "content/chuyen-de/thu-vien-x/bad-topic.md", "content/mau/"):
        assert prefix in expected, prefix


def test_line_numbers_come_from_the_file_not_line_one():
    lines = (FIXTURE / "expected.txt").read_text().splitlines()
    by_code = {line.split(": ")[1].split()[0]: line for line in lines}
    assert by_code["Y001"].startswith("content/mo-hinh/bad-meeting.yml:3:7:")  # where the brace opens
    assert by_code["E002"].startswith("content/huong-dan/bad-guide.md:10:44:")
    assert by_code["B101"].startswith("content/chuyen-de/thu-vien-x/bad-topic.md:35:")  # its last line, not past the end


def test_json_format_lists_the_same_problems():
    import json

    proc = run_sotay("check", "--content", str(FIXTURE / "content"), "--format", "json")
    assert proc.returncode == 1
    items = json.loads(proc.stdout)
    text = (FIXTURE / "expected.txt").read_text().splitlines()
    assert [f"{i['path']}:{i['line']}:{i['col']}: {i['code']} {i['message']}" for i in items] == text
    assert {i["severity"] for i in items} == {"error"}


def test_real_content_is_clean():
    proc = run_sotay("check")
    assert proc.returncode == 0, proc.stdout
