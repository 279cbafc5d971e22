"""The cross-plan link pass: rules that need every plan of the run (I001, I002, I003).

A child task names the parent task(s) it carries out as ``<plan id>#<task ref or key>``. The
parent plan is looked up among the plans read and, failing that, in the nearest ``plans`` folder
above the child's file (:class:`PlanFiles`: each such folder is indexed by its files' ``id:``
lines once per run, not walked again for every id that names no plan). Findings go through the
same suppression pass as a file's own (:func:`cchc.checking.check.apply_suppressions`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from cchc.base.confine import escapes, scan_limit
from cchc.base.diagnostics import Diagnostic, Finding
from cchc.base.i18n import data_list
from cchc.checking import rules as rule_registry
from cchc.checking.check import (
    FileResult,
    Registries,
    apply_suppressions,
    check_file,
    diagnostic_of,
    real_path,
)
from cchc.checking.rules import message
from cchc.reading.deadline import Deadline
from cchc.reading.files import read_bytes
from cchc.reading.load import decode, load_text
from cchc.reading.model import Plan, Task
from cchc.reading.schedule import task_deadline


def split_reference(reference: str) -> tuple[str, str]:
    plan_id, _, task_ref = reference.partition("#")
    return plan_id, task_ref


def _norm(ref: str) -> str:
    return re.sub(r"[\s)]", "", ref).rstrip(".").casefold()


def find_task(plan: Plan, ref: str) -> Task | None:
    wanted = _norm(ref)
    for _, task in plan.tasks():
        if (task.key and task.key.casefold() == ref.strip().casefold()) or _norm(task.ref) == wanted:
            return task
    return None


def latest_due(plan: Plan, task: Task) -> dt.date | None:
    deadline = task_deadline(plan, task)
    if isinstance(deadline, Deadline) and deadline.milestones:
        return max(m.due for m in deadline.milestones)
    return None


def check_links(plan: Plan, resolve: Mapping[str, Plan | None]) -> Iterable[tuple[str, Finding]]:
    """I001 and I002 findings for one plan, given the parent plans by id (None: not found)."""
    for _, task in plan.tasks():
        for index, reference in enumerate(task.implements):
            path = (*task.path, "implements", index)
            plan_id, ref = split_reference(reference)
            parent = resolve.get(plan_id)
            if parent is None:
                yield "I001", Finding(message("I001", "no-plan", plan=plan_id, ref=task.ref),
                                      message("I001", "no-plan.hint"), path=path)
                continue
            parent_task = find_task(parent, ref)
            if parent_task is None:
                refs = [t.key or t.ref for _, t in parent.tasks()]
                close = difflib.get_close_matches(ref, refs, n=3, cutoff=0.5)
                hint = (message("I001", "no-task.close", names=data_list(f"{plan_id}#{c}" for c in close)) if close
                        else message("I001", "no-task.hint", plan=plan_id))
                yield "I001", Finding(message("I001", "no-task", plan=plan_id, ref=ref), hint, path=path)
                continue
            mine, theirs = latest_due(plan, task), latest_due(parent, parent_task)
            if mine and theirs and mine > theirs:
                yield "I002", Finding(
                    message("I002", "later", ref=task.ref, mine=mine, parent=reference, theirs=theirs),
                    message("I002", "later.hint", theirs=theirs),
                    path=(*task.path, "deadline")
                    if task.deadline else path)


_ID_LINE = re.compile(r"^id:\s*[\"']?(.*?)[\"']?\s*(#.*)?$", re.MULTILINE)


@dataclass
class PlanFiles:
    """Plan files by the ids their ``id:`` lines give, in the nearest ``plans`` folder above a
    file (or its own folder's tree): each folder walked once per run. Only regular files are
    opened, and no symbolic link out of the repository is followed (:mod:`cchc.base.confine`).
    ``known``: files the run has read already (by resolved path), not opened again."""

    known: frozenset[Path] = frozenset()
    roots: dict[Path, dict[str, Path]] = field(default_factory=dict)

    def find(self, start: Path, plan_id: str) -> Path | None:
        """The file of plan ``plan_id`` in the nearest ``plans`` folder above ``start``."""
        folder = real_path(start)
        root = next((p for p in (folder, *folder.parents) if p.name == "plans"), folder)
        if root not in self.roots:
            self.roots[root] = self._index(root)
        return self.roots[root].get(plan_id)

    def _index(self, root: Path) -> dict[str, Path]:
        ids: dict[str, Path] = {}
        limit = scan_limit(root)
        for dirpath, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if name.endswith((".yaml", ".yml")) and name not in ("agencies.yaml", "agencies.yml"):
                    path = Path(dirpath) / name
                    if escapes(path, limit) or not path.is_file():  # a link out of the repository, a FIFO
                        continue
                    if real_path(path) in self.known:
                        continue  # read by the run: its id is known there
                    try:
                        head = read_bytes(path)[:16000].decode("utf-8", errors="replace")[:4000]
                    except OSError:
                        continue
                    for match in _ID_LINE.finditer(head):
                        ids.setdefault(match.group(1), path)
        return ids


def find_plan_file(start: Path, plan_id: str) -> Path | None:
    """The file of plan ``plan_id`` in the nearest ``plans`` folder above ``start`` (or ``start``'s own tree)."""
    return PlanFiles().find(start, plan_id)


def shared_plan_ids(results: Iterable[FileResult]) -> dict[str, tuple[str, ...]]:
    """Plan ids held by more than one usable plan file, with those files in path order (I003)."""
    files: dict[str, list[str]] = {}
    for result in results:
        if result.kind == "plan" and result.usable and result.plan_id is not None:
            files.setdefault(result.plan_id, []).append(result.path)
    return {plan_id: tuple(sorted(paths)) for plan_id, paths in files.items() if len(paths) > 1}


def _duplicate_id(plan_id: str, path: str, paths: Sequence[str]) -> Finding:
    others = [p for p in paths if p != path]
    return Finding(message("I003", "duplicate", plan=plan_id, files=", ".join(others)),
                   message("I003", "duplicate.hint"), path=("id",))


def _text_of(result: FileResult) -> str:
    """A result's text, read again when the run kept none (a cache hit or a worker's result with
    nothing to place); empty when the file cannot be read now."""
    if result.text:
        return result.text
    try:
        text, _ = decode(read_bytes(Path(result.path)))
    except OSError:
        return ""
    return text or ""


def link_pass(results: Sequence[FileResult], registries: Registries) -> list[FileResult]:
    """Cross-plan rules (I001, I002, I003), once every plan is read; suppressions apply as usual."""
    index = PlanIndex({r.plan_id: r for r in results if r.usable and r.plan_id is not None})
    files = PlanFiles(frozenset(real_path(Path(r.path)) for r in results))
    shared = shared_plan_ids(results)
    return [with_links(result, index, files, shared, registries) for result in results]


def with_links(result: FileResult, index: PlanIndex, files: PlanFiles, shared: Mapping[str, tuple[str, ...]],
               registries: Registries, text: str | None = None) -> FileResult:
    """One file's record with its cross-plan findings added: the plans it implements looked up in
    ``index`` (else found by ``files`` near it, and read), ``shared`` the plan ids more than one
    file holds. ``text``: the file's text when the record does not keep it (an editor's buffer)."""
    if not result.usable:
        return result
    wanted = result.implements
    for plan_id in wanted - set(index.results) - set(index.extra):
        found = files.find(Path(result.path).parent, plan_id)
        index.extra[plan_id] = check_file(found, registries).plan if found else None
    source = text if text is not None else result.text
    named = any(code in (source or "") for code in rule_registry.CROSS_PLAN_RULES)
    plan = result.get_plan() if wanted else None  # a lazy model is built only for a plan with links
    findings = list(check_links(plan, index)) if plan is not None else []
    if result.plan_id is not None and result.plan_id in shared:
        findings.append(("I003", _duplicate_id(result.plan_id, result.path, shared[result.plan_id])))
    if not findings and not named:
        # Nothing to place and no suppression could name a cross-plan rule: keep the result as
        # it is (on a warm cache, without parsing its text again).
        return replace(result, diagnostics=tuple(sorted(result.diagnostics, key=Diagnostic.sort_key)))
    loaded = load_text(text if text is not None else _text_of(result), result.path)
    late = [diagnostic_of(loaded, code, finding) for code, finding in findings]
    kept, suppressed = apply_suppressions(loaded, late, rule_registry.CROSS_PLAN_RULES, comments=False)
    return replace(result, diagnostics=tuple(sorted((*result.diagnostics, *kept), key=Diagnostic.sort_key)),
                   suppressed=result.suppressed + suppressed, text=loaded.text)


class PlanIndex(Mapping[str, "Plan | None"]):
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
