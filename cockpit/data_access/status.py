"""Data status: load log, deliveries, quarantine. City-wide operational data, same for every scope."""

import pandas as pd

from cockpit.data_access import query
from cockpit.viewer import Viewer


def delivery_overview(viewer: Viewer) -> pd.DataFrame:
    return query("status/delivery_overview", viewer.unfiltered())


def load_runs(viewer: Viewer) -> pd.DataFrame:
    return query("status/load_runs", viewer.unfiltered())


def quarantine(viewer: Viewer, limit: int) -> pd.DataFrame:
    return query("status/quarantine", viewer.unfiltered(), row_limit=limit)


def quarantine_count(viewer: Viewer) -> int:
    return int(query("status/quarantine_count", viewer.unfiltered()).iloc[0, 0])
