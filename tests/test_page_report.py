"""Meldung page: a department reports on its own projects only; a status change needs a real reason; a submitted
report reaches the Stabsstelle's Prüfung; a save on an old version shows the other person's changes."""

import datetime as dt

import pytest

from cockpit.reporting import store
from cockpit.viewer import DEPARTMENT, Scope, Viewer
from common import settings
from tests.conftest import FIXTURE_DATE, table_with

PAGE = "pages/report.py"
FORM = "report_P-002_2026-10_0"  # the widgets of P-002's October report (the reporting month on 26.11.2026)
REASON = "Der Lieferant ist insolvent; die Neuvergabe ist beantragt."
OCTOBER = dt.date(2026, 10, 1)


@pytest.fixture(autouse=True)
def reporting_files(monkeypatch, tmp_path, app_warehouse):
    monkeypatch.setattr(settings, "REPORTING_DB_PATH", tmp_path / "reporting.sqlite")
    monkeypatch.setattr(settings, "INBOX_DIR", tmp_path / "inbox")
    return tmp_path


def page_text(app) -> str:
    parts = [
        e.value for kind in ("markdown", "caption", "info", "warning", "error", "success") for e in getattr(app, kind)
    ]
    return " ".join(str(p) for p in parts)


def fill_board_request(app) -> None:
    for name, value in (
        ("options", "A: neu ausschreiben; B: Rahmenvertrag"),
        ("costs", "40.000 €"),
        ("recommendation", "B"),
    ):
        app.text_area(key=f"{FORM}_board_{name}").input(value)


def test_a_department_is_offered_only_its_own_projects_even_with_a_forged_link(run_page):
    app = run_page(PAGE, user="fb61", projekt="P-001")
    assert not app.exception
    assert app.selectbox(key="report_project").options == ["P-002 · Geodatenportal"]
    assert app.selectbox(key="report_project").value == "P-002"
    assert "P-001" not in page_text(app) and "Freies WLAN" not in page_text(app)


def test_the_stabsstelle_may_report_for_every_running_project(run_page):
    app = run_page(PAGE, user="cdo")
    assert app.selectbox(key="report_project").options == [
        "P-001 · Freies WLAN in der Innenstadt",
        "P-002 · Geodatenportal",
    ]


def test_the_form_starts_from_the_last_report_with_status_as_colour_symbol_and_word(run_page):
    app = run_page(PAGE, user="fb61")
    assert app.radio(key="report_month").value == OCTOBER
    assert app.radio(key=f"{FORM}_status_budget").value == "gelb"
    assert ":orange[▲ gelb]" in app.radio(key=f"{FORM}_status_budget").options
    assert app.text_area(key=f"{FORM}_reason").value == "Lieferant insolvent"
    assert app.date_input(key=f"{FORM}_ms_M1").value == dt.date(2027, 1, 31)
    assert app.number_input(key=f"{FORM}_risk_R-001_probability").value == 4
    assert "Vormonat: Gesamt ✔ grün" in page_text(app)
    # the fixture's reports name no phase (an older delivery): the form starts from the project's phase today
    assert app.selectbox(key=f"{FORM}_phase").value == "Umsetzung"


@pytest.mark.parametrize(
    "reason, message",
    [
        ("", "Begründung fehlt: ein Status weicht vom Vormonat ab."),
        ("Planmäßiger Fortschritt.", "Die Begründung ist eine Floskel oder zu kurz"),
        ("siehe oben", "Die Begründung ist eine Floskel oder zu kurz"),
        ("Lieferant insolvent", "Die Begründung ist eine Floskel oder zu kurz"),
    ],
)
def test_a_status_change_needs_a_reason_and_a_stock_phrase_is_refused(run_page, reason, message):
    app = run_page(PAGE, user="fb61")
    fill_board_request(app)
    app.text_area(key=f"{FORM}_reason").input(reason)
    app.button(key=f"{FORM}_submit").click().run()
    assert not app.exception
    assert message in app.error[0].value
    assert store.current(Viewer(role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE), "P-002", OCTOBER) is None


def test_a_draft_is_saved_with_version_and_author_and_a_submission_reaches_the_review(run_page):
    app = run_page(PAGE, user="fb61")
    app.button(key=f"{FORM}_save").click().run()
    assert app.success[0].value == "Entwurf gespeichert (Version 1)."
    assert app.info[0].value.startswith("Entwurf · Version 1 · gespeichert von fb61@")

    app.text_area(key=f"{FORM}_reason").input(REASON)
    fill_board_request(app)
    app.button(key=f"{FORM}_submit").click().run()
    assert not app.error
    assert app.success[0].value.startswith("Eingereicht (Version 2)")
    history = table_with(app, "Aktion")
    assert history["Aktion"].tolist() == ["gespeichert", "eingereicht"]

    review = run_page("pages/review.py", user="cdo")
    assert not review.exception
    [choice] = review.selectbox(key="review_submission").options
    assert choice.startswith("P-002 · Geodatenportal · eingereicht von fb61@braunschweig.example")


def test_a_save_on_an_old_version_shows_what_the_other_person_changed_and_keeps_the_input(run_page):
    app = run_page(PAGE, user="fb61")
    app.text_area(key=f"{FORM}_reason").input(REASON)
    app.number_input(key=f"{FORM}_percent").set_value(55.0)
    colleague = Viewer(who="kollegin.fb61@test.example", role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE)
    # the page opened the report as new (version 0); meanwhile a colleague saves it first
    payload = {
        "status": {"overall": "rot", "schedule": "rot", "budget": "rot", "scope": "grün", "risks": "gelb"},
        "percent_complete": 45.0,
        "phase": "Umsetzung",
        "reason": "Lieferant insolvent",
        "milestones": {"M1": {"forecast_date": "2027-01-31"}},
        "risks": {
            "R-001": {"risk_status": "offen", "probability": 4, "impact": 5, "mitigation": "Zweitanbieter prüfen"}
        },
        "board": {"needed": True, "question": "Neuvergabe freigeben", "options": "", "costs": "", "recommendation": ""},
    }
    store.save(colleague, "P-002", OCTOBER, payload, expected_version=0)

    app.button(key=f"{FORM}_save").click().run()
    assert not app.exception
    assert "kollegin.fb61@" in app.error[0].value and "jetzt Version 1" in app.error[0].value
    changes = table_with(app, "Feld", "Andere Person", "Ihre Eingabe")
    assert changes.values.tolist() == [
        ["Fertigstellung (%)", "–", "45", "55"],
        ["Begründung", "–", "Lieferant insolvent", REASON],
        ["Budget", "–", "✖ rot", "▲ gelb"],
    ]
    assert app.text_area(key=f"{FORM}_reason").value == REASON  # the input is kept
    assert store.current(colleague, "P-002", OCTOBER).payload["percent_complete"] == 45.0

    app.button(key=f"{FORM}_keep").click().run()
    assert app.success[0].value == "Entwurf gespeichert (Version 2)."
    assert store.current(colleague, "P-002", OCTOBER).payload["percent_complete"] == 55.0


def test_the_upload_of_a_filled_template_is_on_the_page(run_page):
    app = run_page(PAGE, user="fb61")
    assert [e.label for e in app.expander] == ["Ausgefüllte Vorlage hochladen"]


def test_the_page_speaks_english_when_asked(run_page):
    app = run_page(PAGE, user="fb61", lang="en")
    assert not app.exception
    assert [b.label for b in app.button if b.key and b.key.startswith(FORM)] == ["Save draft", "Submit"]
    assert app.radio(key=f"{FORM}_status_budget").options[1] == ":orange[▲ amber]"
