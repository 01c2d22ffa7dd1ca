"""Tables that say how many of their rows the box shows.

A st.dataframe is a scroll box: with the default height it shows at most ten rows, with a fixed height as
many as fit. `show_table` draws the table and, when some rows lie below the box, a caption under it:
"10 von 14 Zeilen sichtbar – scrollen für alle". Views call it instead of st.dataframe wherever the rows
may not all fit.

Streamlit's own table toolbar offers an English CSV of the shown text; it is switched off for the whole app
(.streamlit/config.toml: client.disableDataExport). Where users take a table away, show_table(download=...)
puts the cockpit's own CSV and Excel buttons under it (cockpit.ui.downloads: German headers and formats,
formulas neutralised).
"""

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from cockpit.ui.context import t, tr
from cockpit.ui.downloads import chart_downloads

ROW_PX, HEADER_PX = 35, 38  # Streamlit's default row and header height (cockpit.views.common.table_height)
AUTO_HEIGHT_ROWS = 10  # st.dataframe's default height ("auto") shows at most ten rows


def visible_rows(rows: int, height: int | str | None = None, row_height: int | None = None) -> int:
    """How many of `rows` a box of `height` px shows without scrolling (None/"auto": Streamlit's default)."""
    if height is None or height == "auto":
        return min(rows, AUTO_HEIGHT_ROWS)
    if not isinstance(height, int):  # "content", "stretch": the box grows with its rows
        return rows
    return min(rows, max(1, (height - HEADER_PX) // (row_height or ROW_PX)))


def rows_caption(rows: int, height: int | str | None = None, row_height: int | None = None, container=st) -> None:
    """'10 von 14 Zeilen sichtbar – scrollen für alle' under a box that hides some of its rows; else nothing."""
    visible = visible_rows(rows, height, row_height)
    if visible < rows:
        translate = tr()
        container.caption(t("table_rows_visible", visible=translate.number(visible), total=translate.number(rows)))


def row_count(data) -> int:
    """The rows of a table as st.dataframe takes it: a DataFrame, a Styler or a dict of columns."""
    if isinstance(data, Styler):
        return len(data.data)
    if isinstance(data, dict):
        return len(next(iter(data.values()), []))
    return len(data)


def table_frame(data) -> pd.DataFrame:
    """The table as a DataFrame (a Styler's data, a dict of columns)."""
    if isinstance(data, Styler):
        return data.data
    return data if isinstance(data, pd.DataFrame) else pd.DataFrame(data)


def show_table(
    data,
    rows: int | None = None,
    *,
    height: int | str | None = None,
    container=st,
    download: str | None = None,
    export: pd.DataFrame | None = None,
    as_of=None,
    **options,
):
    """st.dataframe(data, height=..., **options) in `container`, then the rows caption when rows are hidden.
    rows: how many rows data holds (counted when not given). download: a file stem; then CSV and Excel
    buttons under the table offer `export` (typed values under the viewer's headers), else the shown table,
    with a "Datenstand" column of as_of (else the section's date or the Stichtag: cockpit.ui.downloads.with_as_of).
    Returns what st.dataframe returns."""
    rows = row_count(data) if rows is None else rows
    shown = container.dataframe(data, height="auto" if height is None else height, **options)
    rows_caption(rows, height, options.get("row_height"), container)
    if download:
        with container.container():
            frame = table_frame(data) if export is None else export
            chart_downloads(frame, download, f"{download}_table", help_key="table_download_help", as_of=as_of)
    return shown
