"""Check pass: what an agenda and a page's documents say must agree with the guidance they rest on.

- A chi bộ meeting's agenda (every kind but the chi ủy's own meeting) adds up to at least the 90
  minutes an outline must suggest (model.Topic.duration, Hướng dẫn 42-HD/BTCTW), 120 for a regular
  and a thematic meeting in one session: a sample agenda of four five-minute steps passed while an
  outline of 60 minutes did not.
- A page's `references` that list a replaced document list the one in force too, as a citation in
  its text must (C105): an outline resting on Chỉ thị 03-CT/TW alone passed, told only by the
  health report.
"""

from __future__ import annotations

from .agenda_md import TOTAL_TOLD, is_total
from .check import rule_pass
from .model import Meeting, Topic

SHORTEST_MEETING = Topic.__dataclass_fields__["duration"].metadata["spec"].type.lo
# A regular and a thematic meeting held one after the other in one session: at least 120 minutes
# (the same guidance, as LuatVietnam reports it).
SHORTEST_COMBINED = 120
COMBINED = "thuong-ky-chuyen-de"


def _agendas(corpus):
    for agenda in corpus.agendas.values():
        yield agenda, agenda.kind, agenda.items, ("items",)
    for meeting in corpus.meetings.values():
        if isinstance(meeting, Meeting) and meeting.agenda:
            yield meeting, meeting.agenda.kind, meeting.agenda.items, ("agenda", "items")


def _erred_within(origin, path: tuple, lines: list[int]) -> bool:
    """Whether an error stands in the steps at `path`, from their first line to the next field's:
    the file's other errors (a date to come, a document's id) left a short agenda untold until
    they were mended, a round of the check more for the editor."""
    if not lines:
        return False
    at = origin.located.at
    inside = [ln for p, (ln, _) in at.items() if p[:len(path)] == tuple(path)]
    if not inside:
        return True  # steps not placed in the file: as before, any error may be theirs
    first, last = min(inside), max(inside)
    after = [ln for p, (ln, _) in at.items() if ln > last and p[:len(path)] != tuple(path)]
    end = min(after) if after else float("inf")
    return any(first <= ln < end for ln in lines)


@rule_pass
def meeting_rules(corpus, registry):
    problems = []
    # An agenda with an error in its steps may have lost one (a broken row): its total would mislead.
    erred: dict[str, list[int]] = {}
    for d in corpus.problems:
        if d.is_error:
            erred.setdefault(d.path, []).append(d.line)
    for item, kind, steps, path in _agendas(corpus):
        origin = corpus.origin(item)
        # A total written as a step (a YAML agenda's "Tổng cộng", as a Word table ends) doubled the
        # page's total: told as the table's row is, and left out of the sum.
        totals = [i for i, step in enumerate(steps or []) if is_total(step.title or "")]
        problems += [origin.diag((*path, i, "title"), "B105", TOTAL_TOLD) for i in totals]
        total = sum(step.minutes for i, step in enumerate(steps or []) if i not in totals)
        shortest, what = ((SHORTEST_COMBINED, "một buổi có cả sinh hoạt thường kỳ và chuyên đề") if kind == COMBINED
                          else (SHORTEST_MEETING, "một buổi sinh hoạt chi bộ"))
        if kind != "chi-uy" and steps and total < shortest and not _erred_within(origin, path, erred.get(origin.rel, [])):
            problems.append(origin.diag(path, "S107",
                                 f"Các bước cộng lại {total} phút: {what} kéo dài ít nhất {shortest} "
                                 "phút (Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025); hãy ghi đủ thời lượng cho từng bước."))
    for item in corpus.items():
        cited = getattr(item, "references", None) or []
        for i, doc_id in enumerate(cited):
            doc = registry.get(doc_id)
            newest = registry.current(doc) if doc else None
            if newest is not None and newest.id != doc.id and newest.id not in cited:
                origin = corpus.origin(item)
                problems.append(origin.diag(("references", i), "C105",
                                     f"{doc_id} đã được thay thế bởi {newest.id}: thêm {newest.id} vào references "
                                     "(hoặc thay hẳn bằng văn bản đó)."))
    return problems
