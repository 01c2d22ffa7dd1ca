"""The raw layer: every delivered row, typed, with its source file, Excel row number and problems.

Number plates never reach a table: the select that reads the file replaces them by a keyed
hash, so the plate exists only in the delivered file and in memory.
"""

import datetime as dt

import duckdb

from common.sql import ident
from etl.contracts import Contract, load_contracts
from etl.findings import Finding
from etl.reader import SOURCE_ROW, PreparedFile
from etl.typed_pass import file_select, hash_key, insert_sql, raw_ddl

SEEDS = ("districts", "district_mapping", "fields_of_action", "board_meetings")


def create_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("create schema if not exists raw")
    for contract in load_contracts().values():
        con.execute(raw_ddl(contract))


def load_seeds(con: duckdb.DuckDBPyConnection, seeds_dir) -> None:
    """Reference data shipped with the code (districts, old district numbers, fields of action)."""
    con.execute("create schema if not exists ref")
    for name in SEEDS:
        con.execute(
            f"create or replace table ref.{name} as "
            "select * from read_csv(?, delim=';', header=true, all_varchar=true)",
            [str(seeds_dir / f"{name}.csv")],
        )
    con.execute(
        "create or replace table ref.deliveries "
        "(delivery varchar, delivery_label varchar, mode varchar, sort_order int)"
    )
    con.executemany(
        "insert into ref.deliveries values (?, ?, ?, ?)",
        [[c.name, c.label, c.mode, i] for i, c in enumerate(load_contracts().values(), start=1)],
    )
    con.execute(
        "create or replace table ref.district_ids as "
        "select district_id from ref.districts union select old_district_id from ref.district_mapping"
    )


def header_findings(prepared: PreparedFile) -> list[Finding]:
    """Unknown, duplicated and missing columns: each makes the file unloadable."""
    contract = prepared.contract
    findings = []
    seen = set()
    for label in prepared.labels:
        if label in seen:
            findings.append(
                Finding(
                    prepared.path.name,
                    prepared.header_row,
                    label,
                    label,
                    "Spalte doppelt; erwartet: jede Spalte einmal",
                )
            )
        elif label not in contract.labels:
            findings.append(
                Finding(
                    prepared.path.name,
                    prepared.header_row,
                    label,
                    label,
                    f"unbekannte Spalte; erwartet: nur Spalten der Vorlage {contract.label}",
                )
            )
        seen.add(label)
    for column in contract.columns:
        if column.label not in seen and not column.optional:
            findings.append(
                Finding(
                    prepared.path.name,
                    prepared.header_row,
                    column.label,
                    "",
                    f"Spalte fehlt; erwartet: alle Spalten der Vorlage {contract.label}",
                )
            )
    return findings


def _file_select(prepared: PreparedFile, n: int) -> tuple[str, dict]:
    """The select of one prepared file (the n-th of its statement) and its parameters."""
    width = len(prepared.labels)
    columns = {f"c{i}": "VARCHAR" for i in range(width)}
    if prepared.has_row_numbers:
        columns = {SOURCE_ROW: "BIGINT", **columns}
        row = SOURCE_ROW
        skip = 0
    else:
        row = f"row_number() over () + {prepared.header_row}"
        skip = prepared.header_row
    quote = "'\"'" if prepared.has_row_numbers else "''"
    source = (
        f"read_csv($path_{n}, delim=$delim_{n}, header=false, skip={skip}, quote={quote}, escape={quote}, "
        f"columns={columns!r}, strict_mode=true, auto_detect=false)"
    )
    select = file_select(prepared, source, row, f"$file_{n}")
    parameters = {
        f"path_{n}": str(prepared.csv_path),
        f"delim_{n}": prepared.csv_delimiter,
        f"file_{n}": prepared.path.name,
    }
    return select, parameters


def insert_files(
    con: duckdb.DuckDBPyConnection, files: list[PreparedFile], pseudonym_key: str, delivery_date: dt.date
) -> list[int]:
    """Read prepared files of one delivery into its raw table in one statement and one pass (typed, checked,
    plates hashed); returns the rows read of each file."""
    contract = files[0].contract
    selects, parameters = [], {}
    for n, prepared in enumerate(files):
        select, file_parameters = _file_select(prepared, n)
        selects.append(select)
        parameters |= file_parameters
    if _needs_key(contract):
        parameters["key"] = hash_key(pseudonym_key)
    (inserted,) = con.execute(insert_sql(contract, selects, delivery_date), parameters).fetchone()
    if len(files) == 1:
        return [inserted]
    names = [prepared.path.name for prepared in files]
    counts = dict(
        con.execute(
            f"select source_file, count(*) from raw.{ident(contract.name)} where list_contains($names, source_file) "
            "group by all",
            {"names": names},
        ).fetchall()
    )
    return [counts.get(name, 0) for name in names]


def _needs_key(contract: Contract) -> bool:
    return any(c.personal == "pseudonymise" for c in contract.columns)
