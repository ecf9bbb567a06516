"""Reference extraction and resolution: a table of inputs and the references expected in them.

Each case lists every reference the text holds, in order, with the fields that matter for it.
Registry ids come from the real registry in content/van-ban.
"""

import pytest

from sotay.content import load
from sotay.refs import check, find
from sotay.registry import Registry

from conftest import CONTENT


@pytest.fixture(scope="module")
def registry():
    return Registry.build(load(CONTENT).documents)


def R(surface, **fields):
    return {"surface": surface, **fields}


NFD = "Chi\u0309 thi\u0323 so\u0302\u0301 10-CT/TW cu\u0309a Ban Bi\u0301 thu\u031b"

CASES = [
    # Party documents with their full context
    ("Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư (khóa X) về nâng cao chất lượng",
     [R("Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư (khóa X)", kind="CT", number="10", issuer="TW", date="2007-03-30", term="X", id="10-CT/TW-2007")]),
    ("Hướng dẫn 12-HD/BTCTW ngày 06-7-2018 của Ban Tổ chức Trung ương",
     [R("Hướng dẫn 12-HD/BTCTW ngày 06-7-2018 của Ban Tổ chức Trung ương", kind="HD", issuer="BTCTW", date="2018-07-06", id="12-HD/BTCTW-2018")]),
    ("Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018", [R("Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018", id="12-HD/BTCTW-2018")]),
    # "đề ngày", "ra đời ngày/năm": the day or year it was issued, in other words
    ("Chỉ thị 10-CT/TW đề ngày 30/3/2008 của Ban Bí thư", [R("Chỉ thị 10-CT/TW đề ngày 30/3/2008 của Ban Bí thư", date="2008-03-30",
                                                            problems=["C102"])]),
    ("Chỉ thị 10-CT/TW ra đời ngày 30/3/2007 đã", [R("Chỉ thị 10-CT/TW ra đời ngày 30/3/2007", date="2007-03-30", problems=[])]),
    ("Chỉ thị 10-CT/TW ra đời năm 2008", [R("Chỉ thị 10-CT/TW ra đời năm 2008", problems=["C102"])]),
    ("Chỉ thị 10-CT/TW đề ra nhiệm vụ", [R("Chỉ thị 10-CT/TW", problems=[])]),
    # A year of two digits: told, not read as another day nor left unread
    ("Chỉ thị 10-CT/TW ngày 30/3/07 của Ban Bí thư", [R("Chỉ thị 10-CT/TW ngày 30/3/07 của Ban Bí thư", date=None, id="10-CT/TW-2007",
                                                         problems=["C106"])]),
    # The signer between "do" and "ký" read past to the day it was signed
    ("Quy định số 294-QĐ/TW do Tổng Bí thư Nguyễn Văn A ký ban hành ngày 26/5/2024 hướng dẫn",
     [R("Quy định số 294-QĐ/TW do Tổng Bí thư Nguyễn Văn A ký ban hành ngày 26/5/2024", date="2024-05-26", id="294-QĐ/TW-2025", problems=["C102"])]),
    ("Chỉ thị 50-CT/TW do đồng chí Nguyễn Văn B ký ngày 23/7/2025 yêu cầu",
     [R("Chỉ thị 50-CT/TW do đồng chí Nguyễn Văn B ký ngày 23/7/2025", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 10-CT/TW do chi bộ triển khai ngày 5/4/2024", [R("Chỉ thị 10-CT/TW", date=None, problems=[])]),
    ("theo 12-HD/BTCTW", [R("12-HD/BTCTW", kind="HD", number="12", id="12-HD/BTCTW-2018")]),
    ("Hướng dẫn số 13-HD/BTCTU, ngày 12/9/2018 của Ban Tổ chức Tỉnh ủy Trà Vinh về",
     [R("Hướng dẫn số 13-HD/BTCTU, ngày 12/9/2018 của Ban Tổ chức Tỉnh ủy Trà Vinh", issuer="BTCTU", date="2018-09-12", id="13-HD/BTCTU-2018-tra-vinh")]),
    ("Hướng dẫn số 09-HD/TU, ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy hướng dẫn",
     [R("Hướng dẫn số 09-HD/TU, ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy", issuer="TU", date="2019-05-29", id="09-HD/TU-2019-lang-son")]),
    ("Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư khóa XII về tiếp tục",
     [R("Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư khóa XII", kind="KL", term="XII", id="18-KL/TW-2017")]),
    ("Chỉ thị số 10-CT/TW của Ban Bí thư khóa X về", [R("Chỉ thị số 10-CT/TW của Ban Bí thư khóa X", term="X", id="10-CT/TW-2007")]),
    ("Hướng dẫn 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy Tiền Giang", [R("Hướng dẫn 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy Tiền Giang", id="05-HD/BTCTU-tien-giang")]),
    ("Nghị quyết số 35-NQ/TW của Bộ Chính trị về", [R("Nghị quyết số 35-NQ/TW của Bộ Chính trị", kind="NQ", id="35-NQ/TW-2018")]),
    ("nghị quyết số 35-NQ/TW của Bộ Chính trị", [R("nghị quyết số 35-NQ/TW của Bộ Chính trị", id="35-NQ/TW-2018")]),
    ("Quy định số 294-QĐ/TW ngày 26/5/2025", [R("Quy định số 294-QĐ/TW ngày 26/5/2025", kind="QĐ", number="294", id="294-QĐ/TW-2025")]),
    ("Quy định 294-QĐi/TW", [R("Quy định 294-QĐi/TW", kind="QĐi", id="294-QĐ/TW-2025")]),
    ("Quy định 294-QĐI/TW", [R("Quy định 294-QĐI/TW", kind="QĐi", id="294-QĐ/TW-2025")]),
    ("Quy định 339-QĐ/TW ngày 10/7/2025 của Ban Bí thư", [R("Quy định 339-QĐ/TW ngày 10/7/2025 của Ban Bí thư", id="339-QĐ/TW-2025")]),
    ("Kết luận 01-KL/TW ngày 18/5/2021", [R("Kết luận 01-KL/TW ngày 18/5/2021", id="01-KL/TW-2021")]),
    ("Hướng dẫn 36-HD/VPTW ngày 03/4/2018", [R("Hướng dẫn 36-HD/VPTW ngày 03/4/2018", issuer="VPTW", id="36-HD/VPTW-2018")]),
    ("Nghị quyết 22-NQ/TW ngày 02/02/2008", [R("Nghị quyết 22-NQ/TW ngày 02/02/2008", id="22-NQ/TW-2008")]),
    ("Hướng dẫn 09-HD/BTCTW ngày 02/3/2012", [R("Hướng dẫn 09-HD/BTCTW ngày 02/3/2012", id="09-HD/BTCTW-2012")]),
    ("ngày 6 tháng 7 năm 2018: Hướng dẫn 12-HD/BTCTW ngày 6 tháng 7 năm 2018", [R("Hướng dẫn 12-HD/BTCTW ngày 6 tháng 7 năm 2018", date="2018-07-06")]),
    # The same code in three terms: date, term or issuer decides, or it is ambiguous
    ("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư khóa XIII", [R("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư khóa XIII", id="50-CT/TW-2025")]),
    ("Chỉ thị 50-CT/TW (2025)", [R("Chỉ thị 50-CT/TW (2025)", id="50-CT/TW-2025", date=None)]),
    ("Chỉ thị 50-CT/TW năm 2025", [R("Chỉ thị 50-CT/TW năm 2025", id="50-CT/TW-2025")]),
    ("Chỉ thị 50-CT/TW của Bộ Chính trị khóa XI", [R("Chỉ thị 50-CT/TW của Bộ Chính trị khóa XI", id="50-CT/TW-2015")]),
    ("Chỉ thị 50-CT/TW năm 1999 của Bộ Chính trị khóa VIII", [R("Chỉ thị 50-CT/TW năm 1999 của Bộ Chính trị khóa VIII", id="50-CT/TW-1999")]),
    ("Chỉ thị 50-CT/TW ngày 07/12/2015", [R("Chỉ thị 50-CT/TW ngày 07/12/2015", id="50-CT/TW-2015")]),
    ("Chỉ thị 50-CT/TW (khóa XIII)", [R("Chỉ thị 50-CT/TW (khóa XIII)", id="50-CT/TW-2025")]),
    ("Chỉ thị 50-CT/TW về sinh hoạt chi bộ", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),  # its title's words
    # The sentence may set the scene before the code: facts there choose, never contradict; the
    # clause that issues it ("Ban Bí thư ban hành …") states them as the document's own.
    ("Ngày 23/7/2025, Ban Bí thư ban hành Chỉ thị số 50-CT/TW về tiếp tục đổi mới",
     [R("Chỉ thị số 50-CT/TW", date="2025-07-23", id="50-CT/TW-2025", problems=[])]),
    ("Năm 2015, Bộ Chính trị ra Chỉ thị 50-CT/TW về phòng, chống tham nhũng", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    ("Ban Bí thư khóa XIII đã ban hành Chỉ thị 50-CT/TW", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    # The clause issues it: its year and its issuer are both the document's, and contradict each other.
    ("Năm 2015, Ban Bí thư ra Chỉ thị 50-CT/TW", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2015", problems=["C103"])]),
    ("Ngày 23/7/2025 chi bộ họp. Chỉ thị 50-CT/TW được phổ biến", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Ngày 23/7/2025 chi bộ họp. Sau đó, Chỉ thị 50-CT/TW được phổ biến",
     [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Ngày 23/7/2025, Ban Bí thư nhắc lại Chỉ thị 10-CT/TW và Chỉ thị 50-CT/TW",
     [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007"), R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Chỉ thị 50-CT/TW ngày 01/01/2020", [R("Chỉ thị 50-CT/TW ngày 01/01/2020", id=None, problems=["C102"])]),
    # Contradictions with the registry
    ("Chỉ thị 10-CT/TW ngày 30/3/2008", [R("Chỉ thị 10-CT/TW ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    ("Chỉ thị 10-CT/TW của Bộ Chính trị", [R("Chỉ thị 10-CT/TW của Bộ Chính trị", id="10-CT/TW-2007", problems=["C103"])]),
    ("Chỉ thị 10-CT/TW (khóa XI)", [R("Chỉ thị 10-CT/TW (khóa XI)", id="10-CT/TW-2007", problems=["C104"])]),
    ("Hướng dẫn 12-HD/BTCTW năm 2017", [R("Hướng dẫn 12-HD/BTCTW năm 2017", problems=["C102"])]),
    # A later year, in words, is the year of the work done under the document; in brackets, its issue.
    ("Kế hoạch thực hiện Chỉ thị 05-CT/TW năm 2025 của chi bộ", [R("Chỉ thị 05-CT/TW năm 2025", id="05-CT/TW-2016", problems=[])]),
    ("Hướng dẫn 12-HD/BTCTW (2019)", [R("Hướng dẫn 12-HD/BTCTW (2019)", problems=["C102"])]),
    ("Chỉ thị 50-CT/TW năm 2020", [R("Chỉ thị 50-CT/TW năm 2020", id=None, problems=["C102"])]),
    # Only after words of work ("thực hiện", "quán triệt"...): a year of the work, and a local body the work's.
    ("Thực hiện Chỉ thị 50-CT/TW năm 2026", [R("Chỉ thị 50-CT/TW năm 2026", id=None, problems=["C107"])]),
    ("Kế hoạch thực hiện Chỉ thị 05-CT/TW năm 2025 của Đảng ủy phường",
     [R("Chỉ thị 05-CT/TW năm 2025", id="05-CT/TW-2016", problems=[])]),
    ("Chỉ thị 10-CT/TW năm 2008", [R("Chỉ thị 10-CT/TW năm 2008", problems=["C102"])]),
    ("Chỉ thị 10-CT/TW năm 2008 của Ban Bí thư", [R("Chỉ thị 10-CT/TW năm 2008 của Ban Bí thư", problems=["C102"])]),
    # Short forms defined with the code's capitals or a plenum's name, then used.
    ("Chỉ thị 05-CT/TW (sau đây viết tắt là CT 05). Chi bộ làm theo CT 05.",
     [R("Chỉ thị 05-CT/TW (sau đây viết tắt là CT 05)", id="05-CT/TW-2016"), R("CT 05", id="05-CT/TW-2016", problems=[])]),
    # Defined after a list of plenums: the one of its number, not the last.
    ("Theo Nghị quyết Trung ương 4, 5 khóa XII (gọi tắt là Nghị quyết Trung ương 4). Nghị quyết Trung ương 4 yêu cầu.",
     [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016"), R("5 khóa XII (gọi tắt là Nghị quyết Trung ương 4)", id=None),
      R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết số 04-NQ/TW khóa XII (gọi tắt là Nghị quyết Trung ương 4). Quán triệt Nghị quyết Trung ương 4.",
     [R("Nghị quyết số 04-NQ/TW khóa XII (gọi tắt là Nghị quyết Trung ương 4)", id="04-NQ/TW-2016"),
      R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016", problems=[])]),
    # A plenum's resolution as reports shorten it.
    ("Nghị quyết Trung ương 4 khóa XI và 12 về", [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI"), R("12", id="04-NQ/TW-2016")]),
    ("NQ TƯ 4 khóa XII và NQTW4 khóa XII", [R("NQ TƯ 4 khóa XII", id="04-NQ/TW-2016"), R("NQTW4 khóa XII", id="04-NQ/TW-2016")]),
    # The plenum as formal texts name it, without "của"; a body named longer than its name.
    ("Nghị quyết số 04-NQ/TW, ngày 30/10/2016 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI về",
     [R("Nghị quyết số 04-NQ/TW, ngày 30/10/2016 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI", problems=["C104"])]),
    ("Chỉ thị 10-CT/TW của BBT Trung ương Đảng khóa X", [R("Chỉ thị 10-CT/TW của BBT Trung ương Đảng khóa X", problems=[])]),
    ("Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Trung ương Đảng ngày 06/7/2019",
     [R("Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Trung ương Đảng ngày 06/7/2019", problems=["C102"])]),
    ("Chỉ thị 10-CT/TW được ban hành ngày 30/3/2008.", [R("Chỉ thị 10-CT/TW được ban hành ngày 30/3/2008", problems=["C102"])]),
    # A date set off by a comma before a new clause is the date of what the sentence tells.
    ("Thực hiện Hướng dẫn số 12-HD/BTCTW, ngày 20/3/2019 Đảng ủy đã ban hành kế hoạch",
     [R("Hướng dẫn số 12-HD/BTCTW", id="12-HD/BTCTW-2018", date=None, problems=[])]),
    ("Chỉ thị 10-CT/TW, ngày 30/3/2008 của Ban Bí thư", [R("Chỉ thị 10-CT/TW, ngày 30/3/2008 của Ban Bí thư", problems=["C102"])]),
    ("Chỉ thị 10-CT/TW, (ngày 30/3/2008) chi bộ", [R("Chỉ thị 10-CT/TW, (ngày 30/3/2008)", problems=["C102"])]),
    ("Kết luận 18-KL/TW ngày 22/9/2017 của Ban Bí thư khóa XI", [R("Kết luận 18-KL/TW ngày 22/9/2017 của Ban Bí thư khóa XI", problems=["C104"])]),
    # Unknown documents
    ("Quy định 99-QĐ/TW của Ban Bí thư", [R("Quy định 99-QĐ/TW của Ban Bí thư", id=None, problems=["C101"])]),
    ("Chỉ thị 77-CT/TU", [R("Chỉ thị 77-CT/TU", id=None, problems=["C101"])]),
    # References by name
    ("Nghị quyết Trung ương 4 khóa XII", [R("Nghị quyết Trung ương 4 khóa XII", kind="NQ", term="XII", id="04-NQ/TW-2016")]),
    ("Nghị quyết Trung ương 4 (khóa XII) về", [R("Nghị quyết Trung ương 4 (khóa XII)", id="04-NQ/TW-2016")]),
    ("Nghị quyết Trung ương 4 (khoá XII)", [R("Nghị quyết Trung ương 4 (khoá XII)", id="04-NQ/TW-2016")]),
    ("Nghị quyết TW4 khóa XII", [R("Nghị quyết TW4 khóa XII", id="04-NQ/TW-2016")]),
    ("Nghị quyết Trung ương 4 khóa XI", [R("Nghị quyết Trung ương 4 khóa XI", term="XI", id="NQ-TW4-XI")]),
    # Plenums listed before their term: each is that term's, on its own number (5 and 6 the registry lacks)
    ("Học Nghị quyết Trung ương 4, 5, 6 khóa XII về", [R("Nghị quyết Trung ương 4", term="XII", id="04-NQ/TW-2016", problems=[]),
                                                       R("5", term="XII", id=None, problems=["C101"]),
                                                       R("6 khóa XII", term="XII", id=None, problems=["C101"])]),
    ("NQ TW 4 và 11 (khóa XI)", [R("NQ TW 4", id="NQ-TW4-XI"), R("11 (khóa XI)", id=None)]),
    ("Nghị quyết Trung ương 4, 5 năm qua", [R("Nghị quyết Trung ương 4", id=None, problems=["C107"])]),  # no term: a count follows
    # A date after the list is the last plenum's; a plenum's number is 1 to 20, without a zero.
    ("Nghị quyết Trung ương 4, 7 khóa XII ngày 19/5/2018", [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016", date=None, problems=[]),
                                                           R("7 khóa XII ngày 19/5/2018", date="2018-05-19", problems=["C101"])]),
    ("Nghị quyết Trung ương 4 và 35 khóa XII", [R("Nghị quyết Trung ương 4", id=None, problems=["C107"])]),
    ("Nghị quyết Trung ương 4, 5 và 6 khóa XII", [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016"), R("5"), R("6 khóa XII")]),
    # A list's plenums named again, or as ordinals (the formal style); a plenum named after one with its term
    ("Nghị quyết Trung ương 4 và Trung ương 5 khóa XII", [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016", problems=[]),
                                                         R("Trung ương 5 khóa XII", term="XII", problems=["C101"])]),
    ("Nghị quyết Trung ương 4 và Nghị quyết Trung ương 5 khóa XII", [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016", problems=[]),
                                                                    R("Nghị quyết Trung ương 5 khóa XII", problems=["C101"])]),
    ("Nghị quyết Hội nghị Trung ương lần thứ tư, lần thứ năm khóa XII", [R("Nghị quyết Hội nghị Trung ương lần thứ tư", id="04-NQ/TW-2016"),
                                                                        R("lần thứ năm khóa XII", problems=["C101"])]),
    ("Nghị quyết Hội nghị lần thứ tư và thứ năm Ban Chấp hành Trung ương Đảng khóa XII về",
     [R("Nghị quyết Hội nghị lần thứ tư", id="04-NQ/TW-2016", problems=[]),
      R("thứ năm Ban Chấp hành Trung ương Đảng khóa XII", term="XII", problems=["C101"])]),
    ("Nghị quyết Hội nghị lần thứ tư, thứ năm Ban Chấp hành Trung ương Đoàn khóa XII", []),  # the Youth Union's
    ("Nghị quyết Trung ương 4 và thứ năm tuần sau", [R("Nghị quyết Trung ương 4", id=None, problems=["C107"])]),  # Thursday, no term
    ("Nghị quyết Trung ương 4 khóa XII và Trung ương 6 khóa XII", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016"),
                                                                  R("Trung ương 6 khóa XII", term="XII", problems=["C101"])]),
    ("Nghị quyết Trung ương 4 khóa XI và TW4 (khóa XII)", [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI"),
                                                          R("TW4 (khóa XII)", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết Trung ương 4 khóa XII, Hội nghị Trung ương 6 khóa XII đã họp", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016")]),
    # From a red-team reading of the above: a list of two terms says nothing of which is which (it
    # linked an invented 4 khóa XII); plenums named after a list, a list after a named one, the formal
    # style after "và"; ordinal lists in digits, words or repeated; not a mass organisation's, not
    # "tư" for TƯ, a zero in "lần thứ 04".
    ("Nghị quyết Hội nghị lần thứ tư và thứ năm Ban Chấp hành Trung ương Đảng khóa XI và XII",
     [R("Nghị quyết Hội nghị lần thứ tư", id=None, problems=["C107"])]),
    ("Nghị quyết Trung ương 4 và Trung ương 5 khóa XII và Trung ương 6 khóa XII",
     [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016"), R("Trung ương 5 khóa XII"), R("Trung ương 6 khóa XII", term="XII")]),
    ("Nghị quyết Trung ương 4 khóa XII và Trung ương 6, 7 khóa XII",
     [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016"), R("Trung ương 6", term="XII"), R("7 khóa XII", term="XII")]),
    ("Nghị quyết Hội nghị Trung ương 4 khóa XII và Hội nghị Trung ương 6 khóa XII",
     [R("Nghị quyết Hội nghị Trung ương 4 khóa XII", id="04-NQ/TW-2016"), R("Hội nghị Trung ương 6 khóa XII", problems=["C101"])]),
    ("Nghị quyết Hội nghị lần thứ 4, 5 Ban Chấp hành Trung ương khóa XII",
     [R("Nghị quyết Hội nghị lần thứ 4", id="04-NQ/TW-2016"), R("5 Ban Chấp hành Trung ương khóa XII", problems=["C101"])]),
    ("Nghị quyết Hội nghị lần thứ tư, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII",
     [R("Nghị quyết Hội nghị lần thứ tư", id="04-NQ/TW-2016"), R("Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII")]),
    ("Nghị quyết Hội nghị lần thứ tư và thứ năm Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam khóa XII", []),
    ("Nghị quyết Trung ương 4 khóa XII và tư 6 khóa XII", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016")]),
    # Each in its own emphasis; and after a comma in emphasis, a plenum is the next one, not the issuer.
    ("**Nghị quyết Trung ương 4 khóa XII** và **Trung ương 6 khóa XII**",
     [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016"), R("Trung ương 6 khóa XII", term="XII", problems=["C101"])]),
    ("*Nghị quyết Trung ương 4 khóa XII*, *Hội nghị Trung ương 6 khóa XII* đã họp", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016")]),
    # In a list too, "Hội nghị …" after a comma is the meeting (the list ends before it); a zero in a list's items.
    ("Nghị quyết Trung ương 4, Hội nghị Trung ương 6 khóa XII đã họp", [R("Nghị quyết Trung ương 4", id=None, problems=["C107"])]),
    ("Nghị quyết Hội nghị Trung ương lần thứ 04, lần thứ 05 khóa XII",
     [R("Nghị quyết Hội nghị Trung ương lần thứ 04", id="04-NQ/TW-2016"), R("lần thứ 05 khóa XII", problems=["C101"])]),
    ("Nghị quyết Hội nghị lần thứ 04 Ban Chấp hành Trung ương Đảng khóa XII",
     [R("Nghị quyết Hội nghị lần thứ 04 Ban Chấp hành Trung ương Đảng khóa XII", id="04-NQ/TW-2016", problems=[])]),
    # A second term in bare digits is the next term only: a count after the comma is no term.
    ("Nghị quyết Trung ương 4 khóa XII, 15 đảng viên được khen", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết Trung ương 4 khóa XII, 12 tập thể được biểu dương", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết Trung ương 4 khóa XII và 13 tiêu chí", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết Trung ương 4 khóa XI, 12 khóa XII", [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI", problems=[])]),
    ("Nghị quyết Trung ương 4 khoá XI và XII của Đảng",
     [R("Nghị quyết Trung ương 4 khoá XI", term="XI", id="NQ-TW4-XI"), R("XII", term="XII", id="04-NQ/TW-2016")]),
    ("tinh thần Nghị quyết Trung ương 4, chi bộ", [R("Nghị quyết Trung ương 4", id=None, problems=["C107"])]),
    ("Nghị quyết Trung ương 5 khóa XII", [R("Nghị quyết Trung ương 5 khóa XII", id=None, problems=["C101"])]),
    ("Nghị quyết Đại hội XII của Đảng và", [R("Nghị quyết Đại hội XII của Đảng", id="NQ-DH-XII")]),
    ("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII;", [R("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", id="NQ-DH-XIII")]),
    # The congress in digits, read as its numeral; not a number no congress has had, not a local one.
    ("Nghị quyết Đại hội 13 của Đảng", [R("Nghị quyết Đại hội 13 của Đảng", term="XIII", id="NQ-DH-XIII")]),
    ("Nghị quyết Đại hội XII, XIII của Đảng", [R("Nghị quyết Đại hội XII", id="NQ-DH-XII"), R("XIII của Đảng", id="NQ-DH-XIII")]),
    ("Nghị quyết Đại hội XII và XIII Đảng bộ huyện", []),
    ("Nghị quyết Đại hội XIII, V.I. Lênin viết", [R("Nghị quyết Đại hội XIII", id="NQ-DH-XIII")]),  # an initial, no congress
    ("Nghị quyết Đại hội lần thứ 12;", [R("Nghị quyết Đại hội lần thứ 12", term="XII", id="NQ-DH-XII")]),
    ("Nghị quyết Đại hội 0, Nghị quyết Đại hội 45 và Nghị quyết Đại hội 13 Đảng bộ huyện", []),
    # Replacement phrases and the replaced-document rule
    ("Chỉ thị số 03-CT/TW, nay là Chỉ thị số 05-CT/TW vào sinh hoạt",
     [R("Chỉ thị số 03-CT/TW", id="03-CT/TW-2011", problems=[]), R("Chỉ thị số 05-CT/TW", id="05-CT/TW-2016")]),
    ("Chỉ thị 03-CT/TW được ban hành năm 2011.", [R("Chỉ thị 03-CT/TW được ban hành năm 2011", id="03-CT/TW-2011", problems=["C105"])]),
    ("Chỉ thị 03-CT/TW đã được tiếp nối. Sau đó là Chỉ thị 05-CT/TW.", [R("Chỉ thị 03-CT/TW", problems=[]), R("Chỉ thị 05-CT/TW")]),
    ("Chỉ thị 03-CT/TW.\n\nĐoạn khác nói về Chỉ thị 05-CT/TW.", [R("Chỉ thị 03-CT/TW", problems=["C105"]), R("Chỉ thị 05-CT/TW")]),
    ("Chỉ thị 03-CT/TW.\r\n\r\nĐoạn khác nói về Chỉ thị 05-CT/TW.", [R("Chỉ thị 03-CT/TW", problems=["C105"]), R("Chỉ thị 05-CT/TW")]),
    # Loosely written codes
    ("Kết luận 100 - KL/TW", [R("Kết luận 100 - KL/TW", kind="KL", number="100", issuer="TW", problems=["C101"])]),
    ("Quy định số31-QĐ/TW", [R("Quy định số31-QĐ/TW", number="31", kind="QĐ")]),
    ("Chỉ thị 10-CT/T.Ư", [R("Chỉ thị 10-CT/T.Ư", issuer="TW", id="10-CT/TW-2007")]),
    ("Chỉ thị 10-CT/TƯ của Ban Bí thư", [R("Chỉ thị 10-CT/TƯ của Ban Bí thư", issuer="TW", id="10-CT/TW-2007")]),
    ("chỉ thị 10-ct/tw", [R("chỉ thị 10-ct/tw", kind="CT", issuer="TW", id="10-CT/TW-2007")]),
    ("CHỈ THỊ SỐ 10-CT/TW", [R("CHỈ THỊ SỐ 10-CT/TW", id="10-CT/TW-2007")]),
    ("Hướng dẫn 12–HD/BTCTW", [R("Hướng dẫn 12–HD/BTCTW", id="12-HD/BTCTW-2018")]),
    ("Hướng dẫn 12 - HD / BTCTW", [R("Hướng dẫn 12 - HD / BTCTW", id="12-HD/BTCTW-2018")]),
    # Malformed codes
    ("Hướng dẫn 12-HD/BTC TW của", [R("Hướng dẫn 12-HD/BTC TW", id="12-HD/BTCTW-2018", problems=["C106"])]),
    ("Hướng dẫn 12-HD/BTC TƯ của", [R("Hướng dẫn 12-HD/BTC TƯ", id="12-HD/BTCTW-2018", problems=["C106"])]),
    ("theo Hướng dẫn 12-HD/BTC T.Ư.", [R("Hướng dẫn 12-HD/BTC T.Ư", id="12-HD/BTCTW-2018", problems=["C106"])]),
    # A slash left after the code: told, and the date after it read (its wrong year was never told).
    ("Căn cứ Chỉ thị số 50-CT/TW/ ngày 23/7/2024 của Ban Bí thư.",
     [R("Chỉ thị số 50-CT/TW/ ngày 23/7/2024 của Ban Bí thư", id="50-CT/TW-2025", problems=["C106", "C102"])]),
    ("Hướng dẫn 12 HD/BTCTW", [R("Hướng dẫn 12 HD/BTCTW", id="12-HD/BTCTW-2018", problems=["C106"])]),
    # The kind before the number and missing from the code: read as the code it means, and told.
    ("Theo HD 12/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương", [R("HD 12/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương",
                                                                   kind="HD", code="12-HD/BTCTW", id="12-HD/BTCTW-2018", problems=["C106"])]),
    ("thực hiện chỉ thị số 05/TW và CT 50 / TW năm 2025", [R("chỉ thị số 05/TW", code="05-CT/TW", id="05-CT/TW-2016", problems=["C106"]),
                                                           R("CT 50 / TW năm 2025", id="50-CT/TW-2025", problems=["C106"])]),
    ("Quy định 08/T.Ư", [R("Quy định 08/T.Ư", kind="QĐ", code="08-QĐ/TW", problems=["C106", "C101"])]),
    # An abbreviation typed glued to its number, as "CT50", "NQ35" are; not one glued that is as often a label ("TB1").
    ("theo CT50 ngày 23/7/2025 và NQ35 của Bộ Chính trị", [R("CT50 ngày 23/7/2025", kind="CT", id="50-CT/TW-2025", problems=[]),
                                                           R("NQ35 của Bộ Chính trị", id="35-NQ/TW-2018", problems=[])]),
    # … not with a year alone, which a building or a video has too.
    ("tòa CT3 năm 2020, video HD1080 năm 2019, CT50 năm 2025", []),
    ("HD42 của Ban Tổ chức Trung ương", [R("HD42 của Ban Tổ chức Trung ương", id="42-HD/BTCTW-2025")]),
    ("TB1 của Ban Bí thư, KH3 của Ban Bí thư, QC5 khóa XII, KCT50 năm 2025, CT2025, tệp HD05.txt, NQ35.docx", []),
    # Glued with nothing after it that names a document, a label: a tower, a resolution of video, a contract.
    ("tòa CT1, chung cư CT3, video HD1080, hợp đồng HD15, theo HD42 và NQ35.", []),
    # … unless the text defined it so.
    ("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư (gọi tắt là CT50). Thực hiện CT50, chi bộ",
     [R("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư (gọi tắt là CT50)", id="50-CT/TW-2025"),
      R("CT50", id="50-CT/TW-2025", problems=[])]),
    # Glued before its code's issuer, with HĐ, a colon after "số", in emphasis: the kind before the number, told.
    ("CT50/TW năm 2025, HĐ 12/BTCTW, Chỉ thị số: 05/TW, _Hướng dẫn 12/BTCTW_",
     [R("CT50/TW năm 2025", id="50-CT/TW-2025", problems=["C106"]), R("HĐ 12/BTCTW", kind="HD", id="12-HD/BTCTW-2018", problems=["C106"]),
      R("Chỉ thị số: 05/TW", id="05-CT/TW-2016", problems=["C106"]), R("Hướng dẫn 12/BTCTW", id="12-HD/BTCTW-2018", problems=["C106"])]),
    # Listed: each number of that kind and form is a reference of its own.
    ("Chỉ thị 05/TW và 10/TW của Ban Bí thư; CT 05/TW, 10/TW, 10-CT/TW", [
        # Ban Bí thư is both codes' issuer as written, and not 05-CT/TW's in the registry.
        R("Chỉ thị 05/TW", id="05-CT/TW-2016", problems=["C106", "C103"]), R("10/TW của Ban Bí thư", code="10-CT/TW", id="10-CT/TW-2007", problems=["C106"]),
        R("CT 05/TW", id="05-CT/TW-2016", problems=["C106"]), R("10/TW", id="10-CT/TW-2007", problems=["C106"]),
        R("10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    # A reused code cited in full once: bare later in the same text, it is that document (the latest so cited),
    # unless joined to it ("… năm 2015 và 50-CT/TW": another one).
    ("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư.\n\nChi bộ thực hiện Chỉ thị 50-CT/TW; khác Chỉ thị 50-CT/TW năm 2015 và 50-CT/TW.",
     [R("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư", id="50-CT/TW-2025"), R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[]),
      R("Chỉ thị 50-CT/TW năm 2015", id="50-CT/TW-2015"), R("50-CT/TW", id=None, problems=["C107"])]),
    ("Chỉ thị 50-CT/TW năm 2015.\n\nChi bộ thực hiện 50-CT/TW.", [R("Chỉ thị 50-CT/TW năm 2015", id="50-CT/TW-2015"),
                                                                   R("50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    # … not before it, nor after a full citation that contradicts its entry.
    ("Chỉ thị 50-CT/TW. Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư.", [R("Chỉ thị 50-CT/TW", problems=["C107"]),
                                                                         R("Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư", id="50-CT/TW-2025")]),
    ("Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị. Rồi Chỉ thị 50-CT/TW.",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị", id="50-CT/TW-2025", problems=["C103"]), R("Chỉ thị 50-CT/TW", problems=["C107"])]),
    # … but not a state code ("16/TU-UB" is a province's), a kind's abbreviation in lower case, an issuer unknown.
    ("CT 16/TU-UB, ct 12/TW, Hướng dẫn 12/BTC, Nghị định 12/TW", []),
    # … nor an issuer in lower case, TB or KH glued (as labels are), a code that is the subject ("số hiệu …").
    ("kế hoạch 12/tu, TB1/TW, KH2/TU, ghi số hiệu HD 12/BTCTW", []),
    # HĐ for HD, as often typed: read as the code, and told. In a state code HĐ is a contract's.
    ("Hướng dẫn số 12-HĐ/BTCTW ngày 06/7/2018", [R("Hướng dẫn số 12-HĐ/BTCTW ngày 06/7/2018", kind="HD", code="12-HD/BTCTW",
                                                   id="12-HD/BTCTW-2018", problems=["C106"])]),
    ("theo 42-hđ/btctw", [R("42-hđ/btctw", kind="HD", id="42-HD/BTCTW-2025", problems=["C106"])]),
    ("theo hợp đồng số 15/HĐ-UBND", []),
    # Short forms
    ("Chỉ thị số 10-CT/TW (gọi tắt là Chỉ thị số 10). Thực hiện Chỉ thị số 10, chi bộ",
     [R("Chỉ thị số 10-CT/TW (gọi tắt là Chỉ thị số 10)", id="10-CT/TW-2007"), R("Chỉ thị số 10", id="10-CT/TW-2007", problems=[])]),
    ("Chỉ thị 10-CT/TW (sau đây gọi tắt là “Chỉ thị 10”) và Chỉ thị 10",
     [R("Chỉ thị 10-CT/TW (sau đây gọi tắt là “Chỉ thị 10”)", id="10-CT/TW-2007"), R("Chỉ thị 10", id="10-CT/TW-2007")]),
    ("thực hiện Chỉ thị 10 của chi bộ", [R("Chỉ thị 10", id=None, problems=["C107"])]),
    # The kind as its code's capitals: "NQ 35", "CT số 50" (not in lower case, not inside a word,
    # and a year-like number stands only with its facts).
    ("theo NQ 35 của Bộ Chính trị", [R("NQ 35 của Bộ Chính trị", kind="NQ", number="35", id="35-NQ/TW-2018")]),
    ("CT số 50 của Ban Bí thư khóa XIII", [R("CT số 50 của Ban Bí thư khóa XIII", kind="CT", number="50", id="50-CT/TW-2025")]),
    ("thực hiện CT 50", [R("CT 50", id=None, problems=["C107"])]),
    ("Chỉ thị 10-CT/TW (gọi tắt là Chỉ thị 10) và CT 10", [R("Chỉ thị 10-CT/TW (gọi tắt là Chỉ thị 10)", id="10-CT/TW-2007"),
                                                         R("CT 10", id="10-CT/TW-2007")]),
    ("ct 50, KCT 50, KH 2025 của chi bộ và NQ 35-NQ/TW", [R("35-NQ/TW", id="35-NQ/TW-2018")]),
    ("theo Quy định 24 về", [R("Quy định 24", id=None, problems=["C107"])]),
    ("Chỉ thị số 10 ngày 30/3/2007 của Ban Bí thư", [R("Chỉ thị số 10 ngày 30/3/2007 của Ban Bí thư", id="10-CT/TW-2007")]),
    # State documents: number first
    # The registry's Nghị định 111 has no year: a code with a year may be another decree (numbers
    # start again each year), so it does not resolve to it, and says why.
    ("Nghị định 111/2022/NĐ-CP", [R("Nghị định 111/2022/NĐ-CP", kind="NĐ", system="nha-nuoc", number="111", issuer="CP", id=None,
                                    problems=["C108"])]),
    # A dash typed for a slash around the year: read, and told how to write it.
    ("Nghị định 111-2013-NĐ-CP", [R("Nghị định 111-2013-NĐ-CP", kind="NĐ", system="nha-nuoc", number="111", code="111/2013/NĐ-CP",
                                    problems=["C106", "C108"])]),
    ("Nghị định số 111-2013/NĐ-CP", [R("Nghị định số 111-2013/NĐ-CP", code="111/2013/NĐ-CP", problems=["C106", "C108"])]),
    ("Nghị định 111/2013/NĐ-CP", [R("Nghị định 111/2013/NĐ-CP", id=None, problems=["C108"])]),
    ("theo Nghị định 111 về hợp đồng", [R("Nghị định 111", system="nha-nuoc", id="ND-111", problems=[])]),
    ("hợp đồng theo Nghị định 111 (có 03 viên chức)", [R("Nghị định 111", kind="NĐ", system="nha-nuoc", id="ND-111")]),
    ("Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ",
     [R("Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ", kind="CT", system="nha-nuoc", issuer="TTg", id=None, problems=["C108"])]),
    ("Thông tư 01/2023/TT-BNV", [R("Thông tư 01/2023/TT-BNV", kind="TT", system="nha-nuoc", issuer="BNV", problems=["C108"])]),
    ("Luật số 10/2022/QH15", [R("Luật số 10/2022/QH15", kind="Luật", system="nha-nuoc", problems=["C108"])]),
    # The National Assembly's resolutions, and its Standing Committee's (UBTVQH), by their kind word.
    ("Nghị quyết số 96/2023/QH15 về", [R("Nghị quyết số 96/2023/QH15", kind="NQ", system="nha-nuoc", problems=["C108"])]),
    ("Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 về", [R("Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025", kind="NQ",
                                                            code="76/2025/UBTVQH15", system="nha-nuoc", problems=["C108"])]),
    ("Nghị định 30/2020/NĐ-CP về công tác văn thư", [R("Nghị định 30/2020/NĐ-CP", kind="NĐ", number="30", problems=["C108"])]),
    # Youth Union documents look like Party ones but are not
    ("Chỉ thị 05-CT/TWĐTN của Ban Bí thư Trung ương Đoàn", [R("Chỉ thị 05-CT/TWĐTN của Ban Bí thư Trung ương Đoàn", system="doan", id=None, problems=[])]),
    ("Hướng dẫn 12-HD/TWĐTN-BTC", [R("Hướng dẫn 12-HD/TWĐTN-BTC", system="doan", problems=[])]),
    # Text as it arrives: NFD, non-breaking spaces, Ð for Đ, broken across lines
    (NFD, [R(NFD, id="10-CT/TW-2007")]),
    ("Chỉ thị số\u00a010-CT/TW", [R("Chỉ thị số\u00a010-CT/TW", id="10-CT/TW-2007")]),
    # The entity an editor writes for a no-break space or a dash is the character it stands for
    ("Chỉ thị 10-CT/TW&nbsp;ngày 30/3/2008 của Ban Bí thư", [R("Chỉ thị 10-CT/TW&nbsp;ngày 30/3/2008 của Ban Bí thư",
                                                             date="2008-03-30", id="10-CT/TW-2007", problems=["C102"])]),
    ("Chỉ thị&#160;số 10-CT/TW", [R("Chỉ thị&#160;số 10-CT/TW", id="10-CT/TW-2007")]),
    ("A&\u0301 Chi\u0309 thị&nbsp;10-CT/TW ngày 30/3/2007", [R("Chi\u0309 thị&nbsp;10-CT/TW ngày 30/3/2007", id="10-CT/TW-2007", problems=[])]),
    ("Hướng dẫn 12&ndash;HD/BTCTW", [R("Hướng dẫn 12&ndash;HD/BTCTW", id="12-HD/BTCTW-2018")]),
    ("Hướng dẫn số 12&#X2013;HD/BTCTW", [R("Hướng dẫn số 12&#X2013;HD/BTCTW", id="12-HD/BTCTW-2018", problems=[])]),
    ("Chỉ thị số&#8239;10&#8722;CT/TW", [R("Chỉ thị số&#8239;10&#8722;CT/TW", id="10-CT/TW-2007", problems=[])]),
    ("Ch&#7881; thị số 05-CT/TW", [R("Ch&#7881; thị số 05-CT/TW", id="05-CT/TW-2016")]),
    ("Chi bo\u0302\u0323 theo Hướng dẫn 12-HD/BTCTW", [R("Hướng dẫn 12-HD/BTCTW", id="12-HD/BTCTW-2018")]),  # after the last NFD letter
    ("Trích:\n> Theo Chỉ thị số 10-CT/TW ngày\n> 30/3/2007 của Ban Bí thư",  # a quotation opened on the second line
     [R("Chỉ thị số 10-CT/TW ngày\n> 30/3/2007 của Ban Bí thư", date="2007-03-30", id="10-CT/TW-2007", problems=[])]),
    ("Quy định 294-QÐ/TW", [R("Quy định 294-QÐ/TW", kind="QĐ", id="294-QĐ/TW-2025")]),
    # Cyrillic С and Т, Greek Η typed for Latin letters: found, checked, and reported as miswritten.
    ("Chỉ thị 10-\u0421T/TW ngày 30/4/2007", [R("Chỉ thị 10-\u0421T/TW ngày 30/4/2007", code="10-CT/TW", id="10-CT/TW-2007",
                                                 problems=["C106", "C102"])]),
    ("Hướng dẫn 12-\u0397D/BTC\u0422W", [R("Hướng dẫn 12-\u0397D/BTC\u0422W", id="12-HD/BTCTW-2018", problems=["C106"])]),
    # A term's numeral typed with small l's ("Xll"): read as the numeral, told as miswritten; a class's
    # "lớp Xl" is no term, and nor is a small l that makes no numeral ("khóa Xlx").
    ("Nghị quyết Trung ương 4 khóa Xll về", [R("Nghị quyết Trung ương 4 khóa Xll", term="XII", id="04-NQ/TW-2016", problems=["C106"])]),
    ("Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư (kho\u0301a X)", [R("Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư (kho\u0301a X)",
                                                                         term="X", problems=[])]),
    ("Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị kho\u0301a Xll", [R("Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị kho\u0301a Xll",
                                                                          term="XII", problems=["C106"])]),
    ("Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa Xlx", [R("Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", problems=[])]),
    ("Ðảng ủy thực hiện Hướng dẫn số\n12-HD/BTCTW", [R("Hướng dẫn số\n12-HD/BTCTW", id="12-HD/BTCTW-2018")]),
    ("Chỉ thị số 10-CT/TW, ngày\n30/3/2007 của Ban\nBí thư",
     [R("Chỉ thị số 10-CT/TW, ngày\n30/3/2007 của Ban\nBí thư", date="2007-03-30", id="10-CT/TW-2007")]),
    # Numbers that only look like codes
    ("Ban Chỉ đạo 35 của Tỉnh ủy", []),
    # The Youth Union's own letters, its body after them: no Party document (a Party code keeps its checks).
    ("Thực hiện Kế hoạch số 35-KH/HĐ ngày 10/3/2024 của Ban Thường vụ Huyện đoàn.", [R("Kế hoạch số 35-KH/HĐ ngày 10/3/2024", system="doan", problems=[])]),
    ("Kế hoạch số 12-KH/ĐTr của Đoàn trường.", [R("Kế hoạch số 12-KH/ĐTr", system="doan", problems=[])]),
    ("Chỉ thị 10-CT/TW ngày 31/3/2007 của Đoàn trường.", [R("Chỉ thị 10-CT/TW ngày 31/3/2007", system="dang", problems=["C102"])]),
    # Joint documents, each under its own code: found, and told unknown as any code is.
    ("Hướng dẫn liên tịch số 01-HDLT/BTCTW-BTGTW ngày 10/3/2020", [R("Hướng dẫn liên tịch số 01-HDLT/BTCTW-BTGTW ngày 10/3/2020",
                                                                   code="01-HDLT/BTCTW-BTGTW", problems=["C101"])]),
    ("Quy chế phối hợp số 05-QCPH/ĐUK-UBND", [R("Quy chế phối hợp số 05-QCPH/ĐUK-UBND", code="05-QCPH/ĐUK-UBND", problems=["C101"])]),
    # A file's or a page's name holds a code and cites nothing.
    ("Xem tệp đính kèm 10-ct-tw-2007.pdf và 10-CT-TW.docx.", []),
    ("Tệp 99-ct-tw-ban-sao.docx và 05-ct-tw_2016.pdf.", []),
    # A code miswritten with slashes is no slug: still read.
    ("theo 99-ct/tw/2007", [R("99-ct/tw/2007", problems=["C101"])]),
    # "tư" is no shortened "Trung ương"; a number before a code is no list of its numbers.
    ("Hướng dẫn 13-HD/BTCTU của tư nhân", [R("Hướng dẫn 13-HD/BTCTU", problems=[])]),
    ("Tại mục 2, Chỉ thị 05-CT/TW của Ban Bí thư, Bộ Chính trị.", [R("Chỉ thị 05-CT/TW của Ban Bí thư", problems=["C103"])]),
    ("Xem trang /van-ban/50-ct-tw-2025/ và `/van-ban/10-ct-tw-2007/`.", []),
    ("theo Điều 2 của Quy chế", []),
    ("kỷ niệm ngày 3/2/1930 thành lập Đảng", []),
    ("chi bộ có 16 đảng viên, 12 nữ, 04 nam", []),
    ("thông báo trước 3 ngày; quy định 90 phút", []),
    # A kind word in lower case is prose unless "số" or the document's date, year, issuer or term follows
    ("quy định 08 về nêu gương; kết luận 3 điểm", []),
    ("theo chỉ thị số 50 trên; nghị quyết số 35", [R("chỉ thị số 50", kind="CT", id=None, problems=["C107"]),
                                                   R("nghị quyết số 35", kind="NQ", id=None, problems=["C107"])]),
    ("thực hiện chỉ thị 10 ngày 30/3/2007 của Ban Bí thư về",
     [R("chỉ thị 10 ngày 30/3/2007 của Ban Bí thư", kind="CT", number="10", date="2007-03-30", id="10-CT/TW-2007")]),
    ("theo hướng dẫn số 12 (2018) và nghị quyết 4 khóa xii",
     [R("hướng dẫn số 12 (2018)", kind="HD", id="12-HD/BTCTW-2018"), R("nghị quyết 4 khóa xii", term="XII", id="04-NQ/TW-2016")]),
    # The year of issue typed onto a code chooses between documents of the same code
    ("Chỉ thị 50-CT/TW/2025 và chỉ thị số 50-CT/TW/2015",
     [R("Chỉ thị 50-CT/TW/2025", code="50-CT/TW", id="50-CT/TW-2025"), R("chỉ thị số 50-CT/TW/2015", id="50-CT/TW-2015")]),
    ("Kết luận 3 nội dung. Hướng dẫn 5 bước.", []),
    ("tỷ lệ 2/3 đảng viên; phòng 12-A; mẫu A4", []),
    ("Nghị quyết Đại hội chi bộ nhiệm kỳ 2020-2025", []),
    ("năm 2019 và 2023; 84 lượt đảng viên; quý 3/2025", []),
    ("số hiệu 50-CT/TW có ba chỉ thị", []),
    ("SỐ HIỆU 50-CT/TW; Mã số 10-CT/TW; ký hiệu là 12-HD/BTCTW; mã\nsố 05-CT/TW", []),
    # Words of a name split across a line or by extra spaces; never across a blank line
    ("Quy\nđịnh 339-QĐ/TW", [R("Quy\nđịnh 339-QĐ/TW", id="339-QĐ/TW-2025")]),
    # Read and linked as the document's, but published as typed: a warning with the registry's spelling.
    ("Quy định 339-QD/TW ngày 10/7/2025", [R("Quy định 339-QD/TW ngày 10/7/2025", id="339-QĐ/TW-2025", problems=["C109"])]),
    ("chỉ thị 50-ct/tw ngày 23/7/2025", [R("chỉ thị 50-ct/tw ngày 23/7/2025", id="50-CT/TW-2025", problems=["C109"])]),
    ("Chỉ thị 10 - CT/TW ngày 30/3/2007", [R("Chỉ thị 10 - CT/TW ngày 30/3/2007", id="10-CT/TW-2007", problems=["C109"])]),
    ("Chỉ  thị  số  10-CT/TW", [R("Chỉ  thị  số  10-CT/TW", id="10-CT/TW-2007")]),
    ("Nghị quyết Trung\nương 4 khóa XII", [R("Nghị quyết Trung\nương 4 khóa XII", id="04-NQ/TW-2016")]),
    ("Nghị quyết Đại\nhội XIII", [R("Nghị quyết Đại\nhội XIII", id="NQ-DH-XIII")]),
    ("thực hiện Chỉ\nthị 10 của Ban Bí thư", [R("Chỉ\nthị 10 của Ban Bí thư", id="10-CT/TW-2007")]),
    ("Chỉ thị số\n\n10-CT/TW", [R("10-CT/TW", id="10-CT/TW-2007")]),
    # Terms, dates and formal names written other ways
    ("Nghị quyết Trung ương 4 khóa XI và khóa XII",
     [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI"), R("XII", id="04-NQ/TW-2016")]),
    ("Nghị quyết Trung ương 4 các khóa XI, XII", [R("Nghị quyết Trung ương 4 các khóa XI", id="NQ-TW4-XI"), R("XII", id="04-NQ/TW-2016")]),
    # An item of a plenum list in emphasis of its own
    ("Nghị quyết Trung ương 4 và **Trung ương 5** khóa XII",
     [R("Nghị quyết Trung ương 4", term="XII", id="04-NQ/TW-2016"), R("Trung ương 5** khóa XII", term="XII", id=None, problems=["C101"])]),
    ("_Nghị quyết Trung ương 3_, _4_ khóa XII.", [R("Nghị quyết Trung ương 3", term="XII", problems=["C101"]), R("4_ khóa XII", id="04-NQ/TW-2016")]),
    ("__Nghị quyết Trung ương 4__ và __Trung ương 5__ khóa XII",
     [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016"), R("Trung ương 5__ khóa XII", term="XII", problems=["C101"])]),
    ("**Nghị quyết Trung ương 4**, **5**, **6** khóa XII",
     [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016"), R("5", term="XII", problems=["C101"]), R("6** khóa XII", term="XII", problems=["C101"])]),
    # Three terms after one plenum: each resolution on its own numeral, the last with what follows
    ("Nghị quyết Trung ương 4 khóa XI, XII, XIII về xây dựng Đảng",
     [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI"), R("XII", id="04-NQ/TW-2016"), R("XIII", term="XIII", id=None, problems=["C101"])]),
    ("Nghị quyết Trung ương 4 khóa XI, XII và khóa XIII ngày 30/10/2016",
     [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI"), R("XII", id="04-NQ/TW-2016"),
      R("XIII ngày 30/10/2016", term="XIII", date="2016-10-30", problems=["C101"])]),
    ("Chỉ thị 05-CT/TW khóa XI, XII, XIII", [R("Chỉ thị 05-CT/TW khóa XI, XII, XIII", id="05-CT/TW-2016", problems=[])]),
    ("Nghị quyết Trung ương 4 khóa IX, X, XI, XII.",
     [R("Nghị quyết Trung ương 4 khóa IX", problems=["C101"]), R("X", problems=["C101"]), R("XI", id="NQ-TW4-XI"), R("XII", id="04-NQ/TW-2016")]),
    ("Nghị quyết Trung ương 4 khóa XI, XII, và XIII",
     [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI"), R("XII", id="04-NQ/TW-2016"), R("XIII", problems=["C101"])]),
    # A numeral after the list that is not a later term is no term: a section's, a label's
    ("Nghị quyết Trung ương 4 khóa XI, XII, V. Nội dung sinh hoạt",
     [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI"), R("XII", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết Trung ương 4 khóa XII,\nV. TỔ CHỨC THỰC HIỆN", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết Trung ương 3, 4 khóa XII, V. Tổ chức thực hiện",
     [R("Nghị quyết Trung ương 3", term="XII", problems=["C101"]), R("4 khóa XII", id="04-NQ/TW-2016")]),
    ("Chỉ thị 05-CT/TW khóa XII, XIII, V. Tổ chức", [R("Chỉ thị 05-CT/TW khóa XII, XIII", id="05-CT/TW-2016", problems=[])]),
    ("Chỉ thị 10-CT/TW khóa XI, XII, XIII", [R("Chỉ thị 10-CT/TW khóa XI, XII, XIII", id="10-CT/TW-2007", problems=["C104"])]),
    # A date after the terms is the last one's, as after a list of plenums
    ("Nghị quyết Trung ương 4 khóa XI, XII, XIII ngày 18/10/2021",
     [R("Nghị quyết Trung ương 4 khóa XI", date=None, id="NQ-TW4-XI", problems=[]), R("XII", date=None, id="04-NQ/TW-2016", problems=[]),
      R("XIII ngày 18/10/2021", date="2021-10-18", problems=["C101"])]),
    ("Nghị quyết Trung ương 4 khóa XI và XII năm 2016",
     [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI", problems=[]), R("XII năm 2016", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết Trung ương 4 khóa XI, XII, 13 đảng viên", [R("Nghị quyết Trung ương 4 khóa XI", id="NQ-TW4-XI"), R("XII", id="04-NQ/TW-2016")]),
    ("Nghị quyết Trung ương 4, 5 khóa XI, XII, XIII", [R("Nghị quyết Trung ương 4", id=None, problems=["C107"])]),
    ("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
     [R("Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII", id="04-NQ/TW-2016")]),
    ("Chỉ thị 50-CT/TW (ngày 23/7/2025)", [R("Chỉ thị 50-CT/TW (ngày 23/7/2025)", date="2025-07-23", id="50-CT/TW-2025")]),
    ("Chỉ thị 10-CT/TW (30/3/2007) về", [R("Chỉ thị 10-CT/TW (30/3/2007)", date="2007-03-30", id="10-CT/TW-2007")]),
    ("Chỉ thị 10-CT/T.Ư. Chi bộ", [R("Chỉ thị 10-CT/T.Ư", issuer="TW", id="10-CT/TW-2007", problems=["C109"])]),
    ("Chỉ thị 10-CT/TW ngày 31/2/2007", [R("Chỉ thị 10-CT/TW ngày 31/2/2007", date=None, problems=["C106"])]),
    ("Chỉ thị 12-HD/BTCTW", [R("Chỉ thị 12-HD/BTCTW", kind="HD", problems=["C106"])]),
    # State documents are never Party ones, even with a Party document's number
    ("Quyết định 294/QĐ-TTg", [R("Quyết định 294/QĐ-TTg", system="nha-nuoc", id=None, problems=["C108"])]),
    ("Nghị quyết 35/NQ-CP ngày 01/01/2020", [R("Nghị quyết 35/NQ-CP ngày 01/01/2020", system="nha-nuoc", id=None, problems=["C108"])]),
    ("Chỉ thị 10/CT-TTg của Thủ tướng Chính phủ", [R("Chỉ thị 10/CT-TTg của Thủ tướng Chính phủ", id=None, problems=["C108"])]),
    ("Chỉ thị 10 của Thủ tướng Chính phủ", [R("Chỉ thị 10 của Thủ tướng Chính phủ", system="nha-nuoc", id=None, problems=["C108"])]),
    ("Kế hoạch 05-KH/HĐĐTW", [R("Kế hoạch 05-KH/HĐĐTW", system="doan", problems=[])]),
    # Several references in one sentence
    ("Hướng dẫn 12-HD/BTCTW và Hướng dẫn 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy Tiền Giang",
     [R("Hướng dẫn 12-HD/BTCTW", id="12-HD/BTCTW-2018"), R("Hướng dẫn 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy Tiền Giang", id="05-HD/BTCTU-tien-giang")]),
    ("Chỉ thị 05-CT/TW; Kết luận 01-KL/TW; Nghị quyết 04-NQ/TW",
     [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016"), R("Kết luận 01-KL/TW", id="01-KL/TW-2021"), R("Nghị quyết 04-NQ/TW", id="04-NQ/TW-2016")]),
    # Markdown around a reference does not hide its context
    ("**Chỉ thị 05-CT/TW** ngày 15/5/2019 của Bộ Chính trị",
     [R("Chỉ thị 05-CT/TW** ngày 15/5/2019 của Bộ Chính trị", id="05-CT/TW-2016", date="2019-05-15", problems=["C102"])]),
    ("*Chỉ thị 50-CT/TW* năm 2015", [R("Chỉ thị 50-CT/TW* năm 2015", id="50-CT/TW-2015", problems=[])]),
    ("[Chỉ thị 10-CT/TW](/van-ban/10-ct-tw-2007/) ngày 30/3/2008",
     [R("Chỉ thị 10-CT/TW](/van-ban/10-ct-tw-2007/) ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    ("**Chỉ thị 05-CT/TW** về học tập", [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    # Emphasis opening on the context alone: the term or the date in italics is still read
    ("Nghị quyết Trung ương 4 *khóa XII* về xây dựng Đảng",
     [R("Nghị quyết Trung ương 4 *khóa XII", id="04-NQ/TW-2016", term="XII", problems=[])]),
    ("Chỉ thị 50-CT/TW *ngày 23/7/2020* của Ban Bí thư",
     [R("Chỉ thị 50-CT/TW *ngày 23/7/2020* của Ban Bí thư", id="50-CT/TW-2025", date="2020-07-23", problems=["C102"])]),
    ("**Chỉ thị 50-CT/TW** *của Ban Bí thư khóa XIII*",
     [R("Chỉ thị 50-CT/TW** *của Ban Bí thư khóa XIII", id="50-CT/TW-2025", term="XIII", problems=[])]),
    ("Chỉ thị 50-CT/TW *là văn bản mới*", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Nghị quyết Trung ương 4 _khóa XII_", [R("Nghị quyết Trung ương 4 _khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("Chỉ thị 50-CT/TW _của Ban Bí thư_", [R("Chỉ thị 50-CT/TW _của Ban Bí thư", id="50-CT/TW-2025", problems=[])]),
    ("Nghị quyết Trung ương 4 **khóa XII**", [R("Nghị quyết Trung ương 4 **khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("Chỉ thị 50-CT/TW (*khóa XIII*)", [R("Chỉ thị 50-CT/TW (*khóa XIII", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 50-CT/TW (*xem thêm*)", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # The term named as the issuer's ("của khóa XII"), not "của" a body.
    ("Nghị quyết Trung ương 4 của khóa XII", [R("Nghị quyết Trung ương 4 của khóa XII", id="04-NQ/TW-2016", term="XII", problems=[])]),
    ("Chỉ thị 50-CT/TW của khóa học", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # A wrapped reference: list continuation indent, blockquote markers
    ("1. Theo Hướng dẫn số 12-HD/BTCTW ngày\n   06/7/2018 của Ban Tổ chức Trung ương",
     [R("Hướng dẫn số 12-HD/BTCTW ngày\n   06/7/2018 của Ban Tổ chức Trung ương", date="2018-07-06", id="12-HD/BTCTW-2018", problems=[])]),
    ("> Theo Chỉ thị số 10-CT/TW ngày\n> 30/3/2008", [R("Chỉ thị số 10-CT/TW ngày\n> 30/3/2008", date="2008-03-30", problems=["C102"])]),
    ("- Theo Chỉ thị số\n    10-CT/TW của Ban Bí thư", [R("Chỉ thị số\n    10-CT/TW của Ban Bí thư", id="10-CT/TW-2007")]),
    # A short form the text defines is a reference even where the kind word opens a sentence
    ("Quy định 294-QĐi/TW (gọi tắt là Quy định 294). Quy định 294 yêu cầu chi bộ",
     [R("Quy định 294-QĐi/TW (gọi tắt là Quy định 294)", id="294-QĐ/TW-2025"), R("Quy định 294", id="294-QĐ/TW-2025")]),
    # A count is not a document
    ("Báo cáo 12 tháng; Công văn 10 ngày; Quy định 90 phút", []),
    # One written fact contradicts, the others name one document: that document, with the contradiction
    ("Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị", id="50-CT/TW-2025", problems=["C103"])]),
    ("Chỉ thị 50-CT/TW khóa XIII của Bộ Chính trị", [R("Chỉ thị 50-CT/TW khóa XIII của Bộ Chính trị", id="50-CT/TW-2025", problems=["C103"])]),
    # The Youth Union's secretariat is not the Party's; its codes typed without Đ are still its own
    ("Chỉ thị 10-CT/TW của Ban Bí thư Trung ương Đoàn", [R("Chỉ thị 10-CT/TW của Ban Bí thư Trung ương Đoàn", problems=["C103"])]),
    ("Hướng dẫn 01-HD/TWDTN-BTC", [R("Hướng dẫn 01-HD/TWDTN-BTC", system="doan", problems=[])]),
    # Loosely written: no dash, a year of five digits (told), a term that is no numeral, a zero-width space
    ("Chỉ thị 10CT/TW", [R("Chỉ thị 10CT/TW", id="10-CT/TW-2007", problems=["C106"])]),
    ("nghị định 111/2022/nđ-cp và chỉ thị 16/ct-ttg", [R("nghị định 111/2022/nđ-cp", issuer="CP"), R("chỉ thị 16/ct-ttg", issuer="TTg")]),
    ("Chỉ thị số 10/CT-TW", [R("Chỉ thị số 10/CT-TW", system="dang", id="10-CT/TW-2007", problems=["C106"])]),
    ("Chỉ thị 10-CT/TW ngày 30/3/99999", [R("Chỉ thị 10-CT/TW ngày 30/3/99999", date=None, problems=["C106"])]),  # told, not left unread
    ("Chỉ thị 10-CT/TW khóa XXXX", [R("Chỉ thị 10-CT/TW", term=None, problems=[])]),
    ("Chỉ thị 10-CT/TW\u200b ngày 30/3/2007", [R("Chỉ thị 10-CT/TW\u200b ngày 30/3/2007", date="2007-03-30", problems=[])]),
    # Terms written in lower case or in digits; a term list in lower case links each numeral
    ("Quán triệt Nghị quyết Trung ương 4 khóa xi và xii của Đảng",
     [R("Nghị quyết Trung ương 4 khóa xi", id="NQ-TW4-XI", term="XI"), R("xii", id="04-NQ/TW-2016", term="XII")]),
    ("Nghị quyết Trung ương 4 khóa 12", [R("Nghị quyết Trung ương 4 khóa 12", id="04-NQ/TW-2016", term="XII")]),
    ("Nghị quyết Trung ương 04 khóa XII", [R("Nghị quyết Trung ương 04 khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("Chỉ thị 50-CT/TW khóa 13", [R("Chỉ thị 50-CT/TW khóa 13", id="50-CT/TW-2025", term="XIII")]),
    # A Party committee's own congress is not the Party's
    ("Nghị quyết Đại hội XIII Đảng bộ huyện đề ra", []),
    ("Nghị quyết Đại hội lần thứ V của Chi bộ", []),
    ("Nghị quyết Đại hội XIII của Đảng bộ xã", []),
    ("Nghị quyết Đại hội XIII nhiệm kỳ 2025 - 2030 của Đảng bộ phường", []),
    ("Nghị quyết Đại hội lần thứ XV, nhiệm kỳ 2020 - 2025 của Đảng bộ xã", []),
    ("Nghị quyết Đại hội XIII Công đoàn Việt Nam và Nghị quyết Đại hội XII Đoàn TNCS Hồ Chí Minh", []),
    # A mass organisation by the short name its members write after "của", and the Women's Union's
    # congress by its own name: none is the Party's (the Youth Union's XII met in 2022).
    ("Đoàn viên học tập Nghị quyết Đại hội XII của Đoàn, hội viên Nghị quyết Đại hội XIII của Hội.", []),
    ("Triển khai Nghị quyết Đại hội XIII Phụ nữ Việt Nam; cán bộ học Nghị quyết Đại hội X của Mặt trận.", []),
    ("Thực hiện Nghị quyết Đại hội XII của Đoàn và Nghị quyết Đại hội XIII của Đảng.",
     [R("Nghị quyết Đại hội XIII của Đảng", id="NQ-DH-XIII", problems=[])]),
    # A day followed by a place is a meeting's: it chooses, never contradicts. Typed onto "ngày",
    # a document's day is read.
    ("Quán triệt Chỉ thị 50-CT/TW của Ban Bí thư ngày 10/8/2025 tại Hội trường Đảng ủy.",
     [R("Chỉ thị 50-CT/TW của Ban Bí thư", id="50-CT/TW-2025", date=None, problems=[])]),
    ("Chi bộ học tập Chỉ thị 05-CT/TW ngày 20/5/2016 tại hội trường thôn.", [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    ("Chỉ thị số 05-CT/TW ngày15/5/2015 của Bộ Chính trị.",
     [R("Chỉ thị số 05-CT/TW ngày15/5/2015 của Bộ Chính trị", date="2015-05-15", id="05-CT/TW-2016", problems=["C102"])]),
    # A Quy định coded QĐi keeps its "i" in the code given out.
    ("Quy định số 15-QĐI/TU ngày 14/11/2018 của Ban Thường vụ Tỉnh ủy Quảng Nam",
     [R("Quy định số 15-QĐI/TU ngày 14/11/2018 của Ban Thường vụ Tỉnh ủy Quảng Nam", kind="QĐi", code="15-QĐi/TU",
        id="15-QĐi/TU-2018-quang-nam")]),
    # A local unit's congress: a city's or a school's Youth Union, a province's labour federation,
    # an association, a commune's Party committee (the Party's own "…, Đảng ủy giao" is still read).
    ("Chi đoàn học tập Nghị quyết Đại hội XIV Thành đoàn Hà Nội; Nghị quyết Đại hội XII Đoàn trường.", []),
    ("Thực hiện Nghị quyết Đại hội XIII Liên đoàn Lao động tỉnh và Nghị quyết Đại hội XIII Hội Khuyến học tỉnh.", []),
    ("Nghị quyết Đại hội XIII Đảng ủy xã.", []),
    # The Youth Union's Central Committee's plenum is not the Party's (a Party code beside its name stays C103/C101).
    ("Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đoàn khóa XII", []),

    # Emphasis written with underscores closes right after the code.
    ("_Chỉ thị 10-CT/TW_ và __Nghị định 111/2022/NĐ-CP__", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007"),
                                                          R("Nghị định 111/2022/NĐ-CP", kind="NĐ")]),
    # Found by a second red-team pass over the session's own changes.
    ("Học tập Nghị quyết Đại hội XIII, Hội nghị Trung ương 4 khóa XIII", [R("Nghị quyết Đại hội XIII", id="NQ-DH-XIII")]),
    ("Nghị quyết Đại hội XI đoàn kết, dân chủ", [R("Nghị quyết Đại hội XI", id=None, problems=["C101"])]),
    ("Nghị quyết Đại hội XIV đoàn kết, dân chủ", [R("Nghị quyết Đại hội XIV", id="NQ-DH-XIV", problems=[])]),
    ("Nghị quyết 04-NQ/TW của BCH TW Đảng khóa XII", [R("Nghị quyết 04-NQ/TW của BCH TW Đảng khóa XII", problems=[])]),
    ("Hướng dẫn 12-HD/BTCTW của BTC TW Đảng", [R("Hướng dẫn 12-HD/BTCTW của BTC TW Đảng", problems=[])]),
    ("Thực hiện Nghị quyết số 35-NQ/TW, Hội nghị Trung ương 4 khóa XII, chi bộ",
     [R("Nghị quyết số 35-NQ/TW", id="35-NQ/TW-2018", problems=[])]),
    ("Chỉ thị 10-CT/TW Hội nghị Trung ương 4 khóa XII đã nhấn mạnh", [R("Chỉ thị 10-CT/TW", problems=[])]),
    ("Hướng dẫn số 09-HD/TU của Thành ủy Quy Nhơn", [R("Hướng dẫn số 09-HD/TU của Thành ủy Quy Nhơn", id=None, problems=["C101"])]),
    ("Chỉ thị số 50-CT/TW, ngày 23/7/2025 nâng cao chất lượng", [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2025", date=None, problems=[])]),
    ("Chỉ thị 10-CT/TW, ngày 20/5/2019, chi bộ đã họp", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    # A label numbering the text's own parts cites nothing; a directive's number before a colon does.
    ("## Hướng dẫn 1: chuẩn bị\n\n- **Kế hoạch 2:** họp\n- Quy định 3 : ghi", []),
    ("Thực hiện Kết luận 18: chi bộ đã tổ chức quán triệt.", [R("Kết luận 18", problems=["C107"])]),
    ("Căn cứ Chỉ thị 10: nâng cao chất lượng", [R("Chỉ thị 10", problems=["C107"])]),
    # A spaced dash going on with the sentence breaks no code; before a code's letters it does.
    ("Chỉ thị 10 - văn bản về sinh hoạt chi bộ – và Chỉ thị 10 – chi bộ", [R("Chỉ thị 10", problems=["C107"])] * 2),
    ("Chỉ thị 10 - CT và Chỉ thị 10 - Ủy ban kiểm tra và Chỉ thị 10 -", []),
    ("Chỉ thị số 10-CT/TW, ngày 30/3/2008, của Ban Bí thư về nâng cao",
     [R("Chỉ thị số 10-CT/TW, ngày 30/3/2008, của Ban Bí thư", id="10-CT/TW-2007", problems=["C102"])]),
    # After a second comma, "về", "và" or a body's name opens the sentence's next clause: the date
    # may be the meeting's, and chooses without contradicting.
    ("Chỉ thị số 10-CT/TW, ngày 30/3/2008, về nâng cao", [R("Chỉ thị số 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    ("Thực hiện Chỉ thị 10-CT/TW, ngày 03/9/2025, khoa Lý luận chính trị họp; Chỉ thị 10-CT/TW, ngày 03/9/2025, (thứ Tư) họp",
     [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])] * 2),
    ("Chi bộ đã tổ chức quán triệt Chỉ thị 10-CT/TW, ngày 15/8/2025, và xây dựng kế hoạch; Chỉ thị 10-CT/TW, "
     "ngày 20/5/2019, Ban Thường vụ Đảng ủy phường đã họp", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])] * 2),
    ("Theo Chỉ thị 10-CT/TW năm 2008 của Ban Bí thư, chi bộ", [R("Chỉ thị 10-CT/TW năm 2008 của Ban Bí thư", problems=["C102"])]),
    # A ward issues no /TW code: after "Theo" too, the local body and the year are the work's.
    ("Theo Chỉ thị 05-CT/TW năm 2025 của Đảng ủy phường, chi bộ", [R("Chỉ thị 05-CT/TW năm 2025", id="05-CT/TW-2016", problems=[])]),
    ("Chi bộ họp theo Chỉ thị 10-CT/TW năm 2019 của Đảng ủy phường", [R("Chỉ thị 10-CT/TW năm 2019", id="10-CT/TW-2007", problems=[])]),
    # A link to the page of none of the documents the words may be: told too (C110).
    ("[Hướng dẫn 12](/van-ban/42-hd-btctw-2025/)", [R("Hướng dẫn 12", id=None, problems=["C107", "C110"])]),
    ("[Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2025/) và [Chỉ thị 50-CT/TW](/van-ban/10-ct-tw-2007/)",
     [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[]), R("Chỉ thị 50-CT/TW", id=None, problems=["C107", "C110"])]),
    # A link to another document's page than the words cite is an error (C110); a reference before
    # "nay là" and its successor share one link, the successor's.
    ("[Chỉ thị 05-CT/TW](/van-ban/50-ct-tw-2025/) và [Chỉ thị 03-CT/TW, nay là Chỉ thị 05-CT/TW](/van-ban/05-ct-tw-2016/)",
     [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=["C110"]), R("Chỉ thị 03-CT/TW", id="03-CT/TW-2011", problems=[]),
      R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    # A link to one entry of a reused code, its words fitting another alone: the link is wrong (it was
    # told as the words' contradiction of the linked page, C103, and "sửa thành 'Bộ Chính trị'").
    ("[Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2015/) của Ban Bí thư",
     [R("Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2015/) của Ban Bí thư", id="50-CT/TW-2025", problems=["C110"])]),
    ("[Chỉ thị 50-CT/TW ngày 23/7/2025](/van-ban/50-ct-tw-2015/)",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025", id="50-CT/TW-2025", problems=["C110"])]),
    # A year alone, or words after a work done under the document, do not overrule a link.
    ("Theo [Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2025/) năm 2015.",
     [R("Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2025/) năm 2015", id="50-CT/TW-2025", problems=["C102"])]),
    ("Sơ kết thực hiện [Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2015/) năm 2025, chi bộ rà soát.",
     [R("Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2015/) năm 2025", id="50-CT/TW-2015", problems=[])]),
    ("Tổng kết [Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-1999/) năm 2015 của Bộ Chính trị.",
     [R("Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-1999/) năm 2015 của Bộ Chính trị", id="50-CT/TW-1999", problems=["C102"])]),
    # A year inside the label is the editor's for the document: the one other entry of that year is
    # what the link should name (C110, not C102's advice to write the linked page's year); not
    # after a work's words inside the label, nor with no entry of that year.
    ("Thực hiện [Chỉ thị 50-CT/TW năm 2015](/van-ban/50-ct-tw-2025/).",
     [R("Chỉ thị 50-CT/TW năm 2015", id="50-CT/TW-2015", problems=["C110"])]),
    ("[Tổng kết Chỉ thị 50-CT/TW năm 2015](/van-ban/50-ct-tw-1999/)", [R("Chỉ thị 50-CT/TW năm 2015", id="50-CT/TW-1999", problems=[])]),
    ("Kế hoạch thực hiện [Chỉ thị 05-CT/TW năm 2025](/van-ban/05-ct-tw-2016/).",
     [R("Chỉ thị 05-CT/TW năm 2025", id="05-CT/TW-2016", problems=[])]),
    ("Xem [Chỉ thị 50-CT/TW năm 2016](/van-ban/50-ct-tw-2025/).", [R("Chỉ thị 50-CT/TW năm 2016", id="50-CT/TW-2025", problems=["C102"])]),
    # Inside the label, a date, issuer or term is the document's even after a work's words before it.
    ("Thực hiện [Chỉ thị 50-CT/TW ngày 23/7/2025](/van-ban/50-ct-tw-2015/).",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025", id="50-CT/TW-2025", problems=["C110"])]),
    ("Học tập [Chỉ thị 50-CT/TW (khóa XIII)](/van-ban/50-ct-tw-2015/).", [R("Chỉ thị 50-CT/TW (khóa XIII)", id="50-CT/TW-2025", problems=["C110"])]),
    # A link's title is a tooltip, no citation in the text.
    ("Quán triệt [Chỉ thị 50](/van-ban/50-ct-tw-2025/ \"Chỉ thị 50-CT/TW\").", [R("Chỉ thị 50", id="50-CT/TW-2025", problems=[])]),
    # Words that fit no entry, or two: the linked page's facts are what to write (C102), as before.
    ("[Chỉ thị 50-CT/TW ngày 23/7/2024](/van-ban/50-ct-tw-2015/)",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2024", id="50-CT/TW-2015", problems=["C102"])]),
    # A plenum's link with its term after it: the link names the other term's resolution (it went
    # unchecked, the label read as ending after the term).
    ("[Nghị quyết Trung ương 4](/van-ban/nq-tw4-xi/) *khóa XII*",
     [R("Nghị quyết Trung ương 4](/van-ban/nq-tw4-xi/) *khóa XII", id="04-NQ/TW-2016", problems=["C110"])]),
    ("[Nghị quyết Trung ương 4](/van-ban/04-nq-tw-2016/) khóa XII",
     [R("Nghị quyết Trung ương 4](/van-ban/04-nq-tw-2016/) khóa XII", id="04-NQ/TW-2016", problems=[])]),
    # A label naming two documents says by its link which of them nowhere: no choice, no C110.
    ("[Hướng dẫn 12-HD/BTCTW về nâng cao chất lượng theo Chỉ thị 10-CT/TW](/van-ban/12-hd-btctw-2018/)",
     [R("Hướng dẫn 12-HD/BTCTW", problems=[]), R("Chỉ thị 10-CT/TW", problems=[])]),
    # The link's label holds more than the reference: bold, the document's subject; a title in single quotes.
    ("[**Chỉ thị 50-CT/TW**](/van-ban/50-ct-tw-2025/) và [Chỉ thị 50-CT/TW về kết nạp](/van-ban/50-ct-tw-2025/ 'x')",
     [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])] * 2),
    ("[Chỉ thị 10 của Ban Bí thư khóa XII](/van-ban/10-ct-tw-2007/)",
     [R("Chỉ thị 10 của Ban Bí thư khóa XII", id="10-CT/TW-2007", problems=["C104"])]),
    ("giao hướng dẫn số 1 của tổ, kế hoạch số 3 của chi bộ, quyết định số 1234", []),
    # The cell's own papers with their year or date between.
    ("Kế hoạch số 2 năm 2025 của chi bộ đề ra 5 nội dung; Nghị quyết số 05 ngày 03/4/2024 của chi ủy.", []),
    # The cell's own resolutions: no registry holds them, and no warning asks for their code.
    ("Chi bộ đã ra nghị quyết số 3 về công tác tháng 5; thực hiện nghị quyết số 03 của chi bộ, "
     "Nghị quyết số 4 của Chi ủy và NQ 5 của đảng ủy cơ sở", []),
    ("Nghị quyết số 3 của Tỉnh ủy", [R("Nghị quyết số 3 của Tỉnh ủy", id=None, problems=["C107"])]),
    # "ra" and "thông qua" make a resolution the cell's only where no date, issuer or term follows.
    ("Năm 2018, Bộ Chính trị ra nghị quyết số 35 ngày 22/10/2019 về", [R("nghị quyết số 35 ngày 22/10/2019", problems=["C107"])]),
    ("Bộ Chính trị ra nghị quyết số 35 về bảo vệ nền tảng tư tưởng của Đảng.", [R("nghị quyết số 35", id="35-NQ/TW-2018", problems=[])]),
    ("Thông qua nghị quyết số 35 của Bộ Chính trị, chi bộ", [R("nghị quyết số 35 của Bộ Chính trị", id="35-NQ/TW-2018", problems=[])]),
    ("Mã lớp CNQTW4; NQ TW 10 lần", []),
    ("Quy định số 294-QĐ/TW (gọi tắt là QĐ 294). Thực hiện QĐ 294.",
     [R("Quy định số 294-QĐ/TW (gọi tắt là QĐ 294)", id="294-QĐ/TW-2025"), R("QĐ 294", id="294-QĐ/TW-2025", problems=[])]),
    ("Chỉ thị 10-CT/TW_ngày", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007")]),
    # A commune's own term before a shared code chooses nothing.
    ("Đảng bộ xã khóa XI (nhiệm kỳ 2025-2030) triển khai Chỉ thị 50-CT/TW trong toàn đảng bộ",
     [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # An em dash is prose punctuation: the short form before it stands.
    ("Theo Chỉ thị 50 — văn bản mới nhất", [R("Chỉ thị 50", problems=["C107"])]),
    # A union's and the Women's Union's codes look like the Party's.
    ("Kế hoạch 10-KH/CĐ và Hướng dẫn số 01-HD/HPN", [R("Kế hoạch 10-KH/CĐ", system="doan-the"),
                                                    R("Hướng dẫn số 01-HD/HPN", system="doan-the")]),
    ("Nghị quyết Đại hội XIII của Đảng về", [R("Nghị quyết Đại hội XIII của Đảng", id="NQ-DH-XIII")]),
    # Short references opening a sentence stand when the text says what they are
    ("Kết luận 18 của Ban Bí thư khóa XII", [R("Kết luận 18 của Ban Bí thư khóa XII", id="18-KL/TW-2017", problems=[])]),
    ("1. Hướng dẫn 12 của Ban Tổ chức Trung ương", [R("Hướng dẫn 12 của Ban Tổ chức Trung ương", id="12-HD/BTCTW-2018")]),
    ("Kết luận 3 nội dung chính.", []),
    ("Chi bộ đã học. **Kết luận 18** của Ban Bí thư khóa XII", [R("Kết luận 18** của Ban Bí thư khóa XII", id="18-KL/TW-2017")]),
    ("Chi bộ đã học. Kết luận 21, 22 và 23-KL/TW", [R("Kết luận 21", code="21-KL/TW"), R("22", code="22-KL/TW"),
                                                   R("23-KL/TW", code="23-KL/TW")]),
    ("Tổng kết. Quy định 3 ngày làm việc.", []),
    # Mid-sentence, after a number: the short form, not a code
    ("Bước 3 Hướng dẫn 12 của Ban Tổ chức Trung ương", [R("Hướng dẫn 12 của Ban Tổ chức Trung ương", id="12-HD/BTCTW-2018")]),
    # Leading zeros are not part of the number
    ("Kết luận 1-KL/TW ngày 18/5/2021", [R("Kết luận 1-KL/TW ngày 18/5/2021", id="01-KL/TW-2021", problems=["C109"])]),
    ("Chỉ thị 5 của Bộ Chính trị", [R("Chỉ thị 5 của Bộ Chính trị", id="05-CT/TW-2016", problems=[])]),
    # Short forms defined after the subject, of the kind they name; the text beside a later use wins
    ("Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ (gọi tắt là Chỉ thị 10). "
     "Sau 15 năm thực hiện Chỉ thị 10, chi bộ",
     [R("Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư", id="10-CT/TW-2007"), R("Chỉ thị 10", id="10-CT/TW-2007", problems=[])]),
    ("Chỉ thị 05-CT/TW và Kết luận 01-KL/TW (gọi tắt là Chỉ thị 05). Chỉ thị 05 yêu cầu",
     [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016"), R("Kết luận 01-KL/TW (gọi tắt là Chỉ thị 05)", id="01-KL/TW-2021"),
      R("Chỉ thị 05", id="05-CT/TW-2016", problems=[])]),
    ("Chỉ thị 50-CT/TW ngày 23/7/2025 (sau đây gọi là Chỉ thị 50) và Chỉ thị 50 của Bộ Chính trị năm 2015",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025 (sau đây gọi là Chỉ thị 50)", id="50-CT/TW-2025"),
      R("Chỉ thị 50 của Bộ Chính trị năm 2015", id="50-CT/TW-2015", problems=[])]),
    # Codes written the state's way, or with both separators alike: miswritten Party codes
    ("Hướng dẫn 42/HD-BTCTW ngày 28/10/2025", [R("Hướng dẫn 42/HD-BTCTW ngày 28/10/2025", id="42-HD/BTCTW-2025", problems=["C106"])]),
    ("Chỉ thị 10-CT-TW và Chỉ thị 10/CT/TW", [R("Chỉ thị 10-CT-TW", id="10-CT/TW-2007", problems=["C106"]),
                                            R("Chỉ thị 10/CT/TW", id="10-CT/TW-2007", problems=["C106"])]),
    # A date or year after a comma, then a body doing something else: the next clause's, it chooses
    # and never contradicts (a reviewer's; C102 failed correct prose). Before the body's issuing or
    # the citation's end, it is the document's.
    ("Thực hiện Chỉ thị 10-CT/TW của Ban Bí thư, năm 2017 Ban Bí thư ban hành Kết luận 18-KL/TW.",
     [R("Chỉ thị 10-CT/TW của Ban Bí thư", id="10-CT/TW-2007", problems=[]), R("Kết luận 18-KL/TW", problems=[])]),
    ("Thực hiện Chỉ thị 10-CT/TW, ngày 15/3/2024 Ban Bí thư làm việc với Tỉnh ủy.",
     [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    ("Thực hiện Hướng dẫn 12-HD/BTCTW, năm 2020 Ban Tổ chức Trung ương kiểm tra tại tỉnh.",
     [R("Hướng dẫn 12-HD/BTCTW", id="12-HD/BTCTW-2018", problems=[])]),
    ("Chỉ thị 10-CT/TW, ngày 30/3/2008 Ban Bí thư ban hành, yêu cầu chi bộ họp.",
     [R("Chỉ thị 10-CT/TW, ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    ("Chỉ thị 10-CT/TW, ngày 30/3/2008 Ban Bí thư khóa X.",
     [R("Chỉ thị 10-CT/TW, ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    # Issuing "this" document, or "về …" (not another's number), is its own date; after words of
    # work, the document's own verb is the work's clause (a third red team's).
    ("Chỉ thị 10-CT/TW, ngày 30/3/2008 Bộ Chính trị ra chỉ thị này.",
     [R("Chỉ thị 10-CT/TW, ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    ("Nghị quyết 35-NQ/TW, ngày 22/10/2019 Bộ Chính trị ban hành Nghị quyết này.",
     [R("Nghị quyết 35-NQ/TW, ngày 22/10/2019", id="35-NQ/TW-2018", problems=["C102"])]),
    ("Thực hiện Chỉ thị 10-CT/TW, ngày 15/3/2024 Ban Bí thư yêu cầu các tỉnh ủy báo cáo kết quả.",
     [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    # ... or its subject, a dash, its term's years, the document's own verb, "đã" before its issuing
    # (the second red team's: the first try passed each of these wrong dates).
    ("Chỉ thị 10-CT/TW, ngày 30/3/2008 Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ.",
     [R("Chỉ thị 10-CT/TW, ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    ("Hướng dẫn 12-HD/BTCTW, ngày 6/7/2019 Ban Tổ chức Trung ương hướng dẫn một số vấn đề.",
     [R("Hướng dẫn 12-HD/BTCTW, ngày 6/7/2019", id="12-HD/BTCTW-2018", problems=["C102"])]),
    ("Chỉ thị 10-CT/TW, ngày 30/3/2008 Ban Bí thư đã ban hành.",
     [R("Chỉ thị 10-CT/TW, ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    ("Nghị quyết 35-NQ/TW, năm 2019 Bộ Chính trị - khóa XII.",
     [R("Nghị quyết 35-NQ/TW, năm 2019", id="35-NQ/TW-2018", problems=["C102"])]),
    ("Nghị quyết 35-NQ/TW, năm 2019 Bộ Chính trị nhiệm kỳ 2016-2021.",
     [R("Nghị quyết 35-NQ/TW, năm 2019", id="35-NQ/TW-2018", problems=["C102"])]),
    # Another term and another fact: another term's document of the number, not the registry's
    # written wrong in each fact (a reviewer's: three "sửa thành" towards the 2017 conclusion).
    ("Kết luận số 18-KL/TW ngày 02/4/2026 của Ban Chấp hành Trung ương khóa XIV.",
     [R("Kết luận số 18-KL/TW ngày 02/4/2026 của Ban Chấp hành Trung ương khóa XIV", problems=["C101"])]),
    ("Kết luận số 18-KL/TW của Ban Bí thư khóa XIII.", [R("Kết luận số 18-KL/TW của Ban Bí thư khóa XIII", id="18-KL/TW-2017", problems=["C104"])]),
    # A date outside the term written (after the XIIth congress, in 2016), or to come, or the
    # entry's own day: a slip, each fact told (red teams').
    ("Kết luận 18-KL/TW ngày 02/4/2016 của Ban Bí thư khóa XI.",
     [R("Kết luận 18-KL/TW ngày 02/4/2016 của Ban Bí thư khóa XI", id="18-KL/TW-2017", problems=["C102", "C104"])]),
    ("Kết luận 18-KL/TW ngày 02/4/2099 của Ban Bí thư khóa XIV.",
     [R("Kết luận 18-KL/TW ngày 02/4/2099 của Ban Bí thư khóa XIV", id="18-KL/TW-2017", problems=["C102", "C104"])]),
    ("Chỉ thị 10-CT/TW ngày 30/3/2008 của Ban Bí thư khóa XI.",
     [R("Chỉ thị 10-CT/TW ngày 30/3/2008 của Ban Bí thư khóa XI", id="10-CT/TW-2007", problems=["C102", "C104"])]),
    ("Kết luận 18-KL/TW ngày 22/9/2017 của Bộ Chính trị khóa XI.",
     [R("Kết luận 18-KL/TW ngày 22/9/2017 của Bộ Chính trị khóa XI", id="18-KL/TW-2017", problems=["C104", "C103"])]),
    # The slash left out between kind and issuer: read in capitals, before an issuer the Party writes
    ("Thực hiện Chỉ thị 50-CTTW của Ban Bí thư khóa XIII", [R("Chỉ thị 50-CTTW của Ban Bí thư khóa XIII", id="50-CT/TW-2025", problems=["C106"])]),
    ("Hướng dẫn số 12-HDBTCTW ngày 06/7/2018", [R("Hướng dẫn số 12-HDBTCTW ngày 06/7/2018", id="12-HD/BTCTW-2018", problems=["C106"])]),
    ("Mã hàng 5-cttw, lô 12-HDABC và tệp 10-CTTWX", []),
    ("Lô hàng 2024-KLTW đã về kho; máy in 1020-BCTW; ký hiệu hồ sơ 15-KHTU-VP; xem 50-CTTW.", []),
    # A state body's code written the Party's way: miswritten, and still a state document
    ("Căn cứ Quyết định số 1234-QĐ/UBND ngày 10/5/2024", [R("Quyết định số 1234-QĐ/UBND ngày 10/5/2024", system="nha-nuoc", problems=["C106", "C108"])]),
    ("Quyết định số 15-QĐ/TTg của Thủ tướng", [R("Quyết định số 15-QĐ/TTg của Thủ tướng", system="nha-nuoc", problems=["C106", "C108"])]),
    ("Hợp đồng số 15-HĐ/UBND và Nghị quyết 12-NQ/HDND", [R("số 15-HĐ/UBND", system="nha-nuoc", problems=["C106", "C108"]),
                                                      R("Nghị quyết 12-NQ/HDND", system="nha-nuoc", problems=["C106", "C108"])]),
    ("Kế hoạch số 56/KH-UBND", [R("Kế hoạch số 56/KH-UBND", system="nha-nuoc", kind="KH", problems=["C108"])]),
    ("Thông tư liên tịch số 01/2014/TTLT-BNV-BTC", [R("Thông tư liên tịch số 01/2014/TTLT-BNV-BTC", kind="TTLT", system="nha-nuoc")]),
    # Other mass organisations' codes, like the Youth Union's, are recognised and left alone
    ("Nghị quyết 02-NQ/TLĐ, 25-KH/HLHPN và Hướng dẫn 03/HD-TLĐ",
     [R("Nghị quyết 02-NQ/TLĐ", system="doan-the", problems=[]), R("25-KH/HLHPN", system="doan-the", problems=[]),
      R("Hướng dẫn 03/HD-TLĐ", system="doan-the", problems=[])]),
    ("Hướng dẫn 12-HD/TW ĐTN về", [R("Hướng dẫn 12-HD/TW ĐTN", system="doan", problems=[])]),
    # Counts and phone numbers after a kind word are not documents
    ("ủng hộ Quyết định số 1 tỷ đồng; Nghị quyết 68 tỷ đồng; Thông báo số 0912 345 678; Quy chế 5 không", []),
    # Multi-word kind names, "số:" and abbreviated issuers
    ("Thông báo kết luận số 15-TB/TW", [R("Thông báo kết luận số 15-TB/TW", kind="TB", problems=["C101"])]),
    ("Chỉ thị số: 05-CT/TW", [R("Chỉ thị số: 05-CT/TW", id="05-CT/TW-2016")]),
    ("Chỉ thị 50-CT/TW của BCT khóa XI", [R("Chỉ thị 50-CT/TW của BCT khóa XI", id="50-CT/TW-2015", problems=[])]),
    # "Trung ương" shortened in a body's name: the body, checked.
    ("Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tuyên giáo TW.",
     [R("Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tuyên giáo TW", problems=["C103"])]),
    ("Hướng dẫn 12-HD/BTCTW của Ban Tổ chức T.Ư.", [R("Hướng dẫn 12-HD/BTCTW của Ban Tổ chức T.Ư", id="12-HD/BTCTW-2018", problems=[])]),
    ("Nghị quyết 22-NQ/TW của Hội nghị Trung ương 6 khóa X", [R("Nghị quyết 22-NQ/TW của Hội nghị Trung ương 6 khóa X", term="X", id="22-NQ/TW-2008")]),
    ("Chỉ thị 50-CT/TW (23.7.2025)", [R("Chỉ thị 50-CT/TW (23.7.2025)", date="2025-07-23", id="50-CT/TW-2025")]),
    # Plenums by ordinal after "Trung ương"; a successor named by its short form
    ("Nghị quyết Hội nghị Trung ương lần thứ tư khóa XII", [R("Nghị quyết Hội nghị Trung ương lần thứ tư khóa XII", id="04-NQ/TW-2016")]),
    ("Chỉ thị 03-CT/TW, nay là Chỉ thị 05, về học tập",
     [R("Chỉ thị 03-CT/TW", id="03-CT/TW-2011", problems=[]), R("Chỉ thị 05", id="05-CT/TW-2016", problems=[])]),
    # A bracket opened before the date closes after the issuer; full-width dash and slash
    ("Chỉ thị 10-CT/TW (ngày 30/3/2007 của Ban Bí thư) về", [R("Chỉ thị 10-CT/TW (ngày 30/3/2007 của Ban Bí thư)", id="10-CT/TW-2007")]),
    ("Chỉ thị 10\uff0dCT\uff0fTW ngày 30/3/2007", [R("Chỉ thị 10\uff0dCT\uff0fTW ngày 30/3/2007", id="10-CT/TW-2007", problems=["C109"])]),
    # Word's AutoCorrect dash: read as the code's, told as typed otherwise (no search for 50-CT/TW finds it).
    ("Chỉ thị 10\u2013CT/TW ngày 30/3/2007", [R("Chỉ thị 10\u2013CT/TW ngày 30/3/2007", id="10-CT/TW-2007", problems=["C109"])]),
    # Numbers that share the code written after the last one
    ("Kết luận 21, 22 và 01-KL/TW", [R("Kết luận 21", code="21-KL/TW", problems=["C101"]), R("22", code="22-KL/TW", problems=["C101"]),
                                     R("01-KL/TW", id="01-KL/TW-2021")]),
    ("Chỉ thị 10, 05-CT/TW", [R("Chỉ thị 10", id="10-CT/TW-2007", problems=[]), R("05-CT/TW", id="05-CT/TW-2016")]),
    ("Nghị quyết số 18, 19-KL/TW", [R("Nghị quyết số 18", problems=["C107"]), R("19-KL/TW", problems=["C101"])]),
    # A local code placed in another province is another document; "tỉnh" before the name is the same body
    ("Hướng dẫn 09-HD/TU của Tỉnh ủy Đắk Lắk", [R("Hướng dẫn 09-HD/TU của Tỉnh ủy Đắk Lắk", id=None, problems=["C101"])]),
    # … also by its short name ("TP.HCM", "BR-VT"), and a city's Thành ủy is no province's Tỉnh ủy
    ("Hướng dẫn 09-HD/TU của Thành ủy TP.HCM về", [R("Hướng dẫn 09-HD/TU của Thành ủy TP.HCM", id=None, problems=["C101"])]),
    ("Quy định số 15-QĐi/TU ngày 14/11/2018 của Thành ủy TP. HCM.",
     [R("Quy định số 15-QĐi/TU ngày 14/11/2018 của Thành ủy TP. HCM", id=None, problems=["C101"])]),
    ("Hướng dẫn số 09-HD/TU của Tỉnh ủy BR-VT.", [R("Hướng dẫn số 09-HD/TU của Tỉnh ủy BR-VT", id=None, problems=["C101"])]),
    ("Hướng dẫn số 13-HD/BTCTU của Ban Tổ chức Thành ủy.", [R("Hướng dẫn số 13-HD/BTCTU của Ban Tổ chức Thành ủy", id=None, problems=["C101"])]),
    ("Hướng dẫn số 13-HD/BTCTU của Ban Tổ chức Tỉnh ủy.", [R("Hướng dẫn số 13-HD/BTCTU của Ban Tổ chức Tỉnh ủy", id="13-HD/BTCTU-2018-tra-vinh",
                                                             problems=[])]),
    ("Hướng dẫn 13-HD/BTCTU của Ban Tổ chức Tỉnh ủy tỉnh Trà Vinh", [R("Hướng dẫn 13-HD/BTCTU của Ban Tổ chức Tỉnh ủy tỉnh Trà Vinh",
                                                                    id="13-HD/BTCTU-2018-tra-vinh", problems=[])]),
    ("Hướng dẫn 09-HD/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn Khóa XVII", [R("Hướng dẫn 09-HD/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn Khóa XVII",
                                                                        id="09-HD/TU-2019-lang-son", term="XVII")]),
    # The issuer written longer or shorter than the registry's is the same body; a fact the registry
    # does not hold (no year, no term, no issuer) contradicts nothing.
    ("Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư Trung ương Đảng",
     [R("Chỉ thị 10-CT/TW ngày 30/3/2007 của Ban Bí thư Trung ương Đảng", id="10-CT/TW-2007", problems=[])]),
    ("Hướng dẫn số 09-HD/TU, ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy hướng dẫn",
     [R("Hướng dẫn số 09-HD/TU, ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy", id="09-HD/TU-2019-lang-son", problems=[])]),
    ("Chỉ thị 50-CT/TW ngày 12/5/1999", [R("Chỉ thị 50-CT/TW ngày 12/5/1999", id="50-CT/TW-1999", problems=[])]),
    ("Hướng dẫn 05-HD/BTCTU năm 2019 của Ban Tổ chức Tỉnh ủy Tiền Giang",
     [R("Hướng dẫn 05-HD/BTCTU năm 2019 của Ban Tổ chức Tỉnh ủy Tiền Giang", id="05-HD/BTCTU-tien-giang", problems=[])]),
    ("Hướng dẫn 12-HD/BTCTW khóa XII", [R("Hướng dẫn 12-HD/BTCTW khóa XII", id="12-HD/BTCTW-2018", problems=[])]),
    # A province by its name, in any case, ends where the name does: the next capital is not part of it.
    ("của Ban Thường vụ Tỉnh ủy Lạng Sơn Hướng dẫn: Hướng dẫn 09-HD/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn Hướng dẫn một số vấn đề",
     [R("Hướng dẫn 09-HD/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn", id="09-HD/TU-2019-lang-son", problems=[])]),
    ("HƯỚNG DẪN SỐ 13-HD/BTCTU NGÀY 12/9/2018 CỦA BAN TỔ CHỨC TỈNH ỦY TRÀ VINH",
     [R("HƯỚNG DẪN SỐ 13-HD/BTCTU NGÀY 12/9/2018 CỦA BAN TỔ CHỨC TỈNH ỦY TRÀ VINH", id="13-HD/BTCTU-2018-tra-vinh", problems=[])]),
    ("Hướng dẫn 13-HD/BTCTU của Ban Tổ chức Tỉnh ủy Trà vinh Chi bộ đã",
     [R("Hướng dẫn 13-HD/BTCTU của Ban Tổ chức Tỉnh ủy Trà vinh", id="13-HD/BTCTU-2018-tra-vinh", problems=[])]),
    ("Hướng dẫn 09-HD/TU của Huyện ủy Chi Lăng Về việc", [R("Hướng dẫn 09-HD/TU của Huyện ủy Chi Lăng", id=None, problems=["C101"])]),
    ("Nghị định 111 của Chính phủ", [R("Nghị định 111 của Chính phủ", id="ND-111", problems=[])]),
    # Reports shorten a decree as NĐ, with its number alone or with its year; in lower case, or as a
    # count's label ("Tổ NĐ 5 người"), it is no reference.
    ("Theo NĐ 111 của Chính phủ, NĐ số 111/2022 và nđ 111.",
     [R("NĐ 111 của Chính phủ", kind="NĐ", system="nha-nuoc", id="ND-111", problems=[]),
      R("NĐ số 111/2022", kind="NĐ", system="nha-nuoc", id=None, problems=["C108"])]),
    ("Tổ NĐ 5 người.", []),
    # A central code is the central document wherever the text places its issuer; a local code
    # placed in no province may be the registry's
    ("Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Tỉnh ủy Trà Vinh",
     [R("Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Tỉnh ủy Trà Vinh", id="12-HD/BTCTW-2018", problems=["C103"])]),
    ("Chi bộ học Chỉ thị 10-CT/TW của Tỉnh ủy.", [R("Chỉ thị 10-CT/TW của Tỉnh ủy", id="10-CT/TW-2007", problems=["C103"])]),
    # A day and month without the year choose among a reused code's entries, and contradict none:
    # an event's day is written so too, and what follows it is the event's.
    ("Chỉ thị 50-CT/TW ngày 23/7 của Ban Bí thư.", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Chi bộ dự hội nghị về Chỉ thị 50-CT/TW ngày 5/8 của Văn phòng.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # Only where nothing but an issuer of its own follows in the clause (a red team's: each chose an
    # entry that what follows contradicts, or an event's day).
    ("Chỉ thị 50-CT/TW ngày 23/7 của Bộ Chính trị về khuyến học.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Chỉ thị 50-CT/TW ngày 23/7 năm 2015 của Bộ Chính trị.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Hội nghị quán triệt Chỉ thị 50-CT/TW ngày 7/12 tại hội trường xã.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # An issuer, and its term, in brackets right after a reused code choose its entry, and
    # contradict none: a bracket that says more names a sender.
    ("Chỉ thị 50-CT/TW (của Ban Bí thư khóa XIII) về sinh hoạt chi bộ.", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị số 50-CT/TW ( của Bộ Chính trị, khoá XI ) là văn bản cũ.", [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    ("Chỉ thị 50-CT/TW (của BBT khóa XIII) về sinh hoạt.", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("CHỈ THỊ 50-CT/TW (CỦA BAN BÍ THƯ KHÓA XIII)", [R("CHỈ THỊ 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 50-CT/TW (của Bộ Chính trị khóa XIII) về sinh hoạt.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Chỉ thị 50-CT/TW (của Văn phòng Tỉnh ủy gửi kèm) về sinh hoạt.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # A date or a year after the bracket is the citation's own: the bracket does not overrule it.
    ("Chỉ thị 50-CT/TW (của Bộ Chính trị khóa XI) ngày 23/7/2025.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # A body that sent, compiled or published a document, or held a meeting on it, is not its
    # issuer (each was a C103 that failed the build); it chooses among a reused code's entries.
    ("Chi bộ nhận Chỉ thị 10-CT/TW của Ban Tuyên giáo Trung ương gửi về để nghiên cứu.",
     [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    ("Bản sao Chỉ thị 50-CT/TW ngày 23/7/2025 của Văn phòng Trung ương Đảng phát hành.",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025", id="50-CT/TW-2025", problems=[])]),
    ("Hội nghị về Hướng dẫn 42-HD/BTCTW của Ban Tuyên giáo và Dân vận Trung ương tổ chức ngày 5/11.",
     [R("Hướng dẫn 42-HD/BTCTW", id="42-HD/BTCTW-2025", problems=[])]),
    ("Chỉ thị 10-CT/TW của Ban Tuyên giáo Trung ương vừa mới gửi về.", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    ("Chỉ thị 50-CT/TW của Ban Bí thư gửi về chi bộ.", [R("Chỉ thị 50-CT/TW của Ban Bí thư", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 50-CT/TW của Ban Tuyên giáo Trung ương gửi về chi bộ.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # The Party's leading bodies issue what they send: read as the issuer, as before (a red team's).
    ("Chỉ thị 05-CT/TW của Ban Bí thư gửi toàn Đảng.", [R("Chỉ thị 05-CT/TW của Ban Bí thư", id="05-CT/TW-2016", problems=["C103"])]),
    ("Chỉ thị 50-CT/TW của Bộ Chính trị khóa XI gửi các cấp ủy.",
     [R("Chỉ thị 50-CT/TW của Bộ Chính trị khóa XI", id="50-CT/TW-2015", problems=[])]),
    # A central party committee is no district's ("Đảng ủy Khối các cơ quan Trung ương").
    ("Chỉ thị 50-CT/TW ngày 23/7/2025 của Đảng ủy Khối các cơ quan Trung ương.",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025 của Đảng ủy Khối", id="50-CT/TW-2025", problems=["C103"])]),
    # A district's or a ward's committee after a central code is whom the sentence tells of: no
    # one mistakes its own codes for a /TW one (each was a C103 that failed the build).
    ("Chi bộ nhận Chỉ thị 10-CT/TW của Đảng ủy xã chuyển về.", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    ("Chi bộ học Nghị quyết 35-NQ/TW của Đảng ủy và Hướng dẫn 42-HD/BTCTW của Huyện ủy.",
     [R("Nghị quyết 35-NQ/TW", id="35-NQ/TW-2018", problems=[]), R("Hướng dẫn 42-HD/BTCTW", id="42-HD/BTCTW-2025", problems=[])]),
    ("Hướng dẫn 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy", [R("Hướng dẫn 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy", id="05-HD/BTCTU-tien-giang", problems=[])]),
    # A state code without a year is looked up by its number when the registry holds no code for it
    ("Nghị định số 111/NĐ-CP", [R("Nghị định số 111/NĐ-CP", system="nha-nuoc", id="ND-111", problems=[])]),
    # No document fits every fact: the one they point at most strongly (date 3, year or term 2,
    # issuer 1), with the contradiction; a tie chooses nothing.
    ("Chỉ thị 50-CT/TW của Ban Bí thư năm 2015", [R("Chỉ thị 50-CT/TW của Ban Bí thư năm 2015", id="50-CT/TW-2015", problems=["C103"])]),
    ("Chỉ thị 50-CT/TW năm 2015 của Ban Bí thư khóa XIII",
     [R("Chỉ thị 50-CT/TW năm 2015 của Ban Bí thư khóa XIII", id="50-CT/TW-2025", problems=["C102"])]),
    ("Chỉ thị 50-CT/TW khóa XIII năm 2015", [R("Chỉ thị 50-CT/TW khóa XIII năm 2015", id=None, problems=["C102"])]),
    ("Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị khóa XI",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị khóa XI", id=None, problems=["C102"])]),
    # Each fact a sentence sets before a code chooses on its own: a date, a year, a term.
    ("Ngày 07/12/2015, Chỉ thị 50-CT/TW ra đời", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    ("Năm 2025, Chỉ thị 50-CT/TW được ban hành", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Bộ Chính trị khóa XI ban hành Chỉ thị 50-CT/TW", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    # A fact the sentence sets chooses only a document that has it: the plenum of 2016, not the undated one
    ("Năm 2016, Nghị quyết Trung ương 4 được ban hành", [R("Nghị quyết Trung ương 4", id="04-NQ/TW-2016", problems=[])]),
    # A short form with one fact beside it is the one document of its number; with facts that fit
    # no entry it may be another term's document of that number: a warning, not a correction
    ("Chỉ thị 10 năm 2007", [R("Chỉ thị 10 năm 2007", id="10-CT/TW-2007", problems=[])]),
    ("Chỉ thị 10 khóa X", [R("Chỉ thị 10 khóa X", id="10-CT/TW-2007", problems=[])]),
    ("Chỉ thị 10 ngày 01/01/2020", [R("Chỉ thị 10 ngày 01/01/2020", id=None, problems=["C107"])]),
    ("Chỉ thị 05 của Ban Bí thư về giảm nghèo bền vững", [R("Chỉ thị 05 của Ban Bí thư", id=None, problems=["C107"])]),
    # … nor a province's document of that number, for a central body or another province
    ("Quy định 08 của Ban Chấp hành Trung ương về nêu gương", [R("Quy định 08 của Ban Chấp hành Trung ương", id=None,
                                                                  problems=["C107"])]),
    ("Hướng dẫn 09 của Tỉnh ủy Tuyên Quang", [R("Hướng dẫn 09 của Tỉnh ủy Tuyên Quang", id=None, problems=["C107"])]),
    # A cell's own papers and other mass organisations' are documents no registry checks
    ("Nghị quyết số 05-NQ/CB ngày 03/9/2025 của Chi bộ Khu phố 3", [R("Nghị quyết số 05-NQ/CB ngày 03/9/2025", system="chi-bo",
                                                                      problems=[])]),
    ("Kế hoạch số 05-KH/HCTĐ của Hội Chữ thập đỏ xã và Hướng dẫn số 07-HD/HKH",
     [R("Kế hoạch số 05-KH/HCTĐ", system="doan-the", problems=[]), R("Hướng dẫn số 07-HD/HKH", system="doan-the", problems=[])]),
    # Each later use that writes a fact of its own is read by it, not by the short form defined
    ("Chỉ thị 50-CT/TW ngày 23/7/2025 (sau đây gọi là Chỉ thị 50). Chỉ thị 50 năm 2015 và Chỉ thị 50 khóa XI",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025 (sau đây gọi là Chỉ thị 50)", id="50-CT/TW-2025"),
      R("Chỉ thị 50 năm 2015", id="50-CT/TW-2015", problems=[]), R("Chỉ thị 50 khóa XI", id="50-CT/TW-2015", problems=[])]),
    # An unknown document beside a replaced one and its successor
    ("Chỉ thị 03-CT/TW, nay là Chỉ thị 05-CT/TW; Quy định 99-QĐ/TW",
     [R("Chỉ thị 03-CT/TW", id="03-CT/TW-2011", problems=[]), R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016"),
      R("Quy định 99-QĐ/TW", id=None, problems=["C101"])]),
    # A successor named in full is checked like any other reference
    ("Chỉ thị 03-CT/TW, nay là Chỉ thị 05-CT/TW ngày 01/01/2020",
     [R("Chỉ thị 03-CT/TW", id="03-CT/TW-2011", problems=[]), R("Chỉ thị 05-CT/TW ngày 01/01/2020", id="05-CT/TW-2016", problems=["C102"])]),
    # A web address is not a code
    ("Xem https://example.org/10-ct-tw-2007 và Chỉ thị 10-CT/TW", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    # nor is a link's address, a link definition's or an autolink's
    ("Xem [văn bản](/van-ban/10-ct-tw-2007/) nhé", []),
    ("Xem [văn bản](10-ct-tw-2007) nhé", []),
    ("Xem <https://x.vn/10-ct-tw-2007> nhé", []),
    ("Xem https://x.vn/10-CT/TW nhé", []),
    ("[a]: /van-ban/10-ct-tw-2007/", []),
    # The context stays in its paragraph: the next one's date, term or plenum is not the reference's
    ("## Thực hiện Chỉ thị 10-CT/TW\n\nNgày 15/8/2025, chi bộ tổ chức hội nghị.",
     [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", date=None, problems=[])]),
    ("**Chỉ thị 50-CT/TW**\n\nNgày 07/12/2015, chi bộ họp.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Kết luận 18-KL/TW\n\n(khóa XI)", [R("Kết luận 18-KL/TW", id="18-KL/TW-2017", problems=[])]),
    # A local committee's own term says nothing of the Party's
    ("Huyện ủy khóa XI lãnh đạo thực hiện Chỉ thị 50-CT/TW trong toàn huyện", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Thành uỷ khóa XI triển khai Chỉ thị 50-CT/TW", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # A commune's first congress, a province's twentieth: local congresses, no document of the Party's
    ("Chi bộ quán triệt Nghị quyết Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.", []),
    ("Nghị quyết Đại hội đại biểu lần thứ XX", []),
    ("Nghị quyết Đại hội XIII, nhiệm kỳ 2020 - 2025", []),
    ("Nghị quyết Đại hội lần thứ XIV, nhiệm kỳ 2026 - 2031", [R("Nghị quyết Đại hội lần thứ XIV", id="NQ-DH-XIV", problems=[])]),
    # A province's letters ("LS") are no place's name: the body is the provincial committee
    ("Theo Hướng dẫn 09-HD/TU của Tỉnh ủy LS về sinh hoạt", [R("Hướng dẫn 09-HD/TU của Tỉnh ủy", id="09-HD/TU-2019-lang-son")]),
    # The Central Committee written short after a plenum's ordinal
    ("Nghị quyết Hội nghị lần thứ tư BCH TW khóa XII về xây dựng Đảng",
     [R("Nghị quyết Hội nghị lần thứ tư BCH TW khóa XII", id="04-NQ/TW-2016", problems=[])]),
    # The day it was signed is its date
    ("Chỉ thị 50-CT/TW ký ngày 23/7/2025 về sinh hoạt chi bộ", [R("Chỉ thị 50-CT/TW ký ngày 23/7/2025", id="50-CT/TW-2025", problems=[])]),
    # The day it was sent out ("phát hành") chooses among a code's documents, never contradicts one
    ("Chỉ thị 50-CT/TW phát hành ngày 25/7/2025 về sinh hoạt chi bộ", [R("Chỉ thị 50-CT/TW phát hành ngày 25/7/2025", id="50-CT/TW-2025",
                                                                       problems=[])]),
    ("Chỉ thị 50-CT/TW (được phát hành ngày 10/12/2015)", [R("Chỉ thị 50-CT/TW (được phát hành ngày 10/12/2015)", id="50-CT/TW-2015",
                                                            problems=[])]),
    ("Chỉ thị 50-CT/TW phát hành ngày 5/1/2016", [R("Chỉ thị 50-CT/TW phát hành ngày 5/1/2016", id="50-CT/TW-2015", problems=[])]),
    # A state code's year written beside it, and a short form after the decree of a year, are no
    # yearless entry's
    ("Nghị định 111/NĐ-CP năm 2022", [R("Nghị định 111/NĐ-CP năm 2022", id=None, problems=["C108"])]),
    ("Căn cứ Nghị định số 111/2022/NĐ-CP. Hợp đồng theo Nghị định 111.",
     [R("Nghị định số 111/2022/NĐ-CP", id=None, problems=["C108"]), R("Nghị định 111", id=None, problems=[])]),
    # A short form the state issued (the Prime Minister, a people's committee or council) is no Party document
    ("Chỉ thị 05 của Thủ tướng", [R("Chỉ thị 05 của Thủ tướng", system="nha-nuoc", id=None, problems=["C108"])]),
    ("Nghị quyết 35 của HĐND tỉnh", [R("Nghị quyết 35 của HĐND", system="nha-nuoc", id=None, problems=["C108"])]),
    ("Chỉ thị 50 của Chủ tịch UBND tỉnh", [R("Chỉ thị 50 của Chủ tịch UBND", system="nha-nuoc", id=None, problems=["C108"])]),
    # A code the registry holds once, its short form in brackets after it and later: that document
    ("Nghị quyết số 35-NQ/TW (Nghị quyết 35) về nền tảng. Nghị quyết 35 đặt ra nhiệm vụ.",
     [R("Nghị quyết số 35-NQ/TW", id="35-NQ/TW-2018"), R("Nghị quyết 35", id="35-NQ/TW-2018", problems=[]),
      R("Nghị quyết 35", id="35-NQ/TW-2018", problems=[])]),
    # A state code carries its year: a date of another year beside it is told
    ("Nghị định 30/2020/NĐ-CP ngày 05/3/2021", [R("Nghị định 30/2020/NĐ-CP ngày 05/3/2021", problems=["C102", "C108"])]),
    ("Nghị định 30/2020/NĐ-CP ngày 05/3/2020", [R("Nghị định 30/2020/NĐ-CP ngày 05/3/2020", problems=["C108"])]),
    # Years counted and a law's chapters are no document's number
    ("Chỉ thị 10 năm qua đã đi vào nền nếp", []),
    ("Nghị định 30 năm qua và Thông tư 3 chương", []),
    # A Party code written as a state one, with its year: told, and the year chooses
    ("Chỉ thị 50/2025/CT-TW", [R("Chỉ thị 50/2025/CT-TW", id="50-CT/TW-2025", problems=["C106"])]),
    # A bracket that goes on to a clause tells of that day; a bracket of a date alone is the document's
    ("Chi bộ họp theo Chỉ thị 10-CT/TW (ngày 30/3/2008 chi bộ họp lần đầu).", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    ("Chỉ thị 10-CT/TW (ngày 30/3/2008 của Ban Bí thư)", [R("Chỉ thị 10-CT/TW (ngày 30/3/2008 của Ban Bí thư)", problems=["C102"])]),
    # A Quy định's QĐi typed without Đ is read and told; one the registry lacks is named with its i
    ("Quy định số 15-QDi/TU ngày 14/11/2018.", [R("Quy định số 15-QDi/TU ngày 14/11/2018", id="15-QĐi/TU-2018-quang-nam", problems=["C109"])]),
    # A successor after "nay đã được thay bằng", "thay thế bởi": said, not asked for
    ("Chỉ thị 03-CT/TW (nay đã được thay bằng Chỉ thị 05).", [R("Chỉ thị 03-CT/TW", problems=[]), R("Chỉ thị 05", id="05-CT/TW-2016", problems=[])]),
    ("Chỉ thị 03-CT/TW, được thay thế bởi Chỉ thị 05-CT/TW", [R("Chỉ thị 03-CT/TW", problems=[]), R("Chỉ thị 05-CT/TW", problems=[])]),
    # A year of three or five digits is told, as one of two is
    ("Chỉ thị số 05-CT/TW ngày 15/5/216 của Bộ Chính trị.", [R("Chỉ thị số 05-CT/TW ngày 15/5/216 của Bộ Chính trị", date=None,
                                                             id="05-CT/TW-2016", problems=["C106"])]),
    # The fact that fits no entry names the rule: the term here (two entries are the Politburo's)
    ("Chỉ thị 50-CT/TW của Bộ Chính trị khóa XII.", [R("Chỉ thị 50-CT/TW của Bộ Chính trị khóa XII", id=None, problems=["C104"])]),
    ("Nghị quyết Trung ương 4 khóa 0.", [R("Nghị quyết Trung ương 4", term=None, problems=["C107"])]),
    ("Video HD 1080 được chiếu tại hội trường.", []),
    # A province's short form with no province named picks none of the provinces' documents
    ("Quy định 08 của Ban Thường vụ Tỉnh ủy về phân cấp", [R("Quy định 08 của Ban Thường vụ Tỉnh ủy", id=None, problems=["C107"])]),
    ("Hướng dẫn 09 của Tỉnh ủy Lạng Sơn về", [R("Hướng dẫn 09 của Tỉnh ủy Lạng Sơn", id="09-HD/TU-2019-lang-son", problems=[])]),
    # Bare numbers listed are documents where their issuers follow in turn, or another kind's document
    ("Chỉ thị 05 và 10 của Bộ Chính trị, Ban Bí thư.", [R("Chỉ thị 05", problems=["C107"]), R("10", problems=["C107"])]),
    ("các Chỉ thị số 05, 10 và Hướng dẫn 12 đến", [R("Chỉ thị số 05", problems=["C107"]), R("10", problems=["C107"]),
                                                   R("Hướng dẫn 12", problems=["C107"])]),
    ("Chỉ thị 05, 10 và 20 năm qua", [R("Chỉ thị 05", problems=["C107"])]),
    # A year of someone's life or of the cell's chooses no document
    ("Đồng chí B (sinh năm 1999) phát biểu về Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Đảng viên kết nạp năm 2015 báo cáo Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Năm 1999, đồng chí A vào Đảng, nay học Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Ngày 7/12/2015 là ngày thành lập chi bộ, chi bộ học Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Năm 2025, chi bộ học Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    # A day sent out that cannot be: told, and compared with no day
    ("Chỉ thị 05-CT/TW phát hành ngày 31/2/2016", [R("Chỉ thị 05-CT/TW phát hành ngày 31/2/2016", date=None, problems=["C106"])]),
    ("Chỉ thị 50-CT/TW phát hành ngày 31/2/2025", [R("Chỉ thị 50-CT/TW phát hành ngày 31/2/2025", date=None, problems=["C106", "C107"])]),
    ("Chỉ thị 50-CT/TW phát hành ngày 10/5/1999", [R("Chỉ thị 50-CT/TW phát hành ngày 10/5/1999", id="50-CT/TW-1999", problems=[])]),  # its year only
    # … but not a year after it was signed, nor before; nor the day a link's page was not sent out
    ("Chỉ thị 10-CT/TW phát hành ngày 30/3/2008", [R("Chỉ thị 10-CT/TW phát hành ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    ("Chỉ thị 50-CT/TW phát hành ngày 20/7/2025", [R("Chỉ thị 50-CT/TW phát hành ngày 20/7/2025", id=None, problems=["C102"])]),
    ("[Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2015/) phát hành ngày 25/7/2025",
     [R("Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2015/) phát hành ngày 25/7/2025", id="50-CT/TW-2025", problems=["C110"])]),
    # A congress's resolution written "NQ", as a plenum's may be
    ("Quán triệt NQ Đại hội XIII của Đảng", [R("NQ Đại hội XIII của Đảng", id="NQ-DH-XIII", problems=[])]),
    # "Quy định 19 điều": a count of articles, not Quy định số 19
    ("Thực hiện Quy định 19 điều đảng viên không được làm", []),
    # "do … ban hành": the issuer, its term and the date after the verb are read as "của …" is
    ("Chỉ thị số 50-CT/TW do Ban Bí thư ban hành ngày 23/7/2025 về sinh hoạt chi bộ",
     [R("Chỉ thị số 50-CT/TW do Ban Bí thư ban hành ngày 23/7/2025", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 10-CT/TW do Ban Bí thư (khóa IX) ký ban hành", [R("Chỉ thị 10-CT/TW do Ban Bí thư (khóa IX)", id="10-CT/TW-2007",
                                                                 problems=["C104"])]),
    # A date the words say is the document's ("ban hành", "ký") is checked after a second comma too
    ("Chỉ thị 10-CT/TW, ban hành ngày 30/3/2008, yêu cầu chi bộ", [R("Chỉ thị 10-CT/TW, ban hành ngày 30/3/2008", id="10-CT/TW-2007",
                                                                  problems=["C102"])]),
    # A province's boards however written: another province's document is not this one
    ("Hướng dẫn 13-HD/BTCTU của BTC Tỉnh ủy Vĩnh Long", [R("Hướng dẫn 13-HD/BTCTU của BTC Tỉnh ủy Vĩnh Long", id=None,
                                                          problems=["C101"])]),
    ("Hướng dẫn 09-HD/TU của Ban Thường vụ Thành ủy Hà Nội", [R("Hướng dẫn 09-HD/TU của Ban Thường vụ Thành ủy Hà Nội", id=None,
                                                               problems=["C101"])]),
    ("Hướng dẫn 42 do Ban Tổ chức Trung ương ban hành ngày 28/10/2025 yêu cầu", [R("Hướng dẫn 42 do Ban Tổ chức Trung ương ban hành "
                                                                                 "ngày 28/10/2025", id="42-HD/BTCTW-2025", problems=[])]),
    # "có", "không" after a directive's, a resolution's or a plenum's number: a verb, not a count
    ("Chỉ thị 10 không quy định cụ thể; Báo cáo 2 có nội dung; Quy chế 5 không",
     [R("Chỉ thị 10", problems=["C107"])]),
    ("Nghị quyết Trung ương 4 không chỉ là văn bản", [R("Nghị quyết Trung ương 4", problems=["C107"])]),
    # A prose kind opening a sentence cites when what a document does follows its number
    ("Chi bộ họp đều. Quy định 294 yêu cầu chi bộ họp mỗi tháng.", [R("Quy định 294", problems=["C107"])]),
    ("Hướng dẫn 42 nêu rõ thời lượng. Kết luận 3 ý chính.", [R("Hướng dẫn 42", problems=["C107"])]),
    # A body in any case; the date after "ký ban hành"; a board's letters in any case
    ("Chỉ thị 10 của Ban Bí Thư và Nghị quyết 35 của bộ chính trị", [R("Chỉ thị 10 của Ban Bí Thư", id="10-CT/TW-2007", problems=[]),
                                                                     R("Nghị quyết 35 của bộ chính trị", id="35-NQ/TW-2018", problems=[])]),
    ("Chỉ thị 50-CT/TW do Ban Bí thư ký ban hành ngày 23/7/2024", [R("Chỉ thị 50-CT/TW do Ban Bí thư ký ban hành ngày 23/7/2024",
                                                                     id="50-CT/TW-2025", problems=["C102"])]),
    ("Hướng dẫn 13-HD/BTCTU của btc tỉnh ủy Trà Vinh", [R("Hướng dẫn 13-HD/BTCTU của btc tỉnh ủy Trà Vinh",
                                                           id="13-HD/BTCTU-2018-tra-vinh", problems=[])]),
    # … but not who wrote or published a material on it: "do … biên soạn", "do … phát hành"
    ("Tài liệu về Chỉ thị 10-CT/TW do Ban Tuyên giáo Trung ương phát hành", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    ("Đề cương tuyên truyền Chỉ thị 50-CT/TW do Ban Tuyên giáo Trung ương biên soạn",
     [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # Bodies listed after listed codes are theirs in turn: the first is not the last code's (a C103 on correct text).
    ("Chỉ thị 10-CT/TW, 05-CT/TW của Ban Bí thư, Bộ Chính trị.", [R("Chỉ thị 10-CT/TW", id="10-CT/TW-2007", problems=[]),
                                                                  R("05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    ("Chỉ thị 50-CT/TW của Ban Bí thư, Bộ Chính trị.", [R("Chỉ thị 50-CT/TW của Ban Bí thư", id="50-CT/TW-2025", problems=[])]),
    ("Kết luận số 01, 18-KL/TW của Bộ Chính trị, Ban Bí thư.", [R("Kết luận số 01", id="01-KL/TW-2021", problems=[]),
                                                                  R("18-KL/TW", id="18-KL/TW-2017", problems=[])]),
    # Kinds listed before listed codes (a C106 on correct text).
    ("Chỉ thị và Hướng dẫn số 10-CT/TW, 12-HD/BTCTW.", [R("Hướng dẫn số 10-CT/TW", id="10-CT/TW-2007", problems=[]),
                                                      R("12-HD/BTCTW", id="12-HD/BTCTW-2018", problems=[])]),
    # A successor named in short form names it too (a C105 on correct text).
    ("Chỉ thị 03-CT/TW hết hiệu lực kể từ ngày ban hành Chỉ thị 05.", [R("Chỉ thị 03-CT/TW", id="03-CT/TW-2011", problems=[]),
                                                                       R("Chỉ thị 05", id=None, problems=["C107"])]),
    # Facts read past a footnote's mark, a superscript note mark and a highlight; not past a closing
    # quote, which ends a title that ends on the code (what follows is the outer document's).
    ("Chỉ thị 10-CT/TW[^1] ngày 30/3/2008.", [R("Chỉ thị 10-CT/TW[^1] ngày 30/3/2008", id="10-CT/TW-2007", problems=["C102"])]),
    ("Theo Hướng dẫn 42-HD/BTCTW¹ ngày 28/10/2024.", [R("Hướng dẫn 42-HD/BTCTW¹ ngày 28/10/2024", id="42-HD/BTCTW-2025", problems=["C102"])]),
    ("Kết luận 18-KL/TW “Về tiếp tục đẩy mạnh thực hiện Chỉ thị số 10-CT/TW” của Ban Bí thư khóa XII.",
     [R("Kết luận 18-KL/TW", id="18-KL/TW-2017", problems=[]), R("Chỉ thị số 10-CT/TW", id="10-CT/TW-2007", problems=[])]),
    # The words of its title after a reused code choose, where words only one entry's title has
    # are written; words no title has, or a short form, do not.
    ("Chỉ thị số 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ (ban hành ngày 23/7/2025).", [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Thực hiện Chỉ thị 50-CT/TW về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài.",
     [R("Chỉ thị 50-CT/TW", id="50-CT/TW-1999", problems=[])]),
    ("Chỉ thị 50-CT/TW về việc này.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Năm 2025, chi bộ tiếp tục thực hiện Chỉ thị 50-CT/TW về phát hiện, xử lý vụ việc, vụ án tham nhũng.",
     [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    ("Chỉ thị 50 về khuyến học.", [R("Chỉ thị 50", id=None, problems=["C107"])]),
    # A person signs "thay mặt" the issuing body: a title before a body's name ("Thường trực Ban Bí
    # thư") names the signer, not the issuer (a red team's news sentences).
    ("Ngày 7/12/2015, thay mặt Bộ Chính trị, đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành "
     "Chỉ thị số 50-CT/TW.", [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    ("Thay mặt Ban Bí thư, Chánh Văn phòng Trung ương Đảng ký ban hành Quy định 399-QĐ/TW.", [R("Quy định 399-QĐ/TW", problems=[])]),
    ("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Quy định số 339-QĐ/TW.",
     [R("Quy định số 339-QĐ/TW", id="339-QĐ/TW-2025", problems=["C103"])]),
    # The day of an event held on the document, written after it, is the event's: it chooses, and
    # contradicts only where it comes before the document's own.
    ("Hội nghị tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW ngày 19/5/2025 tại Hội trường Tỉnh ủy.",
     [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    ("Hội nghị trực tuyến quán triệt Quy định 294-QĐ/TW ngày 12/6/2025 có hơn 1.000 đại biểu.",
     [R("Quy định 294-QĐ/TW", id="294-QĐ/TW-2025", problems=[])]),
    ("Hội nghị quán triệt Chỉ thị 05-CT/TW ngày 1/1/2016.", [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=["C102"])]),
    # A body after it that holds the event, or could not have issued the code, leaves the day the
    # event's (a red team's: C102); one that could have, names the document's date.
    ("Hội nghị quán triệt Chỉ thị số 50-CT/TW ngày 11/8/2025 do Đảng ủy phường tổ chức.",
     [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Lễ kỷ niệm 10 năm thực hiện Chỉ thị 05-CT/TW ngày 15/5/2026 do Ban Tuyên giáo Tỉnh ủy tổ chức.",
     [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    ("Hội nghị quán triệt Chỉ thị số 50-CT/TW ngày 11/8/2025 của Đảng ủy xã.", [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    # A course's day; a central body that holds the event ("… tổ chức"), whatever it issues.
    ("Lớp tập huấn Hướng dẫn 42-HD/BTCTW ngày 15/11/2025 do Ban Tổ chức Thành ủy tổ chức.",
     [R("Hướng dẫn 42-HD/BTCTW", id="42-HD/BTCTW-2025", problems=[])]),
    ("Hội nghị toàn quốc quán triệt Chỉ thị số 50-CT/TW ngày 20/8/2025 do Ban Tổ chức Trung ương tổ chức.",
     [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Hội nghị quán triệt Chỉ thị số 50-CT/TW ngày 11/8/2025 do Ban Bí thư ban hành.",
     [R("Chỉ thị số 50-CT/TW ngày 11/8/2025 do Ban Bí thư", id="50-CT/TW-2025", problems=["C102"])]),
    ("Hội nghị quán triệt Hướng dẫn số 09-HD/TU ngày 20/5/2019 của Ban Thường vụ Tỉnh ủy Lạng Sơn.",
     [R("Hướng dẫn số 09-HD/TU ngày 20/5/2019 của Ban Thường vụ Tỉnh ủy Lạng Sơn", id="09-HD/TU-2019-lang-son", problems=["C102"])]),
    ("Đánh giá 1 năm thực hiện Quy định 294-QĐ/TW năm 2026 của Ban Chấp hành Trung ương.",
     [R("Quy định 294-QĐ/TW năm 2026 của Ban Chấp hành Trung ương", id="294-QĐ/TW-2025", problems=[])]),
    # A label of letters and digits after a place's or a unit's word is no document, a date after it notwithstanding.
    ("Đảng viên tòa CT3 ngày 5/9/2025 tham gia dọn vệ sinh.", []),
    ("Chi bộ NQ1 của Đảng ủy phường họp ngày 3/10/2025.", []),
    # The short form in brackets right after the citation in full is the name the text gives it.
    ("Thực hiện Hướng dẫn số 42-HD/BTCTW ngày 28-10-2025 (Hướng dẫn 42) một số vấn đề.",
     [R("Hướng dẫn số 42-HD/BTCTW ngày 28-10-2025", id="42-HD/BTCTW-2025"), R("Hướng dẫn 42", id="42-HD/BTCTW-2025", problems=[])]),
    # An issuer split by a dash or a full stop is a code written wrong, not an unknown document.
    ("Hướng dẫn 42-HD/BTC-TW ngày 28/10/2025.", [R("Hướng dẫn 42-HD/BTC-TW ngày 28/10/2025", id="42-HD/BTCTW-2025", problems=["C106"])]),
    # A year no entry of the code was issued in lists them all, the one meant among them.
    ("Chi bộ thực hiện Chỉ thị số 50-CT/TW năm 2024.", [R("Chỉ thị số 50-CT/TW năm 2024", id=None, problems=["C107"])]),
    # A review's cases: a date naming the document after an event's words stays its own; title
    # words one syllable at a time choose nothing; a year before the reference bars a later entry;
    # "thay mặt" in a speaker's clause names no issuer; a quoted name's year is the contest's.
    ("Hội nghị quán triệt Chỉ thị 05-CT/TW ngày 15/5/2017 của Bộ Chính trị.", [R("Chỉ thị 05-CT/TW ngày 15/5/2017 của Bộ Chính trị",
                                                                                id="05-CT/TW-2016", problems=["C102"])]),
    ("Hội nghị quán triệt Chỉ thị 50-CT/TW ngày 23/7/2015 của Ban Bí thư.", [R("Chỉ thị 50-CT/TW ngày 23/7/2015 của Ban Bí thư",
                                                                               id="50-CT/TW-2025", problems=["C102"])]),
    ("Sau khi Ban Bí thư gửi Chỉ thị 50-CT/TW về việc thực hiện ở cơ sở.", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Năm 2016, chi bộ thực hiện Chỉ thị 50-CT/TW về sinh hoạt chi bộ.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # A month before the reference rules out a document issued after it, as a day does; with
    # "ban hành", it is the document's month, and checked.
    ("Tháng 5/2015, chi bộ học tập Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Tháng 12/2015, chi bộ học tập Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    ("Năm 2015, chi bộ học tập Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2015", problems=[])]),
    ("Tháng 3/2018, Ban Tổ chức Trung ương ban hành Hướng dẫn 12-HD/BTCTW.", [R("Hướng dẫn 12-HD/BTCTW", problems=["C102"])]),
    ("Tháng 7/2018, Ban Tổ chức Trung ương ban hành Hướng dẫn 12-HD/BTCTW.", [R("Hướng dẫn 12-HD/BTCTW", problems=[])]),
    ("Tháng 3/2018, chi bộ học tập Hướng dẫn 12-HD/BTCTW.", [R("Hướng dẫn 12-HD/BTCTW", problems=[])]),
    # A bound ("Trước", "Sau", "Từ", "Đến", "Khoảng" a month, a year or a day) says the document came
    # before, after or about then: no date of it, neither checked nor choosing. "Cuối tháng" is the month.
    ("Trước tháng 8/2018, Ban Tổ chức Trung ương đã ban hành Hướng dẫn 12-HD/BTCTW.", [R("Hướng dẫn 12-HD/BTCTW", problems=[])]),
    ("Sau tháng 3/2018, Ban Tổ chức Trung ương ban hành Hướng dẫn 12-HD/BTCTW.", [R("Hướng dẫn 12-HD/BTCTW", problems=[])]),
    ("Sau năm 2017, Ban Tổ chức Trung ương ban hành Hướng dẫn 12-HD/BTCTW.", [R("Hướng dẫn 12-HD/BTCTW", problems=[])]),
    ("Khoảng tháng 6/2018, Ban Tổ chức Trung ương ban hành Hướng dẫn 12-HD/BTCTW.", [R("Hướng dẫn 12-HD/BTCTW", problems=[])]),
    ("Trước ngày 30/3/2008, Ban Bí thư ban hành Chỉ thị 10-CT/TW.", [R("Chỉ thị 10-CT/TW", problems=[])]),
    ("Cuối tháng 3/2018, Ban Tổ chức Trung ương ban hành Hướng dẫn 12-HD/BTCTW.", [R("Hướng dẫn 12-HD/BTCTW", problems=["C102"])]),
    ("Từ năm 2016, chi bộ học tập Chỉ thị 50-CT/TW.", [R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Phát biểu thay mặt Bộ Chính trị tại hội nghị, Tổng Bí thư nhấn mạnh, mới đây đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư "
     "đã ký ban hành Chỉ thị số 50-CT/TW.", [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Cuộc thi viết “Kết luận 01-KL/TW” năm 2023 của Tỉnh ủy.", [R("Kết luận 01-KL/TW", id="01-KL/TW-2021", problems=[])]),
    # Quotes around the reference alone close on it, and what follows is its context.
    ("Theo “Chỉ thị 50-CT/TW” của Ban Bí thư khóa XIII.", [R("Chỉ thị 50-CT/TW” của Ban Bí thư khóa XIII", id="50-CT/TW-2025", problems=[])]),
    ("Theo \"**Chỉ thị 50-CT/TW**\" ngày 19/7/2025.", [R("Chỉ thị 50-CT/TW**\" ngày 19/7/2025", id="50-CT/TW-2025", problems=["C102"])]),
    # A successor's short form names it only after words of replacing, and without facts of its own.
    ("Chi bộ tiếp tục thực hiện Chỉ thị 03-CT/TW và Chỉ thị 05 của Tỉnh ủy.",
     [R("Chỉ thị 03-CT/TW", id="03-CT/TW-2011", problems=["C105"]), R("Chỉ thị 05 của Tỉnh ủy", id=None)]),
    # A second body that starts a clause is not the list's.
    ("Theo Điều lệ Đảng và Chỉ thị 50-CT/TW của Ban Bí thư, Ban Tổ chức Trung ương đã ban hành hướng dẫn.",
     [R("Chỉ thị 50-CT/TW của Ban Bí thư", id="50-CT/TW-2025", problems=[])]),
    # Short forms listed: each is a reference, the issuer after the last is all of theirs; a count is none.
    ("Quy định 232 và 294 của Ban Chấp hành Trung ương.", [R("Quy định 232", id="232-QĐ/TW-2025", problems=[]),
                                                          R("294 của Ban Chấp hành Trung ương", id="294-QĐ/TW-2025", problems=[])]),
    ("các Chỉ thị 10, 50 của Ban Bí thư", [R("Chỉ thị 10", id="10-CT/TW-2007", problems=[]), R("50 của Ban Bí thư", id="50-CT/TW-2025", problems=[])]),
    ("Quyết định 5, 6 tháng một lần", []),
    ("Chỉ thị 05, 5 năm thực hiện", [R("Chỉ thị 05", id=None, problems=["C107"])]),
    ("Chi bộ học ==Chỉ thị 50-CT/TW== của Ban Bí thư.", [R("Chỉ thị 50-CT/TW== của Ban Bí thư", id="50-CT/TW-2025", problems=[])]),
    # A kind word or "số" typed onto the number: read, linked, and told (the code alone was glued to a letter, and lost).
    ("Thực hiện Chỉ thị05-CT/TW của Bộ Chính trị.", [R("Chỉ thị05-CT/TW của Bộ Chính trị", id="05-CT/TW-2016", problems=["C109"])]),
    ("theo Hướng dẫn số12-HD/BTCTW.", [R("Hướng dẫn số12-HD/BTCTW", id="12-HD/BTCTW-2018", problems=["C109"])]),
    ("Quy định số:294-QĐ/TW và Hướng dẫn12/BTCTW", [R("Quy định số:294-QĐ/TW", problems=[]),
                                                   R("Hướng dẫn12/BTCTW", code="12-HD/BTCTW", problems=["C106", "C109"])]),
    ("căn hộ A4-CT/TW, mẫu B12-HD/BTCTW", []),
    # A year in brackets with "năm" or "ban hành năm" is the document's, as "(2025)" is.
    ("Chỉ thị 50-CT/TW (năm 2025) của Ban Bí thư.", [R("Chỉ thị 50-CT/TW (năm 2025) của Ban Bí thư", id="50-CT/TW-2025", problems=[])]),
    ("Quy định 24-QĐ/TW (năm 2022) về thi hành Điều lệ Đảng.", [R("Quy định 24-QĐ/TW (năm 2022)", id="24-QĐ/TW-2021", problems=["C102"])]),
    ("Chỉ thị 50-CT/TW (ban hành năm 1999)", [R("Chỉ thị 50-CT/TW (ban hành năm 1999)", id="50-CT/TW-1999", problems=[])]),
    ("Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW (năm 2021) tại chi bộ.", [R("Chỉ thị 05-CT/TW (năm 2021)", id="05-CT/TW-2016", problems=[])]),
    # A short form the text defined, a fact beside it contradicting its document: told against it.
    ("Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư (gọi tắt là Chỉ thị 50). Chi bộ thực hiện Chỉ thị 50 ngày 23/7/2024.",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư (gọi tắt là Chỉ thị 50)", id="50-CT/TW-2025", problems=[]),
      R("Chỉ thị 50 ngày 23/7/2024", id="50-CT/TW-2025", problems=["C102"])]),
    # A kind's letters typed onto a full code: read, its facts checked, the missing space told.
    ("Chi bộ thực hiện CT50-CT/TW ngày 23/7/2024 của Bộ Chính trị.",
     [R("CT50-CT/TW ngày 23/7/2024 của Bộ Chính trị", problems=["C109", "C102"])]),
    ("mã KCT50-CT/TW và A4-CT/TW", []),
    # Another kind's letters glued to a code are a label's, no kind of it.
    ("Phòng TB3-CT/TW, mục NQ05-CT/TW", []),
    # "ban hành vào ngày": the document's date, checked.
    ("Hướng dẫn 42-HD/BTCTW, được Ban Tổ chức Trung ương ban hành vào ngày 28 tháng 10 năm 2024.",
     [R("Hướng dẫn 42-HD/BTCTW, được Ban Tổ chức Trung ương ban hành vào ngày 28 tháng 10 năm 2024", problems=["C102"])]),
    # The issuer alone in brackets, its term after it: read, and checked.
    ("Chỉ thị 50-CT/TW (Ban Bí thư khóa XIII)", [R("Chỉ thị 50-CT/TW (Ban Bí thư khóa XIII)", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 10-CT/TW (Bộ Chính trị)", [R("Chỉ thị 10-CT/TW (Bộ Chính trị)", id="10-CT/TW-2007", problems=["C103"])]),
    # The issuer and the date in one bracket, either first: both read, and checked.
    ("Chỉ thị 10-CT/TW (Bộ Chính trị, 30/3/2008) yêu cầu sinh hoạt chi bộ thường kỳ.",
     [R("Chỉ thị 10-CT/TW (Bộ Chính trị, 30/3/2008)", date="2008-03-30", id="10-CT/TW-2007", problems=["C102", "C103"])]),
    ("Chỉ thị 50-CT/TW (Ban Bí thư, 23/7/2025) yêu cầu chi bộ.",
     [R("Chỉ thị 50-CT/TW (Ban Bí thư, 23/7/2025)", date="2025-07-23", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 10-CT/TW (30/3/2008, Bộ Chính trị) yêu cầu.",
     [R("Chỉ thị 10-CT/TW (30/3/2008, Bộ Chính trị)", date="2008-03-30", problems=["C102", "C103"])]),
    ("Chỉ thị 10-CT/TW (Ban Bí thư, ngày 30/3/2008) yêu cầu.",
     [R("Chỉ thị 10-CT/TW (Ban Bí thư, ngày 30/3/2008)", date="2008-03-30", problems=["C102"])]),
    ("Chỉ thị 10-CT/TW (ngày 30/3/2008, Bộ Chính trị) yêu cầu.",
     [R("Chỉ thị 10-CT/TW (ngày 30/3/2008, Bộ Chính trị)", problems=["C102", "C103"])]),
    ("Chỉ thị 50-CT/TW (23/7/2025, Ban Bí thư khóa XIII) yêu cầu.",
     [R("Chỉ thị 50-CT/TW (23/7/2025, Ban Bí thư khóa XIII)", id="50-CT/TW-2025", term="XIII", problems=[])]),
    ("Chỉ thị 10-CT/TW (Ban Bí thư khóa X, 30/3/2007) yêu cầu.",
     [R("Chỉ thị 10-CT/TW (Ban Bí thư khóa X, 30/3/2007)", date="2007-03-30", term="X", problems=[])]),
    # … or its year or month: read, choosing among a code's entries and checked.
    ("Chỉ thị 50-CT/TW (Ban Bí thư, năm 2025) đặt yêu cầu mới.", [R("Chỉ thị 50-CT/TW (Ban Bí thư, năm 2025)", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 50-CT/TW (Bộ Chính trị, năm 2015) yêu cầu.", [R("Chỉ thị 50-CT/TW (Bộ Chính trị, năm 2015)", id="50-CT/TW-2015", problems=[])]),
    ("Chỉ thị 10-CT/TW (Ban Bí thư, năm 2008) yêu cầu.", [R("Chỉ thị 10-CT/TW (Ban Bí thư, năm 2008)", id="10-CT/TW-2007", problems=["C102"])]),
    # A bracket after a material's name (Đề cương, Tài liệu, Bài giảng …) tells who made the material
    # and when, and so does one naming a body whose codes are not the reference's (a Ban Tuyên giáo
    # for a /TW directive): it chooses, never contradicts, and is no part of the reference.
    ("Đề cương tuyên truyền Chỉ thị 50-CT/TW (Ban Tuyên giáo và Dân vận Trung ương, 15/8/2025) được gửi tới các chi bộ.",
     [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Tài liệu sinh hoạt chuyên đề về Chỉ thị 05-CT/TW (Ban Tuyên giáo Trung ương, 01/6/2016).",
     [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    ("Đề cương tuyên truyền Chỉ thị 50-CT/TW (Ban Bí thư, 15/8/2025).", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 50-CT/TW (15/8/2025, Ban Tuyên giáo Trung ương) yêu cầu.", [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Tài liệu học tập Chỉ thị 05-CT/TW của Ban Tuyên giáo Trung ương.", [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    # … but a material cannot come before the document; the document's own facts are still checked,
    # and so is a leading body's "của" after a material's name.
    ("Tài liệu về Chỉ thị 05-CT/TW (Ban Tuyên giáo Trung ương, 01/6/2015).", [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=["C102"])]),
    ("Đề cương tuyên truyền Chỉ thị 50-CT/TW ngày 23/7/2024 (Ban Tuyên giáo Trung ương, 15/8/2025).",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2024", id="50-CT/TW-2025", problems=["C102"])]),
    ("Tài liệu học tập Chỉ thị 05-CT/TW của Bộ Chính trị ngày 15/5/2015.",
     [R("Chỉ thị 05-CT/TW của Bộ Chính trị ngày 15/5/2015", id="05-CT/TW-2016", problems=["C102"])]),
    # "chính sách" is no book.
    ("Chính sách theo Chỉ thị 10-CT/TW (Bộ Chính trị, 30/3/2007).", [R("Chỉ thị 10-CT/TW (Bộ Chính trị, 30/3/2007)", problems=["C103"])]),
    # After a document carrying out the reference, a bracket right after it is still its own
    # (a body that issues no such code is the plan's, set aside).
    ("Kết luận 01-KL/TW (Bộ Chính trị, 18/5/2021) tiếp tục thực hiện Chỉ thị 05-CT/TW (Bộ Chính trị, 15/5/2015).",
     [R("Kết luận 01-KL/TW (Bộ Chính trị, 18/5/2021)", id="01-KL/TW-2021", problems=[]),
      R("Chỉ thị 05-CT/TW (Bộ Chính trị, 15/5/2015)", id="05-CT/TW-2016", problems=["C102"])]),
    ("Kế hoạch thực hiện Chỉ thị 05-CT/TW (Ban Thường vụ Tỉnh ủy Nghệ An, 01/6/2016).", [R("Chỉ thị 05-CT/TW", id="05-CT/TW-2016", problems=[])]),
    # A bracket that goes on to a clause after the date tells of that day: it chooses, never contradicts.
    ("Chỉ thị 10-CT/TW (30/3/2008, chi bộ họp lần đầu) yêu cầu.", [R("Chỉ thị 10-CT/TW", problems=[])]),
    # Out of a bracket, a body after the date is the next clause's subject, not the issuer.
    ("Sau Chỉ thị 10-CT/TW ngày 30/3/2007, Bộ Chính trị khóa X đã ban hành thêm.",
     [R("Chỉ thị 10-CT/TW ngày 30/3/2007", problems=[])]),
    # The issuer in emphasis of its own is read, and checked.
    ("**Chỉ thị số 10-CT/TW** của **Bộ Chính trị**", [R("Chỉ thị số 10-CT/TW** của **Bộ Chính trị**", problems=["C103"])]),
    ("**Chỉ thị số 50-CT/TW** của **Ban Bí thư** khóa XIII", [R("Chỉ thị số 50-CT/TW** của **Ban Bí thư** khóa XIII", id="50-CT/TW-2025", problems=[])]),
    # A short form after its document cited in full in the same text is that document.
    ("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị. Chi bộ quán triệt NQ 35 tới đảng viên.",
     [R("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị", id="35-NQ/TW-2018", problems=[]),
      R("NQ 35", id="35-NQ/TW-2018", problems=[])]),
    # After words of work, a year after the issuer is the work's (a report naming itself): it chooses;
    # one before the document is still told, and without words of work it is the issue's.
    ("Báo cáo kết quả thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị năm 2024.",
     [R("Chỉ thị 05-CT/TW của Bộ Chính trị năm 2024", id="05-CT/TW-2016", problems=[])]),
    ("Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị năm 2010.", [R("Chỉ thị 05-CT/TW của Bộ Chính trị năm 2010", problems=["C102"])]),
    # After other words of work the year after the issuer is the issue's, as ever.
    ("Chi bộ thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị năm 2017 về học tập.",
     [R("Chỉ thị 05-CT/TW của Bộ Chính trị năm 2017", problems=["C102"])]),
    # A bulletin that came out on a day is no document issued that day.
    ("Đặc san về Nghị quyết 35-NQ/TW ra ngày 1/11/2018 đã đến tay đảng viên.", [R("Nghị quyết 35-NQ/TW", problems=[])]),
    ("Chỉ thị 05-CT/TW của Bộ Chính trị năm 2024.", [R("Chỉ thị 05-CT/TW của Bộ Chính trị năm 2024", problems=["C102"])]),
    # Years of the work in brackets: the first chooses, and the body after them is read.
    ("Tổng kết 10 năm thực hiện Chỉ thị 50-CT/TW (2015 - 2025) của Bộ Chính trị.",
     [R("Chỉ thị 50-CT/TW (2015 - 2025) của Bộ Chính trị", id="50-CT/TW-2015", problems=[])]),
    # The years a work counts, taken from its year, choose the document ("10 năm … năm 2025": of 2015).
    ("Tổng kết 10 năm Chỉ thị 50-CT/TW năm 2025 của Bộ Chính trị.",
     [R("Chỉ thị 50-CT/TW năm 2025 của Bộ Chính trị", id="50-CT/TW-2015", problems=[])]),
    # The plenum written as the issuer is the one the entry's name gives, or told.
    ("Nghị quyết số 04-NQ/TW của Hội nghị Trung ương lần thứ năm khóa XII",
     [R("Nghị quyết số 04-NQ/TW của Hội nghị Trung ương lần thứ năm khóa XII", id="04-NQ/TW-2016", problems=["C103"])]),
    # A state document's full date is its year: "Nghị định số 111 ngày 30/12/2022" is no yearless entry.
    ("Nghị định số 111 ngày 30/12/2022 của Chính phủ.", [R("Nghị định số 111 ngày 30/12/2022 của Chính phủ", id=None, problems=["C108"])]),
    # Its number and year alone ("111/2022", the rest of the code left out) read as "năm 2022" does;
    # a month and year is no document, nor the year's code cut short.
    ("Thực hiện Nghị định 111/2022 của Chính phủ.", [R("Nghị định 111/2022 của Chính phủ", id=None, problems=["C108"])]),
    ("theo thông tư số 03/2018 về công tác văn thư", [R("thông tư số 03/2018", system="nha-nuoc", id=None, problems=["C108"])]),
    ("Nghị định 111/2022/NĐ-CP", [R("Nghị định 111/2022/NĐ-CP", issuer="CP", problems=["C108"])]),
    ("Trong tháng 5/2022, số 3/2021 và Nghị định 111/20221.", []),
    # A label that goes on past the citation chooses no other entry by its year (C110): the link stands.
    # A year opening the next clause after a comma ("…, năm 2025 tiếp tục …") is what the sentence tells of.
    ("[Chỉ thị 50, năm 2025 tiếp tục thực hiện](/van-ban/50-ct-tw-1999/)", [R("Chỉ thị 50", id="50-CT/TW-1999", problems=[])]),
    ("[Chỉ thị 50, năm 2025](/van-ban/50-ct-tw-1999/) tiếp tục", [R("Chỉ thị 50, năm 2025", id="50-CT/TW-2025", problems=["C110"])]),
    ("Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII.",
     [R("Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII",
        id="04-NQ/TW-2016", problems=["C103"])]),
    ("Nghị quyết số 04-NQ/TW của Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII",
     [R("Nghị quyết số 04-NQ/TW của Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XII", id="04-NQ/TW-2016", problems=[])]),
    # A registry id pasted as the code: its year chooses, as "/2025" typed onto the code does.
    ("Chỉ thị 50-CT/TW-2025 được ban hành", [R("Chỉ thị 50-CT/TW-2025", id="50-CT/TW-2025", problems=[])]),
    # A note's mark in HTML after the code, as one in Markdown ("[^1]"), is read past.
    ("Hướng dẫn số 12-HD/BTCTW<sup>1</sup> ngày 06/7/2017.",
     [R("Hướng dẫn số 12-HD/BTCTW<sup>1</sup> ngày 06/7/2017", id="12-HD/BTCTW-2018", problems=["C102"])]),
    # Issuers by the short names reports use: read, so a wrong one is told.
    ("Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Văn phòng Trung ương.",
     [R("Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Văn phòng Trung ương", id="12-HD/BTCTW-2018", problems=["C103"])]),
    ("Hướng dẫn số 12-HD/BTCTW của BTC Trung ương Đảng.", [R("Hướng dẫn số 12-HD/BTCTW của BTC Trung ương Đảng", id="12-HD/BTCTW-2018", problems=[])]),
    # A short form's kind word or "số" typed onto its number: read and told as a coded one is.
    ("Chi bộ học Chỉ thị10 của Ban Bí thư", [R("Chỉ thị10 của Ban Bí thư", id="10-CT/TW-2007", problems=["C109"])]),
    ("theo Kết luận số18 của Ban Bí thư", [R("Kết luận số18 của Ban Bí thư", id="18-KL/TW-2017", problems=["C109"])]),
    ("họp theo Quy định90 phút", []),
    ("| Kết luận3 | Thống nhất |, Biểu mẫu Nghị quyết2 năm 2025", []),
    ("Chỉ thịsố 05-CT/TW của Bộ Chính trị", [R("Chỉ thịsố 05-CT/TW của Bộ Chính trị", id="05-CT/TW-2016", problems=["C109"])]),
    ("Chỉ thịsố 10 của Ban Bí thư", [R("Chỉ thịsố 10 của Ban Bí thư", id="10-CT/TW-2007", problems=["C109"])]),
    # "kỷ luật", "pháp luật": no law's kind word before a Party code.
    ("Quyết định thi hành kỷ luật số 24-QĐ/TW năm 2021", [R("số 24-QĐ/TW năm 2021", id="24-QĐ/TW-2021", problems=[])]),
    ("KỶ LUẬT SỐ 24-QĐ/TW năm 2021", [R("SỐ 24-QĐ/TW năm 2021", id="24-QĐ/TW-2021", problems=[])]),
    # A verb in lower case before a code of another kind is prose; with "số", or typed onto the number, the kind written wrong.
    ("Các văn bản hướng dẫn 294-QĐ/TW", [R("294-QĐ/TW", id="294-QĐ/TW-2025", problems=[])]),
    ("theo chỉ thị 12-HD/BTCTW, Luật số 12-HD/BTCTW", [R("chỉ thị 12-HD/BTCTW", problems=["C106"]), R("Luật số 12-HD/BTCTW", problems=["C106"])]),
    ("Chi bộ thực hiện hướng dẫn số 294-QĐ/TW; kết luận 05-CT/TW của Bộ Chính trị",
     [R("hướng dẫn số 294-QĐ/TW", problems=["C106"]), R("kết luận 05-CT/TW của Bộ Chính trị", problems=["C106"])]),
    ("Chi bộ thực hiện hướng dẫn05-CT/TW.", [R("hướng dẫn05-CT/TW", id="05-CT/TW-2016", problems=["C106", "C109"])]),
    # A bracket right after a reference is that one's (the second read the first's year); a date before a
    # joining word is still the next one's.
    ("Chỉ thị 50 (năm 1999) và Chỉ thị 50 mới.", [R("Chỉ thị 50 (năm 1999)", id="50-CT/TW-1999", problems=[]),
                                                  R("Chỉ thị 50", id=None, problems=["C107"])]),
    ("Chỉ thị 50-CT/TW (ban hành năm 1999) khác Chỉ thị 50-CT/TW hiện nay.",
     [R("Chỉ thị 50-CT/TW (ban hành năm 1999)", id="50-CT/TW-1999", problems=[]), R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Sau Kết luận 18-KL/TW, Ban Bí thư khóa XIII ngày 23/7/2025 đã ban hành và thay văn bản năm 1999 bằng Chỉ thị 50-CT/TW.",
     [R("Kết luận 18-KL/TW", id="18-KL/TW-2017"), R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    # A bare code is the one cited in full before it in another sentence, not in its own nor in a list of documents.
    ("Chi bộ học Chỉ thị 50 của Ban Bí thư.\n\nCác chi bộ quán triệt Chỉ thị 50-CT/TW.",
     [R("Chỉ thị 50 của Ban Bí thư", id="50-CT/TW-2025"), R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("Chỉ thị 50-CT/TW năm 1999 khác Chỉ thị 50-CT/TW hiện nay.",
     [R("Chỉ thị 50-CT/TW năm 1999", id="50-CT/TW-1999"), R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("- Chỉ thị 50-CT/TW năm 1999.\n- Chỉ thị 50-CT/TW đang thực hiện.",
     [R("Chỉ thị 50-CT/TW năm 1999", id="50-CT/TW-1999"), R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    # A code the registry holds once: its short form in a later item of any list is that document.
    ("- Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 đưa việc ấy vào chuyên đề.\n- Chi bộ làm theo Hướng dẫn 12.",
     [R("Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018", id="12-HD/BTCTW-2018"), R("Hướng dẫn 12", id="12-HD/BTCTW-2018", problems=[])]),
    ("Thực hiện Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư, Tỉnh ủy yêu cầu:\n1. Quán triệt Chỉ thị 50-CT/TW.\n"
     "2. Xây dựng kế hoạch thực hiện Chỉ thị 50-CT/TW.", [R("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư", id="50-CT/TW-2025"),
                                                        R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[]),
                                                        R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    ("## Chỉ thị số 50-CT/TW ngày 23/7/2025\nChỉ thị 50-CT/TW yêu cầu đổi mới.",
     [R("Chỉ thị số 50-CT/TW ngày 23/7/2025", id="50-CT/TW-2025"), R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    # A red team: an abbreviation's dot ends no sentence; two of the code's documents cited in full, or
    # "mới" after the bare code, leave it to be said which.
    ("Chỉ thị 50-CT/TW năm 1999 được TP. Hà Nội triển khai sớm, còn Chỉ thị 50-CT/TW thì khác.",
     [R("Chỉ thị 50-CT/TW năm 1999", id="50-CT/TW-1999"), R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Chỉ thị 50-CT/TW ngày 23/7/2025 thay thế Chỉ thị 50-CT/TW năm 1999. Chỉ thị 50-CT/TW yêu cầu họp hằng tháng.",
     [R("Chỉ thị 50-CT/TW ngày 23/7/2025", id="50-CT/TW-2025"), R("Chỉ thị 50-CT/TW năm 1999", id="50-CT/TW-1999"),
      R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Chỉ thị 50-CT/TW năm 1999 đã hoàn thành sứ mệnh. Nay có Chỉ thị 50-CT/TW mới.",
     [R("Chỉ thị 50-CT/TW năm 1999", id="50-CT/TW-1999"), R("Chỉ thị 50-CT/TW", id=None, problems=["C107"])]),
    ("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư. Thực hiện Hướng dẫn 42-HD/BTCTW và Chỉ thị 50-CT/TW.",
     [R("Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư", id="50-CT/TW-2025"), R("Hướng dẫn 42-HD/BTCTW", id="42-HD/BTCTW-2025"),
      R("Chỉ thị 50-CT/TW", id="50-CT/TW-2025", problems=[])]),
    # A resolution's number with the Central Committee's term, as members say it: the plenum is offered, not read.
    ("Thực hiện NQ4 khóa XI.", [R("NQ4 khóa XI", id=None, problems=["C107"])]),
    ("Nghị quyết 4 khóa XII", [R("Nghị quyết 4 khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("Nghị quyết 4 của Tỉnh ủy khóa XI", [R("Nghị quyết 4 của Tỉnh ủy khóa XI", id=None, problems=["C107"])]),
    # A review's cases (a red team's paragraphs): the Youth Union's plenum is numbered and termed as
    # the Party's; a local congress's term in brackets; short forms in a Markdown list, bulleted or
    # numbered; numbers listed before a subject; a code chosen by the sentence before it names the
    # short form after; a plan for five years; an issuer split by a second slash.
    ("Chi đoàn học tập Nghị quyết Trung ương 4 khóa XII của Ban Chấp hành Trung ương Đoàn.", []),
    ("Chi đoàn học tập Nghị quyết Trung ương 4 khóa XII của Đoàn về công tác thanh niên.", []),
    ("Chi bộ học tập Nghị quyết Trung ương 4 khóa XII của Ban Chấp hành Trung ương.",
     [R("Nghị quyết Trung ương 4 khóa XII của Ban Chấp hành Trung ương", id="04-NQ/TW-2016", problems=[])]),
    ("Đảng bộ phường thực hiện Nghị quyết Đại hội lần thứ XIII (nhiệm kỳ 2020 - 2025) của Đảng bộ phường.", []),
    ("Đảng bộ thực hiện Nghị quyết Đại hội lần thứ XIII (nhiệm kỳ 2020 - 2025), đạt 10/12 chỉ tiêu.", []),
    ("Văn bản:\n\n- Chỉ thị 05\n- Hướng dẫn 42\n- Quy định 294\n",
     [R("Chỉ thị 05", id=None, problems=["C107"]), R("Hướng dẫn 42", id=None, problems=["C107"]),
      R("Quy định 294", id=None, problems=["C107"])]),
    ("Văn bản:\n\n1. Kết luận 18\n2. Quy định 294\n",
     [R("Kết luận 18", id=None, problems=["C107"]), R("Quy định 294", id=None, problems=["C107"])]),
    ("Chỉ thị 10\n-CT/TW ngày 30/3/2007 của Ban Bí thư.", [R("Chỉ thị 10\n-CT/TW ngày 30/3/2007 của Ban Bí thư", id="10-CT/TW-2007", problems=["C109"])]),
    ("Chi bộ học tập các Quy định 232, 294 về thi hành Điều lệ Đảng.",
     [R("Quy định 232", id=None, problems=["C107"]), R("294", id=None, problems=["C107"])]),
    ("Ngày 23/7/2025, thay mặt Ban Bí thư, đồng chí Trần Cẩm Tú đã ký ban hành Chỉ thị số 50-CT/TW về sinh hoạt chi bộ. "
     "Theo Chỉ thị 50, toàn Đảng sinh hoạt chi bộ vào ngày 3 hằng tháng.",
     [R("Chỉ thị số 50-CT/TW", id="50-CT/TW-2025", problems=[]), R("Chỉ thị 50", id="50-CT/TW-2025", problems=[])]),
    ("Chi bộ xây dựng Kế hoạch 5 năm 2026-2030 về phát triển đảng viên, Chương trình 3 năm và Kế hoạch 2 năm để thực hiện.", []),
    ("Chi bộ thực hiện Hướng dẫn số 42-HD/BTC/TW ngày 28/10/2025.",
     [R("Hướng dẫn số 42-HD/BTC/TW ngày 28/10/2025", id="42-HD/BTCTW-2025", problems=["C106"])]),
    # A second red team on those: a meeting, a council, a delegation or who spreads the Party's
    # resolution is no mass organisation issuing it; a women's union's plenum is; a comma opens the
    # next clause. "năm học", "năm đầu" after a directive's number are its school year, its first.
    # A numbered item's prose ("1 số" is "một số"); the day of an event chooses no document for later.
    *[(f"Chi bộ học tập Nghị quyết Trung ương 4 khóa XII {after}.", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016", problems=[])])
      for after in ("do Hội nghị Trung ương 4 thông qua", "của Hội nghị Trung ương", "do Hội đồng giáo dục chính trị huyện tổ chức",
                    "do Đoàn công tác của Tỉnh ủy quán triệt", "do Hội Cựu chiến binh phối hợp tuyên truyền", ", Công đoàn cơ sở phát động thi đua")],
    ("Chi hội học tập Nghị quyết Trung ương 4 khóa XIII của Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam.", []),
    ("Công đoàn học tập Nghị quyết Trung ương 4 khóa XII của Tổng Liên đoàn Lao động Việt Nam.", []),
    ("Chi bộ trường triển khai Chỉ thị 05 năm học 2025 - 2026.", [R("Chỉ thị 05", id=None, problems=["C107"])]),
    ("Chi bộ thực hiện Chỉ thị 10 năm 2021 - 2025.", [R("Chỉ thị 10 năm 2021", id="10-CT/TW-2007", problems=[])]),
    ("Nội dung:\n\n1. Thông báo 1 số công việc tháng tới.\n2. Hướng dẫn 5 chi bộ trực thuộc.\n3. Kết luận 2 tổ đảng.\n4. Báo cáo 4 quý.\n", []),
    # Nested four spaces in, as Python-Markdown nests; numbered 1.1., in Roman numerals, with letters.
    ("Văn bản:\n\n- Chỉ thị 05\n    - Hướng dẫn 42\n\n1.1. Kết luận 18\nII. Quy định 294\na) Kết luận 01\n",
     [R("Chỉ thị 05", id=None, problems=["C107"]), R("Hướng dẫn 42", id=None, problems=["C107"]),
      R("Kết luận 18", id=None, problems=["C107"]), R("Quy định 294", id=None, problems=["C107"]),
      R("Kết luận 01", id=None, problems=["C107"])]),
    ("Chi bộ tổ chức quán triệt Chỉ thị 50-CT/TW ngày 7/12. Theo Chỉ thị 50, chi bộ sinh hoạt vào ngày 3 hằng tháng.",
     [R("Chỉ thị 50-CT/TW", id="50-CT/TW-2015", problems=[]), R("Chỉ thị 50", id=None, problems=["C107"])]),
    # A red team's (2026-12-07): issuers as cell reports shorten them, read, so what follows is too.
    ("Theo Hướng dẫn 12-HD/BTCTW của Ban TCTW ngày 06/7/2019.",
     [R("Hướng dẫn 12-HD/BTCTW của Ban TCTW ngày 06/7/2019", id="12-HD/BTCTW-2018", problems=["C102"])]),
    ("Chỉ thị số 50-CT/TW ngày 23/7/2025 của BCH TƯ.", [R("Chỉ thị số 50-CT/TW ngày 23/7/2025 của BCH TƯ", problems=["C103"])]),
    ("Chỉ thị số 50-CT/TW ngày 23/7/2025 của UBKT Trung ương.",
     [R("Chỉ thị số 50-CT/TW ngày 23/7/2025 của UBKT Trung ương", problems=["C103"])]),
    ("Hướng dẫn số 09-HD/TU ngày 29/5/2019 của BTVTU Cao Bằng.",
     [R("Hướng dẫn số 09-HD/TU ngày 29/5/2019 của BTVTU Cao Bằng", problems=["C101"])]),
    ("Hướng dẫn số 09-HD/TU ngày 29/5/2019 của Ban Thường vụ TU Lạng Sơn.",
     [R("Hướng dẫn số 09-HD/TU ngày 29/5/2019 của Ban Thường vụ TU Lạng Sơn", id="09-HD/TU-2019-lang-son", problems=[])]),
    # The issuer after a list of codes of one kind is each one's.
    ("Quy định số 232-QĐ/TW và 294-QĐ/TW của Bộ Chính trị.",
     [R("Quy định số 232-QĐ/TW", problems=["C103"]), R("294-QĐ/TW của Bộ Chính trị", problems=["C103"])]),
    ("Quy định số 232-QĐ/TW và 294-QĐ/TW của Ban Chấp hành Trung ương.",
     [R("Quy định số 232-QĐ/TW", id="232-QĐ/TW-2025", problems=[]),
      R("294-QĐ/TW của Ban Chấp hành Trung ương", id="294-QĐ/TW-2025", problems=[])]),
    ("Các Quy định 232-QĐ/TW; 294-QĐ/TW của Bộ Chính trị.",
     [R("Quy định 232-QĐ/TW", problems=["C103"]), R("294-QĐ/TW của Bộ Chính trị", problems=["C103"])]),
    # A second red team's: an issuer after codes of another level, or after a code with its own kind
    # word, is the last one's; a mass organisation's central body is no Party's; a city's TU is its Thành ủy.
    ("Quy định 232-QĐ/TW và Quy định 08-QĐ/TU của Ban Thường vụ Tỉnh ủy Nghệ An.",
     [R("Quy định 232-QĐ/TW", id="232-QĐ/TW-2025", problems=[]),
      R("Quy định 08-QĐ/TU của Ban Thường vụ Tỉnh ủy Nghệ An", id="08-QĐ/TU-2021-nghe-an", problems=[])]),
    ("Hướng dẫn 42-HD/BTCTW và 05-HD/BTCTU của Ban Tổ chức Tỉnh ủy Tiền Giang.",
     [R("Hướng dẫn 42-HD/BTCTW", id="42-HD/BTCTW-2025", problems=[]),
      R("05-HD/BTCTU của Ban Tổ chức Tỉnh ủy Tiền Giang", id="05-HD/BTCTU-tien-giang", problems=[])]),
    ("Thực hiện Quy định số 232-QĐ/TW và Quy định số 294-QĐ/TW của Bộ Chính trị.",
     [R("Quy định số 232-QĐ/TW", problems=[]), R("Quy định số 294-QĐ/TW của Bộ Chính trị", problems=["C103"])]),
    ("Nghị quyết 04 của BCH TƯ Đoàn.", [R("Nghị quyết 04", id=None, problems=["C107"])]),
    # A term against the one an entry's date lies in, where the registry gives no term: told, as
    # following from the date; not in a congress's own weeks (399-QĐ/TW, 9/1/2026), nor a province's.
    ("Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương khóa XI.",
     [R("Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương khóa XI", problems=["C104"])]),
    ("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị khóa XII.",
     [R("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị khóa XII", problems=["C104"])]),
    ("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị khóa XIII.",
     [R("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị khóa XIII", problems=[])]),
    ("Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương khóa XIII.",
     [R("Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương khóa XIII", problems=["C104"])]),
    ("Quy định 399-QĐ/TW của Ban Bí thư khóa XIV.", [R("Quy định 399-QĐ/TW của Ban Bí thư khóa XIV", problems=[])]),
    ("Quy định 08-QĐ/TU của Ban Thường vụ Tỉnh ủy Nghệ An khóa XIX.",
     [R("Quy định 08-QĐ/TU của Ban Thường vụ Tỉnh ủy Nghệ An khóa XIX", problems=[])]),
    # "[1]:" mid-line is words, no link definition: the word after it is read, not blanked as an address.
    ("Văn bản căn cứ [1]: Chỉ thị số 10 ngày 30/3/2008 của Ban Bí thư.",
     [R("Chỉ thị số 10 ngày 30/3/2008 của Ban Bí thư", problems=["C107"])]),
    ("Xem mục [II]: Quyết định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương.",
     [R("Quyết định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương", problems=["C106"])]),
    ("[^1]: Chỉ thị 10-CT/TW ngày 30/3/2008.", [R("Chỉ thị 10-CT/TW ngày 30/3/2008", problems=["C102"])]),
    # Nor is a "[n]:" opening a line that Markdown reads as a paragraph (more than an address and a
    # title follow): its first word is the citation's.
    ("[3]: Nghị quyết Trung ương 4 khóa XII.", [R("Nghị quyết Trung ương 4 khóa XII", id="04-NQ/TW-2016", problems=[])]),
    ("[1]: Quyết định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương.",
     [R("Quyết định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương", id="294-QĐ/TW-2025", problems=["C106"])]),
    ("> [2]: Chỉ thị 10-CT/TW ngày 30/3/2008.", [R("Chỉ thị 10-CT/TW ngày 30/3/2008", problems=["C102"])]),
    # A definition with a title after its address is one still: nothing in it is read.
    ("[a]: /van-ban/10-ct-tw-2007/ \"Chỉ thị 10-CT/TW\"", []),
    # A definition's address, at a line's start or in a quote, is still no citation.
    ("Xem [Chỉ thị 10][ct10].\n\n> [ct10]: /van-ban/10-ct-tw-2007/", [R("Chỉ thị 10", id="10-CT/TW-2007", problems=[])]),
    # A plenum no term holds is a typo, not a document to add.
    ("Nghị quyết Trung ương 40 khóa XII.", [R("Nghị quyết Trung ương 40 khóa XII", problems=["C106"])]),
    # A body alone fits too many documents to offer another kind's entry of the number.
    ("Thực hiện Chỉ thị 35 của Bộ Chính trị về đại hội đảng bộ các cấp.", [R("Chỉ thị 35 của Bộ Chính trị", problems=["C107"])]),
]


def _actual(c):
    d = c.to_dict()
    d["problems"] = [p["code"] for p in d["problems"]]
    return d


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_references_found_and_resolved(text, expected, registry):
    found = [_actual(c) for c in check(text, registry)]
    assert [f["surface"] for f in found] == [e["surface"] for e in expected]
    for f, e in zip(found, expected, strict=True):
        for key, value in e.items():
            assert f[key] == value, (key, f)


def test_the_table_is_large_enough():
    assert len(CASES) >= 80


@pytest.mark.parametrize("before, after", [("Đảng ủy theo ", ", chi bộ họp."), ("Đa\u0309ng u\u0309y theo ", ", chi bo\u0302\u0323 ho\u0323p."),
                                           ("", " nay"), ("Theo\u00a0", "")])
def test_offsets_in_text_not_in_nfc_are_the_original_texts(before, after):
    """Matching runs on an NFC copy; a reference's offsets are mapped back into the text as written
    (the surface is cut from them, so a wrong offset shows as a wrong surface)."""
    [c] = find(before + NFD + after)
    assert (c.start, c.end) == (len(before), len(before) + len(NFD))
    assert c.surface == NFD


def test_every_registry_example_is_found_and_resolved(registry):
    for doc in registry.documents.values():
        for example in doc.examples:
            ids = [c.id for c in check(example, registry)]
            assert doc.id in ids, (doc.id, example, ids)


def test_a_state_code_whose_number_the_registry_holds_without_a_year_says_so(registry):
    [year_given] = check("Nghị định 111/2013/NĐ-CP", registry)
    assert "sổ có Nghị định 111 nhưng không ghi năm ban hành" in year_given.problems[0].message
    [unknown] = check("Chỉ thị 16/CT-TTg", registry)
    # A warning says what it asks: nothing to mend for the page to build, an entry for a link.
    assert unknown.problems[0].message.startswith("16/CT-TTg chưa có trong sổ văn bản. Trang vẫn dựng được; muốn trích dẫn")


def test_a_party_code_whose_number_the_registry_holds_without_a_code_says_so(registry):
    [coded] = check("Chỉ thị số 01-CT/TW của Bộ Chính trị khóa XIV", registry)
    assert [p.code for p in coded.problems] == ["C101"]
    assert "sổ có Chỉ thị số 01 (khóa XIV), chưa ghi số hiệu" in coded.problems[0].message
    # The reverse: a plenum's name, where the registry holds that term's resolutions by code only.
    [named, other] = check("Nghị quyết Trung ương 6 khóa X; Nghị quyết Trung ương 5 khóa XII", registry)
    assert "(sổ có 22-NQ/TW-2008 của Ban Chấp hành Trung ương khóa X, chưa ghi tên gọi theo hội nghị)" in named.problems[0].message
    assert "thêm 'Nghị quyết Trung ương 6 khóa X' vào aliases của nó" in named.problems[0].message
    # XII's one coded resolution is named by its plenum (4) already.
    assert other.problems[0].message == ("Nghị quyết Trung ương 5 khóa XII chưa có trong sổ văn bản; thêm bằng lệnh: make new "
                                         'KIND=document TITLE="Nghị quyết Trung ương 5 khóa XII" SOURCE=<mã-nguồn>')


def test_a_document_not_held_is_told_with_the_command_that_adds_it(registry):
    """"hãy thêm văn bản với nguồn" left the editor to find how; the command takes the citation as
    written where `new document` reads it whole. Where it would not (no date, a bracket between the
    code and its date, a local body without its province, a kind the registry keeps none of: a red
    team ran each and met a second error), the command is given with a place for the citation."""
    [full, bare, bracket, unplaced, letter] = check(
        "Hướng dẫn số 15-HD/BTGTU ngày 10/3/2025 của Ban Tuyên giáo Tỉnh ủy Trà Vinh; theo 15-HD/BTGTU. "
        "Quy định số 77-QĐ/TU (sửa đổi, bổ sung) ngày 12/4/2024 của Tỉnh ủy Nghệ An. "
        "Kế hoạch số 45-KH/ĐU ngày 3/2/2025 của Đảng ủy xã Tân Phú. "
        "Công văn số 1234-CV/TU ngày 07/10/2024 của Tỉnh ủy Bình Dương.", registry)
    assert full.problems[0].message == ('15-HD/BTGTU chưa có trong sổ văn bản; thêm bằng lệnh: make new KIND=document '
                                        'TITLE="Hướng dẫn số 15-HD/BTGTU ngày 10/3/2025 của Ban Tuyên giáo Tỉnh ủy Trà Vinh" '
                                        "SOURCE=<mã-nguồn>")
    for c in (bare, bracket, unplaced, letter):
        assert [p.code for p in c.problems] == ["C101"], c
        assert c.problems[0].message.endswith('TITLE="<trích dẫn đủ loại, số hiệu, ngày và cơ quan ban hành>" SOURCE=<mã-nguồn> '
                                              "(xem CONTRIBUTING.md, mục “Văn bản trong sổ văn bản”)."), c.problems[0].message


def test_an_ambiguous_reference_names_the_documents_it_may_be(registry):
    """C107 tells the editor which documents the text may mean, not only that it is unclear."""
    [plenum] = check("tinh thần Nghị quyết Trung ương 4, chi bộ", registry)
    assert plenum.problems[0].message == (
        "‘Nghị quyết Trung ương 4’ có thể là 2 văn bản: Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương "
        "(khóa XII), về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, "
        "lối sống, những biểu…; Nghị quyết Trung ương 4 khóa XI của Ban Chấp hành Trung ương, về một số "
        "vấn đề cấp bách về xây dựng Đảng hiện nay. Hãy viết thêm số hiệu và ngày ban hành, hoặc khóa, của văn bản định trích.")
    [code] = check("Chỉ thị 50-CT/TW đang thực hiện", registry)
    assert code.problems[0].message.startswith("‘50-CT/TW’ có thể là 3 văn bản: Chỉ thị số 50-CT/TW năm 1999 của Bộ Chính trị "
                                               "(khóa VIII), về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, "
                                               "khuyến tài; Chỉ thị số 50-CT/TW ngày 07/12/2015")
    # An issuer that leaves out the entry the text most likely means: it is offered too, with its subject.
    [issuer] = check("Theo Chỉ thị 50-CT/TW của Bộ Chính trị, ngày 3 hằng tháng là ngày sinh hoạt chi bộ.", registry)
    assert issuer.problems[0].message.endswith(
        "Nếu ngày, khóa hay cơ quan ban hành ghi trong câu bị nhầm, cũng có thể là: Chỉ thị số 50-CT/TW ngày 23/7/2025 của "
        "Ban Bí thư (khóa XIII), về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới."), issuer.problems
    # Its subject written after it chooses it, and the issuer is told (C103), not C107 on two others.
    [subject] = check("Thực hiện Chỉ thị 50-CT/TW của Bộ Chính trị về đổi mới và nâng cao chất lượng sinh hoạt chi bộ.", registry)
    assert subject.id == "50-CT/TW-2025" and [p.code for p in subject.problems] == ["C103"], subject.problems
    # A year none of them has: all three, the one meant among them, and that none is of that year.
    [year] = check("Chi bộ thực hiện Chỉ thị số 50-CT/TW năm 2024.", registry)
    assert "3 văn bản" in year.problems[0].message and year.problems[0].message.endswith("ban hành năm 2024.")
    # One document: the citation to write, which an editor copies.
    [one] = check("Theo Chỉ thị 10, chi bộ họp.", registry)
    assert one.problems[0].message == ("‘Chỉ thị 10’ chưa đủ rõ: nếu là Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư "
                                       "(khóa X), hãy viết đủ như vậy (ít nhất số hiệu và ngày ban hành).")


def test_a_replaced_document_is_told_with_its_successor_as_a_text_cites_it(registry):
    """C105 names the document that replaced the cited one by code, date and issuer (not by the
    registry's id, which an editor would copy into the prose)."""
    [old] = check("Chỉ thị 03-CT/TW được ban hành năm 2011.", registry)
    assert [p.message for p in old.problems] == [
        "03-CT/TW đã được thay thế bởi 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; hãy nêu văn bản thay thế trong cùng đoạn."]



# A table of documents: the row's document reads the columns that name its facts, as the words
# written after a code; (markdown, [(registry id, problem codes)] for each reference in order).
DOCUMENT_TABLE = "| Văn bản | Ngày ban hành | Cơ quan ban hành |\n|---|---|---|\n"
TABLE_ROWS = {
    "a reused code chosen": (DOCUMENT_TABLE + "| Chỉ thị 50-CT/TW | 23/7/2025 | Ban Bí thư khóa XIII |\n", [("50-CT/TW-2025", [])]),
    "a wrong date, through a link": (DOCUMENT_TABLE + "| [Chỉ thị 10-CT/TW](/van-ban/10-ct-tw-2007/) | 30/3/2009 | Ban Bí thư |\n",
                                     [("10-CT/TW-2007", ["C102"])]),
    "no such day": (DOCUMENT_TABLE + "| **Chỉ thị 50-CT/TW** | 31/2/2015 | Bộ Chính trị khóa XI |\n", [("50-CT/TW-2015", ["C106"])]),
    "a date not given, the issuer read": (DOCUMENT_TABLE + "| Chỉ thị 10-CT/TW | … | Bộ Chính trị |\n", [("10-CT/TW-2007", ["C103"])]),
    "a month and year as the year": (DOCUMENT_TABLE + "| Chỉ thị 50-CT/TW | Tháng 7/2025 | Ban Bí thư |\n", [("50-CT/TW-2025", [])]),
    "a term column, no outer pipes": ("Số hiệu | Khóa\n--- | ---\nChỉ thị 50-CT/TW | khóa VIII\nChỉ thị 50-CT/TW | XI\n",
                                      [("50-CT/TW-1999", []), ("50-CT/TW-2015", [])]),
    # Its own words choose; a column that says otherwise is told against the entry they chose.
    "its own date, another year in the row": ("| Văn bản | Năm ban hành |\n|---|---|\n| Chỉ thị 50-CT/TW ngày 23/7/2025 | 2015 |\n",
                                               [("50-CT/TW-2025", ["C102"])]),
    "a name's own term, another in the row": ("| Văn bản | Khóa |\n|---|---|\n| Nghị quyết Trung ương 4 (khóa XII) | XI |\n"
                                              "| Nghị quyết Trung ương 4 khóa XII | XII |\n",
                                              [("04-NQ/TW-2016", ["C104"]), ("04-NQ/TW-2016", [])]),
    "a name's terms listed, one in the row": ("| Văn bản | Khóa |\n|---|---|\n| Nghị quyết Trung ương 4 (khóa XI, XII) | XII |\n",
                                              [("NQ-TW4-XI", []), ("04-NQ/TW-2016", [])]),
    "its own date, the same in the row": ("| Văn bản | Ngày ban hành |\n|---|---|\n| Chỉ thị 10-CT/TW ngày 30/3/2007 | 30/3/2007 |\n",
                                          [("10-CT/TW-2007", [])]),
    "in a quotation, lines ending CRLF": ("> | Văn bản | Ngày ban hành |\r\n> |---|---|\r\n> | Chỉ thị 50-CT/TW | 23/7/2025 |\r\n",
                                          [("50-CT/TW-2025", [])]),
    "an escaped pipe in a cell before": ("| Văn bản | Ghi chú | Ngày ban hành |\n|---|---|---|\n| Chỉ thị 10-CT/TW | a \\| 22/9/2017 | 30/3/2007 |\n",
                                         [("10-CT/TW-2007", [])]),
    "the successor's column after the date": ("| Văn bản | Ngày ban hành | Thay bằng |\n|---|---|---|\n| Chỉ thị 03-CT/TW | 14/5/2012 | Chỉ thị 05-CT/TW |\n",
                                              [("03-CT/TW-2011", ["C102"]), ("05-CT/TW-2016", [])]),
    "in a note, and a line at the margin after it": ('!!! note "Căn cứ"\n\n    | Văn bản | Ngày ban hành |\n    |---|---|\n'
                                                     "    | Chỉ thị 10-CT/TW | 30/3/2008 |\n| Chỉ thị 50-CT/TW | 23/7/2025 |\n",
                                                     [("10-CT/TW-2007", ["C102"]), (None, ["C107"])]),
    # Not the row's document: a reference further on in its cell, or in another column.
    "a plan carrying out a directive": (DOCUMENT_TABLE + "| Kế hoạch của Tỉnh ủy thực hiện Chỉ thị 10-CT/TW | 20/8/2025 | Tỉnh ủy |\n",
                                        [("10-CT/TW-2007", [])]),
    "a note's document": ("| Văn bản | Ngày ban hành | Ghi chú |\n|---|---|---|\n| Hướng dẫn của Tỉnh ủy | 15/3/2024 | Cụ thể hóa Hướng dẫn 12-HD/BTCTW |\n",
                          [("12-HD/BTCTW-2018", [])]),
    "a date after another document's cell": ("| Văn bản | Thay bằng | Ngày ban hành |\n|---|---|---|\n| Chỉ thị 50-CT/TW | Chỉ thị 10-CT/TW | 30/3/2007 |\n",
                                             [(None, ["C107"]), ("10-CT/TW-2007", [])]),
    # A bare "Ngày", "Năm" or "Cơ quan" may be the work's: alone it chooses, never contradicts.
    # … but "Ngày, tháng, năm" beside a register's "Số, ký hiệu" is the documents' own date.
    "a register's date": ("| Số, ký hiệu | Ngày, tháng, năm | Trích yếu |\n|---|---|---|\n| 10-CT/TW | 30/3/2008 | Về sinh hoạt |\n"
                          "| 50-CT/TW | 23/7/2025 | Về chi bộ |\n", [("10-CT/TW-2007", ["C102"]), ("50-CT/TW-2025", [])]),
    # … only right after it, and not in a log of the cell's own work (a day it studied the document).
    "a log's date before the code": ("| STT | Ngày, tháng, năm | Số, ký hiệu | Trích yếu nội dung | Hình thức quán triệt |\n|---|---|---|---|---|\n"
                                     "| 1 | 15/8/2025 | 50-CT/TW | Về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ | Hội nghị trực tiếp |\n",
                                     [("50-CT/TW-2025", [])]),
    "a log's date after the subject": ("| Số, ký hiệu | Trích yếu | Ngày, tháng, năm | Nội dung chi bộ thực hiện |\n|---|---|---|---|\n"
                                       "| 10-CT/TW | Về sinh hoạt | 30/3/2008 | Họp chuyên đề |\n", [("10-CT/TW-2007", [])]),
    "a register's date with a work column": ("| Số, ký hiệu | Ngày, tháng, năm | Trích yếu | Kết quả thực hiện |\n|---|---|---|---|\n"
                                             "| 10-CT/TW | 30/3/2008 | Về sinh hoạt | Đạt |\n", [("10-CT/TW-2007", [])]),
    # A log's day still chooses, and so cannot come before the document.
    "a log's day before the document": ("| Ngày, tháng, năm | Số, ký hiệu | Hình thức quán triệt |\n|---|---|---|\n"
                                        "| 15/8/2006 | 10-CT/TW | Hội nghị |\n", [("10-CT/TW-2007", ["C102"])]),
    "a register's date, no commas": ("| Số ký hiệu văn bản | Ngày tháng năm | Trích yếu |\n|---|---|---|\n| 10-CT/TW | 30/3/2008 | Về sinh hoạt |\n",
                                     [("10-CT/TW-2007", ["C102"])]),
    "the three words beside another column of documents": ("| Văn bản | Ngày, tháng, năm |\n|---|---|\n| Chỉ thị 10-CT/TW | 30/3/2008 |\n",
                                                           [("10-CT/TW-2007", [])]),
    "a schedule": ("| Ngày | Văn bản quán triệt |\n|---|---|\n| 15/8/2025 | Hướng dẫn 12-HD/BTCTW |\n", [("12-HD/BTCTW-2018", [])]),
    "a schedule's meeting day": ("| Ngày | Nội dung |\n|---|---|\n| 15/8/2025 | Học tập Chỉ thị 50-CT/TW |\n", [(None, ["C107"])]),
    "a report's year": ("| Văn bản | Năm | Số buổi |\n|---|---|---|\n| Chỉ thị 10-CT/TW | 2017 | 4 |\n", [("10-CT/TW-2007", [])]),
    "a work's date": ("| Văn bản | Ngày thực hiện |\n|---|---|\n| Chỉ thị 50-CT/TW | 15/8/2025 |\n", [(None, ["C107"])]),
    "a row above is another document's": ("| Văn bản | Nội dung |\n|---|---|\n| Chỉ thị 10-CT/TW | Ban Bí thư |\n"
                                           "| Chỉ thị 50-CT/TW | Về sinh hoạt chi bộ |\n", [("10-CT/TW-2007", []), (None, ["C107"])]),
    # Columns in any order; the code in its own column after the document's name; headers marked up.
    "facts before the document": ("| Ngày ban hành | Văn bản | Cơ quan ban hành |\n|---|---|---|\n| 30/3/2007 | • Chỉ thị 10-CT/TW | Bộ Chính trị |\n",
                                  [("10-CT/TW-2007", ["C103"])]),
    "a name, then its code": ("| Tên văn bản | Số, ký hiệu | _Ngày ban hành_ (nếu có) |\n|---|---|---|\n"
                              "| Chỉ thị về sinh hoạt chi bộ | 50-CT/TW | 23/7/2025 |\n", [("50-CT/TW-2025", [])]),
    "a header joining two facts": ("| Văn bản | Cơ quan ban hành/Khóa |\n|---|---|\n| Chỉ thị 10-CT/TW | Ban Bí thư/khóa XI |\n",
                                   [("10-CT/TW-2007", ["C104"])]),
    "a date and a year column": ("| Văn bản | Ngày ban hành | Năm ban hành |\n|---|---|---|\n| Chỉ thị 50-CT/TW | 23/7/2025 | 2015 |\n",
                                 [("50-CT/TW-2025", ["C102"])]),
    "its own issuer, another day in the row": ("| Văn bản | Ngày ban hành |\n|---|---|\n| Chỉ thị 50-CT/TW của Ban Bí thư | 07/12/2015 |\n",
                                               [("50-CT/TW-2025", ["C102"])]),
    "a bare date beside a named issuer": ("| Ngày | Văn bản | Cơ quan ban hành |\n|---|---|---|\n"
                                          "| 15/11/2025 | Hướng dẫn 42-HD/BTCTW | Ban Tổ chức Trung ương |\n", [("42-HD/BTCTW-2025", [])]),
    # Choosing, a bare year still cannot come before the document (no work on it in 2024 when it was issued in 2025).
    "a schedule's day before the document": ("| Ngày | Văn bản | Cơ quan ban hành |\n|---|---|---|\n"
                                              "| 15/8/2025 | Hướng dẫn 42-HD/BTCTW | Ban Tổ chức Trung ương |\n", [("42-HD/BTCTW-2025", ["C102"])]),
    "a bare year, earlier": ("| Văn bản | Năm |\n|---|---|\n| Hướng dẫn 42-HD/BTCTW | 2024 |\n| Chỉ thị 50-CT/TW | 2015 |\n",
                             [("42-HD/BTCTW-2025", ["C102"]), ("50-CT/TW-2015", [])]),
    "a bare date after the document, beside a named issuer": ("| Văn bản | Cơ quan ban hành | Ngày |\n|---|---|---|\n"
                                                               "| Hướng dẫn 12-HD/BTCTW | Ban Tổ chức Trung ương | 06/7/2017 |\n",
                                                               [("12-HD/BTCTW-2018", ["C102"])]),
    "two bare columns state the facts": ("| Văn bản | Ngày | Cơ quan |\n|---|---|---|\n| Chỉ thị 10-CT/TW | 30/3/2008 | Ban Bí thư |\n",
                                         [("10-CT/TW-2007", ["C102"])]),
}


@pytest.mark.parametrize("markdown, expected", TABLE_ROWS.values(), ids=list(TABLE_ROWS))
def test_the_document_of_a_table_row_reads_the_columns_that_name_its_facts(registry, markdown, expected):
    """A table of the documents a page rests on says in its columns what a sentence says after
    the code: the row's date, issuer and term choose among the documents of a reused code and
    contradict the registry where they differ, as written beside the code they would. The link
    stays on the code."""
    found = check(markdown, registry)
    assert [(c.id, [p.code for p in c.problems]) for c in found] == expected
    assert all("|" not in c.surface for c in found)


def test_a_malformed_code_is_told_as_the_entry_it_names_writes_it(registry):
    """Read as typed, "Quy định 15/TU" was told to be written 15-QĐ/TU, which then met C109: the
    registry writes 15-QĐi/TU (and "Nghị quyết 4/TW" was told 4-NQ/TW, not 04-NQ/TW)."""
    told = {c.surface: [p.message for p in c.problems] for c in check(
        "Căn cứ Quy định 15/TU ngày 14/11/2018 của Tỉnh ủy Quảng Nam. Nghị quyết 4/TW năm 2016.", registry)}
    assert [m.rpartition("viết đúng: ")[2] for ms in told.values() for m in ms] == ["15-QĐi/TU.", "04-NQ/TW."], told


def test_a_short_reference_is_told_as_typed_and_one_no_entry_numbers_says_so(registry):
    """C107 quoted the form read ("'Chỉ thị 50'") where the editor typed "CT 50", not found in the
    file; and "Quy định 213", written out in full as told, met C101: no entry has that number."""
    told = [p.message for c in check("Theo CT 50 và Quy định 213.", registry) for p in c.problems]
    assert told[0].startswith("‘CT 50’ có thể là 3 văn bản"), told
    assert "sổ văn bản chưa có Quy định nào số 213" in told[1] and "thêm văn bản vào sổ văn bản" in told[1], told


def test_a_later_number_of_a_short_list_is_told_by_its_kind_and_a_province_s_short_form_not_as_unknown(registry):
    """C107 quoted a list's later number bare ("'50' có thể là…"); and it said no entry has the
    number where the entries of that number were another level's (three 50-CT/TW, none a province's)."""
    told = [p.message for c in check("Theo Chỉ thị 10, 50 của Bộ Chính trị. Chỉ thị 50 của Tỉnh ủy Trà Vinh.", registry)
            for p in c.problems]
    assert told[1].startswith("‘Chỉ thị 50’ có thể là 2 văn bản"), told
    assert told[2].startswith("‘Chỉ thị 50’ không đủ để xác định") and "chưa có" not in told[2], told


def test_a_page_s_grounds_offered_for_a_code_written_wrong_are_linked_on_the_code_written_right(registry):
    """A new editor's "Chỉ thị 50/CT-TW": C106 gave the code's fix, and C107 the link on the code as typed."""
    (c,) = check("Thực hiện Chỉ thị 50/CT-TW, chi bộ", registry, ("50-CT/TW-2025",))
    assert [p.code for p in c.problems] == ["C106", "C107"], c.problems
    assert c.problems[1].message.endswith("[Chỉ thị 50-CT/TW](/van-ban/50-ct-tw-2025/)."), c.problems


@pytest.mark.parametrize("text, typed", [("Thực hiện Chỉ thị 50-CT/TW, chi bộ", "Chỉ thị 50-CT/TW"),
                                         ("Thực hiện Chỉ thị 50, chi bộ", "Chỉ thị 50"), ("Thực hiện CT 50, chi bộ", "CT 50")])
def test_a_page_s_grounds_are_offered_not_chosen_for_a_bare_code(registry, text, typed):
    """A page whose `references` list one of the three 50-CT/TW is told how to say it is that one
    (in full, or a link on the words typed), not linked to it: two red teams found sentences naming
    another in words the check does not read ("Chỉ thị 50 (khuyến học)", "Chỉ thị 50 cũ", a year
    at the sentence's start), and the page linked the listed one without a word."""
    (c,) = check(text, registry, ("50-CT/TW-2025", "12-HD/BTCTW-2018"))
    assert c.id is None and [p.code for p in c.problems] == ["C107"]
    assert c.problems[0].message.endswith(f"Trang này ghi 50-CT/TW-2025 trong references: nếu là văn bản ấy, hãy ghi đủ: "
                                          "Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư (khóa XIII); hoặc liên kết "
                                          f"chữ đã viết tới trang của nó: [{typed}](/van-ban/50-ct-tw-2025/)."), c.problems
    (alone,) = check(text, registry)
    assert "references" not in alone.problems[0].message
    two = [key for key in registry.documents if key.startswith("50-CT/TW")][:2]
    assert "references" not in check(text, registry, tuple(two))[0].problems[0].message
    (linked,) = check(text.replace(typed, f"[{typed}](/van-ban/50-ct-tw-2025/)"), registry, ("50-CT/TW-2025",))
    assert (linked.id, linked.problems) == ("50-CT/TW-2025", [])


def test_a_glued_citation_s_grounds_hint_links_it_spaced(registry):
    """The link the hint offers is written as C109 asks, not with the glued typo copied into it."""
    told = [p.message for c in check("Thực hiện Chỉ thị số50, chi bộ", registry, ("50-CT/TW-2025",)) for p in c.problems]
    assert told[0] == "‘Chỉ thị số50’ thiếu dấu cách trước số; viết ‘Chỉ thị số 50’.", told
    assert told[1].endswith("[Chỉ thị số 50](/van-ban/50-ct-tw-2025/)."), told


def test_a_word_typed_onto_the_number_is_told_as_typed_and_as_it_should_be(registry):
    """Quoted as in the file (two spaces, an en dash), the fix written whole, its code as the entry
    writes it ("Hướng dẫn 12/BTCTW" was offered, itself C106; "Quy định 15-QĐ/TU" beside C106's
    15-QĐi/TU); a warning, as spaces in a code are."""
    told = [(p.code, p.message) for c in check("Theo Chỉ  thị05–CT/TW và Hướng dẫn12/BTCTW. Chỉ thị số05-CT/TW. "
                                               "Hướng dẫn số12/BTCTW. Quy định15/TU của Tỉnh ủy Quảng Nam.", registry)
            for p in c.problems if "dấu cách" in p.message]
    assert told == [("C109", "‘Chỉ  thị05–CT/TW’ thiếu dấu cách trước số; viết ‘Chỉ thị 05-CT/TW’."),
                    ("C109", "‘Hướng dẫn12/BTCTW’ thiếu dấu cách trước số; viết ‘Hướng dẫn 12-HD/BTCTW’."),
                    ("C109", "‘Chỉ thị số05-CT/TW’ thiếu dấu cách trước số; viết ‘Chỉ thị số 05-CT/TW’."),
                    ("C109", "‘Hướng dẫn số12/BTCTW’ thiếu dấu cách trước số; viết ‘Hướng dẫn số 12-HD/BTCTW’."),
                    ("C109", "‘Quy định15/TU’ thiếu dấu cách trước số; viết ‘Quy định 15-QĐi/TU’.")], told
    (glued_so,) = check("Chỉ thịsố 05-CT/TW", registry)
    assert glued_so.problems[0].message == "‘Chỉ thịsố 05-CT/TW’ thiếu dấu cách trước số; viết ‘Chỉ thị số 05-CT/TW’.", glued_so.problems


def test_a_resolution_s_number_with_a_term_is_offered_the_plenum_it_may_be(registry):
    """"NQ4 khóa XI" may be the fourth plenum's resolution, or a province's 4th of its term XI: told
    both, linked to neither."""
    for text in ("Thực hiện NQ4 khóa XI.", "Nghị quyết số 04 khóa XI của Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 4 khóa XI Đảng bộ tỉnh"):
        (c,) = check(text, registry)
        assert c.id is None and [p.code for p in c.problems] == ["C107"], (text, c.problems)
        assert c.problems[0].message.endswith("Nếu là Nghị quyết Trung ương 4 khóa XI, hãy viết đúng tên như vậy."), c.problems


def test_a_local_code_held_for_another_province_is_told_as_the_registry_writes_it(registry):
    """"Quy định 15-QĐi/TU … Quảng Ngãi": the registry holds 15-QĐi/TU of Quảng Nam, which C101
    wrote as the code read (15-QĐ/TU), another spelling the editor would search the registry for."""
    (c,) = check("Căn cứ Quy định 15-QĐi/TU ngày 14/11/2018 của Ban Thường vụ Tỉnh ủy Quảng Ngãi.", registry)
    assert [p.code for p in c.problems] == ["C101"] and "(sổ chỉ có 15-QĐi/TU của Quảng Nam)" in c.problems[0].message, c.problems


@pytest.mark.parametrize("text", ["Thực hiện Kế hoạch số 07-KH/CĐCS ngày 10/3/2025 của Công đoàn cơ sở.",
                                  "Nghị quyết 02-NQ/CĐCS, Kế hoạch 12-KH/CĐN, Hướng dẫn 05-HD/CĐVC.",
                                  "Kế hoạch 04-KH/CBTH của Chi bộ Trường Tiểu học."])
def test_a_union_s_or_a_cell_s_own_code_is_no_party_document_to_register(registry, text):
    """A grassroots union's codes (CĐCS, CĐN, CĐVC, not CĐ alone) and a cell's (CB and its school's
    letters) were C101 errors that failed the build."""
    found = check(text, registry)
    assert found and all(c.system in ("doan-the", "chi-bo") for c in found), found  # read, as no Party's document
    assert [p for c in found for p in c.problems] == []


@pytest.mark.parametrize("text", ["Căn cứ Quyết định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương.",
                                  "theo quyết định 294-QĐ/TW", "Quyết định 294-QĐ/TW"])
def test_a_quy_dinh_cited_as_a_quyet_dinh_is_told_by_the_registry_s_kind(registry, text):
    """QĐ is the code of both kinds: the words were read as fitting, and the regulation linked
    as a decision without a word."""
    (c,) = check(text, registry)
    assert c.id == "294-QĐ/TW-2025" and [p.code for p in c.problems] == ["C106"], c.problems
    assert "sổ ghi văn bản này là Quy định, không phải Quyết định; sửa thành Quy định" in c.problems[0].message
    assert check(text.replace("uyết định", "uy định"), registry)[0].problems == []
    # Another kind on another day: another document, which the registry does not hold; the entry is named.
    (other,) = check("Quyết định số 339-QĐ/TW ngày 5/12/2016 của Ban Bí thư về thành lập Ban chỉ đạo.", registry)
    assert other.id is None and [p.code for p in other.problems] == ["C101"], other.problems
    assert "sổ chỉ có Quy định số 339-QĐ/TW ngày 10/7/2025 của Ban Bí thư" in other.problems[0].message
    # The kind alone, with the entry's day, or linked to the entry: that entry, its kind and facts told.
    for text, codes in (("Quyết định số 339-QĐ/TW ngày 10/7/2025 của Bộ Chính trị.", ["C103", "C106"]),
                        ("Quyết định số 339-QĐ/TW ngày 10/7/2024 của Ban Bí thư.", ["C102", "C106"]),
                        ("[Quyết định số 339-QĐ/TW ngày 5/12/2016](/van-ban/339-qd-tw-2025/)", ["C102", "C106"]),
                        ("Quyết định 294 của Ban Chấp hành Trung ương.", ["C106"])):
        (c,) = check(text, registry)
        assert c.id and sorted(p.code for p in c.problems) == codes, (text, c.problems)


def test_a_kind_word_before_a_list_is_every_listed_code_s(registry):
    """"Các Quyết định số 294-QĐ/TW, 232-QĐ/TW": only the first of the two regulations was told
    it is a Quy định; the second took no kind word at all."""
    found = check("Thực hiện các Quyết định số 294-QĐ/TW, 232-QĐ/TW và 05-CT/TW.", registry)
    assert [(c.code, [p.code for p in c.problems]) for c in found] == [
        ("294-QĐ/TW", ["C106"]), ("232-QĐ/TW", ["C106"]), ("05-CT/TW", [])], found
    assert [p for c in check("Các Quy định số 294-QĐ/TW, số 232-QĐ/TW.", registry) for p in c.problems] == []
    # Another kind word of its own, or a sentence between: the list's word is not carried on.
    found = check("Quyết định số 294-QĐ/TW; năm 2025 có Quy định 232-QĐ/TW.", registry)
    assert [[p.code for p in c.problems] for c in found] == [["C106"], []], found


def test_a_kind_word_against_its_code_is_told_as_the_kind_to_write(registry):
    """"Nghị quyết số 18-KL/TW": the code is right, the word is not ("viết đúng: 18-KL/TW" named the
    code the editor had written)."""
    (c,) = check("Căn cứ Nghị quyết số 18-KL/TW ngày 22/9/2017 của Ban Bí thư.", registry)
    assert [(p.code, p.message) for p in c.problems] == [
        ("C106", "Loại văn bản viết sai (‘nghị quyết’ không khớp ký hiệu loại văn bản KL trong số hiệu); "
                 "viết đúng: Kết luận số 18-KL/TW.")], c.problems
    # A QĐ code's kind is its entry's; with no entry, both kinds are named ("viết đúng: 294-QĐ/TW"
    # blamed the code and offered it back unchanged).
    for text, fix in (("Hướng dẫn số 294-QĐ/TW ngày 26/5/2025.", "Quy định số 294-QĐ/TW"),
                      ("Chỉ thị số 777-QĐ/TW.", "Quy định (hoặc Quyết định) số 777-QĐ/TW")):
        told = [p.message for c in check(text, registry) for p in c.problems if p.code == "C106"]
        assert told and told[0].startswith("Loại văn bản viết sai") and told[0].endswith(f"viết đúng: {fix}."), told


def test_a_character_that_shows_as_nothing_in_a_code_is_named(registry):
    """A soft hyphen pasted from Word or a PDF ("50\u00ad-CT/TW") cut the code off (C107 on "Chỉ thị số
    50"); a zero-width space likewise. Read as a space, told by its place and its code point."""
    for text, place in (("Chỉ thị số 50\u00ad-CT/TW ngày 23/7/2025 của Ban Bí thư.", 3),
                        ("Chỉ thị số 50-CT/\u200bTW ngày 23/7/2025 của Ban Bí thư.", 7),
                        ("Chỉ thị số 5\u00ad0-CT/TW ngày 23/7/2025 của Ban Bí thư.", 2),
                        ("Chỉ thị số 50-Q\u00adĐ/TW ngày 23/7/2025 của Ban Bí thư.", None)):
        if place is None:  # inside the kind's letters: read, as the wrong kind (C106) it then is
            assert check(text, registry), text
            continue
        (c,) = check(text, registry)
        assert c.id == "50-CT/TW-2025" and [p.code for p in c.problems] == ["C109"], c.problems
        assert f"ký tự thứ {place} là một ký tự ẩn" in c.problems[0].message, c.problems



def test_a_date_whose_year_alone_is_another_entry_s_offers_that_entry(registry):
    """"50-CT/TW ngày 23/7/2015 của Ban Bí thư": the 2015 directive by its year, told to change its
    day and its issuer, where the 2025 one fits but for one digit."""
    (c,) = check("Chỉ thị số 50-CT/TW ngày 23/7/2015.", registry)
    date = next(p.message for p in c.problems if p.code == "C102")
    assert "Nếu định trích Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư (khóa XIII), chỉ cần sửa năm thành 2025." in date, date
    # With its issuer or its term too it is that one, its year told, not the 2015 one with two facts wrong.
    for text in ("Chỉ thị số 50-CT/TW ngày 23/7/2015 của Ban Bí thư.", "Chỉ thị số 50-CT/TW ngày 23/7/2015 khóa XIII."):
        (issued,) = check(text, registry)
        assert issued.id == "50-CT/TW-2025" and [p.code for p in issued.problems] == ["C102"], issued.problems
    (right,) = check("Chỉ thị số 50-CT/TW ngày 07/12/2016 của Bộ Chính trị.", registry)
    assert "chỉ cần sửa năm" not in right.problems[0].message, right.problems


def test_a_state_short_form_with_a_year_is_no_entry_whose_year_is_unknown(registry):
    """"Nghị định 111 năm 2022" was linked to the registry's Nghị định 111, whose year no source gives,
    where "111/2022/NĐ-CP" was told (C108): a state number starts again each year."""
    (c,) = check("Nghị định 111 năm 2022 của Chính phủ.", registry)
    assert c.id is None and [(p.code, p.message) for p in c.problems] == [
        ("C108", "Nghị định 111 năm 2022 chưa có trong sổ văn bản (sổ có Nghị định 111 nhưng không ghi năm ban hành, "
                 "nên chưa biết có phải văn bản này; nếu đúng, hãy thêm số hiệu và năm vào sổ, kèm nguồn).")], c.problems
    assert check("hợp đồng theo Nghị định 111", registry)[0].id == "ND-111"


def test_a_zero_width_space_between_words_is_a_space_and_inside_a_code_nothing(registry):
    """Taken out everywhere, a zero-width space glued the words it stood between ("10-CT/TW\u200bngày"
    lost its date, "Chỉ\u200bthị" its kind word); between two of a code's characters it is nothing."""
    for text, place in (("Chỉ thị số 10-CT/TW\u200bngày 30/3/2007 của Ban Bí thư", 1), ("Chỉ\u200bthị 50-CT/TW ngày 23/7/2025", 1),
                        ("Chỉ thị số 10-CT/TW\u200bVề nâng cao chất lượng sinh hoạt chi bộ", 1)):
        (c,) = check(text, registry)
        assert c.start + 1 == place and c.id and c.problems == [], (text, c)
    (glued,) = check("Chỉ thị số50\u200b ngày 23/7/2025 của Ban Bí thư", registry)
    assert "\u200b" not in glued.problems[0].message, glued.problems



@pytest.mark.parametrize("text", [
    "Bám sát Chỉ thị 10-CT/TW, năm 2024 chi bộ đã tổ chức 12 kỳ sinh hoạt thường kỳ.",
    "Chi bộ luôn bám sát Chỉ thị 10-CT/TW của Ban Bí thư, năm 2024 chi bộ tổ chức đủ 12 kỳ sinh hoạt.",
    "Học tập chuyên đề Chỉ thị 05-CT/TW năm 2024 tại chi bộ.",
    "Chi bộ tổ chức sinh hoạt chuyên đề Chỉ thị 05-CT/TW năm 2025 vào tháng 5.",
    "Kết quả Chỉ thị 05-CT/TW năm 2024 của chi bộ đạt loại tốt.",
    "Kết quả thực hiện Chỉ thị 05-CT/TW tháng 5/2024 của chi bộ.",
])
def test_a_year_of_what_the_cell_did_is_not_told_as_the_document_s(registry, text):
    """A year opening the next clause after a comma, or the year of a yearly topic or result, was
    told to be the directive's ("sửa thành năm 2007"): the fix would have the cell meet in 2007."""
    assert [p for c in check(text, registry) for p in c.problems] == [], text


@pytest.mark.parametrize("text, code", [
    ("Chỉ thị 05-CT/TW được Ban Bí thư ban hành ngày 15/5/2016.", "C103"),
    ("Chỉ thị 05-CT/TW được Bộ Chính trị ban hành ngày 15/5/2017.", "C102"),
    ("Chỉ thị 05-CT/TW được ban hành năm 2017.", "C102"),
    ("Chỉ thị 05-CT/TW ban hành năm 2017 của Bộ Chính trị.", "C102"),
    ("Chỉ thị 05-CT/TW ban hành tháng 5/2017 của Bộ Chính trị.", "C102"),
    ("Chỉ thị 05-CT/TW (tháng 5/2017) của Bộ Chính trị.", "C102"),
    ("Chỉ thị 05-CT/TW tháng 5/2017.", "C102"),
    ("Chỉ thị 05-CT/TW ban hành tháng 6/2016.", "C102"),
    ("Chỉ thị 05-CT/TW ban hành tháng 6 năm 2016.", "C102"),
    ("Thực hiện Chỉ thị số 10-CT/TW ngày *30/3/2008* của Ban Bí thư.", "C102"),
    ("Thực hiện **Chỉ thị số 10-CT/TW** ngày **30/3/2008** của Ban Bí thư.", "C102"),
])
def test_facts_written_as_news_writes_them_are_checked(registry, text, code):
    """The passive "được … ban hành", a month and year, emphasis on the date alone, "của Trung
    ương": each fact passed unread, however wrong."""
    (c,) = check(text, registry)
    assert [p.code for p in c.problems] == [code], (text, c.problems)


@pytest.mark.parametrize("text", [
    "Chỉ thị 05-CT/TW được Bộ Chính trị ban hành ngày 15/5/2016.",
    "Chỉ thị 05-CT/TW được ban hành năm 2016.",
    "Chỉ thị 05-CT/TW ban hành tháng 5/2016 của Bộ Chính trị.",
    "Chỉ thị 05-CT/TW (tháng 5 năm 2016).",
    "Thực hiện Chỉ thị số 10-CT/TW ngày *30/3/2007* của Ban Bí thư.",
    "Nghị quyết Trung ương 4 khóa XII của Trung ương Đảng.",
    # "của Trung ương" as reports say any central body's: not the Ban Chấp hành alone.
    "Nghị quyết số 35-NQ/TW của Trung ương.",
    "Hướng dẫn 12-HD/BTCTW của Trung ương Đảng.",
    "Căn cứ Chỉ thị số 50-CT/TW ngày …/…/2025 của Ban Bí thư.",
    "Căn cứ Chỉ thị số 50-CT/TW ngày ... tháng ... năm 2025 của Ban Bí thư.",
])
def test_facts_written_as_news_writes_them_fit_when_right(registry, text):
    (c,) = check(text, registry)
    assert c.id and c.problems == [], (text, c.id, c.problems)


@pytest.mark.parametrize("text, codes", [
    ("Ngày 30/3/2008, Ban Bí thư ban hành Chỉ thị 10-CT/TW về nâng cao chất lượng sinh hoạt chi bộ.", ["C102"]),
    ("Ngày 30/3/2007, Bộ Chính trị ban hành Chỉ thị 10-CT/TW về nâng cao chất lượng sinh hoạt chi bộ.", ["C103"]),
    ("Ban Bí thư Trung ương Đảng khóa XI đã ban hành Chỉ thị số 10-CT/TW.", ["C104"]),
    ("Bộ Chính trị khóa XIII ban hành Chỉ thị 50-CT/TW về nâng cao chất lượng sinh hoạt chi bộ.", ["C103"]),
    ("Ngày 30/3/2007, Ban Bí thư (khóa X) đã ban hành Chỉ thị 10-CT/TW.", []),
    ("Ngày 23/7/2025, Ban Bí thư ban hành Chỉ thị 50-CT/TW.", []),
    # A province's body too: its date is checked, and another province's code is not its own.
    ("Ngày 12/9/2019, Ban Tổ chức Tỉnh ủy Trà Vinh ban hành Hướng dẫn số 13-HD/BTCTU.", ["C102"]),
    ("Ngày 12/9/2018, Ban Tổ chức Tỉnh ủy Trà Vinh ban hành Hướng dẫn số 13-HD/BTCTU.", []),
    ("Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Hướng dẫn số 09-HD/TU.", []),
    # "… ra …" issues it as "… ban hành …" does.
    ("Ngày 22/9/2018, Ban Bí thư khóa XII ra Kết luận 18-KL/TW.", ["C102"]),
    # The issuer before and the date after are both the document's.
    ("Bộ Chính trị ban hành Chỉ thị số 10-CT/TW ngày 30/3/2007 về nâng cao chất lượng sinh hoạt chi bộ.", ["C103"]),
    ("Ban Bí thư khóa XI đã ban hành Chỉ thị số 10-CT/TW ngày 30/3/2007.", ["C104"]),
    ("Ban Bí thư đã ban hành Chỉ thị số 10-CT/TW ngày 30/3/2007.", []),
    # A date that frames something else, or a body that did something else, is not the document's.
    ("Năm 2026, sau khi Ban Bí thư ban hành Chỉ thị 50-CT/TW, chi bộ họp.", []),
    ("Ngày 15/8/2025, chi bộ họp quán triệt Chỉ thị 50-CT/TW của Ban Bí thư.", []),
])
def test_the_clause_that_issues_a_reference_states_its_facts(registry, text, codes):
    """"Ngày …, Ban Bí thư ban hành Chỉ thị …", the lead of every report on a directive: its date,
    issuer and term only chose among documents of a reused code, and a wrong one passed."""
    (c,) = check(text, registry)
    assert c.id and [p.code for p in c.problems] == codes, (text, c.id, c.problems)


def test_a_provincial_code_without_its_province_is_told_which_province_the_registry_holds(registry):
    """"Hướng dẫn số 09-HD/TU ngày 12/3/2020 của Ban Thường vụ Tỉnh ủy": told "sửa thành ngày
    29/5/2019", Lạng Sơn's date, though every province numbers its own 09-HD/TU."""
    (c,) = check("Thực hiện Hướng dẫn số 09-HD/TU ngày 12/3/2020 của Ban Thường vụ Tỉnh ủy.", registry)
    assert [p.code for p in c.problems] == ["C102"] and "của Lạng Sơn, câu văn không ghi tỉnh" in c.problems[0].message, c.problems


def test_another_province_issuing_a_code_is_not_told_to_take_the_registry_s_date(registry):
    """"Tỉnh ủy Bắc Giang ban hành Hướng dẫn số 09-HD/TU ngày 12/3/2020": with a date after the code,
    the issuer before was dropped, and the editor was told to write Lạng Sơn's date."""
    (c,) = check("Tỉnh ủy Bắc Giang ban hành Hướng dẫn số 09-HD/TU ngày 12/3/2020 về sinh hoạt chi bộ.", registry)
    assert c.id is None and [p.code for p in c.problems] == ["C101"], c.problems
    assert "Bắc Giang" in c.problems[0].message


def test_a_title_after_the_issuer_is_no_place(registry):
    """"… của Ban Thường vụ Tỉnh ủy Một số vấn đề …" was told as a document of a province "Một"."""
    (c,) = check("Hướng dẫn số 09-HD/TU ngày 29/5/2019 của Ban Thường vụ Tỉnh ủy Một số vấn đề về nâng cao chất "
                 "lượng sinh hoạt chi bộ.", registry)
    assert c.id == "09-HD/TU-2019-lang-son" and c.problems == [], c.problems


def test_a_province_s_body_that_issues_another_province_s_code_is_told(registry):
    (c,) = check("Năm 2019, Ban Thường vụ Tỉnh ủy Trà Vinh ban hành Hướng dẫn số 09-HD/TU về sinh hoạt chi bộ.", registry)
    assert c.id is None and [p.code for p in c.problems] == ["C101"], c.problems
    assert "của Ban Thường vụ Tỉnh ủy Trà Vinh chưa có trong sổ văn bản (sổ chỉ có 09-HD/TU của Lạng Sơn)" in c.problems[0].message


def test_a_short_form_of_the_wrong_kind_is_offered_the_entry_its_facts_fit(registry):
    """"Chỉ thị 18 của Ban Bí thư khóa XII" was told to register a Chỉ thị 18, where the registry
    holds the Kết luận 18 its issuer and term fit."""
    (c, _) = check("Chỉ thị 18 của Ban Bí thư khóa XII về tiếp tục đẩy mạnh thực hiện Chỉ thị 10.", registry)
    assert [p.code for p in c.problems] == ["C107"]
    assert "nhưng có Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư (khóa XII) khớp" in c.problems[0].message
    # Facts the other entry does not fit, or none: told as before, no entry offered.
    for text in ("Chỉ thị 18 của Bộ Chính trị khóa XIII.", "Chỉ thị 18."):
        (c,) = check(text, registry)
        assert [p.code for p in c.problems] == ["C107"] and "nhưng có" not in c.problems[0].message, (text, c.problems)


LINK_FORMS = ("[ct10]: /van-ban/10-ct-tw-2007/\n[ct50]: /van-ban/50-ct-tw-2025/\n"
              "[Chỉ thị số 10-CT/TW]: /van-ban/10-ct-tw-2007/\n")


@pytest.mark.parametrize("text, codes", [
    ("Theo [Chỉ thị số 10-CT/TW][ct10] của Bộ Chính trị khóa XII.", ["C103", "C104"]),
    ("Theo [Chỉ thị 50-CT/TW][ct50] ngày 07/12/2015 của Bộ Chính trị.", ["C110"]),
    ("Theo [Chỉ thị số 10-CT/TW] ngày 30/3/2008.", ["C102"]),
    ('Theo [Chỉ thị số 10-CT/TW](/van-ban/10-ct-tw-2007/ "Chỉ thị 10") ngày 30/3/2008 của Bộ Chính trị.', ["C102", "C103"]),
    ("Theo [Chỉ thị số 10-CT/TW](</van-ban/10-ct-tw-2007/>) ngày 30/3/2008.", ["C102"]),
    ("Theo [Chỉ thị số 10-CT/TW][ct10] ngày 30/3/2007 của Ban Bí thư.", []),
])
def test_facts_after_a_link_of_any_form_are_read(registry, text, codes):
    """Only an inline link with a bare address was read past: after one by label, a shortcut, one
    with a title or an address in "<…>", a wrong date, issuer or term passed."""
    (c,) = check(f"{text}\n\n{LINK_FORMS}", registry)
    assert sorted(p.code for p in c.problems) == codes, (text, c.problems)


def test_facts_set_off_by_dashes_are_read(registry):
    """"10-CT/TW – ngày 30/3/2008 – của Bộ Chính trị": an aside's dashes hid both wrong facts."""
    (c,) = check("Theo Chỉ thị số 10-CT/TW – ngày 30/3/2008 – của Bộ Chính trị, chi bộ họp mỗi tháng.", registry)
    assert sorted(p.code for p in c.problems) == ["C102", "C103"], c.problems
    (c,) = check("Theo Chỉ thị số 10-CT/TW - ngày 30/3/2007 - của Ban Bí thư.", registry)
    assert c.date and c.body and c.problems == [], c.problems


def test_a_plenum_s_resolution_cited_by_a_code_the_registry_lacks_is_offered_its_entry(registry):
    """"Nghị quyết số 12-NQ/TW … Hội nghị lần thứ tư … khóa XI": the registry holds it by name, its
    code unconfirmed; "hãy thêm văn bản" sent the editor to add it a second time."""
    (c,) = check("Nghị quyết số 12-NQ/TW ngày 16/01/2012 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI "
                 "về một số vấn đề cấp bách về xây dựng Đảng hiện nay.", registry)
    assert [p.code for p in c.problems] == ["C101"]
    assert "(sổ có Nghị quyết Trung ương 4 khóa XI, chưa ghi số hiệu)" in c.problems[0].message, c.problems


def test_a_short_form_whose_only_entry_is_a_province_s_says_so(registry):
    """"Quy định 08 về trách nhiệm nêu gương" (the Party's) was offered Nghệ An's 08-QĐ/TU as its reading."""
    (c,) = check("Quy định 08 về trách nhiệm nêu gương của cán bộ, đảng viên.", registry)
    assert [p.code for p in c.problems] == ["C107"] and "một văn bản của địa phương" in c.problems[0].message, c.problems
    assert "nếu là văn bản khác, ghi đủ số hiệu và ngày ban hành" in c.problems[0].message


def test_a_decree_s_number_before_khong_is_a_citation(registry):
    """"hợp đồng Nghị định 111 không phải đảng viên": "không" after a number was read as a count for
    every kind but a directive's and a resolution's; a decree's or a circular's is cited so too."""
    (c,) = check("Người làm hợp đồng Nghị định 111 không phải đảng viên của cơ quan thì không dự sinh hoạt chi bộ.", registry)
    assert c.id == "ND-111" and c.problems == [], c.problems
    assert check("Chi đoàn thực hiện Quy chế 5 không của đoàn viên.", registry) == []


@pytest.mark.parametrize("text, codes", [
    # A list's "- " opening the next line is no aside's dash: its date or body is the next item's.
    ("Chi bộ đã quán triệt các văn bản:\n- Chỉ thị 05-CT/TW\n- Ngày 19/5/2025, chi bộ tổ chức sinh hoạt chuyên đề.", [[]]),
    ("Văn bản căn cứ:\n- Chỉ thị 05-CT/TW\n- Của Ban Bí thư: Kết luận 18-KL/TW", [[], []]),
    # A dash that opens the next clause, as a comma does: the cell's day.
    ("Hướng dẫn 12-HD/BTCTW – ngày 15/3/2024 chi bộ tổ chức sinh hoạt mẫu theo hướng dẫn.", [[]]),
    # Bodies that issued several documents together: none is one document's issuer alone.
    ("Thời gian qua, Bộ Chính trị, Ban Bí thư đã ban hành Chỉ thị 05-CT/TW, Kết luận 01-KL/TW về học tập và làm theo Bác.", [[], []]),
    ("Bộ Chính trị và Ban Bí thư ban hành Chỉ thị 05-CT/TW.", [[]]),
    # A document carrying out the reference: what says it was issued is that document's.
    ("Hướng dẫn thực hiện Quy định 294-QĐ/TW được Ban Tổ chức Trung ương ban hành ngày 9/6/2025.", [[]]),
    ("Kế hoạch của Tỉnh ủy thực hiện Chỉ thị 10-CT/TW, ban hành năm 2008.", [[]]),
    ("Thực hiện Chỉ thị 05-CT/TW được Bộ Chính trị ban hành ngày 15/5/2017.", [["C102"]]),
    # The month a topic was studied in the document's own year.
    ("Học tập chuyên đề Chỉ thị 05-CT/TW tháng 9/2016.", [[]]),
    # … but not a month before it was issued (15/5/2016).
    ("Học tập chuyên đề Chỉ thị 05-CT/TW tháng 3/2016.", [["C102"]]),
    ("Quán triệt Quy định 294-QĐ/TW tháng 6/2025.", [[]]),
    # A year with a count of years: the document's, or the one the count goes back to.
    ("Sơ kết 5 năm thực hiện Chỉ thị 50-CT/TW năm 2015 của Bộ Chính trị.", [[]]),
    # A year or a date that only chooses still cannot come before the document.
    ("Bám sát Chỉ thị 10-CT/TW, năm 2006 chi bộ đã họp.", [["C102"]]),
    ("Chỉ thị 10-CT/TW, ngày 15/8/2006 chi bộ đã họp.", [["C102"]]),
    # A mass organisation's central body is not the Party's.
    ("Nghị quyết 35-NQ/TW của Trung ương Hội Cựu chiến binh Việt Nam.", [[]]),
    # A results table and a study schedule beside the issuer: the year and the day are the cell's.
    ("| Văn bản | Cơ quan ban hành | Năm | Kết quả |\n|---|---|---|---|\n| Chỉ thị 05-CT/TW | Bộ Chính trị | 2024 | Tốt |\n"
     "| Hướng dẫn 12-HD/BTCTW | Ban Tổ chức Trung ương | 2024 | Tốt |\n", [[], []]),
    ("| Văn bản | Cơ quan ban hành | Ngày |\n|---|---|---|\n| Chỉ thị 50-CT/TW | Ban Bí thư | 15/8/2025 |\n"
     "| Quy định 294-QĐ/TW | Ban Chấp hành Trung ương | 12/9/2025 |\n", [[], []]),
])
def test_what_the_session_s_own_red_team_found_read_as_the_writer_meant(registry, text, codes):
    """The second red team of the forty-ninth session, on its own changes: each was a false error."""
    found = check(text, registry)
    assert [sorted(p.code for p in c.problems) for c in found] == codes, [(c.surface, c.problems) for c in found]


@pytest.mark.parametrize("text, code, meant", [
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 23/7/2025 của Ban Bí thư khóa XIII.", "C102", "sửa số hiệu thành 50-CT/TW"),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 23/7/2025.", "C102", "sửa số hiệu thành 50-CT/TW"),
    ("Thực hiện Hướng dẫn số 24-HD/BTCTW ngày 28/10/2025.", "C101", "sửa thành 42-HD/BTCTW"),
    # Not another number issued that day (a plenum issued 35- and 36-NQ/TW on 22/10/2018), nor
    # another province's code.
    ("Thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 về kinh tế biển.", "C101", None),
    ("Thực hiện Quy định số 80-QĐ/TU ngày 15/9/2021 của Tỉnh ủy.", "C101", None),
    ("Thực hiện Quy định số 15-QĐi/TU ngày 15/9/2021.", "C102", None),
])
def test_a_mistyped_number_whose_facts_are_another_entry_s_is_offered_that_entry(registry, text, code, meant):
    """An editor typed 05 for 50: told to change the date, issuer and term to 05-CT/TW's, three
    errors led to citing the wrong directive with every fact made to fit it."""
    (c,) = check(text, registry)
    assert [p.code for p in c.problems] == [code], c.problems
    asked = "hải số hiệu gõ nhầm?" in c.problems[0].message
    assert asked == (meant is not None) and (meant is None or meant in c.problems[0].message), c.problems[0].message


def test_a_date_written_month_first_is_offered_day_first(registry):
    """"ngày 7/23/2025", as an English date is written: no such day, and the one meant is 23/7/2025."""
    (c,) = check("Chỉ thị số 50-CT/TW ngày 7/23/2025 của Ban Bí thư.", registry)
    assert [p.code for p in c.problems] == ["C106"] and "có phải ngày 23/7/2025?" in c.problems[0].message, c.problems
    (c,) = check("Chỉ thị số 50-CT/TW ngày 31/2/2025.", registry)
    assert "có phải" not in c.problems[0].message, c.problems


def test_a_word_dash_with_spaces_is_told_both_at_once(registry):
    """"42 – HD/BTCTW": told only of the dash, the editor retyped it and met C109 again for the spaces."""
    (c,) = check("Hướng dẫn số 42 – HD/BTCTW ngày 28/10/2025", registry)
    assert [p.code for p in c.problems] == ["C109"]
    assert "(U+2013)" in c.problems[0].message and c.problems[0].message.endswith("bỏ các dấu cách trong số hiệu: viết 42-HD/BTCTW.")
    (c,) = check("Hướng dẫn số 42–HD/BTCTW ngày 28/10/2025", registry)
    assert "dấu cách" not in c.problems[0].message


def test_a_state_code_with_party_marks_is_offered_as_the_state_writes_it(registry):
    """"15-HĐ/UBND" is a contract's 15/HĐ-UBND (not a Hướng dẫn's), "HDND" the HĐND, "TTg" keeps its case."""
    told = {text: [p.message for p in c.problems if p.code == "C106"] for text in
            ("Hợp đồng số 15-HĐ/UBND ký ngày 1/1/2020.", "Nghị quyết 12-NQ/HDND tỉnh.", "Quyết định 15-QĐ/TTg-KGVX ngày 1/1/2020.",
             "Công văn số 123-CV/UBND-VP.", "Quy định 10-QĐi/BNV.")
            for c in check(text, registry)}
    # A công văn's state code has no kind letters; QĐi is the Party's alone.
    assert [m[0].rsplit(" ", 1)[-1] for m in told.values()] == ["15/HĐ-UBND.", "12/NQ-HĐND.", "15/QĐ-TTg-KGVX.",
                                                                 "123/UBND-VP.", "10/QĐ-BNV."], told


def test_a_term_derived_from_the_registry_s_date_says_so(registry):
    (c,) = check("Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương khóa XI.", registry)
    (p,) = c.problems
    told = "ghi khóa XI, nhưng văn bản này ban hành ngày 26/5/2025 (theo sổ), tức thuộc khóa XIII; sửa thành khóa XIII"
    assert p.code == "C104" and told in p.message, p.message


def test_an_issuer_and_a_label_are_quoted_as_the_other_messages_quote(registry):
    """C103 and C107 quoted with straight quotes ('Bộ Chính trị') where C106 and C109 write ‘…’."""
    (c,) = check("Chỉ thị 10-CT/TW (Bộ Chính trị)", registry)
    assert "cơ quan ban hành ‘Bộ Chính trị’ khác ‘Ban Bí thư’ trong sổ; sửa thành ‘Ban Bí thư’" in c.problems[0].message, c.problems
    (c,) = check("Chỉ thị 50 yêu cầu.", registry)
    assert c.problems[0].message.startswith("‘Chỉ thị 50’"), c.problems
    assert not [p for c in check("Chỉ thị 10-CT/TW (Bộ Chính trị). Chỉ thị 50-CT/TW.", registry) for p in c.problems if "'" in p.message]


def test_a_contradiction_of_a_named_document_offers_another_of_that_name_not_that_code(registry):
    """"Nghị quyết Trung ương 4 khóa XII năm 2017" has no code: C102 said "cùng số hiệu"."""
    (c,) = check("Nghị quyết Trung ương 4 khóa XII năm 2017.", registry)
    (p,) = c.problems
    assert p.code == "C102" and "một văn bản khác cùng tên, thêm văn bản ấy" in p.message and "số hiệu" not in p.message, p
    (c,) = check("Chỉ thị 10-CT/TW năm 2008.", registry)
    assert "một văn bản khác cùng số hiệu" in c.problems[0].message, c.problems


def test_a_short_form_against_the_one_entry_of_its_number_names_the_fact_that_differs(registry):
    """"Hướng dẫn 42 ngày 20/10/2025": C107 named the entry, and left the editor to find the wrong date."""
    (c,) = check("Hướng dẫn 42 ngày 20/10/2025 của Ban Tổ chức Trung ương nêu rõ điều này.", registry)
    (p,) = c.problems
    assert p.code == "C107" and c.id is None, c
    assert p.message == ("‘Hướng dẫn 42’ không khớp văn bản nào trong sổ: sổ chỉ có Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 "
                         "của Ban Tổ chức Trung ương, mà ngày 20/10/2025 khác ngày ban hành 28/10/2025 trong sổ. Nếu định "
                         "trích văn bản ấy, sửa thành ngày 28/10/2025 và ghi đủ số hiệu 42-HD/BTCTW; nếu là văn bản khác, "
                         "ghi đủ số hiệu và ngày ban hành."), p.message
    (c,) = check("Hướng dẫn 42 của Ban Bí thư năm 2024 nêu rõ.", registry)
    assert "mà năm 2024 khác năm ban hành 2025 trong sổ; cơ quan ban hành ‘Ban Bí thư’ khác" in c.problems[0].message, c.problems
    # Several entries of the number: each is named, as before.
    (c,) = check("Chỉ thị 50 ngày 23/7/2020 của Ban Bí thư.", registry)
    assert c.problems[0].message.startswith("‘Chỉ thị 50’ không khớp văn bản nào trong sổ (Chỉ thị số 50-CT/TW"), c.problems
