"""Handyparken data: digital tickets, fees, channels, zones, durations and published figures.

City-wide operational data (no projects), the same for every scope; every query reads only
aggregated marts (per day, hour or month), never the transactions, and stops at the reference date.
"""

import pandas as pd

from cockpit.data_access import query
from cockpit.viewer import TimeWindow, Viewer

CHANNEL_ORDER = ["App", "SMS", "Anruf"]
ZONE_ORDER = ["I", "II", "I a", "I b"]


def latest_dates(viewer: Viewer) -> dict:
    """latest_transaction_date and latest_emptying_date on or before the reference date (None if none)."""
    row = query("parking/latest_dates", viewer).iloc[0]
    return {name: (None if pd.isna(value) else value) for name, value in row.items()}


def headline(viewer: Viewer) -> dict:
    """The reference date's year so far: tickets, phone share, targets and status (None where missing)."""
    row = query("parking/headline", viewer).iloc[0]
    return {name: (None if pd.isna(value) else value) for name, value in row.items()}


def tickets_by_period(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Tickets per period of the window's grain (day, week, month or year) and channel, within the window."""
    return query("parking/tickets_by_period", viewer, **window.as_params())


def targets(viewer: Viewer) -> pd.DataFrame:
    return query("parking/targets", viewer.unfiltered())


def channel_shares(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Month x channel within the window (whole months): tickets and share_percent of the month's tickets."""
    return query("parking/channel_shares", viewer, **window.as_params())


def zones_monthly(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Month x zone within the window (whole months): digital tickets."""
    return query("parking/zones_monthly", viewer, **window.as_params())


def phone_share_monthly(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Per month within the window (whole months): fees by phone, coin income and the phone share in %."""
    return query("parking/phone_share_monthly", viewer, **window.as_params())


def yearly(viewer: Viewer) -> pd.DataFrame:
    """Per year: tickets, fees, service fees, coin income, phone share, vehicles and repeat parkers."""
    return query("parking/yearly", viewer)


def published_comparison(viewer: Viewer) -> pd.DataFrame:
    """Per published year and measure: ours, published and the deviation (a share; -0.05 = 5 % below)."""
    return query("parking/published_comparison", viewer)


def years(viewer: Viewer) -> list[int]:
    return [int(y) for y in query("parking/years", viewer)["year"]]


def weekday_hour(viewer: Viewer, year: int) -> pd.DataFrame:
    """7 x 24 rows: weekday_number (1 Monday) x start_hour, tickets (0 where none)."""
    return query("parking/weekday_hour", viewer, year=year)


def duration_by_zone(viewer: Viewer, year: int) -> pd.DataFrame:
    """Per zone and 'all': tickets, median (5-minute band) and mean parking duration in minutes."""
    return query("parking/duration_by_zone", viewer, year=year)


def duration_histogram(viewer: Viewer, year: int) -> pd.DataFrame:
    return query("parking/duration_histogram", viewer, year=year)
