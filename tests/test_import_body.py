"""cchc import, the body and the document (issue 15: 1g, 1h, 1d lint side, 3, 5).

A provincial Kế hoạch is built here twice from one description — as a Word file (python-docx, an
area row merged across the table) and as its text export (tab-separated) — with a body (I. MỤC
ĐÍCH, YÊU CẦU; II. NHIỆM VỤ; III. TỔ CHỨC THỰC HIỆN with numbered agencies and bulleted duties)
and a Phụ lục table with defects planted on purpose: an empty Chủ trì cell, an empty Sản phẩm
cell, a deadline that is no real date and a co-operating agency the registry does not know.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

from cchc.authoring.import_sources import parse_text
from cchc.authoring.import_suppress import SOURCE_DEFECTS
from cchc.authoring.importer import ImportResult, import_file, import_source
from cchc.authoring.registry_starter import merge_key, spell_out, starter_registry
from cchc.checking.lint import lint_paths, lint_text
from cchc.reading.agencies import Registry, build_registry
from cchc.reading.load import load_text
from cchc.reading.model import build_plan
from conftest import HEADER, ROOT, lint_codes

TITLE = "Thực hiện chuyển đổi số trong cải cách hành chính trên địa bàn tỉnh đến năm 2030"
FRONT = ["ỦY BAN NHÂN DÂN", "TỈNH THỬ NGHIỆM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Số: 215/KH-UBND", "Thử Nghiệm, ngày 20 tháng 12 năm 2025", "KẾ HOẠCH", TITLE,
         "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;",
         "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"]
DUTIES = {
    "1. Sở Khoa học và Công nghệ:": [
        "- Là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch.",
        "- Hướng dẫn các cơ quan, đơn vị triển khai các nhiệm vụ chuyển đổi số.",
        "- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện định kỳ hằng quý."],
    "2. Sở Tài chính:": ["- Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."],
    "3. Các sở, ban, ngành:": [
        "- Căn cứ nhiệm vụ được giao, xây dựng kế hoạch triển khai tại cơ quan, đơn vị.",
        "- Báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 15 tháng 12 hằng năm."],
    "4. UBND các huyện, thị xã, thành phố:": ["- Chủ động triển khai thực hiện Kế hoạch trên địa bàn."],
}
SENTENCE = "5. Sở Nội vụ chủ trì theo dõi việc thực hiện công tác cải cách hành chính của các cơ quan."
BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
        "2. Yêu cầu", "- Đến năm 2030, 100% hồ sơ thủ tục hành chính được số hóa.",
        "II. NHIỆM VỤ TRỌNG TÂM", "(Chi tiết tại Phụ lục kèm theo)", "III. TỔ CHỨC THỰC HIỆN",
        *[line for heading, duties in DUTIES.items() for line in (heading, *duties)], SENTENCE,
        "Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh./."]
TAIL = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
        "PHỤ LỤC", "(Kèm theo Kế hoạch số 215/KH-UBND ngày 20/12/2025 của UBND tỉnh)", "DANH MỤC NHIỆM VỤ"]
COLUMNS = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
ROWS: list[list[str] | tuple[str, str]] = [
    ("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
    # planted: no Chủ trì — on the group's first task row: in a text export an empty Chủ trì below
    # another task is a cell merged down (Word writes it once), filled from the row above
    ["1", "Công khai thủ tục hành chính trên Cổng dịch vụ công", "", "Văn phòng UBND tỉnh",
     "Thường xuyên", "Danh mục thủ tục"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ",
     "UBND các huyện, thị xã, thành phố", "Năm 2026", ""],  # planted: no Sản phẩm
    ["3", "Rà soát, đơn giản hóa thủ tục hành chính", "Sở KH&CN", "Các sở, ban, ngành", "Quý II/2026", "Báo cáo rà soát"],
    ("II", "XÂY DỰNG CHÍNH QUYỀN SỐ"),
    ["1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở KH&CN", "Sở TT&TT", "Quý IV/2026", "Kho dữ liệu"],
    ["2", "Đào tạo kỹ năng số cho cán bộ, công chức", "Sở Nội vụ", "Sở GD&ĐT",  # planted: unknown agency,
     "31/02/2026", "Lớp tập huấn"],  # and a date that does not exist
]
REGISTRY_YAML = """\
version: 1
jurisdiction: Tỉnh Thử Nghiệm
agencies:
  - {id: so-khcn, name: Sở Khoa học và Công nghệ, aliases: [Sở KH&CN]}
  - {id: so-tt-tt, name: Sở Thông tin và Truyền thông, aliases: [Sở TT&TT]}
  - {id: so-tai-chinh, name: Sở Tài chính}
  - {id: so-noi-vu, name: Sở Nội vụ}
  - {id: vp-ubnd, name: Văn phòng UBND tỉnh}
groups:
  - {id: cac-so, name: "Các sở, ban, ngành"}
  - {id: cap-huyen, name: "UBND các huyện, thị xã, thành phố"}
"""


def body_registry() -> Registry:
    return build_registry(load_text(REGISTRY_YAML, "agencies.yaml").data, "agencies.yaml")


def write_text(path: Path) -> Path:
    lines = [*FRONT, "", *BODY, "", *TAIL, "", "\t".join(COLUMNS)]
    for row in ROWS:
        lines.append("\t".join(row) + "\t\t\t\t" if isinstance(row, tuple) else "\t".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_docx(path: Path) -> Path:
    document = docx.Document()
    for text in (*FRONT, *BODY, *TAIL):
        document.add_paragraph(text)
    table = document.add_table(rows=len(ROWS) + 1, cols=len(COLUMNS))
    for cell, text in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.text = text
    for r, row in enumerate(ROWS, start=1):
        cells = table.rows[r].cells
        if isinstance(row, tuple):
            cells[0].text = row[0]
            merged = cells[1].merge(cells[len(COLUMNS) - 1])
            merged.text = ""
            merged.paragraphs[0].add_run(row[1]).bold = True
        else:
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    document.save(str(path))
    return path


@pytest.fixture(scope="module", params=["docx", "txt"])
def imported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> ImportResult:
    folder = tmp_path_factory.mktemp("body")
    path = (write_docx(folder / "ke-hoach-chuyen-doi-so.docx") if request.param == "docx"
            else write_text(folder / "ke-hoach-chuyen-doi-so.txt"))
    return import_file(path, registry=body_registry())


# ------------------------------------------------------------------------- the task table

def test_appendix_tasks_every_cell(imported: ImportResult) -> None:
    (appendix,) = imported.data["appendices"]
    assert appendix["columns"] == ["TT", "Nội dung nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan chủ trì",
                                   "Cơ quan phối hợp"]
    got = [(s["number"], t["id"], t["content"], t.get("lead"), t.get("support"), t["deadline"], t["output"])
           for s in appendix["sections"] for t in s["tasks"]]
    want = []
    number = ""
    for row in ROWS:
        if isinstance(row, tuple):
            number = row[0]
            continue
        want.append((number, row[0], row[1], [row[2]] if row[2] else None, [row[3]], row[4], row[5] or None))
    assert got == want
    assert imported.summary.tasks == 5


# ------------------------------------------------------------------ 1g: Tổ chức thực hiện

def test_implementation_part_is_text_not_tasks(imported: ImportResult) -> None:
    part = imported.data["body"][2]
    assert (part["number"], part["title"], part["role"]) == ("III.", "TỔ CHỨC THỰC HIỆN", "implementation")
    assert "sections" not in json.dumps(part, ensure_ascii=False)  # never tasks
    blocks = part["content"]
    for block, (heading, duties) in zip(blocks, DUTIES.items(), strict=False):
        number, rest = heading.split(" ", 1)
        assert block["number"] == number
        assert block["content"] == [rest, *duties]  # verbatim, bullets and colon included
    assert [b.get("agencies") for b in blocks] == [["Sở Khoa học và Công nghệ"], ["Sở Tài chính"],
                                                   ["Các sở, ban, ngành"], ["UBND các huyện, thị xã, thành phố"], None]
    assert blocks[4] == {"number": "5.", "content": [SENTENCE.split(" ", 1)[1]]}  # a sentence names no agency
    tasks = [t for s in build_plan(imported.data, "x.yaml").sections() for t in s.tasks]
    assert len(tasks) == 5  # the five appendix rows only


def test_implementation_holds_tasks_when_no_other_part_does() -> None:
    """A plan that assigns its work only in Tổ chức thực hiện (as Nam Định 2021–2025 does) keeps
    those bullets as tasks, led by the agency that titles them."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2023\n\nI. MỤC ĐÍCH\n\nNâng cao hiệu quả.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Theo dõi, đôn đốc thực hiện Kế hoạch.\n"
            "- Tổng hợp báo cáo kết quả.\n\n2. Sở Tư pháp\n\n- Rà soát văn bản quy phạm pháp luật.\n")
    result = import_source(parse_text(text), plan_id="x")
    sections = result.data["body"][1]["sections"]
    assert [(s["number"], s["title"], s["lead"], len(s["tasks"])) for s in sections] == [
        ("1.", "Sở Nội vụ", ["Sở Nội vụ"], 2), ("2.", "Sở Tư pháp", ["Sở Tư pháp"], 1)]
    assert [d.code for d in lint_text(result.yaml_text).diagnostics if d.severity.value == "error"] == []


def test_responsibility_paragraphs_name_the_lead() -> None:
    """Bình Sơn's layout: bullet tasks, then "Phân công trách nhiệm:" naming who chủ trì."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2022\n\nI. NHIỆM VỤ, GIẢI PHÁP\n\n1. Về cải cách thể chế\n\n"
            "- Nâng cao chất lượng xây dựng văn bản.\n- Kiểm tra, rà soát văn bản.\n\n* Phân công trách nhiệm:\n\n"
            "- Phòng Tư pháp chịu trách nhiệm chủ trì, phối hợp với các cơ quan tham mưu UBND huyện thực hiện.\n"
            "- Các phòng, ban thuộc huyện chịu trách nhiệm thực hiện tại cơ quan mình.\n")
    result = import_source(parse_text(text), plan_id="x")
    (section,) = result.data["body"][0]["sections"]
    assert (section["lead"], section["support"]) == (["Phòng Tư pháp"], ["Các phòng, ban thuộc huyện"])
    assert section["responsibility"][0].startswith("- Phòng Tư pháp chịu trách nhiệm chủ trì")
    assert [t["content"] for t in section["tasks"]] == ["Nâng cao chất lượng xây dựng văn bản.",
                                                        "Kiểm tra, rà soát văn bản."]


# -------------------------------------------------------------------------- 1h: the period

def test_period_from_title_not_from_date(imported: ImportResult) -> None:
    # "đến năm 2030" in a plan issued 20/12/2025 whose deadlines start in 2026
    assert imported.data["period"] == {"start": 2026, "end": 2030, "text": "đến năm 2030"}
    assert (imported.summary.period, imported.summary.period_source) == ((2026, 2030), "title")
    assert imported.summary.period_note() == "thời kỳ 2026–2030 lấy từ trích yếu"
    assert imported.summary.to_json()["period"] == {"start": 2026, "end": 2030, "source": "title"}


def plan_text(title: str, date: str = "", preamble: str = "", deadline: str = "Quý II/2026") -> str:
    head = f"Số: 3/KH-UBND\nHà Nội, ngày {date}\n\n" if date else ""
    return (f"{head}KẾ HOẠCH\n{title}\n\n{preamble}\n\nI. NHIỆM VỤ\n\n"
            f"TT\tNội dung\tChủ trì\tThời gian\tSản phẩm\n1\tRà soát\tSở Tư pháp\t{deadline}\tBáo cáo\n")


@pytest.mark.parametrize(("title", "date", "preamble", "deadline", "period", "source"), [
    ("Chuyển đổi số tỉnh đến năm 2035", "05 tháng 3 năm 2025", "", "Quý II/2026",
     {"start": 2025, "end": 2035, "text": "đến năm 2035"}, "title"),
    ("Cải cách hành chính giai đoạn 2026 - 2030", "", "", "Quý II/2026",
     {"start": 2026, "end": 2030, "text": "giai đoạn 2026 - 2030"}, "title"),
    ("Kế hoạch cải cách hành chính 2026–2030", "", "", "Quý II/2026",
     {"start": 2026, "end": 2030, "text": "2026–2030"}, "title"),
    ("Cải cách hành chính năm 2026", "15 tháng 12 năm 2025", "", "Quý II/2026",
     {"start": 2026, "end": 2026, "text": "năm 2026"}, "title"),
    ("Cải cách hành chính giai đoạn 2021–2025, định hướng đến năm 2030", "", "", "Quý II/2022",
     {"start": 2021, "end": 2025, "vision": 2030, "text": "giai đoạn 2021–2025, định hướng đến năm 2030"}, "title"),
    ("Phát triển khoa học, công nghệ theo Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 đến năm 2030, tầm "
     "nhìn đến năm 2045", "10 tháng 02 năm 2025", "", "Quý II/2026",
     {"start": 2025, "end": 2030, "vision": 2045, "text": "đến năm 2030, tầm nhìn đến năm 2045"}, "title"),
    ("Cải cách hành chính", "10 tháng 3 năm 2024",
     "Thực hiện Kế hoạch số 12/KH-UBND của tỉnh giai đoạn 2021-2030, Ủy ban nhân dân huyện ban hành Kế hoạch "
     "cải cách hành chính từ năm 2024 đến năm 2026 như sau:", "Quý II/2024",
     {"start": 2024, "end": 2026, "text": "từ năm 2024 đến năm 2026"}, "body"),
    ("Cải cách hành chính", "10 tháng 3 năm 2024", "Đến năm 2030, 100% hồ sơ được số hóa.", "Quý II/2024",
     {"start": 2024, "end": 2024}, "date"),
    ("Cải cách hành chính", "10 tháng 3 năm 2024", "Triển khai thực hiện có hiệu quả Chương trình cải cách "
     "hành chính giai đoạn 2021 - 2030 của tỉnh.", "Quý II/2024", {"start": 2024, "end": 2024}, "date"),
    ("Cải cách hành chính", "", "Thời gian thực hiện: năm 2025.", "Quý II/2025",
     {"start": 2025, "end": 2025, "text": "năm 2025"}, "body"),
    ("Cải cách hành chính", "18 tháng 12 năm 2025", "", "Quý II/2026", {"start": 2026, "end": 2026}, "date"),
])
def test_period_sources(title: str, date: str, preamble: str, deadline: str, period: dict[str, Any],
                        source: str) -> None:
    result = import_source(parse_text(plan_text(title, date, preamble, deadline)), plan_id="x")
    assert result.data["period"] == period
    assert result.summary.period_source == source
    if source == "date":
        assert any("--period" in w for w in result.summary.warnings)


def test_period_option_wins() -> None:
    result = import_source(parse_text(plan_text("Cải cách hành chính năm 2026")), plan_id="x", period="2026-2027")
    assert result.data["period"] == {"start": 2026, "end": 2027}
    assert result.summary.period_note() == "thời kỳ 2026–2027 theo --period"


# --------------------------------------------------------------- 3: lint-clean from the source

def test_source_defects_are_suppressed_with_reasons(imported: ImportResult) -> None:
    lines = imported.yaml_text.splitlines()
    ignores = {line.split("# cchc: ignore", 1)[1] for line in lines if "# cchc: ignore" in line}
    assert ignores == {
        "[T002] Bản gốc để trống ô Sản phẩm",
        "[T001] Bản gốc không ghi cơ quan chủ trì",
        "[T004] Bản gốc ghi thời gian \"31/02/2026\", cchc chưa đọc được thành ngày; giữ nguyên như bản gốc",
        "[A001] Bản gốc ghi \"Sở GD&ĐT\", chưa có trong danh mục cơ quan; giữ nguyên như bản gốc",
    }
    assert next(line for line in lines if "ignore[T002]" in line).strip().startswith("output: null")
    lead_line = next(n for n, line in enumerate(lines) if "ignore[T001]" in line)  # on task I.1, in both formats
    assert lines[lead_line].strip().startswith('- id: "1"')
    assert lines[lead_line + 1].strip() == "content: Công khai thủ tục hành chính trên Cổng dịch vụ công"
    assert not any("ô gộp dọc" in warning for warning in imported.summary.warnings)  # nothing filled from above
    assert next(line for line in lines if "ignore[T004]" in line).strip().startswith("deadline: 31/02/2026")
    result = lint_text(imported.yaml_text, registry=body_registry())
    assert [(d.line, d.code) for d in result.diagnostics if d.severity.value == "error"] == []
    assert result.suppressed == 4
    assert imported.summary.suppressions == (
        ("A001", "bản gốc ghi tên cơ quan chưa có trong danh mục", 1), ("T001", "bản gốc không ghi cơ quan chủ trì", 1),
        ("T002", "bản gốc không ghi sản phẩm", 1), ("T004", "bản gốc ghi thời gian theo cách cchc chưa đọc được", 1))
    assert imported.summary.suppression_comments == 4
    assert load_text(imported.yaml_text).data == imported.data  # comments only


def test_suppressions_follow_the_schema_reference(imported: ImportResult) -> None:
    text = imported.yaml_at(ROOT / "plans" / "thu-nghiem" / "ke-hoach.yaml")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../../schema/plan.schema.json"
    assert text.splitlines()[1:] == imported.yaml_text.splitlines()[1:]


def test_body_tasks_without_fields_get_one_comment_per_group() -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2022\n\nI. NHIỆM VỤ\n\n1. Về cải cách thể chế\n\n"
            "- Nâng cao chất lượng xây dựng văn bản.\n- Kiểm tra, rà soát văn bản.\n- Tuyên truyền pháp luật.\n")
    result = import_source(parse_text(text), plan_id="x")
    comments = [line.strip() for line in result.yaml_text.splitlines() if "cchc: ignore" in line]
    assert comments == ["tasks:  # cchc: ignore[T001,T002,T003] Bản gốc giao nhiệm vụ dạng gạch đầu dòng trong thân "
                        "văn bản, không ghi cơ quan chủ trì, sản phẩm và thời gian hoàn thành cho từng nhiệm vụ"]
    lint = lint_text(result.yaml_text)
    assert [d.code for d in lint.diagnostics if d.severity.value == "error"] == []
    assert lint.suppressed == 9


def test_findings_the_importer_could_cause_stay_visible() -> None:
    """A deadline before the period (T005) may come from a misread period: never suppressed."""
    result = import_source(parse_text(plan_text("Cải cách hành chính năm 2026", deadline="Quý IV/2024")), plan_id="x")
    assert "cchc: ignore" not in result.yaml_text
    assert [d.code for d in lint_text(result.yaml_text).diagnostics] == ["A002", "T005"]
    assert not {"Y001", "S001", "S002", "S003", "S004", "U001", "U003", "T005", "A002", "A003", "D003"} & set(SOURCE_DEFECTS)


# ---------------------------------------------------- 1d: a table without a Sản phẩm column

FIVE_COLUMNS = """\
appendices:
  - label: Phụ lục
    columns: [TT, Nội dung, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian]
    sections:
      - title: CẢI CÁCH THỂ CHẾ
        tasks:
          - id: "1"
            content: Rà soát văn bản
            deadline: Quý II/2021
            lead: [Sở Nội vụ]
          - id: "2"
            content: Kiểm tra văn bản
            deadline: Quý III/2021
            lead: [Sở Tư pháp]
            output: Kết luận
"""


def test_table_without_output_column_is_one_notice() -> None:
    assert lint_codes(FIVE_COLUMNS) == [(11, 14, "T006")]
    six = FIVE_COLUMNS.replace("Cơ quan phối hợp, Thời gian]", "Cơ quan phối hợp, Thời gian, Sản phẩm]")
    assert lint_codes(six) == [(15, 13, "T002")]
    all_outputs = FIVE_COLUMNS.replace("lead: [Sở Nội vụ]", "lead: [Sở Nội vụ]\n            output: Báo cáo")
    assert lint_codes(all_outputs) == []
    result = lint_text(HEADER + FIVE_COLUMNS)
    (notice,) = [d for d in result.diagnostics if d.code == "T006"]
    assert notice.severity.value == "info" and "1 nhiệm vụ" in notice.message


def test_block_agencies_are_checked_against_the_registry() -> None:
    body = """\
body:
  - number: III.
    title: TỔ CHỨC THỰC HIỆN
    role: implementation
    content:
      - number: "1."
        agencies: [Sở Nội vụ, Sở Nội chính]
        content: ["Sở Nội vụ:", "- Là cơ quan thường trực."]
"""
    # T007: a plan with content and not one task is a warning (issue 15 point 2)
    assert lint_codes(body) == [(2, 5, "T007"), (15, 31, "A001")]


# -------------------------------------------------------------- 5: agencies on day one

@pytest.mark.parametrize(("short", "full"), [
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"), ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"), ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐ-TB&XH", "Sở Lao động, Thương binh và Xã hội"), ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"), ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"), ("Đài PT-TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
    ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"), ("VP UBND tỉnh", "Văn phòng UBND tỉnh"), ("Sở KHCN", "Sở Khoa học và Công nghệ"),
    ("UBND cấp huyện", "UBND các huyện, thị xã, thành phố"), ("Các sở, ngành", "Các Sở, Ban, ngành"),
])
def test_abbreviations_merge(short: str, full: str) -> None:
    assert merge_key(short) == merge_key(full)
    registry = starter_registry([short, full], jurisdiction="Tỉnh Thử Nghiệm")
    entries = registry.data["agencies"] + registry.data.get("groups", [])
    assert len(entries) == 1
    built = registry.registry("agencies.yaml")
    assert built.lookup(short) is not None and built.lookup(full) is not None


@pytest.mark.parametrize(("one", "other"), [
    ("Sở Nội vụ", "Sở Tư pháp"), ("UBND các huyện, thị xã, thành phố", "UBND cấp huyện, cấp xã"),
    ("Các Sở, Ban, ngành", "Các Sở, ngành có liên quan"), ("Sở Tài nguyên và Môi trường", "Sở Tài chính"),
    ("Văn phòng HĐND và UBND huyện", "UBND huyện"),
])
def test_different_agencies_stay_apart(one: str, other: str) -> None:
    assert merge_key(one) != merge_key(other)


def test_starter_registry_shape() -> None:
    names = ["Sở TT&TT", "Các sở, ban, ngành và UBND các huyện, thị xã, thành phố", "Sửa đổi, bổ sung",
             "Sở Tài nguyên và Môi trường", "Văn phòng HĐND và UBND huyện"]
    registry = starter_registry(names, jurisdiction="Tỉnh Thử Nghiệm", source="kh.docx")
    assert [a["name"] for a in registry.data["agencies"]] == [
        "Sở Thông tin và Truyền thông", "Sở Tài nguyên và Môi trường", "Văn phòng HĐND và UBND huyện"]
    assert registry.data["agencies"][0] == {"id": "so-thong-tin-va-truyen-thong", "name": "Sở Thông tin và Truyền thông",
                                            "aliases": ["Sở TT&TT"], "level": "tinh", "kind": "so"}
    assert registry.data["groups"] == [
        {"id": "cac-so-ban-nganh", "name": "Các sở, ban, ngành", "rule": {"level": "tinh", "kind": "so"}},
        {"id": "ubnd-cac-huyen-thi-xa-thanh-pho", "name": "UBND các huyện, thị xã, thành phố",
         "rule": {"level": "huyen", "kind": "ubnd"}}]
    assert registry.left_out == ("Sửa đổi, bổ sung",)
    assert load_text(registry.text).data == registry.data
    result = lint_text(registry.text, "agencies.yaml", kind="registry")
    assert result.diagnostics == ()
    assert spell_out("Sở GD&ĐT") == "Sở Giáo dục và Đào tạo"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cchc", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "120"}, timeout=120)


@pytest.mark.parametrize("kind", ["docx", "txt"])
def test_write_registry_then_lint_clean(tmp_path: Path, kind: str) -> None:
    source = write_docx(tmp_path / "kh.docx") if kind == "docx" else write_text(tmp_path / "kh.txt")
    out = tmp_path / "thu-nghiem" / "kh.yaml"
    proc = run("import", str(source), "-o", str(out), "--write-registry", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    written = out.parent / "agencies.yaml"
    assert summary["registry"]["path"] == str(written)
    data = load_text(written.read_text(encoding="utf-8")).data
    by_name = {a["name"]: a for a in data["agencies"]}
    assert by_name["Sở Khoa học và Công nghệ"]["aliases"] == ["Sở KH&CN"]  # one agency, two spellings
    assert by_name["Sở Giáo dục và Đào tạo"]["aliases"] == ["Sở GD&ĐT"]
    assert {g["name"] for g in data["groups"]} == {"Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"}
    assert data["jurisdiction"] == "Tỉnh Thử Nghiệm"
    lint = lint_paths([out.parent])
    assert [(d.path, d.line, d.code) for f in lint.files for d in f.diagnostics] == []
    # only the planted defects are suppressed; no unknown agency is left
    text = out.read_text(encoding="utf-8")
    assert "ignore[A001]" not in text and text.count("# cchc: ignore") == 3
    assert summary["unresolved_agencies"] == []
    # progress can be recorded at once, and the plan stays clean
    done = run("done", str(out), "II.1", "--date", "2026-03-01")
    assert done.returncode == 0, done.stderr
    assert "status: done" in out.read_text(encoding="utf-8")
    assert [d.code for f in lint_paths([out.parent]).files for d in f.diagnostics] == []


def test_write_registry_never_overwrites(tmp_path: Path) -> None:
    source = write_text(tmp_path / "kh.txt")
    (tmp_path / "out").mkdir()
    existing = tmp_path / "out" / "agencies.yaml"
    existing.write_text("version: 1\njurisdiction: Tỉnh A\nagencies: []\n", encoding="utf-8")
    before = existing.read_bytes()
    proc = run("import", str(source), "-o", str(tmp_path / "out" / "kh.yaml"), "--write-registry")
    assert proc.returncode == 1
    assert "đã có" in proc.stderr and "không ghi đè" in proc.stderr and "Traceback" not in proc.stderr
    assert existing.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["agencies.yaml"]  # nothing written
    usage = run("import", str(source), "--write-registry")
    assert usage.returncode == 2 and "-o" in usage.stderr


def test_write_registry_extends_the_registry_in_force(tmp_path: Path) -> None:
    """A registry above the output folder stays in force: the starter extends it with the names
    it does not know."""
    (tmp_path / "agencies.yaml").write_text(REGISTRY_YAML, encoding="utf-8")
    source = write_text(tmp_path / "kh.txt")
    out = tmp_path / "huyen" / "kh.yaml"
    proc = run("import", str(source), "-o", str(out), "--write-registry")
    assert proc.returncode == 0, proc.stderr
    data = load_text((out.parent / "agencies.yaml").read_text(encoding="utf-8")).data
    assert data["extends"] == "../agencies.yaml"
    assert [a["name"] for a in data["agencies"]] == ["Sở Giáo dục và Đào tạo"]
    lint = lint_paths([tmp_path])
    assert [(d.path, d.code) for f in lint.files for d in f.diagnostics] == []


def test_phan_cong_trach_nhiem_part_with_inline_duties() -> None:
    """"IV. PHÂN CÔNG TRÁCH NHIỆM" in a plan whose tasks are in a table; duties written on the
    agency's own line ("1. Sở …: - …; - …") or under it; a registry resolves the abbreviation."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n\n"
            "TT\tNội dung\tChủ trì\tThời gian\tSản phẩm\n1\tRà soát thủ tục\tSở Nội vụ\tQuý II/2026\tBáo cáo\n\n"
            "II. PHÂN CÔNG TRÁCH NHIỆM\n\n"
            "1. Sở KH&CN: - Là cơ quan thường trực; - Hướng dẫn triển khai.\n\n"
            "2. Sở Tài chính, Sở Nội vụ:\n\n+ Bố trí kinh phí.\n+ Theo dõi thực hiện.\n")
    result = import_source(parse_text(text), plan_id="x", registry=body_registry())
    part = result.data["body"][1]
    assert (part["title"], part["role"]) == ("PHÂN CÔNG TRÁCH NHIỆM", "implementation")
    one, two = part["content"]
    assert one == {"number": "1.", "agencies": ["Sở KH&CN"],
                   "content": ["Sở KH&CN: - Là cơ quan thường trực; - Hướng dẫn triển khai."]}
    assert two == {"number": "2.", "agencies": ["Sở Tài chính", "Sở Nội vụ"],
                   "content": ["Sở Tài chính, Sở Nội vụ:", "+ Bố trí kinh phí.", "+ Theo dõi thực hiện."]}
    assert result.summary.tasks == 1
    assert [d.code for d in lint_text(result.yaml_text, registry=body_registry()).diagnostics] == []


def test_a_cell_in_the_wrong_column_is_said_so() -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n\n"
            "TT\tNội dung\tChủ trì\tThời gian\tSản phẩm\n1\tRà soát thủ tục\tQuý II/2026\tSở Nội vụ\tBáo cáo\n")
    result = import_source(parse_text(text), plan_id="x", registry=body_registry())
    ignores = sorted(line.split("# cchc: ", 1)[1] for line in result.yaml_text.splitlines() if "# cchc: " in line)
    assert ignores == [
        "ignore[A001] Bản gốc lệch ô: cột cơ quan ghi \"Quý II/2026\" (một thời hạn); giữ nguyên như bản gốc",
        "ignore[T004] Bản gốc lệch ô: cột thời gian hoàn thành ghi \"Sở Nội vụ\" (tên cơ quan); giữ nguyên như bản gốc"]
    task = result.data["body"][0]["sections"][0]["tasks"][0]
    assert (task["lead"], task["deadline"]) == (["Quý II/2026"], "Sở Nội vụ")  # as printed
    assert [d.code for d in lint_text(result.yaml_text, registry=body_registry()).diagnostics] == []


def test_a_table_without_deadline_column_is_said_so() -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n\n"
            "TT\tNội dung\tChủ trì\tSản phẩm\n1\tRà soát thủ tục\tSở Nội vụ\tBáo cáo\n"
            "2\tKiểm tra thủ tục\tSở Tài chính\tKết luận\n")
    result = import_source(parse_text(text), plan_id="x", registry=body_registry())
    ignores = [line.strip() for line in result.yaml_text.splitlines() if "# cchc: " in line]
    assert ignores == ["tasks:  # cchc: ignore[T003] Bản gốc không ghi thời gian hoàn thành cho các nhiệm vụ của "
                       "nhóm này"]
    assert [d.code for d in lint_text(result.yaml_text, registry=body_registry()).diagnostics] == []


def test_appendix_without_a_column_group_reason() -> None:
    """When ``columns`` (as the table reader records 4–5 printed headers) has no Thời gian column,
    the reason says the column is missing, not that the cells are empty."""
    from cchc.authoring.import_suppress import suppress_source_defects
    from cchc.authoring.importer import dump_yaml

    data = load_text(HEADER + FIVE_COLUMNS.replace("Cơ quan phối hợp, Thời gian]", "Cơ quan phối hợp, Sản phẩm]")
                     .replace("            deadline: Quý II/2021\n", "            output: Báo cáo\n")
                     .replace("            deadline: Quý III/2021\n", "")).data
    text = dump_yaml(data)
    found = suppress_source_defects(data, text, None)
    assert list(found.comments.values()) == [
        "# cchc: ignore[T003] Bảng của bản gốc không có cột thời gian hoàn thành"]
    assert found.counts == (("T003", "bản gốc không ghi thời gian hoàn thành", 2),) and found.left == ()


@pytest.mark.parametrize("name", ["000-quang-nam-ctr-hanh-dong-nq16-2021-2025.txt",
                                  "001-binh-son-quang-ngai-kh-par-sipas-2022.txt",
                                  "002-quang-nam-kh-cchc-2021-phu-luc.txt",
                                  "004-nam-dinh-kh-cchc-2021-2025.txt"])
def test_real_plans_import_lint_clean(name: str) -> None:
    """The real plans of the seed folder: 0 lint errors after import, every remaining finding of the
    source suppressed with a reason (the 45–204 errors per plan of issue 15 are gone)."""
    from conftest import SEEDS

    if not SEEDS.is_dir():
        pytest.skip(f"không có thư mục seed {SEEDS}")
    result = import_file(SEEDS / name)
    lint = lint_text(result.yaml_text)
    assert [(d.line, d.code) for d in lint.diagnostics if d.severity.value == "error"] == []
    assert lint.suppressed == sum(count for _, _, count in result.summary.suppressions)
    assert result.summary.suppression_comments == result.yaml_text.count("# cchc: ignore[")
    assert all(line.split("] ", 1)[1].startswith("Bản gốc") for line in result.yaml_text.splitlines()
               if "# cchc: ignore[" in line)


def test_deadline_printed_in_the_support_cell(tmp_path: Path) -> None:
    """A source that printed a deadline in the Phối hợp cell and left Thời gian empty: the value
    stays where it was printed, the starter registry does not take it for an agency ("Quý" folds
    like "Quỹ"), and both findings are suppressed saying the cell is misplaced."""
    source = tmp_path / "lech-o.txt"
    source.write_text("KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. NHIỆM VỤ\n\n"
                      "TT\tNội dung\tChủ trì\tPhối hợp\tThời gian\tSản phẩm\n"
                      "1\tRà soát thủ tục\tSở Tư pháp\tSở Nội vụ\tQuý II/2026\tBáo cáo\n"
                      "2\tNiêm yết thủ tục\tSở Tư pháp\tQuý III/2026\t\tDanh mục\n", encoding="utf-8")
    out = tmp_path / "thu-nghiem" / "kh.yaml"
    proc = run("import", str(source), "-o", str(out), "--write-registry", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    registry = load_text((out.parent / "agencies.yaml").read_text(encoding="utf-8")).data
    assert [a["name"] for a in registry["agencies"]] == ["Sở Tư pháp", "Sở Nội vụ"]
    text = out.read_text(encoding="utf-8")
    assert "support: [Quý III/2026]" in text
    ignores = sorted(line.split("# cchc: ignore", 1)[1] for line in text.splitlines() if "# cchc: ignore" in line)
    assert ignores == [
        '[A001] Bản gốc lệch ô: cột cơ quan ghi "Quý III/2026" (một thời hạn); giữ nguyên như bản gốc',
        '[T003] Bản gốc lệch ô: thời gian hoàn thành ghi vào ô cơ quan phối hợp ("Quý III/2026"), ô thời gian '
        "hoàn thành để trống; giữ nguyên như bản gốc"]
    lint = lint_paths([out.parent])
    assert [(d.line, d.code) for f in lint.files for d in f.diagnostics] == []
    assert sum(f.suppressed for f in lint.files) == 2
