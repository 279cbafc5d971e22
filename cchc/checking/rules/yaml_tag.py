"""Thẻ YAML (``!tên``, ``!!python/object``…) không thuộc định dạng kế hoạch.

Kế hoạch là dữ liệu: cchc không bao giờ tạo đối tượng theo thẻ. Một thẻ đứng trước giá trị bị bỏ
qua và giá trị được đọc như văn bản thường — nhưng người soạn thường không có ý viết thẻ: văn bản
bắt đầu bằng "!" cần đặt trong dấu nháy, nếu không phần "!…" đầu tiên sẽ mất.

Đúng:

    output: "!!! Báo cáo khẩn"

Sai:

    output: !!! Báo cáo khẩn
    content: !!python/object:os.system "rm -rf /"
"""

from __future__ import annotations

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Y005"
NAME = "yaml-tag"
TITLE = N_("Thẻ YAML không được dùng")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)
LOAD_KIND = "tag"  # the loader's problem kind reported under this code
check = None
