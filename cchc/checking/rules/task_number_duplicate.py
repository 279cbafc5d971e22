"""Số thứ tự nhiệm vụ hoặc nhóm nhiệm vụ bị trùng.

Hai nhiệm vụ cùng số trong một nhóm (hoặc hai nhóm cùng số) khiến không thể tham chiếu nhiệm vụ
một cách chắc chắn (ví dụ khi báo cáo "nhiệm vụ III.3"). Nếu bản gốc đánh số trùng, giữ nguyên
như bản gốc, thêm ``key`` riêng cho nhiệm vụ thứ hai và ghi chú bỏ qua nêu lý do. Mã ``key``
cũng không được trùng trong cùng kế hoạch.

Đúng:

    tasks:
      - id: "3"
        content: Ban hành Quyết định …
      - id: "4"
        content: Điều chỉnh, phê duyệt đề án vị trí việc làm …

Sai:

    tasks:
      - id: "3"
        content: Ban hành Quyết định …
      - id: "3"
        content: Triển khai Quyết định số 2483/QĐ-UBND …
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, JsonPath, Severity
from cchc.base.i18n import N_, msg
from cchc.base.text import excerpt
from cchc.checking.rules.base import Context
from cchc.reading.model import Section, Task

CODE = "N001"
NAME = "duplicate-number"
TITLE = N_("Số thứ tự bị trùng")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model


def _siblings(tasks: tuple[Task, ...], where: str, ctx: Context) -> Iterator[Finding]:
    seen: dict[str, Task] = {}
    for task in tasks:
        key = task.id.strip().rstrip(".)").lower()
        if key in seen:
            first = seen[key]
            line = ctx.loaded.locate(first.path).line
            yield Finding(
                msg("Số thứ tự \"{number}\" bị trùng trong {where} (đã dùng ở dòng {line}).",
                    number=excerpt(task.id), where=where, line=line),
                msg("Sửa số thứ tự; nếu bản gốc đánh số trùng thì giữ nguyên, thêm key: riêng cho "
                    "nhiệm vụ này và ghi chú # cchc: ignore[N001] <lý do>."),
                path=(*task.path, "id"),
            )
        else:
            seen[key] = task
        if task.subtasks:
            yield from _siblings(task.subtasks, msg("nhiệm vụ {ref}", ref=task.ref), ctx)


def _groups(sections: tuple[Section, ...], ctx: Context) -> Iterator[Finding]:
    """Duplicate numbers among sibling groups (each level inside its parent), then in each
    group's tasks and nested groups."""
    numbers: dict[str, JsonPath] = {}  # number → the first section with it
    for section in sections:
        if section.number is not None:
            key = section.number.strip().rstrip(".)").lower()
            if key in numbers:
                yield Finding(
                    msg("Số thứ tự nhóm \"{number}\" bị trùng (đã dùng ở dòng {line}).",
                        number=excerpt(section.number), line=ctx.loaded.locate(numbers[key]).line),
                    msg("Mỗi nhóm nhiệm vụ trong cùng một phần cần số thứ tự riêng."),
                    path=(*section.path, "number"),
                )
            else:
                numbers[key] = section.path
        label = (msg("nhóm {number}", number=excerpt(section.ref or section.number)) if section.number
                 else msg("nhóm \"{title}\"", title=excerpt(section.title)))
        yield from _siblings(section.tasks, label, ctx)
        if section.sections:
            yield from _groups(section.sections, ctx)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, sections in plan.section_groups:
        yield from _groups(sections, ctx)
    keys: dict[str, Task] = {}
    for _, task in plan.tasks():
        if task.key is None:
            continue
        if task.key in keys:
            yield Finding(
                msg("Mã key \"{key}\" bị trùng (đã dùng cho nhiệm vụ {ref}).", key=excerpt(task.key), ref=keys[task.key].ref),
                msg("Mỗi key phải duy nhất trong kế hoạch."),
                path=(*task.path, "key"),
            )
        else:
            keys[task.key] = task
