"""The period control ("Zeitraum") drives every time chart of the city-KPI pages: a user who switches from
"letzte 12 Monate" to "seit Beginn" sees the older months appear in the chart and in its download; charts
that are by nature about all years (or about one chosen year or month) say so in their caption."""

import datetime as dt
import json

import pytest

from tests.conftest import plotly_values
from tests.fixture_deliveries import IVENA_ANNOUNCEMENTS, IVENA_SIGNOFFS, PARKING_TRANSACTIONS

STICHTAG = "2026-11-26"  # 12 months: from 01.11.2025 (the window's first whole month) to 26.11.2026
FIRST_MONTH_12M = "2025-11-01"


def _announcement(number: int, day: str) -> dict:
    return IVENA_ANNOUNCEMENTS[0] | {"announcement_id": f"A-{number}", "announced_at": f"{day} 08:30"}


# Parking sessions, announcements (five a month: not suppressed) and sign-offs in 2024, long before the window
OLD_AND_NEW = {
    "parking_transactions": [
        PARKING_TRANSACTIONS[0]
        | {"transaction_id": "T-0", "started_at": "04.03.2024 09:15", "ended_at": "04.03.2024 10:15"},
        *PARKING_TRANSACTIONS,
    ],
    "parking_coin_income": [
        {"machine_id": "PSA-001", "emptied_on": "05.03.2024", "amount_eur": "900,00"},
        {"machine_id": "PSA-001", "emptied_on": "05.10.2026", "amount_eur": "1.520,40"},
    ],
    "ivena_announcements": [
        *[_announcement(n, f"0{n}.02.2024") for n in range(1, 6)],
        *[_announcement(n, f"0{n - 5}.10.2026") for n in range(6, 11)],
    ],
    "ivena_signoffs": [
        IVENA_SIGNOFFS[0] | {"signed_off_from": "03.02.2024 10:00", "signed_off_to": "03.02.2024 12:00"},
        IVENA_SIGNOFFS[0] | {"signed_off_from": "03.10.2026 10:00", "signed_off_to": "03.10.2026 14:30"},
    ],
}

# page -> the keys of its charts that follow the period, each counting whole months
MONTHLY_CHARTS = {
    "pages/wlan.py": ["wlan_over_time"],
    "pages/parking.py": ["parking_share_chart", "parking_channels_chart", "parking_zones_chart"],
    "pages/emergency_care.py": ["emergency_connected_chart", "emergency_by_hospital_chart", "emergency_signoffs_chart"],
}


@pytest.fixture(scope="module")
def old_and_new_warehouse(warehouse_variant):
    return warehouse_variant("periods_old_and_new", **OLD_AND_NEW)


def _chart(app, key: str) -> dict:
    for chart in app.get("plotly_chart"):
        if chart.proto.id.endswith(f"-{key}"):
            return json.loads(chart.proto.spec)
    raise AssertionError(f"no chart {key!r} on the page")


def _first_month(app, key: str) -> str:
    """The earliest x value any trace of the chart draws (a date, as 'YYYY-MM-DD')."""
    spec = _chart(app, key)
    xs = [str(x)[:10] for trace in spec["data"] for x in plotly_values(trace.get("x", []))]
    return min(xs)


def _download_first_date(app, downloads, key: str) -> dt.date:
    """The earliest date in the first column of the chart's CSV download (dates as 31.10.2026)."""
    [button] = [b for b in app.get("download_button") if b.proto.id.endswith(f"-{key}_csv")]
    lines = downloads(button).decode("utf-8-sig").splitlines()[1:]
    return min(dt.datetime.strptime(line.split(";")[0], "%d.%m.%Y").date() for line in lines)


@pytest.mark.parametrize("page", MONTHLY_CHARTS)
def test_every_monthly_chart_follows_the_chosen_period(run_page, downloads, old_and_new_warehouse, page):
    app = run_page(page, warehouse=old_and_new_warehouse, stand=STICHTAG)
    assert not app.exception
    for key in MONTHLY_CHARTS[page]:
        assert _first_month(app, key) >= FIRST_MONTH_12M, key
        assert _download_first_date(app, downloads, key) >= dt.date.fromisoformat(FIRST_MONTH_12M), key
    assert any("01.11.2025 – 26.11.2026, je Monat" in c.value for c in app.caption)

    app.selectbox(key="time_period_choice").set_value("alle").run()
    assert not app.exception
    for key in MONTHLY_CHARTS[page]:
        assert _first_month(app, key) < "2024-12-01", key  # the 2024 rows are back
        assert _download_first_date(app, downloads, key) < dt.date(2024, 12, 1), key


def test_the_zone_reform_line_is_drawn_only_when_its_month_is_in_the_period(run_page, old_and_new_warehouse):
    app = run_page("pages/parking.py", warehouse=old_and_new_warehouse, stand=STICHTAG)
    assert not _lines(_chart(app, "parking_zones_chart"))  # 05.2024 lies before the 12 months
    app.selectbox(key="time_period_choice").set_value("alle").run()
    assert _lines(_chart(app, "parking_zones_chart"))


def _lines(chart: dict) -> list[dict]:
    return [shape for shape in chart["layout"].get("shapes", []) if shape.get("type") == "line"]


def test_a_running_month_is_shaded_and_labelled_not_shown_as_a_fall(run_page):
    """The fixture's parking data end on 01.10.2026: October is still running; its bar stands in a grey band that
    says so."""
    app = run_page("pages/parking.py")
    chart = _chart(app, "parking_zones_chart")
    bands = [shape for shape in chart["layout"].get("shapes", []) if shape.get("type") == "rect"]
    assert len(bands) == 1 and bands[0]["x0"] < "2026-10-01" < bands[0]["x1"]
    labels = [note["text"] for note in chart["layout"].get("annotations", [])]
    assert "Monat läuft noch, Daten bis 01.10.2026" in labels


def test_a_period_without_data_says_so_instead_of_an_empty_chart(run_page, old_and_new_warehouse):
    app = run_page("pages/parking.py", warehouse=old_and_new_warehouse, stand="2025-06-30", zeitraum="90t")
    assert not app.exception
    assert any("keine Daten" in info.value for info in app.info)


@pytest.mark.parametrize(
    ("page", "caption"),
    [
        ("pages/parking.py", "Alle Jahre seit Beginn der Daten – unabhängig vom gewählten Zeitraum."),
        ("pages/parking.py", "Das gewählte Jahr 2026 – unabhängig vom Zeitraum oben."),
        ("pages/emergency_care.py", "Alle Jahre seit Beginn der Daten – unabhängig vom gewählten Zeitraum."),
        ("pages/emergency_care.py", "(feste Kennzahl, unabhängig vom gewählten Zeitraum)"),
    ],
)
def test_charts_that_do_not_follow_the_period_say_so(read_page, page, caption):
    app = read_page(page, stand=STICHTAG)
    assert any(caption in c.value for c in app.caption), caption


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("page", MONTHLY_CHARTS)
def test_every_time_chart_has_a_text_alternative(run_page, old_and_new_warehouse, page, lang):
    app = run_page(page, warehouse=old_and_new_warehouse, stand=STICHTAG, lang=lang)
    words = [c.value for c in app.caption if c.value.startswith("In Worten:" if lang == "de" else "In words:")]
    assert len(words) >= len(MONTHLY_CHARTS[page])
    for key in MONTHLY_CHARTS[page]:
        [chart] = [c for c in app.get("plotly_chart") if c.proto.id.endswith(f"-{key}")]
        assert chart.proto.alt in [w.replace("\\", "") for w in words], key


def test_the_text_alternative_names_the_latest_value_and_the_trend(run_page, old_and_new_warehouse):
    app = run_page("pages/parking.py", warehouse=old_and_new_warehouse, stand=STICHTAG, zeitraum="alle")
    assert any(
        c.value
        == "In Worten: Parkscheine, 01.03.2024 bis 01.10.2026; zuletzt 2 (Monat läuft noch, Daten bis 01.10.2026), "
        "noch kein Vergleich (Anfang: 1)."
        for c in app.caption
    ), [c.value for c in app.caption if "Worten" in c.value]
