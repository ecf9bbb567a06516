"""Synthetic projects for benchmarks: N topic outlines in libraries of about 50.

The registry, vocabulary and sources are the real ones, so every generated
outline cites real documents and passes the same checks as real content.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from ..paths import ROOT

WORDS = ("chi bộ đảng viên sinh hoạt chuyên đề nội dung thảo luận phê bình tự phê bình dân chủ kỷ cương "
         "nhiệm vụ chính trị cơ quan đơn vị học tập làm theo tư tưởng đạo đức phong cách kết luận giải pháp "
         "chuẩn bị phân công trình bày biên bản nghị quyết lãnh đạo chỉ đạo kiểm tra giám sát đánh giá").split()
CITES = ["Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư", "Hướng dẫn 12-HD/BTCTW", "Chỉ thị 05-CT/TW",
         "Nghị quyết Trung ương 4 khóa XII", "Chỉ thị 50-CT/TW năm 2025", "Hướng dẫn 42-HD/BTCTW"]
REFS = ["10-CT/TW-2007", "12-HD/BTCTW-2018", "05-CT/TW-2016", "04-NQ/TW-2016", "50-CT/TW-2025", "42-HD/BTCTW-2025"]


def sentence(rng: random.Random, n: int = 14, cite: bool = False) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    if cite:
        words.insert(rng.randrange(len(words)), "theo " + rng.choice(CITES))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def topic(rng: random.Random, i: int) -> str:
    refs = rng.sample(REFS, 2)
    head = (f"---\ntitle: Chuyên đề thử nghiệm số {i}\ncategory: xay-dung-dang\npresenter: Đảng viên được phân công\n"
            f"duration: 90\nreferences: [{', '.join(refs)}]\nreviewed: 2026-11-22\n---\n\n")
    body = ["## Mục đích", "", " ".join(sentence(rng, cite=j == 0) for j in range(3)), "", "## Yêu cầu", ""]
    body += [f"- {sentence(rng, 10)}" for _ in range(3)]
    body += ["", "## Nội dung", ""]
    for s in range(5):
        body += [f"### Phần {s + 1}: {' '.join(rng.choice(WORDS) for _ in range(4))}", ""]
        body += [f"- {sentence(rng, 16, cite=rng.random() < 0.2)}" for _ in range(4)]
        body.append("")
    body += ["## Câu hỏi thảo luận", ""]
    body += [f"{q + 1}. {sentence(rng, 12)[:-1]}?" for q in range(4)]
    body += ["", "## Kết luận dự kiến", "", " ".join(sentence(rng) for _ in range(3)), ""]
    return head + "\n".join(body)


def make_project(dest: Path, n_topics: int, per_library: int = 50, seed: int = 7) -> Path:
    """A project folder (content, docs, hooks, overrides, mkdocs.yml) with n synthetic outlines."""
    rng = random.Random(seed)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copy(ROOT / "CONTRIBUTING.md", dest / "CONTRIBUTING.md")
    (dest / "sotay").symlink_to(ROOT / "sotay")
    content = dest / "content"
    # The real content, all of it, so its links resolve (a folder left out, the forms', failed the
    # build once a page showed a form); the synthetic outlines come on top.
    shutil.copytree(ROOT / "content", content)
    libraries = max(1, round(n_topics / per_library))
    for lib in range(libraries):
        folder = content / "chuyen-de" / f"thu-vien-{lib + 1:03d}"
        folder.mkdir(parents=True)
        (folder / "_thu-vien.yml").write_text(
            f"title: Thư viện thử nghiệm {lib + 1:03d}\nowner: Ban biên tập\nsummary: Thư viện sinh tự động để đo hiệu năng.\n"
            f"sources: [bv-thu-vien-tra-vinh-2023]\nreviewed: 2026-11-22\n")
    for i in range(n_topics):
        folder = content / "chuyen-de" / f"thu-vien-{i % libraries + 1:03d}"
        (folder / f"chuyen-de-{i + 1:05d}.md").write_text(topic(rng, i + 1))
    return dest


def synthetic_text(size: int, seed: int = 11) -> str:
    """About `size` bytes of running text made of the real content's paragraphs, shuffled."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "content").rglob("*.md")):
        body = path.read_text().split("---", 2)[-1]
        paragraphs += [p.strip() for p in body.split("\n\n") if len(p.strip()) > 80]
    parts, total = [], 0
    while total < size:
        p = rng.choice(paragraphs)
        parts.append(p)
        total += len(p.encode()) + 2
    return "\n\n".join(parts)
