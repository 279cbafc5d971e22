"""The plan as a Word document laid out by Nghị định 30/2020/NĐ-CP, Phụ lục I.

:func:`render_plan_docx` writes the whole plan — letterhead, type and trích yếu, căn cứ, body with
the source's own numbering, closing, signature block, and each appendix as a landscape table —
into a copy of a base document. The base (``cchc/templates/plan.docx``, rebuilt by
``tools/make_plan_docx.py`` from :func:`make_base_document`) holds the page setup and the named
styles below, so staff restyle the output by opening the base in Word, changing the styles,
fonts and margins, and passing the file as ``template``. The renderer empties the base's body
(keeping its last ``w:sectPr``), takes page size and margins from the base's first section, and
adds any CCHC style the base lacks with the defaults below; it never overwrites a style that is
there.

Formatting is carried by styles, not by direct formatting, except the lengths that depend on the
page (the short rules, table column widths) and the bold "Điều N." lead-in of a Quyết định article.

==========================  ==========================================================================
Style                       Used for (defaults)
==========================  ==========================================================================
Normal                      base of every style: Times New Roman 14 pt, justified, first line 1.27 cm,
                            6 pt after, single spacing
CCHC Nội dung               body paragraphs: preamble, content, targets, tasks, closing
CCHC Cơ quan chủ quản       parent body, top left (13 pt, capitals, upright)
CCHC Cơ quan                issuing body, top left (13 pt, bold, capitals)
CCHC Kẻ                     the short solid rules: an empty paragraph with a bottom border; its
                            length is set per paragraph by left/right indents
CCHC Số                     "Số: 111/KH-UBND" (13 pt, centred)
CCHC Quốc hiệu              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12 pt, bold, capitals)
CCHC Tiêu ngữ               "Độc lập - Tự do - Hạnh phúc" (13 pt, bold)
CCHC Địa danh               place and date (14 pt, italic, centred)
CCHC Loại văn bản           "KẾ HOẠCH", "QUYẾT ĐỊNH" (14 pt, bold, capitals, centred)
CCHC Trích yếu              the title under the type (14 pt, bold, centred)
CCHC Thẩm quyền             Quyết định: the authority line (14 pt, bold, capitals, centred)
CCHC Căn cứ                 Căn cứ lines and the proposal line (italic, justified, first-line indent)
CCHC Quyết định             "QUYẾT ĐỊNH:" (bold, centred)
CCHC Mục 1 … CCHC Mục 4     headings by depth: bold; bold; bold italic; italic
CCHC Phân công              "Phân công trách nhiệm:" (bold italic)
CCHC Nơi nhận               "Nơi nhận:" (12 pt, bold italic, flush left)
CCHC Nơi nhận mục           one recipient per paragraph (11 pt, flush left, no indent)
CCHC Chữ ký                 authority lines and position in the signature block (14 pt, bold, caps)
CCHC Người ký               the signer's name (14 pt, bold, centred)
CCHC Số trang               the page number in the header (14 pt, centred)
CCHC Phụ lục                "Phụ lục" label (14 pt, bold, centred)
CCHC Phụ lục dẫn chiếu      "(Kèm theo …)" reference line (italic, centred)
CCHC Phụ lục tên            the appendix title (bold, centred)
CCHC Bảng                   table text (12 pt, left, no indent)
CCHC Bảng tiêu đề           table header row (12 pt, bold, centred)
CCHC Bảng mục               section rows of the appendix table (12 pt, bold)
CCHC Bảng TT                the TT column (12 pt, centred)
==========================  ==========================================================================

Page numbers are a PAGE field centred in the header; the first section has "different first
page" on so page 1 shows none. An appendix is a new landscape section with "different first
page" off, so its pages are numbered on.

What python-docx has no API for is written as OOXML here: fonts in all four ``w:rFonts`` slots,
table borders, repeated header rows (``w:tblHeader``), rows that cannot split (``w:cantSplit``),
paragraph borders and fields.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section as DocxSection
from docx.shared import Cm, Emu, Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

import cchc
from cchc.base.text import strip_diacritics
from cchc.reading.columns import DEFAULT_COLUMNS, ROLES, column_text
from cchc.reading.model import Appendix, Block, Plan, Section, Task
from cchc.reading.numbering import int_to_roman
from cchc.reading.vnformat import (
    agencies_cell,
    issuer_lines,
    number_line,
    signature_lines,
    task_details,
    task_text,
    vietnamese_date_line,
)

FONT = "Times New Roman"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
#: Advance width of TIEU_NGU in Times New Roman Bold, in em (measured on the metric-compatible
#: Liberation Serif Bold): the rule under it is drawn as long as the text.
TIEU_NGU_EM = 12.24
#: Relative widths of the six appendix columns (cm on a 27.2 cm line), scaled to the text width.
COLUMN_WEIGHTS = (1.2, 9.0, 5.0, 3.5, 4.0, 4.5)

PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGIN_TOP = Mm(20)
MARGIN_BOTTOM = Mm(20)
MARGIN_LEFT = Mm(30)
MARGIN_RIGHT = Mm(15)
FIRST_LINE = Cm(1.27)

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ARTICLE = re.compile(r"^(Điều\s+\d+[a-zđ]?\.)(\s)")


# ------------------------------------------------------------------------------- pure helpers

def xml_text(text: str) -> str:
    """Text Word can store: characters XML 1.0 forbids (control characters other than tab and
    line feed, lone surrogates, U+FFFE/U+FFFF) are dropped; CR LF and a lone CR become a line
    feed, which python-docx writes as a line break."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# ----------------------------------------------------------------------------------- styles

@dataclass(frozen=True)
class StyleSpec:
    """One paragraph style of the base document and its defaults."""

    name: str
    base: str = "Normal"
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    align: WD_ALIGN_PARAGRAPH | None = None
    first_line: Length | None = None
    before: float | None = None
    after: float | None = None
    keep_next: bool = False
    rule: bool = False  # a bottom border: the paragraph draws a short solid line


_CENTER = WD_ALIGN_PARAGRAPH.CENTER
_LEFT = WD_ALIGN_PARAGRAPH.LEFT
_JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
_NO_INDENT = Cm(0)

STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("CCHC Nội dung"),
    StyleSpec("CCHC Cơ quan chủ quản", size=13, caps=True, align=_CENTER, first_line=_NO_INDENT, after=0),
    StyleSpec("CCHC Cơ quan", size=13, bold=True, caps=True, align=_CENTER, first_line=_NO_INDENT, after=0),
    StyleSpec("CCHC Kẻ", size=2, align=_CENTER, first_line=_NO_INDENT, before=4, after=0, rule=True),
    StyleSpec("CCHC Số", size=13, align=_CENTER, first_line=_NO_INDENT, before=6, after=0),
    StyleSpec("CCHC Quốc hiệu", size=12, bold=True, caps=True, align=_CENTER, first_line=_NO_INDENT, after=0),
    StyleSpec("CCHC Tiêu ngữ", size=13, bold=True, align=_CENTER, first_line=_NO_INDENT, after=0),
    StyleSpec("CCHC Địa danh", size=14, italic=True, align=_CENTER, first_line=_NO_INDENT, before=6, after=0),
    StyleSpec("CCHC Loại văn bản", size=14, bold=True, caps=True, align=_CENTER, first_line=_NO_INDENT,
              before=18, after=0, keep_next=True),
    StyleSpec("CCHC Trích yếu", size=14, bold=True, align=_CENTER, first_line=_NO_INDENT, after=0,
              keep_next=True),
    StyleSpec("CCHC Thẩm quyền", size=14, bold=True, caps=True, align=_CENTER, first_line=_NO_INDENT,
              before=6, after=12, keep_next=True),
    StyleSpec("CCHC Căn cứ", italic=True),
    StyleSpec("CCHC Quyết định", bold=True, align=_CENTER, first_line=_NO_INDENT, before=6, after=12,
              keep_next=True),
    StyleSpec("CCHC Mục 1", bold=True, keep_next=True),
    StyleSpec("CCHC Mục 2", bold=True, keep_next=True),
    StyleSpec("CCHC Mục 3", bold=True, italic=True, keep_next=True),
    StyleSpec("CCHC Mục 4", italic=True, keep_next=True),
    StyleSpec("CCHC Phân công", bold=True, italic=True, keep_next=True),
    StyleSpec("CCHC Nơi nhận", size=12, bold=True, italic=True, align=_LEFT, first_line=_NO_INDENT, after=0),
    StyleSpec("CCHC Nơi nhận mục", size=11, align=_LEFT, first_line=_NO_INDENT, after=0),
    StyleSpec("CCHC Chữ ký", size=14, bold=True, caps=True, align=_CENTER, first_line=_NO_INDENT, after=0),
    StyleSpec("CCHC Người ký", base="CCHC Chữ ký", caps=False),
    StyleSpec("CCHC Số trang", size=14, align=_CENTER, first_line=_NO_INDENT, before=0, after=0),
    StyleSpec("CCHC Phụ lục", size=14, bold=True, align=_CENTER, first_line=_NO_INDENT, after=0,
              keep_next=True),
    StyleSpec("CCHC Phụ lục dẫn chiếu", italic=True, align=_CENTER, first_line=_NO_INDENT, after=0,
              keep_next=True),
    StyleSpec("CCHC Phụ lục tên", bold=True, align=_CENTER, first_line=_NO_INDENT, before=6, after=12,
              keep_next=True),
    StyleSpec("CCHC Bảng", size=12, align=_LEFT, first_line=_NO_INDENT, before=2, after=2),
    StyleSpec("CCHC Bảng tiêu đề", base="CCHC Bảng", bold=True, align=_CENTER, keep_next=True),
    StyleSpec("CCHC Bảng mục", base="CCHC Bảng", bold=True, keep_next=True),
    StyleSpec("CCHC Bảng TT", base="CCHC Bảng", align=_CENTER),
)

_HEADING_STYLES = ("CCHC Mục 1", "CCHC Mục 2", "CCHC Mục 3", "CCHC Mục 4")

_PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                   "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                   "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                   "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                   "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                   "w:rPr", "w:sectPr", "w:pPrChange")
_TBLPR_AFTER_TBLIND = ("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                       "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_TBLPR_AFTER_BORDERS = _TBLPR_AFTER_TBLIND[1:]
_TBLPR_AFTER_CELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def set_font_slots(rpr: Any, name: str = FONT) -> None:
    """Name the font in all four ``w:rFonts`` slots and drop theme fonts, which would win."""
    rfonts = rpr.get_or_add_rFonts() if hasattr(rpr, "get_or_add_rFonts") else _child(rpr, "w:rFonts")
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(theme)) is not None:
            del rfonts.attrib[qn(theme)]


def _child(parent: Any, tag: str, successors: Sequence[str] = ()) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if successors:
            parent.insert_element_before(found, *successors)
        else:
            parent.append(found)
    return found


def _set_bottom_border(ppr: Any) -> None:
    pbdr = _child(ppr, "w:pBdr", _PPR_AFTER_PBDR)
    bottom = _child(pbdr, "w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "auto")


def _apply_spec(style: Any, spec: StyleSpec) -> None:
    font, fmt = style.font, style.paragraph_format
    if spec.size is not None:
        font.size = Pt(spec.size)
    if spec.bold is not None:
        font.bold = spec.bold
    if spec.italic is not None:
        font.italic = spec.italic
    if spec.caps is not None:
        font.all_caps = spec.caps
    if spec.align is not None:
        fmt.alignment = spec.align
    if spec.first_line is not None:
        fmt.first_line_indent = spec.first_line
        fmt.left_indent = _NO_INDENT
        fmt.right_indent = _NO_INDENT
    if spec.before is not None:
        fmt.space_before = Pt(spec.before)
    if spec.after is not None:
        fmt.space_after = Pt(spec.after)
    if spec.keep_next:
        fmt.keep_with_next = True
    if spec.rule:
        _set_bottom_border(style.element.get_or_add_pPr())
    set_font_slots(style.element.get_or_add_rPr())


def ensure_styles(document: DocxDocument, overwrite: bool = False) -> None:
    """Add every CCHC style the document lacks (all of them, restyled, when ``overwrite``)."""
    styles = document.styles
    for spec in STYLES:
        existing = _style(document, spec.name)
        if existing is not None and existing.type != WD_STYLE_TYPE.PARAGRAPH:
            from cchc.writing.render import TemplateProblem

            raise TemplateProblem(f"Kiểu \"{spec.name}\" trong mẫu DOCX phải là kiểu đoạn văn "
                                  "(paragraph style).")
        if existing is not None and not overwrite:
            continue
        if existing is None:
            style = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
            style.style_id = style_id(spec.name)
        else:
            style = existing
        base = _style(document, spec.base)
        if base is not None:
            style.base_style = base
        style.next_paragraph_style = style
        style.quick_style = True
        _apply_spec(style, spec)


def style_id(name: str) -> str:
    """An ASCII style id for a Vietnamese style name ("CCHC Nội dung" → "CCHCNoidung"): Word
    shows the name and keeps ids plain."""
    return re.sub(r"[^A-Za-z0-9]", "", strip_diacritics(name)) or "CCHC"


def _style(document: DocxDocument, name: str) -> Any:
    for style in document.styles:
        if style.name == name:
            return style
    return None


def _set_doc_defaults(document: DocxDocument) -> None:
    """Times New Roman 14 pt, Vietnamese, 6 pt after, single spacing for everything by default."""
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        root.insert(0, defaults)
    rpr = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    for tag in ("w:rFonts", "w:sz", "w:szCs", "w:lang"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    set_font_slots(rpr)
    for tag in ("w:sz", "w:szCs"):
        size = OxmlElement(tag)
        size.set(qn("w:val"), "28")
        rpr.append(size)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = OxmlElement("w:pPrDefault")
        defaults.append(ppr_default)
    ppr = _child(ppr_default, "w:pPr")
    for old in ppr.findall(qn("w:spacing")):
        ppr.remove(old)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "120")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    ppr.append(spacing)


def make_base_document() -> DocxDocument:
    """The base document: python-docx's default document set to NĐ 30 (A4, margins, Times New
    Roman on the defaults and every style, the CCHC styles) with an empty body."""
    document = docx.Document()
    _set_doc_defaults(document)
    for style in document.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE):
            set_font_slots(style.element.get_or_add_rPr())
    normal = document.styles["Normal"]
    normal.font.size = Pt(14)
    fmt = normal.paragraph_format
    fmt.alignment = _JUSTIFY
    fmt.first_line_indent = FIRST_LINE
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(6)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    fmt.widow_control = True
    ensure_styles(document, overwrite=True)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    section.gutter = Mm(0)
    _clear_body(document)
    _drop_leftovers(document)
    props = document.core_properties
    props.title = "Mẫu kế hoạch cải cách hành chính (Nghị định 30/2020/NĐ-CP)"
    props.subject = "Kiểu đoạn CCHC dùng cho cchc render --format docx"
    props.author = props.last_modified_by = "cchc"
    props.comments = props.keywords = props.category = ""
    props.revision = 1
    props.created = props.modified = dt.datetime(2021, 1, 1)
    return document


_LEFTOVER_RELATIONSHIPS = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
)


def _drop_leftovers(document: DocxDocument) -> None:
    """Drop what python-docx's default document carries over from its own sample file: the
    thumbnail picture and the Word 2010 copy of the styles (which would not show the CCHC
    styles), plus the settings that tell Word its spelling was already checked."""
    for rels in (document.part.package.rels, document.part.rels):
        for key, rel in list(rels.items()):
            if rel.reltype in _LEFTOVER_RELATIONSHIPS:
                del rels[key]
    settings = document.settings.element
    for tag in ("w:proofState", "w:savePreviewPicture"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)


# ----------------------------------------------------------------------------- the base file

def default_template() -> Path:
    """The bundled base document, ``cchc/templates/plan.docx`` (a real file in the package; the
    repository's top-level ``templates/plan.docx`` is a copy of it for users to start from)."""
    return Path(cchc.__file__).resolve().parent / "templates" / "plan.docx"


def _open_base(template: Path | None) -> DocxDocument:
    path = template if template is not None else default_template()
    try:
        return docx.Document(str(path))
    except Exception:  # noqa: BLE001 - a bad base is reported, not a traceback
        from cchc.writing.render import TemplateProblem

        if not path.exists():
            raise TemplateProblem(f"Không tìm thấy tệp mẫu DOCX \"{path}\".") from None
        raise TemplateProblem(f"Không đọc được tệp mẫu DOCX \"{path}\": tệp không phải văn bản "
                              ".docx của Word hoặc đã hỏng.") from None


def _clear_body(document: DocxDocument) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


@dataclass(frozen=True)
class _PageSetup:
    width: int
    height: int
    top: int
    bottom: int
    left: int
    right: int
    header: int
    footer: int
    gutter: int

    @staticmethod
    def of(section: DocxSection) -> _PageSetup:
        def get(value: Length | None, default: Length) -> int:
            return int(value if value is not None else default)

        return _PageSetup(
            get(section.page_width, PAGE_WIDTH), get(section.page_height, PAGE_HEIGHT),
            get(section.top_margin, MARGIN_TOP), get(section.bottom_margin, MARGIN_BOTTOM),
            get(section.left_margin, MARGIN_LEFT), get(section.right_margin, MARGIN_RIGHT),
            get(section.header_distance, Mm(10)), get(section.footer_distance, Mm(10)),
            get(section.gutter, Mm(0)),
        )

    def apply(self, section: DocxSection) -> None:
        section.page_width, section.page_height = Emu(self.width), Emu(self.height)
        section.orientation = WD_ORIENT.LANDSCAPE if self.width > self.height else WD_ORIENT.PORTRAIT
        section.top_margin, section.bottom_margin = Emu(self.top), Emu(self.bottom)
        section.left_margin, section.right_margin = Emu(self.left), Emu(self.right)
        section.header_distance, section.footer_distance = Emu(self.header), Emu(self.footer)
        section.gutter = Emu(self.gutter)


# ------------------------------------------------------------------------------ OOXML helpers

def _table_borders(table: Table, value: str) -> None:
    """All six table borders set to ``value`` ("none" or "single")."""
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        element.set(qn("w:sz"), "0" if value == "none" else "4")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), "auto")
        borders.append(element)
    tblpr.insert_element_before(borders, *_TBLPR_AFTER_BORDERS)


def _table_cell_margins(table: Table, left: int, right: int) -> None:
    """Cell margins in twentieths of a point."""
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblCellMar")):
        tblpr.remove(old)
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (("left", left), ("right", right)):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), str(value))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    tblpr.insert_element_before(margins, *_TBLPR_AFTER_CELLMAR)


def _table_width(table: Table, widths: Sequence[int]) -> None:
    """Fixed layout with these column widths (EMU), on the grid and on every cell."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblw = _child(tblpr, "w:tblW", ("w:jc", "w:tblCellSpacing", "w:tblInd", *_TBLPR_AFTER_TBLIND))
    tblw.set(qn("w:w"), str(sum(Emu(w).twips for w in widths)))
    tblw.set(qn("w:type"), "dxa")
    for column, width in zip(table.columns, widths, strict=False):
        column.width = Emu(width)
    for tr in table._tbl.tr_lst:
        column = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Emu(sum(widths[column:column + span]))
            column += span


def _row_flags(row: Any, header: bool = False) -> None:
    trpr = row._tr.get_or_add_trPr()
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.append(OxmlElement("w:cantSplit"))
    if header and trpr.find(qn("w:tblHeader")) is None:
        trpr.append(OxmlElement("w:tblHeader"))


def _add_page_field(paragraph: Paragraph) -> None:
    """A PAGE field: begin, instruction, separate, a cached "1", end."""
    def field_char(kind: str) -> None:
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._r.append(char)

    field_char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    field_char("separate")
    paragraph.add_run("1")
    field_char("end")


def _clear_story(story: Any) -> None:
    """Empty a header or footer, keeping it valid (one empty paragraph at the end)."""
    element = story._element
    for child in list(element):
        element.remove(child)
    element.append(OxmlElement("w:p"))


def _text_width(section: DocxSection) -> int:
    return int(section.page_width or PAGE_WIDTH) - int(section.left_margin or 0) - int(section.right_margin or 0)


def _style_size(document: DocxDocument, name: str, default: float) -> float:
    style = _style(document, name)
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return default


# ------------------------------------------------------------------------------- the renderer

def render_plan_docx(plan: Plan, out: Path, template: Path | None = None) -> None:
    """Write ``plan`` to ``out`` as a NĐ 30 administrative document, on ``template`` (a .docx whose
    styles and first-section page setup are used) or the bundled ``cchc/templates/plan.docx``.

    The file is replaced atomically (no half-written document). Raises
    :class:`cchc.writing.render.TemplateProblem` when the base cannot be used, and ``OSError`` when
    ``out`` cannot be written; any valid plan renders.
    """
    document = _open_base(template)
    setup = _PageSetup.of(document.sections[0])
    _clear_body(document)
    ensure_styles(document)
    section = document.sections[0]
    setup.apply(section)
    writer = _Writer(document, plan)
    writer.page_numbers(section)
    writer.letterhead()
    writer.heading()
    writer.preamble()
    for block in plan.body:
        writer.block(block, 1)
    writer.paragraphs(plan.closing, "CCHC Nội dung")
    writer.signature()
    for index, appendix in enumerate(plan.appendices):
        writer.appendix(appendix, index)
    props = document.core_properties
    props.title = xml_text(f"{plan.document.type} {plan.document.title}")[:255]
    props.subject = xml_text(plan.id)[:255]
    props.author = xml_text(plan.document.issuer)[:255]
    props.last_modified_by = "cchc"
    props.keywords = "cải cách hành chính"
    buffer = io.BytesIO()
    document.save(buffer)
    from cchc.base.atomic import write_new_file

    write_new_file(out, buffer.getvalue())


class _Writer:
    """Appends the parts of one plan to one document, in order."""

    def __init__(self, document: DocxDocument, plan: Plan) -> None:
        self.doc = document
        self.plan = plan
        self._style_ids: dict[str, str | None] = {}
        self._widths: dict[int, list[Any]] = {}

    def apply(self, paragraph: Paragraph, name: str) -> Paragraph:
        """``paragraph.style = name``, with the style id worked out once per name: python-docx
        searches the style list (and looks up the default style) on every assignment, which made
        a 10,000-task appendix take minutes."""
        if name not in self._style_ids:
            from docx.enum.style import WD_STYLE_TYPE

            self._style_ids[name] = self.doc.part.get_style_id(self.doc.styles[name], WD_STYLE_TYPE.PARAGRAPH)
        paragraph._p.style = self._style_ids[name]
        return paragraph

    def add_row(self, table: Any) -> Any:
        """``table.add_row()``, with the column widths read once per table (python-docx looks the
        grid up again for every row, which grows with the table)."""
        from docx.table import _Row

        widths = self._widths.get(id(table))
        if widths is None:
            widths = self._widths[id(table)] = [col.w for col in table._tbl.tblGrid.gridCol_lst]
        tr = table._tbl.add_tr()
        for width in widths:
            tc = tr.add_tc()
            if width is not None:
                tc.width = width
        return _Row(tr, table)

    # paragraphs

    def add(self, text: str, style: str, container: Any = None) -> Paragraph:
        target = container if container is not None else self.doc
        paragraph = self.apply(target.add_paragraph(), style)
        self.fill(paragraph, text)
        return paragraph

    def fill(self, paragraph: Paragraph, text: str) -> None:
        """Text into a paragraph; a Quyết định article's "Điều N." lead-in is bold."""
        text = xml_text(text)
        match = _ARTICLE.match(text)
        if match:
            paragraph.add_run(match.group(1)).bold = True
            paragraph.add_run(text[match.end(1):])
        elif text:
            paragraph.add_run(text)

    def paragraphs(self, texts: Iterable[str], style: str) -> None:
        for text in texts:
            self.add(text, style)

    def rule(self, container: Any, width: int, length: int, after: float | None = None) -> Paragraph:
        """A centred solid line ``length`` long in a column ``width`` wide (EMU)."""
        rule = self.apply(container.add_paragraph(), "CCHC Kẻ")
        side = max(0, (width - length) // 2)
        rule.paragraph_format.left_indent = Emu(side)
        rule.paragraph_format.right_indent = Emu(side)
        rule.paragraph_format.first_line_indent = Emu(0)
        if after is not None:
            rule.paragraph_format.space_after = Pt(after)
        return rule

    @property
    def text_width(self) -> int:
        return _text_width(self.doc.sections[-1])

    # page numbers

    def page_numbers(self, section: DocxSection) -> None:
        section.different_first_page_header_footer = True
        header = section.header
        header.is_linked_to_previous = False
        _clear_story(header)
        paragraph = header.paragraphs[0]
        self.apply(paragraph, "CCHC Số trang")
        _add_page_field(paragraph)
        first = section.first_page_header
        first.is_linked_to_previous = False
        _clear_story(first)
        self.apply(first.paragraphs[0], "CCHC Số trang")

    # letterhead

    def letterhead(self) -> None:
        document = self.plan.document
        width = self.text_width
        left_width = int(width * 0.4)
        right_width = width - left_width
        table = self.doc.add_table(rows=2, cols=2)
        _table_borders(table, "none")
        _table_cell_margins(table, 0, 0)
        _table_width(table, (left_width, right_width))
        for row in table.rows:
            for cell in row.cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        left, right = table.cell(0, 0), table.cell(0, 1)
        first = left.paragraphs[0]
        if document.parent_body:
            self.apply(first, "CCHC Cơ quan chủ quản")
            first.add_run(xml_text(" ".join(document.parent_body.split()).upper()))
            issuer = self.apply(left.add_paragraph(), "CCHC Cơ quan")
        else:
            issuer = first
            self.apply(issuer, "CCHC Cơ quan")
        for index, line in enumerate(issuer_lines(document.issuer)):
            run = issuer.add_run()
            if index:
                run.add_break()
            run.add_text(xml_text(line))
        self.rule(left, left_width, left_width // 3)

        quoc_hieu = right.paragraphs[0]
        self.apply(quoc_hieu, "CCHC Quốc hiệu")
        quoc_hieu.add_run(QUOC_HIEU)
        self.apply(right.add_paragraph(TIEU_NGU), "CCHC Tiêu ngữ")
        size = _style_size(self.doc, "CCHC Tiêu ngữ", 13)
        self.rule(right, right_width, int(Pt(size * TIEU_NGU_EM)))

        number = table.cell(1, 0).paragraphs[0]
        self.apply(number, "CCHC Số")
        number.add_run(xml_text(number_line(document.number, document.symbol, document.abbreviation)))
        date = table.cell(1, 1).paragraphs[0]
        self.apply(date, "CCHC Địa danh")
        date.add_run(xml_text(vietnamese_date_line(document.place, document.date, self.plan.period.start)))

    # type, trích yếu, căn cứ

    def heading(self) -> None:
        document = self.plan.document
        self.add(document.type.upper(), "CCHC Loại văn bản")
        self.add(document.title, "CCHC Trích yếu")
        width = self.text_width
        self.rule(self.doc, width, width // 4, after=12)
        decision = document.type.strip().lower() == "quyết định"
        if decision and document.authority:
            self.add(document.authority.upper(), "CCHC Thẩm quyền")
        self.paragraphs(document.legal_bases, "CCHC Căn cứ")
        if document.proposal:
            self.add(document.proposal, "CCHC Căn cứ")
        if decision:
            self.add("QUYẾT ĐỊNH:", "CCHC Quyết định")

    def preamble(self) -> None:
        self.paragraphs(self.plan.preamble, "CCHC Nội dung")

    # body

    def block(self, block: Block, level: int) -> None:
        content = list(block.content)
        inline = bool(block.number and not block.title and content and isinstance(content[0], str))
        if inline:
            self.add(f"{block.number} {content.pop(0)}", "CCHC Nội dung")
        elif block.number or block.title:
            heading = " ".join(part for part in (block.number, block.title) if part)
            self.add(heading, self.heading_style(level))
        titled = bool(block.number or block.title)
        for item in content:
            if isinstance(item, Block):
                self.block(item, level + 1 if titled else level)
            else:
                self.add(item, "CCHC Nội dung")
        for target in block.targets:
            self.add(f"{target.marker} {target.text}" if target.marker else target.text, "CCHC Nội dung")
        for section in block.sections:
            self.section(section, level + 1 if titled else level)

    @staticmethod
    def heading_style(level: int) -> str:
        return _HEADING_STYLES[min(max(level, 1), len(_HEADING_STYLES)) - 1]

    def section(self, section: Section, level: int) -> None:
        heading = " ".join(part for part in (section.number, section.title) if part)
        if heading:
            self.add(heading, self.heading_style(level))
        if section.responsibility_position == "before":
            self.responsibility(section)
        self.tasks(section.tasks, agencies=not section.responsibility)
        for sub in section.sections:
            self.section(sub, level + 1)
        if section.responsibility_position != "before":
            self.responsibility(section)

    def responsibility(self, section: Section) -> None:
        """The "Phân công trách nhiệm" part, where the source prints it (before or after the tasks)."""
        if section.responsibility:
            self.add("Phân công trách nhiệm:", "CCHC Phân công")
            self.paragraphs(section.responsibility, "CCHC Nội dung")

    def tasks(self, tasks: Iterable[Task], agencies: bool = True) -> None:
        for task in tasks:
            self.add(task_text(task), "CCHC Nội dung")
            details = task_details(task, agencies)
            if details:
                paragraph = self.apply(self.doc.add_paragraph(), "CCHC Nội dung")
                for index, (label, text) in enumerate(details):
                    paragraph.add_run(f"{label}:").italic = True
                    paragraph.add_run(xml_text(f" {text}" + ("; " if index < len(details) - 1 else "")))
            self.tasks(task.subtasks, agencies)

    # signature

    def signature(self) -> None:
        document = self.plan.document
        width = self.text_width
        left_width = int(width * 0.45)
        table = self.doc.add_table(rows=1, cols=2)
        _table_borders(table, "none")
        _table_cell_margins(table, 0, 0)
        _table_width(table, (left_width, width - left_width))
        _row_flags(table.rows[0])
        left, right = table.cell(0, 0), table.cell(0, 1)
        first = left.paragraphs[0]
        if document.recipients:
            self.apply(first, "CCHC Nơi nhận")
            first.add_run("Nơi nhận:")
            for recipient in document.recipients:
                self.add(f"- {recipient}", "CCHC Nơi nhận mục", left)
        else:
            self.apply(first, "CCHC Nơi nhận mục")
        first.paragraph_format.space_before = Pt(12)
        top = right.paragraphs[0]
        self.apply(top, "CCHC Chữ ký")
        top.paragraph_format.space_before = Pt(12)
        signer = document.signer
        if signer is None:
            return
        lines = [line.upper() for line in signature_lines(signer.authority_lines, signer.position)] or [""]
        self.fill(top, lines[0])
        for line in lines[1:]:
            self.add(line, "CCHC Chữ ký", right)
        for _ in range(4):
            self.apply(right.add_paragraph(), "CCHC Chữ ký")
        if signer.name:
            self.add(signer.name, "CCHC Người ký", right)

    # appendices

    def appendix(self, appendix: Appendix, index: int) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        width, height = int(section.page_width or PAGE_WIDTH), int(section.page_height or PAGE_HEIGHT)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Emu(max(width, height)), Emu(min(width, height))
        section.different_first_page_header_footer = False
        many = len(self.plan.appendices) > 1
        label = appendix.label or (f"Phụ lục {int_to_roman(index + 1)}" if many else "Phụ lục")
        self.add(label, "CCHC Phụ lục")
        if appendix.reference:
            self.add(appendix.reference, "CCHC Phụ lục dẫn chiếu")
        if appendix.title:
            self.add(appendix.title, "CCHC Phụ lục tên")
        else:
            self.apply(self.doc.add_paragraph(), "CCHC Phụ lục tên")
        self.appendix_table(appendix)

    def appendix_table(self, appendix: Appendix) -> None:
        columns = appendix.table_columns()  # (role, header): the six columns, or those the table prints
        roles = [role for role, _ in columns]
        table = self.doc.add_table(rows=1, cols=len(columns))
        _table_borders(table, "single")
        total = self.text_width
        weights = [COLUMN_WEIGHTS[ROLES.index(role)] for role in roles]
        scale = total / sum(weights)
        widths = [int(weight * scale) for weight in weights]
        widths[1] += total - sum(widths)
        header = table.rows[0]
        _row_flags(header, header=True)
        for cell, (_, title) in zip(header.cells, columns, strict=True):
            self.cell(cell, title, "CCHC Bảng tiêu đề")
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        self.group_rows(table, appendix.sections, roles)
        _table_width(table, widths)

    def group_rows(self, table: Table, sections: Iterable[Section], roles: list[str]) -> None:
        """A row for each group (number, then the title across the row), its tasks, then the
        groups nested in it."""
        for section in sections:
            row = self.add_row(table)
            _row_flags(row)
            self.cell(row.cells[0], section.number or "", "CCHC Bảng mục", center=True)
            merged = row.cells[1].merge(row.cells[len(roles) - 1])
            self.cell(merged, section.title, "CCHC Bảng mục")
            self.task_rows(table, section.tasks, roles)
            self.group_rows(table, section.sections, roles)

    def task_rows(self, table: Table, tasks: Iterable[Task], roles: list[str] | None = None) -> None:
        roles = roles or list(ROLES)
        for task in tasks:
            row = self.add_row(table)
            _row_flags(row)
            for cell, role in zip(row.cells, roles, strict=True):
                self.cell(cell, column_text(task, role), "CCHC Bảng TT" if role == "tt" else "CCHC Bảng")
            self.task_rows(table, task.subtasks, roles)

    def cell(self, cell: _Cell, text: str, style: str, center: bool = False) -> None:
        """One paragraph per line of ``text`` in a cell that keeps at least one paragraph."""
        lines = xml_text(text).split("\n") if text else [""]
        paragraphs = cell.paragraphs
        first = paragraphs[0]
        for extra in paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        self.apply(first, style)
        for run in list(first.runs):
            run._r.getparent().remove(run._r)
        if lines[0]:
            first.add_run(lines[0])
        if center:
            first.alignment = _CENTER
        for line in lines[1:]:
            paragraph = self.apply(cell.add_paragraph(line), style)
            if center:
                paragraph.alignment = _CENTER


__all__ = [
    "DEFAULT_COLUMNS",
    "QUOC_HIEU",
    "STYLES",
    "TIEU_NGU",
    "StyleSpec",
    "agencies_cell",
    "default_template",
    "ensure_styles",
    "issuer_lines",
    "make_base_document",
    "number_line",
    "render_plan_docx",
    "set_font_slots",
    "task_text",
    "vietnamese_date_line",
]
