"""The bad-input corpus (issue 9): every kind of broken plan gets a located Vietnamese message.

Each case ``NAME`` has ``NAME.expected`` beside it: one ``LINE:COLUMN CODE`` per diagnostic that
``cchc lint`` must report for the case's own file(s), in output order (exit code 1), after a first
line ``exit 2`` when cchc cannot run, or ``exit 0`` when the outcome is only a warning or nothing
(an input that once crashed cchc). Small text cases are committed as ``NAME.yaml``; cases that are huge, binary,
invisible or depend on the file system (UTF-16, 10 MB, alias bomb, 10,000-deep nesting, symlink
loop, unreadable file…) are written into ``tmp_path`` by the generators in :data:`GENERATED`.

Every case runs as ``python -m cchc lint --format json plans`` in a folder that also holds an agency
registry and a valid companion plan. The companion carries one deliberate warning (the probe), so
the output proves it was read and checked in full although its neighbour is broken.

Cases that show a bug in cchc are ``xfail(strict=True)`` with the reproducer in :data:`KNOWN_BUGS`;
their ``.expected`` holds the outcome cchc *should* give. When the bug is fixed the test passes,
strict xfail turns that into a failure, and the entry must be removed from :data:`KNOWN_BUGS`.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import HEADER

HERE = Path(__file__).resolve().parent
AS_OF = dt.date(2021, 7, 1)

# The plan most cases are a variation of (committed cases were derived from it once).
PLAN = HEADER + """\
appendices:
  - sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        lead: [Sở Tư pháp]
        tasks:
          - id: "1"
            content: Rà soát văn bản quy phạm pháp luật
            output: Báo cáo
            deadline: Quý II/2021
"""

REGISTRY = """\
version: 1
jurisdiction: Tỉnh Thử Nghiệm
agencies:
  - {id: so-noi-vu, name: Sở Nội vụ, short: [SNV]}
  - {id: so-tu-phap, name: Sở Tư pháp, short: [STP]}
"""

COMPANION_NAME = "ke-hoach-hop-le.yaml"
COMPANION = """\
version: 1
id: ke-hoach-hop-le
document:
  type: Kế hoạch
  symbol: KH-UBND
  issuer: ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM
  title: Kiểm tra công tác cải cách hành chính năm 2021
period: {start: 2021, end: 2021}
appendices:
  - sections:
      - number: I
        title: KIỂM TRA CẢI CÁCH HÀNH CHÍNH
        lead: [Sở Nội vụ]
        tasks:
          - id: "1"
            content: Kiểm tra công tác cải cách hành chính tại các sở
            output: Báo cáo
            deadline: Quý III/2021
          - id: "3"
            content: Tổng hợp kết quả kiểm tra
            output: Báo cáo
            deadline: Quý IV/2021
"""
COMPANION_PROBE = ["19:17 N002"]  # task "3" after "1": the companion was checked by every rule

ONE_GIB = 1 << 30


# ----------------------------------------------------------------------------- generated cases

@dataclass(frozen=True)
class Setup:
    """How to run a generated case: command-line paths and limits."""

    args: tuple[str, ...] = ("plans",)
    memory_limit: bool = False  # RLIMIT_AS 1 GiB: the input must be refused, not expanded
    timeout: float = 60.0
    unreadable: Path | None = None  # a file the cchc process must not be able to read
    heavy: bool = False  # skip the in-process double check (it would only repeat the slow part)
    extra: int = 0  # entries reported besides the YAML-named ones in plans/ (a refused folder)


def _rep(old: str, new: str, text: str = PLAN) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def _write(folder: Path, name: str, data: str | bytes) -> Setup:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    (folder / f"{name}.yaml").write_bytes(raw)
    return Setup()


def _line_endings(ending: str | None) -> Callable[[Path, str], Setup]:
    """The committed unknown-key case with other line endings (None: a mix of all three)."""

    def make(folder: Path, name: str) -> Setup:
        lines = (HERE / "unknown-key.yaml").read_text(encoding="utf-8").split("\n")
        if ending is None:
            cycle = ("\r\n", "\r", "\n")
            text = "".join(line + cycle[i % 3] for i, line in enumerate(lines[:-1]))
        else:
            text = ending.join(lines)
        return _write(folder, name, text)

    return make


def _utf8_bom(folder: Path, name: str) -> Setup:
    return _write(folder, name, b"\xef\xbb\xbf" + (HERE / "unknown-key.yaml").read_bytes())


def _utf16_le(folder: Path, name: str) -> Setup:
    """What Windows Notepad writes for "Unicode"."""
    return _write(folder, name, b"\xff\xfe" + PLAN.encode("utf-16-le"))


def _utf16_be(folder: Path, name: str) -> Setup:
    return _write(folder, name, b"\xfe\xff" + PLAN.encode("utf-16-be"))


def _invalid_utf8(folder: Path, name: str) -> Setup:
    raw = PLAN.encode("utf-8").replace("Rà soát".encode(), b"R\xe0 so\xe1t")  # Latin-1 bytes
    return _write(folder, name, raw)


def _windows_1258(folder: Path, name: str) -> Setup:
    """The plan saved as "ANSI" on a Vietnamese Windows (code page 1258: base letter + tone mark)."""
    out = []
    for char in PLAN:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = list(unicodedata.normalize("NFD", char))
            shape = [m for m in marks if m in "\u0302\u0306\u031b"]  # â ă ơ… are single bytes
            tone = [m for m in marks if m not in shape]  # tone marks are combining bytes
            out.append((unicodedata.normalize("NFC", base + "".join(shape)) + "".join(tone)).encode("cp1258"))
    return _write(folder, name, b"".join(out))


def _binary(folder: Path, name: str) -> Setup:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    return _write(folder, name, png + bytes(range(256)) * 8)


TEN_MB_TASK = """\
          - id: "{n}"
            content: {filler} {n}
            output: Báo cáo
            deadline: Quý II/2021
"""
TEN_MB_FILLER = ("Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết " * 16)[:1000].strip()


def ten_mb_text() -> str:
    """A 10 MB plan (7,000+ tasks); its last task misspells ``output`` (located errors at the end)."""
    head = PLAN.split("          - id:")[0]
    parts = [head]
    size = len(head.encode())
    n = 0
    while size < 10_000_000:
        n += 1
        part = TEN_MB_TASK.format(n=n, filler=TEN_MB_FILLER)
        parts.append(part)
        size += len(part.encode())
    parts.append(f'          - id: "{n + 1}"\n            content: Nhiệm vụ cuối\n'
                 "            ouput: Báo cáo\n            deadline: Quý II/2021\n")
    return "".join(parts)


def _ten_mb(folder: Path, name: str) -> Setup:
    _write(folder, name, ten_mb_text())
    return Setup(memory_limit=True, timeout=180.0, heavy=True)


def _alias_bomb(folder: Path, name: str) -> Setup:
    """"Billion laughs": nine levels of nine aliases, 9^9 strings if expanded."""
    lines = ["version: 1", "id: bom-tham-chieu", 'a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    previous = "a"
    for anchor in "bcdefghi":
        lines.append(f"{anchor}: &{anchor} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = anchor
    _write(folder, name, "\n".join(lines) + "\n")
    return Setup(memory_limit=True)


def _deep_flow(folder: Path, name: str) -> Setup:
    _write(folder, name, "version: 1\nid: sau\ndocument: " + "[" * 10_000 + "]" * 10_000 + "\n")
    return Setup(memory_limit=True)


def _deep_block(folder: Path, name: str) -> Setup:
    """10,000 block mappings, each indented one space more than its parent."""
    body = "".join(" " * (depth + 1) + f"k{depth}:\n" for depth in range(10_000))
    _write(folder, name, "version: 1\nid: sau\ndocument:\n" + body)
    return Setup(memory_limit=True, heavy=True)


def _control(char: str) -> Callable[[Path, str], Setup]:
    def make(folder: Path, name: str) -> Setup:
        return _write(folder, name, _rep("output: Báo cáo", f"output: Báo{char}cáo"))

    return make


def _nbsp_indent(folder: Path, name: str) -> Setup:
    return _write(folder, name, _rep("            output: Báo cáo", "\u00a0           output: Báo cáo"))


def _symlink_loop(folder: Path, name: str) -> Setup:
    try:
        os.symlink(f"{name}-b.yaml", folder / f"{name}-a.yaml")
        os.symlink(f"{name}-a.yaml", folder / f"{name}-b.yaml")
    except (OSError, NotImplementedError) as exc:
        pytest.skip(f"symbolic links are not available here: {exc}")
    return Setup()


def _symlink_dangling(folder: Path, name: str) -> Setup:
    try:
        os.symlink("da-xoa.yaml", folder / f"{name}.yaml")
    except (OSError, NotImplementedError) as exc:
        pytest.skip(f"symbolic links are not available here: {exc}")
    return Setup()


def _symlink_outside(folder: Path, name: str) -> Setup:
    """A link to a file outside the folder being checked (a CI secret, say): reported, never read."""
    from cchc.base.confine import repository_root

    if repository_root(folder) is not None:
        pytest.skip("the temporary folder is inside a git repository: the link would not lead outside it")
    secret = folder.parent / "bi-mat.yaml"
    secret.write_text(_rep("content: Rà soát văn bản quy phạm pháp luật", "content: KHÓA BÍ MẬT\n  sai thụt lề"),
                      encoding="utf-8")
    try:
        os.symlink(os.path.join("..", "bi-mat.yaml"), folder / f"{name}.yaml")
    except (OSError, NotImplementedError) as exc:
        pytest.skip(f"symbolic links are not available here: {exc}")
    return Setup()


def _fifo(folder: Path, name: str) -> Setup:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes (FIFO) are not available here")
    os.mkfifo(folder / f"{name}.yaml")  # reading it would block forever
    return Setup(timeout=30.0)


def _unreadable(folder: Path, name: str) -> Setup:
    path = folder / f"{name}.yaml"
    path.write_text(PLAN, encoding="utf-8")
    path.chmod(0)
    return Setup(unreadable=path)


SENTINEL = "SENTINEL-4f2a9c KHÓA BÍ MẬT"  # must never appear in any output (BÍ MẬT is checked below)


def _link(target: str, link: Path) -> None:
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError) as exc:
        pytest.skip(f"symbolic links are not available here: {exc}")


def _symlink_into_git(folder: Path, name: str) -> Setup:
    """Issue 18: ``plans/x.yaml -> ../.git/config`` (the job's token, with the default checkout)."""
    git = folder.parent / ".git"
    git.mkdir()
    (git / "config").write_text(f'[http]\n\textraheader = "AUTHORIZATION: basic {SENTINEL}"\n'
                                f"api_token: {SENTINEL}\n", encoding="utf-8")
    _link(os.path.join("..", ".git", "config"), folder / f"{name}.yaml")
    return Setup()


def _folder_link_outside(folder: Path, name: str) -> Setup:
    """Issue 18: a folder named on the command line that is a link out of the repository: nothing
    under it is read (it holds a plan with the sentinel on lines the text format would print)."""
    (folder.parent / ".git").mkdir()
    import tempfile

    outside = Path(tempfile.mkdtemp(prefix=f"{name}-ngoai-", dir=folder.parent.parent))  # beside tmp_path
    (outside / "bi-mat.yaml").write_text(f"api_token: {SENTINEL}\n", encoding="utf-8")
    _link(str(outside), folder / name)
    return Setup(args=("plans", f"plans/{name}"), extra=1)


def _named(make: Callable[[Path], Path | None]) -> Callable[[Path, str], Setup]:
    """Issue 18: a file that cannot be read, named on the command line beside the others (what the
    pre-commit hook does): a located Y003 for it, the others checked, exit 1 (not 2)."""

    def setup(folder: Path, name: str) -> Setup:
        unreadable = make(folder / f"{name}.yaml")
        return Setup(args=("plans/agencies.yaml", f"plans/{COMPANION_NAME}", f"plans/{name}.yaml"),
                     unreadable=unreadable)

    return setup


def _chmod_000(path: Path) -> Path:
    path.write_text(PLAN, encoding="utf-8")
    path.chmod(0)
    return path


def _directory(path: Path) -> None:
    path.mkdir()
    (path / "ke-hoach.yaml").write_text(PLAN, encoding="utf-8")


def _dangling(path: Path) -> None:
    _link("da-xoa.yaml", path)


def _missing_path(folder: Path, name: str) -> Setup:
    return Setup(args=("plans", f"plans/{name}.yaml"))  # named on the command line, never created


GENERATED: dict[str, Callable[[Path, str], Setup]] = {
    "utf8-bom": _utf8_bom,
    "utf16-le-bom": _utf16_le,
    "utf16-be-bom": _utf16_be,
    "crlf": _line_endings("\r\n"),
    "cr-only": _line_endings("\r"),
    "mixed-eol": _line_endings(None),
    "invalid-utf8": _invalid_utf8,
    "windows-1258": _windows_1258,
    "binary": _binary,
    "ten-mb": _ten_mb,
    "alias-bomb": _alias_bomb,
    "deep-flow-10000": _deep_flow,
    "deep-block-10000": _deep_block,
    "control-char-raw": _control("\x0b"),  # Shift+Enter in Word is a vertical tab
    "control-char-nul": _control("\x00"),
    "line-separator": _control("\u2028"),  # U+2028 from text copied out of a PDF or a web page
    "nbsp-indent": _nbsp_indent,
    "symlink-loop": _symlink_loop,
    "symlink-dangling": _symlink_dangling,
    "symlink-outside": _symlink_outside,
    "unreadable": _unreadable,
    "fifo": _fifo,
    "missing-path": _missing_path,
    "symlink-into-git": _symlink_into_git,
    "folder-link-outside": _folder_link_outside,
    "named-unreadable": _named(_chmod_000),
    "named-directory": _named(_directory),
    "named-dangling": _named(_dangling),
}

# ----------------------------------------------------------------------------- known bugs

KNOWN_BUGS: dict[str, str] = {}

# Found by this corpus and fixed since (kept as regression cases): syntax-unclosed-bracket,
# syntax-missing-colon, syntax-no-space-after-colon, syntax-last-key-without-colon,
# syntax-bad-escape, syntax-duplicate-anchor (locations and messages of syntax errors);
# period-reversed-recurring ("None" in a message); deadline-before-period (rule T005);
# deadline-leap-day-yearly (a ValueError); control-char-escaped (rule U003); yaml-tag-in-text
# (rule Y005); deep-block-10000 (not located); line-separator, nbsp-indent (wrong line).

# In-process double check (other output formats, cchc status): bugs that only show there.
KNOWN_IN_PROCESS_BUGS: dict[str, str] = {}


# ----------------------------------------------------------------------------- the cases

def _case_names() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.expected"))


def _param(name: str, bugs: dict[str, str]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=bugs[name])] if name in bugs else []
    return pytest.param(name, id=name, marks=marks)


CASES = _case_names()


@dataclass(frozen=True)
class Expected:
    exit_code: int
    lines: list[str]


def expected_of(name: str) -> Expected:
    lines = [line.strip() for line in (HERE / f"{name}.expected").read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    if lines and re.fullmatch(r"exit [02]", lines[0]):
        return Expected(int(lines[0][5:]), lines[1:])
    return Expected(1, lines)


def prepare(name: str, root: Path) -> tuple[Path, Setup]:
    """The case in ``root/plans`` beside the registry and the companion plan."""
    folder = root / "plans"
    folder.mkdir()
    (folder / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    (folder / COMPANION_NAME).write_text(COMPANION, encoding="utf-8")
    committed = HERE / f"{name}.yaml"
    if committed.exists():
        shutil.copyfile(committed, folder / committed.name)
        return folder, Setup()
    assert name in GENERATED, f"{name}.expected has neither {name}.yaml nor a generator"
    return folder, GENERATED[name](folder, name)


# ----------------------------------------------------------------------------- running cchc

def _drop_read_override() -> None:
    """Run as a root that file permissions apply to: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
    from the capability bounding set (PR_CAPBSET_DROP), so the exec'd cchc cannot get them back."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (ONE_GIB, ONE_GIB))


def _preexec(setup: Setup) -> Callable[[], None] | None:
    steps: list[Callable[[], None]] = []
    if setup.memory_limit:
        steps.append(_limit_memory)
    if setup.unreadable is not None and hasattr(os, "geteuid") and os.geteuid() == 0:
        steps.append(_drop_read_override)
    if not steps:
        return None

    def run() -> None:
        for step in steps:
            step()

    return run


def _check_unreadable(setup: Setup) -> None:
    """Skip (saying why) when no process we can start is kept from reading the file."""
    path = setup.unreadable
    if path is None:
        return
    if sys.platform == "win32":
        pytest.skip("chmod 000 does not make a file unreadable on Windows")
    probe = [sys.executable, "-c", "import sys; open(sys.argv[1], 'rb').close()", str(path)]
    try:
        done = subprocess.run(probe, preexec_fn=_preexec(setup), capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"running as root and cannot drop CAP_DAC_OVERRIDE to make a file unreadable: {exc}")
    if done.returncode == 0:
        pytest.skip("this user can read a chmod 000 file (root without a way to drop its capabilities)")


def run_lint(root: Path, setup: Setup) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "FORCE_COLOR")}
    env["NO_COLOR"] = "1"
    command = [sys.executable, "-m", "cchc", "lint", "--format", "json", *setup.args]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, timeout=setup.timeout,
                          preexec_fn=_preexec(setup))


# ----------------------------------------------------------------------------- what a message must be

_VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
# Words of libyaml's and Python's own (English) texts; none occurs in cchc's Vietnamese messages.
_ENGLISH = re.compile(r"\b(?:found|expected|while|could|cannot|did not|second occurrence|incompatible|unexpected|"
                      r"character|allowed|scanning|parsing|the|None|Traceback|Exception)\b")


_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def vietnamese_problem(text: str) -> str | None:
    """Why ``text`` is not an acceptable Vietnamese message (None when it is)."""
    if not text.strip():
        return "empty"
    if not _VIETNAMESE.search(text):
        return "no Vietnamese letter"
    english = _ENGLISH.search(_QUOTED.sub("", text))  # the user's own words are quoted: skip them
    if english:
        return f"English or Python text {english.group()!r}"
    return None


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.exists():
            continue
        info = path.stat()
        out[path.relative_to(root).as_posix()] = (info.st_size, info.st_mtime_ns)
    return out


# ----------------------------------------------------------------------------- the tests

@pytest.mark.parametrize("name", [_param(n, KNOWN_BUGS) for n in CASES])
def test_bad_input(name: str, tmp_path: Path) -> None:
    expected = expected_of(name)
    folder, setup = prepare(name, tmp_path)
    _check_unreadable(setup)
    before = _snapshot(tmp_path)

    done = run_lint(tmp_path, setup)  # a hang fails here with TimeoutExpired
    stderr = done.stderr.decode("utf-8", errors="replace")

    assert "Traceback" not in stderr, stderr
    assert "BÍ MẬT" not in stderr + done.stdout.decode("utf-8", errors="replace")  # symlink-outside
    assert "SENTINEL" not in stderr + done.stdout.decode("utf-8", errors="replace")  # issue 18 cases
    assert done.returncode == expected.exit_code, (done.returncode, stderr)
    if expected.exit_code == 2:
        assert stderr.strip(), "exit 2 without a message on stderr"
    if stderr.strip():
        assert vietnamese_problem(stderr) is None, stderr
    document = json.loads(done.stdout.decode("utf-8"))
    diagnostics = document["diagnostics"]
    companion = f"plans/{COMPANION_NAME}"
    registry = "plans/agencies.yaml"
    got = [f"{d['line']}:{d['column']} {d['code']}" for d in diagnostics if d["path"] not in (companion, registry)]
    assert got == expected.lines, json.dumps(diagnostics, ensure_ascii=False, indent=1)[:4000]

    for d in diagnostics:
        for field in ("message", "hint"):
            problem = vietnamese_problem(d[field])
            assert problem is None, f"{d['path']}:{d['line']}:{d['column']} {d['code']} {field}: {problem}: {d[field]!r}"
        assert d["line"] >= 1 and d["column"] >= 1

    # The companion plan was read and checked by every rule, and nothing else was said about it
    # or about the registry; the summary counts every file.
    assert [f"{d['line']}:{d['column']} {d['code']}" for d in diagnostics if d["path"] == companion] == COMPANION_PROBE
    assert [d for d in diagnostics if d["path"] == registry] == []
    assert document["summary"]["files"] == len([f for f in folder.iterdir() if f.name.endswith(".yaml")]) + setup.extra

    # Checking never writes: no file appears or changes (a !!python/object tag ran nothing).
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("name", [_param(n, KNOWN_IN_PROCESS_BUGS) for n in CASES])
def test_bad_input_other_outputs_and_status(name: str, tmp_path: Path) -> None:
    """The same folder through the library: every lint output format and the status computation
    take the result without raising."""
    from cchc.checking.lint import lint_paths
    from cchc.deriving.status import plan_status
    from cchc.writing.output import FORMATS

    folder, setup = prepare(name, tmp_path)
    if setup.heavy or setup.memory_limit or setup.unreadable is not None:
        pytest.skip("covered by test_bad_input (slow, memory-limited or permission case)")
    result = lint_paths([folder])
    for writer in FORMATS.values():
        writer(result, io.StringIO())
    for file in result.files:
        if file.plan is not None:
            plan_status(file.plan, AS_OF)


@pytest.mark.parametrize("name", [n for n in CASES if expected_of(n).exit_code == 0 and expected_of(n).lines])
def test_warning_only_cases_fail_under_strict(name: str, tmp_path: Path) -> None:
    """A case that exits 0 because its finding is a warning (T005) blocks a CI that runs --strict."""
    prepare(name, tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    done = subprocess.run([sys.executable, "-m", "cchc", "lint", "--strict", "--format", "json", f"plans/{name}.yaml"],
                          cwd=tmp_path, env=env, capture_output=True, timeout=60)
    assert done.returncode == 1, done.stderr.decode("utf-8", errors="replace")
    codes = [f"{d['line']}:{d['column']} {d['code']}" for d in json.loads(done.stdout)["diagnostics"]]
    assert codes == expected_of(name).lines


def test_corpus_is_complete() -> None:
    """At least 30 kinds; every committed case has an expected outcome and every generator a case."""
    committed = {p.stem for p in HERE.glob("*.yaml")}
    assert len(CASES) >= 30
    assert committed <= set(CASES), committed - set(CASES)
    assert set(GENERATED) <= set(CASES), set(GENERATED) - set(CASES)
    assert not committed & set(GENERATED)
    assert set(KNOWN_BUGS) <= set(CASES) and set(KNOWN_IN_PROCESS_BUGS) <= set(CASES)
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for name in CASES:
        assert f"`{name}`" in readme, f"{name} is missing from tests/bad/README.md"


def test_committed_files_are_what_they_claim() -> None:
    """Guards against an editor "fixing" a case on save."""
    nfd = (HERE / "nfd.yaml").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", nfd) != nfd
    assert "\t" in (HERE / "tab-indent.yaml").read_text(encoding="utf-8")
    assert (HERE / "empty.yaml").read_bytes() == b""
    for path in HERE.glob("*.yaml"):
        assert b"\r" not in path.read_bytes(), f"{path.name}: line endings are generated, not committed"
