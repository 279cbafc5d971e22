"""The read stage (issue 19): each input read once, cache keys made from the bytes read, a damaged
cache entry of any shape rebuilt, never a crash."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

import cchc.checking.check as check_module
import cchc.checking.read as read_module
from cchc.checking.lint import lint_paths
from cchc.reading.cache import Cache
from conftest import FIXTURES, ROOT


def _snapshot(result) -> list[tuple[str, int, int, str, str, str]]:  # type: ignore[no-untyped-def]
    return [(Path(d.path).name, d.line, d.column, d.code, d.message, d.hint) for d in result.diagnostics]


PLAN = """\
version: 1
id: {id}
document: {{type: Kế hoạch, issuer: UBND XÃ, title: Cải cách hành chính}}
period: {{start: 2022, end: 2022}}
body:
  - sections:
      - title: Thể chế
        area: the_che
        lead: [{lead}]
        tasks: [{{id: "1", content: x, output: y, deadline: Năm 2022}}]
"""


def _chain(root: Path, levels: int) -> tuple[Path, Path]:
    """A registry ``levels`` deep: root/agencies.yaml ← l1/agencies.yaml ← … ← the plan's folder.
    Returns (the deepest registry's folder, the root registry)."""
    (root / ".git").mkdir(parents=True)
    folder = root
    (folder / "agencies.yaml").write_text("version: 1\njurisdiction: Tỉnh X\nagencies:\n"
                                          "  - {id: so-noi-vu, name: Sở Nội vụ}\n", encoding="utf-8")
    for level in range(1, levels):
        folder = folder / f"l{level}"
        folder.mkdir()
        (folder / "agencies.yaml").write_text(
            f"version: 1\njurisdiction: Cấp {level}\nextends: ../agencies.yaml\n"
            f"agencies:\n  - {{id: don-vi-{level}, name: Đơn vị {level}}}\n", encoding="utf-8")
    return folder, root / "agencies.yaml"


def test_a_seven_level_extends_chain_is_followed_by_the_key_as_by_the_loader(tmp_path: Path) -> None:
    """Reproduced in issue 19: the key followed ``extends`` 5 levels, the loader without limit;
    after adding the missing agency to the deepest (root) registry, a cached ``cchc lint`` still
    reported A001."""
    folder, root = _chain(tmp_path / "repo", 7)
    (folder / "kh.yaml").write_text(PLAN.format(id="kh", lead="Phòng Văn hóa"), encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    plans = [folder / "kh.yaml"]
    assert [d.code for d in lint_paths(plans, cache=cache).diagnostics] == ["A001"]
    assert [d.code for d in lint_paths(plans, cache=cache).diagnostics] == ["A001"]  # warm: the same
    root.write_text(root.read_text(encoding="utf-8") + "  - {id: phong-vh, name: Phòng Văn hóa}\n", encoding="utf-8")
    assert [d.code for d in lint_paths(plans).diagnostics] == []
    assert [d.code for d in lint_paths(plans, cache=cache).diagnostics] == [], "the root registry is in the key"
    for jobs in (1, 2):
        assert [d.code for d in lint_paths([tmp_path / "repo"], cache=cache, jobs=jobs).diagnostics] == []


def _count_reads(monkeypatch: pytest.MonkeyPatch, log: Path) -> None:
    """Log every opening of a YAML file, in this process and in the worker processes it forks."""
    original = Path.open

    def counting(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.suffix in (".yaml", ".yml"):
            with original(log, "a", encoding="utf-8") as handle:
                handle.write(f"{self.resolve()}\n")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", counting)


@pytest.mark.parametrize("jobs,cached", [(1, True), (2, True), (1, False)], ids=["serial", "parallel", "no-cache"])
def test_a_cold_lint_reads_each_plan_and_each_registry_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           jobs: int, cached: bool) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    shutil.copytree(ROOT / "plans", repo / "plans")
    shutil.copytree(FIXTURES / "province", repo / "plans" / "province")  # links between plans, extends
    district = repo / "plans" / "province" / "huyen-x"
    district.mkdir()
    (district / "agencies.yaml").write_text("version: 1\njurisdiction: Huyện X\nextends: ../agencies.yaml\n"
                                            "agencies:\n  - {id: phong-x, name: Phòng X}\n", encoding="utf-8")
    (district / "kh.yaml").write_text(PLAN.format(id="huyen-x", lead="Phòng X, Sở Nội vụ").replace(
        "deadline: Năm 2022}", "deadline: Năm 2022, implements: [khong-co-ke-hoach#1]}"), encoding="utf-8")
    inputs = sorted(str(p.resolve()) for p in repo.rglob("*.yaml"))
    if jobs > 1:
        monkeypatch.setattr(read_module, "PARALLEL_THRESHOLD", 1)
    log = tmp_path / "reads.log"
    _count_reads(monkeypatch, log)
    result = lint_paths([repo / "plans"], cache=Cache(tmp_path / "cache") if cached else None, jobs=jobs,
                        models=False)
    reads = Counter(log.read_text(encoding="utf-8").splitlines())
    assert sorted(reads) == inputs, "every plan and registry is read"
    assert {path: count for path, count in reads.items() if count > 1} == {}, "each once"
    assert any(f.implements for f in result.files)
    assert any(d.code == "I001" and "khong-co-ke-hoach" in d.message for d in result.diagnostics), \
        "an id naming no plan: the plans folder is indexed, its files not read again"


def _fill(tmp_path: Path) -> tuple[Cache, list[Path], list[tuple[str, int, int, str, str, str]]]:
    cache = Cache(tmp_path / "cache")
    paths = [ROOT / "plans", FIXTURES / "invalid", FIXTURES / "province"]
    fresh = _snapshot(lint_paths(paths))
    assert _snapshot(lint_paths(paths, cache=cache)) == fresh
    return cache, paths, fresh


def _damage(entry: dict, how: str) -> object:  # type: ignore[type-arg]
    diagnostics = entry.get("diagnostics") or [{"line": 1, "column": 1, "end_line": 1, "end_column": 2,
                                                "code": "S001", "severity": "error", "message": "x", "hint": ""}]
    first = dict(diagnostics[0])
    if how == "line-text":
        first["line"] = "3"
    elif how == "line-float":
        first["line"] = 3.5
    elif how == "line-null":
        first["line"] = None
    elif how == "line-negative":
        first["line"] = -4
    elif how == "line-bool":
        first["line"] = True
    elif how == "code":
        first["code"] = ["T002"]
    elif how == "unknown-code":
        first["code"] = "Z999"
    elif how == "severity":
        first["severity"] = "fatal"
    elif how == "message":
        first["message"] = {"vi": "x"}
    elif how in _ENCODINGS:  # message ids and fields the encoding never writes (cchc.base.i18n.encode_text)
        first["message"] = _ENCODINGS[how]
    elif how == "hint-encoding":
        first["hint"] = {"m": ["{0}", {"x": 1}]}
    elif how == "missing-field":
        del first["hint"]
    elif how == "diagnostic-list":
        first = ["S001", 1, 1]  # type: ignore[assignment]
    elif how == "diagnostics":
        return {**entry, "diagnostics": {"0": first}}
    elif how == "plan-id":
        return {**entry, "plan_id": 7}
    elif how == "implements":
        return {**entry, "implements": "tinh-kh-2021"}
    elif how == "implements-items":
        return {**entry, "implements": [1, None]}
    elif how == "suppressed":
        return {**entry, "suppressed": "2"}
    elif how == "suppressed-negative":
        return {**entry, "suppressed": -1}
    elif how == "kind":
        return {**entry, "kind": "registry" if entry.get("kind") == "plan" else "plan"}
    elif how == "mentions":
        return {**entry, "mentions": "no"}
    elif how == "list":
        return [entry]
    return {**entry, "diagnostics": [first, *diagnostics[1:]]}


_ENCODINGS: dict[str, object] = {
    "message-tag": {"zz": ["x", {}]},
    "message-two-tags": {"m": ["x", {}], "j": []},
    "message-msgid": {"m": [5, {}]},
    "message-fields": {"m": ["Khóa {key}", []]},
    "message-missing-field": {"m": ["Khóa \"{key}\" ở dòng {line}.", {"key": "x"}]},
    "message-field-spec": {"m": ["byte 0x{byte:02X}", {"byte": "FF"}]},
    "message-attribute": {"m": ["{key.__class__}", {"key": 1}]},
    "message-arity": {"m": ["x"]},
    "message-date": {"m": ["{d}", {"d": {"d": "2021-02-30"}}]},
    "message-decimal": {"m": ["{n}", {"n": {"dec": "mười"}}]},
    "message-value-tag": {"m": ["{n}", {"n": {"set": [1]}}]},
    "joined": {"j": "ab"},
    "joined-parts": {"j": [1, 2]},
    "stripped": {"s": [{"m": ["x", {}]}, 5]},
    "quoted": {"q": {"q": 1}},
    "message-deep": json.loads('{"j": [' * 100 + '"x"' + ']}' * 100),  # no message nests so deep
}


SHAPES = [*_ENCODINGS, "hint-encoding", "line-text", "line-float", "line-null", "line-negative", "line-bool", "code", "unknown-code", "severity",
          "message", "missing-field", "diagnostic-list", "diagnostics", "plan-id", "implements", "implements-items",
          "suppressed", "suppressed-negative", "kind", "mentions", "list"]


@pytest.mark.parametrize("how", [*SHAPES, "truncated", "deep", "empty", "binary"])
def test_a_damaged_entry_of_any_shape_is_rebuilt_never_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              how: str) -> None:
    cache, paths, fresh = _fill(tmp_path)
    checked: list[str] = []
    original = check_module._lint_loaded

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(str(args[1]))
        return original(*args, **kwargs)

    monkeypatch.setattr(check_module, "_lint_loaded", counting)
    lint_paths(paths, cache=cache)
    always = sorted(checked)  # a file that is not UTF-8 is checked again on every run (its lines cannot be shown)
    assert len(always) <= 1
    entries = [p for p in cache.folder.rglob("*.json") if not p.name.endswith(".model.json")]
    assert entries
    for path in entries:
        text = path.read_text(encoding="utf-8")
        if how == "truncated":
            path.write_text(text[: len(text) // 2], encoding="utf-8")
        elif how == "deep":
            path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
        elif how == "empty":
            path.write_bytes(b"")
        elif how == "binary":
            path.write_bytes(b"\xff\xfe\x00garbage")
        else:
            path.write_text(json.dumps(_damage(json.loads(text), how), ensure_ascii=False), encoding="utf-8")
    for jobs in (1, 2):
        assert _snapshot(lint_paths(paths, cache=cache, jobs=jobs)) == fresh, jobs
    checked.clear()
    assert _snapshot(lint_paths(paths, cache=cache)) == fresh
    assert sorted(checked) == always, "the entries were rebuilt: the next run is all hits"


def _retyped(value: object) -> object:
    """Every text of the model data in the wrong type: numbers, lists, objects, in turn."""
    if isinstance(value, dict):
        return {k: _retyped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_retyped(v) for v in value]
    if isinstance(value, str):
        return [9, [value], {"x": value}][len(value) % 3]
    return value


@pytest.mark.parametrize("how", ["truncated", "deep", "data-list", "data-deep", "skip", "skip-items", "task-types",
                                 "id-other", "empty-object"])
def test_a_damaged_model_entry_of_any_shape_is_rebuilt(tmp_path: Path, how: str) -> None:
    cache = Cache(tmp_path / "cache")
    fresh = {f.path: f.plan for f in lint_paths([ROOT / "plans"]).files if f.plan is not None}
    lint_paths([ROOT / "plans"], cache=cache)
    models = sorted(cache.folder.rglob("*.model.json"))
    assert len(models) == len(fresh)
    for model in models:
        entry = json.loads(model.read_text(encoding="utf-8"))
        if how == "truncated":
            model.write_text(model.read_text(encoding="utf-8")[:100], encoding="utf-8")
            continue
        if how == "deep":
            model.write_text("{\"a\":" * 100_000 + "1" + "}" * 100_000, encoding="utf-8")
            continue
        if how == "data-list":
            entry["data"] = [entry["data"]]
        elif how == "data-deep":
            deep: object = 1
            for _ in range(900):
                deep = {"body": deep}
            entry["data"] = {**entry["data"], "body": deep}
        elif how == "skip":
            entry["skip"] = 5
        elif how == "skip-items":
            entry["skip"] = [[{"x": 1}]]
        elif how == "task-types":
            entry["data"] = _retyped(entry["data"])
        elif how == "id-other":
            entry["data"]["id"] = "mot-ke-hoach-khac"
        elif how == "empty-object":
            entry = {"format": entry["format"], "key": entry["key"]}
        model.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    warm = lint_paths([ROOT / "plans"], cache=cache)
    assert {f.path: f.get_plan() for f in warm.files if f.usable} == fresh


def test_a_registry_changed_during_the_run_is_never_cached_under_its_new_key(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The key and the answer are made from the same bytes: a registry edited between the moment
    the run reads it and the moment it stores the answer leaves no entry that a later run with
    either content could mistake for its own."""
    folder, _ = _chain(tmp_path / "repo", 2)
    registry = folder / "agencies.yaml"
    plan = folder / "kh.yaml"
    plan.write_text(PLAN.format(id="kh", lead="Phòng Văn hóa"), encoding="utf-8")
    old = registry.read_text(encoding="utf-8")
    new = old + "  - {id: phong-vh, name: Phòng Văn hóa}\n"
    original = check_module.read_bytes

    def edited_after_reading(path: Path) -> bytes:
        raw = original(path)
        if path.name == "agencies.yaml" and path.resolve() == registry.resolve():
            registry.write_text(new, encoding="utf-8")  # the user saves while lint runs
        return raw

    monkeypatch.setattr(check_module, "read_bytes", edited_after_reading)
    cache = Cache(tmp_path / "cache")
    assert [d.code for d in lint_paths([plan], cache=cache).diagnostics] == ["A001"], "the run's answer: old bytes"
    monkeypatch.undo()
    assert registry.read_text(encoding="utf-8") == new
    assert [d.code for d in lint_paths([plan], cache=cache).diagnostics] == [], "the new content: its own answer"
    registry.write_text(old, encoding="utf-8")
    assert [d.code for d in lint_paths([plan], cache=cache).diagnostics] == ["A001"], "the old content: its own"


def test_a_plan_changed_during_the_run_is_never_cached_under_its_new_key(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = _chain(tmp_path / "repo", 1)
    plan = folder / "kh.yaml"
    good, bad = PLAN.format(id="kh", lead="Sở Nội vụ"), PLAN.format(id="kh", lead="Sở Nội chính")
    plan.write_text(good, encoding="utf-8")
    original = read_module.read_bytes

    def edited_after_reading(path: Path) -> bytes:
        raw = original(path)
        if path.name == "kh.yaml":
            path.write_text(bad, encoding="utf-8")
        return raw

    monkeypatch.setattr(read_module, "read_bytes", edited_after_reading)
    cache = Cache(tmp_path / "cache")
    assert [d.code for d in lint_paths([plan], cache=cache).diagnostics] == []
    monkeypatch.undo()
    assert [d.code for d in lint_paths([plan], cache=cache).diagnostics] == ["A001"]
    plan.write_text(good, encoding="utf-8")
    assert [d.code for d in lint_paths([plan], cache=cache).diagnostics] == []


def test_ids_naming_no_plan_index_the_plans_folder_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ``implements`` id that names no plan read used to walk (and read) the whole ``plans/``
    tree again; now the folder is indexed once per run, and a parent found there is used."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    plans = repo / "plans"
    (plans / "tinh").mkdir(parents=True)
    (plans / "tinh" / "kh.yaml").write_text(PLAN.format(id="tinh-kh", lead="Sở Nội vụ"), encoding="utf-8")
    for index in range(5):
        (plans / "tinh" / f"khac-{index}.yaml").write_text(PLAN.format(id=f"khac-{index}", lead="x"), encoding="utf-8")
    (plans / "huyen").mkdir()
    for index in range(4):
        wanted = "tinh-kh#1" if index == 0 else f"khong-co-{index}#1"
        (plans / "huyen" / f"kh-{index}.yaml").write_text(PLAN.format(id=f"huyen-{index}", lead="x").replace(
            "deadline: Năm 2022}", f"deadline: Năm 2022, implements: [{wanted}]}}"), encoding="utf-8")
    log = tmp_path / "reads.log"
    _count_reads(monkeypatch, log)
    result = lint_paths([plans / "huyen"])
    missing = sorted(d.message for d in result.diagnostics if d.code == "I001")
    assert len(missing) == 3 and all("khong-co-" in m for m in missing), "the parent outside the run is found"
    reads = Counter(Path(line).name for line in log.read_text(encoding="utf-8").splitlines())
    assert reads["khac-0.yaml"] == 1 and reads["khac-4.yaml"] == 1, "the plans folder is indexed once"
    assert reads["kh-1.yaml"] == 1, "a file of the run is not opened again by the index"


def test_extends_loops_and_missing_parents_as_the_loader_reported_them(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader builds registries from the chain the key is made of: a loop (two registries, or
    one extending itself) and a missing parent are reported as before, cached or not, in workers or not."""
    from cchc.reading.agencies import registry_chain

    plans = tmp_path / "repo" / "plans"
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    registries = {"a": ("Tỉnh A", "b/agencies.yaml"), "a/b": ("Huyện B", "../agencies.yaml"),
                  "self": ("X", "agencies.yaml"), "miss": ("X", "../khong-co/agencies.yaml")}
    for folder, (place, extends) in registries.items():
        (plans / folder).mkdir(parents=True, exist_ok=True)
        (plans / folder / "agencies.yaml").write_text(
            f"version: 1\njurisdiction: {place}\nextends: {extends}\nagencies:\n  - {{id: snv, name: Sở Nội vụ}}\n",
            encoding="utf-8")
        (plans / folder / "kh.yaml").write_text(PLAN.format(id=f"kh-{folder.replace('/', '-')}", lead="Sở Nội vụ"),
                                                encoding="utf-8")
    loop = "Danh mục cấp trên (extends) có vấn đề: danh mục kế thừa vòng tròn (extends)."
    expected = [("plans/a/agencies.yaml", "R002", loop), ("plans/a/b/agencies.yaml", "R002", loop),
                ("plans/miss/agencies.yaml", "R002",
                 "Danh mục cấp trên (extends) có vấn đề: không tìm thấy tệp ../khong-co/agencies.yaml."),
                ("plans/self/agencies.yaml", "R002", loop)]
    expected += [(f"plans/{folder}/kh.yaml", "A002", f"Danh mục cơ quan plans/{folder}/agencies.yaml có lỗi nên "
                  "chưa kiểm tra được tên cơ quan.") for folder in ("a/b", "a", "miss", "self")]
    monkeypatch.chdir(tmp_path / "repo")
    monkeypatch.setattr(read_module, "PARALLEL_THRESHOLD", 1)
    cache = Cache(tmp_path / "cache")
    for jobs, with_cache in ((1, None), (1, cache), (1, cache), (2, None)):
        found = sorted((d.path, d.code, d.message) for d in lint_paths([Path("plans")], cache=with_cache,
                                                                         jobs=jobs).diagnostics)
        assert found == sorted(expected), (jobs, with_cache)
    assert [link.missing for link in registry_chain(plans / "a" / "agencies.yaml")] == ["", "", "loop"]
    assert [link.missing for link in registry_chain(plans / "self" / "agencies.yaml")] == ["", "loop"]
    assert [link.missing for link in registry_chain(plans / "miss" / "agencies.yaml")] == ["", "missing"]
    deep, _ = _chain(tmp_path / "deep", 9)
    assert len(registry_chain(deep / "agencies.yaml")) == 9, "followed to the end, however deep"


def test_a_record_with_text_made_in_one_language_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps no language: a record whose message is only text (made in the run's
    language, its message id lost) is not kept — checked again next time, never shown to a run in
    another language. Records whose messages are all deferred are kept as before."""
    from dataclasses import replace

    folder = tmp_path / "plans"
    shutil.copytree(FIXTURES / "invalid", folder)
    original = read_module.check
    flattened: set[str] = set()

    def plain_text(*args, **kwargs):  # type: ignore[no-untyped-def]
        checked = original(*args, **kwargs)
        result = checked.result
        if not result.diagnostics or result.path.endswith("not-utf8.yaml"):
            return checked
        flattened.add(Path(result.path).name)
        first = replace(result.diagnostics[0], message=str(result.diagnostics[0].message))
        return replace(checked, result=replace(result, diagnostics=(first, *result.diagnostics[1:])))

    monkeypatch.setattr(read_module, "check", plain_text)
    cache = Cache(tmp_path / "cache")
    lint_paths([folder], cache=cache)
    kept = {entry.name for entry in cache.folder.rglob("*.json") if not entry.name.endswith(".model.json")}
    assert len(flattened) > 5 and kept, "some records are kept, some are not"
    monkeypatch.setattr(read_module, "check", original)
    checked: list[str] = []
    counting_original = check_module._lint_loaded

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        checked.append(Path(str(args[1])).name)
        return counting_original(*args, **kwargs)

    monkeypatch.setattr(check_module, "_lint_loaded", counting)
    lint_paths([folder], cache=cache)
    assert flattened <= set(checked), "the records with plain text were not kept"
    assert len(checked) < len(list(folder.glob("*.yaml"))), "the others were"


def test_two_folders_with_the_same_plan_and_registry_bytes_keep_their_own_answers(tmp_path: Path) -> None:
    """A001's hint names the registry to add the agency to: the same bytes in two folders are two
    answers (the registry's path is part of the key), as an uncached run gives them."""
    for name in ("a", "b"):
        shutil.copytree(FIXTURES / "invalid", tmp_path / "plans" / name)
    paths = [tmp_path / "plans"]
    fresh = _snapshot(lint_paths(paths))
    assert any(d[3] == "A001" and "b/agencies.yaml" in d[5] for d in fresh)
    cache = Cache(tmp_path / "cache")
    assert _snapshot(lint_paths(paths, cache=cache)) == fresh
    assert _snapshot(lint_paths(paths, cache=cache)) == fresh
