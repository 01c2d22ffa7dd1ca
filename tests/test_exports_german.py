"""Every file a user downloads speaks the viewer's language: German headers in German mode and English ones in
English mode, never a query's snake_case, yes/no as Ja/Nein (Yes/No), delivered German words of enumerations
translated in English mode; and Streamlit's English table toolbar export is switched off."""

import io
import re
import tomllib

import openpyxl
import pytest

from common import settings

PAGES = [
    "pages/project_list.py",
    "pages/kpi_catalogue.py",
    "pages/wlan.py",
    "pages/parking.py",
    "pages/emergency_care.py",
]
SNAKE_CASE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$")
RAW_FLAGS = {"True", "False", "true", "false", "TRUE", "FALSE", "WAHR", "FALSCH"}


def _files(app, downloads) -> dict[str, list[list]]:
    """Every download of the page (CSV and .xlsx) as rows of cells, keyed by the button's id."""
    files = {}
    for button in app.get("download_button"):
        content = downloads(button)
        if content[:2] == b"PK":
            sheet = openpyxl.load_workbook(io.BytesIO(content)).active
            rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        else:
            rows = [line.split(";") for line in content.decode("utf-8-sig").splitlines()]
        files[button.proto.id] = rows
    return files


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_download_has_readable_headers_and_no_raw_flags(read_page, downloads, page, lang):
    app = read_page(page, lang=lang)
    assert not app.exception
    files = _files(app, downloads)
    assert files, f"{page} offers no download"
    for button, rows in files.items():
        headers = rows[0]
        assert all(h.strip() for h in headers), (button, headers)
        assert not [h for h in headers if SNAKE_CASE.match(h) or "_" in h], (button, headers)
        cells = {cell for row in rows[1:] for cell in row}
        assert not cells & RAW_FLAGS, (button, cells & RAW_FLAGS)


def test_the_same_download_is_german_in_german_and_english_in_english(read_page, downloads):
    german = _files(read_page("pages/emergency_care.py", lang="de"), downloads)
    english = _files(read_page("pages/emergency_care.py", lang="en"), downloads)
    [facilities_de] = [rows for button, rows in german.items() if button.endswith("ivena_einrichtungen_table_csv")]
    [facilities_en] = [rows for button, rows in english.items() if button.endswith("ivena_einrichtungen_table_csv")]
    assert facilities_de[0] == [
        "Einrichtung",
        "Art",
        "Im Stadtgebiet",
        "Angeschlossen ab",
        "Angeschlossen bis",
        "Angeschlossen am Stichtag",
        "Datenstand",
    ]
    assert facilities_de[1][1:3] == ["Krankenhaus", "Ja"] and facilities_de[1][-2] == "Ja"
    assert facilities_en[0][:3] == ["Facility", "Type", "In the city"]
    assert facilities_en[1][1:3] == ["Hospital", "Yes"]


def test_yearly_parking_figures_download_as_numbers_with_the_partial_year_as_ja_nein(read_page, downloads):
    files = _files(read_page("pages/parking.py"), downloads)
    [yearly] = [rows for button, rows in files.items() if button.endswith("handyparken_jahreszahlen_table_xlsx")]
    assert yearly[0][:4] == ["Jahr", "Jahr noch nicht vollständig", "Parkscheine", "Parkgebühren per Handy (€)"]
    assert yearly[1][:4] == ["2026", "Ja", "2", "10.8"]  # typed cells: 10,8 € is the number 10.8


def test_project_list_enumerations_are_english_in_english_mode(read_page, downloads):
    files = _files(read_page("pages/project_list.py", lang="en"), downloads)
    assert len(files) == 2  # CSV and Excel
    for listing in files.values():
        header = listing[0]
        phases = {row[header.index("Phase")] for row in listing[1:]}
        priorities = {row[header.index("Priority")] for row in listing[1:]}
        assert phases and phases <= {"Idea", "Planning", "Implementation", "Operation", "Completed", "Cancelled"}
        assert priorities and priorities <= {"high", "medium", "low"}


def test_streamlit_table_toolbar_export_is_off():
    config = tomllib.loads((settings.PROJECT_ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True
