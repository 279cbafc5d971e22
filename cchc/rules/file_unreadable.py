"""Tệp phải đọc được, mã hóa UTF-8 và chứa một kế hoạch (một đối tượng YAML).

Báo lỗi khi tệp không đọc được, không phải UTF-8 (ví dụ lưu bằng UTF-16 hay bảng mã cũ), rỗng,
hoặc nội dung không phải một đối tượng khóa: giá trị.

Đúng:

    version: 1
    id: quang-nam-kh-cchc-2021

Sai (tệp chỉ có một danh sách):

    - Sở Nội vụ
    - Sở Tư pháp
"""

from __future__ import annotations

from cchc.diagnostics import Severity

CODE = "Y003"
NAME = "file-unreadable"
SEVERITY = Severity.ERROR
check = None
