"""German text formats of delivered files: how values are written, and how they are recognised.

The generator writes with these functions; the reader turns typed .xlsx cells into the same
text, so a CSV and an .xlsx with the same content load identically. Numbers are written with the
shared formats (common.formats), always in German: delivered files are German whatever the UI shows.
"""

import datetime as dt
from decimal import Decimal

from common import formats

DELIVERY_LANG = "de"

# Regular expressions (DuckDB/RE2 syntax) of the accepted text forms, one per contract type.
PATTERNS = {
    "int": r"-?(\d{1,3}(\.\d{3})+|\d+)",
    "decimal": r"-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?",
    "date": r"\d{1,2}\.\d{1,2}\.\d{4}",
    "month": r"(\d{1,2}\.\d{4}|\d{1,2}\.\d{1,2}\.\d{4})",
    "timestamp": r"\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}:\d{2}(:\d{2})?",
    "bool": r"(?i)(ja|nein)",
}


def format_decimal(value: float | int | Decimal, places: int | None = None) -> str:
    """1234.5 -> '1.234,5'; places fixes the number of decimals, else as many as needed (1000 -> '1.000')."""
    if places is None:
        return formats.plain_number(value, DELIVERY_LANG)
    return formats.number(value, places, DELIVERY_LANG)


def format_decimals(values, places: int) -> list[str]:
    """format_decimal(value, places) of every value of a long column, at a fraction of the cost."""
    return formats.numbers(values, places, DELIVERY_LANG)


def format_int(value: float | int) -> str:
    """A whole number as int columns are delivered: digits only, no thousands dots (2026, 1234)."""
    return str(int(value))


def format_bound(value: float | int, column_type: str) -> str:
    """A contract's min or max in its column's text form: 'mindestens 2000' for a year, '52,2' for a decimal."""
    return format_int(value) if column_type == "int" else format_decimal(value)


def format_date(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


def format_month(value: dt.date) -> str:
    return value.strftime("%m.%Y")


def format_timestamp(value: dt.datetime) -> str:
    return value.strftime("%d.%m.%Y %H:%M")


def format_bool(value: bool) -> str:
    return "ja" if value else "nein"


def cell_to_text(value: object, column_type: str) -> str:
    """A typed .xlsx cell as the text a German CSV would carry for it."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if column_type == "date" or (column_type != "timestamp" and value.time() == dt.time()):
            return format_month(value) if column_type == "month" else format_date(value)
        return format_timestamp(value)
    if isinstance(value, dt.date):
        return format_month(value) if column_type == "month" else format_date(value)
    if isinstance(value, bool):
        return format_bool(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and column_type in ("int", "text"):
            return str(int(value))
        return repr(value).replace(".", ",")
    return str(value).strip()
