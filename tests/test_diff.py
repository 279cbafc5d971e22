"""cchc diff: a fixture git history (three commits) compared in the domain's words.

Commit 1 holds tests/fixtures/valid/full.yaml and its registry under plans/. Commit 2 moves a
deadline, changes a lead, adds and removes a task, logs progress, edits a target and records a
result. Commit 3 renames the file and edits one task's content (the same plan, matched by id).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cchc.authoring.diff import (
    KINDS,
    Change,
    DiffProblem,
    DiffReport,
    compare_plans,
    semantic_diff,
    shift_text,
    shorten,
    write_diff,
)
from cchc.checking.schema import validate
from cchc.reading.load import load_text
from cchc.reading.model import Plan, build_plan

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Commit 2: (old text, new text) replacements in full.yaml.
EDITS = (
    # Appendix I.1: Quý I/2021 → Quý III/2021, lead SNV → SNV; Sở Tư pháp.
    ("            deadline: Quý I/2021\n            lead: [SNV]\n",
     "            deadline: Quý III/2021\n            lead: [SNV, Sở Tư pháp]\n"),
    # Appendix I.2 (with its two sub-tasks) is removed; I.3 is added.
    ("""          - id: "2"
            content: Công tác tuyên truyền cải cách hành chính.
            lead: [Sở Thông tin và Truyền thông]
            subtasks:
              - id: a)
                content: Tuyên truyền trên báo, đài.
                output: Chuyên mục
                deadline: Nhiệm vụ thường xuyên
              - id: b)
                content: Tổ chức hội thi.
                output: Kế hoạch hội thi
                deadline: Quý III/2021
                due: 2021-09-15
                support: [sở nội vụ]
""",
     """          - id: "3"
            content: Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh.
            output: Báo cáo kết quả khảo sát
            deadline: Quý IV/2021
            lead: [Sở Nội vụ]
"""),
    # Body task 1.1 gets a progress entry.
    ("            deadline: Nhiệm vụ thường xuyên\nclosing:",
     "            deadline: Nhiệm vụ thường xuyên\n            progress:\n"
     "              - date: 2021-06-30\n                status: done\n"
     "                evidence: Báo cáo số 10/BC-STP ngày 30/6/2021\nclosing:"),
    # Target 1-1: new text and a recorded result.
    ("            text: 98% hồ sơ được giải quyết đúng hạn.\n",
     "            text: 99% hồ sơ được giải quyết đúng hạn.\n"
     "            results:\n              - {date: 2021-12-31, value: 97.5, unit: \"%\", source: Báo cáo năm 2021}\n"),
)


def git(repo: Path, *args: str) -> str:
    out = subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t",
                          "-c", "commit.gpgsign=false", *args],
                         capture_output=True, text=True, check=True)
    return out.stdout


def commit(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    repo = tmp_path_factory.mktemp("plans-repo")
    git(repo, "init", "-q")
    plans = repo / "plans"
    plans.mkdir()
    shutil.copy(FIXTURES / "valid" / "full.yaml", plans / "full.yaml")
    shutil.copy(FIXTURES / "valid" / "agencies.yaml", plans / "agencies.yaml")
    (repo / "README.md").write_text("kho kế hoạch\n", encoding="utf-8")
    shas = [commit(repo, "kế hoạch ban đầu")]
    for old, new in EDITS:
        edit(plans / "full.yaml", old, new)
    shas.append(commit(repo, "điều chỉnh kế hoạch"))
    (plans / "2021").mkdir()
    git(repo, "mv", "plans/full.yaml", "plans/2021/ke-hoach-cchc.yaml")
    edit(plans / "2021" / "ke-hoach-cchc.yaml", "Rà soát văn bản quy phạm pháp luật.",
         "Rà soát, hệ thống hóa văn bản quy phạm pháp luật.")
    shas.append(commit(repo, "đổi tên tệp"))
    return repo, shas


def kinds(report: DiffReport) -> list[str]:
    return [c.kind for c in report.changes]


def only(report: DiffReport, kind: str) -> Change:
    found = [c for c in report.changes if c.kind == kind]
    assert len(found) == 1, (kind, found)
    return found[0]


# --------------------------------------------------------------------------- each kind of change

def test_second_commit_reports_each_kind(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    report = semantic_diff(repo, shas[0], shas[1])
    assert sorted(kinds(report)) == sorted(["target_changed", "result_added", "status_added",
                                            "deadline_moved", "lead_changed", "task_added",
                                            "task_removed"])
    assert {c.plan for c in report.changes} == {"day-du-2021"}
    assert {c.file for c in report.changes} == {"plans/full.yaml"}
    assert report.warnings == ()


def test_deadline_moved_with_due_dates_and_distance(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    change = only(semantic_diff(repo, shas[0], shas[1]), "deadline_moved")
    assert change.task == "I.1"
    assert change.message == ("Nhiệm vụ I.1: thời hạn Quý I/2021 → Quý III/2021: lùi 6 tháng "
                              "(hạn 31/03/2021 → 30/09/2021)")
    assert change.before == {"text": "Quý I/2021", "due": "2021-03-31"}
    assert change.after == {"text": "Quý III/2021", "due": "2021-09-30"}


def test_lead_changed(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    change = only(semantic_diff(repo, shas[0], shas[1]), "lead_changed")
    assert change.message == "Nhiệm vụ I.1: chủ trì SNV → SNV; Sở Tư pháp"
    assert (change.before, change.after) == (["SNV"], ["SNV", "Sở Tư pháp"])


def test_task_added_and_removed(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    report = semantic_diff(repo, shas[0], shas[1])
    added = only(report, "task_added")
    assert added.task == "I.3"
    assert added.message.startswith("Thêm nhiệm vụ I.3: Khảo sát mức độ hài lòng của người dân")
    assert "…" in added.message  # content shortened to about 80 characters
    assert added.message.endswith("(chủ trì Sở Nội vụ; hạn Quý IV/2021)")
    removed = only(report, "task_removed")  # its two sub-tasks are not listed separately
    assert removed.message == "Bỏ nhiệm vụ I.2: Công tác tuyên truyền cải cách hành chính."
    assert (removed.task, removed.after) == ("I.2", None)


def test_status_added(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    change = only(semantic_diff(repo, shas[0], shas[1]), "status_added")
    assert change.task == "1.1"
    assert change.message == ("Nhiệm vụ 1.1: ghi nhận hoàn thành ngày 30/06/2021 "
                              "(Báo cáo số 10/BC-STP ngày 30/6/2021)")
    assert change.after["date"] == "2021-06-30"  # type: ignore[index]


def test_target_changed_and_result_added(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    report = semantic_diff(repo, shas[0], shas[1])
    target = only(report, "target_changed")
    assert target.task is None
    assert target.message == ("Chỉ tiêu 1-1: sửa nội dung \"98% hồ sơ được giải quyết đúng hạn.\" → "
                              "\"99% hồ sơ được giải quyết đúng hạn.\"")
    result = only(report, "result_added")
    assert result.message == "Chỉ tiêu 1-1: ghi kết quả 97,5% ngày 31/12/2021 (nguồn: Báo cáo năm 2021)"


def test_reverse_direction(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    report = semantic_diff(repo, shas[1], shas[0])
    assert "sớm hơn 6 tháng" in only(report, "deadline_moved").message
    assert only(report, "task_added").task == "I.2"
    assert only(report, "task_removed").task == "I.3"
    assert only(report, "status_removed").message.startswith("Nhiệm vụ 1.1: xóa ghi nhận hoàn thành")
    assert only(report, "result_removed")


def test_renamed_file_is_the_same_plan(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    report = semantic_diff(repo, shas[1], shas[2])
    change = only(report, "content_changed")
    assert kinds(report) == ["content_changed"]  # no plan_added / plan_removed
    assert change.file == "plans/2021/ke-hoach-cchc.yaml"
    assert change.message == ("Nhiệm vụ 1.1: sửa nội dung \"Rà soát văn bản quy phạm pháp luật.\" → "
                              "\"Rà soát, hệ thống hóa văn bản quy phạm pháp luật.\"")


def test_revision_names_and_paths(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    assert kinds(semantic_diff(repo, "HEAD~1", "HEAD")) == ["content_changed"]
    assert semantic_diff(repo, "HEAD~2", "HEAD", ["plans/2021"]).changes  # only the new location
    assert not semantic_diff(repo, "HEAD~2", "HEAD", ["docs"]).changes
    assert not semantic_diff(repo, "HEAD", "HEAD").changes


def test_plan_added_and_removed(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "README.yaml.txt").write_text("x", encoding="utf-8")
    first = commit(tmp_path, "rỗng")
    shutil.copy(FIXTURES / "valid" / "full.yaml", tmp_path / "plans" / "full.yaml")
    second = commit(tmp_path, "thêm")
    added = only(semantic_diff(tmp_path, first, second), "plan_added")
    assert added.message == ("Kế hoạch mới: Kế hoạch số 12/KH-UBND: Cải cách hành chính năm 2021 "
                             "(5 nhiệm vụ, 1 chỉ tiêu)")
    removed = only(semantic_diff(tmp_path, second, first), "plan_removed")
    assert removed.file == "plans/full.yaml"


# --------------------------------------------------------------------------- the working tree

def test_working_tree_mode(history: tuple[Path, list[str]], tmp_path: Path) -> None:
    source, _ = history
    repo = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(source), str(repo)], check=True)
    plan = repo / "plans" / "2021" / "ke-hoach-cchc.yaml"
    assert not semantic_diff(repo, "HEAD").changes
    edit(plan, "output: Kế hoạch của UBND tỉnh", "output: Kế hoạch kiểm tra của UBND tỉnh")
    shutil.copy(FIXTURES / "valid" / "minimal.yaml", repo / "plans" / "moi.yaml")  # untracked
    (repo / "plans" / "hong.yaml").write_text("id: [chưa đóng\n", encoding="utf-8")
    report = semantic_diff(repo, "HEAD")
    assert report.rev2 is None
    assert kinds(report) == ["output_changed", "plan_added"]
    assert only(report, "output_changed").message == (
        "Nhiệm vụ I.1: sản phẩm \"Kế hoạch của UBND tỉnh\" → \"Kế hoạch kiểm tra của UBND tỉnh\"")
    assert only(report, "plan_added").file == "plans/moi.yaml"
    assert len(report.warnings) == 1
    assert report.warnings[0].startswith("plans/hong.yaml (trong thư mục làm việc): ")
    assert "bỏ qua khi so sánh" in report.warnings[0]
    out = io.StringIO()
    write_diff(report, "text", out)
    assert "đến thư mục làm việc (chưa commit)" in out.getvalue()
    assert "Cảnh báo: plans/hong.yaml" in out.getvalue()


def test_broken_file_is_a_warning_not_a_removal(history: tuple[Path, list[str]], tmp_path: Path) -> None:
    source, _ = history
    repo = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(source), str(repo)], check=True)
    plan = repo / "plans" / "2021" / "ke-hoach-cchc.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + "\tthụt lề bằng tab\n", encoding="utf-8")
    report = semantic_diff(repo, "HEAD")
    assert report.changes == ()
    assert len(report.warnings) == 1 and "ke-hoach-cchc.yaml" in report.warnings[0]


def test_diff_leaves_the_repository_untouched(history: tuple[Path, list[str]]) -> None:
    repo, shas = history
    index = (repo / ".git" / "index").read_bytes()
    semantic_diff(repo, shas[0], shas[1])
    semantic_diff(repo, shas[0])
    assert git(repo, "status", "--porcelain") == ""
    assert git(repo, "rev-parse", "HEAD").strip() == shas[2]
    assert (repo / ".git" / "index").read_bytes() == index
    assert not (repo / "plans" / "full.yaml").exists()


# --------------------------------------------------------------------------- problems

def test_unknown_revision(history: tuple[Path, list[str]]) -> None:
    repo, _ = history
    with pytest.raises(DiffProblem) as info:
        semantic_diff(repo, "khong-co-nhanh-nay")
    assert "Không tìm thấy phiên bản \"khong-co-nhanh-nay\"" in info.value.message
    with pytest.raises(DiffProblem):
        semantic_diff(repo, "HEAD", "--output=/tmp/x")


def test_not_a_git_repository(tmp_path: Path) -> None:
    with pytest.raises(DiffProblem) as info:
        semantic_diff(tmp_path, "HEAD")
    assert "không phải là kho git" in info.value.message
    with pytest.raises(DiffProblem):
        semantic_diff(tmp_path / "khong-co", "HEAD")


def test_unknown_format() -> None:
    with pytest.raises(DiffProblem):
        write_diff(DiffReport("a", "b", ()), "html", io.StringIO())


# --------------------------------------------------------------------------- output formats

TEXT = """\
Thay đổi kế hoạch từ HEAD~2 đến HEAD~1

Kế hoạch số 12/KH-UBND: Cải cách hành chính năm 2021 (day-du-2021, plans/full.yaml)
  - Chỉ tiêu 1-1: sửa nội dung "98% hồ sơ được giải quyết đúng hạn." → "99% hồ sơ được giải quyết đúng hạn."
  - Chỉ tiêu 1-1: ghi kết quả 97,5% ngày 31/12/2021 (nguồn: Báo cáo năm 2021)
  - Nhiệm vụ 1.1: ghi nhận hoàn thành ngày 30/06/2021 (Báo cáo số 10/BC-STP ngày 30/6/2021)
  - Nhiệm vụ I.1: thời hạn Quý I/2021 → Quý III/2021: lùi 6 tháng (hạn 31/03/2021 → 30/09/2021)
  - Nhiệm vụ I.1: chủ trì SNV → SNV; Sở Tư pháp
  - Thêm nhiệm vụ I.3: Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan… (chủ trì Sở Nội vụ; hạn Quý IV/2021)
  - Bỏ nhiệm vụ I.2: Công tác tuyên truyền cải cách hành chính.

Tổng cộng 7 thay đổi trong 1 kế hoạch: 1 nhiệm vụ thêm, 1 nhiệm vụ bỏ, 1 thời hạn đổi, 1 chủ trì đổi, \
1 tiến độ ghi thêm, 1 chỉ tiêu sửa, 1 kết quả ghi thêm.
"""

MARKDOWN = """\
## Thay đổi kế hoạch: HEAD~2 → HEAD~1

### Kế hoạch số 12/KH-UBND: Cải cách hành chính năm 2021 (day-du-2021, plans/full.yaml)

- Chỉ tiêu 1-1: sửa nội dung "98% hồ sơ được giải quyết đúng hạn." → "99% hồ sơ được giải quyết đúng hạn."
- Chỉ tiêu 1-1: ghi kết quả 97,5% ngày 31/12/2021 (nguồn: Báo cáo năm 2021)
- Nhiệm vụ 1.1: ghi nhận hoàn thành ngày 30/06/2021 (Báo cáo số 10/BC-STP ngày 30/6/2021)
- Nhiệm vụ I.1: thời hạn Quý I/2021 → Quý III/2021: lùi 6 tháng (hạn 31/03/2021 → 30/09/2021)
- Nhiệm vụ I.1: chủ trì SNV → SNV; Sở Tư pháp
- Thêm nhiệm vụ I.3: Khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan… (chủ trì Sở Nội vụ; hạn Quý IV/2021)
- Bỏ nhiệm vụ I.2: Công tác tuyên truyền cải cách hành chính.

**Tổng cộng 7 thay đổi trong 1 kế hoạch: 1 nhiệm vụ thêm, 1 nhiệm vụ bỏ, 1 thời hạn đổi, 1 chủ trì đổi, \
1 tiến độ ghi thêm, 1 chỉ tiêu sửa, 1 kết quả ghi thêm.**
"""


def rendered(report: DiffReport, fmt: str) -> str:
    out = io.StringIO()
    write_diff(report, fmt, out)
    return out.getvalue()


def test_text_output(history: tuple[Path, list[str]]) -> None:
    repo, _ = history
    assert rendered(semantic_diff(repo, "HEAD~2", "HEAD~1"), "text") == TEXT


def test_markdown_output(history: tuple[Path, list[str]]) -> None:
    repo, _ = history
    assert rendered(semantic_diff(repo, "HEAD~2", "HEAD~1"), "markdown") == MARKDOWN


def test_json_contract(history: tuple[Path, list[str]]) -> None:
    repo, _ = history
    data = json.loads(rendered(semantic_diff(repo, "HEAD~2", "HEAD~1"), "json"))
    assert set(data) == {"rev1", "rev2", "warnings", "changes", "summary"}
    assert (data["rev1"], data["rev2"]) == ("HEAD~2", "HEAD~1")
    assert data["summary"] == {"task_added": 1, "task_removed": 1, "deadline_moved": 1, "lead_changed": 1,
                               "status_added": 1, "target_changed": 1, "result_added": 1}
    for change in data["changes"]:
        assert set(change) == {"kind", "plan", "task", "message", "before", "after", "file"}
        assert change["kind"] in KINDS
    moved = next(c for c in data["changes"] if c["kind"] == "deadline_moved")
    assert moved["before"] == {"text": "Quý I/2021", "due": "2021-03-31"}


def test_empty_report_outputs() -> None:
    report = DiffReport("HEAD", None, ())
    assert rendered(report, "text").endswith("Không có thay đổi nào trong các kế hoạch.\n")
    assert json.loads(rendered(report, "json")) == {"rev1": "HEAD", "rev2": None, "warnings": [],
                                                    "changes": [], "summary": {}}


def test_markdown_escapes_plan_text() -> None:
    change = Change("task_added", "p", "1", "Thêm nhiệm vụ 1: *đậm* <b> [liên kết]", None, "x", "plans/a_b.yaml")
    text = rendered(DiffReport("a", "b", (change,)), "markdown")
    assert "- Thêm nhiệm vụ 1: \\*đậm\\* &lt;b\\> \\[liên kết\\]" in text  # no raw HTML (issue 18)


# --------------------------------------------------------------------------- helpers

@pytest.mark.parametrize(("before", "after", "expected"), [
    (dt.date(2021, 6, 30), dt.date(2021, 12, 31), "lùi 6 tháng"),
    (dt.date(2021, 12, 31), dt.date(2021, 3, 31), "sớm hơn 9 tháng"),
    (dt.date(2021, 12, 31), dt.date(2022, 12, 31), "lùi 12 tháng"),
    (dt.date(2021, 9, 15), dt.date(2021, 9, 30), "lùi 15 ngày"),
    (dt.date(2021, 9, 30), dt.date(2021, 9, 15), "sớm hơn 15 ngày"),
    (dt.date(2021, 9, 30), dt.date(2021, 9, 30), "hạn không đổi"),
])
def test_shift_text(before: dt.date, after: dt.date, expected: str) -> None:
    assert shift_text(before, after) == expected


def test_shorten() -> None:
    assert shorten("  ngắn   gọn ") == "ngắn gọn"
    long = "từ " * 60
    assert len(shorten(long)) <= 80 and shorten(long).endswith("…")


def test_no_plan_files_is_a_warning(history: tuple[Path, list[str]]) -> None:
    repo, _ = history
    report = semantic_diff(repo, "HEAD~2", "HEAD", ["docs"])
    assert report.changes == ()
    assert report.warnings == ("Không thấy tệp kế hoạch nào trong docs ở cả hai phiên bản; kiểm tra đường dẫn.",)


# --------------------------------------------------------------------------- comparing two plans in memory

def plan_of(text: str) -> Plan:
    loaded = load_text(text, "plans/full.yaml")
    assert loaded.ok and not validate(loaded.data)
    return build_plan(loaded.data, "plans/full.yaml")


def changed(*edits: tuple[str, str]) -> list[Change]:
    text = (FIXTURES / "valid" / "full.yaml").read_text(encoding="utf-8")
    new = text
    for old, replacement in edits:
        assert old in new, old
        new = new.replace(old, replacement, 1)
    return list(compare_plans(plan_of(text), plan_of(new), "plans/full.yaml"))


def messages(*edits: tuple[str, str]) -> list[str]:
    return [c.message for c in changed(*edits)]


def test_deadline_that_cannot_be_read() -> None:
    assert messages(("deadline: Quý I/2021", "deadline: Qúy 5")) == [
        "Nhiệm vụ I.1: thời hạn Quý I/2021 → Qúy 5: không đọc được thời hạn mới, "
        "nên chưa tính được hạn dời bao lâu"]


def test_deadline_becomes_ongoing_or_conditional() -> None:
    assert messages(("deadline: Quý I/2021", "deadline: Nhiệm vụ thường xuyên")) == [
        "Nhiệm vụ I.1: thời hạn Quý I/2021 → Nhiệm vụ thường xuyên: "
        "hạn 31/03/2021 → không có hạn (nhiệm vụ thường xuyên)"]
    assert messages(("deadline: Quý I/2021", "deadline: Sau khi có hướng dẫn của Bộ")) == [
        "Nhiệm vụ I.1: thời hạn Quý I/2021 → Sau khi có hướng dẫn của Bộ: "
        "hạn 31/03/2021 → chưa có hạn (chờ điều kiện)"]


def test_deadline_in_days_and_explicit_due() -> None:
    assert messages(("due: 2021-09-15", "due: 2021-09-30")) == [
        "Nhiệm vụ I.2.b): thời hạn Quý III/2021 (hạn ghi 15/09/2021) → Quý III/2021 (hạn ghi 30/09/2021): "
        "lùi 15 ngày (hạn 15/09/2021 → 30/09/2021)"]
    assert messages(("deadline: Quý I/2021", "deadline: Tháng 3/2021")) == [
        "Nhiệm vụ I.1: thời hạn Quý I/2021 → Tháng 3/2021: hạn không đổi (hạn 31/03/2021 → 31/03/2021)"]


def test_inherited_lead_is_reported_once_on_the_parent() -> None:
    found = changed(("lead: [Sở Thông tin và Truyền thông]", "lead: [Sở Khoa học và Công nghệ]"))
    assert [(c.kind, c.task) for c in found] == [("lead_changed", "I.2")]
    assert found[0].message == "Nhiệm vụ I.2: chủ trì Sở Thông tin và Truyền thông → Sở Khoa học và Công nghệ"


def test_support_changed() -> None:
    found = changed(("support: [sở nội vụ]", "support: [Sở Nội vụ, Sở Tư pháp]"))
    assert [(c.kind, c.message) for c in found] == [
        ("support_changed", "Nhiệm vụ I.2.b): phối hợp sở nội vụ → Sở Nội vụ; Sở Tư pháp")]


def test_tasks_match_by_key_when_renumbered() -> None:
    keyed = '          - id: "1"\n            key: kiem-tra\n            content: Ban hành'
    base = (FIXTURES / "valid" / "full.yaml").read_text(encoding="utf-8").replace(
        '          - id: "1"\n            content: Ban hành', keyed, 1)
    renumbered = base.replace(keyed, keyed.replace('id: "1"', 'id: "5"'), 1).replace(
        "deadline: Quý I/2021", "deadline: Quý II/2021", 1)
    found = list(compare_plans(plan_of(base), plan_of(renumbered), "plans/full.yaml"))
    assert [(c.kind, c.task) for c in found] == [("deadline_moved", "kiem-tra")]
    assert found[0].message.startswith("Nhiệm vụ I.5 (trước là I.1): thời hạn Quý I/2021 → Quý II/2021: lùi 3 tháng")


def test_key_added_on_one_side_still_matches_by_reference() -> None:
    assert changed(('          - id: "1"\n            content: Ban hành',
                    '          - id: "1"\n            key: kiem-tra\n            content: Ban hành')) == []


def test_renumbered_without_key_is_added_and_removed() -> None:
    found = changed(('          - id: "1"\n            content: Ban hành',
                     '          - id: "5"\n            content: Ban hành'))
    assert [(c.kind, c.task) for c in found] == [("task_added", "I.5"), ("task_removed", "I.1")]


def test_output_changed_and_target_measure() -> None:
    assert messages(("output: Chuyên mục", "output: Chuyên mục trên báo tỉnh")) == [
        "Nhiệm vụ I.2.a): sản phẩm \"Chuyên mục\" → \"Chuyên mục trên báo tỉnh\""]
    assert messages(("            text: 98% hồ sơ được giải quyết đúng hạn.\n",
                     "            text: 98% hồ sơ được giải quyết đúng hạn.\n"
                     "            measure: {comparison: at_least, value: 98, unit: \"%\", year: 2021}\n")) == [
        "Chỉ tiêu 1-1: mức chỉ tiêu chưa lượng hóa → tối thiểu 98% năm 2021"]


def test_target_added_and_removed() -> None:
    found = changed(('          - id: "1-1"', '          - id: "1-2"'))
    assert [(c.kind, c.message) for c in found] == [
        ("target_added", "Thêm chỉ tiêu 1-2: 98% hồ sơ được giải quyết đúng hạn."),
        ("target_removed", "Bỏ chỉ tiêu 1-1: 98% hồ sơ được giải quyết đúng hạn.")]


def test_english_output(history: tuple[Path, list[str]]) -> None:
    """--lang en: the same changes in English; plan text (contents, deadlines, agencies) is quoted.
    The headings name the plan by its own (Vietnamese) title."""
    import os
    import re
    import sys

    from cchc.authoring.diff import _groups
    from cchc.base import i18n

    repo, _ = history
    with i18n.using("en"):
        report = semantic_diff(repo, "HEAD~2", "HEAD~1")
        text = rendered(report, "text")
        markdown = rendered(report, "markdown")
    assert [c.kind for c in report.changes] == [c.kind for c in semantic_diff(repo, "HEAD~2", "HEAD~1").changes]
    assert text.startswith("Changes to the plans from HEAD~2 to HEAD~1\n")
    assert '  - Task "I.1": deadline "Quý I/2021" → "Quý III/2021": 6 months later (due 31/03/2021 → 30/09/2021)' in text
    assert text.rstrip().endswith("1 result(s) added.")
    vietnamese = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
    headings = {heading for _, heading, _ in _groups(report)}
    for line in (text + markdown).splitlines():
        if line.strip("# ") in headings:
            continue
        assert not vietnamese.search(re.sub(r'"[^"]*"', "", line)), line
    proc = subprocess.run([sys.executable, "-m", "cchc", "diff", "HEAD~2", "HEAD~1", "--repo", str(repo)],
                          capture_output=True, text=True, env={**os.environ, "CCHC_LANG": "en"}, timeout=60)
    assert proc.returncode == 0 and proc.stdout == text
