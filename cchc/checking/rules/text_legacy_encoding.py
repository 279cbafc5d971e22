"""Văn bản có vẻ gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI rồi dán vào như Unicode.

Văn bản như "Céng hoµ x· héi chñ nghÜa" (TCVN3) hay "Coäng hoøa xaõ hoäi" (VNI) là chữ tiếng Việt
bị hiển thị sai bảng mã: không đọc được, không tìm kiếm được. Cần chuyển mã sang Unicode.

Đúng:

    content: Cộng hòa xã hội chủ nghĩa Việt Nam

Sai:

    content: Céng hoµ x· héi chñ nghÜa ViÖt Nam
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.base.text import looks_legacy_encoded, may_be_legacy_encoded
from cchc.checking.rules.base import Context

CODE = "U002"
NAME = "legacy-encoding"
TITLE = N_("Văn bản gõ bằng bảng mã cũ")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "data"  # runs on every YAML file that loaded
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.escapes and not may_be_legacy_encoded(ctx.loaded.text):
        return  # no string holds a TCVN3/VNI sign (see Context.escapes)
    for path, text in ctx.strings:
        if looks_legacy_encoded(text):
            sample = text if len(text) <= 40 else text[:40] + "…"
            yield Finding(
                msg("Văn bản có vẻ gõ bằng bảng mã TCVN3 (ABC) hoặc VNI: \"{sample}\".", sample=sample),
                msg("Chuyển mã sang Unicode dựng sẵn (Unikey: Công cụ chuyển mã, chọn bảng mã nguồn "
                    "TCVN3 hoặc VNI Windows, bảng mã đích Unicode) rồi dán lại."),
                path=path,
            )
