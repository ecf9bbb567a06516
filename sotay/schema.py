"""Schema primitives: declare a field once, validate it, document it.

A content type is a dataclass whose fields carry a `spec`. The same spec drives
the validator (with line numbers), the object builder, the editors' field
reference and the scaffolding templates, so none of them can drift apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .diagnostics import Diagnostic, diag, quoted
from .source import HIDDEN_CHAR, VALUE_CONTROL, BadDate, Located
from .suggest import meant, one_letter_off
from .text import WRAPPED_IN_CURLY_QUOTES, fold, sentence_as_name, slugify, vn_today
from .urls import external_host, foreign_letters

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_URL_INSIDE = re.compile(r"https?://[^\s<>()\[\]\"']+")
_REDIRECT = re.compile(r"^https?://(?:www\.)?(google\.[a-z.]+/url\?|l\.facebook\.com/l\.php|lm\.facebook\.com/l\.php|t\.co/)", re.I)
_DROP = object()  # marks a value that failed validation


class _Told:
    def __repr__(self):
        return "TOLD"


# A list item a Markdown body parser rejected and reported itself (an agenda row with a wrong
# column, an outline line without its "- "): it counts toward the list's minimum, so the list is
# not told again as too short, and is then left out.
TOLD = _Told()
_ISO_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
_VN_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
# A date in words, as documents write it: "ngày 15 tháng 5 năm 2025", read with its marks folded away.
_WORDS_DATE = re.compile(r"^\s*(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})\s*$")
# An address without its "https://": "baohatinh.vn/..." or "www.example.org".
_NO_SCHEME = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#:]\S*)?$", re.I)
# A value opened with one kind of quote mark and closed with another: “…" or "…” (the straight
# one stays in the text when the other opened it).
_MISMATCHED_QUOTES = re.compile(r"^(?:[“”„][^\"“”]*\"|\"[^\"“”]*[“”]|[‘’][^'‘’]*'|'[^'‘’]*[‘’])$")
# A whole value inside one pair of quote marks, where the page sets it in quote marks of its own.
# A link or an image in a title: the menu, the search and the DOCX show it as written, the page
# as a link, and the build failed where the check had passed ("[x](/a/)" in a title).
_TITLE_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)[^*_\n]+?(?<=\S)\1(?![\w*])")
_TITLE_LINK = re.compile(r"!?\[[^\]\n]*\]\s*[(\[]")
_TITLE_CODE = re.compile(r"(`+)[^`\n]+\1")
_NAME_MARKUP = re.compile(r"[\[\]|\\]")
_WRAPPED = re.compile(r"^(?:“[^“”]*”|\"[^\"]*\"|‘[^‘’]*’|'[^']*'|«[^«»]*»)$")
_QUOTED = "đặt trong dấu ngoặc nên YAML đọc thành chữ; bỏ dấu ngoặc để nó được đọc là"


def label(doc: str) -> str:
    """A field's Vietnamese name, the head of its doc: "Thời lượng dự kiến (phút), ít nhất 90: ..."
    -> "Thời lượng dự kiến"."""
    return re.split(r"[.:;,](?:\s|$)|\s*\(", doc, maxsplit=1)[0].strip()


def _field(path, ctx) -> str:
    """The field a path is in as a message names it: its body heading or table column where a
    Markdown body holds it, else "Trường 'duration' (Thời lượng dự kiến)"; '' at the top."""
    names = [p for p in path if isinstance(p, str)]
    if not names:
        return ""
    told = ctx.body_names.get(".".join(names))
    if told:
        return told
    end = next((end for end in range(len(path), 0, -1) if path[:end] in ctx.specs), 0)
    if not end:
        return f"Trường {names[-1]!r}"
    s = ctx.specs[path[:end]]
    if s.source == "body":  # the editor wrote no field name for it: "Nội dung trang"
        return label(s.doc)
    # A map's own keys after the field ("sources.code" of a registry entry) name the line told.
    dotted = ".".join(p for p in path[end - 1:] if isinstance(p, str))
    return f"Trường {dotted!r}" + (f" ({label(s.doc)})" if s.doc else "")


def _about(path, ctx, what: str) -> str:
    """A message on the value at `path` that starts with the field it is in (a list's item is
    "mục này" of it)."""
    name = _field(path, ctx)
    if not name:
        return what[:1].upper() + what[1:]
    return f"{name}: mục này {what}" if isinstance(path[-1], int) else f"{name} {what}"


def _bounds(lo, hi, unit="") -> str:
    """An allowed range in words: "từ 90 đến 240 phút", "ít nhất 1", "nhiều nhất 240 phút"."""
    unit = f" {unit}" if unit else ""
    if lo is not None and hi is not None:
        return f"từ {lo} đến {hi}{unit}"
    return f"ít nhất {lo}{unit}" if lo is not None else f"nhiều nhất {hi}{unit}"


@dataclass
class Context:
    """What validation needs besides the value: where it is and what it may refer to."""

    rel: str
    located: Located
    vocab: dict[str, dict] = field(default_factory=dict)  # vocabulary -> {key: label}
    refs: list = field(default_factory=list)  # (kind, value, rel, line, col)
    problems: list[Diagnostic] = field(default_factory=list)
    in_body: frozenset = frozenset()  # fields a Markdown body holds: when missing, the body parser says so (B101)
    body_names: dict = field(default_factory=dict)  # field, dotted -> how an editor names it ("Mục '## Câu hỏi thảo luận'")
    specs: dict = field(default_factory=dict)  # path of each field checked -> its Spec, to name it in a message
    unknown: list = field(default_factory=list)  # paths of keys no field has: their values are not content
    body_line: int = 0  # a Markdown file's first line of body, which a front matter's syntax error leaves whole
    outer: frozenset = frozenset()  # the file's top-level fields: one indented into a block is told so
    # A block's field written a level out ("parent:" under "cell:" lost its indent): told there (S101),
    # not again as missing from its block (S102), where adding it would write it twice.
    dedented: set = field(default_factory=set)

    def report(self, path, code, message, key=False, at=None):
        line, col = at or (self.located.key_pos(path) if key else self.located.pos(path))
        self.problems.append(diag(self.rel, line, col, code, message))


class Type:
    label = "giá trị"

    def check(self, value, path, ctx: Context):
        return value

    def example(self):
        return ""


class Str(Type):
    label = "chuỗi một dòng"

    def __init__(self, min_len=1, max_len=300, pattern=None, pattern_help="", quoted_on_page=False, name=False, mended=None):
        self.min_len, self.max_len = min_len, max_len
        self.pattern, self.pattern_help = pattern, pattern_help
        self.mended = mended  # value -> the message naming what was meant, where a refused value says it
        self.quoted_on_page = quoted_on_page  # the page sets the value in quote marks of its own
        # A name the site writes into its lists, tables, links and headings (a title, a cell's name, an
        # issuer): True; "label", a vocabulary's label, kept when refused (its key still names it).
        self.name = name

    def check(self, value, path, ctx):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # "10" written without quotes is still a number-as-text
        if isinstance(value, dict) and len(value) == 1 and not isinstance(self, Ref):
            # "- Kết quả: đảng viên phát biểu nhiều hơn" reads as a key and its value.
            # Wrapped in curly quotes, the editor thinks it quoted: YAML's quotes are the straight ones.
            curly = str(next(iter(value))).lstrip()[:1] in "“‘"
            ctx.report(path, "S103", f"Cần {self.label}, nhưng dấu ': ' trong chữ làm YAML đọc thành 'tên trường: giá trị': "
                                     + ("ngoặc cong “ ” không phải ngoặc kép của YAML: đặt cả giá trị trong ngoặc kép thẳng "
                                        "\"...\" (ngoặc cong giữ được ở bên trong)." if curly else "đặt cả giá trị trong ngoặc kép \"...\"."))
            return _DROP
        if isinstance(value, list) and not isinstance(self, Ref) and path in ctx.located.key_at \
                and ctx.located.pos(path)[0] > ctx.located.key_at[path][0]:
            # Lines of "- " under the field: a list written where one line of text goes.
            ctx.report(path, "S103", f"Cần {self.label}, gặp danh sách (các dòng ‘- ’ dưới tên trường): trường này là một "
                                     "đoạn chữ; nối các ý thành câu trên cùng một dòng sau tên trường, ngăn bằng dấu chấm "
                                     "hoặc chấm phẩy.")
            return _DROP
        if isinstance(value, list) and not isinstance(self, Ref):
            # "- [Kết quả theo tiêu chí]": a form's blank, or any value, that opens with "[" is a list to YAML.
            # So is a line with two dashes ("- - Chi bộ chỉnh sửa…", a sub-point pasted as it showed).
            ctx.report(path, "S103", f"Cần {self.label}, gặp danh sách: giá trị bắt đầu bằng dấu [ (hay dòng có hai dấu gạch "
                                     "‘- - ’) thì YAML đọc thành danh sách; "
                                     "nếu đó là chữ (như chỗ để điền [họ tên]), đặt cả giá trị trong ngoặc kép \"...\".")
            return _DROP
        if isinstance(self, Ref) and isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
            # "source: [bv-…]", written as the page's `sources: […]` list is: one id, no brackets.
            ctx.report(path, "S103", f"Cần {self.label}, gặp danh sách: trường này nhận một mã, bỏ dấu [ ]: "
                                     f"viết {path[-1]}: {value[0]}." if isinstance(path[-1], str) else
                                     f"Cần {self.label}, gặp danh sách: bỏ dấu [ ], viết {value[0]}.")
            return _DROP
        if not isinstance(value, str):
            ctx.report(path, "S103", f"Cần {self.label}, gặp {_kind(value)}.")
            return _DROP
        value = value.strip()
        control = VALUE_CONTROL.search(value) or (None if isinstance(self, Text) else re.search("\t", value))
        typed_at = control and ctx.located.char_at.get(path, {}).get(control.group())
        if control and HIDDEN_CHAR.match(control.group()) and not typed_at:
            return _DROP  # typed as it is, the file's reader told it where it stands (E010)
        if control and HIDDEN_CHAR.match(control.group()):
            ctx.report(path, "E006", f"Ký tự vô hình U+{ord(control.group()):04X} trong giá trị (ký tự định dạng hoặc ô trống, "
                                     "dán từ nơi khác hay viết \\u... trong chuỗi YAML có ngoặc kép): hãy xóa nó.", at=typed_at)
            return _DROP
        if control and control.group() == "\t":
            # A point of an outline, a title: one line of words, where Word left its tab.
            ctx.report(path, "E006", "Ký tự Tab (U+0009) trong giá trị một dòng này, thường dán từ Word: thay bằng một dấu cách.",
                       at=typed_at)
            return _DROP
        if control:
            ctx.report(path, "E006", f"Ký tự điều khiển U+{ord(control.group()):04X} trong giá trị (thường do viết \\r, \\x.., "
                                     "\\u... trong chuỗi YAML có ngoặc kép): hãy xóa nó.", at=typed_at)
            return _DROP
        if "\n" in value and not isinstance(self, Text):
            ctx.report(path, "S103", "Trường này viết trên một dòng (sau dấu ':', không dùng '|' hay '>' rồi xuống dòng); "
                                     "dòng dài cũng được, không cần ngắt.")
            return _DROP
        if len(value) < self.min_len:
            ctx.report(path, "S107", _about(path, ctx, "không được để trống.") if self.min_len == 1 else
                       _about(path, ctx, f"phải dài ít nhất {self.min_len} ký tự, ở đây có {len(value)}: hãy viết thêm."))
            return _DROP
        if self.max_len and len(value) > self.max_len:
            ctx.report(path, "S107", _about(path, ctx, f"dài {len(value)} ký tự, tối đa {self.max_len}; hãy viết gọn lại."))
            return _DROP
        if _MISMATCHED_QUOTES.match(value):
            # `title: “…"` is text to YAML, so the page showed both marks: the editor meant YAML's quotes.
            ctx.report(path, "S107", f"Giá trị mở bằng {value[0]} và đóng bằng {value[-1]}: YAML chỉ nhận ngoặc thẳng \"...\" "
                                     "làm ngoặc của giá trị, ngoặc cong “ ” thì hiện ra trên trang. Bỏ hai dấu này, hoặc viết "
                                     "\"...\" ở cả hai đầu.")
            return _DROP
        if value[-1:] in ("\"", "'") and value.count(value[-1]) % 2:
            # `title: Phòng, chống lãng phí"`: the opening mark forgotten, YAML reads it all as text and
            # the page's heading ended in the quote.
            ctx.report(path, "S107", f"Giá trị kết thúc bằng dấu {value[-1]} mà không có dấu mở: thêm {value[-1]} ở đầu giá "
                                     f"trị (ngay sau dấu hai chấm và dấu cách), hoặc bỏ dấu {value[-1]} ở cuối.")
            return _DROP
        if self.quoted_on_page and _WRAPPED.match(value):
            ctx.report(path, "S107", f"Trang tự đặt câu trích trong ngoặc kép, nên hai dấu {value[0]} {value[-1]} ở đầu và cuối "
                                     "sẽ hiện thành hai lần ngoặc: bỏ chúng, chỉ ghi lời trích.")
            return _DROP
        if not isinstance(self, Text) and WRAPPED_IN_CURLY_QUOTES.match(value):
            # A warning: a title may be a quoted phrase, but far more often the marks were meant as YAML's.
            ctx.report(path, "S112", f"Cả giá trị nằm trong ngoặc cong {value[0]}…{value[-1]}, và hai dấu này hiện ra trên trang "
                                     "(tiêu đề, danh sách, DOCX): YAML chỉ nhận ngoặc thẳng \"...\" làm ngoặc của giá trị. Bỏ "
                                     "hai dấu này, trừ khi cả giá trị đúng là một câu trích.")
        if path and path[-1] == "title" and _TITLE_LINK.search(value):
            ctx.report(path, "S107", "Tiêu đề là chữ, không chứa liên kết hay ảnh [..](..): mục lục, tìm kiếm và bản DOCX "
                                     "hiện nguyên các dấu ấy. Đặt liên kết trong phần nội dung.")
            return _DROP
        if path and path[-1] == "title" and _TITLE_EMPHASIS.search(value):
            # The page's heading showed it in italics, its tab, the menu and the lists with the stars.
            ctx.report(path, "S107", "Tiêu đề là chữ thường, không in nghiêng hay in đậm bằng * hoặc _: thẻ trình duyệt, mục lục "
                                     "và danh sách hiện nguyên các dấu ấy. Bỏ các dấu * hoặc _.")
            return _DROP
        if path and path[-1] == "title" and _TITLE_CODE.search(value):
            # The heading showed it in a code font, the tab, the menu and the lists with the backticks.
            ctx.report(path, "S107", "Tiêu đề là chữ thường, không đặt chữ trong dấu ` ` (kiểu chữ mã): thẻ trình duyệt, mục lục "
                                     "và danh sách hiện nguyên các dấu ấy. Bỏ các dấu `.")
            return _DROP
        if self.name is True and value.isupper() and len(value.split()) >= 3:
            # As a printed Party document sets its title line ("VỀ NÂNG CAO CHẤT LƯỢNG …"): the site's
            # lists, links and DOCX said it so too, and only its "về" in small letters.
            ctx.report(path, "S107", _about(path, ctx, "viết in hoa toàn bộ, như dòng tên trên bản in: viết như câu thường (chữ "
                                                   "đầu và tên riêng viết hoa); trang và bản DOCX tự in hoa chỗ cần in hoa."))
            return _DROP
        mark = self.name and _NAME_MARKUP.search(value)
        if mark:
            # A name is written into the lists, tables and links the site makes of it: "\\|" forged a
            # table cell ("Hiện hành" beside a replaced directive), "]" broke the link to the page,
            # and a name ending in "\\" made its heading a paragraph.
            ctx.report(path, "S107", _about(path, ctx, f"có dấu {mark.group()}: danh sách, bảng và liên kết của trang đọc các "
                                                   "dấu [ ] | \\ thành định dạng. Hãy bỏ dấu này hoặc thay bằng ngoặc đơn ( ), "
                                                   "dấu phẩy."))
            # A vocabulary's key stays: every page that names it would be told it is unknown too.
            return value if self.name == "label" else _DROP
        if self.pattern and not re.fullmatch(self.pattern, value):
            told = self.mended and self.mended(value)
            ctx.report(path, "S107", told or f"Giá trị {quoted(value)} không đúng dạng {self.pattern_help}.")
            return _DROP
        return value

    def example(self):
        return "..."


class Text(Str):
    label = "đoạn văn (Markdown)"

    def __init__(self, min_len=1, max_len=20000):
        super().__init__(min_len, max_len)


class Slug(Str):
    label = "mã không dấu (chữ thường, số, gạch ngang)"

    def check(self, value, path, ctx):
        value = super().check(value, path, ctx)
        if value is not _DROP and not _SLUG.match(value):
            ctx.report(path, "S106", f"{value!r} phải là chữ thường không dấu nối bằng gạch ngang.")
            return _DROP
        return value


class Url(Str):
    label = "địa chỉ http(s)"

    def check(self, value, path, ctx):
        value = super().check(value, path, ctx)
        if value is not _DROP and not _URL.match(value):
            if _NO_SCHEME.match(value):
                # Copied from the address bar without its scheme, which browsers hide.
                ctx.report(path, "S107", f"{value!r} thiếu phần đầu https:// của địa chỉ: viết https://{value} "
                                         "(chép nguyên địa chỉ trên thanh địa chỉ của trình duyệt).")
            elif (inside := _URL_INSIDE.search(value)) and _URL.match(inside.group()):
                # "[Báo](https://…)", "<https://…>", an address with a space typed into it: the address alone.
                ctx.report(path, "S107", f"{value!r} không phải một địa chỉ: chỉ chép địa chỉ, bắt đầu bằng http, không kèm "
                                         f"chữ, dấu ngoặc hay dấu cách (ở đây có thể là {inside.group()}).")
            else:
                ctx.report(path, "S107", f"{value!r} không phải địa chỉ http(s): chép nguyên địa chỉ trên thanh địa chỉ của "
                                         "trình duyệt, bắt đầu bằng https://.")
            return _DROP
        if value is not _DROP and (target := _REDIRECT.match(value)):
            # A search engine's or a social network's link to the article, not the article's address.
            site = "Google" if "google" in target.group(1).lower() else "Facebook" if "facebook" in target.group(1).lower() else "X (Twitter)"
            ctx.report(path, "S107", f"{value!r} là địa chỉ chuyển tiếp của {site}, không phải địa chỉ của bài: "
                                     "mở bài rồi chép địa chỉ trên thanh địa chỉ của trình duyệt.")
            return _DROP
        if value is not _DROP and ("\\" in value or "@" in re.split(r"[/?#]", value.split("://", 1)[1], maxsplit=1)[0]):
            # "https://baonghean.vn\@evil.example/": the page named baonghean.vn and linked to evil.example.
            ctx.report(path, "S107", f"{value!r}: địa chỉ có dấu '\\', hoặc dấu '@' trước tên trang, nên trình duyệt mở một trang "
                                     "khác với trang ghi trên Sổ tay; hãy chép nguyên địa chỉ trên thanh địa chỉ của trình duyệt.")
            return _DROP
        if value is not _DROP and (foreign := foreign_letters(value)):
            # Named as the browser shows the host (an "xn--…" one decoded), each letter as typed there.
            typed = [c for c in dict.fromkeys(value) if c.lower() in foreign] or foreign
            letters = ", ".join(f"'{c}' ({unicodedata.name(c, '?')})" for c in typed)
            ctx.report(path, "S107", f"{value!r}: tên trang {external_host(value)!r} có chữ không phải chữ tiếng Việt: {letters}. "
                                     "Chữ ấy trông giống chữ thường gõ nhưng làm địa chỉ dẫn tới một trang khác; hãy gõ lại "
                                     "tên trang bằng bàn phím, hoặc chép nguyên địa chỉ trên thanh địa chỉ của trình duyệt.")
            return _DROP
        if value is not _DROP and not _host_and_port_read(value):
            # "https://[::1/", "https://x.vn:99999/": no browser opens it, and the build's own link check failed on it.
            ctx.report(path, "S107", f"{value!r}: tên trang hoặc số cổng (sau dấu ':') trong địa chỉ không hợp lệ, trình duyệt "
                                     "không mở được; hãy chép nguyên địa chỉ trên thanh địa chỉ của trình duyệt.")
            return _DROP
        return value

    def example(self):
        return "https://..."


def _host_and_port_read(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return bool(parts.hostname) and (parts.port is None or parts.port > 0)
    except ValueError:
        return False


class Roman(Str):
    label = "số La Mã, ví dụ XIII"

    def check(self, value, path, ctx):
        value = super().check(value, path, ctx)
        if value is not _DROP and not (value and _ROMAN.match(value)):
            ctx.report(path, "S107", f"{value!r} không phải số La Mã viết hoa (ví dụ XIII).")
            return _DROP
        return value

    def example(self):
        return "XIII"


# Hours where minutes are asked: "2 giờ", "1 tiếng", "1h30", "1 giờ 30 phút".
_HOURS = re.compile(r"(\d{1,2})\s*(?:giờ|tiếng|h)(?:\s*(\d{1,2})(?:\s*(?:phút|p))?)?", re.IGNORECASE)


class Int(Type):
    label = "số nguyên"

    def __init__(self, lo=None, hi=None, unit="", below=""):
        # `below`: why a smaller value is wrong, only where a directive says so (with the directive named).
        self.lo, self.hi, self.unit, self.below = lo, hi, unit, below

    def check(self, value, path, ctx):
        if isinstance(value, bool) or not isinstance(value, int):
            # "25 đồng chí", "5 phút" (not "0x1F", "0o17", "1e3": a number in another notation).
            number = (re.match(r"\s*([1-9]\d{0,8})\s*(?![eE][+-]?\d)[^\d\s.,]", value)
                      if isinstance(value, str) else None)
            shown = value.strip() if isinstance(value, str) else ""
            shown = shown if len(shown) <= 60 else shown[:59] + "…"  # "0xFFF…" four thousand digits long
            if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) > 18:
                ctx.report(path, "S103", f"Số {shown} quá lớn: ghi đúng con số, ví dụ 10.")
            elif re.fullmatch(r"0\d+", shown):
                # Unquoted, YAML read "010" as 8 (a number in base eight) and "08" as text.
                ctx.report(path, "S103", f"Số {shown} có số 0 ở đầu: bỏ số 0, viết {int(shown)}.")
            elif re.fullmatch(r"0[xX][0-9a-fA-F]{1,8}|0[oO][0-7]{1,10}|0[bB][01]{1,30}", shown):
                ctx.report(path, "S103", f"Số {shown} viết theo hệ khác: viết bằng chữ số thường, ở đây {int(shown, 0)}.")
            elif re.fullmatch(r"\d{1,3}(?:_\d{3})+|\d+(?:_\d+)+", shown):
                ctx.report(path, "S103", f"Số {shown} có dấu _: viết liền các chữ số, ở đây {shown.replace('_', '')}.")
            elif self.unit == "phút" and (clock := re.fullmatch(r"(\d{1,2}):([0-5]\d)", shown)):
                ctx.report(path, "S103", f"Cần số phút, gặp {shown!r}: ghi số phút, ở đây {int(clock[1]) * 60 + int(clock[2])}.")
            elif isinstance(value, str) and value.strip().isdigit():
                ctx.report(path, "S103", f"Cần số nguyên: {shown} {_QUOTED} số.")
            elif self.unit == "phút" and (hours := _HOURS.fullmatch(shown)):
                # "1 tiếng", "1 giờ 30 phút": told to write "1", an editor made a one-minute step.
                minutes = int(hours.group(1)) * 60 + int(hours.group(2) or 0)
                ctx.report(path, "S103", f"Cần số phút, gặp {shown!r}: ghi số phút, ở đây {minutes}.")
            elif number:
                # "25 đồng chí", "5 phút": the unit is the field's own.
                ctx.report(path, "S103", f"Cần số nguyên, gặp chữ {shown!r}: chỉ ghi số, ví dụ {number.group(1)}.")
            elif shown:
                ctx.report(path, "S103", f"Cần số nguyên, gặp {shown!r}: viết bằng chữ số, ví dụ 10.")
            elif isinstance(value, float) and 1 <= value < 1000 and value * 1000 == round(value * 1000):
                # "1.234": YAML read a number written with a thousands point as one and a fraction.
                ctx.report(path, "S103", f"Cần số nguyên, gặp số thực {value!r}: nếu dấu chấm ngăn hàng nghìn, viết liền, "
                                         f"ở đây {round(value * 1000)}.")
            else:
                ctx.report(path, "S103", f"Cần số nguyên, gặp {_kind(value)}: viết bằng chữ số, ví dụ 10.")
            return _DROP
        if (self.lo is not None and value < self.lo) or (self.hi is not None and value > self.hi):
            why = f" ({self.below})" if self.below and value < self.lo else ""
            ctx.report(path, "S107", _about(path, ctx, f"phải {_bounds(self.lo, self.hi, self.unit)}, ở đây ghi {value}{why}."))
            return _DROP
        return value

    def example(self):
        return self.lo if self.lo is not None else 1


def _date_problem(typed: str, year: int, month: int, day: int, past: bool = False) -> str:
    """What is wrong with a date whose year, month and day could be read: it does not exist
    (31/02/2025 is not to be rewritten as 2025-02-31), or it is written in another form, or it
    is the right form in quotes (YAML then reads text)."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        why = (f"không có năm {year}" if year < dt.MINYEAR else f"không có tháng {month}" if not 1 <= month <= 12
               else f"tháng {month}/{year} không có ngày {day}")
        return f"{quoted(typed)} không phải ngày có thật ({why}): ghi đúng ngày, dạng YYYY-MM-DD."
    # A date that must not lie ahead is told so with the way to write it, not after the fix.
    ahead = " (ngày này còn ở phía trước: ghi ngày đã rà soát, không sau hôm nay)" if past and date > vn_today() else ""
    if typed == date.isoformat():
        return f"Ngày {typed} {_QUOTED} ngày{ahead}."
    return f"{quoted(typed)} không phải ngày dạng YYYY-MM-DD: viết {date.isoformat()}{ahead}."


EARLIEST_YEAR = 1000
EARLIEST_REVIEW = 2000


class Date(Type):
    label = "ngày (YYYY-MM-DD)"

    def __init__(self, past: bool | str = False):
        # A date that records something done (a review, an issue, a publication) cannot lie ahead:
        # a future review would keep the page off the stale list for good. `past` may say what to write.
        self.past = past
        self.write = past if isinstance(past, str) else "ghi ngày đã rà soát"
        if past:
            self.label = "ngày (YYYY-MM-DD), không sau hôm nay"

    def check(self, value, path, ctx):
        if type(value) is dt.date:
            if value.year < (EARLIEST_REVIEW if self.past is True else EARLIEST_YEAR):
                # "0206-12-01" for 2026: a date YAML reads, and the page showed "01/12/206". A review
                # is this century's; a source or a document may be old (1927), but not of four digits
                # with a leading zero.
                ctx.report(path, "S104", f"Năm {value.year:04d} trong ngày {value.isoformat()} không thể có ở đây: kiểm tra lại "
                                         "các chữ số của năm.")
                return _DROP
            if self.past and value > vn_today():
                ctx.report(path, "S107", f"Ngày {value.isoformat()} còn ở phía trước; {self.write}.")
                return _DROP
            return value
        parts = None
        if isinstance(value, str) and (iso := _ISO_DATE.match(value)):
            parts = tuple(map(int, iso.groups()))
        elif isinstance(value, str) and (vn := _VN_DATE.match(value) or _WORDS_DATE.match(fold(value))):
            day, month, year = map(int, vn.groups())
            parts = (year, month, day)
        if parts is not None:
            ctx.report(path, "S104", _date_problem(value.strip(), *parts, past=self.past))
        elif isinstance(value, BadDate):
            ctx.report(path, "S104", f"{value!s} không phải ngày có thật.")
        elif isinstance(value, str):
            ctx.report(path, "S104", f"{quoted(str(value))} không phải ngày dạng YYYY-MM-DD (năm-tháng-ngày): ví dụ ngày 5 tháng 3 "
                                     "năm 2025 viết 2025-03-05.")
        else:
            ctx.report(path, "S104", f"Cần ngày dạng YYYY-MM-DD, gặp {_kind(value)}.")
        return _DROP

    def example(self):
        return vn_today().isoformat()


def meant_key(value, known: dict) -> str | None:
    """The one key of `known` (key -> the label readers see) a value most likely means. Editors
    write the label they read ("Bí thư", "Sinh hoạt thường kỳ", "gợi ý"); a key is a slug of it,
    or of its last words."""
    typed = slugify(str(value))
    near = [k for k, shown in known.items() if typed in (k, slugify(shown)) or f"-{k}-" in f"-{typed}-"]
    if not near and len(typed) >= 4:
        # A typo in the key itself ("thuong-ki", "bi-thuu"): one close key, never a guess among several.
        return meant(typed, known, 0.85, unique=True) or one_letter_off(typed, known)
    return near[0] if len(near) == 1 else None


_NEGATED = re.compile(r"(?:het|khong|chua|bi-bai-bo|bai-bo|mat|ngung)(?:-|$)")  # "hết hiệu lực", "không còn …"


class Enum(Type):
    def __init__(self, *values, told=None):
        """`told`: what to say of a value that is no value here for a reason ("province": sourced by its issuer)."""
        self.values, self.told = values, told or {}
        self.label = "một trong: " + ", ".join(values)

    def check(self, value, path, ctx):
        if value not in self.values:
            near = meant_key(value, {v: v for v in self.values})
            hint = f" Có phải {near!r}?" if near else ""
            hint = f" {self.told[value]}" if value in self.told else hint
            if _NEGATED.match(slugify(str(value))):
                # "hết hiệu lực" was offered 'hieu-luc', in force: the opposite of what it says.
                hint = (" Giá trị viết ở đây nói điều ngược với giá trị gần nó nhất: chỉ ghi một giá trị trong danh sách "
                        "khi nguồn nói đúng như vậy; không có giá trị nào đúng thì bỏ trường này.")
            ctx.report(path, "S107", f"{value!r} không thuộc: {', '.join(self.values)}.{hint}")
            return _DROP
        return value

    def example(self):
        return self.values[0]


class Vocab(Type):
    """A key of one vocabulary in content/tu-vung.yml."""

    def __init__(self, name):
        self.name = name
        self.label = f"mã trong từ vựng `{name}`"

    def check(self, value, path, ctx):
        if not isinstance(value, str):
            ctx.report(path, "S103", f"Cần một mã trong từ vựng, gặp {_kind(value)}.")
            return _DROP
        known = ctx.vocab.get(self.name)
        if known is not None and value not in known:
            near = meant_key(value, known)
            # A kind of thing the handbook has not named yet ("de-an", a provincial Đề án): the list is
            # the technical team's file, which the editor may not know of.
            hint = (f" Có phải {near!r}?" if near else
                    " Nếu cần thêm một mã mới, ghi trong yêu cầu hợp nhất để nhóm kỹ thuật thêm vào content/tu-vung.yml.")
            ctx.report(path, "S105", f"{quoted(value)} không có trong từ vựng {self.name} ({', '.join(sorted(known))}).{hint}")
            return _DROP
        return value


class Ref(Str):
    """A reference to another content item, checked once everything is loaded."""

    LABELS = {"source": "mã nguồn (content/nguon)", "document": "mã văn bản (content/van-ban)",
              "page": "đường dẫn trang, ví dụ huong-dan/ghi-bien-ban"}

    def __init__(self, kind):
        super().__init__(max_len=200)
        self.kind = kind
        self.label = self.LABELS[kind]

    def check(self, value, path, ctx):
        value = super().check(value, path, ctx)
        if value is not _DROP:
            ctx.refs.append((self.kind, value, ctx.rel, *ctx.located.pos(path)))
        return value


class ListOf(Type):
    def __init__(self, item: Type, min_items=0, max_items=500, unit: str = "mục"):
        self.item, self.min_items, self.max_items = item, min_items, max_items
        self.unit = unit  # what an item is called where the editor writes it ("phần ###", "ý")
        self.label = f"danh sách {item.label}"

    def _how(self) -> str:
        """How to write the list: a list of blocks is not "[a, b]", which only met the next error."""
        if isinstance(self.item, Obj):
            first, *rest = list(self.item.example()) or ["title"]
            more = "".join(f"/‘    {name}: …’" for name in rest)
            return f"mỗi mục là một nhóm dòng: ‘  - {first}: …’{more} (các dòng sau thụt vào thẳng chữ {first})."
        if isinstance(self.item, (Ref, Vocab)):
            return "viết [a, b], hoặc mỗi mục một dòng bắt đầu bằng '- '."
        # Sentences hold commas: "[a, b]" would split them.
        return "mỗi mục một dòng bắt đầu bằng '- ' (gạch ngang rồi một dấu cách)."

    def check(self, value, path, ctx):
        if not isinstance(value, list):
            key = ctx.located.key_at.get(path)
            below = bool(key) and ctx.located.pos(path)[0] > key[0]
            # One id ("sources:" then "web-x"), or one item of fields: not "a, b", nor a text, whose
            # words may be several items joined (told as the list they fail to be).
            one = (isinstance(value, dict) and isinstance(self.item, Obj)
                   or isinstance(value, str) and isinstance(self.item, (Ref, Vocab)) and re.fullmatch(r"[^\s,;]+", value.strip()))
            if isinstance(value, str) and re.match(r"-[^\s\d-]", value):
                # "  -Kết quả một." on each line: YAML read one text, as the dash opens no item without a space.
                ctx.report(path, "S103", "Cần danh sách, gặp một chuỗi bắt đầu bằng '-' viết liền chữ: mỗi mục là một dòng bắt đầu "
                                         "bằng '- ', tức gạch ngang rồi một dấu cách; thêm dấu cách sau dấu '-' ở đầu mỗi mục.")
                return _DROP
            if not (below and one):
                ctx.report(path, "S103", f"Cần danh sách, gặp {_kind(value)}: " + self._how())
                return _DROP
            # On the lines under its field: the list's only item, its "- " lost. Read as meant, so its
            # own problems are told in the same run and nothing that needs the list fails after it.
            ctx.report(path, "S103", f"Cần danh sách, gặp {_kind(value)} ở dòng dưới tên trường: nếu đó là một mục của danh "
                                     "sách, thêm '- ' (gạch ngang rồi một dấu cách) ở đầu dòng.")
            value = [value]
        if len(value) < self.min_items:
            ctx.report(path, "S108", _about(path, ctx, f"cần ít nhất {self.min_items} {self.unit}, có {len(value)}."))
        if len(value) > self.max_items:
            ctx.report(path, "S107", _about(path, ctx, f"có {len(value)} mục, tối đa {self.max_items}."))
            return _DROP
        out = [self.item.check(v, path + (i,), ctx) for i, v in enumerate(value) if v is not TOLD]
        return [v for v in out if v is not _DROP]

    def example(self):
        return [self.item.example()]


class MapOf(Type):
    def __init__(self, key: Type, value: Type):
        self.key, self.value = key, value
        self.label = f"bảng: mỗi tên là {key.label}; giá trị là {value.label}"

    def check(self, value, path, ctx):
        if not isinstance(value, dict):
            # A list or one id where a table goes ("sources: [web-a]", "sources: web-a" in a registry
            # entry, as a page writes its sources): say what the names are and how a line of it looks.
            how = (f": viết mỗi tên một dòng, thụt vào dưới tên trường, ví dụ "
                   f"`  {self.key.example()}: [{'mã-nguồn' if isinstance(self.value, ListOf) else '...'}]` ({self.label})"
                   ) if isinstance(value, (list, str)) else ""
            ctx.report(path, "S103", f"Cần các dòng `tên: giá trị`, gặp {_kind(value)}{how}.")
            return _DROP
        out = {}
        for k, v in value.items():
            if v is None and ctx.located.partial:
                continue  # its only item was a syntax error's, blanked: told once the file reads
            k2 = self.key.check(k, path + (k,), ctx)
            v2 = self.value.check(v, path + (k,), ctx)
            if k2 is not _DROP and v2 is not _DROP:
                out[k2] = v2
        return out


class Obj(Type):
    """A nested content object declared as a dataclass."""

    def __init__(self, cls):
        self.cls = cls
        self.label = f"khối {cls.__name__}"

    def check(self, value, path, ctx):
        return build(self.cls, value, path, ctx)

    def example(self):
        return {f.name: s.type.example() for f, s in specs(self.cls) if s.required}


@dataclass(frozen=True)
class Spec:
    type: Type
    required: bool
    doc: str
    source: str = "yaml"  # "yaml", or "path" for values taken from the file name, or "body"


def spec(type_: Type, required=False, doc="", source="yaml"):
    meta = {"spec": Spec(type_, required, doc, source)}
    if required:
        return field(metadata=meta)
    default = list if isinstance(type_, ListOf) else dict if isinstance(type_, MapOf) else None
    if default is None:
        return field(default=None, metadata=meta)
    return field(default_factory=default, metadata=meta)


def specs(cls):
    return [(f, f.metadata["spec"]) for f in dataclasses.fields(cls) if "spec" in f.metadata]


def type_at(cls, path: tuple) -> Type | None:
    """The declared type of the value at a data path of a content class ("practices", 0, "text"),
    or None where the path leaves what is declared."""
    fields = dict((f.name, s) for f, s in specs(cls))
    kind: Type | None = None
    for step in path:
        if isinstance(kind, ListOf) and isinstance(step, int):
            kind = kind.item
        elif isinstance(kind, MapOf):
            kind = kind.value
        elif isinstance(step, str) and (kind is None or isinstance(kind, Obj)):
            if isinstance(kind, Obj):
                fields = dict((f.name, s) for f, s in specs(kind.cls))
            spec_ = fields.get(step)
            if spec_ is None:
                return None
            kind = spec_.type
        else:
            return None
    return kind


def yaml_fields(cls):
    return [(f, s) for f, s in specs(cls) if s.source in ("yaml",)]


def build(cls, value, path, ctx: Context, extra: dict | None = None):
    """Validate a mapping against a content dataclass and build it, or return _DROP."""
    if not isinstance(value, dict):
        if path:
            how = (f"viết `{path[-1]}:` một mình trên dòng, rồi dưới nó {_block_lines(cls)}" if isinstance(path[-1], str) else
                   _item_lines(cls))
            ctx.report(path, "S103", _about(path, ctx, f"cần các dòng `tên: giá trị`, gặp {_kind(value)}: {how}."))
        else:
            ctx.report(path, "Y006", f"Cần các dòng `tên: giá trị`, gặp {_kind(value)}.")
        return _DROP
    known = {f.name: s for f, s in specs(cls) if s.source != "path"}
    offered = set()  # required fields an unknown key is offered as: told there, not again as missing
    if not path:
        # "reviewed:" indented under "cell:": told there as the file's own field, not again as missing.
        ctx.outer = frozenset(known)
        offered |= {k for v in value.values() if isinstance(v, dict) for k in v if k in known and k not in value}
    for key in value:
        if key == "render_macros":
            continue  # the safety rules' own (J102), told once
        if key not in known:
            ctx.unknown.append(path + (key,))
            written = sorted(n for n, s in known.items() if s.source != "body")  # the keys an editor may write here
            # A field named by its Vietnamese label ("tóm tắt:" for summary, "Tóm tắt một hai câu"),
            # with or without marks, its first words enough; else a misspelling of a key.
            typed = slugify(str(key))
            named = [n for n in written if typed and f"{slugify(label(known[n].doc))}-".startswith(f"{typed}-")]
            near = meant(str(key), written, 0.6)
            close = named if len(named) == 1 else [near] if near else []
            # A key of a nested block written at this level ("members:" under "cell:" lost its indent).
            owner = [n for n, s in known.items() if isinstance(s.type, Obj) and key in {f.name for f, _ in specs(s.type.cls)}]
            guess = ("đây là một câu chữ mà YAML đọc phần trước dấu ':' thành tên trường: nếu là ghi chú, thêm dấu # ở đầu "
                     "dòng; nếu là phần tiếp của đoạn chữ ở trên, thụt vào thẳng hàng với đoạn đó; "
                     if sentence_as_name(str(key)) and not close else
                     f"có phải {close[0]!r}? tên trường giữ nguyên như trong khuôn, không dịch sang tiếng Việt; " if named and named == close else
                     f"có phải {close[0]!r}? " if close else
                     f"đây là trường của {owner[0]!r}: thụt vào thẳng hàng với các trường dưới '{owner[0]}:'; " if owner else
                     f"đây là trường của cả tệp: bỏ thụt lề, viết '{key}:' sát lề trái như các trường ngoài cùng; "
                     if path and key in ctx.outer else "")
            ctx.report(path + (key,), "S101", f"Trường {key!r} không dùng được ở đây ({guess}các trường được dùng: {', '.join(written)}).", key=True)
            if owner and not close and not sentence_as_name(str(key)):
                ctx.dedented.add(path + (owner[0], key))
            if close and close[0] not in value:
                offered.add(close[0])
    kwargs, failed = dict(extra or {}), False
    for name, s in known.items():
        if name not in value or value[name] is None:
            if s.required and name not in kwargs:
                # Missing body sections are reported by the body parser (B101).
                if name in value:  # "summary:" with nothing after it: there, not at the top of the file
                    ctx.report(path + (name,), "S102", f"Trường bắt buộc {name!r} để trống: ghi giá trị sau dấu ':'.", key=True)
                elif s.source != "body" and not (not path and name in ctx.in_body) and name not in offered \
                        and path + (name,) not in ctx.dedented:
                    ctx.report(path, "S102", _missing(name, s, path, ctx), key=bool(path))
                failed = True
            continue
        ctx.specs[path + (name,)] = s
        checked = s.type.check(value[name], path + (name,), ctx)
        if checked is not _DROP:
            kwargs[name] = checked
        elif s.required:
            # An optional field that fails is reported and left out, so the
            # item still loads and later rules can report their problems too.
            failed = True
    if failed:
        return _DROP
    return cls(**kwargs)


def _missing(name: str, s: Spec, path, ctx: Context) -> str:
    """A missing field told with what it holds and where its line goes."""
    what = re.split(r"[.:;](?:\s|$)", s.doc, maxsplit=1)[0].strip()
    where = (" vào khối này, thẳng hàng với các trường của khối" if path else
             " vào phần đầu, giữa hai dòng ---" if ctx.in_body else "")
    head = f"Thiếu trường bắt buộc {name!r}{f' ({what})' if what else ''}"
    if isinstance(s.type, Obj):
        # "signers: ..." as told before is text, which the block then rejects: say what goes under it.
        return f"{head}: thêm một dòng `{name}:`{where}, rồi ngay dưới nó {_block_lines(s.type.cls)}."
    if isinstance(s.type, MapOf):
        # A registry entry's sources: a line per fact under it, not one line as a page writes its sources.
        item = "[mã-nguồn]" if isinstance(s.type.value, ListOf) else "..."
        return (f"{head}: thêm một dòng `{name}:`{where}, rồi dưới nó mỗi tên một dòng thụt vào, ví dụ "
                f"`  {s.type.key.example()}: {item}` ({s.type.label}).")
    value = "[...]" if isinstance(s.type, ListOf) else "YYYY-MM-DD" if isinstance(s.type, Date) else "..."
    return f"{head}: thêm một dòng `{name}: {value}`{where}."


def _block_lines(cls) -> str:
    """What a block holds, as an editor writes it: "thụt vào hai dấu cách, các dòng `right: ...`
    (các trường: left, right, right_title)"."""
    written, needed = _block_fields(cls)
    return (f"thụt vào hai dấu cách, {'dòng' if len(needed) == 1 else 'các dòng'} {', '.join(needed)} "
            f"(các trường của khối: {', '.join(written)})")


def _item_lines(cls) -> str:
    """How one item of a list of blocks is written: "viết mục thành `- heading: ...`, …"."""
    written, needed = _block_fields(cls)
    first = needed[0] if needed else f"`{written[0]}: ...`"
    return (f"viết mục thành `- {first[1:]}, các trường khác của mục thẳng hàng với {first.split(':')[0][1:]} "
            f"(các trường của khối: {', '.join(written)})")


def _block_fields(cls) -> tuple[list[str], list[str]]:
    """A block's fields an editor writes, and its required ones as lines: "`right: ...`"."""
    fields = [(f.name, s) for f, s in specs(cls) if s.source == "yaml"]
    needed = [f"`{n}: {'[...]' if isinstance(s.type, ListOf) else '...'}`" for n, s in fields if s.required]
    return [n for n, _ in fields], needed


def dropped(value) -> bool:
    return value is _DROP


def _kind(value) -> str:
    if value is None:
        return "giá trị rỗng"
    return {
        bool: "đúng/sai", int: "số", float: "số thực", str: "chuỗi", list: "danh sách",
        dict: "bảng (các dòng tên: giá trị)", dt.date: "ngày", dt.datetime: "ngày giờ",
    }.get(type(value), type(value).__name__)
