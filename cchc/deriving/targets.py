"""Measured targets: the goal for the period, the latest result as of a date, and a verdict.

Verdicts, decided only from results dated on or before ``as_of``:

- ``no_data``: no result recorded (or the target has no measurable form yet);
- ``met`` / ``not_met``: the target's year is over (or it is already reached) and the latest result
  does / does not reach the goal;
- ``on_track``: the year is not over, and the latest result reaches what the yearly schedule asks
  for its year (or, without a schedule, more than a year remains);
- ``at_risk``: the year is not over but the latest result is behind the schedule, or the final
  year has come and the goal is not reached yet.

A target broken down by level (tỉnh/huyện/xã) or unit is judged per part; the whole takes the
worst part's verdict. Each verdict carries the rule that decided it, in the current language
(Vietnamese in reports, which are built under :func:`cchc.base.i18n.vietnamese`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cchc.base.i18n import N_, decimal, tr
from cchc.reading.model import Measure, Plan, Result, Share, Target

VERDICTS = ("not_met", "at_risk", "no_data", "on_track", "met")
VERDICT_LABELS = {
    "met": N_("Đạt"),
    "not_met": N_("Không đạt"),
    "on_track": N_("Đúng lộ trình"),
    "at_risk": N_("Có nguy cơ không đạt"),
    "no_data": N_("Chưa có số liệu"),
}
LEVEL_LABELS = {"tinh": N_("cấp tỉnh"), "huyen": N_("cấp huyện"), "xa": N_("cấp xã")}
COMPARISON_TEXT = {"at_least": N_("tối thiểu"), "at_most": N_("tối đa"), "exactly": N_("đúng"), "top_n": N_("thuộc nhóm")}


def fmt_number(value: float | None, unit: str | None = None) -> str:
    if value is None:
        return "—"
    text = str(int(value)) if float(value).is_integer() else decimal(f"{value:.2f}".rstrip("0"))
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}" if unit else text


def goal_text(measure: Measure, value: float | None) -> str:
    if measure.comparison == "top_n":
        return tr("thuộc nhóm {rank} đứng đầu", rank=fmt_number(value))
    return f"{tr(COMPARISON_TEXT[measure.comparison])} {fmt_number(value, measure.unit)}"


def meets(measure: Measure, value: float, goal: float) -> bool:
    if measure.comparison == "at_least":
        return value >= goal
    if measure.comparison == "at_most":
        return value <= goal
    if measure.comparison == "exactly":
        return value == goal
    return value <= goal  # top_n: a rank within the first N


def schedule_values(measure: Measure, base: float | None = None) -> dict[int, float]:
    """The value expected at the end of each scheduled year ("mỗi năm tăng tối thiểu 20%")."""
    values: dict[int, float] = {}
    previous = base
    steps = sorted(measure.schedule, key=lambda s: s.year)
    if steps and base is not None:  # the stated value is the level of the year before the first step
        values[steps[0].year - 1] = base
    for step in steps:
        if step.value is not None:
            current = step.value
        elif step.increase is not None and previous is not None:
            current = previous + step.increase
        else:
            continue
        if step.cap is not None:
            current = min(current, step.cap)
        values[step.year] = current
        previous = current
    return values


@dataclass(frozen=True)
class PartVerdict:
    label: str  # "", "cấp tỉnh", a unit's name
    goal: float | None
    latest: Result | None
    verdict: str
    rule: str


@dataclass(frozen=True)
class TargetVerdict:
    plan: Plan
    target: Target
    year: int
    verdict: str
    rule: str
    parts: tuple[PartVerdict, ...]

    @property
    def latest(self) -> Result | None:
        dated = [p.latest for p in self.parts if p.latest is not None]
        return max(dated, key=lambda r: r.date) if dated else None

    def to_json(self) -> dict[str, object]:
        measure = self.target.measure
        latest = self.latest
        return {
            "plan": self.plan.id,
            "id": self.target.id,
            "area": self.target.area,
            "text": self.target.text,
            "indicator": measure.indicator if measure else None,
            "comparison": measure.comparison if measure else None,
            "goal": self.parts[0].goal if len(self.parts) == 1 else None,
            "unit": measure.unit if measure else None,
            "year": self.year,
            "latest": {"date": latest.date.isoformat(), "value": latest.value} if latest else None,
            "verdict": self.verdict,
            "rule": self.rule,
            "parts": [{"label": p.label, "goal": p.goal, "verdict": p.verdict, "rule": p.rule,
                       "latest": {"date": p.latest.date.isoformat(), "value": p.latest.value} if p.latest else None}
                      for p in self.parts],
        }


def _judge(measure: Measure, goal: float | None, expected: dict[int, float], results: list[Result],
           year: int, as_of: dt.date, label: str) -> PartVerdict:
    prefix = f"{label}: " if label else ""
    if goal is None:
        return PartVerdict(label, None, None, "no_data", prefix + tr("chỉ tiêu chưa ghi giá trị mục tiêu"))
    latest = max(results, key=lambda r: r.date) if results else None
    if latest is None:
        return PartVerdict(label, goal, None, "no_data",
                           prefix + tr("chưa có kết quả đo nào đến ngày {date:%d/%m/%Y}", date=as_of))
    shown = tr("kết quả {value} ngày {date:%d/%m/%Y}", value=fmt_number(latest.value, measure.unit), date=latest.date)
    deadline = dt.date(year, 12, 31)
    if meets(measure, latest.value, goal):
        return PartVerdict(label, goal, latest, "met",
                           prefix + tr("{result} đạt mục tiêu {goal}", result=shown, goal=goal_text(measure, goal)))
    if as_of > deadline:
        return PartVerdict(label, goal, latest, "not_met",
                           prefix + tr("{result} chưa đạt mục tiêu {goal}; hạn 31/12/{year} đã qua", result=shown,
                                       goal=goal_text(measure, goal), year=year))
    step = expected.get(latest.date.year)
    if step is not None:
        if meets(measure, latest.value, step):
            return PartVerdict(label, goal, latest, "on_track",
                               prefix + tr("{result} đạt mức lộ trình năm {year} ({goal})", result=shown,
                                           year=latest.date.year, goal=goal_text(measure, step)))
        return PartVerdict(label, goal, latest, "at_risk",
                           prefix + tr("{result} thấp hơn mức lộ trình năm {year} ({goal})", result=shown,
                                       year=latest.date.year, goal=goal_text(measure, step)))
    if as_of.year >= year:
        return PartVerdict(label, goal, latest, "at_risk",
                           prefix + tr("{result} chưa đạt {goal} và đã đến năm phải đạt ({year})", result=shown,
                                       goal=goal_text(measure, goal), year=year))
    return PartVerdict(label, goal, latest, "on_track",
                       prefix + tr("{result} chưa đạt {goal}, còn đến hết năm {year}", result=shown,
                                   goal=goal_text(measure, goal), year=year))


def _share_label(share: Share) -> str:
    if share.unit_name:
        return share.unit_name
    return tr(LEVEL_LABELS[share.level]) if share.level in LEVEL_LABELS else share.level or ""


def judge_target(plan: Plan, target: Target, as_of: dt.date) -> TargetVerdict:
    measure = target.measure
    year = (measure.year if measure and measure.year else plan.period.end)
    if measure is None:
        part = PartVerdict("", None, None, "no_data", tr("chỉ tiêu chưa có dạng đo lường (measure)"))
        return TargetVerdict(plan, target, year, "no_data", part.rule, (part,))
    results = [r for r in target.results if r.date <= as_of]
    parts: list[PartVerdict] = []
    if measure.breakdown:
        for share in measure.breakdown:
            mine = [r for r in results if (share.level and r.level == share.level)
                    or (share.unit_name and r.unit_name == share.unit_name)]
            expected = schedule_values(measure, share.value)
            parts.append(_judge(measure, _final(measure, share.value, expected, year), expected, mine, year, as_of,
                                _share_label(share)))
    else:
        expected = schedule_values(measure, None)
        goal = _final(measure, measure.value, expected, year)
        parts.append(_judge(measure, goal, expected, results, year, as_of, ""))
    worst = min(parts, key=lambda p: VERDICTS.index(p.verdict))
    rule = "; ".join(p.rule for p in parts)
    return TargetVerdict(plan, target, year, worst.verdict, rule, tuple(parts))


def _final(measure: Measure, value: float | None, expected: dict[int, float], year: int) -> float | None:
    """The goal for the target's year: the schedule's value for that year, else the stated value."""
    if year in expected:
        return expected[year]
    if expected and value is None:
        return expected[max(expected)]
    return value


@dataclass(frozen=True)
class TargetsReport:
    as_of: dt.date
    items: tuple[TargetVerdict, ...]

    def counts(self) -> dict[str, int]:
        counter = Counter(item.verdict for item in self.items)
        return {verdict: counter.get(verdict, 0) for verdict in ("met", "not_met", "on_track", "at_risk", "no_data")}


def build_targets(plans: Sequence[Plan], as_of: dt.date) -> TargetsReport:
    items = [judge_target(plan, target, as_of) for plan in plans for target in plan.targets()]
    return TargetsReport(as_of, tuple(items))
