"""Data status: load log, deliveries, quarantine, as far as the scope gate shows them to this viewer.

The Stabsstelle reads everything; a Board member the city-wide figures without the findings' text and without
the quarantined rows; a department only the rows of its own projects, no findings, no quarantine (see
cockpit/sql/gate/policy.toml). coverage() says which of these the viewer gets, so the page can say what it
leaves out instead of calling a query the gate refuses.
"""

from dataclasses import dataclass

import pandas as pd

from cockpit.data_access import query
from cockpit.data_access.gate import view_template
from cockpit.viewer import Viewer


@dataclass(frozen=True)
class Coverage:
    """What of the load this viewer may read."""

    city_counts: bool  # files and rows of every delivery and load run (else only the rows of its own projects)
    findings: bool  # the text of load findings (it quotes cell values of delivered files)
    quarantine_rows: bool  # the rows set aside, with their values


def coverage(viewer: Viewer) -> Coverage:
    return Coverage(
        city_counts=view_template(viewer, "delivery_overview") == "all",
        findings=view_template(viewer, "load_runs") == "all",
        quarantine_rows=view_template(viewer, "quarantine") != "-",
    )


def delivery_overview(viewer: Viewer) -> pd.DataFrame:
    return query("status/delivery_overview", viewer.unfiltered())


def load_runs(viewer: Viewer) -> pd.DataFrame:
    return query("status/load_runs", viewer.unfiltered())


def quarantine(viewer: Viewer, limit: int) -> pd.DataFrame:
    return query("status/quarantine", viewer.unfiltered(), row_limit=limit)


def quarantine_count(viewer: Viewer) -> int:
    return int(query("status/quarantine_count", viewer.unfiltered()).iloc[0, 0])
