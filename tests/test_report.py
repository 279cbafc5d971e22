"""The báo cáo: NĐ 30 header block, sections I–V from a narrative file (or placeholders with the
facts), signature and Nơi nhận, a Phụ lục whose tables print; periods by their Vietnamese names;
narrative files linted like plans; ``cchc report new``."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cchc.checking.lint import lint_paths
from cchc.checking.workspace import load_workspace
from cchc.writing.narrative import PLACEHOLDER, from_data
from cchc.writing.render import render_report_text
from cchc.writing.report import build, named_period, parse_period
from conftest import FIXTURES, ROOT

GOLDEN = Path(__file__).resolve().parent / "golden" / "report"
PLAN = ROOT / "plans" / "quang-nam" / "kh-cchc-2021.yaml"
NARRATIVE = FIXTURES / "reports" / "quang-nam-kh-cchc-2021" / "2021-6-thang.yaml"
SECTIONS = ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
            "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ")


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CCHC_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def _cchc(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "cchc", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env=env)


def _report(narrative: bool):
    from cchc.reading.load import load_file

    workspace = load_workspace([PLAN])
    report = build(workspace.plans, workspace.registries, dt.date(2021, 6, 14), named_period("2021-H1"))
    if narrative:
        from dataclasses import replace

        report = replace(report, narrative=from_data(load_file(NARRATIVE).data, str(NARRATIVE)))
    return report


# ------------------------------------------------------------------------------- periods

@pytest.mark.parametrize(("text", "code"), [
    ("2021-Q1", "2021-Q1"), ("2021-H1", "2021-H1"), ("2021-Q3", "2021-Q3"), ("2021", "2021"),
    ("Quý I/2021", "2021-Q1"), ("quy i/2021", "2021-Q1"), ("QUÝ I NĂM 2021", "2021-Q1"),
    ("6 tháng đầu năm 2021", "2021-H1"), ("6 thang dau nam 2021", "2021-H1"),
    ("Quý III/2021", "2021-Q3"), ("9 tháng năm 2021", "2021-Q3"), ("năm 2021", "2021"), ("Năm 2021", "2021"),
])
def test_periods_by_code_or_vietnamese_name(text: str, code: str) -> None:
    choice = parse_period(text)
    assert choice is not None and choice.period.code == code and choice.notice == ""


@pytest.mark.parametrize("text", ["2021-Q2", "Quý II/2021", "quý 2 năm 2021"])
def test_quarter_two_is_the_six_month_report_with_a_notice(text: str) -> None:
    choice = parse_period(text)
    assert choice is not None and choice.period.code == "2021-H1" and choice.period.end == dt.date(2021, 6, 14)
    assert "6 tháng đầu năm 2021" in choice.notice and "14/6/2021" in choice.notice


@pytest.mark.parametrize("text", ["2021-Q5", "quý V/2021", "tháng 7/2021", "", "abc"])
def test_other_periods_are_refused(text: str) -> None:
    assert parse_period(text) is None


def test_cli_period_notice_and_refusal() -> None:
    read = _cchc("report", str(PLAN), "--period", "Quý II/2021")
    assert read.returncode == 0 and "6 tháng đầu năm 2021" in read.stdout
    assert "không có báo cáo quý II riêng" in read.stderr
    bad = _cchc("report", str(PLAN), "--period", "quý V/2021")
    assert bad.returncode == 2 and "kỳ báo cáo" in bad.stderr and "Traceback" not in bad.stderr


# ------------------------------------------------------------------------------- golden Markdown

def test_markdown_without_narrative_golden() -> None:
    text = render_report_text(_report(False), "md")
    assert text.count(f"***{PLACEHOLDER}***") >= 8  # every text section is marked as a draft
    for heading in SECTIONS:
        assert f"## {heading}" in text
    assert "quá hạn 75 ngày" in text  # the facts under the placeholder
    assert "Số:      /BC-UBND" in text and "Quảng Nam, ngày     tháng     năm 2021" in text
    _golden("quang-nam-2021-6-thang.md", text)


def test_markdown_with_narrative_golden() -> None:
    text = render_report_text(_report(True), "md")
    assert "Số: 98/BC-UBND" in text and "Quảng Nam, ngày 18 tháng 6 năm 2021" in text
    assert "**Nguyễn Văn Thử**" in text and "- Bộ Nội vụ (để b/c);" in text
    assert "- Tổ chức 02 đợt kiểm tra công tác cải cách hành chính tại 06 cơ quan, đơn vị." in text
    _golden("quang-nam-2021-6-thang-co-phan-loi.md", text)


def test_tables_show_printed_numbers_and_no_internal_ids() -> None:
    text = render_report_text(_report(False), "md")
    annex = text[text.index("## Phụ lục"):]
    assert "quang-nam-kh-cchc-2021" not in text  # a single-plan report has no plan column
    assert "#" not in "".join(line for line in annex.splitlines() if line.startswith("|"))
    assert "III.3b" not in text
    assert "| VII.12 (quý II) |" in annex
    agencies = annex[annex.index("Kết quả theo cơ quan chủ trì"):]
    assert "Sửa đổi, bổ sung" not in agencies and "| Chưa xác định cơ quan |" in agencies


# ------------------------------------------------------------------------------- DOCX and PDF

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(tmp_path: Path, narrative: bool) -> Path:
    from cchc.writing.report_docx import write_report_docx

    out = tmp_path / ("co-phan-loi.docx" if narrative else "nhap.docx")
    write_report_docx(_report(narrative), out)
    return out


@pytest.mark.parametrize("narrative", [False, True], ids=["draft", "narrative"])
def test_docx_tables_are_made_to_print(tmp_path: Path, narrative: bool) -> None:
    from docx import Document
    from docx.shared import Pt

    from cchc.writing.report_docx import text_em

    out = _docx(tmp_path, narrative)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "w:tblHeader" in xml and "w:cantSplit" in xml and "w:keepNext" in xml
    document = Document(str(out))
    body, annex = document.sections[0], document.sections[-1]
    assert body.different_first_page_header_footer and "PAGE" in body.header._element.xml
    assert not annex.different_first_page_header_footer and annex.page_width > annex.page_height
    data_tables = document.tables[2:]  # after the letterhead and the signature block
    assert len(data_tables) >= 5
    text_width = annex.page_width - annex.left_margin - annex.right_margin
    for table in data_tables:
        rows = table.rows
        assert rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
        assert all(row._tr.trPr.find(f"{W}cantSplit") is not None for row in rows)
        widths = [int(column.w) for column in table._tbl.tblGrid.gridCol_lst]
        assert sum(widths) <= text_width + 20
        for index, width in enumerate(widths):
            words = [w for row in rows for w in row.cells[index].text.split()
                     if len({id(c) for c in row.cells}) == len(row.cells)]  # not the merged group rows
            longest = max((text_em(w, True) for w in words), default=0)
            assert width >= longest * Pt(12), (table.rows[0].cells[index].text, words)
    previous = {}
    for element in document.element.body.iterchildren():
        if element.tag == f"{W}tbl" and previous.get("tag") == f"{W}p" and element in [t._tbl for t in data_tables]:
            assert previous["keep"], "a table heading must keep with its table"
        previous = {"tag": element.tag, "keep": element.tag == f"{W}p" and (
            element.find(f"{W}pPr/{W}keepNext") is not None)}
    figures = [cell for table in data_tables for row in table.rows[1:] for cell in row.cells
               if re.fullmatch(r"\d+|\d+,\d%", cell.text)]
    assert figures and all(cell.paragraphs[0].alignment == 2 for cell in figures)  # RIGHT


def _pdf(docx: Path, layout: bool = True) -> list[str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        print("bỏ qua: cần LibreOffice (soffice) và pdftotext để đổi DOCX sang PDF")
        pytest.skip("LibreOffice (soffice) or pdftotext is not installed")
    profile = docx.parent / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(docx.parent), str(docx)], check=True, capture_output=True, timeout=300)
    pdf = docx.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


@pytest.mark.parametrize("narrative", [False, True], ids=["draft", "narrative"])
def test_printed_report_through_libreoffice(tmp_path: Path, narrative: bool) -> None:
    pages = _pdf(_docx(tmp_path, narrative))
    flat = [" ".join(page.split()) for page in pages]
    whole = " ".join(flat)
    first = flat[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "Độc lập - Tự do - Hạnh phúc" in first
    assert "ỦY BAN NHÂN DÂN" in first and "BÁO CÁO" in first
    assert "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2021" in first
    assert ("Số: 98/BC-UBND" if narrative else "Số: /BC-UBND") in first
    assert ("Quảng Nam, ngày 18 tháng 6 năm 2021" if narrative else "Quảng Nam, ngày tháng năm 2021") in first
    for heading in SECTIONS:
        assert heading in whole
    assert "Nơi nhận:" in whole and "PHÓ CHỦ TỊCH" in whole
    assert ("Nguyễn Văn Thử" if narrative else "Hồ Quang Bửu") in whole
    if not narrative:
        assert whole.count(PLACEHOLDER) >= 8
    # page numbers: none on page 1, then 2, 3, … at the top of every page
    assert not re.match(r"\s*1\s*$", pages[0].strip().splitlines()[0])
    for number, page in enumerate(pages[1:], 2):
        assert page.strip().splitlines()[0].strip() == str(number), (number, page[:200])
    # the annex: a table that runs onto another page has its header row there too
    annex = [i for i, page in enumerate(flat) if "SỐ LIỆU KẾT QUẢ THỰC HIỆN NHIỆM VỤ" in page][0]
    report = _report(narrative)
    agencies = [line.name for line in report.agencies]
    for page in flat[annex:]:
        if any(f"{name} " in page for name in agencies[-3:]) and "Kết quả theo cơ quan chủ trì" not in page:
            assert all(word in page for word in ("Cơ quan chủ trì", "Đang thực", "Tỷ lệ đúng")), page[:300]
    # no row split across pages: every task of the next-period table starts and ends on one page
    cells = [" ".join(page.split()) for page in _pdf(tmp_path / ("co-phan-loi.docx" if narrative else "nhap.docx"),
                                                     layout=False)][annex:]
    for row in report.upcoming:
        words = row.task.content.split()
        head, tail = " ".join(words[:6]), " ".join(words[-3:])
        hits = [page for page in cells if head in page]
        assert hits and tail in hits[-1][hits[-1].index(head):], row.task.content


# ------------------------------------------------------------------------------- narrative files

def test_narrative_fixture_lints_clean_and_plans_lint_as_before() -> None:
    result = lint_paths([FIXTURES / "reports"])
    assert [f.kind for f in result.files] == ["report"] and result.files[0].diagnostics == ()
    plans = lint_paths([ROOT / "plans"])
    assert {f.kind for f in plans.files} == {"plan", "registry"}


def test_narrative_errors_are_located(tmp_path: Path) -> None:
    folder = tmp_path / "reports" / "kh-thu"
    folder.mkdir(parents=True)
    (folder / "2021-6-thang.yaml").write_text(
        "version: 1\nplan: kh-thu\nperiod: 2021-H1\ndocument:\n  numbr: 5\n  date: 2021-13-01\n"
        "assessment:\n  strengths:\n    - bulets: [Tốt]\n", encoding="utf-8")
    result = lint_paths([tmp_path])
    found = {(d.line, d.column, d.code) for f in result.files for d in f.diagnostics}
    assert {(5, 3, "S001"), (6, 9, "S004"), (9, 7, "S001")} <= found
    messages = " ".join(d.message + d.hint for f in result.files for d in f.diagnostics)
    assert "tệp báo cáo" in messages and "number" in messages


def test_report_new_then_report(tmp_path: Path) -> None:
    folder = tmp_path / "ke-hoach"
    folder.mkdir()
    shutil.copy(PLAN, folder / PLAN.name)
    shutil.copy(PLAN.parent / "agencies.yaml", folder / "agencies.yaml")
    plan = folder / PLAN.name
    made = _cchc("report", "new", str(plan), "--period", "6 tháng đầu năm 2021", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    draft = folder / "reports" / "quang-nam-kh-cchc-2021" / "2021-6-thang.yaml"
    text = draft.read_text(encoding="utf-8")
    assert "quá hạn 75 ngày" in text and "period: 2021-H1" in text and "plan: quang-nam-kh-cchc-2021" in text
    assert _cchc("lint", str(folder)).returncode == 0  # the draft is a valid report file
    again = _cchc("report-new", str(plan), "--period", "2021-H1", cwd=tmp_path)
    assert again.returncode == 1 and "không ghi đè" in again.stderr and draft.read_text(encoding="utf-8") == text
    staff = text.replace("- Có 2 nhiệm vụ đang thực hiện, chưa đến hạn; 3 nhiệm vụ thực hiện thường xuyên.",
                         "- Đã rà soát 120 văn bản quy phạm pháp luật (lời cán bộ).")
    draft.write_text(staff, encoding="utf-8")
    out = _cchc("report", str(plan), "--period", "2021-H1", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Đã rà soát 120 văn bản quy phạm pháp luật (lời cán bộ)." in out.stdout
    assert "quá hạn 75 ngày" in out.stdout  # the facts, as drafted
    assert f"***{PLACEHOLDER}***" in out.stdout  # causes: nothing to draft from, still marked
    # every earlier invocation still works: folders, several paths
    assert _cchc("report", str(folder), "--period", "2021-H1", cwd=tmp_path).returncode == 0
    assert _cchc("report", "plans", "--as-of", "2021-07-01").returncode == 0


def test_report_new_names_the_repository_schema_copy(tmp_path: Path) -> None:
    """The draft's modeline points at the repository's own schema copy (.cchc/schema/, written by
    cchc init) by a relative path, so VS Code checks it offline; without a copy, the web address."""
    folder = tmp_path / "kho" / "plans" / "tinh"
    folder.mkdir(parents=True)
    shutil.copy(PLAN, folder / PLAN.name)
    shutil.copy(PLAN.parent / "agencies.yaml", folder / "agencies.yaml")
    copy = tmp_path / "kho" / ".cchc" / "schema"
    copy.mkdir(parents=True)
    (copy / "report.schema.json").write_bytes((ROOT / "schema" / "report.schema.json").read_bytes())
    assert _cchc("report", "new", str(folder / PLAN.name), "--period", "2021-H1", cwd=tmp_path).returncode == 0
    draft = folder / "reports" / "quang-nam-kh-cchc-2021" / "2021-6-thang.yaml"
    first = draft.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../../../.cchc/schema/report.schema.json"
    assert (draft.parent / first.split("=", 1)[1]).resolve() == (copy / "report.schema.json").resolve()
    elsewhere = tmp_path / "le"
    elsewhere.mkdir()
    shutil.copy(PLAN, elsewhere / PLAN.name)
    assert _cchc("report", "new", str(elsewhere / PLAN.name), "--period", "2021-H1", cwd=tmp_path).returncode == 0
    lone = elsewhere / "reports" / "quang-nam-kh-cchc-2021" / "2021-6-thang.yaml"
    assert lone.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=https://cchc.github.io/schema/report.schema.json\n")


def test_broken_narrative_is_a_located_message(tmp_path: Path) -> None:
    bad = tmp_path / "bao-cao.yaml"
    bad.write_text("version: 1\nplan: quang-nam-kh-cchc-2021\nperiod: 2021-H1\nkien_nghi: []\n", encoding="utf-8")
    out = _cchc("report", str(PLAN), "--period", "2021-H1", "--narrative", str(bad))
    assert out.returncode == 1 and f"{bad}:4:1" in out.stderr and "Traceback" not in out.stderr
    other = tmp_path / "khac.yaml"
    other.write_text("version: 1\nplan: khac\nperiod: 2021-H1\n", encoding="utf-8")
    out = _cchc("report", str(PLAN), "--period", "2021-H1", "--narrative", str(other))
    assert out.returncode == 2 and "kế hoạch khac" in out.stderr


# ------------------------------------------------------------------------------- templates

def test_report_templates_are_refused_in_vietnamese(tmp_path: Path) -> None:
    missing = _cchc("report", str(PLAN), "-f", "docx", "-o", str(tmp_path / "a.docx"),
                    "--template", str(tmp_path / "khong-co.docx"))
    assert missing.returncode == 2 and "không tìm thấy mẫu" in missing.stderr and "khong-co.docx" in missing.stderr
    assert "Traceback" not in missing.stderr
    text = tmp_path / "mau.docx"
    text.write_text("không phải docx", encoding="utf-8")
    broken = _cchc("report", str(PLAN), "-f", "docx", "-o", str(tmp_path / "b.docx"), "--template", str(text))
    assert broken.returncode == 2 and "Traceback" not in broken.stderr and "không phải tệp Word .docx" in broken.stderr
    xlsx = _cchc("report", str(PLAN), "-f", "xlsx", "-o", str(tmp_path / "c.xlsx"), "--template", str(text))
    assert xlsx.returncode == 2 and "định dạng xlsx không dùng mẫu riêng" in xlsx.stderr
    assert not (tmp_path / "c.xlsx").exists()


def test_html_print_stylesheet_keeps_the_promises() -> None:
    html = render_report_text(_report(False), "html")
    assert html.count("<thead>") == sum(1 for table in _report(False).annex if table.rows)
    for rule in ("table.data thead { display: table-header-group; }", "break-inside: avoid",
                 "section.annex { page: landscape;", "white-space: nowrap", ".so { white-space: pre; }",
                 "table.sign { break-inside: avoid;"):
        assert rule in html, rule
    assert '<td class="so">Số:      /BC-UBND</td>' in html
    assert '<p class="placeholder">[Nội dung cần bổ sung]</p>' in html
    assert '<td class="num">75</td>' in html and '<td class="tt">VII.12 (quý II)</td>' in html


def test_chart_font_skips_a_same_named_file_without_vietnamese_letters(monkeypatch):
    """Two files named "Liberation Serif" (Liberation 1 has no Vietnamese letters, Liberation 2 has):
    the chart uses the one that covers the letters, whatever order matplotlib listed them in."""
    import matplotlib
    from matplotlib import font_manager

    from cchc.writing.report import _chart_font, _has_vietnamese

    data = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    lacking, covering = str(data / "cmr10.ttf"), str(data / "DejaVuSerif.ttf")
    assert not _has_vietnamese(lacking) and _has_vietnamese(covering)
    manager = font_manager.FontManager.__new__(font_manager.FontManager)
    manager.__dict__.update(font_manager.fontManager.__dict__)
    entry = font_manager.FontEntry
    manager.ttflist = [entry(fname=lacking, name="Liberation Serif", weight=400),
                       entry(fname=covering, name="Liberation Serif", weight=400)]
    monkeypatch.setattr(font_manager, "fontManager", manager)
    monkeypatch.setattr(font_manager, "findfont", manager.findfont)
    assert _chart_font() == "Liberation Serif"
    assert [e.fname for e in manager.ttflist] == [covering]
    assert manager.findfont(font_manager.FontProperties(family="Liberation Serif"),
                            fallback_to_default=False) == covering
