"""KPI-Katalog: what the Stabsstelle reads on a KPI card, a stale KPI's badge, and a department's view."""

import io

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import shown_metrics, warehouse_rows
from tests.fixture_deliveries import KPI_DEFINITIONS

PAGE = "pages/kpi_catalogue.py"
AS_OF = "2026-11-26"


def _markdown(app: AppTest) -> str:
    return "\n".join(m.value for m in app.markdown)


def _captions(app: AppTest) -> str:
    return "\n".join(c.value for c in app.caption)


def test_card_shows_the_four_fields_latest_value_status_and_trend(app_warehouse, read_page):
    app = read_page(PAGE, stand=AS_OF)
    assert not app.exception
    latest, previous = (
        warehouse_rows(
            app_warehouse, "select value from staging.kpi_values where kpi_id = 'K-WLAN-01' and district_id is null"
        )[0][0],
        warehouse_rows(
            app_warehouse,
            "select sum(value) from staging.kpi_values where kpi_id = 'K-WLAN-01' and period_start_date = '2021-10-01'",
        )[0][0],
    )
    assert (latest, previous) == (48, 20)
    metrics = shown_metrics(app)
    assert metrics["Kennzahlen"] == "1"
    assert metrics["Letzter Wert"] == "48 Anzahl"
    text = _markdown(app)
    assert "#### WLAN-Hotspots in Betrieb" in text
    assert "**Was wir messen:** Anzahl Hotspots" in text
    assert "**Warum es wichtig ist:** Teilhabe" in text
    assert "**Unser Ziel:** Mehr Hotspots" in text
    assert "**Datum der Messung:** 01.10.2026" in text
    # 48 against a target of 60 is 20 % short: red, as colour, symbol and word
    assert "background:#d73027" in text and "✖ rot" in text
    assert "veraltet" not in text
    captions = _captions(app)
    assert "↑ +28 Anzahl gegenüber 01.10.2021 (besser)" in captions
    assert "Zielwert: 60 Anzahl bis 2027 · höher ist besser · Standard: ITU U4SSC · Turnus: monatlich" in captions
    assert "Stichtag: 26.11.2026" in captions
    assert "- P-001 Freies WLAN in der Innenstadt (BS|ENERGY, Betrieb)" in text


def test_values_per_district_with_old_numbers_mapped(read_page):
    app = read_page(PAGE, stand=AS_OF)
    table = app.dataframe[0].value
    assert len(table) == 12
    mitte = table[table["Stadtbezirk"] == "130 Mitte"].iloc[0]
    assert mitte["Wert (Anzahl)"] == "30"
    assert table[table["Stadtbezirk"] == "221 Weststadt"].iloc[0]["Wert (Anzahl)"] == "–"
    spec = app.get("plotly_chart")[0].proto.spec
    assert "Schematische Kachelkarte" in spec and "http" not in spec
    assert "Periode ab 01.10.2026" in _captions(app)


def test_department_sees_the_kpi_but_not_other_departments_linked_projects(read_page):
    app = read_page(PAGE, scope_units="61", stand=AS_OF)
    assert not app.exception
    assert "#### WLAN-Hotspots in Betrieb" in _markdown(app)
    assert "P-001" not in _markdown(app) and "Freies WLAN" not in _markdown(app)
    assert "Keine verknüpften Projekte in Ihrer Sicht." in _captions(app)
    assert "P-001" not in " ".join(app.selectbox(key="kpi_project").options)


def test_project_filter_and_field_filter(read_page):
    app = read_page(PAGE, stand=AS_OF)
    assert app.selectbox(key="kpi_project").options == ["Alle Projekte", "P-001 Freies WLAN in der Innenstadt"]
    app = read_page(PAGE, stand=AS_OF, hf="Umwelt")
    assert [i.value for i in app.info] == [
        "Für diese Auswahl gibt es keine Daten. Bitte Filter in der Seitenleiste anpassen."
    ]


@pytest.fixture(scope="module")
def stale_warehouse(warehouse_variant):
    """K-OLD monthly with its last value in June 2026 (stale on 26.11.2026); K-YEAR yearly with 2025 (not stale)."""
    definitions = KPI_DEFINITIONS + [
        dict(
            KPI_DEFINITIONS[0],
            kpi_id="K-OLD",
            kpi_name="Alte Kennzahl",
            linked_projects="P-002",
            target_value="10",
            direction="niedriger ist besser",
            standard_reference="",
        ),
        dict(KPI_DEFINITIONS[0], kpi_id="K-YEAR", kpi_name="Jahreskennzahl", cadence="jährlich", linked_projects=""),
    ]
    values = [
        dict(kpi_id="K-WLAN-01", period_start="01.10.2026", district_id="", value="48"),
        dict(kpi_id="K-OLD", period_start="01.05.2026", district_id="", value="12"),
        dict(kpi_id="K-OLD", period_start="01.06.2026", district_id="", value="10,5"),
        dict(kpi_id="K-YEAR", period_start="01.01.2025", district_id="", value="61"),
    ]
    return warehouse_variant("stale-kpi", kpi_definitions=definitions, kpi_values=values)


def test_stale_kpi_shows_its_badge_and_a_fresh_one_does_not(stale_warehouse, read_page):
    app = read_page(PAGE, warehouse=stale_warehouse, stand=AS_OF)
    assert not app.exception
    assert shown_metrics(app)["Veraltet"] == "1"
    cards = _markdown(app).split("#### ")
    old = next(card for card in cards if card.startswith("Alte Kennzahl"))
    yearly = next(card for card in cards if card.startswith("Jahreskennzahl"))
    assert "⏰ veraltet" in old
    assert "⏰ veraltet" not in yearly and "✔ grün" in yearly
    # 10,5 against 10 with 'niedriger ist besser': 5 % above target, so amber
    assert "▲ gelb" in old
    assert [w.value for w in app.warning] == ["Der letzte Wert ist älter, als der Turnus „monatlich“ erlaubt."]
    assert "↓ −1,5 Anzahl gegenüber 01.05.2026 (besser)" in _captions(app)
    assert "Keine Kennzahl dieser Auswahl hat Werte je Stadtbezirk." in [i.value for i in app.info]


def test_district_map_data_downloads_as_csv_and_excel(read_page, downloads):
    app = read_page(PAGE, stand=AS_OF)
    buttons = {b.proto.id.rsplit("kpi_district_map_", 1)[-1]: b for b in app.get("download_button")}
    lines = downloads(buttons["csv"]).decode("utf-8-sig").splitlines()
    assert lines[0] == "Zeitraum ab;Stadtbezirk;Wert (Anzahl);Datenstand" and len(lines) == 13
    assert "01.10.2026;130 Mitte;30;01.10.2026" in lines and "01.10.2026;221 Weststadt;;01.10.2026" in lines
    sheet = openpyxl.load_workbook(io.BytesIO(downloads(buttons["xlsx"]))).active
    mitte = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "130 Mitte")
    assert mitte[2] == 30 and sheet["A2"].number_format == "DD.MM.YYYY"
