#!/usr/bin/env python3
"""Time ``cchc lsp`` as an editor drives it (issue 21, point 3): from an edit to its diagnostics.

    python bench/lsp.py                               # 40 edits per plan; writes its section of docs/benchmarks.md
    python bench/lsp.py --edits 6 --no-write          # a quick smoke run

A real LSP client (pygls's) starts ``python -m cchc lsp`` over stdio in a fresh workspace (the plan
and its registry, ``cchc.toml`` with ``as_of = 2021-07-01``, no cache), opens the plan, waits for
the workspace scan and the diagnostics that follow it, then sends edits one at a time as
incremental ``didChange`` notifications, in turn: a character typed into a task's content, a
deadline changed (``Quý II/2021`` ↔ ``Quý III/2021``…), an agency name broken (its last letter
deleted) and the next edit fixing it. Each edit is timed from the moment the client sends it to
the moment the client receives ``publishDiagnostics`` for that version: the *first* publication
(for a large plan, the quick pass: :mod:`cchc.editor.incremental`) and the *full* one (the last
publication of that version: the full analysis), the debounce delay included. Between edits the
script waits until the server is quiet. For the largest plan, a hover request is sent right after
each first publication, while the full analysis runs in the server's worker thread, and timed to
its answer (the analysis and the request share one interpreter), and then ``--typing`` letters
are typed into one task's content without pause, one every 150 ms, full analyses running beside
the quick passes: each letter timed to the first publication of a version holding it (its
own, or the next letter's when the two were folded into one check). Last, edits to the 60-task plan
while the server's background scan reads a workspace of ``--scan`` more plans (copies of a
generated 60-task plan, no cache), until the scan ends: the open document must not wait for it.

Plans: the 60-task plan ``plans/quang-nam/kh-cchc-2021.yaml`` and the 10,000-task plan of the
benchmark corpus (``bench/corpus/big/…``: ``python bench/generate.py --size big`` makes it).
Targets (first publication, 95th percentile): 60-task plan ≤ 100 ms, 10,000-task plan ≤ 300 ms.

``docs/benchmarks.md`` is written by ``bench/run.py``; this script only replaces the part between
its own markers (``<!-- lsp:start -->`` … ``<!-- lsp:end -->``), appended when absent.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from doc_section import replace_section
from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- lsp:start -->", "<!-- lsp:end -->"
SMALL = ROOT / "plans" / "quang-nam" / "kh-cchc-2021.yaml"
BIG = ROOT / "bench" / "corpus" / "big" / "01-dien-bien" / "dien-bien-ubnd-kh-cchc-2021.yaml"
PLANS = {"60-task": (SMALL, 0.100), "10000-task": (BIG, 0.300)}
KEYSTROKE = 0.15  # seconds between two letters typed without pause
DEADLINES = [("Quý II/2021", "Quý III/2021"), ("Quý III/2021", "Quý II/2021"), ("Quý IV/2021", "Quý I/2021"),
             ("Quý I/2021", "Quý IV/2021")]


@dataclass
class Timings:
    first: list[float] = field(default_factory=list)
    full: list[float] = field(default_factory=list)
    hover: list[float] = field(default_factory=list)
    typing: list[float] = field(default_factory=list)  # first publications while typing without pause
    typing_unpublished: int = 0  # letters whose version was never published (published with the next one)
    quick: int = 0  # edits that had a first publication before the full one
    missed: int = 0  # edits with no publication of their version within the timeout


def utf16(line: str, column: int) -> int:
    return len(line[:column].encode("utf-16-le")) // 2


class Editor:
    """The plan's text as the client holds it, and the edits of the benchmark."""

    def __init__(self, text: str, seed: int) -> None:
        self.text = text
        self.rng = random.Random(seed)
        self.broken: tuple[int, int, str] | None = None  # (line, column, letter) of an agency name to fix

    def lines(self) -> list[str]:
        return self.text.split("\n")

    def _pick(self, pattern: str) -> tuple[int, re.Match[str]]:
        lines = self.lines()
        regex = re.compile(pattern)
        for _ in range(10_000):
            number = self.rng.randrange(len(lines) // 5, len(lines))  # past the header, into the tasks
            found = regex.search(lines[number])
            if found:
                return number, found
        raise SystemExit(f"no line matches {pattern!r}")

    def next(self, index: int) -> tuple[str, int, int, int, str]:
        """(kind, line, start column, end column, new text) in code points."""
        if self.broken is not None:
            line, column, letter = self.broken
            self.broken = None
            return "agency fixed", line, column, column, letter
        kind = index % 3
        if kind == 0:
            line, found = self._pick(r"^\s+content: \S")
            column = found.end() - 1 + self.rng.randint(0, 20)
            column = min(column, len(self.lines()[line]))
            return "character typed", line, column, column, self.rng.choice("aeiouđ ")
        if kind == 1:
            line, found = self._pick(r"deadline: (Quý (I|II|III|IV)/2021)")
            old = found.group(1)
            new = dict(DEADLINES).get(old, "Quý II/2021")
            return "deadline changed", line, found.start(1), found.end(1), new
        line, found = self._pick(r"lead: \[([^\],]{4,})")
        column = found.end(1) - 1
        self.broken = (line, column, found.group(1)[-1])
        return "agency broken", line, column, column + 1, ""

    def apply(self, line: int, start: int, end: int, new: str) -> types.TextDocumentContentChangePartial:
        lines = self.lines()
        text = lines[line]
        change = types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(line, utf16(text, start)), types.Position(line, utf16(text, end))),
            text=new)
        lines[line] = text[:start] + new + text[end:]
        self.text = "\n".join(lines)
        return change


class Client:
    def __init__(self) -> None:
        self.lsp = LanguageClient("cchc-bench", "1")
        self.events: list[tuple[float, str, int | None]] = []  # (time, uri, version) of every publication
        self.logs: list[str] = []
        self.log_times: list[float] = []
        self.arrived = asyncio.Event()

        @self.lsp.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.events.append((time.perf_counter(), params.uri, params.version))
            self.arrived.set()

        @self.lsp.feature(types.WINDOW_LOG_MESSAGE)
        def logged(params: types.LogMessageParams) -> None:
            self.logs.append(params.message)
            self.log_times.append(time.perf_counter())
            self.arrived.set()

    async def until(self, condition, timeout: float) -> bool:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + timeout
        while not condition():
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return False
            self.arrived.clear()
            try:
                await asyncio.wait_for(self.arrived.wait(), min(remaining, 0.05))
            except TimeoutError:
                pass
        return True

    async def quiet(self, seconds: float, timeout: float = 120) -> None:
        """Until nothing was published for ``seconds``."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            last = self.events[-1][0] if self.events else 0.0
            if time.perf_counter() - last >= seconds:
                return
            await asyncio.sleep(0.02)



async def start_server(root: Path) -> Client:
    """``python -m cchc lsp`` on workspace folder ``root`` (no cache, no CCHC_LANG), initialized up
    to the ``initialized`` notification, which the caller sends (and may time)."""
    env = {k: v for k, v in os.environ.items() if k != "CCHC_LANG"}
    env.update(CCHC_NO_CACHE="1", PYTHONPATH=str(ROOT))
    client = Client()
    await client.lsp.start_io(sys.executable, "-m", "cchc", "lsp", env=env, cwd=str(root))
    await client.lsp.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=root.resolve().as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.resolve().as_uri(), name="bench")]))
    return client

async def measure(name: str, plan: Path, edits: int, settle: float, seed: int, hover: bool,
                  typing: int = 0) -> Timings:
    timings = Timings()
    with tempfile.TemporaryDirectory(prefix="cchc-lsp-bench-") as base:
        root = Path(base)
        folder = root / "plans" / plan.parent.name
        folder.mkdir(parents=True)
        shutil.copy(plan, folder / plan.name)
        shutil.copy(plan.parent / "agencies.yaml", folder / "agencies.yaml")
        (root / "cchc.toml").write_text("as_of = 2021-07-01\n", encoding="utf-8")
        path = folder / plan.name
        uri = path.resolve().as_uri()
        client = await start_server(root)
        client.lsp.initialized(types.InitializedParams())
        editor = Editor(path.read_text(encoding="utf-8"), seed)
        opened = time.perf_counter()
        client.lsp.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
            uri=uri, language_id="yaml", version=1, text=editor.text)))
        await client.until(lambda: any(u == uri for _, u, _ in client.events), 300)
        took = client.events[0][0] - opened  # one full analysis, as loaded as the machine is now
        await client.until(lambda: any("kế hoạch trong thư mục" in m for m in client.logs), 300)
        settle = max(settle, 3 * took)  # the quiet after which an edit's full analysis is taken as done
        await client.quiet(settle)
        for index in range(edits):
            version = index + 2
            kind, line, start, end, new = editor.next(index)
            change = editor.apply(line, start, end, new)
            before = len(client.events)
            sent = time.perf_counter()
            client.lsp.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[change]))

            def mine(before: int = before, version: int = version) -> list[float]:
                return [t for t, u, v in client.events[before:] if u == uri and v == version]

            if not await client.until(lambda: bool(mine()), 60):
                timings.missed += 1
                continue
            first = mine()[0] - sent
            if hover:
                asked = time.perf_counter()
                try:
                    await client.lsp.text_document_hover_async(types.HoverParams(
                        types.TextDocumentIdentifier(uri), types.Position(line, utf16(editor.lines()[line], start))))
                except Exception:  # noqa: BLE001 - an error answer is an answer: its time counts
                    pass
                timings.hover.append(time.perf_counter() - asked)
            await client.quiet(settle)
            full = mine()[-1] - sent
            timings.first.append(first)
            timings.full.append(full)
            timings.quick += len(mine()) > 1
            print(f"  {name:<12} {kind:<17} first {first * 1000:7.1f} ms   full {full * 1000:7.1f} ms", flush=True)
        if typing:
            await type_word(client, editor, uri, edits + 2, typing, timings)
        await client.lsp.shutdown_async(None)
        client.lsp.exit(None)
        await client.lsp.stop()
    return timings


async def type_word(client: Client, editor: Editor, uri: str, version: int, count: int, timings: Timings) -> None:
    """``count`` letters typed into one task's content, one every :data:`KEYSTROKE` seconds, without
    waiting for anything (full analyses then run beside the quick passes): each keystroke's first
    publication."""
    line, found = editor._pick(r"^\s+content: \S")
    column = found.end() - 1
    sent: dict[int, float] = {}
    before = len(client.events)
    for index in range(count):
        change = editor.apply(line, column + index, column + index, "abcdeghiklmnopqrstuvxy"[index % 22])
        sent[version + index] = time.perf_counter()
        client.lsp.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version + index),
            content_changes=[change]))
        await asyncio.sleep(KEYSTROKE)
    last = version + count - 1
    await client.until(lambda: any(u == uri and v == last for _, u, v in client.events[before:]), 60)
    await client.quiet(2.0)
    first: dict[int, float] = {}  # each letter: its first publication of a version holding it (its own or a later one)
    own = {v for _, u, v in client.events[before:] if u == uri}
    for v, at in sent.items():
        later = [t for t, u, w in client.events[before:] if u == uri and w is not None and w >= v and t >= at]
        if later:
            first[v] = min(later) - at
    timings.typing = [first[v] for v in sorted(first)]
    timings.typing_unpublished = sum(1 for v in sent if v not in own)
    for v in sorted(first):
        print(f"  typing       version {v:<6}    first {first[v] * 1000:7.1f} ms{'' if v in own else ' (with a later letter)'}",
              flush=True)


async def measure_during_scan(copies: int, seed: int) -> tuple[Timings, float, int]:
    """Edits to the 60-task plan while the server reads a workspace of ``copies`` more plans (no
    cache): the edit latencies, the scan's time and how many plans it read."""
    sys.path.insert(0, str(ROOT / "bench"))
    import generate

    timings = Timings()
    with tempfile.TemporaryDirectory(prefix="cchc-lsp-bench-") as base:
        root = Path(base)
        shutil.copytree(SMALL.parent, root / "plans" / SMALL.parent.name)
        frags = generate.load_fragments()
        name, word = generate.PROVINCES[0]
        rng = random.Random(seed)
        province = generate.Province(name, word, rng, frags, n_districts=9)
        _, model, _, _ = generate.PlanMaker(frags, province, rng).plan("tinh", 2021, 2021, 60, "../schema")
        folder = root / "plans" / "tinh"
        folder.mkdir()
        (folder / "agencies.yaml").write_text(province.registry_yaml("../schema"), encoding="utf-8")
        plan_id = next(line for line in model.split("\n") if line.startswith("id: "))[4:]
        for number in range(copies):
            (folder / f"kh-{number:04d}.yaml").write_text(
                model.replace(f"id: {plan_id}", f"id: {plan_id}-{number}", 1), encoding="utf-8")
        (root / "cchc.toml").write_text("as_of = 2021-07-01\n", encoding="utf-8")
        path = root / "plans" / SMALL.parent.name / SMALL.name
        uri = path.resolve().as_uri()
        client = await start_server(root)
        started = time.perf_counter()
        client.lsp.initialized(types.InitializedParams())
        editor = Editor(path.read_text(encoding="utf-8"), seed)
        client.lsp.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
            uri=uri, language_id="yaml", version=1, text=editor.text)))
        await client.until(lambda: any(u == uri for _, u, _ in client.events), 120)

        def scanned() -> bool:
            return any("kế hoạch trong thư mục" in m for m in client.logs)

        index = 0
        while not scanned():
            version = index + 2
            kind, line, start, end, new = editor.next(index)
            change = editor.apply(line, start, end, new)
            before = len(client.events)
            sent = time.perf_counter()
            client.lsp.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[change]))
            if await client.until(lambda before=before, version=version: any(
                    u == uri and v == version for _, u, v in client.events[before:]), 60):
                if not scanned():
                    took = next(t for t, u, v in client.events[before:] if u == uri and v == version) - sent
                    timings.first.append(took)
                    timings.full.append(took)  # a 60-task plan has no quick pass: the first is the full one
            else:
                timings.missed += 1
            index += 1
            await asyncio.sleep(0.1)
        at = next(i for i, m in enumerate(client.logs) if "kế hoạch trong thư mục" in m)
        took = client.log_times[at] - started
        read = int(re.search(r"(\d+) kế hoạch", client.logs[at]).group(1))  # type: ignore[union-attr]
        await client.lsp.shutdown_async(None)
        client.lsp.exit(None)
        await client.lsp.stop()
    return timings, took, read


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def ms(value: float) -> str:
    return f"{value * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=40, help="edits per plan")
    parser.add_argument("--plans", default=",".join(PLANS), help="comma-separated: " + ", ".join(PLANS))
    parser.add_argument("--settle", type=float, default=1.5,
                        help="seconds without a publication after which an edit's full analysis is taken as done "
                             "(at least three times the open document's first analysis)")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--typing", type=int, default=30,
                        help="letters typed without pause into the largest plan, one every 150 ms (0: skip)")
    parser.add_argument("--scan", type=int, default=300,
                        help="plans in the workspace for the edits during a scan (0: skip that part)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    load_start = _load()
    results: list[tuple[str, Path, float, Timings]] = []
    for name in args.plans.split(","):
        plan, target = PLANS[name]
        if not plan.exists():
            raise SystemExit(f"{plan} is missing: python bench/generate.py --size big")
        timings = asyncio.run(measure(name, plan, args.edits, args.settle, args.seed, hover=plan == BIG,
                                      typing=args.typing if plan == BIG else 0))
        results.append((name, plan, target, timings))
        print(summary(name, target, timings), flush=True)
    scan = None
    if args.scan:
        timings, took, read = asyncio.run(measure_during_scan(args.scan, args.seed))
        scan = (timings, took, read)
        print(f"during the scan of {read} plans ({took:.1f} s): " + summary("60-task", PLANS["60-task"][1], timings),
              flush=True)
    if not args.no_write:
        write(results, args.edits, load_start, scan)
    return 0


def verdict(target: float, timings: Timings) -> str:
    return "PASS" if timings.first and not timings.missed and p95(timings.first) <= target else "FAIL"


def summary(name: str, target: float, t: Timings) -> str:
    if not t.first:
        return f"{name}: no edit was published"
    hover = f"; hover during a full analysis: median {ms(statistics.median(t.hover))}, p95 {ms(p95(t.hover))}" \
        if t.hover else ""
    if t.typing:
        hover += (f"; typing: median {ms(statistics.median(t.typing))}, p95 {ms(p95(t.typing))}, "
                  f"{t.typing_unpublished} folded into the next letter")
    return (f"{name}: first publication median {ms(statistics.median(t.first))}, p95 {ms(p95(t.first))}; "
            f"full median {ms(statistics.median(t.full))}, p95 {ms(p95(t.full))}; quick results {t.quick}/{len(t.first)}; "
            f"missed {t.missed}{hover}; target p95 ≤ {ms(target)}: {verdict(target, t)}")


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def write(results: list[tuple[str, Path, float, Timings]], edits: int, load_start: float,
          scan: tuple[Timings, float, int] | None) -> None:
    lines = [START, "## The language server: from an edit to its diagnostics (`bench/lsp.py`)", "",
             f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, "
             f"load average {load_start:.2f} at the start, {_load():.2f} at the end; `python -m cchc lsp` "
             f"driven over stdio by pygls's client, {edits} edits per plan (a character typed in a task's "
             "content, a deadline changed, an agency name broken and fixed), each timed from the client "
             "sending `didChange` to it receiving `publishDiagnostics` for that version, the debounce "
             "included. First: the first publication (for a large plan, the quick pass that checks the "
             "edited task alone); full: the full analysis's. Target: the first publication's 95th "
             "percentile.", "",
             "| plan | edits | first: median | first: p95 | full: median | full: p95 | quick first | target | |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for name, plan, target, t in results:
        if not t.first:
            lines.append(f"| {name} (`{plan.name}`) | 0 | – | – | – | – | – | ≤ {ms(target)} | FAIL |")
            continue
        lines.append(f"| {name.replace('10000', '10,000')} (`{plan.name}`) | {len(t.first)} | {ms(statistics.median(t.first))} | "
                     f"{ms(p95(t.first))} | {ms(statistics.median(t.full))} | {ms(p95(t.full))} | "
                     f"{t.quick}/{len(t.first)} | ≤ {ms(target)} | {verdict(target, t)} |")
    for name, _, target, t in results:
        if t.typing:
            lines += ["", f"Typing into the {name.replace('10000', '10,000')} plan without pause ({len(t.typing) + t.typing_unpublished} "
                      f"letters, one every {KEYSTROKE * 1000:.0f} ms, full analyses running beside the quick passes): "
                      f"from a letter to the first publication holding it median {ms(statistics.median(t.typing))}, "
                      f"95th percentile {ms(p95(t.typing))}; {t.typing_unpublished} letters published only with the "
                      f"next one (their versions folded). Target ≤ {ms(target)}: "
                      f"{'PASS' if p95(t.typing) <= target else 'FAIL'}."]
    hovers = [(name, t) for name, _, _, t in results if t.hover]
    for name, t in hovers:
        lines += ["", f"Hover on the {name.replace('10000', '10,000')} plan, asked right after an edit's first publication (while the full "
                  f"analysis runs): median {ms(statistics.median(t.hover))}, 95th percentile {ms(p95(t.hover))} "
                  f"({len(t.hover)} requests)."]
    if scan is not None:
        t, took, read = scan
        if t.first:
            lines += ["", f"While the workspace scan reads {read} plans with no cache ({took:.1f} s, in the server's "
                      f"scanning thread), {len(t.first)} edits to the 60-task plan: first publication median "
                      f"{ms(statistics.median(t.first))}, 95th percentile {ms(p95(t.first))} (target ≤ 100 ms: "
                      f"{verdict(0.100, t)})."]
        else:
            lines += ["", f"While the workspace scan reads {read} plans ({took:.1f} s): no edit was published "
                      "before it ended."]
    lines.append(END)
    replace_section(DOC, START, END, "\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
