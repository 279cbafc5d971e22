"""Chú thích bỏ qua phải ghi rõ lý do.

Cú pháp: ``# cchc: ignore[MÃ,MÃ] lý do``. Lý do giúp người đọc sau biết vì sao lỗi được chấp nhận
(thường là vì bản gốc của văn bản có sai sót đó).

Đúng:

    output: null  # cchc: ignore[T002] Bản gốc để trống ô Sản phẩm

Sai:

    output: null  # cchc: ignore[T002]
"""

from __future__ import annotations

from cchc.diagnostics import Severity

CODE = "Q001"
NAME = "suppression-no-reason"
SEVERITY = Severity.ERROR
check = None
