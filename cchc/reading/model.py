"""The immutable plan model, built from schema-valid data.

Only this layer turns strings into :class:`datetime.date`. Every object keeps the JSON path of the
YAML node it came from, so rules can point at exact lines without knowing about YAML. Lead and
support agencies are resolved through inheritance here (task ← parent task ← section), once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from cchc.base.diagnostics import JsonPath
from cchc.base.i18n import N_

DOCUMENT_TYPES = {
    "Quyết định": "QĐ",
    "Kế hoạch": "KH",
    "Chương trình": "CTr",
    "Nghị quyết": "NQ",
    "Chỉ thị": "CT",
    "Đề án": "ĐA",
    "Phương án": "PA",
    "Hướng dẫn": "HD",
    "Thông báo": "TB",
    "Báo cáo": "BC",
}

STATUS_LABELS = {
    "doing": N_("đang thực hiện"),
    "done": N_("hoàn thành"),
    "blocked": N_("gặp vướng mắc"),
    "cancelled": N_("không thực hiện"),
}


@dataclass(frozen=True)
class PartialDate:
    """A document date as printed; the day (or month) may be blank in a draft."""

    year: int
    month: int | None = None
    day: int | None = None

    @staticmethod
    def parse(text: str) -> PartialDate:
        parts = [int(p) for p in text.split("-")]
        return PartialDate(*parts)  # type: ignore[arg-type]

    def as_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class Signer:
    authority_lines: tuple[str, ...]
    position: str
    name: str | None


@dataclass(frozen=True)
class Document:
    type: str
    issuer: str
    title: str
    number: str | None = None
    symbol: str | None = None
    parent_body: str | None = None
    authority: str | None = None
    place: str | None = None
    date: PartialDate | None = None
    legal_bases: tuple[str, ...] = ()
    proposal: str | None = None
    signer: Signer | None = None
    recipients: tuple[str, ...] = ()

    @property
    def abbreviation(self) -> str:
        return DOCUMENT_TYPES.get(self.type, "")


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    vision: int | None = None
    text: str | None = None

    @property
    def single_year(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True)
class Reference:
    title: str
    number: str | None = None
    date: PartialDate | None = None
    issuer: str | None = None
    plan: str | None = None


@dataclass(frozen=True)
class ProgressEntry:
    date: dt.date
    status: str
    path: JsonPath
    note: str | None = None
    evidence: str | None = None
    by: str | None = None
    occurrence: str | None = None


@dataclass(frozen=True)
class Trigger:
    """The condition of a conditional deadline has occurred: due = date + days/months."""

    date: dt.date
    days: int | None = None
    months: int | None = None
    source: str | None = None

    def due(self) -> dt.date:
        from dateutil.relativedelta import relativedelta

        return self.date + relativedelta(days=self.days or 0, months=self.months or 0)


@dataclass(frozen=True)
class Task:
    id: str
    ref: str  # the full printed reference, e.g. "VII.10.a)"
    content: str
    path: JsonPath
    key: str | None = None
    marker: str | None = None
    output: str | None = None
    deadline: str | None = None
    due: dt.date | None = None
    trigger: Trigger | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    lead_text: str | None = None
    support_text: str | None = None
    effective_lead: tuple[str, ...] = ()
    effective_support: tuple[str, ...] = ()
    implements: tuple[str, ...] = ()
    note: str | None = None
    subtasks: tuple[Task, ...] = ()
    progress: tuple[ProgressEntry, ...] = ()
    area: str | None = None

    @property
    def is_leaf(self) -> bool:
        return not self.subtasks

    def leaves(self) -> Iterator[Task]:
        if self.is_leaf:
            yield self
        else:
            for sub in self.subtasks:
                yield from sub.leaves()

    def walk(self) -> Iterator[Task]:
        yield self
        for sub in self.subtasks:
            yield from sub.walk()


@dataclass(frozen=True)
class Section:
    title: str
    path: JsonPath
    number: str | None = None
    area: str | None = None
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    responsibility: tuple[str, ...] = ()
    tasks: tuple[Task, ...] = ()
    sections: tuple[Section, ...] = ()  # nested groups (A > I > 1 in the printed table)
    ref: str | None = None  # the full printed reference of the group, e.g. "B.II" (its number when not nested)
    #: where the source prints the "Phân công trách nhiệm" part: "after" the tasks or "before" them
    responsibility_position: str = "after"

    def walk(self) -> Iterator[Section]:
        """This group and every group nested in it, in document order."""
        yield self
        for sub in self.sections:
            yield from sub.walk()


@dataclass(frozen=True)
class Step:
    year: int
    value: float | None = None
    increase: float | None = None
    cap: float | None = None


@dataclass(frozen=True)
class Share:
    """The goal for one level (tỉnh/huyện/xã) or one unit of a broken-down target."""

    value: float
    level: str | None = None
    unit_name: str | None = None


@dataclass(frozen=True)
class Measure:
    comparison: str  # at_least, at_most, exactly, top_n
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    indicator: str | None = None
    breakdown: tuple[Share, ...] = ()
    schedule: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Result:
    date: dt.date
    value: float
    path: JsonPath
    unit: str | None = None
    level: str | None = None
    unit_name: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Target:
    text: str
    path: JsonPath
    id: str | None = None
    area: str | None = None
    marker: str | None = None
    measure: Measure | None = None
    results: tuple[Result, ...] = ()


@dataclass(frozen=True)
class Block:
    path: JsonPath
    number: str | None = None
    title: str | None = None
    role: str | None = None
    area: str | None = None
    content: tuple[str | Block, ...] = ()
    targets: tuple[Target, ...] = ()
    sections: tuple[Section, ...] = ()
    agencies: tuple[str, ...] = ()  # whom the part assigns duties to ("1. Sở Nội vụ:" in Tổ chức thực hiện)


@dataclass(frozen=True)
class Appendix:
    path: JsonPath
    sections: tuple[Section, ...]
    label: str | None = None
    reference: str | None = None
    title: str | None = None
    columns: tuple[str, ...] = ()

    def table_columns(self) -> tuple[tuple[str, str], ...]:
        """(role, header) of each column the appendix's table prints (see cchc.reading.columns)."""
        from cchc.reading.columns import table_columns

        return table_columns(self.columns)

    def all_sections(self) -> Iterator[Section]:
        """Every group of the table, nested ones included, in document order."""
        for section in self.sections:
            yield from section.walk()


@dataclass(frozen=True)
class Reporting:
    frequency: tuple[str, ...]
    to: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Plan:
    id: str
    document: Document
    period: Period
    source: str
    implements: tuple[Reference, ...] = ()
    owner: str | None = None
    preamble: tuple[str, ...] = ()
    body: tuple[Block, ...] = ()
    closing: tuple[str, ...] = ()
    appendices: tuple[Appendix, ...] = ()
    reporting: Reporting | None = None
    section_groups: tuple[tuple[JsonPath, tuple[Section, ...]], ...] = field(default=(), repr=False)

    def sections(self) -> Iterator[Section]:
        """Every task section, nested ones included, in document order (body first, then appendices)."""
        for _, group in self.section_groups:
            for section in group:
                yield from section.walk()

    def tasks(self) -> Iterator[tuple[Section, Task]]:
        """Every task at any depth, with its section."""
        return iter(self._tasks)

    def leaf_tasks(self) -> Iterator[tuple[Section, Task]]:
        return iter(self._leaf_tasks)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (for --jobs workers) without the lists and answers kept for speed: they are
        rebuilt on demand and would only make the message between processes longer."""
        return {k: v for k, v in self.__dict__.items() if k not in ("memo", "_tasks", "_leaf_tasks")}

    @cached_property
    def memo(self) -> dict[Any, Any]:
        """Answers worked out from this immutable plan, kept for the next caller (see status.task_deadline)."""
        return {}

    @cached_property
    def _tasks(self) -> tuple[tuple[Section, Task], ...]:  # the plan is immutable: listed once
        return tuple((section, item) for section in self.sections() for task in section.tasks
                     for item in task.walk())

    @cached_property
    def _leaf_tasks(self) -> tuple[tuple[Section, Task], ...]:
        return tuple(pair for pair in self._tasks if pair[1].is_leaf)

    def targets(self) -> Iterator[Target]:
        def walk(blocks: tuple[str | Block, ...]) -> Iterator[Target]:
            for block in blocks:
                if isinstance(block, Block):
                    yield from block.targets
                    yield from walk(block.content)
        yield from walk(self.body)


def build_plan(data: dict[str, Any], source: str, skip: frozenset[JsonPath] = frozenset()) -> Plan:
    """Build the model from data that passed the plan schema.

    ``skip`` names list items (by JSON path) that did not pass it: they are left out, and every
    other object keeps its own path, so rules still point at the right lines.
    """
    return _Builder(skip).plan(data, source)


def _s(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def _tuple_str(values: Any) -> tuple[str, ...]:
    return tuple(map(str, values)) if values else ()


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _partial(text: Any) -> PartialDate | None:
    return PartialDate.parse(str(text)) if text else None


def _measure(data: Any) -> Measure | None:
    if not data:
        return None

    def number(value: Any) -> float | None:
        return None if value is None else float(value)

    return Measure(
        comparison=data["comparison"],
        value=number(data.get("value")),
        unit=data.get("unit"),
        year=data.get("year"),
        indicator=data.get("indicator"),
        breakdown=tuple(Share(float(s["value"]), s.get("level"), s.get("unit_name")) for s in data.get("breakdown", ())),
        schedule=tuple(Step(s["year"], number(s.get("value")), number(s.get("increase")), number(s.get("cap")))
                       for s in data.get("schedule", ())),
    )


def _join_ref(prefix: str | None, number: str, parent_number: str | None = None) -> str:
    """``prefix`` and ``number`` joined by a dot: "VII" + "12" is "VII.12". A number that repeats
    its parent's ("1.2" under group or task "1", as printed tables number them) replaces the
    parent's number in the prefix instead of repeating it: "B.II.1" + "1.2" is "B.II.1.2", and
    "II" + "II.3" is "II.3"."""
    if not prefix:
        return number
    head = prefix.rstrip(".")
    if parent_number:
        own = parent_number.strip().rstrip(".)")
        if re.fullmatch(r"(?:\d+|[IVXLCDM]+|[A-ZĐ])(?:\.\d+)*", own) \
                and re.fullmatch(rf"{re.escape(own)}\.\d+(?:\.\d+)*\.?", number.strip()) \
                and (head == own or head.endswith("." + own)):
            head = head[: -len(own)].rstrip(".")
            return f"{head}.{number}" if head else number
    return f"{head}.{number}"


def join_ref(prefix: str | None, number: str, parent_number: str | None = None) -> str:
    """The public name of :func:`_join_ref`: how status ids are built (the importer checks them)."""
    return _join_ref(prefix, number, parent_number)


@dataclass(frozen=True)
class _Builder:
    skip: frozenset[JsonPath]

    def items(self, values: Any, path: JsonPath) -> list[tuple[int, Any]]:
        if not values:
            return []
        if not self.skip:
            return list(enumerate(values))
        return [(i, v) for i, v in enumerate(values) if (*path, i) not in self.skip]

    def plan(self, data: dict[str, Any], source: str) -> Plan:
        doc = data["document"]
        signer = doc.get("signer")
        document = Document(
            type=doc["type"],
            issuer=doc["issuer"],
            title=doc["title"],
            number=_s(doc.get("number")),
            symbol=doc.get("symbol"),
            parent_body=doc.get("parent_body"),
            authority=doc.get("authority"),
            place=doc.get("place"),
            date=_partial(doc.get("date")),
            legal_bases=_tuple_str(doc.get("legal_bases")),
            proposal=doc.get("proposal"),
            signer=Signer(_tuple_str(signer.get("authority_lines")), signer["position"], signer.get("name"))
            if signer else None,
            recipients=_tuple_str(doc.get("recipients")),
        )
        period_data = data["period"]
        period = Period(period_data["start"], period_data["end"], period_data.get("vision"),
                        period_data.get("text"))
        implements = tuple(
            Reference(r["title"], r.get("number"), _partial(r.get("date")), r.get("issuer"), r.get("plan"))
            for _, r in self.items(data.get("implements"), ("implements",))
        )
        groups: list[tuple[JsonPath, tuple[Section, ...]]] = []
        body = tuple(self.block(b, ("body", i), None, groups) for i, b in self.items(data.get("body"), ("body",)))
        appendices = []
        for i, a in self.items(data.get("appendices"), ("appendices",)):
            path: JsonPath = ("appendices", i)
            sections = tuple(self.section(s, (*path, "sections", j), None)
                             for j, s in self.items(a["sections"], (*path, "sections")))
            groups.append(((*path, "sections"), sections))
            appendices.append(Appendix(path, sections, a.get("label"), a.get("reference"), a.get("title"),
                                       _tuple_str(a.get("columns"))))
        reporting_data = data.get("reporting")
        reporting = Reporting(tuple(reporting_data["frequency"]), reporting_data.get("to"),
                              reporting_data.get("source")) if reporting_data else None
        return Plan(
            id=data["id"],
            owner=data.get("owner"),
            document=document,
            period=period,
            source=source,
            implements=implements,
            preamble=_tuple_str(data.get("preamble")),
            body=body,
            closing=_tuple_str(data.get("closing")),
            appendices=tuple(appendices),
            reporting=reporting,
            section_groups=tuple(groups),
        )

    def block(self, data: Any, path: JsonPath, area: str | None,
              groups: list[tuple[JsonPath, tuple[Section, ...]]]) -> Block:
        area = data.get("area", area)
        content: list[str | Block] = []
        for i, item in self.items(data.get("content"), (*path, "content")):
            if isinstance(item, dict):
                content.append(self.block(item, (*path, "content", i), area, groups))
            else:
                content.append(str(item))
        targets = tuple(
            Target(str(t["text"]), (*path, "targets", i), _s(t.get("id")), t.get("area", area), t.get("marker"),
                   _measure(t.get("measure")),
                   tuple(Result(_date(r["date"]), float(r["value"]), (*path, "targets", i, "results", j),
                                r.get("unit"), r.get("level"), r.get("unit_name"), r.get("source"))
                         for j, r in self.items(t.get("results"), (*path, "targets", i, "results"))))
            for i, t in self.items(data.get("targets"), (*path, "targets"))
        )
        sections = tuple(self.section(s, (*path, "sections", i), area)
                         for i, s in self.items(data.get("sections"), (*path, "sections")))
        if sections:
            groups.append(((*path, "sections"), sections))
        return Block(path, _s(data.get("number")), data.get("title"), data.get("role"), area,
                     tuple(content), targets, sections, _tuple_str(data.get("agencies")))

    def section(self, data: Any, path: JsonPath, area: str | None, parent: Section | None = None) -> Section:
        number = _s(data.get("number"))
        area = data.get("area", area)
        lead = _tuple_str(data.get("lead"))
        support = _tuple_str(data.get("support"))
        if parent is None:
            ref = number
        elif number is None:
            ref = parent.ref
        else:
            ref = _join_ref(parent.ref, number, parent.number)
        # A nested group inherits the lead and support its parent names for all its tasks.
        if parent is not None:
            lead_in, support_in = lead or parent.lead, support or parent.support
        else:
            lead_in, support_in = lead, support
        tasks = tuple(
            self.task(t, (*path, "tasks", i), ref, lead_in, support_in, area, number)
            for i, t in self.items(data.get("tasks"), (*path, "tasks"))
        )
        section = Section(str(data["title"]), path, number, area, lead, support,
                          _tuple_str(data.get("responsibility")), tasks, (), ref,
                          "before" if data.get("responsibility_position") == "before" else "after")
        inherited = replace(section, lead=lead_in, support=support_in)
        subsections = tuple(self.section(s, (*path, "sections", i), area, inherited)
                            for i, s in self.items(data.get("sections"), (*path, "sections")))
        return replace(section, sections=subsections) if subsections else section

    def task(self, data: Any, path: JsonPath, prefix: str | None, inherited_lead: tuple[str, ...],
             inherited_support: tuple[str, ...], area: str | None, parent_number: str | None = None) -> Task:
        task_id = str(data["id"])
        ref = _join_ref(prefix, task_id, parent_number)
        lead = _tuple_str(data.get("lead"))
        support = _tuple_str(data.get("support"))
        effective_lead = lead or inherited_lead
        effective_support = support or inherited_support
        subtasks = tuple(
            self.task(t, (*path, "subtasks", i), ref, effective_lead, effective_support, area, task_id)
            for i, t in self.items(data.get("subtasks"), (*path, "subtasks"))
        )
        progress = tuple(
            ProgressEntry(_date(p["date"]), p["status"], (*path, "progress", i), p.get("note"),
                          p.get("evidence"), p.get("by"), p.get("occurrence"))
            for i, p in self.items(data.get("progress"), (*path, "progress"))
        )
        trigger = data.get("trigger")
        return Task(
            id=task_id,
            ref=ref,
            content=str(data["content"]),
            path=path,
            key=data.get("key"),
            marker=data.get("marker"),
            output=data.get("output"),
            deadline=data.get("deadline"),
            due=_date(data["due"]) if data.get("due") else None,
            trigger=Trigger(_date(trigger["date"]), trigger.get("days"), trigger.get("months"), trigger.get("source"))
            if trigger else None,
            lead=lead,
            support=support,
            lead_text=data.get("lead_text"),
            support_text=data.get("support_text"),
            effective_lead=effective_lead,
            effective_support=effective_support,
            implements=_tuple_str(data.get("implements")),
            note=data.get("note"),
            subtasks=subtasks,
            progress=progress,
            area=area,
        )


ENTITY_KEYS = frozenset({"body", "content", "targets", "sections", "tasks", "subtasks", "progress",
                         "appendices", "implements"})


def entity_of(path: JsonPath) -> JsonPath | None:
    """The innermost list item (task, section, target, progress entry, block…) containing ``path``;
    None when the path lies in the plan's top-level fields (document, period…)."""
    for index in range(len(path) - 1, 0, -1):
        if isinstance(path[index], int) and path[index - 1] in ENTITY_KEYS:
            return tuple(path[: index + 1])
    return None
