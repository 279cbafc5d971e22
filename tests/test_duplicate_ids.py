"""One plan, one id (issue 16, point 5): two files with the same plan ``id`` are lint error I003 at
the ``id:`` line of each, with or without the cache and worker processes, and the read commands
leave both out, saying so, instead of counting the plan twice."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.checking.lint import PARALLEL_THRESHOLD, lint_paths
from cchc.checking.workspace import load_workspace
from cchc.reading.cache import Cache
from conftest import FIXTURES, ROOT

AS_OF = "2021-10-01"


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COLUMNS": "120", "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=full_env, timeout=120, check=False)


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    """The province fixture with huyen-a.yaml copied to huyen-a-2022.yaml, ``id:`` unchanged."""
    folder = tmp_path / "plans"
    shutil.copytree(FIXTURES / "province", folder)
    shutil.copy(folder / "huyen-a.yaml", folder / "huyen-a-2022.yaml")
    return folder


def located(result_files: object) -> list[tuple[str, int, int, str]]:
    return sorted((Path(d.path).name, d.line, d.column, d.code) for f in result_files for d in f.diagnostics  # type: ignore[attr-defined]
                  if d.code == "I003")


def test_a_duplicate_id_is_an_error_at_the_id_line_of_both_files(pair: Path, tmp_path: Path) -> None:
    expected = [("huyen-a-2022.yaml", 4, 5, "I003"), ("huyen-a.yaml", 4, 5, "I003")]
    cache = Cache(tmp_path / "cache")
    for label, result in (("plain", lint_paths([pair])), ("filling", lint_paths([pair], cache=cache)),
                          ("warm", lint_paths([pair], cache=cache)), ("one file twice", lint_paths([pair, pair]))):
        assert located(result.files) == expected, label
        assert result.exit_code() == 1
    message = next(d for d in lint_paths([pair]).diagnostics if d.code == "I003" and d.path.endswith("huyen-a.yaml"))
    assert "huyen-a-2022.yaml" in message.message and "\"huyen-a-kh-2021\"" in message.message
    alone = lint_paths([pair / "huyen-a.yaml"])
    assert located(alone.files) == [], "one file read: nothing to compare it with"


def test_found_by_worker_processes_and_on_a_warm_cache(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    text = (FIXTURES / "valid" / "full.yaml").read_text(encoding="utf-8")
    assert "\nid: " in text
    for index in range(PARALLEL_THRESHOLD + 2):
        plan_id = "trung-ma" if index in (3, 11) else f"ke-hoach-{index}"
        (folder / f"kh-{index:02}.yaml").write_text(_with_id(text, plan_id), encoding="utf-8")
    shutil.copy(FIXTURES / "valid" / "agencies.yaml", folder / "agencies.yaml")
    cache = Cache(tmp_path / "cache")
    results = [lint_paths([folder], jobs=2, models=False), lint_paths([folder], jobs=2, cache=cache, models=False),
               lint_paths([folder], jobs=2, cache=cache, models=False)]
    line = 1 + _with_id(text, "x").split("\n").index("id: x")
    for result in results:
        assert located(result.files) == [("kh-03.yaml", line, 5, "I003"), ("kh-11.yaml", line, 5, "I003")]
    proc = run("lint", str(folder), "-j", "2", cwd=tmp_path, env={"CCHC_CACHE_DIR": str(tmp_path / "c2")})
    assert proc.returncode == 1 and proc.stdout.count("[I003]") == 2
    assert f"{line} │ id: trung-ma" in proc.stdout, "the source line is shown"


def _with_id(text: str, plan_id: str) -> str:
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("id: "))
    lines[index] = f"id: {plan_id}"
    return "\n".join(lines)


def test_the_error_cannot_be_suppressed(pair: Path) -> None:
    plan = pair / "huyen-a-2022.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("id: huyen-a-kh-2021", "id: huyen-a-kh-2021  # cchc: ignore[I003] chép lại", 1),
                    encoding="utf-8")
    codes = sorted((Path(d.path).name, d.code) for d in lint_paths([pair]).diagnostics)
    assert ("huyen-a-2022.yaml", "I003") in codes and ("huyen-a-2022.yaml", "Q003") in codes
    assert ("huyen-a-2022.yaml", "Q002") not in codes


def test_status_leaves_both_out_and_says_so(pair: Path, tmp_path: Path) -> None:
    env = {"CCHC_CACHE_DIR": str(tmp_path / "cache")}
    alone = tmp_path / "alone"
    shutil.copytree(FIXTURES / "province", alone)
    (alone / "huyen-a.yaml").unlink()
    reference = json.loads(run("status", str(alone), "--as-of", AS_OF, "--format", "json", cwd=tmp_path).stdout)
    proc = run("status", str(pair), "--as-of", AS_OF, "--format", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout)
    assert shown["total"] == reference["total"] > 0
    assert shown["summary"] == reference["summary"]
    assert {t["plan"] for t in shown["tasks"]} == {t["plan"] for t in reference["tasks"]}
    flagged = [w for w in shown["warnings"] if w.get("code") == "I003"]
    assert sorted(Path(w["file"]).name for w in flagged) == ["huyen-a-2022.yaml", "huyen-a.yaml"]
    assert all(w["plan"] == "huyen-a-kh-2021" for w in flagged)
    assert proc.stderr.count("huyen-a-kh-2021") == 1 and "I003" in proc.stderr
    tables = [run("status", str(pair), "--as-of", AS_OF, *extra, cwd=tmp_path, env=env).stdout
              for extra in (["--no-cache"], [], [])]
    assert tables[0] == tables[1] == tables[2]
    assert "(lỗi I003)" in tables[0] and "huyen-a-2022.yaml" in tables[0]


def test_agencies_report_site_and_calendar_count_the_plan_nowhere(pair: Path, tmp_path: Path) -> None:
    alone = tmp_path / "alone" / "plans"  # the same files but the copy's original: the same paths printed
    shutil.copytree(FIXTURES / "province", alone)
    (alone / "huyen-a.yaml").unlink()
    for args in (["agencies", "--format", "json"], ["calendar"], ["report", "--format", "md"]):
        with_pair = run(*args, "plans", "--as-of", AS_OF, cwd=pair.parent)
        without = run(*args, "plans", "--as-of", AS_OF, cwd=alone.parent)
        assert with_pair.returncode == without.returncode == 0, with_pair.stderr
        assert with_pair.stdout == without.stdout, args
        assert "I003" in with_pair.stderr
    site = run("site", str(pair), "--as-of", AS_OF, "-o", str(tmp_path / "site"), cwd=tmp_path)
    assert site.returncode == 0 and "I003" in site.stderr
    assert "huyen-a-kh-2021" not in "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html"))


def test_the_workspace_names_the_files_it_left_out(pair: Path) -> None:
    workspace = load_workspace([pair])
    assert [(plan_id, [Path(f).name for f in files]) for plan_id, files in workspace.duplicates] == \
        [("huyen-a-kh-2021", ["huyen-a-2022.yaml", "huyen-a.yaml"])]
    assert "huyen-a-kh-2021" not in {plan.id for plan in workspace.plans}
    assert len(workspace.plans) == 3, "huyen-b, huyen-c and tinh-kh-2021"
    assert not any(path.endswith(("huyen-a.yaml", "huyen-a-2022.yaml")) for path in workspace.error_files)


def test_rules_documents_the_new_rule() -> None:
    proc = run("rules", "I003", cwd=ROOT)
    assert proc.returncode == 0 and "plan-id-duplicate" in proc.stdout and "id: quang-nam-kh-cchc-2022" in proc.stdout
