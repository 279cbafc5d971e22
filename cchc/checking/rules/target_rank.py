"""Kết quả của chỉ tiêu xếp hạng phải là số nguyên.

Chỉ tiêu dạng "thuộc nhóm 20 tỉnh đứng đầu" (``comparison: top_n``) được đo bằng thứ hạng: 1, 2,
… 63. Thứ hạng có phần lẻ (12,5) thường là nhầm với điểm số của chỉ số.

Đúng:

    measure: {comparison: top_n, value: 20, unit: hạng}
    results:
      - {date: 2022-05-30, value: 18}

Sai:

    results:
      - {date: 2022-05-30, value: 84.5}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "M003"
NAME = "target-rank-integer"
TITLE = N_("Thứ hạng không phải số nguyên")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for target in plan.targets():
        if target.measure is None or target.measure.comparison != "top_n":
            continue
        for result in target.results:
            if not float(result.value).is_integer() or result.value < 1:
                yield Finding(msg("Chỉ tiêu xếp hạng nhưng kết quả {value:g} không phải thứ hạng (số nguyên dương).",
                                  value=result.value),
                              msg("Ghi thứ hạng (ví dụ 18), không ghi điểm số của chỉ số."), path=(*result.path, "value"))
