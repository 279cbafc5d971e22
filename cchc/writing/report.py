"""The implementation report (báo cáo kết quả thực hiện): what the Sở Nội vụ sends each period.

Built from :mod:`cchc.deriving.status` as of a date: the government's grid (of tasks that have come due:
done on time / done late; of tasks not done: still within the deadline / overdue), a table per
reform area, overdue tasks grouped by lead agency, deadlines before the next reporting cut-off,
the per-agency table, the milestones completed in the period with their evidence, those blocked
with the note staff recorded, and a chart of status by area. The grid counts every milestone of
the plans' periods (see :mod:`cchc.deriving.status`), so its "Tổng số" is the same in every report made
from the same plans, whatever the period.

Named periods follow the Bộ Nội vụ reporting calendar: data from 15/12 of the previous year to the
cut-off 14/3 (quý I), 14/6 (6 tháng), 14/9 (quý III) or 14/12 (năm).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cchc.base.i18n import tr, vietnamese
from cchc.base.text import strip_diacritics
from cchc.deriving.areas import AREAS, BY_CODE
from cchc.deriving.status import (
    AgencyLine,
    Row,
    StatusReport,
    agency_table,
    build_report,
    on_time_rate,
)
from cchc.reading.agencies import AgencyRef, Registry, agency_labels, agency_ref
from cchc.reading.model import Plan

CUTOFFS = ((3, 14), (6, 14), (9, 14), (12, 14))


@dataclass(frozen=True)
class ReportPeriod:
    code: str  # 2021-Q1, 2021-H1, 2021-Q3, 2021
    label: str  # "quý I năm 2021"
    start: dt.date
    end: dt.date  # the data cut-off

    @property
    def slug(self) -> str:
        """The narrative file's name: 2021-quy-1, 2021-6-thang, 2021-quy-3, 2021-nam."""
        year, _, kind = self.code.partition("-")
        return f"{year}-" + {"Q1": "quy-1", "H1": "6-thang", "Q3": "quy-3", "": "nam"}[kind]

    @property
    def heading(self) -> str:
        """How the title names it: "quý I năm 2021", "6 tháng đầu năm 2021", "năm 2021"."""
        return self.label


@dataclass(frozen=True)
class PeriodChoice:
    """What ``--period`` was read as, and a notice when it was read as another period than written."""

    period: ReportPeriod
    notice: str = ""


_ROMAN = {"i": 1, "1": 1, "ii": 2, "2": 2, "iii": 3, "3": 3, "iv": 4, "4": 4}
_QUARTER = re.compile(r"(?:bao cao )?quy ([iv]+|[1-4]) ?(?:/|-|nam)? ?(\d{4})")
_MONTHS = re.compile(r"(?:bao cao )?(6|9|sau|chin) thang(?: dau)?(?: nam)? ?(?:/|-)? ?(\d{4})")
_YEAR = re.compile(r"(?:bao cao )?(?:ca )?nam (\d{4})")


def named_period(code: str) -> ReportPeriod | None:
    """A reporting period by code: 2021-Q1, 2021-H1 (6 tháng), 2021-Q3, 2021 (năm)."""
    match = re.fullmatch(r"\s*(\d{4})(?:-(Q1|Q3|H1|Y|NAM|N[ĂA]M))?\s*", code.upper())
    if not match:
        return None
    year = int(match.group(1))
    kind = match.group(2) or "Y"
    start = dt.date(year - 1, 12, 15)
    if kind == "Q1":
        return ReportPeriod(f"{year}-Q1", f"quý I năm {year}", start, dt.date(year, 3, 14))
    if kind == "H1":
        return ReportPeriod(f"{year}-H1", f"6 tháng đầu năm {year}", start, dt.date(year, 6, 14))
    if kind == "Q3":
        return ReportPeriod(f"{year}-Q3", f"quý III năm {year}", dt.date(year, 6, 15), dt.date(year, 9, 14))
    return ReportPeriod(str(year), f"năm {year}", start, dt.date(year, 12, 14))


def parse_period(text: str) -> PeriodChoice | None:
    """``--period`` as written by staff: a code (2021-Q1, 2021-H1, 2021-Q3, 2021) or its Vietnamese
    name in any case, with or without diacritics ("Quý I/2021", "6 tháng đầu năm 2021",
    "Quý III/2021", "9 tháng năm 2021", "năm 2021"). There is no quý II or quý IV report in the
    Bộ Nội vụ calendar: their figures belong to the 6-month report (cut-off 14/6) and the annual
    report (cut-off 14/12), which is what they are read as, with a notice that says so. None when
    the text names no period."""
    folded = " ".join(strip_diacritics(unicodedata.normalize("NFC", text)).casefold().replace("/", " / ").split())
    folded = re.sub(r" ?([/-]) ?", r"\1", folded)
    folded = folded.replace("/", " / ").replace("  ", " ")
    code = re.fullmatch(r"(\d{4})(?:-(q[1-4]|h1|h2|y|nam))?", folded.replace(" ", ""))
    quarter = _QUARTER.fullmatch(folded)
    months = _MONTHS.fullmatch(folded)
    year_only = _YEAR.fullmatch(folded)
    year: int
    kind: str
    if code:
        year, kind = int(code.group(1)), (code.group(2) or "y").upper()
        kind = {"NAM": "Y", "H2": "Q4"}.get(kind, kind)
    elif quarter and quarter.group(1) in _ROMAN:
        year, kind = int(quarter.group(2)), f"Q{_ROMAN[quarter.group(1)]}"
    elif months:
        year, kind = int(months.group(2)), "H1" if months.group(1) in ("6", "sau") else "Q3"
    elif year_only:
        year, kind = int(year_only.group(1)), "Y"
    else:
        return None
    if not 1900 <= year <= 2200:
        return None
    if kind == "Q2":
        period = named_period(f"{year}-H1")
        assert period is not None
        return PeriodChoice(period, tr(
            "không có báo cáo quý II riêng: số liệu quý II thuộc báo cáo 6 tháng đầu năm {year} (chốt số liệu "
            "ngày 14/6/{year}), nên kỳ này được lập thành báo cáo 6 tháng.", year=year))
    if kind == "Q4":
        period = named_period(str(year))
        assert period is not None
        return PeriodChoice(period, tr(
            "không có báo cáo quý IV riêng: số liệu quý IV thuộc báo cáo năm {year} (chốt số liệu ngày "
            "14/12/{year}), nên kỳ này được lập thành báo cáo năm.", year=year))
    period = named_period(str(year) if kind == "Y" else f"{year}-{kind}")
    return PeriodChoice(period) if period is not None else None


def next_cutoff(day: dt.date) -> dt.date:
    """The next reporting cut-off strictly after ``day``."""
    for month, cut in CUTOFFS:
        candidate = dt.date(day.year, month, cut)
        if candidate > day:
            return candidate
    return dt.date(day.year + 1, 3, 14)


@dataclass(frozen=True)
class AreaLine:
    code: str | None
    name: str
    total: int
    done_on_time: int
    done_late: int
    on_track: int  # not done, still within the deadline (due soon included)
    overdue: int
    ongoing: int
    awaiting: int
    cancelled: int

    @property
    def on_time_rate(self) -> float | None:
        return on_time_rate(self.done_on_time, self.done_late, self.overdue)


@dataclass(frozen=True)
class Report:
    as_of: dt.date
    period: ReportPeriod | None
    status: StatusReport
    plans: tuple[Plan, ...]
    areas: tuple[AreaLine, ...]
    overdue_by_agency: tuple[tuple[str, tuple[Row, ...]], ...]
    upcoming: tuple[Row, ...]
    upcoming_until: dt.date
    agencies: tuple[AgencyLine, ...]
    issuer: str = ""
    targets: tuple[Any, ...] = ()  # TargetVerdict, for plans with targets
    rollup: tuple[Any, ...] = ()  # RollupLine, when asked for (--rollup)
    extra: dict[str, object] = field(default_factory=dict)
    completed: tuple[Row, ...] = ()  # milestones done in the period (by as_of), with their evidence
    blocked: tuple[Row, ...] = ()  # milestones not done whose latest entry is "blocked" (each entry once)
    narrative: Any = None  # cchc.writing.narrative.Narrative: the staff's text, when there is a narrative file

    @property
    def outline(self) -> tuple[Any, ...]:
        """Sections I–V (cchc.writing.narrative.Part): the staff's text, else placeholder and facts."""
        from cchc.writing.narrative import outline

        return outline(self, self.narrative)

    @property
    def annex(self) -> tuple[Any, ...]:
        """The statistics tables of the Phụ lục (cchc.writing.report_annex.AnnexTable)."""
        from cchc.writing.report_annex import annex_tables

        return annex_tables(self)

    @property
    def document(self) -> Any:
        """The báo cáo's own document block (cchc.reading.model.Document): số, ngày, cơ quan, người ký, nơi nhận."""
        from cchc.writing.narrative import report_document

        return report_document(self, self.narrative)

    @property
    def many_plans(self) -> bool:
        """A plan column is printed only when the report covers several plans."""
        return len(self.plans) > 1

    @property
    def title(self) -> str:
        what = f" {self.period.label}" if self.period else ""
        return f"Kết quả thực hiện công tác cải cách hành chính{what}"

    @property
    def grid(self) -> dict[str, int]:
        counts = self.status.counts()
        return {
            "total": len(self.status.rows),
            "came_due": self.status.came_due,
            "done_on_time": counts["done_on_time"],
            "done_late": counts["done_late"],
            "overdue": counts["overdue"],
            "not_due": counts["on_track"] + counts["due_soon"],
            "due_soon": counts["due_soon"],
            "ongoing": counts["ongoing"],
            "awaiting_trigger": counts["awaiting_trigger"],
            "cancelled": counts["cancelled"],
        }


def _area_lines(rows: Sequence[Row]) -> tuple[AreaLine, ...]:
    lines = []
    codes: list[str | None] = [a.code for a in AREAS]
    if any(r.area not in BY_CODE for r in rows):
        codes.append(None)
    for code in codes:
        mine = [r for r in rows if (r.area if r.area in BY_CODE else None) == code]
        if not mine:
            continue

        def count(*states: str, rows: list[Row] = mine) -> int:
            return sum(1 for r in rows if r.state in states)

        name = BY_CODE[code].name if code else "Chưa xác định lĩnh vực"
        lines.append(AreaLine(code, name, len(mine), count("done_on_time"), count("done_late"),
                              count("on_track", "due_soon"), count("overdue"), count("ongoing"),
                              count("awaiting_trigger"), count("cancelled")))
    return tuple(lines)


UNKNOWN_AGENCY = "Chưa xác định cơ quan"
NO_LEAD = "(chưa giao cơ quan chủ trì)"


def _known_agencies(lines: Sequence[AgencyLine], registries: dict[str, Registry | None]) -> tuple[AgencyLine, ...]:
    """The per-agency table with leads no registry knows (``agency_id`` None) folded into one line,
    last. Without any registry there is nothing to judge by, and the plan's own words are kept."""
    if not any(r is not None for r in registries.values()):
        return tuple(lines)
    kept = [line for line in lines if line.agency_id is not None]
    unknown = [line for line in lines if line.agency_id is None]
    if unknown:
        totals = {f: sum(getattr(u, f) for u in unknown) for f in ("led", "done_on_time", "done_late", "overdue", "open")}
        kept.append(AgencyLine(UNKNOWN_AGENCY, **totals, canonical=UNKNOWN_AGENCY))
    return tuple(kept)


def occurrence_text(label: str, first_year: int | None = None) -> str:
    """A milestone label as staff say it: "2021-Q2" → "quý II", "2021-H1" → "6 tháng đầu năm",
    "2021-06" → "tháng 6", "2021-12-15" → "15/12"; the year is added when it is not the plan's
    first year ("quý II/2022"), and a bare year reads "năm 2022"."""
    from cchc.reading.numbering import int_to_roman

    year, _, rest = label.partition("-")
    if not rest:
        return f"năm {year}"
    suffix = f"/{year}" if first_year is None or str(first_year) != year else ""
    if rest[:1] == "Q" and rest[1:].isdigit():
        return f"quý {int_to_roman(int(rest[1:]))}{suffix}"
    if rest == "H1":
        return f"6 tháng đầu năm{' ' + year if suffix else ''}"
    if rest == "H2":
        return f"6 tháng cuối năm{' ' + year if suffix else ''}"
    pieces = rest.split("-")
    if len(pieces) == 1 and pieces[0].isdigit():
        return f"tháng {int(pieces[0])}{suffix}"
    if len(pieces) == 2 and all(p.isdigit() for p in pieces):
        return f"{pieces[1]}/{pieces[0]}{suffix}"
    return label


def _overdue_by_agency(rows: Sequence[Row], registries: dict[str, Registry | None]) -> tuple[tuple[str, tuple[Row, ...]], ...]:
    """Overdue rows per lead agency, keyed by registry entry (two provinces' "Sở Nội vụ" apart)."""
    groups: dict[tuple[str, str], list[Row]] = {}
    refs: dict[tuple[str, str], AgencyRef] = {}
    for row in rows:
        if row.state != "overdue":
            continue
        registry = registries.get(row.plan.source)
        leads = list(dict.fromkeys(row.task.effective_lead))
        if not leads:
            groups.setdefault(("", NO_LEAD), []).append(row)
            continue
        for name in leads:
            if registry is not None and registry.lookup(name) is None:
                key = ("", UNKNOWN_AGENCY)  # a misplaced cell, not an agency: never listed as one
            else:
                ref = agency_ref(name, registry, row.plan.source)
                refs.setdefault(ref.key, ref)
                key = ref.key
            if row not in groups.setdefault(key, []):
                groups[key].append(row)
    labels = {**agency_labels(refs.values()), ("", UNKNOWN_AGENCY): UNKNOWN_AGENCY, ("", NO_LEAD): NO_LEAD}
    ordered = sorted(((labels[key], items) for key, items in groups.items()),
                     key=lambda item: (item[0] in (UNKNOWN_AGENCY, NO_LEAD), -len(item[1]), item[0]))
    return tuple((name, tuple(sorted(items, key=lambda r: -(r.days_overdue or 0)))) for name, items in ordered)


@vietnamese()  # a báo cáo is an official document: Vietnamese whatever --lang says
def build(plans: Sequence[Plan], registries: dict[str, Registry | None], as_of: dt.date,
          period: ReportPeriod | None = None, skipped: Sequence[str] = (), with_rollup: bool = False) -> Report:
    from cchc.deriving.links import rollup
    from cchc.deriving.targets import build_targets

    status = build_report(plans, as_of, skipped=skipped)
    until = next_cutoff(as_of)
    upcoming = tuple(sorted((r for r in status.rows if r.state in ("on_track", "due_soon") and r.due is not None
                             and as_of < r.due <= until), key=lambda r: (r.due, r.plan.id)))
    issuers = sorted({p.document.issuer for p in plans})
    since = period.start if period is not None else dt.date.min
    completed = tuple(sorted((r for r in status.rows if r.state in ("done_on_time", "done_late")
                              and r.completed is not None and since <= r.completed <= as_of),
                             key=lambda r: (r.completed, r.plan.id, r.sort_key())))
    blocked: dict[tuple[str, int], Row] = {}  # one line per entry: a note about the whole task is listed once
    for row in status.rows:
        if row.state not in ("done_on_time", "done_late", "cancelled") and row.progress is not None \
                and row.progress.status == "blocked":
            blocked.setdefault((row.plan.id, id(row.progress)), row)  # rows are most urgent first
    return Report(
        as_of=as_of,
        period=period,
        status=status,
        plans=tuple(plans),
        areas=_area_lines(status.rows),
        overdue_by_agency=_overdue_by_agency(status.rows, registries),
        upcoming=upcoming,
        upcoming_until=until,
        agencies=_known_agencies(agency_table(status, registries), registries),
        issuer=issuers[0] if len(issuers) == 1 else "",
        targets=build_targets(plans, as_of).items,
        rollup=tuple(rollup(status, registries)) if with_rollup else (),
        completed=completed,
        blocked=tuple(blocked.values()),
    )


def chart_png(report: Report) -> bytes:
    """A stacked horizontal bar chart of states by reform area (PNG), for DOCX and HTML."""


    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = [
        ("Hoàn thành đúng hạn", "done_on_time", "#2e7d32"),
        ("Hoàn thành quá hạn", "done_late", "#f9a825"),
        ("Trong hạn", "on_track", "#90caf9"),
        ("Quá hạn", "overdue", "#c62828"),
        ("Thường xuyên", "ongoing", "#80cbc4"),
        ("Chờ điều kiện", "awaiting", "#ce93d8"),
    ]
    names = [BY_CODE[a.code].short if a.code else a.name for a in report.areas] or ["(không có nhiệm vụ)"]
    with matplotlib.rc_context({"font.family": _chart_font()}):
        return _chart(report, names, series, plt)


def _chart_font() -> str:
    """The document's font for the chart: Times New Roman, else its metric twin Liberation Serif
    (asked without a fallback, so matplotlib logs no "font not found").

    Only font files that hold every Vietnamese letter count: a machine with both Liberation 1 (no
    Vietnamese) and Liberation 2 installed has two "Liberation Serif" files, and matplotlib picks
    between equal names by list order, which printed the chart's labels as empty boxes."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    for name in ("Times New Roman", "Liberation Serif", "Tinos"):
        same = [entry for entry in manager.ttflist if entry.name == name]
        covering = [entry for entry in same if _has_vietnamese(entry.fname)]
        if not covering:
            continue
        if len(covering) < len(same):
            manager.ttflist = [e for e in manager.ttflist if e.name != name or e in covering]
            cached = getattr(manager, "_findfont_cached", None)  # findfont's memo of the old list
            if cached is not None:
                cached.cache_clear()
        try:
            font_manager.findfont(font_manager.FontProperties(family=name), fallback_to_default=False)
        except ValueError:
            continue
        return name
    return "serif"


VIETNAMESE_LETTERS = "ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"


def _has_vietnamese(path: str) -> bool:
    from matplotlib import ft2font

    try:
        charmap = ft2font.FT2Font(path).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(ord(c) in charmap for c in VIETNAMESE_LETTERS)


def _chart(report: Report, names: list[str], series: Sequence[tuple[str, str, str]], plt: Any) -> bytes:
    import io

    figure, axis = plt.subplots(figsize=(9, 0.32 * len(names) + 1.3), dpi=150)
    left = [0] * len(names)
    for label, attribute, color in series:
        values = [getattr(a, attribute) for a in report.areas] or [0]
        axis.barh(names, values, left=left, label=label, color=color)
        left = [x + y for x, y in zip(left, values, strict=True)]
    axis.invert_yaxis()
    axis.set_xlabel("Số nhiệm vụ (tính theo mốc thời hạn)", fontsize=10)
    axis.tick_params(labelsize=10)
    axis.set_title(f"Tình hình thực hiện theo lĩnh vực (đến {report.as_of:%d/%m/%Y})", fontsize=11)
    axis.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=9, frameon=False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(figure)
    return buffer.getvalue()
