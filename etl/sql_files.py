"""SQL helpers: quoting, and running the .sql files of a layer (one file = one table)."""

from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).with_name("sql")
LAYERS = ("staging", "marts")


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def run_macros(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((SQL_DIR / "macros.sql").read_text(encoding="utf-8"))


def build_layer(con: duckdb.DuckDBPyConnection, layer: str) -> list[str]:
    """Create one table per .sql file of the layer, in file-name order; returns the table names.

    Each file holds a single select (import CTEs, one CTE per step, `select * from final`).
    """
    con.execute(f"create schema if not exists {layer}")
    tables = []
    for path in sorted((SQL_DIR / layer).glob("*.sql")):
        con.execute(f"create or replace table {layer}.{ident(path.stem)} as\n{path.read_text(encoding='utf-8')}")
        tables.append(path.stem)
    return tables
