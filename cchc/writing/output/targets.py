"""Writers for ``cchc targets``: table (rich), json, csv (UTF-8 with BOM), markdown.

JSON: ``{"as_of", "summary": {verdict: count}, "targets": [{"plan", "id", "area", "text", "comparison",
"goal", "unit", "year", "latest", "verdict", "rule", "parts"}]}``; fields may be added, never renamed.
"""

from __future__ import annotations

import json
from typing import TextIO

from cchc.base import csvfile
from cchc.base.i18n import N_, tr
from cchc.deriving.targets import (
    VERDICT_LABELS,
    TargetsReport,
    TargetVerdict,
    fmt_number,
    goal_text,
)
from cchc.writing.output.console import make_console

COLUMNS = (N_("Kế hoạch"), N_("Mã"), N_("Chỉ tiêu"), N_("Mục tiêu"), N_("Năm"), N_("Kết quả mới nhất"), N_("Đánh giá"),
           N_("Căn cứ đánh giá"))
STYLES = {"met": "bold green", "not_met": "bold red", "on_track": "green", "at_risk": "bold yellow", "no_data": "dim"}


def _goal(item: TargetVerdict) -> str:
    measure = item.target.measure
    if measure is None:
        return ""
    if len(item.parts) > 1:
        return "; ".join(f"{p.label} {goal_text(measure, p.goal)}" for p in item.parts)
    return goal_text(measure, item.parts[0].goal)


def _latest(item: TargetVerdict) -> str:
    latest = item.latest
    if latest is None:
        return ""
    unit = item.target.measure.unit if item.target.measure else None
    return f"{fmt_number(latest.value, unit)} ({latest.date:%d/%m/%Y})"


def _cells(item: TargetVerdict) -> list[str]:
    return [item.plan.id, item.target.id or "", item.target.text, _goal(item), str(item.year), _latest(item),
            tr(VERDICT_LABELS[item.verdict]), item.rule]


def summary_line(report: TargetsReport) -> str:
    counts = report.counts()
    parts = [f"{tr(VERDICT_LABELS[v])}: {n}" for v, n in counts.items() if n]
    return (tr("Tính đến ngày {date:%d/%m/%Y}: {count} chỉ tiêu", date=report.as_of, count=len(report.items))
            + " — " + "; ".join(parts) + ".")


def write_json(report: TargetsReport, stream: TextIO) -> None:
    json.dump({"as_of": report.as_of.isoformat(), "summary": report.counts(),
               "targets": [item.to_json() for item in report.items]}, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_csv(report: TargetsReport, stream: TextIO) -> None:
    csvfile.write(stream, [*map(tr, COLUMNS), "verdict"], ([*_cells(item), item.verdict] for item in report.items))


def write_markdown(report: TargetsReport, stream: TextIO) -> None:
    from cchc.base.text import md_safe

    stream.write("# " + tr("Kết quả thực hiện chỉ tiêu") + f"\n\n{summary_line(report)}\n\n")
    stream.write("| " + " | ".join(map(tr, COLUMNS)) + " |\n|" + "---|" * len(COLUMNS) + "\n")
    for item in report.items:
        stream.write("| " + " | ".join(md_safe(c).replace("|", "\\|").replace("\n", " ") for c in _cells(item))
                     + " |\n")


def write_table(report: TargetsReport, stream: TextIO) -> None:
    from rich.table import Table
    from rich.text import Text

    console = make_console(stream)
    table = Table(title=tr("Chỉ tiêu — tính đến ngày {date:%d/%m/%Y}", date=report.as_of), title_justify="left",
                  expand=True)
    for index, column in enumerate(COLUMNS):
        table.add_column(tr(column), overflow="fold", ratio=(5 if index == 2 else 3 if index == 7 else 1))
    for item in report.items:
        cells = _cells(item)
        table.add_row(*cells[:6], Text(cells[6], style=STYLES[item.verdict]), cells[7])
    console.print(table)
    console.print(summary_line(report), soft_wrap=True)
