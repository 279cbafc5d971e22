"""Khóa không có trong định dạng (thường do gõ sai tên khóa).

Lược đồ không cho phép khóa lạ, để lỗi gõ như "ouput" thay cho "output" không bị bỏ qua âm thầm.
Gợi ý kèm theo nêu khóa gần đúng nhất.

Đúng:

    - id: "1"
      output: Quyết định của UBND tỉnh

Sai:

    - id: "1"
      ouput: Quyết định của UBND tỉnh
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "S001"
NAME = "schema-unknown-key"
TITLE = N_("Khóa không có trong định dạng")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
SCHEMA_KIND = "unknown-key"  # the schema check's problem kind reported under this code
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "unknown": N_("Khóa \"{key}\" không có trong định dạng {kind}."),
    "unknown.close": N_("Có phải ý bạn là \"{name}\"? "),
    "unknown.hint": N_("Các khóa hợp lệ ở đây: {keys}."),
})
