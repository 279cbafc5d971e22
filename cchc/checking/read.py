"""The read stage: every reading command's pipeline, in one function.

:func:`read` finds the YAML files under the paths given, keys each file once by the bytes it
reads (the file's, and those of every agency registry its answer depends on: see
:func:`cchc.reading.agencies.registry_chain`), asks the cache once per file, checks the misses
(:func:`cchc.checking.check.check`, in worker processes for large inputs) and runs the calling
command's own per-file step on every record. It never knows which command called it: ``cchc lint``
passes no step and runs the link pass afterwards (:mod:`cchc.checking.lint`), ``cchc status``
passes the step that draws a plan's table.

The cache wraps the check, it is not woven through it: a hit is a record rebuilt from its JSON
entry (the plan model stays in its own entry, built only when asked: :class:`LazyPlan`); a miss
is checked from the very bytes its key was made from, so a file changed during the run is never
stored under the key of its new content.

Garbage collection: see :func:`cchc.base.memory.collect_rarely` (set once per run).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cchc.base.confine import (
    escapes,
    folder_problem,
    in_git_folder,
    outside_name,
    scan_limit,
)
from cchc.base.diagnostics import Diagnostic, Severity, Span
from cchc.base.i18n import (
    N_,
    Deferred,
    Unencodable,
    decode_text,
    encode_text,
    language,
    msg,
    set_language,
)
from cchc.checking import rules as rule_registry
from cchc.checking.check import (
    Checked,
    FileResult,
    LazyPlan,
    Registries,
    check,
    display_path,
    file_kind,
)
from cchc.reading.cache import Cache
from cchc.reading.files import read_bytes
from cchc.reading.load import decode, os_error_text

YAML_SUFFIXES = (".yaml", ".yml")

#: Below this many files to check, worker processes cost more than they save.
PARALLEL_THRESHOLD = 16

#: A command's own per-file step: run on each file's record, in the process that holds it (a
#: worker that read the file, while its model is at hand); what it returns is the record's
#: ``derived`` (None when it raised). It must be picklable (a module function or a partial).
PerFile = Callable[[FileResult], Any]


@dataclass(frozen=True)
class ReadResult:
    files: tuple[FileResult, ...]  # in path order
    missing: tuple[str, ...]  # paths given that do not exist
    crashed: int  # files whose worker process died (checked again here)
    registries: Registries  # the run's agency registries (each read once)


def _kind_of(path: Path) -> str | None:
    """None for a regular file; otherwise why it cannot be read as a plan (in Vietnamese)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return os_error_text(exc)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return msg("là thư mục")
    if stat.S_ISFIFO(mode):
        return msg("là một đường ống (FIFO), không phải tệp thường")
    return msg("không phải tệp thường")


_UNUSABLE_HINT = N_("Kiểm tra tệp này (liên kết tượng trưng, quyền đọc); các tệp khác vẫn được kiểm tra.")
_OUTSIDE_HINT = N_("cchc không đi theo liên kết tượng trưng tìm thấy khi duyệt thư mục tới tệp ở ngoài (để không "
                 "lộ nội dung tệp khác, ví dụ khi kiểm tra pull request): chép tệp vào kho, hoặc ghi thẳng "
                 "đường dẫn tệp trên dòng lệnh nếu tin nó.")


_FOLDER_HINT = N_("cchc không duyệt thư mục là liên kết tượng trưng hay dẫn ra ngoài kho git chứa nó (để không lộ "
                 "nội dung tệp khác, ví dụ khi kiểm tra pull request): ghi đường dẫn thật của thư mục nếu tin nó.")


def _unopenable(path: Path) -> str | None:
    """Why a regular file named on the command line cannot be opened for reading (None: it can).
    Opening is the only honest test: the permission bits do not apply to root, ACLs add to them."""
    try:
        os.close(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)))
    except OSError as exc:
        return os_error_text(exc)
    return None


@dataclass(frozen=True)
class Unusable:
    """A YAML-named entry that is not read: why (a Vietnamese message) and what to do."""

    path: Path
    message: str
    hint: str = msg(_UNUSABLE_HINT)


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[str], list[Unusable]]:
    """YAML files under the given paths (hidden folders skipped), the paths that do not exist, and
    YAML-named entries that are not read: a FIFO, a symlink loop…, a symbolic link found in a
    folder that leads outside it (outside its git repository when there is one, or into its
    ``.git``; see :mod:`cchc.base.confine`), and a folder in ``paths`` that is a link or leads out of its
    repository (:func:`cchc.base.confine.folder_problem`: nothing under it is listed). A file named in
    ``paths`` is read wherever it leads (the user chose it); one that cannot be opened (no
    permission, a dangling link, a folder named ``x.yaml``) is an entry of its own, never an abort."""
    found: list[tuple[Path, str | None]] = []  # with its real path when known without resolving it
    missing: list[str] = []
    unusable: list[Unusable] = []
    for path in paths:
        if path.is_dir() and not path.name.endswith(YAML_SUFFIXES):  # a folder named x.yaml is not a plan
            refused = folder_problem(path)
            if refused is not None:  # nothing under it is listed, let alone read
                unusable.append(Unusable(path, msg("Không đọc thư mục \"{path}\": {reason}.", path=display_path(path),
                                                  reason=refused), msg(_FOLDER_HINT)))
                continue
            limit = scan_limit(path)
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                real_root: str | None = None
                for name in sorted(files):
                    if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                        candidate = Path(root) / name
                        # os.walk does not enter linked folders, so only a linked file can lead out.
                        linked = os.path.islink(candidate)
                        if linked and escapes(candidate, limit):  # not even stat'ed
                            if in_git_folder(candidate, limit):
                                message = msg("Không đọc \"{path}\": tệp là liên kết tượng trưng trỏ vào thư mục .git của kho.",
                                             path=display_path(candidate))
                            else:
                                outside = outside_name(limit)
                                message = msg("Không đọc \"{path}\": tệp là liên kết tượng trưng trỏ ra {where}.",
                                             path=display_path(candidate), where=msg(outside))
                            unusable.append(Unusable(candidate, message, msg(_OUTSIDE_HINT)))
                            continue
                        reason = _kind_of(candidate)
                        if reason is None:
                            real: str | None = None
                            if not linked:
                                if real_root is None:
                                    real_root = os.path.realpath(root)  # once a folder, not once a file
                                real = os.path.join(real_root, name)
                            found.append((candidate, real))
                        else:
                            unusable.append(_unreadable(candidate, reason))
        elif os.path.lexists(path):
            reason = _kind_of(path) or _unopenable(path)
            if reason is None:
                found.append((path, None))
            else:
                unusable.append(_unreadable(path, reason))
        else:
            missing.append(str(path))
    unique: dict[str, Path] = {}
    for item, real in found:
        if real is None:
            try:
                real = str(item.resolve())
            except (OSError, RuntimeError):
                real = str(item.absolute())
        unique.setdefault(os.path.normcase(real), item)  # as Path keys compare (no case on Windows)
    return list(unique.values()), missing, unusable


def _unreadable(path: Path, reason: str) -> Unusable:
    return Unusable(path, msg("Không đọc được \"{path}\": {reason}.", path=display_path(path), reason=reason),
                    msg(_UNUSABLE_HINT))


def within(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or inside it (both resolved, as the user named them)."""
    try:
        path, folder = path.resolve(), folder.resolve()
    except (OSError, RuntimeError):
        return False
    return path == folder or folder in path.parents


def read(paths: Sequence[Path], cache: Cache | None = None, jobs: int = 1, per_file: PerFile | None = None,
         models: bool = True) -> ReadResult:
    """Read every YAML file under ``paths`` (see the module docstring). ``models=False``: worker
    processes do not send plan models back (a record's model is then built when asked, from the
    cache or by checking the file again)."""
    found, missing, unusable = discover(paths)
    registries = Registries()
    results: list[FileResult] = []
    todo: list[_Miss] = []
    for path in found:
        kind = file_kind(path)
        registry_file = registries.registry_file(path) if kind == "plan" else path if kind == "registry" else None
        if cache is None and kind != "registry":
            todo.append(_Miss(path, kind, None, None))  # read by the check, once
            continue
        try:  # the file is read once: its key and, on a miss, its check are made from these bytes
            raw = registries.read(path) if kind == "registry" else read_bytes(path)
        except OSError:
            todo.append(_Miss(path, kind, None, None))  # the check reports why
            continue
        if cache is None:
            todo.append(_Miss(path, kind, raw, None))  # a registry: also read for the plans that use it
            continue
        key = cache.key(raw, kind, registries.digest(registry_file))
        hit = _from_entry(cache.get(key), path, kind, raw, key, registries, cache)
        if hit is None:
            todo.append(_Miss(path, kind, raw, key))
        else:
            results.append(_step(hit, per_file))
    crashed = 0
    if jobs > 1 and len(todo) >= PARALLEL_THRESHOLD:
        done, crashed = _check_parallel(todo, registries, cache, jobs, models, per_file)
        results += done
    else:
        results += [_step(_check_miss(miss, registries, cache), per_file) for miss in todo]
    for entry in unusable:
        shown = display_path(entry.path)
        results.append(FileResult(shown, file_kind(entry.path), (Diagnostic(
            shown, Span.start_of_file(), "Y003", Severity.ERROR, entry.message, entry.hint),)))
    results.sort(key=lambda f: f.path)
    return ReadResult(tuple(results), tuple(missing), crashed, registries)


@dataclass(frozen=True)
class _Miss:
    """A file to check: its bytes and cache key when the run has a cache."""

    path: Path
    kind: str
    raw: bytes | None
    key: str | None


def _step(result: FileResult, per_file: PerFile | None) -> FileResult:
    if per_file is None:
        return result
    try:
        return replace(result, derived=per_file(result))
    except Exception:  # noqa: BLE001 - the command does the work itself when nothing is derived
        return result


def _check_miss(miss: _Miss, registries: Registries, cache: Cache | None) -> FileResult:
    """Check a file and, with a cache, store its record under the key of the bytes checked."""
    checked = check(miss.path, registries, miss.raw)
    if cache is None or miss.key is None or miss.raw is None:
        return checked.result
    _store(cache, miss.key, miss.kind, miss.raw, checked)
    return replace(checked.result, key=miss.key)


def _store(cache: Cache, key: str, kind: str, raw: bytes, checked: Checked) -> None:
    """Keep a record under ``key``: its diagnostics language-free (:func:`_encoded`); a record
    with a message that cannot be kept so is not kept at all (checked again next time)."""
    result = checked.result
    try:
        diagnostics = [_encoded(d) for d in result.diagnostics]
    except Unencodable:
        return
    if checked.model is not None:
        cache.put_model(key, checked.model)
    cache.put(key, {
        "kind": kind,
        "suppressed": result.suppressed,
        "diagnostics": diagnostics,
        "plan_id": result.plan_id,
        "implements": sorted(result.implements),
        "mentions": _mentions_cross_plan_rule(raw),
    })


def _mentions_cross_plan_rule(raw: bytes) -> bool:
    return any(code.encode() in raw for code in rule_registry.CROSS_PLAN_RULES)


def _from_entry(payload: dict[str, Any] | None, path: Path, kind: str, raw: bytes, key: str,
                registries: Registries, cache: Cache) -> FileResult | None:
    """The record a cache entry holds, or None (a miss, or an entry of any wrong shape: it is
    rebuilt, never trusted)."""
    if payload is None:
        return None
    shown = display_path(path)
    try:
        entries = payload["diagnostics"]
        plan_id, implements, suppressed = payload.get("plan_id"), payload["implements"], payload["suppressed"]
        mentions = payload.get("mentions")
        if not (isinstance(entries, list) and isinstance(implements, list) and type(suppressed) is int
                and suppressed >= 0 and (plan_id is None or isinstance(plan_id, str)) and payload.get("kind") == kind
                and all(isinstance(i, str) for i in implements)):
            return None
        diagnostics = tuple(_diagnostic(shown, entry) for entry in entries)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if any(d is None for d in diagnostics):
        return None
    text = ""
    if diagnostics or implements or (mentions if isinstance(mentions, bool) else _mentions_cross_plan_rule(raw)):
        decoded, _ = decode(raw)  # the text is needed only to show a line or to place a link finding
        if decoded is None:
            return None
        text = decoded
    lazy = LazyPlan(plan_id, frozenset(implements), path, registries, cache, key) if plan_id is not None else None
    return FileResult(shown, kind, diagnostics, suppressed, None, text, None, lazy, key)  # type: ignore[arg-type]


_INT_FIELDS = ("line", "column", "end_line", "end_column")


def _encoded(diagnostic: Diagnostic) -> dict[str, Any]:
    """A diagnostic as a cache entry keeps it: no path (the entry's file is shown as this run names
    it), message and hint as message ids and fields (:func:`cchc.base.i18n.encode_text`), so the
    entry serves a run in any language. Text made in a language and kept only as text (a message
    that is not deferred) cannot: :class:`Unencodable`, and the record is not kept."""
    message, hint = diagnostic.message, diagnostic.hint
    if not isinstance(message, Deferred) or not (isinstance(hint, Deferred) or hint == ""):
        raise Unencodable(diagnostic.code)
    span = diagnostic.span
    return {"line": span.line, "column": span.column, "end_line": span.end_line, "end_column": span.end_column,
            "code": diagnostic.code, "severity": diagnostic.severity.value,
            "message": encode_text(message), "hint": encode_text(hint)}


def _diagnostic(shown: str, entry: object) -> Diagnostic | None:
    """A diagnostic of a cache entry, made in the current language, or None when the entry is not
    one of the expected shape (a damaged or unknown encoding included)."""
    if not isinstance(entry, dict):
        return None
    numbers = [n for n in (entry.get(k) for k in _INT_FIELDS) if type(n) is int and 0 <= n < 1 << 62]
    code = entry.get("code")
    if len(numbers) != len(_INT_FIELDS) or not isinstance(code, str) or code not in rule_registry.RULES:
        return None
    try:
        severity = Severity(entry.get("severity"))
        message, hint = decode_text(entry["message"]), decode_text(entry["hint"])
    except (ValueError, TypeError, KeyError):
        return None
    line, column, end_line, end_column = numbers
    return Diagnostic(shown, Span(line, column, end_line, end_column), code, severity, message, hint)


_WORKER_REGISTRIES: Registries | None = None


def _start_worker(lang: str, known: dict[Path, bytes]) -> None:
    """A worker process starts in the parent's language (a spawned process would otherwise start
    in Vietnamese): diagnostics are deferred and cached language-free, but what a worker sends back
    is still made in a language — the text of each deferred message, by which the diagnostics
    sort, and a command's per-file step such as the status tables (rendered output). It gets the
    registry bytes its parent read (not read again) and the run's collector policy."""
    from cchc.base.memory import collect_rarely

    global _WORKER_REGISTRIES
    collect_rarely()
    set_language(lang)
    _WORKER_REGISTRIES = Registries(known=dict(known))


def _check_worker(miss: _Miss, cache_folder: str | None, models: bool, per_file: PerFile | None) -> FileResult:
    global _WORKER_REGISTRIES
    if os.environ.get("CCHC_FAULT_INJECT") == "worker-kill":  # crash tests: a worker killed (for memory)
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
    if _WORKER_REGISTRIES is None:
        _WORKER_REGISTRIES = Registries()
    result = _step(_check_miss(miss, _WORKER_REGISTRIES, Cache(Path(cache_folder)) if cache_folder else None),
                   per_file)
    if not models and result.plan is not None:
        # Pickling 120,000 task objects to a process that only prints diagnostics costs more than
        # building them again if something asks: the model is built on demand there (LazyPlan).
        implements = result.implements
        keep_text = bool(result.diagnostics or implements
                         or any(code in result.text for code in rule_registry.CROSS_PLAN_RULES))
        result = replace(result, plan=None, text=result.text if keep_text else "",
                         lazy=LazyPlan(result.plan.id, implements, miss.path))
    # Registries hold read-only mappings that do not cross processes: the parent attaches its own.
    return replace(result, registry=None)


def _check_parallel(todo: Sequence[_Miss], registries: Registries, cache: Cache | None, jobs: int,
                    models: bool, per_file: PerFile | None) -> tuple[list[FileResult], int]:
    """The files' records, and how many of them were checked again in this process because their
    worker died (a pool broken by a SIGKILL, an ``os._exit``…: the run still covers every file,
    and the caller reports the crash)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    for miss in todo:  # every registry the workers need, read here once and handed to them
        registry_file = registries.registry_file(miss.path) if miss.kind == "plan" else None
        if registry_file is not None:
            registries.chain(registry_file)
    folder = str(cache.folder) if cache else None
    n = len(todo)
    answers: list[FileResult | None] = [None] * n
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker,
                                 initargs=(language(), registries.known)) as pool:
            mapped = pool.map(_check_worker, todo, [folder] * n, [models] * n, [per_file] * n,
                              chunksize=max(1, min(32, n // (jobs * 8))))
            for index, answer in enumerate(mapped):
                answers[index] = answer
    except BrokenProcessPool:
        pass
    crashed = sum(1 for a in answers if a is None)
    out = []
    for miss, maybe in zip(todo, answers, strict=True):
        if maybe is None:
            out.append(_step(_check_miss(miss, registries, cache), per_file))  # as a run with --jobs 1 would
            continue
        answer = maybe
        if answer.lazy is not None:
            answer = replace(answer, lazy=answer.lazy.bound(registries, cache, answer.key))
        elif answer.plan is not None:
            registry_file = registries.registry_file(miss.path)
            answer = replace(answer, registry=registries.get(registry_file)[0] if registry_file else None)
        out.append(answer)
    return out, crashed
