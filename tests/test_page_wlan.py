"""WLAN page: hotspots in operation, use by granularity, coverage, best hotspots and the offline map."""

import datetime as dt
import io
import json

import openpyxl
import plotly.io as pio
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import plotly_values, shown_metrics, table_with, warehouse_rows
from tests.fixture_deliveries import WLAN_HOTSPOTS

PAGE = "pages/wlan.py"
REFERENCE_DATE = dt.date(2026, 11, 26)
AS_OF = REFERENCE_DATE.isoformat()


def _figure(app: AppTest, name: str):
    """The first chart whose data or layout mentions name, as a plotly Figure."""
    for chart in app.get("plotly_chart"):
        figure = pio.from_json(chart.proto.spec)
        if name in json.dumps(json.loads(chart.proto.spec), ensure_ascii=False):
            return figure
    raise AssertionError(f"no chart with {name!r}")


def _values(array) -> list:
    """Plotly sends numeric arrays base64-encoded ({'dtype', 'bdata'}); dates as strings."""
    return [str(v)[:10] if isinstance(v, str) else v for v in plotly_values(array)]


def test_headline_figures(app_warehouse, read_page):
    app = read_page(PAGE, stand=AS_OF)
    assert not app.exception
    [(sessions, availability)] = warehouse_rows(
        app_warehouse,
        "select sum(sessions), avg(availability_pct) from staging.wlan_usage where usage_date = '2026-10-01'",
    )
    assert (sessions, availability) == (2134, 99.75)
    metrics = shown_metrics(app)
    assert metrics["Hotspots in Betrieb"] == "2"
    assert metrics["Sitzungen je Tag (90 Tage)"] == "2.134"  # one day with data in the 90 days
    assert metrics["Verfügbarkeit (90 Tage)"] == "99,8 %"
    assert metrics["Fläche Mitte im 100-m-Umkreis eines Hotspots"] not in ("0,0 %", "–")


def test_usage_by_year_and_by_day(read_page):
    app = read_page(PAGE, session_state={"time_grain": "jahr", "time_period": "alle"}, stand=AS_OF)
    usage = _figure(app, "Sitzungen").data[0]
    assert _values(usage.y) == [2134] and _values(usage.x) == ["2026-01-01"]
    app = read_page(PAGE, session_state={"time_grain": "tag", "wlan_measure": "data_volume_gb"}, stand=AS_OF)
    volume = _figure(app, "Datenvolumen").data[0]
    assert _values(volume.x) == ["2026-10-01"] and _values(volume.y) == [20.75]


def test_hotspots_in_operation_per_month_since_april_2016(read_page):
    app = read_page(PAGE, session_state={"time_period": "alle"}, stand=AS_OF)
    line = _figure(app, "Hotspots am Monatsende").data[0]
    months, counts = _values(line.x), _values(line.y)
    assert months[0] == "2016-04-01" and counts[0] == 2 and counts[-1] == 2
    assert months[-1] == "2026-10-01"  # the last month with data (usage on 01.10.2026)


def test_coverage_table_names_every_district_and_outside_mitte_nothing_is_reached(read_page):
    app = read_page(PAGE, stand=AS_OF)
    table = table_with(app, "Anteil in Reichweite")
    assert len(table) == 12
    others = table[table["Stadtbezirk"] != "130 Mitte"]
    assert set(others["Anteil in Reichweite"]) == {"0,0 %"}
    mitte = table[table["Stadtbezirk"] == "130 Mitte"].iloc[0]
    assert mitte["Hotspots in Betrieb"] == 2
    assert mitte["Anteil in Reichweite"] == shown_metrics(app)["Fläche Mitte im 100-m-Umkreis eines Hotspots"]
    assert any("höchstens 100 m" in c.value for c in app.caption)


def test_best_hotspot_by_sessions_per_day_in_operation(read_page):
    app = read_page(PAGE, stand=AS_OF)
    best = table_with(app, "Sitzungen je Tag", position=0)
    assert list(best["Standort"]) == ["Kohlmarkt", "Schlossplatz"]
    assert list(best["Sitzungen je Tag"]) == ["14", "10"]  # 1.234 and 900 sessions over 90 days in operation
    worst = table_with(app, "Sitzungen je Tag", position=3)
    assert worst.iloc[0]["Standort"] == "Kohlmarkt" and worst.iloc[0]["Verfügbarkeit (%)"] == "99,5"


@pytest.fixture(scope="module")
def closed_hotspot_warehouse(warehouse_variant):
    hotspots = [WLAN_HOTSPOTS[0], dict(WLAN_HOTSPOTS[1], in_operation_to="30.06.2026")]
    return warehouse_variant("closed-hotspot", wlan_hotspots=hotspots)


def test_map_shows_hotspots_by_status_on_the_outline_offline(closed_hotspot_warehouse, read_page):
    app = read_page(PAGE, warehouse=closed_hotspot_warehouse, stand=AS_OF)
    assert not app.exception
    assert shown_metrics(app)["Hotspots in Betrieb"] == "1"
    figure = _figure(app, "außer Betrieb")
    assert [trace.name for trace in figure.data] == ["Stadtgrenze", "✔ Hotspots in Betrieb (1)", "✖ außer Betrieb (1)"]
    assert any("© GeoBasis-DE / BKG (2021), Ausschnitt" in a.text for a in figure.layout.annotations)
    assert "http" not in figure.to_json()
    line = _figure(app, "Hotspots am Monatsende").data[0]
    assert _values(line.y)[-1] == 1


# ---- shared time controls and chart downloads -----------------------------------------------------


@pytest.fixture(scope="module")
def usage_warehouse(warehouse_variant):
    """H-001 reports every fifth day from 01.01.2026 to 25.11.2026, 100 + day-of-year sessions a day."""
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(0, 329, 5)]
    usage = [
        dict(
            hotspot_id="H-001",
            usage_date=day.strftime("%d.%m.%Y"),
            sessions=str(100 + day.timetuple().tm_yday),
            unique_devices="50",
            data_volume_gb="1,5",
            availability_pct="99",
        )
        for day in days
    ]
    return warehouse_variant("wlan-usage-every-fifth-day", wlan_usage=usage)


def _usage_chart(app: AppTest):
    return next(
        pio.from_json(c.proto.spec).data[0]
        for c in app.get("plotly_chart")
        if c.proto.id.endswith("wlan_usage_chart") or "wlan_usage_chart" in c.proto.id
    )


def _sessions_by(path, grain: str, start: dt.date) -> dict[str, int]:
    rows = warehouse_rows(
        path,
        "select cast(date_trunc(?, usage_date) as date), sum(sessions) from staging.wlan_usage "
        "where usage_date between ? and ? group by 1 order by 1",
        grain,
        start,
        REFERENCE_DATE,
    )
    return {day.isoformat(): int(sessions) for day, sessions in rows}


def test_last_90_days_by_week_from_the_url_shows_weeks(usage_warehouse, read_page):
    app = read_page(PAGE, warehouse=usage_warehouse, stand=AS_OF, zeitraum="90t", raster="woche")
    assert not app.exception
    assert app.selectbox(key="time_period_choice").value == "90t"
    usage = _usage_chart(app)
    weeks = [dt.date.fromisoformat(x) for x in _values(usage.x)]
    start = dt.date(2026, 8, 24)  # the Monday of the week that holds 29.08.2026, 89 days before the reference date
    assert all(week.weekday() == 0 for week in weeks)  # every point is a Monday: one per week
    assert weeks[0] >= start and weeks[-1] <= REFERENCE_DATE
    assert len(weeks) >= 12
    assert dict(zip(_values(usage.x), _values(usage.y), strict=True)) == _sessions_by(usage_warehouse, "week", start)
    assert json.loads(app.get("plotly_chart")[1].proto.spec)["layout"]["xaxis"]["tickformat"] == "%d.%m.%Y"
    assert any("24.08.2026 – 26.11.2026, je Woche" in c.value for c in app.caption)


def test_period_and_granularity_stay_when_switching_to_handyparken(usage_warehouse, run_page):
    app = run_page(PAGE, warehouse=usage_warehouse, stand=AS_OF, zeitraum="90t", raster="woche")
    app = app.switch_page("pages/parking.py").run()
    assert not app.exception
    assert app.selectbox(key="time_period_choice").value == "90t"
    assert app.get("button_group")[0].value == ["woche"] or app.session_state["time_grain_choice"] == "woche"
    tickets = next(json.loads(c.proto.spec) for c in app.get("plotly_chart") if "parking_tickets_chart" in c.proto.id)
    periods = {str(x)[:10] for trace in tickets["data"] for x in trace["x"]}
    assert periods == {"2026-09-28"}  # the fixture's sessions on Thursday 01.10.2026, in the week from Monday
    assert (app.query_params["zeitraum"], app.query_params["raster"]) == ("90t", "woche")


def test_invalid_granularity_in_the_url_falls_back_to_month(usage_warehouse, read_page):
    app = read_page(PAGE, warehouse=usage_warehouse, stand=AS_OF, raster="xyz")
    assert not app.exception
    assert app.session_state["time_grain_choice"] == "monat"
    months = _values(_usage_chart(app).x)
    assert months and all(month.endswith("-01") for month in months)
    assert months[0] >= "2025-11-01"  # default: the last 12 months


def test_usage_chart_downloads_hold_its_data(usage_warehouse, read_page, downloads):
    app = read_page(PAGE, warehouse=usage_warehouse, stand=AS_OF, zeitraum="3j", raster="jahr")
    buttons = {b.proto.id.rsplit("-", 1)[-1]: b for b in app.get("download_button")}
    csv_button = next(b for key, b in buttons.items() if key.endswith("wlan_usage_chart_csv"))
    content = downloads(csv_button)
    assert content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    lines = content.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:2] == ["Periode ab", "Sitzungen"]
    sessions = _sessions_by(usage_warehouse, "year", REFERENCE_DATE - dt.timedelta(days=3 * 365 - 1))
    usage_as_of = "22.11.2026"  # the last reported use, as the page's Datenstand caption says
    assert any(c.value.endswith(f": {usage_as_of}") for c in app.caption)
    # period, sessions, devices, volume (66 days x 1,5 GB), availability, the data's as-of date
    assert lines[1:] == [f"01.01.2026;{sessions['2026-01-01']};3300;99;99;{usage_as_of}"]
    xlsx_button = next(b for key, b in buttons.items() if key.endswith("wlan_usage_chart_xlsx"))
    workbook = openpyxl.load_workbook(io.BytesIO(downloads(xlsx_button)))
    row = [cell.value for cell in workbook.active[2]]
    assert row[0] == dt.datetime(2026, 1, 1) and row[1] == sessions["2026-01-01"]
