"""Diagnostics as values: one frozen type for every problem cchc reports.

Positions are 1-based; ``end_column`` points one past the last character of the offending node
(the SARIF convention). Rules produce :class:`Finding` (where + what); the engine turns findings
into :class:`Diagnostic` by adding the file, the rule code and its severity, so a rule never
decides its own severity and never prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from cchc.base.i18n import N_, render, tr

JsonPath = tuple[str | int, ...]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return tr(_SEVERITY_LABELS[self.value])


_SEVERITY_LABELS = {"error": N_("lỗi"), "warning": N_("cảnh báo"), "info": N_("thông tin")}


@dataclass(frozen=True, order=True)
class Span:
    line: int
    column: int
    end_line: int
    end_column: int

    @staticmethod
    def start_of_file() -> Span:
        return Span(1, 1, 1, 1)


@dataclass(frozen=True)
class Finding:
    """What a rule found: a location in the plan's data (``path``) or an exact ``span``."""

    message: str
    hint: str = ""
    path: JsonPath | None = None
    span: Span | None = None
    key: bool = False  # locate the mapping key at ``path`` instead of its value


@dataclass(frozen=True)
class Diagnostic:
    """A finding of one file. ``message`` and ``hint`` are usually deferred text
    (:class:`cchc.base.i18n.Message`: a message id and its fields); writers show them with
    :func:`cchc.base.i18n.render`, in the output's language."""

    path: str
    span: Span
    code: str
    severity: Severity
    message: str
    hint: str = ""

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    def sort_key(self) -> tuple[Any, ...]:
        return (self.path, self.span.line, self.span.column, self.code, self.message)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "code": self.code,
            "severity": self.severity.value,
            "message": render(self.message),
            "hint": render(self.hint),
        }
