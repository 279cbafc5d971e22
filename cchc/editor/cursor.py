"""What is under the cursor in the editor's current text, for hover and go to definition.

The text in the editor is often newer than the last analysis (the analysis is debounced), and
often does not load at all (a quote not closed yet). So the cursor is read in two ways:

* on a line the user has not touched since the last analysis whose text loaded
  (:meth:`cchc.editor.server.State.loaded`), the node there, found by :func:`locate.at` in that
  analysis — lines above the edit keep their number, lines below it move by the lines added or
  removed (the common head and tail of the two texts, a linear comparison);
* on an edited line, the key and the value as typed, from the text by indentation
  (:func:`locate.text_context`): the path then has ``"-"`` for list items, and ``anchor`` is the
  path of the last untouched line above, in the old analysis, so a feature can find the task the
  line belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lsprotocol import types

from cchc.base.diagnostics import JsonPath, Span
from cchc.editor import locate
from cchc.editor.positions import from_position, to_range
from cchc.editor.session import Analysis
from cchc.reading.load import split_lines


@dataclass(frozen=True)
class Cursor:
    """The node under the cursor. ``analysis``: the analysis the path refers to (None when no
    version of the file ever loaded); ``exact``: the path comes from that analysis (indices are
    ints) rather than from the text (``"-"``); ``range``: what is under the cursor, in the current
    text; ``anchor``: for a path read from the text, the path of the last untouched line above."""

    uri: str
    analysis: Analysis | None
    path: tuple[str | int, ...]
    on_key: bool
    value: Any
    range: types.Range
    exact: bool
    anchor: JsonPath | None = None
    span: Span | None = None  # an exact cursor's node, in the analysis's text

    @property
    def shape(self) -> tuple[str, ...]:
        """The path with every list index written ``-`` (what features match on)."""
        return tuple("-" if isinstance(part, int) else part for part in self.path)


@lru_cache(maxsize=4)
def lines_of(text: str) -> tuple[str, ...]:
    """The lines of a text with their endings, as YAML and LSP count them (:func:`split_lines`),
    kept for the few texts last asked about: a hover asks again about the same text, and a str
    keeps its hash, so the look-up costs nothing. (split_lines itself splits by ``str.splitlines``
    when the text has none of the characters where the two disagree: nearly always.)"""
    return tuple(split_lines(text, keepends=True))


def _unchanged(old: Sequence[str], new: Sequence[str]) -> tuple[int, int]:
    """How many lines the two texts share at their head and, after it, at their tail (compared
    a block of lines at a time, then line by line; the last answer is kept for the next hover)."""
    global _last
    if _last is not None and _last[0] is old and _last[1] is new:
        return _last[2]
    limit = min(len(old), len(new))
    head = 0
    for step in (1024, 32, 1):
        while head + step <= limit and old[head:head + step] == new[head:head + step]:
            head += step
    tail = 0
    for step in (1024, 32, 1):
        while tail + step <= limit - head and \
                old[len(old) - tail - step:len(old) - tail] == new[len(new) - tail - step:len(new) - tail]:
            tail += step
    _last = (old, new, (head, tail))
    return head, tail


_last: tuple[Sequence[str], Sequence[str], tuple[int, int]] | None = None


def _old_line(old: Sequence[str], new: Sequence[str], line: int) -> tuple[int | None, int]:
    """The line of the old text that is 1-based ``line`` of the new one (None: an edited line),
    and the number of lines the texts share at their head."""
    if old is new:
        return line, len(new)
    head, tail = _unchanged(old, new)
    if line <= head:
        return line, head
    if line > len(new) - tail:
        return line - len(new) + len(old), head
    return None, head


def under(state: Any, uri: str, position: types.Position) -> Cursor | None:
    """The node at ``position`` of document ``uri``; None outside every key and value."""
    document = state.server.workspace.get_text_document(uri)
    codec = document.position_codec
    lines = lines_of(document.source)
    line, column = from_position(lines, position, codec)
    analysis: Analysis | None = state.loaded(uri)
    head = 0
    if analysis is not None:
        old_line, head = _old_line(lines_of(analysis.text), lines, line)
        if old_line is not None:
            spot = locate.at(analysis.loaded, old_line, column)
            if spot is None:
                return None
            shift = line - old_line
            span = Span(spot.span.line + shift, spot.span.column, spot.span.end_line + shift, spot.span.end_column)
            return Cursor(uri, analysis, tuple(spot.path), spot.on_key, spot.value, to_range(lines, span, codec), True,
                          span=spot.span)
    return _from_text(uri, analysis, lines, line, column, head, codec)


def _from_text(uri: str, analysis: Analysis | None, lines: Sequence[str], line: int, column: int, head: int,
               codec: Any) -> Cursor | None:
    if not 0 < line <= len(lines):
        return None
    text = lines[line - 1].rstrip("\r\n")
    if not text.strip() or text.lstrip().startswith("#"):
        return None
    here = locate.text_context(lines, line, column)
    whole = locate.text_context(lines, line, len(text) + 1)  # the cursor at the end: the line's key
    anchor = None
    if analysis is not None and head > 0 and not _new_item(lines, head, line, whole.indent):
        above = lines_of(analysis.text)[head - 1]
        spot = locate.at(analysis.loaded, head, len(above) - len(above.lstrip(" ")) + 1)
        anchor = spot.path if spot is not None else None
    parents: tuple[str | int, ...] = whole.parents
    if whole.key is None:  # "- Sở Nội vụ": an item of a block list
        if not whole.item or not parents:
            return None
        value, start, end = _scalar(text, len(text) - len(whole.prefix), len(text))
        return Cursor(uri, analysis, parents, False, value, _range(lines, line, start, end, codec), False, anchor)
    key = whole.key
    if here.key is None:  # the cursor is on the key
        start = text.find(key)
        return Cursor(uri, analysis, (*parents, key), True, None,
                      _range(lines, line, start, start + len(key), codec), False, anchor)
    raw_start = len(text) - len(whole.prefix)
    raw = _without_comment(whole.prefix)
    if raw.startswith("["):
        return _flow_item(uri, analysis, lines, line, column, (*parents, key), raw_start, raw, codec, anchor)
    value, start, end = _scalar(text, raw_start, raw_start + len(raw))
    return Cursor(uri, analysis, (*parents, key), False, value, _range(lines, line, start, end, codec), False, anchor)


def _new_item(lines: Sequence[str], head: int, line: int, indent: int) -> bool:
    """Whether a list item begins, left of column ``indent``, after line ``head`` and up to
    ``line``: then the cursor's mapping is a new one, not that of the untouched line above."""
    for text in lines[head:line]:
        stripped = text.lstrip(" ")
        if (stripped.startswith("- ") or stripped.rstrip("\r\n") == "-") and len(text) - len(stripped) < indent:
            return True
    return False


def _range(lines: Sequence[str], line: int, start: int, end: int, codec: Any) -> types.Range:
    """The range of 0-based code-point columns ``start``–``end`` of 1-based ``line``."""
    return to_range(lines, Span(line, start + 1, line, max(end, start) + 1), codec)


def _without_comment(raw: str) -> str:
    """A value as typed without a trailing ``# comment`` (a ``#`` inside quotes is text)."""
    quote = None
    for index, char in enumerate(raw):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "#" and (index == 0 or raw[index - 1] in " \t"):
            return raw[:index].rstrip()
    return raw.rstrip()


def _scalar(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The scalar written in ``text[start:end]``, without spaces and quotes, and where it is."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    if start < end and text[start] in "'\"":
        quote = text[start]
        start += 1
        if end > start and text[end - 1] == quote:
            end -= 1
    return text[start:end], start, end


def _flow_item(uri: str, analysis: Analysis | None, lines: Sequence[str], line: int, column: int,
               path: tuple[str | int, ...], raw_start: int, raw: str, codec: Any, anchor: JsonPath | None) -> Cursor | None:
    """The item under the cursor in ``[A, "B, C", D`` (the list may be unclosed)."""
    text = lines[line - 1].rstrip("\r\n")
    cursor = column - 1
    index, start, quote = 0, raw_start + 1, None
    for at in range(raw_start + 1, raw_start + len(raw)):
        char = text[at]
        if quote:
            if char == quote:
                quote = None
            continue
        if char in "'\"":
            quote = char
        elif char in ",]":
            if start <= cursor <= at:
                value, first, last = _scalar(text, start, at)
                return Cursor(uri, analysis, (*path, index), False, value, _range(lines, line, first, last, codec),
                              False, anchor)
            index, start = index + 1, at + 1
            if char == "]":
                return None
    if start <= cursor <= raw_start + len(raw):
        value, first, last = _scalar(text, start, raw_start + len(raw))
        return Cursor(uri, analysis, (*path, index), False, value, _range(lines, line, first, last, codec), False, anchor)
    return None
