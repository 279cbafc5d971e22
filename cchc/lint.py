"""The lint run: discover files, then load → schema → model → rules → suppressions, per file.

Every problem is a :class:`~cchc.diagnostics.Diagnostic` value; nothing here prints or exits, and
one bad file never stops the others (an unexpected exception inside a rule becomes an X001
diagnostic for that file). Callable from Python without the CLI::

    from cchc.lint import lint_paths
    result = lint_paths([Path("plans")])
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc import rules as rule_registry
from cchc.agencies import REGISTRY_NAMES, Registry, build_registry, find_registry_file
from cchc.diagnostics import Diagnostic, Finding, Severity, Span
from cchc.load import LoadedYaml, load_file
from cchc.model import Plan, build_plan
from cchc.rules.base import Context
from cchc.schema import AGENCIES_SCHEMA, PLAN_SCHEMA, validate
from cchc.suppress import parse_suppressions

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class FileResult:
    path: str
    kind: str  # "plan" or "registry"
    diagnostics: tuple[Diagnostic, ...]
    suppressed: int = 0
    plan: Plan | None = field(default=None, repr=False)
    text: str = field(default="", repr=False)
    registry: Registry | None = field(default=None, repr=False)


@dataclass(frozen=True)
class LintResult:
    files: tuple[FileResult, ...]
    missing: tuple[str, ...] = ()  # paths given on the command line that do not exist

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
        if self.missing:
            return 2
        if self.errors or (strict and self.warnings):
            return 1
        return 0


def display_path(path: Path) -> str:
    """How a file is named in diagnostics: relative to the working folder when inside it."""
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return path.as_posix()
    return Path(os.path.normpath(path)).as_posix()


def discover(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """YAML files under the given paths (hidden folders skipped), and the paths that do not exist."""
    found: list[Path] = []
    missing: list[str] = []
    for path in paths:
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                        found.append(Path(root) / name)
        else:
            missing.append(str(path))
    unique: dict[Path, Path] = {}
    for item in found:
        unique.setdefault(item.resolve(), item)
    return list(unique.values()), missing


def is_registry_file(path: Path) -> bool:
    return path.name in REGISTRY_NAMES


@dataclass
class _Registries:
    """Registries loaded once per run, keyed by resolved path."""

    cache: dict[Path, tuple[Registry | None, str | None]] = field(default_factory=dict)

    def get(self, path: Path, chain: tuple[Path, ...] = ()) -> tuple[Registry | None, str | None]:
        key = path.resolve()
        if key in self.cache:
            return self.cache[key]
        if key in chain:
            return None, "danh mục kế thừa vòng tròn (extends)"
        loaded = load_file(path, display_path(path))
        registry: Registry | None = None
        problem: str | None = None
        if not loaded.ok or not isinstance(loaded.data, dict):
            problem = "không đọc được tệp"
        elif validate(loaded.data, AGENCIES_SCHEMA):
            problem = "không đúng định dạng danh mục cơ quan"
        else:
            parent = None
            extends = loaded.data.get("extends")
            if extends:
                parent_path = (path.parent / extends)
                if not parent_path.is_file():
                    problem = f"không tìm thấy danh mục cấp trên {extends}"
                else:
                    parent, problem = self.get(parent_path, (*chain, key))
            if problem is None:
                registry = build_registry(loaded.data, loaded.path, parent)
        self.cache[key] = (registry, problem)
        return registry, problem


def lint_paths(paths: Sequence[Path]) -> LintResult:
    files, missing = discover(paths)
    registries = _Registries()
    results = tuple(lint_file(path, registries) for path in files)
    return LintResult(results, tuple(missing))


def lint_file(path: Path, registries: _Registries | None = None) -> FileResult:
    registries = registries or _Registries()
    shown = display_path(path)
    kind = "registry" if is_registry_file(path) else "plan"
    try:
        return _lint_loaded(load_file(path, shown), path, kind, registries)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the run
        return FileResult(shown, kind, (_internal(shown, exc),))


def lint_text(text: str, name: str = "plan.yaml", *, kind: str = "plan",
              registry: Registry | None = None) -> FileResult:
    """Lint YAML text (used by tests and editors); ``registry`` stands in for agencies.yaml."""
    from cchc.load import load_text

    loaded = load_text(text, name)
    return _lint_loaded(loaded, Path(name), kind, _Registries(), given_registry=registry,
                        discover_registry=False)


def lint_loaded(loaded: LoadedYaml, path: Path, *, kind: str = "plan", registry: Registry | None = None) -> FileResult:
    """Lint already-loaded text as if it were the file at ``path`` (its registry found as usual
    unless one is given)."""
    return _lint_loaded(loaded, path, kind, _Registries(), given_registry=registry,
                        discover_registry=registry is None)


def _internal(shown: str, exc: BaseException, code: str = "") -> Diagnostic:
    where = f"Quy tắc {code} gặp" if code else "cchc gặp"
    return Diagnostic(shown, Span.start_of_file(), "X001", Severity.ERROR,
                      f"{where} lỗi nội bộ khi kiểm tra tệp này ({exc.__class__.__name__}: {exc}).",
                      "Đây là lỗi của cchc, không phải của kế hoạch: hãy báo cho nhóm phát triển kèm tệp này.")


def _diag(loaded: LoadedYaml, code: str, finding: Finding) -> Diagnostic:
    module = rule_registry.RULES[code]
    if finding.span is not None:
        span = finding.span
    elif finding.path is not None:
        span = loaded.locate(finding.path, key=finding.key)
    else:
        span = Span.start_of_file()
    return Diagnostic(loaded.path, span, code, module.SEVERITY, finding.message, finding.hint)


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
        message = ("Tệp rỗng." if loaded.data is None else
                   "Nội dung tệp không phải một đối tượng (các cặp khóa: giá trị).")
        hint = ("Một kế hoạch bắt đầu bằng version: 1, id: …, document: …, period: …."
                if kind == "plan" else "Danh mục cơ quan bắt đầu bằng version: 1, jurisdiction: …, agencies: ….")
        diagnostics.append(_diag(loaded, "Y003", Finding(message, hint, path=())))
        return FileResult(loaded.path, kind, tuple(diagnostics), text=loaded.text)

    schema_name = PLAN_SCHEMA if kind == "plan" else AGENCIES_SCHEMA
    schema_problems = validate(loaded.data, schema_name)
    for violation in schema_problems:
        code = rule_registry.SCHEMA_CODES[violation.kind]
        hint = violation.hint
        if "{raw}" in hint:  # show the value exactly as typed (1.10, not the float 1.1)
            hint = hint.replace("{raw}", _raw_text(loaded, loaded.locate(violation.path)))
        diagnostics.append(_diag(loaded, code, Finding(violation.message, hint,
                                                        path=violation.path, key=violation.key)))
    ctx = Context(loaded.path, loaded)
    codes: list[str] = list(rule_registry.DATA_RULES)
    plan: Plan | None = None
    if kind == "plan" and not schema_problems and not any(p.kind == "duplicate-key" for p in loaded.problems):
        plan = build_plan(loaded.data, loaded.path)
        registry, registry_path, registry_problem = given_registry, None, None
        if given_registry is None and discover_registry:
            registry_file = find_registry_file(path)
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
            if parent_file.is_file():
                parent, parent_problem = registries.get(parent_file, (path.resolve(),))
            else:
                parent_problem = f"không tìm thấy tệp {extends}"
            if parent_problem:
                diagnostics.append(_diag(loaded, "R002", Finding(
                    f"Danh mục cấp trên (extends) có vấn đề: {parent_problem}.",
                    "Sửa đường dẫn extends (tương đối so với tệp này) hoặc lỗi trong danh mục đó.",
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
    kept, suppressed = _apply_suppressions(loaded, diagnostics, ran)
    return FileResult(loaded.path, kind, tuple(sorted(kept, key=Diagnostic.sort_key)), suppressed, plan,
                      loaded.text, ctx.registry if kind == "plan" else None)


def _apply_suppressions(loaded: LoadedYaml, diagnostics: Iterable[Diagnostic],
                        ran: set[str]) -> tuple[list[Diagnostic], int]:
    suppressions = parse_suppressions(loaded.text, loaded.blocks)
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
            add("Q003", "Chú thích bỏ qua sai cú pháp.",
                "Cú pháp đúng: # cchc: ignore[MÃ1,MÃ2] lý do (xem mã bằng lệnh cchc rules).")
            continue
        if not suppression.reason:
            add("Q001", "Chú thích bỏ qua không ghi lý do.",
                "Thêm lý do sau dấu ], ví dụ: # cchc: ignore[T002] Bản gốc không ghi sản phẩm.")
        for code in suppression.codes:
            if code not in rule_registry.RULES:
                add("Q003", f"Mã quy tắc \"{code}\" không tồn tại.",
                    "Xem danh sách mã bằng lệnh cchc rules.")
            elif code in rule_registry.UNSUPPRESSIBLE:
                add("Q003", f"Không thể bỏ qua mã {code}.", "Sửa nguyên nhân thay vì bỏ qua.")
            elif code in ran and (suppression.line, code) not in used:
                add("Q002", f"Chú thích bỏ qua {code} không bỏ qua lỗi nào.",
                    "Lỗi này không (còn) xảy ra ở đây: xóa mã khỏi chú thích, hoặc xóa cả chú thích.")
    return kept, suppressed


def summary(result: LintResult) -> dict[str, Any]:
    return {
        "files": len(result.files),
        "errors": result.errors,
        "warnings": result.warnings,
        "infos": result.count(Severity.INFO),
        "suppressed": result.suppressed,
    }
