"""The language server: pygls wired to the session, the publisher and the feature modules.

Each feature is one module with ``register(server, state)`` (:data:`FEATURES`); this module
handles the document lifecycle (open, change, save, close), the workspace folders and the
watched files, and starts the workspace index. Logs go to the client's output channel
(``window/logMessage``), never to stdout, which carries the protocol.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import sys
import traceback
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.exceptions import FeatureNotificationError, FeatureRequestError
from pygls.lsp.server import LanguageServer
from pygls.workspace.text_document import TextDocument

import cchc
from cchc.base.i18n import tr
from cchc.base.memory import collect_everything_again, collect_normally
from cchc.editor.diagnostics import Publisher, lsp_diagnostics
from cchc.editor.session import Analysis, Session, path_of

#: The feature modules, each with ``register(server, state)``.
FEATURES = ("hover", "completion", "actions", "definition")


@dataclass
class State:
    """What the feature handlers share: the session and the publisher."""

    session: Session
    publisher: Publisher
    server: LanguageServer

    def analysis(self, uri: str) -> Analysis | None:
        """The newest analysis of an open document."""
        return self.session.analyses.get(uri)

    def loaded(self, uri: str) -> Analysis | None:
        """The newest analysis of a document whose text loaded (the file may be half typed now)."""
        return self.session.loaded_ok.get(uri)

    def codec(self, uri: str) -> Any:
        return self.server.workspace.get_text_document(uri).position_codec

    def log(self, message: str) -> None:
        self.server.window_log_message(types.LogMessageParams(types.MessageType.Log, message))


_LSP_BREAK = re.compile(r"(?<=\r\n)|(?<=\r)(?!\n)|(?<=\n)")
_NOT_LSP_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # where str.splitlines breaks and LSP does not


class _Document(TextDocument):
    """pygls's document, its lines counted as LSP counts them (at CR, LF and CRLF only). pygls
    uses str.splitlines, which also breaks at Word's soft line break (U+000B), a form feed, U+001C–
    U+001E, NEL, U+2028 and U+2029: an edit on a line after one of these landed on another line,
    and the server's text was no longer the editor's."""

    @property
    def lines(self) -> list[str]:  # type: ignore[override]
        text = self.source
        if not text:
            return []
        if not any(char in text for char in _NOT_LSP_BREAKS):  # CR, LF, CRLF only: str.splitlines agrees, 10 times faster
            return text.splitlines(keepends=True)
        return [line for line in _LSP_BREAK.split(text) if line]

    def _apply_incremental_change(self, change: types.TextDocumentContentChangePartial) -> None:
        """pygls's edit (the same text for every range, the ends of lines and text included), made
        by slicing the text where pygls copies it line by line: on the 66,000 lines of the
        10,000-task plan, 15 ms a keystroke instead of 200."""
        lines = self.lines
        edit = self._position_codec.range_from_client_units(lines, change.range)
        source = self.source
        if edit.start.line >= len(lines):  # at the very end of the text
            self._source = source + change.text
            return
        if edit.end.line < edit.start.line:  # a reversed range: pygls changes nothing
            return
        start = sum(map(len, lines[:edit.start.line])) + min(edit.start.character, len(lines[edit.start.line]))
        if edit.end.line >= len(lines):
            end = len(source)
        else:
            end = sum(map(len, lines[:edit.end.line])) + min(edit.end.character, len(lines[edit.end.line]))
        self._source = source[:start] + change.text + source[end:]


class _Server(LanguageServer):
    """pygls's server, but an exception in a handler is written to the client's log: pygls would
    show it in a popup (one for every keystroke, if a change handler fails) and stop the thread
    pool; the server goes on serving (requests get their error as the response, as in pygls)."""

    def report_server_error(self, error: Exception, source: Any) -> None:
        if source is FeatureRequestError:  # the request's response carries it
            return
        detail = "".join(traceback.format_exception(error)).rstrip()
        self.window_log_message(types.LogMessageParams(
            types.MessageType.Error, tr("cchc: lỗi nội bộ của máy chủ ({error}).", error=f"{error.__class__.__name__}: {error}")
            + "\n" + detail))


def build_server(as_of: dt.date | None = None, delay: float | None = None) -> LanguageServer:
    collect_normally()  # a long-running process (the CLI switched the collector off for short runs)
    # A request, or the quick pass, gets the interpreter within a millisecond while a full analysis
    # runs in its thread (Python's default lets a thread keep it for 5 ms at a time).
    sys.setswitchinterval(0.001)
    server = _Server("cchc", cchc.__version__)
    session = Session(as_of)
    session.keep_large = True  # no collection walks a large plan's analysis (cchc.base.memory)

    def analyse(uri: str) -> Analysis | None:
        document = open_document(server, uri)
        if document is None:  # closed meanwhile
            return None
        version = document.version  # before the text: an edit applied meanwhile is checked again
        analysis = session.analyse(uri, path_of(uri), document.source, version)
        if open_document(server, uri) is None:  # closed while it was checked: keep nothing of it
            session.forget(uri)
            return None
        return analysis

    links: dict[str, tuple[str, str | None] | None] = {}  # what each open plan offers the others' link rules

    def recheck_others(uri: str) -> None:
        for other in list(session.analyses):
            if other != uri:
                publisher.schedule(other, 0)

    def publish(analysis: Analysis) -> None:
        if open_document(server, analysis.uri) is None:
            return
        offered = _offered(analysis)
        if links.get(analysis.uri) != offered:  # a plan opened, or its id changed: the others' I003 may change
            links[analysis.uri] = offered
            recheck_others(analysis.uri)
        document = server.workspace.get_text_document(analysis.uri)
        try:
            diagnostics = lsp_diagnostics(analysis, document.position_codec)
        except Exception as exc:  # noqa: BLE001 - a bug of cchc never leaves the previous version's diagnostics up
            server.report_server_error(exc, FeatureNotificationError)
            diagnostics = []
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=analysis.uri, version=analysis.version, diagnostics=diagnostics))

    def quick(uri: str) -> Analysis | None:
        document = open_document(server, uri)
        if document is None:
            return None
        version = document.version
        return session.quick(uri, path_of(uri), document.source, version)

    publisher = Publisher(analyse, publish, quick=quick) if delay is None else Publisher(analyse, publish, delay, quick)
    state = State(session, publisher, server)

    options: dict[str, Any] = {}

    @server.feature(types.INITIALIZE)
    def initialize(ls: LanguageServer, params: types.InitializeParams) -> None:
        given = params.initialization_options
        options.update(given if isinstance(given, dict) else {})

    @server.feature(types.INITIALIZED)
    def initialized(ls: LanguageServer, params: types.InitializedParams) -> None:
        workspace = ls.workspace
        _watch_files(ls, options)

        def create(uri: str, source: str | None = None, version: int | None = None,
                   language_id: str | None = None) -> TextDocument:
            return _Document(uri, source=source, version=version, language_id=language_id,
                             sync_kind=workspace._sync_kind, position_codec=workspace.position_codec)

        workspace._create_text_document = create  # type: ignore[method-assign,assignment]
        roots = [path_of(folder.uri) for folder in (ls.workspace.folders or {}).values()]
        if not roots and ls.workspace.root_path:
            roots = [Path(ls.workspace.root_path)]
        session.set_roots(roots)
        if session.roots:
            os.chdir(session.roots[0])  # paths in messages are shown from the workspace, as cchc lint shows them
            _workspace_language(session.roots[0], state)

        loop = asyncio.get_running_loop()

        def indexed(count: int) -> None:  # in the scanning thread: hand over to the server's loop
            loop.call_soon_threadsafe(after_index, count)

        def after_index(count: int) -> None:
            if session.index.problem:
                state.log(tr("cchc: không đọc được các kế hoạch trong thư mục làm việc ({problem}).",
                             problem=session.index.problem))
            state.log(tr("cchc: đã đọc {count} kế hoạch trong thư mục làm việc.", count=count))
            for uri in list(session.analyses):  # the link rules can run now
                publisher.schedule(uri, 0)

        session.index.start(session.plan_folders(), indexed)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        publisher.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        publisher.schedule(params.text_document.uri, edited=True)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        from cchc.checking.check import check_file

        uri = params.text_document.uri
        analysis = session.analyses.get(uri)
        document = open_document(ls, uri)
        if analysis is not None and analysis.kind == "plan":
            if document is None or analysis.version != document.version:  # saved before its check: read the file
                result = check_file(analysis.path)
            else:
                result = analysis.result
            session.index.update(analysis.path, result if result.usable else None)
        publisher.schedule(uri, 0)
        recheck_others(uri)  # plans that implement this one see what was saved

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        publisher.cancel(uri)
        session.forget(uri)
        if links.pop(uri, None) is not None:  # its text no longer stands for its file
            recheck_others(uri)
        if not any(len(a.text) >= session.large for a in session.analyses.values()):
            collect_everything_again()  # no large document open now
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched(ls: LanguageServer, params: types.DidChangeWatchedFilesParams) -> None:
        from cchc.checking.check import check_file

        def reread(paths: list[Path]) -> None:  # in the analysis thread: a checkout of many plans never blocks the server
            for path in paths:
                if not path.is_file():
                    session.index.update(path, None)
                elif path.suffix in (".yaml", ".yml"):
                    result = check_file(path)
                    session.index.update(path, result if result.usable else None)

        await asyncio.get_running_loop().run_in_executor(
            publisher.executor, reread, [path_of(change.uri) for change in params.changes])
        for uri in list(session.analyses):
            publisher.schedule(uri, 0)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: LanguageServer, params: Any) -> None:
        publisher.close()

    for name in FEATURES:
        import_module(f"cchc.editor.{name}").register(server, state)
    return server


def _workspace_language(root: Path, state: State) -> None:
    """The workspace's ``cchc.toml`` ``lang``, when neither ``--lang`` nor ``CCHC_LANG`` chose one:
    the CLI looked for a ``cchc.toml`` from the folder the editor started the server in, which
    need not be the workspace (cchc lint, run in the workspace, uses the workspace's)."""
    import sys

    from cchc.base.i18n import UnknownLanguage, parse_language, set_language
    from cchc.reading.config import configured_language

    if os.environ.get("CCHC_LANG") or any(arg == "--lang" or arg.startswith("--lang=") for arg in sys.argv[1:]):
        return
    found = configured_language(root)
    if found is None:
        return
    try:
        set_language(parse_language(*found))
    except UnknownLanguage as problem:
        state.log(f"cchc: {problem.message}")


def open_document(server: LanguageServer, uri: str) -> TextDocument | None:
    """The open document ``uri`` names, or None. pygls keeps documents by the URI with its
    %-escapes decoded: VS Code sends ``file:///…/k%E1%BA%BF-ho%E1%BA%A1ch.yaml`` for
    ``kế-hoạch.yaml`` (and %20 for a space), so looking the URI up as sent finds nothing."""
    return server.workspace.text_documents.get(unquote(uri))


def _offered(analysis: Analysis) -> tuple[str, str | None] | None:
    """What an open document shows the link rules of the others: a plan's file and id."""
    if analysis.kind != "plan" or not analysis.relevant or not analysis.result.usable:
        return None
    return str(analysis.path), analysis.result.plan_id


#: The files whose changes on disk the server must hear of: other plans (the link rules), registries
#: and cchc.toml (the date, the language).
WATCHED = ("**/*.{yaml,yml}", "**/cchc.toml")


def _watch_files(ls: LanguageServer, options: dict[str, Any]) -> None:
    """Ask the client to tell the server of changes on disk (``workspace/didChangeWatchedFiles``),
    when it can be asked (dynamic registration: Neovim, Helix…) and does not watch them already
    (the VS Code extension says so with the initialization option ``watchesFiles``)."""
    workspace = ls.client_capabilities.workspace
    watched = workspace.did_change_watched_files if workspace is not None else None
    if options.get("watchesFiles") or watched is None or not watched.dynamic_registration:
        return
    ls.client_register_capability(types.RegistrationParams([types.Registration(
        id="cchc-watched-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=types.DidChangeWatchedFilesRegistrationOptions(
            watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED]))]))


def run(as_of: dt.date | None = None) -> None:
    """Serve over stdio until the client says exit."""
    build_server(as_of).start_io()
