"""Broken and hostile inputs: each one is reported with its rule code, and the check
exits 1 without a traceback. Every case changes one file of a small valid tree."""

import os
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from sotay.agenda_md import TOTAL_TOLD
from sotay.content import load
from sotay.meeting_rules import COMBINED

from conftest import CONTENT, check_here, run_sotay

BASE = Path(__file__).parent / "fixtures" / "minimal" / "content"
GUIDE = "huong-dan/trang-a.md"
TOPIC = "chuyen-de/thu-vien-a/de-cuong-a.md"
DOC = "van-ban/10-ct-tw-2007.yml"


def front(extra: str = "", body: str = "", drop: str = "") -> str:
    head = ("title: Trang thử\nsummary: Trang dùng để thử một lỗi.\naudience: [bi-thu]\nreviewed: 2026-01-01\n"
            "sources: [nguon-a]\n")
    head = "\n".join(line for line in head.splitlines() if not (drop and line.startswith(drop))) + "\n"
    body = body or ("Một đoạn văn đủ dài cho trang hướng dẫn thử nghiệm, viết để trường body đạt độ dài tối thiểu "
                    "mà lược đồ yêu cầu, và không chứa lỗi nào khác ngoài lỗi mà ca kiểm thử muốn gây ra. " * 2)
    return f"---\n{head}{extra}---\n\n{body}\n"


# A guidance page whose body is the case's Markdown, then enough plain words for the schema.
FILLER = "Chữ cho đủ dài. " * 20


def prose(markdown: str) -> str:
    return front(body=markdown + FILLER)


def topic(body_change=lambda b: b, head_change=lambda h: h) -> str:
    text = (BASE / TOPIC).read_text()
    _, head, body = text.split("---\n", 2)
    return f"---\n{head_change(head)}---\n{body_change(body)}"


def meeting(extra: str) -> str:
    from sotay.scaffold import TEMPLATES

    return TEMPLATES["meeting"]("Chi bộ thử", "2026-01-01", "nguon-a", "10-CT/TW-2007") + extra


def doc(change=lambda d: d) -> str:
    return change((BASE / DOC).read_text())


DEEP_FLOW = "a: " + "[" * 40 + "1" + "]" * 40 + "\n"
DEEP_BLOCK = "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 16)) + "  " * 16 + "v: 1\n"
BOMB = ('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n')
JINJA = "{{ cycler.__init__.__globals__.os.popen('id').read() }}"

AGENDA_MD = """---
title: Chương trình thử
summary: Chương trình dùng để thử hai tệp cho một trang.
kind: thuong-ky
audience: [bi-thu, chi-uy]
sources: [nguon-a]
references: [10-CT/TW-2007]
reviewed: 2026-01-01
---

## Chương trình

| STT | Nội dung | Thời gian | Người thực hiện | Ghi vào biên bản |
|---|---|---|---|---|
| 1 | Khai mạc, điểm danh | 5 phút | Bí thư chi bộ | Số đảng viên có mặt. |
| 2 | Nội dung chính | 70 phút | Người được phân công | Ý kiến phát biểu. |
| 3 | Kết luận, bế mạc | 15 phút | Bí thư chi bộ | Kết luận. |
"""

# (case id, file to write relative to content/, content as str or bytes, expected rule code)
CASES = [
    ("not utf-8", "huong-dan/latin.md", front().encode("cp1258", errors="replace").replace(b"\xc3", b"\xe3\x28"), "E001"),
    ("latin-1 bytes", "nguon/latin.yml", "title: Bài viết\nkind: bai-viet\n".encode("latin-1", errors="replace") + b"\xe9\xff\n", "E001"),
    ("text in NFD", "huong-dan/nfd.md", front(body="Chi bo\u0302\u0323 sinh hoa\u0323t đều đặn. " * 12), "E002"),
    ("byte order mark", "huong-dan/bom.md", b"\xef\xbb\xbf" + front().encode(), "E003"),
    ("windows line endings", "huong-dan/crlf.md", front().replace("\n", "\r\n"), "E004"),
    ("old Mac line endings", "huong-dan/cr.md", front().replace("\n", "\r"), "E004"),
    ("enormous file", "huong-dan/lon.md", front(body="Nội dung rất dài. " * 20000), "E005"),
    ("control character", "nguon/nul.yml", "title: Bài\x00 viết\nkind: bai-viet\n", "E006"),
    # YAML's reader refused these at 1:1, by the character's offset in the file.
    ("noncharacter the YAML reader refuses", "nguon/fffe.yml", "kind: bai-viet\ntitle: Bài \ufffe viết\n", "E006"),
    ("C1 control from a mis-decoded file", "nguon/c1.yml", "kind: bai-viet\ntitle: Bài vi\x9bt\n", "E006"),
    ("file of no content type", "huong-dan/ghi-chu.txt", "ghi chú", "E007"),
    ("unknown folder", "tam/thu.yml", "a: 1\n", "E007"),
    ("unclosed bracket", "nguon/ngoac.yml", "title: [Bài viết\nkind: bai-viet\n", "Y001"),
    ("tab indentation", "nguon/tab.yml", "title: Bài viết\nkind:\n\tbai-viet\n", "Y001"),
    ("no front matter", "huong-dan/khong-dau.md", "# Tiêu đề\n\nNội dung.\n", "Y002"),
    ("unterminated front matter", "huong-dan/khong-dong.md", "---\ntitle: Trang\n\nNội dung.\n", "Y002"),
    ("anchor and alias", "nguon/neo.yml", "title: &t Bài viết\nkind: bai-viet\nunit: *t\n", "Y003"),
    ("YAML bomb", "nguon/bom.yml", BOMB, "Y003"),
    ("deep flow nesting", "nguon/sau.yml", DEEP_FLOW, "Y004"),
    ("deep block nesting", "nguon/sau-khoi.yml", DEEP_BLOCK, "Y004"),
    ("duplicate key", "nguon/lap.yml", "title: Bài viết\ntitle: Bài khác\nkind: bai-viet\n", "Y005"),
    ("list at top level", "nguon/danh-sach.yml", "- title: Bài viết\n", "Y006"),
    ("python object tag", "nguon/python.yml", "title: !!python/object/apply:os.system ['id']\nkind: bai-viet\n", "Y007"),
    ("custom tag", "nguon/the.yml", "title: !bi-mat Bài viết\nkind: bai-viet\n", "Y007"),
    ("a standard tag with a value it cannot build", "nguon/bool.yml", "title: Bài viết\nkind: bai-viet\nxx: !!bool maybe\n", "Y007"),
    ("a date tag on words", "nguon/ngay.yml", "title: Bài viết\nkind: bai-viet\ndate: !!timestamp hôm qua\n", "Y007"),
    ("unknown key", "huong-dan/khoa-la.md", front("tac_gia: Ai đó\n"), "S101"),
    ("missing required field", "huong-dan/thieu.md", front(drop="summary"), "S102"),
    ("wrong type", "chuyen-de/thu-vien-a/de-cuong-a.md", topic(head_change=lambda h: h.replace("duration: 90", "duration: chín mươi")), "S103"),
    ("impossible date", "huong-dan/ngay.md", front().replace("reviewed: 2026-01-01", "reviewed: 2026-02-30"), "S104"),
    ("date written dd/mm/yyyy", "huong-dan/ngay-vn.md", front().replace("reviewed: 2026-01-01", "reviewed: 01/01/2026"), "S104"),
    ("unknown vocabulary key", "huong-dan/tu-vung.md", front().replace("[bi-thu]", "[thu-ky]"), "S105"),
    ("file name with diacritics", "huong-dan/Trang Có Dấu.md", front(), "S106"),
    ("value out of range", "chuyen-de/thu-vien-a/de-cuong-a.md", topic(head_change=lambda h: h.replace("duration: 90", "duration: 999")), "S107"),
    ("too few questions", "chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b.replace("3. Câu ba?\n", "")), "S108"),
    ("missing outline section", "chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b.split("## Kết luận dự kiến")[0]), "B101"),
    ("unknown outline section", "chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b + "\n## Ghi chú\n\nThêm.\n"), "B102"),
    ("text outside sections", "chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: "Lời mở đầu lạc chỗ.\n" + b), "B103"),
    ("section twice", "chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b + "\n## Mục đích\n\nLần nữa.\n"), "B104"),
    ("list run into the purpose's sentence", "chuyen-de/thu-vien-a/de-cuong-a.md",
     topic(lambda b: b.replace("Đề cương hợp lệ dùng cho kiểm thử.\n", "Chi bộ thống nhất:\n- mẫu biên bản;\n- lịch họp.\n")), "B107"),
    ("duplicate registry id", "van-ban/10-ct-tw-2007-ban-sao.yml", doc(), "D101"),
    # One page address twice: an agenda in YAML and in Markdown, a registry id spelled apart.
    ("duplicate slug: an agenda as .yml and .md", "chuong-trinh/chuong-trinh-thu.md", AGENDA_MD, "D101"),
    ("duplicate slug: a registry id with the same address", "van-ban/ban-sao.yml",
     doc(lambda d: d.replace("id: 10-CT/TW-2007", "id: 10-CT-TW-2007")), "D101"),
    ("duplicate title", "huong-dan/trang-b.md", front().replace("Trang thử", "Trang hướng dẫn mẫu"), "D101"),
    ("unknown source", "huong-dan/nguon-la.md", front().replace("[nguon-a]", "[khong-co]"), "R101"),
    ("unknown document", "huong-dan/van-ban-la.md", front("references: [99-CT/TW-2099]\n"), "R102"),
    ("unknown related page", "huong-dan/lien-quan.md", front("related: [huong-dan/khong-co]\n"), "R103"),
    # A document's points each name their sources, which must exist.
    ("document point without a source", DOC, doc(lambda d: d.replace("scope: trung-uong", "scope: trung-uong\npoints:\n- text: Một điểm.")), "S102"),
    ("document point from an unknown source", DOC,
     doc(lambda d: d.replace("scope: trung-uong", "scope: trung-uong\npoints:\n- {text: Một điểm., sources: [khong-co]}")), "R101"),
    ("replaced by nothing", DOC, doc(lambda d: d.replace("scope: trung-uong", "scope: trung-uong\nstatus: da-thay-the\nreplaced_by: 1-CT/TW-2099")), "G101"),
    ("replacement cycle", "van-ban/11-ct-tw-2008.yml",
     "id: 11-CT/TW-2008\ntype: chi-thi\ncode: 11-CT/TW\ndate: 2008-01-01\nscope: trung-uong\nstatus: da-thay-the\n"
     "replaced_by: 10-CT/TW-2007\nexamples: [Chỉ thị 11-CT/TW ngày 1/1/2008]\nsources: {code: [nguon-a], date: [nguon-a], "
     "status: [nguon-a], replaced_by: [nguon-a]}\n", None),
    # A registry red team's: the 2008 directive "replaced by" the 2007 one; a guide aliased as "Chỉ thị 10".
    ("replaced by an older document", "van-ban/11-ct-tw-2008.yml",
     "id: 11-CT/TW-2008\ntype: chi-thi\ncode: 11-CT/TW\ndate: 2008-01-01\nscope: trung-uong\nstatus: da-thay-the\n"
     "replaced_by: 10-CT/TW-2007\nexamples: [Chỉ thị 11-CT/TW ngày 1/1/2008]\nsources: {code: [nguon-a], date: [nguon-a], "
     "status: [nguon-a], replaced_by: [nguon-a]}\n", "G101"),
    ("a registry year ahead of today", DOC,
     doc(lambda d: d.replace("date: 2007-03-30", "year: 2099").replace("  date: [nguon-a]", "  year: [nguon-a]")), "S107"),
    ("a province written with its 'tỉnh'", "van-ban/09-hd-tu-2019-ben-tre.yml",
     "id: 09-HD/TU-2019-ben-tre\ntype: huong-dan\ncode: 09-HD/TU\nissuing_body: Ban Thường vụ Tỉnh ủy Bến Tre\nyear: 2019\n"
     "scope: dia-phuong\nprovince: tỉnh Bến Tre\nexamples: [Hướng dẫn 09-HD/TU năm 2019 của Ban Thường vụ Tỉnh ủy Bến Tre]\n"
     "sources: {code: [nguon-a], issuing_body: [nguon-a], year: [nguon-a]}\n", "S107"),
    ("a province other than its issuing body's", "van-ban/09-hd-tu-2019-ben-tre.yml",
     "id: 09-HD/TU-2019-ben-tre\ntype: huong-dan\ncode: 09-HD/TU\nissuing_body: Ban Thường vụ Tỉnh ủy Bến Tre\nyear: 2019\n"
     "scope: dia-phuong\nprovince: Bế Tre\nexamples: [Hướng dẫn 09-HD/TU năm 2019 của Ban Thường vụ Tỉnh ủy Bến Tre]\n"
     "sources: {code: [nguon-a], issuing_body: [nguon-a], year: [nguon-a]}\n", "S107"),
    ("a Youth Union document in the registry", "van-ban/44-hd-twdtn-2023.yml",
     "id: 44-HD/TWĐTN-BTG-2023\ntype: huong-dan\ncode: 44-HD/TWĐTN-BTG\nyear: 2023\nscope: trung-uong\n"
     "examples: [Hướng dẫn số 44-HD/TWĐTN-BTG năm 2023]\nsources: {code: [nguon-a], year: [nguon-a]}\n", "G107"),
    ("a registry code in lower case", DOC, doc(lambda d: d.replace("code: 10-CT/TW", "code: 10-ct/tw")), "S107"),
    ("an alias that is another kind's short form", DOC, doc(lambda d: d.replace("examples:", "aliases: [Hướng dẫn 10]\nexamples:")), "G103"),
    ("alias is another document's name", "van-ban/nq-dh-xii.yml",
     "id: NQ-DH-XII\ntype: nghi-quyet\nname: Nghị quyết Đại hội XII\nscope: trung-uong\nexamples: [Nghị quyết Đại hội XII của Đảng]\n"
     "sources: {name: [nguon-a]}\n", "G103"),
    ("date that does not exist", "huong-dan/ngay-sai.md", front(body="Theo Chỉ thị 10-CT/TW ngày 31/2/2007 của Ban Bí thư. " * 6), "C106"),
    ("fact without a source", DOC, doc(lambda d: d.replace("  title: [nguon-a]\n", "")), "G104"),
    # A browser takes only ASCII spaces for spaces: after a Unicode one the quote opens no value,
    # and what follows is attributes (Material's settings id, a copy button's text).
    ("Unicode space before a quoted value", GUIDE, prose('<span title=\u3000"x id=__config ">Chữ.</span> '), "H104"),
    ("no-break space before a quoted value", GUIDE, prose('<span title=\u00a0"x class=sotay-copy ">Chép</span> '), "H104"),
    # An open block takes in the rest of the page: the sources the handbook adds after the body.
    ("a block left open", GUIDE, prose("Đoạn cuối.\n\n<details>\n<summary>Xem thêm</summary>\n\n"), "H105"),
    # What closes nothing to a browser: an end tag in a comment, or with a space after "</".
    ("a block closed only in a comment", GUIDE, prose("<details><summary>Xem</summary>\n\nẨn.\n\n<!-- </details> -->\n\n"), "H105"),
    ("a block closed by a bogus end tag", GUIDE, prose("<details><summary>Xem</summary>\n\nẨn.\n\n</ details>\n\n"), "H105"),
    # A quote never closed runs the tag on over the page's sources, footer and scripts.
    ("a tag whose quote never closes", GUIDE, front(body="Một đoạn văn đủ dài cho trang. " * 10 + "\n\n<p><span title='ghi chú"), "H105"),
    ("a paragraph tag that swallows what follows", GUIDE, front(body="Một đoạn văn đủ dài cho trang. " * 10 + "\n\n<p>Mở đoạn"), "H105"),
    # A third red team: an <i> or <small> left open is carried into every block after the body;
    # a browser ignores </details> while a <table> inside it is open; a stray end tag closes the
    # page's own wrappers.
    ("a formatting tag left open", GUIDE, prose("Mẫu số 1 <i>\n\n"), "H105"),
    # The heading the check puts after a body is new each time: a body cannot write it first.
    ("a body that writes the check's heading", GUIDE, prose("## SOTAYAFTERBODY\n\n<details><summary>Xem</summary>\n\n"), "H105"),
    ("a block closed while a table inside is open", GUIDE, prose("Đoạn <details><table></details></table>\n\n"), "H105"),
    ("an end tag with nothing open", GUIDE, prose("Chữ </div> thừa.\n\n"), "H105"),
    # Past what Python-Markdown reads in good time, or at all (a line of "- " overflowed its stack).
    ("more links than any page needs", GUIDE, prose("\n".join(["[" * 150] * 7) + "\n\n"), "E005"),
    ("quotes nested deeper than any page", GUIDE, prose("> " * 30 + "x <b>y</b>\n\n"), "E005"),
    # Nested by indentation and by tags, they overflowed the stack in the build, or in the check.
    ("lists nested by tabs deeper than any page", GUIDE, prose("Mở đầu.\n\n" + "".join("\t" * i + "- ý\n" for i in range(250))), "E005"),
    ("notes nested deeper than any page", GUIDE, prose("Mở đầu.\n\n" + "".join("    " * i + "!!! note\n\n" for i in range(330))), "E005"),
    ("lists nested by tabs after quote marks", GUIDE, prose("Mở đầu.\n\n" + "\n".join(">" + "\t" * k + "- x" for k in range(260)) + "\n\n"), "E005"),
    ("HTML blocks nested deeper than any page", GUIDE, prose("<div markdown>\n\n" * 350 + "Chữ.\n\n" + "</div>\n\n" * 350), "E005"),
    ("a list nested on one line", GUIDE, prose("- " * 600 + "x\n\n"), "E005"),
    # Emphasis nests by recursion: a thousand deep overflowed the stack in the check and the build.
    ("emphasis nested a thousand deep", GUIDE, prose("x " + "*a " * 1200 + "b" + " c*" * 1200 + "\n\n"), "E005"),
    ("a word between runs of two thousand '_'", GUIDE, prose("x " + "_" * 2000 + "a" + "_" * 2000 + "\n\n"), "E005"),
    # A fuzzer's: Markdown reads these in time growing with the square of their number (24 s, 14 s,
    # 16 s a page) or a highlighter each (5 s a page), and the page linked itself, to be rendered.
    ("thousands of setext headings in one block", GUIDE, prose("Xem [mục](#a).\n\n" + "a\n===\n" * 600 + "\n"), "E005"),
    ("thousands of notes", GUIDE, prose("!!! a\n" * 600 + "\n"), "E005"),
    ("thousands of empty fences", GUIDE, prose("Xem [mục](#a).\n\n" + "~~~\n" * 600 + "\n"), "E005"),
    ("a table row of backticks", GUIDE, prose("Xem [mục](#a).\n\n| a | b |\n|---|---|\n| " + "`|" * 600 + " |\n\n"), "E005"),
    # A ">" in a value ends the tag to steps that read the page's text after the check.
    ("a > inside an attribute's value", GUIDE, prose('<span title="a>b" lang=vi>12-HD/BTCTW</span> '), "H104"),
    # Python-Markdown reads raw HTML in time that grows with the square of its tags.
    ("more tags than any page needs", GUIDE, prose("<b>x</b> " * 1001), "E005"),
    ("Word's em dash bullets", GUIDE, prose("Các bước:\n\n— Việc một\n— Việc hai\n\n"), "B107"),
    ("Word's bullets in Courier", GUIDE, prose("Các bước:\n\no Việc một\no Việc hai\n\n"), "B107"),
    # A check-against-build hunt's: what GitHub shows one way and the page another, with no word.
    ("a numbered list right under a bulleted one", GUIDE, prose("Cần có:\n\n- đề cương;\n- danh sách tin.\n1. Gửi đề cương.\n2. Trình bày.\n\n"), "B107"),
    ("a numbered list a blank line under a bulleted one", GUIDE, prose("Cần có:\n\n- đề cương.\n\n1. Gửi đề cương.\n\n"), "B107"),
    ("a line broken with a backslash", GUIDE, prose("Họp ngày 3 hằng tháng\\\nGửi đề cương trước ngày 1.\n\n"), "B118"),
    # An editor on Windows pasting from Word and PDFs: what passed the check and showed otherwise.
    ("a note's title in Word's curly quotes", GUIDE, prose("!!! note “Lưu ý”\n    Chi bộ họp ngày 3 hằng tháng.\n\n"), "B119"),
    ("a folding box the site does not have", GUIDE, prose("??? tip \"Mẹo\"\n    Gửi tài liệu sớm.\n\n"), "B119"),
    ("a letter lost in a copy from a PDF", GUIDE, prose("Chi b\ufffd là tế bào cơ bản.\n\n"), "E012"),
    ("an Eth typed for Đ", GUIDE, prose("\u00d0ảng viên đọc tài liệu.\n\n"), "E012"),
    ("a PDF's page number inside a paragraph", GUIDE, prose("Đổi mới nội dung sinh hoạt cho\n12\nthiết thực, hiệu quả.\n\n"), "B107"),
    ("a number and a no-break space as a list's marker", GUIDE, prose("Các bước:\n\n1.\u00a0Việc một.\n2.\u00a0Việc hai.\n\n"), "E010"),
    ("items numbered 1-, 2-", GUIDE, prose("Các bước:\n\n1- Việc một.\n2- Việc hai.\n\n"), "B107"),
    ("a title in capitals as a printed document sets it", DOC,
     doc(lambda d: d.replace("title: Về nâng cao chất lượng sinh hoạt chi bộ", "title: VỀ NÂNG CAO CHẤT LƯỢNG SINH HOẠT CHI BỘ")), "S107"),
    # A second check-against-build hunt's: indented as GitHub takes it, shown otherwise here.
    ("a sub-item two spaces in after a blank line", GUIDE, prose("Các việc:\n\n- Việc một\n\n  - việc con\n\n- Việc hai\n\n"), "B107"),
    ("an item's paragraph indented to its words", GUIDE, prose("Các bước:\n\n1. Bước một\n\n   Đoạn tiếp của bước một.\n\n2. Bước hai\n\n"), "B107"),
    ("a list in a folded block, joined into one sentence", "mo-hinh/gap.yml",
     meeting("").replace("    text: Mô tả cách làm bằng lời của mình.\n",
                         "    text: >-\n      Chi bộ làm ba việc:\n      - lập kế hoạch;\n      - giao việc.\n"), "B107"),
    ("a word struck through as GitHub shows it", GUIDE, prose("Họp ~~thứ Bảy~~ thứ Hai.\n\n"), "B121"),
    ("GitHub's alert box", GUIDE, prose("> [!NOTE]\n> Mang sổ ghi chép.\n\n"), "B121"),
    ("a title in italics", GUIDE, front().replace("title: Trang thử", "title: Trang *thử*"), "S107"),
    ("a title in a code span", GUIDE, front().replace("title: Trang thử", "title: \"Trang thử theo `Hướng dẫn 42`\""), "S107"),
    ("a heading a space in from the margin", GUIDE, prose(" ### Mục phụ\n\nChữ của mục.\n\n"), "B120"),
    ("a note's first line two spaces in", GUIDE, prose('  !!! note "Lưu ý"\n      Chữ trong khung.\n\n'), "B119"),
    ("a bidirectional mark", GUIDE, prose("Đoạn có \u202ahướng\u202c dẫn.\n\n"), "E006"),
    ("an outline's point written as a heading", TOPIC, topic(lambda b: b.replace("- Ý hai.", "- # Ý hai.")), "B106"),
    ("Markdown inside a raw <details>", GUIDE, prose("<details>\n<summary>Ai điểm tin thay?</summary>\n\n- Người dự phòng.\n"
                                                      "- Người vắng, tháng sau.\n\n</details>\n\n"), "B117"),
    ("a dash with no space after it", GUIDE, prose("Các bước:\n\n-Việc một\n-Việc hai\n\n"), "B107"),
    ("points lettered a), b)", GUIDE, prose("Các bước:\n\na) Việc một;\nb) Việc hai.\n\n"), "B107"),
    ("Word's bullet from its Symbol font", GUIDE, prose("Các bước:\n\n\uf0b7\tViệc một\n\n"), "E010"),
    ("a table right under a line of text", GUIDE, prose("Bảng phân công:\n| Việc | Người |\n|---|---|\n| Khai mạc | Bí thư |\n\n"), "B111"),
    ("a table under a line of text in a note", GUIDE,
     prose("!!! note \"Kết quả\"\n    Kết quả như sau:\n    | Năm | Số |\n    |---|---|\n    | 2025 | 3 |\n\n"), "B111"),
    ("a table pasted from Word with tabs", GUIDE, prose("Việc\tNgười\tHạn\nKhai mạc\tBí thư\t5 phút\n\n"), "B111"),
    ("a table whose delimiter row is a column short", GUIDE,
     prose("Bảng:\n\n| Việc | Người | Hạn |\n|---|---|\n| Khai mạc | Bí thư | 5 phút |\n\n"), "B113"),
    ("a table row with a '|' typed in a cell", GUIDE, prose("Bảng:\n\n| Việc | Người |\n|---|---|\n| Chia 1|2 gói | Bí thư |\n\n"), "B113"),
    ("a leader's words with no source", GUIDE,
     prose("Tổng Bí thư nhấn mạnh: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên.”\n\n"), "Q103"),
    ("a leader's words, the press's way, no source", GUIDE,
     prose("“Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên”, Tổng Bí thư nhấn mạnh.\n\n"), "Q103"),
    ("a leader's words in straight quotes, no source", GUIDE,
     prose('Tổng Bí thư cho biết: "Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên."\n\n'), "Q103"),
    ("Bác's words, 'đã dạy', no source", GUIDE,
     prose("Bác đã dạy: “Đảng viên đi trước, làng nước theo sau, mọi việc sẽ thành công”.\n\n"), "Q103"),
    ("a leader's words in italics, no source", GUIDE,
     prose("Tổng Bí thư nhấn mạnh: *Chi bộ phải là hạt nhân chính trị ở cơ sở, gần dân*.\n\n"), "Q103"),
    ("a leader's words in a quotation block under them, no source", GUIDE,
     prose("Tổng Bí thư nhấn mạnh:\n\n> “Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên.”\n\n"), "Q103"),
    ("a leader's words, named without a title, no source", GUIDE,
     prose("Nguyễn Phú Trọng từng nói: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên.”\n\n"), "Q103"),
    ("a leader's words after a colon, no verb, no source", GUIDE,
     prose("Tổng Bí thư Tô Lâm: “Không có vùng cấm, không có ngoại lệ”.\n\n"), "Q103"),
    ("a leader's four words, no source", GUIDE, prose("Tổng Bí thư nhấn mạnh: “Không có vùng cấm”.\n\n"), "Q103"),
    ("a leader's words in a quotation block without quote marks, no source", GUIDE,
     prose("Tổng Bí thư nhấn mạnh:\n\n> Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên.\n\n"), "Q103"),
    ("a leader's words, the title in small letters, no source", GUIDE,
     prose("Tổng bí thư Tô Lâm nhấn mạnh: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên.”\n\n"), "Q103"),
    ("a leader's words in single curly quotes, no source", GUIDE,
     prose("Bác dạy: ‘Đảng viên đi trước, làng nước theo sau, mọi việc sẽ thành công’.\n\n"), "Q103"),
    ("a leader's words in guillemets, no source", GUIDE,
     prose("Tổng Bí thư nhấn mạnh: «Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên».\n\n"), "Q103"),
    ("a leader's words, the title abbreviated, no source", GUIDE,
     prose("TBT Tô Lâm nhấn mạnh: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên.”\n\n"), "Q103"),
    # As an editor wrote them and the check let them pass: a list's item, the name in bold, a block
    # signed under it without quote marks, a table's row signing it in the next cell, a comment.
    ("a leader's words as a list's item, no source", GUIDE,
     prose("Ý kiến:\n\n- Tổng Bí thư: “Không để sinh hoạt chi bộ trở thành hình thức, nhàm chán”.\n\n"), "Q103"),
    ("a leader's words after the name in bold, no source", GUIDE,
     prose("**Tổng Bí thư Tô Lâm:** “Sinh hoạt chi bộ phải thực chất, thiết thực, hiệu quả”.\n\n"), "Q103"),
    ("a quotation block signed under it, no source", GUIDE,
     prose("> Sinh hoạt chi bộ phải thực chất, thiết thực và hiệu quả.\n>\n> — Tổng Bí thư Tô Lâm\n\n"), "Q103"),
    ("a leader's words in a table's row, no source", GUIDE,
     prose("| Lời trích | Người nói |\n|---|---|\n| “Sinh hoạt chi bộ phải thực chất, thiết thực” | Tổng Bí thư Tô Lâm |\n\n"), "Q103"),
    ("a leader's words in a comment, no source", GUIDE,
     prose("<!-- Tổng Bí thư: “Sinh hoạt chi bộ phải thực chất, thiết thực, hiệu quả”. -->\n\n"), "Q103"),
    # A red team's: words attributed with no verb, as the press writes it, and in straight single quotes.
    ("Bác's words after 'Theo lời Bác', no source", GUIDE,
     prose("Theo lời Bác, “cán bộ là cái gốc của mọi công việc, phải huấn luyện cán bộ cẩn thận”.\n\n"), "Q103"),
    ("a leader's words after 'Như lời', no source", GUIDE,
     prose("Như lời Tổng Bí thư, “sinh hoạt chi bộ phải thực chất, tránh hình thức”.\n\n"), "Q103"),
    ("a leader's words as 'Ý kiến chỉ đạo của …:', no source", GUIDE,
     prose("Ý kiến chỉ đạo của Tổng Bí thư Tô Lâm: “Sinh hoạt chi bộ phải thực chất, tránh hình thức”.\n\n"), "Q103"),
    ("Bác's words as 'Lời căn dặn của Bác “…”' inside a sentence, no source", GUIDE,
     prose("Lời căn dặn của Bác “cán bộ là cái gốc của mọi công việc” vẫn còn nguyên giá trị.\n\n"), "Q103"),
    ("a leader's words in straight single quotes, no source", GUIDE,
     prose("Tổng Bí thư nhấn mạnh: 'Sinh hoạt chi bộ phải thực chất, tránh hình thức, nói đi đôi với làm'.\n\n"), "Q103"),
    ("a script whose entities shrink it to a place's shape", GUIDE, prose("<script/ " + "&amp;" * 20 + ">alert(1)</script>\n\n"), "H101"),
    ("a bad link address", GUIDE, prose("Xem [bài](https://nhandan.vn]/a) và [trang](http://[::1/x).\n\n"), "L103"),
    ("a quotation signed by a leader, no source", GUIDE,
     prose("> “Cán bộ là cái gốc của mọi công việc, thành công hay thất bại đều do cán bộ.”\n> — Chủ tịch Hồ Chí Minh\n\n"), "Q103"),
    ("a processing instruction in a title", "huong-dan/pi.md", front().replace("title: ", "title: Ghi biên bản <? và ", 1), "H101"),
    ("a declaration in a source's title", "nguon/khai-bao.yml", "title: Bài <!x viết\nkind: bai-viet\n", "H101"),
    # The page named baonghean.vn and linked to evil.example (the build refused it, at 1:1 of the pages citing it).
    ("a source's address naming one site and opening another", "nguon/dia-chi.yml",
     "title: Bài viết\nkind: bai-viet\nurl: https://baonghean.vn\\@evil.example/bai-viet\n", "S107"),
    # A Cyrillic "а" for the Latin one: shown as baomoi.com, the link opens a name anyone may register.
    ("a source's address with a look-alike letter in its site's name", "nguon/dia-chi-gia.yml",
     "title: Bài viết\nkind: tin-bao\nurl: https://www.b\u0430omoi.com/bai-viet\n", "S107"),
    ("a source's address with a look-alike letter, written as the browser sends it", "nguon/dia-chi-gia.yml",
     "title: Bài viết\nkind: tin-bao\nurl: https://www.xn--bomoi-4ve.com/bai-viet\n", "S107"),
    # A Latin letter Vietnamese does not write (alpha "ɑ") looks as like "a" as the Cyrillic one.
    ("a source's address with a Latin look-alike letter", "nguon/dia-chi-gia.yml",
     "title: Bài viết\nkind: tin-bao\nurl: https://b\u0251omoi.com/bai-viet\n", "S107"),
    ("a note dressed as the site's own 'copied' notice", GUIDE,
     prose('!!! md-dialog md-dialog--active "Đã sao chép vào bộ nhớ tạm"\n    Chữ.\n\n'), "H104"),
    # Markdown reads a note with no space after its marks, and one opening a list's item.
    ("a note with no space after its marks, posing as the site's notice", GUIDE,
     prose('!!!md-dialog md-dialog--active "Phiên làm việc hết hạn"\n    Hãy gọi số 0900000000.\n\n'), "H104"),
    ("a note opening a list's item, posing as the site's notice", GUIDE,
     prose('- !!! md-dialog md-dialog--active "Phiên làm việc hết hạn"\n\n'), "H104"),
    # The page's own "Nguồn" heading is id="nguon": its contents' link went to the editor's element.
    ("an id the page's sources section has", GUIDE, prose('Viết tắt <abbr title="Nguồn" id="nguon">NG</abbr> ở đây.\n\n'), "H104"),
    # Material's bundle fetches Mermaid from unpkg.com for a <pre class="mermaid">.
    ("a diagram that loads a script from a CDN", GUIDE, prose('<pre class="mermaid">graph TD</pre>\n\n'), "H104"),
    # A note may cite what it reports; a source for a note that is not there is one left behind.
    ("sources for a note that is empty", DOC, doc(lambda d: d + "  note: [nguon-a]\n"), "G106"),
    ("example the extractor misses", DOC,
     doc(lambda d: d.replace("  - Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư (khóa X)", "  - Chỉ thị mười")), "G107"),
    # An example the check fails on a page: the entry's date, or the example's, is wrong.
    ("an example whose date is not the entry's", DOC,
     doc(lambda d: d.replace("  - Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư (khóa X)",
                             "  - Chỉ thị số 10-CT/TW, ngày 31/3/2007 của Ban Bí thư")), "G107"),
    ("cited date contradicts registry", "huong-dan/sai-ngay.md", front(body="Theo Chỉ thị 10-CT/TW ngày 30/3/2008 của Ban Bí thư. " * 6), "C102"),
    ("cited document not in registry", "huong-dan/la.md", front(body="Theo Quy định 99-QĐ/TW của Ban Bí thư, chi bộ làm việc này. " * 5), "C101"),
    ("malformed code", "huong-dan/sai-so.md", front(body="Theo Chỉ thị 10-CT/T W nhưng viết sai: Hướng dẫn 12-HD/BTC TW. " * 5), "C106"),
    ("Jinja payload", "huong-dan/jinja.md", prose(JINJA + " "), "J101"),
    ("Jinja statement", "nguon/jinja.yml", "title: \"{% for x in range(9**9) %}{% endfor %}\"\nkind: bai-viet\n", "J101"),
    ("render_macros opt-in", "huong-dan/macros.md", front("render_macros: true\n"), "J102"),
    ("script tag", "huong-dan/script.md", prose("<script>alert(1)</script> "), "H101"),
    ("iframe in YAML", "nguon/iframe.yml", "title: <iframe src=x></iframe>\nkind: bai-viet\n", "H101"),
    ("style tag", "huong-dan/style.md", prose("<style>body{display:none}</style> "), "H101"),
    ("event handler", "huong-dan/onerror.md", prose('<img src="x" onerror="alert(1)"> '), "H102"),
    ("attr_list event handler", "huong-dan/attr.md", prose('[Bấm](/huong-dan/trang-a/){ onclick="alert(1)" } '), "H102"),
    ("javascript link", "huong-dan/js.md", prose("[Bấm](javascript:alert(1)) "), "H103"),
    ("entity-obfuscated javascript", "huong-dan/js2.md", prose('<a href="jav&#x61;script:alert(1)">x</a> '), "H103"),
    ("data URL", "huong-dan/data.md", prose("![x](data:image/svg+xml;base64,PHN2Zz4=) "), "H103"),
    ("tag that swallows the page, in a title", "huong-dan/xmp.md", front().replace("title: Trang thử", "title: Trang thử <xmp>"), "H101"),
    ("plaintext tag in a body", "huong-dan/plaintext.md", prose("Đoạn <plaintext> "), "H101"),
    ("HTML in a YAML field", "nguon/span.yml", "title: Bài <b>đậm</b>\nkind: bai-viet\n", "H101"),
    ("style attribute", "huong-dan/style-attr.md", prose('<span style="color:red">đỏ</span> '), "H104"),
    ("attr_list style", "huong-dan/style-attr-list.md", prose('Đoạn văn.\n{: style="display:none" }\n\n'), "H104"),
    ("ping attribute", "huong-dan/ping.md", prose('<span ping="https://evil.example/p">x</span> '), "H104"),
    ("forbidden attribute on a tag's second use", "huong-dan/ping-2.md",
     prose('<span>a</span> <span ping="https://evil.example/p">x</span> '), "H104"),
    # A file that does not load is still read for what it would run: fixing its YAML must not be
    # the first time the editor hears of the script in it.
    ("script in a file that does not load", "nguon/hong.yml", "title: [Bài <script>alert(1)</script>\nkind: bai-viet\n", "H101"),
    # A well-formed comment is allowed in a page's body, never in a field (a title shown in the
    # page's <title>, in search results and in exports).
    ("comment in a YAML field", "nguon/chu-thich.yml", "title: Bài <!-- ẩn --> viết\nkind: bai-viet\n", "H101"),
    ("review date in the future", GUIDE, front().replace("reviewed: 2026-01-01", "reviewed: 2099-01-01"), "S107"),
    ("script after a comment browsers end at --!>", "huong-dan/comment-bang.md",
     prose("<!-- --!><script>alert(1)</script> --> "), "H101"),
    ("iframe after an abrupt comment <!-->", "huong-dan/comment-abrupt.md",
     prose('<!--><iframe src="https://evil.example/"></iframe>--> '), "H101"),
    ("comment left open", "huong-dan/comment-open.md", front(body=FILLER + "<!-- phần sau bị che"), "H101"),
    ("tag name ended by a slash", "huong-dan/slash-tag.md",
     prose('<img/src="https://evil.example/t.png"> '), "H101"),
    ("attr_list sets href", "huong-dan/attr-href.md",
     prose('[x](/huong-dan/trang-a/){ href="https://evil.example/" } '), "H104"),
    ("data URL as a link definition", "huong-dan/data-def.md",
     front(body="[x][r] " + FILLER + "\n\n[r]: data:text/html;base64,PHN2Zz4="), "H103"),
    ("image from another host", "huong-dan/img-ngoai.md", prose("![x](https://evil.example/t.png) "), "L103"),
    ("image host spelt HTTPS or with a backslash", "huong-dan/img-hoa.md",
     prose("![x](HTTPS://evil.example/a.png) ![y](/\\evil.example/b.png) "), "L103"),
    ("link to a host no source names", "huong-dan/link-ngoai.md", prose("[x](https://evil.example/) "), "L103"),
    ("autolink to a host no source names", "huong-dan/autolink.md", prose("<https://evil.example/> "), "L103"),
    ("link with a title to another host", "huong-dan/link-title.md", prose('[x](https://evil.example/p "t") '), "L103"),
    ("link target after a space", "huong-dan/link-space.md", prose("[x]( https://evil.example/p ) "), "L103"),
    ("link target in angle brackets", "huong-dan/link-angle.md", prose("[x](<https://evil.example/a b>) "), "L103"),
    ("link definition on the next line", "huong-dan/def-next.md",
     front(body="[x][r] " + FILLER + "\n\n[r]:\n    https://evil.example/"), "L103"),
    ("image with a title from another host", "huong-dan/img-title.md",
     prose('![x](https://evil.example/t.png "t") '), "L103"),
    ("link to a file share", "huong-dan/file-share.md", prose("[x](file://evil.example/share) "), "H103"),
    ("link to an SMB share", "huong-dan/smb.md", prose("[x](smb://evil.example/share) "), "H103"),
    ("autolink that starts a Windows program", "huong-dan/search-ms.md",
     prose("<search-ms:query=x&crumb=location:\\\\evil.example\\s> "), "H103"),
    ("id that takes the theme's settings", "huong-dan/id-config.md", prose('<div id="__config">Ghi chú</div>\n\n'), "H104"),
    ("attr_list id that takes the search box", "huong-dan/id-search.md", prose("Đoạn văn.\n{: #__search }\n\n"), "H104"),
    ("attribute hidden after a quoted >", "huong-dan/quoted-gt.md",
     prose('<span title=">" background="https://evil.example/x">a</span> '), "H104"),
    ("right-to-left override in a title", GUIDE, front().replace("title: Trang thử", "title: Trang thử \u202egnp.exe"), "E006"),
    # One that is no source at all is R101's, with the name meant (Q102 asked to list the typo).
    ("quote from a source that does not exist", "mo-hinh/trich.yml",
     meeting("quotes:\n  - text: Chi bộ họp đều mỗi tháng.\n    source: nguon-khac\n"), "R101"),
    ("quote too long", "mo-hinh/trich-dai.yml", meeting("quotes:\n  - text: " + "chữ " * 30 + "\n    source: nguon-a\n"), "Q101"),
    ("broken internal link", "huong-dan/link.md", prose("Xem [trang khác](/huong-dan/khong-co/). "), "L101"),
    ("broken anchor", "huong-dan/anchor.md", prose("Xem [mục](/huong-dan/trang-a/#khong-co). "), "L102"),
    # YAML escapes decode to what the file itself may not hold: a CR that makes Markdown read a
    # link definition on a line of its own, an escape sequence, an override.
    ("carriage return written as a YAML escape", GUIDE,
     front().replace("summary: Trang dùng để thử một lỗi.", 'summary: "Xem [mẫu][m]\\r[m]: file://10.6.6.6/share/mau.docx"'), "E006"),
    ("escape sequence written as a YAML escape", "nguon/esc.yml", 'title: "Bài \\x1b[31m viết"\nkind: bai-viet\n', "E006"),
    ("override written as a YAML escape", "nguon/rlo.yml", 'title: "Bài \\u202egnp.exe"\nkind: bai-viet\n', "E006"),
    # attr_list read as Markdown reads it: keys glued together, bare words, a quoted "}".
    ("attr_list brace inside a quoted value", "huong-dan/attr-brace.md",
     prose('## Biên bản { title="}" #__config data-md-component="search" }\n\n'), "H104"),
    ("attr_list keys without spaces", "huong-dan/attr-glued.md",
     prose('Xem [mẫu](/huong-dan/){ title="a"download="x.md"hidden=until-found } '), "H104"),
    ("attr_list bare attribute", "huong-dan/attr-bare.md",
     prose("Xem [mẫu](/huong-dan/){ popover } "), "H104"),
    # A red team's: a tag in an attribute list's value (with a code, the page's frame closed), an
    # image that is a mail or phone link (a broken image).
    ("attr_list value holding a tag and a code", "huong-dan/attr-tag.md",
     prose('Đoạn văn.\n{: title="<i>y</i> 88-AB/CDE </div></div>" }\n\n'), "H104"),
    ("image that is a mail link", "huong-dan/img-mailto.md", prose("![ảnh](mailto:a@evil.example) "), "L101"),
    ("tag padded past what is read", "huong-dan/tag-long.md",
     prose('<span class="x"' + " " * 1001 + 'id="__config">x</span> '), "H104"),
    # attr_list wherever Markdown applies it (a table cell ends before " |", a block before "</div>"),
    # and a stray "{" earlier on the line does not hide the list after it (found by a red-team audit).
    ("attr_list ending a table cell", "huong-dan/attr-cell.md",
     prose("| Cột | Cột hai |\n|---|---|\n| PWN { #__config data-md-component=search hidden } | y |\n\n"), "H104"),
    ("attr_list before a closing div", "huong-dan/attr-div.md",
     prose('<div markdown="1">PWN\n{ data-md-component="announce" id=__search tabindex=1 }</div>\n\n'), "H104"),
    ("attr_list behind a stray brace", "huong-dan/attr-stray.md",
     prose("Xem \\{ [mẫu](/huong-dan/trang-a/){ #__config data-md-component=search-query download=x.html } nhé. "), "H104"),
    ("attr_list loading an image from outside", "huong-dan/attr-background.md",
     prose('| Cột | Cột hai |\n|---|---|\n| PWN { background="/&#9;/evil.host/pixel.png" } | y |\n\n'), "H104"),
    # Where Python-Markdown reads an attribute list differently from a pattern (a second audit):
    # the check reads what the site's Markdown renders.
    ("attr_list with tabs between keys", "huong-dan/attr-tab.md",
     prose("*x*{ title=a\tid=__config\tdata-md-component=search\thidden }\n\n"), "H104"),
    ("attr_list with an escaped brace", "huong-dan/attr-escape.md",
     prose("## Bốn { title=a\\} id=__config }\n\n"), "H104"),
    ("attr_list with an entity for a brace", "huong-dan/attr-entity.md",
     prose("*y*{ title=a&#125; data-md-component=search }\n\n"), "H104"),
    ("attr_list value holding a tag", "huong-dan/attr-inline-html.md",
     prose("Xem [biên bản](/huong-dan/trang-a/){ title=<b title ='\" x=\"<\" id=__config data-md-component=search '> } nhé. "), "H104"),
    ("a line of twenty thousand brackets", "huong-dan/ngoac.md", prose("[" * 20000 + "\n\n"), "E005"),
    # An agenda written in Markdown: its table cells are fields like any other.
    ("script in an agenda table", "chuong-trinh/bang.md",
     "---\ntitle: Chương trình thử\nsummary: Chương trình thử một lỗi.\nkind: thuong-ky\naudience: [bi-thu]\n"
     "sources: [nguon-a]\nreviewed: 2026-01-01\n---\n\n## Chương trình\n\n| STT | Nội dung | Thời gian | Người thực hiện | Ghi vào biên bản |\n"
     "|---|---|---|---|---|\n| 1 | Khai mạc <script>alert(1)</script> | 5 phút | Bí thư | Giờ bắt đầu. |\n"
     "| 2 | Thảo luận | 60 phút | Bí thư | Ý kiến. |\n| 3 | Bế mạc | 5 phút | Bí thư | Giờ kết thúc. |\n", "H101"),
    # An agenda item's title holding the note mark would come back from the Markdown download split in two.
    ("note mark inside an agenda item's title", "chuong-trinh/dau-luu-y.yml",
     "title: Chương trình thử\nsummary: Chương trình thử một lỗi.\nkind: thuong-ky\naudience: [bi-thu]\n"
     "sources: [nguon-a]\nreviewed: 2026-01-01\nitems:\n"
     "- {title: 'Khai mạc — Lưu ý: đúng giờ', minutes: 5, lead: Bí thư, record: Giờ bắt đầu.}\n"
     "- {title: Thảo luận, minutes: 60, lead: Bí thư, record: Ý kiến.}\n"
     "- {title: Bế mạc, minutes: 5, lead: Bí thư, record: Giờ kết thúc.}\n", "S107"),
    # Link definitions inside containers are definitions all the same; vocabulary labels are shown.
    ("link definition inside a quotation", "huong-dan/def-quote.md",
     prose("Xem [mẫu][m].\n\n> [m]: file://10.6.6.6/share/mau.docx\n\n"), "H103"),
    ("link definition inside a list item", "huong-dan/def-list.md",
     prose("Xem [mẫu][m].\n\n- [m]: smb://evil.example/share\n\n"), "H103"),
    ("link in a vocabulary label", "tu-vung.yml", (BASE / "tu-vung.yml").read_text().replace(
        "chuyen-doi-so: Chuyển đổi số,", 'chuyen-doi-so: "[Chuyển đổi số](smb://evil.example/share)" #'), "H103"),
    ("file name longer than a page path may be", "chuyen-de/thu-vien-a/" + "a" * 120 + ".md", topic(), "S106"),
    ("registry entry named index", "van-ban/index.yml", doc(lambda d: d.replace("10-CT/TW-2007", "index")), "S106"),
    # Found by a red-team audit: what the check's patterns read otherwise than Markdown and the
    # browser, caught in what the site's Markdown makes of the text. A brace inside quotes, an entity
    # that is a quote to the patterns only, a list longer than they read: a download renamed ".bat".
    ("attribute list behind a brace in quotes", "huong-dan/tai-bat.md",
     prose('[Tải về](/huong-dan/trang-a/){: title="{}" download=chuong-trinh.bat }\n\n'), "H104"),
    ("attribute list behind an entity quote", "huong-dan/tai-bat-2.md",
     prose("Đoạn văn.\n{: title=&quot;x data-sotay-html=y download=hop.bat&quot; }\n\n"), "H104"),
    ("attribute list longer than the patterns read", "huong-dan/tai-bat-3.md",
     prose('Đoạn văn.\n{: title="' + "A" * 1000 + '" data-sotay-html="y" download="hop.bat" }\n\n'), "H104"),
    ("a tag's attribute behind an entity quote", "huong-dan/sao-chep-gia.md",
     prose("<div title=&quot;x data-sotay-copy='Chữ khác' lang=vi&quot;>Chữ.</div>\n\n"), "H104"),
    ("the copy bar's class", "huong-dan/thanh-sao-chep.md", prose('<div class="sotay-actions" markdown="1">\nChữ.\n</div>\n\n'), "H104"),
    ("a tag named with a colon", "huong-dan/the-hai-cham.md", prose("Ảnh <v:imagedata src=x.png /> đây.\n\n"), "H101"),
    ("form named by a path", "huong-dan/mau-duong-dan.md", prose("```mau\n../tu-vung\n```\n\n"), "R104"),
    ("page named as a hidden file", "huong-dan/.nhap.md", prose("Chữ.\n\n"), "E007"),
    ("page named only by its ending", "huong-dan/.md", prose("Chữ.\n\n"), "E007"),
    ("anchor to a heading inside code", "huong-dan/neo-ma.md", prose("```text\n## Mục trong mã\n```\n\nXem [mục](#muc-trong-ma).\n\n"), "L102"),
    # A second red-team pass: a title reaches the menu, <title> and the search index as it is,
    # where "<x:a:a/...>" (an autolink's shape to the patterns) is an element; a title is set as a
    # heading, where an attribute list applies that a paragraph ignores.
    ("tag shaped as an autolink in a title", "huong-dan/tieu-de-the.md",
     front().replace("title: Trang thử", 'title: Trang thử <x:a:a/id="__config"/hidden>'), "H101"),
    # The same escaped: the backslash alone is refused in a name now (S107).
    ("tag shaped as an autolink in a title, escaped", "huong-dan/tieu-de-the-2.md",
     front().replace("title: Trang thử", 'title: Trang thử \\<x:a:a/id="__config"/hidden>'), "S107"),
    ("attribute list in a title", "huong-dan/tieu-de-thuoc-tinh.md",
     front().replace("title: Trang thử", "title: \"Trang thử {: .sotay-copy }\""), "H104"),
    ("link in a title", "huong-dan/tieu-de-lien-ket.md", front().replace("title: Trang thử", "title: Trang [thử](/huong-dan/trang-a/)"), "S107"),
    # Lists as GitHub's preview shows them and the site's Markdown does not (one run-on paragraph).
    ("list right after a line of text", "huong-dan/ds-lien.md", prose("Các việc cần nhớ:\n- Việc một.\n- Việc hai.\n\n"), "B107"),
    ("numbered list right after a line of text", "huong-dan/ds-so.md", prose("Các bước:\n1. Bước một.\n2. Bước hai.\n\n"), "B107"),
    ("bullet typed as in Word", "huong-dan/ds-cham.md", prose("• Việc một.\n• Việc hai.\n\n"), "B107"),
    ("numbering with a bracket", "huong-dan/ds-ngoac.md", prose("1) Việc một.\n2) Việc hai.\n\n"), "B107"),
    ("sub-item indented two spaces", "huong-dan/ds-con.md", prose("- Việc một.\n  - Ý con.\n\n"), "B107"),
    # Indented as in Word: the page shows a grey block of code (and a citation in it as a link's Markdown).
    ("list indented with a tab", "huong-dan/ds-tab.md", prose("Các bước:\n\n\t- Việc một.\n\t- Việc hai.\n\n"), "B108"),
    # Word's first-line tab after a list: the page runs the paragraph into the list's last item.
    ("tab-indented paragraph after a list", "huong-dan/doan-tab-sau-ds.md",
     prose("Các bước:\n\n- Việc một.\n- Việc hai.\n\n\tĐoạn mới thụt đầu dòng.\n\n"), "B108"),
    ("paragraph indented four spaces", "huong-dan/doan-thut.md", prose("    Đoạn thụt đầu dòng theo Hướng dẫn số 12-HD/BTCTW.\n\n"), "B108"),
    # Word's second-level bullet under an item, one line or indented: the page showed "… nội dung. o Nhờ …".
    ("Word's 'o' bullet under an item", "huong-dan/ds-o.md", prose("Các bước:\n\n2. Báo cho đảng viên.\n\to Nhờ trưởng thôn báo.\n\n"), "B107"),
    # Right under a heading, with no blank line: a heading is a block of its own line.
    ("tab-indented paragraph right under a heading", "huong-dan/doan-tab-sau-tieu-de.md",
     prose("## Ở thôn, bản\n\tChi bộ họp buổi tối.\n\n"), "B108"),
    # A rule meant under a one-line paragraph: the page makes the paragraph a heading.
    ("dashes right under a line", "huong-dan/gach-duoi.md", prose("Hết phần một.\n---\n\n"), "B109"),
    ("list indented four spaces right after a line", "huong-dan/ds-thut-lien.md", prose("Các bước:\n    - Việc một.\n\n"), "B107"),
    ("bullets typed as Word's en dash", "huong-dan/ds-gach-ngang.md", prose("Các bước:\n\n– Việc một.\n– Việc hai.\n\n"), "B107"),
    ("list after a comment at a line's end", "huong-dan/ds-chu-thich.md", prose("Các bước: <!-- sửa sau -->\n- Một.\n- Hai.\n\n"), "B107"),
    ("text then dashes right under a heading", "huong-dan/gach-sau-tieu-de.md", prose("## Phần một\nHết phần.\n---\n\n"), "B109"),
    ("equals signs under a title", "huong-dan/bang-duoi.md", prose("Ghi biên bản\n===\n\n"), "B109"),
    # Footnotes as Word and GitHub write them: the page shows "[^1]" and the note as typed.
    ("footnote mark in a guidance page", "huong-dan/chu-thich-cuoi.md", prose("Chi bộ họp mỗi tháng một lần.[^1]\n\n"), "B110"),
    ("footnote in an outline's point", TOPIC, topic(lambda b: b.replace("\n- ", "\n- [^ghi-chu] ", 1)), "B110"),
    # The same inside a note or a quotation: the page reads one paragraph there too.
    ("list right after a line of text inside a note", "huong-dan/ds-ghi-chu.md",
     prose('!!! note "Lưu ý"\n    Các việc cần nhớ:\n    - Việc một.\n    - Việc hai.\n\n'), "B107"),
    ("list right after a line of text inside a quotation", "huong-dan/ds-trich.md",
     prose("> Các việc cần nhớ:\n> - Việc một.\n> - Việc hai.\n\n"), "B107"),
    # A red team's fourth round: names written into tables, links and headings; hidden characters;
    # the page's own sections taken.
    ("a title ending in a backslash", GUIDE, front().replace("title: Trang thử", "title: Trang thử \\\\", 1), "S107"),
    ("a pipe in a registry title forging a cell", DOC,
     doc(lambda d: d.replace("title: Về nâng cao", "title: Về \\\\| Hiện hành \\\\| nâng cao", 1)), "S107"),
    ("a bracket in a title breaking its link", GUIDE, front().replace("title: Trang thử", "title: Trang thử] nghiệm", 1), "S107"),
    ("a combining grapheme joiner inside a code", GUIDE, prose("Theo Chỉ thị số 99-CT\u034f/TW ngày 1/1/2020.\n\n"), "E010"),
    ("a function application inside a title's words", GUIDE, prose("Tổng Bí\u2061 thư nói rõ việc này.\n\n"), "E010"),
    # After a vowel of its word a soft hyphen is no TCVN3 "ư" (a syllable's first vowel): Word's.
    ("a soft hyphen ending a word", GUIDE, prose("Chi bộ họp trong thời gian\u00ad ngắn.\n\n"), "E010"),
    ("a soft hyphen after a marked vowel", GUIDE, prose("Chi bộ vù\u00adng cao, vùng\u00adcao.\n\n"), "E010"),
    ("an escaped left-to-right mark in a title", GUIDE, front().replace("title: Trang thử", 'title: "Trang\\u200e thử"', 1), "E006"),
    ("an attribute list taking the sources' anchor", GUIDE, prose("Đoạn.\n{: #nguon }\n\n"), "H104"),
    ("a heading taking the sources' section", GUIDE, prose("## Nguồn\n\nChữ.\n\n"), "H104"),
    # A new editor's: the page, the copied text and the DOCX showed "**tốt".
    ("bold opened and never closed", GUIDE, prose("Chi bộ đã làm **tốt trong năm qua.\n\n"), "B122"),
    # A red team's: opened in one list item, closed in the next; written with underscores.
    ("bold across two list items", GUIDE, prose("- Điểm một có **chữ đậm mở\n- điểm hai đóng ở đây** rồi.\n\n"), "B122"),
    ("bold with underscores never closed", GUIDE, prose("Chi bộ đã làm __tốt trong năm qua.\n\n"), "B122"),
    # A red team's (2026-12-07): markup glued inside a code showed a citation the check never read.
    ("an escape inside a code", GUIDE, prose("Theo Chỉ thị số 50\\-CT/TW ngày 01/01/2019 của Ban Bí thư.\n\n"), "C112"),
    ("an empty tag inside a code", GUIDE, prose("Theo Chỉ thị số 99-<b></b>CT/TW ngày 01/01/2025.\n\n"), "C112"),
    ("bold inside a code", GUIDE, prose("Theo Kết luận 55-**KL/TW** của Bộ Chính trị.\n\n"), "C112"),
    ("a leader's title in bold before unsourced words", GUIDE,
     prose("Tổng **Bí thư** nhấn mạnh: “Chi bộ phải họp mỗi tuần”.\n\n"), "Q103"),
    ("a leader's words in entities", GUIDE, prose("Tổng Bí thư nhấn mạnh: &ldquo;Chi bộ được bỏ sinh hoạt&rdquo;.\n\n"), "Q103"),
    ("a sources heading in entities", GUIDE, prose("## Ngu&#7891;n\n\nChữ.\n\n"), "H104"),
    ("a sources heading in a list item", GUIDE, prose("- ## Nguồn\n\nChữ.\n\n"), "H104"),
    ("a sources heading split by a tag", GUIDE, prose("## Ngu<span>ồn</span>\n\nChữ.\n\n"), "H104"),
    ("a number with a leading zero", TOPIC, topic(head_change=lambda h: re.sub(r"duration: \d+", "duration: 0132", h)), "S103"),
    # A second red team's: a date in a tag, a code split by a link, Word's space in a leader's title,
    # a quote in a tag, a sources heading with an attribute list or in a quoted item.
    ("a date in a tag beside a code", GUIDE, prose("Theo Hướng dẫn số 10-CT/TW ngày <span>13/3/2025</span> của Ban Bí thư.\n\n")
     .replace("Hướng dẫn số 10-CT/TW", "Chỉ thị số 10-CT/TW"), "C102"),
    ("a code split by a link", GUIDE, prose("Theo Chỉ thị [99](/van-ban/)-CT/TW của Ban Bí thư.\n\n"), "C112"),
    ("a leader's title with a no-break space", GUIDE, prose("Tổng Bí thư\u00a0nhấn mạnh: “Chi bộ phải họp mỗi tuần một lần”.\n\n"), "Q103"),
    ("a leader's words in a quote tag", GUIDE, prose("Tổng Bí thư nhấn mạnh: <q>Chi bộ phải họp mỗi tuần một lần</q>.\n\n"), "Q103"),
    ("a note mark on a code before a wrong date", GUIDE,
     prose("Theo Chỉ thị 10-CT/TW<sup>2</sup> ngày 31/3/2007 của Ban Bí thư.\n\n"), "C102"),
    ("a leader's words in a tag with attributes", GUIDE,
     prose('Tổng Bí thư nhấn mạnh: <q lang="vi">Chi bộ phải họp đều đặn mỗi tháng một lần</q>.\n\n'), "Q103"),
    ("a sources heading with an attribute list", GUIDE, prose('## Nguồn { lang="vi" }\n\nChữ.\n\n'), "H104"),
    ("a sources heading in a quoted item", GUIDE, prose("- > ## Nguồn\n\nChữ.\n\n"), "H104"),
    # A re-read's: each cell showed its two stars; a row of pairs across cells counted even.
    ("bold across two table cells", GUIDE, prose("| Việc | Người |\n|---|---|\n| **Tổ | trưởng** |\n\n"), "B122"),
    ("a linked heading taking the sources' section", GUIDE, prose("## [Nguồn](/huong-dan/trang-a/)\n\nChữ.\n\n"), "H104"),
    # Not only its words: whatever heading makes its id (a red team's "## Nguồn:" passed the check).
    ("a heading whose id is the sources'", GUIDE, prose("## **Nguồn:**\n\nChữ.\n\n"), "H104"),
    ("an underlined heading whose id is the sources'", GUIDE, prose("Nguon\n-----\n\nChữ.\n\n"), "H104"),
    ("a title like another but for a double space", "huong-dan/trang-b.md",
     front().replace("title: Trang thử", "title: Trang  hướng dẫn mẫu", 1), "D101"),
    # Two libraries of one title: two like entries in the menu (a red team).
    ("a library titled as another", "chuyen-de/thu-vien-b/_thu-vien.yml",
     (BASE / "chuyen-de/thu-vien-a/_thu-vien.yml").read_text(encoding="utf-8"), "D101"),
    # A red team's: in a field, "</" before no letter opens a comment in the browser, and hid the
    # rest of a title in the menu of every page; a bidi override written as an entity.
    ("a closing tag's mark before a digit in a title", GUIDE, front().replace("title: Trang thử", "title: Trang </1 thử", 1), "H101"),
    ("a right-to-left override written as an entity", GUIDE, front().replace("title: Trang thử", "title: Trang &#8238;gnp.exe", 1), "E006"),
    # One outline copied into a second library: two pages a search shows alike.
    ("an outline copied into another library", "chuyen-de/thu-vien-b/de-cuong-a.md",
     (BASE / "chuyen-de/thu-vien-a/de-cuong-a.md").read_text(encoding="utf-8"), "D101"),
]
CASES = [c if c[3] else (*c[:3], "G102") for c in CASES]
# Run as a user runs the check, a process of its own (1.2 s each): the table's first forty, the
# issue's kinds of broken input in its order (encodings, syntax, a YAML bomb, deep nesting, an
# enormous file, the schema), and the hostile ones. The rest ask only what a mistake is told,
# which the same entry point tells in this process (0.02 s each; a traceback fails the test).
AS_A_USER = {c[0] for c in CASES[:40]} | {
    "duplicate registry id", "duplicate slug: an agenda as .yml and .md", "HTML blocks nested deeper than any page",
    "Jinja payload", "Jinja statement", "render_macros opt-in", "script tag", "iframe in YAML", "event handler",
    "attr_list event handler", "javascript link", "entity-obfuscated javascript", "a line of twenty thousand brackets",
    "script in an agenda table", "a diagram that loads a script from a CDN"}


def test_the_table_has_at_least_40_cases():
    assert len(CASES) >= 40
    assert len({c[0] for c in CASES}) == len(CASES)
    assert AS_A_USER <= {c[0] for c in CASES}, AS_A_USER - {c[0] for c in CASES}


@pytest.mark.parametrize("name, rel, data, code", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_reported_with_its_rule_and_fails_the_check(tmp_path, name, rel, data, code):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    target = content / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if name == "alias is another document's name":  # the fixture's entry claims the new entry's name
        (content / DOC).write_text(doc(lambda d: d.replace("examples:", "aliases: [Nghị quyết Đại hội XII]\nexamples:")))
    if name.startswith("duplicate slug: an agenda"):  # the same agenda, valid alone, as YAML too
        from sotay.scaffold import TEMPLATES

        (content / rel).with_suffix(".yml").write_text(TEMPLATES["agenda"]("Chương trình thử", "2026-01-01", "nguon-a", "10-CT/TW-2007"))
    if name == "an outline copied into another library":  # the library it is copied into
        library = (BASE / "chuyen-de/thu-vien-a/_thu-vien.yml").read_text(encoding="utf-8")
        target.parent.joinpath("_thu-vien.yml").write_text(library.replace("title: ", "title: Thư viện khác, ", 1), encoding="utf-8")
    if name == "replacement cycle":  # the other half of the cycle
        base_doc = content / DOC
        base_doc.write_text(doc(lambda d: d.replace("scope: trung-uong", "scope: trung-uong\nstatus: da-thay-the\nreplaced_by: 11-CT/TW-2008")
                                .replace("  title: [nguon-a]\n", "  title: [nguon-a]\n  status: [nguon-a]\n  replaced_by: [nguon-a]\n")))
    target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    proc = run_sotay("check", "--content", str(content)) if name in AS_A_USER else check_here(content)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    codes = [line.split(": ", 1)[1].split()[0] for line in proc.stdout.splitlines() if ": " in line]
    assert code in codes, proc.stdout
    # Told in the file the case broke, or where the fault is: a folder of no kind, the first of two
    # files that clash.
    where = {"unknown folder": "tam", "duplicate slug: an agenda as .yml and .md": "chuong-trinh/chuong-trinh-thu.yml"}.get(name, rel)
    assert any(line.startswith(f"content/{where}:") and line.split(": ", 1)[1].startswith(code + " ")
               for line in proc.stdout.splitlines()), proc.stdout
    assert all(line.startswith("content/") for line in proc.stdout.splitlines()), "every line names file:line:col"


def test_a_bidirectional_mark_hides_no_other_problem_of_its_file(tmp_path):
    """Told alone, the mark took one run of the check per fix for the rest of the file."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / GUIDE).write_text(prose("Đoạn có \u202ahướng\u202c dẫn.\n\nChữ\u200bdính và \u202edòng khác.\n\n"), encoding="utf-8")
    proc = check_here(content)
    codes = [line.split(": ", 1)[1].split()[0] for line in proc.stdout.splitlines() if line.startswith(f"content/{GUIDE}:")]
    assert codes.count("E006") == 3 and "E010" in codes, proc.stdout


def test_a_heading_ending_in_a_backslash_is_a_paragraph_not_a_traceback(tmp_path):
    """Python-Markdown reads "## Mục cuối \\" as a paragraph; the check read it as a heading and
    ended in a traceback, losing every other problem of the tree."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "huong-dan/mat-tieu-de.md").write_text(prose("## Mục cuối \\\n\nChữ.\n\n### Phần \\\n\n"))
    proc = run_sotay("check", "--content", str(content))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr


def test_a_table_cell_keeps_a_backslash_and_a_pipe_as_text():
    from markdown import Markdown

    from sotay.render.common import table

    html = Markdown(extensions=["tables"]).convert(table(["Trích yếu", "Tình trạng"], [["Về A \\| Hiện hành", "Đã được thay thế"]]))
    assert html.count("<td>") == 2 and "<td>Về A \\| Hiện hành</td>" in html, html


@pytest.mark.parametrize("target", ["/nonexistent/trang.md", "/dev/zero", "<folder>", "<content>"])
def test_symbolic_links_are_refused_not_followed(tmp_path, target):
    """Git carries symbolic links: one could read the server's files, a device, or nothing. The
    content folder itself as a link read another checkout's pages into the site, or listed /etc
    in the log, one line an entry."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    if target == "<content>":
        content.rename(tmp_path / "elsewhere")
        (tmp_path / "content").symlink_to("/etc", target_is_directory=True)
        link = "content"
    elif target == "<folder>":
        shutil.rmtree(content / "nguon")
        (content / "nguon").symlink_to("/etc", target_is_directory=True)
        link = "content/nguon"
    else:
        (content / "huong-dan" / "lien-ket.md").symlink_to(target)
        link = "content/huong-dan/lien-ket.md"
    proc = run_sotay("check", "--content", str(content))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert f"{link}:1:1: E008 " in proc.stdout, proc.stdout
    assert "/etc" not in proc.stdout and "passwd" not in proc.stdout


def test_a_librarys_file_as_a_link_is_told_not_dropped_with_its_outlines(tmp_path):
    """The library's _thu-vien.yml as a symbolic link: the library and its outlines were left out
    of the site, and the check passed."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    library = content / "chuyen-de" / "thu-vien-b"
    library.mkdir()
    (library / "_thu-vien.yml").symlink_to("../thu-vien-a/_thu-vien.yml")
    (library / "de-cuong-a.md").write_text(topic())
    proc = run_sotay("check", "--content", str(content))
    assert proc.returncode == 1 and "content/chuyen-de/thu-vien-b/_thu-vien.yml:1:1: E008 " in proc.stdout, proc.stdout


def test_a_line_break_in_what_a_message_quotes_stays_on_the_messages_line(tmp_path):
    """A link's target may hold a line break ("<...>"): quoted in L101's message, it put a line of
    the content file at the start of a line of CI's log, where GitHub's runner reads "::error ...::"
    as a command of its own."""
    body = "Xem [trang này](</\n::error file=sotay/deploy.py,line=1::Có mã độc>).\n\n"
    proc, found = _check_one(tmp_path, "huong-dan/lenh-ci.md", prose(body))
    assert proc.returncode == 1 and [code for _, code, _ in found] == ["L101"], proc.stdout
    assert all(line.startswith("content/") or re.match(r"\d+ lỗi", line) for line in proc.stdout.splitlines()), proc.stdout
    assert "\\n::error" in proc.stdout


def _check_body(tmp_path, body):
    """A guidance page of `body`, checked: the run, what it found, and `at(snippet, after="")`, the
    place a snippet is written (on the line that also holds `after`) as a message names it."""
    text = prose(body)
    proc, found = _check_one(tmp_path, "huong-dan/doc-khac.md", text)
    lines = text.splitlines()

    def at(snippet, after=""):
        line = next(i for i, ln in enumerate(lines, 1) if snippet in ln and after in ln)
        return f"content/huong-dan/doc-khac.md:{line}:{lines[line - 1].index(snippet) + 1}:"

    return proc, found, at


def test_a_page_link_left_as_written_is_told_at_its_own_line_not_at_a_good_link_to_the_same_page(tmp_path):
    """The address of a link the site leaves as written was looked for from the text's start: a
    good link to the same page above it took the message, and the editor looked at the wrong line."""
    body = "Viết `[A](/huong-dan/trang-a/)` như thế.\n\nXem [A](/huong-dan/trang-a/) trước.\n\nRồi [B](/huong-dan/trang-a/\n) sau.\n\n"
    proc, found, at = _check_body(tmp_path, body)

    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert [(where, code) for where, code, _ in found] == [(at("/huong-dan/trang-a/", "Rồi"), "L101")], proc.stdout
    assert "trên một dòng" in found[0][2]


def test_a_link_markdown_reads_otherwise_is_told_at_its_line_and_a_title_on_the_next_line_builds(tmp_path):
    """The check read links with its own patterns, the page with Python-Markdown: a title in brackets
    after the address (Markdown's address then holds it), an escaped address, a definition inside
    a list item, an image whose words hold brackets and brackets that make no link passed the check,
    and the strict build refused the page without naming a line (or showed "[a]b](trang-a.md)").
    Each is told where it is written; a title on the line under the address is a link the site
    converts."""
    from sotay.render.links import rewrite

    body = ("Xem [A](/huong-dan/trang-a/ (trang A)).\n\nXem [B](/huong-dan/trang\\-a/).\n\n"
            "- Một ý.\n\n    [r]: /huong-dan/khong-co/\n\n[C][r] và [D](/huong-dan/trang-a/\n\"tiêu đề\").\n\n"
            "Xem ![ảnh [một]](/huong-dan/trang-a/).\n\nXem [a]b](/huong-dan/trang-a/) nữa.\n\n")
    proc, found, at = _check_body(tmp_path, body)

    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert [(where, code) for where, code, _ in found] == [
        (at("/huong-dan/trang-a/ (trang A)"), "L101"), (at("/huong-dan/trang\\-a/"), "L101"),
        (at("/huong-dan/khong-co/"), "L101"), (at("/huong-dan/trang-a/)."), "L101"), (at("/huong-dan/trang-a/) nữa"), "L101")], proc.stdout
    assert "có dấu cách" in found[0][2] and "trên một dòng" in found[1][2] and "Không có trang" in found[2][2]
    assert "Ảnh" in found[3][2]  # an image to Markdown, a link to the patterns: a broken image on the page
    assert "hiện nguyên chữ" in found[4][2]  # no link to Markdown: the page showed "[a]b](trang-a.md)"
    assert rewrite('[D](/huong-dan/trang-a/\n"tiêu đề")', "huong-dan/b.md", {"huong-dan/trang-a"}) == '[D](trang-a.md\n"tiêu đề")'


def test_an_undefined_reference_is_told_and_ids_markdown_sets_inline_or_mail_addresses_are_not(tmp_path):
    """A reference link whose label no line defines showed as written, in a heading or a paragraph,
    and passed the check; an id set on an inline element or in a table cell, which the page holds,
    was told missing (L102); a mail address in angle brackets, which Markdown links, was told as a
    place to fill in (H101)."""
    from sotay.render.links import rewrite

    body = ("## Liên hệ [ban tổ chức][khong-co]\n\nGửi thư tới <ban@x.vn> để hỏi.\n\n"
            "| Cột | Cột hai |\n|-----|---------|\n| a   | b {: #bang-id } |\n\n"
            "Một câu có *chữ nghiêng*{: #nghieng } ở giữa, và [một chỗ][khong-co-ref] nữa.\n\n"
            "Xem [bảng](#bang-id), [chữ](#nghieng), [định nghĩa][co] và [không có](#khong-co-muc).\n\n"
            "[co]: /huong-dan/trang-a/\n\n`[trong mã][khong-co]`\n\n")
    proc, found, at = _check_body(tmp_path, body)

    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert [(where, code) for where, code, _ in found] == [
        (at("[ban tổ chức]"), "L101"), (at("[một chỗ]"), "L101"), (at("#khong-co-muc"), "L102")], proc.stdout
    assert "[khong-co]: /huong-dan/ten-trang/" in found[0][2]
    # A form's copy text, in its bar's attribute, is the form as written.
    copy = '<div data-sotay-copy="xem [A](/huong-dan/trang-a/)" markdown="1">\n\n[A](/huong-dan/trang-a/)\n\n</div>'
    assert rewrite(copy, "huong-dan/b.md", {"huong-dan/trang-a"}) == copy.replace("[A](/huong-dan/trang-a/)\n", "[A](trang-a.md)\n")


def test_a_link_left_empty_or_written_with_a_pages_title_is_told_where_it_is_with_that_page(tmp_path):
    """An empty link was told at the body's first line and offered the page itself; an address
    written as the page's title was told twice (the words, and the first word Markdown took) and
    offered another page; a title in brackets, as a wiki links one, showed its brackets and passed.
    A tag's name is no word typed without marks; a code broken over two lines is told to be joined."""
    body = ("Mở đầu có [Trang hướng dẫn mẫu] và [họ tên] để điền.\n\n- Xem [A]().\n- Xem [B](Trang hướng dẫn mẫu).\n"
            "- Xem [[Trang hướng dẫn mẫu]].\n- Diện tích 30 m<sup>2</sup>.\n- Theo Chỉ thị 10-CT/\nTW của Ban Bí thư.\n\n")
    proc, found, at = _check_body(tmp_path, body)

    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert [(where, code) for where, code, _ in found] == [
        (at("[Trang hướng dẫn mẫu]"), "L101"), (at(")", "[A]()"), "L101"), (at("Trang", "[B]"), "L101"),
        (at("[[Trang"), "L101"), (at("Chỉ thị 10-CT/"), "C109")], proc.stdout
    assert "[Trang hướng dẫn mẫu](/huong-dan/trang-a/)" in found[0][2] and "để trống" in found[1][2]
    assert "ở đây: /huong-dan/trang-a/" in found[2][2] and "nối hai dòng" in found[4][2] and "\\n" not in found[4][2]
    # Each empty link is told: the first stood for every other in its block.
    proc, found, at = _check_body(tmp_path / "hai", "Hai [x]() và [y]() ở đây.\n\n")
    assert [code for _, code, _ in found] == ["L101", "L101"], proc.stdout


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_foreign_line_endings_are_one_problem_and_the_file_is_still_read(tmp_path, ending):
    """A file saved with CRLF or CR alone gets one E004 and is then read as LF, so a misspelt
    key further down is still found on its own line, not blamed on line 1."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    text = front("tac_gia: Ai đó\n")
    (content / "huong-dan/ket-thuc-dong.md").write_bytes(text.replace("\n", ending).encode())
    proc = run_sotay("check", "--content", str(content))
    line = text.split("\n").index("tac_gia: Ai đó") + 1
    assert proc.returncode == 1
    found = [ln.split(" ", 2)[:2] for ln in proc.stdout.splitlines()]
    assert found == [["content/huong-dan/ket-thuc-dong.md:1:4:", "E004"],
                     [f"content/huong-dan/ket-thuc-dong.md:{line}:1:", "S101"]], proc.stdout
    assert ("bằng CRLF (kiểu của Windows)" if ending == "\r\n" else "bằng CR (kiểu của máy Mac cũ)") in proc.stdout


def test_one_bad_value_is_one_error_and_the_rest_of_its_file_is_still_checked(tmp_path):
    """A page whose front matter fails its schema is not built, but links to it are not broken
    (the page exists, its editor is fixing it), its body's own problems are reported in the same
    run, and a registry date that fails its schema does not also make its source look orphaned."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / GUIDE).write_text((BASE / GUIDE).read_text().replace("reviewed: 2026-01-01", "reviewed: 2026-13-01")
                                 + "\nTheo Chỉ thị số 10-CT/TW ngày 30/4/2007 của Ban Bí thư; xem [mục](/huong-dan/khong-co/).\n")
    (content / "huong-dan/trang-b.md").write_text(front(body="Xem [trang A](/huong-dan/trang-a/#muc-mot). " + FILLER,
                                                        extra="related: [huong-dan/trang-a]\n").replace("Trang thử", "Trang B"))
    (content / DOC).write_text(doc(lambda d: d.replace("date: 2007-03-30", "date: 2007-02-30")))
    proc = run_sotay("check", "--content", str(content))
    found = [line.split(" ", 2)[:2] for line in proc.stdout.splitlines()]
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert [code for _, code in found] == ["S104", "L101", "S104"], proc.stdout
    assert [where.split(":")[0] for where, _ in found] == [f"content/{GUIDE}", f"content/{GUIDE}", f"content/{DOC}"]


# YAML mistakes editors make, and where the message must point: (text, line, col).
YAML_MISTAKES = {
    "quote left open": ('title: "Bài viết\nkind: bai-viet\nunit: Ban biên tập\n', 1, 8),
    "colon inside a value": ("title: Chỉ thị: về việc\nkind: bai-viet\n", 1, 15),
    "colon missing after a key": ("title: Bài viết\nkind bai-viet\nunit: x\n", 2, 5),  # where the colon goes
    "a colon typed after the value": ("title: Bài viết\nkind: bai-viet:\n", 2, 15),  # "xóa nó", not quotes that keep it
    "a tab after a list's dash": ("title: Bài viết\ntags:\n  -\ta\n", 3, 4),
    "tab for indentation": ("title: Bài viết\nkind:\n\tbai-viet\n", 3, 1),
    "list bracket left open": ("title: Bài viết\ntags: [a, b\nkind: bai-viet\n", 2, 7),
    "key indented too far": ("title: Bài viết\n  kind: bai-viet\n", 2, 3),
    "list items out of line": ("title: Bài viết\ntags:\n  - a\n - b\n", 4, 2),
    "backslash in double quotes": ('title: "Bài \\q viết"\nkind: bai-viet\n', 1, 13),
    "tab inside a list item": ("title: Bài viết\ntags:\n  - title: a\n\t  kind: b\n", 4, 1),
    # Told on the "text: >-" line as a value starting with ">", with no word of the tab.
    "tab inside a long text": ("title: Bài viết\nnote: >-\n  Dòng một.\n\t  Dòng hai.\nkind: bai-viet\n", 4, 1),
    "list item's key out of line": ("title: Bài viết\ntags:\n  - title: a\n    kind: b\n   unit: c\n", 5, 4),
    # The first key of a block moved deeper (a tab made four spaces): told at the next, naming both.
    "a block's first key indented deeper": ("title: Bài viết\nauthor:\n    name: A\n  unit: B\nkind: bai-viet\n", 4, 3),
    "value starting with *": ("title: Bài viết\nunit: *Ban* biên tập\n", 2, 7),
    "quotes inside a quoted value": ('title: "Bài – "sổ theo dõi" viết"\nkind: bai-viet\n', 1, 16),
    "quotes inside a quoted list item": ('title: Bài viết\ntags:\n  - "Tỷ lệ" đảng viên\n', 3, 13),
    "a single-quoted value closed early": ("title: 'Bài viết' của ban\nkind: bai-viet\n", 1, 19),
    # YAML read on to the next line's quote and stopped there: the line that opened it is the one to mend.
    "a quote left open up to the next line's quote": ('title: "Bài viết\nkind: "bai-viet"\n', 1, 8),
    # Told at the correct line below it, as a missing colon or as indentation: the line to mend is the one that lost its place.
    "an opening note that lost its #": ("Ghi chú của biên tập\ntitle: Bài viết\nkind: bai-viet\n", 1, 1),
    "a wrapped line of a long text that lost its indent": ("title: Bài viết\nnote: >-\n  Dòng một của ghi chú,\n"
                                                           "dòng hai viết tiếp\nkind: bai-viet\n", 4, 1),
    "the first line of a long text that lost its indent": ("title: Bài viết\nkind: bai-viet\nnote: >-\n"
                                                           "Dòng đầu của ghi chú bị mất thụt lề,\n  dòng hai vẫn thụt đúng.\n", 4, 1),
    # Not a lost indent: a field after a long text, its colon missing (told so, by its name).
    "a colon missing after a long text": ("title: Bài viết\nnote: >-\n  Dòng một của ghi chú,\n  dòng hai.\nkind bai-viet\n", 5, 5),
    # No space after a key's colon: told on the line below it, as a missing ':' or as an indentation fault.
    "no space after a key's colon": ('title:"Bài viết"\nkind: bai-viet\n', 1, 7),
    "no space after the last key's colon": ("title: Bài viết\nkind:bai-viet\n", 2, 6),
    # The line without it ran on into the next, where YAML stopped: told where the colon is missing.
    "a key without its colon": ('title "Bài viết"\nkind: bai-viet\n', 1, 6),
    # Not a name without its colon: a list item wrapped onto a line of text with a colon in it.
    "a wrapped item whose second line holds a colon": ("title: Bài viết\ntags:\n  - Khi đề tài lấy từ công việc\n"
                                                       "    và người nghe tranh luận: ai cũng nói\n", 4, 29),
}
GLUED = {"no space after a key's colon", "no space after the last key's colon"}

# Quotes an editor put inside a quoted value (names, phrases) were told as an indentation fault.
CLOSED_EARLY = {"quotes inside a quoted value": "ngoặc cong", "quotes inside a quoted list item": "ngoặc cong",
                "a single-quoted value closed early": "ngoặc kép"}


@pytest.mark.parametrize("text, line, col", YAML_MISTAKES.values(), ids=list(YAML_MISTAKES))
def test_yaml_mistakes_are_explained_in_vietnamese_where_they_are(tmp_path, text, line, col):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "nguon/loi.yml").write_text(text)
    proc = check_here(content)
    lines = [ln for ln in proc.stdout.splitlines() if " Y001 " in ln]
    assert proc.returncode == 1 and len(lines) == 1, proc.stdout
    assert lines[0].startswith(f"content/nguon/loi.yml:{line}:{col}: Y001 "), lines[0]
    message = lines[0].split(" Y001 ", 1)[1]
    # The reader's own words stay out: no "while parsing", "expected", "found".
    assert not re.search(r"\b(while|parsing|scanning|expected|found|token)\b", message), message
    name = next(k for k, v in YAML_MISTAKES.items() if v == (text, line, col))
    assert ("cần một dấu cách" in message) == (name in GLUED), message
    if name == "a quote left open up to the next line's quote":
        assert 'tới dấu " ở dòng 2' in message and 'thêm dấu " ở cuối dòng 1' in message, message
    if name == "an opening note that lost its #":
        assert "thêm dấu # ở đầu dòng" in message, message
    if name in ("a wrapped line of a long text that lost its indent", "the first line of a long text that lost its indent"):
        assert "mất thụt lề" in message and "thụt dòng này vào 2 dấu cách" in message, message
        first = name.startswith("the first line")
        assert ("dòng đầu của đoạn chữ mở ở dòng 3" in message) == first, message
    if name == "a block's first key indented deeper":
        assert "dòng này thụt 2 dấu cách, còn dòng 3 ('name: A') ngay trên thụt 4" in message, message
    if name == "a colon missing after a long text":
        assert "thiếu dấu ':' sau tên trường 'kind'" in message and "mất thụt lề" not in message, message
    if name in CLOSED_EARLY:
        assert "đã kết thúc" in message and CLOSED_EARLY[name] in message and "Thụt lề" not in message, message
    else:
        assert "đã kết thúc" not in message, message


# A list item whose "- " was lost: (text, [(line, col, code, words in the message)], what is read).
LOST_DASHES = {
    "an item in the middle": ("title: Bài viết\ntags:\n  - một hai ba\n  bốn năm sáu\n  - bảy\n",
                              [(4, 3, "Y001", "không có dấu '- ' ở đầu")], ["một hai ba", "bốn năm sáu", "bảy"]),
    "the first item, quoted": ("title: Bài viết\ntags:\n  'một hai ba'\n  - bốn\n  - năm\n",
                               [(3, 3, "Y001", "mục đầu của danh sách 'tags'")], ["một hai ba", "bốn", "năm"]),
    "the first item, plain": ("title: Bài viết\ntags:\n  một hai ba\n  - bốn\n  - năm\n",
                              [(3, 3, "Y001", "mục đầu của danh sách 'tags'")], ["một hai ba", "bốn", "năm"]),
    "items of fields, twice": ("items:\n  - title: A\n    minutes: 5\n    title: B\n    minutes: 6\n    title: C\n",
                               [(4, 5, "Y005", "thiếu dấu '- ' ở đầu"), (6, 5, "Y005", "thiếu dấu '- ' ở đầu")], None),
    # The first item's "- " typed over with two spaces, or deleted from an item of fields: told once,
    # at the item, with the line as meant, and the list read whole.
    "the first item of fields, its dash typed over": (
        "items:\n    title: A\n    minutes: 5\n  - title: B\n    minutes: 6\n",
        [(2, 5, "Y001", "viết dòng này thành '  - title: A'")], {"items": [{"title": "A", "minutes": 5}, {"title": "B", "minutes": 6}]}),
    "the first item of fields, its dash deleted": (
        "items:\n  title: A\n    minutes: 5\n  - title: B\n    minutes: 6\n",
        [(2, 3, "Y001", "mục đầu của danh sách 'items'")], {"items": [{"title": "A", "minutes": 5}, {"title": "B", "minutes": 6}]}),
    "the first item, quoted, its dash typed over": ("title: Bài viết\ntags:\n    'một hai ba'\n  - bốn\n",
                                                   [(3, 5, "Y001", "viết dòng này thành '  - 'một hai ba''")],
                                                   ["một hai ba", "bốn"]),
    "the first item, plain, its dash typed over": ("tags:\n    một hai ba\n  - bốn\n  - năm\n",
                                                  [(2, 5, "Y001", "viết dòng này thành '  - một hai ba'")],
                                                  ["một hai ba", "bốn", "năm"]),
    "the first item, plain, typed over, above a quoted colon": ("facts:\n    một hai ba\n  - bốn\n  - 'năm: sáu'\n",
                                                               [(2, 5, "Y001", "viết dòng này thành '  - một hai ba'")],
                                                               {"facts": ["một hai ba", "bốn", "năm: sáu"]}),
    "a compact list's first item, its dash typed over": ("code:\n  web-a\n- web-b\n", [(2, 3, "Y001", "viết dòng này thành '- web-a'")],
                                                        {"code": ["web-a", "web-b"]}),
    "the first item, quoted, holding a colon": ('lines:\n  "Chủ trì: [...]"\n  - "Thư ký: [...]"\n',
                                                [(2, 3, "Y001", "mục đầu của danh sách 'lines'")],
                                                {"lines": ["Chủ trì: [...]", "Thư ký: [...]"]}),
    "a one-item list's item": ("sources:\n  term:\n  web-a\n  date:\n  - web-b\n",
                               [(3, 3, "Y001", "nếu là một mục của danh sách 'term', viết '- web-a'")],
                               {"sources": {"term": ["web-a"], "date": ["web-b"]}}),
    # A later item so typed over is joined to the one above by YAML: told where a sentence opens.
    # A warning (a sentence wrapped there reads so too), and YAML's reading kept.
    "a later item, its dash typed over": ("tags:\n  - Một hai.\n    Ba bốn.\n", [(3, 5, "Y009", "thay hai dấu cách")],
                                          ["Một hai. Ba bốn."]),
    # After a short line, a capital is often a name wrapped there: no new item.
    "a name wrapped after a short line": ("tags:\n  - Kết luận số 01-KL/TW của\n    Bộ Chính trị\n", [],
                                          ["Kết luận số 01-KL/TW của Bộ Chính trị"]),
    # Not a lost dash: a value on the line under a field that holds no list; an item whose fields
    # moved deeper too (no one line mends it: told as before, not with a "- " in the wrong column).
    "a value under a field of one value": ("title: X\nkind:\ntrang-phap-ly\n", [(3, 1, "Y001", "thiếu dấu ':'")], None),
    # Found by a fuzz: a "- " put before a field after a block of fields, and a flow list wrapped
    # under its field, are no lost item.
    "a dash before a field after a block": ("sources:\n  code:\n  - a\n- note: x\n", [(4, 1, "Y001", "Thụt lề không khớp")], None),
    "a flow list under its field": ("title: X\nsources:\n[a, b]\n", [(3, 1, "Y001", "thiếu dấu ':'")], None),
    "an item's fields moved deeper too": ("items:\n    title: A\n      minutes: 5\n  - title: B\n",
                                          [(3, 7, "Y001", "thụt vào sâu hơn dòng 2")], None),
    # Under a list item's first key, "the same indent" read as the dash's: the column is named.
    "a field deeper than its item's first key": ("items:\n  - title: A\n     minutes: 5\n",
                                                 [(3, 6, "Y001", "thẳng cột với chữ 'title' của dòng 2, tức 4 dấu cách")], None),
    # Not a lost dash: a field written twice at once, a text's own "- " line, an item wrapped mid-sentence.
    "a field written twice": ("items:\n  - title: A\n    title: B\n", [(3, 5, "Y005", "gộp hai dòng làm một")], None),
    "a text's dash line": ("title: Bài viết\nsummary:\n  một hai ba\n  - bốn\n", [(4, 3, "Y001", "thụt vào sâu hơn")], None),
    # An item's value begun on its field's line, wrapped under the name: told where to indent it
    # (an editor tried 4 spaces, then 6, from "thụt lề sai").
    "an item's value wrapped under its name": ("practices:\n  - title: A\n    text: Trước mỗi kỳ sinh hoạt, chi bộ gửi\n"
                                               "    nội dung tới từng đảng viên.\n",
                                               [(4, 1, "Y001", "phần tiếp của giá trị ở dòng 3 nhưng bị mất thụt lề, nên YAML đọc "
                                                 "lệch các dòng sau nó: thụt dòng này vào 6 dấu cách")], None),
    "an item wrapped mid-sentence": ("tags:\n  - Chi bộ bàn cách làm cho buổi sinh hoạt chuyên đề của\n    Đảng bộ.\n  - năm\n",
                                     [], ["Chi bộ bàn cách làm cho buổi sinh hoạt chuyên đề của Đảng bộ.", "năm"]),
}


# A note that lost its "#": (text, (line, col, words in the message)), read by the test below with the lost dashes.
NOTES_WITHOUT_HASH = {
    "a header with two colons": ("Văn bản trong sổ văn bản: mỗi dữ kiện ghi nguồn. Các trường: CONTRIBUTING.md.\ntitle: X\n",
                                 (1, 1, "nếu là ghi chú ở đầu tệp, thêm dấu # ở đầu dòng")),
    # One word before its colon, in Vietnamese letters: no field's name (it was told to quote a value).
    "a header with a one-word name": ("Nguồn: bài viết hay trang mà nội dung dẫn. Các trường: CONTRIBUTING.md.\ntitle: X\n",
                                      (1, 1, "nếu là ghi chú ở đầu tệp, thêm dấu # ở đầu dòng")),
    "a header's first line": ("Mẫu bản đăng ký của trang này\n# dòng hai của ghi chú\ntitle: X\nkind: y\n",
                              (1, 1, "nếu là ghi chú ở đầu tệp, thêm dấu # ở đầu dòng")),
    # A title that lost its name under the header: both readings are said.
    "a value that lost its name": ("# Ghi chú đầu tệp\nThư viện tỉnh Trà Vinh và chuyên đề\nkind: y\n",
                                   (2, 1, "nếu là giá trị của một trường, viết tên trường và dấu hai chấm trước nó")),
    "between fields": ("title: Bài viết\nGhi chú của biên tập viên về nguồn\nkind: bai-viet\n",
                       (2, 1, "nếu là phần tiếp của giá trị ở dòng trên, thụt dòng này vào 2 dấu cách")),
    "a one-item list's item": ("title: X\nexamples:\nQuy định số 399 của Ban Bí thư\nkind: y\n",
                               (3, 1, "mục của danh sách 'examples' ở dòng trên, viết nó thành '- Quy định số 399 của Ban Bí thư'")),
    "a field's name without its colon, not a note": ("title: X\ntitel Bài viết\nkind: y\n", (2, 1, "thiếu dấu ':'")),
}


LOST_MARKS = {**LOST_DASHES, **{name: (text, [(*told[:2], "Y001", told[2])], None) for name, (text, told) in NOTES_WITHOUT_HASH.items()}}


@pytest.mark.parametrize("text, told, read", LOST_MARKS.values(), ids=list(LOST_MARKS))
def test_a_list_item_or_a_note_that_lost_its_mark_is_told_at_its_line(text, told, read):
    from sotay.source import parse_yaml

    located, problems = parse_yaml(text, "x.yml", recover=True)
    assert [(p.line, p.col, p.code) for p in problems] == [t[:3] for t in told], problems
    for problem, (*_, words) in zip(problems, told, strict=True):
        assert words in problem.message, problem.message
    if read is not None:  # read as meant: the rest of the list is checked
        assert {k: located.data[k] for k in read} == read if isinstance(read, dict) else located.data["tags"] == read


# Three broken fields, then a list item out of line with a fault indented under it: every field is
# told, what is indented under a broken line is not (it may be the first fault's doing), and a quote
# left open does not swallow the rest.
SEVERAL_YAML_MISTAKES = ('title: "Bài viết\nkind: bai-viet\nunit: Ban: biên tập\nurl: https://example.org\n'
                         'tags:\n  - a\n - b\n  - [c\nnote: >-\n  Dòng một.\n\t  Dòng hai.\n')


def test_every_broken_field_of_a_file_is_told_in_one_run(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "nguon/loi.yml").write_text(SEVERAL_YAML_MISTAKES)
    (content / GUIDE).write_text(front().replace("title: Trang thử", 'title: "Trang thử').replace("reviewed:", " reviewed:"))
    proc = run_sotay("check", "--content", str(content))
    told = [line.split(" ", 2)[:2] for line in proc.stdout.splitlines()]
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    # Lines in the front matter count from the file's first line, the opening "---".
    assert told == [[f"content/{GUIDE}:2:8:", "Y001"], [f"content/{GUIDE}:5:2:", "Y001"],
                    ["content/nguon/loi.yml:1:8:", "Y001"], ["content/nguon/loi.yml:3:10:", "Y001"],
                    # Past the syntax errors, the rest is checked: a source has no tags.
                    ["content/nguon/loi.yml:5:1:", "S101"],
                    ["content/nguon/loi.yml:7:2:", "Y001"], ["content/nguon/loi.yml:11:1:", "Y001"]], proc.stdout


# An agenda whose items are broken one after another, in the ways editors break them: each item
# is told, not only the first of the list.
BROKEN_AGENDA_ITEMS = ("title: Chương trình thử\nitems:\n"
                       "  - title: Khai mạc\n    minutes: 5\n    lead: \"Bí thư\n    record: Số có mặt.\n"
                       "  - title: Thông báo\n    minutes: 10\n    lead: Phó bí thư: đồng chí A\n"
                       "  - title: Thảo luận\n    minutes: 30\n    lead: Bí thư\n    record: Ý kiến: tán thành\n"
                       "  - title: Kết luận\n    minutes:10\n    lead: Bí thư\n")


def test_every_broken_item_of_one_list_is_told_in_one_run(tmp_path):
    proc, told = _check_files(tmp_path, {"chuong-trinh/loi.yml": BROKEN_AGENDA_ITEMS})
    told = [line for line in told if line[0].startswith("content/chuong-trinh/loi.yml:")]
    assert proc.returncode == 1
    assert [where for where, _, _ in told] == ["content/chuong-trinh/loi.yml:5:11:", "content/chuong-trinh/loi.yml:9:21:",
                                               "content/chuong-trinh/loi.yml:13:19:", "content/chuong-trinh/loi.yml:15:13:"], proc.stdout
    assert {code for _, code, _ in told} == {"Y001"}
    messages = [message for _, _, message in told]
    assert "chưa được đóng" in messages[0]
    # A second key of a list item is the first key's sibling, not deeper than it: the colon is at fault.
    assert 'viết lead: "Phó bí thư: đồng chí A"' in messages[1] and "sâu hơn" not in messages[1]
    assert 'viết record: "Ý kiến: tán thành"' in messages[2]
    assert "cần một dấu cách" in messages[3]


def _check(content):
    proc = check_here(content)  # in this process: a traceback fails the test itself
    return proc, [ln.split(" ", 2) for ln in proc.stdout.splitlines()]


def _cp1258(text):
    # Windows-1258 holds the tone marks as combining characters, as Vietnamese keyboards wrote them.
    return unicodedata.normalize("NFD", text).encode("cp1258", errors="replace")


def _sub_point(body):
    # A nested bullet under the first point of the outline; a wrapped line under it stays fine.
    first = re.search(r"^### .*\n\n- .*$", body, re.M)
    return body[:first.end()] + "\n  tiếp theo của ý trên\n  - ý con thụt vào" + body[first.end():]


def _two_questions(body: str) -> str:
    questions = re.search(r"## Câu hỏi thảo luận\n\n((?:\d+\. .*\n)+)", body)
    kept = "".join(questions.group(1).splitlines(keepends=True)[:2])
    return body[:questions.start(1)] + kept + body[questions.end(1):]


# A title typed again at the top of the body; the "#" inside the fenced block is code, not a heading.
H1_BODY = "# Trang thử\n\n" + FILLER + "\n\n```\n# một dòng lệnh\n```\n"

# A form as CONTRIBUTING.md describes one, signed by one person, with no recipients.
FORM = """title: Mẫu bản đăng ký thử
type_name: Bản đăng ký
subject: việc làm theo năm [....]
reviewed: 2026-01-01
sections:
  - heading: Người đăng ký
    lines:
      - "Họ và tên: [họ tên]"
      - "Việc đăng ký: [...]"
signers:
  right: NGƯỜI ĐĂNG KÝ
"""


# Mistakes an editor makes, each told once, in words that say what to do (found by walking
# through CONTRIBUTING.md as an editor): (file, content, the only codes expected, words the message holds).
EDITOR_MISTAKES = {
    "colon inside a list item": ("huong-dan/hai-cham.md", front("tags:\n  - Kết quả: đảng viên phát biểu nhiều hơn\n"),
                                 {"S103"}, "ngoặc kép"),
    # The editor quoted it, in the quotes a word processor types: they are told these are not YAML's.
    "colon inside a list item in curly quotes": ("huong-dan/hai-cham-cong.md", front("tags:\n  - “Kết quả: đảng viên phát biểu nhiều hơn”\n"),
                                                 {"S103"}, "ngoặc cong “ ” không phải ngoặc kép của YAML"),
    "an image from the content folder": ("huong-dan/anh.md", prose("![Buổi họp](anh/hop.jpg) "),
                                         {"L101"}, "mô tả bằng lời"),
    "a Jinja statement is one problem": ("huong-dan/include.md", prose("{% include x %} "),
                                         {"J101"}, "{%"),
    "a file saved as UTF-16": ("huong-dan/utf16.md", front().encode("utf-16"), {"E001"}, "UTF-16"),
    # Without its byte-order mark it was told as Windows-1258, on line 2.
    "a file saved as UTF-16 without a byte-order mark": ("huong-dan/utf16le.md", front().encode("utf-16-le"), {"E001"}, "UTF-16"),
    "a Windows-1258 file": ("huong-dan/cp1258.md", _cp1258(front(body="Chi bộ họp. " * 30)), {"E001"}, "Windows-1258"),
    # The opening quote forgotten: YAML reads it all as text, and the page's heading ended in '"'.
    "a title with only its closing quote": ("huong-dan/nua-ngoac.md", front(drop="title").replace("---\n", "---\ntitle: Trang thử\"\n", 1),
                                            {"S107"}, "không có dấu mở"),
    # "# Tên chuyên đề" above "## Mục đích", as a Word document opens: the title's place, as in a guide.
    "a topic's own title as a # heading": ("chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: "\n# Phòng, chống lãng phí\n" + b),
                                           {"B106"}, "xóa dòng này"),
    "a topic section heading with four #": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                            topic(lambda b: b.replace("### ", "#### ", 1)), {"B102"}, "'### Tên phần'"),
    "a sub-point indented under a point": ("chuyen-de/thu-vien-a/de-cuong-a.md", topic(_sub_point), {"B103"}, "Ý con"),
    # Word's second-level bullet pasted as the letter "o": the DOCX read "a) Già làng. o Được bà con …".
    "Word's 'o' bullet under a point": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                        topic(lambda b: re.sub(r"^(### .*\n\n- .*)$", "\\1\n\to Được bà con tin tưởng.", b, count=1, flags=re.M)),
                                        {"B103"}, "hay 'o' của Word"),
    # Not indented: told to add "- ", the editor wrote "- o …", which passed and printed the "o".
    "Word's 'o' bullet under a point, at the margin": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                                       topic(lambda b: re.sub(r"^(### .*\n\n- .*)$", "\\1\no Lập kế hoạch tuần.", b, count=1, flags=re.M)),
                                                       {"B103"}, "bỏ chữ ‘o’"),
    # "mỗi ý là một dòng bắt đầu bằng '- '" for a line that does begin so, after a tab.
    "a section's first point indented": ("chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b.replace("- Ý hai.", "\t- Ý hai.")),
                                          {"B103"}, "bị thụt vào (dấu cách hoặc Tab trước '- ')"),
    "the page title repeated as a # heading": ("huong-dan/h1.md", front(body=H1_BODY), {"B106"}, "'## '"),
    # "#vungcao", "#1 trong tỉnh": told to make the tag a section's heading ('## ').
    "a hashtag at a line's start": ("huong-dan/hashtag.md", prose("#vungcao #thonban\n\n"), {"B106"}, "bỏ dấu # ở đầu dòng"),
    # The misspelt key was told, then told again as "Thiếu trường bắt buộc 'summary'".
    "a misspelt key": ("huong-dan/sumary.md", front(drop="summary").replace("title:", "sumary: Tóm tắt.\ntitle:"),
                       {"S101"}, "có phải 'summary'?"),
    # "Thiếu trường bắt buộc 'reviewed'." named a field by its code only, and said nothing of where its line goes.
    "a required field left out": ("huong-dan/thieu-ngay.md", front(drop="reviewed"), {"S102"},
                                  "'reviewed' (Ngày rà soát gần nhất): thêm một dòng `reviewed: YYYY-MM-DD` vào phần đầu, giữa hai dòng ---"),
    # "dòng này thụt lề thừa so với dòng trên, hoặc...": on the key's own line, the indentation is not at fault.
    "a colon inside a title": ("huong-dan/hai-cham-tieu-de.md", front().replace("title: Trang thử", "title: Chuyên đề: đảng viên trẻ"),
                               {"Y001"}, 'ngoặc kép "...", viết title: "Chuyên đề: đảng viên trẻ".'),
    # Curly marks around a title with a colon in it: the example kept them inside YAML's quotes.
    "a colon inside a title in curly quotes": ("huong-dan/hai-cham-ngoac-cong.md",
                                               front().replace("title: Trang thử", "title: “Chuyên đề: đảng viên trẻ”"),
                                               {"Y001"}, 'viết title: "Chuyên đề: đảng viên trẻ".'),
    # The page sets a quotation in quote marks of its own: it showed ““…””, and the check said nothing.
    "a quotation typed with its quote marks": ("huong-dan/trich.md",
                                               front("quotes:\n  - text: “Việc của thôn là việc của chi bộ”\n    source: nguon-a\n"),
                                               {"S107"}, "bỏ chúng, chỉ ghi lời trích"),
    # A note's words that lost their "#", with a colon in them, read as a field's name: "có phải…" offered nothing.
    "a note with a colon that lost its #": ("huong-dan/ghi-chu-dau.md", front().replace("title:", "Trang mẫu, các trường: xem hướng dẫn\ntitle:"),
                                            {"S101"}, "đây là một câu chữ mà YAML đọc phần trước dấu ':' thành tên trường: nếu là ghi chú, thêm dấu #"),
    "a key typed with a capital": ("huong-dan/hoa.md", front().replace("title:", "Title:"), {"S101"}, "có phải 'title'?"),
    "render_macros is told once": ("huong-dan/macros.md", front("render_macros: true\n"), {"J102"}, "render_macros"),
    # "'2026-01-01' is not a date written YYYY-MM-DD" contradicted itself: the quotes made it text.
    "a date in quotes": ("huong-dan/ngay.md", front().replace("reviewed: 2026-01-01", 'reviewed: "2026-01-01"'),
                         {"S104"}, "bỏ dấu ngoặc"),
    "a date written day first": ("huong-dan/ngay-viet.md", front().replace("reviewed: 2026-01-01", "reviewed: 15/5/2025"),
                                 {"S104"}, "viết 2025-05-15"),
    # "31/02/2025" was told "viết 2025-02-31", a date that does not exist either; "2025-2-5" was told it
    # stood in quotes when it did not, and a quoted "2025-13-01" to drop its quotes.
    "a day-first date that does not exist": ("huong-dan/ngay-31-2.md", front().replace("reviewed: 2026-01-01", "reviewed: 31/02/2025"),
                                             {"S104"}, "không có ngày 31"),
    "a date without leading zeros": ("huong-dan/ngay-ngan.md", front().replace("reviewed: 2026-01-01", "reviewed: 2025-2-5"),
                                     {"S104"}, "viết 2025-02-05"),
    "a quoted date with month 13": ("huong-dan/thang-13.md", front().replace("reviewed: 2026-01-01", 'reviewed: "2025-13-01"'),
                                    {"S104"}, "không có tháng 13"),
    # "Cần số nguyên, gặp chuỗi." did not say that the unit was the only thing wrong.
    "minutes written with their unit": ("mo-hinh/phut.yml", meeting("").replace("minutes: 5\n", "minutes: 5 phút\n"),
                                        {"S103", "T101"}, "chỉ ghi số, ví dụ 5"),
    # "1.234", a thousands point as Vietnamese writes it: YAML read one and a fraction.
    "a count written with a thousands point": ("mo-hinh/nghin.yml", meeting("").replace("  parent: Đảng ủy ...\n",
                                               "  parent: Đảng ủy ...\n  members: 1.234\n"), {"S103", "T101"}, "ở đây 1234"),
    "a vocabulary label typed for its key": ("huong-dan/nhan.md", front().replace("audience: [bi-thu]", "audience: [Bí thư]"),
                                             {"S105"}, "Có phải 'bi-thu'?"),
    "a list written as one line of text": ("huong-dan/danh-sach.md", front().replace("audience: [bi-thu]", "audience: bi-thu"),
                                           {"S103"}, "[a, b]"),
    # "-Kết quả": no space after the dash, so YAML read the items as one text, and "[a, b]" was the
    # advice for sentences that hold commas.
    "list items with no space after their dash": ("mo-hinh/gach.yml", meeting("").replace(
        "  - Kết quả như nguồn ghi.\n", "  -Kết quả như nguồn ghi.\n  -Kết nạp 2 đảng viên.\n"), {"S103", "T101"},
        "thêm dấu cách sau dấu '-' ở đầu mỗi mục"),
    "too few discussion questions": ("chuyen-de/thu-vien-a/de-cuong-a.md", topic(_two_questions), {"S108"}, "'## Câu hỏi thảo luận'"),
    # A heading near the template's: told where it is, with the heading meant, and not again as missing.
    "a heading without its space": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                    topic(lambda b: b.replace("## Câu hỏi thảo luận", "##Câu hỏi thảo luận")), {"B102"}, "cần một dấu cách"),
    "a section heading with three #": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                       topic(lambda b: b.replace("## Câu hỏi thảo luận", "### Câu hỏi thảo luận")), {"B102"}, "hai dấu #"),
    # One # was told "viết bằng ba dấu: '### Tên phần'" (or "'## Mục đích'"), then the section as missing.
    "a section heading with one #": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                     topic(lambda b: b.replace("## Câu hỏi thảo luận", "# Câu hỏi thảo luận")), {"B102"},
                                     "'## Câu hỏi thảo luận'"),
    "the last section's heading with one #": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                              topic(lambda b: b.replace("## Kết luận dự kiến", "# Kết luận dự kiến")), {"B102"},
                                              "'## Kết luận dự kiến'"),
    "the first section's heading with one #": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                               topic(lambda b: b.replace("## Mục đích", "# Mục đích")), {"B102"}, "'## Mục đích'"),
    # Told on the file's last line, "Thiếu mục '## Yêu cầu'." did not say where the section goes (now told at that line too).
    "a section left out": ("chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b.replace("## Yêu cầu\n\n- Một yêu cầu.\n\n", "")),
                           {"B101"}, "Thiếu mục '## Yêu cầu': thêm mục này ngay trên dòng 14 ('## Nội dung')."),
    "a misspelt section heading": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                   topic(lambda b: b.replace("## Câu hỏi thảo luận", "## Câu hỏi thảo luân")), {"B102"},
                                   "Có phải '## Câu hỏi thảo luận'?"),
    # `title: “…"` is text to YAML: the page showed both marks. `title: "…”` never closes.
    "a value opened with a curly quote": ("huong-dan/ngoac-cong.md", front().replace("title: Trang thử", 'title: “Trang thử"'),
                                          {"S107"}, "ngoặc cong"),
    "a value closed with a curly quote": ("huong-dan/ngoac-dong.md", front().replace("title: Trang thử", 'title: "Trang thử”'),
                                          {"Y001"}, "ngoặc cong ” ở cuối dòng"),
    # A nested key that lost its indent: the line under it is told with both lines named; once
    # that one is dedented too, the key is told whose block it belongs to.
    "a nested key that lost its indent": ("mo-hinh/thut-le.yml", meeting("").replace("  parent: Đảng ủy ...\n",
                                          "  parent: Đảng ủy ...\nmembers: 10\n  year: 2019\n"), {"Y001", "T101"}, "bị mất thụt lề"),
    # In a front matter the line above was named by its line in the YAML, one less than in the file.
    "a key indented under the line above, in a front matter": ("huong-dan/thut-dau.md", front().replace("summary:", " summary:"),
                                                               {"Y001"}, "sâu hơn dòng 2 ('title: Trang thử')"),
    "a nested key written at the top": ("mo-hinh/cap-tren.yml", meeting("").replace("  parent: Đảng ủy ...\n",
                                        "  parent: Đảng ủy ...\nmembers: 10\n"), {"S101", "T101"}, "đây là trường của 'cell'"),
    # A required one: told there, not again as missing from its block (adding it would write it twice).
    "a required nested key written at the top": ("mo-hinh/cap-tren-bat-buoc.yml", meeting("").replace("  parent: Đảng ủy ...\n", "")
                                                 + "parent: Đảng ủy ...\n", {"S101", "T101"}, "đây là trường của 'cell'"),
    # A label is written into the outlines' lists and the libraries' tables: a link there passed
    # the check and the strict build refused five pages, none naming tu-vung.yml. Told once, at the
    # label: the key stays, so no page that names it is told it is unknown.
    "a link in a vocabulary label": ("tu-vung.yml", (BASE / "tu-vung.yml").read_text().replace(
        "xay-dung-dang: Xây dựng", "xay-dung-dang: Việc [xây dựng](/huong-dan/trang-a/)", 1), {"S107"}, "categories.xay-dung-dang"),
    # The page showed "[trang A] (/huong-dan/trang-a/)" as text, and the check said nothing.
    "a space between a link's ] and (": ("huong-dan/cach.md", prose("Xem [trang A] (/huong-dan/trang-a/). "), {"L101"}, "Giữa ] và ("),
    "a link's path in curly quotes": ("huong-dan/ngoac-lien-ket.md", prose("Xem [trang A](“/huong-dan/trang-a/”). "), {"L101"},
                                      "viết [chữ](/huong-dan/trang-a/)"),
    # A wrong link was told "Không có trang /huong-dan/trang-a.md/." with no word of the page meant.
    "a link to the page's file": ("huong-dan/tep.md", prose("Xem [trang A](/huong-dan/trang-a.md). "), {"L101"},
                                  "Có phải /huong-dan/trang-a/?"),
    "a page's path without its first slash": ("huong-dan/khong-gach.md", prose("Xem [trang A](huong-dan/trang-a/). "), {"L101"},
                                               "bắt đầu bằng /, ở đây: /huong-dan/trang-a/"),
    "a link to a file beside the page": ("huong-dan/ben-canh.md", prose("Xem [trang A](trang-a.md). "), {"L101"},
                                         "bắt đầu bằng /, ở đây: /huong-dan/trang-a/"),
    "a link relative to the page": ("huong-dan/tuong-doi.md", prose("Xem [trang A](../trang-a/). "), {"L101"},
                                    "bắt đầu bằng /, ở đây: /huong-dan/trang-a/"),
    # A paper's name where a source's code goes, as the body text names sources: told only "Không có nguồn".
    "a paper's name in sources": ("huong-dan/ten-bao.md", front().replace("[nguon-a]", "[Báo Yên Bái]"), {"R101"},
                                  "không ghi tên báo; nếu chưa có, tạo một tệp nguồn"),
    # A page's title or address cut short, written as its link: the example once given instead was an
    # unrelated page, which an editor pasted and the check passed.
    "a link written as a page's title cut short": ("huong-dan/ten-trang.md", prose("Xem [trang](Trang hướng dẫn). "),
                                                   {"L101"}, "bắt đầu bằng /, ở đây: /huong-dan/trang-a/"),
    "a link written as a word of no page": ("huong-dan/mot-chu.md", prose("Xem [đây](Sinh hoạt). "), {"L101"},
                                            "phần sau tên máy trên thanh địa chỉ"),
    "a page link with a typo": ("huong-dan/go-sai.md", prose("Xem [trang A](/huong-dan/trang-aa/). "), {"L101"},
                                "Có phải /huong-dan/trang-a/?"),
    "a page link cut short": ("huong-dan/hop-chi-uy-chuan-bi.md", prose("Xem [họp chi ủy](/huong-dan/hop-chi-uy/). "), {"L101"},
                              "Có phải /huong-dan/hop-chi-uy-chuan-bi/?"),
    "an anchor typed with diacritics": ("huong-dan/neo-dau.md", prose("Xem [mục](/huong-dan/trang-a/#Mục-một). "), {"L102"},
                                        "Có phải #muc-mot?"),
    "an anchor typed longer than its heading": ("huong-dan/neo-dai.md", prose("Xem [mục](/huong-dan/trang-a/#muc-mot-quan-trong). "),
                                                {"L102"}, "Có phải #muc-mot?"),
    # "('Chỉ thị 10' -> None)": Python's word for nothing, in an editor's message.
    "a registry example too short to resolve": (DOC, doc(lambda d: d.replace("  - Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư (khóa X)",
                                                                             "  - Chỉ thị 10")), {"G107"},
                                                "không được nhận là 10-CT/TW-2007: ‘Chỉ thị 10’ chưa đủ rõ"),
    # A plenum's name given as an example of the entry it names, but not among its aliases: C101's
    # "add the document" sent the editor to add it a second time.
    "a registry example by a name the entry is not given": (
        "van-ban/04-nq-tw-2016.yml", "id: 04-NQ/TW-2016\ntype: nghi-quyet\ncode: 04-NQ/TW\nissuing_body: Ban Chấp hành Trung ương\n"
        "term: XII\nyear: 2016\nscope: trung-uong\nexamples: [Nghị quyết Trung ương 4 (khóa XII)]\n"
        "sources: {code: [nguon-a], issuing_body: [nguon-a], term: [nguon-a], year: [nguon-a]}\n", {"G107"},
        "tên chưa có trong aliases của văn bản này: thêm tên ấy vào aliases"),
    # YAML joins a list item indented under another to it: the page showed "Kết quả như nguồn ghi. - Kết quả hai."
    # and the check said nothing; in a vocabulary list it was told as an unknown value "bi-thu - chi-uy".
    "a list item indented under another": ("mo-hinh/long.yml", meeting("").replace("  - Kết quả như nguồn ghi.\n",
                                           "  - Kết quả như nguồn ghi.\n    - Kết quả hai.\n"), {"Y001", "T101"}, "thẳng hàng"),
    # Two paragraphs with a blank line between them, as the guide says paragraphs part, in a value
    # written after its ":" (or after ">-"): YAML folds them into one, and the page showed one.
    "two paragraphs in a value written after its colon": ("mo-hinh/doan.yml", meeting("").replace(
        "    text: Mô tả cách làm bằng lời của mình.\n",
        "    text: Chi ủy họp trước ba ngày.\n      Bí thư phân công người chuẩn bị.\n\n      Đoạn thứ hai.\n"), {"Y010", "T101"},
        "'text: |'"),
    "two paragraphs in a folded value": ("mo-hinh/doan-gap.yml", meeting("").replace(
        "    text: Mô tả cách làm bằng lời của mình.\n", "    text: >-\n      Đoạn một.\n\n      Đoạn hai.\n"), {"Y010", "T101"}, "'text: |'"),
    "a vocabulary item indented under another": ("huong-dan/long.md", front().replace("audience: [bi-thu]\n",
                                                 "audience:\n- bi-thu\n  - chi-uy\n"), {"Y001"}, "'bi-thu - chi-uy'"),
    "a related page written as its file": ("huong-dan/lien-quan-tep.md", front("related: [content/huong-dan/trang-a.md]\n"),
                                           {"R103"}, "(có phải 'huong-dan/trang-a'?)"),
    # A page's title, its slug alone or its address on the site: the page exists, and was said not to.
    "a related page written as its title": ("huong-dan/lien-quan-ten.md", front("related: [Trang hướng dẫn mẫu]\n"),
                                            {"R103"}, "(có phải 'huong-dan/trang-a'?)"),
    "a related page written as its slug": ("huong-dan/lien-quan-slug.md", front("related: [trang-a]\n"),
                                           {"R103"}, "(có phải 'huong-dan/trang-a'?)"),
    "a related page's address cut short": ("huong-dan/lien-quan-ngan.md", front("related: [huong-dan/trang]\n"),
                                           {"R103"}, "(có phải 'huong-dan/trang-a'?)"),
    "a related page written as its address": ("huong-dan/lien-quan-url.md", front("related: ['https://sotay.vn/huong-dan/trang-a/']\n"),
                                              {"R103"}, "(có phải 'huong-dan/trang-a'?)"),
    # Written as a word processor writes a heading: told there, not as a section missing at the file's end.
    # Told how to write it and, at once, that it lies ahead (following the hint met S107 next).
    "a review date ahead, written day first": ("huong-dan/ngay-truoc.md", front().replace("reviewed: 2026-01-01", "reviewed: 05/12/2099"),
                                               {"S104"}, "viết 2099-12-05 (ngày này còn ở phía trước"),
    # As Party documents head their first part, "I. MỤC ĐÍCH, YÊU CẦU": told at the heading how to split it,
    # not as two sections missing at the file's end.
    "an outline's purpose and requirements under one heading": (TOPIC, topic(lambda b: b.replace("## Mục đích", "## I. MỤC ĐÍCH, YÊU CẦU", 1)
                                                                         .replace("## Yêu cầu\n", "", 1)),
                                                                 {"B102"}, "tách thành '## Mục đích' (một đoạn văn) rồi '## Yêu cầu'"),
    # Lettered as a document letters sub-points: told as a question (or a point) written so, not as the rest
    # of the line above, and not again as one question too few.
    "a discussion question lettered b)": (TOPIC, topic(lambda b: b.replace("\n2. Câu hai?", "\nb) Câu hai?", 1)),
                                          {"B103"}, "Ở mục Câu hỏi thảo luận mỗi câu hỏi là một dòng đánh số '1. ', '2. ' "
                                                    "(hoặc bắt đầu bằng '- '); dòng này đánh số bằng chữ 'b)': thay bằng số: '2. '"),
    "a discussion question lettered e)": (TOPIC, topic(lambda b: b.replace("\n3. Câu ba?", "\ne) Câu ba?", 1)),
                                          {"B103"}, "dòng này đánh số bằng chữ 'e)': thay bằng số: '6. '"),
    # Told where it goes: the library folders, or every kind's folder.
    "an outline put in chuyen-de/ itself": ("chuyen-de/de-cuong.md", topic(), {"E007"}, "đề cương đặt trong thư mục của thư viện (chuyen-de/"),
    "a guide put in content/ itself": ("trang.md", front(), {"E007"}, "huong-dan/ (hướng dẫn)"),
    "an outline's purpose and requirements under one heading, with a dash": (
        TOPIC, topic(lambda b: b.replace("## Mục đích", "## Mục đích – Yêu cầu", 1).replace("## Yêu cầu\n", "", 1)),
        {"B102"}, "gộp 2 mục của khuôn mẫu"),
    "a table among an outline's points": (TOPIC, topic(lambda b: b.replace("## Câu hỏi thảo luận", "| Việc | Người |\n|---|---|\n"
                                                                        "| Chuẩn bị | Chi ủy |\n\n## Câu hỏi thảo luận", 1)),
                                          {"B103"}, "không dùng bảng"),
    "a section title in bold": (TOPIC, topic(lambda b: b.replace("## Mục đích", "**Mục đích:**")), {"B102"}, "viết '## Mục đích'"),
    "a section heading cut short": ("chuyen-de/thu-vien-a/de-cuong-a.md",
                                    topic(lambda b: b.replace("## Kết luận dự kiến", "## Kết luận")), {"B102"}, "Có phải '## Kết luận dự kiến'?"),
    # The value under a misspelt key was read as running text: "reference: [50-CT/TW-2025]" was told
    # again as an ambiguous citation (C107), here as a document not in the registry (C101).
    "a misspelt key's value is not read as text": ("huong-dan/khoa-sai.md", front("reference: [99-CT/TW-2099]\n"
                                                    "ghi_chu: Chi bo phai tien hanh sinh hoạt chuyên đề.\n"), {"S101"}, "có phải 'references'?"),
    # Not content, but what it would run is told all the same: the key may be fixed at any time.
    "a script under a misspelt key": ("huong-dan/khoa-sai-script.md", front("tac_gia: <script>alert(1)</script>\n"), {"S101", "H101"}, "<script>"),
    # A field named by its Vietnamese label was offered nothing, then told again as missing (S102).
    "a field named by its label": ("huong-dan/nhan-truong.md", front(drop="summary").replace("title:", "tóm tắt: Trang thử một lỗi.\ntitle:"),
                                   {"S101"}, "có phải 'summary'? tên trường giữ nguyên như trong khuôn"),
    "a field named by its label, without marks": ("huong-dan/nhan-khong-dau.md",
                                                  front(drop="reviewed").replace("title:", "Ngay ra soat: 2026-01-01\ntitle:"),
                                                  {"S101"}, "có phải 'reviewed'?"),
    # "'gợi ý' không thuộc: ghi-nhan, goi-y." offered nothing, where a vocabulary value is offered its key.
    "a fixed value typed as its words": ("mo-hinh/goi-y.yml", meeting("").replace("basis: goi-y", "basis: gợi ý"), {"S107", "T101"},
                                         "'gợi ý' không thuộc: ghi-nhan, goi-y. Có phải 'goi-y'?"),
    # A contradiction with the registry said what was wrong, not what to write.
    "a cited year the registry contradicts": ("huong-dan/sai-nam.md", prose("Theo Chỉ thị 10-CT/TW năm 2008 của Ban Bí thư. "),
                                              {"C102"}, "năm 2008 khác năm ban hành 2007 trong sổ; sửa thành năm 2007, hoặc, nếu định trích một văn bản khác"),
    "a cited date the registry contradicts": ("huong-dan/sai-ngay.md", prose("Theo Chỉ thị 10-CT/TW ngày 30/3/2008 của Ban Bí thư. "),
                                              {"C102"}, "sửa thành ngày 30/3/2007, hoặc, nếu định trích một văn bản khác"),
    "a cited issuer the registry contradicts": ("huong-dan/sai-co-quan.md", prose("Theo Chỉ thị 10-CT/TW của Bộ Chính trị. "),
                                                {"C103"}, "sửa thành ‘Ban Bí thư’, hoặc, nếu định trích một văn bản khác cùng số hiệu"),
    "a cited term the registry contradicts": ("huong-dan/sai-khoa.md", prose("Theo Chỉ thị 10-CT/TW (khóa XI). "),
                                              {"C104"}, "khóa XI khác khóa X trong sổ; sửa thành khóa X, hoặc"),
    # "S107 60 nằm ngoài khoảng 90–240." named no field and no unit; the minimum is Hướng dẫn 42's.
    "a topic's duration under the minimum": (TOPIC, topic(head_change=lambda h: h.replace("duration: 90", "duration: 60")), {"S107"},
                                             "Trường 'duration' (Thời lượng dự kiến) phải từ 90 đến 240 phút, ở đây ghi 60 "
                                             "(theo Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025, mỗi buổi sinh hoạt chi bộ kéo dài ít nhất 90 phút)."),
    # No directive sets the maximum: no reason is given for it.
    "a topic's duration over the maximum": (TOPIC, topic(head_change=lambda h: h.replace("duration: 90", "duration: 300")), {"S107"},
                                            "Trường 'duration' (Thời lượng dự kiến) phải từ 90 đến 240 phút, ở đây ghi 300.\n"),
    "an agenda step's minutes out of range": ("mo-hinh/phut-dai.yml", meeting("").replace("minutes: 5\n", "minutes: 300\n"), {"S107", "T101"},
                                              "Trường 'minutes' (Thời gian dự kiến) phải từ 1 đến 240 phút, ở đây ghi 300."),
    "a Markdown agenda's minutes out of range": ("chuong-trinh/phut-dai.md", AGENDA_MD.replace("| 70 phút |", "| 300 phút |"), {"S107"},
                                                 "Cột 'Thời gian' phải từ 1 đến 240 phút, ở đây ghi 300."),
    "a cell's year out of range": ("mo-hinh/nam.yml", meeting("").replace("  parent: Đảng ủy ...\n", "  parent: Đảng ủy ...\n  year: 19\n"),
                                   {"S107", "T101"}, "Trường 'year' (Năm của số liệu) phải từ 1930 đến 2100, ở đây ghi 19."),
    # Lengths and counts name their field too ("Dài 450 ký tự, tối đa 400." named none).
    "a summary too long": ("huong-dan/tom-tat-dai.md", front().replace("summary: Trang dùng để thử một lỗi.", "summary: " + "Rất dài. " * 50),
                           {"S107"}, "Trường 'summary' (Tóm tắt một hai câu) dài 449 ký tự, tối đa 400; hãy viết gọn lại."),
    "a tag too long": ("huong-dan/the-dai.md", front("tags: [" + "a" * 70 + "]\n"), {"S107"},
                       "Trường 'tags' (Từ khóa tự do): mục này dài 70 ký tự, tối đa 60"),
    "a guidance page too short": ("huong-dan/ngan.md", front(body="Ngắn."), {"S107"},
                                  "Nội dung trang phải dài ít nhất 200 ký tự, ở đây có 5: hãy viết thêm."),
    # Dates and addresses as editors copy them: the form the field takes is offered.
    "a date written in words": ("nguon/ngay-chu.yml", "title: Bài viết\nkind: bai-viet\ndate: ngày 15 tháng 5 năm 2025\n", {"S104"},
                                "'ngày 15 tháng 5 năm 2025' không phải ngày dạng YYYY-MM-DD: viết 2025-05-15."),
    "an address without https://": ("nguon/dia-chi.yml", "title: Bài viết\nkind: bai-viet\nurl: baohatinh.vn/tin-tuc/bai-1.html\n",
                                    {"S107"}, "viết https://baohatinh.vn/tin-tuc/bai-1.html"),
    # "Không thấy dòng --- đóng phần đầu" did not say where the line goes.
    "a front matter not closed": ("huong-dan/khong-dong.md", "---\ntitle: Trang\naudience:\n  - bi-thu\n\nNội dung.\n", {"Y002"},
                                  "thêm một dòng --- ngay sau dòng 4 ('- bi-thu'), dòng cuối của phần đầu."),
    # A long point wrapped onto a line of its own was told "mỗi ý là một dòng bắt đầu bằng '- '", as if a dash were missing.
    "a topic point wrapped onto the next line": (TOPIC, topic(lambda b: b.replace("- Ý hai.", "- Ý hai, viết dài\nnên xuống dòng.")),
                                                 {"B103"}, "nếu nó là phần tiếp của ý ở dòng trên, nối nó vào cuối dòng trên"),
    # A field moved one space in under a field at the left edge (a new editor's): told the field above
    # it may have lost its indent.
    "a field indented by a space": ("nguon/lech.yml", "title: Bài\n kind: tin-bao\npublication: Báo\n", {"Y001"},
                                    "nếu đây là một trường như dòng 1, xóa 1 dấu cách ở đầu dòng này."),
    # "## Nguồn" in an outline: the list of sections did not say where sources go.
    "an outline's own sources section": (TOPIC, topic(lambda b: b + "\n## Tài liệu tham khảo\n\n- Bài báo.\n"),
                                         {"B102"}, "Nguồn ghi mã vào `sources:` ở phần đầu, văn bản vào `references:`"),
    # Told to add "- " at the start, a new editor wrote "- -Ý hai.".
    "a topic point's dash glued to its word": (TOPIC, topic(lambda b: b.replace("- Ý hai.", "-Ý hai.")),
                                               {"B103"}, "thêm một dấu cách sau dấu gạch (‘- Ý hai.…’)"),
    # Found walking through CONTRIBUTING.md's section on forms. A missing block was told "thêm một dòng
    # `signers: ...`", and that line, written as told, "Cần các dòng `tên: giá trị`, gặp chuỗi.": neither
    # said what goes under the block.
    "a form's signers left out": ("mau/thieu-ky.yml", FORM.replace("signers:\n  right: NGƯỜI ĐĂNG KÝ\n", ""), {"S102"},
                                  "thêm một dòng `signers:`, rồi ngay dưới nó thụt vào hai dấu cách, dòng `right: ...`"),
    "a form's signers on one line": ("mau/ky-mot-dong.yml", FORM.replace("signers:\n  right:", "signers:"), {"S103"},
                                     "viết `signers:` một mình trên dòng, rồi dưới nó thụt vào hai dấu cách, dòng `right: ...`"),
    "a form's section written as its heading only": ("mau/phan.yml", FORM.replace("  - heading:", "  - Phần một\n  - heading:"),
                                                     {"S103", "R105"}, "viết mục thành `- heading: ...`, các trường khác của mục thẳng hàng với heading"),
    # "Thụt lề không khớp": the indentation was right, the line needed quotes.
    "a form line with a colon and a blank, unquoted": ("mau/hai-cham.yml", FORM.replace('"Họ và tên: [họ tên]"',
                                                       "Họ và tên: [họ tên]; chức vụ: [...]"), {"Y001"},
                                                       'đặt cả giá trị trong ngoặc kép "...", viết - "Họ và tên: [họ tên]; chức vụ: [...]".'),
    "a value opening with a blank, unquoted": ("nguon/ngoac-vuong.yml", "title: [Bài viết] hay\nkind: bai-viet\n", {"Y001"},
                                               'YAML đọc \'[Bài viết]\' thành một danh sách, và phần chữ sau nó bị thừa: đặt cả giá trị '
                                               'trong ngoặc kép "...", viết title: "[Bài viết] hay".'),
    # "Cần chuỗi một dòng, gặp danh sách." for a line that is a blank alone.
    "a form line that is a blank alone, unquoted": ("mau/cho-dien.yml", FORM.replace('"Việc đăng ký: [...]"', "[việc đăng ký]"),
                                                    {"S103", "R105"}, "nếu đó là chữ (như chỗ để điền [họ tên]), đặt cả giá trị"),
    # A sub-line indented under its line: the form's own way of writing one was not offered.
    "a form's sub-line indented under its line": ("mau/dong-con.yml", FORM.replace('      - "Việc đăng ký: [...]"',
                                                  '        - "Việc đăng ký: [...]"'), {"Y001"},
                                                  "Trong mẫu, dòng con viết thẳng hàng với các dòng khác, có '- ' ở đầu bên trong "
                                                  'ngoặc kép: - "- Việc đăng ký: [...]".'),
    # Its "- " already inside the quotes: the example was '- "- - Việc đăng ký: [...]"'.
    "a form's quoted sub-line indented under its line": ("mau/dong-con-ngoac.yml", FORM.replace('      - "Việc đăng ký: [...]"',
                                                         '        - "- Việc đăng ký: [...]"'), {"Y001"},
                                                         'ngoặc kép: - "- Việc đăng ký: [...]".'),
    "a form's sub-line indented, unquoted": ("mau/dong-con-tron.yml", FORM.replace('      - "Việc đăng ký: [...]"',
                                             "      - Việc đăng ký\n        - Việc một"), {"Y001", "R105"}, '- "- Việc một".'),
    # "12-NQ/CB" was told as a malformed symbol and again as a document missing from the registry (C101).
    "a form's number written with a number": ("mau/so.yml", FORM + "number: 12-NQ/CB\n", {"S107", "R105"},
                                              "không kèm số (mẫu tự thêm chỗ điền số), ví dụ NQ/CB"),
    # Two stars on a line are emphasis to Python-Markdown: the figures showed "32 ha", "54 con"; bold and a
    # star shown as typed are no problem.
    "a star between figures": ("huong-dan/sao.md", prose("Diện tích lúa: 3*2 ha; chăn nuôi 5*4 con.\n\nMột dấu 6*7 lẻ, "
                                                         "chữ *nghiêng* và **ngày 09/6/2025** in đậm.\n\n"),
                               {"B115"}, "Trang đọc dấu * trong ‘3*2’"),
    "a note mark in brackets": ("huong-dan/chu-thich.md", prose("Thôn Đông (*) và thôn Tây (*) làm tốt.\n\n"), {"B115"}, "(\\*)"),
    # An address written in the text passed, where the same address as a link was told: the page names what it draws on in its sources.
    "an article's address written in the text": ("huong-dan/dia-chi.md", prose("Xem thêm tại https://xaydungdang.org.vn/a.html.\n\n"),
                                                 {"L103"}, "‘https://xaydungdang.org.vn/a.html’ viết trong bài"),
    "a Word table with a blank line between its rows": ("huong-dan/bang-cach.md", prose("Bảng:\n\nViệc\tNgười làm\tHạn\n\n"
                                                        "Họp chi ủy\tBí thư\tNgày 28\n\nThông báo\tThư ký\tNgày 30\n\n"),
                                                        {"B111"}, "bảng dán từ Word"),
    # Numbered lines Word and PDFs leave, which the page ran into one paragraph, and a PDF's page number, a list item.
    "steps written 'Bước 1:' line under line": ("huong-dan/buoc.md", prose("Các bước:\n\nBước 1: Chi ủy họp.\nBước 2: Thông báo.\n\n"),
                                                 {"B107"}, "viết ‘- Bước 1: …’"),
    "notes written '(1)' line under line": ("huong-dan/ghi-chu.md", prose("Ghi chú:\n(1) Theo bài viết.\n(2) Theo hướng dẫn.\n\n"),
                                            {"B107"}, "viết ‘- (1) …’"),
    "a numbered line without a space after its dot": ("huong-dan/so.md", prose("Các bước:\n\n1.Bí thư họp.\n2.Chi ủy phân công.\n\n"),
                                                      {"B107"}, "Sau ‘1.’ thiếu dấu cách"),
    "a PDF's page number": ("huong-dan/so-trang.md", prose("Đoạn một.\n\n- 2 -\n\nĐoạn hai.\n\n"), {"B107"}, "số trang của bản PDF"),
    # Tables as editors type them, which the page showed as raw "|" lines or with a sentence as a row.
    "a table without its delimiter row": ("huong-dan/bang-ke.md", prose("Bảng:\n\n| Bước | Việc |\n| 1 | Khai mạc |\n\n"),
                                          {"B111"}, "Viết ngay dưới dòng tiêu đề: ‘|---|---|’"),
    "a blank line between a table's rows": ("huong-dan/bang-trong.md", prose("Bảng:\n\n| Bước | Việc |\n|---|---|\n| 1 | Khai mạc |\n\n"
                                                                          "| 2 | Kết luận |\n\n"), {"B111"}, "Xóa dòng trống giữa các hàng"),
    "a sentence right under a table": ("huong-dan/bang-chu.md", prose("Bảng:\n\n| Bước | Việc |\n|---|---|\n| 1 | Khai mạc |\n"
                                                                     "Chi ủy chuẩn bị kỹ.\n\n"), {"B111"}, "để một dòng trống giữa bảng và nó"),
    "a cell Word broke onto a line": ("huong-dan/bang-o.md", prose("Bảng:\n\n| Bước | Việc |\n|---|---|\n| 1 | Khai mạc,\n"
                                                                   "điểm danh |\n\n"), {"B111"}, "nối nó vào ô ấy ở dòng trên"),
    # Told the form of the list to write: "[a, b]" for a list of blocks, "[" and "- -" for lines
    # the editor never typed, sent the editor to a second error.
    "practices written as one line": ("mo-hinh/mot-dong.yml", meeting("").replace(
        "practices:\n  - title: Cách làm thứ nhất\n    text: Mô tả cách làm bằng lời của mình, theo bài viết ghi ở sources.\n"
        "  - title: Cách làm thứ hai\n    text: Mô tả cách làm bằng lời của mình.\n", "practices: Họp chi ủy trước ba ngày.\n"),
        {"S103", "T101"}, "‘  - title: …’/‘    text: …’"),
    "an agenda step's notes written as a list": ("mo-hinh/ghi-chu-ds.yml", meeting("").replace(
        "      record: Số đảng viên có mặt, vắng mặt có lý do, không lý do.\n",
        "      record: Số đảng viên có mặt, vắng mặt có lý do, không lý do.\n      notes:\n        - Chọn tin của tỉnh.\n"
        "        - Chọn tin của huyện.\n", 1), {"S103", "T101"}, "nối các ý thành câu trên cùng một dòng"),
    # Folded ('>'), the lines are one paragraph whatever blank line is added: '|' keeps them.
    "Word's bullets in a practice's folded text": ("mo-hinh/gap.yml", meeting("").replace(
        "    text: Mô tả cách làm bằng lời của mình.\n",
        "    text: >-\n      Chi ủy họp trước ba ngày để:\n\n      - Thống nhất nội dung.\n      - Phân công người chuẩn bị.\n", 1),
        {"B107", "T101"}, "viết ‘|’ thay cho ‘>’"),
    # A field of one line written as a block is told so (S103), not how to lay out a list in it.
    "a step's record written as a block with marks": ("mo-hinh/ghi-khoi.yml", meeting("").replace(
        "      record: Số đảng viên có mặt, vắng mặt có lý do, không lý do.\n",
        "      record: |\n        Ghi:\n        +) số có mặt;\n        +) số vắng.\n", 1), {"S103", "T101"}, "viết trên một dòng"),
    "an empty point in an outline": (TOPIC, topic(lambda b: b.replace("- Một yêu cầu.\n", "- Một yêu cầu.\n- \n- Hai yêu cầu.\n", 1)),
                                     {"B103"}, "Ý trống (dòng chỉ có dấu đầu dòng)"),
    # A practice's text is Markdown too: in a literal block its lines are read as a body's.
    "Word's bullets in a practice's text": ("mo-hinh/cham.yml", meeting("").replace(
        "    text: Mô tả cách làm bằng lời của mình.\n",
        "    text: |\n      Chi ủy họp trước ba ngày để:\n      • Thống nhất nội dung.\n      • Phân công người chuẩn bị.\n", 1),
        {"B107", "T101"}, "Dấu đầu dòng '•' không tạo danh sách"),
    # The markers of State and Party documents, pasted line under line, ran into one paragraph.
    "points marked '+)' line under line": ("huong-dan/cong.md", prose("Nội dung:\n\n+) Đánh giá.\n+) Phổ biến.\n\n"),
                                           {"B107"}, "Dấu đầu dòng '+)' không tạo danh sách"),
    "points lettered 'a/' line under line": ("huong-dan/cheo.md", prose("Trình tự:\n\na/ Khai mạc.\nb/ Thảo luận.\n\n"),
                                             {"B107"}, "viết ‘- a/ …’"),
    "points numbered '1/' and '1.1.'": ("huong-dan/so-cheo.md", prose("Thành phần:\n\n1/ Bí thư.\n2/ Chi ủy viên.\n\n"
                                                                     "Các bước:\n\n1.1. Chuẩn bị.\n1.2. Thông báo.\n\n"),
                                        {"B107"}, "Dấu đầu dòng '1.2.' không tạo danh sách"),
    # Word numbers the first line "1)", the editor types "2." and "3." under it: "1)" opens no list,
    # and the page showed the three lines as one paragraph, told nothing.
    "a list numbered '1)' then '2.'": ("huong-dan/so-tron.md", prose("Chi ủy họp trước để thống nhất nội dung:\n\n"
                                                                   "1) Chọn nội dung trọng tâm.\n2. Phân công người chuẩn bị.\n"
                                                                   "3. Gửi tài liệu trước một ngày.\n\n"),
                                       {"B107"}, "viết ‘1.’ thay cho ‘1)’"),
    "an outline's purpose numbered '1)' then '2.'": (TOPIC, topic(lambda b: b.replace(
        "Đề cương hợp lệ dùng cho kiểm thử.\n", "Đề cương hợp lệ dùng cho kiểm thử:\n\n1) Nắm nội dung.\n2. Liên hệ việc làm.\n", 1)),
        {"B107"}, "viết ‘1.’ thay cho ‘1)’"),
    "a practice's text numbered '1)' then '2.'": ("mo-hinh/so-tron.yml", meeting("").replace(
        "    text: Mô tả cách làm bằng lời của mình.\n",
        "    text: |\n      Chi ủy họp trước ba ngày để:\n\n      1) Thống nhất nội dung.\n      2. Phân công người chuẩn bị.\n", 1),
        {"B107", "T101"}, "viết ‘1.’ thay cho ‘1)’"),
    # An outline's purpose is Markdown paragraphs too: Word's bullets, a tabbed table and a tab-indented
    # line ran into one paragraph or a grey block of code, with no word to the editor.
    "Word's bullets in an outline's purpose": (TOPIC, topic(lambda b: b.replace("## Mục đích\n", "## Mục đích\n\nChi bộ cần:\n\n"
                                                                              "• Một việc;\n• Hai việc.\n\n", 1)),
                                               {"B107"}, "Dấu đầu dòng '•' không tạo danh sách"),
    "a tabbed table in an outline's purpose": (TOPIC, topic(lambda b: b.replace("## Mục đích\n", "## Mục đích\n\nViệc\tNgười làm\tHạn\n"
                                                                                 "Họp\tBí thư\tNgày 28\n\n\tĐoạn thụt vào.\n\n", 1)),
                                                  {"B108", "B111"}, "bảng dán từ Word"),
    # An h3 on the page, a literal "###" in the DOCX and the copied text.
    "a sub-heading in an outline's purpose": (TOPIC, topic(lambda b: b.replace("## Mục đích\n", "## Mục đích\n\n### Mục đích cụ thể\n", 1)),
                                              {"B103"}, "Mục “Mục đích” chỉ gồm đoạn văn, không có tiêu đề con"),
    # A form is shown as written: the link showed its brackets and address, and its copy held "trang-a.md".
    "a link in a form's line": ("mau/lien-ket.yml", FORM.replace('"Việc đăng ký: [...]"', '"Việc đăng ký: [...], xem [A](/huong-dan/trang-a/)"'),
                                {"L101", "R105"}, "Mẫu hiện nguyên chữ như khi in"),
    # A | in a cell's text splits it: "dòng này có 6" did not say so.
    "a pipe inside an agenda cell": ("chuong-trinh/ong-dung.md", AGENDA_MD.replace("| Nội dung chính |", "| Nội dung chính: thu | chi |"),
                                     {"B105"}, "dòng này có 6. Nếu chữ trong một ô có dấu |, thay dấu | bằng dấu phẩy"),
    # Hours where minutes are asked: told in minutes ("2" made a two-minute step after the fix).
    "hours where minutes are asked": (TOPIC, topic(head_change=lambda h: re.sub(r"(?m)^duration: .*$", "duration: 2 giờ", h)),
                                      {"S103"}, "ở đây 120."),
    "an hour and a half where minutes are asked": (TOPIC, topic(head_change=lambda h: re.sub(r"(?m)^duration: .*$", "duration: 1h30", h)),
                                                   {"S103"}, "ở đây 90."),
    # A sub-heading with no points of its own: B102 once, not also a part without points (S108).
    "a sub-heading with no points of its own": (TOPIC, topic(lambda b: b.replace("- Ý hai.\n", "- Ý hai.\n\n#### Tiểu mục\n")),
                                                {"B102"}, "'### Tên phần'"),
    # A link to a section with a space: the section's anchor, joined to the page.
    "a link to a section written with its words": ("huong-dan/trang-b.md", prose("Xem [mục một](/huong-dan/trang-a/#Mục một).\n\n"),
                                                   {"L101"}, "[chữ](/huong-dan/trang-a/#muc-mot)"),
    "a link to a section after a space": ("huong-dan/trang-c.md", prose("Xem [mục một](/huong-dan/trang-a/ #muc-mot).\n\n"),
                                          {"L101"}, "[chữ](/huong-dan/trang-a/#muc-mot)"),
    "a quote's source in brackets": (GUIDE, front().replace("reviewed:", "quotes:\n  - text: Chi bộ là nền móng.\n    source: [nguon-a]\nreviewed:")
                                     , {"S103"}, "bỏ dấu [ ]: viết source: nguon-a."),
    # "hết hiệu lực" was asked "Có phải 'hieu-luc'?": in force, the opposite of what it says.
    "a status saying the opposite": (DOC, doc(lambda d: d.replace("scope: trung-uong", "scope: trung-uong\nstatus: hết hiệu lực")),
                                     {"S107"}, "nói điều ngược với giá trị gần nó nhất"),
    "a registry date ahead of today": (DOC, doc(lambda d: d.replace("date: 2007-03-30", "date: 2032-03-30")),
                                       {"S107"}, "còn ở phía trước; ghi ngày văn bản đã ban hành"),
    # "## Chương trình sinh hoạt": told once and read, not also its table as missing (B101).
    "an agenda section named longer": ("chuong-trinh/dai.md", AGENDA_MD.replace("## Chương trình\n", "## Chương trình sinh hoạt\n"),
                                       {"B102"}, "'## Chương trình'"),
    "minutes written short": ("chuong-trinh/phut.md", AGENDA_MD.replace("| 70 phút |", "| 70p |"), {"B105"}, "viết '70 phút'"),
    "minutes written with a prime": ("chuong-trinh/phut-phay.md", AGENDA_MD.replace("| 70 phút |", "| 70’ |"), {"B105"}, "viết '70 phút'"),
    # "sources: year:" where the fact written is "date:": the one written fact without a source offered.
    "a source line under another fact's name": (DOC, doc(lambda d: d.replace("  date: [nguon-a]", "  year: [nguon-a]")),
                                                {"G104", "G106"}, "Có phải sources.date"),
    "a registry entry's sources as one id": (DOC, re.sub(r"(?ms)^sources:\n(?:  .*\n)+", "sources: nguon-a\n", doc()),
                                             {"S103"}, "viết mỗi tên một dòng"),
    # A source's address pasted with more than the address, or a search engine's redirect.
    "a source's address as Google's redirect": ("nguon/nguon-a.yml", (BASE / "nguon/nguon-a.yml").read_text()
                                                + "url: https://www.google.com/url?sa=t&url=https://baonghean.vn/a.html\n",
                                                {"S107"}, "địa chỉ chuyển tiếp của Google"),
    "a source's address as a link": ("nguon/nguon-a.yml", (BASE / "nguon/nguon-a.yml").read_text()
                                     + 'url: "[Báo Nghệ An](https://baonghean.vn/a.html)"\n', {"S107"}, "ở đây có thể là https://baonghean.vn/a.html"),
    "a source's address in angle brackets": ("nguon/nguon-a.yml", (BASE / "nguon/nguon-a.yml").read_text()
                                             + "url: <https://baonghean.vn/a.html>\n", {"S107", "H101"},  # a tag to the page, too
                                             "ở đây có thể là https://baonghean.vn/a.html"),
    # The successor's code written for its id: offered the id.
    "a replacement named by its code": ("van-ban/09-ct-tw-2006.yml",
                                        "id: 09-CT/TW-2006\ntype: chi-thi\ncode: 09-CT/TW\ndate: 2006-01-01\nscope: trung-uong\n"
                                        "status: da-thay-the\nreplaced_by: 10-CT/TW\nexamples: [Chỉ thị 09-CT/TW ngày 1/1/2006]\n"
                                        "sources: {code: [nguon-a], date: [nguon-a], status: [nguon-a], replaced_by: [nguon-a]}\n",
                                        {"G101"}, "Có phải '10-CT/TW-2007'?"),
    # Written as a page's front matter: YAML's own English ("expected a single document").
    "a .yml file between two --- lines": ("nguon/nguon-a.yml", "---\n" + (BASE / "nguon/nguon-a.yml").read_text() + "---\n",
                                          {"Y001"}, "xóa các dòng --- (dòng 1 và 6)"),
    # "0206" for 2026: YAML reads the date, and the page showed "01/12/206".
    "a review year missing a digit's place": ("huong-dan/nam-sai.md", front().replace("reviewed: 2026-01-01", "reviewed: 0206-12-01"),
                                              {"S104"}, "kiểm tra lại các chữ số của năm"),
    # Passed by the check, then failed by the build on the page citing it (a red team).
    "a source's address with a port out of range": ("nguon/nguon-a.yml", (BASE / "nguon/nguon-a.yml").read_text()
                                                    + "url: https://baonghean.vn:99999/a.html\n", {"S107"}, "số cổng"),
    "a source's address with a bracket left open": ("nguon/nguon-a.yml", (BASE / "nguon/nguon-a.yml").read_text()
                                                    + 'url: "https://[::1/a.html"\n', {"S107"}, "tên trang hoặc số cổng"),
}


@pytest.mark.parametrize("cut, section, line", [("## Yêu cầu\n\n- Một yêu cầu.\n\n", "Yêu cầu", 14),
                                               ("## Mục đích\n\nĐề cương hợp lệ dùng cho kiểm thử.\n\n", "Mục đích", 10)])
def test_a_missing_outline_section_is_told_at_the_line_it_goes_above(tmp_path, cut, section, line):
    """An audit's: "Thiếu mục '## Yêu cầu': thêm mục này ngay trên dòng 14" was told at the file's
    last line, where GitHub's annotation landed too: told at the line it names."""
    text = topic(lambda b: b.replace(cut, ""))
    proc, found = _check_one(tmp_path, TOPIC, text)
    assert [(where, code) for where, code, _ in found] == [(f"content/{TOPIC}:{line}:1:", "B101")], found
    assert found[0][2].startswith(f"Thiếu mục '## {section}': thêm mục này ngay trên dòng {line} ('##"), found
    assert text.splitlines()[line - 1].startswith("## "), text


def test_a_section_heading_in_capitals_with_a_colon_is_the_section(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    rel = "chuyen-de/thu-vien-a/de-cuong-a.md"
    (content / rel).write_text(topic(lambda b: b.replace("## Câu hỏi thảo luận", "## IV. CÂU HỎI THẢO LUẬN:")))
    proc, found = _check(content)
    assert proc.returncode == 0 and found == [], proc.stdout


@pytest.mark.parametrize("rel, data, codes, words", EDITOR_MISTAKES.values(), ids=list(EDITOR_MISTAKES))
def test_an_editors_mistake_is_told_once_and_says_what_to_do(tmp_path, rel, data, codes, words):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / rel).parent.mkdir(parents=True, exist_ok=True)
    (content / rel).write_bytes(data if isinstance(data, bytes) else data.encode())
    proc, found = _check(content)
    assert proc.returncode == 1 and {code for _, code, _ in found} == codes, proc.stdout
    assert all(where.startswith(f"content/{rel}:") for where, _, _ in found), proc.stdout
    assert words in proc.stdout, proc.stdout


def test_a_value_wholly_in_curly_quotes_is_a_warning_at_the_value(tmp_path):
    # Both marks curly: YAML keeps them, and the title, the list entry and the DOCX showed them.
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "huong-dan/ngoac.md").write_text(front().replace("title: Trang thử", "title: “Trang thử”"))
    (content / "huong-dan/ngoac-giua.md").write_text(front().replace("title: Trang thử", "title: Trang “thử” lại"))
    proc, found = _check(content)
    assert proc.returncode == 0 and [(where, code) for where, code, _ in found] == [("content/huong-dan/ngoac.md:2:8:", "S112")], proc.stdout
    assert "Bỏ hai dấu này, trừ khi cả giá trị đúng là một câu trích." in proc.stdout


def test_a_body_heading_is_placed_on_its_line_and_code_is_not_a_heading(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    text = front(body=H1_BODY + "\n#Liền dấu\n")  # Python-Markdown needs no space after the #
    (content / "huong-dan/h1.md").write_text(text)
    proc, found = _check(content)
    lines = [text.splitlines().index(heading) + 1 for heading in ("# Trang thử", "#Liền dấu")]
    assert [where for where, _, _ in found] == [f"content/huong-dan/h1.md:{line}:1:" for line in lines], proc.stdout


def test_text_after_a_hash_is_not_dropped_silently(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "nguon/thang.yml").write_text("title: Chi bộ số 3 #Hà Nội\nkind: bai-viet\n")
    proc, found = _check(content)
    assert [(where, code) for where, code, _ in found] == [("content/nguon/thang.yml:1:19:", "Y008")], proc.stdout
    # An error: the words after " #" would be missing from the page ("Bí thư chi bộ #1" read "Bí thư
    # chi bộ") while the check passed; the file still loads, so its other problems are told too.
    assert "'#Hà Nội'" in proc.stdout and proc.returncode == 1


@pytest.mark.parametrize("broken", ["a source with a bad value", "a page saved as UTF-16"])
def test_one_broken_file_is_one_problem_not_a_flood_in_the_files_that_name_it(tmp_path, broken):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    if broken.startswith("a source"):
        rel = "nguon/nguon-a.yml"
        (content / rel).write_text((content / rel).read_text().replace("kind: ", "kind: bai-bao-", 1))
    else:
        rel = GUIDE
        (content / rel).write_bytes((content / rel).read_text().encode("utf-16"))
    (content / "huong-dan/ke.md").write_text(front(body="Xem [trang A](/huong-dan/trang-a/). " + FILLER,
                                                   extra="related: [huong-dan/trang-a]\n").replace("Trang thử", "Trang kề"))
    proc, found = _check(content)
    assert proc.returncode == 1 and {where.split(":")[0] for where, _, _ in found} == {f"content/{rel}"}, proc.stdout


def _check_one(tmp_path, rel, text):
    """The minimal content with one file added, checked."""
    return _check_files(tmp_path, {rel: text})


def _check_files(tmp_path, files: dict[str, str]):
    """The minimal content with files added or replaced, checked."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    for rel, text in files.items():
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text(text)
    return _check(content)


def test_a_list_under_its_field_that_lost_every_dash_is_told_once(tmp_path):
    """A list's only item, its "- " lost, is told as the list it was meant to be (its facts then
    checked, no second error for the missing list); two items joined into one by a "- " typed
    over are told as two, not as an unknown id."""
    only = front().replace("sources: [nguon-a]\n", "sources:\n    nguon-a\n")
    joined = front().replace("sources: [nguon-a]\n", "sources:\n  - nguon-a\n    nguon-a\n").replace("Trang thử", "Trang hai")
    proc, told = _check_files(tmp_path, {GUIDE: only, "huong-dan/trang-b.md": joined})
    assert proc.returncode == 1 and [(where, code) for where, code, _ in told] == [
        (f"content/{GUIDE}:7:5:", "S103"), ("content/huong-dan/trang-b.md:7:5:", "R101")], proc.stdout
    assert "ở dòng dưới tên trường" in told[0][2] and "thêm '- '" in told[0][2], told[0]
    assert "2 mục ('nguon-a', 'nguon-a') bị đọc liền làm một" in told[1][2], told[1]


def test_a_regular_and_a_thematic_meeting_in_one_session_take_120_minutes(tmp_path):
    """Hướng dẫn 42-HD/BTCTW (as LuatVietnam reports it): 90 minutes a meeting, 120 when the two
    are held one after the other; 100 minutes passes for one and not for the other."""
    def agenda(kind):
        return (f"title: Chương trình thử\nsummary: Chương trình thử một lỗi.\nkind: {kind}\naudience: [bi-thu]\n"
                "sources: [nguon-a]\nreviewed: 2026-01-01\nitems:\n"
                "- {title: Khai mạc, minutes: 5, lead: Bí thư, record: Giờ bắt đầu.}\n"
                "- {title: Thảo luận, minutes: 90, lead: Bí thư, record: Ý kiến.}\n"
                "- {title: Bế mạc, minutes: 5, lead: Bí thư, record: Giờ kết thúc.}\n")
    proc, lines = _check_one(tmp_path / "a", "chuong-trinh/gop.yml", agenda("thuong-ky-chuyen-de"))
    assert proc.returncode == 1 and [ln[1] for ln in lines] == ["S107"], proc.stdout
    assert "cộng lại 100 phút" in lines[0][2] and "ít nhất 120 phút" in lines[0][2]
    proc, lines = _check_one(tmp_path / "b", "chuong-trinh/gop.yml", agenda("thuong-ky"))
    assert proc.returncode == 0 and lines == [], proc.stdout
    # The rule names a vocabulary key: renamed in the vocabulary, the rule would quietly lapse.
    assert COMBINED in load(CONTENT).vocab.meeting_kinds


def test_a_link_shown_as_written_in_code_or_a_comment_reaches_no_page_and_is_not_told(tmp_path):
    """An editor showing how a link is written puts it in code: the page shows it as text, so
    neither a missing page nor another host is an error there; a file: link still is (H103)."""
    body = ("Viết liên kết như `[trang](/huong-dan/khong-co/)` hoặc ``[nguồn](https://example.org/)``.\n\n"
            "```text\n[trang] (/huong-dan/khong-co-nua/)\n```\n\n<!-- [nháp](/huong-dan/chua-viet/) -->\n\n"
            "Còn [trang này](/huong-dan/khong-co/) thì hỏng; `[mở](file:///C:/tai-lieu)` không được viết.\n\n")
    text = prose(body)
    proc, found = _check_one(tmp_path, "huong-dan/lien-ket-trong-ma.md", text)
    line = text.splitlines().index("Còn [trang này](/huong-dan/khong-co/) thì hỏng; `[mở](file:///C:/tai-lieu)` không được viết.") + 1
    assert [(where, code) for where, code, _ in found] == [
        (f"content/huong-dan/lien-ket-trong-ma.md:{line}:17:", "L101"), (f"content/huong-dan/lien-ket-trong-ma.md:{line}:55:", "H103")], proc.stdout


def test_a_footnote_is_told_at_its_mark_and_its_note_but_not_in_code(tmp_path):
    first = "Chi bộ họp mỗi tháng một lần.[^1] Cú pháp `[^1]` là của GitHub, [^2](/huong-dan/trang-a/) là liên kết."
    text = prose(first + "\n\n```\n[^2]: trong khối mã\n```\n\n[^1]: Điều lệ Đảng.\n\n")
    proc, found = _check_one(tmp_path, "huong-dan/chu-thich.md", text)
    lines = text.splitlines()
    mark, note = lines.index(first) + 1, lines.index("[^1]: Điều lệ Đảng.") + 1
    assert [(where, code) for where, code, _ in found] == [
        (f"content/huong-dan/chu-thich.md:{mark}:30:", "B110"), (f"content/huong-dan/chu-thich.md:{note}:1:", "B110")], proc.stdout
    assert proc.returncode == 1 and "trường sources" in found[0][2]
    # A note of one word reads as a link definition to Markdown: told as a footnote, not as a link's address too.
    proc, found = _check_one(tmp_path / "mot-chu", "huong-dan/chu-thich.md", text.replace("Điều lệ Đảng.", "LuatVietnam."))
    assert [code for _, code, _ in found] == ["B110", "B110"], proc.stdout


def test_a_title_typed_without_diacritics_is_a_warning(tmp_path):
    proc, found = _check_one(tmp_path, "huong-dan/khong-dau.md", front().replace("title: Trang thử", "title: Ghi bien ban va luu tru so"))
    assert [(where, code) for where, code, _ in found] == [("content/huong-dan/khong-dau.md:2:8:", "S109")], proc.stdout
    assert proc.returncode == 0 and "chưa có dấu tiếng Việt" in proc.stdout


def test_words_typed_without_marks_in_accented_text_are_a_warning_per_line(tmp_path):
    """A title half typed with the input method off, and a paragraph typed with it off: each line
    is told once, at its first such word, with what the word most likely is in the content."""
    body = ("Chi bộ họp đúng kỳ.\n\nChi bo phai tien hanh sinh hoat chuyen de moi quy mot lan.\n\n"
            "Nhóm chat Zalo, tệp DOCX, địa chỉ example.org/hoat-dong và mã `viet` không bị báo. " + FILLER)
    text = front(body=body).replace("title: Trang thử", "title: Sinh hoat chuyên đề")
    proc, found = _check_one(tmp_path, "huong-dan/thieu-dau.md", text)
    assert proc.returncode == 0, proc.stdout
    body_line = text.splitlines().index("Chi bo phai tien hanh sinh hoat chuyen de moi quy mot lan.") + 1
    assert [(where, code) for where, code, _ in found] == [
        ("content/huong-dan/thieu-dau.md:2:13:", "S111"), (f"content/huong-dan/thieu-dau.md:{body_line}:13:", "S111")], proc.stdout
    title, paragraph = (message for _, _, message in found)
    assert title.startswith("Chữ gõ thiếu dấu tiếng Việt: 'hoat' (có lẽ là hoạt);"), title
    # A guess is only a spelling the content itself uses ("tiến" is in no page here).
    assert paragraph.startswith("Chữ gõ thiếu dấu tiếng Việt: 'tien', 'hoat' (có lẽ là hoạt), "
                                "'chuyen' (có lẽ là chuyên), 'mot' (có lẽ là một);"), paragraph


def test_a_bold_line_alone_in_an_outline_s_purpose_is_told_to_join_its_paragraph(tmp_path):
    """Told as a guide's is, it was asked to be "### Tên mục con", which B103 refuses in a purpose."""
    proc, found = _check_one(tmp_path, TOPIC, topic(lambda b: b.replace("## Mục đích\n", "## Mục đích\n\n**Mục tiêu**\n\n", 1)))
    assert proc.returncode == 0 and [code for _, code, _ in found] == ["B112"], proc.stdout
    assert "mục này chỉ gồm đoạn văn: viết nó liền ở đầu đoạn dưới" in found[0][2] and "###" not in found[0][2]


@pytest.mark.parametrize("body, told", [
    ("Đảng viên đi làm ăn xa dự họp qua Google Meet theo hướng dẫn của cấp ủy.", []),
    ("Chi bộ thôn Kon Chot họp đều hằng tháng.", []),
    ("- Chi bộ họp qua\n  Google Meet khi đảng viên đi xa.", []),
    ("Google Meet giúp đảng viên ở xa dự họp.", []),
    # A capital word after one that opens a sentence, or after a name, small: still told.
    ("Sinh Hoat chuyên đề hằng quý.", ["'Hoat' (có lẽ là hoạt)"]),
    ("Họp xong.\n\n- Sinh Hoat chuyên đề hằng quý.", ["'Hoat' (có lẽ là hoạt)"]),
    ("Chi bộ họp qua Google Meet rồi sinh hoat chuyên đề.", ["'hoat' (có lẽ là hoạt)"]),
    # Two words of one capital run without their marks are no name (the session's own red team).
    ("Chi bộ làm theo Ban Chap Hanh Trung Uong đã dặn.", ["'Chap', 'Uong'"]),
])
def test_a_capital_word_of_a_name_is_not_told_as_typed_without_marks(tmp_path, body, told):
    """"Google Meet" and the place "Kon Chot" were told S111, which no input method can mend: a
    capital word after one that opens a name inside a sentence is the name's own."""
    proc, found = _check_one(tmp_path, "huong-dan/ten-rieng.md", prose(body + "\n\n"))
    messages = [message for _, code, message in found if code == "S111"]
    assert proc.returncode == 0 and len(found) == len(messages) == len(told), proc.stdout
    assert all(message.startswith(f"Chữ gõ thiếu dấu tiếng Việt: {word};") for message, word in zip(messages, told, strict=True)), messages


@pytest.mark.parametrize("word, spelling", [
    ("hoà", "hòa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("tuỳ", "tùy"), ("Hoà", "Hòa"), ("HOÀ", "HÒA"), ("uỷ", "ủy")])
def test_a_tone_placed_as_in_hoa_with_a_grave_on_a_is_a_warning_with_the_handbooks_spelling(tmp_path, word, spelling):
    """Pasted from a province's Word file, "hoà" was published beside the handbook's "hòa"."""
    line_text = f"Chi bộ bàn việc {word} cùng nhau."
    text = prose(line_text + "\n\n")
    proc, found = _check_one(tmp_path, "huong-dan/dau-cu.md", text)
    line = text.splitlines().index(line_text) + 1
    assert proc.returncode == 0 and [(where, code) for where, code, _ in found] == [
        (f"content/huong-dan/dau-cu.md:{line}:17:", "S113")], proc.stdout
    assert found[0][2].startswith(f"Dấu thanh đặt khác Sổ tay: {word!r} (Sổ tay viết {spelling!r}); "), found[0][2]


def test_tones_placed_as_in_hoa_are_told_once_a_line_in_a_title_and_in_the_body(tmp_path):
    body = "Đoàn kết, hoà hợp, giữ sức khoẻ, hoà mình và tuỳ nơi mà làm thuỷ lợi.\n\n"
    text = prose(body).replace("title: Trang thử", "title: Hoà giải ở cơ sở")
    proc, found = _check_one(tmp_path, "huong-dan/dau-cu.md", text)
    line = text.splitlines().index(body.strip()) + 1
    assert proc.returncode == 0 and [(where, code) for where, code, _ in found] == [
        ("content/huong-dan/dau-cu.md:2:8:", "S113"), (f"content/huong-dan/dau-cu.md:{line}:11:", "S113")], proc.stdout
    assert found[0][2].startswith("Dấu thanh đặt khác Sổ tay: 'Hoà' (Sổ tay viết 'Hòa'); ")
    # Each word once, in the order the line has them.
    assert found[1][2].startswith("Dấu thanh đặt khác Sổ tay: 'hoà' (Sổ tay viết 'hòa'), 'khoẻ' (viết 'khỏe'), "
                                  "'tuỳ' (viết 'tùy'), 'thuỷ' (viết 'thủy'); Sổ tay đặt dấu thanh trên o, u"), found[1][2]


def test_tones_both_styles_place_alike_and_addresses_are_not_told(tmp_path):
    """With a final consonant both styles put the tone on the second vowel (hoàn, khoảng, thuyết);
    after q the u is the consonant's (quý, quả, quà); an address or a code keeps what it holds."""
    body = ("Hoàn thành khoảng một nửa, lý thuyết hoặc quyết định; quý này có quả, có quà; hòa, khỏe, thủy, "
            "tùy, ủy ban; giá cả, giữa, gìn giữ. HOÀN THÀNH.\n\n"
            "Xem vi.wikipedia.org/wiki/Thanh_Hoá, example.vn/tin/hoà-giai, example.vn/hoà và mã `hoà`.\n\n"
            # Unikey's own option, quoted as it is written, and a name as its owner writes it.
            "Trong Unikey, bỏ chọn `Đặt dấu oà, uý`. Chị Nguyễn Thị Thuý ở Thanh Hoá dự họp.\n\n")
    # A source is listed as its publisher writes it (the rules that read text skip it, as S111 does).
    source = (BASE / "nguon/nguon-a.yml").read_text().replace("Một bài viết làm nguồn", "Chi bộ xã Hoà Bình, Thanh Hoá")
    proc, found = _check_files(tmp_path, {"huong-dan/dau-moi.md": prose(body), "nguon/nguon-a.yml": source})
    assert proc.returncode == 0 and found == [], proc.stdout


@pytest.mark.parametrize("word, spelling", [
    ("hoà", "hòa"), ("hoá", "hóa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("luỹ", "lũy"), ("tuỳ", "tùy"), ("hoè", "hòe"),
    ("loà", "lòa"), ("oà", "òa"), ("Uỷ", "Ủy"), ("Thuỵ", "Thụy"), ("HOÀ", "HÒA"), ("Hoà", "Hòa"),
    ("hoàn", None), ("khoảng", None), ("thuyết", None), ("hoặc", None), ("quyết", None), ("quý", None), ("quỳ", None),
    ("quả", None), ("quà", None), ("hòa", None), ("thủy", None), ("giá", None), ("hoài", None), ("khuya", None),
    ("thuế", None), ("hoa", None), ("HOÀN", None)])
def test_the_handbooks_tone_placement_of_a_word(word, spelling):
    from sotay.diacritics import handbook_tone_placement

    assert handbook_tone_placement(word) == spelling


def test_a_pictograph_in_a_title_is_a_warning(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "huong-dan/bieu-tuong.md").write_text(front().replace("title: Trang thử", "title: Trang thử 📌 ghi nhớ"))
    proc, found = _check(content)
    assert [(where, code) for where, code, _ in found] == [("content/huong-dan/bieu-tuong.md:2:8:", "S110")], proc.stdout
    assert proc.returncode == 0 and "‘📌’ (U+1F4CC)" in proc.stdout


def test_a_pictograph_in_what_is_downloaded_as_docx_is_a_warning_where_it_stands(tmp_path):
    """"… 😊." in an outline's point (a new editor's): Times New Roman has none, and Word shows a box."""
    proc, found = _check_one(tmp_path, "chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b.replace("- Ý hai.", "- Ý hai 😊.")))
    assert [code for _, code, _ in found] == ["S110"] and proc.returncode == 0, proc.stdout
    assert "Nội dung tải về DOCX có biểu tượng ‘😊’ (U+1F60A)" in proc.stdout


def test_a_registry_id_with_the_wrong_year_is_the_one_thing_to_mend(tmp_path):
    """The id, not the file, nor the pages that cite the file's name: S106 said to rename the file
    after the typo, every citing page was offered the typo ("có phải '…-2024'?") and told to list it."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    entry = content / "van-ban/42-hd-btctw-2025.yml"
    entry.write_text(entry.read_text().replace("id: 42-HD/BTCTW-2025", "id: 42-HD/BTCTW-2024"))
    proc, _ = _check(content)
    lines = proc.stdout.splitlines()
    mine = [line.split(": ", 1)[1] for line in lines if line.startswith("content/van-ban/42-hd-btctw-2025.yml:")]
    assert [m.split()[0] for m in mine] == ["G105", "S106"] and "sửa mã, rồi đặt tên tệp theo mã đã sửa" in mine[1], mine
    others = [line for line in lines[:-1] if not line.startswith("content/van-ban/42-hd-btctw-2025.yml:")]
    assert others and all(" R102 " in line and "42-hd-btctw-2025.yml có mã ghi sai năm ban hành" in line for line in others), others


def test_a_local_registry_id_without_its_province_is_the_one_thing_to_mend(tmp_path):
    """An editor left the province off a local document's id: G108 asked for it on the id, and S106
    to rename the file after the id without it, the opposite fix."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    entry = content / "van-ban/13-hd-btctu-2018-tra-vinh.yml"
    entry.write_text(entry.read_text().replace("id: 13-HD/BTCTU-2018-tra-vinh", "id: 13-HD/BTCTU-2018"))
    proc, _ = _check(content)
    mine = [line.split(": ", 1)[1] for line in proc.stdout.splitlines() if line.startswith("content/van-ban/13-hd-btctu-2018-tra-vinh.yml:")]
    assert sorted(m.split()[0] for m in mine) == ["G108", "S106"], mine
    told = next(m for m in mine if m.startswith("S106"))
    assert "thiếu tên tỉnh -tra-vinh (G108): sửa mã, rồi đặt tên tệp theo mã đã sửa" in told and "13-hd-btctu-2018.yml" not in told, told


def test_a_registry_id_typed_with_words_dash_names_the_dash(tmp_path):
    """"42–HD/BTCTW-2025" was offered '42-HD/BTCTW-2025', which looks the same on screen."""
    text = front(extra="references: [42–HD/BTCTW-2025]\n")
    proc, found = _check_one(tmp_path, "huong-dan/gach-noi.md", text)
    assert [code for _, code, _ in found] == ["R102"] and "(U+2013) do Word tự đổi" in proc.stdout, proc.stdout


def test_a_wrong_id_is_offered_only_what_it_may_mean(tmp_path):
    """A bare code names every registry entry of that code; a far miss is offered nothing (it was
    offered another directive); a source id without its year is offered the one with it. A
    replaced document's successor is named as a text cites it, not by its registry id."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    page = content / "huong-dan/ghi-bien-ban.md"
    text = page.read_text()
    text = re.sub(r"^references: \[", "references: [50-CT/TW, 12-CT/TW-2030, ", text, count=1, flags=re.M)
    text = re.sub(r"^sources: \[", "sources: [bv-go-cong, ", text, count=1, flags=re.M)
    page.write_text(text + "\nTheo Chỉ thị 03-CT/TW về học tập và làm theo Bác.\n")
    proc, _ = _check(content)
    said = {line.split(": ", 1)[1] for line in proc.stdout.splitlines()}
    assert proc.returncode == 1 and len(said) == 4, proc.stdout
    assert ("R102 Không có văn bản '50-CT/TW' trong sổ văn bản (các mã có số hiệu này: 50-CT/TW-1999, 50-CT/TW-2015, "
            "50-CT/TW-2025; hãy ghi đủ mã, kèm năm).") in said, said
    assert ("R102 Không có văn bản '12-CT/TW-2030' trong sổ văn bản: ghi mã (trường id) của một văn bản trong content/van-ban, "
            "ví dụ 50-CT/TW-2025; văn bản chưa có thì thêm vào sổ văn bản.") in said, said
    assert "R101 Không có nguồn 'bv-go-cong' trong content/nguon (có phải 'bv-go-cong-2023'?)." in said, said
    assert ("C105 03-CT/TW đã được thay thế bởi 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; "
            "hãy nêu văn bản thay thế trong cùng đoạn.") in said, said


@pytest.mark.parametrize("typed", ["10-ct-tw-2007", "10-ct/tw-2007", "Chỉ thị 10-CT/TW-2007"])
def test_a_document_id_typed_as_its_file_name_or_with_its_kind_is_offered_the_id(tmp_path, typed):
    # The guide names a document's file after its id in lower case: an editor copies the file name.
    text = front().replace("sources: [nguon-a]\n", f"sources: [nguon-a]\nreferences: [{typed}]\n")
    proc, found = _check_one(tmp_path, "huong-dan/ma.md", text)
    assert [code for _, code, _ in found] == ["R102"], proc.stdout
    assert "(có phải '10-CT/TW-2007'?" in proc.stdout, proc.stdout


def test_a_document_not_in_the_registry_is_offered_no_document_of_another_number(tmp_path):
    # At a typo's distance, "213-QĐ/TW-2020" (a regulation no entry holds) was offered "232-QĐ/TW-2025",
    # another regulation; a year mistyped is still offered the entry of the same number.
    text = front().replace("sources: [nguon-a]\n", "sources: [nguon-a]\nreferences: [11-CT/TW-2007, 10-CT/TW-2070]\n")
    proc, found = _check_one(tmp_path, "huong-dan/ma.md", text)
    assert [code for _, code, _ in found] == ["R102", "R102"], proc.stdout
    assert "'11-CT/TW-2007' trong sổ văn bản: ghi mã (trường id) của một văn bản" in proc.stdout, proc.stdout
    assert "'10-CT/TW-2070' trong sổ văn bản (có phải '10-CT/TW-2007'?" in proc.stdout, proc.stdout


def test_a_citation_typed_where_a_document_id_goes_is_offered_the_id_it_names(tmp_path):
    # "HD 42/BTCTW" where the id goes was offered only the generic example "50-CT/TW-2025".
    text = front().replace("sources: [nguon-a]\n", "sources: [nguon-a]\nreferences: [CT 10/TW năm 2007]\n")
    proc, found = _check_one(tmp_path, "huong-dan/ma.md", text)
    assert [code for _, code, _ in found] == ["R102"], proc.stdout
    assert "(có phải '10-CT/TW-2007'?" in proc.stdout, proc.stdout


def test_every_line_pasted_in_decomposed_unicode_is_told(tmp_path):
    """A paragraph pasted from a PDF is many lines: each is named, not only the file's first."""
    import unicodedata

    lines = ["Chi bộ họp đúng kỳ.", "Đảng viên phát biểu.", "Biên bản ghi đủ."]
    body = "\n\n".join(unicodedata.normalize("NFD", line) for line in lines) + "\n\n" + FILLER
    proc, found = _check_one(tmp_path, "huong-dan/nfd.md", front(body=body))
    assert proc.returncode == 1 and [code for _, code, _ in found] == ["E002"] * 3, proc.stdout
    first = front().split("\n---\n")[0].count("\n") + 4  # the body's first line, after "---" and a blank line
    # At each line's first decomposed letter: "bộ", "Đảng" (Đ has no decomposed form), "Biên".
    assert [where for where, _, _ in found] == [f"content/huong-dan/nfd.md:{first + 2 * i}:{col}:" for i, col in enumerate((6, 2, 3))], found


def test_a_whole_file_pasted_in_decomposed_unicode_is_told_in_eleven_lines(tmp_path):
    """Ten lines show where, one more tells the rest: a file pasted whole gave a message a line."""
    import unicodedata

    from sotay.source import NFC_LINES_TOLD

    body = "\n\n".join(unicodedata.normalize("NFD", f"Đoạn {i}: chi bộ họp đúng kỳ.") for i in range(30)) + "\n\n" + FILLER
    proc, found = _check_one(tmp_path, "huong-dan/nfd.md", front(body=body))
    assert proc.returncode == 1 and [code for _, code, _ in found] == ["E002"] * (NFC_LINES_TOLD + 1), proc.stdout
    assert found[-1][2].startswith(f"Còn {30 - NFC_LINES_TOLD} dòng nữa"), found[-1]


def test_an_empty_required_field_is_told_on_its_own_line(tmp_path):
    proc, found = _check_one(tmp_path, "huong-dan/trong.md", front().replace("summary: Trang dùng để thử một lỗi.", "summary:"))
    assert [(where, code) for where, code, _ in found] == [("content/huong-dan/trong.md:3:1:", "S102")], proc.stdout
    assert "để trống" in proc.stdout


def _line_of(text: str, line: str) -> int:
    return text.splitlines().index(line) + 1


def test_a_body_list_too_short_is_told_at_its_heading(tmp_path):
    # It was told on the line after the heading (a blank one), and a section's points by their field name.
    text = topic(lambda b: b.replace("3. Câu ba?\n", "").replace("- Ý hai.\n", ""))
    proc, found = _check_one(tmp_path, TOPIC, text)
    assert [(where, code) for where, code, _ in found] == [
        (f"content/{TOPIC}:{_line_of(text, '### Phần hai')}:1:", "S108"),
        (f"content/{TOPIC}:{_line_of(text, '## Câu hỏi thảo luận')}:1:", "S108")], proc.stdout
    assert "'points'" not in proc.stdout and "Phần '###' này" in proc.stdout


def test_a_rejected_line_or_row_is_not_told_again_as_a_list_too_short(tmp_path):
    # An outline point written without its "- " and an agenda row with a wrong column were told, then
    # their list was told again as too short ("cần ít nhất 3 mục, có 1") though the editor wrote enough.
    text = topic(lambda b: b.replace("- Ý hai.", "Ý hai."))
    proc, found = _check_one(tmp_path, TOPIC, text)
    assert [(where, code) for where, code, _ in found] == [(f"content/{TOPIC}:{_line_of(text, 'Ý hai.')}:1:", "B103")], proc.stdout
    agenda = AGENDA_MD.replace("| 2 | Nội dung chính | 70 phút |", "| 2 | Nội dung chính | 1 giờ |")
    proc, found = _check_one(tmp_path / "b", "chuong-trinh/thu.md", agenda)
    line = _line_of(agenda, "| 2 | Nội dung chính | 1 giờ | Người được phân công | Ý kiến phát biểu. |")
    assert [(where, code) for where, code, _ in found] == [(f"content/chuong-trinh/thu.md:{line}:1:", "B105")], proc.stdout
    assert "viết '60 phút'" in proc.stdout


@pytest.mark.parametrize("row", ["|  | **Tổng cộng** | **90 phút** |  |  |",
                                 # Numbered as the next step, as B105 once asked of it: passed, and the page
                                 # published a step "Tổng cộng" and twice the meeting's length.
                                 "| 4 | Tổng cộng | 90 phút | Bí thư chi bộ | Tổng thời gian. |",
                                 "| **Cộng** | | 90 phút | | |", "| | Tổng thời gian dự kiến: 90 phút |"])
def test_a_total_row_under_an_agendas_steps_is_told_to_be_deleted(tmp_path, row):
    agenda = AGENDA_MD + row + "\n"
    proc, found = _check_one(tmp_path, "chuong-trinh/tong.md", agenda)
    assert [(where, code) for where, code, _ in found] == [(f"content/chuong-trinh/tong.md:{_line_of(agenda, row)}:1:", "B105")], proc.stdout
    assert "Dòng tổng cộng không phải một bước của chương trình: xóa dòng này" in found[0][2], proc.stdout


def test_a_total_row_between_steps_leaves_the_next_steps_number_as_it_is(tmp_path):
    row = "|  | Tổng | 75 phút |  |  |"
    agenda = AGENDA_MD.replace("| 3 |", row + "\n| 3 |", 1)
    proc, found = _check_one(tmp_path, "chuong-trinh/tong.md", agenda)
    assert [(where, code) for where, code, _ in found] == [(f"content/chuong-trinh/tong.md:{_line_of(agenda, row)}:1:", "B105")], proc.stdout


def test_a_link_to_a_documents_page_is_not_a_miswritten_code(tmp_path):
    # "[trang của chỉ thị](/van-ban/10-ct-tw-2007/)" was C106 "viết đúng: 10-CT/TW": following it broke the link.
    body = ("Xem [trang của chỉ thị](/van-ban/10-ct-tw-2007/) và <https://example.org/10-ct-tw-2007>; "
            "[Chỉ thị số 10-CT/TW ngày 31/3/2007 của Ban Bí thư](/van-ban/10-ct-tw-2007/) vẫn là trích dẫn, và được kiểm tra. ")
    proc, found = _check_one(tmp_path, "huong-dan/lien-ket-van-ban.md", prose(body))
    assert [code for _, code, _ in found] == ["L103", "C102"], proc.stdout


def test_a_duplicate_title_is_told_in_the_new_file_too(tmp_path):
    # It was told only in whichever file sorted second: here the page the editor never touched.
    proc, found = _check_one(tmp_path, "huong-dan/a-trang-moi.md", front().replace("Trang thử", "Trang hướng dẫn mẫu."))
    assert sorted((where.split(":")[0], code) for where, code, _ in found) == [
        ("content/huong-dan/a-trang-moi.md", "D101"), ("content/huong-dan/trang-a.md", "D101")], proc.stdout
    assert "trùng với content/huong-dan/trang-a.md" in proc.stdout


def test_a_duplicate_registry_id_is_told_in_each_file_with_what_to_do(tmp_path):
    # It was told only in whichever file sorted second (here the original), with no word of a fix.
    proc, found = _check_one(tmp_path, "van-ban/10-ct-tw-2007-ban-sao.yml", doc())
    assert sorted((where, code) for where, code, _ in found) == [
        ("content/van-ban/10-ct-tw-2007-ban-sao.yml:1:5:", "D101"), ("content/van-ban/10-ct-tw-2007-ban-sao.yml:1:5:", "S106"),
        ("content/van-ban/10-ct-tw-2007.yml:1:5:", "D101")], proc.stdout
    told = [line for line in proc.stdout.splitlines() if " D101 " in line]
    assert "trùng với content/van-ban/10-ct-tw-2007.yml." in told[0] and "trùng với content/van-ban/10-ct-tw-2007-ban-sao.yml." in told[1]
    assert all("nếu là bản sao, xóa một tệp" in line for line in told), told


@pytest.mark.parametrize("rel, text, where, words", [
    ("chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b.replace("- Ý hai.", "- Ý <script>alert(1)</script> hai.")),
     "chuyen-de/thu-vien-a/de-cuong-a.md:26:5:", "<script> không được dùng trong đề cương chuyên đề"),
    ("chuyen-de/thu-vien-a/de-cuong-a.md", topic(lambda b: b.replace("- Ý hai.", "- Ý hai<br>và ba.")),
     "chuyen-de/thu-vien-a/de-cuong-a.md:26:8:", "<br> không được dùng trong đề cương chuyên đề"),
    ("chuong-trinh/bang.md", AGENDA_MD.replace("| Nội dung chính |", "| Nội dung <b>chính</b> |"),
     "chuong-trinh/bang.md:16:16:", "<b> không được dùng trong chương trình mẫu"),
])
def test_a_tag_in_an_outlines_or_agendas_body_is_told_once_as_what_the_editor_wrote(tmp_path, rel, text, where, words):
    # The body was scanned whole as Markdown and its points as fields: a <script> in a point was told
    # twice at one place, once as "not in the allowed list", once "in this field" (the editor wrote no field).
    proc, found = _check_one(tmp_path, rel, text)
    assert proc.returncode == 1 and [(w, code) for w, code, _ in found] == [(f"content/{where}", "H101")], proc.stdout
    assert words in proc.stdout and "trường này" not in proc.stdout, proc.stdout


@pytest.mark.parametrize("block", ["```mẫu\nthu\n```", "``` mau\nthu\n```", "```Mau\nthu\n```", "~~~mau\nthu\n~~~",
                                   "1. Một bước.\n\n   ```mau\n   thu\n   ```", "```mau\n\nthu\n\n```",
                                   # The name on the fence's line, a title for an info string, in a quotation,
                                   # in a raw block the page shows as written (the form's bar shown as text).
                                   "```mau thu\n```", "```Mẫu biên bản\nthu\n```", "> ```mau\n> thu\n> ```",
                                   "<details>\n\n```mau\nthu\n```\n\n</details>"])
def test_a_form_block_written_wrongly_is_told_on_the_page(tmp_path, block):
    # The page showed the block as code (the form's name, no form) and the check said only that the
    # form was shown on no page (R105), in the form's file, not where the block was.
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "mau").mkdir()
    (content / "mau/thu.yml").write_text(FORM)
    text = prose(f"Khung gợi ý của Sổ tay:\n\n{block}\n\n")
    (content / "huong-dan/co-mau.md").write_text(text)
    proc, found = _check(content)
    fence = next(n for n, line in enumerate(text.splitlines(), 1) if re.search(r"(```|~~~) ?[mM]", line))
    assert proc.returncode == 1 and [(where, code) for where, code, _ in found] == [
        (f"content/huong-dan/co-mau.md:{fence}:1:", "R104")], proc.stdout
    assert "khối mẫu là ba dòng sát nhau, không thụt lề: ```mau (chữ thường, không dấu" in proc.stdout, proc.stdout
    assert "(thu)" in proc.stdout, proc.stdout


def test_a_form_named_with_its_file_extension_is_told_once_with_its_name(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "mau").mkdir()
    (content / "mau/thu.yml").write_text(FORM)
    (content / "huong-dan/co-mau.md").write_text(prose("Khung gợi ý:\n\n```mau\nthu.yml\n```\n\n"))
    proc, found = _check(content)
    assert [code for _, code, _ in found] == ["R104"], proc.stdout  # not R105 again in the form's file
    assert "Không có mẫu 'thu.yml' trong content/mau (viết thu, không có đường dẫn hay đuôi .yml)." in proc.stdout
    (content / "huong-dan/co-mau.md").write_text(prose("Khung gợi ý:\n\n```mau\nthu\n```\n\n"))
    proc, found = _check(content)
    assert proc.returncode == 0 and found == [], proc.stdout


@pytest.mark.parametrize("typed, col, shown", [
    ("Ch\u00ad\u00acng tr\u00d7nh sinh ho\u00b9t chi b\u00e9", 10, "Ch¬ng"),  # TCVN3 (ABC): "Chương trình sinh hoạt chi bộ"
    ("Sinh hoa\u00eft chi bo\u00e4", 16, "hoaït"),  # VNI Windows: "Sinh hoạt chi bộ"
])
def test_text_pasted_from_an_old_vietnamese_encoding_is_an_error_with_the_way_to_convert_it(tmp_path, typed, col, shown):
    """TCVN3 or VNI text pasted as Unicode is valid UTF-8 in NFC: it passed every check and was
    published garbled, in the title, the menu and the downloads. It is told once per line, at its
    first odd character, with Unikey's converter; 30°C and Vietnamese capitals are not it ("Ðảng",
    an Eth for Đ, is E012)."""
    text = front().replace("title: Trang thử", f"title: {typed}").replace(
        "summary: Trang dùng", "summary: Ở 30°C, 50 m² mỗi phòng, khẩu hiệu «Dân là gốc», nghị quyết¹, Đảng ủy ÀÉÔ dùng")
    proc, found = _check_one(tmp_path, "huong-dan/ma-cu.md", text)
    assert proc.returncode == 1 and [(where, code) for where, code, _ in found] == [(f"content/huong-dan/ma-cu.md:2:{col}:", "E009")], proc.stdout
    assert f"'{shown}'" in proc.stdout and "TCVN3" in proc.stdout and "Ctrl+Shift+F6" in proc.stdout


def test_invisible_characters_are_named_where_they_are_and_a_pasted_nbsp_reads_as_a_space(tmp_path):
    """A zero-width space glues two words for search and shows as nothing; a non-breaking space
    after "key:" made YAML read one key "kind: thuong-ky" and report a missing colon, with the cause
    unseen. Each is named at its column, and the NBSP is read as the space it stands for, so the
    file's other checks run as on the file the editor sees."""
    text = front(body="Chi bộ sinh\u200bhoạt đúng kỳ. Chi\u00adbộ. " + FILLER).replace("audience: [bi-thu]", "audience:\u00a0[bi-thu]")
    text = text.replace("sources: [nguon-a]", "sources:\n-\u00a0nguon-a")
    proc, found = _check_one(tmp_path, "huong-dan/vo-hinh.md", text)
    lines = text.splitlines()
    body_line = lines.index(next(line for line in lines if "\u200b" in line)) + 1
    source_line = lines.index("-\u00a0nguon-a") + 1
    # Each where it is, two on a line too (the soft hyphen is a web page's, not TCVN3's: no E009);
    # the NBSP after a list's dash too, which Word pastes.
    soft = lines[body_line - 1].index("\u00ad") + 1
    assert [(where, code) for where, code, _ in found] == [
        ("content/huong-dan/vo-hinh.md:4:10:", "E010"), (f"content/huong-dan/vo-hinh.md:{source_line}:2:", "E010"),
        (f"content/huong-dan/vo-hinh.md:{body_line}:12:", "E010"), (f"content/huong-dan/vo-hinh.md:{body_line}:{soft}:", "E010")], proc.stdout
    assert "dấu cách không ngắt" in proc.stdout and "dấu cách rộng 0" in proc.stdout and proc.returncode == 1


def test_a_nbsp_in_yaml_indentation_is_told_to_be_replaced_by_a_space_not_deleted(tmp_path):
    """An audit's: "\u00a0 parent:" was told "xóa ký tự này", and deleted it left a one-space
    indent YAML refused (Y001) in the next run. In a line's indent, the advice keeps the column;
    so where it stands for a space a line needs (after a list's dash, an item's number, a key's
    colon: deleted, "-title:" and "kind:tin-bao" were Y001, "1.Câu" B103). Inside a word, where
    nothing is missing once it goes, deleting it is still the advice."""
    page = meeting("").replace("\n  parent: Đảng ủy ...", "\n\u00a0 parent: Đảng ủy ...")
    proc, found = _check_one(tmp_path, "mo-hinh/thut-nbsp.yml", page)
    found = [f for f in found if f[1] != "T101"]  # the template's own words are kept: a warning
    line = page.splitlines().index("\u00a0 parent: Đảng ủy ...") + 1
    assert [(where, code) for where, code, _ in found] == [(f"content/mo-hinh/thut-nbsp.yml:{line}:1:", "E010")], found
    assert "thay ký tự này bằng một dấu cách thường" in found[0][2] and "xóa ký tự này" not in found[0][2], found
    # The advice followed: the file reads, no Y001.
    proc, found = _check_one(tmp_path / "sua", "mo-hinh/thut-nbsp.yml", page.replace("\u00a0", " "))
    assert [code for _, code, _ in found if code != "T101"] == [], found
    dash = meeting("").replace("\n  - Bài học", "\n  -\u00a0Bài học")
    cases = [("gach", "mo-hinh/thut-nbsp.yml", dash, "dấu '-' đầu mục"),
             ("so", TOPIC, topic(lambda b: b.replace("\n1. Câu một?", "\n1.\u00a0Câu một?")), "số thứ tự đầu mục"),
             ("hai-cham", "nguon/nguon-a.yml", (BASE / "nguon/nguon-a.yml").read_text().replace("kind: bai-viet", "kind:\u00a0bai-viet"),
              "dấu ':' của tên trường")]
    for name, rel, text, after in cases:
        proc, found = _check_one(tmp_path / name, rel, text)
        told = [message for _, code, message in found if code != "T101"]
        assert len(told) == 1 and f"ngay sau {after}" in told[0] and "thay ký tự này bằng một dấu cách thường" in told[0] \
            and "xóa ký tự này" not in told[0], found
        # The advice followed, the file is clean; deleted instead, it is not (why the advice changed).
        proc, found = _check_one(tmp_path / f"{name}-sua", rel, text.replace("\u00a0", " "))
        assert [code for _, code, _ in found if code != "T101"] == [], found
        proc, found = _check_one(tmp_path / f"{name}-xoa", rel, text.replace("\u00a0", ""))
        assert [code for _, code, _ in found if code != "T101"], found
    # Beside a space, in a line's words: nothing is missing once it goes.
    proc, found = _check_one(tmp_path / "giua", "mo-hinh/thut-nbsp.yml", meeting("").replace("\n  - Bài học", "\n  - Bài\u200b học"))
    told = [message for _, code, message in found if code == "E010"]
    assert len(told) == 1 and "xóa ký tự này" in told[0], found
    proc, found = _check_one(tmp_path / "giua-sua", "mo-hinh/thut-nbsp.yml", meeting(""))
    assert [code for _, code, _ in found if code != "T101"] == [], found


def test_a_page_whose_front_matter_fails_still_has_its_body_read_for_lists_and_marks(tmp_path):
    """A bad date hid a list without its blank line (B107) and words without marks (S111) until it
    was mended: an editor on the web editor paid a CI run for each layer."""
    text = prose("Các việc:\n- Một.\n- Hai.\n\nChi bo sinh hoat chuyen de hang thang.\n\n").replace(
        "reviewed: 2026-01-01", "reviewed: 22/11/2025")
    proc, found = _check_one(tmp_path, "huong-dan/nhieu-lop.md", text)
    assert [code for _, code, _ in found] == ["S104", "B107", "S111"], proc.stdout


def test_a_pasted_nbsp_before_a_list_item_is_told_once_not_again_as_a_sub_item(tmp_path):
    """"\u00a02. Hai." read as " 2. Hai.": the page shows it level with "1.", as meant, and B107
    told it as a sub-item indented 1 space instead of 4."""
    proc, found = _check_one(tmp_path, "huong-dan/nbsp-ds.md", prose("Các bước:\n\n1. Một.\n\u00a02. Hai.\n\n"))
    assert [code for _, code, _ in found] == ["E010"], proc.stdout


@pytest.mark.parametrize("reviewed, code", [("2026-12-04", None), ("2026-12-05", "S107")])
def test_a_review_dated_today_in_vietnam_is_not_in_the_future_on_a_utc_machine(tmp_path, reviewed, code):
    """At 03:00 on 4 December in Vietnam, CI's clock (UTC) still says 3 December: a review dated
    that day was an error (S107), while `sotay new` and the site's health page said another day.
    The clock is moved for the real command with Debian's faketime."""
    import subprocess
    import sys

    if not shutil.which("faketime"):
        pytest.fail("Debian's faketime is missing: run `make system-deps` (make test does it).")
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "huong-dan/hom-nay.md").write_text(front().replace("reviewed: 2026-01-01", f"reviewed: {reviewed}"))
    proc = subprocess.run(["faketime", "2026-12-03 20:00:00", sys.executable, "-m", "sotay", "check", "--content", str(content)],
                          capture_output=True, text=True, env={**os.environ, "TZ": "UTC"})
    found = [line.split(" ", 2)[1] for line in proc.stdout.splitlines()]
    assert found == ([code] if code else []) and proc.returncode == (1 if code else 0), proc.stdout + proc.stderr


def test_lists_the_site_reads_as_written_pass(tmp_path):
    """After a blank line or a heading, sub-items four spaces in, a wrapped line inside an item,
    and anything inside fenced code: no B107."""
    body = ("Các việc cần nhớ:\n\n- Việc một,\nviết tiếp trên dòng sau.\n- Việc hai.\n    - Ý con.\n\n"
            "## Các bước\n1. Bước một.\n2. Bước hai.\n\n```\nMẫu:\n• một\n1) hai\n```\n\n"
            " - Danh sách thụt một dấu cách,\n - cả hai ý.\n\n"
            '!!! note "Lưu ý"\n    Nội dung của ghi chú.\n- Ý sau ghi chú.\n\n'
            '!!! tip "Gợi ý"\n    Các việc:\n\n    - Một.\n    - Hai.\n\n> Trích:\n>\n> - Một.\n> * * *\n\n'
            "Nghị quyết ban hành năm\n2024. Đại hội sau đó.\n* * *\n\n"
            "Hai đoạn: một đoạn mở đầu bằng số\n\n1) là ví dụ riêng;\n\n2. và một danh sách sau dòng trống.\n\n"
            # A "1)", "2)" inside an item's sentence, wrapped: the item's own words (told, the fix split the item).
            "Các bước:\n\n1. Bí thư chủ trì, nêu hai yêu cầu: 1) đúng giờ; và\n2) đủ thành phần.\n2. Gửi tài liệu.\n\n"
            "Các việc:\n\n1. Họp chi ủy, chia việc theo hai ý:\n1) chuẩn bị dự thảo; và 2) chuẩn bị báo cáo.\n2. Gửi tài liệu.\n\n"
            "Quy định nêu hai điều kiện (điểm\n1) và (điểm\n2. a) của Điều 3.\n\n")
    proc, found = _check_one(tmp_path, "huong-dan/ds-dung.md", prose(body))
    assert proc.returncode == 0 and found == [], proc.stdout


def test_an_anchor_is_the_one_the_page_makes_of_a_heading_with_an_entity(tmp_path):
    """"## X &amp; Y" is "X & Y" on the page, anchored "x-y": the check wanted "x-amp-y"."""
    proc, found = _check_one(tmp_path, "huong-dan/neo-ky-hieu.md", prose("## Việc &amp; người\n\nXem [mục](#viec-nguoi).\n\n"))
    assert proc.returncode == 0 and [code for _, code, _ in found] == [], proc.stdout


def test_an_anchor_is_the_id_a_heading_sets_and_a_repeated_heading_is_numbered_as_the_page_numbers_it(tmp_path):
    """"## Bảng phân công {#phan-cong}" is anchored "phan-cong" on the page, and a second "## Lưu ý"
    is "luu-y_1": the check wanted the heading's words and refused "_1", passing a link to nothing."""
    body = ("## Bảng phân công {#phan-cong}\n\nMột.\n\n## Lưu ý\n\nHai.\n\n## Lưu ý\n\nBa.\n\n"
            "Xem [bảng](#phan-cong), [lưu ý sau](#luu-y_1) và [bảng cũ](#bang-phan-cong).\n\n")
    proc, found = _check_one(tmp_path, "huong-dan/neo-rieng.md", prose(body))
    assert [code for _, code, _ in found] == ["L102"] and "#bang-phan-cong" in found[0][2], proc.stdout


def test_headings_padded_with_thousands_of_spaces_or_braces_are_read_in_one_pass(tmp_path):
    """A heading with a long run of spaces or "#" held the check for hours: the patterns that
    read a heading's text and its closing #s backtracked over the run in cubic time. A hang is the
    failure: the limit is far above a check's time (a second or two)."""
    pad = " " * 10000
    body = (f"## Lịch{pad}họp{pad}##{pad}\n\nMột.\n\n## Dấu {'#' * 10000} {{#dau}}\n\nHai.\n\n"
            "Xem [lịch](#lich-hop) và [không có](#lich-hop-1).\n\n")
    proc, found = _check_one(tmp_path, "huong-dan/tieu-de-dai.md", prose(body))
    assert [code for _, code, _ in found] == ["L102"] and "#lich-hop-1" in found[0][2], proc.stdout
    outline = topic(lambda b: b.replace("### Phần hai", f"### Phần hai{pad}#{pad}").replace("## Yêu cầu", f"## Yêu cầu{pad}##"))
    proc, found = _check_one(tmp_path / "topic", TOPIC, outline)
    assert proc.returncode == 0 and found[:-1] == [], proc.stdout


def test_an_id_set_twice_is_one_anchor_and_a_heading_slugged_like_it_is_numbered_after_it(tmp_path):
    """Two headings given "{#lich}" are both "lich" on the page, and "## Lịch" after them "lich_1":
    the check numbered the second id "lich_1", passing a link to nothing. The second "{#lich}" is
    told too, where it is: a link to "#lich" reaches the first heading only."""
    body = ("## Lịch họp {#lich}\n\nMột.\n\n## Lịch sinh hoạt {#lich}\n\nHai.\n\n## Lịch\n\nBa.\n\n"
            "Xem [lịch](#lich), [mục cuối](#lich_1) và [không có](#lich_2).\n\n")
    proc, found = _check_one(tmp_path, "huong-dan/neo-trung.md", prose(body))
    text = prose(body)
    second = text[:text.index("{#lich}", text.index("{#lich}") + 1)].count("\n") + 1
    assert [code for _, code, _ in found] == ["H104", "L102"] and "#lich_2" in found[1][2], proc.stdout
    assert found[0][0].startswith(f"content/huong-dan/neo-trung.md:{second}:"), proc.stdout


def test_an_id_the_pages_own_section_has_is_told_where_it_is_set_not_where_it_is_linked(tmp_path):
    body = 'Viết tắt <abbr title="Nguồn" id="nguon">NG</abbr> ở đây.\n\nXem [nguồn của trang](#nguon).\n\n'
    text = prose(body)
    proc, found = _check_one(tmp_path, "huong-dan/id-nguon.md", text)
    line = text[:text.index('id="nguon"')].count("\n") + 1
    assert [(where, code) for where, code, _ in found if code != "S111"] == [(f"content/huong-dan/id-nguon.md:{line}:30:", "H104")], proc.stdout


def test_a_typo_in_a_vocabulary_key_gets_the_key_it_means(tmp_path):
    """"bi-thuu" named no key and got no suggestion, where "Bí thư" (the label) did."""
    proc, found = _check_one(tmp_path, "huong-dan/go-sai.md", front().replace("audience: [bi-thu]", "audience: [bi-thuu]"))
    assert proc.returncode == 1 and [code for _, code, _ in found] == ["S105"], proc.stdout
    assert "'bi-thu'" in proc.stdout, proc.stdout


def test_a_no_break_space_inside_a_links_address_is_told(tmp_path):
    """The check took "[mục](/huong-dan/trang-a/#muc\u00a0)" for a link, the site left it unlinked
    and MkDocs refused the page: told where it is, as any pasted invisible character."""
    text = front(body="Xem [trang](/huong-dan/trang-a/\u00a0) nhé. " + FILLER)
    proc, found = _check_one(tmp_path, "huong-dan/lien-ket-nbsp.md", text)
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "\u00a0" in row)
    assert [(where, code) for where, code, _ in found] == [(f"content/huong-dan/lien-ket-nbsp.md:{line}:32:", "E010")], proc.stdout


def test_a_line_separator_pasted_into_a_body_is_told_on_its_own_line(tmp_path):
    """U+2028 from Word or a PDF, deep in a guidance body, was told 11 lines off as a control
    character "typed as \\u in a quoted YAML string"; a vertical tab (Word's Shift+Enter) had no
    advice. Each is named where it is, with what to do."""
    text = front(body="Đoạn một.\n\nĐoạn hai có\u2028dòng lạ. " + FILLER)
    proc, found = _check_one(tmp_path, "huong-dan/xuong-dong.md", text)
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "\u2028" in row)
    assert [(where, code) for where, code, _ in found] == [(f"content/huong-dan/xuong-dong.md:{line}:12:", "E010")], proc.stdout
    assert "U+2028" in proc.stdout and "YAML" not in proc.stdout
    proc, found = _check_one(tmp_path / "vt", "huong-dan/shift-enter.md", front(body="Đoạn\u000bmột. " + FILLER))
    assert [code for _, code, _ in found] == ["E006"] and "Shift+Enter" in proc.stdout, proc.stdout


def test_a_chi_bo_agenda_shorter_than_a_meeting_is_an_error_and_the_chi_uys_is_not(tmp_path):
    """An outline must suggest 90 minutes (HD 42); a sample agenda of a chi bộ meeting added up to
    20 and passed. The chi ủy's own meeting (45 to 60 minutes in the handbook) is not one."""
    from sotay.scaffold import TEMPLATES

    text = re.sub(r"minutes: \d+", "minutes: 5", TEMPLATES["agenda"]("Chương trình thử", "2026-01-01", "nguon-a", "10-CT/TW-2007"))
    assert "kind: thuong-ky" in text
    proc, found = _check_one(tmp_path, "chuong-trinh/ngan.yml", text)
    assert [code for _, code, _ in found if code != "T101"] == ["S107"] and "ít nhất 90" in proc.stdout, proc.stdout
    proc, found = _check_one(tmp_path / "chi-uy", "chuong-trinh/ngan.yml", text.replace("kind: thuong-ky", "kind: chi-uy"))
    assert [code for _, code, _ in found if code != "T101"] == [], proc.stdout


def test_references_that_list_a_replaced_document_list_the_one_in_force_too(tmp_path):
    """As a citation in the text must name the document in force (C105), so must a page's
    references: an outline resting on a replaced directive alone passed the check."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    old = doc(lambda d: d.replace("10-CT/TW-2007", "09-CT/TW-2000").replace("10-CT/TW", "09-CT/TW")
              .replace("date: 2007-03-30", "date: 2000-03-30").replace("Chỉ thị số 09-CT/TW, ngày 30/3/2007", "Chỉ thị số 09-CT/TW, ngày 30/3/2000")
              .replace("scope: trung-uong", "scope: trung-uong\nstatus: da-thay-the\nreplaced_by: 10-CT/TW-2007")
              + "  status: [nguon-a]\n  replaced_by: [nguon-a]\n")
    (content / "van-ban/09-ct-tw-2000.yml").write_text(old)
    page = content / GUIDE
    page.write_text(page.read_text().replace("references: [10-CT/TW-2007]", "references: [09-CT/TW-2000]"))
    proc, found = _check(content)
    assert [(where.split(":")[0], code) for where, code, _ in found] == [(f"content/{GUIDE}", "C105")], proc.stdout
    assert "10-CT/TW-2007" in proc.stdout
    page.write_text(page.read_text().replace("references: [09-CT/TW-2000]", "references: [09-CT/TW-2000, 10-CT/TW-2007]"))
    proc, found = _check(content)
    assert proc.returncode == 0 and found == [], proc.stdout


def test_long_lines_of_one_word_or_of_spaces_are_read_in_linear_steps():
    """E002's word and an outline's bare section title were read by patterns that took minutes on a
    line of 200,000 letters or of a few hundred spaces: each now reads a bounded window."""
    from sotay.outline import _bare_title
    from sotay.source import read_text

    _, problems = read_text(("a" * 200_000 + " e\u0301\n").encode(), "content/huong-dan/x.md")
    assert [d.code for d in problems] == ["E002"] and "'é'" in str(problems[0])
    assert _bare_title("a" + " " * 300 + "b") == "" and _bare_title("**Mục đích:**") == "Mục đích"
    # A heading of 40,000 characters in an outline took 25 s; fences are found line by line.
    from sotay.fences import fenced_ranges
    from sotay.outline import parse_body

    problems = parse_body("# Mục đích" + " " * 40_000 + "a  #\n", 1, "content/chuyen-de/x/y.md")[2]
    assert [d.code for d in problems][:2] == ["B106", "B101"]
    assert len(fenced_ranges("```\n" * 100_001)) == 50_000 and fenced_ranges("```x\n" * 100_000) == []
    # Headings' words, underlined lines, raw blocks and form blocks, each read once.
    from sotay import forms
    from sotay.headings import _SETEXT
    from sotay.render.links import _slug
    from sotay.verbatim import html_blocks

    assert _slug("[" * 100_000) == "muc" and not list(_SETEXT.finditer(" " * 100_000))
    assert len(html_blocks("<div\n" * 50_000)) == 0 and len(forms.directives("```mau\nx\n```\n\n" * 20_000)) == 20_000


def test_every_rule_pass_written_is_run_by_the_check():
    """A pass runs only if check.py imports its module: one written and not imported would never
    run, and no test of it would say so unless it had one."""
    import ast

    import sotay
    from sotay import check

    check._load_passes()
    registered = {(fn.__module__, fn.__name__) for fn in check.PASSES}
    root = Path(sotay.__file__).parent
    written = {(".".join(("sotay", *path.relative_to(root).with_suffix("").parts)), node.name)
               for path in root.rglob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.FunctionDef) and any(isinstance(d, ast.Name) and d.id == "rule_pass" for d in node.decorator_list)}
    assert len(written) >= 10 and written <= registered, written - registered


def test_what_the_page_shows_right_is_not_told():
    """Each was told by this session's first reading: an item's second paragraph after a wrapped
    line, indented text in a comment or a raw block (no code on the page), a wrapped point in an
    outline's purpose, a no-break space in a link's title; and "#\u00a0Mục đích" is told as a
    heading with one # too few, as before."""
    from sotay.lists import list_problems
    from sotay.outline import parse_body
    from sotay.source import _pasted
    from sotay.verbatim import blank_blocks

    for body in ("- Ý\ntiếp\n\n    Đoạn của ý.\n", "<!--\n\n    ghi chú\n\n-->\n", "<div>\n\n    chữ\n\n</div>\n"):
        assert list_problems(blank_blocks(body)) == [], body
    purpose = "## Mục đích\n\n- Nắm vững nội dung\n  của nghị quyết;\n- Vận dụng.\n"
    assert "B107" not in [d.code for d in parse_body(purpose, 1, "x.md")[2]]
    assert [d.code for d in parse_body("#\u00a0Mục đích\n\nChữ.\n", 1, "x.md")[2]][0] == "B102"
    assert _pasted("x.md", '[a](/huong-dan/ "Tiêu\u00a0đề")\n') == []


@pytest.mark.parametrize("image", ["![ảnh]", "![ảnh] [ảnh]", "![ảnh [1] đẹp]\n[ảnh]", "![a [b [c] d] e][ảnh]",
                                   "![ảnh\nđẹp][ảnh]", "![a \\] b][ảnh]", "![ảnh]  [khác]"])
def test_a_reference_image_from_another_host_is_told_as_an_image(tmp_path, image):
    """Python-Markdown makes these images too (a shortcut, a space or a line break before the
    reference, brackets in the text): the check passed them and the build refused them."""
    proc, found = _check_one(tmp_path, "huong-dan/anh.md", prose(f"{image}\n\n[ảnh]: https://www.w3.org/a.png\n\n"))
    images = [where for where, code, message in found if code == "L103" and message.startswith("Ảnh")]
    assert proc.returncode == 1 and images == ["content/huong-dan/anh.md:9:1:"], found


@pytest.mark.parametrize("body", ["Nếu a < b thì chọn a; I < II < III.", "<!-- <div> cũ -->",
                                  "&lt;div&gt; là thẻ khối", "`<div>` là thẻ khối", "`<div\nclass=\"x\">` là mã",
                                  "<div markdown>\n\n<div>\n\nChữ.\n\n</div>\n\n</div>",
                                  "<details><summary>Xem</summary>\n\nChữ.\n\n</details\n>"])
def test_html_closed_or_only_named_leaves_nothing_open(tmp_path, body):
    """H105 reads what the site's Markdown makes of a body, as a browser reads it: a tag named in a
    comment, as text or in code, and blocks closed (an end tag may end on the next line), pass."""
    proc, found = _check_one(tmp_path, "huong-dan/dong.md", prose(body + "\n\n"))
    assert proc.returncode == 0, found


@pytest.mark.parametrize("rel, text", [
    ("huong-dan/cho-dien.md", prose("Ghi <tên chi bộ> và <ngày họp> vào thông báo.\n\n")),
    ("nguon/cho-dien.yml", "title: Bài của <tên chi bộ>\nkind: bai-viet\n"),
])
def test_a_place_to_fill_in_in_angle_brackets_is_told_once_with_what_to_write(tmp_path, rel, text):
    """"<tên chi bộ>" is a tag to a browser: the editor was told of a tag, its attributes 'chi' and
    'bộ' and an element left open, none of which they meant; one message a place says what to write."""
    proc, found = _check_one(tmp_path, rel, text)
    messages = [message for _, code, message in found if code == "H101"]
    assert proc.returncode == 1 and len(found) == len(messages) == text.count("<"), found
    assert all("[tên chi bộ]" in m or "[ngày họp]" in m for m in messages), messages


@pytest.mark.parametrize("rel, text", [
    ("huong-dan/ngoac.md", prose("\n".join(["[" * 190] * 8) + "\n\n")),
    (TOPIC, topic(lambda b: b + "\n" + "<b>x</b> " * 1200 + "\n")),
    ("huong-dan/nhan.md", prose("x " + "**a " * 1200 + "b" + " c**" * 1200 + "\n\n")),
])
def test_the_build_renders_no_page_the_check_fails_for_its_limits(tmp_path, rel, text):
    """Between the limits and ten times them a page took the build up to half a minute to render
    before the check's E005 failed it: the build's guard reads the item's texts as the check does."""
    from sotay.markdown_limits import item_past_limits

    proc, found = _check_one(tmp_path, rel, text)
    assert proc.returncode == 1 and any(code == "E005" and where.startswith(f"content/{rel}:") for where, code, _ in found), found
    corpus = load(tmp_path / "content")
    past = {corpus.origin(item).rel for item in corpus.items() if item_past_limits(corpus, item)}
    assert past == {f"content/{rel}"}


@pytest.mark.parametrize("body", [
    "Tổng Bí thư nhấn mạnh, theo bài của tác giả Nguyễn Văn A: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện.”",
    "Bí thư chi bộ nói: “Nội dung này còn nhiều ý, chi ủy xin ghi lại và bàn tiếp vào buổi sau.”",
    "Người chủ trì nói: “Nội dung này còn nhiều ý, chi ủy xin ghi lại và bàn tiếp vào buổi sau.”",
    "Chỉ thị số 10-CT/TW của Ban Bí thư về “nâng cao chất lượng sinh hoạt chi bộ” được học tập; Bác dạy “cần, kiệm”.",
    "Theo nguyễn văn a, Tổng Bí thư nhấn mạnh: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện.”",
    "> Tổng Bí thư nhấn mạnh: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện.”\n>\n> (Theo bài của Nguyễn Văn A)",
    "Kết thúc buổi họp, đồng chí Lan, chi ủy viên, nhắc: “Ai nhận việc thì báo lại kết quả vào buổi sau nhé.”",
    "Thành ủy Thành phố Hồ Chí Minh yêu cầu các chi bộ “sinh hoạt đúng ngày 3 hằng tháng, không lùi ngày họp”.",
    "Tổng Bí thư yêu cầu thực hiện Chỉ thị 10-CT/TW về “Nâng cao chất lượng sinh hoạt chi bộ trong tình hình mới”.",
    "Thủ tướng Chính phủ kêu gọi hưởng ứng phong trào “Cả nước chung tay vì người nghèo, không để ai bị bỏ lại”.",
    "Trưởng Ban Tuyên giáo nói “Chỉ thị số 10-CT/TW” là văn bản của chi bộ.",
    "Thực hiện Chỉ thị về phong cách Hồ Chí Minh, nghị quyết chi bộ nêu rõ: “Mỗi đảng viên đăng ký một việc làm cụ thể”.",
    "Thực hiện Kết luận của Tổng Bí thư, chi ủy đề nghị mỗi đảng viên “đăng ký một việc làm cụ thể trong tháng này”.",
    "Đồng chí Hoa, Trưởng ban Công tác Mặt trận khu dân cư, phát biểu: “Tổ dân phố còn ba hộ chưa đóng góp quỹ”.",
    "Tổng Bí thư có bài viết “Làm giàu không phải là tội, làm giàu chính đáng được khuyến khích”.",
    "Trường THPT Lê Duẩn cho biết: “Năm học này có ba giáo viên được kết nạp vào Đảng”.",
    "Đồng chí Nguyễn Văn Linh, tổ trưởng tổ dân phố, phát biểu: “Tổ còn ba hộ chưa đóng góp quỹ khuyến học”.",
    "Đồng chí Nguyễn Văn Linh cho biết: “Tổ tôi đã hoàn thành việc rà soát hồ sơ đảng viên”.",
    "Đọc thêm:\n\n- Chủ tịch Hồ Chí Minh: “Sửa đổi lối làm việc” (1947).\n- V. I. Lênin: “Nhà nước và cách mạng”",
    "Ý kiến tại buổi họp:\n\n- Đồng chí Lan: “Ai nhận việc thì báo lại kết quả vào buổi sau nhé.”",
    "Đọc thêm:\n\n- Chủ tịch Hồ Chí Minh: “Sửa đổi lối làm việc”.",
    "| Tác phẩm | Tác giả |\n|---|---|\n| “Sửa đổi lối làm việc của cán bộ” | Chủ tịch Hồ Chí Minh |",
    "### Tổng Bí thư Tô Lâm: “Sinh hoạt chi bộ phải thiết thực hơn”\n\nChữ.",
    "| STT | Tài liệu |\n|---|---|\n| 3 | Tổng Bí thư: “Chống lãng phí là việc cấp bách hiện nay” |",
    "Thường trực Ban Bí thư ký Chỉ thị số 10-CT/TW ngày 30/3/2007, trong đó yêu cầu:\n\n"
    "> Cấp ủy các cấp thường xuyên đổi mới nội dung, hình thức sinh hoạt chi bộ.",
    "Làm theo điều Tổng Bí thư yêu cầu, nghị quyết tháng 3 của chi bộ ghi:\n\n> Mỗi đảng viên đăng ký một việc làm theo Bác.",
    "Tổng Bí thư nhấn mạnh: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên.”\n\n*Nguồn: bài của Nguyễn Văn A.*",
    "Theo bài của Nguyễn Văn A, Tổng Bí thư nhấn mạnh: *Chi bộ phải là hạt nhân chính trị ở cơ sở, gần dân*.",
    "Tổng Bí thư yêu cầu mỗi chi bộ chọn một việc làm cụ thể trong tháng, *theo gợi ý của Sổ tay này*.",
    "Như lời Tổng Bí thư, theo bài của Nguyễn Văn A, “sinh hoạt chi bộ phải thực chất, tránh hình thức”.",
    "Theo lời Bác, chi bộ đặt ra yêu cầu “mỗi đảng viên làm một việc cụ thể trong tháng”.",
    "Theo lời bác Tư, “nhà tôi sẽ góp thêm một ngày công làm đường làng”.",
    "Như lời Bác sĩ Lan, “người bệnh cần nghỉ ngơi ít nhất ba ngày liền”.",
    "Ý kiến của chi bộ: “Mỗi đảng viên đăng ký một việc làm cụ thể trong tháng”.",
    "Tổng Bí thư nhấn mạnh: chi bộ gọi đó là 'việc làm theo Bác hằng ngày của đảng viên' và ghi vào sổ.",
])
def test_a_quotation_whose_paragraph_names_its_source_or_no_leader_passes(tmp_path, body):
    """Q103 asks only for the source of words put in a leader's mouth: a source of the page named
    in the paragraph (its author, here), a cell's own chair, a document's title, a short phrase pass."""
    proc, found = _check_one(tmp_path, "huong-dan/trich.md", prose(body + "\n\n"))
    assert proc.returncode == 0, found


@pytest.mark.parametrize("body, code", [
    ("Đọc kỹ dự thảo sinh hoạt chuyên-\nđề trước buổi họp.", "E011"),
    ("Đọc kỹ dự thảo sinh hoạt chuyên- đề trước buổi họp.", "E011"),
    ("Mở đầu.\n\n**Các bước chuẩn bị**\n\nChữ.", "B112"),
    ("Mở đầu.\n\nII. VÌ SAO PHẢI CHUẨN BỊ\n\nChữ.", "B112"),
    ("Mở đầu.\n\nA. PHẦN MỞ ĐẦU\n\nChữ.", "B112"),
    ("Mở đầu.\n\n***II. Các bước tiếp theo***\n\nChữ.", "B112"),
    # Word's numbered heading: Markdown reads it as the first item of the steps under it.
    ("Mở đầu.\n\n1. CÁC BƯỚC CHUẨN BỊ\n\n1. Bí thư họp chi ủy.\n2. Chi ủy phân công.", "B112"),
    ("Phát triển kinh tế- xã hội của địa phương.", "E011"),
    ("## Chuẩn bị\n\nChữ.\n\n#### Thông báo\n\nChữ.", "B114"),
    ("### Chuẩn bị\n\nChữ.", "B114"),
    ("## Chuẩn bị\n\n!!! note \"Lưu ý\"\n\n    #### Thông báo\n\n    Chữ.", "B114"),
])
def test_what_pdf_and_word_leave_is_told_as_a_warning(tmp_path, body, code):
    """A word broken at a line's end by a PDF ("chuyên- đề" on the page), a heading made of bold
    or of "II." (a paragraph to the page, out of its contents): told, and the page still builds."""
    proc, found = _check_one(tmp_path, "huong-dan/dan.md", prose(body + "\n\n"))
    assert proc.returncode == 0 and [c for _, c, _ in found] == [code], found


def test_a_skipped_heading_is_told_with_a_missing_field(tmp_path):
    """A page without `audience:` was told S102 alone; its "####" under "##" (B114) came only in
    the next run, after the field was added. Its lists were already told in the same run."""
    body = "## Chuẩn bị\n\nChữ.\n\n#### Thông báo\n\nChữ.\n\n"
    proc, found = _check_one(tmp_path, "huong-dan/dan.md", front(drop="audience", body=body + FILLER))
    assert [(where, code) for where, code, _ in found] == [("content/huong-dan/dan.md:2:1:", "S102"),
                                                          ("content/huong-dan/dan.md:12:1:", "B114")], proc.stdout


@pytest.mark.parametrize("note, line, words", [
    # Typed flush left as in Word, or indented two spaces as on GitHub: the page showed an empty box
    # and the text under it, and the check said nothing.
    ('!!! note "Lưu ý"\nĐảng viên vắng phải báo lý do.\n\n', 10, "thụt mỗi dòng của khung vào 4 dấu cách"),
    ('!!! note "Lưu ý"\n\n  Đảng viên vắng phải báo lý do.\n\n', 11, "thụt mỗi dòng của khung vào 4 dấu cách"),
    ('- Việc một.\n\n    !!! note "Lưu ý"\n    Ghi vào biên bản.\n\n', 12, "vào 8 dấu cách"),
    # Nothing under it but the next section: the box itself is told.
    ('!!! note "Lưu ý"\n\n## Mục sau\n\n', 9, "Khung ghi chú trống"),
])
def test_a_note_whose_lines_are_not_indented_is_told_at_its_first_line(tmp_path, note, line, words):
    proc, found = _check_one(tmp_path, "huong-dan/ghi-chu.md", prose(note))
    assert proc.returncode == 1 and [(where, code) for where, code, _ in found] == [(f"content/huong-dan/ghi-chu.md:{line}:1:", "B116")], found
    assert words in found[0][2], found


@pytest.mark.parametrize("body", ["Đợt 1 kết thúc ngày 15/5/2023, bàn giao vào quý\n2) Hết.",
                                  "Theo điểm\na) khoản 2 Điều 5.", "o ấy nói.\n\n-1 độ là nhiệt độ.",
                                  "Mở đầu.\n\na. Một.\n\nb. Hai.", "Chi bộ - đảng viên; e-mail; Ban Chỉ đạo 35- CT.",
                                  "Bảng:\n\n| Việc | Người |\n|---|---|\n| Khai mạc | Bí thư |",
                                  "Mở đầu.\n\n**Lưu ý:** đọc kỹ dự thảo.\n\nI. Chi bộ họp ngày 3.",
                                  "Các bước:\n\n-\tChi ủy họp;\n-\tThông báo cho đảng viên.",
                                  "## Phân công\n| Việc | Người |\n|---|---|\n| Khai mạc | Bí thư |",
                                  "Mở đầu.\n\n**Lưu ý: biên bản có chữ ký của người chủ trì.**\n\n**Bảng 1. Phân công**",
                                  "“Học, học nữa, học mãi.”\n\nV. I. Lênin",
                                  "— Đồng chí có ý kiến gì không?\n\n— Tôi nhất trí.", "Giai đoạn 2020\n– 2025 chi bộ giữ vững.",
                                  "Các bước:\n\n1. Họp chi ủy.\n\n2. THÔNG BÁO cho đảng viên.\n\n3. Họp.",
                                  "Tỉ lệ: 3 * 4 = 12 và 5*6.", "Chữ *nghiêng* và **ngày 09/6/2025**, diện tích 3\\*2 ha.",
                                  # Italics on words and figures, as meant.
                                  "Đến *ngày 28/10/2025*. Có (*12 đảng viên có mặt*), số vắng *2*, theo *Chỉ thị 10-CT/TW*, nhé.",
                                  "Căn cứ [Văn bản] số [số hiệu]; “Buổi [Sổ tay] giúp chi bộ.”",
                                  # A note's body indented four spaces, a blank line in it left empty.
                                  '!!! note "Lưu ý"\n    Đảng viên vắng báo lý do.\n\n    Ghi vào biên bản.\n\nSau khung.',
                                  # A note's body that is a code block alone, or indented with a Tab.
                                  '!!! note "Lưu ý"\n\n    ```\n    sotay check\n    ```\n\nChữ sau.',
                                  '!!! note "Lưu ý"\n\tChi bộ ghi biên bản.\n\nChữ sau.',
                                  # A table's row without its outer pipes, in a table whose rows have them.
                                  "Bảng:\n\n| Bước | Việc |\n|---|---|\n| 1 | Khai mạc |\n2 | Kết luận |",
                                  # A quoted name of where a leader spoke, not the leader's words.
                                  "Chi bộ học bài phát biểu của Tổng Bí thư tại Hội nghị “Sơ kết mười năm thực hiện chỉ thị”, rồi liên hệ.",
                                  "!!! Lưu ý\n    Đảng viên vắng báo lý do.",
                                  # A wrapped line that opens with the word "o" ("o bế"), not Word's bullet.
                                  "Các ý:\n\n- Chi bộ thôn bàn việc chăm lo trẻ em,\no bế quá mức thì không tốt."])
def test_text_that_only_looks_pasted_passes(tmp_path, body):
    """A wrapped line that opens with "2)", "a)" or "– 2025", dialogue, a list's tab, a table under
    a heading, a bold sentence: what the page shows as written passes."""
    proc, found = _check_one(tmp_path, "huong-dan/dan.md", prose(body + "\n\n"))
    assert proc.returncode == 0 and found == [], found


@pytest.mark.parametrize("link, told", [
    ("http://127.0.0.1:8000/huong-dan/trang-a/#muc", "tức là: /huong-dan/trang-a/#muc"),
    ("https://www.w3.org/TR/WCAG22/", "thêm một tệp trong content/nguon"),
    ("C:\\Users\\Admin\\Pictures\\anh.jpg", "là một tệp trên máy của bạn (ổ C:)"),
    ("file:///D:/Tai%20lieu/bien-ban.docx", "là một tệp trên máy của bạn (ổ D:)"),
    ("http://10.0.0.5/so-tay/huong-dan/trang-a/index.html", "tức là: /huong-dan/trang-a/."),
    ("http://so-tay/", "tức là: /."),
    ("http://192.168.1.20:8080/QuanLyDangVien/", "một địa chỉ trong mạng nội bộ"),
    ("\\\\maychu\\TaiLieu\\bien-ban.docx", "thư mục chia sẻ"),
    ("nhandan.vn/bai-viet.html", "thiếu https:// ở đầu"),
])
def test_a_link_out_is_told_what_to_write_instead(tmp_path, link, told):
    """A preview's address copied from the browser is the handbook's own page; an article's is
    linked once the handbook lists it as a source (the same site's other pages are not)."""
    proc, found = _check_one(tmp_path, "huong-dan/ra-ngoai.md", prose(f"Xem [trang này]({link}).\n\n"))
    assert proc.returncode == 1 and [c for _, c, _ in found] in (["L103"], ["H103"], ["L101"]) and told in found[0][2], found


def test_a_part_of_an_outline_in_bold_is_told_once_and_read_as_the_part(tmp_path):
    """"**Phần hai**" on a line of its own, as Word sets a heading: it was told as a point missing
    its dash and as one part too few (S108), neither naming the cause."""
    proc, found = _check_one(tmp_path, TOPIC, topic(lambda b: b.replace("### Phần hai", "**Phần hai**")))
    assert [(code, "'### Phần hai'" in message) for _, code, message in found] == [("B103", True)], found


@pytest.mark.parametrize("body", ["Ghi vào chỗ `<tên chi bộ>` trong mẫu.", "```\n<tên chi bộ>\n```",
                                  "Xem <https://vi.wikipedia.org/wiki/Hồ_Chí_Minh> nhé."])
def test_a_place_to_fill_in_shown_as_code_or_an_address_passes(tmp_path, body):
    proc, found = _check_one(tmp_path, "huong-dan/cho-dien.md", prose(body + "\n\n"))
    assert "H101" not in [c for _, c, _ in found], found


@pytest.mark.parametrize("link", ["https://www.example.vn/bai-viet.html", "http://www.example.vn/bai-viet.html/",
                                  "https://www.example.vn:443/bai-viet.html?utm_source=zalo&fbclid=x#doan-2"])
def test_a_link_to_a_sources_own_article_passes_as_shared(tmp_path, link):
    """A source's address as a share button or another browser gives it: the same article."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "nguon/bai-web.yml").write_text("title: Bài trên báo\nkind: bai-viet\nurl: https://www.example.vn/bai-viet.html\n")
    (content / "huong-dan/lien-ket.md").write_text(prose(f"Xem [bài báo]({link}).\n\n"))
    proc, found = _check(content)
    assert proc.returncode == 0, found
    (content / "huong-dan/lien-ket.md").write_text(prose("Xem [bài khác](https://www.example.vn/bai-khac.html).\n\n"))
    assert [c for _, c, _ in _check(content)[1]] == ["L103"]
    # The host as the source writes it: the build's and the release's checks read hosts as written.
    (content / "huong-dan/lien-ket.md").write_text(prose("Xem [bài báo](https://example.vn/bai-viet.html).\n\n"))
    assert [(c, "viết đúng như vậy" in m) for _, c, m in _check(content)[1]] == [("L103", True)]


def test_a_source_whose_address_no_browser_reads_is_told_without_a_traceback(tmp_path):
    """"https://[nhandan.vn]/a" passes the schema's URL pattern; splitting it raised in the link
    and quotation rules, and the check ended in a traceback on every page citing the source."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "nguon/nguon-a.yml").write_text("title: Một bài viết làm nguồn\nkind: bai-viet\nurl: https://[nhandan.vn]/a\n")
    (content / "huong-dan/lien-ket.md").write_text(prose("Xem [bài](https://[nhandan.vn]/a).\n\n"))
    proc, found = _check(content)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr


@pytest.mark.parametrize("tag", ["<script/>", "<iframe/>", "<style/>"])
def test_a_known_tag_closed_on_itself_is_told_as_a_tag(tmp_path, tag):
    proc, found = _check_one(tmp_path, "huong-dan/the.md", prose(f"Chữ {tag} chữ.\n\n"))
    assert proc.returncode == 1 and any(c == "H101" and "Thẻ HTML" in m for _, c, m in found), found


def test_a_lists_first_item_indented_is_told_once_not_again_as_a_list_stuck_to_text(tmp_path):
    """A tab before a list's first item makes it code (B108); the items after it were told as a
    list right after a line of text (B107), whose advice, a blank line, split the list in two."""
    body = "Các việc:\n\n\t- Gửi tài liệu sớm, trước ít nhất một\n  ngày.\n- Kèm câu hỏi cụ thể.\n- Báo trước cho người phát biểu.\n\n"
    proc, found = _check_one(tmp_path, "huong-dan/ds-tab-dau.md", prose(body))
    assert [code for _, code, _ in found] == ["B108"], proc.stdout


@pytest.mark.parametrize("mark", ["•", "–"])
def test_an_outline_point_typed_with_words_bullet_is_told_which_mark(tmp_path, mark):
    proc, found = _check_one(tmp_path, TOPIC, topic(lambda b: b.replace("\n- ", f"\n{mark} ", 1)))
    assert [code for _, code, _ in found] == ["B107"] and f"'{mark}'" in found[0][2], proc.stdout


def test_an_outline_citing_a_document_its_references_leave_out_is_told_a_guide_is_not(tmp_path):
    """C111: an outline's references are its download's grounds; a guide tells documents apart
    and retells their history, which are no grounds."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / DOC.replace("10-ct-tw-2007", "11-ct-tw-2008")).write_text(doc(
        lambda d: d.replace("10-CT/TW-2007", "11-CT/TW-2008").replace("10-CT/TW", "11-CT/TW")
        .replace("2007-03-30", "2008-03-30").replace("30/3/2007", "30/3/2008")))
    cite = "Theo Chỉ thị 11-CT/TW ngày 30/3/2008 của Ban Bí thư."
    (content / TOPIC).write_text(topic(lambda b: b.replace("\n- ", f"\n- {cite} ", 1)))
    (content / GUIDE).write_text((content / GUIDE).read_text().rstrip("\n") + f"\n\n{cite}\n")
    proc, found = _check(content)
    assert proc.returncode == 0 and [(where.split(":")[0], code) for where, code, _ in found] == [(f"content/{TOPIC}", "C111")], proc.stdout
    assert "thêm 11-CT/TW-2008 vào references" in found[0][2]
    # Named as the history of a ground ("trước đây là …", "thay cho …"), it is none.
    for history in ("(trước đây là Chỉ thị 11-CT/TW ngày 30/3/2008 của Ban Bí thư)", "thay cho Chỉ thị 11-CT/TW ngày 30/3/2008",
                    "(trước đây là “Chỉ thị 11-CT/TW” ngày 30/3/2008)", "thay thế [Chỉ thị 11-CT/TW](/van-ban/11-ct-tw-2008/) ngày 30/3/2008"):
        (content / TOPIC).write_text(topic(lambda b, h=history: b.replace("\n- ", f"\n- Chi bộ làm như vậy {h}. ", 1)))
        proc, found = _check(content)
        assert proc.returncode == 0 and not found, (history, proc.stdout)


@pytest.mark.parametrize("minutes, said", [("0x" + "F" * 4000, "Cần số nguyên"), ("9" * 5000, "quá lớn"), ("=", "Cần số nguyên")])
def test_a_number_too_large_to_print_or_a_lone_sign_is_told_not_a_traceback(tmp_path, minutes, said):
    """"0xFFF…" four thousand digits long is a number Python will not print, and "=" alone is
    YAML's "value" key, which the safe loader cannot build: both ended the check in a traceback."""
    agenda = ("title: Chương trình thử\nsummary: Chương trình thử một lỗi.\nkind: thuong-ky\naudience: [bi-thu]\n"
              f"sources: [nguon-a]\nreviewed: 2026-01-01\nitems:\n- title: Khai mạc\n  minutes: {minutes}\n"
              "  lead: Bí thư\n  record: Giờ bắt đầu.\n- {title: Thảo luận, minutes: 90, lead: Bí thư, record: Ý kiến.}\n"
              "- {title: Bế mạc, minutes: 5, lead: Bí thư, record: Giờ kết thúc.}\n")
    proc, lines = _check_one(tmp_path, "chuong-trinh/so.yml", agenda)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr[-600:]
    assert [ln[1] for ln in lines] == ["S103"] and said in lines[0][2] and len(lines[0][2]) < 300, lines


@pytest.mark.parametrize("body", [" ".join("`<b>`" for _ in range(30)), "<ul>" + "<li>Ý." * 30 + "</ul>",
                                  "```yaml\n" + " " * 90 + "a: 1\n```", "<div markdown>\n<!-- </div> -->\nChữ.\n</div>"])
def test_what_only_looks_deep_is_not_past_the_limits(tmp_path, body):
    """Tags shown in code, list items left open as HTML allows, a code line indented far, a comment
    holding a closing tag: nothing nests there."""
    proc, found = _check_one(tmp_path, "huong-dan/sau.md", prose("Mở đầu.\n\n" + body + "\n\n"))
    assert "E005" not in [code for _, code, _ in found], found


# Past its syntax errors, the rest of a file is checked in the same run: an editor mending the
# quote marks of a title was told the unknown key, the wrong number and the wrong date only on the
# next run. What the error blanked is not called missing, and the file still builds no page.
AGENDA_PAST_A_SYNTAX_ERROR = ('title: "Chương trình" họp chi bộ\nsummary: Chương trình dùng để thử.\nkind: thuong-ky\n'
                              'colour: do\nitems:\n  - title: Khai mạc <script>alert(1)</script>\n    minutes: 5 phút\n'
                              '    lead: Bí thư\n    record: Theo Chỉ thị số 10-CT/TW ngày 30/3/2008 và Hướng dẫn 12-HD/BTC TW.\n'
                              '  - title: Thảo luận\n    minutes: 5000\n    lead: Bí thư\n')


def test_the_rest_of_a_file_is_checked_past_its_syntax_error(tmp_path):
    # A registry entry broken the same way is still there: a page listing its id is not told R102,
    # one citing its code not C101 (nor C102: its date is read once its file reads).
    proc, told = _check_files(tmp_path, {
        "chuong-trinh/loi.yml": AGENDA_PAST_A_SYNTAX_ERROR,
        DOC: (BASE / DOC).read_text().replace("title: Về nâng cao", 'title: "Về" nâng cao'),
        GUIDE: front(extra="references: [10-CT/TW-2007]\n")})
    assert proc.returncode == 1
    assert [line[:2] for line in told] == [["content/chuong-trinh/loi.yml:1:23:", "Y001"], ["content/chuong-trinh/loi.yml:4:1:", "S101"],
                    ["content/chuong-trinh/loi.yml:6:21:", "H101"], ["content/chuong-trinh/loi.yml:7:14:", "S103"],
                    ["content/chuong-trinh/loi.yml:9:56:", "C101"],
                    ["content/chuong-trinh/loi.yml:9:56:", "C106"], ["content/chuong-trinh/loi.yml:11:14:", "S107"],
                    [f"content/{DOC}:7:13:", "Y001"]], proc.stdout


def test_a_registry_entry_being_mended_tells_no_page_that_cites_it(tmp_path):
    """A syntax error in the 2025 Chỉ thị 50-CT/TW (a code reused in 1999 and 2015) or in the
    congress resolution known by name: the pages citing them were told C101, C102 and C107, as if
    the citations were wrong, 44 messages in files nobody touched. Only the broken files speak."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    for rel, line in (("van-ban/50-ct-tw-2025.yml", "title: Về tiếp tục"), ("van-ban/nq-dh-xiv.yml", "name: Nghị quyết Đại hội")):
        path = content / rel
        path.write_text(path.read_text().replace(line, line.replace(": ", ': "', 1) + '"', 1))
    proc, told = _check(content)
    assert proc.returncode == 1
    assert {where.split(":")[0] for where, *_ in told} == {"content/van-ban/50-ct-tw-2025.yml", "content/van-ban/nq-dh-xiv.yml"}, \
        proc.stdout


def _edited(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


# One file broken by a syntax error, as an editor breaks it: only that file speaks (no R102, C101,
# G101, C105, L101 elsewhere; no S103 on a list its error emptied), and its body's own rules still do.
MENDING = {
    "a registry id left open": ("van-ban/10-ct-tw-2007.yml", "id: 10-CT/TW-2007", 'id: "10-CT/TW-2007', None),
    "a registry code left open": ("van-ban/42-hd-btctw-2025.yml", "code: 42-HD/BTCTW", 'code: "42-HD/BTCTW', None),
    "a successor's title with a colon": ("van-ban/05-ct-tw-2016.yml", "title: ", "title: Chỉ thị: ", None),
    "a fact's only source after a tab": ("van-ban/03-ct-tw-2011.yml", "  status:\n  - ", "  status:\n  -\t", None),
    "a library's note with a colon": ("chuyen-de/thu-vien-chung/_thu-vien.yml", "  - Các đề cương là bản gợi ý; ",
                                      "  - Lưu ý: các đề cương là bản gợi ý: ", None),
    "an outline's title open, one question left": ("chuyen-de/thu-vien-chung/bien-ban-dien-tu.md", "title: Số hóa",
                                                   'title: "Số hóa', "S108"),
}


@pytest.mark.parametrize("rel, old, new, also", MENDING.values(), ids=MENDING.keys())
def test_a_file_being_mended_is_the_only_one_told(tmp_path, rel, old, new, also):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    _edited(content / rel, old, new)
    if also:  # a real problem in the body, which no syntax error of the front matter hides
        _edited(content / rel, "2. Những tài liệu nào nên gửi trước qua ứng dụng, những tài liệu nào không?\n", "")
        _edited(content / rel, "3. Ai chịu", "2. Ai chịu")
    proc, told = _check(content)
    assert proc.returncode == 1
    assert {where.split(":")[0] for where, *_ in told} == {f"content/{rel}"}, proc.stdout
    assert {code for _, code, *_ in told} == {"Y001", *([also] if also else [])}, proc.stdout


def test_a_character_the_yaml_reader_refuses_is_told_where_it_stands():
    """U+FFFE in a value was told by YAML's reader at 1:1, as "position 154"; C1 controls (a
    Windows-1258 file read as Latin-1; U+0085, which Python and YAML take for a line break) passed."""
    from sotay.source import read_text

    for char, at in (("\ufffe", (2, 13)), ("\x85", (2, 13)), ("\x9b", (2, 13))):
        _, problems = read_text(f"kind: bai-viet\ntitle: Bài v{char}iết\n".encode(), "content/nguon/x.yml")
        assert [(d.code, d.line, d.col) for d in problems] == [("E006", *at)], (char, problems)


def test_a_control_written_as_an_escape_is_told_at_the_escape(tmp_path):
    """"\\u200e" inside a quoted title was told where the value opens, its quote mark: the editor
    had a long line to search. Told at the backslash, a "\\\\" before it passed over, in a Markdown
    file's front matter as in a YAML file."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "nguon/esc.yml").write_text('kind: bai-viet\ntitle: "Bài \\\\ viết \\x1b[31m đỏ"\n')
    (content / GUIDE).write_text(front().replace("title: Trang thử", 'title: "Trang thử\\u200e"', 1))
    told = {(d.path, d.code, d.line, d.col) for d in load(content).problems}
    assert ("content/nguon/esc.yml", "E006", 2, 21) in told, told
    assert (f"content/{GUIDE}", "E006", 2, 18) in told, told


def test_one_log_holds_each_problem_on_its_line_and_the_count_last(tmp_path):
    """`make check 2>&1 | tee log`, as CI keeps it: the count (on stderr) came in the middle of the
    last problem's line (on stdout, written at exit)."""
    import subprocess
    import sys

    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / GUIDE).write_text(prose("Đoạn <b onclick=\"x\">chữ</b>.\n\n"))
    proc = subprocess.run([sys.executable, "-m", "sotay", "check", "--content", str(content)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 1 and lines[-1] == "1 lỗi, 0 cảnh báo.", proc.stdout
    assert re.fullmatch(rf"content/{GUIDE}:\d+:\d+: H102 .*\.", lines[0]), proc.stdout


def test_a_yaml_file_named_yaml_is_told_to_be_renamed(tmp_path):
    """".yaml" is YAML to every editor: E007 said only which endings the folder takes."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "nguon/bai-b.yaml").write_text("title: Bài viết\nkind: bai-viet\n")
    proc = check_here(content)
    assert proc.returncode == 1 and "content/nguon/bai-b.yaml:1:1: E007 " in proc.stdout, proc.stdout
    assert "Đổi tên tệp thành bai-b.yml." in proc.stdout, proc.stdout


def test_a_quotation_in_a_page_without_sources_is_told_to_list_one_first(tmp_path):
    """Q103 in a page with no sources asked for "Theo Báo Nhân Dân, …", and the same message came back
    once the editor wrote it: a name counts only as one of the page's sources."""
    quoted = "Tổng Bí thư nhấn mạnh: “Chi bộ phải là nơi mỗi đảng viên được rèn luyện thường xuyên.”\n\n"
    for written in (quoted, "Theo Báo Nhân Dân, " + quoted):
        proc, found = _check_one(tmp_path / str(len(written)), TOPIC, topic(lambda b, w=written: b.replace("## Yêu cầu", w + "## Yêu cầu")))
        told = [message for _, code, message in found if code == "Q103"]
        assert proc.returncode == 1 and len(told) == 1, found
        assert "trang này chưa có nguồn nào trong sources: thêm bài có đúng câu trích ấy vào content/nguon" in told[0], told


def test_a_registry_entry_s_sources_are_told_as_lines_to_write(tmp_path):
    """An editor wrote `sources: [nguon-a]` as a page does and was told only that lines `tên: giá
    trị` were wanted; then, a fact without one, "sources.issuing_body", a programmer's path."""
    text = (BASE / DOC).read_text()
    as_list = text[:text.index("sources:")] + "sources: [nguon-a]\n"
    proc, found = _check_one(tmp_path / "list", DOC, as_list)
    assert [code for _, code, _ in found] == ["S103"] and "ví dụ `  code: [mã-nguồn]`" in found[0][2], found
    one = text[:text.index("sources:")] + "sources:\n  code: [nguon-a]\n  term: [nguon-a]\n  date: [nguon-a]\n  title: [nguon-a]\n"
    proc, found = _check_one(tmp_path / "one", DOC, one)
    assert [(code, message.split(":")[0]) for _, code, message in found] == [("G104", "Dữ kiện 'issuing_body' chưa ghi nguồn")], found
    assert "thêm dòng `  issuing_body: [mã-nguồn]` dưới `sources:`" in found[0][2]


def test_a_link_by_reference_in_an_outline_is_told_to_be_written_inline(tmp_path):
    """An outline's point "[xem thêm][ct10]" with its definition at the file's end: the page shows
    the brackets, and L101 asked for the definition line the editor had written."""
    text = topic(lambda b: b.replace("- Ý một.", "- Ý một, [xem thêm][ct10].", 1) + "\n[ct10]: /van-ban/10-ct-tw-2007/\n")
    proc, found = _check_one(tmp_path, TOPIC, text)
    told = [message for _, code, message in found if code == "L101"]
    assert len(told) == 1 and "có dòng ghi địa chỉ của nhãn [ct10], nhưng dòng ấy nằm ở chỗ trang không đọc" in told[0], found


def test_word_s_table_and_bullet_pasted_under_a_point_are_named(tmp_path):
    """A table pasted from Word (cells apart by tabs) was told three times as lines without '- ', and a
    "•" line under a point was told to be joined to it: each is named, once."""
    text = topic(lambda b: b.replace("- Ý một.", "- Ý một.\n• Ý hai.\nCột A\tCột B\nGiá trị\tKhác", 1))
    proc, found = _check_one(tmp_path, TOPIC, text)
    told = [(code, message) for _, code, message in found if code in ("B103", "B107")]
    # Word's bullet under the rule that tells it in a guide (B107), the table under the outline's own.
    assert [code for code, _ in told] == ["B107", "B103"], found
    assert "dấu đầu dòng của Word '•'" in told[0][1] and "các ô cách nhau bằng Tab" in told[1][1], found



def test_an_anchor_of_some_of_a_heading_s_words_is_offered_that_heading():
    """"#thang-diem-cua-dia-phuong" for "## Ba thang điểm của địa phương để tham khảo" got no "Có
    phải …?"; the words in order from a word's start, in one heading only."""
    from sotay.linkcheck import _anchor_meant

    known = {"ba-thang-diem-cua-dia-phuong-de-tham-khao", "cach-cham-diem", "muc-dich"}
    assert _anchor_meant("thang-diem-cua-dia-phuong", known) == "ba-thang-diem-cua-dia-phuong-de-tham-khao"
    assert _anchor_meant("diem-cua", known) is None  # two words: too little to say
    assert _anchor_meant("cham-diem-moi", known) is None


def test_word_s_bullets_are_asked_for_a_blank_line_only_where_none_is():
    """B107 asked for a blank line before the list where the editor had left one."""
    from sotay.lists import list_problems

    apart = [message for _, _, message, _ in list_problems("Các việc:\n\n– Việc một.\n– Việc hai.\n")]
    apart += [message for _, _, message, _ in list_problems("Các việc:\n\n• Việc một khá dài, được ngắt\n  sang dòng sau.\n• Việc hai.\n")]
    stuck = [message for _, _, message, _ in list_problems("Các việc:\n– Việc một.\n– Việc hai.\n")]
    assert len(apart) == 4 and not any("dòng trống" in m for m in apart), apart
    assert stuck and all(m.endswith("trước danh sách để một dòng trống.") for m in stuck), stuck


def test_a_registry_entry_without_sources_is_told_the_lines_under_it():
    """S102 said "thêm một dòng `sources: ...`", and a list there is S103: say the block it is."""
    from sotay.model import Document
    from sotay.schema import _missing, specs

    spec = next(s for f, s in specs(Document) if f.name == "sources")

    class Ctx:
        in_body = False

    told = _missing("sources", spec, (), Ctx())
    assert "thêm một dòng `sources:`, rồi dưới nó mỗi tên một dòng thụt vào, ví dụ `  code: [mã-nguồn]`" in told, told


def test_a_link_by_reference_with_a_space_is_no_title_in_brackets_and_a_definition_in_code_is_none(tmp_path):
    """"[Chỉ thị …] [ct]" is a link to Markdown, and was told as a title shown in brackets (L101); a
    label defined only inside a code block was told that its definition lay where the page does
    not read it, and to delete it."""
    body = ("Và [Chỉ thị số 10-CT/TW ngày 30/3/2007] [ct] nữa, và [Chỉ thị 10-CT/TW ngày 30/3/2007]\n[ct] nữa.\n\n"
            "[ct]: /van-ban/10-ct-tw-2007/\n\n")
    proc, found = _check_one(tmp_path / "space", "huong-dan/tham-chieu.md", prose(body))
    assert proc.returncode == 0, found
    coded = "Đọc [Chỉ thị 10-CT/TW][y] trong tháng.\n\n```text\n[y]: /van-ban/10-ct-tw-2007/\n```\n\n"
    proc, found = _check_one(tmp_path / "code", "huong-dan/tham-chieu.md", prose(coded))
    told = [message for _, code, message in found if code == "L101"]
    assert len(told) == 1 and "không có dòng ghi địa chỉ của nhãn [y]" in told[0], found



def test_a_soft_hyphen_in_a_code_is_told_as_invisible_not_as_an_old_encoding():
    """"10-C\u00adT/TW" was told as text pasted from TCVN3 (E009, convert it with Unikey): a word of
    ASCII with a soft hyphen is no old encoding's."""
    from sotay.source import _pasted

    told = [(d.code, d.col) for d in _pasted("x", "Theo Chỉ thị số 10-C\u00adT/TW ngày 30/3/2007.\n")]
    assert told == [("E010", 21)], told
    assert [d.code for d in _pasted("x", "Theo Chỉ thị 10-CT/TW\u00adngày 30/3/2007.\n")] == ["E010"]
    assert [d.code for d in _pasted("x", "Chi bộ t\u00ad vấn nh\u00ad thế.\n")] == ["E009"]  # TCVN3's "ư" still


def test_outline_lines_with_a_tab_after_their_mark_are_no_table_and_a_tab_in_a_point_is_named(tmp_path):
    """Word's second-level bullet and numbered lines with a tab ("o\tÝ con", "(1)\t…") were told as a
    table pasted from Word; a tab inside a point was told as a YAML escape."""
    marked = topic(lambda b: b.replace("- Ý một.", "- Ý một.\no\tÝ con.\n(1)\tBa.\nBước 1:\tBốn.", 1))
    proc, found = _check_one(tmp_path / "marks", TOPIC, marked)
    assert found and not any("bảng" in message for _, _, message in found), found
    table = topic(lambda b: b.replace("- Ý một.", "- Ý một.\nSTT\tNội dung\tThời gian\n1\tKhai mạc\t5 phút", 1))
    proc, found = _check_one(tmp_path / "table", TOPIC, table)
    assert len(found) == 1 and "bảng" in found[0][2], found
    tabbed = topic(lambda b: b.replace("- Ý một.", "- Ý một.\t(ghi chú)", 1))
    proc, found = _check_one(tmp_path / "tab", TOPIC, tabbed)
    assert [(code, "Tab" in message) for _, code, message in found] == [("E006", True)], found


def test_a_link_by_reference_with_more_than_one_space_before_its_label_is_told(tmp_path):
    """Markdown takes one space or line break between "]" and "[nhãn]": with more, the page showed
    the brackets and the check said nothing."""
    body = ("Và [Chỉ thị 10-CT/TW]  [ct10] nữa, và [Chỉ thị 10-CT/TW] [ct10] đúng.\n\n"
            "> Trích: [Chỉ thị 10-CT/TW][ctc].\n>\n> [ctc]: /van-ban/10-ct-tw-2007/\n\n[ct10]: /van-ban/10-ct-tw-2007/\n\n"
            # Placeholders, a checkbox and two shortcut links are as meant.
            "Điền vào: [họ tên]  [chức vụ]. Xem [ctc]  [ct10].\n\n- [ ]  [Ghi biên bản][ct10] đã đọc chưa?\n\n")
    proc, found = _check_one(tmp_path, "huong-dan/tham-chieu.md", prose(body))
    assert [code for _, code, _ in found] == ["L101"] and "hơn một dấu cách" in found[0][2], found


def test_a_definition_in_a_quotation_or_under_an_admonition_is_made_relative_and_one_in_code_is_not():
    """A definition inside a quotation was told the page could not read it (the site left its
    address from the root, which the strict build refuses); one in a code block under a list item
    is shown as written, and was rewritten."""
    from sotay.render.links import rewrite

    known = {"huong-dan/ghi-bien-ban"}
    assert rewrite("> [gb]: /huong-dan/ghi-bien-ban/\n", "huong-dan/x.md", known) == "> [gb]: ghi-bien-ban.md\n"
    assert rewrite('!!! note\n    [gb]: /huong-dan/ghi-bien-ban/\n', "huong-dan/x.md", known).endswith("[gb]: ghi-bien-ban.md\n")
    code = "- Ví dụ:\n\n        [gb]: /huong-dan/ghi-bien-ban/\n"
    assert rewrite(code, "huong-dan/x.md", known) == code


def test_a_citation_in_code_or_a_comment_is_not_checked(tmp_path):
    """An editor's note in a comment and an example of a wrong date in code show no citation to a
    reader and link to nothing: checked, they failed CI on correct pages. In prose, the same is told."""
    wrong = "Chỉ thị 10-CT/TW ngày 31/3/2007"
    proc, found = _check_one(tmp_path, GUIDE, prose(f"<!-- Cần kiểm tra lại: {wrong} -->\n\nVí dụ viết sai: `{wrong}`.\n\n"
                                                    f"```\n{wrong}\n```\n\nTrong văn bản: {wrong}.\n\n"))
    c102 = [where for where, code, _ in found if code == "C102"]
    assert proc.returncode == 1 and len(c102) == 1, found


def test_a_joint_document_is_registered_and_cited_under_its_own_code(tmp_path):
    """"Hướng dẫn liên tịch số 01-HDLT/BTCTW-BTGTW": a joint code keeps its abbreviation, and the
    kind it is issued under is its type; it was neither found in text nor accepted in the registry."""
    entry = ("id: 01-HDLT/BTCTW-BTGTW-2020\ntype: huong-dan\ncode: 01-HDLT/BTCTW-BTGTW\ndate: 2020-03-10\nscope: trung-uong\n"
             "examples:\n  - Hướng dẫn liên tịch số 01-HDLT/BTCTW-BTGTW ngày 10/3/2020\n"
             "sources:\n  code: [nguon-a]\n  date: [nguon-a]\n")
    page = prose("Thực hiện Hướng dẫn liên tịch số 01-HDLT/BTCTW-BTGTW ngày 10/3/2020, chi bộ họp.\n\n")
    proc, found = _check_files(tmp_path, {"van-ban/01-hdlt-btctw-btgtw-2020.yml": entry, GUIDE: page})
    assert proc.returncode == 0 and found == [], found
    proc, found = _check_files(tmp_path / "again", {GUIDE: page.replace("ngày 10/3/2020", "ngày 11/3/2020")})
    assert proc.returncode == 1 and [code for _, code, _ in found] == ["C101"], found
    # Its short form under its kind: "Hướng dẫn liên tịch số 01" was told to change a kind already right.
    short = page.replace("01-HDLT/BTCTW-BTGTW ngày", "01 ngày")
    proc, found = _check_files(tmp_path / "short", {"van-ban/01-hdlt-btctw-btgtw-2020.yml": entry, GUIDE: short})
    assert proc.returncode == 0 and found == [], found


@pytest.mark.parametrize("markdown, told", [
    ("Xem [mục một](/huong-dan/trang-a.md).", ["L101"]),
    ("Xem [mục một](../trang-a.md) và [trang](/huong-dan/trang-a/).", ["L101"]),
    ("Xem [mục một](/huong-dan/trang-a/), mẫu ở tệp trang-a.md của kho.", []),
])
def test_a_page_link_written_as_a_file_is_told_once_and_a_file_s_name_in_prose_not_at_all(tmp_path, markdown, told):
    """The site's conversion of a page link ("trang-a.md") was told as a second L101 wherever its
    name stood in the text: in the address written, or in prose beside a correct link."""
    proc, found = _check_one(tmp_path, "huong-dan/trang-b.md", prose(markdown + "\n\n"))
    assert [code for _, code, _ in found] == told, found
    assert all("/huong-dan/trang-a/" in message for _, _, message in found), found


def test_a_total_written_as_a_step_of_a_yaml_agenda_is_told(tmp_path):
    """"- title: Tổng cộng / minutes: 90" passed the check: the page listed it as a step and its
    total, 180 minutes, twice the meeting's. A table's total row was told (B105); this is too."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    agenda = content / "chuong-trinh/sinh-hoat-thuong-ky.yml"
    agenda.write_text(agenda.read_text().replace(
        "\n  - title: Điểm tin thời sự", "\n  - title: Tổng cộng\n    minutes: 90\n    lead: Bí thư chi bộ\n    record: Không ghi.\n"
        "  - title: Điểm tin thời sự", 1))
    proc, found = _check(content)
    assert proc.returncode == 1 and found == [["content/chuong-trinh/sinh-hoat-thuong-ky.yml:11:12:", "B105", TOTAL_TOLD]], found


def test_a_page_listed_twice_in_related_or_the_page_itself_is_told(tmp_path):
    """Its "Xem thêm" listed a page twice, or linked the reader back to the page they were on."""
    text = front().replace("reviewed:", "related: [huong-dan/trang-a, huong-dan/trang-b, huong-dan/trang-a]\nreviewed:")
    proc, found = _check_one(tmp_path, "huong-dan/trang-b.md", text)
    assert proc.returncode == 1 and [code for _, code, _ in found] == ["R103", "R103"], found
    assert "là chính trang này" in found[0][2] and "đã có ở trên" in found[1][2], found


def test_a_registry_page_in_related_is_listed_by_its_document_s_name():
    """"related: [van-ban/50-ct-tw-2025]" was listed under "Xem thêm" as its key."""
    from sotay.registry import Registry
    from sotay.render.pages import Renderer

    corpus = load(CONTENT)
    see_also = Renderer(corpus, Registry.build(corpus.documents)).see_also(["van-ban/50-ct-tw-2025"], "huong-dan/a.md")
    assert "[Chỉ thị 50-CT/TW ngày 23/7/2025](" in see_also, see_also


@pytest.mark.parametrize("text", [
    "|\n      ## Chuẩn bị\n\n      Chi ủy họp trước.",
    '"# Phân công"',
    '"#1 trong tỉnh về số chuyên đề"',
    "|\n      Chi ủy họp trước\n      ---\n\n      Rồi gửi tài liệu.",
])
def test_a_heading_in_a_field_is_told(tmp_path, text):
    """"## Chuẩn bị" in a practice's text, or a line over "---": a heading of the page, which put
    the next practice under it in the page's outline, passed without a word."""
    page = meeting("").replace("text: Mô tả cách làm bằng lời của mình.\n", f"text: {text}\n")
    proc, found = _check_one(tmp_path, "mo-hinh/tieu-de.yml", page)
    found = [f for f in found if f[1] != "T101"]  # the template's own words are kept: a warning
    assert proc.returncode == 1 and [code for _, code, _ in found] == ["B103"], found
    assert found[0][0].startswith(("content/mo-hinh/tieu-de.yml:13:", "content/mo-hinh/tieu-de.yml:14:")), found


@pytest.mark.parametrize("item, marker", [("• Bài học rút ra.", "•"), ("1. Bài học rút ra.", "1."), ("+ Bài học rút ra.", "+")])
def test_a_yaml_list_item_with_a_bullet_of_its_own_is_told(tmp_path, item, marker):
    """"- • Bài học…" under lessons showed "• •" on the page, "- 1. …" a numbered list inside a bullet."""
    page = meeting("").replace("  - Bài học rút ra.\n", f"  - {item}\n")
    proc, found = _check_one(tmp_path, "mo-hinh/dau-dong.yml", page)
    found = [f for f in found if f[1] != "T101"]  # the template's own words are kept: a warning
    assert proc.returncode == 1 and [(where, code) for where, code, _ in found] == [("content/mo-hinh/dau-dong.yml:17:5:", "B107")], found
    assert f"bỏ {marker!r}" in found[0][2], found


@pytest.mark.parametrize("change, code", [
    (("  kind: thuong-ky", "  kind: thường kỳ"), "S105"),
    (("reviewed: 2026-01-01", "reviewed: 2099-12-05"), None),
    (('title: "Chi bộ thử"', 'title: "CHI BỘ THỬ NGHIỆM"'), "S107"),
    (("  # members, year", "  members: 25 đồng chí\n  # year"), "S103"),
])
def test_a_yaml_list_items_bullet_is_told_beside_a_value_error_elsewhere_in_the_file(tmp_path, change, code):
    """An audit's: "kind: thường kỳ", a future review date or a title in capitals (the file refused)
    hid the "- • …" and "- 1) …" items until mended, the next run telling them; a wrong type did not.
    Every problem of the file in one run, each once."""
    page = meeting("").replace(*change).replace("  - Bài học rút ra.\n", "  - • Bài học rút ra.\n")
    page = page.replace("  - Kết quả như nguồn ghi.\n", "  - 1) Kết quả như nguồn ghi.\n")
    proc, found = _check_one(tmp_path, "mo-hinh/dau-dong.yml", page)
    found = [f for f in found if f[1] != "T101"]  # the template's own words are kept: a warning
    bullets = [(where, message) for where, c, message in found if c == "B107"]
    lines = [page[:page.index(f"  - {mark} ")].count("\n") + 1 for mark in ("1)", "•")]
    assert [where for where, _ in bullets] == [f"content/mo-hinh/dau-dong.yml:{line}:5:" for line in lines], found
    assert "bỏ '1)'" in bullets[0][1] and "bỏ '•'" in bullets[1][1], found
    others = [c for _, c, _ in found if c != "B107"]
    assert len(others) == 1 and (code is None or others == [code]), found
    assert proc.returncode == 1


@pytest.mark.parametrize("title, mark", [("1. Khai mạc, điểm danh", "1."), ("2) Khai mạc, điểm danh", "2)"),
                                         ("a) Khai mạc, điểm danh", "a)"), ("II. Khai mạc, điểm danh", "II."),
                                         ("• Khai mạc, điểm danh", "•"), ("'- Khai mạc, điểm danh'", "-"),
                                         ("'1.1. Khai mạc, điểm danh'", "1.1."), ("(1) Khai mạc, điểm danh", "(1)")])
def test_a_steps_title_numbered_or_bulleted_as_in_word_is_told(tmp_path, title, mark):
    """An audit's: "- title: 1. Khai mạc…" passed and the page, the Markdown and the DOCX showed
    "1 | 1. Khai mạc": the table numbers the steps. Told at the mark, in a model meeting's agenda
    and in a sample agenda as YAML or Markdown, not stripped."""
    page = meeting("").replace("    - title: Khai mạc, điểm danh, thông qua chương trình\n", f"    - title: {title}\n")
    proc, found = _check_one(tmp_path, "mo-hinh/so-buoc.yml", page)
    found = [f for f in found if f[1] != "T101"]  # the template's own words are kept: a warning
    line = page[:page.index(f"    - title: {title}")].count("\n") + 1
    column = 14 + (title[0] == "'")
    assert proc.returncode == 1 and [(where, code) for where, code, _ in found] == [(f"content/mo-hinh/so-buoc.yml:{line}:{column}:", "B107")], found
    assert f"Xóa ‘{mark}’ ở đầu nội dung bước" in found[0][2] and "cột STT" in found[0][2], found

    shown = title.strip("'")
    agenda = AGENDA_MD.replace("| 1 | Khai mạc, điểm danh |", f"| 1 | {shown} |")
    proc, found = _check_one(tmp_path / "md", "chuong-trinh/so-buoc.md", agenda)
    line = agenda[:agenda.index(f"| 1 | {shown}")].count("\n") + 1
    assert [(where, code) for where, code, _ in found] == [(f"content/chuong-trinh/so-buoc.md:{line}:7:", "B107")], found
    # An escaped pipe later in the cell: the mark is still found where it is written.
    agenda = AGENDA_MD.replace("| 1 | Khai mạc, điểm danh |", f"| 1 | {shown} \\| điểm danh |")
    proc, found = _check_one(tmp_path / "pipe", "chuong-trinh/so-buoc.md", agenda)
    assert [(where, code) for where, code, _ in found if code == "B107"] == [(f"content/chuong-trinh/so-buoc.md:{line}:7:", "B107")], found


@pytest.mark.parametrize("title", ["5 phút điểm tin thời sự", "12 điều đảng viên không được làm", "3 tính, 4 không",
                                   "2.000 đảng viên của đảng bộ", "1/2 thời gian cho thảo luận",
                                   "A. Lê-nin và chi bộ", "Điểm tin; 1. Thời sự", "Bước đầu khai mạc",
                                   "V. I. Lê-nin bàn về chi bộ"])
def test_a_steps_title_opening_with_its_own_number_passes(tmp_path, title):
    page = meeting("").replace("    - title: Khai mạc, điểm danh, thông qua chương trình\n", f"    - title: {title}\n")
    proc, found = _check_one(tmp_path, "mo-hinh/so-buoc.yml", page)
    assert [code for _, code, _ in found if code != "T101"] == [], found


@pytest.mark.parametrize("space", ["\u00a0", "\u2003"])
def test_a_steps_bullet_after_a_space_the_page_drops_is_told_at_the_bullet(tmp_path, space):
    # The schema strips a value's spaces, a no-break or an em space too, and the page showed "• …".
    page = meeting("").replace("    - title: Khai mạc, điểm danh, thông qua chương trình\n",
                               f"    - title: \"{space}• Khai mạc, điểm danh\"\n")
    proc, found = _check_one(tmp_path, "mo-hinh/so-buoc.yml", page)
    line = page[:page.index("    - title: \"")].count("\n") + 1
    told = [(where, code) for where, code, _ in found if code == "B107"]
    assert told == [(f"content/mo-hinh/so-buoc.yml:{line}:16:", "B107")], found


def test_a_file_of_the_wrong_type_or_a_folder_in_a_content_folder_is_told_the_one_change_to_make(tmp_path):
    """".MD", Notepad's ".md.txt", a folder inside huong-dan/, a type typed twice: each was told only
    what the folder holds, or offered "ban-sao-md" as the name."""
    page = front()
    files = {"huong-dan/ban-sao.MD": page, "huong-dan/ghi-chu.md.txt": page, "huong-dan/tinh-a/trang.md": page,
             "huong-dan/ban-sao-4.md.md": page.replace("title: Trang thử", "title: Trang thử bốn")}
    proc, found = _check_files(tmp_path, files)
    told = {where.split(":")[0]: message for where, code, message in found if code in ("E007", "S106")}
    assert told["content/huong-dan/ban-sao.MD"].endswith("Đổi tên tệp thành ban-sao.md."), told
    assert told["content/huong-dan/ghi-chu.md.txt"].endswith("Đổi tên tệp thành ghi-chu.md."), told
    assert "ra thẳng huong-dan/" in told["content/huong-dan/tinh-a"], told
    assert "(gợi ý: ban-sao-4)" in told["content/huong-dan/ban-sao-4.md.md"], told


def test_a_file_s_own_field_indented_into_a_block_is_told_to_lose_its_indent(tmp_path):
    """"reviewed:" indented under "cell:" was told as a field "not used here" and again, at line 2,
    as missing."""
    page = meeting("")
    reviewed = re.search(r"(?m)^reviewed: .*\n", page).group()
    page = page.replace(reviewed, "").replace("  parent: Đảng ủy ...\n", "  parent: Đảng ủy ...\n  " + reviewed)
    proc, found = _check_one(tmp_path, "mo-hinh/thut-le.yml", page)
    found = [f for f in found if f[1] != "T101"]  # the template's own words are kept: a warning
    assert [code for _, code, _ in found] == ["S101"] and "bỏ thụt lề, viết 'reviewed:' sát lề trái" in found[0][2], found


def test_a_closing_line_word_turned_into_a_dash_is_told_where_it_is(tmp_path):
    """Word's AutoCorrect makes "---" an em dash: told as a line missing after the fields."""
    text = front()
    lines = text.split("\n")
    closing = max(i for i, line in enumerate(lines) if line == "---")
    lines[closing] = "—"
    proc, found = _check_one(tmp_path, GUIDE, "\n".join(lines))
    assert [(where, code) for where, code, _ in found] == [(f"content/{GUIDE}:{closing + 1}:1:", "Y002")], found
    assert "'—'" in found[0][2] and "'---'" in found[0][2], found
    proc, found = _check_one(tmp_path / "opening", GUIDE, "—" + text[3:])
    assert [(where, code) for where, code, _ in found] == [(f"content/{GUIDE}:1:1:", "Y002")] and "'—'" in found[0][2], found


def test_long_lists_of_bold_labels_and_a_form_s_blanks_are_within_the_limits(tmp_path):
    """Counting every "*" and "_" of a paragraph refused a list of a hundred bold labels, a table of
    bold cells and a form's "______" blanks: only emphasis opened deep is past the limit."""
    body = ("\n".join(f"- **Mục {i}:** nội dung" for i in range(150)) + "\n\n"
            + "\n".join(f"Dòng {i}: ________________________________" for i in range(40)) + "\n\n")
    proc, found = _check_one(tmp_path, "huong-dan/nhieu-nhan.md", prose(body))
    assert "E005" not in [code for _, code, _ in found], found


def _swap_last_columns(line: str) -> str:
    cells = line.split("|")
    cells[4], cells[5] = cells[5], cells[4]
    return "|".join(cells)


def test_a_markdown_agenda_s_columns_in_another_order_are_told_once_and_read_by_their_names(tmp_path):
    """Columns "Người thực hiện" and "Ghi vào biên bản" swapped passed, and the page said who leads
    was what to record; "Thời gian" swapped with another gave a B105 a row, none naming the columns."""
    text = "\n".join(_swap_last_columns(line) if line.startswith("|") else line for line in AGENDA_MD.split("\n"))
    proc, found = _check_one(tmp_path, "chuong-trinh/cot.md", text)
    assert [(where, code) for where, code, _ in found] == [("content/chuong-trinh/cot.md:13:1:", "B105")], found
    corpus = load(tmp_path / "content")
    assert [item.lead for item in corpus.agendas["cot"].items] == ["Bí thư chi bộ", "Người được phân công", "Bí thư chi bộ"]


def test_a_misnamed_library_file_is_named_with_the_name_to_give_it(tmp_path):
    """"_thu_vien.yml" was told only "Thư viện thiếu tệp _thu-vien.yml", the file beside it unnamed."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    library = content / "chuyen-de/thu-vien-a"
    (library / "_thu-vien.yml").rename(library / "_thu_vien.yml")
    proc, found = _check(content)
    told = [message for _, code, message in found if code == "E007"]
    assert proc.returncode == 1 and told and "Đổi tên tệp _thu_vien.yml thành _thu-vien.yml" in told[0], found


LOCAL_DOC = ("id: 20-HD/TU-2022-quang-ninh\ntype: huong-dan\ncode: 20-HD/TU\nissuing_body: Ban Thường vụ Tỉnh ủy Quảng Ninh\n"
             "date: 2022-03-10\nscope: dia-phuong\nprovince: Quảng Ninh\nexamples:\n  - Hướng dẫn số 20-HD/TU ngày 10/3/2022 của Ban "
             "Thường vụ Tỉnh ủy Quảng Ninh\nsources:\n  code: [nguon-a]\n  issuing_body: [nguon-a]\n  date: [nguon-a]\n")


@pytest.mark.parametrize("change, told", [
    (lambda d: d.replace("scope: dia-phuong", "scope: trung-uong"), "không phải văn bản Trung ương"),
    (lambda d: d.replace("province: Quảng Ninh\n", ""), "cần trường province"),
    (lambda d: d.replace("id: 20-HD/TU-2022-quang-ninh", "id: 20-HD/TU-2022"), "ở đây -quang-ninh"),
])
def test_a_province_s_document_names_its_province_in_its_scope_and_id(tmp_path, change, told):
    """A province's document written "scope: trung-uong" said "Văn bản của Trung ương" on its page;
    without its province, or its id without it, it passed, indistinguishable from another province's."""
    rel = "van-ban/20-hd-tu-2022-quang-ninh.yml"
    proc, found = _check_one(tmp_path, rel, LOCAL_DOC)
    assert proc.returncode == 0 and found == [], found
    text = change(LOCAL_DOC)
    name = "van-ban/20-hd-tu-2022.yml" if "id: 20-HD/TU-2022\n" in text else rel
    proc, found = _check_one(tmp_path / "changed", name, text)
    assert proc.returncode == 1 and any(code == "G108" and told in message for _, code, message in found), found


def test_a_form_s_part_numbered_by_hand_is_told(tmp_path):
    """"heading: I. Nội dung kết luận" printed "I. I. NỘI DUNG KẾT LUẬN": the page and the DOCX number parts."""
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    form = content / "mau/ban-dang-ky-lam-theo-bac.yml"
    form.write_text(form.read_text().replace("  - heading: Điều tôi học tập trong năm", "  - heading: I. Điều tôi học tập trong năm"))
    proc, found = _check(content)
    assert [(where, code) for where, code, _ in found] == [("content/mau/ban-dang-ky-lam-theo-bac.yml:13:14:", "B103")], found
    assert "bỏ ‘I.’ ở đầu" in found[0][2], found


def test_a_malformed_code_is_told_once(tmp_path):
    """"code: 20 HD/TU" was told S107, then as no code at all (S102), then its example as unknown."""
    proc, found = _check_one(tmp_path, DOC, doc(lambda d: d.replace("code: 10-CT/TW", "code: 10 CT/TW")))
    codes = [code for _, code, _ in found]
    assert proc.returncode == 1 and "S107" in codes and "S102" not in codes, found


def test_a_source_named_for_the_province_says_where_it_comes_from(tmp_path):
    """An editor gave the province its own source and was told only that 'province' is no key: the
    page sources the scope and the province with the issuing body's sources, and the message says so."""
    proc, found = _check_one(tmp_path, DOC, doc(lambda d: d.replace("sources:\n", "sources:\n  province: [nguon-a]\n")))
    assert proc.returncode == 1 and [code for _, code, _ in found] == ["S107"], found
    assert "suy ra từ cơ quan ban hành" in found[0][2] and "issuing_body" in found[0][2], found


def test_an_example_beside_a_mistyped_date_names_the_dates_line_too(tmp_path):
    """The date typed wrong (2024-10-03 for 10/3/2024), the example copied right: the message named
    the example's line only and said to mend it. It names the date's line as well."""
    proc, found = _check_one(tmp_path, DOC, doc(lambda d: d.replace("date: 2007-03-30", "date: 2007-01-30")))
    told = [m for _, code, m in found if code == "G107"]
    date_line = next(n for n, line in enumerate(doc().splitlines(), 1) if line.startswith("date:"))
    assert proc.returncode == 1 and told and all(f"(date ở dòng {date_line})" in m for m in told), found


def test_a_code_two_provinces_share_asks_for_its_issuer_not_a_term(tmp_path):
    """Provinces number their documents alike, and have no term: "05-HD/BTCTU" of two provinces
    was told to add "ngày ban hành, hoặc khóa". The issuer, with its province, tells them apart."""
    def local(province, slug):
        return (f"id: 05-HD/BTCTU-2024-{slug}\ntype: huong-dan\ncode: 05-HD/BTCTU\nissuing_body: Ban Tổ chức Tỉnh ủy {province}\n"
                f"year: 2024\nscope: dia-phuong\nprovince: {province}\n"
                f"examples: [Hướng dẫn 05-HD/BTCTU năm 2024 của Ban Tổ chức Tỉnh ủy {province}]\n"
                "sources: {code: [nguon-a], issuing_body: [nguon-a], year: [nguon-a]}\n")
    proc, found = _check_files(tmp_path, {"van-ban/05-hd-btctu-2024-quang-tri.yml": local("Quảng Trị", "quang-tri"),
                                          "van-ban/05-hd-btctu-2024-ben-tre.yml": local("Bến Tre", "ben-tre"),
                                          "huong-dan/hai-tinh.md": prose("Theo Hướng dẫn 05-HD/BTCTU, chi bộ họp đúng kỳ. ")})
    told = [m for _, code, m in found if code == "C107"]
    assert told and "hoặc cơ quan ban hành (có tên tỉnh)" in told[0] and "khóa" not in told[0], found


def test_markdown_inside_details_with_its_attribute_passes(tmp_path):
    """The fix B117 asks for is one the check takes: <details markdown> renders its list."""
    proc, found = _check_one(tmp_path, GUIDE, prose("<details markdown>\n<summary>Ai điểm tin thay?</summary>\n\n"
                                                     "- Người dự phòng.\n- Người vắng, tháng sau.\n\n</details>\n\n"))
    assert proc.returncode == 0 and found == [], found


def test_a_document_replaced_by_another_provinces_is_told(tmp_path):
    """An editor marked Trà Vinh's guide replaced by Quảng Trị's, and the check passed it: a body
    replaces its own documents only."""
    def local(province, slug, year, extra=""):
        return (f"id: 05-HD/BTCTU-{year}-{slug}\ntype: huong-dan\ncode: 05-HD/BTCTU\nissuing_body: Ban Tổ chức Tỉnh ủy {province}\n"
                f"year: {year}\nscope: dia-phuong\nprovince: {province}\n{extra}"
                f"examples: [Hướng dẫn 05-HD/BTCTU năm {year} của Ban Tổ chức Tỉnh ủy {province}]\n"
                "sources: {code: [nguon-a], issuing_body: [nguon-a], year: [nguon-a]"
                + (", status: [nguon-a], replaced_by: [nguon-a]}\n" if extra else "}\n"))
    proc, found = _check_files(tmp_path, {
        "van-ban/05-hd-btctu-2020-ben-tre.yml": local("Bến Tre", "ben-tre", 2020,
                                                      "status: da-thay-the\nreplaced_by: 05-HD/BTCTU-2024-quang-tri\n"),
        "van-ban/05-hd-btctu-2024-quang-tri.yml": local("Quảng Trị", "quang-tri", 2024)})
    told = [(where, m) for where, code, m in found if code == "G101"]
    assert proc.returncode == 1 and len(told) == 1 and told[0][0].startswith("content/van-ban/05-hd-btctu-2020-ben-tre.yml:"), found
    assert "của Quảng Trị" in told[0][1] and "của Bến Tre" in told[0][1], told


def test_a_value_is_quoted_as_typed_with_its_lookalikes_named(tmp_path):
    """repr() doubled a backslash ('huong-dan\\\\ghi-bien-ban') and showed a no-break space as \\xa0;
    an en dash in a code looked like the hyphen the message asked for."""
    dashed = doc(lambda d: d.replace("code: 10-CT/TW", "code: 10\u2013CT/TW"))
    proc, found = _check_files(tmp_path, {GUIDE: front("related: [huong-dan\\trang-b]\n"), DOC: dashed})
    messages = {code: message for _, code, message in found}
    assert "'huong-dan\\trang-b'" in messages["R103"], proc.stdout
    assert "'10–CT/TW' (có dấu gạch ngang ‘–’ (U+2013) thay cho dấu gạch nối ‘-’)" in messages["S107"], proc.stdout


def test_a_code_refused_for_its_dash_is_one_error_not_one_per_page_citing_it(tmp_path):
    """'13–HD/BTCTU' (Word's en dash) was S107 in its file, then C101 on every page that cites it,
    each telling the editor to add a document the registry holds, and G107 on its examples."""
    dashed = doc(lambda d: d.replace("code: 10-CT/TW", "code: 10\u2013CT/TW"))
    proc, found = _check_files(tmp_path, {DOC: dashed, GUIDE: prose("Theo Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư.\n\n")})
    assert [code for _, code, _ in found] == ["S107"], proc.stdout


@pytest.mark.parametrize("typed", ["10-ct/tw", "10 CT/TW", "10-Ct/TW", "10-CT/TW.", "10-CT/T W", "10-CT/TƯ", "10/CT-TW"])
def test_a_code_the_pattern_takes_but_written_wrong_is_one_error_with_its_fix(tmp_path, typed):
    """'144-QD/TW', '144-qđ/tw' (a new editor's): the entry stood under a code no citation writes,
    each page citing it was told to add it (C101) or write the code wrong (C109), its id to start
    with the typo (G105)."""
    wrong = doc(lambda d: d.replace("code: 10-CT/TW", f'code: "{typed}"'))
    proc, found = _check_files(tmp_path, {DOC: wrong, GUIDE: prose("Theo Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư.\n\n")})
    assert [code for _, code, _ in found] == ["S107"], proc.stdout
    assert found[0][2].endswith("viết như văn bản ghi: 10-CT/TW."), proc.stdout


def test_a_code_miswritten_past_reading_leaves_no_page_citing_it_told_to_add_it(tmp_path):
    """'12.HD/BTCTW' is read as no code at all: the entry's id still names it, and its 63 citations
    were each C101."""
    wrong = doc(lambda d: d.replace("code: 10-CT/TW", 'code: "10.CT/TW"'))
    proc, found = _check_files(tmp_path, {DOC: wrong, GUIDE: prose("Theo Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư.\n\n")})
    assert [code for _, code, _ in found] == ["S107"], proc.stdout


@pytest.mark.parametrize("code, meant", [("24-QD/TW", "24-QĐ/TW"), ("24-qđ/tw", "24-QĐ/TW"), ("15-QĐI/TU", "15-QĐi/TU"),
                                         ("15-QDi/TU", "15-QĐi/TU"), ("24-QĐ/TW.", "24-QĐ/TW"), ("15-QĐi/TU", None),
                                         ("76/2025/UBTVQH15", None), ("111/2022/NĐ-CP", None), ("16/CT-TTg", None),
                                         ("01-CTr/TU", None), ("06-HD/ĐUK", None),
                                         ("12-HĐ/BTCTW", "12-HD/BTCTW"), ("12/HD-BTCTW", "12-HD/BTCTW"),
                                         ("12-HD/BTC-TW", "12-HD/BTCTW"), ("13/HD-BTCTU", "13-HD/BTCTU"), ("08/QĐ-TU", "08-QĐ/TU")])
def test_a_registry_code_written_wrong_is_offered_as_documents_write_it(code, meant):
    from sotay.registry import miswritten_code

    assert miswritten_code(code) == meant


def test_a_forms_boxes_and_ticks_are_no_pictographs():
    from sotay.diacritics import _PICTOGRAPH

    assert not _PICTOGRAPH.search("☐ Có ☑ ☒ ✓ ✔ ✕ ✖ ✗ Không → № °C ½")
    assert all(_PICTOGRAPH.search(c) for c in "😊📌★✅")


# A new editor's session (2026-12-07): each mistake told in the first run, with what to write.
def test_word_quotes_round_a_long_value_with_a_colon_say_they_are_no_quotes(tmp_path):
    long = "Gợi ý cho bí thư khi có đảng viên đi công tác xa trong ngày sinh hoạt của chi bộ hằng tháng: hỏi cấp ủy."
    proc, found = _check_one(tmp_path, GUIDE, front().replace("summary: Trang dùng để thử một lỗi.", f"summary: “{long}”"))
    assert [code for _, code, _ in found] == ["Y001"], proc.stdout
    assert "Ngoặc cong “…” không phải ngoặc của YAML" in found[0][2], proc.stdout


def test_an_address_in_sources_is_told_the_source_name_at_it(tmp_path):
    source = "title: Bài có địa chỉ\nkind: tin-bao\npublication: Báo thử\nurl: https://baothu.vn/bai-1\n"
    page = front().replace("sources: [nguon-a]", "sources: [nguon-a, https://www.baothu.vn/bai-1/, https://khac.vn/x]")
    proc, found = _check_files(tmp_path, {"nguon/bao-thu.yml": source, GUIDE: page})
    assert [code for _, code, _ in found] == ["R101", "R101"], proc.stdout
    assert found[0][2].endswith("nguồn có địa chỉ này là 'bao-thu'."), proc.stdout
    assert "tạo một tệp nguồn có url này" in found[1][2], proc.stdout


def test_a_leaders_words_without_source_are_told_beside_a_field_refused(tmp_path):
    page = prose("Tổng Bí thư nhấn mạnh: “Sinh hoạt chi bộ phải thực chất, không hình thức”.\n\n")
    proc, found = _check_one(tmp_path, GUIDE, page.replace("reviewed: 2026-01-01", "reviewed: 2026-1-1"))
    assert sorted(code for _, code, _ in found) == ["Q103", "S104"], proc.stdout


def test_a_short_agenda_is_told_beside_an_error_outside_its_steps(tmp_path):
    page = meeting("").replace("references: [10-CT/TW-2007]", "references: [10-CT/TW]")
    short = re.sub(r"minutes: \d+", "minutes: 5", page)
    proc, found = _check_one(tmp_path, "mo-hinh/chi-bo-thu.yml", short)
    codes = [code for _, code, _ in found]
    assert "R102" in codes and "S107" in codes, proc.stdout


def test_a_one_letter_typo_in_a_short_key_is_offered_the_key(tmp_path):
    proc, found = _check_one(tmp_path, GUIDE, front().replace("audience: [bi-thu]", "audience: [bi-thu, chi-ui]"))
    assert [code for _, code, _ in found] == ["S105"] and "'chi-uy'" in found[0][2], proc.stdout


def test_a_quote_from_a_source_the_page_does_not_list_is_told(tmp_path):
    other = "title: Bài khác\nkind: bai-viet\nauthor: Nguyễn Văn B\ndate: 2024-05-01\n"
    page = meeting("quotes:\n  - text: Chi bộ họp đều mỗi tháng.\n    source: nguon-b\n")
    proc, found = _check_files(tmp_path, {"nguon/nguon-b.yml": other, "mo-hinh/chi-bo-thu.yml": page})
    assert [code for _, code, _ in found if code != "T101"] == ["Q102"], proc.stdout


def test_a_quotes_source_mistyped_is_one_error(tmp_path):
    page = meeting("quotes:\n  - text: Chi bộ họp đều mỗi tháng.\n    source: nguon-b\n")
    proc, found = _check_one(tmp_path, "mo-hinh/chi-bo-thu.yml", page)
    assert [code for _, code, _ in found if code != "T101"] == ["R101"], proc.stdout  # T101: the template's mark


def test_a_section_not_on_the_page_lists_the_pages_sections(tmp_path):
    proc, found = _check_one(tmp_path, "huong-dan/trang-b.md", prose("Xem [mục](/huong-dan/trang-a/#hop-truc-tuyen).\n\n"))
    assert [code for _, code, _ in found] == ["L102"], proc.stdout
    assert found[0][2].endswith("Các mục lớn của trang: #muc-mot, #van-ban-lam-can-cu, #nguon."), proc.stdout


def test_an_indented_line_in_a_yaml_block_is_told_at_its_own_line(tmp_path):
    """A red team's: under `text: |-`, a line indented after a blank one was told at the end of the
    paragraph two lines above (the value walked by its non-space characters)."""
    page = meeting("").replace("  - title:", "  - title:", 1)
    text = re.search(r"(?m)^    text: .*$", page)
    assert text, page
    block = "    text: |-\n      Đoạn một của chi bộ.\n\n          Dòng thụt vào bốn dấu cách.\n"
    page = page[:text.start()] + block.rstrip("\n") + page[text.end():]
    proc, found = _check_one(tmp_path, "mo-hinh/chi-bo-thu.yml", page)
    line = page[:page.index("          Dòng")].count("\n") + 1
    assert [(where, code) for where, code, _ in found if code != "T101"] == [(f"content/mo-hinh/chi-bo-thu.yml:{line}:11:", "B108")], proc.stdout


def test_a_reserved_class_is_told_beside_the_schema_error_of_its_file(tmp_path):
    """A red team's: a body too short (S107) hid the reserved class of a tag in it until mended."""
    page = front(body='Ngắn <span class="md-button">y</span>.')
    proc, found = _check_one(tmp_path, "huong-dan/trang-ngan.md", page)
    assert sorted(code for _, code, _ in found) == ["H104", "S107"], proc.stdout


@pytest.mark.parametrize("fine", ["| Chỉ thị 10-CT/TW<br>Chỉ thị 10-CT/TW | Chữ |\n|---|---|\n| a | b |",
                                  "Theo Chỉ thị 10-CT/TW&nbsp;ngày 30/3/2007 của Ban Bí thư.",
                                  "Theo **Chỉ thị 10-CT/TW**: chi bộ họp mỗi tháng.",
                                  "Theo [Chỉ thị 10-CT/TW](/van-ban/10-ct-tw-2007/) của Ban Bí thư.",
                                  # A third red team's: a note under a code in a cell, a definition list,
                                  # a source named in a tag, a leader's article's title.
                                  "| Chỉ thị 10-CT/TW<br>Năm 2024: chi bộ sơ kết | Tốt |\n|---|---|\n| a | b |",
                                  "<dl><dt>Chỉ thị 10-CT/TW</dt><dd>ngày 30/3/2007, của Ban Bí thư.</dd></dl>",
                                  "Theo <i>Một bài viết làm nguồn</i>, Tổng Bí thư nhấn mạnh: “Chi bộ phải họp đều đặn mỗi tháng”.",
                                  "Năm 2021, Tổng Bí thư viết bài: <i>Một số vấn đề lý luận và thực tiễn về chủ nghĩa xã hội</i>."])
def test_markup_around_or_between_citations_is_no_markup_inside_one(tmp_path, fine):
    """A second red team's: a line break or a cell after a code, a no-break space written as an
    entity, emphasis or a link around a citation are as the page shows them, not C112."""
    proc, found = _check_one(tmp_path, GUIDE, prose(fine + "\n\n"))
    assert proc.returncode == 0 and not found, proc.stdout


def test_a_site_named_in_vietnamese_letters_is_no_look_alike(tmp_path):
    # The look-alike rule refuses letters of other scripts, not the Latin letters Vietnamese writes.
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    (content / "nguon/ten-viet.yml").write_text("title: Bài viết\nkind: tin-bao\nurl: https://ví-dụ.vn/bài-viết\n", encoding="utf-8")
    (content / "nguon/ten-viet-2.yml").write_text("title: Bài khác\nkind: tin-bao\nurl: https://xn--tingvit-5t4cyc.vn/bai\n", encoding="utf-8")
    proc = check_here(content)
    assert "ten-viet" not in proc.stdout, proc.stdout


@pytest.mark.parametrize("notes, line", [("", 11), ("\n## Lưu ý\n\n- Một lưu ý.\n", 13)])
def test_a_markdown_agenda_without_its_table_is_told_where_the_table_goes(tmp_path, notes, line):
    # As an outline's missing section: at the body's first line, or above the notes, not the file's end.
    text = AGENDA_MD.split("## Chương trình")[0] + "Chương trình gồm ba bước.\n" + notes
    proc, found = _check_one(tmp_path, "chuong-trinh/thieu-bang.md", text)
    told = [(where, message) for where, code, message in found if code == "B101"]
    assert told == [(f"content/chuong-trinh/thieu-bang.md:{line}:1:",
                     f"Thiếu mục '## Chương trình': thêm mục này (tiêu đề và bảng các bước) ngay trên dòng {line}.")], found


@pytest.mark.parametrize("tag", ['<img src="/anh/d&amp;e.png" alt="Ảnh">', "<img src=lịch>"])
def test_an_image_written_as_a_tag_is_told_at_its_src(tmp_path, tag):
    # Not at the first word like its address ("lịch" of "lịch sử" above it), nor at the body's start
    # when the tag writes an "&" of its address as "&amp;".
    text = prose("Xem lịch sử của chi bộ và ảnh sau.\n\n" + tag + "\n\n")
    proc, found = _check_one(tmp_path, GUIDE, text)
    line = text[:text.index(tag)].count("\n") + 1
    column = tag.index("src=") + 5 + (tag[tag.index("src=") + 4] == '"')
    told = [where for where, code, _ in found if code == "L101"]
    assert told == [f"content/{GUIDE}:{line}:{column}:"], found
