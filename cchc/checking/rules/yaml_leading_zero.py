"""Số viết có chữ số 0 ở đầu mà không đặt trong dấu nháy.

Theo YAML 1.2, ``01`` là số 1: chữ số 0 ở đầu bị mất (số văn bản "Số: 01/KH-UBND" thành 1). cchc
đọc như mọi trình đọc YAML khác, và cảnh báo để người soạn đặt giá trị trong dấu nháy.

Đúng:

    number: "01"

Sai:

    number: 01
"""

from __future__ import annotations

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Y004"
NAME = "leading-zero"
TITLE = N_("Số có chữ số 0 ở đầu")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
LOAD_KIND = "leading-zero"  # the loader's problem kind reported under this code
check = None
