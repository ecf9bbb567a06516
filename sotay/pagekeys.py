"""The public page key of a content item: 'huong-dan/x', 'chuyen-de/lib/x', 'van-ban/x'."""

from __future__ import annotations


def page_key(item) -> str | None:
    name = type(item).__name__
    if name == "Guidance":
        return f"huong-dan/{item.slug}"
    if name == "SampleAgenda":
        return f"chuong-trinh/{item.slug}"
    if name == "Meeting":
        return f"mo-hinh/{item.slug}"
    if name == "Library":
        return f"chuyen-de/{item.slug}"
    if name == "Topic":
        return f"chuyen-de/{item.library}/{item.slug}"
    if name == "Document":
        return f"van-ban/{item.slug}"
    if name == "Form":
        return item.page  # the guidance page that shows it, if any
    return None
