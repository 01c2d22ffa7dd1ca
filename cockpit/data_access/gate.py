"""The scope gate: every connection the cockpit reads data through sees only what its viewer may read.

`connect(path, viewer)` opens an in-memory DuckDB, attaches the warehouse (or a meeting snapshot) read-only
under an alias no query names (SOURCE_ALIAS), and creates a schema `marts` holding one VIEW per mart table this
viewer may read, filtered to the viewer's scope and role. Queries keep reading `marts.<table>` and cannot reach
more than these views. The rules live in one place, cockpit/sql/gate/policy.toml, with one SQL template per
kind of view beside it. Fail closed: a mart table the policy does not name, or names "-" for the viewer's
audience, is absent from the connection; an empty units scope keeps no project rows.

Plain Python: no Streamlit, no texts (tests/test_architecture.py holds data access to that).
"""

import functools
import re
import tomllib
from pathlib import Path

import duckdb

from cockpit.viewer import BOARD, CDO, FORUM, Viewer
from common.sql import ident, literal

GATE_DIR = Path(__file__).resolve().parents[1] / "sql" / "gate"
# The attached file's name inside a gated connection: no SQL file under cockpit/sql may name it
# (tests/test_scope_gate.py), and it cannot clash with a schema (raw, staging, marts, ref, meeting, main).
SOURCE_ALIAS = "ungated_source_file"
GATED_CATALOG = "memory"  # the in-memory catalog of duckdb.connect(), which holds the views
AUDIENCES = ("cdo", "board", "department", "forum")  # the columns of policy.toml, in order
NOTHING = "-"
FEWER_COLUMNS = {"projects_public"}  # templates that select only some of the columns
GATED_READS = re.compile(r"\{gated\}\.marts\.([a-z_][a-z0-9_]*)")  # a template reading other gated views


class NotInScope(LookupError):
    """A query reads a mart table (or columns of one) that the gate does not expose to this viewer."""

    def __init__(self, what: str, tables: list[str], audience: str):
        self.tables = tables
        self.audience = audience
        super().__init__(f"{what} reads {', '.join(tables)}, which the scope gate does not show to {audience}")


def audience(viewer: Viewer) -> str:
    """Which column of the policy applies: the stricter of role and scope (a narrowed CDO reads as a department)."""
    if viewer.role == FORUM:
        return "forum"
    if viewer.scope.is_everything and viewer.role == CDO:
        return "cdo"
    if viewer.scope.is_everything and viewer.role == BOARD:
        return "board"
    return "department"


@functools.cache
def policy() -> dict[str, dict[str, str]]:
    """Mart table -> audience -> template name (or "-"), from policy.toml; checked when read."""
    tables = tomllib.loads((GATE_DIR / "policy.toml").read_text(encoding="utf-8"))["tables"]
    rules = {}
    for table, views in tables.items():
        if not isinstance(views, list) or len(views) != len(AUDIENCES):
            raise ValueError(f"policy.toml: {table} needs one entry per audience ({', '.join(AUDIENCES)})")
        for name in views:
            if name != NOTHING and not (GATE_DIR / f"{name}.sql").is_file():
                raise ValueError(f"policy.toml: {table} names {name!r}, which is not a file in cockpit/sql/gate/")
        rules[table] = dict(zip(AUDIENCES, views, strict=True))
    return rules


def view_template(viewer: Viewer, table: str) -> str:
    """The template of this viewer's view of a mart table ("-": none; unknown tables too: fail closed)."""
    return policy().get(table, {}).get(audience(viewer), NOTHING)


def readable_tables(viewer: Viewer) -> set[str]:
    """The mart tables the policy lets this viewer read (a file may lack some of them)."""
    who = audience(viewer)
    return {table for table, views in policy().items() if views[who] != NOTHING}


def narrowed_tables(viewer: Viewer) -> set[str]:
    """The readable tables whose view leaves out columns for this viewer (a query naming one fails to bind)."""
    who = audience(viewer)
    return {table for table, views in policy().items() if views[who] in FEWER_COLUMNS}


@functools.cache
def _template(name: str) -> str:
    return (GATE_DIR / f"{name}.sql").read_text(encoding="utf-8")


def _units_literal(units: tuple[str, ...] | None) -> str:
    items = ", ".join(literal(unit) for unit in (units or ()))
    return f"[{items}]::varchar[]"


@functools.cache
def added_columns() -> dict[str, dict[str, str]]:
    """Mart table -> {column: SQL standing in for it} of the columns added after files were written (policy.toml)."""
    return tomllib.loads((GATE_DIR / "policy.toml").read_text(encoding="utf-8")).get("added_columns", {})


def _missing_columns(con: duckdb.DuckDBPyConnection, tables: set[str]) -> dict[str, dict[str, str]]:
    """The added columns a file written before them lacks, by table (a warehouse loaded or a meeting frozen
    with an older version): its views read their stand-in instead of failing."""
    rows = con.execute(
        "select table_name, column_name from duckdb_columns() where database_name = ? and schema_name = 'marts'",
        [SOURCE_ALIAS],
    ).fetchall()
    present = {(table, column) for table, column in rows}
    missing = {}
    for table, columns in added_columns().items():
        absent = {c: t for c, t in columns.items() if (table, c) not in present}
        if table in tables and absent:
            missing[table] = absent
    return missing


def view_sql(table: str, template: str, units: tuple[str, ...] | None, missing: dict[str, str] | None = None) -> str:
    """The SELECT behind one gated view: the template with the source, table and scope filled in; missing
    columns (added after the file was written) read as policy.toml's stand-in."""
    template = _template(template)
    if missing:  # every read of this table, by placeholder or by name, reads it with the stand-ins
        empty = ", ".join(f"{stand_in} as {ident(column)}" for column, stand_in in missing.items())
        upgraded = f"(select *, {empty} from {{source}}.marts.{{table}})"
        this_table = re.compile(r"\{source\}\.marts\.(\{table\}|" + re.escape(table) + r")(?!\w)")
        template = this_table.sub(lambda _: upgraded, template)
    filled = {
        "{source}": ident(SOURCE_ALIAS),
        "{gated}": ident(GATED_CATALOG),
        "{table}": ident(table),
        "{everything}": "true" if units is None else "false",
        "{units}": _units_literal(units),
    }
    sql = template
    for placeholder, value in filled.items():
        sql = sql.replace(placeholder, value)
    return sql


def _source_marts(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "select table_name from duckdb_tables() where database_name = ? and schema_name = 'marts'",
        [SOURCE_ALIAS],
    ).fetchall()
    return {name for (name,) in rows}


def _with_dependencies(tables: set[str], chosen: dict[str, str]) -> set[str]:
    """The tables plus the gated views their templates count in ({gated}.marts.<table>), transitively."""
    needed, todo = set(), list(tables)
    while todo:
        table = todo.pop()
        if table in needed or table not in chosen:
            continue
        needed.add(table)
        todo += GATED_READS.findall(_template(chosen[table]))
    return needed


def connect(
    path: Path, viewer: Viewer, *, sealed: bool = False, tables: set[str] | None = None
) -> duckdb.DuckDBPyConnection:
    """An in-memory connection whose schema `marts` holds this viewer's views of the file's mart tables.

    tables: only these views (and those they count in), e.g. what one query reads: each view costs a few
    milliseconds to create. sealed=True also turns off file access and locks the configuration, so a query can
    read no other file and attach no other database (page queries; a snapshot's builder attaches its target).
    DuckDB keeps the attached file itself reachable by its path and alias, which no query file names.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(path)
    con = duckdb.connect()
    try:
        con.execute(f"attach {literal(path)} as {ident(SOURCE_ALIAS)} (read_only)")
        present = _source_marts(con)
        who = audience(viewer)
        chosen = {t: views[who] for t, views in policy().items() if views[who] != NOTHING and t in present}
        wanted = set(chosen) if tables is None else _with_dependencies(set(tables), chosen)
        missing = _missing_columns(con, wanted)
        con.execute("create schema marts")
        # views that count in other gated views ({gated}) come after those
        for table in sorted(wanted, key=lambda t: ("{gated}" in _template(chosen[t]), t)):
            view = view_sql(table, chosen[table], viewer.scope.units, missing.get(table))
            con.execute(f"create view marts.{ident(table)} as {view}")
        if sealed:
            con.execute("set enable_external_access = false")
            con.execute("set lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


def gated_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The mart tables visible on a gated connection, by name."""
    rows = con.execute(
        "select view_name from duckdb_views() where database_name = ? and schema_name = 'marts' order by view_name",
        [GATED_CATALOG],
    ).fetchall()
    return [name for (name,) in rows]
