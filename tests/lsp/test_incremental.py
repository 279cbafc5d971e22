"""The quick pass of ``cchc lsp`` (:mod:`cchc.editor.incremental`) and the server's timing duties.

In process: the changed lines of two texts; the quick result of an edit inside one task equals the
full analysis (what is published, range by range); over random edits, the local rules' findings
of every quick result equal the full analysis's. Over stdio: after random edits, the last
publication equals a full analysis of the final text; an open document's diagnostics come before
a slow workspace scan ends.
"""

from __future__ import annotations

import asyncio
import random
import shutil
import sys
import threading
import time
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from cchc.checking import rules as rule_registry
from cchc.checking.rules import LOCAL_CODES
from cchc.editor.diagnostics import lsp_diagnostics
from cchc.editor.incremental import LARGE, changed_lines
from cchc.editor.session import Analysis, Session
from cchc.reading.load import split_lines
from tests.lsp.conftest import (
    REPO,
    open_doc,
    record_publications,
    server_command,
    server_env,
    start,
    uri_of,
    wait_for,
)

sys.path.insert(0, str(REPO / "bench"))


def generated_plan(folder: Path, tasks: int, seed: str = "lsp") -> Path:
    """A plan of the benchmark generator (real phrasings, agency names, progress logs) with its
    registry, in ``folder``."""
    import generate

    frags = generate.load_fragments()
    name, word = generate.PROVINCES[0]
    rng = random.Random(seed)
    province = generate.Province(name, word, rng, frags, n_districts=9)
    maker = generate.PlanMaker(frags, province, rng)
    file_name, text, _, _ = maker.plan("tinh", 2021, 2021, tasks, "../schema")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "agencies.yaml").write_text(province.registry_yaml("../schema"), encoding="utf-8")
    path = folder / file_name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def midsize(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plan of 400 tasks (over :data:`LARGE` characters, so edits get a quick result)."""
    path = generated_plan(tmp_path_factory.mktemp("mid") / "plans" / "tinh", 400)
    assert len(path.read_text(encoding="utf-8")) > LARGE
    return path


# ---- the changed lines


def test_changed_lines_are_exact_on_random_edits() -> None:
    rng = random.Random(5)
    pool = ["a: 1\n", "  - id: 2\n", "\n", "# c\n", "b: x\r\n", "tiếng Việt\n", "x", "c\rd\n"]
    for _ in range(3000):
        old = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        new = list(old)
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(new))
            if rng.random() < 0.5 and new:
                del new[at:at + rng.randint(1, 6)]
            else:
                new[at:at] = rng.choice(["\n", "z", "a: 1\n", "\r\n", "ê"])
        new_text = "".join(new)
        change = changed_lines(old, new_text)
        if change is None:  # only for the same text, or a lone CR (a line break YAML counts)
            assert old == new_text or "\r" in new_text.replace("\r\n", "") + old.replace("\r\n", "")
            continue
        a, b = split_lines(old, keepends=True), split_lines(new_text, keepends=True)
        same = 0
        while same < min(len(a), len(b)) and a[same] == b[same]:
            same += 1
        assert change.start == same, (old, new_text, change)  # the first changed line, exactly
        assert a[:change.start] == b[:change.start]
        assert a[change.old_end:] == b[change.new_end:]
        assert change.new_end - change.start >= 0 and change.old_end - change.start >= 0
        assert new_text[change.new_from:change.new_to] == "".join(b[change.start:change.new_end])


# ---- the local rules


def test_local_is_declared_by_the_rule_modules() -> None:
    declared = {code for code, module in rule_registry.RULES.items() if getattr(module, "LOCAL", False) is True}
    assert declared == LOCAL_CODES
    assert all(isinstance(getattr(m, "LOCAL", False), bool) for m in rule_registry.RULES.values())
    # Rules that look at several tasks, or at the whole file, are not local.
    for code in ("N001", "N002", "T006", "T007", "A002", "A003", "Q002", "Y001", "Y003", "X001",
                 *rule_registry.CROSS_PLAN_RULES):
        assert code not in LOCAL_CODES, code


# ---- the quick result, in process


def _full(path: Path, text: str, version: int) -> Analysis:
    return Session().analyse(uri_of(path), path, text, version)


def _published(analysis: Analysis) -> list[types.Diagnostic]:
    return lsp_diagnostics(analysis)


def _task_lines(text: str, rng: random.Random) -> tuple[int, int]:
    """The lines (0-based, end exclusive) of a random task of the generated plan."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if line.lstrip().startswith("- id: ") and line.startswith("          -")]
    first = rng.choice(starts[:-1])
    indent = len(lines[first]) - len(lines[first].lstrip())
    last = first + 1
    while last < len(lines) and (not lines[last].strip() or len(lines[last]) - len(lines[last].lstrip()) > indent):
        last += 1
    return first, last


EDITS = {
    "a character typed in the content": lambda t: t.replace("content: ", "content: x", 1),
    "an unreadable deadline": lambda t: _set_key(t, "deadline", "Quý V/2021"),
    "a deadline before the period": lambda t: _set_key(t, "deadline", "Quý II/2019"),
    "an agency not in the registry": lambda t: _set_key(t, "lead", "[Sở Vũ trụ]"),
    "a misspelt key": lambda t: t.replace("output:", "outptu:", 1),
    "the output deleted": lambda t: "\n".join(line for line in t.split("\n") if " output:" not in line),
    "a progress entry out of order": lambda t: _add_progress(t),
    "a new line with a note": lambda t: _set_key(t, "note", "ghi chú mới"),
}


def _set_key(task: str, key: str, value: str) -> str:
    lines = task.split("\n")
    indent = " " * (len(lines[0]) - len(lines[0].lstrip()) + 2)
    for i, line in enumerate(lines):
        if line.startswith(f"{indent}{key}:"):
            lines[i] = f"{indent}{key}: {value}"
            return "\n".join(lines)
    lines.insert(1, f"{indent}{key}: {value}")
    return "\n".join(lines)


def _add_progress(task: str) -> str:
    lines = task.split("\n")
    indent = " " * (len(lines[0]) - len(lines[0].lstrip()) + 2)
    if any(line.startswith(f"{indent}progress:") for line in lines):
        at = next(i for i, line in enumerate(lines) if line.startswith(f"{indent}progress:")) + 1
        lines.insert(at, f"{indent}  - {{date: \"2021-12-30\", status: doing}}")
        lines.insert(at + 1, f"{indent}  - {{date: \"2021-02-01\", status: doing}}")
    else:
        lines[1:1] = [f"{indent}progress:", f"{indent}  - {{date: \"2021-12-30\", status: doing}}",
                      f"{indent}  - {{date: \"2021-02-01\", status: doing}}"]
    return "\n".join(lines)


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_quick_result_equals_the_full_analysis_for_an_edit_inside_one_task(midsize: Path, edit: str) -> None:
    text = midsize.read_text(encoding="utf-8")
    rng = random.Random(edit)
    session = Session()
    session.analyse(uri_of(midsize), midsize, text, 1)
    for round_ in range(4):
        first, last = _task_lines(text, rng)
        lines = text.split("\n")
        task = "\n".join(lines[first:last])
        edited = EDITS[edit](task)
        assert edited != task
        new = "\n".join([*lines[:first], edited, *lines[last:]])
        quick = session.quick(uri_of(midsize), midsize, new, 2 + round_)
        assert quick is not None, (edit, task)
        full = _full(midsize, new, 2 + round_)
        assert quick.lines == full.lines
        assert _published(quick) == _published(full), (edit, task)
        if edit not in ("a character typed in the content", "a new line with a note"):
            assert quick.result.diagnostics, edit  # the edit is a finding (the test compares something)


def test_suppressions_above_a_task_and_on_its_group_hold_in_a_quick_result(midsize: Path) -> None:
    """A comment alone on the line above a task covers the task's block; one on the ``tasks:``
    line covers every task of the group: both stay in the reduced document."""
    text = midsize.read_text(encoding="utf-8")
    rng = random.Random(3)
    first, last = _task_lines(text, rng)
    lines = text.split("\n")
    indent = " " * (len(lines[first]) - len(lines[first].lstrip()))
    group = max(i for i in range(first) if lines[i].strip() == "tasks:")
    lines[group] += "  # cchc: ignore[T004] nhóm này ghi thời hạn theo văn bản gốc"
    task = _set_key(_set_key("\n".join(lines[first:last]), "lead", "[Sở Vũ trụ]"), "deadline", "Quý V/2021")
    lines[first:last] = [f"{indent}# cchc: ignore[A001] tên cơ quan theo văn bản gốc", *task.split("\n")]
    base = "\n".join(lines)
    session = Session()
    suppressed = session.analyse(uri_of(midsize), midsize, base, 1).result.suppressed
    assert suppressed >= 2
    new = base.replace("[Sở Vũ trụ]", "[Sở Thiên văn]").replace("Quý V/2021", "Quý VI/2021")
    quick = session.quick(uri_of(midsize), midsize, new, 2)
    full = _full(midsize, new, 2)
    assert quick is not None
    assert full.result.suppressed == suppressed  # both comments still suppress the edited task's findings
    assert _published(quick) == _published(full)
    assert not [d for d in quick.result.diagnostics if d.code in ("A001", "T004", "Q002")]


def test_a_small_plan_and_an_edit_outside_the_tasks_are_checked_in_full(midsize: Path) -> None:
    text = midsize.read_text(encoding="utf-8")
    session = Session()
    session.analyse(uri_of(midsize), midsize, text, 1)
    assert session.quick(uri_of(midsize), midsize, text.replace("period:", "period:  ", 1), 2) is None
    assert session.quick(uri_of(midsize), midsize, text.replace("version: 1", "version: 2", 1), 2) is None
    small = REPO / "plans" / "quang-nam" / "kh-cchc-2021.yaml"
    small_text = small.read_text(encoding="utf-8")
    session.analyse(uri_of(small), small, small_text, 1)
    assert session.quick(uri_of(small), small, small_text.replace("content: ", "content: x", 1), 2) is None


def test_over_random_edits_the_local_findings_of_quick_results_are_the_full_ones(midsize: Path) -> None:
    """Random typing inside random tasks (quotes, brackets, dashes, line breaks, deletions):
    whenever the quick pass gives a result, its local rules' findings are those of the full
    analysis, range for range."""
    text = midsize.read_text(encoding="utf-8")
    rng = random.Random(21)
    session = Session()
    session.analyse(uri_of(midsize), midsize, text, 0)
    pieces = ["x", " ", ":", "-", "- ", "\"", "'", "[", "]", "{", "#", "\n", "\n    ", "Sở ", "2021", "Quý ",
              "lead: [UBND]", "\n            note: a"]
    answered = 0
    for version in range(1, 61):
        first, last = _task_lines(text, rng)
        lines = split_lines(text, keepends=True)
        start = sum(len(line) for line in lines[:first])
        end = sum(len(line) for line in lines[:last])
        at = rng.randint(start, end - 1)
        if rng.random() < 0.3:
            new = text[:at] + text[at + rng.randint(1, 8):]
        else:
            new = text[:at] + rng.choice(pieces) + text[at:]
        quick = session.quick(uri_of(midsize), midsize, new, version)
        full = session.analyse(uri_of(midsize), midsize, new, version)
        if quick is not None:
            answered += 1
            local = [d for d, raw in zip(_published(quick), quick.result.diagnostics, strict=True)
                     if raw.code in LOCAL_CODES]
            expected = [d for d, raw in zip(_published(full), full.result.diagnostics, strict=True)
                        if raw.code in LOCAL_CODES]
            assert local == expected, (version, new[start - 200:end + 200])
        if full.loaded.ok and rng.random() < 0.7:
            text = new  # go on from the edited text (else from the one before)
        else:
            session.analyse(uri_of(midsize), midsize, text, version)
    assert answered >= 15  # the quick pass answered for many of the edits (the test compares something)


def test_the_workspace_scan_waits_between_files_while_a_document_is_checked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_NO_CACHE", "1")
    path = generated_plan(tmp_path / "plans" / "tinh", 20, seed="yield")
    model = path.read_text(encoding="utf-8")
    for number in range(8):
        (path.parent / f"kh-{number}.yaml").write_text(model.replace("id: ", f"id: x{number}-", 1), encoding="utf-8")
    session = Session()
    done = threading.Event()
    with session.checking():
        session.index.start([tmp_path / "plans"], lambda count: done.set())
        assert not done.wait(2.0)  # 9 plans, each waiting up to SCAN_YIELD (0.5 s) for the check to end
    assert done.wait(60)  # the check ended: the scan goes on at full speed
    assert len(session.index.records()) == 9


# ---- over stdio


def record_times(client: LanguageClient) -> list[tuple[float, str, object]]:
    """Every publication and log message the client receives, with its arrival time."""
    events: list[tuple[float, str, object]] = []
    features = client.protocol.fm._features
    for method in (types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS, types.WINDOW_LOG_MESSAGE):
        keep = features[method]

        def handler(*args: object, keep: object = keep, method: str = method) -> object:
            events.append((time.monotonic(), method, args[-1]))
            return keep(*args)  # type: ignore[operator]

        features[method] = handler
    return events


async def _quiet(events: list[tuple[float, str, object]], seconds: float, timeout: float = 60) -> None:
    """Wait until nothing was published for ``seconds``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        last = max((t for t, method, _ in events if method == types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), default=0.0)
        if time.monotonic() - last >= seconds:
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the server kept publishing")


@pytest.mark.asyncio
async def test_after_random_edits_the_last_publication_is_the_full_analysis(client: LanguageClient) -> None:
    folder = client.root / "plans" / "tinh"
    path = generated_plan(folder, 400, seed="server")
    uri = uri_of(path)
    text = path.read_text(encoding="utf-8")
    events = record_times(client)
    await open_doc(client, path)
    rng = random.Random(8)
    pieces = ["x", ":", "- ", "\"", "[", "\n", "Sở ", "Quý II/2021", "#"]
    version = 1
    for _ in range(40):
        version += 1
        lines = split_lines(text, keepends=True)
        line = rng.randrange(len(lines) // 3, len(lines))
        column = rng.randint(0, len(lines[line].rstrip("\n")))
        if rng.random() < 0.3 and column < len(lines[line].rstrip("\n")):
            end = min(column + rng.randint(1, 5), len(lines[line].rstrip("\n")))
            inserted = ""
        else:
            end, inserted = column, rng.choice(pieces)
        offset = sum(len(x) for x in lines[:line])
        text = text[:offset + column] + inserted + text[offset + end:]
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(types.Position(line, column), types.Position(line, end)), text=inserted)]))
        await asyncio.sleep(rng.choice([0, 0, 0.02, 0.08, 0.3]))
    await wait_for(client, uri, version)
    await _quiet(events, 1.5)
    last = client.published[uri]
    assert last.version == version
    publications = [p for _, m, p in events if m == types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS and p.uri == uri]
    assert len(publications) > len({p.version for p in publications})  # quick results were published too

    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await wait_for(client, uri, None)
    reopened = await open_doc(client, path, text, version=1000)  # an open is always checked in full
    assert list(last.diagnostics) == reopened


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), server_env=server_env()))
async def uninitialized(lsp_client: LanguageClient):
    """A server the test initializes itself (with its own workspace)."""
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_an_open_document_is_checked_before_a_slow_workspace_scan_ends(
        uninitialized: LanguageClient, tmp_path: Path) -> None:
    """300 plans to read with no cache take the scan seconds; the opened document's diagnostics
    come long before the scan's "đã đọc … kế hoạch" message."""
    lsp_client = uninitialized
    root = tmp_path / "ws"
    (root / "plans").mkdir(parents=True)
    shutil.copytree(REPO / "plans" / "quang-nam", root / "plans" / "quang-nam")
    one = generated_plan(root / "plans" / "tinh", 60, seed="scan")
    model = one.read_text(encoding="utf-8")
    plan_id = next(line for line in model.split("\n") if line.startswith("id: "))[4:]
    for number in range(300):
        (one.parent / f"kh-{number:03d}.yaml").write_text(model.replace(f"id: {plan_id}", f"id: {plan_id}-{number}", 1),
                                                          encoding="utf-8")
    record_publications(lsp_client)
    events = record_times(lsp_client)
    await start(lsp_client, root)
    opened = time.monotonic()
    await open_doc(lsp_client, root / "plans" / "quang-nam" / "kh-cchc-2021.yaml")
    published = time.monotonic()
    deadline = time.monotonic() + 120
    while not any(m == types.WINDOW_LOG_MESSAGE and "kế hoạch trong thư mục" in p.message for _, m, p in events):
        assert time.monotonic() < deadline, "the scan did not end"
        await asyncio.sleep(0.05)
    scanned = next(t for t, m, p in events if m == types.WINDOW_LOG_MESSAGE and "kế hoạch trong thư mục" in p.message)
    message = next(p.message for _, m, p in events if m == types.WINDOW_LOG_MESSAGE and "kế hoạch trong thư mục" in p.message)
    assert "303 kế hoạch" in message, message  # every plan was read: the scan was a real one
    assert published < scanned, (published - opened, scanned - opened)
