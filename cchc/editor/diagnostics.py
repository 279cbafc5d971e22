"""Diagnostics in the editor: the lint findings of an analysis as LSP diagnostics, and when to
publish them.

Words: the same as ``cchc lint`` (message, then ``gợi ý: …`` on its own line), rendered in the
server's language; a file's findings are bounded per code as the lint writers bound them
(:func:`cchc.checking.bounds.per_code`). ``data`` carries the code's message id and fields, for
the code actions.

When: :class:`Publisher` runs the pipeline after a change, a save or an open, one analysis at a
time in a worker thread (the server goes on answering hovers and completions meanwhile). Changes
that arrive while a document waits or is being checked are folded into one more run on the
newest text, so a burst of typing costs at most two analyses and the last one always runs. The
first run waits :data:`DELAY` (so the keystrokes of one word are one analysis); the diagnostics
of an edit are published within that delay plus one analysis.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from cchc.base.diagnostics import Diagnostic, Severity
from cchc.base.i18n import Message, render, tr
from cchc.checking.bounds import per_code
from cchc.editor.positions import to_range
from cchc.editor.session import Analysis

DELAY = 0.03  # seconds from the first change of a burst to its analysis

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def _plain(value: Any) -> Any:
    """A message field as JSON (deferred text rendered)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return render(value) if isinstance(value, str) else value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return render(value)


def to_lsp(diagnostic: Diagnostic, lines: Sequence[str], codec: PositionCodec | None = None) -> types.Diagnostic:
    message = render(diagnostic.message)
    hint = render(diagnostic.hint) if diagnostic.hint else ""
    text = f"{message}\n{tr('gợi ý')}: {hint}" if hint else message
    data: dict[str, Any] = {"hint": hint}  # for the code actions: what the message was made from
    if isinstance(diagnostic.message, Message):
        data["message_id"] = diagnostic.message.msgid
        data["fields"] = {k: _plain(v) for k, v in diagnostic.message.params.items()}
    if isinstance(diagnostic.hint, Message):
        data["hint_id"] = diagnostic.hint.msgid
        data["hint_fields"] = {k: _plain(v) for k, v in diagnostic.hint.params.items()}
    return types.Diagnostic(
        range=to_range(lines, diagnostic.span, codec),
        message=text,
        severity=_SEVERITY[diagnostic.severity],
        code=diagnostic.code,
        source="cchc",
        data=data,
    )


def lsp_diagnostics(analysis: Analysis, codec: PositionCodec | None = None) -> list[types.Diagnostic]:
    """What to publish for an analysis: nothing for a YAML file that is not cchc's."""
    if not analysis.relevant:
        return []
    lines = analysis.lines
    return [to_lsp(d, lines, codec) for d in per_code(analysis.result.diagnostics)]


class Publisher:
    """Runs analyses and publishes their diagnostics (see the module docstring)."""

    def __init__(self, analyse: Callable[[str], Analysis | None], publish: Callable[[Analysis], None],
                 delay: float = DELAY) -> None:
        self.analyse, self.publish, self.delay = analyse, publish, delay
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cchc-analysis")
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.dirty: set[str] = set()
        self.last: dict[str, float] = {}  # when each document's last diagnostics were published

    def schedule(self, uri: str, delay: float | None = None) -> None:
        """Check ``uri`` soon (its newest text, whatever arrives before the check starts)."""
        running = self.tasks.get(uri)
        if running is not None and not running.done():
            self.dirty.add(uri)
            return
        self.tasks[uri] = asyncio.ensure_future(self._run(uri, self.delay if delay is None else delay))

    def cancel(self, uri: str) -> None:
        task = self.tasks.pop(uri, None)
        if task is not None:
            task.cancel()
        self.dirty.discard(uri)

    async def _run(self, uri: str, delay: float) -> None:
        loop = asyncio.get_running_loop()
        if delay:
            await asyncio.sleep(delay)
        while True:
            self.dirty.discard(uri)
            analysis = await loop.run_in_executor(self.executor, self.analyse, uri)
            if analysis is not None:
                self.publish(analysis)
                self.last[uri] = time.monotonic()
            if uri not in self.dirty:
                return

    def close(self) -> None:
        for task in self.tasks.values():
            task.cancel()
        self.executor.shutdown(wait=False, cancel_futures=True)
