"""The dashboard in a real browser: every registered page, two screen sizes, no errors, nothing from the internet.

Starts the app once as `make run` does (with the repo's .streamlit/config.toml) against the fixture warehouse
and walks every page registered in dashboard.py in Debian's headless chromium: each page is loaded once and
looked at in both sizes. Screenshots go to tests/screenshots/. Nothing sleeps: every wait is for a condition.
Skips only on a developer's machine without chromium; in CI (CI set) a missing chromium fails.
"""

from contextlib import ExitStack
from pathlib import Path

import duckdb
import pytest

from cockpit.i18n import TEXTS
from tests.browser_support import (
    NEEDS_CHROMIUM,
    PageWatch,
    error_boxes,
    full_page_screenshot,
    registered_pages,
    running_app,
    signed_in_context,
    wait_for_layout,
    wait_for_run,
)

pytestmark = NEEDS_CHROMIUM


SCREENSHOTS = Path(__file__).parent / "screenshots"
SIZES = {"1920x1080": {"width": 1920, "height": 1080}, "1280x720": {"width": 1280, "height": 720}}
PAGES = registered_pages()
DEEP_LINK_UNIT = "61"
TIMEOUT_MS = 120_000  # generous for a busy two-core machine; a page takes 2-10 s


@pytest.fixture(scope="module")
def app(fixture_warehouse):
    """The one dashboard server of the run (only this module serves the fixture warehouse)."""
    with running_app(fixture_warehouse) as app:
        yield app


@pytest.fixture(scope="module")
def context(browser, app):
    """One browser context: each page load is a new Streamlit session, the JS stays in the HTTP cache."""
    context = signed_in_context(browser, app.url, "cdo", TIMEOUT_MS, viewport=SIZES["1920x1080"])
    yield context
    context.close()


@pytest.fixture
def open_page(context, app):
    """Open a route (a full page load, so a fresh session without filter state) and watch it."""
    pages = []

    def _open(route: str):
        app.visited = True
        page = context.new_page()
        pages.append(page)
        watch = PageWatch(page, route.split("?")[0])
        page.goto(f"{app.url}/{route}")
        wait_for_run(page, TIMEOUT_MS)
        return page, watch

    yield _open
    for page in pages:
        page.close()


def test_the_root_address_shows_the_first_page_and_every_page_has_its_own_address(open_page, app):
    page, watch = open_page("")
    assert page.locator('[data-testid="stMain"] h1').first.inner_text() == "Übersicht"
    page, watch = open_page(PAGES[0].url_path)  # the first page's own address works too (no "Page not found")
    assert page.locator('[data-testid="stMain"] h1').first.inner_text() == "Übersicht"
    assert page.get_by_text("Page not found").count() == 0
    assert not watch.problems()


def test_first_visit_by_deep_link(app, fixture_warehouse, browser):
    """The first visitor after a server start who opens a bookmark should not see 'Page not found'.

    Runs before the walk, so the session's server has not served a page yet; if it has (a test selection
    or order that ran the walk first), a fresh server is started for this test.
    """
    route = next(page.route for page in PAGES if not page.default)
    with ExitStack() as stack:
        fresh_app = stack.enter_context(running_app(fixture_warehouse)) if app.visited else app
        fresh_app.visited = True
        context = browser.new_context()
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        watch = PageWatch(page, route)
        page.goto(f"{fresh_app.url}/{route}", timeout=TIMEOUT_MS)
        wait_for_run(page, TIMEOUT_MS)
        landed_on = page.url
        dialogs = page.get_by_text("Page not found").count()
        context.close()
    assert landed_on.endswith(f"/{route}")
    assert dialogs == 0  # cockpit.serve tells Streamlit that dashboard.py routes with st.navigation
    assert not watch.problems()


def test_the_page_says_which_language_it_is_in(open_page):
    """Screen readers pick their pronunciation from <html lang>: German in the German UI, English in English."""
    page, watch = open_page("")
    page.wait_for_function("document.documentElement.lang === 'de'", timeout=TIMEOUT_MS)
    page, watch = open_page("?lang=en")
    page.wait_for_function("document.documentElement.lang === 'en'", timeout=TIMEOUT_MS)
    assert page.locator('[data-testid="stMain"] h1').first.inner_text() == "Overview"
    assert not watch.problems()


@pytest.mark.parametrize("registered", PAGES, ids=[page.url_path for page in PAGES])
def test_page_renders_without_errors_offline(open_page, app, registered):
    """Each page at both screen sizes (the layout is the browser's: resizing equals loading at that size)."""
    page, watch = open_page(registered.route)  # loaded at the first size, the context's viewport
    SCREENSHOTS.mkdir(exist_ok=True)
    boxes = {}
    for size, viewport in SIZES.items():
        if page.viewport_size != viewport:
            page.set_viewport_size(viewport)
        wait_for_layout(page, TIMEOUT_MS)
        boxes[size] = error_boxes(page)
        # the next size sets its own viewport: no need to shrink back after the full-height screenshot
        full_page_screenshot(page, SCREENSHOTS / f"{registered.url_path}-{size}.png", TIMEOUT_MS, restore=False)

    assert not any(boxes.values()), f"/{registered.route} shows errors: {boxes}\n--- server log ---\n{app.log_tail()}"
    assert not watch.problems(), f"/{registered.route}: {watch.problems()}"
    assert page.locator('[data-testid="stMain"] h1').count() >= 1, f"/{registered.route} has no page title"


def test_department_deep_link_keeps_filter(open_page, fixture_warehouse):
    with duckdb.connect(str(fixture_warehouse), read_only=True) as con:
        (unit_label,) = con.execute(
            "select distinct lead_unit from marts.projects where lead_unit_id = ?", [DEEP_LINK_UNIT]
        ).fetchone()
    route = next(page.route for page in PAGES if not page.default)
    page, watch = open_page(f"{route}?fb={DEEP_LINK_UNIT}")

    lead_unit_filter = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(
        has_text=TEXTS["filter_lead_units"][0]
    )
    chosen = lead_unit_filter.locator('[data-testid="stMultiSelectTagsContainer"] [data-tag]').evaluate_all(
        "tags => tags.map(tag => tag.getAttribute('aria-label'))"
    )
    assert chosen == [unit_label]
    assert f"fb={DEEP_LINK_UNIT}" in page.url
    assert not watch.problems()
    assert not error_boxes(page)
