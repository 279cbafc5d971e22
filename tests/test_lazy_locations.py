"""Positions asked one at a time agree with the full position maps (issue 8, fast read path).

The loader converts nodes to data without recording spans; ``locate``, ``comment_column``,
``block_end`` and ``has`` walk the composed nodes only when a finding or a suppression needs them.
The reference is an independent oracle, ``tests/span_oracle.py`` (the full walker the loader used
before issue 19): every line and every path of every bundled plan, fixture and bad case, and of a
few hundred mutated plans, must get the same answer from it, from the targeted questions and from
the loader's full maps (``_Nodes.full``, irregular files included), and the data and the load
problems must be the same.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from span_oracle import Builder
from test_fuzz import fuzz

from cchc.checking.lint import lint_text
from cchc.reading.load import LoadedYaml, load_text
from conftest import ROOT


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _check(text: str) -> int:
    """Compare both ways on ``text``; the number of questions asked (0 when nothing was composed)."""
    loaded = load_text(text)
    nodes = loaded._nodes
    if nodes is None:
        return 0
    full = Builder(nodes.lines)  # the oracle: data, problems and every position by path in one pass
    assert _same(full.convert(nodes.root, ()), loaded.data), "data differs"
    assert tuple(full.problems) == loaded.problems
    maps = nodes.full()  # the loader's own full maps: the same, also for aliases and repeated keys
    assert list(maps.spans.items()) == list(full.spans.items())
    assert maps.key_spans == full.key_spans
    assert (maps.blocks, maps.code_end, maps.inside) == (full.blocks, full.code_end, full.inside)
    if nodes.irregular:
        return 0
    asked = 0
    for line in range(0, len(loaded.lines) + 2):
        assert nodes.block_end(line) == full.blocks.get(line, line), f"block_end({line})"
        assert nodes.on_line(line) == (line in full.inside, full.code_end.get(line, 1)), f"on_line({line})"
        asked += 2
    fresh = load_text(text)  # a copy never asked for its full maps: the targeted walk answers
    reference = load_text(text)
    _ = reference.spans  # this one answers from the full maps
    for line in range(0, len(loaded.lines) + 2):
        assert fresh.comment_column(line) == reference.comment_column(line), f"comment_column({line})"
    assert "spans" not in fresh.__dict__
    for path, span in full.spans.items():
        assert nodes.locate(path) == span, f"locate({path})"
        assert nodes.locate(path, key=True) == full.key_spans.get(path, span), f"locate({path}, key)"
        for missing in ((*path, "khóa-không-có"), (*path, 10**6), (*path, -1)):
            assert nodes.locate(missing) == reference.locate(missing), f"locate({missing})"
        assert fresh.has(path)
        asked += 2
    return asked


def _files() -> list[Path]:
    found = [*ROOT.glob("plans/**/*.yaml"), *ROOT.glob("tests/fixtures/**/*.yaml"), *ROOT.glob("tests/bad/*.yaml")]
    return sorted(found)


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_targeted_positions_match_full_maps(path: Path) -> None:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8: nothing is composed (the read error is tested in test_load)")
    _check(text)


def test_bundled_plans_ask_many_questions() -> None:
    """The comparison really runs on the bundled plans (not skipped as irregular)."""
    asked = sum(_check(p.read_text(encoding="utf-8")) for p in sorted(ROOT.glob("plans/**/*.yaml")))
    assert asked > 5_000


@settings(max_examples=300, deadline=None)
@given(fuzz.LOADER_CASES)
def test_targeted_positions_match_full_maps_on_mutated_plans(case: Any) -> None:
    item = fuzz.loader_input(case)
    try:
        text = item.raw.decode("utf-8")
    except UnicodeDecodeError:
        return
    _check(text)


@pytest.mark.parametrize(("text", "path"), [
    ("a: &x [1, 2]\nb: *x\n", ("b", 1)),
    ("a: 1\nb:\n  c: 2\na: 3\n", ("a",)),
    ("- &x\n  k: v\n- *x\n", (1, "k")),
])
def test_aliases_and_repeated_keys_use_full_maps(text: str, path: tuple[Any, ...]) -> None:
    loaded = load_text(text)
    assert loaded._nodes is not None and loaded._nodes.irregular
    assert loaded.locate(path) == loaded.spans[path]


def test_a_clean_plan_is_linted_without_full_maps(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of it all: a plan with no finding never builds the position maps."""
    built: list[LoadedYaml] = []
    original = LoadedYaml.__dict__["_full"].func

    def spy(self: LoadedYaml) -> Any:
        built.append(self)
        return original(self)

    monkeypatch.setattr(LoadedYaml, "_full", property(spy))
    fixtures = sorted((ROOT / "tests" / "fixtures" / "valid").glob("*.yaml"))
    clean = [p for p in fixtures if not lint_text(p.read_text(encoding="utf-8"), p.name).diagnostics]
    assert clean, "no clean fixture to try"
    for path in clean:
        lint_text(path.read_text(encoding="utf-8"), path.name)
    assert built == []


def test_findings_and_suppressions_are_placed_as_before() -> None:
    text = ("version: 1\nid: x\n# cchc: ignore[T002] bản gốc không ghi\n"
            "tasks:\n  - id: '1'\n    content: \"Có # trong văn bản\"  # cchc: ignore[T003] lý do\n")
    lazy = load_text(text)
    eager = load_text(text)
    _ = eager.spans
    for line in range(1, 7):
        assert lazy.comment_column(line) == eager.comment_column(line)
        assert lazy.block_end(line) == eager.block_end(line)
    assert lazy.comment_column(6) == text.splitlines()[5].index("# cchc")
    assert lazy.block_end(5) == 6


def _has_alias(text: str) -> bool:
    import yaml

    try:
        return any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=yaml.CSafeLoader))
    except yaml.YAMLError:
        return False


@settings(max_examples=300, deadline=None)
@given(fuzz.LOADER_CASES)
def test_every_file_with_an_alias_is_irregular(case: Any) -> None:
    """Targeted positions assume one node sits at one path: any real alias must send the file to
    the full maps (review finding: a byte-order mark before ``*x`` once hid it)."""
    item = fuzz.loader_input(case)
    try:
        text = item.raw.decode("utf-8")
    except UnicodeDecodeError:
        return
    loaded = load_text(text)
    if loaded._nodes is not None and _has_alias(text):
        assert loaded._nodes.irregular


@pytest.mark.parametrize("text", ["a: &x [1]\nb:\n\ufeff*x\n", "a: &x 1\nb: [\n\ufeff*x]\n", "- &x a\n-\n\ufeff *x\n",
                                  "a: &x 1\nb: {c: *x}\n", "a: &x 1\n? *x\n: v\n"])
def test_aliases_hidden_behind_odd_starts_are_seen(text: str) -> None:
    assert _has_alias(text)
    loaded = load_text(text)
    assert loaded._nodes is not None and loaded._nodes.irregular


def test_an_alias_bomb_behind_byte_order_marks_is_stopped() -> None:
    """Review finding: with the alias hidden from the text check, the node budget was off and
    this 600-byte file ran out of memory. The budget now counts every node."""
    mark = "\ufeff"
    text = "a0: &a0 [" + ",".join(["lol"] * 10) + "]\n" + "".join(
        f"a{i}: &a{i} [\n" + ",\n".join(mark + f"*a{i - 1}" for _ in range(10)) + "]\n" for i in range(1, 9))
    loaded = load_text(text)
    assert [p.kind for p in loaded.problems] == ["syntax"]
    assert "*a" in loaded.problems[0].message


def test_nan_values_stay_separate_objects() -> None:
    data = load_text("a: .nan\nb: .nan\n").data
    assert data["a"] is not data["b"]
