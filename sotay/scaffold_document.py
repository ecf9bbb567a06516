"""`python -m sotay new document "Chỉ thị số … ngày … của …" --source MÃ`: a registry entry read
from a citation as its source writes it.

The facts are the ones the citation states (code or a resolution's name, kind, date or year,
issuer, term, the subject after "về", a coded resolution's plenum as its name), each credited to
the one source the editor names; what it does not state stays out, and the status is never
written (only a source that says so may give it). The citation becomes
the entry's example, which the check then reads back as this entry (G107). A marker line keeps
the check warning (T101) until the editor has compared each fact with the source.
"""

from __future__ import annotations

import re
from pathlib import Path

from .refs.patterns import PLENUM_OF_NAME
from .refs.resolve import central_body
from .scaffold import MARK, _q, _write_new, field_problems
from .text import clean, match_key, slugify

HEADER = ("# Văn bản trong sổ văn bản: mỗi dữ kiện ghi nguồn của nó. Các trường: CONTRIBUTING.md, "
          "mục Văn bản trong sổ văn bản.\n")
# "…, về tăng cường …", "V/v …": the subject written after the citation, as its title.
_SUBJECT = re.compile(r"\s{0,3},?\s{0,3}(?P<subject>(?:về|V/v)\s+\S.*?)\s*[.;]?\s*$", re.IGNORECASE | re.DOTALL)
EXAMPLE = "Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư (khóa X) về nâng cao chất lượng sinh hoạt chi bộ"


def new_document(content: Path, citation: str, source: str | None) -> Path:
    """Write content/van-ban/<id's slug>.yml for the document `citation` names; ValueError or
    FileExistsError, with what to do, when it cannot."""
    from .content import load
    from .model import Document
    from .registry import Registry

    citation = re.sub(r"\s+", " ", clean(citation)).strip()
    corpus = load(content)
    if not source or source not in corpus.sources:
        have = f" (chưa có {source!r} trong content/nguon)" if source else ""
        raise ValueError(f"Văn bản cần nguồn (SOURCE=… với make new, --source … với python -m sotay new){have}: mã của "
                         "nguồn trong content/nguon ghi văn bản này, để mỗi dữ kiện có nguồn; chưa có nguồn thì thêm tệp nguồn "
                         "trước (CONTRIBUTING.md, mục Nguồn).")
    c = _read(citation, malformed=True)
    registry = Registry.of(corpus)
    # A code typed wrong ("12 HD/BTCTW") names its document still: held already is the first thing to say.
    _refuse_held(c, corpus, registry)
    _refuse_malformed(c)
    kind = _kind(c, corpus)
    doc_id, day, year, province = _identity(c) if c.code else (_named_id(c), None, None, None)
    path = content / "van-ban" / f"{slugify(doc_id)}.yml"
    if path.exists():
        raise FileExistsError(f"{path} đã có: mở tệp ấy để sửa, hoặc kiểm tra lại số hiệu và năm.")
    subject = _SUBJECT.match(citation, c.end)
    facts = {"code": c.code, "name": None if c.code else c.name, "issuing_body": c.body,
             "term": c.terms[0] if len(c.terms) == 1 else None, "date": day.isoformat() if day else None, "year": None if day else year,
             "title": subject and subject.group("subject")[0].upper() + subject.group("subject")[1:]}
    facts = {fact: value for fact, value in facts.items() if value}
    if problem := field_problems(Document, {"examples": [citation], **({"title": facts["title"]} if "title" in facts else {})}):
        raise ValueError(f"Trích dẫn chưa dùng được: {problem}")
    lines = [HEADER, f"{MARK} dữ kiện dưới đây đọc từ trích dẫn ở examples; đối chiếu từng dữ kiện với nguồn {source}, "
                     "bỏ dữ kiện nguồn không ghi, rồi xóa dòng này.\n",
             f"id: {_q(doc_id)}\n", f"type: {kind}\n"]
    lines += [f"{fact}: {value if fact in ('date', 'year') else _q(str(value))}\n" for fact, value in facts.items()]
    lines.append(f"scope: {'nha-nuoc' if c.system == 'nha-nuoc' else 'dia-phuong' if province else 'trung-uong'}\n")
    lines += [f"province: {_q(province)}\n"] if province else []
    plenum = _plenum_name(c)
    lines += [f"aliases:\n- {_q(plenum)}\n"] if plenum else []
    lines += ["examples:\n", f"- {_q(citation)}\n", "sources:\n"]
    lines += [f"  {fact}: [{source}]\n" for fact in [*facts, *(["aliases"] if plenum else [])]]
    _write_new(path, "".join(lines).encode("utf-8"))
    return path


def identity_read(citation: str) -> bool:
    """Whether `new document` reads a document's identity from the citation alone: a code written
    right, its year and, for a local one, its province (the check offers the command only then)."""
    try:
        c = _read(citation)
        _identity(c) if c.code else _named_id(c)
    except ValueError:
        return False
    return True


def _identity(c) -> tuple:
    """A coded document's id, day, year and province, by the registry's conventions."""
    day = c.date if c.date and not c.date_tentative else None
    year = day.year if day else (c.year if c.year and not (c.year_tentative or c.year_of_work) else None) or c.code_year
    if not year:
        raise ValueError(f"{c.surface!r} chưa có ngày hay năm ban hành: số hiệu được đánh lại mỗi khóa, nên mã trong sổ "
                         "cần năm; chép trích dẫn kèm ngày ban hành như nguồn ghi.")
    province = c.province if c.system == "dang" else None
    central = c.system == "dang" and (central_body(c.body) if c.body else (c.issuer or "").upper().endswith("TW"))
    if c.system == "dang" and not central and not province:
        # "của Đảng ủy xã An Hòa": the registry tells a local document apart by its province.
        raise ValueError(f"Không rõ {c.surface!r} là văn bản của tỉnh nào: văn bản địa phương trong sổ cần tên tỉnh, thành phố; "
                         "chép trích dẫn có cơ quan ban hành kèm tên tỉnh (của Tỉnh ủy …, của Ban Tổ chức Tỉnh ủy …).")
    doc_id = (c.code if c.code_year else f"{c.code}-{year}") + (f"-{slugify(province)}" if province else "")
    return doc_id, day, year, province


def _named_id(c) -> str:
    """A resolution known by its name, as the registry's ids for them go: NQ-TW4-XI, NQ-DH-XII."""
    plenum = PLENUM_OF_NAME.search(c.name)
    return f"NQ-TW{plenum.group(1)}-{c.terms[0]}" if plenum else f"NQ-DH-{c.terms[0]}"



def _read(citation: str, malformed: bool = False):
    """The citation's first reference, once it is one the registry may hold: a code, written right
    (or, `malformed`, written wrong: its caller tells it)."""
    from .refs.extract import find
    from .refs.models import UNCHECKED_SYSTEMS

    found = find(citation)
    if not found:
        raise ValueError(f"Không đọc được văn bản nào trong {citation!r}: chép trích dẫn như nguồn ghi, ví dụ {EXAMPLE!r}.")
    c = found[0]
    if c.system in UNCHECKED_SYSTEMS:
        raise ValueError(f"{c.surface!r} là văn bản của Đoàn, một đoàn thể hay của chi bộ: sổ văn bản chỉ ghi văn bản của Đảng và Nhà nước.")
    if not c.code and not (c.name and c.kind == "NQ" and len(c.terms) == 1):
        # A plenum's or a congress's resolution is known by its name and term (Nghị quyết Trung ương 4 khóa XI).
        raise ValueError(f"{c.surface!r} không có số hiệu: chép trích dẫn có số hiệu, ví dụ {EXAMPLE!r}; văn bản chỉ có tên "
                         "gọi thì sao chép một tệp có sẵn trong content/van-ban (như nq-tw4-xi.yml) rồi sửa.")
    if not malformed:
        _refuse_malformed(c)
    return c


def _refuse_malformed(c) -> None:
    if c.malformed or c.bad_date:
        # Each at once ("99 HD/BTCTW ngày 31/2/2020": the dash and the day), not one a run.
        wrong = "; ".join([*([c.malformed] if c.malformed else []), *([c.bad_date] if c.bad_date else [])])
        right = f" (số hiệu viết đúng: {c.code})" if c.malformed and c.code else ""
        raise ValueError(f"{c.surface!r} viết sai ({wrong}): sửa trích dẫn cho đúng như văn bản ghi{right}.")


def _refuse_held(c, corpus, registry) -> None:
    """FileExistsError where the registry holds the document already: by its code, or by its name
    alone, its code not yet confirmed by a source (Nghị quyết Trung ương 4 khóa XI)."""
    from .refs.resolve import plenum_namesakes, resolve
    from .registry import number_key

    [read] = resolve([c], registry)
    if read.id:
        # "…50-CT/TW ngày 23/7/2024 của Ban Bí thư": the 2025 directive, its date mistyped.
        # Every fact that differs, a code typed wrong or not ("12 HD/BTCTW ngày 06/7/2024": the 2018
        # guide's day differs, so it may be another of that number), then how it is typed wrong.
        differs = [p.message for p in read.problems if p.code not in ("C106", "C109")]
        typed = [p.message for p in read.problems if p.code in ("C106", "C109")]
        told = (f" Trích dẫn ghi khác sổ: {' '.join(differs)}" if differs else "") + "".join(f" {message}" for message in typed)
        rel = corpus.origin(registry.get(read.id)).rel
        if not differs:
            raise FileExistsError(f"{c.surface!r} đã có trong sổ văn bản: {read.id} ({rel}).{told}")
        # Numbers restart each term: a day that differs may be another document, not one held.
        other = ""
        try:
            target = Path(rel).with_name(f"{slugify(_identity(c)[0])}.yml") if c.code else None
        except ValueError:
            target = None
        if target and target.name != Path(rel).name:
            other = f" Văn bản khác cùng số hiệu thì sao chép {rel} thành {target.as_posix()} rồi sửa từng dữ kiện, kèm nguồn."
        raise FileExistsError(f"Sổ văn bản đã có {read.id} ({rel}), cùng số hiệu với {c.surface!r}.{told}{other}")
    held = [d for d in registry.by_number.get(number_key(c.system, c.kind, c.number), []) if not d.code and (not d.term or d.term in c.terms)]
    plenum = _plenum_name(c)
    held += [registry.by_alias[match_key(plenum)]] if plenum and match_key(plenum) in registry.by_alias else []
    if namesakes := plenum_namesakes(c, registry):
        # "Nghị quyết Trung ương 6 khóa X" beside the registry's 22-NQ/TW-2008, of that term, named by no plenum.
        raise FileExistsError(f"Sổ văn bản có {', '.join(d.id for d in namesakes)} của Ban Chấp hành Trung ương khóa {c.terms[0]}, "
                              f"chưa ghi tên gọi theo hội nghị: nếu {c.surface!r} là văn bản ấy, thêm {c.name!r} vào aliases của "
                              "nó, kèm nguồn; nếu không, sao chép content/van-ban/nq-tw4-xi.yml rồi sửa.")
    if held:
        raise FileExistsError(f"Sổ văn bản đã có {held[0].name or held[0].id} ({corpus.origin(held[0]).rel}), chưa ghi số hiệu: "
                              f"nếu {c.surface!r} là văn bản ấy, thêm số hiệu {c.code} vào tệp đó, kèm nguồn, thay vì tạo tệp mới.")


def _kind(c, corpus) -> str:
    """The vocabulary's key for the citation's kind: QĐ is a Quy định or a Quyết định, as the kind word says."""
    from .registry import base_kind, code_key

    types = corpus.vocab.document_types if corpus.vocab else {}
    kinds = [key for key, t in types.items() if t.system == c.system and base_kind(code_key(t.abbr)) == base_kind(c.kind)]
    if len(kinds) > 1:
        kinds = [key for key in kinds if c.kind_word and match_key(types[key].label) == match_key(c.kind_word)]
    if len(kinds) != 1:
        raise ValueError(f"Chưa biết {c.surface!r} là loại văn bản nào: viết cả tên loại trước số hiệu (Quy định số …, Quyết định số …).")
    return kinds[0]


def _plenum_name(c) -> str | None:
    """"Nghị quyết số 04-NQ/TW … Hội nghị Trung ương 4 khóa XII": the name pages call it by too."""
    return f"Nghị quyết Trung ương {c.plenum} khóa {c.terms[0]}" if c.plenum and c.kind == "NQ" and len(c.terms) == 1 else None
