"""Build ``cchc/templates/plan.docx``, the base document of ``cchc render --format docx``, and its
top-level copy ``templates/plan.docx`` (the two must be the same bytes: tests/test_packaging.py).

The base is python-docx's default document set to Nghị định 30/2020/NĐ-CP: A4 portrait, margins
20/20/30/15 mm, Times New Roman 14 pt on the document defaults and on every style (all four
``w:rFonts`` slots), and the "CCHC …" paragraph styles listed in ``cchc/writing/render_docx.py``. The body
is empty: the renderer fills it.

Run from the repository root::

    python3 tools/make_plan_docx.py [OUTPUT]

The archive is rewritten with fixed timestamps so that rebuilding an unchanged base gives the
same bytes (no spurious diff in git).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from cchc.writing.render_docx import make_base_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "cchc" / "templates" / "plan.docx"
TOP_LEVEL_COPY = ROOT / "templates" / "plan.docx"
FIXED_TIME = (2021, 1, 1, 0, 0, 0)


def build(output: Path = DEFAULT_OUTPUT) -> Path:
    buffer = io.BytesIO()
    make_base_document().save(buffer)
    buffer.seek(0)
    stable = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(stable, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(stable.getvalue())
    return output


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        print(f"Đã tạo {build(Path(argv[1]))}")
        return 0
    print(f"Đã tạo {build(DEFAULT_OUTPUT)}")
    TOP_LEVEL_COPY.write_bytes(DEFAULT_OUTPUT.read_bytes())
    print(f"Đã chép sang {TOP_LEVEL_COPY}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
