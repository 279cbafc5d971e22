"""Reading a set of plans for the read commands (status, agencies, report): plans plus registries.

Files are read through the lint pipeline, so a plan is used exactly when its data passes the
schema; files that cannot be used are named in ``skipped`` instead of stopping the run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cchc.agencies import Registry
from cchc.cache import Cache
from cchc.diagnostics import Severity
from cchc.lint import LintResult, lint_paths
from cchc.load import collector_paused
from cchc.model import Plan


@dataclass(frozen=True)
class Workspace:
    plans: tuple[Plan, ...]
    registries: dict[str, Registry | None]  # plan source → its registry
    skipped: tuple[str, ...]
    missing: tuple[str, ...]
    lint: LintResult

    @property
    def error_files(self) -> tuple[str, ...]:
        """Plans that are used but have lint errors (their numbers may be off)."""
        return tuple(f.path for f in self.lint.files
                     if f.usable and any(d.severity == Severity.ERROR for d in f.diagnostics))


def load_workspace(paths: Sequence[Path], *, cache: Cache | None = None, jobs: int = 1) -> Workspace:
    with collector_paused():  # models built from cache entries hold no cycles either
        return _load_workspace(paths, cache, jobs)


def _load_workspace(paths: Sequence[Path], cache: Cache | None, jobs: int) -> Workspace:
    result = lint_paths(paths, cache=cache, jobs=jobs)
    plans = []
    registries: dict[str, Registry | None] = {}
    skipped = []
    for file in result.files:
        if file.kind != "plan":
            continue
        plan = file.get_plan()
        if plan is None:
            skipped.append(file.path)
            continue
        plans.append(plan)
        registries[plan.source] = file.get_registry()
    return Workspace(tuple(plans), registries, tuple(skipped), result.missing, result)
