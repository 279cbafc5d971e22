"""The document formats of ``cchc render`` (a plan) and ``cchc report`` (a report), one writer each,
registered in :data:`cchc.writing.formats.RENDER` and :data:`cchc.writing.formats.REPORT`.

A writer is ``write(subject, out, template) -> str | None``. A text format (md, html) returns the
document and leaves writing it to the command (to ``out``, or shown on the terminal); a file format
(docx, xlsx, pdf) writes ``out``, which it needs. ``template`` is the user's own template or None.
The libraries are imported by the writer that uses them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _file(out: Path | None) -> Path:
    if out is None:  # the commands ask for -o before reading any plan (Formats.files)
        raise ValueError("a file format needs an output path")
    return out


def plan_md(plan: Any, out: Path | None, template: Path | None) -> str:
    from cchc.writing.render import render_plan_text

    return render_plan_text(plan, "md", template)


def plan_html(plan: Any, out: Path | None, template: Path | None) -> str:
    from cchc.writing.render import render_plan_text

    return render_plan_text(plan, "html", template)


def plan_docx(plan: Any, out: Path | None, template: Path | None) -> None:
    from cchc.writing.render_docx import render_plan_docx

    render_plan_docx(plan, _file(out), template)


def plan_pdf(plan: Any, out: Path | None, template: Path | None) -> None:
    from cchc.writing.pdf import write_pdf
    from cchc.writing.render_docx import render_plan_docx

    write_pdf(lambda path: render_plan_docx(plan, path, template), _file(out))


def report_md(report: Any, out: Path | None, template: Path | None) -> str:
    from cchc.writing.render import render_report_text

    return render_report_text(report, "md", template)


def report_html(report: Any, out: Path | None, template: Path | None) -> str:
    from cchc.writing.render import render_report_text

    return render_report_text(report, "html", template)


def report_docx(report: Any, out: Path | None, template: Path | None) -> None:
    from cchc.writing.report_docx import write_report_docx

    write_report_docx(report, _file(out), template)


def report_xlsx(report: Any, out: Path | None, template: Path | None) -> None:
    from cchc.writing.report_xlsx import write_report_xlsx

    write_report_xlsx(report, _file(out))


def report_pdf(report: Any, out: Path | None, template: Path | None) -> None:
    from cchc.writing.pdf import write_pdf
    from cchc.writing.report_docx import write_report_docx

    write_pdf(lambda path: write_report_docx(report, path, template), _file(out))
