"""Commands run from anywhere inside a plans repository (issue 16, point 9): the plans folder is
found from the working folder upwards, as git finds its repository, and paths are printed as the
user would type them from where they are."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.reading.config import find_root, load_config
from conftest import ROOT


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "120", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, check=False)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's plans (and schemas) in a fresh folder."""
    folder = tmp_path_factory.mktemp("kho") / "kho-ke-hoach"
    shutil.copytree(ROOT / "plans", folder / "plans")
    shutil.copytree(ROOT / "schema", folder / "schema")
    return folder


def test_status_from_inside_a_province_folder_reads_every_plan(repo: Path) -> None:
    inside = repo / "plans" / "quang-nam"
    here = run("status", "--as-of", "2021-07-01", "--format", "json", cwd=inside)
    top = run("status", "--as-of", "2021-07-01", "--format", "json", cwd=repo)
    assert here.returncode == top.returncode == 0, here.stderr + top.stderr
    mine, theirs = json.loads(here.stdout), json.loads(top.stdout)
    assert mine["total"] == theirs["total"] > 0
    assert [t["id"] for t in mine["tasks"]] == [t["id"] for t in theirs["tasks"]]
    files = {t["file"] for t in mine["tasks"]}
    assert "kh-cchc-2021.yaml" in files, "a file of the working folder is named as git would"
    assert "../nam-dinh/kh-cchc-2021-2025.yaml" in files
    assert all((inside / f).is_file() for f in files), "every path printed can be opened from here"
    table = run("status", "--as-of", "2021-07-01", cwd=inside)
    assert table.returncode == 0 and "146 mốc nhiệm vụ" in table.stdout, table.stderr


def test_lint_from_inside_plans_and_a_province_folder(repo: Path) -> None:
    for folder in (repo / "plans", repo / "plans" / "quang-nam", repo / "schema"):
        proc = run("lint", "--format", "json", cwd=folder)
        assert proc.returncode == 0, proc.stderr
        report = json.loads(proc.stdout)
        assert report["summary"]["files"] == len(list((repo / "plans").rglob("*.yaml"))), folder
        assert report["summary"]["errors"] == 0


def test_lint_findings_are_located_from_the_working_folder(repo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kho"
    shutil.copytree(repo, copy)
    plan = copy / "plans" / "quang-nam" / "kh-cchc-2021.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("output:", "ouput:", 1), encoding="utf-8")
    inside = run("lint", cwd=copy / "plans" / "quang-nam")
    assert inside.returncode == 1
    assert inside.stdout.startswith("kh-cchc-2021.yaml:"), inside.stdout[:200]
    above = run("lint", cwd=copy / "plans" / "nam-dinh")
    assert above.returncode == 1 and above.stdout.startswith("../quang-nam/kh-cchc-2021.yaml:"), above.stdout[:200]


def test_the_search_stops_at_the_git_root(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()  # a plans folder outside the repository is not this repository's
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "docs" / "a").mkdir(parents=True)
    assert find_root(repo / "docs" / "a") == repo
    assert find_root(tmp_path / "plans") == tmp_path
    (repo / "plans" / "x").mkdir(parents=True)
    assert find_root(repo / "plans" / "x") == repo
    proc = run("status", cwd=repo / "docs" / "a")
    assert proc.returncode == 2
    assert "không có kế hoạch nào" in proc.stderr, proc.stderr
    empty = repo / "plans"
    shutil.rmtree(empty)
    missing = run("lint", cwd=repo / "docs" / "a")
    assert missing.returncode == 2 and "\"../../plans\"" in missing.stderr and "gợi ý" in missing.stderr


def test_a_configured_folder_is_found_from_below(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "plans" / "quang-ngai", tmp_path / "ke-hoach" / "quang-ngai")
    (tmp_path / "cchc.toml").write_text('plans = "ke-hoach"\n', encoding="utf-8")
    inside = tmp_path / "ke-hoach" / "quang-ngai"
    proc = run("lint", "--format", "json", cwd=inside)
    assert proc.returncode == 0, proc.stderr
    assert {d["path"] for d in json.loads(proc.stdout)["diagnostics"]} <= {"binh-son-kh-par-sipas-2022.yaml"}
    assert json.loads(proc.stdout)["summary"]["files"] == 2
    cwd = Path.cwd()
    try:
        os.chdir(inside)
        assert load_config().plans == Path("..")
    finally:
        os.chdir(cwd)


def test_outside_any_repository_the_default_stays_plans(tmp_path: Path) -> None:
    assert find_root(tmp_path) in (None, *tmp_path.parents)  # only a folder above tmp could hold plans/
    if find_root(tmp_path) is None:
        assert load_config(tmp_path).plans == Path("plans")
