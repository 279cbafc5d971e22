"""Một khóa không được lặp lại trong cùng một đối tượng.

YAML chỉ giữ giá trị của lần ghi cuối, nên khóa lặp làm mất dữ liệu một cách âm thầm.

Đúng:

    - id: "1"
      deadline: Quý II/2021

Sai:

    - id: "1"
      deadline: Quý II/2021
      deadline: Quý III/2021
"""

from __future__ import annotations

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Y002"
NAME = "duplicate-key"
TITLE = N_("Khóa bị lặp lại")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
LOAD_KIND = "duplicate-key"  # the loader's problem kind reported under this code
check = None
