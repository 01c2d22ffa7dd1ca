"""An accepted report goes the whole way: inbox folder, the next load (the real ETL), the warehouse, the screens."""

import datetime as dt

import pytest

from cockpit.data_access import reporting as reporting_data
from cockpit.reporting import prefill, review, store
from cockpit.viewer import DEPARTMENT, Scope, Viewer
from common import settings
from etl.load import load
from tests.conftest import FIXTURE_DATE, warehouse_rows

OCTOBER = dt.date(2026, 10, 1)
UNIT_61 = Viewer(who="fb61@braunschweig.example", role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE)
STABSSTELLE = Viewer(who="cdo@braunschweig.example", day=FIXTURE_DATE)
REASON = "Der Lieferant ist insolvent; die Neuvergabe ist beantragt."


@pytest.fixture
def accepted(monkeypatch, tmp_path, warehouse) -> store.Submission:
    monkeypatch.setattr(settings, "WAREHOUSE_PATH", warehouse)
    monkeypatch.setattr(settings, "REPORTING_DB_PATH", tmp_path / "reporting.sqlite")
    monkeypatch.setattr(settings, "INBOX_DIR", tmp_path / "inbox")
    payload = prefill.from_warehouse(UNIT_61, "P-002", OCTOBER)
    payload["reason"] = REASON
    payload["milestones"]["M1"]["forecast_date"] = "2027-03-31"
    payload["board"] |= {"options": "A oder B", "costs": "40.000 €", "recommendation": "B, weil schneller"}
    submitted = store.submit(UNIT_61, "P-002", OCTOBER, payload, expected_version=0)
    office = payload["status"] | {"budget": "rot"}
    return review.accept(STABSSTELLE, submitted.submission_id, submitted.version, office, "")


def test_the_next_load_applies_an_accepted_report_and_the_screens_say_so(accepted, deliveries, warehouse, run_page):
    department = run_page("pages/report.py", user="fb61", warehouse=warehouse)
    assert department.info[0].value.startswith("eingereicht, noch nicht übernommen")
    assert accepted.submission_id not in reporting_data.applied_submissions(UNIT_61)

    load(deliveries, warehouse, FIXTURE_DATE, inbox_dir=settings.INBOX_DIR)

    rows = warehouse_rows(
        warehouse,
        "select assessed_by, status_budget, reason from marts.status_reports"
        " where project_id = 'P-002' and report_month = date '2026-10-01' order by assessed_by",
    )
    assert rows == [("Fachbereich", "gelb", REASON), ("Stabsstelle", "rot", REASON)]
    [(forecast,)] = warehouse_rows(
        warehouse,
        "select forecast_date from marts.milestone_forecasts"
        " where milestone_id = 'M1' and report_month = date '2026-10-01'",
    )
    assert forecast == dt.date(2027, 3, 31)
    assert accepted.submission_id in reporting_data.applied_submissions(UNIT_61)

    department = run_page("pages/report.py", user="fb61", warehouse=warehouse)
    assert department.info[0].value.startswith("angenommen und übernommen · Version 2")
