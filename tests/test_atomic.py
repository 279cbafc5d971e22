"""cchc.base.atomic, the one atomic writer, and cchc.base.csvfile, the one CSV writer: what they
promise, and that no other module writes files or CSV its own way."""

from __future__ import annotations

import io
import os
import re
import stat
from pathlib import Path

import pytest

from cchc.base import csvfile
from cchc.base.atomic import create_file, replace_file, write_new_file
from conftest import ROOT


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".cchc-tmp")]


def test_write_new_file_creates_folders_and_keeps_an_existing_mode(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.md"
    write_new_file(target, b"one")
    assert target.read_bytes() == b"one" and stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o600)
    write_new_file(target, b"two")
    assert target.read_bytes() == b"two" and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(target.parent) == []


def test_exclusive_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "draft.yaml"
    target.write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        write_new_file(target, b"theirs", exclusive=True)
    assert target.read_bytes() == b"mine"
    assert create_file(target, b"theirs") is False and target.read_bytes() == b"mine"
    assert create_file(tmp_path / "new.yaml", b"new") is True and (tmp_path / "new.yaml").read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_replace_file_rewrites_a_links_target_and_keeps_its_mode(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    replace_file(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.md"
    target.write_bytes(b"old")

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_new_file(target, b"new")
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_csv_is_bom_and_crlf() -> None:
    stream = io.StringIO()
    csvfile.write(stream, ["Kế hoạch", "Ghi chú"], [["a", "có, dấu phẩy"], ["b", "hai\ndòng"]])
    assert stream.getvalue() == '\ufeffKế hoạch,Ghi chú\r\na,"có, dấu phẩy"\r\nb,"hai\ndòng"\r\n'


# Modules allowed to write files by their own temp-file-and-rename: the cache writes best-effort
# entries without fsync (a lost entry is only slower), a different contract.
OWN_WRITERS = {"cchc/base/atomic.py", "cchc/reading/cache.py"}


def test_no_other_module_writes_files_or_csv_its_own_way() -> None:
    renames = re.compile(r"\bos\.(replace|rename|link)\(|\bmkstemp\(")
    csv_writers = re.compile(r"\bcsv\.(writer|DictWriter)\(")
    for path in sorted((ROOT / "cchc").rglob("*.py")):
        shown = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if shown not in OWN_WRITERS:
            assert not renames.search(text), f"{shown}: write through cchc.base.atomic"
        if shown != "cchc/base/csvfile.py":
            assert not csv_writers.search(text), f"{shown}: write CSV through cchc.base.csvfile"
