"""Frozen meeting snapshots: what the preparing viewer may read, copied into one DuckDB file per meeting.

Preparing a meeting opens the data gate (cockpit.data_access.gate) for the preparing viewer (role,
scope, the meeting's data date as Stichtag) and copies every mart table visible through it into
`<snapshots_dir>/<slug>.duckdb`, with a table `meeting.info` naming the meeting. There is no scope rule
here: a department's snapshot holds exactly what the gate shows that department, nothing of other units.
The file is built under a temporary name and swapped in with os.replace, so a half-written snapshot
is never listed.

Meetings belong to a scope (cockpit.board.scopes): the scope is part of the slug, the preparer's own
scope is the only one they prepare or replace, and a meeting outside a viewer's scope is "not found".

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
from cockpit.board.scopes import may_see, preparing_scope, scope_tag
from cockpit.data_access import gate
from cockpit.viewer import Scope, Viewer
from common import clock, settings
from common.sql import ident, literal

SNAPSHOT_ALIAS = "meeting_snapshot_being_built"  # the new file, attached beside the gate's views
SLUG_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9-]+(_fb-[a-z0-9-]+)?")


def snapshots_dir_default() -> Path:
    """<data dir>/meetings (COCKPIT_DATA_DIR moves it, e.g. for tests)."""
    return settings.DATA_DIR / "meetings"


class MeetingExistsError(FileExistsError):
    """The viewer's own scope already has a meeting of this name and date (prepare again with replace=True)."""


MEETING_NAME_MAX_CHARS = 120  # a name fits on a title slide and in a file name
SLUG_WORDS_MAX_CHARS = 60  # the name (and scope) part of a slug, and so of the snapshot's file name


class MeetingNameError(ValueError):
    """A meeting name the cockpit cannot use (empty or too long); the message says so in German."""


class MeetingNotFoundError(FileNotFoundError):
    """No prepared meeting with this slug (or not one the viewer may open: the same error, on purpose)."""


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


def slugify(meeting_date: dt.date, name: str, units: tuple[str, ...] | None = None) -> str:
    """'2026-12-09-smart-city-board-4-2026': the date, then the name in lower-case ASCII words; a meeting of
    units ends with its scope: '2026-12-09-smart-city-board-4-2026_fb-61' ('_' never occurs in the words).
    A name without Latin letters ('Совет 4/2026') becomes 'sitzung-4-2026-' plus a short hash of the name, and
    words longer than their room are cut (at a word) and get that hash too: two such meetings never collide."""
    tag = scope_tag(units)
    room_for_words = SLUG_WORDS_MAX_CHARS - (len(tag) + 1 if tag else 0)
    ascii_name = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not re.search(r"[a-z]", words) or len(words) > room_for_words:
        digest = hashlib.sha256(name.strip().encode()).hexdigest()[:8]
        room = room_for_words - len(digest) - 1
        if not re.search(r"[a-z]", words):
            words, room = f"sitzung-{words}", room + len("sitzung-")
        if len(words) > room:
            words = words[: room + 1].rsplit("-", 1)[0] if "-" in words[:room] else words[:room]
        words = f"{words.strip('-')}-{digest}"
    return f"{meeting_date.isoformat()}-{words}" + (f"_{tag}" if tag else "")


def meeting_file(name: str, meeting_date: dt.date, scope: Scope, snapshots_dir: Path | None = None) -> Path:
    """Where the meeting of this name, date and scope is (or would be) frozen."""
    slug = slugify(meeting_date, name.strip(), scope.units)
    return Path(snapshots_dir or snapshots_dir_default()) / f"{slug}.duckdb"


def _write_info(con: duckdb.DuckDBPyConnection, meeting: Meeting) -> None:
    con.execute(f"create schema {SNAPSHOT_ALIAS}.meeting")
    con.execute(f"""create table {SNAPSHOT_ALIAS}.meeting.info (
        slug varchar, name varchar, meeting_date date, data_as_of date,
        scope_units varchar[], created_at timestamp)""")
    units = list(meeting.scope_units) if meeting.scope_units is not None else None
    con.execute(
        f"insert into {SNAPSHOT_ALIAS}.meeting.info values (?, ?, ?, ?, ?, ?)",
        [meeting.slug, meeting.name, meeting.meeting_date, meeting.data_as_of, units, meeting.created_at],
    )


def _frozen_columns(con: duckdb.DuckDBPyConnection, catalog: str, table: str) -> str:
    """Every column; a report's known_from frozen as its report month. The meeting holds what the warehouse held
    when it was prepared, all of it known then: its Datenstand selects the reporting months it shows
    (cockpit/sql/scoping.sql is_report_known)."""
    columns = {
        name
        for (name,) in con.execute(
            "select column_name from duckdb_columns() where database_name = ? and schema_name = 'marts' "
            "and table_name = ?",
            [catalog, table],
        ).fetchall()
    }
    return "* replace (report_month as known_from)" if {"known_from", "report_month"} <= columns else "*"


def _freeze(warehouse: Path, building: Path, viewer: Viewer, meeting: Meeting) -> None:
    """Copy every mart the gate shows this viewer into the new file, then the meeting's info."""
    con = gate.connect(warehouse, viewer)
    try:
        catalog = con.execute("select current_database()").fetchone()[0]
        con.execute(f"attach {literal(building)} as {SNAPSHOT_ALIAS}")
        con.execute(f"create schema {SNAPSHOT_ALIAS}.marts")
        for table in gate.gated_tables(con):
            con.execute(
                f"create table {SNAPSHOT_ALIAS}.marts.{ident(table)} as "
                f"select {_frozen_columns(con, catalog, table)} from {ident(catalog)}.marts.{ident(table)}"
            )
        _write_info(con, meeting)
        con.execute(f"detach {SNAPSHOT_ALIAS}")
    finally:
        con.close()


def prepare_meeting(
    name: str,
    meeting_date: dt.date,
    data_as_of: dt.date,
    viewer: Viewer,
    warehouse: Path | None = None,
    snapshots_dir: Path | None = None,
    replace: bool = False,
) -> Meeting:
    """Freeze what the preparer may read, as of data_as_of, as a meeting of the preparer's own scope.

    Raises MeetingPermissionError (cockpit.board.scopes) for a viewer who may not prepare meetings (Board,
    Forum), MeetingNameError for an empty or too long name, and MeetingExistsError when the preparer's scope
    already has this meeting (unless replace=True). A meeting of another scope is another file: it is
    neither found nor replaced."""
    scope = preparing_scope(viewer)
    warehouse = Path(warehouse or settings.WAREHOUSE_PATH)
    snapshots_dir = Path(snapshots_dir or snapshots_dir_default())
    name = check_name(name)
    if not warehouse.exists():
        raise FileNotFoundError(warehouse)
    target = meeting_file(name, meeting_date, scope, snapshots_dir)
    slug = target.stem
    if target.exists() and (not replace or not _replaceable(target, scope)):
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
        _freeze(warehouse, building, viewer.as_of(data_as_of), meeting)
        os.replace(building, target)
    finally:
        building.unlink(missing_ok=True)
        building.with_name(building.name + ".wal").unlink(missing_ok=True)
    return meeting


def _replaceable(path: Path, scope: Scope) -> bool:
    """Only a snapshot of the very same scope is replaced (a file of an older cockpit, whose slugs had no
    scope, may hold another scope's meeting at our slug); an unreadable leftover may be replaced."""
    try:
        return _read_info(path).scope_units == scope.units
    except duckdb.Error:
        return True


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


def list_meetings(viewer: Viewer, snapshots_dir: Path | None = None) -> list[Meeting]:
    """Prepared meetings this viewer may open (cockpit.board.scopes.may_see), newest meeting first."""
    snapshots_dir = Path(snapshots_dir or snapshots_dir_default())
    if not viewer.sees_internal or not snapshots_dir.is_dir():
        return []
    meetings = []
    for path in sorted(snapshots_dir.glob("[!.]*.duckdb")):
        try:
            meeting = _read_info(path)
        except duckdb.Error:
            continue  # not a snapshot (or being replaced right now)
        if may_see(viewer, meeting.scope_units):
            meetings.append(meeting)
    return sorted(meetings, key=lambda m: (m.meeting_date, m.created_at), reverse=True)


def open_meeting(slug: str, viewer: Viewer, snapshots_dir: Path | None = None) -> Meeting:
    """The prepared meeting with this slug, if this viewer may see it; else MeetingNotFoundError, the same
    for a meeting outside the viewer's scope as for one that does not exist."""
    snapshots_dir = Path(snapshots_dir or snapshots_dir_default())
    path = snapshots_dir / f"{slug}.duckdb"
    if not SLUG_PATTERN.fullmatch(slug or "") or not path.exists():
        raise MeetingNotFoundError(slug)
    try:
        meeting = _read_info(path)
    except duckdb.Error:
        raise MeetingNotFoundError(slug) from None
    if not may_see(viewer, meeting.scope_units):
        raise MeetingNotFoundError(slug)
    return meeting
