"""Số thứ tự nhiệm vụ hoặc nhóm nhiệm vụ không liên tục hoặc sai thứ tự.

Số thứ tự phải tăng dần liên tục trong mỗi nhóm: I, II, III…; 1, 2, 3…; a), b), c)… (theo bảng
chữ cái tiếng Việt a, b, c, d, đ, e, g… hoặc bảng chữ cái Latinh). Số bị nhảy thường là dấu hiệu
sót hoặc thừa một dòng khi chép bảng. Số trùng do quy tắc N001 báo, không báo lại ở đây.

Mỗi cấp được xét trong nhóm cha của nó (nhóm I, II dưới nhóm A; nhóm 1, 2 dưới nhóm I). Nhiều
bảng đánh số nhiệm vụ nối tiếp qua các nhóm (1–4 ở nhóm I, 5–8 ở nhóm II): nhóm bắt đầu bằng số
liền sau số cuối của nhóm trước cũng đúng.

Đúng:

    tasks:
      - {id: "1", content: …}
      - {id: "2", content: …}

Sai:

    tasks:
      - {id: "1", content: …}
      - {id: "3", content: …}
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, JsonPath, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context
from cchc.reading import numbering
from cchc.reading.model import Section, Task

CODE = "N002"
NAME = "number-order"
TITLE = N_("Số thứ tự không liên tục")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "plan"  # runs on each plan with its model


def _sequence(items: list[tuple[str, JsonPath]], where: str,
              carried: numbering.Ordinal | None = None) -> Iterator[Finding]:
    """Findings for one list of sibling numbers. ``carried``: the last number of the group before,
    which the list may continue instead of starting at 1."""
    previous: numbering.Ordinal | None = None
    seen: set[str] = set()
    for text, path in items:
        key = text.strip().rstrip(".)").lower()
        current = numbering.parse(text, previous.kind if previous else None)
        if key in seen or current is None:
            seen.add(key)
            continue
        seen.add(key)
        if previous is None and carried is not None and current.kind == carried.kind == "arabic" \
                and current.value == carried.value + 1:
            previous = current  # numbering runs on from the group before
            continue
        if not numbering.follows(previous, current):
            expected = numbering.expected_after(previous, current.kind, text.strip())
            yield Finding(
                (msg("Số thứ tự \"{number}\" trong {where} không liền sau \"{previous}\" (cần \"{expected}\").",
                     number=text, where=where, previous=previous.text, expected=expected) if previous else
                 msg("Số thứ tự \"{number}\" trong {where} không liền sau đầu danh sách (cần \"{expected}\").",
                     number=text, where=where, expected=expected)),
                msg("Kiểm tra xem có sót hoặc thừa dòng khi chép bảng; nếu bản gốc đánh số như vậy, "
                    "giữ nguyên và ghi chú # cchc: ignore[N002] <lý do>."),
                path=path,
            )
        previous = current


def _tasks(tasks: tuple[Task, ...], where: str, carried: numbering.Ordinal | None = None) -> Iterator[Finding]:
    yield from _sequence([(t.id, (*t.path, "id")) for t in tasks], where, carried)
    for task in tasks:
        if task.subtasks:
            yield from _tasks(task.subtasks, msg("nhiệm vụ {ref}", ref=task.ref))


def _last_number(tasks: tuple[Task, ...]) -> numbering.Ordinal | None:
    for task in reversed(tasks):
        ordinal = numbering.parse(task.id)
        if ordinal is not None:
            return ordinal
    return None


def _groups(sections: tuple[Section, ...], carried: list[numbering.Ordinal | None],
            where: str) -> Iterator[Finding]:
    """One level of groups (``where`` names it), then the tasks and nested groups of each, in
    document order; ``carried`` holds the last task number seen, for numbering that runs on."""
    numbered = [(s.number, (*s.path, "number")) for s in sections if s.number is not None]
    yield from _sequence(numbered, where)
    for section in sections:
        label = (msg("nhóm {number}", number=section.ref or section.number) if section.number
                 else msg("nhóm \"{title}\"", title=section.title))
        yield from _tasks(section.tasks, label, carried[0])
        if section.tasks:
            carried[0] = _last_number(section.tasks)
        if section.sections:
            yield from _groups(section.sections, carried, msg("các nhóm con của {group}", group=label))


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, sections in plan.section_groups:
        yield from _groups(sections, [None], msg("các nhóm nhiệm vụ"))
