"""The reports' own SQLite file (settings.REPORTING_DB_PATH, created 0600, never the warehouse): its schema,
one connection per call (WAL, busy_timeout), rows as Submission objects, the append-only history.

`submissions` holds one row per project and reporting month: the current report with its `version`;
`history` gets one row per save, submission, acceptance and return (triggers refuse to change or delete it).
"""

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cockpit.reporting import rules
from common import clock, settings

DRAFT, SUBMITTED, ACCEPTED, RETURNED = "entwurf", "eingereicht", "angenommen", "zurückgegeben"
STATES = (DRAFT, SUBMITTED, ACCEPTED, RETURNED)
BUSY_TIMEOUT_MS = 15_000
SCHEMA = """
create table if not exists submissions (
    submission_id text primary key,
    project_id text not null,
    report_month text not null,
    version integer not null check (version >= 1),
    state text not null check (state in ('entwurf', 'eingereicht', 'angenommen', 'zurückgegeben')),
    payload text not null,
    author text,
    saved_at text not null,
    submitted_by text,
    submitted_at text,
    reviewed_by text,
    reviewed_at text,
    review text,
    inbox_folder text,
    unique (project_id, report_month)
);
create table if not exists history (
    history_id integer primary key autoincrement,
    submission_id text not null,
    project_id text not null,
    report_month text not null,
    version integer not null,
    action text not null check (action in ('saved', 'submitted', 'accepted', 'returned')),
    who text,
    at text not null,
    payload text,
    comment text
);
create trigger if not exists history_is_append_only_update before update on history
begin select raise(abort, 'history is append-only'); end;
create trigger if not exists history_is_append_only_delete before delete on history
begin select raise(abort, 'history is append-only'); end;
"""


@dataclass(frozen=True)
class Submission:
    submission_id: str
    project_id: str
    report_month: dt.date
    version: int
    state: str
    payload: dict
    author: str | None
    saved_at: dt.datetime
    submitted_by: str | None = None
    submitted_at: dt.datetime | None = None
    reviewed_by: str | None = None
    reviewed_at: dt.datetime | None = None
    review: dict | None = None
    inbox_folder: str | None = None


def database_path() -> Path:
    return Path(settings.REPORTING_DB_PATH)


@contextlib.contextmanager
def connection() -> Iterator[sqlite3.Connection]:
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    con = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        con.row_factory = sqlite3.Row
        con.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        con.execute("pragma journal_mode = wal")
        con.executescript(SCHEMA)
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[None]:
    con.execute("begin immediate")
    try:
        yield
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def parse_time(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


def as_submission(row: sqlite3.Row | None) -> Submission | None:
    if row is None:
        return None
    return Submission(
        submission_id=row["submission_id"],
        project_id=row["project_id"],
        report_month=rules.month_from_key(row["report_month"]),
        version=row["version"],
        state=row["state"],
        payload=json.loads(row["payload"]),
        author=row["author"],
        saved_at=parse_time(row["saved_at"]),
        submitted_by=row["submitted_by"],
        submitted_at=parse_time(row["submitted_at"]),
        reviewed_by=row["reviewed_by"],
        reviewed_at=parse_time(row["reviewed_at"]),
        review=None if row["review"] is None else json.loads(row["review"]),
        inbox_folder=row["inbox_folder"],
    )


def timestamp_text() -> str:
    """The current moment (common.clock) as stored: ISO 8601 to the second."""
    return clock.timestamp().isoformat(timespec="seconds")


def append_history(con, submission: Submission, action: str, who, at: str, payload, comment=None) -> None:
    con.execute(
        "insert into history (submission_id, project_id, report_month, version, action, who, at, payload, comment)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            submission.submission_id,
            submission.project_id,
            rules.month_key(submission.report_month),
            submission.version,
            action,
            who,
            at,
            None if payload is None else json.dumps(payload, ensure_ascii=False),
            comment,
        ],
    )


def base_payload(con, submission_id: str, version: int) -> dict | None:
    row = con.execute(
        "select payload from history where submission_id = ? and version = ? and payload is not null"
        " order by history_id desc limit 1",
        [submission_id, version],
    ).fetchone()
    return None if row is None else json.loads(row["payload"])


def by_id(submission_id: str) -> Submission:
    with connection() as con:
        return as_submission(
            con.execute("select * from submissions where submission_id = ?", [submission_id]).fetchone()
        )
