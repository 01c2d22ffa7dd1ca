"""Prüfung page: the Stabsstelle accepts a submitted report (its inbox folder holds the contracts' delivery form)
or returns it with a comment the department then sees; the reporting calendar; where the assessments differ."""

import csv
import datetime as dt
import json

import pytest

from cockpit.reporting import inbox, prefill, store
from cockpit.viewer import DEPARTMENT, Scope, Viewer
from common import settings
from tests.conftest import FIXTURE_DATE, table_with

PAGE = "pages/review.py"
OCTOBER = dt.date(2026, 10, 1)
UNIT_61 = Viewer(who="fb61@braunschweig.example", role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE)
REASON = "Der Lieferant ist insolvent; die Neuvergabe ist beantragt."


@pytest.fixture(autouse=True)
def reporting_files(monkeypatch, tmp_path, app_warehouse):
    monkeypatch.setattr(settings, "REPORTING_DB_PATH", tmp_path / "reporting.sqlite")
    monkeypatch.setattr(settings, "INBOX_DIR", tmp_path / "inbox")
    return tmp_path


def submitted_report() -> store.Submission:
    """Unit 61 submits P-002's October report: the last report, a real reason, a risk lowered, a board request."""
    payload = prefill.from_warehouse(UNIT_61, "P-002", OCTOBER)
    payload["reason"] = REASON
    payload["percent_complete"] = 47.5
    payload["milestones"]["M1"]["forecast_date"] = "2027-03-31"
    payload["risks"]["R-001"] |= {"probability": 3, "mitigation": "Zweitanbieter beauftragt"}
    payload["board"] |= {"options": "A: neu ausschreiben; B: Rahmenvertrag", "costs": "40.000 €", "recommendation": "B"}
    return store.submit(UNIT_61, "P-002", OCTOBER, payload, expected_version=0)


def read_delivery(path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_accept_writes_an_inbox_folder_in_the_contracts_delivery_form(run_page):
    submission = submitted_report()
    app = run_page(PAGE, user="cdo")
    assert not app.exception
    form = f"review_{submission.submission_id}_{submission.version}"
    assert app.radio(key=f"{form}_status_budget").value == "gelb"  # prefilled with the department's
    app.radio(key=f"{form}_status_budget").set_value("rot")
    app.button(key=f"{form}_accept").click().run()
    assert not app.exception and not app.error
    assert app.success[0].value.startswith("P-002 angenommen: Lieferung ")

    [folder] = list(settings.INBOX_DIR.iterdir())
    assert folder.name.endswith(f"-{submission.submission_id}")
    assert sorted(p.name for p in folder.iterdir()) == [
        "milestones.csv",
        "risks.csv",
        "status_reports.csv",
        "submission.json",
    ]
    header, department, office = read_delivery(folder / "status_reports.csv")
    assert header == [label for _, label, _ in inbox.contract_columns("status_reports")]
    board_request = (
        "Frage: Neuvergabe freigeben | Optionen: A: neu ausschreiben; B: Rahmenvertrag | Kosten: 40.000 € | "
        "Empfehlung: B"
    )
    assert department == [
        "P-002", "10.2026", "Fachbereich", "rot", "rot", "gelb", "grün", "gelb", "47,5", REASON, "ja", board_request,
        "Umsetzung",  # the phase the form started from: the project's phase today (no report named one)
        "26.11.2026",  # Gemeldet am: the day the department submitted
    ]  # fmt: skip
    assert office[:9] == ["P-002", "10.2026", "Stabsstelle", "rot", "rot", "rot", "grün", "gelb", "47,5"]
    assert read_delivery(folder / "milestones.csv") == [
        [label for _, label, _ in inbox.contract_columns("milestones")],
        ["P-002", "M1", "Ausschreibung", "10.2026", "30.09.2026", "31.03.2027", "", "26.11.2026"],
    ]
    assert read_delivery(folder / "risks.csv")[1] == [
        "R-001", "P-002", "Lieferant fällt aus", "3", "5", "offen", "Zweitanbieter beauftragt", "Projektleitung FB 61",
        "15.10.2026",
    ]  # fmt: skip
    meta = json.loads((folder / "submission.json").read_text(encoding="utf-8"))
    assert meta | {"submitted_at": None, "accepted_at": None} == {
        "submission_id": submission.submission_id,
        "project_id": "P-002",
        "report_month": "2026-10",
        "submitted_by": "fb61@braunschweig.example",
        "submitted_at": None,
        "accepted_by": "cdo@braunschweig.example",
        "accepted_at": None,
        "source": "dashboard",
    }
    overview = table_with(app, "Stand", "Eingereicht von")
    assert overview["Stand"].tolist() == ["eingereicht, noch nicht übernommen"]

    department = run_page("pages/report.py", user="fb61")
    assert department.info[0].value.startswith("eingereicht, noch nicht übernommen · Version 2")
    assert department.button(key="report_P-002_2026-10_0_save").disabled


def test_return_needs_a_comment_and_the_department_sees_it_and_can_resubmit(run_page):
    submission = submitted_report()
    app = run_page(PAGE, user="cdo")
    form = f"review_{submission.submission_id}_{submission.version}"
    app.button(key=f"{form}_return").click().run()
    assert app.error[0].value == "- Zum Zurückgeben bitte einen Kommentar schreiben."
    app.text_area(key=f"{form}_comment").input("Bitte die Kosten je Option aufschlüsseln.")
    app.button(key=f"{form}_return").click().run()
    assert app.success[0].value.startswith("P-002 zurückgegeben")
    assert not settings.INBOX_DIR.exists() or not list(settings.INBOX_DIR.iterdir())

    department = run_page("pages/report.py", user="fb61")
    assert department.info[0].value.startswith("zurückgegeben · Version 2")
    assert department.warning[0].value.endswith(": Bitte die Kosten je Option aufschlüsseln.")
    department.button(key="report_P-002_2026-10_0_submit").click().run()
    assert department.success[0].value.startswith("Eingereicht (Version 3)")


def test_the_calendar_lists_every_running_project_with_its_state_and_days_late(run_page):
    submitted_report()
    app = run_page(PAGE, user="cdo")
    calendar = table_with(app, "Fällig am", "Tage verspätet").set_index("Projekt")
    assert calendar.loc["P-001 · Freies WLAN in der Innenstadt"].tolist() == [
        "BS|ENERGY",
        "fehlt",
        "06.11.2026",
        "–",
        "20",
    ]
    assert calendar.loc["P-002 · Geodatenportal", "Stand"] == "eingereicht"
    assert calendar.loc["P-002 · Geodatenportal", "Tage verspätet"] == "20"
    assert "Noch nicht gemeldet: 1 von 2 Projekten." in [c.value for c in app.caption]
    assert any("5. Arbeitstag des Folgemonats" in c.value for c in app.caption)


def test_the_portfolio_wide_list_of_differing_assessments(run_page):
    app = run_page(PAGE, user="cdo")
    differences = table_with(app, "Dimension", "Fachbereich", "Stabsstelle")
    assert differences[["Dimension", "Fachbereich", "Stabsstelle"]].values.tolist() == [
        ["Budget", "▲ gelb", "✖ rot"],
        ["Umfang/Qualität", "✔ grün", "▲ gelb"],
        ["Risiken", "▲ gelb", "✖ rot"],
    ]
    assert "1 von 1 Monatsberichten mit beiden Bewertungen weichen ab." in [c.value for c in app.caption]


def test_a_department_has_a_report_page_but_no_review_page(run_page):
    # /pruefung is not registered for a department: the address leads to its first page, the Übersicht
    app = run_page(PAGE, user="fb61")
    assert [title.value for title in app.title] == ["Übersicht"]
    assert [title.value for title in run_page("pages/report.py", user="fb61").title] == ["Meldung"]


def test_text_from_the_form_is_shown_as_text_on_both_pages(run_page):
    payload = prefill.from_warehouse(UNIT_61, "P-002", OCTOBER)
    payload["reason"] = "![x](http://evil.example/x.png) Der Lieferant ist insolvent."
    payload["board"] |= {"options": "A oder B", "costs": "<b>40.000 €</b>", "recommendation": "**B**"}
    submission = store.submit(UNIT_61, "P-002", OCTOBER, payload, expected_version=0)
    app = run_page(PAGE, user="cdo")
    assert payload["reason"] in [t.value for t in app.text]
    assert not any("evil.example" in m.value for m in app.markdown)
    form = f"review_{submission.submission_id}_{submission.version}"
    app.text_area(key=f"{form}_comment").input(
        "Siehe [hier](http://evil.example) und ![bild](http://evil.example/y.png)"
    )
    app.button(key=f"{form}_return").click().run()

    department = run_page("pages/report.py", user="fb61")
    warning = department.warning[0].value
    assert "\\[hier\\]" in warning and "\\!\\[bild\\]" in warning
