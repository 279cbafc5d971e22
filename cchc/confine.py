"""Which files cchc may read on its own: none that a path it found leads to outside the repository.

Plans arrive through pull requests from strangers, and CI runs ``cchc lint`` on them. A file
``plans/x.yaml`` that is a symbolic link to ``/home/runner/.ssh/id_rsa`` or ``../../secrets.yaml``,
or a registry line ``extends: /proc/self/environ``, must not be read: the text output prints the
offending source line and messages quote values. So every path cchc *finds itself* — a YAML file
in a folder it scans, the ``agencies.yaml`` above a plan, the ``extends:`` of a registry, a parent
plan looked up by id, a working-tree file of ``cchc diff`` — must resolve, through every symbolic
link, to a place inside its limit:

- the git repository holding it (the nearest folder with a ``.git`` folder or file), or else
- for a folder scan outside any repository, the folder being scanned.

Outside a git repository, registries and their ``extends`` are the user's own files and are not
limited. A path the user names on the command line is the user's choice and is always read.
"""

from __future__ import annotations

from pathlib import Path

from cchc.i18n import N_


def repository_root(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` (resolved) that holds ``.git`` (a folder, or the
    file of a worktree or submodule); None outside any git repository."""
    try:
        real = folder.resolve()
    except (OSError, RuntimeError):
        return None
    for candidate in (real, *real.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def scan_limit(folder: Path) -> Path:
    """What a scan of ``folder`` may read: its git repository, or the folder itself."""
    return repository_root(folder) or folder.resolve()


def escapes(path: Path, limit: Path | None) -> bool:
    """True when ``path``, through any symbolic link, resolves outside ``limit`` (a resolved folder,
    as :func:`repository_root` and :func:`scan_limit` give; None: no limit).

    Resolving reads links only, never the target file. A loop cannot be resolved: it is not called
    an escape here, because reading it fails anyway and is reported as an unreadable file."""
    if limit is None:
        return False
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        return False
    return not real.is_relative_to(limit)


def outside_name(limit: Path) -> str:
    """Where the target lies, for a message: outside the repository, or outside the scanned folder."""
    return N_("ngoài kho git") if (limit / ".git").exists() else N_("ngoài thư mục đang kiểm tra")
