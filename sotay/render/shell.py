"""What the site shell (docs/, overrides/, mkdocs.yml) is given by whichever renderer builds it:
the MkDocs hook and the Zensical preview hand it the same values."""
from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

# Served from the site itself: the offline plugin's default loads this shim from a CDN, which the
# internal network cannot reach.
OFFLINE_SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"


def shell_extra(counts: dict, forms: dict, offline: bool) -> dict:
    """The shell's `extra` values from the core: the home page's counts and forms (mkdocs-macros
    shows them on the shell's opted-in pages) and, offline, the search's shim."""
    return {"so_lieu": counts, "mau": forms, **({"polyfills": [OFFLINE_SHIM]} if offline else {})}


def meta_description(summary: str) -> str:
    """A summary as the theme may write it into `<meta name="description" content="…">`: Material
    and Zensical write it unescaped, and a quote in contributed text must not end the attribute
    (`" http-equiv="refresh`). Its Markdown as the words it marks: a summary's `**…**` showed there
    as typed."""
    from ..export.plain import inline

    return html.escape(inline(summary), quote=True)


def link_or_copy(src: Path | str, dest: Path | str) -> None:
    """`dest` as a hard link to `src`, else a copy. A link costs a tenth of a copy (0.1 against
    1.1 ms a file here); safe for the export cache's files, which are never written into once
    made (a new file is renamed over the old)."""
    Path(dest).parent.mkdir(parents=True, exist_ok=True)
    try:
        if os.path.lexists(dest):
            os.unlink(dest)
        os.link(src, dest)
    except OSError:  # another file system, or one without hard links
        shutil.copyfile(src, dest)
