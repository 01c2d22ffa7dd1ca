"""Command line: prepare a meeting (freeze the data) and list prepared meetings.

    python -m cockpit.board prepare --name "Smart-City-Board 4/2026" --meeting-date 09.12.2026 \\
        --as-of 31.10.2026 [--units 61,65] [--db PATH] [--replace]
    python -m cockpit.board list [--units 61,65]

The board pack adds `pack` through cockpit.board.pack.add_pack_command(subparsers), if present.
"""

import argparse
import datetime as dt
import importlib.util
import logging
import sys
from pathlib import Path

from cockpit import config, formatting
from cockpit.scope import Scope


def german_date(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"Datum als TT.MM.JJJJ angeben, nicht {text!r}") from error


def units(text: str) -> Scope:
    return Scope(units=tuple(sorted({u.strip() for u in text.split(",") if u.strip()})))


def _scope_text(meeting) -> str:
    return "gesamtes Portfolio" if meeting.scope_units is None else "Federführung " + ", ".join(meeting.scope_units)


def prepare(args) -> int:
    from cockpit.board.snapshots import MeetingExistsError, prepare_meeting

    try:
        meeting = prepare_meeting(
            args.name,
            args.meeting_date,
            args.as_of,
            args.units or Scope(),
            warehouse=args.db,
            snapshots_dir=args.meetings_dir,
            replace=args.replace,
        )
    except MeetingExistsError:
        print(
            f"Die Sitzung „{args.name}“ am {formatting.date(args.meeting_date)} ist schon vorbereitet; "
            "zum Ersetzen --replace angeben.",
            file=sys.stderr,
        )
        return 1
    except FileNotFoundError as error:
        print(f"Kein Datenlager unter {error}. Erst `python -m etl load` ausführen.", file=sys.stderr)
        return 1
    print(
        f"Vorbereitet: {meeting.name} (Sitzung {formatting.date(meeting.meeting_date)}, "
        f"Datenstand {formatting.date(meeting.data_as_of)}, {_scope_text(meeting)})"
    )
    print(f"Schnappschuss: {meeting.snapshot_path}")
    print(f"Präsentieren: /sitzung?sitzung={meeting.slug}&folie=1")
    return 0


def list_command(args) -> int:
    from cockpit.board.snapshots import list_meetings

    meetings = list_meetings(args.units or Scope(), snapshots_dir=args.meetings_dir)
    if not meetings:
        print("Noch keine Sitzung vorbereitet.")
    for meeting in meetings:
        print(
            f"{meeting.slug}\t{meeting.name}\tSitzung {formatting.date(meeting.meeting_date)}\t"
            f"Datenstand {formatting.date(meeting.data_as_of)}\t{_scope_text(meeting)}"
        )
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m cockpit.board", description="Sitzungsmodus: Sitzungen vorbereiten.")
    main.add_argument(
        "--meetings-dir", type=Path, default=None, help="Ordner der Sitzungs-Schnappschüsse (Standard: data/meetings)"
    )
    subparsers = main.add_subparsers(dest="command", required=True)

    prep = subparsers.add_parser("prepare", help="Daten für eine Sitzung einfrieren")
    prep.add_argument("--name", required=True, help='z. B. "Smart-City-Board 4/2026"')
    prep.add_argument("--meeting-date", required=True, type=german_date, help="Sitzungsdatum TT.MM.JJJJ")
    prep.add_argument("--as-of", required=True, type=german_date, help="Datenstand (Stichtag) TT.MM.JJJJ")
    prep.add_argument("--units", type=units, default=None, help="Federführende Einheiten, z. B. 61,65 (Standard: alle)")
    prep.add_argument(
        "--db", type=Path, default=config.WAREHOUSE_PATH, help="Datenlager (Standard: data/warehouse.duckdb)"
    )
    prep.add_argument("--replace", action="store_true", help="eine vorhandene Sitzung gleichen Namens ersetzen")
    prep.set_defaults(func=prepare)

    listing = subparsers.add_parser("list", help="vorbereitete Sitzungen auflisten")
    listing.add_argument("--units", type=units, default=None, help="nur Sitzungen dieser Sicht")
    listing.set_defaults(func=list_command)

    if importlib.util.find_spec("cockpit.board.pack") is not None:
        from cockpit.board.pack import add_pack_command

        add_pack_command(subparsers)
    return main


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # the data functions run outside a Streamlit app
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
