"""Văn bản chứa ký tự điều khiển mà tài liệu Word (XML) không chứa được.

Ký tự như U+000B (ngắt dòng mềm của Word), U+0001 hay U+FFFF thường lẫn vào khi sao chép từ Word
hoặc PDF; viết dưới dạng mã thoát trong nháy kép ("\\v", "\\u0001") thì YAML vẫn đọc được, nhưng khi
in ra DOCX chúng buộc phải bị bỏ. Hãy xóa chúng khỏi kế hoạch.

Đúng:

    output: "Báo cáo quý II"

Sai:

    output: "Báo cáo\\vquý II"
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "U003"
NAME = "text-control-character"
TITLE = N_("Ký tự điều khiển trong văn bản")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "data"  # runs on every YAML file that loaded
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.escapes:
        # Written directly in the text, these characters are refused by the YAML reader (a syntax
        # error, Y001, before any rule runs); only an escape can put one in a string.
        return
    for path, text in ctx.strings:
        match = _ILLEGAL.search(text)
        if match:
            yield Finding(msg("Văn bản chứa ký tự điều khiển U+{code:04X} không in được ra Word.", code=ord(match.group())),
                          msg("Xóa ký tự này (thường lẫn vào khi sao chép từ Word hoặc PDF)."), path=path)
