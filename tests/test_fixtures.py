"""Fixture folders: every valid plan is clean; every invalid one reports exactly its .expected list.

Each ``tests/fixtures/invalid/NAME.yaml`` has ``NAME.expected`` with one ``LINE:COLUMN CODE`` per
diagnostic, in order. The files are linted together, as ``cchc lint`` would: a broken file never
hides the others.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cchc.checking.lint import lint_paths
from conftest import FIXTURES

VALID = sorted((FIXTURES / "valid").glob("*.yaml"))
INVALID = sorted(p for p in (FIXTURES / "invalid").glob("*.yaml") if p.name != "agencies.yaml")


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture_is_clean(path: Path) -> None:
    result = lint_paths([path])
    assert [(d.line, d.code) for d in result.diagnostics] == []
    assert result.exit_code() == 0


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_fixture_reports_expected(path: Path) -> None:
    expected = path.with_suffix(".expected").read_text(encoding="utf-8").split("\n")
    result = lint_paths([path])
    got = [f"{d.line}:{d.column} {d.code}" for d in result.diagnostics]
    assert got == [line for line in expected if line.strip()]
    assert all(d.message and d.hint for d in result.diagnostics)
    assert result.exit_code() == 1


def test_invalid_folder_in_one_run_keeps_going() -> None:
    result = lint_paths([FIXTURES / "invalid"])
    per_file = {f.path.rsplit("/", 1)[-1]: len(f.diagnostics) for f in result.files}
    for path in INVALID:
        expected = [x for x in path.with_suffix(".expected").read_text(encoding="utf-8").split("\n") if x.strip()]
        assert per_file[path.name] == len(expected), path.name
    assert per_file["agencies.yaml"] == 0
