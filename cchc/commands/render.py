"""``cchc render``: plans printed as administrative documents (Markdown, DOCX, HTML, PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from cchc.base.i18n import tr
from cchc.base.oserrors import os_error_text
from cchc.commands.common import (
    fail,
    progress,
    read_workspace,
    template_failed,
    write_text,
)
from cchc.commands.options import (
    RenderFormat,
    format_help,
)
from cchc.writing.formats import RENDER


def _render_one(plan: Any, fmt: str, out: Path | None, template: Path | None) -> None:
    if fmt in RENDER.files:
        if out is None:
            raise fail(tr("định dạng {format} cần tệp đầu ra: thêm -o TÊN.{format}.", format=fmt))
        out.parent.mkdir(parents=True, exist_ok=True)
    text = RENDER.writer(fmt)(plan, out, template)
    if text is not None:
        write_text(out, text)


def render(
    plans: Annotated[list[Path], typer.Argument(help="Tệp kế hoạch (một hoặc nhiều).")],
    format: Annotated[RenderFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help=format_help("Định dạng: {formats} (qua LibreOffice).", RENDER))] = RenderFormat["md"],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp đầu ra (một kế hoạch) hoặc thư mục (nhiều kế hoạch).")] = None,
    template: Annotated[Path | None, typer.Option("--template", help="Mẫu riêng: tệp .j2 cho md/html, tệp .docx cho docx/pdf.")] = None,
) -> None:
    """In kế hoạch thành văn bản hành chính theo Nghị định 30/2020/NĐ-CP (Markdown, DOCX, HTML, PDF)."""
    from cchc.writing.pdf import PdfProblem, require_soffice
    from cchc.writing.render import TemplateProblem
    from cchc.writing.templates_check import check_template

    try:
        check_template(template, format.value)
        if format.value == "pdf":
            require_soffice()
    except (TemplateProblem, PdfProblem) as problem:
        raise template_failed(problem) from None
    workspace = read_workspace(list(plans))
    suffix = "." + format.value
    many = len(workspace.plans) > 1
    if many and output is None and format.value != "md":
        raise fail(tr("in nhiều kế hoạch cần thư mục đầu ra: thêm -o THƯ_MỤC."))
    try:
        for plan in progress(list(workspace.plans), tr("Đang in kế hoạch")):
            target = output
            if many and output is not None:
                output.mkdir(parents=True, exist_ok=True)
                target = output / (plan.id + suffix)
            _render_one(plan, format.value, target, template)
    except (TemplateProblem, PdfProblem) as problem:
        raise template_failed(problem) from None
    except OSError as exc:
        raise fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None
