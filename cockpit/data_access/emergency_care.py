"""Emergency-care network (IVENA eHealth): facilities, announcements, sign-offs.

City-wide operational data (no projects), the same for every scope. Anonymous, but small counts
could still point at a patient: every breakdown by hospital or by day shows counts below 5 as
'<5' (suppressed in SQL: the value arrives as null with is_suppressed true).
"""

import datetime as dt

import pandas as pd

from cockpit.data_access import query
from cockpit.viewer import TimeWindow, Viewer

HOLWEDE_CLOSURE_DATE = dt.date(2024, 12, 11)  # Klinikum site Holwedestraße closed (okerwelle.de)
SUPPRESSED = "<5"
URGENCIES = (1, 2, 3)


def latest_announcement_date(viewer: Viewer) -> dt.date | None:
    """The latest announcement on or before the reference date; None if there is none."""
    value = query("emergency_care/latest_date", viewer).iloc[0]["latest_announcement_date"]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def headline(viewer: Viewer) -> pd.Series:
    """Facilities connected at the reference date; announcements, urgency-1 share, sign-off hours in 12 months."""
    return query("emergency_care/headline", viewer).iloc[0]


def facilities(viewer: Viewer) -> pd.DataFrame:
    return query("emergency_care/facilities", viewer)


def connected_monthly(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Month x facility type within the window (whole months): facilities connected on the month's first day."""
    return query("emergency_care/connected_monthly", viewer, **window.as_params())


def urgency_by_period(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Period (the window's grain) x urgency within the window: announcements of the whole network."""
    return query("emergency_care/urgency_by_period", viewer, **window.as_params())


def facility_monthly(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Month x hospital within the window (whole months); announcements null where suppressed (< 5)."""
    return query("emergency_care/facility_monthly", viewer, **window.as_params())


def announcement_months(viewer: Viewer) -> list[dt.date]:
    return [pd.Timestamp(m).date() for m in query("emergency_care/announcement_months", viewer)["month_date"]]


def daily_by_facility(viewer: Viewer, month: dt.date) -> pd.DataFrame:
    """Day x hospital of one month; announcements null where suppressed (< 5)."""
    return query("emergency_care/daily_by_facility", viewer, month=month)


def seasonal_profile(viewer: Viewer) -> pd.DataFrame:
    return query("emergency_care/seasonal_profile", viewer)


def signoffs_yearly(viewer: Viewer) -> pd.DataFrame:
    return query("emergency_care/signoffs_yearly", viewer)


def signoffs_monthly(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Month x hospital within the window (whole months): hours signed off."""
    return query("emergency_care/signoffs_monthly", viewer, **window.as_params())


def closure_shift(viewer: Viewer) -> pd.DataFrame:
    """Per hospital: 12 months before vs from the Holwedestraße closure; suppressed below 5."""
    return query("emergency_care/closure_shift", viewer, closure_date=HOLWEDE_CLOSURE_DATE)
