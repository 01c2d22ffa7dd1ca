"""Raw loading with reconciliation: every row the reader read is loaded, quarantined or refused with a reason.

Rows loaded into raw include the rows later quarantined; rows refused are the malformed ones the reader set
aside. Any difference (e.g. a line DuckDB's CSV reader skipped) refuses the load, naming the file and counts.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb

from etl.faults import is_disk_full
from etl.findings import Finding, LoadRejected
from etl.raw import insert_file
from etl.reader import PreparedFile, UnreadableFile, rewrite_carefully

Progress = Callable[[Iterable, str], Iterable]
MAX_FILES_AT_ONCE = 2


def reconcile(item: PreparedFile, inserted: int) -> list[Finding]:
    """A finding when rows read differ from rows loaded (incl. quarantined) plus rows refused."""
    refused = len(item.malformed)
    if item.rows_read == inserted + refused:
        return []
    missing = item.rows_read - inserted - refused
    counts = f"{item.rows_read} Zeilen gelesen, {inserted} geladen"
    counts += f", {refused} abgelehnt" if refused else ""
    difference = f"{missing} Zeile(n) fehlen" if missing > 0 else f"{-missing} Zeile(n) zu viel"
    return [
        Finding(
            item.path.name,
            0,
            "",
            "",
            f"{counts} – {difference}; erwartet: jede gelieferte Zeile geladen oder begründet abgelehnt",
        )
    ]


def _insert(con, item: PreparedFile, work_dir: Path, key: str, delivery_date: dt.date) -> PreparedFile | Finding:
    """One file into raw on its own cursor; a file DuckDB cannot read as it is goes the careful way."""
    cursor = con.cursor()
    try:
        cursor.execute("use cockpit_build")
        try:
            item.rows_inserted = insert_file(cursor, item, key, delivery_date)
        except duckdb.Error as error:
            if is_disk_full(error) or isinstance(error, duckdb.InterruptException):
                raise
            # the failed insert was rolled back whole: nothing of this file is in raw
            try:
                item = rewrite_carefully(item, work_dir)
            except UnreadableFile as unreadable:
                return unreadable.finding
            item.rows_inserted = insert_file(cursor, item, key, delivery_date)
        return item
    finally:
        cursor.close()


def load_raw(
    con, prepared: list[PreparedFile], work_dir: Path, key: str, delivery_date: dt.date, progress: Progress
) -> list[PreparedFile]:
    """Insert every prepared file into its raw table, files side by side on the cores (largest first, each
    read by DuckDB in one pass); raises LoadRejected when a file does not reconcile."""
    ordered = sorted(prepared, key=lambda item: -item.csv_path.stat().st_size)
    threads = con.execute("select current_setting('threads')").fetchone()[0]
    workers = max(1, min(threads, MAX_FILES_AT_ONCE))
    if workers > 1:  # one core per file: a statement that numbers its rows in file order gains nothing from more
        con.execute("set threads = 1")
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [
                pool.submit(_insert, con, item, work_dir, key, delivery_date)
                for item in progress(ordered, "Rohdaten laden")
            ]
            done = [future.result() for future in futures]
    finally:
        con.execute(f"set threads = {threads}")
    loaded, findings = [], []
    for item in done:
        if isinstance(item, Finding):
            findings.append(item)
            continue
        findings += reconcile(item, item.rows_inserted)
        loaded.append(item)
    if findings:
        raise LoadRejected(findings)
    return sorted(loaded, key=lambda item: prepared.index(item))
