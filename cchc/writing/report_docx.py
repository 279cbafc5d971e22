"""The báo cáo as a Word document, laid out like the plans (Nghị định 30/2020/NĐ-CP): the same base
document and named styles as :mod:`cchc.writing.render_docx` (``cchc/templates/plan.docx`` or the user's
``--template``), the NĐ 30 header block, "BÁO CÁO" and its title, sections I–V
(:func:`cchc.writing.report.Report.outline`), the signature block and Nơi nhận, then the statistics as one
landscape Phụ lục (:mod:`cchc.writing.report_annex`) with the chart of states by area.

Tables are made to print: the header row repeats on every page (``w:tblHeader``), no row splits
across pages (``w:cantSplit``), the heading before a table keeps with it (``w:keepNext``), column
widths come from the content so that no column is narrower than its longest word, they add up to
the section's text width, and numbers are right-aligned. Placeholders ("[Nội dung cần bổ sung]")
are italic and highlighted so a draft is seen as one.
"""

from __future__ import annotations

import io
import types
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cchc.deriving.status import Row
from cchc.writing.report import Report, chart_png

FONT = "Times New Roman"
#: Tables with at most this many body rows are kept on one page (every row keeps with the next).
KEEP_TOGETHER = 12


def completion(row: Row) -> str:
    """"20/03/2021 (đúng hạn)", "10/04/2021 (chậm 10 ngày)"."""
    from cchc.writing.render import short_date

    late = f"chậm {row.days_late} ngày" if row.days_late else "đúng hạn"
    return f"{short_date(row.completed)} ({late})"


def blocked_note(row: Row) -> str:
    """The note of a blocked milestone with the date it was recorded."""
    from cchc.writing.render import short_date

    entry = row.progress
    if entry is None:
        return ""
    return f"{entry.note.strip()} ({short_date(entry.date)})" if entry.note else f"(ghi ngày {short_date(entry.date)})"


# ------------------------------------------------------------------------------- column widths

_NARROW = set("fijlrtI.,;:'!|()[]/-")
_WIDE = set("mwMW")


def _char_em(ch: str, bold: bool) -> float:
    """Advance width of one character in Times New Roman, in em, rounded up (a safe estimate)."""
    base = unicodedata.normalize("NFD", ch)[0] if ch else ch
    if base == " ":
        width = 0.25
    elif base in _WIDE:
        width = 0.95 if base.isupper() else 0.78
    elif base in _NARROW:
        width = 0.34
    elif base.isdigit():
        width = 0.5
    elif base.isupper():
        width = 0.74
    else:
        width = 0.5
    return width * (1.06 if bold else 1.0)


def text_em(text: str, bold: bool = False) -> float:
    return sum(_char_em(ch, bold) for ch in text)


def fit_widths(header: Sequence[str], rows: Sequence[Sequence[str]], total: int, size_pt: float,
               padding: int) -> list[int]:
    """Column widths (EMU) summing to ``total``: each at least as wide as its longest word (header
    words in bold) plus the cell padding; the room left goes to the columns with the most text."""
    emu_per_em = size_pt * 12700 * 1.12  # a margin for the estimate and for the font actually used
    columns = len(header)
    least = [0.0] * columns
    want = [0.0] * columns
    for index in range(columns):
        body = [row[index] for row in rows if index < len(row)]
        words = [text_em(word, True) for word in header[index].split()]
        words += [text_em(word) for text in body for word in text.split()]
        least[index] = max(words or [1.0]) * emu_per_em + padding
        lines = [text_em(text) for text in body] or [0.0]
        heading = text_em(header[index], True) / 2  # a header may take two lines, not more
        want[index] = max(sum(lines) / len(lines), max(lines) * 0.35, heading) * emu_per_em + padding
    floor = [int(value) + 1 for value in least]
    if sum(floor) >= total:  # cannot fit whole words: share the width in proportion to the need
        scale = total / sum(floor)
        widths = [int(value * scale) for value in floor]
    else:
        room = total - sum(floor)
        extra = [max(0.0, w - f) for w, f in zip(want, floor, strict=True)]
        if sum(extra) <= 0:
            extra = [1.0] * columns
        if sum(extra) <= room:  # everyone gets what they want; the rest goes by the same shares
            widths = [int(f + e + (room - sum(extra)) * e / sum(extra)) for f, e in zip(floor, extra, strict=True)]
        else:
            widths = [int(f + room * e / sum(extra)) for f, e in zip(floor, extra, strict=True)]
    widths[max(range(columns), key=lambda i: widths[i])] += total - sum(widths)
    return widths


# ------------------------------------------------------------------------------- the writer

def write_report_docx(report: Report, out: Path, template: Path | None = None) -> None:
    """Write ``report`` to ``out`` (atomically) on ``template`` or the bundled plan base document.
    Raises :class:`cchc.writing.render.TemplateProblem` for an unusable template."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
    from docx.shared import Emu, Pt

    from cchc.writing.render import long_date
    from cchc.writing.render_docx import (
        PAGE_HEIGHT,
        PAGE_WIDTH,
        _clear_body,
        _open_base,
        _PageSetup,
        _row_flags,
        _style_size,
        _table_borders,
        _table_width,
        _text_width,
        _Writer,
        ensure_styles,
        xml_text,
    )

    if template is not None:
        from cchc.writing.templates_check import check_template

        check_template(template, "docx")  # a TemplateProblem the command reports (exit 2)
    document = _open_base(template)
    setup = _PageSetup.of(document.sections[0])
    _clear_body(document)
    ensure_styles(document)
    section = document.sections[0]
    setup.apply(section)
    block = report.document
    holder = types.SimpleNamespace(document=block, period=types.SimpleNamespace(start=report.as_of.year),
                                   appendices=(), id="", source="")
    writer = _Writer(document, holder)  # type: ignore[arg-type]  # the parts of a plan it reads
    writer.page_numbers(section)
    writer.letterhead()
    writer.add("BÁO CÁO", "CCHC Loại văn bản")
    writer.add(report.title, "CCHC Trích yếu")
    if report.period is None:
        writer.add(f"(Tính đến {long_date(report.as_of)})", "CCHC Phụ lục dẫn chiếu")
    width = writer.text_width
    writer.rule(document, width, width // 4, after=12)

    def keep(paragraph: Any) -> Any:
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    for part in report.outline:
        keep(writer.add(part.heading, writer.heading_style(part.level)))
        for paragraph in part.paragraphs:
            if paragraph.kind == "placeholder":
                para = writer.apply(document.add_paragraph(), "CCHC Nội dung")
                run = para.add_run(xml_text(paragraph.text))
                run.italic = True
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            elif paragraph.kind == "bullet":
                writer.add(f"- {paragraph.text}", "CCHC Nội dung")
            else:
                writer.add(paragraph.text, "CCHC Nội dung")
    writer.signature()

    # ---- Phụ lục: one landscape section, numbered on
    annex = document.add_section(WD_SECTION.NEW_PAGE)
    page_w, page_h = int(annex.page_width or PAGE_WIDTH), int(annex.page_height or PAGE_HEIGHT)
    annex.orientation = WD_ORIENT.LANDSCAPE
    annex.page_width, annex.page_height = Emu(max(page_w, page_h)), Emu(min(page_w, page_h))
    annex.different_first_page_header_footer = False
    writer.add("Phụ lục", "CCHC Phụ lục")
    from cchc.reading.vnformat import number_line, vietnamese_date_line

    number = number_line(block.number, block.symbol).removeprefix("Số: ")
    dated = vietnamese_date_line(None, block.date, report.as_of.year).removeprefix("…, ")
    writer.add(f"(Kèm theo Báo cáo số {number} {dated})", "CCHC Phụ lục dẫn chiếu")
    writer.add(f"SỐ LIỆU KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH "
               f"{report.period.label.upper() if report.period else ''}".strip(), "CCHC Phụ lục tên")
    writer.add(f"(Số liệu tính đến {long_date(report.as_of)})", "CCHC Phụ lục dẫn chiếu")
    text_width = _text_width(annex)
    size = _style_size(document, "CCHC Bảng", 12)
    padding = 2 * 108 * 635  # the default cell margins, 0.19 cm each side
    for index, table_spec in enumerate(report.annex, 1):
        heading = keep(writer.add(f"{index}. {table_spec.title}", "CCHC Mục 2"))
        heading.paragraph_format.space_before = Pt(6)
        if not table_spec.rows:
            writer.add(table_spec.empty, "CCHC Nội dung")
            continue
        cells_rows = [row for row in table_spec.rows if not isinstance(row, str)]
        widths = fit_widths(table_spec.header, cells_rows, text_width, size, padding)
        table = document.add_table(rows=1, cols=table_spec.width)
        _table_borders(table, "single")
        header = table.rows[0]
        _row_flags(header, header=True)
        for cell, title in zip(header.cells, table_spec.header, strict=True):
            writer.cell(cell, title, "CCHC Bảng tiêu đề")
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            for para in cell.paragraphs:
                para.paragraph_format.keep_with_next = True
        for row_spec in table_spec.rows:
            row = writer.add_row(table)
            _row_flags(row)
            if isinstance(row_spec, str):
                merged = row.cells[0].merge(row.cells[-1])
                writer.cell(merged, row_spec, "CCHC Bảng mục")
                for para in merged.paragraphs:
                    para.paragraph_format.keep_with_next = True  # a group heading stays with its first task
                continue
            for column, (cell, text) in enumerate(zip(row.cells, row_spec, strict=True)):
                is_tt = table_spec.header[column] == "TT"
                writer.cell(cell, text, "CCHC Bảng TT" if is_tt else "CCHC Bảng", center=is_tt)
                if column in table_spec.numeric:
                    for para in cell.paragraphs:
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _table_width(table, widths)
        if len(table_spec.rows) <= KEEP_TOGETHER:  # a short table is not broken over two pages
            for row in table.rows[:-1]:
                for cell in row.cells:
                    for para in cell.paragraphs:
                        para.paragraph_format.keep_with_next = True
        # no empty paragraph between rows of tables: a little space after each table instead
        spacer = writer.apply(document.add_paragraph(), "CCHC Bảng")
        spacer.paragraph_format.space_after = Pt(0)
        if table_spec.chart:
            picture = writer.apply(document.add_paragraph(), "CCHC Bảng")
            picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
            picture.add_run().add_picture(io.BytesIO(chart_png(report)), width=Emu(min(text_width, int(Emu(6480000)))))
    props = document.core_properties
    props.title = xml_text(f"Báo cáo {report.title}")[:255]
    props.subject = xml_text(", ".join(p.id for p in report.plans))[:255]
    props.author = xml_text(block.issuer)[:255]
    props.last_modified_by = "cchc"
    props.keywords = "cải cách hành chính; báo cáo"
    buffer = io.BytesIO()
    document.save(buffer)
    from cchc.base.atomic import write_new_file

    write_new_file(out, buffer.getvalue())
