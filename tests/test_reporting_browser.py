"""The monthly reporting cycle in Debian's headless chromium, signed in through the real demo provider.

One dashboard server for the module, on a warehouse built from the fixture deliveries, with its own delivery
folder (what "Neu laden" loads), inbox, submission store, data folder and audit log in a temp folder. Each demo
user signs in once through the provider; every browser context of that user reuses the sign-in's cookies.

- a department (fb61) is not offered another unit's project, even by a forged link, and nothing is stored;
- an upload with errors shows every finding (file, row, column, value, expectation) and changes nothing;
- two people saving the same report: one success, one conflict naming what the other changed;
- the cycle: fb61 submits P-002's October report with a new status and a reason, the Stabsstelle accepts it,
  the screens say "noch nicht übernommen" until the Stabsstelle's "Neu laden" has run; then the Übersicht, the
  Projektsteckbrief and a meeting snapshot prepared afterwards show the new status and reason.

A load killed while applying the inbox is covered by tests/test_inbox_load.py.
"""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cockpit.data_access import projects, reading_from
from cockpit.viewer import Viewer
from common.settings import PROJECT_ROOT
from etl.load import load
from tests.browser_support import (
    NEEDS_CHROMIUM,
    error_boxes,
    running_app,
    signed_in_context,
    wait_for_run,
)
from tests.conftest import FIXTURE_DATE, file_digest
from tests.fixture_deliveries import FIXTURE, write_delivery, write_fixture

pytestmark = NEEDS_CHROMIUM

from playwright.sync_api import expect  # noqa: E402  (only after the skip decision)

TIMEOUT_MS = 120_000
OCTOBER_FORM = "report_P-002_2026-10_0"  # the widget keys of P-002's October report (reporting month on 26.11.)
NOVEMBER_FORM = "report_P-002_2026-11_0"
REASON = "Der Lieferant ist insolvent; die Neuvergabe ist beantragt und der Zeitplan neu gefasst."
OFFICE_COMMENT = "Neuvergabe nachvollziehbar, Stabsstelle teilt die Einschätzung."
OCTOBER_BY_DEPARTMENT = FIXTURE["status_reports"][1]  # P-002 (unit 61), 10.2026, Fachbereich
PENDING = "1 Meldung angenommen, noch nicht übernommen – nach dem nächsten Laden sichtbar (P-002)."


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, Path]:
    """Everything the served app reads or writes, in one temp folder: the deliveries, a warehouse built from
    them by the real ETL, the inbox, the submission store, the data folder (meetings) and the audit log."""
    root = tmp_path_factory.mktemp("reporting-cycle")
    paths = {
        "deliveries": write_fixture(root / "deliveries"),
        "warehouse": root / "data" / "warehouse.duckdb",
        "inbox": root / "inbox",
        "store": root / "reporting.sqlite",
        "data": root / "data",
        "audit": root / "audit.jsonl",
    }
    load(paths["deliveries"], paths["warehouse"], FIXTURE_DATE)
    return paths


@pytest.fixture(scope="module")
def environment(folders) -> dict[str, str]:
    return {
        "COCKPIT_SOURCE_DIR": str(folders["deliveries"]),
        "COCKPIT_INBOX": str(folders["inbox"]),
        "COCKPIT_REPORTING_DB": str(folders["store"]),
        "COCKPIT_DATA_DIR": str(folders["data"]),
        "COCKPIT_AUDIT_LOG": str(folders["audit"]),
    }


@pytest.fixture(scope="module")
def app(folders, environment):
    with running_app(folders["warehouse"], environment=environment) as app:
        yield app


@pytest.fixture(scope="module")
def as_user(browser, app):
    """as_user(user): a new browser context signed in as the demo user (one sign-in per user, cookies reused)."""
    states, contexts = {}, []

    def context_of(user: str):
        if user not in states:
            signed_in = signed_in_context(browser, app.url, user, TIMEOUT_MS)
            states[user] = signed_in.storage_state()
            signed_in.close()
        context = browser.new_context(
            storage_state=states[user],
            locale="de-DE",
            timezone_id="Europe/Berlin",
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield context_of
    for context in contexts:
        context.close()


# ---- reading what the screen shows ---------------------------------------------------------------------------


def open_page(context, url: str):
    page = context.new_page()
    page.goto(url)
    wait_for_run(page, TIMEOUT_MS)
    return page


def main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text().replace("\u2060", "")


def grid(frame) -> list[dict[str, str]]:
    """The rows of one st.dataframe as a screen reader gets them: the grid draws on a canvas and renders its
    accessible table (the rows in view) once it has the focus."""
    frame.scroll_into_view_if_needed()
    frame.locator('canvas[data-testid="data-grid-canvas"]').focus()
    table = frame.locator('table[role="grid"]')
    table.wait_for(state="attached")
    header = table.locator('th[role="columnheader"]').all_inner_texts()
    cells = [row.locator('td[role="gridcell"]').all_inner_texts() for row in table.locator("tbody tr").all()]
    return [dict(zip(header, row, strict=True)) for row in cells]


def table_with(page, *columns: str) -> list[dict[str, str]]:
    """The rows of the first table on the page that has all these columns."""
    wait_for_run(page, TIMEOUT_MS)
    seen = []
    for frame in page.locator('[data-testid="stDataFrame"]').all():
        rows = grid(frame)
        if rows and set(columns) <= set(rows[0]):
            return rows
        seen.append(list(rows[0]) if rows else [])
    raise AssertionError(f"no table with the columns {columns}; tables seen: {seen}")


def metric_values(page) -> dict[str, str]:
    metrics = {}
    for metric in page.locator('[data-testid="stMetric"]').all():
        label = metric.locator('[data-testid="stMetricLabel"]').inner_text().strip()
        metrics[label] = metric.locator('[data-testid="stMetricValue"]').inner_text().strip()
    return metrics


def stored_reports(store: Path) -> list[tuple]:
    """(project, month, version, state) of every report in the submission store (none while it has no file)."""
    if not store.exists():
        return []
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return con.execute(
            "select project_id, report_month, version, state from submissions order by project_id, report_month"
        ).fetchall()
    finally:
        con.close()


def folder_listing(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): file_digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


# ---- filling in the Meldung ----------------------------------------------------------------------------------


def field(page, key: str, kind: str = "textarea"):
    """The input of the widget with this key (Streamlit marks its container with the class st-key-<key>)."""
    return page.locator(f".st-key-{key} {kind}")


def choose_status(page, form: str, dimension: str, label: str) -> None:
    page.locator(f".st-key-{form}_status_{dimension}").get_by_text(label, exact=True).click()


def fill_board_request(page, form: str) -> None:
    field(page, f"{form}_board_options").fill("A: neu ausschreiben; B: Rahmenvertrag nutzen")
    field(page, f"{form}_board_costs").fill("40.000 € (B) bis 65.000 € (A)")
    field(page, f"{form}_board_recommendation").fill("B: Rahmenvertrag, zwei Monate schneller")


# ---- the tests -----------------------------------------------------------------------------------------------


def test_a_department_is_not_offered_another_units_project_and_nothing_is_stored(as_user, app, folders):
    page = open_page(as_user("fb61"), f"{app.url}/meldung?projekt=P-001")
    assert error_boxes(page) == []
    project = page.get_by_role("combobox", name="Projekt")
    assert project.input_value() == "P-002 · Geodatenportal"
    page.locator(".st-key-report_project").get_by_role("button", name="Open").click()
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    assert options.all_inner_texts() == ["P-002 · Geodatenportal"]
    page.keyboard.press("Escape")
    shown = main_text(page)
    assert "P-001" not in shown and "Freies WLAN" not in shown
    assert not [report for report in stored_reports(folders["store"]) if report[0] == "P-001"]


def test_an_upload_with_errors_shows_every_finding_and_changes_nothing(as_user, app, folders, tmp_path):
    bad = [
        {**OCTOBER_BY_DEPARTMENT, "status_budget": "lila", "percent_complete": "140"},
        {**OCTOBER_BY_DEPARTMENT, "project_id": "P-001"},  # another unit's project
    ]
    upload = write_delivery(tmp_path, "status_reports", bad, file_name="Meldung Oktober.csv")
    warehouse, store, inbox = file_digest(folders["warehouse"]), stored_reports(folders["store"]), folders["inbox"]
    inbox_before = folder_listing(inbox)

    page = open_page(as_user("fb61"), f"{app.url}/meldung")
    page.get_by_text("Ausgefüllte Vorlage hochladen").click()
    page.locator('.st-key-delivery_check_upload input[type="file"]').set_input_files(upload)
    expect(page.get_by_text("3 Befund(e) in Meldung Oktober.csv")).to_be_visible()
    findings = table_with(page, "Datei", "Zeile", "Spalte", "Wert", "Erwartet")
    columns = ("Datei", "Zeile", "Spalte", "Wert", "Befund", "Erwartet")
    assert sorted(tuple(finding[c] for c in columns) for finding in findings) == [
        ("Meldung Oktober.csv", "2", "Fertigstellung (%)", "140", "140 liegt außerhalb des erlaubten Bereichs",
         "mindestens 0 und höchstens 100"),
        ("Meldung Oktober.csv", "2", "Status Budget", "lila", '"lila" ist kein erlaubter Wert',
         "eins von grün, gelb, rot"),
        ("Meldung Oktober.csv", "3", "Projekt-ID", "P-001", "Projekt nicht in Ihrem Bereich oder unbekannt",
         "eine Projekt-ID Ihres Bereichs"),
    ]  # fmt: skip

    assert file_digest(folders["warehouse"]) == warehouse
    assert stored_reports(folders["store"]) == store
    assert folder_listing(inbox) == inbox_before


def test_two_people_saving_the_same_report_get_one_success_and_one_conflict(as_user, app, folders):
    first = open_page(as_user("fb61"), f"{app.url}/meldung")
    second = open_page(as_user("fb61"), f"{app.url}/meldung")
    for page in (first, second):  # both open November's report, nobody has saved it yet
        page.locator(".st-key-report_month").get_by_text("November 2026", exact=False).click()
        expect(page.locator(f".st-key-{NOVEMBER_FORM}_save")).to_be_visible()

    field(first, f"{NOVEMBER_FORM}_percent", "input").fill("50")
    first.locator(f".st-key-{NOVEMBER_FORM}_save button").click()
    expect(first.get_by_text("Entwurf gespeichert (Version 1).")).to_be_visible()

    field(second, f"{NOVEMBER_FORM}_reason").fill("Die Neuvergabe verzögert sich um zwei Monate.")
    second.locator(f".st-key-{NOVEMBER_FORM}_save button").click()
    conflict = second.get_by_text("Nicht gespeichert: fb61@")
    expect(conflict).to_be_visible()
    assert "(jetzt Version 1)" in conflict.inner_text()
    changes = table_with(second, "Feld", "Andere Person", "Ihre Eingabe")
    assert {"Feld": "Fertigstellung (%)", "Vorher": "–", "Andere Person": "50", "Ihre Eingabe": "45"} in changes
    assert field(second, f"{NOVEMBER_FORM}_reason").input_value().startswith("Die Neuvergabe")  # input kept
    assert [r for r in stored_reports(folders["store"]) if r[1] == "2026-11"] == [("P-002", "2026-11", 1, "entwurf")]


def test_a_submitted_and_accepted_report_shows_everywhere_after_the_reload(as_user, app, folders, environment):
    # the department submits October's report: overall now yellow, with a reason
    department = open_page(as_user("fb61"), f"{app.url}/meldung")
    choose_status(department, OCTOBER_FORM, "overall", "▲ gelb")
    field(department, f"{OCTOBER_FORM}_reason").fill(REASON)
    fill_board_request(department, OCTOBER_FORM)
    department.locator(f".st-key-{OCTOBER_FORM}_submit button").click()
    expect(department.get_by_text("Eingereicht (Version 1)")).to_be_visible()
    assert error_boxes(department) == []

    # the Stabsstelle accepts it
    office = as_user("cdo")
    review = open_page(office, f"{app.url}/pruefung")
    expect(review.get_by_text(REASON)).to_be_visible()
    review.get_by_label("Kommentar der Stabsstelle").fill(OFFICE_COMMENT)
    review.get_by_role("button", name="Annehmen").click()
    expect(review.get_by_text("P-002 angenommen: Lieferung")).to_be_visible()
    assert error_boxes(review) == []
    assert [r[:2] + r[3:] for r in stored_reports(folders["store"]) if r[1] == "2026-10"] == [
        ("P-002", "2026-10", "angenommen")
    ]
    assert len(list(folders["inbox"].iterdir())) == 1

    # until the load: the old status, and a line saying the report is not in yet
    overview = open_page(office, f"{app.url}/uebersicht")
    assert PENDING in main_text(overview)
    assert (metric_values(overview)["✖ rot"], metric_values(overview)["▲ gelb"]) == ("1", "0")
    profile = open_page(office, f"{app.url}/projektsteckbrief?projekt=P-002")
    assert "Meldung Oktober 2026 eingereicht, noch nicht übernommen" in main_text(profile)
    report = open_page(department.context, f"{app.url}/meldung")
    assert "eingereicht, noch nicht übernommen · Version 2" in main_text(report)

    # the Stabsstelle loads from Datenstand and waits for the result
    status = open_page(office, f"{app.url}/datenstand")
    status.get_by_role("button", name="Neu laden").click()
    expect(status.get_by_text("Ladelauf beendet")).to_be_visible(timeout=TIMEOUT_MS)
    wait_for_run(status, TIMEOUT_MS)
    assert " s. Die Seiten zeigen jetzt den neuen Stand." in main_text(status)
    assert error_boxes(status) == []

    overview = open_page(office, f"{app.url}/uebersicht")
    assert "noch nicht übernommen" not in main_text(overview)
    assert (metric_values(overview)["✖ rot"], metric_values(overview)["▲ gelb"]) == ("0", "1")
    attention = table_with(overview, "Projekt", "Gründe")
    [p002] = [row for row in attention if row["Titel"] == "Geodatenportal"]
    assert "Gesamtstatus gelb (Oktober 2026)" in p002["Gründe"]

    profile = open_page(office, f"{app.url}/projektsteckbrief?projekt=P-002")
    assert "noch nicht übernommen" not in main_text(profile)
    reasons = table_with(profile, "Bewertung durch", "Begründung")
    assert {"Oktober 2026", "Fachbereich", "▲ gelb", REASON} <= set(reasons[0].values())
    assert error_boxes(profile) == []

    report = open_page(department.context, f"{app.url}/meldung")
    assert "angenommen und übernommen · Version 2 · gespeichert von fb61@" in main_text(report)

    # a meeting prepared afterwards freezes the new report
    prepared = subprocess.run(
        [sys.executable, "-m", "cockpit.board", "prepare", "--name", "Smart-City-Board 4/2026"]
        + ["--meeting-date", "09.12.2026", "--as-of", "31.10.2026", "--db", str(folders["warehouse"])],
        cwd=PROJECT_ROOT,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert prepared.returncode == 0, prepared.stderr
    [snapshot] = (folders["data"] / "meetings").glob("*.duckdb")
    with reading_from(snapshot):
        history = projects.status_history(Viewer(day=FIXTURE_DATE).as_of(FIXTURE_DATE.replace(day=1)), "P-002")
    latest = history[history["assessed_by"] == "Fachbereich"].iloc[0]  # latest month first
    assert (str(latest["report_month"])[:7], latest["status_overall"], latest["reason"]) == ("2026-10", "gelb", REASON)
