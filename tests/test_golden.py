"""Exact-output (golden) tests for every lint output format.

Regenerate after an intended change with ``CCHC_UPDATE_GOLDEN=1 python3 -m pytest tests/test_golden.py``
and review the diff like code.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from cchc.checking.lint import lint_paths
from cchc.writing.output import FORMATS
from cchc.writing.output import text as text_output
from conftest import FIXTURES

GOLDEN = Path(__file__).resolve().parent / "golden"
FILES = ["schema-deep.yaml", "tasks-missing.yaml", "suppressions.yaml", "syntax-quote.yaml"]


def _render(fmt: str) -> str:
    result = lint_paths([Path("tests/fixtures/invalid") / name for name in FILES])
    stream = io.StringIO()
    if fmt == "text":
        text_output.write(result, stream, color=False)
    else:
        FORMATS[fmt](result, stream)
    return stream.getvalue()


@pytest.mark.parametrize("fmt, suffix", [("text", "txt"), ("json", "json"), ("github", "github.txt"),
                                         ("sarif", "sarif.json")])
def test_golden_output(fmt: str, suffix: str, repo_root: Path) -> None:
    assert (repo_root / "tests/fixtures/invalid").is_dir() and FIXTURES.is_dir()
    got = _render(fmt)
    path = GOLDEN / f"lint.{suffix}"
    if os.environ.get("CCHC_UPDATE_GOLDEN") == "1":
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_json_contract(repo_root: Path) -> None:
    document = json.loads(_render("json"))
    assert document["version"] == 1
    assert {"files", "errors", "warnings"} <= set(document["summary"])
    assert document["summary"]["files"] == len(FILES)
    keys = {"path", "line", "column", "end_line", "end_column", "code", "severity", "message", "hint"}
    assert document["diagnostics"] and all(set(d) == keys for d in document["diagnostics"])
    assert {d["severity"] for d in document["diagnostics"]} <= {"error", "warning", "info"}
    errors = sum(d["severity"] == "error" for d in document["diagnostics"])
    assert errors == document["summary"]["errors"]


def test_sarif_is_structurally_valid(repo_root: Path) -> None:
    document = json.loads(_render("sarif"))
    assert document["version"] == "2.1.0"
    (run,) = document["runs"]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert result["level"] in {"error", "warning", "note"}


def test_github_commands_escape_newlines_and_commas(repo_root: Path) -> None:
    lines = _render("github").splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert annotations and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in annotations)
    assert all("\n" not in line and "%0A" in line for line in annotations if "Gợi ý" in line)
    assert any("file=tests/fixtures/invalid/schema-deep.yaml,line=17,col=13" in line for line in annotations)
