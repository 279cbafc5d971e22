"""The one place where cchc reads the bytes of a plan, report or agency registry.

Every stage that needs a file's content gets it from :func:`read_bytes` (the read stage reads
each file once per run and hands the bytes on, so what a cache entry is keyed by is exactly what
its answer was computed from). A test counts the calls to prove that a run reads each file once.
"""

from __future__ import annotations

from pathlib import Path


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``; OSError when it cannot be read."""
    return path.read_bytes()
