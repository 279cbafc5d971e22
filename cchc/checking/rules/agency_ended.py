"""Nhiệm vụ giao cho cơ quan đã chấm dứt hoạt động trước hạn của nhiệm vụ.

Năm 2025 nhiều sở hợp nhất (01/3/2025), nhiều tỉnh sáp nhập và cấp huyện kết thúc hoạt động
(01/7/2025). Nhiệm vụ mà cơ quan chủ trì hoặc phối hợp đã không còn vào ngày đến hạn cần được
giao lại cho đơn vị kế thừa; danh mục cơ quan ghi ``ended`` và ``successors``, gợi ý nêu đơn vị
kế thừa.

Đúng (Sở Thông tin và Truyền thông còn hoạt động đến 28/02/2025):

    deadline: Năm 2024
    lead: [Sở Thông tin và Truyền thông]

Sai:

    deadline: Năm 2025
    lead: [Sở Thông tin và Truyền thông]
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, data_list, msg
from cchc.checking.rules.base import Context
from cchc.reading.deadline import Deadline
from cchc.reading.schedule import task_deadline

CODE = "A003"
NAME = "agency-ended"
TITLE = N_("Cơ quan đã chấm dứt hoạt động")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "plan"  # runs on each plan with its model


def _due(plan, task):  # type: ignore[no-untyped-def]
    deadline = task_deadline(plan, task)
    if not isinstance(deadline, Deadline) or not deadline.milestones:
        return None
    return max(m.due for m in deadline.milestones)


def check(ctx: Context) -> Iterator[Finding]:
    """One finding per name as written: on the task's own lead/support, or once on the section's
    lead/support for all the tasks that inherit it (at the latest due date among them)."""
    plan, registry = ctx.plan, ctx.registry
    if plan is None or registry is None:
        return
    ended: dict[str, bool] = {}

    def has_ended(name: str) -> bool:  # only such names can give a finding (see _finding)
        if name not in ended:
            entry = registry.lookup(name)
            ended[name] = entry is not None and not entry.is_group and bool(entry.ended)
        return ended[name]

    for section in plan.sections():
        inherited: dict[tuple[str, int], tuple[str, object]] = {}
        for top in section.tasks:
            for task in top.leaves():
                if not any(has_ended(name) for name in (*task.effective_lead, *task.effective_support)):
                    continue  # no name here can be reported, whatever the deadline
                due = _due(plan, task)
                if due is None:
                    continue
                for key, names, own, owner_path in (("lead", task.effective_lead, task.lead, task.path),
                                                    ("support", task.effective_support, task.support, task.path)):
                    for index, name in enumerate(names):
                        if own:
                            yield from _finding(registry, name, due, msg("Nhiệm vụ {ref}", ref=task.ref),
                                                               (*owner_path, key, index))
                        elif names == (section.lead if key == "lead" else section.support):
                            best = inherited.get((key, index))
                            if best is None or due > best[1]:  # type: ignore[operator]
                                inherited[(key, index)] = (name, due)
        for (key, index), (name, due) in inherited.items():
            yield from _finding(registry, name, due,
                                msg("Các nhiệm vụ của nhóm {group}", group=section.number or section.title),
                                (*section.path, key, index))


def _finding(registry, name, due, who, path):  # type: ignore[no-untyped-def]
    entry = registry.lookup(name)
    if entry is None or entry.is_group or not entry.ended or entry.ended >= due.isoformat():
        return
    successors = [s.name for s in (registry.by_id(i) for i in entry.successors) if s is not None]
    hint = (msg("Đơn vị kế thừa: {names}.", names=data_list(successors))
            if successors else msg("Danh mục không ghi đơn vị kế thừa; giao lại nhiệm vụ cho đơn vị phù hợp."))
    ended = f"{entry.ended[8:10]}/{entry.ended[5:7]}/{entry.ended[:4]}"
    yield Finding(msg("{who} giao cho {agency}, cơ quan đã chấm dứt hoạt động từ {ended}, trước hạn {due:%d/%m/%Y}.",
                      who=who, agency=entry.name, ended=ended, due=due), hint, path=path)
