"""How much work ``cchc import`` does for a table of many rows (issue 18): the generated plan is
linted once when no finding is a defect of the source, the task holding each finding is found
without a scan over all tasks, and the comments land on the same lines as a scan would put them.
Counted, not timed: the bench (``bench/import_rows.py``) times it."""

from __future__ import annotations

from typing import Any

import pytest

import cchc.checking.lint
from cchc.authoring.import_sources import parse_text
from cchc.authoring.import_suppress import _Places
from cchc.authoring.importer import dump_yaml, import_source
from cchc.checking.lint import lint_text
from cchc.reading.load import load_text

HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2022\n\nI. NHIỆM VỤ\n\nTT\tNội dung\tSản phẩm\tThời gian hoàn thành\tChủ trì\n"


def _rows(count: int, *, gaps: bool) -> str:
    lines = []
    for number in range(1, count + 1):
        output = "" if gaps and number % 2 else "Báo cáo"
        lines.append(f"{number}\tRà soát thủ tục hành chính số {number}\t{output}\tQuý II/2022\tSở Tư pháp")
    return HEAD + "\n".join(lines) + "\n"


def _counting_lints(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = cchc.checking.lint.lint_loaded

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(cchc.checking.lint, "lint_loaded", counted)
    return calls


def test_no_source_defect_means_one_lint(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_lints(monkeypatch)
    result = import_source(parse_text(_rows(200, gaps=False)), plan_id="x")
    assert len(calls) == 1
    assert result.comments == {} and "cchc: ignore" not in result.yaml_text
    assert len(result.data["body"][0]["sections"][0]["tasks"]) == 200


def test_source_defects_are_checked_by_a_second_lint(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_lints(monkeypatch)
    result = import_source(parse_text(_rows(200, gaps=True)), plan_id="x")
    assert len(calls) == 2
    assert len(result.comments) == 100
    lines = result.yaml_text.split("\n")
    for line in result.comments:
        assert lines[line - 1].lstrip().startswith("output: null  # cchc: ignore[T002]")
    assert not [d for d in lint_text(result.yaml_text).diagnostics if d.code == "T002"]


def test_task_at_agrees_with_a_scan_over_every_task() -> None:
    data = import_source(parse_text(_rows(60, gaps=True)), plan_id="x").data
    text = dump_yaml(data)
    first = lint_text(text)
    assert first.plan is not None
    places = _Places(first.plan, load_text(text))

    def scanned(line: int) -> Any:
        found = None
        for start, last, section, task in places.leaves:
            if start <= line <= last:
                found = (section, task)
        return found

    hits = 0
    for line in range(0, text.count("\n") + 3):
        found = places.task_at(line)
        assert found == scanned(line), line
        hits += found is not None
    assert hits >= 60 * 5  # every task's lines (id, content, output, deadline, lead) are found
