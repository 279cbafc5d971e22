"""``cchc rules``: the lint rules and their documentation."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cchc.base.i18n import tr
from cchc.commands.common import (
    stderr,
)
from cchc.commands.options import (
    RulesFormat,
    format_help,
)
from cchc.writing.formats import RULES


def rules(
    format: Annotated[RulesFormat, typer.Option("--format", "-f", help=format_help("Định dạng: {formats}.", RULES),
                                                case_sensitive=False)] = RulesFormat["text"],
    code: Annotated[str | None, typer.Argument(help="Chỉ in một quy tắc (ví dụ T002).", show_default=False)] = None,
) -> None:
    """Liệt kê các quy tắc kiểm tra: mã, tên, mức độ mặc định và hướng dẫn kèm ví dụ."""
    from cchc.checking.ruledoc import selected_rules

    try:
        sys.stdout.write(RULES.writer(format.value)(selected_rules(code)))
    except KeyError:
        stderr("cchc: " + tr("không có quy tắc \"{code}\" (xem danh sách bằng cchc rules).", code=code))
        raise typer.Exit(2) from None
