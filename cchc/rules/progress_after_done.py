"""Nhật ký tiến độ còn ghi tiếp sau khi nhiệm vụ đã hoàn thành.

Sau dòng ``status: done`` không được có dòng tiến độ nào khác: nhiệm vụ hoàn thành là kết thúc.
Nếu phải làm lại, ghi chú rõ trong ``note`` của dòng done hoặc tạo nhiệm vụ mới.

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

from cchc.diagnostics import Finding, Severity
from cchc.rules.base import Context

CODE = "P002"
NAME = "progress-after-done"
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, task in plan.tasks():
        done_at = None
        for entry in task.progress:
            if done_at is not None:
                yield Finding(
                    f"Nhiệm vụ {task.ref} đã hoàn thành ngày {done_at:%d/%m/%Y} nhưng nhật ký "
                    "vẫn ghi tiếp.",
                    "Xóa dòng ghi sau khi hoàn thành, hoặc sửa trạng thái của dòng done nếu ghi nhầm.",
                    path=entry.path,
                )
                break
            if entry.status == "done":
                done_at = entry.date
