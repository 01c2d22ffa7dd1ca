"""`python -m etl check`: the same reading and checks as a load, in a throwaway database; nothing is written.

A partial check (`--partial`, e.g. one file uploaded on the dashboard) leaves references to deliveries that are
not in the folder to the load: without the project list, a status report's Projekt-ID cannot be judged here.
The check also hands back the Projekt-ID of every row, so the dashboard can refuse rows outside a viewer's scope.
"""

import datetime as dt
import time
import uuid
from pathlib import Path

import duckdb

from common import clock
from common.sql import ident
from etl.contracts import load_contracts
from etl.leftovers import check_scratch
from etl.load import LoadResult, Progress, _build, _no_progress
from etl.typed_pass import reference_label


def _absent(con: duckdb.DuckDBPyConnection, delivery: str) -> bool:
    return con.execute(f"select count(*) = 0 from raw.{ident(delivery)}").fetchone()[0]


def drop_unjudged_references(con: duckdb.DuckDBPyConnection) -> None:
    """Remove the findings of references to deliveries the folder does not hold (the districts always are)."""
    for contract in load_contracts().values():
        for column in contract.columns:
            target = (column.references or ".").split(".")[0]
            if target in ("", "districts") or not _absent(con, target):
                continue
            con.execute(
                "delete from raw.findings where delivery = ? and column_label = ? and ends_with(message, ?)",
                [contract.name, column.label, " ist unbekannt; erwartet: " + reference_label(column.references)],
            )


def project_rows(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every row of a delivery with a Projekt-ID: file, row, delivery and the project it names."""
    found = []
    for contract in load_contracts().values():
        if any(c.name == "project_id" for c in contract.columns):
            found += [
                {"file": file, "row": row, "delivery": contract.name, "project_id": project}
                for file, row, project in con.execute(
                    f"select source_file, source_row, project_id from raw.{ident(contract.name)} order by all"
                ).fetchall()
            ]
    return found


def check(
    source_dir: Path,
    delivery_date: dt.date | None = None,
    progress: Progress = _no_progress,
    inbox_dir: Path | None = None,
    partial: bool = False,
    rows: list[dict] | None = None,
) -> LoadResult:
    """Validate only (with inbox_dir's submissions, if given). Returns the quarantine findings of the measurement
    feeds; raises LoadRejected for strict ones. rows, if given, receives project_rows (also when refused)."""
    result = LoadResult(f"check-{uuid.uuid4().hex[:6]}", "checked", started=time.monotonic())

    def inspect(con: duckdb.DuckDBPyConnection) -> None:
        if partial:
            drop_unjudged_references(con)
        if rows is not None:
            rows.extend(project_rows(con))

    with check_scratch() as scratch:
        _build(
            source_dir,
            scratch / "check.duckdb",
            delivery_date or clock.today(),
            "check-only-key",
            result,
            [],
            progress,
            checking=True,
            inbox_dir=inbox_dir,
            inspect=inspect,
        )
    result.seconds = time.monotonic() - result.started
    return result
