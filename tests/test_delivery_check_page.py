"""The upload check on screen (Datenstand for the Stabsstelle, the Meldung page for a department) and loading
from the Datenstand page: every finding with file, row, column, value and expectation; nothing written."""

import copy
import json
import tempfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from cockpit.views import data_status
from common import settings
from tests.conftest import APP_TIMEOUT_S, file_digest, table_with, warehouse_rows
from tests.fixture_deliveries import FIXTURE, copy_warehouse, write_delivery, write_fixture

PAGE = "pages/data_status.py"
OCTOBER = FIXTURE["status_reports"][1]  # P-002 (unit 61), 10.2026, Fachbereich


def csv_bytes(tmp_path: Path, rows: list[dict], delivery: str = "status_reports") -> bytes:
    return write_delivery(tmp_path, delivery, rows, file_name="upload.csv").read_bytes()


def uploads_left() -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob("cockpit-upload-*"))


def data_folder_listing() -> list[str]:
    return sorted(str(p) for p in settings.DATA_DIR.rglob("*")) if settings.DATA_DIR.exists() else []


def test_an_upload_with_two_errors_shows_both_findings_and_writes_nothing(run_page, tmp_path, fixture_warehouse):
    bad = [{**OCTOBER, "status_budget": "lila", "percent_complete": "140"}]
    before, listing, leftovers = file_digest(fixture_warehouse), data_folder_listing(), uploads_left()
    app = run_page(PAGE)
    app.file_uploader(key="delivery_check_upload").set_value(
        ("Meldung Oktober.csv", csv_bytes(tmp_path, bad), "text/csv")
    )
    app.run()
    assert not app.exception
    assert "2 Befund(e) in Meldung Oktober.csv" in [e.value for e in app.error]
    table = table_with(app, "Datei", "Zeile", "Spalte", "Wert", "Erwartet")
    assert table.sort_values("Spalte").to_dict("records") == [
        {
            "Datei": "Meldung Oktober.csv",
            "Zeile": "2",
            "Spalte": "Fertigstellung (%)",
            "Wert": "140",
            "Befund": "140 liegt außerhalb des erlaubten Bereichs",
            "Erwartet": "mindestens 0 und höchstens 100",
        },
        {
            "Datei": "Meldung Oktober.csv",
            "Zeile": "2",
            "Spalte": "Status Budget",
            "Wert": "lila",
            "Befund": '"lila" ist kein erlaubter Wert',
            "Erwartet": "eins von grün, gelb, rot",
        },
    ]
    assert file_digest(fixture_warehouse) == before
    assert data_folder_listing() == listing
    assert uploads_left() == leftovers  # the private temp folder is gone


def test_a_clean_upload_says_no_findings(run_page, tmp_path):
    app = run_page(PAGE)
    app.file_uploader(key="delivery_check_upload").set_value(("ok.csv", csv_bytes(tmp_path, [OCTOBER]), "text/csv"))
    app.run()
    assert not app.exception
    assert [s.value for s in app.success] == ["Keine Befunde: ok.csv entspricht der Vorlage."]


def _department_check_script():
    from cockpit.viewer import DEPARTMENT, Scope, Viewer
    from cockpit.views.delivery_check import upload_check

    upload_check(Viewer(who="fb61@braunschweig.example", role=DEPARTMENT, scope=Scope(("61",))))


def test_a_department_uploading_a_row_of_another_units_project_gets_a_finding(monkeypatch, tmp_path, warehouse_variant):
    projects = copy.deepcopy(FIXTURE["projects"])
    projects.append({**projects[1], "project_id": "P-066", "lead_unit_id": "66", "lead_unit": "FB 66 Tiefbau"})
    warehouse = warehouse_variant("with_unit_66", projects=projects)
    monkeypatch.setattr(settings, "WAREHOUSE_PATH", warehouse)
    rows = [OCTOBER, {**OCTOBER, "project_id": "P-066"}]
    app = AppTest.from_function(_department_check_script, default_timeout=APP_TIMEOUT_S)
    app.run()
    app.file_uploader[0].set_value(("Meldung.csv", csv_bytes(tmp_path, rows), "text/csv"))
    app.run()
    assert not app.exception
    table = table_with(app, "Datei", "Erwartet")
    assert table.to_dict("records") == [
        {
            "Datei": "Meldung.csv",
            "Zeile": "3",
            "Spalte": "Projekt-ID",
            "Wert": "P-066",
            "Befund": "Projekt nicht in Ihrem Bereich oder unbekannt",
            "Erwartet": "eine Projekt-ID Ihres Bereichs",
        }
    ]


def test_only_the_stabsstelle_gets_the_check_and_the_reload_on_datenstand(read_page):
    assert read_page(PAGE).file_uploader and read_page(PAGE).button(key="reload_start")
    department = read_page(PAGE, user="fb61")
    assert not department.exception
    assert not department.file_uploader
    assert "reload_start" not in [b.key for b in department.button]


@pytest.fixture
def no_reload_job():
    yield
    data_status._RELOAD.clear()


def test_reload_from_the_page_applies_the_inbox_and_shows_the_result(
    monkeypatch, run_page, tmp_path, fixture_warehouse, no_reload_job
):
    warehouse = copy_warehouse(fixture_warehouse, tmp_path / "warehouse")
    deliveries = write_fixture(tmp_path / "deliveries")
    inbox = tmp_path / "inbox" / "20261120-101500-S1"
    inbox.mkdir(parents=True)
    write_delivery(inbox, "status_reports", [{**OCTOBER, "status_overall": "gelb"}])
    meta = dict(submission_id="S1", project_id="P-002", report_month="2026-10", submitted_by="fb61")
    meta |= dict(submitted_at="2026-11-20T09:30:00", accepted_by="cdo", accepted_at="2026-11-20T10:15:00")
    (inbox / "submission.json").write_text(json.dumps(meta), encoding="utf-8")
    monkeypatch.setattr(settings, "DEMO_DELIVERIES_DIR", deliveries)
    monkeypatch.setattr(settings, "INBOX_DIR", inbox.parent)
    app = run_page(PAGE, warehouse=warehouse)
    app.button(key="reload_start").click().run()
    assert not app.exception
    job = data_status.current_reload()
    assert job.process.wait(timeout=APP_TIMEOUT_S) == 0
    app.run()
    assert not app.exception
    assert app.success[0].value.startswith("Ladelauf beendet: Geladen nach")
    assert "Dateien lesen 15/15" in app.text[0].value  # the progress lines
    assert warehouse_rows(warehouse, "select submission_id from marts.applied_submissions") == [("S1",)]
    assert ("gelb",) in warehouse_rows(
        warehouse, "select status_overall from marts.status_reports where assessed_by = 'Fachbereich'"
    )
