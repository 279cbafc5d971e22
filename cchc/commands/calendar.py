"""``cchc calendar``: the tasks' due dates as an iCalendar file (RFC 5545)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cchc.base.i18n import tr
from cchc.base.oserrors import os_error_text
from cchc.commands.common import (
    check_agency,
    fail,
    parse_date,
    read_workspace,
    role_of,
)
from cchc.commands.options import (
    PathsArg,
    Role,
    RoleOpt,
)


def calendar(
    paths: PathsArg = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp .ics ghi ra (không có thì in ra màn hình).")] = None,
    agency: Annotated[str | None, typer.Option("--agency", help="Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp.")] = None,
    role: RoleOpt = Role.any,
    remind: Annotated[int, typer.Option("--remind", min=0, help="Nhắc trước hạn bao nhiêu ngày.")] = 7,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Tính đến ngày: chỉ dùng tiến độ ghi đến ngày này; cũng là ngày ghi vào DTSTAMP (để tệp giống hệt nhau giữa các lần chạy).")] = None,
) -> None:
    """Lịch các mốc hạn nhiệm vụ (tệp .ics, RFC 5545) để nhập vào Outlook, Google Calendar…"""
    from cchc.writing.calendar_ics import build_calendar

    chosen_role = role_of(role, agency)
    workspace = read_workspace(paths)
    check_agency(agency, workspace.registries.values())
    day = parse_date(as_of) if as_of else None
    text = build_calendar(workspace.plans, workspace.registries, agency=agency, remind_days=remind, as_of=day,
                          role=chosen_role)
    if output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        return
    from cchc.base.atomic import write_new_file

    try:
        write_new_file(output, text.encode("utf-8"))
    except OSError as exc:
        raise fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None
