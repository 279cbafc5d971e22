"""Hostile Word files for ``cchc import`` (issue 18, point 4): bounds on what a .docx may cost.

Each case builds a small real plan with python-docx, then edits its package with ``zipfile``
(a style based on itself, a span of 2·10⁸ columns, a part that unpacks to 60 MB, 2,001 parts…)
and runs ``python -m cchc import FILE --period 2021`` under ``RLIMIT_AS`` = 1 GiB and a timeout,
asserting the exit code, the Vietnamese message and that no traceback is printed. Growth is
checked by counting the Python function calls the reader makes (``sys.setprofile``), never by
timing: doubling rows, styles and paragraphs must about double the work, not quadruple it.
The cases are listed in ``tests/bad/README.md`` (section "Hostile Word files").
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ONE_GIB = 1 << 30
HEADER = ("TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành", "Sản phẩm")


def plan_docx(rows: int = 3, styles: int = 0, paragraphs: int = 0) -> bytes:
    """A small plan: a title, ``paragraphs`` body paragraphs, and a task table of ``rows`` rows;
    ``styles`` extra paragraph styles, each paragraph using one of them."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH Cải cách hành chính năm 2021")
    names = []
    for index in range(styles):
        style = document.styles.add_style(f"Kiểu riêng {index}", WD_STYLE_TYPE.PARAGRAPH)
        style.font.bold = index % 2 == 0
        names.append(style.name)
    for index in range(paragraphs):
        document.add_paragraph(f"Đoạn văn thứ {index}", style=names[index % len(names)] if names else None)
    table = document.add_table(rows=rows + 1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for number in range(1, rows + 1):
        values = (str(number), f"Rà soát văn bản số {number}", "Sở Tư pháp", "Quý II/2021", "Báo cáo")
        for cell, text in zip(table.rows[number].cells, values, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rewrite(data: bytes, edit: Callable[[str, bytes], bytes], extra: dict[str, bytes] | None = None) -> bytes:
    """The package with every part passed through ``edit(name, bytes)`` and ``extra`` parts added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, edit(info.filename, source.read(info)))
        for name, blob in (extra or {}).items():
            target.writestr(name, blob)
    return out.getvalue()


def run_import(path: Path, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (ONE_GIB, ONE_GIB))

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "cchc", "import", str(path), "--period", "2021"],
                          capture_output=True, text=True, timeout=timeout, env=env, cwd=path.parent,
                          preexec_fn=limit, check=False)


def _self_based_style(name: str, blob: bytes) -> bytes:
    """Normal based on itself, and two styles based on each other (a cycle of two)."""
    if name != "word/styles.xml":
        return blob
    text = blob.decode("utf-8")
    text, count = re.subn(r'(<w:style [^>]*w:styleId="Normal"[^>]*>\s*<w:name w:val="Normal"/>)',
                          r'\1<w:basedOn w:val="Normal"/>', text, count=1)
    assert count == 1
    text = text.replace("</w:styles>",
                        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>'
                        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>'
                        "</w:styles>")
    return text.encode("utf-8")


def _paragraph_in_style_a(name: str, blob: bytes) -> bytes:
    if name != "word/document.xml":
        return blob
    text = blob.decode("utf-8")
    return text.replace("<w:body>", '<w:body><w:p><w:pPr><w:pStyle w:val="A"/></w:pPr>'
                                    "<w:r><w:t>Căn cứ Kế hoạch số 1</w:t></w:r></w:p>", 1).encode("utf-8")


def _huge_spans(name: str, blob: bytes) -> bytes:
    if name != "word/document.xml":
        return blob
    text = blob.decode("utf-8")
    text = text.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="200000000"/>', 1)
    text = re.sub(r"(<w:tr[^>]*>)", r'\1<w:trPr><w:gridBefore w:val="200000000"/></w:trPr>', text, count=2)
    return text.encode("utf-8")


def _same(name: str, blob: bytes) -> bytes:
    return blob


def test_style_based_on_itself_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(rewrite(plan_docx(), lambda n, b: _paragraph_in_style_a(n, _self_based_style(n, b))))
    done = run_import(path, timeout=60)  # hung forever before issue 18
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "Rà soát văn bản số 3" in done.stdout

    from cchc.authoring.import_sources import read_docx

    document = read_docx(path)
    first = next(document.paragraphs())
    assert (first.text, first.style, first.bold) == ("Căn cứ Kế hoạch số 1", "A", False)


def test_huge_grid_span_is_capped_by_the_table_width(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(rewrite(plan_docx(), _huge_spans))
    done = run_import(path)  # 1.6 GB before issue 18: fails under the 1 GiB limit
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert done.returncode in (0, 1), done.stderr

    from cchc.authoring.import_sources import Table, read_docx

    tables = [item for item in read_docx(path).items if isinstance(item, Table)]
    assert [table.width for table in tables] == [len(HEADER)]


def _bomb_part(size: int) -> bytes:
    return b"\0" * size


@pytest.mark.parametrize(("case", "extra", "words"), [
    ("one-part-60-mb", {"word/media/image1.bin": 60 << 20}, "phần \"word/media/image1.bin\" khi giải nén lớn hơn 50 MB"),
    ("five-parts-45-mb", {f"word/media/image{i}.bin": 45 << 20 for i in range(5)},
     "nội dung khi giải nén lớn hơn 200 MB"),
    ("2001-parts", {f"word/extra/part{i}.xml": 1 for i in range(2001)}, "phần (tối đa 2000)"),
])
def test_zip_bomb_and_part_count_are_refused(tmp_path: Path, case: str, extra: dict[str, int], words: str) -> None:
    path = tmp_path / f"{case}.docx"
    path.write_bytes(rewrite(plan_docx(), _same, {name: _bomb_part(size) for name, size in extra.items()}))
    assert path.stat().st_size < 2 << 20  # the compressed file is small: the bomb is in the unpacking
    done = run_import(path)
    assert done.returncode == 1, done.stderr
    assert "vượt giới hạn an toàn" in done.stderr and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and not done.stdout


def test_part_lying_about_its_size_is_read_no_further(tmp_path: Path) -> None:
    """A part whose header declares 10 bytes but unpacks to 300 MB: zipfile stops at the declared
    size and fails the CRC; the file is reported as damaged, and memory stays under 1 GiB."""
    honest = rewrite(plan_docx(), _same, {"word/media/image1.bin": b"x" * 10})
    compressed = zlib.compressobj(9, zlib.DEFLATED, -15)
    bomb = compressed.compress(b"\0" * (300 << 20)) + compressed.flush()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(honest)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/media/image1.bin":
                info.compress_type = zipfile.ZIP_DEFLATED
                info.CRC = zlib.crc32(b"x" * 10)
                info.file_size = 10
                info.compress_size = len(bomb)
                with target._lock:  # noqa: SLF001 - write raw compressed bytes under a lying header
                    info.header_offset = target.fp.tell()  # type: ignore[union-attr]
                    target.fp.write(info.FileHeader())  # type: ignore[union-attr]
                    target.fp.write(bomb)  # type: ignore[union-attr]
                    target.filelist.append(info)
                    target.NameToInfo[info.filename] = info
                    target.start_dir = target.fp.tell()  # type: ignore[union-attr]
            else:
                target.writestr(info, data)
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(out.getvalue())
    done = run_import(path)
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert done.returncode == 1, done.stderr
    assert "tệp Word bị hỏng (phần \"word/media/image1.bin\" không giải nén được)" in done.stderr, done.stderr


def _python_calls(data: bytes, tmp_path: Path) -> int:
    """Python function calls made while reading the package (lxml's C work is not counted)."""
    from cchc.authoring.import_sources import read_docx

    path = tmp_path / "count.docx"
    path.write_bytes(data)
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call":
            calls += 1

    read_docx(path)  # imports done outside the count
    sys.setprofile(count)
    try:
        read_docx(path)
    finally:
        sys.setprofile(None)
    return calls


def test_reading_is_linear_in_rows_styles_and_paragraphs(tmp_path: Path) -> None:
    """Twice the rows, styles and paragraphs: about twice the work. Before issue 18 every
    paragraph looked its style up through all styles (rows × styles: four times the work)."""
    small = _python_calls(plan_docx(rows=150, styles=60, paragraphs=60), tmp_path)
    large = _python_calls(plan_docx(rows=300, styles=120, paragraphs=120), tmp_path)
    assert large <= 2.3 * small, (small, large)
