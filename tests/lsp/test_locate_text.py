"""``locate.text_context`` on text as it is typed: the keys above the cursor, and never slow on a
long line (it runs on every completion request, on the server's loop)."""

from __future__ import annotations

import time

import pytest

from cchc.editor.locate import text_context

PLAN = """version: 1
body:
  - number: I
    tasks:
      - id: "1"
        deadline: Quý II/2021
        progress:
          - {date: 2021-02-01, status: done}
        lead: [Sở Tư
"""


def test_the_keys_above_a_half_typed_value() -> None:
    lines = PLAN.splitlines(keepends=True)
    context = text_context(lines, 9, len("        lead: [Sở Tư") + 1)
    # inside the flow list: an entry of lead is being typed
    assert context.parents == ("body", "-", "tasks", "-", "lead", "-")
    assert context.key is None and context.prefix == "Sở Tư" and context.flow


def test_a_key_being_typed_in_a_new_item() -> None:
    lines = [*PLAN.splitlines(keepends=True)[:8], "      - dead\n"]
    context = text_context(lines, 9, len("      - dead") + 1)
    assert context.parents == ("body", "-", "tasks", "-") and context.key is None
    assert context.prefix == "dead" and context.item


@pytest.mark.parametrize("line", ["- " * 50000 + "x", "a" + " " * 100000 + "b", "-" * 100000 + " ",
                                  "  lead: " + "Sở 😀, " * 30000, '"' + " " * 100000])
def test_a_long_pasted_line_is_read_at_once(line: str) -> None:
    lines = [*PLAN.splitlines(keepends=True)[:8], line + "\n", "        output: x\n"]
    started = time.perf_counter()
    for number in (9, 10):
        text_context(lines, number, len(lines[number - 1]))
    # a guard against quadratic time (tens of seconds before), not a speed target: those are in bench/
    assert time.perf_counter() - started < 5.0
