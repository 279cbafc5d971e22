"""Deadlines as officials write them (issue 15, point 4): read alike by ``cchc deadline``, lint and status.

Every phrase the issue names is read through the CLI (JSON contract unchanged); the families around
them (other spellings, prefixes, remarks) through the grammar; hints are shown to keep the user's
numbers with Hypothesis.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from cchc.checking.lint import lint_text
from cchc.cli import app
from cchc.deriving.status import build_report
from cchc.reading.deadline import Deadline, DeadlineError, PlanPeriod, parse_deadline
from conftest import ROOT, registry

D = dt.date
P22 = PlanPeriod(2022, 2022)
P2225 = PlanPeriod(2022, 2025)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
Q = [f"{y}-Q{q}" for y in range(2022, 2026) for q in range(1, 5)]


def cli(*args: str) -> tuple[int, dict[str, object]]:
    result = CliRunner().invoke(app, ["deadline", *args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


# text, --period, kind, start, due, labels — every phrase of issue 15 point 4, as stated there
POINT_4 = [
    # spellings
    ("Quí IV-2025", None, "date", None, ["2025-12-31"], ["2025-Q4"]),
    ("Quý IV-2025", None, "date", None, ["2025-12-31"], ["2025-Q4"]),
    ("Quý 4-2025", None, "date", None, ["2025-12-31"], ["2025-Q4"]),
    ("Tháng 12-2025", None, "date", None, ["2025-12-31"], ["2025-12"]),
    ("31-12-2025", None, "date", None, ["2025-12-31"], ["2025-12-31"]),
    ("31.12.2025", None, "date", None, ["2025-12-31"], ["2025-12-31"]),
    ("12/2025", None, "date", None, ["2025-12-31"], ["2025-12"]),
    ("T12/2025", None, "date", None, ["2025-12-31"], ["2025-12"]),
    ("Q2/2022", None, "date", None, ["2022-06-30"], ["2022-Q2"]),
    # ends
    ("Cuối năm 2022", None, "date", None, ["2022-12-31"], ["2022"]),
    ("Cuối tháng 6/2022", None, "date", None, ["2022-06-30"], ["2022-06"]),
    ("Cuối quý II/2022", None, "date", None, ["2022-06-30"], ["2022-Q2"]),
    ("Hết Quý II/2022", None, "date", None, ["2022-06-30"], ["2022-Q2"]),
    ("Đến hết năm 2022", None, "date", None, ["2022-12-31"], ["2022"]),
    ("Từ nay đến hết năm 2022", None, "date", None, ["2022-12-31"], ["2022"]),
    ("Hoàn thành trước ngày 30/9/2022", None, "date", None, ["2022-09-30"], ["2022-09-30"]),
    ("Hoàn thành trong Quý I/2027", None, "date", None, ["2027-03-31"], ["2027-Q1"]),
    ("Trong tháng 12/2022", None, "date", None, ["2022-12-31"], ["2022-12"]),
    ("Đầu năm 2023", None, "date", None, ["2023-03-31"], ["2023-Q1"]),
    # lists
    ("Tháng 6 và tháng 12/2022", None, "date", None, ["2022-06-30", "2022-12-31"], ["2022-06", "2022-12"]),
    ("Tháng 11, 12/2022", None, "date", None, ["2022-11-30", "2022-12-31"], ["2022-11", "2022-12"]),
    ("Đợt 1: Quý II/2022; Đợt 2: Quý IV/2022", None, "date", None, ["2022-06-30", "2022-12-31"],
     ["2022-Q2", "2022-Q4"]),
    # combined and recurring
    ("Thường xuyên, hằng năm", "2022-2025", "recurring", "2022-01-01",
     [f"{y}-12-31" for y in range(2022, 2026)], [str(y) for y in range(2022, 2026)]),
    ("Hằng năm (Quý IV)", "2022-2025", "recurring", "2022-10-01",
     [f"{y}-12-31" for y in range(2022, 2026)], [f"{y}-Q4" for y in range(2022, 2026)]),
    ("Định kỳ hằng quý, 6 tháng, năm", "2022-2025", "recurring", "2022-01-01",
     [f"{y}-{md}" for y in range(2022, 2026) for md in ("03-31", "06-30", "09-30", "12-31")], Q),
    ("Trước ngày 15 hằng tháng", "2022", "recurring", "2022-01-01",
     [f"2022-{m:02d}-15" for m in range(1, 13)], [f"2022-{m:02d}" for m in range(1, 13)]),
    # starts: due at the end of the plan's period, never 30/06
    ("Từ Quý II/2022", "2022-2025", "window", "2022-04-01", ["2025-12-31"], ["2025"]),
    ("Từ Quý II/2022", "2022", "window", "2022-04-01", ["2022-12-31"], ["2022"]),
    ("Từ tháng 6/2022", "2022-2025", "window", "2022-06-01", ["2025-12-31"], ["2025"]),
    ("Từ năm 2023", "2022-2025", "window", "2023-01-01", ["2025-12-31"], ["2025"]),
    ("Từ năm 2023 trở đi", "2022-2025", "window", "2023-01-01", ["2025-12-31"], ["2025"]),
    # relative, without the plan's date: awaiting a trigger
    ("Trong vòng 30 ngày kể từ ngày ký", "2022", "conditional", None, [], []),
    ("Sau 30 ngày kể từ ngày ban hành", "2022", "conditional", None, [], []),
]


@pytest.mark.parametrize("text, period, kind, start, due, labels", POINT_4)
def test_cchc_deadline_reads_every_phrase_of_point_4(text: str, period: str | None, kind: str, start: str | None,
                                                     due: list[str], labels: list[str]) -> None:
    code, data = cli(text, *(["--period", period] if period else []))
    assert code == 0, data
    assert set(data) == {"text", "kind", "start", "due", "labels", "explanation"}
    assert (data["text"], data["kind"], data["start"], data["due"], data["labels"]) == (text, kind, start, due, labels)


def test_early_year_is_the_first_quarter_and_says_so() -> None:
    _, data = cli("Đầu năm 2023")
    assert "Quý I/2023" in str(data["explanation"]) and "31/03/2023" in str(data["explanation"])


def test_relative_deadlines_count_from_the_issued_date() -> None:
    assert cli("Trong vòng 30 ngày kể từ ngày ký", "--issued", "2022-03-15")[1]["due"] == ["2022-04-14"]
    assert cli("Sau 30 ngày kể từ ngày ban hành", "--issued", "15/03/2022")[1]["due"] == ["2022-04-14"]
    assert cli("03 tháng kể từ ngày ký", "--issued", "2022-11-30")[1]["due"] == ["2023-02-28"]
    assert cli("Trong vòng 10 ngày kể từ ngày Kế hoạch được ban hành", "--issued", "2022-03-15")[1]["due"] == \
        ["2022-03-25"]
    # another event than the plan's own date, or working days: awaiting, never a guess
    other = parse_deadline("30 ngày kể từ ngày nhận được hướng dẫn của Bộ", P22, D(2022, 3, 15))
    assert isinstance(other, Deadline) and other.kind == "conditional" and "days: 30" in other.explanation
    assert "hướng dẫn của Bộ" in other.explanation
    working = parse_deadline("Trong vòng 15 ngày làm việc kể từ ngày ký", P22, D(2022, 3, 15))
    assert isinstance(working, Deadline) and working.kind == "conditional" and not working.milestones
    assert "ngày làm việc" in working.explanation


def test_issued_option_is_checked() -> None:
    result = CliRunner().invoke(app, ["deadline", "Quý II/2022", "--issued", "15/13/2022"])
    assert result.exit_code != 0 and "--issued" in result.output


def test_the_cli_in_a_process_keeps_the_json_contract() -> None:
    env = {**os.environ, "COLUMNS": "120"}
    proc = subprocess.run([sys.executable, "-m", "cchc", "deadline", "Sau 30 ngày kể từ ngày ban hành", "--issued",
                           "2022-03-15", "--period", "2022", "--format", "json"], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["kind"], data["due"], data["labels"]) == ("date", ["2022-04-14"], ["2022-04-14"])


def test_a_start_without_a_period_asks_for_it() -> None:
    code, data = cli("Từ Quý II/2022")
    assert code == 1 and "--period" in str(data["hint"]) and "01/04/2022" in str(data["error"])
    late = parse_deadline("Từ năm 2027", P2225)
    assert isinstance(late, DeadlineError) and "2022–2025" in late.message


def test_a_start_followed_by_a_window_keeps_its_old_reading() -> None:
    for text in ("Từ quý I-II/2022", "Từ năm 2022-2025", "Từ tháng 3 đến tháng 5/2022", "Từ 2022 đến hết năm 2025"):
        deadline = parse_deadline(text, P2225)
        assert isinstance(deadline, Deadline) and deadline.kind == "window", text


# --------------------------------------------------------------------------- the families around the phrases

@pytest.mark.parametrize("text, due, labels", [
    ("QUÍ III NĂM 2023", ["2023-09-30"], ["2023-Q3"]),
    ("Qúy II/2022.", ["2022-06-30"], ["2022-Q2"]),
    ("Quý IV/năm 2025", ["2025-12-31"], ["2025-Q4"]),
    ("Q.III/2025", ["2025-09-30"], ["2025-Q3"]),
    ("Quí 3 - 2025", ["2025-09-30"], ["2025-Q3"]),
    ("- Quý III/2022;", ["2022-09-30"], ["2022-Q3"]),
    ("Th9/2025", ["2025-09-30"], ["2025-09"]),
    ("09-2025", ["2025-09-30"], ["2025-09"]),
    ("Trước ngày 31-12-2025", ["2025-12-31"], ["2025-12-31"]),
    ("Chậm nhất là ngày 30/6/2022", ["2022-06-30"], ["2022-06-30"]),
    ("Chậm nhất trong tháng 10/2025", ["2025-10-31"], ["2025-10"]),
    ("Dự kiến Quý II/2022", ["2022-06-30"], ["2022-Q2"]),
    ("Thời hạn: Quý II/2022", ["2022-06-30"], ["2022-Q2"]),
    ("Cuối Quý 4 năm 2025", ["2025-12-31"], ["2025-Q4"]),
    ("Hết năm 2025", ["2025-12-31"], ["2025"]),
    ("Đến hết ngày 31/12/2025", ["2025-12-31"], ["2025-12-31"]),
    ("Đến Quý IV/2025", ["2025-12-31"], ["2025-Q4"]),
    ("Từ nay đến cuối năm 2025", ["2025-12-31"], ["2025"]),
    ("Tháng 10, tháng 11 và tháng 12/2025", ["2025-10-31", "2025-11-30", "2025-12-31"],
     ["2025-10", "2025-11", "2025-12"]),
    ("Quý IV/2022 và Quý II/2023", ["2022-12-31", "2023-06-30"], ["2022-Q4", "2023-Q2"]),
    ("30/6/2022 và 31/12/2022", ["2022-06-30", "2022-12-31"], ["2022-06-30", "2022-12-31"]),
    ("Đợt 1 quý II/2022, đợt 2 quý IV/2022", ["2022-06-30", "2022-12-31"], ["2022-Q2", "2022-Q4"]),
    ("Lần 1: Quý II/2022, Lần 2: Quý IV/2022", ["2022-06-30", "2022-12-31"], ["2022-Q2", "2022-Q4"]),
    ("Quý II/2022 (trình UBND tỉnh)", ["2022-06-30"], ["2022-Q2"]),
    ("Năm 2022 (Quý II)", ["2022-06-30"], ["2022-Q2"]),
    ("Năm 2022 (trước 30/6/2022)", ["2022-06-30"], ["2022-06-30"]),
    ("Năm 2025: Quý IV", ["2025-12-31"], ["2025-Q4"]),
    ("Quý II/2025 (Báo cáo trước 15/6)", ["2025-06-15"], ["2025-06-15"]),
    ("Trước ngày 31/12/2022 (Đợt 1); trước ngày 31/12/2023 (Đợt 2)", ["2022-12-31", "2023-12-31"],
     ["2022-12-31", "2023-12-31"]),
    ("Năm 2022: Quý III; Năm 2023: Quý IV", ["2022-09-30", "2023-12-31"], ["2022-Q3", "2023-Q4"]),
    ("Từ ngày 01/7/2022", ["2025-12-31"], ["2025"]),
    ("Bắt đầu từ Quý III/2022", ["2025-12-31"], ["2025"]),
    ("2023 - 2025 (hằng năm)", ["2023-12-31", "2024-12-31", "2025-12-31"], ["2023", "2024", "2025"]),
    ("Hoàn thành chậm nhất trong Quý IV/2025", ["2025-12-31"], ["2025-Q4"]),
    ("Quý IV/ năm 2025", ["2025-12-31"], ["2025-Q4"]),
    ("Quý IV.2025", ["2025-12-31"], ["2025-Q4"]),
    ("Tháng 6,12/2022", ["2022-06-30", "2022-12-31"], ["2022-06", "2022-12"]),
    ("Quý III/2022 đến Quý II/2023", ["2023-06-30"], ["2023-Q2"]),
    ("Tháng 9/2025 - Tháng 12/2025", ["2025-12-31"], ["2025-12"]),
    ("Từ tháng 6/2022 đến Quý IV/2022", ["2022-12-31"], ["2022-Q4"]),
])
def test_families(text: str, due: list[str], labels: list[str]) -> None:
    deadline = parse_deadline(text, P2225)
    assert isinstance(deadline, Deadline), (text, deadline)
    assert ([d.isoformat() for d in deadline.due], [m.label for m in deadline.milestones]) == (due, labels)


def test_a_remark_left_aside_is_named_in_the_explanation_as_written() -> None:
    deadline = parse_deadline("Quý II/2022 (trình UBND tỉnh)", P22)
    assert isinstance(deadline, Deadline) and "\"trình UBND tỉnh\"" in deadline.explanation


def test_a_remark_that_contradicts_the_text_is_an_error() -> None:
    assert isinstance(parse_deadline("Năm 2025 (Quý II/2026)", P2225), DeadlineError)


@pytest.mark.parametrize("text, labels", [
    ("Thường xuyên (báo cáo hằng năm)", [str(y) for y in range(2022, 2026)]),
    ("Hàng năm và thường xuyên", [str(y) for y in range(2022, 2026)]),
    ("Thường xuyên; báo cáo định kỳ 6 tháng, năm", [f"{y}-H{h}" for y in range(2022, 2026) for h in (1, 2)]),
    ("Báo cáo định kỳ quý, 6 tháng, năm", Q),
    ("Hàng quý, năm", Q),
    ("Hằng tháng, quý, năm", [f"{y}-{m:02d}" for y in range(2022, 2026) for m in range(1, 13)]),
    ("Hằng năm, trước ngày 15/12", [f"{y}-12-15" for y in range(2022, 2026)]),
    ("Hằng năm, báo cáo trước ngày 15/12", [f"{y}-12-15" for y in range(2022, 2026)]),
    ("Thường xuyên và định kỳ hằng năm", [str(y) for y in range(2022, 2026)]),
    ("Trong năm 2023 và các năm tiếp theo", [str(y) for y in range(2023, 2026)]),
    ("Định kỳ hằng năm (tháng 12)", [f"{y}-12" for y in range(2022, 2026)]),
    ("Trước ngày 15/6 và 15/12 hằng năm", [f"{y}-{md}" for y in range(2022, 2026) for md in ("06-15", "12-15")]),
    ("Hằng tháng (trước ngày 20)", [f"{y}-{m:02d}" for y in range(2022, 2026) for m in range(1, 13)]),
    ("Ngày 25 hàng tháng", [f"{y}-{m:02d}" for y in range(2022, 2026) for m in range(1, 13)]),
    ("Định kỳ hằng quý (trước ngày 15 của tháng cuối quý)", Q),
])
def test_recurring_families(text: str, labels: list[str]) -> None:
    deadline = parse_deadline(text, P2225)
    assert isinstance(deadline, Deadline) and deadline.kind == "recurring", (text, deadline)
    assert [m.label for m in deadline.milestones] == labels
    assert len(set(labels)) == len(labels)
    assert all(m.start is not None and m.start <= m.due for m in deadline.milestones)


def test_day_of_each_quarter_and_month() -> None:
    quarterly = parse_deadline("Trước ngày 10 của tháng cuối quý", P22)
    assert isinstance(quarterly, Deadline)
    assert quarterly.due == (D(2022, 3, 10), D(2022, 6, 10), D(2022, 9, 10), D(2022, 12, 10))
    monthly = parse_deadline("Trước ngày 31 hằng tháng", P22)
    assert isinstance(monthly, Deadline) and monthly.due[1] == D(2022, 2, 28)
    assert isinstance(parse_deadline("Trước ngày 32 hằng tháng", P22), DeadlineError)


def test_missing_year_examples_keep_the_user_words() -> None:
    error = parse_deadline("Quý III", None)
    assert isinstance(error, DeadlineError) and "\"Quý III/<năm>\"" in error.hint and "--period" in error.hint
    error = parse_deadline("Cuối năm", P2225)
    assert isinstance(error, DeadlineError) and "\"Cuối năm 2022\"" in error.hint
    assert isinstance(parse_deadline("Cuối năm", P22), Deadline)


# --------------------------------------------------------------------------- hints keep the user's numbers

def test_hints_for_unread_quarters_keep_quarter_and_year() -> None:
    for text, nearest in [("Khoảng quý IV/2025", "Quý IV/2025"), ("Khoảng quý III và IV /2025", "Quý III và IV/2025"),
                          ("Quý II/2022 (tuần 2)", "Quý II/2022"), ("tầm tháng 9 năm 2024", "Tháng 9/2024")]:
        error = parse_deadline(text, P2225)
        assert isinstance(error, DeadlineError) and f"\"{nearest}\"" in error.hint, (text, error)


def test_without_a_form_keeping_the_numbers_the_hint_lists_the_forms() -> None:
    error = parse_deadline("Sớm nhất có thể", P2225)
    assert isinstance(error, DeadlineError)
    assert suggested(error.hint) == [] and "Quý <quý>/<năm>" in error.hint


def numbers(text: str) -> set[int]:
    """The numbers in a text, a Roman numeral I–IV after a quarter word counting as its number."""
    found = {int(n) for n in re.findall(r"\d+", text)}
    roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
    found |= {roman[r] for r in re.findall(r"\b(iv|iii|ii|i)\b", text.lower())}
    return found


def suggested(hint: str) -> list[str]:
    """The forms a hint suggests: its quoted texts, placeholders left out."""
    return [q for q in re.findall(r"\"([^\"]*)\"", hint) if "<" not in q]


quarter_word = st.sampled_from(["Quý", "Quí", "Qúy", "QUÝ", "quý", "Q", "Q."])
noise = st.sampled_from(["Khoảng", "tầm", "dự tính", "sớm", "ưu tiên", "(xem ghi chú)", "khoảng chừng", "đầu", "giữa"])


@given(word=quarter_word, quarter=st.integers(1, 4), roman=st.booleans(), year=st.integers(1990, 2099),
       sep=st.sampled_from(["/", "-", ".", " ", " năm ", "/ ", " - "]), before=noise, after=st.sampled_from(["", " nhé", " ?"]))
def test_hint_for_a_quarter_keeps_the_users_quarter_and_year(word: str, quarter: int, roman: bool, year: int,
                                                             sep: str, before: str, after: str) -> None:
    written = f"{word} {ROMAN[quarter] if roman else quarter}{sep}{year}"
    text = f"{before} {written}{after}"
    result = parse_deadline(text, P2225)
    if isinstance(result, DeadlineError):
        assert f"\"Quý {ROMAN[quarter]}/{year}\"" in result.hint, (text, result.hint)
    # read or not, the quarter itself is read as written
    deadline = parse_deadline(written, P2225)
    assert isinstance(deadline, Deadline) and deadline.milestones[0].label == f"{year}-Q{quarter}", written


@given(words=st.lists(st.sampled_from(["Quý", "Quí", "tháng", "T", "ngày", "năm", "trước", "đến", "hết", "và", ",",
                                       "khoảng", "tầm", "Đợt", "(", ")", "-", "/", ":", "hằng", "kể từ", "sau"]),
                      max_size=6),
       nums=st.lists(st.one_of(st.integers(0, 40).map(str), st.integers(1990, 2099).map(str),
                               st.sampled_from(["I", "II", "III", "IV", "V", "05", "0"])), max_size=4),
       order=st.randoms(use_true_random=False), period=st.sampled_from([None, P22, P2225]))
def test_every_number_in_a_suggested_form_comes_from_the_users_text(words: list[str], nums: list[str], order,
                                                                   period: PlanPeriod | None) -> None:
    tokens = words + nums
    order.shuffle(tokens)
    text = " ".join(tokens)
    result = parse_deadline(text, period)
    if not isinstance(result, DeadlineError):
        return
    allowed = numbers(text) | ({period.start} if period is not None else set())  # a missing year: the plan's
    for form in suggested(result.hint):
        assert numbers(form) <= allowed, (text, result.hint)


# --------------------------------------------------------------------------- lint and status read alike

PLAN = """\
version: 1
id: thu-nghiem
document:
  type: Kế hoạch
  symbol: KH-UBND
  issuer: ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
  title: Cải cách hành chính năm 2022
{date}period: {{start: 2022, end: 2025}}
appendices:
  - sections:
      - number: I
        title: THỬ NGHIỆM
        area: the_che
        lead: [Sở Nội vụ]
        tasks:
          - {{id: "1", content: Ban hành quy chế, output: Quy chế, deadline: "Trong vòng 30 ngày kể từ ngày ký"}}
          - {{id: "2", content: Rà soát, output: Báo cáo, deadline: "Từ Quý II/2022"}}
          - {{id: "3", content: Tuyên truyền, output: Báo cáo, deadline: "Quí IV-2022"}}
          - {{id: "4", content: Báo cáo, output: Báo cáo, deadline: "Thường xuyên, hằng năm"}}
"""


def status_of(text: str, as_of: dt.date) -> dict[str, tuple[str, str | None]]:
    result = lint_text(text, "plan.yaml", registry=registry())
    assert [d.code for d in result.diagnostics if d.code == "T004"] == []
    assert result.plan is not None
    report = build_report([result.plan], as_of, 14, None)
    return {row.task.id: (row.state, row.milestone.due.isoformat() if row.milestone else None)
            for row in report.rows if not row.multiple or row.milestone and row.milestone.label == "2022"}


def test_lint_and_status_read_the_plan_date_and_the_new_forms() -> None:
    dated = status_of(PLAN.format(date="  date: 2022-03-15\n"), D(2022, 5, 1))
    assert dated["1"] == ("overdue", "2022-04-14")
    assert dated["2"] == ("on_track", "2025-12-31")  # from Q2/2022 to the end of the period, never 30/06
    assert dated["3"] == ("on_track", "2022-12-31")
    assert dated["4"] == ("on_track", "2022-12-31")
    undated = status_of(PLAN.format(date=""), D(2022, 5, 1))
    assert undated["1"] == ("awaiting_trigger", None)


def test_every_text_in_the_readme_table_reads() -> None:
    table = (ROOT / "README.md").read_text(encoding="utf-8").split("## Deadlines", 1)[1].split("\n## ", 1)[0]
    texts = [t for line in table.splitlines() if line.startswith("| `")
             for t in re.findall(r"`([^`]+)`", line.split("|")[1])]
    assert len(texts) > 80
    unread = [t for t in texts if not isinstance(parse_deadline(t, PlanPeriod(2021, 2025), D(2022, 3, 15)), Deadline)]
    assert unread == []


@pytest.mark.parametrize("text", ["Kể từ khi Đề án được phê duyệt", "Khi Bộ Nội vụ ban hành hướng dẫn",
                                  "Tùy theo tình hình thực tế", "Theo nhu cầu", "Ngay khi có văn bản của Bộ"])
def test_conditions_await_a_trigger(text: str) -> None:
    deadline = parse_deadline(text, P2225)
    assert isinstance(deadline, Deadline) and deadline.kind == "conditional" and not deadline.milestones


@pytest.mark.parametrize("text", ["từ " * 2000 + "Quý II/2022", "kể từ " * 1000 + "năm 2022", "hằng năm, " * 1000 + "quý iv",
                                  "Quý II/2022 (trình UBND tỉnh) và tháng 6, " * 200, "(" * 500 + "Quý II/2022" + ")" * 500])
def test_long_or_nested_text_is_read_in_one_pass(text: str) -> None:
    """A pasted paragraph is an error (or a reading) at once: no deep recursion, no search over its parts."""
    assert isinstance(parse_deadline(text, P2225), (Deadline, DeadlineError))
