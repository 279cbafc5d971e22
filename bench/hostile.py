#!/usr/bin/env python3
"""Time ``cchc lint`` on plans that are cheap to write and were expensive to read (issue 19, point 7).

    python bench/hostile.py                          # every case, 3 runs; writes its section of docs/benchmarks.md
    python bench/hostile.py --cases unknown-keys-40000 --runs 1 --no-write
    python bench/hostile.py --tree /path/to/old/checkout --timeout 300 --no-write   # the code before

The plans come from ``tests/bad/hostile_plans.py`` (the same ones ``tests/bad/test_hostile_size.py``
checks for bounded output): 40,000 unknown keys (560 KB); a 500 KB text used as 2,000 keys through
an alias, as task keys and as the keys of one mapping (550 KB); a 123 KB file of aliases of a 60 KB
title; one 19 KB line with 1,500 unknown keys. Each is written beside a registry and linted by a
separate ``python -m cchc lint --no-cache --format FORMAT plans`` process; the wall time is the median
of the runs, the memory the largest peak resident set of the runs (``wait4``), the output the bytes
on stdout. Targets: under 2 s, under 200 MB and under 1 MB of output, in the text and JSON formats.

``docs/benchmarks.md`` is written by ``bench/run.py``; this script only replaces the part between
its own markers (``<!-- hostile:start -->`` … ``<!-- hostile:end -->``), appended when absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from doc_section import replace_section

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "bad"))
import hostile_plans  # noqa: E402

DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- hostile:start -->", "<!-- hostile:end -->"
TARGET_SECONDS = 2.0
TARGET_MB = 200.0
TARGET_OUTPUT = 1 << 20
REGISTRY = "version: 1\njurisdiction: Tỉnh Thử Nghiệm\nagencies:\n  - {id: so-tu-phap, name: Sở Tư pháp, short: [STP]}\n"
FORMATS = ("text", "json")


@dataclass(frozen=True)
class Run:
    seconds: float
    megabytes: float
    output: int
    exit_code: int | None  # None: stopped at the timeout


def lint_once(folder: Path, fmt: str, tree: Path, timeout: float) -> Run:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR")}
    env.update(NO_COLOR="1", PYTHONPATH=str(tree))
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "cchc", "lint", "--no-cache", "--format", fmt, "plans"],
                                   cwd=folder, env=env, stdout=out, stderr=subprocess.DEVNULL)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                return Run(timeout, usage.ru_maxrss / 1024, out.tell(), None)
            time.sleep(0.01)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0, os.SEEK_END)
        return Run(elapsed, usage.ru_maxrss / 1024, out.tell(), process.returncode)


def measure(name: str, fmt: str, runs: int, tree: Path, timeout: float, folder: Path) -> Run:
    done = [lint_once(folder, fmt, tree, timeout) for _ in range(runs)]
    if any(run.exit_code is None for run in done):
        return next(run for run in done if run.exit_code is None)
    return Run(statistics.median(run.seconds for run in done), max(run.megabytes for run in done),
               max(run.output for run in done), done[-1].exit_code)


def verdict(run: Run) -> str:
    ok = (run.exit_code == 1 and run.seconds < TARGET_SECONDS and run.megabytes < TARGET_MB
          and run.output < TARGET_OUTPUT)
    return "PASS" if ok else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(hostile_plans.CASES), help="comma-separated case names")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before a run is stopped")
    parser.add_argument("--tree", type=Path, default=ROOT, help="the cchc checkout to run (default: this one)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    load_start = _load()
    results: list[tuple[str, int, str, Run]] = []
    with tempfile.TemporaryDirectory(prefix="cchc-hostile-") as base:
        for name in args.cases.split(","):
            text = hostile_plans.CASES[name]()
            folder = Path(base) / name
            (folder / "plans").mkdir(parents=True)
            (folder / "plans" / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
            (folder / "plans" / f"{name}.yaml").write_text(text, encoding="utf-8")
            for fmt in FORMATS:
                run = measure(name, fmt, args.runs, args.tree.resolve(), args.timeout, folder)
                size = len(text.encode("utf-8"))
                results.append((name, size, fmt, run))
                took = f"> {args.timeout:.0f} s (stopped)" if run.exit_code is None else f"{run.seconds:6.2f} s"
                print(f"{name:<28} {size / 1000:7.0f} KB {fmt:<4} {took}  {run.megabytes:7.0f} MB  "
                      f"output {run.output / 1000:9.0f} KB  exit {run.exit_code}  {verdict(run)}", flush=True)
    if not args.no_write:
        write(results, args.runs, load_start)
    return 0


def _load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def write(results: list[tuple[str, int, str, Run]], runs: int, load_start: float) -> None:
    lines = [START, "## Hostile sizes: findings by the thousand (`bench/hostile.py`)", "",
             f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, "
             f"load average {load_start:.2f} at the start, {_load():.2f} at the end; "
             "`python -m cchc lint --no-cache --format FORMAT plans`, wall time (median of "
             f"{runs} runs), peak resident memory, bytes written. Targets: under {TARGET_SECONDS:.0f} s, "
             f"under {TARGET_MB:.0f} MB, output under 1 MB.", "",
             "| case | size | format | time | memory | output | target |",
             "|---|---:|---|---:|---:|---:|---|"]
    for name, size, fmt, run in results:
        lines.append(f"| `{name}` | {size / 1000:,.0f} KB | {fmt} | {run.seconds:.2f} s | {run.megabytes:.0f} MB | "
                     f"{run.output / 1000:,.0f} KB | {verdict(run)} |")
    lines.append(END)
    replace_section(DOC, START, END, "\n".join(lines) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
