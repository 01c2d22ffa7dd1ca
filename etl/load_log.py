"""The load log: one JSON line per run, appended beside the warehouse, copied into every build.

It survives rebuilds (the warehouse is disposable, the log is not) and also records
rejected runs, which by design leave the warehouse itself untouched.
"""

import datetime as dt
import json
from pathlib import Path

import duckdb

from common import clock
from common.durable import append_line

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
        "warnings": list(getattr(result, "warnings", [])),
        "submissions_applied": list(getattr(result, "submissions", [])),
        "rows_superseded": sum(f.get("rows_superseded", 0) for f in result.files),
    }


REQUIRED_KEYS = ("run_id", "finished_at", "status", "source_dir", "delivery_date", "seconds", "files")


def _parse(line: str) -> dict | None:
    try:
        run = json.loads(line)
    except ValueError:
        return None
    if not isinstance(run, dict) or any(key not in run for key in REQUIRED_KEYS):
        return None
    run.setdefault("findings_count", len(run.get("findings", [])))
    run.setdefault("findings", [])
    return run


def read_checked(path: Path) -> tuple[list[dict], list[str]]:
    """(runs, warnings): a torn or invalid line (e.g. from a crash or a full disk) is skipped and reported."""
    if not path.exists():
        return [], []
    runs, warnings = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        run = _parse(line)
        if run is None:
            warnings.append(f"Ladeprotokoll {path.name}, Zeile {number}: unvollständiger Eintrag übersprungen")
        else:
            runs.append(run)
    return runs, warnings


def read(path: Path) -> list[dict]:
    return read_checked(path)[0]


def append(path: Path, run: dict) -> None:
    """One os.write of the whole line with O_APPEND, then fsync: a crash cannot tear an entry in two.

    A torn last line left by an older writer is closed with a newline first, so this entry stays whole.
    """
    append_line(path, (json.dumps(run, ensure_ascii=False) + "\n").encode("utf-8"), 0o644)


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
