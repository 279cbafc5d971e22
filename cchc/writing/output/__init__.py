"""Output formats for lint results: a name → writer registry behind one signature.

``write(result, stream)``. Machine formats (json, github, sarif) go to stdout; ``text`` is for
people. ``auto`` picks ``github`` inside GitHub Actions, ``text`` elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from types import MappingProxyType
from typing import TextIO

from cchc.checking.lint import LintResult
from cchc.writing.output import github, json_format, sarif, text

Writer = Callable[[LintResult, TextIO], None]

FORMATS: MappingProxyType[str, Writer] = MappingProxyType({
    "text": text.write,
    "json": json_format.write,
    "github": github.write,
    "sarif": sarif.write,
})


def resolve(name: str) -> str:
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name
