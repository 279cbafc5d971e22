"""Thời kỳ kế hoạch phải hợp lý: năm bắt đầu không sau năm kết thúc, năm định hướng không trước
năm kết thúc.

Đúng:

    period: {start: 2021, end: 2025, vision: 2030}

Sai:

    period: {start: 2025, end: 2021}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "D003"
NAME = "period-order"
TITLE = N_("Thời kỳ kế hoạch không hợp lý")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    period = plan.period
    if period.start > period.end:
        yield Finding(msg("Năm bắt đầu {start} sau năm kết thúc {end}.", start=period.start, end=period.end),
                      msg("Đổi chỗ hai năm, ví dụ period: {start: 2021, end: 2025}."), path=("period", "start"))
    if period.vision is not None and period.vision < period.end:
        yield Finding(msg("Năm định hướng {vision} trước năm kết thúc {end}.", vision=period.vision, end=period.end),
                      msg("Năm định hướng (vision) là năm xa hơn, ví dụ \"định hướng đến năm 2030\"."),
                      path=("period", "vision"))
