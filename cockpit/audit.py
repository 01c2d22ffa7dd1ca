"""The audit trail: an append-only log of sign-ins, meetings prepared or replaced, downloads, and the monthly
reports saved, submitted, accepted or returned in the cockpit.

One JSON line per event with time, user, role, scope and what happened, appended with O_APPEND in a
single write (0600, never rewritten or truncated by the cockpit). Plain Python: the Streamlit side
calls record() with the run's Viewer; the CDO reads the log on Datenstand.
"""

import json
from pathlib import Path

from cockpit.viewer import Viewer
from common import clock, settings
from common.durable import append_line

EVENTS = (
    "sign_in",
    "sign_in_refused",
    "meeting_prepared",
    "meeting_replaced",
    "download",
    "report_saved",
    "report_submitted",
    "report_accepted",
    "report_returned",
)


def audit_log_path() -> Path:
    return Path(settings.AUDIT_LOG_PATH)


def record(event: str, viewer: Viewer | None, who: str | None = None, **details) -> None:
    """Append one event; viewer None (a refused sign-in) records who tried."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    entry = {
        "at": clock.timestamp().isoformat(timespec="seconds"),
        "event": event,
        "user": viewer.who if viewer else who,
        "role": viewer.role if viewer else None,
        "scope": None if viewer is None else ("*" if viewer.scope.is_everything else list(viewer.scope.units)),
        "details": details,
    }
    line = (json.dumps(entry, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    path = audit_log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    append_line(path, line, 0o600)


def has_sign_in(user: str, signed_in_at: object, look_back: int = 500) -> bool:
    """Whether this sign-in (the user and their ID token's issue time) is already in the log: every browser
    tab opens a new session with the same sign-in, which is recorded once."""
    return any(
        entry.get("event") == "sign_in"
        and entry.get("user") == user
        and entry.get("details", {}).get("signed_in_at") == signed_in_at
        for entry in read(look_back)
    )


def read(limit: int = 500) -> list[dict]:
    """The latest events first; a torn line (a crash mid-write) is skipped, never fatal."""
    try:
        lines = audit_log_path().read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return []
    entries = []
    for line in reversed(lines):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict):
            entries.append(entry)
        if len(entries) >= limit:
            break
    return entries
