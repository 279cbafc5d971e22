"""``cchc lsp`` driven as an editor drives it: a real LSP client (pytest-lsp) talking to the server
process over stdio. Each test gets a fresh copy of the bundled plans as its workspace folder.

Helpers: :func:`open_doc` opens a file's text (or given text) and waits for its diagnostics;
:func:`change` sends an edit and waits for the diagnostics of that version.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

REPO = Path(__file__).resolve().parents[2]
WORKSPACE = Path(os.environ.get("CCHC_LSP_TEST_WORKSPACE", "/nonexistent"))


def uri_of(path: Path) -> str:
    return path.resolve().as_uri()


@pytest.fixture
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ws")
    shutil.copytree(REPO / "plans", root / "plans")
    (root / "cchc.toml").write_text('as_of = 2021-07-01\n', encoding="utf-8")
    return root


def server_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "cchc", "lsp", *args]


def server_env(cache: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["CCHC_NO_CACHE"] = "1"  # each test starts from nothing: no answer from another run
    env.pop("CCHC_LANG", None)
    return env


async def start(client: LanguageClient, root: Path) -> None:
    await client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(),
        root_uri=uri_of(root),
        workspace_folders=[types.WorkspaceFolder(uri=uri_of(root), name=root.name)],
    ))


async def wait_for(client: LanguageClient, uri: str, version: int | None = None, timeout: float = 20) -> list[types.Diagnostic]:
    """The diagnostics published for ``uri`` (for ``version`` when given)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        published = getattr(client, "published", {}).get(uri)
        if published is not None and (version is None or published.version == version):
            return list(published.diagnostics)
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0:
            raise AssertionError(f"no diagnostics for {uri} (version {version}) within {timeout} s")
        try:
            await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), remaining)
        except TimeoutError:
            pass


async def open_doc(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> list[types.Diagnostic]:
    uri = uri_of(path)
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
        uri=uri, language_id="yaml", version=version,
        text=path.read_text(encoding="utf-8") if text is None else text)))
    return await wait_for(client, uri, version)


async def replace_all(client: LanguageClient, path: Path, text: str, version: int) -> list[types.Diagnostic]:
    uri = uri_of(path)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    return await wait_for(client, uri, version)


def record_publications(client: LanguageClient) -> None:
    """Keep the last publication of each document, with its version (the client keeps only the list)."""
    client.published = {}
    features = client.protocol.fm._features  # pytest-lsp's own handler keeps no version: wrap it
    keep = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def published(*args):
        params = args[-1]
        client.published[params.uri] = params
        return keep(*args)

    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = published


@contextlib.asynccontextmanager
async def serving(client: LanguageClient, root: Path) -> AsyncIterator[LanguageClient]:
    """A session with the server on workspace folder ``root``: publications recorded, initialized,
    shut down at the end (the body of every client fixture)."""
    record_publications(client)
    client.root = root
    await start(client, root)
    yield client
    await client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), server_env=server_env()))
async def client(lsp_client: LanguageClient, workspace: Path):
    async with serving(lsp_client, workspace):
        yield
