"""Project configuration: ``cchc.toml`` or the ``[tool.cchc]`` table of ``pyproject.toml``.

Looked up from the working folder upwards (the first file that has cchc settings wins)::

    # cchc.toml                      # or, in pyproject.toml: [tool.cchc]
    plans = "ke-hoach"               # the folder commands read when given no path (default: plans)
    soon = 21                        # days before a due date that count as "sắp đến hạn" (default: 14)

Paths are relative to the file that sets them. Command-line options always win.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class ConfigProblem(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Config:
    plans: Path = Path("plans")
    soon: int = 14
    source: Path | None = None


def _settings(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    except tomllib.TOMLDecodeError as error:
        raise ConfigProblem(f"Tệp cấu hình {path} không đúng cú pháp TOML ({error}).") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("cchc") if isinstance(tool, dict) and isinstance(tool.get("cchc"), dict) else None
    return data


def load_config(start: Path | None = None) -> Config:
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in ("cchc.toml", "pyproject.toml"):
            path = candidate / name
            if not path.is_file():
                continue
            settings = _settings(path)
            if settings is None:
                continue
            return _build(settings, path)
    return Config()


def _build(settings: dict[str, Any], path: Path) -> Config:
    unknown = set(settings) - {"plans", "soon"}
    if unknown:
        raise ConfigProblem(f"Cấu hình {path}: khóa không hợp lệ {', '.join(sorted(unknown))} "
                            "(các khóa: plans, soon).")
    plans = settings.get("plans", "plans")
    soon = settings.get("soon", 14)
    if not isinstance(plans, str) or not isinstance(soon, int) or isinstance(soon, bool) or soon < 0:
        raise ConfigProblem(f"Cấu hình {path}: plans phải là đường dẫn (chuỗi), soon là số ngày (số nguyên ≥ 0).")
    base = path.parent
    folder = Path(plans)
    if not folder.is_absolute():
        folder = base / folder
        try:
            folder = folder.relative_to(Path.cwd())
        except ValueError:
            pass
    return Config(folder, soon, path)
