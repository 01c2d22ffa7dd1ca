"""How status and charts look everywhere: colour plus symbol plus word, German formats in Plotly.

Status colours are from a colour-blind-safe palette and always come with a distinct symbol
(✔ ▲ ✖) and the word, so they read on a grey projector and for colour-blind viewers.
"""

import datetime as dt
import io

import openpyxl
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from openpyxl.styles import Font

from cockpit import formatting
from cockpit.i18n import language, t

STATUS_COLOURS = {"grün": "#1a9850", "gelb": "#f1a340", "rot": "#d73027", None: "#9e9e9e"}
STATUS_SYMBOLS = {"grün": "✔", "gelb": "▲", "rot": "✖", None: "○"}
STATUS_WORDS = {
    "grün": ("grün", "green"),
    "gelb": ("gelb", "amber"),
    "rot": ("rot", "red"),
    None: ("kein Bericht", "no report"),
}
STATUS_RANK = {"grün": 0, "gelb": 1, "rot": 2}
CATEGORICAL_COLOURS = ["#004f9f", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#0072b2", "#999999"]

GERMAN_PLOTLY_LOCALE = {
    "moduleType": "locale",
    "name": "de-x",
    "dictionary": {},
    "format": {
        "days": ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        "shortDays": ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
        "months": [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        "shortMonths": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
        "date": "%d.%m.%Y",
        "decimal": ",",
        "thousands": ".",
    },
}


def status_label(status: str | None, lang: str | None = None) -> str:
    """'✖ rot' / '✖ red': symbol plus word (the colour comes from the cell or marker)."""
    lang = lang or language()
    status = status if status in STATUS_SYMBOLS else None
    german, english = STATUS_WORDS[status]
    return f"{STATUS_SYMBOLS[status]} {german if lang == 'de' else english}"


def style_figure(fig: go.Figure, height: int | None = None) -> go.Figure:
    """German separators and readable type for every chart."""
    fig.update_layout(
        separators=",." if language() == "de" else ".,",
        font={"size": 15},
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        colorway=CATEGORICAL_COLOURS,
        hoverlabel={"font_size": 14},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
    )
    if height:
        fig.update_layout(height=height)
    return fig


def plotly_config() -> dict:
    """Plotly config: German month names, no logo, nothing fetched from the internet."""
    config = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
    if language() == "de":
        config |= {"locale": "de-x", "locales": {"de-x": GERMAN_PLOTLY_LOCALE}}
    return config


def show_chart(
    fig: go.Figure,
    height: int | None = None,
    key: str | None = None,
    data: pd.DataFrame | None = None,
    file_stem: str | None = None,
) -> None:
    """The chart in German formats; with data, two small buttons below it download that data (CSV, Excel)."""
    st.plotly_chart(style_figure(fig, height), config=plotly_config(), width="stretch", key=key)
    if data is not None:
        chart_downloads(data, file_stem or key or "diagramm", key or file_stem)


def chart_data(frame: pd.DataFrame, headers: dict[str, str]) -> pd.DataFrame:
    """The columns behind a chart, in the given order, under the headers the viewer reads (column -> header)."""
    return frame[list(headers)].rename(columns=headers).reset_index(drop=True)


def chart_downloads(data: pd.DataFrame, file_stem: str, key: str | None = None) -> None:
    """CSV (semicolon, UTF-8 with BOM, German numbers and dates) and .xlsx (typed cells), side by side."""
    with st.container(horizontal=True, gap="small"):
        st.download_button(
            t("chart_download_csv"),
            chart_csv_bytes(data),
            file_name=f"{file_stem}.csv",
            mime="text/csv",
            key=f"{key}_csv" if key else None,
            help=t("chart_download_help"),
            on_click="ignore",
            icon=":material/download:",
            width="content",
        )
        st.download_button(
            t("chart_download_xlsx"),
            chart_xlsx_bytes(data),
            file_name=f"{file_stem}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"{key}_xlsx" if key else None,
            help=t("chart_download_help"),
            on_click="ignore",
            icon=":material/download:",
            width="content",
        )


def _is_date_column(values: pd.Series) -> bool:
    if pd.api.types.is_datetime64_any_dtype(values):
        return True
    present = values.dropna()
    return not present.empty and all(isinstance(v, dt.date) for v in present)


def chart_csv_bytes(data: pd.DataFrame) -> bytes:
    """Semicolon CSV with decimal commas and dates as 31.10.2026, UTF-8 with BOM: German Excel opens it as it is."""
    shown = data.copy()
    for column in shown.columns:
        values = shown[column]
        if _is_date_column(values):
            shown[column] = [formatting.date(v, "de") if not pd.isna(v) else "" for v in values]
        elif pd.api.types.is_float_dtype(values) and values.dropna().apply(float.is_integer).all():
            shown[column] = values.astype("Int64")  # sums of counts: 17391, not 17391,0
    return shown.to_csv(sep=";", decimal=",", index=False).encode("utf-8-sig")


def _cell(value):
    """A Python value openpyxl writes as a typed cell (numbers as numbers, dates as dates, gaps empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime().date() if value == value.normalize() else value.to_pydatetime()
    return value.item() if hasattr(value, "item") else value


def chart_xlsx_bytes(data: pd.DataFrame) -> bytes:
    """One sheet: a bold header row, then typed cells; dates shown as TT.MM.JJJJ."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([str(c) for c in data.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in data.itertuples(index=False):
        sheet.append([_cell(v) for v in row])
    for position, column in enumerate(data.columns, start=1):
        letter = openpyxl.utils.get_column_letter(position)
        if _is_date_column(data[column]):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=position, max_col=position):
                cell.number_format = "DD.MM.YYYY"
        sheet.column_dimensions[letter].width = max(12, len(str(column)) + 2)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def as_of_caption(date, label_de: str = "Datenstand", label_en: str = "Data as of") -> None:
    """Every figure says the date its data is as of."""
    lang = language()
    st.caption(f"{label_de if lang == 'de' else label_en}: {formatting.date(date, lang)}")
