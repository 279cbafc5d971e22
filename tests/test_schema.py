"""Schema: it holds every bundled plan and rejects bad input at the right node."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cchc.checking.schema import AGENCIES_SCHEMA, PLAN_SCHEMA, REPORT_SCHEMA, load_schema, validate
from cchc.reading.load import load_file
from conftest import ROOT, lint_codes

PLANS = sorted(p for p in (ROOT / "plans").rglob("*.yaml") if p.name != "agencies.yaml")
REGISTRIES = sorted((ROOT / "plans").rglob("agencies.yaml"))


def _walk_properties(schema: object, path: str = "#"):
    if isinstance(schema, dict):
        for name, sub in schema.get("properties", {}).items():
            yield f"{path}/properties/{name}", sub
        for key, sub in schema.items():
            if isinstance(sub, (dict, list)):
                yield from _walk_properties(sub, f"{path}/{key}")
    elif isinstance(schema, list):
        for index, sub in enumerate(schema):
            yield from _walk_properties(sub, f"{path}/{index}")


@pytest.mark.parametrize("name", [PLAN_SCHEMA, AGENCIES_SCHEMA, REPORT_SCHEMA])
def test_schema_is_valid_2020_12_with_vietnamese_help_everywhere(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("https://")
    jsonschema.Draft202012Validator.check_schema(schema)
    missing = []
    for where, sub in _walk_properties(schema):
        if isinstance(sub, dict) and "$ref" in sub and set(sub) == {"$ref"}:
            continue  # the referenced definition carries the title and description
        if not (isinstance(sub, dict) and sub.get("title") and sub.get("description")):
            missing.append(where)
    assert missing == []


@pytest.mark.parametrize("name", [PLAN_SCHEMA, REPORT_SCHEMA])
def test_every_object_forbids_unknown_keys(name: str) -> None:
    schema = load_schema(name)
    objects = [d for d in [schema, *schema["$defs"].values()] if d.get("type") == "object"]
    assert objects and all(d.get("additionalProperties") is False for d in objects)


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_bundled_plans_validate(path: Path) -> None:
    loaded = load_file(path)
    assert loaded.ok
    assert validate(loaded.data, PLAN_SCHEMA) == []
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


@pytest.mark.parametrize("path", REGISTRIES, ids=lambda p: p.parent.name)
def test_bundled_registries_validate(path: Path) -> None:
    loaded = load_file(path)
    assert validate(loaded.data, AGENCIES_SCHEMA) == []


def test_misspelled_key_is_located_at_the_key() -> None:
    codes = lint_codes("""\
        appendices:
          - sections:
              - number: I
                title: A
                tasks:
                  - id: "1"
                    content: x
                    ouput: y
        """)
    assert (16, 13, "S001") in codes


def test_unknown_key_suggests_the_right_one() -> None:
    problems = validate({"version": 1, "id": "x", "documnet": {}, "period": {"start": 2021, "end": 2021}})
    unknown = [p for p in problems if p.kind == "unknown-key"]
    assert unknown and "document" in unknown[0].hint and unknown[0].key


def test_enum_value_suggests_the_closest_code() -> None:
    problems = validate({"version": 1, "id": "x", "document": {"type": "Kế hoạch", "issuer": "A", "title": "B"},
                         "period": {"start": 2021, "end": 2021},
                         "body": [{"area": "the-che"}]})
    (problem,) = problems
    assert problem.path == ("body", 0, "area") and "the_che" in problem.hint


def test_date_is_checked_as_a_real_date() -> None:
    problems = validate({"version": 1, "id": "x", "document": {"type": "Kế hoạch", "issuer": "A", "title": "B"},
                         "period": {"start": 2021, "end": 2021},
                         "appendices": [{"sections": [{"title": "A", "tasks": [
                             {"id": "1", "content": "c", "due": "2021-02-30"}]}]}]})
    assert [p.path for p in problems] == [("appendices", 0, "sections", 0, "tasks", 0, "due")]


def test_content_items_follow_the_matching_branch() -> None:
    # an object among paragraphs is checked as a block: the typo is reported, not "wrong type"
    problems = validate({"version": 1, "id": "x", "document": {"type": "Kế hoạch", "issuer": "A", "title": "B"},
                         "period": {"start": 2021, "end": 2021},
                         "body": [{"content": ["đoạn văn", {"titel": "x"}]}]})
    assert [(p.kind, p.path) for p in problems] == [("unknown-key", ("body", 0, "content", 1, "titel"))]


def test_schema_files_are_the_packaged_ones() -> None:
    for name in (PLAN_SCHEMA, AGENCIES_SCHEMA, REPORT_SCHEMA):
        assert json.loads((ROOT / "schema" / name).read_text(encoding="utf-8")) == load_schema(name)
