#!/usr/bin/env python3
"""Time ``cchc import`` on a Word plan whose appendix is one table of many rows (issue 18, point 4).

    python bench/import_rows.py                 # 20,000 rows, 3 runs; writes its section of docs/benchmarks.md
    python bench/import_rows.py --rows 5000,20000 --runs 1 --no-write

The plan is built with python-docx (one row, then its XML copied: building 20,000 rows through
python-docx's API alone takes minutes), saved to a temporary folder, and imported by a separate
``python -m cchc import FILE -o OUT.yaml`` process; the wall time is the median of the runs. The
target is 20,000 rows well under 10 s on the 2-core bench machine: before issue 18 every paragraph
looked its style up by an XPath over all styles (about 9 ms a row, > 60 s for 20,000 rows).

``docs/benchmarks.md`` is written by ``bench/run.py``; this script only replaces the part between
its own markers (``<!-- import_rows:start -->`` … ``<!-- import_rows:end -->``), appended when absent.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from doc_section import replace_section

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- import_rows:start -->", "<!-- import_rows:end -->"
TARGET_SECONDS = 10.0


def build(rows: int, path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH Cải cách hành chính năm 2021")
    document.add_paragraph("Phụ lục: Nhiệm vụ cải cách hành chính năm 2021")
    table = document.add_table(rows=2, cols=5)
    header = ("TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành", "Sản phẩm")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("1", "Rà soát văn bản quy phạm pháp luật số 1",
                                                  "Sở Tư pháp", "Quý II/2021", "Báo cáo"), strict=True):
        cell.text = text
    template = table.rows[1]._tr
    texts = [t for t in template.iter() if t.tag.endswith("}t")]
    for number in range(2, rows + 1):
        row = copy.deepcopy(template)
        row_texts = [t for t in row.iter() if t.tag.endswith("}t")]
        row_texts[0].text = str(number)
        row_texts[1].text = f"Rà soát văn bản quy phạm pháp luật số {number}"
        template.getparent().append(row)
    assert len(texts) == 5
    document.save(str(path))


def time_read(path: Path) -> float:
    """Reading the .docx alone (``cchc.authoring.import_sources.read_docx``, the part issue 18 made linear),
    in a separate process like the import."""
    code = ("import sys, time; from pathlib import Path; from cchc.authoring.import_sources import read_docx; "
            "t = time.perf_counter(); read_docx(Path(sys.argv[1])); print(time.perf_counter() - t)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def time_import(path: Path, out: Path) -> float:
    out.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cchc", "import", str(path), "-o", str(out), "--period", "2021"],
                          env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1) or not out.exists():
        raise SystemExit(f"cchc import failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="20000", help="comma-separated row counts (default 20000)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    load_start = _load()
    results: list[tuple[int, float, float, int]] = []
    with tempfile.TemporaryDirectory(prefix="cchc-import-rows-") as folder:
        for rows in (int(value) for value in args.rows.split(",")):
            path = Path(folder) / f"ke-hoach-{rows}.docx"
            build(rows, path)
            times = [time_import(path, Path(folder) / "out.yaml") for _ in range(args.runs)]
            tasks = (Path(folder) / "out.yaml").read_text(encoding="utf-8").count("- id: ")
            median = statistics.median(times)
            read = statistics.median(time_read(path) for _ in range(args.runs))
            results.append((rows, median, read, tasks))
            verdict = "PASS" if median < TARGET_SECONDS else "FAIL"
            print(f"{rows:>7} rows: {median:6.2f} s (median of {len(times)}; {median / rows * 1000:.3f} ms a row; "
                  f"{tasks} tasks written; reading the .docx: {read:.2f} s) {verdict if rows == 20000 else ''}")
    if not args.no_write:
        write(results, args.runs, load_start)
    return 0


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def write(results: list[tuple[int, float, float, int]], runs: int, load_start: float) -> None:
    lines = [START, "## Import: one table of many rows (`bench/import_rows.py`)", "",
             f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, "
             f"load average {load_start:.2f} at the start, {_load():.2f} at the end; `python -m cchc import PLAN.docx -o OUT.yaml`, "
             f"wall time, median of {runs} runs. Target: 20,000 rows well under {TARGET_SECONDS:.0f} s "
             "(before issue 18: about 9 ms a row, > 60 s).", "",
             "\"reading\" is `read_docx` alone (the .docx to paragraphs and table rows); the rest of the "
             "import (recognising the table, the YAML, the lint that finds source defects, and a second "
             "lint of the commented text when there are suppressions to place) is the difference.", "",
             "| rows | import | per row | reading the .docx | tasks written | target |",
             "|---:|---:|---:|---:|---:|---|"]
    for rows, median, read, tasks in results:
        target = ("PASS" if median < TARGET_SECONDS else "FAIL") if rows == 20000 else ""
        lines.append(f"| {rows:,} | {median:.2f} s | {median / rows * 1000:.3f} ms | {read:.2f} s | {tasks:,} | "
                     f"{target} |")
    lines.append(END)
    replace_section(DOC, START, END, "\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
