"""Projektsteckbrief page: status history, self-assessment vs Stabsstelle, MTA, risks, budget, KPIs, scope."""

import json

from streamlit.testing.v1 import AppTest

from tests.conftest import FIXTURE_DATE, chart_specs, shown_metrics, table_with, warehouse_rows

PAGE = "pages/project_profile.py"


def _chart(app: AppTest, title_part: str) -> dict:
    return next(s for s in chart_specs(app) if title_part in json.dumps(s, ensure_ascii=False))


def test_master_data_of_the_chosen_project(read_page):
    app = read_page(PAGE, projekt="P-002")
    assert not app.exception
    assert app.header[0].value == "P-002 · Geodatenportal"
    text = " ".join(m.value for m in app.markdown)
    assert "FB 61 Stadtplanung und Geoinformation" in text
    assert "E-Government, Umwelt" in text
    assert "01.03.2024" in text and "30.06.2027" in text
    assert "480.000 €" in text


def test_status_history_month_by_dimension_with_every_reason(app_warehouse, read_page):
    app = read_page(PAGE, projekt="P-002")
    history = table_with(app, "Umfang/Qualität")
    [(reports,)] = warehouse_rows(app_warehouse, "select count(*) from marts.status_reports where project_id = 'P-002'")
    assert len(history) == reports == 3
    stabsstelle = history[(history["Bewertung durch"] == "Stabsstelle")].iloc[0]
    assert stabsstelle["Berichtsmonat"] == "Oktober 2026"
    assert (stabsstelle["Budget"], stabsstelle["Risiken"]) == ("✖ rot", "✖ rot")
    reasons = table_with(app, "Begründung")
    assert reasons.values.tolist() == [
        ["Oktober 2026", "Fachbereich", "✖ rot", "Lieferant insolvent", "Neuvergabe freigeben"]
    ]


def test_self_assessment_beside_the_stabsstelle_with_differences_in_words(read_page):
    app = read_page(PAGE, projekt="P-002")
    comparison = table_with(app, "Fachbereich (Selbsteinschätzung)").set_index("Dimension")
    assert comparison.loc["Budget", "Fachbereich (Selbsteinschätzung)"] == "▲ gelb"
    assert comparison.loc["Budget", "Stabsstelle"] == "✖ rot"
    assert comparison.loc["Budget", "Abweichung"] == "≠ Stabsstelle sieht es kritischer"
    assert comparison.loc["Gesamt", "Abweichung"] == "gleich"
    assert app.warning[0].value == "3 von 5 Dimensionen weichen ab: Budget, Umfang/Qualität, Risiken."


def test_milestone_trend_analysis_and_slip(app_warehouse, read_page):
    app = read_page(PAGE, projekt="P-002")
    chart = _chart(app, "Termin = Berichtsmonat")
    traces = chart["data"]
    milestone = next(t for t in traces if t["name"].startswith("M1"))
    assert [y[:10] for y in milestone["y"]] == ["2026-09-30", "2027-01-31"]
    diagonal = next(t for t in traces if t["name"] == "Termin = Berichtsmonat")
    assert diagonal["x"] == diagonal["y"]
    slip = warehouse_rows(
        app_warehouse, "select slip_days from marts.milestone_forecasts where report_month = date '2026-10-01'"
    )
    table = table_with(app, "Verschiebung (Tage)").iloc[0]
    assert table["Verschiebung (Tage)"] == f"+{slip[0][0]}" == "+123"
    assert (table["Basisplan"], table["Letzte Prognose / Ist"]) == ("30.09.2026", "31.01.2027")


def test_risk_matrix_places_the_risk_and_lists_it(read_page):
    app = read_page(PAGE, projekt="P-002")
    matrix = _chart(app, "Eintrittswahrscheinlichkeit")
    placed = [(a["x"], a["y"], a["text"]) for a in matrix["layout"]["annotations"]]
    assert placed == [(4, 5, "R-001")]
    assert matrix["data"][0]["z"][4][3] == 2  # impact 5, probability 4: the high band
    risk = table_with(app, "Maßnahme").iloc[0]
    assert (risk["Wert"], risk["Status"], risk["Maßnahme"]) == ("4 × 5 = 20 (hoch)", "offen", "Zweitanbieter prüfen")


def test_budget_year_end_forecast_and_performance(app_warehouse, read_page):
    app = read_page(PAGE, projekt="P-002")
    budget = table_with(app, "Prognose Jahresende").iloc[0]
    assert (budget["Ansatz (fortgeschrieben)"], budget["Obligo"], budget["Ist"]) == (
        "220.000 €",
        "50.000 €",
        "90.000 €",
    )
    # 90.000 € up to 31.10.2026 = 304 of 365 days -> 108.059 € at year end
    assert budget["Prognose Jahresende"] == "108.059 €"
    assert any("304 von 365 Tagen" in c.value for c in app.caption)
    metrics = shown_metrics(app)
    # EV = 45 % of 480.000 € = 216.000 €; AC = 90.000 € -> CPI 2,40
    assert metrics["Kostenleistung (CPI)"] == "2,40"
    assert metrics["Fertigstellungswert"] == "216.000 €"
    planned_share = warehouse_rows(
        app_warehouse,
        "select date_diff('day', date '2024-03-01', ?) / date_diff('day', date '2024-03-01', date '2027-06-30')",
        FIXTURE_DATE,  # the cockpit's day (COCKPIT_TODAY), not the machine's
    )[0][0]
    assert metrics["Terminleistung (SPI)"] == f"{216000 / (480000 * planned_share):.2f}".replace(".", ",")


def test_kpis_the_project_is_meant_to_move(read_page):
    app = read_page(PAGE, projekt="P-001")
    kpis = table_with(app, "Kennzahl").iloc[0]
    assert (kpis["Kennzahl"], kpis["Letzter Wert (gesamte Stadt)"], kpis["Ziel"]) == (
        "WLAN-Hotspots in Betrieb",
        "48",
        "60",
    )
    assert "Bis zum Stichtag ist kein Statusbericht gemeldet." in [i.value for i in app.info]
    assert any("kein Fertigstellungsgrad" in c.value for c in app.caption)


def test_department_scope_refuses_another_departments_project(read_page):
    app = read_page(PAGE, scope_units="61", projekt="P-001")
    assert not app.exception
    assert "P-001" in app.error[0].value and "nicht verfügbar" in app.error[0].value
    assert app.selectbox[0].options == ["P-002 · Geodatenportal"]
    assert [h.value for h in app.header] == ["Filter"]  # only the sidebar's; no project heading
    assert not app.dataframe and not app.get("plotly_chart") and not app.metric
    everything = " ".join(str(e.value) for e in (*app.markdown, *app.caption, *app.info) if hasattr(e, "value"))
    assert "WLAN" not in everything and "BS|ENERGY" not in everything


def test_department_scope_opens_its_own_project(read_page):
    app = read_page(PAGE, scope_units="61")
    assert app.header[0].value == "P-002 · Geodatenportal"


def test_english_profile(read_page):
    app = read_page(PAGE, projekt="P-002", lang="en")
    assert app.title[0].value == "Project profile"
    assert app.warning[0].value == "3 of 5 dimensions differ: Budget, Scope/quality, Risks."
