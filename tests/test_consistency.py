"""One number per quantity (issue 11, docs/metrics.md): every surface that shows a quantity (page metric, KPI
card, slide, pack text, export cell) shows the same figure, read as a user reads it and parsed from its German
format. A surface that computes its own figure again makes one of these tests fail.

The fixture warehouse plus the KPIs that name the quantities (phone share, centre coverage, IVENA hospitals)
and a hospital with two sites (the Klinikum counts as one house)."""

import datetime as dt
import io
import re

import pytest
from pptx import Presentation

from cockpit.board.pack import write_pptx
from cockpit.board.slides import build_slides
from cockpit.board.snapshots import open_meeting, prepare_meeting
from cockpit.viewer import Viewer
from common import settings
from tests.conftest import FIXTURE_DATE, shown_metrics, warehouse_rows
from tests.fixture_deliveries import IVENA_FACILITIES, KPI_DEFINITIONS, KPI_VALUES, kpi_definition

STICHTAG = FIXTURE_DATE  # the pages' default Stichtag (the fixture's today) and the meeting's data date


def kpi(kpi_id: str, name: str, unit: str, target: str, cadence: str = "monatlich", computed_from: str = "") -> dict:
    return kpi_definition(kpi_id, name, unit, target, computed_from, cadence=cadence)


DEFINITIONS = [
    *KPI_DEFINITIONS,
    kpi("K-PARK-05", "Anteil der Parkgebühren per Handy", "%", "45", computed_from="Anteil Handyparken"),
    kpi("K-WLAN-02", "Abdeckung der Innenstadt mit freiem WLAN", "%", "80", "quartalsweise"),
    kpi(
        "K-IVENA-06",
        "An IVENA angeschlossene Krankenhäuser",
        "Krankenhäuser",
        "10",
        "quartalsweise",
        "IVENA-Krankenhäuser",
    ),
]
VALUES = [
    *KPI_VALUES,
    # delivered, stale and not what the feeds say: the cockpit computes the phone share itself
    dict(kpi_id="K-PARK-05", period_start="01.05.2026", district_id="", value="45,6"),
    dict(kpi_id="K-WLAN-02", period_start="01.07.2026", district_id="", value="73,6"),
    # delivered as 5 (the sites, say), but the facility feed has two houses: the cockpit counts them itself
    dict(kpi_id="K-IVENA-06", period_start="01.07.2026", district_id="", value="5"),
]
KLINIKUM = dict(IVENA_FACILITIES[0], is_in_city="ja", connected_from="01.01.2020", connected_to="")
FACILITIES = [
    *IVENA_FACILITIES,
    dict(KLINIKUM, facility_id="SKBS-HW", facility="Städtisches Klinikum Braunschweig – Standort Holwedestraße"),
    dict(KLINIKUM, facility_id="SKBS-SA", facility="Städtisches Klinikum Braunschweig – Standort Salzdahlumer Straße"),
]


def german_number(text: str) -> float:
    """'0,7 %' -> 0.7, '320.000 €' -> 320000, '320 T€' -> 320000, '12,4 Mio. €' -> 12400000."""
    found = re.search(r"-?[\d.]+(,\d+)?", text)
    assert found, f"no number in {text!r}"
    value = float(found.group(0).replace(".", "").replace(",", "."))
    if "Mio." in text:
        return value * 1e6
    return value * 1e3 if "T€" in text else value


@pytest.fixture(scope="module")
def warehouse(warehouse_variant):
    return warehouse_variant("consistency", kpi_definitions=DEFINITIONS, kpi_values=VALUES, ivena_facilities=FACILITIES)


@pytest.fixture(scope="module")
def slides(warehouse, tmp_path_factory):
    """The Board's slides for a meeting whose data date is the pages' Stichtag, and its PowerPoint pack's text."""
    folder = tmp_path_factory.mktemp("consistency_meeting")
    previous = settings.WAREHOUSE_PATH
    settings.WAREHOUSE_PATH = warehouse
    try:
        meeting = prepare_meeting(
            "Board 4/2026", dt.date(2026, 12, 9), STICHTAG, Viewer(), warehouse=warehouse, snapshots_dir=folder
        )
        meeting = open_meeting(meeting.slug, Viewer(), snapshots_dir=folder)
        built = build_slides(meeting)
        pack = write_pptx(built, meeting, folder / "board.pptx")
    finally:
        settings.WAREHOUSE_PATH = previous
    return {slide.key: slide for slide in built}, pptx_text(pack)


def pptx_text(path) -> str:
    """Every text of the pack: text frames and table cells, one per line."""
    texts = []
    for slide in Presentation(io.BytesIO(path.read_bytes())).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_table:
                texts += [" | ".join(c.text for c in row.cells) for row in shape.table.rows]
    return "\n".join(texts)


def kpi_slide_value(slides, label: str) -> str:
    table = slides[0]["kpis"].table
    rows = {row.iloc[0]: row.iloc[1] for _, row in table.iterrows()}
    return rows[label]


def kpi_card_values(app) -> dict[str, str]:
    """KPI name -> the 'Letzter Wert' its card shows (cards in catalogue order, every KPI here has a value)."""
    names = [m.value.removeprefix("#### ") for m in app.markdown if m.value.startswith("#### ")]
    values = [m.value for m in app.metric if m.label == "Letzter Wert"]
    assert len(names) == len(values)
    return dict(zip(names, values, strict=True))


def catalogue_export(app, downloads) -> dict[str, dict[str, str]]:
    button = next(b for b in app.get("download_button") if b.proto.label == "Katalog als CSV herunterladen")
    lines = downloads(button).decode("utf-8-sig").splitlines()
    header = lines[0].split(";")
    return {row[1]: dict(zip(header, row, strict=True)) for row in (line.split(";") for line in lines[1:])}


# ---- the seven quantities ------------------------------------------------------------------------


def test_phone_share_is_one_figure_on_kpi_card_page_slide_pack_and_export(warehouse, read_page, slides, downloads):
    catalogue = read_page("pages/kpi_catalogue.py", warehouse=warehouse)
    parking = read_page("pages/parking.py", warehouse=warehouse)
    name = "Anteil der Parkgebühren per Handy"
    page = shown_metrics(parking)[f"{name} 2026"]
    card = kpi_card_values(catalogue)[name]
    slide = kpi_slide_value(slides, f"{name} 2026")
    export = catalogue_export(catalogue, downloads)[name]["Letzter Wert"]
    # fees paid by phone 10,80 € against coins 1.520,40 €: 0,7 %, not the delivered 45,6 %
    assert page == "0,7 %"
    assert german_number(card) == german_number(page)
    assert slide.startswith(f"{page} (Ziel 45 %)")
    assert f"{name} 2026 | {slide}" in slides[1]
    assert round(float(export.replace(",", ".")), 1) == german_number(page)  # the CSV keeps all decimals
    # one status rule: the card's badge word and the slide's status say the same
    status = kpi_slide_value_status(slides, f"{name} 2026")
    assert status == "✖ rot"
    assert any("✖ rot" in m.value for m in catalogue.markdown if "#### " not in m.value)


def kpi_slide_value_status(slides, label: str) -> str:
    table = slides[0]["kpis"].table
    return next(row.iloc[2] for _, row in table.iterrows() if row.iloc[0] == label)


def test_centre_coverage_of_the_page_and_the_kpi_carry_different_names(warehouse, read_page):
    page = shown_metrics(read_page("pages/wlan.py", warehouse=warehouse))
    cards = kpi_card_values(read_page("pages/kpi_catalogue.py", warehouse=warehouse))
    assert cards["Abdeckung der Innenstadt mit freiem WLAN"] == "73,6 %"  # measured reception, as delivered
    assert "Fläche Mitte im 100-m-Umkreis eines Hotspots" in page  # a grid within reach: another quantity
    assert not any("Abdeckung der Innenstadt" in label for label in page)


def test_updated_appropriation_is_one_figure_and_the_original_has_its_own_name(warehouse, read_page, slides):
    overview = shown_metrics(read_page("pages/overview.py", warehouse=warehouse))
    budget = shown_metrics(read_page("pages/budget.py", warehouse=warehouse))
    ((updated, original),) = warehouse_rows(
        warehouse, "select sum(updated_plan_eur), sum(planned_eur) from marts.budget_lines where budget_year = 2026"
    )
    assert german_number(overview["Ansatz 2026 (fortgeschrieben)"]) == updated == 320_000
    assert german_number(budget["Ansatz (fortgeschrieben)"]) == updated
    assert german_number(budget["Ansatz (ursprünglich)"]) == original == 300_000
    assert "Ansatz 2026" not in overview and "Ansatz" not in budget  # no figure without its kind
    assert "Ansatz 2026 (fortgeschrieben): 320.000 €, davon 170.000 € Ist" in slides[0]["portfolio"].bullets
    assert "Verfügbar: 100.000 € von 320.000 € Ansatz (fortgeschrieben)" in slides[0]["budget"].bullets
    assert "Ansatz 2026 (fortgeschrieben): 320.000 €" in slides[1]


def test_money_at_a_funding_deadline_is_the_not_yet_spent_figure_everywhere(warehouse, read_page, slides):
    budget = read_page("pages/budget.py", warehouse=warehouse)
    overview = read_page("pages/overview.py", warehouse=warehouse)
    ((unspent,),) = warehouse_rows(
        warehouse,
        "select unspent_eur from marts.budget_lines_forecast where project_id = 'P-002' and budget_year = 2026",
    )
    deadline_rows = [f.value for f in budget.dataframe if "Noch nicht ausgegeben" in f.value.columns]
    row = deadline_rows[0].set_index("Projekt").loc["P-002 Geodatenportal"]
    assert german_number(row["Noch nicht ausgegeben"]) == unspent == 130_000
    reasons = " ".join(f.value.iloc[0]["Gründe"] for f in overview.dataframe if "Gründe" in f.value.columns)
    assert "Förderfrist 31.12.2026 (Digitalisierung Kommunen): 130.000 € noch nicht ausgegeben" in reasons
    bullet = "Frist 31.12.2026: Digitalisierung Kommunen (P-002), noch nicht ausgegeben 130.000 €"
    assert bullet in slides[0]["budget"].bullets
    assert bullet in slides[1]


def test_ivena_hospitals_count_houses_on_the_page_the_slide_and_the_kpi(warehouse, read_page, slides):
    page = shown_metrics(read_page("pages/emergency_care.py", warehouse=warehouse))
    cards = kpi_card_values(read_page("pages/kpi_catalogue.py", warehouse=warehouse))
    # Marienstift and the Klinikum with two sites: two houses on every surface; the KPI card does not show the
    # delivered 5 but counts the facility feed the way the page does
    assert page["Krankenhäuser angeschlossen"] == "2"
    assert german_number(cards["An IVENA angeschlossene Krankenhäuser"]) == 2
    assert kpi_slide_value(slides, "IVENA: Krankenhäuser / Leitstellen angeschlossen") == "2 / 0"


def test_wlan_use_says_the_date_of_its_last_data_not_the_stichtag(warehouse, read_page):
    app = read_page("pages/wlan.py", warehouse=warehouse)
    captions = [c.value for c in app.caption]
    assert "Datenstand (letzte gemeldete Nutzung): 01.10.2026" in captions  # the last usage day delivered
    assert "Datenstand (letzte gemeldete Nutzung): 26.11.2026" not in captions


def test_high_risk_counts_from_the_same_score_on_the_overview_and_the_risk_slide(warehouse, read_page, slides):
    overview = read_page("pages/overview.py", warehouse=warehouse)
    everything = " ".join(f.value.iloc[0]["Gründe"] for f in overview.dataframe if "Gründe" in f.value.columns)
    assert "neues hohes Risiko „Lieferant fällt aus“ (20)" in everything
    assert "Lieferant fällt aus" in " ".join(str(v) for v in slides[0]["risks"].table.to_numpy().ravel())
