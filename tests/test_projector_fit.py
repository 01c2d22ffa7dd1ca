"""Issue 11: on a projector (1280x720, sidebar open) the Projektliste and the Prüfung's reporting calendar fit
the screen: no table scrolls sideways, in German and in English, for the Stabsstelle and the public list.

Runs the dashboard on the demo at a tenth of its size (its real titles and Federführungen, loaded by the real
ETL) in Debian's headless chromium. Streamlit draws a table with glide-data-grid: its scroll box
(`.dvn-scroller`) is wider inside than outside exactly when columns lie beyond the right edge.
"""

import pytest

from common.clock import ENVIRONMENT_VARIABLE as CLOCK_VARIABLE
from tests.browser_support import (
    NEEDS_CHROMIUM,
    error_boxes,
    running_app,
    signed_in_context,
    wait_for_layout,
    wait_for_run,
)
from tests.fixture_deliveries import DEMO_TODAY

pytestmark = NEEDS_CHROMIUM


PROJECTOR = {"width": 1280, "height": 720}
TIMEOUT_MS = 120_000  # generous for a busy two-core machine
# Every table on the page: [width of its box, width of its content] in px.
TABLE_WIDTHS_JS = """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] .dvn-scroller'))
    .map(box => [box.clientWidth, box.scrollWidth])"""


@pytest.fixture(scope="module")
def app(demo_load):
    with running_app(demo_load[0], environment={CLOCK_VARIABLE: DEMO_TODAY.isoformat()}) as app:
        yield app


@pytest.fixture(scope="module")
def as_user(browser, app):
    """as_user(user): a browser context at 1280x720 signed in as that demo user (one sign-in per user)."""
    contexts = {}

    def context(user: str):
        if user not in contexts:
            contexts[user] = signed_in_context(browser, app.url, user, TIMEOUT_MS, viewport=PROJECTOR)
        return contexts[user]

    yield context
    for context in contexts.values():
        context.close()


def open_page(context, app, address: str):
    page = context.new_page()
    page.goto(f"{app.url}/{address}")
    wait_for_layout(page, TIMEOUT_MS)
    assert not error_boxes(page)
    return page


def table_widths(page) -> list[list[int]]:
    widths = page.evaluate(TABLE_WIDTHS_JS)
    assert widths, "no table on the page"
    return widths


@pytest.mark.parametrize(
    ("user", "address", "tables"),
    [
        ("cdo", "projektliste", 1),
        ("cdo", "projektliste?lang=en", 1),
        ("forum", "projektliste", 1),
        ("cdo", "pruefung", 2),  # the calendar and the differing assessments
        ("cdo", "pruefung?lang=en", 2),
    ],
)
def test_no_table_scrolls_sideways_at_1280x720(as_user, app, user, address, tables):
    page = open_page(as_user(user), app, address)
    widths = table_widths(page)
    assert len(widths) == tables
    assert all(content <= box for box, content in widths), f"{address} as {user}: tables scroll sideways: {widths}"
    page.close()


def test_all_columns_on_request_make_the_list_wider_than_the_projector(as_user, app):
    """The switch "Alle Spalten" shows every column (then the list scrolls): the measure sees an overflow."""
    page = open_page(as_user("cdo"), app, "projektliste")
    page.get_by_text("Alle Spalten", exact=True).click()
    page.wait_for_function(f"() => ({TABLE_WIDTHS_JS})().some(([box, content]) => content > box)", timeout=TIMEOUT_MS)
    wait_for_run(page, TIMEOUT_MS)
    assert not error_boxes(page)
    page.close()
