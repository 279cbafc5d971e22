"""Bảng nhiệm vụ không có cột Sản phẩm.

Có bảng phụ lục chỉ có các cột TT, Nội dung, Chủ trì, Phối hợp, Thời gian: văn bản không giao sản
phẩm cho nhiệm vụ nào. Khi ``columns`` của phụ lục ghi lại tiêu đề cột như bản gốc và không có cột
Sản phẩm (Kết quả, Đầu ra), các nhiệm vụ trong bảng không bị báo lỗi thiếu sản phẩm (T002) từng
nhiệm vụ một; quy tắc này chỉ báo một thông tin cho cả bảng. Nhiệm vụ nào có ghi ``output`` thì
vẫn được dùng như thường.

Đúng (bảng có cột Sản phẩm, hoặc mọi nhiệm vụ có output):

    columns: [TT, Nội dung, Sản phẩm, Thời gian, Chủ trì, Phối hợp]

Sai (bảng không có cột Sản phẩm, nhiệm vụ không ghi output: một thông tin cho cả bảng):

    columns: [TT, Nội dung, Chủ trì, Phối hợp, Thời gian]
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context
from cchc.reading.columns import lacks_output_column

CODE = "T006"
NAME = "table-no-output-column"
TITLE = N_("Bảng thiếu cột Sản phẩm")  # the rule's name for people (cchc rules)
SEVERITY = Severity.INFO
SCOPE = "plan"  # runs on each plan with its model
LISTED_AFTER = "T002"  # documented next to "task without output"


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    for index, appendix in enumerate(plan.appendices):
        if not lacks_output_column(appendix.columns):
            continue
        missing = sum(1 for section in appendix.sections for task in section.tasks for leaf in task.leaves()
                      if leaf.output is None or not str(leaf.output).strip())
        if missing:
            label = appendix.label or msg("Phụ lục")
            yield Finding(
                msg("{label}: bảng không có cột Sản phẩm, {count} nhiệm vụ không ghi sản phẩm.",
                    label=label, count=missing),
                msg("Bản gốc không giao sản phẩm nên không báo lỗi từng nhiệm vụ; khi xác định được sản phẩm, "
                    "ghi output cho nhiệm vụ."),
                path=("appendices", index, "columns"),
            )
