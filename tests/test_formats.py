"""Every ``--format`` comes from its output kind's registry of writers (cchc.writing.formats,
cchc.authoring.formats): the help lists exactly the registry's names, the choices are exactly them,
and each name works on real input.

The command tree is walked, so a new command with ``--format`` must be added to KINDS below.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from cchc.authoring.formats import DIFF
from cchc.base.formats import Formats
from cchc.cli import app
from cchc.writing import formats
from conftest import FIXTURES, ROOT

# command -> (its registry, choices that are not writers)
KINDS: dict[str, tuple[Formats, tuple[str, ...]]] = {
    "lint": (formats.LINT, ("auto",)),
    "rules": (formats.RULES, ()),
    "status": (formats.STATUS, ()),
    "agencies": (formats.AGENCIES, ()),
    "deadline": (formats.DEADLINE, ()),
    "trace": (formats.TRACE, ()),
    "targets": (formats.TARGETS, ()),
    "import": (formats.IMPORT_SUMMARY, ()),
    "diff": (DIFF, ()),
    "render": (formats.RENDER, ()),
    "report": (formats.REPORT, ()),
}
EVERY_NAME = {name for registry, extra in KINDS.values() for name in (*registry.names, *extra)}


def format_options() -> dict[str, object]:
    found = {}
    for name, command in typer.main.get_command(app).commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            if "--format" in getattr(param, "opts", ()):
                found[name] = param
    return found


def test_every_command_with_format_has_a_registry() -> None:
    assert set(format_options()) == set(KINDS)


@pytest.mark.parametrize("command", sorted(KINDS))
def test_choices_and_help_are_the_registry(command: str) -> None:
    registry, extra = KINDS[command]
    param = format_options()[command]
    assert list(param.type.choices) == [*extra, *registry.names]  # type: ignore[attr-defined]
    help_text = param.help  # type: ignore[attr-defined]
    words = set(re.findall(r"[a-z]+", help_text))
    assert words & EVERY_NAME == set(registry.names) | set(extra), help_text
    assert registry.listing() in help_text or registry.listing(" hoặc ") in help_text, help_text


def test_rollup_writes_the_status_names() -> None:
    """``status --rollup`` takes status's --format: its registry must have the same names."""
    assert formats.ROLLUP.names == formats.STATUS.names


@pytest.mark.parametrize("registry", [*sorted({id(r): r for r, _ in KINDS.values()}.values(), key=repr),
                                      formats.ROLLUP], ids=repr)
def test_every_writer_imports(registry: Formats) -> None:
    for name in registry:
        assert callable(registry.writer(name)), name
    assert set(registry.files) <= set(registry.names)


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CCHC_LANG")}
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          env={**env, "COLUMNS": "120"}, timeout=300)


def _diff_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "plans").mkdir(parents=True)
    plan = repo / "plans" / "kh.yaml"
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", plan)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "a"], check=True)
    plan.write_text(plan.read_text(encoding="utf-8").replace("id: toi-thieu", "id: toi-thieu-2"), encoding="utf-8")
    return repo


def _args(command: str, name: str, tmp_path: Path) -> tuple[list[str], Path]:
    province = str(FIXTURES / "province")
    out = tmp_path / f"out.{name}"
    table = {
        "lint": ["lint", "plans/quang-ngai", "--no-cache"],
        "rules": ["rules", "T002"],
        "status": ["status", province, "--as-of", "2021-07-01", "--no-cache"],
        "rollup": ["status", province, "--as-of", "2021-07-01", "--no-cache", "--rollup"],
        "agencies": ["agencies", province, "--as-of", "2021-07-01"],
        "deadline": ["deadline", "Quý II/2021"],
        "trace": ["trace", "tinh-kh-2021", province, "--as-of", "2021-07-01"],
        "targets": ["targets", "plans", "--as-of", "2021-07-01"],
        "import": ["import", str(FIXTURES / "import" / "ke-hoach-huyen.txt")],
        "diff": ["diff", "HEAD"],
        "render": ["render", str(FIXTURES / "valid" / "minimal.yaml"), "-o", str(out)],
        "report": ["report", "plans/quang-ngai", "--as-of", "2022-06-30", "-o", str(out)],
    }
    cwd = _diff_repo(tmp_path) if command == "diff" else ROOT
    return [*table[command], "--format", name], cwd


CASES = [(command, name) for command, (registry, extra) in sorted(KINDS.items())
         for name in (*extra, *registry.names)] + [("rollup", name) for name in formats.ROLLUP.names]


@pytest.mark.parametrize(("command", "name"), CASES, ids=[f"{c}-{n}" for c, n in CASES])
def test_each_format_works(command: str, name: str, tmp_path: Path) -> None:
    if name == "pdf" and shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: pdf cannot be made here")
    args, cwd = _args(command, name, tmp_path)
    proc = run(*args, cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    written = tmp_path / f"out.{name}"
    if command in ("render", "report"):
        assert written.stat().st_size > 0
    elif command == "import":
        assert proc.stdout.startswith("# yaml-language-server") and proc.stderr.strip()
    elif (command, name) != ("lint", "github"):  # github annotations: none for clean plans
        assert proc.stdout.strip(), proc.stderr
