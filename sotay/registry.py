"""The document registry: rules that need every entry at once, and lookups.

Party documents are numbered afresh for each type in each term, so a code is
not an identity: `by_code` returns every entry sharing a code, and ids carry
the year (and the province for local documents) to stay unique.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, quoted
from .model import FACTS, SOURCED, Document
from .text import match_key, slugify, vn_today

_PARTY_CODE = re.compile(r"^(?P<number>\d+[a-zA-Z]?)-(?P<abbr>[^/]+)/(?P<issuer>.+)$")
_STATE_CODE = re.compile(r"^(?P<number>\d+)(?:/(?P<year>\d{4}))?/(?P<abbr>[^-]+)-(?P<issuer>.+)$")


def split_code(code: str) -> dict:
    """'10-CT/TW' -> number 10, abbr CT, issuer TW; '111/2022/NĐ-CP' likewise."""
    m = _PARTY_CODE.match(code) or _STATE_CODE.match(code)
    return m.groupdict() if m else {}


# A dash Word or a PDF puts in a code ("13–HD/BTCTU", refused in the registry's own file while it is
# mended) is its hyphen: the pages citing 13-HD/BTCTU wait for that entry.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))


@functools.lru_cache(maxsize=4096)  # called for every coded citation; codes repeat
def code_key(code: str) -> str:
    """Canonical comparison key for a code: upper case, no spaces, QĐi -> QĐ."""
    key = "".join(code.split()).upper().replace("Ð", "Đ").translate(_DASHES)
    key = key.replace("QĐI/", "QĐ/").replace("T.Ư", "TW").replace("TƯ", "TW")
    # "1-KL/TW" is 01-KL/TW: numbers below 10 take a leading zero in the code, not always in the text.
    return key.lstrip("0") if key[:1] == "0" and key[1:2].isdigit() else key


# A code as documents write it: capitals, Đ (not "QD", "ND"), "QĐi" and "CTr" as they are. Only
# another is read by the extractor, whose patterns the build process never compiles.
# A Party issuer is one word ("12-HD/BTC-TW" is miswritten); the state's form never ends in a
# Party committee's letters ("13/HD-BTCTU", "08/QĐ-TU" are Party codes written the state's way).
_WELL_WRITTEN = re.compile(r"\d{1,4}[a-z]?-(?!QD|QĐI/|CTR/|TTR/|HĐ/)(?:QĐi|CTr|TTr|[A-ZĐ]+)/[A-ZĐ]+"
                           r"|\d{1,5}/(?:\d{4}/)?(?!QD|ND)[A-ZĐ]+-[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)*(?<!TW)(?<!TU)(?<!HU)(?<!ĐU)")


def miswritten_code(code: str) -> str | None:
    """The code as it is written, where a registry entry's differs from it in more than a Quy
    định's "QĐi" ("24-QD/TW", "24-qđ/tw": 24-QĐ/TW), read as a citation of it is read."""
    if _WELL_WRITTEN.fullmatch(code):
        return None
    bare = code.rstrip(".,;: ")
    if bare != code:  # "24-QĐ/TW.": the sentence's stop typed into the field
        return miswritten_code(bare) or bare
    from .refs import find

    found = find(code)
    if len(found) != 1 or not found[0].code or (found[0].start, found[0].end) != (0, len(code)):
        return None
    meant = found[0].code
    if re.search(r"Q[ĐD]i/", code, re.IGNORECASE):
        meant = meant.replace("QĐ/", "QĐi/", 1)
    return meant if meant.replace("QĐi/", "QĐ/") != code.replace("QĐi/", "QĐ/") else None


def pending_keys(data: dict, stem: str) -> set[str]:
    """The keys an entry would be found by (Registry.pending), from the data of a file that does
    not read: its code, its name and its aliases, as far as they are there. The code is read from
    the id too ("50-CT/TW-2025"), or from the file's name ("50-ct-tw-2025"): one the error took,
    or one miswritten past reading ("12.HD/BTCTW"), left each page citing it told to add it."""
    codes = [data.get("code") if isinstance(data.get("code"), str) else None, _code_in(data.get("id"), stem)]
    keys = {code_key(code) for code in codes if code}
    aliases = data.get("aliases") if isinstance(data.get("aliases"), list) else []
    return keys | {match_key(name) for name in [data.get("name"), *aliases] if isinstance(name, str)}


_CODE_IN_ID = re.compile(r"^(\d{1,4}-\S+?/\S+?)(?:-(?:19|20)\d\d\b.*)?$")
_CODE_IN_STEM = re.compile(r"^(\d{1,4})-([a-zđ]{2,4})-([a-zđ]{2,10})(?:-(?:19|20)\d\d\b.*)?$")


def _code_in(doc_id, stem: str) -> str | None:
    m = _CODE_IN_ID.match(doc_id) if isinstance(doc_id, str) else None
    if m:
        return m.group(1)
    m = _CODE_IN_STEM.match(stem)
    return m and f"{m.group(1)}-{m.group(2).upper().replace('QDI', 'QĐ').replace('QD', 'QĐ')}/{m.group(3).upper()}"


def system_of(doc: Document) -> str:
    """The citation system a registry entry belongs to (state documents are their own)."""
    return "nha-nuoc" if doc.scope == "nha-nuoc" else "dang"


def kind_key(abbr: str) -> str:
    """The kind an abbreviation names: a Quy định is QĐ here, whether its code writes QĐi or QĐ."""
    return "QĐ" if abbr == "QĐi" else abbr


# Joint documents keep their own abbreviation in their code ("01-HDLT/BTCTW-BTGTW", "05-QCPH/ĐUK-UBND");
# their kind is the one they are issued under jointly.
JOINT_KINDS = {"HDLT": "HD", "KHLT": "KH", "NQLT": "NQ", "QCPH": "QC"}


def base_kind(abbr: str) -> str:
    """The kind an abbreviation names, a joint document's too ("HDLT" is a Hướng dẫn)."""
    return JOINT_KINDS.get(abbr, kind_key(abbr))


# A province's, a district's or a commune's committee, or one of its boards, as an issuer names it.
_LOCAL_BODY = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ)|Đảng\s+(?:ủy|uỷ)\s+(?:xã|phường|thị trấn)", re.IGNORECASE)


def number_key(system: str, kind: str, number: str) -> tuple:
    # A joint document under its kind: "Hướng dẫn liên tịch số 01" is 01-HDLT/….
    return (system, base_kind(kind), number.lstrip("0") or "0" if number else number)


@dataclass
class Registry:
    documents: dict[str, Document]
    by_code: dict[str, list[Document]] = field(default_factory=dict)
    by_alias: dict[str, Document] = field(default_factory=dict)
    successors: dict[str, list[str]] = field(default_factory=dict)
    # Codes and names (their keys) of entries whose files do not read yet (a syntax error being
    # mended): a citation of one is checked once the entry reads, not told it names the unknown,
    # nor matched against its namesakes of other terms.
    pending: frozenset = frozenset()

    @functools.cached_property
    def by_number(self) -> dict[tuple, list[Document]]:
        """(system, abbr, number) for short references: "Chỉ thị 10" of the Party is not "Chỉ thị
        10/CT-TTg". Made on first use: it needs the extractor, whose patterns take 0.2 s to
        compile, and only resolving references (the check's worker) asks for it, not the build."""
        from .refs.extract import find

        out: dict[tuple, list[Document]] = {}
        for doc in self.documents.values():
            for c in find(doc.code or doc.name or ""):
                if c.number:
                    out.setdefault(number_key(system_of(doc), c.kind, c.number), []).append(doc)
        return out

    @classmethod
    def of(cls, corpus) -> Registry:
        """The registry of a loaded content folder, its entries being mended included as pending."""
        return cls.build(corpus.documents, corpus.pending_documents)

    @classmethod
    def build(cls, documents: dict[str, Document], pending: frozenset | set = frozenset()) -> Registry:
        reg = cls(documents, pending=frozenset(pending))
        for doc in documents.values():
            if doc.code:
                reg.by_code.setdefault(code_key(doc.code), []).append(doc)
            for alias in doc.aliases + ([doc.name] if doc.name else []):
                reg.by_alias.setdefault(match_key(alias), doc)
            if doc.replaced_by:
                reg.successors.setdefault(doc.replaced_by, []).append(doc.id)
        return reg

    @functools.cached_property
    def by_slug(self) -> dict[str, Document]:
        """A document's page name ("10-ct-tw-2007") -> the document: links name pages, not ids."""
        return {doc.slug: doc for doc in self.documents.values()}

    def get(self, doc_id: str) -> Document | None:
        return self.documents.get(doc_id)

    def chain(self, doc: Document) -> list[Document]:
        """The document followed by every successor, newest last."""
        out, seen = [doc], {doc.id}
        while out[-1].replaced_by and out[-1].replaced_by in self.documents and out[-1].replaced_by not in seen:
            nxt = self.documents[out[-1].replaced_by]
            seen.add(nxt.id)
            out.append(nxt)
        return out

    def current(self, doc: Document) -> Document:
        return self.chain(doc)[-1]


_PROVINCE_PREFIX = re.compile(r"(?:tỉnh|thành\s+phố|tp\.?)\s+", re.IGNORECASE)
# The province a local body's name ends with: "Ban Tổ chức Tỉnh ủy Bến Tre", "Thành ủy Thành phố Hồ Chí Minh".
_PROVINCE_OF_BODY = re.compile(r"(?:ủy|uỷ)\s+([^\W\d_].*)$")
# A name that is a kind and a number ("Chỉ thị 10", "Hướng dẫn số 42"): a short form of a citation.
_SHORT_NAME = re.compile(r"([^\W\d_][^\d]*?)\s+(?:số\s+)?(\d{1,4})")


def validate(corpus) -> list[Diagnostic]:
    """Registry rules G101-G106 over every loaded entry."""
    problems: list[Diagnostic] = []
    docs = corpus.documents
    types = corpus.vocab.document_types if corpus.vocab else {}
    aliases: dict[str, tuple] = {}  # a name's key -> (the entry's id, its file, the name's place there)
    for doc in docs.values():
        origin = corpus.origin(doc)

        def at(path, code, message, key=False, origin=origin):
            problems.append(origin.diag(path, code, message, key))

        # Every fact needs its sources (G104); a note may have them. Sources for nothing are G106.
        for fact in SOURCED:
            value = getattr(doc, fact)
            has_value = value not in (None, "", [])
            if has_value and fact in FACTS and not doc.sources.get(fact):
                at((fact,), "G104", f"Dữ kiện {fact!r} chưa ghi nguồn: thêm dòng `  {fact}: [mã-nguồn]` dưới `sources:` "
                                    "(mã của bài trong content/nguon nêu đúng dữ kiện này); không có nguồn thì bỏ dữ kiện.", key=True)
            # A fact written but rejected by its schema (a bad date) has its own error already.
            written = origin.located.data.get(fact) not in (None, "", [])
            if not has_value and not written and fact in doc.sources:
                # "year:" under sources where the fact written is "date:": say which line it means.
                unsourced = [f for f in FACTS if getattr(doc, f) not in (None, "", []) and not doc.sources.get(f)]
                meant = f" Có phải sources.{unsourced[0]} (dữ kiện {unsourced[0]!r} đã ghi mà chưa có nguồn)?" if len(unsourced) == 1 else ""
                at(("sources", fact), "G106", f"sources.{fact} ghi nguồn cho dữ kiện {fact!r} đang để trống.{meant}", key=True)
        # A code written but malformed is told (S107), not as missing too.
        if not doc.code and not doc.name and origin.located.data.get("code") in (None, "", []):
            at(("id",), "S102", "Văn bản cần có số hiệu (code) hoặc tên gọi (name).")
        if doc.code and re.search(r"[a-zđ]{2,}", doc.code):
            # "07-hd/btctu" passed, and the page and its citations took the lower case for the code.
            meant = doc.code.upper().replace("QĐI", "QĐi").replace("TTG", "TTg")
            at(("code",), "S107", f"Số hiệu {doc.code!r} viết chữ thường: viết như văn bản ghi, chữ in hoa ({meant}).")
        if doc.code:
            parts = split_code(doc.code)
            expected = types.get(doc.type)
            if expected and base_kind(code_key(parts.get("abbr", ""))) != code_key(expected.abbr) and not (
                expected.abbr == "QĐ" and parts.get("abbr", "").upper() == "QĐI"
            ):
                at(("code",), "G105", f"Số hiệu {doc.code!r} không khớp loại văn bản {expected.label} ({expected.abbr}).")
            if not doc.id.startswith(doc.code + "-") and doc.id != doc.code:
                at(("id",), "G105", f"Mã {quoted(doc.id)} phải bắt đầu bằng số hiệu {quoted(doc.code)}.")
            year = doc.issued_year
            if doc.id_lacks_year:
                at(("id",), "G105", f"Mã {doc.id!r} phải chứa năm ban hành {year}, vì số hiệu được dùng lại ở các khóa.")
        # A province's document: its province names it apart (every province numbers its own 09-HD/TU),
        # in its id too; a central scope on a province's body said "Văn bản của Trung ương" on its page.
        local_body = bool(doc.issuing_body and _LOCAL_BODY.search(doc.issuing_body))
        if doc.scope == "trung-uong" and (doc.province or local_body):
            at(("scope",), "G108", f"Văn bản của {doc.province or doc.issuing_body} không phải văn bản Trung ương: ghi scope: dia-phuong.")
        elif doc.scope == "dia-phuong" and not doc.province:
            at(("scope",), "G108", "Văn bản địa phương cần trường province: tên tỉnh, thành phố ban hành (như Trà Vinh), "
                                   "để phân biệt với văn bản cùng số hiệu của tỉnh khác.")
        elif doc.scope == "dia-phuong" and _PROVINCE_PREFIX.match(doc.province):
            # "tỉnh Bến Tre" asked for an id ending "-tinh-ben-tre"; "Thành phố Hồ Chí Minh" matched no citation.
            at(("province",), "S107", f"Ghi tên tỉnh, thành phố không kèm chữ đứng trước: "
                                      f"province: {_PROVINCE_PREFIX.sub('', doc.province)}.")
        elif doc.scope == "dia-phuong" and (named := _PROVINCE_OF_BODY.search(doc.issuing_body or "")) \
                and slugify(_PROVINCE_PREFIX.sub("", named.group(1))) != slugify(doc.province):
            # "province: Bế Tre" beside "Ban Tổ chức Tỉnh ủy Bến Tre": the id was then asked to carry the typo.
            at(("province",), "S107", f"province {doc.province!r} khác tỉnh trong issuing_body ({named.group(1)!r}): "
                                      "ghi cùng một tên ở hai trường.")
        elif doc.id_lacks_province:
            at(("id",), "G108", f"Mã của văn bản địa phương kết thúc bằng tên tỉnh viết không dấu (như "
                                f"13-HD/BTCTU-2018-tra-vinh): ở đây -{slugify(doc.province)}, rồi đặt tên tệp theo mã.")
        if doc.date and doc.year and doc.date.year != doc.year:
            at(("year",), "S107", f"year {doc.year} khác năm của date {doc.date.isoformat()}.")
        elif doc.year and doc.year > vn_today().year:
            # A future date is refused (Date(past=…)); a year was not.
            at(("year",), "S107", f"Năm {doc.year} còn ở phía trước; ghi năm văn bản đã ban hành, như nguồn ghi.")
        if doc.replaced_by:
            if doc.replaced_by not in docs and not corpus.mending(doc.replaced_by):
                # "42-HD/BTCTW", "42-hd-btctw-2025": the entry's code or its file's name, written for its id.
                meant = [d.id for d in docs.values() if doc.replaced_by in (d.code, slugify(d.id))]
                hint = (f" Có phải {meant[0]!r}? (replaced_by ghi mã của văn bản, như dòng id: trong tệp của nó.)" if len(meant) == 1 else
                        " Nếu văn bản thay thế chưa có trong sổ, thêm tệp của nó vào content/van-ban trong cùng lần gửi.")
                at(("replaced_by",), "G101", f"Không có văn bản {doc.replaced_by!r} trong sổ.{hint}")
            elif (later := docs.get(doc.replaced_by)) and later.issued_year and doc.issued_year and later.issued_year < doc.issued_year:
                # The 2024 guide "replaced by" the 2022 one: the page said so, and C105 after it.
                at(("replaced_by",), "G101", f"{doc.replaced_by} ban hành năm {later.issued_year}, trước văn bản này ({doc.issued_year}): "
                                             "văn bản thay thế ra sau văn bản bị thay thế. Kiểm tra lại chiều thay thế: có lẽ "
                                             f"replaced_by thuộc về tệp của {doc.replaced_by}.")
            elif later and (later.scope, later.province) != (doc.scope, doc.province):
                # A province's guide "replaced by" another province's: each body replaces its own documents.
                def whose(d):
                    return f"của {d.province}" if d.province else "của Trung ương" if d.scope == "trung-uong" else "không ghi phạm vi"
                at(("replaced_by",), "G101", f"{doc.replaced_by} là văn bản {whose(later)}, văn bản này {whose(doc)}: văn bản chỉ "
                                             "được thay bằng văn bản của chính cấp đã ban hành nó. Kiểm tra lại replaced_by.")
            if doc.status != "da-thay-the":
                at(("replaced_by",), "S107", "Có replaced_by thì status phải là da-thay-the.")
        elif doc.status == "da-thay-the":
            at(("status",), "S107", "status da-thay-the cần ghi replaced_by.")
        # A name and the aliases are all ways the text names a document: each must name one only.
        names = ([(("name",), doc.name)] if doc.name else []) + [(("aliases", i), a) for i, a in enumerate(doc.aliases)]
        for path, alias in names:
            key = match_key(alias)
            if key in aliases and aliases[key][0] != doc.id:
                # Told in both files, each naming the other: which is new, the check cannot know (the
                # first by name was told alone, and it was the old, correct one).
                other, other_origin, other_path = aliases[key]
                at(path, "G103", f"Tên gọi {alias!r} đã dùng cho {other} ({other_origin.rel}): một tên chỉ gọi một văn bản; "
                                 "bỏ nó khỏi tệp không đúng.")
                at(other_path, "G103", f"Tên gọi {alias!r} cũng được ghi cho {doc.id} ({origin.rel}): một tên chỉ gọi một văn "
                                       "bản; bỏ nó khỏi tệp không đúng.", origin=other_origin)
            aliases.setdefault(key, (doc.id, origin, path))
            short = _SHORT_NAME.fullmatch(alias.strip())
            named = next((t for t in types.values() if short and match_key(t.label) == match_key(short.group(1))), None)
            written = split_code(doc.code) if named and doc.code else {}
            number = written.get("number")
            if number and (base_kind(code_key(named.abbr)) != base_kind(code_key(written.get("abbr", "")))
                           or short.group(2).lstrip("0") != number.lstrip("0")):
                # "Chỉ thị 10" on a guide: a page's "Chỉ thị 10 của Ban Bí thư" was read as the guide.
                at(path, "G103", f"Tên gọi {alias!r} là cách gọi tắt {named.label} số {short.group(2).lstrip('0') or '0'}, không phải văn bản "
                                 f"này ({doc.code}): bỏ nó khỏi aliases.")
    for doc in docs.values():
        seen, cur = [doc.id], doc
        while cur.replaced_by and cur.replaced_by in docs:
            cur = docs[cur.replaced_by]
            if cur.id in seen:
                origin = corpus.origin(doc)
                problems.append(origin.diag(("replaced_by",), "G102", "Chuỗi thay thế quay vòng: " + " -> ".join(seen + [cur.id]) + "."))
                break
            seen.append(cur.id)
    return problems
