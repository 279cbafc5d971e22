"""Chú thích bỏ qua không bỏ qua được lỗi nào.

Khi lỗi đã được sửa, hãy xóa chú thích bỏ qua, để nó không che một lỗi mới về sau.

Đúng (T002 thật sự xảy ra ở nhiệm vụ này):

    - id: "1"  # cchc: ignore[T002] Bản gốc không ghi sản phẩm
      content: Hoàn thiện hệ thống văn bản quy phạm pháp luật.
      deadline: Năm 2021

Sai (nhiệm vụ đã có sản phẩm):

    - id: "1"  # cchc: ignore[T002] Bản gốc không ghi sản phẩm
      content: Hoàn thiện hệ thống văn bản quy phạm pháp luật.
      output: Nghị quyết của HĐND tỉnh
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Q002"
NAME = "suppression-unused"
TITLE = N_("Chú thích bỏ qua thừa")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
SUPPRESSIBLE = False  # a "# cchc: ignore" comment cannot hide it
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "unused": N_("Chú thích bỏ qua {code} không bỏ qua lỗi nào."),
    "unused.hint": N_("Lỗi này không (còn) xảy ra ở đây: xóa mã khỏi chú thích, hoặc xóa cả chú thích."),
})
