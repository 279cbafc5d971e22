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

A large plan takes most of a second to check in full, so an edit inside one of its tasks is
first checked by the quick pass (:mod:`cchc.editor.incremental`: that task alone, merged into
the last full result), in a thread of its own so it never waits behind a full analysis, and
published at once; the full analysis follows and its result replaces the quick one.
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
QUICK_FIRST = 0.25  # seconds a full analysis waits at most for the quick pass of the same edit to end

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
    """Runs analyses and publishes their diagnostics (see the module docstring).

    ``quick``: the quick pass after an edit (:meth:`cchc.editor.session.Session.quick`), run in a
    thread of its own so that it never waits behind a full analysis; its result is published only
    while it is the newest (a full analysis of the same or a later version replaces it)."""

    def __init__(self, analyse: Callable[[str], Analysis | None], publish: Callable[[Analysis], None],
                 delay: float = DELAY, quick: Callable[[str], Analysis | None] | None = None) -> None:
        self.analyse, self.publish, self.delay, self.quick = analyse, publish, delay, quick
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cchc-analysis")
        self.fast = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cchc-quick")
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.quick_tasks: dict[str, asyncio.Task[None]] = {}
        self.dirty: set[str] = set()
        self.quick_running: set[str] = set()
        self.quick_dirty: set[str] = set()
        self.last: dict[str, float] = {}  # when each document's last diagnostics were published
        self.shown: dict[str, int] = {}  # the version of each document's last published diagnostics

    def schedule(self, uri: str, delay: float | None = None, edited: bool = False) -> None:
        """Check ``uri`` soon (its newest text, whatever arrives before the check starts);
        ``edited``: after an edit, with a quick pass first when there is one."""
        if edited and self.quick is not None:
            waiting = self.quick_tasks.get(uri)
            if waiting is None or waiting.done():
                self.quick_tasks[uri] = asyncio.ensure_future(self._quick(uri, self.delay if delay is None else delay))
            elif uri in self.quick_running:
                self.quick_dirty.add(uri)
        running = self.tasks.get(uri)
        if running is not None and not running.done():
            self.dirty.add(uri)
            return
        self.tasks[uri] = asyncio.ensure_future(self._run(uri, self.delay if delay is None else delay))

    def cancel(self, uri: str) -> None:
        for tasks in (self.tasks, self.quick_tasks):
            task = tasks.pop(uri, None)
            if task is not None:
                task.cancel()
        self.dirty.discard(uri)
        self.quick_dirty.discard(uri)
        self.shown.pop(uri, None)

    def _show(self, analysis: Analysis, full: bool) -> None:
        """Publish unless something newer was: a quick result after the full one of its version,
        or anything older than what the editor shows."""
        version = -1 if analysis.version is None else analysis.version
        shown = self.shown.get(analysis.uri)
        if shown is not None and (version < shown or (version == shown and not full)):
            return
        self.shown[analysis.uri] = version
        self.publish(analysis)
        self.last[analysis.uri] = time.monotonic()

    async def _run(self, uri: str, delay: float) -> None:
        loop = asyncio.get_running_loop()
        if delay:
            await asyncio.sleep(delay)
        while True:
            quick = self.quick_tasks.get(uri)
            if quick is not None and not quick.done():  # let the quick pass run alone (a few ms), not beside this one
                await asyncio.wait([quick], timeout=QUICK_FIRST)
            self.dirty.discard(uri)
            analysis = await loop.run_in_executor(self.executor, self.analyse, uri)
            if analysis is not None:
                self._show(analysis, True)
            if uri not in self.dirty:
                return

    async def _quick(self, uri: str, delay: float) -> None:
        """One quick pass on the newest text once the delay is over (edits arriving meanwhile are
        in it; an edit arriving while it runs starts the next one)."""
        assert self.quick is not None
        if delay:
            await asyncio.sleep(delay)
        loop = asyncio.get_running_loop()
        while True:
            self.quick_dirty.discard(uri)
            self.quick_running.add(uri)
            try:
                found = await loop.run_in_executor(self.fast, self.quick, uri)
            finally:
                self.quick_running.discard(uri)
            if found is not None:
                self._show(found, False)
            if uri not in self.quick_dirty:
                return

    def close(self) -> None:
        for task in [*self.tasks.values(), *self.quick_tasks.values()]:
            task.cancel()
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.fast.shutdown(wait=False, cancel_futures=True)
