"""The one clock: every part of the cockpit asks today() and timestamp(); nothing reads the machine's date itself.

COCKPIT_TODAY=2026-11-26 (ISO) or 26.11.2026 pins the day for a whole run: a demo, a test suite, a
server replaying a past month. timestamp() is that day at the machine's time of day, so timestamps in logs
and snapshots stay in order within a run and agree with today().
"""

import datetime as dt
import os

ENVIRONMENT_VARIABLE = "COCKPIT_TODAY"


class ClockConfigurationError(ValueError):
    """COCKPIT_TODAY is set but is not a date."""


def _pinned_day() -> dt.date | None:
    text = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ClockConfigurationError(
        f"{ENVIRONMENT_VARIABLE}={text!r} ist kein Datum; erwartet: JJJJ-MM-TT oder TT.MM.JJJJ"
    )


def today() -> dt.date:
    """The day the cockpit works on: COCKPIT_TODAY if set, else the machine's date."""
    return _pinned_day() or dt.date.today()


def timestamp() -> dt.datetime:
    """today() at the machine's current time of day (seconds, no time zone: the city's local time)."""
    moment = dt.datetime.now().replace(microsecond=0)
    pinned = _pinned_day()
    return dt.datetime.combine(pinned, moment.time()) if pinned else moment
