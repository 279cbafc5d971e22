"""cchc calendar: RFC 5545 text read back with a real parser (icalendar), stable across runs."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import icalendar
import pytest

from cchc.checking.workspace import Workspace, load_workspace
from cchc.deriving.status import agency_matches, task_deadline
from cchc.reading.deadline import Deadline, Milestone
from cchc.reading.model import Plan
from cchc.writing.calendar_ics import (
    build_calendar,
    escape_text,
    fold_line,
    milestone_text,
    shorten,
)
from conftest import ROOT

QUANG_NAM = ROOT / "plans" / "quang-nam" / "kh-cchc-2021.yaml"


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return load_workspace([QUANG_NAM])


@pytest.fixture(scope="module")
def text(workspace: Workspace) -> str:
    return build_calendar(workspace.plans, workspace.registries)


def events(text: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def by_summary(text: str, prefix: str) -> list[icalendar.Event]:
    return [e for e in events(text) if str(e["SUMMARY"]).startswith(prefix)]


def milestone_count(plan: Plan) -> int:
    count = 0
    for _, task in plan.leaf_tasks():
        deadline = task_deadline(plan, task)
        if isinstance(deadline, Deadline):
            count += len(deadline.milestones)
    return count


def test_parses_as_one_calendar(text: str) -> None:
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["PRODID"]) == "-//cchc//Kế hoạch CCHC//VI"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Ho_Chi_Minh"
    assert "cải cách hành chính" in str(calendar["X-WR-CALNAME"])
    assert [c.errors for c in calendar.walk() if c.errors] == []  # the parser is lenient: it collects


def test_one_event_per_milestone(workspace: Workspace, text: str) -> None:
    (plan,) = workspace.plans
    assert len(events(text)) == milestone_count(plan) == 37  # 50 leaves: 12 ongoing, 2 conditional


def test_task_with_two_quarters_gives_two_events(text: str) -> None:
    found = by_summary(text, "Hạn: VII.12 ")
    assert [e["DTSTART"].dt for e in found] == [dt.date(2021, 6, 30), dt.date(2021, 12, 31)]
    assert [e["DTEND"].dt for e in found] == [dt.date(2021, 7, 1), dt.date(2022, 1, 1)]
    assert str(found[0]["SUMMARY"]).endswith("(Quý II/2021)")
    assert str(found[1]["SUMMARY"]).endswith("(Quý IV/2021)")


@pytest.mark.parametrize(("ref", "due"), [
    ("VII.1 ", dt.date(2021, 3, 31)),
    ("VII.13 ", dt.date(2021, 6, 30)),
    ("I.1 ", dt.date(2021, 12, 31)),
])
def test_dates(text: str, ref: str, due: dt.date) -> None:
    (event,) = by_summary(text, f"Hạn: {ref}")
    start = event["DTSTART"]
    assert start.params.get("VALUE") == "DATE"
    assert type(start.dt) is dt.date and start.dt == due
    assert event["DTEND"].dt == due + dt.timedelta(days=1)


def test_ongoing_and_conditional_tasks_are_left_out(text: str) -> None:
    assert by_summary(text, "Hạn: I.3 ") == []  # Nhiệm vụ thường xuyên
    assert by_summary(text, "Hạn: II.6 ") == []  # Theo tiến độ Đề án


def test_summary_and_description(text: str) -> None:
    (event,) = by_summary(text, "Hạn: VII.1 ")
    assert str(event["SUMMARY"]) == "Hạn: VII.1 Ban hành Kế hoạch cải cách hành chính giai đoạn 2021-2030."
    description = str(event["DESCRIPTION"])
    for part in ("Ban hành Kế hoạch công tác cải cách hành chính năm 2021", "Thời gian hoàn thành: Quý I/2021",
                 "Sản phẩm: ", "Chủ trì: Sở Nội vụ", "Tệp: ", "kh-cchc-2021.yaml"):
        assert part in description
    assert [str(c) for c in event["CATEGORIES"].cats] == ["Công tác chỉ đạo, điều hành cải cách hành chính"]
    assert int(event["SEQUENCE"]) == 0


def test_long_content_is_shortened(text: str) -> None:
    for event in events(text):
        summary = str(event["SUMMARY"])
        assert len(summary) <= len("Hạn: VII.10.a) ") + 81 + len(" (Quý IV/2021)")
    (event,) = by_summary(text, "Hạn: I.1 ")
    assert str(event["SUMMARY"]).endswith("…")


def test_vietnamese_text_is_nfc(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    for event in events(text):
        for key in ("SUMMARY", "DESCRIPTION"):
            assert unicodedata.is_normalized("NFC", str(event[key]))


def test_alarm_seven_days_before(text: str) -> None:
    for event in events(text):
        (alarm,) = event.subcomponents
        assert alarm.name == "VALARM"
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm["TRIGGER"].dt == -dt.timedelta(days=7)
        assert str(alarm["DESCRIPTION"]).startswith("Còn 7 ngày đến hạn")


def test_remind_days(workspace: Workspace) -> None:
    text = build_calendar(workspace.plans, workspace.registries, remind_days=3)
    assert "TRIGGER:-P3D\r\n" in text and "TRIGGER:-P7D" not in text
    with pytest.raises(ValueError):
        build_calendar(workspace.plans, workspace.registries, remind_days=-1)


def test_uids_unique_and_stable(workspace: Workspace, text: str) -> None:
    uids = [str(e["UID"]) for e in events(text)]
    assert len(set(uids)) == len(uids)
    assert all(uid.endswith("@cchc") for uid in uids)
    again = load_workspace([QUANG_NAM])
    assert build_calendar(again.plans, again.registries) == text  # byte for byte, DTSTAMP included


def test_uid_survives_a_moved_deadline(workspace: Workspace, text: str) -> None:
    from dataclasses import replace

    (plan,) = workspace.plans
    moved = replace(plan, section_groups=tuple(
        (path, tuple(replace(s, tasks=tuple(replace(t, deadline="Quý IV/2021") if t.ref == "VII.1" else t
                                            for t in s.tasks)) for s in group))
        for path, group in plan.section_groups))
    (before,) = by_summary(text, "Hạn: VII.1 ")
    (after,) = by_summary(build_calendar([moved], workspace.registries), "Hạn: VII.1 ")
    assert after["DTSTART"].dt == dt.date(2021, 12, 31)
    assert str(after["UID"]) == str(before["UID"])


def test_dtstamp_is_not_the_clock(workspace: Workspace, text: str) -> None:
    stamps = {e["DTSTAMP"].dt for e in events(text)}
    assert stamps == {dt.datetime(2020, 12, 1, tzinfo=dt.UTC)}  # document date "2020-12"
    dated = build_calendar(workspace.plans, workspace.registries, as_of=dt.date(2021, 7, 1))
    assert {e["DTSTAMP"].dt for e in events(dated)} == {dt.datetime(2021, 7, 1, tzinfo=dt.UTC)}


def test_agency_filter(workspace: Workspace, text: str) -> None:
    (plan,) = workspace.plans
    registry = workspace.registries[plan.source]
    filtered = build_calendar(workspace.plans, workspace.registries, agency="Sở Tư pháp")
    kept = events(filtered)
    assert 0 < len(kept) < len(events(text))
    assert "Sở Tư pháp" in str(icalendar.Calendar.from_ical(filtered)["X-WR-CALNAME"])
    expected = 0
    for _, task in plan.leaf_tasks():
        deadline = task_deadline(plan, task)
        if isinstance(deadline, Deadline) and agency_matches(
                (*task.effective_lead, *task.effective_support), "Sở Tư pháp", registry):
            expected += len(deadline.milestones)
    assert len(kept) == expected
    assert by_summary(filtered, "Hạn: I.2 ")  # lead: Sở Tư pháp
    assert by_summary(text, "Hạn: VI.5 ") and not by_summary(filtered, "Hạn: VI.5 ")  # Sở TT&TT, VP UBND


def test_agency_filter_through_alias(workspace: Workspace) -> None:
    full = build_calendar(workspace.plans, workspace.registries, agency="Sở Tư pháp")
    short = build_calendar(workspace.plans, workspace.registries, agency="STP")
    assert len(events(short)) == len(events(full))


def test_lines_are_crlf_and_folded(text: str) -> None:
    assert text.endswith("END:VCALENDAR\r\n")
    body = text.replace("\r\n", "")
    assert "\n" not in body and "\r" not in body
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_all_bundled_plans(tmp_path: Path) -> None:
    workspace = load_workspace([ROOT / "plans"])
    text = build_calendar(workspace.plans, workspace.registries)
    uids = [str(e["UID"]) for e in events(text)]
    assert len(uids) == sum(milestone_count(p) for p in workspace.plans)
    assert len(set(uids)) == len(uids)
    target = tmp_path / "lich.ics"
    target.write_bytes(text.encode("utf-8"))
    assert icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")


def test_escape_text() -> None:
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    parsed = icalendar.Calendar.from_ical(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:" + escape_text("a\\b;c,d\r\ne") + "\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n")
    assert str(parsed.walk("VEVENT")[0]["SUMMARY"]) == "a\\b;c,d\ne"


def test_fold_never_splits_a_character() -> None:
    line = "SUMMARY:" + "ệ" * 60
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_shorten() -> None:
    assert shorten("Ngắn.") == "Ngắn."
    long = "Rà soát, " * 20
    cut = shorten(long, 30)
    assert cut.endswith("…") and len(cut) <= 31 and not cut[:-1].endswith(",")


@pytest.mark.parametrize(("label", "words"), [
    ("2021", "Năm 2021"), ("2021-Q2", "Quý II/2021"), ("2021-H1", "6 tháng đầu năm 2021"),
    ("2021-H2", "6 tháng cuối năm 2021"), ("2021-06", "Tháng 6/2021"), ("2021-12-15", "15/12/2021"),
])
def test_milestone_text(label: str, words: str) -> None:
    due = dt.date(2021, 12, 15)
    assert milestone_text(Milestone(due, label)) == words
