"""Plans implementing plans: link checks, trace, roll-up; units that ended before a task's due date."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

from cchc.checking.lint import lint_paths
from cchc.checking.workspace import load_workspace
from cchc.deriving.links import build_trace, rollup
from cchc.deriving.status import build_report
from conftest import FIXTURES, ROOT

PROVINCE = FIXTURES / "province"


def _trace(as_of: dt.date):
    workspace = load_workspace([PROVINCE])
    parent = next(p for p in workspace.plans if p.id == "tinh-kh-2021")
    return build_trace(parent, workspace.plans, workspace.registries, build_report(workspace.plans, as_of)), workspace


def test_fixture_province_lints_clean() -> None:
    result = lint_paths([PROVINCE])
    assert [(d.path, d.code) for d in result.diagnostics] == []
    assert result.suppressed == 1  # huyện C's later deadline (I002) is acknowledged


def test_trace_children_states_and_missing_units() -> None:
    trace, _ = _trace(dt.date(2021, 7, 1))
    tasks = {t.task.ref: t for t in trace.tasks}
    assert {(c.unit, c.state) for c in tasks["I.1"].children} == {
        ("UBND huyện A", "done_on_time"), ("UBND huyện B", "done_on_time"), ("UBND huyện C", "done_late")}
    assert tasks["I.1"].missing == ()
    assert {(c.unit, c.state) for c in tasks["I.2"].children} == {("UBND huyện A", "done_on_time"),
                                                                  ("UBND huyện C", "overdue")}
    assert tasks["I.2"].missing == ("UBND huyện B",)
    assert set(tasks["I.2"].expected) == {"UBND huyện A", "UBND huyện B", "UBND huyện C"}  # group by rule
    assert tasks["I.3"].missing == ("Sở Nội vụ",)


def test_rollup_counts_per_unit() -> None:
    workspace = load_workspace([PROVINCE])
    lines = {line.unit: line for line in rollup(build_report(workspace.plans, dt.date(2021, 7, 1)), workspace.registries)}
    assert (lines["UBND huyện A"].done_on_time, lines["UBND huyện A"].overdue) == (2, 0)
    assert (lines["UBND huyện B"].total, lines["UBND huyện B"].done_on_time) == (1, 1)
    assert (lines["UBND huyện C"].done_on_time, lines["UBND huyện C"].overdue) == (1, 1)
    assert lines["UBND huyện C"].on_time_rate == 0.5
    assert lines["UBND huyện A"].plans == 1


def test_unresolved_and_late_links(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(PROVINCE, folder)
    text = (folder / "huyen-c.yaml").read_text(encoding="utf-8")
    text = text.replace("  # cchc: ignore[I002] Huyện chậm ban hành vì sáp nhập xã (tình huống kiểm thử)", "")
    text = text.replace("implements: [tinh-kh-2021#I.2]", "implements: [tinh-kh-2021#I.20, khong-co#1]")
    (folder / "huyen-c.yaml").write_text(text, encoding="utf-8")
    codes = sorted((d.line, d.code) for d in lint_paths([folder / "huyen-c.yaml"]).diagnostics)
    # the parent plan is found in the nearest plans/ folder even when linting one file
    assert [c for _, c in codes] == ["I002", "I001", "I001"]


def test_task_assigned_to_a_unit_that_ended_before_its_due_date(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(PROVINCE, folder)
    plan = (folder / "tinh-kh-2021.yaml").read_text(encoding="utf-8")
    plan = plan.replace("period: {start: 2021, end: 2021}", "period: {start: 2021, end: 2025}")
    plan = plan.replace("deadline: Quý IV/2021\n            lead: [Sở Nội vụ]",
                        "deadline: Quý II/2025\n            lead: [Sở Thông tin và Truyền thông]")
    (folder / "tinh-kh-2021.yaml").write_text(plan, encoding="utf-8")
    result = lint_paths([folder / "tinh-kh-2021.yaml"])
    (diagnostic,) = [d for d in result.diagnostics if d.code == "A003"]
    assert "01/03/2025" in diagnostic.message and "Sở Khoa học và Công nghệ" in diagnostic.hint
    assert diagnostic.severity.value == "warning"


def test_cli_trace_and_rollup() -> None:
    def cchc(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)

    proc = cchc("trace", str(PROVINCE / "tinh-kh-2021.yaml"), str(PROVINCE), "--as-of", "2021-07-01", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["parent"] == "tinh-kh-2021" and data["summary"]["units_missing"] == 2
    by_id = cchc("trace", "tinh-kh-2021", str(PROVINCE), "--as-of", "2021-07-01")
    assert by_id.returncode == 0 and "UBND huyện B" in by_id.stdout
    assert cchc("trace", "khong-co", str(PROVINCE)).returncode == 2
    rollup_json = json.loads(cchc("status", str(PROVINCE), "--as-of", "2021-07-01", "--rollup", "--format", "json").stdout)
    assert {u["unit"] for u in rollup_json["units"]} >= {"UBND huyện A", "UBND huyện B", "UBND huyện C"}
    assert ROOT.is_dir()
