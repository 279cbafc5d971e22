"""Completion: what may be written at the cursor, from the schema and from what cchc knows.

The context is read from the text (:func:`cchc.editor.locate.text_context`), since what is being
typed is rarely valid YAML yet; what is offered there:

* a key of the mapping being written (the plan, registry or report schema by the file's kind),
  with its title and its Vietnamese description, leaving out keys the mapping already has;
* an agency name, short name or alias from the nearest registry wherever a plan names agencies
  (``lead``, ``support``, ``agencies``, ``owner``, ``unit_name``; flow lists and block lists;
  agencies the list names already are left out); an alias inserts the canonical name; an agency that had ended by the server's date is marked
  deprecated and comes after the current ones. In a registry, the ids ``parent``,
  ``successors`` and ``members`` refer to;
* a reform-area code, a progress status, an occurrence label of the task's own deadline (as
  ``cchc done --occurrence`` takes them), a plan id of the workspace (``plan`` of a report or an
  ``implements`` reference), any other value of a schema ``enum``.

Each item replaces exactly the word being typed (a text edit whose range is in the client's
position units), and a value YAML would misread unquoted is quoted as the importer quotes it.
Nothing here raises: a context that fits nothing gives no items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.workspace.position_codec import ServerTextPosition

from cchc.base.i18n import N_, tr
from cchc.base.text import strip_diacritics
from cchc.checking.check import file_kind
from cchc.checking.schema import (
    AGENCIES_SCHEMA,
    PLAN_SCHEMA,
    REPORT_SCHEMA,
    property_docs,
    schema_at,
)
from cchc.editor.locate import TextContext, at, entries_beside, keys_beside, text_context
from cchc.editor.positions import from_position
from cchc.editor.session import Analysis, LiveRegistries, path_of
from cchc.reading.agencies import Agency, Registry, find_registry_file

#: Characters after which an editor asks again: a value after ``key:`` and a space, a list item
#: after ``-``, an entry of a flow list or mapping after ``[``, ``{`` or ``,``.
TRIGGERS = (":", " ", "-", "[", "{", ",")

SCHEMAS = {"plan": PLAN_SCHEMA, "registry": AGENCIES_SCHEMA, "report": REPORT_SCHEMA}
#: Plan keys whose values name agencies (a list, or one name).
AGENCY_KEYS = frozenset({"lead", "support", "agencies", "owner", "unit_name"})
#: Registry keys whose values are agency ids.
AGENCY_ID_KEYS = frozenset({"parent", "successors", "members"})

LEVEL_LABELS = {"trung_uong": N_("cấp trung ương"), "tinh": N_("cấp tỉnh"), "huyen": N_("cấp huyện"),
                "xa": N_("cấp xã")}

_PROGRESS = re.compile(r"^(?P<indent> *)(?P<dash>(?:- +)*)progress\s*:")


def register(server: Any, state: Any) -> None:
    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=list(TRIGGERS)))
    def completion(ls: Any, params: types.CompletionParams) -> list[types.CompletionItem]:
        try:
            return complete(state, params)
        except Exception as exc:  # noqa: BLE001 - a completion that fails offers nothing; the server goes on
            state.log(tr("cchc: không gợi ý được ({problem}).", problem=f"{exc.__class__.__name__}: {exc}"))
            return []


@dataclass(frozen=True)
class Client:
    """What the client said it understands (an item may only use those)."""

    snippets: bool = False
    markup: bool = False  # documentation as MarkupContent (plain text)
    tags: bool = False  # the deprecated tag (else the older ``deprecated`` flag)
    indentation: bool = False  # insertTextMode adjustIndentation


def _client(state: Any) -> Client:
    try:
        item = state.server.client_capabilities.text_document.completion.completion_item
    except AttributeError:
        return Client()
    if item is None:
        return Client()
    tags = item.tag_support.value_set if item.tag_support is not None else ()
    modes = item.insert_text_mode_support.value_set if item.insert_text_mode_support is not None else ()
    return Client(bool(item.snippet_support), types.MarkupKind.PlainText in (item.documentation_format or ()),
                  types.CompletionItemTag.Deprecated in tags, types.InsertTextMode.AdjustIndentation in modes)


@dataclass(frozen=True)
class Place:
    """Where the items go: the document, the context, the range they replace."""

    uri: str
    lines: list[str]
    line: int  # 1-based
    context: TextContext
    range: types.Range
    before: str  # the text of the line before the replaced range
    client: Client
    analysis: Analysis | None
    kind: str
    version: int | None = None  # the document's
    key_range: types.Range | None = None  # what a key replaces (the rest of a key being retyped too)
    retyped: bool = False  # the cursor is in a key that has its colon already

    @property
    def snippets(self) -> bool:
        """A key may come as a snippet: the client takes them, and the key is new (not one retyped
        in front of its value) on a block line."""
        return self.client.snippets and not self.context.flow and not self.retyped

    @property
    def nested(self) -> str:
        """The indentation of a key's block value relative to its line: two spaces past the key
        (``- trigger:`` sits two columns past the line's indentation)."""
        text = self.lines[self.line - 1]
        return " " * (self.context.indent - (len(text) - len(text.lstrip(" "))) + 2)

    @property
    def quote(self) -> str:
        """The quote the user opened the value with, if any."""
        return self.context.prefix[:1] if self.context.prefix[:1] in ("'", '"') else ""


def complete(state: Any, params: types.CompletionParams) -> list[types.CompletionItem]:
    uri = params.text_document.uri
    document = state.server.workspace.get_text_document(uri)
    lines = list(document.lines) or [""]
    codec = document.position_codec
    line, column = from_position(lines, params.position, codec)
    if line > len(lines):
        return []
    context = text_context(lines, line, column)
    if context.comment:
        return []
    analysis = state.analysis(uri)
    if analysis is not None and not analysis.relevant:
        return []  # a GitHub workflow, a docker-compose file: not cchc's
    kind = analysis.kind if analysis is not None else file_kind(path_of(uri))
    text = lines[line - 1].rstrip("\r\n")
    start = max(column - 1 - len(context.prefix), 0)

    def span(end: int) -> types.Range:
        return types.Range(codec.position_to_client_units(lines, ServerTextPosition(line - 1, start)),
                           codec.position_to_client_units(lines, ServerTextPosition(line - 1, end)))

    after = text[column - 1:]
    place = Place(uri, lines, line, context, span(column - 1 + _value_rest(after, context)), text[:start],
                  _client(state), analysis, kind, document.version, span(column - 1 + _key_rest(after, context)),
                  ":" in after[:_key_rest(after, context)])
    trigger = None
    if params.context is not None and params.context.trigger_kind == types.CompletionTriggerKind.TriggerCharacter:
        trigger = params.context.trigger_character

    schema = SCHEMAS.get(kind, PLAN_SCHEMA)
    if context.key is not None:
        return _values(state, place, schema, context.key, (*context.parents, context.key), in_list=False)
    if context.parents and context.parents[-1] == "-" and len(context.parents) >= 2:
        items = _values(state, place, schema, context.parents[-2], context.parents, in_list=True)
        if items:
            return items
    if trigger == "-" or (trigger == " " and not (context.item and not context.prefix) and not context.flow):
        return []  # a space in indentation or a dash alone: not yet a key
    return _keys(place, schema)


_VALUE_REST = {True: re.compile(r"[^,\]}#]*"), False: re.compile(r".*?(?=\s+#|\s*$)")}
_KEY_REST = re.compile(r"[^\s:#,{}\[\]'\"]*(?:\s*:(?: |$))?")


def _value_rest(after: str, context: TextContext) -> int:
    """How much of the text after the cursor belongs to the value being typed (replaced with it):
    the rest of a word the cursor is in, up to the closing quote of a quoted one; nothing when the
    cursor is not in a word (what follows is another value)."""
    if not context.prefix:
        return 0
    quote = context.prefix[0] if context.prefix[0] in ("'", '"') else ""
    if quote:
        closing = after.find(quote)
        return closing + 1 if closing >= 0 else 0  # the editor closed the quote the user opened
    match = _VALUE_REST[context.flow].match(after)
    return len(match.group().rstrip()) if match else 0


def _key_rest(after: str, context: TextContext) -> int:
    """The rest of a key the cursor is in, with its colon and a space (``lea‸d: x`` → ``lead: x``)."""
    if not context.prefix:
        return 0
    match = _KEY_REST.match(after)
    return len(match.group()) if match else 0


# ---- keys

def _keys(place: Place, schema: str) -> list[types.CompletionItem]:
    context = place.context
    docs = property_docs(schema, context.parents)
    if not docs:
        return []
    node = schema_at(schema, context.parents) or {}
    required = set(node.get("required", ()))
    present = keys_beside(place.lines, place.line, context)
    items = []
    for index, (key, (title, description)) in enumerate(docs.items()):
        if key in present:
            continue
        insert, snippet = _key_text(schema, (*context.parents, key), key, place.snippets, place.nested)
        items.append(types.CompletionItem(
            label=key, kind=types.CompletionItemKind.Property, detail=title or None,
            documentation=_doc(place, description),
            sort_text=f"{0 if key in required else 1}{index:03d}", filter_text=key,
            text_edit=types.TextEdit(place.key_range or place.range, insert),
            insert_text_format=types.InsertTextFormat.Snippet if snippet else types.InsertTextFormat.PlainText,
            insert_text_mode=(types.InsertTextMode.AdjustIndentation
                              if "\n" in insert and place.client.indentation else None)))
    return items


def _key_text(schema: str, path: Sequence[str], key: str, snippets: bool, nested: str = "  ") -> tuple[str, bool]:
    """What choosing a key inserts: ``key: ``, or with snippets a list or mapping to fill in
    (``nested``: the indentation of its lines, relative to the line's, which the client adds)."""
    if not snippets:
        return f"{key}: ", False
    node = schema_at(schema, path) or {}
    kind = node.get("type")
    if kind == "array":
        item = schema_at(schema, (*path, "-")) or {}
        return (f"{key}:\n{nested}- $0", True) if item.get("properties") else (f"{key}: [$0]", True)
    if kind == "object" or (kind is None and node.get("properties")):
        return f"{key}:\n{nested}$0", True
    return f"{key}: ", False


def _doc(place: Place, text: str) -> types.MarkupContent | str | None:
    if not text:
        return None
    return types.MarkupContent(types.MarkupKind.PlainText, text) if place.client.markup else text


# ---- values

def _values(state: Any, place: Place, schema: str, key: str, path: Sequence[str], in_list: bool
            ) -> list[types.CompletionItem]:
    """Values of ``key`` (``path``: the value's place, a list item's when ``in_list``)."""
    field_path = path[:-1] if in_list else path
    node = schema_at(schema, field_path) or {}
    wrap = not in_list and node.get("type") == "array" and not place.context.flow  # "lead: " → "[Sở Nội vụ]"
    description = str((node or {}).get("description", ""))
    if place.kind == "plan" and key in AGENCY_KEYS:
        return _agencies(state, place, wrap)
    if place.kind == "registry" and key in AGENCY_ID_KEYS:
        return _agency_ids(state, place, wrap)
    if key == "area" and place.kind == "plan":
        from cchc.deriving.areas import AREAS

        return [_value(place, area.code, tr(area.name), description, index, wrap=wrap,
                       kind=types.CompletionItemKind.EnumMember) for index, area in enumerate(AREAS)]
    if key == "status" and "progress" in path:
        from cchc.reading.model import STATUS_LABELS

        values = [str(v) for v in (schema_at(schema, path) or {}).get("enum", STATUS_LABELS)]
        return [_value(place, value, tr(STATUS_LABELS[value]) if value in STATUS_LABELS else None, description,
                       index, kind=types.CompletionItemKind.EnumMember) for index, value in enumerate(values)]
    if key == "occurrence" and "progress" in path and place.kind == "plan":
        return _occurrences(state, place, description)
    if key == "plan" and (place.kind == "report" or "implements" in path):
        return _plan_ids(state, place, description)
    item_node = schema_at(schema, path) or {}
    choices = item_node.get("enum") or (() if "const" not in item_node else (item_node["const"],))
    title = str(node.get("title", "")) or None
    return [_value(place, value, _meaning(str(value), description) or title, description, index, wrap=wrap,
                   kind=types.CompletionItemKind.EnumMember)
            for index, value in enumerate(choices) if isinstance(value, (str, int)) and not isinstance(value, bool)]


def _meaning(value: str, description: str) -> str | None:
    """What the schema's description says a value means: "doing (đang thực hiện), …"."""
    found = re.search(rf"(?<![\w]){re.escape(value)} \(([^()]*)\)", description)
    return found.group(1) if found else None


def _scalar_text(place: Place, value: Any, wrap: bool) -> str:
    """How a value is written here: plain where YAML reads it back as the same text, else quoted
    (the importer's rule; in a flow collection, commas and brackets need quotes too)."""
    from cchc.authoring.importer import _quoted, _scalar

    if place.quote and isinstance(value, str):
        text = _quoted(value)  # the user opened a quote: the value stays quoted
    else:
        text = _scalar(value, flow=place.context.flow or wrap)
    if wrap:
        text = f"[{text}]"
    if place.before.endswith(":"):
        text = " " + text  # "area:" then a value: the space YAML needs
    return text


def _value(place: Place, value: Any, detail: str | None, documentation: str, index: int, *, wrap: bool = False,
           kind: types.CompletionItemKind = types.CompletionItemKind.Value, label: str | None = None,
           deprecated: bool = False, group: int = 0) -> types.CompletionItem:
    shown = label if label is not None else str(value)
    plain = strip_diacritics(shown)
    filter_text = place.quote + shown + (f" {plain}" if plain != shown else "")  # "so noi vu" finds "Sở Nội vụ"
    return types.CompletionItem(
        label=shown, kind=kind, detail=detail, documentation=_doc(place, documentation),
        sort_text=f"{group}{index:05d}", filter_text=filter_text,
        tags=[types.CompletionItemTag.Deprecated] if deprecated and place.client.tags else None,
        deprecated=True if deprecated and not place.client.tags else None,
        text_edit=types.TextEdit(place.range, _scalar_text(place, value, wrap)),
        insert_text_format=types.InsertTextFormat.PlainText)


# ---- agencies

def _registry(state: Any, place: Place) -> Registry | None:
    """The registry of the document: the analysis's; else that of the last text that loaded; else
    the nearest agencies.yaml read from disk (a plan not yet readable still gets names)."""
    for analysis in (place.analysis, state.loaded(place.uri)):
        if analysis is not None and analysis.registry is not None:
            return analysis.registry  # type: ignore[no-any-return]
    path = path_of(place.uri)
    found = path if place.kind == "registry" else find_registry_file(path)
    if found is None or not found.is_file():
        return None
    registry, _ = LiveRegistries(memo=state.session.memo).get(found)
    return registry


def _agencies(state: Any, place: Place, wrap: bool) -> list[types.CompletionItem]:
    registry = _registry(state, place)
    if registry is None:
        return []
    today = state.session.as_of().isoformat()
    listed = set()
    if place.context.key is None:  # an entry of a list: the agencies the list names already are left out
        listed = {id(found) for name in entries_beside(place.lines, place.line, place.context)
                  if (found := registry.lookup(name)) is not None}
    items = []
    for index, entry in enumerate(_current_entries(registry)):
        if id(entry) in listed:
            continue
        ended = bool(entry.ended) and str(entry.ended) <= today
        detail = _describe(entry, registry)
        documentation = _agency_doc(entry, registry, ended)
        kind = types.CompletionItemKind.Module if entry.is_group else types.CompletionItemKind.Class
        items.append(_value(place, entry.name, detail, documentation, index * 50, wrap=wrap, kind=kind,
                            deprecated=ended, group=1 if ended else 0))
        others = [(name, N_("tên viết tắt của {name}")) for name in entry.short]
        others += [(name, N_("tên gọi khác của {name}")) for name in entry.aliases]
        for offset, (alias, text) in enumerate(others, start=1):
            if registry.lookup(alias) is not entry or alias == entry.name:
                continue  # a name a nearer registry gives to another agency
            items.append(_value(place, entry.name, tr(text, name=entry.name), documentation, index * 50 + offset,
                                wrap=wrap, kind=kind, label=alias, deprecated=ended, group=1 if ended else 0))
    return items


def _current_entries(registry: Registry) -> Iterable[Agency]:
    """Each agency once, those of the nearest registry first; an entry whose name a nearer registry
    gives to another agency is left out (lookups never reach it)."""
    own, inherited = registry.own, registry.entries[:registry.inherited]
    for entry in (*own, *inherited):
        if registry.lookup(entry.name) is entry:
            yield entry


def _describe(entry: Agency, registry: Registry) -> str:
    parts = [tr("nhóm cơ quan") if entry.is_group else tr(LEVEL_LABELS[entry.level]) if entry.level in LEVEL_LABELS
             else ""]
    if entry.place:
        parts.append(entry.place)
    if entry.ended:
        parts.append(tr("chấm dứt hoạt động từ {date}", date=_dmy(str(entry.ended))))
    return " · ".join(part for part in parts if part)


def _agency_doc(entry: Agency, registry: Registry, ended: bool) -> str:
    lines = [entry.name]
    if entry.short or entry.aliases:
        lines.append(tr("Tên khác: {names}", names=", ".join((*entry.short, *entry.aliases))))
    if entry.ended:
        successors = [found.name if (found := registry.by_id(i)) is not None else i for i in entry.successors]
        lines.append(tr("Đã chấm dứt hoạt động từ {date}.", date=_dmy(str(entry.ended))) if ended else
                     tr("Chấm dứt hoạt động từ {date}.", date=_dmy(str(entry.ended))))
        if successors:
            lines.append(tr("Cơ quan kế thừa: {names}.", names=", ".join(successors)))
    lines.append(tr("Danh mục: {file}", file=entry.origin or registry.source))
    return "\n".join(lines)


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if len(iso) >= 10 else iso


def _agency_ids(state: Any, place: Place, wrap: bool) -> list[types.CompletionItem]:
    registry = _registry(state, place)
    if registry is None:
        return []
    first: dict[str, Agency] = {}
    for entry in registry.entries:
        first.setdefault(entry.id, entry)  # what by_id answers
    return [_value(place, entry.id, entry.name, _describe(entry, registry), index, wrap=wrap,
                   kind=types.CompletionItemKind.Reference, deprecated=bool(entry.ended))
            for index, entry in enumerate(first.values())]


def _plan_ids(state: Any, place: Place, description: str) -> list[types.CompletionItem]:
    """The ids of the workspace's plans (once its scan is done), with their files."""
    from cchc.checking.check import real_path

    own = real_path(path_of(place.uri))
    found = sorted({(r.plan_id, r.path) for r in state.session.index.records()
                    if r.plan_id is not None and real_path(Path(r.path)) != own})
    return [_value(place, plan_id, file, description, index, kind=types.CompletionItemKind.Reference)
            for index, (plan_id, file) in enumerate(found)]


# ---- occurrences

def _occurrences(state: Any, place: Place, description: str) -> list[types.CompletionItem]:
    """The labels of the milestones of the task whose progress the cursor is in, as its deadline
    reads them (the labels ``cchc done --occurrence`` and rule P003 take); those already recorded
    done come last."""
    from cchc.reading.deadline import Deadline
    from cchc.reading.schedule import task_deadline

    row = _task_row(place.lines, place.line - 1)
    found = _task_at(state, place, row) if row is not None else None
    if found is None:
        return []
    plan, task = found
    deadline = task_deadline(plan, task)
    if not isinstance(deadline, Deadline):
        return []
    done = {entry.occurrence for entry in task.progress if entry.status == "done" and entry.occurrence}
    items = []
    for index, milestone in enumerate(deadline.milestones):
        detail = tr("hạn {due:%d/%m/%Y}", due=milestone.due)
        if milestone.label in done:
            detail += " · " + tr("đã ghi hoàn thành")
        documentation = tr("Nhiệm vụ {ref}: {deadline}", ref=task.ref, deadline=str(deadline.explanation or deadline.text))
        items.append(_value(place, milestone.label, detail, documentation, index,
                            kind=types.CompletionItemKind.EnumMember, group=1 if milestone.label in done else 0))
    return items


def _task_row(lines: Sequence[str], row: int) -> int | None:
    """The line (0-based) where the task starts whose ``progress`` holds line ``row``."""
    text = lines[row].rstrip("\r\n")
    depth = len(text) - len(text.lstrip(" "))
    for index in range(row, -1, -1):
        above = lines[index].rstrip("\r\n")
        match = _PROGRESS.match(above)
        if match is None:
            continue
        column = len(match.group("indent")) + len(match.group("dash"))
        if index != row and column >= depth:
            continue  # a nested task's progress
        if match.group("dash"):
            return index  # "- progress:" starts the task
        for start in range(index - 1, -1, -1):
            line = lines[start].rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            indent = len(line) - len(line.lstrip(" "))
            if indent < column - 2 or (indent == column - 2 and not line.lstrip().startswith("-")):
                return None
            if indent == column - 2:
                return start
        return None
    return None


def _task_at(state: Any, place: Place, row: int) -> tuple[Any, Any] | None:
    """The task starting at line ``row`` of the text: in the analysis of this text, else in the last
    that loaded (the task whose first line reads the same, nearest to ``row``: a few lines were
    typed since)."""
    wanted = place.lines[row].rstrip("\r\n")
    column = len(wanted) - len(wanted.lstrip(" -")) + 1  # the task's first key
    for analysis in (place.analysis, state.loaded(place.uri)):
        if analysis is None or analysis.plan is None:
            continue
        theirs = place.lines if analysis.version == place.version else analysis.lines
        tasks: dict[Any, Any] = {}
        for distance in range(len(theirs)):
            for other in {row - distance, row + distance}:
                if 0 <= other < len(theirs) and theirs[other].rstrip("\r\n") == wanted:
                    tasks = tasks or {task.path: task for _, task in analysis.plan.tasks()}
                    spot = at(analysis.loaded, other + 1, column)
                    path = spot.path if spot is not None else ()
                    for end in range(len(path), 0, -1):
                        task = tasks.get(path[:end])
                        if task is not None and analysis.loaded.locate(task.path).line - 1 == other:
                            return analysis.plan, task
            if row - distance < 0 and row + distance >= len(theirs):
                break
    return None
