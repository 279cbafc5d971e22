"""What every rule receives: the file's located data, its model and its agency registry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from cchc.reading.agencies import Registry
from cchc.reading.load import LoadedYaml
from cchc.reading.model import Plan

# A backslash followed by anything but a quote, a backslash, a slash, a space, t, n or r (which
# make only those characters): \x.., \u...., \N, \0, a backslash ending a line…
_MAKING_ESCAPE = re.compile(r'\\[^"\\/ tnr]')


@dataclass(frozen=True)
class Context:
    path: str
    loaded: LoadedYaml
    plan: Plan | None = None
    registry: Registry | None = None
    registry_path: str | None = None
    registry_problem: str | None = None

    @property
    def data(self) -> Any:
        return self.loaded.data

    @cached_property
    def escapes(self) -> bool:
        """Whether the file may hold a backslash escape that makes a character (``"\\u0301"``,
        ``"\\x01"``) or joins two lines without a space. Without one, every string of the data is
        made of pieces of the file's text joined by spaces or line breaks, so a text rule that
        finds nothing in the whole text finds nothing in any string and need not walk them."""
        text = self.loaded.text
        return "\\" in text and _MAKING_ESCAPE.search(text) is not None

    @cached_property
    def strings(self) -> tuple[tuple[tuple[str | int, ...], str], ...]:
        """Every string in the data with its path, collected once for all the text rules."""
        return tuple(walk_strings(self.data))


def walk_strings(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string in the data (keys excluded), with its JSON path, in document order."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [(path, value)]
    pop, push = stack.pop, stack.append
    while stack:
        where, item = pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            for key, child in reversed(item.items()):
                push(((*where, key), child))
        elif isinstance(item, list):
            for index in range(len(item) - 1, -1, -1):
                push(((*where, index), item[index]))
