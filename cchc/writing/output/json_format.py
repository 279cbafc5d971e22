"""The JSON contract: ``{"version": 1, "summary": {...}, "diagnostics": [...]}``.

Fields of the contract (kept stable for scripts): summary.files/errors/warnings and, per
diagnostic, path, line, column, end_line, end_column, code, severity, message, hint. Fields may
be added, never renamed.
"""

from __future__ import annotations

import json
from typing import TextIO

from cchc.checking.lint import LintResult, summary


def document(result: LintResult) -> dict[str, object]:
    return {
        "version": 1,
        "summary": summary(result),
        "diagnostics": [d.to_json() for d in result.diagnostics],
    }


def write(result: LintResult, stream: TextIO) -> None:
    json.dump(document(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
