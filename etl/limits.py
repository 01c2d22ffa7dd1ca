"""Limits on a delivered file, sized for a city; each exceeded limit refuses the delivery with a finding.

Every limit is a default here and can be overridden by an environment variable (README, "Limits and failures").
"""

import os
import time
import zipfile
from pathlib import Path

from etl.findings import Finding

# name: (environment variable, default, what is limited)
DEFAULTS = {
    "file_bytes": ("COCKPIT_MAX_FILE_BYTES", 2 * 1024**3, "Dateigröße in Bytes"),
    "rows": ("COCKPIT_MAX_ROWS", 20_000_000, "Zeilen je Datei"),
    "field_chars": ("COCKPIT_MAX_FIELD_CHARS", 100_000, "Zeichen je Feld"),
    "xlsx_ratio": ("COCKPIT_MAX_XLSX_RATIO", 100, "Verhältnis entpackt zu gepackt eines .xlsx-Blatts"),
    "xlsx_rows": ("COCKPIT_MAX_XLSX_ROWS", 1_000_000, "Zeilen je .xlsx-Blatt"),
    "seconds": ("COCKPIT_MAX_SECONDS_PER_FILE", 600, "Sekunden Lesezeit je Datei"),
}
CHECK_EVERY = 1000
CHUNK_CHARS = 1 << 22


class LimitExceeded(Exception):
    """A delivered file beyond a limit; carries its finding."""

    def __init__(self, finding: Finding):
        super().__init__(str(finding))
        self.finding = finding


def limit(name: str) -> int:
    variable, default, _what = DEFAULTS[name]
    text = os.environ.get(variable, "").strip()
    return int(text) if text.isdigit() else default


def _exceeded(file: str, name: str, value, row: int = 0, column: str = "") -> LimitExceeded:
    variable, _default, what = DEFAULTS[name]
    message = f"Grenze überschritten: {what} {value}, erlaubt höchstens {limit(name)} ({variable})"
    return LimitExceeded(Finding(file, row, column, "", message + "; erwartet: eine kleinere Lieferung"))


def check_file_size(path: Path) -> None:
    size = path.stat().st_size
    if size > limit("file_bytes"):
        raise _exceeded(path.name, "file_bytes", size)


def check_xlsx_expansion(path: Path) -> None:
    """Refuse a zip bomb from the zip's directory alone, before any XML is parsed."""
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > limit("xlsx_ratio"):
                    raise _exceeded(path.name, "xlsx_ratio", f"{ratio:.0f}:1 ({info.file_size} Bytes entpackt)")


class RowGuard:
    """Rows, field length and elapsed time, checked inside a reader's row loop.

    every_row: check each row's fields (an .xlsx, or a CSV with a line beyond the field limit); otherwise
    the reader calls row() every CHECK_EVERY rows only, so a large clean feed pays nothing per row.
    """

    def __init__(self, path: Path, labels: list[str], xlsx: bool = False, long_lines: bool = True):
        self.file = path.name
        self.labels = labels
        self.rows_name = "xlsx_rows" if xlsx else "rows"
        self.max_rows = limit(self.rows_name)
        self.max_field = limit("field_chars")
        self.max_seconds = limit("seconds")
        self.every_row = xlsx or long_lines
        self.started = time.monotonic()

    def row(self, excel_row: int, cells: list[str], rows: int) -> None:
        if rows > self.max_rows:
            raise _exceeded(self.file, self.rows_name, f"mehr als {self.max_rows}", excel_row)
        if self.every_row and max(map(len, cells), default=0) > self.max_field:
            for index, cell in enumerate(cells):
                if len(cell) > self.max_field:
                    column = self.labels[index] if index < len(self.labels) else f"Feld {index + 1}"
                    raise _exceeded(self.file, "field_chars", len(cell), excel_row, column)
        if self.every_row or rows % CHECK_EVERY == 0:  # an .xlsx can be slow per row
            self.check_time(excel_row)

    def check_time(self, excel_row: int = 0) -> None:
        elapsed = time.monotonic() - self.started
        if elapsed > self.max_seconds:
            raise _exceeded(self.file, "seconds", f"{elapsed:.0f} (bis Zeile {excel_row})")


def scan_lines(path: Path, encoding: str) -> tuple[int | None, bool]:
    """(records, whether a line is longer than the field limit) of a text file; records is None unless DuckDB
    can read the file as is (UTF-8, no quotes, no blank lines, no line beyond the field limit).

    A line longer than the limit holds a whole aligned block of half the limit without a line break, so only
    chunks with such a block are split into lines."""
    clean, most = encoding in ("utf-8", "utf-8-sig"), limit("field_chars")
    block = max(most // 2, 1)
    tail, records, line, long_line = "", 0, 0, False
    with path.open(encoding=encoding, newline="") as handle:
        while chunk := handle.read(CHUNK_CHARS):
            text = tail + chunk
            if clean and ('"' in text or "\n\n" in text or "\n\r\n" in text):
                clean = False
            records += chunk.count("\n")
            first = chunk.find("\n")
            long_line = long_line or line + (len(chunk) if first < 0 else first) > most
            line = line + len(chunk) if first < 0 else len(chunk) - 1 - chunk.rfind("\n")
            if not long_line and any(
                chunk.find("\n", a, a + block) < 0 for a in range(0, len(chunk) - block + 1, block)
            ):
                long_line = max(map(len, chunk.split("\n")[1:-1]), default=0) > most
            tail = text[-2:]
    long_line = long_line or line > most
    clean = clean and not tail.endswith(("\n\n", "\n\r\n")) and not long_line
    records += 1 if tail and not tail.endswith("\n") else 0
    return (records if clean else None), long_line
