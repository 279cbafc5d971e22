"""Nhiệm vụ không ghi sản phẩm (Sản phẩm).

Kế hoạch CCHC yêu cầu mỗi nhiệm vụ xác định rõ sản phẩm đầu ra (quyết định, kế hoạch, báo cáo,
cơ sở dữ liệu…), để có căn cứ đánh giá hoàn thành. Nhiệm vụ có nhiệm vụ con thì kiểm tra ở các
nhiệm vụ con. Bảng phụ lục không có cột Sản phẩm (theo ``columns``) thì không báo từng
nhiệm vụ mà báo một thông tin cho cả bảng (T006).

Đúng:

    - id: "4"
      content: Ban hành, triển khai thực hiện Kế hoạch đào tạo, bồi dưỡng …
      output: Quyết định của Ủy ban nhân dân tỉnh

Sai:

    - id: "4"
      content: Ban hành, triển khai thực hiện Kế hoạch đào tạo, bồi dưỡng …
      output: null
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context
from cchc.reading.columns import lacks_output_column

CODE = "T002"
NAME = "task-no-output"
TITLE = N_("Nhiệm vụ thiếu sản phẩm")  # the rule's name for people (cchc rules)
SEVERITY = Severity.ERROR
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    no_column = {("appendices", i) for i, appendix in enumerate(plan.appendices)
                 if lacks_output_column(appendix.columns)}
    for _, task in plan.leaf_tasks():
        if task.path[:2] in no_column:
            continue  # the table had no Sản phẩm column: one T006 notice for the table instead
        if task.output is None or not str(task.output).strip():
            node = (*task.path, "output")
            present = ctx.loaded.has(node)
            yield Finding(
                msg("Nhiệm vụ {ref} không ghi sản phẩm.", ref=task.ref),
                msg("Ghi sản phẩm đầu ra, ví dụ output: Quyết định của UBND tỉnh."),
                path=node if present else task.path,
            )
