"""Project list and project profile: rows within the viewer's scope.

How they are shown (tables, status colours, the CSV and Excel downloads of exactly what is shown)
lives in cockpit/views/project_tables.py.
"""

import pandas as pd

from cockpit.data_access import query
from cockpit.viewer import Viewer

# ---- project list ------------------------------------------------------------------------------


def project_list(viewer: Viewer, search: str = "") -> pd.DataFrame:
    """Projects in scope and filters whose id, title, summary, lead unit or partners contain search.

    The Forum and the public get the public fields only (title, lead unit, field, phase)."""
    name = "projects/project_list" if viewer.sees_internal else "projects/public_list"
    return query(name, viewer, search=search.strip() or None)


# ---- project profile ---------------------------------------------------------------------------


def project_options(viewer: Viewer) -> dict[str, str]:
    """{project id: title} of every project the viewer may open."""
    rows = query("projects/project_options", viewer.unfiltered())
    return dict(zip(rows["project_id"], rows["title"], strict=True))


def project_master(viewer: Viewer, project_id: str) -> dict | None:
    """The project's master data with its phase as of the Stichtag, or None if it does not exist or lies outside
    the scope."""
    rows = query("projects/project_master", viewer.unfiltered().as_of(viewer.reference_date), project_id=project_id)
    return None if rows.empty else rows.iloc[0].to_dict()


def status_history(viewer: Viewer, project_id: str) -> pd.DataFrame:
    return query("projects/status_history", viewer, project_id=project_id)


def assessment_comparison(viewer: Viewer, project_id: str) -> pd.DataFrame:
    """The latest month both the department and the Stabsstelle assessed, one row per dimension."""
    rows = query("projects/assessment_comparison", viewer, project_id=project_id)
    return rows[rows["report_month"] == rows["report_month"].max()] if not rows.empty else rows


def milestone_trend(viewer: Viewer, project_id: str) -> pd.DataFrame:
    return query("projects/milestone_trend", viewer, project_id=project_id)


def milestone_slips(viewer: Viewer, project_id: str) -> pd.DataFrame:
    return query("projects/milestone_slips", viewer, project_id=project_id)


def risks(viewer: Viewer, project_id: str) -> pd.DataFrame:
    return query("projects/risks", viewer, project_id=project_id)


def budget_years(viewer: Viewer, project_id: str) -> pd.DataFrame:
    return query("projects/budget_years", viewer, project_id=project_id)


def performance(viewer: Viewer, project_id: str) -> dict | None:
    """EV, PV, AC, CPI and SPI, or None where no percent complete is reported."""
    rows = query("projects/performance", viewer, project_id=project_id)
    return None if rows.empty else rows.iloc[0].to_dict()


def project_kpis(viewer: Viewer, project_id: str) -> pd.DataFrame:
    return query("projects/project_kpis", viewer, project_id=project_id)
