"""The lint run: discover files, then load → schema → model → rules → suppressions, per file.

Every problem is a :class:`~cchc.base.diagnostics.Diagnostic` value; nothing here prints or exits, and
one bad file never stops the others (an unexpected exception inside a rule becomes an X001
diagnostic for that file). Callable from Python without the CLI::

    from cchc.checking.lint import lint_paths
    result = lint_paths([Path("plans")])
"""

from __future__ import annotations

import copy
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cchc.base.confine import (
    escapes,
    folder_problem,
    in_git_folder,
    outside_name,
    repository_root,
    scan_limit,
)
from cchc.base.diagnostics import Diagnostic, Finding, JsonPath, Severity, Span
from cchc.base.i18n import N_, Message, language, msg, set_language, tr
from cchc.base.text import bounded
from cchc.checking import rules as rule_registry
from cchc.checking.rules.base import Context
from cchc.checking.schema import (
    AGENCIES_SCHEMA,
    PLAN_SCHEMA,
    REPORT_SCHEMA,
    SchemaProblem,
    validate,
)
from cchc.checking.suppress import parse_suppressions
from cchc.reading.agencies import REGISTRY_NAMES, Registry, build_registry, find_registry_file
from cchc.reading.cache import Cache
from cchc.reading.load import LoadedYaml, collector_paused, load_file, os_error_text
from cchc.reading.model import Plan, build_plan, entity_of

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class FileResult:
    path: str
    kind: str  # "plan", "registry" or "report"
    diagnostics: tuple[Diagnostic, ...]
    suppressed: int = 0
    plan: Plan | None = field(default=None, repr=False)
    text: str = field(default="", repr=False)
    registry: Registry | None = field(default=None, repr=False)
    model_data: Any = field(default=None, repr=False)  # what the plan model was built from (for the cache)
    model_skip: tuple[JsonPath, ...] = field(default=(), repr=False)
    cached: LazyModel | None = field(default=None, repr=False, compare=False)  # a model built on demand
    key: str | None = field(default=None, repr=False, compare=False)  # the cache key of its content (cache runs)
    derived: Any = field(default=None, repr=False, compare=False)  # what lint_paths(derive=…) made of it in a worker

    @property
    def usable(self) -> bool:
        """The file gives a plan model (now, or from the cache when asked)."""
        return self.plan is not None or self.cached is not None

    @property
    def plan_id(self) -> str | None:
        if self.plan is not None:
            return self.plan.id
        return self.cached.plan_id if self.cached is not None else None

    @property
    def implements(self) -> frozenset[str]:
        """Ids of the plans this plan's tasks implement."""
        if self.plan is not None:
            from cchc.deriving.links import split_reference

            return frozenset(split_reference(ref)[0] for _, task in self.plan.tasks() for ref in task.implements)
        return self.cached.implements if self.cached is not None else frozenset()

    def get_plan(self) -> Plan | None:
        if self.plan is not None:
            return self.plan
        return self.cached.plan() if self.cached is not None else None

    def get_registry(self) -> Registry | None:
        if self.registry is not None or self.cached is None:
            return self.registry
        return self.cached.registry()


class LazyModel:
    """A plan model that is built only when something asks for it, with what the link rules need
    (the plan id and the ids of the plans it implements) known without it."""

    plan_id: str
    implements: frozenset[str]

    def plan(self) -> Plan | None:
        raise NotImplementedError

    def registry(self) -> Registry | None:
        raise NotImplementedError


class Relinted(LazyModel):
    """A plan read in a worker process for ``cchc lint``, whose model was not sent back (pickling
    120,000 task objects to a process that only prints diagnostics costs more than reading them):
    if a link rule needs it after all, the file is read again here."""

    def __init__(self, plan_id: str, implements: frozenset[str], path: str) -> None:
        self.plan_id, self.implements, self.path = plan_id, implements, path
        self._result: FileResult | None = None

    def _read(self) -> FileResult:
        if self._result is None:
            self._result = lint_file(Path(self.path))
        return self._result

    def plan(self) -> Plan | None:
        return self._read().plan

    def registry(self) -> Registry | None:
        return self._read().registry


class CachedModel(LazyModel):
    """The plan model of a cache hit, built only when something asks for it: ``cchc lint`` on an
    unchanged repository needs the diagnostics, the plan id and its links, not 120,000 task objects.

    The model data lives in its own cache file; if that file is gone or damaged when the model is
    wanted, the plan file is linted again (without the cache) and its model used."""

    def __init__(self, plan_id: str, implements: frozenset[str], cache: Cache, key: str, path: Path, shown: str,
                 registry_file: Path | None, registries: _Registries) -> None:
        self.plan_id = plan_id
        self.implements = implements
        self._cache, self._key, self._path, self._shown = cache, key, path, shown
        self._registry_file, self._registries = registry_file, registries
        self._plan: Plan | None = None

    def plan(self) -> Plan | None:
        if self._plan is None:
            model = self._cache.get_model(self._key)
            try:
                if model is None:
                    raise ValueError("no model entry")
                self._plan = build_plan(model["data"], self._shown, frozenset(tuple(p) for p in model["skip"]))
            except (KeyError, TypeError, ValueError, AttributeError):
                self._plan = lint_file(self._path, self._registries).plan  # never trust a damaged entry
            if self._plan is not None and self._plan.id != self.plan_id:
                self._plan = lint_file(self._path, self._registries).plan
        return self._plan

    def registry(self) -> Registry | None:
        return self._registries.get(self._registry_file)[0] if self._registry_file is not None else None


@dataclass(frozen=True)
class LintResult:
    files: tuple[FileResult, ...]
    missing: tuple[str, ...] = ()  # paths given on the command line that do not exist
    crashed: int = 0  # files whose worker process died (killed for memory…); checked again here

    @property
    def diagnostics(self) -> list[Diagnostic]:
        out = [d for f in self.files for d in f.diagnostics]
        return sorted(out, key=Diagnostic.sort_key)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)

    @property
    def suppressed(self) -> int:
        return sum(f.suppressed for f in self.files)

    def exit_code(self, strict: bool = False) -> int:
        """0 clean, 1 findings, 2 the run did not go as it should: a path missing, or a worker
        process died (CI must not take a machine out of memory for "errors found")."""
        if self.missing or self.crashed:
            return 2
        if self.errors or (strict and self.warnings):
            return 1
        return 0


def display_path(path: Path) -> str:
    """How a file is named in diagnostics: relative to the working folder when inside it; a
    relative path as the shortest way there from the working folder (``../quang-nam/kh.yaml``
    read from ``plans/quang-nam`` is ``kh.yaml``, as git shows it)."""
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return path.as_posix()
    if ".." not in path.parts:
        return Path(os.path.normpath(path)).as_posix()
    return Path(os.path.relpath(path)).as_posix()


def _kind_of(path: Path) -> str | None:
    """None for a regular file; otherwise why it cannot be read as a plan (in Vietnamese)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return os_error_text(exc)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return tr("là thư mục")
    if stat.S_ISFIFO(mode):
        return tr("là một đường ống (FIFO), không phải tệp thường")
    return tr("không phải tệp thường")


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
    hint: str = _UNUSABLE_HINT


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
                unusable.append(Unusable(path, tr("Không đọc thư mục \"{path}\": {reason}.", path=display_path(path),
                                                  reason=refused), tr(_FOLDER_HINT)))
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
                                message = tr("Không đọc \"{path}\": tệp là liên kết tượng trưng trỏ vào thư mục .git của kho.",
                                             path=display_path(candidate))
                            else:
                                outside = outside_name(limit)
                                message = tr("Không đọc \"{path}\": tệp là liên kết tượng trưng trỏ ra {where}.",
                                             path=display_path(candidate), where=tr(outside))
                            unusable.append(Unusable(candidate, message, tr(_OUTSIDE_HINT)))
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
    return Unusable(path, tr("Không đọc được \"{path}\": {reason}.", path=display_path(path), reason=reason),
                    tr(_UNUSABLE_HINT))


def within(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or inside it (both resolved, as the user named them)."""
    try:
        path, folder = path.resolve(), folder.resolve()
    except (OSError, RuntimeError):
        return False
    return path == folder or folder in path.parents


def is_registry_file(path: Path) -> bool:
    return path.name in REGISTRY_NAMES


#: Narrative files of reports (cchc.writing.narrative) live in ``reports/<plan id>/``, beside the plans.
REPORTS_FOLDER = "reports"


def is_report_file(path: Path) -> bool:
    """The staff's text of a báo cáo: a YAML file in ``reports/<plan id>/``."""
    return len(path.parts) >= 3 and path.parent.parent.name == REPORTS_FOLDER and not is_registry_file(path)


def file_kind(path: Path) -> str:
    """What a YAML file holds, by its place: ``registry``, ``report`` or ``plan``."""
    if is_registry_file(path):
        return "registry"
    return "report" if is_report_file(path) else "plan"


@dataclass
class _Registries:
    """Registries loaded once per run, keyed by resolved path."""

    cache: dict[Path, tuple[Registry | None, str | None]] = field(default_factory=dict)
    digests: dict[Path | None, bytes] = field(default_factory=dict)
    folders: dict[Path, Path | None] = field(default_factory=dict)
    answers: dict[tuple[Path, Path | None], tuple[Registry | None, str | None]] = field(default_factory=dict)

    def registry_file(self, plan_path: Path) -> Path | None:
        """find_registry_file, once per folder (a symbolic link is looked up from where it leads)."""
        if plan_path.is_symlink():
            return find_registry_file(plan_path)
        folder = plan_path.parent
        if folder not in self.folders:
            self.folders[folder] = find_registry_file(plan_path)
        return self.folders[folder]

    def digest(self, path: Path | None) -> bytes:
        """What a plan's cached answer depends on in its registry (and those it extends), once per run."""
        if path not in self.digests:
            import hashlib

            from cchc.reading.cache import registry_bytes

            self.digests[path] = hashlib.sha256(registry_bytes(path)).digest()
        return self.digests[path]

    def get(self, path: Path, chain: tuple[Path, ...] = (), limit: Path | None = None
            ) -> tuple[Registry | None, str | None]:
        """The registry in ``path`` and what is wrong with it. ``limit``: the git repository that
        ``path`` was found from (default: the one holding ``path``'s folder); a registry that leads
        outside it is not read (:mod:`cchc.base.confine`). Asked again with the same path (every plan of
        a folder asks), the answer is given without looking at the disk again."""
        if chain:
            return self._get(path, chain, limit)
        asked = (path, limit)
        if asked not in self.answers:
            self.answers[asked] = self._get(path, chain, limit)
        return self.answers[asked]

    def _get(self, path: Path, chain: tuple[Path, ...], limit: Path | None) -> tuple[Registry | None, str | None]:
        limit = limit if limit is not None else repository_root(path.parent)
        if escapes(path, limit):
            return None, "tệp là liên kết tượng trưng trỏ ra ngoài kho git, cchc không đọc"
        key = path.resolve()
        if key in self.cache:
            return self.cache[key]
        if key in chain:
            return None, tr("danh mục kế thừa vòng tròn (extends)")
        loaded = load_file(path, display_path(path))
        registry: Registry | None = None
        problem: str | None = None
        if not loaded.ok or not isinstance(loaded.data, dict):
            problem = tr("không đọc được tệp")
        elif validate(loaded.data, AGENCIES_SCHEMA):
            problem = tr("không đúng định dạng danh mục cơ quan")
        else:
            parent = None
            extends = loaded.data.get("extends")
            if extends:
                parent_path = (path.parent / extends)
                parent_limit = repository_root(path.parent)
                if escapes(parent_path, parent_limit):
                    problem = tr("danh mục cấp trên {path} nằm ngoài kho git, cchc không đọc", path=extends)
                elif not parent_path.is_file():
                    problem = tr("không tìm thấy danh mục cấp trên {path}", path=extends)
                else:
                    parent, problem = self.get(parent_path, (*chain, key), parent_limit)
            if problem is None:
                registry = build_registry(loaded.data, loaded.path, parent)
        self.cache[key] = (registry, problem)
        return registry, problem


def registries_of(files: Iterable[FileResult]) -> tuple[Registry, ...]:
    """The agency registries of plan files, each once: the one a file carries, else the one its
    folder's ``agencies.yaml`` gives (read once per folder, never by linting the file again)."""
    registries = _Registries()
    found: dict[int, Registry] = {}
    for file in files:
        registry = file.registry
        if registry is None and isinstance(file.cached, CachedModel):
            registry = file.cached.registry()
        elif registry is None:
            registry_file = registries.registry_file(Path(file.path))
            registry = registries.get(registry_file)[0] if registry_file is not None else None
        if registry is not None:
            found.setdefault(id(registry), registry)
    return tuple(found.values())


def lint_paths(paths: Sequence[Path], *, cache: Cache | None = None, jobs: int = 1, models: bool = True,
               derive: Callable[[FileResult], Any] | None = None) -> LintResult:
    """Lint every YAML file under ``paths``. ``cache`` skips files seen before; ``jobs`` > 1 reads
    large inputs in that many processes (the output order does not depend on it). ``models=False``
    (``cchc lint``) lets worker processes keep the plan models they built; they are read again
    here only if asked for (FileResult.get_plan). ``derive`` (picklable) runs in the worker that
    read a file, on its result, while the model is at hand; what it returns is the result's
    ``derived`` (None when it fails, and for files read in this process: the caller does the work
    itself then)."""
    with collector_paused():  # results of thousands of files hold no cycles
        return _lint_paths(paths, cache, jobs, models, derive)


def _lint_paths(paths: Sequence[Path], cache: Cache | None, jobs: int, models: bool = True,
                derive: Callable[[FileResult], Any] | None = None) -> LintResult:
    files, missing, unusable = discover(paths)
    registries = _Registries()
    results: list[FileResult] = []
    if cache is not None:  # unchanged files first, here: a hit costs a hash and a small JSON read
        misses = []
        for path in files:
            hit = _cache_hit(path, registries, cache)
            if hit is None:
                misses.append(path)
            else:
                results.append(hit)
        files = misses
    crashed = 0
    if jobs > 1 and len(files) >= PARALLEL_THRESHOLD:
        done, crashed = _lint_parallel(files, registries, cache, jobs, models, derive)
        results += done
    else:
        results += [lint_file(path, registries, cache) for path in files]
    for entry in unusable:
        shown = display_path(entry.path)
        kind = file_kind(entry.path)
        results.append(FileResult(shown, kind, (Diagnostic(
            shown, Span.start_of_file(), "Y003", Severity.ERROR, entry.message, entry.hint),)))
    results.sort(key=lambda f: f.path)
    results = _link_pass(results, registries)
    return LintResult(tuple(results), tuple(missing), crashed)


PARALLEL_THRESHOLD = 16


_WORKER_REGISTRIES: _Registries | None = None


def _lint_worker(path: str, cache_folder: str | None, models: bool = True,
                 derive: Callable[[FileResult], Any] | None = None) -> FileResult:
    global _WORKER_REGISTRIES
    if os.environ.get("CCHC_FAULT_INJECT") == "worker-kill":  # crash tests: a worker killed (for memory)
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
    if _WORKER_REGISTRIES is None:  # one per worker process, shared by all the files it reads
        _WORKER_REGISTRIES = _Registries()
    result = lint_file(Path(path), _WORKER_REGISTRIES, Cache(Path(cache_folder)) if cache_folder else None)
    if result.cached is not None:  # a hit after all (another run filled it): send the model itself
        result = replace(result, plan=result.get_plan(), registry=result.get_registry(), cached=None)
    if derive is not None:
        try:
            result = replace(result, derived=derive(result))
        except Exception:  # noqa: BLE001 - the caller does the work itself when nothing is derived
            pass
    if not models and result.plan is not None:
        implements = result.implements
        keep_text = bool(result.diagnostics or implements
                         or any(code in result.text for code in rule_registry.CROSS_PLAN_RULES))
        result = replace(result, plan=None, text=result.text if keep_text else "",
                         cached=Relinted(result.plan.id, implements, path))
    # Registries hold read-only mappings that do not cross processes; the model data only fed
    # this worker's cache entry. Both would only cost pickling.
    return replace(result, registry=None, model_data=None)


def _start_worker(lang: str) -> None:
    global _WORKER_REGISTRIES
    set_language(lang)
    _WORKER_REGISTRIES = None  # a forked worker must not reuse registries read before this run


def _lint_parallel(files: Sequence[Path], registries: _Registries, cache: Cache | None, jobs: int,
                   models: bool = True, derive: Callable[[FileResult], Any] | None = None
                   ) -> tuple[list[FileResult], int]:
    """The files' results, and how many of them were checked again in this process because their
    worker died (a pool broken by a SIGKILL, an ``os._exit``…: the run still covers every file,
    and the caller reports the crash)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    folder = str(cache.folder) if cache else None
    n = len(files)
    results: list[FileResult | None] = [None] * n
    # Workers start in the parent's language (a spawned process would otherwise start in Vietnamese).
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(language(),)) as pool:
            answers = pool.map(_lint_worker, [str(p) for p in files], [folder] * n, [models] * n, [derive] * n,
                               chunksize=max(1, min(32, n // (jobs * 8))))
            for index, answer in enumerate(answers):
                results[index] = answer
    except BrokenProcessPool:
        pass
    crashed = sum(1 for r in results if r is None)
    out = []
    for path, maybe in zip(files, results, strict=True):
        if maybe is None:
            out.append(lint_file(path, registries, cache))  # read here, as a run with --jobs 1 would
            continue
        result = maybe
        if result.plan is not None:
            registry_file = registries.registry_file(path)
            result = replace(result, registry=registries.get(registry_file)[0] if registry_file else None)
        out.append(result)
    return out, crashed


def shared_plan_ids(results: Iterable[FileResult]) -> dict[str, tuple[str, ...]]:
    """Plan ids held by more than one usable plan file, with those files in path order (I003)."""
    files: dict[str, list[str]] = {}
    for result in results:
        if result.kind == "plan" and result.usable and result.plan_id is not None:
            files.setdefault(result.plan_id, []).append(result.path)
    return {plan_id: tuple(sorted(paths)) for plan_id, paths in files.items() if len(paths) > 1}


def _duplicate_id(plan_id: str, path: str, paths: Sequence[str]) -> Finding:
    others = [p for p in paths if p != path]
    return Finding(rule_registry.message("I003", "duplicate", plan=plan_id, files=", ".join(others)),
                   rule_registry.message("I003", "duplicate.hint"), path=("id",))


def _text_of(result: FileResult) -> str:
    """A result's text, read again when the run kept none (a cache hit or a worker's result with
    nothing to place); empty when the file cannot be read now."""
    if result.text:
        return result.text
    from cchc.reading.load import decode

    try:
        text, _ = decode(Path(result.path).read_bytes())
    except OSError:
        return ""
    return text or ""


def _link_pass(results: list[FileResult], registries: _Registries) -> list[FileResult]:
    """Cross-plan rules (I001, I002, I003), once every plan is read; suppressions apply as usual."""
    from cchc.deriving.links import check_links, find_plan_file
    from cchc.reading.load import load_text

    index = _PlanIndex({r.plan_id: r for r in results if r.usable and r.plan_id is not None})
    shared = shared_plan_ids(results)
    out = []
    for result in results:
        if not result.usable:
            out.append(result)
            continue
        wanted = result.implements
        for plan_id in wanted - set(index.results) - set(index.extra):
            found = find_plan_file(Path(result.path).parent, plan_id)
            index.extra[plan_id] = lint_file(found, registries).plan if found else None
        named = any(code in (result.text or "") for code in rule_registry.CROSS_PLAN_RULES)
        plan = result.get_plan() if wanted else None  # a cached model is built only for a plan with links
        findings = list(check_links(plan, index)) if plan is not None else []
        if result.plan_id in shared:
            findings.append(("I003", _duplicate_id(result.plan_id, result.path, shared[result.plan_id])))
        if not findings and not named:
            # Nothing to place and no suppression could name a cross-plan rule: keep the result as
            # it is (on a warm cache, without parsing its text again).
            out.append(replace(result, diagnostics=tuple(sorted(result.diagnostics, key=Diagnostic.sort_key))))
            continue
        loaded = load_text(_text_of(result), result.path)
        late = [_diag(loaded, code, finding) for code, finding in findings]
        suppressions = parse_suppressions(loaded)
        kept = list(result.diagnostics)
        suppressed = result.suppressed
        used: set[tuple[int, str]] = set()
        for diagnostic in late:
            hit = None if diagnostic.code in rule_registry.UNSUPPRESSIBLE else next(
                (s for s in suppressions if diagnostic.code in s.codes and s.covers(diagnostic.line)), None)
            if hit is None:
                kept.append(diagnostic)
            else:
                used.add((hit.line, diagnostic.code))
                suppressed += 1
        for suppression in suppressions:
            for code in suppression.codes:
                if code in rule_registry.UNSUPPRESSIBLE:
                    continue  # the file's own pass said it cannot be suppressed (Q003)
                if code in rule_registry.CROSS_PLAN_RULES and (suppression.line, code) not in used:
                    kept.append(Diagnostic(loaded.path, Span(suppression.line, suppression.column, suppression.line,
                                                             suppression.end_column), "Q002",
                                           rule_registry.RULES["Q002"].SEVERITY,
                                           rule_registry.message("Q002", "unused", code=code),
                                           rule_registry.message("Q002", "unused.cross-plan.hint")))
        out.append(replace(result, diagnostics=tuple(sorted(kept, key=Diagnostic.sort_key)), suppressed=suppressed,
                           text=loaded.text))
    return out


class _PlanIndex(Mapping[str, "Plan | None"]):
    """Plans by id for the link rules, each model built only when a link asks for it."""

    def __init__(self, results: dict[str, FileResult]) -> None:
        self.results = results
        self.extra: dict[str, Plan | None] = {}  # parents found outside the linted paths

    def __getitem__(self, plan_id: str) -> Plan | None:
        if plan_id in self.results:
            return self.results[plan_id].get_plan()
        return self.extra[plan_id]

    def __iter__(self) -> Iterator[str]:
        yield from self.results
        yield from self.extra

    def __len__(self) -> int:
        return len(self.results) + len(self.extra)


def lint_file(path: Path, registries: _Registries | None = None, cache: Cache | None = None) -> FileResult:
    registries = registries or _Registries()
    shown = display_path(path)
    kind = file_kind(path)
    try:
        with collector_paused():  # a file's objects hold no cycles (see collector_paused)
            if cache is None:
                return _lint_loaded(load_file(path, shown), path, kind, registries)
            return _lint_cached(path, shown, kind, registries, cache)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the run
        return FileResult(shown, kind, (_internal(shown, exc),))


@dataclass(frozen=True)
class _Keyed:
    """A file's bytes and its cache key (content, kind, registry digest, cchc fingerprint)."""

    raw: bytes
    kind: str
    key: str
    registry_file: Path | None


def _keyed(path: Path, registries: _Registries, cache: Cache) -> _Keyed | None:
    kind = file_kind(path)
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    registry_file = registries.registry_file(path) if kind == "plan" else None
    return _Keyed(raw, kind, cache.key(raw, kind, registries.digest(registry_file)), registry_file)


def _cache_hit(path: Path, registries: _Registries, cache: Cache, keyed: _Keyed | None = None) -> FileResult | None:
    """The cached result of an unchanged file, or None (a miss, a damaged entry, an unreadable file)."""
    from cchc.reading.load import decode

    keyed = keyed or _keyed(path, registries, cache)
    if keyed is None:
        return None
    payload = cache.get(keyed.key)
    if payload is None:
        return None
    text = ""
    mentions = payload.get("mentions")  # whether the text names a cross-plan rule (a suppression may)
    if payload.get("diagnostics") or payload.get("implements") or (
            mentions if isinstance(mentions, bool) else _mentions_cross_plan_rule(keyed.raw)):
        decoded, _ = decode(keyed.raw)  # the text is needed only to show a line or to place a link finding
        if decoded is None:
            return None
        text = decoded
    shown = display_path(path)
    try:
        diagnostics = tuple(
            Diagnostic(shown, Span(d["line"], d["column"], d["end_line"], d["end_column"]), str(d["code"]),
                       Severity(d["severity"]), str(d["message"]), str(d["hint"]))
            for d in payload["diagnostics"])
        plan_id = payload.get("plan_id")
        cached = None
        if plan_id is not None:
            cached = CachedModel(str(plan_id), frozenset(str(i) for i in payload["implements"]), cache, keyed.key,
                                 path, shown, keyed.registry_file, registries)
        return FileResult(shown, keyed.kind, diagnostics, int(payload["suppressed"]), None, text, None, cached=cached,
                          key=keyed.key)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # a damaged entry is rebuilt, never trusted


def _lint_cached(path: Path, shown: str, kind: str, registries: _Registries, cache: Cache) -> FileResult:
    """Lint through the content cache: a hit rebuilds the result from JSON without parsing YAML."""
    from cchc.reading.load import decode, load_text

    keyed = _keyed(path, registries, cache)
    if keyed is None:
        return _lint_loaded(load_file(path, shown), path, kind, registries)
    hit = _cache_hit(path, registries, cache, keyed)
    if hit is not None:
        return hit
    text, _ = decode(keyed.raw)
    result = _lint_loaded(load_text(text, shown) if text is not None else load_file(path, shown), path, kind,
                          registries)
    if result.plan is not None:
        cache.put_model(keyed.key, {"data": result.model_data, "skip": [list(p) for p in result.model_skip]})
    cache.put(keyed.key, {
        "kind": kind,
        "suppressed": result.suppressed,
        "diagnostics": [{k: v for k, v in d.to_json().items() if k != "path"} for d in result.diagnostics],
        "plan_id": result.plan.id if result.plan is not None else None,
        "implements": sorted(result.implements),
        "mentions": _mentions_cross_plan_rule(keyed.raw),
    })
    return replace(result, key=keyed.key)


def _mentions_cross_plan_rule(raw: bytes) -> bool:
    return any(code.encode() in raw for code in rule_registry.CROSS_PLAN_RULES)


def lint_text(text: str, name: str = "plan.yaml", *, kind: str = "plan",
              registry: Registry | None = None) -> FileResult:
    """Lint YAML text (used by tests and editors); ``registry`` stands in for agencies.yaml."""
    from cchc.reading.load import load_text

    loaded = load_text(text, name)
    return _lint_loaded(loaded, Path(name), kind, _Registries(), given_registry=registry,
                        discover_registry=False)


def lint_loaded(loaded: LoadedYaml, path: Path, *, kind: str = "plan", registry: Registry | None = None,
                discover_registry: bool | None = None) -> FileResult:
    """Lint already-loaded text as if it were the file at ``path`` (its registry found as usual
    unless one is given, or ``discover_registry`` is False: then, as :func:`lint_text` does, no
    registry but ``registry``)."""
    return _lint_loaded(loaded, path, kind, _Registries(), given_registry=registry,
                        discover_registry=registry is None if discover_registry is None else discover_registry)


def is_plan_like(data: Mapping[Any, Any]) -> bool:
    """Whether a YAML mapping is meant as a plan: it has a top-level key of the plan schema other
    than ``version`` (which many YAML formats share). A file without one (a CI workflow, a
    pre-commit config) gets one finding saying it is not a plan, not a list of schema errors."""
    from cchc.checking.schema import load_schema

    keys = set(load_schema(PLAN_SCHEMA)["properties"]) - {"version"}
    return any(isinstance(key, str) and key in keys for key in data)


def _internal(shown: str, exc: BaseException, code: str = "") -> Diagnostic:
    error = f"{exc.__class__.__name__}: {exc}"
    message = (rule_registry.message("X001", "in-rule", code=code, error=error) if code
               else rule_registry.message("X001", "in-engine", error=error))
    return Diagnostic(shown, Span.start_of_file(), "X001", Severity.ERROR, message,
                      rule_registry.message("X001", "hint"))


def _diag(loaded: LoadedYaml, code: str, finding: Finding) -> Diagnostic:
    module = rule_registry.RULES[code]
    if finding.span is not None:
        span = finding.span
    elif finding.path is not None:
        span = loaded.locate(finding.path, key=finding.key)
    else:
        span = Span.start_of_file()
    return Diagnostic(loaded.path, span, code, module.SEVERITY, bounded(finding.message), bounded(finding.hint))


def _raw_text(loaded: LoadedYaml, span: Span) -> str:
    lines = loaded.lines
    if span.line != span.end_line or not 0 < span.line <= len(lines):
        return ""
    return lines[span.line - 1][span.column - 1: span.end_column - 1]


def _lint_loaded(loaded: LoadedYaml, path: Path, kind: str, registries: _Registries,
                 given_registry: Registry | None = None, discover_registry: bool = True) -> FileResult:
    diagnostics: list[Diagnostic] = []
    ran: set[str] = {"Y001", "Y002", "Y003", "S001", "S002", "S003", "S004"}
    for problem in loaded.problems:
        code = rule_registry.LOAD_CODES[problem.kind]
        diagnostics.append(_diag(loaded, code, Finding(problem.message, problem.hint, span=problem.span)))
    if not loaded.ok:
        return FileResult(loaded.path, kind, tuple(diagnostics), text=loaded.text)
    if not isinstance(loaded.data, dict):
        message = rule_registry.message("Y003", "empty" if loaded.data is None else "not-mapping")
        hint = rule_registry.message("Y003", {"plan": "plan.hint", "report": "report.hint"}.get(kind, "registry.hint"))
        diagnostics.append(_diag(loaded, "Y003", Finding(message, hint, path=())))
        return FileResult(loaded.path, kind, tuple(diagnostics), text=loaded.text)

    if kind == "plan" and not is_plan_like(loaded.data):
        diagnostics.append(_diag(loaded, "Y003", Finding(
            rule_registry.message("Y003", "not-a-plan"), rule_registry.message("Y003", "not-a-plan.hint"),
            path=())))
        return FileResult(loaded.path, kind, tuple(diagnostics), text=loaded.text)

    schema_name = {"plan": PLAN_SCHEMA, "report": REPORT_SCHEMA}.get(kind, AGENCIES_SCHEMA)
    schema_problems = validate(loaded.data, schema_name)
    meant = _meant_keys(schema_problems)
    for violation in schema_problems:
        if violation.kind == "missing-key" and (*violation.path, violation.name) in meant:
            continue  # "deadine:" is the one finding, not also "deadline is missing"
        code = rule_registry.SCHEMA_CODES[violation.kind]
        hint = violation.hint
        if "{raw}" in hint:  # show the value exactly as typed (1.10, not the float 1.1)
            raw = _raw_text(loaded, loaded.locate(violation.path))
            hint = msg(hint.msgid, raw=raw) if isinstance(hint, Message) else hint.replace("{raw}", raw)
        diagnostics.append(_diag(loaded, code, Finding(violation.message, hint,
                                                        path=violation.path, key=violation.key)))
    ctx = Context(loaded.path, loaded)
    codes: list[str] = list(rule_registry.DATA_RULES)
    plan: Plan | None = None
    quiet: list[Span] = []  # parts skipped because of schema errors: no "unused suppression" there
    model_data: Any = None
    skipped: list[JsonPath] = []
    if kind == "plan":
        plan, skipped, model_data = _tolerant_plan(loaded, schema_problems)
        quiet = [loaded.locate(p) for p in skipped]
    if plan is not None:
        registry, registry_path, registry_problem = given_registry, None, None
        if given_registry is None and discover_registry:
            registry_file = registries.registry_file(path)
            if registry_file is not None:
                registry_path = display_path(registry_file)
                registry, registry_problem = registries.get(registry_file)
        elif given_registry is not None:
            registry_path = given_registry.source
        ctx = Context(loaded.path, loaded, plan, registry, registry_path, registry_problem)
        codes += list(rule_registry.PLAN_RULES)
    elif kind == "registry" and not schema_problems:
        parent, parent_problem = None, None
        extends = loaded.data.get("extends")
        if extends:
            parent_file = path.parent / extends
            parent_limit = repository_root(path.parent)
            if escapes(parent_file, parent_limit):
                parent_problem = rule_registry.message("R002", "extends.outside", path=extends)
            elif parent_file.is_file():
                parent, parent_problem = registries.get(parent_file, (path.resolve(),), parent_limit)
            else:
                parent_problem = rule_registry.message("R002", "extends.missing", path=extends)
            if parent_problem:
                diagnostics.append(_diag(loaded, "R002", Finding(
                    rule_registry.message("R002", "extends", problem=parent_problem),
                    rule_registry.message("R002", "extends.hint"),
                    path=("extends",))))
        registry = build_registry(loaded.data, loaded.path, parent)
        ctx = Context(loaded.path, loaded, None, registry, loaded.path)
        codes += list(rule_registry.REGISTRY_RULES)
    for code in codes:
        module = rule_registry.RULES[code]
        ran.add(code)
        try:
            for finding in module.check(ctx):
                diagnostics.append(_diag(loaded, code, finding))
        except Exception as exc:  # noqa: BLE001 - a rule bug is reported, not raised
            diagnostics.append(_internal(loaded.path, exc, code))
    kept, suppressed = _apply_suppressions(loaded, diagnostics, ran, quiet)
    return FileResult(loaded.path, kind, tuple(sorted(kept, key=Diagnostic.sort_key)), suppressed, plan,
                      loaded.text, ctx.registry if kind == "plan" else None, model_data if plan else None,
                      tuple(skipped))


# Fields no rule depends on: a bad value there is dropped instead of leaving its object out.
_DROPPABLE = frozenset({"area", "note", "marker", "lead_text", "support_text", "responsibility", "evidence",
                        "by", "role", "label", "reference", "columns", "source"})


def _tolerant_plan(loaded: LoadedYaml, problems: Sequence[SchemaProblem], repair: bool = True
                   ) -> tuple[Plan | None, list[JsonPath], Any]:
    """The plan model even when parts of the file fail the schema.

    A misspelled key with a close match is read under the name it was meant to have (other unknown
    keys are dropped), and a text where a list is expected as a one-item list, so the rules do not
    add "no deadline" or numbering findings that the schema finding already explains; a task,
    section, target or progress entry with any other schema error is left out (the other objects
    keep their paths), so one typo does not hide every semantic finding in the file. If the repaired
    data does not make a model, the misspelled keys are dropped instead. Errors in the document's
    top-level fields leave no model.
    """
    if any(p.kind == "duplicate-key" for p in loaded.problems):
        return None, [], None
    data = copy.deepcopy(loaded.data) if problems else loaded.data  # only a repair needs a copy
    skip: set[JsonPath] = set()
    meant = _meant_keys(problems) if repair else set()
    for problem in problems:
        if problem.kind == "missing-key" and (*problem.path, problem.name) in meant:
            continue  # the misspelled key stands for it (read under its right name below)
        one_item = repair and _one_item(problem, loaded)
        if problem.kind == "unknown-key" or (problem.path and problem.path[-1] in _DROPPABLE
                                             and problem.kind != "missing-key") or one_item:
            parent: Any = data
            try:
                for part in problem.path[:-1]:
                    parent = parent[part]
                value = parent.pop(problem.path[-1], None)
                if repair and problem.kind == "unknown-key" and problem.name and problem.name not in parent:
                    parent[problem.name] = value  # "deadine: Quý II/2021" is read as the deadline
                elif one_item:
                    parent[problem.path[-1]] = [value]  # "lead: Phòng Tư pháp" is read as a one-item list
            except (KeyError, IndexError, TypeError, AttributeError):
                return None, [], None
            continue
        entity = entity_of(problem.path)
        if entity is None:
            return None, [], None
        skip.add(entity)
    try:
        return build_plan(data, loaded.path, frozenset(skip)), sorted(skip, key=str), data
    except (KeyError, TypeError, ValueError, AttributeError):
        return _tolerant_plan(loaded, problems, repair=False) if repair else (None, [], None)


def _meant_keys(problems: Sequence[SchemaProblem]) -> set[JsonPath]:
    """Where a misspelled key stands for a key the schema knows: (object's path…, meant key)."""
    return {(*p.path[:-1], p.name) for p in problems if p.kind == "unknown-key" and p.name}


def _one_item(problem: SchemaProblem, loaded: LoadedYaml) -> bool:
    """A text where a list is expected: the schema error says so, and the rest of the checks read it
    as a list of that one text (the task is not left out: no cascade of numbering findings)."""
    if problem.kind != "type" or "array" not in problem.expected or not problem.path:
        return False
    value: Any = loaded.data
    try:
        for part in problem.path:
            value = value[part]
    except (KeyError, IndexError, TypeError):
        return False
    return isinstance(value, str) and bool(value.strip())


def _apply_suppressions(loaded: LoadedYaml, diagnostics: Iterable[Diagnostic],
                        ran: set[str], quiet: Sequence[Span] = ()) -> tuple[list[Diagnostic], int]:
    suppressions = parse_suppressions(loaded)
    used: set[tuple[int, str]] = set()
    kept: list[Diagnostic] = []
    suppressed = 0
    for diagnostic in diagnostics:
        hit = None
        if diagnostic.code not in rule_registry.UNSUPPRESSIBLE:
            for suppression in suppressions:
                if diagnostic.code in suppression.codes and suppression.covers(diagnostic.line):
                    hit = suppression
                    break
        if hit is None:
            kept.append(diagnostic)
        else:
            used.add((hit.line, diagnostic.code))
            suppressed += 1
    for suppression in suppressions:
        span = Span(suppression.line, suppression.column, suppression.line, suppression.end_column)

        def add(code: str, message: str, hint: str, _span: Span = span) -> None:
            kept.append(Diagnostic(loaded.path, _span, code, rule_registry.RULES[code].SEVERITY, message, hint))

        if suppression.malformed or not suppression.codes:
            add("Q003", rule_registry.message("Q003", "malformed"), rule_registry.message("Q003", "malformed.hint"))
            continue
        if not suppression.reason:
            add("Q001", rule_registry.message("Q001", "no-reason"), rule_registry.message("Q001", "no-reason.hint"))
        for code in suppression.codes:
            if code not in rule_registry.RULES:
                add("Q003", rule_registry.message("Q003", "unknown-code", code=code),
                    rule_registry.message("Q003", "unknown-code.hint"))
            elif code in rule_registry.UNSUPPRESSIBLE:
                add("Q003", rule_registry.message("Q003", "unsuppressible", code=code),
                    rule_registry.message("Q003", "unsuppressible.hint"))
            elif code in ran and (suppression.line, code) not in used and not any(
                    q.line <= suppression.line <= q.end_line for q in quiet):
                add("Q002", rule_registry.message("Q002", "unused", code=code),
                    rule_registry.message("Q002", "unused.hint"))
    return kept, suppressed


def summary(result: LintResult) -> dict[str, Any]:
    return {
        "files": len(result.files),
        "errors": result.errors,
        "warnings": result.warnings,
        "infos": result.count(Severity.INFO),
        "suppressed": result.suppressed,
    }
