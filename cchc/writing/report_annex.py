"""The statistics of a báo cáo as tables, once, for every format (Markdown, HTML, DOCX).

Each :class:`AnnexTable` is a numbered heading, a header row, body rows (a row that is a plain
string is a group heading spanning the table, e.g. the lead agency of the overdue tasks under it),
the columns that hold numbers (right-aligned), and the sentence printed instead of an empty table.
TT is the task's number as the plan prints it (an occurrence as "(quý II)"); the plan column is
there only when the report covers several plans.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cchc.deriving.status import Row
from cchc.writing.report import Report

Cells = tuple[str, ...]


@dataclass(frozen=True)
class AnnexTable:
    title: str
    header: Cells
    rows: tuple[Cells | str, ...]
    numeric: frozenset[int] = frozenset()
    empty: str = ""
    chart: bool = False  # the chart of states by area follows this table

    @property
    def width(self) -> int:
        return len(self.header)


def _date(day: Any) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def _leads(row: Row) -> str:
    return "; ".join(row.task.effective_lead)


def annex_tables(report: Report) -> tuple[AnnexTable, ...]:
    from cchc.writing.narrative import printed_tt

    many = report.many_plans

    def lead_cells(row: Row) -> Cells:
        return ((row.plan.id,) if many else ()) + (printed_tt(row), row.task.content)

    plan_head: Cells = ("Kế hoạch",) if many else ()
    shift = len(plan_head)
    grid = report.grid
    came_due = grid["came_due"]

    def share(value: int) -> str:
        return _percent(value / came_due) if came_due else "—"

    tables: list[AnnexTable] = []
    tables.append(AnnexTable("Tổng hợp chung", ("Nội dung", "Số lượng", "Tỷ lệ"), (
        ("Tổng số mốc nhiệm vụ", str(grid["total"]), ""),
        ("1. Nhiệm vụ đã đến hạn", str(came_due), ""),
        ("- Hoàn thành đúng hạn", str(grid["done_on_time"]), share(grid["done_on_time"])),
        ("- Hoàn thành quá hạn", str(grid["done_late"]), share(grid["done_late"])),
        ("- Chưa hoàn thành, quá hạn", str(grid["overdue"]), share(grid["overdue"])),
        ("2. Nhiệm vụ chưa đến hạn, đang thực hiện trong hạn", str(grid["not_due"]), ""),
        ("- Trong đó sắp đến hạn", str(grid["due_soon"]), ""),
        ("3. Nhiệm vụ thường xuyên", str(grid["ongoing"]), ""),
        ("4. Nhiệm vụ chờ điều kiện", str(grid["awaiting_trigger"]), ""),
        ("5. Nhiệm vụ không thực hiện", str(grid["cancelled"]), ""),
        ("Tỷ lệ hoàn thành đúng hạn trên số nhiệm vụ đã đến hạn", "", _percent(report.status.on_time_rate)),
    ), frozenset({1, 2})))
    tables.append(AnnexTable(
        "Kết quả theo lĩnh vực cải cách",
        ("Lĩnh vực", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Trong hạn", "Quá hạn",
         "Thường xuyên", "Chờ điều kiện", "Tỷ lệ đúng hạn"),
        tuple((a.name, str(a.total), str(a.done_on_time), str(a.done_late), str(a.on_track), str(a.overdue),
               str(a.ongoing), str(a.awaiting), _percent(a.on_time_rate)) for a in report.areas),
        frozenset(range(1, 9)), "Không có nhiệm vụ.", chart=True))
    overdue_rows: list[Cells | str] = []
    for agency, rows in report.overdue_by_agency:
        overdue_rows.append(f"{agency} ({len(rows)} nhiệm vụ)")
        overdue_rows.extend(lead_cells(row) + (row.deadline_text, _date(row.due), str(row.days_overdue))
                            for row in rows)
    tables.append(AnnexTable(
        "Nhiệm vụ quá hạn theo cơ quan chủ trì",
        plan_head + ("TT", "Nội dung, nhiệm vụ", "Thời gian hoàn thành", "Hạn", "Số ngày quá hạn"),
        tuple(overdue_rows), frozenset({shift + 4}), "Không có nhiệm vụ quá hạn."))
    in_period = f" trong kỳ (từ {_date(report.period.start)})" if report.period else ""
    tables.append(AnnexTable(
        f"Nhiệm vụ đã hoàn thành{in_period}",
        plan_head + ("TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Hạn", "Ngày hoàn thành", "Tiến độ", "Minh chứng"),
        tuple(lead_cells(row) + (_leads(row), _date(row.due), _date(row.completed),
                                 f"chậm {row.days_late} ngày" if row.days_late else "đúng hạn",
                                 (row.progress.evidence or "") if row.progress else "")
              for row in report.completed),
        frozenset(), "Không có nhiệm vụ nào được ghi nhận hoàn thành" + (" trong kỳ." if report.period else ".")))
    tables.append(AnnexTable(
        "Nhiệm vụ gặp vướng mắc",
        plan_head + ("TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Hạn", "Ngày ghi", "Vướng mắc"),
        tuple(lead_cells(row) + (_leads(row), _date(row.due), _date(row.progress.date if row.progress else None),
                                 (row.progress.note or "") if row.progress else "")
              for row in report.blocked),
        frozenset(), "Không có nhiệm vụ nào được ghi nhận gặp vướng mắc."))
    tables.append(AnnexTable(
        f"Nhiệm vụ đến hạn trước kỳ báo cáo tới (đến {_date(report.upcoming_until)})",
        plan_head + ("TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Hạn"),
        tuple(lead_cells(row) + (_leads(row), _date(row.due)) for row in report.upcoming),
        frozenset(), "Không có nhiệm vụ đến hạn trong kỳ tới."))
    tables.append(AnnexTable(
        "Kết quả theo cơ quan chủ trì",
        ("Cơ quan chủ trì", "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn", "Đang thực hiện",
         "Tỷ lệ đúng hạn"),
        tuple((a.name, str(a.led), str(a.done_on_time), str(a.done_late), str(a.overdue), str(a.open),
               _percent(a.on_time_rate)) for a in report.agencies),
        frozenset(range(1, 7)), "Không có nhiệm vụ."))
    if report.targets:
        from cchc.deriving.targets import VERDICT_LABELS

        tables.append(AnnexTable(
            "Kết quả thực hiện chỉ tiêu",
            (("Kế hoạch",) if many else ()) + ("Mã", "Chỉ tiêu", "Năm", "Đánh giá", "Căn cứ đánh giá"),
            tuple(((item.plan.id,) if many else ()) + (item.target.id or "", item.target.text, str(item.year),
                                                        VERDICT_LABELS[item.verdict], item.rule)
                  for item in report.targets),
            frozenset({shift + 2})))
    if report.rollup:
        tables.append(AnnexTable(
            "Tổng hợp theo đơn vị",
            ("Đơn vị", "Số kế hoạch", "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Quá hạn",
             "Tỷ lệ đúng hạn"),
            tuple((line.unit, str(line.plans), str(line.total), str(line.done_on_time), str(line.done_late),
                   str(line.overdue), _percent(line.on_time_rate)) for line in report.rollup),
            frozenset(range(1, 7))))
    return tuple(tables)
