"""The command line: a thin typer layer mapping options to library calls and exit codes.

Exit codes: 0 success, 1 problems found (errors; warnings too with --strict), 2 could not run.
Heavy modules are imported inside the commands so that ``cchc --help`` stays fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from cchc import __version__
from cchc.base.i18n import N_, data_list, tr
from cchc.base.oserrors import os_error_text
from cchc.base.text import visible

app = typer.Typer(
    name="cchc",
    help="Kế hoạch cải cách hành chính dạng mã: kiểm tra kế hoạch, theo dõi tiến độ, in kế hoạch và báo cáo.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class LintFormat(str, Enum):
    auto = "auto"
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class RulesFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cchc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True,
                                                    help="In phiên bản và thoát.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", metavar="vi|en", help=(
        "Ngôn ngữ thông báo: vi (mặc định) hoặc en; cũng đặt được bằng biến CCHC_LANG. "
        "Văn bản in ra (render, report, site) luôn bằng tiếng Việt."))] = None,
) -> None:
    """Kế hoạch cải cách hành chính dạng mã."""
    if lang is not None:  # main() takes --lang off the command line first; this serves other callers
        from cchc.base.i18n import UnknownLanguage, set_language

        try:
            set_language(lang)
        except UnknownLanguage as problem:
            raise _fail(problem.message) from None


def _config() -> Any:
    from cchc.reading.config import ConfigProblem, load_config

    try:
        return load_config()
    except ConfigProblem as problem:
        _stderr(f"cchc: {problem.message}")
        raise typer.Exit(2) from None


def _stderr(message: str) -> None:
    """A human message on stderr; plan text and file names in it are shown visibly (``\\x1b``)."""
    sys.stderr.write(visible(message) + "\n")


_EXACT_FORMATS = frozenset({"json", "csv", "yaml", "sarif"})  # data kept exact; every other format is text


def _human(format: Any) -> bool:
    """Whether output format ``format`` is read by a person (text, table, markdown, github…)."""
    return str(getattr(format, "value", format)) not in _EXACT_FORMATS


@app.command()
def lint(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Tệp hoặc thư mục kế hoạch (mặc định: plans/).", show_default=False,
        readable=False)] = None,  # an unreadable file is a located Y003 of its own, not a refusal of the run
    format: Annotated[LintFormat, typer.Option(
        "--format", "-f", help="Định dạng kết quả: text, json, github, sarif; auto chọn github khi chạy trong GitHub Actions.",
        case_sensitive=False)] = LintFormat.auto,
    strict: Annotated[bool, typer.Option("--strict", help="Coi cảnh báo là lỗi (mã thoát 1).")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Ghi kết quả vào tệp thay vì màn hình.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Không dùng bộ nhớ đệm kết quả (đọc lại mọi tệp).")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Số tiến trình đọc song song (mặc định: số lõi CPU).")] = None,
    only_plans: Annotated[bool, typer.Option("--only-plans", help=(
        "Chỉ kiểm tra các tệp nằm trong thư mục kế hoạch (thư mục ghi trong cchc.toml, mặc định plans/), bỏ qua "
        "tệp khác được ghi trên dòng lệnh (dùng cho pre-commit)."))] = False,
) -> None:
    """Kiểm tra kế hoạch: cú pháp YAML, định dạng (lược đồ) và các quy tắc nội dung.

    Mã thoát: 0 không có lỗi; 1 có lỗi (cả cảnh báo nếu dùng --strict); 2 không chạy được.
    """
    from cchc.checking.lint import lint_paths
    from cchc.writing.output import FORMATS, resolve

    targets = list(paths) if paths else [_config().plans]
    if only_plans and paths:
        from cchc.checking.lint import within

        folder = _config().plans
        targets = [path for path in paths if within(path, folder)]
        if len(targets) < len(paths):
            _stderr("cchc: " + tr("bỏ qua {count} tệp không nằm trong thư mục kế hoạch {folder}.",
                                  count=len(paths) - len(targets), folder=folder))
        if not targets:
            raise typer.Exit(0)
    result = lint_paths(targets, models=False, **_speed(no_cache, jobs))
    _settled()
    _warn_stale_schema(targets)
    for missing in result.missing:
        _stderr("cchc: " + tr("không tìm thấy tệp hoặc thư mục \"{path}\".", path=missing))
    _default_missing(paths, result.missing)
    if result.missing and not result.files:
        raise typer.Exit(2)
    if result.crashed:
        _stderr("cchc: " + tr("một tiến trình kiểm tra con bị dừng đột ngột (có thể do hết bộ nhớ); {count} tệp chưa có "
                              "kết quả đã được kiểm tra lại trong tiến trình chính và kết quả dưới đây là đầy đủ, nhưng lần chạy "
                              "kết thúc với mã thoát 2 để báo sự cố này.", count=result.crashed))
        _stderr("  " + tr("gợi ý: {hint}", hint=tr("Chạy lại với --jobs 1, hoặc tăng giới hạn bộ nhớ của máy chạy CI.")))
    writer = FORMATS[resolve(format.value)]
    with _open_output(output, human=_human(resolve(format.value))) as stream:
        writer(result, stream)
    raise typer.Exit(result.exit_code(strict))


def _warn_stale_schema(targets: list[Path]) -> None:
    """One line on stderr when the repository's copy of the schemas (``cchc init``) is not the
    installed cchc's: the editor checks plans against the copy."""
    from cchc.checking.schema_copy import find_schema_copy, stale_schemas

    copy = find_schema_copy(targets[0] if targets else Path("."))
    if copy is not None and stale_schemas(copy):
        _stderr("cchc: " + tr("cảnh báo: lược đồ trong {folder} khác lược đồ của cchc đang cài (phiên bản {version}); "
                              "chạy \"cchc init --update-schema\" để cập nhật.", folder=copy, version=__version__))


@app.command()
def rules(
    format: Annotated[RulesFormat, typer.Option("--format", "-f", help="Định dạng: text, json, markdown.",
                                                case_sensitive=False)] = RulesFormat.text,
    code: Annotated[str | None, typer.Argument(help="Chỉ in một quy tắc (ví dụ T002).", show_default=False)] = None,
) -> None:
    """Liệt kê các quy tắc kiểm tra: mã, tên, mức độ mặc định và hướng dẫn kèm ví dụ."""
    from cchc.checking.ruledoc import render_rules

    try:
        sys.stdout.write(render_rules(format.value, code))
    except KeyError:
        _stderr("cchc: " + tr("không có quy tắc \"{code}\" (xem danh sách bằng cchc rules).", code=code))
        raise typer.Exit(2) from None


@app.command()
def areas() -> None:
    """Liệt kê các lĩnh vực cải cách hành chính (mã dùng trong khóa area)."""
    from cchc.deriving.areas import AREAS

    for area in AREAS:
        typer.echo(f"{area.code:<20} {area.label()}")


class StatusFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def _fail(message: str, code: int = 2) -> typer.Exit:
    _stderr(f"cchc: {message}")
    return typer.Exit(code)


def _template_failed(problem: Any) -> typer.Exit:
    """A template that cannot be used (cchc.writing.render.TemplateProblem): message, hint, exit code 2."""
    _stderr(f"cchc: {problem.message}")
    if problem.hint:
        _stderr(f"  {tr('gợi ý')}: {problem.hint}")
    return typer.Exit(2)


def _parse_date(value: str | None, option: str = "--as-of") -> dt.date:
    import datetime

    if value is None:
        return datetime.date.today()
    text = value.strip()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        try:
            return datetime.date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            pass
    raise _fail(tr("ngày \"{value}\" của {option} không hợp lệ; viết dạng 2021-07-01 hoặc 01/07/2021.",
                   value=value, option=option))


def _split(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out


def _areas(values: list[str] | None) -> tuple[str, ...]:
    from cchc.base.text import fold
    from cchc.deriving.areas import AREAS

    out = []
    for value in _split(values):
        key = fold(value).replace("_", " ")
        match = next((a.code for a in AREAS if key in (fold(a.code).replace("_", " "), fold(a.name), fold(a.short))),
                     None)
        if match is None:
            raise _fail(tr("lĩnh vực \"{value}\" không có; xem danh sách bằng cchc areas.", value=value))
        out.append(match)
    return tuple(out)


def _states(values: list[str] | None, option: str) -> tuple[str, ...]:
    """States named by code (``overdue``) or by the label the table shows (``Quá hạn``, ``qua han``)."""
    from cchc.deriving.status import STATE_LABELS, STATES, parse_state

    out: list[str] = []
    for value in _split(values):
        state = parse_state(value)
        if state is None:
            raise _fail(tr("trạng thái \"{value}\" của {option} không có; dùng mã hoặc nhãn trong bảng: {states}.",
                           value=value, option=option,
                           states=", ".join(f"{s} ({tr(STATE_LABELS[s])})" for s in STATES)))
        out.append(state)
    return tuple(dict.fromkeys(out))


class Role(str, Enum):
    any = "any"
    lead = "lead"
    support = "support"


RoleOpt = Annotated[Role, typer.Option("--role", case_sensitive=False, help=(
    "Với --agency: lead (nhiệm vụ ghi cơ quan này ở cột chủ trì), support (ở cột phối hợp) hoặc any (cả hai, "
    "kể cả qua nhóm cơ quan; mặc định)."))]


def _role(role: Role, agency: str | None) -> str:
    """``--role`` says which part an ``--agency`` plays: without one it would select nothing new."""
    if role != Role.any and agency is None:
        raise _fail(tr("--role {role} cần --agency (cơ quan chủ trì hoặc phối hợp là cơ quan nào?).", role=role.value))
    return role.value


def _check_agency(agency: str | None, registries: Any) -> None:
    """Stop (exit 2) when ``--agency`` names an agency that no registry of the plans read knows,
    with the closest names as a suggestion: otherwise a typo silently selects nothing."""
    from cchc.deriving.status import agency_known, agency_suggestions

    if agency is None:
        return
    chosen = list(registries)
    if agency_known(agency, chosen):
        return
    close = agency_suggestions(agency, chosen)
    message = tr("cơ quan \"{name}\" của --agency không có trong danh mục cơ quan (agencies.yaml) của các kế hoạch "
                 "đã đọc.", name=agency)
    if close:
        message += " " + tr("Có phải ý bạn là {names}?", names=", ".join(f"\"{name}\"" for name in close))
    raise _fail(message)


def _speed(no_cache: bool = False, jobs: int | None = None) -> dict[str, Any]:
    """The cache (unless --no-cache or CCHC_NO_CACHE) and the number of processes (default: all cores)."""
    import os

    from cchc.reading.cache import Cache, cache_disabled_by_environment, cache_folder

    cache = None if no_cache or cache_disabled_by_environment() else Cache(cache_folder())
    return {"cache": cache, "jobs": jobs if jobs else (os.cpu_count() or 1)}


def _settled() -> None:
    """The files just read stay in memory until the command ends and hold no cycles: move them out
    of the cycle collector's sight, so the output that follows does not make it walk them all
    again (on 2,000 plans, that walking took longer than drawing the table)."""
    import gc

    gc.freeze()


def _workspace(paths: list[Path] | None, no_cache: bool = False, jobs: int | None = None,
               models: bool = True, derive: Any = None) -> Any:
    from cchc.checking.workspace import load_workspace
    from cchc.writing.output.status import duplicate_note

    targets = list(paths) if paths else [_config().plans]
    workspace = load_workspace(targets, models=models, per_file=derive, **_speed(no_cache, jobs))
    _settled()
    for missing in workspace.missing:
        _stderr("cchc: " + tr("không tìm thấy tệp hoặc thư mục \"{path}\".", path=missing))
    _default_missing(paths, workspace.missing)
    for plan_id, files in workspace.duplicates:
        _stderr("cchc: " + duplicate_note(plan_id, files))
    if not workspace.files:
        raise _fail(tr("không có kế hoạch nào đọc được (xem cchc lint).") if workspace.skipped
                    else tr("không có kế hoạch nào đọc được."))
    for path in workspace.skipped:
        _skipped(path)
    for path in workspace.error_files:
        _stderr("cchc: " + tr("chú ý: {path} còn lỗi (chạy cchc lint {path}); số liệu có thể chưa chính xác.", path=path))
    return workspace


def _default_missing(paths: list[Path] | None, missing: tuple[str, ...]) -> None:
    """When the plans folder looked for by default is not there: how it is found."""
    if not paths and missing:
        _stderr("  " + tr("gợi ý: chạy lệnh trong kho kế hoạch (cchc tìm thư mục plans/ từ thư mục hiện tại lên tới "
                          "gốc kho git, hoặc theo plans = … trong cchc.toml), hoặc ghi đường dẫn tới kế hoạch."))


def _skipped(path: str) -> None:
    _stderr("cchc: " + tr("bỏ qua {path}: không đọc được kế hoạch (chạy cchc lint {path} để xem lỗi).", path=path))


@contextlib.contextmanager
def _open_output(output: Path | None, newline: str | None = None, *, human: bool = False) -> Iterator[TextIO]:
    """Standard output, or a buffer that is written to ``output`` atomically once complete;
    ``human`` for a human format: control characters are shown visibly (``\\x1b``), in a file too.

    Like every other writing command (``cchc.authoring.edit.write_new_file``): a temporary file in the
    target folder, flushed and fsynced, then renamed over ``output``, so a reader (or a run killed
    half-way) never sees half a file. ``newline=None`` translates line ends as ``open`` would;
    ``""`` keeps them (CSV writes its own ``\\r\\n``). Nothing is written if the body raises.
    """
    from cchc.writing.output.console import text_stream

    if output is None:
        yield text_stream(sys.stdout) if human else sys.stdout
        return
    import io
    import os

    from cchc.authoring.edit import write_new_file

    buffer = io.StringIO()
    yield text_stream(buffer) if human else buffer
    text = buffer.getvalue()
    if newline is None and os.linesep != "\n":
        text = text.replace("\n", os.linesep)
    try:
        write_new_file(output, text.encode("utf-8"))
    except OSError as exc:
        raise _fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None


@app.command()
def status(
    paths: Annotated[list[Path] | None, typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/).", readable=False,
                                                          show_default=False)] = None,
    as_of: AsOfOpt = None,
    soon: Annotated[int | None, typer.Option("--soon", min=0, help="Số ngày trước hạn được coi là sắp đến hạn (mặc định 14, hoặc theo cchc.toml).")] = None,
    agency: Annotated[str | None, typer.Option("--agency", help="Chỉ nhiệm vụ cơ quan này chủ trì hoặc phối hợp (kể cả qua nhóm).")] = None,
    role: RoleOpt = Role.any,
    area: Annotated[list[str] | None, typer.Option("--area", help="Lĩnh vực (mã hoặc tên; nhiều giá trị cách nhau bằng dấu phẩy).")] = None,
    state: Annotated[list[str] | None, typer.Option("--state", help="Trạng thái: mã (overdue, due_soon, …) hoặc nhãn trong bảng (\"Quá hạn\", \"sap den han\"…); cách nhau bằng dấu phẩy.")] = None,
    due_within: Annotated[int | None, typer.Option("--due-within", min=0, help="Chỉ mốc chưa hoàn thành đến hạn trong số ngày này.")] = None,
    plan: Annotated[list[str] | None, typer.Option("--plan", help="Chỉ kế hoạch có mã (id) hoặc đường dẫn này.")] = None,
    format: Annotated[StatusFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help="Định dạng: table, json, csv, markdown.")] = StatusFormat.table,
    fail_on: Annotated[list[str] | None, typer.Option("--fail-on", help="Trả mã thoát 1 nếu có mốc ở trạng thái này (ví dụ overdue,due_soon).")] = None,
    output: OutputOpt = None,
    rollup: Annotated[bool, typer.Option("--rollup", help="Tổng hợp theo đơn vị: số mốc đúng hạn, quá hạn… trên mọi kế hoạch đơn vị sở hữu hoặc chủ trì.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Không dùng bộ nhớ đệm kết quả (đọc lại mọi tệp).")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Số tiến trình đọc song song (mặc định: số lõi CPU).")] = None,
) -> None:
    """Tình hình thực hiện nhiệm vụ tính đến một ngày: đúng hạn, quá hạn, sắp đến hạn…

    Chỉ dùng nhật ký tiến độ ghi đến ngày --as-of, nên báo cáo cho một ngày trong quá khứ luôn cho
    cùng kết quả.
    """
    from dataclasses import replace

    from cchc.deriving.status import Filters, build_report
    from cchc.writing.output.status import STATUS_WRITERS, write_table

    day = _parse_date(as_of)
    filters = Filters(agency, _areas(area), _states(state, "--state"), due_within, tuple(_split(plan)),
                      role=_role(role, agency))
    fail_states = _states(fail_on, "--fail-on")
    soon_days = soon if soon is not None else _config().soon
    # The plain table (not a terminal) is printed plan by plan, each table drawn by the process that
    # read the plan (the read stage's per-file step) and kept in the cache: see status_tables.
    tables = format == StatusFormat.table and not rollup and (output is not None or not sys.stdout.isatty())
    if tables:
        from cchc.writing.output.status_tables import (
            TableOptions,
            TableStep,
            TableStore,
            plan_tables,
            write_tables,
        )

        cache = _speed(no_cache, jobs)["cache"]
        step = TableStep(TableOptions(day, soon_days, filters), str(TableStore.of(cache).folder) if cache else None)
        workspace = _workspace(paths, no_cache, jobs, models=False, derive=step)
        if agency is not None:  # registries are read only then: a warm run needs none of them
            _check_agency(agency, workspace.agency_registries())
        found, lost = plan_tables(workspace.files, step)
        for path in lost:
            _skipped(path)
        if not found:  # every plan was lost on the way (files changed during the run)
            raise _fail(tr("không có kế hoạch nào đọc được (xem cchc lint)."))
        with _open_output(output, human=True) as stream:
            counts = write_tables(found, sorted((*workspace.skipped, *lost)), day, stream, workspace.duplicates)
        if any(counts[s] for s in fail_states):
            raise typer.Exit(1)
        return
    workspace = _workspace(paths, no_cache, jobs)
    _check_agency(agency, workspace.registries.values())
    filters = replace(filters, registries=workspace.registries)
    report = build_report(workspace.plans, day, soon_days, filters, workspace.skipped, workspace.duplicates)
    with _open_output(output, newline="" if format == StatusFormat.csv else None, human=_human(format)) as stream:
        if rollup:
            from cchc.deriving.links import rollup as build_rollup
            from cchc.writing.output.links import write_rollup

            write_rollup(build_rollup(report, workspace.registries), report, format.value, stream)
        elif format == StatusFormat.table:
            write_table(report, stream)
        else:
            STATUS_WRITERS[format.value](report, stream)
    if fail_states and any(row.state in fail_states for row in report.rows):
        raise typer.Exit(1)


@app.command()
def agencies(
    paths: Annotated[list[Path] | None, typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/).", readable=False,
                                                          show_default=False)] = None,
    as_of: AsOfOpt = None,
    soon: Annotated[int | None, typer.Option("--soon", min=0, help="Số ngày trước hạn được coi là sắp đến hạn (mặc định 14, hoặc theo cchc.toml).")] = None,
    format: Annotated[StatusFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help="Định dạng: table, json, csv, markdown.")] = StatusFormat.table,
    output: OutputOpt = None,
) -> None:
    """Kết quả thực hiện nhiệm vụ theo cơ quan chủ trì: đúng hạn, quá hạn, tỷ lệ đúng hạn."""
    from cchc.deriving.status import agency_table, build_report
    from cchc.writing.output.status import write_agencies

    day = _parse_date(as_of)
    workspace = _workspace(paths)
    report = build_report(workspace.plans, day, soon if soon is not None else _config().soon, None,
                          workspace.skipped)
    lines = agency_table(report, workspace.registries)
    with _open_output(output, newline="" if format == StatusFormat.csv else None, human=_human(format)) as stream:
        write_agencies(lines, report, format.value, stream)


class DeadlineFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def deadline(
    text: Annotated[str, typer.Argument(help="Thời gian hoàn thành như văn bản ghi, ví dụ \"Quý II/2021\".")],
    period: Annotated[str | None, typer.Option("--period", help="Thời kỳ kế hoạch: 2021 hoặc 2021-2025.")] = None,
    issued: Annotated[str | None, typer.Option(
        "--issued", help="Ngày ký kế hoạch (2022-03-15 hoặc 15/03/2022): mốc của \"… kể từ ngày ký\".")] = None,
    format: Annotated[DeadlineFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                   help="Định dạng: text, json.")] = DeadlineFormat.text,
) -> None:
    """Giải thích cách cchc hiểu một "Thời gian hoàn thành": loại, ngày bắt đầu, các mốc hạn."""
    import json

    from cchc.reading.deadline import KIND_LABELS, DeadlineError, PlanPeriod, parse_deadline

    plan_period = None
    if period is not None:
        plan_period = PlanPeriod.parse(period)
        if plan_period is None:
            raise _fail(tr("thời kỳ \"{period}\" không hợp lệ; viết dạng 2021 hoặc 2021-2025.", period=period))
    issued_day = _parse_date(issued, "--issued") if issued is not None else None
    result = parse_deadline(text, plan_period, issued_day)
    if isinstance(result, DeadlineError):
        if format == DeadlineFormat.json:
            sys.stdout.write(json.dumps({"text": text, "error": result.message, "hint": result.hint},
                                        ensure_ascii=False) + "\n")
        _stderr(f"cchc: {result.message}")
        if result.hint:
            _stderr("  " + tr("gợi ý: {hint}", hint=result.hint))
        raise typer.Exit(1)
    if format == DeadlineFormat.json:
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        return
    lines = [tr("Văn bản:   {text}", text=result.text),
             tr("Loại:      {label}", label=tr(KIND_LABELS[result.kind]))]
    if result.start:
        lines.append(tr("Bắt đầu:   {start:%d/%m/%Y}", start=result.start))
    if result.milestones:
        lines.append(tr("Mốc hạn:   {dates}", dates=", ".join(f"{m.due:%d/%m/%Y} [{m.label}]" for m in result.milestones)))
    else:
        lines.append(tr("Mốc hạn:   (không có)"))
    lines.append(tr("Giải thích: {explanation}", explanation=result.explanation))
    sys.stdout.write(visible("\n".join(lines)) + "\n")


class UpdateStatus(str, Enum):
    done = "done"
    doing = "doing"
    blocked = "blocked"
    cancelled = "cancelled"


def _refused(refused: Any) -> typer.Exit:
    _stderr("cchc: " + tr("không cập nhật: {reason}", reason=refused.message))
    if refused.hint:
        _stderr("  " + tr("gợi ý: {hint}", hint=refused.hint))
    _stderr("  " + tr("Tệp không bị thay đổi."))
    return typer.Exit(1)


def _nfc(value: str | None) -> str | None:
    """Text typed on the command line, in NFC (macOS terminals send decomposed Vietnamese)."""
    import unicodedata

    return unicodedata.normalize("NFC", value) if value is not None else None


def _run_edit(plan: Path, record: Any, dry_run: bool, describe: Any) -> None:
    """Run one of cchc.authoring.edit's writing functions and print what it wrote (or would write)."""
    from cchc.authoring.edit import UpdateRefused

    try:
        result = record(dry_run)
    except UpdateRefused as refused:
        raise _refused(refused) from None
    except OSError as exc:
        _stderr("cchc: " + tr("không ghi được {path}: {error}. Tệp không bị thay đổi.", path=plan, error=os_error_text(exc)))
        raise typer.Exit(2) from None
    if result.existing_errors:
        first = result.existing_errors[0]
        _stderr("cchc: " + tr("cảnh báo: tệp {path} đang có {count} lỗi từ trước, không liên quan đến dòng mới "
                              "(đầu tiên: dòng {line}: {message}); chạy cchc lint {path} để xem và sửa.",
                              path=plan, count=len(result.existing_errors), line=first.span.line,
                              message=first.message))
    for warning in result.new_warnings:
        _stderr("cchc: " + tr("cảnh báo (ghi theo --force): {code}: {message}", code=warning.code,
                              message=warning.message))
    sys.stdout.write(visible(describe(result)) + "\n")
    for line in result.added:
        sys.stdout.write(f"+ {visible(line)}\n")


def _run_update(plan: Path, task_id: str, status_value: str, date: str | None, note: str | None,
                evidence: str | None, occurrence: str | None, by: str | None, dry_run: bool,
                as_of: str | None = None, force: bool = False) -> None:
    from cchc.authoring.edit import STATUS_LABELS, ProgressUpdate, update_progress

    day = _parse_date(date, "--date") if date is not None else None
    today = _parse_date(as_of)
    request = ProgressUpdate(_nfc(task_id) or task_id, status_value, day, _nfc(note), _nfc(evidence),
                             occurrence.strip() if occurrence else None, _nfc(by))

    def describe(result: Any) -> str:
        fields = {"path": plan, "ref": result.task_ref, "status": tr(STATUS_LABELS[status_value]), "date": result.date}
        return (tr("Sẽ ghi vào {path}: nhiệm vụ {ref} — {status} ngày {date:%d/%m/%Y}.", **fields) if dry_run else
                tr("Đã ghi vào {path}: nhiệm vụ {ref} — {status} ngày {date:%d/%m/%Y}.", **fields))

    _run_edit(plan, lambda dry: update_progress(plan, request, dry_run=dry, today=today, force=force), dry_run,
              describe)


PlanArg = Annotated[Path, typer.Argument(help="Tệp kế hoạch.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định hôm nay.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Ghi kết quả vào tệp.")]
TaskArg = Annotated[str, typer.Argument(help="Số thứ tự đầy đủ của nhiệm vụ (ví dụ VII.1, VII.10.a)) hoặc key.")]
DateOpt = Annotated[str | None, typer.Option("--date", "-d", help="Ngày ghi nhận (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định hôm nay, nhưng bắt buộc khi thời kỳ kế hoạch đã kết thúc.")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Ghi chú ngắn.")]
EvidenceOpt = Annotated[str | None, typer.Option("--evidence", help="Minh chứng, ví dụ số văn bản đã ban hành.")]
OccurrenceOpt = Annotated[str | None, typer.Option("--occurrence", help="Mốc của nhiệm vụ định kỳ, ví dụ 2021-Q2.")]
ByOpt = Annotated[str | None, typer.Option("--by", help="Người hoặc đơn vị ghi nhận.")]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help="Chỉ in dòng sẽ thêm, không ghi tệp.")]
TodayOpt = Annotated[str | None, typer.Option("--as-of", help=(
    "Coi ngày này là hôm nay (YYYY-MM-DD hoặc dd/mm/yyyy) khi kiểm tra ngày ghi; mặc định hôm nay."))]
ForceOpt = Annotated[bool, typer.Option("--force", help=(
    "Vẫn ghi ngày sau hôm nay hoặc ngoài khoảng hợp lý của kế hoạch (và cảnh báo mới mà dòng đó gây ra)."))]


@app.command()
def update(
    plan: PlanArg,
    task_id: TaskArg,
    status: Annotated[UpdateStatus, typer.Option("--status", "-s", case_sensitive=False,
                                                 help="done (hoàn thành), doing (đang thực hiện), blocked (vướng mắc), cancelled (không thực hiện).")],
    date: DateOpt = None, note: NoteOpt = None, evidence: EvidenceOpt = None, occurrence: OccurrenceOpt = None,
    by: ByOpt = None, dry_run: DryRunOpt = False, as_of: TodayOpt = None, force: ForceOpt = False,
) -> None:
    """Ghi thêm một dòng vào nhật ký tiến độ của nhiệm vụ (không thay đổi phần nào khác của tệp).

    Từ chối (tệp giữ nguyên) khi dòng mới gây lỗi, tệp không đọc được, không tìm thấy hoặc trùng số
    nhiệm vụ, ngày sớm hơn dòng tiến độ cuối, sau hôm nay hoặc ngoài khoảng hợp lý của kế hoạch.
    Lỗi sẵn có trong tệp chỉ được nhắc lại dưới dạng cảnh báo.
    """
    _run_update(plan, task_id, status.value, date, note, evidence, occurrence, by, dry_run, as_of, force)


@app.command()
def done(
    plan: PlanArg, task_id: TaskArg, date: DateOpt = None, note: NoteOpt = None, evidence: EvidenceOpt = None,
    occurrence: OccurrenceOpt = None, by: ByOpt = None, dry_run: DryRunOpt = False, as_of: TodayOpt = None,
    force: ForceOpt = False,
) -> None:
    """Ghi nhận nhiệm vụ đã hoàn thành (dạng ngắn của cchc update --status done)."""
    _run_update(plan, task_id, "done", date, note, evidence, occurrence, by, dry_run, as_of, force)


@app.command()
def trigger(
    plan: PlanArg, task_id: TaskArg,
    date: Annotated[str, typer.Option("--date", "-d", help="Ngày điều kiện phát sinh, ví dụ ngày ban hành văn bản hướng dẫn.")],
    days: Annotated[int | None, typer.Option("--days", min=0, max=3650, help="Số ngày được giao để thực hiện kể từ ngày phát sinh.")] = None,
    months: Annotated[int | None, typer.Option("--months", min=0, max=120, help="Số tháng được giao để thực hiện kể từ ngày phát sinh.")] = None,
    note: Annotated[str | None, typer.Option("--note", "--source", help="Văn bản làm phát sinh điều kiện (ghi vào trigger.source).")] = None,
    dry_run: DryRunOpt = False, as_of: TodayOpt = None, force: ForceOpt = False,
) -> None:
    """Ghi ngày phát sinh điều kiện của nhiệm vụ "chờ điều kiện": hạn = ngày phát sinh + --days/--months.

    Thêm khóa trigger vào nhiệm vụ (không thay đổi phần nào khác của tệp). Nhiệm vụ đã có trigger
    thì từ chối, không ghi đè.
    """
    from cchc.authoring.edit import TriggerUpdate, record_trigger

    day = _parse_date(date, "--date")
    today = _parse_date(as_of)
    request = TriggerUpdate(_nfc(task_id) or task_id, day, days, months, _nfc(note))

    def describe(result: Any) -> str:
        fields = {"path": plan, "ref": result.task_ref, "date": result.date}
        return (tr("Sẽ ghi vào {path}: nhiệm vụ {ref} — điều kiện phát sinh ngày {date:%d/%m/%Y}.", **fields) if dry_run
                else tr("Đã ghi vào {path}: nhiệm vụ {ref} — điều kiện phát sinh ngày {date:%d/%m/%Y}.", **fields))

    _run_edit(plan, lambda dry: record_trigger(plan, request, dry_run=dry, today=today, force=force), dry_run, describe)


class ResultLevel(str, Enum):
    tinh = "tinh"
    huyen = "huyen"
    xa = "xa"


def _number(value: str) -> float:
    import math

    text = value.strip().replace("\u00a0", "").replace(" ", "")
    text = text[:-1] if text.endswith("%") else text
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # 85,5 as Vietnamese write it
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise _fail(tr("giá trị \"{value}\" của --value không phải một số; viết dạng 85 hoặc 85.5.", value=value))
    return number


@app.command()
def result(
    plan: PlanArg,
    target_id: Annotated[str, typer.Argument(help="Mã chỉ tiêu (id), ví dụ 1.2-2.")],
    year: Annotated[int, typer.Option("--year", min=1900, max=2999, help="Năm của số liệu.")],
    value: Annotated[str, typer.Option("--value", help="Giá trị đo được (số; với chỉ tiêu xếp hạng là thứ hạng).")],
    evidence: Annotated[str | None, typer.Option("--evidence", "--source", help="Nguồn số liệu, ví dụ số báo cáo (ghi vào source).")] = None,
    date: Annotated[str | None, typer.Option("--date", "-d", help="Ngày số liệu trong năm --year; mặc định 31/12 của năm đó (hoặc hôm nay nếu năm chưa hết).")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="Đơn vị của giá trị (phải giống đơn vị của chỉ tiêu).")] = None,
    level: Annotated[ResultLevel | None, typer.Option("--level", help="Cấp của số liệu khi chỉ tiêu chia theo cấp: tinh, huyen, xa.")] = None,
    unit_name: Annotated[str | None, typer.Option("--unit-name", help="Đơn vị của số liệu khi chỉ tiêu giao theo đơn vị.")] = None,
    note: NoteOpt = None,
    dry_run: DryRunOpt = False, as_of: TodayOpt = None, force: ForceOpt = False,
) -> None:
    """Ghi kết quả đo của một chỉ tiêu vào nhật ký results (không thay đổi phần nào khác của tệp)."""
    from cchc.authoring.edit import ResultUpdate, record_result

    number = _number(value)
    day = _parse_date(date, "--date") if date is not None else None
    today = _parse_date(as_of)
    request = ResultUpdate(_nfc(target_id) or target_id, year, number, day, _nfc(evidence), _nfc(note), _nfc(unit),
                           level.value if level else None, _nfc(unit_name))

    def describe(outcome: Any) -> str:
        fields = {"path": plan, "target": outcome.task_ref, "value": value.strip(), "date": outcome.date}
        return (tr("Sẽ ghi vào {path}: chỉ tiêu {target} — kết quả {value} ngày {date:%d/%m/%Y}.", **fields) if dry_run
                else tr("Đã ghi vào {path}: chỉ tiêu {target} — kết quả {value} ngày {date:%d/%m/%Y}.", **fields))

    _run_edit(plan, lambda dry: record_result(plan, request, dry_run=dry, today=today, force=force), dry_run, describe)


_CLICK_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"No such command '(.+?)'\.(?: Did you mean '(.+?)'\?)?", N_("không có lệnh \"{0}\"")),
    (r"Invalid value for '(.+?)': (?:Value error, )?'(.+?)' is not one of (.+?)\.?$",
     N_("giá trị \"{1}\" của {0} không hợp lệ; chọn một trong {2}")),
    (r"Invalid value for '(.+?)': Input should be a valid integer.*", N_("{0} cần một số nguyên")),
    (r"Invalid value for '(.+?)': Input should be greater than or equal to (\S+).*", N_("{0} phải từ {1} trở lên")),
    (r"Missing parameter: (.+)", N_("thiếu tham số {0}")),
    (r"No such option: (\S+)", N_("không có tùy chọn {0}")),
    (r"Invalid value for '(.+?)': '(.+?)' is not one of (.+)\.", N_("giá trị \"{1}\" của {0} không hợp lệ; chọn một trong {2}")),
    (r"Invalid value for '(.+?)': '(.+?)' is not a valid int(?:eger)?(?: range)?\.", N_("{0} cần một số nguyên, không phải \"{1}\"")),
    (r"Invalid value for '(.+?)': (.+?) is not in the range (.+)\.", N_("giá trị {1} của {0} nằm ngoài khoảng {2}")),
    (r"Invalid value for '(.+?)': (?:File|Directory|Path) '(.+?)' is not readable\.?",
     N_("không đọc được \"{1}\" ({0}): không có quyền đọc")),
    (r"Invalid value for '(.+?)': (.+)", N_("giá trị của {0} không hợp lệ ({1})")),
    (r"Missing argument '(.+?)'\.?", N_("thiếu tham số {0}")),
    (r"Missing option '(.+?)'\.?", N_("thiếu tùy chọn {0}")),
    (r"Option '(.+?)' requires an argument\.?", N_("tùy chọn {0} cần một giá trị")),
    (r"Got unexpected extra arguments?(?:\(s\))? \((.+)\)", N_("thừa tham số: {0}")),
)


def _vietnamese_usage_error(message: str) -> str:
    import re

    for pattern, template in _CLICK_MESSAGES:
        match = re.match(pattern, message.strip())
        if match:
            groups = [g or "" for g in match.groups()]
            if groups:
                groups[0] = groups[0].split("' / '")[0].strip("'")  # "'--format' / '-f'" → --format
            return tr(template).format(*groups)
    return message


@app.command()
def trace(
    parent: Annotated[str, typer.Argument(help="Kế hoạch cấp trên: đường dẫn tệp hoặc mã kế hoạch (id).")],
    paths: Annotated[list[Path] | None, typer.Argument(help="Các kế hoạch cấp dưới (mặc định: plans/).", readable=False,
                                                        show_default=False)] = None,
    as_of: AsOfOpt = None,
    format: Annotated[StatusFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help="Định dạng: table, json, markdown.")] = StatusFormat.table,
    output: OutputOpt = None,
) -> None:
    """Đối chiếu kế hoạch cấp trên với các kế hoạch cấp dưới.

    Nhiệm vụ nào đơn vị nào đã đưa vào kế hoạch, đang ở trạng thái nào, và đơn vị nào trong nhóm
    được giao chưa có nhiệm vụ tương ứng."""
    from cchc.deriving.links import build_trace
    from cchc.deriving.status import build_report
    from cchc.writing.output.links import write_trace

    day = _parse_date(as_of)
    targets_paths = list(paths) if paths else [_config().plans]
    parent_path = Path(parent)
    if parent_path.is_file():
        targets_paths.append(parent_path)
    workspace = _workspace(targets_paths)
    chosen = next((p for p in workspace.plans if p.id == parent or
                   (parent_path.is_file() and Path(p.source).resolve() == parent_path.resolve())), None)
    if chosen is None:
        raise _fail(tr("không tìm thấy kế hoạch cấp trên \"{parent}\" (đường dẫn tệp hoặc mã kế hoạch).", parent=parent))
    status = build_report(workspace.plans, day)
    result = build_trace(chosen, workspace.plans, workspace.registries, status)
    with _open_output(output, human=_human(format)) as stream:
        write_trace(result, format.value, stream)


@app.command()
def targets(
    paths: Annotated[list[Path] | None, typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/).", readable=False,
                                                        show_default=False)] = None,
    as_of: AsOfOpt = None,
    format: Annotated[StatusFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help="Định dạng: table, json, csv, markdown.")] = StatusFormat.table,
    output: OutputOpt = None,
) -> None:
    """Các chỉ tiêu: mục tiêu của kỳ, kết quả mới nhất và đánh giá đạt / không đạt / đúng lộ trình."""
    from cchc.deriving.targets import build_targets
    from cchc.writing.output.targets import write

    day = _parse_date(as_of)
    workspace = _workspace(paths)
    report = build_targets(workspace.plans, day)
    with _open_output(output, newline="" if format == StatusFormat.csv else None, human=_human(format)) as stream:
        write(report, format.value, stream)


class ImportFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="Tệp kế hoạch cần nhập: .docx, .txt hoặc .md.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp YAML ghi ra (không có thì in ra màn hình).")] = None,
    registry: Annotated[Path | None, typer.Option("--registry", help="Danh mục cơ quan (agencies.yaml) để tách ô cơ quan; mặc định: danh mục gần nơi ghi tệp.")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Thời kỳ kế hoạch: 2021 hoặc 2021-2025 (khi văn bản không ghi rõ).")] = None,
    plan_id: Annotated[str | None, typer.Option("--id", help="Mã kế hoạch (mặc định theo tên tệp).")] = None,
    format: Annotated[ImportFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help="Định dạng bản tóm tắt: text hoặc json (cho script).")] = ImportFormat.text,
    force: Annotated[bool, typer.Option("--force", help="Cho phép ghi đè tệp đầu ra đã có.")] = False,
    write_registry: Annotated[bool, typer.Option(
        "--write-registry", help="Ghi danh mục cơ quan khởi tạo (agencies.yaml) cạnh tệp đầu ra từ các tên cơ quan "
                                 "kế hoạch ghi; không bao giờ ghi đè danh mục đã có.")] = False,
    allow_empty: Annotated[bool, typer.Option("--allow-empty", help="Chấp nhận kế hoạch không có nhiệm vụ nào dù tệp có phụ lục hoặc bảng (mặc định: từ chối, để không mất nhiệm vụ).")] = False,
) -> None:
    """Nhập kế hoạch từ Word (.docx) hoặc văn bản có bảng phân cách bằng Tab (.txt/.md) thành YAML."""
    import json
    import os

    from cchc.authoring.importer import ImportProblem, import_file, load_registry
    from cchc.reading.agencies import find_registry_file

    if not file.is_file():
        raise _fail(tr("không tìm thấy tệp \"{path}\".", path=file))
    if output is not None and output.exists() and not force:
        raise _fail(tr("tệp \"{path}\" đã có; cchc không ghi đè (thêm --force nếu muốn thay).", path=output))
    registry_out: Path | None = None
    if write_registry:
        if output is None:
            raise _fail(tr("--write-registry cần -o TỆP.yaml: danh mục cơ quan được ghi cạnh tệp kế hoạch."))
        registry_out = output.parent / "agencies.yaml"
        existing = next((output.parent / name for name in ("agencies.yaml", "agencies.yml")
                         if (output.parent / name).exists()), None)
        if existing is not None:
            _stderr("cchc: " + tr("danh mục cơ quan \"{path}\" đã có; cchc không ghi đè danh mục (không ghi tệp nào).",
                                  path=existing))
            _stderr("  " + tr("gợi ý: {hint}", hint=tr("Bỏ --write-registry để nhập theo danh mục này, rồi bổ sung tên "
                                                       "cơ quan còn thiếu vào danh mục bằng tay.")))
            raise typer.Exit(1)
    starter = None
    try:
        found_path = find_registry_file(output) if output is not None else None
        registry_path = registry or found_path
        chosen = load_registry(registry_path) if registry_path else None
        # The plan is checked (and source defects suppressed) with the registry it will be linted with.
        lint_with: Any = True
        if registry is not None and output is not None and found_path != registry.resolve():
            lint_with = load_registry(found_path) if found_path else None
        result = import_file(file, registry=chosen, period=period, plan_id=plan_id, lint_registry=lint_with,
                             allow_empty=allow_empty)
        if registry_out is not None:
            from cchc.authoring.registry_starter import (
                agencies_schema_reference,
                jurisdiction_of,
                plan_agency_names,
                starter_registry,
            )

            extends = (Path(os.path.relpath(registry_path.resolve(), registry_out.parent.resolve())).as_posix()
                       if registry_path is not None and chosen is not None else None)
            starter = starter_registry(plan_agency_names(result.data), jurisdiction=jurisdiction_of(
                result.data["document"]), source=file.name, parent=chosen, extends=extends,
                schema=agencies_schema_reference(registry_out.parent))
            merged = starter.registry(str(registry_out), chosen)
            result = import_file(file, registry=merged, period=period, plan_id=plan_id, lint_registry=merged,
                                 allow_empty=allow_empty)
    except ImportProblem as problem:
        _stderr(f"cchc: {problem.message}")
        if problem.hint:
            _stderr("  " + tr("gợi ý: {hint}", hint=problem.hint))
        raise typer.Exit(1) from None
    text = result.yaml_text
    if output is not None:
        text = result.yaml_at(output)
        from cchc.authoring.edit import write_new_file

        if starter is not None and registry_out is not None:
            try:
                write_new_file(registry_out, starter.text.encode("utf-8"))
            except OSError as exc:
                raise _fail(tr("không ghi được tệp \"{path}\": {error}.", path=registry_out,
                               error=os_error_text(exc))) from None
        try:
            write_new_file(output, text.encode("utf-8"))
        except OSError as exc:
            if starter is not None and registry_out is not None:
                registry_out.unlink(missing_ok=True)  # both files or neither
            raise _fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None
    else:
        sys.stdout.write(text)
    summary = result.summary
    if format == ImportFormat.json:
        payload = {"file": str(file), "output": str(output) if output else None, **summary.to_json()}
        if starter is not None:
            payload["registry"] = {"path": str(registry_out), "agencies": len(starter.data["agencies"]),
                                   "groups": len(starter.data.get("groups", [])),
                                   "left_out": list(starter.left_out)}
        (sys.stdout if output is not None else sys.stderr).write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    _stderr("cchc: " + tr("đã nhập {sections} nhóm, {tasks} nhiệm vụ ({leaves} nhiệm vụ không có nhiệm vụ con), "
                          "{targets} chỉ tiêu; {unresolved} tên cơ quan chưa có trong danh mục",
                          sections=summary.sections, tasks=summary.tasks, leaves=summary.leaf_tasks,
                          targets=summary.targets, unresolved=len(summary.unresolved_agencies))
            + (": " + data_list(summary.unresolved_agencies) if summary.unresolved_agencies else "") + ".")
    _stderr("  " + tr("bảng nhiệm vụ: {tables} bảng, {rows} hàng đã đọc ({groups} hàng nhóm, {headers} hàng tiêu đề, "
                      "{skipped} hàng bỏ qua).", tables=summary.tables, rows=summary.table_rows,
                      groups=summary.group_rows, headers=summary.header_rows, skipped=len(summary.skipped_rows)))
    for row in summary.skipped_rows:
        _stderr("  " + tr("bỏ qua {position}: {text}", position=row.position, text=row.text))
    if summary.period_note():
        _stderr("  " + summary.period_note() + ".")
    if summary.suppressions:
        _stderr("  " + tr("đã ghi {comments} chú thích bỏ qua có lý do (# cchc: ignore) cho {count} lỗi của bản "
                          "gốc: {items}.", comments=summary.suppression_comments,
                          count=sum(count for _, _, count in summary.suppressions),
                          items="; ".join(tr("{code} ×{count} ({reason})", code=code, count=count, reason=tr(reason))
                                          for code, reason, count in summary.suppressions)))
    if starter is not None:
        _stderr("  " + tr("đã ghi danh mục cơ quan {path}: {agencies} cơ quan, {groups} nhóm cơ quan.",
                          path=registry_out, agencies=len(starter.data["agencies"]),
                          groups=len(starter.data.get("groups", []))))
        if starter.left_out:
            _stderr("  " + tr("chú ý: {warning}", warning=tr(
                "không đưa vào danh mục các tên không giống tên cơ quan: {names}.", names=data_list(starter.left_out))))
    for warning in summary.warnings:
        _stderr("  " + tr("chú ý: {warning}", warning=warning))
    if output is not None:
        _stderr("  " + tr("Kiểm tra lại bằng: cchc lint {path}", path=output))


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command()
def diff(
    rev1: Annotated[str, typer.Argument(help="Mốc git đầu (commit, nhánh, thẻ).")],
    rev2: Annotated[str | None, typer.Argument(help="Mốc git sau; bỏ trống là thư mục làm việc hiện tại.",
                                               show_default=False)] = None,
    paths: Annotated[list[str] | None, typer.Argument(help="Thư mục hoặc tệp kế hoạch (mặc định: plans).",
                                                       show_default=False)] = None,
    format: Annotated[DiffFormat, typer.Option("--format", "-f", case_sensitive=False,
                                               help="Định dạng: text, markdown, json.")] = DiffFormat.text,
    repo: Annotated[Path, typer.Option("--repo", help="Thư mục kho git.")] = Path("."),
) -> None:
    """Những gì thay đổi trong kế hoạch giữa hai mốc git, nói bằng ngôn ngữ nghiệp vụ.

    Nhiệm vụ thêm, bỏ; thời hạn dời bao lâu; cơ quan chủ trì, phối hợp đổi; tiến độ, chỉ tiêu, kết quả
    ghi thêm."""
    from cchc.authoring.diff import DiffProblem, semantic_diff, write_diff

    chosen = list(paths or [])
    second = rev2
    if rev2 is not None and not chosen and (Path(rev2).exists() and not _is_revision(repo, rev2)):
        second, chosen = None, [rev2]  # "cchc diff HEAD~1 plans": the second word is a path
    try:
        report = semantic_diff(repo, rev1, second, chosen or [str(_config().plans)])
        from cchc.writing.output.console import text_stream

        write_diff(report, format.value, text_stream(sys.stdout) if _human(format) else sys.stdout)
    except DiffProblem as problem:
        raise _fail(problem.message) from None


def _is_revision(repo: Path, name: str) -> bool:
    import subprocess

    try:
        return subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", name + "^{commit}"],
                              capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@app.command()
def calendar(
    paths: Annotated[list[Path] | None, typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/).", readable=False,
                                                        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp .ics ghi ra (không có thì in ra màn hình).")] = None,
    agency: Annotated[str | None, typer.Option("--agency", help="Chỉ các nhiệm vụ cơ quan này chủ trì hoặc phối hợp.")] = None,
    role: RoleOpt = Role.any,
    remind: Annotated[int, typer.Option("--remind", min=0, help="Nhắc trước hạn bao nhiêu ngày.")] = 7,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Tính đến ngày: chỉ dùng tiến độ ghi đến ngày này; cũng là ngày ghi vào DTSTAMP (để tệp giống hệt nhau giữa các lần chạy).")] = None,
) -> None:
    """Lịch các mốc hạn nhiệm vụ (tệp .ics, RFC 5545) để nhập vào Outlook, Google Calendar…"""
    from cchc.writing.calendar_ics import build_calendar

    chosen_role = _role(role, agency)
    workspace = _workspace(paths)
    _check_agency(agency, workspace.registries.values())
    day = _parse_date(as_of) if as_of else None
    text = build_calendar(workspace.plans, workspace.registries, agency=agency, remind_days=remind, as_of=day,
                          role=chosen_role)
    if output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        return
    from cchc.authoring.edit import write_new_file

    try:
        write_new_file(output, text.encode("utf-8"))
    except OSError as exc:
        raise _fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Thư mục kho kế hoạch (mặc định: thư mục hiện tại).")] = Path("."),
    unit: Annotated[str | None, typer.Option("--unit", help="Tên đơn vị sở hữu kho kế hoạch, ví dụ \"UBND huyện Bình Sơn\".")] = None,
    schema_url: Annotated[str | None, typer.Option("--schema-url", help="Nơi đặt lược đồ (URL hoặc thư mục trong kho); mặc định chép lược đồ vào .cchc/schema/.")] = None,
    sample: Annotated[bool, typer.Option("--sample", help="Tạo lại kế hoạch mẫu, kể cả khi đã xóa hoặc thư mục plans/ đã có kế hoạch.")] = False,
    update_schema: Annotated[bool, typer.Option("--update-schema", help="Chỉ cập nhật bản sao lược đồ trong .cchc/schema/ theo cchc đang cài.")] = False,
) -> None:
    """Tạo khung kho kế hoạch cho một đơn vị.

    Gồm plans/, danh mục cơ quan, kế hoạch mẫu, CI, pre-commit, cấu hình VS Code và hướng dẫn. Không
    bao giờ ghi đè tệp đã có; chạy lại không thay đổi gì."""
    from cchc.authoring.scaffold import init_repository, update_schemas

    try:
        if update_schema:
            result = update_schemas(directory)
        else:
            result = init_repository(directory, unit=unit, schema_url=schema_url, sample=sample)
    except OSError as exc:
        raise _fail(tr("không tạo được tệp trong \"{path}\": {error}.", path=directory, error=os_error_text(exc))) from None
    for path in result.created:
        sys.stdout.write(tr("tạo   {path}", path=path) + "\n")
    for path in result.updated:
        sys.stdout.write(tr("cập nhật {path}", path=path) + "\n")
    for path in result.kept:
        if update_schema:
            sys.stdout.write(tr("giữ   {path} (đã đúng lược đồ của cchc đang cài)", path=path) + "\n")
        else:
            sys.stdout.write(tr("giữ   {path} (đã có, không ghi đè)", path=path) + "\n")
    for path in result.skipped:
        sys.stdout.write(tr("bỏ qua {path} (đã xóa sau lần init trước, hoặc plans/ đã có kế hoạch; "
                            "tạo lại kế hoạch mẫu bằng --sample)", path=path) + "\n")
    if not result.created and not result.updated and not result.skipped:
        sys.stdout.write(tr("Không có gì thay đổi: mọi tệp đều đã có.") + "\n")


@app.command()
def site(
    paths: Annotated[list[Path] | None, typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/).", readable=False,
                                                        show_default=False)] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Thư mục trang tổng hợp.")] = Path("site"),
    as_of: AsOfOpt = None,
    soon: Annotated[int | None, typer.Option("--soon", min=0, help="Số ngày trước hạn được coi là sắp đến hạn.")] = None,
) -> None:
    """Tạo trang tổng hợp tĩnh, mở trực tiếp bằng trình duyệt hoặc đăng lên GitHub Pages.

    Gồm số liệu, biểu đồ theo lĩnh vực, bảng theo cơ quan, danh sách quá hạn, trang từng kế hoạch, lọc
    theo cơ quan/lĩnh vực/trạng thái."""
    from cchc.writing.render import TemplateProblem
    from cchc.writing.site import LinkInOutput, build_site

    day = _parse_date(as_of)
    workspace = _workspace(paths)
    try:
        written = build_site(workspace.plans, workspace.registries, day, output,
                             soon=soon if soon is not None else _config().soon)
    except TemplateProblem as problem:
        raise _template_failed(problem) from None
    except LinkInOutput as problem:
        raise _template_failed(problem) from None  # message, hint, exit 2
    except OSError as exc:
        raise _fail(tr("không ghi được thư mục \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None
    sys.stdout.write(tr("Đã tạo {count} tệp trong {path}/ — mở {path}/index.html bằng trình duyệt.",
                        count=len(written), path=output) + "\n")


class RenderFormat(str, Enum):
    md = "md"
    docx = "docx"
    html = "html"
    pdf = "pdf"


class ReportFormat(str, Enum):
    md = "md"
    docx = "docx"
    html = "html"
    xlsx = "xlsx"
    pdf = "pdf"


def _progress(items: list[Any], label: str) -> Any:
    """A progress bar on a terminal (stderr) for long runs; the plain list otherwise."""
    if len(items) < 2 or not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, description=label, transient=True, console=None)


def _write_text(out: Path | None, text: str) -> None:
    if out is None:
        sys.stdout.write(visible(text))  # a Markdown or HTML document shown on the terminal
        return
    from cchc.authoring.edit import write_new_file

    try:
        write_new_file(out, text.encode("utf-8"))
    except OSError as exc:
        raise _fail(tr("không ghi được tệp \"{path}\": {error}.", path=out, error=os_error_text(exc))) from None


def _render_one(plan: Any, fmt: str, out: Path | None, template: Path | None) -> None:
    from cchc.writing.render import render_plan_text

    if fmt in ("docx", "pdf"):
        from cchc.writing.render_docx import render_plan_docx

        if out is None:
            raise _fail(tr("định dạng {format} cần tệp đầu ra: thêm -o TÊN.{format}.", format=fmt))
        out.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "pdf":
            from cchc.writing.pdf import write_pdf

            write_pdf(lambda path: render_plan_docx(plan, path, template), out)
        else:
            render_plan_docx(plan, out, template)
        return
    _write_text(out, render_plan_text(plan, fmt, template))


@app.command()
def render(
    plans: Annotated[list[Path], typer.Argument(help="Tệp kế hoạch (một hoặc nhiều).")],
    format: Annotated[RenderFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help="Định dạng: md, docx, html, pdf (qua LibreOffice).")] = RenderFormat.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp đầu ra (một kế hoạch) hoặc thư mục (nhiều kế hoạch).")] = None,
    template: Annotated[Path | None, typer.Option("--template", help="Mẫu riêng: tệp .j2 cho md/html, tệp .docx cho docx/pdf.")] = None,
) -> None:
    """In kế hoạch thành văn bản hành chính theo Nghị định 30/2020/NĐ-CP (Markdown, DOCX, HTML, PDF)."""
    from cchc.writing.pdf import PdfProblem, require_soffice
    from cchc.writing.render import TemplateProblem
    from cchc.writing.templates_check import check_template

    try:
        check_template(template, format.value)
        if format == RenderFormat.pdf:
            require_soffice()
    except (TemplateProblem, PdfProblem) as problem:
        raise _template_failed(problem) from None
    workspace = _workspace(list(plans))
    suffix = {"md": ".md", "docx": ".docx", "html": ".html", "pdf": ".pdf"}[format.value]
    many = len(workspace.plans) > 1
    if many and output is None and format != RenderFormat.md:
        raise _fail(tr("in nhiều kế hoạch cần thư mục đầu ra: thêm -o THƯ_MỤC."))
    try:
        for plan in _progress(list(workspace.plans), tr("Đang in kế hoạch")):
            target = output
            if many and output is not None:
                output.mkdir(parents=True, exist_ok=True)
                target = output / (plan.id + suffix)
            _render_one(plan, format.value, target, template)
    except (TemplateProblem, PdfProblem) as problem:
        raise _template_failed(problem) from None
    except OSError as exc:
        raise _fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None


def _report_period(period: str | None) -> Any:
    """``--period`` read as a reporting period (with a notice when read as another), or exit 2."""
    from cchc.writing.report import parse_period

    if period is None:
        return None
    choice = parse_period(period)
    if choice is None:
        raise _fail(tr("kỳ báo cáo \"{period}\" không hợp lệ; dùng 2021-Q1 (Quý I/2021), 2021-H1 (6 tháng đầu năm "
                       "2021), 2021-Q3 (Quý III/2021) hoặc 2021 (năm 2021).", period=period))
    if choice.notice:
        _stderr("cchc: " + tr("chú ý: {notice}", notice=choice.notice))
    return choice.period


def _load_narrative(path: Path) -> Any:
    """A narrative file checked like a plan (located Vietnamese messages); exit 1 when it has errors."""
    from cchc.checking.lint import LintResult, display_path, lint_loaded
    from cchc.reading.load import load_file
    from cchc.writing.narrative import from_data
    from cchc.writing.output import FORMATS

    if not path.is_file():
        raise _fail(tr("không tìm thấy tệp báo cáo \"{path}\".", path=path))
    shown = display_path(path)
    loaded = load_file(path, shown)
    result = lint_loaded(loaded, path, kind="report")
    if any(d.severity.value == "error" for d in result.diagnostics) or not isinstance(loaded.data, dict):
        FORMATS["text"](LintResult((result,), ()), sys.stderr)
        raise typer.Exit(1)
    return from_data(loaded.data, shown)


def _report_new(paths: list[Path], period: str | None, as_of: str | None, output: Path | None) -> None:
    from cchc.writing.narrative import narrative_path, write_draft
    from cchc.writing.report import build

    if len(paths) != 1:
        raise _fail(tr("cchc report new cần đúng một tệp kế hoạch: cchc report new KẾ_HOẠCH.yaml --period 2021-H1."))
    report_period = _report_period(period)
    if report_period is None:
        raise _fail(tr("cchc report new cần kỳ báo cáo: thêm --period, ví dụ --period 2021-H1."))
    day = _parse_date(as_of) if as_of is not None else report_period.end
    workspace = _workspace(paths)
    if len(workspace.plans) != 1:
        raise _fail(tr("cchc report new cần đúng một kế hoạch; \"{path}\" có {count}.", path=paths[0],
                       count=len(workspace.plans)))
    plan = workspace.plans[0]
    result = build(workspace.plans, workspace.registries, day, report_period, workspace.skipped)
    target = output or narrative_path(plan.source, plan.id, report_period)
    try:
        written = write_draft(result, target)
    except FileExistsError:
        raise _fail(tr("tệp \"{path}\" đã có, cchc không ghi đè; sửa trực tiếp tệp đó, hoặc xóa nó rồi chạy "
                       "lại.", path=target), 1) from None
    except OSError as exc:
        raise _fail(tr("không ghi được tệp \"{path}\": {error}.", path=target, error=os_error_text(exc))) from None
    _stderr("cchc: " + tr("đã tạo bản nháp {path}: sửa lời văn, điền số, ngày, nơi nhận, rồi chạy cchc report {plan} "
                          "--period {period}.", path=written, plan=paths[0], period=report_period.code))


@app.command("report-new")
def report_new(
    plan: Annotated[Path, typer.Argument(help="Tệp kế hoạch.", show_default=False)],
    period: Annotated[str, typer.Option("--period", help="Kỳ báo cáo: 2021-Q1 hoặc \"Quý I/2021\", 2021-H1 hoặc \"6 tháng đầu năm 2021\", 2021-Q3 hoặc \"Quý III/2021\" (\"9 tháng năm 2021\"), 2021 hoặc \"năm 2021\".")],
    as_of: Annotated[str | None, typer.Option("--as-of", help="Số liệu tính đến ngày (mặc định: ngày chốt số liệu của kỳ).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp báo cáo (mặc định: reports/<mã kế hoạch>/<kỳ>.yaml cạnh kế hoạch).")] = None,
) -> None:
    """Tạo bản nháp phần lời của báo cáo (cũng gọi được: cchc report new KẾ_HOẠCH --period …); không ghi đè."""
    _report_new([plan], period, as_of, output)


@app.command()
def report(
    paths: Annotated[list[Path] | None, typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/); \"new KẾ_HOẠCH\" tạo bản nháp phần lời.", readable=False,
                                                        show_default=False)] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Tính đến ngày (YYYY-MM-DD hoặc dd/mm/yyyy); mặc định: ngày chốt số liệu của --period, nếu không thì hôm nay.")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Kỳ báo cáo: 2021-Q1 hoặc \"Quý I/2021\", 2021-H1 hoặc \"6 tháng đầu năm 2021\", 2021-Q3 hoặc \"Quý III/2021\" (\"9 tháng năm 2021\"), 2021 hoặc \"năm 2021\".")] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f", case_sensitive=False,
                                                 help="Định dạng: md, docx, html, xlsx, pdf (qua LibreOffice).")] = ReportFormat.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Tệp đầu ra.")] = None,
    template: Annotated[Path | None, typer.Option("--template", help="Mẫu riêng (.j2 cho md/html, .docx cho docx).")] = None,
    rollup: Annotated[bool, typer.Option("--rollup", help="Thêm bảng tổng hợp theo đơn vị (mọi kế hoạch đơn vị sở hữu hoặc chủ trì).")] = False,
    narrative: Annotated[Path | None, typer.Option("--narrative", help="Tệp phần lời của báo cáo (mặc định: reports/<mã kế hoạch>/<kỳ>.yaml cạnh kế hoạch, nếu có).")] = None,
) -> None:
    """Báo cáo kết quả thực hiện công tác CCHC theo kỳ báo cáo của Bộ Nội vụ (thể thức Nghị định 30).

    Phần lời (mục I–V) lấy từ tệp báo cáo cạnh kế hoạch (tạo bằng cchc report new KẾ_HOẠCH --period KỲ);
    chưa có thì mỗi mục in "[Nội dung cần bổ sung]" kèm số liệu. Số liệu in ở Phụ lục.
    """
    from dataclasses import replace

    from cchc.writing.pdf import PdfProblem, require_soffice
    from cchc.writing.render import TemplateProblem, render_report_text
    from cchc.writing.report import build
    from cchc.writing.templates_check import check_template

    if paths and str(paths[0]) == "new" and not paths[0].exists():  # cchc report new PLAN --period …
        _report_new(paths[1:], period, as_of, output)
        return
    report_period = _report_period(period)
    day = _parse_date(as_of) if as_of is not None or report_period is None else report_period.end
    if format in (ReportFormat.docx, ReportFormat.xlsx, ReportFormat.pdf) and output is None:
        raise _fail(tr("định dạng {format} cần tệp đầu ra: thêm -o TÊN.{format}.", format=format.value))
    try:
        check_template(template, format.value)
        if format == ReportFormat.pdf:
            require_soffice()
    except (TemplateProblem, PdfProblem) as problem:
        raise _template_failed(problem) from None
    workspace = _workspace(paths)
    result = build(workspace.plans, workspace.registries, day, report_period, workspace.skipped, with_rollup=rollup)
    chosen = narrative
    if chosen is None and report_period is not None and len(workspace.plans) == 1:
        from cchc.writing.narrative import narrative_path

        plan = workspace.plans[0]
        beside = narrative_path(plan.source, plan.id, report_period)
        chosen = beside if beside.is_file() else None
    if chosen is not None:
        text = _load_narrative(chosen)
        ids = {p.id for p in workspace.plans}
        if text.plan not in ids:
            raise _fail(tr("tệp báo cáo \"{path}\" viết cho kế hoạch {plan}, không phải kế hoạch đang báo cáo ({ids}).",
                           path=chosen, plan=text.plan, ids=", ".join(sorted(ids))))
        if report_period is not None and text.period != report_period.code:
            raise _fail(tr("tệp báo cáo \"{path}\" viết cho kỳ {written}, không phải kỳ {period}.", path=chosen,
                           written=text.period, period=report_period.code))
        result = replace(result, narrative=text)
    try:
        if format == ReportFormat.xlsx:
            from cchc.writing.report_xlsx import write_report_xlsx

            assert output is not None
            write_report_xlsx(result, output)
        elif format == ReportFormat.docx:
            from cchc.writing.report_docx import write_report_docx

            assert output is not None
            write_report_docx(result, output, template)
        elif format == ReportFormat.pdf:
            from cchc.writing.pdf import write_pdf
            from cchc.writing.report_docx import write_report_docx

            assert output is not None
            write_pdf(lambda path: write_report_docx(result, path, template), output)
        else:
            _write_text(output, render_report_text(result, format.value, template))
    except (TemplateProblem, PdfProblem) as problem:
        raise _template_failed(problem) from None
    except OSError as exc:
        raise _fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; usage errors are reported in Vietnamese with exit code 2."""
    import re

    try:  # typer ≥ 0.16 vendors click
        from typer._click import exceptions as click_exceptions
    except ImportError:  # pragma: no cover - older typer with click installed
        from click import exceptions as click_exceptions  # type: ignore[no-redef]

    import os

    from cchc.base.i18n import UnknownLanguage, choose_language, set_language, translate_help
    from cchc.reading.config import configured_language

    try:  # --lang (anywhere on the line), else CCHC_LANG, else cchc.toml's lang, else Vietnamese
        argv, lang = choose_language(sys.argv[1:] if argv is None else list(argv), os.environ, configured_language)
    except UnknownLanguage as problem:
        _stderr(f"cchc: {problem.message}")
        sys.exit(2)
    set_language(lang)
    from cchc.base.memory import collect_rarely

    collect_rarely()  # the garbage-collector policy of a run (see cchc.base.memory)
    command = typer.main.get_command(app)
    translate_help(command)
    from cchc.commands.helptext import localize, wants_help

    if wants_help(argv):
        localize(command)
    abort = getattr(click_exceptions, "Abort", typer.Abort)
    exit_class = getattr(click_exceptions, "Exit", typer.Exit)
    try:
        code = command.main(args=argv, prog_name="cchc", standalone_mode=False)
    except BrokenPipeError:  # output piped into head or less that quit early
        sys.stderr.close()
        sys.exit(0)
    except click_exceptions.UsageError as error:
        if type(error).__name__ == "NoArgsIsHelpError" and error.ctx is not None:
            localize(command)  # a group called without its command prints its help
            sys.stdout.write(error.ctx.get_help() + "\n")
            sys.exit(0)
        raw = error.format_message()
        message = _vietnamese_usage_error(raw)
        suggestion = re.search(r"Did you mean '(.+?)'\?", raw)
        possibilities = getattr(error, "possibilities", None) or ([suggestion.group(1)] if suggestion else [])
        if possibilities:
            message += tr(" (có phải ý bạn là {names}?)", names=", ".join(sorted(possibilities)))
        context = error.ctx.command_path if error.ctx else "cchc"
        _stderr(f"cchc: {message}.\n  " + tr("Xem hướng dẫn: {command} --help", command=context))
        sys.exit(2)
    except (abort, KeyboardInterrupt):
        _stderr("cchc: " + tr("đã dừng."))
        sys.exit(130)
    except exit_class as exit_:
        sys.exit(exit_.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
