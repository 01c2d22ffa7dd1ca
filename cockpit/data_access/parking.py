"""Handyparken data: digital tickets, fees, channels, zones, durations and published figures.

City-wide operational data (no projects), the same for every scope; every query reads only
aggregated marts (per day, hour or month), never the transactions, and stops at the reference date.
"""

import pandas as pd

from cockpit.data_access import query
from cockpit.filters import Filters
from cockpit.scope import Scope
from cockpit.time_controls import TimeWindow

CHANNEL_ORDER = ["App", "SMS", "Anruf"]
ZONE_ORDER = ["I", "II", "I a", "I b"]


def latest_dates(scope: Scope, filters: Filters) -> dict:
    """latest_transaction_date and latest_emptying_date on or before the reference date (None if none)."""
    row = query("parking/latest_dates", scope, filters).iloc[0]
    return {name: (None if pd.isna(value) else value) for name, value in row.items()}


def headline(scope: Scope, filters: Filters) -> dict:
    """The reference date's year so far: tickets, phone share, targets and status (None where missing)."""
    row = query("parking/headline", scope, filters).iloc[0]
    return {name: (None if pd.isna(value) else value) for name, value in row.items()}


def tickets_by_period(scope: Scope, filters: Filters, window: TimeWindow) -> pd.DataFrame:
    """Tickets per period of the window's grain (day, week, month or year) and channel, within the window."""
    return query("parking/tickets_by_period", scope, filters, **window.as_params())


def targets(scope: Scope) -> pd.DataFrame:
    return query("parking/targets", scope)


def channel_shares(scope: Scope, filters: Filters) -> pd.DataFrame:
    """Month x channel: tickets and share_percent of the month's tickets."""
    return query("parking/channel_shares", scope, filters)


def zones_monthly(scope: Scope, filters: Filters) -> pd.DataFrame:
    return query("parking/zones_monthly", scope, filters)


def phone_share_monthly(scope: Scope, filters: Filters) -> pd.DataFrame:
    return query("parking/phone_share_monthly", scope, filters)


def yearly(scope: Scope, filters: Filters) -> pd.DataFrame:
    """Per year: tickets, fees, service fees, coin income, phone share, vehicles and repeat parkers."""
    return query("parking/yearly", scope, filters)


def published_comparison(scope: Scope, filters: Filters) -> pd.DataFrame:
    """Per published year and measure: ours, published and the deviation (a share; -0.05 = 5 % below)."""
    return query("parking/published_comparison", scope, filters)


def years(scope: Scope, filters: Filters) -> list[int]:
    return [int(y) for y in query("parking/years", scope, filters)["year"]]


def weekday_hour(scope: Scope, filters: Filters, year: int) -> pd.DataFrame:
    """7 x 24 rows: weekday_number (1 Monday) x start_hour, tickets (0 where none)."""
    return query("parking/weekday_hour", scope, filters, year=year)


def duration_by_zone(scope: Scope, filters: Filters, year: int) -> pd.DataFrame:
    """Per zone and 'all': tickets, median (5-minute band) and mean parking duration in minutes."""
    return query("parking/duration_by_zone", scope, filters, year=year)


def duration_histogram(scope: Scope, filters: Filters, year: int) -> pd.DataFrame:
    return query("parking/duration_histogram", scope, filters, year=year)
