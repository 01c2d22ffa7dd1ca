"""Übersicht page: what the CDO reads before a Board meeting, on the fixture warehouse.

Fixture facts used here: P-002 (FB 61) is red in 10.2026 (Stabsstelle and Fachbereich) and the
Fachbereich asks for a Board decision; P-001 (BS|ENERGY, Betrieb) has never reported; P-003
(FB 40) is Eingestellt; the last Board before 26.11.2026 met on 16.09.2026.
"""

import json
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import shown_metrics, warehouse_rows

PAGE = "pages/overview.py"
AS_OF = "2026-11-26"


def _sql(warehouse, sql: str):
    return warehouse_rows(warehouse, sql)[0]


def _all_text(app: AppTest) -> str:
    """Everything a user can read on the page: texts, metrics, tables, chart data."""
    parts = []
    for kind in ("title", "subheader", "markdown", "caption", "info", "warning", "success", "error"):
        parts += [element.value for element in getattr(app, kind)]
    parts += [f"{m.label} {m.value}" for m in app.metric]
    parts += [table.value.to_string() for table in app.dataframe]
    parts += [chart.proto.spec for chart in app.get("plotly_chart")]
    return "\n".join(parts)


def test_headline_figures_match_the_warehouse(app_warehouse, read_page):
    app = read_page(PAGE, stand=AS_OF)
    assert not app.exception
    metrics = shown_metrics(app)
    open_projects = _sql(
        app_warehouse, "select count(*) from marts.projects where phase not in ('Abgeschlossen', 'Eingestellt')"
    )[0]
    assert metrics["Laufende Projekte"] == str(open_projects) == "2"
    assert metrics[":red[✖ rot]"] == "1"
    assert metrics[":gray[○ ohne Bericht]"] == "1"
    plan, committed, actual, available = _sql(
        app_warehouse,
        "select sum(updated_plan_eur), sum(committed_eur), sum(actual_eur), "
        "sum(updated_plan_eur - actual_eur - committed_eur) from staging.budget where budget_year = 2026",
    )
    assert (plan, committed, actual, available) == (320_000, 50_000, 170_000, 100_000)
    assert metrics["Ansatz 2026 (fortgeschrieben)"] == "320.000 €"
    assert metrics["Obligo"] == "50.000 €"
    assert metrics["Ist"] == "170.000 €"
    assert metrics["Verfügbar"] == "100.000 €"
    # P-001 and P-002 are active; only P-002 reported for October 2026.
    assert metrics["Berichte pünktlich"] == "50 %"
    captions = " ".join(c.value for c in app.caption)
    assert "fortgeschriebener Ansatz" in captions
    assert "Stabsstelle: 1, Fachbereich: 0" in captions
    assert "Umsetzung 1 · Betrieb 1 · Eingestellt 1" in app.markdown[0].value


def test_attention_ranks_the_red_project_with_its_board_decision_first(read_page):
    app = read_page(PAGE, stand=AS_OF)
    table = app.dataframe[0].value
    assert list(table["Projekt"]) == ["/projektsteckbrief?projekt=P-002", "/projektsteckbrief?projekt=P-001"]
    red, never = table.iloc[0], table.iloc[1]
    # rot 6 + Board 4 + verschlechtert 3 + CPI 3 + Förderfrist 3 + Meilenstein 2 + neues hohes Risiko 2 (+ SPI 2?)
    assert red["Status gesamt"] == "✖ rot"
    assert red["Gründe"].startswith(
        "Gesamtstatus rot (Oktober 2026) · Board-Entscheidung nötig: Neuvergabe freigeben · "
        "verschlechtert seit September 2026 (vorher ✔ grün)"
    )
    assert red["Gründe"].endswith("weitere")  # the rest is in the table of all reasons
    everything = app.dataframe[1].value.iloc[0]["Gründe"]
    assert "Förderfrist 31.12.2026 (Digitalisierung Kommunen): 130.000 € noch nicht ausgegeben" in everything
    assert "Meilenstein „Ausschreibung“ +123 Tage" in everything
    assert "neues hohes Risiko „Lieferant fällt aus“ (20)" in everything
    assert never["Gründe"] == "Noch kein Statusbericht"
    assert (red["Punkte"], never["Punkte"]) == (app.dataframe[1].value.iloc[0]["Punkte"], 2)


def test_link_to_the_profile_keeps_the_global_filters(read_page):
    app = read_page(PAGE, stand=AS_OF, fb="61")
    for link in set(app.dataframe[0].value["Projekt"]):
        path, _, query = link.partition("?")
        assert path == "/projektsteckbrief"
        assert parse_qs(query)["projekt"] == ["P-002"]
        assert parse_qs(query)["fb"] == ["61"]


def test_heat_map_shows_each_dimension_as_colour_symbol_and_word(read_page):
    app = read_page(PAGE, stand=AS_OF)
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    heatmap = spec["data"][0]
    assert heatmap["y"] == ["P-002 Geodatenportal"]
    assert heatmap["x"] == ["Gesamt", "Termine", "Budget", "Umfang/Qualität", "Risiken"]
    assert heatmap["text"] == [["✖ rot", "✖ rot", "✖ rot", "▲ gelb", "✖ rot"]]


def test_fields_without_an_active_project_are_named(read_page):
    app = read_page(PAGE, stand=AS_OF)
    warning = app.warning[0].value
    for field in ("Soziales", "Smart Living", "Kommunikation und Bürgerdialog", "Digitale Bildung"):
        assert field in warning
    assert "E-Government" not in warning and "Infrastruktur" not in warning
    coverage = app.dataframe[2].value
    assert len(coverage) == 8
    bildung = coverage[coverage["Handlungsfeld"] == "Digitale Bildung"].iloc[0]
    assert (bildung["Projekte"], bildung["davon aktiv"]) == (1, 0)
    assert bildung["Abdeckung"] == "✖ kein aktives Projekt"


def test_changes_since_the_last_board_meeting(read_page):
    app = read_page(PAGE, stand=AS_OF)
    assert app.date_input(key="overview_since_2026-09-16").value.isoformat() == "2026-09-16"
    metrics = shown_metrics(app)
    assert metrics["Neu rot"] == "1"
    assert metrics["Neue hohe Risiken"] == "1"
    assert metrics["Meilensteine erreicht"] == "0"
    changes = app.dataframe[3].value
    assert list(changes.iloc[0][["Veränderung", "Vorher", "Jetzt"]]) == ["✖ neu rot", "○ kein Bericht", "✖ rot"]
    risks = app.dataframe[4].value
    assert list(risks["Risiko"]) == ["Lieferant fällt aus"]


@pytest.mark.parametrize("visible", ["P-001", "P-002", "Geodatenportal", "Freies WLAN", "BS|ENERGY", "FB 61"])
def test_department_scope_shows_nothing_of_other_departments(read_page, visible):
    app = read_page(PAGE, scope_units="40", stand=AS_OF)
    assert not app.exception
    assert visible not in _all_text(app)
    # FB 40's only project is Eingestellt: no open project, no budget, nothing needs attention.
    assert shown_metrics(app)["Laufende Projekte"] == "0"
    assert shown_metrics(app)["Ansatz 2026 (fortgeschrieben)"] == "0 €"


def test_empty_selection_says_so(read_page):
    app = read_page(PAGE, stand=AS_OF, hf="Smart Living")
    assert not app.exception
    assert [i.value for i in app.info] == [
        "Für diese Auswahl gibt es keine Daten. Bitte Filter in der Seitenleiste anpassen."
    ]
    assert not app.metric and not app.dataframe


def test_english_interface_from_the_url(read_page):
    app = read_page(PAGE, stand=AS_OF, lang="en")
    assert not app.exception
    assert app.title[0].value == "Overview"
    assert shown_metrics(app)["Open projects"] == "2"
    reasons = app.dataframe[0].value.iloc[0]["Reasons"]
    assert reasons.startswith("Overall status red (October 2026) · Board decision needed: Neuvergabe freigeben")


def test_the_charts_are_also_said_in_words(read_page):
    app = read_page(PAGE, stand=AS_OF)
    captions = [c.value for c in app.caption]
    assert (
        "In Worten: 1 Projekte; rot je Dimension: Gesamt 1, Termine 1, Budget 1, Umfang/Qualität 0, Risiken 1; "
        "zuoberst (am schlechtesten): P-002 Geodatenportal."
    ) in captions
    assert any(
        c.startswith("In Worten: 2 von 8 Handlungsfeldern mit aktivem Projekt; die meisten Projekte:") for c in captions
    )
