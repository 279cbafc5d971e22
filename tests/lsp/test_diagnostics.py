"""Diagnostics of ``cchc lsp``: the same findings and words as ``cchc lint``, located exactly."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.lsp.conftest import (
    open_doc,
    record_publications,
    replace_all,
    server_command,
    server_env,
    serving,
)
from tests.lsp.oracle import expected, lint_json, published

PLAN = Path("plans/quang-nam/kh-cchc-2021.yaml")


@pytest.mark.asyncio
async def test_a_clean_plan_has_no_diagnostics_and_an_unknown_agency_is_located(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    assert await open_doc(client, path) == []
    broken = text.replace("lead: [Sở Tư pháp]", "lead: [Sở Vũ trụ]", 1)
    found = await replace_all(client, path, broken, 2)
    a001 = [d for d in found if d.code == "A001"]
    assert len(a001) == 1, found
    line = broken.splitlines()[a001[0].range.start.line]
    assert line[a001[0].range.start.character:a001[0].range.end.character] == "Sở Vũ trụ"
    assert a001[0].severity == types.DiagnosticSeverity.Error
    assert "Sở Vũ trụ" in a001[0].message and "gợi ý" in a001[0].message


# ---- the same findings as cchc lint, for broken plans of every kind

#: A task of the Quảng Nam plan each fixture breaks (its deadline, lead and support lines).
TASK2 = """            deadline: Năm 2021
            lead: [Sở Tư pháp]
            support: ["Các Sở, Ban, ngành", "UBND các huyện, thị xã, thành phố"]
"""


def broken_plans(text: str) -> dict[str, str]:
    """Broken copies of a plan, each with its own plan id. The findings sit after Vietnamese
    letters and an emoji on their line, so a column counted in code points, bytes or UTF-16
    units where another is meant shows."""
    assert text.count(TASK2) == 1

    def sub(old: str, new: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return {
        "unknown-key": sub("            output: Kế hoạch kiểm tra,", "            outptu: Kế hoạch kiểm tra,"),
        "unknown-agency": sub(TASK2, TASK2.replace(
            "lead: [Sở Tư pháp]", 'lead: [Sở Tư pháp, "Phòng 😀 Ủy ban", Sở Vũ trụ]  # chú thích')),
        "deadline": sub(TASK2, TASK2.replace("deadline: Năm 2021", "deadline: Ủy ban 😀 định sau")),
        "number-order": sub("      - number: II\n", "      - number: IV\n"),
        "progress-order": sub(TASK2, TASK2 + "            progress:\n"
                              "              - {date: 2021-03-01, status: doing, note: Đã 😀 dự thảo}\n"
                              "              - {date: 2021-02-01, status: doing}\n"),
        "yaml-syntax": sub("content: Ban hành, theo dõi", 'content: "Ủy 😀 ban, theo dõi'),
        "duplicate-key": sub(TASK2, TASK2 + "            deadline: Quý II/2021\n"),
        "schema-type": sub(TASK2, TASK2.replace("lead: [Sở Tư pháp]", "lead: {Ủy 😀: 5}")),
    }


def write_broken(root: Path) -> dict[str, tuple[Path, str]]:
    """The broken plans written beside the original (so that cchc lint reads the same text)."""
    text = (root / PLAN).read_text(encoding="utf-8")
    files = {}
    for name, broken in broken_plans(text).items():
        broken = broken.replace("id: quang-nam-kh-cchc-2021", f"id: broken-{name}", 1)
        path = root / PLAN.parent / f"broken-{name}.yaml"
        path.write_text(broken, encoding="utf-8")
        files[name] = (path, broken)
    return files


@pytest.mark.asyncio
async def test_broken_plans_get_exactly_the_findings_of_cchc_lint(client: LanguageClient) -> None:
    files = write_broken(client.root)
    linted = lint_json(client.root, "plans")
    codes = set()
    for name, (path, text) in files.items():
        shown = path.relative_to(client.root).as_posix()
        want = expected(linted, shown, text)
        assert want, f"{name}: cchc lint finds nothing, the fixture is wrong"
        got = await open_doc(client, path)
        assert published(got) == want, name
        assert all(d.source == "cchc" for d in got)
        codes |= {d.code for d in got}
    assert {"S001", "A001", "T004", "N002", "P001", "Y001", "Y002", "S003"} <= codes


@pytest.mark.asyncio
async def test_columns_after_an_emoji_are_utf16_units(client: LanguageClient) -> None:
    path, text = write_broken(client.root)["unknown-agency"]
    found = [d for d in await open_doc(client, path) if d.code == "A001"]
    line = next(i for i, content in enumerate(text.splitlines()) if "Sở Vũ trụ" in content)
    content = text.splitlines()[line]
    utf16 = content.encode("utf-16-le")
    names = []
    for d in found:
        assert d.range.start.line == d.range.end.line == line
        names.append(utf16[2 * d.range.start.character:2 * d.range.end.character].decode("utf-16-le"))
    assert names == ['"Phòng 😀 Ủy ban"', "Sở Vũ trụ"]  # a quoted scalar with its quotes, as cchc lint places it


# ---- in English: cchc --lang en lsp, or CCHC_LANG=en

def english_env() -> dict[str, str]:
    return dict(server_env(), CCHC_LANG="en")


@pytest_lsp.fixture(config=ClientServerConfig(
    server_command=[sys.executable, "-m", "cchc", "--lang", "en", "lsp"], server_env=server_env()))
async def client_en(lsp_client: LanguageClient, workspace: Path):
    async with serving(lsp_client, workspace):
        yield


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), server_env=english_env()))
async def client_env_en(lsp_client: LanguageClient, workspace: Path):
    async with serving(lsp_client, workspace):
        yield


async def english_findings_equal_lint(client: LanguageClient) -> None:
    files = write_broken(client.root)
    linted = lint_json(client.root, "plans", lang="en")
    for name in ("unknown-agency", "deadline", "yaml-syntax", "schema-type"):
        path, text = files[name]
        want = expected(linted, path.relative_to(client.root).as_posix(), text, hint_word="hint")
        got = await open_doc(client, path)
        assert published(got) == want, name
        assert all("\nhint: " in d.message for d in got), got
        assert not any("gợi ý" in d.message or "Cơ quan" in d.message for d in got), got


@pytest.mark.asyncio
async def test_lang_en_on_the_command_line_gives_english_findings(client_en: LanguageClient) -> None:
    await english_findings_equal_lint(client_en)


@pytest.mark.asyncio
async def test_cchc_lang_en_in_the_environment_gives_english_findings(client_env_en: LanguageClient) -> None:
    await english_findings_equal_lint(client_env_en)


# ---- suppressions, as cchc lint honours them

@pytest.mark.asyncio
async def test_suppressions_are_honoured_and_misused_ones_reported_as_lint_reports_them(client: LanguageClient) -> None:
    path = client.root / PLAN
    text = path.read_text(encoding="utf-8")
    shown = PLAN.as_posix()
    await open_doc(client, path)
    bad = 'lead: [Sở Tư pháp, "Phòng 😀 Ủy ban", Sở Vũ trụ]'
    base = text.replace(TASK2, TASK2.replace("lead: [Sở Tư pháp]", bad), 1)
    cases = {
        "honoured": (base.replace(bad, bad + "  # cchc: ignore[A001] Cơ quan mới, chưa vào danh mục", 1), set()),
        "no-reason": (base.replace(bad, bad + "  # cchc: ignore[A001]", 1), None),
        "unused": (base.replace(bad, bad + "  # cchc: ignore[A001,T004] Cơ quan mới 😀", 1), None),
        "invalid": (base.replace(bad, bad + "  # cchc: ignore[Q999] Cơ quan mới", 1), None),
        "typo": (base.replace(bad, bad + "  # cchc: ignor[A001] Cơ quan mới", 1), None),
    }
    for version, (name, (broken, codes)) in enumerate(cases.items(), start=2):
        got = await replace_all(client, path, broken, version)
        path.write_text(broken, encoding="utf-8")
        want = expected(lint_json(client.root, shown), shown, broken)
        assert published(got) == want, name
        if codes is not None:
            assert {d.code for d in got} == codes, name
        else:
            assert {d.code for d in got} - {"A001"}, f"{name}: lint and the server report nothing about the comment"


# ---- the position encoding the client offers (Neovim offers UTF-8 and UTF-32 too)

@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), server_env=server_env()))
async def bare_client(lsp_client: LanguageClient, workspace: Path):
    """A client not yet initialized: the test says what it offers."""
    record_publications(lsp_client)
    lsp_client.root = workspace
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
@pytest.mark.parametrize("encoding", [types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf32])
async def test_columns_in_the_encoding_the_client_offers(bare_client: LanguageClient, encoding: str) -> None:
    root = bare_client.root
    result = await bare_client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(general=types.GeneralClientCapabilities(position_encodings=[encoding])),
        root_uri=root.as_uri(), workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)]))
    assert result.capabilities.position_encoding == encoding
    path, text = write_broken(root)["unknown-agency"]
    found = [d for d in await open_doc(bare_client, path) if d.code == "A001"]
    line = text.splitlines()[found[0].range.start.line]
    codec = "utf-8" if encoding == types.PositionEncodingKind.Utf8 else "utf-32-le"
    width = 1 if codec == "utf-8" else 4
    data = line.encode(codec)
    names = [data[width * d.range.start.character:width * d.range.end.character].decode(codec) for d in found]
    assert names == ['"Phòng 😀 Ủy ban"', "Sở Vũ trụ"]


@pytest.fixture
def english_workspace(workspace: Path) -> Path:
    (workspace / "cchc.toml").write_text('as_of = 2021-07-01\nlang = "en"\n', encoding="utf-8")
    return workspace


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), server_env=server_env()))
async def client_toml_en(lsp_client: LanguageClient, english_workspace: Path):
    async with serving(lsp_client, english_workspace):
        yield


@pytest.mark.asyncio
async def test_the_workspace_cchc_toml_lang_holds_wherever_the_editor_starts_the_server(client_toml_en: LanguageClient) -> None:
    assert not (Path.cwd() / "cchc.toml").exists()  # the server starts here, not in the workspace
    await english_findings_equal_lint(client_toml_en)
