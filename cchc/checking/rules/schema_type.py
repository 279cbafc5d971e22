"""Giá trị sai kiểu dữ liệu (cần văn bản mà gặp số, cần danh sách mà gặp văn bản…).

Đúng:

    lead: [Sở Nội vụ]
    id: "1.10"

Sai (lead phải là danh sách; 1.10 không có dấu nháy bị đọc thành số 1.1):

    lead: Sở Nội vụ
    id: 1.10
"""

from __future__ import annotations

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "S003"
NAME = "schema-type"
TITLE = N_("Sai kiểu dữ liệu")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
SCHEMA_KIND = "type"  # the schema check's problem kind reported under this code
check = None
