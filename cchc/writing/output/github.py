"""GitHub Actions workflow commands: each diagnostic becomes an annotation on its line."""

from __future__ import annotations

from typing import TextIO

from cchc.base.i18n import render, tr
from cchc.checking.lint import LintResult
from cchc.checking.rules import RULES

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write(result: LintResult, stream: TextIO) -> None:
    for d in result.diagnostics:
        name = tr(RULES[d.code].TITLE) if d.code in RULES else d.code
        properties = ",".join([
            f"file={_escape_property(d.path)}",
            f"line={d.span.line}",
            f"col={d.span.column}",
            f"endLine={d.span.end_line}",
            f"endColumn={d.span.end_column}",
            f"title={_escape_property(f'{d.code} {name}')}",
        ])
        message = render(d.message) + ("\n" + tr("Gợi ý: {hint}", hint=render(d.hint)) if d.hint else "")
        stream.write(f"::{_COMMAND[d.severity.value]} {properties}::{_escape_data(message)}\n")
    stream.write(
        "cchc: " + ", ".join([tr("{count} tệp", count=len(result.files)),
                              tr("{n} lỗi", n=result.errors, count=result.errors),
                              tr("{n} cảnh báo", n=result.warnings, count=result.warnings),
                              tr("{count} bỏ qua có lý do", count=result.suppressed)]) + ".\n"
    )
