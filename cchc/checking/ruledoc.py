"""Documentation of the rules, from their modules' docstrings (what ``cchc rules`` prints): one writer per
format, registered in :data:`cchc.writing.formats.RULES`."""

from __future__ import annotations

import json
import textwrap
from types import ModuleType

from cchc.base.i18n import tr
from cchc.checking.rules import RULES, doc_summary, rule_doc


def selected_rules(code: str | None = None) -> list[ModuleType]:
    """Every rule module, or the one of ``code`` (any case); KeyError for a code no rule has."""
    return [RULES[code.upper()]] if code else list(RULES.values())


def rules_json(selected: list[ModuleType]) -> str:
    return json.dumps([
        {"code": m.CODE, "name": m.NAME, "title": tr(m.TITLE), "severity": m.SEVERITY.value,
         "summary": doc_summary(m), "doc": rule_doc(m)}
        for m in selected
    ], ensure_ascii=False, indent=2) + "\n"


def rules_markdown(selected: list[ModuleType]) -> str:
    out = []
    for module in selected:
        doc = textwrap.dedent(rule_doc(module))
        out.append(f"## {module.CODE} {tr(module.TITLE)} (`{module.NAME}`, {module.SEVERITY.label})\n\n{doc.strip()}\n")
    return "\n".join(out)


def rules_text(selected: list[ModuleType]) -> str:
    out = []
    for module in selected:
        doc = textwrap.dedent(rule_doc(module))
        out.append(f"{module.CODE}  {tr(module.TITLE)} ({module.NAME})  [{module.SEVERITY.label}]\n"
                   + textwrap.indent(doc.strip(), "    ") + "\n")
    return "\n".join(out)
