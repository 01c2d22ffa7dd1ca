"""The only way pages reach data: read-only queries against the marts of the warehouse.

Each query is a .sql file under cockpit/sql/<area>/, with $named parameters. Every query
that touches projects reads them through the scoped_projects table macro, bound to the
viewer's scope and the global filters, so a department's view cannot show other departments.
Each query opens a short-lived read-only connection (the ETL can swap the warehouse at any
time); results are cached per warehouse file identity, so a rebuild refreshes them.

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

from cockpit.viewer import Viewer
from common import settings

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
    path = Path(path or settings.WAREHOUSE_PATH)
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


@functools.lru_cache(maxsize=512)
def _cached(version: WarehouseVersion, query_name: str, params: tuple) -> pd.DataFrame:
    """Results per warehouse identity, query and parameters (shared by all sessions of the server)."""
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
    """Run cockpit/sql/<query_name>.sql for this viewer: scope, filters and day are always bound.

    Returns a copy, so a caller may change it without changing the cached result."""
    path = _snapshot_path.get() or settings.WAREHOUSE_PATH
    version = warehouse_version(path)
    if version is None:
        raise FileNotFoundError(path)
    bound = {**viewer.as_params(), **params}
    return _cached(version, query_name, tuple(sorted(bound.items()))).copy()
