"""Lỗi nội bộ của cchc khi kiểm tra một tệp.

Không phải lỗi của kế hoạch: một quy tắc gặp sự cố. Các quy tắc khác và các tệp khác vẫn được
kiểm tra. Hãy báo lỗi này cho người phát triển kèm tệp kế hoạch.

Đúng: (không có ví dụ — mọi kế hoạch hợp lệ đều không gây lỗi này)

Sai: (không có ví dụ)
"""

from __future__ import annotations

from cchc.diagnostics import Severity

CODE = "X001"
NAME = "internal-error"
SEVERITY = Severity.ERROR
check = None
