"""``cchc lsp`` under what an editor really sends: half-typed text, odd bytes, bursts of edits,
requests in between — the server answers every request, publishes located diagnostics, and its
final diagnostics are those of ``cchc lint`` on the final text."""

from __future__ import annotations

import asyncio
import json
import random
import re
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import open_doc, replace_all, uri_of, wait_for
from tests.lsp.oracle import expected, inside, lint_json, published, units

PLAN = Path("plans/quang-ngai/binh-son-kh-par-sipas-2022.yaml")  # 190 lines, suppressions, implements


async def indexed(client: LanguageClient) -> None:
    """Wait until the server has read the workspace's plans (it then checks open documents again)."""
    for _ in range(400):
        if any("kế hoạch trong thư mục làm việc" in m.message for m in client.log_messages):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the workspace was not indexed within 20 s")


def position_at(text: str, offset: int) -> types.Position:
    """The LSP position of a code-point offset (lines by CR/LF/CRLF, UTF-16 columns)."""
    before = text[:offset]
    starts = [m.end() for m in re.finditer(r"\r\n|\r|\n", before)]
    start = starts[-1] if starts else 0
    return types.Position(len(starts), units(before[start:]))


def change(text: str, start: int, end: int, new: str) -> tuple[str, types.TextDocumentContentChangePartial]:
    """``text`` with ``text[start:end]`` replaced, and that edit as an incremental LSP change."""
    event = types.TextDocumentContentChangePartial(
        range=types.Range(position_at(text, start), position_at(text, end)), text=new)
    return text[:start] + new + text[end:], event


def send(client: LanguageClient, path: Path, version: int, changes: list[types.TextDocumentContentChangePartial]) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri_of(path), version=version),
        content_changes=list(changes)))


async def matches_lint(client: LanguageClient, path: Path, text: str, found: list[types.Diagnostic]) -> None:
    """``found`` (published for ``text``) equals what cchc lint says of ``text`` on disk."""
    path.write_text(text, encoding="utf-8", newline="")
    shown = path.relative_to(client.root).as_posix()
    assert published(found) == expected(lint_json(client.root, shown), shown, text)


# ---- half-typed and odd text

def half_typed(text: str) -> dict[str, str]:
    line = "        lead: [Phòng Tư pháp]\n"
    assert line in text
    return {
        "unclosed-quote": text.replace(line, '            lead: ["Phòng Tư pháp]\n', 1),
        "bad-indent": text.replace(line, "  lead: [Phòng Tư pháp]\n", 1),
        "mid-indent": text.replace(line, line + "          outp\n", 1),
        "tab": text.replace(line, "\t    lead: [Phòng Tư pháp]\n", 1),
        "lone-dash": text.replace(line, line + "      -\n", 1),
        "lone-dash-end": text + "-",
        "empty": "",
        "only-comment": "# kế hoạch\n",
        "huge-line": text.replace(line, line + "        output: " + "Báo cáo 😀 kết quả, " * 20000 + "Ủy ban 😀: x\n", 1),
        "many-findings": text.replace(line, "        lead: [" + ", ".join(f"Sở 😀 {n}" for n in range(250)) + "]\n", 1),
        "long-list": text.replace(line, "        lead: [" + "Phòng Tư pháp, " * 2000 + "Ủy ban 😀]\n", 1),
        "crlf": text.replace("\n", "\r\n"),
        "crlf-broken": text.replace(line, '            lead: ["Ủy 😀 ban\n', 1).replace("\n", "\r\n"),
        "bom": "\ufeff" + text,
        "bom-first-line": "\ufeff" + text.split("\n", 1)[1].replace("version: 1", "verion: 1", 1),
        "bom-broken": "\ufeff" + text.replace(line, "        lead: {Ủy 😀: [\n", 1),
        "nul": text.replace(line, "        lead: [Phòng\x00 Tư pháp]\n", 1),
    }


@pytest.mark.asyncio
async def test_half_typed_text_gets_located_diagnostics_and_those_of_cchc_lint(client: LanguageClient) -> None:
    path = client.root / PLAN
    original = path.read_text(encoding="utf-8")
    assert await open_doc(client, path) == []
    version = 1
    for name, text in half_typed(original).items():
        version += 1
        found = await replace_all(client, path, text, version)
        assert inside(found, text), name
        if name not in ("empty", "only-comment", "crlf", "bom"):
            assert found, f"{name}: no diagnostic"
        await matches_lint(client, path, text, found)
    version += 1
    assert await replace_all(client, path, original, version) == []


@pytest.mark.asyncio
async def test_a_lone_surrogate_in_the_text_does_not_stop_the_server(client: LanguageClient) -> None:
    """A client can send a lone UTF-16 surrogate ("\\ud800" in the JSON): the text cannot be
    written as UTF-8, but the server must answer, publish located findings and go on."""
    path = client.root / PLAN
    original = path.read_text(encoding="utf-8")
    await open_doc(client, path)
    line = "        lead: [Phòng Tư pháp]\n"
    for version, text in enumerate([
            original.replace(line, "        lead: [Phòng \ud800 Tư pháp]\n", 1),
            original.replace(line, "        lead: [Phòng \udc00\n", 1),
            "\ud83d", "id: \ud83d\n"], start=2):
        found = await replace_all(client, path, text, version)
        assert inside(found, text), text[:40]
        assert found
    assert await replace_all(client, path, original, 9) == []


def raw(client: LanguageClient, message: dict) -> None:
    """Send a message as bytes, past the client's own checks (a broken client's message)."""
    body = json.dumps(message).encode()
    client._server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)


@pytest.mark.asyncio
async def test_a_handler_that_raises_is_logged_and_the_server_goes_on(client: LanguageClient) -> None:
    """A change to a document never opened makes pygls's change handler raise: the error goes to
    the log (not a popup per keystroke), and the server still publishes and answers."""
    ghost = client.root / "plans" / "chưa-mở.yaml"
    send(client, ghost, 2, [change("", 0, 0, "id: x\n")[1]])
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri_of(ghost), version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="id: y\n")]))
    raw(client, {"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": 5}, "contentChanges": 7}})
    raw(client, {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": None}})
    raw(client, {"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": "file:///nirgends.yaml"}}})
    client._server.stdin.write(b"Content-Length: 12\r\n\r\n{not json!!}")
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    assert await open_doc(client, path) == []
    start = text.index("Phòng Tư pháp")
    text, event = change(text, start, start + len("Phòng"), "Sở Vũ trụ")
    send(client, path, 2, [event])
    assert [d.code for d in await wait_for(client, uri_of(path), 2)] == ["A001"]
    assert await answered(client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri_of(path)), types.Position(0, 0))))
    assert not client.messages, client.messages
    errors = [m.message for m in client.log_messages if m.type == types.MessageType.Error]
    assert errors and all(m.startswith("cchc: lỗi nội bộ của máy chủ (") for m in errors), errors


# ---- edits as an editor sends them

@pytest.mark.asyncio
async def test_incremental_changes_several_per_notification_and_the_version_published(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    uri = uri_of(path)
    await open_doc(client, path)
    # three changes in one notification, each on the text the previous one made; the middle one
    # sits after an emoji typed by the first, so a column counted in code points lands elsewhere
    start = text.index("[Phòng Tư pháp]") + 1
    text, first = change(text, start, start, "😀 ")
    start = text.index("Phòng Tư pháp]", start)
    text, second = change(text, start, start + len("Phòng"), "Sở")
    start = text.index("title: Mục đích, yêu cầu")
    text, third = change(text, start, start + len("title"), "titel")
    send(client, path, 2, [first, second, third])
    found = await wait_for(client, uri, 2)
    assert {d.code for d in found} == {"A001", "S001"}, found
    await matches_lint(client, path, text, found)
    assert client.published[uri].version == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("odd", ["\x0b", "\x0c", "\x1c", "\x85", "\u2028"])
async def test_edits_after_a_character_python_breaks_lines_at_land_where_the_editor_put_them(
        client: LanguageClient, odd: str) -> None:
    """Word's soft line break (U+000B), a form feed, U+001C, NEL or U+2028 in a value: an LSP
    client counts lines at CR and LF only, str.splitlines (pygls) at these too; an edit on a
    later line must change the text the editor shows, not a line above it."""
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    anchor = text.index("Mục đích, yêu cầu")
    text = text[:anchor] + "Mục đích," + odd + "yêu cầu" + text[anchor + len("Mục đích, yêu cầu"):]
    uri = uri_of(path)
    await open_doc(client, path, text)
    start = text.index("Phòng Tư pháp")
    text, first = change(text, start, start + len("Phòng"), "Sở Vũ trụ")
    start = text.index(odd)
    text, second = change(text, start, start + 1, " ")
    send(client, path, 2, [first])
    send(client, path, 3, [second])
    found = await wait_for(client, uri, 3)
    assert [d.code for d in found] == ["A001"], found
    await matches_lint(client, path, text, found)


@pytest.mark.asyncio
async def test_a_burst_faster_than_the_delay_is_one_analysis_of_the_newest_text(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    uri = uri_of(path)
    await open_doc(client, path)
    await indexed(client)
    await asyncio.sleep(0.1)  # the new check the index asked for is published
    versions = []
    client.published_versions = versions  # every publication of the document from here on
    features = client.protocol.fm._features
    keep = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def record(*args):
        if args[-1].uri == uri and args[-1].version > 1:  # the burst's (a late check of the open text may come too)
            versions.append(args[-1].version)
        return keep(*args)

    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record
    start = text.index("[Phòng Tư pháp]") + 1
    typed = "Sở Vũ trụ, "
    for number, char in enumerate(typed, start=2):  # typed one character at a time, no pause
        text, event = change(text, start + number - 2, start + number - 2, char)
        send(client, path, number, [event])
    last = len(typed) + 1
    found = await wait_for(client, uri, last)
    await asyncio.sleep(0.3)  # anything published late would show now
    assert versions[-1] == last
    assert len(versions) <= 2, versions  # the first keystroke's run at most, then the newest text
    assert [d.code for d in found] == ["A001"]
    await matches_lint(client, path, text, found)


@pytest.mark.asyncio
async def test_saving_publishes_again(client: LanguageClient) -> None:
    path = client.root / PLAN
    uri = uri_of(path)
    await open_doc(client, path)
    client.published.pop(uri)
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
    assert await wait_for(client, uri, 1) == []


# ---- 1,000 random edits with requests in between

FRAGMENTS = [
    "- ", ": ", "\n", "  ", "    ", "'", '"', "# ", "[", "]", "{", "}", ",", "-", "\t", "---\n",
    "&a ", "*a", "!!str ", "? ", "|\n", ">-\n", "%", "@", "`", "\\", "\ufeff",
    "deadline: Quý II/2021", "deadline: ", "lead: [Sở Tư pháp]", "lead: ", "Ủy ban 😀", "tasks:\n",
    '- id: "9"\n', "  # cchc: ignore[T004] lý do\n", "# cchc: ignore[", "progress:\n  - {date: 2021-02-01, status: done}\n",
    "number: IV", "content: ", "output: Báo cáo", "id: ", "version: 2\n", "  - ", "~", "null", "2021-13-45",
]


def requests(client: LanguageClient, uri: str, position: types.Position) -> list:
    doc = types.TextDocumentIdentifier(uri)
    return [
        client.text_document_hover_async(types.HoverParams(doc, position)),
        client.text_document_completion_async(types.CompletionParams(doc, position)),
        client.text_document_definition_async(types.DefinitionParams(doc, position)),
        client.text_document_code_action_async(types.CodeActionParams(
            doc, types.Range(position, position), types.CodeActionContext(diagnostics=[]))),
    ]


async def answered(request) -> bool:
    """The request got an answer: a result or an LSP error (never a timeout)."""
    try:
        await asyncio.wait_for(request, 15)
    except TimeoutError:
        return False
    except Exception as error:  # noqa: BLE001 - an LSP error response is an answer
        return "JsonRpc" in type(error).__name__ or "Error" in type(error).__name__
    return True


@pytest.mark.asyncio
async def test_a_thousand_random_edits_with_requests_in_between(client: LanguageClient) -> None:
    """Fifty rounds of twenty random edits (insertions and deletions of YAML-ish fragments at
    random places, one to three changes per notification), each round then undone edit by edit
    as an editor's undo sends it. After each undo the text is the clean plan again, so any drift
    between the server's text and the editor's shows as a finding; every tenth round the
    findings of the broken text are compared with cchc lint's."""
    path = client.root / PLAN
    original = text = path.read_text(encoding="utf-8")
    uri = uri_of(path)
    await open_doc(client, path)
    texts = {1: text}  # every version sent: each publication's ranges must lie inside its text
    outside = []
    features = client.protocol.fm._features
    keep = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def check(*args):
        params = args[-1]
        if params.uri == uri and not inside(list(params.diagnostics), texts[params.version]):
            outside.append(params.version)
        return keep(*args)

    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = check
    chance = random.Random(21)
    version = 1
    edits = 0
    broken = 0
    for round_ in range(50):
        undo: list[tuple[int, int, str]] = []
        for _ in range(20):
            events = []
            for _ in range(chance.choice((1, 1, 1, 2, 3))):
                start = chance.randrange(len(text) + 1)
                if chance.random() < 0.45 and text:
                    end = min(len(text), start + chance.randrange(1, 40))
                    new = "" if chance.random() < 0.6 else chance.choice(FRAGMENTS)
                else:
                    end, new = start, chance.choice(FRAGMENTS)
                undo.append((start, start + len(new), text[start:end]))
                text, event = change(text, start, end, new)
                events.append(event)
            edits += 1
            version += 1
            texts[version] = text
            send(client, path, version, events)
            if edits % 8 == 0:
                position = position_at(text, chance.randrange(len(text) + 1))
                results = await asyncio.gather(*(answered(r) for r in requests(client, uri, position)))
                assert all(results), (edits, results)
        if round_ % 10 == 9:
            found = await wait_for(client, uri, version, timeout=30)
            broken += bool(found)
            await matches_lint(client, path, text, found)
        while undo:  # undone one or two edits per notification
            events = []
            for _ in range(min(len(undo), chance.choice((1, 2)))):
                start, end, old = undo.pop()
                text, event = change(text, start, end, old)
                events.append(event)
            version += 1
            texts[version] = text
            send(client, path, version, events)
        assert text == original
        assert await wait_for(client, uri, version, timeout=30) == [], f"round {round_}: the server's text drifted"
    assert edits == 1000 and broken >= 3
    assert client._server is not None and client._server.returncode is None
    assert not client.messages, client.messages  # no popup for the user
    assert not outside, outside
