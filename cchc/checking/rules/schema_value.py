"""Giá trị không hợp lệ: ngoài danh sách cho phép, sai định dạng ngày, để trống…

Đúng:

    area: the_che
    progress:
      - date: 2021-06-30
        status: done

Sai:

    area: the-che
    progress:
      - date: 30/6/2021
        status: xong
"""

from __future__ import annotations

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "S004"
NAME = "schema-value"
TITLE = N_("Giá trị không hợp lệ")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
SCHEMA_KIND = "value"  # the schema check's problem kind reported under this code
check = None
