"""Lỗi nội bộ của cchc khi kiểm tra một tệp.

Không phải lỗi của kế hoạch: một quy tắc gặp sự cố. Các quy tắc khác và các tệp khác vẫn được
kiểm tra. Hãy báo lỗi này cho người phát triển kèm tệp kế hoạch.

Đúng: (không có ví dụ — mọi kế hoạch hợp lệ đều không gây lỗi này)

Sai: (không có ví dụ)
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "X001"
NAME = "internal-error"
TITLE = N_("Lỗi nội bộ")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
SUPPRESSIBLE = False  # a "# cchc: ignore" comment cannot hide it
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "in-rule": N_("Quy tắc {code} gặp lỗi nội bộ khi kiểm tra tệp này ({error})."),
    "in-engine": N_("cchc gặp lỗi nội bộ khi kiểm tra tệp này ({error})."),
    "hint": N_("Đây là lỗi của cchc, không phải của kế hoạch: hãy báo cho nhóm phát triển kèm tệp này."),
})
