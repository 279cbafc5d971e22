"""Deadlines as an iCalendar file (RFC 5545): one all-day event per milestone of every task.

Staff import the file into Outlook, Google Calendar or a phone, or subscribe to it. Two promises
make that safe to repeat: the same plans give the same bytes (no clock, no random numbers), and
each event keeps its ``UID`` across runs and machines, so importing a newer file updates the
events already there instead of adding copies.

The text is written by hand rather than through a library: the format needed is small (one
calendar, flat events, one alarm each) and writing it here keeps folding and escaping exact and
the output byte-for-byte reproducible. Tests read it back with the ``icalendar`` parser.

What staff recorded changes the events (progress dated by ``as_of`` when given, else all of it):
a milestone done has no alarm, its summary says "Đã hoàn thành" and its description the date,
the lateness and the evidence, and it is marked ``STATUS:COMPLETED`` (the mark issue 16 asks for);
a cancelled one is ``STATUS:CANCELLED`` without an alarm. RFC 5545 lists ``COMPLETED`` among the
to-do statuses, not the event ones: a strict client may ignore the mark, but the summary and the
missing alarm say the same thing on their own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from cchc.base.i18n import vietnamese
from cchc.deriving.areas import BY_CODE
from cchc.deriving.status import NO_DEADLINE_TEXT, Row, agency_in_role, task_deadline, task_rows
from cchc.reading.agencies import Registry
from cchc.reading.deadline import Deadline, Milestone
from cchc.reading.model import Plan, Section, Task
from cchc.reading.vnformat import agencies_cell

PRODID = "-//cchc//Kế hoạch CCHC//VI"
CALENDAR_NAME = "Hạn nhiệm vụ cải cách hành chính"
TIMEZONE = "Asia/Ho_Chi_Minh"
SUMMARY_LIMIT = 80  # characters of task content kept in SUMMARY; the full text is in DESCRIPTION
FOLD_OCTETS = 75
CRLF = "\r\n"
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


@dataclass(frozen=True)
class Event:
    """One milestone of one task, as it goes into the calendar."""

    plan: Plan
    section: Section
    task: Task
    deadline: Deadline
    milestone: Milestone
    multiple: bool  # the task has several milestones: the label names this one
    row: Row | None = None  # its status, from what staff recorded

    @property
    def done(self) -> bool:
        return self.row is not None and self.row.state in ("done_on_time", "done_late")

    @property
    def cancelled(self) -> bool:
        return self.row is not None and self.row.state == "cancelled"

    @property
    def handle(self) -> str:
        """The task's handle in status output: ``key`` or reference, plus "#label" when repeated."""
        base = self.task.key or self.task.ref
        return f"{base}#{self.milestone.label}" if self.multiple else base

    @property
    def uid(self) -> str:
        """Stable identity: plan id + task handle, hashed so any characters are safe in a UID.

        A task with one milestone leaves the label out, so moving its deadline (Quý II → Quý IV)
        updates the event already imported instead of leaving the old date behind.
        """
        digest = hashlib.sha1(f"{self.plan.id}\x1f{self.handle}".encode()).hexdigest()
        return f"{digest}@cchc"

    @property
    def area(self) -> str | None:
        return self.task.area or self.section.area


@vietnamese()  # events staff import into their calendars: Vietnamese whatever --lang says
def build_calendar(plans: Sequence[Plan], registries: Mapping[str, Registry | None], *,
                   agency: str | None = None, remind_days: int = 7, as_of: dt.date | None = None,
                   role: str = "any") -> str:
    """The calendar for ``plans`` as RFC 5545 text (CRLF line ends, lines folded at 75 octets).

    ``registries`` maps a plan's ``source`` to its agency registry (as :func:`load_workspace`
    gives it); with ``agency``, only tasks it leads or supports are listed, groups included
    (``role``: "lead" or "support" for the tasks that name it in that column, "any" for both and
    groups: :func:`cchc.deriving.status.agency_in_role`).
    Tasks with no dated milestone (ongoing, awaiting a trigger) and tasks whose deadline cannot be
    read are left out. Encode the result as UTF-8 and write it without newline translation.
    """
    if remind_days < 0:
        raise ValueError("remind_days phải là số ngày không âm.")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name(agency))}",
        f"X-WR-TIMEZONE:{TIMEZONE}",
    ]
    for plan in plans:
        stamp = _stamp(plan, as_of)
        registry = registries.get(plan.source)
        for event in plan_events(plan, registry, agency, as_of, role):
            lines.extend(event_lines(event, stamp, remind_days))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def calendar_name(agency: str | None) -> str:
    return f"{CALENDAR_NAME} – {agency}" if agency else CALENDAR_NAME


def plan_events(plan: Plan, registry: Registry | None = None, agency: str | None = None,
                as_of: dt.date | None = None, role: str = "any") -> Iterator[Event]:
    """Every dated milestone of every leaf task of ``plan``, in document order, with its status
    from the progress dated by ``as_of`` (all of it without)."""
    day = as_of or dt.date.max
    for section, task in plan.leaf_tasks():
        if agency and not agency_in_role(task, agency, registry, role):
            continue
        deadline = task_deadline(plan, task)
        if not isinstance(deadline, Deadline):
            continue  # unreadable: ``cchc lint`` reports it (T004)
        multiple = len(deadline.milestones) > 1
        rows = task_rows(plan, section, task, day)
        states = {row.milestone.label: row for row in rows if row.milestone is not None} if isinstance(rows, list) else {}
        for milestone in deadline.milestones:
            yield Event(plan, section, task, deadline, milestone, multiple, states.get(milestone.label))


def _stamp(plan: Plan, as_of: dt.date | None) -> str:
    """DTSTAMP, deliberately not the clock: the same plans must give the same file.

    RFC 5545 asks for the time the object was created; a clock value would change every event on
    every run, making the output irreproducible and every re-import look like an edit. ``as_of``
    (the date the calendar describes) stands for that moment when given, else the plan's
    document date (the day left blank → the 1st, no date → 1 January of its first year).
    SEQUENCE stays 0, so clients match events by UID and take the newest import.
    """
    if as_of is not None:
        day = as_of
    elif plan.document.date is not None:
        partial = plan.document.date
        day = partial.as_date() or dt.date(partial.year, partial.month or 1, 1)
    else:
        day = dt.date(plan.period.start, 1, 1)
    return f"{day:%Y%m%d}T000000Z"


def event_lines(event: Event, stamp: str, remind_days: int) -> list[str]:
    """The VEVENT (with its VALARM) of one milestone, unfolded."""
    due = event.milestone.due
    summary = event_summary(event)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{due + dt.timedelta(days=1):%Y%m%d}",
        "SEQUENCE:0",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(event_description(event))}",
    ]
    area = BY_CODE.get(event.area) if event.area else None
    if area is not None:
        lines.append(f"CATEGORIES:{escape_text(area.name)}")
    if event.cancelled:
        lines.append("STATUS:CANCELLED")
    elif event.done:
        lines.append("STATUS:COMPLETED")
    lines.append("TRANSP:TRANSPARENT")
    if not (event.done or event.cancelled):  # nothing to remind anyone of
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:{_trigger(remind_days)}",
            f"DESCRIPTION:{escape_text(_reminder(summary, remind_days))}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def _trigger(remind_days: int) -> str:
    return f"-P{remind_days}D" if remind_days else "PT0S"


def _reminder(summary: str, remind_days: int) -> str:
    if not remind_days:
        return f"Hôm nay đến hạn – {summary}"
    return f"Còn {remind_days} ngày đến hạn – {summary}"


def event_summary(event: Event) -> str:
    """"Hạn: VII.1 Ban hành Kế hoạch …", with the occurrence when the task has several."""
    head = "Đã hoàn thành" if event.done else "Không thực hiện" if event.cancelled else "Hạn"
    text = f"{head}: {event.task.ref} {shorten(event.task.content)}"
    if event.multiple:
        text += f" ({milestone_text(event.milestone)})"
    return _nfc(text)


def event_description(event: Event) -> str:
    task, plan, milestone = event.task, event.plan, event.milestone
    deadline_text = str(task.deadline).strip() if task.deadline else (
        f"{task.due:%d/%m/%Y}" if task.due else NO_DEADLINE_TEXT)
    due_line = f"Hạn: {milestone.due:%d/%m/%Y}"
    if event.multiple:
        due_line += f" ({milestone_text(milestone)})"
    lines = [
        f"Nhiệm vụ {task.ref}: {task.content}",
        f"Văn bản: {plan_title(plan)}",
        f"Thời gian hoàn thành: {deadline_text}",
        due_line,
    ]
    if task.output:
        lines.append(f"Sản phẩm: {task.output}")
    lead = agencies_cell(task.effective_lead, task.lead_text)
    support = agencies_cell(task.effective_support, task.support_text)
    if lead:
        lines.append(f"Chủ trì: {lead}")
    if support:
        lines.append(f"Phối hợp: {support}")
    area = BY_CODE.get(event.area) if event.area else None
    if area is not None:
        lines.append(f"Lĩnh vực: {area.name}")
    lines.extend(_recorded(event))
    lines.append(f"Tệp: {plan.source}")
    return _nfc("\n".join(lines))


def _recorded(event: Event) -> list[str]:
    """What staff recorded for the milestone: completion (date, lateness, evidence) or the latest entry."""
    row = event.row
    entry = row.progress if row is not None else None
    if row is None or entry is None:
        return []
    if event.done and row.completed is not None:
        line = f"Đã hoàn thành ngày {row.completed:%d/%m/%Y}"
        if row.days_late is not None:
            line += f" (chậm {row.days_late} ngày)"
    else:
        line = {"doing": "Đang thực hiện", "blocked": "Vướng mắc", "cancelled": "Không thực hiện"}.get(
            entry.status, "Tiến độ") + f" (ghi ngày {entry.date:%d/%m/%Y})"
    if entry.note:
        line += f": {entry.note.strip()}"
    lines = [line]
    if entry.evidence:
        lines.append(f"Minh chứng: {entry.evidence.strip()}")
    return lines


def plan_title(plan: Plan) -> str:
    """"Kế hoạch số 111/KH-UBND ngày 29/9/2021 – Cải cách hành chính năm 2021" (number, date when known)."""
    doc = plan.document
    head = doc.type
    if doc.number and str(doc.number).strip():
        head += f" số {str(doc.number).strip()}"
        if doc.symbol:
            head += f"/{doc.symbol}"
    issued = doc.date.as_date() if doc.date else None
    if issued is not None:
        head += f" ngày {issued:%d/%m/%Y}"
    return f"{head} – {doc.title}"


def milestone_text(milestone: Milestone) -> str:
    """A milestone label in words: 2021-Q2 → "Quý II/2021", 2021-H1 → "6 tháng đầu năm 2021"."""
    label = milestone.label
    year, _, rest = label.partition("-")
    if not rest:
        return f"Năm {year}"
    if rest.startswith("Q") and rest[1:] in _ROMAN:
        return f"Quý {_ROMAN[rest[1:]]}/{year}"
    if rest == "H1":
        return f"6 tháng đầu năm {year}"
    if rest == "H2":
        return f"6 tháng cuối năm {year}"
    if rest.isdigit():
        return f"Tháng {int(rest)}/{year}"
    return f"{milestone.due:%d/%m/%Y}"


def shorten(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters plus "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,;:.–-") + "…"


_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")  # what str.splitlines() splits on


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, newlines as ``\\n``.

    Every line break Unicode knows counts as one — CR, LF, CRLF, VT, FF, the file/group/record
    separators, NEL (U+0085), LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029) — so none
    reaches the file raw (a calendar reader may end the property there and read the rest as a
    property of its own). Other control characters, which TEXT may not hold, are written visibly
    (``\\x1b``, as in every text output; :func:`cchc.base.text.visible`)."""
    from cchc.base.text import visible

    value = _LINE_BREAKS.sub("\n", value)
    value = visible(value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    parts: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > FOLD_OCTETS:
            parts.append(current)
            current, size = " ", 1  # a continuation line starts with one space, which counts
        current += char
        size += width
    parts.append(current)
    return CRLF.join(parts)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
