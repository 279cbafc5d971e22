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

Nothing under the repository's ``.git/`` folder is readable this way (with the default CI
checkout, ``.git/config`` holds the job's token). Outside a git repository, registries and their
``extends`` are the user's own files and are not limited.

A *folder* to scan — named on the command line (``cchc lint plans``, what CI runs) or set as
``plans`` in ``cchc.toml`` — is checked on the path as given (:func:`folder_problem`): it must not be
a symbolic link itself, no folder on the way to it inside its repository may be one, and its real
path must stay in that repository. A *file* the user names on the command line is the user's
choice and is read wherever it leads.
"""

from __future__ import annotations

import os
from pathlib import Path

from cchc.base.i18n import N_


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
    return not real.is_relative_to(limit) or ".git" in real.relative_to(limit).parts


def in_git_folder(path: Path, limit: Path) -> bool:
    """True when ``path`` resolves into the ``.git`` folder of ``limit``."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        return False
    return real.is_relative_to(limit) and ".git" in real.relative_to(limit).parts


def folder_problem(folder: Path) -> str | None:
    """Why the folder ``folder`` (as the user or ``cchc.toml`` names it) must not be scanned, as a
    message fragment (deferred: :func:`cchc.base.i18n.msg`); None when it may be.

    Decided on the path as given, top-down from the file-system root without following any link
    inside a repository: ``folder`` is a symbolic link; or a folder on the way to it, inside the git
    repository that holds it, is one; or its real path leaves that repository (``..`` after a link);
    or it lies in the repository's ``.git/``. Links above the repository (``/tmp`` on macOS, a
    linked home folder) are the machine's, not the repository's, and are followed."""
    from cchc.base.i18n import msg

    if os.path.islink(folder):
        return msg("thư mục là liên kết tượng trưng")
    absolute = Path(os.path.abspath(folder))
    repository: Path | None = None
    current = Path(absolute.anchor)
    for part in absolute.parts[1:]:
        current = current / part
        if repository is not None and os.path.islink(current):
            return msg("đường dẫn đi qua liên kết tượng trưng {link}", link=str(current))
        if repository is not None and part == ".git":
            return msg("thư mục nằm trong .git của kho")
        if os.path.lexists(current / ".git"):
            repository = current
    if repository is None:
        return None
    try:
        real, limit = Path(os.path.realpath(folder)), Path(os.path.realpath(repository))
    except (OSError, ValueError):
        return None
    if not real.is_relative_to(limit):
        return msg("thư mục thực sự nằm ngoài kho git")
    if ".git" in real.relative_to(limit).parts:
        return msg("thư mục nằm trong .git của kho")
    return None


def outside_name(limit: Path) -> str:
    """Where the target lies, for a message: outside the repository, or outside the scanned folder."""
    return N_("ngoài kho git") if (limit / ".git").exists() else N_("ngoài thư mục đang kiểm tra")
