"""``cchc report`` and ``cchc report-new``: the periodic report on the plans, and the draft of its
narrative."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from cchc.base.i18n import tr
from cchc.base.oserrors import os_error_text
from cchc.commands.common import (
    fail,
    parse_date,
    read_workspace,
    stderr,
    template_failed,
    write_text,
)
from cchc.commands.options import (
    ReportFormat,
    format_help,
)
from cchc.writing.formats import REPORT


def _report_period(period: str | None) -> Any:
    """``--period`` read as a reporting period (with a notice when read as another), or exit 2."""
    from cchc.writing.report import parse_period

    if period is None:
        return None
    choice = parse_period(period)
    if choice is None:
        raise fail(tr("kỳ báo cáo \"{period}\" không hợp lệ; dùng 2021-Q1 (Quý I/2021), 2021-H1 (6 tháng đầu năm "
                       "2021), 2021-Q3 (Quý III/2021) hoặc 2021 (năm 2021).", period=period))
    if choice.notice:
        stderr("cchc: " + tr("chú ý: {notice}", notice=choice.notice))
    return choice.period


def _load_narrative(path: Path) -> Any:
    """A narrative file checked like a plan (located Vietnamese messages); exit 1 when it has errors."""
    from cchc.checking.lint import LintResult, display_path, lint_loaded
    from cchc.reading.load import load_file
    from cchc.writing.narrative import from_data
    from cchc.writing.output import FORMATS

    if not path.is_file():
        raise fail(tr("không tìm thấy tệp báo cáo \"{path}\".", path=path))
    shown = display_path(path)
    loaded = load_file(path, shown)
    result = lint_loaded(loaded, path, kind="report")
    if any(d.severity.value == "error" for d in result.diagnostics) or not isinstance(loaded.data, dict):
        FORMATS["text"](LintResult((result,), ()), sys.stderr)
        raise typer.Exit(1)
    return from_data(loaded.data, shown)


def _report_new(paths: list[Path], period: str | None, as_of: str | None, output: Path | None) -> None:
    from cchc.writing.narrative import narrative_path, write_draft
    from cchc.writing.report import build

    if len(paths) != 1:
        raise fail(tr("cchc report new cần đúng một tệp kế hoạch: cchc report new KẾ_HOẠCH.yaml --period 2021-H1."))
    report_period = _report_period(period)
    if report_period is None:
        raise fail(tr("cchc report new cần kỳ báo cáo: thêm --period, ví dụ --period 2021-H1."))
    day = parse_date(as_of) if as_of is not None else report_period.end
    workspace = read_workspace(paths)
    if len(workspace.plans) != 1:
        raise fail(tr("cchc report new cần đúng một kế hoạch; \"{path}\" có {count}.", path=paths[0],
                       count=len(workspace.plans)))
    plan = workspace.plans[0]
    result = build(workspace.plans, workspace.registries, day, report_period, workspace.skipped)
    target = output or narrative_path(plan.source, plan.id, report_period)
    try:
        written = write_draft(result, target)
    except FileExistsError:
        raise fail(tr("tệp \"{path}\" đã có, cchc không ghi đè; sửa trực tiếp tệp đó, hoặc xóa nó rồi chạy "
                       "lại.", path=target), 1) from None
    except OSError as exc:
        raise fail(tr("không ghi được tệp \"{path}\": {error}.", path=target, error=os_error_text(exc))) from None
    stderr("cchc: " + tr("đã tạo bản nháp {path}: sửa lời văn, điền số, ngày, nơi nhận, rồi chạy cchc report {plan} "
                          "--period {period}.", path=written, plan=paths[0], period=report_period.code))


def report_new(
    plan: Annotated[Path, typer.Argument(help="Tệp kế hoạch.", show_default=False)],
    period: Annotated[str, typer.Option("--period", help="Kỳ báo cáo: 2021-Q1 hoặc \"Quý I/2021\", 2021-H1 hoặc \"6 tháng đầu năm 2021\", 2021-Q3 hoặc \"Quý III/2021\" (\"9 tháng năm 2021\"), 2021 hoặc \"năm 2021\".")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Số liệu tính đến ngày (mặc định: ngày chốt số liệu của kỳ).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp báo cáo (mặc định: reports/<mã kế hoạch>/<kỳ>.yaml cạnh kế hoạch).")] = None,
) -> None:
    """Tạo bản nháp phần lời của báo cáo (cũng gọi được: cchc report new KẾ_HOẠCH --period …); không ghi đè."""
    _report_new([plan], period, as_of, output)


def report(
    paths: Annotated[list[Path] | None, typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/); \"new KẾ_HOẠCH\" tạo bản nháp phần lời.", readable=False,
                                                        show_default=False)] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định: ngày chốt số liệu của --period, nếu không thì hôm nay.")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Kỳ báo cáo: 2021-Q1 hoặc \"Quý I/2021\", 2021-H1 hoặc \"6 tháng đầu năm 2021\", 2021-Q3 hoặc \"Quý III/2021\" (\"9 tháng năm 2021\"), 2021 hoặc \"năm 2021\".")] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help=format_help("Định dạng: {formats} (qua LibreOffice).", REPORT))] = ReportFormat["md"],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp đầu ra.")] = None,
    template: Annotated[Path | None, typer.Option("--template", help="Mẫu riêng (.j2 cho md/html, .docx cho docx).")] = None,
    rollup: Annotated[bool, typer.Option("--rollup", help="Thêm bảng tổng hợp theo đơn vị (mọi kế hoạch đơn vị sở hữu hoặc chủ trì).")] = False,
    narrative: Annotated[Path | None, typer.Option("--narrative", help="Tệp phần lời của báo cáo (mặc định: reports/<mã kế hoạch>/<kỳ>.yaml cạnh kế hoạch, nếu có).")] = None,
) -> None:
    """Báo cáo kết quả thực hiện công tác CCHC theo kỳ báo cáo của Bộ Nội vụ (thể thức Nghị định 30).

    Phần lời (mục I–V) lấy từ tệp báo cáo cạnh kế hoạch (tạo bằng cchc report new KẾ_HOẠCH --period KỲ);
    chưa có thì mỗi mục in "[Nội dung cần bổ sung]" kèm số liệu. Số liệu in ở Phụ lục.
    """
    from dataclasses import replace

    from cchc.writing.pdf import PdfProblem, require_soffice
    from cchc.writing.render import TemplateProblem
    from cchc.writing.report import build
    from cchc.writing.templates_check import check_template

    if paths and str(paths[0]) == "new" and not paths[0].exists():  # cchc report new PLAN --period …
        _report_new(paths[1:], period, as_of, output)
        return
    report_period = _report_period(period)
    day = parse_date(as_of) if as_of is not None or report_period is None else report_period.end
    if format.value in REPORT.files and output is None:
        raise fail(tr("định dạng {format} cần tệp đầu ra: thêm -o TÊN.{format}.", format=format.value))
    try:
        check_template(template, format.value)
        if format.value == "pdf":
            require_soffice()
    except (TemplateProblem, PdfProblem) as problem:
        raise template_failed(problem) from None
    workspace = read_workspace(paths)
    result = build(workspace.plans, workspace.registries, day, report_period, workspace.skipped, with_rollup=rollup)
    chosen = narrative
    if chosen is None and report_period is not None and len(workspace.plans) == 1:
        from cchc.writing.narrative import narrative_path

        plan = workspace.plans[0]
        beside = narrative_path(plan.source, plan.id, report_period)
        chosen = beside if beside.is_file() else None
    if chosen is not None:
        text = _load_narrative(chosen)
        ids = {p.id for p in workspace.plans}
        if text.plan not in ids:
            raise fail(tr("tệp báo cáo \"{path}\" viết cho kế hoạch {plan}, không phải kế hoạch đang báo cáo ({ids}).",
                           path=chosen, plan=text.plan, ids=", ".join(sorted(ids))))
        if report_period is not None and text.period != report_period.code:
            raise fail(tr("tệp báo cáo \"{path}\" viết cho kỳ {written}, không phải kỳ {period}.", path=chosen,
                           written=text.period, period=report_period.code))
        result = replace(result, narrative=text)
    try:
        text = REPORT.writer(format.value)(result, output, template)
        if text is not None:
            write_text(output, text)
    except (TemplateProblem, PdfProblem) as problem:
        raise template_failed(problem) from None
    except OSError as exc:
        raise fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None
