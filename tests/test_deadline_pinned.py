"""No phrase read before issue 15 changes its reading (kind, start, due dates, labels).

``fixtures/deadline/pinned.json`` was written by ``pin_deadlines.py`` from the grammar as it stood,
for every phrase of the tests, README's deadline table and the bundled plans, plus one phrase per
branch of the grammar; new forms may be added to the grammar, never at the cost of these readings.
"""

from __future__ import annotations

import json

import pytest

from cchc.reading.deadline import Deadline, PlanPeriod, parse_deadline
from conftest import ROOT

PINNED = json.loads((ROOT / "tests" / "fixtures" / "deadline" / "pinned.json").read_text(encoding="utf-8"))


def test_the_pin_covers_the_bundled_plans_and_the_readme() -> None:
    texts = {entry["text"] for entry in PINNED}
    assert {"Quý I/ 2021", "Quý II và Quý IV/2021", "Năm 2021 và các năm tiếp theo", "Nhiệm vụ thường xuyên",
            "Theo tiến độ Đề án", "6 tháng/01 lần", "Giai đoạn 2021-2025", "Trước ngày 31/01/2021"} <= texts
    assert len(PINNED) > 900


@pytest.mark.parametrize("entry", PINNED, ids=lambda e: f"{e['text']}@{e['period']}")
def test_reading_is_unchanged(entry: dict[str, object]) -> None:
    period = PlanPeriod.parse(str(entry["period"])) if entry["period"] else None
    result = parse_deadline(str(entry["text"]), period)
    assert isinstance(result, Deadline), result
    got = {"kind": result.kind, "start": result.start.isoformat() if result.start else None,
           "due": [d.isoformat() for d in result.due], "labels": [m.label for m in result.milestones]}
    assert got == {k: entry[k] for k in ("kind", "start", "due", "labels")}
