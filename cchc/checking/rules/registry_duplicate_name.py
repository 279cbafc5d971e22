"""Trong danh mục cơ quan, một tên (hoặc tên viết tắt, tên gọi khác) chỉ được thuộc về một cơ quan.

Vì tra cứu không phân biệt hoa thường và dấu, "Sở Nội vụ" và "SỞ NỘI VỤ" là cùng một tên. Tên trùng
giữa hai cơ quan làm việc tra cứu không xác định được cơ quan nào.

Đúng:

    agencies:
      - {id: so-noi-vu, name: Sở Nội vụ, short: [SNV]}
      - {id: so-tu-phap, name: Sở Tư pháp, short: [STP]}

Sai:

    agencies:
      - {id: so-noi-vu, name: Sở Nội vụ, short: [SNV]}
      - {id: so-nong-nghiep, name: Sở Nông nghiệp, short: [SNV]}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.base.text import excerpt
from cchc.checking.rules.base import Context

CODE = "R001"
NAME = "registry-duplicate-name"
TITLE = N_("Tên cơ quan bị trùng")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "registry"  # runs on each agency registry


def check(ctx: Context) -> Iterator[Finding]:
    registry = ctx.registry
    if registry is None:
        return
    for name, path, other in registry.duplicates:
        yield Finding(msg("Tên \"{name}\" đã dùng cho {other} ({id}).", name=excerpt(name), other=excerpt(other.name), id=other.id),
                      msg("Mỗi tên chỉ thuộc về một cơ quan hoặc một nhóm; xóa hoặc sửa một trong hai."),
                      path=path)
