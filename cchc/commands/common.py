"""What the commands share: messages on stderr, exit codes, option values read into library values,
the plans a command reads, and output written to a file atomically.

Exit codes: 0 success, 1 problems found (errors; warnings too with --strict), 2 could not run.
Heavy modules are imported inside the functions, so that ``cchc --help`` stays fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import typer

from cchc.base.i18n import tr
from cchc.base.oserrors import os_error_text
from cchc.base.text import visible
from cchc.commands.options import Role


def config() -> Any:
    from cchc.reading.config import ConfigProblem, load_config

    try:
        return load_config()
    except ConfigProblem as problem:
        stderr(f"cchc: {problem.message}")
        raise typer.Exit(2) from None


def stderr(message: str) -> None:
    """A human message on stderr; plan text and file names in it are shown visibly (``\\x1b``)."""
    sys.stderr.write(visible(message) + "\n")


EXACT_FORMATS = frozenset({"json", "csv", "yaml", "sarif"})  # data kept exact; every other format is text


def human(format: Any) -> bool:
    """Whether output format ``format`` is read by a person (text, table, markdown, github…)."""
    return str(getattr(format, "value", format)) not in EXACT_FORMATS


def fail(message: str, code: int = 2) -> typer.Exit:
    stderr(f"cchc: {message}")
    return typer.Exit(code)


def template_failed(problem: Any) -> typer.Exit:
    """A template that cannot be used (cchc.writing.render.TemplateProblem): message, hint, exit code 2."""
    stderr(f"cchc: {problem.message}")
    if problem.hint:
        stderr(f"  {tr('gợi ý')}: {problem.hint}")
    return typer.Exit(2)


def parse_date(value: str | None, option: str = "--as-of", *, workspace: bool = True) -> dt.date:
    """The date an option gives; without it, today, or for ``--as-of`` of a reading command
    (``workspace``) the workspace's date (``as_of`` in cchc.toml). A command that records progress
    passes ``workspace=False``: what it writes is dated today, never a pinned date."""
    import datetime

    if value is None:
        if option == "--as-of" and workspace:
            return config().as_of or datetime.date.today()
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
    raise fail(tr("ngày \"{value}\" của {option} không hợp lệ; viết dạng 2021-07-01 hoặc 01/07/2021.",
                   value=value, option=option))


def split(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out


def area_codes(values: list[str] | None) -> tuple[str, ...]:
    from cchc.base.text import fold
    from cchc.deriving.areas import AREAS

    out = []
    for value in split(values):
        key = fold(value).replace("_", " ")
        match = next((a.code for a in AREAS if key in (fold(a.code).replace("_", " "), fold(a.name), fold(a.short))),
                     None)
        if match is None:
            raise fail(tr("lĩnh vực \"{value}\" không có; xem danh sách bằng cchc areas.", value=value))
        out.append(match)
    return tuple(out)


def states(values: list[str] | None, option: str) -> tuple[str, ...]:
    """States named by code (``overdue``) or by the label the table shows (``Quá hạn``, ``qua han``)."""
    from cchc.deriving.status import STATE_LABELS, STATES, parse_state

    out: list[str] = []
    for value in split(values):
        state = parse_state(value)
        if state is None:
            raise fail(tr("trạng thái \"{value}\" của {option} không có; dùng mã hoặc nhãn trong bảng: {states}.",
                           value=value, option=option,
                           states=", ".join(f"{s} ({tr(STATE_LABELS[s])})" for s in STATES)))
        out.append(state)
    return tuple(dict.fromkeys(out))


def role_of(role: Role, agency: str | None) -> str:
    """``--role`` says which part an ``--agency`` plays: without one it would select nothing new."""
    if role != Role.any and agency is None:
        raise fail(tr("--role {role} cần --agency (cơ quan chủ trì hoặc phối hợp là cơ quan nào?).", role=role.value))
    return role.value


def check_agency(agency: str | None, registries: Any) -> None:
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
    raise fail(message)


def speed(no_cache: bool = False, jobs: int | None = None) -> dict[str, Any]:
    """The cache (unless --no-cache or CCHC_NO_CACHE) and the number of processes (default: all cores)."""
    import os

    from cchc.reading.cache import Cache, cache_disabled_by_environment, cache_folder

    cache = None if no_cache or cache_disabled_by_environment() else Cache(cache_folder())
    return {"cache": cache, "jobs": jobs if jobs else (os.cpu_count() or 1)}


def read_workspace(paths: list[Path] | None, no_cache: bool = False, jobs: int | None = None,
               models: bool = True, derive: Any = None) -> Any:
    from cchc.checking.workspace import load_workspace
    from cchc.writing.output.status import duplicate_note

    targets = list(paths) if paths else [config().plans]
    workspace = load_workspace(targets, models=models, per_file=derive, **speed(no_cache, jobs))
    for missing in workspace.missing:
        stderr("cchc: " + tr("không tìm thấy tệp hoặc thư mục \"{path}\".", path=missing))
    default_missing(paths, workspace.missing)
    for plan_id, files in workspace.duplicates:
        stderr("cchc: " + duplicate_note(plan_id, files))
    if not workspace.files:
        raise fail(tr("không có kế hoạch nào đọc được (xem cchc lint).") if workspace.skipped
                    else tr("không có kế hoạch nào đọc được."))
    for path in workspace.skipped:
        skipped(path)
    for path in workspace.error_files:
        stderr("cchc: " + tr("chú ý: {path} còn lỗi (chạy cchc lint {path}); số liệu có thể chưa chính xác.", path=path))
    return workspace


def default_missing(paths: list[Path] | None, missing: tuple[str, ...]) -> None:
    """When the plans folder looked for by default is not there: how it is found."""
    if not paths and missing:
        stderr("  " + tr("gợi ý: chạy lệnh trong kho kế hoạch (cchc tìm thư mục plans/ từ thư mục hiện tại lên tới "
                          "gốc kho git, hoặc theo plans = … trong cchc.toml), hoặc ghi đường dẫn tới kế hoạch."))


def skipped(path: str) -> None:
    stderr("cchc: " + tr("bỏ qua {path}: không đọc được kế hoạch (chạy cchc lint {path} để xem lỗi).", path=path))


@contextlib.contextmanager
def open_output(output: Path | None, newline: str | None = None, *, human: bool = False) -> Iterator[TextIO]:
    """Standard output, or a buffer that is written to ``output`` atomically once complete;
    ``human`` for a human format: control characters are shown visibly (``\\x1b``), in a file too.

    Like every other writing command (:func:`cchc.base.atomic.write_new_file`): a temporary file in the
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

    from cchc.base.atomic import write_new_file

    buffer = io.StringIO()
    yield text_stream(buffer) if human else buffer
    text = buffer.getvalue()
    if newline is None and os.linesep != "\n":
        text = text.replace("\n", os.linesep)
    try:
        write_new_file(output, text.encode("utf-8"))
    except OSError as exc:
        raise fail(tr("không ghi được tệp \"{path}\": {error}.", path=output, error=os_error_text(exc))) from None


def nfc(value: str | None) -> str | None:
    """Text typed on the command line, in NFC (macOS terminals send decomposed Vietnamese)."""
    import unicodedata

    return unicodedata.normalize("NFC", value) if value is not None else None


def progress(items: list[Any], label: str) -> Any:
    """A progress bar on a terminal (stderr) for long runs; the plain list otherwise."""
    if len(items) < 2 or not sys.stderr.isatty():
        return items
    from rich.progress import track

    return track(items, description=label, transient=True, console=None)


def write_text(out: Path | None, text: str) -> None:
    if out is None:
        sys.stdout.write(visible(text))  # a Markdown or HTML document shown on the terminal
        return
    from cchc.base.atomic import write_new_file

    try:
        write_new_file(out, text.encode("utf-8"))
    except OSError as exc:
        raise fail(tr("không ghi được tệp \"{path}\": {error}.", path=out, error=os_error_text(exc))) from None
