"""Human output, like a compiler: location, severity, code, message, the source line, a caret."""

from __future__ import annotations

import unicodedata
from typing import TextIO

from cchc.base.diagnostics import Diagnostic
from cchc.base.i18n import render, tr
from cchc.checking.lint import LintResult
from cchc.reading.load import split_lines
from cchc.writing.output.console import make_console

_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}


def _width(text: str) -> int:
    """Display width: combining marks (a decomposed "ệ") take no column of their own."""
    return sum(1 for char in text if not unicodedata.combining(char))


def _caret(d: Diagnostic, line_text: str) -> str:
    start = max(d.span.column - 1, 0)
    if d.span.end_line == d.span.line and d.span.end_column > d.span.column:
        width = _width(line_text[start: d.span.end_column - 1])
    else:
        width = _width(line_text[start:].rstrip())
    return " " * _width(line_text[:start]) + "^" + "~" * max(min(width, 200) - 1, 0)


LINE_LIMIT = 300  # characters of a source line shown in full; a longer one is shown as a window
_BEFORE = 60  # characters of a long line shown before the finding's column


def _source_and_caret(d: Diagnostic, line_text: str) -> tuple[str, str]:
    """The source line and the caret under it. A line longer than :data:`LINE_LIMIT` (a whole
    plan pasted onto one line, a flow list of thousands of items) is shown as a window of that
    many characters around the column, "…" marking each cut end, and the caret is cut at the
    window's end: every finding on it costs a few hundred characters, not the line's size."""
    if len(line_text) <= LINE_LIMIT:
        return line_text, _caret(d, line_text)
    start = min(max(d.span.column - 1, 0), len(line_text))
    first = max(min(start - _BEFORE, len(line_text) - LINE_LIMIT), 0)
    last = first + LINE_LIMIT
    window = ("…" if first else "") + line_text[first:last] + ("…" if last < len(line_text) else "")
    shift = first - (1 if first else 0)  # the window's column 1 is the line's column first + 1, less the "…"
    span = d.span
    end_column = span.end_column if span.end_line == span.line else len(line_text) + 1
    moved = Diagnostic(d.path, type(span)(1, span.column - shift, 1, min(end_column, last + 1) - shift), d.code,
                       d.severity, "")
    return window, _caret(moved, window)


def write(result: LintResult, stream: TextIO, *, color: bool | None = None) -> None:
    from rich.markup import escape

    console = make_console(stream, color=color, soft_wrap=True)
    texts = {f.path: f.text for f in result.files}
    sources: dict[str, list[str]] = {}
    for d in result.diagnostics:
        if d.path not in sources:
            sources[d.path] = split_lines(texts.get(d.path, ""))
        lines = sources[d.path]
        style = _STYLE[d.severity.value]
        console.print(
            f"[bold]{escape(d.path)}:{d.span.line}:{d.span.column}:[/bold] "
            f"[{style}]{d.severity.label}[/{style}] [dim]\\[{d.code}][/dim] {escape(render(d.message))}"
        )
        if 0 < d.span.line <= len(lines):
            line_text, caret = _source_and_caret(d, lines[d.span.line - 1].replace("\t", " "))
            gutter = f"{d.span.line:>5} │ "
            console.print(f"[dim]{gutter}[/dim]{escape(line_text)}")
            console.print(f"[dim]{' ' * (len(gutter) - 2)}│ [/dim][{style}]{caret}[/{style}]")
        if d.hint:
            console.print(f"      [cyan]= {tr('gợi ý')}:[/cyan] {escape(render(d.hint))}")
        console.print()
    console.print(
        tr("Đã kiểm tra {count} tệp", count=len(result.files)) + ": "
        + tr("{n} lỗi", n=f"[bold]{result.errors}[/bold]", count=result.errors) + ", "
        + tr("{n} cảnh báo", n=f"[bold]{result.warnings}[/bold]", count=result.warnings)
        + (", " + tr("{count} bỏ qua có lý do", count=result.suppressed) if result.suppressed else "") + "."
    )
