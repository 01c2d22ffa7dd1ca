"""German (and English) number and date formats, the same on every laptop and the projector."""

import datetime as dt
import math

import pandas as pd
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal as babel_format_decimal

LOCALES = {"de": "de_DE", "en": "en_GB"}


def is_missing(value) -> bool:
    """None, NaN and NaT: shown as an en dash."""
    return value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def number(value, places: int = 0, lang: str = "de") -> str:
    """1234.5 -> '1.234,5' (de) or '1,234.5' (en); missing values as an en dash."""
    if is_missing(value):
        return "–"
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return babel_format_decimal(value, format=pattern, locale=LOCALES[lang])


def euro(value, places: int = 0, lang: str = "de") -> str:
    return "–" if is_missing(value) else f"{number(value, places, lang)} €"


def percent(share, places: int = 1, lang: str = "de") -> str:
    """A share 0..1 as '12,5 %'."""
    return "–" if is_missing(share) else f"{number(share * 100, places, lang)} %"


def date(value, lang: str = "de") -> str:
    """31.10.2026 in German, 31/10/2026 in English."""
    if is_missing(value):
        return "–"
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime("%d.%m.%Y") if lang == "de" else value.strftime("%d/%m/%Y")


def datetime(value, lang: str = "de") -> str:
    if is_missing(value):
        return "–"
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return value.strftime("%d.%m.%Y %H:%M") if lang == "de" else value.strftime("%d/%m/%Y %H:%M")


def month(value, lang: str = "de") -> str:
    """October 2026 as 'Oktober 2026' / 'October 2026'."""
    if is_missing(value):
        return "–"
    return babel_format_date(value, format="MMMM yyyy", locale=LOCALES[lang])
