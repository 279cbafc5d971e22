"""The rule registry, derived from the modules of this package: adding a rule is adding a module.

Each module has ``CODE``, ``NAME``, ``TITLE``, ``SEVERITY`` (the default), ``SCOPE`` (what it runs
on, one of :data:`SCOPES`), a docstring (the rule's documentation, with a passing and a failing
example, shown by ``cchc rules``) and ``check(ctx) -> Iterator[Finding]``. Codes raised by the
engine itself (YAML syntax, schema, suppressions, internal errors) or by the link pass have
``check = None``: their modules document them, register their codes (so a suppression can name
them) and hold their ``MESSAGES`` (the engine takes the texts from there: :func:`message`). Optional: ``SUPPRESSIBLE = False``; ``LOAD_KIND`` /
``SCHEMA_KIND``, the loader's or the schema check's problem kind the code reports;
``LISTED_AFTER``, the code it is documented next to; ``LOCAL = True``, the rule's findings inside a
task depend on that task (with its groups and the plan's header) alone and its findings elsewhere on
no task, so the editor may check an edited task by itself (:mod:`cchc.editor.incremental`).

Every list below is computed by walking the package (:func:`pkgutil.iter_modules`); nothing is kept
by hand. ``tests/test_rule_registry.py`` checks that every module is registered and every rule can run.
"""

from __future__ import annotations

import pkgutil
import re
from importlib import import_module
from types import MappingProxyType, ModuleType
from typing import Any

from cchc.base.i18n import msg, tr_id

# What a rule runs on: "engine" (raised by the loader, the schema check or the suppression pass),
# "data" (every YAML file that loaded), "plan" (each plan, with its model), "registry" (each agency
# registry), "cross-plan" (the link pass, after every file is read: cchc.deriving.links).
SCOPES = ("engine", "data", "plan", "registry", "cross-plan")
# The order of the code families in ``cchc rules`` (the order a file is checked in).
FAMILIES = ("Y", "S", "N", "T", "A", "U", "P", "D", "M", "I", "R", "Q", "X")
_NOT_RULES = frozenset({"base"})  # modules of this package that are not rules


def _rule_modules() -> tuple[ModuleType, ...]:
    """Every rule module of the package, in documentation order: by family, then code, a module
    with ``LISTED_AFTER`` right after the code it names."""
    found = [import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)
             if info.name not in _NOT_RULES and not info.name.startswith("_")]
    ordered = sorted((m for m in found if not getattr(m, "LISTED_AFTER", None)),
                     key=lambda m: (FAMILIES.index(m.CODE[0]) if m.CODE[0] in FAMILIES else len(FAMILIES), m.CODE))
    for module in sorted((m for m in found if getattr(m, "LISTED_AFTER", None)), key=lambda m: m.CODE):
        anchor = next((i for i, m in enumerate(ordered) if m.CODE == module.LISTED_AFTER), len(ordered) - 1)
        ordered.insert(anchor + 1, module)
    return tuple(ordered)


_ALL: tuple[ModuleType, ...] = _rule_modules()

RULES: MappingProxyType[str, ModuleType] = MappingProxyType({m.CODE: m for m in _ALL})


def _scope(name: str) -> tuple[str, ...]:
    return tuple(m.CODE for m in _ALL if m.SCOPE == name)


# Which checks run on which kind of file (cchc.checking.lint), and which the link pass raises.
DATA_RULES = _scope("data")  # any YAML file that loaded
PLAN_RULES = _scope("plan")
REGISTRY_RULES = _scope("registry")
CROSS_PLAN_RULES = _scope("cross-plan")  # run after every file is read (cchc.deriving.links)
ENGINE_CODES = _scope("engine")
UNSUPPRESSIBLE = frozenset(m.CODE for m in _ALL if not getattr(m, "SUPPRESSIBLE", True))
LOCAL_CODES = frozenset(m.CODE for m in _ALL if getattr(m, "LOCAL", False))  # see the module docstring

SCHEMA_CODES = MappingProxyType({m.SCHEMA_KIND: m.CODE for m in _ALL if getattr(m, "SCHEMA_KIND", None)})
LOAD_CODES = MappingProxyType({m.LOAD_KIND: m.CODE for m in _ALL if getattr(m, "LOAD_KIND", None)})


def message(code: str, key: str, /, **params: Any) -> str:
    """Message ``key`` of rule ``code`` (its module's ``MESSAGES``), deferred (:func:`cchc.base.i18n.msg`):
    how the engine words what it reports under a rule's code, the text kept in the rule's own module."""
    return msg(RULES[code].MESSAGES[key], **params)


_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")


def doc_paragraphs(module: ModuleType) -> list[tuple[str, bool]]:
    """A rule's documentation cut at blank lines, keeping the breaks: ``(text, prose)`` pairs.

    Prose paragraphs are translated one by one (each under its stable id: :func:`doc_ids`); indented examples are plan
    data and stay as written. Joining the texts gives the documentation back unchanged."""
    parts = _PARAGRAPH_BREAK.split((module.__doc__ or "").strip())
    return [(part, index % 2 == 0 and bool(part) and not part[0].isspace()) for index, part in enumerate(parts)]


def doc_ids(module: ModuleType) -> list[tuple[str, str | None]]:
    """A rule's documentation paragraphs with their stable message ids: ``(text, id)``, the id
    ``"A001.doc.1"`` for the first prose paragraph of A001 and so on, None for examples and breaks
    (plan data, never translated)."""
    parts: list[tuple[str, str | None]] = []
    number = 0
    for text, prose in doc_paragraphs(module):
        if prose:
            number += 1
        parts.append((text, f"{module.CODE}.doc.{number}" if prose else None))
    return parts


def rule_doc(module: ModuleType) -> str:
    """A rule's documentation in the current language (examples untouched)."""
    return "".join(text if msgid is None else tr_id(msgid, text) for text, msgid in doc_ids(module))


def doc_summary(module: ModuleType) -> str:
    """The first line of a rule's documentation."""
    return rule_doc(module).splitlines()[0]
