"""The Sitzungsmodus on the wall: every slide at 1280x720 and 1920x1080 in headless chromium.

A slide fails if the page or Streamlit's main area scrolls, if any visible text inside the main area
is smaller than 24 px at 1280x720 (no exceptions: footnotes are 24 px too), or if an error shows.
The meeting is prepared from a delivery with more rows than the slides show (long titles, ten
decisions, risks and milestones), so every table is full; the decision requests come in the Meldung's
form with long parts (five slides of their own), the KPIs have targets (one pro rata) and an earlier
meeting of the same scope adds the "vorher"/Δ figures to slides 2 and 7. The clicker's ArrowRight moves on.
"""

import datetime as dt
from pathlib import Path

import pytest

from cockpit.board.slides import build_slides
from cockpit.board.snapshots import prepare_meeting
from cockpit.viewer import Viewer
from etl.load import load
from tests.browser_support import (
    NEEDS_CHROMIUM,
    PageWatch,
    error_boxes,
    launch_chromium,
    running_app,
    signed_in_context,
    wait_for_layout,
    wait_for_run,
)
from tests.conftest import FIXTURE_DATE
from tests.fixture_deliveries import (
    BUDGET,
    KPI_DEFINITIONS,
    MILESTONES,
    PROJECTS,
    RISKS,
    STATUS_REPORTS,
    kpi_definition,
    write_fixture,
)

pytestmark = NEEDS_CHROMIUM

from playwright.sync_api import sync_playwright  # noqa: E402  (only after the skip decision)

SIZES = {"1280x720": {"width": 1280, "height": 720}, "1920x1080": {"width": 1920, "height": 1080}}
MIN_FONT_PX = 24
TIMEOUT_MS = 60_000
SCREENSHOTS = Path(__file__).parent / "screenshots"
BUSY = 10  # more than any slide shows
LONG_PART = (
    "Zusätzliche Mittel für die zweite Ausbaustufe mit weiteren Gateways in den Quartieren Östliches Ringgebiet, "
    "Weststadt und Heidberg, Verlängerung der Laufzeit bis Ende 2027 und eine neue Ausschreibung des Betriebs "
    "durch einen externen Dienstleister mit Rufbereitschaft"
)  # longer than a slide shows of each part (cut at 220 characters)
REQUEST = f"Frage: {LONG_PART}? | Optionen: {LONG_PART} | Kosten: {LONG_PART} | Empfehlung: {LONG_PART}"
TARGETS = [
    kpi_definition(kpi_id, name, unit, target, computed_from, target_year="2026")
    for kpi_id, name, unit, target, computed_from in [
        ("K-PARK-01", "Digitale Parkscheine", "Anzahl", "600000", "Digitale Parkscheine"),
        ("K-PARK-05", "Anteil der Parkgebühren per Handy", "%", "45", "Anteil Handyparken"),
    ]
]

LAYOUT_JS = (
    """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const scrollers = ['[data-testid="stMain"]', '[data-testid="stAppScrollToBottomContainer"]']
        .map(selector => document.querySelector(selector)).filter(Boolean)
        .map(el => ({scroll: el.scrollHeight, client: el.clientHeight}));
    const small = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const node = walker.currentNode;
        if (!node.textContent.trim()) continue;
        const element = node.parentElement;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
        const size = parseFloat(style.fontSize);
        if (size < MIN_FONT_PX) small.push(`${size}px: ${node.textContent.trim().slice(0, 50)}`);
    }
    return {document: document.documentElement.scrollHeight, inner: innerHeight, scrollers, small,
            counter: document.querySelector('.board-counter')?.innerText};
}"""
).replace("MIN_FONT_PX", str(MIN_FONT_PX))


def busy_deliveries(folder: Path) -> Path:
    """The fixture plus ten long-titled projects of FB 61, each red, asking for a decision, with a high risk,
    a milestone due soon and a funding deadline within 90 days."""
    template = PROJECTS[1]
    projects = PROJECTS + [
        dict(template, project_id=f"P-1{i:02d}", title=f"Vernetzte Sensorik für Straßenzüge und Quartiere, Los {i}")
        for i in range(BUSY)
    ]
    reports = STATUS_REPORTS + [
        dict(
            STATUS_REPORTS[1],
            project_id=f"P-1{i:02d}",
            board_decision_text=REQUEST
            if i % 2
            else "Freigabe zusätzlicher Mittel für die zweite Ausbaustufe und Verlängerung der Laufzeit bis Ende 2027",
        )
        for i in range(BUSY)
    ]
    risks = RISKS + [
        dict(
            RISKS[0],
            risk_id=f"R-1{i:02d}",
            project_id=f"P-1{i:02d}",
            risk="Lieferverzug bei Sensoren und Gateways wegen Chipmangel",
        )
        for i in range(BUSY)
    ]
    milestones = MILESTONES + [
        dict(
            MILESTONES[1],
            project_id=f"P-1{i:02d}",
            milestone="Abnahme und Übergabe in den Betrieb",
            forecast_date=f"{10 + i}.12.2026",
        )
        for i in range(BUSY)
    ]
    budget = BUDGET + [
        dict(BUDGET[0], project_id=f"P-1{i:02d}", funding_programme="Zukunftsfonds Digitale Kommune")
        for i in range(BUSY)
    ]
    return write_fixture(
        folder,
        projects=projects,
        status_reports=reports,
        risks=risks,
        milestones=milestones,
        budget=budget,
        kpi_definitions=[*KPI_DEFINITIONS, *TARGETS],
    )


@pytest.fixture(scope="module")
def meeting_app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("board")
    warehouse = folder / "warehouse.duckdb"
    load(busy_deliveries(folder / "deliveries"), warehouse, FIXTURE_DATE)
    for name, meeting_date, data_as_of in [
        ("Smart-City-Board 3/2026", dt.date(2026, 10, 7), dt.date(2026, 9, 30)),
        ("Smart-City-Board 4/2026", dt.date(2026, 12, 9), dt.date(2026, 10, 31)),
    ]:
        meeting = prepare_meeting(
            name, meeting_date, data_as_of, Viewer(), warehouse=warehouse, snapshots_dir=folder / "data" / "meetings"
        )
    keys = [slide.key for slide in build_slides(meeting)]
    assert keys.count("decision") == 5 and len(keys) == 13
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COCKPIT_DATA_DIR", str(folder / "data"))
        with running_app(warehouse) as app, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            context = signed_in_context(browser, app.url, "cdo", TIMEOUT_MS)
            yield app, context, meeting, keys
            browser.close()


def open_slide(context, app, meeting, number: int, size: str):
    page = context.new_page()
    page.set_viewport_size(SIZES[size])
    watch = PageWatch(page, "sitzung")
    page.goto(f"{app.url}/sitzung?sitzung={meeting.slug}&folie={number}")
    wait_for_run(page, TIMEOUT_MS)
    wait_for_layout(page, TIMEOUT_MS)
    return page, watch


def wait_for_counter(page, text: str) -> None:
    page.wait_for_function(
        f"() => document.querySelector('.board-counter')?.innerText === '{text}'", timeout=TIMEOUT_MS
    )
    wait_for_layout(page, TIMEOUT_MS)


@pytest.mark.parametrize("size", SIZES)
def test_every_slide_fits_the_screen_in_large_type_without_errors(meeting_app, size):
    """Slide 1 by deep link, then each next slide by the Weiter button (as a presenter clicks through)."""
    app, context, meeting, keys = meeting_app
    SCREENSHOTS.mkdir(exist_ok=True)
    problems = []
    page, watch = open_slide(context, app, meeting, 1, size)
    for number, key in enumerate(keys, start=1):
        if number > 1:
            page.locator(".st-key-board_next button").click()
            wait_for_counter(page, f"{number} / {len(keys)}")
        layout = page.evaluate(LAYOUT_JS)
        page.screenshot(path=SCREENSHOTS / f"sitzung-{number}-{key}-{size}.png")
        if layout["document"] > layout["inner"]:
            problems.append(f"slide {number} ({key}): page scrolls ({layout['document']} > {layout['inner']})")
        problems += [
            f"slide {number} ({key}): main area scrolls {s}" for s in layout["scrollers"] if s["scroll"] > s["client"]
        ]
        if size == "1280x720":
            problems += [f"slide {number} ({key}): text below {MIN_FONT_PX} px: {s}" for s in layout["small"]]
        problems += [f"slide {number} ({key}): {text}" for text in error_boxes(page)]
    problems += watch.problems()
    assert page.url.endswith(f"folie={len(keys)}")
    page.close()
    assert not problems, "\n".join(problems) + f"\n--- server log ---\n{app.log_tail()}"


def test_the_clicker_keys_move_between_slides(meeting_app):
    app, context, meeting, keys = meeting_app
    page, watch = open_slide(context, app, meeting, 1, "1280x720")
    counter = page.locator(".board-counter")
    assert counter.inner_text() == f"1 / {len(keys)}"
    for key, expected in [("ArrowRight", 2), ("PageDown", 3), ("Space", 4), ("ArrowLeft", 3), ("PageUp", 2)]:
        page.keyboard.press(key)
        wait_for_counter(page, f"{expected} / {len(keys)}")
    assert page.url.endswith("folie=2")
    assert not error_boxes(page) and not watch.problems()
    page.close()
