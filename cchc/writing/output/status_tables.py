"""Each plan's status table, kept in the cache: ``cchc status`` on an unchanged repository prints
the tables it drew before instead of rebuilding and redrawing every task (120,000 on a country).

This is the plain table, the one printed when the output is not a terminal: a file, a pipe, a CI
log, ``-o``. Its part for one plan depends only on that plan and the run's options, so it is kept
per plan file: the exact bytes of the plan's table, the count of each state, the notes about
deadlines that cannot be read and the sort key of its most urgent row (plans are printed in the
order of their most urgent row; the summary, printed before them, adds up the counts). One writer,
:func:`cchc.writing.output.status.write_tables`, prints these tables and the plain table of a full
report alike (a test compares the two ways for every date, filter and folder).

The tables are drawn by the command's per-file step (:class:`TableStep`), which the read stage
(:func:`cchc.checking.read.read`) runs on every plan file in the process that read it, while its
model is at hand; the step takes a table from the store when it holds it.

An entry is keyed by the plan file's content key (its bytes, its agency registries, cchc itself:
see :mod:`cchc.reading.cache`), its path as shown, every field of :class:`TableOptions` (the
as-of date, ``--soon`` and every field of the filters: a new option cannot be left out) and the
language: unlike the lint entries, which keep message ids and fields, these are rendered output
(headers, states, deadline explanations as printed), so each language has its own. Its file is
named without the date, so a new day replaces yesterday's tables rather than adding to them. Before use the entry's CRC-32 (over its header and table), the key and the
table's length are checked; an entry that fails is rebuilt and written over, never trusted.

Files that hold plans with the same id are left out by :func:`cchc.checking.workspace.load_workspace`
(lint error I003) and named in the notes, as in the full report: every table here is one file's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from cchc.base.i18n import language
from cchc.checking.check import FileResult
from cchc.deriving.status import STATES, Filters, build_report
from cchc.reading.cache import Cache, write_entry
from cchc.writing.output.status import (  # noqa: F401 - the plain writer's parts, re-exported
    PlanTable,
    plain_plan_table,
    sort_key_json,
    unreadable_notes,
    write_tables,
)

FORMAT = b"cchc-status-table 3\n"  # 3: the summary first, progress notes, folded milestones


@dataclass(frozen=True)
class TableOptions:
    """Every option a plan's table depends on. A stored table's key is built from these fields
    (:meth:`key_data`), so an option added here is part of the key without more ado; a field
    marked ``slot=False`` is left out of the entry's file name (the date: a new day's table
    replaces yesterday's)."""

    as_of: dt.date = field(metadata={"slot": False})
    soon: int = 14
    filters: Filters = field(default_factory=Filters)

    def key_data(self, slot: bool = False) -> list[list[Any]]:
        """The fields as JSON data (``slot``: only those that name the entry's file)."""
        return [[f.name, _json_value(getattr(self, f.name))] for f in fields(self)
                if not slot or f.metadata.get("slot", True)]


def _json_value(value: object) -> object:
    if isinstance(value, Filters):
        return value.options()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class TableStore:
    """Plan tables in the cache folder (``status/`` beside the lint entries)."""

    folder: Path

    @classmethod
    def of(cls, cache: Cache) -> TableStore:
        return cls(cache.folder / "status")

    def _path(self, slot: str) -> Path:
        return self.folder / slot[:2] / f"{slot}.txt"

    def get(self, slot: str, key: str) -> PlanTable | None:
        path = self._path(slot)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return _parse(data, key)  # a damaged entry (or another day's) is overwritten by the rebuilt one

    def put(self, slot: str, key: str, table: PlanTable) -> None:
        header = {"key": key, "plan_id": table.plan_id, "first": table.first, "counts": dict(table.counts),
                  "notes": [list(n) for n in table.notes], "length": len(table.body)}
        try:
            line = json.dumps(header, ensure_ascii=True).encode("ascii")
        except (ValueError, TypeError):
            return
        rest = line + b"\n" + table.body
        write_entry(self._path(slot), FORMAT + b"%08x\n" % zlib.crc32(rest) + rest)


_CRC = len(FORMAT) + 9  # where the header starts: after the format line and the CRC-32 line


def _parse(data: bytes, key: str) -> PlanTable | None:
    """The table in an entry written for ``key``, or None (another key, damaged, another format).
    The CRC-32 covers the header and the table."""
    if not data.startswith(FORMAT) or data[_CRC - 1:_CRC] != b"\n":
        return None
    view = memoryview(data)  # slices of it are not copies: 130 MB of tables on a country
    try:
        if int(data[len(FORMAT):_CRC - 1], 16) != zlib.crc32(view[_CRC:]):
            return None
    except ValueError:
        return None
    end = data.find(b"\n", _CRC)
    if end < 0:
        return None
    try:
        header = json.loads(data[_CRC:end])
    except (ValueError, RecursionError):
        return None
    body = view[end + 1:]
    if not isinstance(header, dict) or header.get("key") != key or header.get("length") != len(body):
        return None
    plan_id, first, counts, notes = (header.get(k) for k in ("plan_id", "first", "counts", "notes"))
    if not isinstance(plan_id, str) or not _is_sort_key(first) or not isinstance(counts, dict) \
            or not set(counts) <= set(STATES) \
            or not all(type(v) is int and v >= 0 for v in counts.values()) \
            or not isinstance(notes, list) \
            or not all(isinstance(n, list) and len(n) == 2 and all(isinstance(t, str) for t in n) for n in notes):
        return None
    return PlanTable(plan_id, first, {s: counts.get(s, 0) for s in STATES}, tuple((n[0], n[1]) for n in notes), body)


def _is_sort_key(value: object) -> bool:
    if value is None:
        return True
    return (isinstance(value, list) and len(value) == 5 and type(value[0]) is int and type(value[1]) is int
            and isinstance(value[2], str) and isinstance(value[3], str) and isinstance(value[4], list)
            and all(type(p) is int or isinstance(p, str) for p in value[4]))


def _slots(file: FileResult, options: TableOptions) -> tuple[str, str] | None:
    """(file name, key) of a file's entry: the name leaves out the date, the key does not."""
    if file.key is None:
        return None
    # The file as read and as shown, the language and every option (TableOptions' own fields).
    shared = [file.key, file.path, language()]
    slot = hashlib.sha256(FORMAT + json.dumps([*shared, options.key_data(slot=True)], ensure_ascii=True,
                                              sort_keys=True).encode()).hexdigest()
    key = hashlib.sha256(FORMAT + json.dumps([*shared, options.key_data()], ensure_ascii=True,
                                             sort_keys=True).encode()).hexdigest()
    return slot, key


def build_tables(files: Sequence[FileResult], as_of: dt.date, soon: int, filters: Filters | None
                 ) -> list[PlanTable | None]:
    """The tables of files that hold plans with one id, drawn from their models (None for a file
    whose model cannot be built). Usually one file; when several hold the same id the full report
    prints their rows as one table, so the first file's table carries those rows and the others
    only their notes."""
    built = [(file, file.get_plan()) for file in files]
    plans = [plan for _, plan in built if plan is not None]
    if filters is not None:
        filters = replace(filters, registries={plan.source: file.get_registry() for file, plan in built
                                               if plan is not None})
    report = build_report(plans, as_of, soon, filters)  # rows that tie keep the order of the files
    rows = report.rows
    tables: list[PlanTable | None] = []
    carried = False  # the first table drawn carries the rows
    for _, plan in built:
        if plan is None:
            tables.append(None)
            continue
        notes = tuple(unreadable_notes([u for u in report.unreadable if u.plan is plan]))
        if carried:
            tables.append(PlanTable(plan.id, None, dict.fromkeys(STATES, 0), notes, b""))
            continue
        carried = True
        tables.append(PlanTable(plan.id, sort_key_json(rows[0]) if rows else None, report.counts(), notes,
                                plain_plan_table(rows).encode("utf-8") if rows else b""))
    return tables


@dataclass(frozen=True)
class TableStep:
    """``cchc status``'s per-file step (picklable): a plan file's table, from the store when it
    holds it, else drawn (and stored); None for a file without a plan."""

    options: TableOptions
    store_folder: str | None = None

    def __call__(self, file: FileResult) -> PlanTable | None:
        if not file.usable:
            return None
        store = TableStore(Path(self.store_folder)) if self.store_folder else None
        slots = _slots(file, self.options) if store is not None else None
        table = store.get(*slots) if store is not None and slots is not None else None
        if table is None or table.plan_id != file.plan_id:
            table = build_tables([file], self.options.as_of, self.options.soon, self.options.filters)[0]
            if table is not None and store is not None and slots is not None:
                store.put(*slots, table)
        return table


def plan_tables(files: Sequence[FileResult], step: TableStep) -> tuple[list[PlanTable], list[str]]:
    """Every file's table, in the order of ``files`` (the one the step made of it while reading,
    else made now), and the files whose model could not be built after all (changed during the run)."""
    tables = []
    lost = []
    for file in files:  # each its own plan: files sharing an id are left out before (cchc.checking.workspace)
        table = file.derived
        if not (isinstance(table, PlanTable) and table.plan_id == file.plan_id):
            table = step(file)
        if table is None:
            lost.append(file.path)
        else:
            tables.append(table)
    return tables, lost
