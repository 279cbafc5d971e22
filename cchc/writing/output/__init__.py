"""Output formats for lint results: the writers of :data:`cchc.writing.formats.LINT`, by name, behind
one signature: ``write(result, stream)``. Machine formats (json, github, sarif) go to stdout; ``text`` is for
people. ``auto`` picks ``github`` inside GitHub Actions, ``text`` elsewhere.
Every writer lists at most 200 findings of a code per file (:func:`cchc.checking.bounds.listed`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import MappingProxyType
from typing import Any, TextIO

from cchc.checking.bounds import listed
from cchc.checking.lint import LintResult
from cchc.writing.formats import LINT

Writer = Callable[[LintResult, TextIO], None]


def _bounded(write: Callable[..., None]) -> Writer:
    def bounded_write(result: LintResult, stream: TextIO, **options: Any) -> None:
        write(listed(result), stream, **options)

    bounded_write.__doc__ = write.__doc__
    return bounded_write


FORMATS: MappingProxyType[str, Writer] = MappingProxyType({name: _bounded(LINT.writer(name)) for name in LINT})


def resolve(name: str) -> str:
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name
