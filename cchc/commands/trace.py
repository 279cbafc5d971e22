"""``cchc trace``: a parent plan's tasks against the plans of the units below it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc.base.i18n import tr
from cchc.commands.common import (
    config,
    fail,
    human,
    open_output,
    parse_date,
    read_workspace,
)
from cchc.commands.options import (
    AsOfOpt,
    OutputOpt,
    TraceFormat,
    format_help,
)
from cchc.writing.formats import TRACE


def trace(
    parent: Annotated[str, typer.Argument(help="Kế hoạch cấp trên: đường dẫn tệp hoặc mã kế hoạch (id).")],
    paths: Annotated[list[Path] | None, typer.Argument(help="Các kế hoạch cấp dưới (mặc định: plans/).", readable=False,
                                                        show_default=False)] = None,
    as_of: AsOfOpt = None,
    format: Annotated[TraceFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                help=format_help("Định dạng: {formats}.", TRACE))] = TraceFormat["table"],
    output: OutputOpt = None,
) -> None:
    """Đối chiếu kế hoạch cấp trên với các kế hoạch cấp dưới.

    Nhiệm vụ nào đơn vị nào đã đưa vào kế hoạch, đang ở trạng thái nào, và đơn vị nào trong nhóm
    được giao chưa có nhiệm vụ tương ứng."""
    from cchc.deriving.links import build_trace
    from cchc.deriving.status import build_report

    day = parse_date(as_of)
    targets_paths = list(paths) if paths else [config().plans]
    parent_path = Path(parent)
    if parent_path.is_file():
        targets_paths.append(parent_path)
    workspace = read_workspace(targets_paths)
    chosen = next((p for p in workspace.plans if p.id == parent or
                   (parent_path.is_file() and Path(p.source).resolve() == parent_path.resolve())), None)
    if chosen is None:
        raise fail(tr("không tìm thấy kế hoạch cấp trên \"{parent}\" (đường dẫn tệp hoặc mã kế hoạch).", parent=parent))
    status = build_report(workspace.plans, day)
    result = build_trace(chosen, workspace.plans, workspace.registries, status)
    with open_output(output, newline="" if format.value == "csv" else None, human=human(format)) as stream:
        TRACE.writer(format.value)(result, stream)
