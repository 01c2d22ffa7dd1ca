"""The staging layer as views over the typed raw tables: typed and renamed once, in the pass that read the file.

Each etl/sql/staging/<name>.sql holds a single select from raw.valid_<delivery> (import CTE, one CTE per
step, `select * from final`); a view costs nothing to build and the marts read the rows where they lie.
"""

import duckdb

from common.sql import ident
from etl.sql_files import SQL_DIR, build_order, layer_files


def build_staging(con: duckdb.DuckDBPyConnection) -> list[str]:
    """One view per staging file, in dependency order; returns the view names."""
    ordered = build_order(layer_files("staging", SQL_DIR), "staging")
    con.execute("create schema if not exists staging")
    for f in ordered:
        con.execute(f"create or replace view staging.{ident(f.name)} as\n{f.path.read_text(encoding='utf-8')}")
    return [f.name for f in ordered]
