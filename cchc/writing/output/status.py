"""Writers for status reports and the per-agency table: table (rich), json, csv, markdown.

The JSON contract (fields may be added, never renamed)::

    {"as_of", "summary": {state: count}, "tasks": [{"plan", "id", "title", "area", "lead", "support",
     "deadline", "due", "state", "days_overdue", "completed", ..., "days_late",
     "progress": {"status", "date", "note", "evidence", "by"} | null}]}

CSV is UTF-8 with a BOM so that Excel shows Vietnamese correctly.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, TextIO

from cchc.base import csvfile
from cchc.base.i18n import N_, decimal, render, tr
from cchc.deriving.areas import BY_CODE
from cchc.deriving.status import (
    NO_DEADLINE_TEXT,
    STATE_LABELS,
    STATE_STYLES,
    STATES,
    AgencyLine,
    Row,
    StatusReport,
    Unreadable,
    days_late_text,
    on_time_rate,
    progress_text,
)
from cchc.reading.model import STATUS_LABELS
from cchc.writing.output.console import make_console

COLUMNS = (N_("Kế hoạch"), N_("TT"), N_("Nội dung, nhiệm vụ"), N_("Lĩnh vực"), N_("Cơ quan chủ trì"),
           N_("Cơ quan phối hợp"), N_("Thời gian hoàn thành"), N_("Hạn"), N_("Trạng thái"), N_("Số ngày quá hạn"),
           N_("Ngày hoàn thành"))


def _date(value: object) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""  # type: ignore[attr-defined]


def _rate(value: float | None) -> str:
    return "—" if value is None else decimal(f"{value * 100:.1f}%")


def _area(code: str | None) -> str:
    area = BY_CODE.get(code or "")
    return area.label(short=True) if area else ""


def _deadline(row: Row) -> str:
    return tr(NO_DEADLINE_TEXT) if row.deadline_text == NO_DEADLINE_TEXT else row.deadline_text


def summary_line(report: StatusReport) -> str:
    return summary_of(report.as_of, report.counts())


def summary_of(as_of: dt.date, counts: Mapping[str, int]) -> str:
    """The closing line: milestones by state and the on-time rate, from the counts of every state."""
    parts = [f"{tr(STATE_LABELS[s])}: {counts[s]}" for s in STATES if counts[s]]
    total = sum(counts.values())
    rate = on_time_rate(counts["done_on_time"], counts["done_late"], counts["overdue"])
    return (tr("Tính đến ngày {date:%d/%m/%Y}: {count} mốc nhiệm vụ", date=as_of, count=total)
            + (" — " + "; ".join(parts) if parts else "")
            + ". " + tr("Tỷ lệ hoàn thành đúng hạn (trên số nhiệm vụ đã đến hạn): {rate}.", rate=_rate(rate)))


def report_json(report: StatusReport) -> dict[str, object]:
    return {
        "as_of": report.as_of.isoformat(),
        "summary": report.counts(),
        "total": len(report.rows),
        "came_due": report.came_due,
        "on_time_rate": round(report.on_time_rate, 4) if report.on_time_rate is not None else None,
        "tasks": [row.to_json() for row in report.rows],
        "parents": [{"plan": plan_id, "id": ref, "state": state} for plan_id, ref, state in report.parents()],
        "warnings": [
            {"plan": u.plan.id, "id": u.task.key or u.task.ref, "deadline": u.task.deadline, "message": render(u.error.message)}
            for u in report.unreadable
        ] + [{"file": path, "message": tr("Không đọc được kế hoạch (chạy cchc lint để xem lỗi).")} for path in report.skipped]
        + [{"file": path, "plan": plan_id, "code": "I003", "message": duplicate_note(plan_id, files)}
           for plan_id, files in report.duplicates for path in files],
    }


def write_json(report: StatusReport, stream: TextIO) -> None:
    json.dump(report_json(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


# Added after "state" (columns are added, never moved): the lateness of a milestone done late and
# the latest progress entry staff recorded.
PROGRESS_COLUMNS = (N_("Số ngày hoàn thành chậm"), N_("Tiến độ"), N_("Ngày ghi tiến độ"), N_("Ghi chú"),
                    N_("Minh chứng"), N_("Người ghi"))


def _row_cells(row: Row) -> list[str]:
    return [
        row.plan.id, row.id, row.task.content, _area(row.area), "; ".join(row.task.effective_lead),
        "; ".join(row.task.effective_support), _deadline(row), _date(row.due), tr(STATE_LABELS[row.state]),
        str(row.days_overdue) if row.days_overdue is not None else "", _date(row.completed),
    ]


def _progress_cells(row: Row) -> list[str]:
    entry = row.progress
    late = str(row.days_late) if row.days_late is not None else ""
    if entry is None:
        return [late, "", "", "", "", ""]
    label = tr(STATUS_LABELS[entry.status]) if entry.status in STATUS_LABELS else entry.status
    return [late, label, _date(entry.date), entry.note or "", entry.evidence or "", entry.by or ""]


def write_csv(report: StatusReport, stream: TextIO) -> None:
    csvfile.write(stream, [*map(tr, COLUMNS), "state", *map(tr, PROGRESS_COLUMNS)],
                   ([*_row_cells(row), row.state, *_progress_cells(row)] for row in report.rows))


def _md(text: str) -> str:
    from cchc.base.text import md_safe

    return md_safe(text).replace("|", "\\|").replace("\n", " ")


def write_markdown(report: StatusReport, stream: TextIO) -> None:
    stream.write("# " + tr("Tình hình thực hiện nhiệm vụ cải cách hành chính") + f"\n\n{summary_line(report)}\n\n")
    for plan_id, rows in _grouped(report.rows):
        stream.write(f"## {_md(plan_id)}\n\n")
        stream.write("| " + " | ".join(tr(c) for c in (COLUMNS[1], COLUMNS[2], COLUMNS[4], COLUMNS[6], COLUMNS[7], COLUMNS[8]))
                     + " | " + tr("Quá hạn (ngày)") + " | " + tr("Tiến độ ghi nhận") + " |\n")
        stream.write("|---|---|---|---|---|---|---:|---|\n")
        for row in rows:
            cells = _row_cells(row)
            state = cells[8] + (f" ({days_late_text(row)})" if row.days_late is not None else "")
            stream.write("| " + " | ".join(_md(c) for c in (cells[1], cells[2], cells[4], cells[6], cells[7], state,
                                                            cells[9], progress_text(row)))
                         + " |\n")
        stream.write("\n")


def _grouped(rows: tuple[Row, ...]) -> list[tuple[str, list[Row]]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row.plan.id, []).append(row)
    return list(groups.items())


def _title(rows: list[Row]) -> str:
    """The heading of one plan's table: its id, document type and title."""
    plan = rows[0].plan
    return f"{plan.id} — {plan.document.type} {plan.document.title}"


def _area_groups(rows: list[Row]) -> list[tuple[str, list[Row]]]:
    by_area: dict[str | None, list[Row]] = {}
    for row in rows:
        by_area.setdefault(row.area, []).append(row)
    order = list(BY_CODE)
    groups = []
    for area_code in sorted(by_area, key=lambda c: order.index(c) if c in order else 99):
        area = BY_CODE.get(area_code or "")
        groups.append(((area.label() if area else tr("Chưa xác định lĩnh vực")).upper(), by_area[area_code]))
    return groups


@dataclass(frozen=True)
class Line:
    """One line of the status table: a milestone, or a task's later milestones not yet due, folded
    into one (the counts still count each of them). The terminal and the plain table are both
    drawn from these, so they show the same content."""

    id: str
    content: str
    note: str  # what staff recorded ("" when nothing), under the content
    progress: str | None  # the status of that entry, for its colour
    lead: str
    deadline: str
    due: str
    state: str  # the state's code
    days: str  # "92 ngày" overdue, "chậm 10 ngày" done late

    @property
    def label(self) -> str:
        return tr(STATE_LABELS[self.state])


FOLD_FROM = 2  # a task's milestones not yet due after its next one are one line when there are this many


def _line(row: Row) -> Line:
    if row.days_overdue is not None:
        days = tr("{count} ngày", count=row.days_overdue)
    else:
        days = days_late_text(row)
    return Line(row.id, row.task.content, progress_text(row), row.progress.status if row.progress else None,
                "; ".join(row.task.effective_lead), _deadline(row), _date(row.due), row.state, days)


def _folded(rows: Sequence[Row]) -> Line:
    """The later milestones of one task, all on track, as one line."""
    first, last = rows[0], rows[-1]
    assert first.milestone is not None and last.milestone is not None
    content = tr("{count} mốc tiếp theo, từ {first} đến {last} (hạn cuối {due:%d/%m/%Y}): chưa đến hạn",
                 count=len(rows), first=first.milestone.label, last=last.milestone.label, due=last.milestone.due)
    return Line(first.id + "…", content, "", None, "; ".join(first.task.effective_lead), _deadline(first),
                _date(first.due), first.state, "")


def table_lines(rows: Sequence[Row]) -> list[Line]:
    """The lines of one area's rows (sorted): a task with several milestones on track shows its next
    one, and the ones after it as one line right below it when there are ``FOLD_FROM`` or more."""
    later: dict[int, list[Row]] = {}
    for row in rows:
        if row.state == "on_track" and row.multiple:
            later.setdefault(id(row.task), []).append(row)
    folded = {id(found[0]): found[1:] for found in later.values() if len(found) > FOLD_FROM}
    hidden = {id(row) for rest in folded.values() for row in rest}
    lines = []
    for row in rows:
        if id(row) in hidden:
            continue
        lines.append(_line(row))
        rest = folded.get(id(row))
        if rest is not None:
            lines.append(_folded(rest))
    return lines


def _notes(report: StatusReport) -> list[tuple[str, str]]:
    """(label, text) of the notes under the tables."""
    return [*unreadable_notes(report.unreadable), *skipped_notes(report.skipped),
            *duplicate_notes(report.duplicates)]


def unreadable_notes(unreadable: Sequence[Unreadable]) -> list[tuple[str, str]]:
    return [(tr("Chú ý:"), f"{item.plan.id} {item.task.ref}: {render(item.error.message)}") for item in unreadable]


def skipped_notes(skipped: Sequence[str]) -> list[tuple[str, str]]:
    return [(tr("Chú ý:"), tr("bỏ qua {path}: không đọc được kế hoạch (chạy cchc lint để xem lỗi).", path=path))
            for path in skipped]


def duplicate_note(plan_id: str, files: Sequence[str]) -> str:
    return tr("bỏ qua {files}: các tệp cùng mã kế hoạch \"{plan}\" (lỗi I003), không biết tệp nào đúng; đổi id: "
              "của tệp chép rồi chạy lại.", files=", ".join(files), plan=plan_id)


def duplicate_notes(duplicates: Sequence[tuple[str, Sequence[str]]]) -> list[tuple[str, str]]:
    return [(tr("Chú ý:"), duplicate_note(plan_id, files)) for plan_id, files in duplicates]


_TASK_COLUMNS = (N_("TT"), N_("Nhiệm vụ"), N_("Chủ trì"), N_("Thời hạn"), N_("Hạn"), N_("Trạng thái"), N_("Quá hạn"))
_NOTE_STYLES = {"blocked": "bold yellow", "doing": "cyan", "done": "green", "cancelled": "dim"}
_MIN_TASK, _MIN_AGENCY, _MIN_DEADLINE = 30, 12, 10


def _longest_word(texts: Sequence[str]) -> int:
    return max((len(word) for text in texts for word in text.split()), default=0)


def _lines_of(rows: list[Row]) -> list[tuple[str, list[Line]]]:
    return [(area_name, table_lines(area_rows)) for area_name, area_rows in _area_groups(rows)]


def write_table(report: StatusReport, stream: TextIO, *, color: bool | None = None) -> None:
    """The status table: the summary first, then a table per plan, then the notes.

    Not on a terminal (``color`` not given and ``stream`` not a tty) it is the plain table. On a
    terminal each plan is a bordered table when the console is wide enough for every column
    without breaking a word of the number, the state, the days or the agencies; narrower, one line
    per milestone (number, due date, state, days) with the task, its agencies and what staff
    recorded folded under it."""
    terminal = stream.isatty() if color is None else color
    if not terminal:
        _write_plain_table(report, stream)
        return
    from rich.text import Text

    console = make_console(stream, color=color)
    console.print(summary_line(report))
    if not report.rows:
        console.print(tr("Không có nhiệm vụ nào khớp điều kiện lọc."))
    for _, rows in _grouped(report.rows):
        groups = _lines_of(rows)
        console.print()
        if _table_width(groups) <= console.width:
            _rich_table(console, _title(rows), groups)
        else:
            _rich_lines(console, _title(rows), groups)
    for label, text in _notes(report):
        console.print(Text.assemble((label, "yellow"), " ", text))


def _fixed_widths(groups: list[tuple[str, list[Line]]]) -> tuple[int, int, int, int]:
    """The widths of the columns that never wrap: number, due date, state, days (with their headers)."""
    tt, _, _, _, due, state, overdue = (tr(c) for c in _TASK_COLUMNS)
    lines = [line for _, area in groups for line in area]
    return (max([len(tt), *(len(line.id) for line in lines)]), max([len(due), *(len(line.due) for line in lines)]),
            max([len(state), *(len(line.label) for line in lines)]),
            max([len(overdue), *(len(line.days) for line in lines)]))


def _flexible_minimums(groups: list[tuple[str, list[Line]]]) -> tuple[int, int, int]:
    """The narrowest the task, lead and deadline columns may be: no word of theirs is broken."""
    lines = [line for _, area in groups for line in area]
    return (_MIN_TASK, max(_MIN_AGENCY, _longest_word([line.lead for line in lines])),
            max(_MIN_DEADLINE, _longest_word([line.deadline for line in lines])))


def _table_width(groups: list[tuple[str, list[Line]]]) -> int:
    """The width the bordered table needs (3 characters of border and padding per column, plus 1)."""
    return sum(_fixed_widths(groups)) + sum(_flexible_minimums(groups)) + 3 * len(_TASK_COLUMNS) + 1


def _rich_table(console: object, title: str, groups: list[tuple[str, list[Line]]]) -> None:
    from rich.table import Table
    from rich.text import Text

    tt, task, lead, deadline, due, state, overdue = (tr(c) for c in _TASK_COLUMNS)
    task_min, lead_min, deadline_min = _flexible_minimums(groups)
    table = Table(title=title, title_justify="left", title_style="bold", expand=True)
    table.add_column(tt, no_wrap=True)
    table.add_column(task, ratio=6, overflow="fold", min_width=task_min)
    table.add_column(lead, ratio=2, overflow="fold", min_width=lead_min)
    table.add_column(deadline, ratio=2, overflow="fold", min_width=deadline_min)
    table.add_column(due, no_wrap=True)
    table.add_column(state, no_wrap=True)
    table.add_column(overdue, justify="right", no_wrap=True)
    for area_name, lines in groups:
        table.add_row("", Text(area_name, style="bold"), "", "", "", "", "")
        for line in lines:
            content = Text(line.content)
            if line.note:
                content.append("\n" + line.note, style=_NOTE_STYLES.get(line.progress or "", ""))
            table.add_row(line.id, content, line.lead, line.deadline, line.due,
                          Text(line.label, style=STATE_STYLES[line.state]), line.days)
        table.add_section()
    console.print(table)  # type: ignore[attr-defined]


def _rich_lines(console: object, title: str, groups: list[tuple[str, list[Line]]]) -> None:
    """One line per milestone (number, due date, state, days: never cut), the rest folded under it."""
    from rich.padding import Padding
    from rich.text import Text

    tt, _, lead_header, deadline_header, due, state, overdue = (tr(c) for c in _TASK_COLUMNS)
    w_id, w_due, w_state, w_days = _fixed_widths(groups)
    print_ = console.print  # type: ignore[attr-defined]
    print_(Text(title, style="bold"))
    print_(Text("  ".join((tt.ljust(w_id), due.ljust(w_due), state.ljust(w_state), overdue.rjust(w_days))),
                style="bold"), no_wrap=True, overflow="ignore", crop=False)
    for area_name, lines in groups:
        print_()
        print_(Text(area_name, style="bold underline"))
        for line in lines:
            print_(Text.assemble(line.id.ljust(w_id), "  ", line.due.ljust(w_due), "  ",
                                 (line.label.ljust(w_state), STATE_STYLES[line.state]), "  ", line.days.rjust(w_days)))
            details = Text(line.content)
            facts = [f"{lead_header}: {line.lead}" if line.lead else "", f"{deadline_header}: {line.deadline}"]
            details.append("\n" + " · ".join(f for f in facts if f), style="dim")
            if line.note:
                details.append("\n" + line.note, style=_NOTE_STYLES.get(line.progress or "", ""))
            print_(Padding(details, (0, 0, 0, 4)))


def _write_plain_table(report: StatusReport, stream: TextIO) -> None:
    """The same table without rich, streamed: for files, pipes and CI logs (see plaintable). It is
    printed by the writer of the tables ``cchc status`` keeps per plan (:func:`write_tables`): the
    report's notes and counts ride on a first table that prints no rows."""
    tables = [PlanTable("", None, report.counts(), tuple(unreadable_notes(report.unreadable)), b"")]
    tables += [PlanTable(plan_id, sort_key_json(rows[0]), dict.fromkeys(STATES, 0), (),
                         plain_plan_table(rows).encode("utf-8")) for plan_id, rows in _grouped(report.rows)]
    write_tables(tables, report.skipped, report.as_of, stream, report.duplicates)


@dataclass(frozen=True)
class PlanTable:
    """One plan's part of the plain status output."""

    plan_id: str
    first: list[Any] | None  # the sort key of its most urgent row, as JSON (None: no row to print)
    counts: Mapping[str, int]  # state → rows
    notes: tuple[tuple[str, str], ...]  # (label, text) about deadlines that cannot be read
    body: bytes | memoryview  # the table, UTF-8, as the plain writer draws it

    def __reduce__(self) -> tuple[Any, ...]:
        """A table read from the store is a view of the entry's bytes: it crosses processes as bytes."""
        body = self.body.tobytes() if isinstance(self.body, memoryview) else self.body
        return PlanTable, (self.plan_id, self.first, dict(self.counts), self.notes, body)


def sort_key_json(row: Row) -> list[Any]:
    """``Row.sort_key`` as JSON that sorts the same way (the date in ISO form, the number as a list)."""
    urgency, overdue, due, plan_id, natural = row.sort_key()
    return [urgency, overdue, due.isoformat(), plan_id, list(natural)]  # type: ignore[attr-defined, call-overload]


def write_tables(tables: Sequence[PlanTable], skipped: Sequence[str], as_of: dt.date, stream: TextIO,
                 duplicates: Sequence[tuple[str, tuple[str, ...]]] = ()) -> dict[str, int]:
    """Print the plans' tables (most urgent first), the notes and the summary, as the plain writer
    does from the full report; returns the count of rows in each state."""
    from cchc.base.text import visible
    from cchc.writing.output.console import VisibleStream

    counts = {s: sum(t.counts[s] for t in tables) for s in STATES}
    shown = sorted((t for t in tables if t.first is not None), key=lambda t: t.first)  # type: ignore[arg-type, return-value]
    # The bodies were drawn by the plain table writer, which already shows control characters
    # visibly; the lines written here (file names in the notes) are made visible the same way.
    write = _byte_writer(stream.raw if isinstance(stream, VisibleStream) else stream)
    write(visible(opening_line(as_of, counts)).encode("utf-8"))
    if not shown:
        write(no_rows_line().encode("utf-8"))
    for table in shown:
        write(table.body)
    notes = [note for t in tables for note in t.notes] + skipped_notes(skipped) + duplicate_notes(duplicates)
    write(visible(notes_lines(notes)).encode("utf-8"))
    return counts


def _byte_writer(stream: TextIO) -> Callable[[bytes | memoryview], Any]:
    """Write UTF-8 bytes to ``stream``: straight to its binary buffer when it encodes UTF-8 and
    translates no line ends (decoding 130 MB of tables only to encode them again costs a second)."""
    buffer: BinaryIO | None = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    try:
        utf8 = bool(encoding) and codecs.lookup(encoding).name == "utf-8"  # type: ignore[arg-type]
    except LookupError:
        utf8 = False
    if buffer is not None and utf8 and os.linesep == "\n":
        stream.flush()
        return buffer.write
    return lambda data: stream.write(bytes(data).decode("utf-8"))


def no_rows_line() -> str:
    return tr("Không có nhiệm vụ nào khớp điều kiện lọc.") + "\n"


def plain_plan_table(rows: Sequence[Row]) -> str:
    """One plan's table (its rows, sorted), with its title, as the plain writer prints it: a blank
    line, then the table."""
    from cchc.writing.output.plaintable import SECTION, Column, render

    tt, task, lead, deadline, due, state, overdue = (tr(c) for c in _TASK_COLUMNS)
    listed = list(rows)
    groups = _lines_of(listed)
    task_min, lead_min, deadline_min = _flexible_minimums(groups)
    columns = (Column(tt, no_wrap=True), Column(task, ratio=6, min_width=task_min),
               Column(lead, ratio=2, min_width=lead_min), Column(deadline, ratio=2, min_width=deadline_min),
               Column(due, no_wrap=True), Column(state, no_wrap=True), Column(overdue, right=True, no_wrap=True))
    table: list[tuple[str, ...] | None] = []
    for area_name, lines in groups:
        table.append(("", area_name, "", "", "", "", ""))
        table.extend((line.id, line.content + ("\n" + line.note if line.note else ""), line.lead, line.deadline,
                      line.due, line.label, line.days) for line in lines)
        table.append(SECTION)
    return "\n" + "".join(line + "\n" for line in render(columns, table, title=_title(listed)))


def opening_line(as_of: dt.date, counts: Mapping[str, int]) -> str:
    """The summary, printed before the tables."""
    return summary_of(as_of, counts) + "\n"


def notes_lines(notes: Sequence[tuple[str, str]]) -> str:
    """The notes under the tables."""
    return "".join(f"{label} {text}\n" for label, text in notes)


# ----------------------------------------------------------------------------- agencies

AGENCY_COLUMNS = (N_("Cơ quan chủ trì"), N_("Số mốc nhiệm vụ"), N_("Hoàn thành đúng hạn"), N_("Hoàn thành quá hạn"),
                  N_("Quá hạn"), N_("Đang thực hiện"), N_("Tỷ lệ đúng hạn"))


def _agency_cells(line: AgencyLine) -> list[str]:
    return [line.name, str(line.led), str(line.done_on_time), str(line.done_late), str(line.overdue),
            str(line.open), _rate(line.on_time_rate)]


def agencies_json(lines: list[AgencyLine], report: StatusReport, stream: TextIO) -> None:
    json.dump({"as_of": report.as_of.isoformat(), "agencies": [a.to_json() for a in lines]}, stream,
              ensure_ascii=False, indent=2)
    stream.write("\n")


def agencies_csv(lines: list[AgencyLine], report: StatusReport, stream: TextIO) -> None:
    csvfile.write(stream, [tr(c) for c in AGENCY_COLUMNS], (_agency_cells(line) for line in lines))


def agencies_markdown(lines: list[AgencyLine], report: StatusReport, stream: TextIO) -> None:
    stream.write("# " + tr("Kết quả thực hiện nhiệm vụ theo cơ quan (tính đến ngày {date:%d/%m/%Y})", date=report.as_of)
                 + "\n\n")
    stream.write("| " + " | ".join(tr(c) for c in AGENCY_COLUMNS) + " |\n|---|---:|---:|---:|---:|---:|---:|\n")
    for line in lines:
        stream.write("| " + " | ".join(_md(c) for c in _agency_cells(line)) + " |\n")


def agencies_table(lines: list[AgencyLine], report: StatusReport, stream: TextIO, *, color: bool | None = None) -> None:
    from rich.table import Table

    console = make_console(stream, color=color)
    table = Table(title=tr("Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì — tính đến ngày {date:%d/%m/%Y}",
                           date=report.as_of), title_justify="left")
    for index, column in enumerate(AGENCY_COLUMNS):
        table.add_column(tr(column), justify="left" if index == 0 else "right", overflow="fold")
    for line in lines:
        table.add_row(*_agency_cells(line))
    console.print(table)
