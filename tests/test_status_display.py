"""What staff record, shown everywhere (status, report, site, calendar); a status screen that fits
80 columns; totals that do not change with the date (issue 16, points 4, 8 and 11)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import icalendar
import pytest

from cchc.checking.lint import lint_text
from cchc.checking.workspace import load_workspace
from cchc.deriving.status import STATE_LABELS, Row, StatusReport, agency_table, build_report
from cchc.reading.model import Plan
from cchc.writing.calendar_ics import build_calendar
from cchc.writing.output.status import (
    _grouped,
    _lines_of,
    table_lines,
    write_csv,
    write_json,
    write_markdown,
    write_table,
)
from cchc.writing.render import render_report_text
from cchc.writing.report import build, named_period
from cchc.writing.site import build_site, site_model
from conftest import FIXTURES, ROOT, registry

D = dt.date

PLAN = (FIXTURES / "progress" / "ke-hoach-5-nam.yaml").read_text(encoding="utf-8")
DATES = [D(2020, 12, 1), D(2021, 1, 1), D(2021, 7, 1), D(2022, 3, 15), D(2023, 6, 30), D(2026, 2, 1)]


@pytest.fixture(scope="module")
def plan() -> Plan:
    result = lint_text(PLAN, "plan.yaml", registry=registry())
    assert [d for d in result.diagnostics if d.severity == "error"] == [], result.diagnostics
    assert result.plan is not None
    return result.plan


def rows_by_id(report: StatusReport) -> dict[str, Row]:
    return {row.id: row for row in report.rows}


# ------------------------------------------------------------------ 11. totals that do not drift

def test_every_milestone_counts_from_the_start(plan: Plan) -> None:
    totals = {day: len(build_report([plan], day).rows) for day in DATES}
    # 20 quarters + 5 years + 2 + 1 + 10 half-years + 1
    assert set(totals.values()) == {39}, totals
    early = build_report([plan], D(2021, 1, 1))
    assert {r.id for r in early.rows} >= {"I.1#2025-Q4", "I.2#2025", "I.5#2025-H2"}
    assert rows_by_id(early)["I.1#2025-Q4"].state == "on_track"  # not yet due, counted all the same


def test_totals_are_the_same_for_the_bundled_plans_on_any_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    workspace = load_workspace([Path("plans")])
    totals = {len(build_report(workspace.plans, day).rows) for day in DATES}
    assert totals == {146}


def test_report_total_never_changes_between_runs_or_periods(plan: Plan) -> None:
    registries = {plan.source: registry()}
    grids = []
    for code in ("2021-Q1", "2021-H1", "2021-Q3", "2021", "2023"):
        period = named_period(code)
        assert period is not None
        first = build([plan], registries, period.end, period)
        again = build([plan], registries, period.end, period)
        assert first.grid == again.grid
        assert render_report_text(first, "md") == render_report_text(again, "md")
        grids.append(first.grid["total"])
    assert set(grids) == {39}
    text = render_report_text(build([plan], registries, D(2021, 6, 14), named_period("2021-H1")), "md")
    assert "| Tổng số mốc nhiệm vụ | 39 | |" in text


def test_agencies_and_site_count_the_same(plan: Plan) -> None:
    registries = {plan.source: registry()}
    for day in DATES:
        report = build_report([plan], day)
        assert sum(line.led for line in agency_table(report, registries)) == 39
        assert site_model([plan], registries, day).overview.total == 39


# ------------------------------------------------------------------ 4. what staff record

def test_each_row_carries_the_latest_entry_about_it(plan: Plan) -> None:
    rows = rows_by_id(build_report([plan], D(2021, 7, 1)))
    done = rows["I.1#2021-Q1"]
    assert done.state == "done_late" and done.days_late == 5
    assert done.progress is not None and done.progress.evidence == "Báo cáo số 12/BC-UBND"
    blocked = rows["I.1#2021-Q2"]
    assert blocked.state == "overdue" and blocked.progress is not None
    assert (blocked.progress.status, blocked.progress.note) == ("blocked", "Chờ hướng dẫn của Bộ Nội vụ")
    assert rows["I.3#2021-Q2"].progress is not None and rows["I.3#2021-Q2"].progress.status == "done"
    assert rows["I.3#2021-Q4"].progress is not None and rows["I.3#2021-Q4"].progress.note == "Đang dự thảo"
    assert rows["I.4"].state == "done_late" and rows["I.4"].days_late == 11
    assert rows["I.5#2021-H1"].progress is None
    # an entry logged after the date is not shown
    assert rows_by_id(build_report([plan], D(2021, 5, 1)))["I.1#2021-Q2"].progress is None


def test_a_done_entry_shows_only_on_the_milestone_it_closed(plan: Plan) -> None:
    rows = rows_by_id(build_report([plan], D(2022, 1, 10)))
    assert rows["I.2#2021"].progress is not None and rows["I.2#2021"].progress.note == "Đã tổng kết"
    assert rows["I.2#2022"].progress is None and rows["I.2#2022"].state == "on_track"
    assert rows["I.6"].state == "cancelled" and rows["I.6"].progress is not None


def test_json_keeps_every_field_and_adds_progress_and_days_late(plan: Plan) -> None:
    stream = io.StringIO()
    write_json(build_report([plan], D(2021, 7, 1)), stream)
    data = json.loads(stream.getvalue())
    old = {"plan", "id", "title", "area", "lead", "support", "deadline", "due", "state", "days_overdue", "completed",
           "kind", "occurrence", "parent", "section", "file"}
    for task in data["tasks"]:
        assert old | {"progress", "days_late"} <= set(task)
    tasks = {t["id"]: t for t in data["tasks"]}
    assert tasks["I.1#2021-Q2"]["progress"] == {"status": "blocked", "date": "2021-05-10",
                                               "note": "Chờ hướng dẫn của Bộ Nội vụ", "evidence": None,
                                               "by": "Phòng CCHC"}
    assert tasks["I.1#2021-Q1"]["days_late"] == 5 and tasks["I.1#2021-Q2"]["days_late"] is None
    assert tasks["I.5#2021-H1"]["progress"] is None
    assert {"total", "came_due", "on_time_rate", "summary", "parents", "warnings"} <= set(data)


def test_csv_adds_the_progress_columns_after_the_old_ones(plan: Plan) -> None:
    stream = io.StringIO()
    write_csv(build_report([plan], D(2021, 7, 1)), stream)
    rows = list(csv.reader(io.StringIO(stream.getvalue().lstrip("\ufeff"))))
    header = rows[0]
    assert header[:12] == ["Kế hoạch", "TT", "Nội dung, nhiệm vụ", "Lĩnh vực", "Cơ quan chủ trì", "Cơ quan phối hợp",
                           "Thời gian hoàn thành", "Hạn", "Trạng thái", "Số ngày quá hạn", "Ngày hoàn thành", "state"]
    assert header[12:] == ["Số ngày hoàn thành chậm", "Tiến độ", "Ngày ghi tiến độ", "Ghi chú", "Minh chứng", "Người ghi"]
    by_id = {row[1]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_id["I.1#2021-Q2"]["Tiến độ"] == "gặp vướng mắc"
    assert by_id["I.1#2021-Q2"]["Ghi chú"] == "Chờ hướng dẫn của Bộ Nội vụ"
    assert by_id["I.1#2021-Q2"]["Ngày ghi tiến độ"] == "10/05/2021"
    assert by_id["I.1#2021-Q1"]["Số ngày hoàn thành chậm"] == "5"
    assert by_id["I.1#2021-Q1"]["Minh chứng"] == "Báo cáo số 12/BC-UBND"


def test_tables_and_markdown_show_the_note_and_the_lateness(plan: Plan) -> None:
    report = build_report([plan], D(2021, 7, 1))
    for color in (False, True):
        stream = io.StringIO()
        write_table(report, stream, color=color)
        text = re.sub(r"\x1b\[[0-9;]*m", "", stream.getvalue())
        flat = " ".join(text.replace("│", " ").split())
        assert "Vướng mắc (10/05/2021, Phòng CCHC): Chờ hướng dẫn của Bộ Nội vụ" in flat
        assert "chậm 5 ngày" in flat and "chậm 11 ngày" in flat
        assert "Minh chứng: Quyết định số 1/QĐ-UBND" in flat
        assert "Đang thực hiện (20/06/2021): Đang dự thảo" in flat
    markdown = io.StringIO()
    write_markdown(report, markdown)
    assert "| I.4 | Ban hành quy chế | Sở Nội vụ | Quý I/2021 | 31/03/2021 | Hoàn thành quá hạn (chậm 11 ngày) |  | " \
           "Hoàn thành ngày 11/04/2021 — Minh chứng: Quyết định số 1/QĐ-UBND |" in markdown.getvalue()


def test_far_milestones_of_a_task_are_one_line_but_counted_each(plan: Plan) -> None:
    report = build_report([plan], D(2021, 7, 1))
    lines = table_lines(list(report.rows))
    quarterly = [line for line in lines if line.id.startswith("I.1#")]
    assert [line.id for line in quarterly] == ["I.1#2021-Q2", "I.1#2021-Q3", "I.1#2021-Q4…", "I.1#2021-Q1"]
    assert quarterly[2].content.startswith("17 mốc tiếp theo, từ 2021-Q4 đến 2025-Q4 (hạn cuối 31/12/2025)")
    assert report.counts()["on_track"] == sum(1 for r in report.rows if r.state == "on_track")
    stream = io.StringIO()
    write_table(report, stream)
    assert stream.getvalue().startswith("Tính đến ngày 01/07/2021: 39 mốc nhiệm vụ")


def test_report_lists_completed_with_evidence_and_blocked_with_notes(plan: Plan) -> None:
    registries = {plan.source: registry()}
    report = build([plan], registries, D(2021, 6, 14), named_period("2021-H1"))
    assert [r.id for r in report.completed] == ["I.1#2021-Q1", "I.4", "I.3#2021-Q2"]
    assert [r.id for r in report.blocked] == ["I.1#2021-Q2"], "a note about the whole task is listed once"
    text = render_report_text(report, "md")
    # the Phụ lục: one plan, so no plan column; TT as printed, an occurrence as "(quý II)"
    assert "| I.4 | Ban hành quy chế | Sở Nội vụ | 31/03/2021 | 11/04/2021 | chậm 11 ngày | " \
           "Quyết định số 1/QĐ-UBND |" in text
    assert "| I.1 (quý II) | Báo cáo định kỳ hằng quý | Sở Nội vụ | 30/06/2021 | 10/05/2021 | " \
           "Chờ hướng dẫn của Bộ Nội vụ |" in text
    # section II, by reform area: completed with evidence, blocked with the note
    body = text[:text.index("## Phụ lục")]
    assert "hoàn thành ngày 11/04/2021, chậm 11 ngày; minh chứng: Quyết định số 1/QĐ-UBND." in body
    assert "Chờ hướng dẫn của Bộ Nội vụ (ghi ngày 10/05/2021)." in body
    html = render_report_text(report, "html")
    assert "<td>Quyết định số 1/QĐ-UBND</td>" in html and "<td>Chờ hướng dẫn của Bộ Nội vụ</td>" in html
    q3 = build([plan], registries, D(2021, 9, 14), named_period("2021-Q3"))
    assert [r.id for r in q3.completed] == [], "completed before the period: not listed in it"


def test_report_docx_and_xlsx_carry_them(plan: Plan, tmp_path: Path) -> None:
    from docx import Document
    from openpyxl import load_workbook

    from cchc.writing.report_docx import write_report_docx
    from cchc.writing.report_xlsx import write_report_xlsx

    report = build([plan], {plan.source: registry()}, D(2021, 6, 14), named_period("2021-H1"))
    write_report_docx(report, tmp_path / "r.docx")
    cells = [cell.text for table in Document(str(tmp_path / "r.docx")).tables for row in table.rows for cell in row.cells]
    assert {"11/04/2021", "chậm 11 ngày", "Quyết định số 1/QĐ-UBND"} <= set(cells)
    assert {"Chờ hướng dẫn của Bộ Nội vụ", "10/05/2021"} <= set(cells)
    write_report_xlsx(report, tmp_path / "r.xlsx")
    workbook = load_workbook(tmp_path / "r.xlsx")
    done = [[c.value for c in row] for row in workbook["Đã hoàn thành"].iter_rows(min_row=2)]
    assert [row[1] for row in done] == ["I.1 (quý I)", "I.4", "I.3 (quý II)"]
    assert done[1][11] == 11 and done[1][15] == "Quyết định số 1/QĐ-UBND"


def test_site_shows_them(plan: Plan, tmp_path: Path) -> None:
    build_site([plan], {plan.source: registry()}, D(2021, 7, 1), tmp_path)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    page = next((tmp_path / "plans").glob("*.html")).read_text(encoding="utf-8")
    for html in (index, page):
        assert "Vướng mắc (10/05/2021): Chờ hướng dẫn của Bộ Nội vụ" in html
        assert "Minh chứng: Quyết định số 1/QĐ-UBND" in html
        assert "(chậm 11 ngày)" in html
        assert "Đang thực hiện (20/06/2021): Đang dự thảo" in html


def test_calendar_does_not_remind_about_done_milestones(plan: Plan) -> None:
    text = build_calendar([plan], {plan.source: registry()}, as_of=D(2021, 10, 1))
    events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(text).walk("VEVENT")}
    done = events["Đã hoàn thành: I.4 Ban hành quy chế"]
    assert done.subcomponents == [] and str(done["STATUS"]) == "COMPLETED"
    assert "Đã hoàn thành ngày 11/04/2021 (chậm 11 ngày)" in str(done["DESCRIPTION"])
    assert "Minh chứng: Quyết định số 1/QĐ-UBND" in str(done["DESCRIPTION"])
    cancelled = events["Không thực hiện: I.6 Không còn thực hiện"]
    assert str(cancelled["STATUS"]) == "CANCELLED" and cancelled.subcomponents == []
    open_one = events["Hạn: I.1 Báo cáo định kỳ hằng quý (Quý III/2021)"]
    assert [a.name for a in open_one.subcomponents] == ["VALARM"]
    assert "Vướng mắc (ghi ngày 10/05/2021): Chờ hướng dẫn của Bộ Nội vụ" in str(open_one["DESCRIPTION"])
    # before the entries were logged, every milestone has its reminder
    earlier = build_calendar([plan], {plan.source: registry()}, as_of=D(2021, 1, 1))
    assert earlier.count("BEGIN:VALARM") == earlier.count("BEGIN:VEVENT") == 39
    assert text.count("BEGIN:VEVENT") == 39 and text.count("BEGIN:VALARM") == 39 - 4


# ------------------------------------------------------------------ 8. a status screen that fits

def _terminal(report: StatusReport, width: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.delenv("NO_COLOR", raising=False)
    stream = io.StringIO()
    write_table(report, stream, color=True)
    return re.sub(r"\x1b\[[0-9;]*m", "", stream.getvalue()).splitlines()


def _whole(text: str, line: str) -> bool:
    return re.search(rf"(^|[ │]){re.escape(text)}($|[ │])", line) is not None


@pytest.mark.parametrize("width", [80, 100, 160])
def test_every_number_state_and_days_are_whole_on_one_line(width: int, plan: Plan,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    workspace = load_workspace([Path("plans")])
    for report in (build_report([plan], D(2021, 7, 1)), build_report(workspace.plans, D(2021, 7, 1)),
                   build_report(workspace.plans, D(2022, 1, 10))):
        out = _terminal(report, width, monkeypatch)
        assert out[0].startswith("Tính đến ngày"), "the summary comes first"
        assert max(len(line) for line in out) <= width
        bordered = any(line.startswith("┏") for line in out)
        assert bordered == (width == 160)
        rest = out
        lines = [line for _, rows in _grouped(report.rows) for _, area in _lines_of(rows) for line in area]
        for line in lines:
            # the milestone's own line holds its number, state and days, each whole, in that order
            index = next((i for i, text in enumerate(rest) if _whole(line.id, text)), None)
            assert index is not None, (width, line.id)
            found = rest[index]
            assert _whole(line.label, found), (width, found)
            if line.days:
                assert found.rstrip(" │").endswith(line.days), (width, found)
            rest = rest[index + 1:]
        words = {w for r in report.rows for text in (r.deadline_text, *r.task.effective_lead) for w in text.split()}
        tokens = {t for text in out for t in text.replace("│", " ").replace("·", " ").split()}
        assert {w.strip(";,") for w in words} <= {t.strip(";,") for t in tokens}, "no broken agency or deadline"


def test_the_narrow_screen_has_one_line_per_milestone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    report = build_report(load_workspace([Path("plans/quang-nam/kh-cchc-2021.yaml")]).plans, D(2021, 7, 1))
    out = _terminal(report, 80, monkeypatch)
    assert "VII.1           31/03/2021  Quá hạn        92 ngày" in out
    assert "VII.12#2021-Q2  30/06/2021  Quá hạn         1 ngày" in out
    assert "    Chủ trì: Sở Nội vụ · Thời hạn: Quý II và Quý IV/2021" in [line.rstrip() for line in out]
    assert "Quý I/20 21" not in "\n".join(out)
    assert sum(1 for line in out if any(line.startswith(r.id + " ") for r in report.rows)) == len(report.rows)


def test_state_labels_fit_the_widest_column() -> None:
    assert max(len(label) for label in STATE_LABELS.values()) <= 19
