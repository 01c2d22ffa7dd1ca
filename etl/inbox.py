"""The inbox: submissions accepted on the dashboard, applied by every load on top of the delivered files.

Each accepted submission is one folder `<inbox>/<YYYYmmdd-HHMMSS>-<submission id>/` holding status_reports.csv,
optionally milestones.csv and risks.csv (the German delivery form of etl/contracts.toml) and submission.json
(who submitted and accepted it, when). The dashboard writes a folder under a hidden name and renames it when
complete, so hidden entries are ignored. The load never moves or changes the inbox: every load applies every
folder again, so a killed load leaves nothing half-applied and the next one gives the same warehouse.

Inbox files are copied into the load's work folder under unique names and go through the same reading,
contracts, findings, staging and marts as a delivered file; in the warehouse and in every finding they are
named `inbox/<folder>/<file>`.

Which row wins when an inbox row meets a delivered row with the same key is decided in etl/precedence.py.
"""

import contextlib
import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from etl.contracts import load_contracts
from etl.findings import Finding, LoadRejected
from etl.folder import refusal
from etl.reader import SUPPORTED_SUFFIXES, PreparedFile

INBOX_CONTRACTS = ("status_reports", "milestones", "risks")
SUBMISSION_FILE = "submission.json"
SUBMISSION_KEYS = (
    "submission_id",
    "project_id",
    "report_month",
    "submitted_by",
    "submitted_at",
    "accepted_by",
    "accepted_at",
)
FOLDER_NAME = re.compile(r"\d{8}-\d{6}-[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Submission:
    """One accepted submission in the inbox: its folder, what submission.json says, its delivery files."""

    folder: str
    submission_id: str
    project_id: str
    report_month: dt.date
    submitted_by: str
    submitted_at: dt.datetime
    accepted_by: str
    accepted_at: dt.datetime
    files: tuple[Path, ...]

    def display_name(self, file_name: str) -> str:
        return f"inbox/{self.folder}/{file_name}"


def _month(text: str) -> dt.date:
    """'2026-11', '2026-11-01' or '11.2026' as the first day of that month."""
    for form in ("%Y-%m", "%Y-%m-%d", "%m.%Y"):
        try:
            return dt.datetime.strptime(text, form).date().replace(day=1)
        except ValueError:
            continue
    raise ValueError(text)


def _read_submission(folder: Path, files: list[Path]) -> Submission | Finding:
    name = f"inbox/{folder.name}/{SUBMISSION_FILE}"
    try:
        facts = json.loads((folder / SUBMISSION_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeError, ValueError) as error:
        return Finding(name, 0, "", "", f"nicht lesbar ({error}); erwartet: ein JSON-Objekt der Einreichung")
    if not isinstance(facts, dict):
        return Finding(name, 0, "", "", "kein JSON-Objekt; erwartet: ein JSON-Objekt der Einreichung")
    missing = [key for key in SUBMISSION_KEYS if not isinstance(facts.get(key), str) or not facts[key].strip()]
    if missing:
        return Finding(
            name, 0, missing[0], "", f"Angaben fehlen ({', '.join(missing)}); erwartet: {', '.join(SUBMISSION_KEYS)}"
        )
    try:
        month = _month(facts["report_month"])
        stamps = [dt.datetime.fromisoformat(facts[key]) for key in ("submitted_at", "accepted_at")]
    except ValueError as error:
        return Finding(name, 0, "", str(error), "Datum nicht lesbar; erwartet: Monat JJJJ-MM, Zeitpunkte nach ISO 8601")
    return Submission(
        folder.name,
        facts["submission_id"],
        facts["project_id"],
        month,
        facts["submitted_by"],
        stamps[0].replace(tzinfo=None),
        facts["accepted_by"],
        stamps[1].replace(tzinfo=None),
        tuple(files),
    )


def _folder(folder: Path) -> tuple[Submission | None, list[Finding]]:
    """One inbox folder: its submission, or the findings that refuse it (links, unknown files, no report)."""
    findings, files = [], []
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "~$")):
            continue
        reason = refusal(path, folder) if not path.is_dir() or path.is_symlink() else "ist ein Ordner"
        shown = f"inbox/{folder.name}/{path.name}"
        if reason:
            findings.append(Finding(shown, 0, "", "", f"{reason}; erwartet: nur Dateien der Einreichung"))
        elif path.name != SUBMISSION_FILE and path.suffix.lower() in SUPPORTED_SUFFIXES:
            files.append(path)
        elif path.name != SUBMISSION_FILE:
            findings.append(Finding(shown, 0, "", "", "unbekannte Datei; erwartet: .csv, .xlsx oder submission.json"))
    if not files:
        findings.append(Finding(f"inbox/{folder.name}", 0, "", "", "keine Lieferdatei; erwartet: status_reports.csv"))
    submission = _read_submission(folder, files)
    if isinstance(submission, Finding):
        return None, findings + [submission]
    return (None if findings else submission), findings


def read_inbox(inbox_dir: Path | None) -> tuple[list[Submission], list[Finding]]:
    """Every complete submission folder, oldest first (by name), and the findings of folders that are not right.

    A missing inbox is an empty one; hidden entries (folders still being written) and plain files are ignored.
    """
    if inbox_dir is None or not inbox_dir.is_dir():
        return [], []
    submissions, findings = [], []
    for folder in sorted(inbox_dir.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        if folder.is_symlink():
            findings.append(Finding(f"inbox/{folder.name}", 0, "", "", "symbolische Verknüpfung; erwartet: ein Ordner"))
            continue
        if not FOLDER_NAME.fullmatch(folder.name):
            message = "Ordnername ohne Zeitpunkt; erwartet: JJJJMMTT-hhmmss-<Einreichungs-ID>"
            findings.append(Finding(f"inbox/{folder.name}", 0, "", folder.name, message))
            continue
        submission, problems = _folder(folder)
        findings += problems
        if submission:
            submissions.append(submission)
    ids = [s.submission_id for s in submissions]
    for submission in submissions:
        if ids.count(submission.submission_id) > 1:
            shown = submission.display_name(SUBMISSION_FILE)
            message = "Einreichungs-ID mehrfach im Eingang; erwartet: jede Einreichung einmal"
            findings.append(Finding(shown, 0, "submission_id", submission.submission_id, message))
    return submissions, findings


def copy_files(submissions: list[Submission], work_dir: Path) -> dict[str, str]:
    """Each inbox file copied into work_dir under a unique name; returns the copy's name -> inbox/<folder>/<file>."""
    work_dir.mkdir()
    names = {}
    for number, submission in enumerate(submissions, start=1):
        for path in submission.files:
            copy = f"inbox-{number:04d}-{path.name}"
            shutil.copyfile(path, work_dir / copy)
            names[copy] = submission.display_name(path.name)
    return names


@contextlib.contextmanager
def naming_inbox_files(names: dict[str, str]) -> Iterator[None]:
    """A refusal raised inside names the inbox files, not their copies."""
    try:
        yield
    except LoadRejected as rejected:
        raise LoadRejected(renamed(rejected.findings, names)) from None


def wrong_contracts(prepared: list[PreparedFile], names: dict[str, str]) -> list[Finding]:
    """An inbox file of a delivery the dashboard does not submit (e.g. master data) refuses the load."""
    allowed = ", ".join(load_contracts()[c].label for c in INBOX_CONTRACTS)
    return [
        Finding(item.path.name, 0, "", item.contract.label, f"Lieferart {item.contract.label}; erwartet: {allowed}")
        for item in prepared
        if item.path.name in names and item.contract.name not in INBOX_CONTRACTS
    ]


def renamed(findings: list[Finding], names: dict[str, str]) -> list[Finding]:
    """Findings that name an inbox copy, naming the inbox file instead."""
    return [replace(f, file=names[f.file]) if f.file in names else f for f in findings]
