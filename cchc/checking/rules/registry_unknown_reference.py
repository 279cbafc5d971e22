"""Trong danh mục cơ quan, mã được tham chiếu (parent, successors, members) phải tồn tại.

Mã cơ quan cũng không được trùng nhau, và danh mục cấp trên ghi ở ``extends`` phải đọc được.
Mã của danh mục cấp trên được dùng như mã của chính danh mục này.

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
from types import MappingProxyType

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "R002"
NAME = "registry-unknown-reference"
TITLE = N_("Mã cơ quan tham chiếu không tồn tại")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "registry"  # runs on each agency registry


def check(ctx: Context) -> Iterator[Finding]:
    registry = ctx.registry
    if registry is None:
        return
    ids: dict[str, str] = {entry.id: entry.name for entry in registry.entries[: registry.inherited]}
    own = registry.own
    for entry in own:
        if entry.id in ids:
            yield Finding(msg("Mã \"{id}\" bị trùng.", id=entry.id), msg("Mỗi cơ quan, nhóm cần một mã riêng."),
                          path=(*entry.path, "id"))
        ids.setdefault(entry.id, entry.name)
    for entry in own:
        refs: list[tuple[tuple[str | int, ...], str]] = []
        if entry.parent:
            refs.append((("parent",), entry.parent))
        refs += [(("successors", i), s) for i, s in enumerate(entry.successors)]
        refs += [(("members", i), m) for i, m in enumerate(entry.members)]
        for sub, ref in refs:
            if ref not in ids:
                yield Finding(msg("Mã \"{id}\" không có trong danh mục.", id=ref),
                              msg("Kiểm tra lại mã, hoặc thêm cơ quan đó vào danh mục."),
                              path=(*entry.path, *sub))

# What the engine reports under this code: it takes the texts from here (rules.message).
MESSAGES = MappingProxyType({
    "extends": N_("Danh mục cấp trên (extends) có vấn đề: {problem}."),
    "extends.hint": N_("Sửa đường dẫn extends (tương đối so với tệp này) hoặc lỗi trong danh mục đó."),
    "extends.outside": N_("tệp {path} nằm ngoài kho git, cchc không đọc"),
    "extends.missing": N_("không tìm thấy tệp {path}"),
})
