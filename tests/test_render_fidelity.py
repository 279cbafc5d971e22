"""Printed plans match their source: the seed's paragraphs in the seed's order, nothing invented,
body tasks with their particulars, the chairman once — in Markdown, HTML and DOCX alike."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from cchc.reading.load import load_file
from cchc.reading.model import build_plan
from cchc.reading.vnformat import signature_lines, task_number
from cchc.writing.render import render_plan_text
from conftest import ROOT, SEEDS

SOURCES = {
    "quang-ngai/binh-son-kh-par-sipas-2022.yaml": "001-binh-son-quang-ngai-kh-par-sipas-2022.txt",
    "nam-dinh/kh-cchc-2021-2025.yaml": "004-nam-dinh-kh-cchc-2021-2025.txt",
}
TYPE_LINE = re.compile(r"^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH)$")


def _plan(rel: str):
    return build_plan(load_file(ROOT / "plans" / rel).data, rel)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _seed_parts(seed: Path) -> tuple[list[str], list[str], list[str]]:
    """(body paragraphs from the document type to the last paragraph, Nơi nhận lines, signature
    lines) of a text export. A paragraph that starts in lower case continues the one before it (a
    page break of the export); the ``**…*`` of the export's emphasis is dropped."""
    lines = seed.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if TYPE_LINE.match(line.strip()))
    body: list[str] = []
    recipients: list[str] = []
    signature: list[str] = []
    part = body
    for raw in lines[start:]:
        line = raw.replace("\u00a0", " ").strip().strip("*").strip()
        if not line or set(line) <= {"-"}:
            continue
        if line == "Nơi nhận:":
            part = recipients
            continue
        if part is recipients and not line.startswith("- "):
            part = signature
        if part is body and body and line[0].islower():
            body[-1] = f"{body[-1]} {line}"
        else:
            part.append(line)
    return body, recipients, signature


def _markdown_paragraphs(markdown: str) -> list[str]:
    """The rendered Markdown as plain paragraphs: one per line, markup dropped."""
    out = []
    for line in markdown.splitlines():
        line = line.replace("<br>", " ").replace("\\|", "|")
        if re.fullmatch(r"\|?[\s:|-]+\|?", line):  # a table's rule line
            continue
        for cell in line.strip("|").split(" | ") if line.startswith("|") else [line]:
            text = re.sub(r"^#+\s*", "", cell.strip())
            text = text.replace("***", "").replace("**", "").replace("\\", "")
            text = re.sub(r"(?<!\w)\*|\*(?!\w)", "", text).strip()
            if text:
                out.append(text)
    return out


def _in_order(expected: list[str], paragraphs: list[str], start: int = 0) -> int:
    """Every expected paragraph is a rendered paragraph, word for word (case aside), in the same
    order; returns the index after the last one. A paragraph found only inside another (an invented
    "1 " before it, two paragraphs run together) fails."""
    rendered = [_norm(p) for p in paragraphs]
    index = start
    for number, text in enumerate(expected):
        wanted = _norm(text)
        for k in range(index, len(rendered)):
            if rendered[k] == wanted:
                index = k + 1
                break
        else:
            inside = [p for p in paragraphs if wanted in _norm(p)]
            where = f"; found inside {inside[0][:80]!r}" if inside else ""
            pytest.fail(f"source paragraph {number + 1} not printed in source order{where}: {text[:120]!r}")
    return index


@pytest.mark.parametrize("rel", SOURCES)
def test_markdown_prints_the_source_paragraphs_in_source_order(rel: str) -> None:
    seed = SEEDS / SOURCES[rel]
    if not seed.is_file():
        pytest.skip(f"seed documents not available at {SEEDS} (they live in shared/ beside the repo)")
    body, recipients, signature = _seed_parts(seed)
    assert len(body) > 30 and recipients and signature
    paragraphs = _markdown_paragraphs(render_plan_text(_plan(rel), "md"))
    end = _in_order(body, paragraphs)
    # the signature block, each line once and nothing else, then the Nơi nhận list
    printed = paragraphs[end:end + len(signature)]
    assert [_norm(p) for p in printed] == [_norm(s) for s in signature]
    assert sum(_norm(p) == "chủ tịch" for p in paragraphs) == 1
    _in_order(["Nơi nhận:", *recipients], paragraphs, end)


def test_binh_son_responsibility_follows_the_tasks_in_every_section() -> None:
    markdown = render_plan_text(_plan("quang-ngai/binh-son-kh-par-sipas-2022.yaml"), "md")
    sections = re.split(r"^### ", markdown, flags=re.M)[1:]
    assert len(sections) == 7
    for section in (part.split("\n## ")[0] for part in sections):
        label = section.index("***Phân công trách nhiệm:***")
        tasks = [m.start() for m in re.finditer(r"^- ", section[:label], flags=re.M)]
        assert tasks, section[:60]
        # a blank line separates every paragraph: assignments never run into the task bullets
        assert not re.search(r"\n- [^\n]*\n- ", section)


def test_nam_dinh_unnumbered_paragraph_gets_no_number() -> None:
    plan = _plan("nam-dinh/kh-cchc-2021-2025.yaml")
    markdown = render_plan_text(plan, "md")
    assert "\n1 Chủ trì, phối hợp với các cơ quan có liên quan" not in markdown
    assert "\n\nChủ trì, phối hợp với các cơ quan có liên quan tham mưu, đề xuất Ủy ban nhân dân tỉnh triển khai" \
        in markdown
    html = render_plan_text(plan, "html")
    assert "<p>Chủ trì, phối hợp với các cơ quan có liên quan tham mưu" in html


SAMPLE = """\
version: 1
id: mau
document:
  type: Kế hoạch
  issuer: ỦY BAN NHÂN DÂN TỈNH MẪU
  title: Cải cách hành chính năm 2026
  signer: {authority_lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH], position: CHỦ TỊCH, name: Nguyễn Văn A}
period: {start: 2026, end: 2026}
body:
  - number: I.
    title: NHIỆM VỤ
    role: tasks
    sections:
      - number: "1."
        title: Công tác chỉ đạo, điều hành
        tasks:
          - id: "1"
            content: Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026.
            output: Kế hoạch được ban hành
            deadline: Quý I/2026
            lead: [Sở Nội vụ]
            support: ["Các sở, ngành"]
            subtasks:
              - id: a
                content: Dự thảo kế hoạch.
          - id: "2"
            content: Kiểm tra công tác cải cách hành chính.
      - number: "2."
        title: Cải cách thể chế
        responsibility: [Sở Tư pháp chịu trách nhiệm chủ trì.]
        responsibility_position: before
        tasks:
          - {id: "1", marker: "-", content: Rà soát văn bản., lead: [Sở Tư pháp], deadline: Năm 2026}
"""


def _sample():
    import yaml

    return build_plan(yaml.safe_load(SAMPLE), "mau.yaml")


def test_body_tasks_print_their_particulars_numbered_and_apart_in_markdown() -> None:
    markdown = render_plan_text(_sample(), "md")
    assert ("1. Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026.\n\n"
            "*Sản phẩm:* Kế hoạch được ban hành; *Thời hạn:* Quý I/2026; *Chủ trì:* Sở Nội vụ; "
            "*Phối hợp:* Các sở, ngành\n\n"
            "a) Dự thảo kế hoạch.\n\n"
            "2. Kiểm tra công tác cải cách hành chính.\n\n") in markdown
    # a section whose text assigns the work: the lead read from it is not printed again; before
    assert ("### 2. Cải cách thể chế\n\n***Phân công trách nhiệm:***\n\nSở Tư pháp chịu trách nhiệm chủ trì.\n\n"
            "- Rà soát văn bản.\n\n*Thời hạn:* Năm 2026\n") in markdown
    assert markdown.count("CHỦ TỊCH") == 1 and "**TM. ỦY BAN NHÂN DÂN**<br>\n**CHỦ TỊCH**\n" in markdown


def test_body_tasks_print_their_particulars_in_html() -> None:
    html = render_plan_text(_sample(), "html")
    assert ('<p class="task-details"><i>Sản phẩm:</i> Kế hoạch được ban hành; <i>Thời hạn:</i> Quý I/2026; '
            '<i>Chủ trì:</i> Sở Nội vụ; <i>Phối hợp:</i> Các sở, ngành</p>') in html
    assert "<p>1. Xây dựng" in html and "<p>a) Dự thảo" in html
    assert html.index("Phân công trách nhiệm") < html.index("Rà soát văn bản.")
    assert html.count("CHỦ TỊCH") == 1


def test_body_tasks_print_their_particulars_in_docx(tmp_path: Path) -> None:
    import docx

    from cchc.writing.render_docx import render_plan_docx

    out = tmp_path / "mau.docx"
    render_plan_docx(_sample(), out)
    paragraphs = docx.Document(str(out)).paragraphs
    texts = [p.text for p in paragraphs]
    first = texts.index("1. Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026.")
    details = paragraphs[first + 1]
    assert details.text == ("Sản phẩm: Kế hoạch được ban hành; Thời hạn: Quý I/2026; Chủ trì: Sở Nội vụ; "
                            "Phối hợp: Các sở, ngành")
    assert [r.text for r in details.runs if r.italic] == ["Sản phẩm:", "Thời hạn:", "Chủ trì:", "Phối hợp:"]
    assert texts[first + 2] == "a) Dự thảo kế hoạch."
    assert texts.index("Phân công trách nhiệm:") < texts.index("- Rà soát văn bản.")
    signature = docx.Document(str(out)).tables[-1].cell(0, 1).text
    assert signature.count("CHỦ TỊCH") == 1


def test_docx_binh_son_and_nam_dinh_follow_the_source_order(tmp_path: Path) -> None:
    import docx

    from cchc.writing.render_docx import render_plan_docx

    out = tmp_path / "bs.docx"
    render_plan_docx(_plan("quang-ngai/binh-son-kh-par-sipas-2022.yaml"), out)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    headings = [i for i, t in enumerate(texts) if re.match(r"^[1-7]\. (Về|Công tác|Cải cách)", t)]
    assert len(headings) == 7
    for here, after in zip(headings, [*headings[1:], len(texts)], strict=True):
        part = texts[here + 1:after]
        label = part.index("Phân công trách nhiệm:")
        assert label > 0 and part[0].startswith("- ")
    out = tmp_path / "nd.docx"
    render_plan_docx(_plan("nam-dinh/kh-cchc-2021-2025.yaml"), out)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    science = texts.index("2.6. Sở Khoa học và Công nghệ")
    assert texts[science + 1].startswith("Chủ trì, phối hợp với các cơ quan có liên quan")


@pytest.mark.parametrize(("lines", "position", "expected"), [
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    (["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    (["TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"], "Chủ tịch", ["TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"]),
    ([], "CHỦ TỊCH", ["CHỦ TỊCH"]),
])
def test_the_chairman_is_printed_once(lines: list[str], position: str, expected: list[str]) -> None:
    assert signature_lines(lines, position) == expected


def test_task_numbers_take_the_body_punctuation() -> None:
    from cchc.reading.model import Task

    def number(**fields: str) -> str:
        return task_number(Task(content="x", path=(), ref="", **fields))  # type: ignore[arg-type]

    assert number(id="1") == "1." and number(id="1.2") == "1.2." and number(id="a") == "a)"
    assert number(id="3.") == "3." and number(id="b)") == "b)" and number(id="1", marker="-") == "-"
    assert number(id="1", marker="") == ""


def test_html_print_stylesheet_keeps_the_printed_promises() -> None:
    from cchc.writing.render import builtin_css

    css = " ".join(builtin_css().split())
    assert "@page landscape { size: A4 landscape;" in css and "section.appendix { page: landscape;" in css
    assert "@media print { body { max-width: none;" in css  # the landscape appendix is not held to 165 mm
    assert ".quoc-hieu, table.header .tieu-ngu { white-space: nowrap; }" in css
    assert "table.header td.number, table.header td.date, .keep-blanks { white-space: pre-wrap; }" in css
    assert "table.sign, table.sign tr, .signer { break-inside: avoid;" in css
    assert "table.tasks thead, table.data thead { display: table-header-group; }" in css
    html = render_plan_text(_plan("quang-nam/kh-cchc-2021.yaml"), "html")
    assert '<td class="number">Số:      /QĐ-UBND</td>' in html and "<thead><tr><th>TT</th>" in html


CHROMIUM = next((found for name in ("chromium", "chromium-browser", "google-chrome")
                 if (found := __import__("shutil").which(name))), None)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed: the HTML is not printed here")
def test_html_plan_prints_from_chromium(tmp_path: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdftotext, pdfinfo) is not installed: the printed HTML cannot be read")
    page = tmp_path / "kh.html"
    page.write_text(render_plan_text(_plan("quang-nam/kh-cchc-2021.yaml"), "html"), encoding="utf-8")
    pdf = tmp_path / "kh.pdf"
    assert CHROMIUM is not None
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=180, check=True)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    landscape = [i for i, (w, h) in enumerate(sizes, start=1) if float(w) > float(h)]
    assert landscape and landscape == list(range(landscape[0], len(sizes) + 1))
    assert len(landscape) <= 12  # the appendix on the full landscape width (18 pages when held to 165 mm)

    def text(number: int) -> str:
        return subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout

    first = text(1)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first  # one line
    assert re.search(r"Số:\s{2,}/QĐ-UBND", first) and re.search(r"ngày\s{3,}tháng 12", first)
    for number in landscape:  # the header row repeats on every appendix page
        assert "Nội dung, nhiệm vụ" in text(number), number
    signature = next(n for n in range(1, landscape[0]) if "Hồ Quang Bửu" in text(n))
    assert "PHÓ CHỦ TỊCH" in text(signature) and "Nơi nhận:" in text(signature)


IMPORTED = """KẾ HOẠCH
Cải cách hành chính năm 2022

I. Nhiệm vụ

1. Cải cách thể chế

Phân công trách nhiệm:

Sở Tư pháp chịu trách nhiệm chủ trì, phối hợp với các cơ quan.

- Rà soát văn bản quy phạm pháp luật của tỉnh.

- Kiểm tra văn bản sau ban hành theo quy định.

2. Cải cách thủ tục hành chính

- Công khai thủ tục hành chính đầy đủ.

Phân công trách nhiệm:

Văn phòng UBND tỉnh chịu trách nhiệm chủ trì.

3. Sở Khoa học và Công nghệ

Chủ trì, phối hợp với các cơ quan có liên quan tham mưu triển khai ISO.
"""


def test_an_imported_plan_prints_in_the_order_of_its_source() -> None:
    """The importer records where "Phân công trách nhiệm" stood and which paragraphs had no
    number, so the printed plan follows its source either way."""
    from cchc.authoring.import_sources import parse_text
    from cchc.authoring.importer import import_source

    result = import_source(parse_text(IMPORTED), plan_id="x")
    first, second, third = result.data["body"][0]["sections"]
    assert first["responsibility_position"] == "before" and "responsibility_position" not in second
    assert third["tasks"][0]["marker"] == ""
    paragraphs = _markdown_paragraphs(render_plan_text(build_plan(result.data, "x.yaml"), "md"))
    expected = [line for line in IMPORTED.splitlines()[3:] if line.strip()]
    _in_order(expected, paragraphs)
