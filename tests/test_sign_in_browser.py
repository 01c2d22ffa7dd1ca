"""Sign-in through the real demo OpenID Connect provider on 127.0.0.1, in Debian's headless chromium.

One dashboard server with its own provider (tests.browser_support.running_app); each role signs in by
clicking through the provider's form. Checks what each role sees: anonymous visitors the sign-in screen on
every URL; a department only its own projects (in the table's CSV too); the Forum only public fields.
"""

import csv
import io

import pytest

from cockpit.demo_sign_in import DEMO_USER_ROLES, DEMO_USERS
from tests.browser_support import (
    NEEDS_CHROMIUM,
    RUN_FINISHED_JS,
    german_context,
    registered_pages,
    running_app,
    sign_in,
    signed_in_context,
    wait_for_run,
)
from tests.fixture_deliveries import PROJECTS as FIXTURE_PROJECTS

pytestmark = NEEDS_CHROMIUM


TIMEOUT_MS = 120_000
DATA_ELEMENTS = (
    '[data-testid="stMetric"], [data-testid="stDataFrame"], [data-testid="stPlotlyChart"], [data-testid="stTable"]'
)
EVERY_URL = [
    "",
    *[page.url_path for page in registered_pages("cdo")],
    "gibt-es-nicht",
    "budget-foerderung?stand=2026-01-01",
]


@pytest.fixture(scope="module")
def app(fixture_warehouse):
    with running_app(fixture_warehouse) as app:
        yield app


@pytest.fixture(scope="module")
def signed_in(browser, app):
    """signed_in(user): one browser context per demo user, signed in once through the provider and reused."""
    contexts = {}

    def context_of(user: str):
        if user not in contexts:
            contexts[user] = signed_in_context(browser, app.url, user, TIMEOUT_MS)
        return contexts[user]

    yield context_of
    for context in contexts.values():
        context.close()


def _nav_labels(page) -> list[str]:
    return [text.strip() for text in page.locator('[data-testid="stSidebarNav"] a').all_inner_texts()]


def _csv_rows(page) -> list[dict]:
    with page.expect_download() as download:
        page.get_by_role("button", name="Als CSV herunterladen").click()
    text = download.value.path().read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_anonymous_visitors_see_the_sign_in_screen_on_every_url(browser, app):
    context = german_context(browser, TIMEOUT_MS)
    page = context.new_page()
    try:
        for route in EVERY_URL:
            page.goto(f"{app.url}/{route}")
            wait_for_run(page, TIMEOUT_MS)
            assert page.get_by_role("button", name="Anmelden").count() == 1, route
            assert page.locator(DATA_ELEMENTS).count() == 0, route
            assert _nav_labels(page) == [], route
            assert page.get_by_text("Page not found").count() == 0, route
    finally:
        context.close()


@pytest.mark.parametrize("user", list(DEMO_USERS))
def test_each_demo_user_signs_in_and_gets_the_pages_of_the_role(signed_in, app, user):
    page = signed_in(user).new_page()
    try:
        page.goto(app.url)
        wait_for_run(page, TIMEOUT_MS)
        expected = len(registered_pages(DEMO_USER_ROLES[user]))
        assert len(_nav_labels(page)) == expected
        sidebar = page.locator('[data-testid="stSidebar"]').inner_text().replace("\u2060", "")
        assert f"Angemeldet: {DEMO_USERS[user]['sub']}" in sidebar
    finally:
        page.close()


def test_a_department_sees_only_its_own_projects_on_screen_and_in_the_download(signed_in, app):
    own = {p["project_id"] for p in FIXTURE_PROJECTS if p["lead_unit_id"] == "61"}
    others = {p["title"] for p in FIXTURE_PROJECTS if p["lead_unit_id"] != "61"}
    page = signed_in("fb61").new_page()
    try:
        page.goto(f"{app.url}/projektliste")
        wait_for_run(page, TIMEOUT_MS)
        rows = _csv_rows(page)
        assert {row["Nr."] for row in rows} == own
        page.goto(f"{app.url}/uebersicht")
        wait_for_run(page, TIMEOUT_MS)
        shown = page.locator('[data-testid="stMain"]').inner_text()
        assert not [title for title in others if title in shown]
    finally:
        page.close()


def test_the_forum_sees_public_fields_only_and_no_internal_page(signed_in, app):
    page = signed_in("forum").new_page()
    try:
        page.goto(f"{app.url}/projektliste")
        wait_for_run(page, TIMEOUT_MS)
        header = set(_csv_rows(page)[0])
        assert header == {"Nr.", "Titel", "Federführung", "Dezernat", "Handlungsfeld", "Phase", "Datenstand"}
        page.goto(f"{app.url}/budget-foerderung")
        wait_for_run(page, TIMEOUT_MS)
        assert "Budget" not in " ".join(_nav_labels(page))
        assert page.locator('[data-testid="stMain"] h1').first.inner_text() != "Budget & Förderung"
    finally:
        page.close()


def test_a_user_the_provider_knows_but_the_city_granted_nothing_sees_nothing(browser, app):
    context = german_context(browser, TIMEOUT_MS)
    page = context.new_page()
    try:
        page.goto(app.url)
        wait_for_run(page, TIMEOUT_MS)
        page.get_by_role("button", name="Anmelden").click()
        page.wait_for_url(lambda address: not address.startswith(app.url))
        page.get_by_placeholder("sub").fill("fremd@example.org")
        page.get_by_role("button", name="Authorize").click()
        page.wait_for_url(lambda address: address.startswith(app.url))
        page.wait_for_function(RUN_FINISHED_JS)
        assert "keine Rolle freigegeben" in page.locator('[data-testid="stMain"]').inner_text()
        assert page.locator(DATA_ELEMENTS).count() == 0
        assert _nav_labels(page) == []
    finally:
        context.close()


def test_signing_out_returns_to_the_sign_in_screen(browser, app):
    context = german_context(browser, TIMEOUT_MS)
    page = context.new_page()
    try:
        sign_in(page, app.url, "board", TIMEOUT_MS)
        page.get_by_role("button", name="Abmelden").click()
        page.wait_for_url(lambda address: not address.startswith(app.url))  # the provider ends its session too
        page.get_by_role("button", name="End session").click()
        page.wait_for_url(lambda address: address.startswith(app.url))
        page.get_by_role("button", name="Anmelden").wait_for()
        page.goto(f"{app.url}/projektliste")
        wait_for_run(page, TIMEOUT_MS)
        assert page.locator(DATA_ELEMENTS).count() == 0
    finally:
        context.close()
