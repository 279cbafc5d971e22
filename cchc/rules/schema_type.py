"""Giá trị sai kiểu dữ liệu (cần văn bản mà gặp số, cần danh sách mà gặp văn bản…).

Đúng:

    lead: [Sở Nội vụ]
    id: "1.10"

Sai (lead phải là danh sách; 1.10 không có dấu nháy bị đọc thành số 1.1):

    lead: Sở Nội vụ
    id: 1.10
"""

from __future__ import annotations

from cchc.diagnostics import Severity

CODE = "S003"
NAME = "schema-type"
SEVERITY = Severity.ERROR
check = None
