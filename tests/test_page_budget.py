"""Budget und Förderung page: what the CDO reads about plan, committed, actual, forecast and funding."""

import json

from streamlit.testing.v1 import AppTest

from tests.conftest import shown_metrics, warehouse_rows

PAGE = "pages/budget.py"
AS_OF = "2026-11-26"


def _sql(warehouse, sql: str, *params):
    return warehouse_rows(warehouse, sql, *params)[0]


def _teur(euros: float) -> str:
    """The German T€ figure a user reads, e.g. 220000 -> '220 T€', 1234567 -> '1.235 T€'."""
    return f"{round(euros / 1000):,} T€".replace(",", ".")


def _table(app: AppTest, first_column: str):
    return next(d.value for d in app.dataframe if d.value.columns[0] == first_column)


def test_headline_of_the_reference_year_matches_the_budget_lines(app_warehouse, read_page):
    app = read_page(PAGE, stand=AS_OF)
    assert not app.exception
    assert app.selectbox[0].value == 2026
    planned, updated, committed, actual, available = _sql(
        app_warehouse,
        "select sum(planned_eur), sum(updated_plan_eur), sum(committed_eur), sum(actual_eur), sum(available_eur) "
        "from marts.budget_lines where budget_year = 2026",
    )
    metrics = shown_metrics(app)
    assert metrics["Ansatz (ursprünglich)"] == _teur(planned) == "300 T€"
    assert metrics["Ansatz (fortgeschrieben)"] == _teur(updated) == "320 T€"
    assert metrics["Obligo"] == _teur(committed) == "50 T€"
    assert metrics["Ist"] == _teur(actual) == "170 T€"
    assert metrics["Verfügbar"] == _teur(available) == "100 T€"


def test_year_end_forecast_extrapolates_the_burn_rate_and_adds_the_obligo(read_page):
    app = read_page(PAGE, stand=AS_OF)
    # Ist as of 31.10.2026 = day 304 of 365: P-002 90.000 * 365/304 + 50.000, P-001 80.000 * 365/304.
    expected = 90_000 * 365 / 304 + 50_000 + 80_000 * 365 / 304
    assert shown_metrics(app)["Prognose 31.12."] == _teur(expected) == "254 T€"
    assert any("Tagesverbrauch" in c.value for c in app.caption)
    assert any(c.value == "Datenstand (Ist-Stand): 31.10.2026" for c in app.caption)


def test_tables_by_lead_unit_and_type_in_german_formats(read_page):
    app = read_page(PAGE, stand=AS_OF)
    units = _table(app, "Federführung").set_index("Federführung")
    geo = units.loc["FB 61 Stadtplanung und Geoinformation"]
    assert (
        geo["Ansatz (ursprünglich)"],
        geo["Ansatz (fortgeschrieben)"],
        geo["Obligo"],
        geo["Ist"],
        geo["Verfügbar"],
    ) == (
        "200 T€",
        "220 T€",
        "50 T€",
        "90 T€",
        "80 T€",
    )
    assert geo["Ausschöpfung"] == "64 %"
    types = _table(app, "Art").set_index("Art")
    assert types.loc["investiv", "Ansatz (fortgeschrieben)"] == "220 T€"
    assert types.loc["konsumtiv", "Ist"] == "80 T€"
    assert types.loc["investiv", "Anteil am fortgeschriebenen Ansatz"] == "69 %"


def test_charts_use_german_money_axes(read_page):
    app = read_page(PAGE, stand=AS_OF)
    charts = app.get("plotly_chart")
    assert charts
    for chart in charts:
        layout = json.loads(chart.proto.spec)["layout"]
        assert layout["separators"] == ",."
        money_axis = layout["xaxis"] if "tickformat" in layout["xaxis"] else layout["yaxis"]
        assert money_axis["title"]["text"] in ("T€", "Mio. €")
    plan_by_unit = json.loads(charts[0].proto.spec)["data"][0]
    assert "220.000 €" in plan_by_unit["customdata"]  # hover: exact euros in German format


def test_funding_by_source_and_programme_with_deadline(read_page):
    app = read_page(PAGE, stand=AS_OF)
    programmes = _table(app, "Finanzierung")
    land = programmes[programmes["Finanzierung"] == "Land"].iloc[0]
    assert land["Förderprogramm"] == "Digitalisierung Kommunen"
    assert land["Nächste offene Förderfrist"] == "31.12.2026"
    assert land["Verfügbar"] == "80 T€"
    own = programmes[programmes["Finanzierung"] == "Eigenmittel"].iloc[0]
    assert own["Ansatz (fortgeschrieben)"] == "100 T€"


def test_near_deadline_of_p002_is_highlighted_with_money_at_risk(read_page):
    app = read_page(PAGE, stand=AS_OF)
    deadlines = _table(app, "Förderfrist")
    assert len(deadlines) == 1
    line = deadlines.iloc[0]
    assert line["Projekt"] == "P-002 Geodatenportal"
    assert line["Förderfrist"] == "31.12.2026"
    assert line["Tage bis Frist"] == "35"
    assert line["Frist"] == "▲ nah (≤ 90 Tage)"
    # Planned end 30.06.2027 lies after the deadline: the funded money not yet spent (220.000 - 90.000) is at risk.
    assert line["Voraussichtliches Projektende"] == "30.06.2027"
    assert line["Projektende nach Frist"] == "✖ ja"
    assert line["Noch nicht ausgegeben"] == "130 T€"
    assert line["Verfügbar"] == "80 T€"
    assert shown_metrics(app)["Geld im Risiko"] == line["Geld im Risiko"] == "130 T€"
    styled = next(d for d in app.dataframe if d.value.columns[0] == "Förderfrist")
    styles = styled.proto.arrow_data.styler.styles
    assert "row0_col2 { background-color: #fde8c4" in styles  # amber behind "▲ nah"
    assert "row0_col5 { background-color: #f7d4d1" in styles  # red behind "✖ ja"


def test_year_end_forecast_by_lead_unit(read_page):
    app = read_page(PAGE, stand=AS_OF)
    forecast = next(d.value for d in app.dataframe if list(d.value.columns[:2]) == ["Federführung", "Einschätzung"])
    rows = forecast.set_index("Federführung")
    geo = rows.loc["FB 61 Stadtplanung und Geoinformation"]
    assert geo["Prognose 31.12."] == _teur(90_000 * 365 / 304 + 50_000) == "158 T€"
    assert geo["Prognose − fortg. Ansatz"] == "-62 T€"
    assert geo["Einschätzung"] == "▲ unter 80 % ausgeschöpft"
    energy = rows.loc["BS|ENERGY"]
    assert energy["Prognose 31.12."] == "96 T€"
    assert energy["Einschätzung"] == "✔ im Plan"


def test_department_scope_shows_only_its_own_money(app_warehouse, read_page):
    app = read_page(PAGE, scope_units="61", stand=AS_OF)
    assert not app.exception
    updated, actual, committed = _sql(
        app_warehouse,
        "select sum(updated_plan_eur), sum(actual_eur), sum(committed_eur) from marts.budget_lines "
        "where project_id = 'P-002' and budget_year = 2026",
    )
    metrics = shown_metrics(app)
    assert metrics["Ansatz (fortgeschrieben)"] == _teur(updated) == "220 T€"
    assert metrics["Ist"] == _teur(actual) == "90 T€"
    assert metrics["Obligo"] == _teur(committed) == "50 T€"
    assert list(_table(app, "Federführung")["Federführung"]) == ["FB 61 Stadtplanung und Geoinformation"]
    assert "Eigenmittel" not in set(_table(app, "Finanzierung")["Finanzierung"])
    shown = " ".join(str(d.value.to_dict()) for d in app.dataframe)
    assert "BS|ENERGY" not in shown and "P-001" not in shown


def test_a_filter_without_budget_says_so_in_words(read_page):
    app = read_page(PAGE, stand=AS_OF, hf="Smart Living")
    assert not app.exception
    assert [i.value for i in app.info] == [
        "Für diese Auswahl gibt es keine Daten. Bitte Filter in der Seitenleiste anpassen."
    ]
    assert not app.metric and not app.get("plotly_chart")


def test_english_interface_from_the_url(read_page):
    app = read_page(PAGE, stand=AS_OF, lang="en")
    assert not app.exception
    assert app.title[0].value == "Budget and funding"
    metrics = shown_metrics(app)
    assert metrics["Appropriation (updated)"] == "320 k€"
    assert "Money at risk" in metrics
    assert _table(app, "Funding deadline").iloc[0]["Deadline"] == "▲ near (≤ 90 days)"
