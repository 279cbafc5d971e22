"""cchc spans (1-based lines, 1-based columns in code points) ↔ LSP ranges (0-based lines,
columns in the position encoding the client and server agreed on: UTF-16 code units unless the
client offers another). Vietnamese letters in NFC are one UTF-16 unit each, but a plan may hold
an emoji or a character outside the Basic Multilingual Plane, so columns are always converted."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec, ServerTextPosition

from cchc.base.diagnostics import Span

_BOM = "\ufeff"  # a byte-order mark the client kept: cchc reads the text without it (as cchc lint reads a file)


def _position(lines: Sequence[str], codec: PositionCodec, line: int, column: int) -> types.Position:
    """The LSP position of 1-based ``line``/``column`` (a line past the end is the end of the text)."""
    if line == 1 and lines and lines[0].startswith(_BOM):
        column += 1
    if line > len(lines):
        last = len(lines) - 1
        if last < 0:
            return types.Position(0, 0)
        return codec.position_to_client_units(lines, ServerTextPosition(last, len(lines[last].rstrip("\r\n"))))
    text = lines[line - 1].rstrip("\r\n") if line >= 1 else ""
    character = max(0, min(column - 1, len(text)))
    return codec.position_to_client_units(lines, ServerTextPosition(max(line - 1, 0), character))


def to_range(lines: Sequence[str], span: Span, codec: PositionCodec | None = None) -> types.Range:
    """The LSP range of a cchc span. An empty span (a missing key reported at its mapping's
    start, a whole-file finding at 1:1) covers at least one character, so the editor can
    underline it."""
    codec = codec or PositionCodec()
    start = _position(lines, codec, span.line, span.column)
    end = _position(lines, codec, span.end_line, span.end_column)
    if (end.line, end.character) <= (start.line, start.character):
        line = lines[start.line].rstrip("\r\n") if start.line < len(lines) else ""
        if start.character < codec.client_num_units(line):
            end = types.Position(start.line, start.character + 1)
        else:
            end = types.Position(start.line, start.character)
    return types.Range(start, end)


def from_position(lines: Sequence[str], position: types.Position, codec: PositionCodec | None = None) -> tuple[int, int]:
    """The 1-based line and column (in code points) of an LSP position."""
    codec = codec or PositionCodec()
    if not lines:
        return 1, 1
    server = codec.position_from_client_units(lines, types.Position(position.line, position.character))
    if server.line == 0 and lines[0].startswith(_BOM):
        return 1, max(server.character, 1)
    return server.line + 1, server.character + 1
