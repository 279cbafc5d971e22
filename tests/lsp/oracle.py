"""What ``cchc lsp`` should publish, worked out from ``cchc lint --format json`` on the same text:
the same codes and severities, the message and its hint joined as the server joins them, and the
lint's 1-based code-point columns converted to LSP's 0-based UTF-16 positions here, independently
of the server's own conversion (an emoji before a finding is two UTF-16 units, one code point).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from lsprotocol import types

_SEVERITY = {"error": 1, "warning": 2, "info": 3}
_BREAK = re.compile(r"\r\n|\r|\n")


def lsp_lines(text: str) -> list[str]:
    """The lines an LSP client counts (CR, LF and CRLF only), without their endings."""
    return _BREAK.split(text)


def units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def lint_json(root: Path, *paths: str, lang: str | None = None) -> list[dict[str, Any]]:
    """``cchc lint --format json`` run in ``root``: its diagnostics."""
    env = dict(os.environ, CCHC_NO_CACHE="1")
    env.pop("CCHC_LANG", None)
    command = [sys.executable, "-m", "cchc", *(["--lang", lang] if lang else []), "lint", "--format", "json", *paths]
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    return list(json.loads(done.stdout)["diagnostics"])


def expected(diagnostics: list[dict[str, Any]], path: str, text: str, hint_word: str = "gợi ý") -> list[tuple[Any, ...]]:
    """The lint's findings for ``path`` as (code, severity, message, start, end) of LSP diagnostics."""
    lines = lsp_lines(text)

    def position(line: int, column: int) -> tuple[int, int]:
        if line > len(lines):
            return len(lines) - 1, units(lines[-1])
        content = lines[line - 1]
        if line == 1 and content.startswith("\ufeff"):  # cchc lint reads the file without its BOM
            content = content[1:]
            return 0, 1 + units(content[:max(column - 1, 0)])
        return line - 1, units(content[:max(column - 1, 0)])

    found = []
    for d in diagnostics:
        if d["path"] != path:
            continue
        start = position(d["line"], d["column"])
        end = position(d["end_line"], d["end_column"])
        if end <= start:  # an empty span is underlined on one character (the next, if there is one)
            width = units(lines[start[0]])
            end = (start[0], start[1] + 1) if start[1] < width else start
        message = f"{d['message']}\n{hint_word}: {d['hint']}" if d.get("hint") else d["message"]
        found.append((d["code"], _SEVERITY[d["severity"]], message, start, end))
    return sorted(found)


def published(diagnostics: list[types.Diagnostic]) -> list[tuple[Any, ...]]:
    """LSP diagnostics in the shape of :func:`expected`."""
    return sorted((d.code, int(d.severity or 0), d.message, (d.range.start.line, d.range.start.character),
                   (d.range.end.line, d.range.end.character)) for d in diagnostics)


def inside(diagnostics: list[types.Diagnostic], text: str) -> bool:
    """Every range lies within the document (LSP lines and UTF-16 columns)."""
    lines = lsp_lines(text)
    for d in diagnostics:
        for p in (d.range.start, d.range.end):
            if not 0 <= p.line < len(lines) or not 0 <= p.character <= units(lines[p.line]):
                return False
        if (d.range.end.line, d.range.end.character) < (d.range.start.line, d.range.start.character):
            return False
    return True
