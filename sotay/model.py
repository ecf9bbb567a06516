"""The content model: every content type, declared once.

Field docs are Vietnamese because they are shown to editors in the generated
field reference (CONTRIBUTING.md and the editors' section of the site).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from .schema import Date, Enum, Int, ListOf, MapOf, Obj, Ref, Roman, Slug, Str, Text, Url, Vocab, spec
from .text import slugify

# A joint document's issuers are joined by dashes: 01-HDLT/BTCTW-BTGTW, 09/2008/NQLT-CP-UBTWMTTQVN.
CODE_PATTERN = (r"[0-9]+[a-zA-Z]?(-[A-Za-zĐđ]+/[A-Za-zĐđ.]+(-[A-Za-zĐđ]+)*|/[0-9]{4}/[A-Za-zĐđ]+-[A-Za-zĐđ]+(-[A-Za-zĐđ]+)*"
                r"|/[0-9]{4}/(UBTV)?QH[0-9]{1,2}"  # the National Assembly's and its Standing Committee's: 15/2023/QH15
                r"|/[A-Za-zĐđ]+-[A-Za-zĐđ]+(-[A-Za-zĐđ]+)*)")


@dataclass(kw_only=True)
class Source:
    """content/nguon/<id>.yml: an article or page that content is drawn from."""

    id: str = spec(Slug(), required=True, doc="Mã nguồn, lấy từ tên tệp.", source="path")
    title: str = spec(Str(name=True), required=True, doc="Tên bài viết hoặc trang, như nguồn ghi.")
    kind: str = spec(Vocab("source_kinds"), required=True,
                     doc="Loại nguồn: bai-viet (bài về một chi bộ), tin-bao (tin, bài trên báo, cổng thông tin), "
                         "trang-phap-ly, van-ban, sach. Dữ kiện văn bản chỉ có nguồn bai-viet được ghi kèm "
                         "“theo bài viết …; chưa đối chiếu với văn bản gốc” ở mọi nơi văn bản được nêu đủ.")
    author: str = spec(Str(), doc="Tác giả, nếu nguồn ghi.")
    unit: str = spec(Str(), doc="Đơn vị của tác giả hoặc nơi đăng.")
    publication: str = spec(Str(), doc="Nơi đăng (báo, cổng thông tin, cuộc thi...).")
    date: dt.date = spec(Date(past="ghi ngày bài đã đăng, như nguồn ghi"), doc="Ngày đăng, nếu nguồn ghi.")
    url: str = spec(Url(), doc="Địa chỉ công khai, nếu có.")
    note: str = spec(Text(), doc="Ghi chú của biên tập viên về nguồn.")


@dataclass(kw_only=True)
class Quote:
    """A quotation: always short, always with its source."""

    text: str = spec(Str(max_len=400, quoted_on_page=True), required=True, doc="Nguyên văn câu trích, không kèm dấu ngoặc kép.")
    source: str = spec(Ref("source"), required=True, doc="Mã nguồn chứa câu trích.")
    speaker: str = spec(Str(), doc="Người hoặc tập thể nói/viết câu này, như nguồn ghi.")


# Where an agenda item's title ends and its note begins in a Markdown agenda's "Nội dung" cell: the
# em dash, the en dash, or one or two hyphens, then "Lưu ý:". A title never holds it, so the cell
# always reads back as the title and the note it was written from.
AGENDA_NOTE_SPLIT = r"\s+(?:—|–|--?)\s*Lưu ý\s*:\s*"
# How the handbook writes it in a Markdown agenda's cell.
AGENDA_NOTE_MARK = " — Lưu ý: "


@dataclass(kw_only=True)
class AgendaItem:
    title: str = spec(Str(name=True, pattern=f"(?:(?!{AGENDA_NOTE_SPLIT}).)*",
                          pattern_help="nội dung của bước, không có '— Lưu ý:' (lưu ý của bước ghi ở trường notes)"),
                      required=True, doc="Nội dung của bước.")
    minutes: int = spec(Int(1, 240, unit="phút"), required=True, doc="Thời gian dự kiến (phút).")
    lead: str = spec(Str(), required=True, doc="Người chủ trì hoặc thực hiện.")
    record: str = spec(Str(max_len=500), required=True, doc="Thư ký ghi gì vào biên bản ở bước này.")
    notes: str = spec(Str(max_len=600), doc="Lưu ý thêm.")


@dataclass(kw_only=True)
class Agenda:
    """A sample agenda inside a model meeting."""

    kind: str = spec(Vocab("meeting_kinds"), required=True, doc="Loại buổi sinh hoạt.")
    basis: str = spec(Enum("ghi-nhan", "goi-y"), required=True,
                      doc="Chương trình thật hay gợi ý: ghi-nhan nếu nguồn ghi lại chương trình thật; "
                          "goi-y nếu là chương trình gợi ý dựng từ cách làm của chi bộ.")
    # As long as a sample agenda's note: the agenda's Markdown download is one, and loads back.
    note: str = spec(Text(max_len=600), required=True, doc="Giải thích chương trình được dựng từ đâu (tối đa 600 ký tự).")
    items: list = spec(ListOf(Obj(AgendaItem), min_items=3), required=True, doc="Các bước theo thứ tự.")


@dataclass(kw_only=True)
class SampleAgenda:
    """content/chuong-trinh/<slug>.yml (or .md, as its download has it): a sample agenda a cell can copy."""

    slug: str = spec(Slug(), required=True, doc="Đường dẫn, lấy từ tên tệp.", source="path")
    title: str = spec(Str(name=True), required=True, doc="Tên chương trình.")
    summary: str = spec(Str(max_len=400), required=True, doc="Tóm tắt một hai câu.")
    kind: str = spec(Vocab("meeting_kinds"), required=True, doc="Loại buổi sinh hoạt.")
    audience: list = spec(ListOf(Vocab("audiences"), min_items=1), required=True, doc="Dành cho ai.")
    items: list = spec(ListOf(Obj(AgendaItem), min_items=3), required=True, doc="Các bước theo thứ tự.")
    notes: list = spec(ListOf(Str(max_len=600)), doc="Lưu ý chung khi dùng chương trình.")
    related: list = spec(ListOf(Ref("page")), doc="Trang liên quan.")
    sources: list = spec(ListOf(Ref("source"), min_items=1), required=True, doc="Nguồn của nội dung.")
    references: list = spec(ListOf(Ref("document")), doc="Văn bản làm căn cứ (mã trong sổ văn bản).")
    tags: list = spec(ListOf(Str(max_len=60)), doc="Từ khóa cho tìm kiếm: cách người đọc hay gọi chương trình mà tên của nó không có.")
    reviewed: dt.date = spec(Date(past=True), required=True, doc="Ngày rà soát gần nhất.")

    @property
    def page_key(self) -> str:
        """The page's key: its section and slug."""
        return f"chuong-trinh/{self.slug}"


@dataclass(kw_only=True)
class Guidance:
    """content/huong-dan/<slug>.md: front matter plus a Markdown body."""

    slug: str = spec(Slug(), required=True, doc="Đường dẫn, lấy từ tên tệp.", source="path")
    title: str = spec(Str(name=True), required=True, doc="Tiêu đề trang.")
    summary: str = spec(Str(max_len=400), required=True, doc="Tóm tắt một hai câu, hiện ở đầu trang và trong danh sách.")
    audience: list = spec(ListOf(Vocab("audiences"), min_items=1), required=True, doc="Dành cho ai.")
    tags: list = spec(ListOf(Str(max_len=60)), doc="Từ khóa tự do.")
    reviewed: dt.date = spec(Date(past=True), required=True, doc="Ngày rà soát gần nhất.")
    sources: list = spec(ListOf(Ref("source"), min_items=1), required=True, doc="Nguồn của nội dung.")
    references: list = spec(ListOf(Ref("document")), doc="Văn bản làm căn cứ (mã trong sổ văn bản).")
    related: list = spec(ListOf(Ref("page")), doc="Trang liên quan.")
    quotes: list = spec(ListOf(Obj(Quote)), doc="Câu trích nguyên văn, mỗi câu ghi nguồn.")
    body: str = spec(Text(min_len=200, max_len=60000), required=True, doc="Nội dung trang (phần sau phần đầu).", source="body")

    @property
    def page_key(self) -> str:
        """The page's key: its section and slug."""
        return f"huong-dan/{self.slug}"


@dataclass(kw_only=True)
class Cell:
    name: str = spec(Str(name=True), required=True, doc="Tên chi bộ, như nguồn ghi.")
    parent: str = spec(Str(), required=True, doc="Cấp ủy cấp trên trực tiếp.")
    province: str = spec(Str(), doc="Tỉnh, thành phố.")
    members: int = spec(Int(1, 2000), doc="Số đảng viên, như nguồn ghi.")
    facts: list = spec(ListOf(Str(max_len=400)), doc="Các số liệu khác về chi bộ, như nguồn ghi.")
    year: int = spec(Int(1930, 2100), doc="Năm của số liệu (năm bài viết).")


@dataclass(kw_only=True)
class Practice:
    title: str = spec(Str(name=True), required=True, doc="Tên cách làm.")
    text: str = spec(Text(), required=True, doc="Mô tả cách làm, viết bằng lời của mình.")


@dataclass(kw_only=True)
class Meeting:
    """content/mo-hinh/<slug>.yml: a real cell's practice and a sample agenda."""

    slug: str = spec(Slug(), required=True, doc="Đường dẫn, lấy từ tên tệp.", source="path")
    title: str = spec(Str(name=True), required=True, doc="Tiêu đề trang.")
    summary: str = spec(Str(max_len=400), required=True, doc="Tóm tắt một hai câu.")
    cell: Cell = spec(Obj(Cell), required=True, doc="Thông tin về chi bộ.")
    practices: list = spec(ListOf(Obj(Practice), min_items=2), required=True, doc="Các cách làm của chi bộ.")
    results: list = spec(ListOf(Str(max_len=600), min_items=1), required=True, doc="Kết quả, như nguồn ghi.")
    lessons: list = spec(ListOf(Str(max_len=600), min_items=1), required=True,
                         doc="Bài học rút ra: nhận xét của Sổ tay (trang ghi sẵn điều đó), không phải lời của bài viết.")
    agenda: Agenda = spec(Obj(Agenda), required=True, doc="Chương trình mẫu.")
    quotes: list = spec(ListOf(Obj(Quote)), doc="Câu trích nguyên văn, mỗi câu ghi nguồn.")
    related: list = spec(ListOf(Ref("page")), doc="Trang liên quan.")
    sources: list = spec(ListOf(Ref("source"), min_items=1), required=True, doc="Nguồn của nội dung.")
    references: list = spec(ListOf(Ref("document")), doc="Văn bản làm căn cứ (mã trong sổ văn bản).")
    reviewed: dt.date = spec(Date(past=True), required=True, doc="Ngày rà soát gần nhất.")

    @property
    def page_key(self) -> str:
        """The page's key: its section and slug."""
        return f"mo-hinh/{self.slug}"


@dataclass(kw_only=True)
class Library:
    """content/chuyen-de/<library>/_thu-vien.yml: a topic library."""

    slug: str = spec(Slug(), required=True, doc="Đường dẫn, lấy từ tên thư mục.", source="path")
    title: str = spec(Str(name=True), required=True, doc="Tên thư viện chuyên đề.")
    owner: str = spec(Str(), required=True, doc="Đơn vị xây dựng thư viện.")
    summary: str = spec(Str(max_len=600), required=True, doc="Giới thiệu ngắn.")
    notes: list = spec(ListOf(Str(max_len=600)), doc="Ghi chú về nguồn gốc các chuyên đề.")
    sources: list = spec(ListOf(Ref("source"), min_items=1), required=True, doc="Nguồn.")
    reviewed: dt.date = spec(Date(past=True), required=True, doc="Ngày rà soát gần nhất.")

    @property
    def page_key(self) -> str:
        """The library's index page."""
        return f"chuyen-de/{self.slug}"


@dataclass(kw_only=True)
class OutlineSection:
    heading: str = spec(Str(), required=True, doc="Tên phần (dòng `###` trong tệp).")
    points: list = spec(ListOf(Str(max_len=800), min_items=1, unit="ý"), required=True, doc="Các ý (dòng `- ` trong tệp).")


@dataclass(kw_only=True)
class Topic:
    """content/chuyen-de/<library>/<slug>.md: a topic outline (đề cương chuyên đề)."""

    library: str = spec(Slug(), required=True, doc="Thư viện, lấy từ tên thư mục.", source="path")
    slug: str = spec(Slug(), required=True, doc="Đường dẫn, lấy từ tên tệp.", source="path")
    title: str = spec(Str(name=True), required=True, doc="Tên chuyên đề.")
    category: str = spec(Vocab("categories"), required=True, doc="Nhóm chủ đề.")
    presenter: str = spec(Str(), required=True, doc="Người nên được phân công chuẩn bị và trình bày.")
    # 90: the shortest meeting Hướng dẫn 42-HD/BTCTW allows (content/nguon/web-luatvietnam-hd42.yml; research
    # meeting-guidance-facts.md F3.8, confirmed). 240 is the handbook's own bound: no directive is named for it.
    duration: int = spec(Int(90, 240, unit="phút", below="theo Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025, "
                                                         "mỗi buổi sinh hoạt chi bộ kéo dài ít nhất 90 phút"), required=True,
                         doc="Thời lượng dự kiến (phút), ít nhất 90: theo Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025, "
                             "mỗi buổi sinh hoạt kéo dài ít nhất 90 phút.")
    references: list = spec(ListOf(Ref("document"), min_items=1), required=True, doc="Văn bản làm căn cứ (mã trong sổ văn bản).")
    sources: list = spec(ListOf(Ref("source")), doc="Nguồn (nếu chuyên đề lấy từ bài viết về một chi bộ).")
    origin: str = spec(Str(max_len=400), doc="Chuyên đề này do ai xây dựng, như nguồn ghi.")
    tags: list = spec(ListOf(Str(max_len=60)), doc="Từ khóa cho tìm kiếm: cách người đọc hay gọi chủ đề mà tên của nó không có.")
    reviewed: dt.date = spec(Date(past=True), required=True, doc="Ngày rà soát gần nhất.")
    purpose: str = spec(Text(), required=True, source="body",
                        doc="Mục đích: đoạn văn dưới mục `## Mục đích`, không có tiêu đề con (tên ý viết in đậm ở đầu đoạn).")
    requirements: list = spec(ListOf(Str(max_len=800), min_items=1, unit="ý"), required=True,
                              doc="Yêu cầu: các dòng gạch đầu dòng (`- `) dưới mục `## Yêu cầu`.", source="body")
    sections: list = spec(ListOf(Obj(OutlineSection), min_items=4, unit="phần ###"), required=True,
                          doc="Nội dung: các phần `###`, mỗi phần có các ý gạch đầu dòng, dưới mục `## Nội dung`. "
                              "Không cần tự đánh số phần hay ý (I., Phần 1:, a)): trang và bản DOCX tự đánh số.", source="body")
    questions: list = spec(ListOf(Str(max_len=800), min_items=3, unit="câu hỏi"), required=True,
                           doc="Câu hỏi thảo luận: các dòng đánh số (`1.`, `2.`…) dưới mục `## Câu hỏi thảo luận`.", source="body")
    conclusion: str = spec(Text(), required=True, doc="Kết luận dự kiến: đoạn văn dưới mục `## Kết luận dự kiến`, không có tiêu đề con.", source="body")

    @property
    def page_key(self) -> str:
        """The page's key: under its library."""
        return f"chuyen-de/{self.library}/{self.slug}"


@dataclass(kw_only=True)
class FormSection:
    heading: str = spec(Str(), required=True, doc="Tên phần (dòng `##` của khung trên trang, mục I., II.… của bản DOCX).")
    lines: list = spec(ListOf(Str(max_len=400)),
                       doc="Các dòng để điền, chỗ trống ghi trong ngoặc vuông ([họ tên], [..]); dòng bắt đầu bằng `- ` "
                           "là dòng con của dòng ngay trên nó. Để trống khi phần chỉ có tên (ví dụ Nội dung 2).")


@dataclass(kw_only=True)
class FormSigners:
    right: str = spec(Str(max_len=60), required=True,
                      doc="Người ký chính, bên phải: CHỦ TRÌ ở biên bản; T/M CHI BỘ ở văn bản ký thay mặt chi bộ (trang và bản DOCX viết in hoa).")
    right_title: str = spec(Str(max_len=60), doc="Chức vụ người ký dưới dòng thẩm quyền, ví dụ BÍ THƯ dưới T/M CHI BỘ (viết in hoa khi hiện ra).")
    left: str = spec(Str(max_len=60),
                     doc="Người ký bên trái, ví dụ NGƯỜI GHI BIÊN BẢN (viết in hoa khi hiện ra); bỏ trống khi văn bản có nơi nhận (bên trái là Nơi nhận).")


@dataclass(kw_only=True)
class Form:
    """content/mau/<slug>.yml: a form a cell fills in (the minutes, a resolution), shown on the guidance
    page that names it (a ```mau block) and downloaded as a DOCX laid out as a Party document."""

    slug: str = spec(Slug(), required=True, doc="Đường dẫn, lấy từ tên tệp.", source="path")
    title: str = spec(Str(name=True), required=True, doc="Tên mẫu, là tên của tệp DOCX tải về, ví dụ Mẫu biên bản sinh hoạt chi bộ.")
    type_name: str = spec(Str(max_len=40), required=True, doc="Tên loại văn bản, ví dụ Biên bản: dòng tên loại (chữ in hoa) của bản DOCX.")
    subject: str = spec(Str(), required=True,
                        doc="Trích yếu sau tên loại, chữ thường, ví dụ sinh hoạt chi bộ [thường kỳ / chuyên đề] tháng [..]/[....]; "
                            "khung trên trang mở đầu bằng tên loại và trích yếu viết in hoa.")
    number: str = spec(Str(max_len=20, pattern=r"[A-ZĐ]+/[A-ZĐ]+",
                           pattern_help="ký hiệu chữ in hoa, không kèm số (mẫu tự thêm chỗ điền số), ví dụ NQ/CB hoặc KH/CB"),
                       doc="Ký hiệu của văn bản có số, ví dụ NQ/CB: bản DOCX ghi Số ......-NQ/CB dưới tên chi bộ, khung trên "
                           "trang ghi Số [..]-NQ/CB. Bỏ trống với văn bản không có số (biên bản).")
    preamble: list = spec(ListOf(Str(max_len=400)),
                          doc="Các dòng trước phần I, không đánh số (căn cứ, thành phần dự); dòng viết toàn chữ in hoa, như "
                              "QUYẾT NGHỊ:, đứng riêng ở giữa, chữ đậm trong bản DOCX.")
    sections: list = spec(ListOf(Obj(FormSection), min_items=1), required=True, doc="Các phần của mẫu, theo thứ tự.")
    signers: FormSigners = spec(Obj(FormSigners), required=True, doc="Người ký cuối văn bản.")
    recipients: list = spec(ListOf(Str(max_len=120)),
                            doc="Nơi nhận, mỗi nơi một dòng, nơi lưu ở cuối (ví dụ Lưu chi bộ): khung trên trang và bản DOCX "
                                "thêm dấu - ở đầu, dấu ; hoặc dấu . ở cuối. Văn bản có nơi nhận thì bỏ trống signers.left.")
    reviewed: dt.date = spec(Date(past=True), required=True, doc="Ngày rà soát gần nhất.")
    # The guidance page that shows the form (its ```mau block), found by the loader: not written in the file.
    page: str | None = None

    @property
    def page_key(self) -> str | None:
        """The guidance page that shows the form, if any: a form has no page of its own."""
        return self.page


FACTS = ("code", "name", "issuing_body", "term", "date", "year", "title", "status", "replaced_by", "aliases")
# What a registry entry may name sources for: each fact, and its note when the note reports what a
# source says (a note may also be the handbook's own remark, so its sources are optional).
SOURCED = (*FACTS, "note")
# Facts that follow from another: a document's scope and province from its issuer (or its code).
_FOLLOWS = ("Phạm vi và tỉnh suy ra từ cơ quan ban hành (hoặc số hiệu), nên trang ghi cho chúng nguồn của dữ kiện ấy: "
            "bỏ dòng này, và ghi nguồn cho issuing_body.")
DERIVED_FACTS = {"scope": _FOLLOWS, "province": _FOLLOWS}


@dataclass(kw_only=True)
class DocumentPoint:
    """One thing a document asks, as a source reports it: what a member looks the document up for."""

    text: str = spec(Str(max_len=400), required=True, doc="Điều văn bản yêu cầu, viết lại bằng lời của Sổ tay, đúng như nguồn nêu.")
    sources: list = spec(ListOf(Ref("source"), min_items=1), required=True, doc="Mã các nguồn nêu điều này.")


def code_mended(code: str) -> str | None:
    """What a registry entry's code miswritten was meant to be ("12-HD/BTC TW", "24-QD/TW"), read as
    a citation of it is read, said as the checker says it."""
    from .diagnostics import quoted
    from .registry import miswritten_code  # the registry is built on this model

    meant = miswritten_code(code)
    return meant and f"Số hiệu {quoted(code)} viết sai; viết như văn bản ghi: {meant}."


@dataclass(kw_only=True)
class Document:
    """content/van-ban/<slug>.yml: one directive, resolution, guideline or state document."""

    id: str = spec(Str(max_len=80), required=True, doc="Mã trong sổ: số hiệu kèm năm, ví dụ 10-CT/TW-2007; văn bản địa phương thêm tên tỉnh.")
    type: str = spec(Vocab("document_types"), required=True, doc="Loại văn bản.")
    code: str = spec(Str(max_len=40, pattern=CODE_PATTERN, pattern_help="số hiệu như 10-CT/TW hoặc 111/2022/NĐ-CP",
                         mended=code_mended), doc="Số hiệu, ví dụ 10-CT/TW.")
    name: str = spec(Str(name=True), doc="Tên gọi khi văn bản không có số hiệu trong nguồn, ví dụ Nghị quyết Trung ương 4 khóa XI.")
    issuing_body: str = spec(Str(name=True), doc="Cơ quan ban hành, ví dụ Ban Bí thư.")
    term: str = spec(Roman(), doc="Khóa của Ban Chấp hành Trung ương (số La Mã).")
    date: dt.date = spec(Date(past="ghi ngày văn bản đã ban hành, như nguồn ghi"), doc="Ngày ban hành.")
    year: int = spec(Int(1930, 2100), doc="Năm ban hành, khi nguồn không ghi ngày.")
    title: str = spec(Str(name=True, max_len=400), doc="Trích yếu, như nguồn ghi.")
    scope: str = spec(Enum("trung-uong", "dia-phuong", "nha-nuoc"), required=True, doc="Văn bản Trung ương, địa phương hay nhà nước.")
    province: str = spec(Str(), doc="Tỉnh ban hành (văn bản địa phương).")
    status: str = spec(Enum("hieu-luc", "da-thay-the"), doc="Tình trạng, chỉ ghi khi có nguồn nói rõ.")
    replaced_by: str = spec(Str(max_len=80), doc="Văn bản thay thế (mã trong sổ).")
    aliases: list = spec(ListOf(Str(max_len=120)), doc="Tên gọi khác mà văn bản tự định nghĩa hoặc hay dùng.")
    examples: list = spec(ListOf(Str(max_len=300), min_items=1), required=True, doc="Cách văn bản được viết trong bài; mỗi ví dụ phải được công cụ nhận ra.")
    sources: dict = spec(MapOf(Enum(*SOURCED, told=DERIVED_FACTS), ListOf(Ref("source"), min_items=1)), required=True,
                         doc="Nguồn cho từng dữ kiện: tên dữ kiện (code, date...), rồi danh sách mã nguồn; "
                             "note: nguồn của điều ghi chú kể lại (không bắt buộc); phạm vi và tỉnh lấy nguồn của issuing_body.")
    points: list = spec(ListOf(Obj(DocumentPoint)), doc="Những điểm chính văn bản yêu cầu, như nguồn nêu; mỗi điểm ghi nguồn.")
    note: str = spec(Text(), doc="Ghi chú biên tập, ví dụ điều chưa xác minh được.")

    @functools.cached_property
    def slug(self) -> str:
        return slugify(self.id)

    @property
    def page_key(self) -> str:
        """The document's page in the registry."""
        return f"van-ban/{self.slug}"

    @property
    def issued_year(self) -> int | None:
        return self.date.year if self.date else self.year

    @property
    def id_lacks_year(self) -> bool:
        """A coded entry whose id does not hold the year it was issued (G105): its id is the typo."""
        return bool(self.code and self.issued_year and str(self.issued_year) not in self.id)

    @property
    def id_lacks_province(self) -> bool:
        """A local entry whose id does not end with its province (G108): its id is the typo."""
        return bool(self.scope == "dia-phuong" and self.province and not self.id.endswith("-" + slugify(self.province)))


@dataclass(kw_only=True)
class DocumentType:
    label: str = spec(Str(), required=True, doc="Tên loại văn bản.")
    abbr: str = spec(Str(max_len=10), required=True, doc="Chữ viết tắt trong số hiệu.")
    system: str = spec(Enum("dang", "nha-nuoc", "doan"), required=True, doc="Hệ thống văn bản.")


@dataclass(kw_only=True)
class Vocabulary:
    """content/tu-vung.yml: keys that other files use."""

    categories: dict = spec(MapOf(Slug(), Str(name="label")), required=True, doc="Nhóm chủ đề của chuyên đề.")
    audiences: dict = spec(MapOf(Slug(), Str(name="label")), required=True, doc="Đối tượng người đọc.")
    meeting_kinds: dict = spec(MapOf(Slug(), Str(name="label")), required=True, doc="Loại buổi sinh hoạt.")
    source_kinds: dict = spec(MapOf(Slug(), Str(name="label")), required=True, doc="Loại nguồn.")
    document_types: dict = spec(MapOf(Slug(), Obj(DocumentType)), required=True, doc="Loại văn bản.")


TOPIC_SECTIONS = {
    "Mục đích": "purpose",
    "Yêu cầu": "requirements",
    "Nội dung": "sections",
    "Câu hỏi thảo luận": "questions",
    "Kết luận dự kiến": "conclusion",
}
