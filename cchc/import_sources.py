"""Reading a plan's source for ``cchc import``: Word (.docx) or text (.txt/.md), into one form.

Both readers produce a :class:`SourceDocument`: paragraphs and tables in document order, text
NFC-normalised and otherwise verbatim. What is only an accident of the medium is undone here, so
the importer sees the document as its author wrote it:

- DOCX: merged cells are laid out on the table grid (a cell spanning columns leaves ``spanned``
  cells after it; a vertically merged cell repeats its text with ``vmerged`` set), a cell's
  paragraphs are joined by line feeds, content controls are looked into, empty paragraphs dropped.
- Text: a line with tab characters (or a Markdown ``| a | b |`` row) is a table row, and rows
  separated only by blank lines stay one table (the header row repeated after a page break is
  the importer's business); a line without tabs between two rows of a table is a row of it
  whose cells Word merged into one (a group row ``I. NÂNG CAO NHẬN THỨC…``) or a note, kept as
  a one-cell row (line numbers are kept for every row, to name a row the importer skips); Markdown emphasis and headings marks, rule lines (``-----``) and
  non-breaking-space lines are dropped; a paragraph that starts in lower case and follows one that
  does not end a sentence is the rest of that paragraph, cut by a page break, and is joined to
  it with one space. Lines of one blank-line-delimited block share a ``block`` number.

python-docx is imported only when a .docx file is read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cchc.i18n import tr
from cchc.load import decode, os_error_text

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
DOCX_SUFFIXES = (".docx", ".docm")


class ImportProblem(Exception):
    """Why a file cannot be imported: a Vietnamese message and a hint for the user."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = ""  # the Word paragraph style name ("" for text sources)
    bold: bool = False
    block: int = 0  # text sources: paragraphs of one blank-line-delimited block share a number


@dataclass(frozen=True)
class Cell:
    text: str
    paragraphs: tuple[Paragraph, ...] = ()
    spanned: bool = False  # covered by a cell to its left that spans several grid columns
    vmerged: bool = False  # continues the cell above (vertical merge): same text as that cell


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    lines: tuple[int, ...] = ()  # text sources: each row's 1-based line number in the file

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


Item = Paragraph | Table


@dataclass(frozen=True)
class SourceDocument:
    path: str
    kind: str  # "docx" or "text"
    items: tuple[Item, ...] = field(default=())

    def paragraphs(self) -> Iterator[Paragraph]:
        for item in self.items:
            if isinstance(item, Paragraph):
                yield item


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def read_source(path: Path) -> SourceDocument:
    """Read ``path`` by its suffix. Raises :class:`ImportProblem` for what cannot be read."""
    suffix = path.suffix.lower()
    if suffix in DOCX_SUFFIXES:
        return read_docx(path)
    if suffix in TEXT_SUFFIXES:
        return read_text_file(path)
    if suffix == ".doc":
        raise ImportProblem(
            tr("Tệp \"{file}\" là văn bản Word cũ (.doc), cchc chưa đọc được định dạng này.", file=path.name),
            tr("Mở tệp trong Word hoặc LibreOffice và lưu lại dưới dạng .docx, rồi nhập lại."))
    raise ImportProblem(
        tr("Không nhập được tệp \"{file}\": định dạng \"{suffix}\" không được hỗ trợ.", file=path.name,
           suffix=suffix or tr("(không có đuôi)")),
        tr("cchc nhập kế hoạch từ tệp Word (.docx) hoặc văn bản (.txt, .md có bảng phân cách bằng Tab)."))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportProblem(tr("Không đọc được tệp \"{file}\": {error}.", file=path, error=os_error_text(exc)),
                            tr("Kiểm tra đường dẫn và quyền đọc tệp.")) from None


# ------------------------------------------------------------------------------------ text

_RULE_LINE = re.compile(r"^[\s\-–—_=*~.·•]*$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_EMPHASIS_START = re.compile(r"^[*_]+\s*")
_EMPHASIS_END = re.compile(r"\s*[*_]+$")
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NUMBERED = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđê])[.)]\s")
_SENTENCE_END = (".", ":", ";", "!", "?", "…", ")", "”", "\"")


def read_text_file(path: Path) -> SourceDocument:
    text, problem = decode(_read_bytes(path))
    if text is None:
        assert problem is not None
        raise ImportProblem(tr("Không đọc được tệp \"{file}\": {problem}", file=path.name, problem=problem.message),
                            problem.hint)
    return parse_text(text, str(path), markdown=path.suffix.lower() in (".md", ".markdown"))


def parse_text(text: str, name: str = "<văn bản>", *, markdown: bool = False) -> SourceDocument:
    """Paragraphs and tables of a plain-text or Markdown plan."""
    items: list[Item] = []
    rows: list[tuple[Cell, ...]] = []
    lines: list[int] = []
    block = 0
    blank_before = True
    raw_lines = nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned_lines = [raw.replace("\u00a0", " ").replace("\ufeff", "").rstrip() for raw in raw_lines]
    for number, line in enumerate(cleaned_lines, start=1):
        row = _table_row(line, markdown)
        if row is None and rows and line.strip() and _inside_table(cleaned_lines, number, line, markdown):
            row = (_text_cell(line),)  # a row whose cells Word merged (a group row), written without tabs
        if row is not None:
            if row:
                rows.append(row)
                lines.append(number)
            blank_before = False
            continue
        if not line.strip():
            if not blank_before:
                block += 1
            blank_before = True
            continue
        if rows:
            items.append(_text_table(rows, lines))
            rows, lines = [], []
            block += 1
        cleaned = _clean_line(line, markdown)
        blank_before = False
        if cleaned is None:
            continue
        items.append(Paragraph(cleaned, block=block))
    if rows:
        items.append(_text_table(rows, lines))
    return SourceDocument(name, "text", tuple(_join_page_splits(items)))


def _table_row(line: str, markdown: bool) -> tuple[Cell, ...] | None:
    """The cells of a table line, () for a Markdown separator row, None for other lines."""
    if "\t" in line:
        return tuple(_text_cell(part) for part in line.split("\t"))
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2 and (markdown or stripped.endswith("|")):
        if _MD_SEPARATOR.match(stripped):
            return ()
        inner = stripped[1:-1] if stripped.endswith("|") else stripped[1:]
        return tuple(_text_cell(part) for part in re.split(r"(?<!\\)\|", inner))
    return None


def _text_cell(text: str) -> Cell:
    """A text table cell; a Markdown ``<br>`` is a line break inside the cell."""
    lines = [" ".join(part.split()) for part in re.split(r"<br\s*/?>", text)]
    value = "\n".join(line for line in lines if line)
    return Cell(value, (Paragraph(value),) if value else ())


def _text_table(rows: Sequence[tuple[Cell, ...]], lines: Sequence[int]) -> Table:
    width = max(len(row) for row in rows)
    padded = tuple(tuple(row) + (Cell(""),) * (width - len(row)) for row in rows)
    return Table(padded, tuple(lines))


_GROUP_LINE = re.compile(r"^(?:phần\s+(?:thứ\s+)?\S+|(?:[IVXLC]+|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)\s*[.):\-–])\s*\S", re.I)


def _lone_group_line(line: str) -> bool:
    """Whether a line without tabs, met inside a table, is one of its group rows: Word writes a
    row whose cells are merged into one ("I. NÂNG CAO NHẬN THỨC…", "PHẦN II. …", "B. …") with no
    tab at all. A numbered heading or a line in capitals qualifies; other prose ends the table."""
    text = " ".join(line.split())
    if not text or len(text) > 300:
        return False
    letters = [c for c in text if c.isalpha()]
    upper = len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return upper or bool(_GROUP_LINE.match(text))


_APPENDIX_LINE = re.compile(r"^phụ\s+lục\b", re.I)


def _inside_table(lines: Sequence[str], number: int, line: str, markdown: bool) -> bool:
    """Whether a line without tabs that follows a table row is a row of that table: the table
    goes on after it, and it is a group row ("I. NÂNG CAO…", "PHẦN II. …") or, when no header row
    comes next, any other text (a note the importer lists as skipped rather than ending the
    table and losing the rows after it). A "Phụ lục" line always starts something new."""
    if _APPENDIX_LINE.match(line.strip()):
        return False
    following = _next_row(lines, number, markdown)
    if following is None:
        return False
    if _lone_group_line(line):
        return True
    named = sum(1 for cell in following if _HEADER_WORDS.search(cell.text.lower()))
    return named < 2


_HEADER_WORDS = re.compile(r"\b(tt|stt|nội dung|nhiệm vụ|chủ trì|phối hợp|thời gian|thời hạn|sản phẩm|kết quả)\b")


def _next_row(lines: Sequence[str], number: int, markdown: bool) -> tuple[Cell, ...] | None:
    """The next table row after line ``number`` (1-based), passing blank lines and lone group
    rows; None when a paragraph comes first."""
    for line in lines[number:]:
        if not line.strip():
            continue
        row = _table_row(line, markdown)
        if row:
            return row
        if not _lone_group_line(line) or _APPENDIX_LINE.match(line.strip()):
            return None
    return None


def _clean_line(line: str, markdown: bool) -> str | None:
    text = line.strip()
    if markdown:
        text = _MD_HEADING.sub("", text)
    text = _EMPHASIS_END.sub("", _EMPHASIS_START.sub("", text))
    if not text or _RULE_LINE.match(text):
        return None
    return " ".join(text.split())


def _join_page_splits(items: list[Item]) -> Iterator[Item]:
    """A paragraph cut by a page break continues in lower case in a new block: join it back."""
    previous: Paragraph | None = None
    for item in items:
        if isinstance(item, Paragraph):
            if previous is not None and _continues(previous, item):
                previous = replace(previous, text=f"{previous.text} {item.text}")
                continue
            if previous is not None:
                yield previous
            previous = item
            continue
        if previous is not None:
            yield previous
            previous = None
        yield item
    if previous is not None:
        yield previous


def _continues(previous: Paragraph, current: Paragraph) -> bool:
    if current.block == previous.block:
        return False
    first = current.text[:1]
    if not (first.isalpha() and first.islower()) or _NUMBERED.match(current.text):
        return False
    return not previous.text.rstrip().endswith(_SENTENCE_END)


# ------------------------------------------------------------------------------------ docx

def read_docx(path: Path) -> SourceDocument:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _read_bytes(path)  # a missing or unreadable file is reported as such, not as a bad package
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise ImportProblem(
            tr("Không đọc được tệp \"{file}\": tệp không phải văn bản Word .docx hoặc đã hỏng.", file=path.name),
            tr("Mở tệp bằng Word và lưu lại dạng .docx (Word Document), rồi nhập lại.")) from None
    except Exception as exc:  # noqa: BLE001 - lxml and zip errors of a damaged package
        raise ImportProblem(
            tr("Không đọc được tệp \"{file}\": tệp Word bị hỏng ({error}).", file=path.name,
               error=exc.__class__.__name__),
            tr("Mở tệp bằng Word và lưu lại dạng .docx, rồi nhập lại.")) from None
    reader = _DocxReader(document)
    items = list(reader.container(document.element.body))
    return SourceDocument(str(path), "docx", tuple(items))


@dataclass
class _DocxReader:
    document: Any
    _bold_styles: dict[str, bool] = field(default_factory=dict)

    def container(self, element: Any) -> Iterator[Item]:
        from docx.oxml.ns import qn

        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                paragraph = self.paragraph(child)
                if paragraph.text:
                    yield paragraph
            elif child.tag == qn("w:tbl"):
                table = self.table(child)
                if table.rows:
                    yield table
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self.container(content)

    def cell_paragraphs(self, tc: Any) -> Iterator[Paragraph]:
        """A cell's paragraphs, those of a table nested in it included (row by row)."""
        for item in self.container(tc):
            if isinstance(item, Paragraph):
                yield item
            else:
                for row in item.rows:
                    for cell in row:
                        if not cell.spanned and not cell.vmerged:
                            yield from cell.paragraphs

    def paragraph(self, element: Any) -> Paragraph:
        from docx.text.paragraph import Paragraph as DocxParagraph

        paragraph = DocxParagraph(element, self.document)
        text = nfc(paragraph.text).replace("\u00a0", " ").replace("\t", " ")
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        try:
            style = paragraph.style.name if paragraph.style is not None else ""
        except (KeyError, ValueError):  # pragma: no cover - a style id the package lacks
            style = ""
        return Paragraph(text, style or "", self.bold(paragraph, style or ""))

    def bold(self, paragraph: Any, style_name: str) -> bool:
        runs = [run for run in paragraph.runs if run.text.strip()]
        if not runs:
            return False
        style_bold = self.style_bold(paragraph)
        return all(run.bold if run.bold is not None else style_bold for run in runs)

    def style_bold(self, paragraph: Any) -> bool:
        style = paragraph.style
        key = style.name if style is not None else ""
        if key not in self._bold_styles:
            value = None
            while style is not None and value is None:
                value = style.font.bold
                style = style.base_style
            self._bold_styles[key] = bool(value)
        return self._bold_styles[key]

    def table(self, element: Any) -> Table:
        from docx.oxml.ns import qn

        grid_rows: list[list[Cell]] = []
        for w_tr in element.findall(qn("w:tr")):
            row: list[Cell] = [Cell("", spanned=True)] * _grid_before(w_tr)
            column = len(row)
            for tc in w_tr.findall(qn("w:tc")):
                span = int(tc.grid_span) if hasattr(tc, "grid_span") else 1
                if _vmerge(tc) == "continue":
                    above = _cell_at(grid_rows, column)
                    cell = Cell(above.text, above.paragraphs, vmerged=True)
                else:
                    paragraphs = tuple(self.cell_paragraphs(tc))
                    cell = Cell("\n".join(p.text for p in paragraphs), paragraphs)
                row.append(cell)
                row.extend([Cell("", spanned=True)] * (span - 1))
                column += span
            grid_rows.append(row)
        width = max((len(row) for row in grid_rows), default=0)
        rows = tuple(tuple(row) + (Cell("", spanned=True),) * (width - len(row)) for row in grid_rows)
        return Table(rows)


def _grid_before(tr: Any) -> int:
    from docx.oxml.ns import qn

    trpr = tr.find(qn("w:trPr"))
    if trpr is None:
        return 0
    before = trpr.find(qn("w:gridBefore"))
    if before is None:
        return 0
    try:
        return int(before.get(qn("w:val"), "0"))
    except ValueError:
        return 0


def _vmerge(tc: Any) -> str | None:
    from docx.oxml.ns import qn

    tcpr = tc.find(qn("w:tcPr"))
    if tcpr is None:
        return None
    merge = tcpr.find(qn("w:vMerge"))
    if merge is None:
        return None
    return merge.get(qn("w:val")) or "continue"


def _cell_at(rows: list[list[Cell]], column: int) -> Cell:
    if rows and column < len(rows[-1]):
        return rows[-1][column]
    return Cell("")


__all__ = [
    "Cell",
    "ImportProblem",
    "Item",
    "Paragraph",
    "SourceDocument",
    "Table",
    "parse_text",
    "read_docx",
    "read_source",
    "read_text_file",
]
