"""Nhiệm vụ cấp trên mà nhiệm vụ này thực hiện (``implements``) phải tồn tại.

Tham chiếu viết dạng ``<mã kế hoạch>#<số thứ tự nhiệm vụ>`` (hoặc ``#<key>``). cchc tìm kế hoạch
cấp trên trong các tệp đang kiểm tra, và nếu không có thì trong thư mục ``plans`` gần nhất chứa tệp.
Quy tắc được kiểm tra sau khi đã đọc mọi kế hoạch.

Đúng:

    implements: [quang-nam-ctr-nq16-2021-2025#1.3]

Sai (kế hoạch cấp trên không có nhiệm vụ 1.30):

    implements: [quang-nam-ctr-nq16-2021-2025#1.30]
"""

from __future__ import annotations

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "I001"
NAME = "parent-reference"
TITLE = N_("Nhiệm vụ cấp trên không tồn tại")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "cross-plan"  # raised by the link pass after every file is read (cchc.deriving.links)
check = None  # cross-plan: run by cchc.deriving.links after every file is read
