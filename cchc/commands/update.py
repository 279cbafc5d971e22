"""``cchc update``: append a progress entry to a task's log."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from cchc.commands.options import (
    ByOpt,
    DateOpt,
    DryRunOpt,
    EvidenceOpt,
    ForceOpt,
    NoteOpt,
    OccurrenceOpt,
    PlanArg,
    TaskArg,
    TodayOpt,
)
from cchc.commands.record import run_update


class UpdateStatus(str, Enum):
    done = "done"
    doing = "doing"
    blocked = "blocked"
    cancelled = "cancelled"


def update(
    plan: PlanArg,
    task_id: TaskArg,
    status: Annotated[UpdateStatus, typer.Option("--status", "-s", case_sensitive=False,
                                                 help="done (hoàn thành), doing (đang thực hiện), blocked (vướng mắc), cancelled (không thực hiện).")],
    date: DateOpt = None, note: NoteOpt = None, evidence: EvidenceOpt = None, occurrence: OccurrenceOpt = None,
    by: ByOpt = None, dry_run: DryRunOpt = False, as_of: TodayOpt = None, force: ForceOpt = False,
) -> None:
    """Ghi thêm một dòng vào nhật ký tiến độ của nhiệm vụ (không thay đổi phần nào khác của tệp).

    Từ chối (tệp giữ nguyên) khi dòng mới gây lỗi, tệp không đọc được, không tìm thấy hoặc trùng số
    nhiệm vụ, ngày sớm hơn dòng tiến độ cuối, sau hôm nay hoặc ngoài khoảng hợp lý của kế hoạch.
    Lỗi sẵn có trong tệp chỉ được nhắc lại dưới dạng cảnh báo.
    """
    run_update(plan, task_id, status.value, date, note, evidence, occurrence, by, dry_run, as_of, force)
