"""The dashboard end to end: Debian's headless Chromium, driven by Playwright, opening file:// pages.

Skipped, with the reason, when the Playwright package or a ``chromium`` binary is missing (never
``playwright install``: its own browser download fails on a closed network). Set
``CCHC_REQUIRE_BROWSER=1`` (as CI does) to make a missing browser a failure instead of a skip.
The screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from cchc.checking.workspace import Workspace, load_workspace
from cchc.deriving.status import Filters, apply_filters, build_report
from cchc.writing.site import build_site
from conftest import ROOT

AS_OF = dt.date(2021, 7, 1)
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# As the machine notes say: no sandbox as root, and no background traffic to Google's hosts.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 1000}
PHONE = {"width": 390, "height": 844}
AGENCY = "Sở Nội vụ"


def _missing(reason: str) -> None:
    if os.environ.get("CCHC_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (CCHC_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    from playwright.sync_api import sync_playwright
except ImportError:
    _missing("the Playwright package is not installed (pip install playwright; no browser download needed)")
if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
    _missing(f"no chromium binary at {CHROMIUM} (apt-get install chromium)")


@dataclass
class Watch:
    """What a page reported: console errors, uncaught exceptions, failed and non-local requests."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        page.on("console", lambda message: self.errors.append(f"console: {message.text}")
                if message.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        page.on("requestfailed", lambda request: self.errors.append(f"requestfailed: {request.url}"))
        page.on("request", lambda request: self.requests.append(request.url))


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return load_workspace([ROOT / "plans"])


@pytest.fixture(scope="module")
def site(workspace: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build_site(workspace.plans, workspace.registries, AS_OF, out)
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")  # a new, empty --user-data-dir
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            viewport=DESKTOP, locale="vi-VN")
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, Watch]]:
    tab = browser.new_page()
    watch = Watch()
    watch.attach(tab)
    try:
        yield tab, watch
    finally:
        tab.close()


def open_page(tab: Any, path: Path) -> None:
    tab.goto(path.as_uri(), wait_until="load")


def visible_rows(tab: Any) -> int:
    return int(tab.locator("#bang-nhiem-vu tbody tr:visible").count())


def rows_naming(tab: Any, agency: str, attribute: str = "agency") -> int:
    script = ("([name, attr]) => Array.from(document.querySelectorAll('#bang-nhiem-vu tbody tr'))"
              ".filter(row => JSON.parse(row.getAttribute('data-' + attr)).includes(name)).length")
    return int(tab.evaluate(script, [agency, attribute]))


def test_pages_load_from_file_without_errors(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    for path in [site / "index.html", *sorted((site / "plans").glob("*.html"))]:
        open_page(tab, path)
        assert tab.locator("h1").first.is_visible()
        assert watch.errors == [], (path.name, watch.errors)
    assert watch.requests and all(url.startswith("file://") for url in watch.requests), watch.requests
    open_page(tab, site / "index.html")
    assert tab.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")  # the CSS loaded
    assert tab.locator("#so-dong").inner_text() == "146 mốc nhiệm vụ."


def test_agency_filter_changes_the_visible_rows(site: Path, workspace: Workspace, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    open_page(tab, site / "index.html")
    total = visible_rows(tab)
    assert total == 146

    tab.select_option("#loc-co-quan", AGENCY)
    shown = visible_rows(tab)
    report = build_report(workspace.plans, AS_OF)
    expected = apply_filters(report.rows, AS_OF, Filters(agency=AGENCY, registries=workspace.registries))
    assert 0 < shown < total
    assert shown == rows_naming(tab, AGENCY) == len(expected)
    assert tab.locator("#so-dong").inner_text() == f"Đang hiển thị {shown}/{total} mốc nhiệm vụ."

    tab.select_option("#loc-vai-tro", "lead")
    led = visible_rows(tab)
    assert 0 < led < shown and led == rows_naming(tab, AGENCY, "lead")

    tab.select_option("#loc-trang-thai", "overdue")
    overdue_led = visible_rows(tab)
    assert 0 < overdue_led <= led
    assert tab.locator("#bang-nhiem-vu tbody tr:visible").evaluate_all(
        "rows => rows.every(row => row.dataset.state === 'overdue')")

    tab.click("#bo-loc button[type=reset]")
    tab.wait_for_function("document.querySelectorAll('#bang-nhiem-vu tbody tr:not([hidden])').length === 146")
    assert tab.locator("#so-dong").inner_text() == "146 mốc nhiệm vụ."
    assert watch.errors == []


def test_overview_card_and_agency_link_filter_the_table(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    open_page(tab, site / "index.html")
    tab.click("#tong-quan a[data-filter-state=overdue]")
    assert visible_rows(tab) == 14
    assert tab.locator("#loc-trang-thai").input_value() == "overdue"
    link = tab.locator("#co-quan a[data-filter-agency]").first
    name = link.get_attribute("data-filter-agency")
    link.click()
    assert tab.locator("#loc-co-quan").input_value() == name
    assert tab.locator("#loc-trang-thai").input_value() == ""
    assert visible_rows(tab) == rows_naming(tab, name)
    tab.select_option("#loc-linh-vuc", "chinh_phu_so")
    assert tab.locator("#bang-nhiem-vu tbody tr:visible").evaluate_all(
        "rows => rows.every(row => row.dataset.area === 'chinh_phu_so')")
    assert watch.errors == []


def test_screenshots(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    open_page(tab, site / "index.html")
    tab.screenshot(path=str(ARTIFACTS / "site.png"))
    tab.set_viewport_size(PHONE)
    open_page(tab, site / "index.html")
    tab.screenshot(path=str(ARTIFACTS / "site-phone.png"))
    assert (ARTIFACTS / "site.png").stat().st_size > 10_000
    assert watch.errors == []


def test_phone_layout_has_no_horizontal_scroll(site: Path, page: tuple[Any, Watch]) -> None:
    tab, watch = page
    tab.set_viewport_size(PHONE)
    for path in [site / "index.html", *sorted((site / "plans").glob("*.html"))]:
        open_page(tab, path)
        widths = tab.evaluate("({doc: document.documentElement.scrollWidth, body: document.body.scrollWidth,"
                              " view: window.innerWidth})")
        assert widths["view"] == PHONE["width"]
        assert widths["doc"] <= widths["view"] and widths["body"] <= widths["view"], (path.name, widths)
    open_page(tab, site / "index.html")
    # the milestone table turns into cards: no header row shown, each cell labelled
    assert tab.locator("#bang-nhiem-vu thead").bounding_box()["width"] <= 1
    label = tab.evaluate("getComputedStyle(document.querySelector('#bang-nhiem-vu td'), '::before').content")
    assert label == '"TT"'
    for select in ("#loc-co-quan", "#loc-linh-vuc", "#loc-trang-thai"):
        box = tab.locator(select).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], select
    assert watch.errors == []
