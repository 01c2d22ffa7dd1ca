"""Command line: python -m etl {load,check,templates,generate,dictionary}.

Exit codes: see etl/faults.py (0 done, 1 deliveries rejected, 2 another load is running, 3 pseudonym key
missing, 4 data folder not writable, 5 disk full, 130 interrupted); every failure leaves the warehouse unchanged.
"""

import argparse
import dataclasses
import datetime as dt
import json
import os
import signal
import sys
import time
from pathlib import Path

# numpy (imported with openpyxl) starts OpenBLAS with a thread per core, and those threads spin for a while;
# the ETL does no linear algebra, so one thread: measured about 0,3 s less CPU per demo load.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from common import clock, formats
from common.settings import DEMO_DELIVERIES_DIR, DEMO_SEED, INBOX_DIR, WAREHOUSE_PATH
from etl import faults
from etl.findings import LoadAlreadyRunning, LoadRejected

MAX_FINDINGS_PRINTED = 200


def _progress(items, label):
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc=label, unit="Schritt", leave=False)


def _progress_lines(items, label):
    """One line per step on stderr, flushed at once (for a caller reading the output while the load runs, e.g.
    the dashboard's "Neu laden"): "Dateien lesen 3/14"."""
    items = list(items)
    for number, item in enumerate(items, start=1):
        print(f"{label} {number}/{len(items)}", file=sys.stderr, flush=True)
        yield item


def _date(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        return dt.date.fromisoformat(text)


def _print_findings(findings, heading: str) -> None:
    print(heading, file=sys.stderr)
    for finding in findings[:MAX_FINDINGS_PRINTED]:
        print(f"  {finding}", file=sys.stderr)
    if len(findings) > MAX_FINDINGS_PRINTED:
        print(f"  … und {len(findings) - MAX_FINDINGS_PRINTED} weitere (alle im Ladeprotokoll)", file=sys.stderr)


def _summary(result, verb: str) -> str:
    rows = formats.number(result.rows_loaded)
    quarantined = formats.number(result.rows_quarantined)
    seconds = formats.number(result.seconds, 1)
    return f"{verb}: {len(result.files)} Dateien, {rows} Zeilen, {quarantined} in Quarantäne, {seconds} s"


def cmd_load(args) -> int:
    from etl.load import load

    try:
        result = load(
            args.source,
            args.db,
            args.delivery_date,
            _progress_lines if args.progress_lines else _progress,
            new_pseudonym_key=args.new_pseudonym_key,
            inbox_dir=args.inbox,
        )
    except LoadRejected as rejected:
        _print_findings(
            rejected.findings, f"Lieferung abgelehnt, Lager unverändert: {len(rejected.findings)} Befund(e)"
        )
        return faults.EXIT_REJECTED
    except LoadAlreadyRunning as running:
        print(running, file=sys.stderr)
        return faults.EXIT_RUNNING
    except faults.LoadFault as fault:
        print(fault, file=sys.stderr)
        return fault.exit_code
    for warning in result.warnings:
        print(f"Warnung: {warning}", file=sys.stderr)
    if result.submissions:
        superseded = formats.number(sum(f["rows_superseded"] for f in result.files))
        applied = ", ".join(result.submissions)
        print(f"Einreichungen aus dem Eingang übernommen: {applied} ({superseded} gelieferte Zeilen ersetzt)")
    print(_summary(result, f"Geladen nach {args.db}"))
    return faults.EXIT_LOADED


def _print_json(findings, status: str, rows: list[dict], result=None) -> None:
    """The check as one JSON object on stdout: {"status", "files", "findings": [{file, row, column, value,
    message}, …], "rows": [{file, row, delivery, project_id}, …]} (status "rejected": a strict delivery would be
    refused; "checked": the findings are rows of measurement feeds that would go to quarantine)."""
    report = {
        "status": status,
        "files": [{"file": f["file"], "delivery": f["delivery"]} for f in (result.files if result else [])],
        "findings": [dataclasses.asdict(finding) for finding in findings],
        "rows": rows,
    }
    print(json.dumps(report, ensure_ascii=False))


def cmd_check(args) -> int:
    from etl.check import check

    rows = []
    try:
        result = check(args.source, args.delivery_date, _progress, args.inbox, args.partial, rows)
    except LoadRejected as rejected:
        if args.json:
            _print_json(rejected.findings, "rejected", rows)
            return 1
        _print_findings(rejected.findings, f"Lieferung würde abgelehnt: {len(rejected.findings)} Befund(e)")
        return 1
    if args.json:
        _print_json(result.findings, "checked", rows, result)
        return 0
    if result.findings:
        _print_findings(
            result.findings, f"{len(result.findings)} Befund(e) in Messdaten, diese Zeilen kämen in Quarantäne:"
        )
    print(_summary(result, "Geprüft"))
    return 0


def cmd_templates(args) -> int:
    from etl.templates import write_templates

    paths = write_templates(args.out)
    print(f"{len(paths)} Vorlagen geschrieben nach {args.out}")
    return 0


def cmd_dictionary(args) -> int:
    from etl.data_dictionary import write_data_dictionary

    write_data_dictionary(args.out)
    print(f"Datenkatalog geschrieben: {args.out}")
    return 0


def cmd_generate(args) -> int:
    from etl.demo import generate_demo

    started = time.monotonic()
    paths = generate_demo(args.out, seed=args.seed, scale=args.scale, today=args.today or clock.today())
    seconds = formats.number(time.monotonic() - started, 1)
    print(f"Demo-Lieferungen: {len(paths)} Dateien nach {args.out} ({seconds} s)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from etl.data_dictionary import DICTIONARY_PATH

    parser = argparse.ArgumentParser(
        prog="python -m etl", description="Smart-City-Cockpit: Lieferungen prüfen und laden"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    load = commands.add_parser(
        "load", help="validate all deliveries and rebuild the warehouse atomically", epilog=faults.EXIT_CODES_HELP
    )
    check = commands.add_parser("check", help="validate only; the warehouse is not touched")
    for command in (load, check):
        command.add_argument("--source", type=Path, default=DEMO_DELIVERIES_DIR, help="folder of delivered files")
        command.add_argument(
            "--delivery-date",
            type=_date,
            default=None,
            help="date of the delivery (default today); report months after it are findings",
        )
    load.add_argument("--db", type=Path, default=WAREHOUSE_PATH, help="warehouse file")
    load.add_argument(
        "--inbox",
        type=Path,
        default=INBOX_DIR,
        help="folder of submissions accepted on the dashboard, applied on top of the deliveries; an inbox row "
        "replaces a delivered row with the same key (default COCKPIT_INBOX or data/inbox)",
    )
    load.add_argument("--progress-lines", action="store_true", help="print one line per step (for a log reader)")
    check.add_argument("--inbox", type=Path, default=None, help="also check this inbox folder (default: none)")
    check.add_argument(
        "--json", action="store_true", help="print the findings as one JSON object (file, row, column, value, message)"
    )
    check.add_argument(
        "--partial",
        action="store_true",
        help="the folder holds part of a delivery (e.g. one uploaded file): references to deliveries not in it "
        "are left to the load",
    )
    load.add_argument(
        "--new-pseudonym-key",
        action="store_true",
        help="deliberately start a new pseudonym key when the key of earlier loads is missing (vehicle "
        "pseudonyms and repeat-parker history start anew); otherwise restore the key file from the backup. "
        "The key file lives beside the warehouse (.pseudonym_key) or at COCKPIT_PSEUDONYM_KEY_FILE",
    )
    load.set_defaults(handler=cmd_load)
    check.set_defaults(handler=cmd_check)

    templates = commands.add_parser("templates", help="write an .xlsx template per delivery")
    templates.add_argument("--out", type=Path, required=True)
    templates.set_defaults(handler=cmd_templates)

    dictionary = commands.add_parser("dictionary", help="regenerate docs/data_dictionary.md from the contracts")
    dictionary.add_argument("--out", type=Path, default=DICTIONARY_PATH)
    dictionary.set_defaults(handler=cmd_dictionary)

    generate = commands.add_parser("generate", help="write the deterministic demo deliveries")
    generate.add_argument("--out", type=Path, default=DEMO_DELIVERIES_DIR)
    generate.add_argument("--seed", type=int, default=DEMO_SEED)
    generate.add_argument("--scale", type=float, default=1.0, help="multiplies the rows of the measurement feeds")
    generate.add_argument(
        "--today", type=_date, default=None, help="the demo's 'today' (default: today, or COCKPIT_TODAY when set)"
    )
    generate.set_defaults(handler=cmd_generate)
    return parser


def _terminate(_signum, _frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)  # finally blocks run: work folders are removed
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print(faults.INTERRUPTED_MESSAGE, file=sys.stderr)
        return faults.EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
