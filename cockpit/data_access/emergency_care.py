"""Emergency-care network (IVENA eHealth): facilities, announcements, sign-offs.

City-wide operational data (no projects), the same for every scope. Anonymous, but small counts
could still point at a patient: every breakdown by hospital or by day shows counts below 5 as
'<5' (suppressed in SQL: the value arrives as null with is_suppressed true).
"""

import datetime as dt

import pandas as pd

from cockpit.data_access import query
from cockpit.filters import Filters
from cockpit.scope import Scope
from cockpit.time_controls import TimeWindow

HOLWEDE_CLOSURE_DATE = dt.date(2024, 12, 11)  # Klinikum site Holwedestraße closed (okerwelle.de)
SUPPRESSED = "<5"
URGENCIES = (1, 2, 3)


def latest_announcement_date(scope: Scope, filters: Filters) -> dt.date | None:
    """The latest announcement on or before the reference date; None if there is none."""
    value = query("emergency_care/latest_date", scope, filters).iloc[0]["latest_announcement_date"]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def headline(scope: Scope, filters: Filters) -> pd.Series:
    """Facilities connected at the reference date; announcements, urgency-1 share, sign-off hours in 12 months."""
    return query("emergency_care/headline", scope, filters).iloc[0]


def facilities(scope: Scope, filters: Filters) -> pd.DataFrame:
    return query("emergency_care/facilities", scope, filters)


def connected_monthly(scope: Scope, filters: Filters) -> pd.DataFrame:
    return query("emergency_care/connected_monthly", scope, filters)


def urgency_by_period(scope: Scope, filters: Filters, window: TimeWindow) -> pd.DataFrame:
    """Period (the window's grain) x urgency within the window: announcements of the whole network."""
    return query("emergency_care/urgency_by_period", scope, filters, **window.as_params())


def facility_monthly(scope: Scope, filters: Filters) -> pd.DataFrame:
    """Month x hospital; announcements null where suppressed (< 5)."""
    return query("emergency_care/facility_monthly", scope, filters)


def announcement_months(scope: Scope, filters: Filters) -> list[dt.date]:
    return [pd.Timestamp(m).date() for m in query("emergency_care/announcement_months", scope, filters)["month_date"]]


def daily_by_facility(scope: Scope, filters: Filters, month: dt.date) -> pd.DataFrame:
    """Day x hospital of one month; announcements null where suppressed (< 5)."""
    return query("emergency_care/daily_by_facility", scope, filters, month=month)


def seasonal_profile(scope: Scope, filters: Filters) -> pd.DataFrame:
    return query("emergency_care/seasonal_profile", scope, filters)


def signoffs_yearly(scope: Scope, filters: Filters) -> pd.DataFrame:
    return query("emergency_care/signoffs_yearly", scope, filters)


def signoffs_monthly(scope: Scope, filters: Filters) -> pd.DataFrame:
    return query("emergency_care/signoffs_monthly", scope, filters)


def closure_shift(scope: Scope, filters: Filters) -> pd.DataFrame:
    """Per hospital: 12 months before vs from the Holwedestraße closure; suppressed below 5."""
    return query("emergency_care/closure_shift", scope, filters, closure_date=HOLWEDE_CLOSURE_DATE)
