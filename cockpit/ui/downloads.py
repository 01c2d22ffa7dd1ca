"""Every download of the cockpit: the bytes (CSV for German Excel, typed .xlsx) and the buttons that offer them.

CSV: semicolons, decimal commas, dates as 31.10.2026, UTF-8 with BOM, so German Excel opens it as it is.
.xlsx: a bold header row, then typed cells (numbers as numbers, dates as dates shown TT.MM.JJJJ).
Both neutralise spreadsheet formulas (OWASP CSV injection): a text that starts like a formula ("=1+1",
"@SUM(1)", "-1+1") is written with a leading ' and, in .xlsx, as a string cell; numbers stay numbers.
Headers are the viewer's words (export_frame: a column -> text-key map), never a query's snake_case, and
yes/no columns read Ja/Nein (Yes/No in English), in the frame and, as a safety net, in both file kinds.
Every file says the date its data is as of in a last column "Datenstand" ("Data as of"), the same date in every row:
the date given, else that of the section the button stands in (cockpit.ui.sections.section(as_of=...)),
else the viewer's Stichtag. A column, because a CSV has no header block that spreadsheet tools keep.
"""

import datetime as dt
import functools
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import openpyxl
import pandas as pd
import streamlit as st
from openpyxl.styles import Font

from cockpit import audit
from cockpit.ui.context import current_viewer, t
from cockpit.ui.memo import cached
from common import formats

MIME_TYPES = {
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pdf": "application/pdf",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """A text a spreadsheet would run as a formula, with a leading ' so it is shown as text; any other value
    (numbers too, negative ones included) as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def append_row(sheet, values) -> None:
    """One row of an .xlsx sheet: texts neutralised and stored as string cells (never a formula)."""
    sheet.append([spreadsheet_text(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def yes_no(flag) -> str | None:
    """Ja/Nein (Yes/No) in the viewer's language; a gap stays a gap."""
    if flag is None or (not isinstance(flag, str) and pd.isna(flag)):
        return None
    return t("yes") if flag else t("no")


def _is_flag_column(values: pd.Series) -> bool:
    if pd.api.types.is_bool_dtype(values):
        return True
    present = values.dropna()
    return not present.empty and values.dtype == object and all(isinstance(v, bool) for v in present)


def with_yes_no(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every yes/no column as Ja/Nein (Yes/No) text."""
    flags = [column for column in frame.columns if _is_flag_column(frame[column])]
    if not flags:
        return frame
    return frame.assign(**{str(column): frame[column].map(yes_no).astype(object) for column in flags})


_SECTION_AS_OF: ContextVar[dt.date | None] = ContextVar("section_as_of", default=None)


def as_date(value) -> dt.date | None:
    """A date, datetime or Timestamp as a plain date; a gap as None."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date()
    return value


@contextmanager
def exports_as_of(as_of) -> Iterator[None]:
    """Downloads offered inside this block are as of `as_of` (None: leave the outer date in force)."""
    token = _SECTION_AS_OF.set(as_of_date) if (as_of_date := as_date(as_of)) is not None else None
    try:
        yield
    finally:
        if token is not None:
            _SECTION_AS_OF.reset(token)


def export_as_of(as_of=None) -> dt.date:
    """The as-of date of a download: the one given, else the section's, else the viewer's Stichtag."""
    return as_date(as_of) or _SECTION_AS_OF.get() or current_viewer().reference_date


def with_as_of(frame: pd.DataFrame, as_of=None) -> pd.DataFrame:
    """The frame with the last column "Datenstand" ("Data as of"): the download's as-of date in every row. A
    frame that has such a column of its own (each row's date) keeps it as it is."""
    header = t("export_as_of")
    if header in frame.columns:
        return frame
    return frame.assign(**{header: export_as_of(as_of)})


def chart_data(frame: pd.DataFrame, headers: dict[str, str]) -> pd.DataFrame:
    """The columns behind a chart, in the given order, under the headers the viewer reads (column -> header);
    yes/no columns as Ja/Nein."""
    return with_yes_no(frame[list(headers)].rename(columns=headers).reset_index(drop=True))


def export_frame(frame: pd.DataFrame, text_keys: dict[str, str]) -> pd.DataFrame:
    """The frame a user downloads: the given columns in order under their translated headers (column -> text
    key of cockpit/texts), yes/no columns as Ja/Nein (Yes/No)."""
    return chart_data(frame, {column: t(key) for column, key in text_keys.items()})


def _is_date_column(values: pd.Series) -> bool:
    if pd.api.types.is_datetime64_any_dtype(values):
        return True
    present = values.dropna()
    return not present.empty and all(isinstance(v, dt.date) for v in present)


def csv_bytes(data: pd.DataFrame) -> bytes:
    """Semicolon CSV with decimal commas and dates as 31.10.2026, UTF-8 with BOM."""
    shown = with_yes_no(data.copy())
    for column in shown.columns:
        values = shown[column]
        if _is_date_column(values):
            shown[column] = [formats.date(v, "de") if not pd.isna(v) else "" for v in values]
        elif pd.api.types.is_float_dtype(values) and values.dropna().apply(float.is_integer).all():
            shown[column] = values.astype("Int64")  # sums of counts: 17391, not 17391,0
        elif values.dtype == object or pd.api.types.is_string_dtype(values):
            shown[column] = values.map(spreadsheet_text).astype(object)
    return shown.to_csv(sep=";", decimal=",", index=False).encode("utf-8-sig")


def _cell(value):
    """A Python value openpyxl writes as a typed cell (numbers as numbers, dates as dates, gaps empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime().date() if value == value.normalize() else value.to_pydatetime()
    return value.item() if hasattr(value, "item") else value


def xlsx_bytes(data: pd.DataFrame) -> bytes:
    """One sheet: a bold header row, then typed cells; dates shown as TT.MM.JJJJ."""
    data = with_yes_no(data)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    append_row(sheet, [str(c) for c in data.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in data.itertuples(index=False):
        append_row(sheet, [_cell(v) for v in row])
    for position, column in enumerate(data.columns, start=1):
        letter = openpyxl.utils.get_column_letter(position)
        if _is_date_column(data[column]):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=position, max_col=position):
                cell.number_format = "DD.MM.YYYY"
        sheet.column_dimensions[letter].width = max(12, len(str(column)) + 2)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def download_button(
    label: str, data: bytes | Callable[[], bytes], file_name: str, key: str | None = None, **options
) -> None:
    """One download button, written to the access log when clicked (cockpit.audit). data may be a function
    that builds the file only when the button is clicked (a board pack): then the page does not rerun."""
    mime = MIME_TYPES.get(Path(file_name).suffix.lower())
    viewer = current_viewer()
    if callable(build := data):

        def data() -> bytes:  # runs on the click, outside the script run: no Streamlit call in here
            audit.record("download", viewer, file=file_name)
            return build()

        on_click = "ignore"
    else:
        on_click = functools.partial(audit.record, "download", viewer, file=file_name)
    st.download_button(label, data, file_name=file_name, mime=mime, key=key, on_click=on_click, **options)


def chart_downloads(
    data: pd.DataFrame, file_stem: str, key: str | None = None, help_key: str = "chart_download_help", as_of=None
) -> None:
    """CSV and .xlsx of a chart's data, side by side under the chart, with its "Datenstand" column (with_as_of).
    The files are built once per data and viewer (cockpit.ui.memo) and shared by the sessions that show the
    same chart; each click is logged."""
    data = with_as_of(data, as_of)
    with st.container(horizontal=True, gap="small"):
        for kind, builder in (("csv", csv_bytes), ("xlsx", xlsx_bytes)):
            download_button(
                t(f"chart_download_{kind}"),
                cached(builder, data),
                f"{file_stem}.{kind}",
                key=f"{key}_{kind}" if key else None,
                help=t(help_key),
                icon=":material/download:",
                width="content",
            )
