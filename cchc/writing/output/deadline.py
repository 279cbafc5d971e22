"""Writers for ``cchc deadline``: how one completion time was read (text for people, json for scripts).

Both get the text as typed and the parse result, a deadline or an error. The error itself is said
on stderr by the command; json also puts it on stdout (``{"text", "error", "hint"}``), so that a
script reading stdout always gets one JSON document.
"""

from __future__ import annotations

import json
from typing import TextIO

from cchc.base.i18n import tr
from cchc.base.text import visible
from cchc.reading.deadline import KIND_LABELS, Deadline, DeadlineError


def write_json(text: str, result: Deadline | DeadlineError, stream: TextIO) -> None:
    if isinstance(result, DeadlineError):
        stream.write(json.dumps({"text": text, "error": result.message, "hint": result.hint}, ensure_ascii=False) + "\n")
        return
    stream.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")


def write_text(text: str, result: Deadline | DeadlineError, stream: TextIO) -> None:
    if isinstance(result, DeadlineError):
        return
    lines = [tr("Văn bản:   {text}", text=result.text),
             tr("Loại:      {label}", label=tr(KIND_LABELS[result.kind]))]
    if result.start:
        lines.append(tr("Bắt đầu:   {start:%d/%m/%Y}", start=result.start))
    if result.milestones:
        lines.append(tr("Mốc hạn:   {dates}", dates=", ".join(f"{m.due:%d/%m/%Y} [{m.label}]" for m in result.milestones)))
    else:
        lines.append(tr("Mốc hạn:   (không có)"))
    lines.append(tr("Giải thích: {explanation}", explanation=result.explanation))
    stream.write(visible("\n".join(lines)) + "\n")
