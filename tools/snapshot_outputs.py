"""Every output kind of cchc, captured into one folder, for a byte comparison before and after a
refactor (issue 19: "every output byte-identical").

    git worktree add /tmp/before <rev>
    python3 tools/snapshot_outputs.py /tmp/before /tmp/snap-before
    python3 tools/snapshot_outputs.py . /tmp/snap-after
    diff -r /tmp/snap-before /tmp/snap-after

It runs `python -m cchc` from TREE (PYTHONPATH) on copies of the bundled plans and the test fixtures
`province` and `progress` (about 260 runs, two minutes): lint in every format (no cache, filling the
cache, warm), status in every format with filters, -o, -j 2 and --lang en, agencies, targets,
calendar, rules, trace, render and report (md, html), site, deadline and diff (on a two-commit git
history). Each run's stdout, stderr and exit code go to one file; files a run writes are copied.
Binary documents (docx, xlsx, pdf) are not compared here: their content is tested through
python-docx and openpyxl in the test suite.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

AS_OF = ("--as-of", "2021-07-01")


class Snapshot:
    def __init__(self, tree: Path, out: Path) -> None:
        self.out, self.work, self.runs = out, out / "_work", 0
        self.env = dict(os.environ, PYTHONPATH=str(tree), COLUMNS="80", CCHC_CACHE_DIR=str(out / "_cache"),
                        XDG_CACHE_HOME=str(out / "_xdg"))
        self.env.pop("GITHUB_ACTIONS", None)

    def run(self, name: str, *args: str, cwd: Path | None = None, files: tuple[str, ...] = ()) -> None:
        cwd = cwd or self.work
        self.runs += 1
        done = subprocess.run([sys.executable, "-m", "cchc", *args], cwd=cwd, env=self.env, capture_output=True)
        (self.out / f"{name}.out").write_bytes(done.stdout + b"\n--stderr--\n" + done.stderr
                                               + f"\n--rc {done.returncode}\n".encode())
        for written in files:
            if (cwd / written).is_file():
                shutil.copy(cwd / written, self.out / f"{name}.{Path(written).name}")


def snapshot(tree: Path, out: Path) -> int:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    snap = Snapshot(tree, out)
    work, run = snap.work, snap.run
    shutil.copytree(tree / "plans", work / "plans")
    for fixture in ("province", "progress"):
        shutil.copytree(tree / "tests" / "fixtures" / fixture, work / fixture)
    for target in ("plans", "province", "progress"):
        for fmt in ("text", "json", "github", "sarif"):
            run(f"lint-{target}-{fmt}--no-cache", "lint", "--format", fmt, "--no-cache", target)
            run(f"lint-{target}-{fmt}-fill", "lint", "--format", fmt, target)
            run(f"lint-{target}-{fmt}-warm", "lint", "--format", fmt, target)
        run(f"lint-{target}-en", "--lang", "en", "lint", target)
        for fmt in ("table", "json", "csv", "markdown"):
            for extra in ([], ["--state", "overdue"], ["--agency", "Sở Nội vụ"], ["--rollup"], ["--no-cache"],
                          ["-j", "2", "--no-cache"]):
                tag = "_".join(e.strip("-").replace(" ", "") for e in extra) or "plain"
                run(f"status-{target}-{fmt}-{tag}", "status", *AS_OF, "--format", fmt, *extra, target)
                written = f"st-{fmt}-{tag}.out"
                run(f"status-{target}-{fmt}-{tag}-o", "status", *AS_OF, "--format", fmt, *extra, target,
                    "-o", written, files=(written,))
        for fmt in ("table", "json", "csv", "markdown"):
            run(f"agencies-{target}-{fmt}", "agencies", "--as-of", "2021-12-31", "--format", fmt, target)
            run(f"targets-{target}-{fmt}", "targets", "--as-of", "2021-12-31", "--format", fmt, target)
        run(f"calendar-{target}", "calendar", *AS_OF, target)
        run(f"status-{target}-en", "--lang", "en", "status", *AS_OF, target)
    run("rules", "rules")
    run("rules-en", "--lang", "en", "rules")
    run("areas", "areas")
    for fmt in ("table", "json", "csv", "markdown"):
        run(f"trace-{fmt}", "trace", "tinh-kh-2021", "--as-of", "2021-12-31", "--format", fmt, "province")
    plans = sorted(p.relative_to(work) for p in work.rglob("*.yaml")
                   if "agencies" not in p.name and "reports" not in p.parts)
    for i, plan in enumerate(plans):
        for fmt in ("md", "html"):
            run(f"render-{i}-{fmt}", "render", str(plan), "--format", fmt)
        run(f"report-{i}-md", "report", str(plan), "--period", "2021-H1", *AS_OF)
        run(f"report-{i}-html", "report", str(plan), "--period", "2021", "--as-of", "2021-12-31", "--format", "html")
    run("site", "site", *AS_OF, "-o", "sitedir", "plans")
    for page in sorted((work / "sitedir").rglob("*")):
        if page.is_file():
            shutil.copy(page, out / f"site.{page.relative_to(work / 'sitedir').as_posix().replace('/', '_')}")
    run("deadline", "deadline", "Quý II/2021 và hằng năm")
    _diff_runs(snap)
    shutil.rmtree(work)
    shutil.rmtree(out / "_cache", ignore_errors=True)
    shutil.rmtree(out / "_xdg", ignore_errors=True)
    return snap.runs


def _diff_runs(snap: Snapshot) -> None:
    """cchc diff on a two-commit history: one deadline changed."""
    repo = snap.work / "g"
    shutil.copytree(snap.work / "progress", repo / "plans")
    env = dict(snap.env, GIT_AUTHOR_DATE="2021-01-01T00:00:00", GIT_COMMITTER_DATE="2021-01-01T00:00:00",
               GIT_AUTHOR_NAME="a", GIT_AUTHOR_EMAIL="a@b", GIT_COMMITTER_NAME="a", GIT_COMMITTER_EMAIL="a@b")
    subprocess.run("git init -q && git add -A && git commit -qm a", shell=True, cwd=repo, env=env, check=True)
    plan = next(p for p in sorted(repo.rglob("*.yaml")) if p.name != "agencies.yaml")
    text = plan.read_text(encoding="utf-8")
    plan.write_text(re.sub(r"(deadline: ).*", r"\1Quý IV/2021", text, count=1), encoding="utf-8")
    subprocess.run("git commit -qam b", shell=True, cwd=repo, env=env, check=True)
    for fmt in ("text", "markdown", "json"):
        snap.run(f"diff-{fmt}", "diff", "HEAD~1", "HEAD", "--format", fmt, "--repo", str(repo))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 tools/snapshot_outputs.py TREE OUTDIR")
    print(snapshot(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()), "runs")
