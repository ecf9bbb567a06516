"""A Markdown extension: a note box written without a title gets a Vietnamese one.

Python-Markdown titles an untitled note with its type in English: `!!! note`, the form the
editors' guide names, showed readers "Note", and `!!! tip` "Tip". A title typed as the type,
`!!! Lưu ý`, was read as two classes, "lưu" and "ý", and titled "Lưu". Here an untitled note
of a known type takes that type's Vietnamese title ("Lưu ý" for any other), and Vietnamese words
after the type, or instead of it, are the title as typed: `!!! Lưu ý` is a note titled "Lưu ý",
`!!! tip Mẹo hay` a tip titled "Mẹo hay". A title in quotes, or "" for none, is kept.

Rendered rather than refused: the same holds wherever the site's Markdown runs (a guidance page,
a Markdown field of a YAML file, the editors' guide), and sotay/rendered.py reads the extensions
from mkdocs.yml, so the check sees the classes the page gets.
"""

from __future__ import annotations

from markdown import Extension
from markdown.extensions.admonition import AdmonitionProcessor

DEFAULT_TITLE = "Lưu ý"
# Material's note types and their aliases; a type not named here (Material styles it as a note)
# takes the default.
TITLES = {
    "abstract": "Tóm tắt", "summary": "Tóm tắt", "tldr": "Tóm tắt",
    "info": "Thông tin", "todo": "Thông tin",
    "tip": "Gợi ý", "hint": "Gợi ý", "important": "Gợi ý",
    "question": "Câu hỏi", "help": "Câu hỏi", "faq": "Câu hỏi",
    "warning": "Chú ý", "caution": "Chú ý", "attention": "Chú ý",
    "danger": "Cảnh báo", "error": "Cảnh báo",
    "example": "Ví dụ",
    "quote": "Trích dẫn", "cite": "Trích dẫn",
}


class _VietnameseTitles(AdmonitionProcessor):
    def get_class_and_title(self, match):
        if match.group(2) is not None:
            return super().get_class_and_title(match)
        words = match.group(1).split()
        # Class names are ASCII words in small letters; the first word with a capital or another
        # letter starts what the editor meant to read ("!!! Ghi chú", "!!! note Chi bộ cần nhớ").
        typed = next((n for n, word in enumerate(words) if not (word.isascii() and word.islower())), len(words))
        klass = " ".join(words[:typed]).lower() or "note"
        title = " ".join(words[typed:]) or TITLES.get(klass.split()[0], DEFAULT_TITLE)
        return klass, title


class NoteTitlesExtension(Extension):
    def extendMarkdown(self, md):
        # Registered in the admonition extension's place: mkdocs.yml names that one first.
        md.parser.blockprocessors.register(_VietnameseTitles(md.parser), "admonition", 105)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name for an extension's entry point)
    return NoteTitlesExtension(**kwargs)
