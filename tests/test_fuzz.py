"""The short fuzz run (issue 9, point 2): a few hundred Hypothesis cases per target.

The long run is ``python fuzz/run.py --cases 100000``; this file runs the same targets, with the
same checks, in the normal test run (well under 20 s). A failure that is already a reported bug is
named in ``KNOWN_BUGS`` of ``fuzz/run.py`` (so the short run stays green) and pinned below as a
strict xfail reproducer: when the bug is fixed its test passes, strict xfail fails the run, and the
xfail and the ``KNOWN_BUGS`` entry must be removed. Most bugs found so far are fixed and pinned below
as regression tests; the English messages still open are strict xfails.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from cchc.authoring.import_sources import parse_text
from cchc.authoring.importer import import_source
from cchc.checking.lint import lint_text
from cchc.reading.deadline import Deadline, DeadlineError, PlanPeriod, parse_deadline
from cchc.reading.load import load_text

RUN_PY = Path(__file__).resolve().parent.parent / "fuzz" / "run.py"
SHORT = {"deadline": 300, "loader": 300, "importer": 300}


def _load_fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cchc_fuzz_run", RUN_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()


def _explain(failures: list[Any]) -> str:
    return "\n\n".join(f"{f.count} × {f.signature}\n{f.reproducer}\n{f.detail}" for f in failures)


@pytest.mark.parametrize("target", sorted(SHORT))
def test_short_fuzz_finds_no_new_failure(target: str) -> None:
    tally = fuzz.Tally()
    fuzz.run_target(fuzz.TARGET_TABLE[target], SHORT[target], tally, case_timeout=20.0)
    assert tally.cases[target] >= SHORT[target] // 2  # Hypothesis really ran (not exhausted early)
    unknown = tally.unknown_failures(target)
    assert not unknown, _explain(unknown)


def test_fuzz_harness_catches_reduces_and_reports() -> None:
    """A planted crash is caught, counted, reduced to its core and printed as a reproducer."""

    def check(case: tuple[str, PlanPeriod | None], tally: object = None) -> str | None:
        if "Quý" in case[0]:
            raise ZeroDivisionError("planted")
        return None

    target = fuzz.Target("deadline", fuzz.DEADLINE_CASES, lambda c: c, check, fuzz.deadline_reproducer,
                         fuzz._reduce_deadline)
    tally = fuzz.Tally()
    fuzz.run_target(target, 200, tally)
    assert tally.unexpected > 0
    (failure,) = tally.failures.values()
    assert failure.signature.startswith("ZeroDivisionError: planted")
    assert "parse_deadline('Quý', None)" in failure.reproducer
    assert fuzz.final_line(tally) == f"{tally.total} trường hợp, {tally.unexpected} lỗi ngoài dự kiến"


def test_fuzz_mutations_are_deterministic() -> None:
    raw = "a: 1\nb: [x, y]\nc: Rà soát\n".encode()
    ops = [("flip", 3, 7), ("duplicate", 1), ("insert", 12, "\t"), ("indent", 2, 3), ("crlf", True)]
    assert fuzz.mutate(raw, ops) == fuzz.mutate(raw, ops)
    assert fuzz.mutate("ệ".encode(), [("insert", 1, "x")]) == "ệx".encode()  # never splits a character


def test_split_cases_adds_up() -> None:
    assert sum(fuzz.split_cases(100_000, fuzz.TARGETS).values()) == 100_000
    assert fuzz.split_cases(100_000, fuzz.TARGETS) == {"deadline": 40_000, "loader": 40_000, "importer": 20_000}


# ----------------------------------------------------------------------------- bugs found by fuzzing
#
# Each was a strict xfail until it was fixed; they stay as regression tests. A new bug found by
# the fuzz command gets a strict xfail reproducer here and an entry in KNOWN_BUGS of fuzz/run.py.

def test_leap_day_yearly_is_read() -> None:
    """Found by fuzzing (was a ValueError in cchc.reading.deadline._yearly): 29/02 every year of a
    multi-year plan falls on 28/02 in common years."""
    result = parse_deadline("29/02 hằng năm", PlanPeriod(2021, 2025))
    assert isinstance(result, Deadline)
    assert [d.isoformat() for d in result.due][:4] == ["2021-02-28", "2022-02-28", "2023-02-28", "2024-02-29"]
    assert "năm không nhuận: 28/02" in result.explanation  # what cchc deadline prints


def test_reversed_period_message_is_vietnamese() -> None:
    """Found by fuzzing (the message said "bắt đầu từ năm None")."""
    result = parse_deadline("Hằng năm", PlanPeriod(2025, 2021))
    assert isinstance(result, DeadlineError)
    assert not fuzz._not_vietnamese(result.message), result.message


@pytest.mark.parametrize("char", ["\x7f", "\x80", "\x9d", "\ufffe", "\uffff"])
def test_import_escapes_c1_controls_and_noncharacters(char: str) -> None:
    """Found by fuzzing: the importer wrote these characters raw into the YAML, and cchc's own
    loader then refused the imported plan (Y001)."""
    source = parse_text(f"STT\tNội dung\tSản phẩm\n1\tRà soát{char}văn bản\tBáo cáo")
    result = import_source(source, period="2023")
    assert load_text(result.yaml_text).problems == ()


# libyaml problems that fell back to "Lỗi cú pháp YAML (<English text>)." (ids: the English text).
SYNTAX_MESSAGES = [
    pytest.param("lead_text: & Sở Nội vụ\n", id="did not find expected alphabetic or numeric character"),
    pytest.param("content: } Rà soát\n", id="did not find expected node content"),
    pytest.param("version: 1\n...\nid: x\n", id="did not find expected <document start>"),
    pytest.param("content: |- (xem phụ lục)\n  văn bản\n", id="did not find expected comment or line break"),
    pytest.param("content: !Lưu ý! Quan trọng\n", id="did not find expected whitespace or line break"),
    pytest.param("version: -\nid: x\n", id="block sequence entries are not allowed in this context"),
    pytest.param("a: &x 1\nb: &x 2\n", id="second occurrence (duplicate anchor)"),
    pytest.param("%YAML 2.0\n---\na: 1\n", id="found incompatible YAML document"),
]


# Found by the long fuzz run after the fixes above (strict xfails until they were translated).
SYNTAX_MESSAGES += [
    pytest.param("content: ? chưa rõ\n", id="mapping keys are not allowed in this context"),
    pytest.param('evidence: "D:\\xu-ly\\bao-cao.docx"\n', id="did not find expected hexdecimal number"),
    pytest.param("output: !! Báo cáo\n", id="did not find expected tag URI"),
    pytest.param("content: !<Lưu ý> x\n", id="did not find the expected '>'"),
    pytest.param("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", id="found duplicate %YAML directive"),
    pytest.param("content: |0\n  x\n", id="found an indentation indicator equal to 0"),
    pytest.param("%\n---\na: 1\n", id="could not find expected directive name"),
    pytest.param("%Y!AML 1.1\n---\na: 1\n", id="found unexpected non-alphabetical character"),
    pytest.param("%YAML 1.x\n---\na: 1\n", id="did not find expected version number"),
    # Found by the final 100,000-case run (PyYAML 6.0.4), 5 times.
    pytest.param("period: {start: 2021, end:} 2021}\n", id="found unexpected ':'"),
]


@pytest.mark.parametrize("text", SYNTAX_MESSAGES)
def test_syntax_message_is_vietnamese(text: str) -> None:
    (diagnostic,) = [d for d in lint_text(text, "plan.yaml").diagnostics if d.code == "Y001"]
    assert not fuzz._not_vietnamese(diagnostic.message), diagnostic.message
