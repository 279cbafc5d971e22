"""Kỳ (``occurrence``) ghi trong nhật ký tiến độ phải là một mốc của nhiệm vụ; trigger chỉ dùng cho
thời hạn chờ điều kiện.

Nhiệm vụ định kỳ hoặc có nhiều mốc (Hằng quý, Quý II và Quý IV/2021…) ghi ``occurrence`` để biết
dòng tiến độ thuộc mốc nào; mốc không có trong thời hạn của nhiệm vụ là lỗi gõ. Khóa ``trigger``
(ngày điều kiện phát sinh) chỉ có nghĩa khi thời hạn là "Sau khi có…", "Theo tiến độ…".

Đúng (thời hạn Quý II và Quý IV/2021):

    progress:
      - {date: 2021-06-20, status: done, occurrence: 2021-Q2}

Sai:

    progress:
      - {date: 2021-06-20, status: done, occurrence: 2021-Q3}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.base.text import excerpt
from cchc.checking.rules.base import Context
from cchc.reading.deadline import Deadline
from cchc.reading.schedule import task_deadline

CODE = "P003"
NAME = "progress-occurrence"
TITLE = N_("Kỳ tiến độ không phải mốc của nhiệm vụ")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, task in plan.leaf_tasks():
        deadline = task_deadline(plan, task)
        if not isinstance(deadline, Deadline):
            continue
        if task.trigger is not None and deadline.kind != "conditional":
            yield Finding(msg("Nhiệm vụ {ref} có trigger nhưng thời hạn \"{deadline}\" không phải dạng chờ điều kiện.",
                              ref=task.ref, deadline=excerpt(task.deadline or "")),
                          msg("Bỏ khóa trigger, hoặc dùng due: để ghi hạn cụ thể."),
                          path=(*task.path, "trigger"))
        labels = [m.label for m in deadline.milestones]
        for entry in task.progress:
            if entry.occurrence is None:
                continue
            if entry.occurrence not in labels:
                hint = (msg("Các mốc của nhiệm vụ: {labels}.", labels=", ".join(labels)) if labels
                        else msg("Nhiệm vụ này không có mốc hạn; bỏ occurrence."))
                yield Finding(msg("Nhiệm vụ {ref} không có mốc \"{occurrence}\".", ref=task.ref,
                                  occurrence=excerpt(entry.occurrence)), hint,
                              path=(*entry.path, "occurrence"))
