"""The output formats of every output kind written in this layer: one registry per kind.

Each command's ``--format`` choices and help are built from its kind's registry
(:mod:`cchc.commands.options`), and the command writes through it: a format is added here, next to
its writer, and nowhere else. Nothing is imported here (see :mod:`cchc.base.formats`).
"""

from __future__ import annotations

from cchc.base.formats import Formats

_OUT = "cchc.writing.output"

# cchc lint: write(result: LintResult, stream). "auto" (github in GitHub Actions, else text) is a choice, not a writer.
LINT = Formats({
    "text": f"{_OUT}.text:write",
    "json": f"{_OUT}.json_format:write",
    "github": f"{_OUT}.github:write",
    "sarif": f"{_OUT}.sarif:write",
})

# cchc rules: write(modules: list of rule modules) -> str
RULES = Formats({
    "text": "cchc.checking.ruledoc:rules_text",
    "json": "cchc.checking.ruledoc:rules_json",
    "markdown": "cchc.checking.ruledoc:rules_markdown",
})

# cchc status: write(report: StatusReport, stream)
STATUS = Formats({
    "table": f"{_OUT}.status:write_table",
    "json": f"{_OUT}.status:write_json",
    "csv": f"{_OUT}.status:write_csv",
    "markdown": f"{_OUT}.status:write_markdown",
})

# cchc status --rollup: write(lines: list[RollupLine], report: StatusReport, stream); the same names as STATUS
ROLLUP = Formats({
    "table": f"{_OUT}.links:rollup_table",
    "json": f"{_OUT}.links:rollup_json",
    "csv": f"{_OUT}.links:rollup_csv",
    "markdown": f"{_OUT}.links:rollup_markdown",
})

# cchc agencies: write(lines: list[AgencyLine], report: StatusReport, stream)
AGENCIES = Formats({
    "table": f"{_OUT}.status:agencies_table",
    "json": f"{_OUT}.status:agencies_json",
    "csv": f"{_OUT}.status:agencies_csv",
    "markdown": f"{_OUT}.status:agencies_markdown",
})

# cchc trace: write(trace: Trace, stream)
TRACE = Formats({
    "table": f"{_OUT}.links:trace_table",
    "json": f"{_OUT}.links:trace_json",
    "csv": f"{_OUT}.links:trace_csv",
    "markdown": f"{_OUT}.links:trace_markdown",
})

# cchc targets: write(report: TargetsReport, stream)
TARGETS = Formats({
    "table": f"{_OUT}.targets:write_table",
    "json": f"{_OUT}.targets:write_json",
    "csv": f"{_OUT}.targets:write_csv",
    "markdown": f"{_OUT}.targets:write_markdown",
})

# cchc deadline: write(text: str, result: Deadline | DeadlineError, stream) on stdout
DEADLINE = Formats({
    "text": f"{_OUT}.deadline:write_text",
    "json": f"{_OUT}.deadline:write_json",
})

# cchc import, the summary: write(file: Path, output: Path | None, summary: ImportSummary, starter: Starter | None,
# registry_out: Path | None, out: TextIO, err: TextIO); the writer picks stdout (out) or stderr (err)
IMPORT_SUMMARY = Formats({
    "text": f"{_OUT}.imported:write_text",
    "json": f"{_OUT}.imported:write_json",
})

# cchc render: write(plan: Plan, out: Path | None, template: Path | None) -> str | None. A text format
# returns the document (the command writes it to ``out`` or shows it); a file format writes ``out``.
RENDER = Formats({
    "md": "cchc.writing.documents:plan_md",
    "docx": "cchc.writing.documents:plan_docx",
    "html": "cchc.writing.documents:plan_html",
    "pdf": "cchc.writing.documents:plan_pdf",
}, files=("docx", "pdf"))

# cchc report: write(report: Report, out: Path | None, template: Path | None) -> str | None, as RENDER
REPORT = Formats({
    "md": "cchc.writing.documents:report_md",
    "docx": "cchc.writing.documents:report_docx",
    "html": "cchc.writing.documents:report_html",
    "xlsx": "cchc.writing.documents:report_xlsx",
    "pdf": "cchc.writing.documents:report_pdf",
}, files=("docx", "xlsx", "pdf"))
