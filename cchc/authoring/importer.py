"""``cchc import``: an existing plan (Word or text) → plan data, YAML text and a summary.

:func:`import_file` reads the source (:mod:`cchc.authoring.import_sources`), then:

1. finds the task tables by their header row's words (TT/STT, Nội dung/nhiệm vụ, Sản phẩm,
   Thời gian/Thời hạn, Chủ trì, Phối hợp — in any order, accent-insensitive) and turns their rows
   into sections and tasks: a group row (PHẦN I, A, I, 1. … — in the TT cell beside its title,
   or written in one cell, merged across the row or not) starts a section, nested in the open
   group of a higher level, whose title is mapped to a reform area; ``1.1`` rows go under ``1``
   and ``a)``, ``b)`` rows under the innermost numbered task above; a row with an empty TT
   continues the row above, cell by cell (a row split by a page break); header rows repeated
   on a page or under a group are skipped, and one in another column order remaps the rows
   below it; a table without a header that goes on with the same columns continues the table
   above. Every row is counted, and a row that is none of these is listed as skipped. Other
   tables (the letterhead, the signature block) are read as paragraphs;
2. reads the document fields NĐ 30 prescribes (number and symbol, issuing body, place and date,
   type and trích yếu, Căn cứ, Theo đề nghị, signer, Nơi nhận) from the paragraphs;
3. reads the body's numbered parts (I., 1., 1.1., a)) into blocks, bullet targets under a
   "Mục tiêu"/"chỉ tiêu" heading into targets, and bullet lists of a task part into sections;
4. splits the lead and support cells into agencies with the registry, keeping the cell as
   ``lead_text``/``support_text`` when the list differs from it.

Text is kept verbatim (NFC); nothing is translated or re-cased. What had to be guessed is said in
the summary's warnings. A file with neither a task table nor a recognisable plan body raises
:class:`ImportProblem` (message and hint in Vietnamese), and so does a table that looks like a
task table but whose TT and content columns cannot be found, and a source with a "Phụ lục" or a
table that yields no task at all (unless ``allow_empty``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from cchc.authoring.import_sources import (
    Cell,
    ImportProblem,
    Paragraph,
    SourceDocument,
    Table,
    nfc,
    read_source,
)
from cchc.base.i18n import N_, tr
from cchc.base.text import fold, strip_diacritics
from cchc.reading.agencies import Registry
from cchc.reading.columns import ROLES, role_of
from cchc.reading.model import DOCUMENT_TYPES, join_ref

SCHEMA_URL = "https://cchc.github.io/schema/plan.schema.json"
DEFAULT_SECTION_TITLE = "Các nhiệm vụ"
PLACEHOLDER = "(chưa xác định)"

__all__ = [
    "SCHEMA_URL",
    "ImportProblem",
    "ImportResult",
    "ImportSummary",
    "SkippedRow",
    "area_of",
    "dump_yaml",
    "import_file",
    "import_source",
    "load_registry",
    "schema_comment",
    "schema_reference",
    "split_agencies",
]


# ------------------------------------------------------------------------------ public types

@dataclass(frozen=True)
class ImportSummary:
    sections: int
    tasks: int
    leaf_tasks: int
    targets: int
    unresolved_agencies: tuple[str, ...]
    warnings: tuple[str, ...]
    period: tuple[int, int] | None = None
    period_source: str = ""  # title, body, date, years, option (see PERIOD_SOURCES)
    suppressions: tuple[tuple[str, str, int], ...] = ()  # (code, what it means, findings) of the source
    suppression_comments: int = 0  # "# cchc: ignore[…] reason" comments written for them
    tables: int = 0  # task tables read
    table_rows: int = 0  # rows of those tables, header rows and empty rows included
    header_rows: int = 0  # header rows: the first, repeated ones, sub-headers, column-number rows
    group_rows: int = 0  # rows that start a group (section)
    skipped_rows: tuple[SkippedRow, ...] = ()  # rows read but not used, verbatim with their place

    def to_json(self) -> dict[str, Any]:
        return {
            "sections": self.sections,
            "tasks": self.tasks,
            "leaf_tasks": self.leaf_tasks,
            "targets": self.targets,
            "unresolved_agencies": list(self.unresolved_agencies),
            "warnings": list(self.warnings),
            "period": ({"start": self.period[0], "end": self.period[1], "source": self.period_source}
                       if self.period else None),
            "suppressions": [{"code": code, "reason": tr(reason), "count": count}
                             for code, reason, count in self.suppressions],
            "suppression_comments": self.suppression_comments,
            "tables": self.tables,
            "table_rows": self.table_rows,
            "header_rows": self.header_rows,
            "group_rows": self.group_rows,
            "skipped_rows": len(self.skipped_rows),
            "skipped": [row.to_json() for row in self.skipped_rows],
        }

    def period_note(self) -> str:
        """"thời kỳ 2026–2030 lấy từ trích yếu" — where the period was read, for the summary."""
        if self.period is None:
            return ""
        start, end = self.period
        shown = str(start) if start == end else f"{start}–{end}"
        source = PERIOD_SOURCES.get(self.period_source)
        return tr("thời kỳ {period} {source}", period=shown, source=tr(source)) if source else ""


PERIOD_SOURCES = {
    "title": N_("lấy từ trích yếu"),
    "body": N_("lấy từ nội dung văn bản"),
    "date": N_("lấy từ ngày ban hành"),
    "years": N_("lấy từ các năm ghi trong văn bản"),
    "option": N_("theo --period"),
}


@dataclass(frozen=True)
class ImportResult:
    data: dict[str, Any]
    yaml_text: str  # names the schema by its URL; see yaml_at
    summary: ImportSummary
    comments: dict[int, str] = field(default_factory=dict)  # line → "# cchc: ignore[…] reason" (source defects)

    def yaml_at(self, out: Path) -> str:
        """The YAML text for a file written to ``out``: ``yaml_text`` with the schema named by a
        relative path when ``out`` lies in a repository with ``schema/plan.schema.json``, as the
        bundled plans do. Only that first line differs, so the suppressions checked on
        ``yaml_text`` are the ones written."""
        first, newline, rest = self.yaml_text.partition("\n")
        if not first.startswith(schema_comment("")):
            return self.yaml_text
        return schema_comment(schema_reference(out)) + newline + rest


def import_file(path: Path, *, registry: Registry | None = None, period: str | None = None,
                plan_id: str | None = None, lint_registry: Registry | None | bool = True,
                allow_empty: bool = False) -> ImportResult:
    """Import the plan in ``path`` (.docx, .txt, .md). Raises :class:`ImportProblem` (and only
    that: an unexpected failure is reported as an internal error, never a traceback)."""
    try:
        # An import builds hundreds of thousands of objects in no cycle: the run's collector
        # policy (cchc.base.memory, set at start-up) spares walking them again and again.
        source = read_source(path)
        return import_source(source, registry=registry, period=period,
                             plan_id=plan_id if plan_id is not None else slug(path.stem),
                             lint_registry=lint_registry, allow_empty=allow_empty)
    except ImportProblem:
        raise
    except Exception as exc:  # noqa: BLE001 - the CLI shows a message, not a traceback
        raise ImportProblem(
            tr("cchc gặp lỗi nội bộ khi nhập \"{file}\" ({error}).", file=path.name,
               error=f"{exc.__class__.__name__}: {exc}"),
            tr("Đây là lỗi của cchc, không phải của tệp: hãy báo cho nhóm phát triển kèm tệp này.")) from exc


def load_registry(path: Path) -> Registry:
    """The agency registry in ``path`` (following ``extends``), for ``--registry``."""
    from cchc.checking.check import Registries as _Registries

    if not path.is_file():
        raise ImportProblem(tr("Không tìm thấy danh mục cơ quan \"{path}\".", path=path),
                            tr("Chỉ đường dẫn tới tệp agencies.yaml, ví dụ --registry plans/quang-nam/agencies.yaml."))
    registry, problem = _Registries().get(path)
    if registry is None:
        raise ImportProblem(tr("Không dùng được danh mục cơ quan \"{path}\": {problem}.", path=path, problem=problem),
                            tr("Kiểm tra tệp bằng: cchc lint {path}", path=path))
    return registry


def schema_reference(out: Path) -> str:
    """How a plan written to ``out`` names the plan schema (see :func:`cchc.checking.schema_copy.schema_reference`)."""
    from cchc.checking.schema_copy import schema_reference as nearest

    return nearest(out.resolve().parent, "plan.schema.json")


def import_source(source: SourceDocument, *, registry: Registry | None = None,
                  period: str | None = None, plan_id: str = "ke-hoach",
                  lint_registry: Registry | None | bool = True, allow_empty: bool = False) -> ImportResult:
    """Import an already-read source (see :func:`import_file`). The result is linted with
    ``lint_registry`` — the registry the written file will be checked with; ``True``: the same as
    ``registry`` — and each finding that is a defect of the source gets a reasoned suppression.

    A source with a "Phụ lục" or a table that yields no task at all is refused (its tasks would
    be lost without a word) unless ``allow_empty``."""
    notes = _Notes(registry)
    plan_id = _checked_id(plan_id)
    fixed_period = _parse_period_option(period) if period is not None else None
    entries = list(_entries(source, notes))
    data = _Assembler(entries, notes, source.kind).plan(plan_id, fixed_period)
    _unique_references(data, notes)
    if notes.merged_refs:
        notes.warn(tr("Bản văn bản (.txt) ghi ô gộp dọc một lần ở dòng đầu: ô trống của {count} nhiệm vụ được lấy "
                      "theo dòng trên trong cùng nhóm: {tasks}. Nếu ô đó thật sự để trống trong bản gốc, hãy xóa "
                      "giá trị này (hoặc nhập từ tệp .docx).", count=len(notes.merged_refs),
                      tasks="; ".join(notes.merged_refs)))
    if registry is None and notes.agency_cells:
        notes.warn(tr("Không có danh mục cơ quan (--registry): ô cơ quan chủ trì, phối hợp chỉ được "
                      "tách theo dấu \";\" và dấu phẩy trước tên cơ quan; kiểm tra lại bằng cchc lint."))
    from cchc.authoring.import_suppress import suppress_source_defects, with_comments

    summary = _summary(data, notes)
    if summary.tasks == 0 and not allow_empty:
        seen = _what_was_seen(entries, notes)
        if seen:
            raise ImportProblem(
                tr("Không đọc được nhiệm vụ nào, dù tệp có {seen}: cchc không tạo kế hoạch rỗng để khỏi mất "
                   "các nhiệm vụ đó.", seen=seen),
                tr("Kiểm tra bảng nhiệm vụ có dòng tiêu đề cột (TT, Nội dung, …) và các dòng đánh số; nếu kế "
                   "hoạch thật sự không có nhiệm vụ, nhập lại với --allow-empty."))
    text = dump_yaml(data)
    found = suppress_source_defects(data, text, registry if lint_registry is True else
                                    lint_registry if isinstance(lint_registry, Registry) else None)
    if found.left:
        notes.warn(tr("Kế hoạch nhập vào còn {count} lỗi lint không phải do bản gốc (ví dụ dòng {line}: {message}); "
                      "hãy kiểm tra bằng cchc lint và báo cho nhóm phát triển nếu đó là lỗi của cchc.",
                      count=len(found.left), line=found.left[0].line, message=found.left[0].message))
    summary = replace(_summary(data, notes), suppressions=found.counts, suppression_comments=len(found.comments))
    return ImportResult(data, with_comments(text, found.comments), summary, dict(found.comments))


def _what_was_seen(entries: list[Entry], notes: _Notes) -> str:
    """What in the source should have held tasks: a "Phụ lục" label, task tables, other tables."""
    parts: list[str] = []
    labels = [e.text for e in entries if isinstance(e, _Para) and _is_appendix_label(e)]
    if labels:
        parts.append(tr("phần \"{label}\"", label=labels[0][:80]))
    counts = notes.counts
    if counts.tables:
        parts.append(tr("{tables} bảng nhiệm vụ ({rows} hàng, {headers} hàng tiêu đề, {groups} hàng nhóm, "
                        "{skipped} hàng bỏ qua)", tables=counts.tables, rows=counts.rows, headers=counts.header_rows,
                        groups=counts.group_rows, skipped=len(counts.skipped)))
    if notes.other_tables:
        columns = ", ".join(f"\"{t}\"" for t in notes.other_tables[0][:6])
        parts.append(tr("{count} bảng khác (cột đầu tiên: {columns})", count=len(notes.other_tables),
                        columns=columns or tr("(không có tiêu đề cột)")))
    return "; ".join(parts)


def _unique_references(data: dict[str, Any], notes: _Notes) -> None:
    """Give a ``key`` to every task whose status id (its reference) another task already has,
    so that ``cchc done`` can name each task: two unnumbered groups both starting at 1, say."""
    seen: set[str] = set()

    def visit_tasks(tasks: list[dict[str, Any]], prefix: str | None, parent_number: str | None) -> None:
        for task in tasks:
            number = str(task["id"])
            ref = join_ref(prefix, number, parent_number) if prefix else number
            name = task.get("key") or ref
            if name.casefold() in seen:
                base = re.sub(r"[\s#]", "", ref)
                suffix = 2
                while f"{base}-{suffix}".casefold() in seen:
                    suffix += 1
                items = list(task.items())
                task.clear()
                for key, value in items:  # the key right after the id, every other field kept
                    task[key] = value
                    if key == "id":
                        task["key"] = f"{base}-{suffix}"
                name = task["key"]
                notes.warn(tr("Nhiệm vụ {ref} trùng mã với một nhiệm vụ khác: đã thêm key \"{key}\" để phân biệt.",
                              ref=ref, key=name))
            seen.add(name.casefold())
            visit_tasks(task.get("subtasks", []), ref, number)

    def visit_sections(sections: list[dict[str, Any]], prefix: str | None, parent_number: str | None) -> None:
        for section in sections:
            number = section.get("number")
            if number is None:
                ref = prefix
            elif prefix is None:
                ref = str(number)
            else:
                ref = join_ref(prefix, str(number), parent_number)
            visit_tasks(section.get("tasks", []), ref, str(number) if number is not None else None)
            visit_sections(section.get("sections", []), ref, str(number) if number is not None else None)

    for block in _all_blocks(data.get("body", [])):
        visit_sections(block.get("sections", []), None, None)
    for appendix in data.get("appendices", []):
        visit_sections(appendix.get("sections", []), None, None)


# ------------------------------------------------------------------------------ small helpers

@dataclass
class _Notes:
    """What one import run learns along the way: warnings and unresolved agency names."""

    registry: Registry | None
    warnings: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    agency_cells: int = 0
    other_tables: list[list[str]] = field(default_factory=list)  # ≥ 3 columns, not task tables
    period_source: str = ""  # title, body, date, years or option: where the period was read
    counts: _TableCounts = field(default_factory=lambda: _TableCounts())
    merged_down: dict[int, tuple[str, ...]] = field(default_factory=dict)  # text: id(row) → cells filled from above
    merged_refs: list[str] = field(default_factory=list)  # those tasks' references, with the cells filled

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def unresolved_name(self, name: str) -> None:
        if name not in self.unresolved:
            self.unresolved.append(name)


def slug(text: str) -> str:
    """A plan id from a file name: lowercase ASCII words joined by dashes."""
    value = strip_diacritics(nfc(text)).lower()
    value = re.sub(r"[^a-z0-9]+", "-", value).strip("-")
    return value or "ke-hoach"


_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _checked_id(plan_id: str) -> str:
    if not _ID_RE.match(plan_id):
        raise ImportProblem(
            tr("Mã kế hoạch \"{id}\" không hợp lệ.", id=plan_id),
            tr("Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ \"{example}\".", example=slug(plan_id)))
    return plan_id


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _clean(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------------------------ areas

_AREA_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("chinh phu dien tu", "chinh_phu_so"),
    ("chinh phu so", "chinh_phu_so"),
    ("chinh quyen dien tu", "chinh_phu_so"),
    ("chinh quyen so", "chinh_phu_so"),
    ("chuyen doi so", "chinh_phu_so"),
    ("hien dai hoa hanh chinh", "chinh_phu_so"),
    ("hien dai hoa nen hanh chinh", "chinh_phu_so"),
    ("thu tuc hanh chinh", "thu_tuc_hanh_chinh"),
    ("tthc", "thu_tuc_hanh_chinh"),
    ("mot cua", "thu_tuc_hanh_chinh"),
    ("the che", "the_che"),
    ("to chuc bo may", "to_chuc_bo_may"),
    ("bo may hanh chinh", "to_chuc_bo_may"),
    ("sap xep to chuc", "to_chuc_bo_may"),
    ("che do cong vu", "cong_vu"),
    ("cai cach cong vu", "cong_vu"),
    ("cong vu", "cong_vu"),
    ("doi ngu can bo", "cong_vu"),
    ("cong chuc", "cong_vu"),
    ("tai chinh cong", "tai_chinh_cong"),
    ("chi dao, dieu hanh", "chi_dao_dieu_hanh"),
    ("chi dao dieu hanh", "chi_dao_dieu_hanh"),
    ("chi dao va dieu hanh", "chi_dao_dieu_hanh"),
    ("lanh dao, chi dao", "chi_dao_dieu_hanh"),
)


def area_of(title: str) -> str | None:
    """The reform-area code a section title names, tolerant of wording; the keyword that comes
    first in the title wins ("Công tác chỉ đạo, điều hành cải cách thủ tục…" is chỉ đạo)."""
    key = fold(title)
    best: tuple[int, str] | None = None
    for keyword, code in _AREA_KEYWORDS:
        match = re.search(rf"(?<![a-z0-9]){re.escape(keyword)}(?![a-z0-9])", key)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), code)
    return best[1] if best else None


# --------------------------------------------------------------------------------- agencies

_SEPARATOR = re.compile(r"(\s*,\s*|\s+và\s+)")
_AGENCY_WORDS = tuple(word.casefold() for word in (
    "Sở", "Phòng", "UBND", "Ủy ban", "Uỷ ban", "Văn phòng", "Ban", "Công an", "Đài", "Báo",
    "Bưu điện", "Thanh tra", "Các", "Cục", "Chi cục", "Trung tâm", "Hội đồng", "HĐND", "Bộ",
    "Kho bạc", "Ngân hàng", "Viện", "Trường", "Bệnh viện", "Liên đoàn", "Hội", "Đoàn",
    "Mặt trận", "Tòa án", "Bảo hiểm", "Cơ quan", "Đơn vị", "Tỉnh ủy", "Huyện ủy", "Thành ủy",
    "Quỹ", "Chi nhánh", "Bộ Chỉ huy", "Ban Chỉ huy", "Công ty", "Tổng công ty", "Đảng ủy",
    "Hiệp hội", "Tổng cục", "Học viện", "Đại học", "Hải quan", "Công đoàn", "Tỉnh đoàn", "Thành đoàn",
    "Liên minh", "Viễn thông", "Điện lực", "Cảng vụ", "Chi hội", "Đảng bộ",
))
_PLURAL = re.compile(r"^(?P<plural>[^:;]{2,40}?)\s*:\s*(?P<rest>\S.*)$")
_PLURAL_KEY = re.compile(r"^(?:cac [^\s,]+(?: [^\s,]+)?|ubnd cac [^\s,]+(?: [^\s,]+)?)$")
_TRIM = " \t.;,"


def _starts_agency(text: str) -> bool:
    """Whether a comma-separated piece names an agency on its own ("Sở Tư pháp", "UBND các
    huyện"), not the rest of a name ("Thương binh và Xã hội", "ban", "ngành")."""
    key = _clean(nfc(text)).casefold()
    if len(key.split()) < 2:
        return False
    return any(key.startswith(word + " ") or (key == word and " " in word) for word in _AGENCY_WORDS)


def split_agencies(cell: str, registry: Registry | None) -> list[str]:
    """The agencies a lead or support cell names, each as written.

    Splits on ";" and line breaks, expands "Các Sở: Nội vụ, Tư pháp" to "Sở Nội vụ", "Sở Tư pháp",
    and within a part takes the longest comma- or "và"-joined run the registry resolves ("Sở Lao
    động, Thương binh và Xã hội", "UBND các huyện, thị xã, thành phố"). Runs it cannot resolve are
    kept as written, cut only before a piece that starts with an agency word. Without a registry
    only that last rule applies.
    """
    names: list[str] = []
    for chunk in re.split(r"[;\n]", nfc(cell)):
        chunk = _clean(chunk).strip(_TRIM)
        if not chunk:
            continue
        plural = _PLURAL.match(chunk)
        if plural and _PLURAL_KEY.match(fold(plural.group("plural"))):
            singular = re.sub(r"(?i)(^|\s)các\s+", r"\1", plural.group("plural")).strip()
            singular = singular[:1].upper() + singular[1:]
            names.extend(_split_run(plural.group("rest"), registry, prefix=singular + " "))
        else:
            names.extend(_split_run(chunk, registry))
    return [name for name in (n.strip(_TRIM) for n in names) if name]


def _split_run(text: str, registry: Registry | None, prefix: str = "") -> list[str]:
    parts = _SEPARATOR.split(text)
    pieces, seps = parts[0::2], parts[1::2]

    def joined(i: int, j: int) -> str:
        out = pieces[i]
        for k in range(i + 1, j + 1):
            out += seps[k - 1] + pieces[k]
        return out

    def resolves_from(i: int) -> int | None:
        if registry is None:
            return None
        for j in range(len(pieces) - 1, i - 1, -1):
            if registry.lookup(prefix + joined(i, j).strip(_TRIM)) is not None:
                return j
        return None

    names: list[str] = []
    i = 0
    while i < len(pieces):
        end = resolves_from(i)
        if end is None:
            end = i
            while end + 1 < len(pieces):
                comma = "," in seps[end]
                if resolves_from(end + 1) is not None:
                    break
                if comma and (prefix or _starts_agency(pieces[end + 1])):
                    break
                end += 1
        names.append(prefix + joined(i, end))
        i = end + 1
    return names


def _agency_fields(cell: str, key: str, notes: _Notes) -> dict[str, Any]:
    text = nfc(cell).strip()
    if not text:
        return {}
    notes.agency_cells += 1
    names = split_agencies(text, notes.registry)
    if not names:
        return {}
    if notes.registry is not None:
        for name in names:
            if notes.registry.lookup(name) is None:
                notes.unresolved_name(name)
    out: dict[str, Any] = {key: names}
    if "; ".join(names) != text:
        out[f"{key}_text"] = text
    return out


# ------------------------------------------------------------------------------ task tables

@dataclass(frozen=True)
class _Columns:
    index: dict[str, int]  # role → grid column
    headers: tuple[str, ...]  # every column's header text, as printed
    header_rows: int  # 1, or 2 when a second row names Chủ trì / Phối hợp under a merged cell
    signature: tuple[str, ...]  # folded header texts, to recognise the header when repeated

    def printed(self) -> list[str] | None:
        """The header texts of the task columns, in the order TT, content, output, deadline,
        lead, support; a column the table does not print is left out (4 or 5 texts then)."""
        texts = [_clean(self.headers[self.index[role]]) for role in ROLES if role in self.index]
        return texts if len(texts) >= 4 and all(texts) else None


_role_of = role_of


def _header_texts(rows: Sequence[tuple[Cell, ...]], r: int) -> tuple[list[str], bool]:
    """Row ``r``'s header texts on the grid (a spanned cell takes the text of the cell it is part
    of) and whether a second header row under it (Chủ trì | Phối hợp under a merged "Cơ quan
    thực hiện") was joined in."""
    texts: list[str] = []
    for cell in rows[r]:
        texts.append(texts[-1] if cell.spanned and texts else cell.text)
    if r + 1 >= len(rows):
        return texts, False
    below = [c for c in rows[r + 1] if not c.vmerged and not c.spanned]
    words = [fold(c.text) for c in below]
    if not any("chu tri" in w or "phoi hop" in w for w in words):
        return texts, False
    if any(_ARABIC_TT.match(c.text.strip()) or _ROMAN_TT.match(c.text.strip()) for c in below):
        return texts, False
    for k, cell in enumerate(rows[r + 1][: len(texts)]):
        if cell.text and not cell.vmerged and not cell.spanned and fold(cell.text) != fold(texts[k]):
            texts[k] = f"{texts[k]} {cell.text}".strip()
    return texts, True


def _map_columns(table: Table) -> tuple[_Columns | None, list[str] | None]:
    """The task-table column map, or (None, header texts) when the table looks like a task table
    without a TT or content column, or (None, None) for any other table."""
    rows = table.rows
    looks_like: list[str] | None = None
    for r in range(min(3, len(rows))):
        texts, two_rows = _header_texts(rows, r)
        index: dict[str, int] = {}
        for k, text in enumerate(texts):
            role = _role_of(text)
            if role is not None and role not in index:
                index[role] = k
        if "tt" in index and "content" in index:
            header_rows = r + (2 if two_rows else 1)
            signature = tuple(fold(c.text) for c in rows[r])
            return _Columns(index, tuple(texts), header_rows, signature), None
        task_roles = {"content", "output", "deadline", "lead", "support"} & set(index)
        if len(task_roles) >= 2 and looks_like is None:
            looks_like = [_clean(t) for t in texts if t.strip()]
    return None, looks_like


_ROMAN_TT = re.compile(r"^(?=[IVXLCDM])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})[.)]?$")
_ROMAN_TITLE = re.compile(r"^(?P<num>(?=[IVXLC])[IVXLC]+)\s*[.)\-–:]\s*(?P<title>\S.*)$", re.S)
_GROUP_TT = re.compile(r"^[A-ZĐ][.)]?$")
_ARABIC_TT = re.compile(r"^\d+(?:\.\d+)*[.)]?$")
_LETTER_TT = re.compile(r"^[a-zđêơư][.)]?$")
_BULLET_TT = re.compile(r"^[-+•–*]$")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_PART_TT = re.compile(r"^phần\s+(?:thứ\s+[^\s.:)]+|[IVXLC]+|\d+)\s*[.:)]?$", re.I)
# A group written in one cell: "PHẦN I. …", "B. …", "II. …", "1. …", "1.2. …".
_GROUP_HEAD = re.compile(r"^(?P<num>(?:PHẦN|Phần|phần)\s+(?:thứ\s+[^\s.:]+|THỨ\s+[^\s.:]+|[IVXLC]+|\d+)|[A-ZĐ]|[IVXLC]+"
                         r"|\d{1,2}(?:\.\d{1,2})*)\s*(?P<mark>[.):\-–])?\s+(?P<title>\S.*)$", re.S)
_ROMAN_LETTERS = frozenset("IVXLCDM")
_CONTINUED = re.compile(r"\s*[(\[]?\s*(?:tiếp(?:\s+theo)?|tt)\s*[)\]]?\s*$", re.I)


@dataclass
class _Row:
    """A task or section row while its table is read (continuation rows still to be joined)."""

    kind: str  # "section" or "task"
    tt: str
    cells: dict[str, str]
    marker: str | None = None
    children: list[_Row] = field(default_factory=list)  # tasks (of a section or a task)
    sections: list[_Row] = field(default_factory=list)  # nested groups of a section
    rank: int = 1  # a group's level: -1 for PHẦN I, 0 for A/B, 1 for I/II, 2 for 1, 3 for 1.1 …

    def join(self, role: str, text: str, separator: str = " ") -> None:
        current = self.cells.get(role, "")
        self.cells[role] = f"{current}{separator}{text}".strip() if current else text


@dataclass
class _TaskTable:
    """A parsed task table: its sections and its column headers."""

    sections: list[dict[str, Any]]
    columns: list[str] | None


@dataclass(frozen=True)
class SkippedRow:
    """A table row the importer read but did not turn into a task, a group or a header."""

    text: str  # the row's cells, as printed, joined by " | "
    table: int | None = None  # .docx: the table's number in the document (1-based)
    row: int | None = None  # .docx: the row's number in its table (1-based)
    line: int | None = None  # text sources: the row's line number

    @property
    def position(self) -> str:
        if self.line is not None:
            return tr("dòng {line}", line=self.line)
        return tr("bảng {table}, hàng {row}", table=self.table, row=self.row)

    def to_json(self) -> dict[str, Any]:
        return {"table": self.table, "row": self.row, "line": self.line, "text": self.text}


@dataclass
class _TableCounts:
    """What the task tables held, for the summary: every row read is a task, a group, a header,
    an empty row, a continuation of the row above, or a skipped row listed verbatim."""

    tables: int = 0
    rows: int = 0
    header_rows: int = 0
    group_rows: int = 0
    task_rows: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)


def _parse_task_table(table: Table, columns: _Columns, notes: _Notes,
                      origins: Sequence[tuple[int, int]] = ()) -> _TaskTable:
    """The sections and tasks of one task table. ``origins``: each row's (table number, row
    number) in the document, to name a skipped row (a table continued in another one has rows
    from both)."""
    return _TableParser(table, columns, notes, list(origins)).run(columns.header_rows)


@dataclass
class _TableParser:
    table: Table
    columns: _Columns
    notes: _Notes
    origins: list[tuple[int, int]]
    index: dict[str, int] = field(default_factory=dict)
    top: list[_Row] = field(default_factory=list)  # the top-level sections, in order
    stack: list[_Row] = field(default_factory=list)  # the open groups, outermost first
    chain: list[_Row] = field(default_factory=list)  # the open tasks: a top-level one, its sub-task …
    previous_task: _Row | None = None  # the task row read last in the current group
    last: _Row | None = None  # the row a continuation row continues

    def run(self, header_rows: int) -> _TaskTable:
        counts = self.notes.counts
        counts.tables += len({table for table, _ in self.origins}) or 1
        counts.rows += len(self.table.rows)
        counts.header_rows += header_rows
        self.index = dict(self.columns.index)
        for r, raw in enumerate(self.table.rows[header_rows:], start=header_rows):
            self.row(r, raw)
        return _TaskTable([_section_dict(row, self.notes, None) for row in self.top], self.columns.printed())

    def skip(self, r: int, raw: tuple[Cell, ...]) -> None:
        text = " | ".join(_clean(c.text) for c in raw if c.text.strip() and not c.spanned)
        lines = self.table.lines
        if lines:
            self.notes.counts.skipped.append(SkippedRow(text, line=lines[r]))
        else:
            table, row = self.origins[r] if r < len(self.origins) else (0, r + 1)
            self.notes.counts.skipped.append(SkippedRow(text, table=table, row=row))

    def row(self, r: int, raw: tuple[Cell, ...]) -> None:
        counts = self.notes.counts
        index = self.index
        values = [c.text for c in raw]
        if not any(v.strip() for v in values):
            return
        header = _header_roles(raw, index)
        if header is not None:
            counts.header_rows += 1
            if "content" in header:
                if "tt" not in header and "tt" in index and not _cell_text(raw, index["tt"]).strip():
                    header["tt"] = index["tt"]
                if "tt" in header:
                    self.index = header
            return
        if _is_column_numbers(values):
            counts.header_rows += 1
            return
        cells = {role: _cell_text(raw, k) for role, k in index.items() if k < len(raw)}
        merged = {role for role, k in index.items() if k < len(raw) and (raw[k].vmerged or raw[k].spanned)}
        tt = cells.get("tt", "").strip()
        if "tt" in merged and self.last is not None and self.last.kind == "task":
            # The TT (and often the content) cell merged down over this row: more lines of the
            # task above, one per row (two leads, two deadlines), kept on their own lines.
            for role, text in cells.items():
                if text.strip() and role not in merged and role != "tt":
                    self.last.join(role, text.strip(), "\n")
            return
        group = self.group_of(tt, cells, raw)
        if group is not None:
            counts.group_rows += 1
            number, title, rank = group
            row = _Row("section", number, {"content": title, **{k: cells.get(k, "") for k in ("lead", "support")}},
                       rank=rank)
            self.open_group(row)
            return
        filled = [k for k, cell in enumerate(raw) if cell.text.strip() and not cell.spanned and not cell.vmerged]
        if not tt and not any(cells.get(k, "").strip() for k in ROLES if k != "tt"):
            self.skip(r, raw)  # text outside every mapped column (a note, a stray cell)
            return
        if len(filled) == 1 and filled[0] == index.get("tt") and not _task_number(tt):
            self.skip(r, raw)  # a lone text in the TT column that is neither a number nor a group
            return
        if not tt and self.last is None and not any(cells.get(k, "").strip() for k in ROLES if k not in ("tt", "content")):
            self.skip(r, raw)  # text with no number and nothing above it to continue
            return
        if not tt and self.last is not None and not _starts_bullet_task(cells):
            for role, text in cells.items():
                if text.strip() and role not in merged and role != "tt":
                    self.last.join(role, text.strip())
            return
        counts.task_rows += 1
        row = _Row("task", tt, {k: v.strip() for k, v in cells.items() if k != "tt"})
        if _BULLET_TT.match(tt) or (not tt and _starts_bullet_task(cells)):
            row.marker = tt or cells.get("content", "")[:1]
            if not tt:
                row.cells["content"] = cells.get("content", "")[1:].strip()
        self.fill_merged_down(row)
        parent = self.parent_task(tt, row.marker)
        if parent is not None:
            parent.children.append(row)
            self.chain = self.chain[: self.chain.index(parent) + 1] + [row]
        else:
            depth = _arabic_depth(tt)
            while depth and self.stack and self.stack[-1].tt and _arabic_depth(self.stack[-1].tt) \
                    and self.stack[-1].rank >= depth:
                self.stack.pop()  # task "2" after group "1. …" (its tasks 1.1, 1.2) closes that group
            if not self.stack:
                self.open_group(_Row("section", "", {"content": ""}, rank=1))
            self.stack[-1].children.append(row)
            self.chain = [row]
        self.previous_task = row
        self.last = row

    def parent_task(self, tt: str, marker: str | None) -> _Row | None:
        """The open task a row belongs under: a), b) and bullets under the innermost numbered task
        (1.1 rather than 1); 1.1, 1.2 under 1 and 1.2.1 under 1.2. Rows numbered like a task
        above are its siblings, closing what was open under it."""
        if marker is not None or _LETTER_TT.match(tt):
            for task in reversed(self.chain):
                if _ARABIC_TT.match(task.tt):
                    return task
            return None
        if _ARABIC_TT.match(tt):
            number = tt.rstrip(".)")
            for task in reversed(self.chain):
                if _ARABIC_TT.match(task.tt) and number.startswith(task.tt.rstrip(".)") + "."):
                    return task
        return None

    def fill_merged_down(self, row: _Row) -> None:
        """Text exports only: Word writes a cell merged down over several rows once, on its first
        row, so an empty Chủ trì or Thời gian cell of a task (which every task prints) takes the
        value of the task row above it in the same group, and so does an empty Phối hợp beside a
        Chủ trì taken so. What was filled is said in the summary."""
        above = self.previous_task
        if not self.table.lines or above is None or not row.tt:
            return
        if not any(row.cells.get(role) for role in ("output", "deadline", "lead", "support")):
            return  # a row with only its content (a parent of a), b) …) prints nothing beside it
        filled = []
        for role in ("lead", "support", "deadline"):
            if role == "support" and "lead" not in filled:
                continue  # many tasks have no Phối hợp: only a merged block of agencies is filled
            if role == "deadline" and any(_looks_like_deadline(row.cells.get(other, ""))
                                          for other in ("lead", "support", "output")):
                continue  # the deadline was printed in another column: a defect of the source
            if role in self.index and not row.cells.get(role) and above.cells.get(role):
                row.cells[role] = above.cells[role]
                filled.append(role)
        if filled:
            self.notes.merged_down[id(row)] = tuple(filled)

    def open_group(self, row: _Row) -> None:
        """Close the groups at the new group's level or deeper, and nest it in the one left open.
        A group row repeated at the top of a page ("I. CẢI CÁCH THỂ CHẾ (tiếp)") goes on with
        the group it repeats."""
        title = _CONTINUED.sub("", row.cells.get("content", ""))
        for k, group in enumerate(self.stack):
            if group.rank == row.rank and group.tt == row.tt and row.tt \
                    and fold(_CONTINUED.sub("", group.cells.get("content", ""))) == fold(title):
                del self.stack[k + 1:]
                self.chain, self.previous_task, self.last = [], None, group
                return
        while self.stack and self.stack[-1].rank >= row.rank:
            self.stack.pop()
        if self.stack:
            self.stack[-1].sections.append(row)
        else:
            self.top.append(row)
        self.stack.append(row)
        self.chain, self.previous_task, self.last = [], None, row

    def group_of(self, tt: str, cells: dict[str, str], raw: tuple[Cell, ...]) -> tuple[str, str, int] | None:
        """(number, title, rank) when the row starts a group."""
        filled = [cell for cell in raw if cell.text.strip() and not cell.spanned and not cell.vmerged]
        if len(filled) == 1:
            # One cell: a merged group row, or a group written in one cell with the rest empty.
            cell = filled[0]
            text = _clean(cell.text)
            in_content = "content" in self.index and self.index["content"] < len(raw) \
                and raw[self.index["content"]] is cell
            head = _GROUP_HEAD.match(text)
            if head:
                title = head.group("title")
                rank = self.rank_of(head.group("num"))
                strong = _mostly_upper(title) or _titled(cell, title)
                if rank is not None and (strong or (rank <= 1 and head.group("mark") and not in_content)):
                    return _clean(head.group("num")), _clean(title), rank
            if _PART_TT.match(text):
                return text, text, -1
        section = _section_row(tt, cells, raw, self.index)
        if section is None:
            return None
        number, title = section
        rank = self.rank_of(number.rstrip(".)").strip()) if number else None
        if rank is None:
            rank = self.stack[-1].rank if self.stack and not self.stack[-1].tt else 1
        return number, title, rank

    def rank_of(self, number: str) -> int | None:
        """A group number's level: PHẦN I → -1; A, B → 0; I, II → 1; 1 → 2; 1.1 → 3."""
        core = number.strip().rstrip(".):-–").strip()
        if _PART_TT.match(core):
            return -1
        if re.fullmatch(r"[A-ZĐ]", core):
            if core not in _ROMAN_LETTERS:
                return 0
            # C or D after B or C of the same list is a letter, otherwise a Roman numeral.
            lettered = [row.tt.rstrip(".)") for row in self.all_groups() if row.rank == 0]
            if lettered and len(lettered[-1]) == 1 and ord(lettered[-1]) + 1 == ord(core):
                return 0
            return 1
        if _ROMAN_TT.match(core):
            return 1
        if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", core):
            return 2 + core.count(".")
        return None

    def all_groups(self) -> Iterator[_Row]:
        def walk(rows: list[_Row]) -> Iterator[_Row]:
            for row in rows:
                yield row
                yield from walk(row.sections)
        yield from walk(self.top)


_DEADLINE_START = re.compile(r"^(quy|qui|thang|nam \d|truoc|trong|hang|dinh ky|thuong xuyen|cuoi|dau nam|het|"
                             r"hoan thanh|giai doan|tu (quy|thang|nam|nay)|q[1-4]\b|t\d{1,2}\b|\d{1,2}[/.-]\d)")


def _looks_like_deadline(text: str) -> bool:
    """Whether a cell reads like a "Thời gian hoàn thành" ("Quý III/2024", "Trước ngày 15 …")."""
    return bool(text.strip()) and _DEADLINE_START.match(fold(text)) is not None


def _arabic_depth(tt: str) -> int:
    """A group's level (see _TableParser.rank_of) that an Arabic number stands at: 2 for "1",
    3 for "1.1"; 0 for anything else."""
    core = tt.strip().rstrip(".)")
    return 2 + core.count(".") if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", core) else 0


def _task_number(tt: str) -> bool:
    return bool(_ARABIC_TT.match(tt) or _ROMAN_TT.match(tt) or _LETTER_TT.match(tt) or _BULLET_TT.match(tt)
                or _GROUP_TT.match(tt))


def _cell_text(raw: tuple[Cell, ...], k: int) -> str:
    cell = raw[k]
    return "" if cell.spanned else cell.text


_HEADER_CELL_MAX = 80


def _header_roles(raw: tuple[Cell, ...], index: dict[str, int]) -> dict[str, int] | None:
    """The column map a row states when it is a header row repeated in the table (after a page
    break, or a sub-header under a group, possibly in another column order): at least two
    cells name a column, every other filled cell is empty, and no cell holds a task number."""
    roles: dict[str, int] = {}
    for k, cell in enumerate(raw):
        text = cell.text.strip()
        if cell.spanned or not text:
            continue
        if len(text) > _HEADER_CELL_MAX:
            return None
        role = _role_of(text)
        if role is None:
            if _task_number(text) or not _COLUMN_NUMBER.match(text):
                return None
            continue
        roles.setdefault(role, k)
    if len(set(roles) - {"note"}) < 2:
        return None
    return roles


def _is_column_numbers(values: list[str]) -> bool:
    filled = [v.strip() for v in values if v.strip()]
    return len(filled) >= 3 and all(_COLUMN_NUMBER.match(v) for v in filled)


def _starts_bullet_task(cells: dict[str, str]) -> bool:
    content = cells.get("content", "").strip()
    others = any(cells.get(r, "").strip() for r in ("deadline", "lead", "output"))
    return bool(re.match(r"^[-+•–]\s", content)) and others


def _section_row(tt: str, cells: dict[str, str], raw: tuple[Cell, ...],
                 index: dict[str, int]) -> tuple[str, str] | None:
    """(number, title) when the row starts a section: a Roman TT; or a title alone on its row,
    capitalised, bold or naming a reform area (the other cells empty or merged into it)."""
    content = _clean(cells.get("content", ""))
    details = any(cells.get(r, "").strip() for r in ("output", "deadline"))
    agencies = any(cells.get(r, "").strip() for r in ("lead", "support"))
    if _ROMAN_TT.match(tt) and (content or not details):
        return tt, content or tt
    whole = _ROMAN_TITLE.match(tt)
    if whole and not content and _mostly_upper(whole.group("title")):
        return whole.group("num"), _clean(whole.group("title"))
    if details or agencies:
        return None
    if (_GROUP_TT.match(tt) or _PART_TT.match(tt)) and content:
        return tt, content  # A, B or PHẦN I beside a title and nothing else: a task is never numbered so
    if _ARABIC_TT.match(tt) and content and _mostly_upper(content):
        return tt, content
    if not tt and content and "content" in index and (
            _mostly_upper(content) or _titled(raw[index["content"]], content)):
        return "", content
    if tt and not content and len(tt) > 3 and _mostly_upper(tt):
        return "", _clean(tt)
    return None


def _titled(cell: Cell, content: str) -> bool:
    """A title-case row alone on its line that is bold or names a reform area ("Cải cách thể
    chế"), not the lower-case rest of a row split by a page break."""
    if not content[:1].isupper() or len(content) > 200:
        return False
    bold = bool(cell.paragraphs) and all(p.bold for p in cell.paragraphs)
    return bold or area_of(content) is not None


def _section_dict(row: _Row, notes: _Notes, parent: tuple[str | None, str | None] | None,
                  parent_area: str | None = None) -> dict[str, Any]:
    """A group's data; ``parent`` is the (reference, number) of the group it is nested in, whose
    reform area (``parent_area``) a nested group without one of its own inherits."""
    title = _clean(row.cells.get("content", ""))
    out: dict[str, Any] = {}
    if row.tt:
        out["number"] = row.tt
    out["title"] = title or DEFAULT_SECTION_TITLE
    area = area_of(title) if title else None
    if area:
        out["area"] = area
    elif title and parent_area is None and row.children:
        notes.warn(tr("Không nhận ra lĩnh vực cải cách của nhóm \"{title}\": chưa ghi area.", title=title))
    out.update(_agency_fields(row.cells.get("lead", ""), "lead", notes))
    out.update(_agency_fields(row.cells.get("support", ""), "support", notes))
    if parent is None:
        ref: str | None = row.tt or None
    elif not row.tt:
        ref = parent[0]
    else:
        ref = join_ref(parent[0], row.tt, parent[1])
    if row.children or not row.sections:
        out["tasks"] = _task_dicts(row.children, notes, ref or "", row.tt or None)
    if row.sections:
        out["sections"] = [_section_dict(sub, notes, (ref, row.tt or None), area or parent_area)
                           for sub in row.sections]
    return out


_COLUMN_NAMES = {"lead": N_("Chủ trì"), "support": N_("Phối hợp"), "deadline": N_("Thời gian")}


def _task_dicts(rows: list[_Row], notes: _Notes, prefix: str, parent_number: str | None = None) -> list[dict[str, Any]]:
    """Task data for rows under ``prefix`` (the section's reference, or the parent task's).
    A number printed twice gets a ``key`` ("III.3b") so each task can still be named."""
    out: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    counter = 0
    for row in rows:
        counter += 1
        task_id = row.tt if row.tt and row.marker is None else str(counter)
        task: dict[str, Any] = {"id": task_id}
        seen[task_id] = seen.get(task_id, 0) + 1
        ref = join_ref(prefix, task_id, parent_number) if prefix else task_id
        if seen[task_id] > 1:
            suffix = "bcdefghijklmnopqrstuvwxyz"[min(seen[task_id] - 2, 24)]
            task["key"] = re.sub(r"[\s#]", "", ref + suffix)
            notes.warn(tr("Số thứ tự \"{number}\" lặp lại trong mục {prefix}: đã thêm key \"{key}\" để phân biệt.",
                          number=task_id, prefix=prefix, key=task["key"]) if prefix else
                       tr("Số thứ tự \"{number}\" lặp lại trong bảng: đã thêm key \"{key}\" để phân biệt.",
                          number=task_id, key=task["key"]))
        if row.marker:
            task["marker"] = row.marker
        content = row.cells.get("content", "").strip()
        if not content:
            content = PLACEHOLDER
            notes.warn(tr("Nhiệm vụ \"{number}\" không có nội dung trong bảng: ghi tạm \"{placeholder}\".",
                          number=task_id, placeholder=PLACEHOLDER))
        task["content"] = content
        leaf = not row.children
        for role in ("output", "deadline"):
            if role in row.cells:
                value = row.cells[role].strip()
                if value or leaf:
                    task[role] = value or None
        task.update(_agency_fields(row.cells.get("lead", ""), "lead", notes))
        task.update(_agency_fields(row.cells.get("support", ""), "support", notes))
        if row.children:
            task["subtasks"] = _task_dicts(row.children, notes, ref, task_id)
        if id(row) in notes.merged_down:
            cells = ", ".join(tr(_COLUMN_NAMES[role]) for role in notes.merged_down[id(row)])
            notes.merged_refs.append(f"{task.get('key') or ref} ({cells})")
        out.append(_ordered_task(task))
    return out




_TASK_ORDER = ("id", "key", "marker", "content", "output", "deadline", "lead", "lead_text", "support",
               "support_text", "subtasks")


def _ordered_task(task: dict[str, Any]) -> dict[str, Any]:
    return {key: task[key] for key in _TASK_ORDER if key in task}


# ------------------------------------------------------------------------ the entry stream

@dataclass(frozen=True)
class _Para:
    text: str
    style: str = ""
    bold: bool = False
    block: int = -1


Entry = _Para | _TaskTable


def _entries(source: SourceDocument, notes: _Notes) -> Iterator[Entry]:
    """Paragraphs and parsed task tables in order; other tables become their paragraphs.

    A table that names task columns (Sản phẩm, Chủ trì …) but has no TT or content column is an
    error when no task table could be read at all, a warning otherwise."""
    unmapped: list[list[str]] = []
    found = False
    block = 0
    number = 0  # the table's number in the document, as Word users count them
    items = list(source.items)
    i = 0
    while i < len(items):
        item = items[i]
        i += 1
        if isinstance(item, Paragraph):
            if source.kind == "docx":
                block += 1
            for line in item.text.split("\n"):
                if line.strip():
                    yield _Para(line.strip(), item.style, item.bold,
                                item.block if source.kind == "text" else block)
            continue
        number += 1
        columns, looks_like = _map_columns(item)
        if columns is not None:
            found = True
            origins = [(number, r + 1) for r in range(len(item.rows))]
            # The rest of the table after a page break or a stray line, in a table of its own with
            # the same columns and no header row, is read as more rows of this one.
            while (follow := _continuation(items, i, columns)) is not None:
                number += 1
                more = items[follow]
                assert isinstance(more, Table)
                origins += [(number, r + 1) for r in range(len(more.rows))]
                item = Table(item.rows + more.rows, item.lines + more.lines)
                i = follow + 1
            yield _parse_task_table(item, columns, notes, origins)
            continue
        if looks_like is not None:
            unmapped.append(looks_like)
        elif item.width >= 3 and len(item.rows) >= 2:
            notes.other_tables.append([_clean(c.text) for c in item.rows[0] if c.text.strip() and not c.spanned])
        for row in item.rows:
            for cell in row:
                if cell.spanned or cell.vmerged:
                    continue
                block += 1
                for paragraph in cell.paragraphs:
                    for line in paragraph.text.split("\n"):
                        if line.strip():
                            yield _Para(line.strip(), paragraph.style, paragraph.bold, block)
    for texts in unmapped:
        message = _unmapped_message(texts)
        if not found:
            raise ImportProblem(message, _TABLE_HINT)
        notes.warn(message)


def _is_page_artifact(line: str) -> bool:
    """A page number or a lone mark between two parts of a table split by a page break."""
    return bool(re.fullmatch(r"[\s\d\-–—./]*", line))


def _continuation(items: Sequence[Any], start: int, columns: _Columns) -> int | None:
    """The index of a table at or after ``start`` (past page numbers) that continues a task
    table with ``columns``; None when something else comes first."""
    for k in range(start, len(items)):
        item = items[k]
        if isinstance(item, Paragraph):
            if all(_is_page_artifact(line) for line in item.text.split("\n")):
                continue
            return None
        columns_here, looks_like = _map_columns(item)
        if columns_here is None and looks_like is None and item.width == len(columns.headers) \
                and _continues_tasks(item, columns):
            return k
        return None
    return None


def _continues_tasks(table: Table, columns: _Columns) -> bool:
    """Whether a headerless table reads as more rows of a task table with ``columns``: one of
    its first rows holds a task or group number in the TT column."""
    k = columns.index["tt"]
    for raw in table.rows[:3]:
        tt = _cell_text(raw, k).strip() if k < len(raw) else ""
        first = _clean(next((c.text for c in raw if c.text.strip() and not c.spanned), ""))
        if _task_number(tt) or (_GROUP_HEAD.match(first) and _mostly_upper(first)) or _PART_TT.match(first):
            return True
    return False


_TABLE_HINT = N_("Bảng nhiệm vụ cần có dòng tiêu đề cột với cột TT (hoặc STT) và cột Nội dung, nhiệm "
                  "vụ; các cột khác được nhận theo tên: Sản phẩm, Thời gian hoàn thành, Cơ quan chủ "
                  "trì, Cơ quan phối hợp.")


def _unmapped_message(texts: list[str]) -> str:
    shown = ", ".join(f"\"{t}\"" for t in texts) if texts else tr("(không có tiêu đề cột)")
    return tr("Không nhận ra bảng nhiệm vụ: các cột tìm thấy là {columns}.", columns=shown)


# ------------------------------------------------------------------------- paragraph kinds

_QUOC_HIEU = "cong hoa xa hoi chu nghia viet nam"
_TIEU_NGU = "doc lap - tu do - hanh phuc"
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*(?P<number>[^/]*?)\s*/\s*(?P<symbol>\S+?)\s*$", re.I)
_DATE_LINE = re.compile(
    r"^(?P<place>[^,\d]{2,60}?)\s*,\s*ngày\s*(?P<day>\d{1,2})?\s*(?:/|tháng)\s*(?P<month>\d{1,2})?\s*"
    r"(?:/|năm)\s*(?P<year>\d{4})\s*\.?$", re.I)
_AUTHORITY_LINE = re.compile(r"^(TM|KT|Q|TL|TUQ|T/M|K/T)\.?\s+\S")
_TYPE_KEYS = {fold(name): name for name in DOCUMENT_TYPES}
_TYPE_BY_SYMBOL = {fold(abbr): name for name, abbr in DOCUMENT_TYPES.items()}
_ROMAN_HEAD = re.compile(r"^(?P<num>(?=[IVXLC])[IVXLC]+)\s*(?P<mark>[.):\-–])\s*(?P<rest>\S.*)$")
_ARABIC_HEAD = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)(?P<mark>[.)])?\s+(?P<rest>\S.*)$")
_LETTER_HEAD = re.compile(r"^(?P<num>[a-zđê])(?P<mark>[.)])\s+(?P<rest>\S.*)$")
_BULLET = re.compile(r"^(?P<mark>[-+•–])\s*(?P<rest>\S.*)$")
_BARE_NUMBER = re.compile(r"^(?P<num>\d{1,3})\s+(?P<rest>\S.*)$")
_APPENDIX_LABEL = re.compile(r"^(?P<label>phụ\s+lục(?:\s+(?:số\s+)?[0-9IVXLC]+)?)\s*(?:[:.\-–]\s*(?P<title>\S.*))?$",
                             re.I)
_CLOSING = re.compile(r"^(Điều\s+([2-9]|\d{2,})\s*[.:]|Trên đây)", re.I)
_DECISION = re.compile(r"^QUYẾT\s+ĐỊNH\s*:$")


def _type_of(text: str) -> str | None:
    stripped = text.strip()
    if stripped.endswith(":") or not _is_upper(stripped):
        return None
    return _TYPE_KEYS.get(fold(stripped))


def _numbered(text: str) -> tuple[str, str, int] | None:
    """(number as printed, rest, rank) of a numbered paragraph: I. → 1, 1. → 2, 1.1. → 3, a) → 8."""
    match = _ROMAN_HEAD.match(text)
    if match and (match.group("mark") in ".)" or _mostly_upper(match.group("rest"))):
        return text[: match.start("rest")].strip(), match.group("rest"), 1
    match = _ARABIC_HEAD.match(text)
    if match:
        number = match.group("num")
        mark = match.group("mark") or ""
        if not mark and "." not in number:
            return None
        return number + mark, match.group("rest"), 2 + number.count(".")
    match = _LETTER_HEAD.match(text)
    if match:
        return f"{match.group('num')}{match.group('mark')}", match.group("rest"), 8
    return None


def _is_appendix_label(para: _Para) -> bool:
    match = _APPENDIX_LABEL.match(para.text)
    if not match:
        return False
    return len(para.text) <= 200 and (para.style.startswith("CCHC Phụ lục") or not match.group("title")
                                       or _mostly_upper(match.group("title")) or para.bold)


# ------------------------------------------------------------------------------- assembling

@dataclass
class _Assembler:
    entries: list[Entry]
    notes: _Notes
    kind: str
    styled: bool = False
    document_month: int | None = None

    def __post_init__(self) -> None:
        self.styled = any(isinstance(e, _Para) and e.style.startswith("CCHC Mục") for e in self.entries)

    # zones

    def plan(self, plan_id: str, fixed_period: tuple[int, int] | None) -> dict[str, Any]:
        entries = self.entries
        appendix_at = next((i for i, e in enumerate(entries) if isinstance(e, _Para) and _is_appendix_label(e)),
                           len(entries))
        body_start = self._body_start(appendix_at)
        # A Quyết định whose plan follows its signature: the decision's own tail comes first.
        front_end = next((i for i in range(body_start) if _is_tail_start(entries[i])), body_start)
        document, preamble = self.front([e for e in entries[:front_end] if isinstance(e, _Para)])
        self.tail(entries[front_end:body_start], document)
        closing_at = next((k for k, text in enumerate(preamble) if _CLOSING.match(text)), len(preamble))
        preamble, closing = preamble[:closing_at], preamble[closing_at:]
        body: list[dict[str, Any]] = []
        tables = any(isinstance(entry, _TaskTable) and entry.sections for entry in entries)
        start, tail_at = body_start, body_start
        while True:  # a Quyết định may carry the plan it issues after its own signature
            tail_at = self._tail_start(start, appendix_at)
            closing_at = next((i for i in range(start, tail_at) if _para_matches(entries[i], _CLOSING)), tail_at)
            body.extend(_BodyParser(entries[start:closing_at], self.notes, self.styled, tables).blocks())
            closing.extend(e.text for e in entries[closing_at:tail_at] if isinstance(e, _Para))
            attached = next((i for i in range(tail_at, appendix_at) if _is_part_heading(entries[i])), None)
            self.tail(entries[tail_at:attached if attached is not None else appendix_at], document)
            if attached is None or attached <= start:
                break
            start = attached
        appendices = self.appendices(entries[tail_at:], appendix_at - tail_at)
        if not appendices and not _recognisable(body, document):
            if self.notes.other_tables:
                raise ImportProblem(_unmapped_message(self.notes.other_tables[0]), tr(_TABLE_HINT))
            raise ImportProblem(
                tr("Không tìm thấy bảng nhiệm vụ hay nội dung kế hoạch (các phần I., II. …) trong tệp."),
                tr("cchc nhập kế hoạch, chương trình, quyết định có bảng nhiệm vụ (TT | Nội dung | … | "
                   "Cơ quan chủ trì | Cơ quan phối hợp) hoặc các phần đánh số La Mã. Kiểm tra lại tệp."))
        self.fill_missing(document, appendices)
        data: dict[str, Any] = {"version": 1, "id": plan_id, "document": _ordered_document(document)}
        data["period"] = self.period(fixed_period, document, preamble, body, appendices)
        if preamble:
            data["preamble"] = preamble
        if body:
            data["body"] = body
        if closing:
            data["closing"] = closing
        if appendices:
            data["appendices"] = appendices
        return data

    def _body_start(self, limit: int) -> int:
        entries = self.entries
        for i in range(limit):
            entry = entries[i]
            if isinstance(entry, _TaskTable):
                return i
            numbered = _numbered(entry.text)
            if numbered and numbered[2] == 1:
                return i
        # No Roman parts: the body starts after the last front-matter line.
        last = -1
        for i in range(min(limit, 60)):
            entry = entries[i]
            if isinstance(entry, _TaskTable):
                return i
            text = entry.text
            if _type_of(text) or fold(text).startswith(("can cu", "theo de nghi")) or _DECISION.match(text):
                last = i
        start = last + 1
        if last >= 0 and _is_type_entry(entries[last]) and start < limit:
            start += 1  # the trích yếu
        for i in range(max(start, 0), limit):
            entry = entries[i]
            if isinstance(entry, _TaskTable) or _numbered(entry.text):
                return i
        return limit

    def _tail_start(self, start: int, limit: int) -> int:
        for i in range(start, limit):
            if _is_tail_start(self.entries[i]):
                return i
        for i in range(limit - 1, start - 1, -1):
            entry = self.entries[i]
            if isinstance(entry, _TaskTable):
                return i + 1
            if _is_position(entry.text):
                return i
            if not _is_name(entry.text):
                break
        return limit

    # front matter

    def front(self, paras: list[_Para]) -> tuple[dict[str, Any], list[str]]:
        document: dict[str, Any] = {}
        used: set[int] = set()
        type_at = next((i for i, p in enumerate(paras) if _type_of(p.text)), None)
        stop = type_at if type_at is not None else len(paras)
        issuer_lines: list[str] = []
        for i, para in enumerate(paras):
            key = fold(para.text)
            if key in (_QUOC_HIEU, _TIEU_NGU):
                used.add(i)
                continue
            number = _NUMBER_LINE.match(para.text)
            if number and "number" not in document and "symbol" not in document:
                value = number.group("number").strip()
                if value:
                    document["number"] = value
                document["symbol"] = number.group("symbol").strip().rstrip(".")
                used.add(i)
                continue
            date = _DATE_LINE.match(para.text)
            if date and "date" not in document:
                self.date_fields(date, document)
                used.add(i)
                continue
            if i < stop and _is_upper(para.text) and not _issuer_block_ended(paras, i) and len(para.text) < 120:
                issuer_lines.append(para.text)
                used.add(i)
        if issuer_lines:
            parent, issuer = _issuer(issuer_lines)
            if parent:
                document["parent_body"] = parent
            document["issuer"] = issuer
        if type_at is not None:
            used.add(type_at)
            document["type"] = _type_of(paras[type_at].text)
            title_parts, end = self.title_after(paras, type_at)
            used.update(range(type_at + 1, end))
            if title_parts:
                document["title"] = " ".join(title_parts)
            self.after_title(paras, end, document, used)
        preamble_from = max(used) + 1 if used else 0
        preamble = [p.text for i, p in enumerate(paras) if i >= preamble_from and i not in used]
        return document, preamble

    def date_fields(self, match: re.Match[str], document: dict[str, Any]) -> None:
        place = match.group("place").strip()
        if place and place not in ("…", "...") and not place.startswith("…"):
            document["place"] = place
        year, month, day = match.group("year"), match.group("month"), match.group("day")
        document["date"] = _partial_date(year, month, day, self.notes)

    def title_after(self, paras: list[_Para], type_at: int) -> tuple[list[str], int]:
        parts: list[str] = []
        i = type_at + 1
        type_para = paras[type_at]
        while i < len(paras):
            para = paras[i]
            if not parts:
                if _is_stop(para.text, title=True):
                    break
                parts.append(para.text)
                i += 1
                continue
            previous = paras[i - 1]
            same_block = self.kind == "text" and para.block == previous.block == type_para.block
            same_style = para.style and para.style == previous.style and para.style not in ("Normal", "")
            authority = _type_of(type_para.text) == "Quyết định" and _is_upper(para.text)
            bold_run = self.kind == "docx" and para.bold and previous.bold and not authority
            if (same_block or same_style or bold_run) and not _is_stop(para.text):
                parts.append(para.text)
                i += 1
                continue
            if self.kind == "text" and para.block == previous.block != type_para.block \
                    and not _is_stop(para.text):
                parts.append(para.text)
                i += 1
                continue
            break
        return parts, i

    def after_title(self, paras: list[_Para], start: int, document: dict[str, Any], used: set[int]) -> None:
        decision = document.get("type") == "Quyết định"
        legal: list[str] = []
        for i in range(start, len(paras)):
            text = paras[i].text
            key = fold(text)
            if key.startswith("can cu"):
                legal.append(text)
                used.add(i)
            elif key.startswith(("theo de nghi", "xet de nghi")) and "proposal" not in document:
                document["proposal"] = text
                used.add(i)
            elif _DECISION.match(text):
                used.add(i)
            elif decision and "authority" not in document and not legal and _is_upper(text) and len(text) < 150:
                document["authority"] = text
                used.add(i)
            elif legal or "proposal" in document:
                break
        if legal:
            document["legal_bases"] = legal

    # signature and Nơi nhận

    def tail(self, entries: list[Entry], document: dict[str, Any]) -> None:
        paras = [e for e in entries if isinstance(e, _Para)]
        recipients: list[str] = []
        authority: list[str] = []
        position: str | None = None
        name: str | None = None
        in_recipients = False
        ignored = 0
        for para in paras:
            text = para.text
            if _type_of(text):
                break  # the attached plan's own heading: not part of the signature
            if fold(text).startswith("noi nhan"):
                in_recipients = True
                rest = text.split(":", 1)[1].strip() if ":" in text else ""
                if rest:
                    recipients.append(_strip_bullet(rest))
                continue
            if in_recipients and _BULLET.match(text):
                recipients.append(_strip_bullet(text))
                continue
            in_recipients = False
            if _AUTHORITY_LINE.match(text) and position is None:
                authority.append(text)
            elif position is None and _is_upper(text) and len(text.split()) <= 8:
                position = text
            elif position is not None and name is None and _is_name(text):
                name = text
            else:
                ignored += 1
        if recipients and "recipients" not in document:
            document["recipients"] = recipients
        if position is None and authority:
            position = authority.pop()
        if position and "signer" not in document:
            signer: dict[str, Any] = {}
            if authority:
                signer["authority_lines"] = authority
            signer["position"] = position
            if name:
                signer["name"] = name
            document["signer"] = signer
        if ignored:
            self.notes.warn(tr("Bỏ qua {count} đoạn sau phần chữ ký không nhận ra (không phải nơi "
                               "nhận, chữ ký hay phụ lục).", count=ignored))

    # appendices

    def appendices(self, entries: list[Entry], label_at: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        current: dict[str, Any] | None = None
        texts: list[str] = []
        reference: list[str] = []
        stray = 0
        for index, entry in enumerate(entries):
            if isinstance(entry, _TaskTable):
                if current is None:
                    current = {}
                    out.append(current)
                if reference and "reference" not in current:
                    current["reference"] = " ".join(reference)
                if texts and "title" not in current and "sections" not in current:
                    current["title"] = " ".join(texts)
                if entry.columns and "columns" not in current:
                    current["columns"] = entry.columns
                current.setdefault("sections", []).extend(entry.sections)
                texts, reference = [], []
                continue
            if index < label_at:
                continue  # the tail (signature, Nơi nhận) was read already
            if _is_appendix_label(entry):
                match = _APPENDIX_LABEL.match(entry.text)
                assert match is not None
                current = {"label": _clean(match.group("label"))}
                out.append(current)
                texts, reference = ([match.group("title")] if match.group("title") else []), []
                continue
            if current is None or "sections" in current:
                stray += 1
                continue
            text = entry.text
            if (text.startswith("(") and not reference) or (reference and not reference[-1].endswith(")")):
                reference.append(text)
            elif reference or texts or not text.startswith("("):
                texts.append(text)
        if stray:
            self.notes.warn(tr("Bỏ qua {count} đoạn trong phần phụ lục ngoài bảng nhiệm vụ.", count=stray))
        result: list[dict[str, Any]] = []
        for appendix in out:
            if "sections" not in appendix:
                self.notes.warn(tr("\"{label}\" không có bảng nhiệm vụ: bỏ qua.", label=appendix.get("label", "Phụ lục")))
                continue
            result.append({key: appendix[key] for key in ("label", "reference", "title", "columns", "sections")
                           if key in appendix})
        return result

    # guesses

    def fill_missing(self, document: dict[str, Any], appendices: list[dict[str, Any]]) -> None:
        notes = self.notes
        if "issuer" not in document:
            if document.get("authority"):
                document["issuer"] = document["authority"]
                notes.warn(tr("Không thấy tên cơ quan ban hành ở góc trái văn bản: lấy theo dòng thẩm "
                              "quyền ban hành."))
            else:
                document["issuer"] = PLACEHOLDER
                notes.warn(tr("Không thấy tên cơ quan ban hành: ghi tạm \"{placeholder}\" (document.issuer).",
                              placeholder=PLACEHOLDER))
        if "type" not in document:
            guessed = _TYPE_BY_SYMBOL.get(fold(str(document.get("symbol", "")).split("-")[0]))
            document["type"] = guessed or "Kế hoạch"
            notes.warn(tr("Không thấy dòng tên loại văn bản: ghi \"{type}\" theo ký hiệu văn bản. Kiểm tra document.type.",
                          type=document["type"]) if guessed else
                       tr("Không thấy dòng tên loại văn bản: ghi \"{type}\" (đoán). Kiểm tra document.type.",
                          type=document["type"]))
        if "title" not in document:
            document["title"] = PLACEHOLDER
            notes.warn(tr("Không thấy trích yếu văn bản: ghi tạm \"{placeholder}\" (document.title).",
                          placeholder=PLACEHOLDER))
        if "date" not in document:
            for appendix in appendices:
                match = re.search(r"ngày\s*(\d{1,2})?\s*/\s*(\d{1,2})\s*/\s*(\d{4})", appendix.get("reference", ""))
                if match:
                    document["date"] = _partial_date(match.group(3), match.group(2), match.group(1), notes)
                    notes.warn(tr("Không thấy dòng địa danh, ngày tháng: lấy ngày theo dòng kèm theo của phụ lục."))
                    break
        if "place" not in document and "date" in document:
            place = _place_of(str(document.get("issuer", "")))
            if place:
                document["place"] = place
                notes.warn(tr("Không thấy địa danh: lấy \"{place}\" theo tên cơ quan ban hành.", place=place))

    def period(self, fixed: tuple[int, int] | None, document: dict[str, Any], preamble: list[str],
               body: list[dict[str, Any]], appendices: list[dict[str, Any]]) -> dict[str, Any]:
        """The plan's period: from the trích yếu, else from a sentence of the text that names the
        plan's own period ("Kế hoạch này thực hiện trong giai đoạn 2026 - 2030"), else from the
        document date (the next year when a December plan's deadlines fall in it), else from the
        years the text names. ``--period`` overrides them all. The summary says which was used."""
        notes = self.notes
        date = str(document.get("date", ""))
        issued = int(date[:4]) if date[:4].isdigit() else None
        self.document_month = int(date[5:7]) if date[5:7].isdigit() else None
        found, source = _period_in(str(document.get("title", ""))), "title"
        if found is None:
            found, source = next(((p, "body") for p in map(_plan_period_in, (*preamble, *_body_texts(body)))
                                  if p is not None), (None, ""))
        if found is not None and found.start is None:
            found = self.open_start(found, issued, body, appendices)
        if fixed is not None:
            start, end = fixed
            period: dict[str, Any] = {"start": start, "end": end}
            if found and (found.start, found.end) == (start, end):
                if found.vision:
                    period["vision"] = found.vision
                period["text"] = found.text
            notes.period_source = "option"
            return period
        if found is not None:
            assert found.start is not None
            period = {"start": found.start, "end": found.end}
            if found.vision:
                period["vision"] = found.vision
            period["text"] = found.text
            notes.period_source = source
            return period
        if issued is not None:
            year = issued
            if self.issued_late(issued, body, appendices):
                year = issued + 1
                notes.warn(tr("Không thấy thời kỳ kế hoạch trong trích yếu và nội dung: văn bản ban hành cuối năm "
                              "{issued}, các thời hạn ghi chủ yếu năm {year} nên lấy năm {year} (dùng --period để "
                              "chỉ định).", issued=issued, year=year))
            else:
                notes.warn(tr("Không thấy thời kỳ kế hoạch trong trích yếu: lấy năm {year} theo ngày ban "
                              "hành (dùng --period để chỉ định).", year=year))
            notes.period_source = "date"
            return {"start": year, "end": year}
        years = sorted(int(y) for y in re.findall(r"(?<!\d)(20\d\d|19\d\d)(?!\d)", json.dumps(
            [body, appendices], ensure_ascii=False)) if 1945 <= int(y) <= 2100)
        if years:
            notes.warn(tr("Không thấy thời kỳ kế hoạch: lấy {first}–{last} theo các năm ghi "
                          "trong văn bản (dùng --period để chỉ định).", first=years[0], last=years[-1]))
            notes.period_source = "years"
            return {"start": years[0], "end": years[-1]}
        raise ImportProblem(tr("Không xác định được thời kỳ của kế hoạch (năm hoặc giai đoạn)."),
                            tr("Chỉ định bằng --period, ví dụ --period 2021 hoặc --period 2021-2025."))

    def issued_late(self, issued: int, body: list[dict[str, Any]], appendices: list[dict[str, Any]]) -> bool:
        """Issued in November or December for the next year: its deadlines name the next year more."""
        month = self.document_month
        return month in (11, 12) and _year_mentions(appendices, body, issued + 1) > \
            _year_mentions(appendices, body, issued)

    def open_start(self, found: _Period, issued: int | None, body: list[dict[str, Any]],
                   appendices: list[dict[str, Any]]) -> _Period:
        """"đến năm 2035" names only the end: the plan runs from the year it was issued, or — with
        no date — from the earliest year its text names before the end."""
        if issued is not None and issued <= found.end:
            start = issued
            if self.issued_late(issued, body, appendices) and issued + 1 <= found.end:
                start = issued + 1  # a December plan "đến năm 2030" whose deadlines start next year
            return found._replace(start=start)
        text = json.dumps([body, appendices], ensure_ascii=False)
        years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d|19\d\d)(?!\d)", text)]
        earlier = [y for y in years if found.end - 15 <= y <= found.end]
        start = min(earlier) if earlier else found.end
        self.notes.warn(tr("Văn bản ghi \"{text}\" mà không ghi năm bắt đầu và không có ngày ban hành: lấy năm bắt "
                           "đầu {start} (dùng --period để chỉ định).", text=found.text, start=start))
        return found._replace(start=start)


def _para_matches(entry: Entry, pattern: re.Pattern[str]) -> bool:
    return isinstance(entry, _Para) and bool(pattern.match(entry.text))


def _is_tail_start(entry: Entry) -> bool:
    """"Nơi nhận:" or a signature's authority line (TM., KT. …)."""
    return isinstance(entry, _Para) and (fold(entry.text).startswith("noi nhan")
                                         or bool(_AUTHORITY_LINE.match(entry.text) and _is_upper(entry.text)))


def _is_part_heading(entry: Entry) -> bool:
    """A Roman-numbered part (I., II.): the start of a body."""
    if isinstance(entry, _TaskTable):
        return False
    numbered = _numbered(entry.text)
    return numbered is not None and numbered[2] == 1


def _recognisable(body: list[dict[str, Any]], document: dict[str, Any]) -> bool:
    """A plan body: Roman-numbered parts or task sections, or any numbered part under a
    recognised type line (KẾ HOẠCH, QUYẾT ĐỊNH …)."""
    blocks = list(_all_blocks(body))
    if any(block.get("sections") for block in blocks):
        return True
    if any(re.match(r"^[IVXLC]+(?![A-Za-z])", str(block.get("number", ""))) for block in blocks):
        return True
    return "type" in document and any("number" in block for block in blocks)


def _is_type_entry(entry: Entry) -> bool:
    return isinstance(entry, _Para) and _type_of(entry.text) is not None


def _issuer_block_ended(paras: list[_Para], i: int) -> bool:
    """Whether the letterhead's issuer block has ended before paragraph ``i`` (the quốc hiệu, the
    number line or the date line came first)."""
    for para in paras[:i]:
        key = fold(para.text)
        if key in (_QUOC_HIEU, _TIEU_NGU) or _NUMBER_LINE.match(para.text) or _DATE_LINE.match(para.text):
            return True
    return False


_ISSUER_PREFIXES = ("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd")


def _issuer(lines: list[str]) -> tuple[str | None, str]:
    """(parent body, issuer) from the letterhead's upper-left lines: a bare "ỦY BAN NHÂN DÂN" line
    joins the line under it; with several bodies the last one issues the document."""
    bodies: list[str] = []
    pending = ""
    for line in lines:
        text = _clean(line)
        if pending:
            bodies.append(f"{pending} {text}")
            pending = ""
        elif text.lower() in _ISSUER_PREFIXES:
            pending = text
        else:
            bodies.append(text)
    if pending:
        bodies.append(pending)
    if len(bodies) == 1:
        return None, bodies[0]
    return " ".join(bodies[:-1]), bodies[-1]


def _is_stop(text: str, title: bool = False) -> bool:
    """Whether a paragraph after the type line ends the trích yếu (or, with ``title``, cannot
    start it: a Căn cứ line, a lead-in ending with ":" or a long paragraph)."""
    key = fold(text)
    if key.startswith(("can cu", "theo de nghi")) or _DECISION.match(text) or _numbered(text):
        return True
    if title:
        return text.endswith(":") or len(text) > 300
    return key.startswith("thuc hien")


_POSITION_WORDS = ("chu tich", "giam doc", "truong", "bi thu", "chanh", "thu truong", "tong", "pho",
                   "vu truong", "cuc truong", "uy vien")


def _is_position(text: str) -> bool:
    return _is_upper(text) and len(text.split()) <= 6 and fold(text).startswith(_POSITION_WORDS)


def _is_name(text: str) -> bool:
    words = text.split()
    return (1 < len(words) <= 6 and not _is_upper(text) and not any(c.isdigit() for c in text)
            and all(w[:1].isupper() for w in words) and not text.endswith((".", ":", ";")))


def _strip_bullet(text: str) -> str:
    match = _BULLET.match(text)
    return match.group("rest").strip() if match else text.strip()


def _partial_date(year: str, month: str | None, day: str | None, notes: _Notes) -> str:
    if month and 1 <= int(month) <= 12:
        if day:
            try:
                return dt.date(int(year), int(month), int(day)).isoformat()
            except ValueError:
                notes.warn(tr("Ngày ban hành \"{day}/{month}/{year}\" không có thật: chỉ ghi tháng {month}/{year}.",
                              day=day, month=month, year=year))
        return f"{int(year):04d}-{int(month):02d}"
    return f"{int(year):04d}"


def _place_of(issuer: str) -> str | None:
    match = re.search(r"(?i)(?:TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN)\s+(.+)$", issuer)
    if not match:
        return None
    name = match.group(1).strip()
    return name.title() if name.isupper() else name


class _Period(NamedTuple):
    start: int | None  # None: the text names only the end ("đến năm 2035")
    end: int
    vision: int | None
    text: str


_RANGE = re.compile(r"(?:(?:giai\s+đoạn|thời\s+kỳ)\s+)?(?:từ\s+(?:năm\s+)?)?(?<![\d/.])(\d{4})\s*"
                    r"(?:[-–—]|đến\s+(?:năm\s+)?)\s*(\d{4})(?!\d)", re.I)
_UNTIL = re.compile(r"(?<!\w)(?:đến|tới)\s+năm\s+(\d{4})(?!\d)", re.I)
_VISION = re.compile(r"\s*[,;]?\s*(?:và\s+)?(?:có\s+)?(?:định\s+hướng|tầm\s+nhìn)\s+(?:đến\s+|tới\s+)?(?:năm\s+)?"
                     r"(\d{4})(?!\d)", re.I)
_YEAR = re.compile(r"(?<!\w)năm\s+(\d{4})(?!\d)", re.I)
# Words that introduce the plan's own period in its text: "ban hành (kèm theo Quyết định này) Kế
# hoạch …", "Kế hoạch này …", "Thời gian thực hiện: …" — not "thực hiện Chương trình … giai đoạn
# 2021-2030" (the program the plan carries out) nor "Kế hoạch số 12/KH-UBND" (another document).
_PLAN_WORDS = re.compile(r"(?<!\w)(?:ban\s+hành(?:\s+kèm\s+theo\s+[^.;]{0,40}?)?\s+(?:kế\s+hoạch|chương\s+trình|"
                         r"đề\s+án)(?!\s+số\b)|(?:kế\s+hoạch|chương\s+trình|đề\s+án)\s+này|thời\s+gian\s+"
                         r"(?:thực\s+hiện|triển\s+khai)|phạm\s+vi\s+thời\s+gian)", re.I)


_DATE_BEFORE = re.compile(r"(?:thang \d{1,2}|ngay(?: \d{1,2})?)(?: nam)?$")  # folded text before a year


def _year_ok(*years: int) -> bool:
    return all(1945 <= year <= 2100 for year in years)


def _period_in(text: str) -> _Period | None:
    """The period a title names: "năm 2026", "giai đoạn 2026 - 2030", "2026–2030", "từ năm 2026
    đến năm 2030", "đến năm 2035" (the end only), each possibly followed by "định hướng / tầm nhìn
    đến năm 2045" (the vision). When it names several ("… Chương trình giai đoạn 2021-2030 … năm
    2022"), the last one is the plan's own. A date ("tháng 12 năm 2024") is not a period."""
    found: list[tuple[int, _Period]] = []
    taken: list[tuple[int, int]] = []

    def vision_after(end: int) -> tuple[int | None, int]:
        vision = _VISION.match(text, end)
        if vision and _year_ok(int(vision.group(1))):
            return int(vision.group(1)), vision.end()
        return None, end

    for match in _RANGE.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if _DATE_BEFORE.search(fold(text[:match.start(1)])):
            continue  # "ngày 22 tháng 12 năm 2024 đến năm 2030": a date, then the end
        if _year_ok(start, end) and start <= end:
            vision, stop = vision_after(match.end())
            found.append((match.start(), _Period(start, end, vision, text[match.start():stop].strip(" ,;"))))
            taken.append((match.start(), stop))
    for match in _UNTIL.finditer(text):
        year = int(match.group(1))
        inside = any(a <= match.start() < b for a, b in taken)
        if inside or not _year_ok(year) or fold(text[:match.start()]).endswith(("dinh huong", "tam nhin")):
            continue
        vision, stop = vision_after(match.end())
        found.append((match.start(), _Period(None, year, vision, text[match.start():stop].strip(" ,;"))))
        taken.append((match.start(), stop))
    for match in _YEAR.finditer(text):
        year = int(match.group(1))
        before = fold(text[: match.start()])
        if any(a <= match.start() < b for a, b in taken) or not _year_ok(year):
            continue
        if before.endswith(("den", "toi", "tu", "dinh huong", "tam nhin")) or _DATE_BEFORE.search(before + " nam"):
            continue
        found.append((match.start(), _Period(year, year, None, match.group(0))))
    return max(found, key=lambda item: item[0])[1] if found else None


def _plan_period_in(paragraph: str) -> _Period | None:
    """The period a sentence of the text gives the plan itself: a period named after "ban hành Kế
    hoạch", "Kế hoạch này", "Thời gian thực hiện" … in the same sentence ("Kế hoạch này thực hiện
    trong giai đoạn 2026 - 2030"; "Thời gian thực hiện: năm 2026"), not a target year ("Đến năm
    2030, 100% …") nor the program the plan carries out or another document."""
    for sentence in re.split(r"(?<=[.;])\s+", paragraph):
        anchors = list(_PLAN_WORDS.finditer(sentence))
        if anchors:
            found = _period_in(sentence[anchors[-1].end():])
            if found is not None:
                return found
    return None


def _body_texts(blocks: Iterable[Any]) -> Iterator[str]:
    """The body's paragraphs in order (block titles and task text excluded)."""
    for block in blocks:
        if isinstance(block, str):
            yield block
        elif isinstance(block, dict):
            yield from _body_texts(block.get("content", []))


def _year_mentions(appendices: list[dict[str, Any]], body: list[dict[str, Any]], year: int) -> int:
    """How many task deadlines name ``year``."""
    data = {"body": body, "appendices": appendices}
    pattern = re.compile(rf"(?<!\d){year}(?!\d)")
    return sum(1 for section in _all_sections(data) for task in _walk(section.get("tasks", []))
               if pattern.search(str(task.get("deadline") or "")))


def _parse_period_option(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", text)
    if match:
        start = int(match.group(1))
        end = int(match.group(2) or start)
        if 1945 <= start <= end <= 2100:
            return start, end
    raise ImportProblem(tr("Thời kỳ \"{period}\" không hợp lệ.", period=text),
                        tr("Viết --period 2021 (một năm) hoặc --period 2021-2025 (giai đoạn)."))


_DOCUMENT_ORDER = ("type", "number", "symbol", "parent_body", "issuer", "place", "date", "title",
                   "authority", "legal_bases", "proposal", "signer", "recipients")


def _ordered_document(document: dict[str, Any]) -> dict[str, Any]:
    return {key: document[key] for key in _DOCUMENT_ORDER if key in document}


# ------------------------------------------------------------------------------------- body

_ROLE_WORDS = (("muc dich", "purposes"), ("muc tieu", "objectives"), ("chi tieu", "objectives"),
               ("nhiem vu", "tasks"), ("giai phap", "solutions"), ("kinh phi", "budget"),
               ("to chuc thuc hien", "implementation"), ("phan cong trach nhiem", "implementation"),
               ("trach nhiem thuc hien", "implementation"))
_TARGET_WORDS = ("chi tieu", "muc tieu")
_NOT_TARGET_WORDS = ("yeu cau", "muc dich", "nhiem vu", "giai phap")


def _role_of_title(title: str, top: bool) -> str | None:
    key = fold(title)
    best: tuple[int, str] | None = None
    for word, role in _ROLE_WORDS:
        at = key.find(word)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, role)
    if best is None:
        return None
    return best[1] if top or best[0] == 0 else None


@dataclass
class _Node:
    number: str | None
    title: str | None
    rank: int
    content: list[Any] = field(default_factory=list)  # str | _Node | _TaskTable
    parent: _Node | None = None

    def ancestors(self) -> Iterator[_Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


@dataclass
class _BodyParser:
    entries: list[Entry]
    notes: _Notes
    styled: bool
    tables: bool = False  # the document has task tables (here or in an appendix)
    # Whether the "Tổ chức thực hiện" part holds tasks: only when no other part does (a plan that
    # assigns its work only there, as Nam Định's 2021–2025 plan does). Decided in blocks().
    implementation_tasks: bool = False

    def blocks(self) -> list[dict[str, Any]]:
        root = _Node(None, None, 0)
        stack = [root]
        entries = self.entries
        for i, entry in enumerate(entries):
            if isinstance(entry, _TaskTable):
                stack[-1].content.append(entry)
                continue
            numbered = _numbered(entry.text)
            heading_style = entry.style.startswith("CCHC Mục")
            if numbered is None and heading_style:
                numbered = ("", entry.text, 20)
            if numbered is None:
                stack[-1].content.append(entry.text)
                continue
            number, rest, rank = numbered
            while stack[-1].rank >= rank and len(stack) > 1:
                stack.pop()
            if not self.is_block(i, rank, heading_style, entry):
                stack[-1].content.append(entry.text)
                continue
            if heading_style or (not self.styled and self.is_heading(i, rank, rest, entry)):
                node = _Node(number or None, rest, rank, parent=stack[-1])
            else:
                node = _Node(number or None, None, rank, [rest], parent=stack[-1])
            stack[-1].content.append(node)
            stack.append(node)
        self.implementation_tasks = False  # judge the other parts first
        elsewhere = self.tables or any(self.section_children(node) for node in _nodes(root))
        self.implementation_tasks = not elsewhere
        out: list[dict[str, Any]] = []
        for item in root.content:
            if isinstance(item, _Node):
                out.append(self.block_dict(item, top=True))
            elif isinstance(item, _TaskTable):
                out.append({"sections": item.sections})
            else:
                out.append({"content": [item]})
        return _merge_loose(out)

    def is_block(self, i: int, rank: int, heading_style: bool, entry: _Para) -> bool:
        if self.styled:
            return heading_style or rank < 8
        if rank < 8:
            return True
        return self.has_children(i, rank)  # a) with bullets under it is a heading; else a paragraph

    def is_heading(self, i: int, rank: int, rest: str, entry: _Para) -> bool:
        """A numbered paragraph is a heading (its text a title) when something belongs under
        it, unless it reads as a sentence that leads into what follows: it ends with ":", or it
        is long and only plain paragraphs follow."""
        if not self.has_children(i, rank) or rest.endswith(":"):
            return False
        if entry.bold or len(rest) <= 200:
            return True
        nxt = self.entries[i + 1]
        return isinstance(nxt, _TaskTable) or bool(_BULLET.match(nxt.text) or _numbered(nxt.text))

    def has_children(self, i: int, rank: int) -> bool:
        if i + 1 >= len(self.entries):
            return False
        nxt = self.entries[i + 1]
        if isinstance(nxt, _TaskTable):
            return True
        numbered = _numbered(nxt.text)
        if numbered is None:
            return True
        return numbered[2] > rank

    # conversion

    def block_dict(self, node: _Node, top: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if node.number:
            out["number"] = node.number
        if node.title:
            out["title"] = node.title
            role = _role_of_title(node.title, top)
            if role:
                out["role"] = role
            area = area_of(node.title) if self.area_context(node) else None
            if area:
                out["area"] = area
        content: list[Any] = []
        targets: list[dict[str, Any]] = []
        sections: list[dict[str, Any]] = []
        target_mode = self.targets_here(node)
        children_blocks = [c for c in node.content if isinstance(c, _Node)]
        section_children = self.section_children(node)
        wrapper: dict[str, Any] | None = None
        for item in node.content:
            if isinstance(item, _Node) and item in section_children:
                section = self.section_dict(item)
                if len(section_children) == len(children_blocks) and not any(
                        isinstance(c, str) for c in node.content):
                    sections.append(section)
                else:
                    if wrapper is None:
                        wrapper = {"sections": []}
                        content.append(wrapper)
                    wrapper["sections"].append(section)
                continue
            wrapper = None
            if isinstance(item, _Node):
                content.append(self.block_dict(item))
            elif isinstance(item, _TaskTable):
                sections.extend(item.sections)
            elif target_mode and _BULLET.match(item):
                match = _BULLET.match(item)
                assert match is not None
                target: dict[str, Any] = {}
                prefix = (node.number or "").rstrip(".)")
                target["id"] = f"{prefix}-{len(targets) + 1}" if prefix else str(len(targets) + 1)
                if out.get("area"):
                    target["area"] = out["area"]
                target["marker"] = match.group("mark")
                target["text"] = match.group("rest")
                targets.append(target)
            else:
                content.append(item)
        agencies = self.assigned_agencies(node)
        if agencies:
            out["agencies"] = agencies
            if self.notes.registry is not None:
                for name in agencies:
                    if self.notes.registry.lookup(name) is None:
                        self.notes.unresolved_name(name)
        if content:
            out["content"] = content
        if targets:
            out["targets"] = targets
        if sections:
            out["sections"] = sections
        return out

    def targets_here(self, node: _Node) -> bool:
        if not node.title:
            return False
        key = fold(node.title)
        if any(word in key for word in _TARGET_WORDS) and not key.startswith(_NOT_TARGET_WORDS):
            return True
        if any(word in key for word in _NOT_TARGET_WORDS):
            return False
        return any(a.title and key_has_target(a.title) for a in node.ancestors())

    def area_context(self, node: _Node) -> bool:
        """Whether a block's title may name a reform area: under an objectives or tasks part
        (elsewhere "cán bộ, công chức" in a title is not the công vụ area)."""
        for ancestor in node.ancestors():
            top = ancestor.parent is not None and ancestor.parent.parent is None
            if ancestor.title and _role_of_title(ancestor.title, top) in ("objectives", "tasks"):
                return True
        return False

    def in_task_part(self, node: _Node) -> bool:
        roles = ("tasks", "implementation") if self.implementation_tasks else ("tasks",)
        return self.part_role(node) in roles

    @staticmethod
    def part_role(node: _Node) -> str | None:
        """The role of the nearest titled part (itself or above) that has one: "tasks",
        "implementation" …"""
        for ancestor in (node, *node.ancestors()):
            top = ancestor.parent is not None and ancestor.parent.parent is None
            role = _role_of_title(ancestor.title, top) if ancestor.title else None
            if role in ("tasks", "implementation"):
                return role
        return None

    def assigned_agencies(self, node: _Node) -> list[str]:
        """The agencies a numbered part of "Tổ chức thực hiện" assigns duties to, read from its
        heading: "1. Sở Khoa học và Công nghệ:" (duties below or after the colon), "2. Các sở, ban,
        ngành", "3. UBND các huyện, thị xã, thành phố". A sentence ("Sở Nội vụ chủ trì theo dõi …")
        or a person ("Giám đốc các Sở …") names none: its text stays as written, unassigned."""
        if not node.number or self.part_role(node) != "implementation" or self.implementation_tasks:
            return []
        first = node.content[0] if node.content and isinstance(node.content[0], str) else None
        if node.title:
            heading = node.title
        elif first is not None and (first.rstrip().endswith(":") or re.search(r":\s*[-+•–]\s", first)):
            heading = first.split(":", 1)[0]
        else:
            return []
        heading = _clean(heading).strip(_TRIM)
        if not heading or len(heading) > 160 or not _starts_agency(heading):
            return []
        registry = self.notes.registry
        names = split_agencies(heading, registry)
        if not names or not all(_starts_agency(name) or (registry is not None and registry.lookup(name))
                                for name in names):
            return []
        if any(_DUTY_WORDS.search(name) for name in names):
            return []
        return names

    def section_children(self, node: _Node) -> list[_Node]:
        """The sub-blocks of ``node`` that are task sections: in a task or implementation part,
        titled, holding only bulleted paragraphs (and a "Phân công trách nhiệm" part), with no
        plain paragraph beside them. Once one sibling is such a section, a sibling holding only
        unnumbered paragraphs is one too (one paragraph, one task)."""
        if node.parent is None or not self.in_task_part(node):
            return []
        if any(isinstance(c, str) for c in node.content):
            return []
        blocks = [c for c in node.content if isinstance(c, _Node)]
        if any(not c.title for c in blocks):
            return []  # "1. …" beside "2. Sở Nội vụ chủ trì …": numbered paragraphs, not sections
        strict = [c for c in blocks if self.is_section(c, strict=True)]
        if not strict:
            return []
        return [c for c in blocks if c in strict or self.is_section(c, strict=False)]

    def title_agencies(self, title: str) -> dict[str, Any]:
        """A section titled by the agencies it assigns ("2.1. Sở Nội vụ") is led by them: names
        the registry knows, or — without a registry — a short title that is only agency names."""
        registry = self.notes.registry
        if not title:
            return {}
        names = split_agencies(title, registry)
        if registry is not None:
            return {"lead": names} if names and all(registry.lookup(name) is not None for name in names) else {}
        heading = _clean(title).strip(_TRIM)
        if names and len(heading) <= 100 and all(_starts_agency(n) and not _DUTY_WORDS.search(n) for n in names):
            return {"lead": _joined_lowercase(names)}
        return {}

    def responsibility_agencies(self, paragraphs: list[str]) -> dict[str, Any]:
        """lead/support of a group from its "Phân công trách nhiệm" text: the agencies a paragraph
        starts with ("Phòng Tư pháp chịu trách nhiệm chủ trì, …"). Those that "chủ trì" or are the
        "đầu mối" lead; the others (merely "chịu trách nhiệm" in their own unit) support — or lead,
        when no paragraph names a chủ trì. The text itself stays as written in responsibility."""
        leads: list[str] = []
        others: list[str] = []
        for paragraph in paragraphs:
            text = _strip_bullet(paragraph)
            verb = _DUTY_VERB.search(text)
            if verb is None or verb.start() == 0:
                continue
            heading = text[:verb.start()].strip(_TRIM)
            if len(heading) > 150 or not _starts_agency(heading):
                continue
            names = _joined_lowercase(split_agencies(heading, self.notes.registry))
            if not names or not all(_starts_agency(n) or (self.notes.registry and self.notes.registry.lookup(n))
                                    for n in names):
                continue
            leading = re.search(r"(?i)chủ\s+trì|đầu\s+mối", text[verb.start():]) is not None
            target = leads if leading else others
            target.extend(name for name in names if name not in target)
        out: dict[str, Any] = {}
        if leads:
            out["lead"] = leads
            if others:
                out["support"] = others
        elif others:
            out["lead"] = others
        registry = self.notes.registry
        if registry is not None:
            for name in [*leads, *others]:
                if registry.lookup(name) is None:
                    self.notes.unresolved_name(name)
        return out

    @staticmethod
    def is_section(node: _Node, strict: bool) -> bool:
        if not node.title or any(not isinstance(c, str) for c in node.content):
            return False
        tasks, _ = _split_responsibility(node.content)
        if not tasks:
            return False
        if strict:
            return all(_BULLET.match(t) or _BARE_NUMBER.match(t) for t in tasks)
        return not any(_numbered(t) for t in tasks)

    def section_dict(self, node: _Node) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if node.number:
            out["number"] = node.number
        out["title"] = node.title or DEFAULT_SECTION_TITLE
        area = area_of(node.title or "")
        if area:
            out["area"] = area
        out.update(self.title_agencies(node.title or ""))
        tasks, responsibility = _split_responsibility(node.content)
        if responsibility:
            if "lead" not in out:
                out.update(self.responsibility_agencies(responsibility))
            out["responsibility"] = responsibility
            texts = [c for c in node.content if isinstance(c, str)]
            if texts and fold(texts[0]).startswith("phan cong trach nhiem"):
                out["responsibility_position"] = "before"  # printed as the source has it
        out["tasks"] = []
        for index, text in enumerate(tasks, start=1):
            bullet = _BULLET.match(text)
            if bullet:
                out["tasks"].append({"id": str(index), "marker": bullet.group("mark"),
                                     "content": bullet.group("rest")})
            elif _BARE_NUMBER.match(text):
                bare = _BARE_NUMBER.match(text)
                assert bare is not None
                out["tasks"].append({"id": bare.group("num"), "content": bare.group("rest")})
            else:  # a paragraph the source prints with neither number nor bullet: printed so again
                out["tasks"].append({"id": str(index), "marker": "", "content": text})
        return out


def _nodes(node: _Node) -> Iterator[_Node]:
    for item in node.content:
        if isinstance(item, _Node):
            yield item
            yield from _nodes(item)


_DUTY_WORDS = re.compile(r"(?i)\b(chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|tổ chức|thực hiện|hướng dẫn|"
                         r"theo dõi|tham mưu|triển khai|về|trong|cải cách|công tác)\b")
_DUTY_VERB = re.compile(r"(?i)\s(?:theo\s+chức\s+năng|chịu\s+trách\s+nhiệm|có\s+trách\s+nhiệm|chủ\s+trì|"
                        r"làm\s+đầu\s+mối|là\s+cơ\s+quan)")


def _joined_lowercase(names: list[str]) -> list[str]:
    """A piece that starts in lower case continues the name before it ("Các phòng, ban thuộc
    huyện" cut after "Các phòng" by the rule that "ban …" may start a name)."""
    out: list[str] = []
    for name in names:
        if out and name[:1].islower() and not name.casefold().startswith("các "):
            out[-1] = f"{out[-1]}, {name}"
        else:
            out.append(name)
    return out


def key_has_target(title: str) -> bool:
    key = fold(title)
    return any(word in key for word in _TARGET_WORDS)


def _split_responsibility(content: list[Any]) -> tuple[list[str], list[str]]:
    """(task paragraphs, "Phân công trách nhiệm" paragraphs). The part follows its label; when
    the label comes first (as cchc render prints it), it runs while paragraphs name an agency
    that "chịu trách nhiệm"."""
    texts = [c for c in content if isinstance(c, str)]
    label = next((k for k, t in enumerate(texts) if fold(t).startswith("phan cong trach nhiem")), None)
    if label is None:
        return texts, []
    if label > 0:
        return texts[:label], texts[label + 1:]
    end = label + 1
    while end < len(texts) and "chiu trach nhiem" in fold(texts[end]) \
            and _starts_agency(_strip_bullet(texts[end])):
        end += 1
    return texts[end:], texts[label + 1:end]


def _merge_loose(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Paragraphs before the first numbered part stay one untitled block."""
    out: list[dict[str, Any]] = []
    for block in blocks:
        if out and set(block) == {"content"} and set(out[-1]) == {"content"}:
            out[-1]["content"].extend(block["content"])
        else:
            out.append(block)
    return out


# ------------------------------------------------------------------------------------ summary

def _summary(data: dict[str, Any], notes: _Notes) -> ImportSummary:
    sections = list(_all_sections(data))
    tasks = [task for section in sections for task in _walk(section.get("tasks", []))]
    leaves = [task for task in tasks if not task.get("subtasks")]
    targets = sum(len(block.get("targets", [])) for block in _all_blocks(data.get("body", [])))
    period = data.get("period") or {}
    counts = notes.counts
    return ImportSummary(len(sections), len(tasks), len(leaves), targets, tuple(notes.unresolved),
                         tuple(notes.warnings), period=(period["start"], period["end"]) if period else None,
                         period_source=notes.period_source, tables=counts.tables, table_rows=counts.rows,
                         header_rows=counts.header_rows, group_rows=counts.group_rows,
                         skipped_rows=tuple(counts.skipped))


def _all_blocks(blocks: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for block in blocks:
        if isinstance(block, dict):
            yield block
            yield from _all_blocks(block.get("content", []))


def _all_sections(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    def walk(sections: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for section in sections:
            yield section
            yield from walk(section.get("sections", []))

    for block in _all_blocks(data.get("body", [])):
        yield from walk(block.get("sections", []))
    for appendix in data.get("appendices", []):
        yield from walk(appendix.get("sections", []))


def _walk(tasks: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for task in tasks:
        yield task
        yield from _walk(task.get("subtasks", []))


# --------------------------------------------------------------------------------------- YAML

_FLOW_KEYS = frozenset({"lead", "support", "agencies", "columns", "authority_lines", "frequency"})
_PLAIN_FIRST = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`.~=<]")
_NUMBERISH = re.compile(r"^[-+]?[0-9._:]+(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|nan)$|^0[xob]", re.I)
_RESERVED = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"})


def schema_comment(reference: str = SCHEMA_URL) -> str:
    return f"# yaml-language-server: $schema={reference}"


def dump_yaml(data: dict[str, Any], schema: str = SCHEMA_URL) -> str:
    """The plan as YAML in the bundled plans' style: block mappings and lists, agency lists in
    flow style, text plain when YAML reads it back unchanged and double-quoted otherwise."""
    lines = [schema_comment(schema)]
    lines.extend(_mapping(data, 0))
    return "\n".join(lines) + "\n"


def _mapping(mapping: dict[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for key, value in mapping.items():
        if isinstance(value, dict):
            if value:
                lines.append(f"{pad}{key}:")
                lines.extend(_mapping(value, indent + 2))
            else:
                lines.append(f"{pad}{key}: {{}}")
        elif isinstance(value, list):
            if not value:
                lines.append(f"{pad}{key}: []")
            elif key in _FLOW_KEYS and all(not isinstance(v, (dict, list)) for v in value):
                lines.append(f"{pad}{key}: [{', '.join(_scalar(v, flow=True) for v in value)}]")
            else:
                lines.append(f"{pad}{key}:")
                lines.extend(_sequence(value, indent + 2))
        else:
            lines.append(f"{pad}{key}: {_scalar(value)}")
    return lines


def _sequence(items: list[Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        if isinstance(item, dict) and item:
            sub = _mapping(item, indent + 2)
            sub[0] = f"{pad}- {sub[0].lstrip()}"
            lines.extend(sub)
        elif isinstance(item, list) and item:
            sub = _sequence(item, indent + 2)
            sub[0] = f"{pad}- {sub[0].lstrip()}"
            lines.extend(sub)
        elif isinstance(item, (dict, list)):
            lines.append(f"{pad}- {'{}' if isinstance(item, dict) else '[]'}")
        else:
            lines.append(f"{pad}- {_scalar(item)}")
    return lines


def _scalar(value: Any, flow: bool = False) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    return text if _plain_ok(text, flow) else _quoted(text)


def _plain_ok(text: str, flow: bool) -> bool:
    if not text or text != text.strip() or not _PLAIN_FIRST.match(text[0]):
        return False
    if text.lower() in _RESERVED or _NUMBERISH.match(text) or re.match(r"^\d{4}-\d", text):
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    if _NOT_PLAIN_CHAR.search(text):
        return False
    return not (flow and any(ch in text for ch in ",[]{}"))


# Characters YAML does not allow raw in a file (C0/C1 controls, DEL, U+FFFE/FFFF, surrogates),
# and the line and byte-order breaks (U+2028, U+2029, U+FEFF) kept visible: a plain scalar holds
# none of them; a quoted one writes each as \uXXXX, but for \n, \r and \t, which json.dumps has
# already escaped. One search per value, not a test per character.
_NOT_PLAIN_CHAR = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_ESCAPED_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _quoted(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    return _ESCAPED_CHAR.sub(lambda match: f"\\u{ord(match.group()):04x}", out)
