"""Plans that implement other plans: resolving ``implements`` links, tracing a parent plan's
tasks to the child plans that carry them out, and the province's roll-up per unit.

A child task names the parent task(s) it carries out as ``<plan id>#<task ref or key>``. The
parent plan is looked up among the plans being read and, failing that, in the nearest ``plans``
folder above the child's file (by its ``id:`` line), so linting one file still resolves links.
The unit that owns a child plan is ``owner`` (a registry name) or else its issuer.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from cchc.base.diagnostics import Finding
from cchc.base.i18n import data_list
from cchc.checking.rules import message
from cchc.deriving.status import StatusReport, on_time_rate, task_deadline
from cchc.reading.agencies import Agency, AgencyRef, Registry, agency_labels, agency_ref
from cchc.reading.deadline import Deadline
from cchc.reading.model import Plan, Task


def split_reference(reference: str) -> tuple[str, str]:
    plan_id, _, task_ref = reference.partition("#")
    return plan_id, task_ref


def _norm(ref: str) -> str:
    return re.sub(r"[\s)]", "", ref).rstrip(".").casefold()


def find_task(plan: Plan, ref: str) -> Task | None:
    wanted = _norm(ref)
    for _, task in plan.tasks():
        if (task.key and task.key.casefold() == ref.strip().casefold()) or _norm(task.ref) == wanted:
            return task
    return None


def find_plan_file(start: Path, plan_id: str) -> Path | None:
    """The file of plan ``plan_id`` in the nearest ``plans`` folder above ``start`` (or ``start``'s own tree).

    Only regular files are opened, and no symbolic link out of the repository is followed
    (:mod:`cchc.base.confine`)."""
    pattern = re.compile(rf"^id:\s*[\"']?{re.escape(plan_id)}[\"']?\s*(#.*)?$", re.MULTILINE)
    from cchc.base.confine import escapes, scan_limit

    folder = start.resolve()
    roots = [p for p in (folder, *folder.parents) if p.name == "plans"]
    for root in roots[:1] or [folder]:
        limit = scan_limit(root)
        for dirpath, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if name.endswith((".yaml", ".yml")) and name not in ("agencies.yaml", "agencies.yml"):
                    path = Path(dirpath) / name
                    if escapes(path, limit) or not path.is_file():  # a link out of the repository, a FIFO
                        continue
                    try:
                        head = path.read_text(encoding="utf-8", errors="replace")[:4000]
                    except OSError:
                        continue
                    if pattern.search(head):
                        return path
    return None


def latest_due(plan: Plan, task: Task) -> dt.date | None:
    deadline = task_deadline(plan, task)
    if isinstance(deadline, Deadline) and deadline.milestones:
        return max(m.due for m in deadline.milestones)
    return None


def check_links(plan: Plan, resolve: Mapping[str, Plan | None]) -> Iterable[tuple[str, Finding]]:
    """I001 and I002 findings for one plan, given the parent plans by id (None: not found)."""
    for _, task in plan.tasks():
        for index, reference in enumerate(task.implements):
            path = (*task.path, "implements", index)
            plan_id, ref = split_reference(reference)
            parent = resolve.get(plan_id)
            if parent is None:
                yield "I001", Finding(message("I001", "no-plan", plan=plan_id, ref=task.ref),
                                      message("I001", "no-plan.hint"), path=path)
                continue
            parent_task = find_task(parent, ref)
            if parent_task is None:
                refs = [t.key or t.ref for _, t in parent.tasks()]
                close = difflib.get_close_matches(ref, refs, n=3, cutoff=0.5)
                hint = (message("I001", "no-task.close", names=data_list(f"{plan_id}#{c}" for c in close)) if close
                        else message("I001", "no-task.hint", plan=plan_id))
                yield "I001", Finding(message("I001", "no-task", plan=plan_id, ref=ref), hint, path=path)
                continue
            mine, theirs = latest_due(plan, task), latest_due(parent, parent_task)
            if mine and theirs and mine > theirs:
                yield "I002", Finding(
                    message("I002", "later", ref=task.ref, mine=mine, parent=reference, theirs=theirs),
                    message("I002", "later.hint", theirs=theirs),
                    path=(*task.path, "deadline")
                    if task.deadline else path)


# ------------------------------------------------------------------------------------ trace

def plan_owner(plan: Plan, registry: Registry | None) -> Agency | None:
    if registry is None:
        return None
    for name in (plan.owner, plan.document.issuer):
        if name:
            unit = registry.owner_of(name)
            if unit is not None:
                return unit
    return None


@dataclass(frozen=True)
class ChildTask:
    plan: Plan
    task: Task
    unit: str  # the owning unit's name (or the plan's issuer when unresolved)
    state: str | None


@dataclass(frozen=True)
class TracedTask:
    task: Task
    assigned: tuple[str, ...]  # names as written
    expected: tuple[str, ...]  # units expected to carry it out (group members, or the unit itself)
    children: tuple[ChildTask, ...]
    missing: tuple[str, ...]  # expected units with no child task

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.task.key or self.task.ref,
            "title": self.task.content,
            "assigned": list(self.assigned),
            "expected_units": list(self.expected),
            "children": [{"plan": c.plan.id, "id": c.task.key or c.task.ref, "unit": c.unit, "state": c.state}
                         for c in self.children],
            "missing": list(self.missing),
        }


@dataclass(frozen=True)
class Trace:
    parent: Plan
    as_of: dt.date
    tasks: tuple[TracedTask, ...]

    def to_json(self) -> dict[str, object]:
        covered = sum(1 for t in self.tasks if not t.missing and t.children)
        return {"as_of": self.as_of.isoformat(), "parent": self.parent.id,
                "summary": {"tasks": len(self.tasks), "fully_covered": covered,
                            "units_missing": sum(len(t.missing) for t in self.tasks)},
                "tasks": [t.to_json() for t in self.tasks]}


def build_trace(parent: Plan, plans: Sequence[Plan], registries: Mapping[str, Registry | None],
                status: StatusReport) -> Trace:
    parent_registry = registries.get(parent.source)
    states: dict[tuple[str, str], str] = {}
    for row in status.rows:
        key = (row.plan.id, row.task.ref)
        current = states.get(key)
        if current is None or _urgency(row.state) < _urgency(current):
            states[key] = row.state
    children: dict[str, list[ChildTask]] = {}
    for plan in plans:
        if plan.id == parent.id:
            continue
        owner = plan_owner(plan, registries.get(plan.source) or parent_registry)
        for _, task in plan.tasks():
            for reference in task.implements:
                plan_id, ref = split_reference(reference)
                if plan_id != parent.id:
                    continue
                target = find_task(parent, ref)
                if target is None:
                    continue
                unit = owner.name if owner else plan.document.issuer
                state = _child_state(states, plan, task)
                children.setdefault(target.ref, []).append(
                    ChildTask(plan, task, unit, _against_parent(state, task, latest_due(parent, target), status.as_of)))
    traced = []
    for _, task in parent.leaf_tasks():
        if not task.effective_lead:
            continue
        expected: dict[str, str] = {}
        due = latest_due(parent, task)
        for assigned in task.effective_lead:
            entry = parent_registry.lookup(assigned) if parent_registry else None
            if entry is None or parent_registry is None:
                continue
            for member in parent_registry.members(entry, on=due.isoformat() if due else None):
                expected[member.id] = member.name
        mine = tuple(children.get(task.ref, ()))
        owners = {_unit_id(parent_registry, c.unit) for c in mine}
        missing = tuple(name for unit_id, name in expected.items() if unit_id not in owners)
        traced.append(TracedTask(task, task.effective_lead, tuple(expected.values()), mine, missing))
    return Trace(parent, status.as_of, tuple(traced))


def _against_parent(state: str | None, task: Task, parent_due: dt.date | None, as_of: dt.date) -> str | None:
    """The province's view: a child task is judged against the parent task's due date too, so a
    district that set itself a later deadline is late (or overdue) all the same."""
    if parent_due is None or state in (None, "cancelled", "ongoing"):
        return state
    done = [e.date for e in task.progress if e.status == "done" and e.date <= as_of]
    if done:
        return "done_on_time" if min(done) <= parent_due else "done_late"
    if as_of > parent_due:
        return "overdue"
    return state


def _unit_id(registry: Registry | None, name: str) -> str:
    entry = registry.lookup(name) if registry else None
    return entry.id if entry else name


def _child_state(states: Mapping[tuple[str, str], str], plan: Plan, task: Task) -> str | None:
    found = [state for (plan_id, ref), state in states.items()
             if plan_id == plan.id and (ref == task.ref or ref.startswith(task.ref + "."))]
    return min(found, key=_urgency) if found else None


def _urgency(state: str) -> int:
    from cchc.deriving.status import URGENCY

    return URGENCY.get(state, 99)


# ---------------------------------------------------------------------------------- roll-up

@dataclass(frozen=True)
class RollupLine:
    unit: str
    plans: int
    total: int
    done_on_time: int
    done_late: int
    overdue: int

    @property
    def on_time_rate(self) -> float | None:
        return on_time_rate(self.done_on_time, self.done_late, self.overdue)

    def to_json(self) -> dict[str, object]:
        rate = self.on_time_rate
        return {"unit": self.unit, "plans": self.plans, "tasks": self.total, "done_on_time": self.done_on_time,
                "done_late": self.done_late, "overdue": self.overdue,
                "on_time_rate": round(rate, 4) if rate is not None else None}


def rollup(status: StatusReport, registries: Mapping[str, Registry | None]) -> list[RollupLine]:
    """Each unit's counts across every plan it owns and every task it leads (a row counts once per
    unit). A unit is a registry entry, never a bare name: two provinces' "Sở Nội vụ" are two lines,
    each named with its jurisdiction (:func:`cchc.reading.agencies.agency_labels`)."""
    tallies: dict[tuple[str, str], Counter[str]] = {}
    plans_of: dict[tuple[str, str], set[str]] = {}
    refs: dict[tuple[str, str], AgencyRef] = {}
    for row in status.rows:
        registry = registries.get(row.plan.source)
        units: dict[tuple[str, str], AgencyRef] = {}
        owner = plan_owner(row.plan, registry)
        if owner is not None:
            ref = agency_ref(owner.name, registry, row.plan.source)
            units[ref.key] = ref
            plans_of.setdefault(ref.key, set()).add(row.plan.id)
        for name in row.task.effective_lead:
            ref = agency_ref(name, registry, row.plan.source)
            if ref.entry is not None and ref.entry.is_group:
                continue  # a group is not a unit: its members are counted through their own plans
            units.setdefault(ref.key, ref)
        for key, ref in units.items():
            refs.setdefault(key, ref)
            tallies.setdefault(key, Counter())[row.state] += 1
    labels = agency_labels(refs.values())
    lines = [RollupLine(labels[key], len(plans_of.get(key, ())), sum(c.values()), c["done_on_time"], c["done_late"],
                        c["overdue"]) for key, c in tallies.items()]
    lines.sort(key=lambda line: (-(line.on_time_rate if line.on_time_rate is not None else -1), line.overdue,
                                 line.unit))
    return lines

