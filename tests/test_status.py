"""Status as of a date: states, as-of reproducibility, occurrences, parents, filters, outputs."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from cchc.checking.lint import lint_text
from cchc.checking.workspace import load_workspace
from cchc.deriving.status import STATES, Filters, agency_table, build_report
from cchc.writing.output.status import write_csv, write_json, write_markdown, write_table
from conftest import HEADER, ROOT, registry

D = dt.date

PLAN = HEADER + """\
appendices:
  - sections:
      - number: I
        title: THỬ NGHIỆM
        area: the_che
        lead: [Sở Nội vụ]
        tasks:
          - id: "1"
            content: Xong đúng hạn
            output: Quyết định
            deadline: Quý I/2021
            progress:
              - {date: 2021-02-01, status: doing}
              - {date: 2021-03-20, status: done, evidence: Quyết định số 1/QĐ-UBND}
          - id: "2"
            content: Xong muộn
            output: Quyết định
            deadline: Quý I/2021
            progress:
              - {date: 2021-04-10, status: done}
          - id: "3"
            content: Quá hạn
            output: Quyết định
            deadline: 31/01/2021
          - id: "4"
            content: Sắp đến hạn
            output: Quyết định
            deadline: Quý II/2021
          - id: "5"
            content: Trong hạn
            output: Quyết định
            deadline: Quý IV/2021
            lead: [Sở Tư pháp]
          - id: "6"
            content: Thường xuyên
            output: Báo cáo
            deadline: Nhiệm vụ thường xuyên
          - id: "7"
            content: Chờ hướng dẫn
            output: Quyết định
            deadline: Sau khi có văn bản hướng dẫn của Bộ, ngành Trung ương
          - id: "8"
            content: Chờ hướng dẫn, đã có văn bản
            output: Quyết định
            deadline: Sau khi có văn bản hướng dẫn của Bộ, ngành Trung ương
            trigger: {date: 2021-03-01, days: 60, source: Thông tư số 1/2021/TT-BNV}
          - id: "9"
            content: Không thực hiện
            output: Quyết định
            deadline: Quý I/2021
            progress:
              - {date: 2021-03-01, status: cancelled, note: Bộ đã bãi bỏ yêu cầu}
          - id: "10"
            content: Hai mốc
            output: Kế hoạch
            deadline: Quý II và Quý IV/2021
            support: ["UBND các huyện, thị xã, thành phố"]
            progress:
              - {date: 2021-06-15, status: done, occurrence: 2021-Q2}
          - id: "11"
            content: Có nhiệm vụ con
            subtasks:
              - id: a)
                content: Con a
                output: Chuyên mục
                deadline: Quý I/2021
                progress:
                  - {date: 2021-03-01, status: done}
              - id: b)
                content: Con b
                output: Kế hoạch
                deadline: Quý III/2021
          - id: "12"
            content: Hạn cụ thể
            output: Kế hoạch
            deadline: Năm 2021
            due: 2021-05-15
"""


def report(as_of: str, filters: Filters | None = None, soon: int = 14):
    result = lint_text(PLAN, "plan.yaml", registry=registry())
    assert result.diagnostics == (), result.diagnostics
    assert result.plan is not None
    return build_report([result.plan], D.fromisoformat(as_of), soon, filters)


def states(rep) -> dict[str, str]:
    return {row.id: row.state for row in rep.rows}


def test_states_as_of_mid_year() -> None:
    rep = report("2021-06-20")
    assert states(rep) == {
        "I.1": "done_on_time", "I.2": "done_late", "I.3": "overdue", "I.4": "due_soon", "I.5": "on_track",
        "I.6": "ongoing", "I.7": "awaiting_trigger", "I.8": "overdue", "I.9": "cancelled",
        "I.10#2021-Q2": "done_on_time", "I.10#2021-Q4": "on_track", "I.11.a)": "done_on_time",
        "I.11.b)": "on_track", "I.12": "overdue",
    }
    rows = {row.id: row for row in rep.rows}
    assert rows["I.3"].days_overdue == (D(2021, 6, 20) - D(2021, 1, 31)).days
    assert rows["I.8"].due == D(2021, 4, 30)  # trigger date + 60 days
    assert rows["I.2"].completed == D(2021, 4, 10) and rows["I.2"].days_late == 10
    assert rows["I.11.b)"].parent == "I.11"
    counts = rep.counts()
    assert list(counts) == list(STATES) and sum(counts.values()) == len(rep.rows)
    # on time / (done on time + done late + overdue)
    assert rep.on_time_rate == pytest.approx(3 / (3 + 1 + 3))


def test_as_of_only_uses_entries_logged_by_then() -> None:
    early = states(report("2021-03-10"))
    assert early["I.1"] == "on_track"  # done on 20/03, not yet logged on 10/03
    assert early["I.9"] == "cancelled"  # cancelled on 01/03
    assert early["I.2"] == "on_track"  # due 31/03: 21 days away
    assert states(report("2021-03-31"))["I.2"] == "due_soon"
    assert states(report("2021-04-01"))["I.2"] == "overdue"  # due dates are inclusive
    assert states(report("2021-04-10"))["I.2"] == "done_late"


def test_due_soon_window() -> None:
    assert states(report("2021-06-16"))["I.4"] == "due_soon"
    assert states(report("2021-06-15", soon=14))["I.4"] == "on_track"
    assert states(report("2021-06-15", soon=30))["I.4"] == "due_soon"


def test_rows_are_sorted_most_urgent_first() -> None:
    rows = report("2021-06-20").rows
    order = [STATES.index(r.state) for r in rows]
    assert order == sorted(order)
    overdue = [r.days_overdue for r in rows if r.state == "overdue"]
    assert overdue == sorted(overdue, reverse=True)


def test_filters() -> None:
    reg = registry()
    base = {"plan.yaml": reg}
    assert {r.id for r in report("2021-06-20", Filters(agency="STP", registries=base)).rows} == {"I.5"}
    # a member of a group matches tasks assigned to the group
    by_group = report("2021-06-20", Filters(agency="UBND các huyện, thị xã, thành phố", registries=base)).rows
    assert {r.id for r in by_group} == {"I.10#2021-Q2", "I.10#2021-Q4"}
    assert {r.state for r in report("2021-06-20", Filters(states=("overdue",))).rows} == {"overdue"}
    within = report("2021-06-20", Filters(due_within=15)).rows
    assert {r.id for r in within} == {"I.4"}
    assert report("2021-06-20", Filters(areas=("cong_vu",))).rows == ()
    assert len(report("2021-06-20", Filters(plans=("thu-nghiem",))).rows) == 14


def test_json_contract() -> None:
    stream = io.StringIO()
    write_json(report("2021-06-20"), stream)
    data = json.loads(stream.getvalue())
    assert data["as_of"] == "2021-06-20"
    assert set(data["summary"]) == set(STATES)
    keys = {"plan", "id", "title", "area", "lead", "support", "deadline", "due", "state", "days_overdue", "completed"}
    assert all(keys <= set(task) for task in data["tasks"])
    first = data["tasks"][0]
    assert first["state"] == "overdue" and isinstance(first["days_overdue"], int)
    assert any(t["id"] == "I.10#2021-Q4" for t in data["tasks"])
    assert all(isinstance(t["lead"], list) for t in data["tasks"])


def test_csv_has_bom_and_vietnamese_headers() -> None:
    stream = io.StringIO()
    write_csv(report("2021-06-20"), stream)
    text = stream.getvalue()
    assert text.startswith("\ufeffKế hoạch,TT,Nội dung, nhiệm vụ".replace("Nội dung, nhiệm vụ", '"Nội dung, nhiệm vụ"'))
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 15 and rows[1][rows[0].index("state")] == "overdue"
    assert rows[0].index("state") == 11, "new columns are added after the existing ones"


def test_markdown_and_table_without_terminal() -> None:
    stream = io.StringIO()
    write_markdown(report("2021-06-20"), stream)
    assert "| I.3 | Quá hạn | Sở Nội vụ | 31/01/2021 | 31/01/2021 | Quá hạn | 140 |" in stream.getvalue()
    assert stream.getvalue().startswith("# Tình hình thực hiện nhiệm vụ cải cách hành chính")
    table = io.StringIO()
    write_table(report("2021-06-20"), table)
    out = table.getvalue()
    assert "\x1b[" not in out  # no colour without a terminal
    assert "Chờ hướng dẫn, đã có văn bản" in out and "…" not in out  # no truncation
    assert "Tỷ lệ hoàn thành đúng hạn" in out


def test_agency_table() -> None:
    rep = report("2021-06-20")
    lines = {line.name: line for line in agency_table(rep, {"plan.yaml": registry()})}
    assert set(lines) == {"Sở Nội vụ", "Sở Tư pháp"}
    snv = lines["Sở Nội vụ"]
    assert (snv.done_on_time, snv.done_late, snv.overdue) == (3, 1, 3)
    assert lines["Sở Tư pháp"].on_time_rate is None


def test_bundled_quang_nam_2021_done_when(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    workspace = load_workspace([Path("plans/quang-nam/kh-cchc-2021.yaml")])
    (plan,) = workspace.plans
    july = build_report(workspace.plans, D(2021, 7, 1))
    june = build_report(workspace.plans, D(2021, 6, 30))
    for row in july.rows:
        text = (row.task.deadline or "").replace(" ", "")
        if text.startswith(("QuýI/", "QuýII/")) or (text.startswith("QuýIIvà") and row.milestone.label == "2021-Q2"):
            assert row.state == "overdue", row.id
        if text == "Nhiệmvụthườngxuyên":
            assert row.state == "ongoing"
    assert sorted(r.id for r in july.rows if r.state == "awaiting_trigger") == ["II.6", "III.3"]
    quarter_two = [r for r in june.rows if (r.task.deadline or "").replace(" ", "") == "QuýII/2021"]
    assert quarter_two and all(r.state == "due_soon" for r in quarter_two)
    assert july.counts()["overdue"] == 14


def test_parent_takes_the_most_urgent_state_of_its_subtasks() -> None:
    assert report("2021-06-20").parents() == [("thu-nghiem", "I.11", "on_track")]
    assert report("2021-10-05").parents() == [("thu-nghiem", "I.11", "overdue")]
