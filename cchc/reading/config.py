"""Project configuration: ``cchc.toml`` or the ``[tool.cchc]`` table of ``pyproject.toml``.

Looked up from the working folder upwards (the first file that has cchc settings wins)::

    # cchc.toml                      # or, in pyproject.toml: [tool.cchc]
    plans = "ke-hoach"               # the folder commands read when given no path (default: plans)
    soon = 21                        # days before a due date that count as "sắp đến hạn" (default: 14)
    lang = "en"                      # language of messages: vi (default) or en; --lang and CCHC_LANG win
    as_of = 2021-07-01               # the date deadlines are judged against (default: today); --as-of wins

Paths are relative to the file that sets them. Command-line options always win.

Without a setting, the plans folder is found the way git finds its repository: from the working
folder upwards, the first folder that holds a ``plans/`` folder, stopping at the git repository's
root (a folder holding ``.git``); so ``cchc status`` works from ``plans/quang-nam/`` or any other
folder inside the repository. The folder is named relative to the working folder (``..``,
``../../plans``), so that every path printed is one the user can type where they are.
"""

from __future__ import annotations

import datetime as dt
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
    as_of: dt.date | None = None  # "tính đến ngày" of the workspace (cchc lsp's hovers, --as-of's default)


def _settings(path: Path) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    except tomllib.TOMLDecodeError as error:
        from cchc.base.i18n import tr

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
    if found:
        return _build(*found)
    root = find_root(start)
    return Config(_shown(root / "plans", root)) if root is not None else Config()


def find_root(start: Path | None = None) -> Path | None:
    """The folder that holds the plans folder: from ``start`` (the working folder) upwards, the
    first that has a ``plans/`` folder, not going above the git repository's root; the
    repository's root itself when no folder up to it has one; None outside a repository with no
    ``plans/`` folder above."""
    folder = (start or Path.cwd()).absolute()
    for candidate in (folder, *folder.parents):
        if (candidate / "plans").is_dir():
            return candidate
        if (candidate / ".git").exists():
            return candidate
    return None


def _shown(folder: Path, anchor: Path) -> Path:
    """``folder`` (inside ``anchor``, the folder found from the working folder) as the user would
    name it from the working folder: relative (``..``, ``../../plans``) when the working folder is
    inside ``anchor``, else relative when below the working folder, else absolute."""
    import os

    cwd = Path.cwd()
    if cwd == anchor or anchor in cwd.parents:
        try:
            return Path(os.path.relpath(folder, cwd))
        except ValueError:  # another drive (Windows)
            return folder
    try:
        return folder.relative_to(cwd)
    except ValueError:
        return folder


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
    from cchc.base.i18n import UnknownLanguage, parse_language, tr

    unknown = set(settings) - {"plans", "soon", "lang", "as_of"}
    if unknown:
        raise ConfigProblem(tr("Cấu hình {path}: khóa không hợp lệ {keys} (các khóa: plans, soon, lang, as_of).",
                               path=path, keys=", ".join(sorted(unknown))))
    as_of = _date_setting(settings.get("as_of"), path)
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
    folder = Path(plans)
    _confine(path, folder)
    if not folder.is_absolute():
        folder = _shown(path.parent.absolute() / folder, path.parent.absolute())
    return Config(folder, soon, path, lang, as_of)


def _date_setting(value: Any, path: Path) -> dt.date | None:
    """``as_of``: a TOML date (``as_of = 2021-07-01``) or the same date as a string."""
    from cchc.base.i18n import tr

    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigProblem(tr("Cấu hình {path}: as_of phải là một ngày, ví dụ as_of = 2021-07-01.", path=path))


def _confine(path: Path, folder: Path) -> None:
    """``plans`` of a ``cchc.toml`` inside a git repository stays in that repository, lexically and
    through links (a pull request's ``plans = "/"`` or ``"../.."`` must not make a bare ``cchc lint``
    read the CI machine), and out of its ``.git``. A link on the way is refused later, when the
    folder is scanned (:func:`cchc.base.confine.folder_problem`)."""
    import os

    from cchc.base.i18n import tr

    anchor = path.parent.absolute()
    root = next((c for c in (anchor, *anchor.parents) if os.path.lexists(c / ".git")), None)
    if root is None:
        return  # the user's own folder, not a checkout: a path there is theirs
    target = Path(os.path.normpath(anchor / folder))
    real, real_root = Path(os.path.realpath(anchor / folder)), Path(os.path.realpath(root))
    inside = (target.is_relative_to(root) and ".git" not in target.relative_to(root).parts
              and real.is_relative_to(real_root) and ".git" not in real.relative_to(real_root).parts)
    if not inside:
        raise ConfigProblem(tr("Cấu hình {path}: plans = \"{plans}\" dẫn ra ngoài kho git chứa tệp cấu hình (hoặc vào "
                               ".git); cchc không đọc thư mục đó. Đặt plans là một thư mục trong kho, hoặc ghi "
                               "thư mục trên dòng lệnh.", path=path, plans=str(folder)))
