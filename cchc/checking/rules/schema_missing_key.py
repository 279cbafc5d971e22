"""Thiếu khóa bắt buộc.

Ví dụ mỗi nhiệm vụ phải có id (số thứ tự) và content (nội dung); mỗi kế hoạch phải có version,
id, document và period.

Đúng:

    - id: "2"
      content: Ban hành Quy tắc ứng xử của cán bộ, công chức, viên chức.

Sai:

    - id: "2"
      output: Quyết định của UBND tỉnh
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "S002"
NAME = "schema-missing-key"
TITLE = N_("Thiếu khóa bắt buộc")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
SCHEMA_KIND = "missing-key"  # the schema check's problem kind reported under this code
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "missing": N_("Thiếu khóa bắt buộc \"{name}\"{label}."),
    "missing.hint": N_("Thêm dòng \"{name}: …\" vào đối tượng này."),
})
