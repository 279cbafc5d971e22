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


@pytest.mark.parametrize("text", ["as_of = 2021-07-01\n", 'as_of = "2021-07-01"\n'])
def test_as_of_is_a_date(tmp_path: Path, text: str) -> None:
    import datetime as dt

    (tmp_path / "cchc.toml").write_text(text, encoding="utf-8")
    assert load_config(tmp_path).as_of == dt.date(2021, 7, 1)


@pytest.mark.parametrize("text", ['as_of = "01/07"\n', "as_of = 2021\n", "as_of = 2021-07-01T10:00:00\n"])
def test_an_as_of_that_is_not_a_date_is_refused(tmp_path: Path, text: str) -> None:
    (tmp_path / "cchc.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigProblem, match="as_of"):
        load_config(tmp_path)


def _status(cwd: Path, *args: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "cchc", "status", "--format", "json", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_reading_commands_judge_deadlines_at_the_configured_date_and_the_option_wins(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path / "plans")
    pinned = _status(tmp_path, "--as-of", "2021-03-01")
    later = _status(tmp_path, "--as-of", "2022-12-31")
    assert pinned["summary"] != later["summary"]  # the two dates give different states
    (tmp_path / "cchc.toml").write_text("as_of = 2021-03-01\n", encoding="utf-8")
    assert _status(tmp_path) == pinned
    assert _status(tmp_path, "--as-of", "2022-12-31") == later


def test_recording_progress_is_dated_today_not_at_the_configured_date(tmp_path: Path) -> None:
    import datetime as dt

    shutil.copytree(FIXTURES / "valid", tmp_path / "plans")
    (tmp_path / "cchc.toml").write_text("as_of = 2021-12-30\n", encoding="utf-8")
    tasks = _status(tmp_path, "--as-of", "2021-12-30")["tasks"]
    open_task = next(t for t in tasks if t["state"] not in ("done_on_time", "done_late", "cancelled"))
    plan = tmp_path / open_task["file"] if "file" in open_task else next((tmp_path / "plans").glob("full.yaml"))
    def done(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cchc", "done", str(plan), open_task["id"], *args],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)

    # Dated today (after the plan's period: refused, asking for the real date), not 30/12/2021.
    refused = done()
    assert refused.returncode == 1 and "--date" in refused.stderr, refused.stderr
    assert dt.date.today().year > 2021
    recorded = done("--as-of", "2021-12-30")  # the option still sets "today" for the record
    assert recorded.returncode == 0, recorded.stderr
    assert "30/12/2021" in recorded.stdout
