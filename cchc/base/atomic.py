"""Writing a file atomically: a reader, or a run killed half-way, finds the whole old file or the
whole new one, never half of either. The one implementation every writer uses (recorded progress,
rendered documents, reports, the site, ``-o`` output, ``init``'s files, report drafts).

The data goes to a temporary file in the target's folder (``.<name>.<random>.cchc-tmp``), which is
flushed and fsynced, given its mode, then renamed over the target — or, when an existing file must
never be replaced, hard-linked into place, a step that fails if the target exists even if it
appeared a moment ago. A failure at any step removes the temporary file and leaves the target as it
was.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

FAULT_ENV = "CCHC_FAULT_INJECT"  # test hook: "before-rename" kills the process mid-write; "slow-fsync:S"
# sleeps S seconds after the fsync, before the rename (a slow disk, while a lock is held)


def fault_point() -> None:
    """Crash tests only: with CCHC_FAULT_INJECT=before-rename the process dies after writing the
    temporary file and before the rename, as a power cut or a kill would leave it; with
    ``slow-fsync:S`` it waits S seconds there (a slow disk), for the race tests."""
    fault = os.environ.get(FAULT_ENV, "")
    if fault == "before-rename":
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
    elif fault.startswith("slow-fsync:"):
        import time

        time.sleep(float(fault.partition(":")[2]))


def _install(path: Path, folder: Path, data: bytes, mode: int, *, exclusive: bool) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".cchc-tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        fault_point()
        if exclusive:
            os.link(tmp, path)
            tmp.unlink()
        else:
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def replace_file(path: Path, data: bytes) -> None:
    """Replace the existing file ``path`` with ``data``, keeping its permissions, and fsync its
    folder so that the rename itself survives a power cut. A symbolic link is not replaced: the
    file it leads to is (the temporary file in that file's folder)."""
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    mode = stat.S_IMODE(path.stat().st_mode)
    folder = path.parent
    _install(path, folder, data, mode, exclusive=False)
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_new_file(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write a generated file (render, report, init, report drafts, ``-o`` output), creating its
    folder. An existing file keeps its permissions (a new one gets 0644). With ``exclusive`` an
    existing ``path`` is never replaced: ``FileExistsError`` (even if it appeared a moment ago)."""
    if exclusive and (path.exists() or path.is_symlink()):
        raise FileExistsError(str(path))
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() and not path.is_symlink() else 0o644
    _install(path, folder, data, mode, exclusive=exclusive)


def create_file(path: Path, data: bytes) -> bool:
    """Create ``path`` with ``data`` unless it exists: False, writing nothing, when it does."""
    try:
        write_new_file(path, data, exclusive=True)
    except FileExistsError:
        return False
    return True
