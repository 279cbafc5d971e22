"""Vietnamese administrative formatting shared by every renderer (Markdown, HTML, DOCX).

Pure functions, no heavy imports: the NĐ 30/2020/NĐ-CP place-and-date line, the "Số:" line, the
issuing body's lines, and how a task or an agency cell is printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from cchc.reading.model import PartialDate, Task

BLANK_DAY = "   "  # "ngày     tháng": the day is written in by hand
BLANK_NUMBER = "     "  # "Số:      /QĐ-UBND": the number is given when the document is issued
_ISSUER_PREFIXES = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")


def vietnamese_date_line(place: str | None, partial_date: PartialDate | None,
                         fallback_year: int | None = None) -> str:
    """The place-and-date line of NĐ 30: "Nam Định, ngày 29 tháng 9 năm 2021".

    Days below 10 and months 1–2 take a leading zero ("ngày 05 tháng 01 năm 2021"). What the
    source leaves blank stays blank for handwriting ("Quảng Nam, ngày     tháng 11 năm 2021");
    with no date at all the year is ``fallback_year`` (the plan's first year) or "20…", and a
    missing place prints "…".
    """
    day = month = None
    year: str
    if partial_date is not None:
        day, month, year = partial_date.day, partial_date.month, str(partial_date.year)
    else:
        year = str(fallback_year) if fallback_year else "20…"
    day_text = f"{day:02d}" if day else BLANK_DAY
    month_text = (f"{month:02d}" if month < 3 else str(month)) if month else BLANK_DAY
    place_text = place.strip() if place and place.strip() else "…"
    return f"{place_text}, ngày {day_text} tháng {month_text} năm {year}"


def number_line(number: str | None, symbol: str | None, abbreviation: str = "") -> str:
    """"Số: 111/KH-UBND"; numbers below 10 take a leading zero; a missing number stays blank."""
    if number and number.strip():
        text = number.strip()
        if text.isdigit() and int(text) < 10:
            text = f"{int(text):02d}"
    else:
        text = BLANK_NUMBER
    mark = symbol or abbreviation
    return f"Số: {text}/{mark}" if mark else f"Số: {text}"


_BARE_DIGITS = re.compile(r"^\d+(?:\.\d+)*$")
_BARE_LETTER = re.compile(r"^[a-zđ]$", re.IGNORECASE)


def task_number(task: Task) -> str:
    """How a task is numbered in the body of a document: its bullet ("-"), nothing when the source
    prints neither number nor bullet (``marker: ""``), else its TT with the punctuation of a body
    list — "1." for 1, "1.2." for 1.2, "a)" for a — and verbatim when it carries its own ("3.", "b)")."""
    if task.marker is not None:
        return task.marker.strip()
    number = task.id.strip()
    if _BARE_DIGITS.match(number):
        return number + "."
    if _BARE_LETTER.match(number):
        return number + ")"
    return number


def task_text(task: Task) -> str:
    """A task as a body paragraph: its bullet or printed number, then its content."""
    number = task_number(task)
    return f"{number} {task.content}" if number else task.content


#: The labels of a body task's own particulars, in the order of the appendix columns.
DETAIL_LABELS = ("Sản phẩm", "Thời hạn", "Chủ trì", "Phối hợp")


def task_details(task: Task, agencies: bool = True) -> list[tuple[str, str]]:
    """The particulars a body task states itself — (label, text) for its product, deadline, lead
    and support, in that order, leaving out what it does not give. Agencies inherited from the
    section are not repeated: the source states them once, in the section; with ``agencies``
    false (a section whose "Phân công trách nhiệm" text assigns the work) the task's own lead and
    support are not printed either, since they were read from that text."""
    values = (task.output, task.deadline,
              agencies_cell(task.lead, task.lead_text) if agencies else None,
              agencies_cell(task.support, task.support_text) if agencies else None)
    return [(label, " ".join(value.split())) for label, value in zip(DETAIL_LABELS, values, strict=True)
            if value and value.strip()]


_DELEGATED = re.compile(r"^(KT|TL|TUQ|Q)\.", re.IGNORECASE)


def signature_lines(authority_lines: Sequence[str], position: str) -> list[str]:
    """The lines of the signature block above the signer's name: the authority lines, then the
    position — unless the last authority line already ends with it ("TM. ỦY BAN NHÂN DÂN" /
    "CHỦ TỊCH" with position "CHỦ TỊCH"), so the chairman is printed once. A "KT."/"TL." line
    always takes the position after it ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")."""
    def key(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split()).casefold()

    lines = [line for line in authority_lines if line.strip()]
    wanted = key(position)
    if lines and wanted:
        last = key(lines[-1])
        if last == wanted or (last.endswith(" " + wanted) and not _DELEGATED.match(last)):
            return lines
    return [*lines, position] if position.strip() else lines


def agencies_cell(names: Sequence[str], text: str | None) -> str:
    """The lead or support cell: the source's own wording, else the names joined by "; "."""
    return text if text else "; ".join(names)


def issuer_lines(issuer: str) -> list[str]:
    """The issuing body as printed top left: "ỦY BAN NHÂN DÂN" / "TỈNH NAM ĐỊNH"."""
    text = " ".join(issuer.split()).upper()
    for prefix in _ISSUER_PREFIXES:
        if text.startswith(prefix + " "):
            return [prefix, text[len(prefix) + 1:]]
    return [text]
