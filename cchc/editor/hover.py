"""Hovers (``textDocument/hover``): what cchc makes of the text under the cursor, in Markdown.

* a deadline (a task's ``deadline``, ``due`` or ``trigger``, and a progress entry's
  ``occurrence``): how cchc reads it and the state of each milestone as of the session's date
  (``cchc lsp --as-of`` > ``cchc.toml`` ``as_of`` > today), computed by the status code itself
  (:func:`cchc.deriving.status.task_rows`, the task's progress included); a recurring deadline
  shows the occurrences around that date; a text cchc cannot read gets ``cchc lint``'s message
  and hint (T004);
* an agency name (``lead``, ``support``, a part's ``agencies``, the plan's ``owner``; ``issuer``,
  ``reporting.to`` and a progress entry's ``by`` when they name one): its entry in the nearest
  registry (full name, the name matched, level, kind, parent, when it ended and its successors,
  its note), or A001's words for a name the registry does not know; in a registry, an id
  (``parent``, ``successors``, a group's ``members``): that entry;
* an ``implements`` reference: the plan and task it names, with the task's deadline and state,
  or I001's words;
* a key: the schema's title and Vietnamese description (plans, agency registries, report files).

The cursor is read by :mod:`cchc.editor.cursor`, so a half-typed file still has hovers. A hover
never raises: a failure is logged and answered with nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from lsprotocol import types

from cchc.base.i18n import N_, render, tr
from cchc.base.text import excerpt, fold, visible
from cchc.deriving.status import (
    DEFAULT_SOON,
    STATE_LABELS,
    Row,
    days_late_text,
    progress_text,
    task_rows,
)
from cchc.editor.cursor import Cursor, under
from cchc.reading.agencies import Agency, Registry
from cchc.reading.deadline import KIND_LABELS, Deadline, DeadlineError
from cchc.reading.model import STATUS_LABELS, Plan, Section, Task
from cchc.reading.schedule import NO_DEADLINE_TEXT, task_deadline

TASK_LISTS = ("tasks", "subtasks")
#: Where a plan names agencies: a name there must be in the registry.
AGENCY_LISTS = ("lead", "support", "agencies")
#: Where a plan may name an agency among other words: shown when the registry knows the name.
AGENCY_TEXTS = (("owner",), ("reporting", "to"), ("document", "issuer"), ("document", "authority"),
                ("implements", "-", "issuer"), ("progress", "-", "by"))
#: Where an agency registry names an entry by its id.
REGISTRY_IDS = (("agencies", "-", "parent"), ("agencies", "-", "successors", "-"), ("groups", "-", "members", "-"),
                ("groups", "-", "rule", "parent"))
LEVELS = {"trung_uong": N_("trung ương"), "tinh": N_("cấp tỉnh"), "huyen": N_("cấp huyện"), "xa": N_("cấp xã")}
AGENCY_KINDS = {  # the agencies schema's words for its codes
    "so": N_("sở, ban, ngành cấp tỉnh"),
    "ubnd": N_("ủy ban nhân dân"),
    "phong": N_("phòng, ban cấp huyện"),
    "don_vi": N_("đơn vị sự nghiệp, cơ quan khác"),
}
AROUND = 2  # a deadline with many milestones shows this many before the date and this many after
ALL_UP_TO = 6  # … and all of them when it has no more than this


def register(server: Any, state: Any) -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: Any, params: types.HoverParams) -> types.Hover | None:
        try:
            return hover_at(state, params.text_document.uri, params.position)
        except Exception as exc:  # noqa: BLE001 - a hover never takes the server down
            state.log(tr("cchc: không hiện được chú giải ({error}).", error=f"{exc.__class__.__name__}: {exc}"))
            return None


def hover_at(state: Any, uri: str, position: types.Position) -> types.Hover | None:
    latest = state.analysis(uri)
    if latest is None or not latest.relevant:  # not analysed yet, or a YAML file that is not cchc's
        return None
    cursor = under(state, uri, position)
    if cursor is None:
        return None
    text = markdown(state, cursor)
    if not text:
        return None
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, text), cursor.range)


def markdown(state: Any, cursor: Cursor) -> str | None:
    """The hover's Markdown for what is under the cursor (None: nothing to say)."""
    kind = cursor.analysis.kind if cursor.analysis is not None else _kind_of(state, cursor.uri)
    if cursor.on_key:
        return key_markdown(kind, cursor.path)
    shape = cursor.shape
    if kind == "registry" and isinstance(cursor.value, str) and shape in REGISTRY_IDS:
        found = registry_entry(state, cursor)
        return agency_text(*found, found[1].name) if found is not None else None  # named by its id: no "matched"
    if kind != "plan":
        return None
    task_at = _task_index(shape)
    if task_at is not None and shape[task_at + 1:task_at + 2] == ("trigger",) and cursor.exact:
        return deadline_markdown(state, cursor, task_at)  # the trigger's date or days: the deadline they make
    if not isinstance(cursor.value, str) or not cursor.value.strip():
        return None
    if task_at is not None:
        rest = shape[task_at + 1:]
        if rest in (("deadline",), ("due",)):
            return deadline_markdown(state, cursor, task_at)
        if rest == ("progress", "-", "occurrence"):
            return occurrence_markdown(state, cursor, task_at)
        if rest == ("implements", "-"):
            plan_id, _, ref = cursor.value.strip().partition("#")
            return reference_markdown(state, cursor, plan_id.strip(), ref.strip())
    if shape == ("implements", "-", "plan"):
        return reference_markdown(state, cursor, cursor.value.strip(), "")
    if len(shape) >= 2 and shape[-2] in AGENCY_LISTS and shape[-1] == "-" or shape[-1] in ("lead", "support") \
            or shape == ("owner",):
        return agency_markdown(state, cursor, strict=True)
    if any(shape[-len(tail):] == tail for tail in AGENCY_TEXTS):
        return agency_markdown(state, cursor, strict=False)
    return None


def _kind_of(state: Any, uri: str) -> str:
    from cchc.checking.check import file_kind
    from cchc.editor.session import path_of

    return file_kind(path_of(uri))


# ------------------------------------------------------------------------------------------- keys

def schema_name(kind: str) -> str:
    from cchc.checking.schema import AGENCIES_SCHEMA, PLAN_SCHEMA, REPORT_SCHEMA

    return {"plan": PLAN_SCHEMA, "report": REPORT_SCHEMA}.get(kind, AGENCIES_SCHEMA)


def key_markdown(kind: str, path: Sequence[str | int]) -> str | None:
    """A key's title and description from the schema of the file's kind."""
    from cchc.checking.schema import schema_at

    if not path or not isinstance(path[-1], str):
        return None
    node = schema_at(schema_name(kind), path)
    if not node or not (node.get("title") or node.get("description")):
        return None
    parts = [f"**{_md(str(node.get('title') or path[-1]))}** (`{path[-1]}`)"]
    if node.get("description"):
        parts.append(_md(str(node["description"])))
    values = node.get("enum")
    if isinstance(values, list) and values:
        parts.append(tr("Giá trị: {values}", values=", ".join(f"`{value}`" for value in values)))
    return "\n\n".join(parts)


# -------------------------------------------------------------------------------------- deadlines

def _task_index(shape: Sequence[str]) -> int | None:
    """The index in ``shape`` of the innermost task's item (the ``-`` after tasks/subtasks)."""
    for index in range(len(shape) - 1, 0, -1):
        if shape[index] == "-" and shape[index - 1] in TASK_LISTS:
            return index
    return None


def _find_task(plan: Plan, path: Sequence[str | int]) -> tuple[Section, Task] | None:
    wanted = tuple(path)
    for section, task in plan.tasks():
        if task.path == wanted:
            return section, task
    return None


def task_under(cursor: Cursor, task_at: int) -> tuple[Plan, Section, Task, bool] | None:
    """The plan and the task whose field is under the cursor, and whether it is the task as the
    analysis read it (False: a task made up for a value typed where no task can be told)."""
    analysis = cursor.analysis
    plan = analysis.plan if analysis is not None else None
    if plan is None:
        return None
    if cursor.exact:
        found = _find_task(plan, cursor.path[: task_at + 1])
        if found is not None:
            return (plan, *found, True)
        # a task the model left out (a schema error in it): its deadline is still read
        return plan, Section("", ()), Task("", "", "", tuple(cursor.path[: task_at + 1])), False
    wanted = cursor.shape[: task_at + 1]
    anchor = cursor.anchor or ()
    for index in range(len(anchor) - 1, 0, -1):
        prefix = anchor[: index + 1]
        if isinstance(anchor[index], int) and tuple("-" if isinstance(p, int) else p for p in prefix) == wanted:
            found = _find_task(plan, prefix)
            if found is not None:
                return (plan, *found, True)
    return plan, Section("", ()), Task("", "", "", tuple(cursor.path[: task_at + 1])), False


def deadline_markdown(state: Any, cursor: Cursor, task_at: int) -> str | None:
    found = task_under(cursor, task_at)
    if found is None:
        return None
    plan, section, task, known = found
    if not known or not cursor.exact:  # the value as written, read as the model would read it
        field = cursor.shape[task_at + 1]
        if field == "deadline":
            task = dataclasses.replace(task, deadline=cursor.value)
        elif field == "due":
            try:
                task = dataclasses.replace(task, due=dt.date.fromisoformat(cursor.value.strip()))
            except ValueError:
                return None
        else:
            return None
        plan = dataclasses.replace(plan)  # a fresh memo: what is typed is not kept on the plan read
    return deadline_text(plan, section, task, state.session.as_of(), _soon(state), known)


def deadline_text(plan: Plan, section: Section, task: Task, as_of: dt.date, soon: int = DEFAULT_SOON,
                  known: bool = True) -> str:
    """A task's deadline as read, and the state of its milestones as of ``as_of`` (``known``:
    the task's progress is known; False for a value typed where no task can be told)."""
    deadline = task_deadline(plan, task)
    if isinstance(deadline, DeadlineError):
        parts = [f"**{_md(excerpt(_one_line(deadline.text)))}** → " + tr("không đọc được"),
                 _md(tr("Nhiệm vụ {ref}: {message}", ref=task.ref, message=render(deadline.message))
                     if task.ref else render(deadline.message))]
        if deadline.hint:
            parts.append(_md(tr("Gợi ý: {hint}", hint=render(deadline.hint))))
        return "\n\n".join(parts)
    rows = task_rows(plan, section, task, as_of, soon)
    assert isinstance(rows, list)  # a readable deadline gives rows
    head = f"**{_md(excerpt(_one_line(_written(task, deadline))))}** → "
    parts = []
    if len(rows) == 1:
        row = rows[0]
        parts.append(head + (tr("hạn {due:%d/%m/%Y}", due=row.due) + " · " if row.due else "") + state_text(row, as_of))
    else:
        parts.append(head + tr(KIND_LABELS[deadline.kind]) + " · " + tr("{count} mốc", count=len(rows)))
        parts.append(_milestone_list(rows, as_of))
    parts.append(_md(render(deadline.explanation)))
    if len(rows) == 1 and rows[0].progress is not None:
        parts.append(_md(progress_text(rows[0])))
    if known:
        parts.append(tr("Tính đến ngày {date:%d/%m/%Y} (nhiệm vụ {ref}).", date=as_of, ref=task.key or task.ref))
    else:
        parts.append(tr("Tính đến ngày {date:%d/%m/%Y}, chưa tính tiến độ đã ghi.", date=as_of))
    return "\n\n".join(parts)


def _written(task: Task, deadline: Deadline) -> str:
    if task.due is not None:
        return task.due.strftime("%d/%m/%Y") if not task.deadline else f"{task.deadline} (due {task.due.isoformat()})"
    return tr(deadline.text) if deadline.text == NO_DEADLINE_TEXT else deadline.text


def _one_line(text: str) -> str:
    """A text written over several lines (a YAML block scalar) as one line, for a heading."""
    return " ".join(text.split())


def _milestone_list(rows: list[Row], as_of: dt.date) -> str:
    """The milestones of a task, or those around ``as_of`` when there are many."""
    shown: Sequence[Row] = rows
    before = after = 0
    if len(rows) > ALL_UP_TO:
        upcoming = next((index for index, row in enumerate(rows) if row.due is not None and row.due >= as_of), len(rows))
        first = max(0, min(upcoming - AROUND, len(rows) - 2 * AROUND))
        last = min(len(rows), first + 2 * AROUND)
        shown, before, after = rows[first:last], first, len(rows) - last
    lines = []
    if before:
        overdue = sum(1 for row in rows[:before] if row.state == "overdue")
        lines.append("- " + tr("… {count} mốc trước", count=before)
                     + (" (" + tr("{count} mốc quá hạn", count=overdue) + ")" if overdue else ""))
    for row in shown:
        label = row.milestone.label if row.milestone is not None else ""
        due = tr("hạn {due:%d/%m/%Y}", due=row.due) if row.due else ""
        lines.append(f"- `{label}` " + due + " · " + state_text(row, as_of))
    if after:
        lines.append("- " + tr("… {count} mốc sau", count=after))
    return "\n".join(lines)


def state_text(row: Row, as_of: dt.date) -> str:
    """A milestone's state in words: "quá hạn 92 ngày", "hoàn thành đúng hạn ngày 20/06/2021"…"""
    if row.state == "overdue":
        return tr("quá hạn {count} ngày", count=row.days_overdue)
    if row.state in ("due_soon", "on_track") and row.due is not None:
        days = (row.due - as_of).days
        if days == 0:
            return tr("đến hạn hôm nay")
        if row.state == "due_soon":
            return tr("sắp đến hạn, còn {count} ngày", count=days)
        return tr("chưa đến hạn, còn {count} ngày", count=days)
    if row.state == "done_on_time" and row.completed is not None:
        return tr("hoàn thành đúng hạn ngày {date:%d/%m/%Y}", date=row.completed)
    if row.state == "done_late" and row.completed is not None:
        return tr("hoàn thành quá hạn ngày {date:%d/%m/%Y}", date=row.completed) + f" ({days_late_text(row)})"
    if row.state == "ongoing":
        return tr(KIND_LABELS["ongoing"])
    if row.state == "awaiting_trigger":
        return tr(KIND_LABELS["conditional"])
    if row.state == "cancelled":
        return tr(STATUS_LABELS["cancelled"])
    return tr(STATE_LABELS[row.state])


def occurrence_markdown(state: Any, cursor: Cursor, task_at: int) -> str | None:
    found = task_under(cursor, task_at)
    if found is None or not found[3]:
        return None
    plan, section, task, _ = found
    as_of = state.session.as_of()
    rows = task_rows(plan, section, task, as_of, _soon(state))
    if not isinstance(rows, list):
        return None
    label = cursor.value.strip()
    for row in rows:
        if row.milestone is not None and row.milestone.label == label:
            return (f"**`{label}`** → " + tr("hạn {due:%d/%m/%Y}", due=row.due) + " · " + state_text(row, as_of)
                    + "\n\n" + tr("Tính đến ngày {date:%d/%m/%Y} (nhiệm vụ {ref}).", date=as_of, ref=task.key or task.ref))
    labels = [row.milestone.label for row in rows if row.milestone is not None]
    if not labels:
        return _md(tr("Nhiệm vụ {ref} không có mốc hạn nào để ghi theo kỳ.", ref=task.ref))
    return _md(tr("\"{label}\" không phải một kỳ của nhiệm vụ {ref}; các kỳ: {labels}.", label=excerpt(label),
                  ref=task.ref, labels=", ".join(labels[:12]) + (", …" if len(labels) > 12 else "")))


# ------------------------------------------------------------------------------ implemented plans

def reference_markdown(state: Any, cursor: Cursor, plan_id: str, ref: str) -> str | None:
    """The plan (and task) an ``implements`` reference names: its title, file, the task's content
    and deadline; for a reference that names nothing, what ``cchc lint`` says of it (I001)."""
    from cchc.checking.check import display_path
    from cchc.checking.linkcheck import find_task
    from cchc.editor.definition import read_plan, referenced_file

    target = referenced_file(state, cursor, plan_id)
    plan = read_plan(state, target, target.resolve().as_uri())[1] if target is not None else None
    if plan is None or plan.id != plan_id:
        return _lint_words(cursor, "I001")
    assert target is not None
    parts = [f"**{_md(plan.id)}** — " + _md(excerpt(f"{plan.document.type} {plan.document.title}", 200)),
             f"`{display_path(target)}`"]
    if ref:
        task = find_task(plan, ref)
        found = _find_task(plan, task.path) if task is not None else None
        if found is None:
            return _lint_words(cursor, "I001")
        section, task = found
        parts.append(_md(tr("Nhiệm vụ {ref}: {message}", ref=task.ref, message=excerpt(task.content, 300))))
        parts.append(deadline_text(plan, section, task, state.session.as_of(), _soon(state)))
    return "\n\n".join(parts)


def _lint_words(cursor: Cursor, code: str) -> str | None:
    """The message and hint of the ``code`` finding ``cchc lint`` gives on the node under the cursor."""
    analysis = cursor.analysis
    if analysis is None or cursor.span is None:
        return None
    for diagnostic in analysis.result.diagnostics:
        span = diagnostic.span
        if diagnostic.code == code and (span.line, span.column) == (cursor.span.line, cursor.span.column):
            parts = [_md(render(diagnostic.message))]
            if diagnostic.hint:
                parts.append(_md(tr("Gợi ý: {hint}", hint=render(diagnostic.hint))))
            return "\n\n".join(parts)
    return None


def _soon(state: Any) -> int:
    from cchc.reading.config import ConfigProblem, load_config

    for root in state.session.roots or [Path.cwd()]:
        try:
            return load_config(root).soon
        except ConfigProblem:
            continue
    return DEFAULT_SOON


# --------------------------------------------------------------------------------------- agencies

def registry_of(state: Any, cursor: Cursor) -> Registry | None:
    """The registry the plan under the cursor uses (the nearest agencies.yaml, as lint finds it)."""
    analysis = cursor.analysis
    if analysis is not None and analysis.registry is not None:
        return analysis.registry
    from cchc.editor.session import LiveRegistries, path_of

    registries = LiveRegistries(memo=state.session.memo)
    found = registries.registry_file(path_of(cursor.uri))
    return registries.get(found)[0] if found is not None else None


def entry_data(entry: Agency) -> dict[str, Any]:
    """The entry's own mapping in its registry file (for what the model does not keep: its note)."""
    try:
        raw = Path(entry.origin).read_bytes()
    except OSError:
        return {}
    data: Any = _registry_data(entry.origin, raw)
    for part in entry.path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return {}
    return data if isinstance(data, dict) else {}


def registry_entry(state: Any, cursor: Cursor) -> tuple[Registry, Agency] | None:
    """In a registry file, the entry an id under the cursor names (in this registry as saved, or
    one it extends)."""
    from cchc.editor.session import LiveRegistries, path_of

    registry = LiveRegistries(memo=state.session.memo).get(path_of(cursor.uri))[0]
    entry = registry.by_id(cursor.value.strip()) if registry is not None else None
    return (registry, entry) if registry is not None and entry is not None else None


@lru_cache(maxsize=8)
def _registry_data(origin: str, raw: bytes) -> Any:
    """A registry file's data, read again only when its bytes change."""
    from cchc.reading.load import decode, load_text

    text, _ = decode(raw)
    return load_text(text, origin).data if text is not None else None


def agency_markdown(state: Any, cursor: Cursor, strict: bool) -> str | None:
    name = cursor.value.strip()
    registry = registry_of(state, cursor)
    if registry is None:
        return _md(tr("Chưa có danh mục cơ quan (agencies.yaml) ở thư mục của kế hoạch hoặc thư mục cha.")) \
            if strict else None
    entry = registry.lookup(name)
    if entry is None:
        if not strict:
            return None
        return _unknown_agency(cursor, name, registry)
    return agency_text(registry, entry, name)


def _unknown_agency(cursor: Cursor, name: str, registry: Registry) -> str:
    """What ``cchc lint`` says of the name (its A001 finding there), else A001's own words."""
    said = _lint_words(cursor, "A001")
    if said is not None:
        return said
    parts = [_md(tr("Cơ quan \"{name}\" không có trong danh mục cơ quan.", name=excerpt(name)))]
    suggestion = registry.suggest(name)
    if suggestion:
        parts.append(_md(tr("Có phải ý bạn là \"{name}\"? ", name=suggestion).strip()))
    return "\n\n".join(parts)


def agency_text(registry: Registry, entry: Agency, written: str) -> str:
    """An agency's registry entry as a hover shows it."""
    kind = tr("nhóm cơ quan") if entry.is_group else tr("cơ quan")
    parts = [f"**{_md(entry.name)}** (`{entry.id}`) — " + _md(tr("{kind} trong danh mục {place}", kind=kind,
                                                                  place=entry.place or registry.jurisdiction))]
    facts = []
    matched = _matched(entry, written)
    if matched is _VARIANT:  # "Sở Nội vu", "sở nội vụ": read as the name, written otherwise
        facts.append(_md(tr("\"{name}\" được hiểu là \"{canonical}\" (viết khác ở dấu, chữ hoa hoặc khoảng trắng).",
                            name=excerpt(written), canonical=entry.name)))
    elif matched:
        facts.append(_md(tr("\"{name}\" là {what} của cơ quan này.", name=excerpt(written), what=matched)))
    if entry.short:
        facts.append(_md(tr("Tên viết tắt: {names}", names=", ".join(entry.short))))
    if entry.aliases:
        facts.append(_md(tr("Tên gọi khác: {names}", names=", ".join(entry.aliases))))
    if entry.level:
        facts.append(tr("Cấp: {level}", level=tr(LEVELS[entry.level]) if entry.level in LEVELS else entry.level))
    if entry.kind:
        facts.append(tr("Loại: {kind}", kind=tr(AGENCY_KINDS[entry.kind]) if entry.kind in AGENCY_KINDS else entry.kind))
    if entry.parent:
        parent = registry.by_id(entry.parent)
        facts.append(_md(tr("Cơ quan cấp trên: {name}", name=parent.name if parent is not None else entry.parent)))
    if entry.is_group:
        members = registry.members(entry)
        names = ", ".join(member.name for member in members[:10]) + (", …" if len(members) > 10 else "")
        facts.append(_md(tr("{count} thành viên: {names}", count=len(members), names=names) if members
                         else tr("Nhóm chưa có thành viên nào trong danh mục.")))
    if entry.ended:
        ended = _dmy(entry.ended)
        successors = [registry.by_id(i) for i in entry.successors]
        names = ", ".join(s.name if s is not None else i for s, i in zip(successors, entry.successors, strict=True))
        facts.append("**" + _md(tr("Đã chấm dứt hoạt động từ {date}", date=ended)) + "**"
                     + (_md("; " + tr("đơn vị kế thừa: {names}", names=names)) if names
                        else _md("; " + tr("danh mục không ghi đơn vị kế thừa"))))
    note = entry_data(entry).get("note")
    if isinstance(note, str) and note.strip():
        facts.append(_md(tr("Ghi chú: {note}", note=" ".join(note.split()))))
    if facts:
        parts.append("\n".join(f"- {fact}" for fact in facts))
    parts.append(tr("Danh mục: {path}", path=f"`{entry.origin or registry.source}`"))
    return "\n\n".join(parts)


_VARIANT = "variant"  # the entry's own name written with other marks, case or spaces


def _matched(entry: Agency, written: str) -> str | None:
    """Which of the entry's names the written one is (None: its own name, as written)."""
    if written == entry.name:
        return None
    key = fold(written)
    if key == fold(entry.name):
        return _VARIANT
    if any(fold(short) == key for short in entry.short):
        return tr("tên viết tắt")
    if any(fold(alias) == key for alias in entry.aliases):
        return tr("tên gọi khác")
    return tr("một cách viết")


def _dmy(iso: str) -> str:
    try:
        return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


# ------------------------------------------------------------------------------------------ text

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def _md(text: str) -> str:
    """Plan or message text in Markdown, shown as written (no emphasis, link or HTML from it)."""
    return _MD_SPECIAL.sub(r"\\\1", visible(str(text)))
