"""The only way pages reach data: read-only queries against the marts of the warehouse.

Each query opens a short-lived read-only connection, so the ETL can swap in a new warehouse
at any time; results are cached per warehouse file identity, so a rebuild refreshes them.
"""

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from cockpit import config

QUERIES_DIR = Path(__file__).with_name("sql")


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


def _sql(name: str) -> str:
    return (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8")


@st.cache_data(max_entries=256, show_spinner=False)
def _run(version: WarehouseVersion, query_name: str, params: tuple = ()) -> pd.DataFrame:
    con = duckdb.connect(version.path, read_only=True)
    try:
        return con.execute(_sql(query_name), list(params)).df()
    finally:
        con.close()


def query(query_name: str, *params) -> pd.DataFrame:
    """Run cockpit/sql/<query_name>.sql with ? placeholders bound to params."""
    version = warehouse_version()
    if version is None:
        raise FileNotFoundError(config.WAREHOUSE_PATH)
    return _run(version, query_name, tuple(params))


def delivery_overview() -> pd.DataFrame:
    return query("delivery_overview")


def load_runs() -> pd.DataFrame:
    return query("load_runs")


def quarantine(limit: int) -> pd.DataFrame:
    return query("quarantine", limit)


def quarantine_count() -> int:
    return int(query("quarantine_count").iloc[0, 0])
