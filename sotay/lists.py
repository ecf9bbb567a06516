"""Check pass: lists in a guidance body written as GitHub's preview shows them but the site does not.

GitHub and GitLab read CommonMark, where a list may follow a line of text directly and a sub-item
is indented two spaces. The site's Markdown (Python-Markdown) needs a blank line before a list and
four spaces before a sub-item, and knows no "•" or "1)" bullets: the editor's preview showed a
list, the page one run-on paragraph ("Các bước: - Việc một. - Việc hai.") or a flat list."""

from __future__ import annotations

import re

from .agenda_md import step_numbering
from .block_layout import HEADING, layout_problems
from .check import rule_pass
from .diagnostics import diag
from .markdown_limits import MAX_DEPTH
from .model import AgendaItem, Form
from .outline import running_text
from .schema import Obj, Str, Text, type_at
from .spans import spans
from .verbatim import WORD_BULLET, blank_blocks, blank_code, html_blocks, word_sub_bullet

_ITEM = re.compile(r"^( *)(?:[-*+]|(\d+)\.)[ \t]+\S")
_RULE = re.compile(r"^ {0,3}([-*_])(?: *\1){2,} *$")  # a horizontal rule ("* * *"), not a list
_BACKSLASH_BREAK = re.compile(r"(?<!\\)\\[ \t]*$")  # GitHub's hard line break: one "\" at a line's end
# Markers a line of text may also open with: "–" (Word's own for a typed "- ", and a range's dash
# wrapped onto the next line: "2020\n– 2025", never told), "—" (dialogue), "→" (a chain of steps
# wrapped: "… đảng viên\n→ họp chi ủy → họp chi bộ"), "o" (Word's second level, in Courier;
# also a word), "-Việc" (no space), "2)" or "a." (a wrapped line). Told when the next or the line
# before opens with the same marker or the next number or letter: lines the page runs together
# (after a blank line each is a paragraph of its own).
# Also numbered lines Word and PDFs leave: "Bước 1: …", "(1) …", "1.Bí thư" (no space after the dot),
# and the markers of State and Party documents: "+)", "*)", "a/", "1/", "1.1.".
_PAIRED = re.compile(r"^ {0,3}(–(?![ \t]*\d)|—|→|➔|o(?=[ \t])|-(?=[^\W\d_])|\d{1,2}\)|\d{1,2}-(?=[ \t])|[a-zđA-ZĐ][.)]|\(\d{1,2}\)|Bước[ \t]+\d{1,2}[.:)]"
                     r"|\d{1,2}\.(?=[^\W\d_])|[+*]\)|(?:[a-zđA-ZĐ]|\d{1,2})/(?=[ \t])|\d{1,2}\.\d{1,2}\.?(?=[ \t]))[ \t]*\S")
_PAGE_NUMBER = re.compile(r"^ {0,3}-[ \t]+\d{1,3}[ \t]+-[ \t]*$")  # "- 2 -", a PDF's page number copied with its text
# "12", "Trang 4/10" on a line of their own: a PDF's page number pasted into a paragraph, which
# the page runs on into its sentence ("… cho 12 thiết thực …").
_BARE_PAGE_NUMBER = re.compile(r"^ {0,3}(?:[Tt]rang[ \t]+)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*$")
_NUMBERED_KINDS = (")", ".", "/", "n-", "()", "Bước", "a.", "a)", "a/", "A.", "A)", "A/", "n.n")
_SUB_NUMBER = re.compile(r"\d{1,2}\.(\d{1,2})\.?")  # "1.2." is the second of its section's points
_ALPHABET = "abcdđefghijklmnopqrstuvwxyz"
_ADMONITION = re.compile(r"^( *)(?:!!!|\?\?\?\+?)[ \t]+\S")
_QUOTE = re.compile(r"^ {0,3}> ?")
_CODE_INDENT = re.compile(r"^(?: {0,3}\t| {4})")  # an indented code block's line, as Markdown reads it
_TAB_PARAGRAPH = re.compile(r"^\t[^\W\d_]")  # one tab, then a word: Word's first-line indent


def _container(lines: list[str], i: int) -> tuple[int, list[str], list[int]] | None:
    """The block an admonition ("!!! note", "??? tip") or a quote ("> ") opens at line i: (the
    line after it, its lines as the page reads them inside, how many characters each lost).
    Inside, the same rules hold: "Các bước:\n    - Một" in a note is one paragraph too."""
    opener = _ADMONITION.match(lines[i])
    if opener:
        inner = len(opener.group(1)) + 4
        # As the page reads the body: a Tab is four columns; a code block in it, blanked here, is
        # spaces as long as its lines (a body of a code block alone is no empty box).
        # Line by line from the opener, as far as the body goes: the whole page's lines, made for
        # each opener, took 14 s for 9,900 notes.
        block, indent = [], " " * inner
        for k in range(i + 1, len(lines)):
            row = lines[k]
            row = row.expandtabs(4) if row.startswith("\t") or "\t" in row[:inner] else row
            if row.strip() and not row.startswith(indent):
                break
            block.append(row)
        while block and not block[-1].strip() and len(block[-1]) <= inner:
            block.pop()
        return i + 1 + len(block), [row[inner:] for row in block], [inner] * len(block)
    if not _QUOTE.match(lines[i]):
        return None
    end = i
    while end < len(lines) and _QUOTE.match(lines[end]):
        end += 1
    cuts = [_QUOTE.match(row).end() for row in lines[i:end]]
    return end, [row[cut:] for row, cut in zip(lines[i:end], cuts, strict=True)], cuts


# A note's first line as the page reads one (Python-Markdown's admonition): any other shows as text,
# its body as a paragraph under it ("!!! note “Lưu ý”", Word's curly quotes; "??? tip", a folding
# box the site does not have).
_NOTE_OPENS = re.compile(r'!!! ?[\w\-]+(?: +[\w\-]+)*(?: +"(.*?)")? *$')
_CURLY = re.compile("[“”‘’„‟«»]")
# What GitHub's preview shows and the site's Markdown does not: a struck word, an alert box.
_GITHUB_ONLY = re.compile(r"(?P<strike>(?<!~)~~(?=\S)[^~\n]+?(?<=\S)~~(?!~))|(?P<alert>^ {0,3}(?:>[ \t]*)?\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\])",
                          re.IGNORECASE)
_GITHUB_TOLD = {"strike": "Trang không gạch ngang chữ: hai dấu ~~ hiện nguyên. Viết lại câu (chữ bỏ đi thì xóa), hoặc ghi rõ "
                          "“(đã bỏ)”.",
                "alert": "Trang không có khung [!NOTE] của GitHub: dòng hiện nguyên. Viết khung ghi chú ‘!!! note \"Lưu ý\"’, "
                         "nội dung thụt 4 dấu cách."}
# A heading or a note's first line one to three spaces in from the margin, outside a list.
_SHIFTED_BLOCK = re.compile(r"^ {1,3}(#{1,6}(?=[ \t])|!!!)")


def _shifted(line: str, mark: str) -> str:
    what = "tiêu đề mục" if mark.startswith("#") else "khung ghi chú"
    return (f"Dòng có {len(line) - len(line.lstrip(' '))} dấu cách trước dấu {mark[:3]}: trang hiện nguyên dòng thành chữ "
            f"thường, không thành {what}; bỏ các dấu cách đầu dòng.")


def _bad_opener(line: str) -> str | None:
    """Why a note's first line is none the page reads, or None."""
    line = line.strip(" ")
    if _NOTE_OPENS.match(line):
        return None
    if line.startswith("?"):
        return "Trang không có khung gấp mở ra được (‘???’): viết khung ghi chú ‘!!! note \"Tên khung\"’."
    if _CURLY.search(line):
        return ("Tên khung ghi chú phải đặt trong dấu nháy thẳng (\"…\"), không phải dấu nháy cong Word tự đổi (“…”): "
                "trang hiện nguyên dòng này và các dòng dưới thành chữ thường. Viết: !!! note \"Lưu ý\".")
    return ("Dòng mở khung ghi chú viết sai, trang hiện nguyên dòng này và các dòng dưới thành chữ thường: viết "
            "‘!!! loại \"Tên khung\"’ (loại là note, tip, warning…; tên khung trong dấu nháy thẳng, đủ hai dấu).")


def _empty_note(lines: list[str], i: int, end: int) -> tuple[int, str] | None:
    """(line index, message) for a note ("!!! note", line i) with nothing inside: its lines typed
    flush left as in Word, or indented two spaces as on GitHub, were shown under an empty box, with
    no word to the editor. Told at the first of them; at the note's own line if none follows (or a
    heading, another note: the page's next part, not the box's body)."""
    if end > i + 1 or not lines[i].lstrip().startswith("!!!"):
        return None
    after = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    inner = len(lines[i]) - len(lines[i].lstrip(" ")) + 4
    if after is None or HEADING.match(lines[after]) or _ADMONITION.match(lines[after]):
        return i, (f"Khung ghi chú trống: viết nội dung của khung ở các dòng ngay dưới, mỗi dòng thụt vào {inner} "
                   f"dấu cách.")
    return after, (f"Dòng này nằm ngoài khung ghi chú ở trên (trang hiện khung trống, chữ ở dưới khung): thụt mỗi dòng "
                   f"của khung vào {inner} dấu cách.")


def _step(marker: str) -> tuple[str, int]:
    """A marker's kind and place in its sequence: ("—", 0), (")", 2) for "2)", ("a.", 1) for "b."."""
    sub = _SUB_NUMBER.fullmatch(marker)
    if sub:
        return "n.n", int(sub.group(1))
    if marker[0].isdigit():
        return ("n-" if marker[-1] == "-" else marker[-1]), int(marker[:-1])  # "1-" is no "-" glued to a word
    if marker[0] == "(":
        return "()", int(marker[1:-1])
    if marker.startswith("Bước"):
        return "Bước", int(re.sub(r"\D", "", marker))
    if len(marker) == 2 and marker[0].isalpha() and marker[1] in ".)/":
        letter = marker[0].lower()
        return ("A" if marker[0].isupper() else "a") + marker[1], _ALPHABET.index(letter)
    return marker, 0


def _paired(lines: list[str], i: int, marker: str) -> bool:
    """Whether the line before or after opens with the same marker, or the number or letter
    before or after this one's."""
    kind, at = _step(marker)
    for j, step in ((i + 1, 1), (i - 1, -1)):
        other = _PAIRED.match(lines[j]) if 0 <= j < len(lines) else None
        if other:
            other_kind, other_at = _step(other.group(1))
            if other_kind == kind and other_at == at + (step if kind in _NUMBERED_KINDS else 0):
                return True
    return False


# Kinds of numbering by digits: a line numbered one way next to one numbered on another way ("1)"
# over "2. ", Word's numbering and the editor's own) is still a run of lines the page joins.
_DIGIT_KINDS = (")", ".", "/", "n-", "()", "Bước", "md.")
_NUMBERED_ITEM = re.compile(r"^ {0,3}(\d{1,2})\.[ \t]+\S")  # a numbered item's line as Markdown reads one


def _mixed_numbering(lines: list[str], i: int, marker: str) -> str | None:
    """The marker of the line below line i that numbers on from it in another kind ("1)" over
    "2. "), where line i opens a paragraph (after a blank line, or under a lead-in ending in ":"
    that is no list's line); None otherwise. "1)" opens no list, so it and the "2. " lines under
    it are one paragraph on the page. Under an item, or inside a sentence wrapped ("… (điểm\n1) và
    …"), a "1)" is the text's own: told, the fix ("1.") made a list of what was one item."""
    kind, at = _step(marker)
    if kind not in _DIGIT_KINDS or i + 1 >= len(lines):
        return None
    above = lines[i - 1] if i else ""
    if above.strip() and (not above.rstrip().endswith(":") or _ITEM.match(above) or above[:1].isspace()):
        return None
    item = _NUMBERED_ITEM.match(lines[i + 1])
    other = None if item else _PAIRED.match(lines[i + 1])
    if item:
        other_kind, other_at, mark = "md.", int(item.group(1)), item.group(1) + "."
    elif other:
        (other_kind, other_at), mark = _step(other.group(1)), other.group(1)
    else:
        return None
    return mark if other_kind in _DIGIT_KINDS and other_kind != kind and other_at == at + 1 else None


def _marker_message(bullet, paired, mixed: str | None = None) -> str:
    """Why a line's marker (Word's bullet, or "1.", "(1)", "a)", "-" glued to its words) makes no
    list on the page, and how to write it; `mixed`: the neighbour numbered in another kind."""
    lead = (bullet or paired).group(1)
    if paired and re.fullmatch(r"\d{1,2}\.", lead):
        return (f"Sau ‘{lead}’ thiếu dấu cách nên các dòng bị nối thành một đoạn trên trang: viết "
                f"‘{lead} …’ (có dấu cách), trước danh sách để một dòng trống.")
    if mixed:
        return (f"Số thứ tự ‘{lead}’ không tạo danh sách trên trang, nên dòng này và các dòng ‘{mixed}’ ở dưới bị nối thành "
                f"một đoạn: viết ‘{_step(lead)[1]}.’ thay cho ‘{lead}’, cùng kiểu với các dòng dưới, trước danh sách để "
                "một dòng trống.")
    if paired and lead[0] in "(B":
        return (f"Các dòng đánh số như ‘{lead}’ liền nhau bị nối thành một đoạn trên trang: viết ‘- {lead} …’ ở đầu "
                "mỗi dòng, trước danh sách để một dòng trống.")
    if paired and lead[0].isalpha() and lead not in ("o",) and not lead.startswith("Bước"):
        return (f"Các ý đánh chữ cái (a), b)…) bị nối thành một đoạn trên trang: viết ‘- {lead} …’ ở đầu mỗi ý (giữ "
                "được chữ cái), trước danh sách để một dòng trống.")
    if paired and lead == "-":
        return ("Thiếu dấu cách sau dấu '-' đầu dòng nên trang không hiện danh sách: viết '- Việc…', trước danh "
                "sách để một dòng trống.")
    return (f"Dấu đầu dòng {lead!r} không tạo danh sách trên trang: viết '- ' (hoặc '1. ', '2. ' cho danh sách "
            "đánh số), trước danh sách để một dòng trống.")


def list_problems(body: str, depth: int = 0, list_after_text: bool = True) -> list[tuple[int, int, str, str]]:
    """(line index in the body, column, message, rule) for each line the site would not read as
    written; `body` with its code, comments and raw blocks blanked (verbatim.blank_blocks).
    `list_after_text`: tell a list right under a line of text (an outline's reader tells it itself)."""
    out = []
    if depth > MAX_DEPTH:
        return out  # nested deeper than any page: the safety rules say so (E005)
    lines = body.split("\n")
    item_indent = None  # the indent of the last list item since the last blank line
    in_list = False  # a list is open: an indented line after a blank one goes on with its item
    # The kind ("ol", "ul") of the list open at each indent: Markdown runs a list on over blank lines,
    # and takes the items of the other kind after it as its own.
    kinds: dict[int, str] = {}
    open_indent = None  # the indent of the last item of the list still open, over blank lines
    skip_to = 0  # past the block of an admonition or a quote, checked on its own
    for i, line in enumerate(lines):
        if i < skip_to:
            continue
        block = _container(lines, i)
        if block:
            skip_to, inside, cuts = block
            empty = _empty_note(lines, i, skip_to)
            if empty:
                out.append((empty[0], 1, empty[1], "B116"))
            opener = _ADMONITION.match(line) and _bad_opener(line)
            if _ADMONITION.match(line) and not opener and open_indent is None and _SHIFTED_BLOCK.match(line):
                opener = _shifted(line, "!!!")
            if opener:
                out.append((i, len(line) - len(line.lstrip(" ")) + 1, opener, "B119"))
            first = i + 1 if _ADMONITION.match(line) else i
            # Tables inside too (sotay.block_layout reads a body's top level); a note's bold line is
            # its own label, where no heading belongs.
            inner = "\n".join(inside)
            tables = [problem for problem in layout_problems(inner) if problem[3] in ("B111", "B113")]
            out += [(first + j, col + cuts[j], message, code) for j, col, message, code in list_problems(inner, depth + 1, list_after_text) + tables]
            item_indent, in_list, kinds, open_indent = None, False, {}, None
            continue
        if not line.strip():
            item_indent = None
            continue
        github = _GITHUB_ONLY.search(line)
        if github:
            out.append((i, github.start() + 1, _GITHUB_TOLD[github.lastgroup], "B121"))
        if _BACKSLASH_BREAK.search(line) and i + 1 < len(lines) and lines[i + 1].strip():
            # GitHub breaks the line after a "\"; the page shows the "\" and runs the lines on.
            out.append((i, len(line.rstrip()), "Dấu '\\' ở cuối dòng không xuống dòng trên trang: trang hiện dấu ấy và nối hai "
                        "dòng làm một. Muốn tách, để một dòng trống giữa hai dòng (hoặc viết thành danh sách).", "B118"))
        indented = _CODE_INDENT.match(line)
        if in_list and _TAB_PARAGRAPH.match(line) and not lines[i - 1].strip():
            # Word's first-line indent is a tab: after a list, Markdown reads the paragraph as the
            # last item's second one, and the page shows it indented under that item, not as text.
            # Markdown reads a tab as four spaces; the rule goes by Word's habit: one tab, then
            # words (two tabs, a note's "!!!" or a table's "|" in an item are meant).
            out.append((i, 1, "Đoạn thụt đầu dòng bằng phím Tab sau danh sách bị trang nối vào ý cuối của danh sách: "
                        "xóa Tab nếu đây là đoạn mới; nếu đoạn thuộc ý trên, thụt 4 dấu cách.", "B108"))
            continue
        after_heading = i > 0 and HEADING.match(lines[i - 1])
        if indented and not in_list and (i == 0 or not lines[i - 1].strip() or after_heading):
            # A Word habit: the page shows the paragraph or list as a grey block of code. Right under
            # a heading too: a heading is a block of its own line (a guidance page showed one so, told nothing).
            where = "ngay dưới một tiêu đề" if after_heading else "sau một dòng trống"
            out.append((i, 1, f"Dòng thụt vào (Tab hoặc từ 4 dấu cách) {where} thành khối mã trên trang "
                        "(chữ đơn cách trên nền xám): xóa phần thụt đầu dòng.", "B108"))
            if _ITEM.match(line.lstrip(" \t")):
                # A list's first item indented: the items after it are read as that list's (once
                # the indent is gone they are), not told as a list stuck to the text above.
                in_list, item_indent = True, 0
            continue
        if in_list and lines[i - 1].strip() and word_sub_bullet(line):
            # Word's second-level "o" under an item, however indented: the page runs it into the
            # item above as a stray "o" mid-sentence (one line has no pair for the rule below).
            out.append((i, 1, "Dòng bắt đầu bằng ‘o’ (dấu ý con của Word) bị trang nối vào ý ở trên, hiện chữ ‘o’ giữa câu: "
                        "viết ý con thành dòng ‘- ’ thụt vào 4 dấu cách so với ý trên, hoặc gộp vào ý trên.", "B107"))
            continue
        # An item opens a list; an indented line, or a line right under one of the list's, goes on with it.
        in_list = bool(_ITEM.match(line)) or (in_list and (bool(indented) or bool(i and lines[i - 1].strip())))
        bullet = WORD_BULLET.match(line)
        paired = not bullet and _PAIRED.match(line)
        pair = bool(paired) and _paired(lines, i, paired.group(1))
        mixed = paired and not pair and _mixed_numbering(lines, i, paired.group(1))
        if bullet or pair or mixed:
            message = _marker_message(bullet, paired, mixed)
            first = i
            while first and lines[first - 1].strip() and (WORD_BULLET.match(lines[first - 1]) or _PAIRED.match(lines[first - 1])
                                                          or _ITEM.match(lines[first - 1])  # a list's item: the list's own line
                                                          or lines[first - 1][:1].isspace()):  # an item wrapped
                first -= 1
            if not first or not lines[first - 1].strip():  # the blank line is there: not asked for
                message = message.replace(", trước danh sách để một dòng trống.", ".")
            out.append((i, (bullet or paired).start(1) + 1, message, "B107"))
            continue
        if _BARE_PAGE_NUMBER.match(line) and not line[:1].isspace():
            out.append((i, 1, f"Dòng ‘{line.strip()}’ đứng riêng có vẻ là số trang của bản PDF: trang nối nó vào câu "
                              "(hoặc hiện nó thành một đoạn); xóa dòng này.", "B107"))
            continue
        if _PAGE_NUMBER.match(line):
            out.append((i, 1, f"Dòng ‘{line.strip()}’ là số trang của bản PDF: trang hiện nó thành một ý của danh sách; xóa dòng này.",
                        "B107"))
            continue
        item = _ITEM.match(line)
        lead = len(line) - len(line.lstrip(" "))
        after_blank = i > 0 and not lines[i - 1].strip()
        if not item or _RULE.match(line):
            shifted = open_indent is None and _SHIFTED_BLOCK.match(line)
            if shifted:
                # " ### Mục", "  !!! note": the page shows the line as typed, "###" and all (GitHub
                # takes it as a heading, a note's first line as text).
                out.append((i, 1, _shifted(line, shifted.group(1)), "B120" if shifted.group(1).startswith("#") else "B119"))
            if not line[:1].isspace() and (i == 0 or not lines[i - 1].strip()):
                kinds, open_indent = {}, None  # a paragraph or a heading at the margin ends the lists above it
            elif after_blank and open_indent is not None and open_indent < lead < open_indent + 4:
                # An item's second paragraph, its code or its table indented to its words (2 or 3
                # spaces, as GitHub takes it): the page puts it out of the list, which it splits in two.
                out.append((i, 1, f"Đoạn (hay khối) thuộc ý ở trên phải thụt vào {open_indent + 4} dấu cách (ở đây {lead}): "
                            "thụt ít hơn, trang đưa nó ra ngoài danh sách và tách danh sách làm hai.", "B107"))
            continue
        indent = len(item.group(1))
        if after_blank and item_indent is None and open_indent is not None and open_indent + 1 < indent < open_indent + 4:
            # A sub-item two or three spaces in, after a blank line: a sibling on the page.
            out.append((i, 1, f"Ý con trong danh sách thụt vào 4 dấu cách so với ý trên (ở đây {indent - open_indent}): "
                        "thụt ít hơn, trang hiện nó ngang hàng với ý trên.", "B107"))
        kind = "ol" if item.group(2) else "ul"
        kinds = {at: k for at, k in kinds.items() if at <= indent}  # an item less indented ends the lists under it
        if kinds.get(indent, kind) != kind:
            out.append((i, indent + 1, "Danh sách đánh số và danh sách gạch đầu dòng liền nhau (kể cả cách một dòng trống) bị "
                        "trang gộp làm một, theo kiểu của danh sách trên: đặt một dòng chữ giữa hai danh sách, hoặc viết "
                        "cùng một kiểu.", "B107"))
        kinds[indent] = kind
        previous = lines[i - 1] if i else ""
        # One space more is a slip (often a pasted no-break space, told as E010), not a sub-item
        # meant: the page shows it level with the point above, as it was meant.
        if item_indent is not None and item_indent + 1 < indent < item_indent + 4:
            out.append((i, 1, f"Ý con trong danh sách thụt vào 4 dấu cách so với ý trên (ở đây {indent - item_indent}): "
                        "thụt ít hơn, trang hiện nó ngang hàng với ý trên.", "B107"))
        # After a line of text: only a bulleted list or one that starts at 1 breaks into it (as on
        # GitHub: "…năm\n2024. Đại hội" is a sentence there too); not after a heading, or after the
        # indented body of an admonition, which the page ends before the list.
        # Indented four spaces or more, it runs on into the text above as well ("Các bước:\n    - Một").
        # (A comment's own line was blanked by list_rules: the list after it is one on the page.)
        elif (list_after_text and item_indent is None and previous.strip() and not HEADING.match(previous)
              and not previous.startswith("    ") and item.group(2) in (None, "1")):
            out.append((i, 1, "Trước danh sách cần một dòng trống: liền sau dòng chữ ở trên, trang nối cả danh "
                        "sách vào đoạn văn đó (bản xem trước trên GitHub vẫn hiện danh sách).", "B107"))
        item_indent = open_indent = indent
    return out


@rule_pass
def list_rules(corpus, registry):
    """Lists, and tables and headings (sotay.block_layout), in guidance bodies and outlines' running text."""
    problems = []
    # Outlines are read point by point (sotay.outline), with rules of their own for the same mistakes.
    # A guidance page the schema refused (a bad date in its front matter) is read too: its editor
    # sees every problem of the file in one run.
    origins = [corpus.origin(page) for page in corpus.guidance.values()]
    origins += [o for key, o in corpus.unloaded.items() if key.startswith("huong-dan/") and o.body]
    for origin in origins:
        # Code, comments and raw HTML blocks, shown as written or not at all, blanked (lines kept).
        body = blank_blocks(origin.body)
        for index, col, message, code in list_problems(body) + layout_problems(body) + raw_markdown_problems(origin.body):
            problems.append(diag(origin.rel, origin.body_line + index, col, code, message))
    # An outline's purpose and conclusion are Markdown paragraphs too: Word's bullets, a tabbed
    # table or an indented line there ran into one paragraph or a block of code. A list right
    # under a line of text is the outline reader's own B107.
    for topic in corpus.topics.values():
        origin = corpus.origin(topic)
        body = blank_blocks(running_text(origin.body))
        for index, col, message, code in list_problems(body, list_after_text=False) + layout_problems(body, headings=False):
            problems.append(diag(origin.rel, origin.body_line + index, col, code, message))
    return problems + _field_problems(corpus)


# Markdown an editor writes inside a raw HTML block as GitHub shows it: a list's line, bold, a link.
_MARKDOWN_IN_HTML = re.compile(r"^[ \t]*(?:[-*+][ \t]+\S|\d{1,3}\.[ \t]+\S)|\*\*\S|\]\([^)\s]", re.M)
_TAG_NAME = re.compile(r"<([A-Za-z][A-Za-z0-9]*)")


def raw_markdown_problems(body: str) -> list[tuple[int, int, str, str]]:
    """(line index, column, message, rule) for Markdown inside a raw HTML block ("<details>" with no
    `markdown`): the page shows it as typed ("- Người dự phòng …" run into one line, "**" and the
    link's brackets as written), where GitHub's preview renders it. Told once a block."""
    out = []
    text = blank_code(body)  # a block shown in code is an example
    for start, end in html_blocks(text):
        inside = text.find("\n", start)
        hit = _MARKDOWN_IN_HTML.search(text, inside, end) if 0 <= inside < end else None
        if hit:
            tag = _TAG_NAME.match(text, start).group(1)
            out.append((text.count("\n", 0, start), 1, f"Trong khối <{tag}> không có thuộc tính markdown, trang hiện nguyên các "
                        f"dấu Markdown (‘- ’, ‘**’, liên kết) của dòng {text.count(chr(10), start, hit.start()) + 1} trong khối: "
                        f"viết <{tag} markdown> ở dòng mở khối.", "B117"))
    return out


# A list item's own marker inside a YAML list's item: "- ", "+ ", "1. ", "2)".
_ITEM_MARKER = re.compile(r"^ {0,3}([-+*–]|\d{1,2}[.)])[ \t]+\S")
# A heading's line: "#" to "######" then its words (Python-Markdown asks no space: "#1 trong tỉnh",
# a hashtag opening a line, are headings too), or a line of text over a line of "---" or "===".
_FIELD_HEADING = re.compile(r"(?m)^ {0,3}(#{1,6}[ \t]*[^#\s]|\S[^\n]*\n {0,3}(?:-{2,}|={2,})[ \t]*$)")


def _folded_list(lines: list[str], at_line: int) -> bool:
    """Whether the lines of the folded block opened on line `at_line` hold a list's items."""
    indent = len(lines[at_line - 1]) - len(lines[at_line - 1].lstrip(" "))
    for line in lines[at_line:]:
        if line.strip() and len(line) - len(line.lstrip(" ")) <= indent:
            return False
        if _ITEM_MARKER.match(line.strip()):
            return True
    return False


def _field_problems(corpus) -> list:
    """A meeting's practices, an agenda's note, a source's note: Markdown in YAML, read as a body
    is where a literal block ("text: |") keeps the lines as typed. Word's bullets or a table's
    sentence row there were published wrong without a word. A form is shown as written."""
    problems = []
    for item, origin in corpus.text_origins():
        # A file the schema refused ("kind: thường kỳ", a title in capitals) is read as written, as
        # its other fields' errors are: an editor sees every problem of the file in one run.
        cls = type(item) if item is not None else origin.cls
        if cls is None or issubclass(cls, Form):
            continue
        raw = None  # the file's lines, split once and only for a field of text
        for span in spans(origin, body_once=True):  # an outline's purpose, read from its body, is read above
            kind = type_at(cls, span.path)
            if span.path == ("body",) or not isinstance(kind, Str):
                continue
            text = blank_blocks(span.text) if isinstance(kind, Text) else span.text
            step = type_at(cls, span.path[:-1]) if span.path[-1] == "title" else None
            numbered = step_numbering(text) if isinstance(step, Obj) and step.cls is AgendaItem else None
            if numbered:
                # "- title: 1. Khai mạc": the agenda's table numbers its steps (an .md agenda's row is told where it is read).
                problems.append(diag(origin.rel, *span.locate(numbered[0]), "B107", numbered[1]))
                continue
            # An item of a YAML list opening with a bullet or a number of its own ("- • Bài học…",
            # "- 1. …"): the page showed two bullets, or a numbered list inside a bullet.
            marker = isinstance(span.path[-1], int) and (WORD_BULLET.match(text) or _ITEM_MARKER.match(text))
            if marker:
                line, column = span.locate(marker.start(1))
                problems.append(diag(origin.rel, line, column, "B107", f"Mỗi ý của danh sách này đã có dấu '- ' của YAML ở đầu "
                                     f"dòng; dấu {marker.group(1)!r} sau nó thành dấu đầu dòng thứ hai trên trang: bỏ "
                                     f"{marker.group(1)!r} (thứ tự các ý là thứ tự các dòng)."))
                continue
            if not isinstance(kind, Text):
                continue  # a line of its own: no heading, list or table
            # A heading in a field ("## Chuẩn bị" in a practice, a line over "---") is one of the
            # page's: it broke the page's outline, the next practice's heading under it.
            heading = _FIELD_HEADING.search(text)
            if heading:
                line, column = span.locate(heading.start(1))
                problems.append(diag(origin.rel, line, column, "B103", "Trường này không có tiêu đề: dòng bắt đầu bằng ‘#’ hay "
                                     "nằm trên dòng ‘---’, ‘===’ thành một tiêu đề của trang, chen vào mục lục của trang; "
                                     "viết thành một câu, hoặc in đậm (**…**) chữ muốn nhấn."))
                continue
            at_line, at_col = origin.located.pos(span.path)
            raw = raw if raw is not None else origin.text.splitlines()
            folded = raw[at_line - 1][at_col - 1:at_col] == ">"
            if folded and _folded_list(raw, at_line):
                # "text: >-" over "- lập kế hoạch;" lines: YAML joined them into one sentence ("… việc:
                # - lập kế hoạch; - giao việc"), which no line of the value, read, shows any more.
                problems.append(diag(origin.rel, at_line, at_col, "B107", "Khối ‘>’ nối các dòng thành một đoạn, nên danh "
                                     "sách trong đó không hiện: viết ‘|’ thay cho ‘>’ để giữ từng dòng như đã gõ, và để một "
                                     "dòng trống trước danh sách."))
                continue
            # A field of one line (a step's record) is told so (S103), not how to lay out a list.
            if "\n" not in span.text.strip():
                continue
            starts = [0] + [m.end() for m in re.finditer("\n", text)]
            found = list_problems(text) + layout_problems(text)
            if found and folded:
                # A folded block joins its lines into one: no blank line mends that, '|' does.
                problems.append(diag(origin.rel, at_line, at_col, found[0][3], "Khối ‘>’ nối các dòng thành một đoạn, nên danh "
                                     "sách hay bảng trong đó không hiện: viết ‘|’ thay cho ‘>’ để giữ từng dòng như đã gõ."))
                continue
            for index, col, message, code in found:
                line, column = span.locate(starts[index] + col - 1)
                problems.append(diag(origin.rel, line, column, code, message))
    return problems
