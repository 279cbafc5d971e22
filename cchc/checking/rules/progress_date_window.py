"""Ngày trong nhật ký tiến độ, trigger và kết quả phải nằm trong khoảng hợp lý của kế hoạch.

Khoảng hợp lý là từ ngày 01/01 của năm trước thời kỳ kế hoạch đến ngày 31/12 của năm sau thời kỳ
(kế hoạch 2027: từ 01/01/2026 đến 31/12/2028). Ngày ngoài khoảng này trong tệp sửa tay hầu như luôn
là gõ nhầm năm (2017, 2207 thay cho 2027), và một ngày hoàn thành quá sớm làm nhiệm vụ được tính là
đúng hạn. Khoảng chỉ dựa vào thời kỳ kế hoạch, không dựa vào ngày hôm nay, nên kết quả kiểm tra
không đổi theo ngày chạy.

Đúng (period 2027):

    progress:
      - {date: 2027-06-20, status: done}

Sai:

    progress:
      - {date: 2017-06-20, status: done}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from cchc.base.diagnostics import Finding, JsonPath, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context
from cchc.reading.model import Period

CODE = "P004"
NAME = "progress-date-window"
TITLE = N_("Ngày ngoài khoảng hợp lý")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def plausible_window(period: Period) -> tuple[dt.date, dt.date]:
    """From 1 January of the year before the period to 31 December of the year after it."""
    first = min(period.start, period.end) - 1
    last = max(period.start, period.end) + 1
    return (dt.date(min(max(first, dt.MINYEAR), dt.MAXYEAR), 1, 1),
            dt.date(min(max(last, dt.MINYEAR), dt.MAXYEAR), 12, 31))


def period_text(period: Period) -> str:
    """2021, or 2021–2025."""
    return str(period.start) if period.start == period.end else f"{period.start}–{period.end}"


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    first, last = plausible_window(plan.period)
    dated: list[tuple[dt.date, JsonPath]] = []
    for _, task in plan.tasks():
        dated += [(entry.date, (*entry.path, "date")) for entry in task.progress]
        if task.trigger is not None:
            dated.append((task.trigger.date, (*task.path, "trigger", "date")))
    for target in plan.targets():
        dated += [(result.date, (*result.path, "date")) for result in target.results]
    for day, path in dated:
        if not first <= day <= last:
            yield Finding(
                msg("Ngày {date:%d/%m/%Y} nằm ngoài khoảng hợp lý của kế hoạch thời kỳ {period} "
                    "({first:%d/%m/%Y}–{last:%d/%m/%Y}).", date=day, period=period_text(plan.period),
                    first=first, last=last),
                msg("Thường do gõ nhầm năm; kiểm tra lại ngày."), path=path)
