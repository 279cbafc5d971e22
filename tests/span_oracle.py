"""An independent oracle for the loader's positions (issue 19, point 3: one span walker in production).

This is the full walker ``cchc.reading.load`` used before issue 19, kept here only to check the
production code: it converts the composed nodes to data, the load problems and every position by
path in one recursive pass, computing each span at the path it reaches instead of asking
``_Nodes.span`` (one span per node). ``tests/test_lazy_locations.py`` checks that the data, the
problems, the targeted answers (``locate``, ``block_end``, ``comment_column``) and the full maps
of :meth:`_Nodes.full` all agree with it, on every bundled plan, fixture, bad case and a few
hundred mutated plans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from cchc.base.diagnostics import JsonPath, Span
from cchc.reading.load import (
    _CORE_TAGS,
    _LEADING_ZERO_RE,
    _MAX_DEPTH,
    _STR,
    LoadProblem,
    _AliasBomb,
    _duplicate_problem,
    _extend,
    _key_text,
    _leading_zero_problem,
    _node_span,
    _scalar,
    _source,
    _tag_problem,
    _TooDeep,
)


@dataclass
class Builder:
    lines: list[str]
    budget: int = 10_000_000  # nodes; more means aliases are multiplying the data
    spans: dict[JsonPath, Span] = field(default_factory=dict)
    key_spans: dict[JsonPath, Span] = field(default_factory=dict)
    blocks: dict[int, int] = field(default_factory=dict)
    problems: list[LoadProblem] = field(default_factory=list)
    code_end: dict[int, int] = field(default_factory=dict)
    inside: set[int] = field(default_factory=set)

    def note_scalar(self, node: yaml.ScalarNode, span: Span) -> None:
        if self.code_end.get(span.end_line, 0) < span.end_column:
            self.code_end[span.end_line] = span.end_column
        if span.end_line > span.line:
            last = span.end_line if node.style in ("|", ">") else span.end_line - 1
            self.inside.update(range(span.line + 1, last + 1))

    def span(self, node: yaml.Node) -> Span:
        return _node_span(node, self.lines)

    def _source(self, span: Span) -> str:
        return _source(self.lines, span)

    def note_block(self, first_line: int, end_line: int) -> None:
        if end_line > first_line and self.blocks.get(first_line, first_line) < end_line:
            self.blocks[first_line] = end_line

    def convert(self, node: yaml.Node, path: JsonPath, depth: int = 0) -> Any:
        if depth > _MAX_DEPTH:
            raise _TooDeep(self.span(node))
        self.budget -= 1
        if self.budget < 0:
            raise _AliasBomb
        start, end = node.start_mark, node.end_mark
        scalar = type(node) is yaml.ScalarNode
        if scalar and (end.column or end.line == start.line):
            span = Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)  # span(), inlined
        else:
            span = self.span(node)
        self.spans[path] = span
        tag = node.tag
        if tag != _STR and tag not in _CORE_TAGS and tag not in ("!", "?"):
            self.problems.append(_tag_problem(tag, span))
        if scalar:
            self.note_scalar(node, span)  # type: ignore[arg-type]
            value = _scalar(node)  # type: ignore[arg-type]
            if not node.style and type(value) is int and _LEADING_ZERO_RE.match(node.value):  # type: ignore[attr-defined]
                self.problems.append(_leading_zero_problem(node.value, value, span))  # type: ignore[attr-defined]
            return value
        if isinstance(node, yaml.SequenceNode):
            out_list = []
            for index, item in enumerate(node.value):
                child = (*path, index)
                value = self.convert(item, child, depth + 1)
                item_span = self.spans[child]
                self.note_block(item_span.line, item_span.end_line)
                out_list.append(value)
            if node.value and not getattr(node, "flow_style", False):
                self.spans[path] = _extend(span, self.spans[(*path, len(node.value) - 1)])
            return out_list
        out: dict[Any, Any] = {}
        seen: dict[Any, Span] = {}
        last = span
        for key_node, value_node in node.value:
            kstart, kend = key_node.start_mark, key_node.end_mark
            if type(key_node) is yaml.ScalarNode and kend.line == kstart.line:  # span(), inlined
                key_span = Span(kstart.line + 1, kstart.column + 1, kend.line + 1, kend.column + 1)
            else:
                key_span = self.span(key_node)
            if type(key_node) is yaml.ScalarNode:
                self.note_scalar(key_node, key_span)
                key = key_node.value if key_node.style else _key_text(_scalar(key_node), key_node.value)
            else:  # a complex key such as "? [a, b]": name it as written
                key = self._source(key_span) or "?"

            if key in seen:
                first = seen[key]
                self.problems.append(_duplicate_problem(key, key_span, first.line))
            seen[key] = key_span
            child = (*path, key)
            self.key_spans[child] = key_span
            out[key] = self.convert(value_node, child, depth + 1)
            value_span = self.spans[child]
            self.note_block(key_span.line, value_span.end_line)
            last = value_span
        if node.value and not getattr(node, "flow_style", False):
            # A block collection ends where its last value ends, not at the next token.
            self.spans[path] = _extend(span, last)
        return out


