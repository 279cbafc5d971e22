"""Go to definition (``textDocument/definition``).

* From a plan id — a task's ``implements`` reference ``<plan id>#<task>``, the ``plan`` of a
  plan-level ``implements`` entry, the ``plan`` of a report file — to that plan's file, at the
  task's ``id`` when a task is named (found as the link rules find it,
  :func:`cchc.checking.linkcheck.find_task`), else at the plan's ``id``. The plan is looked up
  in the workspace index, and near the file (:class:`cchc.checking.linkcheck.PlanFiles`, the
  nearest ``plans`` folder) while the index is not ready or does not have it.
* From an agency name (``lead``, ``support``, a part's ``agencies``, the plan's ``owner``) to its
  entry in the registry that defines it; in a registry, from an id (``parent``, ``successors``,
  a group's ``members``) to that entry.

A plan open in the editor is read from the editor's text (its newest analysis that loaded), any
other from the disk. Never raises: a failure is logged and answered with nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lsprotocol import types

from cchc.base.diagnostics import JsonPath, Span
from cchc.base.i18n import tr
from cchc.editor.cursor import Cursor, lines_of, under
from cchc.editor.hover import AGENCY_LISTS, REGISTRY_IDS, registry_entry, registry_of
from cchc.editor.positions import to_range
from cchc.reading.agencies import Agency
from cchc.reading.load import LoadedYaml


def register(server: Any, state: Any) -> None:
    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: Any, params: types.DefinitionParams) -> list[types.Location] | None:
        try:
            return definition_at(state, params.text_document.uri, params.position)
        except Exception as exc:  # noqa: BLE001 - a request never takes the server down
            state.log(tr("cchc: không tìm được nơi định nghĩa ({error}).", error=f"{exc.__class__.__name__}: {exc}"))
            return None


def definition_at(state: Any, uri: str, position: types.Position) -> list[types.Location] | None:
    cursor = under(state, uri, position)
    if cursor is None or cursor.on_key or not isinstance(cursor.value, str) or not cursor.value.strip():
        return None
    shape = cursor.shape
    kind = cursor.analysis.kind if cursor.analysis is not None else "plan"
    if kind == "report" and shape == ("plan",):  # the plan a báo cáo reports on
        return _plan_location(state, cursor, cursor.value.strip(), "")
    if kind == "registry" and shape in REGISTRY_IDS:  # a parent, successor or member by its id
        found = registry_entry(state, cursor)
        return _entry_location(state, found[1]) if found is not None else None
    if kind != "plan":
        return None
    if len(shape) >= 4 and shape[-2:] == ("implements", "-") and shape[-4] in ("tasks", "subtasks"):
        plan_id, _, task_ref = cursor.value.strip().partition("#")
        return _plan_location(state, cursor, plan_id.strip(), task_ref.strip())
    if shape == ("implements", "-", "plan"):
        return _plan_location(state, cursor, cursor.value.strip(), "")
    if len(shape) >= 2 and shape[-2] in AGENCY_LISTS and shape[-1] == "-" or shape == ("owner",):
        return _agency_location(state, cursor)
    return None


def plan_file(state: Any, plan_id: str, near: Path) -> Path | None:
    """The file of plan ``plan_id``: from the workspace index, else the nearest plans folder."""
    from cchc.checking.linkcheck import PlanFiles

    index = state.session.index
    found = index.file_of(plan_id) if index.ready.is_set() else None
    return found or PlanFiles().find(near.parent, plan_id)


def referenced_file(state: Any, cursor: Cursor, plan_id: str) -> Path | None:
    """The file of the plan ``plan_id`` named under the cursor (the cursor's own file for its own id)."""
    from cchc.editor.session import path_of

    if not plan_id:
        return None
    here = path_of(cursor.uri)
    if cursor.analysis is not None and cursor.analysis.plan is not None and cursor.analysis.plan.id == plan_id:
        return here
    return plan_file(state, plan_id, here)


def _plan_location(state: Any, cursor: Cursor, plan_id: str, task_ref: str) -> list[types.Location] | None:
    target = referenced_file(state, cursor, plan_id)
    if target is None:
        return None
    target_uri = target.resolve().as_uri()
    loaded, plan = read_plan(state, target, target_uri)
    if loaded is None:
        return [types.Location(target_uri, types.Range(types.Position(0, 0), types.Position(0, 0)))]
    path: JsonPath = ("id",)
    if task_ref and plan is not None:
        from cchc.checking.linkcheck import find_task

        task = find_task(plan, task_ref)
        if task is not None:
            path = (*task.path, "id")
    return [_location(state, target_uri, loaded, path)]


def read_plan(state: Any, path: Path, uri: str) -> tuple[LoadedYaml | None, Any]:
    """The loaded text and the plan model of a plan file: the editor's, when it is open."""
    analysis = state.loaded(uri)
    if analysis is not None:
        return analysis.loaded, analysis.plan
    from cchc.checking.check import display_path, lint_loaded, real_path
    from cchc.reading.load import decode, load_text

    try:
        text, _ = decode(path.read_bytes())
    except OSError:
        return None, None
    if text is None:
        return None, None
    loaded = load_text(text, display_path(path))
    record = state.session.index.results.get(real_path(path))
    plan = record.get_plan() if record is not None else None
    if plan is None and loaded.ok:
        from cchc.editor.session import LiveRegistries

        plan = lint_loaded(loaded, path, registries=LiveRegistries(memo=state.session.memo)).plan
    return loaded, plan


def _location(state: Any, uri: str, loaded: LoadedYaml, path: JsonPath) -> types.Location:
    span = loaded.locate(path) if loaded.ok else Span(1, 1, 1, 1)
    lines = lines_of(loaded.text)
    codec = state.codec(uri) if uri in state.server.workspace.text_documents else None
    return types.Location(uri, to_range(lines, span, codec))


def _agency_location(state: Any, cursor: Cursor) -> list[types.Location] | None:
    registry = registry_of(state, cursor)
    entry = registry.lookup(cursor.value.strip()) if registry is not None else None
    return _entry_location(state, entry) if entry is not None else None


def _entry_location(state: Any, entry: Agency) -> list[types.Location] | None:
    from cchc.reading.load import decode, load_text

    if not entry.origin:
        return None
    path = Path(entry.origin).resolve()
    try:  # the registry was built from the disk's bytes: its paths are in that text
        text, _ = decode(path.read_bytes())
    except OSError:
        return None
    if text is None:
        return None
    return [_location(state, path.as_uri(), load_text(text, entry.origin), (*entry.path, "name"))]
