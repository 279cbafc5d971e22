"""Không tìm thấy (hoặc không đọc được) danh mục cơ quan cho kế hoạch.

Kế hoạch dùng tệp ``agencies.yaml`` gần nhất trong thư mục của nó hoặc các thư mục cha. Không
có danh mục thì không kiểm tra được tên cơ quan (quy tắc A001). Chỉ báo khi kế hoạch có ghi cơ
quan chủ trì hoặc phối hợp.

Đúng:

    plans/quang-nam/agencies.yaml
    plans/quang-nam/kh-cchc-2021.yaml

Sai (không có agencies.yaml ở plans/quang-nam/ hay plans/):

    plans/quang-nam/kh-cchc-2021.yaml
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "A002"
NAME = "no-agency-registry"
TITLE = N_("Thiếu danh mục cơ quan")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "plan"  # runs on each plan with its model


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    if plan is None or ctx.registry is not None:
        return
    if not any(s.lead or s.support for s in plan.sections()) and not any(
        t.lead or t.support for _, t in plan.tasks()
    ):
        return
    if ctx.registry_problem:
        yield Finding(msg("Danh mục cơ quan {path} có lỗi nên chưa kiểm tra được tên cơ quan.", path=ctx.registry_path),
                      msg("Sửa lỗi trong {path} (chạy cchc lint trên tệp đó).", path=ctx.registry_path), path=("id",))
    else:
        yield Finding(msg("Không tìm thấy danh mục cơ quan (agencies.yaml) cho kế hoạch này."),
                      msg("Tạo tệp agencies.yaml trong thư mục của kế hoạch hoặc một thư mục cha."),
                      path=("id",))
