"""Filters that say what they match (issue 16, point 7): ``--role`` with ``--agency``, an
unknown agency refused with a did-you-mean, ``--state`` by the labels the table shows, and every
filter part of the key of a stored status table."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.checking.lint import FileResult
from cchc.checking.workspace import load_workspace
from cchc.deriving.status import STATE_LABELS, STATES, Filters, build_report, parse_state
from cchc.writing.output.status_tables import TableOptions, _slots
from conftest import ROOT

AS_OF = "2021-12-31"


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COLUMNS": "120", **(env or {})}
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=full_env, timeout=120, check=False)


def status_json(*args: str) -> dict[str, object]:
    proc = run("status", "--as-of", AS_OF, "--format", "json", *args)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_role_lead_keeps_only_tasks_the_agency_leads() -> None:
    any_role = status_json("--agency", "Sở Nội vụ")
    default = status_json("--agency", "Sở Nội vụ", "--role", "any")
    lead = status_json("--agency", "Sở Nội vụ", "--role", "lead")
    support = status_json("--agency", "Sở Nội vụ", "--role", "support")
    assert any_role == default, "any stays the default"
    assert 0 < lead["total"] < any_role["total"]  # type: ignore[operator]
    assert 0 < support["total"] < any_role["total"]  # type: ignore[operator]
    ids = {(t["plan"], t["id"]) for t in any_role["tasks"]}  # type: ignore[attr-defined]
    lead_ids = {(t["plan"], t["id"]) for t in lead["tasks"]}  # type: ignore[attr-defined]
    support_ids = {(t["plan"], t["id"]) for t in support["tasks"]}  # type: ignore[attr-defined]
    assert lead_ids | support_ids < ids, "any adds the tasks of the groups it belongs to"
    workspace = load_workspace([ROOT / "plans"])
    for tasks, column in ((lead["tasks"], "lead"), (support["tasks"], "support")):
        for task in tasks:  # type: ignore[attr-defined]
            registry = workspace.registries[next(p.source for p in workspace.plans if p.id == task["plan"])]
            assert registry is not None
            target = registry.lookup("Sở Nội vụ")
            assert target is not None
            assert any(registry.lookup(name) == target for name in task[column]), (column, task)
    agencies = json.loads(run("agencies", "--as-of", AS_OF, "--format", "json").stdout)["agencies"]
    led = sum(line["led"] for line in agencies if line["agency"] == "Sở Nội vụ")
    assert lead["total"] == led == 28, "--role lead counts what cchc agencies counts: 22 in Quảng Nam, 6 in Nam Định"


def test_role_on_a_bundled_plan_counts_lead_only() -> None:
    plan = ["--plan", "quang-nam-kh-cchc-2021"]
    lead = status_json("--agency", "SNV", "--role", "lead", *plan)
    anyone = status_json("--agency", "SNV", *plan)
    assert lead["total"] < anyone["total"]  # type: ignore[operator]
    assert all(t["plan"] == "quang-nam-kh-cchc-2021" for t in lead["tasks"])  # type: ignore[attr-defined]


def test_role_is_checked_and_calendar_takes_it(tmp_path: Path) -> None:
    bad = run("status", "--agency", "Sở Nội vụ", "--role", "chu-tri")
    assert bad.returncode == 2 and "--role" in bad.stderr and "Traceback" not in bad.stderr
    alone = run("status", "--role", "lead")
    assert alone.returncode == 2 and "--role lead cần --agency" in alone.stderr
    assert run("calendar", "--role", "support").returncode == 2
    lead = run("calendar", "--agency", "Sở Nội vụ", "--role", "lead", "--as-of", AS_OF)
    anyone = run("calendar", "--agency", "Sở Nội vụ", "--as-of", AS_OF)
    assert lead.returncode == anyone.returncode == 0, lead.stderr + anyone.stderr
    assert 0 < lead.stdout.count("BEGIN:VEVENT") < anyone.stdout.count("BEGIN:VEVENT")


@pytest.mark.parametrize("command", [["status"], ["status", "--format", "json"], ["status", "-o", "x.txt"],
                                     ["calendar"]])
def test_an_unknown_agency_stops_with_a_suggestion(command: list[str], tmp_path: Path) -> None:
    args = [a if a != "x.txt" else str(tmp_path / "x.txt") for a in command]
    proc = run(*args, "plans", "--agency", "Sở Nội", "--as-of", AS_OF)
    assert proc.returncode == 2, proc.stderr
    assert "\"Sở Nội\"" in proc.stderr and "Có phải ý bạn là \"Sở Nội vụ\"" in proc.stderr
    assert proc.stdout == "" and not (tmp_path / "x.txt").exists()
    nothing_close = run(*args, "plans", "--agency", "Cục Hàng không", "--as-of", AS_OF)
    assert nothing_close.returncode == 2 and "Có phải" not in nothing_close.stderr
    english = run(*args, "plans", "--agency", "Sở Nội", "--as-of", AS_OF, "--lang", "en")
    assert english.returncode == 2 and "Did you mean \"Sở Nội vụ\"" in english.stderr


def test_known_names_are_accepted_however_written() -> None:
    for name in ("so noi vu", "SNV", "Các Sở, Ban, ngành", "sở tư pháp"):
        assert run("status", "--agency", name, "--as-of", AS_OF, "--format", "json").returncode == 0, name


@pytest.mark.parametrize("text", ["Quá hạn", "qua han", "QUÁ HẠN", "Qua Han", "overdue"])
def test_state_by_the_label_the_table_shows(text: str) -> None:
    assert parse_state(text) == "overdue"
    shown = status_json("--state", text)
    assert shown["total"] == shown["summary"]["overdue"] > 0  # type: ignore[index]


def test_every_label_and_its_unaccented_form_names_its_state() -> None:
    from cchc.base.text import strip_diacritics

    for state in STATES:
        label = STATE_LABELS[state]
        assert parse_state(label) == state
        assert parse_state(strip_diacritics(label).lower()) == state
        assert parse_state(state) == state
    assert parse_state("Sắp đến hạn") == "due_soon"
    assert parse_state("Hoàn thành quá hạn") == "done_late", "not 'Quá hạn': the whole label"
    assert parse_state("Quá") is None


def test_several_states_and_fail_on_take_labels() -> None:
    mixed = status_json("--state", "Quá hạn,sap den han")
    assert mixed["total"] == mixed["summary"]["overdue"] + mixed["summary"]["due_soon"]  # type: ignore[index]
    assert run("status", "--as-of", AS_OF, "--fail-on", "Quá hạn", "--format", "json").returncode == 1
    bad = run("status", "--as-of", AS_OF, "--state", "Quá")
    assert bad.returncode == 2 and "Quá hạn" in bad.stderr and "overdue" in bad.stderr


def _changed(value: object) -> object:
    """Another value of the same kind, whatever the field."""
    if isinstance(value, tuple):
        return (*value, "khác")
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "-khác"
    return "khác"


def test_every_filter_field_is_part_of_the_stored_table_key() -> None:
    file = FileResult("plans/a.yaml", "plan", (), key="k" * 64)
    day = dt.date(2021, 7, 1)
    base = _slots(file, TableOptions(day, 14, Filters()))
    assert base is not None and base == _slots(file, TableOptions(day, 14))
    keyed = [f for f in dataclasses.fields(Filters) if f.metadata.get("option", True)]
    assert {f.name for f in keyed} >= {"agency", "areas", "states", "due_within", "plans", "role"}
    assert {f.name for f in dataclasses.fields(Filters)} - {f.name for f in keyed} == {"registries"}
    for option in keyed:
        filters = dataclasses.replace(Filters(agency="Sở Nội vụ"), **{
            option.name: _changed(getattr(Filters(agency="Sở Nội vụ"), option.name))})
        slots = _slots(file, TableOptions(day, 14, filters))
        assert slots is not None and slots[0] != _slots(file, TableOptions(day, 14, Filters(agency="Sở Nội vụ")))[0], option.name  # type: ignore[index]


def test_an_option_added_to_the_table_options_is_part_of_the_key() -> None:
    """The key is built from the dataclasses' fields, not from a list kept by hand: a new field,
    of the table options or of the filters, changes it (and the date only the key, not the slot)."""
    file = FileResult("plans/a.yaml", "plan", (), key="k" * 64)
    day = dt.date(2021, 7, 1)
    base = _slots(file, TableOptions(day, 14))
    assert base is not None
    wider = dataclasses.make_dataclass("WiderOptions", [("compact", bool, dataclasses.field(default=True))],
                                       bases=(TableOptions,), frozen=True)
    other = _slots(file, wider(day, 14))
    assert other is not None and other[0] != base[0] and other[1] != base[1]
    assert _slots(file, wider(day, 14, compact=True)) == other
    wider_filters = dataclasses.make_dataclass("WiderFilters", [("unit", str, dataclasses.field(default="x"))],
                                               bases=(Filters,), frozen=True)
    assert _slots(file, TableOptions(day, 14, wider_filters()))[0] != base[0]  # type: ignore[index]
    next_day = _slots(file, TableOptions(day + dt.timedelta(days=1), 14))
    assert next_day is not None and next_day[0] == base[0] and next_day[1] != base[1]
    assert _slots(file, TableOptions(day, 15))[0] != base[0]  # type: ignore[index]


def test_a_stored_table_is_not_served_for_another_role(tmp_path: Path) -> None:
    """Warm runs with --role lead and --role any print their own tables, as the full report does."""
    env = {"CCHC_CACHE_DIR": str(tmp_path / "cache")}
    outputs = {}
    for role in ("any", "lead", "support", "lead"):
        args = ["status", "plans", "--as-of", AS_OF, "--agency", "Sở Nội vụ", "--role", role]
        cached = run(*args, env=env)
        reference = run(*args, "--no-cache", env=env)
        assert cached.returncode == reference.returncode == 0, cached.stderr
        assert cached.stdout == reference.stdout, role
        outputs[role] = cached.stdout
    assert len(set(outputs.values())) == 3


def test_library_filters_match_the_command() -> None:
    workspace = load_workspace([ROOT / "plans"])
    day = dt.date.fromisoformat(AS_OF)
    lead = build_report(workspace.plans, day, filters=Filters(agency="Sở Nội vụ", role="lead",
                                                              registries=workspace.registries))
    assert len(lead.rows) == status_json("--agency", "Sở Nội vụ", "--role", "lead")["total"]
