"""Chú thích bỏ qua sai cú pháp hoặc nêu mã quy tắc không tồn tại.

Danh sách mã quy tắc: ``cchc rules``.

Đúng:

    lead: [Sở Đất đai]  # cchc: ignore[A001] Bản gốc ghi nhầm, không có Sở Đất đai

Sai:

    lead: [Sở Đất đai]  # cchc: ignore A001
    lead: [Sở Đất đai]  # cchc: ignore[A01] …
"""

from __future__ import annotations

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Q003"
NAME = "suppression-invalid"
TITLE = N_("Chú thích bỏ qua sai")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
SUPPRESSIBLE = False  # a "# cchc: ignore" comment cannot hide it
check = None
