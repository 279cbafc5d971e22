"""Operating-system errors in cchc's words (no heavy imports: the CLI uses it at start-up)."""

from __future__ import annotations

import errno

from cchc.base.i18n import N_, msg

_ERRNO_TEXT = {
    errno.ENOENT: N_("không tồn tại"),
    errno.EACCES: N_("không có quyền đọc/ghi"),
    errno.EPERM: N_("không được phép truy cập"),
    errno.EISDIR: N_("là thư mục"),
    errno.ENOTDIR: N_("đường dẫn có phần không phải thư mục"),
    errno.ELOOP: N_("là liên kết tượng trưng vòng tròn"),
    errno.ENOSPC: N_("ổ đĩa đã đầy"),
    errno.EROFS: N_("ổ đĩa chỉ cho đọc"),
    errno.ENAMETOOLONG: N_("tên quá dài"),
}


def os_error_text(exc: OSError) -> str:
    """An operating-system error in the current language (Python's strerror is never shown);
    deferred text (:func:`cchc.base.i18n.msg`), so a diagnostic that quotes it can be shown in
    another language."""
    known = _ERRNO_TEXT.get(exc.errno or -1)
    return msg(known) if known else msg("lỗi hệ thống (mã {code})", code=exc.errno)
