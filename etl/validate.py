"""Validation across rows, and the findings of every raw table, all of it at once, in DuckDB.

The rules within a row were checked in the pass that read the file (etl/typed_pass.py) and wait in each
row's problems; here they are collected, and the rules across rows are added: duplicate keys, lists of
references, a reason when a status changed. Every finding is a row of
(delivery, source_file, source_row, column_label, value, message) in raw.findings.
"""

import duckdb

from common.sql import ident as _ident
from common.sql import literal as sql_literal
from etl.contracts import Column, Contract, load_contracts
from etl.typed_pass import PROBLEMS, reference_label

FINDINGS_DDL = """
create or replace table raw.findings (
    delivery varchar, source_file varchar, source_row bigint,
    column_label varchar, value varchar, message varchar
)
"""
DELIVERED_FORMS = {"date": "%d.%m.%Y", "month": "%m.%Y", "timestamp": "%d.%m.%Y %H:%M"}


def _as_delivered(column: Column) -> str:
    """A typed key value in the text form of a delivery (what the office typed, for a well-formed value)."""
    v = _ident(column.stored_name)
    if column.type == "timestamp":
        return (
            f"case when second({v}) = 0 then strftime({v}, '%d.%m.%Y %H:%M') "
            f"else strftime({v}, '%d.%m.%Y %H:%M:%S') end"
        )
    if column.type in DELIVERED_FORMS:
        return f"strftime({v}, {sql_literal(DELIVERED_FORMS[column.type])})"
    return f"cast({v} as varchar)"


def row_findings_sql(contract: Contract) -> str:
    return f"""
        select {sql_literal(contract.name)}, source_file, source_row, p.column, p.value, p.message
        from (select source_file, source_row, unnest({PROBLEMS}) as p
              from raw.{_ident(contract.name)} where {PROBLEMS} is not null)"""


def _reference_values(reference: str) -> str:
    delivery, column = reference.split(".")
    if delivery == "districts":
        return "select district_id from ref.district_ids"
    return f"select {_ident(column)} from raw.{_ident(delivery)} where {_ident(column)} is not null"


def reference_sql(contract: Contract, column: Column) -> str:
    """A value that must exist in another delivery (or among the districts)."""
    v = _ident(column.name)
    message = (
        f"'\"' || {v} || {sql_literal(chr(34) + ' ist unbekannt; erwartet: ' + reference_label(column.references))}"
    )
    return f"""
        select {sql_literal(contract.name)}, source_file, source_row, {sql_literal(column.label)}, {v}, {message}
        from raw.{_ident(contract.name)}
        where {v} is not null and {v} not in ({_reference_values(column.references)})"""


def list_reference_sql(contract: Contract, column: Column) -> str:
    """A comma-separated list of references: every item must exist."""
    v = _ident(column.name)
    message = (
        f"'\"' || item || {sql_literal(chr(34) + ' ist unbekannt; erwartet: ' + reference_label(column.references))}"
    )
    return f"""
        select {sql_literal(contract.name)}, source_file, source_row, {sql_literal(column.label)}, {v}, {message}
        from (select source_file, source_row, {v}, trim(unnest(string_split({v}, ','))) as item
              from raw.{_ident(contract.name)} where {v} is not null)
        where item <> '' and item not in ({_reference_values(column.references)})"""


def duplicate_key_sql(contract: Contract) -> str:
    """Rows whose key occurs before: 64-bit hashes of the keys counted first (a small table even for millions
    of rows), only the rows of repeated hashes ordered and compared by their values."""
    keys = [contract.column(k) for k in contract.key]
    columns = ", ".join(_ident(k.stored_name) for k in keys)
    shown = " || ', ' || ".join(f"{sql_literal(k.label + '=')} || {_as_delivered(k)}" for k in keys)
    not_null = " and ".join(f"{_ident(k.stored_name)} is not null" for k in keys)
    table = f"raw.{_ident(contract.name)}"
    return f"""
        select {sql_literal(contract.name)}, source_file, source_row, {sql_literal(keys[0].label)},
               {_as_delivered(keys[0])},
               'Schlüssel doppelt (' || {shown} || '); erwartet: jede Kombination nur einmal, zuerst in '
                   || first_file || ' Zeile ' || first_row
        from (
            select *, row_number() over w as occurrence,
                   first_value(source_file) over w as first_file,
                   first_value(source_row) over w as first_row
            from (select source_file, source_row, {columns} from {table}
                  where {not_null} and hash({columns}) in
                        (select hash({columns}) from {table} where {not_null} group by 1 having count(*) > 1))
            window w as (partition by {columns} order by source_file, source_row)
        )
        where occurrence > 1"""


def _reason_on_change_sql(contract: Contract, check: dict) -> str:
    column = contract.column(check["column"])
    v = _ident(column.name)
    table = f"raw.{_ident(contract.name)}"
    select = f"select {sql_literal(contract.name)}, source_file, source_row, {sql_literal(column.label)}, {v}, "
    watch = [contract.column(w) for w in check["watch"]]
    partition = ", ".join(_ident(p) for p in check["partition"])
    order = _ident(contract.column(check["order"]).name)
    lags = ", ".join(f"lag({_ident(w.name)}) over w as {_ident('prev_' + w.name)}" for w in watch)
    changed = " or ".join(f"{_ident(w.name)} is distinct from {_ident('prev_' + w.name)}" for w in watch)
    message = "Pflichtwert fehlt, weil sich ein Status gegenüber dem Vorbericht geändert hat; erwartet: eine Begründung"
    return (
        f"{select} {sql_literal(message)} from (select *, row_number() over w as report_number, {lags} "
        f"from {table} window w as (partition by {partition} order by {order})) "
        f"where report_number > 1 and {v} is null and ({changed})"
    )


def validate(con: duckdb.DuckDBPyConnection) -> None:
    """Fill raw.findings with every problem of every raw table; rows found across rows are set aside too."""
    con.execute(FINDINGS_DDL)
    for contract in load_contracts().values():
        across = [duplicate_key_sql(contract)]
        across += [reference_sql(contract, c) for c in contract.columns if c.references and not c.list]
        across += [list_reference_sql(contract, c) for c in contract.columns if c.list and c.references]
        across += [_reason_on_change_sql(contract, c) for c in contract.checks if c["rule"] == "reason_on_change"]
        con.execute(f"create or replace temp table across_rows as {' union all '.join(across)}")
        con.execute("insert into raw.findings select * from across_rows")
        con.execute(
            f"update raw.{_ident(contract.name)} as r set {PROBLEMS} = [] "
            f"from (select distinct source_file, source_row from across_rows) as a "
            f"where r.{PROBLEMS} is null and r.source_file = a.source_file and r.source_row = a.source_row"
        )
        con.execute(f"insert into raw.findings {row_findings_sql(contract)}")
    con.execute("drop table if exists across_rows")


def valid_rows_views(con: duckdb.DuckDBPyConnection) -> None:
    """raw.valid_<delivery>: the rows without any problem, for staging."""
    for contract in load_contracts().values():
        name = _ident(contract.name)
        con.execute(
            f"create or replace view raw.{_ident('valid_' + contract.name)} as "
            f"select * exclude ({PROBLEMS}) from raw.{name} where {PROBLEMS} is null"
        )
