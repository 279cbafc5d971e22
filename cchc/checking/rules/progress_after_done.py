"""Nhật ký tiến độ còn ghi tiếp sau khi nhiệm vụ đã hoàn thành.

Sau dòng ``status: done`` không được có dòng tiến độ nào khác: nhiệm vụ hoàn thành là kết thúc.
Nếu phải làm lại, ghi chú rõ trong ``note`` của dòng done hoặc tạo nhiệm vụ mới. Với nhiệm vụ
định kỳ, quy tắc áp dụng cho từng kỳ (``occurrence``): xong kỳ 2021-Q2 vẫn ghi tiếp được kỳ
2021-Q3, nhưng không ghi thêm cho kỳ 2021-Q2.

Đúng:

    progress:
      - {date: 2021-03-15, status: doing}
      - {date: 2021-06-20, status: done}

Sai:

    progress:
      - {date: 2021-06-20, status: done}
      - {date: 2021-07-01, status: doing}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "P002"
NAME = "progress-after-done"
TITLE = N_("Tiến độ ghi sau khi đã hoàn thành")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, task in plan.tasks():
        done_at: dict[str | None, object] = {}
        for entry in task.progress:
            key = entry.occurrence
            finished = done_at.get(key) or (done_at.get(None) if key is None else None)
            if finished is not None:
                which = msg(" kỳ {occurrence}", occurrence=key) if key else ""
                yield Finding(
                    msg("Nhiệm vụ {ref}{which} đã hoàn thành ngày {finished:%d/%m/%Y} nhưng nhật ký vẫn ghi tiếp.",
                        ref=task.ref, which=which, finished=finished),
                    msg("Xóa dòng ghi sau khi hoàn thành, hoặc sửa trạng thái của dòng done nếu ghi nhầm; "
                        "với nhiệm vụ định kỳ, ghi occurrence cho kỳ mới."),
                    path=entry.path,
                )
                break
            if entry.status == "done":
                done_at[key] = entry.date
