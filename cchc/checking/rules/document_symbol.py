"""Ký hiệu văn bản phải bắt đầu bằng chữ viết tắt của loại văn bản.

Theo Nghị định 30/2020/NĐ-CP (Phụ lục III), ký hiệu gồm chữ viết tắt tên loại văn bản và tên cơ
quan ban hành, ví dụ Kế hoạch của UBND là KH-UBND, Quyết định là QĐ-UBND, Chương trình là
CTr-UBND.

Đúng:

    type: Kế hoạch
    symbol: KH-UBND

Sai:

    type: Kế hoạch
    symbol: QĐ-UBND
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_, msg
from cchc.checking.rules.base import Context

CODE = "D001"
NAME = "document-symbol"
TITLE = N_("Ký hiệu văn bản sai")  # the rule's name for people (cchc rules)
SEVERITY = Severity.WARNING
SCOPE = "plan"  # runs on each plan with its model
LOCAL = True  # its findings in a task depend on that task alone (cchc.editor.incremental)


def check(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    assert plan is not None
    document = plan.document
    if document.symbol and document.abbreviation:
        head = document.symbol.split("-")[0]
        if head != document.abbreviation:
            yield Finding(
                msg("Ký hiệu \"{symbol}\" không khớp loại văn bản {type} (chữ viết tắt {abbreviation}).",
                    symbol=document.symbol, type=document.type, abbreviation=document.abbreviation),
                msg("Ký hiệu của {type} bắt đầu bằng {abbreviation}-, ví dụ {abbreviation}-UBND.",
                    type=document.type, abbreviation=document.abbreviation),
                path=("document", "symbol"),
            )
