"""Plans are data, not code: text is escaped for every output format it lands in."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from cchc.checking.workspace import load_workspace
from cchc.writing.render import render_plan_text
from cchc.writing.site import build_site
from conftest import FIXTURES

EVIL = '<script>alert("x")</script> | {{ 7*7 }} {% raw %}'


def _plan(tmp_path: Path):
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(FIXTURES / "valid" / "agencies.yaml", folder / "agencies.yaml")
    text = (FIXTURES / "valid" / "full.yaml").read_text(encoding="utf-8")
    text = text.replace("content: Ban hành Kế hoạch kiểm tra cải cách hành chính.", f"content: '{EVIL}'")
    (folder / "full.yaml").write_text(text, encoding="utf-8")
    workspace = load_workspace([folder])
    (plan,) = workspace.plans
    return plan, workspace


def test_markdown_table_cells_escape_pipes(tmp_path: Path) -> None:
    plan, _ = _plan(tmp_path)
    markdown = render_plan_text(plan, "md")
    row = next(line for line in markdown.splitlines() if "alert" in line)
    assert "\\|" in row and row.count(" | ") == 5  # six cells: the pipe in the text is escaped
    assert "{{ 7*7 }}" in markdown and "49" not in row  # template syntax in a plan is never evaluated


def test_html_escapes_markup(tmp_path: Path) -> None:
    plan, _ = _plan(tmp_path)
    html = render_plan_text(plan, "html")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_dashboard_shows_markup_as_text(tmp_path: Path) -> None:
    _, workspace = _plan(tmp_path)
    out = tmp_path / "site"
    build_site(workspace.plans, workspace.registries, dt.date(2021, 7, 1), out)
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text
    assert "&lt;script&gt;alert" in (out / "index.html").read_text(encoding="utf-8")


def test_docx_keeps_markup_as_text(tmp_path: Path) -> None:
    from docx import Document

    from cchc.writing.render_docx import render_plan_docx

    plan, _ = _plan(tmp_path)
    out = tmp_path / "kh.docx"
    render_plan_docx(plan, out)
    cells = [c.text for t in Document(str(out)).tables for row in t.rows for c in row.cells]
    assert any(EVIL in c for c in cells)
