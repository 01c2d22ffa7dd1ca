"""A report counts at a Stichtag from the day it came in (cockpit/sql/scoping.sql is_report_known), but a Board
meeting holds what the warehouse held when it was prepared: its Datenstand selects reporting months. October's
reports, received on 04.11.2026, are not yet on the Übersicht at Stichtag 31.10.2026, yet a meeting with
Datenstand 31.10.2026 prepared afterwards shows them.
"""

import datetime as dt

import pytest

from cockpit.board.slides import build_slides
from cockpit.board.snapshots import prepare_meeting
from cockpit.viewer import Viewer
from tests.conftest import shown_metrics
from tests.fixture_deliveries import STATUS_REPORTS

OCTOBER_IN = "04.11.2026"


@pytest.fixture(scope="module")
def warehouse(warehouse_variant):
    reports = [dict(r, reported_on=OCTOBER_IN if r["report_month"] == "10.2026" else "") for r in STATUS_REPORTS]
    return warehouse_variant("october_reported_in_november", status_reports=reports)


def test_the_overview_at_the_end_of_october_does_not_know_october_s_reports_yet(warehouse, read_page):
    before = shown_metrics(read_page("pages/overview.py", warehouse=warehouse, stand="2026-10-31"))
    after = shown_metrics(read_page("pages/overview.py", warehouse=warehouse, stand="2026-11-04"))
    assert before[":red[✖ rot]"] == "0"  # P-002 was still green in September
    assert after[":red[✖ rot]"] == "1"  # red in October, received on 04.11.


def test_a_meeting_with_datenstand_end_of_october_shows_october_s_reports(warehouse, tmp_path):
    meeting = prepare_meeting(
        "Smart-City-Board 4/2026", dt.date(2026, 12, 9), dt.date(2026, 10, 31), Viewer(), warehouse, tmp_path
    )
    portfolio = {slide.key: slide for slide in build_slides(meeting)}["portfolio"]
    assert (portfolio.status_items[0].status, portfolio.status_items[0].text) == ("rot", "1 Projekt")
