"""``cchc status`` printed plan by plan from the cache (cchc.writing.output.status_tables): the same bytes as the
full report, whatever the options, the language, the date or the state of the cache."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import pickle
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cchc.checking.read as read_module
import cchc.writing.output.status_tables as status_tables
from cchc.base.i18n import using
from cchc.checking.check import LazyPlan
from cchc.checking.lint import lint_paths
from cchc.checking.read import PARALLEL_THRESHOLD, discover
from cchc.checking.workspace import load_workspace
from cchc.deriving.status import Filters, Row, build_report, plan_status
from cchc.reading.cache import Cache
from cchc.writing.output.status import write_table
from cchc.writing.output.status_tables import (
    PlanTable,
    TableOptions,
    TableStep,
    TableStore,
    plan_tables,
    sort_key_json,
    write_tables,
)
from conftest import FIXTURES, ROOT

FOLDERS = [ROOT / "plans", FIXTURES / "province", FIXTURES / "valid", FIXTURES / "invalid",
           FIXTURES / "progress"]  # progress: notes, lateness and folded milestones in the tables
DATES = [dt.date(2021, 3, 31), dt.date(2021, 7, 1), dt.date(2022, 12, 31), dt.date(2030, 1, 1)]
FILTERS = [
    None,
    Filters(),
    Filters(states=("overdue", "due_soon")),
    Filters(states=("cancelled",)),  # nothing matches in most plans: "Không có nhiệm vụ nào…"
    Filters(agency="Sở Nội vụ"),
    Filters(agency="Sở Nội vụ", role="lead"),  # after "any" with the same cache: role is part of the key
    Filters(agency="SNV", role="support"),
    Filters(areas=("TCBM", "TTHC")),
    Filters(due_within=120),
    Filters(plans=("tinh-kh-2021", "kh-cchc-2021.yaml")),
]


def full_output(paths: list[Path], as_of: dt.date, soon: int = 14, filters: Filters | None = None) -> str:
    """What the plain table prints from the full report (the reference)."""
    workspace = load_workspace(paths)
    if filters is not None:
        filters = dataclasses.replace(filters, registries=workspace.registries)
    report = build_report(workspace.plans, as_of, soon, filters, workspace.skipped, workspace.duplicates)
    stream = io.StringIO()
    write_table(report, stream)
    return stream.getvalue()


def table_output(paths: list[Path], as_of: dt.date, soon: int = 14, filters: Filters | None = None,
                 cache: Cache | None = None, jobs: int = 1) -> tuple[str, dict[str, int]]:
    """What ``cchc status`` prints to a file, as the command builds it (tables drawn by workers when
    ``jobs`` > 1)."""
    store = TableStore.of(cache) if cache else None
    step = TableStep(TableOptions(as_of, soon, filters or Filters()), str(store.folder) if store else None)
    workspace = load_workspace(paths, cache=cache, jobs=jobs, models=False, per_file=step)
    assert all(isinstance(f.derived, PlanTable) for f in workspace.files), "drawn by the read stage's step"
    tables, lost = plan_tables(workspace.files, step)
    stream = io.StringIO()
    counts = write_tables(tables, sorted((*workspace.skipped, *lost)), as_of, stream, workspace.duplicates)
    return stream.getvalue(), counts


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_tables_equal_the_full_report_for_every_date_and_filter(folder: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    for as_of in DATES:
        for filters in FILTERS:
            for soon in (14, 60):
                expected = full_output([folder], as_of, soon, filters)
                without, _ = table_output([folder], as_of, soon, filters)
                filling, _ = table_output([folder], as_of, soon, filters, cache)
                warm, counts = table_output([folder], as_of, soon, filters, cache)
                label = f"{folder.name} {as_of} soon={soon} {filters}"
                assert without == expected, label
                assert filling == expected, label
                assert warm == expected, label
                assert f"{sum(counts.values())} mốc nhiệm vụ" in expected.splitlines()[0], "the summary comes first"


def test_several_folders_at_once_and_in_english(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    for language in ("vi", "en"):
        with using(language):
            expected = full_output(FOLDERS, dt.date(2021, 7, 1))
            assert table_output(FOLDERS, dt.date(2021, 7, 1), cache=cache)[0] == expected
            assert table_output(FOLDERS, dt.date(2021, 7, 1), cache=cache)[0] == expected
    with using("en"):
        english = full_output(FOLDERS, dt.date(2021, 7, 1))
    assert english != full_output(FOLDERS, dt.date(2021, 7, 1)), "the language is part of the key"


def test_the_json_sort_key_orders_rows_as_the_report_does() -> None:
    workspace = load_workspace([ROOT / "plans", FIXTURES / "province"])
    for as_of in DATES:
        rows: list[Row] = [row for plan in workspace.plans for row in plan_status(plan, as_of)[0]]
        random.Random(as_of.toordinal()).shuffle(rows)
        assert sorted(rows, key=Row.sort_key) == sorted(rows, key=sort_key_json)


def test_a_warm_run_builds_no_model_and_draws_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(tmp_path / "cache")
    expected, _ = table_output([ROOT / "plans"], dt.date(2021, 7, 1), cache=cache)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a warm run must not build this")

    monkeypatch.setattr(status_tables, "build_tables", refuse)
    monkeypatch.setattr(LazyPlan, "plan", refuse)
    assert table_output([ROOT / "plans"], dt.date(2021, 7, 1), cache=cache)[0] == expected


def _entries(cache: Cache) -> list[Path]:
    return sorted((cache.folder / "status").rglob("*.txt"))


def test_damaged_entries_are_rebuilt_never_trusted(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    day = dt.date(2021, 7, 1)
    expected = full_output([ROOT / "plans"], day)
    table_output([ROOT / "plans"], day, cache=cache)
    entries = _entries(cache)
    assert len(entries) == 4
    originals = {entry: entry.read_bytes() for entry in entries}

    def damage(data: bytes, how: str) -> bytes:
        end = data.index(b"\n", data.index(b"\n") + 1)
        if how == "flip":  # one byte of a table changed: same length, another CRC
            position = end + 1 + (len(data) - end - 1) // 2
            return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1:]
        if how == "truncate":
            return data[: len(data) // 2]
        if how == "header":  # a header that claims other counts but keeps the key
            return data.replace(b'"counts": {', b'"counts": {"overdue": 999999, "x": ', 1)
        if how == "key":
            return data.replace(b'"key": "', b'"key": "0', 1)
        if how == "format":
            return b"cchc-status-table 0" + data[data.index(b"\n"):]
        if how == "count":  # valid JSON, a plausible count: only the checksum tells
            return data.replace(b'"counts": {"overdue": ', b'"counts": {"overdue": 1', 1)
        if how == "order":
            return data.replace(b'"first": [', b'"first": [9', 1)
        if how == "json":
            return data[:30] + b"{khong phai json" + data[end:]
        return b""

    for how in ("flip", "truncate", "header", "key", "format", "count", "order", "json", "empty"):
        for entry, data in originals.items():
            damaged = damage(data, how)
            assert damaged != data, how
            entry.write_bytes(damaged)
        assert table_output([ROOT / "plans"], day, cache=cache)[0] == expected, how
        assert {entry: entry.read_bytes() for entry in entries} == originals, f"{how}: rebuilt in place"


def test_a_new_date_replaces_the_entries_instead_of_adding_to_them(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    for as_of in DATES:
        assert table_output([ROOT / "plans"], as_of, cache=cache)[0] == full_output([ROOT / "plans"], as_of)
    assert len(_entries(cache)) == 4


def test_an_edited_plan_gets_a_new_table(tmp_path: Path) -> None:
    folder = tmp_path / "province"
    shutil.copytree(FIXTURES / "province", folder)
    cache = Cache(tmp_path / "cache")
    day = dt.date(2021, 10, 1)
    before, _ = table_output([folder], day, cache=cache)
    plan = folder / "huyen-a.yaml"
    text = plan.read_text(encoding="utf-8")
    edited = text.replace("deadline: Quý II/2021", "deadline: Quý IV/2021", 1)
    assert edited != text
    plan.write_text(edited, encoding="utf-8")
    after, _ = table_output([folder], day, cache=cache)
    assert after == full_output([folder], day)
    assert after != before


def test_plans_sharing_an_id_are_left_out_as_in_the_full_report(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(FIXTURES / "province", folder)
    shutil.copy(folder / "huyen-a.yaml", folder / "huyen-a-copy.yaml")
    shutil.copy(folder / "huyen-a.yaml", folder / "zz-huyen-a-again.yaml")
    cache = Cache(tmp_path / "cache")
    for as_of in DATES:
        expected = full_output([folder], as_of)
        assert expected.count("┏") == 3, "huyen-b, huyen-c and tinh-kh-2021: no copy of huyen-a"
        assert "huyen-a-copy.yaml, " in expected and "(lỗi I003)" in expected
        assert table_output([folder], as_of, cache=cache)[0] == expected
        assert table_output([folder], as_of, cache=cache)[0] == expected


def _cchc(*args: str, cache: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CCHC_CACHE_DIR=str(cache), PYTHONIOENCODING="utf-8")
    env.pop("CCHC_NO_CACHE", None)
    return subprocess.run([sys.executable, "-m", "cchc", *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=cwd, check=False)


def test_the_command_prints_the_same_bytes_with_and_without_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    args = ["status", "plans", "tests/fixtures/province", "--as-of", "2021-07-01", "--fail-on", "overdue"]
    reference = _cchc(*args, "--no-cache", cache=cache)
    assert reference.returncode == 1, reference.stderr  # the bundled plans have overdue tasks on 01/07/2021
    assert not (cache / "status").exists(), "--no-cache writes no table"
    for run in ("fill", "warm"):
        shown = _cchc(*args, cache=cache)
        assert (shown.returncode, shown.stdout, shown.stderr) == \
            (reference.returncode, reference.stdout, reference.stderr), run
    assert len(list((cache / "status").rglob("*.txt"))) == 8
    written = tmp_path / "status.txt"
    assert _cchc(*args, "-o", str(written), cache=cache).returncode == 1
    assert written.read_text(encoding="utf-8") == reference.stdout
    none = _cchc("status", "plans", "--as-of", "2021-07-01", "--state", "cancelled", "--fail-on", "overdue", cache=cache)
    assert none.returncode == 0, "nothing overdue among the rows shown"
    assert none.stdout == _cchc("status", "plans", "--as-of", "2021-07-01", "--state", "cancelled", "--no-cache",
                                cache=cache).stdout


def test_a_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(FIXTURES / "valid", folder)
    (tmp_path / "link").symlink_to(folder, target_is_directory=True)
    found, missing, unusable = discover([folder, folder / "full.yaml", tmp_path / "link", tmp_path / "link" / "full.yaml"])
    assert sorted(p.name for p in found) == ["agencies.yaml", "full.yaml", "minimal.yaml"]
    # A named folder that is a link is refused since issue 18 (nothing under it listed); the file
    # named through it is the user's choice, read once.
    assert missing == [] and [u.path for u in unusable] == [tmp_path / "link"]


def test_tables_drawn_by_parallel_workers_are_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    shutil.copy(FIXTURES / "province" / "agencies.yaml", folder / "agencies.yaml")
    sources = sorted((FIXTURES / "province").glob("*-*.yaml")) + [FIXTURES / "valid" / "full.yaml"]
    for index in range(PARALLEL_THRESHOLD + 4):
        source = sources[index % len(sources)]
        text = source.read_text(encoding="utf-8")
        plan_id = next(line for line in text.splitlines() if line.startswith("id: "))
        (folder / f"{index:02d}-{source.name}").write_text(text.replace(plan_id, f"{plan_id}-{index:02d}", 1),
                                                           encoding="utf-8")
    shutil.copy(folder / "00-huyen-a.yaml", folder / "99-same-id.yaml")  # one id in two files
    for filters in (None, Filters(states=("overdue",)), Filters(agency="Sở Nội vụ")):
        expected = full_output([folder], dt.date(2021, 10, 1), filters=filters)
        assert table_output([folder], dt.date(2021, 10, 1), filters=filters, jobs=2)[0] == expected
        cache = Cache(tmp_path / f"cache-{filters}")
        for _ in ("fill", "warm"):
            assert table_output([folder], dt.date(2021, 10, 1), filters=filters, cache=cache, jobs=2)[0] == expected


def test_workers_that_find_tables_or_lint_entries_already_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    """A worker may find a file's table (or its lint entry) in the cache: another run filled it,
    or only the lint entries were lost. The table must still cross processes, and be drawn with
    the folder's agency registry (``--agency`` by short name needs it)."""
    folder = tmp_path / "many"
    folder.mkdir()
    shutil.copy(FIXTURES / "province" / "agencies.yaml", folder / "agencies.yaml")
    source = (FIXTURES / "province" / "huyen-a.yaml").read_text(encoding="utf-8").replace(
        "lead: [UBND huyện A]", "lead: [SNV]", 1)  # a short name: only the registry knows it
    for index in range(PARALLEL_THRESHOLD + 2):
        (folder / f"{index:02d}.yaml").write_text(source.replace("id: huyen-a-kh-2021", f"id: huyen-{index:02d}"),
                                                  encoding="utf-8")
    filters = Filters(agency="Sở Nội vụ")
    day = dt.date(2021, 10, 1)
    expected = full_output([folder], day, filters=filters)
    assert "┏" in expected, "the agency filter keeps rows"
    cache = Cache(tmp_path / "cache")
    assert table_output([folder], day, filters=filters, cache=cache, jobs=2)[0] == expected
    for entry in cache.folder.rglob("*.json"):  # lint entries lost, tables kept
        entry.unlink()
    assert table_output([folder], day, filters=filters, cache=cache, jobs=2)[0] == expected

    from cchc.checking.check import Registries, check_file
    from cchc.checking.read import _check_worker, _Miss

    other = Cache(tmp_path / "other")  # a worker whose file another run has just linted
    path = folder / "00.yaml"
    lint_paths([path], cache=other)
    step = TableStep(TableOptions(day, 14, filters))
    monkeypatch.setattr(read_module, "_WORKER_REGISTRIES", None)  # as a fresh worker starts
    registries = Registries()
    raw = path.read_bytes()
    key = other.key(raw, "plan", registries.digest(registries.registry_file(path)))
    result = _check_worker(_Miss(path, "plan", raw, key), str(other.folder), False, step)
    alone = check_file(path)
    assert result.derived is not None and result.plan is None and result.lazy is not None
    result = pickle.loads(pickle.dumps(result))  # what crosses the process boundary
    assert result.derived.body == step(alone).body and result.derived.counts == step(alone).counts
    assert sum(result.derived.counts.values()) > 0
