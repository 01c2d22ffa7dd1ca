"""The scope gate (cockpit/data_access/gate.py): every query, run as one department, returns nothing of other units.

The fixture has three projects: P-001 (unit BSE), P-002 (unit 61), P-003 (unit 40). A viewer of unit 61 runs every
query file under cockpit/sql; no cell may name another unit's project ID or title, and each result must equal the
same query on a warehouse that holds only unit 61's projects (so no figure of another unit is in a sum either).
"""

import copy
import datetime as dt
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from cockpit.data_access import NotInScope, clear_cache, query, reading_from
from cockpit.data_access import status as data_status
from cockpit.data_access.gate import SOURCE_ALIAS, connect, gated_tables, policy
from cockpit.data_access.overview import ATTENTION_WEIGHTS
from cockpit.viewer import BOARD, CDO, DEPARTMENT, FORUM, Scope, Viewer
from common.settings import load_log_path
from etl.findings import LoadRejected
from etl.load import load
from tests.conftest import FIXTURE_DATE, warehouse_rows
from tests.fixture_deliveries import FIXTURE, copy_warehouse, write_fixture

SQL_DIR = Path(__file__).resolve().parents[1] / "cockpit" / "sql"
QUERIES = sorted(
    p.relative_to(SQL_DIR).with_suffix("").as_posix() for p in SQL_DIR.rglob("*.sql") if p.parent.name != "gate"
)
QUERIES.remove("scoping")  # the table macros, created before the queries that use them
UNIT_61 = Viewer(role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE)
OTHER_UNITS = {p["project_id"]: p["title"] for p in FIXTURE["projects"] if p["lead_unit_id"] != "61"}
assert OTHER_UNITS == {"P-001": "Freies WLAN in der Innenstadt", "P-003": "Digitale Schulverwaltung"}
# Parameters beyond the viewer's, wide enough that every row of the fixture qualifies.
EXTRA = {
    "row_limit": 1000,
    "search": None,
    "since": dt.date(2000, 1, 1),
    "days": 3650,
    "near_days": 3650,
    "window_days": 3650,
    "budget_year": 2026,
    "year": 2026,
    "month": dt.date(2026, 1, 1),
    "closure_date": dt.date(2026, 1, 1),
    "grain": "month",
    "window_start": dt.date(1900, 1, 1),
    "window_end": FIXTURE_DATE,
    # Handlungsbedarf: every reason counts, every risk is high, every project below the CPI/SPI floor
    "weight_reasons": tuple(ATTENTION_WEIGHTS),
    "weight_points": tuple(ATTENTION_WEIGHTS.values()),
    "horizon_days": 3650,
    "high_risk_score": 1,
    "performance_floor": 100.0,
}
LOAD_TABLES = {"delivery_overview", "load_runs", "load_files", "quarantine"}
SECRET_VALUE = "streng vertraulich: 9,9 Mio Nachtrag"


def parameter_sets(name: str) -> list[dict]:
    """The extra parameters of one query; a query by project runs for every project, a search for each title."""
    used = set(re.findall(r"\$([a-z_]+)", (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")))
    sets = [{key: value for key, value in EXTRA.items() if key in used}]
    if "project_id" in used:
        sets = [{**s, "project_id": pid} for s in sets for pid in [None, "P-001", "P-002", "P-003"]]
    if "search" in used:
        sets += [{**s, "search": term} for s in sets for term in ["P-00", "Schul", "WLAN"]]
    return sets


def results(path: Path, viewer: Viewer, name: str) -> list[pd.DataFrame] | None:
    """The query's results for every parameter set; None when it reads a table the gate hides from the viewer."""
    with reading_from(path):
        try:
            return [query(name, viewer, **params) for params in parameter_sets(name)]
        except NotInScope:
            return None


def cells(frame: pd.DataFrame) -> list[str]:
    """Every cell as text, lists spelled out (kpi_definitions.linked_project_ids)."""
    return [
        str(list(v)) if hasattr(v, "__len__") and not isinstance(v, str) else str(v) for v in frame.to_numpy().ravel()
    ]


def rows_as_text(frame: pd.DataFrame) -> tuple[list[str], list[tuple]]:
    """Columns and rows in a comparable form (order of ties and dtypes of all-empty columns aside)."""
    text = [tuple(cells(frame.iloc[[i]])) for i in range(len(frame))]
    return list(frame.columns), sorted(text)


@pytest.fixture(scope="module")
def only_unit_61(warehouse_variant) -> Path:
    """The fixture deliveries without the projects of other units (and without what belongs to them)."""
    kept = {"P-002"}
    kpis = [dict(k, linked_projects="") for k in FIXTURE["kpi_definitions"]]
    return warehouse_variant(
        "only-unit-61",
        projects=[p for p in FIXTURE["projects"] if p["project_id"] in kept],
        budget=[b for b in FIXTURE["budget"] if b["project_id"] in kept],
        kpi_definitions=kpis,
    )


def build_warehouse_with_findings(fixture_warehouse: Path, folder: Path) -> Path:
    """The fixture warehouse, then a load rejected for a budget cell of unit 40 (its finding quotes the value),
    then a load with a WLAN row set aside in quarantine: the load log has findings, the quarantine a row."""
    path = copy_warehouse(fixture_warehouse, folder / "warehouse")
    budget = copy.deepcopy(FIXTURE["budget"]) + [dict(FIXTURE["budget"][1], project_id="P-003")]
    budget[-1]["planned_eur"] = SECRET_VALUE
    with pytest.raises(LoadRejected):
        load(write_fixture(folder / "rejected", budget=budget), path, FIXTURE_DATE)
    usage = copy.deepcopy(FIXTURE["wlan_usage"])
    usage[1]["sessions"] = "XQ-quarantaene"
    load(write_fixture(folder / "quarantined", wlan_usage=usage), path, FIXTURE_DATE)
    return path


@pytest.fixture(scope="module")
def with_findings(fixture_warehouse, tmp_path_factory) -> Path:
    return build_warehouse_with_findings(fixture_warehouse, tmp_path_factory.mktemp("findings"))


@pytest.mark.parametrize("name", QUERIES)
def test_a_department_gets_nothing_of_other_units_from_any_query(name, fixture_warehouse, only_unit_61):
    """No other unit's ID or title in any cell, and the same answer as on a warehouse without other units."""
    full = results(fixture_warehouse, UNIT_61, name)
    if full is None:  # the quarantine: measurement feeds' rows with their values, the Stabsstelle's only
        assert name.startswith("status/quarantine")
        return
    for frame in full:
        found = [c for c in cells(frame) for pid, title in OTHER_UNITS.items() if pid in c or title in c]
        assert not found, f"{name}: other units' projects in the result: {found}"
    if name.split("/")[-1] != "load_runs":  # load runs differ by run id and time between two warehouses
        reduced = results(only_unit_61, UNIT_61, name)
        assert [rows_as_text(f) for f in full] == [rows_as_text(f) for f in reduced], name


def test_the_queries_are_all_found_and_some_return_unit_61s_project(fixture_warehouse):
    assert len(QUERIES) > 60 and {"projects/project_list", "status/quarantine"} <= set(QUERIES)
    with reading_from(fixture_warehouse):
        assert list(query("projects/project_list", UNIT_61, search=None)["project_id"]) == ["P-002"]
        assert query("projects/project_master", UNIT_61, project_id="P-003").empty


def test_every_mart_table_is_in_the_policy(fixture_warehouse):
    """A new mart forces a decision: who may read it. A table the policy does not name is exposed to nobody."""
    marts = {
        name
        for (name,) in warehouse_rows(
            fixture_warehouse, "select table_name from duckdb_tables() where schema_name = 'marts'"
        )
    }
    assert marts == set(policy())


def test_a_table_the_policy_does_not_name_is_absent_for_everyone(fixture_warehouse, tmp_path):
    path = tmp_path / "warehouse.duckdb"
    path.write_bytes(fixture_warehouse.read_bytes())
    con = duckdb.connect(str(path))
    con.execute("create table marts.salaries as select 'P-002' as project_id, 99000 as salary")
    con.close()
    for viewer in [Viewer(day=FIXTURE_DATE), UNIT_61]:
        gated = connect(path, viewer)
        assert "salaries" not in gated_tables(gated)
        with pytest.raises(duckdb.CatalogException):
            gated.execute("select * from marts.salaries")
        gated.close()


def test_the_stabsstelle_reads_every_row_of_every_mart(fixture_warehouse):
    con = connect(fixture_warehouse, Viewer(day=FIXTURE_DATE))
    assert set(gated_tables(con)) == set(policy())
    for table in gated_tables(con):
        [(gated,)] = con.execute(f'select count(*) from marts."{table}"').fetchall()
        assert [(gated,)] == warehouse_rows(fixture_warehouse, f'select count(*) from marts."{table}"'), table
    con.close()


def test_no_query_file_names_the_attached_file():
    named = [p.name for p in SQL_DIR.rglob("*") if p.is_file() and SOURCE_ALIAS.lower() in p.read_text().lower()]
    assert not named


def test_page_connections_read_no_other_file(with_findings):
    """Not the load log beside the warehouse (it holds the findings), nor another database."""
    con = connect(with_findings, UNIT_61, sealed=True)
    log = load_log_path(with_findings)
    assert SECRET_VALUE in log.read_text(encoding="utf-8")
    for sql in [f"select * from read_json_auto('{log}')", f"attach '{log.parent / 'other.duckdb'}' as other"]:
        with pytest.raises(duckdb.PermissionException):
            con.execute(sql)
    with pytest.raises(duckdb.Error):
        con.execute("set enable_external_access = true")
    con.close()


def test_an_empty_scope_shows_no_project_rows(fixture_warehouse):
    nobody = Viewer(role=DEPARTMENT, scope=Scope(()), day=FIXTURE_DATE)
    con = connect(fixture_warehouse, nobody)
    for table in [
        "projects",
        "status_reports",
        "overview_project_reports",
        "risks",
        "budget_lines",
        "milestone_forecasts",
        "project_kpis",
        "kpi_project_links",
    ]:
        assert con.execute(f"select count(*) from marts.{table}").fetchall() == [(0,)], table
    assert con.execute("select linked_project_ids from marts.kpi_definitions").fetchall() == [([],)]
    con.close()
    with reading_from(fixture_warehouse):
        assert query("projects/project_list", nobody, search=None).empty
        assert query("overview/status_counts", nobody)["projects"].sum() == 0


FORUM_TABLES = {
    "projects", "kpi_definitions", "kpi_project_links", "kpi_city_values", "kpi_phone_share", "kpi_district_values",
    "kpi_districts",
    "overview_fields_of_action", "wlan_daily", "wlan_hotspot_daily", "wlan_hotspots", "wlan_hotspots_monthly",
    "parking_coins_daily", "parking_daily", "parking_duration_histogram", "parking_hourly", "parking_published",
    "parking_targets", "parking_yearly", "ivena_announcements_daily", "ivena_daily_by_facility", "ivena_facilities",
    "ivena_signoffs_daily",
}  # fmt: skip
INTERNAL_TABLES = ["budget_lines_forecast", "risks", "overview_project_reports", "milestone_forecasts"]


def test_the_forum_reads_city_kpis_and_public_project_fields_only(fixture_warehouse):
    forum = Viewer(role=FORUM, day=FIXTURE_DATE)
    con = connect(fixture_warehouse, forum)
    assert set(gated_tables(con)) == FORUM_TABLES
    columns = [c for (c,) in con.execute("select column_name from (describe marts.projects)").fetchall()]
    assert columns == ["project_id", "title", "lead_unit_id", "lead_unit", "dezernat", "field_primary",
                       "field_secondary", "field_primary_en", "field_sort_order", "phase"]  # fmt: skip
    assert con.execute("select linked_project_ids from marts.kpi_definitions").fetchall() == [(["P-001"],)]
    con.close()
    # the columns of budgets, risks, assessments, milestones and the projects' internal fields
    internal = {
        column
        for table in [*INTERNAL_TABLES, "projects"]
        for (column,) in warehouse_rows(fixture_warehouse, f"select column_name from (describe marts.{table})")
    } - set(columns)
    assert {"planned_eur", "risk", "reason", "assessed_by", "summary", "total_budget_eur"} <= internal
    answered = 0
    with reading_from(fixture_warehouse):
        for name in QUERIES:
            for params in parameter_sets(name):
                try:
                    frame = query(name, forum, **params)
                except NotInScope:
                    continue
                answered += 1
                assert not internal & set(frame.columns), name
    assert answered > 30


def test_a_table_the_viewer_may_not_read_raises_not_in_scope_never_reads_the_file(fixture_warehouse):
    with reading_from(fixture_warehouse), pytest.raises(NotInScope, match="budget_lines_forecast"):
        query("budget/totals", Viewer(role=FORUM, day=FIXTURE_DATE), budget_year=2026)
    with reading_from(fixture_warehouse), pytest.raises(NotInScope, match="quarantine"):
        data_status.quarantine_count(Viewer(role=BOARD, day=FIXTURE_DATE))


def test_the_cache_keeps_roles_and_scopes_apart(fixture_warehouse):
    clear_cache()
    with reading_from(fixture_warehouse):
        everything = query("projects/project_list", Viewer(role=CDO, day=FIXTURE_DATE), search=None)
        unit_61 = query("projects/project_list", UNIT_61, search=None)
        board = data_status.load_runs(Viewer(role=BOARD, day=FIXTURE_DATE))
        cdo = data_status.load_runs(Viewer(role=CDO, day=FIXTURE_DATE))
    assert (len(everything), len(unit_61)) == (3, 1)
    assert board["findings"].isna().all() and not cdo["findings"].isna().any()


def test_load_tables_show_a_department_only_its_own_rows_and_no_findings(with_findings):
    with reading_from(with_findings):
        cdo_runs = data_status.load_runs(Viewer(day=FIXTURE_DATE))
        runs = data_status.load_runs(UNIT_61)
        board_runs = data_status.load_runs(Viewer(role=BOARD, day=FIXTURE_DATE))
        deliveries = data_status.delivery_overview(UNIT_61).set_index("delivery")
    assert SECRET_VALUE in " ".join(cdo_runs["findings"].explode().dropna())  # the Stabsstelle reads it
    assert sorted(runs["status"]) == ["loaded", "loaded", "rejected"]
    for frame in [runs, board_runs]:
        assert frame["findings"].isna().all()
    assert runs[["files", "rows_loaded", "rows_quarantined", "findings_count"]].isna().all().all()
    assert sorted(board_runs["findings_count"]) == sorted(cdo_runs["findings_count"]) == [0, 0, 1]
    own = deliveries["rows_loaded"]
    assert own[["projects", "status_reports", "milestones", "risks", "budget"]].tolist() == [1, 3, 2, 1, 1]
    assert own.drop(["projects", "status_reports", "milestones", "risks", "budget"]).isna().all()
    assert deliveries[["files", "rows_quarantined"]].isna().all().all()
    con = connect(with_findings, UNIT_61)
    assert not {"quarantine", "load_files"} & set(gated_tables(con))
    con.close()


def test_a_stabsstelle_narrowed_to_units_reads_the_load_like_that_department(with_findings):
    narrowed = Viewer(role=CDO, scope=Scope(("61",)), day=FIXTURE_DATE)
    assert data_status.coverage(narrowed) == data_status.coverage(UNIT_61)
    with reading_from(with_findings):
        assert data_status.load_runs(narrowed)["findings"].isna().all()
