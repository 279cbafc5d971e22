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

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "I001"
NAME = "parent-reference"
TITLE = N_("Nhiệm vụ cấp trên không tồn tại")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "cross-plan"  # raised by the link pass after every file is read (cchc.deriving.links)
check = None  # cross-plan: run by cchc.deriving.links after every file is read

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "no-plan": N_("Không tìm thấy kế hoạch \"{plan}\" mà nhiệm vụ {ref} thực hiện."),
    "no-plan.hint": N_("Kiểm tra mã kế hoạch (khóa id của kế hoạch cấp trên) hoặc đưa kế hoạch đó vào "
        "thư mục plans."),
    "no-task": N_("Kế hoạch {plan} không có nhiệm vụ \"{ref}\"."),
    "no-task.close": N_("Có phải ý bạn là {names}?"),
    "no-task.hint": N_("Xem số thứ tự nhiệm vụ trong kế hoạch {plan}."),
})
