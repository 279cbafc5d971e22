"""The published integration files, run as a stranger's repository would run them.

- The GitHub Action (action.yml): its `run:` steps are read from the file and run with bash the
  way the Actions runner runs them: each step's `env:` values have their `${{ … }}` expressions
  evaluated (inputs at their defaults unless a test sets them), and the scripts themselves hold no
  expression (GitHub's hardening guide: inputs reach a script through the environment only). Two
  steps are left out: actions/setup-python (a `uses:` step) and the `install` step (cchc is
  already installed in the test environment).
- The pre-commit hook (.pre-commit-hooks.yaml): its `entry` and `args` run with the file names
  pre-commit would pass (the repository's files matched by `files:`/`exclude:`), read from the file.

The scratch repository holds what such a repository holds besides plans: a CI workflow, a
pre-commit config, and in one layout a `cchc.toml` naming another plans folder. Only real plan
problems may be reported.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT

EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")

PRE_COMMIT_CONFIG = """\
repos:
  - repo: https://github.com/cchc-vn/cchc
    rev: v0.1.0
    hooks:
      - id: cchc-lint
"""


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=cchc", "-c", "user.email=cchc@example.invalid", *args], cwd=repo,
                   check=True, capture_output=True, timeout=60)


def _environment(**extra: str) -> dict[str, str]:
    """The environment of a step: this tree's cchc first on the path of the `cchc` command."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GITHUB_", "CCHC_LANG"))}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def _scratch_repo(tmp_path: Path, plans: str) -> Path:
    """A repository with a plan and a registry in ``plans`` (named by cchc.toml unless it is the
    default), this repository's own CI workflow, a pre-commit config and a docs config; two commits,
    the second moving a deadline and naming an agency the registry does not know."""
    repo = tmp_path / "kho"
    folder = repo / plans
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "valid" / "agencies.yaml", folder / "agencies.yaml")
    shutil.copy(FIXTURES / "valid" / "full.yaml", folder / "kh.yaml")
    (repo / ".github" / "workflows").mkdir(parents=True)
    shutil.copy(ROOT / ".github" / "workflows" / "ci.yml", repo / ".github" / "workflows" / "ci.yml")
    (repo / ".pre-commit-config.yaml").write_text(PRE_COMMIT_CONFIG, encoding="utf-8")
    (repo / "mkdocs.yml").write_text("site_name: Kế hoạch\nnav:\n  - index.md\n", encoding="utf-8")
    if plans != "plans":
        (repo / "cchc.toml").write_text(f'plans = "{plans}"\n', encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "Kế hoạch ban đầu")
    plan = (folder / "kh.yaml").read_text(encoding="utf-8")
    plan = plan.replace("deadline: Quý I/2021", "deadline: Quý III/2021")
    assert "            lead: [SNV]\n" in plan
    plan = plan.replace("            lead: [SNV]\n", "            lead: [Sở Nội chính]\n")
    (folder / "kh.yaml").write_text(plan, encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "Dời hạn, đổi cơ quan chủ trì")
    return repo


def _evaluate(text: str, values: dict[str, str]) -> str:
    return EXPRESSION.sub(lambda m: values.get(m.group(1), ""), text)


def _run_action(repo: Path, tmp_path: Path, inputs: dict[str, str]) -> tuple[dict[str, subprocess.CompletedProcess[str]],
                                                                             str, str]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    output_file, summary_file = tmp_path / "output", tmp_path / "summary.md"
    output_file.write_text("", encoding="utf-8")
    summary_file.write_text("", encoding="utf-8")
    values = {f"inputs.{name}": str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    values.update({f"inputs.{name}": value for name, value in inputs.items()})
    values.update({"github.action_path": str(ROOT), "github.base_ref": ""})
    logs: dict[str, subprocess.CompletedProcess[str]] = {}
    for step in action["runs"]["steps"]:
        if "run" not in step:
            continue
        assert EXPRESSION.search(step["run"]) is None, f"an expression inside run: of step {step.get('name')}"
        if step.get("id") == "install":
            assert "pip install" in step["run"]
            continue
        for line in output_file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            values[f"steps.lint.outputs.{key}"] = value
        step_env = {name: _evaluate(str(value), values) for name, value in step.get("env", {}).items()}
        env = _environment(GITHUB_ACTIONS="true", GITHUB_OUTPUT=str(output_file),
                           GITHUB_STEP_SUMMARY=str(summary_file), **step_env)
        assert step["shell"] == "bash"
        logs[step.get("id", step.get("name", ""))] = subprocess.run(  # bash as the runner calls it
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=repo, env=env,
            capture_output=True, text=True, timeout=180)
    return logs, output_file.read_text(encoding="utf-8"), summary_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("plans", ["plans", "ke-hoach/tinh"])
def test_action_steps_annotate_and_summarise(tmp_path: Path, plans: str) -> None:
    repo = _scratch_repo(tmp_path, plans)
    logs, output, summary = _run_action(repo, tmp_path, {"base": "HEAD~1", "as-of": "2021-07-01"})
    lint = logs["lint"]
    assert lint.returncode == 0, lint.stderr  # the lint step records the code and lets the summary run
    annotations = [line for line in lint.stdout.splitlines() if line.startswith("::")]
    assert annotations and all(line.startswith(f"::error file={plans}/kh.yaml,line=") for line in annotations), \
        annotations
    assert any("A001" in line for line in annotations)
    for unrelated in ("ci.yml", "pre-commit", "mkdocs"):
        assert unrelated not in lint.stdout + lint.stderr
    assert "code=1" in output
    assert (repo / "cchc.sarif").is_file()
    assert "ci.yml" not in (repo / "cchc.sarif").read_text(encoding="utf-8")
    assert "## Kết quả kiểm tra kế hoạch" in summary and "Có lỗi" in summary
    assert "Tình hình thực hiện nhiệm vụ" in summary  # the status table
    assert "## Thay đổi so với HEAD~1" in summary
    assert "Quý I/2021 → Quý III/2021: lùi 6 tháng" in summary
    assert logs["summary"].returncode == 0, logs["summary"].stderr
    final = logs["Kết luận"]
    assert final.returncode == 1  # the job fails because lint found errors


def test_action_inputs_are_data_not_code(tmp_path: Path) -> None:
    """An input is passed through the environment: a value with shell syntax is a (missing) path,
    never a command; two paths separated by a space are two arguments."""
    repo = _scratch_repo(tmp_path, "plans")
    marker = tmp_path / "pwned"
    logs, output, _ = _run_action(repo, tmp_path, {"paths": f'plans $(touch {marker}) ";touch {marker}"',
                                                   "as-of": f"2021-07-01$(touch {marker})"})
    assert not marker.exists()
    assert "code=2" in output or "code=1" in output
    logs, output, _ = _run_action(repo, tmp_path, {"paths": "plans/kh.yaml plans/agencies.yaml", "strict": "true"})
    assert "code=1" in output and "A001" in logs["lint"].stdout


def test_action_passes_inputs_through_env() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    for step in action["runs"]["steps"]:
        if "run" in step:
            assert "${{" not in step["run"]
            for value in step.get("env", {}).values():
                assert EXPRESSION.fullmatch(str(value)), value  # one expression, nothing around it


# ----------------------------------------------------------------------------------- pre-commit

def _hook() -> dict[str, object]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [hook for hook in hooks if hook["id"] == "cchc-lint"]
    return hook


def _run_hook(repo: Path, files: list[str]) -> subprocess.CompletedProcess[str]:
    """What pre-commit runs: entry + args + the files matched by `files:` and not by `exclude:`."""
    hook = _hook()
    include = re.compile(str(hook.get("files", "")))
    exclude = re.compile(str(hook.get("exclude", "^$")))
    assert hook.get("types", ["file"]) == ["file"] and "types_or" not in hook
    matched = [name for name in files if include.search(name) and not exclude.search(name)]
    command = [*shlex.split(str(hook["entry"])), *map(str, hook.get("args", []))]
    if hook.get("pass_filenames", True):
        command += matched
    elif not matched and not hook.get("always_run", False):
        return subprocess.CompletedProcess(command, 0, "", "")
    return subprocess.run(command, cwd=repo, env=_environment(), capture_output=True, text=True, timeout=180)


def _all_files(repo: Path) -> list[str]:
    listed = subprocess.run(["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True, timeout=60)
    return listed.stdout.splitlines()


@pytest.mark.parametrize("plans", ["plans", "ke-hoach/tinh"])
def test_pre_commit_hook_lints_plans_only(tmp_path: Path, plans: str) -> None:
    repo = _scratch_repo(tmp_path, plans)
    files = _all_files(repo)  # pre-commit run --all-files
    assert ".github/workflows/ci.yml" in files and ".pre-commit-config.yaml" in files
    result = _run_hook(repo, files)
    assert result.returncode == 1, result.stdout + result.stderr  # the unknown agency, a real problem
    findings = [line for line in result.stdout.splitlines() if re.match(r"\S+:\d+:\d+", line)]
    assert findings and all(line.startswith(f"{plans}/kh.yaml:") for line in findings), result.stdout
    assert any("A001" in line for line in findings)
    for unrelated in ("ci.yml", ".pre-commit-config", "mkdocs"):
        assert unrelated not in result.stdout
    # a commit touching only the workflow and the pre-commit config is not blocked
    only_other = _run_hook(repo, [".github/workflows/ci.yml", ".pre-commit-config.yaml", "mkdocs.yml"])
    assert only_other.returncode == 0, only_other.stdout + only_other.stderr
    assert only_other.stdout == ""
    # the plan fixed: the hook passes
    plan = repo / plans / "kh.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("[Sở Nội chính]", "[SNV]"), encoding="utf-8")
    assert _run_hook(repo, files).returncode == 0


def test_lint_names_a_file_that_is_not_a_plan(tmp_path: Path) -> None:
    """`cchc lint FILE` on YAML with no plan key: one located finding with a hint, exit 1."""
    from typer.testing import CliRunner

    from cchc.cli import app

    workflow = tmp_path / "ci.yml"
    shutil.copy(ROOT / ".github" / "workflows" / "ci.yml", workflow)
    result = CliRunner().invoke(app, ["lint", "--no-cache", "--format", "json", str(workflow)])
    assert result.exit_code == 1
    import json

    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert (diagnostic["code"], diagnostic["line"], diagnostic["column"]) == ("Y003", 1, 1)
    assert "không phải kế hoạch" in diagnostic["message"] and diagnostic["hint"]
