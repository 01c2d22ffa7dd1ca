"""Meetings belong to a scope: a department prepares and replaces only its own meetings, never finds out about
the Stabsstelle's or another department's, and its snapshot file holds nothing of other units.

Plain Python with Viewer objects, as the page and the command line call cockpit.board (the page itself:
tests/test_page_board_mode.py)."""

import datetime as dt

import duckdb
import pytest

from cockpit.board.scopes import MeetingPermissionError
from cockpit.board.snapshots import (
    MeetingExistsError,
    MeetingNotFoundError,
    list_meetings,
    open_meeting,
    prepare_meeting,
)
from cockpit.viewer import BOARD, CDO, DEPARTMENT, FORUM, Scope, Viewer
from tests.conftest import file_digest, warehouse_rows

NAME = "Smart-City-Board 4/2026"  # the default name: every role's form proposes it
MEETING_DATE = dt.date(2026, 12, 9)
AS_OF = dt.date(2026, 10, 31)

STABSSTELLE = Viewer(who="cdo@braunschweig.example", role=CDO)
BOARD_MEMBER = Viewer(who="board@braunschweig.example", role=BOARD)
FB61 = Viewer(who="fb61@braunschweig.example", role=DEPARTMENT, scope=Scope(units=("61",)))
FB40 = Viewer(who="fb40@braunschweig.example", role=DEPARTMENT, scope=Scope(units=("40",)))
FORUM_MEMBER = Viewer(who="forum@braunschweig.example", role=FORUM)
OWN_PROJECTS = {"61": ["P-002"]}


@pytest.fixture
def prepare(fixture_warehouse, tmp_path):
    def run(viewer, name=NAME, replace=False):
        return prepare_meeting(
            name, MEETING_DATE, AS_OF, viewer, fixture_warehouse, tmp_path / "meetings", replace=replace
        )

    return run


def projects_in(meeting) -> list[str]:
    with duckdb.connect(str(meeting.snapshot_path), read_only=True) as con:
        return [pid for (pid,) in con.execute("select project_id from marts.projects order by all").fetchall()]


def test_a_department_cannot_replace_the_stabsstelle_s_or_another_department_s_meeting(prepare):
    whole = prepare(STABSSTELLE)
    whole_file = file_digest(whole.snapshot_path)

    # Same default name, "replace" ticked: a department prepares and replaces its own meeting, nothing else.
    fb61 = prepare(FB61, replace=True)
    fb61 = prepare(FB61, replace=True)
    fb61_file = file_digest(fb61.snapshot_path)
    fb40 = prepare(FB40, replace=True)

    assert (whole.slug, fb61.slug, fb40.slug) == (
        "2026-12-09-smart-city-board-4-2026",
        "2026-12-09-smart-city-board-4-2026_fb-61",
        "2026-12-09-smart-city-board-4-2026_fb-40",
    )
    assert file_digest(whole.snapshot_path) == whole_file
    assert file_digest(fb61.snapshot_path) == fb61_file
    assert projects_in(open_meeting(whole.slug, STABSSTELLE, whole.snapshot_path.parent)) == ["P-001", "P-002", "P-003"]
    assert (projects_in(fb61), projects_in(fb40)) == (["P-002"], ["P-003"])


def test_already_prepared_only_ever_refers_to_the_viewer_s_own_meeting(prepare):
    prepare(STABSSTELLE)
    prepare(FB40)
    prepare(FB61)  # not refused: the Stabsstelle's and FB 40's meetings of this name are no concern of FB 61
    with pytest.raises(MeetingExistsError, match="_fb-61"):
        prepare(FB61)
    with pytest.raises(MeetingExistsError, match="'2026-12-09-smart-city-board-4-2026'"):
        prepare(STABSSTELLE)


def test_a_meeting_outside_the_scope_is_not_found_exactly_like_one_that_does_not_exist(prepare, tmp_path):
    whole, fb61, fb40 = prepare(STABSSTELLE), prepare(FB61), prepare(FB40)
    meetings = tmp_path / "meetings"

    def refusal(slug, viewer):
        with pytest.raises(MeetingNotFoundError) as caught:
            open_meeting(slug, viewer, meetings)
        return type(caught.value), caught.value.args

    never_prepared = "2026-12-09-smart-city-board-4-2026_fb-65"
    for slug in (whole.slug, fb40.slug, never_prepared):
        assert refusal(slug, FB61) == (MeetingNotFoundError, (slug,))
    for slug in (whole.slug, fb61.slug, fb40.slug):
        assert refusal(slug, FORUM_MEMBER) == (MeetingNotFoundError, (slug,))

    def listed(viewer):
        return [m.slug for m in list_meetings(viewer, meetings)]

    assert listed(FB61) == [fb61.slug]
    assert listed(FB40) == [fb40.slug]
    assert sorted(listed(STABSSTELLE)) == sorted(listed(BOARD_MEMBER)) == sorted([whole.slug, fb61.slug, fb40.slug])
    assert listed(FORUM_MEMBER) == []
    assert open_meeting(whole.slug, BOARD_MEMBER, meetings).scope_units is None


@pytest.mark.parametrize("viewer", [BOARD_MEMBER, FORUM_MEMBER], ids=["board", "forum"])
def test_the_board_and_the_forum_prepare_nothing(prepare, tmp_path, viewer):
    with pytest.raises(MeetingPermissionError, match="bereiten die Stabsstelle"):
        prepare(viewer)
    with pytest.raises(MeetingPermissionError):
        prepare(viewer, replace=True)
    assert not (tmp_path / "meetings").exists()
    assert not viewer.may_prepare_meetings


def test_the_stabsstelle_prepares_a_department_meeting_only_as_that_scope(prepare):
    """The command line's --units 61: the Stabsstelle narrowed to unit 61 prepares FB 61's meeting."""
    by_command_line = prepare(Viewer(scope=Scope(units=("61",))))
    assert by_command_line.slug == "2026-12-09-smart-city-board-4-2026_fb-61"
    with pytest.raises(MeetingExistsError):
        prepare(FB61)  # the same meeting: FB 61 sees it, and replaces it only when asked to
    assert prepare(FB61, replace=True).scope_units == ("61",)


# ---- the department's snapshot file: opened with duckdb itself, every table, every cell ------------


def cells(path) -> list[tuple[str, str, str]]:
    """(table, column, value as text) for every non-null cell of every table in the file."""
    found = []
    with duckdb.connect(str(path), read_only=True) as con:
        columns = con.execute(
            "select schema_name, table_name, column_name from duckdb_columns() "
            "where database_name = current_database() order by all"
        ).fetchall()
        for schema, table, column in columns:
            rows = con.execute(f'select distinct cast("{column}" as varchar) from "{schema}"."{table}"').fetchall()
            found += [(f"{schema}.{table}", column, value) for (value,) in rows if value is not None]
    return found


def other_units_texts(warehouse, own: list[str]) -> set[str]:
    """Every text the warehouse holds about projects of other units (IDs, titles, summaries, lead units,
    risks, milestones, reasons, budget lines, ...), except texts also found in the unit's own rows or in
    the city's data (a KPI's source 'BS|ENERGY' is not a project's)."""
    columns = warehouse_rows(
        warehouse,
        "select table_name, column_name, "
        "bool_or(column_name = 'project_id') over (partition by table_name) as has_projects "
        "from duckdb_columns() where schema_name = 'marts' and data_type = 'VARCHAR'",
    )
    others, shared = set(), set()
    for table, column, has_projects in columns:
        sql = f'select distinct "{column}", {"project_id" if has_projects else "null"} from marts."{table}"'
        for value, project in warehouse_rows(warehouse, sql):
            if value is not None:
                (others if has_projects and project not in own else shared).add(value)
    return others - shared


@pytest.mark.parametrize(
    "preparer", [FB61, Viewer(scope=Scope(units=("61",)))], ids=["department", "command-line --units 61"]
)
def test_a_department_snapshot_file_holds_nothing_of_other_units(prepare, fixture_warehouse, preparer):
    texts = other_units_texts(fixture_warehouse, OWN_PROJECTS["61"])
    # IDs and titles also inside other text (a list of linked projects, a sentence); any other text as a whole
    named = {
        text
        for row in warehouse_rows(
            fixture_warehouse, "select project_id, title from marts.projects where lead_unit_id <> '61'"
        )
        for text in row
    }
    assert {"P-001", "P-003", "Freies WLAN in der Innenstadt", "Digitale Schulverwaltung"} == named
    assert {"FB 40 Schule", "Verwaltung der Schulen digital.", "WiFi4EU", "4431000"} <= texts
    meeting = prepare(preparer)
    every_cell = cells(meeting.snapshot_path)
    assert ("marts.wlan_hotspots", "place", "Kohlmarkt") in every_cell  # the city's figures are there
    assert ("marts.projects", "title", "Geodatenportal") in every_cell  # and the unit's own project
    leaks = [
        (table, column, value)
        for table, column, value in every_cell
        if value in texts or any(text in value for text in named)
    ]
    assert leaks == []

    with duckdb.connect(str(meeting.snapshot_path), read_only=True) as con:
        assert con.execute("select kpi_id, linked_project_ids from marts.kpi_definitions").fetchall() == [
            ("K-WLAN-01", [])
        ]
        tables = {name for (name,) in con.execute("select table_name from duckdb_tables()").fetchall()}
        assert {"load_files", "quarantine"}.isdisjoint(tables)
        # No city-wide count: rows of project deliveries are the unit's own, the load log keeps no figures.
        delivered = dict(con.execute("select delivery, rows_loaded from marts.delivery_overview").fetchall())
        assert (delivered["projects"], delivered["risks"], delivered["wlan_usage"]) == (1, 1, None)
        assert con.execute(
            "select count(*) from marts.load_runs where coalesce(files, rows_loaded, rows_quarantined, "
            "findings_count) is not null or findings is not null"
        ).fetchone() == (0,)
    city_wide = dict(warehouse_rows(fixture_warehouse, "select delivery, rows_loaded from marts.delivery_overview"))
    assert city_wide["projects"] == 3  # what a whole-portfolio snapshot holds instead
