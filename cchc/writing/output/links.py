"""Writers for ``cchc trace`` and ``cchc status --rollup`` (table, json, csv, markdown)."""

from __future__ import annotations

import json
from typing import TextIO

from cchc.base import csvfile
from cchc.base.i18n import decimal, tr
from cchc.deriving.links import RollupLine, Trace, TracedTask
from cchc.deriving.status import STATE_LABELS, StatusReport
from cchc.writing.output.console import make_console


def _percent(value: float | None) -> str:
    return "—" if value is None else decimal(f"{value * 100:.1f}%")


def _children(trace_task: TracedTask) -> str:
    children = trace_task.children
    return "; ".join(f"{c.unit}: {c.plan.id}#{c.task.key or c.task.ref} "
                     f"({tr(STATE_LABELS[c.state]) if c.state in STATE_LABELS else tr('chưa rõ')})"
                     for c in children)


def trace_json(trace: Trace, stream: TextIO) -> None:
    json.dump(trace.to_json(), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _trace_header() -> list[str]:
    return [tr("TT"), tr("Nhiệm vụ cấp trên"), tr("Giao cho"), tr("Đã đưa vào kế hoạch cấp dưới (trạng thái)"),
            tr("Chưa có nhiệm vụ")]


def _trace_rows(trace: Trace) -> list[list[str]]:
    return [[t.task.key or t.task.ref, t.task.content, "; ".join(t.assigned), _children(t), "; ".join(t.missing)]
            for t in trace.tasks]


def _trace_title(trace: Trace) -> str:
    return tr("Đối chiếu kế hoạch {plan} — tính đến ngày {date:%d/%m/%Y}", plan=trace.parent.id, date=trace.as_of)


def trace_csv(trace: Trace, stream: TextIO) -> None:
    csvfile.write(stream, _trace_header(), _trace_rows(trace))


def trace_markdown(trace: Trace, stream: TextIO) -> None:
    from cchc.base.text import md_safe

    stream.write(f"# {md_safe(_trace_title(trace))}\n\n| " + " | ".join(_trace_header()) + " |\n|---|---|---|---|---|\n")
    for row in _trace_rows(trace):
        stream.write("| " + " | ".join(md_safe(c).replace("|", "\\|") for c in row) + " |\n")


def trace_table(trace: Trace, stream: TextIO) -> None:
    from rich.table import Table

    console = make_console(stream)
    table = Table(title=_trace_title(trace), title_justify="left", expand=True)
    for index, column in enumerate(_trace_header()):
        table.add_column(column, overflow="fold", ratio=(4 if index == 1 else 3 if index == 3 else 2 if index else 1),
                         style="red" if index == 4 else None)
    for row in _trace_rows(trace):
        table.add_row(*row)
    console.print(table)
    missing = sum(len(t.missing) for t in trace.tasks)
    console.print(tr("{count} nhiệm vụ cấp trên", count=len(trace.tasks)) + "; "
                  + tr("{count} lượt đơn vị chưa có nhiệm vụ tương ứng.", count=missing), soft_wrap=True)


def rollup_json(lines: list[RollupLine], report: StatusReport, stream: TextIO) -> None:
    json.dump({"as_of": report.as_of.isoformat(), "units": [line.to_json() for line in lines]}, stream,
              ensure_ascii=False, indent=2)
    stream.write("\n")


def _rollup_header() -> list[str]:
    return [tr("Đơn vị"), tr("Số kế hoạch"), tr("Số mốc nhiệm vụ"), tr("Đúng hạn"), tr("Quá hạn (đã xong)"),
            tr("Quá hạn"), tr("Tỷ lệ đúng hạn")]


def _rollup_rows(lines: list[RollupLine]) -> list[list[str]]:
    return [[line.unit, str(line.plans), str(line.total), str(line.done_on_time), str(line.done_late),
             str(line.overdue), _percent(line.on_time_rate)] for line in lines]


def rollup_csv(lines: list[RollupLine], report: StatusReport, stream: TextIO) -> None:
    csvfile.write(stream, _rollup_header(), _rollup_rows(lines))


def rollup_markdown(lines: list[RollupLine], report: StatusReport, stream: TextIO) -> None:
    stream.write("# " + tr("Tổng hợp theo đơn vị (tính đến ngày {date:%d/%m/%Y})", date=report.as_of)
                 + "\n\n| " + " | ".join(_rollup_header())
                 + " |\n|---|---:|---:|---:|---:|---:|---:|\n")
    from cchc.base.text import md_safe

    for row in _rollup_rows(lines):
        stream.write("| " + " | ".join(md_safe(c).replace("|", "\\|") for c in row) + " |\n")


def rollup_table(lines: list[RollupLine], report: StatusReport, stream: TextIO) -> None:
    from rich.table import Table

    console = make_console(stream)
    table = Table(title=tr("Tổng hợp theo đơn vị — tính đến ngày {date:%d/%m/%Y}", date=report.as_of), title_justify="left")
    for index, column in enumerate(_rollup_header()):
        table.add_column(column, justify="left" if index == 0 else "right", overflow="fold")
    for row in _rollup_rows(lines):
        table.add_row(*row)
    console.print(table)
