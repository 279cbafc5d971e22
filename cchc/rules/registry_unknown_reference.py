"""Trong danh mục cơ quan, mã được tham chiếu (parent, successors, members) phải tồn tại.

Mã cơ quan cũng không được trùng nhau.

Đúng:

    agencies:
      - {id: so-tttt, name: Sở Thông tin và Truyền thông, ended: "2025-03-01", successors: [so-khcn]}
      - {id: so-khcn, name: Sở Khoa học và Công nghệ}

Sai:

    agencies:
      - {id: so-tttt, name: Sở Thông tin và Truyền thông, ended: "2025-03-01", successors: [so-kh-cn]}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.diagnostics import Finding, Severity
from cchc.rules.base import Context

CODE = "R002"
NAME = "registry-unknown-reference"
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    registry = ctx.registry
    if registry is None:
        return
    ids: dict[str, str] = {}
    own = [e for e in registry.entries if e.path and str(ctx.registry_path) == registry.source]
    for entry in registry.entries:
        if entry.id in ids and entry in own:
            yield Finding(f"Mã \"{entry.id}\" bị trùng.", "Mỗi cơ quan, nhóm cần một mã riêng.",
                          path=(*entry.path, "id"))
        ids.setdefault(entry.id, entry.name)
    for entry in own:
        refs = [("parent", entry.parent)] if entry.parent else []
        refs += [(f"successors/{i}", s) for i, s in enumerate(entry.successors)]
        refs += [(f"members/{i}", m) for i, m in enumerate(entry.members)]
        for where, ref in refs:
            if ref not in ids:
                parts = where.split("/")
                sub = (parts[0], int(parts[1])) if len(parts) == 2 else (parts[0],)
                yield Finding(f"Mã \"{ref}\" không có trong danh mục.",
                              "Kiểm tra lại mã, hoặc thêm cơ quan đó vào danh mục.",
                              path=(*entry.path, *sub))
