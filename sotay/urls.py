"""Which URLs leave the site: one answer for the content check and the release scan.

Browsers are lenient, and so must the test be: schemes in any case
(`HTTPS://x`), backslashes read as slashes (`/\\x`, `http:\\\\x`) and a special
scheme without slashes (`https:x`) all reach another host, and so do a tab or a line break
inside a URL (`/\t/x`, `ht\ttp://x`), which browsers drop.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import unquote

_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Where Markdown holds an address, one spelling for the link check and the citation reader.
# A link's destination after "](": spaces or a line break may come first, it may stand in <...>
# (spaces allowed there), and a title may follow ([x]( https://a "t"), [x](<https://a b>)).
LINK_DEST = r"\s*(<[^<>]*>|[^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*)"
# A destination in angle brackets, with what must close it ("[x](</a b/>)", "[r]: </a/> 'title'"):
# an address to Markdown, no tag. Group 1 or 2 is its "<".
# Only after a whole label ("[x]", no "[" or "]" inside, its "]" not escaped): "x](<script>)" is raw HTML.
BRACKETED_DEST = (r"""(?<!\\)\[[^\[\]\n]*(?<!\\)\]\(\s*(<)[^<>\n]*>(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)"""
                  r"""|^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[[^\[\]\n]+\]:[ \t]*(<)[^<>\n]*>"""
                  r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$""")
AUTOLINK = r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>"
# A link definition ("[nhãn]: /van-ban/10-ct-tw-2007/"), also inside a container, which Markdown
# reads as a block of its own: "> [r]: …", "- [r]: …", "1. [r]: …", indented under "!!!".
# The destination ends the line, or an optional title does, as Python-Markdown requires.
LINK_DEFINITION = re.compile(r"^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*\[([^\]\n]+)\]:[ \t]*"
                             r"(?:\n[ \t>]*)?(<[^<>\n]*>|\S+)[ \t]*"
                             # A title as Markdown reads one: from a quote to the same quote ending the line ('"a" "b"').
                             r"""(?:(?:\n[ \t>]*)?(?:"[^\n]*"|'[^\n]*'|\([^\n]*\))[ \t]*)?$""", re.M)
# Schemes whose URLs name a host the browser would contact.
NETWORK_SCHEMES = {"http", "https", "ftp", "ws", "wss"}
# Where content may link: web pages, mail, phone. file:, smb:, ms-msdt: and the like open a share
# or a program on the reader's Windows PC.
LINK_SCHEMES = {"http", "https", "mailto", "tel"}


def as_read(url: str) -> str:
    """An attribute's URL (its entities decoded) as a browser reads it: every tab and line break
    dropped ("/&#9;/evil.host" is "//evil.host", "java&#9;script:" is "javascript:"), control
    characters and spaces trimmed at the ends."""
    return _TAB_OR_NEWLINE.sub("", url).strip(_C0_AND_SPACE)


def external_host(url: str, decoded: bool = False) -> str | None:
    """The host a URL reaches outside the page's own site, or None if it names none.

    Relative URLs and URLs without a host (mailto:, javascript:, data:, which other rules
    judge) give None; a network URL with no readable host gives ''. A `decoded` URL (an
    attribute's value as a browser holds it) has its entities decoded already: decoded twice,
    "&amp;sol;@evil.host" read as a path on the host before it."""
    u = as_read(url if decoded else html.unescape(url)).replace("\\", "/")
    m = SCHEME.match(u)
    if m:
        if m.group(1).lower() not in NETWORK_SCHEMES:
            return None
        rest = u[m.end():].lstrip("/")
    elif u.startswith("//"):
        rest = u[2:]
    else:
        return None
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    host = authority.rsplit("@", 1)[-1]
    host = host[1:host.index("]")] if host.startswith("[") and "]" in host else host.split(":", 1)[0]
    return _one_host_form(host.lower().rstrip("."))


def _one_host_form(host: str) -> str:
    """A host in one form however it is written: percent escapes decoded and an ASCII name
    ("xn--…") as its letters ("ví-dụ.vn", written so in a source, is "v%C3%AD-d%E1%BB%A5.vn" in
    the page), as readers are shown it."""
    if host.isascii() and "%" not in host and "xn--" not in host:
        return host
    try:
        return unquote(host).encode("idna").decode("idna").lower()
    except UnicodeError:
        return host


def foreign_letters(url: str) -> list[str]:
    """The letters of a URL's host that Vietnamese does not write (a–z and đ, with their marks): a
    Cyrillic "а" in "bаomoi.com", or a Latin alpha "ɑ", looks like the real site's name and names
    another, anyone's to register."""
    host = external_host(url) or ""
    return [c for c in dict.fromkeys(host) if c.isalpha() and not _vietnamese_letter(c)]


def _vietnamese_letter(c: str) -> bool:
    base = unicodedata.normalize("NFD", c)[0].lower()
    return "a" <= base <= "z" or base == "đ"


def hosts_of(urls) -> set[str]:
    """The hosts these URLs reach (the cited sources' sites, to which links may lead)."""
    return {host for host in map(external_host, urls) if host}


def unbracket(target: str) -> str:
    """A destination without the angle brackets it may stand in ("</a b/>")."""
    return target[1:-1].strip() if target.startswith("<") and target.endswith(">") else target


def label_key(label: str) -> str:
    """A reference label as Markdown matches it: its spaces and line breaks run together, any case."""
    return " ".join(label.split()).lower()


def link_definitions(text: str) -> dict[str, str]:
    """Each label a text defines, with its destination; the first definition of a label wins."""
    found: dict[str, str] = {}
    for m in LINK_DEFINITION.finditer(text) if "]:" in text else ():
        found.setdefault(label_key(m.group(1)), unbracket(m.group(2)))
    return found
