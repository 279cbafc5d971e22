"""Nhật ký tiến độ phải theo thứ tự ngày.

Nhật ký tiến độ (``progress``) chỉ ghi thêm: mỗi lần cập nhật là một dòng mới ở cuối, ngày không
được lùi so với dòng trước. Ngày lùi thường là dấu hiệu sửa nhầm dòng cũ hoặc gõ sai năm.

Đúng:

    progress:
      - {date: 2021-03-15, status: doing}
      - {date: 2021-06-20, status: done, evidence: Quyết định số 1234/QĐ-UBND}

Sai:

    progress:
      - {date: 2021-06-20, status: done}
      - {date: 2021-03-15, status: doing}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "P001"
NAME = "progress-order"
TITLE = N_("Tiến độ sai thứ tự ngày")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, task in plan.tasks():
        for previous, entry in zip(task.progress, task.progress[1:], strict=False):
            if entry.date < previous.date:
                yield Finding(
                    msg("Nhật ký tiến độ của nhiệm vụ {ref}: ngày {date:%d/%m/%Y} sớm hơn dòng trước ({previous:%d/%m/%Y}).",
                        ref=task.ref, date=entry.date, previous=previous.date),
                    msg("Nhật ký chỉ ghi thêm theo thứ tự thời gian; kiểm tra lại ngày hoặc thứ tự các dòng."),
                    path=(*entry.path, "date"),
                )
