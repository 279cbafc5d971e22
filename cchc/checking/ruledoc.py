"""Documentation of the rules, from their modules' docstrings (what ``cchc rules`` prints)."""

from __future__ import annotations

import json
import textwrap

from cchc.base.i18n import tr
from cchc.checking.rules import RULES, doc_summary, rule_doc


def render_rules(fmt: str = "text", code: str | None = None) -> str:
    selected = [RULES[code.upper()]] if code else list(RULES.values())
    if fmt == "json":
        return json.dumps([
            {"code": m.CODE, "name": m.NAME, "title": tr(m.TITLE), "severity": m.SEVERITY.value,
             "summary": doc_summary(m), "doc": rule_doc(m)}
            for m in selected
        ], ensure_ascii=False, indent=2) + "\n"
    out = []
    for module in selected:
        doc = textwrap.dedent(rule_doc(module))
        if fmt == "markdown":
            out.append(f"## {module.CODE} {tr(module.TITLE)} (`{module.NAME}`, {module.SEVERITY.label})\n\n{doc.strip()}\n")
        else:
            out.append(f"{module.CODE}  {tr(module.TITLE)} ({module.NAME})  [{module.SEVERITY.label}]\n"
                       + textwrap.indent(doc.strip(), "    ") + "\n")
    return "\n".join(out)
