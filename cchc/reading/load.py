"""Reading YAML for the read path (lint, status, report): data plus exact source positions.

This module owns the fast located loader. It composes nodes with libyaml (PyYAML's C loader when
available, the pure-Python one otherwise), converts them to plain Python data with YAML 1.2 core
scalar rules (``yes``/``no``/``on`` stay strings, unquoted dates stay strings so the schema can
check them), and records the 1-based span of every value and every mapping key by its JSON path.
It never raises for bad input: unreadable bytes, syntax errors and duplicate keys come back as
:class:`LoadProblem` values so the caller can keep processing other files.

Editing commands use the round-trip loader in another module; nothing here writes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from cchc.base.diagnostics import JsonPath, Span
from cchc.base.i18n import N_, msg
from cchc.base.text import excerpt
from cchc.reading.files import read_bytes

try:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader

_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"
# First characters after which a plain scalar may resolve to something other than a string, in
# YAML 1.1 (what libyaml tags) or in the 1.2 core schema (what cchc reads): any other plain text
# is a string in both, with no need to ask the resolver.
_NOT_PLAIN_TEXT = frozenset(k for k in _RESOLVER.yaml_implicit_resolvers if k) | frozenset("~nNtTfF+-.0123456789")


def _plain_text(value: str) -> bool:
    """True when no implicit resolver (YAML 1.1 or 1.2 core) could read ``value`` as anything but
    text: it starts with a character none of them starts with, or it starts with a letter and is
    longer than the longest word they know ("false")."""
    first = value[0]
    return first not in _NOT_PLAIN_TEXT or (len(value) > 5 and first.isalpha())


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """libyaml asks this Python method for the tag of every scalar; answer the common case (text
    that no implicit resolver could claim) without walking the resolver lists. Same answers."""

    # libyaml calls these two around every node so path resolvers can track where they are; cchc
    # registers none (the base methods return at once), so C built-ins that do nothing stand in.
    descend_resolver = staticmethod(slice)  # (parent, index) → a throwaway slice
    ascend_resolver = staticmethod(tuple)  # () → ()

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode:
            if value and (not implicit[0] or _plain_text(value)):
                return _STR
            if implicit[0]:  # a plain scalar: its tag depends on its text alone ("1", "2021-07-01")
                tag = _IMPLICIT_TAGS.get(value)
                if tag is None:
                    if len(_IMPLICIT_TAGS) > _MEMO_LIMIT:
                        _IMPLICIT_TAGS.clear()
                    tag = _IMPLICIT_TAGS[value] = super().resolve(kind, value, implicit)
                return tag
        elif kind is yaml.MappingNode:
            return _MAP  # what BaseResolver gives when no path resolver is registered (none is)
        elif kind is yaml.SequenceNode:
            return _SEQ
        return super().resolve(kind, value, implicit)


_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_IMPLICIT_TAGS: dict[str, str] = {}  # plain scalar text → libyaml's (YAML 1.1) tag for it
_MEMO_LIMIT = 50_000
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e"  # where str.splitlines breaks and YAML does not


def split_lines(text: str, keepends: bool = False) -> list[str]:
    """Lines as YAML counts them (CR, LF, CRLF, NEL, LS, PS) — unlike str.splitlines, which also
    breaks on form feeds and other controls and would shift every line number after them."""
    if not text:
        return []
    if keepends:
        if not any(char in text for char in _OTHER_BREAKS):  # as below: str.splitlines breaks where YAML does
            return text.splitlines(keepends=True)
        parts = []
        start = 0
        for match in _LINE_BREAK.finditer(text):
            parts.append(text[start:match.end()])
            start = match.end()
        if start < len(text):
            parts.append(text[start:])
        return parts
    if not any(char in text for char in _OTHER_BREAKS):  # str.splitlines breaks on exactly YAML's breaks here
        return text.splitlines()
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines
_NULL_RE = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT_RE = re.compile(r"^[-+]?[0-9]{1,100}$")  # longer digit runs stay text (Python caps int parsing)
_LEADING_ZERO_RE = re.compile(r"^[-+]?0[0-9]+$")
_OCT_RE = re.compile(r"^0o[0-7]+$")
_HEX_RE = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT_RE = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+)(?:[eE][-+]?[0-9]+)?$")
_INF_RE = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN_RE = re.compile(r"^\.(?:nan|NaN|NAN)$")
_MAX_DEPTH = 200


@dataclass(frozen=True)
class LoadProblem:
    """A problem found while reading: ``kind`` is ``syntax``, ``duplicate-key`` or ``read``."""

    kind: str
    span: Span
    message: str
    hint: str = ""


class LoadedYaml:
    """A YAML file read for checking: its text, data, and where every node sits.

    Positions are worked out only when asked for: most plans raise no finding, so reading them
    needs their data and nothing else. ``locate``, ``comment_column``, ``block_end`` and ``has``
    answer one question each by walking down the composed nodes (a few dozen of them); the full
    maps (``spans``, ``key_spans``, ``blocks``, ``code_end``, ``inside``) are built on first use,
    in one walk over every node. Both ask :class:`_Nodes` for each node's span: it is the one
    place spans are computed. The tests check both ways against an independent oracle
    (``tests/span_oracle.py``, the full walker this module used before) on every line and path.
    """

    def __init__(self, path: str, text: str, data: Any, problems: tuple[LoadProblem, ...] = (), *,
                 nodes: _Nodes | None = None) -> None:
        self.path = path
        self.text = text
        self.data = data
        self.problems = problems
        self._nodes = nodes
        if nodes is None:  # nothing composed (empty or unreadable file): every position is 1:1
            self.__dict__.update(spans={(): Span.start_of_file()}, key_spans={}, blocks={}, code_end={},
                                 inside=frozenset())

    # ---- the full maps, built once when something needs all of them (edit, tests)
    @cached_property
    def _full(self) -> _Maps:
        assert self._nodes is not None
        return self._nodes.full()

    @cached_property
    def spans(self) -> Mapping[JsonPath, Span]:
        return self._full.spans

    @cached_property
    def key_spans(self) -> Mapping[JsonPath, Span]:
        return self._full.key_spans

    @cached_property
    def blocks(self) -> Mapping[int, int]:  # first line of a block → its last line (for suppressions)
        return self._full.blocks

    @cached_property
    def code_end(self) -> Mapping[int, int]:  # line → column where scalar text ends
        return self._full.code_end

    @cached_property
    def inside(self) -> frozenset[int]:  # lines wholly inside a multi-line scalar (no comments there)
        return frozenset(self._full.inside)

    def _targeted(self) -> _Nodes | None:
        """The node walker for single questions, or None when the full maps must answer (they
        exist already, or the file is irregular: see :class:`_Nodes`)."""
        nodes = self._nodes
        if nodes is None or nodes.irregular or "spans" in self.__dict__:
            return None
        return nodes

    # ---- single questions
    def has(self, path: JsonPath) -> bool:
        """Whether the data holds a node at ``path`` (a key present, even with an empty value)."""
        node: Any = self.data
        for part in path:
            if isinstance(node, dict):
                if part not in node:
                    return False
                node = node[part]
            elif isinstance(node, list):
                if not isinstance(part, int) or not 0 <= part < len(node):
                    return False
                node = node[part]
            else:
                return False
        return True

    def block_end(self, line: int) -> int:
        """The last line of the block (list item, or key with its value) opening on ``line``;
        ``line`` itself when no block of several lines opens there."""
        nodes = self._targeted()
        if nodes is None:
            return self.blocks.get(line, line)
        return nodes.block_end(line)

    def comment_column(self, line: int) -> int | None:
        """0-based index of the ``#`` that starts a comment on ``line`` (1-based), if any.

        Uses where the YAML scalars on the line end, so a ``#`` or a quote inside text is never
        taken for a comment."""
        lines = self.lines
        if not 0 < line <= len(lines):
            return None
        nodes = self._targeted()
        if nodes is None:
            if line in self.inside:
                return None
            code_end = self.code_end.get(line, 1)
        else:
            inside, code_end = nodes.on_line(line)
            if inside:
                return None
        text = lines[line - 1]
        index = max(code_end - 1, 0)
        while True:
            index = text.find("#", index)
            if index < 0:
                return None
            if index == 0 or text[index - 1] in " \t":
                return index
            index += 1

    @property
    def ok(self) -> bool:
        return not any(p.kind in ("syntax", "read") for p in self.problems)

    @cached_property
    def lines(self) -> list[str]:
        return split_lines(self.text)

    def locate(self, path: JsonPath, *, key: bool = False) -> Span:
        """The span of the node at ``path``; falls back to the nearest existing ancestor."""
        nodes = self._targeted()
        if nodes is not None:
            return nodes.locate(path, key=key)
        if key and path in self.key_spans:
            return self.key_spans[path]
        probe = tuple(path)
        spans = self.spans
        while probe:
            if probe in spans:
                return spans[probe]
            probe = probe[:-1]
        return spans.get((), Span.start_of_file())


from cchc.base.oserrors import os_error_text  # noqa: E402 - re-exported for callers


def read_text(path: Path) -> tuple[str | None, LoadProblem | None]:
    """Read a file as UTF-8 (BOM allowed). Errors are values, never exceptions."""
    try:
        raw = read_bytes(path)
    except OSError as exc:
        return None, LoadProblem(
            "read", Span.start_of_file(), msg("Không đọc được tệp: {error}.", error=os_error_text(exc)),
            msg("Kiểm tra đường dẫn và quyền đọc tệp."),
        )
    return decode(raw)


def decode(raw: bytes) -> tuple[str | None, LoadProblem | None]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, LoadProblem(
            "read", Span.start_of_file(), msg("Tệp được lưu bằng bảng mã UTF-16, không phải UTF-8."),
            msg("Lưu lại tệp với bảng mã UTF-8 (trong VS Code: Save with Encoding → UTF-8)."),
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8", errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        return None, LoadProblem(
            "read", Span(line, column, line, column + 1),
            msg("Tệp không phải văn bản UTF-8 hợp lệ (byte 0x{byte:02X} ở vị trí {offset}).",
               byte=raw[exc.start], offset=exc.start),
            msg("Lưu lại tệp với bảng mã UTF-8; nếu văn bản gõ bằng TCVN3 (ABC) hoặc VNI, "
               "chuyển mã sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey)."),
        )


def load_file(path: Path, display: str | None = None) -> LoadedYaml:
    text, problem = read_text(path)
    shown = display if display is not None else str(path)
    if text is None:
        assert problem is not None
        return LoadedYaml(shown, "", None, (problem,))
    return load_text(text, shown)


def load_text(text: str, path: str = "<văn bản>") -> LoadedYaml:
    """Read YAML text into located data; problems are values, never exceptions."""
    return _load_text(text, path)


def _load_text(text: str, path: str) -> LoadedYaml:
    lines = split_lines(text)
    separator = _ODD_BREAK.search(text) if ("\x85" in text or "\u2028" in text or "\u2029" in text) else None
    if separator is not None:
        before = text[: separator.start()]
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        return LoadedYaml(path, text, None, problems=(LoadProblem(
            "syntax", Span(line, column, line, column + 1),
            msg("Văn bản có ký tự xuống dòng đặc biệt U+{code:04X} mà trình soạn thảo không hiện ra.",
               code=ord(separator.group())),
            msg("Xóa ký tự này hoặc thay bằng dấu cách (thường do sao chép từ Word hoặc trang web).")),))
    guard = _nesting_guard(text, lines)
    if guard is not None:
        return LoadedYaml(path, text, None, problems=(guard,))
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return LoadedYaml(path, text, None, problems=(_syntax_problem(exc, lines),))
    except (yaml.reader.ReaderError, UnicodeEncodeError):  # a lone UTF-16 surrogate (an editor's buffer) is not encodable
        return LoadedYaml(path, text, None, problems=(_control_problem(text),))
    except yaml.YAMLError as exc:  # pragma: no cover - errors without marks
        return LoadedYaml(path, text, None, problems=(LoadProblem("syntax", Span.start_of_file(),
                                       msg("Lỗi cú pháp YAML: {error}.", error=str(exc)), msg(_SYNTAX_HINT)),))
    except RecursionError:
        return LoadedYaml(path, text, None, problems=(LoadProblem("syntax", Span.start_of_file(),
                                       msg("Cấu trúc YAML lồng nhau quá sâu."), msg(_SYNTAX_HINT)),))
    if root is None:
        return LoadedYaml(path, text, None)
    nodes = _Nodes(root, lines, _may_alias(text))
    reader = _Reader(nodes, budget=_budget(text))
    try:
        data = reader.convert(root, 0)
    except (RecursionError, _AliasBomb, _TooDeep) as exc:
        message: str = (msg("Cấu trúc YAML lồng nhau quá sâu (hơn {limit} cấp).", limit=_MAX_DEPTH)
                   if not isinstance(exc, _AliasBomb)
                   else msg("Tệp dùng tham chiếu (alias *tên) nhân bản quá nhiều dữ liệu."))
        where = exc.span if isinstance(exc, _TooDeep) else Span.start_of_file()
        alias = _alias_at_fault(text, _budget(text))
        if alias is not None:  # an alias made it: point at that alias, not at 1:1 or the anchor
            where, message = alias
        return LoadedYaml(path, text, None, problems=(
            LoadProblem("syntax", where, message, msg("Kế hoạch không cần lồng nhau sâu hay tham chiếu lặp: "
                                                     "viết trực tiếp nội dung.")),))
    if any(p.kind == "duplicate-key" for p in reader.problems):
        nodes.irregular = True
    loaded = LoadedYaml(path, text, data, problems=tuple(reader.problems), nodes=nodes)
    loaded.__dict__["lines"] = lines  # already split: the cached property would split again
    return loaded


# libyaml also skips a byte-order mark at the start of any line, so one may stand before an alias.
_ALIAS = re.compile(r"(?:^|[\s\[{,:?\ufeff-])\*[^\s,\[\]{}]", re.MULTILINE)


def _may_alias(text: str) -> bool:
    """Whether ``text`` may use an alias (``*name``): then one node sits at several paths, and a
    collection's span may end before it starts, so positions come from the full maps."""
    return "*" in text and _ALIAS.search(text) is not None


def _budget(text: str) -> int:
    """How many nodes the data of ``text`` may have: more means aliases are multiplying it."""
    return len(text) + 10_000


def _alias_at_fault(text: str, budget: int) -> tuple[Span, str] | None:
    """The alias that makes the data too big or endless, with the message, or None.

    Walks libyaml's event stream (flat: no composing, no recursion) and counts nodes the way
    :meth:`_Reader.convert` does — every value once, an alias as the size of its anchor, mapping
    keys not at all — so the alias reported is the one where the count crosses ``budget``. An
    alias inside its own anchor (``&a [*a]``) would be endless: it is reported at once.
    """
    sizes: dict[str, int] = {}
    stack: list[_Open] = []
    total = 0

    def place(event: yaml.Event) -> Span:
        start, end = event.start_mark, event.end_mark
        assert start is not None and end is not None
        return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)

    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                done = stack.pop()
                if done.anchor:
                    sizes[done.anchor] = done.size
                if stack and not done.is_key:
                    stack[-1].size += done.size
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent, yaml.SequenceStartEvent,
                                      yaml.MappingStartEvent)):
                continue
            is_key = bool(stack) and stack[-1].mapping and stack[-1].children % 2 == 0
            if stack:
                stack[-1].children += 1
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                stack.append(_Open(event.anchor, isinstance(event, yaml.MappingStartEvent), is_key))
                total += 0 if is_key else 1
                continue
            if isinstance(event, yaml.AliasEvent):
                if event.anchor not in sizes:
                    return place(event), msg("Tham chiếu *{anchor} nằm bên trong chính neo &{anchor} "
                                            "mà nó trỏ tới: dữ liệu lặp vô tận.", anchor=event.anchor)
                size = sizes[event.anchor]
            else:
                size = 1
                if event.anchor:
                    sizes[event.anchor] = 1
            if is_key:
                continue
            total += size
            if stack:
                stack[-1].size += size
            if total > budget and isinstance(event, yaml.AliasEvent):
                return place(event), msg("Tham chiếu *{anchor} ở đây làm dữ liệu nhân bản quá nhiều "
                                        "(vượt {count} nút).", anchor=event.anchor, count=f"{budget:_}".replace("_", "."))
    except yaml.YAMLError:
        return None
    return None


@dataclass
class _Open:
    """A collection being walked by :func:`_alias_at_fault`."""

    anchor: str | None
    mapping: bool
    is_key: bool
    size: int = 1
    children: int = 0


class _TooDeep(Exception):
    """Block nesting deeper than any plan needs: carries where it crosses the limit."""

    def __init__(self, span: Span) -> None:
        super().__init__("too deep")
        self.span = span


class _AliasBomb(Exception):
    """Aliases expand to far more nodes than the text holds ("billion laughs")."""


_BRACKETS = re.compile(r"[\[\]{}]")
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_FLOW_DEPTH_LIMIT = 100


def _nesting_guard(text: str, lines: list[str]) -> LoadProblem | None:
    """Refuse flow collections nested deeper than any plan needs.

    libyaml's composer recurses in C and crashes the process on very deep ``[[[[…`` input, so
    depth is checked first: a cheap bracket count, then (only if that looks deep) the exact
    event stream, which libyaml parses without recursion.
    """
    if text.count("[") + text.count("{") <= _FLOW_DEPTH_LIMIT:
        return None  # too few brackets to nest that deep
    brackets = _NOT_BRACKETS.sub("", text)
    for _ in range(4):  # strip innermost pairs: all gone within 4 rounds means no deeper nesting
        brackets = brackets.replace("[]", "").replace("{}", "")
    if not brackets:
        return None
    depth = 0
    for match in _BRACKETS.finditer(text):
        if match.group() in "[{":
            depth += 1
            if depth > _FLOW_DEPTH_LIMIT:
                break
        elif depth:
            depth -= 1
    else:
        return None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > _FLOW_DEPTH_LIMIT:
                    mark = event.start_mark
                    assert mark is not None
                    return LoadProblem(
                        "syntax", Span(mark.line + 1, mark.column + 1, mark.line + 1, mark.column + 2),
                        msg("Cấu trúc YAML lồng nhau quá sâu (hơn {limit} cấp).", limit=_FLOW_DEPTH_LIMIT),
                        msg("Kế hoạch không cần danh sách hay đối tượng lồng nhau sâu như vậy; kiểm tra các dấu ngoặc."),
                    )
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        return _syntax_problem(exc, lines)
    return None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _control_problem(text: str) -> LoadProblem:
    """YAML forbids control characters (often pasted from Word or PDF): say where the first one is."""
    match = _CONTROL.search(text)
    span = Span.start_of_file()
    code = ""
    if match:
        before = text[: match.start()]
        line = len(split_lines(before + "x"))
        column = len(split_lines(before + "x")[-1])
        span = Span(line, column, line, column + 1)
        code = f" (U+{ord(match.group()):04X})"
    return LoadProblem("syntax", span, msg("Tệp chứa ký tự điều khiển không hợp lệ{code}.", code=code),
                       msg("Xóa ký tự lạ này (thường do sao chép từ Word hoặc PDF); trong VS Code nó hiện "
                          "thành một ô nhỏ có chữ viết tắt."))


_SYNTAX_HINT = N_("Kiểm tra thụt lề (chỉ dùng dấu cách), dấu \":\" sau mỗi khóa và dấu nháy đóng mở.")

# libyaml's problem texts → Vietnamese message and hint.
_SYNTAX_MESSAGES: tuple[tuple[str, str, str], ...] = (
    ("found character that cannot start any token",
     N_("Ký tự không hợp lệ ở đầu một phần tử YAML (thường là phím Tab)."),
     N_("YAML không cho dùng Tab để thụt lề: thay Tab bằng dấu cách.")),
    ("found character '\\t' that cannot start any token",
     N_("Có ký tự Tab ở vị trí thụt lề."),
     N_("YAML không cho dùng Tab để thụt lề: thay Tab bằng dấu cách.")),
    ("mapping values are not allowed",
     N_("Dấu \":\" không được phép ở đây."),
     N_("Văn bản có dấu \": \" phải đặt trong dấu nháy kép, ví dụ content: \"Các Sở: Nội vụ, Tư pháp\".")),
    ("could not find expected ':'",
     N_("Thiếu dấu \":\" sau tên khóa."),
     N_("Mỗi dòng khóa có dạng khóa: giá trị; văn bản dài nhiều dòng cần đặt trong dấu nháy.")),
    ("did not find expected key",
     N_("Thụt lề không khớp: gặp nội dung không phải một khóa của đối tượng đang mở."),
     N_("Các khóa cùng cấp phải thẳng cột; phần tử danh sách bắt đầu bằng \"- \".")),
    ("did not find expected '-' indicator",
     N_("Thụt lề không khớp trong danh sách: thiếu dấu \"- \" của phần tử."),
     N_("Các phần tử cùng danh sách phải bắt đầu bằng \"- \" và thẳng cột với nhau.")),
    ("did not find expected ',' or ']'",
     N_("Danh sách trong ngoặc vuông chưa được đóng bằng \"]\"."),
     N_("Kiểm tra dấu \"]\" và dấu phẩy giữa các phần tử; tên có dấu phẩy phải đặt trong dấu nháy.")),
    ("did not find expected ',' or '}'",
     N_("Đối tượng trong ngoặc nhọn chưa được đóng bằng \"}\"."),
     N_("Kiểm tra dấu \"}\" và dấu phẩy giữa các cặp khóa: giá trị.")),
    ("found unexpected end of stream",
     N_("Tệp kết thúc khi dấu nháy hoặc ngoặc vẫn chưa đóng."),
     N_("Tìm dấu nháy mở (\" hoặc ') chưa có dấu đóng tương ứng.")),
    ("found undefined alias",
     N_("Tham chiếu (*tên) tới một neo (&tên) không tồn tại."),
     N_("Kiểm tra tên neo hoặc bỏ dấu * ở đầu văn bản (đặt văn bản trong dấu nháy).")),
    ("but found another document",
     N_("Tệp chứa nhiều tài liệu YAML (có dòng \"---\" ở giữa)."),
     N_("Mỗi tệp chỉ chứa một kế hoạch: bỏ dòng \"---\" hoặc tách thành nhiều tệp.")),
    ("found unknown escape character",
     N_("Ký tự thoát (\\) không hợp lệ trong chuỗi đặt trong nháy kép."),
     N_("Dùng \\\\ cho dấu gạch chéo ngược, hoặc dùng nháy đơn.")),
    ("expected <block end>",
     N_("Thụt lề không khớp với khối đang mở."),
     N_("Các khóa cùng cấp phải thẳng cột; kiểm tra dòng phía trên vị trí báo lỗi.")),
    ("found a tab character",
     N_("Có ký tự Tab ở vị trí thụt lề."),
     N_("YAML không cho dùng Tab để thụt lề: thay Tab bằng dấu cách.")),
    ("mapping keys are not allowed in this context",
     N_("Dấu \"?\" ở đầu giá trị được YAML hiểu là khóa phức hợp, không dùng được ở đây."),
     N_("Đặt cả giá trị trong nháy kép, ví dụ: \"? chưa rõ\".")),
    ("did not find expected hexdecimal number",
     N_("Chuỗi trong nháy kép có \\x, \\u hoặc \\U không theo sau bởi mã hệ 16 hợp lệ (thường là đường dẫn Windows)."),
     N_("Dùng nháy đơn cho đường dẫn, ví dụ 'D:\\xu-ly\\bao-cao.docx', hoặc viết \\\\ thay cho \\.")),
    ("did not find expected tag URI",
     N_("Dấu \"!\" ở đầu giá trị được YAML hiểu là thẻ kiểu (tag) nhưng không hợp lệ."),
     N_("Đặt cả giá trị trong nháy kép nếu \"!\" là một phần của nội dung.")),
    ("did not find the expected '>'",
     N_("Thẻ kiểu dạng !<…> ở đầu giá trị chưa đóng bằng \">\"."),
     N_("Đặt cả giá trị trong nháy kép nếu \"!<\" là một phần của nội dung.")),
    ("found duplicate %YAML directive",
     N_("Chỉ thị %YAML xuất hiện hai lần."),
     N_("Giữ một dòng %YAML ở đầu tệp (hoặc bỏ hẳn: cchc không cần chỉ thị này).")),
    ("found an indentation indicator equal to 0",
     N_("Khối văn bản | hoặc > có chỉ số thụt lề 0 (không hợp lệ)."),
     N_("Bỏ số 0 sau | hoặc >, hoặc dùng một số từ 1 đến 9.")),
    ("could not find expected directive name",
     N_("Dòng bắt đầu bằng \"%\" được YAML hiểu là chỉ thị nhưng thiếu tên chỉ thị."),
     N_("Kế hoạch không cần chỉ thị %: xóa dòng này, hoặc đặt nội dung trong nháy kép.")),
    ("found unexpected non-alphabetical character",
     N_("Tên chỉ thị sau \"%\" có ký tự không phải chữ cái."),
     N_("Kế hoạch không cần chỉ thị %: xóa dòng này, hoặc đặt nội dung trong nháy kép.")),
    ("did not find expected version number",
     N_("Chỉ thị %YAML thiếu số phiên bản hợp lệ (ví dụ 1.2)."),
     N_("Xóa dòng %YAML (cchc không cần nó) hoặc viết %YAML 1.2.")),
    ("found unexpected ':'",
     N_("Dấu hai chấm \":\" đứng sai chỗ trong danh sách hay đối tượng viết trên một dòng ({…} hoặc […])."),
     N_("Kiểm tra các dấu ngoặc và dấu phẩy quanh vị trí này; nếu \":\" là nội dung, đặt giá trị trong nháy kép.")),
    ("exceeded maximum nesting depth",
     N_("Cấu trúc YAML lồng nhau quá sâu."),
     N_("Kế hoạch không cần danh sách hay đối tượng lồng nhau sâu như vậy; kiểm tra các dấu ngoặc.")),
    ("did not find expected alphabetic or numeric character",
     N_("Tên neo hoặc tham chiếu (&tên, *tên) không hợp lệ."),
     N_("Văn bản bắt đầu bằng & hoặc * phải đặt trong dấu nháy kép.")),
    ("did not find expected node content",
     N_("Thiếu giá trị ở vị trí này (thường do dấu phẩy, ngoặc hoặc ký tự đặc biệt đứng sai chỗ)."),
     N_("Văn bản bắt đầu bằng ký tự đặc biệt (, [ ] { } & * ! | > % @ `) phải đặt trong dấu nháy kép.")),
    ("did not find expected <document start>",
     N_("Nội dung tiếp theo không thuộc tài liệu YAML đang mở."),
     N_("Kiểm tra thụt lề và các dòng \"---\" hoặc \"...\" giữa tệp.")),
    ("did not find expected comment or line break",
     N_("Có nội dung thừa sau giá trị trên cùng một dòng."),
     N_("Văn bản dài phải đặt cả trong dấu nháy; ghi chú bắt đầu bằng \" #\".")),
    ("did not find expected whitespace or line break",
     N_("Thiếu dấu cách hoặc xuống dòng ở vị trí này."),
     N_("Sau dấu \"-\" của phần tử danh sách và sau dấu \":\" phải có dấu cách.")),
    ("block sequence entries are not allowed",
     N_("Dấu \"- \" của danh sách không được phép ở vị trí này."),
     N_("Phần tử danh sách phải ở dòng riêng, thụt lề dưới khóa của nó; văn bản bắt đầu bằng \"- \" phải đặt trong dấu nháy.")),
    ("second occurrence",
     N_("Neo (&tên) được khai báo hai lần."),
     N_("Mỗi neo chỉ khai báo một lần; đổi tên neo thứ hai hoặc bỏ nó (kế hoạch không cần neo).")),
    ("found incompatible YAML document",
     N_("Phiên bản YAML ghi trong dòng %YAML không được hỗ trợ."),
     N_("Xóa dòng %YAML ở đầu tệp.")),
    ("found undefined tag handle",
     N_("Thẻ YAML (!…) không hợp lệ."),
     N_("Kế hoạch không dùng thẻ YAML: nếu đây là văn bản, đặt cả đoạn trong dấu nháy kép.")),
    ("control characters are not allowed",
     N_("Tệp chứa ký tự điều khiển không hợp lệ."),
     N_("Xóa ký tự lạ (thường do sao chép từ Word hoặc PDF).")),
    # Issue 18: libyaml texts no corpus had reached (every one in libyaml 0.2.5 a text can cause).
    ("found unexpected document indicator",
     N_("Dòng \"---\" hoặc \"...\" nằm giữa một chuỗi trong dấu nháy chưa đóng."),
     N_("Đóng dấu nháy trước dòng đó; nếu \"---\" là nội dung, thụt lề dòng đó vào trong.")),
    ("found unknown directive name",
     N_("Chỉ thị \"%…\" không có trong YAML (chỉ có %YAML và %TAG)."),
     N_("Kế hoạch không cần chỉ thị %: xóa dòng này, hoặc đặt nội dung trong nháy kép.")),
    ("found duplicate %TAG directive",
     N_("Chỉ thị %TAG khai báo cùng một tiền tố thẻ hai lần."),
     N_("Kế hoạch không dùng thẻ YAML: xóa các dòng %TAG.")),
    ("did not find expected '!'",
     N_("Chỉ thị %TAG có tiền tố thẻ không hợp lệ (phải có dạng !tên!)."),
     N_("Kế hoạch không dùng thẻ YAML: xóa các dòng %TAG.")),
    ("did not find expected whitespace",
     N_("Chỉ thị %TAG thiếu dấu cách giữa tiền tố và tên thẻ."),
     N_("Kế hoạch không dùng thẻ YAML: xóa các dòng %TAG.")),
    ("found invalid Unicode character escape code",
     N_("Mã thoát \\u hoặc \\U trong chuỗi nháy kép không phải một ký tự Unicode hợp lệ."),
     N_("Dùng nháy đơn nếu dấu \\ là nội dung, hoặc viết \\\\ thay cho \\.")),
    ("found extremely long version number",
     N_("Chỉ thị %YAML thiếu số phiên bản hợp lệ (ví dụ 1.2)."),
     N_("Xóa dòng %YAML (cchc không cần nó) hoặc viết %YAML 1.2.")),
    ("did not find expected digit or '.' character",
     N_("Chỉ thị %YAML thiếu số phiên bản hợp lệ (ví dụ 1.2)."),
     N_("Xóa dòng %YAML (cchc không cần nó) hoặc viết %YAML 1.2.")),
    ("did not find URI escaped octet",
     N_("Thẻ kiểu (tag) ở đầu giá trị có mã %… không hợp lệ."),
     N_("Đặt cả giá trị trong nháy kép nếu \"!\" là một phần của nội dung.")),
    ("UTF-8 octet",
     N_("Thẻ kiểu (tag) ở đầu giá trị có mã %… không hợp lệ."),
     N_("Đặt cả giá trị trong nháy kép nếu \"!\" là một phần của nội dung.")),
)


_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]")
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")


def _odd_whitespace(lines: list[str], upto: int) -> LoadProblem | None:
    """A no-break or other Unicode space in the indentation (pasted from Word), or a Unicode line
    separator that editors do not show, at or before the line where libyaml failed: the real cause."""
    for number in range(min(upto, len(lines)), 0, -1):
        text = lines[number - 1]
        indent = text[: len(text) - len(text.lstrip(" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                                     "\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"))]
        odd = _ODD_SPACE.search(indent)
        if odd:
            return LoadProblem("syntax", Span(number, odd.start() + 1, number, odd.start() + 2),
                               msg("Thụt lề có ký tự cách đặc biệt U+{code:04X} (thường do sao chép từ Word).",
                                  code=ord(odd.group())),
                               msg("Thay ký tự đó bằng dấu cách thường."))
    return None


def _syntax_problem(exc: yaml.MarkedYAMLError, lines: list[str]) -> LoadProblem:
    mark = exc.problem_mark or exc.context_mark
    problem_text = str(exc.problem or "")
    context = str(exc.context or "")
    unclosed_quote = "quoted scalar" in context and "end of stream" in problem_text
    opener_is_the_place = (
        unclosed_quote
        or ("simple key" in context and "could not find expected ':'" in problem_text)  # "output Báo cáo"
        or ("flow sequence" in context or "flow mapping" in context)  # "[Sở Tư pháp" never closed
    )
    if opener_is_the_place and exc.context_mark is not None:
        mark = exc.context_mark  # point where the construct opens, not where libyaml gave up
    line = (mark.line + 1) if mark else 1
    column = (mark.column + 1) if mark else 1
    problem = str(exc.problem or "")
    message: str = msg("Lỗi cú pháp YAML ({problem}).", problem=problem)
    hint: str = msg(_SYNTAX_HINT)
    for needle, vi_message, vi_hint in _SYNTAX_MESSAGES:
        if needle in problem or (exc.context and needle in exc.context):
            message, hint = msg(vi_message), msg(vi_hint)
            break
    if 0 < line <= len(lines) and "\t" in lines[line - 1][: max(column, 1)]:
        message = msg("Có ký tự Tab ở vị trí thụt lề.")
        hint = msg("YAML không cho dùng Tab để thụt lề: thay Tab bằng dấu cách.")
    reserved = _reserved_start(lines, line, column) if "cannot start any token" in problem else None
    if reserved is not None:
        message, hint = reserved
    if unclosed_quote:
        message, hint = (msg("Dấu nháy mở ở đây chưa được đóng."),
                         msg("Thêm dấu nháy đóng ở cuối văn bản; nếu văn bản chứa dấu nháy kép, viết \\\" "
                            "hoặc dùng nháy đơn bên ngoài."))
    elif exc.context_mark is not None and exc.context and mark is not exc.context_mark:
        cline = exc.context_mark.line + 1
        if cline != line:
            hint += msg(" (Khối liên quan bắt đầu ở dòng {line}.)", line=cline)
    odd = _odd_whitespace(lines, line)
    if odd is not None:
        return odd
    deeper = _over_indented_key(lines, line, column) if any(
        needle in problem_text or needle in context for needle in _INDENT_PROBLEMS) else None
    if deeper is not None:
        return deeper
    end_column = column + 1
    return LoadProblem("syntax", Span(line, column, line, end_column), message, hint)


# libyaml's problems when a key is indented deeper than the keys beside it
_INDENT_PROBLEMS = ("mapping values are not allowed", "did not find expected key", "expected <block end>")
_KEY_LINE = re.compile(r"( *)((?:- +)*)([A-Za-z_][A-Za-z0-9_-]*)[ ]*:(?:[ ]+(\S.*)|[ ]*)$")


def _over_indented_key(lines: list[str], line: int, column: int) -> LoadProblem | None:
    """``output:`` two spaces deeper than the ``deadline:`` above it, which has its value on its own
    line: YAML reads the line as more of that value (or as nothing it expects). The message names
    the sibling's line and column, so that following it gives back a valid mapping; putting the
    line in quotes, the usual advice for ": " in text, would silently merge the key into the text."""
    if not 0 < line <= len(lines):
        return None
    here = _KEY_LINE.match(_strip_comment(lines[line - 1]).rstrip())
    if here is None or here.group(2):
        return None
    indent, key = len(here.group(1)), here.group(3)
    if column not in (indent + 1, indent + len(key) + 1):  # libyaml points at the key or its ":"
        return None
    for number in range(line - 1, 0, -1):
        text = _strip_comment(lines[number - 1]).rstrip()
        if not text.strip():
            continue
        above = _KEY_LINE.match(text)
        if above is None or not above.group(4) or above.group(4)[0] in "|>":
            return None  # the line above is no "key: value" (a block opens there, or it is text)
        sibling_column = len(above.group(1)) + len(above.group(2))
        if sibling_column >= indent:
            return None
        count = indent - sibling_column
        return LoadProblem(
            "syntax", Span(line, indent + 1, line, indent + len(key) + 1),
            msg("Khóa \"{key}\" thụt lề sâu hơn các khóa cùng cấp ở dòng {line}; lùi về cột {column}.",
               key=key, line=number, column=sibling_column + 1),
            msg("Xóa {count} dấu cách ở đầu dòng {line} để \"{key}:\" thẳng cột với \"{sibling}:\" ở dòng "
               "{sibling_line}. Không đặt dòng này trong dấu nháy: khóa sẽ thành một phần của văn bản phía trên.",
               count=count, line=line, key=key, sibling=above.group(3), sibling_line=number))
    return None


_RESERVED = {"%": N_("dấu phần trăm"), "@": N_("dấu a còng"), "`": N_("dấu nháy ngược")}


def _reserved_start(lines: list[str], line: int, column: int) -> tuple[str, str] | None:
    """``content: %tỷ lệ``, ``lead_text: @Sở Nội vụ``: YAML reserves ``%``, ``@`` and the backtick,
    so text cannot start with them unless quoted. Message and a hint with the value quoted."""
    if not 0 < line <= len(lines) or not 0 < column <= len(lines[line - 1]):
        return None
    text = lines[line - 1]
    char = text[column - 1]
    if char not in _RESERVED:
        return None
    before = text[: column - 1]
    value = _strip_comment(text)[column - 1:].rstrip()
    in_flow = before.count("[") + before.count("{") > before.count("]") + before.count("}")
    if in_flow:  # one item of [..] or {..}: up to the next separator
        value = re.split(r"[,\]}]", value, maxsplit=1)[0].rstrip()
    rest = ""
    key = re.match(r"(.+?):(\s.*|)$", value) if not in_flow and before.strip() in ("", "-") else None
    if key:  # "@khoa: 1": the key is what needs quotes
        value, rest = key.group(1), ":" + key.group(2)
    if len(value) > 40:
        value = value[:40].rstrip() + "…"
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"' + rest
    example = quoted if in_flow or not before.strip() else f"{before.strip()} {quoted}"
    import unicodedata

    return (msg("Giá trị không được bắt đầu bằng ký tự \"{char}\" ({name}) khi không có dấu nháy: "
               "YAML dành riêng ký tự này.", char=char, name=msg(_RESERVED[char])),
            msg("Đặt nội dung đó trong dấu nháy kép, ví dụ: {example}", example=unicodedata.normalize("NFC", example)))


class _Nodes:
    """The composed nodes of a file, asked one question at a time.

    The one span walker: :meth:`span` gives a node's span (a scalar from its marks, a collection
    from its start to its last value, trimmed of trailing blanks and comments), once per node.
    Each question walks down only through nodes whose lines contain the asked line or lie on the
    asked path, so placing a finding in a 10,000-task plan touches a few nodes; a mapping's keys
    are indexed once, so a finding costs the same in a mapping of 40,000 keys. :meth:`full`
    walks every node once for the maps by path (irregular files, and the editing commands).
    """

    def __init__(self, root: yaml.Node, lines: list[str], irregular: bool) -> None:
        self.root = root
        self.lines = lines
        # Aliases put one node at several paths (a collection's span may then end before it
        # starts); a repeated key leaves spans of the overwritten value behind. The full maps
        # answer for such files.
        self.irregular = irregular
        self._spans: dict[int, Span] = {}
        self._starts: dict[int, list[int]] = {}
        self._indexes: dict[int, dict[str, int]] = {}

    def full(self) -> _Maps:
        """Every position by path, in one walk over the nodes with the spans of :meth:`span` and
        :meth:`base` (an alias is walked at each path it sits at; a repeated key's earlier value
        leaves the positions of its paths, then the later one overwrites those it shares)."""
        maps = _Maps()
        self._walk(self.root, (), maps)
        return maps

    def _walk(self, node: yaml.Node, path: JsonPath, maps: _Maps) -> Span:
        span = self.span(node)
        maps.spans[path] = span
        kind = type(node)
        if kind is yaml.ScalarNode:
            maps.note_scalar(node, span)  # type: ignore[arg-type]
        elif kind is yaml.SequenceNode:
            for index, item in enumerate(node.value):
                item_span = self._walk(item, (*path, index), maps)
                maps.note_block(item_span.line, item_span.end_line)
        else:
            for key_node, value_node in node.value:
                key_span = self.base(key_node)
                if type(key_node) is yaml.ScalarNode:
                    maps.note_scalar(key_node, key_span)
                child = (*path, self.key_of(key_node))
                maps.key_spans[child] = key_span
                value_span = self._walk(value_node, child, maps)
                maps.note_block(key_span.line, value_span.end_line)
        return span

    def base(self, node: yaml.Node) -> Span:
        """The span of the node's own marks (a block collection not yet reaching its last value)."""
        return _node_span(node, self.lines)

    def span(self, node: yaml.Node) -> Span:
        """The span recorded for the node's path: a block collection reaches to its last value."""
        found = self._spans.get(id(node))
        if found is not None:
            return found
        start, end = node.start_mark, node.end_mark
        if type(node) is yaml.ScalarNode:
            if end.column or end.line == start.line:
                span = Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)
            else:
                span = _node_span(node, self.lines)
        else:
            span = _node_span(node, self.lines)
            if node.value and not getattr(node, "flow_style", False):
                last = node.value[-1] if type(node) is yaml.SequenceNode else node.value[-1][1]
                span = _extend(span, self.span(last))
        self._spans[id(node)] = span
        return span

    def key_of(self, key_node: yaml.Node) -> str:
        if type(key_node) is yaml.ScalarNode:
            return key_node.value if key_node.style else _key_text(_scalar(key_node), key_node.value)
        return _source(self.lines, self.base(key_node)) or "?"

    def locate(self, path: JsonPath, *, key: bool = False) -> Span:
        node = self.root
        key_node = None
        for part in path:
            kind = type(node)
            if kind is yaml.MappingNode:
                index = self._keys(node).get(part) if type(part) is str else None
                if index is None:
                    return self.span(node)
                key_node, node = node.value[index]
            elif kind is yaml.SequenceNode and isinstance(part, int) and 0 <= part < len(node.value):
                key_node, node = None, node.value[part]
            else:
                return self.span(node)
        if key and key_node is not None:
            return self.base(key_node)
        return self.span(node)

    def _keys(self, node: yaml.MappingNode) -> dict[str, int]:
        """Where each key of a mapping sits among its pairs, built once per mapping (so locating
        a finding costs the same in a mapping of 40,000 keys as in one of 4). A repeated key: the
        last one counts, as in the data."""
        keys = self._indexes.get(id(node))
        if keys is None:
            key_of = self.key_of
            keys = self._indexes[id(node)] = {key_of(k): index for index, (k, _) in enumerate(node.value)}
        return keys

    def _near(self, node: yaml.Node, line: int) -> range:
        """Indexes of the children (items, or key–value pairs) of a collection that may reach
        ``line`` (1-based): siblings do not overlap, so a child whose next sibling starts before
        the line ends before it too."""
        starts = self._starts.get(id(node))
        if starts is None:
            if type(node) is yaml.SequenceNode:
                starts = [item.start_mark.line for item in node.value]
            else:
                starts = [key.start_mark.line for key, _ in node.value]
            self._starts[id(node)] = starts
        line -= 1  # marks count from 0
        return range(max(bisect_left(starts, line) - 1, 0), bisect_right(starts, line))

    def block_end(self, line: int) -> int:
        best = line
        stack = [self.root]
        while stack:
            node = stack.pop()
            if type(node) is yaml.SequenceNode:
                items = node.value
                for index in self._near(node, line):
                    item = items[index]
                    span = self.span(item)
                    if span.line == line and span.end_line > best:
                        best = span.end_line
                    if span.line <= line <= span.end_line and type(item) is not yaml.ScalarNode:
                        stack.append(item)
            elif type(node) is yaml.MappingNode:
                pairs = node.value
                for index in self._near(node, line):
                    k, v = pairs[index]
                    first = self.base(k).line
                    span = self.span(v)
                    if first == line and span.end_line > best:
                        best = span.end_line
                    if first <= line <= span.end_line and type(v) is not yaml.ScalarNode:
                        stack.append(v)
        return best

    def on_line(self, line: int) -> tuple[bool, int]:
        """Whether ``line`` lies wholly inside a multi-line scalar, and the column where the
        scalars ending on it end (1 when none does)."""
        inside = False
        code_end = 0

        def scalar(node: yaml.Node, span: Span) -> None:
            nonlocal inside, code_end
            if span.end_line == line and span.end_column > code_end:
                code_end = span.end_column
            if span.end_line > span.line:
                last = span.end_line if node.style in ("|", ">") else span.end_line - 1  # type: ignore[attr-defined]
                if span.line < line <= last:
                    inside = True

        root = self.root
        if type(root) is yaml.ScalarNode:
            scalar(root, self.span(root))
        stack = [root]
        while stack:
            node = stack.pop()
            if type(node) is yaml.SequenceNode:
                values = [node.value[index] for index in self._near(node, line)]
            elif type(node) is yaml.MappingNode:
                values = []
                for index in self._near(node, line):
                    k, v = node.value[index]
                    if type(k) is yaml.ScalarNode:
                        scalar(k, self.base(k))
                    values.append(v)
            else:
                continue
            for value in values:
                span = self.span(value)
                if type(value) is yaml.ScalarNode:
                    scalar(value, span)
                elif span.line <= line <= span.end_line:
                    stack.append(value)
        return inside, code_end or 1


class _Reader:
    """Composed nodes → plain data and the problems found on the way (tags, leading zeros,
    repeated keys), with no spans except for those problems (positions are asked of
    :class:`_Nodes` later, if ever)."""

    def __init__(self, nodes: _Nodes, budget: int) -> None:
        self.nodes = nodes
        self.budget = budget
        self.problems: list[LoadProblem] = []

    def convert(self, node: yaml.Node, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            raise _TooDeep(self.nodes.base(node))
        self.budget -= 1
        if self.budget < 0:
            raise _AliasBomb
        kind = type(node)
        tag = node.tag
        if tag != _STR and tag not in _CORE_TAGS and tag not in ("!", "?"):
            self.problems.append(_tag_problem(tag, self.nodes.span(node) if kind is yaml.ScalarNode
                                              else self.nodes.base(node)))
        if kind is yaml.ScalarNode:
            text = node.value
            if node.style or (tag == _STR and text and _plain_text(text)):  # type: ignore[attr-defined]
                return text
            value = _scalar(node)  # type: ignore[arg-type]
            if type(value) is int and _LEADING_ZERO_RE.match(text):
                self.problems.append(_leading_zero_problem(text, value, self.nodes.span(node)))
            return value
        depth += 1
        return self._collection(node, depth)

    def _collection(self, node: yaml.Node, depth: int) -> Any:
        """:meth:`convert` for the children of a collection, with text scalars (nearly every
        node of a plan) read in the loop instead of by a call each. They are counted against the
        node budget once the loop is done (at most one per child, so an alias bomb is still
        stopped: its growth comes from collections, each counted by :meth:`convert`)."""
        convert = self.convert
        nested = depth <= _MAX_DEPTH
        scalar_node = yaml.ScalarNode
        if type(node) is yaml.SequenceNode:
            out_list: list[Any] = []
            append = out_list.append
            inlined = 0
            for item in node.value:
                if nested and type(item) is scalar_node and item.tag == _STR:
                    text = item.value
                    if item.style or (text and _plain_text(text)):
                        append(text)
                        inlined += 1
                        continue
                append(convert(item, depth))
            self._count(inlined)
            return out_list
        out: dict[Any, Any] = {}
        key_of = self.nodes.key_of
        inlined = 0
        previous: dict[Any, yaml.Node] | None = None  # key → its latest key node, once a key repeats
        for index, (key_node, value_node) in enumerate(node.value):
            key = key_node.value
            if type(key_node) is not scalar_node or not (key_node.style or (
                    key_node.tag == _STR and key and _plain_text(key))):
                key = key_of(key_node)
            if key in out:
                if previous is None:  # the first repeat: index the keys before it, once
                    previous = {}
                    for earlier_node, _ in node.value[:index]:
                        previous[key_of(earlier_node)] = earlier_node
                self.problems.append(_duplicate_problem(key, self.nodes.base(key_node),
                                                        self.nodes.base(previous[key]).line))
            if previous is not None:
                previous[key] = key_node
            if nested and type(value_node) is scalar_node and value_node.tag == _STR:
                text = value_node.value
                if value_node.style or (text and _plain_text(text)):
                    out[key] = text
                    inlined += 1
                    continue
            out[key] = convert(value_node, depth)
        self._count(inlined)
        return out

    def _count(self, nodes: int) -> None:
        self.budget -= nodes
        if self.budget < 0:
            raise _AliasBomb


def _tag_problem(tag: str, span: Span) -> LoadProblem:
    return LoadProblem(
        "tag", span, msg("Thẻ YAML \"{tag}\" không dùng trong kế hoạch; "
                        "giá trị được đọc như dữ liệu thường, thẻ bị bỏ qua.",
                        tag=tag.replace('tag:yaml.org,2002:', '!!')),
        msg("Nếu đây là văn bản bắt đầu bằng \"!\", đặt cả đoạn trong dấu nháy kép."))


def _leading_zero_problem(written: str, value: int, span: Span) -> LoadProblem:
    return LoadProblem(
        "leading-zero", span,
        msg("Số {written} được đọc thành {value}: chữ số 0 ở đầu bị mất.", written=written, value=value),
        msg("Muốn giữ nguyên cách viết (ví dụ số văn bản \"{written}\"), đặt trong dấu nháy: \"{written}\".",
           written=written))


def _duplicate_problem(key: str, span: Span, first_line: int) -> LoadProblem:
    return LoadProblem(
        "duplicate-key", span,
        msg("Khóa \"{key}\" xuất hiện hai lần trong cùng một đối tượng (lần đầu ở dòng {line}).",
           key=excerpt(key), line=first_line),
        msg("Xóa hoặc đổi tên một trong hai khóa; YAML chỉ giữ giá trị của lần cuối."))


def _node_span(node: yaml.Node, lines: list[str]) -> Span:
    """A node's span from its marks; a block node ends where the next token starts, so its end
    is pulled back to its last real content."""
    start, end = node.start_mark, node.end_mark
    line, column = start.line + 1, start.column + 1
    end_line, end_column = end.line + 1, end.column + 1
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) or (
        end.column == 0 and end.line > start.line
    ):
        # In a | or > block every line up to the end mark is text, even one starting with "#".
        text_block = getattr(node, "style", None) in ("|", ">")
        end_line, end_column = _trim_end(lines, start.line, end.line, end.column, comments=not text_block)
    return Span(line, column, end_line, end_column)


def _trim_end(lines: list[str], start_line: int, end_line: int, end_col: int,
              comments: bool = True) -> tuple[int, int]:
    line = end_line
    if end_col == 0 and line > start_line:
        line -= 1
    while line > start_line and (line >= len(lines) or (_is_blank_or_comment(lines[line]) if comments
                                                        else not lines[line].strip())):
        line -= 1
    if line >= len(lines):
        return line + 1, 1
    if line == end_line and end_col > 0:
        return line + 1, end_col + 1
    text = (_strip_comment(lines[line]) if comments else lines[line]).rstrip()
    return line + 1, len(text) + 1


def _source(lines: list[str], span: Span) -> str:
    if span.line != span.end_line or not 0 < span.line <= len(lines):
        return ""
    return lines[span.line - 1][span.column - 1: span.end_column - 1]


@dataclass
class _Maps:
    """Every position of a file by JSON path, built by :meth:`_Nodes.full` in one walk."""

    spans: dict[JsonPath, Span] = field(default_factory=dict)
    key_spans: dict[JsonPath, Span] = field(default_factory=dict)
    blocks: dict[int, int] = field(default_factory=dict)  # first line of a block → its last line
    code_end: dict[int, int] = field(default_factory=dict)  # line → column where scalar text ends
    inside: set[int] = field(default_factory=set)  # lines wholly inside a multi-line scalar

    def note_scalar(self, node: yaml.ScalarNode, span: Span) -> None:
        if self.code_end.get(span.end_line, 0) < span.end_column:
            self.code_end[span.end_line] = span.end_column
        if span.end_line > span.line:
            last = span.end_line if node.style in ("|", ">") else span.end_line - 1
            self.inside.update(range(span.line + 1, last + 1))

    def note_block(self, first_line: int, end_line: int) -> None:
        if end_line > first_line and self.blocks.get(first_line, first_line) < end_line:
            self.blocks[first_line] = end_line


def _key_text(value: Any, raw: str) -> str:
    if isinstance(value, str):
        return value
    return raw if raw else "null"


def _extend(span: Span, last: Span) -> Span:
    return Span(span.line, span.column, last.end_line, last.end_column)


def _is_blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _strip_comment(line: str) -> str:
    index = comment_start(line)
    return line if index is None else line[:index]


def comment_start(line: str) -> int | None:
    """Index of the ``#`` that starts a YAML comment on ``line``, ignoring quoted text."""
    if "#" not in line:
        return None
    quote: str | None = None
    previous = " "
    index = 0
    while index < len(line):
        char = line[index]
        if quote == "'":
            if char == "'":
                if index + 1 < len(line) and line[index + 1] == "'":
                    index += 1
                else:
                    quote = None
        elif quote == '"':
            if char == "\\":
                index += 1
            elif char == '"':
                quote = None
        elif char in "'\"" and previous in " \t:-[{,":
            quote = char
        elif char == "#" and previous in " \t":
            return index
        previous = char
        index += 1
    return None


_CORE_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq",
                                                               "timestamp", "binary", "merge", "value"))


def _scalar(node: yaml.ScalarNode) -> Any:
    value: str = node.value
    if node.style:  # quoted, literal or folded: always a string
        return value
    if node.tag == _STR and value and _plain_text(value):
        return value  # implicit or explicit !!str: a string either way
    key = (value, node.tag)
    found = _PLAIN_VALUES.get(key, _PLAIN_VALUES)
    if found is _PLAIN_VALUES:
        found = _plain_value(value, node.tag)
        if type(found) is not float:  # each .nan stays its own object, as in any YAML reader
            if len(_PLAIN_VALUES) > _MEMO_LIMIT:
                _PLAIN_VALUES.clear()
            _PLAIN_VALUES[key] = found
    return found


_PLAIN_VALUES: dict[tuple[str, str], Any] = {}  # (text, tag) of a plain scalar → its value (immutable, not float)


def _plain_value(value: str, tag: str) -> Any:
    implicit = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    if tag != implicit:  # an explicit tag such as !!str
        return value if tag == _STR else _resolve_core(value)
    return _resolve_core(value)


def _resolve_core(value: str) -> Any:
    """YAML 1.2 core schema resolution for plain scalars."""
    if _NULL_RE.match(value):
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT_RE.match(value):
        return int(value)
    if _OCT_RE.match(value):
        return int(value[2:], 8)
    if _HEX_RE.match(value):
        return int(value[2:], 16)
    if _FLOAT_RE.match(value):
        return float(value)
    if _INF_RE.match(value):
        return float("-inf") if value.startswith("-") else float("inf")
    if _NAN_RE.match(value):
        return float("nan")
    return value
