"""Writers for ``cchc trace`` and ``cchc status --rollup`` (table, json, csv, markdown)."""

from __future__ import annotations

import csv
import io
import json
from typing import TextIO

from cchc.links import RollupLine, Trace, TracedTask
from cchc.output.console import make_console
from cchc.status import STATE_LABELS, StatusReport


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def _children(trace_task: TracedTask) -> str:
    children = trace_task.children
    return "; ".join(f"{c.unit}: {c.plan.id}#{c.task.key or c.task.ref} ({STATE_LABELS.get(c.state or '', 'chưa rõ')})"
                     for c in children)


def write_trace(trace: Trace, fmt: str, stream: TextIO) -> None:
    if fmt == "json":
        json.dump(trace.to_json(), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    header = ["TT", "Nhiệm vụ cấp trên", "Giao cho", "Đã đưa vào kế hoạch cấp dưới (trạng thái)", "Chưa có nhiệm vụ"]
    rows = [[t.task.key or t.task.ref, t.task.content, "; ".join(t.assigned), _children(t), "; ".join(t.missing)]
            for t in trace.tasks]
    title = f"Đối chiếu kế hoạch {trace.parent.id} — tính đến ngày {trace.as_of:%d/%m/%Y}"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        stream.write("\ufeff" + buffer.getvalue())
        return
    if fmt == "markdown":
        stream.write(f"# {title}\n\n| " + " | ".join(header) + " |\n|---|---|---|---|---|\n")
        for row in rows:
            stream.write("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |\n")
        return
    from rich.table import Table

    console = make_console(stream)
    table = Table(title=title, title_justify="left", expand=True)
    for index, column in enumerate(header):
        table.add_column(column, overflow="fold", ratio=(4 if index == 1 else 3 if index == 3 else 2 if index else 1),
                         style="red" if index == 4 else None)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    missing = sum(len(t.missing) for t in trace.tasks)
    console.print(f"{len(trace.tasks)} nhiệm vụ cấp trên; {missing} lượt đơn vị chưa có nhiệm vụ tương ứng.",
                  soft_wrap=True)


def write_rollup(lines: list[RollupLine], report: StatusReport, fmt: str, stream: TextIO) -> None:
    if fmt == "json":
        json.dump({"as_of": report.as_of.isoformat(), "units": [line.to_json() for line in lines]}, stream,
                  ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    header = ["Đơn vị", "Số kế hoạch", "Số mốc nhiệm vụ", "Đúng hạn", "Quá hạn (đã xong)", "Quá hạn", "Tỷ lệ đúng hạn"]
    rows = [[line.unit, str(line.plans), str(line.total), str(line.done_on_time), str(line.done_late),
             str(line.overdue), _percent(line.on_time_rate)] for line in lines]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        stream.write("\ufeff" + buffer.getvalue())
        return
    if fmt == "markdown":
        stream.write(f"# Tổng hợp theo đơn vị (tính đến ngày {report.as_of:%d/%m/%Y})\n\n| " + " | ".join(header)
                     + " |\n|---|---:|---:|---:|---:|---:|---:|\n")
        for row in rows:
            stream.write("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |\n")
        return
    from rich.table import Table

    console = make_console(stream)
    table = Table(title=f"Tổng hợp theo đơn vị — tính đến ngày {report.as_of:%d/%m/%Y}", title_justify="left")
    for index, column in enumerate(header):
        table.add_column(column, justify="left" if index == 0 else "right", overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)
