"""Nhiệm vụ không có cơ quan chủ trì.

Mỗi nhiệm vụ phải giao cho ít nhất một cơ quan chủ trì — ghi ở nhiệm vụ (``lead``), ở nhiệm vụ
cha hoặc ở nhóm nhiệm vụ (phần "Phân công trách nhiệm"); không có cơ quan chủ trì thì không ai
chịu trách nhiệm báo cáo tiến độ. Chỉ kiểm tra nhiệm vụ không có nhiệm vụ con.

Đúng:

    - id: "2"
      content: Ban hành Quy tắc ứng xử …
      lead: [Sở Nội vụ]

Sai:

    - id: "2"
      content: Ban hành Quy tắc ứng xử …
      lead: []
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "T001"
NAME = "task-no-lead"
TITLE = N_("Nhiệm vụ thiếu cơ quan chủ trì")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, task in plan.leaf_tasks():
        if not task.effective_lead:
            node = (*task.path, "lead")
            yield Finding(
                msg("Nhiệm vụ {ref} không có cơ quan chủ trì.", ref=task.ref),
                msg("Thêm lead: [tên cơ quan] cho nhiệm vụ, hoặc lead chung cho cả nhóm nhiệm vụ."),
                path=node if ctx.loaded.has(node) else task.path,
            )
