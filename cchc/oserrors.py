"""Operating-system errors in Vietnamese (no heavy imports: the CLI uses it at start-up)."""

from __future__ import annotations

import errno

_ERRNO_TEXT = {
    errno.ENOENT: "không tồn tại",
    errno.EACCES: "không có quyền đọc/ghi",
    errno.EPERM: "không được phép truy cập",
    errno.EISDIR: "là thư mục",
    errno.ENOTDIR: "đường dẫn có phần không phải thư mục",
    errno.ELOOP: "là liên kết tượng trưng vòng tròn",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENAMETOOLONG: "tên quá dài",
}


def os_error_text(exc: OSError) -> str:
    """An operating-system error in Vietnamese (the English strerror is never shown)."""
    return _ERRNO_TEXT.get(exc.errno or -1, f"lỗi hệ thống (mã {exc.errno})")
