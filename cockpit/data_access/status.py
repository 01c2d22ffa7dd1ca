"""Data status: load log, deliveries, quarantine. City-wide operational data, same for every scope."""

import pandas as pd

from cockpit.data_access import query
from cockpit.scope import Scope


def delivery_overview(scope: Scope) -> pd.DataFrame:
    return query("status/delivery_overview", scope)


def load_runs(scope: Scope) -> pd.DataFrame:
    return query("status/load_runs", scope)


def quarantine(scope: Scope, limit: int) -> pd.DataFrame:
    return query("status/quarantine", scope, row_limit=limit)


def quarantine_count(scope: Scope) -> int:
    return int(query("status/quarantine_count", scope).iloc[0, 0])
