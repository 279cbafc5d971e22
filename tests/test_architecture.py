"""The package's layers hold, and docs/architecture.md names exactly the modules that exist.

Layer order, low to high (each folder's ``__init__`` docstring says what it owns)::

    base (and locale, its message data) < reading < checking < deriving < writing < authoring < editor
    < commands < cli.py, __main__.py

A module may import from its own layer and from lower ones, never from a higher one. Every import
counts: at the top of a module, inside a function (a lazy import), under ``TYPE_CHECKING``,
``from cchc import x``, relative imports and ``importlib.import_module("cchc.…")``. The package
root ``cchc`` (its ``__version__``) is below every layer.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "cchc"
ARCHITECTURE_DOC = ROOT / "docs" / "architecture.md"
LAYERS = ("base", "reading", "checking", "deriving", "writing", "authoring", "editor", "commands")
BESIDE = {"locale": "base"}  # folders that sit on a layer's level
TOP = ("cchc.cli", "cchc.__main__")



def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in path.parts}


def layer(module: str) -> int:
    """-1 for the package root (its version), 0 for base (and locale), one up per layer; cli and
    __main__ on top."""
    if module in TOP:
        return len(LAYERS)
    parts = module.split(".")
    if parts == ["cchc"]:
        return -1
    folder = BESIDE.get(parts[1], parts[1])
    if folder not in LAYERS:
        raise LookupError(f"{module} is in no layer: put it in one of the folders {LAYERS} "
                          "(or name it in TOP or BESIDE of tests/test_architecture.py)")
    return LAYERS.index(folder)


def imported(path: Path, module: str, known: set[str]) -> Iterator[tuple[str, int]]:
    """Every cchc module ``path`` imports, with the line of the import."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "cchc" or alias.name.startswith("cchc."):
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            if source != "cchc" and not source.startswith("cchc."):
                continue
            for alias in node.names:
                # `from cchc.x import y` imports the module cchc.x.y when there is one, else a name of cchc.x
                target = f"{source}.{alias.name}"
                yield (target if target in known else source), node.lineno
        elif isinstance(node, ast.Call) and node.args:
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("import_module", "__import__"):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                text = first.value
            elif isinstance(first, ast.JoinedStr) and first.values and isinstance(first.values[0], ast.Constant):
                # f"cchc.locale.{code}": the package named by the constant part
                text = str(first.values[0].value).rpartition(".")[0]
            else:
                continue
            if text == "cchc" or text.startswith("cchc."):
                yield text, node.lineno


def import_graph() -> dict[tuple[str, str], list[str]]:
    """(importer, imported) -> where: ``path:line`` of each import."""
    found = modules()
    known = set(found)
    graph: dict[tuple[str, str], list[str]] = {}
    for module, path in found.items():
        for target, line in imported(path, module, known):
            where = f"{path.relative_to(ROOT).as_posix()}:{line}"
            if where not in graph.setdefault((module, target), []):
                graph[(module, target)].append(where)
    return graph


def upward(graph: dict[tuple[str, str], list[str]]) -> dict[tuple[str, str], list[str]]:
    return {pair: where for pair, where in graph.items() if layer(pair[1]) > layer(pair[0])}


def test_every_module_is_in_a_layer() -> None:
    for module in modules():
        layer(module)


def test_imports_name_modules_that_exist() -> None:
    known = set(modules())
    missing = {pair: where for pair, where in import_graph().items()
               if pair[1] not in known}
    assert missing == {}


def test_no_module_imports_from_a_higher_layer() -> None:
    found = upward(import_graph())
    new = {f"{a} -> {b} ({', '.join(where)})" for (a, b), where in found.items()}
    assert not new, "imports from a higher layer (move the shared code down a layer):\n" + "\n".join(sorted(new))


def test_the_layer_check_can_fail(tmp_path: Path) -> None:
    fake = tmp_path / "fake.py"
    fake.write_text("from cchc.base import text\n\ndef f():\n    from cchc.writing import render\n"
                    "    import cchc.commands.helptext\n    from cchc import cli\n"
                    "    importlib.import_module(f'cchc.deriving.{x}')\n", encoding="utf-8")
    known = set(modules())
    targets = [target for target, _ in imported(fake, "cchc.reading.fake", known)]
    assert targets == ["cchc.base.text", "cchc.writing.render", "cchc.commands.helptext", "cchc.cli",
                       "cchc.deriving"]
    assert [layer(target) > layer("cchc.reading.fake") for target in targets] == [False, True, True, True, True]
    relative = tmp_path / "rel.py"
    relative.write_text("from ..deriving import status\nfrom . import lint\n", encoding="utf-8")
    assert [target for target, _ in imported(relative, "cchc.checking.rel", known)] == [
        "cchc.deriving.status", "cchc.checking.lint"]


# ----------------------------------------------------------------------------- docs/architecture.md

def documented_modules(text: str) -> set[str]:
    """The modules the diagram lists: the first ``cchc.…`` dotted name of each line of the fenced block."""
    block = text.split("```")[1] if text.count("```") >= 2 else ""
    names = set()
    for line in block.splitlines():
        match = re.match(r"\s*[│├└─|+`\- ]*\s*(cchc(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s", line + " ")
        if match:
            names.add(match.group(1))
    return names


def test_architecture_doc_lists_every_module() -> None:
    listed = documented_modules(ARCHITECTURE_DOC.read_text(encoding="utf-8"))
    found = modules()
    missing, extra = sorted(set(found) - listed), sorted(listed - set(found))
    # lines to start from for the missing modules: the first line of each one's docstring
    suggested = "\n".join(f"{name:<44}{first_line(found[name])}" for name in missing)
    assert (missing, extra) == ([], []), (
        "docs/architecture.md must list every module under cchc/ on a line of its diagram (one line a "
        f"module, `cchc.stage.module  role`).\nmissing from the doc: {missing}\nnamed in the doc but not in "
        f"cchc/: {extra}\nlines to start from (in the stage's group):\n{suggested}")


def first_line(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "(no docstring)"
    return doc.strip().splitlines()[0]


def test_architecture_doc_check_can_fail() -> None:
    text = "intro\n```\ncchc.base.text        folding\n  ├─ cchc.reading.load  YAML\nnot a module line\n```\n"
    assert documented_modules(text) == {"cchc.base.text", "cchc.reading.load"}
