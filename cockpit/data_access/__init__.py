"""The only way pages reach data: read-only queries against the marts of the warehouse.

Each query is a .sql file under cockpit/sql/<area>/, with $named parameters. Each runs on a
short-lived connection opened by the scope gate (cockpit.data_access.gate): its `marts` schema
holds only this viewer's views, filtered to the viewer's scope and role, so no query can show
other departments' projects, whatever it forgets. Queries that touch projects also read them
through the scoped_projects table macro for the global filters. A query reading a table the gate
does not show this viewer raises NotInScope; it never falls back to the file. The ETL can swap
the warehouse at any time; results are cached per warehouse file identity, role and scope.

Data access takes a cockpit.viewer.Viewer and returns data and codes; it imports nothing of
Streamlit, texts or presentation (tests/test_architecture.py holds it to that).
"""

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from cockpit.data_access.gate import NotInScope, audience, connect, gated_tables, narrowed_tables
from cockpit.viewer import Scope, Viewer
from common import settings

__all__ = ["NotInScope", "WarehouseVersion", "clear_cache", "query", "reading_from", "warehouse_version"]

QUERIES_DIR = Path(__file__).resolve().parents[1] / "sql"
PARAMETER = re.compile(r"\$([a-z_]+)")
MART = re.compile(r"\bmarts\.([a-z_][a-z0-9_]*)")
MACRO = re.compile(r"create or replace temp macro ([a-z_]+)\(")
# A frozen meeting snapshot to read instead of the warehouse (see reading_from); None = the warehouse.
_snapshot_path: ContextVar[Path | None] = ContextVar("snapshot_path", default=None)


@dataclass(frozen=True)
class WarehouseVersion:
    """Identity of the warehouse file: changes with every swap."""

    path: str
    inode: int
    modified_ns: int


def warehouse_version(path: Path | None = None) -> WarehouseVersion | None:
    path = Path(path or settings.WAREHOUSE_PATH)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return WarehouseVersion(str(path), stat.st_ino, stat.st_mtime_ns)


@functools.cache
def _macros() -> dict[str, str]:
    """The table macros of scoping.sql (scoped_projects, project_reports_as_of, milestones_as_of) by name."""
    lines = (QUERIES_DIR / "scoping.sql").read_text(encoding="utf-8").splitlines()
    text = "\n".join(line.split("--", 1)[0] for line in lines)  # comments out: they may hold a ';'
    return {MACRO.search(s).group(1): s for s in text.split(";") if MACRO.search(s)}


def _macros_called(sql: str) -> list[str]:
    """The macros of scoping.sql a query calls, and those they call in turn, in the file's order (a macro
    comes after the macros it calls)."""
    called: set[str] = set()
    text = sql
    while found := {n for n in _macros() if n not in called and re.search(rf"\b{n}\s*\(", text)}:
        called |= found
        text = "\n".join([sql, *(_macros()[n] for n in called)])
    return [macro for name, macro in _macros().items() if name in called]


def _sql(query_name: str) -> str:
    return (QUERIES_DIR / f"{query_name}.sql").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=512)
def _cached(
    version: WarehouseVersion, query_name: str, role: str, units: tuple[str, ...] | None, params: tuple
) -> pd.DataFrame:
    """Results per warehouse identity, query, role, scope and parameters (shared by all sessions of the server)."""
    sql = _sql(query_name)
    used = set(PARAMETER.findall(sql))
    values = {name: (list(value) if isinstance(value, tuple) else value) for name, value in params if name in used}
    missing = used - set(values)
    if missing:
        raise ValueError(f"{query_name}.sql needs parameters {sorted(missing)}")
    macros = _macros_called(sql)
    reads = set(MART.findall(sql)).union(*(MART.findall(macro) for macro in macros))
    viewer = Viewer(role=role, scope=Scope(units))
    con = connect(Path(version.path), viewer, sealed=True, tables=reads)
    try:
        absent = sorted(reads - set(gated_tables(con)))
        if absent:
            raise NotInScope(f"{query_name}.sql", absent, audience(viewer))
        for macro in macros:
            con.execute(macro)
        try:
            return con.execute(sql, values).df()
        except duckdb.BinderException as error:  # a column the viewer's narrower view leaves out
            narrowed = sorted(reads & narrowed_tables(viewer))
            if narrowed:
                raise NotInScope(f"{query_name}.sql", narrowed, audience(viewer)) from error
            raise
    finally:
        con.close()


def clear_cache() -> None:
    """Forget every cached result (benchmarks measure cold page runs)."""
    _cached.cache_clear()


@contextmanager
def reading_from(path: Path) -> Iterator[None]:
    """Within this block, query() reads the given file (a meeting snapshot with the same marts)."""
    token = _snapshot_path.set(Path(path))
    try:
        yield
    finally:
        _snapshot_path.reset(token)


def query(query_name: str, viewer: Viewer, **params) -> pd.DataFrame:
    """Run cockpit/sql/<query_name>.sql for this viewer on its gated connection: scope, filters and day are
    always bound. Raises NotInScope when the query reads a table the gate does not show this viewer.

    Returns a copy, so a caller may change it without changing the cached result."""
    path = _snapshot_path.get() or settings.WAREHOUSE_PATH
    version = warehouse_version(path)
    if version is None:
        raise FileNotFoundError(path)
    bound = {**viewer.as_params(), **params}
    key = tuple(sorted(bound.items()))
    return _cached(version, query_name, viewer.role, viewer.scope.units, key).copy()
