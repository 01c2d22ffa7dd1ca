"""Projektliste page: what a Stabsstelle member or a department head reads, searches and downloads."""

import io

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import displayed_table, warehouse_rows

PAGE = "pages/project_list.py"


def _shown(app: AppTest):
    """The table as the viewer reads it: the display values of the styled dataframe."""
    return displayed_table(app.dataframe[0])


def _download(app: AppTest, downloads, label: str) -> bytes:
    return downloads(next(b for b in app.get("download_button") if b.label == label))


def test_every_project_is_listed_with_its_latest_status_in_german_formats(app_warehouse, read_page):
    app = read_page(PAGE)
    assert not app.exception
    shown = _shown(app)
    [(count,)] = warehouse_rows(app_warehouse, "select count(*) from marts.projects")
    assert len(shown) == count == 3
    geo = shown[shown["Nr."] == "P-002"].iloc[0]
    # Oct 2026: the Fachbereich and the Stabsstelle both say red overall; the Stabsstelle's budget is red.
    assert (geo["Status"], geo["Termine"], geo["Budget"]) == ("✖ rot", "✖ rot", "✖ rot")
    assert geo["Beginn (geplant)"] == "01.03.2024"
    assert geo["Ende (geplant)"] == "30.06.2027"
    assert geo["Gesamtbudget"] == "480.000 €"
    assert geo["Fertigstellung"] == "45 %"
    assert geo["Letzter Bericht"] == "10.2026"
    wlan = shown[shown["Nr."] == "P-001"].iloc[0]
    assert wlan["Status"] == "○ kein Bericht"
    assert wlan["Gesamtbudget"] == "1.250.000 €"
    assert wlan["Letzter Bericht"] == "–"


def test_reference_date_takes_the_report_known_at_that_time(read_page):
    # the fixture's reports give no "Gemeldet am": each counts from the last day of its month
    app = read_page(PAGE, stand="2026-10-30")
    geo = _shown(app).set_index("Nr.").loc["P-002"]
    assert geo["Status"] == "✔ grün"
    assert geo["Fertigstellung"] == "40 %"
    assert geo["Letzter Bericht"] == "09.2026"
    assert _shown(read_page(PAGE, stand="2026-10-31")).set_index("Nr.").loc["P-002"]["Letzter Bericht"] == "10.2026"
    before = read_page(PAGE, stand="2026-09-29")
    assert _shown(before).set_index("Nr.").loc["P-002"]["Status"] == "○ kein Bericht"


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("GEODATEN", ["P-002"]),
        ("bs|energy", ["P-001"]),
        ("stabsstelle", ["P-001"]),
        ("p-003", ["P-003"]),
        ("schulen digital", ["P-003"]),
    ],
)
def test_search_finds_id_title_summary_lead_unit_and_partners_ignoring_case(search, expected, read_page):
    app = read_page(PAGE, projects_search=search)
    assert not app.exception
    assert list(_shown(app)["Nr."]) == expected


def test_a_search_without_match_says_so(read_page):
    app = read_page(PAGE, projects_search="Straßenbahn")
    assert not app.dataframe
    assert "Straßenbahn" in app.info[0].value


def test_global_filter_on_a_secondary_field_of_action(read_page):
    app = read_page(PAGE, hf="Umwelt")
    assert list(_shown(app)["Nr."]) == ["P-002"]


def test_csv_download_holds_exactly_the_shown_table(downloads, read_page):
    app = read_page(PAGE, projects_search="p-00")
    shown = _shown(app)
    data = _download(app, downloads, "Als CSV herunterladen")
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0].split(";") == [*shown.columns, "Datenstand"]  # the download's as-of date last
    assert [line.split(";")[:-1] for line in lines[1:] if line] == shown.astype(str).values.tolist()
    assert {line.split(";")[-1] for line in lines[1:] if line} == {"26.11.2026"}
    assert "P-002;Geodatenportal" in lines[1 + list(shown["Nr."]).index("P-002")]


def test_excel_download_has_typed_cells_in_the_shown_order(downloads, read_page):
    app = read_page(PAGE)
    shown = _shown(app)
    sheet = openpyxl.load_workbook(io.BytesIO(_download(app, downloads, "Als Excel herunterladen"))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [*shown.columns, "Datenstand"]
    assert [r[3] for r in rows[1:]] == list(shown["Nr."])
    geo_row = 2 + list(shown["Nr."]).index("P-002")
    budget = sheet.cell(geo_row, 14)
    assert budget.value == 480000 and budget.number_format == '#,##0 "€"'
    assert sheet.cell(geo_row, 13).value == pytest.approx(0.45)
    assert sheet.cell(geo_row, 11).number_format == "DD.MM.YYYY"
    assert sheet.cell(geo_row, 11).value.strftime("%d.%m.%Y") == "01.03.2024"


def test_department_scope_sees_only_its_projects_in_table_and_downloads(downloads, read_page):
    app = read_page(PAGE, scope_units="61")
    assert not app.exception
    assert list(_shown(app)["Nr."]) == ["P-002"]
    csv_text = _download(app, downloads, "Als CSV herunterladen").decode("utf-8-sig")
    assert "P-002" in csv_text and "P-001" not in csv_text and "WLAN" not in csv_text
    sheet = openpyxl.load_workbook(io.BytesIO(_download(app, downloads, "Als Excel herunterladen"))).active
    assert [r[3] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["P-002"]


def test_department_scope_cannot_widen_by_url_filter(read_page):
    app = read_page(PAGE, scope_units="61", fb="BSE", projects_search="wlan")
    assert "WLAN" not in str([d.value for d in app.dataframe])
    assert app.info  # no match: said in words


def test_english_headers_and_status_words(read_page):
    app = read_page(PAGE, lang="en")
    shown = _shown(app)
    assert "Total budget" in shown.columns
    assert shown.set_index("No.").loc["P-002", "Status"] == "✖ red"
