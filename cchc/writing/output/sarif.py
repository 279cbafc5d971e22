"""SARIF 2.1.0 for code scanning (GitHub, Azure DevOps and other SARIF viewers)."""

from __future__ import annotations

import json
from typing import Any, TextIO
from urllib.parse import quote

from cchc import __version__
from cchc.base.i18n import render, tr
from cchc.checking.lint import LintResult
from cchc.checking.rules import RULES, doc_summary, rule_doc

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def document(result: LintResult) -> dict[str, Any]:
    codes = list(RULES)
    rules = [
        {
            "id": code,
            "name": module.NAME,
            "shortDescription": {"text": doc_summary(module)},
            "fullDescription": {"text": rule_doc(module)},
            "defaultConfiguration": {"level": _LEVEL[module.SEVERITY.value]},
            "help": {"text": rule_doc(module)},
        }
        for code, module in RULES.items()
    ]
    results = []
    for d in result.diagnostics:
        entry: dict[str, Any] = {
            "ruleId": d.code,
            "level": _LEVEL[d.severity.value],
            "message": {"text": render(d.message) + (" " + tr("Gợi ý: {hint}", hint=render(d.hint)) if d.hint else "")},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(d.path, safe="/:")},
                    "region": {
                        "startLine": d.span.line,
                        "startColumn": d.span.column,
                        "endLine": d.span.end_line,
                        "endColumn": d.span.end_column,
                    },
                }
            }],
        }
        if d.code in RULES:
            entry["ruleIndex"] = codes.index(d.code)
        if d.hint:
            entry["properties"] = {"hint": render(d.hint)}
        results.append(entry)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "cchc",
                "version": __version__,
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def write(result: LintResult, stream: TextIO) -> None:
    json.dump(document(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
