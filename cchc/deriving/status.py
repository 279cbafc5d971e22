"""Status as of a date: one row per milestone, computed only from what was logged by then.

A task's deadline (see :mod:`cchc.reading.deadline`) gives one or more milestones; for each one the state
is decided from the progress entries dated on or before ``as_of``, so a report for 30/06/2021
made years later says what was true on 30/06/2021:

- ``done_on_time`` / ``done_late``: a ``done`` entry on or before / after the due date;
- ``overdue`` (with days overdue): not done and ``as_of`` is after the due date;
- ``due_soon``: not done and due within ``soon`` days; ``on_track``: due later;
- ``ongoing``: "Nhiệm vụ thường xuyên" — no due date, never overdue;
- ``awaiting_trigger``: a conditional deadline whose condition the plan has not recorded;
- ``cancelled``: a ``cancelled`` entry (for the whole task, or for one occurrence).

A ``done`` entry that names an occurrence (``2021-Q2``) closes that one; without a name it closes
the earliest open milestone. A task with no deadline at all is due at the end of the plan's
period. Tasks with sub-tasks are not rows themselves: their sub-tasks are, and the parent's state
is the most urgent of its sub-tasks' (:meth:`StatusReport.parents`).

Every milestone counts from the start: a recurring task ("Hằng quý" in a 2021–2025 plan) has one
row per occurrence inside the plan's period whatever the date, the ones not yet due being
``on_track`` or ``due_soon``, exactly as "Quý II và Quý IV/2021" has its two rows from the start.
So the number of rows of a plan (the "Tổng số" of a report) never changes with ``as_of``; only
their states do.

Each row carries what staff recorded: the latest progress entry for that milestone as of the
date (:attr:`Row.progress`): the entry that closed it (done, cancelled), else the latest entry
naming its occurrence or naming none (``doing``, ``blocked``…), never a ``done`` that closed
another milestone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace

from cchc.base.i18n import N_, tr
from cchc.base.text import fold
from cchc.reading.agencies import AgencyRef, Registry, agency_labels, agency_ref
from cchc.reading.deadline import Deadline, DeadlineError, Milestone
from cchc.reading.model import Plan, ProgressEntry, Section, Task
from cchc.reading.schedule import NO_DEADLINE_TEXT, task_deadline

STATES = ("overdue", "due_soon", "on_track", "awaiting_trigger", "ongoing", "done_late",
          "done_on_time", "cancelled")
STATE_LABELS = {
    "overdue": N_("Quá hạn"),
    "due_soon": N_("Sắp đến hạn"),
    "on_track": N_("Trong hạn"),
    "awaiting_trigger": N_("Chờ điều kiện"),
    "ongoing": N_("Thường xuyên"),
    "done_late": N_("Hoàn thành quá hạn"),
    "done_on_time": N_("Hoàn thành đúng hạn"),
    "cancelled": N_("Không thực hiện"),
}
STATE_STYLES = {
    "overdue": "bold red",
    "due_soon": "bold yellow",
    "on_track": "green",
    "awaiting_trigger": "magenta",
    "ongoing": "cyan",
    "done_late": "yellow",
    "done_on_time": "bold green",
    "cancelled": "dim",
}
URGENCY = {state: index for index, state in enumerate(STATES)}


def parse_state(text: str) -> str | None:
    """The state a user names: its code (``overdue``), or the label the table shows, in Vietnamese
    (``Quá hạn``) or in the language of messages, with or without diacritics, in any case."""
    key = fold(text).replace("_", " ")
    for state in STATES:
        if key in (state.replace("_", " "), fold(STATE_LABELS[state]), fold(tr(STATE_LABELS[state]))):
            return state
    return None


def on_time_rate(done_on_time: int, done_late: int, overdue: int) -> float | None:
    """The government's on-time rate: done on time ÷ tasks that have come due (done, or overdue)."""
    came_due = done_on_time + done_late + overdue
    return done_on_time / came_due if came_due else None
DEFAULT_SOON = 14
# What a milestone's latest progress entry says, as the tables, the report and the site show it.
PROGRESS_HEADS = {
    "doing": N_("Đang thực hiện ({when})"),
    "blocked": N_("Vướng mắc ({when})"),
    "done": N_("Hoàn thành ngày {when}"),
    "cancelled": N_("Không thực hiện ({when})"),
}


@dataclass(frozen=True)
class Row:
    """The state of one milestone of one task."""

    plan: Plan
    section: Section
    task: Task
    state: str
    deadline: Deadline | None
    milestone: Milestone | None
    days_overdue: int | None = None
    completed: dt.date | None = None
    parent: str | None = None
    multiple: bool = False  # the task has several milestones: the row id carries "#label"
    progress: ProgressEntry | None = None  # the latest entry staff recorded for it, as of the date

    @property
    def id(self) -> str:
        """The task's reference (its ``key`` when the source repeats a number), plus "#occurrence"."""
        base = self.task.key or self.task.ref
        if self.multiple and self.milestone is not None:
            return f"{base}#{self.milestone.label}"
        return base

    @property
    def due(self) -> dt.date | None:
        return self.milestone.due if self.milestone else None

    @property
    def area(self) -> str | None:
        return self.task.area or self.section.area

    @property
    def deadline_text(self) -> str:
        if self.task.deadline:
            return str(self.task.deadline)
        if self.task.due:
            return self.task.due.strftime("%d/%m/%Y")
        return NO_DEADLINE_TEXT

    @property
    def days_late(self) -> int | None:
        if self.state == "done_late" and self.completed and self.due:
            return (self.completed - self.due).days
        return None

    def sort_key(self) -> tuple[object, ...]:
        due = self.due or dt.date.max
        overdue = -(self.days_overdue or 0)
        return (URGENCY[self.state], overdue, due, self.plan.id, _natural(self.task.ref))

    def to_json(self) -> dict[str, object]:
        return {
            "plan": self.plan.id,
            "id": self.id,
            "title": self.task.content,
            "area": self.area,
            "lead": list(self.task.effective_lead),
            "support": list(self.task.effective_support),
            "deadline": self.task.deadline if self.task.deadline else None,
            "due": self.due.isoformat() if self.due else None,
            "state": self.state,
            "days_overdue": self.days_overdue,
            "completed": self.completed.isoformat() if self.completed else None,
            "kind": self.deadline.kind if self.deadline else None,
            "occurrence": self.milestone.label if (self.milestone and self.multiple) else None,
            "parent": self.parent,
            "section": self.section.title,
            "file": self.plan.source,
            "days_late": self.days_late,
            "progress": progress_json(self.progress),
        }


def progress_json(entry: ProgressEntry | None) -> dict[str, object] | None:
    """A progress entry as the JSON contract gives it: ``{status, date, note, evidence, by}``."""
    if entry is None:
        return None
    return {"status": entry.status, "date": entry.date.isoformat(), "note": entry.note, "evidence": entry.evidence,
            "by": entry.by}


def progress_text(row: Row) -> str:
    """What staff recorded for the row, in one line: "Vướng mắc (12/05/2021): Chờ hướng dẫn của Bộ",
    "Hoàn thành ngày 20/03/2021 — Minh chứng: Quyết định số 1/QĐ-UBND"; "" when nothing was recorded."""
    entry = row.progress
    if entry is None:
        return ""
    when = entry.date.strftime("%d/%m/%Y") + (f", {entry.by}" if entry.by and entry.status != "done" else "")
    head = PROGRESS_HEADS.get(entry.status, PROGRESS_HEADS["doing"])
    text = tr(head, when=when)
    if entry.status == "done" and entry.by:
        text += f" ({entry.by})"
    if entry.note:
        text += ": " + " ".join(entry.note.split())
    if entry.evidence:
        text += " — " + tr("Minh chứng: {evidence}", evidence=" ".join(entry.evidence.split()))
    return text


def days_late_text(row: Row) -> str:
    """"chậm 10 ngày" for a milestone done late, else ""."""
    days = row.days_late
    return tr("chậm {count} ngày", count=days) if days is not None else ""


@dataclass(frozen=True)
class Unreadable:
    plan: Plan
    task: Task
    error: DeadlineError


@dataclass(frozen=True)
class StatusReport:
    as_of: dt.date
    rows: tuple[Row, ...]
    unreadable: tuple[Unreadable, ...] = ()
    skipped: tuple[str, ...] = ()  # files that could not be read as plans
    duplicates: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (plan id, files) left out: one id, several files

    def counts(self) -> dict[str, int]:
        counter = Counter(row.state for row in self.rows)
        return {state: counter.get(state, 0) for state in STATES}

    def parents(self) -> list[tuple[str, str, str]]:
        """(plan id, task ref, state) for every task with sub-tasks: its most urgent sub-task state."""
        refs: dict[tuple[str, str], list[Row]] = {}
        for row in self.rows:
            if row.parent:
                refs.setdefault((row.plan.id, row.parent), []).append(row)
        return [(plan_id, ref, min((r.state for r in rows), key=URGENCY.__getitem__))
                for (plan_id, ref), rows in refs.items()]

    @property
    def came_due(self) -> int:
        counts = self.counts()
        return counts["done_on_time"] + counts["done_late"] + counts["overdue"]

    @property
    def on_time_rate(self) -> float | None:
        """Done on time over tasks that have come due (done, or overdue), as government reports count."""
        counts = self.counts()
        return on_time_rate(counts["done_on_time"], counts["done_late"], counts["overdue"])


def _natural(ref: str) -> tuple[object, ...]:
    import re

    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", ref))


def task_rows(plan: Plan, section: Section, task: Task, as_of: dt.date, soon: int = DEFAULT_SOON,
              parent: str | None = None) -> list[Row] | Unreadable:
    """One row per milestone of ``task`` (every milestone, whatever ``as_of``: see the module)."""
    deadline = task_deadline(plan, task)
    if isinstance(deadline, DeadlineError):
        return Unreadable(plan, task, deadline)
    entries = [e for e in task.progress if e.date <= as_of]
    task_cancelled = next((e for e in reversed(entries) if e.status == "cancelled" and not e.occurrence), None)
    milestones = list(deadline.milestones)

    # which milestone each done/cancel entry closes
    closed: dict[str, ProgressEntry] = {}
    closing: set[int] = set()  # id() of the entries that closed a milestone
    done_plain: ProgressEntry | None = None
    for entry in entries:
        if entry.status not in ("done", "cancelled"):
            continue
        if entry.occurrence:
            if entry.occurrence not in closed:
                closed[entry.occurrence] = entry
                closing.add(id(entry))
        elif entry.status == "done":
            open_ones = [m for m in milestones if m.label not in closed]
            if open_ones:
                closed[open_ones[0].label] = entry
                closing.add(id(entry))
            elif not milestones and done_plain is None:
                done_plain = entry

    def latest(milestone: Milestone | None) -> ProgressEntry | None:
        """The latest entry about this milestone: its own, or one naming no occurrence that did not
        close another milestone."""
        label = milestone.label if milestone is not None else None
        found = None
        for entry in entries:
            if entry.occurrence is not None and entry.occurrence != label:
                continue
            if entry.occurrence is None and id(entry) in closing:
                continue
            if found is None or entry.date >= found.date:
                found = entry
        return found

    def state_for(milestone: Milestone | None) -> Row:
        completed = None
        closer = None
        if milestone is not None and milestone.label in closed:
            closer = closed[milestone.label]
            if closer.status == "cancelled":
                return Row(plan, section, task, "cancelled", deadline, milestone, parent=parent, progress=closer)
            completed = closer.date
        elif milestone is None and done_plain is not None:
            closer = done_plain
            completed = done_plain.date
        if completed is not None:
            on_time = milestone is None or completed <= milestone.due
            return Row(plan, section, task, "done_on_time" if on_time else "done_late", deadline, milestone,
                       completed=completed, parent=parent, progress=closer)
        if task_cancelled is not None:
            return Row(plan, section, task, "cancelled", deadline, milestone, parent=parent, progress=task_cancelled)
        recorded = latest(milestone)
        if milestone is None:
            state = "awaiting_trigger" if deadline.kind == "conditional" else "ongoing"
            return Row(plan, section, task, state, deadline, None, parent=parent, progress=recorded)
        if as_of > milestone.due:
            return Row(plan, section, task, "overdue", deadline, milestone, (as_of - milestone.due).days,
                       parent=parent, progress=recorded)
        state = "due_soon" if (milestone.due - as_of).days <= soon else "on_track"
        return Row(plan, section, task, state, deadline, milestone, parent=parent, progress=recorded)

    if not milestones:
        return [state_for(None)]
    rows = [state_for(m) for m in milestones]
    if len(milestones) > 1:
        rows = [replace(r, multiple=True) for r in rows]
    return rows


def plan_status(plan: Plan, as_of: dt.date, soon: int = DEFAULT_SOON) -> tuple[list[Row], list[Unreadable]]:
    rows: list[Row] = []
    unreadable: list[Unreadable] = []

    def visit(section: Section, task: Task, parent: str | None) -> None:
        if task.subtasks:
            for sub in task.subtasks:
                visit(section, sub, task.ref)
            return
        result = task_rows(plan, section, task, as_of, soon, parent)
        if isinstance(result, Unreadable):
            unreadable.append(result)
        else:
            rows.extend(result)

    for section in plan.sections():
        for task in section.tasks:
            visit(section, task, None)
    return rows, unreadable


# ------------------------------------------------------------------------------- filters

ROLES = ("any", "lead", "support")


@dataclass(frozen=True)
class Filters:
    """Which rows ``cchc status`` keeps. Every field but ``registries`` is an option the user chose
    and is part of the key of a stored table (:meth:`options`); the registries come with the plan
    files, whose content keys already cover them."""

    agency: str | None = None
    areas: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    due_within: int | None = None
    plans: tuple[str, ...] = ()
    registries: dict[str, Registry | None] = field(default_factory=dict, metadata={"option": False})  # plan source → registry
    role: str = "any"  # with ``agency``: "lead" (chủ trì), "support" (phối hợp) or "any"

    def options(self) -> dict[str, object]:
        """The chosen options as JSON data, built from the fields themselves so that a new filter
        cannot be left out of a cache key."""
        return {f.name: _json_value(getattr(self, f.name)) for f in fields(self) if f.metadata.get("option", True)}


def _json_value(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def role_names(task: Task, role: str) -> tuple[str, ...]:
    """The agencies a task names in ``role``: lead, support, or both (``any``)."""
    if role == "lead":
        return task.effective_lead
    if role == "support":
        return task.effective_support
    return (*task.effective_lead, *task.effective_support)


def agency_in_role(task: Task, wanted: str, registry: Registry | None, role: str = "any") -> bool:
    """Whether ``wanted`` plays ``role`` in a task. ``lead`` / ``support``: the agency itself is
    named in that column, as ``cchc agencies`` counts a lead (a task led by a group it belongs to
    is the group's row there, not its own); ``any``: named in either column, or through a group
    it belongs to (or, for a group, through one of its members)."""
    return agency_matches(role_names(task, role), wanted, registry, groups=role == "any")


def agency_known(name: str, registries: Iterable[Registry | None]) -> bool:
    """Whether a registry of the plans read knows ``name`` (an agency, a group, a short form or an
    alias). With no registry at all nothing can be said: the name is matched as written."""
    found = [r for r in registries if r is not None]
    return not found or any(r.lookup(name) is not None for r in found)


def agency_suggestions(name: str, registries: Iterable[Registry | None], n: int = 3) -> list[str]:
    """The registry names closest to ``name`` (for a did-you-mean), best first."""
    import difflib

    names: dict[str, str] = {}
    for registry in registries:
        if registry is None:
            continue
        for key, entry in registry.index.items():
            names.setdefault(key, entry.name)
    close = difflib.get_close_matches(fold(name), list(names), n=n * 3, cutoff=0.6)
    return list(dict.fromkeys(names[key] for key in close))[:n]


def agency_matches(names: Sequence[str], wanted: str, registry: Registry | None, *, groups: bool = True) -> bool:
    """Whether an agency (or group) named ``wanted`` is among ``names``: named itself (by its
    name, a short form or an alias), or — with ``groups`` — through a group, both ways (a task
    led by "Các Sở, Ban, ngành" for a Sở; a Sở's task for the group)."""
    if registry is not None:
        target = registry.lookup(wanted)
        if target is not None:
            for name in names:
                entry = registry.lookup(name)
                if entry is None:
                    continue
                if entry.id == target.id:
                    return True
                if groups and entry.is_group and target.id in entry.members:
                    return True
                if groups and target.is_group and entry.id in target.members:
                    return True
            return False
    key = fold(wanted)
    return any(fold(name) == key for name in names)


def apply_filters(rows: Iterable[Row], as_of: dt.date, filters: Filters) -> list[Row]:
    out = []
    for row in rows:
        if filters.plans and not any(p in (row.plan.id, row.plan.source) or row.plan.source.endswith(p)
                                     for p in filters.plans):
            continue
        if filters.areas and row.area not in filters.areas:
            continue
        if filters.states and row.state not in filters.states:
            continue
        if filters.due_within is not None:
            if row.due is None or row.completed is not None or row.state == "cancelled":
                continue
            if not 0 <= (row.due - as_of).days <= filters.due_within:
                continue
        if filters.agency:
            registry = filters.registries.get(row.plan.source)
            if not agency_in_role(row.task, filters.agency, registry, filters.role):
                continue
        out.append(row)
    return out


def build_report(plans: Sequence[Plan], as_of: dt.date, soon: int = DEFAULT_SOON,
                 filters: Filters | None = None, skipped: Sequence[str] = (),
                 duplicates: Sequence[tuple[str, tuple[str, ...]]] = ()) -> StatusReport:
    """The rows of ``plans`` as of a date. ``skipped`` and ``duplicates`` (files left out because
    they share a plan id, see :mod:`cchc.checking.workspace`) are only named in the report's notes."""
    rows: list[Row] = []
    unreadable: list[Unreadable] = []
    for plan in plans:
        plan_rows, plan_unreadable = plan_status(plan, as_of, soon)
        rows.extend(plan_rows)
        unreadable.extend(plan_unreadable)
    if filters is not None:
        rows = apply_filters(rows, as_of, filters)
    rows.sort(key=Row.sort_key)
    return StatusReport(as_of, tuple(rows), tuple(unreadable), tuple(skipped), tuple(duplicates))


# ------------------------------------------------------------------------------- agencies

@dataclass(frozen=True)
class AgencyLine:
    name: str  # as shown: the agency's name, with its jurisdiction when several registries are shown
    led: int
    done_on_time: int
    done_late: int
    overdue: int
    open: int
    canonical: str = ""  # the registry's name for it (or the name as written)
    agency_id: str | None = None  # its registry id (None: a name no registry knows)
    jurisdiction: str = ""
    registry: str = ""  # the registry file that defines it (or the plan's folder)

    @property
    def on_time_rate(self) -> float | None:
        return on_time_rate(self.done_on_time, self.done_late, self.overdue)

    def to_json(self) -> dict[str, object]:
        rate = self.on_time_rate
        return {"agency": self.canonical or self.name, "led": self.led, "done_on_time": self.done_on_time,
                "done_late": self.done_late, "overdue": self.overdue, "open": self.open,
                "on_time_rate": round(rate, 4) if rate is not None else None,
                "label": self.name, "agency_id": self.agency_id, "jurisdiction": self.jurisdiction,
                "registry": self.registry}


def agency_table(report: StatusReport, registries: dict[str, Registry | None]) -> list[AgencyLine]:
    """Per lead agency, the Sở Nội vụ's ranking. An agency is a registry entry (the registry that
    defines it and its id), never a bare name: two provinces' "Sở Nội vụ" are two lines, each
    named with its jurisdiction (:func:`cchc.reading.agencies.agency_labels`)."""
    tally: dict[tuple[str, str], Counter[str]] = {}
    refs: dict[tuple[str, str], AgencyRef] = {}
    for row in report.rows:
        registry = registries.get(row.plan.source)
        for name in dict.fromkeys(row.task.effective_lead):
            ref = agency_ref(name, registry, row.plan.source)
            refs.setdefault(ref.key, ref)
            tally.setdefault(ref.key, Counter())[row.state] += 1
    labels = agency_labels(refs.values())
    lines = []
    for key, counter in tally.items():
        ref = refs[key]
        open_count = counter["on_track"] + counter["due_soon"] + counter["awaiting_trigger"] + counter["ongoing"]
        lines.append(AgencyLine(labels[key], sum(counter.values()), counter["done_on_time"], counter["done_late"],
                                counter["overdue"], open_count, ref.name, ref.entry.id if ref.entry else None,
                                ref.place, ref.origin))
    lines.sort(key=lambda a: (-(a.on_time_rate if a.on_time_rate is not None else -1), a.overdue, fold(a.name)))
    return lines
