"""Bounds on what one file can make ``cchc lint`` print.

A plan with 40,000 unknown keys, or one line with 2,000 misspelt agency names, is nearly always a
paste or a generated file gone wrong; listing every finding would bury the first ones (the ones to
fix) under megabytes of output. Like javac and MSVC, the lint output formats list the first
:data:`PER_CODE` findings of each code in a file, in output order, and then say in one more finding
of that code, placed where the next one would be, how many they did not list. Fewer findings are
listed unchanged. The bound is applied where results are written (:func:`listed`), not where they
are made: the library, the cache, ``cchc import`` (which places a suppression for every finding
that is a defect of the Word source) and the editing commands (which compare findings before and
after an edit) see every finding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from cchc.base.diagnostics import Diagnostic
from cchc.base.i18n import language, tr

if TYPE_CHECKING:  # lint imports the schema module, which imports this one
    from cchc.checking.lint import LintResult

PER_CODE = 200  # findings of one code listed per file


def per_code(diagnostics: Iterable[Diagnostic], limit: int = PER_CODE) -> list[Diagnostic]:
    """``diagnostics`` (one file's, in output order) with at most ``limit`` of each code, each
    code's omitted ones summed up in a finding of that code at the first omitted one's place."""
    items = list(diagnostics)
    counts: dict[str, int] = {}
    for d in items:
        counts[d.code] = counts.get(d.code, 0) + 1
    if all(count <= limit for count in counts.values()):
        return items
    kept: list[Diagnostic] = []
    seen: dict[str, int] = {}
    for d in items:
        number = seen[d.code] = seen.get(d.code, 0) + 1
        if number <= limit:
            kept.append(d)
        elif number == limit + 1:
            rest = counts[d.code] - limit
            kept.append(Diagnostic(
                d.path, d.span, d.code, d.severity,
                tr("Còn {number} chỗ khác trong tệp này cũng bị báo {code}, từ đây trở đi; cchc chỉ "
                   "liệt kê {limit} chỗ đầu.", count=rest, number=_number(rest), code=d.code,
                   limit=_number(limit)),
                tr("Sửa các chỗ đã liệt kê (thường cùng một nguyên nhân, như một đoạn dán nhầm) rồi chạy "
                   "lại cchc lint để xem các chỗ còn lại.")))
    return kept


def listed(result: LintResult, limit: int = PER_CODE) -> LintResult:
    """``result`` as the lint output formats list it: each file's findings bounded by :func:`per_code`
    (the summary then counts what is listed; the exit code is the same, each code being kept)."""
    if all(len(file.diagnostics) <= limit for file in result.files):
        return result
    return replace(result, files=tuple(replace(file, diagnostics=tuple(per_code(file.diagnostics, limit)))
                                       for file in result.files))


def _number(value: int) -> str:
    """1.234 in Vietnamese, 1,234 in English."""
    return f"{value:,}".replace(",", "." if language() == "vi" else ",")
