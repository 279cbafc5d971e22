"""Năm phải đạt của chỉ tiêu (và các năm trong lộ trình) phải nằm trong thời kỳ kế hoạch.

Kế hoạch 2021–2025 không đặt được chỉ tiêu cho năm 2030 (đó là định hướng, ghi ở ``vision``);
năm ngoài thời kỳ thường là gõ nhầm.

Đúng (period 2021–2025):

    measure: {comparison: at_least, value: 80, unit: "%", year: 2025}

Sai:

    measure: {comparison: at_least, value: 80, unit: "%", year: 2026}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "M004"
NAME = "target-year"
TITLE = N_("Năm chỉ tiêu ngoài thời kỳ")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    start, end = plan.period.start, max(plan.period.end, plan.period.vision or plan.period.end)
    for target in plan.targets():
        measure = target.measure
        if measure is None:
            continue
        years = [(measure.year, (*target.path, "measure", "year"))] if measure.year else []
        years += [(s.year, (*target.path, "measure", "schedule", i, "year")) for i, s in enumerate(measure.schedule)]
        for year, path in years:
            if not start <= year <= end:
                yield Finding(msg("Năm {year} của chỉ tiêu {target} nằm ngoài thời kỳ kế hoạch {start}–{end}.",
                                  year=year, target=target.id or "", start=plan.period.start, end=plan.period.end),
                              msg("Kiểm tra lại năm; mục tiêu dài hạn ghi ở period.vision."), path=path)
