#!/usr/bin/env python3
"""Time cchc on the synthetic corpus against floors measured in the same run (issue 8).

    python bench/run.py --size country                    # 3 runs, writes docs/benchmarks.md
    python bench/run.py --size province,region,country:1,big:1 --timeout 600

For every size (``name`` or ``name:RUNS``) it times, cold and warm, ``cchc lint``,
``cchc status``, ``cchc report --format md`` and ``cchc render --format docx`` (the largest plan),
with wall time (median of the runs) and peak memory (``/usr/bin/time -v``, else
``getrusage(RUSAGE_CHILDREN)``), and the floors on the same files: reading the bytes; PyYAML's C
loader composing nodes with marks in one process and in two; ``check-jsonschema`` with
``schema/plan.schema.json`` (plans) and ``schema/agencies.schema.json`` (registries). Start-up is
``python -c pass`` against ``cchc --version``.

Cold and warm: a cold run passes ``--no-cache`` when ``cchc <command> --help`` lists it and runs
with an empty cache folder (``CCHC_CACHE_DIR`` set to a fresh temporary folder: the user's cache is
never used or touched); a "fill" run then fills that cache; one file of the corpus changes (a comment
line appended to the largest plan, restored afterwards) and the warm run is timed. A command
without ``--no-cache`` has no fill run (warm = its second run, after the change) and, having no
cache, its warm run is skipped when the cold run took longer than ``--slow`` seconds.

A command still running after ``--timeout`` seconds is killed (its process group); its time is
then a lower bound ("> 600 s") and ratios built on it are bounds too. Commands slower than
``--slow`` seconds are run once however many runs were asked.

The targets from the issue are printed with the measured value, the ratio and PASS/FAIL (or
"?" when a bound cannot decide); with several sizes, the cost per plan file at each size shows
whether time grows linearly. Results and the machine description go to docs/benchmarks.md
(``--output``), the raw numbers to bench/corpus/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

CORPUS = HERE / "corpus"
DOC = ROOT / "docs" / "benchmarks.md"
TOOLS_VENV = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "cchc-bench" / "venv"
AS_OF = "2022-07-01"
GNU_TIME = "/usr/bin/time"


# --------------------------------------------------------------------------- floors (run as children)

def _compose_one(path: str) -> int:
    import yaml

    with open(path, "rb") as handle:
        yaml.compose(handle.read(), Loader=yaml.CSafeLoader)
    return 1


def floor_main(kind: str, jobs: int, list_file: str) -> int:
    files = Path(list_file).read_text(encoding="utf-8").split("\n")
    files = [f for f in files if f]
    if kind == "read":
        total = 0
        for path in files:
            with open(path, "rb") as handle:
                total += len(handle.read())
        print(total)
    elif kind == "compose":
        import yaml

        assert yaml.__with_libyaml__, "PyYAML without libyaml: no C loader"
        if jobs <= 1:
            done = sum(_compose_one(p) for p in files)
        else:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                done = sum(pool.imap_unordered(_compose_one, files, chunksize=4))
        print(done)
    else:
        raise SystemExit(f"unknown floor {kind}")
    return 0


# --------------------------------------------------------------------------- measuring

@dataclass
class Sample:
    wall: float  # seconds
    peak_kb: int | None  # the largest single process (GNU time's maximum resident set size)
    exit: int | None
    timed_out: bool = False
    note: str = ""
    cpu: float | None = None  # user + system seconds of the command and the children it waited for
    tree_kb: int | None = None  # the largest sum of RSS over all processes of the run (sampled)


@dataclass
class Measure:
    name: str
    samples: list[Sample] = field(default_factory=list)
    skipped: str = ""

    @property
    def timed_out(self) -> bool:
        return any(s.timed_out for s in self.samples)

    @property
    def wall(self) -> float | None:
        if not self.samples:
            return None
        return statistics.median(s.wall for s in self.samples)

    @property
    def peak_kb(self) -> int | None:
        peaks = [s.peak_kb for s in self.samples if s.peak_kb is not None]
        return max(peaks) if peaks else None

    @property
    def tree_kb(self) -> int | None:
        """Peak memory of the whole run (all its processes): the sampled sum, never below the
        largest single process."""
        peaks = [max(s.tree_kb or 0, s.peak_kb or 0) for s in self.samples if s.tree_kb or s.peak_kb]
        return max(peaks) if peaks else None

    @property
    def cpu(self) -> float | None:
        cpus = [s.cpu for s in self.samples if s.cpu is not None]
        return statistics.median(cpus) if cpus else None

    def bound(self) -> Bound | None:
        if self.wall is None:
            return None
        return Bound(self.wall, lower=self.timed_out)

    @property
    def error(self) -> str:
        """Why a run failed (a non-zero exit that is not the timeout), else ''."""
        for s in self.samples:
            if not s.timed_out and s.exit not in (0, None):
                return s.note or f"exit {s.exit}"
        return ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "wall_median_s": self.wall, "cpu_median_s": self.cpu,
                "peak_kb": self.peak_kb, "tree_peak_kb": self.tree_kb,
                "timed_out": self.timed_out, "skipped": self.skipped,
                "samples": [asdict(s) for s in self.samples]}


@dataclass(frozen=True)
class Bound:
    """A measured value, or a lower/upper bound of it (a run killed by the timeout)."""

    value: float
    lower: bool = False  # the true value is ≥ value
    upper: bool = False  # the true value is ≤ value

    def __truediv__(self, other: Bound) -> Bound | None:
        """a / b where either may be a lower bound (a run killed by the timeout)."""
        if other.value == 0 or (self.lower and other.lower):
            return None  # two lower bounds: nothing is known about the ratio
        return Bound(self.value / other.value, lower=self.lower, upper=other.lower)

    def fmt(self, unit: str = "", digits: int = 2) -> str:
        prefix = "> " if self.lower else "< " if self.upper else ""
        return f"{prefix}{self.value:.{digits}f}{unit}"


def rss_children_kb() -> int:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


class TreeSampler:
    """Samples the summed RSS of every process in a process group (the command and its workers)
    every ``interval`` seconds from /proc; ``peak_kb`` is the largest sum seen."""

    def __init__(self, pgid: int, skip: int | None, interval: float = 0.1):
        import threading

        self.pgid, self.skip, self.interval = pgid, skip, interval
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _sample(self) -> int:
        total = 0
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit() or int(entry.name) == self.skip:
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
                if int(fields[2]) != self.pgid:  # fields after "(comm)": state ppid pgrp …
                    continue
                with open(f"/proc/{entry.name}/statm", "rb") as handle:
                    total += int(handle.read().split()[1]) * PAGE_KB
            except (OSError, IndexError, ValueError):
                continue
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, self._sample())
            self._stop.wait(self.interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak_kb


def run_once(cmd: list[str], timeout: float, stdout_path: Path | None = None, env: dict[str, str] | None = None,
             sample_tree: bool = True) -> Sample:
    """Run ``cmd`` in its own process group; wall time, peak RSS, exit status. On timeout the
    whole group (the command and anything it started) is killed."""
    use_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        time_file = tf.name
    full = [GNU_TIME, "-v", "-o", time_file, *cmd] if use_time else cmd
    before = rss_children_kb()
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    started = time.perf_counter()
    proc = subprocess.Popen(full, stdout=out, stderr=subprocess.PIPE, cwd=ROOT, env=env,
                            start_new_session=True)
    sampler = TreeSampler(proc.pid, proc.pid if use_time else None) if sample_tree and os.path.isdir("/proc") else None
    timed_out = False
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, err = proc.communicate()
    wall = time.perf_counter() - started
    tree = sampler.stop() if sampler else None
    if stdout_path:
        out.close()
    peak = None
    cpu = None
    exit_code: int | None = proc.returncode
    note = ""
    if use_time:
        text = Path(time_file).read_text(errors="replace") if Path(time_file).exists() else ""
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
        peak = int(match.group(1)) if match else None
        match = re.search(r"Exit status: (\d+)", text)
        if match:
            exit_code = int(match.group(1))
        match = re.search(r"Command terminated by signal (\d+)", text)
        if match:
            exit_code = -int(match.group(1))
        user = re.search(r"User time \(seconds\): ([\d.]+)", text)
        system = re.search(r"System time \(seconds\): ([\d.]+)", text)
        if user and system:
            cpu = round(float(user.group(1)) + float(system.group(1)), 2)
    else:
        after = rss_children_kb()
        peak = after if after > before else None  # a new maximum among children, else unknown
    Path(time_file).unlink(missing_ok=True)
    if timed_out:
        exit_code, note = None, f"killed after {timeout:.0f} s"
    elif exit_code not in (0, None):
        tail = (err or b"").decode("utf-8", "replace").strip().splitlines()[-3:]
        note = f"exit {exit_code}: " + " | ".join(tail)[:300]
    return Sample(round(wall, 4), peak, exit_code, timed_out, note, cpu, tree or None)


# --------------------------------------------------------------------------- environment

def cchc_exe() -> list[str]:
    exe = Path(sys.executable).with_name("cchc")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "cchc"]


def capture(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def find_check_jsonschema(install: bool) -> tuple[str | None, str]:
    """The check-jsonschema executable; installed into a separate venv (not the project's
    environment) when missing and ``install`` is set."""
    found = shutil.which("check-jsonschema")
    if found:
        return found, ""
    venv_exe = TOOLS_VENV / "bin" / "check-jsonschema"
    if venv_exe.exists():
        return str(venv_exe), ""
    if not install:
        return None, "check-jsonschema not installed (run without --no-install, or pip install check-jsonschema)"
    print(f"installing check-jsonschema into {TOOLS_VENV} …", file=sys.stderr)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(TOOLS_VENV)], check=True, capture_output=True)
        subprocess.run([str(TOOLS_VENV / "bin" / "pip"), "install", "-q", "check-jsonschema"], check=True,
                       capture_output=True, timeout=600)
    except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        return None, f"check-jsonschema could not be installed: {exc} {detail.decode(errors='replace')[-300:]}"
    return (str(venv_exe), "") if venv_exe.exists() else (None, "check-jsonschema install produced no executable")


def machine() -> dict[str, Any]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    import yaml

    commit = capture(["git", "rev-parse", "--short", "HEAD"])
    dirty = capture(["git", "status", "--porcelain", "--", "cchc", "schema", "pyproject.toml"])
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": capture(["nproc"]) or str(os.cpu_count()),
        "cpu": cpu, "memory": mem, "kernel": platform.release(),
        "python": f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        "cchc": capture(cchc_exe() + ["--version"]),
        "git": commit + (f" + uncommitted changes in {len(dirty.splitlines())} files under cchc/, schema/"
                         if dirty else ""),
        "pyyaml": f"{yaml.__version__} (libyaml {'yes' if yaml.__with_libyaml__ else 'no'})",
        "memory_tool": "/usr/bin/time -v" if os.access(GNU_TIME, os.X_OK) else "getrusage(RUSAGE_CHILDREN)",
        "load": loadavg(),
    }


def compile_bytecode() -> str:
    """Byte-compile the cchc package the timed commands import, as ``pip install`` does for a wheel
    and as Python does on a first import. Without it, a machine with PYTHONDONTWRITEBYTECODE set (this
    one sets it for every process) compiles every cchc module from source on every run, which is not
    what a user's installation does. Returns what the machine table says about it."""
    where = capture([sys.executable, "-c", "import cchc, os; print(os.path.dirname(cchc.__file__))"])
    if not where:
        return "not compiled (cchc not importable)"
    done = subprocess.run([sys.executable, "-m", "compileall", "-q", where], capture_output=True, cwd=ROOT)
    flag = " (PYTHONDONTWRITEBYTECODE is set here)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
    return (f"compiled before timing (`python -m compileall {where}`){flag}" if done.returncode == 0
            else f"compileall failed: {done.stderr.decode(errors='replace')[:200]}")


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# --------------------------------------------------------------------------- one size

@dataclass
class SizeResult:
    size: str
    runs: int
    manifest: dict[str, Any]
    measures: dict[str, Measure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def get(self, key: str) -> Measure | None:
        return self.measures.get(key)


def corpus_files(folder: Path) -> tuple[list[Path], list[Path]]:
    files = sorted(p for p in folder.rglob("*.yaml"))
    plans = [p for p in files if p.name != "agencies.yaml"]
    registries = [p for p in files if p.name == "agencies.yaml"]
    return plans, registries


def ensure_corpus(size: str, regenerate: bool) -> dict[str, Any]:
    import generate

    manifest_path = CORPUS / size / "manifest.json"
    if regenerate or not manifest_path.exists():
        print(f"generating the {size} corpus …", file=sys.stderr)
        return generate.generate(size, generate.DEFAULT_SEED, CORPUS, generate.load_fragments(), quiet=True)
    return json.loads(manifest_path.read_text(encoding="utf-8"))


def measure_size(size: str, runs: int, args: argparse.Namespace, cjs: str | None, cjs_note: str,
                 cache_commands: set[str]) -> SizeResult:
    manifest = ensure_corpus(size, args.regenerate)
    folder = CORPUS / size
    plans, registries = corpus_files(folder)
    result = SizeResult(size, runs, manifest)
    rel = lambda p: str(p.relative_to(ROOT))  # noqa: E731
    work = Path(tempfile.mkdtemp(prefix=f"cchc-bench-{size}-"))
    list_file = work / "files.txt"
    list_file.write_text("\n".join(rel(p) for p in plans + registries) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR")}
    env["NO_COLOR"] = "1"

    def log(msg: str) -> None:
        print(f"[{size}] {msg}", file=sys.stderr, flush=True)

    def timed(name: str, cmd: list[str], n: int, stdout: Path | None = None) -> Measure:
        m = Measure(name)
        for i in range(n):
            s = run_once(cmd, args.timeout, stdout, env)
            m.samples.append(s)
            log(f"{name}: {s.wall:.2f} s{' (timeout)' if s.timed_out else ''}"
                f"{'' if s.peak_kb is None else f', {s.peak_kb / 1024:.0f} MB'}{'' if not s.tree_kb else f' (all processes {s.tree_kb / 1024:.0f} MB)'}{'' if s.cpu is None else f', CPU {s.cpu:.1f} s'}{' — ' + s.note if s.note else ''}")
            if s.timed_out or s.wall > args.slow:
                if i + 1 < n:
                    m.skipped = f"{n - i - 1} more run(s) skipped: {'timeout' if s.timed_out else f'> {args.slow:.0f} s'}"
                break
        result.measures[name] = m
        return m

    py = sys.executable
    me = str(Path(__file__).resolve())
    only = {x.strip() for x in args.only.split(",")}
    # floors ---------------------------------------------------------------------------------
    if "floors" in only:
        floors(timed, py, me, list_file, plans, registries, runs, args, cjs, cjs_note, env, result, log, rel)
    # A compose floor run right before each cold lint run: the ratio target is decided on pairs that
    # shared the machine's state (its load drifts over a long run; see the notes in the output).
    paired = (lambda: run_once([py, me, "--floor", "compose", "--jobs", "2", "--list", str(list_file)],
                               args.timeout, None, env)) if "floors" in only else None
    run_commands(size, folder, manifest, work, env, args, runs, cache_commands, result, log, rel,
                 {c for c in ("lint", "status", "report", "render") if c in only}, paired)
    shutil.rmtree(work, ignore_errors=True)
    return result


def floors(timed: Any, py: str, me: str, list_file: Path, plans: list[Path], registries: list[Path], runs: int,
           args: argparse.Namespace, cjs: str | None, cjs_note: str, env: dict[str, str], result: SizeResult,
           log: Any, rel: Any) -> None:
    timed("floor:read", [py, me, "--floor", "read", "--list", str(list_file)], runs)
    timed("floor:compose-1", [py, me, "--floor", "compose", "--jobs", "1", "--list", str(list_file)], runs)
    timed("floor:compose-2", [py, me, "--floor", "compose", "--jobs", "2", "--list", str(list_file)], runs)
    if cjs:
        m = Measure("floor:check-jsonschema")
        for i in range(runs):
            a = run_once([cjs, "--schemafile", "schema/plan.schema.json", *map(rel, plans)], args.timeout, None, env)
            b = run_once([cjs, "--schemafile", "schema/agencies.schema.json", *map(rel, registries)],
                         args.timeout, None, env)
            s = Sample(round(a.wall + b.wall, 4), max(a.peak_kb or 0, b.peak_kb or 0) or None,
                       a.exit if a.exit else b.exit, a.timed_out or b.timed_out, "; ".join(x for x in (a.note, b.note) if x),
                       round(a.cpu + b.cpu, 2) if a.cpu is not None and b.cpu is not None else None,
                       max(a.tree_kb or 0, b.tree_kb or 0) or None)
            m.samples.append(s)
            log(f"floor:check-jsonschema: {s.wall:.2f} s (plans {a.wall:.2f} + registries {b.wall:.2f})"
                f"{' (timeout)' if s.timed_out else ''}{' — ' + s.note if s.note else ''}")
            if s.timed_out or s.wall > args.slow:
                if i + 1 < runs:
                    m.skipped = f"{runs - i - 1} more run(s) skipped"
                break
        result.measures[m.name] = m
    else:
        result.measures["floor:check-jsonschema"] = Measure("floor:check-jsonschema", skipped=cjs_note)


def run_commands(size: str, folder: Path, manifest: dict[str, Any], work: Path, env: dict[str, str],
                 args: argparse.Namespace, runs: int, cache_commands: set[str], result: SizeResult, log: Any,
                 rel: Any, wanted: set[str], paired_floor: Callable[[], Sample] | None = None) -> None:
    # cchc -----------------------------------------------------------------------------------
    # Cold: --no-cache when the command has it, and always an empty cache folder (CCHC_CACHE_DIR,
    # so the user's cache is neither used nor touched). Warm: the cache filled by one run (timed
    # as "fill"), then one file changed, then the timed run. A command without a cache option
    # gets no fill run: warm is its second run, after the change.
    largest = folder / manifest["largest_plan"]
    changed = largest  # the file edited before each warm run
    original = changed.read_bytes()
    cchc = cchc_exe()
    corpus = rel(folder)
    commands = {
        "lint": cchc + ["lint", corpus],
        "status": cchc + ["status", corpus, "--as-of", AS_OF, "--format", "table"],
        "report": cchc + ["report", corpus, "--as-of", AS_OF, "--format", "md", "-o", str(work / "report.md")],
        "render": cchc + ["render", rel(largest), "--format", "docx", "-o", str(work / "plan.docx")],
    }

    def one(label: str, cmd: list[str], cache_dir: Path) -> Sample:
        run_env = dict(env, CCHC_CACHE_DIR=str(cache_dir))
        s = run_once(cmd, args.timeout, work / "stdout.txt", run_env)
        log(f"{label}: {s.wall:.2f} s{' (timeout)' if s.timed_out else ''}"
            f"{'' if s.peak_kb is None else f', {s.peak_kb / 1024:.0f} MB'}{'' if not s.tree_kb else f' (all processes {s.tree_kb / 1024:.0f} MB)'}{'' if s.cpu is None else f', CPU {s.cpu:.1f} s'}{' — ' + s.note if s.note else ''}")
        return s

    try:
        for name, cmd in commands.items():
            if name not in wanted:
                continue
            cached = name in cache_commands
            cold, fill, warm = Measure(f"{name}:cold"), Measure(f"{name}:fill"), Measure(f"{name}:warm")
            paired = Measure(PAIRED)
            for i in range(runs):
                cache_dir = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
                if name == "lint" and paired_floor is not None:
                    p = paired_floor()
                    paired.samples.append(p)
                    log(f"{PAIRED} (right before cold lint run {i + 1}): {p.wall:.2f} s"
                        f"{' (timeout)' if p.timed_out else ''}{'' if p.cpu is None else f', CPU {p.cpu:.1f} s'}")
                s = one(f"cchc {name} cold{' --no-cache' if cached else ''}",
                        cmd[:2] + (["--no-cache"] if cached else []) + cmd[2:], cache_dir)
                cold.samples.append(s)
                slow = s.timed_out or s.wall > args.slow
                if slow and not cached:
                    warm.skipped = ("not run: the cold run timed out and the command has no cache" if s.timed_out
                                    else f"not run: no cache for this command and the cold run took > {args.slow:.0f} s")
                elif cached or not slow:
                    if cached:
                        f = one(f"cchc {name} fill (empty cache)", cmd, cache_dir)
                        fill.samples.append(f)
                        slow = slow or f.timed_out or f.wall > args.slow
                    changed.write_bytes(original + f"# bench: warm run {i + 1}\n".encode())
                    try:
                        warm.samples.append(one(f"cchc {name} warm (1 file changed)", cmd, cache_dir))
                    finally:
                        changed.write_bytes(original)
                shutil.rmtree(cache_dir, ignore_errors=True)
                if slow:
                    if i + 1 < runs:
                        cold.skipped = f"{runs - i - 1} more run(s) skipped: {'timeout' if s.timed_out else f'> {args.slow:.0f} s'}"
                    break
            result.measures[cold.name] = cold
            if paired.samples:
                result.measures[PAIRED] = paired
            if cached:
                result.measures[fill.name] = fill
            result.measures[warm.name] = warm
    finally:
        changed.write_bytes(original)


def startup(n: int, timeout: float) -> dict[str, Measure]:
    out = {}
    for name, cmd in (("python -c pass", [sys.executable, "-c", "pass"]),
                      ("cchc --version", cchc_exe() + ["--version"]),
                      ("cchc --help", cchc_exe() + ["--help"])):
        m = Measure(name)
        run_once(cmd, timeout, sample_tree=False)  # one unmeasured run: bytecode and page caches warm
        for _ in range(n):
            m.samples.append(run_once(cmd, timeout, sample_tree=False))
        out[name] = m
        print(f"[startup] {name}: median {m.wall * 1000:.0f} ms", file=sys.stderr)
    return out


# --------------------------------------------------------------------------- targets and tables

@dataclass
class Target:
    text: str
    measured: str
    ratio: str
    verdict: str


def verdict_le(value: Bound | None, limit: float) -> str:
    if value is None:
        return "not measured"
    if value.lower:
        return "FAIL" if value.value > limit else "?"
    return "PASS" if value.value <= limit else "FAIL"


def verdict_ge(value: Bound | None, limit: float) -> str:
    if value is None:
        return "not measured"
    if value.upper:
        return "FAIL" if value.value < limit else "?"
    if value.lower and value.value >= limit:
        return "PASS"
    if value.lower:
        return "?"
    return "PASS" if value.value >= limit else "FAIL"


def evaluate(results: dict[str, SizeResult], start: dict[str, Measure]) -> list[Target]:
    targets: list[Target] = []
    country = results.get("country")
    province = results.get("province")
    big = results.get("big")

    def b(res: SizeResult | None, key: str) -> Bound | None:
        m = res.get(key) if res else None
        return m.bound() if m else None

    def failed(*pairs: tuple[SizeResult | None, str]) -> str:
        for res, key in pairs:
            m = res.get(key) if res else None
            if m and m.error:
                return f"ERROR ({key}: {m.error[:80]})"
        return ""

    def secs(x: Bound | None) -> str:
        return x.fmt(" s") if x else "—"

    # 1. country cold lint vs compose floor (2 processes) and vs check-jsonschema
    lint = b(country, "lint:cold")
    floor2 = b(country, "floor:compose-2")
    ratio = lint / floor2 if lint and floor2 else None
    pairs = paired_ratios(country)
    if pairs:  # decided on runs that shared the machine's state: the median of per-pair ratios
        ratio = Bound(statistics.median(pairs), lower=bool(lint and lint.lower))
    def cpu_of(key: str) -> float | None:
        m = country.get(key) if country else None
        return m.cpu if m and not m.timed_out else None

    def cpu_ratio(a: str, b_: str) -> str:
        x, y = cpu_of(a), cpu_of(b_)
        return f" (CPU time: {x:.1f} s vs {y:.1f} s, {x / y:.1f}×)" if x and y else ""

    targets.append(Target("Country, cold: `cchc lint` ≤ 2.0× the two-process PyYAML C compose floor",
                          f"lint {secs(lint)}; floor {secs(floor2)}"
                          + (f"; per run, against a floor run just before it: "
                             f"{', '.join(f'{r:.2f}×' for r in pairs)} (median taken)" if pairs else "")
                          + cpu_ratio("lint:cold", "floor:compose-1").replace(
                              "CPU time:", "CPU time, lint vs 1-process compose:"),
                          ratio.fmt("×", 1) if ratio else "—",
                          failed((country, "lint:cold")) or (verdict_le(ratio, 2.0) if lint else "not measured")))
    cjs = b(country, "floor:check-jsonschema")
    speed = cjs / lint if cjs and lint else None
    targets.append(Target("Country, cold: `cchc lint` ≥ 10× faster than `check-jsonschema` (same files, same schemas)",
                          f"check-jsonschema {secs(cjs)}; lint {secs(lint)}"
                          + cpu_ratio("floor:check-jsonschema", "lint:cold").replace("×)", "× in CPU time)"),
                          (speed.fmt("×", 2) + " faster") if speed else "—",
                          failed((country, "lint:cold"), (country, "floor:check-jsonschema"))
                          or (verdict_ge(speed, 10.0) if speed else "not measured")))
    # 2. warm after one file changed
    for cmd in ("lint", "status"):
        m = country.get(f"{cmd}:warm") if country else None
        warm = m.bound() if m else None
        if warm is None and m is not None and m.skipped:
            cold = b(country, f"{cmd}:cold")
            # no cache: a warm run would cost a cold run; the cold time bounds it from below
            targets.append(Target(f"Country, warm after one file changed: `cchc {cmd}` ≤ 1.5 s",
                                  f"{m.skipped}; cold {secs(cold)}",
                                  (Bound(cold.value / 1.5, lower=cold.lower).fmt("×", 0) + " the limit") if cold else "—",
                                  "FAIL" if cold and cold.value > 1.5 else "?"))
            continue
        targets.append(Target(f"Country, warm after one file changed: `cchc {cmd}` ≤ 1.5 s", secs(warm),
                              (Bound(warm.value / 1.5, lower=warm.lower).fmt("×", 1) + " the limit") if warm else "—",
                              failed((country, f"{cmd}:warm")) or verdict_le(warm, 1.5)))
    # 3. province status, big plan
    st = b(province, "status:cold")
    targets.append(Target("Province (50 files), cold: `cchc status` ≤ 0.6 s", secs(st),
                          (Bound(st.value / 0.6, lower=st.lower).fmt("×", 1) + " the limit") if st else "—",
                          failed((province, "status:cold")) or verdict_le(st, 0.6)))
    st = b(big, "status:cold")
    targets.append(Target("The 10,000-task plan, cold: `cchc status` ≤ 3 s", secs(st),
                          (Bound(st.value / 3.0, lower=st.lower).fmt("×", 1) + " the limit") if st else "—",
                          failed((big, "status:cold")) or verdict_le(st, 3.0)))
    # 4. start-up
    py, ver = start["python -c pass"].wall, start["cchc --version"].wall
    limit = 2 * py + 0.060
    targets.append(Target("`cchc --version` ≤ 2× `python -c pass` + 60 ms",
                          f"{ver * 1000:.0f} ms; python -c pass {py * 1000:.0f} ms; limit {limit * 1000:.0f} ms",
                          f"{ver / limit:.2f}× the limit", "PASS" if ver <= limit else "FAIL"))
    # 5. memory: all processes of the run (cchc --jobs starts worker processes)
    m = country.get("status:cold") if country else None
    sampled = bool(m and any(s.tree_kb for s in m.samples))
    if m and m.tree_kb:
        gb = m.tree_kb / 1024 / 1024
        largest = (m.peak_kb or 0) / 1024 / 1024
        killed = m.timed_out
        verdict = ("FAIL" if gb > 1.5 else "?") if killed or not sampled else ("PASS" if gb <= 1.5 else "FAIL")
        targets.append(Target("Peak memory, `cchc status` on the country corpus ≤ 1.5 GB (all processes)",
                              (f"{'> ' if killed else ''}{gb:.2f} GB{' (at the timeout)' if killed else ''}; "
                               f"largest process {largest:.2f} GB") if sampled else
                              f"largest process {largest:.2f} GB (the worker processes were not sampled in this run)",
                              f"{gb / 1.5:.2f}× the limit", failed((country, "status:cold")) or verdict))
    else:
        targets.append(Target("Peak memory, `cchc status` on the country corpus ≤ 1.5 GB", "—", "—", "not measured"))
    # 6. linear growth
    sizes = [s for s in ("province", "region", "country") if s in results]
    if len(sizes) >= 2:
        parts, worst, undecided = [], 0.0, False
        for cmd in ("lint", "status"):
            first = results[sizes[0]].get(f"{cmd}:cold")
            last = results[sizes[-1]].get(f"{cmd}:cold")
            if not (first and last and first.wall and last.wall):
                continue
            a = first.wall / results[sizes[0]].manifest["plans"]
            z = last.wall / results[sizes[-1]].manifest["plans"]
            growth = z / a
            if last.timed_out:
                undecided = undecided or growth <= 1.5
            worst = max(worst, growth)
            parts.append(f"{cmd}: {a * 1000:.0f} → {'> ' if last.timed_out else ''}{z * 1000:.0f} ms/plan")
        verdict = failed(*[(results[s], f"{c}:cold") for s in sizes for c in ("lint", "status")]) or \
            ("FAIL" if worst > 1.5 else ("?" if undecided else "PASS"))
        targets.append(Target(f"Time grows linearly with corpus size ({sizes[0]} → {sizes[-1]}; "
                              "harness criterion: cost per plan at the largest size ≤ 1.5× the smallest)",
                              "; ".join(parts) or "—", f"{worst:.2f}× per plan" if parts else "—",
                              verdict if parts else "not measured"))
    else:
        targets.append(Target("Time grows linearly with corpus size", "needs ≥ 2 of province/region/country",
                              "—", "not measured"))
    return targets


PAIRED = "floor:compose-2-paired"


def paired_ratios(res: SizeResult | None) -> list[float]:
    """cold lint ÷ the compose floor run right before it, for each pair where both finished."""
    if res is None:
        return []
    lint, floor = res.get("lint:cold"), res.get(PAIRED)
    if not lint or not floor:
        return []
    return [a.wall / f.wall for a, f in zip(lint.samples, floor.samples, strict=False)
            if not a.timed_out and not f.timed_out and f.wall > 0 and a.exit == 0]


LABELS = {
    "floor:read": "floor: read all bytes",
    "floor:compose-1": "floor: PyYAML C compose, 1 process",
    "floor:compose-2": "floor: PyYAML C compose, 2 processes",
    PAIRED: "floor: PyYAML C compose, 2 processes, run right before each cold `cchc lint`",
    "floor:check-jsonschema": "check-jsonschema (plans + registries)",
    "lint:cold": "`cchc lint` cold", "lint:fill": "`cchc lint` filling an empty cache",
    "lint:warm": "`cchc lint` warm (1 file changed)",
    "status:cold": "`cchc status` cold", "status:fill": "`cchc status` filling an empty cache",
    "status:warm": "`cchc status` warm (1 file changed)",
    "report:cold": "`cchc report --format md` cold", "report:fill": "`cchc report --format md` filling an empty cache",
    "report:warm": "`cchc report --format md` warm (1 file changed)",
    "render:cold": "`cchc render --format docx` (largest plan) cold",
    "render:fill": "`cchc render --format docx` (largest plan) filling an empty cache",
    "render:warm": "`cchc render --format docx` (largest plan) warm (file changed)",
}


def size_table(res: SizeResult) -> list[str]:
    mb = res.manifest["bytes"] / 1e6
    plans = res.manifest["plans"]
    rows = ["| measure | wall (median) | CPU user+sys | runs | peak RSS: largest process / all processes "
            "| wall per plan file | MB/s | note |",
            "|---|---:|---:|---:|---:|---:|---:|---|"]
    for key, label in LABELS.items():
        m = res.get(key)
        if m is None:
            continue
        if m.wall is None:
            rows.append(f"| {label} | — | — | 0 | — | — | — | {m.skipped} |")
            continue
        bound = m.bound()
        per = "—" if key.startswith("render") else Bound(m.wall / plans * 1000, lower=m.timed_out).fmt(" ms", 1)
        rate = "—" if key.startswith("render") else Bound(mb / m.wall, upper=m.timed_out).fmt("", 2)
        notes = [s.note for s in m.samples if s.note][:1] + ([m.skipped] if m.skipped else [])
        peak = f"{m.peak_kb / 1024:.0f} MB" if m.peak_kb else "—"
        tree = f"{m.tree_kb / 1024:.0f} MB" if m.tree_kb else "—"
        cpu = f"{m.cpu:.2f} s" if m.cpu is not None else "—"
        wall = bound.fmt(" s", 2) + (" (failed)" if m.error else "")
        rows.append(f"| {label} | {wall} | {cpu} | {len(m.samples)} | {peak} / {tree} | {per} | {rate} | "
                    f"{'; '.join(notes).replace('|', '/')} |")
    return rows


def growth_table(results: dict[str, SizeResult]) -> list[str]:
    sizes = [s for s in ("province", "region", "country", "big") if s in results]
    head = "| measure | " + " | ".join(f"{s} ({results[s].manifest['plans']} plans, "
                                        f"{results[s].manifest['bytes'] / 1e6:.1f} MB)" for s in sizes) + " |"
    rows = [head, "|---|" + "---:|" * len(sizes)]
    for key in ("floor:read", "floor:compose-1", "floor:compose-2", "floor:check-jsonschema",
                "lint:cold", "status:cold", "report:cold"):
        cells = []
        for s in sizes:
            m = results[s].get(key)
            if not m or m.wall is None:
                cells.append("—")
                continue
            per_plan = m.wall / results[s].manifest["plans"] * 1000
            per_mb = m.wall / (results[s].manifest["bytes"] / 1e6)
            prefix = "> " if m.timed_out else ""
            cells.append(f"{prefix}{per_plan:.1f} ms/plan · {prefix}{per_mb:.2f} s/MB")
        rows.append(f"| {LABELS[key]} | " + " | ".join(cells) + " |")
    return rows


def targets_table(targets: list[Target]) -> list[str]:
    rows = ["| target | measured | ratio | result |", "|---|---|---|---|"]
    for t in targets:
        rows.append(f"| {t.text} | {t.measured} | {t.ratio} | **{t.verdict}** |")
    return rows


def print_plain(rows: list[str]) -> None:
    """A Markdown table, printed for the terminal with aligned columns."""
    cells = [[c.strip().replace("`", "").replace("**", "") for c in r.strip("|").split("|")] for r in rows
             if not set(r.replace("|", "").strip()) <= set("-: ")]
    widths = [max(len(r[i]) for r in cells if i < len(r)) for i in range(len(cells[0]))]
    for n, r in enumerate(cells):
        print("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


# --------------------------------------------------------------------------- main

def parse_sizes(text: str, default_runs: int) -> list[tuple[str, int]]:
    from generate import SIZES

    out = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        name, _, runs = part.partition(":")
        if name not in SIZES:
            raise SystemExit(f"unknown size {name!r} (known: {', '.join(SIZES)})")
        out.append((name, int(runs) if runs else default_runs))
    return out


def write_doc(path: Path, mach: dict[str, Any], results: dict[str, SizeResult], start: dict[str, Measure],
              targets: list[Target], args: argparse.Namespace, cache_commands: set[str], cjs_version: str,
              argv: list[str], elapsed: float) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Performance of `cchc` on a synthetic corpus, against floors measured in the same run "
        "(issue 8). This file is written by `bench/run.py` (it is overwritten on every run).",
        "",
        "## How to run",
        "",
        "```sh",
        "python bench/generate.py --size province,region,country,big --check   # corpus in bench/corpus/ (git-ignored)",
        "python bench/run.py --size country                                      # 3 runs; writes this file",
        "python bench/run.py --size province,region,country:1,big:1 --timeout 600 # several sizes: per-plan cost",
        "```",
        "",
        "- `--size name[:runs]`: `province` (50 plans), `region` (500), `country` (2,000 plans, 120,000 tasks), "
        "`big` (one plan with 10,000 tasks); each province folder also holds an `agencies.yaml`. The corpus is "
        "generated (deterministically, seed 20210701) when missing; `--regenerate` forces it.",
        "- Timed: `cchc lint DIR`, `cchc status DIR --as-of 2022-07-01`, `cchc report DIR --format md`, "
        "`cchc render LARGEST_PLAN --format docx`. **Cold**: `--no-cache` when the command has it (detected "
        "from `cchc <command> --help`), and an empty cache folder (`CCHC_CACHE_DIR` points at a fresh temporary "
        "folder, so the user's cache is never used or touched). **Fill**: the first run with that empty cache. "
        "**Warm**: after the fill run, one file changed (a comment line appended to the largest plan, restored "
        "afterwards), then the timed run. A command without `--no-cache` has no fill run (warm = its second run, "
        "after the change), and its warm run is skipped when the cold run took longer than `--slow` (default "
        "120 s), since without a cache it would repeat the cold run.",
        "- Floors, same files, same run: reading all bytes; `yaml.compose(…, Loader=yaml.CSafeLoader)` (nodes "
        "with marks) in one process and in two (`multiprocessing`, 2 workers); `check-jsonschema` with "
        "`schema/plan.schema.json` on the plans plus `schema/agencies.schema.json` on the registries (two "
        "invocations, times added). The lint ratio target is decided on pairs: before each cold `cchc lint` "
        "run the two-process compose floor runs once more, and the target takes the median of the per-pair "
        "ratios, so that a change in the machine's load between the floor runs and the lint runs (minutes "
        "apart on the country corpus) does not decide it. Start-up: `python -c pass` against `cchc --version` (median of "
        f"{args.startup_runs} runs each).",
        "- Before timing, the cchc package is byte-compiled (`python -m compileall`), as `pip install` does "
        "for a wheel and Python does on a first import; this machine sets `PYTHONDONTWRITEBYTECODE` for every "
        "process, which would otherwise make each timed run compile cchc from source (about 60 ms more per "
        "command).",
        "- Every time is the wall time of a separate process (median of the runs), with its CPU time (user + "
        "system, including the worker processes it waited for, from `/usr/bin/time -v`). Peak memory is shown "
        "twice: the largest single process (`/usr/bin/time -v`), and all processes of the run together "
        "(the command and its `--jobs` workers: RSS summed over the process group, sampled every 0.1 s); the "
        "memory target uses the latter. A command still running after `--timeout` seconds is killed: its time "
        "reads `> N s` and ratios built on it are bounds; a `?` verdict means a bound cannot decide.",
        "- The machine may be shared: the load average at the start and end of the run is recorded below. "
        "Wall times on a busy 2-core machine include waiting for a core; CPU times are less affected.",
        "- `python bench/generate.py --check` lints a sample of the generated plans (0 errors required) "
        "and checks that the corpus is byte-for-byte reproducible.",
        "- `python bench/agree.py --size province,region,country,big` checks that the fast read path and "
        "ruamel.yaml's round-trip loader read every generated file to the same values (the test suite runs "
        "the same check on a freshly generated province corpus).",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
    ]
    for key, label in (("date", "date"), ("nproc", "cores (nproc)"), ("cpu", "CPU"), ("memory", "memory"),
                       ("kernel", "kernel"), ("python", "Python"), ("cchc", "cchc"), ("git", "commit"),
                       ("pyyaml", "PyYAML"), ("memory_tool", "peak memory from"),
                       ("load", "load average (1/5/15 min) at start"), ("load_end", "load average at end"),
                       ("bytecode", "cchc bytecode")):
        if key in mach:
            lines.append(f"| {label} | {mach[key]} |")
    lines.append(f"| check-jsonschema | {cjs_version or 'not available'} |")
    with_cache = ", ".join(f"`{c}`" for c in ("lint", "status", "report", "render") if c in cache_commands)
    lines.append(f"| `--no-cache` in cchc | {with_cache or 'none'} "
                 f"{'(cold runs pass it; warm runs use a cache filled by one run)' if with_cache else ''} |")
    lines += ["", f"Command: `python bench/run.py {' '.join(argv)}` (took {elapsed / 60:.1f} min).", "",
              "## Targets (issue 8)", ""]
    lines += targets_table(targets)
    lines += ["", "## Start-up", "", "| command | median | runs |", "|---|---:|---:|"]
    for name, m in start.items():
        lines.append(f"| `{name}` | {m.wall * 1000:.0f} ms | {len(m.samples)} |")
    lines += ["", "## Corpus", "", "| size | plans | registries | tasks | MB | largest plan |", "|---|---:|---:|---:|---:|---|"]
    for s, res in results.items():
        m = res.manifest
        lines.append(f"| {s} | {m['plans']} | {m['registries']} | {m['tasks']:,} | {m['bytes'] / 1e6:.1f} | "
                     f"`{m['largest_plan']}` |")
    if len([s for s in results if s != "big"]) >= 2:
        lines += ["", "## Growth: cost per plan file and per MB at each size", ""]
        lines += growth_table(results)
    for s, res in results.items():
        lines += ["", f"## {s}: {res.manifest['plans']} plans, {res.manifest['tasks']:,} tasks, "
                      f"{res.manifest['bytes'] / 1e6:.1f} MB (runs asked: {res.runs})", ""]
        lines += size_table(res)
        for note in res.notes:
            lines += ["", note]
    if args.notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in args.notes]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def print_tables(mach: dict[str, Any], results: dict[str, SizeResult], targets: list[Target],
                 cache_commands: set[str]) -> None:
    print()
    print(f"cchc benchmark — {mach['date']} — {mach['nproc']} cores, {mach['cpu']}, {mach['memory']}, "
          f"{mach['cchc']}, --no-cache in: {', '.join(sorted(cache_commands)) or 'none'}")
    for size, res in results.items():
        print()
        print(f"{size}: {res.manifest['plans']} plans, {res.manifest['tasks']:,} tasks, "
              f"{res.manifest['bytes'] / 1e6:.1f} MB")
        print_plain(size_table(res))
    if len([s for s in results if s != "big"]) >= 2:
        print()
        print("cost per plan file / per MB at each size:")
        print_plain(growth_table(results))
    print()
    print("targets:")
    print_plain(targets_table(targets))


def rerender(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Rebuild the tables and the Markdown from a results.json written by an earlier run."""
    raw = json.loads(args.from_json.read_text(encoding="utf-8"))
    run_args = parser.parse_args(raw["argv"])

    def measure(data: dict[str, Any]) -> Measure:
        fields = set(Sample.__dataclass_fields__)
        return Measure(data["name"], [Sample(**{k: v for k, v in s.items() if k in fields}) for s in data["samples"]],
                       data.get("skipped", ""))

    start = {k: measure(v) for k, v in raw["startup"].items()}
    results = {}
    for size, data in raw["sizes"].items():
        res = SizeResult(size, data["runs"], data["manifest"])
        res.measures = {k: measure(v) for k, v in data["measures"].items()}
        results[size] = res
    targets = evaluate(results, start)
    cache_commands = set(raw.get("cache_commands", []))
    print_tables(raw["machine"], results, targets, cache_commands)
    run_args.output = args.output
    write_doc(args.output, raw["machine"], results, start, targets, run_args, cache_commands,
              raw.get("check_jsonschema", ""), raw["argv"], raw.get("elapsed_s", 0.0))
    print(f"\nwrote {args.output} from {args.from_json}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="country", help="comma-separated name[:runs] (default: country)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (median); default 3")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before a command is killed (default 900)")
    parser.add_argument("--slow", type=float, default=120.0,
                        help="a command slower than this is run once (default 120 s)")
    parser.add_argument("--startup-runs", type=int, default=15)
    parser.add_argument("--regenerate", action="store_true", help="regenerate the corpus first")
    parser.add_argument("--no-install", action="store_true", help="do not pip install check-jsonschema when missing")
    parser.add_argument("--output", type=Path, default=DOC, help="Markdown results (default docs/benchmarks.md)")
    parser.add_argument("--only", default="floors,lint,status,report,render",
                        help="what to time (comma-separated; default: floors,lint,status,report,render)")
    parser.add_argument("--note", dest="notes", action="append", default=[], help="a line for the Notes section")
    parser.add_argument("--from-json", type=Path,
                        help="do not measure: print the tables and rewrite --output from a results.json")
    parser.add_argument("--floor", choices=["read", "compose"], help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--list", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor:
        return floor_main(args.floor, args.jobs, args.list)

    if args.from_json:
        return rerender(args, parser)
    started = time.perf_counter()
    sizes = parse_sizes(args.size, args.runs)
    bytecode = compile_bytecode()
    mach = machine()
    mach["bytecode"] = bytecode
    cache_commands = {c for c in ("lint", "status", "report", "render")
                      if "--no-cache" in capture(cchc_exe() + [c, "--help"])}
    bool(cache_commands)
    cjs, cjs_note = find_check_jsonschema(not args.no_install)
    cjs_version = capture([cjs, "--version"]) if cjs else cjs_note
    print(f"machine: {mach['nproc']} cores, {mach['cpu']}, {mach['memory']}; {mach['python']}; {mach['cchc']}",
          file=sys.stderr)
    start = startup(args.startup_runs, args.timeout)
    results: dict[str, SizeResult] = {}
    for size, runs in sizes:
        results[size] = measure_size(size, runs, args, cjs, cjs_note, cache_commands)
    targets = evaluate(results, start)
    mach["load_end"] = loadavg()
    elapsed = time.perf_counter() - started

    print_tables(mach, results, targets, cache_commands)
    write_doc(args.output, mach, results, start, targets, args, cache_commands, cjs_version, argv, elapsed)
    raw = {"machine": mach, "argv": argv, "cache_commands": sorted(cache_commands), "check_jsonschema": cjs_version,
           "startup": {k: v.to_json() for k, v in start.items()},
           "sizes": {s: {"runs": r.runs, "manifest": r.manifest,
                         "measures": {k: m.to_json() for k, m in r.measures.items()}} for s, r in results.items()},
           "targets": [asdict(t) for t in targets], "elapsed_s": round(elapsed, 1)}
    CORPUS.mkdir(parents=True, exist_ok=True)
    raw_path = CORPUS / ("results.json" if args.output == DOC else f"results-{args.output.stem}.json")
    raw_path.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output} and {raw_path} ({elapsed / 60:.1f} min)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
