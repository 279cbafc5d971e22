"""Tỷ lệ phần trăm không được vượt quá 100.

Áp dụng cho giá trị mục tiêu, giá trị theo cấp, lộ trình và kết quả có đơn vị "%". Số lớn hơn
100 thường là gõ nhầm (980 thay cho 98) hoặc nhầm đơn vị (số hồ sơ thay cho tỷ lệ).

Đúng:

    measure: {comparison: at_least, value: 98, unit: "%"}

Sai:

    measure: {comparison: at_least, value: 980, unit: "%"}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, JsonPath, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "M002"
NAME = "target-percentage"
TITLE = N_("Tỷ lệ phần trăm quá 100")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for target in plan.targets():
        measure = target.measure
        if measure is None:
            continue
        percent = (measure.unit or "").strip() == "%"
        values: list[tuple[float | None, JsonPath]] = []
        if percent:
            values.append((measure.value, (*target.path, "measure", "value")))
            values += [(s.value, (*target.path, "measure", "breakdown", i, "value"))
                       for i, s in enumerate(measure.breakdown)]
            values += [(s.value, (*target.path, "measure", "schedule", i, "value"))
                       for i, s in enumerate(measure.schedule)]
        for result in target.results:
            if (result.unit or measure.unit or "").strip() == "%":
                values.append((result.value, (*result.path, "value")))
        for value, path in values:
            if value is not None and (value > 100 or value < 0):
                yield Finding(msg("Tỷ lệ {value:g}% nằm ngoài khoảng 0–100%.", value=value),
                              msg("Kiểm tra lại số (gõ nhầm?) hoặc đơn vị (số lượng thay vì tỷ lệ?)."), path=path)
