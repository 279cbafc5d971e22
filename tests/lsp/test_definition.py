"""Go to definition in ``cchc lsp``: from an ``implements`` plan id to that plan's file (at the
task named), from a report's ``plan`` to the plan, from an agency name to its registry entry —
through a real LSP client. Expected lines are found in the target files here, by their text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import REPO, open_doc, uri_of
from tests.lsp.test_hover import FIXTURE, PLAN, position

PARENT = Path("plans/thu/ctr-thu-2021-2025.yaml")


@pytest.fixture
def workspace(workspace: Path) -> Path:
    shutil.copytree(FIXTURE, workspace / "plans" / "thu")
    # the two plans under other ids outside the plans folder (the index does not read them)
    (workspace / "elsewhere").mkdir()
    for name in (PLAN.name, PARENT.name):
        text = (FIXTURE / name).read_text(encoding="utf-8").replace("thu-", "khac-")
        (workspace / "elsewhere" / name).write_text(text, encoding="utf-8")
    return workspace


async def definition(client: LanguageClient, path: Path, needle: str, offset: int = 1) -> list[types.Location]:
    found = await client.text_document_definition_async(types.DefinitionParams(
        types.TextDocumentIdentifier(uri_of(path)), position(path.read_text(encoding="utf-8"), needle, offset)))
    assert found is None or isinstance(found, list), found
    return found or []


def line_of(path: Path, text: str) -> int:
    """The 0-based line of ``path`` that holds ``text``."""
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()) if text in line)


@pytest.mark.asyncio
async def test_an_implements_reference_leads_to_the_task_in_the_other_plan(client: LanguageClient) -> None:
    path = client.root / PLAN
    await open_doc(client, path)
    parent = client.root / PARENT
    [location] = await definition(client, path, "thu-ctr-2021-2025#I.2", 3)
    assert location.uri == uri_of(parent)
    assert location.range.start.line == line_of(parent, "- id: \"2\"")
    # the plan-level entry: the plan's id line
    [location] = await definition(client, path, "plan: thu-ctr", len("plan: ") + 1)
    assert location.uri == uri_of(parent)
    assert location.range.start.line == line_of(parent, "id: thu-ctr-2021-2025")


@pytest.mark.asyncio
async def test_a_plan_outside_the_index_is_found_near_the_file(client: LanguageClient) -> None:
    path = client.root / "elsewhere" / PLAN.name
    await open_doc(client, path)
    parent = client.root / "elsewhere" / PARENT.name
    [location] = await definition(client, path, "khac-ctr-2021-2025#I.2", 3)
    assert location.uri == uri_of(parent)
    assert location.range.start.line == line_of(parent, "- id: \"2\"")


@pytest.mark.asyncio
async def test_an_agency_leads_to_its_registry_entry(client: LanguageClient) -> None:
    path = client.root / PLAN
    await open_doc(client, path)
    registry = client.root / "plans/thu/agencies.yaml"
    [location] = await definition(client, path, "SKHĐT]")
    assert location.uri == uri_of(registry)
    assert location.range.start.line == line_of(registry, "name: Sở Kế hoạch và Đầu tư")
    # in the registry: from a successor's id to its entry
    await open_doc(client, registry)
    [location] = await definition(client, registry, "successors: [so-tai-chinh", len("successors: [") + 1)
    assert location.uri == uri_of(registry)
    assert location.range.start.line == line_of(registry, "name: Sở Tài chính")
    # nothing under the cursor to go to: an empty answer, not an error
    assert await definition(client, path, "content: Ban hành quy chế", len("content: ") + 1) == []


@pytest.mark.asyncio
async def test_a_report_leads_to_the_plan_it_reports_on(client: LanguageClient) -> None:
    report = client.root / "plans/reports/quang-nam-kh-cchc-2021/2021-6-thang.yaml"
    report.parent.mkdir(parents=True)
    shutil.copy(REPO / "tests/fixtures/reports/quang-nam-kh-cchc-2021/2021-6-thang.yaml", report)
    await open_doc(client, report)
    plan = client.root / "plans/quang-nam/kh-cchc-2021.yaml"
    [location] = await definition(client, report, "plan: quang", len("plan: ") + 1)
    assert location.uri == uri_of(plan)
    assert location.range.start.line == line_of(plan, "id: quang-nam-kh-cchc-2021")
