"""``cchc agencies``: results by lead agency (on time, overdue, on-time rate)."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.commands.common import (
    config,
    human,
    open_output,
    parse_date,
    read_workspace,
)
from cchc.commands.options import (
    AgenciesFormat,
    AsOfOpt,
    OutputOpt,
    PathsArg,
    SoonOpt,
    format_help,
)
from cchc.writing.formats import AGENCIES


def agencies(
    paths: PathsArg = None,
    as_of: AsOfOpt = None,
    soon: SoonOpt = None,
    format: Annotated[AgenciesFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                   help=format_help("Định dạng: {formats}.", AGENCIES))] = AgenciesFormat["table"],
    output: OutputOpt = None,
) -> None:
    """Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì: đúng hạn, quá hạn, tỷ lệ đúng hạn."""
    from cchc.deriving.status import agency_table, build_report

    day = parse_date(as_of)
    workspace = read_workspace(paths)
    report = build_report(workspace.plans, day, soon if soon is not None else config().soon, None,
                          workspace.skipped)
    lines = agency_table(report, workspace.registries)
    with open_output(output, newline="" if format.value == "csv" else None, human=human(format)) as stream:
        AGENCIES.writer(format.value)(lines, report, stream)
