"""The command line: a thin typer layer mapping options to library calls and exit codes.

Exit codes: 0 success, 1 problems found (errors; warnings too with --strict), 2 could not run.
Heavy modules are imported inside the commands so that ``cchc --help`` stays fast.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from cchc import __version__

app = typer.Typer(
    name="cchc",
    help="Kế hoạch cải cách hành chính dạng mã: kiểm tra kế hoạch, theo dõi tiến độ, in kế hoạch và báo cáo.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class LintFormat(str, Enum):
    auto = "auto"
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class RulesFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cchc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True,
                                                    help="In phiên bản và thoát.")] = None,
) -> None:
    """Kế hoạch cải cách hành chính dạng mã."""


def _stderr(message: str) -> None:
    sys.stderr.write(message + "\n")


@app.command()
def lint(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Tệp hoặc thư mục kế hoạch (mặc định: plans/).", show_default=False)] = None,
    format: Annotated[LintFormat, typer.Option(
        "--format", "-f", help="Định dạng kết quả: text, json, github, sarif; auto chọn github khi chạy trong GitHub Actions.",
        case_sensitive=False)] = LintFormat.auto,
    strict: Annotated[bool, typer.Option("--strict", help="Coi cảnh báo là lỗi (mã thoát 1).")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Ghi kết quả vào tệp thay vì màn hình.")] = None,
) -> None:
    """Kiểm tra kế hoạch: cú pháp YAML, định dạng (lược đồ) và các quy tắc nội dung.

    Mã thoát: 0 không có lỗi; 1 có lỗi (cả cảnh báo nếu dùng --strict); 2 không chạy được.
    """
    from cchc.lint import lint_paths
    from cchc.output import FORMATS, resolve

    targets = list(paths) if paths else [Path("plans")]
    result = lint_paths(targets)
    for missing in result.missing:
        _stderr(f"cchc: không tìm thấy tệp hoặc thư mục \"{missing}\".")
    if result.missing and not result.files:
        raise typer.Exit(2)
    writer = FORMATS[resolve(format.value)]
    if output is not None:
        try:
            with open(output, "w", encoding="utf-8") as stream:
                writer(result, stream)
        except OSError as exc:
            _stderr(f"cchc: không ghi được tệp \"{output}\": {exc.strerror}.")
            raise typer.Exit(2) from None
    else:
        writer(result, sys.stdout)
    raise typer.Exit(result.exit_code(strict))


@app.command()
def rules(
    format: Annotated[RulesFormat, typer.Option("--format", "-f", help="Định dạng: text, json, markdown.",
                                                case_sensitive=False)] = RulesFormat.text,
    code: Annotated[str | None, typer.Argument(help="Chỉ in một quy tắc (ví dụ T002).", show_default=False)] = None,
) -> None:
    """Liệt kê các quy tắc kiểm tra: mã, tên, mức độ mặc định và hướng dẫn kèm ví dụ."""
    from cchc.ruledoc import render_rules

    try:
        sys.stdout.write(render_rules(format.value, code))
    except KeyError:
        _stderr(f"cchc: không có quy tắc \"{code}\" (xem danh sách bằng cchc rules).")
        raise typer.Exit(2) from None


@app.command()
def areas() -> None:
    """Liệt kê các lĩnh vực cải cách hành chính (mã dùng trong khóa area)."""
    from cchc.areas import AREAS

    for area in AREAS:
        typer.echo(f"{area.code:<20} {area.name}")


def main() -> None:
    app()
