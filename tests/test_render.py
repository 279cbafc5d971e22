"""Rendering through templates: golden Markdown, fidelity to the seeds, sandboxing, reports."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cchc.checking.workspace import load_workspace
from cchc.reading.load import load_file
from cchc.reading.model import PartialDate, build_plan
from cchc.writing.render import (
    TemplateProblem,
    date_line,
    number_line,
    render_plan_text,
    render_report_text,
)
from cchc.writing.report import build, named_period, next_cutoff
from conftest import ROOT, SEEDS

GOLDEN = Path(__file__).resolve().parent / "golden" / "render"
PLANS = {
    "quang-nam/ctr-hanh-dong-nq16-2021-2025.yaml": "000-quang-nam-ctr-hanh-dong-nq16-2021-2025.txt",
    "quang-ngai/binh-son-kh-par-sipas-2022.yaml": "001-binh-son-quang-ngai-kh-par-sipas-2022.txt",
    "quang-nam/kh-cchc-2021.yaml": "002-quang-nam-kh-cchc-2021-phu-luc.txt",
    "nam-dinh/kh-cchc-2021-2025.yaml": "004-nam-dinh-kh-cchc-2021-2025.txt",
}


def _plan(rel: str):
    return build_plan(load_file(ROOT / "plans" / rel).data, rel)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CCHC_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("rel", PLANS)
def test_plan_markdown_golden(rel: str) -> None:
    _golden(Path(rel).stem + ".md", render_plan_text(_plan(rel), "md"))


def _plain(markdown: str) -> str:
    text = re.sub(r"<br>", " ", markdown)
    text = text.replace("\\|", "|")
    text = re.sub(r"[*#|]", " ", text)
    text = text.replace("\\", "")
    return re.sub(r"\s+", " ", text)


def _sentences(seed: str) -> list[str]:
    text = seed.replace("\t", "\n")
    pieces = re.split(r"(?<=[.;:!?])\s+|\n+", text)
    out = []
    for piece in pieces:
        piece = re.sub(r"\s+", " ", piece).strip(" *")
        if len(piece.split()) >= 4:
            out.append(piece)
    return out


@pytest.mark.parametrize("rel", PLANS)
def test_rendered_markdown_holds_the_seed_sentences(rel: str) -> None:
    seed = SEEDS / PLANS[rel]
    if not seed.is_file():
        pytest.skip(f"seed documents not available at {SEEDS} (they live in shared/ beside the repo)")
    output = _plain(render_plan_text(_plan(rel), "md"))
    sentences = _sentences(seed.read_text(encoding="utf-8"))
    found = [s for s in sentences if s in output]
    missing = [s for s in sentences if s not in output]
    assert len(found) / len(sentences) >= 0.95, missing[:10]


@pytest.mark.parametrize("rel", PLANS)
def test_html_renders_with_the_document_parts(rel: str) -> None:
    html = render_plan_text(_plan(rel), "html")
    assert html.startswith("<!DOCTYPE html>") and 'lang="vi"' in html
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html and "Độc lập - Tự do - Hạnh phúc" in html
    assert "@page" in html and "A4" in html


def test_date_and_number_lines_follow_nd30() -> None:
    assert date_line("Nam Định", PartialDate(2021, 9, 29)) == "Nam Định, ngày 29 tháng 9 năm 2021"
    assert date_line("Hà Nội", PartialDate(2021, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2021"
    assert date_line("Hà Nội", PartialDate(2021, 2, 15)) == "Hà Nội, ngày 15 tháng 02 năm 2021"
    assert date_line("Quảng Nam", PartialDate(2021, 11)) == "Quảng Nam, ngày     tháng 11 năm 2021"
    assert number_line(_plan("nam-dinh/kh-cchc-2021-2025.yaml")) == "Số: 111/KH-UBND"
    assert number_line(_plan("quang-nam/kh-cchc-2021.yaml")).startswith("Số:") and "/QĐ-UBND" in number_line(
        _plan("quang-nam/kh-cchc-2021.yaml"))


def test_sandbox_blocks_python_internals(tmp_path: Path) -> None:
    bad = tmp_path / "xau.md.j2"
    bad.write_text("{{ ''.__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="không an toàn"):
        render_plan_text(_plan("nam-dinh/kh-cchc-2021-2025.yaml"), "md", bad)
    sneaky = tmp_path / "xau2.md.j2"
    sneaky.write_text("{{ plan.document.title.__class__.__subclasses__() }}", encoding="utf-8")
    with pytest.raises(TemplateProblem):
        render_plan_text(_plan("nam-dinh/kh-cchc-2021-2025.yaml"), "md", sneaky)


def test_misspelt_variable_names_the_template_line(tmp_path: Path) -> None:
    template = tmp_path / "sai.md.j2"
    template.write_text("# {{ document.title }}\n\n{{ document.tittle }}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem, match=r"sai\.md\.j2, dòng 3"):
        render_plan_text(_plan("nam-dinh/kh-cchc-2021-2025.yaml"), "md", template)


def test_user_template_renders(tmp_path: Path) -> None:
    template = tmp_path / "gon.md.j2"
    template.write_text("{{ document.type | upper }}: {{ document.title }} ({{ plan.tasks() | list | length }} nhiệm vụ)\n",
                        encoding="utf-8")
    out = render_plan_text(_plan("quang-nam/kh-cchc-2021.yaml"), "md", template)
    assert out == "QUYẾT ĐỊNH: Ban hành Kế hoạch công tác cải cách hành chính năm 2021 (51 nhiệm vụ)\n"


LOADING_TAGS = [
    pytest.param('{% include "bi-mat.txt" %}', "include", id="include"),
    pytest.param('{% include "con/bi-mat.txt" %}', "include", id="include-below"),
    pytest.param('{% include ["khong-co", "bi-mat.txt"] %}', "include", id="include-list"),
    pytest.param('{% set ten = "bi-mat.txt" %}{% include ten %}', "include", id="include-variable"),
    pytest.param('{% import "bi-mat.txt" as m %}', "import", id="import"),
    pytest.param('{% from "bi-mat.txt" import x %}', "from … import", id="from-import"),
    pytest.param('{% extends "bi-mat.txt" %}', "extends", id="extends"),
    pytest.param('{% extends "plan.md.j2" %}', "extends", id="extends-builtin"),
    pytest.param('{% include "rieng.md.j2" %}', "include", id="include-itself"),
]


@pytest.mark.parametrize(("tag", "word"), LOADING_TAGS)
def test_user_template_cannot_read_other_files(tag: str, word: str, tmp_path: Path) -> None:
    """A --template is one self-contained file: include/import/extends of anything (a file beside it or
    below it, a built-in template, itself) is refused with the template file and line."""
    (tmp_path / "bi-mat.txt").write_text("KHÓA BÍ MẬT\n", encoding="utf-8")
    (tmp_path / "con").mkdir()
    (tmp_path / "con" / "bi-mat.txt").write_text("KHÓA BÍ MẬT\n", encoding="utf-8")
    template = tmp_path / "rieng.md.j2"
    template.write_text(f"# {{{{ document.title }}}}\n\n{tag}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        render_plan_text(_plan("quang-nam/kh-cchc-2021.yaml"), "md", template)
    problem = caught.value
    assert problem.message.startswith(f"Mẫu {template}, dòng 3: mẫu riêng không được đọc tệp khác ({{% {word} %}})")
    assert "BÍ MẬT" not in problem.message and "{{ CCHC_CSS }}" in problem.hint


def test_user_template_loader_serves_only_that_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Defence in depth: with the tag check switched off, the loader still refuses every other name."""
    import cchc.writing.render as render

    (tmp_path / "bi-mat.txt").write_text("KHÓA BÍ MẬT\n", encoding="utf-8")
    template = tmp_path / "rieng.md.j2"
    template.write_text('dòng 1\n{% include "bi-mat.txt" %}\n', encoding="utf-8")
    monkeypatch.setattr(render, "_self_contained", lambda *args: None)
    with pytest.raises(TemplateProblem, match=r"rieng\.md\.j2, dòng 2: mẫu riêng không được đọc tệp khác") as caught:
        render_plan_text(_plan("quang-nam/kh-cchc-2021.yaml"), "md", template)
    assert "BÍ MẬT" not in caught.value.message


@pytest.mark.parametrize("name", ["plan.md.j2", "plan.html.j2"])
def test_built_in_plan_templates_work_when_copied(name: str, tmp_path: Path) -> None:
    """"Copy one, restyle it, pass --template": every built-in document template is self-contained
    (the shared stylesheet is the CCHC_CSS variable, not an include)."""
    from cchc.writing.render import TEMPLATE_DIR

    copy = tmp_path / name
    copy.write_bytes((TEMPLATE_DIR / name).read_bytes())
    fmt = name.split(".")[1]
    plan = _plan("nam-dinh/kh-cchc-2021-2025.yaml")
    assert render_plan_text(plan, fmt, copy) == render_plan_text(plan, fmt)


@pytest.mark.parametrize("name", ["report.md.j2", "report.html.j2"])
def test_built_in_report_templates_work_when_copied(name: str, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    from cchc.writing.render import TEMPLATE_DIR

    copy = tmp_path / name
    copy.write_bytes((TEMPLATE_DIR / name).read_bytes())
    fmt = name.split(".")[1]
    report = _report(monkeypatch, dt.date(2021, 7, 1))
    assert render_report_text(report, fmt, copy) == render_report_text(report, fmt)


BROKEN_TEMPLATES = [
    pytest.param("{{ ''.__class__.__mro__ }}", r"dòng 2: bị chặn vì không an toàn: mẫu không được truy cập thuộc "
                 r"tính “__class__” của đối tượng kiểu “str”", id="dunder"),
    pytest.param("{{ plan.__dict__ }}", r"dòng 2: bị chặn vì không an toàn: .*“__dict__”", id="dict"),
    pytest.param("{{ cycler.__init__.__globals__ }}", r"dòng 2: bị chặn vì không an toàn", id="globals"),
    pytest.param("{{ '{0.__class__}'.format(plan) }}", r"dòng 2: bị chặn vì không an toàn", id="format"),
    pytest.param("{{ 1 / 0 }}", r"dòng 2: lỗi khi chạy mẫu: chia cho 0 \(ZeroDivisionError\)", id="zero"),
    pytest.param("{% for i in range(10 ** 7) %}{% endfor %}", r"dòng 2: lỗi khi chạy mẫu: .*range\(\)", id="range"),
    pytest.param("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", r"dòng 2: lỗi khi chạy mẫu", id="recursion"),
    pytest.param("{{ document.tittle }}", r"dòng 2: biến không tồn tại \(.*không có thuộc tính “tittle”\)",
                 id="attribute"),
    pytest.param("{{ khong_co }}", r"dòng 2: biến không tồn tại \(“khong_co” chưa được định nghĩa\)", id="name"),
    pytest.param("{{ plan | khong_co }}", r"dòng 2: lỗi cú pháp Jinja \(không có bộ lọc “khong_co”\)", id="filter"),
    pytest.param("{% if plan %}", r"dòng 2: lỗi cú pháp Jinja \(mẫu kết thúc khi", id="unclosed"),
    pytest.param("{% endfor %}", r"dòng 2: lỗi cú pháp Jinja \(thẻ “{% endfor %}”", id="stray-end"),
]


@pytest.mark.parametrize(("body", "message"), BROKEN_TEMPLATES)
def test_broken_or_hostile_template_is_a_located_vietnamese_message(body: str, message: str, tmp_path: Path) -> None:
    template = tmp_path / "xau.md.j2"
    template.write_text("# {{ document.title }}\n" + body + "\n", encoding="utf-8")
    with pytest.raises(TemplateProblem) as caught:
        render_plan_text(_plan("quang-nam/kh-cchc-2021.yaml"), "md", template)
    text = caught.value.message
    assert re.match(rf"Mẫu {re.escape(str(template))}, {message}", text), text
    english = re.search(r"\b(access|attribute|unsafe|object|undefined|division|Range|Encountered|filter named)\b",
                        re.sub(r"“[^”]*”", "", text))
    assert english is None, text


def test_reporting_periods() -> None:
    q1 = named_period("2021-Q1")
    assert q1 is not None and (q1.start, q1.end) == (dt.date(2020, 12, 15), dt.date(2021, 3, 14))
    assert named_period("2021-H1").end == dt.date(2021, 6, 14)  # type: ignore[union-attr]
    assert named_period("2021-Q3").start == dt.date(2021, 6, 15)  # type: ignore[union-attr]
    assert named_period("2021").end == dt.date(2021, 12, 14)  # type: ignore[union-attr]
    assert named_period("2021-Q2") is None
    assert next_cutoff(dt.date(2021, 7, 1)) == dt.date(2021, 9, 14)
    assert next_cutoff(dt.date(2021, 12, 14)) == dt.date(2022, 3, 14)


def _report(monkeypatch: pytest.MonkeyPatch, as_of: dt.date):
    monkeypatch.chdir(ROOT)
    workspace = load_workspace([Path("plans")])
    return build(workspace.plans, workspace.registries, as_of, named_period("2021-H1"))


def test_report_markdown_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report(monkeypatch, dt.date(2021, 7, 1))
    assert report.grid["overdue"] == 14 and report.overdue_by_agency[0][0] == "Sở Nội vụ"
    _golden("report-2021-07-01.md", render_report_text(report, "md"))


def test_report_html_embeds_the_chart(monkeypatch: pytest.MonkeyPatch) -> None:
    html = render_report_text(_report(monkeypatch, dt.date(2021, 7, 1)), "html")
    assert 'src="data:image/png;base64,' in html and "<h2>II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH</h2>" in html
    assert "<thead><tr><th>Lĩnh vực</th>" in html and "<h3>2. Kết quả theo lĩnh vực cải cách</h3>" in html


def test_report_xlsx(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from cchc.writing.report_xlsx import write_report_xlsx

    out = tmp_path / "bao-cao.xlsx"
    write_report_xlsx(_report(monkeypatch, dt.date(2021, 7, 1)), out)
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Tổng hợp", "Theo lĩnh vực", "Nhiệm vụ", "Quá hạn", "Đến hạn kỳ tới", "Đã hoàn thành",
                                   "Vướng mắc", "Theo cơ quan", "Chỉ tiêu"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    tasks = workbook["Nhiệm vụ"]
    assert [c.value for c in tasks[1]][:3] == ["Kế hoạch", "TT", "Nội dung, nhiệm vụ"]
    assert tasks.max_row == 147


def test_cli_render_and_report(tmp_path: Path) -> None:
    def cchc(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cchc", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)

    md = cchc("render", "plans/nam-dinh/kh-cchc-2021-2025.yaml")
    assert md.returncode == 0 and "Nam Định, ngày 29 tháng 9 năm 2021" in md.stdout
    out = tmp_path / "kh.html"
    assert cchc("render", "plans/nam-dinh/kh-cchc-2021-2025.yaml", "-f", "html", "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    many = cchc("render", "plans", "-f", "html", "-o", str(tmp_path / "ra"))
    assert many.returncode == 0 and len(list((tmp_path / "ra").glob("*.html"))) == 4
    rep = cchc("report", "--period", "2021-H1", "-f", "md")
    assert rep.returncode == 0 and "(Số liệu tính đến ngày 14 tháng 6 năm 2021)" in rep.stdout
    q2 = cchc("report", "--period", "2021-Q2")  # no quý II report: the 6-month one, with a notice
    assert q2.returncode == 0 and "quý II" in q2.stderr and "6 tháng đầu năm 2021" in q2.stdout
    bad = cchc("report", "--period", "2021-Q4x")
    assert bad.returncode == 2 and "kỳ báo cáo" in bad.stderr
    evil = tmp_path / "evil.md.j2"
    evil.write_text("{{ ''.__class__ }}", encoding="utf-8")
    refused = cchc("render", "plans/nam-dinh/kh-cchc-2021-2025.yaml", "--template", str(evil))
    assert refused.returncode == 2 and "không an toàn" in refused.stderr and "Traceback" not in refused.stderr
    (tmp_path / "bi-mat.txt").write_text("KHÓA BÍ MẬT\n", encoding="utf-8")
    reader = tmp_path / "doc.md.j2"
    reader.write_text('# Mẫu\n{% include "bi-mat.txt" %}\n', encoding="utf-8")
    for command in (["render", "plans/nam-dinh/kh-cchc-2021-2025.yaml"], ["report", "--as-of", "2021-07-01"]):
        refused = cchc(*command, "--template", str(reader))
        assert refused.returncode == 2 and refused.stdout == "" and "Traceback" not in refused.stderr
        assert refused.stderr.startswith(f"cchc: Mẫu {reader}, dòng 2: mẫu riêng không được đọc tệp khác")
        assert "\n  gợi ý: " in refused.stderr and "BÍ MẬT" not in refused.stderr


def test_report_docx(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    from cchc.writing.report_docx import write_report_docx

    out = tmp_path / "bao-cao.docx"
    write_report_docx(_report(monkeypatch, dt.date(2021, 7, 1)), out)
    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts and any("tính đến ngày 01 tháng 7 năm 2021" in t for t in texts)
    assert len(document.inline_shapes) == 1  # the chart
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert all(fonts.get(qn(slot)) == "Times New Roman" for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"))
    overdue_tables = [t for t in document.tables if t.rows[0].cells[-1].text == "Số ngày quá hạn"]
    assert len(overdue_tables) == 1  # one table, a group row per lead agency
    listed = {(row.cells[0].text, row.cells[1].text) for row in overdue_tables[0].rows[1:]
              if row.cells[0]._tc is not row.cells[-1]._tc}
    assert len(listed) == 14  # a task with two lead agencies is listed under each of them
