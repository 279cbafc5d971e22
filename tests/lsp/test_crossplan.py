"""Cross-plan findings in the editor (``implements``: I001–I003) against the workspace's other
plans, kept up to date when a parent changes on disk or is saved in the editor."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import REPO, open_doc, replace_all, uri_of, wait_for
from tests.lsp.oracle import expected, lint_json, published


@pytest.fixture
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A province plan and three district plans implementing its tasks."""
    root = tmp_path_factory.mktemp("ws")
    shutil.copytree(REPO / "tests/fixtures/province", root / "plans")
    (root / "cchc.toml").write_text('as_of = 2021-07-01\n', encoding="utf-8")
    return root


async def indexed(client: LanguageClient) -> None:
    for _ in range(400):
        if any("kế hoạch trong thư mục làm việc" in m.message for m in client.log_messages):
            await asyncio.sleep(0.1)  # the open documents' new check
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the workspace was not indexed within 20 s")


async def republished(client: LanguageClient, path: Path, codes: list[str]) -> list[types.Diagnostic]:
    """The diagnostics of ``path`` once their codes are ``codes`` (after something other than its
    text changed; a check asked for earlier may still be published before the new one)."""
    uri = uri_of(path)
    for _ in range(400):
        published = client.published.get(uri)
        if published is not None and sorted(d.code for d in published.diagnostics) == codes:
            return list(published.diagnostics)
        await asyncio.sleep(0.05)
    raise AssertionError(f"{path.name}: never {codes}: {client.published.get(uri)}")


def same_as_lint(client: LanguageClient, path: Path, text: str, found: list[types.Diagnostic]) -> None:
    shown = path.relative_to(client.root).as_posix()
    assert published(found) == expected(lint_json(client.root, "plans"), shown, text)


@pytest.mark.asyncio
async def test_a_missing_parent_task_is_found_and_fixing_it_clears_it(client: LanguageClient) -> None:
    child = client.root / "plans/huyen-a.yaml"
    text = child.read_text(encoding="utf-8")
    await open_doc(client, child)
    await indexed(client)
    assert await wait_for(client, uri_of(child), 1) == []
    broken = text.replace("implements: [tinh-kh-2021#I.2]", "implements: [tinh-kh-2021#I.20, khong-co#1]", 1)
    found = await replace_all(client, child, broken, 2)
    assert sorted(d.code for d in found) == ["I001", "I001"], found
    child.write_text(broken, encoding="utf-8")
    same_as_lint(client, child, broken, found)
    assert await replace_all(client, child, text, 3) == []


@pytest.mark.asyncio
async def test_two_plans_with_one_id_on_disk_and_open(client: LanguageClient) -> None:
    copy = client.root / "plans/huyen-d.yaml"
    text = (client.root / "plans/huyen-b.yaml").read_text(encoding="utf-8").replace(
        "id: huyen-b-kh-2021", "id: tinh-kh-2021", 1)
    await indexed(client)
    found = await open_doc(client, copy, text)  # not saved yet: its id clashes with a file on disk
    assert [d.code for d in found] == ["I003"], found
    copy.write_text(text, encoding="utf-8")
    same_as_lint(client, copy, text, found)


@pytest.mark.asyncio
async def test_two_unsaved_plans_with_one_id(client: LanguageClient) -> None:
    await indexed(client)
    text = (client.root / "plans/huyen-b.yaml").read_text(encoding="utf-8").replace(
        "id: huyen-b-kh-2021", "id: huyen-moi", 1)
    first, second = client.root / "plans/moi-1.yaml", client.root / "plans/moi-2.yaml"
    assert await open_doc(client, first, text) == []
    found = await open_doc(client, second, text)
    assert [d.code for d in found] == ["I003"], found
    await republished(client, first, ["I003"])  # the first is checked again once the second is published


@pytest.mark.asyncio
async def test_a_parent_changed_on_disk_updates_the_child(client: LanguageClient) -> None:
    child, parent = client.root / "plans/huyen-a.yaml", client.root / "plans/tinh-kh-2021.yaml"
    await open_doc(client, child)
    await indexed(client)
    assert await wait_for(client, uri_of(child), 1) == []
    original = parent.read_text(encoding="utf-8")
    parent.write_text(original.replace('- id: "2"', '- id: "9"', 1), encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(uri_of(parent), types.FileChangeType.Changed)]))
    found = await republished(client, child, ["I001"])
    same_as_lint(client, child, child.read_text(encoding="utf-8"), found)
    parent.write_text(original, encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(uri_of(parent), types.FileChangeType.Changed)]))
    assert await republished(client, child, []) == []


@pytest.mark.asyncio
async def test_a_parent_saved_in_the_editor_updates_the_child(client: LanguageClient) -> None:
    child, parent = client.root / "plans/huyen-a.yaml", client.root / "plans/tinh-kh-2021.yaml"
    await open_doc(client, child)
    await open_doc(client, parent)
    await indexed(client)
    original = parent.read_text(encoding="utf-8")
    edited = original.replace('- id: "2"', '- id: "9"', 1)
    await replace_all(client, parent, edited, 2)
    parent.write_text(edited, encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri_of(parent))))
    found = await republished(client, child, ["I001"])
    same_as_lint(client, child, child.read_text(encoding="utf-8"), found)


@pytest.mark.asyncio
async def test_a_parent_deleted_on_disk_leaves_the_child_unresolved(client: LanguageClient) -> None:
    child, parent = client.root / "plans/huyen-a.yaml", client.root / "plans/tinh-kh-2021.yaml"
    await open_doc(client, child)
    await indexed(client)
    parent.unlink()
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(uri_of(parent), types.FileChangeType.Deleted)]))
    found = await republished(client, child, ["I001", "I001"])
    same_as_lint(client, child, child.read_text(encoding="utf-8"), found)


@pytest.mark.asyncio
async def test_a_plan_closed_while_it_is_checked_no_longer_stands_for_its_file(client: LanguageClient) -> None:
    await indexed(client)
    text = (client.root / "plans/huyen-b.yaml").read_text(encoding="utf-8").replace(
        "id: huyen-b-kh-2021", "id: nhap-da-dong", 1)
    for number in range(30):  # closed at once, a little later, or while being checked
        uri = uri_of(client.root / f"plans/nhap-{number}.yaml")
        client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
            uri=uri, language_id="yaml", version=1, text=text)))
        await asyncio.sleep(number % 6 * 0.004)
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await asyncio.sleep(0.3)
    found = await open_doc(client, client.root / "plans/nhap.yaml", text)
    assert found == [], found  # no I003 against a closed draft
