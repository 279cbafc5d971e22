"""What the printed column headers of a task table name: the same header words the importer reads
(Sản phẩm / Kết quả / Đầu ra; Phối hợp; Chủ trì; Thời gian …), so that lint can tell a table that
never had a Sản phẩm column from tasks whose Sản phẩm cell was left empty."""

from __future__ import annotations

from collections.abc import Iterable

from cchc.text import fold

OUTPUT_WORDS = ("san pham", "ket qua", "dau ra")
SUPPORT_WORDS = ("phoi hop",)
DEADLINE_WORDS = ("thoi gian", "thoi han", "hoan thanh", "tien do", "moc thoi")


def names_column(columns: Iterable[str], words: tuple[str, ...]) -> bool:
    """Whether one of the printed headers holds one of ``words`` (folded: case, accents)."""
    return any(word in fold(header) for header in columns for word in words)


def lacks_output_column(columns: tuple[str, ...]) -> bool:
    """A recorded header row (``columns``) with no Sản phẩm column. No record: not known to lack it."""
    return bool(columns) and not names_column(columns, OUTPUT_WORDS)
