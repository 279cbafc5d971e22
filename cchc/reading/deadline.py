"""The deadline grammar: what "Thời gian hoàn thành" means in dates.

A deadline text becomes a :class:`Deadline`: a kind (``date``, ``window``, ``recurring``,
``ongoing``, ``conditional``), an optional start, and one or more milestones (due dates,
inclusive: a task due 30/06/2021 is overdue from 01/07/2021). Each milestone carries a stable
label (``2021``, ``2021-Q2``, ``2021-H1``, ``2021-06``, ``2021-12-15``) so a progress entry can name
the occurrence of a recurring task that it closes.

The text is first brought to one spelling (``normalize``: case, Unicode form, ``Quí``, ``Q2``,
``T12``, ``-`` or ``.`` before a year, words that add nothing such as "Hoàn thành"), then read by a
sequence of forms (``_grammar``: one regular expression each, so reading stays linear), then, when
no form fits, by what officials write around a form (``_rewrites``: "Cuối", "Đến hết", "Từ … đến …",
remarks in brackets, rounds, "Thường xuyên, …"). Forms added later come after the older ones, so a
phrase read before keeps its reading (``tests/test_deadline_pinned.py``).

Text the grammar cannot read is a :class:`DeadlineError` with a hint — never a silent guess. The
hint suggests a form built only from the numbers the user wrote, or lists the forms. A quarter,
month or day without a year takes the plan's year when the plan covers one year, and is an error
when it spans several. "… kể từ ngày ký" counts from the plan's date (``issued``), and awaits a
trigger while that date is unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from cchc.base.i18n import N_, language, msg

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
# Spellings that mean the same as a canonical one, rewritten before the grammar reads the text: every
# rule keeps each number the user wrote and only changes the words and separators around it.
_SPELLINGS = (
    (re.compile(r"\bq(?:uí|úy|ùy|uỳ|úi)(?=\s|\d|$|/)"), "quý"),                  # Quí, Qúy
    (re.compile(r"\bq\.?\s?(?=(?:iv|iii|ii|i|[1-4])\b)"), "quý "),               # Q2/2022, Q.II
    (re.compile(r"\bth?\.?\s?(?=\d{1,2}[/-]\d{4}\b)"), "tháng "),                  # T12/2025
    (re.compile(r"(?<![\d/.-])(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?!\d)"), r"\1/\2/\3"),  # 31-12-2025, 31.12.2025
    (re.compile(r"(?<![\d/.-])\b(\d{1,2}|iv|iii|ii|i)[-.](\d{4})(?!\d)"), r"\1/\2"),      # Quý IV-2025, Tháng 12-2025
    (re.compile(r"/năm\s+(\d{4})\b"), r"/\1"),                                      # Quý IV/năm 2025
    (re.compile(r"^[-+•*]+\s*"), ""),                                                   # a bullet
    # words that only say "this is the deadline"
    (re.compile(r"^(?:(?:thời\s+hạn|thời\s+gian\s+hoàn\s+thành|hoàn\s+thành|thực\s+hiện|triển\s+khai|"
                r"dự\s+kiến|báo\s+cáo|vào|hạn)\s*:?\s+)+(?=\S)"), ""),
    (re.compile(r"\bchậm\s+nhất\s+(?:là\s+|vào\s+|đến\s+|trước\s+|trong\s+)+"), "chậm nhất "),
)


def normalize(text: str) -> str:
    value = unicodedata.normalize("NFC", text).lower()
    value = value.replace("hàng", "hằng")  # "hàng năm" and "hằng năm" mean the same
    value = _DASH.sub("-", value)
    value = re.sub(r"\s*/\s*", "/", value)
    value = re.sub(r"\s*,\s*", ", ", value)
    value = _SPACE.sub(" ", value).strip()
    value = value.rstrip(" .;:,!…")
    for pattern, replacement in _SPELLINGS:
        value = pattern.sub(replacement, value)
    return value.strip()


# --------------------------------------------------------------------------- the grammar

_Q = r"(?:iv|iii|ii|i|[1-4])"
_YEAR = r"(\d{4})"
_YEAR_TAIL = rf"(?:/|\s+năm\s+|\s+){_YEAR}"
_QLIST = rf"quý\s*{_Q}(?:\s*(?:-|,|và|đến)\s*(?:quý\s*)?{_Q})*"
_TIME_PREFIX = r"(?:trong\s+|trước\s+|chậm\s+nhất\s+|hạn\s+|hoàn\s+thành\s+|trong\s+thời\s+gian\s+)?"

_ONGOING = re.compile(r"^(?:nhiệm vụ\s+|công việc\s+)?thường xuyên(?:,?\s*liên tục)?$|^liên tục$|^hằng ngày$")
_CONDITIONAL = re.compile(
    r"^(?:theo\s+(?:tiến\s+độ|lộ\s+trình|kế\s+hoạch|yêu\s+cầu|chỉ\s+đạo|hướng\s+dẫn|quy\s+định|thời\s+gian|"
    r"nhu\s+cầu|thông\s+báo|đề\s+nghị|văn\s+bản|tình\s+hình)|"
    r"sau\s+khi|khi\s+có|ngay\s+sau|khi\s+được|căn\s+cứ|khi\s|ngay\s+khi|(?:kể\s+)?từ\s+khi|tùy\s+(?:theo|thuộc|tình))"
)


@dataclass
class _Ctx:
    original: str
    period: PlanPeriod | None
    issued: dt.date | None = None  # the plan's own date: what "kể từ ngày ký" counts from
    notes: list[str] = field(default_factory=list)
    probing: bool = False  # reading an example for a hint: no hint of its own


class _Fail(Exception):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class _NoMatch(_Fail):
    """No form of the grammar fits the text (as opposed to a form that fits with a wrong value)."""


def _year(value: str) -> int:
    year = int(value)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _Fail(msg("Năm {year} nằm ngoài khoảng hợp lệ ({low}–{high}).", year=year, low=MIN_YEAR, high=MAX_YEAR),
                    msg("Kiểm tra lại năm."))
    return year


def _implicit_year(ctx: _Ctx, what: str, joiner: str = "/") -> int:
    """The plan's year for a quarter, month or day written without one; the example in the hint is the
    user's own text with a year added (the plan's first year, or a placeholder), never other numbers."""
    if ctx.probing:
        raise _Fail("")
    if ctx.period is None or ctx.period.single_year is None:
        base = ctx.original.strip().rstrip(" .;:,!…")
        probe = f"{base}{joiner}2000"
        try:
            _read(_Ctx(probe, PlanPeriod(2000, 2001), probing=True), normalize(probe))
            year = str(ctx.period.start) if ctx.period is not None else msg("<năm>")
            hint = msg("Ghi rõ năm, ví dụ \"{example}\".", example=f"{base}{joiner}{year}")
        except _Fail:
            hint = msg("Ghi rõ năm của quý, tháng hoặc ngày trong \"{text}\".", text=base)
    if ctx.period is None:
        raise _Fail(msg("\"{text}\" không ghi năm và chưa biết thời kỳ kế hoạch.", text=ctx.original),
                    hint + " " + msg("Hoặc cho biết thời kỳ kế hoạch (--period)."))
    if ctx.period.single_year is None:
        raise _Fail(msg("\"{text}\" không ghi năm, mà kế hoạch kéo dài {start}–{end} nên không biết {what} của năm nào.",
                        text=ctx.original, start=ctx.period.start, end=ctx.period.end, what=msg(what)), hint)
    ctx.notes.append(msg("lấy năm {year} của kế hoạch", year=ctx.period.single_year))
    return ctx.period.single_year


def _quarters(text: str) -> list[tuple[int, str]]:
    """Quarter numbers with the separator that preceded each ('' for the first)."""
    out: list[tuple[int, str]] = []
    for match in re.finditer(rf"(?:(-|,|và|đến)\s*)?(?:quý\s*)?({_Q})\b", text):
        out.append((ROMAN.get(match.group(2)) or int(match.group(2)), match.group(1) or ""))
    return out


def _period_years(ctx: _Ctx, first: int | None = None) -> range:
    if ctx.period is None:
        raise _Fail(msg("\"{text}\" là nhiệm vụ định kỳ: cần biết thời kỳ kế hoạch để tính các mốc.", text=ctx.original),
                    msg("Cho biết thời kỳ kế hoạch, ví dụ --period 2021-2025."))
    if ctx.period.start > ctx.period.end:
        raise _Fail(msg("Thời kỳ kế hoạch {start}–{end} có năm đầu sau năm cuối, nên không tính được các mốc của \"{text}\".",
                        start=ctx.period.start, end=ctx.period.end, text=ctx.original),
                    msg("Sửa period: start không được sau end."))
    start = max(ctx.period.start, first) if first else ctx.period.start
    if start > ctx.period.end:
        raise _Fail(msg("\"{text}\" bắt đầu từ năm {first}, sau thời kỳ kế hoạch {start}–{end}.",
                        text=ctx.original, first=first, start=ctx.period.start, end=ctx.period.end),
                    msg("Kiểm tra lại năm."))
    return range(start, ctx.period.end + 1)


def _yearly(ctx: _Ctx, years: range, month: int = 12, day: int | None = None) -> list[Milestone]:
    out = []
    for year in years:
        last = calendar.monthrange(year, month)[1]
        due = dt.date(year, month, min(day, last) if day else last)  # 29/02 falls on 28/02 in other years
        label = str(year) if (month, day) in ((12, None), (12, 31)) else due.isoformat()
        out.append(Milestone(due, label, dt.date(year, 1, 1)))
    return out


def _grammar(ctx: _Ctx, text: str) -> Deadline:  # noqa: C901 - one grammar, read top to bottom
    original = ctx.original

    relative = _relative(ctx, text)
    if relative is not None:
        return relative
    if _ONGOING.match(text):
        return Deadline(original, "ongoing", (), None, msg("Nhiệm vụ thường xuyên: không có hạn, không bao giờ quá hạn."))
    if _CONDITIONAL.match(text):
        return Deadline(original, "conditional", (), None,
                        msg("Chờ điều kiện: tính hạn khi kế hoạch ghi ngày phát sinh điều kiện (trigger) "
                            "và thời gian thực hiện, hoặc ghi hạn cụ thể (due)."))
    match = _START.fullmatch(text)
    if match and not re.match(r"nay\b|(?:kể\s+)?từ\s", match.group(1)):  # "từ từ …" is read once, not nested
        started = _start(ctx, match.group(1))
        if started is not None:
            return started

    # recurring ---------------------------------------------------------------------------
    match = re.fullmatch(rf"(?:trong\s+|(?:kể\s+)?từ\s+)?(?:năm\s+)?{_YEAR}\s+và\s+(?:các|những)\s+năm\s+tiếp\s+theo", text)
    if match:
        first = _year(match.group(1))
        milestones = _yearly(ctx, _period_years(ctx, first))
        return Deadline(original, "recurring", tuple(milestones), dt.date(first, 1, 1),
                        msg("Hằng năm từ {first}: hạn 31/12 mỗi năm trong thời kỳ kế hoạch.", first=first))
    if re.fullmatch(r"(?:định\s+kỳ\s+)?hằng\s+năm|(?:định\s+kỳ\s+)?mỗi\s+năm|định\s+kỳ\s+(?:01|1)\s+năm/(?:01|1)?\s*lần|"
                    r"(?:01|1)\s+năm/(?:01|1)?\s*lần", text):
        milestones = _yearly(ctx, _period_years(ctx))
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Hằng năm: hạn 31/12 mỗi năm trong thời kỳ kế hoạch."))
    if re.fullmatch(r"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+quý|định\s+kỳ\s+quý|(?:01|1)\s+quý/(?:01|1)?\s*lần", text):
        milestones = [Milestone(quarter_end(y, q), f"{y}-Q{q}", quarter_start(y, q))
                      for y in _period_years(ctx) for q in range(1, 5)]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Hằng quý: hạn ngày cuối mỗi quý trong thời kỳ kế hoạch."))
    if re.fullmatch(r"(?:định\s+kỳ\s+)?(?:06|6)\s+tháng(?:/(?:01|1)?\s*lần|\s+một\s+lần|\s+1\s+lần)?|"
                    r"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+(?:06|6)\s+tháng|định\s+kỳ\s+(?:06|6)\s+tháng,?\s+(?:hằng\s+)?năm|"
                    r"(?:06|6)\s+tháng,?\s+(?:và\s+)?(?:hằng\s+)?năm", text):
        milestones = []
        for y in _period_years(ctx):
            milestones.append(Milestone(dt.date(y, 6, 30), f"{y}-H1", dt.date(y, 1, 1)))
            milestones.append(Milestone(dt.date(y, 12, 31), f"{y}-H2", dt.date(y, 7, 1)))
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("6 tháng một lần: hạn 30/6 và 31/12 mỗi năm trong thời kỳ kế hoạch."))
    if re.fullmatch(r"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+tháng|định\s+kỳ\s+tháng", text):
        milestones = [Milestone(month_end(y, m), f"{y}-{m:02d}", dt.date(y, m, 1))
                      for y in _period_years(ctx) for m in range(1, 13)]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Hằng tháng: hạn ngày cuối mỗi tháng trong thời kỳ kế hoạch."))
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})/(\d{{1,2}})\s+hằng\s+năm", text)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        _check_day(2000, month, day)  # leap-safe check of the day and month
        milestones = _yearly(ctx, _period_years(ctx), month, day)
        if (day, month) == (29, 2):
            summary = msg("Hằng năm: hạn ngày {day:02d}/{month:02d} (năm không nhuận: 28/02) mỗi năm trong thời kỳ "
                          "kế hoạch.", day=day, month=month)
        else:
            summary = msg("Hằng năm: hạn ngày {day:02d}/{month:02d} mỗi năm trong thời kỳ kế hoạch.", day=day, month=month)
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start, summary)
    match = re.fullmatch(rf"(?:trong\s+)?quý\s*({_Q})\s+hằng\s+năm", text)
    if match:
        q = ROMAN.get(match.group(1)) or int(match.group(1))
        milestones = [Milestone(quarter_end(y, q), f"{y}-Q{q}", quarter_start(y, q)) for y in _period_years(ctx)]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Hằng năm vào quý {quarter}: hạn {due} mỗi năm.", quarter=ROMAN_OUT[q],
                            due=fmt(milestones[0].due)[:5]))
    match = re.fullmatch(r"(?:trong\s+)?tháng\s+(\d{1,2})\s+hằng\s+năm", text)
    if match:
        month = _month(int(match.group(1)))
        milestones = [Milestone(month_end(y, month), f"{y}-{month:02d}", dt.date(y, month, 1))
                      for y in _period_years(ctx)]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Hằng năm vào tháng {month}: hạn ngày cuối tháng {month} mỗi năm.", month=month))

    # ranges of years ---------------------------------------------------------------------
    match = re.fullmatch(rf"(?:giai\s+đoạn\s+|năm\s+|từ\s+năm\s+|trong\s+giai\s+đoạn\s+|thời\s+kỳ\s+)?{_YEAR}-(?:năm\s+)?{_YEAR}", text) \
        or re.fullmatch(rf"từ\s+(?:năm\s+)?{_YEAR}\s+đến\s+(?:hết\s+)?(?:năm\s+)?{_YEAR}", text)
    if match:
        first, last = _year(match.group(1)), _year(match.group(2))
        if first > last:
            raise _Fail(msg("Khoảng năm {first}-{last} có năm đầu sau năm cuối.", first=first, last=last),
                        msg("Viết \"{last}-{first}\"?", first=first, last=last))
        if first == last:
            return Deadline(original, "date", (Milestone(dt.date(first, 12, 31), str(first), dt.date(first, 1, 1)),),
                            None, msg("Năm {year}: hạn 31/12/{year}.", year=first))
        return Deadline(original, "window", (Milestone(dt.date(last, 12, 31), str(last), dt.date(first, 1, 1)),),
                        dt.date(first, 1, 1), msg("Từ 01/01/{first} đến hết 31/12/{last}.", first=first, last=last))
    match = re.fullmatch(rf"(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+){_YEAR}|(?:trước|chậm\s+nhất)\s+(?:hết\s+)?năm\s+{_YEAR}", text)
    if match:
        if match.group(1):
            year = _year(match.group(1))
            return Deadline(original, "date", (Milestone(dt.date(year, 12, 31), str(year)),), None,
                            msg("Đến năm {year}: hạn 31/12/{year}.", year=year))
        year = _year(match.group(2))
        if "hết" in text or "chậm nhất" in text:
            return Deadline(original, "date", (Milestone(dt.date(year, 12, 31), str(year)),), None,
                            msg("Trước hết năm {year}: hạn 31/12/{year}.", year=year))
        return Deadline(original, "date", (Milestone(dt.date(year - 1, 12, 31), str(year - 1)),), None,
                        msg("Trước năm {year}: hạn 31/12/{previous}.", year=year, previous=year - 1))
    match = re.fullmatch(rf"(?:trong\s+|cả\s+|hết\s+|trong\s+cả\s+|đến\s+hết\s+)?năm\s+{_YEAR}|{_YEAR}", text)
    if match:
        year = _year(match.group(1) or match.group(2))
        return Deadline(original, "date", (Milestone(dt.date(year, 12, 31), str(year), dt.date(year, 1, 1)),), None,
                        msg("Năm {year}: hạn 31/12/{year}.", year=year))
    match = re.fullmatch(rf"(?:năm\s+)?{_YEAR}((?:\s*(?:,|và)\s*(?:năm\s+)?\d{{4}})+)", text)
    if match:
        years = [_year(match.group(1))] + [_year(y) for y in re.findall(r"\d{4}", match.group(2))]
        if years != sorted(set(years)):
            raise _Fail(msg("Các năm trong \"{text}\" không tăng dần.", text=original),
                        msg("Liệt kê các năm theo thứ tự tăng dần."))
        milestones = [Milestone(dt.date(y, 12, 31), str(y), dt.date(y, 1, 1)) for y in years]
        return Deadline(original, "date", tuple(milestones), None,
                        msg("Mỗi năm đã nêu: hạn 31/12 của {years}.", years=", ".join(str(y) for y in years)))

    # parts of a year ----------------------------------------------------------------------
    match = re.fullmatch(rf"{_TIME_PREFIX}(3|03|6|06|9|09)\s+tháng\s+(đầu|cuối)(?:\s+năm)?(?:{_YEAR_TAIL})?", text)
    if match:
        months, which = int(match.group(1)), match.group(2)
        year = _year(match.group(3)) if match.group(3) else _implicit_year(ctx, N_("mốc này"), " ")
        if which == "đầu":
            due = month_end(year, months)
            label = {3: f"{year}-Q1", 6: f"{year}-H1", 9: f"{year}-09"}[months]
            return Deadline(original, "date", (Milestone(due, label, dt.date(year, 1, 1)),), None,
                            msg("{months} tháng đầu năm {year}: hạn {due}.", months=months, year=year, due=fmt(due)))
        start = dt.date(year, 13 - months, 1)
        label = {3: f"{year}-Q4", 6: f"{year}-H2", 9: f"{year}"}[months]
        return Deadline(original, "window", (Milestone(dt.date(year, 12, 31), label, start),), start,
                        msg("{months} tháng cuối năm {year}: từ {start} đến {due}.", months=months, year=year,
                            start=fmt(start), due=fmt(dt.date(year, 12, 31))))

    match = re.fullmatch(rf"{_TIME_PREFIX}(?:từ\s+)?({_QLIST})(?:{_YEAR_TAIL})?(?:\s*(?:-|đến)\s*(?:quý\s*)({_Q})(?:{_YEAR_TAIL}))?", text)
    if match and match.group(3) is None:
        quarters = _quarters(match.group(1))
        year = _year(match.group(2)) if match.group(2) else _implicit_year(ctx, N_("quý"))
        return _quarter_deadline(original, quarters, year)
    if match and match.group(3):  # "Quý IV/2021 - Quý II/2022" across years
        (first_q, _), *rest = _quarters(match.group(1))
        if rest or not match.group(2):
            raise _Fail(msg("Không đọc được khoảng quý \"{text}\".", text=original),
                        msg("Viết dạng \"Quý <quý>/<năm> - Quý <quý>/<năm>\"."))
        first_year = _year(match.group(2))
        last_q = ROMAN.get(match.group(3)) or int(match.group(3))
        last_year = _year(match.group(4))
        start, due = quarter_start(first_year, first_q), quarter_end(last_year, last_q)
        if start > due:
            raise _Fail(msg("Khoảng \"{text}\" có mốc đầu sau mốc cuối.", text=original),
                        msg("Kiểm tra lại thứ tự quý, năm."))
        return Deadline(original, "window", (Milestone(due, f"{last_year}-Q{last_q}", start),), start,
                        msg("Từ {start} đến {due}.", start=fmt(start), due=fmt(due)))

    match = re.fullmatch(rf"{_TIME_PREFIX}(?:từ\s+)?tháng\s+(\d{{1,2}})(?:\s*(-|đến)\s*(?:tháng\s+)?(\d{{1,2}}))?(?:{_YEAR_TAIL})?", text)
    if match:
        first = _month(int(match.group(1)))
        last = _month(int(match.group(3))) if match.group(3) else first
        year = _year(match.group(4)) if match.group(4) else _implicit_year(ctx, N_("tháng"))
        if last < first:
            raise _Fail(msg("Khoảng tháng {first}-{last} có tháng đầu sau tháng cuối.", first=first, last=last),
                        msg("Kiểm tra lại thứ tự tháng."))
        due = month_end(year, last)
        start = dt.date(year, first, 1)
        if first == last:
            return Deadline(original, "date", (Milestone(due, f"{year}-{last:02d}", start),), None,
                            msg("Tháng {month}/{year}: hạn {due}.", month=last, year=year, due=fmt(due)))
        return Deadline(original, "window", (Milestone(due, f"{year}-{last:02d}", start),), start,
                        msg("Từ {start} đến {due}.", start=fmt(start), due=fmt(due)))

    # exact dates --------------------------------------------------------------------------
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})/(\d{{1,2}})(?:/{_YEAR}|\s+năm\s+{_YEAR})?", text) \
        or re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s+năm\s+{_YEAR})?", text)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3) or (match.group(4) if match.lastindex and match.lastindex >= 4 else None)
        year = _year(year_text) if year_text else _implicit_year(ctx, N_("ngày"))
        due = _check_day(year, month, day)
        return Deadline(original, "date", (Milestone(due, due.isoformat()),), None, msg("Hạn ngày {due}.", due=fmt(due)))
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?{_YEAR}-(\d{{2}})-(\d{{2}})", text)
    if match:
        due = _check_day(_year(match.group(1)), int(match.group(2)), int(match.group(3)))
        return Deadline(original, "date", (Milestone(due, due.isoformat()),), None, msg("Hạn ngày {due}.", due=fmt(due)))

    return _more(ctx, text)


# --------------------------------------------------------------------------- forms added for issue 15
# They are tried after the forms above (so no phrase those read changes its reading), or, for "Từ …"
# and "… kể từ ngày ký", before them because the old grammar silently ignored the "từ".

_START = re.compile(r"(?:bắt\s+đầu\s+)?(?:kể\s+)?từ\s+(.+?)(?:,?\s+(?:trở\s+đi|về\s+sau|trở\s+về\s+sau))?")
_RELATIVE = re.compile(
    r"(?:(?:trong|không\s+quá|tối\s+đa|chậm\s+nhất|sau)\s+(?:vòng\s+|thời\s+hạn\s+|thời\s+gian\s+|khoảng\s+)?)?"
    r"(\d{1,3})\s+(ngày\s+làm\s+việc|ngày|tuần|tháng)\s+(?:kể\s+từ|tính\s+từ|từ|sau)\s+(.+)")
# "ngày ký", "ngày ban hành", "ngày ký ban hành", "ngày Kế hoạch này được ban hành": the plan's own date
_DOC = r"(?:kế\s+hoạch|văn\s+bản|chương\s+trình)(?:\s+này)?"
_OWN_EVENT = re.compile(rf"(?:ngày\s+)?(?:{_DOC}\s+(?:được\s+)?)?(?:ký(?:\s+ban\s+hành)?|ban\s+hành)(?:\s+{_DOC})?")
_UNIT = r"(?:(?:hằng|mỗi)\s+)?(?:0?6\s+tháng|tháng|quý|năm)"
_UNITS = re.compile(rf"(?:báo\s+cáo\s+)?(?:định\s+kỳ\s+)?\(?({_UNIT}(?:\s*(?:,|và|/|;|-)\s*{_UNIT})+)\)?")
_MARKER = r"(?:(?:đợt|lần|bước)\s*(?:\d{1,2}|iv|v|iii|ii|i)\b\s*[:)-]?|giai\s+đoạn\s*(?:\d{1,2}|iv|v|iii|ii|i)\b\s*[:)])"
_TIME_WORDS = re.compile(r"\d|\b(?:quý|tháng|năm|ngày|tuần|hằng|mỗi|định\s+kỳ|thường\s+xuyên|đến|từ|trước|sau|hết|cuối|"
                         r"đầu|iv|iii|ii|i)\b")


def _as_written(ctx: _Ctx, part: str) -> str:
    """``part`` of the normalised text as the user wrote it (capitals kept), for messages."""
    words = [re.escape(w) for w in re.findall(r"[^\W_]+|\d+", part)]
    if words:
        found = re.search(r"[\W_]*".join(words), unicodedata.normalize("NFC", ctx.original), re.IGNORECASE)
        if found:
            return found.group()
    return part


def _add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _relative(ctx: _Ctx, text: str) -> Deadline | None:
    """"Trong vòng 30 ngày kể từ ngày ký": the plan's date + 30 days, or awaiting the event."""
    match = _RELATIVE.fullmatch(text)
    if not match:
        return None
    count, unit, event = int(match.group(1)), match.group(2), match.group(3)
    original = ctx.original
    own = _OWN_EVENT.fullmatch(event) is not None
    event = _as_written(ctx, event)
    if unit == "ngày làm việc":
        return Deadline(original, "conditional", (), None,
                        msg("{count} ngày làm việc kể từ {event}: cchc không tự đếm ngày làm việc (còn tùy ngày nghỉ, "
                            "ngày lễ), nên chờ ghi hạn cụ thể (due) đã tính.", count=count, event=event))
    days, months = (count * 7 if unit == "tuần" else count if unit == "ngày" else 0), (count if unit == "tháng" else 0)
    amount = (msg("{count} tuần", count=count) if unit == "tuần" else msg("{count} tháng", count=count)
              if unit == "tháng" else msg("{count} ngày", count=count))
    if not own:
        key = f"months: {count}" if months else f"days: {days}"
        return Deadline(original, "conditional", (), None,
                        msg("Chờ điều kiện: hạn là {amount} kể từ {event}; khi điều kiện phát sinh, ghi trigger "
                            "(date: ngày phát sinh, {key}) để tính hạn.", amount=amount, event=event, key=key))
    if ctx.issued is None:
        key = f"months: {count}" if months else f"days: {days}"
        return Deadline(original, "conditional", (), None,
                        msg("Hạn là {amount} kể từ ngày ký kế hoạch, mà kế hoạch chưa ghi đủ ngày ký (document.date): "
                            "chờ ghi ngày ký, hoặc trigger (date: ngày ký, {key}).", amount=amount, key=key))
    due = _add_months(ctx.issued, months) if months else ctx.issued + dt.timedelta(days=days)
    if not MIN_YEAR <= due.year <= MAX_YEAR:
        raise _Fail(msg("Năm {year} nằm ngoài khoảng hợp lệ ({low}–{high}).", year=due.year, low=MIN_YEAR, high=MAX_YEAR),
                    msg("Kiểm tra lại năm."))
    return Deadline(original, "date", (Milestone(due, due.isoformat(), ctx.issued),), None,
                    msg("{amount} kể từ ngày ký kế hoạch ({issued}): hạn {due}.", amount=amount,
                        issued=fmt(ctx.issued), due=fmt(due)))


def _start(ctx: _Ctx, rest: str) -> Deadline | None:
    """"Từ Quý II/2022": starts then and runs to the end of the plan's period (never due 30/06/2022).

    A window or a recurring form after "từ" ("Từ quý I-II/2022", "Từ năm 2021-2025") keeps its own
    reading, as before. None when the rest is not a form (then "từ … đến …" is read as a whole)."""
    notes = list(ctx.notes)
    try:
        inner = _grammar(ctx, rest)
    except _NoMatch:
        ctx.notes[:] = notes
        return None
    if inner.kind != "date":
        return inner
    if len(inner.milestones) != 1:
        raise _Fail(msg("\"{text}\" ghi nhiều mốc sau \"từ\": không biết nhiệm vụ bắt đầu khi nào.", text=ctx.original),
                    msg("Ghi một mốc bắt đầu và một mốc kết thúc: \"Từ … đến …\"."))
    first = inner.milestones[0]
    start = first.start or first.due
    if ctx.period is None:
        raise _Fail(msg("\"{text}\" chỉ ghi lúc bắt đầu ({start}): hạn là cuối thời kỳ kế hoạch, mà chưa biết thời kỳ.",
                        text=ctx.original, start=fmt(start)),
                    msg("Cho biết thời kỳ kế hoạch (--period), hoặc ghi cả lúc kết thúc: \"Từ … đến …\"."))
    due = dt.date(ctx.period.end, 12, 31)
    if start > due:
        raise _Fail(msg("\"{text}\" bắt đầu ({start}) sau thời kỳ kế hoạch {first}–{last}.", text=ctx.original,
                        start=fmt(start), first=ctx.period.start, last=ctx.period.end),
                    msg("Kiểm tra lại năm."))
    return Deadline(ctx.original, "window", (Milestone(due, str(ctx.period.end), start),), start,
                    msg("Bắt đầu từ {start}, thực hiện đến hết thời kỳ kế hoạch: hạn {due} (văn bản chỉ ghi lúc bắt đầu).",
                        start=fmt(start), due=fmt(due)))


def _monthly(ctx: _Ctx, day: int | None = None) -> list[Milestone]:
    return [Milestone(dt.date(y, m, min(day, calendar.monthrange(y, m)[1])) if day else month_end(y, m),
                      f"{y}-{m:02d}", dt.date(y, m, 1))
            for y in _period_years(ctx) for m in range(1, 13)]


def _quarterly(ctx: _Ctx, day: int | None = None) -> list[Milestone]:
    out = []
    for y in _period_years(ctx):
        for q in range(1, 5):
            due = quarter_end(y, q)
            out.append(Milestone(due.replace(day=min(day, due.day)) if day else due, f"{y}-Q{q}", quarter_start(y, q)))
    return out


def _halves(ctx: _Ctx) -> list[Milestone]:
    out = []
    for y in _period_years(ctx):
        out.append(Milestone(dt.date(y, 6, 30), f"{y}-H1", dt.date(y, 1, 1)))
        out.append(Milestone(dt.date(y, 12, 31), f"{y}-H2", dt.date(y, 7, 1)))
    return out


def _day_of_month(value: str) -> int:
    day = int(value)
    if not 1 <= day <= 31:
        raise _Fail(msg("Ngày {day} không có trong tháng nào.", day=day), msg("Ngày từ 1 đến 31."))
    return day


def _more(ctx: _Ctx, text: str) -> Deadline:  # noqa: C901 - the forms added for issue 15, top to bottom
    original = ctx.original

    # recurring: several report periods, a day of each month or quarter, several days of each year
    match = _UNITS.fullmatch(text)
    if match:
        units = match.group(1)
        found = set(re.findall(r"0?6\s+tháng|tháng|quý|năm", units))
        found = {"6 tháng" if "6" in unit else unit for unit in found}
        if "tháng" in found:
            milestones, each = _monthly(ctx), msg("cuối mỗi tháng")
        elif "quý" in found:
            milestones, each = _quarterly(ctx), msg("cuối mỗi quý")
        elif "6 tháng" in found:
            milestones, each = _halves(ctx), msg("30/6 và 31/12")
        else:
            milestones, each = _yearly(ctx, _period_years(ctx)), msg("31/12")
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Định kỳ {units}: mỗi kỳ ngắn nhất là một mốc, hạn {each} mỗi năm trong thời kỳ kế hoạch "
                            "(kỳ dài hơn kết thúc cùng ngày với một mốc).", units=_as_written(ctx, units), each=each))
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})\s+(?:của\s+)?(?:hằng|mỗi|các)\s+tháng", text) \
        or re.fullmatch(rf"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+tháng\s*(?:,|\(|:|vào)?\s*{_TIME_PREFIX}(?:ngày\s+)?"
                        r"(\d{1,2})(?:\s+(?:hằng|mỗi)\s+tháng)?\)?", text)
    if match:
        day = _day_of_month(match.group(1))
        milestones = _monthly(ctx, day)
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Hằng tháng: hạn ngày {day} mỗi tháng (tháng ngắn hơn: ngày cuối tháng) trong thời kỳ kế "
                            "hoạch.", day=day))
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})\s+(?:của\s+)?tháng\s+cuối\s+(?:của\s+)?"
                         r"(?:mỗi\s+|hằng\s+|các\s+)?quý", text) \
        or re.fullmatch(rf"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+quý\s*(?:,|\(|:|vào)?\s*{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}})"
                        r"\s+(?:của\s+)?tháng\s+cuối(?:\s+quý)?\)?", text)
    if match:
        day = _day_of_month(match.group(1))
        milestones = _quarterly(ctx, day)
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Hằng quý: hạn ngày {day} tháng cuối mỗi quý trong thời kỳ kế hoạch.", day=day))
    match = re.fullmatch(rf"{_TIME_PREFIX}(?:ngày\s+)?(\d{{1,2}}/\d{{1,2}}(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{{1,2}}/\d{{1,2}})+)"
                         r"\s+(?:hằng|mỗi)\s+năm", text)
    if match:
        days = [(int(d), int(m)) for d, m in re.findall(r"(\d{1,2})/(\d{1,2})", match.group(1))]
        for day, month in days:
            _check_day(2000, month, day)
        if [(m, d) for d, m in days] != sorted(set((m, d) for d, m in days)):
            raise _Fail(msg("Các ngày trong \"{text}\" không tăng dần.", text=original),
                        msg("Liệt kê các ngày theo thứ tự trong năm."))
        milestones = [m for y in _period_years(ctx) for d, mo in days for m in _yearly(ctx, range(y, y + 1), mo, d)]
        milestones = [Milestone(m.due, m.due.isoformat(), m.start) for m in milestones]
        return Deadline(original, "recurring", tuple(milestones), milestones[0].start,
                        msg("Hằng năm: hạn các ngày {days} mỗi năm trong thời kỳ kế hoạch.",
                            days=", ".join(f"{d:02d}/{m:02d}" for d, m in days)))
    match = re.fullmatch(r"(?:định\s+kỳ\s+)?(?:hằng|mỗi)\s+năm\s*(?:,|\(|:|-|vào)\s*(.+?)\)?", text)
    if match and not match.group(1).endswith("năm"):
        try:
            return _grammar(ctx, normalize(match.group(1)) + " hằng năm")  # "Hằng năm (Quý IV)" = "Quý IV hằng năm"
        except _NoMatch:
            pass

    # "Đầu năm 2023" is its first quarter; "Cuối năm", "Trong năm" without a year are the plan's year
    match = re.fullmatch(rf"(?:vào\s+|trong\s+)?đầu\s+năm(?:\s+{_YEAR}|\s+nay)?", text)
    if match:
        year = _year(match.group(1)) if match.group(1) else _implicit_year(ctx, N_("mốc này"), " ")
        due = quarter_end(year, 1)
        return Deadline(original, "date", (Milestone(due, f"{year}-Q1", quarter_start(year, 1)),), None,
                        msg("Đầu năm {year}: hiểu là Quý I/{year}, hạn {due}.", year=year, due=fmt(due)))
    if re.fullmatch(r"(?:trong|cuối|hết|(?:đến|tới)\s+(?:hết|cuối))\s+năm(?:\s+nay)?", text):
        year = _implicit_year(ctx, N_("mốc này"), " ")
        return Deadline(original, "date", (Milestone(dt.date(year, 12, 31), str(year), dt.date(year, 1, 1)),), None,
                        msg("Năm {year}: hạn 31/12/{year}.", year=year))

    # several months of one year
    match = re.fullmatch(rf"{_TIME_PREFIX}tháng\s+(\d{{1,2}})((?:\s*(?:,|và)\s*(?:tháng\s+)?\d{{1,2}})+)(?:{_YEAR_TAIL})?",
                         text)
    if match:
        months = [_month(int(match.group(1)))] + [_month(int(m)) for m in re.findall(r"\d{1,2}", match.group(2))]
        if months != sorted(set(months)):
            raise _Fail(msg("Các tháng trong \"{text}\" không tăng dần.", text=original),
                        msg("Liệt kê các tháng theo thứ tự tăng dần."))
        year = _year(match.group(3)) if match.group(3) else _implicit_year(ctx, N_("tháng"))
        named = tuple(Milestone(month_end(year, m), f"{year}-{m:02d}", dt.date(year, m, 1)) for m in months)
        return Deadline(original, "date", named, None,
                        msg("Mỗi tháng đã nêu: hạn {dates}.", dates=", ".join(fmt(m.due) for m in named)))
    # a month and year with no word: "12/2025"
    match = re.fullmatch(rf"{_TIME_PREFIX}(\d{{1,2}})/{_YEAR}", text)
    if match:
        month, year = _month(int(match.group(1))), _year(match.group(2))
        due = month_end(year, month)
        return Deadline(original, "date", (Milestone(due, f"{year}-{month:02d}", dt.date(year, month, 1)),), None,
                        msg("Tháng {month}/{year}: hạn {due}.", month=month, year=year, due=fmt(due)))
    raise _NoMatch(msg("Không đọc được thời gian hoàn thành \"{text}\".", text=original))


# A "Thời gian hoàn thành" cell is a line or two; what officials add around a form is looked for only
# in a text of that size, so a pasted paragraph costs one pass of the grammar, not a search.
_REWRITE_LIMIT = 240


def _read(ctx: _Ctx, text: str, depth: int = 0) -> Deadline:
    """The grammar, then what officials add around a form: "Cuối", "Hết", "Đến hết", "Từ nay đến",
    "(…)" remarks, "Thường xuyên, …", "Đợt 1: …; Đợt 2: …", "Từ … đến …"."""
    if depth:
        text = normalize(text)  # a part of the text may begin with "báo cáo", "hoàn thành"…
    try:
        return _grammar(ctx, text)
    except _NoMatch as failure:
        if depth > 3 or len(text) > _REWRITE_LIMIT:
            raise
        first: _Fail = failure
    notes = list(ctx.notes)
    for attempt in _rewrites(ctx, text, depth):
        try:
            return attempt()
        except _NoMatch:
            ctx.notes[:] = notes
        except _Fail as failure:  # a part that is a form with a wrong value: say so, unless another way reads
            ctx.notes[:] = notes
            if type(first) is _NoMatch:
                first = failure
    raise first


def _rewrites(ctx: _Ctx, text: str, depth: int) -> Iterator[Callable[[], Deadline]]:  # noqa: C901
    original = ctx.original
    # the end of a quarter, month, day or year: "Cuối năm 2022", "Hết Quý II/2022", "Từ nay đến hết năm 2022"
    match = re.fullmatch(r"(?:từ\s+nay\s+)?(?:(?:đến|tới)\s+)?(?:hết|cuối)\s+((?:quý|tháng|ngày|năm|\d).*)|"
                         r"(?:từ\s+nay\s+)?(?:đến|tới)\s+((?:quý|tháng|ngày|\d).*)|từ\s+nay\s+((?:đến|tới)\s+.*)", text)
    if match:
        rest = match.group(1) or match.group(2) or match.group(3)
        yield lambda: _read(ctx, rest, depth + 1)
    # "Thường xuyên, hằng năm": done all along, with a milestone each period
    match = re.fullmatch(r"(?:nhiệm\s+vụ\s+)?thường\s+xuyên(?:,?\s*liên\s+tục)?\s*(?:[,;(:-]|và)?\s*(.+?)\)?", text) \
        or re.fullmatch(r"\(?(.+?)\)?\s*(?:[,;(:-]|và)?\s*\(?thường\s+xuyên(?:,?\s*liên\s+tục)?\)?", text)
    if match:
        rest = match.group(1)

        def ongoing_and() -> Deadline:
            inner = _read(ctx, rest, depth + 1)
            if not inner.milestones:
                raise _NoMatch("")
            return Deadline(original, inner.kind, inner.milestones, inner.start,
                            msg("Thực hiện thường xuyên; {explanation}", explanation=inner.explanation))
        yield ongoing_and
    # several rounds: "Đợt 1: Quý II/2022; Đợt 2: Quý IV/2022", "30/6/2022 và 31/12/2022"
    parts = [p for p in re.split(rf"\s*;\s*|(?<!\()\s*,?\s*(?:và\s+)?(?={_MARKER})", text) if p.strip()]
    if len(parts) < 2:
        pieces = re.split(r"\s*,\s*|\s+và\s+", text)
        if len(pieces) > 1 and all(re.search(r"(?<!\d)\d{4}(?!\d)", p) for p in pieces):
            parts = pieces
    rounds = [re.sub(rf"^{_MARKER}\s*", "", p) for p in parts]
    if len(rounds) > 1:
        yield lambda: _rounds(ctx, rounds, depth)
    elif re.match(r"(?:đợt|lần|bước|giai\s+đoạn)\s*(?:\d{1,2}|iv|v|iii|ii|i)\s*[:)]", text):
        yield lambda: _read(ctx, rounds[0], depth + 1)  # "Đợt 1: Quý II/2022" alone
    # a remark in "(…)" or after ":": a qualifier ("Năm 2026 (Quý II)", "Năm 2025 (trước 30/9/2025)",
    # "Năm 2025: Quý IV") or a note without a time ("Quý II/2022 (trình UBND tỉnh)")
    match = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*(.*)", text) or re.fullmatch(r"(.+?)\s*:\s*(.+)()", text)
    if match:
        before, inner, after = (g.strip() for g in match.groups())
        outer = " ".join(p for p in (before, after) if p)
        if outer and inner:
            yield lambda: _read(ctx, f"{outer} {inner}", depth + 1)
            yield lambda: _read(ctx, f"{inner} {outer}", depth + 1)

            def narrowed() -> Deadline:
                """The remark narrows the text: a date inside it, or the occurrences of a recurring remark
                inside it. A remark without a year takes the text's year ("Quý II/2025 (trước 15/6)")."""
                wide = _read(ctx, outer, depth + 1)
                if wide.kind not in ("date", "window") or len(wide.milestones) != 1:
                    raise _NoMatch("")
                first = wide.start or wide.milestones[0].start or wide.milestones[0].due
                last = wide.milestones[0].due
                low, high = first.year, last.year
                if ctx.period is not None and low != high:
                    low, high = max(low, ctx.period.start), min(high, ctx.period.end)
                if low > high:
                    raise _NoMatch("")
                inside = _Ctx(ctx.original, PlanPeriod(low, high), ctx.issued)
                narrow = _read(inside, inner, depth + 1)
                milestones = tuple(m for m in narrow.milestones if first <= m.due <= last)
                if narrow.kind == "recurring" and milestones:
                    narrow = Deadline(original, "recurring", milestones, milestones[0].start, narrow.explanation)
                elif narrow.kind != "date" or len(milestones) != len(narrow.milestones):
                    raise _NoMatch("")
                return Deadline(original, narrow.kind, narrow.milestones, narrow.start,
                                msg("{explanation} (mốc trong ngoặc nằm trong \"{outer}\")",
                                    explanation=narrow.explanation, outer=_as_written(ctx, outer)))
            yield narrowed
            if not _TIME_WORDS.search(inner) or re.fullmatch(r"(?:đợt|lần|bước|giai\s+đoạn)\s*(?:\d{1,2}|iv|v|iii|ii|i)",
                                                             inner):  # a note, or the name of a round
                def without_remark() -> Deadline:
                    result = _read(ctx, outer, depth + 1)
                    ctx.notes.append(msg("bỏ qua ghi chú \"{remark}\"", remark=_as_written(ctx, inner)))
                    return result
                yield without_remark
    # "Từ tháng 6/2022 đến Quý IV/2022": from the start of one to the end of the other
    match = re.fullmatch(r"(?:(?:kể\s+)?từ\s+)?(.+?)\s*(?:\s(?:đến|tới)\s|-)\s*(?:hết\s+|cuối\s+)?(.+)", text)
    if match:
        first_text, last_text = match.group(1), match.group(2)

        def span() -> Deadline:
            first, last = _read(ctx, first_text, depth + 1), _read(ctx, last_text, depth + 1)
            if first.kind != "date" or last.kind != "date" or len(first.milestones) != 1 or len(last.milestones) != 1:
                raise _NoMatch("")
            start = first.milestones[0].start or first.milestones[0].due
            end = last.milestones[0]
            if start > end.due:
                raise _Fail(msg("Khoảng \"{text}\" có mốc đầu sau mốc cuối.", text=original),
                            msg("Kiểm tra lại thứ tự quý, năm."))
            return Deadline(original, "window", (Milestone(end.due, end.label, start),), start,
                            msg("Từ {start} đến {due}.", start=fmt(start), due=fmt(end.due)))
        yield span


def _rounds(ctx: _Ctx, parts: list[str], depth: int) -> Deadline:
    """One milestone per round (each round read on its own and given its own year)."""
    milestones: dict[str, Milestone] = {}
    for part in parts:
        inner = _read(ctx, part, depth + 1)
        if inner.kind not in ("date", "window") or not inner.milestones:
            raise _NoMatch("")
        for milestone in inner.milestones:
            milestones.setdefault(milestone.label, milestone)
    ordered = tuple(sorted(milestones.values(), key=lambda m: (m.due, m.label)))
    return Deadline(ctx.original, "date", ordered, None,
                    msg("Mỗi đợt một mốc: hạn {dates}.", dates=", ".join(fmt(m.due) for m in ordered)))


def _quarter_deadline(original: str, quarters: list[tuple[int, str]], year: int) -> Deadline:
    numbers = [q for q, _ in quarters]
    if len(numbers) == 1:
        q = numbers[0]
        due = quarter_end(year, q)
        return Deadline(original, "date", (Milestone(due, f"{year}-Q{q}", quarter_start(year, q)),), None,
                        msg("Quý {quarter}/{year}: hạn {due}.", quarter=ROMAN_OUT[q], year=year, due=fmt(due)))
    if numbers != sorted(set(numbers)):
        raise _Fail(msg("Các quý trong \"{text}\" không tăng dần.", text=original),
                    msg("Liệt kê các quý theo thứ tự tăng dần."))
    separators = {sep for _, sep in quarters[1:]}
    if separators <= {"-", "đến"} and len(numbers) == 2:
        first, last = numbers
        start, due = quarter_start(year, first), quarter_end(year, last)
        return Deadline(original, "window", (Milestone(due, f"{year}-Q{last}", start),), start,
                        msg("Quý {first}-{last}/{year}: từ {start} đến {due}.", first=ROMAN_OUT[first],
                            last=ROMAN_OUT[last], year=year, start=fmt(start), due=fmt(due)))
    if separators & {"-", "đến"}:
        romans = [ROMAN_OUT[q] for q in numbers]
        raise _Fail(msg("Không đọc được danh sách quý \"{text}\".", text=original),
                    msg("Viết từng quý, \"Quý {each}/{year}\", hoặc một khoảng, \"Quý {first}-{last}/{year}\".",
                        each=", ".join(romans[:-1]) + " và " + romans[-1], first=romans[0], last=romans[-1], year=year))
    milestones = tuple(Milestone(quarter_end(year, q), f"{year}-Q{q}", quarter_start(year, q)) for q in numbers)
    return Deadline(original, "date", milestones, None,
                    msg("Mỗi quý đã nêu: hạn {dates}.", dates=", ".join(fmt(m.due) for m in milestones)))


def _month(value: int) -> int:
    if not 1 <= value <= 12:
        raise _Fail(msg("Tháng {month} không tồn tại.", month=value), msg("Tháng từ 1 đến 12."))
    return value


def _check_day(year: int, month: int, day: int) -> dt.date:
    _month(month)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _Fail(msg("Ngày {day:02d}/{month:02d}/{year} không có thật trên lịch.", day=day, month=month, year=year),
                    msg("Kiểm tra lại ngày, tháng.")) from None


def _suggestions(text: str) -> Iterator[str]:
    """Forms cchc reads, built only from the numbers the user wrote (never another quarter or year)."""
    years = re.findall(r"(?<!\d)\d{4}(?!\d)", text)
    quarters = re.findall(r"\bq\w*\.?\s*(iv|iii|ii|i|[1-4])\b", text)
    quarters += re.findall(r"(?:,|và|-|đến)\s*(?:q\w*\.?\s*)?(iv|iii|ii|i)\b", text) if quarters else []
    small = re.findall(r"(?<![\d])\d{1,2}(?!\d)", text)
    if len(years) == 1:
        year = years[0]
        if quarters:
            romans = [ROMAN_OUT[ROMAN.get(q) or int(q)] for q in quarters]
            if len(romans) == 1:
                yield f"Quý {romans[0]}/{year}"
            elif re.search(r"-|đến", text) and len(romans) == 2:
                yield f"Quý {romans[0]}-{romans[1]}/{year}"
            else:
                yield f"Quý {', '.join(romans[:-1])} và {romans[-1]}/{year}"
        if len(small) == 2:
            before = "Trước ngày " if "trước" in text else ""
            yield f"{before}{small[0]}/{small[1]}/{year}"
        if len(small) == 1:
            yield f"Tháng {small[0]}/{year}"
        if len(small) == 2 and "tháng" in text:
            yield f"Tháng {small[0]}-{small[1]}/{year}"
        if not small and not quarters and not re.search(r"\bq|tháng|ngày", text):
            yield f"Năm {year}"
    if len(years) == 2 and not small and not quarters:
        yield f"Giai đoạn {years[0]}-{years[1]}"


def _nearest_hint(ctx: _Ctx, text: str) -> str:
    forms = msg("Quý <quý>/<năm>, Tháng <tháng>/<năm>, <ngày>/<tháng>/<năm>, Trước ngày <ngày>/<tháng>/<năm>, "
                "Năm <năm>, Giai đoạn <năm>-<năm>, Từ Quý <quý>/<năm>, Hằng năm, Hằng quý, Nhiệm vụ thường xuyên, "
                "Theo tiến độ Đề án")
    for suggestion in _suggestions(text):
        try:
            _grammar(_Ctx(suggestion, ctx.period, ctx.issued), normalize(suggestion))
        except _Fail:
            continue
        return msg("Cách viết gần nhất cchc đọc được: \"{nearest}\". Các dạng khác: {forms}. Nếu hạn không viết được "
                   "theo các dạng này, ghi thêm hạn cụ thể: due: YYYY-MM-DD.", nearest=suggestion, forms=forms)
    return msg("cchc đọc các dạng: {forms}. Nếu hạn không viết được theo các dạng này, ghi thêm hạn cụ thể: "
               "due: YYYY-MM-DD.", forms=forms)


def parse_deadline(text: str, period: PlanPeriod | None = None,
                   issued: dt.date | None = None) -> Deadline | DeadlineError:
    """Read a "Thời gian hoàn thành" text. Never raises for bad text.

    ``issued`` is the plan's own date (``document.date``): "Trong vòng 30 ngày kể từ ngày ký" counts
    from it, and awaits a trigger when it is unknown.

    Results are immutable, so they are memoised: a province repeats the same few
    hundred deadline phrasings across thousands of tasks. Their explanations and errors are
    deferred text (:func:`cchc.base.i18n.msg`), but ``str`` of it is the text in the language it
    was made in, and status, diff, calendar and the deadline writers print it as it is (not
    through ``render()``): so the language stays part of the memo key.
    """
    return _parse(text, period, issued, language())


@functools.lru_cache(maxsize=8192)
def _parse(text: str, period: PlanPeriod | None, issued: dt.date | None, lang: str) -> Deadline | DeadlineError:
    ctx = _Ctx(text, period, issued)
    normalized = normalize(text)
    if not normalized:
        return DeadlineError(text, msg("Thời gian hoàn thành để trống."),
                             msg("Ghi thời gian như văn bản, ví dụ Quý II/2021."))
    try:
        deadline = _read(ctx, normalized)
    except _NoMatch:
        return DeadlineError(text, msg("Không đọc được thời gian hoàn thành \"{text}\".", text=text),
                             _nearest_hint(ctx, normalized))
    except _Fail as failure:
        return DeadlineError(text, failure.message, failure.hint)
    if ctx.notes:
        deadline = Deadline(deadline.text, deadline.kind, deadline.milestones, deadline.start,
                            deadline.explanation + " (" + "; ".join(ctx.notes) + ")")
    return deadline
