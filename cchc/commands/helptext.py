"""The CLI library's own words in ``--help``: Vietnamese by default, English with ``--lang en``.

typer (with its vendored click) writes some text of every help page itself: "Usage:", the panel
titles "Arguments", "Options", "Commands", "[default: …]", "[required]", "[env var: …]", the
help of ``--help`` and of the completion options, the usage metavars ``[OPTIONS]`` and
``COMMAND [ARGS]...`` and the type names of values (``<path>``, ``<str>``). :func:`localize` puts
them in the current language. It is called by :func:`cchc.cli.main` only when a help page is
about to be printed (``-h``/``--help`` on the line, or no arguments), so ordinary runs pay nothing;
it changes typer's module-level strings, which is harmless in a process that prints help and exits.

Every text here is a Vietnamese message id (:func:`cchc.base.i18n.N_`); the English entries in
:mod:`cchc.locale.en` restore the library's own wording.
"""

from __future__ import annotations

import copy
from typing import Any

from cchc.base.i18n import N_, tr

# typer.rich_utils attribute -> its text (Vietnamese message id)
RICH_STRINGS = {
    "ARGUMENTS_PANEL_TITLE": N_("Tham số"),
    "OPTIONS_PANEL_TITLE": N_("Tùy chọn"),
    "COMMANDS_PANEL_TITLE": N_("Lệnh"),
    "ERRORS_PANEL_TITLE": N_("Lỗi"),
    "DEFAULT_STRING": N_("[mặc định: {}]"),
    "ENVVAR_STRING": N_("[biến môi trường: {}]"),
    "REQUIRED_LONG_STRING": N_("[bắt buộc]"),
    "DEPRECATED_STRING": N_("(không còn dùng) "),
    "ABORTED_TEXT": N_("Đã dừng."),
}
USAGE = N_("Cách dùng: ")
OPTIONS_METAVAR = N_("[TÙY_CHỌN]")
SUBCOMMAND_METAVAR = N_("LỆNH [THAM_SỐ]...")
HELP_OPTION = N_("In hướng dẫn này rồi thoát.")

# the library's help of its own options, by option name
OPTION_HELP = {
    "install_completion": N_("Cài tự hoàn thành lệnh (phím Tab) cho cửa sổ dòng lệnh đang dùng."),
    "show_completion": N_("In đoạn mã tự hoàn thành lệnh cho cửa sổ dòng lệnh đang dùng, để chép hoặc tự cài."),
}

# type names shown as <name> for a value (click's ParamType.name)
TYPE_NAMES = {
    "path": N_("đường dẫn"),
    "file": N_("tệp"),
    "filename": N_("tệp"),
    "directory": N_("thư mục"),
    "str": N_("chữ"),
    "text": N_("chữ"),
    "string": N_("chữ"),
    "int": N_("số nguyên"),
    "integer": N_("số nguyên"),
    "int range": N_("số nguyên"),
    "integer range": N_("số nguyên"),
}

# the shown name of an argument (its metavar), by parameter name
ARGUMENT_NAMES = {
    "paths": N_("ĐƯỜNG_DẪN"),
    "path": N_("ĐƯỜNG_DẪN"),
    "plan": N_("KẾ_HOẠCH"),
    "plans": N_("KẾ_HOẠCH"),
    "file": N_("TỆP"),
    "text": N_("THỜI_GIAN"),
    "parent": N_("KẾ_HOẠCH_CẤP_TRÊN"),
    "rev1": N_("MỐC_1"),
    "rev2": N_("MỐC_2"),
    "directory": N_("THƯ_MỤC"),
    "code": N_("MÃ"),
    "task_id": N_("NHIỆM_VỤ"),
    "target_id": N_("CHỈ_TIÊU"),
}

def wants_help(argv: list[str]) -> bool:
    """Whether a command line prints a help page: ``-h``/``--help`` before ``--``, or nothing."""
    for arg in argv:
        if arg == "--":
            return False
        if arg in ("-h", "--help"):
            return True
    return not argv


def localize(command: Any) -> None:
    """Put the library's strings of ``command``'s help tree (and typer's) in the current language."""
    from typer import rich_utils
    from typer._click import formatting

    for attribute, text in RICH_STRINGS.items():
        setattr(rich_utils, attribute, tr(text))
    if not getattr(formatting.HelpFormatter.write_usage, "localized", False):  # patch the class once
        original = formatting.HelpFormatter.write_usage

        def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
            original(self, prog, args, tr(USAGE) if prefix is None else prefix)

        write_usage.localized = True  # type: ignore[attr-defined]
        formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]
    highlight = r"(?P<usage>" + tr(USAGE) + ")"
    if highlight not in rich_utils.OptionHighlighter.highlights:
        rich_utils.OptionHighlighter.highlights.append(highlight)
    _localize_command(command)


def _localize_command(command: Any) -> None:
    if getattr(command, "options_metavar", None) == "[OPTIONS]":
        command.options_metavar = tr(OPTIONS_METAVAR)
    if getattr(command, "subcommand_metavar", None) == "COMMAND [ARGS]...":
        command.subcommand_metavar = tr(SUBCOMMAND_METAVAR)
    _wrap_help_option(command)
    for param in command.params:
        if param.name in OPTION_HELP:
            param.help = tr(OPTION_HELP[param.name])
        type_name = getattr(param.type, "name", None)
        if type_name in TYPE_NAMES:
            param.type = copy.copy(param.type)
            param.type.name = tr(TYPE_NAMES[type_name])
        if param.param_type_name == "argument" and param.metavar is None and param.name in ARGUMENT_NAMES:
            param.metavar = tr(ARGUMENT_NAMES[param.name]) + ("..." if param.nargs != 1 else "")
    for sub in getattr(command, "commands", {}).values():
        _localize_command(sub)


def _wrap_help_option(command: Any) -> None:
    """``--help``'s own help, set on the option click makes when the page is printed."""
    original = command.get_help_option

    def get_help_option(ctx: Any) -> Any:
        option = original(ctx)
        if option is not None:
            option.help = tr(HELP_OPTION)
        return option

    command.get_help_option = get_help_option
