"""The deadline grammar: what "Thời gian hoàn thành" means in dates.

A deadline text becomes a :class:`Deadline`: a kind (``date``, ``window``, ``recurring``,
``ongoing``, ``conditional``), an optional start, and one or more milestones (due dates,
inclusive: a task due 30/06/2021 is overdue from 01/07/2021). Each milestone carries a stable
label (``2021``, ``2021-Q2``, ``2021-H1``, ``2021-06``, ``2021-12-15``) so a progress entry can name
the occurrence of a recurring task that it closes.

Text the grammar cannot read is a :class:`DeadlineError` with the nearest form it knows as a hint
— never a silent guess. A quarter, month or day without a year takes the plan's year when the plan
covers one year, and is an error when it spans several.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from cchc.i18n import N_, language, tr
from cchc.text import strip_diacritics

KINDS = ("date", "window", "recurring", "ongoing", "conditional")
KIND_LABELS = {
    "date": N_("hạn cụ thể"),
    "window": N_("khoảng thời gian"),
    "recurring": N_("định kỳ"),
    "ongoing": N_("thường xuyên"),
    "conditional": N_("chờ điều kiện"),
}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
ROMAN_OUT = {1: "I", 2: "II", 3: "III", 4: "IV"}
MIN_YEAR, MAX_YEAR = 1945, 2100


@dataclass(frozen=True)
class Milestone:
    due: dt.date
    label: str  # 2021, 2021-Q2, 2021-H1, 2021-06, 2021-12-15
    start: dt.date | None = None  # when this occurrence's period begins


@dataclass(frozen=True)
class Deadline:
    text: str
    kind: str
    milestones: tuple[Milestone, ...] = ()
    start: dt.date | None = None
    explanation: str = ""

    @property
    def due(self) -> tuple[dt.date, ...]:
        return tuple(m.due for m in self.milestones)

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "kind": self.kind,
            "start": self.start.isoformat() if self.start else None,
            "due": [d.isoformat() for d in self.due],
            "labels": [m.label for m in self.milestones],
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class DeadlineError:
    text: str
    message: str
    hint: str = ""


@dataclass(frozen=True)
class PlanPeriod:
    """The years a plan covers (what recurring deadlines and year-less dates are read against)."""

    start: int
    end: int

    @property
    def single_year(self) -> int | None:
        return self.start if self.start == self.end else None

    @staticmethod
    def parse(text: str) -> PlanPeriod | None:
        match = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?", text)
        if not match:
            return None
        start = int(match.group(1))
        end = int(match.group(2) or start)
        return PlanPeriod(start, end) if start <= end else None


# --------------------------------------------------------------------------- calendar helpers

def quarter_end(year: int, quarter: int) -> dt.date:
    month = quarter * 3
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, quarter * 3 - 2, 1)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def fmt(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------- normalisation

_DASH = re.compile(r"\s*[-‐‑‒–—―−]\s*")
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    value = unicodedata.normalize("NFC", text).lower()
    value = value.replace("hàng", "hằng")  # "hàng năm" and "hằng năm" mean the same
    value = _DASH.sub("-", value)
    value = re.sub(r"\s*/\s*", "/", value)
    value = re.sub(r"\s*,\s*", ", ", value)
    value = _SPACE.sub(" ", value).strip()
    return value.rstrip(" .;:")


# --------------------------------------------------------------------------- the grammar

_Q = r"(?:iv|iii|ii|i|[1-4])"
_YEAR = r"(\d{4})"
_YEAR_TAIL = rf"(?:/|\s+năm\s+|\s+){_YEAR}"
_QLIST = rf"quý\s*{_Q}(?:\s*(?:-|,|và|đến)\s*(?:quý\s*)?{_Q})*"
_TIME_PREFIX = r"(?:trong\s+|trước\s+|chậm\s+nhất\s+|hạn\s+|hoàn\s+thành\s+|trong\s+thời\s+gian\s+)?"

_ONGOING = re.compile(r"^(?:nhiệm vụ\s+|công việc\s+)?thường xuyên(?:,?\s*liên tục)?$|^liên tục$|^hằng ngày$")
_CONDITIONAL = re.compile(
    r"^(?:theo\s+(?:tiến\s+độ|lộ\s+trình|kế\s+hoạch|yêu\s+cầu|chỉ\s+đạo|hướng\s+dẫn|quy\s+định|thời\s+gian)|"
    r"sau\s+khi|khi\s+có|ngay\s+sau|khi\s+được|căn\s+cứ)"
)


@dataclass
class _Ctx:
    original: str
    period: PlanPeriod | None
    notes: list[str] = field(default_factory=list)


class _Fail(Exception):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def _year(value: str) -> int:
    year = int(value)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _Fail(tr("Năm {year} nằm ngoài khoảng hợp lệ ({low}–{high}).", year=year, low=MIN_YEAR, high=MAX_YEAR),
                    tr("Kiểm tra lại năm."))
    return year


def _implicit_year(ctx: _Ctx, what: str, example: str) -> int:
    if ctx.period is None:
        raise _Fail(tr("\"{text}\" không ghi năm và chưa biết thời kỳ kế hoạch.", text=ctx.original),
                    tr("Ghi rõ năm, ví dụ \"{example}\", hoặc cho biết thời kỳ kế hoạch (--period).", example=example))
    if ctx.period.single_year is None:
        raise _Fail(tr("\"{text}\" không ghi năm, mà kế hoạch kéo dài {start}–{end} nên không biết {what} của năm nào.",
                       text=ctx.original, start=ctx.period.start, end=ctx.period.end, what=tr(what)),
                    tr("Ghi rõ năm, ví dụ \"{example}\".", example=example))
    ctx.notes.append(tr("lấy năm {year} của kế hoạch", year=ctx.period.single_year))
    return ctx.period.single_year


def _quarters(text: str) -> list[tuple[int, str]]:
    """Quarter numbers with the separator that preceded each ('' for the first)."""
    out: list[tuple[int, str]] = []
    for match in re.finditer(rf"(?:(-|,|và|đến)\s*)?(?:quý\s*)?({_Q})\b", text):
        out.append((ROMAN.get(match.group(2)) or int(match.group(2)), match.group(1) or ""))
    return out


def _period_years(ctx: _Ctx, first: int | None = None) -> range:
    if ctx.period is None:
        raise _Fail(tr("\"{text}\" là nhiệm vụ định kỳ: cần biết thời kỳ kế hoạch để tính các mốc.", text=ctx.original),
                    tr("Cho biết thời kỳ kế hoạch, ví dụ --period 2021-2025."))
    if ctx.period.start > ctx.period.end:
        raise _Fail(tr("Thời kỳ kế hoạch {start}–{end} có năm đầu sau năm cuối, nên không tính được các mốc của \"{text}\".",
                       start=ctx.period.start, end=ctx.period.end, text=ctx.original),
                    tr("Sửa period: start không được sau end."))
    start = max(ctx.period.start, first) if first else ctx.period.start
    if start > ctx.period.end:
        raise _Fail(tr("\"{text}\" bắt đầu từ năm {first}, sau thời kỳ kế hoạch {start}–{end}.",
                       text=ctx.original, first=first, start=ctx.period.start, end=ctx.period.end),
                    tr("Kiểm tra lại năm."))
    return range(start, ctx.period.end + 1)


def _yearly(ctx: _Ctx, years: range, month: int = 12, day: int | None = None) -> list[Milestone]:
    out = []
    for year in years:
        last = calendar.monthrange(year, month)[1]
        due = dt.date(year, month, min(day, last) if day else last)  # 29/02 falls on 28/02 in other years
        label = str(year) if (month, day) in ((12, None), (12, 31)) else due.isoformat()
        out.append(Milestone(due, label, dt.date(year, 1, 1)))
    return out


def _read(ctx: _Ctx, text: str) -> Deadline:  # noqa: C901 - one grammar, read top to bottom
    original = ctx.original

    if _ONGOING.match(text):
        return Deadline(original, "ongoing", (), None, tr("Nhiệm vụ thường xuyên: không có hạn, không bao giờ quá hạn."))
    if _CONDITIONAL.match(text):
        return Deadline(original, "conditional", (), None,
                        tr("Chờ điều kiện: tính hạn khi kế hoạch ghi ngày phát sinh điều kiện (trigger) "
                           "và thời gian thực hiện, hoặc ghi hạn cụ thể (due)."))

    # recurring ---------------------------------------------------------------------------
    match = re.fullmatch(rf"(?:năm\s+)?{_YEAR}\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo", text)
    if match:
        first = _year(match.group(1))
        milestones = _yearly(ctx, _period_years(ctx, first))
        return Deadline(original, "recurring", tuple(milestones), dt.date(first, 1, 1),
                        tr("Hằng năm từ {first}: hạn 31/12 mỗi năm trong thời kỳ kế hoạch.", first=first))
    if re.fullmatch(r"(?:định\s+kỳ\s+)?hằng\s+năm|(?:định\s+kỳ\s+)?mỗi\s+năm|định\s+kỳ\s+(?:01|1)\s+năm/(?:01|1)?\s*lần|"
                    r"(?:01|1)\s+năm/(?:01|1)?\s*lần", text):
        milestones = _yearly(ctx, _period_years(ctx))
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        tr("Hằng năm: hạn 31/12 mỗi năm trong thời kỳ kế hoạch."))
    if re.fullmatch(r"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+quý|định\s+kỳ\s+quý|(?:01|1)\s+quý/(?:01|1)?\s*lần", text):
        milestones = [Milestone(quarter_end(y, q), f"{y}-Q{q}", quarter_start(y, q))
                      for y in _period_years(ctx) for q in range(1, 5)]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        tr("Hằng quý: hạn ngày cuối mỗi quý trong thời kỳ kế hoạch."))
    if re.fullmatch(r"(?:định\s+kỳ\s+)?(?:06|6)\s+tháng(?:/(?:01|1)?\s*lần|\s+một\s+lần|\s+1\s+lần)?|"
                    r"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+(?:06|6)\s+tháng|định\s+kỳ\s+(?:06|6)\s+tháng,?\s+(?:hằng\s+)?năm|"
                    r"(?:06|6)\s+tháng,?\s+(?:và\s+)?(?:hằng\s+)?năm", text):
        milestones = []
        for y in _period_years(ctx):
            milestones.append(Milestone(dt.date(y, 6, 30), f"{y}-H1", dt.date(y, 1, 1)))
            milestones.append(Milestone(dt.date(y, 12, 31), f"{y}-H2", dt.date(y, 7, 1)))
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        tr("6 tháng một lần: hạn 30/6 và 31/12 mỗi năm trong thời kỳ kế hoạch."))
    if re.fullmatch(r"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+tháng|định\s+kỳ\s+tháng", text):
        milestones = [Milestone(month_end(y, m), f"{y}-{m:02d}", dt.date(y, m, 1))
                      for y in _period_years(ctx) for m in range(1, 13)]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        tr("Hằng tháng: hạn ngày cuối mỗi tháng trong thời kỳ kế hoạch."))
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})/(\d{{1,2}})\s+hằng\s+năm", text)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        _check_day(2000, month, day)  # leap-safe check of the day and month
        milestones = _yearly(ctx, _period_years(ctx), month, day)
        if (day, month) == (29, 2):
            summary = tr("Hằng năm: hạn ngày {day:02d}/{month:02d} (năm không nhuận: 28/02) mỗi năm trong thời kỳ "
                         "kế hoạch.", day=day, month=month)
        else:
            summary = tr("Hằng năm: hạn ngày {day:02d}/{month:02d} mỗi năm trong thời kỳ kế hoạch.", day=day, month=month)
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start, summary)
    match = re.fullmatch(rf"(?:trong\s+)?quý\s*({_Q})\s+hằng\s+năm", text)
    if match:
        q = ROMAN.get(match.group(1)) or int(match.group(1))
        milestones = [Milestone(quarter_end(y, q), f"{y}-Q{q}", quarter_start(y, q)) for y in _period_years(ctx)]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        tr("Hằng năm vào quý {quarter}: hạn {due} mỗi năm.", quarter=ROMAN_OUT[q],
                           due=fmt(milestones[0].due)[:5]))
    match = re.fullmatch(r"(?:trong\s+)?tháng\s+(\d{1,2})\s+hằng\s+năm", text)
    if match:
        month = _month(int(match.group(1)))
        milestones = [Milestone(month_end(y, month), f"{y}-{month:02d}", dt.date(y, month, 1))
                      for y in _period_years(ctx)]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        tr("Hằng năm vào tháng {month}: hạn ngày cuối tháng {month} mỗi năm.", month=month))

    # ranges of years ---------------------------------------------------------------------
    match = re.fullmatch(rf"(?:giai\s+đoạn\s+|năm\s+|từ\s+năm\s+|trong\s+giai\s+đoạn\s+|thời\s+kỳ\s+)?{_YEAR}-(?:năm\s+)?{_YEAR}", text) \
        or re.fullmatch(rf"từ\s+(?:năm\s+)?{_YEAR}\s+đến\s+(?:hết\s+)?(?:năm\s+)?{_YEAR}", text)
    if match:
        first, last = _year(match.group(1)), _year(match.group(2))
        if first > last:
            raise _Fail(tr("Khoảng năm {first}-{last} có năm đầu sau năm cuối.", first=first, last=last),
                        tr("Viết \"{last}-{first}\"?", first=first, last=last))
        if first == last:
            return Deadline(original, "date", (Milestone(dt.date(first, 12, 31), str(first), dt.date(first, 1, 1)),),
                            None, tr("Năm {year}: hạn 31/12/{year}.", year=first))
        return Deadline(original, "window", (Milestone(dt.date(last, 12, 31), str(last), dt.date(first, 1, 1)),),
                        dt.date(first, 1, 1), tr("Từ 01/01/{first} đến hết 31/12/{last}.", first=first, last=last))
    match = re.fullmatch(rf"(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+){_YEAR}|(?:trước|chậm\s+nhất)\s+(?:hết\s+)?năm\s+{_YEAR}", text)
    if match:
        if match.group(1):
            year = _year(match.group(1))
            return Deadline(original, "date", (Milestone(dt.date(year, 12, 31), str(year)),), None,
                            tr("Đến năm {year}: hạn 31/12/{year}.", year=year))
        year = _year(match.group(2))
        if "hết" in text or "chậm nhất" in text:
            return Deadline(original, "date", (Milestone(dt.date(year, 12, 31), str(year)),), None,
                            tr("Trước hết năm {year}: hạn 31/12/{year}.", year=year))
        return Deadline(original, "date", (Milestone(dt.date(year - 1, 12, 31), str(year - 1)),), None,
                        tr("Trước năm {year}: hạn 31/12/{previous}.", year=year, previous=year - 1))
    match = re.fullmatch(rf"(?:trong\s+|cả\s+|hết\s+|trong\s+cả\s+|đến\s+hết\s+)?năm\s+{_YEAR}|{_YEAR}", text)
    if match:
        year = _year(match.group(1) or match.group(2))
        return Deadline(original, "date", (Milestone(dt.date(year, 12, 31), str(year), dt.date(year, 1, 1)),), None,
                        tr("Năm {year}: hạn 31/12/{year}.", year=year))
    match = re.fullmatch(rf"(?:năm\s+)?{_YEAR}((?:\s*(?:,|và)\s*(?:năm\s+)?\d{{4}})+)", text)
    if match:
        years = [_year(match.group(1))] + [_year(y) for y in re.findall(r"\d{4}", match.group(2))]
        if years != sorted(set(years)):
            raise _Fail(tr("Các năm trong \"{text}\" không tăng dần.", text=original),
                        tr("Liệt kê các năm theo thứ tự tăng dần."))
        milestones = [Milestone(dt.date(y, 12, 31), str(y), dt.date(y, 1, 1)) for y in years]
        return Deadline(original, "date", tuple(milestones), None,
                        tr("Mỗi năm đã nêu: hạn 31/12 của {years}.", years=", ".join(str(y) for y in years)))

    # parts of a year ----------------------------------------------------------------------
    match = re.fullmatch(rf"{_TIME_PREFIX}(3|03|6|06|9|09)\s+tháng\s+(đầu|cuối)(?:\s+năm)?(?:{_YEAR_TAIL})?", text)
    if match:
        months, which = int(match.group(1)), match.group(2)
        year = _year(match.group(3)) if match.group(3) else _implicit_year(ctx, N_("mốc này"),
                                                                            f"6 tháng đầu năm {_example_year(ctx)}")
        if which == "đầu":
            due = month_end(year, months)
            label = {3: f"{year}-Q1", 6: f"{year}-H1", 9: f"{year}-09"}[months]
            return Deadline(original, "date", (Milestone(due, label, dt.date(year, 1, 1)),), None,
                            tr("{months} tháng đầu năm {year}: hạn {due}.", months=months, year=year, due=fmt(due)))
        start = dt.date(year, 13 - months, 1)
        label = {3: f"{year}-Q4", 6: f"{year}-H2", 9: f"{year}"}[months]
        return Deadline(original, "window", (Milestone(dt.date(year, 12, 31), label, start),), start,
                        tr("{months} tháng cuối năm {year}: từ {start} đến {due}.", months=months, year=year,
                           start=fmt(start), due=fmt(dt.date(year, 12, 31))))

    match = re.fullmatch(rf"{_TIME_PREFIX}(?:từ\s+)?({_QLIST})(?:{_YEAR_TAIL})?(?:\s*(?:-|đến)\s*(?:quý\s*)({_Q})(?:{_YEAR_TAIL}))?", text)
    if match and match.group(3) is None:
        quarters = _quarters(match.group(1))
        year = _year(match.group(2)) if match.group(2) else _implicit_year(ctx, N_("quý"), f"Quý II/{_example_year(ctx)}")
        return _quarter_deadline(original, quarters, year)
    if match and match.group(3):  # "Quý IV/2021 - Quý II/2022" across years
        (first_q, _), *rest = _quarters(match.group(1))
        if rest or not match.group(2):
            raise _Fail(tr("Không đọc được khoảng quý \"{text}\".", text=original),
                        tr("Viết dạng \"Quý IV/2021 - Quý II/2022\"."))
        first_year = _year(match.group(2))
        last_q = ROMAN.get(match.group(3)) or int(match.group(3))
        last_year = _year(match.group(4))
        start, due = quarter_start(first_year, first_q), quarter_end(last_year, last_q)
        if start > due:
            raise _Fail(tr("Khoảng \"{text}\" có mốc đầu sau mốc cuối.", text=original),
                        tr("Kiểm tra lại thứ tự quý, năm."))
        return Deadline(original, "window", (Milestone(due, f"{last_year}-Q{last_q}", start),), start,
                        tr("Từ {start} đến {due}.", start=fmt(start), due=fmt(due)))

    match = re.fullmatch(rf"{_TIME_PREFIX}(?:từ\s+)?tháng\s+(\d{{1,2}})(?:\s*(-|đến)\s*(?:tháng\s+)?(\d{{1,2}}))?(?:{_YEAR_TAIL})?", text)
    if match:
        first = _month(int(match.group(1)))
        last = _month(int(match.group(3))) if match.group(3) else first
        year = _year(match.group(4)) if match.group(4) else _implicit_year(ctx, N_("tháng"), f"Tháng 6/{_example_year(ctx)}")
        if last < first:
            raise _Fail(tr("Khoảng tháng {first}-{last} có tháng đầu sau tháng cuối.", first=first, last=last),
                        tr("Kiểm tra lại thứ tự tháng."))
        due = month_end(year, last)
        start = dt.date(year, first, 1)
        if first == last:
            return Deadline(original, "date", (Milestone(due, f"{year}-{last:02d}", start),), None,
                            tr("Tháng {month}/{year}: hạn {due}.", month=last, year=year, due=fmt(due)))
        return Deadline(original, "window", (Milestone(due, f"{year}-{last:02d}", start),), start,
                        tr("Từ {start} đến {due}.", start=fmt(start), due=fmt(due)))

    # exact dates --------------------------------------------------------------------------
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})/(\d{{1,2}})(?:/{_YEAR}|\s+năm\s+{_YEAR})?", text) \
        or re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s+năm\s+{_YEAR})?", text)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3) or (match.group(4) if match.lastindex and match.lastindex >= 4 else None)
        year = _year(year_text) if year_text else _implicit_year(ctx, N_("ngày"), f"31/01/{_example_year(ctx)}")
        due = _check_day(year, month, day)
        return Deadline(original, "date", (Milestone(due, due.isoformat()),), None, tr("Hạn ngày {due}.", due=fmt(due)))
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?{_YEAR}-(\d{{2}})-(\d{{2}})", text)
    if match:
        due = _check_day(_year(match.group(1)), int(match.group(2)), int(match.group(3)))
        return Deadline(original, "date", (Milestone(due, due.isoformat()),), None, tr("Hạn ngày {due}.", due=fmt(due)))

    raise _Fail(tr("Không đọc được thời gian hoàn thành \"{text}\".", text=original), _nearest_hint(ctx, text))


def _quarter_deadline(original: str, quarters: list[tuple[int, str]], year: int) -> Deadline:
    numbers = [q for q, _ in quarters]
    if len(numbers) == 1:
        q = numbers[0]
        due = quarter_end(year, q)
        return Deadline(original, "date", (Milestone(due, f"{year}-Q{q}", quarter_start(year, q)),), None,
                        tr("Quý {quarter}/{year}: hạn {due}.", quarter=ROMAN_OUT[q], year=year, due=fmt(due)))
    if numbers != sorted(set(numbers)):
        raise _Fail(tr("Các quý trong \"{text}\" không tăng dần.", text=original),
                    tr("Liệt kê các quý theo thứ tự tăng dần."))
    separators = {sep for _, sep in quarters[1:]}
    if separators <= {"-", "đến"} and len(numbers) == 2:
        first, last = numbers
        start, due = quarter_start(year, first), quarter_end(year, last)
        return Deadline(original, "window", (Milestone(due, f"{year}-Q{last}", start),), start,
                        tr("Quý {first}-{last}/{year}: từ {start} đến {due}.", first=ROMAN_OUT[first],
                           last=ROMAN_OUT[last], year=year, start=fmt(start), due=fmt(due)))
    if separators & {"-", "đến"}:
        raise _Fail(tr("Không đọc được danh sách quý \"{text}\".", text=original),
                    tr("Viết \"Quý II-III/{year}\" (một khoảng) hoặc \"Quý II và Quý IV/{year}\" (từng quý).",
                       year=year))
    milestones = tuple(Milestone(quarter_end(year, q), f"{year}-Q{q}", quarter_start(year, q)) for q in numbers)
    return Deadline(original, "date", milestones, None,
                    tr("Mỗi quý đã nêu: hạn {dates}.", dates=", ".join(fmt(m.due) for m in milestones)))


def _month(value: int) -> int:
    if not 1 <= value <= 12:
        raise _Fail(tr("Tháng {month} không tồn tại.", month=value), tr("Tháng từ 1 đến 12."))
    return value


def _check_day(year: int, month: int, day: int) -> dt.date:
    _month(month)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _Fail(tr("Ngày {day:02d}/{month:02d}/{year} không có thật trên lịch.", day=day, month=month, year=year),
                    tr("Kiểm tra lại ngày, tháng.")) from None


def _example_year(ctx: _Ctx) -> int:
    if ctx.period is not None:
        return ctx.period.start
    found = re.search(r"\d{4}", ctx.original)
    return int(found.group()) if found else dt.date.today().year


KNOWN_FORMS = (
    "Quý II/{y}", "Quý II-III/{y}", "Quý II và Quý IV/{y}", "Năm {y}", "Trong năm {y}", "Tháng 6/{y}",
    "Tháng 10-11/{y}", "6 tháng đầu năm {y}", "6 tháng cuối năm {y}", "31/01/{y}", "Trước ngày 31/01/{y}",
    "Giai đoạn {y}-{z}", "Đến năm {z}", "Hằng năm", "Hằng quý", "6 tháng/01 lần", "Năm {y} và các năm tiếp theo",
    "Nhiệm vụ thường xuyên", "Theo tiến độ Đề án", "Sau khi có văn bản hướng dẫn của Bộ, ngành Trung ương",
)


def _nearest_hint(ctx: _Ctx, text: str) -> str:
    year = _example_year(ctx)
    forms = [f.format(y=year, z=year + 4) for f in KNOWN_FORMS]
    folded = {strip_diacritics(f.lower()): f for f in forms}
    close = difflib.get_close_matches(strip_diacritics(text), list(folded), n=1, cutoff=0.0)
    nearest = folded[close[0]] if close else forms[0]
    return tr("Cách viết gần nhất cchc đọc được: \"{nearest}\". Các dạng khác: Quý I/{year}, Năm {year}, "
              "Tháng 6/{year}, 31/12/{year}, Hằng năm, Nhiệm vụ thường xuyên. Nếu hạn không viết được theo "
              "các dạng này, ghi thêm hạn cụ thể: due: {year}-12-31.", nearest=nearest, year=year)


def parse_deadline(text: str, period: PlanPeriod | None = None) -> Deadline | DeadlineError:
    """Read a "Thời gian hoàn thành" text. Never raises for bad text.

    Results are immutable, so they are memoised: a province repeats the same few
    hundred deadline phrasings across thousands of tasks. Their explanations and errors are in
    the current language, which is part of the memo key.
    """
    return _parse(text, period, language())


@functools.lru_cache(maxsize=8192)
def _parse(text: str, period: PlanPeriod | None, lang: str) -> Deadline | DeadlineError:
    ctx = _Ctx(text, period)
    normalized = normalize(text)
    if not normalized:
        return DeadlineError(text, tr("Thời gian hoàn thành để trống."),
                             tr("Ghi thời gian như văn bản, ví dụ Quý II/2021."))
    try:
        deadline = _read(ctx, normalized)
    except _Fail as failure:
        return DeadlineError(text, failure.message, failure.hint)
    if ctx.notes:
        deadline = Deadline(deadline.text, deadline.kind, deadline.milestones, deadline.start,
                            deadline.explanation + " (" + "; ".join(ctx.notes) + ")")
    return deadline
