"""Content health: what editors should look at before it goes stale.

Pages not reviewed for more than twelve months, pages that cite a document the
registry records as replaced (in their `references` or in their text), and
topic outlines with no current document to rest on: the schema makes every outline name at
least one, so in practice every document it names has been replaced. `python -m sotay report` prints it
(as of --today, else the clock's day); the editors' section of the site shows it as of the build's day
(`build.build_day`: SOURCE_DATE_EPOCH's when set, so a release's is its commit's).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import asdict, dataclass, field

from .argparse_vi import date_value
from .citations import content_citations
from .model import Document
from .paths import add_content_option
from .text import sort_vi, vn_date, vn_today

STALE_AFTER = dt.timedelta(days=365)


@dataclass
class Health:
    today: dt.date
    stale: list = field(default_factory=list)  # (page key, title, reviewed)
    replaced: list = field(default_factory=list)  # (page key, title, cited id, current id)
    unreferenced: list = field(default_factory=list)  # (page key, title): no current document among its references

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, default=str)


def citations_of(corpus, registry) -> dict[tuple, set]:
    """(page key, title) -> ids of the documents it cites, in `references` or in its text."""
    cited: dict[tuple, set] = {}
    for item in corpus.items():
        # A form that no page shows (no ```mau block names it) has no page to be listed under.
        if isinstance(item, Document) or item.page_key is None:
            continue
        for doc_id in getattr(item, "references", None) or []:
            cited.setdefault((item.page_key, item.title), set()).add(doc_id)
    for item, _, _, _, c in content_citations(corpus, registry):
        if c.id and not isinstance(item, Document) and item.page_key is not None:
            cited.setdefault((item.page_key, item.title), set()).add(c.id)
    return cited


def citations_by_page(citations: dict) -> dict[tuple, set]:
    """The site build's citations (document id -> [(page title, page src)]) in `report`'s shape."""
    from .render.links import page_key_of

    cited: dict[tuple, set] = {}
    for doc_id, pages in citations.items():
        for title, src in pages:
            cited.setdefault((page_key_of(src), title), set()).add(doc_id)
    return cited


def report(corpus, registry, today: dt.date | None = None, cited: dict | None = None) -> Health:
    """`cited` may come from the site build (`citations_by_page`), which has found them all already."""
    today = today or vn_today()
    health = Health(today)
    for item in corpus.items():
        reviewed = getattr(item, "reviewed", None)
        if reviewed and today - reviewed > STALE_AFTER and item.page_key is not None:
            health.stale.append((item.page_key, item.title, reviewed))
    if cited is None:
        cited = citations_of(corpus, registry)
    for (key, title), ids in cited.items():
        for doc_id in sorted(ids):
            doc = registry.get(doc_id)
            if doc is not None and doc.replaced_by:
                health.replaced.append((key, title, doc_id, registry.current(doc).id))
    for (lib, slug), topic in corpus.topics.items():
        docs = [registry.get(i) for i in topic.references or []]
        if not any(d is not None and not d.replaced_by for d in docs):
            health.unreferenced.append((f"chuyen-de/{lib}/{slug}", topic.title))
    health.stale = sort_vi(health.stale, key=lambda r: r[1])
    health.replaced = sort_vi(health.replaced, key=lambda r: r[1])
    health.unreferenced = sort_vi(health.unreferenced, key=lambda r: r[1])
    return health


def to_text(h: Health) -> str:
    lines = [f"Nội dung cần rà soát, tính đến ngày {vn_date(h.today)}", "",
             f"Trang quá 12 tháng chưa rà soát: {len(h.stale)}"]
    lines += [f"  /{k}/  {t} (rà soát {vn_date(r)})" for k, t, r in h.stale]
    lines += ["", f"Trang trích dẫn văn bản đã được thay thế: {len(h.replaced)}"]
    lines += [f"  /{k}/  {t}: {old} -> {new}" for k, t, old, new in h.replaced]
    lines += ["", f"Đề cương chưa có văn bản hiện hành làm căn cứ: {len(h.unreferenced)}"]
    lines += [f"  /{k}/  {t}" for k, t in h.unreferenced]
    return "\n".join(lines) + "\n"


def to_markdown(h: Health) -> str:
    def listing(rows, fmt):
        return "\n".join(fmt(r) for r in rows) if rows else "Không có."

    return "\n\n".join([
        "# Nội dung cần rà soát",
        f"Danh sách được lập lại mỗi lần dựng trang, tính đến ngày {vn_date(h.today)}. Biên tập viên xử lý từng mục rồi "
        "cập nhật ngày `reviewed` của trang.",
        f"## Trang quá 12 tháng chưa rà soát ({len(h.stale)})",
        listing(h.stale, lambda r: f"- [{r[1]}](/{r[0]}/) — rà soát lần cuối {vn_date(r[2])}"),
        f"## Trang trích dẫn văn bản đã được thay thế ({len(h.replaced)})",
        listing(h.replaced, lambda r: f"- [{r[1]}](/{r[0]}/) — trích {r[2]}, nay là {r[3]}"),
        f"## Đề cương chưa có văn bản hiện hành làm căn cứ ({len(h.unreferenced)})",
        listing(h.unreferenced, lambda r: f"- [{r[1]}](/{r[0]}/)"),
    ])


def register(sub):
    p = sub.add_parser("report", help=("lập danh sách nội dung cần rà soát: trang quá 12 tháng chưa rà soát, "
                                       "trích văn bản đã được thay thế, đề cương hết căn cứ hiện hành"))
    p.add_argument("--format", choices=["text", "json"], default="text", help="text (mặc định) hoặc json")
    p.add_argument("--today", type=date_value, default=None, help="ngày lập báo cáo (2026-12-31 hoặc 31/12/2026); mặc định là hôm nay")
    add_content_option(p)
    p.set_defaults(fn=_run)


def _run(args) -> int:
    from .content import load
    from .registry import Registry

    corpus = load(args.content)
    h = report(corpus, Registry.of(corpus), args.today)
    print(h.to_json() if args.format == "json" else to_text(h), end="" if args.format == "text" else "\n")
    # A file the schema rejects is no page, and was left out of the lists untold: its review date
    # may be the oldest of all.
    erred = sorted(origin.rel for origin in corpus.unloaded.values())
    if erred:
        shown = ", ".join(erred[:5]) + (f" và {len(erred) - 5} tệp khác" if len(erred) > 5 else "")
        print(f"Báo cáo chưa đủ: {len(erred)} tệp có lỗi nên không có trong các danh sách trên ({shown}). "
              "Chạy python -m sotay check để xem và sửa lỗi, rồi lập lại báo cáo.", file=sys.stderr)
        return 1
    return 0
