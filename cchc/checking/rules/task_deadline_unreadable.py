""""Thời gian hoàn thành" phải viết theo một dạng cchc đọc được.

cchc đọc: Quý I/2021 (cả Quý 2/2021, quý 2 năm 2021), Quý II-III/2021, Quý II và Quý IV/2021,
Năm 2021, Trong năm 2021, Tháng 6/2021, Tháng 10-11/2021, 6 tháng đầu (cuối) năm 2021,
31/01/2021, Trước ngày 31/01/2021, Giai đoạn 2021-2025, Đến năm 2025, Hằng năm, Hằng quý,
6 tháng/01 lần, Năm 2021 và các năm tiếp theo, Nhiệm vụ thường xuyên, và các điều kiện như
"Sau khi có văn bản hướng dẫn…", "Theo tiến độ Đề án". Quý, tháng, ngày không ghi năm lấy năm
của kế hoạch một năm; với kế hoạch nhiều năm phải ghi rõ năm. Xem cách cchc hiểu một thời hạn
bằng lệnh ``cchc deadline "<văn bản>" --period 2021-2025``. Không đọc được thì báo lỗi, không đoán.
Nếu thời hạn không viết được theo các dạng trên, ghi thêm hạn cụ thể ``due: YYYY-MM-DD``.

Các cách viết thường gặp khác cũng đọc được: Quí IV-2025, Quý 4-2025, Q2/2022, 12/2025, T12/2025,
31-12-2025, 31.12.2025; Cuối năm 2022, Hết Quý II/2022, Đến hết năm 2022, Đầu năm 2023 (là Quý I);
Tháng 6 và tháng 12/2022, Đợt 1: Quý II/2022; Đợt 2: Quý IV/2022 (mỗi mốc một hạn); Thường xuyên,
hằng năm; Hằng năm (Quý IV); Trước ngày 15 hằng tháng; Từ Quý II/2022 (từ quý II đến hết thời kỳ
kế hoạch); Trong vòng 30 ngày kể từ ngày ký (tính từ ngày ban hành ghi trong ``document.date``).

Đúng:

    deadline: Quý II/2021

Sai:

    deadline: Sớm nhất có thể
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context
from cchc.reading.deadline import DeadlineError, parse_deadline
from cchc.reading.schedule import plan_issued, plan_period

CODE = "T004"
NAME = "deadline-unreadable"
TITLE = N_("Thời gian hoàn thành không đọc được")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    period, issued = plan_period(plan), plan_issued(plan)
    for _, task in plan.leaf_tasks():
        if task.due is not None or not task.deadline or not str(task.deadline).strip():
            continue
        result = parse_deadline(str(task.deadline), period, issued)
        if isinstance(result, DeadlineError):
            yield Finding(msg("Nhiệm vụ {ref}: {message}", ref=task.ref, message=result.message), result.hint,
                          path=(*task.path, "deadline"))
