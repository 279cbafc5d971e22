"""Chú thích bỏ qua phải ghi rõ lý do.

Cú pháp: ``# cchc: ignore[MÃ,MÃ] lý do``. Lý do giúp người đọc sau biết vì sao lỗi được chấp nhận
(thường là vì bản gốc của văn bản có sai sót đó).

Đúng:

    output: null  # cchc: ignore[T002] Bản gốc để trống ô Sản phẩm

Sai:

    output: null  # cchc: ignore[T002]
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Q001"
NAME = "suppression-no-reason"
TITLE = N_("Bỏ qua không ghi lý do")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
SUPPRESSIBLE = False  # a "# cchc: ignore" comment cannot hide it
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "no-reason": N_("Chú thích bỏ qua không ghi lý do."),
    "placeholder": N_("Chú thích bỏ qua chưa ghi lý do: chỗ {placeholder} vẫn còn nguyên."),
    "no-reason.hint": N_("Thêm lý do sau dấu ], ví dụ: # cchc: ignore[T002] Bản gốc không ghi sản phẩm."),
})
