"""Writing delivery files the way German offices send them: CSV from Excel, or .xlsx.

CSV: ';' as delimiter, quoting only where needed, CRLF line endings, in one of four encodings.
.xlsx: typed cells, German header labels, optionally a title line above the header.
Both writers are byte-deterministic: no clocks, no random zip timestamps.
"""

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.writer.excel import ExcelWriter

from etl.contracts import Contract

# Encodings as they arrive from offices and vendors.
UTF8_BOM = "utf-8-sig"
UTF8 = "utf-8"
WINDOWS_1252 = "cp1252"
UTF16 = "utf-16"  # written little-endian with a byte order mark, as Excel's "Unicode text" does

XLSX_NUMBER_FORMATS = {"date": "DD.MM.YYYY", "month": "MM.YYYY", "decimal": "#,##0.00", "int": "0"}


def encode_text(text: str, encoding: str) -> bytes:
    if encoding == UTF16:
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)


def write_csv(path: Path, contract: Contract, table: pd.DataFrame, encoding: str) -> Path:
    """Write a table of text columns (named as in the contract) under the German labels."""
    names = [c.name for c in contract.columns]
    frame = table[names].copy()
    frame.columns = [c.label for c in contract.columns]
    text = _plain_csv(frame)
    if text is None:
        text = frame.to_csv(sep=";", index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    path.write_bytes(encode_text(text, encoding))
    return path


def _plain_csv(frame: pd.DataFrame) -> str | None:
    """The same text as pandas' to_csv with minimal quoting, written by Arrow's CSV writer at C++ speed, for a
    frame of text whose values need no quotes (millions of parking rows); None for any other frame."""
    if len(frame) < 10_000 or not all(pd.api.types.is_string_dtype(dtype) for dtype in frame.dtypes):
        return None
    if any(sign in label for label in frame.columns for sign in ';"\r\n'):
        return None
    table = pa.Table.from_pandas(frame, preserve_index=False)
    body = pa.BufferOutputStream()
    options = pa_csv.WriteOptions(include_header=False, delimiter=";", eol="\r\n", quoting_style="none")
    try:
        pa_csv.write_csv(table, body, options)
    except pa.ArrowInvalid:  # a value holds a delimiter, a quote or a line break: it needs quotes
        return None
    return ";".join(frame.columns) + "\r\n" + body.getvalue().to_pybytes().decode("utf-8")


def write_xlsx(
    path: Path,
    contract: Contract,
    rows: Sequence[Sequence[object]],
    created_at: dt.datetime,
    title: str | None = None,
) -> Path:
    """Write typed rows (in contract column order) to one sheet, optionally below a title line."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = contract.label[:31]
    if title:
        sheet.append([title])
        sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
    sheet.append([c.label for c in contract.columns])
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for index, column in enumerate(contract.columns, start=1):
        number_format = XLSX_NUMBER_FORMATS.get(column.type)
        if number_format:
            for (cell,) in sheet.iter_rows(min_row=header_row + 1, min_col=index, max_col=index):
                if cell.value is not None and not isinstance(cell.value, str):
                    cell.number_format = number_format
        sheet.column_dimensions[sheet.cell(row=header_row, column=index).column_letter].width = max(
            12, min(48, len(column.label) + 4)
        )
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    workbook.properties.creator = "Stabsstelle Digitalisierung, Smart City"
    workbook.properties.created = created_at
    workbook.properties.modified = created_at
    path.write_bytes(_deterministic_xlsx_bytes(workbook, created_at))
    return path


def _deterministic_xlsx_bytes(workbook: Workbook, created_at: dt.datetime) -> bytes:
    """Save without openpyxl's 'modified = now' and repack the zip with a fixed entry time."""
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    fixed = io.BytesIO()
    entry_time = created_at.timetuple()[:6]
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=entry_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(info.filename))
    return fixed.getvalue()
