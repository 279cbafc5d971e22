"""Vietnamese administrative formatting shared by every renderer (Markdown, HTML, DOCX).

Pure functions, no heavy imports: the NĐ 30/2020/NĐ-CP place-and-date line, the "Số:" line, the
issuing body's lines, and how a task or an agency cell is printed.
"""

from __future__ import annotations

from collections.abc import Sequence

from cchc.model import PartialDate, Task

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


def task_text(task: Task) -> str:
    """A task as a body paragraph: its bullet ("- …") or, without one, its printed number."""
    return f"{task.marker or task.id} {task.content}"


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
