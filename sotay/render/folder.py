"""The rendered site as plain files: what hooks/content.py hands MkDocs in memory, written to a folder.

Renderer-neutral: every page's Markdown (front matter included) at its source path under
`pages/`, every download under `files/` (kept apart, since a renderer treats any `.md` under its
docs folder as a page, and the Markdown downloads must reach readers as they are), and
`site.json` with the nav, the counts the home page shows and the two lists. Another renderer's
adapter (scripts/zensical_preview.py) builds from it; anyone can read or diff the generated pages.
"""

from __future__ import annotations

import json
from pathlib import Path

from .shell import link_or_copy
from .site import NavNode, Site

PAGES, FILES, MANIFEST = "pages", "files", "site.json"


def nav_entries(nodes: list[NavNode]) -> list:
    """The nav as MkDocs and Zensical read it: [{title: src}, {title: [...]}, ...]."""
    return [{node.title: nav_entries(node.children)} if node.children else {node.title: node.src} for node in nodes]


def write_site(site: Site, out: Path, downloads: list[tuple[str, Path]] = (), link_hosts: set[str] = frozenset()) -> dict:
    """Write `site` (and the downloads, as (path in the site, file on disk)) into `out`, which must
    not hold anything yet. `link_hosts`: the hosts a page may link to (the cited sources'), which
    the last check of each rendered page needs. Returns what site.json says."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(out)
    for page in site.pages:
        _write(out / PAGES / page.src, page.markdown().encode("utf-8"))
    for src, path in downloads:
        link_or_copy(path, out / FILES / src)
    # What the hook puts in config.extra besides the nav: the home page's counts and forms.
    manifest = {"nav": nav_entries(site.nav), "counts": site.counts, "forms": site.forms,
                "pages": [page.src for page in site.pages], "files": [src for src, _ in downloads],
                "link_hosts": sorted(link_hosts)}
    _write(out / MANIFEST, (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return manifest


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def register(sub):
    from ..paths import add_content_option

    p = sub.add_parser("pages", help="ghi các trang đã dựng (Markdown), mục lục và tệp tải về vào một thư mục, "
                                     "cho một trình dựng trang khác")
    p.add_argument("out", type=Path, metavar="THƯ_MỤC", help="thư mục đích, chưa có hoặc còn trống")
    add_content_option(p)
    p.set_defaults(fn=_run)


def _run(args) -> int:
    import sys

    from ..check import run
    from ..diagnostics import render
    from ..export.cache import cache_dir, export_files
    from ..selfcontained import citation_hosts
    from .site import site_of

    if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
        print(f"{args.out} đã có tệp: hãy chọn một thư mục chưa có hoặc còn trống.", file=sys.stderr)
        return 2
    content = args.content
    result = run(content, content.resolve().parent)
    if result.errors:
        print(render(result.diagnostics), file=sys.stderr)
        print(f"Nội dung có {len(result.errors)} lỗi: chưa ghi trang nào.", file=sys.stderr)
        return 1
    site = site_of(result.corpus, result.registry)
    downloads, _ = export_files(result.corpus, result.registry, cache_dir())
    write_site(site, args.out, downloads, citation_hosts(result.corpus))
    print(f"Đã ghi {len(site.pages)} trang và {len(downloads)} tệp tải về vào {args.out}.")
    return 0
