"""The static dashboard (cchc site), without a browser: files, numbers, filter markup, offline-only."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cchc.checking.lint import lint_text
from cchc.checking.workspace import Workspace, load_workspace
from cchc.deriving.status import (
    STATE_LABELS,
    STATES,
    Filters,
    agency_table,
    apply_filters,
    build_report,
    plan_status,
)
from cchc.reading.model import Plan
from cchc.writing.render import percent
from cchc.writing.site import build_site, site_model
from conftest import HEADER, ROOT, registry

AS_OF = dt.date(2021, 7, 1)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    parents: tuple[str, ...] = ()  # ids and tags of the open elements around it


class Page(HTMLParser):
    """Every element with its attributes and text; end tags must close what is open (strictly)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        context = tuple(f"#{e.attrs['id']}" if "id" in e.attrs else e.tag for e in self.stack)
        element = Element(tag, {k: v or "" for k, v in attrs}, parents=context)
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1].tag != tag:
            self.problems.append(f"</{tag}> at {self.getpos()} closes {self.stack[-1].tag if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element.text += data

    def find(self, tag: str | None = None, inside: str | None = None, **attrs: str) -> list[Element]:
        found = []
        for e in self.elements:
            if tag and e.tag != tag:
                continue
            if inside and inside not in e.parents:
                continue
            if all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items()):
                found.append(e)
        return found


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    assert page.problems == [], page.problems
    assert page.stack == [], [e.tag for e in page.stack]
    return page


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return load_workspace([ROOT / "plans"])


@pytest.fixture(scope="module")
def built(workspace: Workspace, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("site")
    return out, build_site(workspace.plans, workspace.registries, AS_OF, out)


@pytest.fixture(scope="module")
def index(built: tuple[Path, list[Path]]) -> Page:
    return parse(built[0] / "index.html")


def texts(elements: list[Element]) -> list[str]:
    return [" ".join(e.text.split()) for e in elements]


# ------------------------------------------------------------------------------------ files

def test_writes_index_assets_and_one_page_per_plan(workspace: Workspace, built: tuple[Path, list[Path]]) -> None:
    out, paths = built
    expected = {"index.html", "assets/site.css", "assets/site.js", ".nojekyll"}
    expected |= {f"plans/{plan.id}.html" for plan in workspace.plans}
    assert {p.relative_to(out).as_posix() for p in paths} == expected
    assert all(p.is_file() for p in paths)
    assert len(workspace.plans) == 4


def test_pages_are_vietnamese_nfc_and_for_phones(built: tuple[Path, list[Path]]) -> None:
    out, paths = built
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", text), path
        if path.suffix != ".html":
            continue
        page = parse(path)
        assert page.find("html")[0].attrs["lang"] == "vi"
        assert page.find("meta", charset="utf-8")
        assert page.find("meta", name="viewport")[0].attrs["content"] == "width=device-width, initial-scale=1"
        assert page.find("title") and texts(page.find("title"))[0]


def test_nothing_is_fetched_from_the_network(built: tuple[Path, list[Path]]) -> None:
    """No CDN, no web fonts, no fetch(): the folder works from file:// and with no network."""
    out, paths = built
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:[a-z]+:)?//""", text, re.I), path
        assert not re.search(r"url\(\s*[\"']?(?:https?:)?//", text, re.I), path
        assert not re.search(r"@import|\bfetch\s*\(|XMLHttpRequest|\bimport\s*\(", text), path
    for path in paths:
        if path.suffix != ".html":
            continue
        page = parse(path)
        for element in page.elements:
            for name in ("src", "href"):
                target = element.attrs.get(name)
                if not target or target.startswith("#"):
                    continue
                assert ":" not in target.split("/")[0], (path, target)  # relative, no scheme
                local = (path.parent / target.split("#")[0]).resolve()
                assert local.is_file(), (path, target)


def test_building_twice_gives_the_same_bytes(workspace: Workspace, built: tuple[Path, list[Path]],
                                             tmp_path: Path) -> None:
    out, paths = built
    again = build_site(workspace.plans, workspace.registries, AS_OF, tmp_path)
    assert [p.relative_to(tmp_path) for p in again] == [p.relative_to(out) for p in paths]
    for first, second in zip(paths, again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first


# ------------------------------------------------------------------------------------ numbers

def test_overview_counts_match_cchc_status(workspace: Workspace, index: Page) -> None:
    report = build_report(workspace.plans, AS_OF)
    counts = report.counts()
    shown = {e.attrs["data-state-count"]: int(e.text) for e in index.find(inside="#tong-quan")
             if "data-state-count" in e.attrs}
    assert shown == counts
    assert shown["overdue"] == 14
    assert texts(index.find(data_count="total")) == [str(len(report.rows))] == ["146"]
    assert texts(index.find(data_count="on-time-rate")) == [percent(report.on_time_rate)] == ["0,0%"]
    heading = texts(index.find("h2", id="h-qua-han"))[0]
    assert heading == "Nhiệm vụ quá hạn (14)"
    assert len(index.find("tr", inside="#qua-han", data_state="overdue")) == 14


def test_table_has_every_milestone_with_filter_attributes(workspace: Workspace, index: Page) -> None:
    report = build_report(workspace.plans, AS_OF)
    rows = index.find("tr", inside="#bang-nhiem-vu")[1:]  # the header row first
    assert len(rows) == len(report.rows)
    assert Counter(r.attrs["data-state"] for r in rows) == +Counter(report.counts())
    for row in rows:
        assert {"data-agency", "data-lead", "data-support", "data-area", "data-state", "data-plan"} <= set(row.attrs)
        lead, support, agencies = (json.loads(row.attrs[f"data-{k}"]) for k in ("lead", "support", "agency"))
        assert set(agencies) == set(lead) | set(support)
    assert Counter(r.attrs["data-area"] for r in rows) == Counter(row.area for row in report.rows)


def test_filter_markup(index: Page) -> None:
    form = index.find("form", id="bo-loc")
    assert form
    selects = {e.attrs["name"]: e for e in index.find("select", inside="#bo-loc")}
    assert set(selects) == {"agency", "role", "area", "state"}
    for name in ("agency", "area", "state"):
        options = index.find("option", inside=f"#{selects[name].attrs['id']}")
        assert options[0].attrs["value"] == "" and len(options) > 2, name
    states = [o.attrs["value"] for o in index.find("option", inside="#loc-trang-thai")][1:]
    assert states == ["overdue", "on_track", "awaiting_trigger", "ongoing"]  # only states that occur
    assert texts(index.find("option", inside="#loc-trang-thai", value="overdue")) == ["Quá hạn (14)"]
    assert index.find("p", id="so-dong") and index.find("script", src="assets/site.js")


def test_agency_filter_agrees_with_cchc_status_agency(workspace: Workspace, index: Page) -> None:
    """Picking an agency shows exactly the rows `cchc status --agency X` lists (groups both ways)."""
    report = build_report(workspace.plans, AS_OF)
    rows = index.find("tr", inside="#bang-nhiem-vu")[1:]
    options = index.find("option", inside="#loc-co-quan")[1:]
    assert len(options) > 10
    for option in options:
        name = option.attrs["value"]
        marked = [r for r in rows if name in json.loads(r.attrs["data-agency"])]
        expected = apply_filters(report.rows, AS_OF, Filters(agency=name, registries=workspace.registries))
        assert len(marked) == len(expected), name
        assert " ".join(option.text.split()) == f"{name} ({len(marked)})"
    led = [r for r in rows if "Sở Nội vụ" in json.loads(r.attrs["data-lead"])]
    assert 0 < len(led) < len([r for r in rows if "Sở Nội vụ" in json.loads(r.attrs["data-agency"])]) < len(rows)


def test_agency_table_links_to_the_filter(workspace: Workspace, index: Page) -> None:
    report = build_report(workspace.plans, AS_OF)
    lines = agency_table(report, workspace.registries)
    body = index.find("tr", inside="#co-quan")[1:]
    assert len(body) == len(lines)
    values = {o.attrs["value"] for o in index.find("option", inside="#loc-co-quan")}
    links = [e.attrs["data-filter-agency"] for e in index.find("a", inside="#co-quan") if "data-filter-agency" in e.attrs]
    assert links and set(links) <= values


def test_chart_is_inline_svg_stacked_by_state(workspace: Workspace, index: Page) -> None:
    report = build_report(workspace.plans, AS_OF)
    bars = index.find("svg", inside="#linh-vuc")
    areas = Counter(row.area for row in report.rows)
    assert len(bars) == len(areas) == 7
    segments = [e for e in index.find("rect", inside="#linh-vuc") if "data-state" in e.attrs]
    assert sum(int(e.attrs["width"]) for e in segments) == len(report.rows)
    overdue = [e for e in segments if e.attrs["data-state"] == "overdue"]
    assert sum(int(e.attrs["width"]) for e in overdue) == 14
    for bar in bars:
        assert bar.attrs["role"] == "img" and bar.attrs["aria-label"]
    assert not index.find("canvas") and not index.find("script", inside="#linh-vuc")


def test_one_page_per_plan_lists_its_tasks(workspace: Workspace, built: tuple[Path, list[Path]]) -> None:
    out, _ = built
    for plan in workspace.plans:
        page = parse(out / "plans" / f"{plan.id}.html")
        rows, _ = plan_status(plan, AS_OF)
        body = [e for e in page.find("tr") if "data-state" in e.attrs]
        assert [r.attrs["data-state"] for r in body] == [r.state for r in rows]
        badges = texts([e for e in page.elements if "badge" in e.attrs.get("class", "")])
        assert badges == [STATE_LABELS[r.state] for r in rows]
        assert plan.document.title in texts(page.find("h1"))[0]
        assert page.find("a", href="../index.html")


# ------------------------------------------------------------------------------- small plans

PLAN = HEADER + """\
appendices:
  - sections:
      - number: I
        title: THỬ NGHIỆM
        area: the_che
        lead: [Sở Nội vụ]
        tasks:
          - id: "1"
            content: Xong đúng hạn
            output: Quyết định
            deadline: Quý I/2021
            progress:
              - {date: 2021-03-20, status: done}
          - id: "2"
            content: Xong muộn
            output: Quyết định
            deadline: Quý I/2021
            progress:
              - {date: 2021-04-10, status: done}
          - id: "3"
            content: Quá hạn
            output: Quyết định
            deadline: 31/01/2021
            support: ["Các Sở, Ban, ngành"]
          - id: "4"
            content: Không thực hiện
            output: Quyết định
            deadline: Quý I/2021
            progress:
              - {date: 2021-03-01, status: cancelled}
      - number: II
        title: CÔNG VỤ
        area: cong_vu
        lead: [STP]
        tasks:
          - id: "1"
            content: Trong hạn
            output: Quyết định
            deadline: Quý IV/2021
"""


def small_plan() -> Plan:
    result = lint_text(PLAN, "plans/thu-nghiem.yaml", registry=registry())
    assert result.plan is not None, result.diagnostics
    return result.plan


def test_on_time_rate_follows_the_government_formula(tmp_path: Path) -> None:
    plan = small_plan()
    registries = {plan.source: registry()}
    site = site_model([plan], registries, AS_OF)
    assert site.overview.on_time_rate == pytest.approx(1 / 3)  # 1 ÷ (1 on time + 1 late + 1 overdue)
    build_site([plan], registries, AS_OF, tmp_path)
    page = parse(tmp_path / "index.html")
    assert texts(page.find(data_count="on-time-rate")) == ["33,3%"]
    formula = texts(page.find("p", inside="#tong-quan"))
    assert any("= 1 hoàn thành đúng hạn ÷ (1 đúng hạn + 1 hoàn thành quá hạn + 1 quá hạn)" in t for t in formula)


def test_names_are_registry_names_and_groups_count_both_ways() -> None:
    plan = small_plan()
    site = site_model([plan], {plan.source: registry()}, AS_OF)
    by_id = {item.row.id: item for item in site.rows}
    # written "STP": offered by its registry name, and as a member of the group that lists it
    assert by_id["II.1"].lead == ("Các Sở, Ban, ngành", "Sở Tư pháp")
    # "Các Sở, Ban, ngành" lists Sở Nội vụ and Sở Tư pháp: the group's row is theirs too
    assert set(by_id["I.3"].support) == {"Các Sở, Ban, ngành", "Sở Nội vụ", "Sở Tư pháp"}
    assert "Các Sở, Ban, ngành" in by_id["I.1"].lead  # Sở Nội vụ is a member of the group
    assert [bar.code for bar in site.bars] == ["the_che", "cong_vu"]
    assert [(s.state, s.x, s.count) for s in site.bars[0].segments] == [
        ("done_on_time", 0, 1), ("done_late", 1, 1), ("cancelled", 2, 1), ("overdue", 3, 1)]
    assert site.bar_scale == 4
    assert [o.value for o in site.state_options] == [s for s in STATES if s in
                                                     {"done_on_time", "done_late", "cancelled", "overdue", "on_track"}]


def test_empty_site_still_renders(tmp_path: Path) -> None:
    paths = build_site([], {}, AS_OF, tmp_path)
    page = parse(tmp_path / "index.html")
    assert texts(page.find(data_count="total")) == ["0"]
    assert texts(page.find(data_count="on-time-rate")) == ["—"]
    assert {p.name for p in paths} == {"index.html", "site.css", "site.js", ".nojekyll"}
