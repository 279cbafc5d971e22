"""Kết quả đo phải cùng đơn vị với chỉ tiêu.

Chỉ tiêu tính bằng % thì kết quả cũng phải là %; ghi kết quả bằng đơn vị khác (số hồ sơ, đơn
vị…) làm phép so sánh vô nghĩa. Kết quả không ghi đơn vị thì hiểu là cùng đơn vị với chỉ tiêu.

Đúng:

    measure: {comparison: at_least, value: 98, unit: "%"}
    results:
      - {date: 2021-12-31, value: 97.5, unit: "%"}

Sai:

    measure: {comparison: at_least, value: 98, unit: "%"}
    results:
      - {date: 2021-12-31, value: 1250, unit: hồ sơ}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "M001"
NAME = "target-result-unit"
TITLE = N_("Kết quả khác đơn vị chỉ tiêu")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for target in plan.targets():
        measure = target.measure
        if measure is None or not measure.unit:
            continue
        for result in target.results:
            if result.unit and result.unit.strip() != measure.unit.strip():
                yield Finding(msg("Kết quả của chỉ tiêu {target} ghi đơn vị \"{unit}\", khác đơn vị của chỉ tiêu \"{expected}\".",
                                  target=target.id or "", unit=result.unit, expected=measure.unit),
                              msg("Quy đổi kết quả sang {unit} hoặc bỏ unit nếu đã đúng đơn vị.", unit=measure.unit),
                              path=(*result.path, "unit"))
