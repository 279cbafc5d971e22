"""The rule registry is derived from the modules of ``cchc/checking/rules/``.

Adding a rule is one new module (plus its messages and tests): these tests walk the folder on disk
(an oracle independent of :mod:`pkgutil`) and fail when a module is not registered, when a rule
that should run cannot run, or when a documentation-only code is raised nowhere. A copy of the
package with one more module shows the new rule registered and run with no other edit.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from cchc.base.diagnostics import Severity
from cchc.checking import rules as registry

RULES_DIR = Path(registry.__file__).parent
PACKAGE = RULES_DIR.parent.parent
RUNS = {"data": "DATA_RULES", "plan": "PLAN_RULES", "registry": "REGISTRY_RULES"}


def _module_codes(directory: Path) -> dict[str, str]:
    """``CODE`` of every module file in ``directory`` (read from the source, not imported)."""
    codes = {}
    for path in sorted(directory.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["CODE"]
                    and isinstance(node.value, ast.Constant)):
                codes[path.stem] = str(node.value.value)
    return codes


def registry_problems(package: ModuleType, directory: Path) -> list[str]:
    """Everything wrong between the rule modules on disk and the registry derived from them."""
    problems = []
    on_disk = _module_codes(directory)
    for name, code in on_disk.items():
        if code not in package.RULES or package.RULES[code].__name__.rsplit(".", 1)[-1] != name:
            problems.append(f"{name}.py ({code}) is not registered")
    for code, module in package.RULES.items():
        if module.SCOPE not in package.SCOPES:
            problems.append(f"{code}: unknown scope {module.SCOPE!r}")
        if not isinstance(module.SEVERITY, Severity):
            problems.append(f"{code}: SEVERITY is not a Severity")
        if code[0] not in package.FAMILIES:
            problems.append(f"{code}: family {code[0]} is not in FAMILIES")
        runs = module.SCOPE in RUNS
        if runs and not callable(getattr(module, "check", None)):
            problems.append(f"{code}: scope {module.SCOPE} but no check function: it can never run")
        if runs and code not in getattr(package, RUNS[module.SCOPE]):
            problems.append(f"{code}: not in {RUNS[module.SCOPE]}: it never runs")
        if not runs and getattr(module, "check", None) is not None:
            problems.append(f"{code}: scope {module.SCOPE} has a check the engine never calls")
        listed = [name for name in ("DATA_RULES", "PLAN_RULES", "REGISTRY_RULES", "CROSS_PLAN_RULES",
                                    "ENGINE_CODES") if code in getattr(package, name)]
        if len(listed) != 1:
            problems.append(f"{code}: in {listed}, not in exactly one scope list")
    if len(package.RULES) != len(package._ALL):
        problems.append("two modules share a code")
    return problems


def test_the_registry_is_every_module_of_the_package() -> None:
    assert registry_problems(registry, RULES_DIR) == []
    assert set(_module_codes(RULES_DIR).values()) == set(registry.RULES)
    assert len(registry.RULES) >= 44


def test_documentation_only_codes_are_raised_somewhere() -> None:
    """An engine or cross-plan code has no check of its own: the engine, the loader, the schema
    check or the link pass must raise it (by its code, its module's messages, or its problem kind)."""
    sources = {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")
               if RULES_DIR not in path.parents}
    for code, module in registry.RULES.items():
        if module.SCOPE in RUNS:
            continue
        name = module.__name__.rsplit(".", 1)[-1]
        kind = getattr(module, "LOAD_KIND", None) or getattr(module, "SCHEMA_KIND", None)
        needles = [f'"{code}"', f"rules.{name}", f" {name},", f" {name}\n", f"import {name}"]
        if kind:
            needles.append(f'"{kind}"')
        assert any(n in text for text in sources.values() for n in needles), f"{code} is raised nowhere"


def test_documentation_order_is_kept() -> None:
    """``cchc rules`` lists codes by family, T006 beside T002 (its LISTED_AFTER)."""
    codes = list(registry.RULES)
    assert codes[:9] == ["Y001", "Y002", "Y003", "Y004", "Y005", "S001", "S002", "S003", "S004"]
    assert codes[codes.index("T002") + 1] == "T006" and codes[-1] == "X001"


@pytest.fixture
def rules_copy(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A copy of the rules package under another name; the test adds modules to it."""
    directory = tmp_path / "rules_copy"
    shutil.copytree(RULES_DIR, directory, ignore=shutil.ignore_patterns("__pycache__"))
    yield directory, "cchc_rules_copy"
    for name in [n for n in sys.modules if n == "cchc_rules_copy" or n.startswith("cchc_rules_copy.")]:
        del sys.modules[name]


def _import_copy(directory: Path, name: str) -> ModuleType:
    for module in [n for n in sys.modules if n == name or n.startswith(name + ".")]:
        del sys.modules[module]
    spec = importlib.util.spec_from_file_location(name, directory / "__init__.py",
                                                  submodule_search_locations=[str(directory)])
    assert spec is not None and spec.loader is not None
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return package


NEW_RULE = '''"""Nhiệm vụ không được có nội dung "XYZ".

Đúng:

    content: Việc một

Sai:

    content: XYZ
"""

from __future__ import annotations

from collections.abc import Iterator

from cchc.base.diagnostics import Finding, Severity
from cchc.base.i18n import N_

CODE = "T999"
NAME = "task-xyz"
TITLE = N_("Nội dung XYZ")
SEVERITY = Severity.WARNING
SCOPE = "plan"


def check(ctx) -> Iterator[Finding]:
    for _, task in ctx.plan.tasks():
        if task.content == "XYZ":
            yield Finding("XYZ", path=(*task.path, "content"))
'''


def test_a_new_rule_is_one_new_module(rules_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from cchc.checking import check, lint
    from conftest import HEADER
    from conftest import registry as registry_of_tests

    directory, name = rules_copy
    (directory / "task_xyz.py").write_text(NEW_RULE, encoding="utf-8")
    package = _import_copy(directory, name)
    assert registry_problems(package, directory) == []
    assert "T999" in package.PLAN_RULES and "T999" in package.RULES and "T999" not in registry.RULES
    monkeypatch.setattr(check, "rule_registry", package)  # the per-file check runs the rules
    body = """\
appendices:
  - sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        tasks:
          - {id: "1", content: XYZ, output: Báo cáo, deadline: Năm 2021, lead: [Sở Nội vụ]}
"""
    result = lint.lint_text(HEADER + body, "plan.yaml", registry=registry_of_tests())
    assert [d.code for d in result.diagnostics if d.code == "T999"] == ["T999"]


def test_an_unregistered_or_unrunnable_module_is_caught(rules_copy: tuple[Path, str]) -> None:
    directory, name = rules_copy
    (directory / "task_xyz.py").write_text(NEW_RULE.replace("def check(ctx)", "def _check(ctx)"), encoding="utf-8")
    (directory / "_hidden_rule.py").write_text(NEW_RULE.replace("T999", "T998"), encoding="utf-8")
    package = _import_copy(directory, name)
    problems = registry_problems(package, directory)
    assert "T999: scope plan but no check function: it can never run" in problems
    assert "_hidden_rule.py (T998) is not registered" in problems


def test_engine_messages_live_in_their_rule_modules() -> None:
    """A code raised by the engine keeps its texts in its rule module's MESSAGES, and each one is
    used where the code is raised (``rules.message("Q003", "malformed")``)."""
    sources = [path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py") if RULES_DIR not in path.parents]
    with_messages = [code for code, module in registry.RULES.items() if hasattr(module, "MESSAGES")]
    assert {"Q001", "Q002", "Q003", "X001", "Y003", "I001", "I002", "I003", "S001", "S002", "S003", "S004"} <= set(
        with_messages)
    for code in with_messages:
        for key, text in registry.RULES[code].MESSAGES.items():
            assert isinstance(text, str) and text, (code, key)
            assert any(f'"{code}"' in source and f'"{key}"' in source for source in sources), f"{code} {key} unused"
    with pytest.raises(KeyError):
        registry.message("Q003", "no-such-message")
    assert registry.message("Q003", "unsuppressible", code="X001") == "Không thể bỏ qua mã X001."
