"""The only way pages reach data: read-only queries against the marts of the warehouse.

Each query is a .sql file under cockpit/sql/<area>/, with $named parameters. Every query
that touches projects reads them through the scoped_projects table macro, bound to the
viewer's scope and the global filters, so a department's view cannot show other departments.
Each query opens a short-lived read-only connection (the ETL can swap the warehouse at any
time); results are cached per warehouse file identity, so a rebuild refreshes them.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from cockpit import config
from cockpit.filters import Filters
from cockpit.scope import Scope

QUERIES_DIR = Path(__file__).resolve().parents[1] / "sql"
PARAMETER = re.compile(r"\$([a-z_]+)")
# A frozen meeting snapshot to read instead of the warehouse (see reading_from); None = the warehouse.
_snapshot_path: ContextVar[Path | None] = ContextVar("snapshot_path", default=None)


@dataclass(frozen=True)
class WarehouseVersion:
    """Identity of the warehouse file: changes with every swap."""

    path: str
    inode: int
    modified_ns: int


def warehouse_version(path: Path | None = None) -> WarehouseVersion | None:
    path = Path(path or config.WAREHOUSE_PATH)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return WarehouseVersion(str(path), stat.st_ino, stat.st_mtime_ns)


def _scoping_sql() -> str:
    """The table macros (scoped_projects, project_reports_as_of, milestones_as_of) as temp macros."""
    return (QUERIES_DIR / "scoping.sql").read_text(encoding="utf-8")


def _sql(query_name: str) -> str:
    return (QUERIES_DIR / f"{query_name}.sql").read_text(encoding="utf-8")


@st.cache_data(max_entries=512, show_spinner=False)
def _run(version: WarehouseVersion, query_name: str, params: tuple) -> pd.DataFrame:
    sql = _sql(query_name)
    used = set(PARAMETER.findall(sql))
    values = {name: (list(value) if isinstance(value, tuple) else value) for name, value in params if name in used}
    missing = used - set(values)
    if missing:
        raise ValueError(f"{query_name}.sql needs parameters {sorted(missing)}")
    con = duckdb.connect(version.path, read_only=True)
    try:
        con.execute(_scoping_sql())
        return con.execute(sql, values).df()
    finally:
        con.close()


@contextmanager
def reading_from(path: Path) -> Iterator[None]:
    """Within this block, query() reads the given file (a meeting snapshot with the same marts)."""
    token = _snapshot_path.set(Path(path))
    try:
        yield
    finally:
        _snapshot_path.reset(token)


def query(query_name: str, scope: Scope, filters: Filters | None = None, **params) -> pd.DataFrame:
    """Run cockpit/sql/<query_name>.sql for this viewer: scope and filters are always bound."""
    path = _snapshot_path.get() or config.WAREHOUSE_PATH
    version = warehouse_version(path)
    if version is None:
        raise FileNotFoundError(path)
    bound = {"units": scope.units, **(filters or Filters()).as_params(), **params}
    return _run(version, query_name, tuple(sorted(bound.items())))
