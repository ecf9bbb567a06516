"""The site's sections and the sections every page may end with, named once: the nav, the section
indexes, the "cited by" lists, and the page's script (sotay.js: a search result's label, the
contents list that leaves the closing sections out) all use these words. A test holds the script
to them."""

from __future__ import annotations

# First folder of a page's address -> the section's name.
SECTIONS = {"huong-dan": "Hướng dẫn", "mo-hinh": "Mô hình sinh hoạt", "chuong-trinh": "Chương trình mẫu",
            "chuyen-de": "Thư viện chuyên đề", "van-ban": "Văn bản", "bien-tap": "Dành cho ban biên tập"}

# A heading's anchor -> the heading the site adds at the end of a page.
CLOSING = {"xem-them": "Xem thêm", "nguon": "Nguồn", "van-ban-lam-can-cu": "Văn bản làm căn cứ", "van-ban-nhac-den": "Văn bản nhắc đến",
           "trich-dan": "Trích dẫn",
           "duoc-trich-dan-tai": "Được trích dẫn tại"}
