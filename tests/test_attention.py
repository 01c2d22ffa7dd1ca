"""Handlungsbedarf on the Übersicht: one row per project, ranked by a documented score, the first rows at the top
of the page, a count of shown and all projects, and reasons that are never cut mid-word (issue 11, item 4).

The warehouse is the fixture plus four projects (lead unit FB 61 like P-002):
- P-004, amber, 36 % complete with 500.000 € of its 1.000.000 € spent (CPI 0,72), 370.000 € of EFRE money not
  yet spent at a deadline on 31.12.2026, and a long Board question;
- P-005, green, its last report from July 2026 (stale) and a milestone slipped by 182 days: before this change it
  outranked P-004 (milestone 2 + stale report 2 against funding 3);
- P-006, P-007, in planning without any report.
With P-001 (never reported) and P-002 (red), six projects need attention: five shown, one more in the expander.
"""

import re

import pytest

from cockpit.data_access.overview import ATTENTION_WEIGHTS, HIGH_RISK_SCORE
from tests.fixture_deliveries import BUDGET, MILESTONES, PROJECTS, STATUS_REPORTS

PAGE = "pages/overview.py"
AS_OF = "2026-11-26"
BOARD_QUESTION = "Verlängerung der EFRE-Förderung beim Land beantragen und die Eigenmittel für 2027 vorab freigeben"
SEPARATOR = " · "


def _project(project_id: str, title: str, **values) -> dict:
    return dict(PROJECTS[1], project_id=project_id, title=title, **values)


def _report(project_id: str, month: str, status: str, percent: str, **values) -> dict:
    statuses = {f"status_{d}": status for d in ("overall", "schedule", "budget", "scope", "risks")}
    return dict(STATUS_REPORTS[0], project_id=project_id, report_month=month, percent_complete=percent, **statuses) | (
        values
    )


@pytest.fixture(scope="module")
def attention_warehouse(warehouse_variant):
    projects = [
        *PROJECTS,
        _project(
            "P-004",
            "Digitale Bauakte",
            planned_start="01.01.2025",
            planned_end="31.12.2027",
            **{"total_budget_eur": "1.000.000"},
        ),
        _project(
            "P-005",
            "Open-Data-Portal",
            planned_start="01.01.2026",
            planned_end="31.12.2027",
            **{"total_budget_eur": "100.000"},
        ),
        _project("P-006", "Sensorik Parkhäuser", phase="Planung"),
        _project("P-007", "Digitale Bürgersprechstunde", phase="Planung"),
    ]
    reports = [
        *STATUS_REPORTS,
        _report("P-004", "10.2026", "gelb", "36", needs_board_decision="ja", board_decision_text=BOARD_QUESTION),
        _report("P-005", "07.2026", "grün", "50"),
    ]
    milestones = [
        *MILESTONES,
        dict(
            MILESTONES[0],
            project_id="P-005",
            report_month="07.2026",
            baseline_date="30.09.2026",
            forecast_date="31.03.2027",
        ),
    ]
    budget = [
        *BUDGET,
        dict(
            BUDGET[0],
            project_id="P-004",
            updated_plan_eur="870.000",
            planned_eur="870.000",
            committed_eur="0",
            actual_eur="500.000",
            funding_source="EU",
            funding_programme="EFRE",
            funding_deadline="31.12.2026",
        ),
        dict(BUDGET[1], project_id="P-005", updated_plan_eur="100.000", planned_eur="100.000", actual_eur="40.000"),
    ]
    return warehouse_variant(
        "attention", projects=projects, status_reports=reports, milestones=milestones, budget=budget
    )


@pytest.fixture
def page(read_page, attention_warehouse):
    app = read_page(PAGE, warehouse=attention_warehouse, stand=AS_OF)
    assert not app.exception
    return app


def _ids(table) -> list[str]:
    return [re.search(r"projekt=(P-\d+)", link)[1] for link in table["Projekt"]]


def test_one_row_per_project_ranked_by_points(page):
    everything = page.dataframe[1].value
    assert _ids(everything) == ["P-002", "P-004", "P-005", "P-001", "P-006", "P-007"]
    assert everything["Punkte"].is_monotonic_decreasing
    assert len(set(_ids(everything))) == len(everything)


def test_an_amber_project_with_a_low_cpi_and_funding_due_ranks_above_a_green_one(page):
    everything = page.dataframe[1].value.set_index(page.dataframe[1].value["Projekt"].str[-5:])
    amber, green = everything.loc["P-004"], everything.loc["P-005"]
    assert amber["Status gesamt"] == "▲ gelb" and green["Status gesamt"] == "✔ grün"
    assert amber["Punkte"] > green["Punkte"]
    assert "Kostenindex CPI 0,72" in amber["Gründe"]
    assert "Förderfrist 31.12.2026 (EFRE): 370.000 € noch nicht ausgegeben" in amber["Gründe"]
    assert amber["Gründe"].startswith("Board-Entscheidung nötig: ")
    assert "Gesamtstatus gelb (Oktober 2026)" in amber["Gründe"]
    assert "kein Statusbericht seit über 2 Monaten (letzter: Juli 2026)" in green["Gründe"]
    assert "Meilenstein „Ausschreibung“ +182 Tage" in green["Gründe"]
    weights = ATTENTION_WEIGHTS
    assert (
        amber["Punkte"]
        == weights["board"] + weights["amber"] + weights["cost"] + weights["funding"] + weights["schedule"]
    )


def test_the_top_rows_count_shown_and_all_projects(page):
    top = page.dataframe[0].value
    assert _ids(top) == ["P-002", "P-004", "P-005", "P-001", "P-006"]
    assert "Federführung" not in top.columns  # the top table fits the page's width
    captions = [c.value for c in page.caption]
    assert "5 von 6 Projekten mit Handlungsbedarf, nach Punkten sortiert." in captions
    assert page.expander[0].label == "Alle 6 Projekte mit Handlungsbedarf und allen Gründen zeigen"


def test_reasons_are_never_cut_mid_word(page):
    top, everything = page.dataframe[0].value, page.dataframe[1].value
    for shown, full in zip(top["Gründe"], everything["Gründe"], strict=False):
        *reasons, last = shown.split(SEPARATOR)
        full_reasons = full.split(SEPARATOR)
        if re.fullmatch(r"\+ \d+ weitere", last):
            assert int(last.split()[1]) == len(full_reasons) - len(reasons)
        else:
            reasons.append(last)
        assert reasons == full_reasons[: len(reasons)]  # whole reasons, in the same order
    board = next(r for r in everything["Gründe"].iloc[1].split(SEPARATOR) if r.startswith("Board"))
    question = board.removeprefix("Board-Entscheidung nötig: ")
    assert question.endswith("…") and len(question) < len(BOARD_QUESTION)
    kept = question.removesuffix("…")
    assert BOARD_QUESTION.startswith(kept) and BOARD_QUESTION[len(kept)] == " "  # cut between words


def test_how_the_points_are_calculated_is_written_from_the_weights(page):
    method = next(c.value for c in page.caption if c.value.startswith("So berechnet"))
    assert "rot 6, Board-Entscheidung 4, gelb 3" in method
    assert f"Bewertung ab {HIGH_RISK_SCORE}" in method
    assert "unter 0,9" in method and "90 Tagen" in method


def test_high_risk_is_one_threshold_on_the_overview_the_matrix_and_the_slides(read_page):
    from cockpit.views.project_tables import risk_level

    assert risk_level(HIGH_RISK_SCORE) == "high" and risk_level(HIGH_RISK_SCORE - 1) == "medium"
    app = read_page(PAGE, stand=AS_OF)
    assert f"≥ {HIGH_RISK_SCORE} (Skala 1 bis 25)" in " ".join(c.value for c in app.caption)
