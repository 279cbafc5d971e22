"""Recording progress: append one entry to a task's log without touching any other byte.

The edit is surgical — new lines are inserted after the task's last log entry (or a new
``progress:`` key after the task's last line), in the style of the entries already there, with
the file's own line endings and BOM. Before anything is written the new text is read back and
checked: the data must equal the old data plus exactly the new entry, and the file must still lint
without errors. The write is atomic (a temporary file in the same folder, fsync, then rename) and
keeps the file's permissions. Anything unexpected refuses the update and changes nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc.deadline import Deadline
from cchc.diagnostics import Severity
from cchc.i18n import N_, data_list, tr
from cchc.lint import FileResult, lint_file, lint_loaded
from cchc.load import decode, load_text, os_error_text, split_lines
from cchc.model import Plan, Task
from cchc.status import task_deadline

STATUSES = ("done", "doing", "blocked", "cancelled")
STATUS_LABELS = {"done": N_("hoàn thành"), "doing": N_("đang thực hiện"), "blocked": N_("gặp vướng mắc"),
                 "cancelled": N_("không thực hiện")}
FAULT_ENV = "CCHC_FAULT_INJECT"  # test hook: "before-rename" kills the process mid-write


class UpdateRefused(Exception):
    """The update was refused; the file is unchanged."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class ProgressUpdate:
    task_id: str
    status: str
    date: dt.date
    note: str | None = None
    evidence: str | None = None
    occurrence: str | None = None
    by: str | None = None

    def entry(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.date.isoformat(), "status": self.status}
        if self.occurrence:
            out["occurrence"] = self.occurrence
        for key in ("note", "evidence", "by"):
            value = getattr(self, key)
            if value:
                out[key] = value
        return out


@dataclass(frozen=True)
class UpdateResult:
    path: Path
    task_ref: str
    added: tuple[str, ...]  # the inserted lines, without line endings
    diff: str
    written: bool


def _norm_ref(ref: str) -> str:
    return re.sub(r"[\s)]", "", ref).rstrip(".").casefold()


def find_task(plan: Plan, task_id: str) -> Task:
    wanted = _norm_ref(task_id)
    tasks = [task for _, task in plan.tasks()]
    by_key = [t for t in tasks if t.key and t.key.casefold() == task_id.strip().casefold()]
    if by_key:
        return by_key[0]
    matches = [t for t in tasks if _norm_ref(t.ref) == wanted]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        keys = [t.key for t in matches if t.key]
        hint = (tr("Dùng mã riêng (key) của nhiệm vụ: {keys}.", keys=data_list(keys)) if keys else
                tr("Thêm key: riêng cho các nhiệm vụ trùng số để phân biệt."))
        raise UpdateRefused(tr("Số thứ tự \"{number}\" trùng nhau ở {count} nhiệm vụ trong kế hoạch.", number=task_id,
                               count=len(matches)), hint)
    refs = [t.key or t.ref for t in tasks]
    close = difflib.get_close_matches(task_id, refs, n=3, cutoff=0.5)
    hint = (tr("Có phải ý bạn là {names}? ", names=", ".join(f"\"{c}\"" for c in close)) if close else "") + \
        tr("Số thứ tự viết đầy đủ theo nhóm, ví dụ VII.1, VII.10.a), hoặc dùng key của nhiệm vụ.")
    raise UpdateRefused(tr("Không có nhiệm vụ \"{task}\" trong kế hoạch {plan}.", task=task_id, plan=plan.id), hint)


def _scalar(value: str) -> str:
    """A YAML scalar for a value we write: plain when unambiguous, else double-quoted."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or re.fullmatch(r"[a-z_]+", value) or \
            re.fullmatch(r"\d{4}(-(Q[1-4]|H[12]|\d{2}))?", value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _entry_lines(entry: dict[str, Any], dash_indent: str, style: str) -> list[str]:
    if style == "flow":
        body = ", ".join(f"{key}: {_scalar(str(value))}" for key, value in entry.items())
        return [f"{dash_indent}- {{{body}}}"]
    keys = list(entry)
    lines = [f"{dash_indent}- {keys[0]}: {_scalar(str(entry[keys[0]]))}"]
    lines += [f"{dash_indent}  {key}: {_scalar(str(entry[key]))}" for key in keys[1:]]
    return lines


def _newline_of(lines: list[str], index: int) -> str:
    for probe in (index, index - 1, index + 1, 0):
        if 0 <= probe < len(lines):
            for ending in ("\r\n", "\n", "\r"):
                if lines[probe].endswith(ending):
                    return ending
    return "\n"


def _check_dates(task: Task, update: ProgressUpdate, deadline: Any) -> None:
    if task.progress:
        last = task.progress[-1]
        if update.date < last.date:
            raise UpdateRefused(
                tr("Ngày {date:%d/%m/%Y} sớm hơn dòng tiến độ cuối của nhiệm vụ ({last:%d/%m/%Y}).",
                   date=update.date, last=last.date),
                tr("Nhật ký chỉ ghi thêm theo thứ tự thời gian; kiểm tra lại --date."))
    if isinstance(deadline, Deadline) and len(deadline.milestones) > 1:
        labels = [m.label for m in deadline.milestones]
        if update.occurrence is None and update.status == "done":
            closed = {e.occurrence for e in task.progress if e.status == "done" and e.occurrence}
            open_labels = [label for label in labels if label not in closed]
            raise UpdateRefused(
                tr("Nhiệm vụ {ref} có nhiều mốc ({labels}): cần cho biết mốc nào đã hoàn thành.", ref=task.ref,
                   labels=", ".join(labels)),
                tr("Thêm --occurrence, ví dụ --occurrence {label}.", label=open_labels[0] if open_labels else labels[0]))
        if update.occurrence is not None and update.occurrence not in labels:
            raise UpdateRefused(tr("Nhiệm vụ {ref} không có mốc \"{occurrence}\".", ref=task.ref,
                                   occurrence=update.occurrence),
                                tr("Các mốc của nhiệm vụ: {labels}.", labels=", ".join(labels)))
    elif update.occurrence is not None:
        labels = [m.label for m in deadline.milestones] if isinstance(deadline, Deadline) else []
        if update.occurrence not in labels:
            raise UpdateRefused(tr("Nhiệm vụ {ref} chỉ có một mốc; không cần --occurrence.", ref=task.ref),
                                tr("Bỏ --occurrence."))


def plan_insertion(text: str, loaded_spans: Any, task: Task, entry: dict[str, Any]) -> tuple[list[str], int, list[str]]:
    """Where and what to insert: (all lines with endings, index to insert at, new lines without endings)."""
    lines = split_lines(text, keepends=True)
    spans, key_spans = loaded_spans
    task_span = spans[task.path]
    first_key = key_spans.get((*task.path, "id"))
    line_text = lines[task_span.line - 1] if task_span.line - 1 < len(lines) else ""
    if line_text[task_span.column - 1: task_span.column] == "{":
        raise UpdateRefused(tr("Nhiệm vụ {ref} được viết dạng một dòng {{…}}; cchc không tự sửa dạng này.", ref=task.ref),
                            tr("Viết nhiệm vụ thành nhiều dòng (mỗi khóa một dòng) rồi chạy lại."))
    progress_path = (*task.path, "progress")
    if progress_path in spans:
        seq_span = spans[progress_path]
        if not task.progress:
            raise UpdateRefused(tr("Khóa progress của nhiệm vụ {ref} đang để trống dạng [] hoặc null.", ref=task.ref),
                                tr("Xóa dòng \"progress:\" (cchc sẽ tự thêm), hoặc ghi dòng đầu tiên theo dạng khối."))
        seq_line = lines[seq_span.line - 1]
        if seq_line[seq_span.column - 1: seq_span.column] == "[":
            raise UpdateRefused(tr("Nhật ký tiến độ của nhiệm vụ {ref} viết dạng [ … ] trên một dòng.", ref=task.ref),
                                tr("Viết mỗi dòng tiến độ thành một phần tử bắt đầu bằng \"- \" rồi chạy lại."))
        last_item = spans[(*progress_path, len(task.progress) - 1)]
        item_line = lines[last_item.line - 1]
        dash = item_line.rfind("- ", 0, last_item.column)
        if dash < 0 or item_line[:dash].strip():
            raise UpdateRefused(tr("Không xác định được vị trí ghi thêm trong nhật ký tiến độ."),
                                tr("Viết mỗi dòng tiến độ thành một phần tử bắt đầu bằng \"- \" ở đầu dòng."))
        style = "flow" if item_line[last_item.column - 1: last_item.column] == "{" else "block"
        new = _entry_lines(entry, item_line[:dash], style)
        return lines, last_item.end_line, new
    if first_key is None:
        raise UpdateRefused(tr("Không xác định được vị trí của nhiệm vụ {ref}.", ref=task.ref), "")
    indent = " " * (first_key.column - 1)  # the task's keys all sit at the column of "id"
    new = [f"{indent}progress:"] + _entry_lines(entry, indent + "  ", "block")
    return lines, task_span.end_line, new


def prepare_update(path: Path, update: ProgressUpdate) -> tuple[bytes, bytes, UpdateResult]:
    """Compute the new file content; raises UpdateRefused. Returns (old bytes, new bytes, result)."""
    if update.status not in STATUSES:
        raise UpdateRefused(tr("Trạng thái \"{status}\" không hợp lệ.", status=update.status),
                            tr("Dùng: {statuses}.", statuses=", ".join(STATUSES)))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UpdateRefused(tr("Không đọc được tệp {path}: {error}.", path=path, error=os_error_text(exc)),
                            tr("Kiểm tra đường dẫn.")) from None
    text, problem = decode(raw)
    if text is None:
        raise UpdateRefused(problem.message if problem else tr("Không đọc được tệp."), problem.hint if problem else "")
    bom = raw.startswith(b"\xef\xbb\xbf")
    before = lint_file(path)
    errors = [d for d in before.diagnostics if d.severity == Severity.ERROR]
    if errors or before.plan is None:
        first = errors[0] if errors else None
        where = tr(" (đầu tiên: dòng {line}: {message})", line=first.line, message=first.message) if first else ""
        raise UpdateRefused(tr("Tệp {path} đang có {count} lỗi nên cchc không ghi vào{where}.", path=before.path,
                               count=len(errors), where=where),
                            tr("Sửa lỗi trước (chạy cchc lint {path}), rồi cập nhật lại.", path=before.path))
    plan = before.plan
    task = find_task(plan, update.task_id)
    if task.subtasks:
        raise UpdateRefused(tr("Nhiệm vụ {ref} có nhiệm vụ con; tiến độ được ghi cho từng nhiệm vụ con.", ref=task.ref),
                            tr("Cập nhật {refs}.", refs=", ".join(s.ref for s in task.subtasks)))
    deadline = task_deadline(plan, task)
    _check_dates(task, update, deadline)
    loaded = load_text(text, before.path)
    entry = update.entry()
    lines, index, new = plan_insertion(text, (loaded.spans, loaded.key_spans), task, entry)
    newline = _newline_of(lines, index - 1)
    out = list(lines)
    if index > 0 and not re.search(r"(\r\n|[\r\n\x85\u2028\u2029])$", out[index - 1]):
        out[index - 1] = out[index - 1] + newline
    inserted = [line + newline for line in new]
    out[index:index] = inserted
    new_text = "".join(out)
    _verify(text, new_text, before, task, entry, path)
    diff = "".join(difflib.unified_diff(split_lines(text, True), split_lines(new_text, True),
                                        fromfile=before.path, tofile=before.path, n=1))
    new_raw = (b"\xef\xbb\xbf" if bom else b"") + new_text.encode("utf-8")
    return raw, new_raw, UpdateResult(path, task.key or task.ref, tuple(new), diff, False)


def _verify(old_text: str, new_text: str, before: FileResult, task: Task, entry: dict[str, Any], path: Path) -> None:
    old = load_text(old_text, before.path)
    new = load_text(new_text, before.path)
    if not new.ok:
        raise UpdateRefused(tr("Không ghi được: nội dung sau khi thêm không còn là YAML hợp lệ."),
                            tr("Báo lỗi này cho nhóm phát triển kèm tệp kế hoạch."))
    expected = copy.deepcopy(old.data)
    node = expected
    for part in task.path:
        node = node[part]
    node.setdefault("progress", []).append(entry)
    if new.data != expected:
        raise UpdateRefused(tr("Không ghi được: kiểm tra lại sau khi thêm cho thấy dữ liệu khác ngoài dòng mới."),
                            tr("Báo lỗi này cho nhóm phát triển kèm tệp kế hoạch."))
    after = lint_loaded(new, path, registry=before.registry)
    errors = [d for d in after.diagnostics if d.severity == Severity.ERROR]
    if errors:
        raise UpdateRefused(tr("Không ghi: dòng tiến độ mới gây lỗi {code}: {message}", code=errors[0].code,
                               message=errors[0].message),
                            errors[0].hint)


def _fault_point() -> None:
    """Crash tests only: with CCHC_FAULT_INJECT=before-rename the process dies after writing the
    temporary file and before the rename, as a power cut or a kill would leave it."""
    if os.environ.get(FAULT_ENV) == "before-rename":
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def write_atomic(path: Path, data: bytes, expected_old: bytes | None = None) -> None:
    """Write ``data`` to ``path`` atomically, keeping its permissions; refuses if it changed meanwhile."""
    if expected_old is not None and path.read_bytes() != expected_old:
        raise UpdateRefused(tr("Tệp {path} vừa bị thay đổi bởi chương trình khác trong lúc cập nhật.", path=path),
                            tr("Chạy lại lệnh."))
    mode = stat.S_IMODE(path.stat().st_mode)
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".cchc-tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        _fault_point()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_new_file(path: Path, data: bytes) -> None:
    """Write a generated file (render, report) atomically: readers never see a half-written file."""
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".cchc-tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() and not path.is_symlink() else 0o644
        os.chmod(tmp, mode)
        _fault_point()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def update_progress(path: Path, update: ProgressUpdate, *, dry_run: bool = False) -> UpdateResult:
    old, new, result = prepare_update(path, update)
    if dry_run:
        return result
    write_atomic(path, new, old)
    return UpdateResult(result.path, result.task_ref, result.added, result.diff, True)
