"""``cchc lsp``: the language server for editors."""

from __future__ import annotations

from typing import Annotated

import typer

from cchc.commands.options import AsOfOpt


def lsp(
    as_of: AsOfOpt = None,
    stdio: Annotated[bool, typer.Option("--stdio", show_default=False, help=(
        "Giao tiếp qua stdin/stdout (cách duy nhất; nhận cờ này vì nhiều trình soạn thảo luôn truyền nó)."))] = False,
) -> None:
    """Chạy máy chủ ngôn ngữ (LSP) cho trình soạn thảo: lỗi, gợi ý và chú giải của cchc ngay khi gõ.

    Trình soạn thảo (VS Code, Neovim, Helix, Emacs…) khởi động lệnh này và trao đổi với nó qua stdin/stdout theo giao thức Language Server Protocol; người dùng không cần chạy tay.
    """
    from cchc.commands.common import parse_date
    from cchc.editor.server import run

    run(parse_date(as_of) if as_of is not None else None)
