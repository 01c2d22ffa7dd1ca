"""An accepted report as a delivery folder in the inbox, which the next load applies (the ETL is the one
writer of the warehouse; the cockpit never writes into it).

Each accepted report becomes one folder INBOX_DIR/<YYYYmmdd-HHMMSS>-<submission id> holding, in exactly the
German delivery form of the contracts in etl/contracts.toml (UTF-8 with BOM, ';', the contract's labels as
header, 05.12.2026, 11.2026, 1.234,5, ja/nein):

- status_reports.csv: two rows, the department's assessment (Fachbereich) and the review's (Stabsstelle);
- milestones.csv: the forecasts given, one row per milestone for the reporting month;
  both with "Gemeldet am" (reported_on) = the day the department submitted the report, from which a Stichtag
  counts it (cockpit/sql/scoping.sql is_report_known);
- risks.csv: the risks whose values the report changed, with every column of the contract;
- submission.json: who submitted and accepted it, when, and that it came from the dashboard.

The folder is written as a hidden .tmp-… folder beside it, every file and the folder synced, then renamed
into place: a load sees the whole folder or none of it. The contracts are read as data (tomllib): the
cockpit imports nothing of the ETL.
"""

import csv
import datetime as dt
import functools
import io
import json
import os
import shutil
import tomllib
from pathlib import Path

from cockpit.reporting.rules import board_decision_text
from common import formats, settings
from common.durable import fsync_folder

CONTRACTS_PATH = settings.PROJECT_ROOT / "etl" / "contracts.toml"
DELIVERY_LANG = "de"
TEMP_PREFIX = ".tmp-"
STATUS_COLUMNS = ("overall", "schedule", "budget", "scope", "risks")


@functools.cache
def contract_columns(delivery: str) -> tuple[tuple[str, str, str], ...]:
    """(name, German label, type) of every column of a delivery contract, in the contract's order."""
    contracts = tomllib.loads(CONTRACTS_PATH.read_text(encoding="utf-8"))
    return tuple((c["name"], c["label"], c["type"]) for c in contracts[delivery]["columns"])


def inbox_dir() -> Path:
    return Path(settings.INBOX_DIR)


def delivery_text(value, column_type: str) -> str:
    """One cell as a German delivery writes it: 05.12.2026, 11.2026, 1.234,5, ja/nein, empty for nothing."""
    if value is None or value == "" or formats.is_missing(value):
        return ""
    if column_type in ("date", "month"):
        return _as_date(value).strftime("%m.%Y" if column_type == "month" else "%d.%m.%Y")
    if column_type == "bool":
        return "ja" if value else "nein"
    if column_type == "int":
        return str(int(value))
    if column_type == "decimal":
        return formats.plain_number(value, DELIVERY_LANG)
    return str(value)


def _as_date(value) -> dt.date:
    """An ISO text, a date, a datetime or a pandas Timestamp as a date."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return value.date() if isinstance(value, dt.datetime) else value


def csv_bytes(delivery: str, rows: list[dict]) -> bytes:
    """The rows as a delivery file of that contract: every contract column, header in German labels."""
    columns = contract_columns(delivery)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([label for _, label, _ in columns])
    for row in rows:
        writer.writerow([delivery_text(row.get(name), kind) for name, _, kind in columns])
    return buffer.getvalue().encode("utf-8-sig")


def _write_synced(path: Path, content: bytes) -> None:
    with path.open("xb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())


def write_folder(submission_id: str, at: dt.datetime, files: dict[str, list[dict]], meta: dict) -> Path:
    """Write one inbox folder atomically: files maps a contract ('status_reports') to its rows (by column
    name); meta becomes submission.json. Returns the folder; on any failure nothing is left behind."""
    inbox = inbox_dir()
    inbox.mkdir(parents=True, exist_ok=True)
    name = f"{at:%Y%m%d-%H%M%S}-{submission_id}"
    final, temporary = inbox / name, inbox / f"{TEMP_PREFIX}{name}"
    if final.exists():
        raise FileExistsError(final)
    temporary.mkdir(mode=0o700)
    try:
        for delivery, rows in files.items():
            if rows:
                _write_synced(temporary / f"{delivery}.csv", csv_bytes(delivery, rows))
        meta_text = json.dumps(meta, ensure_ascii=False, indent=2, default=str) + "\n"
        _write_synced(temporary / "submission.json", meta_text.encode("utf-8"))
        fsync_folder(temporary)
        temporary.rename(final)
        fsync_folder(inbox)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return final


def remove_folder(folder: Path) -> None:
    """Take back a folder whose acceptance could not be recorded (before any load saw it, as far as possible)."""
    shutil.rmtree(folder, ignore_errors=True)
    fsync_folder(inbox_dir())


# ---- an accepted report as delivery rows -------------------------------------------------------------


def status_rows(project_id: str, month: dt.date, payload: dict, review: dict, reported_on: dt.date) -> list[dict]:
    """The department's assessment and the Stabsstelle's, one row each, both reported on the day submitted."""
    base = {
        "project_id": project_id,
        "report_month": month,
        "reported_on": reported_on,
        "percent_complete": payload.get("percent_complete"),
        "phase": payload.get("phase"),  # None in reports saved before the Meldung asked for it: an empty cell
    }
    department = payload["status"]
    office = review["status"]
    board = payload.get("board") or {}
    return [
        {
            **base,
            "assessed_by": "Fachbereich",
            **{f"status_{d}": department[d] for d in STATUS_COLUMNS},
            "reason": (payload.get("reason") or "").strip(),
            "needs_board_decision": bool(board.get("needed")),
            "board_decision_text": board_decision_text(board),
        },
        {
            **base,
            "assessed_by": "Stabsstelle",
            **{f"status_{d}": office[d] for d in STATUS_COLUMNS},
            "reason": (review.get("comment") or "").strip() or (payload.get("reason") or "").strip(),
            "needs_board_decision": False,
            "board_decision_text": "",
        },
    ]


def milestone_rows(
    project_id: str, month: dt.date, payload: dict, milestones: list[dict], reported_on: dt.date
) -> list[dict]:
    """One row per milestone forecast given, with name, baseline and actual date from the warehouse."""
    known = {m["milestone_id"]: m for m in milestones}
    rows = []
    for milestone_id, values in sorted((payload.get("milestones") or {}).items()):
        if milestone_id in known and values.get("forecast_date"):
            stored = known[milestone_id]
            rows.append(
                {
                    "project_id": project_id,
                    "milestone_id": milestone_id,
                    "milestone": stored["milestone"],
                    "report_month": month,
                    "baseline_date": stored["baseline_date"],
                    "forecast_date": values["forecast_date"],
                    "actual_date": stored.get("actual_date"),
                    "reported_on": reported_on,
                }
            )
    return rows


def risk_rows(payload: dict, risks: list[dict]) -> list[dict]:
    """Every risk the report changed, with all contract columns (the rest from the warehouse)."""
    known = {r["risk_id"]: r for r in risks}
    rows = []
    for risk_id, values in sorted((payload.get("risks") or {}).items()):
        stored = known.get(risk_id)
        if stored is None:
            continue
        updated = {**stored, **values}
        if any(_differs(updated[f], stored[f]) for f in values):
            rows.append({**updated, "identified_on": stored["identified_date"]})
    return rows


def _differs(new, old) -> bool:
    if formats.is_missing(old) or old == "":
        return not (new is None or new == "")
    return new != old and str(new) != str(old)
