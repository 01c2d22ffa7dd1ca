"""Command line: prepare a meeting (freeze the data), list prepared meetings, write a meeting's pack.

    python -m cockpit.board prepare [--name "Smart-City-Board 4/2026"] [--meeting-date 09.12.2026] \\
        [--as-of 31.10.2026] [--units 61,65] [--db PATH] [--replace]
    python -m cockpit.board list [--units 61,65]
    python -m cockpit.board pack --meeting SLUG [--out DIR] [--lang de|en]

The command line acts as the Stabsstelle (Viewer's default role, CDO): without --units it prepares and
replaces whole-portfolio meetings; with --units 61 a meeting of unit 61 (the department's own, whose slug
ends with _fb-61), exactly as that department prepares it on the page. As on the page: without
--meeting-date, prepare takes the next Board meeting in the calendar on or after today
(common.clock.today(), so COCKPIT_TODAY pins it), without --name that meeting's name, and without
--as-of the end of the month before today. Nothing here imports Streamlit.
"""

import argparse
import datetime as dt
import sys
from pathlib import Path

from cockpit.board.agenda import end_of_previous_month
from cockpit.board.pack import add_pack_command
from cockpit.board.scopes import MeetingPermissionError
from cockpit.board.snapshots import MeetingExistsError, MeetingNameError, list_meetings, prepare_meeting
from cockpit.data_access import reading_from
from cockpit.data_access.board import next_board_meeting
from cockpit.viewer import EVERYTHING, Scope, Viewer, units_scope
from common import clock, formats, settings


def german_date(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"Datum als TT.MM.JJJJ angeben, nicht {text!r}") from error


def _scope_text(scope: Scope) -> str:
    return "gesamtes Portfolio" if scope.units is None else "Federführung " + ", ".join(scope.units)


class NoBoardMeetingError(LookupError):
    """The calendar has no Board meeting to take the missing --name or --meeting-date from."""


def _meeting_fields(args, viewer: Viewer) -> tuple[str, dt.date, dt.date]:
    """Name, meeting date and data date as given; what is missing as the page's form proposes it for today."""
    today = viewer.day
    data_as_of = args.as_of or end_of_previous_month(today)
    if args.name and args.meeting_date:
        return args.name, args.meeting_date, data_as_of
    with reading_from(args.db):
        upcoming = next_board_meeting(viewer, args.meeting_date or today)
    if upcoming is None or (args.meeting_date and upcoming[0] != args.meeting_date):
        raise NoBoardMeetingError(args.meeting_date or today)
    return args.name or upcoming[1], upcoming[0], data_as_of


def _stabsstelle(units: Scope | None) -> Viewer:
    """The viewer the command line acts as: the Stabsstelle (role CDO), for --units or everything."""
    return Viewer(scope=units or EVERYTHING, day=clock.today())


def prepare(args) -> int:
    viewer = _stabsstelle(args.units)
    try:
        name, meeting_date, data_as_of = _meeting_fields(args, viewer)
        meeting = prepare_meeting(
            name,
            meeting_date,
            data_as_of,
            viewer,
            warehouse=args.db,
            snapshots_dir=args.meetings_dir,
            replace=args.replace,
        )
    except NoBoardMeetingError as error:
        day = formats.date(error.args[0])
        print(f"Kein Board-Termin ab {day} im Kalender: --name und --meeting-date angeben.", file=sys.stderr)
        return 1
    except (MeetingNameError, MeetingPermissionError) as error:
        print(error, file=sys.stderr)
        return 1
    except MeetingExistsError:
        print(
            f"Die Sitzung „{name}“ am {formats.date(meeting_date)} ({_scope_text(viewer.scope)}) "
            "ist schon vorbereitet; zum Ersetzen --replace angeben.",
            file=sys.stderr,
        )
        return 1
    except FileNotFoundError as error:
        print(f"Kein Datenlager unter {error}. Erst `python -m etl load` ausführen.", file=sys.stderr)
        return 1
    print(
        f"Vorbereitet: {meeting.name} (Sitzung {formats.date(meeting.meeting_date)}, "
        f"Datenstand {formats.date(meeting.data_as_of)}, {_scope_text(Scope(meeting.scope_units))})"
    )
    print(f"Schnappschuss: {meeting.snapshot_path}")
    print(f"Präsentieren: /sitzung?sitzung={meeting.slug}&folie=1")
    return 0


def list_command(args) -> int:
    meetings = list_meetings(_stabsstelle(args.units), snapshots_dir=args.meetings_dir)
    if not meetings:
        print("Noch keine Sitzung vorbereitet.")
    for meeting in meetings:
        print(
            f"{meeting.slug}\t{meeting.name}\tSitzung {formats.date(meeting.meeting_date)}\t"
            f"Datenstand {formats.date(meeting.data_as_of)}\t{_scope_text(Scope(meeting.scope_units))}"
        )
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="python -m cockpit.board",
        description="Sitzungsmodus: Sitzungen vorbereiten, auflisten, Unterlagen schreiben. Die Kommandozeile "
        "handelt als Stabsstelle: ohne --units Sitzungen des gesamten Portfolios, mit --units 61 die Sitzungen "
        "der Federführung 61 (eigene Sitzungen dieser Sicht, Kürzel endet auf _fb-61).",
    )
    main.add_argument(
        "--meetings-dir", type=Path, default=None, help="Ordner der Sitzungs-Schnappschüsse (Standard: data/meetings)"
    )
    subparsers = main.add_subparsers(dest="command", required=True)

    prep = subparsers.add_parser("prepare", help="Daten für eine Sitzung einfrieren")
    prep.add_argument("--name", help='z. B. "Smart-City-Board 4/2026" (Standard: der nächste Board-Termin)')
    prep.add_argument(
        "--meeting-date", type=german_date, help="Sitzungsdatum TT.MM.JJJJ (Standard: der nächste Board-Termin)"
    )
    prep.add_argument(
        "--as-of", type=german_date, help="Datenstand (Stichtag) TT.MM.JJJJ (Standard: Ende des Vormonats)"
    )
    prep.add_argument(
        "--units",
        type=units_scope,
        default=None,
        help="eine Sitzung dieser federführenden Einheiten vorbereiten, z. B. 61 (Standard: gesamtes Portfolio); "
        "der Schnappschuss enthält nur ihre Projekte",
    )
    prep.add_argument(
        "--db", type=Path, default=settings.WAREHOUSE_PATH, help="Datenlager (Standard: data/warehouse.duckdb)"
    )
    prep.add_argument(
        "--replace", action="store_true", help="die Sitzung gleichen Namens, Datums und gleicher Sicht ersetzen"
    )
    prep.set_defaults(func=prepare)

    listing = subparsers.add_parser("list", help="vorbereitete Sitzungen auflisten")
    listing.add_argument("--units", type=units_scope, default=None, help="nur Sitzungen dieser Einheiten, z. B. 61")
    listing.set_defaults(func=list_command)

    add_pack_command(subparsers)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
