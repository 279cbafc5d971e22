"""A starter agency registry (``agencies.yaml``) from the agency names an imported plan uses.

``cchc import --write-registry`` calls :func:`starter_registry`: every name found in the plan's
lead/support lists and in the "Tổ chức thực hiện" headings becomes an agency or, for collective
names ("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "UBND cấp huyện"), a group.
Names that differ only by the usual abbreviations (KH&CN, KH&ĐT, TT&TT, LĐ-TB&XH, NN&PTNT, TN&MT,
GD&ĐT, VH-TT&DL, PT-TH, HĐND, UBND, MTTQ, VP…) or by a trailing "tỉnh" are merged: the most
spelled-out one is the canonical ``name``, the others its ``aliases``. A name that does not look
like an agency (a cell in the wrong column: "Sửa đổi, bổ sung") is left out, so lint still
reports it. Names a parent registry already knows are left out too, and the starter ``extends``
that registry.

Level and kind are filled only where the name says them without doubt (a Sở is a provincial
"so"); everything else is left for the user, as the header comment says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc.base.text import fold, strip_diacritics
from cchc.reading.agencies import Registry, build_registry

AGENCIES_SCHEMA_URL = "https://cchc.github.io/schema/agencies.schema.json"

# Folded spellings → the spelled-out folded form (fold turns "&" into " va " and dashes into " - ").
_EXPANSIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    (r"\bkh va cn\b|\bkhcn\b", "khoa hoc va cong nghe"),
    (r"\bkh va dt\b|\bkhdt\b", "ke hoach va dau tu"),
    (r"\btt va tt\b|\btttt\b", "thong tin va truyen thong"),
    (r"\bld\s*(?:-|,)?\s*tb va xh\b|\bld\s*-\s*tbxh\b|\bldtbxh\b", "lao dong - thuong binh va xa hoi"),
    (r"\blao dong\s*(?:,|-)\s*thuong binh\b", "lao dong - thuong binh"),
    (r"\bnn va ptnt\b|\bnnptnt\b", "nong nghiep va phat trien nong thon"),
    (r"\btn va mt\b|\btnmt\b", "tai nguyen va moi truong"),
    (r"\bgd va dt\b|\bgddt\b", "giao duc va dao tao"),
    (r"\bvh\s*(?:-|,)?\s*tt va dl\b|\bvhtt va dl\b|\bvhttdl\b", "van hoa - the thao va du lich"),
    (r"\bvan hoa\s*(?:,|-)\s*the thao\b", "van hoa - the thao"),
    (r"\bpt\s*-\s*th\b|\bptth\b", "phat thanh va truyen hinh"),
    (r"\bphat thanh\s*(?:-|va)\s*truyen hinh\b", "phat thanh va truyen hinh"),
    (r"\bmttq\b", "mat tran to quoc"),
    (r"\bvp\b", "van phong"),
    (r"\bcntt\b", "cong nghe thong tin"),
))
# The same abbreviations as printed → the words they stand for, to spell out a name seen only
# abbreviated ("Sở TT&TT" → "Sở Thông tin và Truyền thông", the abbreviation kept as an alias).
_SPELLED: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), words) for pattern, words in (
    (r"\bKH\s*&\s*CN\b|\bKHCN\b", "Khoa học và Công nghệ"),
    (r"\bKH\s*&\s*[ĐD]T\b|\bKH[ĐD]T\b", "Kế hoạch và Đầu tư"),
    (r"\bTT\s*&\s*TT\b|\bTTTT\b", "Thông tin và Truyền thông"),
    (r"\bL[ĐD]\s*[-–,]?\s*TB\s*&\s*XH\b|\bL[ĐD]\s*[-–]\s*TBXH\b|\bL[ĐD]TBXH\b", "Lao động - Thương binh và Xã hội"),
    (r"\bNN\s*&\s*PTNT\b|\bNNPTNT\b", "Nông nghiệp và Phát triển nông thôn"),
    (r"\bTN\s*&\s*MT\b|\bTNMT\b", "Tài nguyên và Môi trường"),
    (r"\bGD\s*&\s*[ĐD]T\b|\bGD[ĐD]T\b", "Giáo dục và Đào tạo"),
    (r"\bVH\s*[-–,]?\s*TT\s*&\s*DL\b|\bVHTT\s*&\s*DL\b|\bVHTTDL\b", "Văn hóa, Thể thao và Du lịch"),
    (r"\bPT\s*[-–]\s*TH\b|\bPTTH\b", "Phát thanh và Truyền hình"),
    (r"\bMTTQ\b", "Mặt trận Tổ quốc"),
))


def spell_out(name: str) -> str:
    """``name`` with the usual abbreviations written in full (UBND, HĐND kept: lookup folds them)."""
    for pattern, words in _SPELLED:
        name = pattern.sub(words, name)
    return name


# Collective names, folded → the key that merges their variants and the rule that selects members.
_GROUP_KEYS: tuple[tuple[re.Pattern[str], str, dict[str, str] | None], ...] = (
    (re.compile(r"^ubnd (?:cac|cap) huyen(?:\s*(?:,|va)\s*(?:thi xa|tp|quan))*(?: thuoc tinh| trong tinh)?$"),
     "ubnd cap huyen", {"level": "huyen", "kind": "ubnd"}),
    (re.compile(r"^ubnd (?:cac|cap) xa(?:\s*(?:,|va)\s*(?:phuong|thi tran|dac khu))*$"),
     "ubnd cap xa", {"level": "xa", "kind": "ubnd"}),
    (re.compile(r"^cac so(?:\s*,?\s*ban)?(?:\s*,?\s*nganh)?(?: tinh| thuoc tinh)?$"),
     "cac so ban nganh", {"level": "tinh", "kind": "so"}),
    (re.compile(r"^cac phong(?:\s*,?\s*ban)?(?:\s*,?\s*nganh)?(?: thuoc huyen| huyen)?$"),
     "cac phong ban", {"level": "huyen", "kind": "phong"}),
)
_GROUP_START = re.compile(r"^(?:cac|nhung)\b|^ubnd (?:cac|cap)\b|^(?:thu truong|lanh dao) cac\b")
_AGENCY_START = tuple(fold(word) + " " for word in (
    "Sở", "Phòng", "UBND", "Ủy ban", "Văn phòng", "Ban", "Công an", "Đài", "Báo", "Bưu điện",
    "Thanh tra", "Các", "Cục", "Chi cục", "Trung tâm", "HĐND", "Bộ", "Kho bạc", "Ngân hàng", "Viện",
    "Trường", "Bệnh viện", "Liên đoàn", "Hội", "Đoàn", "Mặt trận", "Tòa án", "Viện kiểm sát",
    "Bảo hiểm", "Cơ quan", "Đơn vị", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Quỹ", "Chi nhánh",
    "Bộ Chỉ huy", "Ban Chỉ huy", "Công ty", "Tổng công ty", "Đảng ủy", "Cổng", "Hợp tác xã",
    "Ban Quản lý", "Chi cục", "Ủy ban MTTQ", "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn",
))


def merge_key(name: str) -> str:
    """The key under which spellings of one agency meet: folded, abbreviations spelled out,
    commas and a trailing "tỉnh" left out."""
    key = fold(name)
    for pattern, replacement in _EXPANSIONS:
        key = pattern.sub(replacement, key)
    for pattern, group_key, _ in _GROUP_KEYS:
        if pattern.search(key):
            return group_key
    key = re.sub(r"\s*,\s*", " ", key)
    key = re.sub(r"\s+(?:tinh)$", "", key)
    return re.sub(r"\s+", " ", key).strip()


def is_group(name: str) -> bool:
    return bool(_GROUP_START.search(fold(name)))


def looks_like_agency(name: str) -> bool:
    """A name that starts like an agency or a group ("Sở …", "UBND …", "Các …"), not text that
    landed in an agency column ("Sửa đổi, bổ sung", or a deadline such as "Quý III/2024", which
    folds like "Quỹ …")."""
    key = fold(name)
    spelled = merge_key(name) + " "
    return len(key.split()) >= 2 and (key.startswith(_AGENCY_START) or spelled.startswith(_AGENCY_START)
                                      or is_group(name)) and not reads_as_deadline(name)


def reads_as_deadline(text: str) -> bool:
    """Whether text in an agency cell is a deadline that cchc reads ("Quý III/2024", "Tháng 6/2024"):
    a source that printed its deadline in the wrong column."""
    if not any(ch.isdigit() for ch in text):
        return False
    from cchc.reading.deadline import DeadlineError, parse_deadline

    reading = parse_deadline(text)
    return not isinstance(reading, DeadlineError) and reading.kind != "conditional"


@dataclass
class _Entry:
    key: str
    names: list[str] = field(default_factory=list)
    group: bool = False

    @property
    def name(self) -> str:
        """The most spelled-out spelling: the one whose folded form is the expanded key, else the
        longest without abbreviations, else the first."""
        if self.group:
            return max(self.names, key=len)  # "UBND các huyện, thị xã, thành phố" over "UBND cấp huyện"

        def score(name: str) -> tuple[int, int, int]:
            folded = re.sub(r"\s*,\s*", " ", fold(name))
            spelled = 2 if folded == self.key else int(folded.startswith(self.key))
            capitals = sum(1 for word in name.split() if len(word) > 1 and word.isupper() and word not in ("UBND", "HĐND"))
            return (spelled, -capitals, -len(name) if spelled == 2 else len(name))
        best = max(self.names, key=score)
        if score(best)[0] == 0:
            full = spell_out(best)
            if merge_key(full) == self.key:
                return full  # seen only abbreviated: the full name, the abbreviation an alias
        return best


@dataclass(frozen=True)
class StarterRegistry:
    data: dict[str, Any]
    text: str
    left_out: tuple[str, ...]  # names that do not look like agencies (still reported by lint)

    def registry(self, source: str, parent: Registry | None = None) -> Registry:
        return build_registry(self.data, source, parent)


def plan_agency_names(data: dict[str, Any]) -> list[str]:
    """Every agency name the plan data uses (lead, support, a part's agencies), in order."""
    seen: dict[str, None] = {}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("lead", "support", "agencies") and isinstance(item, list):
                    for name in item:
                        if isinstance(name, str) and name.strip():
                            seen.setdefault(name.strip(), None)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({key: value for key, value in data.items() if key in ("body", "appendices")})
    return list(seen)


def _parts(name: str) -> list[str]:
    """A name that joins two agencies with "và" or ";" where one is a group ("Các Sở, Ban, ngành và
    UBND các huyện, thị xã, thành phố"), as its parts; "Văn phòng HĐND và UBND huyện" or "Sở Văn
    hóa, Thể thao và Du lịch" stay whole."""
    parts = re.split(r"(\s+và\s+|\s*;\s*)", name)
    pieces, seps = parts[0::2], parts[1::2]
    out = [pieces[0]]
    for sep, piece in zip(seps, pieces[1:], strict=True):
        if looks_like_agency(piece) and looks_like_agency(out[-1]) and (is_group(piece) or is_group(out[-1])):
            out.append(piece)
        else:
            out[-1] = out[-1] + sep + piece
    return out


def starter_registry(names: Iterable[str], *, jurisdiction: str, source: str = "",
                     parent: Registry | None = None, extends: str | None = None,
                     schema: str = "") -> StarterRegistry:
    """The starter registry for ``names`` (see the module docstring)."""
    entries: dict[str, _Entry] = {}
    left_out: list[str] = []
    for name in (part for whole in names for part in _parts(whole)):
        if parent is not None and parent.lookup(name) is not None:
            continue
        if not looks_like_agency(name):
            left_out.append(name)
            continue
        key = merge_key(name)
        entry = entries.setdefault(key, _Entry(key, group=is_group(name)))
        if name not in entry.names:
            entry.names.append(name)
    agencies: list[dict[str, Any]] = []
    groups: list[dict[str, Any]] = []
    ids: set[str] = set(parent_ids(parent))
    for entry in entries.values():
        item: dict[str, Any] = {"id": _unique_id(entry.name, ids), "name": entry.name}
        canonical = fold(entry.name)
        aliases: list[str] = []
        for name in entry.names:
            if fold(name) != canonical and all(fold(name) != fold(a) for a in aliases):
                aliases.append(name)
        if entry.group:
            if aliases:
                item["aliases"] = aliases
            rule = next((r for p, k, r in _GROUP_KEYS if k == entry.key and r), None)
            if rule:
                item["rule"] = dict(rule)
            groups.append(item)
        else:
            if aliases:
                item["aliases"] = aliases
            item.update(_level_kind(entry.name))
            agencies.append(item)
    data: dict[str, Any] = {"version": 1, "jurisdiction": jurisdiction}
    if extends:
        data["extends"] = extends
    data["agencies"] = agencies
    if groups:
        data["groups"] = groups
    return StarterRegistry(data, _dump(data, schema or AGENCIES_SCHEMA_URL, source), tuple(left_out))


def parent_ids(parent: Registry | None) -> Iterator[str]:
    if parent is not None:
        for entry in parent.entries:
            yield entry.id


def agencies_schema_reference(folder: Path) -> str:
    """How a registry written in ``folder`` names its schema (see :func:`cchc.checking.schema_copy.schema_reference`)."""
    from cchc.checking.schema_copy import schema_reference

    return schema_reference(folder, "agencies.schema.json")


def jurisdiction_of(document: dict[str, Any]) -> str:
    """"Tỉnh Quảng Nam" from the issuer "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM" (else the place)."""
    issuer = str(document.get("issuer", ""))
    match = re.search(r"(?i)\b(TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG)\s+(\S.*)$", issuer)
    if match:
        kind, place = match.group(1), match.group(2).strip()
        return f"{kind.capitalize()} {place.title() if place.isupper() else place}"
    place = str(document.get("place", "")).strip()
    return place or "(chưa xác định)"


def _level_kind(name: str) -> dict[str, str]:
    key = fold(name)
    if key.startswith("so "):
        return {"level": "tinh", "kind": "so"}
    if key.startswith("ubnd tinh") or key == "ubnd":
        return {"level": "tinh", "kind": "ubnd"}
    if re.match(r"^ubnd (?:huyen|thi xa|quan|tp)\b", key):
        return {"level": "huyen", "kind": "ubnd"}
    if re.match(r"^ubnd (?:xa|phuong|thi tran)\b", key):
        return {"level": "xa", "kind": "ubnd"}
    return {}


def _unique_id(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", strip_diacritics(name).lower()).strip("-") or "co-quan"
    base = base[:60].rstrip("-")
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


_HEADER = (
    "# Danh mục cơ quan khởi tạo bởi cchc import{source}: mỗi tên cơ quan, nhóm cơ quan mà kế hoạch ghi,\n"
    "# các cách viết tắt của cùng một cơ quan gộp làm tên gọi khác (aliases). Hãy kiểm tra tên chuẩn,\n"
    "# bổ sung cấp (level), loại (kind), cơ quan cấp trên (parent) và các đơn vị đã chấm dứt hoạt động (ended).\n"
)


def _dump(data: dict[str, Any], schema: str, source: str) -> str:
    from cchc.authoring.importer import _scalar

    lines = [f"# yaml-language-server: $schema={schema}",
             _HEADER.format(source=f" từ \"{source}\"" if source else "").rstrip("\n")]
    lines.append(f"version: {data['version']}")
    lines.append(f"jurisdiction: {_scalar(data['jurisdiction'])}")
    if "extends" in data:
        lines.append(f"extends: {_scalar(data['extends'])}")
    for key in ("agencies", "groups"):
        if key not in data:
            continue
        if not data[key]:
            lines.append(f"{key}: []")
            continue
        lines.append(f"{key}:")
        for item in data[key]:
            first = True
            for field_name, value in item.items():
                prefix = "  - " if first else "    "
                first = False
                if isinstance(value, list):
                    lines.append(f"{prefix}{field_name}: [{', '.join(_scalar(v, flow=True) for v in value)}]")
                elif isinstance(value, dict):
                    inner = ", ".join(f"{k}: {_scalar(v, flow=True)}" for k, v in value.items())
                    lines.append(f"{prefix}{field_name}: {{{inner}}}")
                else:
                    lines.append(f"{prefix}{field_name}: {_scalar(value)}")
    return "\n".join(lines) + "\n"
