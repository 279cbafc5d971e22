"""(being written)"""

from __future__ import annotations

from typing import Any


def register(server: Any, state: Any) -> None:
    """Nothing yet."""
