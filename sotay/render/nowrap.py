"""Document codes kept on one line in a rendered page: a phone broke "12-HD/BTCTW" at its hyphen.
Works on the page's HTML, after any renderer has made it."""

from __future__ import annotations

import re

# A document code in running text ("Hướng dẫn 12-HD/BTCTW", "Nghị định 111/2022/NĐ-CP"): a phone
# broke it at its hyphen, "12-" at the end of one line and "HD/BTCTW" on the next.
# A registry id keeps its year and province with it ("03-CT/TW-2011", "13-HD/BTCTU-2018-tra-vinh"):
# the editors' health page broke "03-CT/TW-" from "2011".
_CODE = re.compile(r"\d(?<![\w/.-]\d)(?:\d{0,3}-[A-ZĐ][A-ZĐa-z]{0,5}/[A-ZĐƯ](?:[A-ZĐƯ]|\.(?=[A-ZĐƯ])){0,9}"  # 12-HD/BTCTW
                   r"(?:-(?:19|20)\d{2}(?:-[a-z]+)*)?"
                   r"|\d{0,4}/(?:\d{4}/)?[A-ZĐ]{1,6}-[A-ZĐ][A-ZĐa-z]{0,7})(?![\w/])")  # 111/2022/NĐ-CP
# Every code has a hyphen before a capital (12-HD/BTCTW, 111/2022/NĐ-CP): a literal the engine
# finds ten times faster than a digit, and few enough to read around one by one.
_DASH = re.compile(r"-(?=[A-ZĐ])")


def _codes(html_text: str) -> list:
    codes, end = [], 0
    for dash in _DASH.finditer(html_text):
        at = dash.start()
        if at < end:
            continue  # the hyphen of "NĐ-CP" in a code already found
        for m in _CODE.finditer(html_text, max(end, at - 16), at + 40):
            if m.start() <= at < m.end():
                codes.append(m)
                end = m.end()
                break
    return codes


# Where a code is left as it is: raw text.
_RAW = ("script", "style", "pre", "code", "textarea")


def _kept(html_text: str) -> list[tuple[int, int]]:
    """(start, end) of the raw-text elements codes stay out of, in order. Found with str.find (a
    regex trying every "<" of a page cost more than the rest of this step)."""
    regions = []
    for name in _RAW:
        at = html_text.find("<" + name)
        while at >= 0:
            after = html_text[at + len(name) + 1:at + len(name) + 2]
            if after and after not in " \t\n>/":
                at = html_text.find("<" + name, at + 1)  # <codeblock>, <preview>: another tag
                continue
            close = html_text.find("</" + name, at)
            end = len(html_text) if close < 0 else close
            regions.append((at, end))
            at = html_text.find("<" + name, end)
    return sorted(regions)


def in_text(html_text: str, matches: list[re.Match]) -> list[re.Match]:
    """The matches, in order, that stand in a rendered page's text: not in a tag (an attribute's
    value) nor in raw text. The matches are found first (most pages have a few), and only then the
    regions they must stay out of: a Python step per tag cost 3% of a build."""
    if not matches:
        return []
    kept = _kept(html_text)
    out, k = [], 0
    for m in matches:
        start = m.start()
        while k < len(kept) and kept[k][1] <= start:
            k += 1
        if k < len(kept) and kept[k][0] <= start:
            continue  # inside raw text
        if html_text.rfind("<", 0, start) > html_text.rfind(">", 0, start):
            continue  # inside a tag: an attribute's value
        out.append(m)
    return out


def wrapped(html_text: str, matches: list[re.Match], wrap) -> str:
    """The page with each match in its text replaced by `wrap(match)`."""
    out, last = [], 0
    for m in in_text(html_text, matches):
        if m.start() < last:  # inside one wrapped already (a name within a clause): the outer one holds it
            continue
        out += [html_text[last:m.start()], wrap(m)]
        last = m.end()
    out.append(html_text[last:])
    return "".join(out)


def nowrap_codes(html_text: str) -> str:
    """Wrap every document code in the text of a rendered page in <span class="sotay-code">
    (white-space: nowrap). Tags and attributes are left as they are, and so is raw text."""
    return wrapped(html_text, _codes(html_text), lambda m: f'<span class="sotay-code">{m.group()}</span>')
