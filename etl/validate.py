"""Validation of raw tables against their contracts, all of it at once, in DuckDB.

Every check is generated from the contract and yields rows of
(delivery, source_file, source_row, column_label, value, message) into raw.findings.
Column checks run in one scan per delivery; keys and cross-column rules in one query each.
"""

import datetime as dt

import duckdb

from common.sql import ident as _ident
from common.sql import literal as sql_literal
from etl.contracts import TYPE_EXPECTATIONS, Column, Contract, load_contracts
from etl.formats import PATTERNS, format_bound, format_date

FINDINGS_DDL = """
create or replace table raw.findings (
    delivery varchar, source_file varchar, source_row bigint,
    column_label varchar, value varchar, message varchar
)
"""


def _is_readable(column: Column, v: str) -> str:
    """SQL condition: the value has the text form and casts (dates must exist)."""
    if column.type == "text":
        return "true"
    condition = f"regexp_full_match({v}, {sql_literal(PATTERNS[column.type])})"
    if column.type in ("date", "month", "timestamp"):
        condition += f" and de_{column.type}({v}) is not null"
    return condition


def _reference_values(reference: str) -> str:
    delivery, column = reference.split(".")
    if delivery == "districts":
        return "select district_id from ref.district_ids"
    return f"select {_ident(column)} from raw.{_ident(delivery)} where {_ident(column)} is not null"


def _problem(label: str, value_sql: str, message_sql: str) -> str:
    return f"{{'column': {sql_literal(label)}, 'value': {value_sql}, 'message': {message_sql}}}"


def _column_cases(column: Column) -> list[str]:
    """CASE expressions, each giving a problem struct or NULL, for one column."""
    v = _ident(column.stored_name)
    label = column.label
    hint = TYPE_EXPECTATIONS[column.type]
    quoted = f"'\"' || {v} || '\"'"
    cases = []
    if column.required:
        cases.append((f"{v} is null", _problem(label, "''", sql_literal(f"Pflichtwert fehlt; erwartet: {hint}"))))
    if column.personal:
        return [f"case when {cond} then {problem} end" for cond, problem in cases]
    readable = _is_readable(column, v)
    if column.type != "text":
        cases.append(
            (
                f"{v} is not null and not ({readable})",
                _problem(label, v, f"{quoted} || {sql_literal(' ist nicht lesbar; erwartet: ' + hint)}"),
            )
        )
    if column.min is not None or column.max is not None:
        value = f"de_{column.type}({v})"
        bounds, expected = [], []
        if column.min is not None:
            bounds.append(f"{value} < {column.min}")
            expected.append(f"mindestens {format_bound(column.min, column.type)}")
        if column.max is not None:
            bounds.append(f"{value} > {column.max}")
            expected.append(f"höchstens {format_bound(column.max, column.type)}")
        message = " liegt außerhalb des erlaubten Bereichs; erwartet: " + " und ".join(expected)
        cases.append(
            (
                f"{v} is not null and {readable} and ({' or '.join(bounds)})",
                _problem(label, v, f"{v} || {sql_literal(message)}"),
            )
        )
    if column.enum:
        allowed = ", ".join(sql_literal(e) for e in column.enum)
        message = " ist kein erlaubter Wert; erwartet: eins von " + ", ".join(column.enum)
        cases.append(
            (
                f"{v} is not null and {v} not in ({allowed})",
                _problem(label, v, f"{quoted} || {sql_literal(message)}"),
            )
        )
    if column.pattern:
        expected = column.description or f"die Form {column.pattern}"
        cases.append(
            (
                f"{v} is not null and not regexp_full_match({v}, {sql_literal(column.pattern)})",
                _problem(
                    label, v, f"{quoted} || {sql_literal(' hat nicht die erwartete Form; erwartet: ' + expected)}"
                ),
            )
        )
    if column.references:
        target = _reference_label(column.references)
        values = _reference_values(column.references)
        if not column.list:
            cases.append(
                (
                    f"{v} is not null and {v} not in ({values})",
                    _problem(label, v, f"{quoted} || {sql_literal(' ist unbekannt; erwartet: ' + target)}"),
                )
            )
    return [f"case when {cond} then {problem} end" for cond, problem in cases]


def _reference_label(reference: str) -> str:
    delivery, column = reference.split(".")
    if delivery == "districts":
        return "eine Stadtbezirksnummer (12 aktuelle oder 19 alte)"
    contract = load_contracts()[delivery]
    return f"eine {contract.column(column).label} aus der Lieferung {contract.label}"


def column_checks_sql(contract: Contract) -> str:
    cases = [case for column in contract.columns for case in _column_cases(column)]
    return f"""
        select {sql_literal(contract.name)}, source_file, source_row, p.column, p.value, p.message
        from (
            select source_file, source_row, unnest(problems) as p
            from (select source_file, source_row,
                         list_filter([{", ".join(cases)}], lambda x: x is not null) as problems
                  from raw.{_ident(contract.name)})
            where len(problems) > 0
        )"""


def list_reference_sql(contract: Contract, column: Column) -> str:
    """A comma-separated list of references: every item must exist."""
    v = _ident(column.name)
    message = (
        f"'\"' || item || {sql_literal(chr(34) + ' ist unbekannt; erwartet: ' + _reference_label(column.references))}"
    )
    return f"""
        select {sql_literal(contract.name)}, source_file, source_row, {sql_literal(column.label)}, {v}, {message}
        from (select source_file, source_row, {v}, trim(unnest(string_split({v}, ','))) as item
              from raw.{_ident(contract.name)} where {v} is not null)
        where item <> '' and item not in ({_reference_values(column.references)})"""


def duplicate_key_sql(contract: Contract) -> str:
    keys = [contract.column(k) for k in contract.key]
    partition = ", ".join(_ident(k.stored_name) for k in keys)
    shown = " || ', ' || ".join(f"{sql_literal(k.label + '=')} || {_ident(k.stored_name)}" for k in keys)
    not_null = " and ".join(f"{_ident(k.stored_name)} is not null" for k in keys)
    return f"""
        select {sql_literal(contract.name)}, source_file, source_row, {sql_literal(keys[0].label)},
               {_ident(keys[0].stored_name)},
               'Schlüssel doppelt (' || {shown} || '); erwartet: jede Kombination nur einmal, zuerst in '
                   || first_file || ' Zeile ' || first_row
        from (
            select *, row_number() over w as occurrence,
                   first_value(source_file) over w as first_file,
                   first_value(source_row) over w as first_row
            from raw.{_ident(contract.name)}
            where {not_null}
            window w as (partition by {partition} order by source_file, source_row)
        )
        where occurrence > 1"""


def _cross_check_sql(contract: Contract, check: dict, delivery_date: dt.date) -> str:
    column = contract.column(check["column"])
    v = _ident(column.name)
    table = f"raw.{_ident(contract.name)}"
    select = f"select {sql_literal(contract.name)}, source_file, source_row, {sql_literal(column.label)}, {v}, "
    rule = check["rule"]
    if rule == "not_before":
        other = contract.column(check["other"])
        o = _ident(other.name)
        before = sql_literal(f"liegt vor {other.label} (")
        after = sql_literal(f"); erwartet: nicht vor {other.label}")
        message = f"{before} || {o} || {after}"
        return f"{select} {message} from {table} where de_{column.type}({v}) < de_{other.type}({o})"
    if rule == "not_after_delivery":
        day = format_date(delivery_date)
        return (
            f"{select} {sql_literal('liegt nach dem Lieferdatum ' + day + '; erwartet: spätestens ' + day)} "
            f"from {table} where de_{column.type}({v}) > date {sql_literal(delivery_date.isoformat())}"
        )
    if rule == "required_if":
        when = contract.column(check["when"])
        message = f"Pflichtwert fehlt, weil {when.label} = {check['equals']}; erwartet: ein Text"
        return (
            f"{select} {sql_literal(message)} from {table} "
            f"where {v} is null and lower({_ident(when.name)}) = {sql_literal(check['equals'])}"
        )
    if rule == "reason_on_change":
        watch = [contract.column(w) for w in check["watch"]]
        partition = ", ".join(_ident(p) for p in check["partition"])
        order = contract.column(check["order"])
        lags = ", ".join(f"lag({_ident(w.name)}) over w as {_ident('prev_' + w.name)}" for w in watch)
        changed = " or ".join(f"{_ident(w.name)} is distinct from {_ident('prev_' + w.name)}" for w in watch)
        message = (
            "Pflichtwert fehlt, weil sich ein Status gegenüber dem Vorbericht geändert hat; erwartet: eine Begründung"
        )
        return (
            f"{select} {sql_literal(message)} from (select *, row_number() over w as report_number, {lags} "
            f"from {table} window w as (partition by {partition} order by de_{order.type}({_ident(order.name)}))) "
            f"where report_number > 1 and {v} is null and ({changed})"
        )
    if rule == "pzc_urgency":
        other = contract.column(check["other"])
        o = _ident(other.name)
        message = (
            f"{sql_literal('passt nicht zum PZC ')} || {o} || {sql_literal('; erwartet: die letzte Ziffer des PZC')}"
        )
        return (
            f"{select} {message} from {table} where regexp_full_match({o}, {sql_literal(other.pattern)}) "
            f"and regexp_full_match({v}, '[0-9]+') and {v} <> split_part({o}, '-', 3)"
        )
    raise ValueError(f"contracts.toml: unknown check rule {rule} in {contract.name}")


def validate(con: duckdb.DuckDBPyConnection, delivery_date: dt.date) -> None:
    """Fill raw.findings with every problem of every raw table."""
    con.execute(FINDINGS_DDL)
    for contract in load_contracts().values():
        queries = [column_checks_sql(contract), duplicate_key_sql(contract)]
        queries += [list_reference_sql(contract, c) for c in contract.columns if c.list and c.references]
        queries += [_cross_check_sql(contract, check, delivery_date) for check in contract.checks]
        for query in queries:
            con.execute(f"insert into raw.findings {query}")
