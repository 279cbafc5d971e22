"""``cchc targets``: targets with their goal for the period, the latest result and a verdict."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.commands.common import (
    human,
    open_output,
    parse_date,
    read_workspace,
)
from cchc.commands.options import (
    AsOfOpt,
    OutputOpt,
    PathsArg,
    TargetsFormat,
    format_help,
)
from cchc.writing.formats import TARGETS


def targets(
    paths: PathsArg = None,
    as_of: AsOfOpt = None,
    format: Annotated[TargetsFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                  help=format_help("Định dạng: {formats}.", TARGETS))] = TargetsFormat["table"],
    output: OutputOpt = None,
) -> None:
    """Các chỉ tiêu: mục tiêu của kỳ, kết quả mới nhất và đánh giá đạt / không đạt / đúng lộ trình."""
    from cchc.deriving.targets import build_targets

    day = parse_date(as_of)
    workspace = read_workspace(paths)
    report = build_targets(workspace.plans, day)
    with open_output(output, newline="" if format.value == "csv" else None, human=human(format)) as stream:
        TARGETS.writer(format.value)(report, stream)
