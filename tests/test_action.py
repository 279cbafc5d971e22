"""The GitHub Action's steps, run locally on a fixture repository with two commits.

The steps are read from action.yml and run with bash the way the Actions runner would, with the
``${{ … }}`` expressions substituted. Two steps are left out: actions/setup-python (a `uses:` step)
and the `install` step (cchc is already installed in the test environment).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import yaml

from conftest import FIXTURES, ROOT


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=cchc", "-c", "user.email=cchc@example.invalid", *args], cwd=repo,
                   check=True, capture_output=True, timeout=60)


def _fixture_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "kho"
    (repo / "plans").mkdir(parents=True)
    shutil.copy(FIXTURES / "valid" / "agencies.yaml", repo / "plans" / "agencies.yaml")
    shutil.copy(FIXTURES / "valid" / "full.yaml", repo / "plans" / "kh.yaml")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "Kế hoạch ban đầu")
    plan = (repo / "plans" / "kh.yaml").read_text(encoding="utf-8")
    plan = plan.replace("deadline: Quý I/2021", "deadline: Quý III/2021")
    plan = plan.replace("            lead: [SNV]\n", "            lead: [Sở Nội chính]\n")
    (repo / "plans" / "kh.yaml").write_text(plan, encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "Dời hạn, đổi cơ quan chủ trì")
    return repo


def _expand(script: str, values: dict[str, str]) -> str:
    return re.sub(r"\$\{\{\s*([^}]+?)\s*\}\}", lambda m: values.get(m.group(1), ""), script)


def test_action_steps_annotate_and_summarise(tmp_path: Path) -> None:
    repo = _fixture_repo(tmp_path)
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    output_file, summary_file = tmp_path / "output", tmp_path / "summary.md"
    output_file.touch()
    summary_file.touch()
    values = {f"inputs.{name}": str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    values.update({"inputs.base": "HEAD~1", "inputs.as-of": "2021-07-01", "github.action_path": str(ROOT),
                   "github.base_ref": ""})
    env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_OUTPUT": str(output_file),
           "GITHUB_STEP_SUMMARY": str(summary_file)}
    logs: dict[str, subprocess.CompletedProcess[str]] = {}
    for step in action["runs"]["steps"]:
        if "run" not in step or step.get("id") == "install":
            continue
        for line in output_file.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            values[f"steps.lint.outputs.{key}"] = value
        script = _expand(step["run"], values)
        logs[step.get("id", step.get("name", ""))] = subprocess.run(
            ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=180)
    lint = logs["lint"]
    assert lint.returncode == 0  # the lint step records the code and lets the summary run
    annotations = [line for line in lint.stdout.splitlines() if line.startswith("::")]
    assert any(line.startswith("::error file=plans/kh.yaml,line=") and "A001" in line for line in annotations)
    assert "code=1" in output_file.read_text(encoding="utf-8")
    assert (repo / "cchc.sarif").is_file()
    summary = summary_file.read_text(encoding="utf-8")
    assert "## Kết quả kiểm tra kế hoạch" in summary and "Có lỗi" in summary
    assert "Tình hình thực hiện nhiệm vụ" in summary  # the status table
    assert "## Thay đổi so với HEAD~1" in summary
    assert "Quý I/2021 → Quý III/2021: lùi 6 tháng" in summary
    final = logs["Kết luận"]
    assert final.returncode == 1  # the job fails because lint found errors
