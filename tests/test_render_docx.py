"""The plan as a NĐ 30 Word document, checked through python-docx (never by bytes)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm

from cchc.checking.workspace import load_workspace
from cchc.reading.model import PartialDate, build_plan
from cchc.writing.render import TemplateProblem
from cchc.writing.render_docx import (
    QUOC_HIEU,
    STYLES,
    TIEU_NGU,
    default_template,
    issuer_lines,
    make_base_document,
    number_line,
    render_plan_docx,
    vietnamese_date_line,
)

ROOT = Path(__file__).resolve().parent.parent
QUANG_NAM_2021 = "plans/quang-nam/kh-cchc-2021.yaml"
PLANS = {
    "plans/nam-dinh/kh-cchc-2021-2025.yaml": "Nam Định, ngày 29 tháng 9 năm 2021",
    "plans/quang-nam/ctr-hanh-dong-nq16-2021-2025.yaml": "Quảng Nam, ngày     tháng 11 năm 2021",
    QUANG_NAM_2021: "Quảng Nam, ngày     tháng 12 năm 2020",
    "plans/quang-ngai/binh-son-kh-par-sipas-2022.yaml": "…, ngày     tháng     năm 2022",
}
FONT = "Times New Roman"
SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def load_plan(relative: str):
    workspace = load_workspace([ROOT / relative])
    assert len(workspace.plans) == 1, workspace.skipped
    return workspace.plans[0]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("docx")
    paths = {}
    for relative in PLANS:
        plan = load_plan(relative)
        out = folder / f"{plan.id}.docx"
        render_plan_docx(plan, out)
        paths[relative] = out
    return paths


def effective(paragraph, run, attribute: str):
    """A run's bold/italic as Word shows it: the run's own value, else its paragraph style chain."""
    value = getattr(run.font, attribute) if run is not None else None
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.font, attribute)
        style = style.base_style
    return bool(value)


def fonts(rpr) -> dict[str, str | None]:
    rfonts = rpr.find(qn("w:rFonts"))
    assert rfonts is not None
    return {slot: rfonts.get(qn(slot)) for slot in SLOTS}


def table_text(table) -> str:
    return "\n".join(p.text for row in table.rows for cell in row.cells for p in cell.paragraphs)


def close(length, millimetres: float) -> bool:
    return abs(length - Mm(millimetres)) <= Mm(0.5)


# ----------------------------------------------------------------------------- pure helpers

@pytest.mark.parametrize(("place", "date", "year", "expected"), [
    ("Nam Định", PartialDate(2021, 9, 29), None, "Nam Định, ngày 29 tháng 9 năm 2021"),
    ("Hà Nội", PartialDate(2021, 1, 5), None, "Hà Nội, ngày 05 tháng 01 năm 2021"),
    ("Hà Nội", PartialDate(2022, 2, 10), None, "Hà Nội, ngày 10 tháng 02 năm 2022"),
    ("Hà Nội", PartialDate(2022, 3, 1), None, "Hà Nội, ngày 01 tháng 3 năm 2022"),
    ("Quảng Nam", PartialDate(2021, 11), None, "Quảng Nam, ngày     tháng 11 năm 2021"),
    ("Quảng Nam", PartialDate(2021), 2020, "Quảng Nam, ngày     tháng     năm 2021"),
    (None, None, 2022, "…, ngày     tháng     năm 2022"),
    (None, None, None, "…, ngày     tháng     năm 20…"),
    ("Bình Sơn", None, 2022, "Bình Sơn, ngày     tháng     năm 2022"),
])
def test_vietnamese_date_line(place, date, year, expected):
    assert vietnamese_date_line(place, date, year) == expected


def test_number_line():
    assert number_line("111", "KH-UBND") == "Số: 111/KH-UBND"
    assert number_line("5", "QĐ-UBND") == "Số: 05/QĐ-UBND"
    assert number_line(None, "KH-UBND") == "Số:      /KH-UBND"
    assert number_line(None, None, "KH") == "Số:      /KH"


def test_issuer_lines():
    assert issuer_lines("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH") == ["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH"]
    assert issuer_lines("Sở Nội vụ") == ["SỞ NỘI VỤ"]


# ------------------------------------------------------------------------------ base document

def test_bundled_base_is_empty_a4_with_every_style():
    base = docx.Document(str(default_template()))
    assert not base.paragraphs and not base.tables
    section = base.sections[0]
    assert close(section.page_width, 210) and close(section.page_height, 297)
    names = {style.name for style in base.styles}
    assert {spec.name for spec in STYLES} <= names


def test_base_sets_font_on_every_style():
    base = make_base_document()
    for style in base.styles:
        if style.type != WD_STYLE_TYPE.LIST:  # numbering styles carry no run properties
            assert fonts(style.element.rPr) == dict.fromkeys(SLOTS, FONT), style.name


# ------------------------------------------------------------------------------ every plan

@pytest.mark.parametrize("relative", list(PLANS))
def test_page_setup_and_fonts(rendered, relative):
    document = docx.Document(str(rendered[relative]))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert close(section.page_width, 210) and close(section.page_height, 297)
    assert close(section.top_margin, 20) and close(section.bottom_margin, 20)
    assert close(section.left_margin, 30) and close(section.right_margin, 15)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert fonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))) == dict.fromkeys(SLOTS, FONT)
    normal = document.styles["Normal"]
    assert fonts(normal.element.rPr) == dict.fromkeys(SLOTS, FONT)
    assert normal.font.size.pt == 14


@pytest.mark.parametrize("relative", list(PLANS))
def test_letterhead(rendered, relative):
    document = docx.Document(str(rendered[relative]))
    header = document.tables[0]
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and len(borders)
    assert all(edge.get(qn("w:val")) in ("none", "nil") for edge in borders)
    text = table_text(header)
    assert QUOC_HIEU in text and TIEU_NGU in text
    expected = PLANS[relative]
    lines = [p for row in header.rows for cell in row.cells for p in cell.paragraphs if p.text == expected]
    assert lines, f"no date line {expected!r} in {text!r}"
    assert all(effective(lines[0], run, "italic") for run in lines[0].runs)


@pytest.mark.parametrize("relative", list(PLANS))
def test_page_numbers_from_page_two(rendered, relative):
    document = docx.Document(str(rendered[relative]))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element
    chars = [c.get(qn("w:fldCharType")) for c in header.iter(qn("w:fldChar"))]
    assert chars[0] == "begin" and chars[-1] == "end"
    assert any(i.text.strip() == "PAGE" for i in header.iter(qn("w:instrText")))
    first = section.first_page_header._element
    assert not list(first.iter(qn("w:instrText")))


@pytest.mark.parametrize("relative", list(PLANS))
def test_signature_block(rendered, relative):
    plan = load_plan(relative)
    document = docx.Document(str(rendered[relative]))
    tables = [t for t in document.tables if "Nơi nhận:" in table_text(t)]
    assert len(tables) == 1
    text = table_text(tables[0])
    assert plan.document.signer.name in text
    assert plan.document.signer.position.upper() in text
    borders = tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(edge.get(qn("w:val")) in ("none", "nil") for edge in borders)


def test_body_keeps_source_numbering(rendered):
    document = docx.Document(str(rendered["plans/nam-dinh/kh-cchc-2021-2025.yaml"]))
    by_text = {p.text: p for p in document.paragraphs}
    heading = by_text["I. MỤC ĐÍCH, YÊU CẦU"]
    assert heading.style.name == "CCHC Mục 1" and effective(heading, None, "bold")
    assert by_text["1. Mục đích"].style.name == "CCHC Mục 2"
    assert document.paragraphs[0].text == "KẾ HOẠCH"
    assert any(p.text.startswith("- 100% văn bản quy phạm pháp luật") for p in document.paragraphs)


def test_decision_heading(rendered):
    document = docx.Document(str(rendered[QUANG_NAM_2021]))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "QUYẾT ĐỊNH"
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM" in texts
    decide = texts.index("QUYẾT ĐỊNH:")
    basis = texts.index(next(t for t in texts if t.startswith("Căn cứ Luật Tổ chức")))
    assert basis < decide
    paragraph = document.paragraphs[basis]
    assert all(effective(paragraph, run, "italic") for run in paragraph.runs)
    article = document.paragraphs[decide + 1]
    assert article.text.startswith("Điều 1.") and article.runs[0].bold


def test_responsibility_label(rendered):
    document = docx.Document(str(rendered["plans/quang-ngai/binh-son-kh-par-sipas-2022.yaml"]))
    labels = [p for p in document.paragraphs if p.text == "Phân công trách nhiệm:"]
    assert len(labels) == 7
    assert effective(labels[0], None, "bold") and effective(labels[0], None, "italic")


# ---------------------------------------------------------------------- the appendix table

def test_appendix_is_a_landscape_table(rendered):
    document = docx.Document(str(rendered[QUANG_NAM_2021]))
    assert len(document.sections) == 2
    last = document.sections[-1]
    assert last.orientation == WD_ORIENT.LANDSCAPE
    assert last.page_width > last.page_height
    assert not last.different_first_page_header_footer
    table = document.tables[-1]
    rows = table.rows
    assert len(rows) == 1 + 7 + 48 + 3
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    assert [c.text for c in rows[0].cells][:2] == ["TT", "Nội dung, nhiệm vụ"]
    assert rows[0].cells[4].text == "Cơ quan chủ trì thực hiện"
    section_rows = [row for row in rows[1:] if len(row._tr.tc_lst) == 2]
    assert [row.cells[0].text for row in section_rows] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    for row in section_rows:
        for cell in row._tr.tc_lst:
            paragraph = docx.text.paragraph.Paragraph(cell.p_lst[0], table)
            assert effective(paragraph, None, "bold")
    assert section_rows[0].cells[1].text == "CẢI CÁCH THỂ CHẾ"
    ids = [row.cells[0].text for row in rows]
    at = ids.index("a)")
    assert ids[at - 1:at + 3] == ["10", "a)", "b)", "c)"]
    first_task = rows[2].cells
    assert first_task[4].text.startswith("Các Sở: Kế hoạch và Đầu tư")
    assert first_task[2].text == ""
    width = sum(int(tc.width or 0) for tc in rows[2]._tr.tc_lst)
    text_width = last.page_width - last.left_margin - last.right_margin
    assert abs(width - text_width) <= Mm(1)


def test_custom_template_margins_and_missing_template(tmp_path):
    base = make_base_document()
    base.sections[0].left_margin = Mm(35)
    template = tmp_path / "mine.docx"
    base.save(str(template))
    out = tmp_path / "out.docx"
    render_plan_docx(load_plan(QUANG_NAM_2021), out, template)
    document = docx.Document(str(out))
    assert all(close(section.left_margin, 35) for section in document.sections)
    with pytest.raises(TemplateProblem):
        render_plan_docx(load_plan(QUANG_NAM_2021), out, tmp_path / "missing.docx")


def test_sparse_plan_renders(tmp_path):
    """No signer, recipients, place, date or labels; two appendices; a template without styles;
    a control character XML cannot hold."""
    data = {
        "id": "sparse",
        "document": {"type": "Báo cáo", "issuer": "Sở Nội vụ", "title": "Thử"},
        "period": {"start": 2023, "end": 2023},
        "body": [{"number": "1.", "content": ["Nội\x0b dung"]}, {"title": "Không số",
                                                              "content": [{"content": ["Lồng"]}]}],
        "appendices": [
            {"sections": [{"title": "Nhóm", "tasks": [{"id": 1, "content": "Việc",
                                                        "subtasks": [{"id": "a)", "content": "Con"}]}]}]},
            {"sections": [{"number": "I", "title": "Khác", "tasks": []}]},
        ],
    }
    plan = build_plan(data, "sparse.yaml")
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    out = tmp_path / "sparse.docx"
    render_plan_docx(plan, out, plain)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert "1. Nội dung" in texts and "Phụ lục I" in texts and "Phụ lục II" in texts
    assert "…, ngày     tháng     năm 2023" in table_text(document.tables[0])
    assert len(document.sections) == 3
    assert document.tables[2].rows[-1].cells[0].text == "a)"


# ------------------------------------------------------------------------------- LibreOffice

def _pdf_pages(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60).stdout
        match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        if match:
            return int(match.group(1))
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


def _first_line(pdf: Path, page: int) -> str:
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                          capture_output=True, text=True, timeout=60).stdout
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def test_libreoffice_renders_the_pages(rendered, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) không có: bỏ qua phép chuyển sang PDF")
        pytest.skip("soffice is not installed")
    source = rendered[QUANG_NAM_2021]
    profile = (tmp_path / "profile").resolve().as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)],
                   capture_output=True, timeout=180, check=False)
    pdf = tmp_path / (source.stem + ".pdf")
    assert pdf.is_file(), "LibreOffice did not produce a PDF"
    assert _pdf_pages(pdf) >= 4
    if shutil.which("pdftotext") is None:
        print("pdftotext không có: bỏ qua kiểm tra số trang in trên trang 1 và 2")
        return
    assert _first_line(pdf, 1) != "1"
    assert "CỘNG HÒA" in _first_line(pdf, 1)
    assert _first_line(pdf, 2) == "2"
