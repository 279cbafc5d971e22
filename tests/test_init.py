"""cchc init: a plans repository that lints clean, created once and never overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from cchc.diagnostics import Severity
from cchc.lint import lint_paths
from cchc.scaffold import ACTION_REF, default_schema_base, init_repository, slug, yaml_text
from cchc.status import build_report
from cchc.workspace import load_workspace
from conftest import ROOT

EXPECTED = (
    "plans/agencies.yaml",
    "plans/ke-hoach-mau.yaml",
    ".github/workflows/cchc.yml",
    ".pre-commit-config.yaml",
    ".vscode/settings.json",
    ".vscode/extensions.json",
    "README.md",
)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_creates_every_file(tmp_path: Path) -> None:
    result = init_repository(tmp_path / "kho", unit="UBND huyện Bình Sơn", year=2025)
    assert [p.relative_to(tmp_path / "kho").as_posix() for p in result.created] == list(EXPECTED)
    assert result.kept == ()
    assert sorted(snapshot(tmp_path / "kho")) == sorted(EXPECTED)


def test_starter_plan_lints_clean(tmp_path: Path) -> None:
    init_repository(tmp_path, unit="UBND huyện Bình Sơn", year=2025)
    result = lint_paths([tmp_path / "plans"])
    assert [f.kind for f in result.files] == ["registry", "plan"]
    assert [(d.code, d.message) for d in result.diagnostics if d.severity == Severity.ERROR] == []
    assert result.warnings == 0


def test_starter_plan_is_usable(tmp_path: Path) -> None:
    import datetime as dt

    init_repository(tmp_path, unit="UBND huyện Bình Sơn", year=2025)
    workspace = load_workspace([tmp_path / "plans"])
    (plan,) = workspace.plans
    registry = workspace.registries[plan.source]
    assert registry is not None and registry.lookup("ubnd huyen binh son") is not None
    report = build_report(workspace.plans, dt.date(2025, 5, 1))
    assert [(row.id, row.state) for row in report.rows] == [("1.1", "overdue"), ("2.1", "on_track")]


def test_second_run_changes_nothing(tmp_path: Path) -> None:
    first = init_repository(tmp_path, year=2025)
    before = snapshot(tmp_path)
    second = init_repository(tmp_path, year=2026, unit="Sở Tư pháp")
    assert second.created == ()
    assert second.kept == first.created
    assert snapshot(tmp_path) == before


def test_existing_readme_is_kept(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_bytes(b"# Kho cu\r\nkhong doi\r\n")
    result = init_repository(tmp_path)
    assert result.kept == (readme,)
    assert readme.read_bytes() == b"# Kho cu\r\nkhong doi\r\n"
    assert len(result.created) == len(EXPECTED) - 1


def test_existing_registry_is_kept(tmp_path: Path) -> None:
    registry = tmp_path / "plans" / "agencies.yaml"
    registry.parent.mkdir()
    registry.write_text("version: 1\n", encoding="utf-8")
    result = init_repository(tmp_path)
    assert registry in result.kept and registry.read_text(encoding="utf-8") == "version: 1\n"
    assert tmp_path / "plans" / "ke-hoach-mau.yaml" in result.created


def test_vscode_settings_map_schemas(tmp_path: Path) -> None:
    init_repository(tmp_path)
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    base = default_schema_base()
    assert base.startswith("https://")
    schemas = settings["yaml.schemas"]
    assert "plans/**/*.yaml" in schemas[f"{base}/plan.schema.json"]
    assert schemas[f"{base}/agencies.schema.json"] == ["plans/**/agencies.yaml"]
    extensions = json.loads((tmp_path / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert extensions["recommendations"] == ["redhat.vscode-yaml"]


def test_schema_url_given(tmp_path: Path) -> None:
    init_repository(tmp_path / "a", schema_url="https://example.org/cchc/schema/")
    settings = json.loads((tmp_path / "a" / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert set(settings["yaml.schemas"]) == {"https://example.org/cchc/schema/plan.schema.json",
                                              "https://example.org/cchc/schema/agencies.schema.json"}
    first = (tmp_path / "a" / "plans" / "ke-hoach-mau.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=https://example.org/cchc/schema/plan.schema.json"


def test_schema_folder_in_repository(tmp_path: Path) -> None:
    init_repository(tmp_path, schema_url="schema")
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert "schema/plan.schema.json" in settings["yaml.schemas"]
    first = (tmp_path / "plans" / "agencies.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/agencies.schema.json"


def test_workflow_and_pre_commit(tmp_path: Path) -> None:
    init_repository(tmp_path)
    text = (tmp_path / ".github" / "workflows" / "cchc.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    checkout, action = workflow["jobs"]["cchc"]["steps"]
    assert checkout["uses"].startswith("actions/checkout@") and checkout["with"]["fetch-depth"] == 0
    assert action == {"uses": ACTION_REF, "with": {"paths": "plans"}}
    assert (ROOT / "action.yml").is_file()
    inputs = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["inputs"]
    assert set(action["with"]) <= set(inputs)
    # the documented alternative without the action, commented out
    for line in ("python -m pip install cchc", "cchc lint --format github plans",
                 'cchc status --format markdown plans >> "$GITHUB_STEP_SUMMARY"'):
        assert line in text
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks["repos"][0]["hooks"]
    assert hooks["repos"][0]["repo"] == "local"
    assert hook["entry"] == "cchc lint" and hook["language"] == "system"


def test_readme_is_vietnamese(tmp_path: Path) -> None:
    init_repository(tmp_path, unit="UBND huyện Bình Sơn", year=2025)
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Kế hoạch cải cách hành chính – UBND huyện Bình Sơn")
    for command in ("cchc lint", "cchc status", "cchc done"):
        assert command in readme


def test_unit_named_home_affairs(tmp_path: Path) -> None:
    init_repository(tmp_path, unit="Sở Nội vụ")
    result = lint_paths([tmp_path / "plans"])
    assert result.errors == 0 and result.warnings == 0


@pytest.mark.parametrize("unit", ['Phòng "Nội vụ": thử # nghiệm', "Ban Quản lý [Khu kinh tế], cảng", "-"])
def test_awkward_unit_names_stay_valid(tmp_path: Path, unit: str) -> None:
    init_repository(tmp_path, unit=unit)
    result = lint_paths([tmp_path / "plans"])
    assert result.errors == 0
    registry = yaml.safe_load((tmp_path / "plans" / "agencies.yaml").read_text(encoding="utf-8"))
    assert registry["agencies"][0]["name"] == unit


def test_helpers() -> None:
    assert slug("Ủy ban nhân dân huyện Bình Sơn") == "uy-ban-nhan-dan-huyen-binh-son"
    assert slug("Đ") == "d" and slug("!!!") == "don-vi"
    assert yaml_text("Sở Nội vụ") == "Sở Nội vụ"
    assert yaml_text("Các Sở, Ban, ngành") == '"Các Sở, Ban, ngành"'
