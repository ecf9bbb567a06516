"""PyYAML's syntax errors told the way an editor can act on them: in Vietnamese, at the line
that needs the change, each broken top-level field of a file in one run."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import yaml

from . import forms
from .diagnostics import Diagnostic, diag
from .text import WRAPPED_IN_CURLY_QUOTES, sentence_as_name

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def position(node_or_mark, line_offset: int) -> tuple[int, int]:
    """The line and column of a YAML node or mark, counted from 1 in the file."""
    at = getattr(node_or_mark, "start_mark", node_or_mark)
    return at.line + 1 + line_offset, at.column + 1


# What a tab in the indent is told: what to type instead, so the next check does not tell of
# the indent typed for it (two spaces before a top-level field).
TAB_INDENT = ("Dòng này thụt lề bằng phím Tab: YAML chỉ thụt lề bằng dấu cách. Xóa Tab; trường ở đầu dòng "
              "(như title:, reviewed:) thì không thụt, còn dòng con thì thụt bằng dấu cách cho thẳng hàng với "
              "dòng cùng cấp ngay trên.")


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
     TAB_INDENT),
    ("block collection", "expected '-' indicator", "problem",
     "Thụt lề không khớp trong danh sách: mỗi mục bắt đầu bằng '- ' (gạch ngang rồi dấu cách), các mục thẳng hàng "
     "với nhau và các trường của một mục thẳng hàng với trường đầu tiên của nó."),
    ("", "block sequence entries are not allowed", "problem",
     "Mục danh sách '- ' phải bắt đầu một dòng mới, dưới tên trường của danh sách; nếu trường chỉ ghi một câu "
     "(như title, summary) thì bỏ '- ' ở đầu câu."),
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


# What stands before a quote that opens a value on its line: an indent, a list's "- ", a key.
_OPENS_A_VALUE = re.compile(r"^ *(?:-[ \t]+)?(?:[^\s:#][^:#]*:[ \t]+)?$")


def _quote_left_open(err, text: str, line_offset: int = 0) -> tuple | None:
    """`record: "Giờ bắt đầu…` with no closing quote: YAML reads on, over the lines below, to the
    next quote there (`- title: "Điểm tin"`), and stops at the words after it, where PyYAML
    blamed the indentation of a correct line. Where the value read just before the error is a
    quoted one that began on an earlier line, name the line that opened it."""
    mark = err.problem_mark
    if mark is None:
        return None
    quoted = None
    try:
        # The tokens up to the error are all this needs, read by the reader that found it (its offsets).
        for token in yaml.scan(text, Loader=LOADER):
            if token.start_mark.index >= mark.index:
                break
            quoted = token if isinstance(token, yaml.ScalarToken) and token.style in ("\"", "'") else None
    except yaml.YAMLError:
        pass
    if quoted is None or not quoted.start_mark.line < quoted.end_mark.line == mark.line:
        return None
    closing = _line(text, mark.line)
    close_at = closing.rfind(quoted.style, 0, mark.column)
    if close_at < 0 or not _OPENS_A_VALUE.match(closing[:close_at]):
        return None  # a value wrapped on purpose, closed on a line of its own: the words after it are the fault
    quote = quoted.style
    opened, closed = quoted.start_mark.line + 1 + line_offset, mark.line + 1 + line_offset
    name = "ngoặc kép" if quote == '"' else "ngoặc đơn"
    curly = "” ở cuối dòng không đóng được ngoặc thẳng: thay nó bằng \"" if _line(text, quoted.start_mark.line).rstrip().endswith("”") else ""
    return quoted.start_mark, (f"Giá trị mở bằng dấu {name} {quote} ở đây nhưng không đóng trên dòng này, nên YAML đọc tiếp "
                               f"xuống tới dấu {quote} ở dòng {closed} và báo lỗi ở đó: "
                               + (f"dấu {curly}." if curly else f"thêm dấu {quote} ở cuối dòng {opened}."))


def _lines_above(err, text: str) -> tuple[int, Iterator[tuple[int, str]]] | None:
    """Where YAML stopped at a colon it allows nowhere there: that line's indentation, and the
    lines above it, nearest first (index, text), blank lines and comments left out."""
    mark = err.problem_mark
    if mark is None or "mapping values are not allowed" not in (err.problem or ""):
        return None
    lines = text.split("\n")
    here = lines[mark.line] if mark.line < len(lines) else ""
    return len(here) - len(here.lstrip(" ")), _written_above(lines, mark.line)


def _written_above(lines: list[str], index: int) -> Iterator[tuple[int, str]]:
    """The lines above line `index`, nearest first (index, text), blank lines and comments left out."""
    return ((back, lines[back]) for back in range(index - 1, -1, -1) if lines[back].strip() and not lines[back].lstrip().startswith("#"))


def _deeper_than_a_value(err, text: str, line_offset: int = 0) -> tuple | None:
    """`members: 10` then `  year: 2019`: the second line is deeper than a line that already has
    its value. Either may be the wrong one (often the first lost its indent): name both, by their
    line in the file (a front matter starts below the file's first line)."""
    found = _lines_above(err, text)
    if found is None:
        return None
    indent, above_lines = found
    above_lines = list(above_lines)
    for k, (back, above) in enumerate(above_lines):
        key_value = re.match(rf"{_BEFORE_VALUE}\S", above)
        # "  - title: X" holds its key at the column after "- ": a key below it there is its sibling.
        if key_value and _key_column(above) < indent:
            above_no = back + 1 + line_offset
            # At the key, whose indentation is at fault, not at its colon, where YAML stopped.
            at = yaml.Mark("", 0, err.problem_mark.line, indent, None, None)
            column = _key_column(above)
            key = re.match(r"[ \t]*(?:-[ \t]+)?([^:\s]+)", above).group(1)
            # Under a list item's first key ("  - title: …"), "the same indent" read as the dash's.
            same = (f"đặt trường của dòng này thẳng cột với chữ {key!r} của dòng {above_no}, tức {column} dấu cách từ đầu dòng"
                    if above.lstrip(" ").startswith("- ") else "thụt lề chúng bằng nhau")
            before = next((line for _, line in above_lines[k + 1:] if line.strip() and not line.lstrip().startswith("#")), "")
            if column == 0 and not before[:1].isspace():
                # Under a field at the left edge, as the line before it is, this line is the one
                # moved: " kind: tin-bao" was told that the title above it may have lost its indent.
                return at, (f"Dòng này thụt vào sâu hơn dòng {above_no} ({above.strip()!r}), mà dòng đó đã có giá trị nên không "
                              f"chứa được trường con: nếu đây là một trường như dòng {above_no}, xóa {indent} dấu cách ở đầu "
                              "dòng này.")
            return at, (f"Dòng này thụt vào sâu hơn dòng {above_no} ({above.strip()!r}), mà dòng đó đã có giá trị nên không "
                          f"chứa được trường con: nếu hai dòng cùng thuộc một khối, {same} (có thể dòng "
                          f"{above_no} bị mất thụt lề).")
        return None
    return None


def _shallower_than_the_key_above(err, text: str, line_offset: int = 0) -> tuple | None:
    """`  name: X` indented four, then `  parent: Y` two: YAML took the first key's indent for the
    block's and blamed the second line alone, "not aligned", while the first may be the one that
    moved (a tab replaced by four spaces). Name both lines and their indents."""
    mark = err.problem_mark
    if mark is None or "block mapping" not in (err.context or "") or not any(
            words in (err.problem or "") for words in ("expected <block end>", "did not find expected key")):
        return None
    lines = text.split("\n")
    here = _ENTRY.match(lines[mark.line]) if mark.line < len(lines) and not lines[mark.line].lstrip().startswith("-") else None
    above = next(_written_above(lines, mark.line), None)
    if here is None or above is None or not re.match(rf"{_BEFORE_VALUE}\S", above[1]) or above[1].lstrip(" ").startswith("-"):
        return None
    indent, deeper = len(here.group(1)), _key_column(above[1])
    if deeper <= indent:
        return None
    above_no = above[0] + 1 + line_offset
    return mark, (f"Thụt lề không khớp: dòng này thụt {indent} dấu cách, còn dòng {above_no} ({above[1].strip()!r}) ngay trên "
                  f"thụt {deeper}. Các trường cùng một khối phải thẳng hàng: sửa dòng thụt sai cho bằng các trường khác "
                  f"của khối (có thể dòng {above_no} bị thụt thêm).")


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
    if value.endswith(":") and mark.column >= len(line.rstrip()) - 1 and ":" not in value[:-1]:
        # "kind: tin-bao:": a colon typed after the value, which quotes would only keep in it.
        return mark, f"Dấu ':' ở cuối giá trị là thừa: xóa nó, viết {before.group().strip()} {value[:-1].rstrip()}."
    curly = f"{value[0]}…{value[-1]}" if WRAPPED_IN_CURLY_QUOTES.match(value) else ""
    if curly:
        value = value[1:-1]  # meant as YAML's quotes: the example writes straight ones instead
    plain = '"' not in value and not value.startswith("'") and len(value) <= 80
    example = f" viết {before.group().strip()} \"{value}\"" if plain else ""
    # A long value has no example: the editor who typed Word's quotes around it believed it quoted.
    told = (f" Ngoặc cong {curly} không phải ngoặc của YAML: thay hai dấu ấy bằng ngoặc thẳng \"...\"."
            if curly and not example else "")
    return mark, (f"Giá trị có dấu ':' ở đây, nên YAML đọc phần trước nó thành tên một trường: đặt cả giá trị trong "
                  f"ngoặc kép \"...\"{',' + example if example else ''}.{told}")


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


# "title "Tiêu đề"" or "summary Một câu": a field's name, a space, its value, and no colon.
_KEY_NO_COLON = re.compile(r"^( *(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)[ \t]+(?=\S)(?![^\n]*:(?:\s|$))")


@functools.cache
def _field_names() -> frozenset:
    """Every field a content file may hold: a word of running text ("Khi", "sinh") is none of them."""
    import dataclasses

    from . import model
    from .schema import specs

    return frozenset(f.name for o in vars(model).values() if isinstance(o, type) and dataclasses.is_dataclass(o)
                     for f, _ in specs(o))


@functools.cache
def list_fields() -> frozenset:
    """Fields that hold a list in some content type: "facts", "results", "items"."""
    import dataclasses

    from . import model
    from .schema import ListOf, specs

    return frozenset(f.name for o in vars(model).values() if isinstance(o, type) and dataclasses.is_dataclass(o)
                     for f, s in specs(o) if isinstance(s.type, ListOf))


def _words_above_the_fields(err, text: str) -> tuple | None:
    """A file's opening note that lost its "#": YAML read its words and the first field's name as
    one name, and stopped at that field's colon. Point at the words."""
    found = _lines_above(err, text)
    if found is None or found[0] != 0:
        return None
    above = [back for back, line in found[1]]
    if not above or not all(_indent(line) == 0 and _running_text(line) for line in (_line(text, back) for back in above)):
        return None
    return yaml.Mark("", 0, above[-1], 0, None, None), (
        "Dòng này không có dạng `tên trường: giá trị`, nên YAML đọc nó liền với tên trường ở dòng dưới: nếu là ghi chú, "
        "thêm dấu # ở đầu dòng; nếu là chữ của một trường, viết nó sau tên trường đó.")


def _key_without_colon(err, text: str) -> tuple | None:
    """A line whose name lost its colon runs on, as text, into the next line, and YAML stops at the
    next line's colon: the line to mend is the one above, where the colon is missing. Only a
    field's own name: a value wrapped onto a line that starts with a plain word ("Khi đề tài …")
    is not one, and the colon in its next line is the value's."""
    found = _lines_above(err, text)
    if found is None:
        return None
    indent, above_lines = found
    for back, above in above_lines:
        bare = _KEY_NO_COLON.match(above)
        if not bare or len(bare.group(1)) != indent or bare.group(2) not in _field_names():
            return None
        at = yaml.Mark("", 0, back, bare.end(2), None, None)
        return at, f"Dòng này thiếu dấu ':' sau tên trường {bare.group(2)!r}: viết '{bare.group(2)}: ...'."
    return None


def _name_without_colon(err, text: str) -> tuple | None:
    """`reviewed 2026-12-05`: a field's name and its value with no colon between, on one line."""
    mark = err.context_mark
    if mark is None or "could not find expected ':'" not in (err.problem or ""):
        return None
    line = _line(text, mark.line)
    named = re.match(r"^( *)([A-Za-z_][\w-]*)[ \t]+(\S.*?)\s*$", line)
    if not named or named.group(2) not in _field_names():
        return None
    at = yaml.Mark("", 0, mark.line, named.end(2), None, None)
    return at, f"Dòng này thiếu dấu ':' sau tên trường {named.group(2)!r}: viết '{named.group(2)}: {named.group(3)[:60]}'."


def _note_without_hash(err, lines: list[str]) -> tuple[int, str] | None:
    """A note at the margin, at or above where YAML stopped, that lost its "#": words no field can be
    (four or more, not opening with a field's name, no field-like name before a colon), read as a field or a
    value, which made YAML stop there or at a correct line below. Taken only where commenting it
    out moves the error on: its index and what to say."""
    mark = err.problem_mark or err.context_mark
    if mark is None:
        return None
    for index in range(min(mark.line, len(lines) - 1) + 1):
        line = lines[index]
        words = line.split()
        # A name before a colon may be a field's, mistyped; one of two words or written with Vietnamese
        # letters ("Nguồn: bài viết …", a header) is no field's.
        if (not line.strip() or line[0] in " \t#-" or len(words) < 4 or words[0].rstrip(":") in _field_names()
                or re.match(r"[A-Za-z_][A-Za-z0-9_-]*:", line)):
            continue
        after = _reread(lines[:index] + ["# " + line] + lines[index + 1:])
        moved = after is None or (after.problem_mark or after.context_mark or mark).line > mark.line
        if not moved:
            return None
        # Or a field's value that lost its name: both are said (a header line's # lost, or "title: ").
        if all(not above.strip() or above.lstrip().startswith("#") for above in lines[:index]):
            return index, ("Dòng này không có dạng `tên trường: giá trị`, nên YAML đọc lệch các dòng sau nó: nếu là ghi chú "
                           "ở đầu tệp, thêm dấu # ở đầu dòng; nếu là giá trị của một trường, viết tên trường và dấu hai "
                           "chấm trước nó.")
        above = next(_written_above(lines, index))[1]
        indent = _indent(above) if _running_text(above) else _key_column(above) + 2
        empty_list = re.fullmatch(r" *(?:-[ \t]+)?([A-Za-z_]\w*):[ \t]*", above)
        if empty_list and empty_list.group(1) in list_fields():
            shown = line.strip() if len(line.strip()) <= 40 else line.strip()[:40] + "…"
            return index, (f"Dòng này không thuộc trường nào, nên YAML đọc lệch các dòng sau nó: nếu là một mục của danh sách "
                           f"'{empty_list.group(1)}' ở dòng trên, viết nó thành '{' ' * (indent - 2)}- {shown}' "
                           "(thụt vào, có '- ' ở đầu); nếu là ghi chú, thêm dấu # ở đầu dòng.")
        return index, ("Dòng này không thuộc trường nào, nên YAML đọc lệch các dòng sau nó: nếu là ghi chú, thêm dấu # ở "
                       "đầu dòng; nếu là giá trị của một trường, viết tên trường và dấu hai chấm trước nó; nếu là phần "
                       f"tiếp của giá trị ở dòng trên, thụt dòng này vào {indent} dấu cách.")
    return None


def _dashless_item(err, lines: list[str]) -> tuple[int, str, str] | None:
    """A list item whose "- " was lost: a line of words in the column of the list's "- " marks
    (YAML read it as a field's name without a colon), or the list's first item, under its field
    (YAML read it as the field's value, then stopped at the next "- "). Its index, what to say and
    the line as meant."""
    mark = err.context_mark if "could not find expected ':'" in (err.problem or "") else None
    # "expected <block end>" (PyYAML), "did not find expected key" (libyaml)
    first = (mark is None and err.problem_mark is not None
             and any(words in (err.problem or "") for words in ("expected <block end>", "did not find expected key")))
    if mark is None and not first:
        return _first_item_of_fields(err, lines)
    at = err.problem_mark.line if first else mark.line
    if at >= len(lines):
        return None

    def shown(i: int) -> bool:
        return bool(lines[i].strip()) and not lines[i].lstrip().startswith("#")

    if first:
        dash = re.match(r" *-[ \t]", lines[at])
        indent = _indent(lines[at])
        above = [i for i in range(at - 1, -1, -1) if shown(i) and _indent(lines[i]) <= indent]
        if not (dash and err.problem_mark.column == indent and above):
            return None
        deeper = _deeper_first_item(lines, above[0], at, indent)
        if deeper is not None:
            return deeper
        if len(above) < 2:
            return None
        index, field = above[0], lines[above[1]]
        # Words, or a quoted line (a form's "Chủ trì: [...]" holds a colon inside its quotes).
        if not (_indent(lines[index]) == indent and not lines[index].lstrip().startswith("-")
                and (_running_text(lines[index]) or lines[index].lstrip()[:1] in "\"'")
                and _indent(field) < indent and _EMPTY_FIELD.fullmatch(field)):
            return None
        return index, first_item_told(field), " " * indent + "- " + lines[index].lstrip(" ")
    line = lines[at]
    indent = _indent(line)
    if mark.column != indent or not line.strip() or line.lstrip().startswith(("-", "#")):
        return None
    # An item of words, not of fields: words between "- title: …" items are no item of theirs.
    item = re.compile(rf" {{{indent}}}-[ \t]+(?:[\"']|(?![^\s:#-][^:#]*:(?:[ \t]|$)))")
    before = next((lines[i] for i in range(at - 1, -1, -1) if shown(i) and _indent(lines[i]) <= indent), "")
    after = next((lines[i] for i in range(at + 1, len(lines)) if shown(i) and _indent(lines[i]) <= indent), "")
    if not (item.match(before) or item.match(after)):
        return _only_item(lines, at, before)
    return at, ("Dòng này nằm giữa các mục '- ' của một danh sách, thẳng cột với chúng, mà không có dấu '- ' ở đầu: nếu là "
                "một mục, thêm '- ' (gạch ngang rồi một dấu cách) trước chữ; nếu là phần tiếp của mục ở trên, thụt dòng "
                "này vào thêm hai dấu cách."), " " * indent + "- " + line.lstrip(" ")


def _only_item(lines: list[str], at: int, field: str) -> tuple[int, str, str] | None:
    """`term:` then `web-hutech-ct05` in its column, and no "- " item around: a one-item list's item,
    its "- " lost, if the line holds one word no field is called (a field that lost its colon is
    told as before). Both readings are said; read as the item."""
    line = lines[at]
    word = line.strip()
    # An id ("web-hutech-ct05"), not a flow list, a quoted line or a field's name.
    if (not re.fullmatch(r"[\w./-]+", word) or word in _field_names() or not _EMPTY_FIELD.fullmatch(field)
            or _indent(field) != _indent(line)):
        return None
    name = field.strip().lstrip("- ").rstrip(":").strip()
    parent = next((ln for _, ln in _written_above(lines, at) if _indent(ln) < _indent(field)), "")
    if name not in list_fields() and parent.strip() != "sources:":
        return None  # "reviewed:" then its date: a value on the line under its field, told as before
    meant = " " * _indent(line) + "- " + word
    return at, (f"Dòng này nằm ngay dưới trường '{name}' mà không có dạng `tên trường: giá trị`: nếu là một mục của danh "
                f"sách '{name}', viết '{meant.strip()}' (có '- ' ở đầu); nếu là tên một trường, thêm dấu ':' sau nó."), meant


# A field with no value after its colon: a list's (or a block's) field, its items below it.
_EMPTY_FIELD = re.compile(r" *(?:-[ \t]+)?[^\s:#-][^:#]*:[ \t]*")


def first_item_told(field: str, meant: str = "") -> str:
    """What to say of a list's first item that lost its "- ", under its field's line (or name),
    with the line as meant where its indent changes too."""
    name = field.strip().lstrip("- ").rstrip(":").strip()
    shown = meant if len(meant) <= 50 else meant[:49] + "…"
    mend = (f"viết dòng này thành '{shown}', dấu '- ' thẳng cột với các mục '- ' của danh sách" if meant
            else "thêm '- ' (gạch ngang rồi một dấu cách) trước chữ")
    return (f"Dòng này là mục đầu của danh sách '{name}' mà thiếu dấu '- ' ở đầu, nên YAML đọc nó là giá trị của "
            f"'{name}' rồi đọc lệch các dòng sau nó: {mend}.")


def _deeper_first_item(lines: list[str], field_at: int, at: int, indent: int) -> tuple[int, str, str] | None:
    """The list's first item whose "- " was typed over with two spaces: every line of it sits two
    deeper than the "- " of the items after it, under the list's field. (Words so typed over,
    under a field whose items stand deeper than it, YAML reads on into the items: told in source.)"""
    field = lines[field_at]
    body = [i for i in range(field_at + 1, at) if lines[i].strip() and not lines[i].lstrip().startswith("#")]
    # The list's "- " may stand in its field's column ("code:" then "- bv-…", as the registry writes).
    if not (body and _indent(field) <= indent and _EMPTY_FIELD.fullmatch(field)
            and _indent(lines[body[0]]) == indent + 2 and all(_indent(lines[i]) >= indent + 2 for i in body)):
        return None
    if lines[body[0]].lstrip(" ").startswith("-"):
        return None
    # In a compact list, one line of value only: a block of fields there ("sources:" then "  code:")
    # is the field's own, and the "- " below it a line that should not be there.
    if _indent(field) == indent and (len(body) > 1 or _ENTRY.match(lines[body[0]])):
        return None
    meant = " " * indent + "- " + lines[body[0]][indent + 2:]
    return body[0], first_item_told(field, meant), meant


def _first_words_run_into_items(lines: list[str], at: int) -> tuple[int, str, str] | None:
    """The list's first item of words, its "- " typed over with two spaces: YAML read the "- " items
    below it as its text, up to one holding ": " (in quotes, which inside a text count for nothing)."""
    column = _indent(lines[at])
    index = at - 1
    while index >= 0 and (not lines[index].strip() or re.match(rf" {{{column}}}-[ \t]", lines[index])):
        index -= 1
    field_at = next((i for i, _ in _written_above(lines, index)), None)
    if field_at is None or _indent(lines[index]) != column + 2 or not _running_text(lines[index]):
        return None
    named = re.fullmatch(r" *(?:-[ \t]+)?([A-Za-z_]\w*):[ \t]*", lines[field_at])
    if not (named and named.group(1) in list_fields() and _indent(lines[field_at]) < column):
        return None
    meant = " " * column + "- " + lines[index][column + 2:]
    return index, first_item_told(lines[field_at], meant), meant


def _first_item_of_fields(err, lines: list[str]) -> tuple[int, str, str] | None:
    """`items:` then `  title: …` then `    minutes: 5`: the first item's "- " deleted, its first
    field left in the column of the list's "- " and its other fields two deeper, where YAML found
    a field inside the first one's value. Only under a list's field."""
    mark = err.problem_mark
    if mark is None or "mapping values are not allowed" not in (err.problem or "") or mark.line >= len(lines):
        return None
    if re.match(r" *-[ \t]", lines[mark.line]):
        return _first_words_run_into_items(lines, mark.line)
    indent = _indent(lines[mark.line])
    above = [i for i, _ in _written_above(lines, mark.line)]
    if len(above) < 2:
        return None
    index, field = above[0], lines[above[1]]
    named = re.fullmatch(r" *(?:-[ \t]+)?([A-Za-z_]\w*):[ \t]*", field)
    if not (named and named.group(1) in list_fields() and _indent(lines[index]) == indent - 2 > _indent(field)
            and _ENTRY.match(lines[index]) and not lines[index].lstrip().startswith("-")
            and re.match(r" *[A-Za-z_]\w*:[ \t]", lines[mark.line])):
        return None
    sibling = next((ln for ln in lines[mark.line + 1:] if re.match(r" *-[ \t]", ln) and _indent(ln) <= indent - 2), None)
    if sibling is not None and _indent(sibling) != indent - 2:
        return None  # the item's fields moved too: no one line mends it
    meant = " " * (indent - 2) + "- " + lines[index][indent - 2:]
    return index, first_item_told(field, meant), meant


def _tab_at(err, text: str) -> tuple | None:
    """A Tab where YAML stopped, told one way whichever words PyYAML used ("cannot start any token",
    "tab character"); after a list's "-", as the key an editor pressed."""
    mark = err.problem_mark
    line = _line(text, mark.line) if mark is not None else ""
    if not (mark is not None and line[mark.column:mark.column + 1] == "\t"):
        return None
    if re.match(r"^[ \t]*-\t", line):
        return mark, "Sau dấu '-' là phím Tab: thay Tab bằng một dấu cách."
    return mark, TAB_INDENT


def _two_documents(err, text: str) -> tuple | None:
    """A .yml file written between two "---" lines, as a page's front matter is: YAML reads two
    documents, and said so in its own English words at the second "---"."""
    if "single document" not in (err.context or "") + (err.problem or "") or err.problem_mark is None:
        return None
    marks = [str(i + 1) for i, line in enumerate(text.split("\n")) if re.match(r"---(?:\s|$)", line)]
    lines = ", ".join(marks[:-1]) + " và " + marks[-1] if len(marks) > 1 else "".join(marks)
    return err.problem_mark, (f"Tệp .yml không dùng dòng ---, vốn chỉ dành cho phần đầu của tệp .md: xóa các dòng --- "
                              f"(dòng {lines}); tệp chỉ gồm các dòng ‘tên trường: giá trị’.")


def _explain(err, text: str, line_offset: int = 0) -> tuple:
    found = (_tab_at(err, text) or _two_documents(err, text) or _quote_left_open(err, text, line_offset) or _closed_early(err, text)
             or _colon_without_space(err, text) or _key_without_colon(err, text)
             or _name_without_colon(err, text) or _words_above_the_fields(err, text)
             or _deeper_than_a_value(err, text, line_offset) or _shallower_than_the_key_above(err, text, line_offset)
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


def sub_line_hint(rel: str, line: str) -> str:
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


def _key_column(line: str) -> int:
    return len(re.match(r" *(?:-[ \t]+)?", line).group())


def _running_text(line: str) -> bool:
    """A line of a value's words: not a field, an item or a comment. A "name" of a sentence's
    length ("hoạt. Năm 2021, hai nhiệm vụ … là:") is words with a colon in them."""
    if line.lstrip().startswith(("#", "-")):
        return False
    entry = _ENTRY.match(line)
    return entry is None or sentence_as_name(line[len(entry.group(1)):].split(":", 1)[0])


_BLOCK_HEADER = re.compile(r":[ \t]+[>|][-+]?[ \t]*$")
# A field with its value begun on its own line ("    text: Trước mỗi kỳ"), unquoted.
_INLINE_VALUE = re.compile(r" *(?:-[ \t]+)?[A-Za-z_]\w*:[ \t]+[^\s\"'>|\[{&*#]")


def _lost_indent(lines: list[str], upto: int) -> tuple[int, int, int] | None:
    """A wrapped line of a long value that lost its indent, at or above where YAML stopped: it ends
    the value, then reads as a field (S101 for a sentence-long name) or as nothing, and PyYAML
    blamed the correct lines below. Its index, the indent it needs and the index of the line above
    it (the text's, or its field's where it was the text's first line); only a line no deeper than
    the field whose value runs above it, which no value can hold."""
    text_above = field_column = header = valued = None
    quoted = False  # inside a quoted value that goes on over lines, where any indent is the value's
    for index in range(min(upto, len(lines) - 1) + 1):
        line = lines[index]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:_indent(line) + 1].endswith("\t"):
            return None  # a Tab in its indent: told as one
        quotes = line.count('"') - line.count('\\"')
        if _running_text(line):
            if quoted:
                quoted = quotes % 2 == 0
                continue
            quoted = quotes % 2 == 1
            if _words_of_a_value(lines, index):
                if header is not None and _indent(line) <= header[1]:
                    return index, header[1] + 2, header[0]
                if text_above is not None and field_column is not None and _indent(line) <= field_column < _indent(lines[text_above]):
                    return index, _indent(lines[text_above]), text_above
                if text_above is None and valued is not None and _indent(line) <= valued[1]:
                    # "text: Trước mỗi kỳ …" wrapped under its name: the rest of a value begun on its field's line.
                    return index, valued[1] + 2, valued[0]
            text_above, header, valued = index, None, None
        else:
            text_above, field_column = None, _key_column(line)
            header = (index, field_column) if _BLOCK_HEADER.search(line) else None
            # Inside an item: at the top, a line under "title: …" may as well be a note or a field's value (told as such).
            valued = (index, field_column) if header is None and field_column and _INLINE_VALUE.match(line) else None
            quoted = quotes % 2 == 1
    return None


def _words_of_a_value(lines: list[str], index: int) -> bool:
    """A line that reads as words of a text, not as a field gone wrong: four words or more, not
    opening with a field's name ("minutes 10", "sources"), no name glued to a value ("kind:chi-uy"),
    and no block indented under it (a field's whose colon is missing)."""
    line = lines[index]
    words = line.split()
    if len(words) < 4 or words[0].rstrip(":") in _field_names() or _GLUED_KEY.match(line):
        return False
    below = next((ln for ln in lines[index + 1:] if ln.strip() and not ln.lstrip().startswith("#")), "")
    return _indent(below) <= _indent(line) or _running_text(below) and not below.lstrip().startswith("-")


def syntax_errors(err, text: str, rel: str, line_offset: int) -> tuple[list[Diagnostic], str | None]:
    """YAML stops at its first error. So that an editor sees every broken item of a file at once,
    the indented list item that holds the error is blanked (line numbers kept) and the file read
    again, until it reads cleanly: a broken item of an agenda does not hide a broken item after it.
    Outside a list item, reading resumes at the next top-level field, with every line before it
    blanked. A second error inside the same item or field is not told: what follows an error there
    depends on how it is mended. Returns the errors and the text that read cleanly in the end (the
    broken parts blanked, every other line where it was), or None where none did."""
    problems: list[Diagnostic] = []
    lines = text.split("\n")
    # The same lines blanked only from the broken top-level field on, not from the file's start:
    # what is checked past the errors keeps the fields above them (a registry entry its id).
    kept = list(lines)
    blanked_to = 0
    while len(problems) < _MAX_SYNTAX_ERRORS:
        if not isinstance(err, yaml.MarkedYAMLError):
            problems.append(diag(rel, 1 + line_offset, 1, "Y001", f"Lỗi cú pháp YAML: {err}."))
            return problems, None
        lost = _lost_indent(lines, (err.problem_mark or err.context_mark).line) if err.problem_mark or err.context_mark else None
        if lost is not None:
            # Told at the line, then read as it was meant, indented: the rest of its value and file are checked.
            index, indent, above = lost
            # Under the text's field ("note: >-"), the text's first line; else a line of the text above.
            what = (f"phần tiếp của đoạn chữ ở dòng {above + 1 + line_offset}" if _running_text(lines[above])
                    else f"phần tiếp của giá trị ở dòng {above + 1 + line_offset}" if _INLINE_VALUE.match(lines[above])
                    else f"dòng đầu của đoạn chữ mở ở dòng {above + 1 + line_offset}")
            problems.append(diag(rel, index + 1 + line_offset, 1, "Y001",
                                 f"Dòng này có vẻ là {what} nhưng bị mất thụt lề, nên YAML đọc lệch các dòng sau nó: "
                                 f"thụt dòng này vào {indent} dấu cách (nếu là ghi chú, thêm dấu # ở đầu dòng)."))
            lines[index] = kept[index] = " " * indent + lines[index].lstrip(" ")
            err = _reread(lines)
            if err is None:
                return problems, _readable(kept)
            continue
        dashless = _dashless_item(err, lines)
        note = _note_without_hash(err, lines) if dashless is None else None
        if note is not None or dashless is not None:
            # Told at the line, then read as a note or an item: the rest of the file is checked.
            index, message, meant = dashless or (*note, "# " + lines[note[0]])
            problems.append(diag(rel, index + 1 + line_offset, _indent(lines[index]) + 1, "Y001", message))
            lines[index] = kept[index] = meant
            err = _reread(lines)
            if err is None:
                return problems, _readable(kept)
            continue
        mark, message = _explain(err, "\n".join(lines), line_offset)
        if mark is not None and re.match(r"^[ \t]+-[ \t]", _line("\n".join(lines), mark.line)) and "thẳng hàng" in message:
            message += sub_line_hint(rel, _line("\n".join(lines), mark.line))
        if mark is not None and mark.line < blanked_to:
            # Told again above the end of what was blanked: the last error's doing, not a new one.
            return problems, None
        problems.append(diag(rel, *(position(mark, line_offset) if mark else (1 + line_offset, 1)), "Y001", message))
        after = mark.line if mark else len(lines)
        item = _list_item_at(lines, after)
        if item is not None:
            start, blanked_to = item
            kept[start:blanked_to] = [""] * (blanked_to - start)
        else:
            start = 0
            blanked_to = next((index for index in range(after + 1, len(lines)) if _TOP_LEVEL_FIELD.match(lines[index])), None)
            field = next((index for index in range(min(after, len(kept) - 1), -1, -1) if _TOP_LEVEL_FIELD.match(kept[index])), 0)
            kept[field:blanked_to] = [""] * ((blanked_to or len(kept)) - field)
            if blanked_to is None:
                return problems, _readable(kept)
        lines[start:blanked_to] = [""] * (blanked_to - start)
        err = _reread(lines)
        if err is None:
            return problems, _readable(kept)
    return problems, None


def _reread(lines: list[str]) -> yaml.YAMLError | None:
    """The error reading the lines again meets first, or None where they read cleanly."""
    try:
        yaml.compose("\n".join(lines), Loader=LOADER)
    except yaml.YAMLError as err:
        return err
    return None


def _readable(lines: list[str]) -> str | None:
    text = "\n".join(lines)
    try:
        yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError:
        return None
    return text
