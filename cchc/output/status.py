"""Writers for status reports and the per-agency table: table (rich), json, csv, markdown.

The JSON contract (fields may be added, never renamed)::

    {"as_of", "summary": {state: count}, "tasks": [{"plan", "id", "title", "area", "lead", "support",
     "deadline", "due", "state", "days_overdue", "completed", ...}]}

CSV is UTF-8 with a BOM so that Excel shows Vietnamese correctly.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping, Sequence
from typing import TextIO

from cchc.areas import BY_CODE
from cchc.i18n import N_, decimal, tr
from cchc.output.console import make_console
from cchc.status import (
    NO_DEADLINE_TEXT,
    STATE_LABELS,
    STATE_STYLES,
    STATES,
    AgencyLine,
    Row,
    StatusReport,
    Unreadable,
    on_time_rate,
)

COLUMNS = (N_("Kế hoạch"), N_("TT"), N_("Nội dung, nhiệm vụ"), N_("Lĩnh vực"), N_("Cơ quan chủ trì"),
           N_("Cơ quan phối hợp"), N_("Thời gian hoàn thành"), N_("Hạn"), N_("Trạng thái"), N_("Số ngày quá hạn"),
           N_("Ngày hoàn thành"))


def _date(value: object) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""  # type: ignore[attr-defined]


def _rate(value: float | None) -> str:
    return "—" if value is None else decimal(f"{value * 100:.1f}%")


def _area(code: str | None) -> str:
    area = BY_CODE.get(code or "")
    return area.label(short=True) if area else ""


def _deadline(row: Row) -> str:
    return tr(NO_DEADLINE_TEXT) if row.deadline_text == NO_DEADLINE_TEXT else row.deadline_text


def summary_line(report: StatusReport) -> str:
    return summary_of(report.as_of, report.counts())


def summary_of(as_of: dt.date, counts: Mapping[str, int]) -> str:
    """The closing line: milestones by state and the on-time rate, from the counts of every state."""
    parts = [f"{tr(STATE_LABELS[s])}: {counts[s]}" for s in STATES if counts[s]]
    total = sum(counts.values())
    rate = on_time_rate(counts["done_on_time"], counts["done_late"], counts["overdue"])
    return (tr("Tính đến ngày {date:%d/%m/%Y}: {count} mốc nhiệm vụ", date=as_of, count=total)
            + (" — " + "; ".join(parts) if parts else "")
            + ". " + tr("Tỷ lệ hoàn thành đúng hạn (trên số nhiệm vụ đã đến hạn): {rate}.", rate=_rate(rate)))


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
        ] + [{"file": path, "message": tr("Không đọc được kế hoạch (chạy cchc lint để xem lỗi).")} for path in report.skipped]
        + [{"file": path, "plan": plan_id, "code": "I003", "message": duplicate_note(plan_id, files)}
           for plan_id, files in report.duplicates for path in files],
    }


def write_json(report: StatusReport, stream: TextIO) -> None:
    json.dump(report_json(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _row_cells(row: Row) -> list[str]:
    return [
        row.plan.id, row.id, row.task.content, _area(row.area), "; ".join(row.task.effective_lead),
        "; ".join(row.task.effective_support), _deadline(row), _date(row.due), tr(STATE_LABELS[row.state]),
        str(row.days_overdue) if row.days_overdue is not None else "", _date(row.completed),
    ]


def write_csv(report: StatusReport, stream: TextIO) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*map(tr, COLUMNS), "state"])
    for row in report.rows:
        writer.writerow([*_row_cells(row), row.state])
    stream.write("\ufeff" + buffer.getvalue())


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write_markdown(report: StatusReport, stream: TextIO) -> None:
    stream.write("# " + tr("Tình hình thực hiện nhiệm vụ cải cách hành chính") + f"\n\n{summary_line(report)}\n\n")
    for plan_id, rows in _grouped(report.rows):
        stream.write(f"## {plan_id}\n\n")
        stream.write("| " + " | ".join(tr(c) for c in (COLUMNS[1], COLUMNS[2], COLUMNS[4], COLUMNS[6], COLUMNS[7], COLUMNS[8]))
                     + " | " + tr("Quá hạn (ngày)") + " |\n")
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


def _title(rows: list[Row]) -> str:
    """The heading of one plan's table: its id, document type and title."""
    plan = rows[0].plan
    return f"{plan.id} — {plan.document.type} {plan.document.title}"


def _area_groups(rows: list[Row]) -> list[tuple[str, list[Row]]]:
    by_area: dict[str | None, list[Row]] = {}
    for row in rows:
        by_area.setdefault(row.area, []).append(row)
    order = list(BY_CODE)
    groups = []
    for area_code in sorted(by_area, key=lambda c: order.index(c) if c in order else 99):
        area = BY_CODE.get(area_code or "")
        groups.append(((area.label() if area else tr("Chưa xác định lĩnh vực")).upper(), by_area[area_code]))
    return groups


def _task_cells(row: Row) -> tuple[str, ...]:
    return (row.id, row.task.content, "; ".join(row.task.effective_lead), _deadline(row), _date(row.due),
            tr(STATE_LABELS[row.state]),
            tr("{count} ngày", count=row.days_overdue) if row.days_overdue is not None else "")


def _notes(report: StatusReport) -> list[tuple[str, str]]:
    """(label, text) of the notes under the tables."""
    return [*unreadable_notes(report.unreadable), *skipped_notes(report.skipped),
            *duplicate_notes(report.duplicates)]


def unreadable_notes(unreadable: Sequence[Unreadable]) -> list[tuple[str, str]]:
    return [(tr("Chú ý:"), f"{item.plan.id} {item.task.ref}: {item.error.message}") for item in unreadable]


def skipped_notes(skipped: Sequence[str]) -> list[tuple[str, str]]:
    return [(tr("Chú ý:"), tr("bỏ qua {path}: không đọc được kế hoạch (chạy cchc lint để xem lỗi).", path=path))
            for path in skipped]


def duplicate_note(plan_id: str, files: Sequence[str]) -> str:
    return tr("bỏ qua {files}: các tệp cùng mã kế hoạch \"{plan}\" (lỗi I003), không biết tệp nào đúng; đổi id: "
              "của tệp chép rồi chạy lại.", files=", ".join(files), plan=plan_id)


def duplicate_notes(duplicates: Sequence[tuple[str, Sequence[str]]]) -> list[tuple[str, str]]:
    return [(tr("Chú ý:"), duplicate_note(plan_id, files)) for plan_id, files in duplicates]


_TASK_COLUMNS = (N_("TT"), N_("Nhiệm vụ"), N_("Chủ trì"), N_("Thời hạn"), N_("Hạn"), N_("Trạng thái"), N_("Quá hạn"))


def write_table(report: StatusReport, stream: TextIO, *, color: bool | None = None) -> None:
    terminal = stream.isatty() if color is None else color
    if not terminal:
        _write_plain_table(report, stream)
        return
    from rich.table import Table
    from rich.text import Text

    console = make_console(stream, color=color)
    if not report.rows:
        console.print(tr("Không có nhiệm vụ nào khớp điều kiện lọc."))
    tt, task, lead, deadline, due, state, overdue = (tr(c) for c in _TASK_COLUMNS)
    for _, rows in _grouped(report.rows):
        table = Table(title=_title(rows), title_justify="left", title_style="bold",
                      expand=True)
        table.add_column(tt, no_wrap=True, overflow="fold")
        table.add_column(task, ratio=6, overflow="fold", min_width=30)
        table.add_column(lead, ratio=2, overflow="fold", min_width=12)
        table.add_column(deadline, ratio=2, overflow="fold", min_width=10)
        table.add_column(due, no_wrap=True)
        table.add_column(state, overflow="fold", min_width=10)
        table.add_column(overdue, justify="right", no_wrap=True)
        for area_name, area_rows in _area_groups(rows):
            table.add_row("", Text(area_name, style="bold"), "", "", "", "", "")
            for row in area_rows:
                cells = _task_cells(row)
                table.add_row(*cells[:5], Text(cells[5], style=STATE_STYLES[row.state]), cells[6])
            table.add_section()
        console.print(table)
    for label, text in _notes(report):
        console.print(Text.assemble((label, "yellow"), " ", text))
    console.print(summary_line(report), soft_wrap=True)


def _write_plain_table(report: StatusReport, stream: TextIO) -> None:
    """The same table without rich, streamed: for files, pipes and CI logs (see plaintable)."""
    if not report.rows:
        stream.write(no_rows_line())
    for _, rows in _grouped(report.rows):
        stream.write(plain_plan_table(rows))
    stream.write(closing_lines(_notes(report), report.as_of, report.counts()))


def no_rows_line() -> str:
    return tr("Không có nhiệm vụ nào khớp điều kiện lọc.") + "\n"


def plain_plan_table(rows: Sequence[Row]) -> str:
    """One plan's table (its rows, sorted), with its title, as the plain writer prints it."""
    from cchc.output.plaintable import SECTION, Column, render

    tt, task, lead, deadline, due, state, overdue = (tr(c) for c in _TASK_COLUMNS)
    columns = (Column(tt, no_wrap=True), Column(task, ratio=6, min_width=30), Column(lead, ratio=2, min_width=12),
               Column(deadline, ratio=2, min_width=10), Column(due, no_wrap=True), Column(state, min_width=10),
               Column(overdue, right=True, no_wrap=True))
    listed = list(rows)
    table: list[tuple[str, ...] | None] = []
    for area_name, area_rows in _area_groups(listed):
        table.append(("", area_name, "", "", "", "", ""))
        table.extend(_task_cells(row) for row in area_rows)
        table.append(SECTION)
    return "".join(line + "\n" for line in render(columns, table, title=_title(listed)))


def closing_lines(notes: Sequence[tuple[str, str]], as_of: dt.date, counts: Mapping[str, int]) -> str:
    """The notes under the tables and the summary line."""
    return "".join(f"{label} {text}\n" for label, text in notes) + summary_of(as_of, counts) + "\n"


STATUS_WRITERS = {"json": write_json, "csv": write_csv, "markdown": write_markdown}


# ----------------------------------------------------------------------------- agencies

AGENCY_COLUMNS = (N_("Cơ quan chủ trì"), N_("Số mốc nhiệm vụ"), N_("Hoàn thành đúng hạn"), N_("Hoàn thành quá hạn"),
                  N_("Quá hạn"), N_("Đang thực hiện"), N_("Tỷ lệ đúng hạn"))


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
        writer.writerow([tr(c) for c in AGENCY_COLUMNS])
        for line in lines:
            writer.writerow(_agency_cells(line))
        stream.write("\ufeff" + buffer.getvalue())
        return
    if fmt == "markdown":
        stream.write("# " + tr("Kết quả thực hiện nhiệm vụ theo cơ quan (tính đến ngày {date:%d/%m/%Y})", date=report.as_of)
                     + "\n\n")
        stream.write("| " + " | ".join(tr(c) for c in AGENCY_COLUMNS) + " |\n|---|---:|---:|---:|---:|---:|---:|\n")
        for line in lines:
            stream.write("| " + " | ".join(_md(c) for c in _agency_cells(line)) + " |\n")
        return
    from rich.table import Table

    console = make_console(stream, color=color)
    table = Table(title=tr("Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì — tính đến ngày {date:%d/%m/%Y}",
                           date=report.as_of), title_justify="left")
    for index, column in enumerate(AGENCY_COLUMNS):
        table.add_column(tr(column), justify="left" if index == 0 else "right", overflow="fold")
    for line in lines:
        table.add_row(*_agency_cells(line))
    console.print(table)
