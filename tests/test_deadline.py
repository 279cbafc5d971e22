"""The deadline grammar: every form the issue names, the seeds' deadlines, and property tests."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc.reading.deadline import Deadline, DeadlineError, PlanPeriod, parse_deadline
from cchc.reading.load import load_file
from cchc.reading.model import build_plan
from conftest import ROOT

ONE = PlanPeriod(2021, 2021)
FIVE = PlanPeriod(2021, 2025)
D = dt.date


def read(text: str, period: PlanPeriod | None = ONE) -> Deadline:
    result = parse_deadline(text, period)
    assert isinstance(result, Deadline), (text, result)
    return result


@pytest.mark.parametrize("text, kind, start, due", [
    ("Quý I/2021", "date", None, [D(2021, 3, 31)]),
    ("Quý II/2021", "date", None, [D(2021, 6, 30)]),
    ("Quý III/2021", "date", None, [D(2021, 9, 30)]),
    ("Quý IV/2021", "date", None, [D(2021, 12, 31)]),
    ("Quý 2/2021", "date", None, [D(2021, 6, 30)]),
    ("quý 2 năm 2021", "date", None, [D(2021, 6, 30)]),
    ("Quý I/ 2021", "date", None, [D(2021, 3, 31)]),
    ("QUÝ II/2021", "date", None, [D(2021, 6, 30)]),
    ("Quý II-III/2021", "window", D(2021, 4, 1), [D(2021, 9, 30)]),
    ("Quý II - III/2021", "window", D(2021, 4, 1), [D(2021, 9, 30)]),
    ("Quý II và Quý IV/2021", "date", None, [D(2021, 6, 30), D(2021, 12, 31)]),
    ("Quý I, III/2022", "date", None, [D(2022, 3, 31), D(2022, 9, 30)]),
    ("Năm 2021", "date", None, [D(2021, 12, 31)]),
    ("Trong năm 2021", "date", None, [D(2021, 12, 31)]),
    ("2021", "date", None, [D(2021, 12, 31)]),
    ("Tháng 6/2021", "date", None, [D(2021, 6, 30)]),
    ("tháng 6 năm 2021", "date", None, [D(2021, 6, 30)]),
    ("Tháng 10-11/2021", "window", D(2021, 10, 1), [D(2021, 11, 30)]),
    ("6 tháng đầu năm 2021", "date", None, [D(2021, 6, 30)]),
    ("6 tháng cuối năm 2021", "window", D(2021, 7, 1), [D(2021, 12, 31)]),
    ("9 tháng đầu năm 2021", "date", None, [D(2021, 9, 30)]),
    ("31/01/2021", "date", None, [D(2021, 1, 31)]),
    ("ngày 15/12/2021", "date", None, [D(2021, 12, 15)]),
    ("Trước ngày 31/01/2021", "date", None, [D(2021, 1, 31)]),
    ("trước 15/4/2023", "date", None, [D(2023, 4, 15)]),
    ("ngày 15 tháng 12 năm 2021", "date", None, [D(2021, 12, 15)]),
    ("Giai đoạn 2021-2025", "window", D(2021, 1, 1), [D(2025, 12, 31)]),
    ("2021 - 2025", "window", D(2021, 1, 1), [D(2025, 12, 31)]),
    ("Năm 2021-2022", "window", D(2021, 1, 1), [D(2022, 12, 31)]),
    ("Đến năm 2025", "date", None, [D(2025, 12, 31)]),
    ("Nhiệm vụ thường xuyên", "ongoing", None, []),
    ("Thường xuyên", "ongoing", None, []),
    ("Theo tiến độ Đề án", "conditional", None, []),
    ("Sau khi có văn bản hướng dẫn của Bộ, ngành Trung ương", "conditional", None, []),
    ("Theo lộ trình quy định của Chính phủ", "conditional", None, []),
])
def test_forms(text: str, kind: str, start: dt.date | None, due: list[dt.date]) -> None:
    deadline = read(text)
    assert (deadline.kind, deadline.start, list(deadline.due)) == (kind, start, due)


@pytest.mark.parametrize("text, labels", [
    ("Hằng năm", ["2021", "2022", "2023", "2024", "2025"]),
    ("Hàng năm", ["2021", "2022", "2023", "2024", "2025"]),
    ("Năm 2021 và các năm tiếp theo", ["2021", "2022", "2023", "2024", "2025"]),
    ("Năm 2023 và các năm tiếp theo", ["2023", "2024", "2025"]),
    ("6 tháng/01 lần", [f"{y}-H{h}" for y in range(2021, 2026) for h in (1, 2)]),
    ("Hằng quý", [f"{y}-Q{q}" for y in range(2021, 2026) for q in range(1, 5)]),
    ("Định kỳ hằng quý", [f"{y}-Q{q}" for y in range(2021, 2026) for q in range(1, 5)]),
])
def test_recurring_forms_give_one_milestone_per_period(text: str, labels: list[str]) -> None:
    deadline = read(text, FIVE)
    assert deadline.kind == "recurring"
    assert [m.label for m in deadline.milestones] == labels
    assert all(m.start is not None and m.start <= m.due for m in deadline.milestones)


def test_recurring_in_a_one_year_plan() -> None:
    assert read("Năm 2021 và các năm tiếp theo", ONE).due == (D(2021, 12, 31),)
    assert read("6 tháng/01 lần", ONE).due == (D(2021, 6, 30), D(2021, 12, 31))


def test_missing_year_takes_the_plan_year_or_is_an_error() -> None:
    assert read("Quý II", ONE).due == (D(2021, 6, 30),)
    assert read("tháng 6", ONE).due == (D(2021, 6, 30),)
    assert read("Trước ngày 31/01", ONE).due == (D(2021, 1, 31),)
    error = parse_deadline("Quý II", FIVE)
    assert isinstance(error, DeadlineError) and "Quý II/2021" in error.hint


@pytest.mark.parametrize("text", ["Sớm nhất có thể", "Quý V/2021", "Tháng 13/2021", "30/02/2021", "Quý III-II/2021",
                                  "Năm 2025-2021", "", "   ", "Năm 20211", "Quý II/1800"])
def test_unreadable_text_is_an_error_with_a_hint(text: str) -> None:
    result = parse_deadline(text, ONE)
    assert isinstance(result, DeadlineError)
    assert result.message and result.hint


def test_recurring_without_a_period_is_an_error() -> None:
    result = parse_deadline("Hằng năm", None)
    assert isinstance(result, DeadlineError) and "--period" in result.hint


def test_every_deadline_in_the_bundled_plans_reads() -> None:
    seen = set()
    for path in (ROOT / "plans").rglob("*.yaml"):
        if path.name == "agencies.yaml":
            continue
        plan = build_plan(load_file(path).data, str(path))
        period = PlanPeriod(plan.period.start, plan.period.end)
        for _, task in plan.tasks():
            if task.deadline:
                assert isinstance(parse_deadline(task.deadline, period), Deadline), task.deadline
                seen.add(task.deadline)
    assert {"Quý I/ 2021", "Quý II-III/2021", "Quý II và Quý IV/2021", "Năm 2021 và các năm tiếp theo",
            "Theo tiến độ Đề án", "Nhiệm vụ thường xuyên", "Trong năm 2021"} <= seen


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
spaces = st.sampled_from(["", " "])


@given(year=st.integers(2000, 2099), quarter=st.integers(1, 4), roman=st.booleans(), sp=spaces,
       upper=st.booleans(), form=st.sampled_from(["slash", "nam"]))
def test_quarter_property(year: int, quarter: int, roman: bool, sp: str, upper: bool, form: str) -> None:
    number = ROMAN[quarter] if roman else str(quarter)
    text = f"Quý {number}/{sp}{year}" if form == "slash" else f"quý {number} năm {year}"
    if upper:
        text = text.upper()
    deadline = read(text, PlanPeriod(year, year + 4))
    last = quarter * 3
    assert deadline.due == (D(year, last, calendar.monthrange(year, last)[1]),)
    assert deadline.milestones[0].label == f"{year}-Q{quarter}"


@given(year=st.integers(2000, 2099), first=st.integers(1, 4), span=st.integers(1, 3))
def test_quarter_window_property(year: int, first: int, span: int) -> None:
    last = min(first + span, 4)
    if last == first:
        return
    deadline = read(f"Quý {ROMAN[first]} - {ROMAN[last]}/{year}", PlanPeriod(year, year))
    assert deadline.kind == "window"
    assert deadline.start == D(year, first * 3 - 2, 1)
    assert deadline.due == (D(year, last * 3, calendar.monthrange(year, last * 3)[1]),)


@given(day=st.dates(D(2000, 1, 1), D(2099, 12, 31)), prefix=st.sampled_from(["", "ngày ", "Trước ngày ", "trước "]),
       padded=st.booleans())
def test_exact_date_property(day: dt.date, prefix: str, padded: bool) -> None:
    text = f"{prefix}{day.day:02d}/{day.month:02d}/{day.year}" if padded else f"{prefix}{day.day}/{day.month}/{day.year}"
    assert read(text, PlanPeriod(day.year, day.year)).due == (day,)


@given(year=st.integers(2000, 2099), month=st.integers(1, 12), style=st.sampled_from(["Tháng {m}/{y}", "tháng {m} năm {y}"]))
def test_month_property(year: int, month: int, style: str) -> None:
    deadline = read(style.format(m=month, y=year), PlanPeriod(year, year))
    assert deadline.due == (D(year, month, calendar.monthrange(year, month)[1]),)


@given(first=st.integers(2000, 2090), length=st.integers(0, 8), prefix=st.sampled_from(["Giai đoạn ", "Năm ", ""]))
def test_year_range_property(first: int, length: int, prefix: str) -> None:
    deadline = read(f"{prefix}{first}-{first + length}", PlanPeriod(first, first))
    assert deadline.due == (D(first + length, 12, 31),)
    assert deadline.kind == ("date" if length == 0 else "window")


@given(st.text(max_size=40))
def test_never_raises(text: str) -> None:
    result = parse_deadline(text, FIVE)
    assert isinstance(result, (Deadline, DeadlineError))
