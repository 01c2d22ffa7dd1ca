"""Notfallversorgung page: the IVENA network as a Stabsstelle member reads it.

Fixture: one hospital KH-MST (Krankenhaus Marienstift, connected since 01.01.2020), one announcement
on 02.01.2026 with urgency 1, one sign-off of 4,5 h on 03.01.2026. A single announcement by hospital
and day must never be shown as a number: it reads '<5'.
"""

import json

import pytest

from tests.conftest import chart_specs, plotly_values, shown_metrics, table_with, warehouse_rows
from tests.fixture_deliveries import IVENA_FACILITIES

PAGE = "pages/emergency_care.py"


def test_headline_figures_match_sql(app_warehouse, read_page):
    app = read_page(PAGE)
    assert not app.exception
    [(hours,)] = warehouse_rows(app_warehouse, "select sum(signed_off_hours) from marts.ivena_signoffs_daily")
    [(announcements,)] = warehouse_rows(app_warehouse, "select sum(announcements) from marts.ivena_announcements_daily")
    metrics = shown_metrics(app)
    assert metrics["Krankenhäuser angeschlossen"] == "1"
    assert metrics["Leitstellen angeschlossen"] == "0"
    assert metrics["Voranmeldungen (12 Monate)"] == str(announcements) == "1"
    assert hours == 4.5 and metrics["Abmeldestunden (12 Monate)"] == "4,5"
    assert "Datenstand IVENA (letzte Voranmeldung): 02.01.2026" in [c.value for c in app.caption]


def test_single_announcement_by_hospital_and_day_shows_as_below_five(read_page):
    app = read_page(PAGE)
    daily = table_with(app, "Tag", "Klinik", "Voranmeldungen")
    assert daily.to_dict("records") == [
        {"Tag": "02.01.2026", "Klinik": "Krankenhaus Marienstift", "Voranmeldungen": "<5"}
    ]
    heat = next(c for c in chart_specs(app) if c["data"][0]["type"] == "heatmap")["data"][0]
    assert heat["text"] == ["<5"]
    assert all(v is None or v != v for v in plotly_values(heat["z"]))  # no number in the chart either


def test_monthly_breakdown_by_hospital_leaves_small_counts_out(read_page):
    app = read_page(PAGE)
    assert "Ausgeblendete Monatswerte unter 5: 1." in [c.value for c in app.caption]
    hospital_lines = [
        t
        for c in chart_specs(app)
        for t in c["data"]
        if t.get("legendgroup") == "Krankenhaus Marienstift"
        and t["type"] == "scatter"
        and c["layout"].get("yaxis", {}).get("title", {}).get("text") == "Voranmeldungen"
    ]
    assert hospital_lines == []


def test_urgency_per_month_counts_the_whole_network(read_page):
    app = read_page(PAGE)
    bars = {
        t["name"]: plotly_values(t["y"])
        for c in chart_specs(app)
        for t in c["data"]
        if t["type"] == "bar" and t["name"].startswith(("1 ", "2 ", "3 "))
    }
    assert bars == {"1 hoch": [1.0]}  # one announcement of urgency 1, none of 2 or 3


def test_facilities_and_sign_off_hours_by_hospital(read_page):
    app = read_page(PAGE)
    facilities = table_with(app, "Einrichtung", "Angeschlossen ab")
    assert facilities.iloc[0].to_dict() == {
        "Einrichtung": "Krankenhaus Marienstift",
        "Art": "Krankenhaus",
        "Im Stadtgebiet": "ja",
        "Angeschlossen ab": "01.01.2020",
        "Angeschlossen bis": "–",
        "Stand": "✔ angeschlossen",
    }
    signoffs = table_with(app, "Abmeldestunden")
    assert signoffs.to_dict("records") == [
        {"Jahr": "2026", "Klinik": "Krankenhaus Marienstift", "Abmeldungen": "1", "Abmeldestunden": "4,5"}
    ]


def test_no_complete_month_and_no_closure_comparison_are_said_in_words(read_page):
    app = read_page(PAGE)
    infos = [i.value for i in app.info]
    assert "Noch kein vollständiger Monat bis zum Stichtag." in infos
    assert "Keine Voranmeldungen in den Vergleichszeiträumen." in infos


@pytest.fixture(scope="module")
def busy_day_warehouse(warehouse_variant):
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
    return warehouse_variant("ivena-busy-day", ivena_facilities=facilities, ivena_announcements=announcements)


def test_counts_of_five_and_more_are_shown_and_smaller_ones_suppressed(busy_day_warehouse, read_page):
    app = read_page(PAGE, warehouse=busy_day_warehouse)
    assert not app.exception
    daily = table_with(app, "Tag", "Klinik", "Voranmeldungen")
    shown = dict(zip(daily["Klinik"], daily["Voranmeldungen"], strict=True))
    assert shown == {"Krankenhaus Marienstift": "6", "Klinikum Holwedestraße": "<5"}
    facilities = table_with(app, "Einrichtung", "Stand")
    assert facilities[facilities["Einrichtung"] == "Klinikum Holwedestraße"].iloc[0]["Stand"] == "○ beendet"
    assert shown_metrics(app)["Krankenhäuser angeschlossen"] == "1"


def test_english_interface_from_the_url(read_page):
    app = read_page(PAGE, lang="en")
    assert not app.exception
    assert app.title[0].value == "Emergency care"
    assert "Hospitals connected" in {m.label for m in app.metric}
    assert table_with(app, "Day", "Hospital", "Announcements")["Announcements"].tolist() == ["<5"]


def test_department_scope_sees_the_same_network(read_page):
    app = read_page(PAGE, scope_units="61")
    assert not app.exception
    assert shown_metrics(app)["Krankenhäuser angeschlossen"] == "1"


def test_reference_date_before_any_announcement_says_so_in_words(read_page):
    app = read_page(PAGE, stand="2025-12-31")
    assert not app.exception
    assert [i.value for i in app.info] == ["Bis zum Stichtag liegen keine IVENA-Voranmeldungen vor."]
    assert not app.get("plotly_chart")


def test_urgency_follows_the_shared_period_and_granularity(read_page):
    app = read_page(PAGE, stand="2026-11-26", raster="woche")
    urgency = next(c for c in app.get("plotly_chart") if "emergency_urgency_chart" in c.proto.id)
    bars = json.loads(urgency.proto.spec)["data"]
    assert [str(x)[:10] for trace in bars for x in trace["x"]] == ["2025-12-29"]  # Friday 02.01.2026's week
    assert any("24.11.2025 – 26.11.2026, je Woche" in c.value for c in app.caption)
    # no announcement in the 90 days before the reference date
    app = read_page(PAGE, stand="2026-11-26", zeitraum="90t")
    assert not [c for c in app.get("plotly_chart") if "emergency_urgency_chart" in c.proto.id]
    assert any("Im gewählten Zeitraum gibt es keine Daten" in i.value for i in app.info)


def test_downloaded_day_by_hospital_data_keeps_small_counts_hidden(read_page, downloads):
    app = read_page(PAGE)
    button = next(b for b in app.get("download_button") if b.proto.id.endswith("emergency_daily_chart_csv"))
    content = downloads(button)
    assert content.decode("utf-8-sig").splitlines() == [
        "Tag;Klinik;Voranmeldungen;Datenstand",
        "02.01.2026;Krankenhaus Marienstift;<5;02.01.2026",
    ]
