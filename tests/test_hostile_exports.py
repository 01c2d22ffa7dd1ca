"""Hostile input the cockpit gets from deliveries, links and forms: exports never run a formula, a link's
reference date out of range falls back to today with a notice, meeting names never break a file name."""

import csv
import datetime as dt
import io
import os
import re
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from cockpit.board.snapshots import MEETING_NAME_MAX_CHARS, MeetingNameError, prepare_meeting
from cockpit.viewer import Viewer
from common import settings
from common.settings import PROJECT_ROOT
from tests.conftest import FIXTURE_DATE
from tests.fixture_deliveries import KPI_DEFINITIONS, PROJECTS, WLAN_HOTSPOTS

FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://evil.example/?x","Klick")',
    "+1",
    "-1+1",
    "@SUM(1)",
    "=cmd|' /C calc'!A0",
]
KPI_AS_OF = "2026-11-26"


@pytest.fixture(scope="module")
def hostile_warehouse(warehouse_variant):
    """Project titles, a lead unit's name, hotspot places and operators and a KPI name that a spreadsheet
    would run as formulas, delivered as ordinary text."""
    projects = [dict(p, title=FORMULAS[i]) for i, p in enumerate(PROJECTS)]
    projects[0]["lead_unit"] = FORMULAS[3]
    hotspots = [
        dict(WLAN_HOTSPOTS[0], hotspot_id=f"H-{i:03d}", place=text, operator=FORMULAS[-i])
        for i, text in enumerate(FORMULAS, start=1)
    ]
    kpis = [dict(KPI_DEFINITIONS[0], kpi_name=FORMULAS[4], goal_text=FORMULAS[5])]
    return warehouse_variant("hostile_texts", projects=projects, wlan_hotspots=hotspots, kpi_definitions=kpis)


def _button(app, label=None, key_end=None):
    buttons = app.get("download_button")
    if label is not None:
        return next(b for b in buttons if b.label == label)
    return next(b for b in buttons if b.proto.id.endswith(key_end))


def _csv_cells(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def _xlsx(content: bytes):
    """The first sheet's XML as stored, and the sheet as openpyxl reads it."""
    with zipfile.ZipFile(io.BytesIO(content)) as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode()
    return xml, openpyxl.load_workbook(io.BytesIO(content)).active


def _column(sheet, header: str) -> list:
    headers = [c.value for c in sheet[1]]
    position = headers.index(header)
    return [row[position] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_project_list_downloads_hold_delivered_formulas_as_quoted_text(hostile_warehouse, read_page, downloads):
    app = read_page("pages/project_list.py", warehouse=hostile_warehouse)
    assert not app.exception

    rows = _csv_cells(downloads(_button(app, "Als CSV herunterladen")))
    header = rows[0]
    titles = [row[header.index("Titel")] for row in rows[1:]]
    assert sorted(titles) == sorted("'" + f for f in FORMULAS[:3])
    assert "'-1+1" in [row[header.index("Federführung")] for row in rows[1:]]

    xml, sheet = _xlsx(downloads(_button(app, "Als Excel herunterladen")))
    assert "<f>" not in xml and "<f " not in xml  # no cell is a formula
    assert sorted(_column(sheet, "Titel")) == sorted("'" + f for f in FORMULAS[:3])
    assert all(cell.data_type == "s" for cell in sheet["E"][1:])
    budgets = _column(sheet, "Gesamtbudget")
    assert sorted(budgets) == [90000.5, 480000.0, 1250000.0]  # money stays a number Excel can sum


def test_chart_downloads_hold_delivered_formulas_as_quoted_text(hostile_warehouse, read_page, downloads):
    app = read_page("pages/wlan.py", warehouse=hostile_warehouse, stand=KPI_AS_OF)
    assert not app.exception

    rows = _csv_cells(downloads(_button(app, key_end="wlan_hotspot_map_csv")))
    header = rows[0]
    places = [row[header.index("Standort")] for row in rows[1:]]
    assert sorted(places) == sorted("'" + f for f in FORMULAS)
    operators = [row[header.index("Betreiber")] for row in rows[1:]]
    assert all(o.startswith("'") for o in operators) and len(operators) == len(FORMULAS)
    assert {row[header.index("Breitengrad")] for row in rows[1:]} == {"52,2625"}  # a number, not quoted

    xml, sheet = _xlsx(downloads(_button(app, key_end="wlan_hotspot_map_xlsx")))
    assert "<f>" not in xml and "<f " not in xml
    assert sorted(_column(sheet, "Standort")) == sorted("'" + f for f in FORMULAS)
    assert _column(sheet, "Breitengrad") == [52.2625] * len(FORMULAS)


def test_kpi_catalogue_csv_holds_a_delivered_formula_as_quoted_text(hostile_warehouse, read_page, downloads):
    app = read_page("pages/kpi_catalogue.py", warehouse=hostile_warehouse, stand=KPI_AS_OF)
    assert not app.exception
    content = downloads(_button(app, "Katalog als CSV herunterladen")).decode("utf-8-sig")
    assert "'@SUM(1)" in content and "'=cmd|' /C calc'!A0" in content
    assert not re.search(r"(^|;)[=+\-@]", content, re.MULTILINE)  # no cell starts like a formula


# ---- a link's reference date -------------------------------------------------------------------------

NOTICE = (
    "Der Stichtag aus dem Link war kein gültiges Datum zwischen 01.01.2000 und heute in 5 Jahren. "
    "Angezeigt wird der Stand von heute."
)
BAD_DATES = ["0001-01-01", "9999-12-31", "2026-02-30", "abc"]
PAGES = ["overview", "wlan", "parking", "emergency_care", "budget"]


@pytest.mark.parametrize(
    ("page", "stand"),
    [("overview", bad) for bad in BAD_DATES] + list(zip(PAGES[1:], BAD_DATES, strict=True)),
)
def test_a_reference_date_out_of_range_in_the_link_falls_back_to_today_with_a_notice(run_page, page, stand):
    app = run_page(f"pages/{page}.py", stand=stand)
    assert not app.exception
    assert NOTICE in [w.value for w in app.sidebar.warning]
    assert app.date_input(key="filter_as_of").value == FIXTURE_DATE
    assert "stand" not in app.query_params  # the link now says: today


def test_the_notice_goes_once_the_viewer_picks_a_date(run_page):
    app = run_page("pages/overview.py", stand="0001-01-01")
    app.date_input(key="filter_as_of").set_value(dt.date(2026, 10, 31))
    app = app.run()
    assert not app.exception
    assert NOTICE not in [w.value for w in app.sidebar.warning]
    assert app.query_params["stand"] == "2026-10-31"


def test_a_reference_date_in_range_is_taken_without_a_notice(run_page):
    app = run_page("pages/overview.py", stand="2026-10-31")
    assert not app.exception
    assert app.date_input(key="filter_as_of").value == dt.date(2026, 10, 31)
    assert NOTICE not in [w.value for w in app.sidebar.warning]


# ---- meeting names -----------------------------------------------------------------------------------

MEETING_DATE = dt.date(2026, 12, 9)
AS_OF = dt.date(2026, 10, 31)


def test_a_300_character_meeting_name_is_refused_by_the_command_line_with_a_message(warehouse, tmp_path):
    meetings = tmp_path / "meetings"
    prepared = subprocess.run(
        [sys.executable, "-m", "cockpit.board", "--meetings-dir", str(meetings), "prepare", "--db", str(warehouse)]
        + ["--name", "Sitzung " * 37 + "Ende", "--meeting-date", "09.12.2026"],
        cwd=PROJECT_ROOT,
        env={**os.environ, "COCKPIT_TODAY": FIXTURE_DATE.isoformat()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert prepared.returncode == 1
    assert prepared.stderr.strip() == (
        f"Der Name der Sitzung ist 300 Zeichen lang; erlaubt sind höchstens {MEETING_NAME_MAX_CHARS}."
    )
    assert "Traceback" not in prepared.stderr
    assert not meetings.exists() or not any(meetings.iterdir())


def test_names_without_latin_letters_get_readable_slugs_that_do_not_collide(warehouse, tmp_path):
    meetings = tmp_path / "meetings"
    russian = prepare_meeting("Совет 4/2026", MEETING_DATE, AS_OF, Viewer(), warehouse, meetings)
    greek = prepare_meeting("Συμβούλιο", MEETING_DATE, AS_OF, Viewer(), warehouse, meetings)
    assert re.fullmatch(r"2026-12-09-sitzung-4-2026-[0-9a-f]{8}", russian.slug)
    assert re.fullmatch(r"2026-12-09-sitzung-[0-9a-f]{8}", greek.slug)
    assert russian.snapshot_path.exists() and greek.snapshot_path.exists()
    assert russian.name == "Совет 4/2026"


def test_the_longest_allowed_name_still_gives_a_short_file_name(warehouse, tmp_path):
    name = ("Smart-City-Board der Stadt Braunschweig " * 4)[:MEETING_NAME_MAX_CHARS]
    meeting = prepare_meeting(name, MEETING_DATE, AS_OF, Viewer(), warehouse, tmp_path / "meetings")
    assert meeting.snapshot_path.exists()
    assert len(meeting.snapshot_path.name) <= 80
    assert meeting.slug.startswith("2026-12-09-smart-city-board-der-stadt-braunschweig-")
    with pytest.raises(MeetingNameError):
        prepare_meeting(name + "x", MEETING_DATE, AS_OF, Viewer(), warehouse, tmp_path / "meetings")


def test_the_board_form_says_a_too_long_name_is_too_long(run_page, monkeypatch, tmp_path):
    monkeypatch.setattr(settings, "DATA_DIR", tmp_path)
    app = run_page("pages/board_mode.py")
    app.text_input[0].set_value("x" * 300)
    app = next(b for b in app.button if b.label == "Daten einfrieren").click().run()
    assert not app.exception
    assert [e.value for e in app.error] == [
        f"Der Name der Sitzung ist zu lang: höchstens {MEETING_NAME_MAX_CHARS} Zeichen."
    ]
    assert not (tmp_path / "meetings").exists() or not any((tmp_path / "meetings").iterdir())
