"""The staff's own words in a báo cáo: one narrative file per plan and period, and the outline it
fills.

A periodic CCHC report (Bộ Nội vụ's outline) is prose around figures: I. Công tác chỉ đạo, điều
hành — II. Kết quả thực hiện nhiệm vụ, by reform area — III. Đánh giá chung (ưu điểm; tồn tại, hạn
chế; nguyên nhân) — IV. Phương hướng, nhiệm vụ kỳ tới — V. Đề xuất, kiến nghị. The figures come from
:mod:`cchc.writing.report`; the prose lives in a YAML file beside the plan,
``<plan folder>/reports/<plan id>/<year>-<6-thang|quy-1|quy-3|nam>.yaml`` (``schema/report.schema.json``),
which also holds the report's own document fields (số, ngày, người ký, nơi nhận).

:func:`draft` turns the facts into the sentences ``cchc report new`` writes for staff to edit;
:func:`outline` is what every output format prints: the staff's text where the file has it, and
where it has none a marked placeholder (:data:`PLACEHOLDER`) followed by the same draft facts, so a
report nobody wrote never passes for a finished one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cchc.checking.lint import REPORTS_FOLDER
from cchc.deriving.areas import AREAS, BY_CODE
from cchc.deriving.status import Row
from cchc.reading.model import Document, PartialDate, Signer
from cchc.writing.report import Report, ReportPeriod, occurrence_text

PLACEHOLDER = "[Nội dung cần bổ sung]"
#: The area printed in section I rather than II.
DIRECTION_AREA = "chi_dao_dieu_hanh"


@dataclass(frozen=True)
class Paragraph:
    """One printed paragraph: ``kind`` is ``text``, ``bullet`` ("- …") or ``placeholder``."""

    text: str
    kind: str = "text"


Text = tuple[Paragraph, ...]


@dataclass(frozen=True)
class Part:
    """A heading of the outline and what follows it; ``level`` 1 is "I.", 2 is "1."."""

    heading: str
    level: int
    paragraphs: Text = ()


@dataclass(frozen=True)
class Narrative:
    """A narrative file as data. A section that is None was not written (placeholder and facts)."""

    plan: str | None = None
    period: str | None = None
    path: str | None = None
    number: str | None = None
    symbol: str | None = None
    date: PartialDate | None = None
    place: str | None = None
    issuer: str | None = None
    parent_body: str | None = None
    signer: Signer | None = None
    recipients: tuple[str, ...] | None = None
    direction: Text | None = None
    results_intro: Text | None = None
    areas: dict[str, Text] = field(default_factory=dict)
    strengths: Text | None = None
    weaknesses: Text | None = None
    causes: Text | None = None
    next_period: Text | None = None
    proposals: Text | None = None


def narrative_path(plan_source: str | Path, plan_id: str, period: ReportPeriod) -> Path:
    """Where the narrative of ``plan_id`` for ``period`` lives: beside the plan file."""
    return Path(plan_source).parent / REPORTS_FOLDER / plan_id / f"{period.slug}.yaml"


# ------------------------------------------------------------------------------- reading

def _text(value: Any) -> Text | None:
    if value is None:
        return None
    out: list[Paragraph] = []
    for item in value:
        if isinstance(item, str):
            kind = "placeholder" if item.strip() == PLACEHOLDER else "text"
            out.append(Paragraph(item.strip(), kind))
        elif isinstance(item, dict):
            out.extend(Paragraph(_unbullet(line), "bullet") for line in item.get("bullets", ()))
    return tuple(out)


def _unbullet(line: str) -> str:
    text = line.strip()
    return text[1:].lstrip() if text[:1] in "-+•–" and text[1:2] == " " else text


def from_data(data: dict[str, Any], path: str | None = None) -> Narrative:
    """A schema-valid narrative mapping as a :class:`Narrative`."""
    document = data.get("document") or {}
    signer = document.get("signer")
    results = data.get("results") or {}
    assessment = data.get("assessment") or {}
    areas = {code: text for code, value in (results.get("areas") or {}).items()
             if (text := _text(value)) is not None}
    number = document.get("number")
    recipients = document.get("recipients")
    return Narrative(
        plan=data.get("plan"),
        period=str(data["period"]) if data.get("period") is not None else None,
        path=path,
        number=str(number) if number is not None else None,
        symbol=document.get("symbol"),
        date=PartialDate.parse(str(document["date"])) if document.get("date") else None,
        place=document.get("place"),
        issuer=document.get("issuer"),
        parent_body=document.get("parent_body"),
        signer=Signer(tuple(signer.get("authority_lines") or ()), signer["position"], signer.get("name"))
        if signer else None,
        recipients=tuple(recipients) if recipients is not None else None,
        direction=_text(data.get("direction")),
        results_intro=_text(results.get("intro")),
        areas=areas,
        strengths=_text(assessment.get("strengths")),
        weaknesses=_text(assessment.get("weaknesses")),
        causes=_text(assessment.get("causes")),
        next_period=_text(data.get("next_period")),
        proposals=_text(data.get("proposals")),
    )


# ------------------------------------------------------------------------------- the document block

def report_symbol(plan_symbol: str | None) -> str:
    """"BC-UBND" from the plan's "QĐ-UBND" or "KH-UBND": a report of the same body."""
    if plan_symbol and "-" in plan_symbol:
        return "BC-" + plan_symbol.split("-", 1)[1]
    return "BC"


def report_document(report: Report, narrative: Narrative | None) -> Document:
    """The báo cáo's own document block: the narrative's fields, else the plan's (a single-plan
    report is issued and signed by the plan's issuer and signer). Number and date stay blank for
    handwriting until staff fill them in; Nơi nhận is a marked placeholder until then."""
    n = narrative or Narrative()
    plan_doc = report.plans[0].document if len(report.plans) == 1 else None
    issuers = {p.document.issuer for p in report.plans}
    issuer = n.issuer or (plan_doc.issuer if plan_doc else (issuers.pop() if len(issuers) == 1 else ""))
    symbols = {report_symbol(p.document.symbol) for p in report.plans}
    recipients = n.recipients if n.recipients is not None else (f"{PLACEHOLDER};", "Lưu: VT.")
    return Document(
        type="Báo cáo",
        issuer=issuer,
        title=report.title,
        number=n.number,
        symbol=n.symbol or (symbols.pop() if len(symbols) == 1 else "BC"),
        parent_body=n.parent_body if n.parent_body is not None else (plan_doc.parent_body if plan_doc else None),
        place=n.place or (plan_doc.place if plan_doc else None),
        date=n.date,
        signer=n.signer or (plan_doc.signer if plan_doc else None),
        recipients=tuple(recipients),
    )


# ------------------------------------------------------------------------------- facts as sentences

def short(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


def printed_tt(row: Row) -> str:
    """The task's number as the plan prints it, an occurrence as "(quý II)"."""
    if row.multiple and row.milestone is not None:
        return f"{row.task.ref} ({occurrence_text(row.milestone.label, row.plan.period.start)})"
    return row.task.ref


def _task(row: Row) -> str:
    content = row.task.content.strip().rstrip(".;")
    if row.multiple and row.milestone is not None:
        return f"{content} (mục {row.task.ref}, {occurrence_text(row.milestone.label, row.plan.period.start)})"
    return f"{content} (mục {row.task.ref})"


def _leads(row: Row) -> str:
    return "; ".join(row.task.effective_lead) or "chưa giao cơ quan chủ trì"


def area_facts(report: Report, code: str | None) -> Text:
    """What the figures say about one reform area (None: tasks with no area)."""
    def mine(rows: Sequence[Row]) -> list[Row]:
        return [r for r in rows if (r.area if r.area in BY_CODE else None) == code]

    rows = mine(report.status.rows)
    if not rows:
        return ()
    out: list[Paragraph] = []
    completed = mine(report.completed)
    if completed:
        out.append(Paragraph(f"Đã hoàn thành {len(completed)} nhiệm vụ:"))
        for row in completed:
            late = f", chậm {row.days_late} ngày" if row.days_late else ""
            evidence = row.progress.evidence if row.progress is not None and row.progress.evidence else ""
            proof = f"; minh chứng: {evidence.strip().rstrip('.;')}" if evidence else ""
            out.append(Paragraph(f"{_task(row)}: hoàn thành ngày {short(row.completed)}{late}{proof}.", "bullet"))
    open_parts = []
    for state, words in ((("on_track", "due_soon"), "đang thực hiện, chưa đến hạn"),
                         (("ongoing",), "thực hiện thường xuyên"),
                         (("awaiting_trigger",), "chờ điều kiện để triển khai")):
        count = sum(1 for r in rows if r.state in state)
        if count:
            open_parts.append(f"{count} nhiệm vụ {words}")
    if open_parts:
        out.append(Paragraph("Có " + "; ".join(open_parts) + "."))
    overdue = sorted((r for r in rows if r.state == "overdue"), key=lambda r: -(r.days_overdue or 0))
    if overdue:
        out.append(Paragraph(f"Chưa hoàn thành, quá hạn {len(overdue)} nhiệm vụ:"))
        for row in overdue:
            out.append(Paragraph(f"{_task(row)}: {_leads(row)} chủ trì; hạn {short(row.due)}, quá hạn "
                                 f"{row.days_overdue} ngày.", "bullet"))
    blocked = mine(report.blocked)
    if blocked:
        out.append(Paragraph(f"Gặp vướng mắc {len(blocked)} nhiệm vụ:"))
        for row in blocked:
            out.append(Paragraph(f"{_task(row)}: {_blocked_note(row)}", "bullet"))
    if not completed and not overdue and not open_parts and not blocked:
        out.append(Paragraph("Không có nhiệm vụ nào đến hạn hoặc đang thực hiện trong kỳ."))
    return tuple(out)


def _blocked_note(row: Row) -> str:
    entry = row.progress
    if entry is None:
        return ""
    note = entry.note.strip().rstrip(".;") if entry.note else "chưa ghi nội dung vướng mắc"
    return f"{note} (ghi ngày {short(entry.date)})."


def summary(report: Report) -> Text:
    grid = report.grid
    came_due = grid["came_due"]
    parts = [f"Tính đến ngày {short(report.as_of)}, {'các kế hoạch có' if len(report.plans) > 1 else 'kế hoạch có'} "
             f"{grid['total']} nhiệm vụ (tính theo từng mốc thời hạn); {came_due} nhiệm vụ đã đến hạn, trong đó "
             f"hoàn thành đúng hạn {grid['done_on_time']}, hoàn thành quá hạn {grid['done_late']}, chưa hoàn thành "
             f"và quá hạn {grid['overdue']}; {grid['not_due']} nhiệm vụ chưa đến hạn đang thực hiện; "
             f"{grid['ongoing']} nhiệm vụ thực hiện thường xuyên"]
    if grid["awaiting_trigger"]:
        parts.append(f"; {grid['awaiting_trigger']} nhiệm vụ chờ điều kiện")
    rate = report.status.on_time_rate
    if rate is not None:
        parts.append(f". Tỷ lệ hoàn thành đúng hạn trên số nhiệm vụ đã đến hạn đạt {_percent(rate)}")
    parts.append(" (chi tiết tại Phụ lục).")
    return (Paragraph("".join(parts)),)


def _percent(value: float) -> str:
    from cchc.writing.render import percent

    return percent(value)


def strengths_facts(report: Report) -> Text:
    grid = report.grid
    if not grid["done_on_time"] and not report.completed:
        return ()
    return (Paragraph(f"Đã hoàn thành {len(report.completed)} nhiệm vụ trong kỳ; {grid['done_on_time']} nhiệm vụ "
                      "đến hạn được hoàn thành đúng hạn."),)


def weaknesses_facts(report: Report) -> Text:
    grid = report.grid
    if not grid["overdue"]:
        return ()
    most = report.overdue_by_agency[0] if report.overdue_by_agency else None
    where = f", nhiều nhất ở {most[0]} ({len(most[1])} nhiệm vụ)" if most else ""
    return (Paragraph(f"Còn {grid['overdue']} nhiệm vụ đã đến hạn nhưng chưa hoàn thành{where}."),)


def next_period_facts(report: Report) -> Text:
    out: list[Paragraph] = []
    if report.upcoming:
        out.append(Paragraph(f"Tập trung hoàn thành {len(report.upcoming)} nhiệm vụ đến hạn trước ngày "
                             f"{short(report.upcoming_until)}:"))
        out.extend(Paragraph(f"{_task(row)}: {_leads(row)} chủ trì; hạn {short(row.due)}.", "bullet")
                   for row in report.upcoming)
    if report.grid["overdue"]:
        out.append(Paragraph(f"Khẩn trương hoàn thành {report.grid['overdue']} nhiệm vụ đã quá hạn."))
    return tuple(out)


def proposals_facts(report: Report) -> Text:
    if not report.blocked:
        return ()
    return (Paragraph("Đề nghị xem xét, tháo gỡ vướng mắc của các nhiệm vụ sau:"),
            *(Paragraph(f"{_task(row)}: {_blocked_note(row)}", "bullet") for row in report.blocked))


def _area_codes(report: Report) -> list[str | None]:
    present = {r.area if r.area in BY_CODE else None for r in report.status.rows}
    codes: list[str | None] = [a.code for a in AREAS if a.code in present and a.code != DIRECTION_AREA]
    if None in present:
        codes.append(None)
    return codes


def _area_key(code: str | None) -> str:
    return code if code is not None else "other"


def _area_title(code: str | None) -> str:
    return BY_CODE[code].name if code is not None else "Nhiệm vụ chưa xác định lĩnh vực"


# ------------------------------------------------------------------------------- the outline

def _section(written: Text | None, facts: Text) -> Text:
    """The staff's text when written; else the placeholder and the facts, as a draft."""
    if written:
        return written
    return (Paragraph(PLACEHOLDER, "placeholder"), *facts)


def outline(report: Report, narrative: Narrative | None) -> tuple[Part, ...]:
    """Sections I–V of the báo cáo, as every format prints them."""
    n = narrative or Narrative()
    parts: list[Part] = []
    direction_facts = area_facts(report, DIRECTION_AREA)
    direction_written = (*(n.direction or ()), *n.areas.get(DIRECTION_AREA, ())) or None
    parts.append(Part("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", 1, _section(direction_written, direction_facts)))
    parts.append(Part("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", 1,
                      _section(n.results_intro, summary(report))))
    for index, code in enumerate(_area_codes(report), 1):
        parts.append(Part(f"{index}. {_area_title(code)}", 2,
                          _section(n.areas.get(_area_key(code)), area_facts(report, code))))
    parts.append(Part("III. ĐÁNH GIÁ CHUNG", 1))
    parts.append(Part("1. Ưu điểm", 2, _section(n.strengths, strengths_facts(report))))
    parts.append(Part("2. Tồn tại, hạn chế", 2, _section(n.weaknesses, weaknesses_facts(report))))
    parts.append(Part("3. Nguyên nhân", 2, _section(n.causes, ())))
    parts.append(Part("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", 1, _section(n.next_period, next_period_facts(report))))
    parts.append(Part("V. ĐỀ XUẤT, KIẾN NGHỊ", 1, _section(n.proposals, proposals_facts(report))))
    return tuple(parts)


# ------------------------------------------------------------------------------- the draft file

def _yaml_text(text: Text) -> list[Any]:
    """Paragraphs as YAML items: runs of bullets become one ``bullets:`` group."""
    items: list[Any] = []
    for paragraph in text:
        if paragraph.kind == "bullet":
            if items and isinstance(items[-1], dict):
                items[-1]["bullets"].append(paragraph.text)
            else:
                items.append({"bullets": [paragraph.text]})
        else:
            items.append(paragraph.text)
    return items or [PLACEHOLDER]


def draft(report: Report, schema_ref: str = "") -> str:
    """The narrative file ``cchc report new`` writes: the document fields taken from the plan,
    and each section pre-filled with the facts as sentences for staff to rewrite; a section with
    no facts holds the placeholder."""
    import yaml

    assert report.period is not None and len(report.plans) == 1
    plan = report.plans[0]
    document = report_document(report, None)
    doc: dict[str, Any] = {"number": None, "symbol": document.symbol,
                           "date": f"{report.period.end.year}-{report.period.end.month:02d}"}
    if document.place:
        doc["place"] = document.place
    doc["issuer"] = document.issuer
    if document.parent_body:
        doc["parent_body"] = document.parent_body
    if document.signer is not None:
        doc["signer"] = {"authority_lines": list(document.signer.authority_lines),
                         "position": document.signer.position, "name": document.signer.name}
    doc["recipients"] = list(document.recipients)
    data: dict[str, Any] = {
        "version": 1,
        "plan": plan.id,
        "period": report.period.code,
        "document": doc,
        "direction": _yaml_text(area_facts(report, DIRECTION_AREA)),
        "results": {
            "intro": _yaml_text(summary(report)),
            "areas": {_area_key(code): _yaml_text(area_facts(report, code)) for code in _area_codes(report)},
        },
        "assessment": {
            "strengths": _yaml_text(strengths_facts(report)),
            "weaknesses": _yaml_text(weaknesses_facts(report)),
            "causes": _yaml_text(()),
        },
        "next_period": _yaml_text(next_period_facts(report)),
        "proposals": _yaml_text(proposals_facts(report)),
    }
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    header = (f"# yaml-language-server: $schema={schema_ref}\n" if schema_ref else "") + (
        f"# Báo cáo kết quả thực hiện công tác cải cách hành chính {report.period.label}: phần lời.\n"
        "# Bản nháp do cchc report new tạo từ số liệu ngày "
        f"{short(report.as_of)}: sửa lại lời văn, điền số, ngày, nơi nhận;\n"
        f"# thay mọi dòng \"{PLACEHOLDER}\". Số liệu ở Phụ lục luôn do cchc tính lại.\n")
    return header + body


def write_draft(report: Report, target: Path) -> Path:
    """Write :func:`draft` to ``target`` atomically without ever replacing a file
    (``FileExistsError`` when ``target`` exists). Returns ``target``."""
    from cchc.base.atomic import write_new_file
    from cchc.checking.schema_copy import schema_reference

    data = draft(report, schema_reference(target.absolute().parent, "report.schema.json")).encode("utf-8")
    write_new_file(target, data, exclusive=True)
    return target
