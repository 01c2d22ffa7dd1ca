"""A report the Stabsstelle has accepted but no load has applied yet: the Übersicht says so in one line under
Handlungsbedarf, the project's Steckbrief in a box above its status history; after the load both are gone and
the warehouse shows the report."""

import datetime as dt

import pytest

from cockpit.reporting import prefill, review, store
from cockpit.viewer import CDO, DEPARTMENT, EVERYTHING, Scope, Viewer
from common import settings
from etl.load import load
from tests.conftest import FIXTURE_DATE

OCTOBER = dt.date(2026, 10, 1)
UNIT_61 = Viewer(who="fb61@braunschweig.example", role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE)
STABSSTELLE = Viewer(who="cdo@braunschweig.example", role=CDO, scope=EVERYTHING, day=FIXTURE_DATE)
REASON = "Der Lieferant ist insolvent; die Neuvergabe ist beantragt."
PENDING_LINE = "1 Meldung angenommen, noch nicht übernommen – nach dem nächsten Laden sichtbar (P-002)."


@pytest.fixture(autouse=True)
def reporting_files(monkeypatch, tmp_path, app_warehouse):
    monkeypatch.setattr(settings, "REPORTING_DB_PATH", tmp_path / "reporting.sqlite")
    monkeypatch.setattr(settings, "INBOX_DIR", tmp_path / "inbox")
    return tmp_path


def accepted_report(month: dt.date = OCTOBER) -> store.Submission:
    """Unit 61 submits P-002's report (overall yellow now, with a reason); the Stabsstelle accepts it."""
    payload = prefill.from_warehouse(UNIT_61, "P-002", month)
    payload["status"]["overall"] = "gelb"
    payload["reason"] = REASON
    payload["board"] |= {"options": "A: neu ausschreiben; B: Rahmenvertrag", "costs": "40.000 €", "recommendation": "B"}
    submitted = store.submit(UNIT_61, "P-002", month, payload, expected_version=0)
    office = dict(payload["status"])
    return review.accept(STABSSTELLE, submitted.submission_id, submitted.version, office, "Neuvergabe nachvollziehbar.")


def captions(app) -> list[str]:
    return [c.value for c in app.caption]


def test_without_accepted_reports_the_overview_says_nothing_about_them(read_page):
    app = read_page("pages/overview.py", user="cdo")
    assert not app.exception
    assert not [c for c in captions(app) if "noch nicht übernommen" in c]


@pytest.mark.parametrize("user", ["cdo", "fb61", "board"])
def test_the_overview_names_the_accepted_report_not_yet_loaded(run_page, user):
    accepted_report()
    app = run_page("pages/overview.py", user=user)
    assert not app.exception
    assert PENDING_LINE in captions(app)


def test_two_reports_are_counted(run_page):
    accepted_report()
    accepted_report(dt.date(2026, 11, 1))
    app = run_page("pages/overview.py", user="cdo")
    expected = "2 Meldungen angenommen, noch nicht übernommen – nach dem nächsten Laden sichtbar (P-002)."
    assert expected in captions(app)


def test_another_unit_does_not_learn_of_the_report(run_page):
    accepted_report()
    app = run_page("pages/overview.py", scope_units="40")
    assert not app.exception
    assert not [c for c in captions(app) if "noch nicht übernommen" in c]


def test_the_steckbrief_of_the_project_says_the_report_is_not_yet_loaded(run_page):
    accepted_report()
    app = run_page("pages/project_profile.py", user="fb61", projekt="P-002")
    assert not app.exception
    [note] = [box.value.replace("\u2060", "") for box in app.info if "noch nicht übernommen" in box.value]
    assert note.startswith("Meldung Oktober 2026 eingereicht, noch nicht übernommen: angenommen von cdo@braunschweig.")
    assert note.endswith("sichtbar nach dem nächsten Laden.")
    other = run_page("pages/project_profile.py", user="cdo", projekt="P-001")
    assert not [box.value for box in other.info if "noch nicht übernommen" in box.value]


def test_after_the_load_the_notes_are_gone_and_the_report_is_in_the_warehouse(run_page, tmp_path, deliveries):
    accepted_report()
    warehouse = tmp_path / "loaded" / "warehouse.duckdb"
    load(deliveries, warehouse, FIXTURE_DATE, inbox_dir=settings.INBOX_DIR)

    overview = run_page("pages/overview.py", user="cdo", warehouse=warehouse)
    assert not overview.exception
    assert not [c for c in captions(overview) if "noch nicht übernommen" in c]
    profile = run_page("pages/project_profile.py", user="fb61", warehouse=warehouse, projekt="P-002")
    assert not [box.value for box in profile.info if "noch nicht übernommen" in box.value]
    reasons = [frame.value for frame in profile.dataframe if "Begründung" in frame.value.columns]
    assert any(REASON in set(frame["Begründung"]) for frame in reasons)


def test_english_when_asked(run_page):
    accepted_report()
    app = run_page("pages/overview.py", user="cdo", lang="en")
    assert "1 report accepted, not yet loaded – visible after the next load (P-002)." in captions(app)
