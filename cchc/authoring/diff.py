"""What changed in the plans between two git revisions, in the domain's words.

``semantic_diff(repo, "HEAD~1", "HEAD")`` reads the plan files of both revisions through the
``git`` command (``git ls-tree``/``git diff --name-only`` to list, ``git show REV:path`` to read;
never a checkout, so the working tree and index are left alone), builds each plan's model, and
compares plans by their ``id`` (a renamed file is the same plan) and tasks by ``key`` or full
printed reference (``VII.10.a)``). Without a second revision the working tree is the new side,
untracked plan files included.

Only files that differ between the two sides are read: a file with the same content on both
sides cannot change any plan. A file that cannot be read or fails the plan schema on one side is
a warning in the report, never an exception, and the plans it held are not reported as removed
or added (their fate is unknown).

Each change is a :class:`Change` with a ``kind`` from :data:`KINDS` and a Vietnamese message;
``write_diff`` prints a report as text, Markdown (for ``$GITHUB_STEP_SUMMARY``) or JSON::

    {"rev1": "HEAD~1", "rev2": "HEAD", "warnings": [...],
     "changes": [{"kind", "plan", "task", "message", "before", "after", "file"}],
     "summary": {"deadline_moved": 1, ...}}
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import TextIO

from cchc.base.i18n import N_, tr
from cchc.base.i18n import (
    data as _q,  # plan text in a change: as written in Vietnamese, quoted otherwise
)
from cchc.checking.schema import validate
from cchc.deriving.status import NO_DEADLINE_TEXT, task_deadline
from cchc.deriving.targets import LEVEL_LABELS, fmt_number, goal_text
from cchc.reading.agencies import REGISTRY_NAMES
from cchc.reading.deadline import Deadline, DeadlineError
from cchc.reading.deadline import fmt as fmt_date
from cchc.reading.load import decode, load_text, read_text
from cchc.reading.model import (
    STATUS_LABELS,
    Measure,
    Plan,
    ProgressEntry,
    Result,
    Target,
    Task,
    build_plan,
)

KINDS = ("plan_added", "plan_removed", "task_added", "task_removed", "content_changed",
         "output_changed", "deadline_moved", "lead_changed", "support_changed", "status_added",
         "status_removed", "target_added", "target_removed", "target_changed", "result_added",
         "result_removed")
KIND_LABELS = MappingProxyType({
    "plan_added": N_("kế hoạch mới"),
    "plan_removed": N_("kế hoạch bị bỏ"),
    "task_added": N_("nhiệm vụ thêm"),
    "task_removed": N_("nhiệm vụ bỏ"),
    "content_changed": N_("nội dung sửa"),
    "output_changed": N_("sản phẩm sửa"),
    "deadline_moved": N_("thời hạn đổi"),
    "lead_changed": N_("chủ trì đổi"),
    "support_changed": N_("phối hợp đổi"),
    "status_added": N_("tiến độ ghi thêm"),
    "status_removed": N_("tiến độ bị xóa"),
    "target_added": N_("chỉ tiêu thêm"),
    "target_removed": N_("chỉ tiêu bỏ"),
    "target_changed": N_("chỉ tiêu sửa"),
    "result_added": N_("kết quả ghi thêm"),
    "result_removed": N_("kết quả bị xóa"),
})
DEFAULT_PATHS = ("plans",)
WORKING_TREE = N_("thư mục làm việc (chưa commit)")
SHORT = 80
_YAML_SUFFIXES = (".yaml", ".yml")
_NONE = N_("(không ghi)")


class DiffProblem(Exception):
    """The comparison cannot run at all (not a git repository, unknown revision…)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Change:
    kind: str
    plan: str  # the plan's id
    task: str | None  # the task's key or full reference; None for plan- and target-level changes
    message: str
    before: object
    after: object
    file: str  # the plan's file on the new side (the old side when removed)

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "plan": self.plan, "task": self.task, "message": self.message,
                "before": self.before, "after": self.after, "file": self.file}


@dataclass(frozen=True)
class DiffReport:
    rev1: str
    rev2: str | None  # None: the working tree
    changes: tuple[Change, ...]
    warnings: tuple[str, ...] = ()
    titles: tuple[tuple[str, str], ...] = ()  # plan id → "Kế hoạch số 12/KH-UBND: …"

    def summary(self) -> dict[str, int]:
        counts = Counter(c.kind for c in self.changes)
        return {kind: counts[kind] for kind in KINDS if counts[kind]}

    def to_json(self) -> dict[str, object]:
        return {"rev1": self.rev1, "rev2": self.rev2, "warnings": list(self.warnings),
                "changes": [c.to_json() for c in self.changes], "summary": self.summary()}


# --------------------------------------------------------------------------- reading git

@dataclass(frozen=True)
class _Git:
    repo: Path

    def run(self, *args: str) -> bytes:
        env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
        try:
            proc = subprocess.run(["git", "--literal-pathspecs", "-C", str(self.repo), *args],
                                  capture_output=True, check=False, env=env)
        except FileNotFoundError as exc:
            raise DiffProblem(tr("Không tìm thấy lệnh git: cài git để so sánh các phiên bản kế hoạch.")) from exc
        if proc.returncode != 0:
            raise _GitFailed(proc.stderr.decode("utf-8", errors="replace").strip())
        return proc.stdout

    def names(self, *args: str) -> list[str]:
        out = self.run(*args)
        return [name for name in out.decode("utf-8", errors="surrogateescape").split("\0") if name]


class _GitFailed(Exception):
    pass


def _open_repo(repo: Path) -> _Git:
    if not repo.is_dir():
        raise DiffProblem(tr("Thư mục {path} không tồn tại.", path=repo))
    git = _Git(repo)
    try:
        inside = git.run("rev-parse", "--is-inside-work-tree").strip()
    except _GitFailed as exc:
        raise DiffProblem(tr("{path} không phải là kho git (không tìm thấy thư mục .git). "
                             "Chạy lệnh trong thư mục của kho kế hoạch. [{error}]", path=repo,
                             error=_first_line(str(exc)))) from exc
    if inside != b"true":
        raise DiffProblem(tr("{path} không nằm trong thư mục làm việc của một kho git.", path=repo))
    return git


def _resolve(git: _Git, rev: str) -> str:
    if not rev.strip() or rev.startswith("-"):
        raise DiffProblem(tr("Phiên bản \"{rev}\" không hợp lệ: ghi tên nhánh, thẻ hoặc mã commit.", rev=rev))
    try:
        return git.run("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except _GitFailed as exc:
        raise DiffProblem(tr("Không tìm thấy phiên bản \"{rev}\" trong kho git "
                             "(kiểm tra tên nhánh, thẻ hoặc mã commit; kho sao chép nông có thể "
                             "thiếu lịch sử cũ).", rev=rev)) from exc


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def _is_plan_name(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (name.endswith(_YAML_SUFFIXES) and not any(p.startswith(".") for p in parts)
            and parts[-1] not in REGISTRY_NAMES
            and not (len(parts) >= 3 and parts[-3] == "reports"))  # a report's text (cchc.writing.narrative)


@dataclass(frozen=True)
class _Loaded:
    plans: tuple[tuple[Plan, str], ...]  # (plan, file)
    failed: frozenset[str]
    warnings: tuple[str, ...]


def _plan_from_text(text: str, name: str) -> Plan | str:
    """The plan in a file's text, or why it cannot be compared (Vietnamese)."""
    loaded = load_text(text, name)
    if not loaded.ok:
        problem = loaded.problems[0]
        return tr("{message} (dòng {line})", message=problem.message, line=problem.span.line)
    if not isinstance(loaded.data, dict):
        return tr("tệp không chứa một kế hoạch")
    problems = validate(loaded.data)
    if problems:
        return tr("không đúng định dạng kế hoạch ({count} lỗi, ví dụ: {message}); chạy cchc lint để xem chi tiết",
                  count=len(problems), message=problems[0].message)
    try:
        return build_plan(loaded.data, name)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return tr("không dựng được kế hoạch ({error})", error=type(exc).__name__)


def _load_side(names: Sequence[str], read: Callable[[str], tuple[str | None, str | None]],
               where: str) -> _Loaded:
    plans: list[tuple[Plan, str]] = []
    failed: set[str] = set()
    warnings: list[str] = []
    seen: dict[str, str] = {}
    for name in sorted(names):
        text, problem = read(name)
        result = _plan_from_text(text, name) if text is not None else (problem or tr("không đọc được tệp"))
        if isinstance(result, str):
            failed.add(name)
            warnings.append(tr("{file} ({where}): {problem} — bỏ qua khi so sánh.", file=name, where=where,
                               problem=result))
        elif result.id in seen:
            warnings.append(tr("{file} ({where}): mã kế hoạch \"{plan}\" trùng với tệp {other} — chỉ so sánh tệp đầu.",
                               file=name, where=where, plan=result.id, other=seen[result.id]))
        else:
            seen[result.id] = name
            plans.append((result, name))
    return _Loaded(tuple(plans), frozenset(failed), tuple(warnings))


def _read_blob(git: _Git, sha: str) -> Callable[[str], tuple[str | None, str | None]]:
    def read(name: str) -> tuple[str | None, str | None]:
        try:
            raw = git.run("show", f"{sha}:./{name}")
        except _GitFailed as exc:
            return None, tr("không đọc được từ git: {error}", error=_first_line(str(exc)))
        text, problem = decode(raw)
        return text, problem.message if problem else None
    return read


def _read_disk(repo: Path) -> Callable[[str], tuple[str | None, str | None]]:
    from cchc.base.confine import escapes, scan_limit

    limit = scan_limit(repo)

    def read(name: str) -> tuple[str | None, str | None]:
        path = repo / name
        if escapes(path, limit):  # a committed symbolic link to a file outside the repository
            return None, "tệp là liên kết tượng trưng trỏ ra ngoài kho git, cchc không đọc"
        text, problem = read_text(path)
        return text, problem.message if problem else None
    return read


def _where(rev: str | None) -> str:
    return tr("tại {rev}", rev=rev) if rev is not None else tr("trong thư mục làm việc")


# --------------------------------------------------------------------------- the entry point

def semantic_diff(repo: Path, rev1: str, rev2: str | None = None, paths: Sequence[str] = ()) -> DiffReport:
    """Compare the plans under ``paths`` (default ``plans/``) at ``rev1`` with ``rev2``, or with
    the working tree when ``rev2`` is None. Raises :class:`DiffProblem` only when the comparison
    cannot run at all; unreadable plan files become warnings."""
    git = _open_repo(repo)
    specs = [str(p) for p in paths] or list(DEFAULT_PATHS)
    old_sha = _resolve(git, rev1)
    new_sha = _resolve(git, rev2) if rev2 is not None else None
    try:
        old_names = set(git.names("ls-tree", "-r", "-z", "--name-only", old_sha, "--", *specs))
        changed = set(git.names("diff", "-z", "--name-only", "--no-renames", "--no-ext-diff", "--relative",
                                old_sha, *([new_sha] if new_sha else []), "--", *specs))
        if new_sha is None:
            untracked = git.names("ls-files", "-z", "--others", "--exclude-standard", "--", *specs)
            tracked = git.names("ls-files", "-z", "--cached", "--", *specs)
            changed.update(untracked)
            new_names = {n for n in [*tracked, *untracked] if (repo / n).is_file()}
        else:
            new_names = set(git.names("ls-tree", "-r", "-z", "--name-only", new_sha, "--", *specs))
    except _GitFailed as exc:
        raise DiffProblem(tr("Lệnh git báo lỗi: {error}", error=_first_line(str(exc)))) from exc
    old = _load_side([n for n in old_names & changed if _is_plan_name(n)], _read_blob(git, old_sha), _where(rev1))
    new_read = _read_blob(git, new_sha) if new_sha else _read_disk(repo)
    new = _load_side([n for n in new_names & changed if _is_plan_name(n)], new_read, _where(rev2))
    changes, titles = _compare_sides(old, new)
    warnings = old.warnings + new.warnings
    if not any(_is_plan_name(n) for n in old_names | new_names):
        warnings += (tr("Không thấy tệp kế hoạch nào trong {paths} ở cả hai phiên bản; kiểm tra đường dẫn.",
                        paths=", ".join(specs)),)
    return DiffReport(rev1, rev2, tuple(changes), warnings, tuple(titles))


def _compare_sides(old: _Loaded, new: _Loaded) -> tuple[list[Change], list[tuple[str, str]]]:
    old_by_id = {plan.id: (plan, name) for plan, name in old.plans}
    new_by_id = {plan.id: (plan, name) for plan, name in new.plans}
    order = sorted(set(old_by_id) | set(new_by_id),
                   key=lambda pid: (new_by_id.get(pid) or old_by_id[pid])[1])
    changes: list[Change] = []
    titles: list[tuple[str, str]] = []
    for pid in order:
        before, after = old_by_id.get(pid), new_by_id.get(pid)
        found: list[Change] = []
        if before and after:
            found = list(compare_plans(before[0], after[0], after[1]))
        elif after and after[1] not in old.failed:
            found = [_plan_added(after[0], after[1])]
        elif before and before[1] not in new.failed:
            found = [_plan_removed(before[0], before[1])]
        shown = after or before
        if found and shown:
            titles.append((pid, plan_title(shown[0])))
            changes.extend(found)
    return changes, titles


# --------------------------------------------------------------------------- comparing plans

def plan_title(plan: Plan) -> str:
    doc = plan.document
    label = doc.type
    if doc.number and doc.symbol:
        label += tr(" số {number}/{symbol}", number=doc.number, symbol=doc.symbol)
    return f"{label}: {doc.title}"


def _plan_added(plan: Plan, file: str) -> Change:
    tasks = sum(1 for _ in plan.tasks())
    targets = sum(1 for _ in plan.targets())
    return Change("plan_added", plan.id, None,
                  tr("Kế hoạch mới: {title} ({tasks} nhiệm vụ, {targets} chỉ tiêu)", title=plan_title(plan),
                     tasks=tasks, targets=targets),
                  None, plan_title(plan), file)


def _plan_removed(plan: Plan, file: str) -> Change:
    return Change("plan_removed", plan.id, None, tr("Bỏ kế hoạch: {title}", title=plan_title(plan)),
                  plan_title(plan), None, file)


def compare_plans(old: Plan, new: Plan, file: str) -> Iterator[Change]:
    """Every change from ``old`` to ``new`` (the same plan), targets first, in document order."""
    yield from _compare_targets(old, new, file)
    yield from _compare_tasks(old, new, file)


def _clean(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def shorten(text: str | None, limit: int = SHORT) -> str:
    value = _clean(text)
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + "…"


# --------------------------------------------------------------------------- tasks

@dataclass(frozen=True)
class _Node:
    task: Task
    parent: Task | None


def _nodes(plan: Plan) -> list[_Node]:
    def walk(task: Task, parent: Task | None) -> Iterator[_Node]:
        yield _Node(task, parent)
        for sub in task.subtasks:
            yield from walk(sub, task)

    return [node for section in plan.sections() for task in section.tasks for node in walk(task, None)]


def _match(old: list[_Node], new: list[_Node]) -> dict[int, int]:
    """Pairs (old index → new index): first by ``key``, then by full reference in order (so
    references printed twice in a source pair up first with first)."""
    pairs: dict[int, int] = {}
    old_keys = {n.task.key.casefold(): i for i, n in reversed(list(enumerate(old))) if n.task.key}
    for j, node in enumerate(new):
        if node.task.key and node.task.key.casefold() in old_keys:
            pairs.setdefault(old_keys[node.task.key.casefold()], j)
    taken = set(pairs.values())
    free: dict[str, list[int]] = {}
    for j, node in enumerate(new):
        if j not in taken:
            free.setdefault(node.task.ref, []).append(j)
    for i, node in enumerate(old):
        if i not in pairs and free.get(node.task.ref):
            pairs[i] = free[node.task.ref].pop(0)
    return pairs


def _task_id(task: Task) -> str:
    return task.key or task.ref


def _compare_tasks(old_plan: Plan, new_plan: Plan, file: str) -> Iterator[Change]:
    old, new = _nodes(old_plan), _nodes(new_plan)
    pairs = _match(old, new)
    matched_new = {j: i for i, j in pairs.items()}
    added = {id(new[j].task) for j in range(len(new)) if j not in matched_new}
    removed = {id(old[i].task) for i in range(len(old)) if i not in pairs}
    for j, node in enumerate(new):
        if j not in matched_new:
            if node.parent is None or id(node.parent) not in added:
                yield _task_added(new_plan, node.task, file)
            continue
        yield from _compare_task(old_plan, old[matched_new[j]], new_plan, node, file)
    for i, node in enumerate(old):
        if i not in pairs and (node.parent is None or id(node.parent) not in removed):
            yield _task_removed(old_plan, node.task, file)


def _task_added(plan: Plan, task: Task, file: str) -> Change:
    details = [tr("chủ trì {names}", names=_names(task.effective_lead))] if task.effective_lead else []
    if task.is_leaf or task.deadline or task.due:
        details.append(tr("hạn {deadline}", deadline=_deadline_label(task)))
    subtasks = sum(1 for _ in task.walk()) - 1
    if subtasks:
        details.append(tr("gồm {count} nhiệm vụ con", count=subtasks))
    tail = f" ({'; '.join(details)})" if details else ""
    return Change("task_added", plan.id, _task_id(task),
                  tr("Thêm nhiệm vụ {ref}: {content}{details}", ref=task.ref, content=_q(shorten(task.content)),
                     details=tail),
                  None, _clean(task.content), file)


def _task_removed(plan: Plan, task: Task, file: str) -> Change:
    return Change("task_removed", plan.id, _task_id(task),
                  tr("Bỏ nhiệm vụ {ref}: {content}", ref=task.ref, content=_q(shorten(task.content))),
                  _clean(task.content), None, file)


def _compare_task(old_plan: Plan, old: _Node, new_plan: Plan, new: _Node, file: str) -> Iterator[Change]:
    a, b = old.task, new.task
    tid = _task_id(b)
    name = (tr("Nhiệm vụ {ref}", ref=b.ref) if a.ref == b.ref
            else tr("Nhiệm vụ {ref} (trước là {old})", ref=b.ref, old=a.ref))
    if _clean(a.content) != _clean(b.content):
        yield Change("content_changed", new_plan.id, tid,
                     tr("{name}: sửa nội dung \"{old}\" → \"{new}\"", name=name, old=shorten(a.content),
                        new=shorten(b.content)),
                     _clean(a.content), _clean(b.content), file)
    if _clean(a.output) != _clean(b.output):
        yield Change("output_changed", new_plan.id, tid,
                     tr("{name}: sản phẩm {old} → {new}", name=name, old=_quoted(a.output), new=_quoted(b.output)),
                     a.output, b.output, file)
    moved = _deadline_change(old_plan, a, new_plan, b)
    if moved is not None:
        text, before, after = moved
        yield Change("deadline_moved", new_plan.id, tid, tr("{name}: thời hạn {change}", name=name, change=text),
                     before, after, file)
    for kind, label, attr, own in (("lead_changed", N_("chủ trì"), "effective_lead", "lead"),
                                   ("support_changed", N_("phối hợp"), "effective_support", "support")):
        before_names, after_names = getattr(a, attr), getattr(b, attr)
        inherited = new.parent is not None and not getattr(a, own) and not getattr(b, own)
        if before_names != after_names and not inherited:
            yield Change(kind, new_plan.id, tid,
                         f"{name}: {tr(label)} {_names(before_names)} → {_names(after_names)}",
                         list(before_names), list(after_names), file)
    yield from _compare_progress(new_plan.id, name, tid, a.progress, b.progress, file)


def _names(names: Sequence[str]) -> str:
    return "; ".join(_q(n) for n in names) if names else tr(_NONE)


def _quoted(text: str | None) -> str:
    return f"\"{shorten(text)}\"" if _clean(text) else tr(_NONE)


# --------------------------------------------------------------------------- deadlines

def _deadline_label(task: Task) -> str:
    text = _q(_clean(task.deadline)) if _clean(task.deadline) else ""
    if task.due is not None:
        text = tr("{deadline} (hạn ghi {due})", deadline=text, due=fmt_date(task.due)) if text else fmt_date(task.due)
    if task.trigger is not None:
        text += tr(" (điều kiện phát sinh {date})", date=fmt_date(task.trigger.date))
    return text or tr(NO_DEADLINE_TEXT)


def _last_due(deadline: Deadline | DeadlineError) -> dt.date | None:
    if isinstance(deadline, Deadline) and deadline.milestones:
        return deadline.milestones[-1].due
    return None


def _due_text(deadline: Deadline | DeadlineError) -> str:
    due = _last_due(deadline)
    if due is not None:
        return fmt_date(due)
    if isinstance(deadline, DeadlineError):
        return tr("không đọc được")
    if deadline.kind == "ongoing":
        return tr("không có hạn (nhiệm vụ thường xuyên)")
    return tr("chưa có hạn (chờ điều kiện)")


def _deadline_json(task: Task, deadline: Deadline | DeadlineError) -> dict[str, object]:
    due = _last_due(deadline)
    return {"text": _deadline_label(task), "due": due.isoformat() if due else None}


def _deadline_change(old_plan: Plan, a: Task, new_plan: Plan, b: Task
                     ) -> tuple[str, dict[str, object], dict[str, object]] | None:
    before, after = task_deadline(old_plan, a), task_deadline(new_plan, b)
    same_text = (_clean(a.deadline), a.due, a.trigger) == (_clean(b.deadline), b.due, b.trigger)
    if same_text and _due_key(before) == _due_key(after):
        return None
    labels = f"{_deadline_label(a)} → {_deadline_label(b)}"
    old_due, new_due = _last_due(before), _last_due(after)
    if isinstance(before, DeadlineError) or isinstance(after, DeadlineError):
        which = (N_("cũ và mới") if isinstance(before, DeadlineError) and isinstance(after, DeadlineError)
                 else N_("cũ") if isinstance(before, DeadlineError) else N_("mới"))
        how = tr("không đọc được thời hạn {which}, nên chưa tính được hạn dời bao lâu", which=tr(which))
    elif old_due is not None and new_due is not None:
        how = tr("{shift} (hạn {old} → {new})", shift=shift_text(old_due, new_due), old=fmt_date(old_due),
                 new=fmt_date(new_due))
    else:
        how = tr("hạn {old} → {new}", old=_due_text(before), new=_due_text(after))
    return f"{labels}: {how}", _deadline_json(a, before), _deadline_json(b, after)


def _due_key(deadline: Deadline | DeadlineError) -> object:
    if isinstance(deadline, DeadlineError):
        return ("error", deadline.text)
    return (deadline.kind, deadline.due)


def _is_month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def shift_text(before: dt.date, after: dt.date) -> str:
    """"lùi 6 tháng" / "sớm hơn 10 ngày": months when both dates end a month, else days."""
    if before == after:
        return tr("hạn không đổi")
    if _is_month_end(before) and _is_month_end(after):
        months = abs((after.year - before.year) * 12 + after.month - before.month)
        return (tr("lùi {count} tháng", count=months) if after > before
                else tr("sớm hơn {count} tháng", count=months))
    days = abs((after - before).days)
    return tr("lùi {count} ngày", count=days) if after > before else tr("sớm hơn {count} ngày", count=days)


# --------------------------------------------------------------------------- progress

def _entry_key(entry: ProgressEntry) -> tuple[object, ...]:
    return (entry.date, entry.status, entry.occurrence)


def _entry_json(entry: ProgressEntry) -> dict[str, object]:
    return {"date": entry.date.isoformat(), "status": entry.status, "occurrence": entry.occurrence,
            "note": entry.note, "evidence": entry.evidence, "by": entry.by}


def entry_text(entry: ProgressEntry) -> str:
    """"hoàn thành ngày 20/03/2021 (Quyết định số …)"."""
    status = tr(STATUS_LABELS[entry.status]) if entry.status in STATUS_LABELS else entry.status
    text = tr("{status} ngày {date}", status=status, date=fmt_date(entry.date))
    if entry.occurrence:
        text += tr(", kỳ {occurrence}", occurrence=entry.occurrence)
    detail = _clean(entry.evidence) or _clean(entry.note)
    return f"{text} ({_q(shorten(detail))})" if detail else text


def _compare_progress(plan_id: str, name: str, tid: str, old: Sequence[ProgressEntry],
                      new: Sequence[ProgressEntry], file: str) -> Iterator[Change]:
    remaining = Counter(_entry_key(e) for e in old)
    for entry in new:
        if remaining[_entry_key(entry)]:
            remaining[_entry_key(entry)] -= 1
            continue
        yield Change("status_added", plan_id, tid, tr("{name}: ghi nhận {entry}", name=name, entry=entry_text(entry)),
                     None, _entry_json(entry), file)
    kept = Counter(_entry_key(e) for e in new)
    for entry in old:
        if kept[_entry_key(entry)]:
            kept[_entry_key(entry)] -= 1
            continue
        yield Change("status_removed", plan_id, tid, tr("{name}: xóa ghi nhận {entry}", name=name,
                                                        entry=entry_text(entry)),
                     _entry_json(entry), None, file)


# --------------------------------------------------------------------------- targets

def _target_key(target: Target) -> str:
    return f"id:{target.id}" if target.id else f"text:{_clean(target.text)}"


def _target_name(target: Target) -> str:
    return tr("Chỉ tiêu {id}", id=target.id) if target.id else tr("Chỉ tiêu (không có mã)")


def measure_text(measure: Measure | None) -> str:
    if measure is None:
        return tr("chưa lượng hóa")
    if measure.value is not None:
        text = goal_text(measure, measure.value)
    elif measure.breakdown:
        text = tr("mức riêng cho {count} cấp/đơn vị", count=len(measure.breakdown))
    else:
        text = tr("chưa ghi mức")
    if measure.year:
        text += tr(" năm {year}", year=measure.year)
    if measure.value is not None and measure.breakdown:
        text += tr(", phân theo {count} cấp/đơn vị", count=len(measure.breakdown))
    if measure.schedule:
        text += tr(", lộ trình {count} năm", count=len(measure.schedule))
    return text


def _compare_targets(old_plan: Plan, new_plan: Plan, file: str) -> Iterator[Change]:
    old = {_target_key(t): t for t in reversed(list(old_plan.targets()))}
    new_keys: set[str] = set()
    for target in new_plan.targets():
        key = _target_key(target)
        if key in new_keys:
            continue
        new_keys.add(key)
        before = old.get(key)
        if before is None:
            yield Change("target_added", new_plan.id, None,
                         tr("Thêm chỉ tiêu{id}: {text}", id=" " + target.id if target.id else "",
                            text=_q(shorten(target.text))),
                         None, _clean(target.text), file)
        else:
            yield from _compare_target(new_plan.id, before, target, file)
    for key, target in old.items():
        if key not in new_keys:
            yield Change("target_removed", new_plan.id, None,
                         tr("Bỏ chỉ tiêu{id}: {text}", id=" " + target.id if target.id else "",
                            text=_q(shorten(target.text))),
                         _clean(target.text), None, file)


def _compare_target(plan_id: str, a: Target, b: Target, file: str) -> Iterator[Change]:
    name = _target_name(b)
    if _clean(a.text) != _clean(b.text):
        yield Change("target_changed", plan_id, None,
                     tr("{name}: sửa nội dung \"{old}\" → \"{new}\"", name=name, old=shorten(a.text),
                        new=shorten(b.text)),
                     _clean(a.text), _clean(b.text), file)
    if a.measure != b.measure:
        before, after = measure_text(a.measure), measure_text(b.measure)
        detail = (f"{before} → {after}" if before != after
                  else tr("{measure} (chi tiết phân bổ hoặc lộ trình thay đổi)", measure=after))
        yield Change("target_changed", plan_id, None, tr("{name}: mức chỉ tiêu {change}", name=name, change=detail),
                     before, after, file)
    yield from _compare_results(plan_id, name, a, b, file)


def _result_key(result: Result) -> tuple[object, ...]:
    return (result.date, result.value, result.level, result.unit_name)


def _result_json(result: Result) -> dict[str, object]:
    return {"date": result.date.isoformat(), "value": result.value, "unit": result.unit,
            "level": result.level, "unit_name": result.unit_name, "source": result.source}


def result_text(result: Result, target: Target) -> str:
    unit = result.unit or (target.measure.unit if target.measure else None)
    text = tr("{value} ngày {date}", value=fmt_number(result.value, unit), date=fmt_date(result.date))
    level = tr(LEVEL_LABELS[result.level]) if result.level in LEVEL_LABELS else result.level
    details = [d for d in (result.unit_name and _q(result.unit_name), level) if d]
    if result.source:
        details.append(tr("nguồn: {source}", source=_q(shorten(result.source, 60))))
    return f"{text} ({'; '.join(details)})" if details else text


def _compare_results(plan_id: str, name: str, a: Target, b: Target, file: str) -> Iterator[Change]:
    remaining = Counter(_result_key(r) for r in a.results)
    for result in b.results:
        if remaining[_result_key(result)]:
            remaining[_result_key(result)] -= 1
            continue
        yield Change("result_added", plan_id, None, tr("{name}: ghi kết quả {result}", name=name,
                                                       result=result_text(result, b)),
                     None, _result_json(result), file)
    kept = Counter(_result_key(r) for r in b.results)
    for result in a.results:
        if kept[_result_key(result)]:
            kept[_result_key(result)] -= 1
            continue
        yield Change("result_removed", plan_id, None, tr("{name}: xóa kết quả {result}", name=name,
                                                         result=result_text(result, a)),
                     _result_json(result), None, file)


# --------------------------------------------------------------------------- output

def _revs(report: DiffReport) -> tuple[str, str]:
    return report.rev1, report.rev2 if report.rev2 is not None else tr(WORKING_TREE)


def summary_line(report: DiffReport) -> str:
    if not report.changes:
        return tr("Không có thay đổi nào trong các kế hoạch.")
    plans = len({c.plan for c in report.changes})
    parts = ", ".join(f"{count} {tr(KIND_LABELS[kind])}" for kind, count in report.summary().items())
    return tr("Tổng cộng {count} thay đổi trong {plans} kế hoạch: {parts}.", count=len(report.changes), plans=plans,
              parts=parts)


def _groups(report: DiffReport) -> list[tuple[str, str, list[Change]]]:
    """(plan id, heading, changes) in report order."""
    titles = dict(report.titles)
    groups: dict[str, list[Change]] = {}
    for change in report.changes:
        groups.setdefault(change.plan, []).append(change)
    out = []
    for pid, changes in groups.items():
        title = titles.get(pid)
        heading = f"{shorten(title, 100)} ({pid}, {changes[0].file})" if title else f"{pid} ({changes[0].file})"
        out.append((pid, heading, changes))
    return out


def write_text(report: DiffReport, stream: TextIO) -> None:
    old, new = _revs(report)
    stream.write(tr("Thay đổi kế hoạch từ {old} đến {new}", old=old, new=new) + "\n")
    for warning in report.warnings:
        stream.write(tr("Cảnh báo: {warning}", warning=warning) + "\n")
    for _, heading, changes in _groups(report):
        stream.write(f"\n{heading}\n")
        for change in changes:
            stream.write(f"  - {change.message}\n")
    stream.write(f"\n{summary_line(report)}\n")


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"})


def _md(text: str) -> str:
    """Plan text for the Markdown summary: raw HTML and comment openers neutralised
    (:func:`cchc.base.text.md_safe`), then Markdown's own marks escaped."""
    from cchc.base.text import md_safe

    return md_safe(text).translate(_MD_SPECIAL)


def write_markdown(report: DiffReport, stream: TextIO) -> None:
    old, new = _revs(report)
    stream.write("## " + tr("Thay đổi kế hoạch: {old} → {new}", old=_md(old), new=_md(new)) + "\n\n")
    for warning in report.warnings:
        stream.write(f"> **{tr('Cảnh báo:')}** {_md(warning)}\n\n")
    for _, heading, changes in _groups(report):
        stream.write(f"### {_md(heading)}\n\n")
        for change in changes:
            stream.write(f"- {_md(change.message)}\n")
        stream.write("\n")
    stream.write(f"**{_md(summary_line(report))}**\n")


def write_json(report: DiffReport, stream: TextIO) -> None:
    json.dump(report.to_json(), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_diff(report: DiffReport, fmt: str, stream: TextIO) -> None:
    """Print ``report`` as ``text``, ``markdown`` or ``json``."""
    from cchc.authoring.formats import DIFF

    if fmt not in DIFF:
        raise DiffProblem(tr("Định dạng \"{format}\" không được hỗ trợ; chọn một trong: {formats}.", format=fmt,
                             formats=DIFF.listing()))
    DIFF.writer(fmt)(report, stream)
