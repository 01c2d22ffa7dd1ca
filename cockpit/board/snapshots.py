"""Frozen meeting snapshots: the marts copied into one DuckDB file per prepared meeting.

Preparing a meeting copies every table of schema `marts` from
the warehouse into `<snapshots_dir>/<slug>.duckdb`, with a table `meeting.info` naming the meeting.
The file is built under a temporary name and swapped in with os.replace, so a half-written snapshot
is never listed. A department's snapshot keeps only the rows of its own projects in every mart that
has a project_id, so the file itself holds nothing of other departments.

Pages and slides read a snapshot through cockpit.data_access.reading_from(meeting.snapshot_path):
the same queries then run unchanged against the frozen marts.
"""

import datetime as dt
import hashlib
import os
import re
import unicodedata
from pathlib import Path

import duckdb

from cockpit.board.model import Meeting
from cockpit.viewer import Scope
from common import clock, settings
from common.sql import ident, literal


def snapshots_dir_default() -> Path:
    """<data dir>/meetings (COCKPIT_DATA_DIR moves it, e.g. for tests)."""
    return settings.DATA_DIR / "meetings"


class MeetingExistsError(FileExistsError):
    """A meeting of this name and date is already prepared (prepare again with replace=True)."""


MEETING_NAME_MAX_CHARS = 120  # a name fits on a title slide and in a file name
SLUG_WORDS_MAX_CHARS = 60  # the name part of a slug (and so of the snapshot's file name)


class MeetingNameError(ValueError):
    """A meeting name the cockpit cannot use (empty or too long); the message says so in German."""


class MeetingNotFoundError(FileNotFoundError):
    """No prepared meeting with this slug (or not one the viewer may open)."""


def check_name(name: str) -> str:
    """The name without surrounding blanks; MeetingNameError if it is empty or longer than the limit."""
    name = name.strip()
    if not name:
        raise MeetingNameError("Die Sitzung braucht einen Namen.")
    if len(name) > MEETING_NAME_MAX_CHARS:
        raise MeetingNameError(
            f"Der Name der Sitzung ist {len(name)} Zeichen lang; erlaubt sind höchstens {MEETING_NAME_MAX_CHARS}."
        )
    return name


def slugify(meeting_date: dt.date, name: str) -> str:
    """'2026-12-09-smart-city-board-4-2026': the date, then the name in lower-case ASCII words. A name without
    Latin letters ('Совет 4/2026') becomes 'sitzung-4-2026-' plus a short hash of the name, and words longer
    than SLUG_WORDS_MAX_CHARS are cut (at a word) and get that hash too: two such meetings never collide."""
    ascii_name = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if re.search(r"[a-z]", words) and len(words) <= SLUG_WORDS_MAX_CHARS:
        return f"{meeting_date.isoformat()}-{words}"
    digest = hashlib.sha256(name.strip().encode()).hexdigest()[:8]
    room = SLUG_WORDS_MAX_CHARS - len(digest) - 1
    if not re.search(r"[a-z]", words):
        words, room = f"sitzung-{words}", room + len("sitzung-")
    if len(words) > room:
        words = words[: room + 1].rsplit("-", 1)[0] if "-" in words[:room] else words[:room]
    return f"{meeting_date.isoformat()}-{words.strip('-')}-{digest}"


def _project_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "select table_name from duckdb_columns() "
        "where database_name = 'wh' and schema_name = 'marts' and column_name = 'project_id'"
    ).fetchall()
    return {name for (name,) in rows}


def _copy_marts(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    """From the warehouse (attached as `wh`) into the new snapshot (attached as `snap`)."""
    tables = [
        name
        for (name,) in con.execute(
            "select table_name from duckdb_tables() "
            "where database_name = 'wh' and schema_name = 'marts' order by table_name"
        ).fetchall()
    ]
    with_projects = _project_tables(con)
    con.execute("create schema snap.marts")
    for table in tables:
        source = f"wh.marts.{ident(table)}"
        if scope.units is None or table not in with_projects:
            con.execute(f"create table snap.marts.{ident(table)} as select * from {source}")
        elif table == "projects":
            con.execute(
                f"create table snap.marts.projects as select * from {source} where list_contains(?, lead_unit_id)",
                [list(scope.units)],
            )
        else:
            con.execute(
                f"create table snap.marts.{ident(table)} as select * from {source} "
                "where project_id in (select project_id from wh.marts.projects "
                "where list_contains(?, lead_unit_id))",
                [list(scope.units)],
            )


def _write_info(con: duckdb.DuckDBPyConnection, meeting: Meeting) -> None:
    con.execute("create schema snap.meeting")
    con.execute("""create table snap.meeting.info (
        slug varchar, name varchar, meeting_date date, data_as_of date,
        scope_units varchar[], created_at timestamp)""")
    units = list(meeting.scope_units) if meeting.scope_units is not None else None
    con.execute(
        "insert into snap.meeting.info values (?, ?, ?, ?, ?, ?)",
        [meeting.slug, meeting.name, meeting.meeting_date, meeting.data_as_of, units, meeting.created_at],
    )


def prepare_meeting(
    name: str,
    meeting_date: dt.date,
    data_as_of: dt.date,
    scope: Scope,
    warehouse: Path | None = None,
    snapshots_dir: Path | None = None,
    replace: bool = False,
) -> Meeting:
    """Freeze the warehouse's marts for a meeting; raises MeetingExistsError unless replace=True, and
    MeetingNameError for an empty or too long name."""
    warehouse = Path(warehouse or settings.WAREHOUSE_PATH)
    snapshots_dir = Path(snapshots_dir or snapshots_dir_default())
    name = check_name(name)
    if not warehouse.exists():
        raise FileNotFoundError(warehouse)
    slug = slugify(meeting_date, name)
    target = snapshots_dir / f"{slug}.duckdb"
    if target.exists() and not replace:
        raise MeetingExistsError(f"meeting {slug!r} is already prepared: {target}")
    snapshots_dir.mkdir(parents=True, exist_ok=True)
    meeting = Meeting(
        slug=slug,
        name=name,
        meeting_date=meeting_date,
        data_as_of=data_as_of,
        scope_units=scope.units,
        created_at=clock.timestamp(),
        snapshot_path=target,
    )
    building = snapshots_dir / f".{slug}.building-{os.getpid()}.duckdb"
    building.unlink(missing_ok=True)
    try:
        con = duckdb.connect()  # in memory: the warehouse attached read-only, the new file read-write
        try:
            con.execute(f"attach {literal(warehouse)} as wh (read_only)")
            con.execute(f"attach {literal(building)} as snap")
            _copy_marts(con, scope)
            _write_info(con, meeting)
            con.execute("use snap")
            con.execute("use memory")
            con.execute("detach snap")
            con.execute("detach wh")
        finally:
            con.close()
        os.replace(building, target)
    finally:
        building.unlink(missing_ok=True)
        building.with_name(building.name + ".wal").unlink(missing_ok=True)
    return meeting


def _read_info(path: Path) -> Meeting:
    con = duckdb.connect(str(path), read_only=True)
    try:
        row = con.execute(
            "select slug, name, meeting_date, data_as_of, scope_units, created_at from meeting.info"
        ).fetchone()
    finally:
        con.close()
    slug, name, meeting_date, data_as_of, units, created_at = row
    return Meeting(
        slug=slug,
        name=name,
        meeting_date=meeting_date,
        data_as_of=data_as_of,
        scope_units=None if units is None else tuple(units),
        created_at=created_at,
        snapshot_path=path,
    )


def is_visible_to(meeting: Meeting, scope: Scope) -> bool:
    """Everything sees every pack; a department only packs of its own units (or a part of them)."""
    if scope.units is None:
        return True
    return meeting.scope_units is not None and set(meeting.scope_units) <= set(scope.units)


def list_meetings(scope: Scope, snapshots_dir: Path | None = None) -> list[Meeting]:
    """Prepared meetings the viewer may open, newest meeting first."""
    snapshots_dir = Path(snapshots_dir or snapshots_dir_default())
    if not snapshots_dir.is_dir():
        return []
    meetings = []
    for path in sorted(snapshots_dir.glob("[!.]*.duckdb")):
        try:
            meeting = _read_info(path)
        except duckdb.Error:
            continue  # not a snapshot (or being replaced right now)
        if is_visible_to(meeting, scope):
            meetings.append(meeting)
    return sorted(meetings, key=lambda m: (m.meeting_date, m.created_at), reverse=True)


def open_meeting(slug: str, snapshots_dir: Path | None = None, scope: Scope | None = None) -> Meeting:
    """The prepared meeting with this slug; with a scope, only if the viewer may see it."""
    snapshots_dir = Path(snapshots_dir or snapshots_dir_default())
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9-]+", slug or ""):
        raise MeetingNotFoundError(slug)
    path = snapshots_dir / f"{slug}.duckdb"
    if not path.exists():
        raise MeetingNotFoundError(slug)
    meeting = _read_info(path)
    if scope is not None and not is_visible_to(meeting, scope):
        raise MeetingNotFoundError(slug)
    return meeting
