"""Writers for status reports and the per-agency table: table (rich), json, csv, markdown.

The JSON contract (fields may be added, never renamed)::

    {"as_of", "summary": {state: count}, "tasks": [{"plan", "id", "title", "area", "lead", "support",
     "deadline", "due", "state", "days_overdue", "completed", ...}]}

CSV is UTF-8 with a BOM so that Excel shows Vietnamese correctly.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TextIO

from cchc.areas import BY_CODE
from cchc.output.console import make_console
from cchc.status import STATE_LABELS, STATE_STYLES, STATES, AgencyLine, Row, StatusReport

COLUMNS = ("Kế hoạch", "TT", "Nội dung, nhiệm vụ", "Lĩnh vực", "Cơ quan chủ trì", "Cơ quan phối hợp",
           "Thời gian hoàn thành", "Hạn", "Trạng thái", "Số ngày quá hạn", "Ngày hoàn thành")


def _date(value: object) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""  # type: ignore[attr-defined]


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def _area(code: str | None) -> str:
    area = BY_CODE.get(code or "")
    return area.short if area else ""


def summary_line(report: StatusReport) -> str:
    counts = report.counts()
    parts = [f"{STATE_LABELS[s]}: {counts[s]}" for s in STATES if counts[s]]
    total = sum(counts.values())
    return (f"Tính đến ngày {report.as_of:%d/%m/%Y}: {total} mốc nhiệm vụ"
            + (" — " + "; ".join(parts) if parts else "")
            + f". Tỷ lệ hoàn thành đúng hạn (trên số nhiệm vụ đã đến hạn): {_rate(report.on_time_rate)}.")


def report_json(report: StatusReport) -> dict[str, object]:
    return {
        "as_of": report.as_of.isoformat(),
        "summary": report.counts(),
        "total": len(report.rows),
        "came_due": report.came_due,
        "on_time_rate": round(report.on_time_rate, 4) if report.on_time_rate is not None else None,
        "tasks": [row.to_json() for row in report.rows],
        "parents": [{"plan": plan_id, "id": ref, "state": state} for plan_id, ref, state in report.parents()],
        "warnings": [
            {"plan": u.plan.id, "id": u.task.key or u.task.ref, "deadline": u.task.deadline, "message": u.error.message}
            for u in report.unreadable
        ] + [{"file": path, "message": "Không đọc được kế hoạch (chạy cchc lint để xem lỗi)."} for path in report.skipped],
    }


def write_json(report: StatusReport, stream: TextIO) -> None:
    json.dump(report_json(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _row_cells(row: Row) -> list[str]:
    return [
        row.plan.id, row.id, row.task.content, _area(row.area), "; ".join(row.task.effective_lead),
        "; ".join(row.task.effective_support), row.deadline_text, _date(row.due), STATE_LABELS[row.state],
        str(row.days_overdue) if row.days_overdue is not None else "", _date(row.completed),
    ]


def write_csv(report: StatusReport, stream: TextIO) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*COLUMNS, "state"])
    for row in report.rows:
        writer.writerow([*_row_cells(row), row.state])
    stream.write("\ufeff" + buffer.getvalue())


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write_markdown(report: StatusReport, stream: TextIO) -> None:
    stream.write(f"# Tình hình thực hiện nhiệm vụ cải cách hành chính\n\n{summary_line(report)}\n\n")
    for plan_id, rows in _grouped(report.rows):
        stream.write(f"## {plan_id}\n\n")
        stream.write("| TT | Nội dung, nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Hạn | Trạng thái | Quá hạn (ngày) |\n")
        stream.write("|---|---|---|---|---|---|---:|\n")
        for row in rows:
            cells = _row_cells(row)
            stream.write("| " + " | ".join(_md(c) for c in (cells[1], cells[2], cells[4], cells[6], cells[7], cells[8], cells[9]))
                         + " |\n")
        stream.write("\n")


def _grouped(rows: tuple[Row, ...]) -> list[tuple[str, list[Row]]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.plan.id, []).append(row)
    return list(groups.items())


def _by_plan(report: StatusReport) -> tuple[dict[str, list[Row]], dict[str, str]]:
    by_plan: dict[str, list[Row]] = {}
    titles: dict[str, str] = {}
    for row in report.rows:
        by_plan.setdefault(row.plan.id, []).append(row)
        titles[row.plan.id] = f"{row.plan.document.type} {row.plan.document.title}"
    return by_plan, titles


def _area_groups(rows: list[Row]) -> list[tuple[str, list[Row]]]:
    by_area: dict[str | None, list[Row]] = {}
    for row in rows:
        by_area.setdefault(row.area, []).append(row)
    order = list(BY_CODE)
    groups = []
    for area_code in sorted(by_area, key=lambda c: order.index(c) if c in order else 99):
        area = BY_CODE.get(area_code or "")
        groups.append(((area.name if area else "Chưa xác định lĩnh vực").upper(), by_area[area_code]))
    return groups


def _task_cells(row: Row) -> tuple[str, ...]:
    return (row.id, row.task.content, "; ".join(row.task.effective_lead), row.deadline_text, _date(row.due),
            STATE_LABELS[row.state], f"{row.days_overdue} ngày" if row.days_overdue is not None else "")


def _notes(report: StatusReport) -> list[str]:
    return ([f"Chú ý: {item.plan.id} {item.task.ref}: {item.error.message}" for item in report.unreadable]
            + [f"Chú ý: bỏ qua {path}: không đọc được kế hoạch (chạy cchc lint để xem lỗi)." for path in report.skipped])


def write_table(report: StatusReport, stream: TextIO, *, color: bool | None = None) -> None:
    terminal = stream.isatty() if color is None else color
    if not terminal:
        _write_plain_table(report, stream)
        return
    from rich.table import Table
    from rich.text import Text

    console = make_console(stream, color=color)
    by_plan, titles = _by_plan(report)
    if not report.rows:
        console.print("Không có nhiệm vụ nào khớp điều kiện lọc.")
    for plan_id, rows in by_plan.items():
        table = Table(title=f"{plan_id} — {titles[plan_id]}", title_justify="left", title_style="bold",
                      expand=True)
        table.add_column("TT", no_wrap=True, overflow="fold")
        table.add_column("Nhiệm vụ", ratio=6, overflow="fold", min_width=30)
        table.add_column("Chủ trì", ratio=2, overflow="fold", min_width=12)
        table.add_column("Thời hạn", ratio=2, overflow="fold", min_width=10)
        table.add_column("Hạn", no_wrap=True)
        table.add_column("Trạng thái", overflow="fold", min_width=10)
        table.add_column("Quá hạn", justify="right", no_wrap=True)
        for area_name, area_rows in _area_groups(rows):
            table.add_row("", Text(area_name, style="bold"), "", "", "", "", "")
            for row in area_rows:
                cells = _task_cells(row)
                table.add_row(*cells[:5], Text(cells[5], style=STATE_STYLES[row.state]), cells[6])
            table.add_section()
        console.print(table)
    for note in _notes(report):
        head, _, rest = note.partition(":")
        console.print(Text.assemble((head + ":", "yellow"), rest))
    console.print(summary_line(report), soft_wrap=True)


def _write_plain_table(report: StatusReport, stream: TextIO) -> None:
    """The same table without rich, streamed: for files, pipes and CI logs (see plaintable)."""
    from cchc.output.plaintable import SECTION, Column, write

    columns = (Column("TT", no_wrap=True), Column("Nhiệm vụ", ratio=6, min_width=30),
               Column("Chủ trì", ratio=2, min_width=12), Column("Thời hạn", ratio=2, min_width=10),
               Column("Hạn", no_wrap=True), Column("Trạng thái", min_width=10),
               Column("Quá hạn", right=True, no_wrap=True))
    by_plan, titles = _by_plan(report)
    if not report.rows:
        stream.write("Không có nhiệm vụ nào khớp điều kiện lọc.\n")
    for plan_id, rows in by_plan.items():
        table: list[tuple[str, ...] | None] = []
        for area_name, area_rows in _area_groups(rows):
            table.append(("", area_name, "", "", "", "", ""))
            table.extend(_task_cells(row) for row in area_rows)
            table.append(SECTION)
        write(stream, columns, table, title=f"{plan_id} — {titles[plan_id]}")
    for note in _notes(report):
        stream.write(note + "\n")
    stream.write(summary_line(report) + "\n")


STATUS_WRITERS = {"json": write_json, "csv": write_csv, "markdown": write_markdown}


# ----------------------------------------------------------------------------- agencies

AGENCY_COLUMNS = ("Cơ quan chủ trì", "Số mốc nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn",
                  "Đang thực hiện", "Tỷ lệ đúng hạn")


def _agency_cells(line: AgencyLine) -> list[str]:
    return [line.name, str(line.led), str(line.done_on_time), str(line.done_late), str(line.overdue),
            str(line.open), _rate(line.on_time_rate)]


def write_agencies(lines: list[AgencyLine], report: StatusReport, fmt: str, stream: TextIO,
                   *, color: bool | None = None) -> None:
    if fmt == "json":
        json.dump({"as_of": report.as_of.isoformat(), "agencies": [a.to_json() for a in lines]}, stream,
                  ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(AGENCY_COLUMNS)
        for line in lines:
            writer.writerow(_agency_cells(line))
        stream.write("\ufeff" + buffer.getvalue())
        return
    if fmt == "markdown":
        stream.write(f"# Kết quả thực hiện nhiệm vụ theo cơ quan (tính đến ngày {report.as_of:%d/%m/%Y})\n\n")
        stream.write("| " + " | ".join(AGENCY_COLUMNS) + " |\n|---|---:|---:|---:|---:|---:|---:|\n")
        for line in lines:
            stream.write("| " + " | ".join(_md(c) for c in _agency_cells(line)) + " |\n")
        return
    from rich.table import Table

    console = make_console(stream, color=color)
    table = Table(title=f"Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì — tính đến ngày {report.as_of:%d/%m/%Y}",
                  title_justify="left")
    for index, column in enumerate(AGENCY_COLUMNS):
        table.add_column(column, justify="left" if index == 0 else "right", overflow="fold")
    for line in lines:
        table.add_row(*_agency_cells(line))
    console.print(table)
