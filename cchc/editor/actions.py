"""Code actions: the fixes cchc's own findings propose, as edits of the open document.

Three kinds, each offered for the findings under the cursor (``textDocument/codeAction``):

* **the did-you-mean of a hint**: an unknown key (S001) or coded value (S004) with a close match,
  an unknown agency with a close registry name (A001), a task reference of ``implements`` with
  close task numbers (I001), an unreadable deadline with the nearest form cchc reads (T004), a
  date written day/month/year (S004), a number in quotes (S003), a text where a list is wanted
  (S003), the one value ``version`` takes (S004), an agency name split into unknown pieces by an
  unquoted comma (A001: the whole name quoted), a key indented deeper than the keys beside it (Y001:
  the spaces the hint counts deleted), text in decomposed Unicode (U001: composed). The replacement is taken from the finding's hint as the product built it — its message
  ids and fields, never its rendered words, which change with ``--lang`` — and it replaces exactly
  the wrong key or value. The first proposal is the preferred one.
* **quote a value YAML misreads**: a number where a text is wanted (``number: 1.10`` read as 1.1,
  ``symbol: 2021``), a number with a leading zero (Y004), ``true``/``null`` where a text is wanted,
  a text holding ``": "`` (read as a ``key: value`` pair, or not read at all: Y001), a value
  starting with a character YAML reserves (``@``, ``%``, the backtick: Y001). The value is
  written exactly as typed, double-quoted by the authoring layer's own rule
  (:func:`cchc.authoring.edit.yaml_scalar`). (Dates and ``yes``/``no``/``on``/``off`` need no
  quotes: cchc reads YAML 1.2's core schema, where they are text.)
* **suppress**: ``# cchc: ignore[CODE] <lý do>`` where ``cchc lint`` honours it — at the end of the
  finding's line, or on a line of its own above it when that line has a comment already, or at the
  end of the nearest line above that opens a block holding it when the line lies inside a value
  written over several lines. A suppression already aimed at that line gets the code added to its
  list instead. The reason is a placeholder (a snippet placeholder when the client takes snippets);
  left as it is, ``cchc lint`` reports it as a missing reason (Q001). Never for the codes a
  comment cannot hide.

Every fix is checked before it is offered: the edited text is linted again, and the fix is kept
only when the finding's code is found fewer times and no YAML or format finding more often (a
suppression must also leave the data unchanged and add no finding at all). A fix that would break
the file is never shown. The edit is a :class:`~lsprotocol.types.WorkspaceEdit` on that document
only, for the version analysed (a request waits briefly for the analysis of the newest text).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec, ServerTextPosition

from cchc.base.diagnostics import Diagnostic, Span
from cchc.base.i18n import Deferred, Joined, Message, Quoted, Stripped, tr
from cchc.checking import rules as rule_registry
from cchc.checking.suppress import REASON_PLACEHOLDER, parse_suppressions
from cchc.editor.diagnostics import to_lsp
from cchc.editor.positions import from_position
from cchc.editor.session import Analysis, LiveRegistries

# ---------------------------------------------------------------- the hints' message ids
# The texts of the product's hints that propose a replacement, by message id (the Vietnamese text).
_CLOSE_NAME = rule_registry.RULES["S001"].MESSAGES["unknown.close"]  # S001, S004 (enum) and A001 share it
_CLOSE_NAMES = rule_registry.RULES["I001"].MESSAGES["no-task.close"]
_DATE_ORDER = rule_registry.RULES["S004"].MESSAGES["date.order"]
_UNQUOTE = rule_registry.RULES["S003"].MESSAGES["type.unquote"]
_AS_LIST = rule_registry.RULES["S003"].MESSAGES["type.list"]
_QUOTE_RAW = rule_registry.RULES["S003"].MESSAGES["type.quote-raw"]
_QUOTE = rule_registry.RULES["S003"].MESSAGES["type.quote"]
_EMPTY = rule_registry.RULES["S003"].MESSAGES["type.empty"]
_COLON = rule_registry.RULES["S003"].MESSAGES["type.colon"]
_NEAREST_DEADLINE = ("Cách viết gần nhất cchc đọc được: \"{nearest}\". Các dạng khác: {forms}. Nếu hạn không "
                     "viết được theo các dạng này, ghi thêm hạn cụ thể: due: YYYY-MM-DD.")  # cchc.reading.deadline
_LEADING_ZERO = "Muốn giữ nguyên cách viết (ví dụ số văn bản \"{written}\"), đặt trong dấu nháy: \"{written}\"."
_RESERVED = "Đặt nội dung đó trong dấu nháy kép, ví dụ: {example}"  # cchc.reading.load, Y001
_COLON_TEXT = "Văn bản có dấu \": \" phải đặt trong dấu nháy kép, ví dụ content: \"Các Sở: Nội vụ, Tư pháp\"."
_CONST = rule_registry.RULES["S004"].MESSAGES["const.hint"]
_SPLIT_NAME = ("Tên \"{name}\" có dấu phẩy nên bị tách thành nhiều phần tử: đặt cả tên trong dấu nháy kép, "
               "ví dụ [\"{name}\"].")  # A001
_DEDENT = ("Xóa {count} dấu cách ở đầu dòng {line} để \"{key}:\" thẳng cột với \"{sibling}:\" ở dòng "
           "{sibling_line}. Không đặt dòng này trong dấu nháy: khóa sẽ thành một phần của văn bản phía trên.")  # Y001
_QUOTING = (_QUOTE_RAW, _QUOTE, _LEADING_ZERO, _COLON)

_PLACES = 4  # places a suppression is tried at (each is checked by linting the text again)
_WAIT = 2.0  # seconds a request waits for the analysis of the document's newest version


@dataclass(frozen=True)
class Edit:
    """Text replacing ``start``–``end`` (1-based line and column in code points; equal: an insertion)."""

    start: tuple[int, int]
    end: tuple[int, int]
    text: str


@dataclass(frozen=True)
class Fix:
    """One code action: what it fixes and how."""

    title: str
    diagnostic: Diagnostic
    edits: tuple[Edit, ...]
    preferred: bool = False
    suppression: bool = False  # the edit holds REASON_PLACEHOLDER for the user to replace
    others: tuple[Diagnostic, ...] = ()  # other findings the same edit fixes


def register(server: Any, state: Any) -> None:
    options = types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
    # Each fix is linted once per analysis: an editor asks again at every move of the cursor.
    checks: dict[str, tuple[Analysis, dict[Any, bool]]] = {}

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, options)
    async def code_action(ls: Any, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        only = params.context.only
        if only and not any(types.CodeActionKind.QuickFix.value.startswith(kind) for kind in only):
            return None
        uri = params.text_document.uri
        if uri not in ls.workspace.text_documents:
            return None
        analysis = await _current(state, ls, uri)
        if analysis is None or not analysis.relevant:
            return None
        codec = state.codec(uri)
        lines = analysis.lines
        start = from_position(lines, params.range.start, codec)
        end = from_position(lines, params.range.end, codec)
        registries = LiveRegistries(memo=state.session.memo)
        loop = asyncio.get_running_loop()
        named = {(str(d.code), from_position(lines, d.range.start, codec)) for d in params.context.diagnostics
                 if d.source == "cchc"}  # the findings the client shows there (their range may be wider)
        if uri not in checks or checks[uri][0] is not analysis:
            checks[uri] = (analysis, {})
        for gone in [key for key in checks if key not in ls.workspace.text_documents]:
            checks.pop(gone, None)
        memo = checks[uri][1]
        found = await loop.run_in_executor(None, lambda: fixes(analysis, start, end, registries, named, memo))
        if uri not in ls.workspace.text_documents or ls.workspace.get_text_document(uri).version != analysis.version:
            return None  # typed meanwhile: the edits were made for text that is gone
        versioned, snippets = _edit_support(ls)
        return [_action(fix, analysis, codec, versioned, snippets) for fix in found]


async def _current(state: Any, ls: Any, uri: str) -> Analysis | None:
    """The analysis of the document's version now (waiting briefly for the one under way): edits
    made for older text would land in the wrong place."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _WAIT
    while True:
        if uri not in ls.workspace.text_documents:
            return None
        version = ls.workspace.get_text_document(uri).version
        analysis: Analysis | None = state.analysis(uri)
        if analysis is not None and analysis.version == version:
            return analysis
        if loop.time() >= deadline:
            return None
        await asyncio.sleep(0.02)


def _edit_support(ls: Any) -> tuple[bool, bool]:
    """Whether the client takes versioned document edits, and snippets in them."""
    capabilities = ls.client_capabilities
    workspace = getattr(capabilities, "workspace", None)
    edit = getattr(workspace, "workspace_edit", None)
    versioned = bool(getattr(edit, "document_changes", False))
    return versioned, versioned and bool(getattr(edit, "snippet_edit_support", False))


def _action(fix: Fix, analysis: Analysis, codec: PositionCodec, versioned: bool, snippets: bool) -> types.CodeAction:
    lines = analysis.lines
    edits: list[Any] = []
    for edit in fix.edits:
        span = types.Range(_client(lines, codec, *edit.start), _client(lines, codec, *edit.end))
        if snippets and fix.suppression and REASON_PLACEHOLDER in edit.text:
            snippet = edit.text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}")
            snippet = snippet.replace(REASON_PLACEHOLDER, "${1:" + REASON_PLACEHOLDER + "}", 1)
            edits.append(types.SnippetTextEdit(span, types.StringValue(snippet)))
        else:
            edits.append(types.TextEdit(span, edit.text))
    if versioned:  # the client refuses the edit if the document changed since
        change = types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
            types.OptionalVersionedTextDocumentIdentifier(analysis.uri, analysis.version), edits)])
    else:
        change = types.WorkspaceEdit(changes={analysis.uri: edits})
    return types.CodeAction(title=fix.title, kind=types.CodeActionKind.QuickFix,
                            diagnostics=[to_lsp(d, lines, codec) for d in (fix.diagnostic, *fix.others)],
                            is_preferred=fix.preferred or None, edit=change)


def _client(lines: Sequence[str], codec: PositionCodec, line: int, column: int) -> types.Position:
    if line > len(lines):  # the end of the text
        if not lines:
            return types.Position(0, 0)
        last = len(lines) - 1
        return codec.position_to_client_units(lines, ServerTextPosition(last, len(lines[last].rstrip("\r\n"))))
    return codec.position_to_client_units(lines, ServerTextPosition(line - 1, column - 1))


# ---------------------------------------------------------------- which fixes


def fixes(analysis: Analysis, start: tuple[int, int], end: tuple[int, int],
          registries: Any = None, named: Collection[tuple[str, tuple[int, int]]] = (),
          memo: dict[Any, bool] | None = None) -> list[Fix]:
    """The checked fixes for the findings of ``analysis`` that touch ``start``–``end`` (1-based
    line and column in code points) or that ``named`` lists (code and start), each finding's
    fixes in order of preference. ``memo``: the checks already made on this analysis."""
    memo = {} if memo is None else memo

    def checked(fix: Fix) -> bool:
        key = (fix.edits, fix.suppression, fix.diagnostic)
        if key not in memo:
            memo[key] = _checked(fix, analysis, registries)
        return memo[key]

    lines = split_plain(analysis.lines)
    out: list[Fix] = []
    seen: dict[tuple[Edit, ...], int] = {}  # one fix for two findings (S003 and Y004 of "0123"): one action
    for diagnostic in analysis.result.diagnostics:
        if not _touches(diagnostic.span, start, end) and (
                diagnostic.code, (diagnostic.span.line, diagnostic.span.column)) not in named:
            continue
        proposals = []
        for fix in _proposals(diagnostic, analysis, lines):
            if fix.edits in seen:
                index = seen[fix.edits]
                out[index] = replace(out[index], others=(*out[index].others, diagnostic))
            elif checked(fix):
                proposals.append(fix)
        if proposals:
            proposals[0] = replace(proposals[0], preferred=True)
        for fix in proposals:
            seen[fix.edits] = len(out)
            out.append(fix)
        suppression = _suppression(diagnostic, analysis, lines, checked)
        if suppression is not None and suppression.edits in seen:  # three pieces of one name: one comment
            index = seen[suppression.edits]
            out[index] = replace(out[index], others=(*out[index].others, diagnostic))
        elif suppression is not None:
            seen[suppression.edits] = len(out)
            out.append(suppression)
    return out


def split_plain(lines: Sequence[str]) -> list[str]:
    return [line.rstrip("\r\n") for line in lines]


def _touches(span: Span, start: tuple[int, int], end: tuple[int, int]) -> bool:
    first, last = (span.line, span.column), (span.end_line, max(span.end_column, span.column + 1))
    return first <= end and start <= last


def _messages(text: object) -> Iterator[Message]:
    """Every message a hint was made of (deferred text keeps its parts)."""
    if isinstance(text, Message):
        yield text
    elif isinstance(text, Joined):
        for part in text.parts:
            yield from _messages(part)
    elif isinstance(text, Stripped):
        yield from _messages(text.inner)


def _names(value: object) -> list[str]:
    """The plan values a field lists (:func:`cchc.base.i18n.data_list`)."""
    if isinstance(value, Quoted):
        return [str(value.value)]
    if isinstance(value, Joined):
        return [name for part in value.parts for name in _names(part)]
    if isinstance(value, Deferred):
        return []
    return [str(value)] if isinstance(value, str) else []


def _raw(lines: Sequence[str], span: Span) -> str | None:
    """The text of a span on one line (None for a span over several lines)."""
    if span.line != span.end_line or not 0 < span.line <= len(lines):
        return None
    return lines[span.line - 1][span.column - 1: span.end_column - 1]


def _in_flow(lines: Sequence[str], span: Span) -> bool:
    before = lines[span.line - 1][: span.column - 1] if 0 < span.line <= len(lines) else ""
    return before.count("[") + before.count("{") > before.count("]") + before.count("}")


def _replace(span: Span, text: str) -> tuple[Edit, ...]:
    return (Edit((span.line, span.column), (span.end_line, span.end_column), text),)


def _written(value: str, raw: str, flow: bool) -> str:
    """``value`` as YAML text in the place of ``raw``: plain when ``raw`` was plain and plain
    reads back as the same text there, else double-quoted (the writers' own rules)."""
    from cchc.authoring.edit import yaml_scalar
    from cchc.authoring.importer import _plain_ok

    if raw[:1] not in ("\"", "'") and _plain_ok(value, flow):
        return value
    written = yaml_scalar(value)
    return written


def _proposals(diagnostic: Diagnostic, analysis: Analysis, lines: Sequence[str]) -> Iterator[Fix]:
    from cchc.authoring.edit import yaml_scalar

    span = diagnostic.span
    if diagnostic.code == "U001":
        yield from _composed(diagnostic, analysis)
        return
    raw = _raw(lines, span)
    if raw is None or not raw.strip():
        return
    for message in _messages(diagnostic.hint):
        msgid, params = message.msgid, message.params
        if msgid == _CLOSE_NAME and "name" in params:
            name = str(params["name"])
            yield Fix(tr("Sửa thành \"{name}\"", name=name), diagnostic,
                      _replace(span, _written(name, raw, _in_flow(lines, span))))
        elif msgid == _CLOSE_NAMES:
            for name in _names(params.get("names")):
                yield Fix(tr("Sửa thành \"{name}\"", name=name), diagnostic,
                          _replace(span, _written(name, raw, _in_flow(lines, span))))
        elif msgid == _NEAREST_DEADLINE and "nearest" in params:
            name = str(params["nearest"])
            yield Fix(tr("Sửa thành \"{name}\"", name=name), diagnostic,
                      _replace(span, _written(name, raw, _in_flow(lines, span))))
        elif msgid == _DATE_ORDER:
            day = f"{int(params['year']):04d}-{int(params['month']):02d}-{int(params['day']):02d}"
            written = yaml_scalar(day) if raw[:1] not in ("\"", "'") else f"{raw[0]}{day}{raw[0]}"
            yield Fix(tr("Sửa thành {value}", value=written), diagnostic, _replace(span, written))
        elif msgid == _CONST and "expected" in params:
            try:
                value = json.loads(str(params["expected"]))
            except ValueError:
                continue
            if isinstance(value, (int, float, str)) and not isinstance(value, bool):
                written = yaml_scalar(value)
                yield Fix(tr("Sửa thành {value}", value=written), diagnostic, _replace(span, written))
        elif msgid == _SPLIT_NAME and "name" in params:
            yield from _joined_name(diagnostic, str(params["name"]), lines)
        elif msgid == _UNQUOTE and "number" in params:
            number = str(params["number"])
            yield Fix(tr("Sửa thành {value}", value=number), diagnostic, _replace(span, number))
        elif msgid == _AS_LIST and raw[:1] not in "[-|>":
            item = raw if raw[:1] in ("\"", "'") else _written(raw.strip(), raw, True)
            written = f"[{item}]"
            yield Fix(tr("Viết thành danh sách: {value}", value=written), diagnostic, _replace(span, written))
        elif msgid in _QUOTING or (msgid == _EMPTY and raw.strip() in ("null", "Null", "NULL", "~")):
            if raw[:1] in ("\"", "'", "[", "{", "|", ">"):
                continue
            written = yaml_scalar(raw)
            if written != raw:
                yield Fix(tr("Đặt trong dấu nháy: {value}", value=written), diagnostic, _replace(span, written))
    yield from _reserved(diagnostic, analysis, lines)
    yield from _indented(diagnostic, lines)


def _joined_name(diagnostic: Diagnostic, name: str, lines: Sequence[str]) -> Iterator[Fix]:
    """A001 for one piece of an agency name that an unquoted comma split (``[Sở Văn hóa, Thể thao
    và Du lịch]``): the whole name, as written on the line around the piece, quoted."""
    from cchc.authoring.edit import yaml_scalar

    span = diagnostic.span
    if span.line != span.end_line or not 0 < span.line <= len(lines):
        return
    text = lines[span.line - 1]
    at = text.find(name)
    while at >= 0 and not (at < span.end_column - 1 and span.column - 1 < at + len(name)):  # holds the piece
        at = text.find(name, at + 1)
    if at < 0 or not _in_flow(lines, Span(span.line, at + 1, span.line, at + 1)):
        return
    written = yaml_scalar(name)
    yield Fix(tr("Đặt trong dấu nháy: {value}", value=written), diagnostic,
              (Edit((span.line, at + 1), (span.line, at + 1 + len(name)), written),))


def _indented(diagnostic: Diagnostic, lines: Sequence[str]) -> Iterator[Fix]:
    """Y001 for a key indented deeper than the keys beside it: the spaces the hint counts deleted."""
    for message in _messages(diagnostic.hint):
        if message.msgid != _DEDENT or diagnostic.code != "Y001":
            continue
        line, count = message.params.get("line"), message.params.get("count")
        if not isinstance(line, int) or not isinstance(count, int) or not 0 < line <= len(lines):
            continue
        if count > 0 and lines[line - 1][:count] == " " * count:
            yield Fix(tr("Xóa {count} dấu cách ở đầu dòng {line}", line=line, count=count), diagnostic,
                      (Edit((line, 1), (line, count + 1), ""),))


def _composed(diagnostic: Diagnostic, analysis: Analysis) -> Iterator[Fix]:
    """U001: the value's text in NFC (the letters composed; quotes, escapes and line breaks unchanged)."""
    import unicodedata

    span = diagnostic.span
    edit = Edit((span.line, span.column), (span.end_line, span.end_column), "")
    start, end = (_offset(analysis.lines, analysis.text, *point) for point in (edit.start, edit.end))
    written = analysis.text[start:end]
    composed = unicodedata.normalize("NFC", written)
    if composed != written:
        yield Fix(tr("Chuyển sang Unicode dựng sẵn (NFC)"), diagnostic, (replace(edit, text=composed),))


def _reserved(diagnostic: Diagnostic, analysis: Analysis, lines: Sequence[str]) -> Iterator[Fix]:
    """Y001 for a value YAML cannot read unquoted: one starting with ``@``, ``%`` or the backtick
    (its extent read as the loader's message reads it: to the end of the line, or of the flow
    item), or a text holding ``": "`` (the value after the line's key). The value quoted."""
    from cchc.authoring.edit import yaml_scalar
    from cchc.reading.load import comment_start

    hints = {m.msgid for m in _messages(diagnostic.hint)}
    line, column = diagnostic.span.line, diagnostic.span.column
    if diagnostic.code != "Y001" or not 0 < line <= len(lines) or not hints & {_RESERVED, _COLON_TEXT}:
        return
    text = lines[line - 1]
    if _RESERVED in hints:
        start = column
    else:
        key = _KEY_VALUE.match(text)
        if key is None or key.end("key") >= column:
            return  # the colon is not inside a value after a key
        start = key.start("value") + 1
    comment = comment_start(text[start - 1:])
    content = text[: start - 1 + comment] if comment is not None else text
    value = content[start - 1:].rstrip()
    before = text[: start - 1]
    if before.count("[") + before.count("{") > before.count("]") + before.count("}"):
        cut = next((i for i, ch in enumerate(value) if ch in ",]}"), len(value))
        value = value[:cut].rstrip()
    elif _RESERVED in hints and before.strip() in ("", "-") and ": " in value + " ":
        return  # a key starting with the character: not a value to quote
    if not value or value[0] in "\"'[{|>&*!":
        return
    written = yaml_scalar(value)
    yield Fix(tr("Đặt trong dấu nháy: {value}", value=written), diagnostic,
              (Edit((line, start), (line, start + len(value)), written),))


_KEY_VALUE = re.compile(r"^ *(?:- +)*(?P<key>[^\s#'\"\[\]{},:][^:#]*?) *: +(?P<value>\S.*)$")


# ---------------------------------------------------------------- suppressions


def _suppression(diagnostic: Diagnostic, analysis: Analysis, lines: Sequence[str],
                 checked: Callable[[Fix], bool]) -> Fix | None:
    """``# cchc: ignore[CODE] <lý do>`` where it covers the finding (the first place that works)."""
    code = diagnostic.code
    loaded = analysis.loaded
    if code in rule_registry.UNSUPPRESSIBLE or code not in rule_registry.RULES or not loaded.ok:
        return None
    for tried, (edits, extended) in enumerate(_placements(diagnostic, analysis, lines)):
        if tried >= _PLACES:
            break
        title = (tr("Thêm {code} vào chú thích bỏ qua có sẵn", code=code) if extended
                 else tr("Bỏ qua {code} ở đây bằng chú thích # cchc: ignore (cần ghi lý do)", code=code))
        fix = Fix(title, diagnostic, edits, suppression=True)
        if checked(fix):
            return fix
    return None


def _placements(diagnostic: Diagnostic, analysis: Analysis,
                lines: Sequence[str]) -> Iterator[tuple[tuple[Edit, ...], bool]]:
    """Where a suppression of the finding could go, best first: (the edits, extends a comment)."""
    code, line = diagnostic.code, diagnostic.line
    loaded = analysis.loaded
    comment = f"# cchc: ignore[{code}] {REASON_PLACEHOLDER}"
    for suppression in parse_suppressions(loaded):
        aimed = suppression.line == line or (suppression.first_line == line and suppression.line != line)
        if aimed and not suppression.malformed and suppression.codes:
            if code in suppression.codes:
                return  # already named there (it covers something else, or the reason is missing)
            text = lines[suppression.line - 1]
            close = text.find("]", suppression.column - 1)
            if close > 0:
                yield (Edit((suppression.line, close + 1), (suppression.line, close + 1), f",{code}"),), True
    ending = _ending(analysis.lines, line)
    for candidate in range(line, 0, -1):
        if candidate != line and loaded.block_end(candidate) < line:
            continue
        text = lines[candidate - 1]
        if loaded.comment_column(candidate) is None and text.strip() and not text.lstrip().startswith("#"):
            content = len(text.rstrip())
            yield (Edit((candidate, content + 1), (candidate, len(text) + 1), f"  {comment}"),), False
        if candidate == line or loaded.comment_column(candidate) is not None:
            indent = text[: len(text) - len(text.lstrip(" "))]
            yield (Edit((candidate, 1), (candidate, 1), f"{indent}{comment}{ending}"),), False


def _ending(lines: Sequence[str], line: int) -> str:
    for probe in (line, line - 1, 1):
        if 0 < probe <= len(lines):
            text = lines[probe - 1]
            stripped = text.rstrip("\r\n")
            if stripped != text:
                return text[len(stripped):]
    return "\n"


# ---------------------------------------------------------------- checking a fix


def _offset(lines: Sequence[str], text: str, line: int, column: int) -> int:
    """The index in ``text`` (split into ``lines`` with their endings) of 1-based ``line``/``column``."""
    if line > len(lines):
        return len(text)
    return sum(len(part) for part in lines[: line - 1]) + column - 1


def apply(text: str, lines: Sequence[str], edits: Sequence[Edit]) -> str:
    """``text`` (split into ``lines`` with their endings) with ``edits`` made."""
    out = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[: _offset(lines, text, *edit.start)] + edit.text + out[_offset(lines, text, *edit.end):]
    return out


def _file_codes(diagnostics: Sequence[Diagnostic]) -> Counter[str]:
    """The codes of a file's own findings (the cross-plan ones are not made by a lint of one file)."""
    return Counter(d.code for d in diagnostics
                   if getattr(rule_registry.RULES.get(d.code), "SCOPE", "") != "cross-plan")


def _checked(fix: Fix, analysis: Analysis, registries: Any) -> bool:
    """The edited text, linted again, has the finding's code fewer times and no finding of the
    engine's (YAML, format, suppressions) more often. A suppression — checked with a reason in
    place of the placeholder — must also keep the data and add no finding at all; a value written
    as the hint says may bring out a rule's finding the wrong value hid (``2.10`` read as text is
    then checked as a task number), which is the truth about the file, not a fault of the fix."""
    from cchc.checking.check import lint_loaded
    from cchc.reading.load import load_text

    edits = fix.edits
    if fix.suppression:
        edits = tuple(Edit(e.start, e.end, e.text.replace(REASON_PLACEHOLDER, "lý do")) for e in edits)
    text = apply(analysis.text, analysis.lines, edits)
    loaded = load_text(text, analysis.loaded.path)
    if not loaded.ok and fix.diagnostic.code != "Y001":
        return False
    if fix.suppression and loaded.data != analysis.loaded.data:
        return False
    result = lint_loaded(loaded, analysis.path, kind=analysis.kind, registries=registries)
    if not analysis.loaded.ok:  # the rest of the file was never checked: only the syntax error counts
        return sum(d.code == "Y001" for d in result.diagnostics) < sum(
            d.code == "Y001" for d in analysis.result.diagnostics)
    before, after = _file_codes(analysis.result.diagnostics), _file_codes(result.diagnostics)
    worse = after - before
    if fix.suppression and worse:
        return False
    if any(getattr(rule_registry.RULES.get(c), "SCOPE", "") == "engine" for c in worse):
        return False  # the edit broke the text or its format (a value that reads right may show a rule's finding)
    code = fix.diagnostic.code
    cross = getattr(rule_registry.RULES.get(code), "SCOPE", "") == "cross-plan"
    return cross or after[code] < before[code]
