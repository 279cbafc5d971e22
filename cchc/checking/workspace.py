"""Reading a set of plans for the read commands (status, agencies, report): plans plus registries.

Files are read through the lint pipeline, so a plan is used exactly when its data passes the
schema; files that cannot be used are named in ``skipped`` instead of stopping the run. Files
that hold plans with the same id (a copied file whose ``id:`` was not changed: lint error I003)
are all left out and named in ``duplicates``: counting one plan twice, or guessing which copy is
the real one, would both give wrong numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cchc.base.diagnostics import Severity
from cchc.checking.lint import (
    FileResult,
    LintResult,
    PerFile,
    lint_paths,
    registries_of,
    shared_plan_ids,
)
from cchc.reading.agencies import Registry
from cchc.reading.cache import Cache
from cchc.reading.model import Plan


@dataclass(frozen=True)
class Workspace:
    plans: tuple[Plan, ...]
    registries: dict[str, Registry | None]  # plan source → its registry
    skipped: tuple[str, ...]
    missing: tuple[str, ...]
    lint: LintResult
    files: tuple[FileResult, ...] = ()  # the usable plan files, in path order (all of them, even without models)
    duplicates: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (plan id, its files): plans left out (I003)

    def with_models(self) -> Workspace:
        """This workspace with every plan model built; a file whose model cannot be built after all
        (its cache entry is damaged and the file no longer reads) joins ``skipped``."""
        plans = []
        files = []
        registries: dict[str, Registry | None] = {}
        lost = []
        for file in self.files:
            plan = file.get_plan()
            if plan is None:
                lost.append(file.path)
                continue
            plans.append(plan)
            files.append(file)
            registries[plan.source] = file.get_registry()
        return replace(self, plans=tuple(plans), registries=registries, files=tuple(files),
                       skipped=tuple(sorted((*self.skipped, *lost))) if lost else self.skipped)

    def agency_registries(self) -> tuple[Registry, ...]:
        """Every agency registry the plans read use, each once, without building a plan model (a
        file read in a worker process comes back without its registry: it is read here, once
        per run)."""
        return registries_of(self.files)

    @property
    def error_files(self) -> tuple[str, ...]:
        """Plans that are used but have lint errors (their numbers may be off)."""
        used = {f.path for f in self.files}
        return tuple(f.path for f in self.lint.files
                     if f.path in used and any(d.severity == Severity.ERROR for d in f.diagnostics))


def load_workspace(paths: Sequence[Path], *, cache: Cache | None = None, jobs: int = 1,
                   models: bool = True, per_file: PerFile | None = None) -> Workspace:
    """Lint ``paths`` and keep the usable plans. ``models=False`` builds no plan model yet:
    ``plans`` and ``registries`` stay empty until :meth:`Workspace.with_models` (``cchc status``
    printing plan tables needs only the models of the files whose tables are not at hand), and
    worker processes do not send their models back. ``per_file``: the command's own per-file step
    (:func:`cchc.checking.read.read`), its result in each file's ``derived``."""
    result = lint_paths(paths, cache=cache, jobs=jobs, models=models, per_file=per_file)
    shared = shared_plan_ids(result.files)
    files: list[FileResult] = []
    skipped: list[FileResult] = []
    for file in result.files:
        if file.kind == "plan" and file.plan_id not in shared:
            (files if file.usable else skipped).append(file)
    workspace = Workspace((), {}, tuple(f.path for f in skipped), result.missing, result, tuple(files),
                          tuple(sorted(shared.items())))
    return workspace.with_models() if models else workspace
