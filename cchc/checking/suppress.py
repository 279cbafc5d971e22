"""Inline suppressions: ``# cchc: ignore[CODE,CODE] reason``.

A suppression covers diagnostics that start on its line (a comment alone on a line applies to
the next line) and, when its line opens a block (a list
item, or a key whose value spans further lines), every diagnostic inside that block. A reason is
required; a suppression that covers nothing, names an unknown code or gives no reason is itself
reported (codes Q001–Q003), and those reports cannot be suppressed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc.reading.load import LoadedYaml

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
        found.append(Suppression(number, start + 1, len(line.rstrip()) + 1, codes,
                                 match.group("reason").strip(), last_line, False, target))
    return found
