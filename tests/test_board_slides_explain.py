"""Slides that explain themselves (issue 11, item 6): slide 7 says its status rule and where a target is
pro-rated, slides 2 and 7 show the last Board's figures beside today's with a Δ, slide 6 the year-end forecast,
decision requests come with question, options, costs and recommendation, and two meetings compare with a Δ."""

import datetime as dt

import pytest

from cockpit.board import projector
from cockpit.board.compare import compare_meetings
from cockpit.board.pack import pdf_bytes, write_pptx
from cockpit.board.slides import build_slides
from cockpit.board.snapshots import prepare_meeting
from cockpit.viewer import DEPARTMENT, Scope, Viewer
from tests.conftest import warehouse_rows
from tests.fixture_deliveries import KPI_DEFINITIONS, PARKING_TRANSACTIONS, STATUS_REPORTS, kpi_definition
from tests.test_consistency import pptx_text

STABSSTELLE = Viewer()
FB61 = Viewer(role=DEPARTMENT, scope=Scope(units=("61",)))
BOARD_3 = ("Smart-City-Board 3/2026", dt.date(2026, 10, 7), dt.date(2026, 9, 30))  # P-002 still green
BOARD_4 = ("Smart-City-Board 4/2026", dt.date(2026, 12, 9), dt.date(2026, 10, 31))  # P-002 red since October
REQUEST = (
    "Frage: Neuvergabe des Geodatenportals freigeben? | Optionen: A) Neuvergabe an den Zweitbieter; "
    "B) Projekt ruhen lassen | Kosten: A) 80.000 € Mehrkosten; B) keine | Empfehlung: A) Neuvergabe"
)


def kpi(kpi_id: str, name: str, unit: str, target: str, computed_from: str) -> dict:
    return kpi_definition(kpi_id, name, unit, target, computed_from, target_year="2026")


@pytest.fixture(scope="module")
def warehouse(warehouse_variant):
    """Ten digital tickets on 01.10.2026 against a 2026 target of 11 (pro rata to 31.10.: 9), a phone-share
    target of 45 %, and P-002's October request in the Meldung's form."""
    definitions = [
        *KPI_DEFINITIONS,
        kpi("K-PARK-01", "Digitale Parkscheine", "Anzahl", "11", "Digitale Parkscheine"),
        kpi("K-PARK-05", "Anteil der Parkgebühren per Handy", "%", "45", "Anteil Handyparken"),
    ]
    tickets = [dict(PARKING_TRANSACTIONS[0], transaction_id=f"T-{i}") for i in range(10)]
    reports = [dict(r, board_decision_text=REQUEST) if r["board_decision_text"] else r for r in STATUS_REPORTS]
    return warehouse_variant(
        "board_explains", kpi_definitions=definitions, parking_transactions=tickets, status_reports=reports
    )


def prepare(warehouse, folder, meeting, viewer=STABSSTELLE):
    name, meeting_date, data_as_of = meeting
    return prepare_meeting(name, meeting_date, data_as_of, viewer, warehouse=warehouse, snapshots_dir=folder)


@pytest.fixture(scope="module")
def meetings(warehouse, tmp_path_factory):
    folder = tmp_path_factory.mktemp("meetings")
    return prepare(warehouse, folder, BOARD_3), prepare(warehouse, folder, BOARD_4)


@pytest.fixture(scope="module")
def slides(meetings):
    return {slide.key: slide for slide in build_slides(meetings[1])}


def kpi_table(slides):
    return slides["kpis"].table.set_index("Kennzahl")


def test_slide_7_says_the_ticket_target_is_pro_rated_and_the_status_rule(slides):
    tickets = kpi_table(slides).loc["Handyparken: Tickets 2026 bis Stichtag"]
    # 10 tickets are short of the year's 11, green only against the target pro rata to 31.10. (11 × 304/365)
    assert (tickets["Wert"], tickets["Status"]) == ("10 (Ziel anteilig 9)", "✔ grün")
    assert slides["kpis"].bullets == [
        "Tickets: Jahresziel 11, anteilig zum 31.10.2026: 9. Der Status misst am anteiligen Ziel."
    ]
    assert "Status: grün ab Ziel, gelb bis 10 % darunter, sonst rot." in slides["kpis"].footnote
    share = kpi_table(slides).loc["Anteil der Parkgebühren per Handy 2026"]
    assert (share["Wert"], share["Status"]) == ("1,2 % (Ziel 45 %)", "✖ rot")  # a share: not pro rata


def test_slides_2_and_7_show_the_last_board_beside_today_with_a_delta(slides):
    portfolio = [(item.status, item.text) for item in slides["portfolio"].status_items]
    assert portfolio[:3] == [
        ("rot", "1 Projekt (vorher 0, Δ +1)"),
        ("gelb", "0 Projekte (vorher 0, Δ ±0)"),
        ("grün", "0 Projekte (vorher 1, Δ −1)"),
    ]
    assert slides["portfolio"].footnote == (
        "Vorher: Sitzung am 07.10.2026 (Datenstand 30.09.2026); Δ = Veränderung seither."
    )
    table = kpi_table(slides)
    assert list(table.columns) == ["Wert", "Status", "Board 07.10.2026", "Δ"]
    assert table.loc["Handyparken: Tickets 2026 bis Stichtag", ["Board 07.10.2026", "Δ"]].tolist() == ["0", "+10"]
    # no parking fees and coins before October: no share at the last Board, so no Δ
    assert table.loc["Anteil der Parkgebühren per Handy 2026", ["Board 07.10.2026", "Δ"]].tolist() == ["–", "–"]


def test_a_department_meeting_compares_only_with_its_own_scope_s_meetings(warehouse, tmp_path):
    prepare(warehouse, tmp_path, BOARD_3)  # the whole portfolio's: another scope
    later = prepare(warehouse, tmp_path, BOARD_4, FB61)
    fb61 = {slide.key: slide for slide in build_slides(later)}
    assert [item.text for item in fb61["portfolio"].status_items][0] == "1 Projekt"
    assert list(fb61["kpis"].table.columns) == ["Kennzahl", "Wert", "Status"]

    prepare(warehouse, tmp_path, BOARD_3, FB61)  # the department's own earlier meeting
    fb61 = {slide.key: slide for slide in build_slides(later)}
    assert [item.text for item in fb61["portfolio"].status_items][0] == "1 Projekt (vorher 0, Δ +1)"


def test_slide_6_shows_the_year_end_forecast_of_the_budget_page(warehouse, slides):
    ((forecast, plan),) = warehouse_rows(
        warehouse,
        "select sum(year_end_forecast_eur), sum(updated_plan_eur) from marts.budget_lines_forecast "
        "where budget_year = 2026",
    )
    assert plan > forecast  # the fixture spends below its appropriation
    budget = slides["budget"]
    assert budget.bullets[1].startswith("Prognose 31.12.: ")
    assert budget.bullets[1].endswith(" unter dem Ansatz")
    bars = dict(zip(budget.figure.data[0].x, budget.figure.data[0].y, strict=True))
    assert bars["Prognose 31.12."] == pytest.approx(forecast)
    assert "Prognose = Ist hochgerechnet + Obligo" in budget.footnote


def test_a_request_in_the_meldung_s_form_gets_its_own_slide(meetings, slides, tmp_path):
    decisions = slides["decisions"]
    assert decisions.table.iloc[0].tolist() == [
        "P-002 Geodatenportal",
        "✖ rot",
        "Neuvergabe des Geodatenportals freigeben?",
    ]
    assert "1 davon auf den folgenden Folien mit Optionen, Kosten und Empfehlung" in decisions.footnote
    built = build_slides(meetings[1])
    keys = [slide.key for slide in built]
    assert keys[keys.index("decisions") + 1] == "decision"
    request = slides["decision"]
    assert request.title == "Entscheidung: P-002 Geodatenportal"
    assert request.bullets == [
        "Frage: Neuvergabe des Geodatenportals freigeben?",
        "Optionen: A) Neuvergabe an den Zweitbieter; B) Projekt ruhen lassen",
        "Kosten: A) 80.000 € Mehrkosten; B) keine",
        "Empfehlung: A) Neuvergabe",
    ]
    assert [(i.status, i.text) for i in request.status_items] == [
        ("rot", "Projektstatus laut Statusbericht Oktober 2026")
    ]
    pack = pptx_text(write_pptx(built, meetings[1], tmp_path / "board.pptx", images={}))
    assert "Empfehlung: A) Neuvergabe" in pack
    assert pdf_bytes(built, meetings[1], images={}).startswith(b"%PDF")  # the same slides on paper


def test_delivered_request_text_is_shown_as_text_on_the_wall(warehouse_variant, tmp_path):
    hostile = "Frage: <img src=x onerror=alert(1)> **fett**? | Optionen: [a](http://x) | Kosten: 0 | Empfehlung: –"
    reports = [dict(r, board_decision_text=hostile) if r["board_decision_text"] else r for r in STATUS_REPORTS]
    warehouse = warehouse_variant("board_hostile_request", status_reports=reports)
    request = next(s for s in build_slides(prepare(warehouse, tmp_path, BOARD_4)) if s.key == "decision")
    wall = projector.body_html(request, "de")
    assert "&lt;img src=x onerror=alert(1)&gt; **fett**?" in wall and "<img" not in wall


def test_free_text_requests_stay_as_delivered_without_a_slide_of_their_own(warehouse_variant, tmp_path):
    warehouse = warehouse_variant("board_free_request")  # "Neuvergabe freigeben": the fixture's free text
    built = build_slides(prepare(warehouse, tmp_path, BOARD_4))
    assert "decision" not in [slide.key for slide in built]
    decisions = next(s for s in built if s.key == "decisions")
    assert decisions.table.iloc[0, 2] == "Neuvergabe freigeben"


def test_two_meetings_compare_with_a_delta_column(meetings):
    table = compare_meetings(*meetings).set_index("Kennzahl")
    assert list(table.columns) == [
        "Sitzung 07.10.2026 (Datenstand 30.09.2026)",
        "Sitzung 09.12.2026 (Datenstand 31.10.2026)",
        "Δ",
    ]
    assert table.loc["✖ rot"].tolist() == ["0", "1", "+1"]
    assert table.loc["Handyparken: Tickets 2026 bis Stichtag"].tolist() == ["0", "10", "+10"]


def test_the_english_slides_say_the_same_in_english(meetings):
    english = {slide.key: slide for slide in build_slides(meetings[1], "en")}
    tickets = english["kpis"].table.set_index("Measure").loc["Mobile parking: tickets 2026 to date"]
    assert (tickets["Value"], tickets["Δ"]) == ("10 (target pro rata 9)", "+10")
    assert english["portfolio"].status_items[0].text == "1 project (before 0, Δ +1)"
    assert english["decision"].bullets[-1] == "Recommendation: A) Neuvergabe"  # delivered text stays as delivered


def test_the_changes_slide_says_what_it_has_no_room_for():
    from cockpit.board.project_slides import _hidden_changes
    from cockpit.i18n import translator

    hidden = ["risks"] * 7 + ["milestones"] * 3
    assert (
        _hidden_changes(translator("de"), hidden) == "… und 10 weitere: 7 neue hohe Risiken, 3 erreichte Meilensteine"
    )
    assert _hidden_changes(translator("en"), ["status"]) == "… and 1 more: 1 status changes"
    assert _hidden_changes(translator("de"), []) == ""
