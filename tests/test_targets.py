"""Measured targets: verdicts with their rules, schedules and breakdowns, and the M rules."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from cchc.checking.lint import lint_paths
from cchc.checking.workspace import load_workspace
from cchc.deriving.targets import build_targets, schedule_values
from conftest import FIXTURES, HEADER, ROOT, lint_codes

FIXTURE = FIXTURES / "targets" / "chi-tieu.yaml"


def verdicts(as_of: str) -> dict[str, str]:
    workspace = load_workspace([FIXTURE])
    return {item.target.id or "": item.verdict
            for item in build_targets(workspace.plans, dt.date.fromisoformat(as_of)).items}


def test_fixture_is_clean() -> None:
    assert [(d.line, d.code) for d in lint_paths([FIXTURE]).diagnostics] == []


def test_every_verdict_as_of_mid_2022() -> None:
    assert verdicts("2022-06-30") == {
        "dat": "met", "khong-dat": "not_met", "dung-lo-trinh": "no_data", "nguy-co": "at_risk",
        "chua-co-so-lieu": "no_data", "chua-do": "no_data",
    }


def test_on_track_and_as_of_reproducibility() -> None:
    early = verdicts("2021-12-10")
    assert early["dat"] == "no_data" and early["khong-dat"] == "no_data"  # results dated 20/12 not yet known
    later = verdicts("2023-01-15")
    # 2022: tỉnh 55 ≥ 50 but huyện 45 ≥ 40 → both on the schedule
    assert later["dung-lo-trinh"] == "on_track"
    assert later["nguy-co"] == "not_met"  # 2022 is over, rank 31 is not within the first 20


def test_schedule_grows_to_the_cap() -> None:
    workspace = load_workspace([FIXTURE])
    target = next(t for t in workspace.plans[0].targets() if t.id == "dung-lo-trinh")
    assert target.measure is not None
    assert schedule_values(target.measure, 30) == {2021: 30, 2022: 50, 2023: 70, 2024: 90, 2025: 100}
    assert schedule_values(target.measure, 20)[2025] == 100


def test_rules_explain_the_verdict() -> None:
    workspace = load_workspace([FIXTURE])
    items = {i.target.id: i for i in build_targets(workspace.plans, dt.date(2022, 6, 30)).items}
    assert "86%" in items["khong-dat"].rule and "tối thiểu 90%" in items["khong-dat"].rule
    assert "cấp huyện" in items["dung-lo-trinh"].rule
    assert "chưa có dạng đo lường" in items["chua-do"].rule


def test_bundled_plans_list_every_target_with_no_data() -> None:
    proc = subprocess.run([sys.executable, "-m", "cchc", "targets", "plans", "--as-of", "2021-12-31", "--format", "json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    workspace = load_workspace([ROOT / "plans"])
    assert len(data["targets"]) == sum(len(list(p.targets())) for p in workspace.plans) > 0
    assert {t["verdict"] for t in data["targets"]} == {"no_data"}


TARGET = """\
body:
  - targets:
      - id: t1
        text: Chỉ tiêu thử.
        measure: {measure}
        results:
          - {result}
"""


@pytest.mark.parametrize("measure, result, code", [
    ('{comparison: at_least, value: 98, unit: "%"}', "{date: 2021-12-31, value: 1250, unit: hồ sơ}", "M001"),
    ('{comparison: at_least, value: 980, unit: "%"}', "{date: 2021-12-31, value: 98}", "M002"),
    ('{comparison: at_least, value: 98, unit: "%"}', "{date: 2021-12-31, value: 120}", "M002"),
    ("{comparison: top_n, value: 20, unit: hạng}", "{date: 2021-12-31, value: 84.5}", "M003"),
    ('{comparison: at_least, value: 80, unit: "%", year: 2026}', "{date: 2021-12-31, value: 50}", "M004"),
])
def test_measure_rules(measure: str, result: str, code: str) -> None:
    body = TARGET.replace("{measure}", measure).replace("{result}", result)
    assert [c for _, _, c in lint_codes(body)] == [code]


def test_clean_measure_passes() -> None:
    body = TARGET.replace("{measure}", '{comparison: at_least, value: 98, unit: "%", year: 2021}').replace(
        "{result}", '{date: 2021-12-31, value: 97.5, unit: "%"}')
    assert lint_codes(body) == []
    assert HEADER  # the shared header puts the plan in 2021
