"""Real appendix layouts (issue 15, points 1a–1f and 2): each imported faithfully from .docx
and from its text export, lint-clean but for defects planted on purpose, ready for ``cchc done``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from import_layouts import (
    LAYOUT_A,
    LAYOUT_C,
    LAYOUT_D,
    LAYOUT_E,
    LAYOUT_F,
    LAYOUTS,
    Layout,
    build_docx,
    write_text,
)

from cchc.authoring.import_sources import parse_text
from cchc.authoring.import_suppress import suppress_source_defects, with_comments
from cchc.authoring.importer import (
    ImportProblem,
    ImportResult,
    dump_yaml,
    import_file,
    import_source,
)
from cchc.checking.lint import lint_text
from cchc.checking.suppress import parse_suppressions
from cchc.reading.columns import has_column, table_columns
from cchc.reading.load import load_text
from cchc.reading.model import Plan, Task, build_plan, join_ref
from cchc.writing.render import render_plan_text
from cchc.writing.render_docx import render_plan_docx
from conftest import HEADER as HEADER_YAML
from conftest import ROOT, lint_codes

KINDS = ("docx", "text")
DEFECT_REASONS = {"T001": "Bản gốc không ghi cơ quan chủ trì"}  # the defects planted in the layouts


def source_of(layout: Layout, kind: str, folder: Path) -> Path:
    if kind == "docx":
        return build_docx(layout, folder / f"{layout.name}.docx")
    return write_text(layout, folder / f"{layout.name}.txt")


def cell(task: Task, role: str) -> str:
    text = getattr(task, f"{role}_text")
    return text if text else "; ".join(getattr(task, role))


def leaf_rows(plan: Plan) -> list[tuple[str, str, str | None, str | None, str, str]]:
    return [(task.key or task.ref, task.content, task.output, task.deadline, cell(task, "lead"), cell(task, "support"))
            for _, task in plan.leaf_tasks()]


def _owner(result: ImportResult, text: str) -> Callable[[int], str]:
    """The id of the task whose lines hold a line of ``text`` (a YAML of ``result.data``)."""
    loaded = load_text(text)
    plan = build_plan(result.data, "imported.yaml")
    starts = sorted((loaded.locate(task.path).line, task.key or task.ref) for _, task in plan.tasks())

    def owner(line: int) -> str:
        found = [ref for start, ref in starts if start <= line]
        return found[-1] if found else ""

    return owner


def errors_by_task(result: ImportResult, text: str | None = None) -> list[tuple[str, str]]:
    """Each lint error of ``text`` (the YAML the import wrote) as (code, id of the task it is about)."""
    text = result.yaml_text if text is None else text
    owner = _owner(result, text)
    return sorted((d.code, owner(d.line)) for d in lint_text(text).diagnostics if d.severity.name == "ERROR")


def suppressions_by_task(result: ImportResult) -> list[tuple[str, str, str]]:
    """Each ``# cchc: ignore[CODE] reason`` the import wrote as (code, id of the task, reason)."""
    owner = _owner(result, result.yaml_text)
    return sorted((code, owner(s.line), s.reason) for s in parse_suppressions(load_text(result.yaml_text))
                  for code in s.codes)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_layout_imports_every_task_and_cell(layout: Layout, kind: str, tmp_path: Path) -> None:
    result = import_file(source_of(layout, kind, tmp_path))
    plan = build_plan(result.data, "imported.yaml")
    expected = [(t.id, t.content, t.output, t.deadline, t.lead, t.support) for t in layout.expected(kind)]
    assert leaf_rows(plan) == expected  # count, ids, every cell; nothing more (no fake task)
    ids = [row[0] for row in leaf_rows(plan)]
    assert len(set(ids)) == len(ids)
    summary = result.summary
    assert summary.skipped_rows == ()
    assert summary.tables == 1
    data_rows = sum(1 for row in layout.rows if type(row).__name__ in ("Header", "Group", "Task"))
    assert summary.table_rows == data_rows  # every row was read
    assert summary.group_rows == sum(1 for row in layout.rows if type(row).__name__ == "Group")
    assert summary.header_rows == sum(1 for row in layout.rows if type(row).__name__ == "Header")
    (appendix,) = result.data["appendices"]
    assert appendix["columns"] == list(layout.columns)
    lint = lint_text(result.yaml_text)
    assert [d for d in lint.diagnostics if d.code[0] in "SYXN"] == []  # schema-valid, numbering clean


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_layout_lints_clean_but_for_planted_defects(layout: Layout, kind: str, tmp_path: Path) -> None:
    """Each planted defect is in the plan as printed, and the import suppressed it — and nothing
    else — with a Vietnamese reason (issue 15 point 3): lint gives 0 errors."""
    result = import_file(source_of(layout, kind, tmp_path))
    planted = sorted(layout.expected_defects(kind))
    assert errors_by_task(result, dump_yaml(result.data)) == planted  # the defects are there, uncommented
    assert errors_by_task(result) == []
    assert suppressions_by_task(result) == [(code, ref, DEFECT_REASONS[code]) for code, ref in planted]
    lint = lint_text(result.yaml_text)
    assert lint.suppressed == len(planted)
    assert sum(count for _, _, count in result.summary.suppressions) == len(planted)


def test_planted_defect_is_suppressed_for_cchc_lint(tmp_path: Path) -> None:
    """What ``cchc import -o`` writes, ``cchc lint`` passes: 0 errors, the defect counted as suppressed."""
    source = write_text(LAYOUT_A, tmp_path / "a.txt")
    out = tmp_path / "a.yaml"
    imported = subprocess.run([sys.executable, "-m", "cchc", "import", str(source), "-o", str(out)],
                              capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0, imported.stderr
    assert "# cchc: ignore[T001] Bản gốc không ghi cơ quan chủ trì" in out.read_text(encoding="utf-8")
    lint = subprocess.run([sys.executable, "-m", "cchc", "lint", "--format", "json", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert lint.returncode == 0, lint.stdout
    summary = json.loads(lint.stdout)["summary"]
    assert (summary["errors"], summary["suppressed"]) == (0, 1)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_freshly_imported_layout_accepts_done(layout: Layout, tmp_path: Path) -> None:
    out = tmp_path / "plans" / f"{layout.name}.yaml"
    out.parent.mkdir()
    task = layout.tasks[-1].id
    imported = subprocess.run([sys.executable, "-m", "cchc", "import", str(source_of(layout, "docx", tmp_path)),
                               "-o", str(out)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert imported.returncode == 0, imported.stderr
    done = subprocess.run([sys.executable, "-m", "cchc", "done", str(out), task, "--date", "2026-03-02"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    pending = {LAYOUT_A.name: "Nhiệm vụ III.1 không có cơ quan chủ trì",  # planted, suppressed by issue 15 point 3
               LAYOUT_D.name: "không ghi sản phẩm"}  # no Sản phẩm column: issue 15 1d's lint side
    if done.returncode != 0 and layout.name in pending:
        # Refused only because of those errors, before their part of the issue is merged.
        assert "đang có" in done.stderr and pending[layout.name] in done.stderr, done.stderr
        return
    assert done.returncode == 0, done.stderr
    plan = build_plan(load_text(out.read_text(encoding="utf-8")).data, str(out))
    (marked,) = [t for _, t in plan.tasks() if t.progress]
    assert (marked.key or marked.ref, marked.progress[-1].status) == (task, "done")


def test_nested_groups_keep_their_levels(tmp_path: Path) -> None:
    result = import_file(build_docx(LAYOUT_C, tmp_path / "c.docx"))
    a, b = result.data["appendices"][0]["sections"]
    assert [(s["number"], s["title"]) for s in (a, b)] == [("A", "NHIỆM VỤ TRỌNG TÂM"), ("B", "NHIỆM VỤ THƯỜNG XUYÊN")]
    assert "tasks" not in a and [s["number"] for s in a["sections"]] == ["I", "II"]
    digital = b["sections"][1]
    assert (digital["number"], digital["area"]) == ("II", "chinh_phu_so")
    assert [(s["number"], s["title"]) for s in digital["sections"]] == [("1", "HẠ TẦNG SỐ"), ("2", "DỮ LIỆU SỐ")]
    plan = build_plan(result.data, "c.yaml")
    sections = {s.ref: s for s in plan.sections()}
    assert list(sections) == ["A", "A.I", "A.II", "B", "B.I", "B.II", "B.II.1", "B.II.2"]
    assert sections["B.II.1"].area == "chinh_phu_so"  # inherited
    assert result.summary.warnings.count("x") == 0
    assert not any("NHIỆM VỤ TRỌNG TÂM" in w for w in result.summary.warnings)  # a group of groups needs no area


def test_nested_groups_render(tmp_path: Path) -> None:
    plan = build_plan(import_file(build_docx(LAYOUT_C, tmp_path / "c.docx")).data, "c.yaml")
    markdown = render_plan_text(plan, "md")
    for row in ("| **A** | **NHIỆM VỤ TRỌNG TÂM** | | | | |", "| **1** | **HẠ TẦNG SỐ** | | | | |",
                "| a) | Diễn tập an toàn thông tin | Báo cáo diễn tập | Quý III/2026 | Công an tỉnh | "
                "Sở Khoa học và Công nghệ |"):
        assert row in markdown
    assert markdown.index("**B**") < markdown.index("**HẠ TẦNG SỐ**") < markdown.index("**DỮ LIỆU SỐ**")
    html = render_plan_text(plan, "html")
    assert html.count('<tr class="area">') == 8
    path = tmp_path / "c-out.docx"
    render_plan_docx(plan, path)
    table = docx.Document(str(path)).tables[-1]
    firsts = [row.cells[0].text for row in table.rows]
    assert firsts == ["TT", "A", "I", "1", "2", "II", "1", "B", "I", "1", "II", "1", "1.1", "1.2", "a)", "b)",
                      "2", "2.1"]


def test_table_without_output_column_renders_as_printed(tmp_path: Path) -> None:
    result = import_file(build_docx(LAYOUT_D, tmp_path / "d.docx"))
    plan = build_plan(result.data, "d.yaml")
    (appendix,) = plan.appendices
    assert [role for role, _ in appendix.table_columns()] == ["tt", "content", "deadline", "lead", "support"]
    assert not has_column(appendix.columns, "output") and has_column(appendix.columns, "support")
    markdown = render_plan_text(plan, "md")
    assert "| TT | Nhiệm vụ | Thời gian hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp |\n|:---:|---|---|---|---|\n" \
        in markdown
    assert "| 1 | Ban hành Kế hoạch cải cách hành chính năm 2026 | Tháng 1/2026 | Sở Nội vụ | Các sở, ban, ngành |" \
        in markdown
    path = tmp_path / "d-out.docx"
    render_plan_docx(plan, path)
    table = docx.Document(str(path)).tables[-1]
    assert [c.text for c in table.rows[0].cells] == list(LAYOUT_D.columns)


def test_column_records() -> None:
    six = ("TT", "Nội dung", "Sản phẩm", "Thời gian", "Chủ trì", "Phối hợp")
    assert [role for role, _ in table_columns(six)] == ["tt", "content", "output", "deadline", "lead", "support"]
    assert [text for _, text in table_columns(())][2] == "Sản phẩm"
    assert [role for role, _ in table_columns(("TT", "Nội dung", "Kết quả", "Thời hạn", "Chủ trì"))] == \
        ["tt", "content", "output", "deadline", "lead"]
    # Unreadable headers: the six columns as always, the missing ones by their usual names.
    assert len(table_columns(("Cột 1", "Cột 2", "Cột 3", "Cột 4"))) == 6


def test_reference_joining() -> None:
    assert join_ref("VII", "12") == "VII.12"
    assert join_ref("B.II.1", "1.2", "1") == "B.II.1.2"
    assert join_ref("I.1", "1.1-1", "1") == "I.1.1.1-1"  # not the parent's number followed by a dot-number
    assert join_ref("B.II.1.2", "a)", "1.2") == "B.II.1.2.a)"
    assert join_ref(None, "3") == "3"
    assert join_ref("B.II", "II.3", "II") == "B.II.3"  # tasks numbered with their group's number
    assert join_ref("II", "12", "II") == "II.12"


# ------------------------------------------------------------------------ text exports, 1a

HEADER = "TT\tNội dung\tSản phẩm\tThời gian hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp"


def text_plan(table: str) -> str:
    return ("ỦY BAN NHÂN DÂN TỈNH KON TUM\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. MỤC ĐÍCH\n"
            "Nâng cao chất lượng phục vụ.\n\nPhụ lục\nNHIỆM VỤ NĂM 2026\n\n" + table)


def test_part_and_letter_groups_written_without_tabs() -> None:
    table = "\n".join([
        HEADER,
        "PHẦN I. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
        "I. CẢI CÁCH THỂ CHẾ",
        "1\tRà soát văn bản\tBáo cáo\tQuý II/2026\tSở Tư pháp\t",
        "",
        "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\t\t",
        "1\tCông bố thủ tục hành chính\tQuyết định\tNăm 2026\tVăn phòng UBND tỉnh\t",
        "PHẦN II. NHIỆM VỤ CHUYỂN ĐỔI SỐ",
        "1\tSố hóa hồ sơ\tHồ sơ số\tTháng 6/2026\tSở Khoa học và Công nghệ\t",
    ])
    result = import_source(parse_text(text_plan(table)))
    plan = build_plan(result.data, "x.yaml")
    assert [t.ref for _, t in plan.leaf_tasks()] == ["PHẦN I.I.1", "PHẦN I.II.1", "PHẦN II.1"]
    assert result.summary.group_rows == 4 and result.summary.skipped_rows == ()


def test_prose_after_a_table_still_ends_it() -> None:
    table = HEADER + "\n1\tRà soát văn bản\tBáo cáo\tQuý II/2026\tSở Tư pháp\t\n" \
        "Các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.\n"
    result = import_source(parse_text(text_plan(table)))
    assert result.summary.tasks == 1
    assert "Các cơ quan, đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026." not in str(result.data["appendices"])


def test_table_split_by_a_stray_line_continues(tmp_path: Path) -> None:
    """A Word table split in two (a paragraph between the halves): the second half, without a
    header of its own, continues the first."""
    path = tmp_path / "split.docx"
    document = docx.Document()
    for text in ("KẾ HOẠCH", "Cải cách hành chính năm 2026", "Phụ lục", "NHIỆM VỤ NĂM 2026"):
        document.add_paragraph(text)
    first = document.add_table(rows=3, cols=6)
    for column, text in enumerate(HEADER.split("\t")):
        first.cell(0, column).text = text
    first.cell(1, 0).text, first.cell(1, 1).text = "I", "CẢI CÁCH THỂ CHẾ"
    for column, text in enumerate(("1", "Rà soát văn bản", "Báo cáo", "Quý II/2026", "Sở Tư pháp", "")):
        first.cell(2, column).text = text
    document.add_paragraph("2")  # a page number left between the halves
    second = document.add_table(rows=2, cols=6)
    for column, text in enumerate(("2", "Kiểm tra văn bản", "Kết luận", "Năm 2026", "Sở Tư pháp", "")):
        second.cell(0, column).text = text
    second.cell(1, 0).text, second.cell(1, 1).text = "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"
    document.save(str(path))
    result = import_file(path)
    plan = build_plan(result.data, "x.yaml")
    assert [t.ref for _, t in plan.leaf_tasks()] == ["I.1", "I.2"]
    assert result.summary.tables == 2 and result.summary.group_rows == 2


# --------------------------------------------------------------------- 2: refuse, not lose

def test_skipped_rows_are_listed_with_their_line() -> None:
    """A note inside the table is listed, and the rows after it are still read."""
    table = "\n".join([HEADER, "I\tCẢI CÁCH THỂ CHẾ", "1\tRà soát văn bản\tBáo cáo\tQuý II/2026\tSở Tư pháp\t",
                       "Ghi chú: số liệu tính đến 30/11/2025\t\t\t\t\t",
                       "2\tKiểm tra văn bản\tKết luận\tNăm 2026\tSở Tư pháp\t"])
    result = import_source(parse_text(text_plan(table)))
    (skipped,) = result.summary.skipped_rows
    assert (skipped.line, skipped.text) == (15, "Ghi chú: số liệu tính đến 30/11/2025")
    assert skipped.position == "dòng 15"
    assert result.summary.to_json()["skipped"] == [
        {"table": None, "row": None, "line": 15, "text": "Ghi chú: số liệu tính đến 30/11/2025"}]
    assert result.summary.tasks == 2 and result.summary.table_rows == 5


def test_skipped_docx_row_names_table_and_row(tmp_path: Path) -> None:
    layout = LAYOUT_E
    path = build_docx(layout, tmp_path / "e.docx")
    document = docx.Document(str(path))
    table = document.tables[-1]
    row = table.add_row()
    row.cells[0].text = "Ghi chú: các nhiệm vụ trên thực hiện từ nguồn ngân sách tỉnh"
    document.save(str(path))
    result = import_file(path)
    (skipped,) = result.summary.skipped_rows
    assert (skipped.table, skipped.row, skipped.line) == (1, len(table.rows), None)
    assert skipped.position == f"bảng 1, hàng {len(table.rows)}"
    assert result.summary.tasks == 11


def test_appendix_without_a_single_task_is_refused() -> None:
    table = "\n".join([HEADER, "\tChi tiết sẽ bổ sung sau"])
    source = parse_text(text_plan(table))
    with pytest.raises(ImportProblem) as caught:
        import_source(source)
    message = caught.value.message
    assert "Phụ lục" in message and "1 bảng nhiệm vụ" in message and "1 hàng bỏ qua" in message
    assert "--allow-empty" in caught.value.hint
    accepted = import_source(source, allow_empty=True)
    assert accepted.summary.tasks == 0 and len(accepted.summary.skipped_rows) == 1


def test_refusal_exits_1_and_allow_empty_accepts(tmp_path: Path) -> None:
    path = tmp_path / "rong.txt"
    path.write_text(text_plan("\n".join([HEADER, "\tChi tiết sẽ bổ sung sau"])), encoding="utf-8")
    refused = subprocess.run([sys.executable, "-m", "cchc", "import", str(path)], capture_output=True, text=True,
                             timeout=60, cwd=ROOT)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "Không đọc được nhiệm vụ nào" in refused.stderr and "Traceback" not in refused.stderr
    accepted = subprocess.run([sys.executable, "-m", "cchc", "import", "--allow-empty", str(path)],
                              capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert accepted.returncode == 0, accepted.stderr
    assert "bỏ qua dòng 13: Chi tiết sẽ bổ sung sau" in accepted.stderr
    assert "1 bảng, 2 hàng đã đọc (0 hàng nhóm, 1 hàng tiêu đề, 1 hàng bỏ qua)" in accepted.stderr


# ------------------------------------------------------------------- rules over the levels

NESTED = """\
    appendices:
      - sections:
          - number: A
            title: NHIỆM VỤ TRỌNG TÂM
            sections:
              - number: I
                title: CẢI CÁCH THỂ CHẾ
                tasks:
                  - {id: "1", content: Rà soát, output: Báo cáo, deadline: Năm 2021, lead: [Sở Tư pháp]}
          - number: B
            title: NHIỆM VỤ THƯỜNG XUYÊN
            sections:
              - number: I
                title: CẢI CÁCH THỂ CHẾ
                tasks:
                  - {id: "1", content: Kiểm tra, output: Báo cáo, deadline: Năm 2021, lead: [Sở Tư pháp]}
              - number: IV
                title: CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
                tasks:
                  - {id: "2", content: Tuyển dụng, output: Báo cáo, deadline: Năm 2021, lead: [Sở Nội vụ]}
              - number: IV
                title: CẢI CÁCH TÀI CHÍNH CÔNG
                tasks:
                  - {id: "1", content: Tự chủ, output: Báo cáo, deadline: Năm 2021, lead: [Sở Nội vụ]}
"""


def test_numbering_is_judged_level_by_level() -> None:
    codes = lint_codes(NESTED)
    # I under A and I under B are no duplicates; the second IV under B is, at its own line. IV
    # after I is out of order; its task 2 runs on from task 1 of the group before.
    assert codes == [(25, 21, "N002"), (29, 21, "N001")]


def test_numbering_that_runs_on_across_groups_is_accepted_but_a_jump_is_not() -> None:
    body = """\
        appendices:
          - sections:
              - number: I
                title: CẢI CÁCH THỂ CHẾ
                tasks:
                  - {id: "1", content: A, output: B, deadline: Năm 2021, lead: [Sở Tư pháp]}
                  - {id: "2", content: A, output: B, deadline: Năm 2021, lead: [Sở Tư pháp]}
              - number: II
                title: CẢI CÁCH THỦ TỤC HÀNH CHÍNH
                tasks:
                  - {id: "3", content: A, output: B, deadline: Năm 2021, lead: [Sở Tư pháp]}
              - number: III
                title: CẢI CÁCH CÔNG VỤ
                tasks:
                  - {id: "5", content: A, output: B, deadline: Năm 2021, lead: [Sở Tư pháp]}
        """
    assert lint_codes(body) == [(23, 18, "N002")]


def test_a_plan_with_content_and_no_task_is_a_warning() -> None:
    body = """\
        appendices:
          - sections:
              - {number: I, title: CẢI CÁCH THỂ CHẾ}
        """
    assert lint_codes(body) == [(2, 5, "T007")]
    assert lint_codes("") == []  # only the document fields: a plan still being written


def test_layouts_script_runs_standalone(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "import_layouts.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{layout.name}{suffix}" for layout in LAYOUTS for suffix in (".docx", ".txt"))


def test_vertical_merges_are_real_word_merges(tmp_path: Path) -> None:
    table = docx.Document(str(build_docx(LAYOUT_F, tmp_path / "f.docx"))).tables[-1]
    xml = table._tbl.xml
    assert xml.count("<w:vMerge") >= 5 and 'w:val="restart"' in xml
    assert "<w:gridSpan" in docx.Document(str(build_docx(LAYOUT_A, tmp_path / "a.docx"))).tables[-1]._tbl.xml


def test_task_merged_down_over_two_rows_is_one_task(tmp_path: Path) -> None:
    """TT and content merged down over two rows, each with its own lead and deadline: one task
    whose lead and deadline cells keep both lines."""
    path = tmp_path / "gop.docx"
    document = docx.Document()
    for text in ("KẾ HOẠCH", "Cải cách hành chính năm 2026", "Phụ lục", "NHIỆM VỤ NĂM 2026"):
        document.add_paragraph(text)
    table = document.add_table(rows=5, cols=6)
    for column, text in enumerate(HEADER.split("\t")):
        table.cell(0, column).text = text
    table.cell(1, 0).text, table.cell(1, 1).text = "I", "CẢI CÁCH THỂ CHẾ"
    rows = (("1", "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Quý II/2026", "Sở Tư pháp", ""),
            ("", "", "Báo cáo", "Quý IV/2026", "Sở Nội vụ", ""),
            ("2", "Kiểm tra văn bản", "Kết luận", "Năm 2026", "Sở Tư pháp", ""))
    for r, row in enumerate(rows, start=2):
        for column, text in enumerate(row):
            table.cell(r, column).text = text
    for column in (0, 1):
        table.cell(2, column).merge(table.cell(3, column))
    document.save(str(path))
    result = import_file(path)
    plan = build_plan(result.data, "x.yaml")
    one, two = [task for _, task in plan.leaf_tasks()]
    assert (one.ref, one.deadline, one.lead, one.output) == (
        "I.1", "Quý II/2026\nQuý IV/2026", ("Sở Tư pháp", "Sở Nội vụ"), "Báo cáo\nBáo cáo")
    assert (two.ref, two.content) == ("I.2", "Kiểm tra văn bản")
    assert load_text(result.yaml_text).data == result.data


LONG_DEADLINE = ("Ngày 31/02/2026 hoặc sớm hơn\ntheo tiến độ chung của các bộ, ngành trung ương\n"
                 "và hướng dẫn của Ủy ban nhân dân tỉnh")
MULTILINE_ROWS: tuple[tuple[str, ...], ...] = (
    ("I", "CẢI CÁCH THỂ CHẾ"),
    ("1", "Rà soát văn bản quy phạm pháp luật\n(theo Kế hoạch của Bộ Tư pháp)", "Báo cáo", "Quý II/2026\nQuý IV/2026",
     "Sở Tư pháp\nSở Nội vụ", ""),
    ("2", "Kiểm tra văn bản\nsau khi ban hành", "Kết luận", LONG_DEADLINE, "Sở Tư pháp", ""),
    ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    ("1", "Công khai thủ tục hành chính\ntrên Cổng dịch vụ công", "Danh mục", "Năm 2026", "",
     "Văn phòng UBND tỉnh\nCác sở, ban, ngành"),
)


def multiline_source(kind: str, folder: Path) -> Path:
    """A plan whose cells hold several lines: two paragraphs in a Word cell, ``<br>`` in the text."""
    front = ("KẾ HOẠCH", "Cải cách hành chính năm 2026", "Phụ lục", "NHIỆM VỤ NĂM 2026")
    if kind == "text":
        rows = [HEADER, *("\t".join(cell.replace("\n", "<br>") for cell in row) for row in MULTILINE_ROWS)]
        path = folder / "nhieu-dong.txt"
        path.write_text("\n\n".join(front) + "\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
        return path
    document = docx.Document()
    for text in front:
        document.add_paragraph(text)
    table = document.add_table(rows=len(MULTILINE_ROWS) + 1, cols=6)
    for column, text in enumerate(HEADER.split("\t")):
        table.cell(0, column).text = text
    for r, row in enumerate(MULTILINE_ROWS, start=1):
        for column, text in enumerate(row):
            paragraphs = text.split("\n")
            cell = table.cell(r, column)
            cell.text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)  # a cell of several paragraphs, as Word keeps them
    path = folder / "nhieu-dong.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("kind", KINDS)
def test_multiline_cells_write_yaml_that_parses(kind: str, tmp_path: Path) -> None:
    """Cells of several lines (deadline, content, lead, support) with defects on them: every
    suppression reason is one line and stands where a YAML comment may, so the file reads back
    to the same data and lints with 0 errors; ``yaml_at`` and ``cchc import -o`` write that text."""
    source = multiline_source(kind, tmp_path)
    result = import_file(source)
    plan = build_plan(result.data, "x.yaml")
    tasks = [task for _, task in plan.leaf_tasks()]
    assert [(t.ref, t.content, t.deadline, t.lead) for t in tasks] == [
        ("I.1", "Rà soát văn bản quy phạm pháp luật\n(theo Kế hoạch của Bộ Tư pháp)", "Quý II/2026\nQuý IV/2026",
         ("Sở Tư pháp", "Sở Nội vụ")),
        ("I.2", "Kiểm tra văn bản\nsau khi ban hành", LONG_DEADLINE, ("Sở Tư pháp",)),
        ("II.1", "Công khai thủ tục hành chính\ntrên Cổng dịch vụ công", "Năm 2026", ())]
    loaded = load_text(result.yaml_text)
    assert loaded.problems == ()
    assert loaded.data == result.data
    assert errors_by_task(result, dump_yaml(result.data)) == [("T001", "II.1"), ("T004", "I.1"), ("T004", "I.2")]
    lint = lint_text(result.yaml_text)
    assert [d.code for d in lint.diagnostics if d.severity.name == "ERROR"] == []
    assert lint.suppressed == 3
    clipped = "Ngày 31/02/2026 hoặc sớm hơn theo tiến độ chung của các bộ,…"  # one line, clipped
    assert suppressions_by_task(result) == [
        ("T001", "II.1", "Bản gốc không ghi cơ quan chủ trì"),
        ("T004", "I.1", 'Bản gốc ghi thời gian "Quý II/2026 Quý IV/2026", cchc chưa đọc được thành ngày; '
                        "giữ nguyên như bản gốc"),
        ("T004", "I.2", f'Bản gốc ghi thời gian "{clipped}", cchc chưa đọc được thành ngày; giữ nguyên như bản gốc')]
    out = tmp_path / "ke-hoach.yaml"
    assert result.yaml_at(out) == result.yaml_text  # no schema/ folder above: the same text
    proc = subprocess.run([sys.executable, "-m", "cchc", "import", str(source), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8") == result.yaml_text


def test_suppression_moves_off_a_scalar_written_over_several_lines() -> None:
    """A finding on a line where a ``#`` would be text (inside a quoted or block scalar written
    over several lines, or its first line) is suppressed on the task's ``- id:`` line, which covers
    the task's block; the text still reads back to the same data."""
    text = HEADER_YAML + """\
appendices:
  - label: Phụ lục
    sections:
      - number: I
        title: CẢI CÁCH THỂ CHẾ
        tasks:
          - id: "1"
            content: |
              Rà soát văn bản
              quy phạm pháp luật
            output: Báo cáo
            deadline: "Quý II/2026
              Quý IV/2026"
            lead: [Sở Tư pháp]
"""
    data = load_text(text).data
    found = suppress_source_defects(data, text, None)
    written = with_comments(text, found.comments)
    lines = written.split("\n")
    (line,) = found.comments
    assert lines[line - 1].startswith('          - id: "1"  # cchc: ignore[T004] Bản gốc ghi thời gian "Quý II/2026 Quý')
    assert load_text(written).data == data
    lint = lint_text(written)
    assert [d.code for d in lint.diagnostics if d.severity.name == "ERROR"] == [] and lint.suppressed == 1
    assert found.left == ()


def test_text_export_of_merged_cells_says_what_it_filled(tmp_path: Path) -> None:
    result = import_file(write_text(LAYOUT_F, tmp_path / "f.txt"))
    (warning,) = [w for w in result.summary.warnings if "ô gộp dọc" in w]
    assert "3 nhiệm vụ" in warning and "I.2 (Chủ trì)" in warning and "I.3 (Chủ trì, Thời gian)" in warning
    assert "II.2 (Thời gian)" in warning
    docx_result = import_file(build_docx(LAYOUT_F, tmp_path / "f.docx"))
    assert not any("ô gộp dọc" in w for w in docx_result.summary.warnings)  # Word says what is merged


def test_text_export_never_fills_a_deadline_printed_in_another_column() -> None:
    table = "\n".join([HEADER, "I\tCẢI CÁCH THỂ CHẾ",
                       "1\tRà soát văn bản\tBáo cáo\tQuý II/2026\tSở Tư pháp\t",
                       "2\tKiểm tra văn bản\tKết luận\t\t\tQuý IV/2026",  # deadline in Phối hợp
                       "3\tTheo dõi thi hành pháp luật\tBáo cáo\t\tSở Tư pháp\t"])
    plan = build_plan(import_source(parse_text(text_plan(table))).data, "x.yaml")
    rows = {task.ref: (task.deadline, task.lead, task.support) for _, task in plan.leaf_tasks()}
    # I.2: the lead merged down from I.1, the deadline left empty (printed in the wrong column);
    # I.3: the deadline merged down from I.2, which has none of its own.
    assert rows == {"I.1": ("Quý II/2026", ("Sở Tư pháp",), ()),
                    "I.2": (None, ("Sở Tư pháp",), ("Quý IV/2026",)),
                    "I.3": (None, ("Sở Tư pháp",), ())}


def test_letter_and_part_groups_in_the_tt_cell_need_no_capitals() -> None:
    table = "\n".join([
        HEADER,
        "Phần I.\tNhiệm vụ cải cách hành chính",
        "A\tNhiệm vụ trọng tâm",
        "I\tCải cách thể chế",
        "1\tRà soát văn bản\tBáo cáo\tQuý II/2026\tSở Tư pháp\t",
        "B\tNhiệm vụ thường xuyên",
        "1\tKiểm tra văn bản\tKết luận\tNăm 2026\tSở Tư pháp\t",
    ])
    result = import_source(parse_text(text_plan(table)))
    plan = build_plan(result.data, "x.yaml")
    assert [t.ref for _, t in plan.leaf_tasks()] == ["Phần I.A.I.1", "Phần I.B.1"]
    assert [s.ref for s in plan.sections()] == ["Phần I.", "Phần I.A", "Phần I.A.I", "Phần I.B"]


def test_unnumbered_groups_restarting_at_one_get_keys() -> None:
    table = "\n".join([
        HEADER,
        "\tCải cách thể chế",
        "1\tRà soát văn bản\tBáo cáo\tQuý II/2026\tSở Tư pháp\t",
        "\tCải cách thủ tục hành chính",
        "1\tCông bố thủ tục hành chính\tQuyết định\tNăm 2026\tVăn phòng UBND tỉnh\t",
    ])
    result = import_source(parse_text(text_plan(table)))
    plan = build_plan(result.data, "x.yaml")
    assert [(t.id, t.key) for _, t in plan.leaf_tasks()] == [("1", None), ("1", "1-2")]
    second = result.data["appendices"][0]["sections"][1]["tasks"][0]
    assert list(second)[:3] == ["id", "key", "content"] and second["lead"] == ["Văn phòng UBND tỉnh"]
    assert any("key \"1-2\"" in w for w in result.summary.warnings)
    assert [d.code for d in lint_text(result.yaml_text).diagnostics if d.code[0] in "NSY"] == []


def test_group_row_repeated_after_a_page_break_goes_on_with_its_group() -> None:
    table = "\n".join([
        HEADER,
        "I\tCẢI CÁCH THỂ CHẾ",
        "1\tRà soát văn bản\tBáo cáo\tQuý II/2026\tSở Tư pháp\t",
        "",
        HEADER,
        "I\tCẢI CÁCH THỂ CHẾ (tiếp)",
        "2\tKiểm tra văn bản\tKết luận\tNăm 2026\tSở Tư pháp\t",
        "II\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH",
        "1\tCông bố thủ tục hành chính\tQuyết định\tNăm 2026\tVăn phòng UBND tỉnh\t",
    ])
    result = import_source(parse_text(text_plan(table)))
    plan = build_plan(result.data, "x.yaml")
    assert [t.ref for _, t in plan.leaf_tasks()] == ["I.1", "I.2", "II.1"]
    assert [s.title for s in plan.sections()] == ["CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]
