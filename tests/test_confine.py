"""cchc does not follow a path it found itself out of the repository (cchc.base.confine).

A pull request can add ``plans/x.yaml`` as a symbolic link to any file of the CI machine, or a
registry line ``extends: /proc/self/environ``. Linting it must not print that file's lines or
values: the link is reported (Y003 at 1:1, or R002/A002 for registries) and every other file is
still checked. A path the user names on the command line is still read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.base.confine import escapes, repository_root, scan_limit
from cchc.checking.lint import lint_paths
from conftest import FIXTURES

SECRET = "KHÓA-BÍ-MẬT-7f3a"
PROVINCE = FIXTURES / "province"

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                                reason="symbolic links are not available here")


def _secret_plan() -> str:
    """A plan with errors on lines that hold the secret: the text format would print them."""
    text = (PROVINCE / "huyen-c.yaml").read_text(encoding="utf-8")
    return text.replace("output: Kế hoạch", f"ouput: {SECRET}").replace("id: huyen-c-kh-2021", f"id: {SECRET}")


def _repository(tmp_path: Path, git: bool = True) -> tuple[Path, Path]:
    """``tmp_path/repo/plans`` (a copy of the province fixtures) and a secret file outside the repo."""
    if repository_root(tmp_path) is not None:
        pytest.skip("the temporary folder is inside a git repository: nothing in it is outside")
    repo = tmp_path / "repo"
    shutil.copytree(PROVINCE, repo / "plans")
    if git:
        (repo / ".git").mkdir()  # what repository_root looks for; no git needed
    secret = tmp_path / "ngoai" / "bi-mat.yaml"
    secret.parent.mkdir()
    secret.write_text(_secret_plan(), encoding="utf-8")
    return repo, secret


def cchc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, env={**env, "NO_COLOR": "1", "CCHC_NO_CACHE": "1", "COLUMNS": "200"})


def _one_gib() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_limits(tmp_path: Path) -> None:
    repo, secret = _repository(tmp_path)
    assert repository_root(repo / "plans") == repo.resolve() == scan_limit(repo / "plans")
    assert repository_root(tmp_path) is None and scan_limit(tmp_path / "ngoai") == secret.parent.resolve()
    (repo / "plans" / "ra-ngoai.yaml").symlink_to(secret)
    (repo / "plans" / "trong-kho.yaml").symlink_to(repo / "plans" / "huyen-a.yaml")
    assert escapes(repo / "plans" / "ra-ngoai.yaml", repo)
    assert not escapes(repo / "plans" / "trong-kho.yaml", repo)
    assert not escapes(repo / "plans" / "ra-ngoai.yaml", None)
    (repo / "plans" / "vong.yaml").symlink_to("vong.yaml")  # a loop: reported as unreadable instead
    assert not escapes(repo / "plans" / "vong.yaml", repo)


@pytest.mark.parametrize("git", [True, False], ids=["git-repository", "plain-folder"])
@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_lint_does_not_follow_a_link_out_of_the_repository(git: bool, fmt: str, tmp_path: Path) -> None:
    repo, secret = _repository(tmp_path, git)
    (repo / "plans" / "ra-ngoai.yaml").symlink_to(os.path.relpath(secret, repo / "plans"))
    done = cchc("lint", "--format", fmt, "plans", cwd=repo)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert SECRET not in done.stdout + done.stderr
    assert "plans/ra-ngoai.yaml" in done.stdout
    assert ("ngoài kho git" if git else "ngoài thư mục đang kiểm tra") in done.stdout
    if fmt == "json":
        import json

        diagnostics = json.loads(done.stdout)["diagnostics"]
        linked = [(d["line"], d["column"], d["code"]) for d in diagnostics if d["path"] == "plans/ra-ngoai.yaml"]
        assert linked == [(1, 1, "Y003")]
        assert {d["path"] for d in diagnostics} == {"plans/ra-ngoai.yaml"}  # the fixtures are clean
        assert json.loads(done.stdout)["summary"]["files"] == 6


def test_a_link_inside_the_repository_is_read(tmp_path: Path) -> None:
    repo, _ = _repository(tmp_path)
    shared = repo / "chung" / "huyen-d.yaml"
    shared.parent.mkdir()
    shared.write_text((PROVINCE / "huyen-a.yaml").read_text(encoding="utf-8").replace("huyen-a-kh-2021", "huyen-d"),
                      encoding="utf-8")
    (repo / "plans" / "huyen-d.yaml").symlink_to(Path("..") / "chung" / "huyen-d.yaml")
    result = lint_paths([repo / "plans"])
    (linked,) = [f for f in result.files if f.path.endswith("plans/huyen-d.yaml")]
    assert linked.plan is not None and linked.plan.id == "huyen-d"
    assert "Y003" not in {d.code for d in linked.diagnostics}


def test_a_file_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    repo, secret = _repository(tmp_path)
    (repo / "plans" / "ra-ngoai.yaml").symlink_to(secret)
    done = cchc("lint", "--format", "text", "plans/ra-ngoai.yaml", cwd=repo)
    assert done.returncode == 1 and "S001" in done.stdout  # the user chose this file


def test_read_commands_skip_the_link(tmp_path: Path) -> None:
    """status, agencies, targets and report would show a valid plan's id and tasks: a linked one is skipped."""
    repo, secret = _repository(tmp_path)
    valid = (PROVINCE / "huyen-c.yaml").read_text(encoding="utf-8")
    secret.write_text(valid.replace("id: huyen-c-kh-2021", "id: bi-mat-kh-2021").replace(
        "Ban hành kế hoạch cải cách", f"{SECRET} kế hoạch cải cách"), encoding="utf-8")
    (repo / "plans" / "ra-ngoai.yaml").symlink_to(secret)
    for command in (["status", "--as-of", "2021-07-01"], ["agencies", "--as-of", "2021-07-01"],
                    ["targets", "--as-of", "2021-07-01"], ["report", "--as-of", "2021-07-01"]):
        done = cchc(*command, "plans", cwd=repo)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (command, done.stderr)
        assert SECRET not in done.stdout + done.stderr and "bi-mat-kh-2021" not in done.stdout
        assert "bỏ qua plans/ra-ngoai.yaml" in done.stderr


def test_registry_link_out_of_the_repository_is_not_read(tmp_path: Path) -> None:
    repo, _ = _repository(tmp_path)
    outside = tmp_path / "ngoai" / "agencies.yaml"
    outside.write_text((PROVINCE / "agencies.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (repo / "plans" / "agencies.yaml").unlink()
    (repo / "plans" / "agencies.yaml").symlink_to(outside)
    result = lint_paths([repo / "plans"])
    by_file = {f.path.rsplit("/", 1)[-1]: [d.code for d in f.diagnostics] for f in result.files}
    assert by_file["agencies.yaml"] == ["Y003"]
    assert all(f.registry is None for f in result.files if f.plan is not None)
    assert {code for name, codes in by_file.items() if name != "agencies.yaml" for code in codes} == {"A002"}


@pytest.mark.parametrize("target", ["../../ngoai/agencies.yaml", "/dev/zero", "/proc/self/environ"])
def test_registry_extends_out_of_the_repository_is_not_read(target: str, tmp_path: Path) -> None:
    """``extends`` is a path written in a file of the pull request: it must stay in the repository.
    (``/dev/zero`` used to be read without end when computing the cache key.)"""
    repo, _ = _repository(tmp_path)
    (tmp_path / "ngoai" / "agencies.yaml").write_text(f"version: 1\njurisdiction: {SECRET}\nagencies: []\n",
                                                      encoding="utf-8")
    registry = repo / "plans" / "agencies.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("version: 1\n", f"version: 1\nextends: {target}\n", 1),
                        encoding="utf-8")
    env_cache = tmp_path / "cache"
    done = subprocess.run([sys.executable, "-m", "cchc", "lint", "--format", "json", "plans"], cwd=repo,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "CCHC_CACHE_DIR": str(env_cache)},  # the cache reads registries too
                          preexec_fn=_one_gib)  # a regression must not eat the machine's memory
    assert done.returncode == 1 and "Traceback" not in done.stderr and SECRET not in done.stdout
    assert '"R002"' in done.stdout and "ngoài kho git" in done.stdout


def test_parent_plan_lookup_skips_links_out_of_the_repository_and_fifos(tmp_path: Path) -> None:
    """Resolving ``implements`` searches the plans folder by id: it opens regular files in the
    repository only (a FIFO there used to block the run forever)."""
    repo, secret = _repository(tmp_path)
    plans = repo / "plans"
    (plans / "tinh-kh-2021.yaml").rename(tmp_path / "ngoai" / "tinh-kh-2021.yaml")
    (plans / "cap-tren.yaml").symlink_to(tmp_path / "ngoai" / "tinh-kh-2021.yaml")
    if hasattr(os, "mkfifo"):
        os.mkfifo(plans / "ong.yaml")
    done = cchc("lint", "--format", "json", "plans/huyen-c.yaml", cwd=repo)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert '"I001"' in done.stdout  # the parent plan is not found: the link is not followed


def test_diff_does_not_follow_a_committed_link_out_of_the_repository(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo, secret = _repository(tmp_path, git=False)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, timeout=60,
                       env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                            "GIT_COMMITTER_EMAIL": "t@t"})

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "một")
    (repo / "plans" / "ra-ngoai.yaml").symlink_to(secret)
    git("add", "-A")
    done = cchc("diff", "HEAD", "--format", "json", cwd=repo)
    assert "Traceback" not in done.stderr and SECRET not in done.stdout + done.stderr
    assert "ngoài kho git" in done.stdout + done.stderr
