"""The per-file check: load → schema → model → rules → suppressions, with no cache inside.

:func:`check_file` turns one file into a :class:`FileResult`, a plain picklable record of its
diagnostics (and, in the process that read it, its plan model and agency registry). The read stage
(:mod:`cchc.checking.read`) wraps it with discovery, the cache and worker processes; the cross-plan
link pass (:mod:`cchc.checking.linkcheck`) runs on the records afterwards. Agency registries are
read through :class:`Registries`, which reads each registry of a run once and builds it from the
same :func:`cchc.reading.agencies.registry_chain` the cache keys by.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc.base.confine import repository_root
from cchc.base.diagnostics import Diagnostic, Finding, JsonPath, Severity, Span
from cchc.base.i18n import Message, msg
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
from cchc.checking.suppress import REASON_PLACEHOLDER, parse_suppressions
from cchc.reading.agencies import (
    REGISTRY_NAMES,
    ChainLink,
    Registry,
    build_registry,
    chain_digest,
    find_registry_file,
    registry_chain,
)
from cchc.reading.files import read_bytes
from cchc.reading.load import LoadedYaml, decode, load_file, load_text
from cchc.reading.model import Plan, build_plan, entity_of

if TYPE_CHECKING:
    from cchc.reading.cache import Cache


@dataclass(frozen=True)
class FileResult:
    """What checking one file gave: its diagnostics, and its plan model, now (``plan``) or on
    demand (``lazy``: from the cache, or by checking the file again)."""

    path: str
    kind: str  # "plan", "registry" or "report"
    diagnostics: tuple[Diagnostic, ...]
    suppressed: int = 0
    plan: Plan | None = field(default=None, repr=False)
    text: str = field(default="", repr=False)  # the file's text ("" when the run did not keep it)
    registry: Registry | None = field(default=None, repr=False)
    lazy: LazyPlan | None = field(default=None, repr=False, compare=False)  # the model, built when asked
    key: str | None = field(default=None, repr=False, compare=False)  # the cache key of its content (cache runs)
    derived: Any = field(default=None, repr=False, compare=False)  # what the command's per-file step made of it

    @property
    def usable(self) -> bool:
        """The file gives a plan model (now, or on demand)."""
        return self.plan is not None or self.lazy is not None

    @property
    def plan_id(self) -> str | None:
        if self.plan is not None:
            return self.plan.id
        return self.lazy.plan_id if self.lazy is not None else None

    @property
    def implements(self) -> frozenset[str]:
        """Ids of the plans this plan's tasks implement."""
        if self.plan is not None:
            return implemented_ids(self.plan)
        return self.lazy.implements if self.lazy is not None else frozenset()

    def get_plan(self) -> Plan | None:
        if self.plan is not None:
            return self.plan
        return self.lazy.plan() if self.lazy is not None else None

    def get_registry(self) -> Registry | None:
        if self.registry is not None or self.lazy is None:
            return self.registry
        return self.lazy.registry()


def implemented_ids(plan: Plan) -> frozenset[str]:
    """Ids of the plans a plan's tasks implement (``<plan id>#<task>``)."""
    return frozenset(ref.partition("#")[0] for _, task in plan.tasks() for ref in task.implements)


class LazyPlan:
    """The one way to get a plan model a record does not carry (a cache hit, or a file read in a
    worker process that did not send its model back): from the model entry the cache keeps beside
    the record when there is one, else by checking the file again. What the link rules need (the
    plan id and the ids it implements) is known without it. A model whose id is not the record's
    (the file changed since) is never used: the file is checked again."""

    def __init__(self, plan_id: str, implements: frozenset[str], path: Path, registries: Registries | None = None,
                 cache: Cache | None = None, key: str | None = None) -> None:
        self.plan_id, self.implements, self.path = plan_id, implements, path
        self._registries, self._cache, self._key = registries, cache, key
        self._plan: Plan | None = None

    def bound(self, registries: Registries, cache: Cache | None, key: str | None) -> LazyPlan:
        """This lazy model in the process that uses it (a worker sends it back unbound)."""
        return LazyPlan(self.plan_id, self.implements, self.path, registries, cache, key)

    def plan(self) -> Plan | None:
        if self._plan is None:
            plan = self._from_cache()
            if plan is None or plan.id != self.plan_id:
                plan = check_file(self.path, self._registries).plan  # never trust a damaged entry
            self._plan = plan
        return self._plan

    def _from_cache(self) -> Plan | None:
        if self._cache is None or self._key is None:
            return None
        model = self._cache.get_model(self._key)
        if model is None:
            return None
        try:
            skip = frozenset(tuple(p) for p in model["skip"])
            return build_plan(model["data"], display_path(self.path), skip)
        except Exception:  # noqa: BLE001 - an entry of any shape is rebuilt, never trusted
            return None

    def registry(self) -> Registry | None:
        registries = self._registries or Registries()
        registry_file = registries.registry_file(self.path)
        return registries.get(registry_file)[0] if registry_file is not None else None


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


def real_path(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


@dataclass
class Registries:
    """The agency registries of one run: each registry file read once (its bytes kept, so that
    the cache key and the registry built are made from the same bytes), each built once.

    ``known``: bytes already read by this run, by resolved path (a worker process starts with the
    bytes its parent read)."""

    known: dict[Path, bytes] = field(default_factory=dict)
    folders: dict[Path, Path | None] = field(default_factory=dict)
    chains: dict[tuple[Path, Path | None], tuple[ChainLink, ...]] = field(default_factory=dict)
    built: dict[Path, tuple[Registry | None, str | None]] = field(default_factory=dict)
    answers: dict[tuple[Path, Path | None], tuple[Registry | None, str | None]] = field(default_factory=dict)

    def read(self, path: Path) -> bytes:
        """A registry's bytes, read once per run."""
        real = real_path(path)
        raw = self.known.get(real)
        if raw is None:
            raw = self.known[real] = read_bytes(path)
        return raw

    def registry_file(self, plan_path: Path) -> Path | None:
        """find_registry_file, once per folder (a symbolic link is looked up from where it leads)."""
        if plan_path.is_symlink():
            return find_registry_file(plan_path)
        folder = plan_path.parent
        if folder not in self.folders:
            self.folders[folder] = find_registry_file(plan_path)
        return self.folders[folder]

    def chain(self, path: Path, limit: Path | None = None) -> tuple[ChainLink, ...]:
        """:func:`cchc.reading.agencies.registry_chain`, once per run."""
        asked = (path, limit)
        if asked not in self.chains:
            self.chains[asked] = registry_chain(path, self.read, limit)
        return self.chains[asked]

    def digest(self, path: Path | None) -> bytes:
        """What an answer depends on in the registry ``path`` and those it extends: their bytes, and
        the registry's path as shown (A001's hint names the file to add an agency to, so two folders
        holding the same plan and the same registry bytes do not share an answer)."""
        return chain_digest(self.chain(path)) + display_path(path).encode() if path is not None else b""

    def get(self, path: Path, limit: Path | None = None) -> tuple[Registry | None, str | None]:
        """The registry in ``path`` and what is wrong with it. ``limit``: the git repository that
        ``path`` was found from (default: the one holding ``path``'s folder); a registry that leads
        outside it is not read (:mod:`cchc.base.confine`). Asked again with the same path (every plan of
        a folder asks), the answer is given without looking at the disk again."""
        asked = (path, limit)
        if asked not in self.answers:
            self.answers[asked] = self.build(self.chain(path, limit))
        return self.answers[asked]

    def build(self, links: Sequence[ChainLink], index: int = 0) -> tuple[Registry | None, str | None]:
        """The registry of ``links[index]``, with those it extends (each built once per run)."""
        link = links[index]
        if link.missing == "outside":
            return None, "tệp là liên kết tượng trưng trỏ ra ngoài kho git, cchc không đọc"
        real = real_path(link.path)
        if real in self.built:
            return self.built[real]
        registry: Registry | None = None
        problem: str | None = None
        loaded = _loaded(link.raw, display_path(link.path)) if link.raw is not None else None
        if loaded is None or not loaded.ok or not isinstance(loaded.data, dict):
            problem = msg("không đọc được tệp")
        elif validate(loaded.data, AGENCIES_SCHEMA):
            problem = msg("không đúng định dạng danh mục cơ quan")
        else:
            parent = None
            extends = loaded.data.get("extends")
            if extends:
                after = links[index + 1] if index + 1 < len(links) else ChainLink(link.path, extends, None, "missing")
                if after.missing == "outside":
                    problem = msg("danh mục cấp trên {path} nằm ngoài kho git, cchc không đọc", path=extends)
                elif after.missing == "missing":
                    problem = msg("không tìm thấy danh mục cấp trên {path}", path=extends)
                elif after.missing == "loop":
                    problem = msg("danh mục kế thừa vòng tròn (extends)")
                else:
                    parent, problem = self.build(links, index + 1)
            if problem is None:
                registry = build_registry(loaded.data, loaded.path, parent)
        self.built[real] = (registry, problem)
        return registry, problem


_Registries = Registries  # the name callers used before


def _loaded(raw: bytes, shown: str) -> LoadedYaml:
    """Bytes read before, loaded as :func:`cchc.reading.load.load_file` loads a file."""
    text, problem = decode(raw)
    if text is None:
        assert problem is not None
        return LoadedYaml(shown, "", None, (problem,))
    return load_text(text, shown)


@dataclass(frozen=True)
class Checked:
    """A file's record, and what its plan model was built from (for the cache's model entry)."""

    result: FileResult
    model: dict[str, Any] | None = None


def check_file(path: Path, registries: Registries | None = None, raw: bytes | None = None) -> FileResult:
    """Check one file (its bytes ``raw`` when they were read already)."""
    return check(path, registries or Registries(), raw).result


def check(path: Path, registries: Registries, raw: bytes | None = None) -> Checked:
    """The per-file check, on the file at ``path`` or on its bytes ``raw``; an unexpected
    exception becomes an X001 diagnostic for the file, never an abort of the run."""
    shown = display_path(path)
    kind = file_kind(path)
    try:
        loaded = load_file(path, shown) if raw is None else _loaded(raw, shown)
        return _lint_loaded(loaded, path, kind, registries)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the run
        return Checked(FileResult(shown, kind, (_internal(shown, exc),)))


lint_file = check_file  # the name callers used before


def lint_text(text: str, name: str = "plan.yaml", *, kind: str = "plan",
              registry: Registry | None = None) -> FileResult:
    """Lint YAML text (used by tests and editors); ``registry`` stands in for agencies.yaml."""
    loaded = load_text(text, name)
    return _lint_loaded(loaded, Path(name), kind, Registries(), given_registry=registry,
                        discover_registry=False).result


def lint_loaded(loaded: LoadedYaml, path: Path, *, kind: str = "plan", registry: Registry | None = None,
                discover_registry: bool | None = None, registries: Registries | None = None) -> FileResult:
    """Lint already-loaded text as if it were the file at ``path`` (its registry found as usual
    unless one is given, or ``discover_registry`` is False: then, as :func:`lint_text` does, no
    registry but ``registry``). ``registries``: where registries are read and built (an editor
    keeps one that builds a registry again only when its bytes change)."""
    return _lint_loaded(loaded, path, kind, registries or Registries(), given_registry=registry,
                        discover_registry=registry is None if discover_registry is None else discover_registry).result


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


def diagnostic_of(loaded: LoadedYaml, code: str, finding: Finding) -> Diagnostic:
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


def _lint_loaded(loaded: LoadedYaml, path: Path, kind: str, registries: Registries,
                 given_registry: Registry | None = None, discover_registry: bool = True) -> Checked:
    diagnostics: list[Diagnostic] = []
    ran: set[str] = {"Y001", "Y002", "Y003", "S001", "S002", "S003", "S004"}
    for problem in loaded.problems:
        code = rule_registry.LOAD_CODES[problem.kind]
        diagnostics.append(diagnostic_of(loaded, code, Finding(problem.message, problem.hint, span=problem.span)))
    if not loaded.ok:
        return Checked(FileResult(loaded.path, kind, tuple(diagnostics), text=loaded.text))
    if not isinstance(loaded.data, dict):
        message = rule_registry.message("Y003", "empty" if loaded.data is None else "not-mapping")
        hint = rule_registry.message("Y003", {"plan": "plan.hint", "report": "report.hint"}.get(kind, "registry.hint"))
        diagnostics.append(diagnostic_of(loaded, "Y003", Finding(message, hint, path=())))
        return Checked(FileResult(loaded.path, kind, tuple(diagnostics), text=loaded.text))

    if kind == "plan" and not is_plan_like(loaded.data):
        diagnostics.append(diagnostic_of(loaded, "Y003", Finding(
            rule_registry.message("Y003", "not-a-plan"), rule_registry.message("Y003", "not-a-plan.hint"),
            path=())))
        return Checked(FileResult(loaded.path, kind, tuple(diagnostics), text=loaded.text))

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
        diagnostics.append(diagnostic_of(loaded, code, Finding(violation.message, hint,
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
            # The registries it extends, as the chain its cache key was made from reads them.
            links = (ChainLink(path, "", loaded.text.encode()),
                     *registry_chain(path.parent / extends, registries.read, repository_root(path.parent),
                                     written=extends, after=(path,)))
            after = links[1]
            if after.missing == "outside":
                parent_problem = rule_registry.message("R002", "extends.outside", path=extends)
            elif after.missing == "missing":
                parent_problem = rule_registry.message("R002", "extends.missing", path=extends)
            elif after.missing == "loop":
                parent_problem = msg("danh mục kế thừa vòng tròn (extends)")
            else:
                parent, parent_problem = registries.build(links, 1)
            if parent_problem:
                diagnostics.append(diagnostic_of(loaded, "R002", Finding(
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
                diagnostics.append(diagnostic_of(loaded, code, finding))
        except Exception as exc:  # noqa: BLE001 - a rule bug is reported, not raised
            diagnostics.append(_internal(loaded.path, exc, code))
    kept, suppressed = apply_suppressions(loaded, diagnostics, ran, quiet)
    result = FileResult(loaded.path, kind, tuple(sorted(kept, key=Diagnostic.sort_key)), suppressed, plan,
                        loaded.text, ctx.registry if kind == "plan" else None)
    return Checked(result, {"data": model_data, "skip": [list(p) for p in skipped]} if plan is not None else None)


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


def apply_suppressions(loaded: LoadedYaml, diagnostics: Iterable[Diagnostic], ran: Iterable[str],
                       quiet: Sequence[Span] = (), *, comments: bool = True) -> tuple[list[Diagnostic], int]:
    """The one suppression pass: the diagnostics a ``# cchc: ignore[…]`` comment does not cover,
    plus Q002 for each code of ``ran`` that a comment names but covers nothing of (not inside the
    ``quiet`` spans), and how many were suppressed. ``comments``: also report comments that are
    malformed, give no reason or name a code that does not exist or cannot be suppressed
    (Q001, Q003); the cross-plan link pass, run after the file's own pass, leaves them out."""
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

        if not comments:
            for code in suppression.codes:
                if code in ran and code not in rule_registry.UNSUPPRESSIBLE and (suppression.line, code) not in used:
                    add("Q002", rule_registry.message("Q002", "unused", code=code), rule_registry.message("Q002", "unused.hint"))
            continue
        if suppression.malformed or not suppression.codes:
            add("Q003", rule_registry.message("Q003", "malformed"), rule_registry.message("Q003", "malformed.hint"))
            continue
        if not suppression.reason:
            if suppression.placeholder:
                add("Q001", rule_registry.message("Q001", "placeholder", placeholder=REASON_PLACEHOLDER),
                    rule_registry.message("Q001", "no-reason.hint"))
            else:
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
                add("Q002", rule_registry.message("Q002", "unused", code=code), rule_registry.message("Q002", "unused.hint"))
    return kept, suppressed




