"""The columns of a task table: which role (TT, content, output, deadline, lead, support) a
printed header names, and which columns an appendix prints.

The importer reads a header row with :func:`role_of`; an appendix records its header texts in
the order of :data:`ROLES`, leaving out a column its table does not print (a table without a
Sản phẩm column records 5 texts). :func:`table_columns` gives the renderers, and the rules, the
(role, header) pairs to print from that record.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from cchc.base.text import fold

ROLES = ("tt", "content", "output", "deadline", "lead", "support")
DEFAULT_COLUMNS = ("TT", "Nội dung, nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành",
                   "Cơ quan chủ trì", "Cơ quan phối hợp")


def role_of(header: str) -> str | None:
    """The role a header text names, accent- and case-insensitive; "note" for Ghi chú."""
    key = fold(header)
    if not key:
        return None
    if re.fullmatch(r"(s\.? ?tt|tt|so tt|so thu tu|thu tu)\.?", key):
        return "tt"
    if "chu tri" in key:
        return "lead"
    if "phoi hop" in key:
        return "support"
    if any(word in key for word in ("thoi gian", "thoi han", "hoan thanh", "tien do", "moc thoi")):
        return "deadline"
    if any(word in key for word in ("san pham", "ket qua", "dau ra")):
        return "output"
    if any(word in key for word in ("noi dung", "nhiem vu", "cong viec", "hoat dong", "ten de an",
                                     "giai phap", "de an")):
        return "content"
    if any(word in key for word in ("co quan thuc hien", "don vi thuc hien", "co quan chu quan",
                                     "trach nhiem thuc hien", "phan cong")):
        return "lead"
    if "ghi chu" in key:
        return "note"
    return None


def table_columns(columns: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(role, header) of each column an appendix prints, in the order of :data:`ROLES`.

    Six recorded headers (or none) are the six columns in that order, as always. Four or five
    are the columns the table prints when each names a distinct role and TT and content are
    among them; anything else falls back to the six columns, missing headers taken from
    :data:`DEFAULT_COLUMNS`."""
    texts = list(columns[:6])
    if len(texts) < len(ROLES):
        roles = [role_of(text) for text in texts]
        known = [role for role in roles if role in ROLES]
        if len(texts) >= 4 and len(known) == len(texts) == len(set(known)) and {"tt", "content"} <= set(known):
            order = sorted(zip(roles, texts, strict=True), key=lambda pair: ROLES.index(str(pair[0])))
            return tuple((str(role), text) for role, text in order)
        texts += DEFAULT_COLUMNS[len(texts):]
    return tuple(zip(ROLES, texts, strict=True))


def has_column(columns: Sequence[str], role: str) -> bool:
    """Whether an appendix with these recorded headers prints a column for ``role``."""
    return any(found == role for found, _ in table_columns(columns))


def column_text(task: Any, role: str) -> str:
    """The text a task prints in the column for ``role`` (a cchc.reading.model.Task)."""
    from cchc.reading.vnformat import agencies_cell

    if role == "tt":
        return str(task.id)
    if role == "content":
        return str(task.content)
    if role == "lead":
        return agencies_cell(task.lead, task.lead_text)
    if role == "support":
        return agencies_cell(task.support, task.support_text)
    value = getattr(task, role, None)
    return "" if value is None else str(value)


def lacks_column(columns: Sequence[str], role: str) -> bool:
    """A recorded header row (``columns``) with no column for ``role``; no record: not known to lack it.

    Lint uses it to tell a table that never had a Sản phẩm column from tasks whose Sản phẩm cell was
    left empty (T006), and the importer to give the reason of a suppression."""
    return bool(columns) and not has_column(columns, role)


def lacks_output_column(columns: Sequence[str]) -> bool:
    return lacks_column(columns, "output")
