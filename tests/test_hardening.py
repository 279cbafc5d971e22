"""Issue 18, points 1, 2 and 7: a stranger's pull request reads nothing outside the repository,
concurrent edits lose nothing, and the exit code of ``cchc lint`` is one CI can trust.

Every case asserts its outcome: the exit code, the message (Vietnamese, no traceback), the bytes
on disk, and — for confinement — that a sentinel file's content appears in no output format.
SECURITY.md names these tests for the promises they hold.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cchc.authoring.edit import ProgressUpdate, UpdateRefused, edit_lock, update_progress
from cchc.base.confine import folder_problem
from cchc.checking.lint import lint_paths, lint_text
from cchc.reading.load import _SYNTAX_MESSAGES, load_file
from conftest import FIXTURES, HEADER, REGISTRY_YAML, ROOT

SENTINEL = "SENTINEL-4f2a9c71"
FORMATS = ("text", "json", "github", "sarif")
FULL = FIXTURES / "valid" / "full.yaml"

posix_links = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                                 reason="symbolic links and POSIX modes are not available here")


def cchc(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120
         ) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "CCHC_FAULT_INJECT")}
    base.update({"NO_COLOR": "1", "CCHC_NO_CACHE": "1", "COLUMNS": "200", "PYTHONPATH": str(ROOT)})
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**base, **(env or {})})


def _no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    assert "Error" not in done.stderr, done.stderr


# --------------------------------------------------------------------------------- 1. confinement

def _checkout(tmp_path: Path) -> tuple[Path, Path]:
    """``tmp_path/repo`` (a git checkout: ``.git/config`` holds the sentinel as the CI token) with a
    real ``plans`` folder, and ``tmp_path/ngoai``: a folder outside it whose plans hold the sentinel."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "config").write_text(f'[http]\n\textraheader = "AUTHORIZATION: basic {SENTINEL}"\n',
                                          encoding="utf-8")
    (repo / "plans").mkdir()
    shutil.copy(FULL, repo / "plans" / "full.yaml")
    outside = tmp_path / "ngoai"
    outside.mkdir()
    # Lines the text format would print: an unknown key, a wrong id (each an error with its line).
    (outside / "bi-mat.yaml").write_text(f"api_token: {SENTINEL}\nid: {SENTINEL}\n", encoding="utf-8")
    (outside / "khac.yml").write_text(HEADER.replace("thu-nghiem", SENTINEL), encoding="utf-8")
    return repo, outside


def _sentinel_nowhere(repo: Path, *args: str) -> list[subprocess.CompletedProcess[str]]:
    runs = []
    for fmt in FORMATS:
        done = cchc("lint", "--format", fmt, *args, cwd=repo)
        _no_traceback(done)
        assert SENTINEL not in done.stdout + done.stderr, (fmt, done.stdout, done.stderr)
        assert "bi-mat" not in done.stdout + done.stderr and "khac.yml" not in done.stdout + done.stderr, fmt
        runs.append(done)
    return runs


@posix_links
def test_a_scanned_folder_that_is_a_link_out_of_the_checkout_is_refused(tmp_path: Path) -> None:
    """The reproducer of issue 18: ``plans`` committed as a link to a folder outside the checkout."""
    repo, outside = _checkout(tmp_path)
    shutil.rmtree(repo / "plans")
    os.symlink(outside, repo / "plans")
    for done in _sentinel_nowhere(repo, "plans"):
        assert done.returncode == 1, done.stderr
    text = cchc("lint", "--format", "text", "plans", cwd=repo)
    assert 'plans:1:1: lỗi [Y003] Không đọc thư mục "plans": thư mục là liên kết tượng trưng.' in text.stdout
    for done in _sentinel_nowhere(repo):  # a bare `cchc lint` finds the same folder
        assert done.returncode == 1


@posix_links
def test_a_link_inside_the_checkout_to_a_folder_is_refused_too(tmp_path: Path) -> None:
    """Decided on the path as given: a linked folder is refused even when it stays inside."""
    repo, _ = _checkout(tmp_path)
    os.symlink("plans", repo / "ke-hoach")
    done = cchc("lint", "--format", "json", "ke-hoach", cwd=repo)
    assert done.returncode == 1 and '"code": "Y003"' in done.stdout and "full.yaml" not in done.stdout


@posix_links
@pytest.mark.parametrize("named", ["duong/plans", "plans/../duong", "plans/sub/.."])
def test_a_folder_reached_through_a_link_is_refused(named: str, tmp_path: Path) -> None:
    """A link on the way (``duong -> ../ngoai``), or ``..`` after one, leaves the repository."""
    repo, outside = _checkout(tmp_path)
    (outside / "plans").mkdir()
    shutil.copy(outside / "bi-mat.yaml", outside / "plans" / "bi-mat.yaml")
    os.symlink(outside, repo / "duong")
    os.symlink(outside / "plans", repo / "plans" / "sub")
    for done in _sentinel_nowhere(repo, named):
        assert done.returncode == 1, (named, done.stdout)
    assert folder_problem(repo / named) is not None


@posix_links
def test_a_link_into_dot_git_is_not_read(tmp_path: Path) -> None:
    repo, _ = _checkout(tmp_path)
    os.symlink("../.git/config", repo / "plans" / "x.yaml")
    runs = _sentinel_nowhere(repo, "plans")
    assert all(done.returncode == 1 for done in runs)
    assert "trỏ vào thư mục .git của kho" in runs[0].stdout
    assert folder_problem(repo / ".git") is not None  # nor is .git itself scanned when named


@posix_links
@pytest.mark.parametrize("setting", ["{outside}", "../ngoai", "plans/../../ngoai", ".git", "lien-ket"])
def test_cchc_toml_plans_are_confined(setting: str, tmp_path: Path) -> None:
    """A ``cchc.toml`` in the pull request must not make a bare ``cchc lint`` read another folder."""
    repo, outside = _checkout(tmp_path)
    os.symlink(outside, repo / "lien-ket")
    (repo / "cchc.toml").write_text(f'plans = "{setting.format(outside=outside)}"\n', encoding="utf-8")
    for done in _sentinel_nowhere(repo):  # a link out of it too (a link inside is refused when scanned)
        assert done.returncode == 2 and "dẫn ra ngoài kho git" in done.stderr, done.stderr


def test_a_folder_inside_the_checkout_is_still_scanned(tmp_path: Path) -> None:
    repo, _ = _checkout(tmp_path)
    (repo / "cchc.toml").write_text('plans = "plans"\n', encoding="utf-8")
    assert folder_problem(repo / "plans") is None
    result = lint_paths([repo / "plans"])
    assert [Path(f.path).name for f in result.files] == ["full.yaml"] and result.errors == 0


@posix_links
def test_a_file_named_on_the_command_line_is_still_read(tmp_path: Path) -> None:
    """The user's choice (README): a named *file* is read wherever it leads; only folders are checked."""
    repo, outside = _checkout(tmp_path)
    os.symlink(outside / "bi-mat.yaml", repo / "plans" / "chon.yaml")
    done = cchc("lint", "--format", "text", "plans/chon.yaml", cwd=repo)
    assert done.returncode == 1 and SENTINEL in done.stdout


# --------------------------------------------------------------------------------- 2. edits

def _plan(folder: Path, tasks: int = 4) -> Path:
    """A plan with ``tasks`` leaf tasks keyed t0, t1, …, beside its registry."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "agencies.yaml").write_text(REGISTRY_YAML, encoding="utf-8")
    body = "appendices:\n  - sections:\n      - number: I\n        title: CẢI CÁCH THỂ CHẾ\n" \
           "        lead: [Sở Tư pháp]\n        tasks:\n"
    for n in range(tasks):
        body += (f'          - id: "{n + 1}"\n            key: t{n}\n            content: Nhiệm vụ {n + 1}\n'
                 "            output: Báo cáo\n            deadline: Quý IV/2021\n")
    path = folder / "ke-hoach.yaml"
    path.write_text(HEADER + body, encoding="utf-8")
    assert lint_paths([path]).errors == 0
    return path


def _progress(path: Path) -> list[tuple[str, str, str | None]]:
    plan_tasks = load_file(path).data["appendices"][0]["sections"][0]["tasks"]
    return [(t["key"], e["status"], e.get("note")) for t in plan_tasks for e in t.get("progress", [])]


def _done(path: Path, key: str, **env: str) -> subprocess.CompletedProcess[str]:
    return cchc("done", str(path), key, "--date", "2021-06-01", "--as-of", "2021-07-01", cwd=path.parent,
                env=env)


def _start_done(path: Path, key: str, **env: str) -> subprocess.Popen[str]:
    base = {k: v for k, v in os.environ.items() if k != "CCHC_FAULT_INJECT"}
    base.update({"NO_COLOR": "1", "PYTHONPATH": str(ROOT), **env})
    return subprocess.Popen([sys.executable, "-m", "cchc", "done", str(path), key, "--date", "2021-06-01",
                             "--as-of", "2021-07-01"], cwd=path.parent, env=base, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.skipif(sys.platform == "win32", reason="the race test uses POSIX process start-up times")
def test_twenty_concurrent_pairs_of_done_lose_nothing(tmp_path: Path) -> None:
    """20 pairs of ``cchc done`` (separate processes, started together) on one file: every entry
    that reported success is in the file, and a refusal changed nothing and said why."""
    path = _plan(tmp_path / "plans", tasks=40)
    succeeded: list[str] = []
    for pair in range(20):
        keys = (f"t{2 * pair}", f"t{2 * pair + 1}")
        procs = [_start_done(path, key) for key in keys]
        for key, proc in zip(keys, procs, strict=True):
            out, err = proc.communicate(timeout=120)
            assert "Traceback" not in err, err
            if proc.returncode == 0:
                succeeded.append(key)
            else:
                assert proc.returncode == 1 and "đang được một lệnh cchc khác cập nhật" in err, err
    recorded = [key for key, status, _ in _progress(path)]
    assert sorted(recorded) == sorted(succeeded)
    assert len(succeeded) >= 38  # the lock waits: refusals are for a writer stuck past the timeout only
    assert load_file(path).ok and not list(path.parent.glob(".*.cchc-*"))  # no lock or temporary file left


def _wait_for_lock(path: Path, proc: subprocess.Popen[str]) -> None:
    lock = path.parent / f".{path.name}.cchc-lock"
    deadline = time.monotonic() + 60
    while not lock.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the first writer never took the lock"
        time.sleep(0.02)


@pytest.mark.skipif(sys.platform == "win32", reason="uses the POSIX lock file")
def test_a_slow_fsync_makes_the_second_writer_wait_and_both_entries_land(tmp_path: Path) -> None:
    """Deterministic: writer A holds the lock through a 2-second fsync (fault hook); B starts then,
    waits, reads what A wrote, and appends. Before the lock, B's entry replaced A's."""
    path = _plan(tmp_path / "plans")
    first = _start_done(path, "t0", CCHC_FAULT_INJECT="slow-fsync:2")
    _wait_for_lock(path, first)
    second = _done(path, "t1", CCHC_LOCK_TIMEOUT="60")
    _, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert [key for key, _, _ in _progress(path)] == ["t0", "t1"]


@pytest.mark.skipif(sys.platform == "win32", reason="uses the POSIX lock file")
def test_a_writer_that_cannot_get_the_lock_in_time_is_refused(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plans")
    first = _start_done(path, "t0", CCHC_FAULT_INJECT="slow-fsync:3")
    _wait_for_lock(path, first)
    second = _done(path, "t1", CCHC_LOCK_TIMEOUT="0.3")
    assert second.returncode == 1
    assert "đang được một lệnh cchc khác cập nhật (đã chờ 0.3 giây)" in second.stderr
    assert "Tệp không bị thay đổi" in second.stderr
    _, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert [key for key, _, _ in _progress(path)] == ["t0"]


def test_the_lock_is_released_and_removed_after_a_refusal(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plans")
    before = path.read_bytes()
    with pytest.raises(UpdateRefused):
        update_progress(path, ProgressUpdate("t9", "done", None), today=None)
    with edit_lock(path, timeout=0):  # free again at once
        pass
    assert path.read_bytes() == before and sorted(p.name for p in path.parent.iterdir()) == [
        "agencies.yaml", "ke-hoach.yaml"]


@posix_links
def test_a_symlinked_plan_has_its_target_written(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    real = _plan(repo / "that")
    (repo / "plans").mkdir()
    shutil.copy(repo / "that" / "agencies.yaml", repo / "plans" / "agencies.yaml")
    link = repo / "plans" / "ke-hoach.yaml"
    os.symlink("../that/ke-hoach.yaml", link)
    done = _done(link, "t0")
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == "../that/ke-hoach.yaml"
    assert _progress(real) == [("t0", "done", None)]
    assert not list((repo / "plans").glob(".*")) and not list((repo / "that").glob(".*"))


@posix_links
def test_a_symlinked_plan_leading_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    real = _plan(tmp_path / "ngoai")
    before = real.read_bytes()
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "plans").mkdir()
    link = repo / "plans" / "ke-hoach.yaml"
    os.symlink(real, link)
    done = _done(link, "t0")
    assert done.returncode == 1 and "ngoài kho git" in done.stderr and "Tệp không bị thay đổi" in done.stderr
    assert real.read_bytes() == before and link.is_symlink()


@pytest.mark.skipif(not hasattr(os, "link") or sys.platform == "win32", reason="no hard links here")
def test_a_hard_linked_plan_is_refused_and_both_names_keep_their_bytes(tmp_path: Path) -> None:
    path = _plan(tmp_path / "plans")
    other = tmp_path / "plans" / "ban-sao.yaml"
    os.link(path, other)
    before = path.read_bytes()
    done = _done(path, "t0")
    assert done.returncode == 1 and "liên kết cứng" in done.stderr, done.stderr
    assert path.read_bytes() == before == other.read_bytes() and os.stat(path).st_nlink == 2


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX mode bits")
def test_a_read_only_plan_is_refused_even_for_root(tmp_path: Path) -> None:
    """0444: the mode bits decide (root may write anyway, and a rename needs no write permission
    on the file for anyone): exit 1, a Vietnamese message, the bytes and the mode unchanged."""
    path = _plan(tmp_path / "plans")
    path.chmod(0o444)
    before = path.read_bytes()
    done = _done(path, "t0")
    assert done.returncode == 1 and "chỉ cho đọc (quyền 444)" in done.stderr, done.stderr
    assert path.read_bytes() == before and stat.S_IMODE(path.stat().st_mode) == 0o444
    path.chmod(0o644)
    assert _done(path, "t0").returncode == 0 and stat.S_IMODE(path.stat().st_mode) == 0o644


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    fifo = tmp_path / "plans" / "ke-hoach.yaml"
    os.mkfifo(fifo)
    for args in (["done", str(fifo), "t0"], ["update", str(fifo), "t0", "--status", "doing", "--dry-run"]):
        done = cchc(*args, cwd=tmp_path, timeout=30)  # a hang fails with TimeoutExpired
        _no_traceback(done)
        assert done.returncode == 1 and "đường ống (FIFO)" in done.stderr, done.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@posix_links
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_link_to_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    """Outside any repository (so the device check, not confinement, refuses): no MemoryError."""
    (tmp_path / "plans").mkdir()
    link = tmp_path / "plans" / "ke-hoach.yaml"
    os.symlink("/dev/zero", link)
    done = cchc("done", str(link), "t0", cwd=tmp_path, timeout=30)
    _no_traceback(done)
    assert done.returncode == 1 and "là thiết bị, không phải tệp thường" in done.stderr, done.stderr


@pytest.mark.parametrize("note", ["null", "true", "false", "~", "1.5", "- a", "#", "yes", "2021-06-01", ""])
def test_any_text_is_accepted_as_a_note_and_reads_back_as_that_text(note: str, tmp_path: Path) -> None:
    path = _plan(tmp_path / "plans")
    done = cchc("update", str(path), "t0", "--status", "doing", "--date", "2021-06-01", "--as-of", "2021-07-01",
                "--note", note, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _progress(path) == [("t0", "doing", note or None)]


# --------------------------------------------------------------------------------- 7. exit codes

def test_a_killed_worker_is_exit_2_with_a_vietnamese_message(tmp_path: Path) -> None:
    """A worker SIGKILLed (as for memory; test hook): exit 2, not 1; no traceback; every file is
    still in the output (checked again in the main process)."""
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(FIXTURES / "valid" / "agencies.yaml", folder)
    text = FULL.read_text(encoding="utf-8")
    for n in range(20):
        (folder / f"kh-{n}.yaml").write_text(re.sub(r"(?m)^id: .*$", f"id: kh-{n}", text, count=1), encoding="utf-8")
    killed = cchc("lint", "--format", "json", "--jobs", "2", "plans", cwd=tmp_path,
                  env={"CCHC_FAULT_INJECT": "worker-kill"})
    _no_traceback(killed)
    assert killed.returncode == 2
    assert "tiến trình kiểm tra con bị dừng đột ngột" in killed.stderr
    assert '"files": 21' in killed.stdout
    clean = cchc("lint", "--format", "json", "--jobs", "2", "plans", cwd=tmp_path)
    assert clean.returncode == 0 and clean.stdout == killed.stdout


def _libyaml_problems() -> list[str]:
    """Every problem text compiled into the libyaml that PyYAML uses (bundled in its extension, or
    the system library it links)."""
    import ctypes.util

    import yaml._yaml

    data = Path(yaml._yaml.__file__).read_bytes()
    if b"cannot start any token" not in data:
        name = ctypes.util.find_library("yaml")
        candidates = [Path(p) / (name or "") for p in ("/usr/lib", "/usr/lib/x86_64-linux-gnu", "/usr/local/lib")]
        found = [p for p in candidates if name and p.is_file()]
        if not found:
            pytest.skip("libyaml's shared library was not found to read its messages")
        data = found[0].read_bytes()
    texts = re.findall(rb"\x00((?:found|did not find|could not find|mapping|block sequence|control|"
                       rb"exceeded)[ -~]{4,120})\x00", data)
    return sorted({t.decode() for t in texts if b"_" not in t and b"&&" not in t})  # not C names or asserts


# Texts libyaml raises only on byte input cchc never gives it (cchc decodes first and passes text:
# UTF-8/UTF-16 reader errors), or for a state a text cannot reach (every parse starts a stream).
_NOT_FROM_TEXT = ("UTF-8", "UTF-16", "did not find expected <stream-start>")


def test_every_libyaml_problem_text_has_a_vietnamese_message() -> None:
    """The catalogue covers libyaml itself, not only what a fuzz run happened to meet."""
    problems = _libyaml_problems()
    assert "found character that cannot start any token" in problems and len(problems) > 30
    needles = [needle for needle, _, _ in _SYNTAX_MESSAGES]
    untranslated = [p for p in problems if not any(n in p for n in needles)
                    and not any(marker in p for marker in _NOT_FROM_TEXT)]
    assert untranslated == []


def _corpus() -> list[Path]:
    return sorted((ROOT / "tests" / "bad").glob("*.yaml")) + sorted((ROOT / "tests" / "fixtures").rglob("*.yaml"))


def test_no_message_of_the_bad_corpus_and_fuzz_reproducers_falls_back_to_english() -> None:
    """Run every file of ``tests/bad/`` and the fuzz reproducers through the loader: no message is
    the untranslated fallback "Lỗi cú pháp YAML (<English>)"."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_fuzz import SYNTAX_MESSAGES

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in _corpus()]
    texts += [param.values[0] for param in SYNTAX_MESSAGES]
    fallback = re.compile(r"Lỗi cú pháp YAML \(")
    for text in texts:
        for diagnostic in lint_text(text).diagnostics:
            assert not fallback.match(diagnostic.message), diagnostic.message


@pytest.mark.parametrize("text", [
    'content: "Rà soát\n---\nvăn bản"\n', "%CCHC 1\n---\na: 1\n", "%TAG ! tag:a,2000:\n%TAG ! tag:b,2000:\n---\na: 1\n",
    "%TAG x tag:a,2000:\n---\na: 1\n", "%TAG !a!tag:x\n---\na: 1\n", 'content: "\\uD800"\n', "%YAML 1\n---\na: 1\n",
    "%YAML 1.11111111111\n---\na: 1\n", "content: !<%zz> x\n", "content: !<%FF> x\n",
], ids=["document-marker", "unknown-directive", "duplicate-tag", "tag-handle", "tag-whitespace", "unicode-escape",
        "version-digit", "version-long", "uri-escape", "uri-octet"])
def test_libyaml_texts_no_corpus_had_reached_are_translated(text: str) -> None:
    (diagnostic,) = [d for d in lint_text(text).diagnostics if d.code == "Y001"]
    assert "Lỗi cú pháp YAML (" not in diagnostic.message and re.search("[à-ỹđ]", diagnostic.message)


@posix_links
def test_site_never_writes_through_a_linked_folder_inside_the_output(tmp_path: Path) -> None:
    outside = tmp_path / "ngoai"
    outside.mkdir()
    site = tmp_path / "site"
    site.mkdir()
    os.symlink(outside, site / "assets")
    done = cchc("site", str(FULL), "-o", "site", "--as-of", "2021-07-01", cwd=tmp_path)
    _no_traceback(done)
    assert done.returncode == 2 and "là liên kết tượng trưng" in done.stderr, done.stderr
    assert list(outside.iterdir()) == [] and sorted(p.name for p in site.iterdir()) == ["assets"]
    os.unlink(site / "assets")
    (outside / "giu-nguyen.html").write_text("cũ", encoding="utf-8")
    os.symlink(outside / "giu-nguyen.html", site / "index.html")  # a linked file is replaced, not followed
    done = cchc("site", str(FULL), "-o", "site", "--as-of", "2021-07-01", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (outside / "giu-nguyen.html").read_text(encoding="utf-8") == "cũ"
    assert not (site / "index.html").is_symlink() and sorted(p.name for p in outside.iterdir()) == ["giu-nguyen.html"]


@posix_links
def test_cchc_toml_plans_naming_a_link_inside_the_checkout_is_refused_when_scanned(tmp_path: Path) -> None:
    repo, _ = _checkout(tmp_path)
    os.symlink("plans", repo / "ke-hoach")
    (repo / "cchc.toml").write_text('plans = "ke-hoach"\n', encoding="utf-8")
    done = cchc("lint", "--format", "json", cwd=repo)
    assert done.returncode == 1 and '"code": "Y003"' in done.stdout and "full.yaml" not in done.stdout


def _cannot_read_preexec() -> object:
    """A preexec_fn that makes file permissions apply to the child even under root (drops
    CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its bounding set), or None when not root."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    import ctypes

    def drop() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):
            if libc.prctl(24, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return drop


@pytest.mark.skipif(sys.platform == "win32", reason="chmod 000 does not make a file unreadable on Windows")
def test_an_unreadable_file_named_to_other_commands_is_skipped_or_refused_in_vietnamese(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(FULL, folder)
    shutil.copy(FIXTURES / "valid" / "agencies.yaml", folder)
    locked = folder / "khoa.yaml"
    shutil.copy(FULL, locked)
    locked.chmod(0)
    preexec = _cannot_read_preexec()
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT), "CCHC_NO_CACHE": "1"}
    probe = subprocess.run([sys.executable, "-c", "open('plans/khoa.yaml', 'rb')"], cwd=tmp_path,
                           preexec_fn=preexec, capture_output=True)  # type: ignore[arg-type]
    if probe.returncode == 0:
        pytest.skip("this user can read a chmod 000 file (root without a way to drop its capabilities)")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=tmp_path, env=env, text=True,
                              capture_output=True, timeout=120, preexec_fn=preexec)  # type: ignore[arg-type]

    status = run("status", "plans/full.yaml", "plans/khoa.yaml", "--as-of", "2021-07-01", "--format", "json")
    assert status.returncode == 0 and "bỏ qua plans/khoa.yaml" in status.stderr, status.stderr
    render = run("render", "plans/full.yaml", "--template", "plans/khoa.yaml", "-f", "md")
    assert render.returncode == 2 and "không có quyền đọc" in render.stderr and "readable" not in render.stderr
