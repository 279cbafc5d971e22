"""Hạn của nhiệm vụ cấp dưới không nên muộn hơn hạn của nhiệm vụ cấp trên mà nó thực hiện.

Huyện thực hiện nhiệm vụ tỉnh giao hạn Quý II/2021 mà tự đặt hạn Quý IV/2021 thì tỉnh sẽ không
có kết quả đúng hạn để tổng hợp. Chỉ so sánh khi cả hai thời hạn đều đọc được thành ngày.

Đúng (nhiệm vụ tỉnh hạn Quý II/2021):

    deadline: Tháng 5/2021
    implements: [tinh-kh-2021#I.2]

Sai:

    deadline: Quý IV/2021
    implements: [tinh-kh-2021#I.2]
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "I002"
NAME = "parent-deadline"
TITLE = N_("Hạn muộn hơn nhiệm vụ cấp trên")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "cross-plan"  # raised by the link pass after every file is read (cchc.deriving.links)
check = None  # cross-plan: run by cchc.deriving.links after every file is read

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "later": N_("Hạn của nhiệm vụ {ref} ({mine:%d/%m/%Y}) muộn hơn hạn của nhiệm vụ cấp trên "
        "{parent} ({theirs:%d/%m/%Y})."),
    "later.hint": N_("Đặt hạn không muộn hơn {theirs:%d/%m/%Y}, hoặc ghi chú lý do."),
})
