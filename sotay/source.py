"""Reading content files safely and keeping the position of every value.

A content file is untrusted input: it may be in the wrong encoding, enormous,
or a YAML bomb. Reading it yields the text plus diagnostics, and parsing YAML
yields plain Python data plus a map from each value's path to its line and
column, so every later rule can point at the exact place.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .diagnostics import Diagnostic, diag
from .text import CODE_CHARS, first_non_nfc, nfc
from .yaml_errors import LOADER, first_item_told, list_fields, position, sub_line_hint, syntax_errors

MAX_BYTES = 256 * 1024
MAX_DEPTH = 12

# Control characters (C1 too: text decoded from Windows-1258 as Latin-1 holds them, and U+0085 is
# a line break to Python and to YAML), the two noncharacters YAML refuses (told by the YAML reader
# at 1:1, by the character's offset), and the bidirectional overrides and isolates that make text
# display in an order other than the one it is stored in (a title or a link that reads differently).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_BIDI_ONLY = re.compile("[\u202a-\u202e\u2066-\u2069]*")
# The same in a value once YAML has decoded its escapes ("\r", "\x1b", "\u202e" in a quoted string),
# with CR, the C1 controls, the line and paragraph separators and the non-characters too: a CR
# turns one line of a title into two for Markdown, a C0 control makes the DOCX unreadable. A tab
# is allowed only in multi-line text.
# Format characters and fillers that show as nothing, or as a blank, and change what a word is to
# the checks: "99-CT\u034f/TW" was no code to the citation rules, "Bí\u2061 thư" no title to the
# quotation rules, and both reached the page as typed. Unicode's format characters (category Cf)
# not told elsewhere, the Hangul and Braille blanks, the interlinear annotation marks, tag
# characters and non-characters.
HIDDEN = ("\u034f\u0600-\u0605\u061c\u06dd\u070f\u08e2\u115f\u1160\u180e\u200e\u200f\u2061-\u2064\u206a-\u206f"
          "\u2800\u3164\ufdd0-\ufdef\uffa0\ufff9-\ufffb\U000e0000-\U000e007f\U0001fffe\U0001ffff")
HIDDEN_CHAR = re.compile(f"[{HIDDEN}]")
VALUE_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff" + HIDDEN + "]")
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
_INVISIBLE = {"\u200b": "dấu cách rộng 0 (U+200B)", "\u200c": "ký tự ngăn nối rộng 0 (U+200C)", "\u200d": "ký tự nối rộng 0 (U+200D)",
              "\u2060": "ký tự nối từ (U+2060)", "\u00ad": "gạch nối mềm (U+00AD)",
              # Away from the file's start: Notepad's mark of the start of a file, pasted or joined in.
              "\ufeff": "dấu BOM (U+FEFF, dấu đầu tệp của Notepad, lọt vào khi dán hay ghép hai tệp)",
              "\u00a0": "dấu cách không ngắt (NBSP, U+00A0)", "\u2028": "dấu xuống dòng lạ (U+2028)",
              "\u2029": "dấu xuống đoạn lạ (U+2029)", "\u0085": "dấu xuống dòng lạ (U+0085)"}
# A no-break space is told where it changes what the file says: in the indent, after a key's colon,
# and inside a link's address ("…/#muc\u00a0)", not its title), which the site then leaves unlinked and MkDocs refuses.
# The Private Use Area too: Word's bullets pasted from its Symbol font ("\uf0b7") show as an empty box or nothing.
_INVISIBLE_AT = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u2028\u2029\u0085\ue000-\uf8ff" + HIDDEN + "]"
                           "|^[ \t]*(?:-[ \u00a0]*|\\d{1,9}[.)] *)?\u00a0"
                           "|^[ \t]*(?:-[ \u00a0]+)?[\\w-]+:(\u00a0)|\\]\\([^)\n\u00a0\"\x27]{0,300}\u00a0", re.M)
_ODD_BREAK = re.compile("[\u2028\u2029\u0085]")
# A dash stuck to the word before it and not to the word after: a word a PDF broke at a line's end
# ("chuyên-\nđề", "Covid-\n19"), pasted as it is or joined onto one line ("chuyên- đề"), or a slip
# of spacing around a dash between two terms ("kinh tế- xã hội"). Across a line, before a small
# letter or a digit; on one line, before a capital too ("Bà Rịa- Vũng Tàu"). Not inside code.
_STUCK_DASH = re.compile(r"(?<=[^\W\d_])[-–]([ \t]*\n[ \t]*| )(?=[^\W_])")
_STRUCTURAL_NBSP = re.compile("^[ \t\u00a0]*(?:-[ \u00a0]+)?(?:[\\w-]+:\u00a0)?", re.M)
# "!!str" only keeps a value text ("!!str 2025"); every other tag PyYAML builds with its own rules,
# and a value that does not fit ("!!bool maybe", "!!timestamp abc") ended the check in a traceback.
_STANDARD_TAG = re.compile(r"^tag:yaml\.org,2002:str$")

DataPath = tuple  # a path into the data: ("agenda", "items", 0, "minutes")


@dataclass
class Located:
    """Plain data plus the (line, col) of every value and every mapping key."""

    data: Any
    at: dict = field(default_factory=dict)
    key_at: dict = field(default_factory=dict)
    # Where in a value each control or hidden character was typed ("\\u200e" in quotes): told there.
    char_at: dict = field(default_factory=dict)
    # Read past a syntax error (Y001), the broken parts blanked: what is left is checked, never built.
    partial: bool = False

    def pos(self, path: DataPath) -> tuple[int, int]:
        while path and path not in self.at:
            path = path[:-1]
        return self.at.get(path, (1, 1))

    def key_pos(self, path: DataPath) -> tuple[int, int]:
        return self.key_at.get(path) or self.pos(path)


# The word around a character: the letters and marks before it on its line, and from it on.
_WORD_AT = re.compile(r"[\w\u0300-\u036f]*$")
_WORD_ON = re.compile(r"[\w\u0300-\u036f]*")
_WORD_MAX = 40  # read no further either way: a line of one "word" stays linear


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def line_cols(text: str):
    """line_col for many offsets in one text: each looked up among the lines' starts (counting from
    the text's start for each took a 5 MB file's thirty thousand references a minute)."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def at(offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1
    return at


NFC_LINES_TOLD = 10


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
                                                              "VS Code: bấm vào chữ CRLF (hoặc LF) ở góc dưới bên phải, "
                                                              "chọn LF rồi lưu lại)."))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = list(itertools.islice(_CONTROL.finditer(text), _MAX_INVISIBLE + 1))
    for bad in controls[:_MAX_INVISIBLE]:
        # Each one, at once (told one a run, a file of them took as many runs).
        word = " (dấu xuống dòng Shift+Enter của Word)" if bad.group() == "\x0b" else ""
        problems.append(diag(rel, *line_col(text, bad.start()), "E006", f"Ký tự điều khiển U+{ord(bad.group()):04X}{word}: "
                                                                         "xóa ký tự này (đứng ngay sau nó, bấm Backspace)."))
    if len(controls) > _MAX_INVISIBLE:
        problems.append(diag(rel, *line_col(text, controls[-1].start()), "E006", "Còn nhiều ký tự điều khiển nữa: dán lại nội dung "
                                                                                 "dưới dạng chữ thuần (Ctrl+Shift+V)."))
    if controls and not _BIDI_ONLY.fullmatch("".join(m.group() for m in controls)):
        return None, problems
    if controls:
        # Bidirectional marks alone: read as the spaces they stand in for (each told above), so the
        # rest of the file's problems come in the same run, not one fix at a time.
        text = _CONTROL.sub(" ", text)
    if first_non_nfc(text) is not None:
        # Every line that has it (a pasted paragraph is many), each at its first such letter; how to
        # mend it is said once, at the first (a whole file pasted so repeated it on every line).
        first, told = None, 0
        lines = text.split("\n")
        for line_no, line in enumerate(lines, 1):
            at = first_non_nfc(line)
            rest = [n for n, ln in enumerate(lines[line_no - 1:], line_no) if first_non_nfc(ln) is not None] \
                if at is not None and told == NFC_LINES_TOLD else []
            if len(rest) > 1:
                # A whole file pasted so: ten lines show the pattern, one more tells the rest.
                problems.append(diag(rel, line_no, at + 1, "E002", f"Còn {len(rest)} dòng nữa chưa ở dạng NFC (từ dòng này đến "
                                     f"dòng {rest[-1]}): hãy chuyển mã cả tệp một lần, theo cách nêu ở thông báo E002 tại "
                                     f"dòng {first}."))
                break
            if at is not None:
                told += 1
                word = nfc(_WORD_AT.search(line[max(0, at - _WORD_MAX):at]).group() + _WORD_ON.match(line, at, at + _WORD_MAX).group())
                if first is None:
                    first = line_no
                    message = (f"Văn bản chưa ở dạng NFC (dấu tổ hợp, thường do dán từ PDF hay trang web) ở chữ '{word}': "
                               "hãy gõ lại chữ này bằng bộ gõ đặt bảng mã Unicode dựng sẵn (Unikey: Unicode dựng sẵn), hoặc dùng công "
                               "cụ chuyển mã của Unikey (Ctrl+Shift+F6) chuyển đoạn đã dán (hay cả tệp) sang Unicode dựng sẵn.")
                else:
                    message = f"Chữ '{word}' cũng chưa ở dạng NFC: cách sửa xem thông báo E002 ở dòng {first}."
                problems.append(diag(rel, line_no, at + 1, "E002", message))
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
    """What pasting brings in unseen: text typed in an old Vietnamese encoding, once per line (it
    is valid UTF-8 and passed every other check, published garbled), and each invisible character."""
    problems, told = [], set()
    for m in _ODD.finditer(text):
        line, col = line_col(text, m.start())
        if line in told or not _legacy_at(text, m.start()):
            continue
        word = text[slice(*_word_span(text, m.start()))].strip("\"'“”‘’.,;:()")
        if text[m.start()] == "\u00ad" and (text[m.start() - 1:m.start()] in CODE_CHARS or text[m.start() + 1:m.start() + 2] in CODE_CHARS):
            # A soft hyphen beside a code's capital, digit or mark ("10-C\u00adT/TW", "10-CT/TW\u00adngày"):
            # E010 tells it. TCVN3's "ư" (the same byte) follows a small letter ("t\u00ad", tư).
            continue
        told.add(line)
        shown = "".join(sorted(set(word) & set(_FOREIGN) - {"\u00ad"})) or "U+00AD"
        problems.append(diag(rel, line, col, "E009", f"Chữ '{word.replace(chr(0xAD), '')}' có ký tự lạ ({shown}): đoạn "
                             "này có vẻ dán từ văn bản gõ bằng bảng mã TCVN3 (ABC) hoặc VNI. Hãy chuyển mã bằng Unikey "
                             "(Ctrl+Shift+F6: nguồn TCVN3 hoặc VNI Windows, đích Unicode dựng sẵn) rồi dán lại."))
    problems += _damaged_letters(rel, text)
    problems += _stuck_dashes(rel, text)
    # Each one where it is (told one a line, four on a line took four runs: the editor sees none of
    # them), up to a number a file needs only one look for.
    invisible = 0
    for m in _INVISIBLE_AT.finditer(text):
        at = m.start(1) if m.group(1) else m.end() - 1
        if not (text[at] == "\u00ad" and line_col(text, at)[0] in told):  # a TCVN3 "ư" is told above
            invisible += 1
            if invisible > _MAX_INVISIBLE:
                continue  # counted, not placed: each place costs a read of the text up to it
            line, col = line_col(text, at)
            if text[at] == "\u00a0" and not text[text.rfind("\n", 0, at) + 1:at].strip(" \t\u00a0"):
                # In a line's indent, deleted, the line lost a column: "\u00a0 parent:" became a
                # one-space indent YAML then refused (Y001). A space in its place keeps the indent as seen.
                message = (f"Có {_INVISIBLE[text[at]]} trong phần thụt đầu dòng, thường do dán từ Word hay trang web: thay "
                           "ký tự này bằng một dấu cách thường (đứng ngay sau nó, bấm Backspace rồi gõ một dấu cách), để "
                           "dòng giữ đúng số dấu cách thụt vào.")
            elif text[at] == "\u00a0" and not m.group().startswith("]") and text[at - 1] not in " \t\u00a0":
                # Where a space is needed: right after a list's dash ("-\u00a0title:"), an item's number
                # ("1.\u00a0Biên bản") or a key's colon ("kind:\u00a0tin-bao"). Deleted, the dash or the
                # colon stuck to the word (Y001, B103): a space in its place is what the line meant.
                after = {"-": "dấu '-' đầu mục", ":": "dấu ':' của tên trường"}.get(text[at - 1], "số thứ tự đầu mục")
                message = (f"Có {_INVISIBLE[text[at]]} ngay sau {after}, thường do dán từ Word hay trang web: thay ký tự "
                           "này bằng một dấu cách thường (đứng ngay sau nó, bấm Backspace rồi gõ một dấu cách); chỉ xóa "
                           "thì hai bên dính liền nhau và tệp lại lỗi.")
            elif text[at] in _INVISIBLE:
                message = (f"Có {_INVISIBLE[text[at]]} ở đây, thường do dán từ Word hay trang web: xóa ký tự này (đứng ngay "
                           "sau nó, bấm Backspace); nếu xóa xong hai chữ dính liền nhau thì gõ thêm một dấu cách.")
            elif HIDDEN_CHAR.match(text[at]):
                message = (f"Có một ký tự vô hình (U+{ord(text[at]):04X}, ký tự định dạng hoặc ô trống) ở đây: trang không "
                           "hiện nó, nhưng nó làm chữ khác đi khi tìm kiếm và khi kiểm tra trích dẫn. Xóa ký tự này (đứng ngay "
                           "sau nó, bấm Backspace).")
            else:  # the Private Use Area
                message = (f"Có một ký tự riêng của phông chữ (U+{ord(text[at]):04X}) ở đây, trang hiện thành ô trống; thường "
                           "là dấu đầu dòng dán từ Word. Xóa ký tự này (đứng ngay sau nó, bấm Backspace); nếu là dấu đầu dòng "
                           "thì viết ‘- ’, trước danh sách để một dòng trống.")
            problems.append(diag(rel, line, col, "E010", message))
    if invisible > _MAX_INVISIBLE:
        problems.append(diag(rel, *line_col(text, len(text)), "E010",
                             f"Còn {invisible - _MAX_INVISIBLE} ký tự vô hình nữa trong tệp: dán lại nội dung dưới dạng chữ "
                             "thuần (Ctrl+Shift+V) thay vì xóa từng ký tự."))
    return problems


_MAX_INVISIBLE = 50

# A letter lost in a copy (a PDF's or another encoding's "�"), and Ð/ð, which show as Đ/đ and are
# other letters: a title with them is no "Đảng" to search, to sorting or to a screen reader.
_DAMAGED = re.compile("[\ufffd\u00d0\u00f0]")


def _damaged_letters(rel: str, text: str) -> list[Diagnostic]:
    problems, told = [], set()
    for m in itertools.islice(_DAMAGED.finditer(text), _MAX_INVISIBLE):
        line, col = line_col(text, m.start())
        if (line, m.group()) in told:
            continue  # one a line of each: a pasted paragraph holds many
        told.add((line, m.group()))
        word = text[slice(*_word_span(text, m.start()))].strip("\"'“”‘’.,;:()")
        if m.group() == "\ufffd":
            message = (f"Chữ '{word}' có ký tự thay thế ‘�’ (U+FFFD): chữ gốc đã mất khi chép (từ PDF hay tệp lưu bảng mã "
                       "khác); gõ lại chữ này theo bản gốc.")
        else:
            right = "Đ" if m.group() == "\u00d0" else "đ"
            message = (f"Chữ '{word}' viết bằng ‘{m.group()}’ (U+{ord(m.group()):04X}, chữ Eth), trông như ‘{right}’ nhưng là chữ "
                       f"khác: tìm kiếm và trình đọc màn hình đọc sai. Gõ lại ‘{right}’ (Unikey: dd).")
        problems.append(diag(rel, line, col, "E012", message))
    return problems


_MAX_STUCK_DASHES = 50  # a file of them needs one look, not thousands of lines


def _stuck_dashes(rel: str, text: str) -> list[Diagnostic]:
    """E011, once per line, outside code (a file's name there is shown as written)."""
    from .verbatim import blank_code

    problems, told, starts = [], set(), None
    for m in _STUCK_DASH.finditer(blank_code(text)):
        at, after = m.start(), text[m.end()]
        # Across a line's end, only before a small letter or a digit: "Hồ Chí Minh-\nNgười" is a line's own dash.
        if m.group(1) != " " and not (after.islower() or after.isdigit()):
            continue
        if starts is None:
            starts = [0] + [n.end() for n in re.finditer("\n", text)]
        line = bisect.bisect_right(starts, at)
        if line in told:
            continue
        told.add(line)
        problems.append(diag(rel, line, at - starts[line - 1] + 1, "E011", "Dấu gạch ngang dính chữ trước nhưng cách chữ sau "
                             "(như ‘chuyên- đề’). PDF ngắt giữa hai tiếng: xóa dấu và chỗ xuống dòng, để một dấu cách. Từ có sẵn "
                             "dấu gạch ngang (Covid-19): giữ dấu, xóa chỗ xuống dòng. Gạch giữa hai vế: cách hai bên (‘kinh tế - xã hội’)."))
        if len(problems) >= _MAX_STUCK_DASHES:
            break
    return problems


def _legacy_at(text: str, at: int) -> bool:
    """Is the odd character at `at` a letter of TCVN3 or VNI text: beside a letter of its word
    (on the side Unicode text never puts it), in a word with no letter only Unicode writes?"""
    odd = text[at]
    if odd == "\u00ad" and _VOWEL.search(text, _syllable_start(text, at), at):
        # TCVN3's "ư" is a syllable's first vowel ("t\u00ad", "n\u00adíc"): after a vowel of its word
        # ("gian\u00ad ngắn") it is a soft hyphen Word left, told as invisible (E010).
        return False
    before = at > 0 and _is_letter(text[at - 1])
    after = at + 1 < len(text) and _is_letter(text[at + 1])
    if not (before if odd in _NEEDS_LETTER_BEFORE else after if odd in _NEEDS_LETTER_AFTER else before or after):
        return False
    return not _UNICODE_ONLY.search(text, *_word_span(text, at))


# With its marks too ("vù\u00adng", "vùng\u00adcao"): before TCVN3's "ư" stand only a syllable's
# consonants, plain letters or its "đ" (shown "®"), never a letter with a mark.
_VOWEL = re.compile(r"[aeiouyAEIOUYÀ-ỹ]")


def _syllable_start(text: str, at: int) -> int:
    """Where the run of letters before `at` starts: "nhÊt-tr\u00adêng" is two syllables of TCVN3
    text, and only "tr" stands before its "ư"."""
    start = at
    while start > 0 and _is_letter(text[start - 1]):
        start -= 1
    return start


def _word_span(text: str, at: int) -> tuple[int, int]:
    """Start and end of the word (run of non-space) holding the character at `at`."""
    start = max(text.rfind(c, 0, at) for c in " \t\n") + 1
    end = min((i for i in (text.find(c, at) for c in " \t\n") if i >= 0), default=len(text))
    return start, end


def _is_letter(char: str) -> bool:
    return char.isalpha() or char in _FOREIGN  # in TCVN3 text every odd character is a letter


_RISKY = re.compile(rf"[&*!]|^[ \t?:-]{{{MAX_DEPTH}}}", re.M)


def _prescan(text: str, rel: str, line_offset: int) -> list[Diagnostic]:
    """Reject aliases, anchors, custom tags and deep nesting before building anything."""
    if not _RISKY.search(text) and text.count("[") + text.count("{") < MAX_DEPTH:
        return []  # no anchor, alias or tag character, and too flat to nest deeply
    problems = []
    depth = 0
    for event in yaml.parse(text, Loader=LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            rest = text[event.start_mark.index:].partition("\n")[0]
            # "- *Quan trọng:* Khi …": emphasis as Markdown writes it, which opens a value as an alias does.
            message = ("Giá trị bắt đầu bằng dấu * mà YAML hiểu là tham chiếu (không phải chữ in nghiêng): đặt cả giá trị "
                       "trong ngoặc kép \"...\"." if isinstance(event, yaml.AliasEvent) and re.match(r"\*[^\s*]+\*?\s+\S", rest) else
                       "Neo và tham chiếu YAML (&, *) không được dùng trong nội dung.")
            problems.append(diag(rel, *position(event, line_offset), "Y003", message))
            return problems
        tag = getattr(event, "tag", None)
        if tag and not _STANDARD_TAG.match(tag):
            typed = tag.replace("tag:yaml.org,2002:", "!!")
            problems.append(diag(rel, *position(event, line_offset), "Y007", f"Thẻ kiểu YAML ‘{typed}’ không được dùng: xóa thẻ, "
                                 "chỉ để lại giá trị."))
            return problems
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                problems.append(diag(rel, *position(event, line_offset), "Y004", f"Lồng nhau quá {MAX_DEPTH} cấp."))
                return problems
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return problems


MAX_INT_BITS = 64  # a number larger is no count of members or minutes: read as the text typed


class _Scalars(yaml.constructor.SafeConstructor):
    pass


_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")


def parse_yaml(text: str, rel: str, line_offset: int = 0, recover: bool = False) -> tuple[Located | None, list[Diagnostic]]:
    """Parse one YAML document into Located data; never expands aliases. With `recover`, a file with
    syntax errors gives the part that reads cleanly, marked `partial`, so the editor is told the
    rest of the file's problems in the same run."""
    try:
        problems = _prescan(text, rel, line_offset)
        if problems:
            return None, problems
        node = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as err:
        problems, recovered = syntax_errors(err, text, rel, line_offset)
        if not recover or recovered is None:
            return None, problems
        located, more = parse_yaml(recovered, rel, line_offset)
        if located is not None:
            located.partial = True
        return located, problems + more
    located = Located(None)
    problems = []
    if node is None:
        located.data = {}
        return located, problems
    constructor = _Scalars()
    # Only a file with " #" after something can have dropped text (Y008): most files skip the look.
    lines = text.split("\n") if " #" in text or "\t#" in text else []

    all_lines = None

    def text_lines() -> list[str]:
        nonlocal all_lines
        all_lines = all_lines or text.split("\n")
        return all_lines

    def nested_items(n, path=()) -> list | None:
        """"  - Kết quả một.\n    - Kết quả hai." is one item to YAML, "Kết quả một. - Kết quả hai.": a
        list item indented under another joins it without a word. Told once; the pieces as the
        editor meant them, [(line index, column, text)], or None."""
        if not (isinstance(n, yaml.ScalarNode) and not n.style and n.end_mark.line > n.start_mark.line):
            return None
        rows = text_lines()[n.start_mark.line:n.end_mark.line + 1]
        rows[-1] = rows[-1][:n.end_mark.column]
        pieces, told = [[n.start_mark.line, n.start_mark.column, [rows[0][n.start_mark.column:]]]], False
        for index, row in enumerate(rows[1:], n.start_mark.line + 1):
            nested = re.match(r"^([ \t]+)-[ \t]+", row)
            if nested:
                if not told and first_dash_lost(n, nested, path):
                    # Its "- " typed over with two spaces, the item two deeper than the others: say where it goes.
                    deeper = len(nested.group(1)) < n.start_mark.column
                    meant = " " * len(nested.group(1)) + "- " + rows[0][n.start_mark.column:] if deeper else ""
                    problems.append(diag(rel, n.start_mark.line + 1 + line_offset, n.start_mark.column + 1, "Y001",
                                         first_item_told(str(path[-1]), meant)))
                    told = True
                elif not told:
                    problems.append(diag(rel, index + 1 + line_offset, len(nested.group(1)) + 1, "Y001",
                                         "Dòng '- ' này thụt vào sâu hơn dòng trên nên YAML nối nó vào giá trị của dòng trên "
                                         f"({_short(n.value)!r}): các mục '- ' của một danh sách phải thẳng hàng; ý con thì "
                                         "viết thành một mục riêng." + sub_line_hint(rel, row)))
                    told = True
                pieces.append([index, nested.end(), [row[nested.end():]]])
            else:
                pieces[-1][2].append(row)
        if not told:
            return None
        return [(line, col, " ".join(part.strip() for part in parts if part.strip())) for line, col, parts in pieces]

    def joined(n, path) -> None:
        """"text: Đoạn một.⏎⏎    Đoạn hai.": YAML folds the blank line into one line break, so the page
        showed one paragraph where the editors' guide said a blank line parts two. Told at the
        blank line, with the block style that keeps them."""
        rows = text_lines()[n.start_mark.line + 1:n.end_mark.line]
        blank = next((i for i, row in enumerate(rows, n.start_mark.line + 1) if not row.strip()), None)
        if blank is None or any(re.match(r"\s*(?:[-*+]|\d{1,2}[.)])\s", row) for row in rows):
            return  # a list folded into the text: B107 tells it, with the same '|'
        field = next((str(p) for p in reversed(path) if isinstance(p, str)), "")
        problems.append(diag(rel, blank + 1 + line_offset, 1, "Y010",
                             f"Dòng trống này không tách được đoạn văn{f' của trường {field!r}' if field else ''}: giá trị không viết "
                             "sau dấu '|', nên YAML nối các đoạn thành một đoạn. Viết nhiều đoạn thì ghi "
                             f"'{field or 'text'}: |' trên một dòng, rồi viết các đoạn ở những dòng dưới, thụt vào như nhau, "
                             "cách nhau một dòng trống."))

    def first_dash_lost(n, nested, path) -> bool:
        """A list field's value on a line of its own, under the field, with "- " lines in its column
        below it, or two less where its "- " was typed over with spaces: the list's first item, its
        "- " lost (a text's own "- " line is told as before)."""
        return (bool(path) and path[-1] in list_fields() and not text_lines()[n.start_mark.line][:n.start_mark.column].strip()
                and len(nested.group(1)) in (n.start_mark.column, n.start_mark.column - 2))

    def build(n, path):
        located.at[path] = position(n, line_offset)
        if isinstance(n, yaml.ScalarNode) and n.style != "|" and "\n" in n.value and n.end_mark.line > n.start_mark.line:
            joined(n, path)
        if lines and isinstance(n, yaml.ScalarNode) and not n.style and n.end_mark.line < len(lines):
            # "title: Chi bộ số 3 #Hà Nội" is the title "Chi bộ số 3": say so rather than drop the rest.
            rest = lines[n.end_mark.line][n.end_mark.column:]
            if re.match(r"[ \t]+#", rest):
                problems.append(diag(rel, *position(n.end_mark, line_offset), "Y008",
                                     f"Phần {rest.strip()!r} sau giá trị bị bỏ qua (YAML coi ' #' là mở đầu ghi chú): nếu nó "
                                     "thuộc giá trị, đặt cả giá trị trong ngoặc kép \"...\"; nếu là ghi chú, đặt ở dòng riêng."))
        if isinstance(n, yaml.MappingNode):
            out = {}
            lost_dash = False  # a later item merged into this one: its other fields are told with it
            for key_node, value_node in n.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    problems.append(diag(rel, *position(key_node, line_offset), "Y001", "Tên trường phải là một chuỗi đơn giản."))
                    continue
                key = key_node.value
                if key in out:
                    first = located.key_at.get(path + (key,), (0, 0))[0]
                    # After the item's other fields, its first field again: the next item, its "- " lost.
                    if len(out) > 1 and key == next(iter(out)) and _item_lost_its_dash(n, key_node, text_lines()):
                        lost_dash = True
                        problems.append(diag(rel, *position(key_node, line_offset), "Y005",
                                             f"Trường {key!r} đã có ở dòng {first}, trong cùng một mục của danh sách. Nếu dòng "
                                             f"này mở một mục mới thì nó thiếu dấu '- ' ở đầu, nên YAML gộp nó vào mục ở dòng "
                                             f"{first}: thêm '- ' trước {key!r}, thẳng cột với dấu '- ' ở dòng {first}. Nếu "
                                             "không, mỗi trường ghi một lần: gộp hai dòng làm một, xóa dòng thừa."))
                        continue
                    if lost_dash:
                        continue  # a field of the item merged into this one
                    problems.append(diag(rel, *position(key_node, line_offset), "Y005", f"Trường {key!r} đã có ở dòng {first}: "
                                         "mỗi trường ghi một lần; gộp hai dòng làm một, xóa dòng thừa."))
                    continue
                located.key_at[path + (key,)] = position(key_node, line_offset)
                out[key] = build(value_node, path + (key,))
            return out
        if isinstance(n, yaml.SequenceNode):
            out = []
            for item in n.value:
                pieces = nested_items(item)
                if pieces is None:
                    run_on = _run_on_item(item, text_lines)
                    if run_on is not None:
                        problems.append(diag(rel, run_on + 1 + line_offset, item.start_mark.column + 1, "Y009",
                                             "Dòng này mở một câu mới ngay dưới mục '- ' ở trên, thẳng cột với chữ của mục đó, "
                                             "nên YAML nối hai dòng thành một mục: nếu là mục mới, thay hai dấu cách trước nó "
                                             "bằng '- ' (thẳng cột với dấu '- ' ở trên); nếu là câu tiếp của mục trên, viết "
                                             "nối vào cuối dòng trên."))
                    out.append(build(item, path + (len(out),)))
                    continue
                for line, col, piece in pieces:  # read as meant: no second problem from the joined value
                    located.at[path + (len(out),)] = (line + 1 + line_offset, col + 1)
                    out.append(nfc(piece))
            return out
        pieces = nested_items(n, path)  # a value that is not a list item: told, kept as YAML reads it
        if pieces is not None and first_dash_lost(n, re.match(r"^([ \t]+)-[ \t]+", text_lines()[pieces[1][0]]), path):
            # ... unless it is a list whose first "- " was lost: read as meant, its items checked.
            out = []
            for line, col, piece in pieces:
                located.at[path + (len(out),)] = (line + 1 + line_offset, col + 1)
                out.append(nfc(piece))
            return out
        try:
            value = constructor.construct_object(n)
        except yaml.constructor.ConstructorError:
            # "=" alone is YAML's "value" key, which SafeLoader cannot build: the editor typed a sign.
            value = n.value
        except ValueError:
            # A timestamp-shaped value that is not a real date, e.g. 2019-13-45.
            value = BadDate(n.value)
        if type(value) is int and (value.bit_length() > MAX_INT_BITS or not _DECIMAL.fullmatch(n.value)):
            # "0xFFF…" four thousand digits long: no count, and Python will not even print it. And
            # YAML 1.1's other notations, kept as typed for the schema to tell: "010" was 8 minutes
            # on the page, "1_5" 15, "1:30" 90, with no word to the editor.
            value = n.value
        if type(value) is str and (VALUE_CONTROL.search(value) or "\t" in value):
            located.char_at[path] = _controls_typed(n, text, line_offset)
        return nfc(value) if type(value) is str else value

    located.data = build(node, ())
    return located, problems


# One character of a scalar as typed: an escape of a double-quoted string ("\\\\" too, so that it
# is passed over whole), or a character as it stands.
_TYPED = re.compile(r'\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|.', re.S)
_ESCAPED = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", "e": "\x1b",
            "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}


def _controls_typed(node, text: str, line_offset: int) -> dict[str, tuple[int, int]]:
    """Where each control, hidden character or tab of a value was first typed: the escape that
    gives it in a double-quoted string, or the character itself."""
    found: dict[str, tuple[int, int]] = {}
    for typed in _TYPED.finditer(text, node.start_mark.index, node.end_mark.index):
        char = typed.group()
        if node.style == '"' and len(char) > 1:
            char = _ESCAPED.get(char[1], chr(int(char[2:], 16)) if char[1] in "xuU" else char[1])
        if (char == "\t" or VALUE_CONTROL.match(char)) and char not in found:
            line, col = line_col(text, typed.start())
            found[char] = (line + line_offset, col)
    return found


def _run_on_item(node, text_lines) -> int | None:
    """A list item of plain words that runs on over lines, where a line opens a sentence (a capital
    after a full stop, a semicolon, "!" or "?") in the item's own column: the next item, its "- "
    typed over with spaces, which YAML joined to this one; or a sentence wrapped there, which the
    editors' guide asks to write on the item's line. The line's index, or None."""
    if not (isinstance(node, yaml.ScalarNode) and not node.style and node.end_mark.line > node.start_mark.line):
        return None
    lines, column = text_lines(), node.start_mark.column  # split only for an item over several lines
    for index in range(node.start_mark.line + 1, min(node.end_mark.line, len(lines) - 1) + 1):
        line, above = lines[index], lines[index - 1].rstrip()
        if (len(line) - len(line.lstrip(" ")) == column and line.strip()[:1].isupper()
                and above.endswith((".", ";", "!", "?"))):
            return index
    return None


def _item_lost_its_dash(mapping, key_node, lines: list[str]) -> bool:
    """A list item's first field again, in the item's column and on a line of its own: the "- "
    of the next item was lost, and YAML read both items as one."""
    start = mapping.start_mark
    if not (start.line < len(lines) and key_node.start_mark.line < len(lines)):
        return False
    dash = re.fullmatch(r" *-[ \t]+", lines[start.line][:start.column])
    own_line = not lines[key_node.start_mark.line][:key_node.start_mark.column].strip()
    return bool(dash) and own_line and key_node.start_mark.column == start.column


def _short(value: str, width: int = 60) -> str:
    return value if len(value) <= width else value[:width - 1] + "…"


class BadDate(str):
    """A value that looked like a date to YAML but is not a calendar date."""
