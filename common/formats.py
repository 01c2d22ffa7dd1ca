"""German (and English) number, money and date formats on Babel's CLDR data: the one set of formats.

The dashboard, the board pack, the ETL's findings and its command-line summary all write numbers with
these functions, so 1.234,5 € and 31.10.2026 look the same on every screen, slide and terminal.
Missing values (None, NaN, NaT) are shown as an en dash.
"""

import datetime as dt
from decimal import Decimal

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import get_day_names, get_month_names
from babel.numbers import format_compact_currency, format_decimal, parse_pattern

LOCALES = {"de": "de_DE", "en": "en_GB"}
MISSING = "–"
MILLION = 1_000_000


def is_missing(value) -> bool:
    """None, NaN, NaT and pd.NA (each is not equal to itself; pd.NA cannot even say so)."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except TypeError:  # pd.NA: its comparisons are themselves missing
        return True
    except ValueError:  # a list or an array is not one missing value
        return False


def _locale(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["de"])


def number(value, places: int = 0, lang: str = "de") -> str:
    """1234.5 -> '1.234,5' (de) or '1,234.5' (en), with exactly `places` decimals."""
    if is_missing(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=_locale(lang))


def plain_number(value: float | int | Decimal, lang: str = "de") -> str:
    """As many decimals as the value has, none if it is whole: 0.5 -> '0,5', 1000 -> '1.000'."""
    if is_missing(value):
        return MISSING
    return format_decimal(value, format="#,##0.##########", locale=_locale(lang))


def numbers(values, places: int = 0, lang: str = "de") -> list[str]:
    """number() of every value of a long column, the same text, but the locale and pattern are looked
    up once and repeated values formatted once (Babel's per-call lookups dominate over 10,000 values)."""
    locale = Locale.parse(_locale(lang))
    pattern = parse_pattern("#,##0" + ("." + "0" * places if places else ""))
    texts: dict = {}

    def one(value) -> str:
        if is_missing(value):
            return MISSING
        text = texts.get(value)
        if text is None:
            text = texts[value] = pattern.apply(value, locale)
        return text

    return [one(value) for value in values]


def euro(value, places: int = 0, lang: str = "de") -> str:
    """'1.234 €' in German, '1,234 €' in English (the city's papers put the sign after the amount)."""
    return MISSING if is_missing(value) else f"{number(value, places, lang)} €"


def compact_euro(value, lang: str = "de") -> str:
    """12.443.100 -> '12,4 Mio. €' (CLDR's compact form); below a million whole euros ('370.489 €')."""
    if is_missing(value):
        return MISSING
    if abs(value) < MILLION:
        return euro(value, 0, lang)
    text = format_compact_currency(value, "EUR", locale=_locale(lang), fraction_digits=1)
    return text.replace("\xa0", " ")


def percent(share, places: int = 1, lang: str = "de") -> str:
    """A share 0..1 as '12,5 %'."""
    return MISSING if is_missing(share) else f"{number(share * 100, places, lang)} %"


def _as_date(value) -> dt.date:
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return value.date() if isinstance(value, dt.datetime) else value


def date(value, lang: str = "de") -> str:
    """31.10.2026 in German, 31/10/2026 in English."""
    if is_missing(value):
        return MISSING
    return _as_date(value).strftime("%d.%m.%Y" if lang == "de" else "%d/%m/%Y")


def datetime(value, lang: str = "de") -> str:
    """31.10.2026 14:05 in German, 31/10/2026 14:05 in English."""
    if is_missing(value):
        return MISSING
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return value.strftime("%d.%m.%Y %H:%M" if lang == "de" else "%d/%m/%Y %H:%M")


def month(value, lang: str = "de") -> str:
    """October 2026 as 'Oktober 2026' / 'October 2026' (CLDR month names)."""
    if is_missing(value):
        return MISSING
    return _babel_date(_as_date(value), format="MMMM yyyy", locale=_locale(lang))


def month_names(lang: str = "de", width: str = "wide") -> list[str]:
    """January..December in the language (width 'wide' or 'abbreviated'), from CLDR."""
    names = get_month_names(width, context="stand-alone", locale=_locale(lang))
    return [names[m] for m in range(1, 13)]


def day_names(lang: str = "de", width: str = "wide") -> list[str]:
    """Monday..Sunday in the language (width 'wide' or 'abbreviated'), from CLDR."""
    names = get_day_names(width, context="stand-alone", locale=_locale(lang))
    return [names[d] for d in range(7)]
