"""The command line: builds the ``cchc`` typer app from one module per command (:mod:`cchc.commands`)
and runs it (:func:`main`, the ``cchc`` entry point and ``python -m cchc``).

Exit codes: 0 success, 1 problems found (errors; warnings too with --strict), 2 could not run.
Heavy modules are imported inside the commands so that ``cchc --help`` stays fast.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cchc import __version__
from cchc.base.i18n import tr
from cchc.commands import (
    agencies,
    areas,
    calendar,
    deadline,
    diff,
    done,
    import_plan,
    init,
    lint,
    lsp,
    render,
    report,
    result,
    rules,
    site,
    status,
    targets,
    trace,
    trigger,
    update,
)
from cchc.commands.common import fail, stderr
from cchc.commands.usage import vietnamese_usage_error

app = typer.Typer(
    name="cchc",
    help="Kế hoạch cải cách hành chính dạng mã: kiểm tra kế hoạch, theo dõi tiến độ, in kế hoạch và báo cáo.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
            raise fail(problem.message) from None


# In this order on ``cchc --help``.
app.command()(lint.lint)
app.command()(rules.rules)
app.command()(areas.areas)
app.command()(status.status)
app.command()(agencies.agencies)
app.command()(deadline.deadline)
app.command()(update.update)
app.command()(done.done)
app.command()(trigger.trigger)
app.command()(result.result)
app.command()(trace.trace)
app.command()(targets.targets)
app.command("import")(import_plan.import_)
app.command()(diff.diff)
app.command()(calendar.calendar)
app.command()(init.init)
app.command()(site.site)
app.command()(render.render)
app.command("report-new")(report.report_new)
app.command()(report.report)
app.command()(lsp.lsp)


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
        stderr(f"cchc: {problem.message}")
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
        message = vietnamese_usage_error(raw)
        suggestion = re.search(r"Did you mean '(.+?)'\?", raw)
        possibilities = getattr(error, "possibilities", None) or ([suggestion.group(1)] if suggestion else [])
        if possibilities:
            message += tr(" (có phải ý bạn là {names}?)", names=", ".join(sorted(possibilities)))
        context = error.ctx.command_path if error.ctx else "cchc"
        stderr(f"cchc: {message}.\n  " + tr("Xem hướng dẫn: {command} --help", command=context))
        sys.exit(2)
    except (abort, KeyboardInterrupt):
        stderr("cchc: " + tr("đã dừng."))
        sys.exit(130)
    except exit_class as exit_:
        sys.exit(exit_.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
