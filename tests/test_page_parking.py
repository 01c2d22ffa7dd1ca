"""Handyparken page: what a Stabsstelle member reads about parking by phone.

Fixture: two sessions on Thursday 01.10.2026 by the same vehicle (App, zone I a, 09:15-10:15,
1,80 € + 0,25 €; SMS, zone I b, 11:00-18:00, 9,00 € + 0,25 €) and one emptying of 1.520,40 €.
"""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import chart_specs, plotly_values, shown_metrics, table_with, warehouse_rows

PAGE = "pages/parking.py"


def _table(app: AppTest, first_column: str, second_column: str | None = None):
    return table_with(app, *[c for c in (first_column, second_column) if c is not None])


def _chart(app: AppTest, trace_type: str) -> dict:
    for spec in chart_specs(app):
        if spec["data"] and spec["data"][0]["type"] == trace_type:
            return spec
    raise AssertionError(f"no {trace_type} chart")


def test_headline_reads_this_years_tickets_and_phone_share(app_warehouse, read_page):
    app = read_page(PAGE)
    assert not app.exception
    tickets, phone, coins = warehouse_rows(
        app_warehouse,
        """
        select sum(tickets), sum(parking_fees_eur), (select sum(coin_income_eur) from marts.parking_coins_daily)
        from marts.parking_daily where year(day_date) = 2026""",
    )[0]
    metrics = shown_metrics(app)
    assert metrics["Digitale Parkscheine 2026"] == str(int(tickets)) == "2"
    assert round(phone / (phone + coins) * 100, 1) == 0.7
    assert metrics["Anteil der Parkgebühren per Handy 2026"] == "0,7 %"
    assert "Datenstand Handyparken (letzter Parkvorgang): 01.10.2026" in [c.value for c in app.caption]


def test_without_a_parking_kpi_the_page_says_no_target_is_defined(read_page):
    app = read_page(PAGE)
    metrics = shown_metrics(app)
    assert metrics["Ziel 2026: digitale Parkscheine"] == "kein Zielwert definiert"
    assert any("kein Ziel für digitale Parkscheine" in c.value for c in app.caption)


def test_fees_service_fees_coins_and_repeat_parkers_per_year(app_warehouse, read_page):
    app = read_page(PAGE)
    table = _table(app, "Servicegebühren")
    row = table[table["Jahr"] == "2026 bis 26.11.2026"].iloc[0]
    assert row["Parkscheine"] == "2"
    assert row["Parkgebühren per Handy"] == "10,80 €"
    assert row["Servicegebühren"] == "0,50 €"
    assert row["Münzeinnahmen"] == "1.520,40 €"
    vehicles = warehouse_rows(app_warehouse, "select distinct_vehicles, repeat_vehicles from marts.parking_yearly")[0]
    assert vehicles == (1, 1)
    assert (row["Fahrzeuge"], row["davon mehrfach"], row["Parkscheine von Wiederholern"]) == ("1", "1", "100,0 %")
    assert not any("vehicle_key" in str(c) for t in app.dataframe for c in t.value.columns)


def test_published_figures_are_listed_beside_ours(read_page):
    app = read_page(PAGE)
    table = _table(app, "Veröffentlicht")
    assert list(table["Jahr"]) == ["2022"] * 3 + ["2023"] * 3 + ["2024"] * 3
    tickets = table[table["Kennzahl"] == "Digitale Parkscheine"]
    assert list(tickets["Veröffentlicht"]) == ["240.000", "380.000", "530.000"]
    assert list(table[table["Kennzahl"] == "Münzeinnahmen"]["Veröffentlicht"]) == [
        "1.600.000 €",
        "2.200.000 €",
        "2.160.000 €",
    ]
    assert set(tickets["Unsere Zahl"]) == {"–"}  # the fixture has no parking data for those years
    assert any("regionalheute.de" in c.value for c in app.caption)


@pytest.fixture(scope="module")
def year_2024_warehouse(warehouse_variant):
    """Coins of 2024 ten per cent above the published 2,16 Mio. €, and one session in 2024."""
    return warehouse_variant(
        "parking-2024",
        parking_coin_income=[dict(machine_id="PSA-001", emptied_on="30.12.2024", amount_eur="2.376.000,00")],
        parking_transactions=[
            dict(
                transaction_id="T-9",
                zone="I a",
                started_at="02.05.2024 10:00",
                ended_at="02.05.2024 10:30",
                parking_fee_eur="0,90",
                service_fee_eur="0,25",
                channel="Anruf",
                number_plate="BS-XY 1",
            )
        ],
    )


def test_deviation_from_the_published_figures_in_percent(year_2024_warehouse, read_page):
    app = read_page(PAGE, warehouse=year_2024_warehouse)
    assert not app.exception
    table = _table(app, "Veröffentlicht")
    coins = table[(table["Jahr"] == "2024") & (table["Kennzahl"] == "Münzeinnahmen")].iloc[0]
    assert (coins["Unsere Zahl"], coins["Veröffentlicht"], coins["Abweichung"]) == (
        "2.376.000 €",
        "2.160.000 €",
        "+10,0 %",
    )
    tickets = table[(table["Jahr"] == "2024") & (table["Kennzahl"] == "Digitale Parkscheine")].iloc[0]
    assert (tickets["Unsere Zahl"], tickets["Abweichung"]) == ("1", "-100,0 %")


def test_weekday_hour_heat_map_has_german_weekdays_and_the_two_sessions(read_page):
    app = read_page(PAGE)
    heat = _chart(app, "heatmap")["data"][0]
    cells = {
        (day, hour): value
        for day, hour, value in zip(
            plotly_values(heat["y"]), plotly_values(heat["x"]), plotly_values(heat["z"]), strict=True
        )
    }
    assert len(cells) == 7 * 24
    assert cells[("Donnerstag", 9)] == 1 and cells[("Donnerstag", 11)] == 1
    assert sum(cells.values()) == 2
    assert {"Montag", "Sonntag"} <= set(heat["y"])


def test_typical_parking_duration_in_minutes_per_zone(read_page):
    app = read_page(PAGE)
    table = _table(app, "Median (min)")
    medians = dict(zip(table["Zone"], table["Median (min)"], strict=True))
    assert medians == {"I a": "60", "I b": "420", "alle Zonen": "60"}
    assert table[table["Zone"] == "alle Zonen"].iloc[0]["Mittel (min)"] == "240"


def test_channels_and_zones_over_time(read_page):
    app = read_page(PAGE)
    charts = chart_specs(app)
    areas = {
        trace["name"]: plotly_values(trace["y"])
        for chart in charts
        for trace in chart["data"]
        if trace.get("stackgroup")
    }
    assert areas == {"App": [50.0], "SMS": [50.0]}
    zone_traces = {
        trace["name"]
        for chart in charts
        for trace in chart["data"]
        if chart["layout"].get("legend", {}).get("title", {}).get("text") == "Zone" and trace["type"] == "bar"
    }
    assert {"I a", "I b"} <= zone_traces


def test_reference_date_before_any_session_says_so_in_words(read_page):
    app = read_page(PAGE, stand="2026-09-30")
    assert not app.exception
    assert [i.value for i in app.info] == ["Bis zum Stichtag liegen keine Handyparken-Transaktionen vor."]
    assert not app.get("plotly_chart")


def test_english_interface_from_the_url(read_page):
    app = read_page(PAGE, lang="en")
    assert not app.exception
    assert app.title[0].value == "Mobile parking"
    metrics = shown_metrics(app)
    assert metrics["Digital tickets 2026"] == "2"
    assert "Published" in _table(app, "Published").columns


def test_department_scope_sees_the_same_city_wide_figures(read_page):
    app = read_page(PAGE, scope_units="61")
    assert not app.exception
    assert shown_metrics(app)["Digitale Parkscheine 2026"] == "2"


def test_tickets_follow_the_shared_granularity_and_a_changed_period_goes_into_the_url(run_page, read_page):
    app = run_page(PAGE, stand="2026-11-26", raster="tag")
    assert not app.exception
    tickets = next(json.loads(c.proto.spec) for c in app.get("plotly_chart") if "parking_tickets_chart" in c.proto.id)
    assert {str(x)[:10] for trace in tickets["data"] for x in trace["x"]} == {"2026-10-01"}
    assert tickets["layout"]["xaxis"]["tickformat"] == "%d.%m.%Y"
    app = app.selectbox(key="time_period_choice").select("90t").run()
    assert not app.exception
    assert (app.query_params["zeitraum"], app.query_params["raster"]) == ("90t", "tag")
    app = read_page(PAGE, stand="2027-03-01", zeitraum="90t")  # the 90 days before 01.03.2027 hold no parking session
    assert not [c for c in app.get("plotly_chart") if "parking_tickets_chart" in c.proto.id]
    assert "Im gewählten Zeitraum gibt es keine Daten. Bitte oben einen längeren Zeitraum wählen." in [
        i.value for i in app.info
    ]
