"""Every message id in cchc, found in the source the way the i18n tests check the catalogues.

Message ids come from four places:

- calls ``tr("…", **fields)``, ``msg("…", **fields)`` and ``N_("…")`` with a literal first argument,
  and ``message("CODE", "key", **fields)``, a text of a rule module's ``MESSAGES`` (the AST of every
  module; an f-string or ``%`` there is reported as a problem, since it could never match);
- the typer help of the command line (``cchc/cli.py`` and ``cchc/commands/``): ``help=`` of options,
  arguments and the app, and the docstrings of the commands, as written in the source, and the help of
  every command and option of the built command tree, where help built from data is found (an
  output kind's ``--format`` help lists its registry's names); all translated by
  :func:`cchc.base.i18n.translate_help`;
- the rules' documentation, paragraph by paragraph, under stable ids ``A001.doc.1``…
  (:func:`cchc.checking.rules.doc_ids`): a typo fixed in the Vietnamese keeps its English entry;
- the ``errorMessage`` texts of the bundled JSON Schemas.

``python tests/msgids.py`` lists the ids the English catalogue lacks and the entries it no
longer needs.
"""

from __future__ import annotations

import ast
import json
import string
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cchc"
TRANSLATORS = ("tr", "N_", "msg")


@dataclass(frozen=True)
class MsgId:
    text: str
    where: str  # file:line
    fields: frozenset[str] | None = None  # keyword names a tr() call passes (None: not a call, or **kwargs)


def placeholders(text: str) -> frozenset[str] | None:
    """The named fields of a str.format template; None when the text is not one (literal braces)."""
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return None


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _from_calls(path: Path, tree: ast.AST, found: list[MsgId], problems: list[str]) -> None:
    shown = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _callee(node) == "message":
            _from_rule_message(node, f"{shown}:{node.lineno}", found, problems)
            continue
        if not isinstance(node, ast.Call) or _callee(node) not in TRANSLATORS or not node.args:
            continue
        first = node.args[0]
        where = f"{shown}:{node.lineno}"
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            fields = None
            if _callee(node) in ("tr", "msg") and all(k.arg is not None for k in node.keywords):
                fields = frozenset(k.arg for k in node.keywords if k.arg is not None)
            found.append(MsgId(first.value, where, fields))
        elif isinstance(first, (ast.JoinedStr, ast.BinOp, ast.IfExp, ast.Call)):
            problems.append(f"{where}: {_callee(node)}() needs a literal message id, not a built string")


def _from_rule_message(node: ast.Call, where: str, found: list[MsgId], problems: list[str]) -> None:
    """``rules.message("Q003", "malformed", **fields)``: the text is the rule module's MESSAGES entry
    (found there as ``N_``); the call tells which fields it is given."""
    from cchc.checking.rules import RULES

    if len(node.args) != 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args):
        return  # not the rules' message(code, key) (a dynamic key is looked up at run time)
    code, key = (str(a.value) for a in node.args if isinstance(a, ast.Constant))
    text = getattr(RULES.get(code), "MESSAGES", {}).get(key)
    if text is None:
        problems.append(f"{where}: {code} has no message {key!r}")
        return
    fields = None
    if all(k.arg is not None for k in node.keywords):
        fields = frozenset(k.arg for k in node.keywords if k.arg is not None)
    found.append(MsgId(text, where, fields))


def _is_cli(path: Path) -> bool:
    return path == PACKAGE / "cli.py" or path.parent == PACKAGE / "commands"


def _from_cli(path: Path, tree: ast.Module, found: list[MsgId]) -> None:
    shown = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _callee(node) in ("Option", "Argument", "Typer"):
            for keyword in node.keywords:
                if keyword.arg == "help" and isinstance(keyword.value, ast.Constant):
                    found.append(MsgId(str(keyword.value.value), f"{shown}:{node.lineno}"))
        if isinstance(node, ast.FunctionDef) and any(
                isinstance(d, ast.Call) and _callee(d) in ("command", "callback") for d in node.decorator_list):
            doc = ast.get_docstring(node)
            if doc:
                found.append(MsgId(doc, f"{shown}:{node.lineno}"))


TYPER_OWN = ("install_completion", "show_completion")  # typer's options: cchc.commands.helptext words them


def _from_command_tree(found: list[MsgId]) -> None:
    """The help texts of the built command tree: what translate_help translates, built ones included."""
    import typer

    from cchc.cli import app

    def walk(command: object, where: str) -> None:
        for attribute in ("help", "short_help"):
            text = getattr(command, attribute, None)
            if text:
                found.append(MsgId(text, where))
        for param in getattr(command, "params", ()):
            if getattr(param, "help", None) and param.name not in TYPER_OWN:
                found.append(MsgId(param.help, f"{where} {param.name}"))
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, f"{where} {name}")

    walk(typer.main.get_command(app), "cchc")


def _from_rules(found: list[MsgId]) -> None:
    from cchc.checking.rules import RULES, doc_ids

    for code, module in RULES.items():
        for text, msgid in doc_ids(module):
            if msgid is not None:
                found.append(MsgId(msgid, f"rule {code}: {text.splitlines()[0][:60]}"))


def _from_schemas(found: list[MsgId]) -> None:
    def walk(value: object, name: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "errorMessage" and isinstance(item, str):
                    found.append(MsgId(item, name))
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, name)

    for path in sorted((PACKAGE / "data").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")), f"cchc/data/{path.name}")


def extract() -> tuple[list[MsgId], list[str]]:
    """All message ids, and the calls whose id is not a literal."""
    found: list[MsgId] = []
    problems: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "locale" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        _from_calls(path, tree, found, problems)
        if _is_cli(path):
            _from_cli(path, tree, found)
    _from_command_tree(found)
    _from_rules(found)
    _from_schemas(found)
    return found, problems


if __name__ == "__main__":  # pragma: no cover - a helper for whoever edits the catalogue
    sys.path.insert(0, str(ROOT))
    from cchc.locale.en import MESSAGES

    ids, bad = extract()
    for line in bad:
        print("PROBLEM", line)
    seen: set[str] = set()
    for item in ids:
        if item.text not in MESSAGES and item.text not in seen:
            seen.add(item.text)
            print(f"    # {item.where}\n    {item.text!r}: {item.text!r},")
    for key in sorted(set(MESSAGES) - {i.text for i in ids}):
        print("STALE", repr(key))
