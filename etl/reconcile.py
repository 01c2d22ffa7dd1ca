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
from etl.raw import insert_files
from etl.reader import PreparedFile, UnreadableFile, rewrite_carefully

Progress = Callable[[Iterable, str], Iterable]
MAX_FILES_AT_ONCE = 2
SEPARATE_ROWS = 2 * 122_880  # two of DuckDB's row groups


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


def _insert_one(cursor, item: PreparedFile, work_dir: Path, key: str, delivery_date: dt.date) -> PreparedFile | Finding:
    """One file; a file DuckDB cannot read as it is goes the careful way."""
    try:
        (item.rows_inserted,) = insert_files(cursor, [item], key, delivery_date)
    except duckdb.Error as error:
        if is_disk_full(error) or isinstance(error, duckdb.InterruptException):
            raise
        # the failed insert was rolled back whole: nothing of this file is in raw
        try:
            item = rewrite_carefully(item, work_dir)
        except UnreadableFile as unreadable:
            return unreadable.finding
        (item.rows_inserted,) = insert_files(cursor, [item], key, delivery_date)
    return item


def _insert(con, task: list[PreparedFile], work_dir: Path, key: str, delivery_date: dt.date) -> list:
    """A task's files into raw on their own cursor: together in one statement, or one by one when that fails."""
    cursor = con.cursor()
    try:
        cursor.execute("use cockpit_build")
        if len(task) > 1:
            try:
                for item, inserted in zip(task, insert_files(cursor, task, key, delivery_date), strict=True):
                    item.rows_inserted = inserted
                return task
            except duckdb.Error as error:  # rolled back whole; which file failed shows file by file
                if is_disk_full(error) or isinstance(error, duckdb.InterruptException):
                    raise
        return [_insert_one(cursor, item, work_dir, key, delivery_date) for item in task]
    finally:
        cursor.close()


def tasks(prepared: list[PreparedFile]) -> list[list[PreparedFile]]:
    """The statements of the raw load, largest first: a file of at least SEPARATE_ROWS rows alone (files of
    one delivery side by side on the cores), the smaller files of a delivery together in one statement (their
    rows fill whole row groups; a row group per file would be merged and written again at the checkpoint)."""
    together: dict[str, list[PreparedFile]] = {}
    alone = []
    for item in prepared:
        if item.rows_read >= SEPARATE_ROWS:
            alone.append([item])
        else:
            together.setdefault(item.contract.name, []).append(item)
    return sorted(alone + list(together.values()), key=lambda task: -sum(i.csv_path.stat().st_size for i in task))


def load_raw(
    con, prepared: list[PreparedFile], work_dir: Path, key: str, delivery_date: dt.date, progress: Progress
) -> list[PreparedFile]:
    """Insert every prepared file into its raw table, statements side by side on the cores (largest first, each
    read by DuckDB in one pass); raises LoadRejected when a file does not reconcile."""
    threads = con.execute("select current_setting('threads')").fetchone()[0]
    workers = max(1, min(threads, MAX_FILES_AT_ONCE))
    if workers > 1:  # one core per file: a statement that numbers its rows in file order gains nothing from more
        con.execute("set threads = 1")
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [
                pool.submit(_insert, con, task, work_dir, key, delivery_date)
                for task in progress(tasks(prepared), "Rohdaten laden")
            ]
            done = [item for future in futures for item in future.result()]
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
    position = {item.path: i for i, item in enumerate(prepared)}
    return sorted(loaded, key=lambda item: position[item.path])
