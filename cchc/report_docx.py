"""The report as a Word document (A4, Times New Roman in every script slot, NĐ 30 margins), with
the chart of status by area as a picture. python-docx is imported here only."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from cchc.render import long_date, percent, short_date
from cchc.report import Report, chart_png
from cchc.status import Row

FONT = "Times New Roman"


def completion(row: Row) -> str:
    """"20/03/2021 (đúng hạn)", "10/04/2021 (chậm 10 ngày)"."""
    late = f"chậm {row.days_late} ngày" if row.days_late else "đúng hạn"
    return f"{short_date(row.completed)} ({late})"


def blocked_note(row: Row) -> str:
    """The note of a blocked milestone with the date it was recorded."""
    entry = row.progress
    if entry is None:
        return ""
    return f"{entry.note.strip()} ({short_date(entry.date)})" if entry.note else f"(ghi ngày {short_date(entry.date)})"


def _fonts(element: Any) -> None:
    """Set Times New Roman on every w:rFonts slot of a run properties element."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fonts = element.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        element.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)


def _base(template: Path | None) -> Any:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = Document(str(template)) if template else Document()
    if template is None:
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        normal = document.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(14)
        normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        normal.paragraph_format.space_after = Pt(6)
        _fonts(normal.element.get_or_add_rPr())
        for name in ("Table Grid",):
            if name in [s.name for s in document.styles]:
                _fonts(document.styles[name].element.get_or_add_rPr())
        defaults = document.styles.element.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}docDefaults")
        if defaults is not None:
            rpr = defaults.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPrDefault")
            if rpr is not None and rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPr") is not None:
                _fonts(rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPr"))
    else:  # a user's base document: keep its look, drop its body
        body = document.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
    return document


def write_report_docx(report: Report, out: Path, template: Path | None = None) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = _base(template)

    def paragraph(text: str = "", *, bold: bool = False, italic: bool = False, center: bool = False,
                  size: float | None = None, indent: bool = False) -> Any:
        para = document.add_paragraph()
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            para.paragraph_format.first_line_indent = Cm(1.27)
        run = para.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        return para

    def table(header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        grid = document.add_table(rows=1, cols=len(header))
        grid.style = "Table Grid"
        for cell, text in zip(grid.rows[0].cells, header, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = Pt(12)
        for values in rows:
            cells = grid.add_row().cells
            for cell, text in zip(cells, values, strict=True):
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                run.font.size = Pt(12)
        grid.autofit = False
        for column, width in zip(grid.columns, widths, strict=True):
            column.width = Cm(width)  # w:gridCol, which LibreOffice reads
        for row in grid.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Cm(width)
                for para in cell.paragraphs:
                    para.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    para.paragraph_format.space_after = Pt(0)
        document.add_paragraph()

    if report.issuer:
        paragraph(report.issuer, bold=True, center=True, size=13)
    paragraph("BÁO CÁO", bold=True, center=True)
    paragraph(report.title, bold=True, center=True)
    paragraph(f"(Tính đến {long_date(report.as_of)})", italic=True, center=True)

    grid = report.grid
    came_due = grid["came_due"]

    def share(value: int) -> str:
        return percent(value / came_due) if came_due else "—"

    paragraph("I. TỔNG HỢP CHUNG", bold=True)
    table(["Nội dung", "Số lượng", "Tỷ lệ"], [
        ["Tổng số mốc nhiệm vụ", str(grid["total"]), ""],
        ["1. Nhiệm vụ đã đến hạn", str(came_due), ""],
        ["- Hoàn thành đúng hạn", str(grid["done_on_time"]), share(grid["done_on_time"])],
        ["- Hoàn thành quá hạn", str(grid["done_late"]), share(grid["done_late"])],
        ["- Chưa hoàn thành, quá hạn", str(grid["overdue"]), share(grid["overdue"])],
        ["2. Nhiệm vụ chưa đến hạn, đang thực hiện trong hạn", str(grid["not_due"]), ""],
        ["- Trong đó sắp đến hạn", str(grid["due_soon"]), ""],
        ["3. Nhiệm vụ thường xuyên", str(grid["ongoing"]), ""],
        ["4. Nhiệm vụ chờ điều kiện", str(grid["awaiting_trigger"]), ""],
        ["5. Nhiệm vụ không thực hiện", str(grid["cancelled"]), ""],
    ], [11, 3, 3])
    paragraph("Tỷ lệ hoàn thành đúng hạn trên số nhiệm vụ đã đến hạn: "
              f"{percent(report.status.on_time_rate)}.", indent=True)

    paragraph("II. KẾT QUẢ THEO LĨNH VỰC CẢI CÁCH", bold=True)
    table(["Lĩnh vực", "Tổng số", "Đúng hạn", "Quá hạn (đã xong)", "Trong hạn", "Quá hạn", "Thường xuyên",
           "Chờ điều kiện", "Tỷ lệ"],
          [[a.name, str(a.total), str(a.done_on_time), str(a.done_late), str(a.on_track), str(a.overdue),
            str(a.ongoing), str(a.awaiting), percent(a.on_time_rate)] for a in report.areas],
          [4.2, 1.3, 1.4, 1.6, 1.4, 1.3, 1.6, 1.6, 1.6])
    picture = document.add_paragraph()
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.add_run().add_picture(io.BytesIO(chart_png(report)), width=Cm(16))

    paragraph("III. NHIỆM VỤ QUÁ HẠN THEO CƠ QUAN CHỦ TRÌ", bold=True)
    if not report.overdue_by_agency:
        paragraph("Không có nhiệm vụ quá hạn.", indent=True)
    for agency, rows in report.overdue_by_agency:
        paragraph(f"{agency} ({len(rows)} nhiệm vụ)", bold=True, italic=True)
        table(["TT", "Nội dung, nhiệm vụ", "Thời gian hoàn thành", "Hạn", "Số ngày quá hạn"],
              [[row.id, row.task.content, row.deadline_text, short_date(row.due), str(row.days_overdue)]
               for row in rows], [1.8, 7.6, 2.8, 2.7, 1.7])

    paragraph(f"IV. NHIỆM VỤ ĐẾN HẠN TRƯỚC KỲ BÁO CÁO TỚI (đến {short_date(report.upcoming_until)})", bold=True)
    if report.upcoming:
        table(["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Hạn"],
              [[row.id, row.task.content, "; ".join(row.task.effective_lead), short_date(row.due)]
               for row in report.upcoming], [1.8, 8.5, 3.8, 2.7])
    else:
        paragraph("Không có nhiệm vụ đến hạn trong kỳ tới.", indent=True)

    paragraph("V. KẾT QUẢ THEO CƠ QUAN CHỦ TRÌ", bold=True)
    table(["Cơ quan chủ trì", "Số mốc", "Đúng hạn", "Quá hạn (đã xong)", "Quá hạn", "Đang thực hiện", "Tỷ lệ"],
          [[a.name, str(a.led), str(a.done_on_time), str(a.done_late), str(a.overdue), str(a.open),
            percent(a.on_time_rate)] for a in report.agencies], [5.6, 1.6, 1.6, 1.9, 1.6, 2, 1.7])
    in_period = " TRONG KỲ" if report.period else ""
    since = f" (từ {short_date(report.period.start)})" if report.period else ""
    paragraph(f"VI. NHIỆM VỤ ĐÃ HOÀN THÀNH{in_period}{since}", bold=True)
    if report.completed:
        table(["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Ngày hoàn thành", "Minh chứng"],
              [[row.id, row.task.content, "; ".join(row.task.effective_lead), completion(row),
                (row.progress.evidence or "") if row.progress else ""] for row in report.completed],
              [1.8, 6.4, 3, 2.6, 3])
    else:
        paragraph(f"Không có nhiệm vụ nào được ghi nhận hoàn thành{' trong kỳ' if report.period else ''}.",
                  indent=True)
    paragraph("VII. NHIỆM VỤ GẶP VƯỚNG MẮC", bold=True)
    if report.blocked:
        table(["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Hạn", "Vướng mắc"],
              [[row.id, row.task.content, "; ".join(row.task.effective_lead), short_date(row.due),
                blocked_note(row)] for row in report.blocked], [1.8, 6.4, 3, 2.4, 3.2])
    else:
        paragraph("Không có nhiệm vụ nào được ghi nhận gặp vướng mắc.", indent=True)
    if report.targets:
        from cchc.targets import VERDICT_LABELS

        paragraph("VIII. KẾT QUẢ THỰC HIỆN CHỈ TIÊU", bold=True)
        table(["Mã", "Chỉ tiêu", "Năm", "Đánh giá", "Căn cứ đánh giá"],
              [[item.target.id or "", item.target.text, str(item.year), VERDICT_LABELS[item.verdict], item.rule]
               for item in report.targets], [1.6, 7.4, 1.3, 2.4, 4.3])
    if report.rollup:
        paragraph("IX. TỔNG HỢP THEO ĐƠN VỊ", bold=True)
        table(["Đơn vị", "Số kế hoạch", "Số mốc", "Đúng hạn", "Quá hạn (đã xong)", "Quá hạn", "Tỷ lệ"],
              [[line.unit, str(line.plans), str(line.total), str(line.done_on_time), str(line.done_late),
                str(line.overdue), percent(line.on_time_rate)] for line in report.rollup],
              [5.2, 1.8, 1.6, 1.6, 1.9, 1.6, 1.6])
    document.core_properties.title = f"Báo cáo {report.title}"
    document.core_properties.author = "cchc"
    buffer = io.BytesIO()
    document.save(buffer)
    from cchc.edit import write_new_file

    write_new_file(out, buffer.getvalue())
