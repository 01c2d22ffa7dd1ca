"""The one pass per delivered file: read, type, check every row and hash number plates, in one statement.

The select that reads the file gives each value as trimmed NFC text; beside it the typed value (German
text forms, see etl/formats.py) and, for a row with problems only, the list of them (column label, value
as delivered, message). Rows land typed in raw.<delivery> with their problems; the row-level rules of a
contract (required, readable, range, allowed values, form, the plausibility checks within a row) are all
here; the rules that look at other rows (keys, references, lists, changes) in etl/validate.py.
"""

import datetime as dt
import hashlib

from common.sql import ident
from common.sql import literal as lit
from etl.contracts import TYPE_EXPECTATIONS, Column, Contract, load_contracts
from etl.formats import PATTERNS, format_bound, format_date
from etl.reader import PreparedFile

SQL_TYPES = {
    "text": "varchar",
    "int": "bigint",
    "decimal": "double",
    "date": "date",
    "month": "date",
    "timestamp": "timestamp",
    "bool": "boolean",
}
PSEUDONYM_TYPE = "ubigint"
PROBLEMS = "__problems"
PROBLEMS_TYPE = 'struct("column" varchar, value varchar, message varchar)[]'
PLATE_CHARS = "[A-Za-z0-9ÄÖÜäöü]"
CROSS_ROW_RULES = ("reason_on_change",)


def text(column: Column) -> str:
    """The name of a column's delivered text inside the pass."""
    return ident(f"_t_{column.name}")


def _stored_type(column: Column) -> str:
    return PSEUDONYM_TYPE if column.personal == "pseudonymise" else SQL_TYPES[column.type]


def raw_ddl(contract: Contract) -> str:
    columns = ", ".join(f"{ident(c.stored_name)} {_stored_type(c)}" for c in contract.columns)
    return (
        f"create or replace table raw.{ident(contract.name)} "
        f"(source_file varchar, source_row bigint, {columns}, {PROBLEMS} {PROBLEMS_TYPE})"
    )


def hash_key(pseudonym_key: str) -> str:
    """The secret the plate hash is keyed with: 128 bits (32 hex characters) derived from the pseudonym key, so
    the key and a plate fit one SHA-256 block (half the hashing of a 64-character key)."""
    return hashlib.sha256(pseudonym_key.encode("utf-8")).hexdigest()[:32]


def _plate_hash(value: str) -> str:
    """A 64-bit number from a keyed SHA-256 of the plate without spaces, hyphens or other signs, upper case (the
    common spellings take the cheap path of two replaces; anything else the regular expression): 8 bytes per row
    instead of 64 hex characters that no compression can shrink, and still a pseudonym without practical
    collisions (about 1 in 10^7 for a million vehicles). $key is hash_key(pseudonym key)."""
    common = f"upper(replace(replace({value}, ' ', ''), '-', ''))"
    other = f"upper(regexp_replace({value}, '[^A-Za-z0-9ÄÖÜäöü]', '', 'g'))"
    normalised = f"case when regexp_full_match({value}, {lit('[A-Za-z0-9ÄÖÜäöü -]*')}) then {common} else {other} end"
    return f"case when {value} is not null then hash(sha256($key || {normalised})) end"


def _trimmed(cell: str, nfc_rows: bool, padded: bool) -> str:
    """A cell in NFC without surrounding spaces, NULL if empty. Normalised only where the file's rows are not
    already NFC; trimmed only where a space stands beside a delimiter or line break somewhere in the file, and
    then copied only where a space is at either end (DuckDB's trim removes the plain space only)."""
    if not padded:
        return f"nullif({cell if nfc_rows else f'nfc_normalize({cell})'}, '')"
    if nfc_rows:
        padded_here = f"starts_with({cell}, ' ') or ends_with({cell}, ' ')"
        return f"nullif(case when {padded_here} then trim({cell}) else {cell} end, '')"
    return f"nullif(trim(nfc_normalize({cell})), '')"


def text_select(contract: Contract, labels: list[str], nfc_rows: bool = False, padded: bool = True) -> str:
    """Each contract column's value as trimmed NFC text, read from the file's positional columns c0, c1, ..."""
    positions = {label: i for i, label in enumerate(labels)}
    parts = []
    for column in contract.columns:
        if column.label not in positions:  # an optional column the file leaves out
            parts.append(f"null::varchar as {text(column)}")
            continue
        value = _trimmed(f"c{positions[column.label]}", nfc_rows, padded)
        if column.personal == "pseudonymise":
            parts.append(f"{_plate_hash(value)} as {ident(column.stored_name)}")
        else:
            parts.append(f"{value} as {text(column)}")
    return ", ".join(parts)


def _typed(column: Column) -> str:
    t = text(column)
    if column.type == "text":
        return t
    if column.type == "bool":
        return f"de_bool({t})"
    return f"case when regexp_full_match({t}, {lit(PATTERNS[column.type])}) then de_{column.type}({t}) end"


def typed_select(contract: Contract) -> str:
    parts = [_typed(c) + f" as {ident(c.name)}" for c in contract.columns if not c.personal]
    return ", ".join(parts)


def _problem(label: str, value_sql: str, message_sql: str) -> str:
    return f"{{'column': {lit(label)}, 'value': {value_sql}, 'message': {message_sql}}}"


def reference_label(reference: str) -> str:
    delivery, column = reference.split(".")
    if delivery == "districts":
        return "eine Stadtbezirksnummer (12 aktuelle oder 19 alte)"
    contract = load_contracts()[delivery]
    return f"eine {contract.column(column).label} aus der Lieferung {contract.label}"


def _column_cases(column: Column) -> list[tuple[str, str]]:
    """(condition, problem) pairs of one column; the value is its delivered text, the type is checked once."""
    label, hint = column.label, TYPE_EXPECTATIONS[column.type]
    t, typed = text(column), ident(column.name)
    quoted = f"'\"' || {t} || '\"'"
    cases = []
    if column.required:
        present = ident(column.stored_name) if column.personal else t
        cases.append((f"{present} is null", _problem(label, "''", lit(f"Pflichtwert fehlt; erwartet: {hint}"))))
    if column.personal:
        return cases
    if column.type != "text":
        message = f"{quoted} || {lit(' ist nicht lesbar; erwartet: ' + hint)}"
        cases.append((f"{t} is not null and {typed} is null", _problem(label, t, message)))
    if column.min is not None or column.max is not None:
        bounds, expected = [], []
        if column.min is not None:
            bounds.append(f"{typed} < {column.min}")
            expected.append(f"mindestens {format_bound(column.min, column.type)}")
        if column.max is not None:
            bounds.append(f"{typed} > {column.max}")
            expected.append(f"höchstens {format_bound(column.max, column.type)}")
        message = " liegt außerhalb des erlaubten Bereichs; erwartet: " + " und ".join(expected)
        cases.append((f"({' or '.join(bounds)})", _problem(label, t, f"{t} || {lit(message)}")))
    if column.enum:
        allowed = ", ".join(lit(e) for e in column.enum)
        message = " ist kein erlaubter Wert; erwartet: eins von " + ", ".join(column.enum)
        cases.append((f"{t} not in ({allowed})", _problem(label, t, f"{quoted} || {lit(message)}")))
    if column.pattern:
        expected = column.description or f"die Form {column.pattern}"
        message = f"{quoted} || {lit(' hat nicht die erwartete Form; erwartet: ' + expected)}"
        cases.append((f"not regexp_full_match({t}, {lit(column.pattern)})", _problem(label, t, message)))
    return cases


def _check_case(contract: Contract, check: dict, delivery_date: dt.date) -> tuple[str, str]:
    """A plausibility rule within one row as (condition, problem)."""
    column = contract.column(check["column"])
    t, typed, label = text(column), ident(column.name), column.label
    rule = check["rule"]
    if rule == "not_before":
        other = contract.column(check["other"])
        before, after = lit(f"liegt vor {other.label} ("), lit(f"); erwartet: nicht vor {other.label}")
        message = f"{before} || {text(other)} || {after}"
        return f"{typed} < {ident(other.name)}", _problem(label, t, message)
    if rule == "not_after_delivery":
        day = format_date(delivery_date)
        message = lit(f"liegt nach dem Lieferdatum {day}; erwartet: spätestens {day}")
        return f"{typed} > date {lit(delivery_date.isoformat())}", _problem(label, t, message)
    if rule == "required_if":
        when = contract.column(check["when"])
        message = lit(f"Pflichtwert fehlt, weil {when.label} = {check['equals']}; erwartet: ein Text")
        return f"{t} is null and lower({text(when)}) = {lit(check['equals'])}", _problem(label, t, message)
    if rule == "pzc_urgency":
        other = contract.column(check["other"])
        o = text(other)
        message = f"{lit('passt nicht zum PZC ')} || {o} || {lit('; erwartet: die letzte Ziffer des PZC')}"
        condition = (
            f"regexp_full_match({o}, {lit(other.pattern)}) and regexp_full_match({t}, '[0-9]+') "
            f"and {t} <> split_part({o}, '-', 3)"
        )
        return condition, _problem(label, t, message)
    raise ValueError(f"contracts.toml: unknown check rule {rule} in {contract.name}")


def problems_select(contract: Contract, delivery_date: dt.date) -> str:
    """The row's problems: NULL for a good row (the list is only built for a row with a problem)."""
    cases = [case for column in contract.columns for case in _column_cases(column)]
    cases += [_check_case(contract, c, delivery_date) for c in contract.checks if c["rule"] not in CROSS_ROW_RULES]
    if not cases:
        return f"null::{PROBLEMS_TYPE}"
    any_problem = " or ".join(f"({condition})" for condition, _ in cases)  # NULL or false: no problem
    items = ", ".join(f"case when {condition} then {problem} end" for condition, problem in cases)
    return f"case when {any_problem} then list_filter([{items}], lambda p: p is not null) end"


def file_select(prepared: PreparedFile, source: str, row: str, file: str) -> str:
    """One file's rows as text: its name ($file parameter), Excel row number and each contract column's value."""
    values = text_select(prepared.contract, prepared.labels, prepared.nfc_rows, prepared.padded)
    return f"select {file} as source_file, {row} as source_row, {values} from {source}"


def insert_sql(contract: Contract, file_selects: list[str], delivery_date: dt.date) -> str:
    """Insert files' rows (file_select of each) into raw.<delivery>: typed values, plates hashed, problems beside
    them; several files of a delivery in one statement, so their rows fill whole row groups."""
    stored = ", ".join(ident(c.stored_name) for c in contract.columns)
    return (
        f"insert into raw.{ident(contract.name)} "
        f"select source_file, source_row, {stored}, {problems_select(contract, delivery_date)} from ("
        f"select *, {typed_select(contract)} from ({' union all '.join(file_selects)}))"
    )
