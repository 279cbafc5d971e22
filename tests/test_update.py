"""Safe progress updates: only added lines, atomic writes, and refusals that change nothing."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.authoring.edit import ProgressUpdate, UpdateRefused, update_progress
from cchc.reading.load import load_file
from cchc.reading.model import build_plan
from conftest import FIXTURES, ROOT

BUNDLED = sorted(p for p in (ROOT / "plans").rglob("*.yaml") if p.name != "agencies.yaml")
VALID = sorted(p for p in (FIXTURES / "valid").glob("*.yaml") if p.name != "agencies.yaml")


def _copy(src: Path, tmp_path: Path) -> Path:
    folder = tmp_path / src.parent.name
    folder.mkdir(exist_ok=True)
    registry = src.parent / "agencies.yaml"
    if registry.exists():
        shutil.copy(registry, folder / "agencies.yaml")
    target = folder / src.name
    shutil.copy(src, target)
    return target


def _leaf_refs(path: Path) -> list[str]:
    plan = build_plan(load_file(path).data, str(path))
    return [t.key or t.ref for _, t in plan.leaf_tasks()]


def _only_added(old: bytes, new: bytes) -> list[bytes]:
    """The lines added, asserting that every old line is kept in order and nothing else changed."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    assert len(new_lines) > len(old_lines)
    # one contiguous block inserted
    start = 0
    while start < len(old_lines) and old_lines[start] == new_lines[start]:
        start += 1
    added = len(new_lines) - len(old_lines)
    assert new_lines[start + added:] == old_lines[start:], "bytes after the insertion changed"
    return new_lines[start:start + added]


def _pick(refs: list[str]) -> list[str]:
    return sorted({refs[0], refs[len(refs) // 2], refs[-1]})


@pytest.mark.parametrize("src", BUNDLED + VALID, ids=lambda p: p.name)
def test_update_adds_only_lines_for_every_plan(src: Path, tmp_path: Path) -> None:
    path = _copy(src, tmp_path)
    refs = _leaf_refs(path)
    if not refs:
        pytest.skip(f"{src.name} has no tasks to update")
    for ref in _pick(refs):
        before = path.read_bytes()
        plan = build_plan(load_file(path).data, str(path))
        task = next(t for _, t in plan.leaf_tasks() if (t.key or t.ref) == ref)
        last = max([e.date for e in task.progress], default=dt.date(2021, 1, 1))
        from cchc.deriving.status import task_deadline

        deadline = task_deadline(plan, task)
        occurrence = deadline.milestones[0].label if len(getattr(deadline, "milestones", ())) > 1 else None
        request = ProgressUpdate(ref, "doing", max(last, dt.date(2021, 5, 1)), note="Đang dự thảo: \"bản 1\"",
                                 occurrence=occurrence)
        result = update_progress(path, request)
        assert result.written
        added = _only_added(before, path.read_bytes())
        assert [line.decode().rstrip("\r\n") for line in added] == list(result.added)
        after = load_file(path)
        assert after.ok
        new_task = next(t for _, t in build_plan(after.data, str(path)).leaf_tasks() if (t.key or t.ref) == ref)
        assert new_task.progress[-1].status == "doing" and new_task.progress[-1].note == "Đang dự thảo: \"bản 1\""
        assert len(new_task.progress) == len(task.progress) + 1


def test_crlf_bom_mode_and_flow_entries_are_kept(tmp_path: Path) -> None:
    src = _copy(FIXTURES / "valid" / "full.yaml", tmp_path)
    text = src.read_text(encoding="utf-8").replace("\n", "\r\n")
    src.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    os.chmod(src, 0o640)
    before = src.read_bytes()
    update_progress(src, ProgressUpdate("I.2.b)", "done", dt.date(2021, 9, 10), evidence="Kế hoạch số 9/KH-UBND"))
    after = src.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf")
    added = _only_added(before, after)
    assert all(line.endswith(b"\r\n") for line in added)
    assert b"\n" not in after.replace(b"\r\n", b"")
    assert (os.stat(src).st_mode & 0o777) == 0o640


def test_flow_style_log_gets_a_flow_entry(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    shutil.copy(FIXTURES / "valid" / "agencies.yaml", tmp_path / "agencies.yaml")
    path.write_text((FIXTURES / "valid" / "minimal.yaml").read_text(encoding="utf-8") + """\
body:
  - sections:
      - title: A
        tasks:
          - id: "1"
            content: x
            output: y
            deadline: Năm 2021
            lead: [Sở Nội vụ]
            progress:
              - {date: 2021-02-01, status: doing}""", encoding="utf-8")  # no newline at the end
    before = path.read_bytes()
    update_progress(path, ProgressUpdate("1", "done", dt.date(2021, 3, 1)))
    after = path.read_bytes()
    assert after.startswith(before)  # the last line only gained its newline
    assert after[len(before):] == b"\n              - {date: 2021-03-01, status: done}\n"


@pytest.mark.parametrize("task_id, status, day, fragment", [
    ("VII.99", "done", "2021-06-01", "Không có nhiệm vụ"),
    ("VII.10", "done", "2021-06-01", "nhiệm vụ con"),
    ("VII.12", "done", "2021-06-01", "nhiều mốc"),
    ("VII.12", "done", "2021-06-01|2022-Q1", "không có mốc"),
])
def test_refusals_change_nothing(task_id: str, status: str, day: str, fragment: str, tmp_path: Path) -> None:
    path = _copy(ROOT / "plans" / "quang-nam" / "kh-cchc-2021.yaml", tmp_path)
    before = path.read_bytes()
    date_text, _, occurrence = day.partition("|")
    with pytest.raises(UpdateRefused) as refused:
        update_progress(path, ProgressUpdate(task_id, status, dt.date.fromisoformat(date_text),
                                             occurrence=occurrence or None))
    assert fragment in refused.value.message
    assert refused.value.hint
    assert path.read_bytes() == before


def test_refuses_dates_before_the_last_entry_and_entries_after_done(tmp_path: Path) -> None:
    path = _copy(FIXTURES / "valid" / "full.yaml", tmp_path)
    before = path.read_bytes()
    with pytest.raises(UpdateRefused, match="sớm hơn"):
        update_progress(path, ProgressUpdate("I.1", "doing", dt.date(2021, 3, 1)))
    with pytest.raises(UpdateRefused, match="P002"):
        update_progress(path, ProgressUpdate("I.1", "doing", dt.date(2021, 4, 1)))
    assert path.read_bytes() == before


def test_records_on_a_file_with_unrelated_lint_errors(tmp_path: Path) -> None:
    # issue 16: errors already in the file (here five T00x) are reported, not a block
    path = _copy(FIXTURES / "invalid" / "tasks-missing.yaml", tmp_path)
    before = path.read_bytes()
    result = update_progress(path, ProgressUpdate("I.4", "done", dt.date(2021, 6, 1)))
    assert result.written
    assert sorted(d.code for d in result.existing_errors) == ["T001", "T002", "T002", "T003", "T003"]
    assert [line.decode().strip() for line in _only_added(before, path.read_bytes())] == [
        "progress:", "- date: 2021-06-01", "status: done"]


def test_refuses_a_file_that_does_not_parse(tmp_path: Path) -> None:
    path = _copy(FIXTURES / "valid" / "full.yaml", tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("version: 1", "version: 1\nversion: 1", 1), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(UpdateRefused, match="không đọc được thành một kế hoạch"):
        update_progress(path, ProgressUpdate("I.2.a)", "done", dt.date(2021, 6, 1)))
    assert path.read_bytes() == before


def test_failed_rename_leaves_the_original_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(FIXTURES / "valid" / "full.yaml", tmp_path)
    before = path.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        update_progress(path, ProgressUpdate("I.2.a)", "done", dt.date(2021, 6, 1)))
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["agencies.yaml", "full.yaml"]


def test_process_killed_during_write_leaves_the_original_intact(tmp_path: Path) -> None:
    path = _copy(FIXTURES / "valid" / "full.yaml", tmp_path)
    before = path.read_bytes()
    env = {**os.environ, "CCHC_FAULT_INJECT": "before-rename"}
    proc = subprocess.run([sys.executable, "-m", "cchc", "done", str(path), "I.2.a)", "--date", "2021-06-01"],
                          env=env, capture_output=True, timeout=60)
    assert proc.returncode == -9  # SIGKILL while the new content sat in the temporary file
    assert path.read_bytes() == before
    assert load_file(path).ok


def test_cli_update_and_done(tmp_path: Path) -> None:
    path = _copy(FIXTURES / "valid" / "full.yaml", tmp_path)

    def cchc(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cchc", *args], capture_output=True, text=True, timeout=60)

    ok = cchc("update", str(path), "I.2.a)", "--status", "doing", "--date", "01/05/2021", "--note", "Đã giao phóng viên")
    assert ok.returncode == 0 and "Đã ghi" in ok.stdout
    done = cchc("done", str(path), "i.2.a", "--date", "2021-06-01", "--evidence", "Chuyên mục số 1")
    assert done.returncode == 0
    refused = cchc("done", str(path), "I.9", "--date", "2021-06-01")
    assert refused.returncode == 1 and "Tệp không bị thay đổi" in refused.stderr and "Traceback" not in refused.stderr
    dry = cchc("done", str(path), "I.2.b)", "--date", "2021-07-01", "--dry-run")
    assert dry.returncode == 0 and "Sẽ ghi" in dry.stdout
    status = cchc("status", str(path), "--as-of", "2021-06-02", "--format", "json")
    assert '"I.2.a)"' in status.stdout and '"done_on_time"' in status.stdout


@pytest.mark.parametrize("command", [
    ["render", "{plan}", "-f", "md", "-o", "{out}"],
    ["render", "{plan}", "-f", "docx", "-o", "{out}"],
    ["report", "{plan}", "--as-of", "2021-07-01", "-f", "md", "-o", "{out}"],
    ["calendar", "{plan}", "-o", "{out}", "--as-of", "2021-07-01"],
    ["import", "{seed}", "-o", "{out}", "--force"],
    ["lint", "{plan}", "-f", "json", "-o", "{out}"],
    ["status", "{plan}", "--as-of", "2021-07-01", "-o", "{out}"],
    ["status", "{plan}", "--as-of", "2021-07-01", "-f", "csv", "-o", "{out}"],
    ["agencies", "{plan}", "--as-of", "2021-07-01", "-o", "{out}"],
    ["targets", "{plan}", "--as-of", "2021-07-01", "-o", "{out}"],
    ["trace", "{plan}", "{plan}", "--as-of", "2021-07-01", "-o", "{out}"],
], ids=["render-md", "render-docx", "report", "calendar", "import", "lint", "status", "status-csv", "agencies",
        "targets", "trace"])
def test_every_writing_command_survives_a_kill(command: list[str], tmp_path: Path) -> None:
    plan = _copy(FIXTURES / "valid" / "full.yaml", tmp_path)
    seed = tmp_path / "ke-hoach.txt"
    seed.write_text("KẾ HOẠCH\nThử nghiệm\n\nTT\tNội dung, nhiệm vụ\tSản phẩm\tThời gian hoàn thành\tCơ quan chủ trì\t"
                    "Cơ quan phối hợp\nI\tCẢI CÁCH THỂ CHẾ\t\t\t\t\n1\tRà soát văn bản\tBáo cáo\tNăm 2021\tSở Tư pháp\t\n",
                    encoding="utf-8")
    out = tmp_path / "ra" / "ket-qua.bin"
    out.parent.mkdir()
    out.write_bytes(b"noi dung cu")
    args = [part.format(plan=plan, out=out, seed=seed) for part in command]
    env = {**os.environ, "CCHC_FAULT_INJECT": "before-rename"}
    proc = subprocess.run([sys.executable, "-m", "cchc", *args], env=env, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    assert out.read_bytes() == b"noi dung cu"
    env.pop("CCHC_FAULT_INJECT")
    done = subprocess.run([sys.executable, "-m", "cchc", *args], env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert out.read_bytes() != b"noi dung cu"
