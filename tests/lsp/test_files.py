"""Which files ``cchc lsp`` speaks about: plans, agency registries and report files get cchc
lint's findings; other YAML in the workspace (a GitHub workflow, a docker-compose file) gets none,
until it becomes plan-like; a closed document's findings are cleared."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import REPO, open_doc, replace_all, uri_of, wait_for
from tests.lsp.oracle import expected, lint_json, published

WORKFLOW = """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: cchc lint plans/
"""
COMPOSE = """services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
"""


async def same_as_lint(client: LanguageClient, path: Path, text: str, found: list[types.Diagnostic]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    shown = path.relative_to(client.root).as_posix()
    want = expected(lint_json(client.root, shown), shown, text)
    assert published(found) == want


@pytest.mark.asyncio
async def test_yaml_that_is_not_cchc_gets_no_diagnostics_even_half_typed(client: LanguageClient) -> None:
    for relative, text in ((".github/workflows/ci.yml", WORKFLOW), ("docker-compose.yaml", COMPOSE),
                           ("deploy/values.yaml", "replicaCount: 2\nid: web\n")):
        path = client.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        assert await open_doc(client, path) == [], relative
        assert await replace_all(client, path, text.replace(":", "", 1) + '  x: "\n', 2) == [], relative
        assert await replace_all(client, path, "\t- [\n", 3) == [], relative


@pytest.mark.asyncio
async def test_registries_and_reports_get_their_findings(client: LanguageClient) -> None:
    registry = client.root / "plans/quang-nam/agencies.yaml"
    text = registry.read_text(encoding="utf-8")
    assert await open_doc(client, registry) == []
    lines = text.splitlines(keepends=True)
    broken = "".join(lines[:-1]) + "  - {name: 😀, levell: tỉnh}\n"
    found = await replace_all(client, registry, broken, 2)
    assert found
    await same_as_lint(client, registry, broken, found)

    report = client.root / "plans/reports/quang-nam-kh-cchc-2021/2021-6-thang.yaml"
    text = (REPO / "tests/fixtures/reports/quang-nam-kh-cchc-2021/2021-6-thang.yaml").read_text(encoding="utf-8")
    broken = text.replace("period: 2021-H1", "period: 2021-H7", 1).replace("  place: Quảng Nam", "  placee: Quảng Nam 😀", 1)
    found = await open_doc(client, report, broken)
    assert found
    await same_as_lint(client, report, broken, found)


@pytest.mark.asyncio
async def test_a_file_outside_the_plans_folder_that_becomes_a_plan_gets_findings_and_keeps_them(client: LanguageClient) -> None:
    path = client.root / "drafts/ke-hoach-moi.yaml"
    uri = uri_of(path)
    assert await open_doc(client, path, "ghi_chu: bản nháp\n") == []
    assert await replace_all(client, path, "id: ban-nhap\n", 2) == []  # one key many formats have
    plan = (client.root / "plans/quang-ngai/binh-son-kh-par-sipas-2022.yaml").read_text(encoding="utf-8")
    plan = plan.split("\n", 1)[1]  # no modeline: plan-like by its keys
    plan = plan.replace("id: binh-son-kh-par-sipas-2022", "id: ban-nhap", 1).replace("    title: Mục đích", "    titel: Mục đích 😀", 1)
    found = await replace_all(client, path, plan, 3)
    assert "S001" in {d.code for d in found}, found
    await same_as_lint(client, path, plan, found)
    half = plan.replace("lead: [Phòng Tư pháp]", 'lead: ["Phòng 😀 Tư pháp]', 1)
    found = await replace_all(client, path, half, 4)  # half typed: still a plan, its syntax error shown
    assert [d.code for d in found] == ["Y001"], found
    await same_as_lint(client, path, half, found)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    for _ in range(400):
        if not client.published[uri].diagnostics and client.published[uri].version is None:
            break
        await asyncio.sleep(0.05)
    assert not client.published[uri].diagnostics and client.published[uri].version is None


@pytest.mark.asyncio
async def test_documents_that_are_not_files_are_checked_without_a_crash(client: LanguageClient) -> None:
    """An unsaved new file (untitled:) and a file as git showed it (git:, VS Code's diff view)."""
    plan = (client.root / "plans/quang-ngai/binh-son-kh-par-sipas-2022.yaml").read_text(encoding="utf-8")
    broken = plan.replace("    title: Mục đích", "    titel: Mục đích", 1)
    for uri in ["untitled:Untitled-1",
                uri_of(client.root / "plans/quang-ngai/x.yaml").replace("file:", "git:") + "?%7B%22ref%22%3A%22HEAD%22%7D",
                "file:///nonexistent/th%C6%B0%20m%E1%BB%A5c/k%E1%BA%BF-ho%E1%BA%A1ch.yaml"]:
        client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
            uri=uri, language_id="yaml", version=1, text=broken)))
        found = await wait_for(client, uri, 1)
        assert "S001" in {d.code for d in found}, (uri, found)
    assert client._server is not None and client._server.returncode is None


@pytest.mark.asyncio
async def test_a_plan_whose_path_has_vietnamese_letters_and_spaces(client: LanguageClient) -> None:
    """Its URI comes %-escaped (``k%E1%BA%BF%20ho%E1%BA%A1ch``), as VS Code sends it."""
    folder = client.root / "plans/Quảng Ngãi"
    shutil.copytree(client.root / "plans/quang-ngai", folder)
    path = folder / "kế hoạch Bình Sơn.yaml"
    (folder / "binh-son-kh-par-sipas-2022.yaml").rename(path)
    text = path.read_text(encoding="utf-8").replace("id: binh-son-kh-par-sipas-2022", "id: ban-sao", 1)
    text = text.replace("lead: [Phòng Tư pháp]", "lead: [Phòng Vũ trụ]", 1)
    path.write_text(text, encoding="utf-8")
    assert "%E1%BA%BF%20ho" in uri_of(path)
    found = await open_doc(client, path)
    assert [d.code for d in found] == ["A001"], found
    await same_as_lint(client, path, text, found)


@pytest.mark.asyncio
async def test_a_modeline_after_a_byte_order_mark_makes_a_file_cchc_s(client: LanguageClient) -> None:
    path = client.root / "drafts/bom.yaml"
    text = "\ufeff# yaml-language-server: $schema=../schema/plan.schema.json\nversion: 1\nid: x\n"
    found = await open_doc(client, path, text)
    assert found and all(d.code == "S002" for d in found), found
