"""``cchc site``: a static summary site of the plans."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cchc.base.i18n import tr
from cchc.base.oserrors import os_error_text
from cchc.commands.common import (
    config,
    fail,
    parse_date,
    read_workspace,
    template_failed,
)
from cchc.commands.options import (
    AsOfOpt,
    PathsArg,
)


def site(
    paths: PathsArg = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Thư mục trang tổng hợp.")] = Path("site"),
    as_of: AsOfOpt = None,
    soon: Annotated[int | None, typer.Option("--soon", min=0, help="Số ngày trước hạn được coi là sắp đến hạn.")] = None,
) -> None:
    """Tạo trang tổng hợp tĩnh, mở trực tiếp bằng trình duyệt hoặc đăng lên GitHub Pages.

    Gồm số liệu, biểu đồ theo lĩnh vực, bảng theo cơ quan, danh sách quá hạn, trang từng kế hoạch, lọc
    theo cơ quan/lĩnh vực/trạng thái."""
    from cchc.writing.render import TemplateProblem
    from cchc.writing.site import LinkInOutput, build_site

    day = parse_date(as_of)
    workspace = read_workspace(paths)
    try:
        written = build_site(workspace.plans, workspace.registries, day, output,
                             soon=soon if soon is not None else config().soon)
    except TemplateProblem as problem:
        raise template_failed(problem) from None
    except LinkInOutput as problem:
        raise template_failed(problem) from None  # message, hint, exit 2
    except OSError as exc:
        raise fail(tr("không ghi được thư mục \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None
    sys.stdout.write(tr("Đã tạo {count} tệp trong {path}/ — mở {path}/index.html bằng trình duyệt.",
                        count=len(written), path=output) + "\n")
