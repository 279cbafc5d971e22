"""Thời hạn của nhiệm vụ nằm trước thời kỳ kế hoạch.

Kế hoạch năm 2021 mà nhiệm vụ hạn "Quý IV/2020" hay "31/12/2019" thì nhiệm vụ đã quá hạn ngay khi
ban hành — thường do gõ nhầm năm (chép từ kế hoạch năm trước). Chỉ xét thời hạn đọc được thành
ngày; hạn sau thời kỳ kế hoạch thì được phép (nhiệm vụ kéo dài sang kỳ sau).

Là cảnh báo, không phải lỗi: tệp chép đúng văn bản đã ký, và kế hoạch năm thường ban hành từ tháng
12 năm trước, nên một nhiệm vụ chuẩn bị hạn "Tháng 12/2020" trong kế hoạch năm 2021 có thể đúng.
Muốn chặn trong CI, chạy ``cchc lint --strict``.

Đúng (period 2021):

    deadline: Quý IV/2021

Sai:

    deadline: Quý IV/2020
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context
from cchc.reading.deadline import Deadline
from cchc.reading.schedule import task_deadline

CODE = "T005"
NAME = "deadline-before-period"
TITLE = N_("Thời hạn trước thời kỳ kế hoạch")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    start = dt.date(plan.period.start, 1, 1)
    for _, task in plan.leaf_tasks():
        deadline = task_deadline(plan, task)
        if not isinstance(deadline, Deadline) or not deadline.milestones:
            continue
        first = min(m.due for m in deadline.milestones)
        if first < start:
            node = (*task.path, "due") if task.due else (*task.path, "deadline")
            yield Finding(msg("Nhiệm vụ {ref} có hạn {due:%d/%m/%Y}, trước thời kỳ kế hoạch ({start}–{end}).",
                              ref=task.ref, due=first, start=plan.period.start, end=plan.period.end),
                          msg("Kiểm tra lại năm của thời hạn (chép nhầm từ kế hoạch năm trước?)."),
                          path=node if ctx.loaded.has(node) else task.path)
