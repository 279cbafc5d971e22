"""Copy the package's schemas and templates to the repository's top-level copies.

``cchc/data/*.schema.json`` and ``cchc/templates/**`` are the files cchc reads at run time (real
files, not links: a Windows checkout turns a link into a one-line text file). ``schema/`` and
``templates/`` at the repository root are byte-identical copies for readers, editors and the
bundled plans (``$schema: ../../schema/plan.schema.json``); ``tests/test_packaging.py`` fails when
they differ. Edit the package's file, then run from the repository root::

    python3 tools/sync_package_files.py

A top-level file that is newer than its package file (an edit made on the wrong side, or a
branch merged that changed only the copy) is not overwritten: the tool names it and stops.
``--from-top-level`` copies the other way (the copies into the package, with the same check), to
take such an edit in; ``--force`` overwrites whatever is newer. Files on the receiving side with no
counterpart are listed, not deleted.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIES = {ROOT / "cchc" / "data": ROOT / "schema", ROOT / "cchc" / "templates": ROOT / "templates"}


def files(folder: Path) -> dict[str, Path]:
    return {path.relative_to(folder).as_posix(): path for path in sorted(folder.rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts}


def sync(force: bool = False, copies: dict[Path, Path] | None = None, root: Path = ROOT) -> int:
    """Copy each source file (key folder) whose counterpart (value folder) differs; 1, and nothing
    written, when a counterpart is newer than its source, unless ``force``."""
    plan: list[tuple[Path, Path]] = []
    refused: list[str] = []
    for package, copy in (COPIES if copies is None else copies).items():
        ours, theirs = files(package), files(copy)
        for name in sorted(theirs.keys() - ours.keys()):
            print(f"chỉ có ở nơi nhận (không xóa): {theirs[name].relative_to(root)}")
        for name, source in ours.items():
            target = copy / name
            if target.is_file() and target.read_bytes() == source.read_bytes():
                continue
            if target.is_file() and target.stat().st_mtime > source.stat().st_mtime and not force:
                refused.append(f"{target.relative_to(root)} mới hơn {source.relative_to(root)}")
                continue
            plan.append((source, target))
    if refused:
        for line in refused:
            print(f"không chép đè: {line} — hãy chép theo chiều ngược lại trước (thêm hoặc bỏ --from-top-level), hoặc dùng --force")
        return 1
    for source, target in plan:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        print(f"đã chép {source.relative_to(root)} → {target.relative_to(root)}")
    return 0


def main(argv: list[str]) -> int:
    copies = {copy: package for package, copy in COPIES.items()} if "--from-top-level" in argv[1:] else COPIES
    return sync(force="--force" in argv[1:], copies=copies)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
