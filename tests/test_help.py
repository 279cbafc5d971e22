"""``--help`` of every command speaks the user's language, the CLI library's own words included.

The command tree is walked (nothing hard-coded), each page is printed through :func:`cchc.cli.main`
as a user gets it, and what is left after removing option flags, metavars, code names and quoted
examples must hold no common English word (Vietnamese), or must be the library's English (``--lang
en``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from cchc.cli import app, main

# Common English words that are not also Vietnamese words written without marks ("in", "do", "to",
# "an", "con", "ban" are Vietnamese and are left out on purpose).
ENGLISH = frozenset("""
the and or for of with from this that these those is are was be been by on at as it its into
not no yes all any each every one only also than then when where which who what how why if else
show message exit usage options option arguments argument commands command default required
env var install completion current shell copy customize installation help print prints write
writes read file files folder folders directory path paths plan plans task tasks target targets
deadline deadlines agency agencies record records report reports check checks list lists
error errors warning warnings output input format value values number numbers integer string
str int range bool boolean true false aborted deprecated try see use used using name names
date dates period progress result results status state states days months new open run runs
""".split())

# Names that are the same in both languages: codes, products, file kinds, units.
ALLOWED = frozenset("""
YAML JSON CSV DOCX PDF HTML ICS SARIF XLSX Markdown GitHub Actions Pages Word Excel Outlook Google
Calendar LibreOffice Chromium VS Code CI RFC UTF git cchc CCHC_LANG pre commit pre-commit
new
""".split())  # "new": the word of "cchc report new", a command form


def commands(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        if not getattr(sub, "hidden", False):
            yield from commands(sub, (*path, name))


COMMANDS = list(commands(typer.main.get_command(app)))


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    """main() sets the process-wide language and typer's help strings: put them back for the tests
    that run after these in the same process."""
    from typer import rich_utils
    from typer._click import formatting

    from cchc.base.i18n import language, set_language
    from cchc.commands.helptext import RICH_STRINGS

    saved = {name: getattr(rich_utils, name) for name in RICH_STRINGS}
    write_usage = formatting.HelpFormatter.write_usage
    before = language()
    yield
    set_language(before)
    for name, value in saved.items():
        setattr(rich_utils, name, value)
    formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]


def code_names() -> frozenset[str]:
    """Words that are code, the same in every language: command names, the values of choice options
    and the keys a plan file is written with (from the bundled schemas)."""
    names: set[str] = set()
    stack: list[object] = [typer.main.get_command(app)]
    while stack:
        command = stack.pop()
        names.update(getattr(command, "commands", {}))
        stack.extend(getattr(command, "commands", {}).values())
        for param in getattr(command, "params", ()):
            names.update(getattr(param.type, "choices", ()) or ())

    def keys(node: object) -> None:
        if isinstance(node, dict):
            names.update(node.get("properties", {}))
            for value in node.values():
                keys(value)
        elif isinstance(node, list):
            for value in node:
                keys(value)

    for schema in (Path(__file__).resolve().parent.parent / "cchc" / "data").glob("*.schema.json"):
        keys(json.loads(schema.read_text(encoding="utf-8")))
    return frozenset(str(name) for name in names)


CODE_NAMES = code_names()


def help_page(path: tuple[str, ...], capsys: pytest.CaptureFixture[str], *lang: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*lang, *path, "--help"])
    assert exit_.value.code in (0, None)
    return capsys.readouterr().out


def flat(page: str) -> str:
    """The page as one line: the help column wraps inside its box."""
    return re.sub(r"[│\s]+", " ", page)


def prose(page: str) -> str:
    """The page without what is not prose: flags, metavars, choices, quoted examples, file names."""
    text = re.sub(r"[─-╿]", " ", page)  # box drawing
    text = re.sub(r"\"[^\"]*\"|“[^”]*”|'[^']*'", " ", text)  # quoted examples
    text = re.sub(r"<[^>]*>?|\{[^}]*\}|\[[A-ZĐ_ÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÊỀẾỂỄỆÔỒỐỔỖỘƠỜỚỞỠỢƯỪỨỬỮỰÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴÈÉẺẼẸ.]*\]",
                  " ", text)  # <type>, {ARG}, [ARG...]
    text = re.sub(r"(?<![\w])--?[\w-]+", " ", text)  # option flags
    text = re.sub(r"[\w./-]*\.[A-Za-z]{2,5}\b|[\w-]+/", " ", text)  # file names, extensions, folders
    text = re.sub(r"(?<=mặc định: )[\w.-]+", " ", text)  # a default value (plans)
    return text


# Keys of cchc.toml named in help texts: code, the same in every language.
CONFIG_KEYS = ("as_of",)


def english_words(page: str) -> list[str]:
    found = []
    text = prose(page)
    for key in CONFIG_KEYS:
        text = re.sub(rf"\b{key}\b", " ", text)
    for word in re.findall(r"[^\W\d_]+", text):
        if word in ALLOWED or word in CODE_NAMES or not word.isascii():
            continue
        if word.lower() in ENGLISH:
            found.append(word)
    return found


def test_the_tree_is_walked() -> None:
    names = {path[0] for path in COMMANDS if path}
    assert {"lint", "rules", "deadline", "report", "init"} <= names and () in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "cchc")
def test_help_is_vietnamese(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    page = help_page(path, capsys)
    assert unicodedata.is_normalized("NFC", page)
    assert "Cách dùng: cchc" in page and "In hướng dẫn này rồi thoát." in flat(page)
    assert english_words(page) == [], page
    for library in ("Usage", "Options", "Show this message", "[default:", "[required]", "Arguments"):
        assert library not in flat(page)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "cchc")
def test_help_in_english(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    page = help_page(path, capsys, "--lang", "en")
    assert "Usage: cchc" in page and "Show this message and exit." in flat(page)
    for vietnamese in ("Cách dùng", "Tùy chọn", "Tham số", "In hướng dẫn", "[mặc định", "[bắt buộc]"):
        assert vietnamese not in flat(page)
    # the summaries and option help are translated too: no Vietnamese letter is left outside
    # quoted examples and official names (Nghị định, the Bộ Nội vụ of report's summary)
    leftovers = [w for w in re.findall(r"[^\W\d_]+", prose(page)) if not w.isascii()]
    assert not [w for w in leftovers if w not in {"NĐ", "Nội", "vụ", "Bộ", "Nghị", "định"}], page


def test_the_checker_catches_english(capsys: pytest.CaptureFixture[str]) -> None:
    english = help_page(("lint",), capsys, "--lang", "en")
    assert {"Show", "message", "exit", "Usage", "Options"} <= set(english_words(english))
    assert english_words("Kiểm tra kế hoạch in ra --format text <path> \"the plan\" plans/ a.yaml lint") == []
    assert english_words("the plans of any status") == ["the", "plans", "of"]  # "any", "status": code names


def test_command_summaries_are_whole_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    """The command list shows each command's first paragraph: a complete sentence, on one line of
    source (typer cuts there)."""
    root = typer.main.get_command(app)
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        first = (command.help or "").split("\n\n")[0]
        assert "\n" not in first and first.rstrip().endswith((".", "…", ")")), (name, first)
