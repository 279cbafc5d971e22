"""Output formats for lint results: the writers of :data:`cchc.writing.formats.LINT`, by name, behind
one signature: ``write(result, stream)``. Machine formats (json, github, sarif) go to stdout; ``text`` is for
people. ``auto`` picks ``github`` inside GitHub Actions, ``text`` elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import MappingProxyType
from typing import TextIO

from cchc.checking.lint import LintResult
from cchc.writing.formats import LINT

Writer = Callable[[LintResult, TextIO], None]

FORMATS: MappingProxyType[str, Writer] = MappingProxyType({name: LINT.writer(name) for name in LINT})


def resolve(name: str) -> str:
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name
