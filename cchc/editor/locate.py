"""What is at a position of a plan: the YAML path under the cursor.

Two readings, for two states of a file:

* :func:`at` — from what the loader made of a file that loaded: the node (key or value) whose
  span holds the position, found by walking down from the root (a list is searched by halves,
  so a position in a 10,000-task plan costs a few dozen span look-ups).
* :func:`text_context` — from the text alone, for a file half typed (an unclosed quote, a key
  with no value yet): the chain of keys above the cursor by indentation, the key of the cursor's
  line, and the word being typed. Completion uses it always, since what is being typed is
  rarely valid YAML yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from cchc.base.diagnostics import JsonPath, Span
from cchc.reading.load import LoadedYaml


@dataclass(frozen=True)
class Spot:
    """The node at a position: its path, whether the position is on the mapping key (rather
    than its value), the span of what is under the cursor, and the value there."""

    path: JsonPath
    on_key: bool
    span: Span
    value: Any


def _holds(span: Span, line: int, column: int) -> bool:
    return (span.line, span.column) <= (line, column) <= (span.end_line, span.end_column)


def _child(loaded: LoadedYaml, path: JsonPath, node: Any, line: int, column: int) -> Spot | None:
    if isinstance(node, dict):
        for key, value in node.items():
            child = (*path, key)
            key_span = loaded.locate(child, key=True)
            if key_span != loaded.locate(path) and _holds(key_span, line, column):
                return Spot(child, True, key_span, value)
            span = loaded.locate(child)
            if span.line > line:
                continue
            if _holds(span, line, column):
                return _child(loaded, child, value, line, column) or Spot(child, False, span, value)
        return None
    if isinstance(node, list) and node:
        low, high = 0, len(node) - 1
        while low <= high:  # items are in text order: search by halves
            middle = (low + high) // 2
            span = loaded.locate((*path, middle))
            if (span.end_line, span.end_column) < (line, column):
                low = middle + 1
            elif (span.line, span.column) > (line, column):
                high = middle - 1
            else:
                child = (*path, middle)
                return _child(loaded, child, node[middle], line, column) or Spot(child, False, span, node[middle])
    return None


def at(loaded: LoadedYaml, line: int, column: int) -> Spot | None:
    """The innermost key or value at 1-based ``line``/``column`` of a file that loaded; None
    outside every node (a comment, a blank line) or when the file did not load."""
    if not loaded.ok or loaded.data is None:
        return None
    return _child(loaded, (), loaded.data, line, column)


@dataclass(frozen=True)
class TextContext:
    """Where the cursor is, read from the text by indentation.

    ``parents``: the keys of the mappings above the cursor's line, outermost first, a list item
    as ``-`` (``("body", "-", "tasks", "-")`` for a key of a task); ``key``: the key of the
    cursor's line when the cursor is in its value (None when a key is being typed); ``prefix``:
    what is typed before the cursor in the key or value; ``item``: the line starts a list item.

    In a flow collection open on the cursor's line (``lead: [Sở Nội vụ, S``, ``- {date: …,
    status: d``) the collections count as parents too (``("…", "lead", "-")``, key None; or the
    item's ``parents`` and key ``status``), ``prefix`` is the entry being typed (``S``, ``d``) and
    ``flow`` is true (``siblings``: the keys of that mapping, or the entries of that list, written
    before the cursor). ``comment``: the
    cursor is in a comment.
    """

    parents: tuple[str, ...]
    key: str | None
    prefix: str
    item: bool
    indent: int  # column (0-based) where the key being typed starts
    flow: bool = False
    comment: bool = False
    siblings: tuple[str, ...] = ()  # in a flow collection: its keys or entries before the cursor


# Possessive dashes and a greedy key ending in a non-space: linear in the line's length (the lazy
# key and backtracking dashes took seconds on a pasted line of 10,000 "- " or spaces, on every
# completion). A key is all up to the first colon, so greedy and lazy read the same key. A key never
# starts a flow collection ('{', '[') or a list item ('- ').
_KEY = re.compile(r"^(?P<indent>\s*+)(?P<dash>(?:-\s+)*+)"
                  r"(?P<key>(?!-\s)[^\s#:'\"{\[](?:[^:#]*[^\s:#])?|'[^']*'|\"[^\"]*\")\s*:(?:\s|$)")
_ITEM = re.compile(r"^(?P<indent>\s*)-(?:\s|$)")


def _key_of(line: str) -> tuple[int, str | None, bool]:
    """The indentation of a line's content, its key (None when it has none) and whether it
    starts a list item."""
    match = _KEY.match(line)
    if match:
        key = match.group("key").strip().strip("'\"")
        return len(match.group("indent")) + len(match.group("dash")), key, bool(match.group("dash"))
    item = _ITEM.match(line)
    if item:
        return len(item.group("indent")) + 2, None, True
    return len(line) - len(line.lstrip(" ")), None, False


@dataclass
class FlowFrame:
    """A flow collection open at the cursor: ``[`` or ``{``; for a mapping, the key whose value is
    being typed (``in_value``); the keys (of a mapping) or entries (of a list) written so far."""

    kind: str
    key: str | None = None
    in_value: bool = False
    keys: list[str] = field(default_factory=list)


def flow_frames(text: str) -> tuple[list[FlowFrame], int, bool]:
    """Read a value as typed so far (the text after ``key:`` or ``- ``, up to the cursor): the flow
    collections still open, outermost first; where the entry being typed starts; whether the
    text ends in a comment. Quotes are followed (a comma or a bracket inside one is text)."""
    frames: list[FlowFrame] = []
    token = 0  # where the scalar being typed starts
    quote = ""
    index, size = 0, len(text)
    blank = True  # nothing but spaces since ``token`` (kept as we go: the line may be 100,000 characters)
    while index < size:
        char = text[index]
        if quote:
            if char == "\\" and quote == '"':
                index += 2
                continue
            if char == quote:
                if quote == "'" and text[index + 1:index + 2] == "'":
                    index += 2
                    continue
                quote = ""
            index += 1
            continue
        at_start, before = blank, token
        if char in "\"'" and at_start:
            quote = char
        elif char == "#" and (index == 0 or text[index - 1] in " \t"):
            return frames, token, True
        elif char in "[{" and at_start:
            frames.append(FlowFrame(char))
            token = index + 1
        elif char in "]}" and frames:
            frames.pop()
            token = index + 1
        elif char == "," and frames:
            if frames[-1].kind == "{":
                frames[-1].key, frames[-1].in_value = None, False
            elif text[token:index].strip():
                frames[-1].keys.append(text[token:index].strip().strip("'\""))
            token = index + 1
        elif (char == ":" and frames and frames[-1].kind == "{" and not frames[-1].in_value
              and (index + 1 == size or text[index + 1] in " \t,]}" or text[index - 1:index] in ("'", '"'))):
            key = text[token:index].strip().strip("'\"")
            frames[-1].key, frames[-1].in_value = key, True
            frames[-1].keys.append(key)
            token = index + 1
        if token != before:
            blank = True
        elif not char.isspace():
            blank = False
        index += 1
    return frames, token, False


def _meaningful(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def text_context(lines: Sequence[str], line: int, column: int) -> TextContext:
    """The context of 1-based ``line``/``column`` (a column in code points) in any text."""
    text = lines[line - 1].rstrip("\r\n") if 0 < line <= len(lines) else ""
    before = text[: max(column - 1, 0)]
    indent, key, item = _key_of(text)
    value_start = None
    match = _KEY.match(text)
    if match and len(before) >= match.end() - (1 if match.group(0).endswith((" ", "\t")) else 0):
        value_start = match.end()
    if value_start is not None:
        prefix = before[value_start:].lstrip()
        own_key: str | None = key
    else:
        stripped = before.lstrip(" ")
        while stripped.startswith("- ") or stripped == "-":
            stripped = stripped[2:].lstrip(" ")
            item = True
        prefix = stripped
        own_key = None
        indent = len(before) - len(prefix) if before.strip() else len(before)
    parents: list[str] = []
    if item:
        parents.append("-")
    level = indent - 2 if item else indent  # a parent is indented less than this
    # walk up: each line with less indentation that opens a block is a parent
    for index in range(line - 2, -1, -1):
        above = lines[index]
        dash_at = len(above) - len(above.lstrip(" "))
        if dash_at >= level:  # deeper or beside: no parent (a line of a 10,000-task plan costs this much)
            continue
        above = above.rstrip("\r\n")
        if not _meaningful(above):
            continue
        above_indent, above_key, above_item = _key_of(above)
        if above_item and dash_at < level:
            if above_key is not None and above_indent < level:  # "- progress:" above a nested block
                parents.append(above_key)
            parents.append("-")
            level = dash_at
            if level == 0:
                break
            continue
        if above_key is not None and above_indent < level:
            parents.append(above_key)
            level = above_indent
            if level == 0:
                break
    parents.reverse()
    frames, token, comment = flow_frames(prefix)
    if comment:
        return TextContext(tuple(parents), own_key, prefix, item, indent, comment=True)
    if not frames:
        return TextContext(tuple(parents), own_key, prefix, item, indent)
    if own_key is not None:  # "lead: [A, B": the list is lead's value
        parents.append(own_key)
    for frame in frames[:-1]:
        parents.append("-" if frame.kind == "[" else frame.key or "")
    inner = frames[-1]
    if inner.kind == "[":
        parents.append("-")
    key = inner.key if inner.kind == "{" and inner.in_value else None
    return TextContext(tuple(parents), key, prefix[token:].lstrip(), item, indent, flow=True,
                       siblings=tuple(inner.keys))


def keys_beside(lines: Sequence[str], line: int, context: TextContext) -> set[str]:
    """The keys the mapping being written at 1-based ``line`` already has: in a flow mapping, those
    before the cursor; in a block mapping, the keys at the
    same indentation above and below, up to the mapping's end (or, for a key on a line that
    starts a list item, from that item's start)."""
    if context.flow:
        return set(context.siblings)
    column = context.indent
    found: set[str] = set()
    ranges = (range(line, len(lines)),) if context.item else (range(line - 2, -1, -1), range(line, len(lines)))
    for rows in ranges:
        for other, dash_at in _at_column(lines, rows, column):
            indent, key, item = _key_of(other)
            if dash_at < column:  # the mapping's start (its item line) or past its end
                if rows.step < 0 and item and indent == column and key is not None:
                    found.add(key)
            elif key is not None and not item:
                found.add(key)
    return found


def _at_column(lines: Sequence[str], rows: range, column: int) -> Iterator[tuple[str, int]]:
    """The meaningful lines of ``rows`` (in their order) not indented past ``column``, each with
    its indentation, up to and including the first one indented less (the block's edge)."""
    for index in rows:
        other = lines[index]
        dash_at = len(other) - len(other.lstrip(" "))
        if dash_at > column:
            continue
        other = other.rstrip("\r\n")
        if not _meaningful(other):
            continue
        yield other, dash_at
        if dash_at < column:
            return


def entries_beside(lines: Sequence[str], line: int, context: TextContext) -> set[str]:
    """The other entries of the list whose entry is being typed at 1-based ``line`` (scalars as
    written, quotes taken off): in a flow list, those before the cursor; in a block list, the items
    at the same dash column above and below."""
    if context.flow:
        return set(context.siblings)
    if not context.item:
        return set()
    column = context.indent - 2  # the dash
    found: set[str] = set()
    for rows in (range(line - 2, -1, -1), range(line, len(lines))):
        for other, dash_at in _at_column(lines, rows, column):
            if dash_at == column and other[dash_at:dash_at + 2] in ("- ", "-"):
                value = re.split(r"\s#", other[dash_at + 1:], maxsplit=1)[0].strip()
                if value:
                    found.add(value.strip("'\""))
    return found
