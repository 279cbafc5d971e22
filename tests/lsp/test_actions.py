"""Code actions of ``cchc lsp``: each fix is asked of the server, applied to the text here (its
UTF-16 ranges converted independently of the server's codec), and the edited text is sent back:
the finding must be gone and the diagnostics must be those of the file before the mistake."""

from __future__ import annotations

import asyncio
import sys
import unicodedata
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from cchc.checking.suppress import REASON_PLACEHOLDER
from tests.lsp.conftest import (
    open_doc,
    record_publications,
    replace_all,
    server_env,
    serving,
    uri_of,
)

PLAN = Path("plans/quang-nam/kh-cchc-2021.yaml")


# ---------------------------------------------------------------- helpers


def _offset(lines: list[str], position: types.Position) -> int:
    """The index in the text of an LSP position counted in UTF-16 code units."""
    start = sum(len(line) for line in lines[: position.line])
    if position.line >= len(lines):
        return start
    units = 0
    for index, char in enumerate(lines[position.line]):
        if units >= position.character:
            return start + index
        units += 2 if ord(char) > 0xFFFF else 1
    return start + len(lines[position.line])


def apply_edit(text: str, uri: str, edit: types.WorkspaceEdit) -> str:
    """``text`` with the workspace edit made (it must touch ``uri`` only)."""
    if edit.document_changes:
        assert [change.text_document.uri for change in edit.document_changes] == [uri]
        edits = [e for change in edit.document_changes for e in change.edits]
    else:
        assert edit.changes is not None and list(edit.changes) == [uri]
        edits = list(edit.changes[uri])
    lines = text.splitlines(keepends=True)
    spans = [(_offset(lines, e.range.start), _offset(lines, e.range.end),
              e.snippet.value if isinstance(e, types.SnippetTextEdit) else e.new_text) for e in edits]
    for first, last, new in sorted(spans, reverse=True):
        text = text[:first] + new + text[last:]
    return text


async def actions_at(client: LanguageClient, path: Path, text: str, needle: str,
                     version: int = 1) -> list[types.CodeAction]:
    """The code actions for the whole line holding ``needle``."""
    line = text[: text.index(needle)].count("\n")
    result = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri_of(path)),
        range=types.Range(types.Position(line, 0), types.Position(line + 1, 0)),
        context=types.CodeActionContext(diagnostics=[])))
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


def for_code(actions: list[types.CodeAction], code: str) -> list[types.CodeAction]:
    return [a for a in actions if a.diagnostics and a.diagnostics[0].code == code]


def suppressions(actions: list[types.CodeAction]) -> list[types.CodeAction]:
    """The suppressing actions: a new ``# cchc: ignore`` comment, or a code added to one (never preferred)."""
    return [a for a in actions if not a.is_preferred
            and ("# cchc: ignore[" in _new_texts(a) or _new_texts(a).startswith(","))]


def _new_texts(action: types.CodeAction) -> str:
    edit = action.edit
    assert edit is not None
    edits = [e for c in edit.document_changes or [] for e in c.edits] or [
        e for es in (edit.changes or {}).values() for e in es]
    return "".join(e.snippet.value if isinstance(e, types.SnippetTextEdit) else e.new_text for e in edits)


def codes(diagnostics: list[types.Diagnostic]) -> list[tuple[object, int]]:
    return sorted((d.code, d.range.start.line) for d in diagnostics)


async def broken(client: LanguageClient, old: str, new: str) -> tuple[Path, str, str, list[types.Diagnostic]]:
    """Open the plan (clean), make one mistake in it: (path, clean text, broken text, findings)."""
    path = client.root / PLAN
    clean = path.read_text(encoding="utf-8")
    assert old in clean, old
    assert await open_doc(client, path) == []
    text = clean.replace(old, new, 1)
    found = await replace_all(client, path, text, 2)
    return path, clean, text, found


# ---------------------------------------------------------------- did-you-mean


@pytest.mark.asyncio
async def test_an_unknown_agency_is_replaced_by_the_registry_name_it_was_meant_to_be(client: LanguageClient) -> None:
    old = "            lead: [Văn phòng UBND tỉnh]\n            support: [\"UBND các huyện"
    path, clean, text, found = await broken(client, old, old.replace("UBND tỉnh]", "UBND tỉnhh]"))
    assert [d.code for d in found] == ["A001"]
    actions = await actions_at(client, path, text, "UBND tỉnhh]")
    fixes = for_code(actions, "A001")
    preferred = [a for a in fixes if a.is_preferred]
    assert len(preferred) == 1 and preferred[0].kind == types.CodeActionKind.QuickFix
    assert "Văn phòng Ủy ban nhân dân tỉnh" in preferred[0].title
    fixed = apply_edit(text, uri_of(path), preferred[0].edit)
    assert fixed == text.replace("[Văn phòng UBND tỉnhh]", "[Văn phòng Ủy ban nhân dân tỉnh]")  # the name only
    assert await replace_all(client, path, fixed, 3) == []


@pytest.mark.asyncio
async def test_a_misspelled_key_after_an_emoji_is_renamed_in_utf16_columns(client: LanguageClient) -> None:
    # an emoji (two UTF-16 units) before the key on its line: the edit must still hit the key
    old = 'measure: {indicator: "Tỷ lệ văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành hoặc'
    path, clean, text, found = await broken(client, old, old.replace('"Tỷ lệ', '"😀 Tỷ lệ', 1))
    assert found == []
    text = text.replace("😀 Tỷ lệ văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành hoặc trình Hội đồng "
                        "nhân dân tỉnh ban hành được đảm bảo kịp thời, đồng bộ, đúng thể thức, trình tự, thẩm quyền\", "
                        "comparison:", "😀 Tỷ lệ văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành hoặc "
                        "trình Hội đồng nhân dân tỉnh ban hành được đảm bảo kịp thời, đồng bộ, đúng thể thức, trình "
                        "tự, thẩm quyền\", comparsion:", 1)
    found = await replace_all(client, path, text, 3)
    assert [d.code for d in found] == ["S001"]
    actions = for_code(await actions_at(client, path, text, "comparsion:", 3), "S001")
    preferred = [a for a in actions if a.is_preferred]
    assert len(preferred) == 1 and "comparison" in preferred[0].title
    fixed = apply_edit(text, uri_of(path), preferred[0].edit)
    assert fixed == text.replace("comparsion:", "comparison:", 1)
    assert await replace_all(client, path, fixed, 4) == []


@pytest.mark.asyncio
@pytest.mark.parametrize(("old", "new", "code", "expected"), [
    # a misspelled block key (the finding the rules read under the meant name)
    ('            deadline: Năm 2021\n            lead: ["Các Sở', '            deadine: Năm 2021\n            lead: ["Các Sở',
     "S001", "deadline: Năm 2021"),
    # a reform-area code with a close match
    ("            area: the_che\n            marker: \"-\"\n            text: 100% văn bản quy phạm pháp luật do",
     "            area: the_chee\n            marker: \"-\"\n            text: 100% văn bản quy phạm pháp luật do",
     "S004", "area: the_che"),
    # a deadline cchc cannot read, with the nearest form it reads
    ("            deadline: Nhiệm vụ thường xuyên\n            lead: [Văn phòng UBND tỉnh]\n            support: [\"Các",
     "            deadline: Quy 2 2021\n            lead: [Văn phòng UBND tỉnh]\n            support: [\"Các",
     "T004", "deadline: Quý II/2021"),
    # a text where the schema wants a list
    ("            lead: [Văn phòng UBND tỉnh]\n            support: [\"UBND các huyện",
     "            lead: Văn phòng UBND tỉnh\n            support: [\"UBND các huyện",
     "S003", "lead: [Văn phòng UBND tỉnh]"),
    # a number written in quotes where the schema wants a number
    ("  start: 2021\n  end: 2021", "  start: \"2021\"\n  end: 2021", "S003", "start: 2021"),
])
async def test_the_hint_s_replacement_is_applied(client: LanguageClient, old: str, new: str, code: str,
                                                expected: str) -> None:
    path, clean, text, found = await broken(client, old, new)
    assert code in [d.code for d in found], found
    first = new.splitlines()[0].strip()
    actions = for_code(await actions_at(client, path, text, first), code)
    preferred = [a for a in actions if a.is_preferred]
    assert len(preferred) == 1, [a.title for a in actions]
    fixed = apply_edit(text, uri_of(path), preferred[0].edit)
    line = text[: text.index(first)].count("\n")
    assert fixed.splitlines()[line].strip() == expected
    assert fixed.splitlines()[:line] == text.splitlines()[:line]
    assert fixed.splitlines()[line + 1:] == text.splitlines()[line + 1:]
    after = await replace_all(client, path, fixed, 3)
    assert code not in [d.code for d in after]
    if code != "T004":  # the original said "Nhiệm vụ thường xuyên": the nearest reading is another deadline
        assert after == []


@pytest.mark.asyncio
@pytest.mark.parametrize(("old", "new", "code"), [
    ("version: 1\n", "version: 2\n", "S004"),  # the schema's one allowed value
    # an agency name with commas, written unquoted in a list: its pieces are three unknown agencies
    ('            support: ["UBND các huyện, thị xã, thành phố"]\n          - id: "3"',
     '            support: [UBND các huyện, thị xã, thành phố]\n          - id: "3"', "A001"),
    # a key indented deeper than the keys beside it
    ("            output: Văn bản của UBND tỉnh\n            deadline: Nhiệm vụ thường xuyên\n",
     "            output: Văn bản của UBND tỉnh\n              deadline: Nhiệm vụ thường xuyên\n", "Y001"),
    # text in decomposed Unicode
    ("            output: Văn bản của UBND tỉnh\n",
     "            output: " + unicodedata.normalize("NFD", "Văn bản của UBND tỉnh") + "\n", "U001"),
    # a misspelled key in quotes
    ('            deadline: Năm 2021\n            lead: ["Các Sở', '            "deadine": Năm 2021\n            lead: ["Các Sở',
     "S001"),
])
async def test_the_preferred_fix_gives_back_the_file_before_the_mistake(client: LanguageClient, old: str, new: str,
                                                                        code: str) -> None:
    path, clean, text, found = await broken(client, old, new)
    assert code in [d.code for d in found], found
    line = text[: text.index(new)].count("\n")
    named = [d for d in found if d.code == code]
    result = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri_of(path)),
        range=types.Range(types.Position(line, 0), types.Position(line + new.count("\n") + 1, 0)),
        context=types.CodeActionContext(diagnostics=named)))
    preferred = [a for a in result or [] if isinstance(a, types.CodeAction) and a.is_preferred]
    assert len(preferred) == 1, [a.title for a in result or []]
    assert {d.code for d in preferred[0].diagnostics} == {code}
    fixed = apply_edit(text, uri_of(path), preferred[0].edit)
    if code == "S001":  # the key is written as the schema names it: the quotes stay
        assert fixed == clean.replace("            deadline: Năm 2021\n            lead: [\"Các Sở",
                                      "            \"deadline\": Năm 2021\n            lead: [\"Các Sở", 1)
    else:
        assert fixed == clean
    assert await replace_all(client, path, fixed, 3) == []


@pytest.mark.asyncio
async def test_a_date_written_day_first_is_turned_round(client: LanguageClient) -> None:
    path, clean, text, found = await broken(client, "            deadline: Nhiệm vụ thường xuyên\n            lead: [Văn phòng UBND tỉnh]\n            support: [\"Các",
                                            "            deadline: Nhiệm vụ thường xuyên\n            due: 30/06/2021\n            lead: [Văn phòng UBND tỉnh]\n            support: [\"Các")
    assert "S004" in [d.code for d in found]
    actions = [a for a in for_code(await actions_at(client, path, text, "due: 30/06/2021"), "S004") if a.is_preferred]
    assert len(actions) == 1
    fixed = apply_edit(text, uri_of(path), actions[0].edit)
    assert fixed == text.replace("due: 30/06/2021", "due: 2021-06-30")
    assert "S004" not in [d.code for d in await replace_all(client, path, fixed, 3)]


# ---------------------------------------------------------------- values YAML misreads


@pytest.mark.asyncio
@pytest.mark.parametrize("typed", ["2021", "1.10", "0123", "true", "null", "@Văn bản của UBND tỉnh",
                                   "Bước 1: kiểm soát các quy định"])
async def test_a_value_yaml_would_misread_is_quoted_as_typed(client: LanguageClient, typed: str) -> None:
    old = "            content: Kiểm soát các quy định về TTHC và công bố, công khai TTHC và kết quả giải quyết TTHC."
    path, clean, text, found = await broken(client, old, f"            content: {typed}  # ghi chú")
    assert found, "the value is misread"
    actions = await actions_at(client, path, text, f"content: {typed}")
    quoting = [a for a in actions if a.is_preferred]
    assert len(quoting) == 1, [a.title for a in actions]
    line = text[: text.index(f"content: {typed}")].count("\n")
    here = {d.code for d in found if d.range.start.line == line}
    assert {d.code for d in quoting[0].diagnostics} == here  # "0123": S003 and Y004, one fix
    fixed = apply_edit(text, uri_of(path), quoting[0].edit)
    assert fixed == text.replace(f"content: {typed}", f"content: \"{typed}\"", 1)
    after = await replace_all(client, path, fixed, 3)
    assert after == [], after  # the finding is gone, nothing else appeared


# ---------------------------------------------------------------- suppressions


@pytest.mark.asyncio
async def test_a_suppression_goes_at_the_end_of_the_line_with_a_placeholder_lint_rejects(client: LanguageClient) -> None:
    old = "            lead: [Văn phòng UBND tỉnh]\n            support: [\"UBND các huyện"
    path, clean, text, found = await broken(client, old, old.replace("UBND tỉnh]", "UBND tỉnhh]"))
    actions = suppressions(for_code(await actions_at(client, path, text, "UBND tỉnhh]"), "A001"))
    assert len(actions) == 1 and not actions[0].is_preferred
    fixed = apply_edit(text, uri_of(path), actions[0].edit)
    expected = text.replace("[Văn phòng UBND tỉnhh]", f"[Văn phòng UBND tỉnhh]  # cchc: ignore[A001] {REASON_PLACEHOLDER}")
    assert fixed == expected
    left = await replace_all(client, path, fixed, 3)
    assert [d.code for d in left] == ["Q001"]  # the placeholder is no reason
    assert REASON_PLACEHOLDER in left[0].message
    reasoned = fixed.replace(REASON_PLACEHOLDER, "Bản gốc ghi như vậy")
    assert await replace_all(client, path, reasoned, 4) == []


@pytest.mark.asyncio
async def test_a_file_with_crlf_line_endings_keeps_them(client: LanguageClient) -> None:
    path = client.root / PLAN
    clean = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    assert await open_doc(client, path, clean) == []
    text = clean.replace("lead: [Văn phòng UBND tỉnh]  ", "lead: [Văn phòng UBND tỉnh]", 1).replace(
        "            lead: [Văn phòng UBND tỉnh]\r\n", "            lead: [Văn phòng UBND tỉnhh]  # ghi chú\r\n", 1)
    assert [d.code for d in await replace_all(client, path, text, 2)] == ["A001"]
    actions = await actions_at(client, path, text, "UBND tỉnhh]")
    fixed = apply_edit(text, uri_of(path), suppressions(for_code(actions, "A001"))[0].edit)
    assert fixed == text.replace("            lead: [Văn phòng UBND tỉnhh]",
                                 f"            # cchc: ignore[A001] {REASON_PLACEHOLDER}\r\n"
                                 "            lead: [Văn phòng UBND tỉnhh]", 1)
    assert await replace_all(client, path, fixed.replace(REASON_PLACEHOLDER, "Bản gốc ghi vậy"), 3) == []


@pytest.mark.asyncio
async def test_a_line_with_a_comment_gets_the_suppression_on_its_own_line_above(client: LanguageClient) -> None:
    old = "            lead: [Văn phòng UBND tỉnh]\n            support: [\"UBND các huyện"
    path, clean, text, found = await broken(client, old, old.replace("UBND tỉnh]", "UBND tỉnhh]  # ghi chú"))
    actions = suppressions(for_code(await actions_at(client, path, text, "UBND tỉnhh]"), "A001"))
    assert len(actions) == 1
    fixed = apply_edit(text, uri_of(path), actions[0].edit)
    assert fixed == text.replace("            lead: [Văn phòng UBND tỉnhh]",
                                 f"            # cchc: ignore[A001] {REASON_PLACEHOLDER}\n"
                                 "            lead: [Văn phòng UBND tỉnhh]")
    assert await replace_all(client, path, fixed.replace(REASON_PLACEHOLDER, "Bản gốc ghi vậy"), 3) == []


@pytest.mark.asyncio
async def test_an_existing_suppression_of_the_line_gets_the_code_added(client: LanguageClient) -> None:
    old = "              - Sở Đất đai  # cchc: ignore[A001] Ô chủ trì ghi"
    decomposed = unicodedata.normalize("NFD", "Sở Đất đai")  # not NFC: U001, on a line that suppresses A001
    path, clean, text, found = await broken(client, old, old.replace("Sở Đất đai", decomposed))
    assert [d.code for d in found] == ["U001"]
    extend = suppressions(for_code(await actions_at(client, path, text, decomposed), "U001"))
    assert len(extend) == 1
    fixed = apply_edit(text, uri_of(path), extend[0].edit)
    assert fixed == text.replace("# cchc: ignore[A001] Ô chủ trì ghi", "# cchc: ignore[A001,U001] Ô chủ trì ghi", 1)
    assert await replace_all(client, path, fixed, 3) == []


@pytest.mark.asyncio
async def test_a_value_over_several_lines_is_suppressed_from_the_line_above(client: LanguageClient) -> None:
    old = "            output: Văn bản của UBND tỉnh\n            deadline: Nhiệm vụ thường xuyên\n            lead: [Văn phòng UBND tỉnh]\n            support: [\"Các"
    path, clean, text, found = await broken(client, old, old.replace(
        "output: Văn bản của UBND tỉnh", "output: \"Văn bản\n              \\u0007 của UBND tỉnh\""))
    assert [d.code for d in found] == ["U003"]
    actions = suppressions(for_code(await actions_at(client, path, text, "output: \"Văn bản"), "U003"))
    assert len(actions) == 1
    fixed = apply_edit(text, uri_of(path), actions[0].edit)
    assert fixed == text.replace("            output: \"Văn bản\n",
                                 f"            # cchc: ignore[U003] {REASON_PLACEHOLDER}\n            output: \"Văn bản\n")
    assert await replace_all(client, path, fixed.replace(REASON_PLACEHOLDER, "Bản gốc có ký tự này"), 3) == []


@pytest.mark.asyncio
async def test_no_suppression_is_offered_for_a_code_a_comment_cannot_hide(client: LanguageClient) -> None:
    old = "              - Sở Đất đai  # cchc: ignore[A001]"
    path, clean, text, found = await broken(client, old, old.replace("ignore[A001]", "ignore[A001,T002]"))
    assert [d.code for d in found] == ["Q002"]
    actions = await actions_at(client, path, text, "ignore[A001,T002]")
    assert for_code(actions, "Q002") == []


# ---------------------------------------------------------------- a client that takes snippets

SNIPPETS = types.ClientCapabilities(workspace=types.WorkspaceClientCapabilities(
    workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True, snippet_edit_support=True)))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "cchc", "lsp"],
                                              server_env=server_env()))
async def snippet_client(lsp_client: LanguageClient, workspace: Path):
    record_publications(lsp_client)
    lsp_client.root = workspace
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=SNIPPETS, root_uri=uri_of(workspace),
        workspace_folders=[types.WorkspaceFolder(uri=uri_of(workspace), name=workspace.name)]))
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_a_client_that_takes_snippets_gets_the_reason_as_a_placeholder(snippet_client: LanguageClient) -> None:
    client = snippet_client
    old = "            lead: [Văn phòng UBND tỉnh]\n            support: [\"UBND các huyện"
    path, clean, text, found = await broken(client, old, old.replace("UBND tỉnh]", "UBND tỉnhh]"))
    actions = suppressions(for_code(await actions_at(client, path, text, "UBND tỉnhh]"), "A001"))
    assert len(actions) == 1
    change = actions[0].edit.document_changes[0]
    assert change.text_document.version == 2  # the version the edit was made for
    (edit,) = change.edits
    assert isinstance(edit, types.SnippetTextEdit)
    assert edit.snippet.value == "  # cchc: ignore[A001] ${1:" + REASON_PLACEHOLDER + "}"


# ---------------------------------------------------------------- across plans, in English


async def _published_with(client: LanguageClient, uri: str, code: str, timeout: float = 20) -> list[types.Diagnostic]:
    """The diagnostics of ``uri`` once a publication holds ``code`` (the link rules run when the
    workspace scan is done)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        published = client.published.get(uri)
        if published is not None and code in [d.code for d in published.diagnostics]:
            return list(published.diagnostics)
        if loop.time() > deadline:
            raise AssertionError(f"no {code} for {uri}")
        try:
            await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS),
                                   deadline - loop.time())
        except TimeoutError:
            pass


@pytest.mark.asyncio
async def test_a_task_reference_of_another_plan_gets_its_close_task_numbers(client: LanguageClient) -> None:
    old = "            deadline: Nhiệm vụ thường xuyên\n            lead: [Văn phòng UBND tỉnh]\n            support: [\"Các"
    new = old.replace("            lead:", "            implements: [quang-nam-ctr-nq16-2021-2025#1.33]\n            lead:")
    path, clean, text, found = await broken(client, old, new)
    found = await _published_with(client, uri_of(path), "I001")
    assert [d.code for d in found] == ["I001"]
    actions = for_code(await actions_at(client, path, text, "implements: [quang"), "I001")
    preferred = [a for a in actions if a.is_preferred]
    assert len(preferred) == 1 and len(actions) >= 2, [a.title for a in actions]  # each close number, the first preferred
    fixed = apply_edit(text, uri_of(path), preferred[0].edit)
    assert fixed == text.replace("#1.33]", "#1.3]")
    await replace_all(client, path, fixed, 3)
    await asyncio.sleep(0.5)  # the link pass publishes again for the same version if the scan ends now
    assert list(client.published[uri_of(path)].diagnostics) == []


def _english_env() -> dict[str, str]:
    env = server_env()
    env["CCHC_LANG"] = "en"
    return env


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "cchc", "lsp"],
                                              server_env=_english_env()))
async def english_client(lsp_client: LanguageClient, workspace: Path):
    async with serving(lsp_client, workspace):
        yield


@pytest.mark.asyncio
async def test_in_english_the_same_fixes_are_offered(english_client: LanguageClient) -> None:
    client = english_client
    old = "            lead: [Văn phòng UBND tỉnh]\n            support: [\"UBND các huyện"
    path, clean, text, found = await broken(client, old, old.replace("UBND tỉnh]", "UBND tỉnhh]"))
    assert "Did you mean" in found[0].message  # the words are English, the fix is the same
    actions = for_code(await actions_at(client, path, text, "UBND tỉnhh]"), "A001")
    preferred = [a for a in actions if a.is_preferred]
    assert preferred[0].title == "Change to \"Văn phòng Ủy ban nhân dân tỉnh\""
    assert apply_edit(text, uri_of(path), preferred[0].edit) == text.replace("UBND tỉnhh]", "Ủy ban nhân dân tỉnh]")
    assert [a.title for a in suppressions(actions)] == ["Suppress A001 here with a # cchc: ignore comment (a reason is needed)"]


def test_a_reason_left_as_the_placeholder_is_no_reason() -> None:
    from cchc.checking.lint import lint_text

    plan = Path(__file__).resolve().parents[2] / PLAN
    text = plan.read_text(encoding="utf-8")
    line = "            output: null  # cchc: ignore[T002] Bản gốc để trống ô Sản phẩm của nhiệm vụ này"
    number = text[: text.index(line)].count("\n") + 1

    def findings(reason: str) -> list[tuple[str, str]]:
        result = lint_text(text.replace(line, f"            output: null  # cchc: ignore[T002] {reason}"))
        return [(d.code, d.message) for d in result.diagnostics if d.line == number]

    assert findings("Bản gốc để trống") == []
    assert findings(REASON_PLACEHOLDER) == [
        ("Q001", f"Chú thích bỏ qua chưa ghi lý do: chỗ {REASON_PLACEHOLDER} vẫn còn nguyên.")]
    assert findings("") == [("Q001", "Chú thích bỏ qua không ghi lý do.")]
    assert findings(f"{REASON_PLACEHOLDER} vì bản gốc ghi vậy") == []  # a reason written around it is a reason


@pytest.mark.asyncio
async def test_the_findings_the_client_names_are_fixed_and_other_kinds_get_nothing(client: LanguageClient) -> None:
    old = "            lead: [Văn phòng UBND tỉnh]\n            support: [\"UBND các huyện"
    path, clean, text, found = await broken(client, old, old.replace("UBND tỉnh]", "UBND tỉnhh]"))
    line = text[: text.index("UBND tỉnhh]")].count("\n")
    cursor = types.Range(types.Position(line, 0), types.Position(line, 0))  # before the name, outside its range

    async def ask(diagnostics: list[types.Diagnostic], only: list[str] | None = None) -> list[types.CodeAction]:
        result = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri_of(path)), range=cursor,
            context=types.CodeActionContext(diagnostics=diagnostics, only=only)))
        return [a for a in result or [] if isinstance(a, types.CodeAction)]

    assert await ask([]) == []
    named = await ask(found)
    assert [a.is_preferred for a in for_code(named, "A001")] == [True, None]
    assert await ask(found, only=[types.CodeActionKind.Source]) == []
    assert len(await ask(found, only=[types.CodeActionKind.QuickFix])) == 2
