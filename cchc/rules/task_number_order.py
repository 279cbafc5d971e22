"""Số thứ tự nhiệm vụ hoặc nhóm nhiệm vụ không liên tục hoặc sai thứ tự.

Số thứ tự phải tăng dần liên tục trong mỗi nhóm: I, II, III…; 1, 2, 3…; a), b), c)… (theo bảng
chữ cái tiếng Việt a, b, c, d, đ, e, g… hoặc bảng chữ cái Latinh). Số bị nhảy thường là dấu hiệu
sót hoặc thừa một dòng khi chép bảng. Số trùng do quy tắc N001 báo, không báo lại ở đây.

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

from cchc import numbering
from cchc.diagnostics import Finding, JsonPath, Severity
from cchc.i18n import tr
from cchc.model import Task
from cchc.rules.base import Context

CODE = "N002"
NAME = "number-order"
SEVERITY = Severity.WARNING


def _sequence(items: list[tuple[str, JsonPath]], where: str) -> Iterator[Finding]:
    previous: numbering.Ordinal | None = None
    seen: set[str] = set()
    for text, path in items:
        key = text.strip().rstrip(".)").lower()
        current = numbering.parse(text, previous.kind if previous else None)
        if key in seen or current is None:
            seen.add(key)
            continue
        seen.add(key)
        if not numbering.follows(previous, current):
            expected = numbering.expected_after(previous, current.kind, text.strip())
            yield Finding(
                (tr("Số thứ tự \"{number}\" trong {where} không liền sau \"{previous}\" (cần \"{expected}\").",
                    number=text, where=where, previous=previous.text, expected=expected) if previous else
                 tr("Số thứ tự \"{number}\" trong {where} không liền sau đầu danh sách (cần \"{expected}\").",
                    number=text, where=where, expected=expected)),
                tr("Kiểm tra xem có sót hoặc thừa dòng khi chép bảng; nếu bản gốc đánh số như vậy, "
                   "giữ nguyên và ghi chú # cchc: ignore[N002] <lý do>."),
                path=path,
            )
        previous = current


def _tasks(tasks: tuple[Task, ...], where: str) -> Iterator[Finding]:
    yield from _sequence([(t.id, (*t.path, "id")) for t in tasks], where)
    for task in tasks:
        if task.subtasks:
            yield from _tasks(task.subtasks, tr("nhiệm vụ {ref}", ref=task.ref))


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for _, sections in plan.section_groups:
        numbered = [(s.number, (*s.path, "number")) for s in sections if s.number is not None]
        yield from _sequence(numbered, tr("các nhóm nhiệm vụ"))
        for section in sections:
            label = (tr("nhóm {number}", number=section.number) if section.number
                     else tr("nhóm \"{title}\"", title=section.title))
            yield from _tasks(section.tasks, label)
