"""Hovers of ``cchc lsp``: a deadline's reading and state as of the session's date, an agency's
registry entry, a key's description — through a real LSP client, on a fixture plan (a 2021–2023
plan with a quarterly task and progress, an unreadable deadline, an agency that ended) copied into
the workspace beside the bundled plans. Dates and day counts are computed here, not copied from
the output."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.lsp.conftest import (
    REPO,
    open_doc,
    record_publications,
    replace_all,
    server_command,
    server_env,
    uri_of,
)

FIXTURE = Path(__file__).parent / "fixtures" / "thu"
PLAN = Path("plans/thu/kh-thu-2021-2023.yaml")
AS_OF = dt.date(2021, 7, 1)  # the workspace's cchc.toml (conftest)


@pytest.fixture
def workspace(workspace: Path) -> Path:
    shutil.copytree(FIXTURE, workspace / "plans" / "thu")
    return workspace


async def _client(lsp_client: LanguageClient, workspace: Path):  # the body of conftest's ``client``
    record_publications(lsp_client)
    lsp_client.root = workspace
    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(),
        root_uri=uri_of(workspace),
        workspace_folders=[types.WorkspaceFolder(uri=uri_of(workspace), name=workspace.name)],
    ))
    lsp_client.server_capabilities = result.capabilities


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command("--as-of", "2021-09-30"),
                                              server_env=server_env()))
async def client_as_of(lsp_client: LanguageClient, workspace: Path):
    await _client(lsp_client, workspace)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command("--lang", "en"), server_env=server_env()))
async def client_en(lsp_client: LanguageClient, workspace: Path):
    await _client(lsp_client, workspace)
    yield
    await lsp_client.shutdown_session()


def position(text: str, needle: str, offset: int = 1, nth: int = 0) -> types.Position:
    """The position ``offset`` characters into the ``nth`` occurrence of ``needle`` (the fixture's
    text is in the Basic Multilingual Plane: a character is one UTF-16 unit)."""
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    index += offset
    line = text.count("\n", 0, index)
    return types.Position(line, index - (text.rfind("\n", 0, index) + 1))


async def hover(client: LanguageClient, path: Path, needle: str, offset: int = 1, nth: int = 0,
                text: str | None = None) -> types.Hover | None:
    text = path.read_text(encoding="utf-8") if text is None else text
    return await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri_of(path)), position(text, needle, offset, nth)))


def content(found: types.Hover | None) -> str:
    """The hover's Markdown with its escapes removed (what the reader sees)."""
    assert found is not None
    assert isinstance(found.contents, types.MarkupContent)
    assert found.contents.kind == types.MarkupKind.Markdown
    return re.sub(r"\\(.)", r"\1", found.contents.value)


def covered(text: str, found: types.Hover | None) -> str:
    assert found is not None and found.range is not None
    start, end = found.range.start, found.range.end
    assert start.line == end.line
    return text.splitlines()[start.line][start.character:end.character]


def quarter_end(year: int, quarter: int) -> dt.date:
    after = dt.date(year + (quarter == 4), quarter * 3 % 12 + 1, 1)
    return after - dt.timedelta(days=1)


@pytest.mark.asyncio
async def test_a_deadline_is_read_and_judged_as_of_the_workspace_date(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    await open_doc(client, path)
    found = await hover(client, path, "Quý II/2021")
    due = quarter_end(2021, 2)
    shown = content(found)
    assert shown.startswith(f"**Quý II/2021** → hạn {due:%d/%m/%Y} · quá hạn {(AS_OF - due).days} ngày"), shown
    assert f"Tính đến ngày {AS_OF:%d/%m/%Y} (nhiệm vụ I.1)" in shown
    assert covered(text, found) == "Quý II/2021"
    # done before its due date: on time, with the day it was done
    shown = content(await hover(client, path, "Quý I/2021"))
    assert f"hạn {quarter_end(2021, 1):%d/%m/%Y} · hoàn thành đúng hạn ngày 20/03/2021" in shown


@pytest.mark.asyncio
async def test_the_as_of_flag_wins_over_the_workspace_date(client_as_of: LanguageClient) -> None:
    client = client_as_of
    as_of = dt.date(2021, 9, 30)
    path = client.root / PLAN
    await open_doc(client, path)
    due = quarter_end(2021, 2)
    shown = content(await hover(client, path, "Quý II/2021"))
    assert f"hạn {due:%d/%m/%Y} · quá hạn {(as_of - due).days} ngày" in shown, shown
    assert f"Tính đến ngày {as_of:%d/%m/%Y}" in shown
    # the quarterly task: the occurrences around the date (Q3 falls due that very day)
    shown = content(await hover(client, path, "Hằng quý"))
    assert f"`2021-Q3` hạn {quarter_end(2021, 3):%d/%m/%Y} · đến hạn hôm nay" in shown, shown
    assert f"`2021-Q4` hạn {quarter_end(2021, 4):%d/%m/%Y} · chưa đến hạn, còn " \
           f"{(quarter_end(2021, 4) - as_of).days} ngày" in shown


@pytest.mark.asyncio
async def test_the_server_advertises_hover_and_definition(client_as_of: LanguageClient) -> None:
    capabilities = client_as_of.server_capabilities
    assert capabilities.hover_provider and capabilities.definition_provider


@pytest.mark.asyncio
async def test_a_due_date_and_a_trigger_make_the_deadline(client: LanguageClient) -> None:
    path = client.root / PLAN
    await open_doc(client, path)
    due = dt.date(2021, 8, 15)  # due wins over the text, as in cchc status
    for needle in ("Quý IV/2021", "2021-08-15"):
        shown = content(await hover(client, path, needle))
        assert shown.startswith(f"**Quý IV/2021 (due 2021-08-15)** → hạn {due:%d/%m/%Y} · chưa đến hạn, còn "
                                f"{(due - AS_OF).days} ngày"), shown
    due = dt.date(2021, 5, 1) + dt.timedelta(days=30)  # the condition's date + the days given
    for needle in ("Sau khi có văn bản hướng dẫn của Bộ", "2021-05-01", "days: 30"):
        shown = content(await hover(client, path, needle, len(needle) - 1))
        assert shown.startswith(f"**Sau khi có văn bản hướng dẫn của Bộ** → hạn {due:%d/%m/%Y} · "
                                f"quá hạn {(AS_OF - due).days} ngày"), shown


@pytest.mark.asyncio
async def test_a_recurring_deadline_shows_its_occurrences_with_what_was_recorded(client: LanguageClient) -> None:
    path = client.root / PLAN
    await open_doc(client, path)
    shown = content(await hover(client, path, "Hằng quý"))
    quarters = 4 * (2023 - 2021 + 1)
    assert shown.startswith(f"**Hằng quý** → định kỳ · {quarters} mốc"), shown
    q1, q2, q3 = quarter_end(2021, 1), quarter_end(2021, 2), quarter_end(2021, 3)
    listed = [line for line in shown.splitlines() if line.startswith("- ")]
    assert listed == [
        f"- `2021-Q1` hạn {q1:%d/%m/%Y} · hoàn thành quá hạn ngày 05/04/2021 "
        f"(chậm {(dt.date(2021, 4, 5) - q1).days} ngày)",
        f"- `2021-Q2` hạn {q2:%d/%m/%Y} · hoàn thành đúng hạn ngày 20/06/2021",
        f"- `2021-Q3` hạn {q3:%d/%m/%Y} · chưa đến hạn, còn {(q3 - AS_OF).days} ngày",
        f"- `2021-Q4` hạn {quarter_end(2021, 4):%d/%m/%Y} · chưa đến hạn, còn {(quarter_end(2021, 4) - AS_OF).days} ngày",
        f"- … {quarters - 4} mốc sau",
    ]
    # a progress entry's occurrence: that milestone's state
    shown = content(await hover(client, path, "2021-Q2"))
    assert shown.startswith(f"**`2021-Q2`** → hạn {q2:%d/%m/%Y} · hoàn thành đúng hạn ngày 20/06/2021"), shown


@pytest.mark.asyncio
async def test_an_unreadable_deadline_says_what_lint_says(client: LanguageClient) -> None:
    path = client.root / PLAN
    diagnostics = await open_doc(client, path)
    t004 = [d for d in diagnostics if d.code == "T004"]
    assert len(t004) == 1, diagnostics
    shown = content(await hover(client, path, "Sớm nhất có thể"))
    assert shown.startswith("**Sớm nhất có thể** → không đọc được"), shown
    assert t004[0].message.splitlines()[0] in shown
    assert t004[0].data["hint"] in shown


@pytest.mark.asyncio
async def test_an_agency_that_ended_shows_its_entry_and_successors(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    await open_doc(client, path)
    found = await hover(client, path, "SKHĐT]")
    assert covered(text, found) == "SKHĐT"
    shown = content(found)
    assert shown.startswith("**Sở Kế hoạch và Đầu tư** (`so-ke-hoach-va-dau-tu`) — cơ quan trong danh mục Tỉnh Thử Nghiệm")
    assert "\"SKHĐT\" là tên viết tắt của cơ quan này." in shown
    assert "Cấp: cấp tỉnh" in shown and "Loại: sở, ban, ngành cấp tỉnh" in shown
    assert "Cơ quan cấp trên: Ủy ban nhân dân tỉnh Thử Nghiệm" in shown
    assert "- **Đã chấm dứt hoạt động từ 01/03/2025**; đơn vị kế thừa: Sở Tài chính\n" in shown
    assert "Ghi chú: Hợp nhất vào Sở Tài chính từ 01/3/2025." in shown
    assert "Danh mục: `plans/thu/agencies.yaml`" in shown
    # a group: its members, by the registry's rule
    shown = content(await hover(client, path, "Các Sở, Ban, ngành"))
    assert "nhóm cơ quan trong danh mục" in shown
    assert "3 thành viên: Sở Nội vụ, Sở Kế hoạch và Đầu tư, Sở Tài chính" in shown
    # in the registry: an id names an entry
    registry = client.root / "plans/thu/agencies.yaml"
    await open_doc(client, registry)
    shown = content(await hover(client, registry, "successors: [so-tai-chinh", len("successors: [") + 1))
    assert shown.startswith("**Sở Tài chính** (`so-tai-chinh`) — cơ quan trong danh mục Tỉnh Thử Nghiệm"), shown
    assert "là một cách viết" not in shown and "- Tên viết tắt: STC\n" in shown
    # the plan's owner, by its short name
    shown = content(await hover(client, path, "owner: UBND tỉnh", len("owner: ") + 1))
    assert shown.startswith("**Ủy ban nhân dân tỉnh Thử Nghiệm** (`ubnd-tinh`)")


@pytest.mark.asyncio
async def test_an_unknown_agency_gets_the_words_of_a001(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    await open_doc(client, path)
    broken = text.replace("lead: [SNV]", "lead: [Sở Nội vụu]", 1)
    diagnostics = await replace_all(client, path, broken, 2)
    a001 = [d for d in diagnostics if d.code == "A001"]
    assert len(a001) == 1, diagnostics
    shown = content(await hover(client, path, "Sở Nội vụu", text=broken))
    assert a001[0].message.splitlines()[0] in shown
    assert "Có phải ý bạn là \"Sở Nội vụ\"?" in shown


async def wait_for_code(client: LanguageClient, path: Path, code: str, timeout: float = 20) -> types.Diagnostic:
    """The first diagnostic with ``code`` published for ``path`` (the link rules run once the
    workspace is indexed, and the server publishes again then)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        published = client.published.get(uri_of(path))
        found = [d for d in (published.diagnostics if published else []) if d.code == code]
        if found:
            return found[0]
        assert loop.time() < deadline, f"no {code} for {path} within {timeout} s"
        try:
            await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS),
                                   deadline - loop.time())
        except TimeoutError:
            pass


@pytest.mark.asyncio
async def test_an_implements_reference_shows_the_plan_and_task_it_names(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    await open_doc(client, path)
    parent = (client.root / "plans/thu/ctr-thu-2021-2025.yaml").read_text(encoding="utf-8")
    title = re.search(r"^  title: (.*)$", parent, re.MULTILINE).group(1)  # type: ignore[union-attr]
    due = dt.date(2025, 12, 31)
    shown = content(await hover(client, path, "thu-ctr-2021-2025#I.2", 3))
    assert shown.startswith(f"**thu-ctr-2021-2025** — Chương trình {title}\n\n`plans/thu/ctr-thu-2021-2025.yaml`"
                            "\n\nNhiệm vụ I.2: Nhiệm vụ thứ hai\n\n"
                            f"**Năm 2025** → hạn {due:%d/%m/%Y} · chưa đến hạn, còn {(due - AS_OF).days} ngày"), shown
    shown = content(await hover(client, path, "plan: thu-ctr", len("plan: ") + 1))
    assert shown == f"**thu-ctr-2021-2025** — Chương trình {title}\n\n`plans/thu/ctr-thu-2021-2025.yaml`"
    # a task the plan does not have: I001's words
    broken = text.replace("#I.2", "#I.9")
    await replace_all(client, path, broken, 2)
    i001 = await wait_for_code(client, path, "I001")
    shown = content(await hover(client, path, "thu-ctr-2021-2025#I.9", 3, text=broken))
    assert shown == f"{i001.message.splitlines()[0]}\n\nGợi ý: {i001.data['hint']}"


def schema_node(name: str, *path: str) -> dict:
    """A node of a bundled schema, read here with no cchc code."""
    schema = json.loads((REPO / "cchc" / "data" / name).read_text(encoding="utf-8"))
    node = schema
    for part in path:
        node = node[part]
    return node


@pytest.mark.asyncio
async def test_a_key_shows_the_schema_title_and_description(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    await open_doc(client, path)
    found = await hover(client, path, "deadline: Quý II")
    assert covered(text, found) == "deadline"
    node = schema_node("plan.schema.json", "$defs", "task", "properties", "deadline")
    assert content(found) == f"**{node['title']}** (`deadline`)\n\n{node['description']}"
    # a coded value lists its values
    node = schema_node("plan.schema.json", "$defs", "progress_entry", "properties", "status")
    shown = content(await hover(client, path, "status: done"))
    assert shown.startswith(f"**{node['title']}** (`status`)")
    assert ", ".join(f"`{value}`" for value in node["enum"]) in shown
    # the agency registry's keys come from its own schema
    registry = client.root / "plans/thu/agencies.yaml"
    await open_doc(client, registry)
    node = schema_node("agencies.schema.json", "$defs", "agency", "properties", "successors")
    shown = content(await hover(client, registry, "successors"))
    assert shown == f"**{node['title']}** (`successors`)\n\n{node['description']}"
    # and a report file's from the report schema
    report = client.root / "plans/reports/thu-kh-2021-2023/2021-6-thang.yaml"
    report.parent.mkdir(parents=True)
    shutil.copy(REPO / "tests/fixtures/reports/quang-nam-kh-cchc-2021/2021-6-thang.yaml", report)
    await open_doc(client, report)
    node = schema_node("report.schema.json", "properties", "direction")
    shown = content(await hover(client, report, "direction"))
    assert shown == f"**{node['title']}** (`direction`)\n\n{node['description']}"


@pytest.mark.asyncio
async def test_hovers_work_in_a_half_typed_file(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    await open_doc(client, path)
    # a quote not closed yet: the file does not load (Y001), but the line is read as typed
    broken = text.replace("deadline: Quý II/2021", "deadline: \"Quý III/2021", 1)
    diagnostics = await replace_all(client, path, broken, 2)
    assert any(d.code == "Y001" for d in diagnostics), diagnostics
    due = quarter_end(2021, 3)
    shown = content(await hover(client, path, "Quý III/2021", text=broken))
    assert shown.startswith(f"**Quý III/2021** → hạn {due:%d/%m/%Y} · chưa đến hạn, còn {(due - AS_OF).days} ngày"), shown
    assert "(nhiệm vụ I.1)" in shown  # still known as task I.1, with its progress
    # a line below the edit: the last analysis that loaded answers
    shown = content(await hover(client, path, "SKHĐT]", text=broken))
    assert shown.startswith("**Sở Kế hoạch và Đầu tư**")
    # the key of the broken line
    node = schema_node("plan.schema.json", "$defs", "task", "properties", "deadline")
    shown = content(await hover(client, path, "deadline: \"Quý III", text=broken))
    assert shown.startswith(f"**{node['title']}** (`deadline`)")
    # lines added above: what is below moves with them
    moved = broken.replace("  - sections:\n", "  - sections:\n\n\n", 1)
    await replace_all(client, path, moved, 3)
    shown = content(await hover(client, path, "Hằng quý", text=moved))
    assert shown.startswith("**Hằng quý** → định kỳ")
    # a task typed from nothing: no task to take progress from, said so; a year half typed: unreadable
    typed = moved.replace("          - id: \"4\"", "          - id: \"9\"\n            deadline: Năm 2022", 1)
    await replace_all(client, path, typed, 4)
    due = dt.date(2022, 12, 31)
    shown = content(await hover(client, path, "Năm 2022", text=typed))
    assert shown.startswith(f"**Năm 2022** → hạn {due:%d/%m/%Y} · chưa đến hạn, còn {(due - AS_OF).days} ngày"), shown
    assert shown.endswith(f"Tính đến ngày {AS_OF:%d/%m/%Y}, chưa tính tiến độ đã ghi.")
    typed = typed.replace("deadline: Năm 2022", "deadline: Năm 20", 1)
    await replace_all(client, path, typed, 5)
    shown = content(await hover(client, path, "Năm 20\n", text=typed))
    assert shown.startswith("**Năm 20** → không đọc được\n\nKhông đọc được thời gian hoàn thành \"Năm 20\"."), shown
    assert await hover(client, path, "# Kế hoạch", text=typed) is None


@pytest.mark.asyncio
async def test_hovers_in_english(client_en: LanguageClient) -> None:
    client = client_en
    path = client.root / PLAN
    await open_doc(client, path)
    due = quarter_end(2021, 2)
    shown = content(await hover(client, path, "Quý II/2021"))
    days = (AS_OF - due).days
    assert shown.startswith(f"**Quý II/2021** → due {due:%d/%m/%Y} · {days} day{'s' if days != 1 else ''} overdue"), shown
    assert "quá hạn" not in shown and "Tính đến" not in shown
    assert f"Quarter II/2021: due {due:%d/%m/%Y}." in shown  # the reading's explanation too
    assert shown.endswith(f"As of {AS_OF:%d/%m/%Y} (task \"I.1\").")
    shown = content(await hover(client, path, "SKHĐT]"))
    assert "- **Ceased operating on 01/03/2025**; successors: Sở Tài chính\n" in shown, shown


@pytest.mark.asyncio
async def test_every_position_of_a_file_whole_or_half_typed_gets_an_answer(client: LanguageClient) -> None:
    """A hover and a definition at three places of every line, in the file as it is and with its
    lines cut in half one by one (a quote or bracket left open, a key without its colon): every
    request is answered, and the server logs no failure."""
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    await open_doc(client, path)
    lines = text.splitlines(keepends=True)
    versions = [text] + [
        "".join(lines[:number]) + line[: len(line) // 2] + "\n" + "".join(lines[number + 1:])
        for number, line in enumerate(lines) if number % 3 == 0]
    for version, current in enumerate(versions, start=2):
        await replace_all(client, path, current, version)
        for number, line in enumerate(current.splitlines()):
            for character in {0, len(line) // 2, len(line)}:
                at = types.Position(number, character)
                document = types.TextDocumentIdentifier(uri_of(path))
                await client.text_document_hover_async(types.HoverParams(document, at))
                await client.text_document_definition_async(types.DefinitionParams(document, at))
    failures = [m.message for m in client.log_messages if "không" in m.message and "(" in m.message
                and ("chú giải" in m.message or "định nghĩa" in m.message)]
    assert failures == []


@pytest.mark.asyncio
async def test_no_hover_in_a_yaml_file_that_is_not_cchcs_and_keys_in_one_never_loaded(client: LanguageClient) -> None:
    workflow = client.root / ".github/workflows/ci.yml"
    workflow.parent.mkdir(parents=True)
    workflow.write_text("name: CI\non: [push]\njobs:\n  lint:\n    runs-on: ubuntu-latest\n", encoding="utf-8")
    await open_doc(client, workflow)
    assert await hover(client, workflow, "name") is None
    assert await hover(client, workflow, "runs-on") is None
    # a plan opened half typed, never loaded: keys from the text, agencies from the nearest registry
    path = client.root / "plans/thu/moi.yaml"
    text = "version: 1\nid: thu-moi\nperiod: {start: 2021, end: 2021\nowner: SNV\n"
    path.write_text(text, encoding="utf-8")
    await open_doc(client, path)
    node = schema_node("plan.schema.json", "properties", "owner")
    assert content(await hover(client, path, "owner")) == f"**{node['title']}** (`owner`)\n\n{node['description']}"
    assert content(await hover(client, path, "SNV")).startswith("**Sở Nội vụ** (`so-noi-vu`)")


@pytest.mark.asyncio
async def test_a_name_written_with_other_marks_is_shown_as_read_not_as_the_registry_name(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8").replace("lead: [Sở Nội vụ]", "lead: [Sở nội vu]", 1)
    await open_doc(client, path, text)
    shown = content(await hover(client, path, "Sở nội vu]", text=text))
    assert shown.startswith("**Sở Nội vụ** (`so-noi-vu`)"), shown
    assert "\"Sở nội vu\" được hiểu là \"Sở Nội vụ\" (viết khác ở dấu, chữ hoa hoặc khoảng trắng)." in shown
    assert "tên chuẩn" not in shown
