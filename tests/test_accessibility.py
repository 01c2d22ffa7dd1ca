"""Accessible and German to the edge (issue 11, item 8): status text at WCAG AA contrast, scroll boxes that say how
many rows they hold, and downloads with the viewer's headers and Ja/Nein. (`<html lang>` is checked in Chromium,
tests/test_browser.py.)"""

import csv
import io
import re

import pytest
from streamlit.testing.v1 import AppTest

from cockpit.presentation import STATUS_COLOURS, STATUS_TEXT_COLOURS, contrast_ratio, text_colour_on

WHITE = "#ffffff"
AA_NORMAL_TEXT = 4.5


def test_contrast_ratio_matches_the_wcag_examples():
    assert contrast_ratio("#000000", WHITE) == pytest.approx(21)
    assert contrast_ratio("#777777", WHITE) == pytest.approx(4.48, abs=0.01)  # the classic 'just fails AA' grey
    assert contrast_ratio(WHITE, WHITE) == pytest.approx(1)


@pytest.mark.parametrize("status", list(STATUS_TEXT_COLOURS))
def test_status_text_reads_at_aa_contrast_on_the_page(status):
    assert contrast_ratio(STATUS_TEXT_COLOURS[status], WHITE) >= AA_NORMAL_TEXT


def test_the_amber_fill_is_too_light_for_text_so_text_takes_the_darker_amber():
    assert contrast_ratio(STATUS_COLOURS["gelb"], WHITE) < 3  # fine for a fill, not for text
    assert contrast_ratio(STATUS_TEXT_COLOURS["gelb"], WHITE) >= AA_NORMAL_TEXT


@pytest.mark.parametrize("status", list(STATUS_COLOURS))
def test_text_on_a_status_fill_reads_at_aa_contrast(status):
    fill = STATUS_COLOURS[status]
    assert contrast_ratio(text_colour_on(fill), fill) >= AA_NORMAL_TEXT


def test_a_status_word_under_a_metric_is_written_in_the_readable_amber():
    def script():
        import streamlit as st

        from cockpit.views.parking import status_metric

        status_metric(st, "Anteil Handyparken: Ziel 2026", "45 %", "gelb")

    app = AppTest.from_function(script, default_timeout=60).run()
    assert not app.exception
    (word,) = [m.value for m in app.markdown if "gelb" in m.value]
    (colour,) = re.findall(r"color:(#[0-9a-fA-F]{6})", word)
    assert colour == STATUS_TEXT_COLOURS["gelb"]
    assert contrast_ratio(colour, WHITE) >= AA_NORMAL_TEXT


# ---- scroll boxes ----------------------------------------------------------------------------------------------


def _table_script(rows: int, height: int | None, lang: str = "de") -> AppTest:
    def script(rows, height, lang):
        import pandas as pd
        import streamlit as st

        from cockpit.ui.tables import show_table

        st.query_params["lang"] = lang
        show_table(pd.DataFrame({"Zeile": range(rows)}), height=height)

    return AppTest.from_function(script, args=(rows, height, lang), default_timeout=60)


@pytest.mark.parametrize(
    ("rows", "height", "caption"),
    [
        (14, None, "10 von 14 Zeilen sichtbar – scrollen für alle"),  # Streamlit's default box: ten rows
        (40, 38 + 20 * 35, "20 von 40 Zeilen sichtbar – scrollen für alle"),  # the Projektliste's box
        (10, None, None),
        (12, 38 + 12 * 35, None),
    ],
)
def test_a_scroll_box_says_how_many_of_its_rows_are_visible(rows, height, caption):
    app = _table_script(rows, height).run()
    assert not app.exception
    assert [c.value for c in app.caption] == ([caption] if caption else [])


def test_the_scroll_box_caption_in_english():
    app = _table_script(12, None, "en").run()
    assert [c.value for c in app.caption] == ["10 of 12 rows visible – scroll for all"]


# ---- downloads ---------------------------------------------------------------------------------------------------


def _download(app, label: str, downloads) -> list[list[str]]:
    button = next(b for b in app.get("download_button") if b.label == label)
    return list(csv.reader(io.StringIO(downloads(button).decode("utf-8-sig")), delimiter=";"))


def test_the_kpi_catalogue_csv_has_german_headers_and_ja_nein(read_page, downloads):
    app = read_page("pages/kpi_catalogue.py", stand="2026-11-26")
    assert not app.exception
    header, *rows = _download(app, "Katalog als CSV herunterladen", downloads)
    assert header[:3] == ["ID", "Kennzahl", "Was wir messen"]
    assert {"Höher ist besser", "Veraltet", "Status", "Handlungsfeld", "Letzter Wert"} <= set(header)
    assert not [h for h in header if re.fullmatch(r"[a-z_]+", h)], "no snake_case headers"
    flags = [row[header.index(h)] for row in rows for h in ("Höher ist besser", "Veraltet", "Werte je Stadtbezirk")]
    assert flags and set(flags) <= {"Ja", "Nein"}
    assert not any(cell in ("True", "False") for row in rows for cell in row)
    assert set(row[header.index("Status")] for row in rows) <= {"grün", "gelb", "rot", ""}


def test_the_kpi_catalogue_csv_in_english(read_page, downloads):
    app = read_page("pages/kpi_catalogue.py", stand="2026-11-26", lang="en")
    header, *rows = _download(app, "Download catalogue as CSV", downloads)
    assert header[:3] == ["ID", "KPI", "What we measure"]
    assert set(row[header.index("Stale")] for row in rows) <= {"Yes", "No"}
