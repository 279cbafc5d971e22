"""The command line as users and CI call it: exit codes, formats, robustness."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COLUMNS": "120", **(env or {})}
    full_env.pop("GITHUB_ACTIONS", None) if env is None or "GITHUB_ACTIONS" not in env else None
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          env=full_env, timeout=60)


def test_bundled_plans_lint_clean() -> None:
    proc = run("lint", "plans")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 lỗi" in proc.stdout


def test_default_path_is_plans() -> None:
    proc = run("lint", "--format", "json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["summary"]["files"] == len(list((ROOT / "plans").rglob("*.yaml")))


def test_errors_exit_1_and_missing_path_exits_2(tmp_path: Path) -> None:
    assert run("lint", str(FIXTURES / "invalid" / "tasks-missing.yaml")).returncode == 1
    proc = run("lint", str(tmp_path / "khong-co"))
    assert proc.returncode == 2 and "không tìm thấy" in proc.stderr


def test_strict_turns_warnings_into_failure(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text((FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
                    .replace("type: Kế hoạch", "type: Kế hoạch\n  symbol: QĐ-UBND"), encoding="utf-8")
    assert run("lint", str(plan)).returncode == 0
    assert run("lint", "--strict", str(plan)).returncode == 1


def test_syntax_error_among_valid_files_keeps_going_without_traceback(tmp_path: Path) -> None:
    for name in ("a.yaml", "c.yaml"):
        (tmp_path / name).write_text((FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
                                     .replace("id: toi-thieu", f"id: {name[0]}"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text("version: 1\nid: b\ndocument:\n  title: \"chưa đóng\n", encoding="utf-8")
    (tmp_path / "d.yaml").write_text((FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
                                     .replace("id: toi-thieu", "ouput: x\nid: d"), encoding="utf-8")
    proc = run("lint", "--format", "json", str(tmp_path))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    report = json.loads(proc.stdout)
    assert report["summary"]["files"] == 4
    located = {(Path(d["path"]).name, d["line"], d["column"], d["code"]) for d in report["diagnostics"]}
    assert located == {("b.yaml", 4, 10, "Y001"), ("d.yaml", 3, 1, "S001")}


def test_text_output_shows_source_line_and_caret() -> None:
    proc = run("lint", "--format", "text", str(FIXTURES / "invalid" / "schema-deep.yaml"))
    assert "schema-deep.yaml:17:13:" in proc.stdout
    assert "ouput: Báo cáo" in proc.stdout and "^~~~~" in proc.stdout and "gợi ý" in proc.stdout


def test_auto_format_is_github_under_actions() -> None:
    proc = run("lint", str(FIXTURES / "invalid" / "schema-deep.yaml"), env={"GITHUB_ACTIONS": "true"})
    assert proc.stdout.startswith("::error file=")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_output_file(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"ket-qua.{fmt}"
    proc = run("lint", "--format", fmt, "-o", str(out), str(FIXTURES / "invalid" / "schema-deep.yaml"))
    assert proc.returncode == 1 and proc.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("command", [
    ["lint", "--format", "text", "plans"],
    ["status", "plans", "--as-of", "2021-07-01", "--format", "csv"],
    ["agencies", "plans", "--as-of", "2021-07-01", "--format", "markdown"],
    ["targets", "plans", "--as-of", "2021-07-01", "--format", "json"],
], ids=["lint", "status-csv", "agencies", "targets"])
def test_output_option_writes_exactly_what_stdout_shows(command: list[str], tmp_path: Path) -> None:
    """-o of the read commands goes through the atomic writer: same bytes as stdout (CSV keeps its
    \\r\\n), an existing file's mode is kept, no temporary file is left behind."""
    shown = subprocess.run([sys.executable, "-m", "cchc", *command], cwd=ROOT, capture_output=True, timeout=60)
    out = tmp_path / "ket-qua.txt"
    out.write_bytes(b"cu")
    out.chmod(0o640)
    proc = subprocess.run([sys.executable, "-m", "cchc", *command, "-o", str(out)], cwd=ROOT, capture_output=True,
                          timeout=60)
    assert proc.returncode == shown.returncode and proc.stdout == b""
    assert out.read_bytes() == shown.stdout
    assert (out.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["ket-qua.txt"]


@pytest.mark.parametrize("command", [["lint", "plans"], ["status", "plans", "--as-of", "2021-07-01"]])
def test_output_option_refuses_a_folder_cleanly(command: list[str], tmp_path: Path) -> None:
    proc = run(*command, "-o", str(tmp_path))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("cchc: không ghi được tệp") and proc.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_rules_lists_every_rule_with_docs() -> None:
    from cchc.checking.rules import RULES

    proc = run("rules")
    assert proc.returncode == 0
    for code, module in RULES.items():  # the Vietnamese title, the code name in brackets
        assert f"{code}  {module.TITLE} ({module.NAME})" in proc.stdout
    one = run("rules", "T002")
    assert one.returncode == 0 and "Đúng" in one.stdout and "Sai" in one.stdout and "T001" not in one.stdout
    assert run("rules", "Z999").returncode == 2
    data = json.loads(run("rules", "--format", "json").stdout)
    assert {r["code"] for r in data} == set(RULES)
    assert {(r["name"], r["title"]) for r in data} == {(m.NAME, m.TITLE) for m in RULES.values()}
    assert all(r["severity"] in {"error", "warning", "info"} for r in data)


def test_version_and_help_are_vietnamese() -> None:
    assert run("--version").stdout.startswith("cchc ")
    help_text = run("--help").stdout
    assert "Kiểm tra kế hoạch" in help_text
    assert run("areas").stdout.count("\n") == 7


def test_console_script_is_installed() -> None:
    proc = subprocess.run(["cchc", "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("cchc ")


def test_readme_main_command_and_ci_agree() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    main = 'python3 -m pip install -e ".[dev]" && cchc status --as-of 2021-07-01'
    assert main in readme and main in ci
    assert "python3 -m pytest" in readme and "python3 -m pytest" in ci


def test_status_on_bundled_plans() -> None:
    proc = run("status", "--as-of", "2021-07-01")
    assert proc.returncode == 0, proc.stderr
    assert "Quá hạn" in proc.stdout and "\x1b[" not in proc.stdout
    data = json.loads(run("status", "--as-of", "2021-07-01", "--format", "json").stdout)
    assert data["as_of"] == "2021-07-01" and data["summary"]["overdue"] == 14
    assert run("status", "--as-of", "2021-07-01", "--fail-on", "overdue").returncode == 1
    assert run("status", "--as-of", "2021-01-01", "--fail-on", "overdue").returncode == 0
    assert run("status", "--as-of", "01/07/2021", "--state", "awaiting_trigger", "--format", "json").returncode == 0


def test_status_rejects_bad_options_in_vietnamese() -> None:
    for args, word in ((["--as-of", "2021-13-45"], "không hợp lệ"), (["--state", "tre_han"], "trạng thái"),
                       (["--area", "quoc_phong"], "lĩnh vực"), (["khong-co-thu-muc"], "không")):
        proc = run("status", *args)
        assert proc.returncode == 2 and word in proc.stderr and "Traceback" not in proc.stderr


def test_status_keeps_going_when_a_plan_is_broken(tmp_path: Path) -> None:
    (tmp_path / "hong.yaml").write_text("version: 1\nid: [\n", encoding="utf-8")
    (tmp_path / "tot.yaml").write_text((FIXTURES / "valid" / "full.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "agencies.yaml").write_text((FIXTURES / "valid" / "agencies.yaml").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    proc = run("status", str(tmp_path), "--as-of", "2021-07-01", "--format", "json")
    assert proc.returncode == 0 and "hong.yaml" in proc.stderr
    assert json.loads(proc.stdout)["tasks"]


def test_agencies_and_deadline_commands() -> None:
    proc = run("agencies", "--as-of", "2021-07-01", "--format", "json")
    data = json.loads(proc.stdout)
    snv = next(a for a in data["agencies"] if a["agency"] == "Sở Nội vụ")
    assert snv["overdue"] > 0 and snv["on_time_rate"] == 0.0
    assert "Tỷ lệ đúng hạn" in run("agencies", "--as-of", "2021-07-01").stdout
    ok = run("deadline", "Quý II - III/2021", "--format", "json")
    assert json.loads(ok.stdout) == {"text": "Quý II - III/2021", "kind": "window", "start": "2021-04-01",
                                     "due": ["2021-09-30"], "labels": ["2021-Q3"],
                                     "explanation": json.loads(ok.stdout)["explanation"]}
    assert run("deadline", "Hằng quý", "--period", "2021").stdout.count("/2021") >= 4
    bad = run("deadline", "Sớm nhất có thể")
    assert bad.returncode == 1 and "Không đọc được" in bad.stderr


def test_symlink_loop_and_fifo_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    os.mkfifo(tmp_path / "ong.yaml")
    (tmp_path / "tot.yaml").write_text((FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    proc = run("lint", "--format", "json", str(tmp_path))
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["files"] == 4
    codes = sorted((Path(d["path"]).name, d["code"]) for d in report["diagnostics"])
    assert codes == [("a.yaml", "Y003"), ("b.yaml", "Y003"), ("ong.yaml", "Y003")]
    assert all("Không đọc được" in d["message"] for d in report["diagnostics"])


@pytest.mark.parametrize("args, expected", [
    (["lnt"], "không có lệnh \"lnt\" (có phải ý bạn là lint?)"),
    (["lint", "--format", "xml"], "giá trị \"xml\" của --format không hợp lệ"),
    (["lint", "--bogus"], "không có tùy chọn --bogus"),
    (["status", "--soon", "x"], "--soon cần một số nguyên"),
    (["update", "a.yaml", "I.1"], "thiếu tùy chọn --status"),
    (["done"], "thiếu tham số plan"),
])
def test_usage_errors_are_vietnamese_with_exit_2(args: list[str], expected: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert expected in proc.stderr and "Traceback" not in proc.stderr


def test_no_arguments_prints_help() -> None:
    proc = run()
    assert proc.returncode == 0 and "lint" in proc.stdout and "status" in proc.stdout


def test_import_command(tmp_path: Path) -> None:
    seed = ROOT.parent / "shared" / "seeds" / "002-quang-nam-kh-cchc-2021-phu-luc.txt"
    if not seed.is_file():
        pytest.skip(f"seed documents not available at {seed.parent}")
    (tmp_path / "agencies.yaml").write_text((ROOT / "plans" / "quang-nam" / "agencies.yaml").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    out = tmp_path / "kh.yaml"
    proc = run("import", str(seed), "-o", str(out), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["leaf_tasks"] == 50 and summary["sections"] == 7
    assert set(summary["unresolved_agencies"]) == {"Sửa đổi, bổ sung", "Sở Đất đai"}
    assert out.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
    again = run("import", str(seed), "-o", str(out))
    assert again.returncode == 2 and "không ghi đè" in again.stderr
    letter = tmp_path / "thu.txt"
    letter.write_text("Kính gửi: Sở Nội vụ\n\nĐề nghị quý cơ quan cung cấp số liệu.\n", encoding="utf-8")
    refused = run("import", str(letter))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr and refused.stderr.startswith("cchc:")


def test_start_up_imports_no_heavy_library() -> None:
    code = ("import sys; from cchc import cli\n"
            "heavy = [m for m in ('yaml', 'ruamel', 'jsonschema', 'docx', 'openpyxl', 'jinja2', 'matplotlib') "
            "if m in sys.modules]\n"
            "print(','.join(heavy))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == ""


def test_running_a_command_does_not_import_pydantic(tmp_path: Path) -> None:
    """typer 0.29 imports pydantic and builds a validator for every option of every command run
    (0.15 s here); pyproject keeps typer below it. This fails if a typer that does comes back."""
    code = ("import sys, runpy\n"
            "sys.argv = ['cchc', 'deadline', 'Quý II/2021']\n"
            "try:\n    runpy.run_module('cchc', run_name='__main__')\n"
            "except SystemExit:\n    pass\n"
            "print('PYDANTIC' if 'pydantic' in sys.modules else 'OK', file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip().endswith("OK"), proc.stderr
