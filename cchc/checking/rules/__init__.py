"""The rule registry: an explicit, ordered mapping from code to rule module.

Each module has ``CODE``, ``NAME``, ``SEVERITY``, a docstring (the rule's documentation, with a
passing and a failing example, shown by ``cchc rules``) and ``check(ctx) -> Iterator[Finding]``.
Checks done by the engine itself (YAML syntax, schema, suppressions) have ``check = None`` and are
listed here only so that their codes are documented and can be suppressed.
"""

from __future__ import annotations

import re
from types import MappingProxyType, ModuleType

from cchc.base.i18n import tr
from cchc.checking.rules import (
    agency_ended,
    agency_registry_missing,
    agency_unknown,
    document_date,
    document_symbol,
    file_unreadable,
    internal_error,
    period_order,
    plan_id_duplicate,
    plan_no_tasks,
    progress_after_done,
    progress_date_window,
    progress_occurrence,
    progress_order,
    registry_duplicate_name,
    registry_unknown_reference,
    schema_missing_key,
    schema_type,
    schema_unknown_key,
    schema_value,
    suppression_invalid,
    suppression_no_reason,
    suppression_unused,
    table_no_output_column,
    target_percentage,
    target_rank,
    target_result_unit,
    target_year,
    task_deadline_period,
    task_deadline_unreadable,
    task_no_deadline,
    task_no_lead,
    task_no_output,
    task_number_duplicate,
    task_number_order,
    task_parent_deadline,
    task_parent_reference,
    text_control_character,
    text_legacy_encoding,
    text_not_nfc,
    yaml_duplicate_key,
    yaml_leading_zero,
    yaml_syntax,
    yaml_tag,
)

_ALL: tuple[ModuleType, ...] = (
    yaml_syntax,
    yaml_duplicate_key,
    file_unreadable,
    yaml_leading_zero,
    yaml_tag,
    schema_unknown_key,
    schema_missing_key,
    schema_type,
    schema_value,
    task_number_duplicate,
    task_number_order,
    task_no_lead,
    task_no_output,
    table_no_output_column,
    task_no_deadline,
    task_deadline_unreadable,
    task_deadline_period,
    plan_no_tasks,
    agency_unknown,
    agency_registry_missing,
    agency_ended,
    text_not_nfc,
    text_legacy_encoding,
    text_control_character,
    progress_order,
    progress_after_done,
    progress_occurrence,
    progress_date_window,
    document_symbol,
    document_date,
    period_order,
    target_result_unit,
    target_percentage,
    target_rank,
    target_year,
    task_parent_reference,
    task_parent_deadline,
    plan_id_duplicate,
    registry_duplicate_name,
    registry_unknown_reference,
    suppression_no_reason,
    suppression_unused,
    suppression_invalid,
    internal_error,
)

RULES: MappingProxyType[str, ModuleType] = MappingProxyType({m.CODE: m for m in _ALL})

# Which checks run on which kind of file, and whether they need the plan model.
DATA_RULES = ("U001", "U002", "U003")  # any YAML file that loaded
PLAN_RULES = ("N001", "N002", "T001", "T002", "T006", "T003", "A001", "A002", "T004", "T005", "T007", "A003", "P001", "P002", "P003", "P004", "D001", "D002", "D003",
              "M001", "M002", "M003", "M004")
REGISTRY_RULES = ("R001", "R002")
UNSUPPRESSIBLE = frozenset({"Q001", "Q002", "Q003", "X001", "I003"})  # I003: status skips the files anyway
CROSS_PLAN_RULES = ("I001", "I002", "I003")  # run after every file is read (cchc.deriving.links)

SCHEMA_CODES = MappingProxyType({
    "unknown-key": "S001",
    "missing-key": "S002",
    "type": "S003",
    "value": "S004",
})
LOAD_CODES = MappingProxyType({"syntax": "Y001", "duplicate-key": "Y002", "read": "Y003", "leading-zero": "Y004",
                               "tag": "Y005"})


_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n)")


def doc_paragraphs(module: ModuleType) -> list[tuple[str, bool]]:
    """A rule's documentation cut at blank lines, keeping the breaks: ``(text, prose)`` pairs.

    Prose paragraphs are translated one by one (each is a message id); indented examples are plan
    data and stay as written. Joining the texts gives the documentation back unchanged."""
    parts = _PARAGRAPH_BREAK.split((module.__doc__ or "").strip())
    return [(part, index % 2 == 0 and bool(part) and not part[0].isspace()) for index, part in enumerate(parts)]


def rule_doc(module: ModuleType) -> str:
    """A rule's documentation in the current language (examples untouched)."""
    return "".join(tr(text) if prose else text for text, prose in doc_paragraphs(module))


def doc_summary(module: ModuleType) -> str:
    """The first line of a rule's documentation."""
    return rule_doc(module).splitlines()[0]
