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

from cchc.base.i18n import tr
from cchc.reading.load import decode, os_error_text

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

# Bounds on what a .docx may cost before python-docx parses it (issue 18): generous for real
# plans (a 300-page plan with pictures is a few MB compressed and under 20 MB unpacked), far below
# what a zip bomb unpacks to.
DOCX_MAX_FILE = 200 * 1024 * 1024  # the .docx itself
DOCX_MAX_TOTAL = 200 * 1024 * 1024  # all parts, unpacked
DOCX_MAX_PART = 50 * 1024 * 1024  # one part, unpacked
DOCX_MAX_PARTS = 2000  # entries in the package


def _docx_too_big(name: str, what: str) -> ImportProblem:
    return ImportProblem(
        tr("Không nhập được tệp \"{file}\": {what}, vượt giới hạn an toàn của cchc.", file=name, what=what),
        tr("Tệp Word kế hoạch thật chỉ vài MB. Mở tệp bằng Word, xóa ảnh hoặc đối tượng nhúng quá lớn "
           "rồi lưu lại; nếu tệp đến từ nguồn lạ, đừng mở nó."))


def check_docx_package(data: bytes, name: str) -> None:
    """Refuse a package whose parts are too many or unpack too large, before python-docx reads it.

    Both the sizes each entry declares and what it really unpacks to are counted (a zip bomb can
    declare small sizes), reading in chunks so that no more than the cap is ever held in memory.
    Raises :class:`ImportProblem`; a package that is not a zip at all is left to python-docx's
    own error."""
    import io
    import zipfile
    import zlib

    mib = 1024 * 1024
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return
    with archive:
        entries = archive.infolist()
        if len(entries) > DOCX_MAX_PARTS:
            raise _docx_too_big(name, tr("gói có {count} phần (tối đa {limit})", count=len(entries),
                                         limit=DOCX_MAX_PARTS))
        total = 0
        for entry in entries:
            if entry.file_size > DOCX_MAX_PART or total + entry.file_size > DOCX_MAX_TOTAL:
                raise _docx_too_big(name, tr("phần \"{part}\" khi giải nén lớn hơn {limit} MB",
                                             part=entry.filename, limit=DOCX_MAX_PART // mib)
                                    if entry.file_size > DOCX_MAX_PART else
                                    tr("nội dung khi giải nén lớn hơn {limit} MB", limit=DOCX_MAX_TOTAL // mib))
            size = 0
            try:
                with archive.open(entry) as stream:
                    while chunk := stream.read(1024 * 1024):
                        size += len(chunk)
                        if size > DOCX_MAX_PART or total + size > DOCX_MAX_TOTAL:
                            raise _docx_too_big(
                                name, tr("phần \"{part}\" khi giải nén lớn hơn {limit} MB", part=entry.filename,
                                         limit=DOCX_MAX_PART // mib) if size > DOCX_MAX_PART else
                                tr("nội dung khi giải nén lớn hơn {limit} MB", limit=DOCX_MAX_TOTAL // mib))
            except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, ValueError, RuntimeError,
                    zlib.error):
                # a part that does not unpack to what its header says (a bad CRC, a size that lies)
                raise ImportProblem(
                    tr("Không đọc được tệp \"{file}\": tệp Word bị hỏng (phần \"{part}\" không giải nén được).",
                       file=name, part=entry.filename),
                    tr("Mở tệp bằng Word và lưu lại dạng .docx, rồi nhập lại.")) from None
            total += size


def read_docx(path: Path) -> SourceDocument:
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # reported by _read_bytes below
    if size > DOCX_MAX_FILE:
        raise _docx_too_big(path.name, tr("tệp lớn hơn {limit} MB", limit=DOCX_MAX_FILE // (1024 * 1024)))
    data = _read_bytes(path)  # a missing or unreadable file is reported as such, not as a bad package
    check_docx_package(data, path.name)
    try:
        document = docx.Document(io.BytesIO(data))  # the very bytes checked above
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise ImportProblem(
            tr("Không đọc được tệp \"{file}\": tệp không phải văn bản Word .docx hoặc đã hỏng.", file=path.name),
            tr("Mở tệp bằng Word và lưu lại dạng .docx (Word Document), rồi nhập lại.")) from None
    except Exception as exc:  # noqa: BLE001 - lxml and zip errors of a damaged package
        raise ImportProblem(
            tr("Không đọc được tệp \"{file}\": tệp Word bị hỏng ({error}).", file=path.name,
               error=exc.__class__.__name__),
            tr("Mở tệp bằng Word và lưu lại dạng .docx, rồi nhập lại.")) from None
    reader = _DocxReader(document, _StyleTable.of(document))
    items = list(reader.container(_plain_body(document)))
    return SourceDocument(str(path), "docx", tuple(items))


def _plain_body(document: Any) -> Any:
    """The document body as plain lxml elements. python-docx's element classes make every
    ``find`` and child access build a Python proxy object (about half a millisecond a table row);
    the same XML parsed without them is read in one linear pass. Entities are not resolved and
    the network is never used, as in python-docx's own parser."""
    from docx.oxml.ns import qn
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)
    return etree.fromstring(document.part.blob, parser).find(qn("w:body"))


@dataclass(frozen=True)
class _StyleTable:
    """The document's paragraph styles, read once: id -> (UI name, bold), with ``w:basedOn``
    chains resolved here, each style visited at most once (a style based on itself, or a cycle,
    ends the chain). python-docx looks a style up by an XPath over all styles for every paragraph
    (styles × paragraphs) and follows ``base_style`` without a cycle check; neither is used."""

    names: dict[str, str]
    bold: dict[str, bool]
    default: str  # the id of the default paragraph style ("" when none)

    @classmethod
    def of(cls, document: Any) -> _StyleTable:
        from docx.oxml.ns import qn
        from docx.styles import BabelFish

        try:
            root = document.part.styles.element  # python-docx adds a default styles part if missing
        except Exception:  # noqa: BLE001 - a damaged styles part: no styles
            return cls({}, {}, "")
        names: dict[str, str] = {}
        based: dict[str, str] = {}
        own_bold: dict[str, bool | None] = {}
        default = ""
        for style in root.iterchildren(qn("w:style")):
            if style.get(qn("w:type"), "paragraph") != "paragraph":
                continue
            style_id = style.get(qn("w:styleId")) or ""
            if style_id in names:
                continue  # the first definition wins, as in Word
            name_el = style.find(qn("w:name"))
            raw = name_el.get(qn("w:val")) if name_el is not None else None
            names[style_id] = BabelFish.internal2ui(raw) if raw else ""
            base_el = style.find(qn("w:basedOn"))
            if base_el is not None and base_el.get(qn("w:val")):
                based[style_id] = base_el.get(qn("w:val"))
            own_bold[style_id] = _on_off(style.find(f"{qn('w:rPr')}/{qn('w:b')}"))
            if not default and style.get(qn("w:default")) in ("1", "true", "on"):
                default = style_id
        bold: dict[str, bool] = {}
        for style_id in names:
            seen: set[str] = set()
            current: str | None = style_id
            value: bool | None = None
            while current is not None and current not in seen and current in names:
                seen.add(current)
                if current in bold:
                    value = bold[current]
                    break
                value = own_bold.get(current)
                if value is not None:
                    break
                current = based.get(current)
            bold[style_id] = bool(value)
        return cls(names, bold, default)

    def style_of(self, element: Any) -> str:
        """The id of a ``w:p``'s paragraph style (the default style when it names none or one
        the document lacks, as Word does)."""
        ppr = element.find(_W + "pPr")
        style = ppr.find(_W + "pStyle") if ppr is not None else None
        style_id = style.get(_W + "val") if style is not None else None
        return style_id if style_id in self.names else self.default


def _on_off(element: Any) -> bool | None:
    """A ``w:b``-like toggle: absent None; present on unless ``w:val`` is false/0/off."""
    from docx.oxml.ns import qn

    if element is None:
        return None
    return element.get(qn("w:val"), "true").lower() not in ("0", "false", "off")


@dataclass
class _DocxReader:
    document: Any
    styles: _StyleTable

    def container(self, element: Any) -> Iterator[Item]:
        for child in element.iterchildren():
            if child.tag == _W + "p":
                paragraph = self.paragraph(child)
                if paragraph.text:
                    yield paragraph
            elif child.tag == _W + "tbl":
                table = self.table(child)
                if table.rows:
                    yield table
            elif child.tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
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
        text = nfc(_paragraph_text(element)).replace("\u00a0", " ").replace("\t", " ")
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        style_id = self.styles.style_of(element)
        style = self.styles.names.get(style_id, "")
        return Paragraph(text, style, self.bold(element, style_id))

    def bold(self, element: Any, style_id: str) -> bool:
        """Whether every run with text is bold, directly or through the paragraph's style."""
        runs = [run for run in element.iterchildren(_W + "r") if _run_text(run).strip()]
        if not runs:
            return False
        style_bold = self.styles.bold.get(style_id, False)
        for run in runs:
            rpr = run.find(_W + "rPr")
            value = _on_off(rpr.find(_W + "b")) if rpr is not None else None
            if not (value if value is not None else style_bold):
                return False
        return True

    def table(self, element: Any) -> Table:
        """The table laid out on its grid. A cell's ``gridSpan`` and a row's ``gridBefore`` are
        capped by the table's real width (its ``w:tblGrid`` columns, or the widest row's count of
        cells), so a hostile span of 2·10⁸ costs nothing; rows are read in one pass."""
        w_rows = element.findall(_W + "tr")
        grid = element.find(_W + "tblGrid")
        declared = len(grid.findall(_W + "gridCol")) if grid is not None else 0
        widest = max((len(w_tr.findall(_W + "tc")) for w_tr in w_rows), default=0)
        limit = max(declared, widest, 1)
        grid_rows: list[list[Cell]] = []
        for w_tr in w_rows:
            cells = w_tr.findall(_W + "tc")
            row: list[Cell] = [Cell("", spanned=True)] * min(_grid_before(w_tr), max(limit - len(cells), 0))
            column = len(row)
            for index, tc in enumerate(cells):
                tcpr = tc.find(_W + "tcPr")
                span = min(_grid_span(tcpr), max(limit - column - (len(cells) - index - 1), 1))
                if _vmerge(tcpr) == "continue":
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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_TEXT = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


def _run_text(run: Any) -> str:
    """A ``w:r``'s text as python-docx's ``Run.text`` reads it (text, tabs, line breaks; page and
    column breaks are ""), in one pass over the run's children instead of an XPath per call."""
    parts: list[str] = []
    for child in run.iterchildren():
        tag = child.tag
        if tag == _W + "t":
            parts.append(child.text or "")
        elif tag == _W + "br":
            if child.get(_W + "type", "textWrapping") == "textWrapping":
                parts.append("\n")
        elif tag in _RUN_TEXT:
            parts.append(_RUN_TEXT[tag])
    return "".join(parts)


def _paragraph_text(element: Any) -> str:
    """A ``w:p``'s text as python-docx's ``Paragraph.text`` reads it: its runs and hyperlinks."""
    parts: list[str] = []
    for child in element.iterchildren(_W + "r", _W + "hyperlink"):
        if child.tag == _W + "r":
            parts.append(_run_text(child))
        else:
            parts.extend(_run_text(run) for run in child.iterchildren(_W + "r"))
    return "".join(parts)


def _grid_span(tcpr: Any) -> int:
    """A cell's ``gridSpan`` (1 when absent or unreadable); ``tcpr``: its ``w:tcPr`` or None."""
    span = tcpr.find(_W + "gridSpan") if tcpr is not None else None
    if span is None:
        return 1
    try:
        return max(int(span.get(_W + "val", "1")), 1)
    except ValueError:
        return 1


def _grid_before(tr: Any) -> int:
    trpr = tr.find(_W + "trPr")
    if trpr is None:
        return 0
    before = trpr.find(_W + "gridBefore")
    if before is None:
        return 0
    try:
        return max(int(before.get(_W + "val", "0")), 0)
    except ValueError:
        return 0


def _vmerge(tcpr: Any) -> str | None:
    """A cell's ``vMerge`` ("restart", "continue", or None); ``tcpr``: its ``w:tcPr`` or None."""
    if tcpr is None:
        return None
    merge = tcpr.find(_W + "vMerge")
    if merge is None:
        return None
    return merge.get(_W + "val") or "continue"


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
