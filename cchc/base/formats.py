"""Output formats by name: one registry per output kind (lint results, the status table, a plan
document…), from which the writer is picked and a command's ``--format`` choices and help are built.

A registry names each writer ``"module:function"`` and imports it only when it is used: building
the command line (``cchc --help``) imports no writer and none of the heavy libraries they use.
The writers of one kind share one signature, stated where the registry is declared
(:mod:`cchc.writing.formats`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Formats:
    """Writers of one output kind: format name → ``"module:function"``, in the order help lists them."""

    writers: Mapping[str, str]
    files: tuple[str, ...] = ()  # formats that are only written to a file (``-o`` required): docx, pdf…

    def __post_init__(self) -> None:
        object.__setattr__(self, "writers", MappingProxyType(dict(self.writers)))
        unknown = set(self.files) - set(self.writers)
        if unknown:
            raise ValueError(f"files names formats that have no writer: {sorted(unknown)}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.writers)

    def __iter__(self) -> Iterator[str]:
        return iter(self.writers)

    def __contains__(self, name: object) -> bool:
        return name in self.writers

    def writer(self, name: str) -> Callable[..., Any]:
        """The writer of format ``name`` (imported now); KeyError for a name not registered."""
        module, _, function = self.writers[name].partition(":")
        found: Callable[..., Any] = getattr(importlib.import_module(module), function)
        return found

    def listing(self, separator: str = ", ") -> str:
        """The names as help lists them: ``table, json, csv, markdown``."""
        return separator.join(self.writers)
