"""The report as an Excel workbook: one sheet per view, header row frozen, filters on, Vietnamese
column names. openpyxl is imported here only, so ``cchc --help`` stays fast."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cchc.deriving.areas import BY_CODE
from cchc.deriving.status import STATE_LABELS, Row
from cchc.reading.model import STATUS_LABELS
from cchc.writing.report import Report


def _date(value: Any) -> Any:
    return value if value is not None else None


def _task_row(row: Row) -> list[Any]:
    from cchc.writing.narrative import printed_tt

    area = BY_CODE.get(row.area or "")
    entry = row.progress
    recorded: list[Any] = [None, None, None, None, None]
    if entry is not None:
        recorded = [STATUS_LABELS.get(entry.status, entry.status), entry.date, entry.note, entry.evidence, entry.by]
    return [
        row.plan.id, printed_tt(row), row.task.content, area.name if area else "", "; ".join(row.task.effective_lead),
        "; ".join(row.task.effective_support), row.deadline_text, _date(row.due), STATE_LABELS[row.state],
        row.days_overdue, _date(row.completed), row.days_late, *recorded,
    ]


TASK_COLUMNS = ["Kế hoạch", "TT", "Nội dung, nhiệm vụ", "Lĩnh vực", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Thời gian hoàn thành", "Hạn", "Trạng thái", "Số ngày quá hạn", "Ngày hoàn thành",
                "Số ngày hoàn thành chậm", "Tiến độ", "Ngày ghi tiến độ", "Ghi chú", "Minh chứng", "Người ghi"]
TASK_WIDTHS = [22, 12, 60, 24, 28, 28, 20, 12, 18, 10, 14, 10, 16, 14, 40, 40, 20]


def write_report_xlsx(report: Report, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    bold = Font(bold=True, name="Times New Roman")
    header_fill = PatternFill("solid", fgColor="DDE4EE")

    def sheet(title: str, columns: list[str], rows: list[list[Any]], widths: list[int]) -> None:
        ws = workbook.create_sheet(title)
        ws.append(columns)
        for cell in ws[1]:
            cell.font = bold
            cell.fill = header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for values in rows:
            ws.append(values)
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if hasattr(cell.value, "year"):
                    cell.number_format = "DD/MM/YYYY"
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(ws.max_row, 1)}"

    workbook.remove(workbook.active)
    grid = report.grid
    came_due = grid["came_due"]

    def share(value: int) -> float | None:
        return round(value / came_due, 4) if came_due else None

    sheet("Tổng hợp", ["Nội dung", "Số lượng", "Tỷ lệ"], [
        ["Tổng số mốc nhiệm vụ", grid["total"], None],
        ["Nhiệm vụ đã đến hạn", came_due, None],
        ["Hoàn thành đúng hạn", grid["done_on_time"], share(grid["done_on_time"])],
        ["Hoàn thành quá hạn", grid["done_late"], share(grid["done_late"])],
        ["Chưa hoàn thành, quá hạn", grid["overdue"], share(grid["overdue"])],
        ["Chưa đến hạn, đang thực hiện trong hạn", grid["not_due"], None],
        ["Trong đó sắp đến hạn", grid["due_soon"], None],
        ["Nhiệm vụ thường xuyên", grid["ongoing"], None],
        ["Nhiệm vụ chờ điều kiện", grid["awaiting_trigger"], None],
        ["Nhiệm vụ không thực hiện", grid["cancelled"], None],
        [f"Tính đến ngày {report.as_of:%d/%m/%Y}", None, None],
    ], [48, 12, 12])
    for cell in workbook["Tổng hợp"]["C"][1:]:
        cell.number_format = "0.0%"
    sheet("Theo lĩnh vực", ["Lĩnh vực", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Trong hạn",
                            "Quá hạn", "Thường xuyên", "Chờ điều kiện", "Tỷ lệ đúng hạn"],
          [[a.name, a.total, a.done_on_time, a.done_late, a.on_track, a.overdue, a.ongoing, a.awaiting,
            round(a.on_time_rate, 4) if a.on_time_rate is not None else None] for a in report.areas],
          [48, 10, 12, 12, 10, 10, 12, 12, 12])
    for cell in workbook["Theo lĩnh vực"]["I"][1:]:
        cell.number_format = "0.0%"
    sheet("Nhiệm vụ", TASK_COLUMNS, [_task_row(r) for r in report.status.rows], TASK_WIDTHS)
    sheet("Quá hạn", ["Cơ quan chủ trì", *TASK_COLUMNS],
          [[agency, *_task_row(r)] for agency, rows in report.overdue_by_agency for r in rows], [28, *TASK_WIDTHS])
    sheet("Đến hạn kỳ tới", TASK_COLUMNS, [_task_row(r) for r in report.upcoming], TASK_WIDTHS)
    sheet("Đã hoàn thành", TASK_COLUMNS, [_task_row(r) for r in report.completed], TASK_WIDTHS)
    sheet("Vướng mắc", TASK_COLUMNS, [_task_row(r) for r in report.blocked], TASK_WIDTHS)
    sheet("Theo cơ quan", ["Cơ quan chủ trì", "Số mốc nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                           "Quá hạn", "Đang thực hiện", "Tỷ lệ đúng hạn"],
          [[a.name, a.led, a.done_on_time, a.done_late, a.overdue, a.open,
            round(a.on_time_rate, 4) if a.on_time_rate is not None else None] for a in report.agencies],
          [40, 12, 12, 12, 10, 12, 12])
    for cell in workbook["Theo cơ quan"]["G"][1:]:
        cell.number_format = "0.0%"
    if report.targets:
        from cchc.deriving.targets import VERDICT_LABELS

        sheet("Chỉ tiêu", ["Kế hoạch", "Mã", "Chỉ tiêu", "Năm", "Đánh giá", "Căn cứ đánh giá"],
              [[item.plan.id, item.target.id, item.target.text, item.year, VERDICT_LABELS[item.verdict], item.rule]
               for item in report.targets], [22, 10, 60, 8, 20, 60])
    if report.rollup:
        sheet("Theo đơn vị", ["Đơn vị", "Số kế hoạch", "Số mốc nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                              "Quá hạn", "Tỷ lệ đúng hạn"],
              [[line.unit, line.plans, line.total, line.done_on_time, line.done_late, line.overdue,
                round(line.on_time_rate, 4) if line.on_time_rate is not None else None] for line in report.rollup],
              [40, 12, 12, 12, 12, 10, 12])
    workbook.properties.title = f"Báo cáo {report.title}"
    workbook.properties.creator = "cchc"
    import io

    from cchc.base.atomic import write_new_file

    buffer = io.BytesIO()
    workbook.save(buffer)
    write_new_file(out, buffer.getvalue())
