"""What the commands that record progress, events and results share (``update``, ``done``, ``trigger``,
``result``): running one of :mod:`cchc.authoring.edit`'s writing functions and saying what it wrote."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from cchc.base.i18n import tr
from cchc.base.oserrors import os_error_text
from cchc.base.text import visible
from cchc.commands.common import (
    nfc,
    parse_date,
    stderr,
)


def refusal(refused: Any) -> typer.Exit:
    stderr("cchc: " + tr("không cập nhật: {reason}", reason=refused.message))
    if refused.hint:
        stderr("  " + tr("gợi ý: {hint}", hint=refused.hint))
    stderr("  " + tr("Tệp không bị thay đổi."))
    return typer.Exit(1)


def run_edit(plan: Path, record: Any, dry_run: bool, describe: Any) -> None:
    """Run one of cchc.authoring.edit's writing functions and print what it wrote (or would write)."""
    from cchc.authoring.edit import UpdateRefused

    try:
        result = record(dry_run)
    except UpdateRefused as refused:
        raise refusal(refused) from None
    except OSError as exc:
        stderr("cchc: " + tr("không ghi được {path}: {error}. Tệp không bị thay đổi.", path=plan, error=os_error_text(exc)))
        raise typer.Exit(2) from None
    if result.existing_errors:
        first = result.existing_errors[0]
        stderr("cchc: " + tr("cảnh báo: tệp {path} đang có {count} lỗi từ trước, không liên quan đến dòng mới "
                              "(đầu tiên: dòng {line}: {message}); chạy cchc lint {path} để xem và sửa.",
                              path=plan, count=len(result.existing_errors), line=first.span.line,
                              message=first.message))
    for warning in result.new_warnings:
        stderr("cchc: " + tr("cảnh báo (ghi theo --force): {code}: {message}", code=warning.code,
                              message=warning.message))
    sys.stdout.write(visible(describe(result)) + "\n")
    for line in result.added:
        sys.stdout.write(f"+ {visible(line)}\n")


def run_update(plan: Path, task_id: str, status_value: str, date: str | None, note: str | None,
                evidence: str | None, occurrence: str | None, by: str | None, dry_run: bool,
                as_of: str | None = None, force: bool = False) -> None:
    from cchc.authoring.edit import STATUS_LABELS, ProgressUpdate, update_progress

    day = parse_date(date, "--date") if date is not None else None
    today = parse_date(as_of, workspace=False)
    request = ProgressUpdate(nfc(task_id) or task_id, status_value, day, nfc(note), nfc(evidence),
                             occurrence.strip() if occurrence else None, nfc(by))

    def describe(result: Any) -> str:
        fields = {"path": plan, "ref": result.task_ref, "status": tr(STATUS_LABELS[status_value]), "date": result.date}
        return (tr("Sẽ ghi vào {path}: nhiệm vụ {ref} — {status} ngày {date:%d/%m/%Y}.", **fields) if dry_run else
                tr("Đã ghi vào {path}: nhiệm vụ {ref} — {status} ngày {date:%d/%m/%Y}.", **fields))

    run_edit(plan, lambda dry: update_progress(plan, request, dry_run=dry, today=today, force=force), dry_run,
              describe)
