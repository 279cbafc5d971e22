"""The repository's own copy of the JSON Schemas, so that editors check plans offline.

``cchc init`` copies the schemas of the installed cchc into ``.cchc/schema/`` of the new
repository and points the plans' modelines (``# yaml-language-server: $schema=…``) and
``.vscode/settings.json`` at the copy by relative path: no web address that may not serve them,
nothing to download in an office without internet. ``cchc init --update-schema`` replaces the
copy with the installed schemas; ``cchc lint`` warns (once a run) when they differ.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from cchc.checking.schema import AGENCIES_SCHEMA, PLAN_SCHEMA, REPORT_SCHEMA, SCHEMA_DIR

SCHEMA_COPY_DIR = PurePosixPath(".cchc/schema")
COPIED = (PLAN_SCHEMA, AGENCIES_SCHEMA, REPORT_SCHEMA)


def installed_schema(name: str) -> bytes:
    return (SCHEMA_DIR / name).read_bytes()


def find_schema_copy(start: Path) -> Path | None:
    """The ``.cchc/schema`` folder of the repository holding ``start``: from ``start`` upwards, the
    first folder that has one, not going above the git repository's root."""
    folder = start.absolute()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        copy = candidate.joinpath(*SCHEMA_COPY_DIR.parts)
        if copy.is_dir():
            return copy
        if (candidate / ".git").exists():
            return None
    return None


def stale_schemas(copy: Path) -> list[str]:
    """The schemas of ``copy`` that are missing or differ from the installed cchc's."""
    stale = []
    for name in COPIED:
        try:
            same = (copy / name).read_bytes() == installed_schema(name)
        except OSError:
            same = False
        if not same:
            stale.append(name)
    return stale


def relative_reference(copy: Path, name: str, file: Path) -> str:
    """How ``file`` names schema ``name`` of ``copy``: a POSIX path relative to its folder."""
    return PurePosixPath(Path(os.path.relpath(copy / name, file.absolute().parent)).as_posix()).as_posix()


SCHEMA_BASE_URL = "https://cchc.github.io/schema/"


def schema_reference(folder: Path, name: str) -> str:
    """How a file that cchc writes in ``folder`` names schema ``name`` (``plan.schema.json``…) in its
    modeline: a relative path to the nearest copy above it — ``.cchc/schema/`` (written by ``cchc
    init``) or ``schema/`` (as the bundled plans do) — else the schema's web address. One rule for
    imported plans, starter registries and report drafts."""
    here = folder.resolve()
    for candidate in (here, *here.parents):
        for schema in (candidate.joinpath(*SCHEMA_COPY_DIR.parts, name), candidate / "schema" / name):
            if schema.is_file():
                return Path(os.path.relpath(schema, here)).as_posix()
    return SCHEMA_BASE_URL + name
