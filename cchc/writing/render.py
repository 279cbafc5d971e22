"""Rendering through templates: the Jinja environment, the Vietnamese formatting filters, and
the plan → Markdown/HTML documents.

The built-in templates are ``cchc/templates/`` (the repository's ``templates/`` holds copies: copy
one and pass ``--template`` to restyle). They run in Jinja's
``SandboxedEnvironment`` with ``StrictUndefined``: a template cannot reach Python internals, and a
misspelt variable is an error naming the template line instead of silently printing nothing. A
user's template is one self-contained file: its loader serves that file only, and ``include``,
``import``, ``from … import`` and ``extends`` are refused, so a template cannot read other files
(the built-in templates may use each other). Every failure is a :class:`TemplateProblem` in
Vietnamese naming the template file and line, never a traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc.base.i18n import N_, tr
from cchc.reading.columns import column_text
from cchc.reading.model import DOCUMENT_TYPES, Block, PartialDate, Plan, Section, Task
from cchc.reading.numbering import int_to_roman
from cchc.reading.vnformat import (
    BLANK_DAY,
    agencies_cell,
    signature_lines,
    task_details,
    task_number,
    vietnamese_date_line,
)
from cchc.reading.vnformat import number_line as vn_number_line

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"


class TemplateProblem(Exception):
    """A template could not be rendered: says which template, which line, and why (in Vietnamese),
    with a hint when there is something to do about it."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


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


def task_cell(task: Task, which: str) -> str:
    """The lead or support cell of a task as the source prints it."""
    if which == "lead":
        return agencies_cell(task.lead, task.lead_text)
    return agencies_cell(task.support, task.support_text)


def task_label(task: Task) -> str:
    """The bullet or number a body task is printed with ("-", "1.", "a)", or "" when none)."""
    return task_number(task)


def signer_lines(document: Any) -> list[str]:
    """The signature block's lines above the name, the position printed once."""
    signer = document.signer
    return signature_lines(signer.authority_lines, signer.position) if signer else []


def block_heading(block: Block | Section) -> str:
    parts = [p for p in (block.number, block.title) if p]
    return " ".join(parts)


# --------------------------------------------------------------------------- the environment

def _one_file_loader(path: Path) -> Any:
    """The loader of a user's template: it serves that one file and nothing else.

    A template given with ``--template`` may come from a stranger's pull request; it must not be able
    to read other files (``{% include "../../.env" %}``, or anything below its own folder). The file
    is read once, so the text that :func:`_self_contained` checks is the text that is compiled; every
    other name is refused (``TemplateNotFound``, reported with the template line).
    """
    from jinja2 import BaseLoader, TemplateNotFound

    name, filename = path.name, str(path.resolve())
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateProblem(tr("Mẫu {path} không phải văn bản UTF-8.", path=path),
                              tr("Lưu mẫu bằng mã hóa UTF-8.")) from None
    except OSError as exc:
        from cchc.base.oserrors import os_error_text

        raise TemplateProblem(tr("Không đọc được mẫu {path}: {error}.", path=path, error=os_error_text(exc))) from None

    class OneFileLoader(BaseLoader):
        def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
            if template != name:
                raise TemplateNotFound(template)
            return source, filename, lambda: True

    return OneFileLoader()


@dataclass(frozen=True)
class Renderer:
    """A sandboxed Jinja environment: the built-in templates of ``cchc/templates/``, or exactly one
    user template (``user``) that cannot include, import or extend anything."""

    user: Path | None = None

    def environment(self, autoescape: bool, markdown: bool = False) -> Any:
        """The sandboxed environment. ``autoescape`` for HTML output; ``markdown`` passes every
        ``{{ … }}`` value through :func:`cchc.base.text.md_safe`, so plan text cannot open raw HTML or
        a comment in any Markdown template — cchc's own or a user's — whatever filters it uses."""
        from jinja2 import FileSystemLoader, StrictUndefined
        from jinja2.sandbox import SandboxedEnvironment
        from markupsafe import Markup

        loader = _one_file_loader(self.user) if self.user is not None else FileSystemLoader(str(TEMPLATE_DIR))
        env = SandboxedEnvironment(
            loader=loader,
            undefined=StrictUndefined,
            autoescape=autoescape,
            finalize=_md_finalize if markdown else None,
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
            "task_details": task_details,
            "heading": block_heading,
            "column_cell": column_text,
        })
        env.globals.update({
            "QUOC_HIEU": QUOC_HIEU,
            "TIEU_NGU": TIEU_NGU,
            "date_line": date_line,
            "number_line": number_line,
            "signer_lines": signer_lines,
            "DOCUMENT_TYPES": DOCUMENT_TYPES,
            "CCHC_CSS": Markup(builtin_css()),
        })
        return env

    def render(self, name: str, context: dict[str, Any], fmt: str | None = None) -> str:
        """Render template ``name``. HTML escaping follows the output format ``fmt`` ("html"
        escapes, "md" does not), never the template's file name: a copy of ``plan.html.j2`` saved
        as ``bao-cao.j2`` and used for ``--format html`` escapes plan text all the same. Without
        ``fmt`` (cchc's own site templates) the built-in name decides."""
        env = self.environment(autoescape=_autoescape(name, fmt), markdown=_markdown(name, fmt))
        with self._located(name):
            if self.user is not None:
                _self_contained(env, name, self._shown)
            template = env.get_template(name)
            return str(template.render(**context))
        raise AssertionError("unreachable")  # pragma: no cover - _located re-raises

    def check(self, name: str, fmt: str | None = None) -> None:
        """Compile template ``name`` without rendering it: a syntax error, or a user template that
        reads another file, is a :class:`TemplateProblem` naming the file and line before any
        output is written."""
        env = self.environment(autoescape=_autoescape(name, fmt))
        with self._located(name):
            if self.user is not None:
                _self_contained(env, name, self._shown)
            env.get_template(name)

    @contextlib.contextmanager
    def _located(self, name: str) -> Iterator[None]:
        """Every failure inside as a :class:`TemplateProblem` naming the template file and line."""
        from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError
        from jinja2.exceptions import UndefinedError
        from jinja2.sandbox import SecurityError

        shown = self._shown
        try:
            yield
        except TemplateProblem:
            raise
        except TemplateNotFound as error:
            if self.user is None:
                raise TemplateProblem(tr("Không tìm thấy mẫu \"{name}\".", name=name)) from None
            raise TemplateProblem(tr("Mẫu {where}: mẫu riêng không được đọc tệp khác (“{name}”).",
                                     where=_where(error, shown, str(self.user)), name=error.name),
                                  tr(_SELF_CONTAINED_HINT)) from None
        except TemplateSyntaxError as error:
            where = shown(error.filename) if error.filename else name
            raise TemplateProblem(tr("Mẫu {where}, dòng {line}: lỗi cú pháp Jinja ({problem}).",
                                     where=where, line=error.lineno, problem=_jinja_text(error)),
                                  tr("Sửa dòng này theo cú pháp Jinja ({{ biến }}, {% if %}…{% endif %}).")) from None
        except SecurityError as error:
            raise TemplateProblem(tr("Mẫu {where}: bị chặn vì không an toàn: {problem}.",
                                     where=_where(error, shown, name), problem=_security_text(error)),
                                  tr("Mẫu chỉ được dùng dữ liệu của kế hoạch và các bộ lọc cchc cung cấp; "
                                     "hộp cát không cho với tới nội tạng Python.")) from None
        except UndefinedError as error:
            raise TemplateProblem(tr("Mẫu {where}: biến không tồn tại ({problem}).",
                                     where=_where(error, shown, name), problem=_jinja_text(error)),
                                  tr("Kiểm tra chính tả tên biến và thuộc tính (xem các mẫu có sẵn trong "
                                     "templates/).")) from None
        except TemplateError as error:
            raise TemplateProblem(tr("Mẫu {where}: {problem}.", where=_where(error, shown, name),
                                     problem=_jinja_text(error))) from None
        except Exception as error:  # noqa: BLE001 - 1/0, range(10**9)… in a template: a message, not a traceback
            raise TemplateProblem(tr("Mẫu {where}: {problem}.", where=_where(error, shown, name),
                                     problem=_runtime_text(error)),
                                  tr("Sửa biểu thức ở dòng này của mẫu.")) from None

    def _shown(self, filename: str | None) -> str:
        """How a template file is named in messages: the user's path as given, or the built-in name."""
        if filename is None:
            return "?"
        if self.user is not None and filename == str(self.user.resolve()):
            return str(self.user)
        try:
            return Path(filename).relative_to(TEMPLATE_DIR).as_posix()
        except ValueError:
            return filename


_LOADING_TAGS = {"Include": "include", "Import": "import", "FromImport": "from … import", "Extends": "extends"}


def _self_contained(env: Any, name: str, shown: Any) -> None:
    """Refuse a user template that names another template (include, import, from … import, extends):
    such a tag would read a file the user did not give. Says which tag, on which line."""
    from jinja2 import nodes

    source, filename, _ = env.loader.get_source(env, name)
    tree = env.parse(source, name, filename)
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        tag = _LOADING_TAGS[type(node).__name__]
        raise TemplateProblem(
            tr("Mẫu {where}, dòng {line}: mẫu riêng không được đọc tệp khác ({{% {tag} %}}); mẫu riêng phải là "
               "một tệp duy nhất, tự chứa.", where=shown(filename), line=node.lineno, tag=tag),
            tr(_SELF_CONTAINED_HINT))


_SELF_CONTAINED_HINT = N_("Chép phần cần dùng vào thẳng mẫu; kiểu trình bày có sẵn của cchc nằm trong biến "
                          "{{ CCHC_CSS }}.")


@functools.cache
def builtin_css() -> str:
    """The stylesheet of the built-in HTML documents (``cchc/templates/_style.css.j2`` without its leading
    comment), given to every template as ``CCHC_CSS``: a copied template keeps cchc's look without
    including a file."""
    import re

    text = (TEMPLATE_DIR / "_style.css.j2").read_text(encoding="utf-8")
    return re.sub(r"\A\{#.*?#\}\s*", "", text, flags=re.DOTALL).rstrip("\n")


def _where(error: BaseException, shown: Any, fallback: str) -> str:
    """"plan.md.j2, dòng 3": the innermost template frame of the traceback, which Jinja rewrites so
    that template code carries the template's file name and line."""
    tb = error.__traceback__
    place: tuple[str, int] | None = None
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:  # a frame Jinja made for template code
            place = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    if place is None:
        return tr("{file}, dòng {line}", file=fallback, line="?")
    return tr("{file}, dòng {line}", file=shown(place[0]), line=place[1])


def _jinja_text(error: Any) -> str:
    """Jinja's English message in Vietnamese for the common cases; otherwise quoted as Jinja said it."""
    import re

    text = str(getattr(error, "message", None) or error).strip().rstrip(".")
    for pattern, vietnamese in _JINJA_MESSAGES:
        match = re.fullmatch(pattern, text, flags=re.DOTALL)
        if match:
            return tr(vietnamese).format(*(group or "" for group in match.groups()))
    return tr("Jinja báo: “{text}”", text=text)


_JINJA_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"'(?:(.+?) object|(.+?))' has no attribute '(.+?)'", N_("“{0}{1}” không có thuộc tính “{2}”")),
    (r"'(.+?)' is undefined", N_("“{0}” chưa được định nghĩa")),
    (r"No filter named '(.+?)'(?: found)?", N_("không có bộ lọc “{0}”")),
    (r"No test named '(.+?)'(?: found)?", N_("không có phép thử “{0}”")),
    (r"Unexpected end of template\..*", N_("mẫu kết thúc khi một khối ({{% if %}}, {{% for %}}…) chưa đóng")),
    (r"Encountered unknown tag '(.+?)'.*", N_("thẻ “{{% {0} %}}” không có hoặc đứng sai chỗ")),
    (r"unexpected '(.+?)'", N_("ký tự “{0}” đứng sai chỗ")),
    (r"unexpected end of template, expected '(.+?)'", N_("mẫu kết thúc khi còn thiếu “{0}”")),
    (r"expected token '(.+?)', got '(.+?)'", N_("cần “{0}” nhưng gặp “{1}”")),
    (r"unexpected char '(.+?)' at \d+", N_("ký tự “{0}” không hợp lệ")),
)


def _security_text(error: BaseException) -> str:
    import re

    text = str(error)
    match = re.fullmatch(r"access to attribute '(.+?)' of '(.+?)' object is unsafe\.?", text)
    if match:
        return tr("mẫu không được truy cập thuộc tính “{name}” của đối tượng kiểu “{kind}” (nội tạng Python)",
                  name=match.group(1), kind=match.group(2))
    match = re.fullmatch(r"(.+) is not safely callable", text, flags=re.DOTALL)
    if match:
        return tr("mẫu không được gọi “{name}” (hàm không an toàn)", name=match.group(1)[:80])
    return tr("mẫu làm một thao tác không an toàn")


_RUNTIME_TEXTS: tuple[tuple[type[BaseException], str], ...] = (
    (ZeroDivisionError, N_("chia cho 0")),
    (OverflowError, N_("số quá lớn, hoặc range() vượt 100.000 phần tử mà hộp cát cho phép")),
    (RecursionError, N_("macro gọi chính nó quá nhiều lần")),
    (MemoryError, N_("mẫu cần quá nhiều bộ nhớ")),
    (TypeError, N_("phép toán hoặc lời gọi sai kiểu dữ liệu")),
    (ValueError, N_("giá trị không hợp lệ cho phép toán này")),
    (LookupError, N_("không có phần tử hay khóa này")),
)


def _runtime_text(error: BaseException) -> str:
    for kind, text in _RUNTIME_TEXTS:
        if isinstance(error, kind):
            return tr("lỗi khi chạy mẫu: {problem} ({kind})", problem=tr(text), kind=type(error).__name__)
    return tr("lỗi khi chạy mẫu ({kind})", kind=type(error).__name__)


def _markdown(name: str, fmt: str | None) -> bool:
    if fmt is not None:
        return fmt == "md"
    return name.endswith((".md.j2", ".md"))


def _md_finalize(value: Any) -> Any:
    from markupsafe import Markup

    from cchc.base.text import md_safe

    return md_safe(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _autoescape(name: str, fmt: str | None) -> bool:
    if fmt is not None:
        return fmt == "html"
    return name.endswith((".html.j2", ".html"))


def renderer_for(template: Path | None) -> tuple[Renderer, str | None]:
    """The renderer, and the template name to use when the user gave their own file."""
    if template is None:
        return Renderer(), None
    return Renderer(template), template.name


# -------------------------------------------------------------------------------- Markdown helpers

def md_cell(text: Any) -> str:
    """Text for a Markdown table cell: raw HTML neutralised (:func:`cchc.base.text.md_safe`), pipes
    escaped, line breaks as <br>."""
    from cchc.base.text import md_safe

    value = md_safe("" if text is None else str(text))
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")


def md_text(text: Any) -> str:
    """A paragraph for Markdown: kept verbatim except what would turn into markup by accident,
    raw HTML and comment openers included (:func:`cchc.base.text.md_safe`)."""
    from cchc.base.text import md_safe

    value = md_safe("" if text is None else str(text))
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
    return tidy(renderer.render(name, plan_context(plan), fmt), fmt)


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
        from cchc.writing.report import chart_png

        chart = base64.b64encode(chart_png(report)).decode("ascii")
    from cchc.deriving.targets import VERDICT_LABELS

    return {"report": report, "grid": report.grid, "chart": chart, "verdict_labels": VERDICT_LABELS}


def render_report_text(report: Any, fmt: str, template: Path | None = None) -> str:
    """The report as Markdown (``md``) or HTML (``html``, with the chart embedded)."""
    renderer, custom = renderer_for(template)
    name = custom or {"md": "report.md.j2", "html": "report.html.j2"}[fmt]
    return tidy(renderer.render(name, report_context(report, with_chart=fmt == "html"), fmt), fmt)
