"""The implementation report (báo cáo kết quả thực hiện): what the Sở Nội vụ sends each period.

Built from :mod:`cchc.status` as of a date: the government's grid (of tasks that have come due:
done on time / done late; of tasks not done: still within the deadline / overdue), a table per
reform area, overdue tasks grouped by lead agency, deadlines before the next reporting cut-off,
the per-agency table, the milestones completed in the period with their evidence, those blocked
with the note staff recorded, and a chart of status by area. The grid counts every milestone of
the plans' periods (see :mod:`cchc.status`), so its "Tổng số" is the same in every report made
from the same plans, whatever the period.

Named periods follow the Bộ Nội vụ reporting calendar: data from 15/12 of the previous year to the
cut-off 14/3 (quý I), 14/6 (6 tháng), 14/9 (quý III) or 14/12 (năm).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cchc.agencies import AgencyRef, Registry, agency_labels, agency_ref
from cchc.areas import AREAS, BY_CODE
from cchc.i18n import vietnamese
from cchc.model import Plan
from cchc.status import AgencyLine, Row, StatusReport, agency_table, build_report, on_time_rate

CUTOFFS = ((3, 14), (6, 14), (9, 14), (12, 14))


@dataclass(frozen=True)
class ReportPeriod:
    code: str  # 2021-Q1, 2021-H1, 2021-Q3, 2021
    label: str  # "quý I năm 2021"
    start: dt.date
    end: dt.date  # the data cut-off


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

    @property
    def title(self) -> str:
        what = f" {self.period.label}" if self.period else ""
        return f"Kết quả thực hiện nhiệm vụ cải cách hành chính{what}"

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


def _overdue_by_agency(rows: Sequence[Row], registries: dict[str, Registry | None]) -> tuple[tuple[str, tuple[Row, ...]], ...]:
    """Overdue rows per lead agency, keyed by registry entry (two provinces' "Sở Nội vụ" apart)."""
    groups: dict[tuple[str, str], list[Row]] = {}
    refs: dict[tuple[str, str], AgencyRef] = {}
    for row in rows:
        if row.state != "overdue":
            continue
        registry = registries.get(row.plan.source)
        leads = list(dict.fromkeys(row.task.effective_lead)) or ["(chưa giao cơ quan chủ trì)"]
        for name in leads:
            ref = agency_ref(name, registry, row.plan.source)
            refs.setdefault(ref.key, ref)
            groups.setdefault(ref.key, []).append(row)
    labels = agency_labels(refs.values())
    ordered = sorted(((labels[key], items) for key, items in groups.items()), key=lambda item: (-len(item[1]), item[0]))
    return tuple((name, tuple(sorted(items, key=lambda r: -(r.days_overdue or 0)))) for name, items in ordered)


@vietnamese()  # a báo cáo is an official document: Vietnamese whatever --lang says
def build(plans: Sequence[Plan], registries: dict[str, Registry | None], as_of: dt.date,
          period: ReportPeriod | None = None, skipped: Sequence[str] = (), with_rollup: bool = False) -> Report:
    from cchc.links import rollup
    from cchc.targets import build_targets

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
        agencies=tuple(agency_table(status, registries)),
        issuer=issuers[0] if len(issuers) == 1 else "",
        targets=build_targets(plans, as_of).items,
        rollup=tuple(rollup(status, registries)) if with_rollup else (),
        completed=completed,
        blocked=tuple(blocked.values()),
    )


def chart_png(report: Report) -> bytes:
    """A stacked horizontal bar chart of states by reform area (PNG), for DOCX and HTML."""
    import io

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
    figure, axis = plt.subplots(figsize=(8, 0.6 * len(names) + 1.6), dpi=120)
    left = [0] * len(names)
    for label, attribute, color in series:
        values = [getattr(a, attribute) for a in report.areas] or [0]
        axis.barh(names, values, left=left, label=label, color=color)
        left = [x + y for x, y in zip(left, values, strict=True)]
    axis.invert_yaxis()
    axis.set_xlabel("Số mốc nhiệm vụ")
    axis.set_title(f"Tình hình thực hiện theo lĩnh vực (đến {report.as_of:%d/%m/%Y})")
    axis.legend(loc="lower center", bbox_to_anchor=(0.5, -0.45 - 0.02 * len(names)), ncol=3, fontsize=8, frameon=False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    plt.close(figure)
    return buffer.getvalue()
