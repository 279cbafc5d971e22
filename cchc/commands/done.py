"""``cchc done``: record a task as done (short for ``cchc update --status done``)."""

from __future__ import annotations

from cchc.commands.options import (
    ByOpt,
    DateOpt,
    DryRunOpt,
    EvidenceOpt,
    ForceOpt,
    NoteOpt,
    OccurrenceOpt,
    PlanArg,
    TaskArg,
    TodayOpt,
)
from cchc.commands.record import run_update


def done(
    plan: PlanArg, task_id: TaskArg, date: DateOpt = None, note: NoteOpt = None, evidence: EvidenceOpt = None,
    occurrence: OccurrenceOpt = None, by: ByOpt = None, dry_run: DryRunOpt = False, as_of: TodayOpt = None,
    force: ForceOpt = False,
) -> None:
    """Ghi nhận nhiệm vụ đã hoàn thành (dạng ngắn của cchc update --status done)."""
    run_update(plan, task_id, "done", date, note, evidence, occurrence, by, dry_run, as_of, force)
