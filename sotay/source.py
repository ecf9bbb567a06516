"""Reading content files safely and keeping the position of every value.

A content file is untrusted input: it may be in the wrong encoding, enormous,
or a YAML bomb. Reading it yields the text plus diagnostics, and parsing YAML
yields plain Python data plus a map from each value's path to its line and
column, so every later rule can point at the exact place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from . import forms
from .diagnostics import Diagnostic, diag
from .text import first_non_nfc, nfc

MAX_BYTES = 256 * 1024
MAX_DEPTH = 12

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Control characters, and the bidirectional overrides and isolates that make text display in an
# order other than the one it is stored in (a title or a link that reads differently than it is).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# The same in a value once YAML has decoded its escapes ("\r", "\x1b", "\u202e" in a quoted string),
# with CR, the C1 controls, the line and paragraph separators and the non-characters too: a CR
# turns one line of a title into two for Markdown, a C0 control makes the DOCX unreadable. A tab
# is allowed only in multi-line text.
VALUE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
# Letters of Latin-1 that Vietnamese never writes. Text typed in TCVN3 (ABC) or VNI and pasted as
# Unicode keeps its bytes as these: "Ch­¬ng tr×nh" (Chương trình), "hoaït chi boä" (hoạt, bộ).
# Left out: the degree sign (30°C), and Ð/ð, read as Đ/đ typed on the wrong key (text._LOOKALIKES).
_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_FOREIGN = "".join(sorted(set(map(chr, range(0xA1, 0x100))) - _VIETNAMESE_LATIN1 - set("°Ðð")))
_ODD = re.compile(rf"[{re.escape(_FOREIGN)}]")
# Letters only Unicode writes (ă đ ĩ ũ ơ ư and every toned letter outside Latin-1), which neither old
# encoding can give: a word holding one is Unicode text ("m² mỗi", "gốc»"), whatever else it holds.
_UNICODE_ONLY = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]")
# Marks that Unicode text writes beside a letter on one side only: « before a word, » after one
# (French quotes), superscripts after one (m², a footnote¹). TCVN3 has each as a letter: "c«ng"
# (công) has a letter before its «, "b»ng" (bằng) and "ho¹t" (hoạt) one after their » and ¹.
_NEEDS_LETTER_BEFORE = set("«")
_NEEDS_LETTER_AFTER = set("»¹²³ºª")
# Characters that show as nothing: zero-width spaces and joiners and the soft hyphen inside text
# (pasted from web pages and Word; they split a word for search), and a non-breaking space where
# YAML needs a space (indentation, after "key:"), where it read as part of the key.
_INVISIBLE = {"\u200b": "dấu cách rộng 0 (U+200B)", "\u200c": "ký tự nối rộng 0 (U+200C)", "\u200d": "ký tự nối rộng 0 (U+200D)",
              "\u2060": "ký tự nối từ (U+2060)", "\ufeff": "dấu cách rộng 0 (U+FEFF)", "\u00ad": "gạch nối mềm (U+00AD)",
              "\u00a0": "dấu cách không ngắt (NBSP, U+00A0)", "\u2028": "dấu xuống dòng lạ (U+2028)",
              "\u2029": "dấu xuống đoạn lạ (U+2029)", "\u0085": "dấu xuống dòng lạ (U+0085)"}
# A no-break space is told where it changes what the file says: in the indent, after a key's colon,
# and inside a link's address ("…/#muc\u00a0)", not its title), which the site then leaves unlinked and MkDocs refuses.
_INVISIBLE_AT = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u2028\u2029\u0085]|^[ \t]*(?:-[ \u00a0]*)?\u00a0"
                           "|^[ \t]*(?:-[ \u00a0]+)?[\\w-]+:(\u00a0)|\\]\\([^)\n\u00a0\"\x27]{0,300}\u00a0", re.M)
_ODD_BREAK = re.compile("[\u2028\u2029\u0085]")
_STRUCTURAL_NBSP = re.compile("^[ \t\u00a0]*(?:-[ \u00a0]+)?(?:[\\w-]+:\u00a0)?", re.M)
# A whole value inside one pair of curly quote marks, which (unlike YAML's straight ones) stay in it.
WRAPPED_IN_CURLY_QUOTES = re.compile(r"^(?:“[^“”]*”|‘[^‘’]*’)$")
_STANDARD_TAG = re.compile(r"^tag:yaml\.org,2002:(str|int|float|bool|null|timestamp|map|seq)$")

Path = tuple  # a path into the data: ("agenda", "items", 0, "minutes")


@dataclass
class Located:
    """Plain data plus the (line, col) of every value and every mapping key."""

    data: Any
    at: dict = field(default_factory=dict)
    key_at: dict = field(default_factory=dict)

    def pos(self, path: Path) -> tuple[int, int]:
        while path and path not in self.at:
            path = path[:-1]
        return self.at.get(path, (1, 1))

    def key_pos(self, path: Path) -> tuple[int, int]:
        return self.key_at.get(path) or self.pos(path)


# The word around a character: the letters and marks before it on its line, and from it on.
_WORD_AT = re.compile(r"[\w\u0300-\u036f]*$")
_WORD_ON = re.compile(r"[\w\u0300-\u036f]*")
_WORD_MAX = 40  # read no further either way: a line of one "word" stays linear


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def read_text(raw: bytes, rel: str) -> tuple[str | None, list[Diagnostic]]:
    """Decode a content file; report encoding problems. Returns NFC text."""
    problems: list[Diagnostic] = []
    if len(raw) > MAX_BYTES:
        return None, [diag(rel, 1, 1, "E005", f"Tệp dài {len(raw)} byte, vượt giới hạn {MAX_BYTES} byte.")]
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(diag(rel, 1, 1, "E003", "Tệp có ký tự BOM ở đầu: lưu lại dạng UTF-8 không BOM (Notepad: Lưu thành…, "
                                                "Mã hóa: UTF-8, không chọn 'UTF-8 có BOM'; Notepad++: Encoding > UTF-8)."))
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) >= 4 and raw.count(b"\x00") * 3 >= len(raw)):
        # With its byte-order mark, or without one (every other byte of Vietnamese text is then 0).
        # What Notepad calls "Unicode": every character in two bytes.
        return None, problems + [diag(rel, 1, 1, "E001", "Tệp đang lưu dạng UTF-16 (Notepad gọi là 'Unicode'); hãy lưu lại, "
                                                         "chọn bảng mã UTF-8.")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        col = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        problems.append(diag(rel, line, col, "E001", f"Chữ ở đây (byte 0x{raw[err.start]:02x}) không phải UTF-8: tệp có thể đang lưu theo "
                                                     "bảng mã Windows-1258, TCVN3 (ABC) hay VNI; hãy lưu lại, chọn bảng mã UTF-8 (văn bản gõ bằng TCVN3 hay "
                                                     "VNI thì chuyển mã trước bằng Unikey, Ctrl+Shift+F6, đích Unicode dựng sẵn: "
                                                     "chỉ lưu lại thì chữ thành ký tự lạ)."))
        return None, problems
    cr = text.find("\r")
    if cr >= 0:
        # Windows (CRLF) and old Mac (CR alone) endings are both reported, then read as LF so
        # that the rest of the file still gets its own line numbers and checks.
        kind = "CRLF" if text.startswith("\r\n", cr) else "CR"
        whose = "kiểu của Windows" if kind == "CRLF" else "kiểu của máy Mac cũ"
        problems.append(diag(rel, *line_col(text, cr), "E004", f"Dòng kết thúc bằng {kind} ({whose}); hãy "
                                                              "lưu lại kiểu LF (Notepad++: Edit > EOL Conversion > Unix (LF); "
                                                              f"VS Code: bấm chữ {kind} ở góc dưới, chọn LF)."))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        word = " (dấu xuống dòng Shift+Enter của Word)" if bad.group() == "\x0b" else ""
        problems.append(diag(rel, *line_col(text, bad.start()), "E006", f"Ký tự điều khiển U+{ord(bad.group()):04X}{word}: "
                                                                         "xóa ký tự này (đứng ngay sau nó, bấm Backspace)."))
        return None, problems
    if first_non_nfc(text) is not None:
        # Every line that has it (a pasted paragraph is many), each at its first such letter.
        for line_no, line in enumerate(text.split("\n"), 1):
            at = first_non_nfc(line)
            if at is not None:
                word = nfc(_WORD_AT.search(line[max(0, at - _WORD_MAX):at]).group() + _WORD_ON.match(line, at, at + _WORD_MAX).group())
                problems.append(diag(rel, line_no, at + 1, "E002",
                                     f"Văn bản chưa ở dạng NFC (dấu tổ hợp, thường do dán từ PDF hay trang web) ở chữ '{word}': "
                                     "hãy gõ lại chữ này bằng bộ gõ đặt bảng mã Unicode dựng sẵn (Unikey: Unicode dựng sẵn), hoặc dùng công "
                                     "cụ chuyển mã của Unikey (Ctrl+Shift+F6) chuyển đoạn đã dán sang Unicode dựng sẵn."))
        text = nfc(text)
    problems += _pasted(rel, text)
    if "\u00a0" in text:
        # Told once (E010); read as the space it stands for, so YAML reads the file as it looks.
        text = _STRUCTURAL_NBSP.sub(lambda m: m.group().replace("\u00a0", " "), text)
    if _ODD_BREAK.search(text):
        # Told once, where it is (E010): Python splits lines at them and YAML refuses them, so a
        # later rule placed them lines off with another cause. A space keeps every column.
        text = _ODD_BREAK.sub(" ", text)
    return text, problems


def _pasted(rel: str, text: str) -> list[Diagnostic]:
    """What pasting brings in unseen, once per line: text typed in an old Vietnamese encoding (it
    is valid UTF-8 and passed every other check, published garbled), and invisible characters."""
    problems, told = [], set()
    for m in _ODD.finditer(text):
        line, col = line_col(text, m.start())
        if line in told or not _legacy_at(text, m.start()):
            continue
        told.add(line)
        word = text[slice(*_word_span(text, m.start()))].strip("\"'“”‘’.,;:()")
        shown = "".join(sorted(set(word) & set(_FOREIGN) - {"\u00ad"})) or "U+00AD"
        problems.append(diag(rel, line, col, "E009", f"Chữ '{word.replace(chr(0xAD), '')}' có ký tự lạ ({shown}): đoạn "
                             "này có vẻ dán từ văn bản gõ bằng bảng mã TCVN3 (ABC) hoặc VNI. Hãy chuyển mã bằng Unikey "
                             "(Ctrl+Shift+F6: nguồn TCVN3 hoặc VNI Windows, đích Unicode dựng sẵn) rồi dán lại."))
    for m in _INVISIBLE_AT.finditer(text):
        at = m.start(1) if m.group(1) else m.end() - 1
        line, col = line_col(text, at)
        if ("invisible", line) not in told and not (text[at] == "\u00ad" and line in told):  # a TCVN3 "ư" is told above
            told.add(("invisible", line))
            problems.append(diag(rel, line, col, "E010", f"Có {_INVISIBLE[text[at]]} ở đây, thường do dán từ Word hay trang web: "
                                 "xóa ký tự này (đứng ngay sau nó, bấm Backspace) rồi gõ lại dấu cách nếu cần."))
    return problems


def _legacy_at(text: str, at: int) -> bool:
    """Is the odd character at `at` a letter of TCVN3 or VNI text: beside a letter of its word
    (on the side Unicode text never puts it), in a word with no letter only Unicode writes?"""
    odd = text[at]
    before = at > 0 and _is_letter(text[at - 1])
    after = at + 1 < len(text) and _is_letter(text[at + 1])
    if not (before if odd in _NEEDS_LETTER_BEFORE else after if odd in _NEEDS_LETTER_AFTER else before or after):
        return False
    return not _UNICODE_ONLY.search(text, *_word_span(text, at))


def _word_span(text: str, at: int) -> tuple[int, int]:
    """Start and end of the word (run of non-space) holding the character at `at`."""
    start = max(text.rfind(c, 0, at) for c in " \t\n") + 1
    end = min((i for i in (text.find(c, at) for c in " \t\n") if i >= 0), default=len(text))
    return start, end


def _is_letter(char: str) -> bool:
    return char.isalpha() or char in _FOREIGN  # in TCVN3 text every odd character is a letter


def _mark(node_or_mark, line_offset: int) -> tuple[int, int]:
    mark = getattr(node_or_mark, "start_mark", node_or_mark)
    return mark.line + 1 + line_offset, mark.column + 1


_RISKY = re.compile(rf"[&*!]|^[ \t?:-]{{{MAX_DEPTH}}}", re.M)


def _prescan(text: str, rel: str, line_offset: int) -> list[Diagnostic]:
    """Reject aliases, anchors, custom tags and deep nesting before building anything."""
    if not _RISKY.search(text) and text.count("[") + text.count("{") < MAX_DEPTH:
        return []  # no anchor, alias or tag character, and too flat to nest deeply
    problems = []
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            problems.append(diag(rel, *_mark(event, line_offset), "Y003", "Neo và tham chiếu YAML (&, *) không được dùng trong nội dung."))
            return problems
        tag = getattr(event, "tag", None)
        if tag and not _STANDARD_TAG.match(tag):
            problems.append(diag(rel, *_mark(event, line_offset), "Y007", f"Thẻ kiểu YAML {tag!r} không được dùng."))
            return problems
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                problems.append(diag(rel, *_mark(event, line_offset), "Y004", f"Lồng nhau quá {MAX_DEPTH} cấp."))
                return problems
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return problems


class _Scalars(yaml.constructor.SafeConstructor):
    pass


# PyYAML's messages, in English and about its parser, said the way an editor can act on them:
# (words in its context, words in its problem, where to point: "context" or "problem", message).
_EXPLAINED = [
    ("quoted scalar", "end of stream", "context",
     "Chuỗi mở ngoặc kép ở đây chưa được đóng: thêm dấu ngoặc đóng ở cuối giá trị."),
    ("", "mapping values are not allowed", "problem",
     "Dấu hai chấm không dùng được ở đây: dòng này thụt lề thừa so với dòng trên, hoặc giá trị có dấu ':' "
     "thì hãy đặt cả giá trị trong ngoặc kép \"...\"."),
    ("simple key", "could not find expected ':'", "context",
     "Dòng này thiếu dấu ':' sau tên trường, hoặc là phần tiếp của dòng trên mà thụt lề sai."),
    ("", "that cannot start any token", "problem",
     "Ký tự này không được mở đầu một giá trị (ví dụ phím Tab: YAML chỉ thụt lề bằng dấu cách); "
     "nếu giá trị bắt đầu bằng @, ` hay %, hãy đặt nó trong ngoặc kép."),
    ("flow sequence", "", "context", "Danh sách trong ngoặc vuông [...] mở ở đây chưa đóng, hoặc thiếu dấu phẩy giữa các mục."),
    ("flow mapping", "", "context", "Khối trong ngoặc nhọn {...} mở ở đây chưa đóng, hoặc thiếu dấu phẩy."),
    ("block mapping", "expected <block end>", "problem",
     "Thụt lề không khớp: các trường cùng cấp phải thẳng hàng, và một mục '- ' phải nằm dưới tên trường của danh sách."),
    ("block mapping", "did not find expected key", "problem",
     "Thụt lề không khớp: các trường cùng cấp phải thẳng hàng, và các mục '- ' của một danh sách cũng vậy."),
    ("block collection", "expected <block end>", "problem",
     "Thụt lề không khớp: các mục '- ' của một danh sách phải thẳng hàng."),
    ("", "unknown escape character", "problem",
     "Trong ngoặc kép, dấu \\ mở đầu một ký tự đặc biệt không có: dùng ngoặc đơn '...' hoặc viết \\\\."),
    # "that violates indentation" (PyYAML), "where an indentation space is expected" (libyaml).
    ("", "tab character", "problem",
     "Dòng này thụt lề bằng phím Tab: YAML chỉ thụt lề bằng dấu cách; thay Tab bằng dấu cách."),
    ("block collection", "expected '-' indicator", "problem",
     "Thụt lề không khớp trong danh sách: mỗi mục bắt đầu bằng '- ' (gạch ngang rồi dấu cách), các mục thẳng hàng "
     "với nhau và các trường của một mục thẳng hàng với trường đầu tiên của nó."),
    ("", "block sequence entries are not allowed", "problem",
     "Mục danh sách '- ' phải bắt đầu một dòng mới, dưới tên trường của danh sách."),
    ("", "expected <document start>", "problem",
     "Dòng này không thuộc trường nào: kiểm tra thụt lề của nó so với các dòng trên."),
    *((token, "", "context", f"Giá trị không được bắt đầu bằng dấu {mark} (YAML hiểu là {meaning}): đặt cả giá trị trong "
                              "ngoặc kép \"...\".")
      for token, mark, meaning in (("alias", "*", "tham chiếu"), ("anchor", "&", "neo"), ("tag", "!", "thẻ kiểu"))),
    ("directive", "", "context", "Dòng không được bắt đầu bằng dấu %: thụt lề dòng này như các dòng cùng cấp, hoặc đặt giá trị trong ngoặc kép."),
    ("block scalar", "", "context",
     "Giá trị bắt đầu bằng | hoặc > ở đây: nếu đó là chữ, đặt cả giá trị trong ngoặc kép \"...\"."),
    ("", "expected node content", "problem",
     "Giá trị bắt đầu bằng ký tự đặc biệt (], }, ,...): sửa lại, hoặc đặt cả giá trị trong ngoặc kép \"...\"."),
    ("plain scalar", "found unexpected ':'", "problem",
     "Giá trị có dấu ':' ở đây: đặt cả giá trị trong ngoặc kép \"...\"."),
]


_CLOSED_EARLY = {
    '"': "Giá trị trong ngoặc kép đã kết thúc ở dấu \" ngay trước chỗ này, nên phần chữ sau nó bị thừa: bên trong "
         "ngoặc kép, hãy dùng ngoặc cong “ ” (hoặc viết \\\"), hoặc đặt cả giá trị trong ngoặc đơn '...'.",
    "'": "Giá trị trong ngoặc đơn đã kết thúc ở dấu ' ngay trước chỗ này, nên phần chữ sau nó bị thừa: đặt cả giá trị "
         "trong ngoặc kép \"...\", hoặc viết '' cho mỗi dấu ' bên trong.",
}


# What a line holds before its value: a list's "- ", a key and its ": ".
_BEFORE_VALUE = r"^( *)(?:-\s+)?(?:[^\s:#][^:#]*:\s+)"


def _line(text: str, index: int) -> str:
    return (text.split("\n") + [""])[index]


def _closed_early(err, text: str) -> tuple | None:
    """`title: "Chi bộ – "sổ theo dõi" điểm danh"`: the value ended at the second quote and PyYAML
    then blamed the indentation. Where the error stands right after a quoted value on its line, say that."""
    mark = err.problem_mark
    if mark is None:
        return None
    line = _line(text, mark.line)
    before = line[:mark.column].rstrip()
    quote = before[-1:]
    if quote in _CLOSED_EARLY and re.match(rf"{_BEFORE_VALUE}?{quote}", before) and before.count(quote) >= 2:
        # Point at the words left over (PyYAML points at the space before them, or at them).
        rest = line[len(before):]
        at = yaml.Mark("", 0, mark.line, len(before) + len(rest) - len(rest.lstrip()), None, None)
        return at, _CLOSED_EARLY[quote]
    return None


def _deeper_than_a_value(err, text: str, line_offset: int = 0) -> tuple | None:
    """`members: 10` then `  year: 2019`: the second line is deeper than a line that already has
    its value. Either may be the wrong one (often the first lost its indent): name both, by their
    line in the file (a front matter starts below the file's first line)."""
    mark = err.problem_mark
    if mark is None or "mapping values are not allowed" not in (err.problem or ""):
        return None
    lines = text.split("\n")
    here = lines[mark.line] if mark.line < len(lines) else ""
    indent = len(here) - len(here.lstrip(" "))
    for back in range(mark.line - 1, -1, -1):
        above = lines[back]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        key_value = re.match(rf"{_BEFORE_VALUE}\S", above)
        # "  - title: X" holds its key at the column after "- ": a key below it there is its sibling.
        if key_value and len(re.match(r" *(?:-\s+)?", above).group()) < indent:
            above_no = back + 1 + line_offset
            # At the key, whose indentation is at fault, not at its colon, where YAML stopped.
            at = yaml.Mark("", 0, mark.line, indent, None, None)
            return at, (f"Dòng này thụt vào sâu hơn dòng {above_no} ({above.strip()!r}), mà dòng đó đã có giá trị nên không "
                          f"chứa được trường con: nếu hai dòng cùng thuộc một khối, thụt lề chúng bằng nhau (có thể dòng "
                          f"{above_no} bị mất thụt lề).")
        return None
    return None


def _colon_in_value(err, text: str) -> tuple | None:
    """`title: Chuyên đề: đảng viên trẻ`: a ": " after the value has begun, on the key's own line,
    reads as a second key. The line's indentation is not at fault: say so, with the line quoted."""
    mark = err.problem_mark
    if mark is None or "mapping values are not allowed" not in (err.problem or ""):
        return None
    line = _line(text, mark.line)
    before = re.match(_BEFORE_VALUE, line)
    if not before or mark.column < before.end():
        return None
    value = line[before.end():].split(" #")[0].rstrip()
    if WRAPPED_IN_CURLY_QUOTES.match(value):
        value = value[1:-1]  # meant as YAML's quotes: the example writes straight ones instead
    plain = '"' not in value and not value.startswith("'") and len(value) <= 80
    example = f" viết {before.group().strip()} \"{value}\"" if plain else ""
    return mark, (f"Giá trị có dấu ':' ở đây, nên YAML đọc phần trước nó thành tên một trường: đặt cả giá trị trong "
                  f"ngoặc kép \"...\"{',' + example if example else ''}.")


# A line's start before its value, in parts: indentation, a list's "- ", a key and its ": ".
_VALUE_START = re.compile(r"^( *)(-[ \t]+)?(?:([^\s:#\[\]{}\"'][^:#]*):[ \t]+)?")


def _bracket_closed_early(err, text: str) -> tuple | None:
    """`- Họ và tên: [họ tên]; chức vụ: [...]`, `title: [Bài viết] hay`: a value that opens with
    [ or { is a list or a block to YAML, which ends at its closing bracket; the words after it are
    then left over, and PyYAML blamed the indentation. Say that, with the line as it should be."""
    mark = err.problem_mark
    if mark is None or "parsing a block" not in (err.context or ""):  # not a quote left open, which ends elsewhere
        return None
    line = _line(text, mark.line)
    start = _VALUE_START.match(line)
    read = line[start.end():mark.column].rstrip()
    if not (read[:1] and read[0] in "[{" and read[-1] in "]}"):
        return None
    dash, key = start.group(2), start.group(3)
    # "- Họ và tên: …" is a line of text with a colon in it, not a field: the whole of it is the value.
    text_line = bool(dash and key and not re.fullmatch(r"[A-Za-z_][\w-]*", key))
    begin = start.start(2) + len(dash) if text_line else start.end()
    written = "- " if text_line else (dash or "") + (f"{key}: " if key else "")
    value = line[begin:].split(" #")[0].rstrip()
    example = f", viết {written}\"{value}\"" if '"' not in value and len(value) <= 100 else ""
    at = yaml.Mark("", 0, mark.line, begin, None, None)
    colon = f"Dấu ':' làm YAML đọc {key!r} thành tên một trường; sau đó, " if text_line else ""
    return at, (f"{colon}{'g' if colon else 'G'}iá trị bắt đầu bằng dấu {read[0]} nên YAML đọc {read!r} thành "
                f"{'một danh sách' if read[0] == '[' else 'một khối'}, và phần chữ sau nó bị thừa: đặt cả giá trị "
                f"trong ngoặc kép \"...\"{example}.")


# "title:"Tiêu đề"", "reviewed:2026-01-01": a key and its value with no space between, which YAML
# reads as one piece of text (no key at all).
_GLUED_KEY = re.compile(r"^( *(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*):(?=[^\s/:])")


def _colon_without_space(err, text: str) -> tuple | None:
    """The line with the error, or the one above it (a glued line swallows the next as its
    continuation, and the error shows there), has a key glued to its value."""
    mark = err.problem_mark or err.context_mark
    if mark is None:
        return None
    for index in (mark.line, mark.line - 1):
        if index < 0:
            continue
        glued = _GLUED_KEY.match(_line(text, index))
        if glued:
            at = yaml.Mark("", 0, index, glued.end(), None, None)
            return at, (f"Sau dấu ':' của tên trường cần một dấu cách: viết '{glued.group(2)}: ...'; liền nhau, "
                        "YAML đọc cả dòng thành chữ, không thấy tên trường.")
    return None


def _explain(err, text: str, line_offset: int = 0) -> tuple:
    found = (_closed_early(err, text) or _colon_without_space(err, text) or _deeper_than_a_value(err, text, line_offset)
             or _colon_in_value(err, text) or _bracket_closed_early(err, text))
    if found is not None:
        return found
    context, problem = err.context or "", err.problem or ""
    for in_context, in_problem, point, message in _EXPLAINED:
        if in_context in context and in_problem in problem:
            mark = err.context_mark if point == "context" else err.problem_mark
            mark = mark or err.problem_mark or err.context_mark
            opened = _line(text, mark.line) if mark else ""
            if in_context == "quoted scalar" and re.search(r"[”’]\s*$", opened):
                # `title: "…”`: the editor sees a closing mark; say why it does not count.
                message += " Dấu ngoặc cong ” ở cuối dòng không đóng được ngoặc thẳng \" mở đầu giá trị."
            return mark, message
    detail = "; ".join(filter(None, [context, problem]))
    return err.problem_mark or err.context_mark, f"Lỗi cú pháp YAML (trình đọc báo: {detail})."


# A file with more broken entries than this is told its first ones: the rest can wait for a re-run.
_MAX_SYNTAX_ERRORS = 50


# A line that opens a top-level field: where reading resumes after a syntax error outside a list
# item. Not a "- " at the margin: that is an item of the field above ("examples:" then "- ..."),
# and reading from it would tell a list with no field as a second error.
_TOP_LEVEL_FIELD = re.compile(r"^[A-Za-z_][\w-]*:(?:[ \t]|$)")
# A line that opens a block entry: a list item, or a key followed by a space or the line's end.
_ENTRY = re.compile(r"^( *)(?:-(?:[ \t]|$)|[^\s:#-][^:#]*:(?:[ \t]|$))")


def _sub_line_hint(rel: str, line: str) -> str:
    """In a form, a "- " indented under a line was meant as its sub-line, which a form writes as a
    line of its own, "- " inside the quotes (CONTRIBUTING.md): say so there, nowhere else, with
    the line as it should be."""
    if f"/{forms.FOLDER}/" not in f"/{rel}":
        return ""
    text = re.sub(r"^[ \t]*-[ \t]+", "", line).strip()
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = re.sub(r"^-[ \t]+", "", text[1:-1])  # its own "- " inside the quotes is the one the example writes
    example = f"- \"- {text}\"" if text and '"' not in text and len(text) <= 100 else "- \"- [Họ tên]: [ý chính]\""
    return f" Trong mẫu, dòng con viết thẳng hàng với các dòng khác, có '- ' ở đầu bên trong ngoặc kép: {example}."


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _list_item_at(lines: list[str], index: int) -> tuple[int, int] | None:
    """The lines [start, end) of the indented list item that holds line `index`, with everything
    indented under it, or None where none does. The keys of one item go together (an error in one
    can make YAML misread the next), while the items of a list stand apart, as top-level fields do."""
    if index >= len(lines):
        return None
    # Only an entry less indented than a line can hold it; a blank line is held by the entry above.
    bound = _indent(lines[index]) + 1 if lines[index].strip() else None
    start = index
    while start > 0:
        entry = _ENTRY.match(lines[start])
        depth = len(entry.group(1)) if entry else 0
        if entry and (bound is None or depth < bound):
            if depth == 0:
                return None
            if lines[start][depth] == "-":
                break
            bound = depth
        start -= 1
    else:
        return None
    end = next((end for end in range(start + 1, len(lines))
                if lines[end].strip() and not lines[end].lstrip(" ").startswith("#") and _indent(lines[end]) <= depth),
               len(lines))
    return (start, end) if end > index else None


def _syntax_errors(err, text: str, rel: str, line_offset: int) -> list[Diagnostic]:
    """YAML stops at its first error. So that an editor sees every broken item of a file at once,
    the indented list item that holds the error is blanked (line numbers kept) and the file read
    again, until it reads cleanly: a broken item of an agenda does not hide a broken item after it.
    Outside a list item, reading resumes at the next top-level field, with every line before it
    blanked. A second error inside the same item or field is not told: what follows an error there
    depends on how it is mended."""
    problems: list[Diagnostic] = []
    lines = text.split("\n")
    blanked_to = 0
    while len(problems) < _MAX_SYNTAX_ERRORS:
        if not isinstance(err, yaml.MarkedYAMLError):
            problems.append(diag(rel, 1 + line_offset, 1, "Y001", f"Lỗi cú pháp YAML: {err}."))
            return problems
        mark, message = _explain(err, "\n".join(lines), line_offset)
        if mark is not None and re.match(r"^[ \t]+-[ \t]", _line("\n".join(lines), mark.line)) and "thẳng hàng" in message:
            message += _sub_line_hint(rel, _line("\n".join(lines), mark.line))
        if mark is not None and mark.line < blanked_to:
            # Told again above the end of what was blanked: the last error's doing, not a new one.
            return problems
        problems.append(diag(rel, *(_mark(mark, line_offset) if mark else (1 + line_offset, 1)), "Y001", message))
        after = mark.line if mark else len(lines)
        item = _list_item_at(lines, after)
        if item is not None:
            start, blanked_to = item
        else:
            start = 0
            blanked_to = next((index for index in range(after + 1, len(lines)) if _TOP_LEVEL_FIELD.match(lines[index])), None)
            if blanked_to is None:
                return problems
        lines[start:blanked_to] = [""] * (blanked_to - start)
        try:
            yaml.compose("\n".join(lines), Loader=_Loader)
            return problems
        except yaml.YAMLError as later:
            err = later
    return problems


def parse_yaml(text: str, rel: str, line_offset: int = 0) -> tuple[Located | None, list[Diagnostic]]:
    """Parse one YAML document into Located data; never expands aliases."""
    try:
        problems = _prescan(text, rel, line_offset)
        if problems:
            return None, problems
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as err:
        return None, _syntax_errors(err, text, rel, line_offset)
    located = Located(None)
    problems = []
    if node is None:
        located.data = {}
        return located, problems
    constructor = _Scalars()
    # Only a file with " #" after something can have dropped text (Y008): most files skip the look.
    lines = text.split("\n") if " #" in text or "\t#" in text else []

    all_lines = None

    def nested_items(n) -> list | None:
        """"  - Kết quả một.\n    - Kết quả hai." is one item to YAML, "Kết quả một. - Kết quả hai.": a
        list item indented under another joins it without a word. Told once; the pieces as the
        editor meant them, [(line index, column, text)], or None."""
        nonlocal all_lines
        if not (isinstance(n, yaml.ScalarNode) and not n.style and n.end_mark.line > n.start_mark.line):
            return None
        all_lines = all_lines or text.split("\n")
        rows = all_lines[n.start_mark.line:n.end_mark.line + 1]
        rows[-1] = rows[-1][:n.end_mark.column]
        pieces, told = [[n.start_mark.line, n.start_mark.column, [rows[0][n.start_mark.column:]]]], False
        for index, row in enumerate(rows[1:], n.start_mark.line + 1):
            nested = re.match(r"^([ \t]+)-[ \t]+", row)
            if nested:
                if not told:
                    problems.append(diag(rel, index + 1 + line_offset, len(nested.group(1)) + 1, "Y001",
                                         "Dòng '- ' này thụt vào sâu hơn dòng trên nên YAML nối nó vào giá trị của dòng trên "
                                         f"({_short(n.value)!r}): các mục '- ' của một danh sách phải thẳng hàng; ý con thì "
                                         "viết thành một mục riêng." + _sub_line_hint(rel, row)))
                    told = True
                pieces.append([index, nested.end(), [row[nested.end():]]])
            else:
                pieces[-1][2].append(row)
        if not told:
            return None
        return [(line, col, " ".join(part.strip() for part in parts if part.strip())) for line, col, parts in pieces]

    def build(n, path):
        located.at[path] = _mark(n, line_offset)
        if lines and isinstance(n, yaml.ScalarNode) and not n.style and n.end_mark.line < len(lines):
            # "title: Chi bộ số 3 #Hà Nội" is the title "Chi bộ số 3": say so rather than drop the rest.
            rest = lines[n.end_mark.line][n.end_mark.column:]
            if re.match(r"[ \t]+#", rest):
                problems.append(diag(rel, *_mark(n.end_mark, line_offset), "Y008",
                                     f"Phần {rest.strip()!r} sau giá trị bị bỏ qua (YAML coi ' #' là mở đầu ghi chú): nếu nó "
                                     "thuộc giá trị, đặt cả giá trị trong ngoặc kép \"...\"; nếu là ghi chú, đặt ở dòng riêng."))
        if isinstance(n, yaml.MappingNode):
            out = {}
            for key_node, value_node in n.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    problems.append(diag(rel, *_mark(key_node, line_offset), "Y001", "Tên trường phải là một chuỗi đơn giản."))
                    continue
                key = key_node.value
                if key in out:
                    first = located.key_at.get(path + (key,), (0, 0))[0]
                    problems.append(diag(rel, *_mark(key_node, line_offset), "Y005", f"Trường {key!r} đã có ở dòng {first}: "
                                         "mỗi trường ghi một lần; gộp hai dòng làm một, xóa dòng thừa."))
                    continue
                located.key_at[path + (key,)] = _mark(key_node, line_offset)
                out[key] = build(value_node, path + (key,))
            return out
        if isinstance(n, yaml.SequenceNode):
            out = []
            for item in n.value:
                pieces = nested_items(item)
                if pieces is None:
                    out.append(build(item, path + (len(out),)))
                    continue
                for line, col, piece in pieces:  # read as meant: no second problem from the joined value
                    located.at[path + (len(out),)] = (line + 1 + line_offset, col + 1)
                    out.append(nfc(piece))
            return out
        nested_items(n)  # a value that is not a list item: told, kept as YAML reads it
        try:
            value = constructor.construct_object(n)
        except ValueError:
            # A timestamp-shaped value that is not a real date, e.g. 2019-13-45.
            value = BadDate(n.value)
        return nfc(value) if type(value) is str else value

    located.data = build(node, ())
    return located, problems


def _short(value: str, width: int = 60) -> str:
    return value if len(value) <= width else value[:width - 1] + "…"


class BadDate(str):
    """A value that looked like a date to YAML but is not a calendar date."""
