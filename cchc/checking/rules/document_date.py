"""Ngày ban hành và ngày của văn bản tham chiếu phải là ngày có thật.

Định dạng cho phép để trống ngày (YYYY-MM) hoặc cả tháng (YYYY) khi bản gốc để trống, nhưng ngày
ghi đủ phải tồn tại trên lịch (không có ngày 30/02, 31/4…).

Đúng:

    date: 2021-09-29
    date: "2021-11"

Sai:

    date: 2021-02-30
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, JsonPath, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context
from cchc.reading.model import PartialDate

CODE = "D002"
NAME = "document-date"
TITLE = N_("Ngày văn bản không có thật")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    dates: list[tuple[PartialDate | None, JsonPath]] = [(plan.document.date, ("document", "date"))]
    dates += [(ref.date, ("implements", i, "date")) for i, ref in enumerate(plan.implements)]
    for value, path in dates:
        if value is not None and value.day is not None and value.as_date() is None:
            yield Finding(msg("Ngày {day:02d}/{month:02d}/{year} không có thật trên lịch.",
                              day=value.day, month=value.month, year=value.year),
                          msg("Kiểm tra lại ngày, tháng theo bản gốc."), path=path)
