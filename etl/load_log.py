"""The load log: one JSON line per run, appended beside the warehouse, copied into every build.

It survives rebuilds (the warehouse is disposable, the log is not) and also records
rejected runs, which by design leave the warehouse itself untouched.
"""

import datetime as dt
import json
from pathlib import Path

import duckdb

from common import clock

MAX_FINDINGS_LOGGED = 500


def entry(result, source_dir: Path, delivery_date: dt.date) -> dict:
    return {
        "run_id": result.run_id,
        "finished_at": clock.timestamp().isoformat(timespec="seconds"),
        "status": result.status,
        "source_dir": str(source_dir),
        "delivery_date": delivery_date.isoformat(),
        "seconds": round(result.seconds, 2),
        "files": result.files,
        "findings_count": len(result.findings),
        "findings": [str(f) for f in result.findings[:MAX_FINDINGS_LOGGED]],
    }


def read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def append(path: Path, run: dict) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(run, ensure_ascii=False) + "\n")


def write_tables(con: duckdb.DuckDBPyConnection, runs: list[dict]) -> None:
    """log.load_runs (one row per run) and log.load_files (one row per file per run)."""
    con.execute("create schema if not exists log")
    con.execute(
        "create or replace table log.load_runs (run_id varchar, finished_at timestamp, status varchar, "
        "source_dir varchar, delivery_date date, seconds double, findings_count bigint, findings varchar[])"
    )
    con.execute(
        "create or replace table log.load_files (run_id varchar, file varchar, delivery varchar, "
        "sha256 varchar, encoding varchar, rows_loaded bigint, rows_quarantined bigint)"
    )
    con.executemany(
        "insert into log.load_runs values (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                r["run_id"],
                r["finished_at"],
                r["status"],
                r["source_dir"],
                r["delivery_date"],
                r["seconds"],
                r["findings_count"],
                r["findings"],
            ]
            for r in runs
        ],
    )
    con.executemany(
        "insert into log.load_files values (?, ?, ?, ?, ?, ?, ?)",
        [
            [r["run_id"], f["file"], f["delivery"], f["sha256"], f["encoding"], f["rows_loaded"], f["rows_quarantined"]]
            for r in runs
            for f in r["files"]
        ],
    )
