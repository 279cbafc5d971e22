"""Configuration from cchc.toml or [tool.cchc] in pyproject.toml."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.reading.config import ConfigProblem, load_config
from conftest import FIXTURES


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert (config.plans, config.soon, config.source) == (Path("plans"), 14, None)


def test_pyproject_tool_table_and_cchc_toml(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.cchc]\nplans = "ke-hoach"\nsoon = 21\n',
                                             encoding="utf-8")
    (tmp_path / "sub").mkdir()
    config = load_config(tmp_path / "sub")
    assert config.soon == 21 and config.plans.name == "ke-hoach"
    (tmp_path / "sub" / "cchc.toml").write_text("soon = 3\n", encoding="utf-8")
    assert load_config(tmp_path / "sub").soon == 3  # the nearest file wins


@pytest.mark.parametrize("text", ["soon = -1\n", 'plans = 5\n', "mau = 1\n", "soon = [\n"])
def test_bad_configuration_is_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "cchc.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigProblem):
        load_config(tmp_path)


def test_commands_use_the_configured_folder_and_soon(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path / "ke-hoach")
    (tmp_path / "cchc.toml").write_text('plans = "ke-hoach"\nsoon = 200\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cchc", "status", "--as-of", "2021-03-01", "--format", "json"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["tasks"] and data["summary"]["on_track"] == 0  # 200 days: everything still open is due soon
    lint = subprocess.run([sys.executable, "-m", "cchc", "lint"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert lint.returncode == 0 and "3 tệp" in lint.stdout
