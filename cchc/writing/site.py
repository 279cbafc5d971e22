"""The static dashboard (``cchc site``): plain HTML files that work from ``file://`` and GitHub Pages.

No server and no network: every page is rendered here, the chart is inline SVG drawn from the
counts, and the one script (filters on the table of milestones) and the style sheet are local
files in ``assets/``. Nothing is fetched at run time, so the folder can be zipped, mailed or
published as it is. Pages say only what was true ``as_of`` (no "generated at" stamp), so building
twice gives the same bytes.

The table rows carry ``data-agency`` / ``data-lead`` / ``data-support`` (JSON lists of the agency
names offered in the filter that the row matches — groups counted both ways, exactly as
``cchc status --agency`` matches them), ``data-area`` and ``data-state``; ``site.js`` only shows and
hides rows by those attributes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cchc.base.i18n import vietnamese
from cchc.base.text import fold
from cchc.deriving.areas import AREAS, BY_CODE
from cchc.deriving.status import (
    DEFAULT_SOON,
    STATE_LABELS,
    STATES,
    AgencyLine,
    Row,
    StatusReport,
    Unreadable,
    agency_matches,
    agency_table,
    build_report,
    plan_status,
)
from cchc.reading.agencies import Registry
from cchc.reading.model import Plan, Section
from cchc.writing.render import TEMPLATE_DIR, Renderer

SITE_DIR = "site"
ASSETS = "assets"
SCRIPT = "site.js"
UNKNOWN_AREA = "chua-xac-dinh"
UNKNOWN_AREA_NAME = "Chưa xác định lĩnh vực"
NO_LEAD = "(chưa giao cơ quan chủ trì)"

# (fill, text on that fill): one colour per state for the chart, the legend and the badges.
STATE_COLORS = {
    "overdue": ("#c62828", "#ffffff"),
    "due_soon": ("#ef6c00", "#000000"),
    "on_track": ("#64b5f6", "#000000"),
    "awaiting_trigger": ("#ba68c8", "#000000"),
    "ongoing": ("#4db6ac", "#000000"),
    "done_late": ("#f9a825", "#000000"),
    "done_on_time": ("#2e7d32", "#ffffff"),
    "cancelled": ("#9e9e9e", "#000000"),
}
# The order of the chart's segments: finished work first, then open work, then what is late.
CHART_ORDER = ("done_on_time", "done_late", "on_track", "due_soon", "ongoing", "awaiting_trigger",
               "cancelled", "overdue")


# ------------------------------------------------------------------------------------ the model

@dataclass(frozen=True)
class Segment:
    """One state's part of an area's bar, in the SVG's units (one unit per milestone)."""

    state: str
    label: str
    count: int
    x: int
    color: str


@dataclass(frozen=True)
class AreaBar:
    code: str
    name: str
    short: str
    total: int
    segments: tuple[Segment, ...]

    @property
    def summary(self) -> str:
        """The bar in words (aria-label, and the line under the area's name)."""
        parts = [f"{s.count} {s.label.lower()}" for s in sorted(self.segments, key=lambda s: STATES.index(s.state))]
        return f"{self.total} mốc: " + ", ".join(parts)


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class SiteRow:
    """A status row with what the filters need: the offered agency names it matches, its area."""

    row: Row
    lead: tuple[str, ...]
    support: tuple[str, ...]
    area: str
    area_name: str
    plan_href: str

    @property
    def agencies(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.lead, *self.support)))

    @property
    def lead_json(self) -> str:
        return _json_list(self.lead)

    @property
    def support_json(self) -> str:
        return _json_list(self.support)

    @property
    def agency_json(self) -> str:
        return _json_list(self.agencies)


@dataclass(frozen=True)
class Overview:
    counts: tuple[Option, ...]  # value = state, label = Vietnamese label
    total: int
    came_due: int
    done_on_time: int
    done_late: int
    overdue: int
    on_time_rate: float | None


@dataclass(frozen=True)
class PlanSection:
    section: Section
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class PlanPage:
    plan: Plan
    filename: str  # "plans/<plan-id>.html", relative to the site's root
    overview: Overview
    sections: tuple[PlanSection, ...]
    unreadable: tuple[Unreadable, ...]

    @property
    def number(self) -> str:
        """"111/KH-UBND"; a number not yet given prints as "…/QĐ-UBND"."""
        document = self.plan.document
        if not document.symbol:
            return document.number or "—"
        return f"{document.number or '…'}/{document.symbol}"

    @property
    def issued(self) -> str:
        """The date of issue as far as the source gives it ("29/09/2021", "tháng 11/2021")."""
        date = self.plan.document.date
        if date is None:
            return "chưa ghi"
        if date.month is None:
            return f"năm {date.year}"
        if date.day is None:
            return f"tháng {date.month:02d}/{date.year}"
        return f"{date.day:02d}/{date.month:02d}/{date.year}"


@dataclass(frozen=True)
class Site:
    as_of: dt.date
    overview: Overview
    bars: tuple[AreaBar, ...]
    bar_scale: int  # the longest bar's total: every bar is drawn on this scale
    legend: tuple[Option, ...]
    agencies: tuple[AgencyLine, ...]
    overdue: tuple[SiteRow, ...]  # most days overdue first
    rows: tuple[SiteRow, ...]
    agency_options: tuple[Option, ...]
    option_for: Mapping[str, str]  # an agency table name → the agency filter's value for it
    area_options: tuple[Option, ...]
    state_options: tuple[Option, ...]
    pages: tuple[PlanPage, ...]
    unreadable: tuple[Unreadable, ...]


# ---------------------------------------------------------------------------------- building

@vietnamese()  # the dashboard is for staff and the public: Vietnamese whatever --lang says
def build_site(plans: Sequence[Plan], registries: dict[str, Registry | None], as_of: dt.date, out: Path,
               *, soon: int = DEFAULT_SOON) -> list[Path]:
    """Write the dashboard into ``out`` (created if needed) and return the files written.

    ``index.html`` (overview, chart by area, per-agency table, overdue list, filterable table of all
    milestones), ``plans/<plan-id>.html`` per plan, ``assets/site.css`` and ``assets/site.js``.
    Files already in ``out`` that the site does not write are left alone. Raises
    :class:`cchc.writing.render.TemplateProblem` for a broken template and ``OSError`` when ``out`` cannot be
    written.
    """
    site = site_model(plans, registries, as_of, soon)
    renderer = Renderer()
    files = {  # everything is rendered before anything is written: a template error leaves no half site
        f"{ASSETS}/site.css": renderer.render(f"{SITE_DIR}/site.css.j2", {"colors": STATE_COLORS}),
        f"{ASSETS}/{SCRIPT}": (TEMPLATE_DIR / SITE_DIR / SCRIPT).read_text(encoding="utf-8"),
        ".nojekyll": "",  # GitHub Pages: publish the folder as it is
        "index.html": renderer.render(f"{SITE_DIR}/index.html.j2", _context(site, root="")),
    }
    for page in site.pages:
        context = {**_context(site, root="../"), "page": page}
        files[page.filename] = renderer.render(f"{SITE_DIR}/plan.html.j2", context)
    for name in files:  # all checked before anything is written
        _no_link_inside(out, name)
    return [_write(out / name, text) for name, text in files.items()]


class LinkInOutput(Exception):
    """A folder inside the output folder is a symbolic link: writing there would write wherever it
    leads (a stranger's repository can commit ``site/assets -> /somewhere``). Nothing is written."""

    def __init__(self, link: Path) -> None:
        from cchc.base.i18n import tr

        self.link = link
        self.message = tr("thư mục \"{link}\" trong thư mục kết quả là liên kết tượng trưng; cchc không ghi qua "
                          "liên kết (không có tệp nào được ghi).", link=link)
        self.hint = tr("Xóa liên kết đó (hoặc chọn thư mục kết quả khác bằng -o) rồi chạy lại.")
        super().__init__(self.message)


def _no_link_inside(out: Path, name: str) -> None:
    """Refuse when a folder between ``out`` and ``out/name`` is a symbolic link (``out`` itself is
    the user's choice; a link at the file's own place is replaced by the rename, never followed)."""
    import os

    current = out
    for part in Path(name).parts[:-1]:
        current = current / part
        if os.path.islink(current):
            raise LinkInOutput(current)


def site_model(plans: Sequence[Plan], registries: dict[str, Registry | None], as_of: dt.date,
               soon: int = DEFAULT_SOON) -> Site:
    """Everything the pages show, computed once (the templates only lay it out)."""
    report = build_report(plans, as_of, soon)
    pages = plan_pages(plans, as_of, soon)
    hrefs = {page.plan.id: page.filename for page in pages}
    names = agency_names(report.rows, registries)
    rows = tuple(site_row(row, names, registries.get(row.plan.source), hrefs[row.plan.id]) for row in report.rows)
    bars = area_bars(report.rows)
    present = Counter(row.state for row in report.rows)
    lines = tuple(agency_table(report, registries))
    by_fold = {fold(name): name for name in names}
    return Site(
        as_of=as_of,
        overview=overview(report.rows),
        bars=bars,
        bar_scale=max((bar.total for bar in bars), default=1),
        legend=tuple(Option(s, STATE_LABELS[s], present[s]) for s in CHART_ORDER if present[s]),
        agencies=lines,
        overdue=tuple(sorted((r for r in rows if r.row.state == "overdue"),
                             key=lambda r: (-(r.row.days_overdue or 0), r.row.plan.id))),
        rows=rows,
        agency_options=_options(((n, n) for n in names), (r.agencies for r in rows)),
        option_for=MappingProxyType({line.name: by_fold[fold(line.canonical or line.name)] for line in lines
                                     if fold(line.canonical or line.name) in by_fold}),
        area_options=_options(_area_choices(rows), ((r.area,) for r in rows)),
        state_options=_options(((s, STATE_LABELS[s]) for s in STATES), ((r.row.state,) for r in rows)),
        pages=pages,
        unreadable=report.unreadable,
    )


def overview(rows: Iterable[Row]) -> Overview:
    """Counts per state and the on-time rate as government reports count it:
    done on time ÷ (done on time + done late + overdue), by :class:`StatusReport`'s own rule (the
    date is not used by the counts)."""
    report = StatusReport(dt.date.min, tuple(rows))
    counts = report.counts()
    return Overview(
        counts=tuple(Option(s, STATE_LABELS[s], counts[s]) for s in STATES),
        total=len(report.rows),
        came_due=report.came_due,
        done_on_time=counts["done_on_time"],
        done_late=counts["done_late"],
        overdue=counts["overdue"],
        on_time_rate=report.on_time_rate,
    )


def area_code(row: Row) -> str:
    code = row.area or ""
    return code if code in BY_CODE else UNKNOWN_AREA


def area_name(code: str, short: bool = False) -> str:
    area = BY_CODE.get(code)
    if area is None:
        return UNKNOWN_AREA_NAME
    return area.short if short else area.name


def area_bars(rows: Sequence[Row]) -> tuple[AreaBar, ...]:
    """One stacked bar per reform area that has milestones, in the order of Nghị quyết 76."""
    by_area: dict[str, Counter[str]] = {}
    for row in rows:
        by_area.setdefault(area_code(row), Counter())[row.state] += 1
    codes = [a.code for a in AREAS if a.code in by_area]
    if UNKNOWN_AREA in by_area:
        codes.append(UNKNOWN_AREA)
    return tuple(_bar(code, by_area[code]) for code in codes)


def _bar(code: str, counter: Counter[str]) -> AreaBar:
    segments = []
    x = 0
    for state in CHART_ORDER:
        if counter[state]:
            segments.append(Segment(state, STATE_LABELS[state], counter[state], x, STATE_COLORS[state][0]))
            x += counter[state]
    return AreaBar(code, area_name(code), area_name(code, short=True), x, tuple(segments))


def agency_names(rows: Iterable[Row], registries: dict[str, Registry | None]) -> tuple[str, ...]:
    """The agency filter's choices: every lead or support agency named, by its registry name."""
    found: dict[str, str] = {}
    for row in rows:
        registry = registries.get(row.plan.source)
        for name in (*row.task.effective_lead, *row.task.effective_support):
            entry = registry.lookup(name) if registry else None
            canonical = entry.name if entry else name
            found.setdefault(fold(canonical), canonical)
    return tuple(sorted(found.values(), key=fold))


def site_row(row: Row, names: Sequence[str], registry: Registry | None, plan_href: str) -> SiteRow:
    """The row, with the offered names its lead and support agencies match (groups both ways)."""
    lead = tuple(n for n in names if agency_matches(row.task.effective_lead, n, registry))
    support = tuple(n for n in names if agency_matches(row.task.effective_support, n, registry))
    code = area_code(row)
    return SiteRow(row, lead, support, code, area_name(code, short=True), plan_href)


def plan_pages(plans: Sequence[Plan], as_of: dt.date, soon: int) -> tuple[PlanPage, ...]:
    pages = []
    used: set[str] = set()
    for plan in plans:
        rows, unreadable = plan_status(plan, as_of, soon)
        sections = tuple(PlanSection(s, tuple(r for r in rows if r.section is s)) for s in plan.sections())
        pages.append(PlanPage(plan, f"plans/{_unique(page_name(plan.id), used)}.html", overview(rows),
                              tuple(s for s in sections if s.rows), tuple(unreadable)))
    return tuple(pages)


def page_name(plan_id: str) -> str:
    """A file name for a plan id (ids are already lower-case ASCII with dashes when they pass the schema)."""
    folded = unicodedata.normalize("NFKD", plan_id).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "ke-hoach"


def _unique(name: str, used: set[str]) -> str:
    candidate, number = name, 2
    while candidate in used:
        candidate, number = f"{name}-{number}", number + 1
    used.add(candidate)
    return candidate


def _area_choices(rows: Sequence[SiteRow]) -> list[tuple[str, str]]:
    choices = [(a.code, a.name) for a in AREAS]
    if any(r.area == UNKNOWN_AREA for r in rows):
        choices.append((UNKNOWN_AREA, UNKNOWN_AREA_NAME))
    return choices


def _options(choices: Iterable[tuple[str, str]], values: Iterable[Iterable[str]]) -> tuple[Option, ...]:
    """Filter choices with how many rows each one matches; choices that match nothing are left out."""
    counter: Counter[str] = Counter()
    for row_values in values:
        counter.update(set(row_values))
    return tuple(Option(value, label, counter[value]) for value, label in choices if counter[value])


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------- rendering

def _context(site: Site, root: str) -> dict[str, Any]:
    return {
        "site": site,
        "root": root,
        "state_labels": STATE_LABELS,
        "colors": STATE_COLORS,
        "no_lead": NO_LEAD,
    }


def _write(path: Path, text: str) -> Path:
    """UTF-8, NFC (what the user sees is never left decomposed), Unix line ends."""
    from cchc.base.atomic import write_new_file

    write_new_file(path, unicodedata.normalize("NFC", text).replace("\r\n", "\n").encode("utf-8"))
    return path
