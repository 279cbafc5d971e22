"""Giá trị sai kiểu dữ liệu (cần văn bản mà gặp số, cần danh sách mà gặp văn bản…).

Đúng:

    lead: [Sở Nội vụ]
    id: "1.10"

Sai (lead phải là danh sách; 1.10 không có dấu nháy bị đọc thành số 1.1):

    lead: Sở Nội vụ
    id: 1.10
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "S003"
NAME = "schema-type"
TITLE = N_("Sai kiểu dữ liệu")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
SCHEMA_KIND = "type"  # the schema check's problem kind reported under this code
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "type": N_("Sai kiểu dữ liệu: cần {wanted}, nhưng gặp {got}."),
    "type.quote-raw": N_("Đặt giá trị trong dấu nháy để giữ nguyên cách viết, ví dụ \"{raw}\"."),
    "type.list": N_("Cần danh sách, kể cả khi chỉ có một phần tử; viết {example}, hoặc mỗi phần tử "
                    "một dòng bắt đầu bằng \"- \"."),
    "type.quote": N_("Đặt giá trị trong dấu nháy: \"{value}\"."),
    "type.empty": N_("Giá trị đang để trống: điền giá trị hoặc xóa cả dòng khóa này."),
    "type.colon": N_("Văn bản có dấu \": \" nên YAML hiểu thành cặp khóa: giá trị; đặt cả đoạn văn "
                     "trong dấu nháy kép."),
    "type.unquote": N_("Bỏ dấu nháy: viết {number} thay vì \"{value}\"."),
    "type.too-large": N_("Số quá lớn: kiểm tra lại giá trị."),
    "type.leading-zero": N_("Số viết có chữ số 0 ở đầu nên được đọc là văn bản; bỏ số 0 ở đầu."),
    "type.hint": N_("Xem mô tả của khóa này khi di chuột trong VS Code."),
    "alternatives": N_("Giá trị {value} không hợp lệ: cần {options}."),
    "alternatives.hint": N_("Đoạn văn viết dạng chuỗi; mục con là đối tượng có number, title, content."),
})
