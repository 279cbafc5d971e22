"""``cchc result``: append a measured value to a target's results log."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

import typer

from cchc.base.i18n import tr
from cchc.commands.common import (
    fail,
    nfc,
    parse_date,
)
from cchc.commands.options import (
    DryRunOpt,
    ForceOpt,
    NoteOpt,
    PlanArg,
    TodayOpt,
)
from cchc.commands.record import run_edit


class ResultLevel(str, Enum):
    tinh = "tinh"
    huyen = "huyen"
    xa = "xa"


def _number(value: str) -> float:
    import math

    text = value.strip().replace("\u00a0", "").replace(" ", "")
    text = text[:-1] if text.endswith("%") else text
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # 85,5 as Vietnamese write it
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise fail(tr("giá trị \"{value}\" của --value không phải một số; viết dạng 85 hoặc 85.5.", value=value))
    return number


def result(
    plan: PlanArg,
    target_id: Annotated[str, typer.Argument(help="Mã chỉ tiêu (id), ví dụ 1.2-2.")],
    year: Annotated[int, typer.Option("--year", min=1900, max=2999, help="Năm của số liệu.")],
    value: Annotated[str, typer.Option("--value", help="Giá trị đo được (số; với chỉ tiêu xếp hạng là thứ hạng).")],
    evidence: Annotated[str | None, typer.Option("--evidence", "--source", help="Nguồn số liệu, ví dụ số báo cáo (ghi vào source).")] = None,
    date: Annotated[str | None, typer.Option("--date", "-d", help="Ngày số liệu trong năm --year; mặc định 31/12 của năm đó (hoặc hôm nay nếu năm chưa hết).")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="Đơn vị của giá trị (phải giống đơn vị của chỉ tiêu).")] = None,
    level: Annotated[ResultLevel | None, typer.Option("--level", help="Cấp của số liệu khi chỉ tiêu chia theo cấp: tinh, huyen, xa.")] = None,
    unit_name: Annotated[str | None, typer.Option("--unit-name", help="Đơn vị của số liệu khi chỉ tiêu giao theo đơn vị.")] = None,
    note: NoteOpt = None,
    dry_run: DryRunOpt = False, as_of: TodayOpt = None, force: ForceOpt = False,
) -> None:
    """Ghi kết quả đo của một chỉ tiêu vào nhật ký results (không thay đổi phần nào khác của tệp)."""
    from cchc.authoring.edit import ResultUpdate, record_result

    number = _number(value)
    day = parse_date(date, "--date") if date is not None else None
    today = parse_date(as_of, workspace=False)
    request = ResultUpdate(nfc(target_id) or target_id, year, number, day, nfc(evidence), nfc(note), nfc(unit),
                           level.value if level else None, nfc(unit_name))

    def describe(outcome: Any) -> str:
        fields = {"path": plan, "target": outcome.task_ref, "value": value.strip(), "date": outcome.date}
        return (tr("Sẽ ghi vào {path}: chỉ tiêu {target} — kết quả {value} ngày {date:%d/%m/%Y}.", **fields) if dry_run
                else tr("Đã ghi vào {path}: chỉ tiêu {target} — kết quả {value} ngày {date:%d/%m/%Y}.", **fields))

    run_edit(plan, lambda dry: record_result(plan, request, dry_run=dry, today=today, force=force), dry_run, describe)
