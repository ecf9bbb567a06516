"""Diagnostics: every rule has a stable code; every finding names file, line and column.

The rule table is the single list the checker, the editors' guide and the tests
read. Error vs warning is policy, documented per rule: an error is content that
is wrong or unsafe (the check and the build fail); a warning is content that is
incomplete but not wrong (it is reported, the build goes on).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str  # Vietnamese, shown to editors
    # A warning that still stops a release (`make dist`): the check and a preview build go on,
    # so an editor can work on the file and a reviewer can see it, but readers never get it.
    blocks_release: bool = False


_RULES = [
    # Files and encoding
    Rule("E001", "not-utf8", ERROR, "Tệp không được mã hóa UTF-8."),
    Rule("E002", "not-nfc", ERROR, "Văn bản chưa ở dạng Unicode dựng sẵn (NFC)."),
    Rule("E003", "bom", ERROR, "Tệp bắt đầu bằng ký tự BOM."),
    Rule("E004", "crlf", ERROR, "Tệp dùng kiểu xuống dòng CRLF (Windows) hoặc CR thay cho LF."),
    Rule("E005", "too-large", ERROR, "Tệp quá lớn."),
    Rule("E006", "control-char", ERROR, "Tệp chứa ký tự điều khiển không hợp lệ."),
    Rule("E007", "unexpected-file", ERROR, "Tệp không thuộc loại nội dung nào ở vị trí này."),
    Rule("E008", "not-a-plain-file", ERROR, "Liên kết tượng trưng (symlink) hoặc tệp không đọc được."),
    Rule("E009", "legacy-encoding-text", ERROR, "Chữ dán từ văn bản gõ bằng bảng mã cũ (TCVN3, VNI): ký tự lạ giữa chữ."),
    Rule("E010", "invisible-char", ERROR, "Ký tự vô hình (dấu cách rộng 0, dấu gạch nối mềm); dấu cách không ngắt ở phần thụt "
                                          "lề, sau tên trường hoặc trong địa chỉ liên kết (giữa hai chữ thì không báo); hoặc ký "
                                          "tự riêng của phông chữ (dấu đầu dòng dán từ Word)."),
    Rule("E011", "broken-word", WARNING, "Dấu gạch ngang dính chữ trước, cách chữ sau: chữ bị PDF ngắt ở cuối dòng, hoặc thiếu dấu cách (‘kinh tế- xã hội’)."),
    Rule("E012", "damaged-letter", ERROR, "Chữ hỏng khi chép: ký tự thay thế ‘�’ (U+FFFD) nơi chữ gốc đã mất, hoặc chữ Ð/ð "
                                          "(U+00D0/U+00F0) trông như Đ/đ nhưng là chữ khác."),
    # YAML and front matter
    Rule("Y001", "yaml-syntax", ERROR, "Lỗi cú pháp YAML."),
    Rule("Y002", "front-matter", ERROR, "Thiếu hoặc sai phần đầu (front matter) giữa hai dòng ---."),
    Rule("Y003", "yaml-alias", ERROR, "Không dùng neo (&) và tham chiếu (*) của YAML."),
    Rule("Y004", "too-deep", ERROR, "Cấu trúc lồng nhau quá sâu."),
    Rule("Y005", "duplicate-key", ERROR, "Một trường xuất hiện hai lần trong cùng một khối."),
    Rule("Y006", "not-mapping", ERROR, "Tệp phải gồm các dòng `tên trường: giá trị`."),
    Rule("Y007", "yaml-tag", ERROR, "Không dùng thẻ kiểu của YAML (!!, !)."),
    Rule("Y008", "comment-after-value", ERROR, "Phần sau dấu # ở cuối giá trị bị bỏ qua (YAML coi là ghi chú)."),
    Rule("Y009", "run-on-item", WARNING, "Một dòng mở câu mới ngay dưới mục '- ' bị YAML nối vào mục đó: mục mới thiếu '- ', "
                                         "hoặc câu viết xuống dòng (mỗi mục viết trên một dòng)."),
    Rule("Y010", "paragraphs-joined", ERROR, "Dòng trống trong một giá trị không viết sau '|': YAML nối các đoạn văn thành một "
                                             "đoạn; viết nhiều đoạn thì dùng `tên trường: |`."),
    # Schema
    Rule("S101", "unknown-key", ERROR, "Trường không có trong khuôn của loại nội dung."),
    Rule("S102", "missing-required", ERROR, "Thiếu trường bắt buộc."),
    Rule("S103", "wrong-type", ERROR, "Giá trị sai kiểu."),
    Rule("S104", "bad-date", ERROR, "Ngày không hợp lệ (viết theo dạng YYYY-MM-DD)."),
    Rule("S105", "unknown-vocabulary", ERROR, "Giá trị không có trong bộ từ vựng."),
    Rule("S106", "bad-slug", ERROR, "Tên tệp hoặc mã không đúng dạng chữ thường không dấu, nối bằng gạch ngang."),
    Rule("S107", "bad-value", ERROR, "Giá trị ngoài phạm vi cho phép, hoặc không hợp với trường khác (các bước của "
                                     "chương trình cộng lại chưa đủ thời lượng, `left` cùng `recipients`...)."),
    Rule("S108", "too-few-items", ERROR, "Danh sách có ít mục hơn mức tối thiểu."),
    Rule("S109", "no-diacritics", WARNING, "Tiêu đề hoặc tóm tắt gõ không dấu."),
    Rule("S110", "pictograph", WARNING, "Tiêu đề, tóm tắt hoặc nội dung tải về DOCX (đề cương, chương trình, mẫu) có biểu tượng (emoji)."),
    Rule("S111", "missing-marks", WARNING, "Chữ gõ thiếu dấu tiếng Việt (hoat, chuyen, viec...) trong văn bản có dấu."),
    Rule("S112", "wrapped-in-curly-quotes", WARNING, "Cả giá trị nằm trong ngoặc cong “…”, hiện ra trên trang."),
    Rule("S113", "oa-uy-tone-placement", WARNING, "Dấu thanh đặt kiểu oà, uý (hoà, khoẻ, thuỷ), khác cách viết của Sổ tay (hòa, khỏe, thủy)."),
    # Body structure of topic outlines
    Rule("B101", "missing-section", ERROR, "Thiếu một mục bắt buộc của đề cương hoặc chương trình."),
    Rule("B102", "unknown-section", ERROR, "Tiêu đề mục không thuộc khuôn mẫu đề cương hoặc chương trình."),
    Rule("B103", "bad-section-content", ERROR, "Nội dung trong mục không đúng khuôn mẫu."),
    Rule("B104", "duplicate-section", ERROR, "Một mục xuất hiện hai lần."),
    Rule("B105", "bad-agenda-row", ERROR, "Một dòng của bảng chương trình (tệp .md) không đúng khuôn mẫu, hoặc một bước là dòng tổng cộng."),
    Rule("B106", "page-title-heading", ERROR, "Bài hướng dẫn hay đề cương dùng tiêu đề một dấu #, vốn dành cho tên trang."),
    Rule("B107", "list-layout", ERROR, "Danh sách viết theo kiểu trang không đọc được (thiếu dòng trống phía trước, ý con thụt 2 dấu cách, "
                                       "dấu '•' hay '1)'; số thứ tự hay dấu đầu dòng ở đầu một bước của chương trình)."),
    Rule("B108", "indented-code", ERROR, "Dòng thụt vào (Tab hoặc từ 4 dấu cách) sau dòng trống, trang hiện thành khối mã "
         "(sau danh sách: đoạn thụt bằng Tab bị nối vào ý cuối)."),
    Rule("B109", "underlined-heading", ERROR, "Dòng '---' hay '===' ngay dưới một dòng chữ biến dòng chữ ấy thành tiêu đề."),
    Rule("B110", "footnote", ERROR, "Chú thích cuối trang kiểu Word/GitHub ('[^1]'): trang hiện nguyên văn; nguồn ghi vào trường sources."),
    Rule("B111", "table-layout", ERROR, "Bảng không hiện thành bảng trên trang: liền sau dòng chữ (thiếu dòng trống phía trước), "
                                        "thiếu dòng kẻ ‘|---|’, dòng trống giữa các hàng, dòng chữ liền dưới bảng, hoặc cột ngăn bằng phím Tab."),
    Rule("B112", "heading-as-paragraph", WARNING, "Dòng in đậm hay đánh số I., A. đứng riêng như một tiêu đề, nhưng trang "
                                                  "hiện thành đoạn văn thường; viết ‘## Tên mục’."),
    Rule("B113", "table-shape", ERROR, "Bảng có số ô không khớp: dòng kẻ ‘|---|’ khác số cột của dòng tiêu đề (trang hiện "
                                       "nguyên các dòng ‘|’), hoặc một dòng thừa ô (ô thừa không hiện trên trang)."),
    Rule("B114", "heading-skips-level", WARNING, "Tiêu đề mục bỏ qua một cấp (‘##’ rồi ‘####’): mục con chỉ thêm một dấu # so với mục ngay trên nó."),
    Rule("B115", "stray-emphasis", ERROR, "Dấu `*` cạnh một con số, giữa hai dấu cách hay trong `(*)` bị trang đọc là dấu làm nghiêng "
                                          "chữ: cặp dấu `*` biến mất (`3*2 ha` hiện thành `32 ha`)."),
    Rule("B116", "empty-note", ERROR, "Khung ghi chú (`!!! note \"Lưu ý\"`) trống: các dòng của khung không thụt vào 4 dấu "
                                      "cách, trang hiện chúng bên ngoài khung."),
    Rule("B117", "markdown-in-raw-html", ERROR, "Khối HTML (`<details>`, `<div>`…) không có thuộc tính markdown: trang hiện "
                                                "nguyên các dấu Markdown bên trong (‘- ’, ‘**’, liên kết)."),
    Rule("B118", "backslash-line-break", ERROR, "Dấu ‘\\’ ở cuối dòng (cách xuống dòng của GitHub): trang hiện dấu ấy và nối hai dòng."),
    Rule("B120", "indented-heading", ERROR, "Dòng tiêu đề mục có dấu cách trước dấu # (‘ ### Mục’): trang hiện nguyên dòng thành chữ thường."),
    Rule("B121", "github-only-markup", ERROR, "Cú pháp chỉ GitHub hiện (~~gạch ngang~~, khung > [!NOTE]): trang hiện nguyên các dấu ấy."),
    Rule("B122", "unclosed-bold", ERROR, "Dấu `**` (hay `__`) mở chữ đậm mà không đóng: trang, bản sao chép và bản DOCX hiện nguyên các dấu ấy."),
    Rule("B119", "bad-note-opener", ERROR, "Dòng mở khung ghi chú trang không đọc được (dấu nháy cong “…”, thiếu dấu nháy, "
                                           "‘???’): trang hiện nguyên dòng ấy và nội dung khung thành chữ thường."),
    # Cross references between content files
    Rule("D101", "duplicate-id", ERROR, "Mã, đường dẫn hoặc tiêu đề bị trùng."),
    Rule("R101", "unknown-source", ERROR, "Nguồn không tồn tại trong content/nguon."),
    Rule("R102", "unknown-document", ERROR, "Văn bản không tồn tại trong sổ văn bản (content/van-ban)."),
    Rule("R103", "unknown-page", ERROR, "Trang được liên kết không tồn tại."),
    Rule("R104", "unknown-form", ERROR,
         "Trang hướng dẫn đưa vào một mẫu không có trong content/mau, hoặc khối mau viết sai (chữ mau có dấu, viết hoa, thụt lề...)."),
    Rule("R105", "unshown-form", WARNING, "Mẫu trong content/mau chưa được trang hướng dẫn nào đưa vào (khối mau)."),
    # Registry of documents
    Rule("G101", "replaced-by-unknown", ERROR, "Trường `replaced_by` trỏ tới văn bản không có trong sổ."),
    Rule("G102", "replacement-cycle", ERROR, "Chuỗi thay thế văn bản tạo thành vòng lặp."),
    Rule("G103", "alias-duplicate", ERROR, "Tên gọi tắt trùng với văn bản khác."),
    Rule("G104", "fact-without-source", ERROR, "Dữ kiện về văn bản không ghi nguồn."),
    Rule("G105", "id-mismatch", ERROR, "Mã văn bản không khớp với số hiệu và năm."),
    Rule("G106", "source-without-fact", ERROR, "Có ghi nguồn cho một dữ kiện còn để trống."),
    Rule("G107", "example-not-found", ERROR, "Ví dụ cách viết không được nhận ra là văn bản này."),
    Rule("G108", "scope-mismatch", ERROR, "Phạm vi (scope), tỉnh (province) và mã của văn bản địa phương không khớp nhau."),
    # Citations found in text
    Rule("C101", "unknown-cited-document", ERROR, "Văn bản của Đảng được trích dẫn nhưng chưa có trong sổ văn bản."),
    Rule("C102", "date-mismatch", ERROR, "Ngày ban hành ghi trong trích dẫn khác với sổ văn bản."),
    Rule("C103", "issuer-mismatch", ERROR, "Cơ quan ban hành ghi trong trích dẫn khác với sổ văn bản."),
    Rule("C104", "term-mismatch", ERROR, "Khóa (nhiệm kỳ) ghi trong trích dẫn khác với sổ văn bản."),
    Rule("C105", "replaced-without-successor", ERROR, "Trích dẫn văn bản đã được thay thế mà không nêu văn bản thay thế."),
    Rule("C106", "malformed-code", ERROR, "Số hiệu văn bản viết sai dạng, hoặc loại văn bản viết khác số hiệu hay sổ văn bản "
                                         "(Nghị quyết số 18-KL/TW; Quyết định số 294-QĐ/TW, một Quy định)."),
    Rule("C107", "ambiguous-reference", WARNING, "Trích dẫn mơ hồ: có nhiều văn bản cùng số hiệu, không xác định được."),
    Rule("C108", "unregistered-state-document", WARNING, "Văn bản nhà nước được trích dẫn nhưng chưa có trong sổ văn bản."),
    Rule("C109", "code-spelling", WARNING, "Số hiệu văn bản viết khác sổ văn bản (chữ thường, QD thay QĐ, TƯ thay TW, dấu cách quanh dấu gạch, "
                                         "thiếu dấu cách trước số)."),
    Rule("C110", "link-to-another-document", ERROR, "Trích dẫn có liên kết tới trang của một văn bản khác trong sổ."),
    Rule("C111", "cited-not-in-references", WARNING, "Đề cương, chương trình mẫu hay mô hình sinh hoạt trích dẫn một văn bản "
                                                     "đang có hiệu lực trong sổ văn bản nhưng trường references không ghi văn bản ấy, "
                                                     "nên mục “Văn bản làm căn cứ” và bản tải về không có văn bản này "
                                                     "(văn bản nêu như lịch sử, sau “trước đây là” hay “thay cho”, thì không)."),
    Rule("C112", "markup-inside-citation", ERROR, "Trích dẫn văn bản có dấu định dạng (\\, *, _, thẻ HTML, mã &…;) chen vào "
         "giữa: trang hiện nó thành trích dẫn mà công cụ không đọc được để đối chiếu với sổ văn bản."),
    # Safety of contributed content
    Rule("J101", "template-syntax", ERROR, "Nội dung chứa cú pháp mẫu Jinja (`{{`, `{%`)."),
    Rule("J102", "render-macros", ERROR, "Nội dung không được bật render_macros."),
    Rule("H101", "dangerous-tag", ERROR, "Thẻ HTML ngoài danh sách được phép (script, iframe, style, img, a, xmp...), hoặc HTML trong trường YAML."),
    Rule("H102", "event-handler", ERROR, "Thuộc tính sự kiện HTML (on...=) không được phép."),
    Rule("H103", "dangerous-url", ERROR, "Địa chỉ `javascript:`, `data:` hoặc giao thức khác ngoài http, https, mailto, tel (file:, smb:...) không được phép."),
    Rule("H104", "disallowed-attribute", ERROR, "Thuộc tính HTML ngoài danh sách được phép (style, src, href...), hoặc id sai dạng."),
    Rule("H105", "left-open", ERROR, "HTML mở mà không đóng (thẻ thiếu dấu >, chú thích thiếu -->, thẻ div, details... thiếu "
                                     "thẻ đóng): phần sau của trang, cả mục Nguồn, bị nuốt vào nó."),
    # Quotations
    Rule("Q101", "quote-too-long", ERROR, "Câu trích quá dài (tối đa 25 chữ)."),
    Rule("Q102", "quote-source-not-listed", ERROR, "Câu trích ghi một nguồn không có trong `sources` của trang."),
    Rule("Q103", "attributed-quote-without-source", ERROR, "Câu trích trong bài gán cho một đồng chí lãnh đạo mà đoạn văn "
                                                          "không nêu nguồn (một nguồn trong `sources` của trang)."),
    # Templates
    Rule("T101", "template-not-filled", WARNING, "Tệp còn là mẫu của `make new` (chữ mẫu, nguồn và văn bản chưa thay); "
         "bản phát hành (`make dist`) không được tạo khi còn cảnh báo này.", blocks_release=True),
    # Links
    Rule("L101", "broken-link", ERROR, "Liên kết tới trang không tồn tại."),
    Rule("L102", "broken-anchor", ERROR, "Liên kết tới mục (#...) không tồn tại trong trang."),
    Rule("L103", "external-link", ERROR, "Liên kết ra ngoài không phải trang nguồn đã khai (content/nguon), hoặc ảnh lấy từ ngoài."),
]

RULES = {rule.code: rule for rule in _RULES}


@dataclass(frozen=True)
class Diagnostic:
    path: str
    line: int
    col: int
    code: str
    message: str

    @property
    def severity(self) -> str:
        return RULES[self.code].severity

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    @property
    def blocks_release(self) -> bool:
        return self.is_error or RULES[self.code].blocks_release

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.message}"

    def sort_key(self):
        return (self.path, self.line, self.col, self.code, self.message)

    def to_dict(self) -> dict:
        return {**asdict(self), "severity": self.severity, "rule": RULES[self.code].name}


# A diagnostic is one line, whatever text of a content file its message quotes: a line break in a
# link's target once put "::error file=sotay/deploy.py,...::" at the start of a line of CI's log,
# where GitHub's runner reads it as a command (an annotation, a mask, commands stopped).
_LINE_BREAKING = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")


def one_line(text: str) -> str:
    return _LINE_BREAKING.sub(lambda m: {"\n": "\\n", "\r": "\\r"}.get(m.group(), f"\\u{ord(m.group()):04x}"), text)


# Characters a value may hold that look like others, or like nothing: named after the value
# quoted, which repr() showed as "\\xa0", a backslash doubled.
_LOOKS_LIKE = {"\u2013": "dấu gạch ngang ‘–’ (U+2013) thay cho dấu gạch nối ‘-’",
               "\u2014": "dấu gạch dài ‘—’ (U+2014) thay cho dấu gạch nối ‘-’",
               "\u2212": "dấu trừ ‘−’ (U+2212) thay cho dấu gạch nối ‘-’",
               "\u2011": "dấu gạch không ngắt (U+2011) thay cho dấu gạch nối ‘-’",
               "\u00a0": "dấu cách không ngắt (NBSP, U+00A0)", "\t": "ký tự Tab",
               "\u00d0": "chữ Ð (U+00D0) thay cho Đ"}


def quoted(value: str) -> str:
    """A value in quotes as it was typed, each lookalike in it named: "'05–HD/BTCTU' (có dấu gạch
    ngang ‘–’ … thay cho dấu gạch nối ‘-’)"."""
    named = [_LOOKS_LIKE[c] for c in dict.fromkeys(value) if c in _LOOKS_LIKE]
    return f"'{value}'" + (f" (có {', '.join(named)})" if named else "")


def diag(path: str, line: int, col: int, code: str, message: str) -> Diagnostic:
    if code not in RULES:
        raise KeyError(f"unknown rule code {code}")
    return Diagnostic(one_line(str(path)), max(1, line), max(1, col), code, one_line(str(message)))


def has_errors(diagnostics) -> bool:
    return any(d.is_error for d in diagnostics)


def build_failure(diagnostics, release: bool = False) -> str | None:
    """Why a build of the site must fail on these diagnostics, in words with every one listed: an
    error, or in a release (`make dist`) a warning that blocks one; None when it may go on."""
    if has_errors(diagnostics):
        return "Nội dung có lỗi:\n" + render(diagnostics)
    blocking = sorted({d.code for d in diagnostics if d.blocks_release}) if release else []
    if blocking:
        return f"Không tạo bản phát hành khi nội dung còn cảnh báo {', '.join(blocking)}:\n" + render(diagnostics)
    return None


def merged(found, more) -> list[Diagnostic]:
    """The check's diagnostics and those the build found on its own pages, each place and rule once
    (a URL the check told is found again in the rendered page). What the rendered page shows of
    markup the check refused on a line is that refusal again ("onclick" told H102 by the check
    was H104 on the page), and a URL the page decoded, located nowhere in the file (1:1), one the
    check refused in that file: the build gave the editor errors the check had not."""
    told = {(d.path, d.line, d.code) for d in found}
    unsafe = [d for d in found if d.code.startswith("H1")]
    lines, files = {(d.path, d.line) for d in unsafe}, {d.path for d in unsafe}

    def new(d) -> bool:
        if (d.path, d.line, d.code) in told:
            return False
        return not (d.code.startswith("H1") and ((d.path, d.line) in lines or (d.line, d.col) == (1, 1) and d.path in files))

    return [*found, *(d for d in more if new(d))]


def _gh(value: str, property: bool = False) -> str:
    """A value escaped for a GitHub Actions workflow command (its data, or a property's value)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property else value


def render(diagnostics, fmt: str = "text") -> str:
    """Render diagnostics for a terminal, for tools, or for a git host."""
    items = sorted(diagnostics, key=Diagnostic.sort_key)
    if fmt == "json":
        return json.dumps([d.to_dict() for d in items], ensure_ascii=False, indent=2)
    if fmt == "github":
        # GitHub Actions workflow commands become annotations on the pull request. Escaped as the
        # runner reads them: a "," or ":" in a file name would end its property, a "%" start an escape.
        return "\n".join(
            f"::{d.severity} file={_gh(d.path, True)},line={d.line},col={d.col},title={d.code}::{_gh(d.message)}"
            for d in items
        )
    if fmt == "gitlab":
        # GitLab code quality report (Code Climate subset).
        import hashlib

        return json.dumps(
            [
                {
                    "description": f"{d.code} {d.message}",
                    "check_name": d.code,
                    "fingerprint": hashlib.sha256(d.format().encode()).hexdigest(),
                    "severity": "major" if d.is_error else "minor",
                    "location": {"path": d.path, "lines": {"begin": d.line}},
                }
                for d in items
            ],
            ensure_ascii=False,
            indent=2,
        )
    return "\n".join(d.format() for d in items)
