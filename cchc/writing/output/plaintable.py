"""A streaming box-drawing table for output that is not a terminal (a file, a pipe, CI logs).

rich lays out a whole table before printing its first line and measures every cell several
times; on a 10,000-task plan that is most of ``cchc status``'s run time. When nobody will see
colours, this writer draws the same kind of table line by line: column widths come from the
content (capped so the table fits ``width``), long text wraps at word boundaries and words
longer than a column are folded. Text is NFC, where one code point is one column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Column:
    header: str
    ratio: int = 0  # 0: as wide as its widest cell; n: shares the free width in proportion n
    min_width: int = 0
    right: bool = False
    no_wrap: bool = False


Row = Sequence[str]
SECTION = None  # a rule between groups of rows


def _widths(columns: Sequence[Column], rows: Sequence[Row | None], width: int) -> list[int]:
    natural = [len(c.header) for c in columns]
    for row in rows:
        if row is None:
            continue
        for index, cell in enumerate(row):
            longest = len(cell) if "\n" not in cell else max(len(part) for part in cell.split("\n"))
            if longest > natural[index]:
                natural[index] = longest
    widths = [max(n, c.min_width) if not c.ratio else 0 for n, c in zip(natural, columns, strict=True)]
    # Borders: "│ " before each column, " " after, and the closing "│".
    free = width - sum(widths) - 3 * len(columns) - 1
    ratios = [c.ratio for c in columns]
    total = sum(ratios)
    if total:
        flexible = [i for i, r in enumerate(ratios) if r]
        for i in flexible:
            share = max(columns[i].min_width, free * ratios[i] // total if free > 0 else 0)
            widths[i] = max(1, min(share, max(natural[i], columns[i].min_width)))
        # Give what a short column did not use to the others, in ratio order.
        spare = free - sum(widths[i] for i in flexible)
        for i in sorted(flexible, key=lambda i: -ratios[i]):
            if spare <= 0:
                break
            extra = min(spare, natural[i] - widths[i])
            if extra > 0:
                widths[i] += extra
                spare -= extra
    return widths


def _wrap(cell: str, width: int, no_wrap: bool) -> list[str]:
    if no_wrap or len(cell) <= width and "\n" not in cell:
        return [cell]
    lines: list[str] = []
    for part in cell.split("\n"):
        lines.extend(_wrap_line(part, width))
    return lines


def _wrap_line(text: str, width: int) -> list[str]:
    """Greedy word wrap, the way textwrap does it for this case but with one regular expression
    (C speed): each line takes as many whole words as fit; a word longer than the column is folded."""
    words = " ".join(text.split())
    if not words:
        return [""]
    return [line.rstrip() for line in _line_pattern(width).findall(words)]


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    return re.compile(rf"(?:.{{1,{width}}}(?: +|$)|\S{{{width}}})")


def _line(left: str, fill: str, middle: str, right: str, widths: Sequence[int]) -> str:
    return left + middle.join(fill * (w + 2) for w in widths) + right


def render(columns: Sequence[Column], rows: Iterable[Row | None], *, width: int = 200,
           title: str = "") -> Iterator[str]:
    """The table's lines (without newlines). ``None`` in ``rows`` draws a section rule. Control
    characters in cells and title are shown visibly (:func:`cchc.base.text.visible`) before widths are
    measured: this table is an output edge (its bytes are also cached and printed as they are)."""
    from cchc.base.text import visible

    materialised = [None if row is None else [visible(cell) for cell in row] for row in rows]
    title = visible(title)
    widths = _widths(columns, materialised, width)
    if title:
        yield title
    yield _line("┏", "━", "┳", "┓", widths)
    yield "┃" + "┃".join(" " + _pad(c.header, w, c.right) + " " for c, w in zip(columns, widths, strict=True)) + "┃"
    yield _line("┡", "━", "╇", "┩", widths)
    last = len(materialised) - 1
    pads = [str.rjust if c.right else str.ljust for c in columns]
    for position, row in enumerate(materialised):
        if row is None:
            if 0 < position < last:
                yield _line("├", "─", "┼", "┤", widths)
            continue
        cells = [_wrap(cell, w, c.no_wrap) for cell, w, c in zip(row, widths, columns, strict=True)]
        height = max(len(c) for c in cells)
        if height == 1:
            yield "│ " + " │ ".join(pad(cell[0], w) for cell, w, pad in zip(cells, widths, pads, strict=True)) + " │"
            continue
        columns_lines = [[pad(text, w) for text in cell] + [" " * w] * (height - len(cell))
                         for cell, w, pad in zip(cells, widths, pads, strict=True)]
        for line in zip(*columns_lines, strict=True):
            yield "│ " + " │ ".join(line) + " │"
    yield _line("└", "─", "┴", "┘", widths)


def _pad(text: str, width: int, right: bool) -> str:
    return text.rjust(width) if right else text.ljust(width)
