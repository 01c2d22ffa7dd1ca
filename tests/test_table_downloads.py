"""Every table a user takes away has the cockpit's own CSV and Excel buttons (Streamlit's English table toolbar
export is off): each page and role finds its table's CSV button, and the file's header row is the viewer's
language, never a query's snake_case; the Board's projector page stays free of table buttons."""

import io

import openpyxl
import pytest

PROFILE, P_002 = "pages/project_profile.py", {"projekt": "P-002"}
# (page, user, query parameters, file stem of each table's download, the German and English first header)
TABLES = [
    ("pages/budget.py", "cdo", {}, "budget_nach_federfuehrung", "Federführung", "Lead unit"),
    ("pages/budget.py", "cdo", {}, "budget_nach_handlungsfeld", "Handlungsfeld", "Field of action"),
    ("pages/budget.py", "cdo", {}, "budget_nach_jahr", "Jahr", "Year"),
    ("pages/budget.py", "cdo", {}, "budget_nach_art", "Art", "Type"),
    ("pages/budget.py", "cdo", {}, "budget_foerderprogramme", "Finanzierung", "Funding"),
    ("pages/budget.py", "cdo", {}, "budget_foerderfristen", "Förderfrist", "Funding deadline"),
    ("pages/budget.py", "cdo", {}, "budget_prognose", "Federführung", "Lead unit"),
    ("pages/overview.py", "cdo", {}, "handlungsbedarf", "Punkte", "Points"),
    ("pages/overview.py", "cdo", {}, "handlungsfelder_abdeckung", "Handlungsfeld", "Field of action"),
    ("pages/overview.py", "cdo", {}, "statusaenderungen", "Veränderung", "Change"),
    ("pages/overview.py", "cdo", {}, "neue_hohe_risiken", "Projekt", "Project"),
    ("pages/data_status.py", "cdo", {}, "datenstand_lieferungen", "Lieferung", "Delivery"),
    ("pages/data_status.py", "cdo", {}, "datenstand_ladelaeufe", "Ende", "Finished"),
    ("pages/data_status.py", "cdo", {}, "zugriffsprotokoll", "Zeitpunkt", "Time"),
    ("pages/data_status.py", "fb61", {}, "datenstand_lieferungen", "Lieferung", "Delivery"),
    ("pages/data_status.py", "fb61", {}, "datenstand_ladelaeufe", "Ende", "Finished"),
    ("pages/review.py", "cdo", {}, "berichtskalender_2026-10", "Projekt", "Project"),
    ("pages/review.py", "cdo", {}, "abweichende_bewertungen", "Projekt", "Project"),
    ("pages/wlan.py", "cdo", {}, "wlan_rangliste_hotspots", "Hotspot", "Hotspot"),
    (PROFILE, "cdo", P_002, "steckbrief_P-002_statusverlauf", "Berichtsmonat", "Reporting month"),
    (PROFILE, "cdo", P_002, "steckbrief_P-002_begruendungen", "Berichtsmonat", "Reporting month"),
    (PROFILE, "cdo", P_002, "steckbrief_P-002_meilensteine", "Meilenstein", "Milestone"),
    (PROFILE, "cdo", P_002, "steckbrief_P-002_risiken", "Nr.", "No."),
    (PROFILE, "cdo", P_002, "steckbrief_P-002_budget", "Jahr", "Year"),
    (PROFILE, "cdo", {"projekt": "P-001"}, "steckbrief_P-001_kpi", "Kennzahl", "KPI"),
]


def _button(app, stem: str, kind: str):
    found = [b for b in app.get("download_button") if b.proto.id.endswith(f"{stem}_table_{kind}")]
    assert len(found) == 1, (stem, kind, [b.proto.id.rsplit("-", 1)[-1] for b in app.get("download_button")])
    return found[0]


def _csv_rows(content: bytes) -> list[list[str]]:
    return [line.split(";") for line in content.decode("utf-8-sig").splitlines()]


def _readable(headers: list[str]) -> bool:
    return all(h.strip() and "_" not in h for h in headers)


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(("page", "user", "query", "stem", "german", "english"), TABLES)
def test_the_table_downloads_as_csv_and_excel_under_the_viewers_headers(
    read_page, downloads, page, user, query, stem, german, english, lang
):
    app = read_page(page, user=user, lang=lang, **query)
    assert not app.exception
    header, *rows = _csv_rows(downloads(_button(app, stem, "csv")))
    assert header[0] == (german if lang == "de" else english)
    assert _readable(header), header
    assert rows, "the download holds the table's rows"
    sheet = openpyxl.load_workbook(io.BytesIO(downloads(_button(app, stem, "xlsx")))).active
    assert [cell.value for cell in sheet[1]] == header


def test_budget_downloads_hold_euros_as_numbers_where_the_table_shows_teur(read_page, downloads):
    app = read_page("pages/budget.py")
    header, *rows = _csv_rows(downloads(_button(app, "budget_nach_jahr", "csv")))
    assert header[1:3] == ["Ansatz (ursprünglich) (€)", "Ansatz (fortgeschrieben) (€)"]
    assert all("T€" not in cell for row in rows for cell in row)
    sheet = openpyxl.load_workbook(io.BytesIO(downloads(_button(app, "budget_nach_jahr", "xlsx")))).active
    assert all(isinstance(value, int | float) for value in next(sheet.iter_rows(min_row=2, values_only=True))[1:6])


def test_deadline_download_says_ja_nein_for_its_flags(read_page, downloads):
    header, *rows = _csv_rows(downloads(_button(read_page("pages/budget.py"), "budget_foerderfristen", "csv")))
    near = header.index("Frist nah (≤ 90 Tage)")
    assert {row[near] for row in rows} <= {"Ja", "Nein"}
    assert {row[header.index("Projektende nach Frist")] for row in rows} <= {"Ja", "Nein"}


def test_the_handlungsbedarf_download_holds_every_project_with_all_its_reasons(read_page, downloads):
    app = read_page("pages/overview.py")
    header, *rows = _csv_rows(downloads(_button(app, "handlungsbedarf", "csv")))
    assert header == ["Punkte", "Projekt", "Titel", "Gründe", "Status gesamt", "Federführung", "Datenstand"]
    assert all(row[1].startswith("P-") for row in rows)  # the project's id, not the link to its Steckbrief
    assert not any("weitere" in row[3] for row in rows)


def test_the_calendar_download_counts_days_late_as_numbers(read_page, downloads):
    header, *rows = _csv_rows(downloads(_button(read_page("pages/review.py"), "berichtskalender_2026-10", "csv")))
    late = [row[header.index("Tage verspätet")] for row in rows]
    assert all(value == "" or value.isdigit() for value in late) and any(late)


def test_the_access_log_download_is_for_the_stabsstelle_only(read_page):
    for user in ("fb61", "forum"):
        app = read_page("pages/data_status.py", user=user)
        assert not [b for b in app.get("download_button") if "zugriffsprotokoll" in b.proto.id]


def test_the_kpi_catalogue_downloads_as_csv_and_excel(read_page, downloads):
    app = read_page("pages/kpi_catalogue.py")
    buttons = {b.proto.label: b for b in app.get("download_button")}
    csv_header, *_ = _csv_rows(downloads(buttons["Katalog als CSV herunterladen"]))
    sheet = openpyxl.load_workbook(io.BytesIO(downloads(buttons["Katalog als Excel herunterladen"]))).active
    assert [cell.value for cell in sheet[1]] == csv_header
    assert csv_header[:2] == ["ID", "Kennzahl"] and _readable(csv_header)


def test_the_board_page_shows_no_table_buttons(read_page):
    app = read_page("pages/board_mode.py")
    assert not app.exception
    assert not [b for b in app.get("download_button") if "_table_" in b.proto.id]
