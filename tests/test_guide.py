"""The user guide (docs/huong-dan/) says only what cchc does.

Every ```sh block of every chapter is run, command by command, in a scratch copy of the
repository's plans (``tmp_path``): a command must exit 0, or 1 when its line says ``# mã thoát 1``.
A block whose first comment is ``# kiểm thử: không chạy (lý do)`` is not run (installing software,
needing a git history) and the reason is printed; a block marked ``# cần LibreOffice`` is skipped
with a printed reason when ``soffice`` is absent. The chapters of a file run in order on one scratch
copy, so a later command sees what an earlier one wrote (``cchc report new`` then ``cchc report``).
Also checked: every picture the guide shows exists (``tools/guide_pictures.py`` makes them) and
every chapter is NFC and listed in the table of contents.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "huong-dan"
CHAPTERS = sorted(GUIDE.glob("[0-9]-*.md"))
BLOCK = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)
NOT_RUN = re.compile(r"^#\s*kiểm thử:\s*không chạy\s*(.*)$")
EXIT_1 = re.compile(r"#\s*mã thoát 1\s*$")
NEEDS_SOFFICE = "# cần LibreOffice"


def commands(block: str) -> list[str]:
    """The commands of a block: continuation lines joined, comment and blank lines left out."""
    joined = re.sub(r"\\\n\s*", " ", block)
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.strip().startswith("#")]


def blocks(chapter: Path) -> list[str]:
    return BLOCK.findall(chapter.read_text(encoding="utf-8"))


def scratch(tmp_path: Path) -> Path:
    """A copy of what the guide's commands read: plans/, schema/, the example plan, a Word plan."""
    work = tmp_path / "kho"
    shutil.copytree(ROOT / "plans", work / "plans")
    shutil.copytree(ROOT / "schema", work / "schema")
    shutil.copytree(GUIDE / "vi-du", work / "docs" / "huong-dan" / "vi-du")
    return work


def run(command: str, work: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    script = f'cchc() {{ "{sys.executable}" -m cchc "$@"; }}\n{command}\n'
    return subprocess.run(["bash", "-c", script], cwd=work, env=env, capture_output=True, text=True,
                          timeout=600)


def test_the_guide_has_chapters_with_commands() -> None:
    assert [p.name[:2] for p in CHAPTERS] == [f"{n}-" for n in range(1, 9)]
    for chapter in CHAPTERS:
        assert blocks(chapter), f"{chapter.name}: no ```sh block"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[p.stem for p in CHAPTERS])
def test_guide_commands_run(chapter: Path, tmp_path: Path) -> None:
    work = scratch(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "CCHC_CACHE_DIR": str(tmp_path / "cache"),
           "COLUMNS": "80"}
    env.pop("CCHC_LANG", None)
    if "ke-hoach.docx" in chapter.read_text(encoding="utf-8"):
        # The Word plan of chapter 7: a real layout, printed by cchc render from a bundled plan.
        made = run("cchc render plans/quang-nam/kh-cchc-2021.yaml --format docx -o ke-hoach.docx", work, env)
        assert made.returncode == 0, made.stderr
    ran = 0
    for block in blocks(chapter):
        first = block.splitlines()[0].strip()
        if (skip := NOT_RUN.match(first)) is not None:
            print(f"{chapter.name}: khối lệnh không chạy {skip.group(1)}: {commands(block)}")
            continue
        if NEEDS_SOFFICE in block and shutil.which(os.environ.get("CCHC_SOFFICE", "soffice")) is None:
            print(f"{chapter.name}: bỏ qua vì không có LibreOffice (soffice): {commands(block)}")
            continue
        for command in commands(block):
            expected = 1 if EXIT_1.search(command) else 0
            result = run(command, work, env)
            ran += 1
            assert result.returncode == expected, (
                f"{chapter.name}: `{command}` exited {result.returncode}, the guide says {expected}\n"
                f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
            if expected == 1:  # it reports errors, and says so in Vietnamese, not with a traceback
                assert "Traceback" not in result.stderr
                assert (result.stdout + result.stderr).strip()
    assert ran, f"{chapter.name}: no command was run"


def test_guide_files_written_by_commands_land_in_scratch(tmp_path: Path) -> None:
    """The output files the guide names are written where the guide says (checked on chapter 6)."""
    work = scratch(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "CCHC_CACHE_DIR": str(tmp_path / "cache")}
    chapter = GUIDE / "6-bao-cao.md"
    for block in blocks(chapter):
        if NEEDS_SOFFICE in block:
            continue
        for command in commands(block):
            assert run(command, work, env).returncode == 0, command
    assert (work / "plans/quang-nam/reports/quang-nam-kh-cchc-2021/2021-6-thang.yaml").is_file()
    assert (work / "bao-cao-6-thang-2021.docx").stat().st_size > 10_000
    # and the repository itself is untouched
    assert not (ROOT / "plans/quang-nam/reports").exists()


def test_guide_pictures_exist_and_text_is_nfc() -> None:
    pages = [GUIDE / "README.md", *CHAPTERS]
    index = (GUIDE / "README.md").read_text(encoding="utf-8")
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), page.name
        for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert (page.parent / picture).is_file(), f"{page.name}: {picture} missing (python3 tools/guide_pictures.py)"
        for link in re.findall(r"\]\(([0-9]-[^)#]+\.md)\)", text):
            assert (GUIDE / link).is_file(), f"{page.name}: broken link {link}"
        if page in CHAPTERS:
            assert f"]({page.name})" in index, f"{page.name} not in the table of contents"



def test_readme_leads_in_vietnamese_with_the_two_commands_and_the_guide() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    staff, it = readme.split("\n## For IT staff (English)\n", 1)
    assert 'python3 -m pip install -e ".[dev]" && cchc status --as-of 2021-07-01' in staff
    assert "python3 -m pytest" in staff
    assert "(docs/huong-dan/README.md)" in staff
    assert "## Cài đặt và chạy" in staff and "## Hướng dẫn nhanh" in staff
    assert "## The plan format" in it and "The plan format" not in staff
