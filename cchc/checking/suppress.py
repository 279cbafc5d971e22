"""Inline suppressions: ``# cchc: ignore[CODE,CODE] reason``.

A suppression covers diagnostics that start on its line (a comment alone on a line applies to
the next line) and, when its line opens a block (a list
item, or a key whose value spans further lines), every diagnostic inside that block. A reason is
required; a suppression that covers nothing, names an unknown code or gives no reason is itself
reported (codes Q001–Q003), and those reports cannot be suppressed. The reason placeholder the
editor's "suppress" action writes (:data:`REASON_PLACEHOLDER`, ``<lý do>``) is no reason: left as
it is, it is reported like a missing one (Q001), so a suppression never passes with a reason nobody
wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc.reading.load import LoadedYaml

#: What the editor writes where the reason goes, for the user to replace (``cchc lsp``'s code action).
REASON_PLACEHOLDER = "<lý do>"

_SUPPRESSION = re.compile(r"^#\s*cchc\s*:\s*ignore\s*(\[(?P<codes>[^\]]*)\])?\s*(?P<reason>.*)$")
_LOOSE = re.compile(r"^#\s*cchc\s*:", re.IGNORECASE)
_SOMEWHERE = re.compile(_LOOSE.pattern.removeprefix("^"), re.IGNORECASE)  # a line without it holds none


@dataclass(frozen=True)
class Suppression:
    line: int
    column: int
    end_column: int
    codes: tuple[str, ...]
    reason: str
    last_line: int  # last line covered (the block's end when the line opens a block)
    malformed: bool = False
    first_line: int = 0  # first line covered: this line, or the next one for a comment-only line
    placeholder: bool = False  # the reason is the editor's placeholder, never replaced (reason is "")

    def covers(self, line: int) -> bool:
        return (self.first_line or self.line) <= line <= self.last_line


def parse_suppressions(loaded: LoadedYaml) -> list[Suppression]:
    """Every ``# cchc:`` comment of a loaded file (text inside YAML scalars is never a comment)."""
    found: list[Suppression] = []
    lines = loaded.lines
    for number, line in enumerate(lines, start=1):
        if "#" not in line or _SOMEWHERE.search(line) is None:
            continue
        start = loaded.comment_column(number)
        if start is None:
            continue
        comment = line[start:].rstrip()
        if not _LOOSE.match(comment):
            continue
        match = _SUPPRESSION.match(comment)
        target = number
        if not line[:start].strip():  # a comment on its own line applies to the next content line
            target = next((n for n in range(number + 1, len(lines) + 1)
                           if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")),
                          number)
        last_line = loaded.block_end(target)
        if not match or match.group("codes") is None:
            found.append(Suppression(number, start + 1, len(line) + 1, (), "", last_line, True, target))
            continue
        codes = tuple(c.strip().upper() for c in match.group("codes").split(",") if c.strip())
        reason = match.group("reason").strip()
        placeholder = reason == REASON_PLACEHOLDER
        found.append(Suppression(number, start + 1, len(line.rstrip()) + 1, codes,
                                 "" if placeholder else reason, last_line, False, target, placeholder))
    return found
