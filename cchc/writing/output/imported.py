"""Writers for the summary ``cchc import`` gives: what was read, what was left out, what to check.

``text`` is for the person who ran the import, on stderr (the plan YAML may be on stdout); ``json``
is for scripts, on stdout when the plan went to a file (``-o``), else on stderr. The summary and the
starter registry are :mod:`cchc.authoring.importer`'s and :mod:`cchc.authoring.registry_starter`'s,
read by their fields only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from cchc.base.i18n import data_list, tr
from cchc.base.text import visible


def write_json(file: Path, output: Path | None, summary: Any, starter: Any, registry_out: Path | None,
               out: TextIO, err: TextIO) -> None:
    payload = {"file": str(file), "output": str(output) if output else None, **summary.to_json()}
    if starter is not None:
        payload["registry"] = {"path": str(registry_out), "agencies": len(starter.data["agencies"]),
                               "groups": len(starter.data.get("groups", [])),
                               "left_out": list(starter.left_out)}
    (out if output is not None else err).write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def write_text(file: Path, output: Path | None, summary: Any, starter: Any, registry_out: Path | None,
               out: TextIO, err: TextIO) -> None:
    def say(message: str) -> None:
        err.write(visible(message) + "\n")

    say("cchc: " + tr("đã nhập {sections} nhóm, {tasks} nhiệm vụ ({leaves} nhiệm vụ không có nhiệm vụ con), "
                  "{targets} chỉ tiêu; {unresolved} tên cơ quan chưa có trong danh mục",
                  sections=summary.sections, tasks=summary.tasks, leaves=summary.leaf_tasks,
                  targets=summary.targets, unresolved=len(summary.unresolved_agencies))
        + (": " + data_list(summary.unresolved_agencies) if summary.unresolved_agencies else "") + ".")
    say("  " + tr("bảng nhiệm vụ: {tables} bảng, {rows} hàng đã đọc ({groups} hàng nhóm, {headers} hàng tiêu đề, "
                  "{skipped} hàng bỏ qua).", tables=summary.tables, rows=summary.table_rows,
                  groups=summary.group_rows, headers=summary.header_rows, skipped=len(summary.skipped_rows)))
    for row in summary.skipped_rows:
        say("  " + tr("bỏ qua {position}: {text}", position=row.position, text=row.text))
    if summary.period_note():
        say("  " + summary.period_note() + ".")
    if summary.suppressions:
        say("  " + tr("đã ghi {comments} chú thích bỏ qua có lý do (# cchc: ignore) cho {count} lỗi của bản "
                  "gốc: {items}.", comments=summary.suppression_comments,
                  count=sum(count for _, _, count in summary.suppressions),
                  items="; ".join(tr("{code} ×{count} ({reason})", code=code, count=count, reason=tr(reason))
                                      for code, reason, count in summary.suppressions)))
    if starter is not None:
        say("  " + tr("đã ghi danh mục cơ quan {path}: {agencies} cơ quan, {groups} nhóm cơ quan.",
                  path=registry_out, agencies=len(starter.data["agencies"]),
                  groups=len(starter.data.get("groups", []))))
        if starter.left_out:
            say("  " + tr("chú ý: {warning}", warning=tr(
                "không đưa vào danh mục các tên không giống tên cơ quan: {names}.", names=data_list(starter.left_out))))
    for warning in summary.warnings:
        say("  " + tr("chú ý: {warning}", warning=warning))
    if output is not None:
        say("  " + tr("Kiểm tra lại bằng: cchc lint {path}", path=output))
