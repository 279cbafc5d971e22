"""What every rule receives: the file's located data, its model and its agency registry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from cchc.agencies import Registry
from cchc.load import LoadedYaml
from cchc.model import Plan


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
    def strings(self) -> tuple[tuple[tuple[str | int, ...], str], ...]:
        """Every string in the data with its path, collected once for all the text rules."""
        return tuple(walk_strings(self.data))


def walk_strings(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string in the data (keys excluded), with its JSON path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk_strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk_strings(item, (*path, index))
