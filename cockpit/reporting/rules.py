"""The rules of a monthly report: which months, when it is due, what a complete one holds, what changed.

A report's payload is plain JSON (dates as ISO text):

    {"status": {"overall": "gelb", "schedule": ..., "budget": ..., "scope": ..., "risks": ...},
     "percent_complete": 45.0,                      # or None
     "phase": "Umsetzung",                          # the project's phase that month; None in older reports
     "reason": "...",
     "milestones": {"M1": {"forecast_date": "2027-01-31"}},
     "risks": {"R-001": {"risk_status": "offen", "probability": 4, "impact": 5, "mitigation": "..."}},
     "board": {"needed": true, "question": "...", "options": "...", "costs": "...", "recommendation": "..."}}

Problems are text keys (cockpit/texts/reporting.py), so the page shows them in the viewer's language.
"""

import datetime as dt
import re
from dataclasses import dataclass

DIMENSIONS = ("overall", "schedule", "budget", "scope", "risks")
STATUSES = ("grün", "gelb", "rot")
RISK_STATUSES = ("offen", "in Bearbeitung", "eingetreten", "geschlossen")
PHASES = ("Idee", "Planung", "Umsetzung", "Betrieb", "Abgeschlossen", "Eingestellt")  # as in etl/contracts.toml
BOARD_FIELDS = ("question", "options", "costs", "recommendation")
RISK_FIELDS = ("risk_status", "probability", "impact", "mitigation")

# A reason says what happened. These say nothing (compared without case, spaces and end punctuation), and so
# does any reason shorter than MIN_REASON_CHARS.
STOCK_PHRASES = (
    "planmäßiger fortschritt",
    "planmäßig",
    "läuft",
    "läuft planmäßig",
    "alles im plan",
    "im plan",
    "keine änderung",
    "keine änderungen",
    "unverändert",
    "siehe oben",
    "siehe vormonat",
    "siehe letzter bericht",
    "s. o.",
    "s.o.",
    "-",
    "--",
    "–",
    "n/a",
    "k. a.",
    "keine angabe",
    "ok",
    "passt",
    "tbd",
)
MIN_REASON_CHARS = 20
DUE_WORKING_DAY = 5  # a report is due on the 5th working day of the month after the reporting month


# ---- months and due dates ---------------------------------------------------------------------------


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def previous_month(month: dt.date) -> dt.date:
    return (month.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def reportable_months(today: dt.date) -> tuple[dt.date, dt.date]:
    """The reporting month (the month before today's month: 11.2026 on 05.12.2026) and the current month."""
    return previous_month(today), month_start(today)


def month_key(month: dt.date) -> str:
    """'2026-11': how the store keeps a reporting month."""
    return f"{month.year:04d}-{month.month:02d}"


def month_from_key(key: str) -> dt.date:
    year, month = key.split("-")
    return dt.date(int(year), int(month), 1)


def _easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def public_holidays(year: int) -> set[dt.date]:
    """The public holidays of Lower Saxony (Braunschweig)."""
    easter = _easter(year)
    fixed = [(1, 1), (5, 1), (10, 3), (10, 31), (12, 25), (12, 26)]
    moving = [-2, 1, 39, 50]  # Good Friday, Easter Monday, Ascension, Whit Monday
    return {dt.date(year, m, d) for m, d in fixed} | {easter + dt.timedelta(days=n) for n in moving}


def due_date(report_month: dt.date) -> dt.date:
    """The report of a month is due on the 5th working day (Monday to Friday, no public holiday in Lower
    Saxony) of the following month: 11.2026 is due on 07.12.2026."""
    day = next_month(report_month)
    holidays = public_holidays(day.year)
    counted = 0
    while True:
        if day.weekday() < 5 and day not in holidays:
            counted += 1
            if counted == DUE_WORKING_DAY:
                return day
        day += dt.timedelta(days=1)


def days_late(report_month: dt.date, reported_on: dt.date | None, today: dt.date) -> int:
    """Days after the due date: of the day it was reported, or of today while it is missing (0: on time)."""
    return max(0, ((reported_on or today) - due_date(report_month)).days)


# ---- what a complete report holds ------------------------------------------------------------------


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).rstrip(".!")


def is_stock_phrase(reason: str) -> bool:
    text = reason.strip()
    return len(text) < MIN_REASON_CHARS or _normalised(text) in STOCK_PHRASES


def status_changed(statuses: dict, previous: dict | None) -> bool:
    """Whether any of the five statuses differs from the previous month's report (none: no change)."""
    return previous is not None and any(statuses.get(d) != previous.get(d) for d in DIMENSIONS)


def reason_problems(reason: str, statuses: dict, previous: dict | None) -> list[str]:
    """A reason is required when a status changed; a reason given must say something (no stock phrase)."""
    reason = (reason or "").strip()
    if not reason:
        return ["report_problem_reason_required"] if status_changed(statuses, previous) else []
    return ["report_problem_stock_phrase"] if is_stock_phrase(reason) else []


def problems(payload: dict, previous_statuses: dict | None) -> list[str]:
    """Everything that keeps a report from being submitted (empty: complete)."""
    found = []
    statuses = payload.get("status") or {}
    if any(statuses.get(d) not in STATUSES for d in DIMENSIONS):
        found.append("report_problem_status_missing")
    found += reason_problems(payload.get("reason", ""), statuses, previous_statuses)
    percent = payload.get("percent_complete")
    if percent is not None and not 0 <= percent <= 100:
        found.append("report_problem_percent")
    if payload.get("phase") is not None and payload["phase"] not in PHASES:
        found.append("report_problem_phase")
    board = payload.get("board") or {}
    if board.get("needed") and any(not (board.get(f) or "").strip() for f in BOARD_FIELDS):
        found.append("report_problem_board_incomplete")
    for values in (payload.get("milestones") or {}).values():
        if not values.get("forecast_date"):
            found.append("report_problem_forecast_missing")
            break
    for values in (payload.get("risks") or {}).values():
        if values.get("risk_status") not in RISK_STATUSES or not all(
            isinstance(values.get(f), int) and 1 <= values[f] <= 5 for f in ("probability", "impact")
        ):
            found.append("report_problem_risk_invalid")
            break
    return found


def board_decision_text(board: dict) -> str:
    """The board decision request as the one text column of the contract."""
    if not board.get("needed"):
        return ""
    labels = {"question": "Frage", "options": "Optionen", "costs": "Kosten", "recommendation": "Empfehlung"}
    return " | ".join(f"{labels[f]}: {(board.get(f) or '').strip()}" for f in BOARD_FIELDS)


# ---- what changed ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """One field of a report: its value in the version both started from, in theirs and in yours."""

    field: str  # a path: 'status.budget', 'milestones.M1.forecast_date', 'risks.R-001.impact', 'reason'
    before: object
    theirs: object
    yours: object


def flatten(payload: dict | None, prefix: str = "") -> dict[str, object]:
    """{'status': {'budget': 'rot'}} -> {'status.budget': 'rot'}."""
    flat: dict[str, object] = {}
    for key, value in (payload or {}).items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, path + "."))
        else:
            flat[path] = value
    return flat


def changes(before: dict | None, theirs: dict, yours: dict) -> list[FieldChange]:
    """What the other person changed (theirs against the version both started from), with your value beside
    it; if they changed no field (only the state, e.g. a submission), every field where theirs and yours
    differ."""
    old, their, your = flatten(before), flatten(theirs), flatten(yours)
    fields = sorted(set(old) | set(their) | set(your))
    changed = [f for f in fields if their.get(f) != old.get(f)] if before is not None else []
    if not changed:
        changed = [f for f in fields if their.get(f) != your.get(f)]
    return [FieldChange(f, old.get(f), their.get(f), your.get(f)) for f in changed]
