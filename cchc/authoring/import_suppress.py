"""Lint-clean from the source: what ``cchc import`` writes is linted in memory, and each finding
that comes from a real defect of the source (no lead printed, an empty Sản phẩm cell, a deadline
cchc cannot read, a number printed twice, an agency the registry does not know…) gets an inline
suppression with a Vietnamese reason — ``# cchc: ignore[T001] Bản gốc không ghi cơ quan chủ trì``
— as the bundled plans carry them. The value itself stays as printed.

Findings the importer could cause (YAML, schema, NFC, control characters, a period it misread, an
agency that ended later) are never suppressed: they stay visible, and the summary counts them.

When every task of a group lacks the same field, one comment on the group's ``tasks:`` key
covers them all (a comment on a line that opens a block covers the block, see
:mod:`cchc.checking.suppress`); otherwise the comment goes on the line the finding points at — or, when
no YAML comment may stand there (the line lies in a scalar written over several lines), on the
nearest line above that may hold one and opens a block covering it (the task's ``- id:`` line).

A reason is always one line: the cell values it quotes are written with their whitespace
collapsed and clipped, so a cell of several lines never breaks the file. The commented text is
read back before it is returned; if it would not give the same data, no comment is written.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc.base.diagnostics import Diagnostic, JsonPath, Severity
from cchc.base.i18n import N_
from cchc.reading.agencies import Registry
from cchc.reading.columns import lacks_column
from cchc.reading.model import Plan, Section, Task

if TYPE_CHECKING:
    from cchc.checking.lint import FileResult
    from cchc.reading.load import LoadedYaml

# The findings that can come from the source itself, and what the summary calls them.
SOURCE_DEFECTS: Mapping[str, str] = {
    "T001": N_("bản gốc không ghi cơ quan chủ trì"),
    "T002": N_("bản gốc không ghi sản phẩm"),
    "T003": N_("bản gốc không ghi thời gian hoàn thành"),
    "T004": N_("bản gốc ghi thời gian theo cách cchc chưa đọc được"),
    "N001": N_("bản gốc đánh số trùng"),
    "N002": N_("bản gốc đánh số không liên tục"),
    "A001": N_("bản gốc ghi tên cơ quan chưa có trong danh mục"),
    "U002": N_("bản gốc có đoạn gõ bằng bảng mã cũ"),
    "D001": N_("bản gốc ghi ký hiệu không khớp loại văn bản"),
}
_GROUPED = ("T001", "T002", "T003")


@dataclass(frozen=True)
class Suppressions:
    comments: Mapping[int, str]  # line of the YAML text → "# cchc: ignore[…] reason"
    counts: tuple[tuple[str, str, int], ...]  # (code, what it means, how many findings)
    left: tuple[Diagnostic, ...]  # errors still reported (not a defect of the source)


def suppress_source_defects(data: dict[str, Any], text: str, registry: Registry | None) -> Suppressions:
    """The suppressions to write into ``text`` (the YAML of ``data``, as :func:`dump_yaml` wrote
    it), checked by linting the commented text again: a comment that would cover nothing is
    dropped, never written."""
    from cchc.reading.load import load_text

    loaded = load_text(text, _NAME)
    first = _lint(loaded, registry)
    plan = first.plan
    if plan is None:
        return Suppressions({}, (), tuple(d for d in first.diagnostics if d.severity == Severity.ERROR))
    if not any(d.code in SOURCE_DEFECTS for d in first.diagnostics):  # nothing to place: no second lint
        return Suppressions({}, (), tuple(d for d in first.diagnostics if d.severity == Severity.ERROR))
    places = _Places(plan, loaded)
    wanted: dict[int, dict[str, str]] = {}  # line → code → reason
    counted: dict[int, Counter[str]] = {}  # line → code → findings its comment covers
    group_of: dict[int, Section] = {}  # the tasks: line of a group whose every task lacks a field
    grouped = places.grouped([d for d in first.diagnostics if d.code in _GROUPED])
    for diagnostic in first.diagnostics:
        if diagnostic.code not in SOURCE_DEFECTS:
            continue
        task = places.task_at(diagnostic.line)
        line = diagnostic.line
        section = None
        if task is not None and diagnostic.code in _GROUPED and (task[0].path, diagnostic.code) in grouped:
            line = grouped[(task[0].path, diagnostic.code)]
            section = task[0]
            reason: str | None = ""  # one reason for the group's codes, made below
        else:
            reason = _reason(diagnostic, task, plan, data, text, registry)
        where = places.comment_line(line) if reason is not None else None
        if where is None or reason is None:
            continue
        if section is not None:
            group_of[where] = section
        wanted.setdefault(where, {})[diagnostic.code] = reason
        counted.setdefault(where, Counter())[diagnostic.code] += 1
    for line, section in group_of.items():
        codes = wanted[line]
        reason = _group_reason([code for code in codes if code in _GROUPED], section, plan)
        for code in codes:
            if code in _GROUPED:
                codes[code] = reason
    comments = {line: _comment(codes) for line, codes in wanted.items()}
    commented = load_text(with_comments(text, comments), _NAME) if comments else loaded
    checked = _lint(commented, registry) if comments else first
    broken = {d.line for d in checked.diagnostics if d.code in ("Q001", "Q002", "Q003")}
    if broken:  # never write a suppression that covers nothing
        for line in broken:
            wanted.pop(line, None)
            counted.pop(line, None)
        comments = {line: _comment(codes) for line, codes in wanted.items()}
        commented = load_text(with_comments(text, comments), _NAME)
        checked = _lint(commented, registry)
    if comments and commented.data != loaded.data:  # never write a broken file
        comments, counted = {}, {}
        checked = first
    total: Counter[str] = sum(counted.values(), Counter())
    counts = tuple((code, SOURCE_DEFECTS[code], count) for code, count in sorted(total.items()))
    left = tuple(d for d in checked.diagnostics if d.severity == Severity.ERROR)
    return Suppressions(comments, counts, left)


_NAME = "plan.yaml"  # the name lint_text gives the text it checks


def _lint(loaded: LoadedYaml, registry: Registry | None) -> FileResult:
    """What :func:`cchc.checking.lint.lint_text` says of the loaded text (each text is read once: the
    lint, the places and the check that the comments change no data share it)."""
    from pathlib import Path

    from cchc.checking.lint import lint_loaded

    return lint_loaded(loaded, Path(_NAME), registry=registry, discover_registry=False)


def with_comments(text: str, comments: Mapping[int, str]) -> str:
    """``text`` with each comment appended to its line (1-based)."""
    if not comments:
        return text
    lines = text.split("\n")
    for line, comment in comments.items():
        if 0 < line <= len(lines):
            lines[line - 1] = f"{lines[line - 1]}  {comment}"
    return "\n".join(lines)


def _comment(codes: Mapping[str, str]) -> str:
    reasons: list[str] = []
    for reason in codes.values():
        if reason not in reasons:
            reasons.append(reason)
    text = _one_line("; ".join(reasons))
    return f"# cchc: ignore[{','.join(codes)}] {text[:1].upper()}{text[1:]}"


def _one_line(text: str) -> str:
    """``text`` with every run of whitespace (line breaks included) made one space."""
    return " ".join(text.split())


_QUOTE_LIMIT = 60


def _quoted(value: str) -> str:
    """A cell value quoted in a reason: one line, clipped when long (the value itself stays whole
    in the plan, a few lines below)."""
    text = _one_line(value)
    if len(text) > _QUOTE_LIMIT:
        text = text[:_QUOTE_LIMIT - 1].rstrip() + "…"
    return f"\"{text}\""


class _Places:
    """Where the plan's tasks and groups lie in the YAML text."""

    def __init__(self, plan: Plan, loaded: Any) -> None:
        self.plan = plan
        self.loaded = loaded
        self.no_comment = _no_comment_lines(loaded.text)
        leaves: list[tuple[int, int, Section, Task]] = []
        for section, task in plan.leaf_tasks():
            span = loaded.locate(task.path)
            leaves.append((span.line, loaded.block_end(span.line), section, task))
        # Leaf tasks are list items none of which holds another, so their line ranges do not
        # overlap: sorted by first line, the one holding a line is found by bisection.
        leaves.sort(key=lambda leaf: leaf[0])
        self.leaves = leaves
        self._firsts = [leaf[0] for leaf in leaves]

    def task_at(self, line: int) -> tuple[Section, Task] | None:
        """The leaf task whose lines hold ``line``."""
        index = bisect_right(self._firsts, line) - 1
        while index >= 0:  # the nearest start at or before the line; equal starts: the later one
            first, last, section, task = self.leaves[index]
            if first <= line <= last:
                return section, task
            index -= 1
            if index >= 0 and self.leaves[index][0] != first:
                break
        return None

    def comment_line(self, line: int) -> int | None:
        """The line a comment covering ``line`` goes on: ``line`` itself when a YAML comment may
        stand at its end, else the nearest line above that may hold one and opens a block
        reaching ``line`` (the task's ``- id:`` line for a cell written over several lines)."""
        for candidate in range(line, 0, -1):
            if candidate in self.no_comment:
                continue
            if candidate == line or self.loaded.block_end(candidate) >= line:
                return candidate
        return None

    def grouped(self, diagnostics: list[Diagnostic]) -> dict[tuple[JsonPath, str], int]:
        """(section path, code) → the line of the section's ``tasks:`` key, for each code that
        every leaf task of a group of two or more has."""
        by_section: dict[tuple[JsonPath, str], set[JsonPath]] = {}
        for diagnostic in diagnostics:
            found = self.task_at(diagnostic.line)
            if found is not None:
                by_section.setdefault((found[0].path, diagnostic.code), set()).add(found[1].path)
        out: dict[tuple[JsonPath, str], int] = {}
        for (path, code), tasks in by_section.items():
            section = next(s for s in self.plan.sections() if s.path == path)
            leaves = {leaf.path for task in section.tasks for leaf in task.leaves()}
            if len(leaves) >= 2 and tasks == leaves:
                out[(path, code)] = self.loaded.locate((*path, "tasks"), key=True).line
        return out


def _no_comment_lines(text: str) -> frozenset[int]:
    """Lines (1-based) at whose end a ``#`` would be text, not a comment: every line but the last
    of a quoted or plain scalar written over several lines, and the lines of a ``|``/``>`` block
    after its header."""
    import yaml

    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return frozenset(range(1, text.count("\n") + 2))
    lines: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            first, last = node.start_mark.line + 1, node.end_mark.line + 1
            if node.style in ("|", ">"):
                lines.update(range(first + 1, last + 1))
            else:
                lines.update(range(first, last))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
    return frozenset(lines)


def _appendix(task: Task, plan: Plan) -> Any:
    if task.path[:1] == ("appendices",) and isinstance(task.path[1], int) and task.path[1] < len(plan.appendices):
        return plan.appendices[task.path[1]]
    return None


# The reasons are written into the plan file, which stays Vietnamese whatever --lang says: they are
# not message ids.

_FIELDS = {"T001": "cơ quan chủ trì", "T002": "sản phẩm", "T003": "thời gian hoàn thành"}
_ROLES = {"T001": "lead", "T002": "output", "T003": "deadline"}


def _joined(fields: list[str]) -> str:
    return fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " và " + fields[-1]


def _group_reason(codes: list[str], section: Section, plan: Plan) -> str:
    """One reason for the fields every task of a group lacks: "Bản gốc giao nhiệm vụ dạng gạch đầu
    dòng trong thân văn bản, không ghi sản phẩm và thời gian hoàn thành cho từng nhiệm vụ"."""
    fields = [_FIELDS[code] for code in _GROUPED if code in codes]
    what = _joined(fields)
    if bool(section.path) and section.path[0] == "appendices":
        index = section.path[1]
        columns = plan.appendices[index].columns if isinstance(index, int) and index < len(plan.appendices) else ()
        absent = [_FIELDS[c] for c in _GROUPED if c in codes and lacks_column(columns, _ROLES[c])]
        empty = [_FIELDS[c] for c in _GROUPED if c in codes and _FIELDS[c] not in absent]
        parts = ([f"không có cột {_joined(absent)}"] if absent else []) + (
            [f"để trống ô {_joined(empty)} của mọi nhiệm vụ trong nhóm này"] if empty else [])
        return "Bảng của bản gốc " + " và ".join(parts)
    if all(task.marker for task in section.tasks):
        return f"Bản gốc giao nhiệm vụ dạng gạch đầu dòng trong thân văn bản, không ghi {what} cho từng nhiệm vụ"
    return f"Bản gốc không ghi {what} cho các nhiệm vụ của nhóm này"


def _is_deadline(text: str, plan: Plan) -> bool:
    from cchc.reading.deadline import DeadlineError, PlanPeriod, parse_deadline

    return any(ch.isdigit() for ch in text) and not isinstance(
        parse_deadline(text, PlanPeriod(plan.period.start, plan.period.end)), DeadlineError)


def _deadline_in_agency_cell(task: Task, plan: Plan) -> tuple[str, str] | None:
    """(the column, the value) when a task with no deadline printed one in its Chủ trì or Phối
    hợp cell."""
    for column, names in (("cơ quan chủ trì", task.lead), ("cơ quan phối hợp", task.support)):
        for name in names:
            if _is_deadline(name, plan):
                return column, name
    return None


def _names_agency(text: str, registry: Registry | None) -> bool:
    return registry is not None and registry.lookup(text) is not None


def _reason(diagnostic: Diagnostic, found: tuple[Section, Task] | None, plan: Plan,
            data: dict[str, Any], text: str, registry: Registry | None) -> str | None:
    code = diagnostic.code
    task = found[1] if found else None
    appendix = _appendix(task, plan) if task is not None else None
    if code == "T001":
        if appendix is not None and lacks_column(appendix.columns, "lead"):
            return "Bảng của bản gốc không có cột cơ quan chủ trì"
        return "Bản gốc không ghi cơ quan chủ trì"
    if code == "T002":
        return "Bản gốc để trống ô Sản phẩm" if appendix is not None else "Bản gốc không ghi sản phẩm"
    if code == "T003":
        misplaced = _deadline_in_agency_cell(task, plan) if task is not None else None
        if misplaced is not None:
            column, value = misplaced
            return (f"Bản gốc lệch ô: thời gian hoàn thành ghi vào ô {column} ({_quoted(value)}), "
                    "ô thời gian hoàn thành để trống; giữ nguyên như bản gốc")
        return ("Bản gốc để trống ô thời gian hoàn thành" if appendix is not None
                else "Bản gốc không ghi thời gian hoàn thành")
    if code == "T004" and task is not None and task.deadline and _names_agency(task.deadline, registry):
        return (f"Bản gốc lệch ô: cột thời gian hoàn thành ghi {_quoted(task.deadline)} (tên cơ quan); "
                "giữ nguyên như bản gốc")
    if code == "T004" and task is not None and task.deadline:
        return f"Bản gốc ghi thời gian {_quoted(task.deadline)}, cchc chưa đọc được thành ngày; giữ nguyên như bản gốc"
    if code == "N001":
        return "Bản gốc đánh số trùng; giữ nguyên như bản gốc"
    if code == "N002":
        return "Bản gốc đánh số như vậy; giữ nguyên như bản gốc"
    if code == "A001":
        name = _written(diagnostic, text)
        if name and _is_deadline(name, plan):
            return f"Bản gốc lệch ô: cột cơ quan ghi {_quoted(name)} (một thời hạn); giữ nguyên như bản gốc"
        return (f"Bản gốc ghi {_quoted(name)}, chưa có trong danh mục cơ quan; giữ nguyên như bản gốc"
                if name else None)
    if code == "U002":
        return "Bản gốc có đoạn gõ bằng bảng mã cũ (TCVN3/VNI); giữ nguyên như bản gốc"
    if code == "D001":
        document = data.get("document", {})
        return "Bản gốc ghi ký hiệu {symbol} cho {type}; giữ nguyên như bản gốc".format(
            symbol=_quoted(str(document.get("symbol", ""))), type=_one_line(str(document.get("type", ""))))
    return None


def _written(diagnostic: Diagnostic, text: str) -> str:
    """The scalar a finding points at, as the YAML text writes it (quotes taken off)."""
    span = diagnostic.span
    lines = text.split("\n")
    if span.line != span.end_line or not 0 < span.line <= len(lines):
        return ""
    raw = lines[span.line - 1][span.column - 1: span.end_column - 1].strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        import json

        try:
            return str(json.loads(raw))
        except ValueError:
            return raw[1:-1]
    return raw
