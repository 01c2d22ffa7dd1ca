"""German text formats of delivered files: how values are written, and how they are recognised.

The generator writes with these functions; the reader turns typed .xlsx cells into the same
text, so a CSV and an .xlsx with the same content load identically.
"""

import datetime as dt
from decimal import Decimal

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
    """1234.5 -> '1.234,5' (places fixes the number of decimals)."""
    text = f"{value:,.{places}f}" if places is not None else f"{value:,}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


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
