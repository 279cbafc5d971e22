"""Hai tệp kế hoạch không được có cùng mã kế hoạch (``id``).

Mã kế hoạch là tên của kế hoạch ở mọi nơi: liên kết ``implements``, ``--plan``, báo cáo, trang
tổng hợp. Tệp chép từ kế hoạch năm trước mà quên đổi ``id:`` làm mọi nhiệm vụ bị đếm hai lần,
nên lỗi này được báo ở dòng ``id:`` của từng tệp, nêu tên các tệp kia; cho đến khi sửa, ``cchc
status``, ``report``, ``agencies``, ``site`` và ``calendar`` bỏ qua mọi tệp mang mã đó và ghi rõ
lý do trong phần chú ý. Lỗi này không bỏ qua được bằng chú thích. Quy tắc được kiểm tra sau khi
đã đọc mọi kế hoạch.

Đúng (kế hoạch năm 2022 chép từ năm 2021, đã đổi mã):

    id: quang-nam-kh-cchc-2022

Sai (tệp kh-cchc-2022.yaml vẫn giữ mã của tệp kh-cchc-2021.yaml):

    id: quang-nam-kh-cchc-2021
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "I003"
NAME = "plan-id-duplicate"
TITLE = N_("Trùng mã kế hoạch")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "cross-plan"  # raised by the link pass after every file is read (cchc.deriving.links)
SUPPRESSIBLE = False  # a "# cchc: ignore" comment cannot hide it
check = None  # cross-plan: run after every file is read (cchc.checking.lint's link pass)

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "duplicate": N_("Mã kế hoạch \"{plan}\" trùng với tệp {files}: mỗi kế hoạch một mã."),
    "duplicate.hint": N_("Đổi id: của tệp chép từ kế hoạch khác (ví dụ đổi năm trong mã); cho đến khi sửa, "
        "cchc status, report, agencies, site và calendar bỏ qua các tệp mang mã này."),
})
