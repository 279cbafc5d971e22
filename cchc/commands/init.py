"""``cchc init``: the skeleton of a plans repository for one unit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cchc.base.i18n import tr
from cchc.base.oserrors import os_error_text
from cchc.commands.common import (
    fail,
)


def init(
    directory: Annotated[Path, typer.Argument(help="Thư mục kho kế hoạch (mặc định: thư mục hiện tại).")] = Path("."),
    unit: Annotated[str | None, typer.Option("--unit", help="Tên đơn vị sở hữu kho kế hoạch, ví dụ \"UBND huyện Bình Sơn\".")] = None,
    schema_url: Annotated[str | None, typer.Option("--schema-url", help="Nơi đặt lược đồ (URL hoặc thư mục trong kho); mặc định chép lược đồ vào .cchc/schema/.")] = None,
    sample: Annotated[bool, typer.Option("--sample", help="Tạo lại kế hoạch mẫu, kể cả khi đã xóa hoặc thư mục plans/ đã có kế hoạch.")] = False,
    update_schema: Annotated[bool, typer.Option("--update-schema", help="Chỉ cập nhật bản sao lược đồ trong .cchc/schema/ theo cchc đang cài.")] = False,
) -> None:
    """Tạo khung kho kế hoạch cho một đơn vị.

    Gồm plans/, danh mục cơ quan, kế hoạch mẫu, CI, pre-commit, cấu hình VS Code và hướng dẫn. Không
    bao giờ ghi đè tệp đã có; chạy lại không thay đổi gì."""
    from cchc.authoring.scaffold import init_repository, update_schemas

    try:
        if update_schema:
            result = update_schemas(directory)
        else:
            result = init_repository(directory, unit=unit, schema_url=schema_url, sample=sample)
    except OSError as exc:
        raise fail(tr("không tạo được tệp trong \"{path}\": {error}.", path=directory, error=os_error_text(exc))) from None
    for path in result.created:
        sys.stdout.write(tr("tạo   {path}", path=path) + "\n")
    for path in result.updated:
        sys.stdout.write(tr("cập nhật {path}", path=path) + "\n")
    for path in result.kept:
        if update_schema:
            sys.stdout.write(tr("giữ   {path} (đã đúng lược đồ của cchc đang cài)", path=path) + "\n")
        else:
            sys.stdout.write(tr("giữ   {path} (đã có, không ghi đè)", path=path) + "\n")
    for path in result.skipped:
        sys.stdout.write(tr("bỏ qua {path} (đã xóa sau lần init trước, hoặc plans/ đã có kế hoạch; "
                            "tạo lại kế hoạch mẫu bằng --sample)", path=path) + "\n")
    if not result.created and not result.updated and not result.skipped:
        sys.stdout.write(tr("Không có gì thay đổi: mọi tệp đều đã có.") + "\n")
