"""One place that decides how human output looks: colour only on a terminal and never when
``NO_COLOR`` is set (https://no-color.org), no truncation and a wide page when piped.

It is also the output edge for control characters (issue 18): every human, text-format output
goes through :class:`VisibleStream` or a console from :func:`make_console`, and both show plan
text's and file names' control characters visibly (:func:`cchc.base.text.visible`: ESC as ``\\x1b``),
so nothing read from a plan can move the cursor, clear the screen or recolour a line. Machine
formats (JSON, CSV, YAML, SARIF) are written to the plain stream and keep the data exact."""

from __future__ import annotations

from typing import Any, TextIO

from cchc.base.text import visible


class VisibleStream:
    """A text stream that writes everything through :func:`cchc.base.text.visible`."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(visible(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding…
        if name == "buffer":  # bytes written there would pass unchecked
            raise AttributeError(name)
        return getattr(self.raw, name)


def text_stream(stream: TextIO) -> TextIO:
    """``stream`` for a human, text-format output (idempotent)."""
    return stream if isinstance(stream, VisibleStream) else VisibleStream(stream)  # type: ignore[return-value]


def make_console(stream: TextIO, *, color: bool | None = None, soft_wrap: bool = False) -> Any:
    from rich.console import Console
    from rich.segment import Segment

    class VisibleConsole(Console):
        """Strings (``print`` arguments, table cells) are made visible before layout, so widths
        stay right; every other piece of text (``rich.text.Text`` built by a writer) is made
        visible as it is written. Rich's own styles and control segments are left alone."""

        def render_str(self, text: str, *args: Any, **kwargs: Any) -> Any:
            return super().render_str(visible(text), *args, **kwargs)

        def _render_buffer(self, buffer: Any) -> str:
            return str(super()._render_buffer(
                Segment(text if control else visible(text), style, control) for text, style, control in buffer))

    raw = stream.raw if isinstance(stream, VisibleStream) else stream  # rich writes its own colour codes
    terminal = raw.isatty() if color is None else color
    return VisibleConsole(
        file=raw,
        highlight=False,
        force_terminal=terminal,
        no_color=None if terminal else True,  # None lets rich honour NO_COLOR
        width=None if terminal else 200,
        soft_wrap=soft_wrap,
        emoji=False,
    )
