"""The content cache and parallel reading: same answers, faster, never trusting a bad entry."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import cchc.checking.check as check_module
import cchc.checking.read as read_module
from cchc.checking.lint import lint_paths
from cchc.reading.cache import Cache
from conftest import FIXTURES, ROOT


def _snapshot(result) -> list[tuple[str, int, int, str, str]]:  # type: ignore[no-untyped-def]
    return [(Path(d.path).name, d.line, d.column, d.code, d.message) for d in result.diagnostics]


def test_cached_answers_equal_fresh_ones(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    paths = [ROOT / "plans", FIXTURES / "invalid"]
    fresh = lint_paths(paths)
    first = lint_paths(paths, cache=cache)
    second = lint_paths(paths, cache=cache)
    assert _snapshot(fresh) == _snapshot(first) == _snapshot(second)
    assert [f.suppressed for f in fresh.files] == [f.suppressed for f in second.files]
    assert all(f.plan is None for f in second.files), "a hit builds no model until one is asked for"
    assert [f.plan_id for f in second.files] == [f.plan_id for f in fresh.files]
    plans = [f.get_plan() for f in second.files if f.usable]
    assert plans == [f.plan for f in fresh.files if f.plan is not None]  # the model is rebuilt from the entry
    assert [f.get_registry() is None for f in second.files] == [f.registry is None for f in fresh.files]


def test_an_unchanged_file_is_not_parsed_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(tmp_path / "cache")
    lint_paths([ROOT / "plans"], cache=cache)
    calls: list[str] = []
    original = check_module._lint_loaded

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(str(args[1]))
        return original(*args, **kwargs)

    monkeypatch.setattr(check_module, "_lint_loaded", counting)
    lint_paths([ROOT / "plans"], cache=cache)
    assert calls == []


def test_an_edited_file_or_registry_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(FIXTURES / "valid", folder)
    cache = Cache(tmp_path / "cache")
    assert lint_paths([folder], cache=cache).errors == 0
    plan = folder / "full.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("lead: [SNV]", "lead: [Sở Nội chính]"), encoding="utf-8")
    assert [d.code for d in lint_paths([folder], cache=cache).diagnostics] == ["A001"]
    plan.write_text(plan.read_text(encoding="utf-8").replace("lead: [Sở Nội chính]", "lead: [SNV]"), encoding="utf-8")
    registry = folder / "agencies.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("short: [SNV]", "short: [SNV2]"), encoding="utf-8")
    assert "A001" in [d.code for d in lint_paths([folder], cache=cache).diagnostics]


def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    fresh = lint_paths([FIXTURES / "invalid" / "schema-deep.yaml"])
    lint_paths([FIXTURES / "invalid" / "schema-deep.yaml"], cache=cache)
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert entries
    for entry in entries:
        entry.write_text(json.dumps({"format": 2, "key": "khac", "diagnostics": []}), encoding="utf-8")
    assert _snapshot(lint_paths([FIXTURES / "invalid" / "schema-deep.yaml"], cache=cache)) == _snapshot(fresh)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{không phải json", encoding="utf-8")
    assert _snapshot(lint_paths([FIXTURES / "invalid" / "schema-deep.yaml"], cache=cache)) == _snapshot(fresh)


def test_parallel_reading_gives_the_same_answers_in_the_same_order(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for index in range(20):
        target = folder / f"tinh-{index:02d}"
        shutil.copytree(FIXTURES / "valid", target)
        plan = target / "full.yaml"
        plan.write_text(plan.read_text(encoding="utf-8").replace("id: day-du-2021", f"id: day-du-{index}"),
                        encoding="utf-8")
    shutil.copy(FIXTURES / "invalid" / "schema-deep.yaml", folder / "tinh-05" / "hong.yaml")
    serial = lint_paths([folder])
    parallel = lint_paths([folder], jobs=2)
    assert [f.path for f in serial.files] == [f.path for f in parallel.files]
    assert _snapshot(serial) == _snapshot(parallel) and serial.errors > 0
    assert all((f.plan is None) == (g.plan is None) for f, g in zip(serial.files, parallel.files, strict=True))
    assert all(f.registry is not None for f in parallel.files if f.plan is not None and f.kind == "plan")


def test_a_warm_run_does_not_reread_plans_without_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cross-plan pass only re-reads a plan's text when it has something to place (a link
    finding, or a suppression naming a cross-plan rule); otherwise a warm run parses nothing."""
    import cchc.reading.load

    folder = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", folder)
    cache = Cache(tmp_path / "cache")
    cold = lint_paths([folder], cache=cache)
    read: list[str] = []
    original = cchc.reading.load.load_text

    def counting(text: str, name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(Path(name).name)
        return original(text, name, *args, **kwargs)

    monkeypatch.setattr(cchc.reading.load, "load_text", counting)
    warm = lint_paths([folder], cache=cache)
    assert _snapshot(warm) == _snapshot(cold)
    may_read = {p.name for p in folder.rglob("*.yaml") if any(c in p.read_text(encoding="utf-8") for c in ("I001", "I002"))}
    may_read |= {Path(f.path).name for f in cold.files if any(d.code in ("I001", "I002") for d in f.diagnostics)}
    plans_read = {name for name in read if name != "agencies.yaml"}  # a registry is rebuilt once per folder
    assert plans_read <= may_read
    plan_files = [p for p in folder.rglob("*.yaml") if p.name != "agencies.yaml"]
    assert len(plan_files) > len(plans_read)  # the check can fail: most plans are skipped


def test_a_missing_or_damaged_model_entry_is_rebuilt_from_the_plan(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    fresh = {f.path: f.plan for f in lint_paths([ROOT / "plans"]).files if f.plan is not None}
    lint_paths([ROOT / "plans"], cache=cache)
    models = sorted((tmp_path / "cache").rglob("*.model.json"))
    assert len(models) == len(fresh)
    models[0].unlink()
    for model in models[1:3]:
        model.write_text("{hỏng", encoding="utf-8")
    for model in models[3:5]:
        data = json.loads(model.read_text(encoding="utf-8"))
        data["data"] = {"id": 5}  # well-formed JSON, wrong shape
        model.write_text(json.dumps(data), encoding="utf-8")
    warm = lint_paths([ROOT / "plans"], cache=cache)
    assert {f.path: f.get_plan() for f in warm.files if f.usable} == fresh


def test_a_warm_run_builds_no_model_for_plans_without_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``cchc lint`` on an unchanged repository reads diagnostics, plan ids and links from the
    cache; the model of a plan is built only for the link rules, or when a command asks."""
    folder = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", folder)
    cache = Cache(tmp_path / "cache")
    lint_paths([folder], cache=cache)
    built: list[str] = []
    original = check_module.build_plan

    def counting(data, source, *args, **kwargs):  # type: ignore[no-untyped-def]
        built.append(Path(source).name)
        return original(data, source, *args, **kwargs)

    monkeypatch.setattr(check_module, "build_plan", counting)
    warm = lint_paths([folder], cache=cache)
    linked = {Path(f.path).name for f in warm.files if f.implements}
    targets = {Path(f.path).name for f in warm.files for g in warm.files if f.plan_id in g.implements}
    assert set(built) <= linked | targets
    assert len(built) < len([f for f in warm.files if f.usable])  # the check can fail: most plans are skipped


def test_lint_without_models_gives_the_same_answers_and_models_on_demand(monkeypatch: pytest.MonkeyPatch) -> None:
    """``cchc lint`` lets worker processes keep their plan models (models=False): the diagnostics,
    link findings and suppressions are the same, and a model asked for later is read again."""
    monkeypatch.setattr(read_module, "PARALLEL_THRESHOLD", 1)
    paths = [ROOT / "plans", FIXTURES / "province", FIXTURES / "invalid"]
    serial = lint_paths(paths)
    light = lint_paths(paths, jobs=2, models=False)
    assert any(f.implements for f in light.files), "plans with links go through the link pass lazily"
    assert _snapshot(light) == _snapshot(serial)
    assert [f.suppressed for f in light.files] == [f.suppressed for f in serial.files]
    assert all(f.plan is None for f in light.files), "no model crossed the process boundary"
    assert [f.plan_id for f in light.files] == [f.plan_id for f in serial.files]
    assert [f.get_plan() for f in light.files] == [f.plan for f in serial.files]
    assert ([f.text for f in light.files if f.diagnostics] == [f.text for f in serial.files if f.diagnostics]), \
        "source lines for the text output are kept"


@pytest.mark.parametrize("child", [
    "version: 1\njurisdiction: Huyện A\nextends: ../agencies.yaml\n",
    "\ufeffextends: ../agencies.yaml\nversion: 1\njurisdiction: Huyện A\n",  # a byte-order mark first
    "version: 1\njurisdiction: Huyện A\n\"extends\": '../agencies.yaml'\n",  # a quoted key
    "{version: 1, jurisdiction: Huyện A, extends: ../agencies.yaml}\n",  # a flow mapping
    "version: 1\njurisdiction: Huyện A\n\"\\x65xtends\": ../agencies.yaml\n",  # an escaped key
], ids=["plain", "bom", "quoted", "flow", "escaped"])
def test_a_registry_key_covers_the_registry_it_extends(tmp_path: Path, child: str) -> None:
    """However ``extends`` is written, the registry it names is part of a plan's cache key: a change
    there (a group losing a member) must not leave a cached answer standing."""
    from cchc.reading.agencies import chain_digest, registry_chain

    def registry_bytes(path: Path) -> bytes:
        links = registry_chain(path)
        assert all(not link.missing for link in links)
        return b"".join(link.raw or b"" for link in links) + chain_digest(links)

    (tmp_path / ".git").mkdir()
    parent = tmp_path / "agencies.yaml"
    parent.write_text("version: 1\njurisdiction: Tỉnh\nagencies:\n  - {id: snv, name: Sở Nội vụ}\n", encoding="utf-8")
    (tmp_path / "huyen-a").mkdir()
    registry = tmp_path / "huyen-a" / "agencies.yaml"
    registry.write_text(child, encoding="utf-8")
    before = registry_bytes(registry)
    assert parent.read_bytes() in before
    parent.write_text(parent.read_text(encoding="utf-8").replace("Sở Nội vụ", "Sở Nội vụ tỉnh"), encoding="utf-8")
    assert registry_bytes(registry) != before
