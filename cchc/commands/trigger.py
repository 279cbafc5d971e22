"""``cchc trigger``: record the day a task's condition arose (its deadline counts from it)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from cchc.base.i18n import tr
from cchc.commands.common import (
    nfc,
    parse_date,
)
from cchc.commands.options import (
    DryRunOpt,
    ForceOpt,
    PlanArg,
    TaskArg,
    TodayOpt,
)
from cchc.commands.record import run_edit


def trigger(
    plan: PlanArg, task_id: TaskArg,
    date: Annotated[str, typer.Option("--date", "-d", help="Ngày điều kiện phát sinh, ví dụ ngày ban hành văn bản hướng dẫn.")],
    days: Annotated[int | None, typer.Option("--days", min=0, max=3650, help="Số ngày được giao để thực hiện kể từ ngày phát sinh.")] = None,
    months: Annotated[int | None, typer.Option("--months", min=0, max=120, help="Số tháng được giao để thực hiện kể từ ngày phát sinh.")] = None,
    note: Annotated[str | None, typer.Option("--note", "--source", help="Văn bản làm phát sinh điều kiện (ghi vào trigger.source).")] = None,
    dry_run: DryRunOpt = False, as_of: TodayOpt = None, force: ForceOpt = False,
) -> None:
    """Ghi ngày phát sinh điều kiện của nhiệm vụ "chờ điều kiện": hạn = ngày phát sinh + --days/--months.

    Thêm khóa trigger vào nhiệm vụ (không thay đổi phần nào khác của tệp). Nhiệm vụ đã có trigger
    thì từ chối, không ghi đè.
    """
    from cchc.authoring.edit import TriggerUpdate, record_trigger

    day = parse_date(date, "--date")
    today = parse_date(as_of, workspace=False)
    request = TriggerUpdate(nfc(task_id) or task_id, day, days, months, nfc(note))

    def describe(result: Any) -> str:
        fields = {"path": plan, "ref": result.task_ref, "date": result.date}
        return (tr("Sẽ ghi vào {path}: nhiệm vụ {ref} — điều kiện phát sinh ngày {date:%d/%m/%Y}.", **fields) if dry_run
                else tr("Đã ghi vào {path}: nhiệm vụ {ref} — điều kiện phát sinh ngày {date:%d/%m/%Y}.", **fields))

    run_edit(plan, lambda dry: record_trigger(plan, request, dry_run=dry, today=today, force=force), dry_run, describe)
