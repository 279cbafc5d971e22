"""Chú thích bỏ qua sai cú pháp hoặc nêu mã quy tắc không tồn tại.

Danh sách mã quy tắc: ``cchc rules``.

Đúng:

    lead: [Sở Đất đai]  # cchc: ignore[A001] Bản gốc ghi nhầm, không có Sở Đất đai

Sai:

    lead: [Sở Đất đai]  # cchc: ignore A001
    lead: [Sở Đất đai]  # cchc: ignore[A01] …
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Q003"
NAME = "suppression-invalid"
TITLE = N_("Chú thích bỏ qua sai")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
SUPPRESSIBLE = False  # a "# cchc: ignore" comment cannot hide it
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "malformed": N_("Chú thích bỏ qua sai cú pháp."),
    "malformed.hint": N_("Cú pháp đúng: # cchc: ignore[MÃ1,MÃ2] lý do (xem mã bằng lệnh cchc rules)."),
    "unknown-code": N_("Mã quy tắc \"{code}\" không tồn tại."),
    "unknown-code.hint": N_("Xem danh sách mã bằng lệnh cchc rules."),
    "unsuppressible": N_("Không thể bỏ qua mã {code}."),
    "unsuppressible.hint": N_("Sửa nguyên nhân thay vì bỏ qua."),
})
