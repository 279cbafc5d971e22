"""When a task is due: its deadline read against its plan (explicit ``due``, else the deadline text,
else the end of the plan's period).

Below the rules and the status computation, which both need it: a rule checks a task's milestones,
``cchc status`` turns them into rows (:mod:`cchc.deriving.status`). Imports only from
:mod:`cchc.base` and :mod:`cchc.reading`.
"""

from __future__ import annotations

import datetime as dt

from cchc.base.i18n import N_, language, tr
from cchc.reading.deadline import Deadline, DeadlineError, Milestone, PlanPeriod, parse_deadline
from cchc.reading.model import Plan, Task

NO_DEADLINE_TEXT = N_("(không ghi — cuối kỳ kế hoạch)")


def plan_period(plan: Plan) -> PlanPeriod:
    return PlanPeriod(plan.period.start, plan.period.end)


def plan_issued(plan: Plan) -> dt.date | None:
    """The plan's own date (what "kể từ ngày ký" counts from); None while the day is not printed."""
    return plan.document.date.as_date() if plan.document.date is not None else None


def task_deadline(plan: Plan, task: Task) -> Deadline | DeadlineError:
    """The deadline of a task: explicit ``due``, else its text, else the end of the plan's period.

    Several rules and the status table ask for the same task's deadline: the answer is kept on
    the (immutable) plan, per task and language: explanations are deferred text whose ``str``,
    which status, diff and calendar print, is in the language it was made in."""
    memo = plan.memo
    key = (id(task), language())
    found = memo.get(key)
    if found is None:
        found = memo[key] = (task, _task_deadline(plan, task))  # the task is kept so its id stays its own
    return found[1]


def _task_deadline(plan: Plan, task: Task) -> Deadline | DeadlineError:
    if task.due is not None:
        label = task.due.isoformat()
        return Deadline(task.deadline or label, "date", (Milestone(task.due, label),), None,
                        tr("Hạn cụ thể {due:%d/%m/%Y} (khóa due).", due=task.due))
    if task.deadline and str(task.deadline).strip():
        deadline = parse_deadline(str(task.deadline), plan_period(plan), plan_issued(plan))
        if isinstance(deadline, Deadline) and deadline.kind == "conditional" and task.trigger is not None:
            due = task.trigger.due()
            return Deadline(deadline.text, "conditional", (Milestone(due, due.isoformat(), task.trigger.date),),
                            task.trigger.date,
                            tr("Điều kiện phát sinh ngày {date:%d/%m/%Y}: hạn {due:%d/%m/%Y}.", date=task.trigger.date,
                               due=due))
        return deadline
    start = dt.date(plan.period.start, 1, 1)
    end = dt.date(plan.period.end, 12, 31)
    return Deadline(NO_DEADLINE_TEXT, "window", (Milestone(end, str(plan.period.end), start),), start,
                    tr("Không ghi thời hạn: hạn là cuối kỳ kế hoạch ({end:%d/%m/%Y}).", end=end))
