"""Make the pictures of the báo cáo shown in README.md.

    python tools/report_picture.py

Renders the six-month report of the bundled Quảng Nam 2021 plan with the synthetic narrative of
the tests (``tests/fixtures/reports/…/2021-6-thang.yaml``) to DOCX, prints it to PDF with
LibreOffice (``soffice --headless --convert-to pdf``) and turns page 1 and the first page of the
Phụ lục into PNG with ``pdftoppm -r 60``: ``docs/img/bao-cao-trang-1.png`` and
``docs/img/bao-cao-phu-luc.png``. Needs LibreOffice and poppler-utils.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cchc.checking.workspace import load_workspace  # noqa: E402
from cchc.reading.load import load_file  # noqa: E402
from cchc.writing.narrative import from_data  # noqa: E402
from cchc.writing.report import build, named_period  # noqa: E402
from cchc.writing.report_docx import write_report_docx  # noqa: E402

PLAN = ROOT / "plans" / "quang-nam" / "kh-cchc-2021.yaml"
NARRATIVE = ROOT / "tests" / "fixtures" / "reports" / "quang-nam-kh-cchc-2021" / "2021-6-thang.yaml"
OUT = ROOT / "docs" / "img"


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        print("cần LibreOffice (soffice) và poppler-utils (pdftoppm, pdftotext)", file=sys.stderr)
        return 2
    workspace = load_workspace([PLAN])
    report = build(workspace.plans, workspace.registries, dt.date(2021, 6, 14), named_period("2021-H1"))
    report = replace(report, narrative=from_data(load_file(NARRATIVE).data, str(NARRATIVE)))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docx = work / "bao-cao.docx"
        write_report_docx(report, docx)
        subprocess.run([soffice, f"-env:UserInstallation=file://{work / 'profile'}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work), str(docx)], check=True, capture_output=True)
        pdf = work / "bao-cao.pdf"
        pages = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                               text=True).stdout.split("\f")
        annex = next(i for i, page in enumerate(pages, 1) if "SỐ LIỆU KẾT QUẢ THỰC HIỆN" in page)
        for page, name in ((1, "bao-cao-trang-1"), (annex, "bao-cao-phu-luc")):
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                            str(pdf), str(OUT / name)], check=True)
            print(OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
