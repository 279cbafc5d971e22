"""``cchc lint``: the read stage, then the cross-plan link pass.

Every problem is a :class:`~cchc.base.diagnostics.Diagnostic` value; nothing here prints or exits, and
one bad file never stops the others (an unexpected exception inside a rule becomes an X001
diagnostic for that file). Callable from Python without the CLI::

    from cchc.checking.lint import lint_paths
    result = lint_paths([Path("plans")])

The stages: :func:`cchc.checking.read.read` (discovery, cache, workers) runs
:func:`cchc.checking.check.check` on each file; :func:`cchc.checking.linkcheck.link_pass` adds the
cross-plan findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc.base.diagnostics import Diagnostic, Severity
from cchc.checking.check import (  # noqa: F401 - the per-file check's names, as callers import them
    REPORTS_FOLDER,
    FileResult,
    LazyPlan,
    Registries,
    _Registries,
    _tolerant_plan,
    check_file,
    display_path,
    file_kind,
    is_plan_like,
    is_registry_file,
    is_report_file,
    lint_file,
    lint_loaded,
    lint_text,
)
from cchc.checking.linkcheck import link_pass, shared_plan_ids  # noqa: F401 - re-exported
from cchc.checking.read import (  # noqa: F401 - re-exported
    PARALLEL_THRESHOLD,
    YAML_SUFFIXES,
    PerFile,
    discover,
    read,
    within,
)
from cchc.reading.agencies import Registry
from cchc.reading.cache import Cache


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


def lint_paths(paths: Sequence[Path], *, cache: Cache | None = None, jobs: int = 1, models: bool = True,
               per_file: PerFile | None = None) -> LintResult:
    """Lint every YAML file under ``paths``: read (:func:`cchc.checking.read.read`: ``cache``
    skips files seen before, ``jobs`` > 1 reads large inputs in that many processes, the output
    order does not depend on it; ``models`` and ``per_file`` as there), then the link pass."""
    stage = read(paths, cache, jobs, per_file, models)
    return LintResult(tuple(link_pass(stage.files, stage.registries)), stage.missing, stage.crashed)


def registries_of(files: Iterable[FileResult]) -> tuple[Registry, ...]:
    """The agency registries of plan files, each once: the one a file carries, else the one its
    lazy model gives (read once per run, never by checking the file again)."""
    found: dict[int, Registry] = {}
    for file in files:
        registry = file.get_registry()
        if registry is not None:
            found.setdefault(id(registry), registry)
    return tuple(found.values())


def summary(result: LintResult) -> dict[str, Any]:
    return {
        "files": len(result.files),
        "errors": result.errors,
        "warnings": result.warnings,
        "infos": result.count(Severity.INFO),
        "suppressed": result.suppressed,
    }
