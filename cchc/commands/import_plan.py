"""``cchc import``: a Word (.docx) or tab-separated text plan turned into plan YAML."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from cchc.base.i18n import tr
from cchc.base.oserrors import os_error_text
from cchc.commands.common import (
    fail,
    stderr,
)
from cchc.commands.options import (
    ImportFormat,
    format_help,
)
from cchc.writing.formats import IMPORT_SUMMARY


def import_(
    file: Annotated[Path, typer.Argument(help="Tệp kế hoạch cần nhập: .docx, .txt hoặc .md.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp YAML ghi ra (không có thì in ra màn hình).")] = None,
    registry: Annotated[Path | None, typer.Option("--registry", help="Danh mục cơ quan (agencies.yaml) để tách ô cơ quan; mặc định: danh mục gần nơi ghi tệp.")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Thời kỳ kế hoạch: 2021 hoặc 2021-2025 (khi văn bản không ghi rõ).")] = None,
    plan_id: Annotated[str | None, typer.Option("--id", help="Mã kế hoạch (mặc định theo tên tệp).")] = None,
    format: Annotated[ImportFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help=format_help("Định dạng bản tóm tắt: {formats} (cho script).", IMPORT_SUMMARY, " hoặc "))] = ImportFormat["text"],
    force: Annotated[bool, typer.Option("--force", help="Cho phép ghi đè tệp đầu ra đã có.")] = False,
    write_registry: Annotated[bool, typer.Option(
        "--write-registry", help="Ghi danh mục cơ quan khởi tạo (agencies.yaml) cạnh tệp đầu ra từ các tên cơ quan "
                                 "kế hoạch ghi; không bao giờ ghi đè danh mục đã có.")] = False,
    allow_empty: Annotated[bool, typer.Option("--allow-empty", help="Chấp nhận kế hoạch không có nhiệm vụ nào dù tệp có phụ lục hoặc bảng (mặc định: từ chối, để không mất nhiệm vụ).")] = False,
) -> None:
    """Nhập kế hoạch từ Word (.docx) hoặc văn bản có bảng phân cách bằng Tab (.txt/.md) thành YAML."""
    import os

    from cchc.authoring.importer import ImportProblem, import_file, load_registry
    from cchc.reading.agencies import find_registry_file

    if not file.is_file():
        raise fail(tr("không tìm thấy tệp \"{path}\".", path=file))
    if output is not None and output.exists() and not force:
        raise fail(tr("tệp \"{path}\" đã có; cchc không ghi đè (thêm --force nếu muốn thay).", path=output))
    registry_out: Path | None = None
    if write_registry:
        if output is None:
            raise fail(tr("--write-registry cần -o TỆP.yaml: danh mục cơ quan được ghi cạnh tệp kế hoạch."))
        registry_out = output.parent / "agencies.yaml"
        existing = next((output.parent / name for name in ("agencies.yaml", "agencies.yml")
                         if (output.parent / name).exists()), None)
        if existing is not None:
            stderr("cchc: " + tr("danh mục cơ quan \"{path}\" đã có; cchc không ghi đè danh mục (không ghi tệp nào).",
                                  path=existing))
            stderr("  " + tr("gợi ý: {hint}", hint=tr("Bỏ --write-registry để nhập theo danh mục này, rồi bổ sung tên "
                                                       "cơ quan còn thiếu vào danh mục bằng tay.")))
            raise typer.Exit(1)
    starter = None
    try:
        found_path = find_registry_file(output) if output is not None else None
        registry_path = registry or found_path
        chosen = load_registry(registry_path) if registry_path else None
        # The plan is checked (and source defects suppressed) with the registry it will be linted with.
        lint_with: Any = True
        if registry is not None and output is not None and found_path != registry.resolve():
            lint_with = load_registry(found_path) if found_path else None
        result = import_file(file, registry=chosen, period=period, plan_id=plan_id, lint_registry=lint_with,
                             allow_empty=allow_empty)
        if registry_out is not None:
            from cchc.authoring.registry_starter import (
                agencies_schema_reference,
                jurisdiction_of,
                plan_agency_names,
                starter_registry,
            )

            extends = (Path(os.path.relpath(registry_path.resolve(), registry_out.parent.resolve())).as_posix()
                       if registry_path is not None and chosen is not None else None)
            starter = starter_registry(plan_agency_names(result.data), jurisdiction=jurisdiction_of(
                result.data["document"]), source=file.name, parent=chosen, extends=extends,
                schema=agencies_schema_reference(registry_out.parent))
            merged = starter.registry(str(registry_out), chosen)
            result = import_file(file, registry=merged, period=period, plan_id=plan_id, lint_registry=merged,
                                 allow_empty=allow_empty)
    except ImportProblem as problem:
        stderr(f"cchc: {problem.message}")
        if problem.hint:
            stderr("  " + tr("gợi ý: {hint}", hint=problem.hint))
        raise typer.Exit(1) from None
    text = result.yaml_text
    if output is not None:
        text = result.yaml_at(output)
        from cchc.base.atomic import write_new_file

        if starter is not None and registry_out is not None:
            try:
                write_new_file(registry_out, starter.text.encode("utf-8"))
            except OSError as exc:
                raise fail(tr("không ghi được tệp \"{path}\": {error}.", path=registry_out,
                               error=os_error_text(exc))) from None
        try:
            write_new_file(output, text.encode("utf-8"))
        except OSError as exc:
            if starter is not None and registry_out is not None:
                registry_out.unlink(missing_ok=True)  # both files or neither
            raise fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None
    else:
        sys.stdout.write(text)
    IMPORT_SUMMARY.writer(format.value)(file, output, result.summary, starter, registry_out, sys.stdout, sys.stderr)
