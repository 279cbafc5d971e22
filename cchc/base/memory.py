"""The garbage-collector policy of a cchc run, in one place.

Reading plans creates hundreds of thousands of small objects (YAML nodes, the plan models, the
records), none of them in a reference cycle, and a run keeps most of them to its end: every
collection of the cycle collector would walk them all again (that made a 10,000-task plan load
2.5 times slower, and on 2,000 plans the walking took longer than drawing the status table).
Reference counting still frees them. So a command run — the CLI at start-up, and each worker
process of the read stage — switches the cycle collector off once, for its whole (short) life.
Code called as a library keeps Python's default.

A long-running process (``cchc lsp``) cannot live without the collector: it switches it back on
(:func:`collect_normally`) and pauses it only while it reads a file (:func:`paused`), the same
burst of acyclic objects a command run makes. What it keeps of a large file (the 3 million
objects of a 10,000-task plan's analysis) it moves out of the collector's sight
(:func:`keep_out_of_collections`): otherwise the next full collection walks them all, a pause of
most of a second at whatever moment it falls, in whichever thread.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_pauses = 0
_lock = threading.Lock()


def collect_rarely() -> None:
    """Switch the cycle collector off for the rest of this process (a command run)."""
    gc.disable()


def collect_normally() -> None:
    """Switch the cycle collector back on (a long-running server, after the CLI switched it off)."""
    gc.enable()


def keep_out_of_collections() -> None:
    """Leave every object alive now out of later collections (:func:`gc.freeze`). Reference
    counting still frees them when they are dropped; a reference cycle among them is not
    collected until :func:`collect_everything_again`."""
    gc.freeze()


def collect_everything_again() -> None:
    """Undo :func:`keep_out_of_collections`: the next full collection sees every object again."""
    gc.unfreeze()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No cycle collection while the block runs (in any thread); the collector is on again when
    the last paused block ends, if it was on before the first began."""
    global _pauses
    with _lock:
        if _pauses == 0:
            paused.was_enabled = gc.isenabled()  # type: ignore[attr-defined]
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and paused.was_enabled:  # type: ignore[attr-defined]
                gc.enable()


paused.was_enabled = True  # type: ignore[attr-defined]
