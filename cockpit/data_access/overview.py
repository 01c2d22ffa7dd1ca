"""Overview data for the CDO: headline figures, what needs attention, status by dimension,
strategy coverage and changes since a date, always within the viewer's scope and filters."""

import datetime as dt

import pandas as pd

from cockpit.data_access import query
from cockpit.data_access.portfolio import PHASE_ORDER
from cockpit.viewer import Viewer

OPEN_PHASES = ["Idee", "Planung", "Umsetzung", "Betrieb"]
STATUS_ORDER = ["rot", "gelb", "grün", None]
DIMENSIONS = ["overall", "schedule", "budget", "scope", "risks"]
HEATMAP_ROWS = 25


def phase_counts(viewer: Viewer) -> pd.DataFrame:
    """Projects per phase, in the phases' order; phases without projects are left out."""
    rows = query("overview/phase_counts", viewer)
    rows["order"] = rows["phase"].map(PHASE_ORDER.index)
    return rows.sort_values("order").drop(columns="order").reset_index(drop=True)


def status_counts(viewer: Viewer) -> dict:
    """Open projects by overall status of their latest report ({'rot': n, ..., None: n}), plus
    how many shown assessments are the Stabsstelle's and the Fachbereich's."""
    rows = query("overview/status_counts", viewer)
    rows["status_overall"] = rows["status_overall"].astype(object).where(rows["status_overall"].notna(), None)
    counts = {status: 0 for status in STATUS_ORDER}
    for row in rows.itertuples():
        counts[row.status_overall] = int(row.projects)
    return {
        "by_status": counts,
        "open_projects": int(rows["projects"].sum()),
        "by_stabsstelle": int(rows["by_stabsstelle"].sum()),
        "by_fachbereich": int(rows["by_fachbereich"].sum()),
    }


def current_year_budget(viewer: Viewer) -> pd.Series:
    """Fortgeschriebener Ansatz, Obligo, Ist and available of the year of the reference date."""
    return query("overview/budget_year", viewer).iloc[0]


def report_punctuality(viewer: Viewer) -> pd.Series:
    """Active projects and how many reported for the last full month (due_month)."""
    return query("overview/report_punctuality", viewer).iloc[0]


def attention(viewer: Viewer) -> pd.DataFrame:
    """One row per open project and reason needing attention, ranked by the project's score
    (see cockpit/sql/overview/attention.sql): the reason as a code with its details (views word it)."""
    rows = query("overview/attention", viewer)
    rows["status_overall"] = rows["status_overall"].astype(object).where(rows["status_overall"].notna(), None)
    rows["project_score"] = rows["project_score"].astype(int)
    return rows


def status_heatmap(viewer: Viewer, row_limit: int = HEATMAP_ROWS) -> pd.DataFrame:
    """Open projects' five status dimensions from their latest report, worst first."""
    rows = query("overview/status_heatmap", viewer, row_limit=row_limit)
    return rows.astype({f"status_{d}": object for d in DIMENSIONS})


def field_coverage(viewer: Viewer) -> pd.DataFrame:
    """Every Handlungsfeld (or those filtered) with projects, active projects and budget."""
    rows = query("overview/field_coverage", viewer)
    rows["is_covered"] = rows["active_projects"] > 0
    return rows


def last_board_meeting(viewer: Viewer) -> dt.date | None:
    value = query("overview/last_board_meeting", viewer).iloc[0, 0]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def status_changes(viewer: Viewer, since: dt.date) -> pd.DataFrame:
    """Projects whose overall status changed between `since` and the reference date."""
    rows = query("overview/status_changes", viewer, since=since)
    return rows.astype({"status_before": object, "status_now": object})


def finished_milestones(viewer: Viewer, since: dt.date) -> pd.DataFrame:
    return query("overview/finished_milestones", viewer, since=since)


def new_high_risks(viewer: Viewer, since: dt.date) -> pd.DataFrame:
    return query("overview/new_high_risks", viewer, since=since)
