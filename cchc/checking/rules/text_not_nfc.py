"""Văn bản không ở dạng Unicode dựng sẵn (NFC).

Chữ tiếng Việt gõ bằng Unicode tổ hợp (ví dụ "ệ" = "e" + dấu mũ + dấu nặng riêng lẻ) trông giống
hệt nhưng không khớp khi tìm kiếm, so sánh tên cơ quan hay sắp xếp. Thường gặp khi sao chép từ
PDF hoặc từ máy Mac. Gợi ý cách chuyển: Unikey → Công cụ chuyển mã → Unicode tổ hợp → Unicode.

Đúng (NFC):

    content: Kiện toàn tổ chức bộ máy

Sai (NFD: "ệ" gồm ba ký tự e + dấu mũ + dấu nặng):

    content: Kie\u0302\u0323n toàn tổ chức bộ máy
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.base.text import first_non_nfc, is_nfc
from cchc.checking.rules.base import Context

CODE = "U001"
NAME = "text-not-nfc"
TITLE = N_("Văn bản không ở dạng NFC")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "data"  # runs on every YAML file that loaded
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.escapes and is_nfc(ctx.loaded.text):
        return  # no string can be anything but NFC (see Context.escapes)
    for path, text in ctx.strings:
        if not is_nfc(text):
            at = first_non_nfc(text)
            sample = unicodedata.normalize("NFC", text[max(0, at - 10): at + 10])
            yield Finding(
                msg("Văn bản không ở dạng Unicode dựng sẵn (NFC), gần \"{sample}\".", sample=sample),
                msg("Chuyển sang Unicode dựng sẵn (Unikey: Công cụ chuyển mã, từ Unicode tổ hợp sang "
                    "Unicode) rồi lưu lại."),
                path=path,
            )
