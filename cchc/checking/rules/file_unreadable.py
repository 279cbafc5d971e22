"""Tệp phải đọc được, mã hóa UTF-8 và chứa một kế hoạch (một đối tượng YAML).

Báo lỗi khi tệp không đọc được, không phải UTF-8 (ví dụ lưu bằng UTF-16 hay bảng mã cũ), rỗng,
hoặc nội dung không phải một đối tượng khóa: giá trị.

Một tệp YAML không có khóa nào của kế hoạch (ngoài version) — như tệp cấu hình CI hay pre-commit
được ghi trên dòng lệnh — được báo bằng một lỗi duy nhất "không phải kế hoạch CCHC" thay cho danh
sách lỗi lược đồ (mã thoát 1). Với pre-commit, dùng cchc lint --only-plans để bỏ qua các tệp nằm
ngoài thư mục kế hoạch.

Cũng báo (và không đọc) một liên kết tượng trưng tìm thấy khi duyệt thư mục mà trỏ tới tệp ở ngoài
kho git (hoặc ngoài thư mục đang kiểm tra, nếu không ở trong kho git nào): kiểm tra pull request của
người lạ không được làm lộ nội dung tệp khác trên máy chạy CI. Tệp ghi thẳng trên dòng lệnh thì vẫn
được đọc.

Đúng:

    version: 1
    id: quang-nam-kh-cchc-2021

Sai (tệp chỉ có một danh sách):

    - Sở Nội vụ
    - Sở Tư pháp
"""

from __future__ import annotations

from types import MappingProxyType

from cchc.base.diagnostics import Severity
from cchc.base.i18n import N_

CODE = "Y003"
NAME = "file-unreadable"
TITLE = N_("Tệp không đọc được")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "engine"  # raised by the engine (cchc.checking.lint), not by a check of its own
LOAD_KIND = "read"  # the loader's problem kind reported under this code
check = None

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "empty": N_("Tệp rỗng."),
    "not-mapping": N_("Nội dung tệp không phải một đối tượng (các cặp khóa: giá trị)."),
    "plan.hint": N_("Một kế hoạch bắt đầu bằng version: 1, id: …, document: …, period: …."),
    "report.hint": N_("Tệp báo cáo bắt đầu bằng version: 1, plan: …, period: … (tạo bằng cchc report new)."),
    "registry.hint": N_("Danh mục cơ quan bắt đầu bằng version: 1, jurisdiction: …, agencies: …."),
    "not-a-plan": N_("Tệp không phải kế hoạch CCHC: không có khóa nào của kế hoạch (id, document, period, body…)."),
    "not-a-plan.hint": N_("cchc chỉ kiểm tra kế hoạch; bỏ tệp này khỏi lệnh (tệp YAML khác như cấu hình CI không cần "
        "kiểm tra). Một kế hoạch bắt đầu bằng version: 1, id: …, document: …, period: …."),
})
