"""A warehouse loaded or a meeting frozen by an earlier version lacks the mart columns added since
(cockpit/sql/gate/policy.toml [added_columns]): the pages and slides still open, the missing values empty
(a phase no report named is today's phase, and a KPI without a "Berechnung" mark shows its delivered value).
"""

import datetime as dt
import shutil

import duckdb
import pytest

from cockpit.board.slides import build_slides
from cockpit.board.snapshots import prepare_meeting
from cockpit.data_access.gate import added_columns
from cockpit.viewer import Viewer
from tests.conftest import table_with
from tests.fixture_deliveries import PROJECTS


def _drop_added_columns(path) -> None:
    con = duckdb.connect(str(path))
    try:
        for table, columns in added_columns().items():
            for column in columns:
                con.execute(f'alter table marts."{table}" drop column "{column}"')
    finally:
        con.close()


@pytest.fixture(scope="module")
def earlier_warehouse(fixture_warehouse, tmp_path_factory):
    path = tmp_path_factory.mktemp("earlier") / "warehouse.duckdb"
    shutil.copy(fixture_warehouse, path)
    _drop_added_columns(path)
    return path


def test_the_pages_open_on_a_warehouse_without_the_added_columns(earlier_warehouse, read_page):
    pages = ("overview", "project_list", "project_profile", "kpi_catalogue", "budget", "report", "review")
    for page in (f"pages/{name}.py" for name in pages):
        app = read_page(page, warehouse=earlier_warehouse)
        assert not app.exception, page
        assert not app.error, page
    phases = table_with(read_page("pages/project_list.py", warehouse=earlier_warehouse), "Nr.", "Phase")
    assert dict(zip(phases["Nr."], phases["Phase"], strict=True)) == {p["project_id"]: p["phase"] for p in PROJECTS}


def test_a_meeting_frozen_without_the_added_columns_still_shows_its_slides(fixture_warehouse, tmp_path):
    meeting = prepare_meeting(
        "Smart-City-Board 3/2026", dt.date(2026, 10, 7), dt.date(2026, 9, 30), Viewer(), fixture_warehouse, tmp_path
    )
    (snapshot,) = tmp_path.glob("*.duckdb")
    _drop_added_columns(snapshot)
    slides = build_slides(meeting)
    assert len(slides) >= 7
    assert all(slide.title for slide in slides)
