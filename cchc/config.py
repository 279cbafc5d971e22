"""Project configuration: ``cchc.toml`` or the ``[tool.cchc]`` table of ``pyproject.toml``.

Looked up from the working folder upwards (the first file that has cchc settings wins)::

    # cchc.toml                      # or, in pyproject.toml: [tool.cchc]
    plans = "ke-hoach"               # the folder commands read when given no path (default: plans)
    soon = 21                        # days before a due date that count as "sắp đến hạn" (default: 14)
    lang = "en"                      # language of messages: vi (default) or en; --lang and CCHC_LANG win

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
    lang: str | None = None


def _settings(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    except tomllib.TOMLDecodeError as error:
        from cchc.i18n import tr

        raise ConfigProblem(tr("Tệp cấu hình {path} không đúng cú pháp TOML ({error}).", path=path, error=error)) from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("cchc") if isinstance(tool, dict) and isinstance(tool.get("cchc"), dict) else None
    return data


def _find(start: Path | None) -> tuple[dict[str, Any], Path] | None:
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in ("cchc.toml", "pyproject.toml"):
            path = candidate / name
            if not path.is_file():
                continue
            settings = _settings(path)
            if settings is None:
                continue
            return settings, path
    return None


def load_config(start: Path | None = None) -> Config:
    found = _find(start)
    return _build(*found) if found else Config()


def configured_language(start: Path | None = None) -> tuple[str, str] | None:
    """The ``lang`` setting and the file that sets it, read before anything else (the CLI needs
    the language first); a file that cannot be read is reported later by the command."""
    try:
        found = _find(start)
    except (ConfigProblem, OSError):
        return None
    if found is None or not isinstance(found[0].get("lang"), str):
        return None
    return found[0]["lang"], str(found[1])


def _build(settings: dict[str, Any], path: Path) -> Config:
    from cchc.i18n import UnknownLanguage, parse_language, tr

    unknown = set(settings) - {"plans", "soon", "lang"}
    if unknown:
        raise ConfigProblem(tr("Cấu hình {path}: khóa không hợp lệ {keys} (các khóa: plans, soon, lang).",
                               path=path, keys=", ".join(sorted(unknown))))
    plans = settings.get("plans", "plans")
    soon = settings.get("soon", 14)
    lang = settings.get("lang")
    if not isinstance(plans, str) or not isinstance(soon, int) or isinstance(soon, bool) or soon < 0:
        raise ConfigProblem(tr("Cấu hình {path}: plans phải là đường dẫn (chuỗi), soon là số ngày (số nguyên ≥ 0).",
                               path=path))
    if lang is not None:
        try:
            lang = parse_language(str(lang), str(path))
        except UnknownLanguage as problem:
            raise ConfigProblem(problem.message) from None
    base = path.parent
    folder = Path(plans)
    if not folder.is_absolute():
        folder = base / folder
        try:
            folder = folder.relative_to(Path.cwd())
        except ValueError:
            pass
    return Config(folder, soon, path, lang)
