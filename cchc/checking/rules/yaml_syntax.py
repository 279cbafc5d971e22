"""Tệp phải là YAML hợp lệ.

Lỗi cú pháp (thụt lề bằng Tab, thiếu dấu ":", dấu nháy chưa đóng, ": " trong văn bản không có
dấu nháy…) được báo đúng dòng, cột; các tệp khác vẫn được kiểm tra tiếp.

Đúng:

    content: "Các Sở: Nội vụ, Thông tin và Truyền thông"

Sai (dấu ": " thứ hai làm YAML hiểu nhầm là một khóa mới):

    content: Các Sở: Nội vụ, Thông tin và Truyền thông
"""

from __future__ import annotations

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Y001"
NAME = "yaml-syntax"
TITLE = N_("Lỗi cú pháp YAML")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOAD_KIND = "syntax"  # the loader's problem kind reported under this code
check = None
