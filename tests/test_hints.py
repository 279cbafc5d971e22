"""Hints that never make things worse: following a hint literally gives a file with fewer errors.

Each case is a plan with one mistake a person makes by hand; the test asserts the findings as
``(line, column, code)`` tuples, applies the fix the hint names (as text, the way the user would)
and lints again.
"""

from __future__ import annotations

import re

import pytest

from cchc.base.diagnostics import Diagnostic
from cchc.checking.lint import lint_text
from conftest import HEADER, registry

PRE = """\
appendices:
  - label: Phụ lục
    sections:
      - number: I
        title: CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
        tasks:
"""
TASK = """\
          - id: "{id}"
            content: Rà soát thủ tục hành chính
            lead: [Sở Tư pháp]
            output: Báo cáo
            deadline: Quý II/2021
"""
FIRST = 15  # the first task's "- id:" line (8 header lines, 6 lines above)


def plan(first: str, second: str = TASK.format(id="2")) -> str:
    return HEADER + PRE + first + second


def lint(text: str) -> list[tuple[int, int, str]]:
    return sorted((d.line, d.column, d.code) for d in lint_text(text, "plan.yaml", registry=registry()).diagnostics)


def findings(text: str) -> list[Diagnostic]:
    return list(lint_text(text, "plan.yaml", registry=registry()).diagnostics)


def errors(text: str) -> int:
    return sum(d.severity.value == "error" for d in findings(text))


def test_the_cases_start_from_a_clean_plan() -> None:
    assert lint(plan(TASK.format(id="1"))) == []


@pytest.mark.parametrize("key, before", [
    ("output", "lead"),  # after a [flow] value
    ("deadline", "output"),  # after a plain text value: YAML reads it as more text with ": " in it
    ("content", "id"),  # after the "- " of a list item
])
def test_over_indented_key_names_the_sibling_line(key: str, before: str) -> None:
    task = TASK.format(id="1")
    if key == "content":
        task = task.replace("            content", "              content")
    else:
        task = task.replace(f"            {key}:", f"              {key}:")
    text = plan(task)
    lines = text.splitlines()
    bad = next(i for i, line in enumerate(lines, 1) if line.startswith(f"              {key}:"))
    sibling = bad - 1
    assert lint(text) == [(bad, 15, "Y001")]
    [finding] = findings(text)
    assert f"dòng {sibling}" in finding.message and "cột 13" in finding.message
    assert "nháy kép" not in finding.hint and f'"{before}:" ở dòng {sibling}' in finding.hint
    count = int(re.search(r"Xóa (\d+) dấu cách ở đầu dòng (\d+)", finding.hint).group(1))  # type: ignore[union-attr]
    lines[bad - 1] = lines[bad - 1][count:]  # follow the hint literally
    assert lint("\n".join(lines) + "\n") == []


def test_quoting_the_over_indented_line_was_the_old_hint_and_loses_the_key() -> None:
    """Why the hint must not say "put it in quotes": the quoted line is silently read as text."""
    task = TASK.format(id="1").replace("            output: Báo cáo\n", "").replace(
        "            deadline: Quý II/2021\n", "            deadline: Quý II/2021\n              output: Báo cáo\n")
    quoted = plan(task.replace("deadline: Quý II/2021\n              output: Báo cáo",
                               "deadline: \"Quý II/2021\n              output: Báo cáo\""))
    assert (FIRST, 13, "T002") in lint(quoted)  # the output is gone into the deadline's text
    [finding] = findings(plan(task))
    assert finding.code == "Y001" and (finding.line, finding.column) == (FIRST + 4, 15)
    assert "thụt lề sâu hơn" in finding.message and "dòng 18" in finding.message


def test_a_colon_inside_text_keeps_the_quotes_hint() -> None:
    """Text with ": " on the key's own line is not an indentation problem."""
    text = plan(TASK.format(id="1").replace("Rà soát thủ tục hành chính", "Các Sở: Nội vụ, Tư pháp"))
    [finding] = findings(text)
    assert finding.code == "Y001" and "nháy kép" in finding.hint and "thụt lề sâu" not in finding.message


@pytest.mark.parametrize("wrong, right, line", [
    ("deadine", "deadline", FIRST + 4),
    ("laed", "lead", FIRST + 2),
    ("ouput", "output", FIRST + 3),
    ("contnet", "content", FIRST + 1),  # a required key: no "missing content" either
])
def test_misspelled_key_is_reported_alone(wrong: str, right: str, line: int) -> None:
    text = plan(TASK.format(id="1").replace(f"{right}:", f"{wrong}:", 1))
    assert lint(text) == [(line, 13, "S001")]
    [finding] = findings(text)
    assert f'"{right}"' in finding.hint
    assert lint(text.replace(f"{wrong}:", f"{right}:")) == []  # following the did-you-mean


def test_misspelled_key_beside_the_right_one_is_still_reported() -> None:
    text = plan(TASK.format(id="1").replace("deadline: Quý II/2021", "deadline: Quý II/2021\n            deadine: x"))
    assert lint(text) == [(FIRST + 5, 13, "S001")]


@pytest.mark.parametrize("key, value, shown, expected", [
    # the one-item list is still checked: "Phòng Tư pháp" is not in the registry (A001, a real finding)
    ("lead", "Phòng Tư pháp", "lead: [Phòng Tư pháp]", [(FIRST + 2, 19, "A001"), (FIRST + 2, 19, "S003")]),
    ("support", "Các Sở, Ban, ngành", 'support: ["Các Sở, Ban, ngành"]', [(FIRST + 3, 22, "S003")]),
])
def test_text_where_a_list_is_expected_shows_the_list_form(key: str, value: str, shown: str,
                                                          expected: list[tuple[int, int, str]]) -> None:
    task = TASK.format(id="1")
    task = (task.replace("[Sở Tư pháp]", value) if key == "lead"
            else task.replace("    output:", f"    {key}: {value}\n            output:"))
    text = plan(task)
    assert lint(text) == expected  # no spurious numbering error (N002) for the second task
    s003 = next(d for d in findings(text) if d.code == "S003")
    assert shown in s003.hint
    fixed = text.replace(f"{key}: {value}", shown)  # follow the hint literally
    assert errors(fixed) < errors(text) and not [d for d in findings(fixed) if d.code.startswith(("S", "N"))]


def test_a_nested_list_field_at_any_depth() -> None:
    """The same for a list field at another depth: a group's lead."""
    text = HEADER + PRE.replace("        tasks:\n", "        lead: Sở Tư pháp\n        tasks:\n") + TASK.format(id="1") \
        + TASK.format(id="2")
    [finding] = [d for d in findings(text) if d.code == "S003"]
    assert "lead: [Sở Tư pháp]" in finding.hint
    assert not [d for d in findings(text) if d.code.startswith("N")]
