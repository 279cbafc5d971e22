"""Rendering through templates: the Jinja environment, the Vietnamese formatting filters, and
the plan → Markdown/HTML documents.

Templates live in ``templates/`` (copy one and pass ``--template`` to restyle). They run in Jinja's
``SandboxedEnvironment`` with ``StrictUndefined``: a template cannot reach Python internals, and a
misspelt variable is an error naming the template line instead of silently printing nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc.model import DOCUMENT_TYPES, Block, PartialDate, Plan, Section, Task
from cchc.numbering import int_to_roman
from cchc.vnformat import BLANK_DAY, agencies_cell, vietnamese_date_line
from cchc.vnformat import number_line as vn_number_line

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"


class TemplateProblem(Exception):
    """A template could not be rendered: says which template, which line, and why (in Vietnamese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# ------------------------------------------------------------------------ Vietnamese formatting

def day_text(day: int | None) -> str:
    """NĐ 30: days below 10 take a leading zero."""
    return BLANK_DAY if day is None else f"{day:02d}"


def month_text(month: int | None) -> str:
    """NĐ 30: months 1 and 2 take a leading zero ("tháng 01", "tháng 02", "tháng 9")."""
    if month is None:
        return BLANK_DAY
    return f"{month:02d}" if month < 3 else str(month)


def date_line(place: str | None, date: PartialDate | None, fallback_year: int | None = None) -> str:
    """"Nam Định, ngày 29 tháng 9 năm 2021" — blanks kept where the source leaves them blank."""
    return vietnamese_date_line(place, date, fallback_year)


def long_date(day: dt.date) -> str:
    return f"ngày {day_text(day.day)} tháng {month_text(day.month)} năm {day.year}"


def short_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def number_line(plan: Plan) -> str:
    """"Số: 111/KH-UBND"; a blank number stays blank ("Số:      /QĐ-UBND")."""
    document = plan.document
    return vn_number_line(document.number, document.symbol, document.abbreviation)


def type_title(plan: Plan) -> str:
    return plan.document.type.upper()


def task_cell(task: Task, which: str) -> str:
    """The lead or support cell of a task as the source prints it."""
    if which == "lead":
        return agencies_cell(task.lead, task.lead_text)
    return agencies_cell(task.support, task.support_text)


def task_label(task: Task) -> str:
    return task.marker if task.marker else task.id


def block_heading(block: Block | Section) -> str:
    parts = [p for p in (block.number, block.title) if p]
    return " ".join(parts)


# --------------------------------------------------------------------------- the environment

@dataclass(frozen=True)
class Renderer:
    """A sandboxed Jinja environment over ``templates/`` (or the folder of a user's template)."""

    search: tuple[Path, ...]

    def environment(self, autoescape: bool) -> Any:
        from jinja2 import FileSystemLoader, StrictUndefined
        from jinja2.sandbox import SandboxedEnvironment

        env = SandboxedEnvironment(
            loader=FileSystemLoader([str(p) for p in self.search]),
            undefined=StrictUndefined,
            autoescape=autoescape,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters.update({
            "roman": int_to_roman,
            "short_date": short_date,
            "long_date": long_date,
            "md_cell": md_cell,
            "md_text": md_text,
            "percent": percent,
            "agencies_cell": task_cell,
            "task_label": task_label,
            "heading": block_heading,
        })
        env.globals.update({
            "QUOC_HIEU": QUOC_HIEU,
            "TIEU_NGU": TIEU_NGU,
            "date_line": date_line,
            "number_line": number_line,
            "DOCUMENT_TYPES": DOCUMENT_TYPES,
        })
        return env

    def render(self, name: str, context: dict[str, Any]) -> str:
        from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError
        from jinja2.exceptions import UndefinedError
        from jinja2.sandbox import SecurityError

        env = self.environment(autoescape=name.endswith((".html.j2", ".html")))
        try:
            template = env.get_template(name)
            return str(template.render(**context))
        except TemplateNotFound:
            raise TemplateProblem(f"Không tìm thấy mẫu \"{name}\".") from None
        except TemplateSyntaxError as error:
            raise TemplateProblem(f"Mẫu {error.filename or name}, dòng {error.lineno}: lỗi cú pháp Jinja "
                                  f"({error.message}).") from None
        except SecurityError as error:
            raise TemplateProblem(f"Mẫu {name} bị chặn vì truy cập thuộc tính không an toàn ({error}); "
                                  "mẫu chỉ được dùng dữ liệu của kế hoạch.") from None
        except UndefinedError as error:
            raise TemplateProblem(f"Mẫu {name}, dòng {_template_line(error, name)}: biến không tồn tại "
                                  f"({error.message}).") from None
        except TemplateError as error:
            raise TemplateProblem(f"Mẫu {name}, dòng {_template_line(error, name)}: {error}.") from None


def _template_line(error: BaseException, name: str) -> str:
    """The line of the template where rendering failed, from the traceback."""
    tb = error.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(name) or "template" in tb.tb_frame.f_code.co_name:
            line = tb.tb_lineno
        tb = tb.tb_next
    return str(line) if line is not None else "?"


def renderer_for(template: Path | None) -> tuple[Renderer, str | None]:
    """The renderer, and the template name to use when the user gave their own file."""
    if template is None:
        return Renderer((TEMPLATE_DIR,)), None
    return Renderer((template.resolve().parent, TEMPLATE_DIR)), template.name


# -------------------------------------------------------------------------------- Markdown helpers

def md_cell(text: Any) -> str:
    """Text for a Markdown table cell: pipes escaped, line breaks as <br>."""
    value = "" if text is None else str(text)
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")


def md_text(text: Any) -> str:
    """A paragraph for Markdown: kept verbatim except what would turn into markup by accident."""
    value = "" if text is None else str(text)
    if value.startswith(("#", ">", "+ ", "* ")):
        value = "\\" + value
    return value


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%".replace(".", ",")


# ------------------------------------------------------------------------------- plan documents

def plan_context(plan: Plan) -> dict[str, Any]:
    return {"plan": plan, "document": plan.document}


def render_plan_text(plan: Plan, fmt: str, template: Path | None = None) -> str:
    """The plan as Markdown (``md``) or HTML (``html``)."""
    renderer, custom = renderer_for(template)
    name = custom or {"md": "plan.md.j2", "html": "plan.html.j2"}[fmt]
    return tidy(renderer.render(name, plan_context(plan)), fmt)


def tidy(text: str, fmt: str) -> str:
    """Collapse the blank lines that template control blocks leave behind (Markdown only)."""
    import re

    if fmt != "md":
        return text
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# ------------------------------------------------------------------------------------ reports

def report_context(report: Any, with_chart: bool = False) -> dict[str, Any]:
    import base64

    chart = ""
    if with_chart:
        from cchc.report import chart_png

        chart = base64.b64encode(chart_png(report)).decode("ascii")
    from cchc.targets import VERDICT_LABELS

    return {"report": report, "grid": report.grid, "chart": chart, "verdict_labels": VERDICT_LABELS}


def render_report_text(report: Any, fmt: str, template: Path | None = None) -> str:
    """The report as Markdown (``md``) or HTML (``html``, with the chart embedded)."""
    renderer, custom = renderer_for(template)
    name = custom or {"md": "report.md.j2", "html": "report.html.j2"}[fmt]
    return tidy(renderer.render(name, report_context(report, with_chart=fmt == "html")), fmt)
