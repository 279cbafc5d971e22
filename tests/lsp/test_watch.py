"""The server asks a client that can be asked (dynamic registration: Neovim, Helix…) to tell it of
changes on disk to plans, registries and cchc.toml; not the VS Code extension, which watches them
itself and says so (initialization option ``watchesFiles``), nor a client that cannot be asked."""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.lsp.conftest import record_publications, server_command, server_env, uri_of

DYNAMIC = types.ClientCapabilities(workspace=types.WorkspaceClientCapabilities(
    did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), server_env=server_env()))
async def bare(lsp_client: LanguageClient, workspace: Path):
    """A client not yet initialized: each test says what it offers."""
    record_publications(lsp_client)
    lsp_client.root = workspace
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def registered(params: types.RegistrationParams) -> None:
        lsp_client.registrations.extend(params.registrations)

    yield
    await lsp_client.shutdown_session()


async def initialize(client: LanguageClient, capabilities: types.ClientCapabilities, options: object = None) -> None:
    root = client.root
    await client.initialize_session(types.InitializeParams(
        capabilities=capabilities, root_uri=uri_of(root), initialization_options=options,
        workspace_folders=[types.WorkspaceFolder(uri=uri_of(root), name=root.name)]))
    # a request answered after `initialized` means the server has handled it
    # The server handles `initialized` (which sends the registration) before this request, and its
    # messages come in order: once the answer is here, a registration would be here too.
    await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri_of(root / "none.yaml")), types.Position(0, 0)))


@pytest.mark.asyncio
async def test_a_client_that_can_be_asked_is_asked_to_watch_plans_and_cchc_toml(bare: LanguageClient) -> None:
    await initialize(bare, DYNAMIC)
    assert [r.method for r in bare.registrations] == [types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    options = bare.registrations[0].register_options
    globs = [w["globPattern"] if isinstance(w, dict) else w.glob_pattern
             for w in (options["watchers"] if isinstance(options, dict) else options.watchers)]
    assert globs == ["**/*.{yaml,yml}", "**/cchc.toml"]


@pytest.mark.asyncio
async def test_the_extension_that_watches_itself_is_not_asked(bare: LanguageClient) -> None:
    await initialize(bare, DYNAMIC, {"watchesFiles": True})
    assert bare.registrations == []


@pytest.mark.asyncio
async def test_a_client_without_dynamic_registration_is_not_asked(bare: LanguageClient) -> None:
    await initialize(bare, types.ClientCapabilities())
    assert bare.registrations == []
