"""Kế hoạch không có nhiệm vụ nào.

Một kế hoạch, chương trình cải cách hành chính giao nhiệm vụ cho các cơ quan; kế hoạch không có
nhiệm vụ nào thì không có gì để theo dõi tiến độ. Thường đây là dấu hiệu bảng nhiệm vụ bị mất khi
chép hoặc nhập từ văn bản Word (``cchc import`` từ chối tạo kế hoạch rỗng, trừ khi dùng
``--allow-empty``). Nếu văn bản thật sự không giao nhiệm vụ nào, ghi chú bỏ qua kèm lý do.

Chỉ báo khi kế hoạch đã có nội dung (phần nội dung ``body`` hoặc phụ lục) mà không có cả chỉ
tiêu: một tệp mới chỉ có thông tin văn bản là kế hoạch đang soạn, và kế hoạch chỉ gồm các chỉ
tiêu vẫn có cái để theo dõi.

Đúng:

    appendices:
      - sections:
          - number: I
            title: CẢI CÁCH THỂ CHẾ
            tasks:
              - id: "1"
                content: Rà soát văn bản quy phạm pháp luật

Sai:

    appendices:
      - sections:
          - number: I
            title: CẢI CÁCH THỂ CHẾ
            tasks: []
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "T007"
NAME = "no-tasks"
TITLE = N_("Kế hoạch không có nhiệm vụ")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "plan"  # runs on each plan with its model


def _has_tasks(value: Any) -> bool:
    """Whether the data lists a task anywhere (read from the data, not the model, so that tasks
    the schema rejected still count: their errors are reported on their own)."""
    if isinstance(value, dict):
        tasks = value.get("tasks")
        if isinstance(tasks, list) and tasks:
            return True
        return any(_has_tasks(item) for key, item in value.items() if key in _CONTAINERS)
    if isinstance(value, list):
        return any(_has_tasks(item) for item in value)
    return False


_CONTAINERS = frozenset({"body", "content", "sections", "appendices"})


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    data = ctx.data
    if not isinstance(data, dict) or not (data.get("body") or data.get("appendices")):
        return  # a plan still being written: only its document fields so far
    if any(True for _ in plan.tasks()) or _has_tasks(data) or any(True for _ in plan.targets()):
        return
    yield Finding(
        msg("Kế hoạch không có nhiệm vụ nào."),
        msg("Kiểm tra bảng nhiệm vụ có bị mất khi chép hoặc nhập không; nếu văn bản thật sự không giao "
            "nhiệm vụ, ghi chú # cchc: ignore[T007] <lý do>."),
        path=("id",),
    )
