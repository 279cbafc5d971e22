"""cchc init: a plans repository that lints clean, created once and never overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from cchc import __version__
from cchc.authoring.scaffold import ACTION_REF, PIP_REQUIREMENT, init_repository, slug, yaml_text
from cchc.base.diagnostics import Severity
from cchc.checking.lint import lint_paths
from cchc.checking.workspace import load_workspace
from cchc.deriving.status import build_report
from conftest import ROOT

EXPECTED = (
    "plans/agencies.yaml",
    "plans/ke-hoach-mau.yaml",
    ".github/workflows/cchc.yml",
    ".pre-commit-config.yaml",
    ".vscode/settings.json",
    ".vscode/extensions.json",
    "README.md",
    ".cchc/schema/plan.schema.json",
    ".cchc/schema/agencies.schema.json",
    ".cchc/schema/report.schema.json",
)
RECORD = ".cchc/init.json"


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_creates_every_file(tmp_path: Path) -> None:
    result = init_repository(tmp_path / "kho", unit="UBND huyện Bình Sơn", year=2025)
    assert [p.relative_to(tmp_path / "kho").as_posix() for p in result.created] == list(EXPECTED)
    assert result.kept == () and result.skipped == ()
    assert sorted(snapshot(tmp_path / "kho")) == sorted((*EXPECTED, RECORD))
    record = json.loads((tmp_path / "kho" / RECORD).read_text(encoding="utf-8"))
    assert record["created"] == sorted(EXPECTED)


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
    schemas = settings["yaml.schemas"]  # the repository's own copy, by relative path: works offline
    assert "plans/**/*.yaml" in schemas[".cchc/schema/plan.schema.json"]
    assert schemas[".cchc/schema/agencies.schema.json"] == ["plans/**/agencies.yaml"]
    for name in schemas:
        assert (tmp_path / name).is_file()
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
    assert ACTION_REF.endswith("@v" + __version__)
    assert PIP_REQUIREMENT.startswith("cchc @ git+https://github.com/") and PIP_REQUIREMENT.endswith("@v" + __version__)
    for line in (f'python -m pip install "{PIP_REQUIREMENT}"', "cchc lint --format github plans",
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
    from cchc.authoring.scaffold import unit_level

    assert unit_level("Ban Quản lý Khu kinh tế tỉnh") == "tinh"  # "quản" folds like "quận"
    assert unit_level("Phòng Nội vụ huyện Bình Sơn") == "huyen"
    assert unit_level("Sở Nội vụ") == "tinh" and unit_level("UBND TP. Hồ Chí Minh") == "tinh"
    assert unit_level("UBND thị trấn Châu Ổ") == "xa"


def test_readme_installs_from_the_release_tag(tmp_path: Path) -> None:
    init_repository(tmp_path)
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert f'python -m pip install "{PIP_REQUIREMENT}"' in readme
    for text in (readme, (tmp_path / ".github" / "workflows" / "cchc.yml").read_text(encoding="utf-8")):
        assert "pip install cchc" not in text and "@v1" not in text


# ------------------------------------------------------------------------- the user's deletions

def test_deleted_sample_is_not_created_again(tmp_path: Path) -> None:
    init_repository(tmp_path, year=2025)
    sample = tmp_path / "plans" / "ke-hoach-mau.yaml"
    readme = tmp_path / "README.md"
    sample.unlink()
    readme.unlink()
    before = snapshot(tmp_path)
    second = init_repository(tmp_path, year=2025)
    assert second.created == ()
    assert set(second.skipped) == {sample, readme}
    assert snapshot(tmp_path) == before  # nothing written, not even the record
    third = init_repository(tmp_path, year=2025, sample=True)  # asked for: created again
    assert third.created == (sample,) and readme in third.skipped
    assert lint_paths([tmp_path / "plans"]).errors == 0


def test_no_sample_beside_existing_plans(tmp_path: Path) -> None:
    (tmp_path / "plans" / "quang-nam").mkdir(parents=True)
    (tmp_path / "plans" / "quang-nam" / "kh-2025.yaml").write_text("version: 1\n", encoding="utf-8")
    result = init_repository(tmp_path)
    sample = tmp_path / "plans" / "ke-hoach-mau.yaml"
    assert result.skipped == (sample,) and not sample.exists()
    assert tmp_path / "plans" / "agencies.yaml" in result.created
    assert init_repository(tmp_path, sample=True).created == (sample,)


def test_record_that_cannot_be_read_holds_nothing_back(tmp_path: Path) -> None:
    (tmp_path / ".cchc").mkdir()
    (tmp_path / ".cchc" / "init.json").write_text("{not json", encoding="utf-8")
    result = init_repository(tmp_path)
    assert len(result.created) == len(EXPECTED)
    assert json.loads((tmp_path / RECORD).read_text(encoding="utf-8"))["created"] == sorted(EXPECTED)


def test_cli_sample_and_skipped(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cchc.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["init", str(tmp_path)]).exit_code == 0
    (tmp_path / "plans" / "ke-hoach-mau.yaml").unlink()
    again = runner.invoke(app, ["init", str(tmp_path)])
    assert again.exit_code == 0
    assert "bỏ qua" in again.stdout and "--sample" in again.stdout
    assert not (tmp_path / "plans" / "ke-hoach-mau.yaml").exists()
    asked = runner.invoke(app, ["init", str(tmp_path), "--sample"])
    assert asked.exit_code == 0 and (tmp_path / "plans" / "ke-hoach-mau.yaml").is_file()


# ------------------------------------------------------------------- units below the province

@pytest.mark.parametrize(("unit", "level", "lead"), [
    ("UBND huyện Bình Sơn", "huyen", "Phòng Nội vụ"),
    ("Ủy ban nhân dân quận Hải Châu", "huyen", "Phòng Nội vụ"),
    ("UBND thị xã Điện Bàn", "huyen", "Phòng Nội vụ"),
    ("UBND thành phố Tam Kỳ", "huyen", "Phòng Nội vụ"),
    ("UBND xã Tam Xuân", "xa", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"),
    ("Ủy ban nhân dân phường Hội An", "xa", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"),
    ("UBND đặc khu Phú Quốc", "xa", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"),
    ("UBND tỉnh Quảng Nam", "tinh", "Sở Nội vụ"),
    ("UBND thành phố Đà Nẵng", "tinh", "Sở Nội vụ"),
])
def test_sample_lead_is_of_the_units_level(tmp_path: Path, unit: str, level: str, lead: str) -> None:
    init_repository(tmp_path, unit=unit, year=2025)
    plan = yaml.safe_load((tmp_path / "plans" / "ke-hoach-mau.yaml").read_text(encoding="utf-8"))
    first = plan["body"][0]["sections"][0]["tasks"][0]
    assert first["lead"] == [lead]
    registry = yaml.safe_load((tmp_path / "plans" / "agencies.yaml").read_text(encoding="utf-8"))
    (home,) = [a for a in registry["agencies"] if a["name"] == lead]
    assert home["level"] == level
    assert "Sở" not in " ".join(a["name"] for a in registry["agencies"]) or level == "tinh"
    result = lint_paths([tmp_path / "plans"])
    assert result.errors == 0 and result.warnings == 0
    assert lead in (tmp_path / "README.md").read_text(encoding="utf-8")


# ------------------------------------------------------------------------ schemas that work offline

def test_plan_validates_from_the_local_copy_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    import jsonschema

    init_repository(tmp_path, unit="UBND huyện Bình Sơn", year=2025)

    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("networking is disabled in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    for name, schema_file in (("ke-hoach-mau.yaml", "plan.schema.json"), ("agencies.yaml", "agencies.schema.json")):
        plan_file = tmp_path / "plans" / name
        text = plan_file.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        prefix = "# yaml-language-server: $schema="
        assert first.startswith(prefix)
        reference = first[len(prefix):]
        assert "://" not in reference  # a path, as the editor resolves it: relative to the file
        schema_path = (plan_file.parent / reference).resolve()
        assert schema_path == (tmp_path / ".cchc" / "schema" / schema_file).resolve()
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
        assert list(validator.iter_errors(yaml.safe_load(text))) == []
        broken = yaml.safe_load(text)
        broken["version"] = 2  # the copy really checks: a wrong value is rejected
        assert list(validator.iter_errors(broken))


def test_update_schema_refreshes_the_copy(tmp_path: Path) -> None:
    from cchc.authoring.scaffold import update_schemas
    from cchc.checking.schema import SCHEMA_DIR

    init_repository(tmp_path)
    copy = tmp_path / ".cchc" / "schema"
    (copy / "plan.schema.json").write_text("{}", encoding="utf-8")
    (copy / "report.schema.json").unlink()
    result = update_schemas(tmp_path)
    assert result.updated == (copy / "plan.schema.json",)
    assert result.created == (copy / "report.schema.json",)
    assert result.kept == (copy / "agencies.schema.json",)
    for name in ("plan.schema.json", "agencies.schema.json", "report.schema.json"):
        assert (copy / name).read_bytes() == (SCHEMA_DIR / name).read_bytes()
    assert update_schemas(tmp_path).updated == ()


def test_lint_warns_once_when_the_copy_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from cchc.cli import app

    init_repository(tmp_path, year=2025)
    (tmp_path / "plans" / "b.yaml").write_bytes((tmp_path / "plans" / "ke-hoach-mau.yaml").read_bytes()
                                                 .replace(b"id: ke-hoach-mau", b"id: ke-hoach-b"))
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    fresh = runner.invoke(app, ["lint", "--no-cache"])
    assert fresh.exit_code == 0 and "update-schema" not in fresh.stderr
    (tmp_path / ".cchc" / "schema" / "plan.schema.json").write_text("{}", encoding="utf-8")
    stale = runner.invoke(app, ["lint", "--no-cache"])
    assert stale.exit_code == 0  # a warning on stderr, not a finding: the exit code is the plans'
    assert stale.stderr.count("cchc init --update-schema") == 1
    assert runner.invoke(app, ["init", "--update-schema"]).exit_code == 0
    assert "update-schema" not in runner.invoke(app, ["lint", "--no-cache"]).stderr


def test_import_names_the_local_copy(tmp_path: Path) -> None:
    from cchc.authoring.importer import schema_reference

    init_repository(tmp_path)
    assert schema_reference(tmp_path / "plans" / "tinh" / "kh.yaml") == "../../.cchc/schema/plan.schema.json"
