"""``cchc areas``: the administrative-reform areas (the codes of the ``area`` key)."""

from __future__ import annotations

import typer


def areas() -> None:
    """Liệt kê các lĩnh vực cải cách hành chính (mã dùng trong khóa area)."""
    from cchc.deriving.areas import AREAS

    for area in AREAS:
        typer.echo(f"{area.code:<20} {area.label()}")
