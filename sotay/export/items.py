"""What can be exported: topic outlines and agendas (sample agendas and model meetings'), each with
its page's action bar; and the forms (content/mau/) that guidance pages show."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..model import Meeting, SampleAgenda
from ..registry import Registry
from ..render.common import agenda_basis, agenda_what


@dataclass
class ExportContext:
    corpus: object
    registry: Registry

    @functools.cached_property
    def vocab_fingerprint(self) -> bytes:
        """The vocabulary's names as exports show them, once per run (part of every cache key)."""
        return repr(self.corpus.vocab).encode("utf-8")

    @property
    def types(self) -> dict:
        return self.corpus.vocab.document_types if self.corpus.vocab else {}


@dataclass
class Exportable:
    key: str  # "chuyen-de/<lib>/<slug>", "chuong-trinh/<slug>", "mo-hinh/<slug>" or "mau/<slug>"
    kind: str  # "topic", "agenda" or "form"
    item: object
    meeting_kind: str = ""  # a model meeting's kind of meeting as the vocabulary names it
    basis: list[str] | None = None  # the documents it rests on, where not its item's own references

    @property
    def references(self) -> list[str]:
        """The ids of the documents it rests on."""
        return self.basis if self.basis is not None else getattr(self.item, "references", None) or []

    @property
    def title(self) -> str:
        if isinstance(self.item, Meeting):
            # A reconstruction never passes for a record, in a download either. The kind of meeting
            # is named as on the page: a printed "Chương trình sinh hoạt gợi ý" did not say whether
            # the meeting was a regular or a thematic one.
            return f"{self.document_title} ({agenda_what(self.item.agenda.basis)}) – {self.item.cell.name}"
        return self.item.title

    @property
    def document_title(self) -> str:
        """The title of the document a cell makes of it: a model meeting's agenda is the cell's
        own meeting's programme, which it signs ("Số ...-CTr/CB", "T/M CHI BỘ"), so it names the
        kind of meeting and not the model cell (its copied text and its page keep the model's name)."""
        if isinstance(self.item, Meeting):
            what = self.meeting_kind[:1].lower() + self.meeting_kind[1:] if self.meeting_kind else "sinh hoạt"
            return f"Chương trình {what}"
        return self.item.title

    @property
    def page_src(self) -> str:
        return f"{self.key}.md"

    @property
    def formats(self) -> tuple[str, ...]:
        """The files made for it. A form is a DOCX only: its text is on the page, which the bar's
        "Sao chép" copies, and it is no content file to load back as Markdown."""
        return ("docx",) if self.kind == "form" else ("docx", "md")

    def download_name(self, fmt: str) -> str:
        """The name a download is saved under. The Markdown is an editor's content file, named by
        its slug so that it goes back into content/ as it is. The DOCX lands in a branch's folder
        beside the others: a topic's name says its library (two libraries hold a "Phong cách làm
        việc khoa học"), an agenda's says it is an agenda (a model meeting's slug is the cell's)."""
        slug = self.key.rsplit("/", 1)[-1]
        if self.kind == "form":
            # "bien-ban-sinh-hoat-chi-bo.docx" would pass for a cell's own minutes in its folder.
            return f"mau-{slug}.{fmt}"
        if fmt == "md":
            return f"{slug}.md"
        if self.kind == "topic":
            return f"{self.key.split('/')[1]}-{slug}.{fmt}"
        return f"chuong-trinh-{slug}.{fmt}"

    def download_src(self, fmt: str) -> str:
        """Where the file lives in the site, beside nothing else: tai-ve/<key's folder>/<download
        name>. The file's own name is the download's: opened from file://, Chromium ignores the
        link's download attribute and saves under the name in the address."""
        return f"tai-ve/{self.key.rsplit('/', 1)[0]}/{self.download_name(fmt)}"

    @property
    def sample_agenda(self) -> SampleAgenda:
        """The agenda as content/chuong-trinh holds one: a model meeting's agenda becomes a sample
        agenda a branch can adapt and send back, with the meeting's sources, documents and review
        date, its note on where it comes from, and the people who prepare a meeting as its readers."""
        if not isinstance(self.item, Meeting):
            return self.item
        m = self.item
        cell = _mid_sentence(m.cell.name)
        # "gợi ý của các chi bộ …" read as the cell's own agenda, which the source never gave.
        summary = (f"Chương trình sinh hoạt của {cell} như nguồn ghi lại, từ trang mô hình của chi bộ trong Sổ tay này."
                   if m.agenda.basis == "ghi-nhan" else
                   f"Chương trình sinh hoạt gợi ý do Sổ tay này dựng từ cách làm của {cell}, ghi ở trang mô hình của chi bộ.")
        return SampleAgenda(slug=m.slug, title=self.title, kind=m.agenda.kind, audience=["bi-thu", "chi-uy"], summary=summary,
                            items=m.agenda.items, notes=[agenda_basis(m.agenda.basis), " ".join(m.agenda.note.split())], related=[m.page_key],
                            sources=m.sources, references=self.references, reviewed=m.reviewed)

    @property
    def agenda_notes(self) -> list[str]:
        """The notes under an agenda: a model meeting's say where its agenda comes from."""
        return self.sample_agenda.notes or []

    @property
    def agenda_items(self):
        return self.item.agenda.items if isinstance(self.item, Meeting) else self.item.items

    @property
    def agenda_kind(self) -> str:
        return self.item.agenda.kind if isinstance(self.item, Meeting) else self.item.kind


def _mid_sentence(name: str) -> str:
    # "Các chi bộ trực thuộc ..." names no one by its first word: inside a sentence it is lower case.
    return name[0].lower() + name[1:] if name.startswith("Các ") else name


def exportables(corpus) -> list[Exportable]:
    out = [Exportable(t.page_key, "topic", t) for t in corpus.topics.values()]
    out += [Exportable(a.page_key, "agenda", a) for a in corpus.agendas.values()]
    kinds = corpus.vocab.meeting_kinds if corpus.vocab else {}
    # A model meeting's agenda becomes another cell's: it rests on what the handbook's agendas rest
    # on, not on the documents its cell's article names (a decree on staff, a congress's resolution).
    out += [Exportable(m.page_key, "agenda", m, kinds.get(m.agenda.kind, ""), _agendas_basis(corpus.agendas.values(), m.agenda.kind) or None)
            for m in corpus.meetings.values()]
    return out


def _agendas_basis(agendas, kind: str) -> list[str]:
    """The documents the sample agendas of `kind` cite, in order; else those every agenda cites."""
    agendas = [a for a in agendas if a.references]
    same = [a for a in agendas if a.kind == kind]
    if same:
        return list(dict.fromkeys(ref for a in same for ref in a.references))
    shared = set.intersection(*(set(a.references) for a in agendas)) if agendas else set()
    return [ref for ref in agendas[0].references if ref in shared] if shared else []


def form_exportables(corpus) -> list[Exportable]:
    """The forms, kept apart from `exportables`: they have no page and no action bar of their own."""
    return [Exportable(f"mau/{slug}", "form", form) for slug, form in corpus.forms.items()]


def lookup(corpus, path_or_id: str, cwd: Path | None = None) -> Exportable:
    """An outline, agenda or form by key ('chuyen-de/thu-vien-chung/bien-ban-dien-tu',
    'mau/bien-ban-sinh-hoat-chi-bo') or by its file: a path relative to the content folder the
    corpus was loaded from, relative to the working directory, or absolute (with or without the
    .md/.yml suffix)."""
    by_key = {exp.key: exp for exp in exportables(corpus) + form_exportables(corpus)}
    key = path_or_id.strip().strip("/")
    if key in by_key:
        return by_key[key]
    root = Path(corpus.root).resolve()
    path = Path(path_or_id.strip()).expanduser()
    candidates = [path] if path.is_absolute() else [root / path, Path(cwd or Path.cwd()) / path]
    for candidate in candidates:
        try:
            rel = candidate.resolve().relative_to(root)
        except ValueError:
            continue
        if rel.suffix in (".md", ".yml"):
            rel = rel.with_suffix("")
        if rel.as_posix() in by_key:
            return by_key[rel.as_posix()]
    raise KeyError(path_or_id)
