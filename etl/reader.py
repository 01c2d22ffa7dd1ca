"""Read delivered files as offices send them and hand DuckDB one clean UTF-8 CSV per file.

Recognises CSV in UTF-8 (with or without BOM), UTF-16 and Windows-1252, delimited by
semicolon, comma, tab or pipe, and .xlsx (also with a title line above the header). The
delivery kind is recognised from the header row, so file names do not matter.

Two ways to DuckDB, both giving the same raw rows:
- fast: a clean file (no quotes, no blank lines) in UTF-8, or in Windows-1252 with ASCII rows below
  the header, is read by DuckDB directly (UTF-16 and other Windows-1252 files after a transcode in
  whole chunks, etl/survey.py); the Excel row number is the header line plus the running row number;
- careful: everything else (quotes, blank lines, .xlsx) is rewritten by Python's csv module into a
  temporary UTF-8 file that carries the Excel row number of every row explicitly.
"""

import csv
import hashlib
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from zipfile import BadZipFile

import openpyxl

from etl.contracts import Contract, load_contracts
from etl.faults import is_disk_full
from etl.findings import Finding
from etl.folder import is_inside
from etl.formats import cell_to_text
from etl.limits import CHECK_EVERY, LimitExceeded, RowGuard, check_file_size, check_xlsx_expansion, limit, scan_lines
from etl.survey import survey, transcode
from etl.xlsx_formulas import uncached_formulas

SUPPORTED_SUFFIXES = (".csv", ".txt", ".xlsx")
DELIMITERS = (";", ",", "\t", "|")
HEADER_SEARCH_ROWS = 10
CHUNK_CHARS = 1 << 22
SOURCE_ROW = "__source_row"


class UnreadableFile(Exception):
    """A file that cannot be read or recognised at all; carries its finding."""

    def __init__(self, finding: Finding):
        super().__init__(str(finding))
        self.finding = finding


@dataclass
class PreparedFile:
    """One delivered file, recognised and ready for DuckDB."""

    path: Path
    contract: Contract
    header_row: int
    labels: list[str]
    sha256: str
    encoding: str
    csv_path: Path
    csv_delimiter: str
    has_row_numbers: bool
    malformed: list[Finding] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    rows_read: int = 0  # data rows after the header, counted by the reader itself
    rows_inserted: int = 0  # rows DuckDB read into raw (quarantined ones included)
    nfc_rows: bool = False  # every data row is ASCII or NFC already: nothing to normalise
    padded: bool = True  # a value may begin or end with a space (False: no space beside a delimiter or line break)


def nfc(text: str) -> str:
    """Unicode NFC: a header typed on a Mac (decomposed umlauts) matches the template's label."""
    return unicodedata.normalize("NFC", text)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def _match_header(cells: list[str]) -> tuple[Contract, int] | None:
    """The contract whose labels best match these cells, with the number of matches.

    A header must carry at least three of the contract's labels, and more known than unknown cells.
    """
    cleaned = {nfc(c.strip()) for c in cells if c and c.strip()}
    best = None
    for contract in load_contracts().values():
        hits = len(cleaned & set(contract.labels))
        if hits and (best is None or hits > best[1]):
            best = (contract, hits)
    if best and best[1] >= min(3, len(best[0].columns)) and best[1] * 2 >= len(cleaned):
        return best
    return None


def _find_header(rows: list[list[str]], path: Path) -> tuple[int, Contract, list[str]]:
    """(1-based row number, contract, labels) of the first row that looks like a header."""
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        match = _match_header(cells)
        if match:
            labels = [nfc(c.strip()) for c in cells]
            while labels and not labels[-1]:
                labels.pop()
            return index, match[0], labels
    raise UnreadableFile(
        Finding(
            path.name,
            1,
            "",
            "",
            "keine Kopfzeile einer bekannten Lieferart in den ersten 10 Zeilen; "
            "erwartet: die Spaltenüberschriften der Vorlage (python -m etl templates)",
        )
    )


def _allow_long_fields() -> None:
    """Python's csv stops at 128 KiB per field; the RowGuard names a field beyond the field limit instead."""
    csv.field_size_limit(max(limit("field_chars"), limit("file_bytes")) + 1)


def _sniff_csv(path: Path, encoding: str) -> tuple[str, int, Contract, list[str]]:
    _allow_long_fields()
    with path.open(encoding=encoding, newline="") as handle:
        head = [handle.readline() for _ in range(HEADER_SEARCH_ROWS)]
    best = None
    for delimiter in DELIMITERS:
        rows = list(csv.reader(head, delimiter=delimiter))
        try:
            found = _find_header(rows, path)
        except UnreadableFile as error:
            best = best or error
            continue
        if not isinstance(best, tuple) or len(found[2]) > len(best[3]):
            best = (delimiter, *found)
    if isinstance(best, tuple):
        return best
    raise best


def _rewrite_rows(rows, out_path: Path, header_row: int, guard: RowGuard, path: Path) -> tuple[list[Finding], int]:
    """Write (excel_row, cells) pairs to a UTF-8 CSV with row numbers; return malformed rows and rows read."""
    malformed, rows_read, every_row = [], 0, guard.every_row
    width = len(guard.labels)
    with out_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        for excel_row, cells in rows:
            if excel_row <= header_row or not any(c.strip() for c in cells):
                continue
            rows_read += 1
            if every_row or rows_read % CHECK_EVERY == 0:
                guard.row(excel_row, cells, rows_read)
            while len(cells) > width and not cells[-1].strip():
                cells = cells[:-1]
            if len(cells) != width:
                malformed.append(
                    Finding(
                        path.name,
                        excel_row,
                        "",
                        f"{len(cells)} Felder",
                        f"Zeile hat {len(cells)} Felder; erwartet: {width} wie die Kopfzeile",
                    )
                )
                continue
            writer.writerow([excel_row, *cells])
    guard.row(0, [], rows_read)  # the row limit, also between two checks
    return malformed, rows_read


def _csv_rows(path: Path, encoding: str, delimiter: str):
    _allow_long_fields()
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        for cells in reader:
            yield reader.line_num, cells


def _xlsx_rows(path: Path, types: dict[str, str], labels: list[str], header_row: int):
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for excel_row, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if excel_row <= header_row:
                continue
            cells = [
                cell_to_text(value, types.get(labels[i], "text") if i < len(labels) else "text")
                for i, value in enumerate(values)
            ]
            yield excel_row, cells
    finally:
        workbook.close()


def _xlsx_head(path: Path) -> list[list[str]]:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True)
        return [["" if v is None else str(v) for v in row] for row in rows]
    finally:
        workbook.close()


def prepare_file(path: Path, work_dir: Path) -> PreparedFile:
    """Recognise one delivered file and make a DuckDB-ready CSV of it in work_dir."""
    out_path = work_dir / f"{len(list(work_dir.iterdir())):04d}_{path.stem}.csv"
    try:
        check_file_size(path)
        if path.suffix.lower() == ".xlsx":
            checksum = sha256_of(path)
            check_xlsx_expansion(path)
            header_row, contract, labels = _find_header(_xlsx_head(path), path)
            types = {c.label: c.type for c in contract.columns}
            rows = _xlsx_rows(path, types, labels, header_row)
            malformed, read = _rewrite_rows(rows, out_path, header_row, RowGuard(path, labels, xlsx=True), path)
            problems = uncached_formulas(path, header_row, labels)
            return PreparedFile(
                path, contract, header_row, labels, checksum, "xlsx", out_path, ";", True, malformed, problems, read
            )
        facts = survey(path)
        checksum, encoding = facts.sha256, facts.encoding
        delimiter, header_row, contract, labels = _sniff_csv(path, encoding)
        source, records, long_lines = path, (facts.records if facts.clean else None), facts.long_line
        if not facts.native:
            source = out_path.with_name(f"{out_path.stem}.utf8.csv")
            transcode(path, facts, source)
            if facts.ascii_from is None:  # decoded anew: count on the copy (the same lines otherwise)
                records, long_lines = scan_lines(source, "utf-8")
        if records is not None and records - header_row <= limit("rows"):
            prepared = PreparedFile(path, contract, header_row, labels, checksum, encoding, source, delimiter, False)
            prepared.rows_read = records - header_row
            prepared.nfc_rows = facts.nfc or facts.ascii_after_line(header_row)
            prepared.padded = facts.padded(delimiter)
            return prepared
        rows = _csv_rows(path, encoding, delimiter)
        malformed, read = _rewrite_rows(rows, out_path, header_row, RowGuard(path, labels, long_lines=long_lines), path)
        return PreparedFile(
            path, contract, header_row, labels, checksum, encoding, out_path, ";", True, malformed, rows_read=read
        )
    except LimitExceeded as error:
        raise UnreadableFile(error.finding) from error
    except (OSError, UnicodeError, csv.Error, ValueError, KeyError, BadZipFile) as error:
        if is_disk_full(error):
            raise
        if isinstance(error, PermissionError):
            message = "keine Leserechte für diese Datei; erwartet: lesbar für das Konto, das lädt"
            raise UnreadableFile(Finding(path.name, 0, "", "", message)) from error
        raise UnreadableFile(
            Finding(path.name, 0, "", "", f"Datei nicht lesbar ({error}); erwartet: CSV oder .xlsx")
        ) from error


def delivered_files(source_dir: Path) -> list[Path]:
    """Every delivery file in source_dir, in a stable order; hidden and lock files are ignored."""
    return sorted(
        p
        for p in source_dir.iterdir()
        if p.is_file()
        and is_inside(p, source_dir)
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not p.name.startswith((".", "~$"))
    )


def rewrite_carefully(prepared: PreparedFile, work_dir: Path) -> PreparedFile:
    """The careful way for a file DuckDB could not read as is (e.g. a row with extra fields)."""
    out_path = work_dir / f"{len(list(work_dir.iterdir())):04d}_{prepared.path.stem}.csv"
    rows = _csv_rows(prepared.path, prepared.encoding, prepared.csv_delimiter)
    guard = RowGuard(prepared.path, prepared.labels, long_lines=False)
    try:
        malformed, read = _rewrite_rows(rows, out_path, prepared.header_row, guard, prepared.path)
    except LimitExceeded as error:
        raise UnreadableFile(error.finding) from error
    return replace(
        prepared, csv_path=out_path, csv_delimiter=";", has_row_numbers=True, malformed=malformed, rows_read=read
    )
