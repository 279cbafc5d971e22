"""The quick pass: diagnostics of a large plan a few milliseconds after an edit inside one task.

Checking a plan of 10,000 tasks again takes most of a second (composing 66,000 lines of YAML is a
third of it), too long to type with. Most edits change one task: its content, its deadline, an
agency name. For those, :func:`quick` checks that task alone and puts its findings in place of the
task's old ones, then the full analysis follows and replaces the result (:mod:`diagnostics`).

How, for a document whose last full :class:`~cchc.editor.session.Analysis` loaded as a plan:

1. The lines that differ from that analysis's text (:func:`changed_lines`).
2. The innermost task (an item of a ``tasks`` or ``subtasks`` list) holding them, found in the
   composed nodes of that analysis (:func:`find_task`): its lines, and for every list it sits in,
   the lines of its siblings there.
3. A reduced document: the new text without those siblings — the file's header, the task's
   groups, the task itself (:func:`reduce`). It goes through the same pipeline as the file
   (load → schema → model → rules → suppressions) and must give the task at the same place with
   the same extent, as a task of the model; otherwise there is no quick result.
4. The merged findings: the old analysis's findings, shifted by the lines the edit added or
   removed, less those of *local* rules inside the task, plus the local rules' findings inside the
   task in the reduced document. A rule is local when it declares ``LOCAL = True`` in its module
   (:data:`cchc.checking.rules.LOCAL_CODES`): its findings inside a task depend on that task, its
   groups and the plan's header alone, and its findings elsewhere depend on no task. For those
   rules the merged set is exactly what the full analysis finds; the other rules' findings (the
   numbering, the link rules, unused suppressions…) stay as they were until the full analysis.

The result is only published, never kept as the document's analysis: hovers and completion keep
reading full analyses.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml

from cchc.base.diagnostics import Diagnostic, Span
from cchc.checking.check import FileResult, Registries, display_path, lint_loaded
from cchc.checking.rules import LOCAL_CODES
from cchc.reading.load import LoadedYaml, load_text, split_lines

#: Documents shorter than this (in characters) are only checked in full: a plan of a few hundred
#: tasks takes under 50 ms, and the full result is published directly.
LARGE = 200_000

_CHUNK = 1 << 15
_TASK_LISTS = ("tasks", "subtasks")


@dataclass(frozen=True)
class Change:
    """Lines (0-based, end exclusive) that differ between an old text and a new one: the lines
    before ``start`` are the same in both, and so are the old lines from ``old_end`` and the new
    ones from ``new_end``. ``new_from``/``new_to``: where the new lines ``start``…``new_end`` lie in
    the new text (character offsets)."""

    start: int
    old_end: int
    new_end: int
    new_from: int
    new_to: int

    @property
    def delta(self) -> int:
        return self.new_end - self.old_end


@dataclass(frozen=True)
class TaskAt:
    """A task item of the old text: its path, its lines (0-based, inclusive), and the sibling
    lines to leave out of the reduced document (0-based, end exclusive)."""

    path: tuple[str | int, ...]
    first: int
    last: int
    cuts: tuple[tuple[int, int], ...]


def _common_run(a: str, b: str, limit: int, from_end: bool = False) -> int:
    """How many characters ``a`` and ``b`` share at their start (at their end: ``from_end``), at
    most ``limit``: compared a block of :data:`_CHUNK` at a time, the differing block by halves."""
    la, lb = len(a), len(b)

    def same(low: int, high: int) -> bool:  # the characters low..high from the start (or end) agree
        return a[la - high:la - low] == b[lb - high:lb - low] if from_end else a[low:high] == b[low:high]

    n = min(la, lb, limit)
    low = 0
    while low < n:
        high = min(low + _CHUNK, n)
        if not same(low, high):
            while high - low > 1:  # the first difference lies in [low, high)
                middle = (low + high) // 2
                if same(low, middle):
                    low = middle
                else:
                    high = middle
            return low
        low = high
    return n


def line_starts(lines: Sequence[str]) -> list[int]:
    """Where each line starts in the text (character offsets)."""
    return list(accumulate(map(len, lines), initial=0))[:-1]


def _line_start(text: str, offset: int) -> bool:
    return offset < len(text) and (offset == 0 or text[offset - 1] == "\n")


def changed_lines(old: str, new: str, old_lines: Sequence[str] | None = None,
                  starts: Sequence[int] | None = None) -> Change | None:
    """Which lines differ (None: the same text, or line breaks other than LF and CRLF, which this
    way of counting lines would get wrong). ``old_lines``, ``starts``: the old text's lines and
    :func:`line_starts`, when known. Costs a few comparisons of the texts and a look at the
    changed lines, never a pass in Python over the lines."""
    if old == new:
        return None
    if "\r" in old and old.count("\r") != old.count("\r\n"):
        return None  # a lone CR: a line break for YAML, not for the counts below
    if old_lines is None:
        old_lines = split_lines(old, keepends=True)
    if starts is None:
        starts = line_starts(old_lines)
    prefix = _common_run(old, new, min(len(old), len(new)))
    suffix = _common_run(old, new, min(len(old), len(new)) - prefix, from_end=True)
    old_count = len(old_lines)
    if prefix < len(old):
        start = bisect_right(starts, prefix) - 1  # the line holding the first difference
    else:  # the new text only adds at the end
        start = old_count if not old or old.endswith("\n") else old_count - 1
    at_old, at_new = len(old) - suffix, len(new) - suffix  # where the common end begins
    same_old = old_count - bisect_left(starts, at_old) if at_old < len(old) else 0
    same_new = same_old - _line_start(old, at_old) + _line_start(new, at_new)
    new_count = old_count - old.count("\n", prefix, at_old) + new.count("\n", prefix, at_new) \
        - (1 if old and not old.endswith("\n") else 0) + (1 if new and not new.endswith("\n") else 0)
    same_after = max(0, min(same_old, same_new, old_count - start, new_count - start))
    new_end = new_count - same_after
    new_from = new.rfind("\n", 0, prefix) + 1
    line = start
    new_to = new_from
    while line < new_end:  # the changed lines are few: walk them
        found = new.find("\n", new_to)
        new_to = len(new) if found < 0 else found + 1
        line += 1
    old_from = starts[start] if start < old_count else len(old)
    old_to = starts[old_count - same_after] if old_count - same_after < old_count else len(old)
    for part in (old[old_from:old_to], new[new_from:new_to]):
        if "\r" in part and part.count("\r") != part.count("\r\n"):
            return None  # a lone CR: a line break for YAML, not for this count
        if "\x85" in part or "\u2028" in part or "\u2029" in part:
            return None
    return Change(start, old_count - same_after, new_end, new_from, new_to)


def _nodes(loaded: LoadedYaml) -> Any:
    return loaded._nodes  # the composed nodes, and the one span walker (reading.load._Nodes)


def find_task(loaded: LoadedYaml, change: Change) -> TaskAt | None:
    """The innermost task item of ``loaded`` holding the changed lines, with the sibling lines
    around it (and around each list item it sits in), or None."""
    nodes = _nodes(loaded)
    if nodes is None or nodes.irregular or type(nodes.root) is not yaml.MappingNode:
        return None
    first, last = change.start, change.old_end - 1  # old lines; last < first: lines only inserted
    lines = loaded.lines

    def holds(span: Span) -> bool:
        start, end = span.line - 1, span.end_line - 1
        return start <= first and last <= end and (start < first or last >= first)

    path: list[str | int] = []
    cuts: list[tuple[int, int]] = []
    found: TaskAt | None = None
    node = nodes.root
    key: Any = None
    while True:
        if type(node) is yaml.MappingNode:
            inside = None
            for key_node, value in node.value:
                if type(key_node) is not yaml.ScalarNode:
                    continue
                start = key_node.start_mark.line
                end = nodes.span(value).end_line - 1
                if start <= first and last <= end and type(value) is not yaml.ScalarNode:
                    inside = (key_node.value, value)
                    break
            if inside is None:
                return found
            key, node = inside
            path.append(key)
        elif type(node) is yaml.SequenceNode:
            if node.flow_style:
                return found
            items = node.value
            index = next((i for i, item in enumerate(items) if holds(nodes.span(item))), None) if len(items) < 64 \
                else _bisect_item(nodes, items, first, holds)
            if index is None:
                return found
            item = items[index]
            span = nodes.span(item)
            item_first, item_last = span.line - 1, span.end_line - 1
            if index > 0 and nodes.span(items[index - 1]).end_line - 1 >= item_first:
                return found  # items sharing a line
            if index + 1 < len(items) and items[index + 1].start_mark.line <= item_last:
                return found
            if index > 0:
                cut_end = item_first
                while cut_end > 0 and _blank_or_comment(lines[cut_end - 1]):
                    cut_end -= 1  # comments just above the item stay (a suppression for it)
                cuts.append((items[0].start_mark.line, cut_end))
            if index + 1 < len(items):
                cuts.append((item_last + 1, nodes.span(items[-1]).end_line))
            path.append(index)
            node = item
            if key in _TASK_LISTS and type(item) is yaml.MappingNode and not item.flow_style:
                found = TaskAt(tuple(path), item_first, item_last, tuple(sorted(cuts)))
        else:
            return found


def _bisect_item(nodes: Any, items: Sequence[Any], line: int, holds: Any) -> int | None:
    low, high = 0, len(items)
    while high - low > 1:
        middle = (low + high) // 2
        if items[middle].start_mark.line <= line:
            low = middle
        else:
            high = middle
    for index in (low, low - 1):
        if 0 <= index < len(items) and holds(nodes.span(items[index])):
            return index
    return None


def _blank_or_comment(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def reduce(old_lines: Sequence[str], new_lines: Sequence[str], change: Change, task: TaskAt
           ) -> tuple[str, int, int]:
    """The reduced document (new text without the task's siblings), the task's first line in it
    and the number of its lines before the edit's end (0-based)."""
    keep: list[str] = []
    position = 0
    for start, end in task.cuts:
        if end <= task.first:  # before the task: the same lines in both texts
            keep.extend(old_lines[position:start])
            position = end
    keep.extend(old_lines[position:task.first])
    first_in_reduced = len(keep)
    after = [cut for cut in task.cuts if cut[0] > task.last]
    # the task in the new text: its first lines up to the edit, the edit, the rest of it
    keep.extend(old_lines[task.first:change.start])
    keep.extend(new_lines)
    keep.extend(old_lines[change.old_end:task.last + 1])
    position = task.last + 1
    for start, end in after:
        keep.extend(old_lines[position:start])
        position = end
    keep.extend(old_lines[position:])
    return "".join(keep), first_in_reduced, first_in_reduced + (task.last - task.first) + change.delta


def _shift(span: Span, change: Change) -> Span:
    def line(number: int) -> int:
        return number + change.delta if number - 1 >= change.old_end else number

    return Span(line(span.line), span.column, line(span.end_line), span.end_column)


def _moved(span: Span, offset: int) -> Span:
    return Span(span.line + offset, span.column, span.end_line + offset, span.end_column)


def _has_task(result: FileResult, path: tuple[str | int, ...]) -> bool:
    plan = result.plan
    return plan is not None and any(task.path == path for _, task in plan.tasks())


@dataclass(frozen=True)
class Quick:
    """A quick result: the merged findings, and the new text's lines (those of the old text
    around the edited ones)."""

    diagnostics: tuple[Diagnostic, ...]
    lines: list[str]
    task: tuple[str | int, ...]
    reduced: LoadedYaml  # the reduced document (the old analysis's nodes are not kept alive by a quick result)


def quick(old_text: str, old_lines: Sequence[str], loaded: LoadedYaml, result: FileResult, new_text: str,
          path: Path, kind: str, registries: Registries, starts: Sequence[int] | None = None) -> Quick | None:
    """The findings of ``new_text`` after an edit inside one task of a plan whose full analysis
    (``old_text``, its lines and their :func:`line_starts`, its ``loaded`` nodes, its ``result``) is known; None when the edit is not inside
    one task or the task cannot be checked alone (see the module docstring)."""
    if kind != "plan" or not loaded.ok or result.plan is None:
        return None
    change = changed_lines(old_text, new_text, old_lines, starts)
    if change is None:
        return None
    task = find_task(loaded, change)
    if task is None or not _has_task(result, task.path):
        return None
    new_part = split_lines(new_text[change.new_from:change.new_to], keepends=True)
    text, first, last = reduce(old_lines, new_part, change, task)
    reduced = load_text(text, display_path(path))
    if not reduced.ok:
        return None
    reduced_path = tuple(0 if isinstance(part, int) else part for part in task.path)
    span = reduced.locate(reduced_path)
    if (span.line - 1, span.end_line - 1) != (first, last) or not reduced.has(reduced_path):
        return None  # the edit changed what the task is, or where it ends
    checked = lint_loaded(reduced, path, kind=kind, registries=registries)
    if not _has_task(checked, reduced_path):
        return None  # left out of the model (a schema error), or no model at all
    offset = task.first - first
    kept = [replace(d, span=_shift(d.span, change)) if change.delta and d.span.end_line > change.old_end else d
            for d in result.diagnostics
            if not (d.code in LOCAL_CODES and task.first <= d.span.line - 1 <= task.last)]
    added = [replace(d, span=_moved(d.span, offset)) for d in checked.diagnostics
             if d.code in LOCAL_CODES and first <= d.span.line - 1 <= last]
    merged = tuple(sorted([*kept, *added], key=Diagnostic.sort_key))
    lines = [*old_lines[:change.start], *new_part, *old_lines[change.old_end:]]
    return Quick(merged, lines, task.path, reduced)


