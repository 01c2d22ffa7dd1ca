"""Raw loading with reconciliation: every row the reader read is loaded, quarantined or refused with a reason.

Rows loaded into raw include the rows later quarantined; rows refused are the malformed ones the reader set
aside. Any difference (e.g. a line DuckDB's CSV reader skipped) refuses the load, naming the file and counts.
"""

from collections.abc import Callable, Iterable
from pathlib import Path

import duckdb

from common.sql import ident
from etl.faults import is_disk_full
from etl.findings import Finding, LoadRejected
from etl.raw import insert_file
from etl.reader import PreparedFile, UnreadableFile, rewrite_carefully

Progress = Callable[[Iterable, str], Iterable]


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


def load_raw(con, prepared: list[PreparedFile], work_dir: Path, key: str, progress: Progress) -> list[PreparedFile]:
    """Insert every prepared file into its raw table; raises LoadRejected when a file does not reconcile."""
    loaded, findings = [], []
    for item in progress(prepared, "Rohdaten laden"):
        try:
            inserted = insert_file(con, item, key)
        except duckdb.Error as error:
            if is_disk_full(error) or isinstance(error, duckdb.InterruptException):
                raise
            con.execute(f"delete from raw.{ident(item.contract.name)} where source_file = ?", [item.path.name])
            try:
                item = rewrite_carefully(item, work_dir)
            except UnreadableFile as unreadable:
                findings.append(unreadable.finding)
                continue
            inserted = insert_file(con, item, key)
        findings += reconcile(item, inserted)
        loaded.append(item)
    if findings:
        raise LoadRejected(findings)
    return loaded
