"""Nhiệm vụ không ghi thời gian hoàn thành.

Mỗi nhiệm vụ cần "Thời gian hoàn thành" (ví dụ "Quý II/2021", "Năm 2021", "Nhiệm vụ thường
xuyên") hoặc hạn cụ thể ``due``, để tính được nhiệm vụ nào đúng hạn, quá hạn. Nhiệm vụ có nhiệm
vụ con thì kiểm tra ở các nhiệm vụ con.

Đúng:

    - id: "1"
      content: Ban hành Kiến trúc chính quyền điện tử tỉnh (phiên bản 2.0) …
      deadline: Quý I/2021

Sai:

    - id: "1"
      content: Ban hành Kiến trúc chính quyền điện tử tỉnh (phiên bản 2.0) …
      deadline: ""
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "T003"
NAME = "task-no-deadline"
TITLE = N_("Nhiệm vụ thiếu thời gian hoàn thành")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, task in plan.leaf_tasks():
        if task.due is None and (task.deadline is None or not str(task.deadline).strip()):
            node = (*task.path, "deadline")
            present = ctx.loaded.has(node)
            yield Finding(
                msg("Nhiệm vụ {ref} không ghi thời gian hoàn thành.", ref=task.ref),
                msg("Ghi thời gian như văn bản, ví dụ deadline: Quý II/2021, deadline: Nhiệm vụ "
                    "thường xuyên; hoặc hạn cụ thể due: 2021-06-30."),
                path=node if present else task.path,
            )
