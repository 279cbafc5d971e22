"""Issue 16: recording on any plan, every task addressable, dates that make sense, trigger and result.

Every test that writes checks that only lines were added (the rest of the file is byte for byte
the same) and that what was written reads back as exactly what was asked.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.authoring.edit import (
    ProgressUpdate,
    ResultUpdate,
    TriggerUpdate,
    UpdateRefused,
    record_result,
    record_trigger,
    update_progress,
    yaml_scalar,
)
from cchc.checking.lint import lint_file
from cchc.deriving.status import task_deadline
from cchc.reading.load import load_file, load_text
from cchc.reading.model import build_plan
from conftest import FIXTURES, HEADER, REGISTRY_YAML, ROOT, lint_codes

BUNDLED = sorted(p for p in (ROOT / "plans").rglob("*.yaml") if p.name != "agencies.yaml")

LABEL_KINDS = {
    "year": (r"\d{4}", "Hằng năm"),
    "half": (r"\d{4}-H[12]", "6 tháng một lần"),
    "quarter": (r"\d{4}-Q[1-4]", "Hằng quý"),
    "month": (r"\d{4}-\d{2}", "Hằng tháng"),
    "day": (r"\d{4}-\d{2}-\d{2}", "Ngày 15/6/{year}"),
}


def _copy_folder(src: Path, tmp_path: Path) -> Path:
    folder = tmp_path / src.parent.name
    shutil.copytree(src.parent, folder)
    return folder / src.name


def _only_added(old: bytes, new: bytes) -> list[str]:
    """The lines added, asserting that every old line is kept in order and nothing else changed."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    start = 0
    while start < len(old_lines) and old_lines[start] == new_lines[start]:
        start += 1
    added = len(new_lines) - len(old_lines)
    assert added > 0
    assert new_lines[start + added:] == old_lines[start:], "bytes after the insertion changed"
    return [line.decode("utf-8").rstrip("\r\n") for line in new_lines[start:start + added]]


def _plan(path: Path):  # type: ignore[no-untyped-def]
    return build_plan(load_file(path).data, str(path))


def _task(path: Path, ref: str):  # type: ignore[no-untyped-def]
    return next(t for _, t in _plan(path).tasks() if (t.key or t.ref) == ref)


def _inline(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    (tmp_path / "agencies.yaml").write_text(REGISTRY_YAML, encoding="utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(header + body, encoding="utf-8")
    return path


def _with_label_kind(path: Path, pattern: str, phrase: str) -> tuple[str, str, dt.date]:
    """A leaf task of the plan at ``path`` with a milestone labelled like ``pattern`` (its
    reference, the label and the milestone's due date); when the plan has none, the deadline of a
    task without progress is rewritten in place (the copy only) to ``phrase``."""
    plan = _plan(path)
    candidates = [t for _, t in plan.leaf_tasks() if not t.progress and t.trigger is None]
    for task in candidates:
        deadline = task_deadline(plan, task)
        for milestone in getattr(deadline, "milestones", ()):
            if re.fullmatch(pattern, milestone.label):
                return task.key or task.ref, milestone.label, milestone.due
    loaded = load_file(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    text = phrase.format(year=plan.period.start)
    for task in candidates:
        span = loaded.spans.get((*task.path, "deadline"))
        if task.due is None and span is not None and span.line == span.end_line:
            line = lines[span.line - 1]
            lines[span.line - 1] = f'{line[:span.column - 1]}"{text}"{line[span.end_column - 1:]}'
            path.write_text("\n".join(lines), encoding="utf-8")
            return _with_label_kind(path, pattern, phrase)
    for task in candidates:  # no task has a one-line deadline: give one a deadline below its id
        key = loaded.key_spans.get((*task.path, "id"))
        if task.due is None and task.deadline is None and key is not None:
            lines.insert(key.line, " " * (key.column - 1) + f'deadline: "{text}"')
            path.write_text("\n".join(lines), encoding="utf-8")
            return _with_label_kind(path, pattern, phrase)
    raise AssertionError(f"no task to give a {pattern} deadline in {path}")


@pytest.mark.parametrize("kind", list(LABEL_KINDS))
@pytest.mark.parametrize("src", BUNDLED, ids=lambda p: p.name)
def test_every_occurrence_label_kind_reads_back_on_every_bundled_plan(src: Path, kind: str, tmp_path: Path) -> None:
    path = _copy_folder(src, tmp_path)
    pattern, phrase = LABEL_KINDS[kind]
    ref, label, due = _with_label_kind(path, pattern, phrase)
    before = path.read_bytes()
    result = update_progress(path, ProgressUpdate(ref, "done", due, occurrence=label), today=due + dt.timedelta(days=1))
    assert result.written
    added = _only_added(before, path.read_bytes())
    assert added == list(result.added)
    entry = _task(path, ref).progress[-1]
    assert (entry.status, entry.occurrence, entry.date) == ("done", label, due)
    raw = load_file(path)
    node = raw.data
    for part in entry.path:
        node = node[part]
    assert node["occurrence"] == label and isinstance(node["occurrence"], str)


def test_cli_done_yearly_task_with_occurrence_year(tmp_path: Path) -> None:
    """The issue's report: `cchc done PLAN 6 --occurrence 2025` on a "Hằng năm" task."""
    path = _copy_folder(ROOT / "plans" / "nam-dinh" / "kh-cchc-2021-2025.yaml", tmp_path)
    ref, label, due = _with_label_kind(path, r"\d{4}", "Hằng năm")
    plan = _plan(path)
    year = str(plan.period.end)
    labels = [m.label for m in task_deadline(plan, _task(path, ref)).milestones]
    occurrence = year if year in labels else label
    proc = subprocess.run([sys.executable, "-m", "cchc", "done", str(path), ref, "--occurrence", occurrence,
                           "--date", f"{occurrence}-12-20", "--as-of", f"{int(occurrence) + 1}-01-10"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert f'occurrence: "{occurrence}"' in proc.stdout
    assert _task(path, ref).progress[-1].occurrence == occurrence


# ------------------------------------------------------------------ values read back as written

TRICKY = ["null", "true", "no", "yes", "~", "123", "1.5", "0x1F", "#", ": ", "a: b", "- x", "-", "'", '"', "\\",
          "a\nb", "a\r\nb", "  lề  ", "Tiếng Việt có dấu: Sở Nội vụ", "2025", "2025-06", "@x", "`x`", "%x", "!x", "&a",
          "*a", "{a}", "[a]", "a #b", "\u2028", "\u0085", "😀", "=", "<<", "?"]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_is_written_so_that_it_reads_back(text: str, tmp_path: Path) -> None:
    path = _copy_folder(FIXTURES / "valid" / "full.yaml", tmp_path)
    before = path.read_bytes()
    update_progress(path, ProgressUpdate("I.2.a)", "doing", dt.date(2021, 6, 1), note=text, evidence=text, by=text))
    _only_added(before, path.read_bytes())
    entry = _task(path, "I.2.a)").progress[-1]
    assert (entry.note, entry.evidence, entry.by) == (text, text, text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
def test_every_text_reads_back_as_itself(text: str) -> None:
    loaded = load_text(f"key: {yaml_scalar(text)}\n", "x.yaml")
    assert loaded.ok and loaded.data == {"key": text}
    flow = load_text(f"- {{key: {yaml_scalar(text)}, other: 1}}\n", "x.yaml")
    assert flow.ok and flow.data == [{"key": text, "other": 1}]


@given(st.floats(allow_nan=False, allow_infinity=False) | st.integers(-10**12, 10**12))
def test_numbers_read_back_as_numbers(value: float) -> None:
    loaded = load_text(f"value: {yaml_scalar(value)}\n", "x.yaml")
    assert loaded.data["value"] == value and not isinstance(loaded.data["value"], str | bool)


# ------------------------------------------------------------------ every task addressable

TWO_THREES = """\
appendices:
  - sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        tasks:
          - id: "3"
            content: Việc ba thứ nhất
            output: Báo cáo
            deadline: Năm 2021
            lead: [Sở Nội vụ]
          - id: "3"  # cchc: ignore[N001] bản gốc đánh số 3 hai lần
            content: Việc ba thứ hai
            output: Báo cáo
            deadline: Năm 2021
            lead: [Sở Nội vụ]
"""


def test_first_of_two_iii3_in_quang_nam_is_addressable(tmp_path: Path) -> None:
    path = _copy_folder(ROOT / "plans" / "quang-nam" / "kh-cchc-2021.yaml", tmp_path)
    before = path.read_bytes()
    update_progress(path, ProgressUpdate("III.3", "doing", dt.date(2021, 6, 1)), today=dt.date(2021, 7, 1))
    added = _only_added(before, path.read_bytes())
    plan = _plan(path)
    threes = [t for _, t in plan.tasks() if t.ref == "III.3"]
    assert len(threes) == 2 and threes[0].key is None and threes[1].key == "III.3b"
    assert [e.status for e in threes[0].progress] == ["doing"] and not threes[1].progress
    assert added[0].strip() == "progress:"
    update_progress(path, ProgressUpdate("iii.3b", "doing", dt.date(2021, 6, 1)), today=dt.date(2021, 7, 1))
    assert [e.status for e in _task(path, "III.3b").progress] == ["doing"]


def test_truly_ambiguous_number_names_each_candidate_line_and_a_key(tmp_path: Path) -> None:
    path = _inline(tmp_path, TWO_THREES)
    before = path.read_bytes()
    with pytest.raises(UpdateRefused) as refused:
        update_progress(path, ProgressUpdate("I.3", "done", dt.date(2021, 6, 1)), today=dt.date(2021, 7, 1))
    assert "trùng nhau ở 2 nhiệm vụ" in refused.value.message
    assert "dòng 14: thêm key: I.3-1" in refused.value.hint and "dòng 19: thêm key: I.3-2" in refused.value.hint
    assert path.read_bytes() == before
    # adding the suggested key makes both addressable: the unkeyed one by its number
    path.write_text(path.read_text(encoding="utf-8").replace(
        '# cchc: ignore[N001] bản gốc đánh số 3 hai lần\n', '# cchc: ignore[N001] bản gốc đánh số 3 hai lần\n'
        '            key: I.3-2\n'), encoding="utf-8")
    update_progress(path, ProgressUpdate("I.3", "done", dt.date(2021, 6, 1)), today=dt.date(2021, 7, 1))
    update_progress(path, ProgressUpdate("I.3-2", "doing", dt.date(2021, 6, 2)), today=dt.date(2021, 7, 1))
    plan = _plan(path)
    assert [(t.key, [e.status for e in t.progress]) for _, t in plan.tasks()] == [(None, ["done"]), ("I.3-2", ["doing"])]


# ------------------------------------------------------------------ dates that make sense

ONE_TASK = """\
appendices:
  - sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        tasks:
          - id: "1"
            content: Việc một
            output: Báo cáo
            deadline: Năm 2021
            lead: [Sở Nội vụ]
"""


@pytest.mark.parametrize("day, today, fragment", [
    ("2021-07-02", "2021-07-01", "sau hôm nay"),
    ("2019-12-31", "2021-07-01", "ngoài khoảng hợp lý"),
    ("2023-01-01", "2023-06-01", "ngoài khoảng hợp lý"),
    (None, "2022-01-01", "đã kết thúc"),
])
def test_implausible_dates_are_refused_with_a_hint(day: str | None, today: str, fragment: str, tmp_path: Path) -> None:
    path = _inline(tmp_path, ONE_TASK)
    before = path.read_bytes()
    request = ProgressUpdate("I.1", "done", dt.date.fromisoformat(day) if day else None)
    with pytest.raises(UpdateRefused) as refused:
        update_progress(path, request, today=dt.date.fromisoformat(today))
    assert fragment in refused.value.message and refused.value.hint
    assert path.read_bytes() == before
    if day is not None:
        assert "--force" in refused.value.hint
        result = update_progress(path, request, today=dt.date.fromisoformat(today), force=True)
        assert _task(path, "I.1").progress[-1].date.isoformat() == day
        outside = not dt.date(2020, 1, 1) <= dt.date.fromisoformat(day) <= dt.date(2022, 12, 31)
        assert [d.code for d in result.new_warnings] == (["P004"] if outside else [])


def test_no_date_means_today_while_the_period_runs(tmp_path: Path) -> None:
    path = _inline(tmp_path, ONE_TASK)
    result = update_progress(path, ProgressUpdate("I.1", "doing", None), today=dt.date(2021, 3, 4))
    assert result.date == dt.date(2021, 3, 4)
    assert _task(path, "I.1").progress[-1].date == dt.date(2021, 3, 4)


def test_window_edges_are_accepted(tmp_path: Path) -> None:
    path = _inline(tmp_path, ONE_TASK)
    update_progress(path, ProgressUpdate("I.1", "doing", dt.date(2020, 1, 1)), today=dt.date(2023, 6, 1))
    update_progress(path, ProgressUpdate("I.1", "done", dt.date(2022, 12, 31)), today=dt.date(2023, 6, 1))
    assert [e.date.year for e in _task(path, "I.1").progress] == [2020, 2022]


def test_lint_flags_progress_dates_outside_the_window_without_looking_at_today() -> None:
    header = HEADER.replace("period: {start: 2021, end: 2021}", "period: {start: 2027, end: 2027}")
    body = ONE_TASK.replace("Năm 2021", "Năm 2027") + """\
            progress:
              - {date: 2017-06-20, status: doing}
              - {date: 2026-01-01, status: doing}
              - {date: 2028-12-31, status: doing}
              - {date: 2207-06-20, status: done}
"""
    codes = lint_codes(header + body, header=False)
    assert codes == [(20, 24, "P004"), (23, 24, "P004")]


def test_lint_flags_trigger_and_result_dates_outside_the_window() -> None:
    body = """\
body:
  - title: Mục tiêu
    targets:
      - id: "1"
        text: Đạt 80%
        measure: {comparison: at_least, value: 80, unit: "%", year: 2021}
        results:
          - {date: 2012-12-31, value: 85}
appendices:
  - sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        tasks:
          - id: "1"
            content: Việc một
            output: Báo cáo
            deadline: Sau khi có văn bản hướng dẫn
            lead: [Sở Nội vụ]
            trigger: {date: 2031-05-01, days: 30}
"""
    assert [code for *_, code in lint_codes(body)] == ["P004", "P004"]


# ------------------------------------------------------------------ cchc trigger

CONDITIONAL = ONE_TASK.replace("Năm 2021", "Sau khi có văn bản hướng dẫn của Bộ Nội vụ")


def test_trigger_records_the_event_and_the_deadline_follows(tmp_path: Path) -> None:
    path = _inline(tmp_path, CONDITIONAL)
    before = path.read_bytes()
    result = record_trigger(path, TriggerUpdate("I.1", dt.date(2021, 5, 3), days=30, source="Thông tư số 1/2021/TT-BNV"),
                            today=dt.date(2021, 6, 1))
    assert _only_added(before, path.read_bytes()) == [
        "            trigger:", "              date: 2021-05-03", "              days: 30",
        '              source: "Thông tư số 1/2021/TT-BNV"'] == list(result.added)
    plan = _plan(path)
    task = _task(path, "I.1")
    assert task.trigger is not None and task.trigger.source == "Thông tư số 1/2021/TT-BNV"
    assert [m.due for m in task_deadline(plan, task).milestones] == [dt.date(2021, 6, 2)]
    assert not lint_file(path).diagnostics


@pytest.mark.parametrize("body, update, fragment", [
    (ONE_TASK, TriggerUpdate("I.1", dt.date(2021, 5, 3), days=30), "không phải dạng chờ điều kiện"),
    (CONDITIONAL, TriggerUpdate("I.1", dt.date(2021, 5, 3)), "thời gian được giao"),
    (CONDITIONAL + "            trigger: {date: 2021-04-01, months: 2}\n", TriggerUpdate("I.1", dt.date(2021, 5, 3), days=3),
     "không ghi đè"),
    (CONDITIONAL, TriggerUpdate("I.1", dt.date(2021, 8, 3), days=3), "sau hôm nay"),
    (CONDITIONAL, TriggerUpdate("I.9", dt.date(2021, 5, 3), days=3), "Không có nhiệm vụ"),
])
def test_trigger_refusals_change_nothing(body: str, update: TriggerUpdate, fragment: str, tmp_path: Path) -> None:
    path = _inline(tmp_path, body)
    before = path.read_bytes()
    with pytest.raises(UpdateRefused) as refused:
        record_trigger(path, update, today=dt.date(2021, 6, 1))
    assert fragment in refused.value.message and refused.value.hint
    assert path.read_bytes() == before


def test_trigger_keeps_crlf_and_bom(tmp_path: Path) -> None:
    path = _inline(tmp_path, CONDITIONAL)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    before = path.read_bytes()
    record_trigger(path, TriggerUpdate("I.1", dt.date(2021, 5, 3), months=1), today=dt.date(2021, 6, 1))
    after = path.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf") and b"\n" not in after.replace(b"\r\n", b"")
    assert _only_added(before, after) == ["            trigger:", "              date: 2021-05-03", "              months: 1"]


# ------------------------------------------------------------------ cchc result

TARGETS = """\
body:
  - title: Mục tiêu
    targets:
      - id: "1.2-2"
        text: Hồ sơ điện tử đạt tối thiểu 80%.
        measure: {comparison: at_least, value: 80, unit: "%", year: 2025}
      - id: "2"
        text: Chia theo cấp
        measure:
          comparison: at_least
          unit: "%"
          year: 2025
          breakdown:
            - {level: tinh, value: 100}
            - {level: huyen, value: 80}
      - text: Chỉ tiêu chưa có id
"""
MULTI_YEAR = HEADER.replace("period: {start: 2021, end: 2021}", "period: {start: 2021, end: 2025}")


def test_result_appends_to_a_target_and_the_verdict_uses_it(tmp_path: Path) -> None:
    from cchc.deriving.targets import judge_target

    path = _inline(tmp_path, TARGETS, MULTI_YEAR)
    before = path.read_bytes()
    result = record_result(path, ResultUpdate("1.2-2", 2022, 85.5, source="Báo cáo số 12/BC-UBND"),
                           today=dt.date(2023, 3, 1))
    assert _only_added(before, path.read_bytes()) == [
        "        results:", "          - date: 2022-12-31", "            value: 85.5",
        '            source: "Báo cáo số 12/BC-UBND"'] == list(result.added)
    middle = path.read_bytes()
    record_result(path, ResultUpdate("1.2-2", 2023, 90), today=dt.date(2023, 3, 1))  # the year runs: dated today
    assert _only_added(middle, path.read_bytes()) == ["          - date: 2023-03-01", "            value: 90"]
    plan = _plan(path)
    target = next(plan.targets())
    assert [(r.date, r.value, r.source) for r in target.results] == [
        (dt.date(2022, 12, 31), 85.5, "Báo cáo số 12/BC-UBND"), (dt.date(2023, 3, 1), 90.0, None)]
    assert judge_target(plan, target, dt.date(2023, 3, 1)).verdict == "met"


@pytest.mark.parametrize("update, fragment", [
    (ResultUpdate("1.2-3", 2022, 85), "Không có chỉ tiêu"),
    (ResultUpdate("2", 2022, 85), "từng phần"),
    (ResultUpdate("1.2-2", 2024, 85), "chưa đến"),
    (ResultUpdate("1.2-2", 2022, 85, date=dt.date(2021, 5, 1)), "không thuộc năm"),
    (ResultUpdate("1.2-2", 2015, 85), "ngoài khoảng hợp lý"),
    (ResultUpdate("1.2-2", 2022, 85, unit="người"), "M001"),
])
def test_result_refusals_change_nothing(update: ResultUpdate, fragment: str, tmp_path: Path) -> None:
    path = _inline(tmp_path, TARGETS, MULTI_YEAR)
    before = path.read_bytes()
    with pytest.raises(UpdateRefused) as refused:
        record_result(path, update, today=dt.date(2023, 3, 1))
    assert fragment in refused.value.message
    assert path.read_bytes() == before


def test_result_by_level_and_unknown_target_hint(tmp_path: Path) -> None:
    path = _inline(tmp_path, TARGETS, MULTI_YEAR)
    record_result(path, ResultUpdate("2", 2022, 95, level="tinh"), today=dt.date(2023, 3, 1))
    target = list(_plan(path).targets())[1]
    assert [(r.level, r.value) for r in target.results] == [("tinh", 95.0)]
    with pytest.raises(UpdateRefused) as refused:
        record_result(path, ResultUpdate("1.2-3", 2022, 85), today=dt.date(2023, 3, 1))
    assert '"1.2-2"' in refused.value.hint and "chưa có id" in refused.value.hint


def test_result_on_a_bundled_plan(tmp_path: Path) -> None:
    path = _copy_folder(ROOT / "plans" / "nam-dinh" / "kh-cchc-2021-2025.yaml", tmp_path)
    before = path.read_bytes()
    record_result(path, ResultUpdate("1.2-2", 2022, 85), today=dt.date(2023, 3, 1))
    added = _only_added(before, path.read_bytes())
    assert [line.strip() for line in added] == ["results:", "- date: 2022-12-31", "value: 85"]


# ------------------------------------------------------------------ the command line

def _cchc(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cchc", *args], capture_output=True, text=True, timeout=60)


def test_cli_warns_about_existing_errors_and_still_records(tmp_path: Path) -> None:
    path = _copy_folder(FIXTURES / "invalid" / "tasks-missing.yaml", tmp_path)
    proc = _cchc("done", str(path), "I.4", "--date", "2021-06-01", "--as-of", "2021-07-01")
    assert proc.returncode == 0, proc.stderr
    assert "cảnh báo" in proc.stderr and "5 lỗi" in proc.stderr and "Đã ghi" in proc.stdout


def test_cli_as_of_and_force(tmp_path: Path) -> None:
    path = _inline(tmp_path, ONE_TASK)
    refused = _cchc("done", str(path), "I.1", "--date", "2021-08-01", "--as-of", "2021-07-01")
    assert refused.returncode == 1 and "sau hôm nay" in refused.stderr and "--force" in refused.stderr
    ended = _cchc("done", str(path), "I.1")  # the 2021 plan's period is over on the real today
    assert ended.returncode == 1 and "--date" in ended.stderr
    today = _cchc("update", str(path), "I.1", "-s", "doing", "--as-of", "2021-07-01")
    assert today.returncode == 0 and "01/07/2021" in today.stdout
    forced = _cchc("done", str(path), "I.1", "--date", "2019-08-01", "--as-of", "2021-07-01", "--force")
    assert forced.returncode == 1 and "sớm hơn" in forced.stderr  # the log still only grows in date order


def test_cli_trigger_and_result(tmp_path: Path) -> None:
    path = _inline(tmp_path, CONDITIONAL + TARGETS, MULTI_YEAR)
    proc = _cchc("trigger", str(path), "I.1", "--date", "03/05/2021", "--days", "30", "--note", "Thông tư 1",
                 "--as-of", "2021-06-01")
    assert proc.returncode == 0, proc.stderr
    assert "điều kiện phát sinh ngày 03/05/2021" in proc.stdout and "+             trigger:" in proc.stdout
    again = _cchc("trigger", str(path), "I.1", "--date", "2021-05-03", "--days", "30", "--as-of", "2021-06-01")
    assert again.returncode == 1 and "không ghi đè" in again.stderr and "Tệp không bị thay đổi" in again.stderr
    result = _cchc("result", str(path), "1.2-2", "--year", "2022", "--value", "85,5", "--evidence", "BC 12",
                   "--as-of", "2023-01-15")
    assert result.returncode == 0, result.stderr
    assert "value: 85.5" in result.stdout and 'source: "BC 12"' in result.stdout
    bad = _cchc("result", str(path), "1.2-2", "--year", "2022", "--value", "nhiều")
    assert bad.returncode == 2 and "không phải một số" in bad.stderr and "Traceback" not in bad.stderr
    status = _cchc("status", str(path), "--as-of", "2021-06-01", "--format", "json")
    assert '"due": "2021-06-02"' in status.stdout


def test_done_after_an_agency_is_renamed_in_the_registry(tmp_path: Path) -> None:
    """The issue's report: renaming an agency in agencies.yaml left every task of the plan locked."""
    path = _copy_folder(ROOT / "plans" / "quang-nam" / "kh-cchc-2021.yaml", tmp_path)
    registry = path.parent / "agencies.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("    name: Sở Nội vụ\n", "    name: Sở Nội vụ mới\n", 1),
                        encoding="utf-8")
    assert any(d.code == "A001" for d in lint_file(path).diagnostics)
    before = path.read_bytes()
    result = update_progress(path, ProgressUpdate("VII.1", "done", dt.date(2021, 3, 20)), today=dt.date(2021, 7, 1))
    assert result.written and result.existing_errors and {d.code for d in result.existing_errors} == {"A001"}
    assert [line.strip() for line in _only_added(before, path.read_bytes())][-2:] == ["- date: 2021-03-20", "status: done"]


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30))
def test_any_note_is_written_exactly_or_refused_with_the_file_unchanged(note: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = _inline(Path(folder), ONE_TASK.replace("\n", "\r\n"))
        before = path.read_bytes()
        try:
            update_progress(path, ProgressUpdate("I.1", "doing", dt.date(2021, 6, 1), note=note), today=dt.date(2021, 7, 1))
        except UpdateRefused as refused:
            assert refused.message and path.read_bytes() == before
            return
        assert _only_added(before, path.read_bytes())
        assert _task(path, "I.1").progress[-1].note == note
