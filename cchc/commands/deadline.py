"""``cchc deadline``: how cchc reads one completion time (kind, start, due dates)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cchc.base.i18n import tr
from cchc.commands.common import (
    fail,
    parse_date,
    stderr,
)
from cchc.commands.options import (
    DeadlineFormat,
    format_help,
)
from cchc.writing.formats import DEADLINE


def deadline(
    text: Annotated[str, typer.Argument(help="Thời gian hoàn thành như văn bản ghi, ví dụ \"Quý II/2021\".")],
    period: Annotated[str | None, typer.Option("--period", help="Thời kỳ kế hoạch: 2021 hoặc 2021-2025.")] = None,
    issued: Annotated[str | None, typer.Option(
        "--issued", help="Ngày ký kế hoạch (2022-03-15 hoặc 15/03/2022): mốc của \"… kể từ ngày ký\".")] = None,
    format: Annotated[DeadlineFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                   help=format_help("Định dạng: {formats}.", DEADLINE))] = DeadlineFormat["text"],
) -> None:
    """Giải thích cách cchc hiểu một "Thời gian hoàn thành": loại, ngày bắt đầu, các mốc hạn."""
    from cchc.reading.deadline import DeadlineError, PlanPeriod, parse_deadline

    plan_period = None
    if period is not None:
        plan_period = PlanPeriod.parse(period)
        if plan_period is None:
            raise fail(tr("thời kỳ \"{period}\" không hợp lệ; viết dạng 2021 hoặc 2021-2025.", period=period))
    issued_day = parse_date(issued, "--issued") if issued is not None else None
    result = parse_deadline(text, plan_period, issued_day)
    DEADLINE.writer(format.value)(text, result, sys.stdout)
    if isinstance(result, DeadlineError):
        stderr(f"cchc: {result.message}")
        if result.hint:
            stderr("  " + tr("gợi ý: {hint}", hint=result.hint))
        raise typer.Exit(1)
