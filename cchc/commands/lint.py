"""``cchc lint``: check plans (YAML syntax, schema, content rules) and print the findings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cchc import __version__
from cchc.base.i18n import tr
from cchc.commands.common import (
    config,
    default_missing,
    human,
    open_output,
    speed,
    stderr,
)
from cchc.commands.options import (
    JobsOpt,
    LintFormat,
    NoCacheOpt,
    PathsArg,
    format_help,
)
from cchc.writing.formats import LINT


def lint(
    paths: PathsArg = None,
    format: Annotated[LintFormat, typer.Option(
        "--format", "-f", help=format_help("Định dạng kết quả: {formats}; auto chọn github khi chạy trong GitHub Actions.", LINT),
        case_sensitive=False)] = LintFormat["auto"],
    strict: Annotated[bool, typer.Option("--strict", help="Coi cảnh báo là lỗi (mã thoát 1).")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Ghi kết quả vào tệp thay vì màn hình.")] = None,
    no_cache: NoCacheOpt = False,
    jobs: JobsOpt = None,
    only_plans: Annotated[bool, typer.Option("--only-plans", help=(
        "Chỉ kiểm tra các tệp nằm trong thư mục kế hoạch (thư mục ghi trong cchc.toml, mặc định plans/), bỏ qua "
        "tệp khác được ghi trên dòng lệnh (dùng cho pre-commit)."))] = False,
) -> None:
    """Kiểm tra kế hoạch: cú pháp YAML, định dạng (lược đồ) và các quy tắc nội dung.

    Mã thoát: 0 không có lỗi; 1 có lỗi (cả cảnh báo nếu dùng --strict); 2 không chạy được.
    """
    from cchc.checking.lint import lint_paths
    from cchc.writing.output import FORMATS, resolve

    targets = list(paths) if paths else [config().plans]
    if only_plans and paths:
        from cchc.checking.lint import within

        folder = config().plans
        targets = [path for path in paths if within(path, folder)]
        if len(targets) < len(paths):
            stderr("cchc: " + tr("bỏ qua {count} tệp không nằm trong thư mục kế hoạch {folder}.",
                                  count=len(paths) - len(targets), folder=folder))
        if not targets:
            raise typer.Exit(0)
    result = lint_paths(targets, models=False, **speed(no_cache, jobs))
    _warn_stale_schema(targets)
    for missing in result.missing:
        stderr("cchc: " + tr("không tìm thấy tệp hoặc thư mục \"{path}\".", path=missing))
    default_missing(paths, result.missing)
    if result.missing and not result.files:
        raise typer.Exit(2)
    if result.crashed:
        stderr("cchc: " + tr("một tiến trình kiểm tra con bị dừng đột ngột (có thể do hết bộ nhớ); {count} tệp chưa có "
                              "kết quả đã được kiểm tra lại trong tiến trình chính và kết quả dưới đây là đầy đủ, nhưng lần chạy "
                              "kết thúc với mã thoát 2 để báo sự cố này.", count=result.crashed))
        stderr("  " + tr("gợi ý: {hint}", hint=tr("Chạy lại với --jobs 1, hoặc tăng giới hạn bộ nhớ của máy chạy CI.")))
    writer = FORMATS[resolve(format.value)]
    with open_output(output, human=human(resolve(format.value))) as stream:
        writer(result, stream)
    raise typer.Exit(result.exit_code(strict))


def _warn_stale_schema(targets: list[Path]) -> None:
    """One line on stderr when the repository's copy of the schemas (``cchc init``) is not the
    installed cchc's: the editor checks plans against the copy."""
    from cchc.checking.schema_copy import find_schema_copy, stale_schemas

    copy = find_schema_copy(targets[0] if targets else Path("."))
    if copy is not None and stale_schemas(copy):
        stderr("cchc: " + tr("cảnh báo: lược đồ trong {folder} khác lược đồ của cchc đang cài (phiên bản {version}); "
                              "chạy \"cchc init --update-schema\" để cập nhật.", folder=copy, version=__version__))
