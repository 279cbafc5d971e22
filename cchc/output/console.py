"""One place that decides how human output looks: colour only on a terminal and never when
``NO_COLOR`` is set (https://no-color.org), no truncation and a wide page when piped."""

from __future__ import annotations

from typing import Any, TextIO


def make_console(stream: TextIO, *, color: bool | None = None, soft_wrap: bool = False) -> Any:
    from rich.console import Console

    terminal = stream.isatty() if color is None else color
    return Console(
        file=stream,
        highlight=False,
        force_terminal=terminal,
        no_color=None if terminal else True,  # None lets rich honour NO_COLOR
        width=None if terminal else 200,
        soft_wrap=soft_wrap,
        emoji=False,
    )
