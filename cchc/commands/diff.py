"""``cchc diff``: what changed in the plans between two git revisions, in the domain's words."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from cchc.authoring.formats import DIFF
from cchc.commands.common import (
    config,
    fail,
    human,
)
from cchc.commands.options import (
    DiffFormat,
    format_help,
)


def diff(
    rev1: Annotated[str, typer.Argument(help="Mốc git đầu (commit, nhánh, thẻ).")],
    rev2: Annotated[str | None, typer.Argument(help="Mốc git sau; bỏ trống là thư mục làm việc hiện tại.",
                                               show_default=False)] = None,
    paths: Annotated[list[str] | None, typer.Argument(help="Thư mục hoặc tệp kế hoạch (mặc định: plans).",
                                                       show_default=False)] = None,
    format: Annotated[DiffFormat, typer.Option("--format", "-f", case_sensitive=False,
                                               help=format_help("Định dạng: {formats}.", DIFF))] = DiffFormat["text"],
    repo: Annotated[Path, typer.Option("--repo", help="Thư mục kho git.")] = Path("."),
) -> None:
    """Những gì thay đổi trong kế hoạch giữa hai mốc git, nói bằng ngôn ngữ nghiệp vụ.

    Nhiệm vụ thêm, bỏ; thời hạn dời bao lâu; cơ quan chủ trì, phối hợp đổi; tiến độ, chỉ tiêu, kết quả
    ghi thêm."""
    from cchc.authoring.diff import DiffProblem, semantic_diff, write_diff

    chosen = list(paths or [])
    second = rev2
    if rev2 is not None and not chosen and (Path(rev2).exists() and not _is_revision(repo, rev2)):
        second, chosen = None, [rev2]  # "cchc diff HEAD~1 plans": the second word is a path
    try:
        report = semantic_diff(repo, rev1, second, chosen or [str(config().plans)])
        from cchc.writing.output.console import text_stream

        write_diff(report, format.value, text_stream(sys.stdout) if human(format) else sys.stdout)
    except DiffProblem as problem:
        raise fail(problem.message) from None


def _is_revision(repo: Path, name: str) -> bool:
    import subprocess

    try:
        return subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", name + "^{commit}"],
                              capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False
