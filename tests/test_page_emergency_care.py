"""Notfallversorgung page: the IVENA network as a Stabsstelle member reads it.

Fixture: one hospital KH-MST (Krankenhaus Marienstift, connected since 01.01.2020), one announcement
on 02.01.2026 with urgency 1, one sign-off of 4,5 h on 03.01.2026. A single announcement by hospital
and day must never be shown as a number: it reads '<5'.
"""

import base64
import json

import duckdb
import numpy as np
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from cockpit import config
from cockpit.config import PROJECT_ROOT
from etl.load import load
from tests.conftest import FIXTURE_DATE
from tests.fixture_deliveries import IVENA_FACILITIES, write_fixture


def _run(**query_params) -> AppTest:
    app = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=60)
    for key, value in query_params.items():
        app.query_params[key] = value
    app.run()
    return app.switch_page("pages/emergency_care.py").run()


def _table(app: AppTest, *columns: str):
    for frame in app.dataframe:
        if set(columns) <= set(frame.value.columns):
            return frame.value
    raise AssertionError(f"no table with columns {columns!r}")


def _values(data) -> list:
    """Plotly sends numeric arrays as base64 typed arrays ({'dtype', 'bdata'}); lists stay lists."""
    if isinstance(data, dict) and "bdata" in data:
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"]).tolist()
    return list(data)


def _charts(app: AppTest) -> list[dict]:
    return [json.loads(c.proto.spec) for c in app.get("plotly_chart")]


def test_headline_figures_match_sql(app_warehouse):
    app = _run()
    assert not app.exception
    con = duckdb.connect(str(app_warehouse), read_only=True)
    hours = con.execute("select sum(signed_off_hours) from marts.ivena_signoffs_daily").fetchone()[0]
    announcements = con.execute("select sum(announcements) from marts.ivena_announcements_daily").fetchone()[0]
    con.close()
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Krankenhäuser angeschlossen"] == "1"
    assert metrics["Leitstellen angeschlossen"] == "0"
    assert metrics["Voranmeldungen (12 Monate)"] == str(announcements) == "1"
    assert hours == 4.5 and metrics["Abmeldestunden (12 Monate)"] == "4,5"
    assert "Datenstand IVENA (letzte Voranmeldung): 02.01.2026" in [c.value for c in app.caption]


def test_single_announcement_by_hospital_and_day_shows_as_below_five(app_warehouse):
    app = _run()
    daily = _table(app, "Tag", "Klinik", "Voranmeldungen")
    assert daily.to_dict("records") == [
        {"Tag": "02.01.2026", "Klinik": "Krankenhaus Marienstift", "Voranmeldungen": "<5"}
    ]
    heat = next(c for c in _charts(app) if c["data"][0]["type"] == "heatmap")["data"][0]
    assert heat["text"] == ["<5"]
    assert all(v is None or v != v for v in _values(heat["z"]))  # no number in the chart either


def test_monthly_breakdown_by_hospital_leaves_small_counts_out(app_warehouse):
    app = _run()
    assert "Ausgeblendete Monatswerte unter 5: 1." in [c.value for c in app.caption]
    hospital_lines = [
        t
        for c in _charts(app)
        for t in c["data"]
        if t.get("legendgroup") == "Krankenhaus Marienstift"
        and t["type"] == "scatter"
        and c["layout"].get("yaxis", {}).get("title", {}).get("text") == "Voranmeldungen"
    ]
    assert hospital_lines == []


def test_urgency_per_month_counts_the_whole_network(app_warehouse):
    app = _run()
    bars = {
        t["name"]: _values(t["y"])
        for c in _charts(app)
        for t in c["data"]
        if t["type"] == "bar" and t["name"].startswith(("1 ", "2 ", "3 "))
    }
    assert bars == {"1 hoch": [1.0]}  # one announcement of urgency 1, none of 2 or 3


def test_facilities_and_sign_off_hours_by_hospital(app_warehouse):
    app = _run()
    facilities = _table(app, "Einrichtung", "Angeschlossen ab")
    assert facilities.iloc[0].to_dict() == {
        "Einrichtung": "Krankenhaus Marienstift",
        "Art": "Krankenhaus",
        "Im Stadtgebiet": "ja",
        "Angeschlossen ab": "01.01.2020",
        "Angeschlossen bis": "–",
        "Stand": "✔ angeschlossen",
    }
    signoffs = _table(app, "Abmeldestunden")
    assert signoffs.to_dict("records") == [
        {"Jahr": "2026", "Klinik": "Krankenhaus Marienstift", "Abmeldungen": "1", "Abmeldestunden": "4,5"}
    ]


def test_no_complete_month_and_no_closure_comparison_are_said_in_words(app_warehouse):
    app = _run()
    infos = [i.value for i in app.info]
    assert "Noch kein vollständiger Monat bis zum Stichtag." in infos
    assert "Keine Voranmeldungen in den Vergleichszeiträumen." in infos


@pytest.fixture
def busy_day_warehouse(tmp_path, monkeypatch):
    """Six announcements at Marienstift on 05.01.2026, two at a second hospital; Holwedestraße closed."""
    facilities = IVENA_FACILITIES + [
        dict(
            facility_id="KH-HW",
            facility="Klinikum Holwedestraße",
            facility_type="Krankenhaus",
            is_in_city="ja",
            connected_from="01.01.2020",
            connected_to="11.12.2024",
        )
    ]
    announcements = [
        dict(
            announcement_id=f"A-{n}",
            announced_at=f"05.01.2026 {8 + n:02d}:00",
            facility_id="KH-MST",
            department="Innere Medizin",
            pzc="411-80-3",
            urgency="3",
            flags="",
        )
        for n in range(6)
    ] + [
        dict(
            announcement_id=f"B-{n}",
            announced_at=f"05.01.2026 {8 + n:02d}:30",
            facility_id="KH-HW",
            department="Innere Medizin",
            pzc="411-80-2",
            urgency="2",
            flags="",
        )
        for n in range(2)
    ]
    source = write_fixture(tmp_path / "src", ivena_facilities=facilities, ivena_announcements=announcements)
    path = tmp_path / "warehouse.duckdb"
    load(source, path, FIXTURE_DATE)
    monkeypatch.setattr(config, "WAREHOUSE_PATH", path)
    return path


def test_counts_of_five_and_more_are_shown_and_smaller_ones_suppressed(busy_day_warehouse):
    app = _run()
    assert not app.exception
    daily = _table(app, "Tag", "Klinik", "Voranmeldungen")
    shown = dict(zip(daily["Klinik"], daily["Voranmeldungen"], strict=True))
    assert shown == {"Krankenhaus Marienstift": "6", "Klinikum Holwedestraße": "<5"}
    facilities = _table(app, "Einrichtung", "Stand")
    assert facilities[facilities["Einrichtung"] == "Klinikum Holwedestraße"].iloc[0]["Stand"] == "○ beendet"
    assert {m.label: m.value for m in app.metric}["Krankenhäuser angeschlossen"] == "1"


def test_english_interface_from_the_url(app_warehouse):
    app = _run(lang="en")
    assert not app.exception
    assert app.title[0].value == "Emergency care"
    assert "Hospitals connected" in {m.label for m in app.metric}
    assert _table(app, "Day", "Hospital", "Announcements")["Announcements"].tolist() == ["<5"]


def test_department_scope_sees_the_same_network(app_warehouse, monkeypatch):
    monkeypatch.setenv("COCKPIT_SCOPE_UNITS", "61")
    app = _run()
    assert not app.exception
    assert {m.label: m.value for m in app.metric}["Krankenhäuser angeschlossen"] == "1"


def test_reference_date_before_any_announcement_says_so_in_words(app_warehouse):
    app = _run(stand="2025-12-31")
    assert not app.exception
    assert [i.value for i in app.info] == ["Bis zum Stichtag liegen keine IVENA-Voranmeldungen vor."]
    assert not app.get("plotly_chart")


class RecordingMediaStorage(MemoryMediaFileStorage):
    """Streamlit's in-memory media storage that remembers itself, so a test can read download bytes."""

    latest: "RecordingMediaStorage | None" = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        RecordingMediaStorage.latest = self


def test_urgency_follows_the_shared_period_and_granularity(app_warehouse):
    app = _run(stand="2026-11-26", raster="woche")
    urgency = next(c for c in app.get("plotly_chart") if "emergency_urgency_chart" in c.proto.id)
    bars = json.loads(urgency.proto.spec)["data"]
    assert [str(x)[:10] for trace in bars for x in trace["x"]] == ["2025-12-29"]  # Friday 02.01.2026's week
    assert any("24.11.2025 – 26.11.2026, je Woche" in c.value for c in app.caption)
    app = _run(stand="2026-11-26", zeitraum="90t")  # no announcement in the 90 days before the reference date
    assert not [c for c in app.get("plotly_chart") if "emergency_urgency_chart" in c.proto.id]
    assert any("Im gewählten Zeitraum gibt es keine Daten" in i.value for i in app.info)


def test_downloaded_day_by_hospital_data_keeps_small_counts_hidden(app_warehouse, monkeypatch):
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", RecordingMediaStorage)
    app = _run()
    button = next(b for b in app.get("download_button") if b.proto.id.endswith("emergency_daily_chart_csv"))
    content = RecordingMediaStorage.latest.get_file(button.proto.url.rsplit("/", 1)[1]).content
    assert content.decode("utf-8-sig").splitlines() == [
        "Tag;Klinik;Voranmeldungen",
        "02.01.2026;Krankenhaus Marienstift;<5",
    ]
