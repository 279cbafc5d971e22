"""Recording progress, events and results: append to a plan file without touching any other byte.

One path does every edit (``prepare_edit``): ``update``/``done`` append to a task's ``progress``
log, ``trigger`` adds a task's ``trigger`` mapping, ``result`` appends to a target's ``results``
log. The edit is surgical — new lines are inserted after the last entry of the list (or a new key
after the owner's last line), in the style of the entries already there, with the file's own line
endings and BOM. Every value is written so that it reads back as exactly the same text or number
(a label ``2025`` is quoted, so it stays text). Before anything is written the new text is read
back and checked: the data must equal the old data plus exactly the new entry, and linting it must
find nothing the file did not already have (errors always refuse; new warnings refuse unless
forced). Errors already in the file do not block: they are returned so that the caller can warn.
The write is atomic (a temporary file in the same folder, fsync, then rename) and keeps the file's
permissions. Anything unexpected refuses the edit and changes nothing.

Two writers never lose each other's entry: an edit holds an exclusive lock from the read to the
rename (``.<name>.cchc-lock`` beside the real file, ``fcntl.flock`` / ``msvcrt.locking``); the
second waits for it (``CCHC_LOCK_TIMEOUT`` seconds, default 10), then reads the file as the first
left it; past the wait it is refused. What is edited is the real file: a plan that is a symbolic
link has its target rewritten (atomically, in the target's folder), unless the target lies outside
the repository holding the link. Refused before anything is opened for writing: a file that is not
a regular file (a FIFO is never opened, a device never read), a read-only file (no write bit: the
mode bits decide, as root ignores them), and a file with several hard links (an atomic rename
would silently split them: the other names would keep the old content).
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import math
import os
import re
import stat
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from cchc.base.atomic import replace_file
from cchc.base.diagnostics import Diagnostic, JsonPath, Severity
from cchc.base.i18n import N_, data_list, tr
from cchc.checking.lint import FileResult, display_path, lint_loaded
from cchc.checking.rules.progress_date_window import period_text, plausible_window
from cchc.deriving.status import task_deadline
from cchc.reading.deadline import Deadline
from cchc.reading.load import LoadedYaml, decode, load_text, os_error_text, split_lines
from cchc.reading.model import Plan, Target, Task

STATUSES = ("done", "doing", "blocked", "cancelled")
STATUS_LABELS = {"done": N_("hoàn thành"), "doing": N_("đang thực hiện"), "blocked": N_("gặp vướng mắc"),
                 "cancelled": N_("không thực hiện")}
LEVELS = ("tinh", "huyen", "xa")
LOCK_TIMEOUT_ENV = "CCHC_LOCK_TIMEOUT"  # seconds an edit waits for another writer's lock (default 10)
LOCK_TIMEOUT = 10.0


class UpdateRefused(Exception):
    """The update was refused; the file is unchanged."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UnknownSubject(UpdateRefused):
    """The task or target named is not in the plan."""


@dataclass(frozen=True)
class ProgressUpdate:
    """One progress entry to record. ``date`` None means "today" (the ``today`` of the call)."""

    task_id: str
    status: str
    date: dt.date | None
    note: str | None = None
    evidence: str | None = None
    occurrence: str | None = None
    by: str | None = None

    def entry(self, day: dt.date | None = None) -> dict[str, Any]:
        when = day or self.date
        if when is None:
            raise ValueError("a progress entry needs a date")
        out: dict[str, Any] = {"date": when.isoformat(), "status": self.status}
        if self.occurrence:
            out["occurrence"] = self.occurrence
        for key in ("note", "evidence", "by"):
            value = getattr(self, key)
            if value:
                out[key] = value
        return out


@dataclass(frozen=True)
class TriggerUpdate:
    """The event a conditional deadline waits for: it occurred on ``date``; the task then has
    ``days`` and/or ``months`` (at least one) to be done. ``source`` names the document."""

    task_id: str
    date: dt.date | None
    days: int | None = None
    months: int | None = None
    source: str | None = None


@dataclass(frozen=True)
class ResultUpdate:
    """A target's measured ``value`` for ``year``, dated ``date`` (default: 31/12 of the year, or
    today while the year is running). ``source`` is the evidence (report, document)."""

    target_id: str
    year: int
    value: float
    date: dt.date | None = None
    source: str | None = None
    note: str | None = None
    unit: str | None = None
    level: str | None = None
    unit_name: str | None = None


@dataclass(frozen=True)
class Addition:
    """What one edit adds: ``value`` as the last item of the list ``owner[key]`` (``item``), or as
    the new key ``owner[key]`` (not ``item``; the key must be absent)."""

    owner: JsonPath
    key: str
    value: dict[str, Any]
    subject: str  # the task's reference or the target's id, for messages
    item: bool = True


@dataclass(frozen=True)
class UpdateResult:
    path: Path
    task_ref: str
    added: tuple[str, ...]  # the inserted lines, without line endings
    diff: str
    written: bool
    existing_errors: tuple[Diagnostic, ...] = ()  # errors the file had before (not caused by the edit)
    new_warnings: tuple[Diagnostic, ...] = ()  # warnings the edit adds (only with force)
    date: dt.date | None = None  # the date written


# ------------------------------------------------------------------ addressing tasks and targets

def _norm_ref(ref: str) -> str:
    return re.sub(r"[\s)]", "", ref).rstrip(".").casefold()


def _line_of(loaded: LoadedYaml | None, path: JsonPath) -> int | None:
    if loaded is None:
        return None
    span = loaded.spans.get(path)
    return span.line if span is not None else None


def _suggested_key(ref: str, index: int, taken: set[str]) -> str:
    base = re.sub(r"[\s#)]+", "", ref).rstrip(".") or "nv"
    for n in range(index, index + 100):
        candidate = f"{base}-{n}"
        if candidate.casefold() not in taken:
            return candidate
    return f"{base}-{index}"  # pragma: no cover - a hundred taken keys


def find_task(plan: Plan, task_id: str, loaded: LoadedYaml | None = None) -> Task:
    """The task ``task_id`` names: its ``key``, else its full printed reference.

    Of tasks sharing a reference, one without a ``key`` answers to the reference (the others are
    reached by their keys). Several tasks without a key are ambiguous: the refusal names each with
    its line (when ``loaded`` is given) and a ``key:`` to add."""
    wanted = _norm_ref(task_id)
    tasks = [task for _, task in plan.tasks()]
    by_key = [t for t in tasks if t.key and t.key.casefold() == task_id.strip().casefold()]
    if len(by_key) == 1:
        return by_key[0]
    matches = by_key or [t for t in tasks if _norm_ref(t.ref) == wanted]
    if len(matches) == 1:
        return matches[0]
    unkeyed = [t for t in matches if not t.key]
    if len(matches) > 1 and len(unkeyed) == 1 and not by_key:
        return unkeyed[0]
    if len(matches) > 1:
        taken = {t.key.casefold() for t in tasks if t.key}
        keyed = [t.key for t in matches if t.key]
        candidates = []
        for index, task in enumerate(unkeyed or matches, start=1):
            line = _line_of(loaded, task.path)
            new_key = _suggested_key(task.ref, index, taken)
            taken.add(new_key.casefold())
            candidates.append(tr("dòng {line}: thêm key: {key}", line=line, key=new_key) if line is not None else
                              tr("thêm key: {key}", key=new_key))
        hint = tr("Thêm key: riêng (dưới dòng id:) cho các nhiệm vụ trùng số — {candidates} — rồi dùng key đó; "
                  "nhiệm vụ duy nhất không có key sẽ ứng với số thứ tự.",
                  candidates="; ".join(candidates))
        if keyed:
            hint += " " + tr("Các nhiệm vụ đã có key: {keys}.", keys=data_list(keyed))
        raise UpdateRefused(tr("Số thứ tự \"{number}\" trùng nhau ở {count} nhiệm vụ trong kế hoạch.", number=task_id,
                               count=len(matches)), hint)
    refs = [t.key or t.ref for t in tasks]
    close = difflib.get_close_matches(task_id, refs, n=3, cutoff=0.5)
    hint = (tr("Có phải ý bạn là {names}? ", names=", ".join(f"\"{c}\"" for c in close)) if close else "") + \
        tr("Số thứ tự viết đầy đủ theo nhóm, ví dụ VII.1, VII.10.a), hoặc dùng key của nhiệm vụ.")
    raise UnknownSubject(tr("Không có nhiệm vụ \"{task}\" trong kế hoạch {plan}.", task=task_id, plan=plan.id), hint)


def find_target(plan: Plan, target_id: str, loaded: LoadedYaml | None = None) -> Target:
    """The target whose ``id`` is ``target_id`` (case and surrounding spaces do not matter)."""
    wanted = target_id.strip().casefold()
    targets = list(plan.targets())
    matches = [t for t in targets if t.id is not None and str(t.id).strip().casefold() == wanted]
    if len(matches) == 1:
        return matches[0]
    if matches:
        lines = ", ".join(str(_line_of(loaded, t.path) or "?") for t in matches)
        raise UpdateRefused(tr("Mã chỉ tiêu \"{target}\" trùng nhau ở {count} chỉ tiêu (dòng {lines}).", target=target_id,
                               count=len(matches), lines=lines),
                            tr("Sửa id: của các chỉ tiêu này cho khác nhau, rồi chạy lại."))
    ids = [str(t.id) for t in targets if t.id is not None]
    if not targets:
        raise UpdateRefused(tr("Kế hoạch {plan} không có chỉ tiêu (targets) nào.", plan=plan.id),
                            tr("Chỉ tiêu được ghi trong khóa targets: của các mục mục tiêu; xem README, mục Targets."))
    close = difflib.get_close_matches(target_id, ids, n=3, cutoff=0.5)
    hint = (tr("Có phải ý bạn là {names}? ", names=", ".join(f"\"{c}\"" for c in close)) if close else "")
    unnamed = [t for t in targets if t.id is None]
    if unnamed:
        line = _line_of(loaded, unnamed[0].path)
        hint += tr("{count} chỉ tiêu chưa có id (đầu tiên ở dòng {line}): thêm id: để ghi kết quả cho chỉ tiêu đó.",
                   count=len(unnamed), line=line if line is not None else "?")
    else:
        hint += tr("Xem mã các chỉ tiêu bằng cchc targets {plan} --format json.", plan=plan.source)
    raise UnknownSubject(tr("Không có chỉ tiêu \"{target}\" trong kế hoạch {plan}.", target=target_id, plan=plan.id),
                        hint.strip())


# ------------------------------------------------------------------ dates that make sense

def check_day(plan: Plan, day: dt.date | None, today: dt.date, *, force: bool = False,
              option: str = "--date") -> dt.date:
    """The date to write: ``day``, or ``today`` when none is given and the plan's period is not over.

    Refused (unless ``force``): a date after ``today``, or outside the plausible window of the plan
    (a year before its period to a year after it — the window lint rule P004 checks). A plan whose
    period has ended needs an explicit date: today's would silently record the work as late."""
    first, last = plausible_window(plan.period)
    if day is None:
        if today > dt.date(min(max(plan.period.start, plan.period.end), dt.MAXYEAR), 12, 31):
            raise UpdateRefused(
                tr("Thời kỳ của kế hoạch {plan} ({period}) đã kết thúc: cần ghi rõ ngày bằng {option}.",
                   plan=plan.id, period=period_text(plan.period), option=option),
                tr("Ghi ngày thực tế, ví dụ {option} 2021-12-20; ghi ngày hôm nay sẽ làm nhiệm vụ bị tính là chậm.",
                   option=option))
        day = today
    if force:
        return day
    if day > today:
        raise UpdateRefused(tr("Ngày {date:%d/%m/%Y} ở sau hôm nay ({today:%d/%m/%Y}).", date=day, today=today),
                            tr("Kiểm tra lại {option}; nếu đúng là ngày đó, thêm --force.", option=option))
    if not first <= day <= last:
        raise UpdateRefused(
            tr("Ngày {date:%d/%m/%Y} nằm ngoài khoảng hợp lý của kế hoạch {plan} ({first:%d/%m/%Y}–{last:%d/%m/%Y}: "
               "từ một năm trước đến một năm sau thời kỳ {period}).", date=day, plan=plan.id, first=first,
               last=last, period=period_text(plan.period)),
            tr("Thường do gõ nhầm năm; kiểm tra lại {option}. Nếu đúng là ngày đó, thêm --force.", option=option))
    return day


def _check_progress(task: Task, update: ProgressUpdate, day: dt.date, deadline: Any) -> None:
    if task.progress:
        last = task.progress[-1]
        if day < last.date:
            raise UpdateRefused(
                tr("Ngày {date:%d/%m/%Y} sớm hơn dòng tiến độ cuối của nhiệm vụ ({last:%d/%m/%Y}).",
                   date=day, last=last.date),
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


def _leaf(task: Task) -> None:
    if task.subtasks:
        raise UpdateRefused(tr("Nhiệm vụ {ref} có nhiệm vụ con; tiến độ được ghi cho từng nhiệm vụ con.", ref=task.ref),
                            tr("Cập nhật {refs}.", refs=", ".join(s.key or s.ref for s in task.subtasks)))


# ------------------------------------------------------------------ the three kinds of edit

def progress_addition(update: ProgressUpdate, today: dt.date, force: bool = False
                      ) -> Callable[[Plan, LoadedYaml], Addition]:
    def build(plan: Plan, loaded: LoadedYaml) -> Addition:
        if update.status not in STATUSES:
            raise UpdateRefused(tr("Trạng thái \"{status}\" không hợp lệ.", status=update.status),
                                tr("Dùng: {statuses}.", statuses=", ".join(STATUSES)))
        task = find_task(plan, update.task_id, loaded)
        _leaf(task)
        day = check_day(plan, update.date, today, force=force)
        _check_progress(task, update, day, task_deadline(plan, task))
        return Addition(task.path, "progress", update.entry(day), task.key or task.ref)
    return build


def trigger_addition(update: TriggerUpdate, today: dt.date, force: bool = False
                     ) -> Callable[[Plan, LoadedYaml], Addition]:
    def build(plan: Plan, loaded: LoadedYaml) -> Addition:
        task = find_task(plan, update.task_id, loaded)
        deadline = task_deadline(plan, task)
        if not (isinstance(deadline, Deadline) and deadline.kind == "conditional") or task.due is not None:
            raise UpdateRefused(
                tr("Thời hạn của nhiệm vụ {ref} (\"{deadline}\") không phải dạng chờ điều kiện; không cần ghi trigger.",
                   ref=task.ref, deadline=task.deadline or ""),
                tr("trigger chỉ dùng cho thời hạn như \"Sau khi có văn bản hướng dẫn…\"; ghi tiến độ bằng cchc update."))
        if task.trigger is not None:
            line = _line_of(loaded, (*task.path, "trigger"))
            raise UpdateRefused(
                tr("Nhiệm vụ {ref} đã ghi điều kiện phát sinh ngày {date:%d/%m/%Y} (dòng {line}); cchc không ghi đè.",
                   ref=task.ref, date=task.trigger.date, line=line if line is not None else "?"),
                tr("Nếu cần sửa, sửa trực tiếp khóa trigger: trong tệp (git giữ lại bản cũ)."))
        if update.days is None and update.months is None:
            raise UpdateRefused(tr("Chưa cho biết thời gian được giao để thực hiện kể từ ngày phát sinh."),
                                tr("Thêm --days N hoặc --months N, ví dụ --days 30 (hạn = ngày phát sinh + 30 ngày)."))
        for allowed, limit, option in ((update.days, 3650, "--days"), (update.months, 120, "--months")):
            if allowed is not None and not 0 <= allowed <= limit:
                raise UpdateRefused(tr("{option} phải từ 0 đến {limit}.", option=option, limit=limit),
                                    tr("Kiểm tra lại {option}.", option=option))
        day = check_day(plan, update.date, today, force=force)
        value: dict[str, Any] = {"date": day.isoformat()}
        if update.days is not None:
            value["days"] = update.days
        if update.months is not None:
            value["months"] = update.months
        if update.source:
            value["source"] = update.source
        return Addition(task.path, "trigger", value, task.key or task.ref, item=False)
    return build


def result_addition(update: ResultUpdate, today: dt.date, force: bool = False
                    ) -> Callable[[Plan, LoadedYaml], Addition]:
    def build(plan: Plan, loaded: LoadedYaml) -> Addition:
        target = find_target(plan, update.target_id, loaded)
        if not math.isfinite(update.value):
            raise UpdateRefused(tr("Giá trị \"{value}\" không phải một số.", value=update.value),
                                tr("Ghi --value dạng số, ví dụ 85 hoặc 85.5."))
        measure = target.measure
        if measure is not None and measure.breakdown and not (update.level or update.unit_name):
            parts = [share.level or share.unit_name or "" for share in measure.breakdown]
            raise UpdateRefused(tr("Chỉ tiêu {target} được giao theo từng phần ({parts}): cần cho biết kết quả của phần nào.",
                                   target=update.target_id, parts=", ".join(parts)),
                                tr("Thêm --level tinh|huyen|xa hoặc --unit-name \"…\"."))
        if update.level is not None and update.level not in LEVELS:
            raise UpdateRefused(tr("Cấp \"{level}\" không hợp lệ.", level=update.level),
                                tr("Dùng: {levels}.", levels=", ".join(LEVELS)))
        year_end = dt.date(update.year, 12, 31)
        if update.date is not None:
            if update.date.year != update.year:
                raise UpdateRefused(tr("Ngày {date:%d/%m/%Y} không thuộc năm {year}.", date=update.date, year=update.year),
                                    tr("Ngày kết quả là ngày số liệu trong năm được đo; bỏ --date để dùng 31/12/{year}.",
                                       year=update.year))
            wanted: dt.date | None = update.date
        elif year_end <= today or force:
            wanted = year_end
        elif today.year == update.year:
            wanted = today
        else:
            raise UpdateRefused(tr("Năm {year} chưa đến (hôm nay {today:%d/%m/%Y}).", year=update.year, today=today),
                                tr("Kiểm tra lại --year; nếu đúng, thêm --force."))
        day = check_day(plan, wanted, today, force=force)
        if target.results and day < target.results[-1].date:
            raise UpdateRefused(
                tr("Ngày {date:%d/%m/%Y} sớm hơn kết quả cuối đã ghi của chỉ tiêu ({last:%d/%m/%Y}).",
                   date=day, last=target.results[-1].date),
                tr("Nhật ký kết quả chỉ ghi thêm theo thứ tự thời gian; kiểm tra lại --year, --date."))
        value: dict[str, Any] = {"date": day.isoformat(),
                                 "value": int(update.value) if float(update.value).is_integer() else update.value}
        for key in ("unit", "level", "unit_name", "source", "note"):
            text = getattr(update, key)
            if text:
                value[key] = text
        return Addition(target.path, "results", value, str(target.id))
    return build


# ------------------------------------------------------------------ writing values that read back

_PLAIN_WORDS = frozenset(STATUSES) | frozenset(LEVELS)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly ``text``: quotes, backslashes and
    every control, format, separator and unassigned character escaped (the value stays on one
    line, and nothing invisible lands in the file)."""
    out = ['"']
    for char in text:
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif char == " " or not unicodedata.category(char).startswith(("C", "Z")):
            out.append(char)  # letters, marks, digits, punctuation, symbols: as typed
        else:
            code = ord(char)
            out.append(f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}")
    out.append('"')
    return "".join(out)


def yaml_scalar(value: Any) -> str:
    """How a value we write appears in the file: dates and the fixed words of the format plain,
    numbers as numbers, every other text double-quoted (so ``2025``, ``null``, ``yes``, ``#`` stay text)."""
    if isinstance(value, bool):
        raise TypeError("booleans are never written")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        if "e" in text or "E" in text:  # 1e-05: plain digits, as people write them
            text = format(Decimal(text), "f")
            text = text if "." in text else text + ".0"
        return text
    text = str(value)
    if _ISO_DATE.fullmatch(text) or text in _PLAIN_WORDS:
        return text
    return _quoted(text)


def _mapping_lines(value: dict[str, Any], first_prefix: str, indent: str) -> list[str]:
    keys = list(value)
    lines = [f"{first_prefix}{keys[0]}: {yaml_scalar(value[keys[0]])}"]
    lines += [f"{indent}{key}: {yaml_scalar(value[key])}" for key in keys[1:]]
    return lines


def _entry_lines(entry: dict[str, Any], dash_indent: str, style: str) -> list[str]:
    if style == "flow":
        body = ", ".join(f"{key}: {yaml_scalar(value)}" for key, value in entry.items())
        return [f"{dash_indent}- {{{body}}}"]
    return _mapping_lines(entry, f"{dash_indent}- ", f"{dash_indent}  ")


def _newline_of(lines: list[str], index: int) -> str:
    for probe in (index, index - 1, index + 1, 0):
        if 0 <= probe < len(lines):
            for ending in ("\r\n", "\n", "\r"):
                if lines[probe].endswith(ending):
                    return ending
    return "\n"


def _at(data: Any, path: JsonPath) -> Any:
    node = data
    for part in path:
        node = node[part]
    return node


def plan_insertion(text: str, loaded: LoadedYaml, addition: Addition) -> tuple[list[str], int, list[str]]:
    """Where and what to insert: (all lines with endings, index to insert at, new lines without endings)."""
    lines = split_lines(text, keepends=True)
    spans, key_spans = loaded.spans, loaded.key_spans
    subject = addition.subject
    owner_span = spans[addition.owner]
    owner = _at(loaded.data, addition.owner)
    line_text = lines[owner_span.line - 1] if owner_span.line - 1 < len(lines) else ""
    if line_text[owner_span.column - 1: owner_span.column] == "{" or not isinstance(owner, dict) or not owner:
        raise UpdateRefused(tr("Mục {ref} được viết dạng một dòng {{…}}; cchc không tự sửa dạng này.", ref=subject),
                            tr("Viết mục này thành nhiều dòng (mỗi khóa một dòng) rồi chạy lại."))
    list_path = (*addition.owner, addition.key)
    if addition.key in owner:
        existing = owner[addition.key]
        if not addition.item:
            raise UpdateRefused(tr("Mục {ref} đã có khóa {key}; cchc không ghi đè.", ref=subject, key=addition.key),
                                tr("Sửa trực tiếp khóa {key} trong tệp nếu cần.", key=addition.key))
        if not existing or not isinstance(existing, list):
            raise UpdateRefused(tr("Khóa {key} của {ref} đang để trống dạng [] hoặc null.", key=addition.key, ref=subject),
                                tr("Xóa dòng \"{key}:\" (cchc sẽ tự thêm), hoặc ghi dòng đầu tiên theo dạng khối.",
                                   key=addition.key))
        seq_span = spans[list_path]
        seq_line = lines[seq_span.line - 1]
        if seq_line[seq_span.column - 1: seq_span.column] == "[":
            raise UpdateRefused(tr("Danh sách {key} của {ref} viết dạng [ … ] trên một dòng.", key=addition.key, ref=subject),
                                tr("Viết mỗi dòng thành một phần tử bắt đầu bằng \"- \" rồi chạy lại."))
        last_item = spans[(*list_path, len(existing) - 1)]
        item_line = lines[last_item.line - 1]
        dash = item_line.rfind("- ", 0, last_item.column)
        if dash < 0 or item_line[:dash].strip():
            raise UpdateRefused(tr("Không xác định được vị trí ghi thêm trong danh sách {key} của {ref}.",
                                   key=addition.key, ref=subject),
                                tr("Viết mỗi dòng thành một phần tử bắt đầu bằng \"- \" ở đầu dòng."))
        style = "flow" if item_line[last_item.column - 1: last_item.column] == "{" else "block"
        return lines, last_item.end_line, _entry_lines(addition.value, item_line[:dash], style)
    first_key = key_spans.get((*addition.owner, next(iter(owner))))
    if first_key is None:
        raise UpdateRefused(tr("Không xác định được vị trí của {ref}.", ref=subject), "")
    indent = " " * (first_key.column - 1)  # the owner's keys all sit at the column of its first key
    if addition.item:
        new = [f"{indent}{addition.key}:"] + _entry_lines(addition.value, indent + "  ", "block")
    else:
        new = [f"{indent}{addition.key}:"] + _mapping_lines(addition.value, indent + "  ", indent + "  ")
    return lines, owner_span.end_line, new


# ------------------------------------------------------------------ the one edit path

def _not_regular(path: Path, mode: int) -> UpdateRefused:
    kind = (tr("là thư mục") if stat.S_ISDIR(mode) else
            tr("là một đường ống (FIFO), không phải tệp thường") if stat.S_ISFIFO(mode) else
            tr("là thiết bị, không phải tệp thường") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
            tr("không phải tệp thường"))
    return UpdateRefused(tr("Tệp {path} {kind}.", path=path, kind=kind),
                         tr("Chỉ tệp kế hoạch thường (.yaml) được cập nhật; kiểm tra đường dẫn."))


def _read(path: Path) -> tuple[bytes, str]:
    """The bytes of a regular file: anything else is refused after a ``stat`` and never opened (a
    FIFO would block, ``/dev/zero`` never ends); the open does not block and is checked again."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            opened = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(opened):  # swapped between the stat and the open
                raise _not_regular(path, opened)
            raw = handle.read()
    except OSError as exc:
        raise UpdateRefused(tr("Không đọc được tệp {path}: {error}.", path=path, error=os_error_text(exc)),
                            tr("Kiểm tra đường dẫn.")) from None
    text, problem = decode(raw)
    if text is None:
        raise UpdateRefused(problem.message if problem else tr("Không đọc được tệp."), problem.hint if problem else "")
    return raw, text


def _errors(result: FileResult) -> list[Diagnostic]:
    return [d for d in result.diagnostics if d.severity == Severity.ERROR]


def prepare_edit(path: Path, build: Callable[[Plan, LoadedYaml], Addition], *, force: bool = False
                 ) -> tuple[bytes, bytes, UpdateResult]:
    """Compute the new file content for one addition; raises UpdateRefused.

    ``build`` finds what to add in the plan (and refuses what makes no sense). The file may hold
    lint errors — they are returned in ``existing_errors`` — but must read as a plan."""
    raw, text = _read(path)
    bom = raw.startswith(b"\xef\xbb\xbf")
    loaded = load_text(text, display_path(path))  # the very text that will be edited, read once
    before = lint_loaded(loaded, path)
    plan = before.plan
    existing = _errors(before)
    if plan is None:
        first = existing[0] if existing else None
        where = tr(" (đầu tiên: dòng {line}: {message})", line=first.span.line, message=first.message) if first else ""
        raise UpdateRefused(tr("Tệp {path} không đọc được thành một kế hoạch ({count} lỗi){where}.", path=before.path,
                               count=len(existing), where=where),
                            tr("Sửa lỗi trước (chạy cchc lint {path}), rồi cập nhật lại.", path=before.path))
    try:
        addition = build(plan, loaded)
    except UnknownSubject as refused:
        if existing:
            refused.hint += " " + tr("Tệp đang có {count} lỗi; mục có lỗi kiểu dữ liệu bị bỏ qua (chạy cchc lint {path}).",
                                     count=len(existing), path=before.path)
        raise
    lines, index, new = plan_insertion(text, loaded, addition)
    newline = _newline_of(lines, index - 1)
    out = list(lines)
    if index > 0 and not re.search(r"(\r\n|[\r\n\x85\u2028\u2029])$", out[index - 1]):
        out[index - 1] = out[index - 1] + newline
    out[index:index] = [line + newline for line in new]
    new_text = "".join(out)
    warnings = _verify(loaded, new_text, before, addition, path, index, len(new), force)
    diff = "".join(difflib.unified_diff(split_lines(text, True), split_lines(new_text, True),
                                        fromfile=before.path, tofile=before.path, n=1))
    new_raw = (b"\xef\xbb\xbf" if bom else b"") + new_text.encode("utf-8")
    day = addition.value.get("date")
    return raw, new_raw, UpdateResult(path, addition.subject, tuple(new), diff, False, tuple(existing), warnings,
                                      dt.date.fromisoformat(day) if isinstance(day, str) else None)


def _finding_key(diagnostic: Diagnostic, index: int, count: int) -> tuple[str, int, int] | None:
    """Where a finding of the new text was in the old one (None: on an inserted line)."""
    line = diagnostic.span.line
    if index < line <= index + count:
        return None
    return diagnostic.code, line - count if line > index + count else line, diagnostic.span.column


def _verify(old: LoadedYaml, new_text: str, before: FileResult, addition: Addition, path: Path, index: int,
            count: int, force: bool) -> tuple[Diagnostic, ...]:
    new = load_text(new_text, before.path)
    if not new.ok:
        raise UpdateRefused(tr("Không ghi được: nội dung sau khi thêm không còn là YAML hợp lệ."),
                            tr("Báo lỗi này cho nhóm phát triển kèm tệp kế hoạch."))
    expected = copy.deepcopy(old.data)
    owner = _at(expected, addition.owner)
    if addition.item:
        owner.setdefault(addition.key, []).append(addition.value)
    else:
        owner[addition.key] = addition.value
    if not _same(new.data, expected):
        raise UpdateRefused(tr("Không ghi được: kiểm tra lại sau khi thêm cho thấy dữ liệu khác ngoài dòng mới."),
                            tr("Báo lỗi này cho nhóm phát triển kèm tệp kế hoạch."))
    after = lint_loaded(new, path, registry=before.registry)
    had = Counter((d.code, d.span.line, d.span.column) for d in before.diagnostics)
    added: list[Diagnostic] = []
    for diagnostic in after.diagnostics:
        key = _finding_key(diagnostic, index, count)
        if key is not None and had[key] > 0:
            had[key] -= 1
        else:
            added.append(diagnostic)
    errors = [d for d in added if d.severity == Severity.ERROR]
    if errors:
        raise UpdateRefused(tr("Không ghi: dòng mới gây lỗi {code}: {message}", code=errors[0].code,
                               message=errors[0].message),
                            errors[0].hint)
    if added and not force:
        raise UpdateRefused(tr("Không ghi: dòng mới gây cảnh báo {code}: {message}", code=added[0].code,
                               message=added[0].message),
                            (added[0].hint + " " if added[0].hint else "") + tr("Nếu đúng như vậy, thêm --force."))
    return tuple(added)


def _same(a: Any, b: Any) -> bool:
    """Equal data, types included: the text "2025" is not the number 2025, nor True the number 1."""
    if type(a) is not type(b) and not (isinstance(a, int | float) and isinstance(b, int | float)
                                       and not isinstance(a, bool) and not isinstance(b, bool)):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


# ------------------------------------------------------------------ what may be edited, and the lock

def edit_target(path: Path) -> Path:
    """The file an edit of ``path`` writes: ``path``, or the file its symbolic links lead to.

    Refused (UpdateRefused, nothing opened for writing): a link that leads outside the git
    repository holding it, or into its ``.git``; a file that is not a regular file; a read-only file
    (no write bit in its mode: the bits decide, since root may write anyway, and so may a rename
    for anyone); a file with more than one hard link."""
    from cchc.base.confine import escapes, repository_root

    shown = display_path(path)
    try:
        info = os.stat(path)
        real = path.resolve(strict=True) if os.path.islink(path) else path
    except (OSError, RuntimeError) as exc:
        error = os_error_text(exc) if isinstance(exc, OSError) else tr("liên kết tượng trưng vòng tròn")
        raise UpdateRefused(tr("Không đọc được tệp {path}: {error}.", path=shown, error=error),
                            tr("Kiểm tra đường dẫn.")) from None
    if real != path and escapes(path, repository_root(path.absolute().parent)):
        raise UpdateRefused(tr("Tệp {path} là liên kết tượng trưng trỏ tới {target}, ngoài kho git "
                               "chứa nó (hoặc trong .git).", path=shown, target=real),
                            tr("Cập nhật thẳng tệp thật (ghi đường dẫn của nó) nếu đúng là muốn sửa tệp đó."))
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(Path(shown), info.st_mode)
    if not info.st_mode & 0o222 or (hasattr(os, "geteuid") and os.geteuid() != 0 and not os.access(real, os.W_OK)):
        raise UpdateRefused(tr("Tệp {path} chỉ cho đọc (quyền {mode:o}).", path=shown,
                               mode=stat.S_IMODE(info.st_mode)),
                            tr("Tệp được đặt chỉ đọc có chủ ý: nếu đúng là cần ghi, cấp quyền ghi (chmod u+w) rồi chạy lại."))
    if info.st_nlink > 1:
        raise UpdateRefused(tr("Tệp {path} có {count} tên (liên kết cứng); ghi nguyên tử sẽ tách các "
                               "tên đó và các tên kia giữ nội dung cũ.", path=shown, count=info.st_nlink),
                            tr("Tách liên kết trước (cp {path} tam && mv tam {path}), hoặc dùng liên kết tượng trưng.",
                               path=shown))
    return real


def _lock_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get(LOCK_TIMEOUT_ENV, LOCK_TIMEOUT)))
    except ValueError:
        return LOCK_TIMEOUT


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock of ``fd`` without waiting (False: another process holds it)."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class edit_lock:  # noqa: N801 - used as a context manager, like open()
    """The exclusive lock of one plan file, held from its read to its rename.

    The lock file ``.<name>.cchc-lock`` beside the file is removed when the lock is released; a
    waiter that got the lock of a removed file (its inode no longer the path's) tries again, so
    removal never lets two writers in. Past the timeout: UpdateRefused, nothing written."""

    def __init__(self, path: Path, timeout: float | None = None) -> None:
        self.path = path.parent / f".{path.name}.cchc-lock"
        self.shown = display_path(path)
        self.timeout = _lock_timeout() if timeout is None else timeout
        self.fd: int | None = None

    def __enter__(self) -> edit_lock:
        import time

        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
            except OSError as exc:
                raise UpdateRefused(tr("Không tạo được tệp khóa {lock}: {error}.", lock=display_path(self.path),
                                       error=os_error_text(exc)),
                                    tr("Cần quyền ghi vào thư mục của tệp kế hoạch.")) from None
            if _try_lock(fd):
                try:
                    same = os.path.samestat(os.fstat(fd), os.stat(self.path))
                except OSError:
                    same = False
                if same:
                    self.fd = fd
                    return self
            os.close(fd)
            if time.monotonic() >= deadline:
                raise UpdateRefused(
                    tr("Tệp {path} đang được một lệnh cchc khác cập nhật (đã chờ {seconds:g} giây).", path=self.shown,
                       seconds=self.timeout),
                    tr("Chờ lệnh kia xong rồi chạy lại. Nếu không còn lệnh nào đang chạy, xóa tệp khóa {lock}.",
                       lock=display_path(self.path)))
            time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        if self.fd is None:
            return
        try:
            if sys.platform != "win32":
                os.unlink(self.path)  # while still holding it: see the class docstring
        except OSError:
            pass
        finally:
            os.close(self.fd)  # releases the lock
            self.fd = None


def write_atomic(path: Path, data: bytes, expected_old: bytes | None = None) -> None:
    """Write ``data`` to ``path`` atomically (:func:`cchc.base.atomic.replace_file`: keeping its
    permissions, a symbolic link's target rewritten); refuses if it changed meanwhile. Callers that
    may race hold :class:`edit_lock` around the read and this call."""
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    if expected_old is not None and _read(path)[0] != expected_old:
        raise UpdateRefused(tr("Tệp {path} vừa bị thay đổi bởi chương trình khác trong lúc cập nhật.", path=path),
                            tr("Chạy lại lệnh."))
    replace_file(path, data)


def _apply(path: Path, build: Callable[[Plan, LoadedYaml], Addition], *, dry_run: bool, force: bool) -> UpdateResult:
    real = edit_target(path)  # a dry run says what the real run would refuse
    if dry_run:
        _, _, result = prepare_edit(path, build, force=force)
        return result
    with edit_lock(real):  # from the read to the rename: a second writer reads what this one wrote
        if edit_target(path) != real:  # again, under the lock: the link may have been moved meanwhile
            raise UpdateRefused(tr("Tệp {path} vừa bị thay đổi bởi chương trình khác trong lúc cập nhật.", path=path),
                                tr("Chạy lại lệnh."))
        old, new, result = prepare_edit(path, build, force=force)
        write_atomic(real, new, old)
    return UpdateResult(result.path, result.task_ref, result.added, result.diff, True, result.existing_errors,
                        result.new_warnings, result.date)


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else dt.date.today()


def prepare_update(path: Path, update: ProgressUpdate, *, today: dt.date | None = None,
                   force: bool = False) -> tuple[bytes, bytes, UpdateResult]:
    """Compute the new file content for a progress entry; raises UpdateRefused."""
    return prepare_edit(path, progress_addition(update, _today(today), force), force=force)


def update_progress(path: Path, update: ProgressUpdate, *, dry_run: bool = False, today: dt.date | None = None,
                    force: bool = False) -> UpdateResult:
    """Append a progress entry to a task's log. ``today`` (default: the system date) decides which
    dates are in the future and stands in for a missing ``update.date``."""
    return _apply(path, progress_addition(update, _today(today), force), dry_run=dry_run, force=force)


def record_trigger(path: Path, update: TriggerUpdate, *, dry_run: bool = False, today: dt.date | None = None,
                   force: bool = False) -> UpdateResult:
    """Record that a conditional task's condition occurred: adds the task's ``trigger`` mapping."""
    return _apply(path, trigger_addition(update, _today(today), force), dry_run=dry_run, force=force)


def record_result(path: Path, update: ResultUpdate, *, dry_run: bool = False, today: dt.date | None = None,
                  force: bool = False) -> UpdateResult:
    """Append a measured result to a target's ``results`` log."""
    return _apply(path, result_addition(update, _today(today), force), dry_run=dry_run, force=force)
