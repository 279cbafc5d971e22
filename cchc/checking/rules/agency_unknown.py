"""Tên cơ quan chủ trì, phối hợp không có trong danh mục cơ quan.

Mỗi tên trong ``lead``/``support`` (của nhiệm vụ hoặc nhóm nhiệm vụ) và ``agencies`` (của một
mục trong phần Tổ chức thực hiện) phải khớp tên chuẩn, tên viết tắt hoặc tên gọi khác trong danh
mục ``agencies.yaml`` gần nhất (cùng thư mục hoặc thư mục cha). Việc so khớp không phân biệt chữ
hoa, chữ thường, dấu và khoảng trắng; "UBND" và "Ủy ban nhân dân" được coi là một. Tên gần đúng
nhất được gợi ý. Tên sai chính tả làm nhiệm vụ "mất chủ", không hiện trong báo cáo theo cơ quan.

Đúng (danh mục có Sở Nội vụ):

    lead: [Sở Nội vụ, SNV, sở nội vụ]

Sai (không có cơ quan nào tên như vậy; lỗi chỉ khác dấu như "Sở Nôi vụ" thì vẫn khớp):

    lead: [Sở Nội chính]
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, JsonPath, Severity
from cchc.base.i18n import N_, msg
from cchc.base.text import excerpt
from cchc.checking.rules.base import Context
from cchc.reading.model import Block

CODE = "A001"
NAME = "unknown-agency"
TITLE = N_("Cơ quan không có trong danh mục")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def _check_names(names: tuple[str, ...], path: JsonPath, ctx: Context) -> Iterator[Finding]:
    registry = ctx.registry
    assert registry is not None
    for index, name in enumerate(names):
        if registry.lookup(name) is not None:
            continue
        joined = _split_name(names, index, registry)
        suggestion = registry.suggest(name)
        if joined:
            hint = msg("Tên \"{name}\" có dấu phẩy nên bị tách thành nhiều phần tử: đặt cả tên "
                       "trong dấu nháy kép, ví dụ [\"{name}\"].", name=joined)
        else:
            hint = (msg("Có phải ý bạn là \"{name}\"? ", name=suggestion) if suggestion else "") + msg(
                "Nếu đây là cơ quan mới, thêm vào danh mục {path} (tên chuẩn hoặc aliases).", path=ctx.registry_path)
        yield Finding(msg("Cơ quan \"{name}\" không có trong danh mục cơ quan.", name=excerpt(name)), hint,
                      path=(*path, index))


_LONGEST_NAME = 1_000  # characters; the longest real agency names are under 150


def _split_name(names: tuple[str, ...], index: int, registry: object) -> str | None:
    """A registry name that adjacent items form when joined with ", " (an unquoted comma)."""
    for start in range(max(0, index - 4), index + 1):
        for end in range(index + 1, min(len(names), start + 6) + 1):
            if end - start < 2:
                continue
            if sum(len(name) for name in names[start:end]) > _LONGEST_NAME:
                break  # longer than any agency's name (and a 60 KB name joined 6 ways cost seconds)
            candidate = ", ".join(names[start:end])
            if registry.lookup(candidate) is not None:  # type: ignore[attr-defined]
                return candidate
    return None


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    if plan is None or ctx.registry is None:
        return
    for section in plan.sections():
        yield from _check_names(section.lead, (*section.path, "lead"), ctx)
        yield from _check_names(section.support, (*section.path, "support"), ctx)
    for _, task in plan.tasks():
        yield from _check_names(task.lead, (*task.path, "lead"), ctx)
        yield from _check_names(task.support, (*task.path, "support"), ctx)
    for block in _blocks(plan.body):
        yield from _check_names(block.agencies, (*block.path, "agencies"), ctx)


def _blocks(items: tuple[str | Block, ...]) -> Iterator[Block]:
    for item in items:
        if isinstance(item, Block):
            yield item
            yield from _blocks(item.content)
