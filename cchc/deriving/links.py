"""Plans that implement other plans: resolving ``implements`` links, tracing a parent plan's
tasks to the child plans that carry them out, and the province's roll-up per unit.

A child task names the parent task(s) it carries out as ``<plan id>#<task ref or key>``. The
parent plan is looked up among the plans being read and, failing that, in the nearest ``plans``
folder above the child's file (by its ``id:`` line), so linting one file still resolves links.
The unit that owns a child plan is ``owner`` (a registry name) or else its issuer. Resolving the
links and their lint rules (I001, I002) live in :mod:`cchc.checking.linkcheck`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cchc.checking.linkcheck import (  # noqa: F401 - the link rules live in checking; re-exported
    check_links,
    find_plan_file,
    find_task,
    latest_due,
    split_reference,
)
from cchc.deriving.status import StatusReport, on_time_rate
from cchc.reading.agencies import Agency, AgencyRef, Registry, agency_labels, agency_ref
from cchc.reading.model import Plan, Task

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

