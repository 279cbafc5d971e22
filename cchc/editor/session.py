"""What the server knows: the open documents and what the pipeline made of each, the plans of the
workspace (indexed in the background), the agency registries, and the date deadlines are judged at.

:meth:`Session.analyse` is the server's whole pipeline for one version of one document: the text
the editor holds goes through the same per-file check as ``cchc lint`` (load → schema → model →
rules → suppressions), then through the link rules against the workspace's other plans. Nothing is
cached by text: a plan of 60 tasks is checked in about 10 ms, and a registry is built again only
when its bytes change (:class:`LiveRegistries`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from cchc.base.memory import keep_out_of_collections, paused
from cchc.checking.check import (
    FileResult,
    Registries,
    display_path,
    file_kind,
    is_plan_like,
    lint_loaded,
    real_path,
)
from cchc.checking.linkcheck import PlanFiles, PlanIndex, shared_plan_ids, with_links
from cchc.editor.incremental import LARGE, line_starts, quick
from cchc.reading.agencies import Registry, chain_digest
from cchc.reading.load import LoadedYaml, load_text, split_lines


@dataclass
class LiveRegistries(Registries):
    """Registries for a long-lived process: each analysis reads the registry files again (they may
    have changed on disk), but a registry is built again only when the bytes of its chain differ
    from those it was built from (``memo``, shared by the analyses of a session)."""

    memo: dict[bytes, tuple[Registry | None, str | None]] = field(default_factory=dict)

    def get(self, path: Path, limit: Path | None = None) -> tuple[Registry | None, str | None]:
        links = self.chain(path, limit)
        key = chain_digest(links) + display_path(path).encode()
        if key not in self.memo:
            if len(self.memo) >= 32:
                self.memo.pop(next(iter(self.memo)))
            self.memo[key] = self.build(links)
        return self.memo[key]


@dataclass(frozen=True)
class Analysis:
    """One version of one document, as the pipeline saw it."""

    uri: str
    version: int | None
    path: Path
    text: str
    loaded: LoadedYaml
    result: FileResult  # every diagnostic, the cross-plan ones included once the workspace is indexed
    relevant: bool  # a cchc file (plan, registry, report): its diagnostics are published

    @cached_property
    def lines(self) -> list[str]:
        """The text's lines with their endings (what LSP positions count in), split once."""
        return split_lines(self.text, keepends=True)

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line starts in the text (for the quick pass)."""
        return line_starts(self.lines)

    @property
    def kind(self) -> str:
        return self.result.kind

    @property
    def plan(self) -> Any:
        return self.result.plan

    @property
    def registry(self) -> Registry | None:
        return self.result.registry


SCAN_YIELD = 0.5  # seconds the workspace scan waits at most, between two files, for a check to end

BOM = "\ufeff"

#: A plan's top-level keys but ``version`` (which many YAML formats share).
_PLAN_KEYS = frozenset({"id", "document", "period", "preamble", "body", "implements", "reporting", "appendices",
                        "closing", "owner"})

_MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=\S*(plan|agencies|report)\.schema\.json", re.MULTILINE)


class WorkspaceIndex:
    """The plans of the workspace folders, read in a background thread through the read stage
    (so a warm cache makes it quick, and a cold one never holds up the open document). Until it
    is ready, the open documents are checked without the link rules."""

    def __init__(self, idle: threading.Event | None = None) -> None:
        self.idle = idle  # set while no document is being checked: the scan waits for it between files
        self.results: dict[Path, FileResult] = {}
        self.ready = threading.Event()
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.problem: str | None = None

    def start(self, folders: Sequence[Path], done: Callable[[int], None]) -> None:
        def scan() -> None:
            try:
                results = _read_plans(folders, self._between)
                with self.lock:
                    self.results = {real_path(Path(r.path)): r for r in results}
            except Exception as exc:  # noqa: BLE001 - a failed scan leaves the links unchecked, never the server down
                self.problem = f"{exc.__class__.__name__}: {exc}"
            finally:
                self.ready.set()
            done(len(self.results))

        self.thread = threading.Thread(target=scan, name="cchc-workspace-scan", daemon=True)
        self.thread.start()

    def _between(self, record: FileResult) -> None:
        """Between two files of the scan: let a document being checked have the interpreter (the
        scan and the analyses share it), waiting at most :data:`SCAN_YIELD` seconds."""
        if self.idle is not None:
            self.idle.wait(SCAN_YIELD)

    def update(self, path: Path, result: FileResult | None) -> None:
        """A file saved or changed on disk: its record now (None: it is gone)."""
        with self.lock:
            real = real_path(path)
            if result is None:
                self.results.pop(real, None)
            else:
                self.results[real] = result

    def records(self) -> list[FileResult]:
        with self.lock:
            return list(self.results.values())

    def file_of(self, plan_id: str) -> Path | None:
        """The file of the plan with id ``plan_id`` (the first in path order)."""
        found = sorted(path for path, r in list(self.results.items()) if r.usable and r.plan_id == plan_id)
        return found[0] if found else None


def _read_plans(folders: Sequence[Path], between: Callable[[FileResult], None] | None = None) -> list[FileResult]:
    from cchc.checking.read import read
    from cchc.reading.cache import Cache, cache_disabled_by_environment, cache_folder

    existing = [folder for folder in folders if folder.is_dir()]
    if not existing:
        return []
    cache = None if cache_disabled_by_environment() else Cache(cache_folder())
    with paused():
        return [r for r in read(existing, cache, jobs=1, models=False, per_file=between).files if r.usable]


class Session:
    """The server's state. ``as_of``: the date given to ``cchc lsp --as-of``, which wins over the
    workspace's ``cchc.toml`` (``as_of = …``); neither: today."""

    def __init__(self, as_of: dt.date | None = None) -> None:
        self.given_as_of = as_of
        self.roots: list[Path] = []
        self.analyses: dict[str, Analysis] = {}  # the latest analysis of each open document
        self.retired: list[Analysis] = []  # analyses replaced since the last one started (see analyse)
        self.loaded_ok: dict[str, Analysis] = {}  # the latest that loaded (a half-typed file keeps hovers)
        self.memo: dict[bytes, tuple[Registry | None, str | None]] = {}
        self.idle = threading.Event()  # no document is being checked (the workspace scan waits for it)
        self.idle.set()
        self._checking = 0
        self._checking_lock = threading.Lock()
        self.index = WorkspaceIndex(self.idle)
        self._relevant: dict[str, bool] = {}
        self.large = LARGE  # characters from which an edit gets a quick result first (Session.quick)
        #: A long-running server keeps the analyses of large documents out of the cycle collector
        #: (cchc.base.memory.keep_out_of_collections); a library caller keeps Python's default.
        self.keep_large = False

    # ---- the workspace
    def set_roots(self, roots: Sequence[Path]) -> None:
        self.roots = [root for root in roots if root.is_dir()]

    def plan_folders(self) -> list[Path]:
        """The plans folder of each workspace folder (``cchc.toml``'s ``plans``, default
        ``plans/``), or the folder itself when it has none."""
        from cchc.reading.config import ConfigProblem, load_config

        folders = []
        for root in self.roots:
            try:
                plans = load_config(root).plans
            except ConfigProblem:
                plans = Path("plans")
            folder = plans if plans.is_absolute() else root / plans
            folders.append(folder if folder.is_dir() else root)
        return folders

    def as_of(self) -> dt.date:
        if self.given_as_of is not None:
            return self.given_as_of
        from cchc.reading.config import ConfigProblem, load_config

        for root in self.roots or [Path.cwd()]:
            try:
                day = load_config(root).as_of
            except ConfigProblem:
                continue
            if day is not None:
                return day
        return dt.date.today()

    def in_plans_folder(self, path: Path) -> bool:
        real = real_path(path)
        return any(real_path(folder) in real.parents for folder in self.plan_folders() if folder not in self.roots)

    # ---- one document
    @contextlib.contextmanager
    def checking(self) -> Iterator[None]:
        """While a document is being checked (the workspace scan waits between its files)."""
        with self._checking_lock:
            self._checking += 1
            self.idle.clear()
        try:
            yield
        finally:
            with self._checking_lock:
                self._checking -= 1
                if not self._checking:
                    self.idle.set()

    def analyse(self, uri: str, path: Path, text: str, version: int | None) -> Analysis:
        """The pipeline on the editor's text of ``path``."""
        kind = file_kind(path)
        # Freeing a large analysis holds the interpreter for tens of milliseconds: the one this
        # analysis replaced is freed when the next one starts (after that edit's quick pass), not
        # when it is replaced (when a quick pass may be running).
        self.retired.clear()
        with self.checking(), paused():
            try:
                # a byte-order mark the client kept is read as cchc lint reads the file: dropped
                # (positions.py counts it on line 1 when it converts columns)
                body = text[1:] if text.startswith(BOM) else text
                loaded = load_text(body, display_path(path))
                result = lint_loaded(loaded, path, kind=kind, registries=LiveRegistries(memo=self.memo))
                relevant = self._is_relevant(uri, path, kind, body, loaded)
                if relevant and result.usable and self.index.ready.is_set():
                    result = self._with_links(path, result, body)
            except Exception as exc:  # noqa: BLE001 - a bug of cchc is shown on the file (X001), the server goes on
                loaded, result = _failed(path, kind, text, exc)
                relevant = self._relevant.get(uri, kind != "plan" or self.in_plans_folder(path))
            analysis = Analysis(uri, version, path, text, loaded, result, relevant)
            if relevant and len(text) >= self.large and loaded.ok:
                analysis.line_starts  # noqa: B018 - worked out here, in the full analysis's time, for the quick pass
            if self.keep_large and len(text) >= self.large:
                keep_out_of_collections()  # before the collector is on again: a full collection would walk it all
        self.retired += [old for old in (self.analyses.get(uri), self.loaded_ok.get(uri) if loaded.ok else None)
                         if old is not None]
        self.analyses[uri] = analysis
        if loaded.ok:
            self.loaded_ok[uri] = analysis
        return analysis

    def quick(self, uri: str, path: Path, text: str, version: int | None) -> Analysis | None:
        """The findings of an edit inside one task of a large plan, from the document's last full
        analysis and that task checked alone (:mod:`cchc.editor.incremental`); None when the
        document is small or the edit is not of that kind. Published, never kept as the
        document's analysis."""
        base = self.analyses.get(uri)
        if base is None or text.startswith(BOM) or not base.relevant or len(text) < self.large or (version is not None and version == base.version):
            return None
        with self.checking(), paused():
            found = quick(base.text, base.lines, base.loaded, base.result, text, path, base.kind,
                          LiveRegistries(memo=self.memo), base.line_starts)
        if found is None:
            return None
        analysis = Analysis(uri, version, path, text, found.reduced,
                            replace(base.result, diagnostics=found.diagnostics, plan=None, registry=None), True)
        analysis.__dict__["lines"] = found.lines  # the old text's lines around the edited ones
        return analysis

    def forget(self, uri: str) -> None:
        self.analyses.pop(uri, None)
        self.loaded_ok.pop(uri, None)
        self._relevant.pop(uri, None)
        self.retired.clear()

    def _is_relevant(self, uri: str, path: Path, kind: str, text: str, loaded: LoadedYaml) -> bool:
        """Whether a YAML file is cchc's: an agency registry or a report by its name and place, a
        file in a plans folder, a file whose modeline names a cchc schema, or a mapping with two
        of a plan's top-level keys (one, such as ``id`` or ``owner``, is common in other YAML: a
        Helm values file must not be told it lacks a plan's ``document``). A half-typed file that
        cannot be read keeps what it was (a GitHub workflow never gets "not a plan" findings, a
        plan being typed keeps its diagnostics)."""
        if kind != "plan" or _MODELINE.search(text[:4000]) or self.in_plans_folder(path):
            answer = True
        elif loaded.ok and isinstance(loaded.data, dict):
            answer = is_plan_like(loaded.data) and len(_PLAN_KEYS.intersection(loaded.data)) >= 2
        else:
            answer = self._relevant.get(uri, False)
        self._relevant[uri] = answer
        return answer

    def _with_links(self, path: Path, result: FileResult, text: str) -> FileResult:
        """``result`` with the link rules run against the workspace as the editor shows it: the
        plans on disk, each open plan that loads standing for its file (two unsaved plans with one
        id are I003; a child sees its parent's text when it is checked, and the saved file once
        the parent is closed)."""
        real = real_path(path)
        records = dict(self.index.results)
        for other in list(self.analyses.values()):
            if other.kind == "plan" and other.relevant and other.result.usable:
                records[real_path(other.path)] = other.result
        others = [r for p, r in records.items() if p != real]
        index = PlanIndex({r.plan_id: r for r in others if r.plan_id is not None})
        if result.plan_id is not None:
            index.results[result.plan_id] = result
        shared = shared_plan_ids([*others, result])
        files = PlanFiles(frozenset(records))
        return with_links(result, index, files, shared, LiveRegistries(memo=self.memo), text=text)


def _failed(path: Path, kind: str, text: str, exc: Exception) -> tuple[LoadedYaml, FileResult]:
    """What an analysis that raised shows: X001 at the top of the file, as ``cchc lint`` shows a
    rule that failed (the traceback goes to the server's log)."""
    import logging

    from cchc.base.diagnostics import Diagnostic, Severity, Span
    from cchc.checking import rules as rule_registry

    logging.getLogger(__name__).exception("analysis of %s failed", path)
    shown = display_path(path)
    error = f"{exc.__class__.__name__}: {exc}"
    diagnostic = Diagnostic(shown, Span.start_of_file(), "X001", Severity.ERROR,
                            rule_registry.message("X001", "in-engine", error=error), rule_registry.message("X001", "hint"))
    return LoadedYaml(shown, text, None), FileResult(shown, kind, (diagnostic,))


def path_of(uri: str) -> Path:
    """The file a ``file:`` URI names (another scheme: a name that finds no registry)."""
    from pygls.uris import to_fs_path

    fs = to_fs_path(uri)
    return Path(fs) if fs else Path(uri.rsplit("/", 1)[-1] or "untitled.yaml")



