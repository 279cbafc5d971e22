"""Completion in ``cchc lsp``: keys with their descriptions, agency names and aliases from the nearest
registry, reform areas, progress statuses, occurrence labels of the task's deadline, enum values;
each replacing exactly the word being typed (UTF-16 columns), quoted where YAML needs it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from cchc.editor.completion import _key_text
from cchc.editor.locate import entries_beside, flow_frames, keys_beside, text_context
from tests.lsp.conftest import (
    open_doc,
    record_publications,
    replace_all,
    server_command,
    server_env,
    serving,
    uri_of,
)

CURSOR = "‸"

PLAN = """\
version: 1
id: thu-nghiem
document: {{type: Kế hoạch, issuer: UBND TỈNH QUẢNG NAM, title: "Thử"}}
period: {{start: 2021, end: 2023}}
appendices:
  - sections:
      - title: CẢI CÁCH THỂ CHẾ
        area: the_che
        tasks:
          - id: 1
            content: Báo cáo định kỳ.
            deadline: Hằng năm
            lead: [Sở Nội vụ]
            progress:
              - {{date: 2021-12-20, status: done, occurrence: "2021"}}
{rest}
"""


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def position_of(text: str) -> tuple[str, types.Position]:
    """The text without the cursor mark, and the mark's LSP position (UTF-16 columns)."""
    index = text.index(CURSOR)
    before = text[:index]
    line = before.count("\n")
    column = utf16(before[before.rfind("\n") + 1:])
    return text.replace(CURSOR, "", 1), types.Position(line, column)


async def ask(client: LanguageClient, path: Path, text: str, *, opened: int = 0,
              trigger: str | None = None) -> tuple[list[types.CompletionItem], str, types.Position]:
    """Open (or, when ``opened`` is the last version, change) ``path`` to ``text`` and ask for
    completion at the cursor mark."""
    text, position = position_of(text)
    if opened:
        await replace_all(client, path, text, opened + 1)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        await open_doc(client, path, text)
    context = (types.CompletionContext(types.CompletionTriggerKind.TriggerCharacter, trigger) if trigger
               else types.CompletionContext(types.CompletionTriggerKind.Invoked))
    answer = await client.text_document_completion_async(types.CompletionParams(
        types.TextDocumentIdentifier(uri_of(path)), position, context))
    items = answer.items if isinstance(answer, types.CompletionList) else list(answer or [])
    return items, text.splitlines()[position.line], position


def by_label(items: list[types.CompletionItem]) -> dict[str, types.CompletionItem]:
    return {item.label: item for item in items}


def edit_of(item: types.CompletionItem) -> types.TextEdit:
    assert isinstance(item.text_edit, types.TextEdit), item
    return item.text_edit


def applied(line: str, item: types.CompletionItem) -> str:
    """The line after the item's edit (columns in UTF-16 units, as LSP counts them)."""
    edit = edit_of(item)
    encoded = line.encode("utf-16-le")
    start, end = edit.range.start.character * 2, edit.range.end.character * 2
    return (encoded[:start] + edit.new_text.encode("utf-16-le") + encoded[end:]).decode("utf-16-le")


def doc_text(item: types.CompletionItem) -> str:
    documentation = item.documentation
    return documentation.value if isinstance(documentation, types.MarkupContent) else str(documentation or "")


# ---- keys

@pytest.mark.asyncio
async def test_keys_of_a_task_with_titles_and_descriptions_leaving_out_those_present(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    items, line, position = await ask(client, path, PLAN.format(rest="            su" + CURSOR))
    found = by_label(items)
    assert "support" in found and "deadline" not in found and "content" not in found and "lead" not in found
    assert found["support"].detail == "Cơ quan phối hợp"
    assert "kế thừa từ nhóm nhiệm vụ" in doc_text(found["support"])
    assert found["support"].kind == types.CompletionItemKind.Property
    edit = edit_of(found["support"])
    assert edit.new_text == "support: "  # the test client has no snippets
    assert (edit.range.start.character, edit.range.end.character) == (12, 14)
    assert applied(line, found["support"]) == "            support: "
    items, line, _ = await ask(client, path, PLAN.format(rest="").replace(
        "            lead: [Sở Nội vụ]", "            su" + CURSOR + "pp: [Sở Nội vụ]"), opened=1)
    assert applied(line, by_label(items)["support"]) == "            support: [Sở Nội vụ]"  # a key retyped
    assert set(found) <= {"key", "marker", "output", "due", "trigger", "support", "lead_text", "support_text",
                          "implements", "note", "subtasks", "id", "content"} - {"id", "content"}


@pytest.mark.asyncio
async def test_keys_of_a_new_list_item_and_of_a_flow_mapping(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    items, _, _ = await ask(client, path, PLAN.format(rest="              - " + CURSOR), trigger=" ")
    found = by_label(items)
    assert {"date", "status", "occurrence", "note", "evidence", "by"} == set(found)
    assert min(found.values(), key=lambda i: i.sort_text or "").label in ("date", "status")  # required keys first
    items, _, _ = await ask(client, path, PLAN.format(rest="              - {date: 2022-01-05, " + CURSOR),
                            opened=1, trigger=" ")
    assert "date" not in by_label(items) and "status" in by_label(items)


def test_key_snippets_only_for_lists_and_mappings_and_only_with_snippet_support() -> None:
    task = ("appendices", "-", "sections", "-", "tasks", "-")
    assert _key_text("plan.schema.json", (*task, "lead"), "lead", True) == ("lead: [$0]", True)
    assert _key_text("plan.schema.json", (*task, "progress"), "progress", True) == ("progress:\n  - $0", True)
    assert _key_text("plan.schema.json", (*task, "trigger"), "trigger", True) == ("trigger:\n  $0", True)
    assert _key_text("plan.schema.json", (*task, "deadline"), "deadline", True) == ("deadline: ", False)
    assert _key_text("plan.schema.json", (*task, "lead"), "lead", False) == ("lead: ", False)


@pytest.mark.asyncio
async def test_registry_keys_and_a_space_in_indentation_offers_nothing(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/agencies.yaml"
    text = path.read_text(encoding="utf-8")
    items, _, _ = await ask(client, path, text.replace("  - id: ubnd-tp-da-nang\n",
                                                       "  - id: ubnd-tp-da-nang\n    en" + CURSOR + "\n", 1))
    assert by_label(items)["ended"].detail == "Ngày chấm dứt hoạt động"
    assert "id" not in by_label(items) and "level" not in by_label(items)  # the item has them below
    items, _, _ = await ask(client, path, text.replace("  - id: ubnd-tp-da-nang\n",
                                                       "  - id: ubnd-tp-da-nang\n    " + CURSOR + "\n", 1),
                            opened=1, trigger=" ")
    assert items == []
    items, line, _ = await ask(client, path, text.replace("successors: [ubnd-tp-da-nang]", "successors: [ubnd-tp" + CURSOR
                                                          + "]", 1), opened=2)
    found = by_label(items)
    assert found["ubnd-tp-da-nang"].detail == "Ủy ban nhân dân thành phố Đà Nẵng"
    assert found["ubnd-tinh"].deprecated is True
    assert applied(line, found["ubnd-tp-da-nang"]).endswith("successors: [ubnd-tp-da-nang]")


@pytest.mark.asyncio
async def test_report_keys_from_the_report_schema(client: LanguageClient) -> None:
    path = client.root / "reports/quang-nam-kh-cchc-2021/2021-Q2.yaml"
    items, _, _ = await ask(client, path, "version: 1\nplan: quang-nam-kh-cchc-2021\nperiod: 2021-Q2\nre" + CURSOR)
    found = by_label(items)
    assert found["results"].detail == "II. Kết quả thực hiện nhiệm vụ cải cách hành chính"
    assert "plan" not in found and "period" not in found and "version" not in found
    for attempt in range(100):  # the workspace scan runs in the background
        items, line, _ = await ask(client, path, "version: 1\nplan: quang-nam-k" + CURSOR + "\nperiod: 2021-Q2\n",
                                   opened=1 + attempt)
        if items:
            break
        await asyncio.sleep(0.1)
    found = by_label(items)
    assert {"quang-nam-kh-cchc-2021", "nam-dinh-kh-cchc-2021-2025"} <= set(found)
    assert found["quang-nam-kh-cchc-2021"].detail == "plans/quang-nam/kh-cchc-2021.yaml"
    assert applied(line, found["quang-nam-kh-cchc-2021"]) == "plan: quang-nam-kh-cchc-2021"


# ---- agencies

@pytest.mark.asyncio
async def test_agencies_in_a_flow_list_with_aliases_and_quoting(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    rest = "            support: [Sở Tư pháp, S" + CURSOR + "]"
    items, line, position = await ask(client, path, PLAN.format(rest=rest), trigger=None)
    found = by_label(items)
    assert found["Sở Nội vụ"].detail == "cấp tỉnh · Tỉnh Quảng Nam"
    assert found["SNV"].detail == "tên viết tắt của Sở Nội vụ"
    assert edit_of(found["SNV"]).new_text == "Sở Nội vụ"  # an alias inserts the canonical name
    assert applied(line, found["SNV"]) == "            support: [Sở Tư pháp, Sở Nội vụ]"
    assert (edit_of(found["SNV"]).range.start.character, edit_of(found["SNV"]).range.end.character) == (34, 35)
    assert "Sở Tư pháp" not in found and "STP" not in found  # the list names it already
    group = found["Các Sở, Ban, ngành"]
    assert edit_of(group).new_text == '"Các Sở, Ban, ngành"'  # a comma in a flow list needs quotes
    assert group.detail is not None and group.detail.startswith("nhóm cơ quan")
    assert "so noi vu" in (found["Sở Nội vụ"].filter_text or "").lower()  # typed without diacritics


@pytest.mark.asyncio
async def test_agencies_after_a_key_with_no_value_in_a_half_typed_file_with_a_parent_registry(
        client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/huyen/thu-nghiem.yaml"  # the registry is one folder up
    rest = ('            note: "một ghi chú chưa đóng nháy\n'
            "          - id: 2\n            content: Việc mới.\n            lead:" + CURSOR)
    items, line, _ = await ask(client, path, PLAN.format(rest=rest), trigger=":")
    found = by_label(items)
    assert "Sở Nội vụ" in found
    assert edit_of(found["Sở Nội vụ"]).new_text == " [Sở Nội vụ]"  # the space and the list YAML needs
    assert applied(line, found["Sở Nội vụ"]) == "            lead: [Sở Nội vụ]"


@pytest.mark.asyncio
async def test_agencies_in_a_block_list_and_ended_agencies_last(client: LanguageClient) -> None:
    folder = client.root / "plans/tinh-moi"
    folder.mkdir(parents=True)
    (folder / "agencies.yaml").write_text(
        "version: 1\njurisdiction: Tỉnh Mới\nagencies:\n"
        "  - {id: so-cu, name: Sở Cũ, level: tinh, kind: so, ended: \"2020-01-01\", successors: [so-moi]}\n"
        "  - {id: so-moi, name: Sở Mới, level: tinh, kind: so, aliases: [Sở Mới thành lập]}\n"
        "  - {id: so-sau, name: Sở Sau, level: tinh, kind: so, ended: \"2025-03-01\"}\n",
        encoding="utf-8")
    rest = ("          - id: 2\n            content: Việc.\n            lead:\n              - Sở" + CURSOR
            + "\n              - so moi  # đã có\n            deadline: Năm 2021")
    items, line, _ = await ask(client, folder / "thu-nghiem.yaml", PLAN.format(rest=rest))
    found = by_label(items)
    assert found["Sở Cũ"].deprecated is True  # the test client has no tag support: the older flag
    assert "Sở Mới" in doc_text(found["Sở Cũ"]) and "01/01/2020" in (found["Sở Cũ"].detail or "")
    assert not found["Sở Sau"].deprecated  # ends after the workspace's date (2021-07-01)
    order = [item.label for item in sorted(items, key=lambda i: i.sort_text or "")]
    assert order.index("Sở Cũ") > order.index("Sở Sau") and order[-1] == "Sở Cũ"
    assert "Sở Mới" not in found and "Sở Mới thành lập" not in found  # the list names it below
    assert "Sở Sau" in found and "Sở Cũ" in found
    rest = "          - id: 2\n            content: Việc.\n            support: [Sở Mới t" + CURSOR
    items, line, _ = await ask(client, folder / "thu-nghiem.yaml", PLAN.format(rest=rest), opened=1)
    alias = by_label(items)["Sở Mới thành lập"]
    assert alias.detail == "tên gọi khác của Sở Mới"
    assert applied(line, alias) == "            support: [Sở Mới"


@pytest.mark.asyncio
async def test_a_vietnamese_prefix_is_replaced_in_utf16_units(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    rest = '            support: ["Tổ 🙂 công tác", Ủy b' + CURSOR
    items, line, position = await ask(client, path, PLAN.format(rest=rest))
    item = by_label(items)["Ủy ban nhân dân tỉnh Quảng Nam"]
    edit = edit_of(item)
    start = utf16('            support: ["Tổ 🙂 công tác", ')
    assert start == len('            support: ["Tổ 🙂 công tác", ') + 1  # the emoji is two UTF-16 units
    assert (edit.range.start.character, edit.range.end.character) == (start, start + 4) == (start, position.character)
    assert applied(line, item) == '            support: ["Tổ 🙂 công tác", Ủy ban nhân dân tỉnh Quảng Nam'


@pytest.mark.asyncio
async def test_an_opened_quote_stays_quoted_and_the_closing_quote_is_replaced(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    items, line, _ = await ask(client, path, PLAN.format(rest='            support: ["Sở N' + CURSOR + '"]'))
    item = by_label(items)["Sở Nội vụ"]
    assert (item.filter_text or "").startswith('"Sở Nội vụ')
    assert applied(line, item) == '            support: ["Sở Nội vụ"]'


# ---- areas, statuses, occurrences, enums

@pytest.mark.asyncio
async def test_reform_areas_with_their_names(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    text = PLAN.format(rest="").replace("        area: the_che", "        area: th" + CURSOR)
    items, line, _ = await ask(client, path, text)
    found = by_label(items)
    assert found["the_che"].detail == "Cải cách thể chế"
    assert found["chinh_phu_so"].detail == "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"
    assert len(found) == 7 and applied(line, found["thu_tuc_hanh_chinh"]) == "        area: thu_tuc_hanh_chinh"
    text = PLAN.format(rest="").replace("        area: the_che", "        area: th" + CURSOR + "e_che  # lĩnh vực")
    items, line, _ = await ask(client, path, text, opened=1)  # in the middle of a value: the whole word goes
    assert applied(line, by_label(items)["cong_vu"]) == "        area: cong_vu  # lĩnh vực"


@pytest.mark.asyncio
async def test_progress_statuses_with_their_meanings(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    items, line, _ = await ask(client, path, PLAN.format(rest="              - date: 2022-01-05\n"
                                                              "                status: " + CURSOR), trigger=" ")
    found = by_label(items)
    assert {k: v.detail for k, v in found.items()} == {
        "doing": "đang thực hiện", "done": "hoàn thành", "blocked": "gặp vướng mắc", "cancelled": "không thực hiện"}
    assert applied(line, found["done"]) == "                status: done"


@pytest.mark.asyncio
async def test_occurrence_labels_of_the_tasks_deadline_quoted_and_recorded_ones_last(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    items, line, _ = await ask(client, path, PLAN.format(rest="              - date: 2022-06-05\n"
                                                              "                status: done\n"
                                                              "                occurrence: " + CURSOR))
    found = by_label(items)
    assert set(found) == {"2021", "2022", "2023"}
    assert edit_of(found["2022"]).new_text == '"2022"'  # unquoted, YAML would read a number
    assert found["2022"].detail == "hạn 31/12/2022"
    assert "đã ghi hoàn thành" in (found["2021"].detail or "")
    order = [item.label for item in sorted(items, key=lambda i: i.sort_text or "")]
    assert order == ["2022", "2023", "2021"]


@pytest.mark.asyncio
async def test_occurrences_in_a_half_typed_flow_entry_from_the_last_text_that_loaded(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/kh-cchc-2021.yaml"
    text = path.read_text(encoding="utf-8")
    await open_doc(client, path, text)
    anchor = "            deadline: Quý II và Quý IV/2021\n"
    half = text.replace(anchor, anchor + "            progress:\n"
                        "              - {date: 2021-06-20, status: done, occurrence: 2021" + CURSOR + "\n", 1)
    items, line, _ = await ask(client, path, half, opened=1, trigger=None)
    found = by_label(items)
    assert set(found) == {"2021-Q2", "2021-Q4"}
    assert applied(line, found["2021-Q4"]) == "              - {date: 2021-06-20, status: done, occurrence: 2021-Q4"


@pytest.mark.asyncio
async def test_enum_values_elsewhere_with_their_meanings(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    text = PLAN.format(rest="").replace("        area: the_che\n", "        area: the_che\n        role: x\n")
    text = text.replace("appendices:", "body:\n  - targets:\n      - text: Một chỉ tiêu.\n"
                        "        measure: {value: 90, comparison: " + CURSOR + "}\nappendices:")
    items, line, _ = await ask(client, path, text, trigger=" ")
    found = by_label(items)
    assert set(found) == {"at_least", "at_most", "exactly", "top_n"}
    assert found["at_least"].detail == "tối thiểu, từ … trở lên, đạt trên"
    assert applied(line, found["top_n"]) == "        measure: {value: 90, comparison: top_n}"


@pytest.mark.asyncio
async def test_nothing_fits_gives_an_empty_list_and_no_text_breaks_it(client: LanguageClient) -> None:
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    items, _, _ = await ask(client, path, PLAN.format(rest="            content: Báo cáo " + CURSOR), trigger=" ")
    assert items == []
    items, _, _ = await ask(client, path, PLAN.format(rest="            lead: [Sở Nội vụ]  # ghi chú S" + CURSOR),
                            opened=1)
    assert items == []
    texts = ["", "- - - [", "{[}]: : :", '"\\', "a:\n  - b: [c, {d: 'e", "\t\tx: [", "version: 1\n" + "  " * 50 + "-",
             "k: \"🙂🙂", "\ufeff\u0000x:"]
    for version, text in enumerate(texts, start=3):
        await replace_all(client, path, text, version)
        lines = text.split("\n")
        for line_number, line in enumerate(lines):
            for column in range(0, utf16(line) + 2, 2):
                answer = await client.text_document_completion_async(types.CompletionParams(
                    types.TextDocumentIdentifier(uri_of(path)), types.Position(line_number, column)))
                assert answer is not None


def test_text_context_reads_flow_collections_on_the_cursor_line() -> None:
    def read(text: str) -> tuple[tuple[str, ...], str | None, str]:
        lines = [line + "\n" for line in text.replace(CURSOR, "").split("\n")]
        row = text[:text.index(CURSOR)].count("\n")
        column = len(text[:text.index(CURSOR)].split("\n")[-1]) + 1
        context = text_context(lines, row + 1, column)
        return context.parents, context.key, context.prefix

    task = "tasks:\n  - id: 1\n"
    assert read(task + "    lead: [Sở Tư pháp, S" + CURSOR) == (("tasks", "-", "lead", "-"), None, "S")
    assert read(task + "    progress:\n      - {date: 2021-01-01, status: d" + CURSOR) == (
        ("tasks", "-", "progress", "-"), "status", "d")
    assert read(task + '    progress: [{note: "a, b: c", occurrence: 20' + CURSOR) == (
        ("tasks", "-", "progress", "-"), "occurrence", "20")
    assert read(task + '    note: "Mục [1], {x}: a' + CURSOR) == (("tasks", "-"), "note", '"Mục [1], {x}: a')
    assert text_context(["area: the_che # S\n"], 1, 18).comment


def test_keys_and_entries_beside_the_cursor() -> None:
    def at_mark(text: str) -> tuple[list[str], int, object]:
        index = text.index(CURSOR)
        lines = [line + "\n" for line in text.replace(CURSOR, "").split("\n")]
        row = text[:index].count("\n") + 1
        column = len(text[:index].split("\n")[-1]) + 1
        return lines, row, text_context(lines, row, column)

    text = ("tasks:\n  - id: 1\n    content: A\n    progress:\n      - {date: 2021-01-01}\n    le" + CURSOR
            + "\n    # ghi chú\n    note: x\n  - id: 2\n    deadline: Quý I/2021\n")
    lines, row, context = at_mark(text)
    assert keys_beside(lines, row, context) == {"id", "content", "progress", "note"}  # not task 2's, not "date"
    lines, row, context = at_mark("tasks:\n  - id: 1\n  - " + CURSOR + "\n    note: x\n  - id: 3\n")
    assert keys_beside(lines, row, context) == {"note"}  # a new item: only its own keys, below
    lines, row, context = at_mark("lead:\n  - Sở A  # chú thích\n  - " + CURSOR + "\n  - 'Sở, B'\nsupport: [C]\n")
    assert entries_beside(lines, row, context) == {"Sở A", "Sở, B"}
    lines, row, context = at_mark('lead: ["Sở \\"A\\", 1", B, ' + CURSOR)
    assert entries_beside(lines, row, context) == {'Sở \\"A\\", 1', "B"}
    assert flow_frames("{a: 'it''s, x', b: [1, {c: ")[0][-1].key == "c"
    assert flow_frames('[a, "b # c", d # e')[2]  # a comment after the quoted entry


# ---- English

@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command("--lang", "en"), server_env=server_env()))
async def client_en(lsp_client: LanguageClient, workspace: Path):
    async with serving(lsp_client, workspace):
        yield


@pytest.mark.asyncio
async def test_in_english_the_server_words_are_english(client_en: LanguageClient) -> None:
    client = client_en
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    items, _, _ = await ask(client, path, PLAN.format(rest="            support: [S" + CURSOR))
    found = by_label(items)
    assert found["SNV"].detail == "short name of Sở Nội vụ"
    assert found["Sở Nội vụ"].detail == "province level · Tỉnh Quảng Nam"
    items, _, _ = await ask(client, path, PLAN.format(rest="              - date: 2022-01-05\n"
                                                              "                status: " + CURSOR), opened=1)
    assert by_label(items)["doing"].detail == "in progress"


# ---- a client with snippets

@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), server_env=server_env()))
async def client_snippets(lsp_client: LanguageClient, workspace: Path):
    record_publications(lsp_client)
    lsp_client.root = workspace
    completion = types.CompletionClientCapabilities(completion_item=types.ClientCompletionItemOptions(
        snippet_support=True, documentation_format=[types.MarkupKind.PlainText],
        tag_support=types.CompletionItemTagOptions([types.CompletionItemTag.Deprecated]),
        insert_text_mode_support=types.ClientCompletionItemInsertTextModeOptions([types.InsertTextMode.AdjustIndentation])))
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(text_document=types.TextDocumentClientCapabilities(completion=completion)),
        root_uri=uri_of(workspace),
        workspace_folders=[types.WorkspaceFolder(uri=uri_of(workspace), name=workspace.name)]))
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_a_client_with_snippets_gets_a_list_or_a_mapping_to_fill_in(client_snippets: LanguageClient) -> None:
    client = client_snippets
    path = client.root / "plans/quang-nam/thu-nghiem.yaml"
    rest = "          - id: 2\n            content: Việc.\n            " + CURSOR
    found = by_label((await ask(client, path, PLAN.format(rest=rest)))[0])
    assert edit_of(found["lead"]).new_text == "lead: [$0]"
    assert found["lead"].insert_text_format == types.InsertTextFormat.Snippet
    assert edit_of(found["progress"]).new_text == "progress:\n  - $0"
    assert found["progress"].insert_text_mode == types.InsertTextMode.AdjustIndentation
    assert isinstance(found["progress"].documentation, types.MarkupContent)
    assert edit_of(found["deadline"]).new_text == "deadline: "
    assert found["deadline"].insert_text_format == types.InsertTextFormat.PlainText
    rest = "          - " + CURSOR
    found = by_label((await ask(client, path, PLAN.format(rest=rest), opened=1))[0])
    assert edit_of(found["trigger"]).new_text == "trigger:\n    $0"  # two past the key, which is past "- "
    rest = "            su" + CURSOR + "pp: [Sở Nội vụ]"
    found = by_label((await ask(client, path, PLAN.format(rest=rest), opened=2))[0])
    assert edit_of(found["support"]).new_text == "support: "  # a key retyped before its value: no snippet
    rest = "          - id: 2\n            content: Việc.\n            trigger: {date: 2022-01-01, " + CURSOR
    found = by_label((await ask(client, path, PLAN.format(rest=rest), opened=3))[0])
    assert edit_of(found["days"]).new_text == "days: "  # in a flow mapping: never a block snippet
