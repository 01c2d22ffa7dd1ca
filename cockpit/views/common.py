"""Helpers several pages share: column formatters, table heights and status-coloured cells.

Every formatter takes the language explicitly or falls back to the viewer's (cockpit.ui.context.language),
so a view function can be called from a page without threading `lang` through.
"""

import pandas as pd
from pandas.io.formats.style import Styler

from cockpit.presentation import STATUS_COLOURS, status_label, text_colour_on
from cockpit.ui.context import language
from common import formats

# Light tints of the status colours, for table cells that carry symbol and word themselves.
STATUS_TINTS = {"grün": "#d9f0e3", "gelb": "#fde8c4", "rot": "#f7d4d1", None: "#eeeeee"}
TABLE_ROW_PX, TABLE_HEADER_PX = 35, 38


# ---- column formatters: one shown text per value ------------------------------------------------


def dates(values, lang: str | None = None) -> list[str]:
    lang = lang or language()
    return [formats.date(v, lang) for v in values]


def months(values, lang: str | None = None) -> list[str]:
    lang = lang or language()
    return [formats.month(v, lang) for v in values]


def numbers(values, places: int = 0, lang: str | None = None) -> list[str]:
    lang = lang or language()
    return [formats.number(v, places, lang) for v in values]


def euros(values, places: int = 0, lang: str | None = None) -> list[str]:
    lang = lang or language()
    return [formats.euro(v, places, lang) for v in values]


def percents(values, places: int = 1, lang: str | None = None) -> list[str]:
    lang = lang or language()
    return [formats.percent(v, places, lang) for v in values]


def statuses(values, lang: str | None = None) -> list[str]:
    """Each status as symbol plus word ('✖ rot')."""
    lang = lang or language()
    return [status_label(s, lang) for s in values]


def natural_number(value, lang: str | None = None) -> str:
    """Whole numbers without decimals, others with one: '12', '12,5'; missing as an en dash."""
    lang = lang or language()
    places = 0 if formats.is_missing(value) or float(value).is_integer() else 1
    return formats.number(value, places, lang)


def signed(text: str, value) -> str:
    """A formatted change with its sign: '+220 T€' for gains; losses keep their minus, zero none."""
    return text if pd.isna(value) or value <= 0 else f"+{text}"


def signed_number(value, places: int = 1, lang: str | None = None, suffix: str = "") -> str:
    """A change as shown, signed by what is shown: '+3,2 %', '-95,0 %', and '0,0 %' for a rounded zero."""
    lang = lang or language()
    if formats.is_missing(value):
        return "–"
    text = formats.number(abs(value), places, lang)
    sign = "" if text == formats.number(0, places, lang) else "+" if value > 0 else "-"
    return f"{sign}{text}{suffix}"


def district_labels(rows: pd.DataFrame) -> list[str]:
    """'3 Westliches Ringgebiet': the district number before its name."""
    return [f"{i} {n}" for i, n in zip(rows["district_id"], rows["district_name"], strict=True)]


# ---- tables --------------------------------------------------------------------------------------


def table_height(rows: int, max_px: int | None = None, row_px: int | None = None) -> int:
    """The height that shows a table's rows (of row_px each) without scrolling, capped at max_px."""
    height = TABLE_HEADER_PX + (row_px or TABLE_ROW_PX) * rows
    return height if max_px is None else min(height, max_px)


def status_cell_style(label: str, lang: str | None = None) -> str:
    """Full status colour behind a cell showing a status label (label is the shown text)."""
    lang = lang or language()
    status = next((s for s in STATUS_COLOURS if status_label(s, lang) == label), None)
    return f"background-color: {STATUS_COLOURS[status]}; color: {text_colour_on(STATUS_COLOURS[status])}"


def styled(table: dict | pd.DataFrame) -> Styler:
    """A Styler for st.dataframe that names only the cells it styles (cell_ids=False): Streamlit then copies
    display values of styled cells only, not of every cell (about half the cost of sending a table). The other
    cells show their values as text, so give such tables their shown text (formatted), not raw floats."""
    return Styler(pd.DataFrame(table), cell_ids=False)


def status_coloured(table: dict | pd.DataFrame, columns: list[str]):
    """A Styler whose status columns (symbol plus word) carry their status colour."""
    lang = language()
    return styled(table).map(lambda label: status_cell_style(label, lang), subset=columns)


def tinted(table: dict | pd.DataFrame, columns_and_statuses: dict[str, list]):
    """A Styler whose assessment columns carry a light status tint, one status per row."""
    styler = styled(table)
    for column, row_statuses in columns_and_statuses.items():
        tints = [f"background-color: {STATUS_TINTS[s]}" for s in row_statuses]
        styler = styler.apply(lambda _, tints=tints: tints, subset=[column], axis=0)
    return styler
