"""Plans that are cheap to write and were expensive to lint (issue 19, point 7): each runs to the end
under ``RLIMIT_AS`` = 1 GiB and a timeout, with output under 1 MB in the text and JSON formats.

The plans are built at test time by :mod:`hostile_plans` (40,000 unknown keys; a 500 KB text used
as 2,000 keys through an alias, as task keys and as the keys of one mapping; a 123 KB file of
aliases of a 60 KB title as list items and keys; one 19 KB line with 1,500 unknown keys). The time
and memory targets (under 2 s, under 200 MB) are measured by ``bench/hostile.py``, not here: a
shared test machine makes timings flaky. Growth is checked by counting Python function calls
(``sys.setprofile``): doubling the keys must about double the work, not quadruple it.
The cases are listed in ``tests/bad/README.md`` (section "Hostile sizes").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import hostile_plans
import pytest

from cchc.checking.bounds import PER_CODE

ROOT = Path(__file__).resolve().parent.parent.parent
ONE_GIB = 1 << 30
ONE_MB = 1 << 20
REGISTRY = """\
version: 1
jurisdiction: Tỉnh Thử Nghiệm
agencies:
  - {id: so-tu-phap, name: Sở Tư pháp, short: [STP]}
"""


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (ONE_GIB, ONE_GIB))


def _lint(folder: Path, fmt: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR")}
    env["NO_COLOR"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "cchc", "lint", "--no-cache", "--format", fmt, "plans"],
                          cwd=folder, env=env, capture_output=True, timeout=60, preexec_fn=_limit_memory)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, subprocess.CompletedProcess[bytes]]]:
    """Each case linted once in each format (they are the slow part; several tests read them)."""
    out: dict[str, dict[str, subprocess.CompletedProcess[bytes]]] = {}
    for name, make in hostile_plans.CASES.items():
        folder = tmp_path_factory.mktemp(name)
        (folder / "plans").mkdir()
        (folder / "plans" / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
        (folder / "plans" / f"{name}.yaml").write_text(make(), encoding="utf-8")
        out[name] = {fmt: _lint(folder, fmt) for fmt in ("json", "text")}
    return out


def _diagnostics(done: subprocess.CompletedProcess[bytes]) -> list[dict[str, Any]]:
    return list(json.loads(done.stdout.decode("utf-8"))["diagnostics"])


@pytest.mark.parametrize("name", list(hostile_plans.CASES))
def test_lint_finishes_with_bounded_output(name: str, runs: dict[str, Any]) -> None:
    for fmt, done in runs[name].items():
        stderr = done.stderr.decode("utf-8", errors="replace")
        assert "Traceback" not in stderr and "MemoryError" not in stderr, stderr[-3000:]
        assert done.returncode == 1, (fmt, done.returncode, stderr[-3000:])
        assert len(done.stdout) < ONE_MB, (fmt, len(done.stdout))
    diagnostics = _diagnostics(runs[name]["json"])
    counts = Counter(d["code"] for d in diagnostics)
    assert counts and max(counts.values()) <= PER_CODE + 1, counts
    for d in diagnostics:  # a long key or value is quoted as an excerpt, never in full
        assert len(d["message"]) <= 1_000 and len(d["hint"]) <= 1_000, d
    text = runs[name]["text"].stdout.decode("utf-8")
    assert max(len(line) for line in text.splitlines()) <= 1_100


def test_unknown_keys_are_listed_up_to_the_bound_then_counted(runs: dict[str, Any]) -> None:
    diagnostics = [d for d in _diagnostics(runs["unknown-keys-40000"]["json"]) if d["code"] == "S001"]
    first = hostile_plans.UNKNOWN_KEYS_FIRST_LINE
    assert [d["line"] for d in diagnostics] == list(range(first, first + PER_CODE + 1))
    assert diagnostics[0]["message"] == 'Khóa "khoa_00000" không có trong định dạng kế hoạch.'
    assert diagnostics[-1]["message"] == (f"Còn 39.800 chỗ khác trong tệp này cũng bị báo S001, từ đây trở đi; "
                                          f"cchc chỉ liệt kê {PER_CODE} chỗ đầu.")
    assert diagnostics[-1]["severity"] == "error"
    summary = json.loads(runs["unknown-keys-40000"]["json"].stdout)["summary"]
    assert summary["errors"] == sum(1 for d in _diagnostics(runs["unknown-keys-40000"]["json"])
                                    if d["severity"] == "error")


def test_an_aliased_key_is_quoted_as_an_excerpt(runs: dict[str, Any]) -> None:
    repeated = [d["message"] for d in _diagnostics(runs["aliased-duplicate-keys-2000"]["json"]) if d["code"] == "Y002"]
    summary = [m for m in repeated if m.startswith("Còn ")]
    assert len(repeated) == PER_CODE + 1 and len(summary) == 1 and "1.799 chỗ khác" in summary[0]
    # (an alias is placed where its anchor is: libyaml keeps no position for the alias itself)
    listed = [m for m in repeated if m not in summary]
    assert all(m.startswith('Khóa "Rà soát, đánh giá thủ tục hành chính') for m in listed)
    assert all('…" xuất hiện hai lần trong cùng một đối tượng (lần đầu ở dòng' in m for m in listed)
    unknown = [d for d in _diagnostics(runs["aliased-keys-2000"]["json"]) if d["code"] == "S001"]
    assert len(unknown) == PER_CODE + 1 and len(unknown[0]["message"]) < 200
    bomb = Counter(d["code"] for d in _diagnostics(runs["alias-text-bomb"]["json"]))
    assert bomb == {"A001": PER_CODE + 1, "S001": PER_CODE + 1, "S002": PER_CODE + 1}
    agencies = [d for d in _diagnostics(runs["alias-text-bomb"]["json"]) if d["code"] == "A001"]
    assert all(len(d["message"]) < 200 for d in agencies)  # the 60 KB name as an 80-character excerpt


def test_a_long_line_is_shown_as_a_window_around_each_finding(runs: dict[str, Any]) -> None:
    text = runs["long-line-19kb"]["text"].stdout.decode("utf-8")
    number = hostile_plans.LONG_LINE_NUMBER
    shown = [line for line in text.splitlines() if line.startswith(f"{number:>5} │ ")]
    assert len(shown) == PER_CODE + 1  # the line under every finding listed, each time a window
    assert all(line.endswith("…") and len(line) < 320 for line in shown)
    assert shown[-1][8:].startswith("…")  # far into the line: cut at both ends
    assert 'Khóa "khoa_00199"' in text


# ----------------------------------------------------------------------------- growth, counted

def _calls(text: str) -> int:
    """Python function calls made by linting ``text`` (what grows, without a clock)."""
    from cchc.checking.lint import lint_text

    lint_text(hostile_plans.repeated_keys(3), "khởi-động.yaml")  # imports and set-up (the validator), not counted
    calls = 0

    def count(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        lint_text(text, "ke-hoach.yaml")
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("make", [
    pytest.param(hostile_plans.unknown_keys, id="unknown-keys"),
    pytest.param(hostile_plans.repeated_keys, id="repeated-keys"),
])
def test_locating_findings_is_linear_in_the_keys(make: Any) -> None:
    """Before issue 19 each finding scanned its mapping and each repeated key the keys before it:
    twice the keys, four times the work. The findings past the bound are still made and located."""
    small, large = _calls(make(1_000)), _calls(make(2_000))
    assert large <= 2.3 * small, (small, large)
