"""WLAN page: hotspots in operation, use by granularity, coverage, best hotspots and the offline map."""

import base64
import json

import duckdb
import numpy as np
import plotly.io as pio
import pytest
from streamlit.testing.v1 import AppTest

from cockpit import config
from cockpit.config import PROJECT_ROOT
from etl.load import load
from tests.conftest import FIXTURE_DATE
from tests.fixture_deliveries import WLAN_HOTSPOTS, write_fixture


def _run(session_state: dict | None = None) -> AppTest:
    app = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=60)
    app.query_params["stand"] = "2026-11-26"
    app.run()
    app = app.switch_page("pages/wlan.py")
    for key, value in (session_state or {}).items():
        app.session_state[key] = value
    return app.run()


def _figure(app: AppTest, name: str):
    """The first chart whose data or layout mentions name, as a plotly Figure."""
    for chart in app.get("plotly_chart"):
        figure = pio.from_json(chart.proto.spec)
        if name in json.dumps(json.loads(chart.proto.spec), ensure_ascii=False):
            return figure
    raise AssertionError(f"no chart with {name!r}")


def _values(array) -> list:
    """Plotly sends numeric arrays base64-encoded ({'dtype', 'bdata'}); dates as strings."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return [str(v)[:10] if isinstance(v, str) else v for v in array]


def _table(app: AppTest, column: str, position: int = 0):
    """The position-th table that has this column."""
    return [d.value for d in app.dataframe if column in d.value.columns][position]


def test_headline_figures(app_warehouse):
    app = _run()
    assert not app.exception
    con = duckdb.connect(str(app_warehouse), read_only=True)
    sessions, availability = con.execute(
        "select sum(sessions), avg(availability_pct) from staging.wlan_usage where usage_date = '2026-10-01'"
    ).fetchone()
    con.close()
    assert (sessions, availability) == (2134, 99.75)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Hotspots in Betrieb"] == "2"
    assert metrics["Sitzungen je Tag (90 Tage)"] == "2.134"  # one day with data in the 90 days
    assert metrics["Verfügbarkeit (90 Tage)"] == "99,8 %"
    assert metrics["Innenstadt (Mitte) in Reichweite"] not in ("0,0 %", "–")


def test_usage_by_year_and_by_day(app_warehouse):
    app = _run({"wlan_grain": "year", "wlan_period": "all"})
    usage = _figure(app, "Sitzungen").data[0]
    assert _values(usage.y) == [2134] and _values(usage.x) == ["2026-01-01"]
    app = _run({"wlan_grain": "day", "wlan_measure": "data_volume_gb"})
    volume = _figure(app, "Datenvolumen").data[0]
    assert _values(volume.x) == ["2026-10-01"] and _values(volume.y) == [20.75]


def test_hotspots_in_operation_per_month_since_april_2016(app_warehouse):
    app = _run()
    line = _figure(app, "Hotspots am Monatsende").data[0]
    months, counts = _values(line.x), _values(line.y)
    assert months[0] == "2016-04-01" and counts[0] == 2 and counts[-1] == 2
    assert months[-1] == "2026-10-01"  # the last month with data (usage on 01.10.2026)


def test_coverage_table_names_every_district_and_outside_mitte_nothing_is_reached(app_warehouse):
    app = _run()
    table = _table(app, "Anteil in Reichweite")
    assert len(table) == 12
    others = table[table["Stadtbezirk"] != "130 Mitte"]
    assert set(others["Anteil in Reichweite"]) == {"0,0 %"}
    mitte = table[table["Stadtbezirk"] == "130 Mitte"].iloc[0]
    assert mitte["Hotspots in Betrieb"] == 2
    assert mitte["Anteil in Reichweite"] == {m.label: m.value for m in app.metric}["Innenstadt (Mitte) in Reichweite"]
    assert any("höchstens 100 m" in c.value for c in app.caption)


def test_best_hotspot_by_sessions_per_day_in_operation(app_warehouse):
    app = _run()
    best = _table(app, "Sitzungen je Tag", 0)
    assert list(best["Standort"]) == ["Kohlmarkt", "Schlossplatz"]
    assert list(best["Sitzungen je Tag"]) == ["14", "10"]  # 1.234 and 900 sessions over 90 days in operation
    worst = _table(app, "Sitzungen je Tag", 3)
    assert worst.iloc[0]["Standort"] == "Kohlmarkt" and worst.iloc[0]["Verfügbarkeit (%)"] == "99,5"


@pytest.fixture
def closed_hotspot_warehouse(tmp_path, monkeypatch):
    hotspots = [WLAN_HOTSPOTS[0], dict(WLAN_HOTSPOTS[1], in_operation_to="30.06.2026")]
    source = write_fixture(tmp_path / "src", wlan_hotspots=hotspots)
    path = tmp_path / "warehouse.duckdb"
    load(source, path, FIXTURE_DATE)
    monkeypatch.setattr(config, "WAREHOUSE_PATH", path)
    return path


def test_map_shows_hotspots_by_status_on_the_outline_offline(closed_hotspot_warehouse):
    app = _run()
    assert not app.exception
    assert {m.label: m.value for m in app.metric}["Hotspots in Betrieb"] == "1"
    figure = _figure(app, "außer Betrieb")
    assert [trace.name for trace in figure.data] == ["Stadtgrenze", "✔ Hotspots in Betrieb (1)", "✖ außer Betrieb (1)"]
    assert any("© GeoBasis-DE / BKG (2021), Ausschnitt" in a.text for a in figure.layout.annotations)
    assert "http" not in figure.to_json()
    line = _figure(app, "Hotspots am Monatsende").data[0]
    assert _values(line.y)[-1] == 1
